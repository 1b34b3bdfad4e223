"""Plain, frozen records that flow one way: connector -> store -> analyzer -> report.

Connectors yield `Profile`, `Item`, `Reaction` and `Skipped` records and never touch the
database. Rules receive a `Subject` (a post or a profile seen as a set of text fields) and
return `RuleHit`s; the analyzer turns those into `Finding`s with a stable fingerprint.
Nothing here imports SQLAlchemy, so renderers and rules test without a database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any, Self

from footprint.i18n import N_


@dataclass(frozen=True, slots=True)
class PlatformInfo:
    """What the tool knows of a platform, in one place: the CLI's choices, the report's links."""

    code: str
    # Where the platform documents its privacy and security settings (shown in the report);
    # None sends the reader to the guidance instead.
    settings_help: str | None


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    """A kind of finding and its title in reports (an English msgid, translated when shown)."""

    code: str
    title: str


PLATFORM_TABLE: tuple[PlatformInfo, ...] = (
    PlatformInfo("x", "https://help.x.com/en/safety-and-security"),
    PlatformInfo("mastodon", "https://docs.joinmastodon.org/user/preferences/"),
    PlatformInfo("bluesky", "https://bsky.social/about/support"),
    PlatformInfo("facebook", "https://www.facebook.com/help"),
    PlatformInfo("instagram", "https://help.instagram.com/"),
    PlatformInfo("threads", "https://help.instagram.com/"),
    PlatformInfo("linkedin", "https://www.linkedin.com/help/linkedin"),
    PlatformInfo("reddit", "https://support.reddithelp.com/"),
    PlatformInfo("tiktok", "https://support.tiktok.com/"),
    PlatformInfo("youtube", "https://support.google.com/youtube/"),
    PlatformInfo("web", None),
)
PLATFORMS: tuple[str, ...] = tuple(platform.code for platform in PLATFORM_TABLE)

CATEGORY_TABLE: tuple[CategoryInfo, ...] = (
    CategoryInfo("political_activity", N_("Political activity")),
    CategoryInfo("gc_symbols", N_("Official Government of Canada symbols")),
    CategoryInfo("official_appearance", N_("Could be mistaken for an official account")),
    CategoryInfo("workplace_criticism", N_("Harsh criticism of colleagues or the workplace")),
    CategoryInfo("discrimination_harassment", N_("Discriminatory or harassing content")),
    CategoryInfo("personal_safety", N_("Personal information that risks your safety")),
    CategoryInfo("work_related", N_("Posts about your own work")),
    CategoryInfo("protected_information", N_("Protected or internal information")),
)
CATEGORIES: tuple[str, ...] = tuple(category.code for category in CATEGORY_TABLE)


class _Ranked(IntEnum):
    """An ordered scale whose members read as lower-case words ("high", "medium"...)."""

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Self:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            choices = ", ".join(member.label for member in cls)
            raise ValueError(f"unknown {cls.__name__.lower()} {value!r} (choose from {choices})") from None


class Severity(_Ranked):
    """Impact if the flag is real. `INFO` is advice, never a flag."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Confidence(_Ranked):
    """How often a hit of this rule is a real concern, kept apart from severity."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3


class ItemKind(StrEnum):
    POST = "post"
    REPLY = "reply"
    REPOST = "repost"
    QUOTE = "quote"
    COMMENT = "comment"


PROFILE_KIND = "profile"


@dataclass(frozen=True, slots=True)
class Profile:
    """One account as an export or an API describes it."""

    platform: str
    native_id: str
    handle: str | None = None
    display_name: str | None = None
    bio: str | None = None
    website: str | None = None
    location: str | None = None
    email: str | None = None
    avatar: str | None = None
    banner: str | None = None
    followers: int | None = None
    following: int | None = None
    created_at: datetime | None = None
    url: str | None = None
    raw: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class MediaRef:
    """A photo or video attached to an item; `source_path` points inside the archive."""

    kind: str
    url: str | None = None
    source_path: str | None = None
    native_id: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """Something the person authored or shared: a post, reply, repost, quote or comment."""

    platform: str
    account_id: str
    native_id: str
    kind: ItemKind
    text: str
    created_at: datetime | None
    url: str | None = None
    language: str | None = None
    visibility: str | None = None
    like_count: int | None = None
    repost_count: int | None = None
    reply_to: str | None = None
    quote_of: str | None = None
    deleted: bool = False
    raw: Mapping[str, Any] | None = None
    media: tuple[MediaRef, ...] = ()


@dataclass(frozen=True, slots=True)
class Reaction:
    """Someone else's post the person liked or bookmarked: kept apart, not authored."""

    platform: str
    account_id: str
    target_id: str
    kind: str
    text: str | None = None
    url: str | None = None
    raw: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record or file that was not imported, and why (shown in the report)."""

    source: str
    reason: str
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class SyncPoint:
    """Where a live pull got to (newest id, cursor...), saved with the records it came with."""

    connector: str
    account: str
    state: Mapping[str, Any]


Record = Profile | Item | Reaction | Skipped | SyncPoint


@dataclass(frozen=True, slots=True)
class Citation:
    """The passage of the guidance a rule relates to (English URL, and the French page's)."""

    title: str
    section: str
    url: str
    url_fr: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span inside one field of the subject, in the field's own (unfolded) text."""

    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Subject:
    """What a rule looks at: the text fields of one item or one profile, and their context."""

    platform: str
    account_id: str
    native_id: str
    kind: str
    fields: Mapping[str, str]
    created_at: datetime | None = None
    language: str | None = None
    url: str | None = None
    like_count: int = 0
    repost_count: int = 0
    followers: int = 0
    # What the picture checks found in this subject's pictures: (media path or "avatar" /
    # "banner", the stored result). Only pictures that give a finding are passed.
    pictures: tuple[tuple[str, Mapping[str, Any]], ...] = ()


@dataclass(frozen=True, slots=True)
class RuleHit:
    """What a rule reports; the analyzer adds identity and weight."""

    evidence: tuple[Evidence, ...]
    message: str
    confidence: Confidence | None = None
    # Context the rule saw that changes the weight, e.g. {"election_period": 1.5}.
    factors: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Finding:
    """A flag ready to store: rule identity, the subject it concerns, evidence and weight."""

    id: str
    rule: str
    category: str
    severity: Severity
    confidence: Confidence
    score: float
    message: str
    evidence: tuple[Evidence, ...]
    subject_kind: str
    platform: str
    account_id: str
    native_id: str
    weighting: Mapping[str, float] = field(default_factory=dict)
