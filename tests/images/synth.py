"""Pictures generated at test and benchmark time (nothing binary is committed).

Positives paste a reference symbol (read from ../shared, never copied into the project) into a
synthetic photo, noise or gradient background, at a given width, position and colour, then
recompress it as JPEG. Negatives are a national flag of Canada drawn here (red-white-red with
a maple-leaf polygon), maple-leaf logos, flag-and-text banners, ordinary "photos" (shapes,
gradients, noise) and text-only pictures (including "Government of Canada" typed in a
Helvetica-like font, which is not the signature).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

RED = (216, 6, 33)
FIP_RED = (235, 45, 55)

# Reference renders used for positives: (symbol name, file under gc-symbols/).
POSITIVE_SOURCES: tuple[tuple[str, str], ...] = (
    ("canada_wordmark", "wet-boew_GCWeb/wmms-blk_w512.png"),
    ("canada_wordmark", "wet-boew_GCWeb_2013/wmms_w512.png"),
    ("fip_signature_en", "wet-boew_GCWeb/sig-blk-en_w1024.png"),
    ("fip_signature_fr", "wet-boew_GCWeb/sig-blk-fr_w1024.png"),
    ("fip_signature_en", "cds-snc_gcds-components/sig-blk-en_w1024.png"),
    ("fip_signature_fr", "wet-boew_GCWeb_2013/sig-fr_w1024.png"),
)

FONT_DIRS = ("/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu")
FONT_NAMES = (
    "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf", "DejaVuSans.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSansCondensed.ttf",
)

# The maple leaf of the national flag as an SVG path (relative moves, lines and arcs; the
# arcs are drawn as straight lines, close enough for a negative example).
_LEAF_PATH = (
    "m-90 2030 45-863a95 95 0 0 0-111-98l-859 151 116-320a65 65 0 0 0-20-73l-941-762 212-99"
    "a65 65 0 0 0 34-79l-186-572 542 115a65 65 0 0 0 73-38l105-247 423 454a65 65 0 0 0 111-57"
    "l-204-1052 327 189a65 65 0 0 0 91-27l332-652 332 652a65 65 0 0 0 91 27l327-189-204 1052"
    "a65 65 0 0 0 111 57l423-454 105 247a65 65 0 0 0 73 38l542-115-186 572a65 65 0 0 0 34 79"
    "l212 99-941 762a65 65 0 0 0-20 73l116 320-859-151a95 95 0 0 0-111 98l45 863z"
)


def _leaf_unit() -> np.ndarray:
    """The leaf outline scaled into a unit square (x, y in [0, 1], y down)."""
    tokens = re.findall(r"[mlaz]|-?\d+(?:\.\d+)?", _LEAF_PATH)
    points: list[tuple[float, float]] = []
    x = y = 0.0
    i = 0
    command = ""
    while i < len(tokens):
        if tokens[i] in "mlaz":
            command = tokens[i]
            i += 1
            if command == "z":
                break
            continue
        if command == "a":
            dx, dy = float(tokens[i + 5]), float(tokens[i + 6])
            i += 7
        else:
            dx, dy = float(tokens[i]), float(tokens[i + 1])
            i += 2
        x, y = x + dx, y + dy
        points.append((x, y))
    arr = np.array(points)
    arr -= arr.min(axis=0)
    return arr / arr.max()


LEAF = _leaf_unit()


def font(size: int, index: int = 0) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = FONT_NAMES[index % len(FONT_NAMES)]
    for folder in FONT_DIRS:
        path = Path(folder) / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def jpeg(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=int(quality))
    return buffer.getvalue()


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


# ---------------------------------------------------------------------- backgrounds


def background(rng: np.random.Generator, width: int, height: int, kind: str | None = None) -> Image.Image:
    """A synthetic 'photo' (smooth colour field, shapes, blur, sensor noise), noise, or a gradient."""
    kind = kind or str(rng.choice(["photo", "photo", "noise", "gradient"]))
    if kind == "photo":
        small = (rng.random((int(rng.integers(2, 7)), int(rng.integers(2, 7)), 3)) * 255).astype(np.uint8)
        image = Image.fromarray(small).resize((width, height), Image.Resampling.BICUBIC)
        draw = ImageDraw.Draw(image)
        for _ in range(int(rng.integers(6, 40))):
            x0, y0 = int(rng.integers(-width // 4, width)), int(rng.integers(-height // 4, height))
            x1 = x0 + int(rng.integers(8, max(9, width // 2)))
            y1 = y0 + int(rng.integers(8, max(9, height // 2)))
            colour = tuple(int(v) for v in rng.integers(0, 256, 3))
            shape = rng.random()
            if shape < 0.4:
                draw.ellipse([x0, y0, x1, y1], fill=colour)
            elif shape < 0.75:
                draw.rectangle([x0, y0, x1, y1], fill=colour)
            else:
                pts = [(int(rng.integers(x0, x1)), int(rng.integers(y0, y1))) for _ in range(int(rng.integers(3, 7)))]
                draw.polygon(pts, fill=colour)
        image = image.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.5, 3.0))))
        arr = np.asarray(image, dtype=np.float32) + rng.normal(0, float(rng.uniform(2, 10)), (height, width, 3))
        return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if kind == "noise":
        base = rng.integers(60, 200, 3).astype(np.float32)
        arr = base + rng.normal(0, float(rng.uniform(8, 40)), (height, width, 3))
        return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    c0, c1 = rng.integers(0, 256, 3), rng.integers(0, 256, 3)
    angle = float(rng.uniform(0, np.pi))
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    t = (xx * np.cos(angle) + yy * np.sin(angle))
    t = (t - t.min()) / max(float(np.ptp(t)), 1.0)
    arr = c0[None, None, :] * (1 - t[..., None]) + c1[None, None, :] * t[..., None]
    return Image.fromarray(arr.astype(np.uint8))


def slide(rng: np.random.Generator, width: int, height: int) -> Image.Image:
    """A presentation slide or a screenshot: a plain page with a title and lines of text."""
    paper = tuple(int(v) for v in rng.integers(225, 256, 3))
    image = Image.new("RGB", (width, height), paper)
    draw = ImageDraw.Draw(image)
    # Text keeps to the middle; the top and bottom bands are left for a logo or a signature.
    y = int(height * rng.uniform(0.22, 0.28))
    title = True
    while y < height * 0.72:
        size = int(height * (rng.uniform(0.06, 0.09) if title else rng.uniform(0.03, 0.05)))
        line = " ".join(str(w) for w in rng.choice(_WORDS, int(rng.integers(2, 7))))
        draw.text((int(width * 0.08), y), ("" if title else "• ") + line, fill=(30, 30, 30), font=font(max(8, size), int(rng.integers(0, 7))))
        y += int(size * rng.uniform(1.4, 2.0))
        title = False
    return image


def toned(image: Image.Image, dark: bool) -> Image.Image:
    """Darken (for a white symbol) or lighten (for a black or red one) the whole picture, as a
    designer would choose a background the symbol shows on."""
    arr = np.asarray(image, dtype=np.float32)
    arr = arr * 0.5 if dark else arr * 0.5 + 120
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------------- positives


def load_symbol(shared: Path, source: str) -> Image.Image:
    image = Image.open(shared / "reference" / "gc-symbols" / source).convert("RGBA")
    box = image.getchannel("A").point(lambda a: 255 if a > 8 else 0).getbbox()
    return image.crop(box) if box else image


def recolour(symbol: Image.Image, colour: str) -> Image.Image:
    """'original' keeps the red flag and black words; 'black', 'white', 'red' paint it all."""
    if colour == "original":
        return symbol
    rgb = {"black": (0, 0, 0), "white": (255, 255, 255), "red": FIP_RED}[colour]
    arr = np.array(symbol)
    arr[..., :3] = rgb
    return Image.fromarray(arr)


def paste_symbol(
    rng: np.random.Generator,
    symbol: Image.Image,
    size: tuple[int, int],
    fraction: float,
    colour: str,
    quality: int,
    kind: str | None = None,
) -> tuple[bytes, tuple[int, int, int, int]]:
    """A JPEG with the symbol `fraction` of the picture's width wide, at a random place; and
    the symbol's box."""
    width, height = size
    sw = max(8, round(width * fraction))
    sh = max(2, round(symbol.height * sw / symbol.width))
    if sh > height * 0.9:
        sh = int(height * 0.9)
        sw = round(symbol.width * sh / symbol.height)
    art = recolour(symbol, colour).resize((sw, sh), Image.Resampling.LANCZOS)
    if kind == "slide" and colour != "white":
        # The usual place on a GC slide: a corner, over the text's page.
        scene = slide(rng, width, height).convert("RGBA")
        margin = int(width * 0.03)
        x = margin if rng.random() < 0.5 else max(0, width - sw - margin)
        y = margin if rng.random() < 0.5 else max(0, height - sh - margin)
    else:
        scene = toned(background(rng, width, height, None if kind == "slide" else kind), dark=colour == "white").convert("RGBA")
        x = int(rng.integers(0, max(1, width - sw)))
        y = int(rng.integers(0, max(1, height - sh)))
    scene.alpha_composite(art, (x, y))
    return jpeg(scene, quality), (x, y, x + sw, y + sh)


