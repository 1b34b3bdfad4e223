"""SAF007 splits a post into clauses with a punctuation-only scan when none of _CLAUSE's
word-led alternatives can match: the split must be the one _CLAUSE itself gives."""

import pytest

from footprint.rules import safety_whereabouts as wb
from footprint.text import fold

TEXTS = [
    "Just landed in Cancún! The house is empty for two weeks...",
    "Au chalet jusqu'au 20; personne à la maison\nÀ bientôt",
    "At the market, but only until noon. Come say hi",
    "On est au parc mais on part bientôt, mais revenez demain!",
    "Here all week, and then back home, though not before Sunday",
    "Brunch at the Elgin 🥂🍳 no punctuation at all",
    "",
    "?!?!;;..\n\n",
    "butter and mayonnaise, thoughtful",  # the words inside other words: the full pattern runs
    "Le « Festival d'été » — encore 3 jours…",
    "a, b. " * 2000,
]


@pytest.mark.parametrize("text", TEXTS)
def test_clause_bounds_equal_the_full_pattern(text: str) -> None:
    folded = fold(text)
    assert wb._bounds(folded) == tuple(m.span() for m in wb._CLAUSE.finditer(folded))


def test_the_kept_bounds_follow_the_text_asked_about() -> None:
    first, second = fold("At the park. Then home"), fold("Nothing here but trees, really")
    assert wb._clause(first, 0) == (0, 11)
    assert wb._clause(second, 0) == (0, 12)
    assert wb._clause(first, 14) == (12, len(first))
