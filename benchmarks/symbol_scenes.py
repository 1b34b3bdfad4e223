"""Scenes for the picture benchmark, drawn independently of the detector's tuning code.

The detector was tuned on `tests/images/synth.py`. This module shares nothing with it (no
import, no background, no leaf, no placement rule), so the benchmark cannot simply replay the
pictures the detector was shaped on. It draws:

- positives: the official artwork (read from `../shared/reference/gc-symbols`, never copied into
  the project) in seven variants (wordmark in colour, black, white on dark; FIP signature
  English-first, French-first, white on dark; the flag symbol), at a chosen position and width
  (fraction of the picture's width), in one of several settings: on a plate in a photo,
  straight on a photo, as a circle-cropped avatar, in a Canada.ca page screenshot, in an
  e-mail signature, on a card photographed at an angle (rotation and perspective up to 20°),
  saved as JPEG at a chosen quality;
- negatives that must stay clean: the national flag alone (waving, on a pole, at an angle), red
  and green maple leaves, sports and company logos with a leaf, flag pins and patches, text
  that says "Canada" or "Government of Canada" in ordinary fonts (with and without a flag),
  page and e-mail screenshots without the symbols, plain photos.

Every scene is a pure function of its parameters and a seed, so a cell of the grid can be drawn
again alone (`draw_positive(cell, seed)`).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

SYMBOL_DIR = Path("reference") / "gc-symbols"

# Variant -> (family, expected detector symbols, artwork files, ink). Several drawings per
# variant: the current GCWeb files, the 2013 drawings and the GC Design System ones.
VARIANTS: dict[str, dict[str, Any]] = {
    "wordmark-colour": {
        "family": "wordmark", "symbols": ("canada_wordmark",), "ink": "original",
        "files": ("wet-boew_GCWeb/wmms-blk_w512.png", "wet-boew_GCWeb/wmms-spl_w512.png", "wet-boew_GCWeb_2013/wmms_w512.png"),
    },
    "wordmark-black": {
        "family": "wordmark", "symbols": ("canada_wordmark",), "ink": "black",
        "files": ("cds-snc_gcds-components/wmms-spl-en_w512.png", "wet-boew_GCWeb/wmms-blk_w512.png"),
    },
    "wordmark-white": {
        "family": "wordmark", "symbols": ("canada_wordmark",), "ink": "white",
        "files": ("wet-boew_GCWeb/wmms-blk_w512.png", "wet-boew_GCWeb_2013/wmms_w512.png"),
    },
    "signature-en": {
        "family": "signature", "symbols": ("fip_signature_en",), "ink": "original",
        "files": ("wet-boew_GCWeb/sig-blk-en_w1024.png", "wet-boew_GCWeb_2013/sig-en_w1024.png", "cds-snc_gcds-components/sig-blk-en_w1024.png"),
    },
    "signature-fr": {
        "family": "signature", "symbols": ("fip_signature_fr",), "ink": "original",
        "files": ("wet-boew_GCWeb/sig-blk-fr_w1024.png", "wet-boew_GCWeb_2013/sig-fr_w1024.png", "cds-snc_gcds-components/sig-blk-fr_w1024.png"),
    },
    "signature-white": {
        "family": "signature", "symbols": ("fip_signature_en", "fip_signature_fr"), "ink": "white",
        "files": ("wet-boew_GCWeb/sig-blk-en_w1024.png", "wet-boew_GCWeb/sig-blk-fr_w1024.png"),
    },
    "flag-symbol": {
        "family": "flag", "symbols": ("fip_flag_symbol",), "ink": "original",
        "files": ("derived/flag-symbol_from-sig-blk-en_w256.png",),
    },
}
SETTINGS = ("plate", "straight", "avatar", "screenshot", "email", "angled")
POSITIONS = ("top-left", "top", "top-right", "left", "centre", "right", "bottom-left", "bottom", "bottom-right")
SCALES = (0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.95)
QUALITIES = (40, 65, 90)
PHOTO_SIZES = ((1600, 1200), (1280, 960), (2048, 1536), (1080, 1080), (1200, 1600), (1920, 1080), (4032, 3024))
FIP_RED = (235, 45, 55)
GC_NAVY = (38, 55, 74)  # Canada.ca footer and header bands

FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
)


@dataclass(frozen=True)
class Cell:
    """One cell of the grid. `scale` is the symbol's width over the picture's width (for an
    avatar, over the avatar's; screenshots and e-mails place the symbol where those put it)."""

    setting: str
    position: str
    scale: float
    variant: str
    quality: int


@dataclass
class Scene:
    data: bytes
    box: tuple[int, int, int, int]   # the symbol's bounding box in the picture's pixels
    size: tuple[int, int]
    source: str = ""


# ---------------------------------------------------------------------- helpers


def _font(size: int, index: int) -> Any:
    path = FONTS[index % len(FONTS)]
    try:
        return ImageFont.truetype(path, max(6, int(size)))
    except OSError:
        return ImageFont.load_default(size=max(6, int(size)))


def encode(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=int(quality), subsampling=2 if quality < 80 else 0)
    return buffer.getvalue()


@cache
def _art(shared: str, name: str) -> Image.Image:
    image = Image.open(Path(shared) / SYMBOL_DIR / name).convert("RGBA")
    box = image.getchannel("A").point(lambda a: 255 if a > 8 else 0).getbbox()
    return image.crop(box) if box else image


def symbol_art(shared: Path, variant: str, width: int, rng: np.random.Generator) -> tuple[Image.Image, str]:
    """The variant's artwork `width` px wide (RGBA), painted in its ink; and its file name."""
    spec = VARIANTS[variant]
    name = spec["files"][int(rng.integers(len(spec["files"])))]
    art = _art(str(shared), name)
    width = max(6, int(width))
    height = max(2, round(art.height * width / art.width))
    method = (Image.Resampling.LANCZOS, Image.Resampling.BICUBIC, Image.Resampling.BILINEAR)[int(rng.integers(3))]
    art = art.resize((width, height), method)
    ink = spec["ink"]
    if ink != "original":
        arr = np.array(art)
        arr[..., :3] = (255, 255, 255) if ink == "white" else (int(rng.integers(0, 40)),) * 3
        art = Image.fromarray(arr)
    return art, name


def _noise_tile(rng: np.random.Generator, sigma: float) -> np.ndarray:
    return rng.normal(0.0, sigma, (256, 256, 1)).astype(np.float32)


def photo(rng: np.random.Generator, width: int, height: int, tone: str = "any") -> Image.Image:
    """A stand-in for a photo: a sky-to-ground gradient, soft blobs and straight edges (walls,
    windows), fine texture, blur and sensor noise. `tone` keeps it light or dark so a symbol
    drawn straight on it stays visible, as a designer would place it."""
    sw, sh = max(8, width // 8), max(8, height // 8)
    top = rng.uniform(40, 230, 3)
    bottom = rng.uniform(20, 200, 3)
    t = np.linspace(0, 1, sh)[:, None, None]
    base = top * (1 - t) + bottom * t
    arr = np.repeat(base, sw, axis=1).astype(np.float32)
    small = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(small)
    for _ in range(int(rng.integers(10, 50))):
        x, y = rng.uniform(-0.2, 1.0) * sw, rng.uniform(-0.2, 1.0) * sh
        w, h = rng.uniform(0.02, 0.5) * sw, rng.uniform(0.02, 0.5) * sh
        colour = tuple(int(v) for v in rng.integers(0, 256, 3))
        kind = rng.random()
        if kind < 0.45:
            draw.ellipse([x, y, x + w, y + h], fill=colour)
        elif kind < 0.8:
            draw.rectangle([x, y, x + w, y + h], fill=colour)
        else:
            draw.line([x, y, x + w, y + h], fill=colour, width=int(rng.integers(1, 4)))
    small = small.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.3, 1.5))))
    image = small.resize((width, height), Image.Resampling.BILINEAR)
    arr = np.asarray(image, dtype=np.float32)
    if tone == "light":
        arr = 150 + arr * 0.42
    elif tone == "dark":
        arr = arr * 0.42
    sigma = float(rng.uniform(2, 9))
    tile = _noise_tile(rng, sigma)
    reps = (math.ceil(height / 256), math.ceil(width / 256), 1)
    arr = arr + np.tile(tile, reps)[:height, :width]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _anchor(position: str, width: int, height: int, w: int, h: int, rng: np.random.Generator) -> tuple[int, int]:
    """Top-left corner for a `w` x `h` thing at `position`, with some jitter, kept inside."""
    col = {"left": 0, "right": 2}.get(position.split("-")[-1], 1)
    row = {"top": 0, "bottom": 2}.get(position.split("-")[0], 1)
    fx = (0.03, 0.5, 0.97)[col] + float(rng.uniform(-0.02, 0.02))
    fy = (0.04, 0.5, 0.96)[row] + float(rng.uniform(-0.02, 0.02))
    x = fx * width - (0, w / 2, w)[col]
    y = fy * height - (0, h / 2, h)[row]
    return int(np.clip(x, 0, max(0, width - w))), int(np.clip(y, 0, max(0, height - h)))