# ---------------------------------------------------------------------- negatives


def draw_flag(width: int, white: tuple[int, int, int] = (255, 255, 255), red: tuple[int, int, int] = RED) -> Image.Image:
    """The national flag of Canada, drawn: red, white square with a red maple leaf, red (1:2:1)."""
    height = width // 2
    image = Image.new("RGB", (width, height), white)
    draw = ImageDraw.Draw(image)
    bar = width // 4
    draw.rectangle([0, 0, bar - 1, height], fill=red)
    draw.rectangle([width - bar, 0, width, height], fill=red)
    draw_leaf(draw, (width / 2, height * 0.52), height * 0.78, red)
    return image


def draw_leaf(draw: ImageDraw.ImageDraw, centre: tuple[float, float], size: float, fill: Any) -> None:
    cx, cy = centre
    pts = [(cx + (px - 0.5) * size, cy + (py - 0.5) * size) for px, py in LEAF]
    draw.polygon(pts, fill=fill)


def flag_picture(rng: np.random.Generator, size: tuple[int, int], quality: int) -> bytes:
    """A flag drawn into a photo (on a pole, as a sticker...), at a random size and place."""
    width, height = size
    scene = background(rng, width, height)
    fw = int(width * rng.uniform(0.15, 0.9))
    flag = draw_flag(fw)
    if flag.height >= height:
        flag = flag.resize((int(height * 1.8), int(height * 0.9)))
    if rng.random() < 0.3:
        flag = flag.rotate(float(rng.uniform(-12, 12)), expand=True, fillcolor=(128, 128, 128))
    x = int(rng.integers(0, max(1, width - flag.width)))
    y = int(rng.integers(0, max(1, height - flag.height)))
    scene.paste(flag, (x, y))
    return jpeg(scene, quality)


