"""SAF001 home address and SAF002 street address (issue #21): Canadian civic addresses and
postal codes in both word orders, with unit numbers; a home when the post says so, a street
address (low severity) otherwise, nothing for public buildings and businesses. English and French.

Every address here is written for this table; none is known to be anyone's home.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Severity
from footprint.rules import load_rules, safety
from tests.rules.conftest import post
from tests.rules.safety_tables import assert_table_rate

HOME_EN = [
    "Garage sale Saturday 8-noon at 77 Elmwood Ave, everything must go!",
    "Housewarming at our new place, 42 Maple Crescent, K2P 1L4!",
    "We moved! New address is 1203-350 Queen St, Ottawa K1R 7S8",
    "Porch pickup from my place: 15 Birch Lane, unit 3, after 5 pm",
    "Yard sale at my house this weekend, 9 Carleton Ave N",
    "Our new home: 88 Riverdale Rd, apt 4 🏡",
    "Moving sale! 221 Cedar Dr, Kanata, Sat & Sun 9-3",
    "Party at my place, 35 Fourth Ave, bring your own drinks",
    "I live at 14 Oak St #305, send the invite there",
    "Mail it to me at 3-1150 Meadowlands Dr E, Nepean ON K2E 6J6",
    "Just got the keys to 19 Winding Way, home sweet home!",
    "Buy Nothing: free crib, pick up from my porch, 240 Guigues Ave",
    "We've moved to 12 Stanley Ave, the coffee's on",
    "Garage sale at 5 Pinecrest Terrace, unit 12, tons of baby stuff",
    "My new apartment is at 600 Laurier Ave W, apt 1407, come visit!",
    "Drop off the casserole dish at my place anytime, 8 Rockcliffe Way",
    "Lawn sale tomorrow 8 am, 47 Colonel By Dr",
    "Sleepover at our place tonight, 23 Bellwood Ave, pick-up at 10 am",
    "New digs! 75 Clarence St, apt 2B, Ottawa K1N 5P8",
    "Estate sale at my mom's place this weekend, 1010 Alpine Ave",
    "moving day!! goodbye 44 elm st, hello 12 pine crescent",
    "Come over to 310 Somerset St W after 7, we'll be on the back deck",
    "Free to a good home: 2 kittens, 61 Beechwood Ave, ring the side door",
    "First-time homeowners!! 9 Harmer Ave S is officially ours 🏠",
    "Garage sale K1S 3T7, 8am Saturday, follow the balloons",
    "Our address for holiday cards: unit 4, 1818 Alta Vista Dr, Ottawa ON K1G 0G2",
]

HOME_FR = [
    "Vente de garage samedi au 123, rue Laurier",
    "J'habite au 1234, rue Sainte-Catherine Est, app. 3",
    "Notre nouvelle adresse : 45, avenue des Pins, Gatineau J8Y 3B5",
    "On a déménagé au 4-1234 boulevard Saint-Joseph! Venez nous voir",
    "Pendaison de crémaillère chez nous samedi, 18 rue des Érables, app. 2",
    "Vente de garage au 77 chemin du Lac, de 8 h à 15 h",
    "À ramasser sur mon perron : 22, rue Champlain, après 17 h",
    "Je déménage au 350, rue Principale, logement 4, le 1er juillet",
    "Chez nous c'est au 9, croissant du Parc, venez souper!",
    "Nouvelle adresse : 1205-400 boul. de Maisonneuve Ouest, H3A 1L4",
    "Bienvenue chez nous au 12, rue des Bouleaux, Lévis G6V 4Z2",
    "Vente-débarras ce weekend au 88, montée Paiement",
    "Mon adresse pour les cartes de Noël : 5, impasse des Lilas, Sherbrooke J1H 2K3",
    "On emménage au 150, rue Saint-Hubert, app. 6, le 1er juillet!",
    "Vente de garage au 45 rue des pins samedi",
    "La crémaillère, c'est au 30, avenue Laurier Ouest, 2e étage, dès 19 h",
    "Nouveau chez-nous au 780, rang Saint-Joseph, Saint-Jean-sur-Richelieu",
    "Passez chercher le vélo au 16, rue Dollard, app. 1 (sonnez en haut)",
    "Je reste au 2100, rue Sherbrooke, viens me rejoindre",
    "Ma nouvelle maison est au 6, place Bourget, J8T 5C9",
    "Vente de garage : J9H 4R6, samedi dès 8 h",
    "Nous habitons maintenant au 58, chemin de la Montagne, à Cantley",
    "Venez chercher les meubles au 1420, 3e Avenue, app. 5, on déménage",
    "Party chez nous ce soir, 11 rue Fortin, app. 3",
    "On a déménagé au 450 de la rue Sherbrooke, au 4e",
    "Vente de garage chez nous : #305 - 1234 rue Notre-Dame Ouest",
]

STREET = [
    ("Bake sale at 123 Bank Street this Saturday", "en"),
    ("Lost cat near 45 Fifth Ave, orange tabby, answers to Biscuit", "en"),
    ("Water main break at 200 Rideau Terrace, avoid the area", "en"),
    ("Nid-de-poule géant devant le 55 boulevard René-Lévesque Est", "fr"),
    ("Chat perdu près du 12, rue des Saules, il s'appelle Pistache", "fr"),
    ("Accident au 300, chemin Montréal Ouest ce matin", "fr"),
]

NEGATIVES_EN = [
    "The library at 120 Metcalfe St. reopens Monday",
    "Great pho at the restaurant on 789 Somerset St W",
    "City Hall, 110 Laurier Ave W, is lit up in purple tonight",
    "Our office moved to 90 Elgin St, same phone number",
    "The new Service Canada centre at 305 Rideau St opens Monday",
    "Free flu shots at the pharmacy, 1500 Bank St",
    "Top 10 reasons to move to Ottawa",
    "I ran 5 km down the road this morning",
    "The 2 main streets were closed for the parade",
    "It's a 15 minute drive from here",
    "Call 1-800-622-6232 for Service Canada",
    "Meeting at 10:30 in room 204",
    "I live on the east side of town.",
    "My house is 2 minutes from work",
    "Three sparkling styles at the store, 50 Rideau St, until Sunday",
    "Season 4 Episode 12 was the best one",
]

NEGATIVES_FR = [
    "La bibliothèque au 120, rue Metcalfe rouvre lundi",
    "Le resto au 123, rue Laurier est fermé",
    "L'hôtel de ville, au 25, rue Laurier, est illuminé en mauve",
    "Nos bureaux ont déménagé au 90, rue Elgin",
    "Clinique de vaccination au 1500, boulevard Maloney",
    "Il reste 3 places dans l'autobus",
    "La Belgique au 10e rang des pays menacés",
    "On a marché 5 km sur la route du lac",
    "Le dépanneur au 45, rue Principale est ouvert 24 h",
    "Appelez Service Canada au 1 800 622-6232",
    "Rendez-vous à 10 h 30, local 204",
    "J'habite dans l'est de la ville depuis 10 ans",
    "Le Marché By, au 55, rue ByWard, déborde de fraises",
    "Il fait 25 degrés au soleil",
    "Ma maison est à 2 minutes du travail",
    "La 2e saison, épisode 12, est la meilleure",
]


def _severities(text: str) -> set[Severity]:
    return {f.severity for f in Analyzer([safety.HomeAddress(), safety.StreetAddress()]).analyze(post(text)).findings}


def _home(text: str) -> bool:
    return Severity.HIGH in _severities(text)


@pytest.mark.parametrize(("table", "language"), [(HOME_EN, "en"), (HOME_FR, "fr")])
def test_a_home_address_is_flagged_high_in_both_word_orders(table: list[str], language: str) -> None:
    assert_table_rate(table, _home, minimum=0.90, what=f"home address ({language})")


@pytest.mark.parametrize(("text", "language"), STREET)
def test_an_address_not_said_to_be_home_is_a_low_street_address(text: str, language: str) -> None:
    assert _severities(text) == {Severity.LOW}


@pytest.mark.parametrize(("table", "language"), [(NEGATIVES_EN, "en"), (NEGATIVES_FR, "fr")])
def test_public_buildings_businesses_and_numbers_are_not_addresses(table: list[str], language: str) -> None:
    assert_table_rate(table, lambda text: bool(_severities(text)), maximum=1 / 14, what=f"address hard negatives ({language})")


@pytest.mark.parametrize("text", NEGATIVES_EN + NEGATIVES_FR)
def test_hard_negatives_get_no_safety_flag_at_medium_or_above(text: str) -> None:
    rules = [r for r in load_rules() if r.category == "personal_safety"]
    assert not [f for f in Analyzer(rules).analyze(post(text)).findings if f.severity >= Severity.MEDIUM]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vente de garage au #305 - 1234 rue Notre-Dame Ouest", "#305 - 1234 rue Notre-Dame Ouest"),
        ("Garage sale, 12-345 Main Street West, apt 4, Saturday", "12-345 Main Street West, apt 4"),
        ("J'habite au 1234, rue Sainte-Catherine Est, app. 3", "1234, rue Sainte-Catherine Est, app. 3"),
        ("Housewarming: unit 12 - 88 Bank St.", "unit 12 - 88 Bank St."),
    ],
)
def test_the_evidence_is_the_whole_address_with_its_unit(text: str, expected: str) -> None:
    finding = Analyzer([safety.HomeAddress()]).analyze(post(text)).findings[0]
    assert expected in [e.text for e in finding.evidence]


@pytest.mark.parametrize("code", ["K1A 0B1", "k1a0b1", "H3A-1L4"])
def test_postal_codes_with_or_without_the_space(code: str) -> None:
    assert _severities(f"Ship it to {code} please") == {Severity.LOW}


def test_the_tables_are_large_and_parallel() -> None:
    assert len(HOME_EN) >= 25 and len(HOME_FR) >= 25
    assert len(NEGATIVES_EN) >= 15 and len(NEGATIVES_FR) >= 15


def test_huge_and_empty_inputs() -> None:
    assert not _severities("")
    assert not _severities("12 " * 30_000)
    assert _home("x " * 5_000 + "Vente de garage samedi au 123, rue Laurier")
