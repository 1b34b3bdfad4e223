"""Ordinary people's talk that the insult and slur rules must leave alone (DIS001, DIS005), in
English and French, with the aimed twins that stay flagged.

Classes: what something does to the reader or how they feel ("did it make you feel worthless?"),
a hedged guess that the reader will turn out to be one of a kind of people ("maybe you'll be one
of those weirdos"), a swear word said of someone the poster says they love ("wanna deck the cunt
but I love him"), a skill rated ("you're trash at FIFA", « t'es une merde à FIFA »), and teasing
with a laugh in either language ("you absolute idiot 😂", « espèce d'idiot 😂 », "piss off haha",
« va chier haha »); rougher words with a laugh stay flagged with low confidence ("asshole 😂",
« connard 😂 »), and the same words without one stay at full weight.

Content warning: these tables quote insults, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import discrimination as dis
from tests.rules.conftest import discrimination_codes as codes

_ANALYZER = Analyzer([rule() for rule in dis.RULES])


QUIET = [
    # what something does to the reader, or how they feel
    ("Did the breakup make you feel worthless? You're not, for the record.",
     "Est-ce que la rupture t'a fait sentir nulle? Tu l'es pas, pour info."),
    ("Honestly that haircut makes you look stupid, go back to the old one 😅",
     "Franchement cette coupe-là te rend con, retourne à l'ancienne 😅"),
    ("If you failed one exam, would it make you useless? Of course not.",
     "Si tu coulais un examen, ça ferait de toi une nulle? Ben non."),
    # a hedged guess that the reader will be one of a kind of people
    ("Lots of folks swear by cold showers, so maybe you'll be one of those weirdos too.",
     "Y'a du monde qui jure par les douches froides, peut-être que tu vas être un de ces tarlas toi aussi."),
    ("Try the durian, you might become one of those freaks who actually like it.",
     "Goûte au durian, tu vas peut-être devenir une de ces niaiseuses qui aiment ça."),
    # love said of the one sworn at
    ("Wanna throttle the cunt after that own goal, but I love him, he's our captain",
     "J'ai envie d'étrangler le tabarnak après son but dans son filet, mais je l'adore, c'est notre capitaine"),
    ("Cheeky twat scored again from midfield, gotta love the guy",
     "Le maudit chanceux a encore compté du centre, je l'aime"),
    # a skill rated, not the person
    ("Bro you're trash at FIFA, just admit it", "Mon gars t'es une merde à FIFA, admets-le"),
    ("You're garbage at aiming, stick to healing", "T'es poche à viser, reste soigneur"),
]

# Teasing with a laugh: dropped for the words English drops; rougher ones kept at low confidence.
TEASING = [
    ("You absolute idiot, you forgot your keys in the door again 😂", "Espèce d'idiot, t'as encore oublié tes clés dans la porte 😂"),
    ("Piss off, you won again haha", "Va chier, t'as encore gagné haha"),
    ("Ah, the bastard won at poker again 😂", "Ah le salaud, il a encore gagné au poker 😂"),
    ("Nobody asked you lol, go back to your game", "Personne t'a demandé lol, retourne à ta game"),
]
ROUGH_TEASING = [("Asshole, you spoiled the finale for me 😂", "Connard, tu m'as spoilé la finale 😂")]
NO_LAUGH = [("You absolute idiot, you lied to me again.", "Espèce d'imbécile, tu m'as encore menti.")]


def confidences(text: str, language: str) -> set[str]:
    subject = Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language=language)
    return {f.confidence.name for f in _ANALYZER.analyze(subject).findings if f.rule == "DIS005"}


@pytest.mark.parametrize("english, french", TEASING)
def test_teasing_with_a_laugh_is_dropped_in_both_languages(english: str, french: str) -> None:
    assert "DIS005" not in codes(english, "en"), english
    assert "DIS005" not in codes(french, "fr"), french


@pytest.mark.parametrize("english, french", ROUGH_TEASING)
def test_rougher_words_with_a_laugh_stay_at_low_confidence(english: str, french: str) -> None:
    assert confidences(english, "en") == {"LOW"}, english
    assert confidences(french, "fr") == {"LOW"}, french


@pytest.mark.parametrize("english, french", NO_LAUGH)
def test_the_same_words_without_a_laugh_keep_their_weight(english: str, french: str) -> None:
    assert confidences(english, "en") == {"MEDIUM"}, english
    assert confidences(french, "fr") == {"MEDIUM"}, french


AIMED = [
    ("You are worthless and everyone in this thread knows it.", "T'es nulle pis tout le monde ici le sait."),
    ("You made me feel worthless for years, you pathetic creep.", "Tu m'as fait sentir nulle pendant des années, espèce de minable."),
    ("You're one of those idiots who think the moon landing was staged.",
     "T'es un de ces tarlas qui pensent que l'alunissage était arrangé."),
    ("Yep, this cunt again, blocking the whole lane.", "Encore ce con, qui bloque toute la voie."),
    ("What a stupid cunt, I love how she thinks she's smart", "Quelle conne, j'adore comment elle se pense brillante"),
    ("You're trash, nobody wants you on this server", "T'es une merde, personne veut de toi sur ce serveur"),
]


@pytest.mark.parametrize("english, french", QUIET)
def test_ordinary_talk_is_not_an_insult_or_a_slur(english: str, french: str) -> None:
    assert not codes(english, "en") & {"DIS001", "DIS005"}, english
    assert not codes(french, "fr") & {"DIS001", "DIS005"}, french


@pytest.mark.parametrize("english, french", AIMED)
def test_insults_at_someone_stay_flagged(english: str, french: str) -> None:
    assert codes(english, "en") & {"DIS001", "DIS005"}, english
    assert codes(french, "fr") & {"DIS001", "DIS005"}, french
