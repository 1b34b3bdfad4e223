"""The one prepared view of a subject that the analyzer hands every rule.

A rule used to receive a plain mapping of folded fields and rebuild what it needed (the words of
the text, the family's own reading of it) behind process-wide single-slot caches. The view does
that work once per subject and keeps it for the rules that follow:

- it is still the mapping of folded fields (`view["text"]`), so a rule reads it as before;
- `words_by_text` keeps the set of words of each folded field, filled by `text_words`, and
  `word_lists` the same words in order, filled by `words_in_order` (both in rules/base.py);
- `derived(key, compute)` keeps whatever a family of rules computes from the subject (its
  reading of the text) for the family's other rules; the key names the family's function;
- `pictures(reader)` are the stored results of the picture checks, decoded once; a damaged one
  is noted as a problem of the first rule that reads it (the analyzer reports it as a rule
  error) and skipped by all.

Everything lives exactly as long as the analysis of one subject. Helpers deep inside a rule
family that only hold the folded string reach the same memo through `current()`: the analyzer
makes the view current while the rules run (a context variable: one per thread, nothing left
behind between subjects). Outside an analysis (a test calling `check` directly) there is no
current view and helpers simply compute.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar, Token
from typing import TYPE_CHECKING, Any, TypeVar

from footprint.records import Subject

if TYPE_CHECKING:  # pragma: no cover
    from footprint.images.scan import ImageResult

T = TypeVar("T")

# Words as rules see them: "@handles", and starred spellings ("f*ck") kept whole.
WORDS_AS_RULES_SEE_THEM = re.compile(r"@[\w.]+|[^\W_]+(?:\*+[^\W_]+)*")

_CURRENT: ContextVar[SubjectView | None] = ContextVar("footprint_subject_view", default=None)


class SubjectView(dict[str, str]):
    """Folded fields of one subject, and what rules derived from them, computed once.

    A dict of the folded fields (so `view.get("text")` costs what it cost when rules received a
    plain dict: rules ask dozens of times per post) with the derived values beside it."""

    __slots__ = ("subject", "_memo", "words_by_text", "word_lists", "_pictures", "problems")

    def __init__(self, subject: Subject, folded: Mapping[str, str]) -> None:
        super().__init__(folded)
        self.subject = subject
        self._memo: dict[Hashable, Any] = {}
        # Folded string -> its words, for `text_words`, which every rule calls several times
        # per post: a dict keyed by the string itself, found by identity first.
        self.words_by_text: dict[str, frozenset[str]] = {}
        self.word_lists: dict[str, list[str]] = {}
        self._pictures: list[tuple[str, ImageResult]] | None = None
        # (rule code, message): inputs a rule could not read, reported as rule errors.
        self.problems: list[tuple[str, str]] = []

    def derived(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()` the first time `key` is asked for this subject, the same value after."""
        memo = self._memo
        if key in memo:  # a test, not a caught KeyError: most keys are asked for the first time
            return memo[key]  # type: ignore[no-any-return]
        value = memo[key] = compute()
        return value

    def pictures(self, reader: str) -> list[tuple[str, ImageResult]]:
        """(reference, decoded result) of each picture the picture checks stored for this subject."""
        if self._pictures is None:
            from footprint.images.scan import ImageResult

            decoded: list[tuple[str, ImageResult]] = []
            for ref, stored in self.subject.pictures:
                try:
                    decoded.append((ref, ImageResult.from_dict(stored)))
                except (KeyError, TypeError, ValueError) as exc:  # a damaged stored result
                    self.problems.append((reader, f"picture {ref}: {type(exc).__name__}: {exc}"))
            self._pictures = decoded
        return self._pictures


# The view of the subject being analyzed on this thread, if any (a bound C method: helpers
# call it per word test).
current: Callable[[], SubjectView | None] = _CURRENT.get


def derived(key: Hashable, compute: Callable[[], T]) -> T:
    """`SubjectView.derived` on the current view; without one, just `compute()`."""
    view = _CURRENT.get()
    return compute() if view is None else view.derived(key, compute)


# The analyzer's way in and out, without a context manager's cost per post.
enter: Callable[[SubjectView | None], Token[SubjectView | None]] = _CURRENT.set
leave: Callable[[Token[SubjectView | None]], None] = _CURRENT.reset


@contextmanager
def analyzing(view: SubjectView) -> Iterator[SubjectView]:
    token = enter(view)
    try:
        yield view
    finally:
        leave(token)
