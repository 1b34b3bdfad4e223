"""SQLAlchemy Core tables. The schema itself is created and upgraded only by the migrations in
`footprint/migrations/versions`; a test checks that these tables and the migrated schema agree.
Core, not ORM classes: the store never maps rows to objects, and declaring ORM models cost every
command 0.15 s of CPU at start-up (importing sqlalchemy.orm and building the mappers).

Times are stored as naive UTC (SQLite has no time zone) and come back aware through `UTCDateTime`.
Raw source records are kept as JSON text so a new rule never needs a new import.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect


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


metadata = MetaData()


accounts = Table(
    "accounts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("platform", String(32), nullable=False),
    Column("native_id", String(255), nullable=False),
    Column("handle", String(255)),
    Column("display_name", Text),
    Column("bio", Text),
    Column("website", Text),
    Column("location", Text),
    Column("email", Text),
    Column("avatar", Text),
    Column("banner", Text),
    # sha256 of the avatar and banner pictures last read from an export (see `pictures`).
    Column("avatar_sha", String(64)),
    Column("banner_sha", String(64)),
    Column("followers", Integer),
    Column("following", Integer),
    Column("created_at", UTCDateTime),
    Column("url", Text),
    Column("raw", Text),
    Column("raw_sha", String(64)),
    # raw_sha when the rules last looked at this profile; a scan skips it while they are equal.
    Column("analyzed_sha", String(64)),
    UniqueConstraint("platform", "native_id", name="uq_accounts_platform_native"),
)


imports = Table(
    "imports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("connector", String(64), nullable=False),
    Column("sha256", String(64), index=True, nullable=False),
    Column("tool_version", String(32), nullable=False),
    Column("started_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime),
    Column("items_seen", Integer, default=0, nullable=False),
    Column("items_added", Integer, default=0, nullable=False),
    Column("items_updated", Integer, default=0, nullable=False),
    Column("profiles", Integer, default=0, nullable=False),
    Column("reactions", Integer, default=0, nullable=False),
    Column("skipped", Integer, default=0, nullable=False),
)


items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("platform", String(32), nullable=False),
    Column("account_id", ForeignKey("accounts.id"), nullable=False),
    Column("native_id", String(255), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", UTCDateTime),
    Column("url", Text),
    Column("language", String(16)),
    Column("visibility", String(32)),
    Column("like_count", Integer),
    Column("repost_count", Integer),
    Column("reply_to", String(255)),
    Column("quote_of", Text),
    Column("deleted", Boolean, default=False, nullable=False),
    Column("raw", Text),
    Column("raw_sha", String(64), nullable=False),
    Column("analyzed_sha", String(64)),
    Column("import_id", ForeignKey("imports.id")),
    UniqueConstraint("platform", "account_id", "native_id", name="uq_items_key"),
    Index("ix_items_created_at", "created_at"),
    # What an incremental scan reads: the items whose text the rules have not seen. The
    # scan's queries repeat this condition word for word so SQLite can use the index.
    Index("ix_items_to_analyze", "id", sqlite_where=text("analyzed_sha IS NULL OR analyzed_sha != raw_sha")),
)


media = Table(
    "media",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", ForeignKey("items.id"), nullable=False),
    Column("ref", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("url", Text),
    Column("source_path", Text),
    Column("native_id", String(255)),
    Column("picture_sha", String(64)),
    UniqueConstraint("item_id", "ref", name="uq_media_item_ref"),
)


# What the picture checks saw in one picture, keyed by its content: the same avatar in
# two exports is read once. `scanner` names the detector and fingerprints that produced
# `result`; a different scanner means the picture is read again.
pictures = Table(
    "pictures",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("scanner", String(64), nullable=False),
    Column("width", Integer),
    Column("height", Integer),
    Column("format", String(16)),
    Column("result", Text, nullable=False),
    # True when the result gives a finding: only those keep a thumbnail for the report.
    Column("reportable", Boolean, default=False, nullable=False),
    Column("thumbnail", Text),
    Column("error", Text),
    Column("scanned_at", UTCDateTime, nullable=False),
)


reactions = Table(
    "reactions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("platform", String(32), nullable=False),
    Column("account_id", ForeignKey("accounts.id"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("target_id", String(255), nullable=False),
    Column("text", Text),
    Column("url", Text),
    Column("raw", Text),
    UniqueConstraint("platform", "account_id", "kind", "target_id", name="uq_reactions_key"),
)


skipped = Table(
    "skipped",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("import_id", ForeignKey("imports.id"), nullable=False),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("detail", Text),
)


scans = Table(
    "scans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime),
    Column("tool_version", String(32), nullable=False),
    Column("rules_used", Text, nullable=False),
    # Fingerprint of the rules' code and data: when it changes, the next scan looks at everything.
    Column("ruleset", String(64)),
    Column("full", Boolean, default=True, nullable=False),
    Column("role_profile", Text),
    Column("items_scanned", Integer, default=0, nullable=False),
    Column("profiles_scanned", Integer, default=0, nullable=False),
    Column("findings", Integer, default=0, nullable=False),
    Column("rule_errors", Integer, default=0, nullable=False),
)


# The current findings: replaced as a whole by each scan, identified by fingerprint.
findings = Table(
    "findings",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("scan_id", ForeignKey("scans.id"), nullable=False),
    Column("first_scan_id", Integer, nullable=False),
    # The score this finding had in the previous scan, to say what a new role pushed up.
    Column("previous_score", Float),
    Column("rule", String(16), nullable=False),
    Column("category", String(32), nullable=False),
    Column("severity", Integer, nullable=False),
    Column("confidence", Integer, nullable=False),
    Column("score", Float, nullable=False),
    Column("message", Text, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("weighting", Text, nullable=False),
    Column("subject_kind", String(16), nullable=False),
    Column("platform", String(32), nullable=False),
    Column("account_id", ForeignKey("accounts.id"), nullable=False),
    Column("item_id", ForeignKey("items.id")),
    Column("native_id", String(255), nullable=False),
    # A re-scan replaces each batch's old findings by item id (store/scanning.py).
    Index("ix_findings_item", "item_id"),
)


rule_errors = Table(
    "rule_errors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("scan_id", ForeignKey("scans.id"), nullable=False),
    Column("rule", String(16), nullable=False),
    Column("platform", String(32), nullable=False),
    Column("native_id", String(255), nullable=False),
    Column("error", Text, nullable=False),
)


# A person's verdict on a finding, keyed by the finding's fingerprint so it outlives scans.
decisions = Table(
    "decisions",
    metadata,
    Column("finding_id", String(64), primary_key=True),
    Column("decision", String(16), nullable=False),
    Column("note", Text),
    Column("decided_at", UTCDateTime, nullable=False),
    Column("tool_version", String(32), nullable=False),
)


# Where a live pull stopped, per connector and account, so the next pull fetches only newer items.
sync_state = Table(
    "sync_state",
    metadata,
    Column("connector", String(64), primary_key=True),
    Column("account", String(255), primary_key=True),
    Column("state", Text, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)


# One deletion `footprint clean` asked a platform for: which post, when, and what came of
# it. `result` is "pending" from just before the request until the answer is recorded, so a
# run cut short in between is recognised by the next one. The row stays after the post is
# gone: it is the record of what was removed.
deletions = Table(
    "deletions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", ForeignKey("items.id"), nullable=False),
    Column("platform", String(32), nullable=False),
    Column("native_id", String(255), nullable=False),
    Column("url", Text),
    Column("requested_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime),
    Column("result", String(16), nullable=False),  # pending | deleted | failed
    Column("detail", Text),
    Column("tool_version", String(32), nullable=False),
    Index("ix_deletions_item", "item_id"),
)
