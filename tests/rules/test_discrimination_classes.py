"""Classes of hateful and harassing language, in parallel English / French tables (issue 15).

Each class has rows that must flag and hard negatives that must not: counter-speech, quoting to
condemn, identity named neutrally, banter between friends, insults at things, games, the weather
or oneself, fiction. Rows are written for these tests (casual, sarcastic, hashtags, emoji,
typos, Québec and Acadian French, no accents), never taken from a data set.

Content warning: these tables quote slurs and abuse, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Confidence, Subject
from footprint.rules import discrimination as dis
from footprint.rules import political
from tests.rules.conftest import discrimination_codes as codes
from tests.rules.conftest import flat

ANALYZER = Analyzer([rule() for rule in dis.RULES])


# -- abuse aimed at a person (DIS005) ----------------------------------------------------------

AIMED = [
    ("@dan you're a fucking idiot, read the thread", "@dan t'es vraiment un cave, lis le fil"),
    ("shut up clown nobody cares", "ta gueule le clown, personne t'a demandé"),
    ("nobody asked you, loser", "personne t'a sonné, le loser"),
    ("sit down, muppet", "pas d'amalgame espèce de girouette"),
    ("@kim your a complete moron", "@kim tes un gros crosseur"),
    ("you're braindead, seriously", "maudit gnochon, tu comprends rien"),
    ("@rob you pathetic little worm", "crisse de cave, va donc chier"),
    ("@alex you disgust me", "@alex tu me dégoûtes, sérieux"),
    ("you're a waste of oxygen honestly", "t'es qu'une grosse merde"),
    ("ur a failure and everyone knows it", "t'es qu'un raté pis tout le monde le sait"),
]

NOT_AIMED = [
    ("I'm such a moron, left my badge at home again", "jsuis qu'une idiote, j'ai encore oublié ma carte"),
    ("this printer is a piece of shit", "c't'imprimante-là est une vraie merde"),
    ("my cat is a little jerk but I love him", "mon chat est un petit con mais je l'adore"),
    ("The villain in that show is a total psycho", "Le méchant du film est un vrai salaud"),
    ("The Leafs are a joke this year 🏒", "Ce jeu est de la merde, je le désinstalle"),
    ("ugh this weather is garbage", "maudite météo de marde"),
    ("you're not stupid, you were tired", "t'es pas con, t'étais fatigué"),
    ("I'm a loser at Mario Kart lol", "Je suis nulle aux cartes, c'est gênant"),
    ("Une espèce de pic-bois niche dans ma cour", "Cette espèce d'arbre pousse partout au Nouveau-Brunswick"),
    ("Trainee orientation starts Monday", "J'ai raté mon bus ce matin"),
]


@pytest.mark.parametrize("text", flat(AIMED))
def test_abuse_aimed_at_a_person_is_flagged(text: str) -> None:
    assert "DIS005" in codes(text), text


@pytest.mark.parametrize("text", flat(NOT_AIMED))
def test_insults_at_oneself_things_and_stories_are_not_flagged(text: str) -> None:
    assert "DIS005" not in codes(text), text


BANTER = [
    ("shut up lol love you", "ta gueule mdr je t'aime trop 😂"),
    ("stfu 😂😂 you're the best", "tg mdrr t'es le meilleur"),
]


@pytest.mark.parametrize("text", flat(BANTER))
def test_hushing_a_friend_with_laughter_is_not_flagged(text: str) -> None:
    assert not codes(text), text


def test_abuse_between_friends_weighs_less_in_both_languages() -> None:
    for text in ("fuck off you absolute wanker 😂", "va chier mon gros connard 😂"):
        found = [f for f in ANALYZER.analyze(Subject("x", "me", "1", "post", {"text": text})).findings if f.rule == "DIS005"]
        assert found and found[0].confidence == Confidence.LOW, text


def test_insults_at_politicians_are_left_to_the_political_rules() -> None:
    both = Analyzer([rule() for rule in (*dis.RULES, *political.RULES)])
    for text in ("Poilievre is a clown", "Macron est un guignol"):
        found = {f.rule for f in both.analyze(Subject("x", "me", "1", "post", {"text": text})).findings}
        assert found & {"POL002", "POL005"} and "DIS005" not in found, (text, found)
    # without a politician, the same words aimed at a person stay harassment
    assert "DIS005" in {f.rule for f in both.analyze(Subject("x", "me", "1", "post", {"text": "@pat you're a clown"})).findings}


# -- sexual harassment and wishes of harm ------------------------------------------------------

SEXUAL = [
    ("@jen send nudes or stop posting", "@jen envoie-moi des nudes"),
    ("show me your tits babe", "montre-moi tes seins ma belle"),
    ("I want to fuck you so bad", "je vais te baiser ce soir que tu le veuilles ou non"),
]
NOT_SEXUAL = [
    ("Never send nudes to strangers, kids. Ever.", "Ne jamais envoyer de nudes à un inconnu, rappel aux ados."),
    ("The museum will show you the textile collection", "Le musée va te montrer la collection de textiles"),
]


@pytest.mark.parametrize("text", flat(SEXUAL))
def test_sexual_harassment_is_flagged(text: str) -> None:
    assert "DIS005" in codes(text), text


@pytest.mark.parametrize("text", flat(NOT_SEXUAL))
def test_talk_about_nudes_or_showing_things_is_not_harassment(text: str) -> None:
    assert not codes(text), text


HARM = [
    ("I hope you get hit by a bus tomorrow", "va te pendre, personne te regrettera"),
    ("go jump off a bridge you clown", "je te souhaite de crever dans ton coin"),
    ("the world would be better without you", "le monde serait mieux sans toi"),
    ("you deserve to die", "tu mérites de mourir"),
]
NOT_HARM = [
    ("We jumped off the bridge into the lake, best summer ever", "On a sauté du pont dans le lac, meilleur été"),
    ("I hope you get to see the northern lights", "J'espère que tu vas te reposer en fin de semaine"),
    ("please don't hurt yourself, call me", "va te coucher, t'as l'air crevé"),
]


@pytest.mark.parametrize("text", flat(HARM))
def test_wishes_of_harm_are_threats(text: str) -> None:
    assert "DIS004" in codes(text), text


@pytest.mark.parametrize("text", flat(NOT_HARM))
def test_ordinary_wishes_are_not_threats(text: str) -> None:
    assert "DIS004" not in codes(text), text


# -- slurs (DIS001), including identities used as insults ----------------------------------------

SLURS = [
    ("@sam you're autistic or what", "t'es autiste ou quoi ?"),
    ("shut up you f4ggot", "ferme-la sale p3dé"),
    ("lmao what a dumb b!tch", "quelle pétasse celle-là"),
    ("@mo back off, r3tard", "t'es vraiment triso toi"),
    ("my neighbour's a grosse plotte, said no one nice", "maudite guidoune, lâche mon chum"),
]
NOT_SLURS = [
    ("My brother is autistic and he loves trains", "Mon frère est autiste et il adore les trains"),
    ("Disabled people like you inspire me", "Les handicapés comme toi sont des modèles"),
    ("He called me a fag at school and I reported it", "On m'a traitée de gouine au parc, j'ai porté plainte"),
    ("I'm proud to be gay", "Je suis pd et fier, deal with it"),
    ("The Mongol Empire was huge", "Les Mongols ont fondé un empire immense"),
    ("Yurts are cozy in winter", "On a dormi dans une yourte au Saguenay"),
]


@pytest.mark.parametrize("text", flat(SLURS))
def test_slurs_and_identities_used_as_insults_are_flagged(text: str) -> None:
    assert "DIS001" in codes(text), text


@pytest.mark.parametrize("text", flat(NOT_SLURS))
def test_identities_named_or_reported_are_not_slurs(text: str) -> None:
    assert "DIS001" not in codes(text), text


# -- spelling tricks ------------------------------------------------------------------------------

TRICKS = [
    ("@pat you're an id1ot", "@pat t'es un c0nnard"),
    ("you are a m*ron and a c*nt", "t'es une s@lope"),
    ("fuuuuck you", "ferme ta gueuuuule"),
    ("I h a t e Muslims", "je d é t e s t e les musulmans"),
    ("I haet immigrants", "je détetse les immigrés"),
    ("@kev s.t.f.u", "@kev f.d.p"),
]
NOT_TRICKS = [
    ("Meeting at 4pm in room B2B-3", "Rendez-vous à 14h30 au 3e étage"),
    ("Sooooo happy for you!!!", "Trooooop contente pour toi!!!"),
    ("my password manager says p4ssw0rd is weak", "covid19: les cas montent à Gatineau"),
    ("I l o v e you all", "je v o u s a i m e"),
]


@pytest.mark.parametrize("text", flat(TRICKS))
def test_spelling_tricks_do_not_hide_abuse(text: str) -> None:
    assert codes(text), text


@pytest.mark.parametrize("text", flat(NOT_TRICKS))
def test_digits_and_long_letters_in_ordinary_posts_are_left_alone(text: str) -> None:
    assert not codes(text), text


def test_evidence_of_a_disguised_word_is_the_word_as_written() -> None:
    finding = next(f for f in ANALYZER.analyze(Subject("x", "me", "1", "post", {"text": "@pat t'es un C0NNARD"})).findings)
    assert [e.text for e in finding.evidence] == ["C0NNARD"]


# -- groups: generalisation, dehumanisation, expulsion (DIS002, DIS003) ---------------------------

GROUPS = [
    ("These animals crossing the border need to go", "il faut fermer les frontières à ces sauvages"),
    ("we're being replaced and nobody cares #wakeup", "on est plus chez nous, réveillez-vous"),
    ("The islamization of Canada is happening", "l'islamisation du Québec avance"),
    ("Muslims can all go fuck themselves", "Les musulmans peuvent aller se faire foutre"),
    ("Refugees only come here to live off welfare", "Les réfugiés viennent juste pour profiter des allocs"),
    ("those people breed like rats", "les bridés mangent du chien"),
    ("I fucking despise all immigrants", "j'emmerde tous les immigrés"),
    ("Send them all back to Africa", "renvoyez-les tous dans leur pays"),
]
NOT_GROUPS = [
    ("The 'great replacement' is a racist conspiracy theory.", "Le grand remplacement est une théorie complotiste sans fondement."),
    ("We're home tonight for the party!", "On est chez nous ce soir pour la fête!"),
    ("These rats in my basement need to go", "Ces bêtes-là au zoo étaient adorables"),
    ("Refugees came here to rebuild their lives", "Les réfugiés viennent ici pour reconstruire leur vie"),
    ("Immigrants built this country", "Les immigrés ont bâti ce pays"),
    ("Stop saying refugees live off welfare, it's false", "Arrêtez de dire que les réfugiés profitent des allocs"),
]


@pytest.mark.parametrize("text", flat(GROUPS))
def test_degrading_or_excluding_a_group_is_flagged(text: str) -> None:
    assert codes(text) & {"DIS002", "DIS003", "DIS004"}, text


@pytest.mark.parametrize("text", flat(NOT_GROUPS))
def test_countering_or_neutral_group_talk_is_not_flagged(text: str) -> None:
    assert not codes(text), text


# -- robustness -----------------------------------------------------------------------------------

def test_huge_and_odd_inputs_do_not_break_the_rules() -> None:
    for text in ("", " ", "a " * 20000, "💩" * 5000, "h a t e " * 3000, "f*" * 4000, "1" * 10000, "@" * 500):
        codes(text)  # no exception, no hang
    assert "DIS001" in codes("blah " * 5000 + "you f4ggot")
