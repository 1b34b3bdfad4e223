"""Find official Government of Canada symbols in a picture: ORB keypoints matched to shipped
fingerprints, grouped by scale and place, verified by a RANSAC similarity fit (refined by a
homography), a geometric sanity check and a check of where the ink is.

How a match is found, for each reference symbol:

1. The picture (RGB) is downscaled so its longer side is at most `MAX_SIDE` px (smaller ones
   are enlarged towards it, at most 2x, so a 400 px avatar still has keypoints). Keypoints are
   found in a grey made of luminance and the darkest channel (`symbol_grey`): the FIP red stays
   dark like the words, whatever the background's grey level.
2. ORB finds keypoints on an 8-level pyramid; at most `SCENE_FEATURES` are kept, spread over a
   4x4 grid of tiles (`_spread_out`), so a red signature on a slide of black text keeps its own.
3. Each fingerprint descriptor takes its two nearest picture descriptors (Hamming): kept when
   close enough and clearly better than the second (ratio test), one match per picture keypoint.
4. Each match implies a scale and a rotation; matches turning the symbol more than
   `MAX_ROTATION` degrees are dropped (symbols are used upright). Matches are grouped by scale
   (factor-1.3 bins with neighbours), then by where they put the symbol (`_placed`).
5. In each group a RANSAC similarity fit keeps the consistent matches; the fit must agree with
   the group's scale (no degenerate fit of near-zero scale).
6. Sanity check: enough distinct inliers, spread over the symbol's width and over cells of a
   grid laid on it, some on its words; an outline large enough and mostly inside the picture.
7. Ink check (`_ink_layout`): resampled into the symbol's frame, the picture must have ink
   where the symbol has it (correlation with a coarse ink grid shipped with the fingerprints,
   a few dozen numbers like an average hash), and the flag's place must show bar, leaf, bar in
   one colour. A typed "Canada" has no flag over its last letter; a national flag beside a
   caption leaves the signature's words blank.
8. With enough inliers a RANSAC homography refines the outline (a sign seen at an angle); it is
   kept only when it stays close to the similarity fit.

The FIP flag symbol is fingerprinted too, but it is drawn like the national flag of Canada,
which anyone may show: a flag-symbol match alone is returned with `reportable=False` and is
never a finding. The Arms of Canada are not detected: the reference folder has no official
artwork for them (see `NOT_COVERED`).

cv2 and numpy are imported on first use, never at module import, so the CLI starts fast.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from footprint.images.fingerprints import SymbolFingerprint

# Bumped whenever the fingerprint layout changes (the loader refuses other formats).
FINGERPRINT_FORMAT = 1
# Bumped whenever detection changes in a way that can change results: part of the cache key.
DETECTOR_VERSION = "orb-1"

# Shared by the fingerprint builder and the detector: descriptors are only comparable when
# both sides use the same ORB patch size.
ORB_PARAMS: dict[str, Any] = {
    "nfeatures": 500,
    "scaleFactor": 1.2,
    "nlevels": 2,
    "edgeThreshold": 19,
    "patchSize": 19,
    "fastThreshold": 12,
}
# Widths (px) at which each symbol is rendered for the fingerprints. The picture's ORB pyramid
# (8 levels of 1.2, i.e. 3.6x) covers the sizes between and above them.
REFERENCE_WIDTHS: dict[str, tuple[int, ...]] = {
    "wordmark": (64, 128, 256),
    "signature": (96, 128, 256, 512),
    "flag": (40, 80, 160),
}
# Renderings per width: ink on paper, as grey levels ("original" keeps the red flag's grey).
REFERENCE_RENDERINGS: tuple[tuple[str, int], ...] = (("black", 255), ("white", 0))

SYMBOLS: tuple[dict[str, Any], ...] = (
    {
        "name": "canada_wordmark",
        "family": "wordmark",
        "label": "Canada wordmark",
        "label_fr": "mot-symbole « Canada »",
        "source": "wet-boew_GCWeb/wmms-blk_w512.png",
        "reportable": True,
        # Parts of the symbol, as fractions of its frame (x0, y0, x1, y1).
        "parts": {"flag": (0.855, 0.02, 0.99, 0.3), "words": (0.0, 0.0, 0.85, 1.0)},
    },
    {
        "name": "fip_signature_en",
        "family": "signature",
        "label": "Government of Canada signature (FIP), English first",
        "label_fr": "signature du gouvernement du Canada (PCIM), anglais d'abord",
        "source": "wet-boew_GCWeb/sig-blk-en_w1024.png",
        "reportable": True,
        "parts": {"flag": (0.0, 0.0, 0.2, 1.0), "words": (0.24, 0.0, 1.0, 1.0)},
    },
    {
        "name": "fip_signature_fr",
        "family": "signature",
        "label": "Government of Canada signature (FIP), French first",
        "label_fr": "signature du gouvernement du Canada (PCIM), français d'abord",
        "source": "wet-boew_GCWeb/sig-blk-fr_w1024.png",
        "reportable": True,
        "parts": {"flag": (0.0, 0.0, 0.2, 1.0), "words": (0.24, 0.0, 1.0, 1.0)},
    },
    {
        "name": "fip_flag_symbol",
        "family": "flag",
        "label": "FIP flag symbol (looks like the national flag)",
        "label_fr": "symbole du drapeau du PCIM (semblable au drapeau national)",
        "source": "derived/flag-symbol_from-sig-blk-en_w256.png",
        "reportable": False,
        "parts": {},
    },
)
NOT_COVERED: dict[str, str] = {
    "arms_of_canada": (
        "Arms of Canada: no official artwork in ../shared/reference/gc-symbols/ (its PROVENANCE.md "
        "found only placeholders and third-party renderings), so no fingerprint and no detection"
    ),
}

MAX_SIDE = 1024
MIN_SIDE = 1024
SCENE_FEATURES = 2500
SCENE_PYRAMID = {"scaleFactor": 1.2, "nlevels": 8}
TILES = 4
MAX_DISTANCE = 72          # of 256 bits
RATIO = 0.85
MAX_ROTATION = 30.0        # degrees
SCALE_BIN = math.log(1.3)
MIN_GROUP = 8
MIN_INLIERS = 10
RANSAC_ITERS = 1500
GRID = {"wordmark": (6, 2), "signature": (10, 2), "flag": (4, 2)}
MIN_CELLS = {"wordmark": 4, "signature": 4, "flag": 4}
MIN_SPREAD = 0.4           # inliers must span this fraction of the symbol's width
MIN_FLAG_INK = 0.45
MIN_LAYOUT = 0.5
MIN_FLAG_SYMMETRY = 0.6
FLAG_CANVAS = (48, 24)
# Cells of the coarse ink grid (columns, rows) stored with each fingerprint.
INK_GRID = {"wordmark": (12, 3), "signature": (24, 4), "flag": (8, 4)}
MIN_BOX_PX = {"wordmark": 40, "signature": 90, "flag": 24}


@dataclass(frozen=True, slots=True)
class SymbolMatch:
    """One symbol found in a picture. `box` is (left, top, right, bottom) in the picture's
    own pixels; `quad` the four corners of the symbol's outline (clockwise from top-left)."""

    symbol: str
    label: str
    label_fr: str
    confidence: float
    box: tuple[int, int, int, int]
    quad: tuple[tuple[float, float], ...]
    inliers: int
    reportable: bool


