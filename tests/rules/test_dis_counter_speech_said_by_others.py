"""Counter-speech classes where English lagged behind French (DIS001-DIS005), with twins in the
poster's own voice that stay flagged.

Classes: what others "will tell you" or "insisted that" (« vont te dire que », « insistait que »),
which French already read as someone else's claim; the act of calling someone a word, forbidden or
judged before the word ("don't ever call my kid a ...", "it's not okay to call ...", "without calling
people ...", « arrête de la traiter de ... », « sans traiter le monde de ... »); contempt for a quoted
saying, not for the group inside the quotation ('tired of the "all X are ..." crowd'); a slogan
heard or had enough of ('nobody should have to hear "..."', 'enough with "..."').

Content warning: these tables quote slurs and hateful claims, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import discrimination as dis

_ANALYZER = Analyzer([rule() for rule in dis.RULES])
_CODES = {"DIS001", "DIS002", "DIS003", "DIS005"}


def codes(text: str, language: str) -> set[str]:
    subject = Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language=language)
    return {f.rule for f in _ANALYZER.analyze(subject).findings}


COUNTER = [
    # what others will tell you, insist on or keep spouting
    ("Plenty of guys will tell you women can't park. My sister parallel parks a bus.",
     "Plein de gars vont te dire que les femmes savent pas se stationner. Ma sœur stationne un autobus."),
    ("They'll tell you refugees are criminals and then rent them a basement at triple the price.",
     "Ils vont te dire que les réfugiés sont des criminels pis leur louer un sous-sol au triple du prix."),
    ("The same people who tell you Muslims are violent have never had one as a neighbour.",
     "Ceux qui te disent que les musulmans sont violents en ont jamais eu comme voisin."),
    ("A man at the hockey game insisted that women are inferior. His daughter rolled her eyes.",
     "Un gars à la game de hockey insistait que les femmes sont inférieures. Sa fille a levé les yeux au ciel."),
    ("My brother-in-law keeps spouting that immigrants are parasites at every barbecue.",
     "Mon beau-frère arrête pas de répéter que les immigrants sont des parasites à chaque BBQ."),
    # the act of calling, forbidden or judged before the word
    ("It's never okay to call a classmate a retard, not even as a joke.",
     "C'est jamais correct de traiter un camarade d'attardé, même pour rire."),
    ("Don't you ever call my niece a slut again.", "Traite plus jamais ma nièce de salope."),
    ("You can argue about hockey without calling people faggots, boys.",
     "On peut s'obstiner sur le hockey sans traiter le monde de tapettes, les gars."),
    ("Stop calling her a bitch every time she disagrees with you.",
     "Arrête de la traiter de chienne chaque fois qu'elle est pas d'accord avec toi."),
    # contempt for the saying, not for the group quoted inside it
    ('So tired of the "all Muslims are terrorists" crowd in these comments.',
     "Tellement tannée de la gang des « tous les musulmans sont des terroristes » dans les commentaires."),
    # a slogan heard or had enough of
    ('Nobody should have to hear "go back where you came from" in the town they were born in.',
     "Personne devrait avoir à entendre « retourne d'où tu viens » dans la ville où il est né."),
]

OWN_VOICE = [
    ("I'll tell you what, refugees are parasites.", "Je vais te dire une affaire, les réfugiés sont des parasites."),
    ("Let me tell you, Muslims are all terrorists.", "Laisse-moi te dire, les musulmans sont tous des terroristes."),
    ("I'm going to call her a slut to her face tomorrow.", "Je vais la traiter de salope en pleine face demain."),
    ("Sick of Muslims everywhere in this town.", "Tanné des musulmans partout dans cette ville."),
    ("Go back where you came from.", "Retourne d'où tu viens."),
    ("As far as I can tell you people are pathetic.", "Pour ce que j'en sais, t'es pathétique."),
    # "enough" and "hear" clear a quotation only: said plainly, the claim is the poster's
    ('Enough already, refugees are parasites.', "Assez, là : les réfugiés sont des parasites."),
    ('I hear it every day and it is true: Muslims are terrorists.', "Je l'entends tous les jours pis c'est vrai : les musulmans sont des terroristes."),
]


@pytest.mark.parametrize("english, french", COUNTER)
def test_counter_speech_is_not_flagged(english: str, french: str) -> None:
    assert not codes(english, "en") & _CODES, english
    assert not codes(french, "fr") & _CODES, french


@pytest.mark.parametrize("english, french", OWN_VOICE)
def test_the_posters_own_voice_stays_flagged(english: str, french: str) -> None:
    assert codes(english, "en") & _CODES, english
    assert codes(french, "fr") & _CODES, french
