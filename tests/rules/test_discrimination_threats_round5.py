"""Threats and wishes of harm without a killing verb (DIS007, round 5): parallel English / French
tables, written for these tests in several registers (casual, Québec French, no accents, emoji),
never taken from a data set. Every should-flag table has hard negatives beside it.

Content warning: these tables quote threats, because the rule must recognise them.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import discrimination as dis
from footprint.rules import discrimination_threats as threats
from tests.rules.conftest import codes_of, flat

ANALYZER = Analyzer([rule() for rule in dis.RULES] + [rule() for rule in threats.RULES])


def flags(text: str) -> bool:
    return bool(codes_of(ANALYZER, text))


# The target is whoever is around the poster: "my ex", "that cyclist who cut me off", « mon proprio ».
AT_SOMEONE = [
    ("Someone should teach my neighbour a lesson. Just saying.", "Quelqu'un devrait vraiment donner une leçon à mon voisin"),
    ("I hope my ex gets hit by a truck", "j'espère que mon ex se fasse frapper par un camion"),
    ("hope the cyclist who cut me off ends up in a ditch", "j'espère que le cycliste qui m'a coupé finisse dans le fossé"),
    ("someone please stab my coworker", "quelqu'un peut-il poignarder mon collègue svp"),
    ("Someone should slash his tires", "quelqu'un devrait crever ses pneus"),
    ("I'd pay to see him get beaten up", "je paierais pour le voir se faire tabasser"),
    ("Players like that deserve to get their legs broken.", "Les joueurs comme lui méritent de se faire casser les jambes."),
    ("anyone who agrees with this should be beaten", "tous ceux qui sont d'accord avec ça devraient se faire tabasser"),
    ("she deserves to get slapped", "elle mériterait de se faire gifler"),
    ("That guy needs a good smack in the mouth", "il mérite une claque"),
    ("Can't wait for that old hag to croak", "j'ai hâte qu'il crève"),
    ("The day he dies I'm throwing a party", "le jour où il meurt je sabre le champagne"),
    ("They can all die for all I care", "ils peuvent tous crever"),
    ("I want them all dead", "je les veux tous morts"),
    ("hope you have a horrible accident", "j'espère qu'il va avoir un accident"),
    ("Nice car. Would be a shame if it caught fire 😉", "Belle auto. Ce serait dommage qu'elle prenne feu."),
    ("you better watch yourself buddy", "t'es mieux de faire attention à toi mon gars"),
    ("fais attention à toi quand tu sors", "fais attention à toi quand tu sors"),
    ("we know where your kids go to school", "on sait où vont tes enfants à l'école"),
    ("You won't see it coming.", "tu vas pas voir venir le coup"),
    ("You won't be so tough with a broken jaw", "Tu feras moins le fier avec la mâchoire cassée."),
    ("Accidents happen to people who talk too much.", "Les accidents arrivent vite aux gens qui parlent trop."),
    ("I'd watch my back if I were you.", "Moi je surveillerais mes arrières si j'étais toi."),
    ("Meet me outside and we'll settle this.", "Viens dehors qu'on règle ça."),
    ("The driver who honked at me better pray we never meet again.", "Le chauffeur qui m'a klaxonné a besoin de prier pour qu'on se recroise jamais."),
    ("I hope the vegans starve to death", "J'espère que ces femmes se font violer."),
    ("Someone should break his legs", "Si je revois ce gars-là je lui casse le nez."),
    ("I'm gonna find out where you live", "je vais trouver où tu restes"),
]

# The future tense and set phrases of menace.
FUTURE = [
    ("You're going to die.", "Tu vas crever."),
    ("I'll get you, sooner or later.", "Je t'aurai, tôt ou tard."),
    ("You'd better run.", "Tu me le paieras."),
    ("I'll show you what happens to snitches.", "Je vais te montrer de quel bois je me chauffe."),
    ("One day I'll catch you alone.", "Un jour je vais te tomber dessus."),
    ("I'm going to teach you some respect.", "Numérote tes abattis."),
]
NOT_FUTURE = [
    ("You're going to die laughing at this video", "Tu vas mourir de rire en voyant ça."),
    ("You'd better run to catch the bus, it leaves at 5", "Tu vas déguster, ce gâteau est incroyable."),
    ("I'll show you what happens when you add baking soda", "je te retrouverai au café à midi"),
    ("I'll get you a coffee", "je vais lui apprendre à vivre... non je blague, c'est mon neveu"),
]


@pytest.mark.parametrize("text", flat(FUTURE))
def test_future_and_set_phrases_flag(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", flat(NOT_FUTURE))
def test_future_of_plans_and_jokes_does_not_flag(text: str) -> None:
    assert not flags(text), text


# Hard negatives: care, plans, trifles, games, sports, idioms, refusals.
NOT_THREATS = [
    ("be careful out there, the roads are icy", "fais attention à toi, il fait glacial dehors ❤️"),
    ("watch yourself on the ice tonight, it's slippery", "fais attention à toi sur la route, bisous"),
    ("someone should teach him how to cook", "quelqu'un devrait lui donner une leçon de cuisine"),
    ("someone needs to teach that kid a lesson about budgeting", "t'es mieux de faire attention à ton budget ce mois-ci"),
    ("he's gonna get hurt if he keeps playing on that ankle", "il mérite une claque dans le dos pour tout ce travail"),
    ("can't wait for him to come home", "j'ai hâte qu'il arrive"),
    ("The day he retires I'm throwing a party", "j'ai hâte qu'il finisse sa thèse"),
    ("they can die happy now, the Leafs finally won", "ils peuvent mourir de faim si on coupe l'aide"),
    ("You won't see it coming, the plot twist in episode 4 is wild", "tu vas pas voir venir la fin de ce film"),
    ("I'll make you pay for dinner next time lol", "ils méritent de souffrir moins, c'est pour ça qu'on se bat"),
    ("I hope the mosquitoes all die this winter", "j'espère que les plantes meurent pas pendant mes vacances"),
    ("I hope the kids have a great time at camp", "j'espère que les enfants ont un bon voyage"),
    ("hope you have a safe trip, no accidents this time", "j'espère qu'il n'a pas eu d'accident"),
    ("would be a shame if it rained on the parade", "ce serait dommage qu'il pleuve samedi"),
    ("people like you should be put in charge", "personne ne mérite de souffrir"),
    ("I'll kill him if he eats my yogurt again", "je vais le tuer s'il mange encore mon yogourt"),
    ("I'm going to kill you in this raid", "je vais te tuer dans la prochaine partie"),
    ("I know where the best pizza place is.", "je sais où habite la meilleure boulangerie du quartier, je te montre demain"),
]


@pytest.mark.parametrize("text", flat(AT_SOMEONE))
def test_threats_at_someone_flag(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", flat(NOT_THREATS))
def test_care_plans_trifles_and_games_do_not_flag(text: str) -> None:
    assert not flags(text), text


def test_a_threat_after_the_game_is_real() -> None:
    """ "After the game" and « après la partie » are the real world, not a game's script."""
    assert flags("That ref tonight was a joke. Someone should teach him a lesson after the game.")
    assert flags("L'arbitre ce soir était une farce. Quelqu'un devrait lui casser la gueule après la partie.")


