"""Category D, personal-safety details: posts that tell strangers where a child goes to school, where
someone is right now, that a home is empty, a daily routine, a home address or a phone number; and
posts that only look like them (schools in the news, past trips, plans without dates, business and
public addresses, government toll-free numbers, "at the moment I'm reading...").

Addresses, postal codes and phone numbers are invented here (555-01xx numbers are reserved for
fiction); street names are plausible, not looked up. `severity` says how far a post must be flagged.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from scripts.corpus._kit import Fam, V, generate, same, vals
from scripts.corpus._model import Post
from scripts.corpus._slots import CITIES, NAMES

_rng = random.Random(20240613)

CHILD = [V({"": f"my son {n.en['']}", "name": n.en[""]}, {"": f"mon fils {n.fr['']}", "name": n.fr[""]}) if n.g == "m"
         else V({"": f"my daughter {n.en['']}", "name": n.en[""]}, {"": f"ma fille {n.fr['']}", "name": n.fr[""]}, "f") for n in NAMES]
KIDS = vals(("my kids", "mes enfants"), ("the kids", "les enfants"), ("our twins", "nos jumeaux"), ("my two boys", "mes deux gars"),
            ("my girls", "mes filles"), ("my little ones", "mes petits"), ("the grandkids", "mes petits-enfants"), ("my stepkids", "les enfants de mon chum"))
SCHOOLS = vals(("Cedar Ridge Public School", "l'école publique Cedar Ridge"), ("Birchwood Elementary", "l'école Birchwood"),
               ("St. Kateri Catholic School", "l'école catholique Sainte-Kateri"), ("Lakeview Middle School", "l'école intermédiaire Lakeview"),
               ("École des Pionniers", "l'école des Pionniers"), ("École Sainte-Geneviève", "l'école Sainte-Geneviève"),
               ("École primaire du Ruisseau", "l'école primaire du Ruisseau"), ("Académie des Érables", "l'Académie des Érables"),
               ("Harmony Hill P.S.", "l'école Harmony Hill"), ("Glenforest Junior School", "l'école Glenforest"),
               ("École Trille-des-Bois", "l'école Trille-des-Bois"), ("Maple Grove Elementary", "l'école Maple Grove"),
               ("École du Boisé-Joli", "l'école du Boisé-Joli"), ("Riverside Secondary", "l'école secondaire Riverside"),
               ("École secondaire des Rapides", "l'école secondaire des Rapides"), ("Northview Heights P.S.", "l'école Northview Heights"))
DAYCARES = vals(("CPE Les Petits Lutins", "au CPE Les Petits Lutins"), ("CPE La Ribambelle", "au CPE La Ribambelle"),
                ("Little Sprouts Daycare", "à la garderie Little Sprouts"), ("Garderie Les Coccinelles", "à la garderie Les Coccinelles"),
                ("Busy Bees Childcare", "à la garderie Busy Bees"), ("CPE Les Copains d'abord", "au CPE Les Copains d'abord"),
                ("Sunshine Montessori", "au Montessori Sunshine"), ("the Y daycare on Elm", "à la garderie du Y sur la rue Elm"))
TEACHERS = vals(("Mr. Tremblay", "M. Tremblay"), ("Ms. Okafor", "Mme Okafor"), ("Madame Leblanc", "Mme Leblanc"), ("Mr. Singh", "M. Singh"),
                ("Ms. Nguyen", "Mme Nguyen"), ("Mrs. Cormier", "Mme Cormier"), ("Mr. Haddad", "M. Haddad"), ("Ms. Kowalski", "Mme Kowalski"))
GRADES = vals(("grade 1", "1re année"), ("grade 2", "2e année"), ("grade 3", "3e année"), ("grade 4", "4e année"), ("grade 5", "5e année"),
              ("kindergarten", "maternelle"), ("grade 6", "6e année"), ("grade 7", "secondaire 1"))
TIMES_AM = vals(("7:40", "7 h 40"), ("7:50", "7 h 50"), ("8:05", "8 h 05"), ("8:15", "8 h 15"), ("8:20", "8 h 20"), ("8:35", "8 h 35"), ("6:45", "6 h 45"), ("6:15", "6 h 15"))
TIMES_PM = vals(("3:15", "15 h 15"), ("3:30", "15 h 30"), ("3:45", "15 h 45"), ("4:00", "16 h"), ("5:30", "17 h 30"), ("2:50", "14 h 50"))
CORNERS = vals(("Elm and Carling", "Elm et Carling"), ("Laurier and Principale", "Laurier et Principale"), ("Maple and 3rd", "Maple et la 3e"),
               ("Saint-Joseph and Cité-des-Jeunes", "Saint-Joseph et Cité-des-Jeunes"), ("Baseline and Woodroffe", "Baseline et Woodroffe"),
               ("Main and Victoria", "Main et Victoria"), ("des Érables and Notre-Dame", "des Érables et Notre-Dame"), ("King and Dundas", "King et Dundas"))
WEEKDAYS = vals(("Monday", "lundi"), ("Tuesday", "mardi"), ("Wednesday", "mercredi"), ("Thursday", "jeudi"), ("Friday", "vendredi"))
UNTIL = vals(("until Sunday", "jusqu'à dimanche"), ("until the 20th", "jusqu'au 20"), ("until Friday", "jusqu'à vendredi"), ("for the next two weeks", "pour les deux prochaines semaines"),
             ("until the 3rd", "jusqu'au 3"), ("till Tuesday", "jusqu'à mardi"), ("all week", "toute la semaine"), ("until the end of the month", "jusqu'à la fin du mois"))
VENUES = vals(("the Rideau Centre", "au Centre Rideau"), ("the ByWard Market", "au marché By"), ("Jean-Talon Market", "au marché Jean-Talon"),
              ("the Bell Centre", "au Centre Bell"), ("The Forks", "à La Fourche"), ("Stanley Park", "au parc Stanley"), ("the Halifax waterfront", "sur le bord de l'eau à Halifax"),
              ("the Canadian Tire Centre", "au Centre Canadian Tire"), ("Costco in Gatineau", "au Costco de Gatineau"), ("the Old Port", "au Vieux-Port"),
              ("Lansdowne", "à Lansdowne"), ("the Plains of Abraham", "sur les plaines d'Abraham"), ("the Exhibition grounds", "sur le terrain de l'Expo"),
              ("the Bridgehead on Main", "au Bridgehead de la rue Main"), ("the Tim Hortons on Montreal Road", "au Tim Hortons du chemin de Montréal"))
TOWNS = vals(("Mont-Tremblant", "Mont-Tremblant"), ("Tofino", "Tofino"), ("Cavendish", "Cavendish"), ("Baie-Saint-Paul", "Baie-Saint-Paul"),
             ("Jasper", "Jasper"), ("Shediac", "Shediac"), ("Wakefield", "Wakefield"), ("Lunenburg", "Lunenburg"), ("Percé", "Percé"), ("Muskoka", "Muskoka"))
# French: with its preposition ("au Japon"), and after "pour" ("le Japon").
ABROAD = [V(en, {"": fr, "pour": pour}) for en, fr, pour in (
    ("Cancún", "à Cancún", "Cancún"), ("Portugal", "au Portugal", "le Portugal"), ("Cuba", "à Cuba", "Cuba"), ("Florida", "en Floride", "la Floride"),
    ("Paris", "à Paris", "Paris"), ("Punta Cana", "à Punta Cana", "Punta Cana"), ("Japan", "au Japon", "le Japon"), ("Morocco", "au Maroc", "le Maroc"),
    ("Costa Rica", "au Costa Rica", "le Costa Rica"), ("Italy", "en Italie", "l'Italie"))]
PARKS = [V(en, {"": fr, "de": de}) for en, fr, de in (
    ("the canal", "le canal", "du canal"), ("the river path", "la piste cyclable de la rivière", "de la piste cyclable de la rivière"),
    ("Mooney's Bay", "la baie Mooney", "de la baie Mooney"), ("Lac-Leamy", "le lac Leamy", "du lac Leamy"),
    ("the Lachine canal", "le canal de Lachine", "du canal de Lachine"), ("Point Pleasant Park", "le parc Point Pleasant", "du parc Point Pleasant"),
    ("the seawall", "la digue", "de la digue"), ("Mont-Royal", "le mont Royal", "du mont Royal"),
    ("the Trans Canada Trail behind the arena", "le sentier transcanadien derrière l'aréna", "du sentier transcanadien derrière l'aréna"))]


# Civic addresses, invented: (number, English street, French street, city, postal-code prefix).
_STREETS = [("Laurier Street", "rue Laurier"), ("Bank St.", "rue Bank"), ("Maple Crescent", "croissant Maple"), ("Elm Avenue", "avenue Elm"),
            ("rue Principale", "rue Principale"), ("Birch Road", "chemin Birch"), ("Holland Ave.", "avenue Holland"), ("rue des Érables", "rue des Érables"),
            ("Cedar Drive", "promenade Cedar"), ("boulevard Saint-Joseph", "boulevard Saint-Joseph"), ("Willow Lane", "allée Willow"),
            ("rue Notre-Dame", "rue Notre-Dame"), ("Oak Street", "rue Oak"), ("Pinecrest Road", "chemin Pinecrest"), ("rue du Moulin", "rue du Moulin"),
            ("Riverside Dr.", "promenade Riverside"), ("Victoria Street", "rue Victoria"), ("chemin du Lac", "chemin du Lac"), ("Spruce Court", "cour Spruce"),
            ("rue Champlain", "rue Champlain"), ("Queen Street", "rue Queen"), ("Acadie Avenue", "avenue de l'Acadie"), ("Sunset Blvd.", "boulevard Sunset")]
_PLACES = [("Ottawa", "Ottawa", "ON", "K1"), ("Gatineau", "Gatineau", "QC", "J8"), ("Montreal", "Montréal", "QC", "H2"), ("Moncton", "Moncton", "NB", "E1"),
           ("Halifax", "Halifax", "NS", "B3"), ("Winnipeg", "Winnipeg", "MB", "R3"), ("Calgary", "Calgary", "AB", "T2"), ("Quebec City", "Québec", "QC", "G1"),
           ("Toronto", "Toronto", "ON", "M4"), ("Vancouver", "Vancouver", "BC", "V5"), ("Sudbury", "Sudbury", "ON", "P3"), ("Dieppe", "Dieppe", "NB", "E1"),
           ("Sherbrooke", "Sherbrooke", "QC", "J1"), ("Regina", "Regina", "SK", "S4"), ("Kanata", "Kanata", "ON", "K2"), ("Lévis", "Lévis", "QC", "G6")]
_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def _address(rng: random.Random) -> V:
    number = str(rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 4999)]))
    en_street, fr_street = rng.choice(_STREETS)
    en_city, fr_city, province, prefix = rng.choice(_PLACES)
    postal = f"{prefix}{rng.choice(_LETTERS)} {rng.randint(0, 9)}{rng.choice(_LETTERS)}{rng.randint(0, 9)}"
    unit = rng.choice(["", "", "", str(rng.randint(1, 12)), str(rng.randint(101, 1408))])
    # English writes the unit first ("301-55 Holland Ave.") or as "Unit 4, ..."; French puts the number
    # first with a comma ("55, avenue Holland, app. 301").
    if unit and rng.random() < 0.5:
        en = f"{unit}-{number} {en_street}"
    elif unit:
        en = f"Unit {unit}, {number} {en_street}"
    else:
        en = f"{number} {en_street}"
    fr = f"{number}, {fr_street}" + (f", app. {unit}" if unit else "")
    return V({"": en, "full": f"{en}, {en_city}, {province} {postal}", "pc": postal, "city": en_city},
             {"": fr, "full": f"{fr}, {fr_city} ({'Québec' if province == 'QC' else province}) {postal}", "pc": postal, "city": fr_city})


ADDRESSES = [_address(_rng) for _ in range(60)]

_AREA = ["613", "819", "514", "438", "450", "418", "581", "506", "902", "709", "416", "647", "905", "204", "306", "403", "780", "587", "604", "778", "250", "867", "343", "873", "705"]


def _phone(rng: random.Random) -> V:
    area, line = rng.choice(_AREA), f"01{rng.randint(0, 99):02d}"
    en = rng.choice([f"{area}-555-{line}", f"({area}) 555-{line}", f"{area}.555.{line}", f"+1 {area} 555 {line}", f"1-{area}-555-{line}", f"{area} 555 {line}", f"{area}555{line}"])
    fr = rng.choice([f"{area} 555-{line}", f"{area}-555-{line}", f"({area}) 555-{line}", f"1 {area} 555-{line}", f"{area} 555 {line}", f"+1 {area} 555-{line}"])
    return V(en, fr)


PHONES = [_phone(_rng) for _ in range(60)]

TAGS = {
    "child_school": [("#backtoschool", "#rentrée"), ("#proudparent", "#parentfier"), ("#firstday", "#premierjour")],
    "present_location": [("#travel", "#voyage"), ("#weekendvibes", "#findesemaine"), ("#checkin", "#enroute")],
    "empty_home": [("#vacation", "#vacances"), ("#finally", "#enfin")],
    "routine": [("#morningrun", "#courseDuMatin"), ("#routine", "#routine"), ("#fitness", "#miseenforme")],
    "home_address": [("#movingday", "#déménagement"), ("#garagesale", "#ventedegarage"), ("#housewarming", "#pendaisondecrémaillère")],
    "street_address": [("#community", "#communauté"), ("#lostandfound", "#objetsperdus")],
    "phone": [("#forsale", "#àvendre"), ("#textme", "#textemoi")],
}

_counts: dict[str, int] = {}
_SEVERITY = {"child_school": "high", "present_location": "medium", "empty_home": "medium", "routine": "medium",
             "home_address": "high", "street_address": "low", "phone": "high"}


def D(subtype: str, templates: list[tuple[str, str]], reg: tuple[str, str] = ("casual", "casual"), mood: str = "happy", n: int = 7, agree: str = "", **slots: list[V]) -> Fam:
    _counts[subtype] = _counts.get(subtype, 0) + 1
    return Fam(f"D.{subtype}.{_counts[subtype]}", subtype, "D", templates, slots, n=n, reg=reg, mood=mood, agree=agree, severity=_SEVERITY[subtype])


def N(subtype: str, templates: list[tuple[str, str]], reg: tuple[str, str] = ("casual", "casual"), mood: str = "neutral", n: int = 6, agree: str = "", **slots: list[V]) -> Fam:
    key = "neg." + subtype
    _counts[key] = _counts.get(key, 0) + 1
    return Fam(f"D-neg.{subtype}.{_counts[key]}", subtype, "neutral", templates, slots, n=n, reg=reg, mood=mood, agree=agree, hard_for="D")


QC = ("casual", "quebecois")

POSITIVES = [
    # --- a child, named or implied, with a school, daycare, class, teacher, bus stop or pickup time
    D("child_school", [("First day of {G} for {C} at {S} tomorrow! 🎒", "Premier jour de {G} pour {C} à {S} demain! 🎒"),
                       ("{C.name} starts {G} at {S} on Tuesday and I'm not ready 😭", "{C.name} commence sa {G} à {S} mardi pis je suis pas prêt[|e] 😭")], mood="kids", agree="YOU", C=CHILD, G=GRADES, S=SCHOOLS, YOU=[V("", "", "m"), V("", "", "f")]),
    D("child_school", [("Pickup at {S} is at {T}. Anyone want to carpool with me and {C}?", "La sortie à {S} est à {T}. Quelqu'un veut faire du covoiturage avec moi pis {C}?")], mood="kids", C=CHILD, S=SCHOOLS, T=TIMES_PM),
    D("child_school", [("My little one starts at {D} on Monday. My heart 🥹", "Ma puce commence {D} lundi. Mon cœur 🥹"), ("{K} starts at {D} next week, drop-off at {T}. Wish us luck", "{K^} commencent {D} la semaine prochaine, on les dépose à {T}. Souhaitez-nous bonne chance")],
      mood="kids", D=DAYCARES, K=KIDS, T=TIMES_AM),
    D("child_school", [("{K^} wait for the bus at {X} at {T} every morning. It's -25, send hot chocolate.", "{K^} attendent l'autobus au coin {X} à {T} tous les matins. Il fait -25, envoyez du chocolat chaud.")], mood="weather", K=KIDS, X=CORNERS, T=TIMES_AM),
    D("child_school", [("Proud parent moment: {C} won the spelling bee at {S}! {TE} cried more than I did.", "Moment de parent fier : {C} a gagné la dictée de {S}! {TE} a pleuré plus que moi.")], mood="happy", C=CHILD, S=SCHOOLS, TE=TEACHERS),
    D("child_school", [("{C.name} is in {TE}'s {G} class at {S}. Any parents want to set up a playdate?", "{C.name} est dans la classe de {G} de {TE} à {S}. Des parents veulent organiser une activité?")], mood="kids", C=CHILD, TE=TEACHERS, G=GRADES, S=SCHOOLS),
    D("child_school", [("School photo day at {S} and my daughter insisted on wearing her dinosaur costume", "Journée photo à {S} pis ma fille a insisté pour porter son costume de dinosaure"),
                       ("My son forgot his lunch again. Driving to {S} before the {T} bell.", "Mon fils a encore oublié son lunch. Je m'en vais à {S} avant la cloche de {T}.")], mood="laugh", S=SCHOOLS, T=TIMES_AM),
    D("child_school", [("Does {S} have a late bus? {C.name} gets out at {T} and I work till 5", "Est-ce que {S} a un autobus de fin de journée? {C.name} finit à {T} pis je travaille jusqu'à 17 h"),
                       ("{C} has hockey right after school, I grab him at {S} at {T}", "{C} a du hockey tout de suite après l'école, je vais le chercher à {S} à {T}")], mood="neutral", C=[c for c in CHILD if c.g == "m"], S=SCHOOLS, T=TIMES_PM),
    D("child_school", [("Grandma duty today! Picking up {K} at {S} at {T} 👵", "Journée de grand-maman! Je vais chercher {K} à {S} à {T} 👵")], mood="kids", K=KIDS, S=SCHOOLS, T=TIMES_PM),

    # --- where someone is right now, or until a date
    D("present_location", [("Just landed in {C}! Here until Sunday, who's around?", "Je viens d'atterrir à {C}! Je suis là jusqu'à dimanche, qui est dans le coin?"),
                           ("Touched down in {C} 🛬 here {U}", "Atterri à {C} 🛬 je suis ici {U}")], mood="travel", C=CITIES, U=UNTIL),
    D("present_location", [("At {V} right now, come say hi!", "En ce moment {V}, venez dire allô!"), ("I'm at {V} until close, come say hi 👋", "Je suis {V} jusqu'à la fermeture, venez me voir 👋")], mood="happy", V=VENUES),
    D("present_location", [("At the cottage in {T} {U} 🌲 no wifi, pure bliss", "Au chalet à {T} {U} 🌲 pas de wifi, le bonheur"), ("Currently in {T} with the whole family, back {U2}", "Présentement à {T} avec toute la famille, de retour {U2}")],
      reg=QC, mood="travel", T=TOWNS, U=UNTIL, U2=vals(("Sunday night", "dimanche soir"), ("on the 20th", "le 20"), ("next week", "la semaine prochaine"))),
    D("present_location", [("📍 {V}. Line is huge but the poutine is worth it", "📍 {V}. La file est immense mais la poutine en vaut la peine"), ("Checked in at {V} 📍", "Enregistré {V} 📍")], mood="food", V=VENUES),
    D("present_location", [("Sitting at gate {K} at YOW, boarding for {A} in 40 minutes ✈️", "Assis[|e] à la porte {K} à l'aéroport d'Ottawa, embarquement pour {A.pour} dans 40 minutes ✈️")], agree="YOU", mood="travel",
      YOU=[V("", "", "m"), V("", "", "f")], K=same("12", "18", "23", "27", "32", "41"), A=ABROAD),
    D("present_location", [("In {A} {U}! Sun, sand and zero emails 🌴", "{A^} {U}! Soleil, sable pis zéro courriel 🌴")], mood="travel", A=ABROAD, U=UNTIL),
    D("present_location", [("At the {E} in {C} right now, section 112, wave if you see me", "Au {E} à {C} en ce moment, section 112, saluez-moi si vous me voyez")], mood="sport", C=CITIES,
      E=vals(("Habs game", "match du Canadien"), ("Sens game", "match des Sénateurs"), ("Taylor Swift show", "show de Taylor Swift"), ("Jets game", "match des Jets"), ("Bluesfest", "Bluesfest"))),
    D("present_location", [("Camping at {P} this weekend, site 47 if anyone wants to bring beer", "Camping au {P} en fin de semaine, emplacement 47 si quelqu'un veut apporter de la bière")], reg=QC, mood="travel",
      P=vals(("Algonquin", "parc Algonquin"), ("Gatineau Park", "parc de la Gatineau"), ("Fundy", "parc Fundy"), ("Kouchibouguac", "parc Kouchibouguac"), ("the Bic", "parc du Bic"), ("Sandbanks", "parc Sandbanks"))),
    D("present_location", [("Working from the patio at {V} today, find me by the window", "Je travaille {V} aujourd'hui, sur la terrasse, à côté de la fenêtre"), ("Alone at {V} for the next hour if anyone wants coffee", "Seul[|e] {V} pour la prochaine heure si quelqu'un veut un café")],
      agree="YOU", YOU=[V("", "", "m"), V("", "", "f")], mood="neutral", V=VENUES),

    # --- the home is empty
    D("empty_home", [("Nobody home for two weeks, finally a real vacation! {A} here we come", "Personne à la maison pour deux semaines, enfin des vraies vacances! On s'en va {A}")], mood="travel", A=ABROAD),
    D("empty_home", [("House-sitter starts tomorrow, we fly out at {T} 🙌", "La gardienne de maison commence demain, on décolle à {T} 🙌")], mood="travel", T=TIMES_AM),
    D("empty_home", [("Nobody home {U}, the cat is at my sister's. Neighbour, can you grab the mail?", "Personne à la maison {U}, le chat est chez ma sœur. Le voisin, peux-tu ramasser le courrier?")], mood="neutral", U=UNTIL),
    D("empty_home", [("Leaving the house empty over the holidays. Any tips for light timers?", "La maison va être vide pendant les Fêtes. Des conseils pour des minuteries de lumières?"),
                     ("House will be empty {U}, should I ask someone to shovel so it doesn't look empty?", "La maison va être vide {U}, je devrais demander à quelqu'un de pelleter pour que ça paraisse pas?")], mood="neutral", U=UNTIL),
    D("empty_home", [("Our place in {C} sits empty all of {M} while we're in {A}", "Notre maison à {C} reste vide tout le mois de {M} pendant qu'on est {A}")], mood="travel", C=CITIES, M=vals(("March", "mars"), ("February", "février"), ("January", "janvier"), ("July", "juillet")), A=ABROAD),
    D("empty_home", [("Away {U}, mail is going to pile up lol", "Partis {U}, le courrier va s'empiler mdr")], mood="laugh", U=UNTIL),
    D("empty_home", [("Whole family's at the cottage for 3 weeks. Raccoons, the house is all yours.", "Toute la famille est au chalet pour 3 semaines. Les ratons laveurs, la maison est à vous autres."),
                     ("The condo is empty {U}, if the neighbour could water the plants that'd be amazing", "Le condo est vide {U}, si le voisin pouvait arroser les plantes ce serait génial")], mood="laugh", U=UNTIL),
    D("empty_home", [("Kids at grandma's, us in {A} {U}. First time the house has been empty in 10 years!", "Les enfants chez grand-maman, nous autres {A} {U}. Première fois en 10 ans que la maison est vide!")], mood="happy", A=ABROAD, U=UNTIL),

    # --- a routine: where someone is at a regular time
    D("routine", [("My usual {T} run along {P}, -20 and still out there 💪", "Ma course habituelle de {T} le long {P.de}, -20 pis je suis encore dehors 💪")], mood="sport", T=TIMES_AM, P=PARKS),
    D("routine", [("Every {D} I swim at the {C} Y at {T}. Best part of my week.", "Chaque {D}, je nage au Y de {C} à {T}. Le meilleur moment de ma semaine.")], mood="sport", D=WEEKDAYS, C=CITIES, T=TIMES_AM),
    D("routine", [("Every morning at {T} I catch the 95 at {X}. Same seat, same driver.", "Tous les matins à {T}, je prends le 95 au coin {X}. Même siège, même chauffeur.")], mood="neutral", T=TIMES_AM, X=CORNERS),
    D("routine", [("Same table at {V} every Saturday at 9, come say hi", "Même table {V} tous les samedis à 9 h, venez dire allô")], mood="happy", V=VENUES),
    D("routine", [("Walking the dog around {P} every night around 10. So peaceful.", "Je promène le chien autour {P.de} tous les soirs vers 22 h. Tellement paisible.")], mood="love", P=PARKS),
    D("routine", [("I leave work at 4:30 sharp every day and bike home along {P}", "Je pars du travail à 16 h 30 pile tous les jours pis je rentre en vélo le long {P.de}")], mood="neutral", P=PARKS),
    D("routine", [("Every Sunday at 7 I do the loop around {P} on my bike. Join me!", "Chaque dimanche à 7 h, je fais le tour {P.de} à vélo. Joignez-vous à moi!")], mood="sport", P=PARKS),
    D("routine", [("Yoga at the {C} studio every {D} at 6:30, always the mat by the window 🧘", "Yoga au studio de {C} chaque {D} à 18 h 30, toujours le tapis près de la fenêtre 🧘")], mood="happy", C=CITIES, D=WEEKDAYS),
    D("routine", [("Tuesdays and Thursdays I'm alone at the office until 9 pm, fun times", "Les mardis pis les jeudis, je suis seul[|e] au bureau jusqu'à 21 h, que du plaisir"),
                  ("Night shift every {D}, I walk to my car in the back lot around 2 am", "Quart de nuit chaque {D}, je marche jusqu'à mon char dans le stationnement d'en arrière vers 2 h du matin")],
      agree="YOU", YOU=[V("", "", "m"), V("", "", "f")], mood="neutral", D=WEEKDAYS),

    # --- a home address
    D("home_address", [("Moving into {A} next week! New chapter 🏡", "On déménage au {A} la semaine prochaine! Nouveau chapitre 🏡")], mood="home", A=ADDRESSES),
    D("home_address", [("Housewarming at our new place, {A.full}, Saturday 7 pm. Bring a chair!", "Pendaison de crémaillère chez nous, {A.full}, samedi 19 h. Apportez une chaise!")], mood="home", A=ADDRESSES),
    D("home_address", [("Garage sale at my place: {A}, Saturday 8 am. Baby stuff, tools, books.", "Vente de garage chez moi : {A}, samedi 8 h. Affaires de bébé, outils, livres.")], mood="home", A=ADDRESSES),
    D("home_address", [("Finally home sweet home: {A.full} 🔑", "Enfin chez nous : {A.full} 🔑")], mood="home", A=ADDRESSES),
    D("home_address", [("Send the birthday cards for my mom to our house, {A}, {A.pc}", "Envoyez les cartes de fête pour ma mère chez nous, {A}, {A.pc}")], mood="love", A=ADDRESSES),
    D("home_address", [("New address for the family: {A.full}. Update your Christmas card lists!", "Nouvelle adresse pour la famille : {A.full}. Mettez vos listes de cartes de Noël à jour!")], mood="home", A=ADDRESSES),
    D("home_address", [("Free couch, pick it up at my house, {A}. First come first served", "Divan gratuit, venez le chercher chez nous au {A}. Premier arrivé, premier servi")], mood="home", A=ADDRESSES),
    D("home_address", [("Kids' birthday party at our place, {A} ({A.city}), Sunday 2 pm 🎈", "Fête des enfants chez nous, {A} ({A.city}), dimanche 14 h 🎈")], mood="kids", A=ADDRESSES),
    D("home_address", [("I live at {A}, {A.pc}, if the courier could actually knock this time", "J'habite au {A}, {A.pc}, si le livreur pouvait cogner cette fois-ci")], mood="angry", A=ADDRESSES),

    # --- a street address that is not said to be home
    D("street_address", [("Found a wallet in front of {A}. Who lost it?", "J'ai trouvé un portefeuille devant le {A}. Qui l'a perdu?")], mood="neutral", A=ADDRESSES),
    D("street_address", [("Party at {A} Saturday, bring a chair", "Party au {A} samedi, apportez une chaise")], mood="happy", A=ADDRESSES),
    D("street_address", [("Meet you at {A} at 7?", "On se rejoint au {A} à 19 h?")], mood="neutral", A=ADDRESSES),
    D("street_address", [("My package got delivered to {A} instead. Anyone know who lives there?", "Mon colis a été livré au {A} à la place. Quelqu'un sait qui habite là?")], mood="angry", A=ADDRESSES),
    D("street_address", [("There's a lost cat hanging around {A}, orange with a white paw", "Y'a un chat perdu qui traîne autour du {A}, orange avec une patte blanche")], mood="sad", A=ADDRESSES),
    D("street_address", [("Can someone check on the old man at {A}? Lights have been off for days", "Quelqu'un peut aller voir le vieux monsieur du {A}? Les lumières sont éteintes depuis des jours")], mood="sad", A=ADDRESSES),
    D("street_address", [("Pickup for the bike is at {A}, ring the side door", "Pour le vélo, c'est au {A}, sonnez à la porte de côté")], mood="neutral", A=ADDRESSES),
    D("street_address", [("The yard sale at {A.full} has a whole box of vinyl 👀", "La vente de débarras au {A.full} a une boîte pleine de vinyles 👀")], mood="happy", A=ADDRESSES),

    # --- a personal phone number
    D("phone", [("Text me at {P}, my DMs are a mess", "Texte-moi au {P}, mes messages privés sont un chaos")], mood="phone", P=PHONES),
    D("phone", [("Couch for sale, $150, call or text {P}", "Divan à vendre, 150 $, appelle ou texte au {P}")], mood="phone", P=PHONES),
    D("phone", [("New number! {P}. Save it, delete the old one", "Nouveau numéro! {P}. Enregistrez-le, effacez l'ancien")], mood="phone", P=PHONES),
    D("phone", [("Lost dog in {C}, please call me at {P} if you see her 🐕", "Chienne perdue à {C}, appelez-moi au {P} si vous la voyez 🐕")], mood="sad", C=CITIES, P=PHONES),
    D("phone", [("Babysitting available weekends, message my cell {P}", "Gardiennage disponible les fins de semaine, écrivez-moi sur mon cell {P}")], mood="phone", P=PHONES),
    D("phone", [("My cell is {P} if anyone from the reunion wants to get in touch", "Mon cell, c'est le {P} si quelqu'un du conventum veut me rejoindre")], mood="happy", P=PHONES),
    D("phone", [("Carpool to Ottawa every weekday, 2 seats left. Call {P} after 6", "Covoiturage vers Ottawa tous les jours de semaine, 2 places libres. Appelez au {P} après 18 h")], mood="neutral", P=PHONES),
    D("phone", [("Giving away kittens! Call my wife or me at {P}", "Chatons à donner! Appelez ma femme ou moi au {P}")], mood="love", P=PHONES),

    # --- short posts
    D("present_location", [("📍 {V}", "📍 {V}"), ("here rn 📍 {V}", "ici en ce moment 📍 {V}")], mood="travel", V=VENUES),
    D("phone", [("text me {P}", "texte-moi {P}"), ("new cell: {P}", "nouveau cell : {P}")], mood="phone", P=PHONES),
    D("empty_home", [("Away {U} ✈️ house is empty lol", "Partis {U} ✈️ maison vide mdr")], mood="travel", U=UNTIL),

    # --- Québécois and Acadian French
    D("child_school", [("{C.name} starts at {S} Monday, I drop [him|her] at the bus at {T}", "{C.name} commence à {S} lundi, je [le|la] drop à l'autobus à {T}")], reg=("casual", "acadian"), agree="C",
      mood="kids", C=CHILD, S=SCHOOLS, T=TIMES_AM),
    D("present_location", [("At the sugar shack in {T} right now with the whole gang, come join us", "Présentement à la cabane à sucre à {T} avec toute la gang, venez nous rejoindre")], reg=QC, mood="food",
      T=vals(("Saint-Eustache", "Saint-Eustache"), ("Mont-Saint-Grégoire", "Mont-Saint-Grégoire"), ("Rigaud", "Rigaud"), ("Val-des-Monts", "Val-des-Monts"), ("Saint-Jean-de-Matha", "Saint-Jean-de-Matha"), ("Chelsea", "Chelsea"), ("Sainte-Agathe", "Sainte-Agathe"))),
    D("empty_home", [("Off to {A} until April, the house is empty, hope the snow removal guy shows up", "On s'en va {A} jusqu'en avril, la maison est vide, j'espère que le gars du déneigement va passer")], reg=QC, mood="travel", A=ABROAD),
    D("routine", [("Every morning at {T} I walk the boardwalk in {W}, right nice", "Tous les matins à {T}, je marche sur la promenade à {W}, c'est right beau")], reg=("casual", "acadian"), mood="happy",
      T=TIMES_AM, W=vals(("Shediac", "Shediac"), ("Bouctouche", "Bouctouche"), ("Caraquet", "Caraquet"), ("Cap-Pelé", "Cap-Pelé"), ("Dieppe", "Dieppe"))),
    D("phone", [("Call me on my cell, {P}, I don't check Messenger", "Appelle-moi sur mon cell, {P}, je regarde pas Messenger")], reg=QC, mood="phone", P=PHONES),
    D("home_address", [("Moving July 1st to {A}, if anyone has boxes", "Je déménage le 1er juillet au {A}, si quelqu'un a des boîtes")], reg=QC, mood="home", A=ADDRESSES),
    D("street_address", [("Whoever left a bike in front of {A}, it's still there, right", "Celui qui a laissé un bicycle devant le {A}, il est encore là, right")], reg=("casual", "acadian"), mood="neutral", A=ADDRESSES),
]

# (English, French, French with "à", gender)
BUSINESS_ADDR = [V(en, {"": fr, "a": a}, g) for en, fr, a, g in (
    ("Service Canada, 200 Montcalm Street", "Service Canada, 200, rue Montcalm", "à Service Canada, 200, rue Montcalm", "m"),
    ("the public library at 120 Metcalfe Street", "la bibliothèque publique, 120, rue Metcalfe", "à la bibliothèque publique, 120, rue Metcalfe", "f"),
    ("City Hall, 110 Laurier Ave. W.", "l'hôtel de ville, 110, avenue Laurier Ouest", "à l'hôtel de ville, 110, avenue Laurier Ouest", "m"),
    ("the Pho Lan restaurant at 845 Somerset", "le resto Pho Lan au 845, rue Somerset", "au resto Pho Lan, 845, rue Somerset", "m"),
    ("the farmers' market at 1 Market Square", "le marché fermier au 1, place du Marché", "au marché fermier, 1, place du Marché", "m"),
    ("the hardware store at 2200 boulevard Saint-Joseph", "la quincaillerie du 2200, boulevard Saint-Joseph", "à la quincaillerie du 2200, boulevard Saint-Joseph", "f"),
    ("the community centre at 55 Eccles", "le centre communautaire au 55, rue Eccles", "au centre communautaire, 55, rue Eccles", "m"),
    ("the new bakery at 340 Elgin Street", "la nouvelle boulangerie au 340, rue Elgin", "à la nouvelle boulangerie, 340, rue Elgin", "f"),
    ("the passport office at 22 de Varennes", "le bureau des passeports au 22, rue de Varennes", "au bureau des passeports, 22, rue de Varennes", "m"),
    ("the museum at 240 McLeod", "le musée au 240, rue McLeod", "au musée, 240, rue McLeod", "m"))]
AGENCIES = vals(("the CRA at 1-800-959-8281", "l'ARC au 1 800 959-8281"), ("1 800 O-Canada", "1 800 O-Canada"), ("Service Canada", "Service Canada"),
                ("the Pay Centre", "le Centre des services de paye"), ("Passport Canada at 1-800-567-6868", "Passeport Canada au 1 800 567-6868"),
                ("the CRA", "l'ARC"), ("Hydro", "Hydro"), ("the bank's fraud line", "la ligne antifraude de la banque"))
HELPLINES = vals(("988", "le 988"), ("Kids Help Phone (1-800-668-6868)", "Jeunesse, J'écoute (1 800 668-6868)"), ("211", "le 211"),
                 ("the Employee Assistance Program line", "la ligne du Programme d'aide aux employés et à la famille"), ("the crisis line", "la ligne d'écoute"),
                 ("the Hope for Wellness line (1-855-242-3310)", "la ligne d'écoute d'espoir pour le mieux-être (1 855 242-3310)"))
PUBLIC_LINES = vals(("1 800 O-Canada (1-800-622-6232)", "1 800 O-Canada (1-800-622-6232)"), ("811 for health advice", "le 811 pour un conseil santé"), ("211 for community services", "le 211 pour les services communautaires"),
                    ("988, the suicide crisis line", "le 988, la ligne d'aide en cas de crise suicidaire"), ("Kids Help Phone at 1-800-668-6868", "Jeunesse, J'écoute au 1 800 668-6868"),
                    ("the CRA's toll-free line", "la ligne sans frais de l'ARC"), ("911", "le 911"), ("the Pay Centre's toll-free number", "le numéro sans frais du Centre des services de paye"))
BOOKS = vals(("a Louise Penny", "un Louise Penny"), ("Kukum", "Kukum"), ("Dune", "Dune"), ("a biography of Champlain", "une biographie de Champlain"),
             ("The Overstory", "L'Arbre-monde"), ("a book on sourdough", "un livre sur le pain au levain"), ("Les filles de Caleb", "Les filles de Caleb"))

NEGATIVES = [
    # --- schools without a child of the poster
    N("school_not_child", [("Teachers' strike in {C}: schools closed {D}. Hope they reach a deal soon.", "Grève des enseignants à {C} : écoles fermées {D}. J'espère qu'ils vont s'entendre bientôt.")], C=CITIES, D=WEEKDAYS),
    N("school_not_child", [("{S} won the provincial robotics competition! Congrats to the students.", "{S} a gagné la compétition provinciale de robotique! Bravo aux élèves.")], S=vals(*[(s.en[""], s.fr[""][0].upper() + s.fr[""][1:]) for s in SCHOOLS])),
    N("school_not_child", [("My grade {K} teacher, Madame {T}, taught me to love reading. Thirty years later I still think of her.", "Mon enseignante de {K}e année, Mme {T}, m'a donné le goût de lire. Trente ans plus tard, je pense encore à elle.")],
      K=same("1", "2", "3", "4", "5", "6"), T=same("Lavoie", "Gauthier", "Richard", "Bouchard", "Arsenault", "LeBlanc")),
    N("school_not_child", [("The school board approved a new elementary school in {C}. About time, the portables are full.", "Le conseil scolaire a approuvé une nouvelle école primaire à {C}. Il était temps, les roulottes sont pleines.")], C=CITIES),
    N("school_not_child", [("Back-to-school sales are wild this year. $40 for a binder??", "Les soldes de la rentrée sont fous cette année. 40 $ pour un cartable??"), ("School bus driver shortage again in {C}. Who would take that job for that pay?", "Encore une pénurie de chauffeurs d'autobus scolaires à {C}. Qui voudrait faire cette job pour ce salaire-là?")], C=CITIES),
    N("school_not_child", [("Found my old high school yearbook from {Y}. The hair. THE HAIR.", "J'ai retrouvé mon album de finissants de {Y}. Les cheveux. LES CHEVEUX.")], Y=same("1994", "1998", "2001", "2003", "2006", "2009", "1989"), mood="laugh"),
    N("school_not_child", [("Daycare spots in {C} are impossible. Our MP should hear about it.", "Les places en garderie à {C}, c'est impossible. Notre député devrait en entendre parler."),
                           ("$10-a-day daycare sounds great until the waitlist is 2 years long", "Les garderies à 10 $ par jour, c'est beau jusqu'à ce que la liste d'attente dure 2 ans")], C=CITIES),
    N("school_not_child", [("Volunteered at a literacy program today. Kids are hilarious.", "J'ai fait du bénévolat dans un programme d'alphabétisation aujourd'hui. Les jeunes sont tordants."),
                           ("Substitute teaching taught me more patience than anything in my life", "La suppléance m'a appris plus de patience que n'importe quoi dans ma vie"),
                           ("I still dream I missed an exam in university. Twenty years later.", "Je rêve encore que j'ai manqué un examen à l'université. Vingt ans plus tard."),
                           ("School lunches in the 90s: a juice box and a squished sandwich. Character building.", "Les lunchs d'école dans les années 90 : une boîte à jus pis un sandwich écrasé. Ça forge le caractère.")], n=4),
    # --- trips in the past, plans without dates, being back home
    N("past_or_vague", [("Throwback to {A} in {Y}. Take me back.", "Petit retour {A} en {Y}. Ramenez-moi là-bas."), ("Still dreaming about our trip to {A} last year", "Je rêve encore à notre voyage {A} l'an passé")],
      A=ABROAD, Y=same("2017", "2018", "2019", "2022", "2023")),
    N("past_or_vague", [("Just got back from {C}. Home sweet home, my own bed at last.", "De retour de {C}. Rien de mieux que son propre lit.")], C=CITIES),
    N("past_or_vague", [("Someday I'll see the northern lights in Yukon. Someday.", "Un jour, je vais voir des aurores boréales au Yukon. Un jour."), ("We should go camping sometime this summer, no idea where yet", "On devrait aller camper un moment donné cet été, aucune idée où encore"),
                        ("Thinking about a trip to {A} next year maybe? Tips welcome", "Je pense à un voyage {A} l'an prochain peut-être? Vos conseils sont bienvenus")], A=ABROAD),
    N("past_or_vague", [("{T} last summer was magical. The sunsets!", "{T} l'été passé, c'était magique. Les couchers de soleil!"), ("We spent a week in {T} in {Y}, still the best vacation we ever had", "On a passé une semaine à {T} en {Y}, encore nos meilleures vacances")],
      T=TOWNS, Y=same("2015", "2019", "2021", "2022")),
    N("past_or_vague", [("I went to {V} once in 2015 and still think about that poutine", "Je suis allé {V} une fois en 2015 pis je pense encore à cette poutine-là")], V=VENUES),
    N("past_or_vague", [("The house feels so empty since the kids moved out", "La maison est tellement vide depuis que les enfants sont partis"), ("Empty nest life: the fridge stays full and the laundry is tiny", "La vie de nid vide : le frigo reste plein pis le lavage est minuscule"),
                        ("Miss having a full house at Christmas like when we were kids", "Je m'ennuie d'une maison pleine à Noël comme quand on était petits")], n=3),
    N("past_or_vague", [("I try to run three times a week, some weeks more successfully than others", "J'essaie de courir trois fois par semaine, avec plus ou moins de succès selon les semaines"),
                        ("Morning people who run before work: how?? Teach me", "Les gens du matin qui courent avant le travail : comment?? Montrez-moi"),
                        ("Swimming is my therapy. Haven't been in weeks, which explains a lot.", "La natation, c'est ma thérapie. J'y suis pas allé depuis des semaines, ce qui explique bien des choses.")], n=3),
    N("past_or_vague", [("Moved to {C} last year and I love it here", "On a déménagé à {C} l'an passé pis on adore ça"), ("Ten years in {C} this month. Best decision we ever made.", "Dix ans à {C} ce mois-ci. La meilleure décision qu'on a prise.")], C=CITIES),
    # --- "at the moment", about what someone is doing, not where
    N("present_activity", [("At the moment I'm reading {B} and I can't put it down", "En ce moment, je lis {B} pis je suis pas capable de le lâcher")], B=BOOKS),
    N("present_activity", [("Right now I'm obsessed with {X}", "Présentement je suis obsédé[|e] par {X}")], agree="YOU", YOU=[V("", "", "m"), V("", "", "f")],
      X=vals(("sourdough", "le pain au levain"), ("crosswords", "les mots croisés"), ("birdwatching", "l'observation des oiseaux"), ("this one podcast", "un balado en particulier"), ("Balatro", "Balatro"), ("knitting socks", "tricoter des bas"))),
    N("present_activity", [("Currently learning {X}. Send patience.", "J'apprends {X} ces temps-ci. Envoyez de la patience.")],
      X=vals(("the guitar", "la guitare"), ("Spanish", "l'espagnol"), ("to skate backwards", "à patiner à reculons"), ("to code", "à programmer"), ("Cree", "le cri"), ("to bake bread", "à faire du pain"))),
    N("present_activity", [("In the middle of repainting the kitchen. Why did I pick yellow", "En plein milieu de repeindre la cuisine. Pourquoi j'ai choisi du jaune"), ("Currently drowning in laundry", "Présentement en train de me noyer dans le lavage"),
                           ("At the moment my whole personality is this new tea", "En ce moment, toute ma personnalité tourne autour de ce nouveau thé")], n=3),
    N("present_activity", [("Listening to {X} right now and it's exactly the vibe", "J'écoute {X} en ce moment pis c'est exactement l'ambiance")],
      X=same("Charlotte Cardin", "Half Moon Run", "Les Cowboys Fringants", "Feist", "Daniel Caesar", "Alexandra Stréliski")),
    N("present_activity", [("Work from home day, sweatpants on, cat supervising", "Journée de télétravail, en pantalon de jogging, le chat supervise"), ("Home sick today. Soup and bad TV.", "Malade à la maison aujourd'hui. Soupe pis mauvaise télé."),
                           ("Snow day, staying in with cocoa", "Journée de tempête, on reste en dedans avec du chocolat chaud")], n=3),
    N("present_activity", [("Currently {K}% through my reading challenge for the year", "Présentement rendu[|e] à {K} % de mon défi lecture de l'année")], agree="YOU", YOU=[V("", "", "m"), V("", "", "f")], K=same("20", "35", "50", "64", "80")),
    N("present_activity", [("Right now the only thing keeping me going is the thought of {X}", "En ce moment, la seule chose qui me tient, c'est de penser {X}")],
      X=vals(("pizza tonight", "à la pizza de ce soir"), ("the long weekend", "à la fin de semaine de trois jours"), ("my bed", "à mon lit"), ("summer", "à l'été"), ("coffee", "au café"))),
    # --- business and public addresses
    N("public_address", [("{B^} is open late on Thursdays now. Good to know.", "{B^} est ouvert[|e] tard le jeudi maintenant. Bon à savoir.")], agree="B", B=BUSINESS_ADDR),
    N("public_address", [("Free tax clinic at {B} every Saturday in March.", "Clinique d'impôts gratuite {B.a} tous les samedis de mars.")], B=BUSINESS_ADDR),
    N("public_address", [("Best {F} in town: {R}. Not sponsored, just obsessed.", "[Le meilleur|La meilleure] {F} en ville : {R}. Pas commandité, juste accro.")], agree="F",
      F=[V("pho", "pho"), V("shawarma", "shawarma"), V("poutine", "poutine", "f"), V("butter chicken", "poulet au beurre"), V("bagels", "bagel")],
      R=vals(("Pho Lan, 845 Somerset", "Pho Lan, 845, rue Somerset"), ("the little place at 1200 Bank", "la petite place au 1200, rue Bank"), ("Chez Ginette, 3245 boulevard Saint-Joseph", "Chez Ginette, 3245, boulevard Saint-Joseph"),
             ("the food truck at 50 Elgin", "le camion de bouffe au 50, rue Elgin"), ("Casse-Croûte du Coin, 12 rue Principale", "le Casse-Croûte du Coin, 12, rue Principale"))),
    N("public_address", [("The blood donor clinic moved to {B}. Book online!", "La clinique de don de sang a déménagé {B.a}. Réservez en ligne!")], B=BUSINESS_ADDR),
    N("public_address", [("Parliament Hill fireworks were gorgeous this year", "Les feux d'artifice sur la Colline du Parlement étaient magnifiques cette année"), ("The new library downtown is stunning, go see it", "La nouvelle bibliothèque du centre-ville est superbe, allez la voir"),
                         ("Took the tour at the Supreme Court building. The library!", "J'ai fait la visite de l'édifice de la Cour suprême. La bibliothèque!")], n=3),
    N("public_address", [("Voting station for our area is at {B}, open 9:30 to 9:30", "Le bureau de vote de notre secteur est {B.a}, ouvert de 9 h 30 à 21 h 30")], B=BUSINESS_ADDR),
    N("public_address", [("Lost and found for the festival is at {B}", "Les objets perdus du festival sont {B.a}")], B=BUSINESS_ADDR),
    N("public_address", [("Heads up: {B} is closed for renovations until spring", "Avis : {B} est fermé[|e] pour rénovations jusqu'au printemps")], agree="B", B=BUSINESS_ADDR),
    # --- public and business phone numbers
    N("public_phone", [("Questions about your benefits? Call {P}.", "Des questions sur vos prestations? Appelez {P}.")], P=AGENCIES),
    N("public_phone", [("If you're struggling, {P} is there, day or night. You're not alone.", "Si ça va pas, {P} est là, jour et nuit. Vous êtes pas seuls.")], P=HELPLINES, mood="love"),
    N("public_phone", [("Spent 2 hours on hold with {P} today. Send snacks.", "Deux heures en attente avec {P} aujourd'hui. Envoyez des collations.")], P=AGENCIES, mood="angry"),
    N("public_phone", [("PSA: save {P} in your phone before the next storm", "Rappel : gardez {P} dans votre téléphone avant la prochaine tempête")], P=PUBLIC_LINES),
    N("public_phone", [("The pizza place finally has online ordering, no more calling", "La pizzeria a enfin la commande en ligne, fini les appels"), ("Why does every business want me to call instead of just emailing", "Pourquoi toutes les entreprises veulent que j'appelle au lieu d'écrire un courriel"),
                       ("My phone bill went up again. Switching carriers.", "Ma facture de cell a encore augmenté. Je change de fournisseur.")], n=3),
    N("public_phone", [("Got a scam call pretending to be {P}. Hang up, folks.", "Reçu un appel frauduleux qui prétendait être {P}. Raccrochez, tout le monde.")], P=AGENCIES, mood="angry"),
    N("public_phone", [("Phone numbers I know by heart: my mom's landline from 1995 and nothing else", "Les numéros que je connais par cœur : le fixe de ma mère en 1995 pis c'est tout"), ("Who still writes phone numbers on paper? Me. I do.", "Qui écrit encore les numéros de téléphone sur papier? Moi.")], n=2, mood="laugh"),
    N("public_phone", [("New phone who dis 😂", "Nouveau téléphone, c'est qui? 😂"), ("Dropped my phone in the lake. Message me here for now.", "Échappé mon téléphone dans le lac. Écrivez-moi ici en attendant."),
                       ("Phone died, back online tomorrow", "Plus de batterie, de retour en ligne demain")], n=3, mood="laugh"),
]


def posts() -> Iterator[Post]:
    yield from generate(POSITIVES + NEGATIVES, seed=20240613, default_tags=TAGS)
