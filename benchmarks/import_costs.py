"""Where an import's CPU goes, per post (issue 20, item 2): parsing the export, the connectors'
type checks, building rows with their raw-record fingerprint, and writing them; then whether
reading on a second thread (a bounded queue of record batches) shortens the import.

    .venv/bin/python benchmarks/import_costs.py                  # the X 10k archive (~1 minute)
    .venv/bin/python benchmarks/import_costs.py --size 100k --pairs 2

Figures are CPU seconds of this process (best of `--repeat`), per post in microseconds; the
threaded A/B alternates the two ways (`--pairs` of each) and gives CPU and wall medians. The
archives come from generate.py (made when missing, reused otherwise).
"""

from __future__ import annotations

import argparse
import queue
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402  (benchmarks/ is not a package)

from footprint import pipeline  # noqa: E402
from footprint.connectors import ArchiveSource, find_jobs  # noqa: E402
from footprint.connectors import base as connector_base  # noqa: E402
from footprint.records import Item, Record  # noqa: E402
from footprint.store import Store, writer  # noqa: E402

_END = object()


def best_cpu(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def read_records(path: Path) -> list[Record]:
    source = ArchiveSource(path)
    try:
        (job,) = find_jobs(source)
        return list(job.importer().iter_records(source, job.root))
    finally:
        source.close()


def costs(path: Path, repeat: int) -> None:
    records: list[Record] = []

    def parse() -> None:
        records[:] = read_records(path)

    parsed = best_cpu(parse, repeat)
    items = [record for record in records if isinstance(record, Item)]
    n = len(items)
    rows = [writer._item_values(item, 1, 1) for item in items]
    raws = [None if row[14] is None else row[14].encode() for row in rows]
    lines = [
        ("parse the export (connector, type checks included)", parsed),
        ("  of which type checks (_well_typed)", best_cpu(lambda: [connector_base._well_typed(i) for i in items], repeat)),
        ("row build (raw JSON + fingerprint)", best_cpu(lambda: [writer._item_values(i, 1, 1) for i in items], repeat)),
        ("  of which the fingerprint (_fingerprint)", best_cpu(
            lambda: [writer._fingerprint(r[:15], i.media, j) for r, i, j in zip(rows, items, raws, strict=True)], repeat
        )),
    ]
    with tempfile.TemporaryDirectory() as folder:
        runs = iter(range(repeat * 2))

        def write() -> None:
            with Store(Path(folder) / f"w{next(runs)}.db") as store:
                store.import_records(source="bench", connector="bench", sha256=str(time.time()), records=iter(records))

        lines.append(("write side (row build + SQLite, records parsed)", best_cpu(write, repeat)))

        def whole() -> None:
            with Store(Path(folder) / f"a{next(runs)}.db") as store:
                pipeline.import_paths(store, [path], pictures=False)

        lines.append(("whole import (import_paths, streamed)", best_cpu(whole, repeat)))
    print(f"\n{path.name}: {n:,} posts, CPU seconds (best of {repeat}) and microseconds per post")
    for label, seconds in lines:
        print(f"  {label:<52} {seconds:7.3f} s  {seconds / n * 1e6:7.2f} µs")


def on_a_thread(records: Iterable[Record], batch: int = 256, depth: int = 8) -> Iterator[Record]:
    """`records` read on another thread, handed over in batches through a bounded queue."""
    handed: queue.Queue[Any] = queue.Queue(depth)

    def read() -> None:
        try:
            source = iter(records)
            while chunk := list(islice(source, batch)):
                handed.put(chunk)
            handed.put(_END)
        except BaseException as exc:  # re-raised in the writer, which rolls the import back
            handed.put(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    while (chunk := handed.get()) is not _END:
        if isinstance(chunk, BaseException):
            raise chunk
        yield from chunk
    reader.join()


def threaded_ab(path: Path, pairs: int) -> None:
    inline = pipeline._records
    figures: dict[str, list[tuple[float, float]]] = {"inline": [], "reader thread": []}
    with tempfile.TemporaryDirectory() as folder:
        for pair in range(pairs):
            for way in ("inline", "reader thread") if pair % 2 == 0 else ("reader thread", "inline"):
                pipeline._records = inline if way == "inline" else (lambda *a: on_a_thread(inline(*a)))  # type: ignore[assignment]
                try:
                    with Store(Path(folder) / f"{pair}-{way}.db") as store:
                        cpu, wall = time.process_time(), time.perf_counter()
                        pipeline.import_paths(store, [path], pictures=False)
                        figures[way].append((time.process_time() - cpu, time.perf_counter() - wall))
                finally:
                    pipeline._records = inline
    print(f"\nreader thread A/B, {pairs} alternating runs each (medians)")
    for way, runs in figures.items():
        print(f"  {way:<14} CPU {statistics.median(r[0] for r in runs):6.3f} s   wall {statistics.median(r[1] for r in runs):6.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="10k", help="X archive size (default 10k)")
    parser.add_argument("--out", type=Path, default=generate.DEFAULT_OUT, help="folder of the archives")
    parser.add_argument("--repeat", type=int, default=3, help="runs per cost, best kept (default 3)")
    parser.add_argument("--pairs", type=int, default=4, help="alternating runs of each way in the A/B (0: none)")
    args = parser.parse_args()
    n = generate.parse_size(args.size)
    paths = generate.Paths(args.out)
    generate.ensure_x(paths, n, trigger_rate=0.10)
    archive = paths.x(n, "tweets")
    costs(archive, max(1, args.repeat))
    if args.pairs > 0:
        threaded_ab(archive, args.pairs)


if __name__ == "__main__":
    main()