@dataclass(frozen=True, slots=True)
class _Candidate:
    symbol: SymbolFingerprint
    score: float
    inliers: int
    cells: int
    spread: float
    quad: Any  # np.ndarray (4, 2), in working pixels


def _cv() -> tuple[Any, Any]:
    import cv2
    import numpy

    return cv2, numpy


class Detector:
    """Holds the fingerprints and ORB objects; reuse one per thread (OpenCV objects are not
    shared across threads)."""

    def __init__(self, fingerprints: list[SymbolFingerprint] | None = None, trace: bool = False) -> None:
        cv2, _np = _cv()
        # With `trace`, why each candidate was rejected (for tuning and tests).
        self.trace: list[str] | None = [] if trace else None
        if fingerprints is None:
            from footprint.images.fingerprints import load_fingerprints

            fingerprints = load_fingerprints()
        self.fingerprints = fingerprints
        self._orb = cv2.ORB_create(
            nfeatures=SCENE_FEATURES * 4,
            scaleFactor=SCENE_PYRAMID["scaleFactor"],
            nlevels=SCENE_PYRAMID["nlevels"],
            edgeThreshold=ORB_PARAMS["edgeThreshold"],
            patchSize=ORB_PARAMS["patchSize"],
            fastThreshold=ORB_PARAMS["fastThreshold"],
        )
        self._matcher = cv2.BFMatcher(cv2.NORM_HAMMING)

    # ------------------------------------------------------------------ public

    def detect(self, picture: np.ndarray, scale_to_original: float = 1.0) -> list[SymbolMatch]:
        """Symbols in an RGB (h, w, 3) or grey (h, w) uint8 picture already sized for matching
        (see `prepare`). Boxes are multiplied by `scale_to_original` so they refer to the
        original picture's pixels."""
        cv2, np = _cv()
        grey = symbol_grey(picture)
        keypoints, descriptors = self._orb.compute(grey, _spread_out(self._orb.detect(grey, None), grey.shape))
        if descriptors is None or len(keypoints) < MIN_INLIERS:
            return []
        scene_xy = np.array([kp.pt for kp in keypoints], dtype=np.float32)
        scene_size = np.array([kp.size for kp in keypoints], dtype=np.float32)
        scene_angle = np.array([kp.angle for kp in keypoints], dtype=np.float32)
        candidates: list[_Candidate] = []
        for fp in self.fingerprints:
            candidates.extend(self._match_symbol(fp, descriptors, scene_xy, scene_size, scene_angle, picture))
        chosen = _suppress(candidates)
        return [_to_match(c, scale_to_original, grey.shape) for c in chosen]

    # ------------------------------------------------------------------ internals

    def _match_symbol(
        self,
        fp: SymbolFingerprint,
        descriptors: np.ndarray,
        scene_xy: np.ndarray,
        scene_size: np.ndarray,
        scene_angle: np.ndarray,
        picture: np.ndarray,
    ) -> list[_Candidate]:
        cv2, np = _cv()
        pairs = self._matcher.knnMatch(fp.descriptors, descriptors, k=2)
        # One match per picture keypoint (the closest): several renderings, or several places
        # of the symbol, matching one keypoint would let a fit of zero scale explain them all.
        best_for: dict[int, tuple[float, int]] = {}
        for pair in pairs:
            if len(pair) < 2:
                continue
            best, second = pair
            if best.distance <= MAX_DISTANCE and best.distance < RATIO * second.distance:
                seen = best_for.get(best.trainIdx)
                if seen is None or best.distance < seen[0]:
                    best_for[best.trainIdx] = (best.distance, best.queryIdx)
        t = list(best_for)
        q = [best_for[k][1] for k in t]
        if len(q) < MIN_GROUP:
            self._note(fp, f"{len(q)} matches after the ratio test")
            return []
        qi = np.asarray(q)
        ti = np.asarray(t)
        rotation = (scene_angle[ti] - fp.angle[qi] + 180.0) % 360.0 - 180.0
        upright = np.abs(rotation) <= MAX_ROTATION
        qi, ti = qi[upright], ti[upright]
        if len(qi) < MIN_GROUP:
            self._note(fp, f"{len(qi)} upright matches")
            return []
        log_scale = np.log(scene_size[ti] / fp.size[qi])
        bins = np.floor(log_scale / SCALE_BIN).astype(int)
        counts: dict[int, int] = {}
        for b in bins.tolist():
            counts[b] = counts.get(b, 0) + 1
        # A bin with its two neighbours: the pyramid's scale steps blur a true scale over them.
        totals = {b: counts.get(b - 1, 0) + counts.get(b, 0) + counts.get(b + 1, 0) for b in counts}
        out: list[_Candidate] = []
        tried: set[int] = set()
        for b, total in sorted(totals.items(), key=lambda kv: -kv[1])[:4]:
            if total < MIN_GROUP or b in tried:
                continue
            tried.update((b - 1, b, b + 1))
            member = np.abs(bins - b) <= 1
            scale = math.exp((b + 0.5) * SCALE_BIN)
            for group in _placed(fp, qi[member], ti[member], scene_xy, scale):
                candidate = self._verify(fp, qi[member][group], ti[member][group], scene_xy, picture, scale)
                if candidate is not None:
                    out.append(candidate)
                    break
        return out

    def _verify(
        self,
        fp: SymbolFingerprint,
        qi: np.ndarray,
        ti: np.ndarray,
        scene_xy: np.ndarray,
        picture: np.ndarray,
        bin_scale: float,
    ) -> _Candidate | None:
        cv2, np = _cv()
        shape = picture.shape
        src = fp.xy[qi]
        dst = scene_xy[ti]
        threshold = max(3.0, 0.012 * bin_scale * fp.width)
        model, mask = cv2.estimateAffinePartial2D(
            src, dst, method=cv2.RANSAC, ransacReprojThreshold=threshold,
            maxIters=RANSAC_ITERS, confidence=0.995, refineIters=10,
        )
        if model is None:
            self._note(fp, f"no fit at scale {bin_scale:.2f} ({len(qi)} matches)")
            return None
        scale = math.hypot(model[0, 0], model[1, 0])
        angle = math.degrees(math.atan2(model[1, 0], model[0, 0]))
        if not (bin_scale / 1.7 <= scale <= bin_scale * 1.7) or abs(angle) > MAX_ROTATION:
            self._note(fp, f"fit scale {scale:.2f} / angle {angle:.0f} disagrees with bin {bin_scale:.2f}")
            return None
        inlier = mask.ravel().astype(bool)
        # Distinct picture keypoints: several renderings of the fingerprint can match one.
        scene_ids, first = np.unique(ti[inlier], return_index=True)
        n = len(scene_ids)
        if n < MIN_INLIERS:
            self._note(fp, f"{n} inliers at scale {bin_scale:.2f} ({len(qi)} matches)")
            return None
        ref = src[inlier][first]
        rx = ref[:, 0] / fp.width
        ry = ref[:, 1] / fp.height
        spread = float(np.clip(rx.max(), 0, 1) - np.clip(rx.min(), 0, 1))
        gx, gy = GRID[fp.family]
        cells = len({(min(gx - 1, max(0, int(x * gx))), min(gy - 1, max(0, int(y * gy)))) for x, y in zip(rx, ry)})
        if spread < MIN_SPREAD or cells < MIN_CELLS[fp.family]:
            self._note(fp, f"{n} inliers but spread {spread:.2f}, {cells} cells")
            return None
        for part, (x0, y0, x1, y1) in fp.parts.items():
            inside = int(np.count_nonzero((rx >= x0) & (rx <= x1) & (ry >= y0) & (ry <= y1)))
            # The flag is checked by its ink below: in a small wordmark, or a red flag on a
            # background of the same grey level, it has no keypoints of its own.
            need = 4 if part == "words" else 0
            if inside < need:
                self._note(fp, f"{n} inliers but {inside} on the {part}")
                return None
        corners = np.array([[0, 0], [fp.width, 0], [fp.width, fp.height], [0, fp.height]], dtype=np.float32)
        quad = corners @ model[:, :2].T + model[:, 2]
        layout = 1.0
        if fp.ink_grid is not None:
            layout, flag_ink = _ink_layout(picture, model, fp)
            if self.trace is not None:
                self._note(fp, f"{n} inliers, ink layout {layout:.2f}, flag ink {flag_ink:.2f}")
            if flag_ink < MIN_FLAG_INK:
                self._note(fp, f"{n} inliers but the flag's place is blank (ink {flag_ink:.2f})")
                return None
            if layout < MIN_LAYOUT:
                self._note(fp, f"{n} inliers but the ink is not laid out like the symbol ({layout:.2f})")
                return None
        quad = _refine_with_homography(src[inlier], dst[inlier], corners, quad, threshold)
        width_px = float(np.linalg.norm(quad[1] - quad[0]))
        if width_px < MIN_BOX_PX[fp.family]:
            self._note(fp, f"outline {width_px:.0f} px wide")
            return None
        h, w = shape[:2]
        # Most of the outline must lie in the picture (a crop may cut an edge off).
        cx0, cy0 = np.clip(quad.min(axis=0), 0, (w, h))
        cx1, cy1 = np.clip(quad.max(axis=0), 0, (w, h))
        qx0, qy0 = quad.min(axis=0)
        qx1, qy1 = quad.max(axis=0)
        visible = (cx1 - cx0) * (cy1 - cy0) / max((qx1 - qx0) * (qy1 - qy0), 1e-6)
        if visible < 0.6:
            self._note(fp, f"outline {visible:.0%} inside the picture")
            return None
        coverage = min(1.0, cells / (gx * gy) / 0.7)
        strength = 1.0 - math.exp(-(n - MIN_INLIERS + 1) / 12.0)
        score = round(min(0.99, 0.35 + 0.4 * strength + 0.25 * coverage), 3)
        return _Candidate(symbol=fp, score=score, inliers=n, cells=cells, spread=spread, quad=quad)


    def _note(self, fp: SymbolFingerprint, why: str) -> None:
        if self.trace is not None:
            self.trace.append(f"{fp.name}: {why}")


