"""DIS007: threats without a killing verb, wishes of harm and violence called deserved, in parallel
English / French tables (issue 15, category B: harassing content).

Rows are written for these tests in several registers (casual, emoji, typos, Québec and European
French), never taken from a data set. Every should-flag table has hard negatives beside it.

Content warning: these tables quote threats, because the rule must recognise them.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import discrimination, learned
from footprint.rules.base import text_words
from footprint.rules.discrimination_threats import (
    _FAREWELL_WORDS,
    GROUP_THREAT_WORDS,
    HARM_THREAT_WORDS,
    HarmThreat,
    harm_threat,
)
from footprint.text import fold
from tests.rules.conftest import codes_of, flat

ALONE = Analyzer([HarmThreat()])


def flags(text: str, language: str | None = None) -> bool:
    return "DIS007" in codes_of(ALONE, text, language)


# -- threats at a person: "I'll find you", "you'll regret this", « tu vas me le payer » ----------

PERSON = [
    ("I'm going to find you, and when I do you'll wish you'd kept your mouth shut",
     "Je vais te retrouver, pis quand je vais te trouver tu vas regretter d'avoir parlé"),
    ("@kev_88 you'll regret this, trust me", "@mel_qc tu vas le regretter, crois-moi"),
    ("you will regret ever crossing me", "vous allez regretter le jour où vous m'avez croisé"),
    ("you'll pay for this, I swear on my mother", "tu vas me le payer, sale menteur"),
    ("keep running your mouth and see what happens to you", "Tu perds rien pour attendre toi"),
    ("wait till I get my hands on you, you little rat", "Attends que je t'attrape mon p'tit criss"),
    ("i'll make you suffer for what you did", "je vais te faire souffrir pour ce que t'as fait"),
    ("I will end you. Count your days 🔪", "Je vais te faire la peau 🔪 tes jours sont comptés"),
    ("we're coming for you and your kids", "on s'en vient te chercher, toi pis ta famille"),
    ("sleep with one eye open, buddy", "dors avec un œil ouvert mon gars"),
    ("i'ma put you in the hospital next time i see u", "m'as t'envoyer à l'hôpital la prochaine fois"),
    ("I'll knock your teeth down your throat", "j'vais te péter les dents"),
    ("gonna bash his head in when he gets home", "je vais lui défoncer le crâne quand il rentre"),
    ("I'd love to strangle you with my bare hands", "j'aimerais t'étrangler de mes propres mains"),
    ("one day you'll be found in a ditch", "un jour tu vas finir dans un fossé"),
    ("you're a dead man, i know what car you drive", "t'es un homme mort, je sais c'est quoi ton char"),
    ("im gonna find u wherever u hide", "m'as te retrouver pis tu vas comprendre"),
    ("Imma beat the shit out of him 😤", "j'vais lui casser la gueule 😤"),
    ("imma pop you next time you come round here", "je vais te démonter la prochaine fois"),
    ("I'll send my boys after you", "j'envoie mes gars chez vous ce soir"),
    ("we gonna smoke you and your whole crew", "mes gars vont te faire la peau"),
    ("ill find you and ill make you regret it", "jvai te défoncer toi"),
    ("ill knock ur teeth out", "jv te briser grosse patate"),
    ("ill kill the bitch when you're not home", "j'vais tuer la folle quand t'es pas là"),
    ("string him up, he deserves it", "pendez-le, il le mérite"),
    ("I hope they beat his ass in private", "j'espère qu'elle va se faire tabasser en privé"),
]

# -- someone should / wishes of harm / violence called deserved --------------------------------

WISH = [
    ("Someone should put a bullet in that guy's head honestly", "Quelqu'un devrait lui tirer une balle dans la tête"),
    ("somebody needs to run her over with a truck", "qqn devrait lui rouler dessus avec un pick-up"),
    ("please someone shoot that clown", "que quelqu'un abatte ce clown svp"),
    ("people like that deserve a bullet", "ça mériterait une balle entre les deux yeux"),
    ("honestly they all deserve to get their heads kicked in", "Ils méritent de se faire tabasser dans la rue"),
    ("those guys need a good beating", "ces gens-là mériteraient une bonne raclée"),
    ("violence against those people is totally justified", "la violence contre ces gens-là est totalement justifiée"),
    ("it's fine to punch them, they had it coming", "c'est correct de les frapper, ils l'ont cherché"),
    ("i hope ur whole family burns in ur house", "j'espère que ta maison brûle avec toi dedans"),
    ("I hope you get cancer, you deserve it", "J'espère que t'attrapes le cancer et que tu crèves"),
    ("wish you were dead tbh 🙂", "je te souhaite la mort, sincèrement 🙂"),
    ("can't wait to see you six feet under", "J'ai hâte de te voir six pieds sous terre"),
    ("I want you dead. plain and simple", "je te veux mort, point."),
    ("Just die already nobody cares", "crève donc, personne s'en soucie"),
    ("I hope she gets what's coming to her, a beating", "j'espère qu'elle va se faire tabasser, elle l'a cherché"),
]

# -- hard negatives: idioms, plans, advice, care, sport, news, fiction, banter, refusals --------

NOT_THREATS = [
    ("I'm going to kill this workout today 💪", "Je vais tuer le temps au café en t'attendant"),
    ("We destroyed them 6-1 last night, what a game", "On les a démolis 6-1 hier soir, quelle game"),
    ("You'll regret not coming to the concert, it was amazing", "Tu vas regretter de pas être venue au show, c'était malade"),
    ("you'll regret it if you don't book early", "tu vas le regretter si tu viens pas"),
    ("I'm going to find you the best recipe for banana bread", "Je vais te retrouver au resto vers 18 h"),
    ("Police say the man told her \"I will find you\" before fleeing",
     "La police affirme qu'il lui a dit « je vais te retrouver » avant de fuir"),
    ("He was charged after threatening to shoot his neighbour", "Il a été accusé d'avoir menacé de tirer sur son voisin"),
    ("Please don't kill yourself over this exam, it's not worth it", "Te tue pas à l'ouvrage pour cet examen, ça vaut pas la peine"),
    ("My mom is going to kill me when she sees my grades 😂", "Ma mère va me tuer quand elle va voir mon bulletin 😂"),
    ("The villain whispers \"you'll pay for this\" and the screen goes dark",
     "Dans le film, le méchant lui dit qu'il va le payer cher"),
    ("Someone should make a documentary about this", "Quelqu'un devrait faire un documentaire là-dessus"),
    ("someone should shoot a video of this sunset", "faudrait juste que qqn le remette à sa place"),
    ("No one deserves to be beaten, ever.", "Personne ne mérite de se faire frapper."),
    ("Nobody deserves a bullet for speaking their mind", "Personne mérite une balle pour avoir donné son opinion"),
    ("I hope you get well soon, thinking of you", "J'espère que tu vas mieux, je pense à toi"),
    ("I hope you never get hurt like that again", "j'espère que tu souffres pas trop, courage"),
    ("can't wait to see you at the cottage", "j'ai hâte de te voir au chalet"),
    ("you'll pay $20 at the door", "tu vas le payer 20 $ à l'entrée"),
    ("you'll pay for this later lol, hangovers are brutal", "tu vas me le payer en bières celle-là 😂"),
    ("wait till I get my hands on that new iPhone", "attends que je t'attrape un café, j'arrive"),
    ("I'll make you a coffee when you get here", "Je vais te faire un café quand t'arrives"),
    ("I could just die of embarrassment", "je suis morte de rire"),
    ("I hope you die laughing at this one", "j'espère que tu meurs de rire avec celle-là"),
    ("Dead man walking is such a good movie", "Un homme mort, c'est un bon roman policier"),
    ("In the game you have to find them and take them out", "Dans le jeu, faut les retrouver avant la fin du niveau"),
    ("this is not a threat, just saying we'll find you a seat", "on va te trouver une place, promis"),
    ("I'd love to end the night with karaoke", "j'aimerais finir la soirée au karaoké"),
    ("I'll cut you some slack this time", "je vais te couper une part de gâteau"),
    ("I'll pop you a text when I'm outside", "je vais te démonter l'étagère demain"),
    ("I'll send my boys to your party, they love cake", "mes gars vont s'occuper de toi au resto, ils sont super"),
    ("we gonna smoke you at mario kart tonight lol", "je vais allumer le BBQ"),
    ("ill find you a good dentist, promise", "jv te briser le cœur en te disant ça lol"),
    ("I'll kill the lights when I leave", "on va battre le trafic si on part tout de suite"),
    ("hope the Leafs beat them tonight", "accroche-les aux crochets près de la porte"),
    ("hang them up on the hooks by the door", "j'espère que le CH va les battre ce soir"),
]


# -- promises on the body or the home, veiled threats, conditions, curses ----------------------

VEILED = [
    ("next time I see you at the rink you're done", "la prochaine fois que je te croise à l'aréna, t'es fini"),
    ("If you show up at that meeting again you're finished, understand?", "si tu te pointes encore à la réunion, t'es mort, compris?"),
    ("enjoy your last few days", "profite bien de tes derniers jours"),
    ("I'll make your life a living hell, you'll see", "je vais te pourrir la vie, tu vas voir"),
    ("I'll make sure you never walk again", "je vais faire en sorte que tu marches plus jamais"),
    ("I have a bullet with your name on it", "j'ai une balle avec ton nom dessus"),
    ("May you die alone and forgotten", "que tu crèves seul comme un chien"),
    ("wouldn't shed a tear if you got hit by a bus", "je verserais pas une larme si tu te faisais frapper par un autobus"),
    ("honestly a few broken bones would teach them some respect", "quelques os cassés leur apprendraient le respect"),
    ("those protesters should be shot on sight", "ces manifestants devraient être abattus à vue"),
    ("you have no idea what's coming for you", "tu sais pas ce qui t'attend"),
    ("I'm bringing my gun to work tomorrow, let's see who laughs then", "j'amène mon gun au bureau demain, on va voir qui va rire"),
    ("hope your kids get sick and you lose everything", "j'espère que tes enfants tombent malades et que tu perds tout"),
    ("do that again and I'll rip your arms off", "refais ça pis j'te casse les deux bras"),
    ("I'll make you regret being born", "je vais te faire regretter d'être né"),
    ("I hope something terrible happens to you", "j'espère qu'il t'arrive malheur"),
    ("next guy who touches my car, I'll kill him", "le prochain qui touche à mon char, je le tue"),
    ("I'll put my fist through your face", "m'as te crisser une volée"),
    ("you'll feel it, trust me", "tu vas le sentir passer, crois-moi"),
    ("this won't end well for you, buddy", "ça va mal finir pour toi, mon gars"),
    ("you don't deserve to live", "tu mérites pas de vivre"),
    ("do everyone a favour and disappear forever", "rends service à tout le monde et disparais pour de bon"),
    ("your mother should have aborted you", "ta mère aurait dû avorter"),
    ("nobody would care if you died tomorrow", "personne en aurait rien à foutre si tu crevais demain"),
    ("you're next.", "t'es le prochain."),
    ("you won't be around much longer", "tu seras plus là pour longtemps"),
    ("see you soon 🔪", "à bientôt 🔪"),
    ("you people would do better to leave while there's still time", "vous feriez mieux de partir tant qu'il est encore temps"),
    ("you'd better pack your bags before it's too late", "tu ferais mieux de faire tes valises avant qu'il soit trop tard"),
    ("if you know what's good for you, you'll stay home", "si tu tiens à la vie, reste chez vous"),
    ("someone should burn their house down", "quelqu'un devrait mettre le feu chez eux"),
]

# -- the same aimed at a group, or at "them" -----------------------------------------------------

GROUP = [
    ("I'm going to hurt every trans person I see this weekend", "je vais tabasser tous les immigrés que je croise"),
    ("I will make sure no Muslim feels safe in this town", "je vais faire en sorte qu'aucun musulman se sente en sécurité ici"),
    ("Immigrants should be very afraid right now", "les immigrés ont intérêt à se cacher"),
    ("we know where you Jews live", "on sait où les juifs habitent"),
    ("not a single immigrant is going to feel safe here after tonight", "aucun immigré sera en sécurité ici après ce soir"),
    ("honestly I wish all the immigrants would just disappear", "honnêtement je souhaite que tous les immigrés disparaissent"),
    ("let the refugees drown, not our problem", "laissez-les crever, ces réfugiés, c'est pas notre problème"),
    ("the world would be a better place without Muslims", "le monde serait bien mieux sans les musulmans"),
    ("those people should be sterilized, every one of them", "ces gens-là devraient tous être stérilisés"),
    ("they'll regret ever coming here", "ils vont regretter d'être venus ici"),
    ("their day will come, mark my words", "leur jour viendra, notez bien"),
    ("it's only a matter of time before someone takes care of them", "c'est juste une question de temps avant qu'on s'en occupe"),
    ("hunt them down, every last one of those migrants", "traquez-les, ces migrants, jusqu'au dernier"),
    ("a bullet for every immigrant", "une balle pour chaque immigré"),
    ("open season on refugees starting tonight", "la chasse aux réfugiés est ouverte"),
    ("time to clean our streets of these migrants", "faut nettoyer les rues de ces migrants"),
    ("we should make them suffer for this, those Muslims", "faudrait leur faire la peau à tous, ces musulmans"),
]

NOT_THREATS_2 = [
    ("I will make sure every immigrant feels welcome here", "je vais faire en sorte que chaque réfugié se sente à l'aise"),
    ("No immigrant should be afraid to call the police", "Aucun immigré devrait avoir peur d'appeler la police"),
    ("I wish the snow would just disappear already", "je souhaite que les moustiques disparaissent cet été"),
    ("the world would be a better place without plastic straws", "le monde serait mieux sans les pailles de plastique"),
    ("you'll feel it tomorrow after that leg workout", "tu vas le sentir demain, cet entraînement-là"),
    ("I know your address is on the invite, see you saturday", "je vais te faire payer un café demain"),
    ("I hope something good happens to you this year", "ça va bien finir pour toi, j'en suis sûr"),
    ("if you eat the last slice you're dead lol", "si tu manges la dernière pointe t'es mort mdr"),
    ("enjoy your last days of vacation!", "profite de tes derniers jours de vacances!"),
    ("When you finish the report you're done for the day", "Meurs, créature des ténèbres! cria le chevalier"),
    ("Seniors don't deserve to live like this, in the cold", "Nos aînés méritent pas de vivre dans le froid comme ça"),
    ("Do me a favour and grab milk on your way home", "Rends-moi service et prends du lait en revenant"),
    ("you're next in line, sir", "t'es le prochain sur la liste pour le vaccin"),
    ("chopping onions 🔪 see you soon for dinner", "à bientôt 😊"),
    ("clean our streets of litter this saturday!", "on va nettoyer les rues du quartier samedi"),
    ("hunt them down in the game, the last boss is tough", "la chasse aux œufs est ouverte!"),
    ("you'd better book before it's too late, the sale ends friday", "quelqu'un devrait mettre le feu au BBQ, j'ai faim"),
    ("you would do better to apply while there's still time, deadline is monday",
     "vous feriez mieux de réserver tant qu'il est encore temps, il reste 3 places"),
]


@pytest.mark.parametrize("text", flat(VEILED))
def test_veiled_threats_and_curses_flag(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", flat(GROUP))
def test_threats_at_a_group_flag(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", flat(NOT_THREATS_2))
def test_more_hard_negatives_do_not_flag(text: str) -> None:
    assert not flags(text), text



@pytest.mark.parametrize("text", flat(PERSON))
def test_threats_at_a_person_flag(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", flat(WISH))
def test_wishes_and_violence_made_normal_flag(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", flat(NOT_THREATS))
def test_hard_negatives_do_not_flag(text: str) -> None:
    assert not flags(text), text


def test_tables_are_parallel_and_varied() -> None:
    for table in (PERSON, WISH, NOT_THREATS, VEILED, GROUP, NOT_THREATS_2):
        assert all(en and fr and en != fr for en, fr in table)
    assert len(flat(PERSON)) + len(flat(WISH)) >= 60


def test_evidence_points_at_the_threat() -> None:
    text = "Honestly? @kev you'll regret this, trust me."
    hit = next(iter(HarmThreat().check(Subject("x", "1", "2", "post", {"text": text}), {"text": fold(text)})))
    assert hit.evidence[0].text.startswith("you'll regret this")
    assert hit.evidence[0].text == text[hit.evidence[0].start:hit.evidence[0].end]


def test_a_mild_threat_with_a_laugh_is_banter_a_strong_one_is_not() -> None:
    assert not flags("you're gonna pay for this lmao")
    assert not flags("tu vas me le payer mdr")
    assert flags("I hope you get cancer lol")
    assert flags("j'espère que tu crèves mdr")


def test_quoted_words_are_someone_elses() -> None:
    assert not flags('My ex texted "I will find you" and I blocked him')
    assert not flags("Il m'a écrit « tu vas le regretter » et je l'ai bloqué")


def test_the_gate_keeps_every_flagged_row() -> None:
    """The cheap word test before the patterns never hides a row the patterns find."""
    for text in flat(PERSON) + flat(WISH) + flat(VEILED) + flat(GROUP):
        folded = fold(text)
        assert not (HARM_THREAT_WORDS | GROUP_THREAT_WORDS | _FAREWELL_WORDS).isdisjoint(text_words(folded)), text
        assert harm_threat(folded, text_words(folded)) is not None, text


def test_ordinary_and_odd_input_is_quiet() -> None:
    for text in ("", " ", "🙂" * 500, "Belle journée au lac!", "Lunch at the market, then a nap",
                 "hope " * 5000, "je vais te " * 3000, "\u0000\ufeff"):
        assert not flags(text), text[:40]


def test_rule_defers_to_the_other_discrimination_rules() -> None:
    """One finding per post: when DIS004 already reports a threat, DIS007 stays silent."""
    analyzer = Analyzer([rule() for rule in (*discrimination.RULES, HarmThreat, *learned.RULES)])
    codes = codes_of(analyzer, "Say that again and I'll kill you, you'll regret this")
    assert "DIS004" in codes and "DIS007" not in codes
    assert codes_of(analyzer, "you'll regret this, trust me") == {"DIS007"}
