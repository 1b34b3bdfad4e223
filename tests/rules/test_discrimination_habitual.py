"""Generalisations framed as habit (DIS002, round 5): "it's always the X who ...", "typical X",
« c'est toujours les X qui ... », « typique d'un X », « comme par hasard c'est encore un X ».
Parallel English / French rows written for these tests, never taken from a data set, with hard
negatives beside them (the group's suffering, food and customs, praise, the group's own choices).

Content warning: these tables quote prejudice, because the rules must recognise it.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import discrimination as dis
from tests.rules.conftest import codes_of, flat

ANALYZER = Analyzer([rule() for rule in dis.RULES])


def flags(text: str) -> bool:
    return "DIS002" in codes_of(ANALYZER, text)


HABITUAL = [
    ("It's always the immigrants who cause trouble.", "C'est toujours les immigrés qui foutent le bordel."),
    ("always the Muslims who start it", "C'est encore les noirs qui ont fait le coup, comme d'habitude"),
    ("Every time there's a crime it's a black guy.", "Dès qu'il y a un problème, c'est un Arabe."),
    ("Of course it's another immigrant again.", "Comme par hasard c'est encore un migrant."),
    ("So typical of a Muslim.", "Typique d'un arabe."),
    ("with the Roma it's always the same story", "Avec les Noirs c'est toujours la même histoire."),
    ("There's no such thing as a good Arab", "Un bon Arabe, ça n'existe pas."),
    ("I've never met an honest Roma", "J'ai jamais vu un Noir honnête."),
    ("Muslims want to impose sharia on us", "Les musulmans veulent tous imposer la charia."),
    ("Immigrants are always late, every single one", "Les migrants ne respectent jamais rien."),
]

NOT_HABITUAL = [
    ("It's always the immigrants who get blamed for everything.", "C'est toujours les femmes qui paient le prix de la violence."),
    ("It's always the women who do the unpaid work at home, and that's a problem.", "C'est toujours les immigrés qu'on accuse, c'est injuste."),
    ("Of course it's another immigrant success story, they built half this city!", "C'est bien un juif qui a inventé ce vaccin, non?"),
    ("Every time there's a storm it's a mess on the roads.", "Avec les Noirs du quartier c'est toujours la même fête au parc l'été, j'adore."),
    ("Immigrants are never happy with how long the paperwork takes, and who can blame them.",
     "Les musulmans ne changeront jamais leur foi pour plaire à qui que ce soit, et c'est leur droit."),
    ("Women should stay at home? No thanks, it's 2026.", "Les femmes devraient rester à la maison? Non merci, on est en 2026."),
]


# Hate said with feeling or profanity, or in a second sentence about a group named in the first.
FEELING = [
    ("I absolutely loathe Muslims.", "Je déteste profondément les Juifs."),
    ("So sick of being around gays like you.", "J'haïs les immigrés"),
    ("Women are the absolute worst.", "Les réfugiés me mettent en rage."),
    ("Refugees make me so angry.", "Les musulmans sont tous de vrais trous du cul."),
    ("Typical of a Muslim to be such a jerk.", "Typique d'un musulman d'être un tel enfoiré."),
    ("Of course they're stupid. They're immigrants after all.", "Bien sûr qu'ils sont stupides. Ce sont des immigrés après tout."),
    ("what do you expect from a migrant?", "C'est dans la nature d'un Arabe d'être un voleur."),
]

NOT_FEELING = [
    ("I despise people who hate immigrants.", "je déteste le racisme contre les immigrés"),
    ("I absolutely loathe racism against Muslims.", "La façon dont on traite les réfugiés me met en rage."),
    ("Homophobia makes me so angry.", "je déteste les lundis"),
    ("Women are the absolute best.", "Les femmes sont les meilleures."),
]


# Group slurs and swear words put before a group, France and Québec (English twins beside them).
SLURS = [
    ("fucking immigrants everywhere", "ces osti d'immigrés"),
    ("goddamn Jews everywhere", "des crisses de Juifs partout"),
    ("the injuns on the reserve", "les peaux-rouges de la réserve"),
    ("those goat fuckers", "les niqueurs de chèvres"),
    ("a subhuman race", "une sous-race"),
    ("fucking Muslims", "putains de musulmans"),
]
NOT_SLURS = [
    ("Cheers blokes, great night at the pub", "putain de voisins, encore du bruit"),
    ("damn rain again", "osti de pluie"),
]


# Bans called for: "stop letting X in", « arrêter de laisser entrer les X », « tenus à l'écart ».
BANS = [
    ("We need to stop letting Muslims into the country.", "Faut arrêter de laisser entrer les musulmans au pays."),
    ("They should ban Muslims from running for office.", "Arrêtons de laisser entrer les immigrés."),
    ("Gays should not be allowed to adopt.", "Les Juifs devraient être tenus à l'écart du gouvernement."),
]
NOT_BANS = [
    ("We should stop letting kids stay up so late.", "Il faudrait interdire aux racistes de se présenter aux élections."),
    ("Stop letting racists decide who belongs here.", "Faut arrêter de laisser entrer les chiens dans l'épicerie."),
    ("Muslims should be kept out of harm's way during the riots.", "Il faudrait interdire aux entreprises de discriminer les immigrés."),
]


@pytest.mark.parametrize("text", flat(BANS))
def test_bans_on_a_group_flag(text: str) -> None:
    assert "DIS003" in codes_of(ANALYZER, text) or flags(text), text


@pytest.mark.parametrize("text", flat(NOT_BANS))
def test_bans_on_conduct_or_things_do_not_flag(text: str) -> None:
    assert not codes_of(ANALYZER, text), text


@pytest.mark.parametrize("text", flat(SLURS))
def test_group_slurs_flag(text: str) -> None:
    assert codes_of(ANALYZER, text) & {"DIS001", "DIS002"}, text


@pytest.mark.parametrize("text", flat(NOT_SLURS))
def test_swearing_at_things_and_mates_does_not_flag(text: str) -> None:
    assert not codes_of(ANALYZER, text), text


@pytest.mark.parametrize("text", flat(FEELING))
def test_hate_said_with_feeling_flags(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", flat(NOT_FEELING))
def test_feeling_about_hate_or_things_does_not_flag(text: str) -> None:
    assert not flags(text), text


@pytest.mark.parametrize("text", flat(HABITUAL))
def test_habitual_framings_flag(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", flat(NOT_HABITUAL))
def test_suffering_praise_and_choices_do_not_flag(text: str) -> None:
    assert not flags(text), text
