"""Ordinary posts of ordinary people, nothing to flag: games, fandoms, sports, family, food, pets,
weather, commuting, hobbies and memes, with the swearing, emoji, slang and jokes people really use.
A few mention work, politics or identity in passing without any risk. None gives a present location,
a child's school, a home address or a phone number: those would belong to category D.
"""

from __future__ import annotations

from collections.abc import Iterator

from scripts.corpus._kit import Fam, V, generate, same, vals
from scripts.corpus._model import Post
from scripts.corpus._slots import DISHES, NAMES, TEAMS

GAMES = same("Elden Ring", "Mario Kart", "Minecraft", "Fortnite", "Baldur's Gate 3", "Stardew Valley", "NHL 24",
             "Tetris", "Animal Crossing", "Hollow Knight", "Valorant", "Overwatch", "Zelda", "Celeste", "Hades",
             "Rocket League", "Balatro", "Tears of the Kingdom", "Civ 6", "Among Us")
SHOWS = vals(("The Bear", "The Bear"), ("Severance", "Severance"), ("Schitt's Creek", "Schitt's Creek"), ("Letterkenny", "Letterkenny"),
             ("District 31", "District 31"), ("Bluey", "Bluey"), ("Stranger Things", "Stranger Things"), ("The Last of Us", "The Last of Us"),
             ("Star Académie", "Star Académie"), ("Slow Horses", "Slow Horses"), ("Shogun", "Shōgun"), ("Broad City", "Broad City"),
             ("Arcane", "Arcane"), ("Bref", "Bref"), ("Les Invincibles", "Les Invincibles"))
ARTISTS = same("Taylor Swift", "Drake", "The Weeknd", "Céline Dion", "Les Cowboys Fringants", "Charlotte Cardin", "Metallica",
               "Beyoncé", "Bad Bunny", "Shania Twain", "Arcade Fire", "Alexandra Stréliski", "Loud", "Karkwa", "Half Moon Run",
               "Roxane Bruneau", "Feist", "Tate McRae", "Les Trois Accords", "Daniel Caesar")
PET_NAMES = same("Biscuit", "Pistache", "Moka", "Loki", "Caramel", "Nugget", "Poutine", "Maple", "Ziggy", "Tofu", "Kiwi",
                 "Bruno", "Pépite", "Olive", "Gizmo", "Noisette", "Chewie", "Mochi", "Frodon", "Canelle")
DOGS = [V("dog", "chien"), V("puppy", "chiot"), V("dog", "chienne", "f"), V("pup", "toutou")]
CATS = [V("cat", "chat"), V("cat", "chatte", "f"), V("kitten", "chaton"), V("old cat", "vieux chat")]
HOBBIES = vals(("knitting", "tricot"), ("bouldering", "escalade de bloc"), ("sourdough", "pain au levain"), ("pottery", "poterie"),
               ("woodworking", "menuiserie"), ("birdwatching", "ornithologie"), ("chess", "échecs"), ("curling", "curling"),
               ("crochet", "crochet"), ("watercolour", "aquarelle"), ("fly fishing", "pêche à la mouche"), ("guitar", "guitare"),
               ("photography", "photo"), ("sewing", "couture"), ("3D printing", "impression 3D"), ("cross-stitch", "point de croix"))
FAMILY = [V("my mom", "ma mère", "f"), V("my dad", "mon père"), V("my grandma", "ma grand-mère", "f"), V("my grandpa", "mon grand-père"),
          V("my aunt", "ma tante", "f"), V("my uncle", "mon oncle"), V("my sister", "ma sœur", "f"), V("my brother", "mon frère"),
          V("my mother-in-law", "ma belle-mère", "f"), V("my father-in-law", "mon beau-père")]
DAYS = vals(("Monday", "lundi"), ("Tuesday", "mardi"), ("Wednesday", "mercredi"), ("Thursday", "jeudi"), ("Friday", "vendredi"), ("Saturday", "samedi"), ("Sunday", "dimanche"))
MONTHS = vals(("January", "janvier"), ("February", "février"), ("March", "mars"), ("April", "avril"), ("May", "mai"), ("June", "juin"),
              ("July", "juillet"), ("August", "août"), ("September", "septembre"), ("October", "octobre"), ("November", "novembre"), ("December", "décembre"))
