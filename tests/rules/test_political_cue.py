"""The cue alternation grouped by first letter finds exactly what the plain alternation finds."""

from __future__ import annotations

import re

import pytest

from footprint.rules import political
from footprint.rules.political_cue import grouped_alternation, split_alternatives
from footprint.text import fold

SENTENCES = [
    "Proud to vote Liberal this fall! Poilievre must never be PM.",
    "Fière de voter pour le NPD, j'appuie Jagmeet Singh jusqu'au bout 🍊🗳️",
    "Legault doit démissionner, tout sauf la CAQ. Dehors!",
    "I'd much rather have anyone but Ford; he's corrupt and incompetent #onpoli",
    "Renewed my NDP card today, and gave $20 to the Greens. My vote goes to Elizabeth May.",
    "Je suis membre en règle du Bloc, ma carte du PQ est dans mon portefeuille. Non à la taxe!",
    "Go Carney go! Let's go team, knock on doors with us, volunteering Saturday.",
    "The Liberals oppose the motion, CBC reports; supporters say the vote is close.",
    "Is this a re-election year? Re-elect nobody. Pre-elected? Premier Smith, worst premier ever.",
    "Les libéraux disent non à la motion; je préfère le chalet plutôt que la ville.",
    "",
    "!!! ... ???",
    "🙂" * 50,
    "vote " * 2000 + "corrupt",
    "a" * 5000,
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("alternation", [political._SUPPORT + "|" + political._OPPOSE, political._FAMILIAR])
def test_grouped_cues_find_what_the_plain_alternation_finds(alternation: str) -> None:
    plain = re.compile(rf"(?<!\w)(?:{alternation})")
    grouped = grouped_alternation(r"(?<!\w)", split_alternatives(alternation))
    assert grouped.pattern != plain.pattern  # really grouped: the speed is not lost quietly
    found = 0
    for sentence in SENTENCES:
        folded = fold(sentence)
        assert _spans(grouped, folded) == _spans(plain, folded), sentence
        # a window of the text, as POL002 scans one sentence at a time
        mid = len(folded) // 2
        assert [m.span() for m in grouped.finditer(folded, 2, mid)] == [m.span() for m in plain.finditer(folded, 2, mid)]
        found += len(_spans(plain, folded))
    assert found >= 5  # the sentences hold cues of both kinds: the comparison is not of empty lists


def test_the_module_cues_are_grouped() -> None:
    assert political._CUE.pattern.startswith(r"(?<!\w)(?:(?=")
    assert political._CUE_FAMILIAR.pattern.startswith(r"(?<!\w)(?:(?=")


def test_split_alternatives_keeps_groups_classes_and_escapes_whole() -> None:
    source = r"a|(?:b|c)d|[|x]|\||[]|]e|f(?<=\|)"
    parts = split_alternatives(source)
    assert parts == ["a", "(?:b|c)d", "[|x]", r"\|", "[]|]e", r"f(?<=\|)"]
    assert "|".join(parts) == source


def test_an_alternative_that_shares_first_letters_keeps_its_rank() -> None:
    alternatives = [r"(?:my|our)\s+guy", r"our\s+g\w*", r"o\w+"]
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})")
    grouped = grouped_alternation(r"(?<!\w)", alternatives)
    assert grouped.pattern != plain.pattern
    for text in ("our guy won", "our gang", "my guy", "ours", "on y va"):
        assert [m.group(0) for m in grouped.finditer(text)] == [m.group(0) for m in plain.finditer(text)]


@pytest.mark.parametrize("alternatives", [
    [r"vote", r"\w+ing"],  # may start with any letter
    [r"vote", r"(?:x)?"],  # may match empty
    [r"vote", r"(?i:corrupt)"],  # its letters stand for both cases
    [r"vote", r"(corrupt)"],  # a numbered group would be copied
])
def test_unreadable_first_letters_fall_back_to_the_plain_alternation(alternatives: list[str]) -> None:
    pattern = grouped_alternation(r"(?<!\w)", alternatives)
    assert pattern.pattern == rf"(?<!\w)(?:{'|'.join(alternatives)})"
