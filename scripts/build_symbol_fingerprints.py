#!/usr/bin/env python3
"""Derive the image detector's symbol fingerprints from the shared reference artwork.

The official symbols under `<shared>/reference/gc-symbols/` are protected (trademark, FIP
rules; see the PROVENANCE.md there) and are never copied into the project. This script reads
them and writes only derived data to `footprint/images/data/`:

- `symbols.npz`: per symbol, ORB keypoints (position in the symbol's own frame, size, angle)
  and their 256-bit binary descriptors, computed on several renderings (32 to 512 px wide,
  dark-on-light and light-on-dark), keeping those that test renderings match right. No pixels
  are stored: the artwork cannot be rebuilt from this file.
- `PROVENANCE.md`: the source file names and their sha256, and how to regenerate.

    .venv/bin/python scripts/build_symbol_fingerprints.py [--shared DIR]

Needs the `images` extra (Pillow, numpy, opencv-python-headless). Output is deterministic (ORB gave
identical descriptors under OpenCV 5.0 and 5.1), so re-running it on unchanged sources gives
identical bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
import zipfile
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageFilter

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from footprint.images.detect import (  # noqa: E402
    FINGERPRINT_FORMAT,
    INK_GRID,
    MAX_DISTANCE,
    ORB_PARAMS,
    RATIO,
    REFERENCE_RENDERINGS,
    REFERENCE_WIDTHS,
    SCENE_PYRAMID,
    SYMBOLS,
)

OUT_DIR = REPO / "footprint" / "images" / "data"
SYMBOL_DIR = "reference/gc-symbols"
# Border (background colour) around each rendering so keypoints near the symbol's edge exist.
PAD = 24
# Test renderings (widths between and around the fingerprint's) that vote for the keypoints
# worth keeping, and how many to keep at most per symbol.
TEST_WIDTHS = {
    "wordmark": (48, 72, 100, 140, 200, 300, 420),
    "signature": (110, 150, 210, 300, 420, 600, 800),
    "flag": (30, 45, 64, 90, 130, 190),
}
TEST_PAD = 40
KEEP = {"wordmark": 500, "signature": 600, "flag": 150}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _crop_alpha(image: Image.Image) -> Image.Image:
    box = image.getchannel("A").point(lambda a: 255 if a > 8 else 0).getbbox()
    return image.crop(box) if box else image


def _renderings(art: Image.Image, width: int, blur: float = 0.0, pad: int = PAD) -> list[np.ndarray]:
    """Grey renderings of the symbol at `width` px, each with a border of its background, for
    each of `REFERENCE_RENDERINGS` (black on white, white on black; "original" keeps the grey
    of the red flag); `blur` softens it (a Gaussian of that radius, in px)."""
    height = max(1, round(art.height * width / art.width))
    small = art.resize((width, height), Image.Resampling.LANCZOS)
    if blur > 0:
        small = small.filter(ImageFilter.GaussianBlur(blur))
    alpha = np.asarray(small.getchannel("A"), dtype=np.float32) / 255.0
    grey = np.asarray(small.convert("RGB").convert("L"), dtype=np.float32)
    out = []
    for ink_name, paper in REFERENCE_RENDERINGS:
        ink = grey if ink_name == "original" else {"black": 0.0, "white": 255.0}[ink_name]
        rendered = np.clip(paper * (1 - alpha) + ink * alpha, 0, 255).astype(np.uint8)
        out.append(cv2.copyMakeBorder(rendered, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=paper))
    return out


def _ink_grid(alpha: np.ndarray, cells: tuple[int, int]) -> list[list[int]]:
    """Coarse ink coverage per cell, quantised to 0..15 (an average-hash-like summary of where
    the symbol has ink: a few dozen numbers, no outline)."""
    gx, gy = cells
    small = cv2.resize((alpha > 0.5).astype(np.float32), (gx * 8, gy * 8), interpolation=cv2.INTER_AREA)
    grid = small.reshape(gy, 8, gx, 8).mean(axis=(1, 3))
    return np.rint(grid * 15).astype(int).tolist()


def build(shared: Path) -> tuple[dict[str, np.ndarray], list[tuple[str, str]]]:
    root = shared / SYMBOL_DIR
    if not root.is_dir():
        raise SystemExit(f"{root} is absent: pass --shared DIR (the folder holding reference/gc-symbols)")
    orb = cv2.ORB_create(**ORB_PARAMS)
    arrays: dict[str, np.ndarray] = {}
    sources: list[tuple[str, str]] = []
    meta = []
    for spec in SYMBOLS:
        path = root / spec["source"]
        art = _crop_alpha(Image.open(path).convert("RGBA"))
        sources.append((spec["source"], _sha256(path)))
        xy, size, angle, desc, variant = [], [], [], [], []
        for v, width in enumerate(REFERENCE_WIDTHS[spec["family"]]):
            scale = art.width / width  # rendering px -> symbol frame (the source raster's px)
            for r, grey in enumerate(_renderings(art, width)):
                keypoints, descriptors = orb.detectAndCompute(grey, None)
                if descriptors is None:
                    continue
                for kp, d in zip(keypoints, descriptors):
                    xy.append(((kp.pt[0] - PAD) * scale, (kp.pt[1] - PAD) * scale))
                    size.append(kp.size * scale)
                    angle.append(kp.angle)
                    desc.append(d)
                    variant.append(v * 8 + r)
        name = spec["name"]
        candidates = {
            "xy": np.asarray(xy, dtype=np.float32), "size": np.asarray(size, dtype=np.float32),
            "angle": np.asarray(angle, dtype=np.float32), "desc": np.asarray(desc, dtype=np.uint8),
            "variant": np.asarray(variant, dtype=np.uint8),
        }
        votes = _votes(art, spec["family"], candidates["xy"], candidates["desc"])
        keep = _strongest(votes, KEEP[spec["family"]])
        for field, values in candidates.items():
            arrays[f"{name}.{field}"] = values[keep]
        alpha = np.asarray(art.getchannel("A"), dtype=np.float32) / 255.0
        part_ink = {}
        for part, (x0, y0, x1, y1) in spec["parts"].items():
            box = alpha[round(y0 * art.height):round(y1 * art.height), round(x0 * art.width):round(x1 * art.width)]
            part_ink[part] = round(float((box > 0.5).mean()), 3)
        meta.append({
            "name": name, "width": art.width, "height": art.height, "keypoints": int(len(keep)), "part_ink": part_ink,
            "ink_grid": _ink_grid(alpha, INK_GRID[spec["family"]]),
        })
        print(f"{name}: kept {len(keep)} of {len(xy)} keypoints (those found again in test renderings) "
              f"from {spec['source']} ({art.width}x{art.height})")
    arrays["meta"] = np.frombuffer(json.dumps({
        "format": FINGERPRINT_FORMAT,
        "orb": ORB_PARAMS,
        "symbols": meta,
    }, sort_keys=True).encode(), dtype=np.uint8)
    return arrays, sources


def _votes(art: Image.Image, family: str, xy: np.ndarray, desc: np.ndarray) -> np.ndarray:
    """How often each candidate keypoint is matched to the right place in test renderings of
    the symbol (widths between the fingerprint's, blurred a little, both polarities, as the
    detector sees a picture: ORB on its scene pyramid, nearest two, ratio test). Keypoints
    never matched right only cost matching time and bring wrong matches."""
    scene = cv2.ORB_create(nfeatures=4000, scaleFactor=SCENE_PYRAMID["scaleFactor"], nlevels=SCENE_PYRAMID["nlevels"],
                           edgeThreshold=ORB_PARAMS["edgeThreshold"], patchSize=ORB_PARAMS["patchSize"],
                           fastThreshold=ORB_PARAMS["fastThreshold"])
    matcher = cv2.BFMatcher(cv2.NORM_HAMMING)
    votes = np.zeros(len(desc), dtype=np.int32)
    for width in TEST_WIDTHS[family]:
        for blur in (0.0, 0.6):
            for grey in _renderings(art, width, blur=blur, pad=TEST_PAD):
                keypoints, descriptors = scene.detectAndCompute(grey, None)
                if descriptors is None or len(keypoints) < 2:
                    continue
                found = np.array([kp.pt for kp in keypoints], dtype=np.float32) - TEST_PAD
                expected = xy * (width / art.width)
                tolerance = max(2.0, 0.02 * width)
                for pair in matcher.knnMatch(desc, descriptors, k=2):
                    if len(pair) < 2:
                        continue
                    best, second = pair
                    if best.distance <= MAX_DISTANCE and best.distance < RATIO * second.distance:
                        if float(np.linalg.norm(found[best.trainIdx] - expected[best.queryIdx])) <= tolerance:
                            votes[best.queryIdx] += 1
    return votes


def _strongest(votes: np.ndarray, most: int) -> np.ndarray:
    """Indices of the candidates matched right at least twice, the most-voted first up to
    `most`, in their original order (stable ties: the build is deterministic)."""
    order = np.argsort(-votes, kind="stable")
    chosen = [int(i) for i in order[:most] if votes[i] >= 2]
    return np.asarray(sorted(chosen), dtype=np.int64)


def _npz(arrays: dict[str, np.ndarray]) -> bytes:
    """The arrays as an .npz (what `np.load` reads), byte-for-byte the same on every run:
    `np.savez_compressed` stamps each member with the current time."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(arrays):
            member = io.BytesIO()
            np.lib.format.write_array(member, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, member.getvalue())
    return buffer.getvalue()


