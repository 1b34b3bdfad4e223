"""Hand-written bilingual slot lists shared by several corpus modules: people's first names,
Canadian places, handles, teams, shows. Written for this project."""

from __future__ import annotations

from scripts.corpus._kit import V, same, vals

# (name, French grammatical gender of the person) from many origins, as Canadians are named.
_NAMES = [
    ("Aisha", "f"), ("Mohamed", "m"), ("Priya", "f"), ("Wei", "m"), ("Jean-François", "m"), ("Marie-Ève", "f"),
    ("Kwame", "m"), ("Fatou", "f"), ("Mateo", "m"), ("Sofia", "f"), ("Liam", "m"), ("Chloé", "f"), ("Linh", "f"),
    ("Hamid", "m"), ("Yasmine", "f"), ("Ravi", "m"), ("Gurpreet", "m"), ("Tyler", "m"), ("Brittany", "f"),
    ("Élodie", "f"), ("Mathis", "m"), ("Kateri", "f"), ("Tenzin", "m"), ("Olena", "f"), ("Dmitri", "m"),
    ("Amara", "f"), ("Noah", "m"), ("Léa", "f"), ("Samuel", "m"), ("Rosalie", "f"), ("Moshe", "m"), ("Rachel", "f"),
    ("Jamal", "m"), ("Keisha", "f"), ("Carlos", "m"), ("Ana", "f"), ("Hiroshi", "m"), ("Mei", "f"), ("Inès", "f"),
    ("Youssef", "m"), ("Zainab", "f"), ("Omar", "m"), ("Nadia", "f"), ("Émile", "m"), ("Gabrielle", "f"),
    ("Xavier", "m"), ("Siobhan", "f"), ("Connor", "m"), ("Mélodie", "f"), ("Thierry", "m"), ("Awa", "f"),
    ("Arjun", "m"), ("Harpreet", "f"), ("Jasmine", "f"), ("Kenji", "m"), ("Soo-ah", "f"), ("Tariq", "m"),
    ("Mireille", "f"), ("Réjean", "m"), ("Nathalie", "f"), ("Étienne", "m"), ("Maëlle", "f"), ("Dylan", "m"),
    ("Ayaan", "m"), ("Leila", "f"), ("Bao", "m"), ("Ngozi", "f"), ("Tomás", "m"), ("Valeria", "f"),
    ("Ishaan", "m"), ("Naomi", "f"), ("Malik", "m"), ("Jade", "f"), ("Louis-Philippe", "m"), ("Anaïs", "f"),
]
NAMES = [V(n, n, g) for n, g in _NAMES]

_CITIES = [
    ("Ottawa", "Ottawa"), ("Gatineau", "Gatineau"), ("Montreal", "Montréal"), ("Toronto", "Toronto"),
    ("Moncton", "Moncton"), ("Halifax", "Halifax"), ("Winnipeg", "Winnipeg"), ("Regina", "Regina"),
    ("Saskatoon", "Saskatoon"), ("Edmonton", "Edmonton"), ("Calgary", "Calgary"), ("Vancouver", "Vancouver"),
    ("Victoria", "Victoria"), ("Quebec City", "Québec"), ("Sherbrooke", "Sherbrooke"), ("Trois-Rivières", "Trois-Rivières"),
    ("Laval", "Laval"), ("Brampton", "Brampton"), ("Mississauga", "Mississauga"), ("Surrey", "Surrey"),
    ("St. John's", "St. John's"), ("Charlottetown", "Charlottetown"), ("Fredericton", "Fredericton"),
    ("Sudbury", "Sudbury"), ("Kingston", "Kingston"), ("Hamilton", "Hamilton"), ("Thunder Bay", "Thunder Bay"),
    ("Whitehorse", "Whitehorse"), ("Yellowknife", "Yellowknife"), ("Iqaluit", "Iqaluit"), ("Rimouski", "Rimouski"),
    ("Saguenay", "Saguenay"), ("Dieppe", "Dieppe"), ("Caraquet", "Caraquet"), ("Kelowna", "Kelowna"),
    ("Lethbridge", "Lethbridge"), ("Longueuil", "Longueuil"), ("Lévis", "Lévis"), ("Timmins", "Timmins"),
]
CITIES = vals(*_CITIES)

