"""The analyses made ahead are held compactly, taken once, the latest one per key, and bounded by
their size in bytes."""

from __future__ import annotations

import pytest

from footprint import scan_workers
from footprint.ahead_analyses import AheadAnalyses, pack
from footprint.records import Subject
from footprint.role import RoleProfile
from footprint.scan_workers import ScanWorkers

FINDING = (
    "f" * 64, "SAF003", "safety", 3, 2, 4.5, "A phone number is visible « ici » 📞",
    (("text", 8, 20, "613-555-0142"),), "post", "x", "acct", "1300000000000000001", (("followers", 1.0),),
)


def test_each_analysis_is_taken_once_whatever_order_the_keys_came_in() -> None:
    held = AheadAnalyses()
    for key in (5, 9, 12, 40):
        held.add(key, key * 1000, None)
    held.add(7, -7, pack((FINDING,), ()))  # an older id, rewritten later in the import
    held.add("profile:1", 2**63 - 1, pack((), (("POL001", "boom"),)))  # not an item id
    assert len(held) == 6
    assert held.take(9) == (9000, None)
    assert held.take(9) is None, "taken once"
    assert held.take(7) == (-7, ((FINDING,), ()))
    assert held.take("profile:1") == (2**63 - 1, ((), (("POL001", "boom"),)))
    assert held.take(6) is None and held.take(41) is None and held.take(2**70) is None and held.take(None) is None
    assert [held.take(key) for key in (40, 5, 12)] == [(40000, None), (5000, None), (12000, None)]
    assert len(held) == 0


def test_the_latest_analysis_of_a_key_wins() -> None:
    held = AheadAnalyses()
    held.add(3, 111, None)
    held.add(4, 222, None)
    held.add(3, 333, pack((FINDING,), ()))  # the same post, changed by a second export
    assert held.take(3) == (333, ((FINDING,), ()))
    assert held.take(4) == (222, None)


def test_what_is_held_is_counted_in_bytes() -> None:
    held = AheadAnalyses()
    for key in range(10_000):
        held.add(key, hash(str(key)), None)
    plain = held.nbytes
    assert plain == 17 * 10_000
    packed = pack((FINDING,) * 3, ())
    held.add(10_000, 1, packed)
    assert held.nbytes - plain > len(packed)


def test_the_hand_over_stops_at_the_memory_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    # A budget of about 40 subjects with nothing to say: the rest is left for the scan.
    monkeypatch.setattr(scan_workers, "AHEAD_BYTES", 40 * 17)
    subjects = [
        Subject(platform="x", account_id="a", native_id=str(n), kind="post", fields={"text": f"Bonjour 🌞 {n}"})
        for n in range(400)
    ]
    with ScanWorkers(["SAF003"], RoleProfile(), workers=2, min_parallel=1, batch=10) as workers:
        for start in range(0, 400, 10):
            workers.ahead((n, subjects[n]) for n in range(start, start + 10))
            workers._gather(wait=True)  # as if the workers kept up with the import
        held = len(workers._done)
        results = list(workers.map(list(enumerate(subjects)), lambda entry: entry[1], lambda entry: entry[0]))
    assert 40 <= held < 100
    assert workers.ahead_reused == held
    assert [entry for entry, _ in results] == list(enumerate(subjects))
    assert all(not result.findings for _, result in results)
