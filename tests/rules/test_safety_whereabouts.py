"""SAF007: where the poster is right now, will be on a given day, goes every day, or that the
home is empty (issue #21); English and French.

Every post is written for this table. Hard negatives: past trips, wishes, plans without dates,
the present without a place ("at the moment I'm reading ..."), idioms, other people's travels,
shops' opening hours.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Severity
from footprint.rules import load_rules, safety
from tests.rules.conftest import post
from tests.rules.safety_tables import assert_table_rate

ENGLISH = [
    "Just landed in Cancún, the house is empty for two whole weeks!",
    "Away at the cottage until the 20th, nobody home",
    "At the Lansdowne farmers' market right now, come say hi!",
    "Currently sitting at gate 12 at YOW, see you in two weeks Ottawa",
    "We're in Tofino until Sunday, cell service is spotty",
    "Heading to Punta Cana tomorrow for 10 days!! ☀️",
    "Nobody home at our place this weekend, we're all at the lake",
    "Our house-sitter starts Friday, we fly out to Lisbon at 6 am",
    "Come find me at the Ottawa Home Show, I'm at booth 214 until 5",
    "my usual 6 am run along the canal was freezing today",
    "Every Saturday at 8 I'm at the Parkdale Market for coffee and croissants",
    "Finally made it to Banff!! 🏔",
    "Greetings from Halifax! Back on the 14th",
    "Checked in at the Fairmont Château Laurier, room with a view 😍",
    "I'm at Rideau Centre rn if anyone wants to grab a bite",
    "We'll be at the cabin all week, no wifi, see ya",
    "Out of town till Tuesday, text if urgent",
    "In Montreal for the weekend, staying near Jean-Talon, any brunch recs?",
    "Off to Whistler tonight, see you all next week!",
    "House is empty till Monday, the cats are on their own 😅",
    "Just got to the cottage, unplugging until Labour Day",
    "Spending March break in Florida, back on the 18th",
    "I'm at the Glebe Tim Hortons for the next hour if you want to drop off the tickets",
    "Working from the Chelsea Pub until close today, come by",
    "Hello from Paris! 🇫🇷 Home on the 30th",
    "We're camping at Algonquin Park for the long weekend, house is locked up tight",
    "Looking for a cat sitter March 3-17 while we're in Costa Rica, DM me",
    "Every Tuesday at 7 pm I'm at the Dovercourt pool for lane swim",
    "Off-grid at the chalet until Sunday 🌲",
    "Live at the Bluesfest main stage right now!! 🎸",
    "I'm by the fountain at Lansdowne, come say hi",
    "Catch me at the Glebe farmers market Sunday 10-2, I'll have a table",
    "Sitting on a patio on Elgin St at the moment, life is good",
    "Our flight to Cuba leaves tonight and we're gone for two weeks",
    "Me and the kids are at the Museum of Nature until 3 if anyone wants to join",
    "On my way to the Bayshore mall rn, need anything?",
    "Skating on the canal right now, ice is perfect",
    "We're away Dec 20 to Jan 3, the neighbours are keeping an eye on the place",
    "Every morning at 5:45 I walk the dog through Andrew Haydon Park",
    "Come say hi at our booth at the Aylmer market this Saturday!",
    "Just landed at YYZ, Toronto for a week of meetings",
    "No one's home until Thursday so the packages can wait at the depot",
]

FRENCH = [
    "Au marché By en ce moment, venez me voir",
    "On vient d'arriver à Cuba, la maison est vide pour deux semaines!",
    "Au chalet jusqu'au 20, personne à la maison",
    "Je suis en vacances jusqu'au 15 août!",
    "Présentement au Centre Rideau, quelqu'un veut prendre un café?",
    "Bien arrivés à Percé! De retour le 28",
    "On part pour le Mexique samedi, deux semaines au soleil ☀️",
    "Je serai au kiosque 12 du Salon du livre de 13 h à 16 h, passez me voir!",
    "Ma course habituelle de 6 h le long du canal Rideau, rien de mieux",
    "Tous les samedis matin, je suis au marché Jean-Talon vers 8 h",
    "Chu au Costco de Gatineau en ce moment, besoin de quoi?",
    "On est rendus au chalet, on revient dimanche",
    "Personne à la maison cette fin de semaine, on est tous au tournoi de hockey à Rimouski",
    "Notre gardienne de maison arrive vendredi, on décolle pour Lisbonne!",
    "Partis à Punta Cana pour 10 jours!!",
    "En direct du Festival d'été de Québec en ce moment 🎶",
    "Je suis à l'aéroport, de retour dans deux semaines",
    "Bonjour de Tadoussac! On revient le 12",
    "Venez nous voir au kiosque de l'Expo-habitat samedi!",
    "Chaque matin à 6 h, je fais le tour du lac Leamy en vélo",
    "On est à Québec jusqu'à dimanche, la maison est sous surveillance",
    "Actuellement au parc de la Gatineau avec les enfants, c'est magnifique",
    "Je viens d'atterrir à Paris!! 🇫🇷",
    "En vacances dans le Sud jusqu'au 3 mars, on se revoit après!",
    "Mon jogging du matin sur la piste cyclable du canal, 6 h pile comme d'habitude",
    "Je suis au resto Chez Lucien présentement, venez nous rejoindre",
    "Y'a personne chez nous jusqu'à lundi, on est au chalet",
    "Quelqu'un pour nourrir le chat du 3 au 10 juillet? On s'en va en Gaspésie",
    "Sur la plage à Cayo Coco en ce moment 🌴",
    "Départ pour Vancouver demain matin, une semaine loin de la maison",
    "Chus au Tim du boulevard Gréber, venez me dire allo",
    "Tous les mardis à 19 h, je suis à la piscine du Plateau pour mes longueurs",
    "On passe la semaine à Tremblant, retour samedi",
    "Au Café Nordik en ce moment, venez!",
    "Nous serons au Mont-Orford du 26 au 30 décembre",
    "Je suis au Centre Bell ce soir pour le match des Canadiens",
    "Absents jusqu'au 2 janvier, joyeuses fêtes!",
    "On arrive à Moncton ce soir, on reste chez ma sœur jusqu'à mardi",
    "La maison est vide jusqu'à dimanche, on est partis à la pêche",
    "Comme d'habitude, jogging de 5 h 30 autour du lac des Fées",
    "En ce moment je suis à la cabane à sucre Chez Dany, venez nous rejoindre",
    "On s'envole pour Cancún demain, la maison sera vide deux semaines",
]

ENGLISH_NEGATIVES = [
    "Loved our trip to Cancún last summer",
    "At the moment I'm reading Station Eleven and loving it",
    "Someday we'll take the kids to Japan",
    "Home Alone is the best Christmas movie",
    "I'm in a meeting right now, will call back",
    "Right now in Ottawa it's -31 with the windchill",
    "Wish I was at the beach right now 😩",
    "Back from Tofino, what a week",
    "We're thinking about going to Portugal next year",
    "The lights are on but nobody's home with this government",
    "Currently obsessed with this sourdough recipe",
    "Just landed a new job!!",
    "I'm at a loss right now, honestly",
    "Last weekend at the cottage was perfect",
    "Remember when we were in Paris? Miss it",
    "We went to Mont-Tremblant for March break, so much fun",
    "I run along the canal sometimes, it's beautiful",
    "The office is empty this week, everyone's on vacation",
    "My parents are in Florida until April, lucky them",
    "Our store is open until 9 tonight, come say hi!",
    "Come say hi in the comments 👇",
    "Every day at 5 pm the traffic on the 417 is a nightmare",
    "I used to run along the canal every morning at 6",
    "The Prime Minister is in Brussels this week for the NATO summit",
    "Refugees arriving this week will get French classes.",
]

FRENCH_NEGATIVES = [
    "L'été dernier à Cancún, c'était le paradis",
    "En ce moment je lis le dernier Michel Tremblay, quel bonheur",
    "Un jour on ira au Japon avec les enfants",
    "Je suis en réunion en ce moment, je te rappelle",
    "En ce moment à Québec il fait -30 avec le facteur vent",
    "J'aimerais tellement être à la plage en ce moment 😩",
    "De retour de Cuba, bronzés et reposés",
    "Présentement obsédée par cette recette de pain",
    "Y'a des lumières mais personne à la maison dans ce gouvernement",
    "On pense aller au Portugal l'an prochain",
    "Le bureau est vide cette semaine, tout le monde est en vacances",
    "Mes parents sont en Floride jusqu'en avril, chanceux!",
    "Notre boutique est ouverte jusqu'à 21 h ce soir, passez nous voir!",
    "Je faisais mon jogging tous les matins le long du canal quand j'habitais Ottawa",
    "Le premier ministre est à Bruxelles cette semaine pour le sommet de l'OTAN",
    "Je suis à bout en ce moment",
    "On est allés à Percé l'été passé, magnifique",
    "Le printemps est enfin arrivé... non attendez, il neige encore 🙃",
    "Les réfugiés qui arrivent cette semaine auront des cours de français.",
    "Le parti est en avance dans les sondages jusqu'à maintenant",
    "Patinage sur le canal avec les enfants, puis chocolat chaud. Parfait",
    "Premier vrai flocon de neige. Les enfants sont déjà dehors en habit de neige",
]


def _flags(text: str) -> bool:
    return bool(Analyzer([safety.RealTimeLocation()]).analyze(post(text)).findings)


@pytest.mark.parametrize(("table", "language"), [(ENGLISH, "en"), (FRENCH, "fr")])
def test_whereabouts_and_empty_homes_are_flagged_in_both_languages(table: list[str], language: str) -> None:
    assert_table_rate(table, _flags, minimum=0.90, what=f"whereabouts ({language})")


@pytest.mark.parametrize(("table", "language"), [(ENGLISH_NEGATIVES, "en"), (FRENCH_NEGATIVES, "fr")])
def test_past_trips_wishes_and_placeless_present_are_not(table: list[str], language: str) -> None:
    assert_table_rate(table, _flags, maximum=1 / 14, what=f"whereabouts hard negatives ({language})")


@pytest.mark.parametrize("text", ENGLISH_NEGATIVES + FRENCH_NEGATIVES)
def test_hard_negatives_get_no_safety_flag_at_medium_or_above(text: str) -> None:
    rules = [r for r in load_rules() if r.category == "personal_safety"]
    findings = Analyzer(rules).analyze(post(text)).findings
    assert not [f for f in findings if f.severity >= Severity.MEDIUM]


def test_the_flag_quotes_the_words_that_say_where() -> None:
    finding = Analyzer([safety.RealTimeLocation()]).analyze(post("Lovely day! Just landed in Cancún 🌴")).findings[0]
    assert finding.evidence[0].text.startswith("Just landed in Cancún")
    assert finding.severity is Severity.MEDIUM


def test_the_tables_are_large_and_parallel() -> None:
    assert len(ENGLISH) >= 40 and len(FRENCH) >= 40
    assert len(ENGLISH_NEGATIVES) >= 20 and len(FRENCH_NEGATIVES) >= 20


def test_huge_and_empty_inputs() -> None:
    assert not _flags("")
    assert not _flags("right now " * 20_000)
    assert _flags("bla " * 5_000 + "Au chalet jusqu'au 20, personne à la maison")
