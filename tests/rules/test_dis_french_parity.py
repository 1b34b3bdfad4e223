"""French parity of the discrimination rules (issue 15): what an English post gets flagged for,
the same thing said the way a francophone posts it (France, Québec; tweets, no accents) is
flagged for too, and the same hard negatives are spared in both languages.

Every pair was written for this file, the English half first; each half must behave as the table
says (the English half is checked too, so a change that loses the English case fails here).

Content warning: these tables quote slurs and hate slogans, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import discrimination as dis
from tests.rules.conftest import codes_of

_ANALYZER = Analyzer([rule() for rule in dis.RULES])


def codes(text: str, language: str) -> set[str]:
    return codes_of(_ANALYZER, text, language)


# -- hashtags coined as slogans: the words run together, capitals at the joins ---------------------

HASHTAG_SLOGANS = [
    ("Another stabbing downtown. #DeportThemAll", "Encore une agression au centre-ville. #ExpulsezLesTous"),
    ("Two more boats landed today #SendThemHome", "Deux autres bateaux sont arrivés aujourd'hui #RenvoyezLesChezEux"),
    ("Our town, our rules #NoIllegals", "Notre ville, nos règles #PasDeClandestins"),
    ("Housing first for our own people #NoMuslims", "Le logement d'abord pour les nôtres #NonAuxMusulmans"),
    ("Immigrants on welfare again. #SendThemBack", "Des immigrés encore sur l'aide sociale. #RenvoyezLes"),
]

HASHTAG_NEGATIVES = [
    # welcome and anti-racism tags built the same way
    ("So proud of our town today #RefugeesWelcome #NoHateHere", "Fier de notre village aujourd'hui #BienvenueAuxRéfugiés #NonAuxRacistes"),
    # a tag that refuses a ban, not the group it names
    ("Marching downtown at noon #NoMuslimBan", "On marche au centre-ville à midi #NonAuBanDesMusulmans"),
    # a slogan tag named to report or judge it
    (
        "I reported every account using #DeportThemAll this week",
        "J'ai signalé tous les comptes qui utilisent #ExpulsezLesTous cette semaine",
    ),
    ("The #SendThemHome trend is disgusting", "La tendance #RenvoyezLesChezEux est dégueulasse"),
    # ordinary tags with a refusing opening
    ("Long weekend at last #NoHomework #NoStress", "Enfin la longue fin de semaine #PasDeDevoirs #PasDeSoucis"),
    # a French imperative whose object is not a group
    ("Ministers failed us again #FireThemAll", "Les ministres nous ont encore laissé tomber #VirezLesTous"),
]


@pytest.mark.parametrize(("english", "french"), HASHTAG_SLOGANS)
def test_a_coined_hate_hashtag_is_a_slogan_in_both_languages(english: str, french: str) -> None:
    assert "DIS003" in codes(english, "en"), english
    assert "DIS003" in codes(french, "fr"), french


@pytest.mark.parametrize(("english", "french"), HASHTAG_NEGATIVES)
def test_welcome_refused_bans_reports_and_ordinary_tags_are_not_slogans(english: str, french: str) -> None:
    assert not codes(english, "en"), english
    assert not codes(french, "fr"), french


def test_the_evidence_is_the_tag_as_written() -> None:
    text = "Encore un fait divers… #ExpulsezLesTous #Québec"
    subject_codes = _ANALYZER.analyze(
        dis.Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language="fr")
    ).findings
    spans = [e.text for f in subject_codes if f.rule == "DIS003" for e in f.evidence]
    assert spans == ["ExpulsezLesTous"]
