"""Stance towards political figures, and leaders' own voice, in English and French: parallel
tables written by the team (the same thing said in both languages, varied registers). Each
pair must behave the same way in both languages."""

from __future__ import annotations

import pytest

from footprint.rules import political_stance as stance
from footprint.text import fold
from tests.rules.conftest import any_political, flagged, post, run

# (class, English, French): flagged by some political rule in both languages.
STANCE_PAIRS = [
    # Praise of a named politician
    ("praise", "Honestly Jagmeet was the best one on that stage tonight",
     "Franchement Jagmeet était le meilleur sur scène ce soir"),
    ("praise", "Say what you want, Legault handled the floods like a real leader 👏",
     "Dites ce que vous voulez, Legault a géré les inondations comme un vrai chef 👏"),
    ("praise", "can't wait for her to be president, Kamala 2028 baby",
     "Vivement qu'elle soit présidente, Kamala en 2028 !"),
    # Attacks and insults
    ("attack", "Poilievre is out of touch with anyone who rents",
     "Poilievre est complètement déconnecté des locataires"),
    ("attack", "Premier Ford is selling out the Greenbelt to his buddies, what a disgrace",
     "Le premier ministre Ford brade la ceinture verte à ses chums, quelle honte"),
    ("attack", "Macron? pas ouf... I mean, not great, the pension reform is a mess",
     "Macron ? pas ouf, sa réforme des retraites c'est n'importe quoi"),
    # Blame for what a leader does to people (no insult word at all)
    ("attack", "Harper raised taxes on every family that rents, and calls it relief",
     "Harper hausse les taxes de toutes les familles locataires et appelle ça un allègement"),
    ("attack", "Premier Smith keeps hiding from the press instead of answering for the hospital cuts",
     "La première ministre Smith se cache des journalistes au lieu de répondre des coupes dans les hôpitaux"),
    ("attack", "Mulcair promised help, then handed the money to insiders",
     "Mulcair a promis de l'aide, puis a fait des cadeaux aux amis du parti"),
    ("attack", "Trudeau is a total fraud and everybody knows it",
     "Trudeau, c'est un imposteur fini pis tout le monde le sait"),
    ("attack", "Premier Smith's energy plan is a joke. Ridiculous.",
     "Le plan énergie de la première ministre Smith, c'est nul. Ridicule."),
    # Distrust and trust, with negation
    ("trust", "I don't trust Mark Carney one bit",
     "Je ne fais pas confiance à Mark Carney, pas une miette"),
    ("trust", "Lost all credibility, Blaine Higgs. Done.",
     "Blaine Higgs a perdu toute crédibilité. Fini."),
    # Mockery, sarcasm, accusing questions
    ("mockery", "Jagmeet Singh promising pharmacare for the 5th time lol 🙄",
     "Jagmeet Singh qui promet l'assurance médicaments pour la 5e fois mdr 🙄"),
    ("question", "How can Trump still look at himself in the mirror?",
     "Comment peut-il encore se regarder dans le miroir, ce Trump?"),
    # A short sentence judging the one before
    ("follow-up", "Eby skipped the vote on the housing bill. Shameful.",
     "Eby a sauté le vote sur le projet de loi sur le logement. Honteux."),
    ("follow-up", "Harper cut the long-form census. Typical.",
     "Harper a aboli le formulaire long du recensement. Typique."),
    # A political title standing for the politician
    ("title", "The PM is completely clueless about what groceries cost",
     "Le premier ministre est complètement déconnecté du prix de l'épicerie"),
    ("title", "This minister is a liar and should resign",
     "Ce ministre est un menteur et devrait démissionner"),
    ("title", "The president is a danger to democracy, full stop",
     "Le président est un danger pour la démocratie, point final"),
    # "She", "il" in a clearly political post
    ("pronoun", "She lied about everything during the campaign and wants our vote?",
     "Elle a menti sur tout pendant la campagne électorale et elle veut notre vote?"),
    ("pronoun", "He's running for the nomination? I'd vote for him in a heartbeat",
     "Il brigue l'investiture? Je voterais pour lui sans hésiter"),
    # Official handles of leaders and parties
    ("handle", "@JustinTrudeau you should be ashamed of this budget",
     "@JustinTrudeau vous devriez avoir honte de ce budget"),
    ("handle", "Bravo @yfblanchet, solid performance tonight",
     "Bravo @yfblanchet, solide performance ce soir"),
]

# (class, English, French): leaders' and candidates' own voice.
VOICE_PAIRS = [
    ("promise", "We will cut taxes for the middle class and make life more affordable.",
     "Nous allons baisser les impôts de la classe moyenne et rendre la vie plus abordable."),
    ("promise", "We're building 250,000 homes so families can finally afford rent.",
     "On va construire 250 000 logements pour que les familles puissent enfin payer le loyer."),
    ("promise", "We've lowered child care fees by half, and we won't stop there.",
     "Nous avons baissé de moitié les frais de garderie, et on ne s'arrêtera pas là."),
    ("plan", "Our plan puts more money in your pockets. Read it here 👉",
     "Notre plan met plus d'argent dans vos poches. Lisez-le ici 👉"),
    ("plan", "It's all in our platform: cleaner air and good jobs for our kids.",
     "Tout est dans notre plateforme : de l'air plus pur et de bons emplois pour nos enfants."),
    ("party", "Canada's Conservatives will always stand with the Tamil community.",
     "Les conservateurs du Canada seront toujours aux côtés de la communauté tamoule. #PCC"),
    ("attack", "The Liberals want to raise your taxes again. We won't let them.",
     "Les libéraux veulent encore augmenter vos impôts. On ne les laissera pas faire."),
]

