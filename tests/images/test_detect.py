"""Official symbols in pictures: generated at test time (tests/images/synth.py).

Negatives (a national flag drawn here, flag banners, maple-leaf logos, photos, text) and the
shipped fingerprints need nothing outside the repository. Positives paste the official artwork
read from ../shared/reference/gc-symbols and are skipped, with the reason, when it is absent.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from footprint.images import detect
from footprint.images.fingerprints import fingerprint_bytes, fingerprint_meta, load_fingerprints
from footprint.images.scan import ImageResult, available, cache_key, scan_image, thumbnail_data_uri
from tests.images import synth

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "footprint" / "images" / "data"


def iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union else 0.0


# ---------------------------------------------------------------------- shipped fingerprints


def test_fingerprints_load_from_the_package_without_the_shared_folder() -> None:
    names = [fp.name for fp in load_fingerprints()]
    assert names == ["canada_wordmark", "fip_signature_en", "fip_signature_fr", "fip_flag_symbol"]
    for fp in load_fingerprints():
        assert fp.descriptors.dtype == np.uint8 and fp.descriptors.shape[1] == 32
        assert len(fp.descriptors) == len(fp.xy) == len(fp.size) == len(fp.angle) > 100
    flag = next(fp for fp in load_fingerprints() if fp.name == "fip_flag_symbol")
    assert not flag.reportable  # drawn like the national flag, which anyone may show
    assert "arms_of_canada" in detect.NOT_COVERED and "no official artwork" in detect.NOT_COVERED["arms_of_canada"]


def test_fingerprint_file_holds_descriptors_and_numbers_never_pixels() -> None:
    with np.load(io.BytesIO(fingerprint_bytes())) as data:
        for key in data.files:
            array = data[key]
            if key == "meta":
                continue
            field = key.split(".", 1)[1]
            assert field in {"xy", "size", "angle", "desc", "variant"}, key
            # No 2-D array could be a picture: descriptors are n x 32 bytes, positions n x 2.
            assert array.ndim == 1 or array.shape[1] in (2, 32), key
    meta = fingerprint_meta()
    assert meta["format"] == detect.FINGERPRINT_FORMAT
    for symbol in meta["symbols"]:
        grid = np.asarray(symbol.get("ink_grid", []))
        # The coarse ink grid is a few dozen 4-bit numbers (like an average hash).
        assert grid.size <= 100 and grid.max() <= 15


def test_provenance_names_every_source_with_its_sha256(shared: Path) -> None:
    text = (DATA / "PROVENANCE.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"\| `([^`]+)` \| `([0-9a-f]{64})` \|", text))
    assert set(rows) == {spec["source"] for spec in detect.SYMBOLS}
    for source, digest in rows.items():
        path = shared / "reference" / "gc-symbols" / source
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{source} changed: rebuild the fingerprints"


def test_the_build_script_regenerates_the_same_fingerprints(shared: Path, tmp_path: Path) -> None:
    """A rebuild leaves no diff. The file records no OpenCV version (5.0 and 5.1 give the same
    bytes); should a future OpenCV change ORB slightly, nearly all keypoints must still come
    back identical, so a stale file (new renderings, new selection) is caught either way."""
    script = REPO / "scripts" / "build_symbol_fingerprints.py"
    sys.path.insert(0, str(script.parent))
    try:
        import build_symbol_fingerprints as build  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(script.parent))
    arrays, sources = build.build(shared)
    with np.load(io.BytesIO(fingerprint_bytes())) as shipped:
        assert sorted(shipped.files) == sorted(arrays)
        if build._npz(arrays) == fingerprint_bytes():
            return
        drop = lambda meta: [{k: v for k, v in s.items() if k != "keypoints"} for s in json.loads(bytes(meta))["symbols"]]  # noqa: E731
        assert drop(shipped["meta"]) == drop(arrays["meta"])
        for spec in detect.SYMBOLS:
            name = spec["name"]
            old = {bytes(row) for row in shipped[f"{name}.desc"]}
            new = {bytes(row) for row in arrays[f"{name}.desc"]}
            assert len(old & new) >= 0.9 * len(old), f"{name}: rebuild differs, run scripts/build_symbol_fingerprints.py"


def test_importing_the_scanner_loads_neither_opencv_nor_numpy() -> None:
    code = "import sys, footprint.images.scan; print('cv2' in sys.modules, 'numpy' in sys.modules, 'PIL' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "False"]


def test_available_when_the_extra_is_installed() -> None:
    assert available()


# ---------------------------------------------------------------------- negatives (always run)


@pytest.mark.parametrize("kind", sorted(synth.NEGATIVE_KINDS))
def test_negatives_are_not_flagged(kind: str) -> None:
    rng = np.random.default_rng(2024)
    make = synth.NEGATIVE_KINDS[kind]
    for size in ((1024, 768), (400, 400), (1600, 1200)):
        for _ in range(4):
            result = scan_image(make(rng, size, int(rng.integers(50, 91))))
            assert result.error is None
            assert result.findings == (), (kind, size, result.findings)


def test_a_big_national_flag_is_not_an_official_symbol() -> None:
    flag = synth.draw_flag(800)
    scene = Image.new("RGB", (1000, 600), (250, 250, 250))
    scene.paste(flag, (100, 100))
    result = scan_image(synth.png(scene))
    assert result.findings == ()
    # It may be recognised as the flag symbol's shape, but never reported.
    assert all(not m.reportable for m in result.symbols)


def test_typed_government_of_canada_beside_a_flag_is_not_the_signature() -> None:
    scene = Image.new("RGB", (1200, 300), (255, 255, 255))
    scene.paste(synth.draw_flag(240), (40, 90))
    from PIL import ImageDraw

    draw = ImageDraw.Draw(scene)
    draw.multiline_text((320, 95), "Happy Canada Day\nfrom Ottawa", fill=(0, 0, 0), font=synth.font(48, 0))
    assert scan_image(synth.jpeg(scene, 85)).findings == ()


@pytest.mark.parametrize(
    "data, why",
    [
        (b"", "empty"),
        (b"not a picture at all", "text"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "truncated JPEG"),
    ],
)
def test_unreadable_bytes_give_an_error_never_an_exception(data: bytes, why: str) -> None:
    result = scan_image(data)
    assert result.error and "not a readable picture" in result.error, why
    assert result.symbols == () and result.key == cache_key(data)


def test_odd_but_valid_pictures_scan_cleanly() -> None:
    odd = [
        Image.new("RGB", (1, 1)),
        Image.new("L", (300, 200), 128),
        Image.new("RGBA", (500, 300), (0, 0, 0, 0)),
        Image.new("P", (64, 64)),
        Image.new("CMYK", (200, 100), (0, 50, 50, 0)),
        Image.new("I;16", (50, 50)),
    ]
    for image in odd:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG" if image.mode == "CMYK" else "PNG")
        result = scan_image(buffer.getvalue())
        assert result.error is None, (image.mode, result.error)
        assert result.findings == ()
    frames = [Image.new("RGB", (120, 80), c) for c in ((255, 0, 0), (0, 255, 0))]
    gif = io.BytesIO()
    frames[0].save(gif, "GIF", save_all=True, append_images=frames[1:])
    assert scan_image(gif.getvalue()).format == "GIF"


def test_huge_dimensions_are_refused_before_decoding() -> None:
    buffer = io.BytesIO()
    Image.new("1", (12000, 9000)).save(buffer, "PNG")  # 108 megapixels, tiny file
    result = scan_image(buffer.getvalue())
    assert result.error and "refused" in result.error


def test_cache_key_is_the_content_hash_plus_the_scanner_version() -> None:
    a, b = synth.png(Image.new("RGB", (10, 10))), synth.png(Image.new("RGB", (10, 11)))
    assert cache_key(a) == cache_key(a)
    assert cache_key(a) != cache_key(b)
    digest, version = cache_key(a).split(":")
    assert digest == hashlib.sha256(a).hexdigest()
    assert version.startswith(detect.DETECTOR_VERSION)


# ---------------------------------------------------------------------- thumbnails


def decode_uri(uri: str) -> Image.Image:
    prefix = "data:image/jpeg;base64,"
    assert uri.startswith(prefix)
    return Image.open(io.BytesIO(base64.b64decode(uri[len(prefix):])))


def test_thumbnail_is_a_small_inline_jpeg_with_the_region_outlined() -> None:
    picture = synth.jpeg(Image.new("RGB", (1600, 1200), (40, 90, 160)), 85)
    thumb = decode_uri(thumbnail_data_uri(picture, (400, 300, 800, 600)))
    assert max(thumb.size) == 240 and thumb.size == (240, 180)
    # The outline (yellow, with black inside it) runs along the box, scaled by 240/1600: the top
    # edge is near y = 45.
    rgb = thumb.convert("RGB")
    edge = [rgb.getpixel((90, y)) for y in range(40, 50)]
    assert any(r > 180 and g > 150 and b < 110 for r, g, b in edge), edge
    assert any(max(p) < 60 for p in edge), edge
    # Outside it the picture is untouched.
    assert thumb.convert("RGB").getpixel((200, 20))[2] > 120


def test_thumbnail_without_a_box_or_of_bad_bytes() -> None:
    assert max(decode_uri(thumbnail_data_uri(synth.png(Image.new("RGB", (100, 50))), None)).size) == 100
    placeholder = decode_uri(thumbnail_data_uri(b"garbage", (1, 2, 3, 4)))
    assert max(placeholder.size) == 240


def test_thumbnail_and_boxes_follow_the_exif_orientation() -> None:
    # Stored sideways (Orientation 6 = rotate 90° clockwise to view): a red mark at the stored
    # top-left shows at the top-right once upright, and the thumbnail is upright (portrait).
    image = Image.new("RGB", (400, 200), (255, 255, 255))
    image.paste((255, 0, 0), (0, 0, 60, 40))
    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=95)
    thumb = decode_uri(thumbnail_data_uri(buffer.getvalue(), None)).convert("RGB")
    assert thumb.size == (120, 240)
    assert thumb.getpixel((110, 10))[0] > 200 and thumb.getpixel((110, 10))[1] < 80
    assert scan_image(buffer.getvalue()).width == 200


# ---------------------------------------------------------------------- positives (need ../shared)


def paste(shared: Path, source: str, size: tuple[int, int], fraction: float, colour: str, quality: int = 75, seed: int = 1, kind: str | None = None) -> tuple[bytes, tuple[int, int, int, int]]:
    rng = np.random.default_rng(seed)
    return synth.paste_symbol(rng, synth.load_symbol(shared, source), size, fraction, colour, quality, kind)


@pytest.mark.parametrize(
    "source, symbol",
    [
        ("wet-boew_GCWeb/wmms-blk_w512.png", "canada_wordmark"),
        ("wet-boew_GCWeb/sig-blk-en_w1024.png", "fip_signature_en"),
        ("wet-boew_GCWeb/sig-blk-fr_w1024.png", "fip_signature_fr"),
    ],
)
def test_each_symbol_is_found_with_its_name_and_box(shared: Path, source: str, symbol: str) -> None:
    data, box = paste(shared, source, (1280, 960), 0.4, "original")
    result = scan_image(data)
    (match,) = result.findings
    assert match.symbol == symbol and match.reportable
    assert iou(match.box, box) > 0.7
    assert 0.5 <= match.confidence <= 1.0 and match.inliers >= detect.MIN_INLIERS


@pytest.mark.parametrize("colour", ["black", "white", "red", "original"])
def test_recoloured_and_recompressed(shared: Path, colour: str) -> None:
    for seed, (source, fraction) in enumerate([("wet-boew_GCWeb/wmms-blk_w512.png", 0.2), ("wet-boew_GCWeb/sig-blk-en_w1024.png", 0.35)]):
        data, box = paste(shared, source, (1600, 1200), fraction, colour, quality=50, seed=seed)
        assert any(iou(m.box, box) > 0.5 for m in scan_image(data).findings), (source, colour)


def test_small_wordmark_in_a_large_photo(shared: Path) -> None:
    # 8 % of a 2048 px photo: 82 px wide once the photo is downscaled to 1024 px for matching.
    data, box = paste(shared, "wet-boew_GCWeb/wmms-blk_w512.png", (2048, 1536), 0.08, "black", seed=5)
    (match,) = scan_image(data).findings
    assert match.symbol == "canada_wordmark" and iou(match.box, box) > 0.5


def test_signature_in_the_corner_of_a_slide(shared: Path) -> None:
    data, box = paste(shared, "wet-boew_GCWeb_2013/sig-fr_w1024.png", (1920, 1080), 0.3, "original", kind="slide", seed=3)
    (match,) = scan_image(data).findings
    assert match.symbol.startswith("fip_signature") and iou(match.box, box) > 0.5


def test_wordmark_as_an_avatar(shared: Path) -> None:
    data, box = paste(shared, "wet-boew_GCWeb/wmms-spl_w512.png", (400, 400), 0.9, "original", seed=8)
    (match,) = scan_image(data).findings
    assert match.symbol == "canada_wordmark" and iou(match.box, box) > 0.6


def test_box_follows_exif_orientation(shared: Path) -> None:
    data, box = paste(shared, "wet-boew_GCWeb/wmms-blk_w512.png", (1024, 768), 0.3, "black", quality=95, seed=2)
    upright = Image.open(io.BytesIO(data))
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # what a phone would store...
    exif = Image.Exif()
    exif[0x0112] = 6  # ...and the tag that says "turn me 90° clockwise"
    buffer = io.BytesIO()
    stored.save(buffer, "JPEG", exif=exif, quality=95)
    (match,) = scan_image(buffer.getvalue()).findings
    assert iou(match.box, box) > 0.6


def test_x_archive_avatar_and_posts(shared: Path, tmp_path: Path) -> None:
    """The issue's "done when": the avatar shows the wordmark and a post the FIP signature,
    both found; the national-flag post is not. Bytes come from the archive like the pipeline
    will read them (profile avatar path, media source_path)."""
    from footprint.connectors import ArchiveSource, plan
    from footprint.records import Item, Profile
    from tests.factories import ACCOUNT_ID, tweet, write_x_archive

    avatar, _ = paste(shared, "wet-boew_GCWeb/wmms-blk_w512.png", (400, 400), 0.8, "original", seed=4)
    signature, _ = paste(shared, "wet-boew_GCWeb/sig-blk-en_w1024.png", (1200, 900), 0.5, "black", seed=6)
    flag = synth.flag_picture(np.random.default_rng(9), (1200, 900), 80)
    archive = write_x_archive(
        tmp_path / "x.zip",
        [tweet("1500000000000000001", "New job!", media=["SIGabc.jpg"]),
         tweet("1500000000000000002", "Happy Canada Day", media=["FLAGxyz.jpg"])],
        as_zip=True,
        extra_files={
            f"data/profile_media/{ACCOUNT_ID}-avatar.jpg": avatar,
            f"data/profile_media/{ACCOUNT_ID}-1638301192.jpg": synth.ordinary_photo(np.random.default_rng(1), (1500, 500), 80),
            "data/tweets_media/1500000000000000001-SIGabc.jpg": signature,
            "data/tweets_media/1500000000000000002-FLAGxyz.jpg": flag,
        },
    )
    with ArchiveSource(archive) as source:
        records = [r for job in plan(source) for r in job.importer().iter_records(source, job.root)]
        (profile,) = [r for r in records if isinstance(r, Profile)]
        assert profile.avatar == f"data/profile_media/{ACCOUNT_ID}-avatar.jpg"
        assert profile.banner == f"data/profile_media/{ACCOUNT_ID}-1638301192.jpg"

        def scan(name: str) -> ImageResult:
            with source.open(name) as stream:
                return scan_image(stream.read())

        assert [m.symbol for m in scan(profile.avatar).findings] == ["canada_wordmark"]
        assert scan(profile.banner).findings == ()
        found = {}
        for item in (r for r in records if isinstance(r, Item)):
            (media,) = item.media
            assert media.source_path
            found[item.native_id] = [m.symbol for m in scan(media.source_path).findings]
    assert found == {"1500000000000000001": ["fip_signature_en"], "1500000000000000002": []}


def test_x_profile_media_without_the_shared_folder(tmp_path: Path) -> None:
    """The avatar/banner mapping itself needs no artwork."""
    from footprint.connectors import ArchiveSource, plan
    from footprint.records import Profile
    from tests.factories import ACCOUNT_ID, write_x_archive

    def profile_of(extra: dict[str, bytes]) -> Profile:
        path = write_x_archive(tmp_path / f"x{len(extra)}", [], extra_files=extra)
        with ArchiveSource(path) as source:
            return next(r for job in plan(source) for r in job.importer().iter_records(source, job.root) if isinstance(r, Profile))

    jpeg = synth.jpeg(Image.new("RGB", (8, 8)), 80)
    none = profile_of({})
    assert none.avatar == "https://pbs.twimg.com/profile_images/1/avatar.jpg" and none.banner is None
    both = profile_of({f"data/profile_media/{ACCOUNT_ID}-avatar.jpg": jpeg, f"data/profile_media/{ACCOUNT_ID}-1600000000.jpg": jpeg,
                       "data/profile_media/nested/ignored.jpg": jpeg})
    assert both.avatar == f"data/profile_media/{ACCOUNT_ID}-avatar.jpg"
    assert both.banner == f"data/profile_media/{ACCOUNT_ID}-1600000000.jpg"
    renamed = profile_of({f"data/profile_media/{ACCOUNT_ID}-Zz9_400x400.jpg": jpeg})
    assert renamed.avatar == f"data/profile_media/{ACCOUNT_ID}-Zz9_400x400.jpg" and renamed.banner is None
    assert zipfile  # (zip variant covered by test_x_archive_avatar_and_posts)
