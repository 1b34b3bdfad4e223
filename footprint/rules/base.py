"""What a rule is. Codes are contracts: once released, a code is never renamed or reused.

A rule reads a `Subject` whose fields arrive both as written and folded (lower-case, no accents,
same offsets: see `footprint.text`), and yields `RuleHit`s whose evidence spans point into the
text as written. The registry refuses a rule without a well-formed code, a docstring, a category
or a guidance citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import ClassVar

from footprint.errors import ConfigError
from footprint.records import (
    CATEGORIES,
    PROFILE_KIND,
    Citation,
    Confidence,
    Evidence,
    RuleHit,
    Severity,
    Subject,
)
from footprint.rules.view import WORDS_AS_RULES_SEE_THEM
from footprint.rules.view import current as current_view

CODE_PATTERN = re.compile(r"^[A-Z]{3}\d{3}$")
ITEM = "item"
PROFILE = "profile"
# What a rule reads from the analyzer's view of a subject (`Rule.reads`).
TEXT = "text"
PICTURES = "pictures"


class Rule:
    """Base class; subclasses set the class attributes and implement `check`."""

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[Severity]
    confidence: ClassVar[Confidence]
    guidance: ClassVar[Citation]
    action: ClassVar[str]
    consult: ClassVar[tuple[str, ...]]
    applies_to: ClassVar[frozenset[str]] = frozenset({ITEM})
    # TEXT: the folded fields (and words) of the view; PICTURES: what the picture checks stored
    # at import (`SubjectView.pictures`). Picture rules run after the text of the pictures.
    reads: ClassVar[str] = TEXT
    # Categories whose findings on the same subject make this rule's hits redundant: the analyzer
    # runs such a rule after the others and skips it when one of them already spoke (a learned
    # rule defers to the transparent rules, whose explanation is clearer).
    defers_to: ClassVar[tuple[str, ...]] = ()
    # Words of a post's "text" field (`text_words`) without one of which the rule finds nothing
    # in a post, i.e. its own first test (for a rule that reads no other field of a post). The
    # analyzer tests them once per post in C and does not call the rule for a post that holds none
    # of them (most posts), which saves the call itself; the rule keeps its own test for callers
    # outside the analyzer. Profiles are never gated. None: always called.
    text_gate: ClassVar[frozenset[str] | None] = None
    examples_flagged: ClassVar[tuple[str, ...]] = ()
    examples_not_flagged: ClassVar[tuple[str, ...]] = ()

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterable[RuleHit]:
        raise NotImplementedError

    def gate_words(self) -> frozenset[str] | None:
        """`text_gate`, or words a rule can only know once its data is loaded (asked once, when an
        analyzer is built)."""
        return self.text_gate

    def applies(self, subject: Subject) -> bool:
        kind = PROFILE if subject.kind == PROFILE_KIND else ITEM
        return kind in self.applies_to

    # -- documentation, shown by `footprint rules --explain` and in reports

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0]

    @classmethod
    def explanation(cls) -> str:
        lines = (cls.__doc__ or "").strip().splitlines()[1:]
        return "\n".join(line.strip() for line in lines).strip()

    @classmethod
    def validate(cls) -> None:
        problems = []
        if not CODE_PATTERN.match(getattr(cls, "code", "")):
            problems.append("code must look like ABC123")
        for attr in ("name", "category", "severity", "confidence", "guidance", "action", "consult"):
            if not hasattr(cls, attr):
                problems.append(f"missing {attr}")
        if getattr(cls, "category", None) not in CATEGORIES:
            problems.append(f"category must be one of {', '.join(CATEGORIES)}")
        if not cls.__doc__ or not cls.explanation():
            problems.append("docstring needs a summary line and an explanation")
        if problems:
            raise ConfigError(f"rule {cls.__name__}: " + "; ".join(problems))


def evidence(subject: Subject, field: str, start: int, end: int) -> Evidence:
    return Evidence(field=field, start=start, end=end, text=subject.fields[field][start:end])


def sentences(folded: str) -> Iterator[tuple[int, int]]:
    """Spans of sentence-like chunks; a partisan cue and a party must share one to count."""
    start = 0
    for match in _SENTENCE_END.finditer(folded):
        if match.start() > start:
            yield start, match.start()
        start = match.end()
    if start < len(folded):
        yield start, len(folded)


# The leading lookahead lets the engine skip most positions on one character test (same
# matches as without it, ~40 % cheaper on dev posts).
_SENTENCE_END = re.compile(r"(?=[.!?;\n])(?:[.!?;\n]+(?=\s|$)|\n+)")

_NEGATORS = re.compile(
    r"\b(?:not|never|no|nothing|pas|jamais|aucun|aucune|sans)\b|n't\b"
)


# "Don't forget to vote", « n'oubliez pas de voter », "not only": a "not" that negates nothing.
_NOT_NEGATING = re.compile(
    r"(?:don't|do\s+not|never)\s+forget|n'oubl\w*\s+(?:jamais|pas)|ne\s+manquez\s+pas|n'hesitez\s+pas"
    r"|don't\s+hesitate|not\s+only|non\s+seulement|pas\s+seulement"
)


def negated(folded: str, start: int, window: int = 28) -> bool:
    """True when a negation shortly precedes `start` ("my team is not useless")."""
    begin = max(0, start - window)
    found = _NEGATORS.search(folded, begin, start)
    if found is None:
        return False
    # Rare: an exhortation's "not" ("don't forget to vote Bloc"); the window is checked again
    # without it, since a real negation may stand beside it.
    for kind in _NOT_NEGATING.finditer(folded, max(0, begin - 12), start):
        if kind.start() <= found.start() < kind.end():
            return _NEGATORS.search(folded, kind.end(), start) is not None
    return True


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of folded words, longest first so phrases win over their parts."""
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in unique)


