"""Find official Government of Canada symbols in a picture: ORB keypoints matched to shipped
fingerprints, grouped by scale and place, verified by a RANSAC similarity fit (refined by a
homography), a geometric sanity check and a check of where the ink is.

How a match is found, for each reference symbol:

1. The picture (RGB) is brought to at most `MAX_SIDE` px on its longer side (smaller ones are
   enlarged towards it, at most 2x, so a 400 px avatar still has keypoints); a 12 MP JPEG is
   decoded at a quarter of its size directly (`footprint.images.scan`). Keypoints are found in a
   grey made of luminance and the darkest channel (`symbol_grey`): the FIP red stays dark like
   the words, whatever the background's grey level.
2. ORB finds keypoints on an 8-level pyramid; at most `SCENE_FEATURES` are kept (pages of text:
   `DENSE_FEATURES`), spread over a 4x4 grid of tiles (`_spread_out`), so a red signature on a
   slide of black text keeps its own.
3. Each fingerprint descriptor takes its two nearest picture descriptors (Hamming): kept when
   close enough and clearly better than the second (ratio test), one match per picture keypoint.
   The fingerprints hold only keypoints that test renderings matched right (about 1,850).
4. Each match implies a scale and a rotation; matches turning the symbol more than
   `MAX_ROTATION` degrees are dropped. Matches are grouped by scale (factor-1.3 bins with
   neighbours), then by where they put the symbol (`_placed`).
5. In each group a RANSAC similarity fit keeps the consistent matches; the fit must agree with
   the group's scale. With enough inliers a homography over the same matches (a card or a slide
   seen at an angle) replaces it when it keeps more of them and stays close to it.
6. Sanity check: enough distinct inliers, spread over the symbol's width and over cells of a
   grid laid on it, some on its words; an outline large enough and mostly inside the picture.
7. Ink check (`_ink_layout`): resampled into the symbol's frame, each cell's grey must follow
   the coarse ink grid shipped with the fingerprints (a few dozen numbers like an average hash;
   absolute correlation, so black, colour and white ink all pass, on a plate, a card or a
   photo), and the flag's place must show bar, leaf, bar in one colour, on ground (`_flag_ink`).
   A typed "Canada" or "Canadä" has no flag over its last letter; a national flag beside a
   caption leaves the signature's words blank.

Three passes use this: the working picture; coarse copies (`COARSE_PASSES`: `COARSE_SIDE` px for
every symbol, a smaller one for the flag symbol, each padded with its own border) for symbols
that fill the picture; and a closer look (`_zoom`) wherever a few matches
agree on a symbol too small to be sure of, in a finer copy of the picture (decoded only then)
enlarged until letters are several pixels high. Leads come from matches that pass the ratio
test and, after them, from close matches that do not (`_loose_leads`: a small symbol on a
tight plate or a card, whose keypoints take in the plate's edge).

The FIP flag symbol is fingerprinted too, but it is drawn like the national flag of Canada,
which anyone may show: a flag-symbol match alone is returned with `reportable=False` and is
never a finding. The Arms of Canada are not detected: the reference folder has no official
artwork for them (see `NOT_COVERED`).

cv2 and numpy are imported on first use, never at module import, so the CLI starts fast.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from footprint.images.fingerprints import SymbolFingerprint

# Bumped whenever the fingerprint layout changes (the loader refuses other formats).
FINGERPRINT_FORMAT = 1
# Bumped whenever detection changes in a way that can change results: part of the cache key.
DETECTOR_VERSION = "orb-8"

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
    "wordmark": (48, 64, 96, 128, 192, 256),
    "signature": (96, 128, 192, 256, 384, 512),
    "flag": (32, 40, 56, 80, 112, 160),
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
# Pages of text (screenshots, slides, e-mails): their letters crowd a small symbol out of the
# usual budget (a signature 200 px wide kept 23 of its 103 keypoints at 2500).
DENSE_FEATURES = 5000
SCENE_PYRAMID = {"scaleFactor": 1.2, "nlevels": 8}
# The coarse pass (symbols filling the picture): the picture reduced to this many px on its
# longer side, padded by its own border, on a shorter pyramid.
COARSE_SIDE = 400
# Each coarse pass: the picture's longer side (px) and the families matched there (None: all).
# The flag symbol's fingerprints hold keypoints of renderings up to 160 px wide, and its few
# corners (bars, leaf) do not carry to a flag twice that size, so a flag across a banner or an
# avatar is looked for in a copy where it is at most about 190 px wide.
COARSE_PASSES: tuple[tuple[int, tuple[str, ...] | None], ...] = ((COARSE_SIDE, None), (200, ("flag",)))
COARSE_PAD = 32
COARSE_LEVELS = 5
COARSE_FEATURES = 800
# The closer look: symbols narrower than this (working px) with at least `LEAD_GROUP` agreeing
# matches are looked at again in the finer picture, at most `MAX_ZOOMS` places a picture.
ZOOM_BELOW = {"wordmark": 140, "signature": 320, "flag": 70}
LEAD_GROUP = 5
# Leads from close matches without the ratio test (`_loose_leads`): this close (of 256 bits),
# this many agreeing.
LOOSE_DISTANCE = 44
LOOSE_GROUP = 5
MAX_LOOSE_ZOOMS = 3
MAX_ZOOMS = 6
ZOOM_WIDTH = 640
ZOOM_ENLARGE = 3.0
ZOOM_FEATURES = 3000
# A crop is enlarged up to 3x for the letters of a small signature; a symbol already about the
# fingerprints' size in the finer copy (a flag 75-100 px wide) then lies 200-300 px wide and
# blurred, beyond the flag's renderings (at most 160 px). Eight levels of 1.2 (3.6x) bring
# even a 300 px flag back under 90 px; with six (2.5x) one enlarged 3x kept too few inliers
# (flag symbols at 5 % of the width in the quarter grid: 8 -> 18 of 19 found).
ZOOM_LEVELS = 8
# `prepare` keeps a finer copy when the picture is at least this much larger than the
# working size, up to `FINE_SIDE` px on its longer side.
FINE_SIDE = 2048
MIN_ZOOM = 1.15
TILES = 4
MAX_DISTANCE = 72          # of 256 bits
RATIO = 0.85
MAX_ROTATION = 30.0        # degrees
SCALE_BIN = math.log(1.3)
MIN_GROUP = 8
MIN_INLIERS = 10
# In a closer look: a signature 90-100 px wide in the finer copy (5 % of a 2000 px photo)
# has words 3 px high, and even enlarged keeps 8-9 consistent keypoints; the ink checks
# (words laid out like the symbol's, bar-leaf-bar where its flag is) still apply, and so few
# inliers give a low confidence. Quarter grid: 4 more of 160 symbols at 5 %, negatives 0/180.
MIN_ZOOM_INLIERS = 8
RANSAC_ITERS = 1500
GRID = {"wordmark": (6, 2), "signature": (10, 2), "flag": (4, 2)}
MIN_CELLS = {"wordmark": 4, "signature": 4, "flag": 3}
# Inliers must span this fraction of the symbol's width. The flag's keypoints sit on the
# inner edges of its bars and on the leaf; a flag symbol drawn straight on a busy photo (no
# white between its bars) keeps only the leaf's, a fifth to a third of its width: the leaf
# fixes the scale, and the ink check still wants bar, leaf, bar (a flag match alone is never
# a finding). Quarter grid: the 4 straight flag symbols missed at 50-95 % of the width found.
MIN_SPREAD = {"wordmark": 0.4, "signature": 0.4, "flag": 0.2}
# RANSAC tolerance, as a fraction of the symbol's width at the group's scale.
FIT_TOLERANCE = 0.015
# A homography (a card seen at an angle) needs this many similarity inliers, and may move no
# corner of the outline more than this share of its width plus height: a 20° tilt moves them
# about 5 %; with few keypoints bunched on some letters a homography swings the far corner.
MIN_PERSPECTIVE_INLIERS = 16
MAX_PERSPECTIVE_SHIFT = 0.08
MIN_FLAG_INK = 0.45
MIN_LAYOUT = 0.5
MIN_FLAG_SYMMETRY = 0.6
FLAG_CANVAS = (48, 24)
# Slants (horizontal shift per unit of height) a signature's flag is straightened by when it
# does not show bar, leaf, bar as fitted (`_sheared_flag_ink`).
FLAG_SHEARS = (-0.2, 0.2, -0.4, 0.4)
# A signature's flag is looked for at these sizes relative to where its words put it.
FLAG_SIZES = (1.0, 0.85, 1.15, 0.75)
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
class _Lead:
    """A few matches that agree on a small symbol's place: (x, y) its top-left corner, in
    working pixels, and its size there."""

    family: str
    x: float
    y: float
    width: float
    height: float
    votes: int
    # From close matches that failed the ratio test (`_loose_leads`): looked at after the others.
    loose: bool = False


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
            nfeatures=DENSE_FEATURES * 2,
            scaleFactor=SCENE_PYRAMID["scaleFactor"],
            nlevels=SCENE_PYRAMID["nlevels"],
            edgeThreshold=ORB_PARAMS["edgeThreshold"],
            patchSize=ORB_PARAMS["patchSize"],
            fastThreshold=ORB_PARAMS["fastThreshold"],
        )
        self._coarse_orb = cv2.ORB_create(
            nfeatures=COARSE_FEATURES,
            scaleFactor=SCENE_PYRAMID["scaleFactor"],
            nlevels=COARSE_LEVELS,
            edgeThreshold=ORB_PARAMS["edgeThreshold"],
            patchSize=ORB_PARAMS["patchSize"],
            fastThreshold=ORB_PARAMS["fastThreshold"],
        )
        self._zoom_orb = cv2.ORB_create(
            nfeatures=ZOOM_FEATURES,
            scaleFactor=SCENE_PYRAMID["scaleFactor"],
            nlevels=ZOOM_LEVELS,
            edgeThreshold=ORB_PARAMS["edgeThreshold"],
            patchSize=ORB_PARAMS["patchSize"],
            fastThreshold=ORB_PARAMS["fastThreshold"],
        )
        self._matcher = cv2.BFMatcher(cv2.NORM_HAMMING)

    # ------------------------------------------------------------------ public

    def detect(
        self,
        picture: np.ndarray,
        scale_to_original: float = 1.0,
        fine: np.ndarray | Callable[[], np.ndarray | None] | None = None,
        dense: bool = False,
    ) -> list[SymbolMatch]:
        """Symbols in an RGB (h, w, 3) or grey (h, w) uint8 picture already sized for matching
        (see `prepare`). Boxes are multiplied by `scale_to_original` so they refer to the
        original picture's pixels. `fine`, when given, is the same picture at a higher
        resolution (`prepare_with_fine` returns it), or a function that decodes it when first
        needed: small symbols are looked at again in it. `dense`: the picture is a page of
        text (`footprint.images.texture`), whose letters would crowd a small symbol out of
        the usual keypoint budget.

        Three passes: the picture itself (symbols from about a tenth of its width to about
        90 %); a coarse copy about `COARSE_SIDE` px, padded with its own border, for symbols
        that fill the picture (an avatar, a flag symbol across a banner), whose outer keypoints
        would otherwise fall in ORB's blind margin or above its coarsest level; and a closer look
        in `fine` at each place where a few keypoints of a small symbol agree (a signature 100 px
        wide has words 3 px high: too few keypoints to be sure at the working size)."""
        cv2, np = _cv()
        grey = symbol_grey(picture)
        candidates: list[_Candidate] = []
        leads: list[_Lead] = []
        scene = self._scene(self._orb, grey, spread=DENSE_FEATURES if dense else SCENE_FEATURES)
        if scene is not None:
            candidates.extend(self._match_all(scene, picture, leads))
        h, w = grey.shape
        for side, families in COARSE_PASSES:
            factor = side / max(h, w)
            if factor >= 0.75:
                continue
            small = cv2.resize(grey, (max(1, round(w * factor)), max(1, round(h * factor))), interpolation=cv2.INTER_AREA)
            pad = COARSE_PAD
            padded = cv2.copyMakeBorder(small, pad, pad, pad, pad, cv2.BORDER_REPLICATE)
            coarse = self._scene(self._coarse_orb, padded)
            if coarse is not None:
                xy, size, angle, descriptors = coarse
                sx, sy = small.shape[1] / w, small.shape[0] / h
                xy = (xy - pad) / np.array([sx, sy], dtype=np.float32)
                candidates.extend(self._match_all((xy, size / sx, angle, descriptors), picture, families=families))
        # Leads on a symbol already found are never looked at again: the finer copy (a second
        # decode of the picture) is made only when some other lead remains.
        leads = [lead for lead in leads if not _on_found(_lead_box(lead), candidates)]
        if leads:
            source = fine() if callable(fine) else fine
            if source is None:
                source = picture
            candidates.extend(self._zoom(leads, candidates, source, source.shape[1] / w))
        chosen = _suppress(candidates)
        return [_to_match(c, scale_to_original, grey.shape) for c in chosen]

    def _zoom(self, leads: list[_Lead], found: list[_Candidate], fine: np.ndarray, zoom: float) -> list[_Candidate]:
        """Candidates found by looking again, in the finer picture, around each lead (a few
        agreeing matches of a small symbol); in working pixels."""
        cv2, np = _cv()
        out: list[_Candidate] = []
        looked: list[tuple[float, float, float, float]] = []
        fh, fw = fine.shape[:2]
        loose = 0
        for lead in sorted(leads, key=lambda lead: (lead.loose, -lead.votes)):
            if len(looked) == MAX_ZOOMS:
                break
            if lead.loose and loose == MAX_LOOSE_ZOOMS:
                break
            box = _lead_box(lead)
            # Already looked at, at about this scale (a wide look may have been too coarse for
            # a small place inside it).
            area = (box[2] - box[0]) * (box[3] - box[1])
            if any(_box_inside(box, seen) and (seen[2] - seen[0]) * (seen[3] - seen[1]) <= 4 * area for seen in looked):
                continue
            if _on_found(box, found + out):
                continue
            looked.append(box)
            loose += lead.loose
            x0, y0 = int(max(0, box[0] * zoom)), int(max(0, box[1] * zoom))
            x1, y1 = int(min(fw, box[2] * zoom)), int(min(fh, box[3] * zoom))
            if x1 - x0 < 16 or y1 - y0 < 8:
                continue
            crop = np.ascontiguousarray(fine[y0:y1, x0:x1])
            # Crop (enlarged) pixels -> the finer picture's: the symbol's ink is read there, so
            # a part the crop cut off (the flag left of words the lead was found on) still counts.
            frame = np.array([[1.0, 0.0, x0], [0.0, 1.0, y0], [0.0, 0.0, 1.0]], dtype=np.float64)
            # Enlarged until the crop is about `ZOOM_WIDTH` px wide: ORB's patches need letters
            # several pixels high, even blurred ones.
            enlarge = min(ZOOM_ENLARGE, max(1.0, ZOOM_WIDTH / max(x1 - x0, 1)))
            if enlarge > 1.05:
                frame = frame @ np.diag([1.0 / enlarge, 1.0 / enlarge, 1.0])
                crop = cv2.resize(crop, (round((x1 - x0) * enlarge), round((y1 - y0) * enlarge)), interpolation=cv2.INTER_CUBIC)
            pad = ORB_PARAMS["edgeThreshold"]
            grey = cv2.copyMakeBorder(symbol_grey(crop), pad, pad, pad, pad, cv2.BORDER_REPLICATE)
            scene = self._scene(self._zoom_orb, grey)
            if scene is None:
                continue
            xy, size, angle, descriptors = scene
            xy = xy - pad
            for fp in self.fingerprints:
                for c in self._match_symbol(fp, descriptors, xy, size, angle, crop, around=(fine, frame)):
                    quad = (c.quad / enlarge + np.array([x0, y0], dtype=np.float32)) / zoom
                    out.append(_Candidate(symbol=c.symbol, score=c.score, inliers=c.inliers, cells=c.cells, spread=c.spread, quad=quad))
        return out

    def _scene(self, orb: Any, grey: np.ndarray, spread: int = 0) -> tuple[Any, Any, Any, Any] | None:
        """Keypoints of a grey picture: positions, sizes, angles and descriptors; with
        `spread`, at most that many, spread over the picture."""
        _cv2, np = _cv()
        found = orb.detect(grey, None)
        keypoints, descriptors = orb.compute(grey, _spread_out(found, grey.shape, spread) if spread else found)
        if descriptors is None or len(keypoints) < MIN_INLIERS:
            return None
        xy = np.array([kp.pt for kp in keypoints], dtype=np.float32)
        size = np.array([kp.size for kp in keypoints], dtype=np.float32)
        angle = np.array([kp.angle for kp in keypoints], dtype=np.float32)
        return xy, size, angle, descriptors

    def _match_all(self, scene: tuple[Any, Any, Any, Any], picture: np.ndarray, leads: list[_Lead] | None = None,
                   families: tuple[str, ...] | None = None) -> list[_Candidate]:
        xy, size, angle, descriptors = scene
        out: list[_Candidate] = []
        for fp in self.fingerprints:
            if families is not None and fp.family not in families:
                continue
            out.extend(self._match_symbol(fp, descriptors, xy, size, angle, picture, leads))
        return out

    # ------------------------------------------------------------------ internals

    def _match_symbol(
        self,
        fp: SymbolFingerprint,
        descriptors: np.ndarray,
        scene_xy: np.ndarray,
        scene_size: np.ndarray,
        scene_angle: np.ndarray,
        picture: np.ndarray,
        leads: list[_Lead] | None = None,
        around: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> list[_Candidate]:
        """Candidates for one symbol among the scene's keypoints, in `picture`'s pixels. With
        `around` (a larger picture, and the matrix from `picture`'s pixels to its), the outline
        and the ink are checked in that larger picture."""
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
        if leads is not None:
            self._loose_leads(fp, pairs, scene_xy, scene_size, scene_angle, leads)
        t = list(best_for)
        q = [best_for[k][1] for k in t]
        if len(q) < LEAD_GROUP:
            self._note(fp, f"{len(q)} matches after the ratio test")
            return []
        qi = np.asarray(q)
        ti = np.asarray(t)
        rotation = (scene_angle[ti] - fp.angle[qi] + 180.0) % 360.0 - 180.0
        upright = np.abs(rotation) <= MAX_ROTATION
        qi, ti = qi[upright], ti[upright]
        if len(qi) < LEAD_GROUP:
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
            if total < LEAD_GROUP or b in tried:
                continue
            tried.update((b - 1, b, b + 1))
            member = np.abs(bins - b) <= 1
            scale = math.exp((b + 0.5) * SCALE_BIN)
            small = scale * fp.width < ZOOM_BELOW[fp.family]
            for group in _placed(fp, qi[member], ti[member], scene_xy, scale, LEAD_GROUP if small else MIN_GROUP):
                candidate = None
                if len(group) >= MIN_GROUP:
                    candidate = self._verify(fp, qi[member][group], ti[member][group], scene_xy, picture, scale, around)
                if candidate is not None:
                    out.append(candidate)
                    break
                if small and leads is not None:
                    # Too small to be sure at this resolution: worth a closer look where the
                    # agreeing keypoints lie (the letters of a small wordmark often pass for a
                    # signature's: the place matters, not the kind).
                    points = scene_xy[ti[member][group]]
                    (x0, y0), (x1, y1) = points.min(axis=0), points.max(axis=0)
                    leads.append(_Lead(fp.family, float(x0), float(y0), float(x1 - x0), float(y1 - y0), len(group)))
        return out

    def _loose_leads(self, fp: SymbolFingerprint, pairs: Any, scene_xy: np.ndarray, scene_size: np.ndarray,
                     scene_angle: np.ndarray, leads: list[_Lead]) -> None:
        """Leads from close matches that fail the ratio test. A small symbol on a tight plate
        or a card (a sign, a badge) has keypoints whose patches take in the plate's edge and
        the photo beyond it: close to the fingerprint's, but rarely clearly closer than to a
        second one. Several of them agreeing on a small symbol's place and scale are worth a
        closer look, where the letters are big enough for their own keypoints (nothing is
        found on their word alone)."""
        _cv2, np = _cv()
        best_for: dict[int, tuple[float, int]] = {}
        for pair in pairs:
            if not pair:
                continue
            best = pair[0]
            if best.distance <= LOOSE_DISTANCE:
                seen = best_for.get(best.trainIdx)
                if seen is None or best.distance < seen[0]:
                    best_for[best.trainIdx] = (best.distance, best.queryIdx)
        if len(best_for) < LOOSE_GROUP:
            return
        ti = np.fromiter(best_for, dtype=np.int64, count=len(best_for))
        qi = np.array([best_for[k][1] for k in best_for], dtype=np.int64)
        rotation = (scene_angle[ti] - fp.angle[qi] + 180.0) % 360.0 - 180.0
        upright = np.abs(rotation) <= MAX_ROTATION
        qi, ti = qi[upright], ti[upright]
        if len(qi) < LOOSE_GROUP:
            return
        bins = np.floor(np.log(scene_size[ti] / fp.size[qi]) / SCALE_BIN).astype(int)
        counts: dict[int, int] = {}
        for b in bins.tolist():
            counts[b] = counts.get(b, 0) + 1
        for b in sorted(counts):
            scale = math.exp((b + 0.5) * SCALE_BIN)
            if scale * fp.width >= ZOOM_BELOW[fp.family]:
                continue
            if counts.get(b - 1, 0) + counts[b] + counts.get(b + 1, 0) < LOOSE_GROUP:
                continue
            member = np.abs(bins - b) <= 1
            for group in _placed(fp, qi[member], ti[member], scene_xy, scale, LOOSE_GROUP):
                points = scene_xy[ti[member][group]]
                (x0, y0), (x1, y1) = points.min(axis=0), points.max(axis=0)
                leads.append(_Lead(fp.family, float(x0), float(y0), float(x1 - x0), float(y1 - y0), len(group), loose=True))

    def _verify(
        self,
        fp: SymbolFingerprint,
        qi: np.ndarray,
        ti: np.ndarray,
        scene_xy: np.ndarray,
        picture: np.ndarray,
        bin_scale: float,
        around: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> _Candidate | None:
        cv2, np = _cv()
        src = fp.xy[qi]
        dst = scene_xy[ti]
        threshold = max(3.0, FIT_TOLERANCE * bin_scale * fp.width)
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
        corners = np.array([[0, 0], [fp.width, 0], [fp.width, fp.height], [0, fp.height]], dtype=np.float32)
        homography = np.vstack([model, [0.0, 0.0, 1.0]])
        # A card or a slide photographed at an angle: a homography over the same matches keeps
        # the far end's keypoints that a similarity drops. Kept only when it stays close to the
        # similarity and holds at least as many matches.
        if int(inlier.sum()) >= MIN_PERSPECTIVE_INLIERS:
            tilted, tilted_mask = _perspective_fit(src, dst, homography, corners, threshold)
            if tilted is not None and int(tilted_mask.sum()) >= int(inlier.sum()):
                homography, inlier = tilted, tilted_mask
        # Distinct picture keypoints: several renderings of the fingerprint can match one.
        scene_ids, first = np.unique(ti[inlier], return_index=True)
        n = len(scene_ids)
        if n < (MIN_ZOOM_INLIERS if around is not None else MIN_INLIERS):
            self._note(fp, f"{n} inliers at scale {bin_scale:.2f} ({len(qi)} matches)")
            return None
        ref = src[inlier][first]
        rx = ref[:, 0] / fp.width
        ry = ref[:, 1] / fp.height
        spread = float(np.clip(rx.max(), 0, 1) - np.clip(rx.min(), 0, 1))
        gx, gy = GRID[fp.family]
        cells = len({(min(gx - 1, max(0, int(x * gx))), min(gy - 1, max(0, int(y * gy)))) for x, y in zip(rx, ry)})
        if spread < MIN_SPREAD[fp.family] or cells < MIN_CELLS[fp.family]:
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
        quad = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), homography).reshape(-1, 2)
        width_px = float(min(np.linalg.norm(quad[1] - quad[0]), np.linalg.norm(quad[2] - quad[3])))
        if width_px < MIN_BOX_PX[fp.family]:
            self._note(fp, f"outline {width_px:.0f} px wide")
            return None
        seen, seen_homography, seen_quad, seen_width = picture, homography, quad, width_px
        if around is not None:
            seen, frame = around
            seen_homography = frame @ homography
            seen_quad = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), seen_homography).reshape(-1, 2)
            seen_width = float(min(np.linalg.norm(seen_quad[1] - seen_quad[0]), np.linalg.norm(seen_quad[2] - seen_quad[3])))
        h, w = seen.shape[:2]
        # Most of the outline must lie in the picture (a photo's edge may cut some off).
        cx0, cy0 = np.clip(seen_quad.min(axis=0), 0, (w, h))
        cx1, cy1 = np.clip(seen_quad.max(axis=0), 0, (w, h))
        qx0, qy0 = seen_quad.min(axis=0)
        qx1, qy1 = seen_quad.max(axis=0)
        visible = (cx1 - cx0) * (cy1 - cy0) / max((qx1 - qx0) * (qy1 - qy0), 1e-6)
        if visible < 0.6:
            self._note(fp, f"outline {visible:.0%} inside the picture")
            return None
        if fp.ink_grid is not None:
            layout, flag_ink = _ink_layout(seen, seen_homography, fp, seen_width)
            if self.trace is not None:
                self._note(fp, f"{n} inliers, ink layout {layout:.2f}, flag ink {flag_ink:.2f}")
            if flag_ink < MIN_FLAG_INK:
                self._note(fp, f"{n} inliers but the flag's place is blank (ink {flag_ink:.2f})")
                return None
            if layout < MIN_LAYOUT:
                self._note(fp, f"{n} inliers but the ink is not laid out like the symbol ({layout:.2f})")
                return None
        coverage = min(1.0, cells / (gx * gy) / 0.7)
        strength = 1.0 - math.exp(-(n - MIN_INLIERS + 1) / 12.0)
        score = round(min(0.99, 0.35 + 0.4 * strength + 0.25 * coverage), 3)
        return _Candidate(symbol=fp, score=score, inliers=n, cells=cells, spread=spread, quad=quad)

    def _note(self, fp: SymbolFingerprint, why: str) -> None:
        if self.trace is not None:
            self.trace.append(f"{fp.name}: {why}")


def _perspective_fit(src: np.ndarray, dst: np.ndarray, similarity: np.ndarray, corners: np.ndarray, threshold: float) -> tuple[Any, Any]:
    """A RANSAC homography of the matches when it is a plausible view of a flat symbol at an
    angle (convex outline, corners near the similarity's, neither end more than 1.6 times the
    other's height); else (None, None)."""
    cv2, np = _cv()
    homography, mask = cv2.findHomography(src, dst, cv2.RANSAC, threshold, maxIters=1000, confidence=0.995)
    if homography is None or abs(float(homography[2, 2])) < 1e-9:
        return None, None
    projected = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), homography).reshape(-1, 2)
    if not cv2.isContourConvex(projected.astype(np.float32)):
        return None, None
    flat = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), similarity).reshape(-1, 2)
    size = float(np.linalg.norm(flat[1] - flat[0]) + np.linalg.norm(flat[3] - flat[0]))
    if float(np.abs(projected - flat).max()) > MAX_PERSPECTIVE_SHIFT * size:
        return None, None
    left, right = np.linalg.norm(projected[3] - projected[0]), np.linalg.norm(projected[2] - projected[1])
    top, bottom = np.linalg.norm(projected[1] - projected[0]), np.linalg.norm(projected[2] - projected[3])
    if max(left, right) > 1.6 * max(min(left, right), 1e-6) or max(top, bottom) > 1.6 * max(min(top, bottom), 1e-6):
        return None, None
    return homography, mask.ravel().astype(bool)