def _spread_out(keypoints: Any, shape: tuple[int, ...]) -> list[Any]:
    """At most `SCENE_FEATURES` keypoints, spread over the picture: the strongest of each tile
    of a 4x4 grid, level by level. ORB alone keeps the strongest corners of the whole picture,
    and on a slide of black text a red signature (weaker corners) would get none."""
    if len(keypoints) <= SCENE_FEATURES:
        return list(keypoints)
    h, w = shape[:2]
    levels = SCENE_PYRAMID["nlevels"]
    factor = 1.0 / SCENE_PYRAMID["scaleFactor"]
    # ORB's own share per level: geometric, finer levels get more.
    shares = [factor ** i for i in range(levels)]
    tiles = TILES * TILES
    groups: dict[tuple[int, int], list[Any]] = {}
    for kp in keypoints:
        tile = min(TILES - 1, int(kp.pt[1] * TILES / h)) * TILES + min(TILES - 1, int(kp.pt[0] * TILES / w))
        groups.setdefault((kp.octave, tile), []).append(kp)
    kept: list[Any] = []
    spare: list[Any] = []
    for (octave, _tile), members in groups.items():
        quota = max(1, round(SCENE_FEATURES * shares[min(octave, levels - 1)] / sum(shares) / tiles))
        members.sort(key=lambda k: k.response, reverse=True)
        kept.extend(members[:quota])
        spare.extend(members[quota:])
    if len(kept) < SCENE_FEATURES:
        spare.sort(key=lambda k: k.response, reverse=True)
        kept.extend(spare[:SCENE_FEATURES - len(kept)])
    return kept


