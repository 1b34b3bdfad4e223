"""Hateful, discriminatory, degrading or harassing content; English and French.

Content warning: these tables quote slurs and threats, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import discrimination as dis
from footprint.rules.base import Rule
from tests.rules.conftest import discrimination_codes as codes
from tests.rules.conftest import post


def flagged(rule: type[Rule], text: str) -> bool:
    return bool(Analyzer([rule()]).analyze(post(text)).findings)


SLURS = [
    "Look at this faggot lol",
    "you're such a retard",
    "these spics are everywhere",
    "Get that raghead off the plane",
    "what a stupid cunt",
    "You dumb bitch",
    "shut up you whore",
    "Ferme-la, sale pute",
    "t'es un mongol ou quoi",
    "regarde l'attardé du bureau d'à côté",
    "encore un sale pd dans le métro",
    "bande d'attardés",
    "Quelle salope celle-là",
]
NOT_SLURS = [
    "Stop calling people retarded, it's a slur.",
    "He called me a faggot at the bus stop and nobody said anything.",
    "The word 'tranny' is a slur, please don't use it.",
    "Arrêtez de dire « pute » pour parler des femmes.",
    "Je suis en retard ce matin, le bus est tombé en panne.",
    "Le train a du retard.",
    "Encore en retard 😩",
    "retard de 20 minutes sur la ligne 1",
    "Bitch about the weather all you want, it's still snowing.",
    "Life's a bitch.",
    "l'Empire mongol s'étendait jusqu'en Europe",
    "Les Mongols ont conquis une grande partie de l'Asie.",
    "il s'attarde toujours sur les détails",
    "Our dog had puppies, the bitch is doing fine.",
    "Spic and span kitchen after the party!",
]


@pytest.mark.parametrize("text", SLURS)
def test_slurs_are_flagged(text: str) -> None:
    assert flagged(dis.Slur, text), text


@pytest.mark.parametrize("text", NOT_SLURS)
def test_quoted_countered_or_innocent_words_are_not_slurs(text: str) -> None:
    assert not flagged(dis.Slur, text), text


GENERALISATIONS = [
    "Immigrants are vermin.",
    "Muslims are terrorists, all of them.",
    "Women are property.",
    "Trans people are mentally ill.",
    "These people are parasites.",
    "Dirty Mexicans everywhere downtown",
    "I hate Muslims",
    "Les migrants sont des parasites",
    "les arabes sont des voleurs",
    "Les immigrés sont des rats.",
    "Sale juif",
    "J'en ai marre des migrants",
    "encore un arabe fainéant",
]
NOT_GENERALISATIONS = [
    "Immigrants are not criminals.",
    "They are animals on the ice tonight, what a game!",
    "Welcome to all refugees arriving this week!",
    "Immigrants are treated like criminals at the border, it's shameful.",
    "I hate Mondays",
    "Women are amazing engineers.",
    "Les migrants ne sont pas des criminels.",
    "Les femmes sont géniales.",
    "Je déteste la pluie.",
    "Muslim families gathered for Eid in the park.",
]


@pytest.mark.parametrize("text", GENERALISATIONS)
def test_dehumanising_generalisations_are_flagged(text: str) -> None:
    assert flagged(dis.DehumanisingGeneralisation, text), text


@pytest.mark.parametrize("text", NOT_GENERALISATIONS)
def test_ordinary_statements_about_groups_are_not_flagged(text: str) -> None:
    assert not flagged(dis.DehumanisingGeneralisation, text), text


EXCLUSION = [
    "#DeportThemAll #BuildTheWall",
    "Go back to your own country!",
    "We should deport all Muslims",
    "Bangladeshis go home",
    "The migrant invasion has to stop",
    "Dehors les migrants !",
    "Il faut expulser les migrants",
    "Rentrez chez vous, on ne veut pas de vous",
    "Le grand remplacement est en marche",
]
NOT_EXCLUSION = [
    "The committee reviewed the refugee resettlement program.",
    "The government will deport the migrants next week, CBC reports.",
    "He said \"go back to your country\" to my neighbour. Disgusting.",
    "My brother went home early.",
    "Je rentre chez moi après le travail.",
    "Le ministère a publié les chiffres de l'immigration.",
    "Alien invasion movies are the best",
]


@pytest.mark.parametrize("text", EXCLUSION)
def test_exclusion_calls_and_hate_slogans_are_flagged(text: str) -> None:
    assert flagged(dis.ExclusionOrHateSlogan, text), text


@pytest.mark.parametrize("text", NOT_EXCLUSION)
def test_policy_news_and_reported_speech_are_not_exclusion(text: str) -> None:
    assert not flagged(dis.ExclusionOrHateSlogan, text), text


THREATS = [
    "Say that again and I'll kill you",
    "I'm going to beat you up after school",
    "Hope you die",
    "They should all be shot",
    "Kill all the Muslims",
    "I know where you live",
    "Je vais te tuer",
    "Va crever",
    "Il faut tous les pendre",
    "je sais où tu habites",
]
NOT_THREATS = [
    "This traffic is killing me",
    "I'm going to kill it at the presentation today",
    "I'd kill for a coffee right now",
    "Countries that execute gays should face sanctions.",
    "Je vais tuer le temps au café.",
    "Cette chaleur va me tuer",
    "I'm not going to kill you, relax",
]


@pytest.mark.parametrize("text", THREATS)
def test_threats_are_flagged(text: str) -> None:
    assert flagged(dis.Threat, text), text


@pytest.mark.parametrize("text", NOT_THREATS)
def test_figures_of_speech_are_not_threats(text: str) -> None:
    assert not flagged(dis.Threat, text), text


INSULTS = [
    "@pat you're a complete moron",
    "You idiot",
    "You are useless",
    "Pat is a moron",
    "What an idiot",
    "Shut the fuck up",
    "fuck you",
    "T'es vraiment con",
    "Quelle conne celle-là",
    "Espèce de débile",
    "Ferme ta gueule",
    "Ce connard a encore bloqué la rue",
]
NOT_INSULTS = [
    "I'm such an idiot, forgot my keys again",
    "This printer is useless",
    "Management is useless at planning",
    "You're not stupid, you're tired.",
    "C'est nul, il pleut encore",
    "C'est con, j'ai oublié mon parapluie",
    "Je suis trop bête, j'ai raté le bus",
    "The pros and cons of the new policy",
    "Thank you so much for your help!",
    "My manager is a useless idiot",  # workplace criticism: WRK001's finding, not a second one here
    "Mon patron est un abruti",
]


@pytest.mark.parametrize("text", INSULTS)
def test_insults_aimed_at_a_person_are_flagged(text: str) -> None:
    assert flagged(dis.AimedInsult, text), text


@pytest.mark.parametrize("text", NOT_INSULTS)
def test_self_talk_things_and_negation_are_not_insults(text: str) -> None:
    assert not flagged(dis.AimedInsult, text), text


def test_evidence_points_at_the_words_as_written() -> None:
    finding = Analyzer([dis.DehumanisingGeneralisation()]).analyze(post("Honestly, Les Migrants sont des PARASITES")).findings[0]
    assert [e.text for e in finding.evidence] == ["Migrants", "PARASITES"]


def test_language_bound_words_follow_the_declared_language() -> None:
    assert "DIS001" not in codes("retard", language="fr")
    assert "DIS001" in codes("you retard", language="en")


def test_severities_follow_the_issue() -> None:
    assert dis.Slur.severity == dis.Threat.severity == dis.DehumanisingGeneralisation.severity
    assert dis.AimedInsult.severity < dis.Slur.severity


def test_lexicon_loads_and_indexes_every_section() -> None:
    lex = dis.lexicon()
    kinds = {kind for entries in lex.single.values() for _, found, _ in entries for kind in found}
    kinds |= {kind for entries in lex.double.values() for _, found, _ in entries for kind in found}
    assert {"slurs", "groups", "dehumanising", "exclusion", "insults", "aimed_phrases", "countering"} <= kinds


def test_two_letter_slurs_have_no_plural_that_collides_with_acronyms() -> None:
    """Seen on a real Bluesky export: "PDS" (personal data server) was read as a plural slur."""
    from footprint.analyzer import Analyzer
    from footprint.rules.discrimination import RULES

    subject = Subject("bluesky", "1", "2", "post", {"text": "of course the grass is greener on self-hosted PDS"})
    assert Analyzer([rule() for rule in RULES]).analyze(subject).findings == []
