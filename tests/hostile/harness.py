"""Running a command against hostile input: in-process, or in a forked child with a memory cap
and a deadline, so a regression that loops or balloons fails one test instead of the suite."""

from __future__ import annotations

import os
import pickle
import resource
import select
import signal
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from click.testing import CliRunner

from footprint.cli import main

T = TypeVar("T")
# Headroom over what the test process already maps; the million-record and 10 MB cases need
# well under 200 MB, and the deep-nesting regressions this guards against took 2 GB and more.
EXTRA_MEMORY = 768 * 1024 * 1024


@dataclass(frozen=True)
class Outcome:
    exit_code: int
    output: str  # stdout and stderr as the terminal shows them
    crashed: str | None = None  # a traceback when something other than SystemExit escaped
    seconds: float = 0.0


def invoke(args: Sequence[str]) -> Outcome:
    """The `footprint` command in this process, as a person would run it."""
    start = time.monotonic()
    result = CliRunner().invoke(main, list(args), catch_exceptions=True)
    crashed = None
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        crashed = "".join(traceback.format_exception(result.exception))
    return Outcome(result.exit_code, result.output, crashed, time.monotonic() - start)


def _vm_size() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 0


def forked(fn: Callable[[], T], *, seconds: float, extra_memory: int = EXTRA_MEMORY) -> T:
    """Run `fn` in a forked child limited to `extra_memory` more address space and `seconds`.

    Raises AssertionError when the child runs out of time or dies; exceptions raised by `fn`
    come back as AssertionError carrying the child's traceback.
    """
    read_end, write_end = os.pipe()
    limit = _vm_size() + extra_memory
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.close(read_end)
        try:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            payload = pickle.dumps(("ok", fn()))
        except BaseException:  # noqa: BLE001 - everything goes back to the parent
            payload = pickle.dumps(("error", traceback.format_exc()))
        view = memoryview(payload)
        while view:
            view = view[os.write(write_end, view):]
        os._exit(0)
    os.close(write_end)
    chunks: list[bytes] = []
    deadline = time.monotonic() + seconds
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, signal.SIGKILL)
                raise AssertionError(f"still running after {seconds:.0f} s (killed)")
            ready, _, _ = select.select([read_end], [], [], left)
            if ready:
                chunk = os.read(read_end, 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
    if not chunks:
        raise AssertionError(f"child died without an answer (wait status {status}); out of memory?")
    kind, value = pickle.loads(b"".join(chunks))
    if kind != "ok":
        raise AssertionError(f"child raised:\n{value}")
    return value  # type: ignore[no-any-return]


def run(args: Sequence[str], *, isolate: bool = False, seconds: float = 30.0) -> Outcome:
    if isolate:
        return forked(lambda: invoke(args), seconds=seconds)
    return invoke(args)


def snapshot(root: Path, *, skip: Sequence[Path] = ()) -> dict[str, Any]:
    """Every file and folder under `root` (except `skip`), with type, size and mtime."""
    tree: dict[str, Any] = {}
    skipped = {p.resolve() for p in skip}
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if (here / d).resolve() not in skipped]
        for name in [*dirnames, *filenames]:
            path = here / name
            info = path.lstat()
            tree[str(path.relative_to(root))] = (info.st_mode, info.st_size, info.st_mtime_ns)
    return tree