# Hard negatives: news relays, reported words, the same words in ordinary life.
NEUTRAL_PAIRS = [
    # Sympathy for a politician in mourning: thinking of someone is not an opinion of them
    ("Thinking of Elizabeth May and her family tonight, so sorry for your loss",
     "Je pense à Elizabeth May et à sa famille ce soir, toutes mes condoléances"),
    # News relayed without the writer's own judgement
    ("Poilievre calls Carney a liar in Question Period https://t.co/x",
     "Poilievre traite Carney de menteur à la période de questions https://t.co/x"),
    ("BREAKING: PM announces new defence minister",
     "EN DIRECT : le premier ministre annonce une nouvelle ministre de la Défense"),
    ('Trump says the election was "rigged", officials disagree',
     "Trump dit que l'élection était « truquée », les responsables ne sont pas d'accord"),
    ("Trudeau survives confidence vote 170-148",
     "Trudeau survit au vote de confiance 170 à 148"),
    ("Mulroney lying in state on Parliament Hill today",
     "La dépouille de Mulroney exposée en chapelle ardente sur la colline aujourd'hui"),
    # Titles in another world
    ("The president of our curling club is an idiot lol",
     "Le président de notre club de curling est un idiot lol"),
    ("The minister of my church gave a terrible sermon today",
     "Le pasteur de mon église a donné un sermon terrible aujourd'hui"),
    # Judgement words with no political target
    ("My coffee this morning was terrible, what a disgrace 😂",
     "Mon café ce matin était nul, quelle honte 😂"),
    ("She lied to me about the concert tickets, what a liar",
     "Elle m'a menti pour les billets du concert, quelle menteuse"),
    ("Great Britain was lovely, the trust fund kids were everywhere",
     "La Grande-Bretagne était superbe, plein d'enfants gâtés partout"),
    # Ordinary first person plural: no public matter
    ("We will be at the cottage all weekend, see you Monday!",
     "On va au chalet toute la fin de semaine, à lundi!"),
    ("Our plan for the weekend: pancakes, hike, nap.",
     "Notre plan pour la fin de semaine : crêpes, randonnée, sieste."),
    ("We're building a deck this summer, finally!",
     "On va construire une terrasse cet été, enfin!"),
    ("We cut the cake at 3 and the kids loved it",
     "On a coupé le gâteau à 15 h et les enfants ont adoré"),
    ("We will invest in a better coffee machine for the office",
     "Nous allons investir dans une meilleure machine à café pour le bureau"),
    # Handles that hold a surname
    ("@MaryTrudeauArt your new painting is brilliant",
     "@MaryTrudeauArt ta nouvelle toile est géniale"),
]


@pytest.mark.parametrize(("kind", "english", "french"), STANCE_PAIRS + VOICE_PAIRS)
def test_stance_and_voice_are_flagged_in_both_languages(kind: str, english: str, french: str) -> None:
    assert any_political(english), (kind, english)
    assert any_political(french), (kind, french)


@pytest.mark.parametrize(("english", "french"), NEUTRAL_PAIRS)
def test_hard_negatives_stay_clean_in_both_languages(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


def test_parity_of_the_parallel_tables() -> None:
    pairs = STANCE_PAIRS + VOICE_PAIRS
    english = sum(any_political(en) for _k, en, _fr in pairs)
    french = sum(any_political(fr) for _k, _en, fr in pairs)
    assert english == french == len(pairs)
    assert not any(any_political(en) or any_political(fr) for en, fr in NEUTRAL_PAIRS)


def test_negation_turns_polarity_round_but_still_judges() -> None:
    cues = stance.cues(fold("Macron n'est pas nul, je lui fais confiance"))
    kinds = {(c.kind, c.polarity) for c in cues}
    assert ("negative", 1) in kinds  # « pas nul »: faint praise
    distrust = stance.cues(fold("I don't trust her and I never will"))
    assert [(c.kind, c.polarity) for c in distrust] == [("distrust", -1)]
    assert flagged("POL005", "Honestly, Trudeau is not a liar")


def test_evidence_names_the_target_and_the_judgement() -> None:
    (finding,) = run("POL005", post("The PM is completely clueless about groceries"))
    assert {e.text for e in finding.evidence} == {"The PM", "clueless"}
    (french,) = run("POL005", post("Le premier ministre est déconnecté, point."))
    assert {e.text for e in french.evidence} == {"Le premier ministre", "déconnecté"}


def test_a_promise_names_the_commitment_and_what_it_is_about() -> None:
    (finding,) = run("POL002", post("We will cut taxes for the middle class."))
    assert [e.text for e in finding.evidence] == ["We will cut", "taxes"]
    assert "voice of a party" in finding.message


def test_the_stance_vocabulary_states_its_provenance() -> None:
    from importlib.resources import files

    text = files("footprint.rules").joinpath("data", "political_stance.toml").read_text(encoding="utf-8")
    assert "PROVENANCE" in text.split("schema_version")[0]
    import tomllib

    tables = [t for t in tomllib.loads(text).values() if isinstance(t, dict)]
    assert tables and all(t.get("source") and t.get("kind") and t.get("terms") for t in tables)


@pytest.mark.parametrize("text", ["", "lol " * 5000 + "Trudeau", "Macron " * 3000, "🤡" * 2000, "the PM " * 4000])
def test_huge_and_odd_inputs_return(text: str) -> None:
    any_political(text)