def _size(rng: np.random.Generator, cell: Cell) -> tuple[int, int]:
    # The largest camera size only now and then (slow to draw); small fractions get the large
    # pictures, where a 5 % symbol is still legible to a person.
    if cell.scale <= 0.05:
        choices = ((2048, 1536), (4032, 3024), (1920, 1080), (3000, 2000))
    elif cell.scale <= 0.1:
        choices = ((1600, 1200), (2048, 1536), (1920, 1080), (4032, 3024), (1200, 1600))
    else:
        choices = PHOTO_SIZES
    return choices[int(rng.integers(len(choices)))]


# ---------------------------------------------------------------------- positives


def draw_positive(shared: Path, cell: Cell, seed: int) -> Scene:
    rng = np.random.default_rng(seed)
    maker = {
        "plate": _on_plate, "straight": _straight, "avatar": _avatar,
        "screenshot": _screenshot, "email": _email, "angled": _angled,
    }[cell.setting]
    return maker(shared, cell, rng)


def _dark_ink(variant: str) -> bool:
    return VARIANTS[variant]["ink"] != "white"


def _on_plate(shared: Path, cell: Cell, rng: np.random.Generator) -> Scene:
    width, height = _size(rng, cell)
    scene = photo(rng, width, height)
    sw = round(cell.scale * width)
    art, name = symbol_art(shared, cell.variant, sw, rng)
    pad = int(art.height * rng.uniform(0.15, 0.6))
    if _dark_ink(cell.variant):
        plate_colour = tuple(int(v) for v in rng.integers(232, 256, 3))
    else:
        plate_colour = (GC_NAVY, (0, 0, 0), (20, 60, 110), (120, 20, 30))[int(rng.integers(4))]
    pw, ph = art.width + 2 * pad, art.height + 2 * pad
    x, y = _anchor(cell.position, width, height, min(pw, width), min(ph, height), rng)
    canvas = scene.convert("RGBA")
    ImageDraw.Draw(canvas).rectangle([x, y, x + pw - 1, y + ph - 1], fill=plate_colour)
    sx, sy = min(x + pad, width - art.width), min(y + pad, height - art.height)
    sx, sy = max(0, sx), max(0, sy)
    canvas.alpha_composite(art, (sx, sy))
    return Scene(encode(canvas, cell.quality), (sx, sy, sx + art.width, sy + art.height), (width, height), name)


