"""The finer copy of a big JPEG (what a closer look at a small symbol reads) is decoded by
OpenCV straight into an array: it must be the very pixels Pillow's path gives, upright."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw

from footprint.images.detect import FINE_SIDE, fine_copy, prepare_with_fine
from footprint.images.scan import _decode, _jpeg_pixels

LONGEST = int(FINE_SIDE * 0.9)


def photo(width: int, height: int, seed: int = 3) -> Image.Image:
    """Something with edges, colours and noise, asymmetric so a wrong turn shows."""
    rng = np.random.default_rng(seed)
    image = Image.new("RGB", (width, height), (200, 180, 150))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.integers(0, width), rng.integers(0, height)
        draw.rectangle([x, y, x + rng.integers(20, 600), y + rng.integers(20, 400)], fill=tuple(int(v) for v in rng.integers(0, 256, 3)))
    draw.text((50, 40), "Canada.ca — Français", fill=(20, 20, 20))
    noise = rng.integers(-12, 13, (height, width, 1), dtype=np.int16)
    return Image.fromarray(np.clip(np.asarray(image, dtype=np.int16) + noise, 0, 255).astype(np.uint8))


def jpeg(image: Image.Image, orientation: int = 1, mode: str = "RGB") -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.convert(mode).save(buffer, "JPEG", quality=80, exif=exif)
    return buffer.getvalue()


def pillow_fine(data: bytes) -> np.ndarray | None:
    image, (width, _height), _meta, _fmt = _decode(data, "RGB", LONGEST)
    return prepare_with_fine(image, original_width=width)[2]


@pytest.fixture(scope="module")
def camera() -> Image.Image:
    # Past twice the finer copy's size: decoded at half its size by both.
    return photo(3800, 2100)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_half_size_decode_gives_pillows_pixels_upright(camera: Image.Image, orientation: int) -> None:
    data = jpeg(camera, orientation)
    pixels = _jpeg_pixels(data, LONGEST)
    assert pixels is not None and pixels.shape[2] == 3
    # Sideways orientations swap the sides, as Pillow's upright picture does.
    assert pixels.shape[:2] == ((1900, 1050) if orientation >= 5 else (1050, 1900))
    reference = pillow_fine(data)
    assert reference is not None
    assert np.array_equal(fine_copy(pixels), reference)


def test_full_size_decode_when_no_reduction_fits() -> None:
    data = jpeg(photo(2600, 1500, seed=4), orientation=6)
    pixels = _jpeg_pixels(data, LONGEST)
    assert pixels is not None and pixels.shape == (2600, 1500, 3)
    assert np.array_equal(fine_copy(pixels), pillow_fine(data))


@pytest.mark.parametrize("mode", ["L", "CMYK"])
def test_other_jpegs_are_left_to_pillow(mode: str) -> None:
    data = jpeg(photo(3800, 2100, seed=5), mode=mode)
    assert _jpeg_pixels(data, LONGEST) is None
    assert pillow_fine(data) is not None


def test_pictures_that_are_not_jpegs_are_left_to_pillow() -> None:
    buffer = io.BytesIO()
    photo(2000, 1200, seed=6).save(buffer, "PNG")
    assert _jpeg_pixels(buffer.getvalue(), LONGEST) is None


def test_garbage_after_a_jpeg_header_is_refused_not_guessed() -> None:
    data = jpeg(photo(3800, 2100, seed=7))
    broken = data[:600] + bytes(len(data) - 600)
    try:
        pixels = _jpeg_pixels(broken, LONGEST)
    except Exception:  # noqa: BLE001 - Pillow may refuse the header: scan_image reports it
        return
    # OpenCV may give up (None) or fill what it could not read; never a picture of another size.
    assert pixels is None or pixels.shape == (1050, 1900, 3)