def _spread_out(keypoints: Any, shape: tuple[int, ...], most: int = 0) -> list[Any]:
    """At most `SCENE_FEATURES` keypoints, spread over the picture: the strongest of each tile
    of a 4x4 grid, level by level. ORB alone keeps the strongest corners of the whole picture,
    and on a slide of black text a red signature (weaker corners) would get none."""
    most = most or SCENE_FEATURES
    if len(keypoints) <= most:
        return list(keypoints)
    h, w = shape[:2]
    levels = int(SCENE_PYRAMID["nlevels"])
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
        quota = max(1, round(most * shares[min(octave, levels - 1)] / sum(shares) / tiles))
        members.sort(key=lambda k: k.response, reverse=True)
        kept.extend(members[:quota])
        spare.extend(members[quota:])
    if len(kept) < most:
        spare.sort(key=lambda k: k.response, reverse=True)
        kept.extend(spare[:most - len(kept)])
    return kept


def _warp(picture: np.ndarray, homography: np.ndarray, box: tuple[float, float, float, float], size: tuple[int, int]) -> np.ndarray:
    """The part of the picture where `box` (x0, y0, x1, y1 in the symbol's frame) lands under
    `homography`, resampled to `size` (w, h) px, as float32 (h, w, channels). A region much
    larger than `size` is first reduced by area averaging, so thin strokes are not skipped
    over by point sampling."""
    cv2, np = _cv()
    x0, y0, x1, y1 = box
    w, h = size
    # canvas (u, v) -> symbol frame (x, y) -> picture.
    to_frame = np.array([[(x1 - x0) / w, 0, x0], [0, (y1 - y0) / h, y0], [0, 0, 1]], dtype=np.float64)
    matrix = homography.astype(np.float64) @ to_frame
    outline = cv2.perspectiveTransform(np.array([[[0, 0]], [[w, 0]], [[w, h]], [[0, h]]], dtype=np.float64), matrix).reshape(-1, 2)
    reduce = min(float(np.linalg.norm(outline[1] - outline[0])) / w, float(np.linalg.norm(outline[3] - outline[0])) / h) / 1.5
    source = picture
    if reduce > 1.5:
        ph, pw = picture.shape[:2]
        lx, ly = np.clip(np.floor(outline.min(axis=0)) - 2, 0, (pw - 1, ph - 1)).astype(int)
        hx, hy = np.clip(np.ceil(outline.max(axis=0)) + 2, 1, (pw, ph)).astype(int)
        if hx - lx >= 2 and hy - ly >= 2:
            crop = picture[ly:hy, lx:hx]
            tw, th = max(2, round((hx - lx) / reduce)), max(2, round((hy - ly) / reduce))
            source = cv2.resize(crop, (tw, th), interpolation=cv2.INTER_AREA)
            shrink = np.array([[tw / (hx - lx), 0, 0], [0, th / (hy - ly), 0], [0, 0, 1]], dtype=np.float64)
            shift = np.array([[1, 0, -lx], [0, 1, -ly], [0, 0, 1]], dtype=np.float64)
            matrix = shrink @ shift @ matrix
    canvas = cv2.warpPerspective(source, matrix, (w, h), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                                 borderMode=cv2.BORDER_REPLICATE)
    return canvas.astype(np.float32).reshape(h, w, -1)


