"""Analyze subjects on every core while one process reads and writes the database.

Rules are pure functions of a subject, so a scan can hand batches of subjects to worker
processes and take their findings back in the order it sent them: the writer sees exactly the
sequence a one-process scan would see (same ids, same scores, same reports). Workers are started
only when a scan turns out to be big enough to repay their start (each imports the rules and
loads the word models, about a second), and only a bounded number of batches is ever in flight,
so memory stays flat however large the archive.

Workers are spawned, never forked: the parent holds an open SQLite connection and a write
transaction, which a forked child must not inherit.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from footprint.records import Subject
from footprint.role import RoleProfile

if TYPE_CHECKING:
    # The analyzer imports every rule (0.3 s): a scan with nothing to read never needs it.
    from footprint.analyzer import AnalysisResult, Analyzer

T = TypeVar("T")

# A scan smaller than this stays in one process: spawning workers and loading the rules in each
# costs about a second, which a few thousand posts never win back.
MIN_PARALLEL_SUBJECTS = 4_000
BATCH = 400
# Batches in flight per worker: enough to keep each busy while the parent writes, few enough
# that memory does not grow with the archive.
IN_FLIGHT_PER_WORKER = 3

_worker_analyzer: Analyzer | None = None


def default_workers() -> int:
    """The cores this process may use (its affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _start_worker(rule_codes: Sequence[str], role: RoleProfile) -> None:
    global _worker_analyzer
    from footprint.analyzer import Analyzer
    from footprint.rules import load_rules

    _worker_analyzer = Analyzer(load_rules(rule_codes), role)


def _analyze_batch(subjects: list[Subject]) -> list[AnalysisResult]:
    assert _worker_analyzer is not None, "worker started without its analyzer"
    return [_worker_analyzer.analyze(subject) for subject in subjects]


class ScanWorkers:
    """Analyze subjects with the rules named by `rule_codes`, in this process or in workers.

    `rule_codes` (not rule objects) cross to the workers, which build the same rules from the
    registry, so a worker analyzes exactly as `Analyzer(load_rules(rule_codes), role)` would here.
    """

    def __init__(
        self,
        rule_codes: Sequence[str],
        role: RoleProfile,
        *,
        workers: int | None = None,
        min_parallel: int | None = None,
        batch: int | None = None,
        local: Analyzer | None = None,
    ) -> None:
        self.rule_codes = list(rule_codes)
        self.role = role
        self.workers = default_workers() if workers is None else max(1, workers)
        self.min_parallel = MIN_PARALLEL_SUBJECTS if min_parallel is None else min_parallel
        self.batch = max(1, BATCH if batch is None else batch)
        # The analyzer for scans too small for workers (the caller's, when it has one); built
        # on first use, so a scan that finds nothing to read never loads the rules.
        self._local = local
        self.used_workers = 0  # how many worker processes the last `map` started

    @property
    def local(self) -> Analyzer:
        if self._local is None:
            from footprint.analyzer import Analyzer
            from footprint.rules import load_rules

            self._local = Analyzer(load_rules(self.rule_codes), self.role)
        return self._local

    def map(self, items: Iterable[T], subject_of: Callable[[T], Subject]) -> Iterator[tuple[T, AnalysisResult]]:
        """Each item with the analysis of its subject, in the order the items came."""
        self.used_workers = 0
        source = iter(items)
        head = list(islice(source, self.min_parallel)) if self.workers > 1 else []
        if self.workers <= 1 or len(head) < max(1, self.min_parallel):
            for item in head:
                yield item, self.local.analyze(subject_of(item))
            for item in source:
                yield item, self.local.analyze(subject_of(item))
            return
        yield from self._in_workers(head, source, subject_of)

    def _in_workers(
        self, head: list[T], source: Iterator[T], subject_of: Callable[[T], Subject]
    ) -> Iterator[tuple[T, AnalysisResult]]:
        context = multiprocessing.get_context("spawn")
        pending: deque[tuple[list[T], Future[list[AnalysisResult]]]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER

        def batches() -> Iterator[list[T]]:
            for start in range(0, len(head), self.batch):
                yield head[start:start + self.batch]
            while chunk := list(islice(source, self.batch)):
                yield chunk

        with ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(self.rule_codes, self.role),
        ) as pool:
            self.used_workers = self.workers
            for chunk in batches():
                pending.append((chunk, pool.submit(_analyze_batch, [subject_of(item) for item in chunk])))
                while len(pending) >= limit:
                    yield from self._collect(pending.popleft())
            while pending:
                yield from self._collect(pending.popleft())

    @staticmethod
    def _collect(entry: tuple[list[T], Future[list[AnalysisResult]]]) -> Iterator[tuple[T, AnalysisResult]]:
        chunk, future = entry
        yield from zip(chunk, future.result(), strict=True)
