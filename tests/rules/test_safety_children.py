"""SAF006: a child of the poster's, named or implied, with a school, daycare, class, teacher,
bus stop or pickup time (issue #21); English and French.

Every post is written for this table (names, schools and places are invented or ordinary
Canadian ones used in made-up sentences). Hard negatives: schools in the news, strikes, the
poster's own school memories, grown children who work at a school.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Severity
from footprint.rules import safety
from tests.rules.conftest import post
from tests.rules.safety_tables import assert_table_rate

ENGLISH = [
    "So proud of Aarav, first day of grade 2 at Elmdale Public School 🎒",
    "Noor's first day of JK at Manor Park PS went great, she didn't even look back",
    "Ms. Patel's class at Hilson Avenue PS is doing a bake sale, my daughter made the signs",
    "Mateo starts senior kindergarten at St. Anthony Catholic School on Tuesday!",
    "Pickup is at 3:15 at the side door, my son's teacher is super strict about it",
    "my kids' bus comes at 7:42 at the corner of Elm and Maple, set your clocks lol",
    "Our twins are in Mrs. Leblanc's grade 1 class this year 😍",
    "First day at Little Explorers Daycare for our youngest, mama cried more than he did",
    "Dropping Kenji off at Bright Beginnings Child Care Centre every morning at 8 is our favourite routine",
    "Olamide's teacher at Glebe CI says he's a natural at debate",
    "Grade 5 field trip with Siobhan's class from Riverview Elementary today, I'm a chaperone!",
    "Yusuf is loving French immersion at Centennial Public School",
    "My daughter Priya just started at Alta Vista PS, any tips for the parent council?",
    "Thanh's kindergarten concert at Featherston Drive PS was adorable",
    "Meet the teacher night at Churchill Alternative School, my 6-year-old is so excited",
    "Our little guy loves his daycare, Sunshine Montessori, the teachers are amazing",
    "Picture day at Lady Evelyn School tomorrow, note to self: brush my kid's hair",
    "The bus stop for Elmdale PS is right on our corner, my girls catch it at 8:05",
    "Sports day at Broadview Public School! Go Ayaan!! 🏃‍♂️",
    "Fatima moves up to grade 3 at Queen Mary Street School next week, where did the time go",
    "Chloé's class at St. Elizabeth School is raising money for the food bank",
    "Wei started JK at Agincourt PS today and told me school is 'too long' 😂",
    "Does anyone know if Mrs. Huang's grade 4 class at Devonshire PS has gym on Fridays? My son forgot his shoes",
    "my lil man's first day at Orleans Wood Elementary!! 🥹",
    "Proud dad moment: Malik won the spelling bee at Henry Munro Middle School",
    "Sofía's bus picks her up at 7:30 in front of our place, every day like clockwork",
    "Can't believe Ibrahim is already in grade 6 at Dunning-Foubert Elementary",
    "Our son goes to Lisgar Collegiate and takes the 7 bus every morning",
    "Amara's daycare (Tiny Hoppers Kanata) closes at 6 sharp so I leave work at 5:20 every day",
    "Rohan is in Mr. Baptiste's class at Pleasant Park PS and LOVES him",
    "Sakura started preschool at Kanata Montessori Academy this week",
    "Gabriel's school, Ecole Charlotte-Lemieux, won the reading challenge",
    "9 years old today and in grade 4 at Bayview PS! Happy birthday to our Connor 🎂",
    "Santiago and his buddies from Mrs. Oduya's class at Carleton Heights PS had a playdate",
    "Our 4-year-old is on the waitlist at Children's Village Daycare, fingers crossed",
    "the little one has a cold so no Garderie Les Bambins today",
    "Thank you Mme Gagnon for making grade 1 at École Sainte-Anne so fun for our daughter",
    "School bus for my niece comes at 7:15 on Baseline Rd, she waits with the neighbour",
    "Hamza has Ms. Fraser again for grade 3, we're thrilled",
    "Kids' Christmas concert at Roberta Bondar PS tonight, front row seats for mom and dad",
    "Walked Liam to his first day of SK at Viscount Alexander PS, he ran straight to the slide",
    "Report card day! Mila is reading above grade level at Mutchmor PS 📚",
]

FRENCH = [
    "La classe de Léa à l'école du Boisé fait une vente de biscuits",
    "Premier jour de maternelle pour Mathis à l'école des Trois-Saisons 🎒",
    "Ma puce commence au CPE Les Petits Pas lundi, j'ai le cœur gros",
    "Mon fils est dans la classe de Mme Tremblay en 3e année à l'école Saint-Rémi",
    "L'autobus de ma fille passe à 7 h 42 au coin de la rue des Érables",
    "Inès adore sa garderie Les Petits Lutins, les éducatrices sont fines",
    "Mon grand entre en 1re année à l'école Jean-de-Brébeuf, tellement fière!",
    "Rentrée scolaire pour nos deux cocos à l'école primaire Le Carrefour ce matin",
    "Je vais chercher les enfants à 15 h 30 à l'école, comme tous les jours",
    "Spectacle de Noël de la classe de Youssef à l'école Marie-Curie ce soir!",
    "Élodie a commencé la prématernelle à l'école Des Voyageurs",
    "Nos jumeaux sont inscrits au CPE La Ribambelle à partir de septembre",
    "Journée pédagogique demain, la garderie Les Bourgeons est fermée, quelqu'un peut garder ma cocotte?",
    "Mon plus jeune a Madame Julie comme enseignante en maternelle, elle est merveilleuse",
    "Fière de ma fille, finissante au Collège Saint-Alexandre!",
    "Sortie scolaire au Biodôme avec le groupe de Rosalie de l'école Sainte-Bernadette",
    "Premier jour à la garderie Les Amis du Quartier pour notre bébé",
    "Mon garçon prend l'autobus à 7 h 10 devant la maison, au coin de Maple et Laurier",
    "Anaïs est rendue en 4e année à l'école des Explorateurs, le temps passe trop vite",
    "La prof de Jules à l'école Notre-Dame-des-Neiges nous a écrit, il parle trop en classe 😅",
    "Ma plus vieille est en sec 2 à la polyvalente de l'Érablière",
    "Le service de garde de l'école Saint-Joseph ferme à 18 h, je cours tous les soirs pour aller chercher mes enfants",
    "Bravo à Maëlle pour sa médaille en lecture à l'école primaire Des Trois-Soleils!",
    "Mon ti-gars a eu son premier bulletin de l'école Saint-Laurent, fier de lui",
    "Rencontre de parents ce soir avec l'enseignante de Gabriel à l'école Pierre-Elliott-Trudeau",
    "Ma p'tite a commencé au CPE Le Petit Monde de Caroline",
    "L'arrêt d'autobus de mes enfants est juste devant le dépanneur sur la rue Principale, à 7 h 50",
    "Nos enfants fréquentent l'école Vision Saint-Augustin, on adore l'équipe",
    "Noah entre à la maternelle à l'école Le Phare cet automne 🥹",
    "Première journée à l'école des Pionniers pour Aïcha, elle était si fière",
    "Mes cocos ont hâte de revoir leur prof, Monsieur Patrick, à l'école Saint-Pie-X",
    "Chloé a eu une belle journée au service de garde de l'école Montessori de Gatineau",
    "Camille fait sa rentrée en 2e année à l'école Jeanne-Mance mardi",
    "Ma fille et ses amies de la classe de Mme Roy organisent une collecte pour la SPA",
    "Le groupe de Xavier à l'école secondaire De Rochebelle part en voyage à Québec",
    "Ma puce a fait sa première journée au CPE Les Câlinours, elle a adoré",
    "Mon fils de 5 ans commence la maternelle à l'école du Versant lundi",
    "Je dépose Rosalie à la garderie Les Petits Génies à 7 h tous les matins",
    "Le bus scolaire de Mia passe à 8 h 05 au coin de chez nous",
    "Mon beau Léo est en 1re année chez Mme Bouchard à l'école Sainte-Marie",
    "Ma fille Éloïse chante au concert de l'école des Cèdres jeudi soir",
    "Mes deux filles vont à l'école Saint-Jean-Bosco, juste à côté du parc",
]

ENGLISH_NEGATIVES = [
    "Teachers at Elmdale Public School are on strike Monday",
    "Back when I was in grade 2 at St. Mary's School we had a real slide",
    "Glebe Collegiate is closed today because of a water main break",
    "The Ottawa-Carleton District School Board votes tonight on new boundaries",
    "My son's school called, he has a fever.",
    "I went to Lisgar Collegiate in the 90s, best years",
    "Shout out to all the teachers going back to school this week!",
    "Heartbreaking news from Robb Elementary. Hugged my kids extra tight tonight.",
    "Registration for JK at public schools in Ottawa opens January 15",
    "The new principal at Vanier PS, Ms. Dubois, starts Monday",
    "My daughter is a teacher at Sir Robert Borden High School and she loves it",
    "Remember your grade 3 teacher? Mine was Mrs. Kowalski at Bayshore PS, legend",
    "Elmdale PS students raised $4,000 for the hospital, amazing work kids!",
    "School buses in Ottawa are cancelled today because of freezing rain",
    "As a kid I took the bus at 7:30 every morning to St. Pius X High School",
    "Thinking of the families at École Polytechnique today. #NeverForget",
    "My kids' school is the best in the city",
    "Congrats to the Nepean High School robotics team on their win at provincials!",
    "Our kids' soccer club practises at Lansdowne on Sundays",
    "My autistic son loves trains.",
]

FRENCH_NEGATIVES = [
    "Grève des enseignants lundi : toutes les écoles du Centre de services scolaire des Draveurs sont fermées",
    "Quand j'étais en 3e année à l'école Saint-Jean, on avait une patinoire dans la cour",
    "L'école secondaire Mont-Bleu est fermée aujourd'hui à cause d'un bris d'aqueduc",
    "L'école de ma fille ferme pour la tempête",
    "J'ai fait tout mon primaire à l'école Notre-Dame, que de souvenirs",
    "Bonne rentrée à tous les profs!",
    "Pensées pour les familles de l'école Polytechnique, on n'oublie pas",
    "Les inscriptions à la maternelle 4 ans dans les écoles des Portages commencent lundi",
    "La nouvelle directrice de l'école Saint-Rédempteur, Mme Lavoie, entre en poste lundi",
    "Ma fille enseigne à l'école secondaire Hormisdas-Gamelin depuis dix ans",
    "Les élèves de l'école des Deux-Ruisseaux ont amassé 3 000 $ pour Centraide",
    "Mon fils a la grippe, l'école a appelé ce matin",
    "Le transport scolaire est annulé ce matin à cause du verglas",
    "Mes enfants sont grands maintenant, fini les boîtes à lunch!",
    "Tu te souviens de ta prof de 1re année? La mienne, Mme Charron, à l'école Sainte-Thérèse, était adorable",
    "Bravo aux finissants du Collège Saint-Alexandre!",
    "Félicitations à l'équipe de robotique de la polyvalente Nicolas-Gatineau",
    "Je fais du bénévolat à l'école du quartier les mardis",
    "Mon fils autiste adore les trains.",
    "Salon du livre de l'Outaouais avec ma grande, on est reparties avec neuf livres",
]


def _flags(text: str) -> bool:
    return bool(Analyzer([safety.ChildSchool()]).analyze(post(text)).findings)


@pytest.mark.parametrize(("table", "language"), [(ENGLISH, "en"), (FRENCH, "fr")])
def test_a_child_with_a_school_is_flagged_in_both_languages(table: list[str], language: str) -> None:
    assert_table_rate(table, _flags, minimum=0.90, what=f"child's school ({language})")


@pytest.mark.parametrize(("table", "language"), [(ENGLISH_NEGATIVES, "en"), (FRENCH_NEGATIVES, "fr")])
def test_schools_in_the_news_and_memories_are_not(table: list[str], language: str) -> None:
    assert_table_rate(table, _flags, maximum=1 / 14, what=f"school hard negatives ({language})")


@pytest.mark.parametrize(
    "text",
    [
        "So proud of Emma, first day of grade 2 at Elmdale Public School",
        "La classe de Léa à l'école du Boisé fait une vente de biscuits",
        "Aarav loves Ms. Patel's class, best JK teacher ever",
        "Premier jour à l'école Saint-Jean-de-Brébeuf pour ma fille!",
    ],
)
def test_the_issue_examples_are_flagged_high_with_the_child_and_the_school_as_evidence(text: str) -> None:
    findings = Analyzer([safety.ChildSchool()]).analyze(post(text)).findings
    assert len(findings) == 1 and findings[0].severity is Severity.HIGH
    assert len(findings[0].evidence) == 2  # who, and where


def test_the_tables_are_large_and_parallel() -> None:
    assert len(ENGLISH) >= 40 and len(FRENCH) >= 40
    assert len(ENGLISH_NEGATIVES) >= 20 and len(FRENCH_NEGATIVES) >= 20


def test_huge_and_empty_inputs() -> None:
    assert not _flags("")
    assert not _flags("school " * 20_000)
    assert _flags("blah " * 5_000 + "Premier jour de maternelle pour Mathis à l'école des Trois-Saisons")
