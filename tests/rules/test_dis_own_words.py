"""Hate in the poster's own words, in English and French: a slur quoted as the poster's own
thought, contempt with a size or age word before the group, expulsion as a one-way ticket, and
an insult followed by a sexist order. Each class has hard negatives in both languages.

Content warning: these tables quote slurs, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import discrimination_codes as codes

CATEGORY = {"DIS001", "DIS002", "DIS003", "DIS004", "DIS005"}


FLAGGED = [
    # a quotation opened by the poster's own thought is the poster's words
    ("When he walked in I thought to myself \"great, another dirty Mexican\".",
     "Quand il est rentré, je me suis dit : « bon, encore un sale Arabe »."),
    ("my first thought was 'filthy Jew' ngl", "ma première pensée c'était « sale Juif » honnêtement"),
    # contempt, then a size or age word, then the group
    ("Dirty little Mexican, get out of my shop.", "Sale petit Arabe, sors de mon magasin."),
    ("filthy old Jew on my street again", "encore ce sale vieux Juif dans ma rue"),
    # expulsion as a one-way ticket, the group named just before
    ("Refugees? One-way ticket back home, every last one.", "Les réfugiés ? Un aller simple pour chez eux, tous."),
    ("Somalis in our town should get a one-way ticket back where they came from",
     "Les Roms devraient avoir un aller simple pour leur pays"),
    # an insult and a sexist order at a person
    ("Shut up you idiot, get back in the kitchen.", "Ta gueule, espèce de conne, retourne dans ta cuisine."),
]

NOT_FLAGGED = [
    # someone else's words, reported to condemn them
    ("A man yelled \"dirty Mexican\" at the bus driver and nobody said a thing.",
     "Un homme a crié « sale Arabe » au chauffeur et personne a rien dit."),
    # the poster's own thought, about nothing hateful
    ("I thought to myself \"another Monday, great\".", "Je me suis dit : « encore un lundi, super »."),
    # contempt and size words about things and family
    ("Washed my dirty old Irish wool sweater, finally", "Ma sale petite sœur a mangé tous mes biscuits"),
    # one-way tickets that are trips and moves
    ("Booked a one-way ticket to Lisbon, new life starts Monday!", "Un aller simple pour Paris, svp, j'ai hâte!"),
    ("I bought a one-way ticket back home to see my Haitian family.", "J'ai pris un aller simple pour chez nous, voir ma famille haïtienne."),
    ("Ukrainian refugees got a one-way ticket to Canada, welcome!", "Les réfugiés ukrainiens ont reçu un aller simple vers le Canada, bienvenue!"),
]


@pytest.mark.parametrize("english, french", FLAGGED)
def test_hate_in_the_posters_own_words_is_flagged(english: str, french: str) -> None:
    assert codes(english, "en") & CATEGORY, english
    assert codes(french, "fr") & CATEGORY, french


@pytest.mark.parametrize("english, french", NOT_FLAGGED)
def test_reported_trips_things_and_family_are_not_flagged(english: str, french: str) -> None:
    assert not codes(english, "en") & CATEGORY, english
    assert not codes(french, "fr") & CATEGORY, french


# A generalisation told as a recipe: give the group something and they do something bad.
RECIPES = [
    ("Give the Somalis an inch and they'll take a mile, every time.", "Les Roms, tu leur donnes un pouce, ils te prennent le bras."),
    ("hand a house to migrants and they trash it within a month smh", "Donne un logement aux migrants pis ils le saccagent en un mois."),
    ("Muslims? You give them everything, they always demand more", "Les musulmans, on leur donne tout et ils en veulent toujours plus."),
]
NOT_RECIPES = [
    # the same saying about one's own kids or pets
    ("Give my kids an inch and they take a mile lol", "Mes enfants, tu leur donnes un doigt, ils te prennent le bras 😂"),
    # praise told as a recipe
    ("Give refugees a chance and they thrive, every study shows it.",
     "Les immigrants, tu leur donnes une chance, ils travaillent deux fois plus fort."),
    ("Offer the Haitians a home, they'll build a community.", "Donne un logement aux réfugiés pis ils s'impliquent dans le quartier."),
]


@pytest.mark.parametrize("english, french", RECIPES)
def test_a_generalisation_told_as_a_recipe_is_flagged(english: str, french: str) -> None:
    assert "DIS002" in codes(english, "en"), english
    assert "DIS002" in codes(french, "fr"), french


@pytest.mark.parametrize("english, french", NOT_RECIPES)
def test_a_recipe_about_kids_or_praising_a_group_is_not_flagged(english: str, french: str) -> None:
    assert not codes(english, "en") & CATEGORY, english
    assert not codes(french, "fr") & CATEGORY, french
