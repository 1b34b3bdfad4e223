"""How people type contempt: a post typed all in capitals carries no proper-name capital (« C'EST
QUI CE MONGOL » is the insult, as « c'est qui ce mongol » is, where « les Mongols » with its capital
names a people); a laugh drops a mild word said to a friend, not one said of someone else.
Written by the team. Known cost: « LES MONGOLS ONT CONQUIS LA CHINE » in capitals reads as the
insult too (a history post shouted is rarer than a shouted insult)."""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import load_rules
from tests.rules.conftest import codes_of

SHOUTED_INSULTS = [
    ("C'EST QUI CE MONGOL EN FACE", "fr"),
    ("T'ES VRAIMENT UN MONGOL TOI", "fr"),
]
NAMED_PEOPLE = [
    ("Les Mongols ont conquis la Chine au 13e siècle", "fr"),
    ("VISITE DE L'EMPIRE MONGOL AU MUSÉE", "fr"),
    ("THE MONGOL EMPIRE WAS HUGE", "en"),
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer([r for r in load_rules() if r.category == "discrimination_harassment"])


@pytest.mark.parametrize("text,language", SHOUTED_INSULTS)
def test_a_shouted_insult_is_the_insult(analyzer: Analyzer, text: str, language: str) -> None:
    assert codes_of(analyzer, text, language), text
    assert codes_of(analyzer, text.lower(), language), text.lower()


@pytest.mark.parametrize("text,language", NAMED_PEOPLE)
def test_a_people_named_with_its_capital_or_its_empire_is_not(analyzer: Analyzer, text: str, language: str) -> None:
    assert not codes_of(analyzer, text, language), text


# A laugh drops a mild word said to a friend ("you idiot 😂"), not one said of someone else: that
# is contempt with a laugh, kept at low confidence.
LAUGHED_AT_SOMEONE = [
    ("She is a complete idiot 😂😂", "en"),
    ("Good lord this woman is a moron lol", "en"),
    ("Elle est vraiment conne celle-là 😂", "fr"),
]
TEASING_A_FRIEND = [
    ("you idiot 😂 I told you the bus was at 8", "en"),
    ("t'es con 😂 je t'avais dit que le bus passait à 8 h", "fr"),
]


@pytest.mark.parametrize("text,language", LAUGHED_AT_SOMEONE)
def test_a_laugh_at_someone_talked_about_is_still_contempt(analyzer: Analyzer, text: str, language: str) -> None:
    assert "DIS005" in codes_of(analyzer, text, language), text


@pytest.mark.parametrize("text,language", TEASING_A_FRIEND)
def test_a_mild_word_said_to_a_friend_with_a_laugh_is_teasing(analyzer: Analyzer, text: str, language: str) -> None:
    assert not codes_of(analyzer, text, language), text


# French typed without apostrophes glues the elided article to the word (« dattardé »,
# « lislamisation »): the post is read as with them, counter-speech and ordinary words included.
GLUED_ABUSE = ["quel peuple dattardés", "trop dattardés sur ce réseau", "un vlog dattardé à lancienne"]
GLUED_ORDINARY = [
    "lislamisation de la france est un mythe raciste, arrêtez",
    "ma fille a eu lattestation de son école",
    "dabord on mange, ensuite on joue",
]


@pytest.mark.parametrize("text", GLUED_ABUSE)
def test_an_insult_with_its_article_glued_is_the_insult(analyzer: Analyzer, text: str) -> None:
    assert codes_of(analyzer, text, "fr"), text


@pytest.mark.parametrize("text", GLUED_ORDINARY)
def test_glued_articles_in_ordinary_french_and_counter_speech(analyzer: Analyzer, text: str) -> None:
    assert not codes_of(analyzer, text, "fr"), text
