"""Seventh-round personal-safety tables (issue #21), EN/FR in parallel pairs, in the team's own words.

- habits: abbreviated weekday lists ("Tues/Thurs 7pm"), a weekday's activity with a word between
  ("Sunday long run"), taking someone along ("I take Luna to the dog park"), « du lundi au
  vendredi », « le jeudi soir au IGA », « le samedi matin vous me trouverez », and a routine that
  an everyday place said first must not hide ("leaving the house at 5 every day for my shift");
Hard negatives: a place's opening hours, an event open to all, a group's or a library's schedule,
a habit kept in a year gone by.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from tests.rules.conftest import medium_or_higher, post
from tests.rules.safety_tables import assert_table_rate

ROUTINE_PAIRS = [
    ("Mon/Wed 6:30pm badminton at the Jack Purcell centre", "Lun/mer 18 h 30 badminton au centre Jack-Purcell"),
    ("Sunday long run starts at 7 from the Billings Bridge lot", "Le dimanche matin, ma longue sortie part à 7 h du stationnement du pont Billings"),
    ("I take Biscuit to the Lansdowne dog run every night around 9", "J'amène Biscuit au parc à chiens de Lansdowne tous les soirs vers 21 h"),
    ("Monday to Friday I'm on the 6:50 train out of Fallowfield", "Du lundi au vendredi je prends le train de 6 h 50 à la gare Fallowfield"),
    ("Thursday evenings you'll find me at the Loblaws on Carling, 7ish", "Le jeudi soir au Maxi de la rue Carling, vers 19 h, c'est ma routine"),
    ("Saturday mornings you will find me at the Parkdale market by 8", "Le samedi matin vous me trouverez au marché Parkdale vers 8 h"),
    ("Leaving the house at 4:45 every day for my shift at the hospital", "Je pars de la maison à 4 h 45 tous les jours pour mon quart à l'hôpital"),
]
NEGATIVE_PAIRS = [
    ("The Parkdale market is open Saturdays 7 to 2, rain or shine", "Le marché Parkdale est ouvert le samedi de 7 h à 14 h, beau temps mauvais temps"),
    ("Our studio opens at 6 am every weekday, first class free", "Notre studio ouvre à 6 h tous les jours de semaine, premier cours gratuit"),
    ("What time does the Loblaws on Carling open on Sundays?", "À quelle heure ouvre le Maxi de la rue Carling le dimanche?"),
    ("Community walk every Saturday at 9 from the Brewer arena, all welcome", "Marche communautaire tous les samedis à 9 h devant l'aréna Brewer, bienvenue à tous"),
    ("The library on Main has a knitting circle every Tuesday at 2", "La bibliothèque de la rue Main offre un cercle de tricot tous les mardis à 14 h"),
    ("Back in 2012 I swam every morning at the Plant pool", "Dans les années 90 je nageais tous les matins à la piscine Plant"),
]


@pytest.mark.parametrize("lang", [0, 1])
def test_habits_are_flagged_in_both_languages(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in ROUTINE_PAIRS]
    assert_table_rate(texts, lambda t: medium_or_higher(safety, t), what=f"habits ({'en' if lang == 0 else 'fr'})", minimum=1.0)


@pytest.mark.parametrize("lang", [0, 1])
def test_hours_and_public_schedules_are_not_flagged(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in NEGATIVE_PAIRS]
    assert_table_rate(texts, lambda t: bool(safety.analyze(post(t)).findings), what="negatives", maximum=0.0)