def _warp(picture: np.ndarray, model: np.ndarray, box: tuple[float, float, float, float], size: tuple[int, int]) -> np.ndarray:
    """The part of the picture where `box` (x0, y0, x1, y1 in the symbol's frame) lands under
    `model`, resampled to `size` (w, h) px, as float32 (h, w, channels)."""
    cv2, np = _cv()
    x0, y0, x1, y1 = box
    w, h = size
    # canvas (u, v) -> symbol frame (x, y) -> picture, as one affine map.
    to_frame = np.array([[(x1 - x0) / w, 0, x0], [0, (y1 - y0) / h, y0]])
    matrix = np.hstack([model[:, :2] @ to_frame[:, :2], (model[:, :2] @ to_frame[:, 2] + model[:, 2])[:, None]])
    canvas = cv2.warpAffine(picture, matrix.astype(np.float64), (w, h),
                            flags=cv2.INTER_AREA | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE)
    return canvas.astype(np.float32).reshape(h, w, -1)


def _ink_layout(picture: np.ndarray, model: np.ndarray, fp: SymbolFingerprint) -> tuple[float, float]:
    """Does the picture have ink where the symbol has it? The fitted region (plus a margin) is
    resampled into the symbol's frame. The background colour is taken from the margin above and
    below each stretch of the symbol, and ink is what differs from it (RGB distance), scaled by
    the words' strongest contrast: black, white, red or original colours all work, and a red
    flag on a background of the same grey level still shows.

    Returns (layout, flag): the correlation of the words' ink per cell with the fingerprint's
    coarse ink grid (a few dozen numbers, like an average hash; no pixels of the artwork), and
    the flag's ink relative to the artwork's, 0 unless its place shows bar, leaf, bar. A typed
    "Canada" has a blank (or the dot of an "i") where the wordmark's flag is; a flag beside a
    short caption leaves most of the signature's words blank."""
    _cv2, np = _cv()
    grid = fp.ink_grid
    gy, gx = grid.shape
    cell = 12
    sw, sh = gx * cell, gy * cell
    pad = cell * 2
    mx, my = pad * fp.width / sw, pad * fp.height / sh
    pixels = _warp(picture, model, (-mx, -my, fp.width + mx, fp.height + my), (sw + 2 * pad, sh + 2 * pad))
    margins = np.concatenate([pixels[:pad], pixels[pad + sh:]], axis=0)
    bands = [np.median(margins[:, max(0, u - cell):u + 2 * cell].reshape(-1, pixels.shape[2]), axis=0)
             for u in range(0, pixels.shape[1], cell)]
    paper = np.repeat(np.array(bands), cell, axis=0)[:pixels.shape[1]]
    distance = np.linalg.norm(pixels - paper[None, :, :], axis=2)[pad:pad + sh, pad:pad + sw]
    expected = grid.astype(np.float32)
    words = np.ones(expected.shape, dtype=bool)
    if "flag" in fp.parts:
        x0, y0, x1, y1 = fp.parts["flag"]
        cx = (np.arange(gx) + 0.5) / gx
        cy = (np.arange(gy) + 0.5) / gy
        words &= ~(((cx[None, :] >= x0) & (cx[None, :] <= x1)) & ((cy[:, None] >= y0) & (cy[:, None] <= y1)))
    word_pixels = np.repeat(np.repeat(words, cell, axis=0), cell, axis=1)
    # Thin strokes lose contrast to blur and JPEG (red ones most): the words' own contrast
    # sets the scale, and their ink is counted softly.
    strongest = float(np.percentile(distance[word_pixels], 97))
    if strongest < 20:
        return 0.0, 0.0
    soft = np.clip(distance / (0.7 * strongest), 0.0, 1.0)
    observed = soft.reshape(gy, cell, gx, cell).mean(axis=(1, 3))
    flag_ink = 1.0
    if "flag" in fp.parts:
        x0, y0, x1, y1 = fp.parts["flag"]
        # The flag on its own canvas, finer than the grid. A fit is off by a pixel or two, a
        # lot for a small flag: its place is taken with a quarter of its size around it, and
        # the best-placed window is judged. The ink colour is the bars' own (a photo behind
        # the flag shows through its middle and is seldom one colour).
        fw, fh = (x1 - x0) * fp.width, (y1 - y0) * fp.height
        cw, ch = FLAG_CANVAS
        mw, mh = cw // 4, ch // 4
        box = (x0 * fp.width - fw / 4, y0 * fp.height - fh / 4, x1 * fp.width + fw / 4, y1 * fp.height + fh / 4)
        flag = _warp(picture, model, box, (cw + 2 * mw, ch + 2 * mh))
        cols = slice(pad + int(x0 * sw), pad + max(int(x1 * sw), int(x0 * sw) + 1))
        flag_paper = np.median(paper[cols], axis=0)
        quarter = cw // 4
        flag_ink = 0.0
        for dy in range(0, 2 * mh + 1, 2):
            for dx in range(0, 2 * mw + 1, 2):
                window = flag[dy:dy + ch, dx:dx + cw]
                bars = np.concatenate([window[:, :quarter], window[:, -quarter:]], axis=1).reshape(-1, window.shape[2])
                ink_colour = np.median(bars, axis=0)
                contrast = float(np.linalg.norm(ink_colour - flag_paper))
                if contrast < 30:
                    continue
                region = (np.linalg.norm(window - ink_colour, axis=2) < 0.5 * contrast).astype(np.float32)
                if _flag_pattern(region):
                    flag_ink = max(flag_ink, float(region.mean()) / max(fp.part_ink.get("flag", 0.5), 0.05))
    seen, want = observed[words], expected[words]
    if float(seen.std()) < 1e-6 or float(want.std()) < 1e-6:
        return 0.0, flag_ink
    layout = float(np.corrcoef(seen, want)[0, 1])
    # About as much ink as the symbol has (blur widens strokes): blank words are not words.
    amount = float(seen.mean()) / max(float(want.mean()), 1e-3)
    if not 0.4 <= amount <= 4.0:
        layout = min(layout, 0.0)
    return layout, flag_ink


