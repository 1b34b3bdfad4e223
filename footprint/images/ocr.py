"""Text inside pictures (screenshots of partisan posts, slides, security markings), read with
Tesseract: the optional `ocr` extra (pytesseract) plus Debian's `tesseract-ocr`,
`tesseract-ocr-eng` and `tesseract-ocr-fra`. Without them `available()` is False and
`read_text` returns None: the default install works without OCR.

The text read can go through the ordinary text rules like a post's (for instance as a field
named "media_text"), so a screenshot of "Vote for ..." is judged like the words themselves.
About half a second per picture: run it on posts' pictures, not on every avatar rescan.
"""

from __future__ import annotations

import shutil
from functools import cache
from typing import Any

LANGUAGES = "eng+fra"
TIMEOUT_SECONDS = 20
# Tesseract reads letters about 20-40 px high best: small pictures are enlarged towards this.
MIN_SIDE = 1200
MAX_SIDE = 2400


@cache
def available() -> bool:
    """True when pytesseract is installed and the tesseract program (with English and French)
    is on the PATH."""
    try:
        import pytesseract
    except ImportError:
        return False
    if shutil.which("tesseract") is None:
        return False
    try:
        languages = set(pytesseract.get_languages(config=""))
    except Exception:  # noqa: BLE001 - a broken install is "not available", never a crash
        return False
    return {"eng", "fra"} <= languages


def read_text(data: bytes, languages: str = LANGUAGES, thorough: bool = False) -> str | None:
    """The text Tesseract reads in the picture, whitespace-normalised ("" when there is none),
    or None when OCR is not available or the picture cannot be read. With `thorough`, a
    second pass on the inverted picture catches light text on dark backgrounds (memes)."""
    if not available():
        return None
    import pytesseract

    from footprint.images.scan import _decode

    try:
        image, _size, _meta, _fmt = _decode(data, "L", MAX_SIDE)
    except Exception:  # noqa: BLE001 - unreadable pictures are reported by scan_image
        return None
    image = _sized(image)
    passes = [image]
    if thorough:
        from PIL import ImageOps

        passes.append(ImageOps.invert(image))
    texts = []
    for picture in passes:
        try:
            raw = pytesseract.image_to_string(picture, lang=languages, timeout=TIMEOUT_SECONDS)
        except RuntimeError:  # pytesseract raises RuntimeError on its timeout
            continue
        text = " ".join(raw.split())
        if text and text not in texts:
            texts.append(text)
    return "\n".join(texts)


def _sized(image: Any) -> Any:
    from PIL import Image

    side = max(image.size)
    if side < MIN_SIDE:
        factor = min(3.0, MIN_SIDE / side)
        return image.resize((round(image.width * factor), round(image.height * factor)), Image.Resampling.LANCZOS)
    if side > MAX_SIDE:
        image = image.copy()
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return image
