"""Location and capture time from EXIF/XMP: pictures made here with Pillow (no shared files)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from PIL import Image

from footprint.images.exif import GeoTag, read_metadata
from footprint.images.scan import scan_image

OTTAWA = ((45.0, 25.0, 12.5), (75.0, 41.0, 30.0))  # 45.42014 N, 75.69167 W


def picture(
    fmt: str = "JPEG",
    gps: dict[int, Any] | None = None,
    exif_sub: dict[int, Any] | None = None,
    base: dict[int, Any] | None = None,
    xmp: bytes | None = None,
    size: tuple[int, int] = (96, 64),
) -> bytes:
    image = Image.new("RGB", size, (180, 190, 200))
    exif = Image.Exif()
    for tag, value in (base or {}).items():
        exif[tag] = value
    if gps:
        ifd = exif.get_ifd(0x8825)
        ifd.update(gps)
    if exif_sub:
        ifd = exif.get_ifd(0x8769)
        ifd.update(exif_sub)
    buffer = io.BytesIO()
    options: dict[str, Any] = {"exif": exif.tobytes()}
    if xmp is not None:
        options["xmp"] = xmp
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def meta(data: bytes) -> Any:
    return read_metadata(Image.open(io.BytesIO(data)))


def test_gps_position_altitude_and_camera_from_a_phone_photo() -> None:
    data = picture(
        gps={1: "N", 2: OTTAWA[0], 3: "W", 4: OTTAWA[1], 5: b"\x00", 6: 70.5},
        exif_sub={0x9003: "2024:06:01 14:30:05", 0x9011: "-04:00"},
        base={0x010F: "Google", 0x0110: "Pixel 8"},
    )
    found = meta(data)
    assert found.gps is not None
    assert found.gps.latitude == pytest.approx(45.420139, abs=1e-6)
    assert found.gps.longitude == pytest.approx(-75.691667, abs=1e-6)
    assert found.gps.altitude == pytest.approx(70.5)
    assert found.gps.source == "exif"
    assert found.captured_at == datetime(2024, 6, 1, 14, 30, 5, tzinfo=timezone(timedelta(hours=-4)))
    assert found.camera == "Google Pixel 8"
    assert str(found.gps) == "45.42014°N, 75.69167°W"
    assert "openstreetmap.org" in found.gps.map_url


def test_southern_and_eastern_references_give_signed_degrees() -> None:
    found = meta(picture(gps={1: "S", 2: (33.0, 51.0, 0.0), 3: "E", 4: (151.0, 12.0, 36.0)}))
    assert found.gps == GeoTag(-33.85, 151.21, None)


def test_capture_time_without_offset_stays_naive_and_falls_back_to_digitized_then_ifd0() -> None:
    assert meta(picture(exif_sub={0x9003: "2023:01:02 03:04:05"})).captured_at == datetime(2023, 1, 2, 3, 4, 5)
    assert meta(picture(exif_sub={0x9004: "2022:12:31 23:59:59"})).captured_at == datetime(2022, 12, 31, 23, 59, 59)
    assert meta(picture(base={0x0132: "2021:07:01 12:00:00"})).captured_at == datetime(2021, 7, 1, 12, 0)


def test_gps_timestamp_is_used_when_no_other_time_exists() -> None:
    found = meta(picture(gps={1: "N", 2: OTTAWA[0], 3: "W", 4: OTTAWA[1], 7: (13.0, 45.0, 30.0), 29: "2024:05:04"}))
    assert found.captured_at == datetime(2024, 5, 4, 13, 45, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "gps",
    [
        {1: "N", 2: (0.0, 0.0, 0.0), 3: "E", 4: (0.0, 0.0, 0.0)},       # "Null Island": a default, not a place
        {1: "N", 2: (95.0, 0.0, 0.0), 3: "W", 4: OTTAWA[1]},             # latitude out of range
        {1: "N", 2: OTTAWA[0]},                                          # no longitude
        {1: "N", 2: (45.0, 25.0), 3: "W", 4: OTTAWA[1]},                 # two numbers, not three
    ],
)
def test_nonsense_gps_is_ignored(gps: dict[int, Any]) -> None:
    assert meta(picture(gps=gps)).gps is None


def test_zero_dates_are_ignored() -> None:
    assert meta(picture(exif_sub={0x9003: "0000:00:00 00:00:00"})).captured_at is None


def test_png_with_exif_chunk() -> None:
    found = meta(picture("PNG", gps={1: "N", 2: OTTAWA[0], 3: "W", 4: OTTAWA[1]}))
    assert found.gps is not None and found.gps.latitude == pytest.approx(45.42, abs=0.01)


def test_xmp_gps_and_date_when_exif_has_none() -> None:
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
        b'exif:GPSLatitude="45,25.2084N" exif:GPSLongitude="75,41.5W" '
        b'xmp:CreateDate="2024-07-01T09:15:00-04:00"/></rdf:RDF></x:xmpmeta>'
    )
    found = meta(picture(xmp=xmp))
    assert found.gps is not None and found.gps.source == "xmp"
    assert found.gps.latitude == pytest.approx(45.42014, abs=1e-4)
    assert found.gps.longitude == pytest.approx(-75.69167, abs=1e-4)
    assert found.captured_at == datetime(2024, 7, 1, 9, 15, tzinfo=timezone(timedelta(hours=-4)))


def test_xmp_element_form_and_degrees_minutes_seconds() -> None:
    xmp = (
        b'<x:xmpmeta><rdf:Description><exif:GPSLatitude>49,15,30S</exif:GPSLatitude>'
        b"<exif:GPSLongitude>123,6,0E</exif:GPSLongitude></rdf:Description></x:xmpmeta>"
    )
    found = meta(picture(xmp=xmp))
    assert found.gps == GeoTag(round(-(49 + 15 / 60 + 30 / 3600), 7), 123.1, None, "xmp")


def test_no_metadata_at_all() -> None:
    found = meta(picture())
    assert found.empty


def test_damaged_exif_block_does_not_raise() -> None:
    image = Image.new("RGB", (32, 32))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=b"Exif\x00\x00II*\x00\x08\x00\x00\x00\xff\xff\x01\x02")
    result = scan_image(buffer.getvalue())
    assert result.error is None and result.gps is None


def test_scan_image_reports_metadata_of_any_picture() -> None:
    data = picture(gps={1: "N", 2: OTTAWA[0], 3: "W", 4: OTTAWA[1]}, exif_sub={0x9003: "2024:06:01 14:30:05"})
    result = scan_image(data)
    assert result.error is None
    assert result.gps is not None and result.gps.longitude < 0
    assert result.captured_at == datetime(2024, 6, 1, 14, 30, 5)
    assert result.findings == ()