def _straight(shared: Path, cell: Cell, rng: np.random.Generator) -> Scene:
    width, height = _size(rng, cell)
    scene = photo(rng, width, height, "light" if _dark_ink(cell.variant) else "dark")
    art, name = symbol_art(shared, cell.variant, round(cell.scale * width), rng)
    x, y = _anchor(cell.position, width, height, art.width, art.height, rng)
    canvas = scene.convert("RGBA")
    canvas.alpha_composite(art, (x, y))
    return Scene(encode(canvas, cell.quality), (x, y, x + art.width, y + art.height), (width, height), name)


def _avatar(shared: Path, cell: Cell, rng: np.random.Generator) -> Scene:
    """A square profile picture, circle-cropped as platforms show it (outside the circle the
    page's colour), the symbol `scale` of its width (avatars use 0.5-0.95)."""
    side = (400, 400, 200, 800, 512)[int(rng.integers(5))]
    dark = not _dark_ink(cell.variant)
    fill = tuple(int(v) for v in (rng.integers(0, 70, 3) if dark else rng.integers(225, 256, 3)))
    inner = Image.new("RGBA", (side, side), fill + (255,))
    art, name = symbol_art(shared, cell.variant, round(cell.scale * side), rng)
    x, y = (side - art.width) // 2 + int(rng.integers(-3, 4)), (side - art.height) // 2 + int(rng.integers(-3, 4))
    x, y = max(0, min(side - art.width, x)), max(0, min(side - art.height, y))
    inner.alpha_composite(art, (x, y))
    page = (255, 255, 255) if rng.random() < 0.5 else (21, 32, 43)  # light or dark theme
    out = Image.new("RGB", (side, side), page)
    mask = Image.new("L", (side * 4, side * 4), 0)
    ImageDraw.Draw(mask).ellipse([0, 0, side * 4 - 1, side * 4 - 1], fill=255)
    out.paste(inner.convert("RGB"), (0, 0), mask.resize((side, side), Image.Resampling.LANCZOS))
    return Scene(encode(out, cell.quality), (x, y, x + art.width, y + art.height), (side, side), name)


