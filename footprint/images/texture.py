"""Does a picture look like it holds words? A cheap test on the working-size picture, so OCR
(about half a second a picture) runs on screenshots, slides, scanned pages and memes, and not
on the thousands of ordinary photos of an archive.

Letters are thin strokes: dark on a light ground or light on dark, a few pixels wide, with
sharp sides. A morphological top-hat (and black-hat) with a small square keeps exactly such
thin structures and drops the steps between two areas that make up a photo's edges. Words are
many of them, packed in small blocks (a line of text), over a share of the picture.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

BLOCK = 16
KERNEL = 7         # strokes thinner than this (working px) stand out of the top-hat
MIN_CONTRAST = 70  # grey levels between a stroke and its ground
# A block is a piece of text when this share of it is stroke...
MIN_INK, MAX_INK = 0.04, 0.45
# ...and the picture holds words when this share of its blocks are text blocks.
TEXT_BLOCKS = 0.03


def likely_text(pixels: np.ndarray) -> bool:
    """True when the RGB (or grey) uint8 picture probably shows words."""
    return text_share(pixels) >= TEXT_BLOCKS


def text_share(pixels: np.ndarray) -> float:
    """The share of the picture's 16 px blocks that look like a piece of text."""
    import cv2
    import numpy as np

    grey = pixels if pixels.ndim == 2 else cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY)
    h, w = grey.shape
    rows, cols = h // BLOCK, w // BLOCK
    if rows == 0 or cols == 0:
        return 0.0
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (KERNEL, KERNEL))
    dark = cv2.morphologyEx(grey, cv2.MORPH_BLACKHAT, kernel)
    light = cv2.morphologyEx(grey, cv2.MORPH_TOPHAT, kernel)
    strokes = (cv2.max(dark, light) >= MIN_CONTRAST).astype(np.float32)
    ink = cv2.resize(strokes[: rows * BLOCK, : cols * BLOCK], (cols, rows), interpolation=cv2.INTER_AREA)
    return float(((ink >= MIN_INK) & (ink <= MAX_INK)).mean())
