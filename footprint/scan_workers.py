"""Analyze subjects on every core while one process reads and writes the database.

Rules are pure functions of a subject, so a scan can hand batches of subjects to worker
processes and take their findings back in the order it sent them: the writer sees exactly the
sequence a one-process scan would see (same ids, same scores, same reports). Workers are started
only when a scan turns out to be big enough to repay their start (each imports the rules and
loads the word models, about a second), and only a bounded number of batches is ever in flight,
so memory stays flat however large the archive.

An audit starts them earlier: while the import goes on, the subjects of each batch of posts the
store has just written are handed to the workers (`ahead`), so both cores work at once; the scan
then takes each analysis whose subject it reads back unchanged, and analyzes the rest. What
waits for the scan is held compactly (`ahead_analyses`) and bounded by its size in bytes.

What crosses between processes is kept small, since pickling was a fifth of a parallel scan's
CPU: a subject goes as a tuple of what rules read, and only subjects that gave findings or rule
errors come back, their findings as tuples.

Workers are spawned, never forked: the parent holds an open SQLite connection and a write
transaction, which a forked child must not inherit.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from footprint.ahead_analyses import AheadAnalyses, pack
from footprint.records import Confidence, Evidence, Finding, Severity, Subject
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
# Memory for analyses done ahead and not yet taken by the scan, at most (estimated): the import
# stops handing subjects over beyond this (the scan analyzes the rest). Held compactly, a
# million posts of which one in nine says something take about 80 MB (462 packed bytes per
# subject with findings, measured on the 100k benchmark archive); this is room for ~800,000.
AHEAD_BYTES = 64 * 2**20
# Bytes per subject assumed for batches in flight until some analyses have come back.
_AHEAD_GUESS = 100

# A subject as it crosses to a worker: platform, account id, native id, kind, fields (tuple of
# pairs), created_at, language, url, like count, repost count, followers, pictures.
Wire = tuple[Any, ...]
# What a worker sends back for one subject with something to say: its index in the batch, its
# findings as tuples (see `_finding_wire`) and its rule errors.
Said = tuple[int, tuple[tuple[Any, ...], ...], tuple[tuple[str, str], ...]]

_worker_analyzer: Analyzer | None = None


def default_workers() -> int:
    """The cores this process may use (its affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def to_wire(subject: Subject) -> Wire:
    return (
        subject.platform, subject.account_id, subject.native_id, subject.kind, tuple(subject.fields.items()),
        subject.created_at, subject.language, subject.url, subject.like_count, subject.repost_count,
        subject.followers, subject.pictures,
    )


def from_wire(wire: Wire) -> Subject:
    (platform, account_id, native_id, kind, fields, created_at, language, url, likes, reposts, followers,
     pictures) = wire
    return Subject(platform, account_id, native_id, kind, dict(fields), created_at, language, url, likes, reposts,
                   followers, pictures)


def _finding_wire(finding: Finding) -> tuple[Any, ...]:
    return (
        finding.id, finding.rule, finding.category, int(finding.severity), int(finding.confidence), finding.score,
        finding.message, tuple((e.field, e.start, e.end, e.text) for e in finding.evidence), finding.subject_kind,
        finding.platform, finding.account_id, finding.native_id, tuple(finding.weighting.items()),
    )


def _finding_from_wire(wire: tuple[Any, ...]) -> Finding:
    (finding_id, rule, category, severity, confidence, score, message, evidence, subject_kind, platform,
     account_id, native_id, weighting) = wire
    return Finding(
        finding_id, rule, category, Severity(severity), Confidence(confidence), score, message,
        tuple(Evidence(*span) for span in evidence), subject_kind, platform, account_id, native_id, dict(weighting),
    )


def _results(said: Sequence[Said | None]) -> list[AnalysisResult]:
    from footprint.analyzer import AnalysisResult

    return [
        AnalysisResult() if found is None else AnalysisResult([_finding_from_wire(w) for w in found[1]], list(found[2]))
        for found in said
    ]


def _start_worker(rule_codes: Sequence[str], role: RoleProfile) -> None:
    global _worker_analyzer
    from footprint.analyzer import Analyzer
    from footprint.rules import load_rules

    _worker_analyzer = Analyzer(load_rules(rule_codes), role)


def _analyze_batch(batch: list[Wire]) -> list[Said]:
    assert _worker_analyzer is not None, "worker started without its analyzer"
    said: list[Said] = []
    for index, wire in enumerate(batch):
        result = _worker_analyzer.analyze(from_wire(wire))
        if result.findings or result.errors:
            said.append((index, tuple(_finding_wire(f) for f in result.findings), tuple(result.errors)))
    return said


def _analyze_ahead(batch: list[Wire]) -> list[tuple[int, bytes]]:
    """As `_analyze_batch`, what each subject said packed here: it waits in the parent, maybe
    for minutes, as a few hundred bytes rather than a tree of objects."""
    return [(index, pack(findings, errors)) for index, findings, errors in _analyze_batch(batch)]


class ScanWorkers:
    """Analyze subjects with the rules named by `rule_codes`, in this process or in workers.

    `rule_codes` (not rule objects) cross to the workers, which build the same rules from the
    registry, so a worker analyzes exactly as `Analyzer(load_rules(rule_codes), role)` would here.
    Workers started by `ahead` live until `close` (or the end of a `with` block); those `map`
    starts itself, until its end.
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
        self.used_workers = 0  # how many worker processes the last `map` (or `ahead`) started
        self._pool: ProcessPoolExecutor | None = None
        # Ahead: subjects waiting for a full batch, batches in flight, and the analyses done, by
        # key: the hash of the subject analyzed, and what it said (None: nothing).
        self._waiting: list[tuple[Hashable, Wire]] = []
        self._sent: deque[tuple[list[tuple[Hashable, int]], Future[list[tuple[int, bytes]]]]] = deque()
        self._done = AheadAnalyses()
        self.ahead_reused = 0  # how many analyses done ahead the last `map` took

    @property
    def local(self) -> Analyzer:
        if self._local is None:
            from footprint.analyzer import Analyzer
            from footprint.rules import load_rules

            self._local = Analyzer(load_rules(self.rule_codes), self.role)
        return self._local

    def __enter__(self) -> ScanWorkers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers and forget what was analyzed ahead."""
        pool, self._pool = self._pool, None
        self._waiting, self._done = [], AheadAnalyses()
        if pool is not None:
            for _, future in self._sent:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
        self._sent.clear()

    def rest(self) -> None:
        """Stop the workers but keep what they analyzed ahead, so another pool (the picture
        checks') never runs beside them: summed memory stays that of one pool. Subjects still
        waiting for a batch are left for the scan, which starts workers again if it needs them."""
        if self._pool is None:
            return
        self._gather(wait=True)
        pool, self._pool = self._pool, None
        self._waiting = []
        pool.shutdown(wait=True)

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self.rule_codes, self.role),
            )
            self.used_workers = self.workers
        return self._pool

    @property
    def _limit(self) -> int:
        return self.workers * IN_FLIGHT_PER_WORKER

    # -- ahead: while the import goes on

    def ahead(self, entries: Iterable[tuple[Hashable, Subject]]) -> None:
        """Analyze these subjects in the workers now, if they have room, so `map` can take the
        analysis of an item with the same key whose subject is still the same. Never waits:
        what finds no room is left for `map`. Does nothing with one worker."""
        if self.workers <= 1:
            return
        self._gather(wait=False)
        busy = len(self._sent) >= self._limit or self._ahead_bytes() >= AHEAD_BYTES
        if busy and self._pool is not None:
            return  # the workers are behind: these subjects are left for the scan
        self._waiting.extend((key, to_wire(subject)) for key, subject in entries if not subject.pictures)
        if self._pool is None and len(self._waiting) < self.min_parallel:
            return  # too few yet to repay starting the workers
        pool = self._start()
        while len(self._waiting) >= self.batch and len(self._sent) < self._limit:
            chunk, self._waiting = self._waiting[: self.batch], self._waiting[self.batch :]
            self._sent.append(
                ([(key, hash(wire)) for key, wire in chunk], pool.submit(_analyze_ahead, [wire for _, wire in chunk]))
            )
        if len(self._sent) >= self._limit:
            self._waiting = []

    def _ahead_bytes(self) -> int:
        """Memory held and soon held by analyses done ahead (estimated)."""
        done = self._done
        per_subject = done.nbytes / done.added if done.added else _AHEAD_GUESS
        return int(done.nbytes + len(self._sent) * self.batch * per_subject)

    def _gather(self, *, wait: bool) -> None:
        """Keep the analyses done ahead (all of them with `wait`, else those finished)."""
        while self._sent and (wait or self._sent[0][1].done()):
            keys, future = self._sent.popleft()
            said = dict(future.result())
            for index, (key, digest) in enumerate(keys):
                self._done.add(key, digest, said.get(index))

    def _take(self, key: Hashable, subject: Subject) -> tuple[bool, Said | None]:
        """(True, what was said) when `subject` was analyzed ahead under `key` exactly as it is."""
        done = self._done.take(key)
        if done is None or subject.pictures:
            return False, None
        digest, said = done
        if digest != hash(to_wire(subject)):
            return False, None
        return True, (None if said is None else (0, *said))

    # -- the scan

    def map(
        self,
        items: Iterable[T],
        subject_of: Callable[[T], Subject],
        key_of: Callable[[T], Hashable | None] | None = None,
    ) -> Iterator[tuple[T, AnalysisResult]]:
        """Each item with the analysis of its subject, in the order the items came. With
        `key_of`, an item whose subject was analyzed ahead under its key, unchanged, is not
        analyzed again."""
        self.ahead_reused = 0
        source = iter(items)
        if self._pool is not None:
            self._gather(wait=True)
            self._waiting = []
            yield from self._in_workers([], source, subject_of, key_of)
            return
        self.used_workers = 0
        head = list(islice(source, self.min_parallel)) if self.workers > 1 else []
        if self.workers <= 1 or len(head) < max(1, self.min_parallel):
            for item in head:
                yield item, self.local.analyze(subject_of(item))
            for item in source:
                yield item, self.local.analyze(subject_of(item))
            return
        try:
            yield from self._in_workers(head, source, subject_of, key_of)
        finally:
            self.close()

    def _in_workers(
        self,
        head: list[T],
        source: Iterator[T],
        subject_of: Callable[[T], Subject],
        key_of: Callable[[T], Hashable | None] | None,
    ) -> Iterator[tuple[T, AnalysisResult]]:
        pool = self._start()
        pending: deque[tuple[list[T], list[Said | None], list[int], Future[list[Said]] | None]] = deque()
        limit = self._limit

        def batches() -> Iterator[list[T]]:
            for start in range(0, len(head), self.batch):
                yield head[start:start + self.batch]
            while chunk := list(islice(source, self.batch)):
                yield chunk

        for chunk in batches():
            said: list[Said | None] = [None] * len(chunk)
            sent: list[int] = []
            wires: list[Wire] = []
            for index, item in enumerate(chunk):
                subject = subject_of(item)
                key = key_of(item) if key_of is not None and self._done else None
                if key is not None:
                    reused, found = self._take(key, subject)
                    if reused:
                        said[index] = found
                        self.ahead_reused += 1
                        continue
                sent.append(index)
                wires.append(to_wire(subject))
            pending.append((chunk, said, sent, pool.submit(_analyze_batch, wires) if wires else None))
            while len(pending) >= limit or (pending and pending[0][3] is None):
                yield from self._collect(pending.popleft())
        while pending:
            yield from self._collect(pending.popleft())

    @staticmethod
    def _collect(
        entry: tuple[list[T], list[Said | None], list[int], Future[list[Said]] | None],
    ) -> Iterator[tuple[T, AnalysisResult]]:
        chunk, said, sent, future = entry
        if future is not None:
            for found in future.result():
                said[sent[found[0]]] = found
        yield from zip(chunk, _results(said), strict=True)