_PAGE_WORDS = (
    "Benefits Employment Immigration Taxes Services Health Travel Business Programs Apply "
    "online account eligibility payments how to apply contact us Prestations Emploi Impôts "
    "Santé Voyage Entreprises demande admissibilité paiements nous joindre report a problem"
).split()


def _lines(rng: np.random.Generator, n: int) -> list[str]:
    return [" ".join(str(w) for w in rng.choice(_PAGE_WORDS, int(rng.integers(3, 9)))) for _ in range(n)]


def _screenshot(shared: Path, cell: Cell, rng: np.random.Generator) -> Scene:
    """A Canada.ca page: white header with the signature at the top left, a dark menu band,
    a title and paragraphs; the dark footer band, then the wordmark at the bottom right. The
    symbol of `cell.variant` is the one drawn where the page puts it (desktop or phone)."""
    phone = rng.random() < 0.3
    width, height = ((1080, 2340) if phone else ((1366, 768), (1920, 1080), (1280, 800), (1536, 864))[int(rng.integers(4))])
    page = Image.new("RGBA", (width, height), (255, 255, 255, 255))
    draw = ImageDraw.Draw(page)
    fam = VARIANTS[cell.variant]["family"]
    header_h = int(height * (0.06 if phone else 0.11))
    u = width / 100
    # Language toggle and search box in the header.
    draw.text((width - 12 * u, header_h * 0.15), "Français", fill=(40, 70, 150), font=_font(1.4 * u, 0))
    draw.rectangle([width * 0.55, header_h * 0.5, width * 0.9, header_h * 0.85], outline=(120, 120, 120), width=1)
    band_h = int(header_h * 0.35)
    draw.rectangle([0, header_h, width, header_h + band_h], fill=GC_NAVY)
    draw.text((2 * u, header_h + band_h * 0.2), "MENU", fill=(255, 255, 255), font=_font(band_h * 0.5, 1))
    y = header_h + band_h + 2 * u
    draw.text((4 * u, y), str(rng.choice(["Canada.ca > Services", "Canada.ca > Benefits", "Canada.ca > Taxes"])), fill=(40, 70, 150), font=_font(1.3 * u, 0))
    y += 3 * u
    draw.text((4 * u, y), " ".join(_lines(rng, 1)[0].split()[:4]).title(), fill=(30, 30, 30), font=_font(3 * u, 1))
    y += 5 * u
    footer_top = int(height * (0.8 if phone else 0.78))
    while y < footer_top - 3 * u:
        draw.text((4 * u, y), _lines(rng, 1)[0], fill=(40, 40, 40), font=_font(1.5 * u, 2))
        y += 2.4 * u
    draw.rectangle([0, footer_top, width, height], fill=GC_NAVY)
    for i, line in enumerate(_lines(rng, 3)):
        draw.text((4 * u, footer_top + (1 + 2.5 * i) * u), line, fill=(255, 255, 255), font=_font(1.3 * u, 0))
    strip_top = int(footer_top + (height - footer_top) * 0.62)
    draw.rectangle([0, strip_top, width, height], fill=(242, 242, 242))
    if fam == "signature" or fam == "flag":
        sw = int(width * (rng.uniform(0.5, 0.75) if phone else rng.uniform(0.17, 0.26)))
        if fam == "flag":
            sw = int(sw * 0.18)
        art, name = symbol_art(shared, cell.variant, sw, rng)
        x, y0 = int(2 * u), int(max(2, (header_h - art.height) / 2))
        if VARIANTS[cell.variant]["ink"] == "white":
            # A dark theme's header (GC intranet pages, dark mode extensions).
            draw.rectangle([0, 0, width, header_h], fill=GC_NAVY)
    else:
        sw = int(width * (rng.uniform(0.2, 0.32) if phone else rng.uniform(0.07, 0.12)))
        art, name = symbol_art(shared, cell.variant, sw, rng)
        x = int(width - 3 * u - art.width)
        if VARIANTS[cell.variant]["ink"] == "white":
            y0 = int(footer_top + u)  # on the dark band
        else:
            y0 = int(strip_top + (height - strip_top - art.height) / 2)
    page.alpha_composite(art, (x, y0))
    quality = cell.quality
    if rng.random() < 0.35:  # screenshots are often PNG
        buffer = io.BytesIO()
        page.convert("RGB").save(buffer, "PNG")
        data = buffer.getvalue()
    else:
        data = encode(page, quality)
    return Scene(data, (x, y0, x + art.width, y0 + art.height), (width, height), name)


