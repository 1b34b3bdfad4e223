"""Official Government of Canada symbols named as one's avatar, banner or logo (SYM0xx), text only.

Public servants must not use any official Government of Canada symbol on their personal
accounts. Pictures are a later issue; this rule reads the text of posts and profiles for an
official symbol (the Canada wordmark, the Government of Canada or FIP signature, the Arms of
Canada, « mot-symbole Canada », « armoiries du Canada ») named together with a use on the
account ("my new avatar", « photo de profil », "banner", "as my logo").

The national flag and the maple leaf are national symbols that anyone may display: they never
flag. Talking about a symbol (its history, a redesign) without using it is not flagged either.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from functools import cache
from importlib.resources import files

from footprint import guidance as gd
from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules.base import (
    ITEM,
    PROFILE,
    Rule,
    evidence,
    negated,
    text_words,
    word_alternation,
)
from footprint.text import fold

DATA_FILE = "gc_symbols.toml"
_FIELDS = ("text", "bio", "display_name")
# Words one of which a text needs before the rule looks further (a cheap first pass).
_SYMBOL_WORDS = frozenset({
    "wordmark", "word", "signature", "fip", "arms", "logo", "emblem", "embleme", "armoiries", "symbole", "pcim",
})


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = tomllib.loads(files("footprint.rules").joinpath("data", DATA_FILE).read_text(encoding="utf-8"))

    def compiled(section: str) -> re.Pattern[str]:
        words = [fold(w) for entries in data[section].values() for w in entries]
        alternation = word_alternation(words).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]")
        return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")

    return compiled("symbols"), compiled("use_as_picture"), compiled("removal")


class OfficialSymbolAsPicture(Rule):
    """Official GC symbol named as your avatar, banner or logo.

    "My new avatar is the Canada wordmark", "banner: Arms of Canada", « le mot-symbole Canada
    en photo de profil »: official symbols are reserved for Government of Canada
    communications, and on a personal account they make it look official. The flag and the
    maple leaf are fine.
    """

    code = "SYM001"
    text_gate = _SYMBOL_WORDS  # a post's only field is its text
    name = "official-symbol-as-picture"
    category = "gc_symbols"
    severity = Severity.MEDIUM
    confidence = Confidence.LOW
    guidance = gd.OFFICIAL_SYMBOLS
    consult = (gd.COMMUNICATIONS, gd.VALUES_ETHICS)
    applies_to = frozenset({ITEM, PROFILE})
    action = "Replace the picture or logo with one that is not an official symbol (a flag or maple leaf is fine)."
    examples_flagged = ("My new avatar is the Canada wordmark 😎", "J'ai mis les armoiries du Canada comme photo de profil")
    examples_not_flagged = ("New avatar: a maple leaf and the flag 🇨🇦🍁", "The Canada wordmark was introduced in 1980.", "Removed the Canada wordmark from my banner")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        symbols, use, removal = _patterns()
        for field in _FIELDS:
            value = folded.get(field)
            if not value or text_words(value).isdisjoint(_SYMBOL_WORDS) or not symbols.search(value):
                continue
            symbol = symbols.search(value)
            cues = list(use.finditer(value))
            if symbol is None or not cues:
                continue
            cue = min(cues, key=lambda c: abs(c.start() - symbol.start()))
            if removal.search(value) or negated(value, min(symbol.start(), cue.start()), window=20):
                continue
            spans = sorted({symbol.span(), cue.span()})
            yield RuleHit(
                evidence=tuple(evidence(subject, field, s, e) for s, e in spans),
                message="Names an official Government of Canada symbol as the account's picture or logo.",
                confidence=Confidence.MEDIUM if re.search(r"(?<!\w)(?:my|mon|ma|mes|our|notre|j'ai|je|i)(?!\w)", value) else None,
            )
            return


RULES: tuple[type[Rule], ...] = (OfficialSymbolAsPicture,)