def _grey_f(pixels: np.ndarray) -> np.ndarray:
    """`symbol_grey` on float pixels (h, w, c): the mean of luminance and the darkest channel."""
    _cv2, np = _cv()
    if pixels.shape[2] == 1:
        return pixels[..., 0]
    luminance = pixels[..., 0] * 0.299 + pixels[..., 1] * 0.587 + pixels[..., 2] * 0.114
    return 0.5 * luminance + 0.5 * pixels.min(axis=2)


def _ink_layout(picture: np.ndarray, homography: np.ndarray, fp: SymbolFingerprint, width_px: float) -> tuple[float, float]:
    """Does the picture have ink where the symbol has it? The fitted outline is resampled into
    the symbol's frame and each cell's mean grey compared with the fingerprint's coarse ink
    grid (a few dozen numbers, like an average hash; no pixels of the artwork).

    Returns (layout, flag). `layout` is the absolute correlation over the words' cells: dark
    ink on a light ground correlates negatively, light ink on a dark ground positively, and
    nothing is assumed of the ground around the symbol (a plate, a card, a photo). `flag` is
    the flag's ink relative to the artwork's, 0 unless its place shows bar, leaf, bar in one
    colour: a typed "Canada" has a blank (or the dot of an "i") where the wordmark's flag is."""
    _cv2, np = _cv()
    grid = fp.ink_grid
    gy, gx = grid.shape
    height_px = width_px * fp.height / fp.width
    cw = int(min(16, max(4, round(width_px / gx))))
    ch = int(min(16, max(4, round(height_px / gy))))
    pixels = _warp(picture, homography, (0.0, 0.0, fp.width, fp.height), (gx * cw, gy * ch))
    grey = _grey_f(pixels)
    observed = grey.reshape(gy, ch, gx, cw).mean(axis=(1, 3))
    expected = grid.astype(np.float32)
    words = np.ones(expected.shape, dtype=bool)
    if "flag" in fp.parts:
        x0, y0, x1, y1 = fp.parts["flag"]
        cx = (np.arange(gx) + 0.5) / gx
        cy = (np.arange(gy) + 0.5) / gy
        words &= ~(((cx[None, :] >= x0) & (cx[None, :] <= x1)) & ((cy[:, None] >= y0) & (cy[:, None] <= y1)))
    seen, want = observed[words], expected[words]
    layout = 0.0
    if float(seen.std()) > 1.0 and float(want.std()) > 1e-6:
        layout = abs(float(np.corrcoef(seen, want)[0, 1]))
    flag_ink = 1.0
    if "flag" in fp.parts:
        flag_ink = _flag_ink(picture, homography, fp, fp.parts["flag"])
        if flag_ink < MIN_FLAG_INK and fp.family == "signature":
            flag_ink = max(flag_ink, _sheared_flag_ink(picture, homography, fp, fp.parts["flag"]))
    elif fp.family == "flag":
        flag_ink = _flag_ink(picture, homography, fp, (0.0, 0.0, 1.0, 1.0))
    return layout, flag_ink