def _email(shared: Path, cell: Cell, rng: np.random.Generator) -> Scene:
    """An e-mail as a mail client shows it, with a public servant's signature block: name,
    title, department, telephone, then the FIP signature or the wordmark, small."""
    width = int((900, 1100, 1280, 760)[int(rng.integers(4))])
    height = int(width * rng.uniform(0.6, 0.9))
    dark = not _dark_ink(cell.variant)
    paper = (32, 32, 36) if dark else (255, 255, 255)
    ink = (225, 225, 225) if dark else (34, 34, 34)
    page = Image.new("RGBA", (width, height), paper + (255,))
    draw = ImageDraw.Draw(page)
    fs = max(11, width // 70)
    y = fs
    draw.text((fs, y), "From: Alex Tremblay <alex.tremblay@tbs-sct.gc.ca>", fill=ink, font=_font(fs, 2))
    y += int(fs * 1.6)
    draw.text((fs, y), "Subject: RE: " + " ".join(_lines(rng, 1)[0].split()[:4]), fill=ink, font=_font(fs, 3))
    y += int(fs * 2.5)
    for line in _lines(rng, int(rng.integers(2, 6))):
        draw.text((fs, y), line, fill=ink, font=_font(fs, 2))
        y += int(fs * 1.5)
    y += fs
    for line in ("Alex Tremblay", "Senior Policy Analyst | Analyste principal des politiques",
                 "Treasury Board of Canada Secretariat | Secrétariat du Conseil du Trésor du Canada",
                 "Tel: 613-555-0142"):
        draw.text((fs, y), line, fill=ink, font=_font(fs * 0.9, 2))
        y += int(fs * 1.3)
    y += fs // 2
    fam = VARIANTS[cell.variant]["family"]
    want = {"signature": rng.uniform(0.22, 0.4), "wordmark": rng.uniform(0.09, 0.16), "flag": rng.uniform(0.04, 0.07)}[fam]
    art, name = symbol_art(shared, cell.variant, int(width * want), rng)
    y = min(y, height - art.height - 4)
    page.alpha_composite(art, (fs, y))
    return Scene(encode(page, cell.quality), (fs, y, fs + art.width, y + art.height), (width, height), name)


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """Pillow's PERSPECTIVE data mapping output (dst) points back to input (src) points."""
    rows = []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=np.float64)
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(a, b).tolist()


