"""The person's role, read from a profile file, and the weighting the guidance asks for.

The guidance weighs a post more when the author's position is more visible, more senior (or the
role they hope to hold is), when the account has many followers, and when the post itself
travelled far. `weigh` turns those into named factors so the report can explain the score.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from footprint.errors import ConfigError
from footprint.records import Confidence, Severity, Subject

SEVERITY_POINTS = {Severity.INFO: 0.0, Severity.LOW: 1.0, Severity.MEDIUM: 3.0, Severity.HIGH: 6.0}
CONFIDENCE_FACTOR = {Confidence.LOW: 0.5, Confidence.MEDIUM: 0.75, Confidence.HIGH: 1.0}
_CLASSIFICATION = re.compile(r"^\s*([A-Za-z]{2,4})[\s-]*0*(\d{1,2})\s*$")
# Executive groups and those who head organizations are held to the highest standard.
_EXECUTIVE_GROUPS = {"EX": 1.6, "DM": 2.2, "GIC": 2.2, "LC": 1.6}
# A profile is five settings; anything this big is the wrong file.
MAX_PROFILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class RoleProfile:
    organization: str | None = None
    classification: str | None = None
    public_facing: bool = False
    target_classification: str | None = None
    language: str = "en"

    @classmethod
    def load(cls, path: Path) -> RoleProfile:
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_PROFILE_BYTES + 1)  # bounded: the path may be /dev/zero
        except OSError as exc:
            raise ConfigError(f"cannot read the profile ({exc.strerror or exc})", path=str(path)) from exc
        if len(raw) > MAX_PROFILE_BYTES:
            raise ConfigError(
                f"larger than {MAX_PROFILE_BYTES // 1024} KB; a role profile is a few lines (see README)", path=str(path)
            )
        try:
            data = tomllib.loads(raw.decode("utf-8-sig"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"not valid TOML ({exc})", path=str(path)) from exc
        except RecursionError:
            # tomllib parses nested arrays and inline tables recursively; a few hundred levels
            # exhaust the stack, and no profile setting is nested at all.
            raise ConfigError("not a role profile: values nested hundreds of levels deep", path=str(path)) from None
        return cls.from_mapping(data, where=str(path))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], where: str | None = None) -> RoleProfile:
        known = {"organization", "classification", "public_facing", "target_classification", "language"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(
                f"unknown setting(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})", path=where
            )
        for key in ("classification", "target_classification"):
            value = data.get(key)
            if value is not None and not (isinstance(value, str) and _CLASSIFICATION.match(value)):
                raise ConfigError(f"{key} must look like EC-05 or EX-02, not {value!r}", path=where)
        if "public_facing" in data and not isinstance(data["public_facing"], bool):
            raise ConfigError("public_facing must be true or false", path=where)
        language = data.get("language", "en")
        if language not in ("en", "fr"):
            raise ConfigError("language must be 'en' or 'fr'", path=where)
        return cls(
            organization=data.get("organization"),
            classification=data.get("classification"),
            public_facing=bool(data.get("public_facing", False)),
            target_classification=data.get("target_classification"),
            language=language,
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def seniority_factor(classification: str | None) -> float:
    """1.0 for an unknown or entry-level position, rising with level; executives far higher."""
    if not classification:
        return 1.0
    match = _CLASSIFICATION.match(classification)
    if not match:
        return 1.0
    group, level = match.group(1).upper(), int(match.group(2))
    if group in _EXECUTIVE_GROUPS:
        return _EXECUTIVE_GROUPS[group] + 0.1 * max(0, level - 1)
    return 1.0 + 0.04 * max(0, level - 1)


STANDARD_FACTORS = ("severity", "confidence", "seniority", "public_role", "followers", "engagement")


def weigh(
    severity: Severity,
    confidence: Confidence,
    subject: Subject,
    role: RoleProfile,
    context: Mapping[str, float] | None = None,
) -> tuple[float, dict[str, float]]:
    """The ranking score of a finding about `subject`, and the named factors behind it."""
    return weigh_values(
        severity,
        confidence,
        role,
        followers=subject.followers,
        likes=subject.like_count,
        reposts=subject.repost_count,
        context=context,
    )


def weigh_values(
    severity: Severity,
    confidence: Confidence,
    role: RoleProfile,
    *,
    followers: int,
    likes: int,
    reposts: int,
    context: Mapping[str, float] | None = None,
) -> tuple[float, dict[str, float]]:
    factors: dict[str, float] = {
        "severity": SEVERITY_POINTS[severity],
        "confidence": CONFIDENCE_FACTOR[confidence],
        # The guidance: think of the role you hold and the roles you may wish to hold.
        "seniority": max(seniority_factor(role.classification), seniority_factor(role.target_classification)),
        "public_role": 1.3 if role.public_facing else 1.0,
        "followers": 1.0 + math.log10(1 + max(0, followers)) / 4,
        "engagement": 1.0 + math.log10(1 + max(0, likes) + max(0, reposts)) / 6,
    }
    for name, value in (context or {}).items():
        if name not in STANDARD_FACTORS:
            factors[name] = value
    score = 1.0
    for value in factors.values():
        score *= value
    return round(score, 2), {k: round(v, 3) for k, v in factors.items()}
