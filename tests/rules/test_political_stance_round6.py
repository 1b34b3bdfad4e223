"""Opinion about named politicians, round 6 (issue 14), in English and French: mockery as
questions and jokes, blunders and clowning, contempt for a politician's supporters, gloating,
loyalty said outright, hope and fear about who wins, and character attacks with their typos;
plus the Canadian ministers and mayors and the foreign figures since 2008 now in the name tables.
Parallel tables in the team's own words (casual, sarcastic, hashtags, emoji, typos, Québécois);
every class has hard negatives: the same words with no politician, a namesake, a car, news told
in the third person, official thanks, condolences and poll numbers."""

from __future__ import annotations

import pytest

from footprint.rules import political_stance as stance
from footprint.text import fold
from tests.rules.conftest import any_political

# (class, English, French): each must be read as taking a side, in both languages.
SIDE_PAIRS = [
    # mockery as a question or a joke
    ("mock question", "Why can't Poilievre even answer one question without a slogan?",
     "Pourquoi Legault est même pas capable de répondre à une simple question?"),
    ("mock question", "Name one thing Trudeau has actually fixed in ten years. I'll wait.",
     "Nommez-moi une seule réalisation de Trudeau en dix ans. J'attends toujours."),
    ("mock question", "Why did you lie about the deficit, Freeland?",
     "Pourquoi avez-vous menti sur le déficit, M. Poilievre?"),
    ("mock joke", "Danielle Smith's nose keeps growing every time she talks about hospitals 🤥",
     "Legault, son nez allonge à chaque point de presse sur les hôpitaux 🤥"),
    ("mock joke", "Doug Ford couldn't run a lemonade stand lol",
     "Doug Ford serait même pas capable de gérer un stand à limonade mdr"),
    # blunders and clowning
    ("blunder", "Another blunder by Doug Ford, what else is new",
     "Nouvelle bourde de Doug Ford, on s'habitue"),
    ("blunder", "Poilievre's clown show continues in Question Period",
     "Les pitreries de Poilievre continuent à la Chambre"),
    ("blunder", "Darmanin botched it again, the whole thing is a circus",
     "Darmanin a encore cafouillé, quel cirque cette histoire"),
    # contempt for the supporters
    ("supporters", "Trump's cultists will swallow anything he says",
     "Les fanatiques de Trump gobent n'importe quoi"),
    ("supporters", "So many brainwashed sheeple behind Le Pen, scary",
     "Autant de cons derrière Le Pen, ça fait peur"),
    ("supporters", "Look at the fanboys defending Poilievre again 🐑",
     "Regardez les moutons de Poilievre qui le défendent encore 🐑"),
    # gloating about a result or a fall
    ("gloating", "Good riddance, Boris Johnson. Don't let the door hit you.",
     "Bon débarras, Boris Johnson. Bien fait pour lui."),
    ("gloating", "Scheer got trounced lol, bye bye",
     "Scheer s'est pris une raclée mdr, bye bye"),
    # praise and loyalty
    ("loyalty", "You have my support, Jagmeet! 💪",
     "Tu as tout mon appui, Jagmeet! 💪"),
    ("loyalty", "Nenshi is the only one who actually listens to Albertans",
     "Mélenchon est le seul qui parle vraiment pour les travailleurs"),
    ("loyalty", "Olivia Chow is the best mayor this city has had",
     "Valérie Plante, meilleure mairesse que Montréal a eue"),
    ("loyalty", "Wab Kinew deserves to win, no question",
     "Gabriel Nadeau-Dubois mérite de gagner, point"),
    # hope and fear about who wins
    ("hope/fear", "I really hope Poilievre doesn't win, I'm scared for this country",
     "J'ai tellement peur que Le Pen gagne, pourvu qu'elle perde"),
    ("hope/fear", "If Trump wins again I'm moving to the moon",
     "Si Legault repasse, je déménage"),
    # distrust and character attacks, typos included
    ("character", "Freeland lied thru her teeth today",
     "Poilievre ment comme il respire"),
    ("character", "Legault is a two-faced hypocrit",
     "Legault c'est un faux-jeton pis un hypocryte"),
    ("character", "Doug Ford is on the take, cronyism all the way down",
     "Doug Ford, c'est du copinage pis des enveloppes brunes"),
    ("character", "Blanchet is a lyin' flip flopper #polqc",
     "Blanchet la girouette a encore changé d'idée #polqc"),
    ("character", "Macron's lapdog Lecornu, what a puppet",
     "Lecornu, le toutou de Macron, quel pantin"),
    # insulting nicknames blended from a name
    ("nickname", "Sleepy Joe forgot where he was again",
     "Sleepy Joe a encore oublié où il était"),
    ("nickname", "Two-tier Keir strikes again",
     "Two-tier Keir frappe encore"),
    ("nickname", "Trudope strikes again, another billion gone",
     "Les Fiberals ont encore gonflé la dette"),
    ("nickname", "Doug Fraud and his Greenbelt buddies at it again",
     "Doug Fraud pis ses chums de la ceinture verte, encore"),
    # a leader's surname misspelt in a hurry
    ("typo", "Pollievre is a liar and everyone knows it",
     "Legaut est un menteur pis tout le monde le sait"),
    ("blunder", "Poilievre got owned in that debate lol",
     "Poilievre s'est fait manger au débat mdr"),
    ("praise", "Carney has guts, he stood up to Trump",
     "Carney a du cran, il a tenu tête à Trump"),
    # sarcasm and grudges
    ("sarcasm", "Thanks Trudeau for nothing, really 🙃",
     "Merci pour rien, Legault 🙃"),
    ("grudge", "I will never forgive Poilievre for this",
     "Je pardonnerai jamais ça à Legault"),
    ("character", "Starmer has no spine",
     "Starmer n'a aucune colonne vertébrale"),
    ("character", "Smith's cronies got the contracts again, what a shocker #ableg",
     "Legault a encore pogné les nerfs en point de presse, quel bébé lala"),
    # rules broken, indifference, dodging, a fear or a preference said of who governs
    ("ethics", "Doug Ford violated the ethics rules again and nobody cares",
     "Legault s'en fout complètement des régions"),
    ("dodging", "Carney dodged the question again #cdnpoli",
     "Legault a encore esquivé la question"),
    ("preference", "I'd rather see anyone but Poilievre in charge",
     "J'aimerais mieux n'importe qui que Poilievre"),
    ("fear", "Poilievre couldn't care less about renters and that scares me",
     "Legault encore 4 ans, ça me fait peur"),
    # slang, verlan, emoji alone
    ("slang", "Sunak, what a plonker",
     "Bardella, ce mec est un boloss"),
    ("slang", "Farage, absolute bellend",
     "Macron c'est un ouf, il a pété un câble"),
    ("emoji", "Poilievre 🤡🤡",
     "Legault 👑🔥"),
    ("gloating", "Poilievre lost his own seat 😂😂",
     "Poilievre a perdu son propre comté 😂"),
    # plain agreement and gratitude for a leader
    ("agreement", "Poilievre is right about everything on this one",
     "Poilievre a raison sur toute la ligne"),
    ("agreement", "Nenshi is exactly what Alberta needs right now",
     "Nenshi, c'est exactement ce dont l'Alberta a besoin"),
    ("agreement", "Kinew is the best premier in the country, hands down",
     "Kinew est le meilleur premier ministre au pays, point"),
    ("agreement", "Poilievre gets it. Finally someone talking about housing",
     "Legault a fait une bonne job pendant la pandémie, faut le dire"),
    # Québécois registers
    ("québécois", "Poilievre's base would follow him off a cliff",
     "Chu tanné de Legault pis sa gang"),
    ("québécois", "Legault's bunch are all sheep lol",
     "Les conservateurs de Poilievre, c'est une gang de chialeux"),
    ("québécois", "PSPP deserves it, no question",
     "Les péquistes vont gagner, c'est clair, PSPP le mérite"),
    # emphasis: a letter held down
    ("emphasis", "Poilievre is a liarrrr!",
     "Legault est un menteuuur"),
    ("emphasis", "Ford is sooooo corrupttt",
     "Legault est tellement géniaaaal"),
    # a minister's surname inside a stance hashtag
    ("hashtag", "#FreelandLies again, of course",
     "#GuilbeaultDémission, on est tannés"),
    # a politician's own handle, written to
    ("handle", "@cafreeland why did you lie about the deficit?",
     "@Val_Plante merci pour rien, quelle honte"),
    # a given name that is the politician alone, and a partisan's forecast
    ("given name", "Hillary lied and betrayed our trust, scandal after scandal",
     "Hillary est une menteuse, point final"),
    ("forecast", "She's gonna win and she deserves it, Kamala all the way",
     "Carney va gagner, pis il le mérite #polcan"),
]