def _angled(shared: Path, cell: Cell, rng: np.random.Generator) -> Scene:
    """A card, badge or slide holding the symbol, photographed at an angle: turned up to ±20°
    in the picture's plane or tilted up to 20° out of it (perspective), then pasted on a photo."""
    width, height = _size(rng, cell)
    scene = photo(rng, width, height).convert("RGBA")
    sw = max(8, round(cell.scale * width * 0.92))
    art, name = symbol_art(shared, cell.variant, sw, rng)
    pad = int(art.height * rng.uniform(0.2, 0.5))
    light = _dark_ink(cell.variant)
    card_colour = tuple(int(v) for v in (rng.integers(225, 256, 3) if light else rng.integers(0, 50, 3))) + (255,)
    card = Image.new("RGBA", (art.width + 2 * pad, art.height + 2 * pad), card_colour)
    card.alpha_composite(art, (pad, pad))
    cw, ch = card.size
    corners = [(0.0, 0.0), (cw, 0.0), (cw, ch), (0.0, ch)]
    if rng.random() < 0.5:
        angle = math.radians(float(rng.choice([-1, 1])) * float(rng.uniform(5, 20)))
        c, s = math.cos(angle), math.sin(angle)
        moved = [(x * c - y * s, x * s + y * c) for x, y in corners]
    else:
        # Out-of-plane tilt about the vertical (or horizontal) axis: the far side shrinks.
        tilt = math.radians(float(rng.uniform(8, 20)))
        shrink = 1 - math.sin(tilt) * 0.5
        squash = math.cos(tilt)
        if rng.random() < 0.6:
            far = ch * (1 - shrink) / 2
            moved = [(0, 0), (cw * squash, far), (cw * squash, ch - far), (0, ch)]
            if rng.random() < 0.5:
                moved = [(0, far), (cw * squash, 0), (cw * squash, ch), (0, ch - far)]
        else:
            far = cw * (1 - shrink) / 2
            moved = [(far, 0), (cw - far, 0), (cw, ch * squash), (0, ch * squash)]
        roll = math.radians(float(rng.uniform(-5, 5)))
        c, s = math.cos(roll), math.sin(roll)
        moved = [(x * c - y * s, x * s + y * c) for x, y in moved]
    xs, ys = [p[0] for p in moved], [p[1] for p in moved]
    ox, oy = min(xs), min(ys)
    moved = [(x - ox, y - oy) for x, y in moved]
    out_w, out_h = int(math.ceil(max(xs) - ox)) + 1, int(math.ceil(max(ys) - oy)) + 1
    coeffs = _perspective_coeffs(corners, moved)
    warped = card.transform((out_w, out_h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=(0, 0, 0, 0))
    x, y = _anchor(cell.position, width, height, min(out_w, width), min(out_h, height), rng)
    scene.alpha_composite(warped, (x, y), (0, 0, min(out_w, width - x), min(out_h, height - y)))
    # The symbol's own outline: its corners (inside the card) through the same mapping.
    inv = np.array(coeffs + [1.0]).reshape(3, 3)
    forward = np.linalg.inv(inv)
    pts = np.array([[pad, pad, 1], [pad + art.width, pad, 1], [pad + art.width, pad + art.height, 1], [pad, pad + art.height, 1]], dtype=np.float64)
    mapped = pts @ forward.T
    mapped = mapped[:, :2] / mapped[:, 2:3]
    box = (int(x + mapped[:, 0].min()), int(y + mapped[:, 1].min()), int(x + mapped[:, 0].max()), int(y + mapped[:, 1].max()))
    return Scene(encode(scene, cell.quality), box, (width, height), name)


# ---------------------------------------------------------------------- negatives


def maple_leaf(centre: tuple[float, float], size: float, turn: float = 0.0) -> list[tuple[float, float]]:
    """An eleven-point maple leaf outline (drawn here from its proportions, not from the
    flag's or the FIP's artwork): points on a star whose radius varies by lobe, plus a stem."""
    cx, cy = centre
    # (angle from straight up in degrees, radius) for the outer points and the notches.
    spec = [
        (0, 1.0), (14, 0.55), (28, 0.78), (40, 0.5), (58, 0.9), (75, 0.42), (92, 0.68),
        (110, 0.38), (128, 0.52), (150, 0.3), (170, 0.22),
    ]
    points: list[tuple[float, float]] = []
    full = spec + [(360 - a, r) for a, r in reversed(spec[1:])]
    for angle, radius in full:
        a = math.radians(angle + turn)
        points.append((cx + math.sin(a) * radius * size / 2, cy - math.cos(a) * radius * size / 2))
    # The stem, between the two bottom notches.
    stem = [(cx + size * 0.03, cy + size * 0.1), (cx + size * 0.03, cy + size * 0.5), (cx - size * 0.03, cy + size * 0.5), (cx - size * 0.03, cy + size * 0.1)]
    half = len(points) // 2
    return points[:half + 1] + stem + points[half + 1:]


def national_flag(width: int, red: tuple[int, int, int] = (213, 43, 30)) -> Image.Image:
    height = width // 2
    flag = Image.new("RGBA", (width, height), (255, 255, 255, 255))
    draw = ImageDraw.Draw(flag)
    draw.rectangle([0, 0, width // 4, height], fill=red)
    draw.rectangle([width - width // 4, 0, width, height], fill=red)
    draw.polygon(maple_leaf((width / 2, height * 0.46), height * 0.8), fill=red)
    return flag


def _wave(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A flag in the wind: columns shifted along a sine, shaded by the fold."""
    arr = np.asarray(image.convert("RGBA"), dtype=np.float32)
    h, w = arr.shape[:2]
    amp = h * float(rng.uniform(0.03, 0.1))
    phase = float(rng.uniform(0, 6.28))
    out = np.zeros((h + int(2 * amp) + 2, w, 4), dtype=np.float32)
    for x in range(w):
        shift = int(amp + amp * math.sin(phase + 2 * math.pi * x / w * 1.5))
        shade = 0.85 + 0.15 * math.cos(phase + 2 * math.pi * x / w * 1.5)
        col = arr[:, x].copy()
        col[:, :3] *= shade
        out[shift:shift + h, x] = col
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGBA")


NEGATIVES = ("flag-alone", "waving-flag", "maple-leaf", "leaf-logo", "flag-pin", "canada-text", "flag-and-text", "page-no-symbol", "photo")


def draw_negative(kind: str, seed: int) -> Scene:
    rng = np.random.default_rng(seed)
    width, height = PHOTO_SIZES[int(rng.integers(len(PHOTO_SIZES) - 1))]
    if rng.random() < 0.15:
        width = height = 400
    quality = int(QUALITIES[int(rng.integers(len(QUALITIES)))])
    scene = photo(rng, width, height).convert("RGBA")
    draw = ImageDraw.Draw(scene)
    if kind in ("flag-alone", "waving-flag"):
        fw = int(width * rng.uniform(0.05, 0.95))
        flag = national_flag(fw)
        if kind == "waving-flag":
            flag = _wave(flag, rng)
            # On a pole.
            x, y = _anchor(str(rng.choice(POSITIONS)), width, height, flag.width + 8, flag.height, rng)
            draw.rectangle([x, y, x + max(2, fw // 40), height], fill=(90, 90, 90))
            scene.alpha_composite(flag, (x + max(2, fw // 40), y))
        else:
            flag = flag.rotate(float(rng.uniform(-20, 20)), expand=True, resample=Image.Resampling.BICUBIC)
            x, y = _anchor(str(rng.choice(POSITIONS)), width, height, min(flag.width, width), min(flag.height, height), rng)
            scene.alpha_composite(flag, (x, y), (0, 0, min(flag.width, width - x), min(flag.height, height - y)))
    elif kind == "maple-leaf":
        for _ in range(int(rng.integers(1, 6))):
            size = min(width, height) * float(rng.uniform(0.05, 0.7))
            colour = ((200, 30, 30), (30, 140, 50), (230, 120, 20), (170, 20, 40))[int(rng.integers(4))]
            centre = (float(rng.uniform(0.1, 0.9)) * width, float(rng.uniform(0.1, 0.9)) * height)
            draw.polygon(maple_leaf(centre, size, float(rng.uniform(-30, 30))), fill=colour)
    elif kind == "leaf-logo":
        s = min(width, height) * float(rng.uniform(0.15, 0.7))
        cx, cy = width * float(rng.uniform(0.3, 0.7)), height * float(rng.uniform(0.3, 0.6))
        colour = tuple(int(v) for v in rng.integers(0, 200, 3))
        style = int(rng.integers(4))
        if style == 0:  # team crest: circle, white leaf, name around
            draw.ellipse([cx - s / 2, cy - s / 2, cx + s / 2, cy + s / 2], fill=colour)
            draw.polygon(maple_leaf((cx, cy), s * 0.65), fill=(255, 255, 255))
        elif style == 1:  # shield
            draw.polygon([(cx - s / 2, cy - s / 2), (cx + s / 2, cy - s / 2), (cx + s / 2, cy + s * 0.1), (cx, cy + s / 2), (cx - s / 2, cy + s * 0.1)], fill=colour)
            draw.polygon(maple_leaf((cx, cy - s * 0.05), s * 0.55), fill=(210, 30, 40))
        elif style == 2:  # wordmark-like brand: leaf beside a name
            draw.polygon(maple_leaf((cx - s * 0.4, cy), s * 0.35), fill=(210, 30, 40))
        else:  # tail-fin style: leaf in a square
            draw.rectangle([cx - s / 2, cy - s / 2, cx + s / 2, cy + s / 2], fill=(200, 20, 30))
            draw.polygon(maple_leaf((cx, cy), s * 0.8), fill=(255, 255, 255))
        name = str(rng.choice(["MAPLE LEAFS", "CANADIENS", "Air Maple", "Tim's", "CANADA GOOSE", "Roots", "Maple Lodge Farms", "Canada Dry", "Team Canada", "Équipe Canada"]))
        draw.text((cx - s * 0.15, cy + s * 0.55), name, fill=(20, 20, 20), font=_font(s / 7, int(rng.integers(8))))
    elif kind == "flag-pin":
        # A pin or an embroidered patch on clothing: small flag, rounded, with a rim.
        scene = photo(rng, width, height, "dark").convert("RGBA")
        draw = ImageDraw.Draw(scene)
        fw = int(width * float(rng.uniform(0.04, 0.3)))
        flag = national_flag(fw)
        rim = max(2, fw // 20)
        pin = Image.new("RGBA", (fw + 2 * rim, fw // 2 + 2 * rim), (0, 0, 0, 0))
        ImageDraw.Draw(pin).rounded_rectangle([0, 0, pin.width - 1, pin.height - 1], radius=rim * 2, fill=(200, 170, 60, 255))
        pin.alpha_composite(flag, (rim, rim))
        pin = pin.rotate(float(rng.uniform(-25, 25)), expand=True, resample=Image.Resampling.BICUBIC)
        x, y = _anchor(str(rng.choice(POSITIONS)), width, height, pin.width, pin.height, rng)
        scene.alpha_composite(pin, (x, y))
    elif kind in ("canada-text", "flag-and-text"):
        light = rng.random() < 0.7
        scene = Image.new("RGBA", (width, height), ((250, 250, 248) if light else (25, 30, 40)) + (255,))
        draw = ImageDraw.Draw(scene)
        ink = (20, 20, 20) if light else (240, 240, 240)
        phrases = ["Canada", "CANADA", "Government of Canada", "Gouvernement du Canada", "Canada Day", "Oh Canada",
                   "Government of Canada / Gouvernement du Canada", "Canadä", "Made in Canada", "Parks Canada"]
        y = int(height * 0.05)
        while y < height * 0.9:
            fs = int(height * float(rng.uniform(0.03, 0.16)))
            x = int(width * float(rng.uniform(0.02, 0.3)))
            if kind == "flag-and-text" and rng.random() < 0.4:
                flag = national_flag(int(fs * 2))
                scene.alpha_composite(flag, (x, y))
                x += flag.width + fs // 3
            draw.text((x, y), str(rng.choice(phrases)), fill=ink if rng.random() < 0.7 else (210, 30, 40), font=_font(fs, int(rng.integers(8))))
            y += int(fs * float(rng.uniform(1.2, 1.9)))
    elif kind == "page-no-symbol":
        # A page or e-mail about Canada with a flag beside the title, but no FIP symbol.
        scene = Image.new("RGBA", (width, height), (255, 255, 255, 255))
        draw = ImageDraw.Draw(scene)
        u = width / 100
        draw.rectangle([0, 0, width, 8 * u], fill=GC_NAVY if rng.random() < 0.5 else (255, 255, 255))
        flag = national_flag(int(6 * u))
        scene.alpha_composite(flag, (int(2 * u), int(u)))
        draw.text((int(9 * u), int(1.5 * u)), str(rng.choice(["Canada", "Canada Day 2024", "Government of Canada jobs", "Parcs Canada"])), fill=(128, 128, 128), font=_font(3 * u, 1))
        y = 12 * u
        while y < height * 0.9:
            draw.text((4 * u, y), _lines(rng, 1)[0], fill=(40, 40, 40), font=_font(1.6 * u, 2))
            y += 2.6 * u
    return Scene(encode(scene, quality), (0, 0, 0, 0), (width, height), kind)
