"""What the personal-safety rules (SAF0xx) share: their family's citation and people to consult,
the fields they read, their word lists, and the small grammar of times and dates that several
of them need (a clock time, a weekday, "until the 20th", « jusqu'au 20 »).

Every pattern here runs on folded text (lower-case, no accents, same offsets: footprint.text).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from typing import Any

from footprint import guidance as gd
from footprint.records import PROFILE_KIND, Subject
from footprint.rules.base import ITEM, PROFILE, Rule, word_alternation
from footprint.text import fold

_FIELDS = ("text", "bio", "location", "display_name")


@cache
def data(name: str = "personal_info.toml") -> dict[str, Any]:
    """A word-list file under footprint/rules/data, read once."""
    return tomllib.loads(files("footprint.rules").joinpath("data", name).read_text(encoding="utf-8"))


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """Folded words as a regex alternation, longest first, a space matching any run of blanks
    or a hyphen ("house sitter", "house-sitter")."""
    return word_alternation(fold(w) for w in words).replace(r"\ ", r"[\s-]+")


def trie_alternation(words: list[str] | tuple[str, ...]) -> str:
    """The same alternation as `alternation`, shared prefixes factored into a trie ("parc",
    "parc a chiens", "parking lot" share "par"): a long list of place words is tried once per
    letter instead of once per word. Longer words still win (each optional tail is greedy), a
    space still matches any run of blanks or a hyphen."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in {fold(w) for w in words if w}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [(r"[\s-]+" if char == " " else re.escape(char)) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def section(name: str, key: str, *langs: str) -> list[str]:
    """The words of `[key]` in data file `name`, for the given languages (all when none)."""
    entries = data(name)[key]
    return [w for lang in (langs or tuple(entries)) for w in entries.get(lang, [])]


def fields(subject: Subject, folded: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(field, as written, folded) for the fields a safety rule reads: a post's text, or a
    profile's bio, location and display name. Six rules of the family ask in turn about the same
    subject: the list is built once and kept with the subject and its view (read it, never change it)."""
    last_subject, last_folded, found = _FIELDS_LAST[0]
    if last_subject is subject and last_folded is folded:
        return found
    if subject.kind != PROFILE_KIND:
        value = folded.get("text")
        found = [("text", subject.fields["text"], value)] if value else []
    else:
        found = [(name, subject.fields[name], folded[name]) for name in _FIELDS if folded.get(name)]
    _FIELDS_LAST[0] = (subject, folded, found)
    return found


# (subject, its folded fields, the list) in one slot, replaced whole; the slot holds both
# objects, so neither can be freed and its identity taken by the next subject's
_FIELDS_LAST: list[tuple[Subject | None, Mapping[str, str] | None, list[tuple[str, str, str]]]] = [(None, None, [])]


_DIGIT = re.compile(r"\d")
# (text, answer) in one slot, replaced whole, so a reader never pairs a text with another's answer
_DIGIT_LAST: list[tuple[str | None, bool]] = [(None, False)]


def has_digit(folded: str) -> bool:
    """Whether the text holds a digit. Addresses, phone numbers, birth dates and routines all
    need one, and the family's rules ask about the same text in turn: the scan is done once."""
    text, answer = _DIGIT_LAST[0]
    if text is not folded:
        if folded.isascii():
            # (in ASCII the only digits are 0-9: deleting them in C is twice as fast as the scan)
            encoded = folded.encode()
            answer = len(encoded.translate(None, _ASCII_DIGITS)) != len(encoded)
        else:
            answer = _DIGIT.search(folded) is not None
        _DIGIT_LAST[0] = (folded, answer)
    return answer


_ASCII_DIGITS = b"0123456789"


def unshouted(original: str) -> str:
    """A post typed all in capitals ("AT THE SENS GAME RN"), read as if typed in lower case: its
    capitals tell no name from any other word, and lower-case posts have readings of their own
    (same length, so the offsets hold)."""
    if original.isupper():
        lowered = original.lower()
        if len(lowered) == len(original):
            return lowered
    return original


class SafetyRule(Rule):
    category = "personal_safety"
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.MANAGER, gd.SECURITY)
    applies_to = frozenset({ITEM, PROFILE})


# -- times and dates, folded ------------------------------------------------------------------

WEEKDAYS = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?"
)
MONTHS = (
    r"jan(?:uary|vier)?|feb(?:ruary)?|fevrier|mar(?:ch|s)?|apr(?:il)?|avril|may|mai|june?|juin|july?|juillet"
    r"|aug(?:ust)?|aout|sept?(?:ember|embre)?|oct(?:ober|obre)?|nov(?:ember|embre)?|dec(?:ember|embre)?"
)
# 7:42, 6 am, 6am, 3:15 p.m., 15 h 30, 15h, 7 h
CLOCK = (
    r"(?:[01]?\d|2[0-3])(?::[0-5]\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?(?![a-z])|\s*h\s*(?:[0-5]\d)?(?![a-z]))"
    r"|(?:noon|midi|midnight|minuit)"
)
DAY_OF_MONTH = r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th|er|e)?(?:\s+(?:of\s+)?(?:" + MONTHS + r"))?"
# A time someone can be found at or away until: a weekday, a date, "the 20th", a clock time.
WHEN = rf"(?:{WEEKDAYS}|(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|{DAY_OF_MONTH}|{CLOCK})"


@cache
def span_pattern(expr: str) -> re.Pattern[str]:
    return re.compile(expr)
