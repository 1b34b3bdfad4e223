"""DIS008: sexual remarks, demands and propositions aimed at a person, in parallel English /
French tables (issue 15, category B: harassing content).

Rows are written for these tests in several registers (casual, emoji, typos, Québec and European
French), never taken from a data set. Every should-flag table has hard negatives beside it.

Content warning: these tables quote sexual harassment, because the rule must recognise it.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import discrimination, learned
from footprint.rules.base import text_words
from footprint.rules.discrimination_sexual import SexualHarassment, sexual_harassment
from footprint.text import fold
from tests.rules.conftest import codes_of, flat

ALONE = Analyzer([SexualHarassment()])


def flags(text: str, language: str | None = None) -> bool:
    return "DIS008" in codes_of(ALONE, text, language)


DEMANDS = [
    ("@jess_b send nudes 😏", "@jess_b envoie des nudes 😏"),
    ("hey beautiful, send me some pics of ur tits", "salut la belle, envoie-moi des photos de tes seins"),
    ("show me your boobs or I'll unfollow", "Montre-moi tes seins ma belle"),
    ("come sit on my face baby", "viens t'asseoir sur ma face bébé"),
    ("suck my dick and stop complaining", "suce-moi pis arrête de chialer"),
    ("stop talking and come suck my cock", "viens me sucer au lieu de parler"),
    ("send noodz, don't be such a prude", "envoye des nudes, fais pas ta prude"),
]

PROPOSITIONS = [
    ("I wanna fuck you so bad, that profile pic 🥵", "j'ai tellement envie de te baiser, ta photo de profil 🥵"),
    ("let me bend you over that desk", "j'vais te sauter la prochaine fois que je te vois"),
    ("nice tits, I'd smash", "beau p'tit cul, je te baiserais bien"),
    ("u dtf tonight?", "t'es bonne toi 🤤"),
    ("I want to see your tits so bad", "je veux voir tes seins tellement"),
    ("come ride my dick 😏", "je te la mettrais bien 😈"),
    ("I'd bend you over right there", "j'vais te prendre par derrière, tu vas aimer ça"),
    ("I'd make you scream my name 😈", "j'aimerais te faire jouir 😈"),
]

BODY_REMARKS = [
    ("those thighs tho 🤤", "t'es tellement bandante"),
    ("bet you're tight af", "tu me fais bander"),
    ("great rack, shame about the face", "belle paire de seins, dommage pour la face"),
    ("ur so fuckable omg", "quel beau cul, sérieux"),
    ("you'd look way better without that dress", "montre-nous ton beau cul, on veut voir"),
]

SEXUALISED_INSULTS = [
    ("you just need a good dicking, that's your problem", "t'es juste une mal baisée, c'est ça ton problème"),
    ("she slept her way to the top of that department, everyone knows it", "elle a couché pour avoir sa job, tout le monde le sait"),
    ("she's only good for one thing", "elle est bonne qu'à sucer, c'est tout"),
    ("how much for a night? 💵", "c'est combien pour la nuit? 💵"),
    ("your lips were made for sucking", "ta bouche est faite pour sucer"),
    ("I'd cum all over your pretty face", "t'as des beaux seins, montre"),
    ("I'm gonna treat women like a hole", "t'as un beau p'tit cul"),
]

NOT_HARASSMENT = [
    ("My husband and I finally had sex after the baby, lol the exhaustion",
     "Mon chum pis moi on a enfin fait l'amour après le bébé, la fatigue lol"),
    ("Never send nudes to strangers: a guide for parents", "N'envoie jamais de nudes à des inconnus : conseils aux parents"),
    ("Teens pressured to send nudes: what the study found", "Des ados poussés à envoyer des nudes, selon une enquête"),
    ("Saying \"nice tits\" to a stranger on the bus is harassment, full stop",
     "Dire « beau cul » à une inconnue dans le bus, c'est du harcèlement"),
    ("my ass looks amazing in these jeans not gonna lie", "J'ai un beau cul dans ce jean 😂"),
    ("Hot singles in your area want to fuck, click here www.example.com", "Célibataires chauds près de chez vous, cliquez ici"),
    ("\"I just wanna fuck you\" is the worst song lyric ever written", "« Viens me sucer » : pire parole de chanson de l'année"),
    ("Do a breast self-exam once a month, it can save your life", "Le dépistage du cancer du sein sauve des vies"),
    ("Senator accused of telling a staffer to send nudes", "Un sénateur accusé d'avoir demandé des nudes à une employée"),
    ("nice ass-kicking by the defence tonight", "Elle est bonne celle-là 😂"),
    ("we're gonna smash them in the final", "je vais te baiser au poker ce soir"),
    ("I'll hit you up tomorrow about the shift", "t'es bonne en maths toi, aide-moi!"),
    ("let me show you my new bike", "je vais te montrer mon nouveau vélo"),
    ("nice rack of lamb at the restaurant last night", "montre-moi tes boules de Noël, j'ai hâte"),
    ("she needs a good nap honestly", "t'es trop bonne avec lui, il te mérite pas"),
    ("bet you're tired after that hike", "tu suces des bonbons pendant le film?"),
    ("how much for a night at the cottage in july?", "c'est combien pour la nuit au chalet en juillet?"),
    ("I want to see your body of work at the gallery", "t'as des belles boules de Noël cette année"),
    ("Happy anniversary to my wife, I still can't keep my hands off that booty 😍",
     "Bon anniversaire de mariage à ma femme, toujours aussi belles fesses 😍"),
]


@pytest.mark.parametrize("text", flat(DEMANDS) + flat(PROPOSITIONS))
def test_demands_and_propositions_flag(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", flat(BODY_REMARKS) + flat(SEXUALISED_INSULTS))
def test_body_remarks_and_sexualised_insults_flag(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", flat(NOT_HARASSMENT))
def test_hard_negatives_do_not_flag(text: str) -> None:
    assert not flags(text), text


def test_tables_are_parallel() -> None:
    for table in (DEMANDS, PROPOSITIONS, BODY_REMARKS, SEXUALISED_INSULTS, NOT_HARASSMENT):
        assert all(en and fr and en != fr for en, fr in table)


def test_t_es_bonne_needs_a_sexual_cue() -> None:
    assert not flags("t'es bonne!")
    assert flags("t'es bonne! 🍑")
    assert not flags("t'es tellement bonne en dessin, wow")


def test_evidence_points_at_the_remark() -> None:
    text = "Great talk today @sam, also nice tits 😏"
    hit = next(iter(SexualHarassment().check(Subject("x", "1", "2", "post", {"text": text}), {"text": fold(text)})))
    assert hit.evidence[0].text == "nice tits"


def test_negation_and_quotes_leave_it_alone() -> None:
    assert not flags("Don't ever tell a coworker to send nudes")
    assert not flags("Il m'a écrit « montre-moi tes seins » et je l'ai bloqué")


def test_ordinary_and_odd_input_is_quiet() -> None:
    for text in ("", " ", "🍑" * 400, "Bonne fête ma belle!", "Good game last night, hot dogs after",
                 "send " * 5000, "t'es bonne " * 3000, "\u0000\ufeff"):
        assert not flags(text), text[:40]


def test_every_flagged_row_passes_the_word_gate() -> None:
    for text in flat(DEMANDS) + flat(PROPOSITIONS) + flat(BODY_REMARKS) + flat(SEXUALISED_INSULTS):
        folded = fold(text)
        assert sexual_harassment(folded, text_words(folded)) is not None, text


def test_rule_defers_to_the_other_discrimination_rules() -> None:
    """One finding per post: a slur found by DIS001 is not reported again here."""
    analyzer = Analyzer([rule() for rule in (*discrimination.RULES, SexualHarassment, *learned.RULES)])
    assert "DIS008" not in codes_of(analyzer, "send nudes you dumb bitch")
    assert codes_of(analyzer, "those thighs tho 🤤") == {"DIS008"}


# A size said of nobody (a drawing, a statue, a character design) is not a remark at a person;
# said to or of someone, or with a leer, it is.
SIZE_OF_NOBODY = [
    ("The new skin for that game character: glowing sword and big boobs, for some reason", "Le nouveau skin du perso : une épée qui brille et des gros seins, on sait pas pourquoi"),
    ("Huge butt on that marble statue, the Romans knew what they liked", "Grosses fesses sur la statue du parc, les sculpteurs se gênaient pas"),
]
SIZE_AT_SOMEONE = [
    ("your big tits tho", "t'as des gros seins"),
    ("big ass on that one 🍑🤤", "grosses fesses 🤤"),
]


@pytest.mark.parametrize("english, french", SIZE_OF_NOBODY)
def test_a_size_said_of_nobody_is_not_a_remark(english: str, french: str) -> None:
    assert not flags(english, "en"), english
    assert not flags(french, "fr"), french


@pytest.mark.parametrize("english, french", SIZE_AT_SOMEONE)
def test_a_size_said_to_someone_or_with_a_leer_is_a_remark(english: str, french: str) -> None:
    assert flags(english, "en"), english
    assert flags(french, "fr"), french