# Words as rules see them: "@handles", and starred spellings ("f*ck") kept whole.
WORD_TOKEN = WORDS_AS_RULES_SEE_THEM
# On ASCII text the same words, found by ASCII classes (cheaper per character than Unicode ones).
_ASCII_WORD_TOKEN = re.compile(WORDS_AS_RULES_SEE_THEM.pattern, re.ASCII)
# ASCII text without '@' or '*' has no handle and no starred spelling: its words are the runs
# of ASCII letters and digits, so every other byte becomes a space and `split` finds them.
_ASCII_SPACES = bytes(code if chr(code).isascii() and chr(code).isalnum() else 32 for code in range(256))


def split_words(folded: str) -> list[str]:
    """`WORD_TOKEN.findall(folded)`: the words of a folded text, in order. Most posts are ASCII
    once folded and hold no '@' or '*': those are split in C without the regex, four times faster."""
    if folded.isascii():
        if "@" in folded or "*" in folded:
            return _ASCII_WORD_TOKEN.findall(folded)
        return folded.encode().translate(_ASCII_SPACES).decode().split()
    return WORD_TOKEN.findall(folded)


def text_words(folded: str) -> frozenset[str]:
    """The set of words of a folded text, split once per subject: during an analysis the
    subject's view keeps it (see `footprint.rules.view`), so every rule that asks shares one
    split and uses it to skip a post cheaply when none of its words is in it."""
    view = current_view()
    if view is None:
        return frozenset(split_words(folded))
    words = view.words_by_text.get(folded)
    if words is None:
        words = view.words_by_text[folded] = frozenset(words_in_order(folded))
    return words


def words_in_order(folded: str) -> list[str]:
    """The words of a folded text in order (`WORD_TOKEN.findall`), split once per subject as
    `text_words` is (which keeps this list too). The list is shared: read it, never change it."""
    view = current_view()
    if view is None:
        return split_words(folded)
    words = view.word_lists.get(folded)
    if words is None:
        words = view.word_lists[folded] = split_words(folded)
    return words