def write(arrays: dict[str, np.ndarray], sources: list[tuple[str, str]]) -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "symbols.npz").write_bytes(_npz(arrays))
    rows = "\n".join(f"| `{name}` | `{digest}` |" for name, digest in sources)
    (OUT_DIR / "PROVENANCE.md").write_text(PROVENANCE.format(rows=rows, opencv=cv2.__version__), encoding="utf-8")


PROVENANCE = """\
# Symbol fingerprints: where they come from

`symbols.npz` holds **derived data only**, made by `scripts/build_symbol_fingerprints.py`:

- for each official symbol below, ORB keypoints (position in the symbol's frame, size, angle)
  and their 256-bit binary descriptors, computed on renderings of the reference artwork at six
  widths (32 to 512 px) in black on white and white on black, keeping only those that test
  renderings at other widths (blurred or not) matched to the right place at least twice (at
  most 500 for the wordmark, 600 per signature, 150 for the flag symbol);
- a coarse ink grid per symbol (12x3 cells for the wordmark, 24x4 for a signature, 8x4 for
  the flag symbol), each cell the share of it the artwork covers, quantised to 0..15: a
  summary in the spirit of an average hash, used to check where a candidate has ink;
- the share of the flag's place the artwork covers (one number per symbol).

No pixels or outlines of the artwork are stored, and it cannot be rebuilt from this file into
anything usable as the symbol.

The artwork itself is protected (trademark law, copyright, the Federal Identity Program) and is
**not** part of this project. It is read from `../shared/reference/gc-symbols/` (official files from
wet-boew/GCWeb; see the PROVENANCE.md in that folder for repositories and commits). The Arms of
Canada are not in that folder, so they have no fingerprint and are not detected.

Regenerate (needs the `images` extra, and the shared folder beside the checkout):

    .venv/bin/python scripts/build_symbol_fingerprints.py --shared ../shared

Last built with OpenCV {opencv} (the file records no version: ORB gave identical descriptors
under 5.0 and 5.1). Source files (relative to `reference/gc-symbols/`) and their sha256:

| source file | sha256 |
| --- | --- |
{rows}
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="the shared folder holding reference/gc-symbols (default: ../shared)")
    args = parser.parse_args(argv)
    arrays, sources = build(args.shared)
    write(arrays, sources)
    print(f"wrote {OUT_DIR / 'symbols.npz'} and PROVENANCE.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
