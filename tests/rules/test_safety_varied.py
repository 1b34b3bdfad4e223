"""Second-round safety tables (issue #21): the classes an independent corpus showed the rules
missing, written afresh in varied wording, EN/FR in parallel pairs.

The first tables sat too close to the rules' own words ("nobody home", "right now", "every
morning", "my place"). These say the same things the other ways people say them: the home named
as "our place", "the house", « chez nous », « l'appart » or by its city; an empty home that
"sits empty" or « reste vide »; where one is now without "right now" (a pin, "here at", "in line
at", « ici au »); a routine told by weekdays, "weekday mornings", "always", « en semaine »;
English home addresses in the forms Canada Post accepts (St, Ave, Blvd, Cres, Dr, Rd, Crt, Pl,
Way, Lane, units before and after, a postal code without a city) with the cues that make them
a home (moving in, come by, pick up at, housewarming, my address is). Hard negatives for each.
Every post is the team's own.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Severity
from footprint.rules import load_rules, safety
from tests.rules.conftest import post
from tests.rules.safety_tables import assert_table_rate

EMPTY_HOME_EN = [
    "Our place in Kanata sits empty from the 3rd to the 17th while we're in Portugal",
    "The house will be empty all of next week, we're driving down to Myrtle Beach",
    "heads up neighbours: our condo stays empty over the holidays while we visit family in BC",
    "Nobody's going to be at the house while we're in Mexico, two whole weeks!",
    "House all locked up and empty till the 9th, off to see the in-laws 🧳",
    "The apartment will be vacant for a month while I'm doing field work up north",
    "leaving the house unattended for 10 days lol, Jamaica here we come",
    "whole family's in Italy until Aug 4 so the house is all alone 😬",
    "Our home in Orleans will be empty during March break, anyone know a good alarm company?",
    "no one will be at our house from Friday to Sunday, the neighbour's kid is mowing",
    "Gone for three weeks and the house is just sitting there empty 🏠",
    "The townhouse stays empty while we're at the cottage all of July",
]
EMPTY_HOME_FR = [
    "Notre maison à Gatineau reste vide du 3 au 17, on s'en va au Portugal",
    "La maison va être vide toute la semaine prochaine, on descend en Floride",
    "Avis aux voisins : notre condo restera inoccupé pendant les fêtes, on visite la famille en C.-B.",
    "Il n'y aura personne à la maison pendant qu'on est au Mexique, deux semaines!",
    "Maison barrée pis vide jusqu'au 9, direction la belle-famille 🧳",
    "L'appart va être vide un mois, je pars sur le terrain dans le Nord",
    "On laisse la maison sans surveillance pendant 10 jours lol, la Jamaïque nous voilà",
    "Toute la famille est en Italie jusqu'au 4 août, la maison est toute seule 😬",
    "Notre maison à Orléans sera vide pendant la relâche, quelqu'un connaît une bonne compagnie d'alarme?",
    "Personne chez nous de vendredi à dimanche, le p'tit du voisin tond le gazon",
    "Partis trois semaines, pis la maison reste là, vide 🏠",
    "La maison en rangée reste vide pendant qu'on est au chalet tout le mois de juillet",
]
EMPTY_HOME_NEGATIVES_EN = [
    "The house feels so empty since the kids moved out",
    "Our old house sat empty for years before they tore it down",
    "That empty house at the end of our street gives me the creeps",
    "The office sits empty on Fridays now, hybrid life",
    "City says 2,000 homes sit empty in Ottawa, time for a vacancy tax",
    "Empty nest syndrome is real, the house is so quiet",
]
EMPTY_HOME_NEGATIVES_FR = [
    "La maison est tellement vide depuis que les enfants sont partis",
    "Notre ancienne maison est restée vide des années avant d'être démolie",
    "La maison vide au bout de notre rue me donne des frissons",
    "Le bureau reste vide le vendredi maintenant, vive le mode hybride",
    "Selon la Ville, 2 000 logements restent vides à Gatineau, il faut une taxe",
    "Syndrome du nid vide, la maison est bien tranquille",
]

PRESENT_EN = [
    "📍 ByWard Market, come grab a beavertail with me",
    "Here at Lansdowne for the Redblacks game, section W, come find us",
    "In line at the Costco on Innes, pray for me",
    "Sitting in the ER at the General since 2 am 😩",
    "Waiting at the Rideau LRT station, train's late again",
    "Who else is at the Sens game tonight? Section 112 woo",
    "Grabbed a table at the Bridgehead on Bank, here for another hour if anyone's around",
    "Chilling at Hog's Back Falls with a coffee, anyone nearby?",
    "At the dog park on Riverside with Max, he's loving the snow",
    "I'm in the lobby of the Château Laurier waiting for my ride",
    "Just sat down at the Elgin Street Diner, who wants to join?",
    "Still here at the Ottawa airport, gate 23, delayed 3 hours",
    # typed all in lower case, names and all
    "at lansdowne rn come say hi",
    "i'm at the rideau centre food court lol",
    "We're at the cottage, no wifi, call if urgent",
    "Posted up at the Bridgehead on Elgin for the afternoon",
    "Skating on the canal, ice is perfect!",
    "Live from the Bluesfest main stage 🎸",
    "At Parc Omega rn, it's gorgeous out!",
    "We're on the waterfront at Britannia, come find us",
]
PRESENT_FR = [
    "📍 Marché By, venez manger une queue de castor avec moi",
    "Ici à la Place TD pour le match du Rouge et Noir, section W, venez nous trouver",
    "En file au Costco d'Orléans, priez pour moi",
    "Assise aux urgences de l'Hôpital Montfort depuis 2 h du matin 😩",
    "J'attends à la station Rideau, le train est encore en retard",
    "Qui d'autre est au match des Sénateurs à soir? Section 112",
    "J'ai pris une table au Bridgehead de la rue Bank, encore ici pour une heure si ça vous tente",
    "On relaxe aux chutes Hog's Back avec un café, quelqu'un dans le coin?",
    "Au parc à chiens de Riverside avec Max, il capote dans la neige",
    "Je suis dans le hall du Château Laurier, j'attends mon lift",
    "Je viens de m'asseoir au Elgin Street Diner, qui veut se joindre?",
    "Toujours coincée à l'aéroport d'Ottawa, porte 23, trois heures de retard",
    "chu au parc jacques-cartier là, venez dire allo",
    "drette là on est au costco de gatineau, besoin de quoi?",
    "On est au chalet, pas de wifi, appelez si c'est urgent",
    "Installée au Bridgehead de la rue Elgin pour l'après-midi",
    "On patine sur le canal, la glace est parfaite!",
    "En direct du Festival d'été de Québec 🎸",
    "Au Parc Oméga en ce moment, il fait super beau!",
    "Petite pause au bord du lac à Britannia, venez nous trouver",
]
PRESENT_NEGATIVES_EN = [
    "📍 Tofino, summer 2019. Still dreaming about it",
    "In line at the Costco last week a lady gave me her coupons, faith in humanity restored",
    "Here at the office we take security seriously",
    "Who else watched the Sens game last night? Brutal",
    "The ER at the General had an 8 hour wait yesterday according to the news",
    "Sitting in traffic on the 417 as usual",
    "And that's why you were at NYFW, such a class act",
    "Here in Quebec is where it all started for me",
    "on the upside i saw a corgi puppy on the tube today",
    "Laughing at the Republican Party, is that the best they've got?",
    "We deplore the situation at Parliament this week",
    "Right now in Ottawa it's -31 with the windchill",
]
PRESENT_NEGATIVES_FR = [
    "📍 Tofino, été 2019. J'en rêve encore",
    "En file au Costco la semaine passée, une dame m'a donné ses coupons, ça fait du bien",
    "Ici au bureau, on prend la sécurité au sérieux",
    "Qui d'autre a vu le match des Sénateurs hier soir? Ouch",
    "Les urgences de Montfort avaient 8 heures d'attente hier selon les nouvelles",
    "Pogné dans le trafic sur la 417 comme d'habitude",
    "C'est pour ça que t'étais au défilé, quelle classe",
    "Ici au Québec, c'est là que tout a commencé pour moi",
    "tous les jours je gagne au loto des mauvaises nouvelles",
    "nous sommes dans la vérité, eux dans le mensonge",
    "Nous déplorons la situation au Parlement cette semaine",
    "En ce moment à Québec il fait -31 avec le facteur vent",
]

ROUTINE_EN = [
    "I walk the dog at Mooney's Bay at 6 every single day, rain or shine",
    "Mondays and Wednesdays I swim at the Champagne pool, 7 am sharp",
    "Weekday mornings you'll find me at the Bridgehead on Wellington around 7:30",
    "Tuesday nights = trivia at the Senate Tavern, never miss it",
    "Daily 5k around Dow's Lake before work, 6:15 on the dot",
    "I always grab my coffee at the Tim's on Merivale at 7:15",
    "Catch the 95 from Baseline station at 7:05 each morning, same seat",
    "Lunchtime loop through the Experimental Farm, 12:15 most days",
    "Sundays I'm at St. Brigid's for the 10 am mass, always the back row",
    "5:30 am spin class at the Nepean Sportsplex, three times a week 💪",
    "Most evenings around 8 I'm out walking the Ottawa River path by Westboro beach",
    "Thursdays after work I head straight to the Carleton climbing gym",
    "every morning i walk the dog at mooneys bay around 6",
    "mon/wed/fri 6am spin at the Y on Argyle",
    "5x a week at the Goodlife on Bank, 6 am crew 💪",
    "I usually leave the house at 7:15 and get home around 6",
]
ROUTINE_FR = [
    "Je promène le chien à la baie Mooney à 6 h tous les jours, beau temps mauvais temps",
    "Les lundis et mercredis, je nage à la piscine Champagne, 7 h pile",
    "En semaine, le matin, vous me trouverez au Bridgehead de la rue Wellington vers 7 h 30",
    "Le mardi soir, c'est quiz au Senate Tavern, je manque jamais ça",
    "Mon 5 km quotidien autour du lac Dow avant le travail, 6 h 15 pile",
    "Je prends toujours mon café au Tim de Merivale à 7 h 15",
    "Je prends le 95 à la station Baseline à 7 h 05 chaque matin, même banc",
    "Tour du midi dans la Ferme expérimentale, vers 12 h 15 la plupart des jours",
    "Le dimanche je suis à Sainte-Brigide pour la messe de 10 h, toujours en arrière",
    "Cours de spinning à 5 h 30 au Sportsplex de Nepean, trois fois par semaine 💪",
    "La plupart des soirs vers 20 h, je marche le long de la rivière des Outaouais près de la plage Westboro",
    "Le jeudi après le travail, je file direct au gym d'escalade de Carleton",
    "tous les matins je promène le chien à la baie mooney vers 6 h",
    "lun/mer/ven spinning à 6 h au Y de la rue Argyle",
    "5 fois par semaine au Goodlife de la rue Bank, la gang de 6 h 💪",
    "D'habitude je pars de la maison à 7 h 15 pis je rentre vers 18 h",
]
ROUTINE_NEGATIVES_EN = [
    "I used to swim at the Champagne pool on Mondays before it closed",
    "Mondays are the worst, that's all",
    "Tim's always gets my order wrong lol",
    "Every morning the news is worse",
    "The 95 is always late, OC Transpo please",
    "Thursdays after work are for naps",
    "how many of them are dozing daily in congress, honestly",
    "traffic snarl everyday on the Link Road because of the toll lane",
    "For farmers in Alberta and across Canada, every day counts.",
]
ROUTINE_NEGATIVES_FR = [
    "Je nageais à la piscine Champagne le lundi avant qu'elle ferme",
    "Les lundis, c'est le pire, c'est tout",
    "Le Tim se trompe toujours dans ma commande lol",
    "Chaque matin les nouvelles sont pires",
    "Le 95 est toujours en retard, OC Transpo svp",
    "Le jeudi après le travail, c'est sieste",
    "Votre actualité quotidienne à Péronne et dans la région",
    "des bouchons tous les jours sur la route 117 à cause des travaux",
    "Pour les agriculteurs de l'Alberta et d'ailleurs, chaque jour compte.",
]

HOME_ADDRESS_EN = [
    "Housewarming Saturday! 1184 Bellamy Cres, bring a chair",
    "Moving in next week to 22 Oakridge Dr in Barrhaven 📦",
    "Come by anytime after 6, we're at 57 Fern Lane",
    "Pick up at 310 Laurier Ave E, unit 4, it's on the porch after 5",
    "my address is 12-880 Somerset St W, K1R 6R7, for the xmas cards",
    "New place! Unit 1407, 200 Rideau St, come visit",
    "Finally closed on 18 Hawthorne Way!!! 🏡 keys Friday",
    "Send the invites to 9 Juniper Pl, K2G 3T8",
    "We're the yellow house at 71 Maple Crt, can't miss it",
    "Drop the kayak off at 5 Riverbend Blvd, side door is open",
    "Moved into 3B-415 Kent St last night, boxes everywhere",
    "Free couch, come grab it at 204 Rochester St Sat morning",
    "Address for the gift exchange: 14 Cedar Dr, Nepean ON K2H 5Z1",
    "feel free to swing by 1020 bank st apt 3 and take the stroller",
    "Lemonade stand in front of our house, 88 Clover Cres, all afternoon!",
    "we just got the keys to 402 Fisher Ave!!",
    "housewarming sat at our new place 22 juniper way, byob",
    "We just moved into 10234 82 Ave NW, Edmonton!",
    "Housewarming at 45 Elm, 8 pm, bring snacks",
    "Moving sale at 45 Elm St: bar fridge, home gym, studio desk, free box by the driveway",
]
HOME_ADDRESS_FR = [
    "Pendaison de crémaillère samedi! 1184, croissant Bellamy, apportez une chaise",
    "On emménage la semaine prochaine au 22, promenade Oakridge à Barrhaven 📦",
    "Passez quand vous voulez après 18 h, on est au 57, rue des Fougères",
    "À ramasser au 310, avenue Laurier Est, app. 4, c'est sur la galerie après 17 h",
    "Mon adresse : 12-880, rue Somerset Ouest, K1R 6R7, pour les cartes de Noël",
    "Nouvel appart! 200, rue Rideau, app. 1407, venez nous voir",
    "On a enfin signé chez le notaire pour le 18, rue Hawthorne!!! 🏡 les clés vendredi",
    "Envoyez les invitations au 9, place Juniper, K2G 3T8",
    "On est la maison jaune au 71, rue Maple, impossible à manquer",
    "Venez porter le kayak au 5, boulevard Riverbend, la porte de côté est débarrée",
    "Emménagés au 415, rue Kent, app. 3B hier soir, des boîtes partout",
    "Divan gratuit, venez le chercher au 204, rue Rochester samedi matin",
    "Adresse pour l'échange de cadeaux : 14, promenade Cedar, Nepean (Ontario) K2H 5Z1",
    "gênez-vous pas pour passer au 1020 rue bank app 3 prendre la poussette",
    "Kiosque de limonade devant chez nous, 88, croissant Clover, tout l'après-midi!",
    "On vient d'avoir les clés du 402, avenue Fisher!!",
    "crémaillère samedi à notre nouvelle place, 22 promenade juniper, apportez votre vin",
    "On vient d'emménager au 10234, 82e Avenue Nord-Ouest, à Edmonton!",
    "Pendaison de crémaillère au 45 Des Pins, 20 h, apportez des grignotines",
    "Vente de déménagement au 45, rue Elm : frigo de bar, gym maison, bureau, boîte de trucs gratuits",
]
PUBLIC_ADDRESS_EN = [
    "Our clinic has moved to 250 Bank St, suite 300, same phone number",
    "The new library branch opens at 12 Elm Ave next month",
    "Pick up your race kit at 400 Coventry Rd on Friday between 11 and 7",
    "The farmers' market moves to 1000 Palladium Dr for the winter",
    "Food drive drop-off at 22 Main St, in the church basement",
    "Rally at 80 Wellington St at noon, bring signs",
    "Our shop at 45 Dalhousie St is moving to 70 Clarence St in May",
    "Polling station for our area is at the community centre, 300 Preston St",
    "Our firm's new address: 90 Elgin St, 5th floor",
    "The embassy at 500 Sussex Dr is closed for the holiday",
    "Top 10 2 St ideas for your next party",
    "Garage sale at the church hall, 150 Main St, Saturday",
]
PUBLIC_ADDRESS_FR = [
    "Notre clinique a déménagé au 250, rue Bank, bureau 300, même numéro",
    "La nouvelle succursale de la bibliothèque ouvre au 12, avenue Elm le mois prochain",
    "Récupérez votre trousse de course au 400, chemin Coventry vendredi de 11 h à 19 h",
    "Le marché fermier déménage au 1000, promenade Palladium pour l'hiver",
    "Dépôt pour la guignolée au 22, rue Main, au sous-sol de l'église",
    "Manif au 80, rue Wellington à midi, apportez vos pancartes",
    "Notre boutique du 45, rue Dalhousie déménage au 70, rue Clarence en mai",
    "Le bureau de vote de notre quartier est au centre communautaire, 300, rue Preston",
    "Nouvelle adresse du cabinet : 90, rue Elgin, 5e étage",
    "L'ambassade au 500, promenade Sussex est fermée pour le congé",
    "Top 10 des idées de party, numéro 2 : la rue en fête",
    "Vente de garage à la salle paroissiale, 150, rue Main, samedi",
]


CHILD_SCHOOL_EN = [
    "my youngest just started sk at st. anthony's, he loves it",
    "first day at elmdale ps for my little guy 🎒",
    "So proud of my boy, student of the month at Vincent Massey!",
    "my son's grade 4 teacher at Hilson Ave is the best",
    "Our eldest starts high school at the Glebe CI in September",
    "Daycare closes at 5:45 and I still have to grab Loic, wish me luck",
    "Congrats to my niece Alice, graduating from De La Salle Public High School",
    "The twins have class photos tomorrow at Charles Hugues Lefebvre",
    "Bus for my two comes at 7:12 in front of our place",
    "my little guy starts at pioneer elementary monday",
]
CHILD_SCHOOL_FR = [
    "mon plus jeune vient de commencer la maternelle à st-antoine, il adore ça",
    "première journée à l'école des pionniers pour mon p'tit gars 🎒",
    "Tellement fière de mon gars, élève du mois à Vincent-Massey!",
    "l'enseignante de 4e année de mon fils à Hilson est la meilleure",
    "Notre plus vieux fait son entrée à la poly Samuel-De Champlain en septembre",
    "Le service de garde ferme à 17 h 45, faut que je coure chercher Loïc",
    "Félicitations à ma nièce Alice, finissante de l'École secondaire publique De La Salle",
    "Les jumeaux ont leur photo scolaire demain à Charles-Hugues-Lefebvre",
    "L'autobus de mes deux passe à 7 h 12 devant chez nous",
    "mon gars commence à l'école des pionniers lundi",
]
SCHOOL_NOT_CHILD_EN = [
    "First day at Shopify, so excited!",
    "First day of classes at Carleton University, wish me luck",
    "Graduation at Algonquin College today, so proud of my students",
    "Proud of our grade 4 students at Hilson for their food drive",
    "Go Sens go! Elmdale PS pizza day is a go",
    "My daughter is a teacher at Broadview PS and loves it",
]
SCHOOL_NOT_CHILD_FR = [
    "Première journée chez Desjardins, tellement contente!",
    "Premier jour de cours à l'Université d'Ottawa, souhaitez-moi bonne chance",
    "Remise des diplômes à La Cité aujourd'hui, fière de mes étudiants",
    "Fière de nos élèves de 4e année à l'école Hilson pour leur collecte",
    "Go Sens go! Journée pizza à l'école Elmdale",
    "Ma fille est enseignante à l'école Broadview et elle adore ça",
]


def _child(text: str) -> bool:
    return bool(Analyzer([safety.ChildSchool()]).analyze(post(text)).findings)


def _where(text: str) -> bool:
    return bool(Analyzer([safety.RealTimeLocation()]).analyze(post(text)).findings)


def _home(text: str) -> bool:
    return bool(Analyzer([safety.HomeAddress()]).analyze(post(text)).findings)


_MEDIUM_RULES = [r for r in load_rules() if r.category == "personal_safety"]


def _medium(text: str) -> bool:
    return any(f.severity >= Severity.MEDIUM for f in Analyzer(_MEDIUM_RULES).analyze(post(text)).findings)


POSITIVES = [
    ("empty home", EMPTY_HOME_EN, EMPTY_HOME_FR, _where),
    ("present location", PRESENT_EN, PRESENT_FR, _where),
    ("routine", ROUTINE_EN, ROUTINE_FR, _where),
    ("home address", HOME_ADDRESS_EN, HOME_ADDRESS_FR, _home),
    ("child's school", CHILD_SCHOOL_EN, CHILD_SCHOOL_FR, _child),
]
NEGATIVES = [
    ("empty home", EMPTY_HOME_NEGATIVES_EN, EMPTY_HOME_NEGATIVES_FR),
    ("present location", PRESENT_NEGATIVES_EN, PRESENT_NEGATIVES_FR),
    ("routine", ROUTINE_NEGATIVES_EN, ROUTINE_NEGATIVES_FR),
    ("public address", PUBLIC_ADDRESS_EN, PUBLIC_ADDRESS_FR),
    ("school, not a child's", SCHOOL_NOT_CHILD_EN, SCHOOL_NOT_CHILD_FR),
]


@pytest.mark.parametrize(("what", "english", "french", "flags"), POSITIVES)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_varied_wordings_are_flagged_in_both_languages(what, english, french, flags, language) -> None:  # type: ignore[no-untyped-def]
    table = english if language == "en" else french
    assert_table_rate(table, flags, minimum=0.90, what=f"{what} ({language})")


@pytest.mark.parametrize(("what", "english", "french"), NEGATIVES)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_their_hard_negatives_get_no_medium_safety_flag(what, english, french, language) -> None:  # type: ignore[no-untyped-def]
    table = english if language == "en" else french
    assert_table_rate(table, _medium, maximum=1 / 14, what=f"{what} hard negatives ({language})")


def test_the_tables_are_parallel() -> None:
    for _what, english, french, _flags in POSITIVES:
        assert len(english) == len(french) >= 10
    for _what, english, french in NEGATIVES:
        assert len(english) == len(french) >= 6