def _flag_ink(picture: np.ndarray, homography: np.ndarray, fp: SymbolFingerprint, part: tuple[float, float, float, float]) -> float:
    """The flag's place on its own canvas, finer than the grid: the share of it in the bars'
    colour, relative to the artwork's, when it shows bar, leaf, bar; else 0. A fit is off by a
    pixel or two, a lot for a small flag: its place is taken with a quarter of its size around
    it, and the best-placed window is judged. The ground is read in the corners of the flag's
    middle square (the leaf never reaches them), so a plate, a card or a photo behind it all do.
    A signature's fit rests on its words, and the drawings differ a little in how wide the words
    run beside the flag (and a card seen at an angle shrinks one end): for a signature, windows
    a little smaller and larger than the expected flag are judged too."""
    cv2, np = _cv()
    x0, y0, x1, y1 = part
    fw, fh = (x1 - x0) * fp.width, (y1 - y0) * fp.height
    cw, ch = FLAG_CANVAS
    mw, mh = cw // 4, ch // 4
    box = (x0 * fp.width - fw / 4, y0 * fp.height - fh / 4, x1 * fp.width + fw / 4, y1 * fp.height + fh / 4)
    flag = _warp(picture, homography, box, (cw + 2 * mw, ch + 2 * mh))
    best = 0.0
    for size in FLAG_SIZES if fp.family == "signature" else (1.0,):
        ww, wh = round(cw * size), round(ch * size)
        places = [(dy, dx) for dy in range(0, flag.shape[0] - wh + 1, 2) for dx in range(0, flag.shape[1] - ww + 1, 2)]
        if not places:
            continue
        windows = np.stack([
            flag[dy:dy + wh, dx:dx + ww] if size == 1.0
            else cv2.resize(flag[dy:dy + wh, dx:dx + ww], (cw, ch), interpolation=cv2.INTER_AREA).reshape(ch, cw, -1)
            for dy, dx in places
        ])
        # The bars' and the ground's colours of every window at once (medians of many small
        # arrays one by one cost most of a verification).
        inks, grounds = _flag_colours(windows)
        for (dy, dx), window, ink_colour, ground in zip(places, windows, inks, grounds):
            inked = _flag_window(window, ink_colour, ground)
            if inked is None:
                continue
            region, contrast = inked
            share = float(region.mean()) / max(fp.part_ink.get("flag", 0.5), 0.05)
            if share <= best:
                continue  # cannot raise the best window: its checks are skipped
            # Above and below the flag lies ground: when the "bars" are the paper itself
            # (the holes between two dots of an "ä" as the leaf), it is "ink" there too.
            around = np.concatenate([flag[:dy, dx:dx + ww], flag[dy + wh:, dx:dx + ww]], axis=0)
            if around.size:
                around_ink = np.linalg.norm(around - ink_colour, axis=2) < 0.5 * contrast
                if float(around_ink.mean()) > 0.4:
                    continue
            if _flag_pattern(region):
                best = share
        if best:
            break
    return best


