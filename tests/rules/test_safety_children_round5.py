"""SAF006, round 5: how parents, grandparents and aunts really post about a child's school day
(issue #21), in parallel English and French tables written for this file.

Classes: a relative's pride ("my granddaughter", « mon neveu »); a child named only by a first
name in a family post; kids said as "the kids", "our little one", « la grande », « le plus
vieux », « mes cocos »; a school called by its short name beside a school-day word (drop-off,
recess, the bell, the yellow bus, « le service de garde »); the hour of drop-off or pickup; the
bus stop's corner. Hard negatives: a school in the news, a school the poster teaches or
volunteers at, the poster's own school memories, a daycare's policy for every family.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Severity
from footprint.rules import safety
from tests.rules.conftest import post
from tests.rules.safety_tables import assert_table_rate

ENGLISH = [
    # a relative's pride
    "My granddaughter had her first day at Riverside Elementary and grandpa cried more than her",
    "So proud of my nephew, honour roll again at Sir Robert Borden!",
    "Auntie duty today: picking up my niece at Little Sprouts daycare at 4:30",
    "Our grandson starts JK at Vimy Ridge next week, time flies 🥹",
    # a first name in a family post, with a class, teacher or grade
    "Maya came home from Woodroffe with her first report card, her teacher says she reads above grade level",
    "Liam's grade 3 teacher at Pinecrest emailed, he's been helping the new kid at recess",
    "Sofia lost her first tooth at recess, the whole class at Fisher Park cheered 😂",
    "Big day: Theo rides the school bus to Broadview for the first time tomorrow",
    # the kids, our little one, the oldest
    "The kids are back at Connaught tomorrow, lunches made, bus at 7:50 sharp",
    "Our little one did drop-off at Tiny Hoppers without a single tear this morning!",
    "The oldest has a field trip from Hopewell to the museum Thursday, forgot the permission slip again",
    "The little ones love recess at Manordale, they come home covered in mud every day",
    # a short school name beside a school-day word
    "Drop-off at Elmdale is a zoo, got there at 8:25 and still had to park two blocks away",
    "Photo day at Lisgar tomorrow, the boys insist on wearing their jerseys",
    "Walked the kids to Cambridge Street for the first day, they ran in without looking back",
    "Lunch at Glashan is at 11:40 so my son eats his snack on the bus, poor guy",
    # hours of drop-off and pickup
    "Pickup is 3:20 at the back gate of Crichton, if anyone from the playgroup wants to meet",
    "I drop my daughter at the daycare on Bronson at 7:45 every day before work",
    "Daycare pickup at 5:30 for my little guy, then soccer, then bed. Mom life",
    "My son's bus comes at 7:15, I'll be late for the 8 am meeting",
    # the bus stop's corner
    "The kids' bus stop is at the corner of Carling and Kirkwood, so many cars speed by",
    "Waiting at the bus stop at Bank and Sunnyside with my two, it's freezing",
    # emoji, hashtags, typos
    "first day of grade 1 at st. gabriel for my lil man 🎒✏️ #proudmom",
    "my daugther's teacher at Roberta Bondar is the best, she knew she was shy and made her line leader",
    # the hour the day ends, a teacher by first name, a pickup said plainly, where a child goes
    "The twins finish at 2:50 on Fridays, early dismissal, so I take a long lunch",
    "I pick my daughter up from school at 3:15 every day, don't book me after 3",
    "Our son adores his teacher, Mr. Martin, he wants to be a teacher now too",
    "Our daughter goes to Rockcliffe Park and loves the new playground",
    "Lucas loves his new teacher at Elmdale, he talks about her all through supper",
    "Proud of our girl Maya for winning the spelling bee at Glebe 🐝",
    "I grab the kids at school at 3:20 and we rush off to hockey",
]

FRENCH = [
    # la fierté d'une grand-mère, d'une tante
    "Première journée à l'école Des Voyageurs pour ma petite-fille, grand-papa avait les yeux pleins d'eau",
    "Tellement fière de mon neveu, encore au tableau d'honneur à De La Salle!",
    "Job de matante aujourd'hui : je vais chercher ma nièce à la garderie Les Bourgeons à 16 h 30",
    "Mon petit-fils commence la maternelle à Sainte-Anne la semaine prochaine, le temps passe trop vite 🥹",
    # un prénom dans une publication de famille, avec une classe, une enseignante, une année
    "Maya est revenue de Jean-Vanier avec son premier bulletin, son enseignante dit qu'elle lit très bien",
    "L'enseignante de 3e année de Félix à Saint-Rémi a écrit, il aide le nouveau à la récré",
    "Sofia a perdu sa première dent à la récré, toute la classe à Trille-des-Bois a applaudi 😂",
    "Grosse journée : Théo prend l'autobus jaune pour Des Pionniers pour la première fois demain",
    # les enfants, la grande, le plus vieux, mes cocos
    "Les enfants retournent à Marie-Curie demain, lunchs faits, autobus à 7 h 50 pile",
    "La grande a fait l'entrée au CPE Les Lucioles sans une larme ce matin!",
    "Le plus vieux a une sortie scolaire au musée jeudi avec sa classe de Saint-Jean, j'ai encore oublié l'autorisation",
    "Mes cocos adorent la récré à Sainte-Marguerite, ils reviennent pleins de boue tous les jours",
    # le nom court de l'école avec un mot de la journée d'école
    "Le débarcadère à Saint-Jean c'est le chaos, arrivée à 8 h 25 et j'ai dû me stationner deux rues plus loin",
    "Photo scolaire à Des Sentiers demain, les gars veulent absolument porter leur chandail du Canadien",
    "J'ai marché avec les enfants jusqu'à Lamoureux pour la rentrée, ils sont partis sans se retourner",
    "Le dîner à Francojeunesse est à 11 h 40 alors mon fils mange sa collation dans l'autobus, pauvre lui",
    # les heures d'arrivée et de départ
    "La sortie des classes est à 15 h 20 à la porte arrière de l'école Gabrielle-Roy, si quelqu'un du groupe de jeu veut se rejoindre",
    "Je dépose ma fille à la garderie sur Bronson à 7 h 45 tous les jours avant le travail",
    "Le service de garde ferme à 17 h 30, je cours chercher mon p'tit, soccer, dodo. Vie de maman",
    "L'autobus de mon fils passe à 7 h 15, je vais être en retard à ma réunion de 8 h",
    # le coin de l'arrêt d'autobus
    "L'arrêt d'autobus des enfants est au coin de Saint-Joseph et Montcalm, les autos roulent tellement vite",
    "J'attends à l'arrêt d'autobus au coin de Bank et Sunnyside avec mes deux, on gèle",
    # émojis, mots-clics, fautes
    "premiere journee de 1re annee a st-gabriel pour mon ti-gars 🎒✏️ #mamanfiere",
    "l'enseignante de ma fille a Roberta-Bondar est la meilleure, elle savait qu'elle etait gênée pis l'a nommée chef de rang",
    # l'heure de la fin des classes, l'enseignant par son prénom, le ramassage, où va l'enfant
    "Les jumelles finissent à 14 h 50 le vendredi, sortie hâtive, alors je prends un long dîner",
    "Je vais chercher ma fille à l'école à 15 h 15 tous les jours, bookez-moi rien après 15 h",
    "Notre fils adore son prof Martin, il veut devenir prof lui aussi",
    "Notre fille va à l'école De La Salle et elle adore le nouveau module de jeux",
    "Lucas adore sa nouvelle enseignante à Sainte-Anne, il en parle pendant tout le souper",
    "Fiers de notre fille Maya qui a gagné la dictée à De La Salle 🐝",
    "Je ramasse les enfants à l'école à 15 h 20 pis on file au hockey",
]

ENGLISH_NEGATIVES = [
    # a school in the news
    "Elmdale Public School is closed today after a water main break, the board says",
    "Teachers at Glebe Collegiate will walk off the job Monday if talks fail",
    "Bus drivers' strike: no school buses for Riverview Elementary until further notice",
    "Lockdown lifted at Lisgar Collegiate, police say students are safe",
    # a school one teaches or volunteers at
    "Bus duty at 3:15 at Elmdale again, my grade 4 class was wild after the snow",
    "I volunteer at the Connaught library every Tuesday, the kids there are a joy",
    "Coaching the junior girls at Hopewell this year, practice at 7:30 before the bell",
    "My students at Fisher Park made me a card for my last day, I'm a mess",
    # one's own school memories
    "When I was in grade 3 at St. Gabriel we had a principal who rang a real bell",
    "Back in the day I took the yellow bus to Broadview at 7:10 every morning",
    "My old school, Sir Robert Borden, is turning 60, reunion in June",
    "Throwback to my kindergarten class photo at Manor Park PS, look at that haircut",
    # daycare and school policy
    "Daycares in Ontario will now close at 5:30, parents who are late will be charged",
    "The school board wants all elementary schools to start at 8:45 next fall",
    "Reminder for all parents: pickup at Crichton is at 3:20, please don't block the driveway",
    "New provincial rules: daycare fees capped at $10 a day by 2026",
    # grown-ups' hours beside children, a teacher's own class
    "My shift finishes at 3:30 and the kids are with grandma till then",
    "The school play lets out at 8:40, grab a coffee with the other volunteers after",
    "I grab my things at 5 and head home, the kids are at their dad's this week",
]

FRENCH_NEGATIVES = [
    # une école dans les nouvelles
    "L'école publique Des Voyageurs est fermée aujourd'hui à cause d'un bris d'aqueduc, selon le conseil scolaire",
    "Les enseignants de l'école secondaire De La Salle seront en grève lundi si les négociations échouent",
    "Grève des chauffeurs : pas d'autobus scolaire pour l'école Jean-Vanier jusqu'à nouvel ordre",
    "Fin du confinement à l'école Marie-Curie, la police dit que les élèves sont en sécurité",
    # une école où l'on enseigne ou fait du bénévolat
    "Surveillance de l'autobus à 15 h 15 à Saint-Jean encore, mon groupe de 4e année était sur le party après la neige",
    "Je fais du bénévolat à la bibliothèque de l'école Lamoureux tous les mardis, les jeunes sont adorables",
    "J'entraîne les filles juniors à De La Salle cette année, pratique à 7 h 30 avant la cloche",
    "Mes élèves de Trille-des-Bois m'ont fait une carte pour ma dernière journée, je suis une loque",
    # ses propres souvenirs d'école
    "Quand j'étais en 3e année à Saint-Gabriel, le directeur sonnait une vraie cloche",
    "Dans mon temps je prenais l'autobus jaune pour Des Pionniers à 7 h 10 tous les matins",
    "Mon ancienne école, De La Salle, fête ses 60 ans, retrouvailles en juin",
    "Souvenir de ma photo de classe de maternelle à l'école Sainte-Anne, regardez-moi cette coupe",
    # la politique des garderies et des écoles
    "Les garderies de l'Ontario fermeront désormais à 17 h 30, les parents en retard paieront des frais",
    "Le conseil scolaire veut que toutes les écoles primaires commencent à 8 h 45 l'automne prochain",
    "Rappel aux parents : la sortie des classes à Gabrielle-Roy est à 15 h 20, svp ne bloquez pas l'entrée",
    "Nouvelles règles provinciales : les frais de garderie plafonnés à 10 $ par jour d'ici 2026",
    # les heures des grands à côté des enfants, la classe d'une enseignante
    "Mon quart de travail finit à 15 h 30 et les enfants sont chez mamie d'ici là",
    "Le spectacle de l'école finit à 20 h 40, un café avec les autres bénévoles après",
    "Je ramasse mes affaires à 17 h et je rentre, les enfants sont chez leur père cette semaine",
]


def _flags(text: str) -> bool:
    findings = Analyzer([safety.ChildSchool()]).analyze(post(text)).findings
    return any(f.severity >= Severity.MEDIUM for f in findings)


@pytest.mark.parametrize(("table", "language"), [(ENGLISH, "en"), (FRENCH, "fr")])
def test_how_families_post_a_childs_school_day_is_flagged(table: list[str], language: str) -> None:
    assert_table_rate(table, _flags, minimum=0.90, what=f"child's school, round 5 ({language})")


@pytest.mark.parametrize(("table", "language"), [(ENGLISH_NEGATIVES, "en"), (FRENCH_NEGATIVES, "fr")])
def test_news_teaching_memories_and_policy_are_not(table: list[str], language: str) -> None:
    assert_table_rate(table, _flags, maximum=0.0, what=f"school hard negatives, round 5 ({language})")


def test_the_tables_are_parallel() -> None:
    assert len(ENGLISH) == len(FRENCH) and len(ENGLISH_NEGATIVES) == len(FRENCH_NEGATIVES)
