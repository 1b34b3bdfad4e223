"""Ordinary people's posts the personal-safety rules must leave alone (round 4, false-alarm
sweep), EN/FR in parallel pairs written by the team, with the flags the fixes must keep.

Classes:
- a country, a province, a region or a time zone named as where one lives or speaks from ("I'm in
  the UK", « chu au Nouveau-Brunswick », "the Central Time Zone"), an age read as a place ("I'm in my early 30's");
- a visit the poster or someone else will pay ("I'll drop by tonight", "we might swing by"),
  which is not an invitation to come find the poster;
- "checking in from" a town, said as a forum's roll call, a greeting from a country or a state
  ("Love from Ohio!"), song lyrics with a body part read as a place ("in the belly", « dans le
  ventre »), idioms ("just got to see", "taken by myself", "on the lookout", "in store");
- a team's, a tour's or a hotel's bus with its hour, read as a child's school bus;
- a public office's or a service's number given for people to call;
- a public place's or a business's address (the venue moves, a service open to all, « l'atelier »,
  a historic site, a rental ad, a benefit supper),
  a school in the news or a school's notice to every family.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import load_rules
from tests.rules.conftest import post

_SAFETY = Analyzer([r for r in load_rules() if r.category == "personal_safety"])


def _codes(text: str) -> set[str]:
    return {f.rule for f in _SAFETY.analyze(post(text)).findings}


WHERE_ONE_LIVES = [
    ("I'm in the UK mate, same nonsense happens here every winter",
     "Chu au Nouveau-Brunswick mon homme, c'est la même niaiserie ici chaque hiver"),
    ("We're in the US so that show isn't even on our Netflix 🙄",
     "On est aux États-Unis fait que cette série-là est même pas sur notre Netflix 🙄"),
    ("im in the Maritimes and nobody here has heard of that brand",
     "je suis dans les Maritimes pis personne ici connaît cette marque-là"),
    ("We're in the GTA, rents are wild everywhere you look",
     "On est au Québec, les loyers sont fous partout où tu regardes"),
    ("lol I'm in the Netherlands, we don't even have that chain",
     "lol je suis au Portugal, on a même pas cette chaîne-là"),
    ("I'm in the Central Time Zone in the US so I still have a few hours to go. Happy New Year!",
     "Je suis dans le fuseau horaire de l'Est au Canada, donc il me reste quelques heures. Bonne année!"),
]
AGE_NOT_PLACE = [
    ("Pizza at Gino's in Moncton tonight because I'm in my early 30's and nobody can stop me",
     "Pizza chez Gino à Moncton ce soir parce que je suis dans la trentaine pis personne peut m'arrêter"),
    ("Told the doctor I'm in my mid 40's and she laughed at my knees",
     "J'ai dit au médecin que je suis dans la quarantaine pis elle a ri de mes genoux"),
]
A_VISIT_NOT_AN_INVITE = [
    ("You're a legend. I'll drop by there tonight, thanks!",
     "T'es une légende. Je vais passer faire un tour là-bas ce soir, merci!"),
    ("We might swing by the party later tonight if the sitter shows up",
     "On va peut-être passer au party plus tard ce soir si la gardienne se pointe"),
    ("Can I stop by the shop tomorrow to pick up the order?",
     "Est-ce que je peux passer à la boutique demain pour ramasser la commande?"),
]
FIGURES_OF_SPEECH = [
    ("Checking in from Moncton, a town that keeps proving everyone wrong.",
     "Présente! De Moncton, une ville qui donne tort à tout le monde depuis des années."),
    ("Punched right in the belly, punched right in the belly, oh oh in the belly of the night",
     "Un coup dans le ventre, un coup dans le ventre, en plein dans le ventre de la nuit"),
    ("Kick in the face, kick in the face, that's how the chorus goes",
     "Une claque dans la face, une claque dans la face, c'est ça le refrain"),
]
# Sign-offs and idioms: a greeting from a country or a state, "just got to" a chance, "taken by
# myself", "you can be gone", a state named in a general remark, "I" read as a name, idioms
SIGN_OFFS_AND_IDIOMS = [
    ("Hang in there friend. Love from Ohio!",
     "Lâche pas mon ami. Salut du Mexique!"),
    ("I just got to see the northern lights from the plane this morning :)",
     "J'ai enfin pu voir des aurores boréales de l'avion ce matin :)"),
    ("Picture taken by myself today on a train in Lisbon.",
     "Photo prise par moi-même aujourd'hui dans un train à Lisbonne."),
    ("You can be gone for several months and nobody at work will notice.",
     "Tu peux être parti pendant plusieurs mois pis personne au bureau va le remarquer."),
    ("Speeding in Texas and you'll pay for it, trust me.",
     "Rouler trop vite en Ontario pis tu vas le payer, crois-moi."),
    ("I might hate it because of where I am at I'm sure not every city is this bad",
     "Je vais peut-être haïr ça à cause d'où je suis, pas toutes les villes sont aussi pires"),
    ("Honestly I'm on the lookout for a new hobby, who knows what the week has in store",
     "Honnêtement je suis aux aguets pour un nouveau passe-temps, qui sait ce que la semaine nous réserve"),
]
GROWN_UPS_BUS = [
    ("The team bus leaves the hotel at 5:15 for the game, don't be late",
     "L'autobus de l'équipe quitte l'hôtel à 17 h 15 pour le match, soyez pas en retard"),
    ("For the away games the bus left the hotel around 3:30 I think",
     "Pour les matchs à l'étranger, l'autobus partait de l'hôtel vers 15 h 30 je pense"),
    ("The 95 bus comes at 7:12 at Bank and Somerset and it's always late",
     "L'autobus 95 passe à 7 h 12 au coin de Bank et Somerset, toujours en retard"),
]
PUBLIC_NUMBERS = [
    ("Call your MP's office: 613-992-4211 and tell them what you think",
     "Appelez le bureau de votre député : 613-992-4211 et dites-lui ce que vous en pensez"),
    ("Call your attorney general. 615-741-3491",
     "Appelez la protectrice du citoyen. 418-643-2688"),
    ("Noise complaints go to city hall at 613-580-2424, they actually answer",
     "Les plaintes de bruit, c'est l'hôtel de ville au 819-595-2002, ils répondent pour vrai"),
    ("The crisis line is 613-722-6914, open all night",
     "La ligne d'écoute, c'est le 613-722-6914, ouverte toute la nuit"),
]
# A public place or a business at its address: the venue moves, a service open to all, a
# workshop named after French elision (« l'atelier »)
PUBLIC_ADDRESSES = [
    ("The food bank is moving to 455 Saint-Joseph Blvd starting March 3.",
     "Le comptoir alimentaire déménage au 455, boulevard Saint-Joseph à partir du 3 mars."),
    ("Walk-in vaccination at 75 Cité St, 9 am to 4 pm.",
     "Vaccination sans rendez-vous au 75, rue de la Cité, de 9 h à 16 h."),
    ("Beaulieu's garage at 45 Mountain Rd does tire changes without an appointment.",
     "Le garage Beaulieu au 45, chemin de la Montagne fait les changements de pneus sans rendez-vous."),
    ("The community bike workshop is at 2100 Ontario St East, open Saturdays.",
     "L'atelier de vélo communautaire est au 2100, rue Ontario Est, ouvert le samedi."),
    ("Laurier's birthplace, at 205 Main St, is a national historic site.",
     "La maison natale de Laurier, au 205, rue Principale, est un lieu historique national."),
    ("Apartments for rent at 123 Dupont St, 2 bedroom, heat included, available July 1.",
     "Logements à louer au 123, rue Dupont, 4 ½ chauffé éclairé, libre le 1er juillet."),
    ("Spaghetti supper in support of the scouts, 12 Church St, Saturday 6 pm.",
     "Souper spaghetti au profit des scouts, 12, rue de l'Église, samedi 18 h."),
]
# A school in the news or a school's notice to all families, not where one's child is
SCHOOL_NOTICES = [
    ("The first day at Explorers Elementary is postponed to September 5, according to the school board.",
     "La rentrée à l'école Des Explorateurs est reportée au 5 septembre, selon le centre de services."),
    ("The school's after-care closes at 6 pm, late parents will be charged a fee.",
     "Le service de garde de l'école ferme à 18 h, les parents en retard paieront des frais."),
    ("School buses are cancelled tomorrow because of the storm, no 7:15 pickup",
     "Le transport scolaire sera suspendu demain à cause de la neige, l'autobus ne passera pas à 7 h 15."),
    ("Picture day at Lighthouse Elementary on Monday, parents please dress the kids accordingly.",
     "Journée photo à l'école Le Phare lundi, les parents sont priés d'habiller les enfants en conséquence."),
]
NEGATIVES = [
    ("public addresses", PUBLIC_ADDRESSES, "SAF"),
    ("school notices", SCHOOL_NOTICES, "SAF006"),
    ("where one lives", WHERE_ONE_LIVES, "SAF007"),
    ("an age", AGE_NOT_PLACE, "SAF007"),
    ("a visit", A_VISIT_NOT_AN_INVITE, "SAF007"),
    ("figures of speech", FIGURES_OF_SPEECH, "SAF007"),
    ("sign-offs and idioms", SIGN_OFFS_AND_IDIOMS, "SAF007"),
    ("grown-ups' bus", GROWN_UPS_BUS, "SAF006"),
    ("public numbers", PUBLIC_NUMBERS, "SAF003"),
]
# What the same classes must still flag
KEPT = [
    ("I'm in the UK until the 20th, the house is empty so keep an eye on it",
     "Je suis au Portugal jusqu'au 20, la maison est vide, gardez un œil dessus", "SAF007"),
    ("I'm in Florence right now on holiday, what a city",
     "Je suis à Florence en ce moment en vacances, quelle ville", "SAF007"),
    ("We're at the cottage right now, this brand is everywhere up here",
     "On est au chalet là, cette marque-là est partout par ici", "SAF007"),
    ("Come say hi, I'm at the farmers market till noon!",
     "Venez me voir, je suis au marché jusqu'à midi!", "SAF007"),
    ("Greetings from Banff! Just got to the lodge 🏔",
     "Salut de Tadoussac! On vient d'arriver au chalet 🐋", "SAF007"),
    ("Just checked in at the Fairmont in Banff for the week 🏔",
     "On vient d'arriver au Fairmont à Banff pour la semaine 🏔", "SAF007"),
    ("Text me at 613-555-0199, I'm at the office till 5",
     "Texte-moi au 613-555-0199, je suis au bureau jusqu'à 17 h", "SAF003"),
    ("Emma's school bus comes at 7:42 at the corner of Elm and Bank",
     "L'autobus scolaire d'Emma passe à 7 h 42 au coin de la rue Elm", "SAF006"),
    ("The bus picks my son up at 7:40 for the hockey tournament at his school",
     "L'autobus vient chercher mon fils à 7 h 40 pour le tournoi à son école", "SAF006"),
    ("We're moving! Our new place is 45 Elm St, housewarming in May",
     "On déménage! Notre nouvelle adresse, c'est le 45, rue des Pins, crémaillère en mai", "SAF001"),
    ("First day at Des Pins Elementary for my daughter, best school ever according to her 🎒",
     "Premier jour à l'école Des Pins pour ma fille, la meilleure école selon elle 🎒", "SAF006"),
    ("I pick Leo up at the daycare at 4:30 every day, the other parents are lovely",
     "Je vais chercher Léo à la garderie à 16 h 30 tous les jours, les autres parents sont fins", "SAF"),
]


@pytest.mark.parametrize(("what", "pairs", "code"), NEGATIVES)
@pytest.mark.parametrize("language", [0, 1])
def test_ordinary_posts_not_flagged(what: str, pairs: list[tuple[str, str]], code: str, language: int) -> None:
    flagged = [pair[language] for pair in pairs if any(c.startswith(code) for c in _codes(pair[language]))]
    assert not flagged, f"{what}: {flagged}"


@pytest.mark.parametrize(("english", "french", "code"), KEPT)
@pytest.mark.parametrize("language", [0, 1])
def test_the_same_classes_still_flag_what_is_risky(english: str, french: str, code: str, language: int) -> None:
    text = (english, french)[language]
    assert any(c.startswith(code) for c in _codes(text)), text


def test_tables_are_parallel() -> None:
    for _, pairs, _ in NEGATIVES:
        assert all(len(pair) == 2 and all(pair) for pair in pairs)
