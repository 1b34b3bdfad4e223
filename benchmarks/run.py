"""Benchmarks for issue 9: import, scan and report times, throughput and peak memory, checked
against the targets, with twitter-to-sqlite run on the same archive for comparison.

Every phase runs as the real command (`python -m footprint import|scan|report …`) in a fresh
subprocess; its wall time is measured here and its peak memory is the kernel's own accounting
of that child (`ru_maxrss` from `os.wait4`, the figure `/usr/bin/time -v` prints). The archives
come from `generate.py` and are reused between runs (generate once, ~2 minutes for 1M).

    .venv/bin/python benchmarks/run.py                    # 10k, 100k and 1M (~20 minutes)
    .venv/bin/python benchmarks/run.py --sizes 10k        # quick run (~1 minute)
    .venv/bin/python benchmarks/run.py --profile 100k     # cProfile of the 100k import and scan
    .venv/bin/python benchmarks/run.py --import-only --sizes 100k,1M --other-sizes '' --repeat 3
                                                          # imports only, against the peer, best of 3
    .venv/bin/python benchmarks/run.py --report-only --report-sizes 10k,100k
                                                          # reports only (4 formats, ~11,700 and ~117,000 findings)

Results go to stdout, to benchmarks/results.md, and into benchmarks/README.md between the
results markers. Figures are checked here, never by timed assertions in the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (benchmarks/ is not a package)

PEER_VENV = Path(os.environ.get("FOOTPRINT_PEER_VENV", "/tmp/footprint-bench-peer-venv"))
RESULTS = HERE / "results.md"
README = HERE / "README.md"
START_MARK, END_MARK = "<!-- results:start -->", "<!-- results:end -->"

TARGET_PEER_RATIO = 5.0
TARGET_AUDIT_RATIO = 1.0
TARGET_PEAK_MB = 200.0
TARGET_FLAT = 1.25  # peak at the largest size at most 25 % above the peak at the smallest
TARGET_ANALYZER = 10_000.0
TARGET_REPORT_S = 5.0
REPORT_FORMATS = ("html", "json", "csv", "md")
TARGET_RESCAN = 0.05


# ---------------------------------------------------------------------------- measuring


@dataclass
class Run:
    seconds: float
    peak_mb: float
    rc: int
    stdout: str
    stderr: str
    cpu_s: float = 0.0
    others: float = 0.0  # CPU cores other processes used meanwhile (the machine may be shared)

    @property
    def ok(self) -> bool:
        return self.rc == 0


_TICK = os.sysconf("SC_CLK_TCK")


def cpu_busy() -> float:
    """Seconds of CPU the whole machine has spent busy since boot (all cores, /proc/stat)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    values = [int(v) for v in fields[:8]]
    idle = values[3] + values[4]
    return (sum(values) - idle) / _TICK


def quietest_cpu() -> int:
    """The CPU (of those we may use) that was idle the most over the last half second."""
    def sample() -> dict[int, int]:
        idle = {}
        for line in Path("/proc/stat").read_text().splitlines()[1:]:
            if not line.startswith("cpu"):
                break
            name, *values = line.split()
            idle[int(name[3:])] = int(values[3]) + int(values[4])
        return idle

    allowed = os.sched_getaffinity(0)
    before = sample()
    time.sleep(0.5)
    after = sample()
    return max(allowed, key=lambda c: after.get(c, 0) - before.get(c, 0))


def wait_quiet(max_wait: float, threshold: float = 0.35, log: Any = None) -> float:
    """Wait (up to max_wait s) until other processes use under `threshold` cores for 2 s in a row."""
    began = time.perf_counter()
    calm = 0
    while time.perf_counter() - began < max_wait:
        before = cpu_busy()
        time.sleep(1.0)
        used = cpu_busy() - before
        calm = calm + 1 if used < threshold else 0
        if calm >= 2:
            break
    waited = time.perf_counter() - began
    if log and waited > 3:
        log(f"  (waited {waited:.0f} s for the machine to be quiet{'' if calm >= 2 else ', gave up'})")
    return waited


def measure(cmd: list[str], *, limit_bytes: int | None = None, cpu: int | None = None,
            cwd: Path | None = None) -> Run:
    """Run `cmd` in a fresh process; wall time here, peak RSS from the kernel (wait4 rusage)."""

    def setup() -> None:
        if limit_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))
        if cpu is not None:
            os.sched_setaffinity(0, {cpu})

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        busy = cpu_busy()
        began = time.perf_counter()
        # A neutral working directory: `python -m` puts it first on sys.path, and the checkout's
        # own `footprint/` there would shadow the snapshot on PYTHONPATH.
        child = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd or tempfile.gettempdir(), preexec_fn=setup)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - began
        busy = cpu_busy() - busy
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        cpu_s = usage.ru_utime + usage.ru_stime
        return Run(seconds, usage.ru_maxrss / 1024, child.returncode,
                   out.read().decode(errors="replace"), err.read().decode(errors="replace"),
                   cpu_s, max(busy - cpu_s, 0.0) / seconds if seconds else 0.0)


def footprint(*args: str) -> list[str]:
    return [sys.executable, "-m", "footprint", *args]


def count(db: Path, table: str, where: str = "") -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0])


def snapshot(target: Path) -> str:
    """Copy the code under test (laid out as installed) so edits made during a run change nothing.

    Children get it first on PYTHONPATH, ahead of the editable install. Returns a description.
    """
    if target.exists():
        shutil.rmtree(target)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "footprint", target / "footprint", ignore=ignore)
    shutil.copytree(REPO / "connectors", target / "footprint" / "connectors", ignore=ignore)
    shutil.copytree(REPO / "reports", target / "footprint" / "reports", ignore=ignore)
    os.environ["PYTHONPATH"] = str(target) + (os.pathsep + os.environ["PYTHONPATH"] if os.environ.get("PYTHONPATH") else "")
    check = measure([sys.executable, "-c", "import footprint.connectors, footprint.reports as r; print(r.__file__)"])
    if not check.stdout.startswith(str(target)):
        raise SystemExit(f"the snapshot is not what children import: {check.stdout or check.stderr}")
    return f"a snapshot of the working tree taken {datetime.now(UTC).strftime('%H:%M UTC')} ({target})"


def use_code(target: Path) -> str:
    """Children import the code laid out as installed under `target` (see `snapshot`). Returns a description."""
    target = target.resolve()
    os.environ["PYTHONPATH"] = str(target) + (os.pathsep + os.environ["PYTHONPATH"] if os.environ.get("PYTHONPATH") else "")
    check = measure([sys.executable, "-c", "import footprint.connectors, footprint.reports as r; print(r.__file__)"])
    if not check.stdout.startswith(str(target)):
        raise SystemExit(f"--code {target}: not what children import: {check.stdout or check.stderr}")
    return f"the code in {target} (--code)"


