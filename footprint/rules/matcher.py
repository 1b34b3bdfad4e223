"""Fast whole-word matching of many literal terms (party names, leaders, organizations).

A regex alternation of hundreds of names is tried at every position of every post; an
Aho-Corasick automaton finds all of them in one pass, which keeps the analyzer above 10,000
posts a second. Terms and text are both folded (see `footprint.text`), so offsets hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Generic, TypeVar

import ahocorasick

V = TypeVar("V")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class TermMatcher(Generic[V]):
    """Finds whole-word occurrences of the given terms, longest match first, no overlaps."""

    def __init__(
        self, terms: Mapping[str, V] | Iterable[str], *, default: V | None = None, possessive: bool = False
    ) -> None:
        self._automaton = ahocorasick.Automaton()
        self._possessive = possessive
        items = terms.items() if isinstance(terms, Mapping) else ((t, default) for t in terms)
        count = 0
        unmarked: dict[str, tuple[str, V | None]] = {}
        for term, value in items:
            if term:
                self._automaton.add_word(term, (len(term), term, value))
                count += 1
                if "'" in term and " " in term:
                    # "its time for you to get ahead", « quil nous faut »: phrases typed without
                    # their apostrophes (single words are left alone: "we'll" would be "well")
                    unmarked.setdefault(term.replace("'", ""), (term, value))
        for bare, (term, value) in unmarked.items():
            if not self._automaton.exists(bare):
                self._automaton.add_word(bare, (len(bare), term, value))
        self._empty = count == 0
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, str, V]]:
        if self._empty:
            return []
        if "  " in text:
            # "want to  quit", two spaces after a full stop: terms are written with one space, so
            # runs of spaces are read as one and the spans mapped back onto the text as written.
            squeezed, origin = squeezed_spaces(text)
            return [
                (origin[start], origin[end - 1] + 1, term, value) for start, end, term, value in self._find(squeezed)
            ]
        return self._find(text)

    def _find(self, text: str) -> list[tuple[int, int, str, V]]:
        found: list[tuple[int, int, str, V]] = []
        for end_index, (length, term, value) in self._automaton.iter(text):
            start, end = end_index - length + 1, end_index + 1
            if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(term[0]):
                continue
            if end < len(text) and _is_word_char(text[end]) and _is_word_char(term[-1]):
                # "Trudeaus budget", "Canadas Conservatives": a possessive typed without its
                # apostrophe, for the matchers of names that ask for it
                if not (
                    self._possessive and text[end] == "s" and term[-1] != "s"
                    and (end + 1 == len(text) or not _is_word_char(text[end + 1]))
                ):
                    continue
            found.append((start, end, term, value))
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        kept: list[tuple[int, int, str, V]] = []
        for match in found:
            if kept and match[0] < kept[-1][1]:
                continue
            kept.append(match)
        return kept


_SPACES = re.compile(r" {2,}")


def squeezed_spaces(text: str) -> tuple[str, list[int]]:
    """The text with each run of spaces cut to one, and for each of its characters the position
    it came from."""
    parts: list[str] = []
    origin: list[int] = []
    last = 0
    for run in _SPACES.finditer(text):
        parts.append(text[last:run.start() + 1])
        origin.extend(range(last, run.start() + 1))
        last = run.end()
    parts.append(text[last:])
    origin.extend(range(last, len(text)))
    return "".join(parts), origin


def spans_by_kind(matcher: TermMatcher[frozenset[str]], text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each kind's terms occur, for a matcher whose terms carry the kinds they belong to."""
    found: dict[str, list[tuple[int, int]]] = {}
    for start, end, _term, kinds in matcher.find(text):
        for kind in kinds:
            found.setdefault(kind, []).append((start, end))
    return found