# (class, English, French): never read as taking a side.
NEUTRAL_PAIRS = [
    # the new words with no politician at all
    ("no politician", "Our dog Carney is the best boy, you have my support buddy",
     "Notre chien Carney est le meilleur, t'as tout mon appui mon grand"),
    ("no politician", "The pros and cons of buying versus renting in Ottawa",
     "Les pour et les contre d'acheter ou de louer à Gatineau"),
    ("no politician", "We took the kids to the circus, what a clown show lol",
     "On a emmené les enfants au cirque, quel spectacle de clowns mdr"),
    ("no politician", "Autumn traffic is full of fools, so many cons on the road this morning",
     "Autant de cons sur la route ce matin, ça fait peur"),
    ("no politician", "My brother couldn't run a lemonade stand lol",
     "Mon frère serait pas capable de gérer un stand à limonade mdr"),
    ("no politician", "Good riddance to the old washing machine, it finally died",
     "Bon débarras, la vieille laveuse est enfin partie!"),
    ("no politician", "I'm with my family this weekend, back Monday",
     "Je suis avec ma famille cette fin de semaine, de retour lundi"),
    ("no politician", "The Leafs got owned last night lol",
     "Les Canadiens se sont fait manger hier soir"),
    ("no politician", "My kid has guts, she stood up to a bully at school",
     "Mon gars a du cran, il a tenu tête au bully à l'école"),
    ("no politician", "Doug Frasier was my coach in high school, great guy",
     "Doug Frasier était mon coach au secondaire, un bon gars"),
    ("no politician", "My son is such a clown lmaooo, thanks for nothing buddy",
     "Mon chum a aucune idée de ce qu'il fait avec le BBQ, merci pour rien"),
    ("fan handle", "@oliviachowfan great photo, amazing",
     "@oliviachowfan super photo, génial"),
    ("no politician", "My kid dodged the question about his homework lol",
     "Mon chat s'en fout complètement de son nouveau jouet"),
    ("no politician", "I'd rather see the game at home than at the bar",
     "J'aimerais mieux voir la game à la maison qu'au bar"),
    ("hashtag", "#NoChampagne this month, dry January",
     "#LovePlante verte dans mon salon"),
    ("hashtag", "#ChowTrain heading to dim sum",
     "#JolyGood weekend au chalet"),
    ("emphasis", "Soooo tired today, the baby cried all night",
     "Ahhhh la neige encore, je suis tannéeeee"),
    ("namesake", "I'm proud to stand with my colleagues at the food bank",
     "Holt a fermé la porte du garage"),
    ("no politician", "Thank God for coffee in times like these",
     "Dieu merci pour le café ce matin"),
    ("news", "Poilievre is right-wing, that's just a fact of his record, says the Globe",
     "Kinew était à Brandon aujourd'hui"),
    ("sports", "Go Leafs go! You've got this 💪",
     "Les Canadiens ont gagné hier, quelle game!"),
    ("emoji", "Nenshi at the Stampede pancake breakfast 🥞",
     "Legault était au parc ce matin 🌞"),
    # a namesake, a car, an actor, a band
    ("namesake", "Art Carney was brilliant in The Honeymooners",
     "Art Carney était génial dans The Honeymooners"),
    ("namesake", "Sam Roberts Band was amazing last night!",
     "Sam Roberts Band était incroyable hier soir!"),
    ("car", "My Ford is a piece of junk, the transmission is garbage",
     "Mon Ford est un citron, la transmission c'est de la marde"),
    ("namesake", "James Cameron's new movie was amazing #JamesCameron",
     "Le nouveau film de James Cameron est génial #JamesCameron"),
    ("namesake", "Sir Edmund Hillary was the first to climb Everest, amazing",
     "Sir Edmund Hillary a été le premier au sommet de l'Everest, incroyable"),
    ("namesake", "Hilary Duff was great in Lizzie McGuire",
     "Hilary Duff était géniale dans Lizzie McGuire"),
    # news told in the third person, polls
    ("news", "Poll: Carney leads Poilievre by 4 points in Ontario",
     "Sondage : Carney devance Poilievre de 4 points en Ontario"),
    ("news", "Poll: Carney is going to win, says Abacus",
     "Sondage : Carney va gagner, selon Léger"),
    ("news", "Trudeau steps down as Liberal leader after nine years",
     "Trudeau quitte la direction du Parti libéral après neuf ans"),
    ("news", "Poilievre will be in Halifax on Tuesday for a rally, per the schedule",
     "Legault était au Salon du livre ce matin"),
    ("news", "Poilievre will answer questions from reporters at 2 pm, says his office",
     "Poilievre répondra aux questions des journalistes à 14 h, selon son bureau"),
    ("news", "Starmer meets Carney at Downing Street",
     "Macron reçoit le roi Charles à l'Élysée"),
    # official thanks, condolences
    ("official", "@oliviachow thank you for visiting our office today",
     "Merci à la première ministre Smith pour sa présence à notre cérémonie"),
    ("official", "Thank you Minister Joly for visiting our team at Global Affairs today",
     "Merci à la ministre Joly pour sa visite de notre équipe aujourd'hui"),
    ("condolences", "Rest in peace Brian Mulroney. My thoughts are with his family.",
     "Repose en paix, Brian Mulroney. Toutes mes pensées à sa famille."),
    ("condolences", "Condolences to Premier Ford and his family on their loss",
     "Mes condoléances au premier ministre Legault et à sa famille"),
    # the name alone
    ("name alone", "Chrystia Freeland was at the G7 this week",
     "Mélanie Joly était au G7 cette semaine"),
]