def flag_banner(rng: np.random.Generator, size: tuple[int, int], quality: int) -> bytes:
    """A national flag beside a line of text ("Happy Canada Day!"): looks like a signature's
    layout, but the words are not the Government of Canada's."""
    width, height = size
    scene = Image.new("RGB", size, tuple(int(v) for v in rng.integers(200, 256, 3)))
    draw = ImageDraw.Draw(scene)
    text = str(rng.choice([
        "Happy Canada Day!", "Bonne fête du Canada", "Go Canada Go", "Proud Canadian",
        "Canada Day 2024\nOttawa", "Team Canada\nÉquipe Canada", "Visit Canada", "Oh Canada!",
    ]))
    fh = int(height * rng.uniform(0.08, 0.25))
    fw = fh * 2
    x = int(rng.integers(0, max(1, width // 4)))
    y = int(rng.integers(0, max(1, height - fh)))
    scene.paste(draw_flag(fw), (x, y))
    draw.multiline_text((x + fw + fh // 3, y), text, fill=(0, 0, 0), font=font(max(8, fh // 2), int(rng.integers(0, 7))))
    return jpeg(scene, quality)


def maple_logo(rng: np.random.Generator, size: tuple[int, int], quality: int) -> bytes:
    """Maple-leaf logos: a leaf alone, in a circle or a shield, with a brand or team name."""
    width, height = size
    bg = tuple(int(v) for v in rng.integers(0, 256, 3))
    scene = Image.new("RGB", size, bg) if rng.random() < 0.6 else background(rng, width, height)
    draw = ImageDraw.Draw(scene)
    s = min(width, height) * rng.uniform(0.25, 0.8)
    cx, cy = width * rng.uniform(0.3, 0.7), height * rng.uniform(0.3, 0.7)
    fill = tuple(int(v) for v in rng.integers(0, 256, 3))
    style = rng.random()
    if style < 0.3:
        draw.ellipse([cx - s / 2, cy - s / 2, cx + s / 2, cy + s / 2], fill=fill)
        draw_leaf(draw, (cx, cy), s * 0.7, (255, 255, 255))
    elif style < 0.5:
        draw.polygon([(cx - s / 2, cy - s / 2), (cx + s / 2, cy - s / 2), (cx + s / 2, cy), (cx, cy + s / 2), (cx - s / 2, cy)], fill=fill)
        draw_leaf(draw, (cx, cy - s * 0.05), s * 0.6, RED)
    else:
        draw_leaf(draw, (cx, cy), s, fill)
    if rng.random() < 0.6:
        name = str(rng.choice(["MAPLE CO.", "LEAFS", "Érablière", "Maple Foods", "CANUCK", "True North", "Maple & Co"]))
        draw.text((cx - s / 2, min(height - 20, cy + s / 2 + 4)), name, fill=(0, 0, 0), font=font(max(10, int(s / 6)), int(rng.integers(0, 7))))
    return jpeg(scene, quality)


def ordinary_photo(rng: np.random.Generator, size: tuple[int, int], quality: int) -> bytes:
    return jpeg(background(rng, size[0], size[1]), quality)


_WORDS = (
    "the quick brown fox jumps over a lazy dog meeting agenda budget team lunch "
    "Ottawa Canada government policy report draft review Monday coffee weekend hockey "
    "gouvernement rapport réunion fin de semaine équipe café projet ministère"
).split()


def text_picture(rng: np.random.Generator, size: tuple[int, int], quality: int) -> bytes:
    """A slide or screenshot of text; some lines name the Government of Canada or Canada in
    ordinary fonts (Helvetica-like, Times-like): the words alone are not the symbols."""
    width, height = size
    if rng.random() < 0.35:
        # A slide with a flag in a corner: flag and words, but not the signature.
        scene = slide(rng, width, height)
        fw = int(width * rng.uniform(0.08, 0.2))
        scene.paste(draw_flag(fw), (int(width * 0.9) - fw, int(height * 0.05)))
        return jpeg(scene, quality)
    light = rng.random() < 0.7
    paper = tuple(int(v) for v in (rng.integers(215, 256, 3) if light else rng.integers(0, 60, 3)))
    ink = (20, 20, 20) if light else (235, 235, 235)
    scene = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(scene)
    y = int(height * rng.uniform(0.02, 0.1))
    while y < height * 0.92:
        fs = int(height * rng.uniform(0.03, 0.12))
        r = rng.random()
        if r < 0.2:
            line = str(rng.choice(["Government of Canada", "Gouvernement du Canada", "Government of Canada  Gouvernement du Canada"]))
        elif r < 0.35:
            line = "Canada"
        else:
            line = " ".join(str(w) for w in rng.choice(_WORDS, int(rng.integers(2, 8))))
        draw.text((int(width * rng.uniform(0.02, 0.2)), y), line, fill=ink, font=font(max(8, fs), int(rng.integers(0, 7))))
        y += int(fs * rng.uniform(1.2, 1.8))
    return jpeg(scene, quality)


NEGATIVE_KINDS = {
    "national_flag": flag_picture,
    "flag_banner": flag_banner,
    "maple_logo": maple_logo,
    "photo": ordinary_photo,
    "text": text_picture,
}


def pick(rng: np.random.Generator, options: Sequence[Any]) -> Any:
    return options[int(rng.integers(0, len(options)))]
