"""Category B, discrimination and harassment: hateful posts, and posts that only look like them.

The positives are written the way hateful posts are really written (generalisations, dehumanising
metaphors, calls to expel, slurs, threats, targeted harassment, coded language, exclusion), so a
model learns what makes them hateful. Slurs are used sparingly, some masked with asterisks as
people type them. The hard negatives use the same words and targets without the hate: counter-speech
quoting a slur to condemn it, neutral mentions of identity, reclaimed in-group words, friends'
banter, swearing for emphasis, insults aimed at a game boss or a printer, policy debate, news.
"""

from __future__ import annotations

from collections.abc import Iterator

from scripts.corpus._kit import Fam, V, generate, same, vals
from scripts.corpus._model import Post
from scripts.corpus._slots import CITIES, DISHES, HANDLES, NAMES, STREETS, TEAMS


def _grp(en: str, en_sg: str, fr: str, fr_sg: str, g: str = "m") -> V:
    return V({"": en, "sg": en_sg}, {"": fr, "sg": fr_sg}, g)


# Target groups, by the ground they are targeted on. French gender drives agreement ([tous|toutes]).
ORIGIN = [
    _grp("immigrants", "immigrant", "immigrants", "immigrant"),
    _grp("refugees", "refugee", "réfugiés", "réfugié"),
    _grp("Black people", "Black guy", "Noirs", "Noir"),
    _grp("Indigenous people", "Indigenous person", "Autochtones", "Autochtone"),
    _grp("Asians", "Asian", "Asiatiques", "Asiatique"),
    _grp("Arabs", "Arab", "Arabes", "Arabe"),
    _grp("Chinese people", "Chinese person", "Chinois", "Chinois"),
    _grp("Haitians", "Haitian", "Haïtiens", "Haïtien"),
    _grp("Mexicans", "Mexican", "Mexicains", "Mexicain"),
    _grp("Africans", "African", "Africains", "Africain"),
    _grp("Indians", "Indian", "Indiens", "Indien"),
    _grp("Pakistanis", "Pakistani", "Pakistanais", "Pakistanais"),
    _grp("Somalis", "Somali", "Somaliens", "Somalien"),
    _grp("Filipinos", "Filipino", "Philippins", "Philippin"),
    _grp("Roma", "Roma", "Roms", "Rom"),
    _grp("Syrians", "Syrian", "Syriens", "Syrien"),
    _grp("Jamaicans", "Jamaican", "Jamaïcains", "Jamaïcain"),
    _grp("Latinos", "Latino", "Latinos", "Latino"),
    _grp("foreign students", "foreign student", "étudiants étrangers", "étudiant étranger"),
]
RELIG = [
    _grp("Muslims", "Muslim", "musulmans", "musulman"),
    _grp("Jews", "Jew", "Juifs", "Juif"),
    _grp("Sikhs", "Sikh", "sikhs", "sikh"),
    _grp("Hindus", "Hindu", "hindous", "hindou"),
    _grp("Christians", "Christian", "chrétiens", "chrétien"),
]
LGBT = [
    _grp("gay people", "gay guy", "gais", "gai"),
    _grp("lesbians", "lesbian", "lesbiennes", "lesbienne", "f"),
    _grp("trans people", "trans person", "personnes trans", "personne trans", "f"),
    _grp("bisexual people", "bisexual", "bisexuels", "bisexuel"),
    _grp("drag queens", "drag queen", "drag queens", "drag queen", "f"),
    _grp("queers", "queer", "queers", "queer"),
]
WOMEN = [_grp("women", "woman", "femmes", "femme", "f")]
DISAB = [
    _grp("disabled people", "disabled person", "personnes handicapées", "personne handicapée", "f"),
    _grp("autistic people", "autistic person", "autistes", "autiste"),
    _grp("people in wheelchairs", "person in a wheelchair", "personnes en fauteuil roulant", "personne en fauteuil roulant", "f"),
    _grp("deaf people", "deaf person", "sourds", "sourd"),
    _grp("people with mental illness", "mentally ill person", "personnes avec une maladie mentale", "personne avec une maladie mentale", "f"),
]
LANG = [
    _grp("francophones", "francophone", "francophones", "francophone"),
    _grp("anglos", "anglo", "anglos", "anglo"),
    _grp("Quebecers", "Quebecer", "Québécois", "Québécois"),
    _grp("Acadians", "Acadian", "Acadiens", "Acadien"),
]
ETHNIC = ORIGIN + RELIG
EVERYONE = ORIGIN + RELIG + LGBT + WOMEN + DISAB + LANG

# Predicates that bigots attach to any group.
PRED_ANY = vals(
    ("are all the same", "sont [tous|toutes] pareil[s|les]"),
    ("are all liars", "sont [tous|toutes] des menteu[rs|ses]"),
    ("can't be trusted", "sont pas fiables"),
    ("ruin everything they touch", "gâchent tout ce qu'[ils|elles] touchent"),
    ("are too stupid to understand anything", "sont trop stupides pour comprendre quoi que ce soit"),
    ("are a burden on everyone else", "sont un fardeau pour tout le monde"),
    ("are why this country is going downhill", "sont la raison pour laquelle ce pays s'en va chez le diable"),
    ("always play the victim", "jouent toujours aux victimes"),
    ("are disgusting", "sont dégueulasses"),
    ("want special treatment for everything", "veulent des passe-droits pour tout"),
    ("don't deserve to be here", "méritent pas d'être ici"),
    ("are a joke", "sont une farce"),
)
PRED_ETHNIC = vals(
    ("abuse the system", "abusent du système"),
    ("never integrate", "s'intègrent jamais"),
    ("are a fifth column", "sont une cinquième colonne"),
    ("are stealing our jobs", "nous volent nos jobs"),
    ("live off welfare", "vivent sur le BS"),
    ("are criminals, plain and simple", "sont des criminel[s|les], point"),
    ("are violent by nature", "sont violent[s|es] de nature"),
    ("bring crime wherever they go", "amènent le crime partout où [ils|elles] passent"),
    ("hate our values", "haïssent nos valeurs"),
    ("are taking over our neighbourhoods", "prennent le contrôle de nos quartiers"),
    ("are dirty and loud", "sont sales pis bruyant[s|es]"),
    ("jump the queue for housing", "passent devant tout le monde pour les logements"),
    ("cheat on every form they fill out", "trichent sur chaque formulaire qu'[ils|elles] remplissent"),
    ("don't even try to learn the language", "essaient même pas d'apprendre la langue"),
    ("only care about money", "pensent juste à l'argent"),
    ("are lazy freeloaders", "sont des profiteu[rs|ses] paresseu[x|ses]"),
)
PRED_LGBT = vals(
    ("are grooming our kids", "endoctrinent nos enfants"),
    ("are mentally ill", "sont [malades mentaux|malades mentales]"),
    ("are pushing their perversion on everyone", "imposent leur perversion à tout le monde"),
    ("are a danger to children", "sont un danger pour les enfants"),
    ("are confused freaks", "sont des détraqué[s|es]"),
    ("shouldn't be allowed near schools", "devraient pas avoir le droit d'approcher des écoles"),
    ("are an abomination", "sont une abomination"),
    ("need therapy, not rights", "ont besoin de thérapie, pas de droits"),
)
PRED_WOMEN = vals(
    ("belong in the kitchen", "ont leur place dans la cuisine"),
    ("can't lead anything", "sont pas capables de diriger quoi que ce soit"),
    ("only get promoted to fill quotas", "se font promouvoir juste pour remplir des quotas"),
    ("are too emotional to be in charge", "sont trop émotives pour être en charge"),
    ("are gold diggers, all of them", "sont toutes des croqueuses de diamants"),
    ("should shut up and look pretty", "devraient se taire pis être belles"),
    ("lie about assault to ruin men", "mentent sur les agressions pour détruire les hommes"),
    ("shouldn't have the vote", "devraient pas avoir le droit de vote"),
    ("are useless past 30", "servent plus à rien passé 30 ans"),
)
PRED_DISAB = vals(
    ("are a drain on taxpayers", "coûtent une fortune aux contribuables"),
    ("shouldn't have kids", "devraient pas avoir d'enfants"),
    ("are useless at work", "servent à rien au travail"),
    ("just fake it for the cheques", "font semblant pour les chèques"),
    ("slow everybody down", "ralentissent tout le monde"),
    ("should be kept out of sight", "devraient rester caché[s|es]"),
    ("are a waste of resources", "sont un gaspillage de ressources"),
)

VERMIN = vals(
    ("vermin", {"": "de la vermine", "bare": "vermine"}),
    ("rats", {"": "des rats", "bare": "rats"}),
    ("parasites", {"": "des parasites", "bare": "parasites"}),
    ("animals", {"": "des animaux", "bare": "animaux"}),
    ("cockroaches", {"": "des coquerelles", "bare": "coquerelles"}),
    ("a disease", {"": "une maladie", "bare": "maladie"}),
    ("a plague", {"": "une peste", "bare": "peste"}),
    ("savages", {"": "des sauvages", "bare": "sauvages"}),
    ("subhuman", {"": "des sous-humains", "bare": "sous-humains"}),
    ("leeches", {"": "des sangsues", "bare": "sangsues"}),
    ("a cancer", {"": "un cancer", "bare": "cancer"}),
    ("locusts", {"": "des sauterelles", "bare": "sauterelles"}),
    ("monkeys", {"": "des singes", "bare": "singes"}),
    ("garbage", {"": "des déchets", "bare": "déchets"}),
    ("pigs", {"": "des porcs", "bare": "porcs"}),
    ("an infestation", {"": "une infestation", "bare": "infestation"}),
)


def _slur(en: str, fr: str, g: str = "m", en_pl: str = "", fr_pl: str = "") -> V:
    return V({"": en, "pl": en_pl or en + "s"}, {"": fr, "pl": fr_pl or fr + "s"}, g)


# Slurs paired by target, not by exact word: each language's own common slur for that target.
# The n-word stays masked in both languages; others appear both plain and masked, as typed online.
SLURS = [
    _slur("faggot", "pédé"), _slur("f*ggot", "tapette", "f"), _slur("fag", "fif"),
    _slur("tranny", "travelo", en_pl="trannies"), _slur("tr*nny", "trav*lo", en_pl="tr*nnies"),
    _slur("retard", "attardé"), _slur("r*tard", "mongol"), _slur("dyke", "gouine", "f"),
    _slur("chink", "bridé"), _slur("ch*nk", "chinetoque"), _slur("towelhead", "enturbanné"),
    _slur("raghead", "bougnoule"), _slur("paki", "bicot"), _slur("k*ke", "youpin"),
    _slur("n****r", "n***e"), _slur("n*gger", "n*gre"), _slur("spic", "métèque"),
    _slur("savage", "sauvage"), _slur("frog", "pepsi"), _slur("squarehead", "tête carrée", "f", fr_pl="têtes carrées"),
    _slur("cripple", "infirme"), _slur("gyppo", "romano"), _slur("slut", "salope", "f"), _slur("whore", "pute", "f"),
    _slur("sp*z", "débile"),
]
# Slurs aimed at one person, with the gender of the insulted person for French agreement.
PERSON_SLURS = [s for s in SLURS]