@pytest.mark.parametrize(("kind", "english", "french"), SIDE_PAIRS)
def test_side_taken_in_both_languages(kind: str, english: str, french: str) -> None:
    assert any_political(english), (kind, english)
    assert any_political(french), (kind, french)


@pytest.mark.parametrize(("kind", "english", "french"), NEUTRAL_PAIRS)
def test_no_side_in_both_languages(kind: str, english: str, french: str) -> None:
    assert not any_political(english), (kind, english)
    assert not any_political(french), (kind, french)


def test_supporters_words_are_insults_but_pros_and_cons_is_not() -> None:
    kinds = {fold(t): k for t, k in stance.vocabulary().kinds.items()}
    assert kinds["cultists"] == "insult"
    assert kinds["fanatiques"] == "insult"
    assert kinds["pros and cons"] == "none"
    assert kinds["cult classic"] == "none"
    assert not any(c.kind == "insult" for c in stance.cues(fold("the pros and cons of the plan")))


def test_gloating_counts_anywhere_in_a_short_post() -> None:
    found = stance.cues(fold("Bon débarras! Au revoir et merci pour rien, Legault"))
    assert any(c.strong for c in found)


def test_emphasis_is_read_as_the_word_and_spans_cover_the_run() -> None:
    folded = fold("Trudeau is a liarrrr, sooo corrupt")
    found = stance.cues(folded)
    assert [folded[c.start:c.end] for c in found if c.kind == "insult"] == ["liarrrr"]
    assert any(folded[c.start:c.end] == "corrupt" for c in found)
    # a double letter is kept when the run is cut: "cool", not "col"
    assert any(c.kind == "praise" for c in stance.cues(fold("Legault est coooool")))


def test_emphasis_on_hostile_input() -> None:
    assert stance.cues("") == ()
    assert stance.cues("a" * 100_000) == ()
    huge = fold("z" * 50_000 + " Legault est un menteuuur " + "🔥" * 10_000)
    kinds = {c.kind for c in stance.cues(huge)}
    assert {"insult", "praise"} <= kinds
