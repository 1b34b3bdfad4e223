"""Re-weighing: the stored findings' scores for the current role and reach.

The store reads what a score depends on and writes the scores that change; the weighing itself
(`footprint.role`) comes from the caller as `weigh`, so the store knows nothing of roles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

import orjson
from sqlalchemy import Connection, select

from footprint.records import Confidence, Severity
from footprint.store._tables import SQL_PARAMS, accounts, dumps, findings
from footprint.store.engine import driver_cursor


class Weighable(NamedTuple):
    """What a finding's score depends on besides the role: its rule's judgement, the factors
    stored with it (context the rule gave), and the reach of its account and post."""

    severity: Severity
    confidence: Confidence
    factors: Mapping[str, float]
    followers: int
    likes: int
    reposts: int


# Score and factors of one finding, from what it depends on.
Weigh = Callable[[Weighable], tuple[float, dict[str, float]]]


def reweigh(conn: Connection, weigh: Weigh, account_ids: Sequence[int] | None = None) -> None:
    """Score findings with `weigh` (all of them, or those of `account_ids`); only the scores
    that change are written."""
    # Every finding of an account may be read here (120,000 at a million posts): straight
    # through the driver, without building a SQLAlchemy row for each.
    sql = (
        "SELECT f.id, f.severity, f.confidence, f.score, f.weighting, a.followers, i.like_count, i.repost_count "
        "FROM findings f JOIN accounts a ON a.id = f.account_id LEFT JOIN items i ON i.id = f.item_id"
    )
    chunks: list[Sequence[int] | None] = [None]
    if account_ids is not None:
        ids = list(account_ids)
        chunks = [ids[start : start + SQL_PARAMS] for start in range(0, len(ids), SQL_PARAMS)]
    severities = {int(level): level for level in Severity}
    confidences = {int(level): level for level in Confidence}
    cursor = driver_cursor(conn)
    updates: list[tuple[float, str | None, str]] = []
    # `weigh` is a function of what it is given, and most findings share their inputs with
    # another (861 distinct among 13,053 at 100k posts): each distinct input is weighed once.
    weighed: dict[tuple[int, int, str, int, int, int], tuple[float, str | None]] = {}
    for chunk in chunks:
        if chunk is None:
            cursor.execute(sql)
        else:
            cursor.execute(f"{sql} WHERE f.account_id IN ({', '.join('?' * len(chunk))})", chunk)
        for finding_id, severity, confidence, old_score, old_weighting, followers, likes, reposts in cursor.fetchall():
            inputs = (severity, confidence, old_weighting, followers or 0, likes or 0, reposts or 0)
            done = weighed.get(inputs)
            if done is None:
                score, factors = weigh(
                    Weighable(
                        severities[severity],
                        confidences[confidence],
                        orjson.loads(old_weighting),
                        followers or 0,
                        likes or 0,
                        reposts or 0,
                    )
                )
                done = weighed[inputs] = (score, dumps(factors))
            score, weighting = done
            if score != old_score or weighting != old_weighting:
                updates.append((score, weighting, finding_id))
    cursor.executemany("UPDATE findings SET score = ?, weighting = ? WHERE id = ?", updates)
    cursor.close()


def reach_samples(conn: Connection, account_ids: Iterable[int], before_scan: int) -> Iterator[tuple[int, Weighable]]:
    """For each of these accounts that has a finding from an earlier scan than `before_scan`,
    one such finding with the account's current follower count (likes and reposts left at 0):
    enough to tell whether the account's reach now weighs differently."""
    for account_id in sorted(account_ids):
        row = conn.execute(
            select(findings.c.severity, findings.c.confidence, findings.c.weighting, accounts.c.followers)
            .join(accounts, accounts.c.id == findings.c.account_id)
            .where(findings.c.account_id == account_id, findings.c.scan_id < before_scan)
            .limit(1)
        ).first()
        if row is None:
            continue
        stored = orjson.loads(row.weighting)
        yield account_id, Weighable(Severity(row.severity), Confidence(row.confidence), stored, row.followers or 0, 0, 0)