def test_a_threat_over_a_person_is_no_trifle() -> None:
    assert flags("I'll kill him if he touches my sister again")
    assert flags("je vais le tuer s'il touche encore à ma blonde")


def test_every_shape_has_its_key_words() -> None:
    """A shape runs only on posts that hold its first key words: each must be reachable."""
    for needed, pattern, _ in threats._SHAPES:
        assert needed[0], pattern.pattern[:60]


def _spelled_in(word: str, pattern: str) -> bool:
    """The word, or its first letters where the pattern spells an ending as a choice
    ("sai[st]", "li(?:fe|ves)"), stands in the pattern's source."""
    return word[:3] in pattern or (len(word) <= 5 and word[:2] in pattern)


def test_each_shape_keeps_its_own_key_words() -> None:
    """Shapes and their key-word lines are two lists kept in the same order: a line shifted by
    one would gate a shape on another shape's words and silently stop it. Every group of key
    words must be spelled in its own shape's pattern (a one-place shift of the strong shapes'
    lines breaks this for 68 of 183 shapes: neighbours often share words, so it is a guard, not
    a proof)."""
    for needed, pattern, _ in threats._SHAPES:
        source = pattern.pattern.lower()
        for group in needed:
            assert any(_spelled_in(word, source) for word in group), (sorted(group)[:5], source[:80])


@pytest.mark.parametrize("text", ["", " ", "🔪" * 500, "die " * 5000])
def test_hostile_and_empty_input(text: str) -> None:
    codes_of(ANALYZER, text)
