"""Judgements of a named politician or party said through an idiom rather than an adjective:
selling off public assets to friends, letting people down, cronies, "the only leader who...".
Written by the team for this test, parallel EN/FR, with hard negatives (a politician with
friends on a ski hill, a store selling tickets, a fact about who was met)."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political

PARTISAN_PAIRS = [
    ("Doug Ford is selling off the Greenbelt to his developer buddies",
     "Doug Ford vend la ceinture de verdure à ses amis promoteurs"),
    ("Trudeau let Canadians down on housing, full stop",
     "Trudeau a laissé tomber les Canadiens sur le logement, point final"),
    ("Danielle Smith keeps handing contracts to her cronies",
     "Danielle Smith continue de donner des contrats par copinage"),
    ("Honestly Blanchet is the only leader who speaks for Quebec",
     "Honnêtement Blanchet est le seul chef qui parle pour le Québec"),
    ("The PQ is the only party serious about independence. Oui!",
     "Le PQ est le seul parti sérieux sur l'indépendance. Oui!"),
    ("Poilievre is the only adult in the room on housing", "Poilievre est le seul adulte dans la pièce sur le logement"),
    # French puts "would" and "will" in the verb: « sabrerait », « ruinera »
    ("Poilievre would gut the CBC on day one", "Poilievre sabrerait Radio-Canada dès le premier jour"),
    ("Legault will ruin Quebec's finances in one term", "Legault ruinera les finances du Québec en un seul mandat"),
]

ORDINARY_PAIRS = [
    ("Trudeau at the ski hill with his buddies, spotted him in the lift line",
     "Trudeau au centre de ski avec ses chums, je l'ai vu dans la file du télésiège"),
    ("The store sells tickets to see Legault at the Centre Vidéotron",
     "Le magasin vend les billets pour voir Legault au Centre Vidéotron"),
    ("Trudeau is the only candidate I ever met in person as a kid",
     "Trudeau est le seul candidat que j'ai rencontré en personne quand j'étais enfant"),
    ("Ford Motor let down its dealers this quarter", "Ford Motor a laissé tomber ses concessionnaires ce trimestre"),
    ("The frost will ruin my tomatoes this year", "Le gel ruinera mes tomates cette année"),
]


@pytest.mark.parametrize("english,french", PARTISAN_PAIRS)
def test_judgement_idioms_are_flagged_in_both_languages(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize("english,french", ORDINARY_PAIRS)
def test_the_same_words_without_a_judgement_are_not_flagged(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


CAMP_PAIRS = [
    ("The leftists are ruining this country", "Les gauchistes ruinent ce pays"),
    ("Taxpayers keep paying for liberals who want to destroy this country",
     "Les contribuables paient pour des libéraux qui veulent détruire ce pays"),
    ("Fake conservatives and their fake outrage, what a betrayal", "Des faux conservateurs et leur fausse indignation, quelle trahison"),
]
CAMP_NEGATIVE_PAIRS = [
    ("My uncle is a liberal and a great cook", "Mon oncle est libéral et un excellent cuisinier"),
    ("Conservatives in my family are lovely people", "Les conservateurs de ma famille sont des gens adorables"),
]


@pytest.mark.parametrize("english,french", CAMP_PAIRS)
def test_a_political_camp_condemned_or_blamed_is_an_opinion(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize("english,french", CAMP_NEGATIVE_PAIRS)
def test_a_camp_named_kindly_is_not(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french
