"""What a full re-scan pays to replace old findings, with and without `ix_findings_item`.

A re-scan deletes each batch's old findings by item id (footprint/store/scanning.py, batches of
SQL_PARAMS ids). Without an index on findings.item_id every batch reads the whole findings
table, so the cost grows with items x findings. This replays those statements on an in-memory
table shaped like the store's, at the sizes given, and prints the seconds each way.

    .venv/bin/python benchmarks/rescan_findings.py [--items 100000,1000000] [--flag-rate 0.13]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from footprint.store._tables import SQL_PARAMS  # noqa: E402


def replace_all(items: int, findings: int, indexed: bool) -> float:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE findings (id TEXT PRIMARY KEY, item_id INTEGER, first_scan_id INTEGER, score REAL, message TEXT)")
    rnd = random.Random(1)
    conn.executemany(
        "INSERT INTO findings VALUES (?, ?, 1, 1.0, ?)",
        ((f"f{i}", rnd.randrange(items), "x" * 80) for i in range(findings)),
    )
    if indexed:
        conn.execute("CREATE INDEX ix_findings_item ON findings (item_id)")
    started = time.perf_counter()
    ids = list(range(items))
    for start in range(0, items, SQL_PARAMS):
        chunk = ids[start : start + SQL_PARAMS]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"SELECT id, first_scan_id, score FROM findings WHERE item_id IN ({marks})", chunk).fetchall()
        conn.execute(f"DELETE FROM findings WHERE item_id IN ({marks})", chunk)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", default="100000,1000000")
    parser.add_argument("--flag-rate", type=float, default=0.13, help="findings per item (0.13 on the 100k generated archive)")
    args = parser.parse_args()
    for items in (int(n) for n in args.items.split(",")):
        findings = int(items * args.flag_rate)
        without = replace_all(items, findings, indexed=False)
        with_index = replace_all(items, findings, indexed=True)
        print(f"{items:>9,} items, {findings:>7,} findings: replacing them all takes {without:6.2f} s without the index, "
              f"{with_index:5.2f} s with it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