def scan_mode(db: Path) -> str:
    """How the last scan ran, from the scans table (when the store records it)."""
    with sqlite3.connect(db) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(scans)")}
        if "full" not in columns:
            return "the store does not record whether a scan was full"
        rows = conn.execute("SELECT full, ruleset FROM scans ORDER BY id DESC LIMIT 2").fetchall()
    if not rows:
        return "no scan recorded"
    if not rows[0][0]:
        return "incremental"
    if len(rows) > 1 and "ruleset" in columns and rows[0][1] != rows[1][1]:
        return "FULL: the rules changed between the two scans (files edited during the run), so this figure is void"
    return "full"


def mem_available() -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) * 1024
    return 0


def machine() -> dict[str, str]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    total = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            total = int(line.split()[1]) * 1024
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                               capture_output=True, text=True).stdout.strip()
        commit += " (with uncommitted changes)" if dirty else ""
    except OSError:
        commit = "unknown"
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "ram": f"{total / 2**30:.1f} GiB",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "os": f"{platform.system()} {platform.release()}",
        "commit": commit or "unknown",
    }


# ---------------------------------------------------------------------------- peer


def ensure_peer(log: Any) -> Path | None:
    """A throwaway venv with twitter-to-sqlite from PyPI; None (with the reason) if it fails."""
    exe = PEER_VENV / "bin" / "twitter-to-sqlite"
    if exe.exists():
        return exe
    log(f"creating {PEER_VENV} and installing twitter-to-sqlite from PyPI …")
    made = subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(PEER_VENV)], capture_output=True, text=True)
    if made.returncode != 0:
        made = subprocess.run(["python3", "-m", "venv", str(PEER_VENV)], capture_output=True, text=True)
    pip = PEER_VENV / "bin" / "pip"
    if not pip.exists():
        subprocess.run([str(PEER_VENV / "bin" / "python"), "-m", "ensurepip", "--upgrade"], capture_output=True)
    installed = subprocess.run([str(PEER_VENV / "bin" / "python"), "-m", "pip", "install", "-q", "twitter-to-sqlite"],
                               capture_output=True, text=True)
    if installed.returncode != 0 or not exe.exists():
        log(f"could not install twitter-to-sqlite: {installed.stderr.strip().splitlines()[-1:]}")
        return None
    return exe


def peer_version() -> str:
    got = subprocess.run([str(PEER_VENV / "bin" / "python"), "-c",
                          "import importlib.metadata as m; print(m.version('twitter-to-sqlite'), m.version('sqlite-utils'))"],
                         capture_output=True, text=True)
    parts = got.stdout.split()
    return f"twitter-to-sqlite {parts[0]} (sqlite-utils {parts[1]})" if len(parts) == 2 else "twitter-to-sqlite"


# ---------------------------------------------------------------------------- phases


class PhaseError(Exception):
    """A command under test failed; the section stops, the run goes on and reports it."""


@dataclass
class Phase:
    name: str
    seconds: float
    peak_mb: float
    items: int = 0
    cpu_s: float = 0.0
    others: float = 0.0

    @property
    def rate(self) -> float:
        return self.items / self.seconds if self.seconds and self.items else 0.0


