"""Where and when a picture was taken, from its EXIF (and XMP, when present) with Pillow.

A geotagged photo posted publicly tells anyone where the person was, often where they live.
`read_metadata` returns the GPS position (decimal degrees, WGS 84), the altitude, the capture
time and the camera, or None for each when absent or nonsensical (0,0 "Null Island", degrees
out of range, a date of 0000:00:00). It never raises on damaged metadata.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

# EXIF tags (numbers, so no table lookup is needed).
_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769
_DATETIME = 0x0132
_MAKE = 0x010F
_MODEL = 0x0110
_DATETIME_ORIGINAL = 0x9003
_DATETIME_DIGITIZED = 0x9004
_OFFSET_ORIGINAL = 0x9011
_OFFSET = 0x9010
_GPS_LAT_REF, _GPS_LAT, _GPS_LON_REF, _GPS_LON = 1, 2, 3, 4
_GPS_ALT_REF, _GPS_ALT, _GPS_TIME, _GPS_DATE = 5, 6, 7, 29


@dataclass(frozen=True, slots=True)
class GeoTag:
    latitude: float
    longitude: float
    altitude: float | None = None
    source: str = "exif"  # or "xmp"

    def __str__(self) -> str:
        ns = "N" if self.latitude >= 0 else "S"
        ew = "E" if self.longitude >= 0 else "W"
        return f"{abs(self.latitude):.5f}°{ns}, {abs(self.longitude):.5f}°{ew}"

    @property
    def map_url(self) -> str:
        return f"https://www.openstreetmap.org/?mlat={self.latitude:.6f}&mlon={self.longitude:.6f}#map=17/{self.latitude:.6f}/{self.longitude:.6f}"


@dataclass(frozen=True, slots=True)
class PictureMetadata:
    gps: GeoTag | None = None
    captured_at: datetime | None = None  # aware when the picture says its UTC offset
    camera: str | None = None

    @property
    def empty(self) -> bool:
        return self.gps is None and self.captured_at is None and self.camera is None


def _float(value: Any) -> float | None:
    try:
        result = float(value)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return result if result == result and abs(result) != float("inf") else None


def _degrees(value: Any, ref: Any, limit: float) -> float | None:
    """EXIF (degrees, minutes, seconds) rationals and an N/S/E/W reference, to signed degrees."""
    if isinstance(value, (tuple, list)) and len(value) == 3:
        parts = [_float(v) for v in value]
        if any(p is None for p in parts):
            return None
        d, m, s = parts  # type: ignore[misc]
        degrees = d + m / 60.0 + s / 3600.0  # type: ignore[operator]
    elif isinstance(value, (tuple, list)):
        return None
    else:
        single = _float(value)
        if single is None:
            return None
        degrees = single
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "replace")
    if isinstance(ref, str) and ref.strip().upper()[:1] in ("S", "W"):
        degrees = -abs(degrees)
    if not -limit <= degrees <= limit:
        return None
    return degrees


def _exif_time(value: Any, offset: Any = None) -> datetime | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    value = value.strip().rstrip("\x00")
    for pattern in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y:%m:%d %H:%M", "%Y-%m-%dT%H:%M:%S"):
        try:
            when = datetime.strptime(value[:19] if "%S" in pattern else value[:16], pattern)
            break
        except ValueError:
            continue
    else:
        return None
    if when.year < 1900:
        return None
    tz = _offset(offset)
    return when.replace(tzinfo=tz) if tz else when


def _offset(value: Any) -> timezone | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    match = re.fullmatch(r"\s*([+-])(\d{2}):?(\d{2})\s*\x00*", value)
    if not match:
        return None
    minutes = int(match.group(2)) * 60 + int(match.group(3))
    if minutes > 14 * 60:
        return None
    return timezone(timedelta(minutes=minutes if match.group(1) == "+" else -minutes))


def _gps_time(gps: Any) -> datetime | None:
    """The GPS date and time stamp, which is UTC by definition."""
    date, clock = gps.get(_GPS_DATE), gps.get(_GPS_TIME)
    if isinstance(date, bytes):
        date = date.decode("ascii", "replace")
    if not isinstance(date, str) or not isinstance(clock, (tuple, list)) or len(clock) != 3:
        return None
    parts = [_float(v) for v in clock]
    if any(p is None for p in parts):
        return None
    try:
        day = datetime.strptime(date.strip().rstrip("\x00"), "%Y:%m:%d").replace(tzinfo=UTC)
        return day + timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2])  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return None


def read_metadata(image: Any) -> PictureMetadata:
    """Metadata of an opened PIL image (nothing is decoded but the headers)."""
    with warnings.catch_warnings():
        # Pillow warns "Corrupt EXIF data" on damaged blocks; they are common and not ours.
        warnings.simplefilter("ignore")
        return _read_metadata(image)


def _read_metadata(image: Any) -> PictureMetadata:
    gps_tag: GeoTag | None = None
    captured: datetime | None = None
    camera: str | None = None
    try:
        exif = image.getexif()
    except Exception:  # noqa: BLE001 - damaged EXIF is common; metadata is best effort
        exif = None
    if exif:
        try:
            gps = exif.get_ifd(_GPS_IFD) or {}
        except Exception:  # noqa: BLE001
            gps = {}
        try:
            sub = exif.get_ifd(_EXIF_IFD) or {}
        except Exception:  # noqa: BLE001
            sub = {}
        if gps:
            lat = _degrees(gps.get(_GPS_LAT), gps.get(_GPS_LAT_REF), 90.0)
            lon = _degrees(gps.get(_GPS_LON), gps.get(_GPS_LON_REF), 180.0)
            if lat is not None and lon is not None and not (lat == 0.0 and lon == 0.0):
                altitude = _float(gps.get(_GPS_ALT))
                ref = gps.get(_GPS_ALT_REF)
                if altitude is not None and ref in (1, b"\x01"):
                    altitude = -altitude
                gps_tag = GeoTag(round(lat, 7), round(lon, 7), altitude)
        captured = (
            _exif_time(sub.get(_DATETIME_ORIGINAL), sub.get(_OFFSET_ORIGINAL))
            or _exif_time(sub.get(_DATETIME_DIGITIZED), sub.get(_OFFSET))
            or _exif_time(exif.get(_DATETIME), sub.get(_OFFSET))
            or (_gps_time(gps) if gps else None)
        )
        make, model = exif.get(_MAKE), exif.get(_MODEL)
        names = [str(v).strip("\x00 ") for v in (make, model) if isinstance(v, str) and v.strip("\x00 ")]
        if names:
            camera = names[1] if len(names) == 2 and names[1].startswith(names[0]) else " ".join(names)
    if gps_tag is None or captured is None:
        xmp_gps, xmp_time = _from_xmp(_xmp_text(image))
        gps_tag = gps_tag or xmp_gps
        captured = captured or xmp_time
    return PictureMetadata(gps=gps_tag, captured_at=captured, camera=camera[:80] if camera else None)


# ---------------------------------------------------------------------- XMP (optional)

_XMP_KEYS = ("xmp", "XML:com.adobe.xmp")
_XMP_FIELD = r"(?:{name})\s*=\s*\"([^\"]*)\"|<(?:{name})>([^<]*)</"
_XMP_LAT = re.compile(_XMP_FIELD.format(name=r"exif:GPSLatitude"))
_XMP_LON = re.compile(_XMP_FIELD.format(name=r"exif:GPSLongitude"))
_XMP_TIME = re.compile(_XMP_FIELD.format(name=r"exif:DateTimeOriginal|photoshop:DateCreated|xmp:CreateDate"))
_XMP_COORD = re.compile(r"^\s*(\d{1,3})(?:,(\d{1,2}(?:\.\d+)?))?(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEW])\s*$", re.I)


def _xmp_text(image: Any) -> str:
    for key in _XMP_KEYS:
        raw = getattr(image, "info", {}).get(key)
        if isinstance(raw, bytes):
            return raw[:262144].decode("utf-8", "replace")
        if isinstance(raw, str):
            return raw[:262144]
    return ""


def _xmp_value(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    if not match:
        return None
    return (match.group(1) if match.group(1) is not None else match.group(2) or "").strip() or None


def _xmp_coordinate(value: str | None, limit: float) -> float | None:
    """XMP writes GPS as "DDD,MM.mmmmk" or "DDD,MM,SSk" (k = N, S, E or W)."""
    if not value:
        return None
    match = _XMP_COORD.match(value)
    if not match:
        return None
    degrees = float(match.group(1)) + float(match.group(2) or 0) / 60.0 + float(match.group(3) or 0) / 3600.0
    if match.group(4).upper() in ("S", "W"):
        degrees = -degrees
    return degrees if -limit <= degrees <= limit else None


def _from_xmp(text: str) -> tuple[GeoTag | None, datetime | None]:
    if not text:
        return None, None
    lat = _xmp_coordinate(_xmp_value(_XMP_LAT, text), 90.0)
    lon = _xmp_coordinate(_xmp_value(_XMP_LON, text), 180.0)
    gps = GeoTag(round(lat, 7), round(lon, 7), None, "xmp") if lat is not None and lon is not None and (lat or lon) else None
    when = None
    raw = _xmp_value(_XMP_TIME, text)
    if raw:
        try:
            when = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            when = _exif_time(raw)
        if when is not None and when.year < 1900:
            when = None
    return gps, when
