"""A screenshot of the review page (`footprint serve`) on the bundled example, for the README.

    python scripts/serve_screenshot.py              # writes docs/serve-en.png
    python scripts/serve_screenshot.py --lang fr    # writes docs/serve-fr.png

The example is audited into a temporary database, then served on 127.0.0.1 (a free port, stopped
at the end) and opened with Debian's Chromium through Playwright (never `playwright install`).
The picture is one browser window (1000x900): the counter, the filters and the first item, which
was just confirmed with the keyboard (`j` then `c`), the next one holding the focus. With Pillow
(the `images` or `dev` extra) it is reduced to a 256-colour palette, well under 300 KB.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
VIEWPORT = {"width": 1000, "height": 900}


def _audit(db: Path) -> bool:
    from click.testing import CliRunner

    from footprint.cli import main as footprint

    result = CliRunner().invoke(
        footprint,
        ["audit", str(REPO / "examples" / "x-archive"), "--profile", str(REPO / "examples" / "role.toml"),
         "--db", str(db), "--format", "json", "-o", str(db.with_suffix(".json")), "--exit-zero", "--quiet"],
    )
    if result.exit_code != 0:
        print(result.output, file=sys.stderr)
    return result.exit_code == 0


def _save(png: bytes, target: Path) -> None:
    try:
        from PIL import Image
    except ImportError:
        target.write_bytes(png)
        return
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(target, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["en", "fr"], default="en")
    parser.add_argument("--out", type=Path, default=REPO / "docs", help="folder for the PNG file")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from playwright.sync_api import sync_playwright

    from footprint.serve import ReviewServer
    from footprint.store import Store

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "example.db"
        if not _audit(db):
            return 1
        with Store(db) as store, ReviewServer(store, language=args.lang) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=180_000)
            try:
                page = browser.new_page(viewport=VIEWPORT)
                page.goto(server.link, wait_until="load")
                first = page.locator("#results li.finding").first.get_attribute("id")
                page.keyboard.press("j")
                page.keyboard.press("c")
                page.wait_for_function(
                    "(id) => document.getElementById(id).dataset.decision === 'confirm'", arg=first
                )
                page.wait_for_function("() => document.activeElement.closest('li.finding')")
                # The page's top: counter and filters, then the decided card and the next one.
                page.evaluate("() => window.scrollTo(0, document.getElementById('progress-title').offsetTop - 8)")
                png = page.screenshot()
            finally:
                browser.close()
    target = args.out / f"serve-{args.lang}.png"
    _save(png, target)
    shown = target.relative_to(REPO) if target.is_relative_to(REPO) else target
    print(f"wrote {shown} ({target.stat().st_size / 1000:.0f} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
