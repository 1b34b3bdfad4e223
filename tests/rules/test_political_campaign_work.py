"""Campaign work that has no other use, party named or not (round 5): door-knocking, canvassing,
phone banks, scrutineering, pulling the vote, lawn signs, the campaign's HQ, in English and French.
Parallel tables in the team's own words; the hard negatives are the same words for a lost cat, an ad
campaign, a bottle drive, an election official and a news report."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political

WORK_PAIRS = [
    ("Spent the afternoon door-knocking in Ward 12 for Priya, great conversations",
     "J'ai passé l'après-midi à faire du porte-à-porte dans le district 12 pour Priya"),
    ("Phone bank tonight at 7, we need callers! DM me", "Soirée d'appels ce soir à 19 h, on a besoin de bénévoles! Écrivez-moi"),
    ("Scrutineering at the polls tomorrow for our candidate", "Je suis représentante du candidat au bureau de vote demain"),
    ("Driving voters to the polls all day, coffee in hand ☕", "Je conduis des électeurs aux urnes toute la journée ☕"),
    ("Canvassing with the team this morning, lots of support at the doors ☀️", "Porte-à-porte avec l'équipe ce matin, bel accueil 👋"),
    ("Volunteered at the campaign HQ, stuffed 500 envelopes", "Bénévole au QG de campagne, 500 enveloppes de faites"),
    ("Our team knocked on 3,000 doors this weekend!", "Notre équipe a cogné à 3 000 portes cette fin de semaine!"),
    ("Election day: I'll be pulling the vote till 9 pm", "Jour du vote : je fais sortir le vote jusqu'à 21 h"),
]
NOT_WORK_PAIRS = [
    ("Canvassing the neighbourhood for the lost cat, please share", "On fait le tour du quartier pour retrouver le chat, partagez svp"),
    ("Our ad campaign manager quit, anyone hiring?", "Notre directrice de campagne publicitaire est en congé"),
    ("Girl Guides door-knocking for cookie sales this weekend, buy some!",
     "Les scouts font du porte-à-porte pour vendre des calendriers"),
    ("Our green team is door-knocking to collect old batteries for recycling",
     "Notre équipe verte fait du porte-à-porte pour ramasser les vieilles piles"),
    ("Elections Canada is hiring poll workers, apply now", "Je suis scrutatrice pour Élections Québec dimanche"),
    ("Candidates were canvassing the riding all week, CBC reports",
     "Les candidats ont fait du porte-à-porte toute la semaine, rapporte Radio-Canada"),
]


@pytest.mark.parametrize(("english", "french"), WORK_PAIRS)
def test_campaign_work_is_flagged_in_both_languages(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize(("english", "french"), NOT_WORK_PAIRS)
def test_the_same_words_elsewhere_stay_clean(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french