HANDLES = same("@mike_ottawa", "@jf_tremblay", "@sarahlovescats", "@le_vrai_steph", "@canuck_dad88",
               "@pixelpatate", "@northern_nadia", "@bigdave613", "@poutine_queen", "@rk_gamer", "@mtl_mel",
               "@hfx_harbour", "@yeg_jordan", "@patatefrite22", "@lou_cyclo", "@tina.bakes", "@coach_raj",
               "@frettedenoel", "@le_gros_bob", "@aminata_writes")

TEAMS = vals(("the Leafs", "les Leafs"), ("the Habs", "le Canadien"), ("the Sens", "les Sénateurs"),
             ("the Oilers", "les Oilers"), ("the Flames", "les Flames"), ("the Canucks", "les Canucks"),
             ("the Jets", "les Jets"), ("the Bruins", "les Bruins"), ("the Alouettes", "les Alouettes"),
             ("the Riders", "les Roughriders"), ("the Raptors", "les Raptors"), ("the Blue Jays", "les Blue Jays"),
             ("CF Montréal", "le CF Montréal"), ("the Redblacks", "le Rouge et Noir"))

STREETS = vals(("Bank Street", {"": "rue Bank", "le": "la rue Bank"}), ("Somerset", {"": "rue Somerset", "le": "la rue Somerset"}),
               ("Saint-Laurent", {"": "boulevard Saint-Laurent", "le": "le boulevard Saint-Laurent"}),
               ("Queen Street", {"": "rue Queen", "le": "la rue Queen"}), ("Main Street", {"": "rue Main", "le": "la rue Main"}),
               ("Jean-Talon", {"": "rue Jean-Talon", "le": "la rue Jean-Talon"}), ("Rideau Street", {"": "rue Rideau", "le": "la rue Rideau"}),
               ("Gladstone", {"": "avenue Gladstone", "le": "l'avenue Gladstone"}), ("Spring Garden", {"": "chemin Spring Garden", "le": "le chemin Spring Garden"}),
               ("Whyte Avenue", {"": "avenue Whyte", "le": "l'avenue Whyte"}), ("Commercial Drive", {"": "Commercial Drive", "le": "Commercial Drive"}),
               ("Mont-Bleu", {"": "boulevard du Mont-Bleu", "le": "le boulevard du Mont-Bleu"}))


def _dish(en: str, fr: str, du: str, le: str) -> V:
    return V(en, {"": fr, "du": du, "le": le})


# French forms: base (after "de"), partitive, definite.
DISHES = [
    _dish("butter chicken", "poulet au beurre", "du poulet au beurre", "le poulet au beurre"), _dish("pho", "pho", "du pho", "le pho"),
    _dish("jerk chicken", "poulet jerk", "du poulet jerk", "le poulet jerk"), _dish("falafel", "falafels", "des falafels", "les falafels"),
    _dish("dumplings", "dumplings", "des dumplings", "les dumplings"), _dish("bannock", "bannique", "de la bannique", "la bannique"),
    _dish("shawarma", "shawarma", "du shawarma", "le shawarma"), _dish("pierogi", "pierogis", "des pierogis", "les pierogis"),
    _dish("griot", "griot", "du griot", "le griot"), _dish("injera", "injera", "de l'injera", "l'injera"),
    _dish("dosa", "dosas", "des dosas", "les dosas"), _dish("bibimbap", "bibimbap", "du bibimbap", "le bibimbap"),
    _dish("tacos al pastor", "tacos al pastor", "des tacos al pastor", "les tacos al pastor"), _dish("bagels", "bagels", "des bagels", "les bagels"),
    _dish("roti", "roti", "du roti", "le roti"), _dish("ramen", "ramen", "des ramen", "les ramen"),
    _dish("pupusas", "pupusas", "des pupusas", "les pupusas"), _dish("poutine", "poutine", "de la poutine", "la poutine"),
    _dish("tourtière", "tourtière", "de la tourtière", "la tourtière"), _dish("butter tarts", "tartes au beurre", "des tartes au beurre", "les tartes au beurre"),
]