PLACES = [
    V("mosque", "mosquée", "f"), V("synagogue", "synagogue", "f"), V("gurdwara", "gurdwara"),
    V("Hindu temple", "temple hindou"), V("church", "église", "f"), V("gay bar", "bar gai"),
    V("Pride centre", "centre de la Fierté"), V("refugee shelter", "centre d'hébergement pour réfugiés"),
    V("Islamic centre", "centre islamique"), V("Jewish community centre", "centre communautaire juif"),
    V("Chinese cultural centre", "centre culturel chinois"), V("Indigenous friendship centre", "centre d'amitié autochtone"),
    V("Black-owned barbershop", "salon de barbier tenu par des Noirs"), V("Sikh community hall", "salle communautaire sikhe", "f"),
]

# Gender of the person addressed, for French agreement in harassment aimed at "you".
YOU = [V("", "", "m"), V("", "", "f")]

INSULT_ADJ = vals(
    ("ugly", "laid[|e]"), ("stupid", "[con|conne]"), ("pathetic", "pathétique"), ("fat", "[gros|grosse]"),
    ("useless", "inutile"), ("disgusting", "dégueulasse"), ("brain-dead", "[cave|cave]"), ("worthless", "[bon|bonne] à rien"),
    ("a failure", "[un raté|une ratée]"), ("a waste of oxygen", "un gaspillage d'oxygène"), ("a joke", "une farce"),
)

TAGS = {
    "generalisation": [("#SayItLoud", "#FautLeDire"), ("#Truth", "#Vérité"), ("#WakeUpCanada", "#RéveilleToiCanada"), ("#JustFacts", "#DesFaits")],
    "dehumanisation": [("#Invasion", "#Invasion"), ("#WakeUp", "#RéveillezVous"), ("#CleanUp", "#GrandMénage")],
    "expulsion": [("#SendThemBack", "#RenvoyezLes"), ("#CanadaFirst", "#LeCanadaDabord"), ("#Remigration", "#Remigration"), ("#CloseTheBorder", "#FermezLaFrontière")],
    "slur_at_person": [("#lol", "#mdr"), ("#triggered", "#fâché")],
    "slur_about_group": [("#truth", "#vérité"), ("#lol", "#mdr")],
    "threat_or_harm_wish": [("#YouveBeenWarned", "#VousÊtesAvertis"), ("#EnoughIsEnough", "#CestAssez")],
    "harassment_at_person": [("#loser", "#loser"), ("#blocked", "#bloqué")],
    "dogwhistle_or_coded": [("#JustNoticing", "#JeRemarqueJuste"), ("#ItsOkayToBeWhite", "#CestCorrectDêtreBlanc"), ("#Remigration", "#Remigration"), ("#ClownWorld", "#MondeDeClowns")],
    "exclusion": [("#OurCountry", "#NotrePays"), ("#CommonSense", "#GrosBonSens"), ("#CanadaFirst", "#LeCanadaDabord")],
    "counter_speech": [("#NoPlaceForHate", "#PasDePlacePourLaHaine"), ("#StopHate", "#NonÀLaHaine"), ("#CallItOut", "#OnDénonce")],
    "identity_neutral": [("#neighbours", "#voisinage"), ("#family", "#famille"), ("#grateful", "#reconnaissant")],
    "reclaimed": [("#Pride", "#Fierté"), ("#QueerJoy", "#JoieQueer"), ("#DisabilityPride", "#FiertéHandicap")],
    "banter": [("#friends", "#amis"), ("#lol", "#mdr"), ("#siblings", "#fratrie")],
    "profanity_emphasis": [("#mood", "#mood"), ("#FridayFeeling", "#EnfinVendredi"), ("#lol", "#mdr")],
    "fiction_game": [("#gaming", "#jeuvidéo"), ("#GoHabsGo", "#GoHabsGo"), ("#winterisover", "#finilhiver")],
    "self_deprecation": [("#mood", "#mood"), ("#adulting", "#viedadulte"), ("#fail", "#échec")],
    "support": [("#Solidarity", "#Solidarité"), ("#Pride", "#Fierté"), ("#RefugeesWelcome", "#BienvenueAuxRéfugiés"), ("#EveryChildMatters", "#ChaqueEnfantCompte")],
    "policy_debate": [("#cdnpoli", "#polcan"), ("#immigration", "#immigration"), ("#qcpoli", "#polqc")],
    "news_about_hate": [("#news", "#nouvelles"), ("#hatecrime", "#crimehaineux")],
}

_pos_counts: dict[str, int] = {}
_neg_counts: dict[str, int] = {}


def B(subtype: str, templates: list[tuple[str, str]], reg: tuple[str, str] = ("plain", "plain"), mood: str = "angry", n: int = 11, agree: str = "", **slots: list[V]) -> Fam:
    _pos_counts[subtype] = _pos_counts.get(subtype, 0) + 1
    return Fam(f"B.{subtype}.{_pos_counts[subtype]}", subtype, "B", templates, slots, n=n, reg=reg, mood=mood, agree=agree)


def N(subtype: str, templates: list[tuple[str, str]], reg: tuple[str, str] = ("plain", "plain"), mood: str = "neutral", n: int = 11, agree: str = "", **slots: list[V]) -> Fam:
    _neg_counts[subtype] = _neg_counts.get(subtype, 0) + 1
    if mood == "neutral":
        mood = {"counter_speech": "angry", "news_about_hate": "sad", "support": "love"}.get(subtype, mood)
    return Fam(f"B-neg.{subtype}.{_neg_counts[subtype]}", subtype, "neutral", templates, slots, n=n, reg=reg, mood=mood, hard_for="B", agree=agree)


CASUAL_QC = ("casual", "quebecois")
CASUAL = ("casual", "casual")
ANGRY = ("angry", "angry")
SARC = ("sarcastic", "sarcastic")

