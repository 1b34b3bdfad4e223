"""SQLAlchemy 2 tables. The schema itself is created and upgraded only by the migrations in
`footprint/migrations/versions`; a test checks that these models and the migrated schema agree.

Times are stored as naive UTC (SQLite has no time zone) and come back aware through `UTCDateTime`.
Raw source records are kept as JSON text so a new rule never needs a new import.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, naive UTC on disk."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; connectors must give UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("platform", "native_id", name="uq_accounts_platform_native"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    native_id: Mapped[str] = mapped_column(String(255))
    handle: Mapped[str | None] = mapped_column(String(255))
    display_name: Mapped[str | None] = mapped_column(Text)
    bio: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    avatar: Mapped[str | None] = mapped_column(Text)
    banner: Mapped[str | None] = mapped_column(Text)
    # sha256 of the avatar and banner pictures last read from an export (see `pictures`).
    avatar_sha: Mapped[str | None] = mapped_column(String(64))
    banner_sha: Mapped[str | None] = mapped_column(String(64))
    followers: Mapped[int | None] = mapped_column(Integer)
    following: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    url: Mapped[str | None] = mapped_column(Text)
    raw: Mapped[str | None] = mapped_column(Text)
    raw_sha: Mapped[str | None] = mapped_column(String(64))
    # raw_sha when the rules last looked at this profile; a scan skips it while they are equal.
    analyzed_sha: Mapped[str | None] = mapped_column(String(64))


class ImportRun(Base):
    __tablename__ = "imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    connector: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    tool_version: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    items_seen: Mapped[int] = mapped_column(Integer, default=0)
    items_added: Mapped[int] = mapped_column(Integer, default=0)
    items_updated: Mapped[int] = mapped_column(Integer, default=0)
    profiles: Mapped[int] = mapped_column(Integer, default=0)
    reactions: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)


class ItemRow(Base):
    __tablename__ = "items"
    __table_args__ = (
        UniqueConstraint("platform", "account_id", "native_id", name="uq_items_key"),
        Index("ix_items_created_at", "created_at"),
        # What an incremental scan reads: the items whose text the rules have not seen. The
        # scan's queries repeat this condition word for word so SQLite can use the index.
        Index("ix_items_to_analyze", "id", sqlite_where=text("analyzed_sha IS NULL OR analyzed_sha != raw_sha")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    native_id: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    url: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    visibility: Mapped[str | None] = mapped_column(String(32))
    like_count: Mapped[int | None] = mapped_column(Integer)
    repost_count: Mapped[int | None] = mapped_column(Integer)
    reply_to: Mapped[str | None] = mapped_column(String(255))
    quote_of: Mapped[str | None] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    raw: Mapped[str | None] = mapped_column(Text)
    raw_sha: Mapped[str] = mapped_column(String(64))
    analyzed_sha: Mapped[str | None] = mapped_column(String(64))
    import_id: Mapped[int | None] = mapped_column(ForeignKey("imports.id"))


class Media(Base):
    __tablename__ = "media"
    __table_args__ = (UniqueConstraint("item_id", "ref", name="uq_media_item_ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    ref: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    url: Mapped[str | None] = mapped_column(Text)
    source_path: Mapped[str | None] = mapped_column(Text)
    native_id: Mapped[str | None] = mapped_column(String(255))
    picture_sha: Mapped[str | None] = mapped_column(String(64))


class Picture(Base):
    """What the picture checks saw in one picture, keyed by its content: the same avatar in
    two exports is read once. `scanner` names the detector and fingerprints that produced
    `result`; a different scanner means the picture is read again."""

    __tablename__ = "pictures"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    scanner: Mapped[str] = mapped_column(String(64))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    format: Mapped[str | None] = mapped_column(String(16))
    result: Mapped[str] = mapped_column(Text)
    # True when the result gives a finding: only those keep a thumbnail for the report.
    reportable: Mapped[bool] = mapped_column(Boolean, default=False)
    thumbnail: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReactionRow(Base):
    __tablename__ = "reactions"
    __table_args__ = (
        UniqueConstraint("platform", "account_id", "kind", "target_id", name="uq_reactions_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    kind: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[str] = mapped_column(String(255))
    text: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    raw: Mapped[str | None] = mapped_column(Text)


class SkippedRow(Base):
    __tablename__ = "skipped"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("imports.id"))
    source: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    detail: Mapped[str | None] = mapped_column(Text)


class Scan(Base):
    __tablename__ = "scans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    tool_version: Mapped[str] = mapped_column(String(32))
    rules_used: Mapped[str] = mapped_column(Text)
    # Fingerprint of the rules' code and data: when it changes, the next scan looks at everything.
    ruleset: Mapped[str | None] = mapped_column(String(64))
    full: Mapped[bool] = mapped_column(Boolean, default=True)
    role_profile: Mapped[str | None] = mapped_column(Text)
    items_scanned: Mapped[int] = mapped_column(Integer, default=0)
    profiles_scanned: Mapped[int] = mapped_column(Integer, default=0)
    findings: Mapped[int] = mapped_column(Integer, default=0)
    rule_errors: Mapped[int] = mapped_column(Integer, default=0)


class FindingRow(Base):
    """The current findings: replaced as a whole by each scan, identified by fingerprint."""

    __tablename__ = "findings"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    scan_id: Mapped[int] = mapped_column(ForeignKey("scans.id"))
    first_scan_id: Mapped[int] = mapped_column(Integer)
    # The score this finding had in the previous scan, to say what a new role pushed up.
    previous_score: Mapped[float | None] = mapped_column(Float)
    rule: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32))
    severity: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    message: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)
    weighting: Mapped[str] = mapped_column(Text)
    subject_kind: Mapped[str] = mapped_column(String(16))
    platform: Mapped[str] = mapped_column(String(32))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    native_id: Mapped[str] = mapped_column(String(255))


class RuleError(Base):
    __tablename__ = "rule_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scan_id: Mapped[int] = mapped_column(ForeignKey("scans.id"))
    rule: Mapped[str] = mapped_column(String(16))
    platform: Mapped[str] = mapped_column(String(32))
    native_id: Mapped[str] = mapped_column(String(255))
    error: Mapped[str] = mapped_column(Text)


class Decision(Base):
    """A person's verdict on a finding, keyed by the finding's fingerprint so it outlives scans."""

    __tablename__ = "decisions"

    finding_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    decision: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
    tool_version: Mapped[str] = mapped_column(String(32))


class SyncState(Base):
    """Where a live pull stopped, per connector and account, so the next pull fetches only newer items."""

    __tablename__ = "sync_state"

    connector: Mapped[str] = mapped_column(String(64), primary_key=True)
    account: Mapped[str] = mapped_column(String(255), primary_key=True)
    state: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DeletionRow(Base):
    """One deletion `footprint clean` asked a platform for: which post, when, and what came of
    it. `result` is "pending" from just before the request until the answer is recorded, so a
    run cut short in between is recognised by the next one. The row stays after the post is
    gone: it is the record of what was removed."""

    __tablename__ = "deletions"
    __table_args__ = (Index("ix_deletions_item", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    platform: Mapped[str] = mapped_column(String(32))
    native_id: Mapped[str] = mapped_column(String(255))
    url: Mapped[str | None] = mapped_column(Text)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    result: Mapped[str] = mapped_column(String(16))  # pending | deleted | failed
    detail: Mapped[str | None] = mapped_column(Text)
    tool_version: Mapped[str] = mapped_column(String(32))
