"""Insults and swear words that name nobody, in English and French (DIS001, DIS005).

Ordinary people swear at nothing, at a stranger in a story, at themselves or in a dare; a
self-review tool should not read those as abuse of a person. An insult said to or of someone,
named or addressed, stays flagged.

Content warning: these tables quote insults, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import discrimination_codes as codes

# Parallel pairs: the same class of language in each language, in different words.
NOBODY = [
    # an indefinite noun said of no one
    ("My cat can spot a jerk from across the room, I swear.", "Mon chat repère un salaud à dix mètres, je te jure."),
    ("There's always some idiot honking the second the light turns green", "Y'a toujours un con pour klaxonner dès que le feu passe au vert"),
    ("The whole trick to group projects is not being a jerk about deadlines.", "Le secret des travaux d'équipe, c'est de pas être un con avec les échéances."),
    ("Some moron left a shopping cart in the middle of the lot lol", "Un imbécile a laissé son panier en plein milieu du stationnement lol"),
    # the poster about themself, with a typo or a comparison
    ("i just wanna b a lazy slob on the couch all weekend", "je veux juste être une larve sur le divan toute la fin de semaine"),
    ("Relax, there will always be a bigger fool than me at the casino :)", "Inquiète-toi pas, y'aura toujours un plus gros nono que moi au casino :)"),
    # a plural named in passing
    ("It's the kind of app that morons install to spy on their exes.", "C'est le genre d'appli que des crétins installent pour espionner leur ex."),
    ("If idiots want to pay 80 bucks for a phone case, that's on them.", "Si des cons veulent payer 80 piasses pour un étui, c'est leur affaire."),
    # a verb, a title, a dare, an oath before a comma
    ("Don't rat out your little brother, he'll never trust you again", "Balance pas ton petit frère, il te fera plus jamais confiance"),
    ("We rewatched Jackass 3 last night and cried laughing", "On a regardé Jackass 3 hier soir, on pleurait de rire"),
    ("Receipts or GTFO 😂", "Les preuves ou dégage 😂"),
    ("Fuck, you got me good with that prank 😂", "Tabarnak, tu m'as bien eu avec ta joke 😂"),
]

AIMED = [
    ("You're such a jerk, seriously.", "T'es vraiment un salaud, sérieux."),
    ("Pat is a fool and everyone knows it.", "Marc est un con pis tout le monde le sait."),
    ("Stop being an asshole to my sister.", "Arrête d'être un trou de cul avec ma sœur."),
    ("What an idiot, look at him parking.", "Quel idiot, regarde-le se stationner."),
    ("@jordan you absolute moron", "@jordan espèce d'imbécile"),
    ("this idiot again, blocking the driveway", "encore ce con qui bloque l'entrée"),
    ("You're the worst kind of coworker; a lazy jerk.", "T'es le pire voisin du monde ; un vrai salaud."),
    ("@sam you live downtown, typical move to be a liar and a total asshole.", "@sam t'habites en ville, normal d'être un menteur pis un salaud."),
]


@pytest.mark.parametrize("english, french", NOBODY)
def test_insults_that_name_nobody_are_not_flagged(english: str, french: str) -> None:
    assert not codes(english) & {"DIS001", "DIS005"}, english
    assert not codes(french) & {"DIS001", "DIS005"}, french


@pytest.mark.parametrize("english, french", AIMED)
def test_insults_said_to_or_of_someone_stay_flagged(english: str, french: str) -> None:
    assert "DIS005" in codes(english), english
    assert codes(french) & {"DIS001", "DIS005"}, french


SWEARING_AT_NOBODY = [
    "Wisdom is knowing when not to be a twat about it.",
    "Some cunt cut me off on the highway",
]
SLURS_AT_SOMEONE = [
    "what a stupid cunt",
    "You're a cunt.",
    "Yep, this cunt again.",
    "Look at this he-she",
]


@pytest.mark.parametrize("text", SWEARING_AT_NOBODY)
def test_gendered_swearing_at_nobody_is_not_a_slur(text: str) -> None:
    assert "DIS001" not in codes(text)


@pytest.mark.parametrize("text", SLURS_AT_SOMEONE)
def test_gendered_swearing_at_someone_stays_a_slur(text: str) -> None:
    assert "DIS001" in codes(text)


@pytest.mark.parametrize("text, language", [
    ("Each employee tells his/her manager, and he/she signs the form.", "en"),
    ("Chaque employé avise son/sa gestionnaire, et il/elle signe le formulaire.", "fr"),
])
def test_pronoun_pairs_with_a_slash_are_not_a_slur(text: str, language: str) -> None:
    assert not codes(text, language)


@pytest.mark.parametrize("english, french", [
    ("Happy Pride to all you beautiful dykes, see you at the parade 🌈", "Bonne Fierté à vous, belles gouines, on se voit au défilé 🌈"),
])
def test_praise_of_ones_own_circle_is_not_a_slur(english: str, french: str) -> None:
    assert "DIS001" not in codes(english)
    assert "DIS001" not in codes(french)


@pytest.mark.parametrize("english, french", [
    ("look at you ugly dykes", "regardez-vous, sales gouines"),
])
def test_contempt_for_a_circle_is_still_a_slur(english: str, french: str) -> None:
    assert "DIS001" in codes(english)
    assert "DIS001" in codes(french)


def test_a_french_insult_spelled_like_an_english_word_stays_in_french() -> None:
    assert "DIS005" not in codes("Dude I'm trying to get you laid, just relax", "en")
    assert "DIS005" in codes("T'es tellement laid, c'est gênant", "fr")