@dataclass
class ArchiveResult:
    label: str
    items: int
    phases: dict[str, Phase] = field(default_factory=dict)
    findings: int = 0
    wall: float = 0.0

    def peak(self) -> float:
        return max((p.peak_mb for p in self.phases.values()), default=0.0)


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.data = generate.Paths(args.out)
        self.work = args.out / "work"
        self.work.mkdir(parents=True, exist_ok=True)
        self.lines: list[str] = []
        self.rows: list[ArchiveResult] = []
        self.peer_rows: list[dict[str, Any]] = []
        self.rescans: list[dict[str, Any]] = []
        self.analyzer: dict[str, Any] | None = None
        # One entry per report archive size: {"label", "posts", "findings", FORMAT: Phase, "FORMAT_bytes": int}.
        self.report_checks: list[dict[str, Any]] = []
        self.size_walls: dict[str, float] = {}
        self.peer_exe: Path | None = None
        self.startup: float | None = None
        self.empty_scan: Phase | None = None
        self.load = os.getloadavg()
        self.failures: list[str] = []
        self.others: list[float] = []
        self.waited = 0.0

    def section(self, title: str, func: Any, *args: Any) -> None:
        try:
            func(*args)
        except PhaseError as exc:
            self.failures.append(f"{title}: {exc}")
            self.log(f"  FAILED: {exc}")

    def measure_startup(self) -> None:
        self.quiet()
        runs = [measure(footprint("--help")) for _ in range(3)]
        self.startup = min(r.seconds for r in runs)
        self.log(f"footprint --help: {self.startup:.2f} s (best of 3)")
        if self.args.rescan_sizes:
            empty = self.work / "empty.db"
            empty.unlink(missing_ok=True)
            # `scan` refuses a database that does not exist: the store itself creates the schema.
            measure([sys.executable, "-c", "import sys; from footprint.store import Store; Store(sys.argv[1]).close()",
                     str(empty)])
            self.empty_scan = self.run_phase("scan empty db", footprint("scan", "--db", str(empty), "-q", "--exit-zero"))
            empty.unlink(missing_ok=True)

    def log(self, message: str) -> None:
        print(message, flush=True)

    def quiet(self) -> None:
        budget = self.args.wait_budget - self.waited
        if self.args.wait_quiet > 0 and budget > 0:
            self.waited += wait_quiet(min(self.args.wait_quiet, budget), log=self.log)

    def run_phase(self, name: str, cmd: list[str], items: int = 0, *, repeat: int = 1,
                  before: Any = None, **kw: Any) -> Phase:
        """Run `cmd` (`repeat` times for the imports: best wall and best CPU of the runs, worst peak).

        `before` runs ahead of each repetition (deleting the database an import writes).
        """
        results = []
        for attempt in range(repeat):
            if before is not None:
                before()
            self.quiet()
            result = measure(cmd, **kw)
            if not result.ok:
                last = [line.strip() for line in result.stderr.strip().splitlines() if line.strip()][-1:] or ["no message"]
                raise PhaseError(f"{name} failed (exit {result.rc}): `{' '.join(cmd[2:])}`: {last[0][:300]}")
            if repeat > 1:
                self.log(f"    {name} run {attempt + 1}/{repeat}: {result.seconds:.2f} s (CPU {result.cpu_s:.2f} s), "
                         f"peak {result.peak_mb:.1f} MB" + (f" [others used {result.others:.1f} cores]" if result.others >= 0.3 else ""))
            results.append(result)
        result = min(results, key=lambda r: r.seconds)
        result = Run(result.seconds, max(r.peak_mb for r in results), result.rc, result.stdout, result.stderr,
                     min(r.cpu_s for r in results), result.others)
        phase = Phase(name, result.seconds, result.peak_mb, items, result.cpu_s, result.others)
        self.others.append(result.others)
        self.log(f"  {name:<15} {result.seconds:8.2f} s (CPU {result.cpu_s:7.2f} s)  peak {result.peak_mb:7.1f} MB"
                 + (f"  {phase.rate:9,.0f} items/s" if items else "")
                 + (f"  [others used {result.others:.1f} cores meanwhile]" if result.others >= 0.3 else ""))
        return phase

    # -- X archives

    def x_size(self, n: int) -> None:
        label = generate.size_label(n)
        began = time.perf_counter()
        waited_before = self.waited
        self.log(f"\n== X archive, {label} tweets ==")
        generate.ensure_x(self.data, n, trigger_rate=self.args.trigger_rate, log=self.log)
        archive = self.data.x(n, "tweets")
        db = self.work / f"x-{label}.db"
        db.unlink(missing_ok=True)
        row = ArchiveResult(f"X {label} (tweets.js)", 0)
        phase = self.run_phase("import", footprint("import", str(archive), "--db", str(db), "-q"),
                               repeat=self.args.repeat, before=lambda: db.unlink(missing_ok=True))
        row.items = count(db, "items")
        phase.items = row.items
        self.log(f"  ({row.items:,} items imported: {phase.rate:,.0f} items/s)")
        row.phases["import"] = phase
        if self.args.import_only:
            self.rows.append(row)
            db.unlink(missing_ok=True)
            if not self.args.no_peer:
                self.peer(n, label)
            self.size_walls[f"X {label}"] = time.perf_counter() - began - (self.waited - waited_before)
            return
        row.phases["scan"] = self.run_phase("scan", footprint("scan", "--db", str(db), "-q", "--exit-zero"), row.items)
        row.findings = count(db, "findings")
        self.log(f"  ({row.findings:,} findings)")
        for fmt in ("html", "json"):
            out = self.work / f"x-{label}.{fmt}"
            row.phases[f"report {fmt}"] = self.run_phase(
                f"report {fmt}", footprint("report", "--db", str(db), "--format", fmt, "-o", str(out), "-q"), row.findings)
            out.unlink(missing_ok=True)
        self.rows.append(row)

        # Peer comparison on the tweet.js layout (the only one twitter-to-sqlite reads).
        if not self.args.no_peer:
            self.peer(n, label)

        # Re-scan after adding 1 % new posts (a second, partial archive of the same account).
        if n in self.args.rescan_sizes:
            delta = self.data.delta(n)
            self.run_phase("import +1%", footprint("import", str(delta), "--db", str(db), "-q"))
            rescan = self.run_phase("re-scan", footprint("scan", "--db", str(db), "-q", "--exit-zero"), count(db, "items"))
            full = row.phases["scan"].seconds
            full_cpu = row.phases["scan"].cpu_s
            mode = scan_mode(db)
            noop = self.run_phase("re-scan again", footprint("scan", "--db", str(db), "-q", "--exit-zero"))
            self.rescans.append({"label": label, "full": full, "rescan": rescan.seconds, "ratio": rescan.seconds / full,
                                 "full_cpu": full_cpu, "rescan_cpu": rescan.cpu_s, "ratio_cpu": rescan.cpu_s / full_cpu,
                                 "new": count(db, "items") - row.items, "mode": mode, "noop": noop.seconds,
                                 "noop_cpu": noop.cpu_s, "noop_mode": scan_mode(db)})
            self.log(f"  re-scan after +1 %: {rescan.seconds:.2f} s = {rescan.seconds / full:.0%} of the full scan "
                     f"({rescan.cpu_s / full_cpu:.0%} in CPU time); {mode}")

        if n == self.args.analyzer_size:
            self.analyze(db, label)
        if not self.args.keep_dbs:
            db.unlink(missing_ok=True)
        self.size_walls[f"X {label}"] = time.perf_counter() - began - (self.waited - waited_before)
        self.log(f"  {label} took {self.size_walls[f'X {label}']:.0f} s in all")

    def peer(self, n: int, label: str) -> None:
        archive = self.data.x(n, "tweet")
        ours_db = self.work / f"x-{label}-tweet.db"
        ours_db.unlink(missing_ok=True)
        ours = self.run_phase("import tweet.js", footprint("import", str(archive), "--db", str(ours_db), "-q"),
                              repeat=self.args.repeat, before=lambda: ours_db.unlink(missing_ok=True))
        ours.items = count(ours_db, "items")
        ours_db.unlink(missing_ok=True)
        # What a user waits for: import, scan and the HTML report in one command (issue 20).
        report = self.work / f"x-{label}-audit.html"
        audit = self.run_phase(
            "whole audit", footprint("audit", str(archive), "--db", str(ours_db), "-o", str(report), "-q", "--exit-zero"),
            ours.items, before=lambda: (ours_db.unlink(missing_ok=True), report.unlink(missing_ok=True)))
        ours_db.unlink(missing_ok=True)
        report.unlink(missing_ok=True)
        entry: dict[str, Any] = {"label": label, "ours": ours, "audit": audit, "peer": None, "note": ""}
        self.peer_rows.append(entry)
        if self.peer_exe is None:
            self.peer_exe = ensure_peer(self.log)
        if self.peer_exe is None:
            entry["note"] = "twitter-to-sqlite could not be installed"
            return
        available = mem_available()
        cap = available - 2 * 2**30
        earlier = [r for r in self.peer_rows if r["peer"] is not None]
        if earlier:
            last = earlier[-1]
            projected = last["peer"].peak_mb * 2**20 * n / last["n"]
            # Leave others on this shared machine at least 4 GiB beyond the projection.
            if projected > available - 4 * 2**30:
                entry["note"] = (f"skipped: projected peak {projected / 2**30:.1f} GiB exceeds the "
                                 f"{cap / 2**30:.1f} GiB of memory available")
                self.log(f"  twitter-to-sqlite {entry['note']}")
                return
        peer_db = self.work / f"x-{label}-peer.db"
        runs = []
        for attempt in range(self.args.repeat):
            peer_db.unlink(missing_ok=True)
            self.quiet()
            result = measure([str(self.peer_exe), "import", str(peer_db), str(archive)], limit_bytes=cap if cap > 0 else None)
            self.others.append(result.others)
            runs.append(result)
            if not result.ok:
                break
            if self.args.repeat > 1:
                self.log(f"    twitter-to-sqlite run {attempt + 1}/{self.args.repeat}: {result.seconds:.2f} s "
                         f"(CPU {result.cpu_s:.2f} s), peak {result.peak_mb:.1f} MB"
                         + (f" [others used {result.others:.1f} cores]" if result.others >= 0.3 else ""))
        if result.ok:
            best = min(runs, key=lambda r: r.seconds)
            result = Run(best.seconds, max(r.peak_mb for r in runs), 0, best.stdout, best.stderr,
                         min(r.cpu_s for r in runs), best.others)
        if not result.ok:
            entry["note"] = f"failed (exit {result.rc}, peak {result.peak_mb:.0f} MB): {result.stderr.strip()[-300:]}"
            self.log(f"  twitter-to-sqlite {entry['note']}")
            peer_db.unlink(missing_ok=True)
            return
        tweets = count(peer_db, "archive_tweet")
        peer_db.unlink(missing_ok=True)
        entry.update(peer=Phase("twitter-to-sqlite", result.seconds, result.peak_mb, tweets, result.cpu_s), n=n)
        self.log(f"  twitter-to-sqlite {result.seconds:7.2f} s (CPU {result.cpu_s:7.2f} s)  peak {result.peak_mb:7.1f} MB  "
                 f"({tweets:,} tweets) -> footprint is {result.seconds / ours.seconds:.2f}x faster "
                 f"({result.cpu_s / ours.cpu_s:.2f}x in CPU time)"
                 + (f"  [others used {result.others:.1f} cores meanwhile]" if result.others >= 0.3 else ""))

    # -- analyzer on one core

    def analyze(self, db: Path, label: str) -> None:
        self.quiet()
        cpu = quietest_cpu()
        cmd = [sys.executable, str(Path(__file__).resolve()), "--_analyzer", str(db), "--_limit", "100000"]
        result = measure(cmd, cpu=cpu)
        if not result.ok:
            self.log(f"  analyzer measurement failed: {result.stderr[-1500:]}")
            return
        data = json.loads(result.stdout.strip().splitlines()[-1])
        data.update(label=label, peak_mb=result.peak_mb, cpu=cpu)
        self.analyzer = data
        self.log(f"  analyzer on CPU {cpu}: {data['posts']:,} posts, {data['rate']:,.0f} posts/s (rules only), "
                 f"{data['rate_with_read']:,.0f} posts/s including the DB read")

    # -- report of >= 10,000 findings (and more: --report-sizes)

    def report_target(self, n: int) -> None:
        """`n` posts that each trip a rule, imported and scanned, then every report format timed."""
        label = generate.size_label(n)
        self.log(f"\n== Report of the {label} findings archive (every post trips a rule) ==")
        generate.ensure_findings(self.data, n, log=self.log)
        db = self.work / f"findings-{label}.db"
        db.unlink(missing_ok=True)
        self.run_phase("import", footprint("import", str(self.data.findings(n)), "--db", str(db), "-q"))
        self.run_phase("scan", footprint("scan", "--db", str(db), "-q", "--exit-zero"), count(db, "items"))
        findings = count(db, "findings")
        self.log(f"  ({findings:,} findings)")
        check: dict[str, Any] = {"label": label, "posts": n, "findings": findings, "archive": self.data.findings(n).name}
        self.report_checks.append(check)
        for fmt in REPORT_FORMATS:
            out = self.work / f"findings-{label}.{fmt}"
            phase = self.run_phase(f"report {fmt}", footprint("report", "--db", str(db), "--format", fmt, "-o", str(out), "-q"),
                                   findings, repeat=self.args.repeat)
            check[fmt] = phase
            check[f"{fmt}_bytes"] = out.stat().st_size
            out.unlink(missing_ok=True)
        if not self.args.keep_dbs:
            db.unlink(missing_ok=True)

    # -- other platforms

    def other(self, kind: str, n: int) -> None:
        label = generate.size_label(n)
        self.log(f"\n== {kind.title()} export, {label} ==")
        began = time.perf_counter()
        waited_before = self.waited
        if kind == "mastodon":
            generate.ensure_mastodon(self.data, n, trigger_rate=self.args.trigger_rate, log=self.log)
            archive = self.data.mastodon(n)
        else:
            generate.ensure_bluesky(self.data, n, trigger_rate=self.args.trigger_rate, log=self.log)
            archive = self.data.bluesky(n)
        db = self.work / f"{kind}-{label}.db"
        db.unlink(missing_ok=True)
        row = ArchiveResult(f"{'Mastodon outbox' if kind == 'mastodon' else 'Bluesky CAR'} {label}", 0)
        phase = self.run_phase("import", footprint("import", str(archive), "--db", str(db), "-q"),
                               repeat=self.args.repeat, before=lambda: db.unlink(missing_ok=True))
        row.items = phase.items = count(db, "items")
        row.phases["import"] = phase
        if self.args.import_only:
            db.unlink(missing_ok=True)
            self.rows.append(row)
            self.size_walls[row.label] = time.perf_counter() - began - (self.waited - waited_before)
            return
        row.phases["scan"] = self.run_phase("scan", footprint("scan", "--db", str(db), "-q", "--exit-zero"), row.items)
        row.findings = count(db, "findings")
        for fmt in ("html", "json"):
            out = self.work / f"{kind}-{label}.{fmt}"
            row.phases[f"report {fmt}"] = self.run_phase(
                f"report {fmt}", footprint("report", "--db", str(db), "--format", fmt, "-o", str(out), "-q"), row.findings)
            out.unlink(missing_ok=True)
        db.unlink(missing_ok=True)
        self.rows.append(row)
        self.size_walls[row.label] = time.perf_counter() - began - (self.waited - waited_before)

    # -- output

    def targets(self) -> list[tuple[str, str, str]]:
        out: list[tuple[str, str, str]] = []
        for entry in self.peer_rows:
            if entry["label"] not in ("100k", "1M"):
                continue
            if entry["peer"] is None:
                out.append((f"import >= {TARGET_PEER_RATIO:.0f}x faster than twitter-to-sqlite ({entry['label']})",
                            "n/a", entry["note"]))
                continue
            ratio = entry["peer"].seconds / entry["ours"].seconds
            out.append((f"import >= {TARGET_PEER_RATIO:.0f}x faster than twitter-to-sqlite ({entry['label']})",
                        "PASS" if ratio >= TARGET_PEER_RATIO else "FAIL",
                        f"{ratio:.2f}x wall ({entry['ours'].seconds:.1f} s vs {entry['peer'].seconds:.1f} s), "
                        f"{entry['peer'].cpu_s / entry['ours'].cpu_s:.2f}x CPU"))
            audit = entry["audit"].seconds / entry["peer"].seconds
            out.append((f"whole audit (import + scan + HTML report) <= {TARGET_AUDIT_RATIO:.1f}x twitter-to-sqlite's "
                        f"import ({entry['label']})",
                        "PASS" if audit <= TARGET_AUDIT_RATIO else "FAIL",
                        f"{audit:.2f}x wall ({entry['audit'].seconds:.1f} s vs {entry['peer'].seconds:.1f} s), "
                        f"peak {entry['audit'].peak_mb:.0f} MB"))
        if not any(e["label"] in ("100k", "1M") for e in self.peer_rows) and not self.args.report_only:
            out.append((f"import >= {TARGET_PEER_RATIO:.0f}x faster than twitter-to-sqlite (100k, 1M)", "n/a",
                        "needs --sizes with 100k and/or 1M"))
        x_rows = [r for r in self.rows if r.label.startswith("X ")]
        if x_rows:
            worst = max(x_rows, key=lambda r: r.peak())
            phase = max(worst.phases.values(), key=lambda p: p.peak_mb)
            details = ", ".join(f"{r.label.split()[1]} {r.peak():.0f} MB" for r in x_rows)
            which = "imports only" if self.args.import_only else "every phase"
            out.append((f"peak memory < {TARGET_PEAK_MB:.0f} MB ({which}, every X size)",
                        "PASS" if worst.peak() < TARGET_PEAK_MB else "FAIL",
                        f"max {worst.peak():.0f} MB ({worst.label}, {phase.name}); per size: {details}"))
            if len(x_rows) > 1:
                growth = x_rows[-1].peak() / x_rows[0].peak()
                per_phase = "; ".join(
                    f"{name} {x_rows[0].phases[name].peak_mb:.0f}->{x_rows[-1].phases[name].peak_mb:.0f} MB"
                    for name in x_rows[0].phases)
                out.append((f"peak memory flat from {x_rows[0].label.split()[1]} to {x_rows[-1].label.split()[1]} "
                            f"(growth <= {TARGET_FLAT:.2f}x)", "PASS" if growth <= TARGET_FLAT else "FAIL",
                            f"{growth:.2f}x ({per_phase})"))
            else:
                out.append(("peak memory flat from 10k to 1M", "n/a", "needs two sizes or more"))
        if self.analyzer:
            a = self.analyzer
            rate = a["posts"] / a["cpu_s"]
            out.append((f"analyzer >= {TARGET_ANALYZER:,.0f} posts/s on one core",
                        "PASS" if rate >= TARGET_ANALYZER else "FAIL",
                        f"{rate:,.0f} posts per CPU-second, rules only ({a['rate']:,.0f}/s wall); "
                        f"{a['rate_with_read']:,.0f}/s wall with the DB read (X {a['label']}, {a['posts']:,} posts)"))
        if self.startup is not None:
            out.append(("`footprint --help` well under a second (< 0.5 s)", "PASS" if self.startup < 0.5 else "FAIL",
                        f"{self.startup:.2f} s (best of 3)"))
        checks = [c for c in self.report_checks if all(fmt in c for fmt in REPORT_FORMATS)]
        target = next((c for c in checks if c["findings"] >= 10_000), None)
        if target is not None:
            worst = max(target[fmt].seconds for fmt in REPORT_FORMATS)
            out.append((f"report of 10,000 findings < {TARGET_REPORT_S:.0f} s",
                        "PASS" if worst < TARGET_REPORT_S else "FAIL",
                        f"{target['findings']:,} findings: " + ", ".join(
                            f"{fmt.upper()} {target[fmt].seconds:.2f} s (CPU {target[fmt].cpu_s:.2f} s)" for fmt in REPORT_FORMATS)))
        if checks and self.args.report_only:
            peaks = [(c, fmt, c[fmt].peak_mb) for c in checks for fmt in REPORT_FORMATS]
            top = max(peaks, key=lambda p: p[2])
            out.append((f"report peak memory < {TARGET_PEAK_MB:.0f} MB (every format, every size)",
                        "PASS" if top[2] < TARGET_PEAK_MB else "FAIL",
                        f"max {top[2]:.0f} MB ({top[0]['findings']:,} findings, {top[1]})"))
            if len(checks) > 1:
                first, last = checks[0], checks[-1]
                growth = max(last[fmt].peak_mb for fmt in REPORT_FORMATS) / max(first[fmt].peak_mb for fmt in REPORT_FORMATS)
                out.append((f"report peak memory flat from {first['findings']:,} to {last['findings']:,} findings "
                            f"(growth <= {TARGET_FLAT:.2f}x)", "PASS" if growth <= TARGET_FLAT else "FAIL",
                            f"{growth:.2f}x (" + "; ".join(f"{fmt} {first[fmt].peak_mb:.0f}->{last[fmt].peak_mb:.0f} MB"
                                                          for fmt in REPORT_FORMATS) + ")"))
        for entry in self.rescans:
            out.append((f"re-scan after +1 % <= {TARGET_RESCAN:.0%} of a full scan ({entry['label']})",
                        "void" if "void" in entry["mode"] else "PASS" if entry["ratio"] <= TARGET_RESCAN else "FAIL",
                        f"{entry['ratio']:.0%} wall ({entry['rescan']:.2f} s vs {entry['full']:.2f} s), "
                        f"{entry['ratio_cpu']:.0%} CPU; {entry['new']:,} new posts; start-up included; {entry['mode']}"))
        return out

    def markdown(self, total: float, info: dict[str, str]) -> str:
        lines = [
            f"Run {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} on {info['nproc']} × {info['cpu']}, {info['ram']} RAM, "
            f"Python {info['python']}, SQLite {info['sqlite']}, {info['os']}; footprint-audit at {info['commit']}, "
            f"run from {info['code']}. "
            f"Whole run: {total / 60:.1f} min; load average at start {self.load[0]:.2f}, at end {os.getloadavg()[0]:.2f} "
            f"(the machine is shared: other processes used on average {sum(self.others) / max(len(self.others), 1):.2f} "
            f"and at most {max(self.others, default=0):.2f} of the {os.cpu_count()} cores during the timed phases, "
            "which slows wall times; CPU seconds are less sensitive to it).",
            "",
            "Each phase is the real command in a fresh process; peak = that process's maximum resident set "
            "size as the kernel accounts it (`ru_maxrss`). Items = posts imported (X: tweets + deleted tweets)."
            + (f" Imports are the best of {self.args.repeat} runs (best wall time, best CPU time, highest peak)."
               if self.args.repeat > 1 and not self.args.report_only else ""),
            "",
        ]
        if self.args.import_only:
            lines += ["| archive | items | import s (CPU s) | import items/s (wall) | items per CPU-second | import peak MB |",
                      "|---|--:|--:|--:|--:|--:|"]
            for r in self.rows:
                p = r.phases["import"]
                lines.append(f"| {r.label} | {r.items:,} | {p.seconds:.2f} ({p.cpu_s:.2f}) | {p.rate:,.0f} "
                             f"| {r.items / p.cpu_s if p.cpu_s else 0:,.0f} | {p.peak_mb:.0f} |")
        elif self.rows:
            lines += ["| archive | items | import s (CPU s) | import items/s | import peak MB | scan s (CPU s) | scan items/s "
                      "| scan peak MB | findings | HTML report s | HTML peak MB | JSON report s | JSON peak MB |",
                      "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
        for r in self.rows if not self.args.import_only else ():
            p = r.phases
            lines.append(
                f"| {r.label} | {r.items:,} | {p['import'].seconds:.2f} ({p['import'].cpu_s:.2f}) | {p['import'].rate:,.0f} "
                f"| {p['import'].peak_mb:.0f} | {p['scan'].seconds:.2f} ({p['scan'].cpu_s:.2f}) | {p['scan'].rate:,.0f} "
                f"| {p['scan'].peak_mb:.0f} | {r.findings:,} "
                f"| {p['report html'].seconds:.2f} | {p['report html'].peak_mb:.0f} "
                f"| {p['report json'].seconds:.2f} | {p['report json'].peak_mb:.0f} |")
        if self.peer_rows:
            lines += ["", f"Peer: {peer_version() if self.peer_exe else 'twitter-to-sqlite'}, `twitter-to-sqlite import "
                          "peer.db ARCHIVE.zip`, on the `tweet.js` layout of the same archive (it maps file names to "
                          "importers and has none for `tweets.js`: given the current layout it prints \"tweets: not yet "
                          "implemented\" and imports no tweet). footprint imports that same zip here.",
                      "",
                      "| archive | footprint import s (CPU s) | footprint peak MB | whole audit s (CPU s) | audit peak MB "
                      "| twitter-to-sqlite s (CPU s) | twitter-to-sqlite peak MB | speed-up (wall) | speed-up (CPU) "
                      "| audit / peer import |",
                      "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
            for e in self.peer_rows:
                ours, peer, audit = e["ours"], e["peer"], e["audit"]
                head = (f"| X {e['label']} (tweet.js) | {ours.seconds:.2f} ({ours.cpu_s:.2f}) | {ours.peak_mb:.0f} "
                        f"| {audit.seconds:.2f} ({audit.cpu_s:.2f}) | {audit.peak_mb:.0f} ")
                if peer is None:
                    lines.append(head + f"| – | – | {e['note']} | – | – |")
                else:
                    lines.append(head + f"| {peer.seconds:.2f} ({peer.cpu_s:.2f}) | {peer.peak_mb:.0f} "
                                 f"| {peer.seconds / ours.seconds:.2f}x | {peer.cpu_s / ours.cpu_s:.2f}x "
                                 f"| {audit.seconds / peer.seconds:.2f}x |")
        if self.analyzer:
            a = self.analyzer
            lines += ["", f"Analyzer on one core (X {a['label']}, process pinned to CPU {a['cpu']}, default rules, "
                          f"{a['posts']:,} posts, {a['findings']:,} findings): DB read {a['read_s']:.2f} s, "
                          f"pattern warm-up {a['warm_s']:.2f} s, rules {a['analyze_s']:.2f} s wall / {a['cpu_s']:.2f} s CPU "
                          f"→ **{a['posts'] / a['cpu_s']:,.0f} posts per CPU-second** ({a['rate']:,.0f} posts/s wall), rules only; "
                          f"{a['rate_with_read']:,.0f} posts/s wall including the DB read (via {a['read_via']}). "
                          "Breakdown (each rule timed alone over the same posts):",
                      "",
                      "| share of analyzer time | seconds | % |", "|---|--:|--:|"]
            for name, secs in sorted(a["breakdown"].items(), key=lambda kv: -kv[1]):
                lines.append(f"| {name} | {secs:.2f} | {100 * secs / a['breakdown_total']:.0f} |")
        if self.rescans:
            lines += ["", "Re-scan after importing 1 % new posts (a second archive of the same account with only the "
                          "new posts), against the first full scan:", "",
                      "| archive | full scan s (CPU s) | re-scan s (CPU s) | new posts | re-scan / full (wall) | (CPU) "
                      "| how it ran | again, nothing new: s (CPU s) |",
                      "|---|--:|--:|--:|--:|--:|---|--:|"]
            for e in self.rescans:
                lines.append(f"| X {e['label']} | {e['full']:.2f} ({e['full_cpu']:.2f}) | {e['rescan']:.2f} ({e['rescan_cpu']:.2f}) "
                             f"| {e['new']:,} | {e['ratio']:.0%} | {e['ratio_cpu']:.0%} | {e['mode']} "
                             f"| {e['noop']:.2f} ({e['noop_cpu']:.2f}) |")
            if self.empty_scan is not None:
                lines += ["", f"For scale: `footprint scan` on an empty database takes {self.empty_scan.seconds:.2f} s "
                              f"(CPU {self.empty_scan.cpu_s:.2f} s): start-up, schema check and loading the rules."]
        if self.report_checks:
            lines += [""] if lines[-1] else []
            lines += ["Reports of the findings archives (posts that each trip a rule), every finding, "
                          "`footprint report --format FORMAT` in a fresh process"
                          + (f" (best of {self.args.repeat} runs, highest peak)" if self.args.repeat > 1 else "") + ":", "",
                      "| archive | findings | format | report s (CPU s) | output MB | peak MB |", "|---|--:|---|--:|--:|--:|"]
            for c in self.report_checks:
                for fmt in REPORT_FORMATS:
                    if fmt in c:
                        lines.append(f"| `{c['archive']}` | {c['findings']:,} | {fmt.upper()} | {c[fmt].seconds:.2f} "
                                     f"({c[fmt].cpu_s:.2f}) | {c[f'{fmt}_bytes'] / 1e6:.1f} | {c[fmt].peak_mb:.0f} |")
        if self.failures:
            lines += ["", "Failures (the section stopped there):", ""] + [f"- {f}" for f in self.failures]
        lines += ["", "| target (issue 9) | result | measured |", "|---|---|---|"]
        for name, verdict, detail in self.targets():
            lines.append(f"| {name} | **{verdict}** | {detail} |")
        if self.size_walls:
            included = "the repeated imports and the peer" if self.args.import_only else "the peer, the re-scan and the analyzer measurement"
            lines += ["", f"Wall time per size (including {included}; not counting "
                      f"the {self.waited:.0f} s spent in all waiting for a quiet machine): "
                      + ", ".join(f"{k} {v:.0f} s" for k, v in self.size_walls.items()) + "."]
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------- analyzer child


def _read_via(store: Any) -> str:
    if hasattr(store, "iter_subjects"):
        return "Store.iter_subjects"
    if hasattr(store, "_subjects_to_scan"):
        return "Store._subjects_to_scan, as a full scan reads"
    return "plain SQL (the store's reader moved)"


def _item_subjects(store: Any) -> Any:
    """The items as the scan reads them (the store's own reader), or straight from SQL if that moved."""
    if hasattr(store, "iter_subjects"):
        for scanned in store.iter_subjects():
            if scanned.item_id is not None:
                yield scanned.subject
        return
    if hasattr(store, "_subjects_to_scan"):
        with store.engine.connect() as conn:
            for scanned in store._subjects_to_scan(conn, only_changed=False):
                if scanned.item_id is not None:
                    yield scanned.subject
        return
    from footprint.records import Subject

    with sqlite3.connect(store.path) as conn:
        query = ("SELECT i.platform, a.native_id, i.native_id, i.kind, i.text, i.created_at, i.language, i.url, "
                 "i.like_count, i.repost_count, a.followers FROM items i JOIN accounts a ON a.id = i.account_id ORDER BY i.id")
        for row in conn.execute(query):
            created = datetime.fromisoformat(row[5]).replace(tzinfo=UTC) if row[5] else None
            yield Subject(platform=row[0], account_id=row[1], native_id=row[2], kind=row[3], fields={"text": row[4]},
                          created_at=created, language=row[6], url=row[7], like_count=row[8] or 0,
                          repost_count=row[9] or 0, followers=row[10] or 0)


def analyzer_child(db: str, limit: int) -> None:
    """Runs pinned to one CPU: time the DB read, then the default rules over the items."""
    from footprint.analyzer import Analyzer, fingerprint
    from footprint.role import RoleProfile, weigh  # noqa: F401
    from footprint.rules import load_rules
    from footprint.store import Store
    from footprint.text import fold

    store = Store(db)
    began = time.perf_counter()
    subjects = []
    for subject in _item_subjects(store):
        subjects.append(subject)
        if len(subjects) >= limit:
            break
    read_s = time.perf_counter() - began
    rules = load_rules()
    analyzer = Analyzer(rules, RoleProfile())
    began = time.perf_counter()
    analyzer.analyze(subjects[0])  # compiles the lexicon and patterns once
    warm_s = time.perf_counter() - began
    began = time.perf_counter()
    cpu_began = time.process_time()
    findings = 0
    for subject in subjects:
        findings += len(analyzer.analyze(subject).findings)
    analyze_s = time.perf_counter() - began
    cpu_s = time.process_time() - cpu_began
    # Where the analyzer's time goes: folding, each rule's check, fingerprint + weighting.
    breakdown: dict[str, float] = {}
    began = time.perf_counter()
    folded_all = [{k: fold(v) for k, v in s.fields.items() if v} for s in subjects]
    breakdown["fold text"] = time.perf_counter() - began
    hits_all: list[tuple[Any, Any, Any]] = []
    for rule in rules:
        began = time.perf_counter()
        for subject, folded in zip(subjects, folded_all):
            if rule.applies(subject):
                for hit in rule.check(subject, folded):
                    hits_all.append((rule, subject, hit))
        breakdown[f"rule {rule.code} {rule.name}"] = time.perf_counter() - began
    began = time.perf_counter()
    for rule, subject, hit in hits_all:
        fingerprint(rule.code, subject, [e.text for e in hit.evidence])
        weigh(rule.severity, hit.confidence or rule.confidence, subject, analyzer.role, hit.factors)
    breakdown["fingerprint + weigh findings"] = time.perf_counter() - began
    print(json.dumps({
        "posts": len(subjects), "findings": findings, "read_s": read_s, "warm_s": warm_s, "analyze_s": analyze_s,
        "cpu_s": cpu_s, "rate": len(subjects) / analyze_s, "rate_with_read": len(subjects) / (analyze_s + read_s),
        "breakdown": breakdown, "breakdown_total": sum(breakdown.values()),
        "read_via": _read_via(store),
    }))


# ---------------------------------------------------------------------------- profiling


def profile(args: argparse.Namespace) -> None:
    import pstats

    n = generate.parse_size(args.profile)
    label = generate.size_label(n)
    data = generate.Paths(args.out)
    generate.ensure_x(data, n, trigger_rate=args.trigger_rate)
    work = args.out / "work"
    work.mkdir(parents=True, exist_ok=True)
    db = work / f"profile-{label}.db"
    db.unlink(missing_ok=True)
    report = [f"# cProfile of the X {label} import, scan and HTML report", "",
              f"`python -m cProfile -m footprint import|scan …` on {data.x(n, 'tweets').name}; "
              "percentages are of the whole command's profiled time (cProfile overhead inflates call-heavy code).", ""]
    for phase, cmd in (("import", ["import", str(data.x(n, "tweets")), "--db", str(db), "-q"]),
                       ("scan", ["scan", "--db", str(db), "-q", "--exit-zero"]),
                       ("report html", ["report", "--db", str(db), "--format", "html", "-o", str(work / "profile.html"), "-q"])):
        prof = work / f"{phase.replace(' ', '-')}-{label}.prof"
        run = measure([sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "footprint", *cmd])
        if not run.ok:
            raise SystemExit(run.stderr)
        stats = pstats.Stats(str(prof))
        total = stats.total_tt  # type: ignore[attr-defined]
        rows = []
        for (file, line, func), (cc, nc, tt, ct, callers) in stats.stats.items():  # type: ignore[attr-defined]
            rows.append((ct, tt, nc, func, file, line))
        def where(file: str, line: int) -> str:
            snap = str(args.out / "snapshot" / "footprint") + "/"
            for root, to in ((snap + "connectors/", "connectors/"), (snap + "reports/", "reports/"), (snap, "footprint/"),
                             (str(REPO) + "/", ""), (str(Path(sys.prefix)) + "/lib/python3.11/site-packages/", "")):
                file = file.replace(root, to)
            return f"{file}:{line}"
        report += [f"## {phase} ({run.seconds:.1f} s under the profiler, {total:.1f} s profiled)", "",
                   "Top by cumulative time (project code and the libraries it calls):", "",
                   "| cumulative % | self % | calls | function | file:line |", "|--:|--:|--:|---|---|"]
        skip = ("<frozen", "click/", "{built-in method builtins.exec}", "<string>", "cProfile", "runpy")
        picked = 0
        for ct, tt, nc, func, file, line in sorted(rows, key=lambda r: -r[0]):
            if any(s in file or s in func for s in skip) or ct / total > 0.995:
                continue
            report.append(f"| {100 * ct / total:.1f} | {100 * tt / total:.1f} | {nc:,} | `{func}` | {where(file, line)} |")
            picked += 1
            if picked >= args.top:
                break
        report += ["", "Top by self time:", "", "| self % | cumulative % | calls | function | file:line |", "|--:|--:|--:|---|---|"]
        for ct, tt, nc, func, file, line in sorted(rows, key=lambda r: -r[1])[: args.top]:
            report.append(f"| {100 * tt / total:.1f} | {100 * ct / total:.1f} | {nc:,} | `{func}` | {where(file, line)} |")
        report.append("")
    db.unlink(missing_ok=True)
    (work / "profile.html").unlink(missing_ok=True)
    text = "\n".join(report)
    (HERE / f"profile-{label}.md").write_text(text)
    print(text)


# ---------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=generate.DEFAULT_OUT,
                        help=f"where archives (and work/ DBs) live (default {generate.DEFAULT_OUT}, or $FOOTPRINT_BENCH_DIR)")
    parser.add_argument("--sizes", default="10k,100k,1M", help="X archive sizes (default 10k,100k,1M)")
    parser.add_argument("--other-sizes", default="100k", help="Mastodon outbox and Bluesky CAR sizes (default 100k; '' for none)")
    parser.add_argument("--rescan-sizes", default="10k,100k,1M",
                        help="sizes (of those run) at which to measure the re-scan after +1 %% (default 10k,100k,1M)")
    parser.add_argument("--analyzer-size", default="100k", help="X size whose DB feeds the one-core analyzer measurement (default 100k, else the largest run)")
    parser.add_argument("--trigger-rate", type=float, default=0.10, help="share of generated posts that trip a rule")
    parser.add_argument("--no-peer", action="store_true", help="skip twitter-to-sqlite")
    parser.add_argument("--wait-quiet", type=float, default=30.0, metavar="SECONDS",
                        help="before each timed phase, wait up to this long for other processes to go idle (default 30; 0 = never)")
    parser.add_argument("--wait-budget", type=float, default=300.0, metavar="SECONDS",
                        help="total waiting allowed in a run (default 300)")
    parser.add_argument("--keep-dbs", action="store_true", help="keep the benchmark databases under OUT/work")
    parser.add_argument("--no-write", action="store_true", help="print only; leave results.md and README.md alone")
    parser.add_argument("--results", type=Path, default=RESULTS,
                        help="Markdown file for this run (default benchmarks/results.md; README.md is updated only then)")
    parser.add_argument("--import-only", action="store_true",
                        help="time only the imports (X sizes, the peer on tweet.js, Mastodon and Bluesky unless "
                             "--other-sizes ''): no scan, report, re-scan or analyzer; results go to "
                             "benchmarks/results-import.md unless --results says otherwise")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each import (ours and the peer's) and each report of --report-sizes this many times "
                             "and keep the best (default 1)")
    parser.add_argument("--report-sizes", default="10k",
                        help="sizes of the findings archives (posts that each trip a rule) whose reports are timed in "
                             "every format (default 10k, ~11,700 findings; 100k gives ~117,000)")
    parser.add_argument("--report-only", action="store_true",
                        help="time only the reports of --report-sizes (import and scan untimed in the table); results go "
                             "to benchmarks/results-report.md unless --results says otherwise")
    parser.add_argument("--code", type=Path, metavar="DIR",
                        help="run the code laid out as installed under DIR (DIR/footprint/{connectors,reports}) instead "
                             "of a snapshot of the working tree: for before/after comparisons")
    parser.add_argument("--live", action="store_true",
                        help="run the working tree as it is instead of a snapshot taken at the start (edits during the run then count)")
    parser.add_argument("--profile", metavar="SIZE", help="instead of benchmarking, cProfile the import and scan of this X size")
    parser.add_argument("--top", type=int, default=25, help="rows per profile table")
    parser.add_argument("--_analyzer", help=argparse.SUPPRESS)
    parser.add_argument("--_limit", type=int, default=100_000, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.repeat = max(1, args.repeat)
    if args.import_only and args.results == RESULTS:
        args.results = HERE / "results-import.md"
    if args.report_only and args.results == RESULTS:
        args.results = HERE / "results-report.md"
    if args.report_only:
        args.sizes, args.other_sizes, args.rescan_sizes = "", "", ""

    if args._analyzer:
        analyzer_child(args._analyzer, args._limit)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    if args.profile:
        if args.code:
            use_code(args.code)
        elif not args.live:
            snapshot(args.out / "snapshot")
        profile(args)
        return 0

    sizes = sorted(generate.parse_size(s) for s in args.sizes.split(",") if s.strip())
    args.rescan_sizes = {generate.parse_size(s) for s in args.rescan_sizes.split(",") if s.strip()}
    wanted = generate.parse_size(args.analyzer_size)
    args.analyzer_size = (wanted if wanted in sizes else (max(s for s in sizes if s <= wanted) if any(s <= wanted for s in sizes)
                                                           else sizes[0])) if sizes else None
    report_sizes = sorted(generate.parse_size(s) for s in args.report_sizes.split(",") if s.strip())
    others = sorted(generate.parse_size(s) for s in args.other_sizes.split(",") if s.strip())

    info = machine()
    info["code"] = use_code(args.code) if args.code else "the live working tree" if args.live else snapshot(args.out / "snapshot")
    bench = Bench(args)
    bench.log(f"machine: {info['nproc']} × {info['cpu']}, {info['ram']}, Python {info['python']}; archives in {args.out}")
    bench.load = os.getloadavg()
    began = time.perf_counter()
    if not args.import_only and not args.report_only:
        bench.measure_startup()
    for n in sizes:
        bench.section(f"X {generate.size_label(n)}", bench.x_size, n)
    if not args.import_only:
        for n in report_sizes:
            bench.section(f"report of the {generate.size_label(n)} findings archive", bench.report_target, n)
    for n in others:
        bench.section(f"Mastodon {generate.size_label(n)}", bench.other, "mastodon", n)
        bench.section(f"Bluesky {generate.size_label(n)}", bench.other, "bluesky", n)
    total = time.perf_counter() - began
    text = bench.markdown(total, info)
    print("\n" + text)
    if not args.no_write:
        body = f"# Benchmark results\n\nCommand: `{' '.join(['.venv/bin/python', 'benchmarks/run.py', *(argv if argv is not None else sys.argv[1:])])}`\n\n{text}"
        args.results.write_text(body)
        if README.exists() and args.results.resolve() == RESULTS.resolve():
            readme = README.read_text()
            if START_MARK in readme and END_MARK in readme:
                head, rest = readme.split(START_MARK, 1)
                _, tail = rest.split(END_MARK, 1)
                README.write_text(f"{head}{START_MARK}\n{text}{END_MARK}{tail}")
        print(f"wrote {args.results}" + (f" and the table in {README.relative_to(REPO)}"
                                          if README.exists() and args.results.resolve() == RESULTS.resolve() else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
