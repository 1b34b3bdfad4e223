"""What the browser tests share: Debian's Chromium driven by Playwright (never `playwright
install`), axe-core from npm, and a recorder of Content-Security-Policy violations. Importing this
module skips the importing test module when Chromium or Playwright is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# The first Chromium start on a fresh machine builds its font and profile caches (~40 s).
LAUNCH_TIMEOUT_MS = 180_000
PAGE_TIMEOUT_MS = 60_000

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"{CHROMIUM} is absent: apt-get install chromium (.ci/run does it when run as root)",
)
sync_api = pytest.importorskip(
    "playwright.sync_api",
    reason="playwright is not installed: pip install -e '.[dev]' (never `playwright install`)",
)

# Records every Content-Security-Policy violation from the first byte of the page (an init
# script is injected by the browser itself, so the page's CSP does not apply to it).
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push({
    directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample,
  });
});
"""