def _sheared_flag_ink(picture: np.ndarray, homography: np.ndarray, fp: SymbolFingerprint,
                      part: tuple[float, float, float, float]) -> float:
    """`_flag_ink` with the flag's place straightened by a slant (`FLAG_SHEARS`): a card seen at
    an angle shears the symbol, and a fit on a few keypoints of its words (a similarity) leaves
    the shear in, so the bars lean and no window shows bar, leaf, bar."""
    _cv2, np = _cv()
    middle = (part[1] + part[3]) / 2 * fp.height
    best = 0.0
    for k in FLAG_SHEARS:
        shear = np.array([[1.0, k, -k * middle], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
        best = max(best, _flag_ink(picture, homography @ shear, fp, part))
        if best >= MIN_FLAG_INK:
            break
    return best


def _flag_colours(windows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For flag-sized windows (n, rows, columns, channels; `FLAG_CANVAS`): the bars' colour
    (the median of the outer quarters) and the ground's (the median of the middle square's
    corners, which the leaf never reaches)."""
    _cv2, np = _cv()
    n, ch, cw, channels = windows.shape
    quarter = cw // 4
    corner_w, corner_h = max(1, cw // 24), max(1, ch // 6)
    bars = np.concatenate([windows[:, :, :quarter], windows[:, :, -quarter:]], axis=2).reshape(n, -1, channels)
    left, right = quarter + 1, cw - quarter - 1 - corner_w
    ground = np.concatenate([
        windows[:, :corner_h, left:left + corner_w], windows[:, :corner_h, right:right + corner_w],
        windows[:, -corner_h:, left:left + corner_w], windows[:, -corner_h:, right:right + corner_w],
    ], axis=1).reshape(n, -1, channels)
    return np.median(bars, axis=1), np.median(ground, axis=1)


def _flag_window(window: np.ndarray, ink_colour: np.ndarray, ground: np.ndarray) -> tuple[np.ndarray, float] | None:
    """A flag-sized window: which of its pixels are in the bars' colour, and that colour's
    contrast with the ground (`_flag_colours`); None when the bars do not stand out."""
    _cv2, np = _cv()
    contrast = float(np.linalg.norm(ink_colour - ground))
    if contrast < 30:
        return None
    inked = (np.linalg.norm(window - ink_colour, axis=2) < 0.5 * contrast).astype(np.float32)
    return inked, contrast


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
    height, width = region.shape
    centre = float(region[:, 3 * width // 8:5 * width // 8].mean())
    if centre < 0.2 or centre > 0.9:
        return 0.0
    # The middle square's corners are ground, never ink: paper taken for the bars (with two
    # dots of an "ä" as the holes) fills them.
    quarter, side, rows = width // 4, max(1, width // 12), max(1, height // 6)
    corners = np.concatenate([
        region[:rows, quarter + 1:quarter + 1 + side], region[:rows, width - quarter - 1 - side:width - quarter - 1],
        region[-rows:, quarter + 1:quarter + 1 + side], region[-rows:, width - quarter - 1 - side:width - quarter - 1],
    ], axis=None)
    if float(corners.mean()) > 0.3:
        return 0.0
    if _symmetry(region) < MIN_FLAG_SYMMETRY:
        return 0.0
    return 1.0


def _symmetry(region: np.ndarray) -> float:
    """How mirror-symmetric the ink is about some vertical axis near the middle (the fit may
    be off by a few pixels): the best correlation of the region with its mirror image."""
    _cv2, np = _cv()
    region = region.astype(np.float64)
    mirrored = region[:, ::-1]
    width = region.shape[1]
    best = -1.0
    for d in range(-(width // 8), width // 8 + 1):
        a = region[:, max(0, d):width + min(0, d)]
        b = mirrored[:, max(0, -d):width + min(0, -d)]
        if a.size and float(a.std()) > 1e-6 and float(b.std()) > 1e-6:
            # Pearson's correlation as np.corrcoef computes it, without its overhead (this
            # runs for many windows of every candidate).
            a = a.ravel() - a.mean()
            b = b.ravel() - b.mean()
            best = max(best, float(a @ b) / math.sqrt(float(a @ a) * float(b @ b)))
    return best


def _placed(fp: SymbolFingerprint, qi: np.ndarray, ti: np.ndarray, scene_xy: np.ndarray, scale: float, least: int = 8) -> list[np.ndarray]:
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
    groups: list[Any] = []  # arrays of keypoint indices
    used: set[tuple[int, int]] = set()
    for key in ranked:
        if len(groups) == 2 or around(key) < least:
            break
        if key in used:
            continue
        used.update((key[0] + dx, key[1] + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))
        groups.append(np.flatnonzero((np.abs(keys[:, 0] - key[0]) <= 1) & (np.abs(keys[:, 1] - key[1]) <= 1)))
    return groups


def _lead_box(lead: _Lead) -> tuple[float, float, float, float]:
    """Where a closer look goes: the lead's keypoints with room around them (they may be a
    few letters of the symbol)."""
    side = max(lead.width, lead.height, 8.0)
    mx, my = 1.2 * side + 12, 0.6 * side + 12
    return (lead.x - mx, lead.y - my, lead.x + lead.width + mx, lead.y + lead.height + my)


def _on_found(box: tuple[float, ...], found: list[_Candidate]) -> bool:
    """The place mostly lies on a symbol already found."""
    return any(_box_overlap(box, tuple(c.quad.min(axis=0)) + tuple(c.quad.max(axis=0))) > 0.5 for c in found)


def _box_overlap(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """Intersection over the smaller box's area (boxes as x0, y0, x1, y1)."""
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return float(ix * iy / smaller) if smaller > 0 else 0.0


def _box_inside(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return _box_overlap(a, b) > 0.8


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
    # Element-wise minimum of the three planes (numpy's min over the last axis is ~20x slower).
    darkest = cv2.min(cv2.min(picture[..., 0], picture[..., 1]), picture[..., 2])
    return cv2.addWeighted(luminance, 0.5, darkest, 0.5, 0)


def prepare(image: Any, original_width: int | None = None) -> tuple[np.ndarray, float]:
    """An RGB uint8 array sized for matching (longer side at most `MAX_SIDE`, small pictures
    enlarged towards `MIN_SIDE`, at most 2x) from a PIL image or an array, and the factor that
    maps its pixels back to the original picture's (`original_width` wide; a JPEG may have been
    decoded at a reduced size already)."""
    pixels, factor, _fine = prepare_with_fine(image, original_width)
    return pixels, factor


def prepare_with_fine(image: Any, original_width: int | None = None) -> tuple[np.ndarray, float, np.ndarray | None]:
    """`prepare`, plus the finer copy `Detector.detect` looks at small symbols in: the picture
    as given, down to at most `FINE_SIDE` px, when that is at least `MIN_ZOOM` times the working
    size (else None)."""
    cv2, np = _cv()
    if isinstance(image, np.ndarray):
        pixels = image
    else:
        pixels = np.asarray(image if image.mode in ("RGB", "L") else image.convert("RGB"))
    h, w = pixels.shape[:2]
    side = max(h, w)
    fine = None
    if side > MAX_SIDE:
        fine = fine_copy(pixels)
        factor = MAX_SIDE / side
        source = fine if fine is not None else pixels
        pixels = cv2.resize(source, (max(1, round(w * factor)), max(1, round(h * factor))), interpolation=cv2.INTER_AREA)
    elif side < MIN_SIDE:
        factor = min(2.0, MIN_SIDE / side)
        pixels = cv2.resize(pixels, (max(1, round(w * factor)), max(1, round(h * factor))), interpolation=cv2.INTER_CUBIC)
    return pixels, (original_width or w) / pixels.shape[1], fine


def fine_copy(pixels: np.ndarray) -> np.ndarray | None:
    """The finer copy `prepare_with_fine` keeps of these pixels (RGB or grey, at full size):
    as given, down to at most `FINE_SIDE` px, when that is at least `MIN_ZOOM` times the
    working size; else None."""
    cv2, _np = _cv()
    h, w = pixels.shape[:2]
    side = max(h, w)
    if side <= MAX_SIDE or side < MIN_ZOOM * MAX_SIDE:
        return None
    if side > FINE_SIDE:
        f = FINE_SIDE / side
        return cv2.resize(pixels, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA)
    return pixels