def _flag_pattern(region: np.ndarray) -> float:
    """1.0 when the flag's place shows bar, leaf, bar: both outer quarters inked in their top
    and bottom halves alike, the middle less, and the whole about mirror-symmetric; 0.0 for ink
    elsewhere (the stem of a letter beside the dot of an "i", the top of a word)."""
    _cv2, np = _cv()
    quarters = np.array_split(region, 4, axis=1)
    bars = []
    for bar in (quarters[0], quarters[3]):
        top, bottom = np.array_split(bar, 2, axis=0)
        if float(top.mean()) < 0.6 or float(bottom.mean()) < 0.6:
            return 0.0
        bars.append(float(bar.mean()))
    middle = float(np.hstack(quarters[1:3]).mean())
    if min(bars) < 0.55 or middle >= 0.9 * min(bars):
        return 0.0
    # The leaf fills the centre: an empty middle is two letters side by side.
    width = region.shape[1]
    centre = float(region[:, 3 * width // 8:5 * width // 8].mean())
    if centre < 0.2:
        return 0.0
    if _symmetry(region) < MIN_FLAG_SYMMETRY:
        return 0.0
    return 1.0


def _symmetry(region: np.ndarray) -> float:
    """How mirror-symmetric the ink is about some vertical axis near the middle (the fit may
    be off by a few pixels): the best correlation of the region with its mirror image."""
    _cv2, np = _cv()
    mirrored = region[:, ::-1]
    width = region.shape[1]
    best = -1.0
    for d in range(-(width // 8), width // 8 + 1):
        a = region[:, max(0, d):width + min(0, d)]
        b = mirrored[:, max(0, -d):width + min(0, -d)]
        if a.size and float(a.std()) > 1e-6 and float(b.std()) > 1e-6:
            best = max(best, float(np.corrcoef(a.ravel(), b.ravel())[0, 1]))
    return best


def _placed(fp: SymbolFingerprint, qi: np.ndarray, ti: np.ndarray, scene_xy: np.ndarray, scale: float) -> list[np.ndarray]:
    """Matches grouped by where they put the symbol: each match, at this scale and upright,
    places the symbol's top-left corner somewhere; matches that agree (a 3x3 neighbourhood of
    cells a fifth of the symbol's width wide) form a group. Best groups first, at most two.
    Without this, RANSAC on scattered matches tends to a degenerate fit of near-zero scale."""
    _cv2, np = _cv()
    origin = scene_xy[ti] - scale * fp.xy[qi]
    cell = max(4.0, 0.2 * scale * fp.width)
    keys = np.floor(origin / cell).astype(int)
    votes: dict[tuple[int, int], int] = {}
    for kx, ky in keys.tolist():
        votes[(kx, ky)] = votes.get((kx, ky), 0) + 1
    def around(key: tuple[int, int]) -> int:
        return sum(votes.get((key[0] + dx, key[1] + dy), 0) for dx in (-1, 0, 1) for dy in (-1, 0, 1))
    ranked = sorted(votes, key=around, reverse=True)
    groups: list[np.ndarray] = []
    used: set[tuple[int, int]] = set()
    for key in ranked:
        if len(groups) == 2 or around(key) < MIN_GROUP:
            break
        if key in used:
            continue
        used.update((key[0] + dx, key[1] + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))
        groups.append(np.flatnonzero((np.abs(keys[:, 0] - key[0]) <= 1) & (np.abs(keys[:, 1] - key[1]) <= 1)))
    return groups


def _refine_with_homography(src: np.ndarray, dst: np.ndarray, corners: np.ndarray, quad: np.ndarray, threshold: float) -> np.ndarray:
    """The outline from a RANSAC homography when there are enough inliers and it stays close
    to the similarity fit (a sign photographed at an angle); else the similarity outline."""
    cv2, np = _cv()
    if len(src) < 12:
        return quad
    homography, _mask = cv2.findHomography(src, dst, cv2.RANSAC, threshold)
    if homography is None:
        return quad
    projected = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), homography).reshape(-1, 2)
    if not cv2.isContourConvex(projected.astype(np.float32)):
        return quad
    size = float(np.linalg.norm(quad[1] - quad[0])) + float(np.linalg.norm(quad[3] - quad[0]))
    if float(np.abs(projected - quad).max()) > 0.15 * size:
        return quad
    return projected


def _iou(a: Any, b: Any) -> float:
    ax0, ay0 = a.min(axis=0)
    ax1, ay1 = a.max(axis=0)
    bx0, by0 = b.min(axis=0)
    bx1, by1 = b.max(axis=0)
    ix = max(0.0, min(ax1, bx1) - max(ax0, bx0))
    iy = max(0.0, min(ay1, by1) - max(ay0, by0))
    inter = ix * iy
    union = (ax1 - ax0) * (ay1 - ay0) + (bx1 - bx0) * (by1 - by0) - inter
    return float(inter / union) if union > 0 else 0.0


def _contains(outer: Any, inner: Any) -> bool:
    ox0, oy0 = outer.min(axis=0)
    ox1, oy1 = outer.max(axis=0)
    ix0, iy0 = inner.min(axis=0)
    ix1, iy1 = inner.max(axis=0)
    pad = 0.1 * max(ox1 - ox0, oy1 - oy0)
    return bool(ix0 >= ox0 - pad and iy0 >= oy0 - pad and ix1 <= ox1 + pad and iy1 <= oy1 + pad)


def _suppress(candidates: list[_Candidate]) -> list[_Candidate]:
    """Best first; drop a candidate overlapping a better one (the English and French signatures
    match the same picture), and a flag symbol lying inside a signature or wordmark."""
    kept: list[_Candidate] = []
    ranked = sorted(candidates, key=lambda c: (c.symbol.reportable, c.score, c.inliers), reverse=True)
    for c in ranked:
        if any(_iou(c.quad, k.quad) > 0.3 or (not c.symbol.reportable and _contains(k.quad, c.quad)) for k in kept):
            continue
        kept.append(c)
    return kept


def _to_match(c: _Candidate, factor: float, shape: tuple[int, ...]) -> SymbolMatch:
    h, w = shape[:2]
    x0, y0 = c.quad.min(axis=0)
    x1, y1 = c.quad.max(axis=0)
    box = (
        int(max(0, math.floor(x0)) * factor),
        int(max(0, math.floor(y0)) * factor),
        int(math.ceil(min(w, x1) * factor)),
        int(math.ceil(min(h, y1) * factor)),
    )
    quad = tuple((round(float(x) * factor, 1), round(float(y) * factor, 1)) for x, y in c.quad)
    return SymbolMatch(
        symbol=c.symbol.name,
        label=c.symbol.label,
        label_fr=c.symbol.label_fr,
        confidence=c.score,
        box=box,
        quad=quad,
        inliers=c.inliers,
        reportable=c.symbol.reportable,
    )


# ---------------------------------------------------------------------- picture preparation


def symbol_grey(picture: np.ndarray) -> np.ndarray:
    """The grey picture keypoints are found in: the mean of luminance and the darkest channel.
    Plain luminance makes the FIP red (235, 45, 55) the same grey as a mid-grey or pink
    background; with the darkest channel mixed in, red stays dark like the words, as in the
    black-on-white fingerprints, and colours of equal luminance stay apart."""
    cv2, np = _cv()
    if picture.ndim == 2:
        return picture
    luminance = cv2.cvtColor(picture, cv2.COLOR_RGB2GRAY)
    darkest = picture.min(axis=2)
    return cv2.addWeighted(luminance, 0.5, darkest, 0.5, 0)


def prepare(image: Any, original_width: int | None = None) -> tuple[np.ndarray, float]:
    """An RGB uint8 array sized for matching (longer side at most `MAX_SIDE`, small pictures
    enlarged towards `MIN_SIDE`, at most 2x) from a PIL image or an array, and the factor that
    maps its pixels back to the original picture's (`original_width` wide; a JPEG may have been
    decoded at a reduced size already)."""
    cv2, np = _cv()
    if isinstance(image, np.ndarray):
        pixels = image
    else:
        pixels = np.asarray(image if image.mode in ("RGB", "L") else image.convert("RGB"))
    h, w = pixels.shape[:2]
    side = max(h, w)
    if side > MAX_SIDE:
        factor = MAX_SIDE / side
        pixels = cv2.resize(pixels, (max(1, round(w * factor)), max(1, round(h * factor))), interpolation=cv2.INTER_AREA)
    elif side < MIN_SIDE:
        factor = min(2.0, MIN_SIDE / side)
        pixels = cv2.resize(pixels, (max(1, round(w * factor)), max(1, round(h * factor))), interpolation=cv2.INTER_CUBIC)
    return pixels, (original_width or w) / pixels.shape[1]
