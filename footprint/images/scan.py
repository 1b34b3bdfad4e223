"""Scan one picture: official symbols (with where they are) and location/time metadata.

Who calls what: `footprint.picture_checks` reads each picture an export holds at import, calls
`scan_image` (never raises on a bad picture: see `result.error`) and, for a picture that gives a
finding, `thumbnail_data_uri` with the best symbol's box outlined; it stores `result.as_dict()`
keyed by the picture's sha256 and `scan_version()`. At scan time the analyzer rebuilds the result
with `ImageResult.from_dict` and `footprint.rules.pictures.hits` turns it into findings.

cv2, numpy and Pillow are imported inside the functions, so importing this module is cheap.
"""

from __future__ import annotations

import base64
import hashlib
import io
import math
import re
import threading
import time
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from footprint.images.detect import DETECTOR_VERSION, FINE_SIDE, MAX_SIDE, SymbolMatch
from footprint.images.exif import PictureMetadata

if TYPE_CHECKING:  # pragma: no cover
    from footprint.images.detect import Detector

# Pictures bigger than this are refused (a decompression bomb, or not a photo).
MAX_PIXELS = 80_000_000
MAX_BYTES = 64 * 1024 * 1024
THUMBNAIL_SIDE = 240


@dataclass(frozen=True, slots=True)
class ImageResult:
    """What one picture shows. `symbols` holds every match, `findings` only the reportable ones
    (a flag-symbol match alone is the national flag, which anyone may show)."""

    key: str
    width: int = 0
    height: int = 0
    format: str | None = None
    symbols: tuple[SymbolMatch, ...] = ()
    metadata: PictureMetadata = field(default_factory=PictureMetadata)
    error: str | None = None
    seconds: float = 0.0
    # The picture looks like it holds words (a screenshot, a slide, a meme): worth OCR.
    text_likely: bool = False
    # With `scan_image(..., thumbnail=True)`: the inline thumbnail of a reportable picture,
    # made from the pixels already decoded (never stored in `as_dict`).
    thumbnail: str | None = field(default=None, compare=False, repr=False)

    @property
    def findings(self) -> tuple[SymbolMatch, ...]:
        return tuple(m for m in self.symbols if m.reportable)

    @property
    def gps(self) -> Any:
        return self.metadata.gps

    @property
    def captured_at(self) -> Any:
        return self.metadata.captured_at

    @property
    def reportable(self) -> bool:
        """True when the picture gives a finding (a symbol, a position or a capture time)."""
        return bool(self.findings) or self.metadata.gps is not None or self.metadata.captured_at is not None

    def as_dict(self) -> dict[str, Any]:
        """What the store keeps (JSON-ready); `from_dict` gives the same result back, so a scan
        can turn a stored picture into findings without the `images` extra."""
        meta = self.metadata
        return {
            "key": self.key,
            "width": self.width,
            "height": self.height,
            "format": self.format,
            "symbols": [
                {
                    "symbol": m.symbol, "label": m.label, "label_fr": m.label_fr, "confidence": round(m.confidence, 4),
                    "box": list(m.box), "quad": [list(p) for p in m.quad], "inliers": m.inliers, "reportable": m.reportable,
                }
                for m in self.symbols
            ],
            "gps": None if meta.gps is None else {
                "latitude": meta.gps.latitude, "longitude": meta.gps.longitude,
                "altitude": meta.gps.altitude, "source": meta.gps.source,
            },
            "captured_at": meta.captured_at.isoformat() if meta.captured_at else None,
            "camera": meta.camera,
            "error": self.error,
            "text_likely": self.text_likely,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageResult:
        from datetime import datetime

        from footprint.images.exif import GeoTag

        gps = data.get("gps")
        captured = data.get("captured_at")
        return cls(
            key=str(data.get("key", "")),
            width=int(data.get("width") or 0),
            height=int(data.get("height") or 0),
            format=data.get("format"),
            symbols=tuple(
                SymbolMatch(
                    symbol=m["symbol"], label=m["label"], label_fr=m["label_fr"], confidence=float(m["confidence"]),
                    box=tuple(m["box"]), quad=tuple(tuple(p) for p in m["quad"]), inliers=int(m["inliers"]),
                    reportable=bool(m["reportable"]),
                )
                for m in data.get("symbols", ())
            ),
            metadata=PictureMetadata(
                gps=GeoTag(**gps) if gps else None,
                captured_at=datetime.fromisoformat(captured) if captured else None,
                camera=data.get("camera"),
            ),
            error=data.get("error"),
            text_likely=bool(data.get("text_likely", False)),
        )


def available() -> bool:
    """True when the `images` extra (Pillow, numpy, opencv-python-headless) is installed."""
    try:
        import cv2  # noqa: F401
        import numpy  # noqa: F401
        import PIL  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def scan_version() -> str:
    """Changes whenever the detector or the shipped fingerprints change."""
    from footprint.images.fingerprints import fingerprint_bytes

    return f"{DETECTOR_VERSION}+{hashlib.sha256(fingerprint_bytes()).hexdigest()[:12]}"


def cache_key(data: bytes) -> str:
    """Key for "already scanned": the picture's sha256 and the scanner's version. Store it
    beside the findings and skip a picture whose key is unchanged."""
    return f"{hashlib.sha256(data).hexdigest()}:{scan_version()}"


_local = threading.local()


def _detector() -> Detector:
    detector = getattr(_local, "detector", None)
    if detector is None:
        from footprint.images.detect import Detector

        detector = Detector()
        _local.detector = detector
    return detector


def _open(data: bytes) -> Any:
    from PIL import Image

    if len(data) > MAX_BYTES:
        raise ValueError(f"picture is {len(data):,} bytes, more than {MAX_BYTES:,}")
    with warnings.catch_warnings():
        # "Corrupt EXIF data" and the like: common in the wild, and the picture may still be fine.
        warnings.simplefilter("ignore", UserWarning)
        # Pillow warns of a "decompression bomb" past 89 Mpx; the size is refused just below.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        image = Image.open(io.BytesIO(data))
    width, height = image.size
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        raise ValueError(f"picture of {width}x{height} pixels refused")
    return image


def _orientation(image: Any) -> int:
    try:
        value = image.getexif().get(0x0112, 1)
        return int(value) if value in range(1, 9) else 1
    except Exception:  # noqa: BLE001 - a damaged EXIF block is not a reason to fail
        return 1


def _upright(image: Any, orientation: int) -> Any:
    """Apply the EXIF orientation (phones store photos sideways and say so)."""
    from PIL import Image

    ops = {
        2: (Image.Transpose.FLIP_LEFT_RIGHT,),
        3: (Image.Transpose.ROTATE_180,),
        4: (Image.Transpose.FLIP_TOP_BOTTOM,),
        5: (Image.Transpose.TRANSPOSE,),
        6: (Image.Transpose.ROTATE_270,),
        7: (Image.Transpose.TRANSVERSE,),
        8: (Image.Transpose.ROTATE_90,),
    }.get(orientation, ())
    for op in ops:
        image = image.transpose(op)
    return image


def _decode(data: bytes, mode: str, longest: int) -> tuple[Any, tuple[int, int], PictureMetadata, str | None]:
    """The picture in `mode`, upright, decoded at a reduced size when it is a JPEG bigger than
    `longest` (DCT scaling: much faster than decoding everything), its upright original size,
    and its metadata."""
    from PIL import Image

    from footprint.images.exif import read_metadata

    image = _open(data)
    fmt = image.format
    metadata = read_metadata(image)
    orientation = _orientation(image)
    width, height = image.size
    if getattr(image, "n_frames", 1) > 1:
        image.seek(0)
    if fmt == "JPEG" and max(width, height) > longest:
        factor = longest / max(width, height)
        image.draft(mode if mode in ("L", "RGB") else "RGB", (math.ceil(width * factor), math.ceil(height * factor)))
    if image.mode in ("RGBA", "LA", "P", "PA") or (image.mode == "P" and "transparency" in image.info):
        # A transparent logo shows on a white page.
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        paper.alpha_composite(rgba)
        image = paper
    if image.mode != mode:
        image = image.convert(mode)
    image = _upright(image, orientation)
    size = (height, width) if orientation in (5, 6, 7, 8) else (width, height)
    return image, size, metadata, fmt


_CV_UPRIGHT: dict[int, tuple[tuple[str, int], ...]] = {
    # EXIF orientation -> OpenCV operations, the same as `_upright`'s Pillow transpositions.
    2: (("flip", 1),), 3: (("rotate", 1),), 4: (("flip", 0),), 5: (("transpose", 0),),
    6: (("rotate", 0),), 7: (("transpose", 0), ("flip", -1)), 8: (("rotate", 2),),
}


def _jpeg_pixels(data: bytes, longest: int) -> Any:
    """An RGB JPEG as `_decode` gives it (DCT-scaled as Pillow's draft mode scales it, upright),
    decoded by OpenCV straight into an array, or None for any other picture or when OpenCV
    cannot read it. The same pixels: both use libjpeg-turbo's scaled decoding; Pillow's copy
    of a 12 MP photo's half-size decode into an array alone cost about 15 ms."""
    import cv2
    import numpy as np

    image = _open(data)
    width, height = image.size
    if image.format != "JPEG" or image.mode != "RGB":
        return None
    reduce = 1
    if max(width, height) > longest:
        factor = longest / max(width, height)
        most = min(width // math.ceil(width * factor), height // math.ceil(height * factor))
        reduce = next(s for s in (8, 4, 2, 1) if most >= s)
    flag = {1: cv2.IMREAD_COLOR, 2: cv2.IMREAD_REDUCED_COLOR_2, 4: cv2.IMREAD_REDUCED_COLOR_4, 8: cv2.IMREAD_REDUCED_COLOR_8}[reduce]
    bgr = cv2.imdecode(np.frombuffer(data, np.uint8), flag | cv2.IMREAD_IGNORE_ORIENTATION)
    if bgr is None or bgr.shape != (math.ceil(height / reduce), math.ceil(width / reduce), 3):
        return None
    for op, arg in _CV_UPRIGHT.get(_orientation(image), ()):
        if op == "flip":
            bgr = cv2.flip(bgr, arg)
        elif op == "rotate":
            bgr = cv2.rotate(bgr, (cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_180, cv2.ROTATE_90_COUNTERCLOCKWISE)[arg])
        else:
            bgr = cv2.transpose(bgr)
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)


def scan_image(data: bytes, detector: Detector | None = None, sha256: str | None = None, thumbnail: bool = False) -> ImageResult:
    """Symbols and metadata of one picture (JPEG, PNG, GIF's first frame, WebP, BMP, TIFF).

    Never raises for a bad picture: `error` says why it could not be read, and metadata read
    before the failure is kept. Boxes are in the upright picture's pixels (EXIF orientation
    applied), the same frame `thumbnail_data_uri` draws in. Pass `sha256` (hex) when the caller
    has hashed the bytes already; with `thumbnail`, a reportable picture's `thumbnail` is made
    from the pixels decoded here (no second decode).
    """
    started = time.perf_counter()
    key = f"{sha256}:{scan_version()}" if sha256 else cache_key(data)
    try:
        # A 12 MP photo decodes at a quarter of its size (1008 px), what matching needs: DCT
        # scaling skips most of the decoding work. A finer copy is decoded only when the
        # detector asks for one (a few keypoints hint at a small symbol).
        image, (width, height), metadata, fmt = _decode(data, "RGB", int(MAX_SIDE * 0.9))
    except Exception as exc:  # noqa: BLE001 - Pillow raises many types for bad input
        return ImageResult(key=key, error=f"not a readable picture ({_one_line(exc)})", seconds=time.perf_counter() - started)
    from footprint.images.detect import fine_copy, prepare_with_fine
    from footprint.images.texture import likely_text

    reduced = image.width < width and image.height < height if fmt == "JPEG" else False
    pixels, factor, fine = prepare_with_fine(image, original_width=width)
    del image

    def finer() -> Any:
        """The picture decoded again, up to `FINE_SIDE` px (only when the detector asks)."""
        pixels = _jpeg_pixels(data, int(FINE_SIDE * 0.9))
        if pixels is None:
            image, _size, _meta, _fmt = _decode(data, "RGB", int(FINE_SIDE * 0.9))
            return prepare_with_fine(image, original_width=width)[2]
        return fine_copy(pixels)

    try:
        text_likely = likely_text(pixels)
        symbols = (detector or _detector()).detect(pixels, factor, fine if fine is not None or not reduced else finer,
                                                   dense=text_likely)
    except Exception as exc:  # noqa: BLE001 - never let one odd picture stop a scan
        return ImageResult(key=key, width=width, height=height, format=fmt, metadata=metadata,
                           error=f"symbol detection failed ({_one_line(exc)})", seconds=time.perf_counter() - started)
    result = ImageResult(
        key=key, width=width, height=height, format=fmt, symbols=tuple(symbols), metadata=metadata,
        seconds=time.perf_counter() - started, text_likely=text_likely,
    )
    if thumbnail and result.reportable:
        box = result.findings[0].box if result.findings else None
        result = replace(result, thumbnail=_thumbnail(pixels, width, height, box, THUMBNAIL_SIDE))
    return result


def thumbnail_data_uri(data: bytes, box: tuple[int, int, int, int] | None = None, max_side: int = THUMBNAIL_SIDE) -> str:
    """A small inline JPEG (`data:image/jpeg;base64,...`), at most `max_side` px, with `box`
    (in the upright picture's pixels, as `scan_image` returns it) outlined. An unreadable
    picture gives a grey placeholder, never an exception."""
    from PIL import Image

    try:
        image, (width, height), _meta, _fmt = _decode(data, "RGB", max_side * 2)
    except Exception:  # noqa: BLE001
        image, (width, height) = Image.new("RGB", (max_side, max_side * 3 // 4), (200, 200, 200)), (0, 0)
        box = None
    return _thumbnail(image, width, height, box, max_side)


def _thumbnail(image: Any, width: int, height: int, box: tuple[int, int, int, int] | None, max_side: int) -> str:
    """`image` (the upright picture, a PIL image or an RGB array, at any size; `width` x
    `height` is its original size) as the inline JPEG `thumbnail_data_uri` returns: at most
    `max_side` px, never larger than the original."""
    import cv2
    import numpy as np
    from PIL import Image, ImageDraw

    pixels = np.asarray(image)
    ih, iw = pixels.shape[:2]
    ow, oh = (width, height) if width and height else (iw, ih)
    shrink = min(1.0, max_side / max(ow, oh))
    size = (max(1, round(ow * shrink)), max(1, round(oh * shrink)))
    if size != (iw, ih):
        # Area averaging: as sharp as Lanczos at these ratios, several times faster.
        pixels = cv2.resize(pixels, size, interpolation=cv2.INTER_AREA if size[0] < iw else cv2.INTER_CUBIC)
    image = Image.fromarray(pixels)
    if box is not None and width:
        sx = image.width / width
        sy = image.height / height
        x0, y0, x1, y1 = box[0] * sx, box[1] * sy, box[2] * sx, box[3] * sy
        # Keep a tiny region visible: at least 10 px, grown around its centre.
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        half_w, half_h = max(5.0, (x1 - x0) / 2 + 2), max(5.0, (y1 - y0) / 2 + 2)
        rect = [max(0, cx - half_w), max(0, cy - half_h), min(image.width - 1, cx + half_w), min(image.height - 1, cy + half_h)]
        draw = ImageDraw.Draw(image)
        # Yellow outside, black inside: visible on light and dark pictures alike.
        draw.rectangle(rect, outline=(0, 0, 0), width=5)
        draw.rectangle(rect, outline=(255, 214, 0), width=3)
    buffer = io.BytesIO()
    # 4:4:4 keeps the thin coloured outline crisp (chroma subsampling would smear it).
    image.save(buffer, "JPEG", quality=75, optimize=True, subsampling=0)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    # Pillow names its stream "<_io.BytesIO object at 0x7f…>": the address changes every run,
    # and a stored result must not.
    return _ADDRESS.sub("", text)[:160]


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
