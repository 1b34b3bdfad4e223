"""Screenshots of the bundled example's HTML report, in English and French, for the README.

    python scripts/report_screenshots.py        # writes docs/report-en.png and docs/report-fr.png

Full page, 1000 px wide, taken with Debian's Chromium through Playwright (never `playwright
install`). Install fonts-noto-color-emoji first, or the emoji in the example posts show as boxes.
"""

from __future__ import annotations

import argparse
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs", help="folder for the PNG files")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from click.testing import CliRunner
    from playwright.sync_api import sync_playwright

    from footprint.cli import main as footprint

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=180_000)
        page = browser.new_page(viewport={"width": 1000, "height": 800})
        for lang in ("en", "fr"):
            report = Path(tmp) / f"report-{lang}.html"
            result = CliRunner().invoke(
                footprint,
                [
                    "audit",
                    str(REPO / "examples" / "x-archive"),
                    "--profile",
                    str(REPO / "examples" / "role.toml"),
                    "--db",
                    str(Path(tmp) / f"{lang}.db"),
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
                return 1
            page.goto(report.as_uri(), wait_until="load")
            # Findings use `content-visibility: auto`, which leaves those below the fold unpainted
            # in a full-page screenshot (printing renders them anyway): paint them all.
            page.add_style_tag(content=".finding { content-visibility: visible !important; }")
            target = args.out / f"report-{lang}.png"
            page.screenshot(path=str(target), full_page=True)
            print(f"wrote {target.relative_to(REPO) if target.is_relative_to(REPO) else target}")
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