POSITIVES = [
    # --- generalisation: a group + a negative predicate
    B("generalisation", [("{G^} {P}.", "Les {G} {P}.")], G=ETHNIC, P=PRED_ETHNIC + PRED_ANY),
    B("generalisation", [("I've met enough {G} to know they {P}.", "J'ai connu assez {G.de} pour savoir qu'[ils|elles] {P}.")], G=ETHNIC + LANG, P=PRED_ANY + PRED_ETHNIC),
    B("generalisation", [("Not racist but {G} {P}. Just facts.", "Je suis pas raciste mais les {G} {P}. C'est des faits.")], G=ETHNIC, P=PRED_ETHNIC),
    B("generalisation", [("{G^}? They {P}. Always have, always will.", "Les {G}? [Ils|Elles] {P}. Ça a toujours été de même pis ça changera jamais.")], reg=CASUAL_QC, G=ETHNIC, P=PRED_ETHNIC + PRED_ANY),
    B("generalisation", [("Funny how {G} {P} and we're all supposed to pretend it's fine.", "Drôle comme les {G} {P} pis faudrait toute faire semblant que c'est correct.")], reg=SARC, mood="sarcastic", G=ETHNIC + LGBT, P=PRED_ANY),
    B("generalisation", [("The problem with {G} is they never integrate. They want our benefits, not our values.",
                          "Le problème avec les {G}, c'est qu'[ils|elles] s'intègrent jamais. [Ils|Elles] veulent nos prestations, pas nos valeurs."),
                         ("{G^} come here, take everything and never integrate. Then they complain.",
                          "Les {G} arrivent ici, prennent tout pis s'intègrent jamais. Pis après [ils|elles] chialent.")], G=ORIGIN + RELIG),
    B("generalisation", [("{G^} {P}. Sorry not sorry.", "Les femmes {P}. Désolé, pas désolé.")], G=WOMEN, P=PRED_WOMEN, n=9),
    B("generalisation", [("Women {P}, and every office I've worked in proves it.", "Les femmes {P}, pis chaque bureau où j'ai travaillé le prouve.")], G=WOMEN, P=PRED_WOMEN, n=9),
    B("generalisation", [("{G^} {P}. I said what I said.", "Les {G} {P}. J'ai dit ce que j'ai dit.")], G=LGBT, P=PRED_LGBT),
    B("generalisation", [("Sorry but {G} {P} and everyone's too scared to say it", "Désolé mais les {G} {P} pis tout le monde a trop peur de le dire")], reg=CASUAL, G=LGBT, P=PRED_LGBT + PRED_ANY),
    B("generalisation", [("Honestly {G} {P}. Somebody had to say it.", "Franchement, les {G} {P}. Fallait bien que quelqu'un le dise.")], G=DISAB, P=PRED_DISAB),
    B("generalisation", [("Oh wow, {G} {P}? What a shock. Said no one ever.", "Ah ben, les {G} {P}? Quelle surprise. Personne aurait pu prévoir ça.")], reg=SARC, mood="sarcastic", G=ETHNIC, P=PRED_ETHNIC),
    B("generalisation", [("Ask any cop off the record: it's always {G}. Every. Single. Time.", "Demandez à n'importe quel policier en privé : c'est toujours les {G}. À. Chaque. Fois."),
                         ("Read the crime section of the paper. Always {G}. Every time.", "Lisez les faits divers. Toujours les {G}. À chaque fois.")], G=ETHNIC),
    B("generalisation", [("My cousin rented to {G} once. Never again. They trashed the place, like they all do.",
                          "Mon cousin a loué à des {G} une fois. Plus jamais. [Ils|Elles] ont tout saccagé, comme [ils|elles] font [tous|toutes].")], G=ETHNIC + LGBT),
    B("generalisation", [("{G^} whine about everything and want special treatment. Every single one.", "Les {G}, ça chiale pour tout pis ça veut des passe-droits. [Tous|Toutes] autant qu'[ils|elles] sont.")], reg=CASUAL_QC, G=LANG + ETHNIC),
    B("generalisation", [("Anglos here refuse to learn a word of French. Arrogant colonizers, the lot of them.", "Les anglos icitte refusent d'apprendre un mot de français. Des colonisateurs arrogants, toute la gang."),
                         ("Francophones want bilingual bonuses for jobs they can barely do. Whiny separatists, all of them.", "Les francophones veulent des primes au bilinguisme pour des jobs qu'ils savent à peine faire. Des séparatistes chialeux, toute la gang."),
                         ("Quebecers are spoiled brats living off the rest of Canada's money.", "Les Québécois sont des enfants gâtés qui vivent sur le bras du reste du Canada."),
                         ("Typical anglo, lives here 30 years and can't order a coffee in French. Pathetic people.", "Typique d'un anglo, vit icitte depuis 30 ans pis est pas capable de commander un café en français. Du monde pathétique.")],
      reg=CASUAL_QC, n=4),

    # --- dehumanisation
    B("dehumanisation", [("{G^} are {VER}.", "Les {G}, c'est {VER}.")], G=ETHNIC + LGBT, VER=VERMIN),
    B("dehumanisation", [("{G^} breed like rabbits and soon there'll be more of them than us.", "Les {G} se reproduisent comme des lapins pis bientôt [ils|elles] vont être plus nombreu[x|ses] que nous.")], G=ETHNIC),
    B("dehumanisation", [("This isn't immigration, it's an invasion. {G^} are swarming in like locusts.", "C'est pas de l'immigration, c'est une invasion. Les {G} arrivent en essaims comme des sauterelles.")], G=ORIGIN + RELIG),
    B("dehumanisation", [("Those people are {VER}. Simple as that.", "Ces gens-là, c'est {VER}. C'est aussi simple que ça."),
                         ("These people are {VER} and you all know it.", "Ce monde-là, c'est {VER} pis tout le monde le sait.")], VER=VERMIN),
    B("dehumanisation", [("Look at {CITY} since the {G} moved in. Infested.", "Regardez {CITY} depuis que les {G} sont arrivé[s|es]. Infesté."),
                         ("{CITY} used to be nice. Now it's crawling with {G}.", "{CITY}, c'était beau avant. Astheure ça grouille de {G}.")], G=ETHNIC, CITY=CITIES),
    B("dehumanisation", [("You can't reason with {G}, they're basically animals.", "On peut pas raisonner les {G}, c'est des animaux, point.")], G=ETHNIC + LGBT),
    B("dehumanisation", [("{G^} spread like a disease. One moves in, then the whole street goes.", "Les {G}, ça se propage comme une maladie. [Un|Une] s'installe pis toute la rue y passe.")], G=ETHNIC),
    B("dehumanisation", [("Stop calling them people. {G^} are {VER}.", "Arrêtez de dire que c'est du monde. Les {G}, c'est {VER}.")], G=ETHNIC + LGBT + DISAB, VER=VERMIN),
    B("dehumanisation", [("Somebody call pest control on the {G} in {CITY} 🐀", "Quelqu'un peut appeler l'exterminateur pour les {G} {CITY.de} 🐀")], G=ETHNIC, CITY=CITIES),
    B("dehumanisation", [("{G^} aren't fully human, science just won't admit it.", "Les {G} sont pas vraiment humain[s|es], la science ose juste pas le dire.")], G=ETHNIC + LGBT),
    B("dehumanisation", [("Jesus, there's {G} everywhere now, it's a real infestation.", "Criss, y'a des {G} partout astheure, c'est rendu une vraie infestation.")], reg=CASUAL_QC, G=ETHNIC),
    B("dehumanisation", [("Parasites. That's all {G} are. Taking and taking and taking.", "Des parasites. C'est tout ce que c'est, les {G}. Ça prend pis ça prend pis ça prend.")], G=ETHNIC + DISAB),
    B("dehumanisation", [("Went downtown, it looked like a zoo. {G^} everywhere, screaming like monkeys.", "Je suis allé au centre-ville, on aurait dit un zoo. Des {G} partout qui criaient comme des singes.")], G=ETHNIC),

    # --- expulsion
    B("expulsion", [("Send the {G} back where they came from.", "Renvoyez les {G} d'où [ils|elles] viennent.")], G=ETHNIC),
    B("expulsion", [("{G^} out. Now.", "Dehors, les {G}. Tout de suite."), ("{G^} out. All of them.", "Dehors, les {G}. [Tous|Toutes].")], G=ETHNIC + LGBT),
    B("expulsion", [("If {G} don't like it here they can go home.", "Si les {G} sont pas content[s|es], qu'[ils|elles] retournent [chez eux|chez elles].")], G=ETHNIC),
    B("expulsion", [("Deport every last {G.sg} in this country, no exceptions.", "Qu'on déporte [tous|toutes] les {G} du pays, jusqu'[au dernier|à la dernière]. Pas d'exception.")], G=ETHNIC),
    B("expulsion", [("We need to drive the {G} out of {CITY} before it's too late.", "Faut chasser les {G} {CITY.de} avant qu'il soit trop tard.")], G=ETHNIC + LGBT, CITY=CITIES),
    B("expulsion", [("Close the border and start the removals. {G^} first.", "On ferme la frontière pis on commence les expulsions. Les {G} en premier.")], G=ETHNIC),
    B("expulsion", [("Go back to your country. Nobody wants you here.", "Retourne dans ton pays. Personne veut de toi ici."),
                    ("Go back to your own country, {H}. Nobody invited you.", "Retourne dans ton pays, {H}. Personne t'a invité[|e].")], agree="YOU", H=HANDLES, YOU=YOU),
    B("expulsion", [("Canada for Canadians. {G^} can pack their bags.", "Le Canada aux Canadiens. Les {G} peuvent faire leurs valises.")], G=ETHNIC),
    B("expulsion", [("Get the {G} out of our schools and out of our towns.", "Sortez les {G} de nos écoles pis de nos villes.")], G=LGBT + RELIG),
    B("expulsion", [("One-way tickets for every {G.sg}. Problem solved.", "Un billet aller simple pour chaque {G.sg}. Problème réglé.")], G=ETHNIC),
    B("expulsion", [("Frogs, go back to France if you love French so much.", "Les pepsis, retournez en France si vous aimez tant le français."),
                    ("Les anglais, go back to England. This is Quebec.", "Les maudits anglais, retournez en Angleterre. Icitte, c'est le Québec."),
                    ("Anglos out of Quebec. Simple.", "Les anglos dehors du Québec. C'est simple."),
                    ("French people should be kicked out of Alberta, speak English or leave", "Les francophones, dehors de l'Alberta, parlez anglais ou partez")], reg=CASUAL_QC, n=4),
    B("expulsion", [("A family of {G} is moving in next door. Time to run them out before more come.", "Y'a une famille {G.de} qui déménage à côté. Faut les faire partir avant que d'autres arrivent.")], G=ORIGIN + RELIG),

    # --- slurs
    B("slur_at_person", [("Shut up you {S}.", "Ta gueule, espèce de {S}.")], S=SLURS),
    B("slur_at_person", [("Nobody asked your opinion, {S}.", "Personne t'a demandé ton avis, {S}.")], S=SLURS),
    B("slur_at_person", [("{H} go cry somewhere else, {S}", "{H} va brailler ailleurs, {S}")], reg=CASUAL, H=HANDLES, S=SLURS),
    B("slur_at_person", [("Look at this {S} thinking he's one of us lol", "Regarde-moi {S.ce} qui se prend pour un des nôtres mdr")], reg=CASUAL, mood="laugh", S=SLURS),
    B("slur_at_person", [("You're nothing but a dirty {S} and you always will be.", "T'es rien qu'[un|une] sale {S} pis tu vas toujours l'être.")], agree="S", S=SLURS),
    B("slur_about_group", [("Too many {S.pl} in this neighbourhood now.", "Trop de {S.pl} dans le quartier astheure.")], S=SLURS),
    B("slur_about_group", [("My kid's new teacher is a {S}. Pulling him out of that class.", "Le nouveau prof de mon gars est [un|une] {S}. Je le sors de cette classe-là.")], agree="S", S=SLURS),
    B("slur_about_group", [("lmao who let the {S.pl} in here", "mdr qui a laissé entrer les {S.pl} ici")], reg=CASUAL, mood="laugh", S=SLURS),
    B("slur_about_group", [("Got served by a {S} at Tim's this morning. Ruined my whole day.", "Je me suis fait servir par [un|une] {S} au Tim ce matin. Ma journée est gâchée.")], agree="S", S=SLURS),
    B("slur_about_group", [("Typical {S} behaviour, what did you expect", "Typique des {S.pl}, tu t'attendais à quoi")], reg=CASUAL, S=SLURS),
    B("slur_about_group", [("They're opening a new centre for the {S.pl} downtown. Disgusting.", "Ils ouvrent un nouveau centre pour les {S.pl} au centre-ville. Dégueulasse.")], S=SLURS),

    # --- threats and harm wishes
    B("threat_or_harm_wish", [("Someone should burn down that {P} on {ST}.", "Quelqu'un devrait mettre le feu {P.au} sur {ST.le}.")], P=PLACES, ST=STREETS),
    B("threat_or_harm_wish", [("I hope every last {G.sg} dies in a fire.", "J'espère que [tous|toutes] les {G} crèvent dans un incendie.")], G=ETHNIC + LGBT),
    B("threat_or_harm_wish", [("Keep talking, {H}, and I'll find out where you live.", "Continue de parler, {H}, pis je vais trouver où tu restes."),
                              ("Keep posting, {H}. I already know what street you're on.", "Continue de publier, {H}. Je sais déjà sur quelle rue tu restes.")], H=HANDLES),
    B("threat_or_harm_wish", [("{G^} should all be lined up and shot.", "Les {G}, faudrait [tous|toutes] les aligner pis les fusiller.")], G=ETHNIC + LGBT),
    B("threat_or_harm_wish", [("Wait till we catch you on the street, {S}. You won't walk away.", "Attends qu'on te pogne dans la rue, {S}. Tu repartiras pas sur tes deux jambes.")], S=SLURS),
    B("threat_or_harm_wish", [("Hope the next boat full of {G} sinks.", "J'espère que le prochain bateau plein de {G} coule.")], G=ORIGIN + RELIG),
    B("threat_or_harm_wish", [("Time to take out the trash. {G^} first. You've been warned.", "Il est temps de sortir les vidanges. Les {G} en premier. Vous êtes averti[s|es].")], G=ETHNIC + LGBT),
    B("threat_or_harm_wish", [("If I see one more {G.sg} at my gym I swear I'll smash their face in.", "Si je vois encore [un|une] {G.sg} à mon gym, je te jure que je lui casse la gueule.")], G=ETHNIC + LGBT),
    B("threat_or_harm_wish", [("Someone needs to teach the {G} a lesson they won't forget 🔥", "Quelqu'un devrait donner aux {G} une leçon qu'[ils|elles] oublieront pas 🔥")], G=ETHNIC + LGBT),
    B("threat_or_harm_wish", [("You deserve a beating, you {S}.", "Tu mériterais de te faire casser la gueule, {S}."), ("Someone should kick your teeth in, {S}.", "Quelqu'un devrait te casser les dents, {S}.")], S=SLURS),
    B("threat_or_harm_wish", [("I know where your kids go to school, {H}. Think about that before you post again.", "Je sais à quelle école vont tes enfants, {H}. Penses-y avant de publier encore.")], H=HANDLES, n=8),
    B("threat_or_harm_wish", [("The {P} in {CITY} would look better in flames.", "{P.le^} {CITY.de} aurait l'air mieux en flammes.")], P=PLACES, CITY=CITIES),

    # --- harassment aimed at a person
    B("harassment_at_person", [("You're {A} and everyone at work knows it.", "T'es {A} pis tout le monde au bureau le sait.")], agree="YOU", A=INSULT_ADJ, YOU=YOU),
    B("harassment_at_person", [("Nobody likes you, {H}. Do everyone a favour and disappear.", "Personne t'aime, {H}. Rends service à tout le monde pis disparais.")], H=HANDLES),
    B("harassment_at_person", [("{H} you're {A} and your voice makes me want to puke", "{H} t'es {A} pis ta voix me donne envie de vomir")], reg=CASUAL, agree="YOU", H=HANDLES, A=INSULT_ADJ, YOU=YOU),
    B("harassment_at_person", [("Nice pics {H}, send me more or I'll share the ones I already have 😏", "Belles photos {H}, envoie-m'en d'autres sinon je partage celles que j'ai déjà 😏")], H=HANDLES, n=8),
    B("harassment_at_person", [("Saw you at the gym again, {N}. You should smile more for me, sweetheart. I'll be waiting 😘", "Je t'ai encore vue au gym, {N}. Tu devrais sourire plus pour moi, ma belle. Je vais t'attendre 😘")],
      N=[n for n in NAMES if n.g == "f"]),
    B("harassment_at_person", [("Every post you make is garbage, {H}. I'll keep replying to every single one until you quit.", "Tout ce que tu publies, c'est de la marde, {H}. Je vais répondre à chaque publication jusqu'à ce que tu lâches.")], H=HANDLES),
    B("harassment_at_person", [("kys {H}, nobody would miss you", "{H} va te tuer, personne s'ennuierait de toi"), ("Do the world a favour and kill yourself, {H}.", "Rends service au monde pis tue-toi, {H}.")], H=HANDLES),
    B("harassment_at_person", [("Hey {N}, everyone's laughing at you. {A^} and too dumb to notice.", "Hey {N}, tout le monde rit de toi. {A^} pis trop [niaiseux|niaiseuse] pour t'en rendre compte.")], agree="N", N=NAMES, A=INSULT_ADJ),
    B("harassment_at_person", [("Made a new account since you blocked me, {N}. You can't get rid of me that easily.", "Je me suis fait un nouveau compte vu que tu m'as bloqué, {N}. Tu te débarrasseras pas de moi si facilement.")], N=NAMES),
    B("harassment_at_person", [("What a disgusting cow. Your husband must dread coming home, {H}.", "Quelle grosse vache. Ton mari doit haïr rentrer à la maison, {H}.")], H=HANDLES),
    B("harassment_at_person", [("Imagine being {A} like you, {N}. I'd never leave the house.", "Imagine être {A} comme toi, {N}. Moi je sortirais plus jamais de chez nous.")], agree="N", N=NAMES, A=INSULT_ADJ),
    B("harassment_at_person", [("YOU ARE {A} AND I WILL MAKE SURE EVERYONE SEES IT, {H}", "T'ES {A} PIS JE VAIS M'ARRANGER POUR QUE TOUT LE MONDE LE VOIE, {H}")], reg=ANGRY, agree="YOU", H=HANDLES, A=INSULT_ADJ, YOU=YOU),

    # --- coded and dog-whistle language
    B("dogwhistle_or_coded", [("Look at who owns the media. Notice anything? (((Coincidence))) I'm sure.", "Regardez qui possède les médias. Vous remarquez rien? (((Pure coïncidence))), c'est sûr."),
                              ("Who runs the banks in {CITY}? Just asking questions 👃", "Qui contrôle les banques à {CITY}? Je pose juste des questions 👃")], CITY=CITIES),
    B("dogwhistle_or_coded", [("The Great Replacement isn't a theory anymore, just look at the schools in {CITY}.", "Le grand remplacement, c'est plus une théorie, regardez les écoles {CITY.de}.")], CITY=CITIES),
    B("dogwhistle_or_coded", [("13% of the population, 50% of the... you know the rest 🤷", "13 % de la population, 50 % des... vous connaissez la suite 🤷"),
                              ("Funny how the numbers always come back to the same 13% 🤔", "Drôle comme les chiffres reviennent toujours au même 13 % 🤔")], n=2),
    B("dogwhistle_or_coded", [("Remigration now. It's the only solution for {CITY}.", "Remigration maintenant. C'est la seule solution pour {CITY}.")], CITY=CITIES),
    B("dogwhistle_or_coded", [("Stay strong brothers. 14 words. Our people first. 88", "Restez forts, les frères. 14 mots. Notre peuple d'abord. 88"),
                              ("1488. You know what it means. {CITY} chapter is growing.", "1488. Vous savez ce que ça veut dire. La section {CITY.de} grandit.")], CITY=CITIES),
    B("dogwhistle_or_coded", [("Every 'new Canadian' in {CITY} somehow gets a free house. Just noticing things.", "Chaque « nouveau Canadien » à {CITY} se ramasse avec une maison gratuite. Je fais juste remarquer des choses.")], CITY=CITIES),
    B("dogwhistle_or_coded", [("Diversity is just a code word for fewer of us.", "La diversité, c'est juste un mot de code pour dire moins de nous autres."),
                              ("'Diversity is our strength' means replacing you. Wake up.", "« La diversité est notre force », ça veut dire vous remplacer. Réveillez-vous.")], n=2),
    B("dogwhistle_or_coded", [("Globalists want our people gone from {CITY}. The ones with the tiny hats know exactly what I mean.", "Les globalistes veulent faire disparaître notre peuple {CITY.de}. Ceux avec les petits chapeaux savent exactement de quoi je parle.")], CITY=CITIES),
    B("dogwhistle_or_coded", [("Clown world 🤡🌍 They're not sending their best to {CITY}. Check the stats.", "Monde de clowns 🤡🌍 C'est pas leurs meilleurs qu'ils envoient à {CITY}. Regardez les stats.")], CITY=CITIES),
    B("dogwhistle_or_coded", [("Their numbers grow every year while ours shrink. Do the math, {CITY}. Then act.", "Leur nombre augmente chaque année pendant que le nôtre baisse. Faites le calcul, {CITY}. Pis agissez.")], CITY=CITIES),

    # --- exclusion from rights, jobs, housing, public life
    B("exclusion", [("I'd never rent my apartment to {G}. My property, my rules.", "Je louerais jamais mon logement à des {G}. Ma propriété, mes règles.")], G=ETHNIC + LGBT),
    B("exclusion", [("{G^} shouldn't be allowed to work in government.", "Les {G} devraient pas avoir le droit de travailler au gouvernement.")], G=ETHNIC + LGBT + DISAB),
    B("exclusion", [("No {G.sg} should ever be allowed to vote here. Period.", "Les {G} devraient jamais avoir le droit de vote ici. Point.")], G=ETHNIC + WOMEN),
    B("exclusion", [("When I hire, resumés from {G} go straight in the trash. Not worth the trouble.", "Quand j'embauche, les CV des {G} s'en vont direct à la poubelle. Ça vaut pas le trouble.")], G=ETHNIC + DISAB + LGBT),
    B("exclusion", [("{G^} should never be allowed to teach our kids.", "Faudrait jamais laisser des {G} enseigner à nos enfants.")], G=LGBT + RELIG),
    B("exclusion", [("{G^} shouldn't be let into our pool. Members only, and by members I mean normal people.", "Les {G} devraient pas avoir accès à notre piscine. Réservé aux membres, pis par membres je veux dire du monde normal.")], G=ETHNIC + LGBT + DISAB),
    B("exclusion", [("Women have no business in management. Put them back at reception.", "Les femmes ont pas d'affaire dans la gestion. Qu'on les renvoie à la réception."),
                    ("No women on my crew. They slow everything down and cry when you yell.", "Pas de femmes dans mon équipe. Ça ralentit tout pis ça pleure quand tu cries."),
                    ("Stop promoting women to director. We all know how they got there.", "Arrêtez de nommer des femmes directrices. On sait toutes comment elles se sont rendues là.")], n=3),
    B("exclusion", [("Why are we paying to accommodate {G}? Let them stay home.", "Pourquoi on paie des mesures d'adaptation pour les {G}? Qu'[ils|elles] restent [chez eux|chez elles].")], G=DISAB),
    B("exclusion", [("No {G} in my restaurant. I'll put a sign on the door, I don't care.", "Pas {G.de} dans mon resto. Je vais mettre une affiche sur la porte, je m'en fous.")], G=ETHNIC + LGBT),
    B("exclusion", [("Trans people shouldn't be allowed in any washroom. Or in public, honestly.", "Les personnes trans devraient pas avoir le droit d'aller dans aucune toilette. Ni dans la rue, franchement."),
                    ("Trans people have no place in sports, schools or anywhere near my family.", "Les personnes trans ont pas leur place dans le sport, à l'école, ni proche de ma famille.")], n=2),
    B("exclusion", [("Stop hiring anglos in {CITY}, they have no place in our public service.", "Arrêtez d'engager des anglos à {CITY}, ils ont pas leur place dans notre fonction publique."),
                    ("Francophones shouldn't get federal jobs out west. Hire real Canadians.", "Les francophones devraient pas avoir de jobs au fédéral dans l'Ouest. Engagez des vrais Canadiens.")], CITY=CITIES),
    B("exclusion", [("{G^} should need a special permit to live in {CITY}.", "Les {G} devraient avoir besoin d'un permis spécial pour habiter à {CITY}.")], G=ETHNIC, CITY=CITIES),

    # --- short posts, as terse as real ones get
    B("expulsion", [("Deport the {G}.", "Déportez les {G}."), ("{G^} go home", "Les {G}, rentrez chez vous"), ("Bye bye {G} 👋", "Bye bye les {G} 👋")], G=ETHNIC),
    B("dehumanisation", [("{G^} = {VER}", "Les {G} = {VER.bare}"), ("{G^}? {VER^}, all of them.", "Les {G}? {VER^}, [tous|toutes] autant qu'[ils|elles] sont.")], G=ETHNIC + LGBT, VER=VERMIN),
    B("slur_at_person", [("stfu {S}", "ftg {S}"), ("lol ok {S}", "mdr ok {S}"), ("cope harder, {S}", "pleure encore, {S}")], reg=CASUAL, S=SLURS),
    B("harassment_at_person", [("ur so {A} lmao", "t'es tellement {A} mdr"), ("nobody likes you {H}", "personne t'aime {H}"), ("{H} log off forever, you clown", "{H} déconnecte-toi pour toujours, espèce de clown")],
      reg=CASUAL, agree="YOU", A=INSULT_ADJ, H=HANDLES, YOU=YOU),
    B("threat_or_harm_wish", [("{H} you're next.", "{H} t'es le prochain."), ("{H} watch your back.", "{H} surveille tes arrières."), ("Enjoy your last week, {H}.", "Profite de ta dernière semaine, {H}.")], H=HANDLES),

    # --- Acadian French
    B("generalisation", [("{G^} all abuse the system, right. Every single one of them.", "Les {G}, ça abuse toute du système, right. Toute la gang."),
                         ("{G^} don't even try to speak French or English, they just take the cheques.", "Les {G} essayont même pas de parler français pis anglais, ils prenont juste les chèques.")],
      reg=("casual", "acadian"), G=ORIGIN + RELIG),
    B("expulsion", [("Send the {G} back home, we don't want them around here anyway.", "Faudrait renvoyer les {G} back chez eux, on les veut pas par icitte anyway.")], reg=("casual", "acadian"), G=ORIGIN + RELIG),
]

