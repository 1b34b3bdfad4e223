"""What `footprint clean` needs: the posts whose findings the person confirmed, the copy kept of
an account, and the log of deletions asked for and answered."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from footprint import __version__
from footprint.store._tables import (
    SQL_PARAMS,
    accounts,
    decisions,
    deletions,
    findings,
    imports,
    inserted_id,
    items,
    now,
)
from footprint.store.writer import mark_item_deleted


@dataclass(frozen=True, slots=True)
class ConfirmedPost:
    """A post, reply, repost or comment the person wrote that at least one confirmed finding
    concerns: what `footprint clean` deletes or lists. `account` is the account's native id
    (a Mastodon actor URI, a Bluesky DID...), `rules` and `messages` the confirmed findings'.
    `interrupted` is true when an earlier deletion of it was asked for and never answered."""

    item_id: int
    platform: str
    kind: str
    native_id: str
    text: str
    created_at: datetime | None
    url: str | None
    deleted: bool
    account_row: int
    account: str
    handle: str | None
    rules: tuple[str, ...]
    messages: tuple[str, ...]
    interrupted: bool = False


@dataclass(frozen=True, slots=True)
class KeptCopy:
    """The latest completed import or pull that brought posts of an account, and how many of
    that account's posts the database holds: what stays once they are deleted online."""

    connector: str
    source: str
    finished_at: datetime
    posts: int


def confirmed_posts(conn: Connection, platforms: Sequence[str] | None = None) -> list[ConfirmedPost]:
    """The person's own items (never likes or saves, which live in `reactions`) that a
    confirmed finding concerns, oldest first within each platform, each once."""
    query = (
        select(
            items.c.id, items.c.platform, items.c.kind, items.c.native_id, items.c.text, items.c.created_at,
            items.c.url, items.c.deleted, items.c.account_id, accounts.c.native_id.label("account"),
            accounts.c.handle, findings.c.rule, findings.c.message,
        )
        .select_from(
            findings.join(decisions, decisions.c.finding_id == findings.c.id)
            .join(items, items.c.id == findings.c.item_id)
            .join(accounts, accounts.c.id == items.c.account_id)
        )
        .where(decisions.c.decision == "confirm")
        .order_by(items.c.platform, items.c.created_at, items.c.id, findings.c.rule)
    )
    if platforms:
        query = query.where(items.c.platform.in_(list(platforms)))
    grouped: dict[int, tuple[Any, list[str], list[str]]] = {}
    for row in conn.execute(query):
        entry = grouped.setdefault(row.id, (row, [], []))
        if row.rule not in entry[1]:
            entry[1].append(row.rule)
        if row.message not in entry[2]:
            entry[2].append(row.message)
    interrupted = _pending_deletions(conn, list(grouped))
    return [
        ConfirmedPost(
            item_id=row.id, platform=row.platform, kind=row.kind, native_id=row.native_id, text=row.text,
            created_at=row.created_at, url=row.url, deleted=bool(row.deleted), account_row=row.account_id,
            account=row.account, handle=row.handle, rules=tuple(rules), messages=tuple(messages),
            interrupted=row.id in interrupted,
        )
        for row, rules, messages in grouped.values()
    ]


def _pending_deletions(conn: Connection, item_ids: Sequence[int]) -> set[int]:
    found: set[int] = set()
    for start in range(0, len(item_ids), SQL_PARAMS):
        chunk = item_ids[start : start + SQL_PARAMS]
        found.update(
            conn.execute(
                select(deletions.c.item_id).where(deletions.c.item_id.in_(chunk), deletions.c.result == "pending")
            ).scalars()
        )
    return found


def confirmed_profile_findings(conn: Connection, platforms: Sequence[str] | None = None) -> int:
    """How many confirmed findings concern a profile rather than a post (nothing to delete:
    the person edits the profile)."""
    query = (
        select(func.count())
        .select_from(findings.join(decisions, decisions.c.finding_id == findings.c.id))
        .where(decisions.c.decision == "confirm", findings.c.item_id.is_(None))
    )
    if platforms:
        query = query.where(findings.c.platform.in_(list(platforms)))
    return int(conn.execute(query).scalar_one())


def kept_copy(conn: Connection, account_row: int) -> KeptCopy | None:
    """The latest completed import or pull that brought posts of this account, or None
    when none did (then nothing of it may be deleted online: it would be lost for good)."""
    latest = conn.execute(
        select(imports.c.connector, imports.c.source, imports.c.finished_at)
        .where(
            imports.c.finished_at.is_not(None),
            imports.c.id.in_(select(items.c.import_id).where(items.c.account_id == account_row).distinct()),
        )
        .order_by(imports.c.finished_at.desc(), imports.c.id.desc())
        .limit(1)
    ).first()
    if latest is None:
        return None
    held = conn.execute(
        select(func.count()).select_from(items).where(items.c.account_id == account_row)
    ).scalar_one()
    return KeptCopy(latest.connector, latest.source, latest.finished_at, int(held))


def start_deletion(conn: Connection, post: ConfirmedPost) -> int:
    """Record, before the request leaves, that this post's deletion is being asked for."""
    return inserted_id(
        conn.execute(
            insert(deletions).values(
                item_id=post.item_id, platform=post.platform, native_id=post.native_id, url=post.url,
                requested_at=now(), result="pending", tool_version=__version__,
            )
        )
    )


def finish_deletion(conn: Connection, deletion_id: int, *, deleted: bool, detail: str | None = None) -> None:
    """Record the answer. A deleted post is marked deleted (kept, for the record) and every
    earlier unanswered request for it is closed."""
    item_id = conn.execute(select(deletions.c.item_id).where(deletions.c.id == deletion_id)).scalar_one()
    conn.execute(
        update(deletions)
        .where(deletions.c.id == deletion_id)
        .values(result="deleted" if deleted else "failed", detail=detail, finished_at=now())
    )
    if not deleted:
        return
    conn.execute(
        update(deletions)
        .where(deletions.c.item_id == item_id, deletions.c.result == "pending", deletions.c.id != deletion_id)
        .values(result="deleted", detail="confirmed by a later request", finished_at=now())
    )
    mark_item_deleted(conn, item_id)


def deletion_log(conn: Connection) -> list[dict[str, Any]]:
    """Every deletion asked for, oldest first."""
    return [dict(row._mapping) for row in conn.execute(select(deletions).order_by(deletions.c.id))]
