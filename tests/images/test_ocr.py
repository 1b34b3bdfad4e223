"""OCR (the optional `ocr` extra): skipped, with the reason, when Tesseract is not installed."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from footprint.images import ocr
from tests.images import synth


def slide(lines: list[str], size: tuple[int, int] = (900, 300), ink: tuple[int, int, int] = (20, 20, 20),
          paper: tuple[int, int, int] = (250, 250, 250)) -> bytes:
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((30, 30 + i * 70), line, fill=ink, font=synth.font(44, 4))
    return synth.jpeg(image, 85)


def test_without_tesseract_read_text_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    ocr.available.cache_clear()
    monkeypatch.setattr(ocr.shutil, "which", lambda _name: None)
    try:
        assert not ocr.available()
        assert ocr.read_text(slide(["Hello"])) is None
    finally:
        ocr.available.cache_clear()


@pytest.fixture
def tesseract() -> None:
    ocr.available.cache_clear()
    if not ocr.available():
        pytest.skip("OCR is not installed: pip install pytesseract, and apt-get install tesseract-ocr "
                    "tesseract-ocr-eng tesseract-ocr-fra")


@pytest.mark.usefixtures("tesseract")
def test_reads_english_and_french_text_in_a_picture() -> None:
    text = ocr.read_text(slide(["Vote for the Example Party", "Votez pour le Parti Exemple"]))
    assert text is not None
    assert "Vote for the Example Party" in text
    assert "Votez pour le Parti Exemple" in text


@pytest.mark.usefixtures("tesseract")
def test_light_text_on_dark_needs_the_thorough_pass_at_worst() -> None:
    data = slide(["PROTECTED B"], ink=(245, 245, 245), paper=(15, 15, 40))
    assert "PROTECTED B" in (ocr.read_text(data, thorough=True) or "")


@pytest.mark.usefixtures("tesseract")
def test_no_text_and_bad_bytes() -> None:
    assert ocr.read_text(synth.png(Image.new("RGB", (300, 200), (90, 140, 200)))) == ""
    assert ocr.read_text(b"not a picture") is None