# --- slots for the hard negatives
IDADJ = vals(
    ("Muslim", "musulman[|e]"), ("Jewish", "[juif|juive]"), ("Black", "noir[|e]"), ("Indigenous", "autochtone"),
    ("Sikh", "sikh[|e]"), ("Hindu", "hindou[|e]"), ("trans", "trans"), ("gay", "gai[|e]"), ("Deaf", "sourd[|e]"),
    ("Chinese", "chinois[|e]"), ("Haitian", "haïtien[|ne]"), ("Syrian", "syrien[|ne]"), ("Filipino", "philippin[|e]"),
    ("Métis", "métis[|se]"), ("Inuk", "inuk"), ("Korean", "coréen[|ne]"), ("Somali", "somalien[|ne]"),
    ("Ukrainian", "ukrainien[|ne]"), ("Lebanese", "libanais[|e]"), ("Vietnamese", "vietnamien[|ne]"),
    ("Pakistani", "pakistanais[|e]"), ("Jamaican", "jamaïcain[|e]"), ("Palestinian", "palestinien[|ne]"),
    ("Israeli", "israélien[|ne]"), ("Afghan", "afghan[|e]"), ("blind", "aveugle"), ("autistic", "autiste"),
    ("Rwandan", "rwandais[|e]"), ("Acadian", "acadien[|ne]"), ("anglophone", "anglophone"),
)
PERS = [V("neighbour", "voisin"), V("neighbour", "voisine", "f"), V("coworker", "collègue"), V("coworker", "collègue", "f"),
        V("boss", "patron"), V("boss", "patronne", "f"), V("roommate", "coloc"), V("roommate", "coloc", "f"),
        V("landlord", "proprio"), V("landlady", "proprio", "f"), V("hairdresser", "coiffeur"), V("hairdresser", "coiffeuse", "f"),
        V("dentist", "dentiste"), V("dentist", "dentiste", "f"), V("mechanic", "garagiste"), V("mechanic", "garagiste", "f")]