NUMS = same("2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "14", "15", "17", "20", "23", "25", "30", "40", "45")
TEMPS = same("-18", "-22", "-25", "-27", "-31", "-34", "-38", "-40")
HOT = same("31", "33", "34", "36", "38", "41")
BOOKS = vals(("a Louise Penny", "un Louise Penny"), ("the new Michel Tremblay", "le nouveau Michel Tremblay"), ("Dune", "Dune"),
             ("a Margaret Atwood", "un Margaret Atwood"), ("Kukum", "Kukum"), ("a fantasy brick of 900 pages", "une brique fantasy de 900 pages"),
             ("a cozy mystery", "un polar douillet"), ("Project Hail Mary", "Projet Dernière Chance"), ("an Anne of Green Gables reread", "Anne... la maison aux pignons verts, encore une fois"))
SNACKS = vals(("ketchup chips", "chips au ketchup"), ("Caramilk", "Caramilk"), ("nanaimo bars", "carrés Nanaimo"), ("popcorn", "popcorn"),
              ("sugar pie", "tarte au sucre"), ("Timbits", "Timbits"), ("cheese curds", "crottes de fromage"), ("dill pickle chips", "chips aux cornichons"),
              ("maple taffy", "tire d'érable"), ("Coffee Crisp", "Coffee Crisp"))

TAGS = {
    "gaming": [("#gaming", "#jeuxvidéo"), ("#NintendoSwitch", "#NintendoSwitch"), ("#PCgaming", "#jeuPC")],
    "fandom": [("#Swifties", "#Swifties"), ("#nowplaying", "#enécoute"), ("#TVtime", "#télé")],
    "sports": [("#GoHabsGo", "#GoHabsGo"), ("#LeafsForever", "#LeafsForever"), ("#hockey", "#hockey"), ("#running", "#course")],
    "family": [("#family", "#famille"), ("#parenting", "#parentalité"), ("#grateful", "#reconnaissant")],
    "food": [("#foodie", "#bouffe"), ("#homecooking", "#faitmaison"), ("#brunch", "#brunch")],
    "pets": [("#dogsofinstagram", "#chiensdinstagram"), ("#catsofinstagram", "#chatsdinstagram"), ("#adoptdontshop", "#adoptezpasachetez")],
    "weather": [("#cdnweather", "#météo"), ("#winter", "#hiver"), ("#snowday", "#tempête")],
    "commuting": [("#OCTranspo", "#OCTranspo"), ("#STM", "#STM"), ("#bikecommute", "#vélotaf"), ("#traffic", "#trafic")],
    "hobbies": [("#makersgonnamake", "#faitmain"), ("#knitting", "#tricot"), ("#garden", "#jardin")],
    "memes": [("#relatable", "#tellementvrai"), ("#mood", "#mood"), ("#lol", "#mdr")],
    "work_in_passing": [("#FridayFeeling", "#EnfinVendredi"), ("#mondaymood", "#lundi")],
    "politics_in_passing": [("#elxn", "#élections"), ("#vote", "#vote")],
    "identity_in_passing": [("#family", "#famille"), ("#grateful", "#reconnaissant")],
}

_counts: dict[str, int] = {}


def ordinary(subtype: str, templates: list[tuple[str, str]], reg: tuple[str, str] = ("casual", "casual"), mood: str = "happy", n: int = 11, agree: str = "", **slots: list[V]) -> Fam:
    _counts[subtype] = _counts.get(subtype, 0) + 1
    return Fam(f"O.{subtype}.{_counts[subtype]}", subtype, "neutral", templates, slots, n=n, reg=reg, mood=mood, agree=agree)


QC = ("casual", "quebecois")
ACA = ("casual", "acadian")

FAMILIES = [
    # --- gaming
    ordinary("gaming", [("{K} hours into {G} and I still don't know what I'm doing", "{K} heures dans {G} pis je sais toujours pas ce que je fais")], mood="game", K=NUMS, G=GAMES),
    ordinary("gaming", [("Finally beat {G} at 2 am like a responsible adult", "J'ai enfin fini {G} à 2 h du matin comme un adulte responsable"),
                 ("Beat {G}. Crying. Going to bed. Work in {K} hours.", "Fini {G}. Je pleure. Je vais me coucher. Je travaille dans {K} heures.")], mood="game", G=GAMES, K=same("4", "5", "6", "3")),
    ordinary("gaming", [("Who's up for {G} tonight? Bring snacks, no rage quitting this time {N}", "Qui est partant pour {G} ce soir? Apportez des grignotines, pis pas de rage quit cette fois-ci {N}")], mood="game", G=GAMES, N=NAMES),
    ordinary("gaming", [("My {R} destroyed me at {G}. I taught them everything they know. Betrayal.", "[Mon|Ma] {R} m'a détruit à {G}. Je lui ai tout appris. Trahison.")], agree="R", mood="laugh",
      R=[V("kid", "fils"), V("kid", "fille", "f"), V("nephew", "neveu"), V("niece", "nièce", "f"), V("grandma", "grand-mère", "f"), V("dad", "père")], G=GAMES),
    ordinary("gaming", [("Controller drift is ruining my life. {K} bucks for a new joycon?? Nah.", "Le drift de ma manette gâche ma vie. {K} piasses pour un nouveau joycon?? Non merci."),
                 ("The joycon drifted me straight off the Rainbow Road cliff. {K}th time this week.", "Le joycon m'a fait tomber en bas de la Route arc-en-ciel. {K}e fois cette semaine.")], mood="angry", K=same("80", "95", "100", "110", "12", "7")),
    ordinary("gaming", [("gg ez", "gg ez"), ("gg {N}, rematch tomorrow", "gg {N}, revanche demain"), ("that last round tho. gg everyone", "la dernière ronde par exemple. gg tout le monde")], mood="game", N=NAMES),
    ordinary("gaming", [("Steam sale got me again. {K} games I will never play.", "Les soldes Steam m'ont encore eu. {K} jeux que je jouerai jamais."), ("Bought {G} on sale for the {K}th time on a different platform. I have a problem.", "J'ai acheté {G} en solde pour la {K}e fois sur une autre plateforme. J'ai un problème.")],
      mood="laugh", K=same("3", "4", "5", "6", "7", "9", "12"), G=GAMES),
    ordinary("gaming", [("Built a whole castle in Minecraft and my cat walked on the keyboard and deleted the roof", "J'ai construit un château au complet dans Minecraft pis mon chat a marché sur le clavier et effacé le toit"),
                 ("Spent {K} hours decorating my {G} house instead of doing laundry. Worth it.", "J'ai passé {K} heures à décorer ma maison dans {G} au lieu de faire mon lavage. Ça valait la peine.")], mood="laugh", K=NUMS, G=GAMES),
    # --- fandom
    ordinary("fandom", [("Just finished {S} and I need to talk to someone about that ending", "Je viens de finir {S} pis j'ai besoin d'en parler à quelqu'un, cette fin-là"),
                 ("No spoilers please, I'm only on episode {K} of {S}", "Pas de divulgâcheurs svp, je suis juste à l'épisode {K} de {S}")], mood="neutral", S=SHOWS, K=same("2", "3", "4", "5", "6")),
    ordinary("fandom", [("Got tickets for {A}!!! {K} hours in the queue but WE'RE GOING", "J'ai des billets pour {A}!!! {K} heures dans la file d'attente mais ON Y VA")], mood="happy", A=ARTISTS, K=same("2", "3", "4", "5", "6")),
    ordinary("fandom", [("Listening to {A} on repeat and pretending I'm in a music video on the bus", "J'écoute {A} en boucle pis je fais semblant d'être dans un vidéoclip dans l'autobus"),
                 ("My Wrapped says I listened to {A} for {K} hours this year. No comment.", "Mon bilan Spotify dit que j'ai écouté {A} pendant {K} heures cette année. Pas de commentaire.")], mood="laugh", A=ARTISTS, K=same("212", "340", "97", "501", "160")),
    ordinary("fandom", [("Rewatching {S} for the {K}th time and it still hits", "Je regarde {S} pour la {K}e fois pis ça fesse encore")], reg=QC, mood="love", S=SHOWS, K=same("3", "4", "5", "6", "7")),
    ordinary("fandom", [("Hot take: season 2 of {S} was better than season 1", "Opinion controversée : la saison 2 de {S} était meilleure que la 1"), ("Unpopular opinion: {S} is overrated. Fight me.", "Opinion impopulaire : {S} est surcoté. Venez vous battre.")], mood="sarcastic", S=SHOWS),
    ordinary("fandom", [("Finished {B} in one sitting. Didn't sleep. Zero regrets.", "J'ai lu {B} d'une traite. Pas dormi. Aucun regret."), ("Book club picked {B} and I'm already {K} chapters ahead, oops", "Le club de lecture a choisi {B} pis j'ai déjà {K} chapitres d'avance, oups")],
      mood="happy", B=BOOKS, K=same("4", "6", "8", "10", "12")),
    ordinary("fandom", [("The {A} concert last night was UNREAL. Voice gone. Ears ringing. 10/10.", "Le show de {A} hier soir était MALADE. Plus de voix. Les oreilles qui sillent. 10/10.")], reg=QC, mood="happy", A=ARTISTS),
    ordinary("fandom", [("Dressed up as a {C} for the con. {K} people asked for a photo", "Déguisé[|e] en {C} pour le con. {K} personnes m'ont demandé une photo")], agree="YOU", YOU=[V("", "", "m"), V("", "", "f")], mood="happy",
      C=vals(("Jedi", "Jedi"), ("hobbit", "hobbit"), ("Pikachu", "Pikachu"), ("Link", "Link"), ("Sailor Moon", "Sailor Moon"), ("Ghostface", "Ghostface")), K=same("12", "20", "35", "50")),
    # --- sports
    ordinary("sports", [("LET'S GOOOO {T}!!! What a game", "ENWEYE {T}!!! Quelle game"), ("Overtime win for {T}, my heart can't take this", "Victoire en prolongation pour {T}, mon cœur en peut plus")], reg=QC, mood="sport", T=TEAMS),
    ordinary("sports", [("Another loss for {T}. I'm fine. Everything's fine. 🙃", "Encore une défaite pour {T}. Ça va. Tout va bien. 🙃"), ("Another season of cheering for {T}. Pray for me.", "Une autre saison à encourager {T}. Priez pour moi.")], mood="sad", T=TEAMS),
    ordinary("sports", [("Rec league hockey tonight. I'm {K} and my knees know it", "Hockey de garage ce soir. J'ai {K} ans pis mes genoux le savent"), ("Beer league final tonight. We're bad but we're confident.", "Finale de la ligue de garage ce soir. On est poches, mais on a confiance.")], reg=QC, mood="sport", K=same("38", "42", "45", "47", "51", "55")),
    ordinary("sports", [("Ran my first {D}! Slow as hell but I finished", "J'ai couru mon premier {D}! Lent[|e] en maudit mais je l'ai fini"), ("New PB on the {D} this morning 💪", "Nouveau record perso sur le {D} ce matin 💪")], agree="YOU", YOU=[V("", "", "m"), V("", "", "f")], mood="sport",
      D=vals(("5K", "5 km"), ("10K", "10 km"), ("half marathon", "demi-marathon"), ("marathon", "marathon"))),
    ordinary("sports", [("Who else is staying up for the {E}? Coffee is ready", "Qui d'autre veille pour {E}? Le café est prêt")], mood="sport",
      E=vals(("gold medal game", "le match pour l'or"), ("World Juniors final", "la finale du Mondial junior"), ("Stanley Cup final", "la finale de la coupe Stanley"), ("F1 race", "la course de F1"), ("curling final", "la finale de curling"), ("Champions League final", "la finale de la Ligue des champions"))),
    ordinary("sports", [("Refs were blind tonight but a win's a win. Go {T}!", "Les arbitres étaient aveugles à soir mais une victoire, c'est une victoire. Go {T}!")], reg=QC, mood="sport", T=TEAMS),
    ordinary("sports", [("Cross-country skiing at {K} below and loving every second", "Ski de fond à moins {K} pis j'adore chaque seconde"), ("First skate of the season on the outdoor rink 🥶⛸️", "Premier patin de la saison sur la patinoire extérieure 🥶⛸️")], mood="weather", K=same("12", "15", "18", "20", "22")),
    ordinary("sports", [("Fantasy hockey update: I'm in last place and I blame {N}", "Nouvelles du pool de hockey : je suis dernier pis c'est la faute à {N}")], reg=QC, mood="laugh", N=NAMES),
    # --- family
    ordinary("family", [("{F^} just discovered voice messages and now I get 4-minute podcasts every morning", "{F^} vient de découvrir les messages vocaux pis astheure je reçois des balados de 4 minutes chaque matin")], reg=QC, mood="laugh", F=FAMILY),
    ordinary("family", [("{F^} turned {K} today! Still sharper than all of us 🎂", "{F^} a eu {K} ans aujourd'hui! Encore plus [vif|vive] que nous autres 🎂")], agree="F", mood="happy", F=FAMILY, K=same("70", "75", "80", "85", "90", "92", "95")),
    ordinary("family", [("Sunday dinner at {F}: {K} people, one turkey, zero chairs left", "Souper du dimanche chez {F} : {K} personnes, une dinde pis plus une chaise de libre")], mood="happy", F=vals(("my mom's", "ma mère"), ("my parents'", "mes parents"), ("grandma's", "grand-maman"), ("my aunt's", "ma tante"), ("my in-laws'", "mes beaux-parents")), K=same("12", "14", "16", "18", "22")),
    ordinary("family", [("Teenager asked me what a landline was. I feel ancient.", "Mon ado m'a demandé c'était quoi un téléphone fixe. Je me sens préhistorique."),
                 ("Toddler refused to wear pants today. Toddler won.", "Mon petit a refusé de mettre un pantalon aujourd'hui. Il a gagné."),
                 ("My kid just told me I'm 'kinda cringe but okay'. I'll take it.", "Mon enfant vient de me dire que je suis « un peu malaisant mais correct ». Je prends ça."),
                 ("The baby slept 6 hours straight. I don't know what to do with my life now.", "Le bébé a dormi 6 heures d'affilée. Je sais plus quoi faire de ma vie."),
                 ("Parenting is 40% snacks, 40% laundry and 20% finding the other shoe.", "Être parent, c'est 40 % de collations, 40 % de lavage pis 20 % à chercher l'autre soulier.")], mood="laugh", n=5),
    ordinary("family", [("{F^} sent me a {K}-paragraph text about the correct way to fold towels", "{F^} m'a envoyé un texto de {K} paragraphes sur la bonne façon de plier les serviettes")], mood="laugh", F=FAMILY, K=same("3", "4", "5", "6")),
    ordinary("family", [("Family group chat is arguing about {X} again. Muting for 24h.", "Le groupe de la famille s'obstine encore sur {X}. Je mets en sourdine pour 24 h.")], mood="laugh",
      X=vals(("who makes the best tourtière", "qui fait la meilleure tourtière"), ("the Christmas gift budget", "le budget des cadeaux de Noël"), ("whose turn it is to host", "c'est à qui de recevoir"), ("pineapple on pizza", "l'ananas sur la pizza"), ("the right way to load a dishwasher", "la bonne façon de remplir le lave-vaisselle"), ("hockey", "le hockey"))),
    ordinary("family", [("Happy anniversary to my favourite human. {K} years and you still laugh at my jokes ❤️", "Bon anniversaire à mon humain préféré. {K} ans pis tu ris encore de mes blagues ❤️")], mood="love", K=same("5", "8", "10", "12", "15", "20", "25", "30")),
    ordinary("family", [("My grandmother's recipe for {D}, finally written down. Measurements: 'enough'.", "La recette {D.de} de ma grand-mère, enfin écrite. Mesures : « assez »."),
                 ("Tried to make {F}'s {D}. Tasted nothing like it. Called to complain, got a lecture.", "J'ai essayé de faire {D.le} de {F}. Ça goûtait rien pantoute pareil. J'ai appelé pour me plaindre, j'ai eu un sermon.")],
      mood="laugh", D=DISHES, F=vals(("my mom", "ma mère"), ("my dad", "mon père"), ("my grandma", "ma grand-mère"), ("my uncle", "mon oncle"))),
    # --- food
    ordinary("food", [("Made {D} from scratch and honestly? Chef's kiss", "J'ai fait {D.du} maison pis franchement? Chef's kiss"), ("First attempt at {D}. Ugly but delicious.", "Premier essai {D.de}. Pas beau mais délicieux.")], mood="food", D=DISHES),
    ordinary("food", [("Is it normal to eat an entire bag of {S} in one sitting asking for a friend", "Est-ce que c'est normal de manger un sac complet de {S} d'une traite, c'est pour un ami")], mood="laugh", S=SNACKS),
    ordinary("food", [("Sugar shack season!!! {K} pancakes later I regret nothing", "Temps des sucres!!! {K} crêpes plus tard pis je regrette rien")], reg=QC, mood="food", K=same("4", "5", "6", "7", "8", "9", "11")),
    ordinary("food", [("Pizza night. I'm not cooking after this week.", "Soirée pizza. Je cuisine pas après la semaine que j'ai eue."), ("Leftover {D} for breakfast is the best decision I made all week", "Des restants {D.de} pour déjeuner, c'est la meilleure décision de ma semaine")], mood="food", D=DISHES),
    ordinary("food", [("Hot take: {S}, best Canadian snack, and I won't be taking questions", "Opinion tranchée : {S}, c'est la meilleure collation canadienne pis je prends pas de questions")], mood="food", S=SNACKS),
    ordinary("food", [("Meal prep Sunday: {K} containers of {D}. Ask me again Wednesday how it's going", "Préparation des lunchs du dimanche : {K} plats {D.de}. Redemandez-moi mercredi comment ça va")], mood="food", K=same("5", "6", "8", "10"), D=DISHES),
    ordinary("food", [("The garden gave me {K} zucchini. Nobody is safe. Zucchini bread for everyone.", "Le jardin m'a donné {K} zucchinis. Personne est en sécurité. Pain aux zucchinis pour tout le monde.")], mood="laugh", K=same("14", "22", "30", "41", "57")),
    ordinary("food", [("Tried the new {D} place downtown. Worth the hype 🔥", "Essayé la nouvelle place {D.de} au centre-ville. Ça vaut le buzz 🔥")], mood="food", D=DISHES),
    # --- pets
    ordinary("pets", [("{P} knocked my coffee off the table while looking me dead in the eye", "{P} a fait tomber mon café de la table en me regardant droit dans les yeux")], mood="laugh", P=PET_NAMES),
    ordinary("pets", [("Adopted a {A} today! Meet {P} 🐾", "J'ai adopté [un|une] {A} aujourd'hui! Je vous présente {P} 🐾")], agree="A", mood="love", A=DOGS + CATS, P=PET_NAMES),
    ordinary("pets", [("My {A} has a better social life than me. {K} dog park friends and counting.", "[Mon|Ma] {A} a une meilleure vie sociale que moi. {K} amis au parc à chiens pis ça continue.")], agree="A", mood="laugh", A=DOGS, K=same("6", "8", "10", "12", "15")),
    ordinary("pets", [("{P} ate a sock. Vet says he'll be fine. My wallet won't.", "{P} a mangé un bas. Le vétérinaire dit qu'il va s'en remettre. Mon portefeuille, pas sûr.")], mood="laugh", P=PET_NAMES),
    ordinary("pets", [("{P} refuses to go outside because it's raining. Same, buddy.", "{P} refuse de sortir parce qu'il pleut. Pareil, mon chum.")], mood="laugh", P=PET_NAMES),
    ordinary("pets", [("Rest easy, {P}. {K} years of being the best {A} anyone could ask for 💔", "Repose en paix, {P}. {K} ans à être [le meilleur|la meilleure] {A} au monde 💔")], agree="A", mood="sad", P=PET_NAMES, K=same("11", "13", "14", "15", "16", "18"), A=DOGS + CATS),
    ordinary("pets", [("The cat has chosen violence today", "Le chat a choisi la violence aujourd'hui"), ("the cat is yelling at 4 am for no reason, send help", "le chat crie à 4 h du matin pour aucune raison, à l'aide"),
               ("My cat just discovered the Christmas tree. Pray for the ornaments.", "Mon chat vient de découvrir le sapin de Noël. Priez pour les décorations.")], mood="laugh", n=3),
    # --- weather
    ordinary("weather", [("{T} with the windchill. Why do we live here", "{T} avec le facteur vent. Pourquoi on vit ici"), ("It's {T} and my car said no this morning", "Il fait {T} pis mon char a dit non ce matin")], reg=QC, mood="weather", T=TEMPS),
    ordinary("weather", [("{K} cm of snow overnight. Shovelled twice, plow came by and buried the driveway again", "{K} cm de neige pendant la nuit. J'ai pelleté deux fois, la charrue est passée pis a tout renterré l'entrée")], reg=QC, mood="weather", K=same("15", "20", "25", "30", "35", "40", "45")),
    ordinary("weather", [("{T} degrees and humid. I'm melting. Give me winter back.", "{T} degrés pis humide. Je fonds. Redonnez-moi l'hiver.")], mood="weather", T=HOT),
    ordinary("weather", [("Snow in {M}. Of course. Classic.", "De la neige en {M}. Évidemment. Classique."), ("It was 20 degrees on {D} and it's snowing today. Canada things.", "Il faisait 20 degrés {D} pis il neige aujourd'hui. Affaires de Canada.")],
      mood="weather", M=vals(("May", "mai"), ("April", "avril"), ("October", "octobre"), ("September", "septembre")), D=DAYS),
    ordinary("weather", [("First real spring day and everyone's in shorts at 8 degrees", "Première vraie journée de printemps pis tout le monde est en shorts à 8 degrés"),
                  ("Well it's some frette out today, b'y", "Well il fait frette en masse aujourd'hui"),
                  ("Fog so thick this morning I couldn't see the end of the street", "Une brume tellement épaisse ce matin que je voyais pas le bout de la rue"),
                  ("Freezing rain again. The whole street is a skating rink.", "Encore de la pluie verglaçante. Toute la rue est une patinoire.")], reg=ACA, mood="weather", n=4),
    ordinary("weather", [("Power's back after {K} hours. Thank you linemen, you're heroes", "Le courant est revenu après {K} heures. Merci aux monteurs de lignes, vous êtes des héros")], mood="happy", K=same("6", "9", "12", "18", "26", "31")),
    # --- commuting
    ordinary("commuting", [("The {R} was {K} minutes late again. Love that for me.", "{R^} avait encore {K} minutes de retard. J'adore ça."), ("{R^} broke down. Walking. In the snow. Uphill both ways.", "{R^} est en panne. Je marche. Dans la neige. En montée dans les deux sens.")],
      reg=("sarcastic", "sarcastic"), mood="sarcastic", R=vals(("bus", "l'autobus"), ("train", "le train"), ("LRT", "le train léger"), ("metro", "le métro"), ("ferry", "le traversier")), K=same("10", "15", "20", "25", "35")),
    ordinary("commuting", [("Biked to work in the rain. Soaked. Smug. Worth it.", "Allé au travail en vélo sous la pluie. Trempé. Fier. Ça valait la peine."), ("Bike lane was clear today for once, someone tell the city thanks", "La piste cyclable était déneigée aujourd'hui pour une fois, quelqu'un remercie la ville")], mood="happy", n=2),
    ordinary("commuting", [("Construction season on the {H}: {K} minutes to go 3 km", "Saison des cônes orange sur {H} : {K} minutes pour faire 3 km")], reg=QC, mood="angry",
      H=vals(("417", "la 417"), ("401", "la 401"), ("Decarie", "Décarie"), ("Turcot", "l'échangeur Turcot"), ("Deerfoot", "la Deerfoot"), ("bridge", "le pont")), K=same("35", "40", "50", "55", "70")),
    ordinary("commuting", [("Someone on the bus is eating a whole rotisserie chicken at 8 am. Respect.", "Quelqu'un dans l'autobus mange un poulet rôti au complet à 8 h du matin. Respect."),
                    ("Lady on the train knitting a full sweater between two stops. Legend.", "Une dame dans le train qui tricote un chandail au complet entre deux arrêts. Légende."),
                    ("Guy on the metro playing the accordion and honestly it improved my morning", "Un gars dans le métro qui joue de l'accordéon pis franchement ça a amélioré mon matin")], mood="laugh", n=3),
    ordinary("commuting", [("Forgot my headphones. {K} minutes alone with my thoughts. Terrible.", "Oublié mes écouteurs. {K} minutes seul avec mes pensées. Terrible.")], mood="sad", K=same("25", "30", "40", "45", "55", "65")),
    # --- hobbies
    ordinary("hobbies", [("Started {H} this year and I'm obsessed. Send beginner tips!", "J'ai commencé {H.le} cette année pis je suis obsédé. Envoyez vos trucs de débutant!")], agree="H", mood="happy", H=[V(h.en[""], h.fr[""], "f" if h.fr[""] in ("poterie", "menuiserie", "ornithologie", "guitare", "photo", "couture", "impression 3D", "aquarelle", "pêche à la mouche", "escalade de bloc") else "m") for h in HOBBIES]),
    ordinary("hobbies", [("My {H} project is {K}% done and 100% ugly but I love it", "Mon projet de {H} est fini à {K} % pis laid à 100 % mais je l'aime")], mood="laugh", H=HOBBIES, K=same("30", "40", "50", "60", "75", "90")),
    ordinary("hobbies", [("Saw a {B} at the feeder this morning!! First one this year", "J'ai vu {B} à la mangeoire ce matin!! [Le premier|La première] de l'année")], agree="B", mood="happy",
      B=[V("cardinal", "un cardinal"), V("blue jay", "un geai bleu"), V("pileated woodpecker", "un grand pic"), V("chickadee", "une mésange", "f"), V("snowy owl", "un harfang des neiges"), V("goldfinch", "un chardonneret"), V("red-winged blackbird", "un carouge à épaulettes"), V("nuthatch", "une sittelle", "f")]),
    ordinary("hobbies", [("Garden update: the tomatoes are thriving, the lettuce got eaten by a rabbit named Gerald", "Nouvelles du jardin : les tomates vont super bien, la laitue s'est fait manger par un lapin qui s'appelle Gérald"),
                  ("Planted {K} kinds of tomatoes. Have zero idea which is which.", "J'ai planté {K} sortes de tomates. Aucune idée c'est lesquelles.")], mood="laugh", K=same("4", "5", "6", "7", "8", "9")),
    ordinary("hobbies", [("Thrifted a {X} for {K} bucks. Best find of the year.", "Trouvé {X} pour {K} piasses à la friperie. La trouvaille de l'année.")], mood="happy",
      X=vals(("vintage Roots sweater", "un vieux coton ouaté Roots"), ("cast-iron pan", "une poêle en fonte"), ("record player", "une table tournante"), ("wool coat", "un manteau de laine"), ("Pyrex set", "un ensemble Pyrex")), K=same("4", "5", "8", "10", "12", "15")),
    ordinary("hobbies", [("Finished a {K}-piece puzzle. One piece missing. Of course.", "Fini un casse-tête de {K} morceaux. Il manque une pièce. Évidemment.")], mood="angry", K=same("500", "750", "1000", "1500", "2000")),
    ordinary("hobbies", [("Chess club tonight. Lost {K} games in a row to a 12-year-old.", "Club d'échecs à soir. Perdu {K} parties d'affilée contre un jeune de 12 ans.")], mood="laugh", K=same("3", "4", "5", "6", "7")),
    # --- memes
    ordinary("memes", [("me: I'll go to bed early tonight. also me at 2 am: watching videos of people restoring old knives", "moi : je me couche de bonne heure ce soir. moi aussi à 2 h du matin : en train de regarder des vidéos de gens qui restaurent des vieux couteaux"),
                ("nobody:\nme at the grocery store: buys {K} kinds of cheese", "personne :\nmoi à l'épicerie : j'achète {K} sortes de fromage")], mood="laugh", K=same("3", "4", "5", "6", "7")),
    ordinary("memes", [("POV: you said 'you too' when the waiter said enjoy your meal", "POV : t'as répondu « vous aussi » quand le serveur a dit bon appétit"),
                ("POV: you waved back at someone who was waving at the person behind you", "POV : t'as salué quelqu'un qui saluait la personne derrière toi"),
                ("POV: you're on mute explaining something brilliant for 3 minutes", "POV : t'es en sourdine en train d'expliquer quelque chose de génial depuis 3 minutes")], mood="laugh", n=3),
    ordinary("memes", [("Adulting is just saying 'after this week things will calm down' forever", "Être adulte, c'est dire « après cette semaine ça va se calmer » pour toujours"),
                ("My toxic trait is thinking I can do {K} things in one Saturday", "Mon trait toxique, c'est de penser que je peux faire {K} affaires dans un samedi")], mood="laugh", K=same("9", "12", "15", "20")),
    ordinary("memes", [("Tell me you're Canadian without telling me you're Canadian: I'll go first, {X}", "Dis-moi que t'es Canadien sans me dire que t'es Canadien : je commence, {X}")], mood="laugh",
      X=vals(("I've said sorry to a door", "je me suis excusé à une porte"), ("I own 4 tuques", "j'ai 4 tuques"), ("I know what a double-double is", "je sais c'est quoi un double-double"), ("I've worn shorts at 5 degrees", "j'ai déjà porté des shorts à 5 degrés"), ("I measure distance in hours", "je mesure les distances en heures"))),
    ordinary("memes", [("It's the '{X}' for me 💀", "C'est le « {X} » pour moi 💀")], mood="laugh",
      X=vals(("per my last email", "tel que mentionné dans mon dernier courriel"), ("quick question", "petite question rapide"), ("let's circle back", "on s'en reparle"), ("new phone who dis", "nouveau téléphone, c'est qui"), ("we need to talk", "faut qu'on se parle"))),
    ordinary("memes", [("Brain at 3 am: remember that thing you said in grade {K}?", "Mon cerveau à 3 h du matin : te rappelles-tu ce que t'as dit en {K}e année?")], mood="laugh", K=same("2", "3", "4", "5", "6")),
    ordinary("memes", [("If you need me I'll be under a blanket until {M}", "Si vous me cherchez, je vais être sous une couverture jusqu'en {M}")], mood="weather", M=MONTHS),
    # --- work, politics, identity, in passing and harmless
    ordinary("work_in_passing", [("Long week at work. Pizza and a movie tonight, no notes.", "Grosse semaine au travail. Pizza pis film ce soir, rien à ajouter."), ("Finally {D}. Work laptop closed, phone on silent.", "Enfin {D}. Portable du travail fermé, téléphone en silencieux.")], mood="happy", D=vals(("Friday", "vendredi"), ("the long weekend", "la longue fin de semaine"), ("vacation", "les vacances"))),
    ordinary("work_in_passing", [("Brought {D} for the team potluck and it was gone in 10 minutes. Proud.", "J'ai apporté {D.du} pour le repas-partage de l'équipe pis c'est parti en 10 minutes. Fier[|e].")], agree="YOU", YOU=[V("", "", "m"), V("", "", "f")], mood="happy", D=DISHES),
    ordinary("work_in_passing", [("{K} years at the same job today. Cake in the break room, who's in", "{K} ans à la même job aujourd'hui. Gâteau dans la salle de pause, qui en veut")], reg=QC, mood="happy", K=same("5", "10", "15", "20", "25")),
    ordinary("work_in_passing", [("Took the French test today. My brain is pudding. Naptime.", "J'ai passé mon test de langue seconde aujourd'hui. J'ai le cerveau en compote. Sieste."),
                          ("Second-language training starts {D}. Wish me luck, my verbs are a crime scene.", "La formation linguistique commence {D}. Souhaitez-moi bonne chance, mes verbes en anglais sont une scène de crime.")], mood="laugh", D=DAYS),
    ordinary("politics_in_passing", [("Voted this morning, the lineup was short and the volunteers were lovely. Go vote!", "Voté ce matin, la file était courte pis les bénévoles étaient adorables. Allez voter!"),
                              ("Election night and I'm mostly here for the snacks and the maps", "Soir d'élection pis je suis surtout là pour les grignotines pis les cartes")], mood="happy", n=2),
    ordinary("politics_in_passing", [("Watched the debate with {F}. We agreed on nothing except that the moderator's tie was great.", "J'ai regardé le débat avec {F}. On s'est entendus sur rien sauf que la cravate de l'animateur était belle.")], mood="laugh", F=FAMILY),
    ordinary("identity_in_passing", [("As a {X}, I have strong opinions about {Y}. They are all correct.", "En tant que {X}, j'ai des opinions fortes sur {Y}. Elles sont toutes bonnes.")], mood="laugh",
      X=vals(("Newfoundlander", "Terre-Neuvien"), ("Franco-Ontarian", "Franco-Ontarien"), ("proud Acadian", "fier Acadien"), ("Prairie kid", "enfant des Prairies"), ("Montrealer", "Montréalais"), ("Cape Bretoner", "Cap-Bretonnais")),
      Y=vals(("fries", "les frites"), ("winter tires", "les pneus d'hiver"), ("bagels", "les bagels"), ("donairs", "les donairs"), ("snow", "la neige"))),
    # --- Acadian and Québécois French
    ordinary("weather", [("It's cold, right? Couldn't get the truck started this morning", "Well là, y fait frette right, j'ai pas été capable de starter le truck à matin"),
                  ("Storm coming, so I got bread, milk and {S}. Priorities.", "Y'a une tempête qui s'en vient, so j'ai acheté du pain, du lait pis {S}. Les priorités."),
                  ("Wind was wild last night, the neighbour's trampoline is in our yard now", "Y ventait fort en masse hier soir, le trampoline du voisin est dans notre cour asteure")],
      reg=ACA, mood="weather", S=vals(("chips", "des chips"), ("a bag of ketchup chips", "un sac de chips au ketchup"), ("beer", "de la bière"), ("a puzzle", "un casse-tête"), ("candles", "des chandelles"))),
    ordinary("family", [("Went clam digging with Dad this weekend, we got a whole bucket", "On a été aux coques avec Papa en fin de semaine, on a ramassé une pleine chaudière"),
                 ("Kitchen party at my uncle's last night, the fiddles didn't stop until 2", "Gros party de cuisine chez mon oncle hier soir, les violons ont pas arrêté avant 2 h du matin"),
                 ("{F^} made {K} dozen meat pies for the holidays. She says it's 'not enough'.", "{F^} a fait {K} douzaines de pâtés à la viande pour les Fêtes. Elle dit que c'est « pas assez ».")],
      reg=ACA, mood="happy", F=vals(("my mom", "ma mère"), ("my grandma", "ma grand-mère"), ("my aunt", "ma tante"), ("my mother-in-law", "ma belle-mère")), K=same("6", "8", "10", "12")),
    ordinary("memes", [("My internet is slow as hell, I'm about to throw the modem out the window", "Mon internet est lent en tabarnouche, chu à veille de lancer le modem par la fenêtre"),
                ("Moving day, July 1st: a couch on the sidewalk every 10 metres. Classic.", "Le 1er juillet : un divan sur le trottoir à chaque 10 mètres. Classique."),
                ("Went to the sugar shack with the gang, ate way too much ham and beans", "Été à la cabane avec la gang, j'ai mangé ben trop de jambon pis de fèves au lard"),
                ("Finally, the terraces are open. Summer officially starts now", "Enfin, les terrasses sont ouvertes. L'été commence officiellement astheure"),
                ("Lost my tuque, my mitts and my dignity shovelling this morning", "J'ai perdu ma tuque, mes mitaines pis ma dignité en pelletant à matin")], reg=QC, mood="laugh", n=5),
    ordinary("sports", [("Tournament weekend: {K} games, {K2} Timbits boxes, zero sleep", "Fin de semaine de tournoi : {K} games, {K2} boîtes de Timbits, zéro sommeil")], reg=QC, mood="sport", K=same("4", "5", "6"), K2=same("3", "7", "9", "12")),
    ordinary("identity_in_passing", [("Ramadan mubarak to everyone celebrating! My coworkers and I are doing iftar potluck {D}.", "Ramadan moubarak à ceux qui le célèbrent! Mes collègues et moi, on fait un iftar partage {D}."),
                              ("Our family's first Canadian Thanksgiving and my mom made biryani instead of turkey. No complaints.", "Notre premier Action de grâce au Canada pis ma mère a fait du biryani au lieu de la dinde. Aucune plainte."),
                              ("My husband and I are hosting Pride brunch again this year. Waffles are non-negotiable.", "Mon mari et moi, on reçoit encore le brunch de la Fierté cette année. Les gaufres, c'est non négociable.")], mood="happy", D=DAYS),
]


def posts() -> Iterator[Post]:
    yield from generate(FAMILIES, seed=20240612, default_tags=TAGS)
