"""How fast the review page (`footprint serve`) is with about 10,000 findings (issue 18).

    python benchmarks/serve.py                 # generates x-findings.zip (10,000 posts) and audits it once
    python benchmarks/serve.py --db FILE       # an audited database you already have (it is copied)

Prints, measured in Debian's Chromium through Playwright (never `playwright install`):

- first paint: from asking for the page to Chromium's first-contentful-paint, on the first
  request after the server starts (rules and templates load then) and on later ones;
- a decision by keyboard: from the `c` key's keydown to the next frame after the card was
  replaced (the POST, the write to SQLite, the new card, the counter), over --decisions keys;
- a filter change and a page turn (the /results round trip and the new cards drawn).

Targets from the issue: first paint under 2 s, decisions under 100 ms. Figures are printed,
never asserted.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]

# Set up before a key is pressed: resolves with the milliseconds from that keydown to the
# frame after the current card was replaced by the server's answer.
ARM_DECISION = """() => {
  const card = document.activeElement.closest("li.finding");
  window.__decided = new Promise((resolve) => {
    let start = 0;
    document.addEventListener("keydown", () => { start = performance.now(); }, {capture: true, once: true});
    const watch = new MutationObserver(() => {
      if (!card.isConnected) {
        watch.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      }
    });
    watch.observe(document.getElementById("results"), {childList: true, subtree: true});
  });
}"""
ARM_RESULTS = """() => {
  const before = document.querySelector("#results li.finding");
  window.__loaded = new Promise((resolve) => {
    const start = performance.now();
    const watch = new MutationObserver(() => {
      if (!before || !before.isConnected) {
        watch.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      }
    });
    watch.observe(document.getElementById("results"), {childList: true});
  });
}"""


def _audited(work: Path) -> Path:
    bench = work / "bench"
    subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "generate.py"), "--sizes", "", "--other-sizes", "",
         "--findings-sizes", "10k", "--out", str(bench)],
        check=True, stdout=subprocess.DEVNULL,
    )
    db = work / "findings.db"
    subprocess.run(
        [sys.executable, "-m", "footprint", "audit", str(bench / "x-findings.zip"), "--db", str(db),
         "--format", "json", "-o", str(work / "report.json"), "--exit-zero", "--quiet"],
        check=True, cwd=REPO,
    )
    return db


def _first_paint(page: Any, url: str) -> tuple[float, float]:
    started = time.perf_counter()
    page.goto(url, wait_until="load")
    loaded = (time.perf_counter() - started) * 1000
    # Paint entries may be queued after the load event: wait for the one of this navigation.
    paint = page.evaluate(
        """() => new Promise((resolve) => new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName("first-contentful-paint")[0];
          if (entry) { observer.disconnect(); resolve(entry.startTime); }
        }).observe({type: "paint", buffered: true}))"""
    )
    return float(paint), loaded


def _summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return f"median {statistics.median(values):.0f} ms, p95 {p95:.0f} ms, max {max(values):.0f} ms (n={len(values)})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an audited database (copied; the copy takes the decisions)")
    parser.add_argument("--decisions", type=int, default=30, help="keyboard decisions to time")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is absent: apt-get install chromium", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    from footprint.serve import ReviewServer
    from footprint.store import Store

    with tempfile.TemporaryDirectory(prefix="footprint-serve-bench-") as folder:
        work = Path(folder)
        db = work / "copy.db"
        shutil.copyfile(args.db, db) if args.db else shutil.move(str(_audited(work)), db)
        with Store(db) as store, ReviewServer(store) as server, sync_playwright() as playwright:
            from footprint.reports.context import review_source

            findings = len(review_source(store))
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            try:
                context = browser.new_context(viewport={"width": 1000, "height": 900})
                page = context.new_page()
                cold_paint, cold_load = _first_paint(page, server.link)
                warm = [_first_paint(page, f"http://127.0.0.1:{server.port}/") for _ in range(5)]
                size = len(page.content().encode("utf-8"))
                decided: list[float] = []
                page.keyboard.press("j")
                for _ in range(args.decisions):
                    page.evaluate(ARM_DECISION)
                    page.keyboard.press("c")
                    decided.append(float(page.evaluate("() => window.__decided")))
                    # The next card has focus once the answer is drawn.
                    page.wait_for_function("() => document.activeElement.closest('li.finding')")
                filtered: list[float] = []
                for value in ("high", "medium", ""):
                    page.evaluate(ARM_RESULTS)
                    page.select_option("select[name=severity]", value)
                    filtered.append(float(page.evaluate("() => window.__loaded")))
                turned: list[float] = []
                for _ in range(5):
                    page.evaluate(ARM_RESULTS)
                    page.click(".pager a[data-page=next]")
                    turned.append(float(page.evaluate("() => window.__loaded")))
            finally:
                browser.close()
    print(f"review page with {findings:,} items to review, 50 cards a page ({size / 1000:.0f} KB of HTML)")
    print(f"first paint, first request after start: {cold_paint:.0f} ms (load event {cold_load:.0f} ms)")
    print(f"first paint, later requests: {_summary([paint for paint, _ in warm])}")
    print(f"decision by keyboard (keydown to the redrawn card): {_summary(decided)}")
    print(f"filter change (to the new cards drawn): {_summary(filtered)}")
    print(f"next page (to the new cards drawn): {_summary(turned)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