FEM = [V("", "", "f")]
FEASTS = vals(("Eid", {"": "l'Aïd", "de": "de l'Aïd"}), ("Diwali", {"": "Diwali", "de": "de Diwali"}),
              ("Lunar New Year", {"": "le Nouvel An lunaire", "de": "du Nouvel An lunaire"}),
              ("Hanukkah", {"": "Hanoukka", "de": "de Hanoukka"}), ("Vaisakhi", {"": "Vaisakhi", "de": "de Vaisakhi"}),
              ("Nowruz", {"": "Norouz", "de": "de Norouz"}), ("Passover", {"": "la Pâque juive", "de": "de la Pâque juive"}),
              ("Christmas", {"": "Noël", "de": "de Noël"}), ("iftar", {"": "l'iftar", "de": "de l'iftar"}),
              ("Rosh Hashanah", {"": "Roch Hachana", "de": "de Roch Hachana"}), ("Ethiopian Christmas", {"": "le Noël éthiopien", "de": "du Noël éthiopien"}))
LANGUAGES = vals(("Tagalog", "tagalog"), ("Punjabi", "pendjabi"), ("Arabic", "arabe"), ("Cree", "cri"), ("Mandarin", "mandarin"),
                 ("Somali", "somali"), ("Spanish", "espagnol"), ("Ukrainian", "ukrainien"), ("Tigrinya", "tigrigna"),
                 ("Inuktitut", "inuktitut"), ("Creole", "créole"), ("Mi'kmaw", "mi'kmaw"), ("Farsi", "farsi"), ("Urdu", "ourdou"))
YEARS = same("5", "7", "10", "12", "15", "20", "25", "30")
PARTNER = [V("wife", "conjointe", "f"), V("husband", "conjoint"), V("partner", "conjoint"), V("partner", "conjointe", "f"),
           V("girlfriend", "blonde", "f"), V("boyfriend", "chum")]
BOSSES = vals(("that final boss", "le boss final"), ("the ice dragon", "le dragon de glace"), ("the raid boss", "le boss du raid"),
              ("the last level", "le dernier niveau"), ("this water temple", "ce temple de l'eau"), ("the secret boss", "le boss secret"),
              ("Malenia", "Malenia"), ("this stupid escort mission", "cette maudite mission d'escorte"))
OBJECTS = vals(("printer", "imprimante", "f"), ("laptop", "portable"), ("dishwasher", "lave-vaisselle"), ("snowblower", "souffleuse", "f"),
               ("wifi router", "routeur"), ("microwave", "micro-ondes"), ("car", "char"), ("phone", "téléphone"), ("toaster", "grille-pain"))
SHOWS = vals(("Joffrey", "Joffrey"), ("Umbridge", "Ombrage"), ("the villain in this show", "le méchant de cette série"),
             ("Homelander", "Homelander"), ("Ramsay Bolton", "Ramsay Bolton"), ("the stepmother in this movie", "la belle-mère dans ce film"),
             ("Logan Roy", "Logan Roy"), ("Nurse Ratched", "l'infirmière Ratched"))
PESTS = vals(("mice", "souris", "f"), ("rats", "rats"), ("ants", "fourmis", "f"), ("wasps", "guêpes", "f"), ("raccoons", "ratons laveurs"),
             ("squirrels", "écureuils"), ("fruit flies", "mouches à fruits", "f"), ("earwigs", "perce-oreilles"), ("bedbugs", "punaises de lit", "f"))
SNACKS = vals(("the chips", "les chips"), ("the beer", "la bière"), ("the ice", "la glace"), ("the charger", "le chargeur"),
              ("the tickets", "les billets"), ("the cake", "le gâteau"), ("the keys", "les clés"), ("the dip", "la trempette"))
FRIENDS = NAMES

