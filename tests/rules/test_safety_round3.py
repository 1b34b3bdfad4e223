"""Third-round safety tables (issue #21): personal-safety details as people write them when the
rules' cue words are missing, EN/FR in parallel pairs, in the team's own words.

- a home address with no "home" word, clearly one's own all the same: the yard sale at it, the
  parcel that keeps going missing from it, the mailbox, the move, the lease, « le livreur a
  laissé mon colis au ... »;
- where one is now, said the French ways (« je suis au », « rendu à », « présentement à »,
  « on est au chalet jusqu'à dimanche », a pin, « en route vers », « je t'attends au ») and the
  English ones ("at the ... till 5 if anyone wants to drop by", "here all week");
- a routine said in French (« tous les mardis soir », « chaque matin à 6 h », « comme
  d'habitude »);
- a child's school or daycare in French with a first name, a pronoun, « la garderie », « le
  CPE », « l'autobus scolaire », « la maîtresse ».
Hard negatives: venues, businesses, events and offices with an address (a restaurant
recommendation, « le spectacle est au 1234, rue Sainte-Catherine »), schools in the news or
one's own school years, past trips and plans without dates.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Severity
from footprint.rules import load_rules
from tests.rules.conftest import post
from tests.rules.safety_tables import assert_table_rate

HOME_ADDRESS_EN = [
    "come by 45 Elm St Saturday for the yard sale, everything must go",
    "new place! 12-340 Bank St 🎉",
    "package for 88 Maple Cres keeps going missing, third time this month 😡",
    "just drop it in my mailbox at 17 Birch Ave, thanks!!",
    "We moved to 203 Rideau Terrace over the long weekend, still living out of boxes",
    "Housewarming Sat the 14th, 56 Oak Ridge Dr, bring a lawn chair",
    "Amazon left my parcel at 91 Lilac Way instead of 19 Lilac Way, again",
    "tonight's potluck is at 118 Spruce Street, bring a dish to share",
    "If you're bringing the crib over, 9 Aspen Cres, use the side door",
    "Mail for the last owner keeps showing up at 33 Laurel St, anyone know how to reach them?",
    "Free firewood at the curb in front of 27 Hawthorn Rd, help yourselves",
    "Signed the lease on 1205-99 Metcalfe St today!! 🔑",
    "the keys are ours 🔑🏡 14 Juniper Way",
    "Uber driver went to 45 Elm Ave instead of 45 Elm St lol, I'm the one on Elm St",
    "Baby shower invites go to 8 Poplar Pl, K1S 3T4",
    "snowplow buried the end of the driveway at 7 Cedar Ct AGAIN",
    "moving truck comes Friday, 1502 Carling Ave unit 6 here we come",
    "kids' lemonade stand is open in front of 410 Clearview Ave until 4!",
    "pizza to 220 Holmwood Ave tonight, who's in?",
    "Our street: 61 Dufferin Rd, the one with the blue door",
    "Just bought 74 Sunnyside Ave!!! first time homeowners 🥳",
    "ring twice at 5-140 Gladstone Ave, buzzer's broken",
]
# The occasion's day between its name and an address written without the street's type
BARE_HOME_PAIRS = [
    ("housewarming saturday at 45 Elm!", "Crémaillère samedi au 45 Des Pins!"),
    ("Garage sale this weekend at 12 Oak", "Vente de garage ce samedi au 12 Principale"),
]
HOME_ADDRESS_FR = [
    "Passez au 45, rue des Érables samedi pour la vente de garage, tout doit partir",
    "Nouvelle place! 12-340, rue Bank 🎉",
    "Encore un colis disparu au 88, croissant Maple, troisième fois ce mois-ci 😡",
    "Laisse-le dans ma boîte aux lettres au 17, avenue Birch, merci!!",
    "On a déménagé au 203, terrasse Rideau pendant la longue fin de semaine, on vit dans les boîtes",
    "Crémaillère samedi le 14, au 56, chemin Oak Ridge, apportez une chaise de parterre",
    "Le livreur a laissé mon colis au 91 rue des Lilas au lieu du 19, encore",
    "Le souper partage de ce soir c'est au 118, rue Spruce, apportez un plat",
    "Si tu viens porter le lit de bébé, 9, croissant Aspen, la porte de côté",
    "Le courrier de l'ancien proprio arrive encore au 33, rue Laurel, quelqu'un sait comment le joindre?",
    "Bois de chauffage gratuit au bord de la rue devant le 27, chemin Hawthorn, servez-vous",
    "Bail signé pour le 1205-99, rue Metcalfe aujourd'hui!! 🔑",
    "les clés sont à nous 🔑🏡 14, promenade Juniper",
    "Le chauffeur Uber est allé au 45, avenue Elm au lieu du 45, rue Elm lol",
    "Les invitations pour le shower de bébé : 8, place Poplar, K1S 3T4",
    "la déneigeuse a encore bloqué le bout de l'entrée au 7, cour Cedar",
    "Le camion de déménagement arrive vendredi, 1502, avenue Carling, app. 6, nous voilà",
    "le kiosque de limonade des enfants est ouvert devant le 410, avenue Clearview jusqu'à 16 h!",
    "pizza au 220 avenue Holmwood ce soir, qui embarque?",
    "Chez nous c'est le 61, chemin Dufferin, celle avec la porte bleue",
    "On vient d'acheter le 74, avenue Sunnyside!!! premiers proprios 🥳",
    "sonnez deux fois au 5-140, avenue Gladstone, l'interphone est brisé",
]
PUBLIC_ADDRESS_EN = [
    "Hunter Hillis recommends 44 Gulf Beach Highway.",
    "The show is at 1234 Sainte-Catherine St W, tickets still available",
    "Best pho in town: Pho Bo Ga La, 763 Somerset St W. Go hungry.",
    "The passport office at 200 Sparks St now opens Saturdays",
    "Service Canada Centre, 185 Catherine St, closes at 4 today",
    "Try the poutine at Chez Ashton, 1100 Charest Blvd, worth the trip",
    "Fundraising gala at the Shaw Centre, 55 Colonel By Dr, tickets online",
    "The concert is at 1234 Main Street, doors at 7",
    "Canada Revenue Agency, 875 Heron Rd, is where you drop the forms",
    "Shout out to Mike's Garage at 310 Industrial Ave, fixed my brakes in an hour",
    "Jazz night at 45 Elgin St every Friday, no cover",
    "Our team's offices are at 90 Sparks St, 4th floor, visitors sign in at the desk",
]
PUBLIC_ADDRESS_FR = [
    "Hunter Hillis recommande 44 Gulf Beach Highway.",
    "Le spectacle est au 1234, rue Sainte-Catherine, il reste des billets",
    "Meilleur pho en ville : Pho Bo Ga La, 763, rue Somerset Ouest. Allez-y affamés.",
    "Le bureau des passeports au 200, rue Sparks ouvre maintenant le samedi",
    "Le Centre Service Canada, 22, rue Eddy, ferme à 16 h aujourd'hui",
    "Essayez la poutine chez Ashton, 1100, boulevard Charest, ça vaut le détour",
    "Gala-bénéfice au Centre Shaw, 55, promenade Colonel By, billets en ligne",
    "Le concert est au 1234, rue Principale, portes à 19 h",
    "L'Agence du revenu du Canada, 875, chemin Heron, c'est là qu'on dépose les formulaires",
    "Merci au Garage Mike au 310, avenue Industrielle, mes freins réparés en une heure",
    "Soirée jazz au 45, rue Elgin tous les vendredis, entrée libre",
    "Les locaux de l'équipe sont au 90, rue Sparks, 4e étage, les visiteurs s'inscrivent à l'accueil",
]

PRESENT_EN = [
    "at the Glebe farmers market till 5 if anyone wants to drop by 🥕",
    "📍 Lansdowne, come find us by the big screen",
    "currently at the Ottawa airport, gate 22, flight delayed 2 hours",
    "here all week at the Ex, booth 14, come say hi",
    "I'm at the Manx on Elgin, who's around?",
    "At Costco on Innes, need anything?",
    "made it to Tremblant! here till Sunday",
    "in line at Service Canada on Main, send snacks",
    "We're at Mooney's Bay beach by the big willow 🌳",
    "camped out at the Rideau Centre food court for the next hour",
    "waiting for you at the Bridgehead on Elgin, grabbed a table by the window",
    "on our way to Quebec City, should be there by 6",
]
PRESENT_FR = [
    "Je suis au marché By, venez me voir!",
    "Rendu à Tremblant! 🎿",
    "Présentement à l'aéroport de Dorval, vol retardé de deux heures",
    "On est au chalet jusqu'à dimanche 🌲",
    "📍 Parc de la Gatineau, on est au belvédère Champlain",
    "En route vers Québec, on arrive vers 18 h",
    "Je t'attends au Bridgehead de la rue Elgin, j'ai une table près de la fenêtre",
    "Chu au Costco, quelqu'un a besoin de quelque chose?",
    "On est à la plage de Parlee, à côté du gros saule",
    "Rendus au camping de la Mauricie jusqu'à vendredi",
    "Au Carnaval de Québec toute la fin de semaine 🎉",
    "je suis au Manx sur Elgin, qui est dans le coin?",
]
PRESENT_NEGATIVES_EN = [
    "We spent a week in Tofino last summer and I still think about it",
    "We should go to Portugal someday",
    "Trip to Japan is on the bucket list, no dates yet",
    "I was at the Manx last night, the fries are still great",
    "Back from the cottage, sunburnt and happy",
    "Someday I'd love to see the Northern Lights in Yellowknife",
]
PRESENT_NEGATIVES_FR = [
    "On a passé une semaine à Tofino l'été dernier, j'y pense encore",
    "Faudrait bien aller au Portugal un jour",
    "Le Japon est sur notre liste, pas de dates encore",
    "J'étais au Manx hier soir, les frites sont encore bonnes",
    "De retour du chalet, brûlés mais contents",
    "Un jour j'aimerais voir les aurores boréales à Yellowknife",
]

ROUTINE_EN = [
    "Every Tuesday night I'm at the Vanier community centre for volleyball",
    "every morning at 6 I run the canal from Pretoria to Dow's Lake",
    "same as always, 7:30 coffee at the Tim's on Merivale",
    "I walk the dog at Strathcona Park every night around 9",
    "Saturday mornings you'll find us at the Parkdale market, without fail",
    "Monday workout at the Goodlife on Bank at 5:30, who's joining",
    "Thursday yoga at Lotus Studio at 7 pm is my favourite part of the week",
    "I catch the 95 at the Baseline stop every morning at 7:10",
]
ROUTINE_FR = [
    "Tous les mardis soir, je joue au volleyball au centre communautaire de Vanier",
    "Chaque matin à 6 h, je cours le long du canal de Pretoria jusqu'au lac Dow",
    "Comme d'habitude, café à 7 h 30 au Tim de la rue Merivale",
    "Je promène le chien au parc Strathcona tous les soirs vers 21 h",
    "Le samedi matin on est toujours au marché Parkdale, beau temps mauvais temps",
    "Entraînement du lundi au Goodlife de la rue Bank à 5 h 30, qui vient?",
    "Tous les jeudis, yoga au studio Lotus à 19 h, mon moment de la semaine",
    "Je prends le 95 à l'arrêt Baseline chaque matin à 7 h 10",
]
ROUTINE_NEGATIVES_EN = [
    "Every Tuesday feels like a Monday lately",
    "I used to run the canal every morning before the kids",
    "The 95 is late every morning, what else is new",
]
ROUTINE_NEGATIVES_FR = [
    "Tous les mardis ont l'air d'un lundi ces temps-ci",
    "Je courais le long du canal chaque matin avant les enfants",
    "Le 95 est en retard chaque matin, rien de nouveau",
]

CHILD_SCHOOL_EN = [
    "First day at daycare for Leo 🎒",
    "Little Sunshine Daycare closes at 6, running to get Zoe",
    "School bus comes at 7:42 at the corner of Pine and Elm, Noah was ready at 7",
    "Chloe's teacher at Sainte-Anne sent the class photos, so cute",
    "My daughter loves her teacher at Bayview Public School, she's thriving",
    "Our youngest starts kindergarten at Pioneers Elementary on Monday",
    "Felix brought home his first report card from Pope John XXIII, so proud",
    "I drop Emma at Ladybug Child Care at 7:30 every morning",
    "The kids catch the yellow bus at 7:15 in front of Marie Curie school",
    "Christmas concert in Mrs. Roy's class, my little one was a star ⭐",
]
CHILD_SCHOOL_FR = [
    "Premier jour à la garderie pour Léo 🎒",
    "Le CPE Les Petits Lutins ferme à 18 h, je cours chercher Zoé",
    "L'autobus scolaire passe à 7 h 42 au coin de la rue des Pins, Noah était prêt à 7 h",
    "La maîtresse de Chloé à l'école Sainte-Anne nous a envoyé les photos de classe",
    "Ma fille adore sa maîtresse à l'école du Bois-Joli, elle s'épanouit",
    "Mon plus jeune entre en maternelle à l'école des Pionniers lundi",
    "Félix a rapporté son premier bulletin de l'école Jean-XXIII, tellement fière",
    "Je dépose Emma au CPE La Coccinelle à 7 h 30 tous les matins",
    "Les enfants prennent l'autobus jaune à 7 h 15 devant l'école Marie-Curie",
    "Spectacle de Noël dans la classe de Mme Roy, ma puce était une étoile ⭐",
]
SCHOOL_NOT_CHILD_EN = [
    "Bayview Public School is closed today after a water main break, says the board",
    "I went to Glebe Collegiate in the 90s, best years of my life",
    "Teachers at Pioneers Elementary start rotating strikes Monday",
    "Throwback to grade 6 at St. Pius X, that haircut though",
    "The new Marie Curie school will open in 2027, the board announced",
    "My mom taught at Elmdale Public School for 30 years",
]
SCHOOL_NOT_CHILD_FR = [
    "L'école Bayview est fermée aujourd'hui à cause d'un bris d'aqueduc, annonce le conseil scolaire",
    "J'ai fait mon secondaire à la polyvalente Deux-Montagnes, mes plus belles années",
    "Les enseignants de l'école des Pionniers commencent des grèves tournantes lundi",
    "Souvenir de ma 6e année à l'école Saint-Pie-X, cette coupe de cheveux",
    "La nouvelle école Marie-Curie ouvrira en 2027, a annoncé le centre de services scolaire",
    "Ma mère a enseigné à l'école Elmdale pendant 30 ans",
]


# Where one is now when the sentence also holds a past word, a label, a view or a companion,
# and weekly habits told by the weekday's activity (parallel pairs)
NOW_PAIRS = [
    ("Arrived last night, we're at the cottage till Sunday", "Arrivés hier soir, on est au chalet jusqu'à dimanche"),
    ("Back at the cottage for the long weekend!", "Enfin de retour au chalet pour la longue fin de semaine!"),
    ("The lake was frozen this morning, we're at the cottage till Sunday", "Le lac était gelé ce matin, on est au chalet jusqu'à dimanche"),
    ("Current location: the Glebe Bridgehead", "Position actuelle : le Bridgehead du Glebe"),
    ("Beautiful sunset at Mooney's Bay right now", "Magnifique coucher de soleil à la baie Mooney en ce moment"),
    ("Watching the game at the Heart & Crown, come join", "On regarde le match au Heart & Crown, venez nous rejoindre"),
    ("Whole family's at the splash pad at Brewer Park right now", "Toute la famille est aux jeux d'eau du parc Brewer en ce moment"),
    ("Me and the kids at the splash pad till lunch", "Moi pis les kids aux jeux d'eau jusqu'à midi"),
    ("On the bike path along the canal, so nice", "Sur la piste cyclable le long du canal, trop beau"),
    ("en route to Halifax, there by dinner", "En route vers Halifax, on arrive pour le souper"),
    ("Beach day in Oka! 🏖️", "Journée plage à Oka! 🏖️"),
    ("Grabbing a beer at Bar Le Cercle, who's coming?", "Petite bière au Bar Le Cercle, qui vient?"),
    ("Here at the Heart & Crown if anyone wants a pint", "Ici au Heart & Crown si quelqu'un veut une bière"),
    ("We're here all week at the Ex, booth 14", "On est là toute la semaine à l'Expo, kiosque 14"),
    ("Tuesday night is bowling league at Laurentian Lanes", "Le mardi soir c'est la ligue de quilles au Salon Laurentien"),
    ("My Tuesdays: badminton at the Jean-Marie-Lemieux centre at 8", "Mes mardis : badminton au centre Jean-Marie-Lemieux à 20 h"),
    ("every lunch hour I eat in Confederation Park", "chaque midi je dîne au parc de la Confédération"),
]
# Past stays, wishes, broadcasters and where one lives, with the same words
NOT_NOW_PAIRS = [
    ("Someday we'll be at the cottage until Labour Day", "Un jour on sera au chalet jusqu'à la fête du Travail"),
    ("Last summer, we were at the cottage until the 20th", "L'été dernier, on était au chalet jusqu'au 20"),
    ("I miss being at the lake till sunset", "Je m'ennuie d'être au lac jusqu'au coucher du soleil"),
    ("Watching the debate on CBC tonight", "On regarde le débat à Radio-Canada ce soir"),
    ("Here in Quebec, we take winter seriously", "Ici au Québec, on prend l'hiver au sérieux"),
    ("Beautiful sunset last night at Mooney's Bay", "Magnifique coucher de soleil hier soir à la baie Mooney"),
    ("On my way to becoming a nurse!", "En route vers une nouvelle carrière!"),
    ("Yesterday we were at the market until noon", "Hier on était au marché jusqu'à midi"),
]


# Agencies, businesses described by what they do, events and clubs with an address; daycares
# whose names hold a family word; staff hired at a daycare; a holiday show (parallel pairs)
NOT_PERSONAL_PAIRS = [
    ("Revenu Québec at 3800 de Marly St closes early Friday", "Revenu Québec au 3800, rue de Marly ferme plus tôt vendredi"),
    ("The SAAQ office at 1000 Saint-Joseph Blvd is packed", "La SAAQ du 1000, boulevard Saint-Joseph est pleine à craquer"),
    ("Le Cochon Dingue at 46 Champlain Blvd serves the best brunch", "Le Cochon Dingue au 46, boulevard Champlain sert le meilleur brunch"),
    ("Knights of Columbus spaghetti supper at 12 Main St, $15", "Souper spaghetti des Chevaliers de Colomb au 12, rue Principale, 15 $"),
    ("The roaster at 1100 Wellington St roasts on site", "La Brûlerie au 1100, rue Wellington torréfie sur place"),
    ("Coeur de pirate concert at 1234 Sainte-Catherine St on March 12", "Spectacle de Cœur de pirate au 1234, rue Sainte-Catherine le 12 mars"),
    ("Free knitting workshop at 22 Notre-Dame St, all welcome", "Atelier de tricot gratuit au 22, rue Notre-Dame, tous bienvenus"),
    ("Christmas tree drop-off at 100 Gamelin Blvd until January 15", "Dépôt de sapins de Noël au 100, rue Gamelin jusqu'au 15 janvier"),
    ("Bravo to the students of Saint-Rémi school for their Christmas show", "Bravo aux élèves de l'école Saint-Rémi pour leur spectacle de Noël"),
    ("Les Petits Lutins daycare is hiring educators, pass it on", "Le CPE Les Petits Lutins cherche des éducatrices, faites passer le mot"),
    ("My niece was hired as an ECE at La Ribambelle daycare", "Ma nièce a été engagée comme éducatrice au CPE La Ribambelle"),
]


# Weekly habits at a church, a bingo, around the block; dropping the kids at a named school; an
# event's edition year is not a past caption (parallel pairs)
HABIT_AND_EDITION_PAIRS = [
    ("Every Tuesday night I'm at the parish bingo", "Tous les mardis soir je suis au bingo de la paroisse"),
    ("Mondays it's yoga in the church basement at 7 pm", "Le lundi, c'est cours de yoga au sous-sol de l'église à 19 h"),
    ("Every night around 10 I walk the dog around the block", "Chaque soir vers 22 h, je sors le chien autour du bloc"),
    ("Every morning I drop the kids at Marie-Curie school at 7:45", "Tous les matins, je dépose les enfants à l'école Marie-Curie à 7 h 45"),
    ("📍 Winterlude 2025, Dow's Lake", "📍 Bal de neige 2025, lac Dow"),
    ("Here at the Ottawa Race Weekend 2025 expo, booth 12", "Ici à l'expo de la Fin de semaine des courses 2025, kiosque 12"),
]


# Present stays whose sentence holds a past list's word used of the present ("don't miss",
# "making memories", « n'oubliez pas »), a comma part that opens on the spot, "Finally at"
PRESENT_DESPITE_PAIRS = [
    ("At the farmers market till 1, don't miss the strawberries!", "Au marché jusqu'à 13 h, manquez pas les fraises!"),
    ("At the Ex all week, remember to stop by booth 14", "À l'Expo toute la semaine, oubliez pas de passer au kiosque 14"),
    ("here since last night, at the cottage till Sunday", "ici depuis hier soir, au chalet jusqu'à dimanche"),
    ("Making memories at the cottage this week 🌲", "Enfin au chalet pour la semaine, on se fait des souvenirs 🌲"),
    ("Finally at the cottage! We left at 6 this morning lol", "Enfin au chalet! On est partis à 6 h ce matin lol"),
    ("We're at the cabin until Sunday, it was a long drive but worth it",
     "On est au chalet jusqu'à dimanche, la route était longue mais ça valait la peine"),
]


_SAFETY = [r for r in load_rules() if r.category == "personal_safety"]


def _findings(text: str) -> list:  # type: ignore[type-arg]
    return Analyzer(_SAFETY).analyze(post(text)).findings


def _medium(text: str) -> bool:
    """Flagged as the issue counts it: a personal-safety finding at medium severity or more."""
    return any(f.severity >= Severity.MEDIUM for f in _findings(text))


def _any(text: str) -> bool:
    return bool(_findings(text))


POSITIVES = [
    ("home address", HOME_ADDRESS_EN, HOME_ADDRESS_FR),
    ("present location", PRESENT_EN, PRESENT_FR),
    ("routine", ROUTINE_EN, ROUTINE_FR),
    ("child's school", CHILD_SCHOOL_EN, CHILD_SCHOOL_FR),
]
NEGATIVES = [
    ("public address", PUBLIC_ADDRESS_EN, PUBLIC_ADDRESS_FR),
    ("past or undated", PRESENT_NEGATIVES_EN, PRESENT_NEGATIVES_FR),
    ("not a routine", ROUTINE_NEGATIVES_EN, ROUTINE_NEGATIVES_FR),
    ("school, not a child's", SCHOOL_NOT_CHILD_EN, SCHOOL_NOT_CHILD_FR),
]


def test_tables_are_parallel_pairs() -> None:
    for _, english, french in POSITIVES + NEGATIVES:
        assert len(english) == len(french)


@pytest.mark.parametrize(("what", "english", "french"), POSITIVES)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_flagged_at_medium_or_more(what: str, english: list[str], french: list[str], language: str) -> None:
    table = english if language == "en" else french
    assert_table_rate(table, _medium, what=f"{what} ({language})", minimum=0.9)


@pytest.mark.parametrize(("what", "english", "french"), NEGATIVES)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_hard_negatives_not_flagged(what: str, english: list[str], french: list[str], language: str) -> None:
    table = english if language == "en" else french
    assert_table_rate(table, _any, what=f"{what} ({language})", maximum=1 / 14)


@pytest.mark.parametrize("language", [0, 1])
def test_now_with_past_words_labels_views_and_weekly_habits(language: int) -> None:
    table = [pair[language] for pair in NOW_PAIRS]
    assert_table_rate(table, _medium, what=f"present and weekly ({'en' if language == 0 else 'fr'})", minimum=0.9)


@pytest.mark.parametrize("language", [0, 1])
def test_past_stays_wishes_and_broadcasts_are_not_now(language: int) -> None:
    table = [pair[language] for pair in NOT_NOW_PAIRS]
    assert_table_rate(table, _any, what=f"not now ({'en' if language == 0 else 'fr'})", maximum=0.0)


def test_huge_empty_and_hostile_posts() -> None:
    assert not _findings("")
    assert not _findings("🏡" * 10_000)
    assert _medium("x " * 5_000 + "Le lac était gelé ce matin, on est au chalet jusqu'à dimanche")
    assert not _findings("Hunter Hillis  recommends 44 Gulf Beach Highway." * 200)


@pytest.mark.parametrize("language", [0, 1])
def test_agencies_businesses_events_and_daycare_names_are_not_personal(language: int) -> None:
    table = [pair[language] for pair in NOT_PERSONAL_PAIRS]
    assert_table_rate(table, _any, what=f"not personal ({'en' if language == 0 else 'fr'})", maximum=1 / 14)


@pytest.mark.parametrize("language", [0, 1])
def test_weekly_habits_drop_offs_and_event_editions(language: int) -> None:
    table = [pair[language] for pair in HABIT_AND_EDITION_PAIRS]
    assert_table_rate(table, _medium, what=f"habits and editions ({'en' if language == 0 else 'fr'})", minimum=0.9)


@pytest.mark.parametrize("text", ["📍 Tofino, summer 2019", "Au Festival d'été en 2019, quelle ambiance", "Throwback: Bluesfest 2019 main stage"])
def test_a_past_year_still_marks_a_caption_of_the_past(text: str) -> None:
    assert not _findings(text)


@pytest.mark.parametrize("language", [0, 1])
def test_present_despite_words_of_the_past_list(language: int) -> None:
    table = [pair[language] for pair in PRESENT_DESPITE_PAIRS]
    assert_table_rate(table, _medium, what=f"present despite ({'en' if language == 0 else 'fr'})", minimum=0.9)


@pytest.mark.parametrize("text", [
    "Today, on the International Day for the Abolition of Slavery, I join all Canadians",
    "Aujourd'hui, à l'occasion de la Journée internationale des droits des femmes, pensons à elles",
    "I miss being at the cottage until Labour Day like when we were kids",
    "Gramener's CEO is speaking on data at the annual conference of the Computer Society, at Mumbai today.",
])
def test_a_comma_part_or_a_wish_is_not_a_present_stay(text: str) -> None:
    assert not _findings(text)


@pytest.mark.parametrize(("english", "french"), BARE_HOME_PAIRS)
def test_an_occasion_on_a_day_at_a_number_and_a_name_is_a_home(english: str, french: str) -> None:
    assert _medium(english) and _medium(french)
    assert not _findings("Top 5 garage sale tips: 12 Rules to price everything")
