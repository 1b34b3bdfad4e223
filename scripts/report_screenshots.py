"""Screenshots of the bundled example's HTML report, in English and French, for the README.

    python scripts/report_screenshots.py    # writes docs/report-{en,fr}.png and docs/report-{en,fr}-cards.png

Two pictures per language, each the size of a browser window rather than the whole page: the
top of the report (summary, counts, chart) and the first items to review. Taken with Debian's
Chromium through Playwright (never `playwright install`) and, when Pillow is installed (the
`images` or `dev` extra), reduced to a 256-colour palette, which keeps each well under 500 KB.
Install fonts-noto-color-emoji first, or the emoji in the example posts show as boxes.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# A laptop browser window; the report's text column is 60rem wide.
VIEWPORT = {"width": 1000, "height": 900}
# The first items to review: from the section heading down this many pixels.
CARDS_HEIGHT = 900


def _audit(tmp: Path, lang: str) -> Path | None:
    from click.testing import CliRunner

    from footprint.cli import main as footprint

    report = tmp / f"report-{lang}.html"
    result = CliRunner().invoke(
        footprint,
        [
            "audit",
            str(REPO / "examples" / "x-archive"),
            "--profile",
            str(REPO / "examples" / "role.toml"),
            "--db",
            str(tmp / f"{lang}.db"),
            "-o",
            str(report),
            "--lang",
            lang,
            "--exit-zero",
            "--quiet",
        ],
    )
    if result.exit_code != 0:
        print(result.output, file=sys.stderr)
        return None
    return report


def _save(png: bytes, target: Path) -> None:
    """Write the PNG, reduced to a palette when Pillow is there (text and flat colours survive)."""
    try:
        from PIL import Image
    except ImportError:
        target.write_bytes(png)
        return
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(target, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs", help="folder for the PNG files")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=180_000)
        page = browser.new_page(viewport=VIEWPORT)
        for lang in ("en", "fr"):
            report = _audit(Path(tmp), lang)
            if report is None:
                return 1
            page.goto(report.as_uri(), wait_until="load")
            shots = {f"report-{lang}.png": page.screenshot()}
            top = page.locator("#findings").bounding_box()
            assert top is not None
            shots[f"report-{lang}-cards.png"] = page.screenshot(
                full_page=True,
                clip={"x": 0, "y": top["y"], "width": VIEWPORT["width"], "height": CARDS_HEIGHT},
            )
            for name, png in shots.items():
                target = args.out / name
                _save(png, target)
                shown = target.relative_to(REPO) if target.is_relative_to(REPO) else target
                print(f"wrote {shown} ({target.stat().st_size / 1000:.0f} KB)")
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