NEGATIVES = [
    # --- counter-speech: naming and quoting hate to condemn it
    N("counter_speech", [("Calling {G} '{VER}' is dehumanising, and it's how atrocities start. Call it out every time.",
                          "Traiter les {G} de « {VER.bare} », c'est déshumaniser, et c'est comme ça que les atrocités commencent. Il faut le dénoncer chaque fois.")],
      G=ETHNIC + LGBT, VER=VERMIN),
    N("counter_speech", [("Someone spray-painted '{S}' on my neighbour's garage last night. This is not who we are, {CITY}.",
                          "Quelqu'un a peint « {S} » sur le garage de mon voisin cette nuit. C'est pas ça, {CITY}.")], S=SLURS, CITY=CITIES),
    N("counter_speech", [("'Go back where you came from.' She was born in {CITY}. Racism is so lazy.", "« Retourne dans ton pays. » Elle est née à {CITY}. Le racisme, c'est tellement paresseux."),
                         ("A guy told my mom to 'go back home' at the grocery store in {CITY}. She's lived here 40 years. I'm still shaking.",
                          "Un gars a dit à ma mère de « retourner chez elle » à l'épicerie, à {CITY}. Elle vit ici depuis 40 ans. J'en tremble encore.")], CITY=CITIES),
    N("counter_speech", [("If your 'joke' needs the word '{S}' to land, it isn't a joke.", "Si ta « blague » a besoin du mot « {S} » pour marcher, c'est pas une blague."),
                         ("No, '{S}' is not 'just a word'. Ask the people it was used against.", "Non, « {S} », c'est pas « juste un mot ». Demande aux gens contre qui on l'a utilisé.")], S=SLURS),
    N("counter_speech", [("Reporting every account calling {G} '{VER}' under this post. Join me.", "Je signale chaque compte qui traite les {G} de « {VER.bare} » sous cette publication. Faites pareil.")],
      G=ETHNIC + LGBT, VER=VERMIN),
    N("counter_speech", [("'{G^} are all the same' is what people say when they've never actually met any.", "« Les {G} sont [tous|toutes] pareil[s|les] », c'est ce que disent ceux qui en ont jamais rencontré.")], G=EVERYONE),
    N("counter_speech", [("Heard a man tell a woman in a hijab to 'go home' on the {B} bus today. Three of us stood up for her. Be that person.",
                          "J'ai entendu un homme dire à une femme voilée de « retourner chez elle » dans l'autobus {B} aujourd'hui. On s'est levés à trois pour la défendre. Soyez cette personne-là.")],
      B=same("95", "7", "11", "55", "80", "18", "121", "2", "14", "61", "39", "44")),
    N("counter_speech", [("My grandfather was called a '{S}' his whole life in this country. I won't let it slide when I hear it now.",
                          "Mon grand-père s'est fait traiter de « {S} » toute sa vie dans ce pays. Je laisserai pas passer ça quand je l'entends aujourd'hui.")], S=SLURS),
    N("counter_speech", [("The 'great replacement' is a racist conspiracy theory, full stop. Please stop sharing it in the {CITY} group.",
                          "Le « grand remplacement », c'est une théorie du complot raciste, point. Arrêtez de la partager dans le groupe {CITY.de}, svp."),
                         ("'Remigration' is just ethnic cleansing with a nicer word. Don't fall for it, {CITY}.", "La « remigration », c'est du nettoyage ethnique avec un mot plus poli. Tombez pas dans le panneau, {CITY}.")], CITY=CITIES),
    N("counter_speech", [("Whoever wrote '{G} out' on the {P} on {ST}: your hate won't win here.", "À la personne qui a écrit « Dehors les {G} » sur {P.le} de la {ST} : ta haine gagnera pas ici.")],
      G=ETHNIC + LGBT, P=PLACES, ST=vals(("Laurier", "rue Laurier"), ("Bank", "rue Bank"), ("Main", "rue Main"), ("Notre-Dame", "rue Notre-Dame"))),
    N("counter_speech", [("My uncle said {G} {P} at dinner and I finally said no, that's racist, and I'm not sitting here for it.",
                          "Mon oncle a dit que les {G} {P} au souper, pis j'ai enfin répondu non, c'est raciste, pis je resterai pas assis là à écouter ça.")],
      reg=CASUAL_QC, G=ETHNIC, P=PRED_ETHNIC),

    # --- identity mentioned neutrally or warmly
    N("identity_neutral", [("My {ID} {PR} brought us soup when we were all sick. Best {PR} ever.", "[Mon|Ma] {PR} {ID} nous a apporté de la soupe quand toute la famille était malade. [Le meilleur|La meilleure] {PR} au monde.")],
      agree="PR", ID=IDADJ, PR=PERS, mood="happy"),
    N("identity_neutral", [("{F} dinner at my in-laws tonight. I've been told to arrive hungry.", "Souper {F.de} chez ma belle-famille ce soir. On m'a dit d'arriver affamé."),
                           ("First {F} with the new baby 🥹 my mother-in-law cooked for 30.", "Premier {F.de} avec le bébé 🥹 ma belle-mère a cuisiné pour 30.")], F=FEASTS, mood="happy"),
    N("identity_neutral", [("My {P} is trans and we're celebrating {Y} years together today 🥂", "[Mon|Ma] {P} est trans et on fête nos {Y} ans aujourd'hui 🥂"),
                           ("{Y} years with my {P} today. Trans, brilliant and still laughs at my terrible jokes.", "{Y} ans avec [mon|ma] {P} aujourd'hui. Trans, brillant[|e] et [il|elle] rit encore de mes blagues plates.")],
      agree="P", P=PARTNER, Y=YEARS, mood="love"),
    N("identity_neutral", [("Our soccer team has kids from 14 countries. My daughter came home counting to ten in {L}.", "Notre équipe de soccer a des jeunes de 14 pays. Ma fille est revenue en sachant compter jusqu'à dix en {L}."),
                           ("My son's best friend is teaching him {L} swear words and I'm pretending not to notice.", "Le meilleur ami de mon fils lui apprend des sacres en {L} pis je fais semblant de rien voir.")], L=LANGUAGES, mood="laugh"),
    N("identity_neutral", [("Went to my first powwow in {CITY} this weekend. The grass dancers were incredible.", "Je suis allé à mon premier powwow à {CITY} en fin de semaine. Les danseurs de l'herbe étaient incroyables."),
                           ("The Indigenous art market in {CITY} was packed today. Came home with beaded earrings for my sister.", "Le marché d'art autochtone {CITY.de} était plein aujourd'hui. Je suis revenu avec des boucles d'oreilles perlées pour ma sœur.")], CITY=CITIES, mood="happy"),
    N("identity_neutral", [("The gurdwara on {ST} serves free langar to anyone on Sundays. Best dal I've had in {CITY}.", "Le gurdwara sur {ST.le} sert le langar gratuitement à tout le monde le dimanche. Le meilleur dal que j'ai mangé à {CITY}.")], ST=STREETS, CITY=CITIES),
    N("identity_neutral", [("Our new {PR} is Deaf, so half the team signed up for {SL} classes. I can already sign 'coffee'.", "[Notre nouveau|Notre nouvelle] {PR} est [sourd|sourde], alors la moitié de l'équipe s'est inscrite à des cours {SL.de}. Je sais déjà signer « café ».")],
      agree="PR", PR=PERS, SL=vals(("ASL", "ASL"), ("LSQ", "LSQ"), ("sign language", "langue des signes"))),
    N("identity_neutral", [("Shoutout to the {ID} family that runs the bakery on {ST}. Best {D} in {CITY}.", "Merci à la famille {ID} qui tient la boulangerie sur {ST.le}. Les meilleurs {D} {CITY.de}.")],
      agree="F", F=FEM, ID=IDADJ, ST=STREETS, CITY=CITIES, D=vals(("croissants", "croissants"), ("sesame bagels", "bagels au sésame"), ("pastries", "pâtisseries"), ("meat pies", "pâtés à la viande"))),
    N("identity_neutral", [("My {ID} {PR} is teaching me to make {D}. Mine looks nothing like theirs 😂", "[Mon|Ma] {PR} {ID} m'apprend à faire {D.du}. Le mien ressemble à rien comparé au sien 😂")],
      agree="PR", ID=IDADJ, PR=PERS, D=DISHES),
    N("identity_neutral", [("Learning Yiddish from my grandmother's old letters. Slow going, but worth it.", "J'apprends le yiddish avec les vieilles lettres de ma grand-mère. C'est lent, mais ça vaut la peine."),
                           ("Found my great-grandfather's Arabic prayer book in a box in the attic. Getting it translated.", "J'ai trouvé le livre de prières en arabe de mon arrière-grand-père dans une boîte au grenier. Je le fais traduire."),
                           ("Grandma finally wrote down her Cree recipes for us. Bannock day this Sunday!", "Grand-maman a enfin écrit ses recettes cries pour nous. Journée bannique dimanche!")], n=3),
    N("identity_neutral", [("Two dads, three kids and one dog at the {CITY} splash pad today. Chaos, but the good kind.", "Deux papas, trois enfants pis un chien au jeu d'eau {CITY.de} aujourd'hui. Le chaos, mais le beau."),
                           ("Our neighbours are a lesbian couple with twin toddlers and they run the best street party in {CITY}.", "Nos voisines sont un couple de lesbiennes avec des jumeaux et elles organisent le meilleur party de rue à {CITY}.")],
      CITY=CITIES, mood="happy"),
    N("identity_neutral", [("As {ID.a} woman in {CITY}, the winters still surprise me after ten years. Send tuques.", "Comme femme {ID} à {CITY}, les hivers me surprennent encore après dix ans. Envoyez des tuques.")],
      agree="F", F=FEM, ID=IDADJ, CITY=CITIES, mood="weather"),

    # --- reclaimed, in-group words
    N("reclaimed", [("Queer, loud and not going anywhere 🏳️‍🌈", "Queer, [bruyant|bruyante] et pas [prêt|prête] à partir 🏳️‍🌈"),
                    ("Me and my fellow queers at brunch judging everyone's outfits 💅", "Moi et ma gang de queers au brunch en train de juger le linge de tout le monde 💅")], agree="YOU", YOU=YOU, n=4),
    N("reclaimed", [("Dyke March in {CITY} this Saturday, who's coming?", "Marche des dykes à {CITY} samedi, qui vient?"),
                    ("Just two old dykes celebrating {Y} years together 🏳️‍🌈❤️", "Juste deux vieilles gouines qui fêtent {Y} ans ensemble 🏳️‍🌈❤️")], CITY=CITIES, Y=YEARS, mood="love"),
    N("reclaimed", [("As a crip myself, I'm allowed this joke: the accessible stall is our VIP lounge.", "Comme personne handicapée, j'ai le droit à cette blague : la toilette adaptée, c'est notre salon VIP."),
                    ("Crip humour hour: my wheelchair has better suspension than your car.", "L'heure de l'humour handicapé : mon fauteuil a une meilleure suspension que ton char.")], n=2, mood="laugh"),
    N("reclaimed", [("We pepsis know how to throw a party. Bonne Saint-Jean, {CITY}!", "Nous autres, les pepsis, on sait fêter. Bonne Saint-Jean, {CITY}!"),
                    ("Proud frog, bad at English, great at poutine. Happy June 24th, {CITY}!", "Fier pepsi, poche en anglais, bon en poutine. Bonne Saint-Jean, {CITY}!")], CITY=CITIES, mood="happy"),
    N("reclaimed", [("Autistic and proud. No, I don't want a cure, I want better lighting at the {PL}.", "Autiste et [fier|fière]. Non, je veux pas de remède, je veux un meilleur éclairage au {PL}.")],
      agree="YOU", YOU=YOU, PL=vals(("office", "bureau"), ("grocery store", "dépanneur"), ("gym", "gym"), ("library", "centre communautaire"))),
    N("reclaimed", [("Fat, queer and thriving. Your opinion wasn't requested.", "[Gros|Grosse], queer et épanoui[|e]. Personne t'a demandé ton avis."),
                    ("Another year of being gloriously, unapologetically queer. Happy Pride, {CITY}!", "Une autre année à être queer, fièrement pis sans m'excuser. Bonne Fierté, {CITY}!")], agree="YOU", YOU=YOU, CITY=CITIES, mood="love"),
    N("reclaimed", [("My Deaf friends and I call it 'hearing nonsense' when people shout at us slower. It's our favourite joke.", "Mes amis sourds et moi, on appelle ça « des affaires d'entendants » quand le monde nous parle plus fort et plus lentement. C'est notre blague préférée."),
                    ("Us Newfies have a saying for this weather but I can't post it here 😂", "Nous autres, les Acadiens, on a une expression pour cette météo-là, mais je peux pas l'écrire ici 😂")], n=2, mood="laugh"),

    # --- friends' banter
    N("banter", [("{N} you idiot, you forgot {SN} AGAIN 😂", "{N}, espèce [d'idiot|d'idiote], t'as ENCORE oublié {SN} 😂")], agree="N", N=FRIENDS, SN=SNACKS, mood="laugh"),
    N("banter", [("{H} you absolute clown, that was the worst parking job I've ever seen lmao", "{H} espèce de clown, c'est le pire stationnement que j'ai vu de ma vie mdr")], H=HANDLES, mood="laugh"),
    N("banter", [("Shut up nerd, we're getting wings and you're paying, {N}", "Ta yeule le nerd, on va manger des ailes pis c'est toi qui paies, {N}")], reg=CASUAL_QC, N=FRIENDS, mood="laugh"),
    N("banter", [("My {R} is such a dumbass, {THING} 🤦", "[Mon|Ma] {R} est tellement [cave|cave], {THING} 🤦")], agree="R",
      R=[V("brother", "frère"), V("sister", "sœur", "f"), V("roommate", "coloc"), V("cousin", "cousine", "f"), V("best friend", "meilleur ami")],
      THING=vals(("put salt in his coffee this morning", "a mis du sel dans son café ce matin"), ("locked the keys in the car again", "a encore barré les clés dans le char"),
                 ("tried to microwave a fork", "a essayé de mettre une fourchette au micro-ondes"), ("cheered for the wrong team for a whole period", "a encouragé la mauvaise équipe pendant toute une période"))),
    N("banter", [("I hate you so much for spoiling the finale, {N} 😭 (love you)", "Je te déteste tellement d'avoir divulgâché la finale, {N} 😭 (je t'aime)")], N=FRIENDS, mood="laugh"),
    N("banter", [("You're dead to me, {N}. Pineapple on pizza? In THIS house?", "T'es mort[|e] pour moi, {N}. De l'ananas sur la pizza? Dans CETTE maison?")], agree="N", N=FRIENDS, mood="laugh"),
    N("banter", [("Happy birthday you old goat {N}, still uglier than me 🎂", "Bonne fête [mon vieux bouc|ma vieille chèvre] {N}, encore plus [laid|laide] que moi 🎂")], agree="N", N=FRIENDS, mood="laugh"),
    N("banter", [("{N} you traitor, you switched to {T}?? Get out of my house 😤😂", "{N}, [traître|traîtresse], t'as changé pour {T}?? Sors de chez nous 😤😂")], agree="N", N=FRIENDS, T=TEAMS, mood="laugh"),
    N("banter", [("lol you loser {N}, I beat your Wordle score again", "mdr [pauvre|pauvre] {N}, j'ai encore battu ton score au Wordle")], reg=CASUAL, N=FRIENDS, mood="laugh"),
    N("banter", [("{N}, you big dummy, you locked the keys in the car again", "Tabarnak {N}, t'es ben [épais|épaisse], t'as encore barré les clés dans le char")], reg=CASUAL_QC, agree="N", N=FRIENDS, mood="laugh"),
    N("banter", [("Shut up {N}, you know nothing about hockey, go back to your knitting 😂", "Farme ta goule, {N}, tu connais rien au hockey, well retourne à ton tricot 😂")], reg=("casual", "acadian"), N=FRIENDS, mood="laugh"),

    # --- swearing for emphasis, with nobody targeted
    N("profanity_emphasis", [("no bitches?? 🤨", "pas de blonde?? 🤨"), ("me with no bitches, eating {D} alone on a Friday", "moi sans blonde, en train de manger {D.du} tout seul un vendredi soir")], D=DISHES, mood="laugh", n=8),
    N("profanity_emphasis", [("Holy fuck this {D} is good", "Tabarnak que c'est bon, {D.le}"), ("The {D} at this place slaps, holy shit", "{D.le^} de ce resto-là, c'est malade, câlisse")], reg=CASUAL_QC, D=DISHES, mood="food"),
    N("profanity_emphasis", [("Fucking finally, it's {DAY}", "Enfin {DAY}, câlisse")], reg=CASUAL_QC, DAY=vals(("Friday", "vendredi"), ("the long weekend", "la fin de semaine de trois jours"), ("payday", "la paye"), ("vacation", "les vacances")), n=4),
    N("profanity_emphasis", [("Damn, that sunset over {CITY} is insane", "Wow, le coucher de soleil sur {CITY} est fou raide")], CITY=CITIES, mood="happy"),
    N("profanity_emphasis", [("Shit shit shit I left my lunch on the bus", "Merde merde merde j'ai oublié mon lunch dans l'autobus"), ("shit. i left my {THING} on the bus again", "ah merde. j'ai encore oublié mon {THING} dans l'autobus")],
      THING=vals(("umbrella", "parapluie"), ("mitts", "mitaines"), ("book", "livre"), ("charger", "chargeur"), ("gym bag", "sac de gym")), mood="sad"),
    N("profanity_emphasis", [("This album is so fucking good, I've played it {K} times today", "Cet album est tellement bon, crisse, je l'ai écouté {K} fois aujourd'hui")], K=same("4", "6", "9", "11", "12", "15"), mood="love"),
    N("profanity_emphasis", [("bitch I'm so tired lmao", "chu tellement fatiguée, ostie mdr"), ("bitch I'm so tired I put the milk in the cupboard", "ostie chu tellement fatiguée que j'ai mis le lait dans l'armoire")], reg=CASUAL_QC, n=2, mood="laugh"),
    N("profanity_emphasis", [("Goddamn my legs are destroyed after leg day", "Ostie que j'ai mal aux jambes après le gym"), ("Holy hell, {K} km run done and I'm dead", "Sacrament, {K} km de course pis chu mort")],
      reg=CASUAL_QC, K=same("5", "8", "10", "12", "15", "21"), mood="sport"),
    N("profanity_emphasis", [("The kids are finally asleep. Holy hell. Wine o'clock.", "Les enfants dorment enfin. Seigneur. C'est l'heure du vin."), ("Kids asleep at {T}, hell yes", "Enfants couchés à {T}, ça c'est de la crisse de belle soirée")],
      T=same("7:30", "8:00", "8:15", "8:40", "9:00"), mood="happy"),

    # --- insults aimed at games, fiction, teams, objects and weather
    N("fiction_game", [("{B^} can go to hell. {K} tries and counting.", "{B^} peut aller chez le diable. {K} essais et ça continue.")], B=BOSSES, K=same("12", "23", "40", "57", "80", "103"), mood="game"),
    N("fiction_game", [("Kill them all! (the zombies, in co-op, tonight at {T}, bring snacks)", "On les tue tous! (les zombies, en coop, ce soir à {T}, apportez des grignotines)")], T=same("8", "9", "7:30", "8:30", "10"), mood="game", n=5),
    N("fiction_game", [("I'm about to throw this {O} out the window. Die, you useless piece of junk.", "Je suis à deux doigts de lancer [ce|cette] {O} par la fenêtre. Crève, maudite cochonnerie inutile.")], agree="O", O=OBJECTS, mood="angry"),
    N("fiction_game", [("{S^} is a disgusting parasite and I love to hate them.", "{S^}, c'est un parasite dégueulasse pis j'adore le détester.")], S=SHOWS, mood="laugh"),
    N("fiction_game", [("Exterminate the {P} in my basement? Already called pest control, third time this year.", "Exterminer les {P} dans mon sous-sol? J'ai déjà appelé l'exterminateur, troisième fois cette année."),
                       ("The {P} are invading the kitchen again. Declaring war.", "Les {P} envahissent encore la cuisine. Je déclare la guerre.")], P=PESTS, mood="angry"),
    N("fiction_game", [("The zerg rush in this game is brutal, they swarm like insects and I panic every time", "Le zerg rush dans ce jeu est brutal, ils arrivent en essaim comme des insectes pis je panique à chaque fois"),
                       ("Wave {K} of the alien invasion and my base is toast 😭", "Vague {K} de l'invasion extraterrestre pis ma base est finie 😭")], K=same("12", "20", "33", "40", "50"), mood="game"),
    N("fiction_game", [("{T^} are a disgrace. Send the whole lineup back to the farm team.", "{T^}, c'est une honte. Renvoyez toute l'équipe dans le club-école.")], T=TEAMS, mood="sport"),
    N("fiction_game", [("Winter can go back where it came from. It's {M}!", "L'hiver peut retourner d'où il vient. On est en {M}!"), ("Dear snow: get out. Nobody wants you here in {M}.", "Chère neige : dehors. Personne veut de toi en {M}.")],
      M=vals(("April", "avril"), ("May", "mai"), ("late March", "fin mars"), ("mid-April", "plein mois d'avril")), mood="weather"),
    N("fiction_game", [("These {P} are a plague. They got into the green bin again.", "Ces {P}, c'est une plaie. [Ils|Elles] sont encore rentré[s|es] dans le bac brun.")], P=PESTS, mood="angry", n=9),
    N("fiction_game", [("My {PL} have parasites, any tips?", "Mes {PL} ont des parasites, des conseils?")], PL=vals(("tomato plants", "plants de tomates"), ("basil plants", "plants de basilic"), ("hens", "poules"), ("goldfish", "poissons rouges"), ("houseplants", "plantes"), ("cats", "chats"), ("dog's ears", "oreilles de chien")), n=7),
    N("fiction_game", [("Die, stupid wasp. DIE. Why are you in my {R}", "Meurs, maudite guêpe. MEURS. Qu'est-ce que tu fais dans mon {R}")], R=vals(("car", "char"), ("kitchen", "cuisine"), ("beer", "bière"), ("tent", "tente"), ("bedroom", "chambre")), mood="angry", n=5),
    N("fiction_game", [("The refs tonight were garbage. Absolute clowns. We got robbed against {T}.", "Les arbitres à soir étaient des poubelles. Des vrais clowns. On s'est fait voler contre {T}.")], T=TEAMS, mood="sport"),

    # --- self-deprecation
    N("self_deprecation", [("I'm such an idiot, locked myself out of the {PL} again", "Chu tellement [niaiseux|niaiseuse], je me suis encore barré[|e] dehors {PL}")], agree="YOU", YOU=YOU,
      PL=vals(("apartment", "de l'appart"), ("car", "du char"), ("office", "du bureau"), ("shed", "du cabanon"), ("cottage", "du chalet"))),
    N("self_deprecation", [("Me, a disaster of a human, trying to assemble IKEA furniture with {K} screws left over", "Moi, un désastre ambulant, en train de monter un meuble IKEA avec {K} vis de trop")], K=same("2", "3", "4", "5", "6", "7", "9", "11", "12", "14", "17"), mood="laugh"),
    N("self_deprecation", [("Typical me: the only francophone in the room and I still mispronounced '{W}'.", "Typique : la seule personne francophone dans la salle pis j'ai quand même mal prononcé « {W} »."),
                           ("Forty years old, born in {CITY}, and I still can't pronounce '{W}' right.", "Quarante ans, né[|e] à {CITY}, pis je suis toujours pas capable de bien prononcer « {W} ».")],
      agree="YOU", YOU=YOU, W=same("croissant", "écureuil", "Saskatchewan", "grenouille", "Worcestershire", "squirrel"), CITY=CITIES, mood="laugh"),
    N("self_deprecation", [("I'm the trash goblin of the family group chat and I accept it", "Je suis le gobelin poubelle du groupe de famille pis je l'assume")], n=1, mood="laugh"),
    N("self_deprecation", [("Ugly, tired and broke, but the {G} looks great", "[Laid|Laide], [fatigué|fatiguée] pis [cassé|cassée], mais {G.le} est magnifique")], agree="YOU", YOU=YOU,
      G=[V("garden", "jardin"), V("balcony", "balcon"), V("sourdough", "pain au levain"), V("new haircut", "nouvelle coupe", "f"), V("lawn", "pelouse", "f")]),
    N("self_deprecation", [("My attempt at {D} is a crime against humanity. The smoke alarm agrees.", "Mon essai {D.de}, c'est un crime contre l'humanité. Le détecteur de fumée est d'accord.")], D=DISHES),
    N("self_deprecation", [("Brain of a goldfish: forgot my own {THING} again", "Cerveau de poisson rouge : j'ai encore oublié mon {THING}")],
      THING=vals(("PIN", "NIP"), ("password", "mot de passe"), ("birthday party", "propre party de fête"), ("dentist appointment", "rendez-vous chez le dentiste"), ("lunch", "lunch"), ("gym bag", "sac de gym"), ("coffee on the roof of the car", "café sur le toit du char"))),
    N("self_deprecation", [("Stupid me tried to parallel park on {ST} with people watching. Never again.", "Moi [le cave|la cave], j'ai essayé de me stationner en parallèle sur {ST.le} devant du monde. Plus jamais.")], agree="YOU", YOU=YOU, ST=STREETS, mood="laugh"),

    # --- support for a group
    N("support", [("Standing with the {G} of {CITY} today and every day.", "Solidarité avec les {G} {CITY.de}, aujourd'hui et tous les jours.")], G=ETHNIC + LGBT, CITY=CITIES, mood="love"),
    N("support", [("{G^} belong here. Full stop.", "Les {G} ont leur place ici. Point final."), ("{G^} belong in {CITY}. Anyone who says otherwise can unfollow me.", "Les {G} ont leur place à {CITY}. Ceux qui pensent le contraire peuvent arrêter de me suivre.")],
      G=EVERYONE, CITY=CITIES, mood="love"),
    N("support", [("Happy Pride, {CITY}! Love is love 🏳️‍🌈", "Bonne Fierté, {CITY}! L'amour, c'est l'amour 🏳️‍🌈")], CITY=CITIES, mood="love"),
    N("support", [("To every trans kid reading this: you are loved exactly as you are.", "À chaque jeune trans qui lit ceci : on t'aime exactement comme tu es."),
                  ("Trans people have always existed and always will. Sending love to my trans friends today.", "Les personnes trans ont toujours existé et existeront toujours. Beaucoup d'amour à mes amis trans aujourd'hui.")], n=2, mood="love"),
    N("support", [("Donated to the refugee welcome fund in {CITY} today. Let's help them settle in before winter.", "J'ai donné au fonds d'accueil des réfugiés {CITY.de} aujourd'hui. Aidons-les à s'installer avant l'hiver.")], CITY=CITIES),
    N("support", [("Orange Shirt Day: every child matters. Listening and learning today in {CITY}.", "Journée du chandail orange : chaque enfant compte. On écoute et on apprend aujourd'hui à {CITY}.")], CITY=CITIES),
    N("support", [("Vigil tonight at the {P} in {CITY} for the victims. Come as you are, bring a candle.", "Vigile ce soir devant {P.le} {CITY.de} pour les victimes. Venez comme vous êtes, apportez une chandelle.")], P=PLACES, CITY=CITIES, mood="sad"),
    N("support", [("Welcome to Canada, new neighbours! The community centre in {CITY} has free French classes starting Monday.", "Bienvenue au Canada, chers nouveaux voisins! Le centre communautaire {CITY.de} offre des cours de français gratuits à partir de lundi.")], CITY=CITIES, mood="happy"),
    N("support", [("Our {P} was vandalised last night. By morning fifty neighbours were there with buckets and brushes. Thank you, {CITY}.", "{P.le^} a été vandalisé[|e] cette nuit. Au matin, cinquante voisins étaient là avec des chaudières et des brosses. Merci, {CITY}.")],
      agree="P", P=PLACES, CITY=CITIES, mood="love"),

    # --- policy debate without targeting people
    N("policy_debate", [("Immigration targets should be tied to housing starts. Not anti-immigrant, just math.", "Les cibles d'immigration devraient suivre les mises en chantier. C'est pas contre les immigrants, c'est des maths."),
                        ("Ottawa raised immigration levels without funding {X}. That's a planning failure, not the newcomers' fault.", "Ottawa a augmenté les niveaux d'immigration sans financer {X}. C'est un échec de planification, pas la faute des nouveaux arrivants.")],
      X=vals(("housing", "le logement"), ("family doctors", "les médecins de famille"), ("French classes", "les cours de français"), ("transit", "le transport en commun"), ("schools", "les écoles"))),
    N("policy_debate", [("I have mixed feelings about banning religious symbols for judges and police. Curious what others think.", "J'ai des sentiments partagés sur l'interdiction des signes religieux pour les juges et les policiers. Curieux de savoir ce que vous en pensez."),
                        ("Bill 21 splits even my own family. I honestly see both sides.", "La loi 21 divise même ma propre famille. Honnêtement, je vois les deux côtés."),
                        ("Secularism isn't hatred, but banning a teacher's hijab does hurt real people. Both can be true.", "La laïcité, c'est pas de la haine, mais interdire le hijab d'une enseignante fait du tort à du vrai monde. Les deux peuvent être vrais.")], n=3),
    N("policy_debate", [("The temporary foreign worker program needs reform: workers get exploited and wages stay low in {S}.", "Le programme des travailleurs étrangers temporaires doit être réformé : les travailleurs se font exploiter pis les salaires restent bas en {S}.")],
      S=vals(("agriculture", "agriculture"), ("fast food", "restauration rapide"), ("meat packing", "transformation de la viande"), ("elder care", "soins aux aînés"), ("trucking", "camionnage"))),
    N("policy_debate", [("Should Canada cap international student permits? Some colleges became visa mills, that's the real problem.", "Le Canada devrait-il plafonner les permis d'études? Certains collèges sont devenus des usines à visas, c'est ça le vrai problème."),
                        ("International students are being charged {K}x tuition and packed into basements. The colleges are the problem.", "Les étudiants étrangers paient {K} fois les droits de scolarité pis s'entassent dans des sous-sols. Le problème, c'est les collèges.")],
      K=same("3", "4", "5")),
    N("policy_debate", [("Bilingualism requirements for federal jobs: fair standard or barrier? Genuine question.", "Les exigences de bilinguisme au fédéral : norme juste ou obstacle? Vraie question."),
                        ("Official languages law update: good for francophones outside Quebec, but where's the money for {X}?", "Modernisation de la Loi sur les langues officielles : bonne nouvelle pour les francophones hors Québec, mais où est l'argent pour {X}?")],
      X=vals(("French schools", "les écoles françaises"), ("court interpreters", "les interprètes judiciaires"), ("language training", "la formation linguistique"), ("community radio", "les radios communautaires"))),
    N("policy_debate", [("The refugee claim backlog is at a record high. The system needs more adjudicators, not slogans.", "L'arriéré des demandes d'asile atteint un record. Le système a besoin de plus de commissaires, pas de slogans."),
                        ("Border policy debate tonight on the panel. Both sides made decent points on asylum seekers at {X}.", "Débat sur la politique frontalière ce soir au panel. Les deux côtés ont eu de bons arguments sur les demandeurs d'asile à {X}.")],
      X=vals(("Roxham Road", "Roxham"), ("airports", "les aéroports"), ("the land border", "la frontière terrestre"))),
    N("policy_debate", [("Prayer rooms on campus: fine by me as long as every group gets the same access.", "Des salles de prière sur le campus : pas de problème pour moi, tant que tous les groupes y ont le même accès."),
                        ("Should the city pay for a multifaith room at {PL}? Seems reasonable but I'd like to see the cost.", "La ville devrait-elle payer une salle multiconfessionnelle à {PL}? Ça semble raisonnable, mais j'aimerais voir le coût.")],
      PL=vals(("city hall", "l'hôtel de ville"), ("the airport", "l'aéroport"), ("the new hospital", "au nouvel hôpital"), ("the library", "la bibliothèque"))),
    N("policy_debate", [("Should hate speech laws cover online platforms? Free speech folks have a point, but so do the victims.", "Les lois sur le discours haineux devraient-elles viser les plateformes en ligne? Les défenseurs de la liberté d'expression ont un point, mais les victimes aussi."),
                        ("The online harms bill: good goal, vague wording. Tell your MP what you think.", "Le projet de loi sur les préjudices en ligne : bon objectif, libellé flou. Dites à votre député ce que vous en pensez.")], n=2),

    # --- news about hate
    N("news_about_hate", [("Police in {CITY} are investigating graffiti on a {P} as a hate-motivated crime.", "La police {CITY.de} enquête sur des graffitis sur {P.un} comme crime motivé par la haine.")], P=PLACES, CITY=CITIES),
    N("news_about_hate", [("Statistics Canada: police-reported hate crimes targeting {G} rose again last year.", "Statistique Canada : les crimes haineux déclarés par la police visant les {G} ont encore augmenté l'an dernier.")], G=ETHNIC + LGBT),
    N("news_about_hate", [("Man charged after shouting slurs at a family in a {CITY} grocery store.", "Un homme accusé après avoir crié des insultes racistes à une famille dans une épicerie {CITY.de}.")], CITY=CITIES),
    N("news_about_hate", [("Trial begins for the attack on the {P} in {CITY}.", "Début du procès pour l'attaque contre {P.le} {CITY.de}.")], P=PLACES, CITY=CITIES),
    N("news_about_hate", [("{CITY} school board removes a teacher after antisemitic posts.", "Un conseil scolaire {CITY.de} retire un enseignant après des publications antisémites."),
                          ("{CITY} councillor apologises for a post about {G}; calls for resignation grow.", "Un conseiller {CITY.de} s'excuse pour une publication sur les {G}; les appels à la démission se multiplient.")], CITY=CITIES, G=ETHNIC),
    N("news_about_hate", [("Community rallies after a Sikh taxi driver was assaulted in {CITY}.", "La communauté se mobilise après l'agression d'un chauffeur de taxi sikh à {CITY}."),
                          ("Hundreds march in {CITY} after a trans woman was attacked downtown.", "Des centaines de personnes marchent à {CITY} après l'agression d'une femme trans au centre-ville.")], CITY=CITIES, mood="sad"),
    N("news_about_hate", [("Report: online harassment of women journalists has doubled since {Y}.", "Rapport : le harcèlement en ligne des femmes journalistes a doublé depuis {Y}."),
                          ("New study: {K}% of Black Canadians report discrimination at work.", "Nouvelle étude : {K} % des Canadiens noirs déclarent avoir vécu de la discrimination au travail.")],
      Y=same("2018", "2019", "2020", "2021"), K=same("34", "41", "46", "52", "57")),
    N("news_about_hate", [("Reading the court ruling in the {CITY} hate propaganda case. Long, but important.", "Je lis la décision du tribunal dans l'affaire de propagande haineuse {CITY.de}. Long, mais important.")], CITY=CITIES),
    N("identity_neutral", [("Our new neighbours from {CO} came to the church supper, the kids had a blast together.", "Nos nouveaux voisins qui venont {CO} sont venus au souper de l'église, les enfants ont eu un fun noir ensemble."),
                           ("The {CO2} family down the road brought a whole pot of stew for the bean supper. Right good.", "La famille {CO2} en bas du chemin a apporté un plein chaudron de ragoût pour le souper aux fèves. C'était right bon.")],
      reg=("casual", "acadian"), mood="happy",
      CO=vals(("Syria", "de la Syrie"), ("the Philippines", "des Philippines"), ("Eritrea", "de l'Érythrée"), ("Ukraine", "de l'Ukraine"), ("Colombia", "de la Colombie"), ("India", "de l'Inde")),
      CO2=vals(("Syrian", "syrienne"), ("Filipino", "philippine"), ("Congolese", "congolaise"), ("Afghan", "afghane"), ("Haitian", "haïtienne"))),
    N("policy_debate", [("The bilingual signs debate in {CITY} again? Just put both languages up and move on.", "Well, encore le débat sur l'affichage bilingue à {CITY}? Mettez les deux langues pis moveons on."),
                        ("Honestly, French services in {CITY} hospitals should be a given, not a fight every year.", "Honnêtement, les services en français dans les hôpitaux de {CITY}, ça devrait aller de soi, pas être une bataille à chaque année.")],
      reg=("casual", "acadian"), CITY=vals(("Moncton", "Moncton"), ("Dieppe", "Dieppe"), ("Fredericton", "Fredericton"), ("Saint John", "Saint-Jean"), ("Bathurst", "Bathurst"), ("Edmundston", "Edmundston"))),
    N("banter", [("lol {N} you're useless, you dropped the puck three times in warmup", "mdr {N} t'es pas bon, t'as échappé la puck trois fois dans le réchauffement"),
                 ("{N} you absolute donkey, the dish was supposed to be for the potluck 😂", "{N}, espèce d'âne, le plat était pour le souper communautaire 😂")], reg=CASUAL, N=FRIENDS, mood="laugh"),

]


def posts() -> Iterator[Post]:
    yield from generate(POSITIVES + NEGATIVES, seed=20240611, default_tags=TAGS)
