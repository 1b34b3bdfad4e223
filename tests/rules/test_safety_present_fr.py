"""Present and announced whereabouts in French as people type it (issue #21, eighth round), with
the English beside it where the two say the same thing. Written by the team for these tests.

Classes, each with should-flag and should-not-flag cases:
- the coming stretch: « pour les deux prochaines semaines », « les 3 prochains jours », « la
  prochaine heure », « l'heure qui vient »; Québec's « en fin de semaine » (this weekend);
- a dated return after a town said with "now": "currently in Muskoka ..., back Sunday night",
  « de retour le 20 » (the month left out);
- alone at a place for a while: "alone at ... for the next hour", « toute seule au ... »;
- a pin followed by its preposition: « 📍 au Centre Bell », « 📍 sur les plaines d'Abraham »;
- names: hyphenated ones that open on a place word (« Mont-Tremblant », « Lac-Beauport »), an
  elided « d' » inside a name (« l'île d'Orléans »), a town's name not running into « du 3 au 10 »;
- typed without accents (« je suis a Quebec »), in lower case or in capitals (« au mexique », « EN
  FLORIDE »), where a country keeps its article;
- the waterside as a spot (« sur le bord de l'eau »).
Hard negatives: a past trip, a plan without a date, a place's hours, what one is reading about
(« un livre sur le Costa Rica en ce moment »), a high point in life (« au sommet de ma forme »),
question period relayed "live from" the House, "live from my couch", on the radio, the time and a
province framing a remark about others (« En ce moment, au Québec, les loyers explosent »), "I'm
a Leafs fan", a country where a relative lives.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from tests.rules.conftest import medium_or_higher, post

COMING_STRETCH = [
    ("In Puerto Vallarta for the next two weeks, zero emails 🌞", "À Puerto Vallarta pour les deux prochaines semaines, zéro courriel 🌞"),
    ("At Mont-Tremblant for the next three days", "À Mont-Tremblant pour les trois prochains jours"),
    ("At the Marché Atwater for the next hour if anyone's around", "Au marché Atwater pour la prochaine heure si quelqu'un est dans le coin"),
    ("Camping at Fundy this weekend, site 112, bring marshmallows", "Camping au parc Fundy en fin de semaine, site 112, apportez des guimauves"),
]
# French's other verbs of going, with a date or someone asked along
GOING_FR = [
    "On se rend au Mont-Tremblant demain matin pour trois jours",
    "Je me rends à Québec demain pour deux jours",
    "Je file au Costco de Gatineau, quelqu'un veut de quoi?",
]
FRENCH_ONLY_STRETCH = [
    "Au bord de la piscine du Château Montebello pour l'heure qui vient",
    "On campe au parc du Mont-Orford en fin de semaine",
    "Au Lac-Beauport jusqu'à mardi, le chien vient avec nous",
]
DATED_RETURN = [
    (
        "currently in tadoussac with my sister and her kids, back sunday night",
        "présentement à tadoussac avec ma sœur pis ses enfants, de retour dimanche soir",
    ),
    ("Right now in Kamouraska with the in-laws, home on the 20th", "En ce moment à Kamouraska chez les beaux-parents, de retour le 20"),
]
STATE_IN_A_COUNTRY = [
    ("Currently in Mexico, the beach is amazing", "Présentement au Mexique, la plage est magnifique"),
]
ALONE = [
    ("Alone at the Glebe Bridgehead for the next hour, come say hi", "Toute seule au Bridgehead du Glebe pour la prochaine heure, venez jaser"),
    ("all alone at the byward market until 4 if anyone wants a coffee", "seul au marché by jusqu'à 16 h si qqn veut un café"),
]
PINS = [
    ("📍 at the Shaw Centre, booth 40", "📍 au Centre Shaw, kiosque 40"),
    ("📍 on the Plains of Abraham for the fireworks", "📍 sur les plaines d'Abraham pour les feux"),
    ("📍 at Lansdowne 🏟️", "📍 à Lansdowne 🏟️"),
]
NAMES = [
    "On est à l'île d'Orléans jusqu'à dimanche, les fraises sont prêtes",
    "Je serai à Gaspé du 3 au 10 juillet",
    "Au Mont-Sainte-Anne pour la journée!",
]
TYPED_PLAINLY = [
    "Je suis a Quebec jusqu'a dimanche",
    "Presentement a Rimouski avec la gang, retour lundi",
    "au mexique pour les deux prochaines semaines",
    "EN FLORIDE JUSQU'AU 15 MARS",
    "AU COSTA RICA POUR LES 2 PROCHAINES SEMAINES!",
    "on part pour le portugal samedi, de retour le 20",
    "Presentement a l'aquarium de quebec avec les petits",
]
# reading on something one sits on is still where one is
READING_ON_A_SURFACE = [
    "Je lis sur la terrasse du Café Cherrier en ce moment",
    "Présentement en train de lire sur le quai de Sainte-Flavie",
]
WATERSIDE = [
    "Présentement sur le bord de l'eau à Kamouraska",
    "au bord de l'eau à sainte-flavie jusqu'à dimanche",
]
NOT_WHEREABOUTS = [
    # a trip told afterwards, or a plan without a date
    "L'été passé, on était au Mexique pour les deux prochaines semaines de nos vacances",
    "Un jour on ira au Japon pour deux semaines",
    "Il y a deux ans, au Costa Rica pour deux semaines, on a adoré",
    "Last year we camped at Fundy over the long weekend, site 112 was perfect",
    # a place's hours or an event for everyone
    "Le marché Atwater est ouvert jusqu'à 18 h en fin de semaine",
    "Le nouveau resto au coin de la rue ouvre en fin de semaine",
    # what one is reading or watching about, not where one is
    "Je lis un livre sur le Costa Rica en ce moment",
    "Currently reading a book on Iceland, can't put it down",
    "En ce moment j'écoute un documentaire sur la Gaspésie",
    "En train de lire sur le marché Jean-Talon, fascinant",
    "Je lis sur le parc de la Gatineau en ce moment",
    "En train de lire sur une longue randonnée au bord de la rivière Rouge",
    # what one thinks about, and a thing just finished (as "Just finished a rainy hike in the park")
    "Je réfléchis beaucoup à la cabane à sucre de mon enfance",
    "Je pense encore au festival de jazz",
    "Je viens de terminer une randonnée pluvieuse dans le parc",
    "Just finished a rainy hike in the park",
    # a high point in life, not a summit
    "Présentement au sommet de ma forme!",
    "Au sommet de sa carrière, il a pris sa retraite",
    # the House's business relayed, not the poster there
    "Live from the House: question period on the housing bill",
    "En direct de l'Assemblée nationale : la période des questions",
    # the time and a province or a country framing a remark about others
    "En ce moment, au Québec, les loyers explosent",
    "Right now in Canada, the housing market is broken",
    # on the air, not at a place
    "Je serai à la radio de Radio-Canada demain à 8 h",
    "I'll be on the radio tomorrow at 8, tune in",
    # "live" from one's own home, where no one comes to find anyone
    "Live from my couch: the Leafs game, period 3",
    "En direct de mon salon : la finale de la Coupe Stanley!",
    # « se rendre », « filer » that go nowhere: a realisation, a bad patch, one's work
    "On se rend compte que c'est difficile",
    "Je file un mauvais coton ces temps-ci",
    "On file au bureau, grosse journée",
    # the English article, and where a relative lives
    "I'm a Leafs fan until the day I die",
    "Mon frère habite au Costa Rica depuis 2015",
    "Je suis seule à penser ça, visiblement",
]


@pytest.mark.parametrize("english,french", COMING_STRETCH + DATED_RETURN + STATE_IN_A_COUNTRY + ALONE + PINS)
def test_present_or_announced_whereabouts_in_both_languages(safety: Analyzer, english: str, french: str) -> None:
    assert medium_or_higher(safety, english), english
    assert medium_or_higher(safety, french), french


@pytest.mark.parametrize("text", FRENCH_ONLY_STRETCH + GOING_FR + NAMES + TYPED_PLAINLY + WATERSIDE + READING_ON_A_SURFACE)
def test_french_forms_of_a_place_and_its_time(safety: Analyzer, text: str) -> None:
    assert medium_or_higher(safety, text), text


@pytest.mark.parametrize("text", NOT_WHEREABOUTS)
def test_no_whereabouts_without_a_place_now_or_a_date(safety: Analyzer, text: str) -> None:
    found = [(f.rule, f.evidence) for f in safety.analyze(post(text)).findings]
    assert not medium_or_higher(safety, text), (text, found)


def test_a_name_stops_before_its_dates() -> None:
    """« Gaspé du 3 au 10 »: a linking word belongs to a name only before another capitalised word,
    so the dates after a town are read as dates."""
    from footprint.rules.safety_whereabouts import _place_at
    from footprint.text import fold

    for text, place in (
        ("à Gaspé du 3 au 10 juillet", "Gaspé"),
        ("à Notre Dame de Grâce demain", "Notre Dame de Grâce"),
        ("at Bank of Montreal tomorrow", "Bank of Montreal"),
    ):
        start = text.index(place)
        end = _place_at(text, fold(text), start)
        assert end is not None and text[start:end] == place, (text, end)


def test_a_hyphenated_name_is_not_cut_at_its_place_word() -> None:
    """« Mont-Tremblant », « Lac-Beauport »: the listed « mont », « lac » open a name, they are not
    the whole place."""
    from footprint.rules.safety_whereabouts import _place_at
    from footprint.text import fold

    for text in ("au Lac-Beauport", "à Mont-Tremblant", "à mont-tremblant"):
        start = text.index(" ", 2) + 1 if text.startswith("au") else 2
        end = _place_at(text, fold(text), start)
        assert end == len(text), (text, end)
