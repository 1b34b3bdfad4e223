"""Contempt aimed at one person without a name-calling word (DIS005), in English and French:
told they are unwanted ("nobody wants you here", « personne veut de toi ici »), sent back under
their rock (« retourne te cacher »), hated by all, a shame or a nobody, sickening to the poster,
sent off to cry elsewhere. Hard negatives in both languages: a welcome that compares ("no one wants
you here more than I do"), a denial ("it's not true that everyone hates you"), envy ("you make me
sick with jealousy"), the same words about a thing or a day, "nobody wants you to get hurt", and
"you're full of shit" (« t'es plein de marde »), a rude way to say what someone said is false.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import discrimination as dis

_ANALYZER = Analyzer([rule() for rule in dis.RULES])


def flagged(text: str, language: str) -> bool:
    subject = Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language=language)
    return any(f.rule == "DIS005" for f in _ANALYZER.analyze(subject).findings)


ABUSE = [
    ("@jo nobody wants you here, log off", "@jo personne veut de toi ici, déconnecte-toi"),
    ("No one wants you around anymore, Kyle.", "Personne ne veut de toi, Kyle. Plus personne."),
    ("Go crawl back under your rock and stay there.", "Retourne sous ta roche pis restes-y."),
    ("Slither back into your hole, troll.", "Retourne dans ton trou, le troll."),
    ("Everyone hates you, you know that right?", "Tout le monde te déteste, tu le sais-tu?"),
    ("Honestly you make me sick.", "Honnêtement tu me donnes mal au cœur."),
    ("What a pathetic excuse for a human being.", "Quelle pathétique excuse d'être humain."),
    ("Go cry somewhere else, we're done here.", "Va pleurer ailleurs, on a fini."),
    ("You're a nobody and you always will be.", "T'es un moins que rien pis tu le seras toujours."),
    ("You're an embarrassment to this whole town.", "T'es la honte de toute la ville."),
    ("You are the dumbest person on this app.", "T'es la personne la plus stupide sur cette app."),
    ("Retweeting this? You're a joke, Dave.", "Tu partages ça? T'es une farce, Dave."),
    ("hide your face, you're a disgrace", "cache-toi, t'es une vraie honte"),
    ("That was a dickhead move and you're a dickhead.", "C'est un move de cave pis t'es un cave."),
    # a name as a whole sentence of a reply; contempt said of someone with an adjective or "human waste"
    ("You blocked me again? Cowards.", "Tu m'as encore bloqué? Lâches."),
    ("@kim you deleted my comment. Clowns.", "@kim t'as effacé mon commentaire. Bouffons."),
    ("You're vile and everyone here can see it.", "T'es méprisable pis tout le monde ici le voit."),
    ("You're as stupid as your cousin, honestly.", "T'es aussi con que ton cousin, honnêtement."),
    ("Don't waste a minute on him, he is human waste.", "Perds pas une minute avec lui, c'est un déchet humain."),
    # calling someone a liar rudely is not name-calling, but a name added to it still is
    ("You're full of shit, you lying moron.", "T'es plein de marde, gros cave."),
]

NOT_ABUSE = [
    ("Nobody wants you to get hurt, that's why we wear helmets.",
     "Personne veut que tu te blesses, c'est pour ça qu'on porte un casque."),
    ("No one wants you here more than I do! Welcome aboard 🎉",
     "Personne veut de toi plus que moi dans l'équipe! Bienvenue 🎉"),
    ("It's not true that everyone hates you, they just haven't met you yet.",
     "C'est pas vrai que tout le monde te déteste, ils te connaissent juste pas encore."),
    ("You make me sick with jealousy, that cabin is gorgeous",
     "Tu me donnes mal au cœur de jalousie, ton chalet est magnifique"),
    ("This ferry ride makes me sick every single time.", "Ce traversier me donne mal au cœur à chaque fois."),
    ("Everyone hates Mondays, but this one was fine.", "Tout le monde déteste les lundis, mais celui-là était correct."),
    ("Go crawl back under your blanket and nap, you earned it.", "Va te cacher sous ta couverte pis fais une sieste, tu l'as mérité."),
    # the word as the adjective of an act or a remark, or a "shut up" that is nobody's
    ("Honestly that was a dickhead move of me.", "Honnêtement c'était une idée de con de ma part."),
    ("This is a really dumbass example, sorry.", "Ta question est débile, mais je vais répondre pareil."),
    ("It takes real skill to just shut the fuck up and listen.", "Ça prend du talent pour juste fermer ta gueule pis écouter."),
    # a name as its own sentence with no one spoken to; a thing or an animal
    ("Someone parked in the bike lane again. Idiots.", "Quelqu'un s'est encore stationné dans la piste cyclable. Imbéciles."),
    ("You saw the score? Rats.", "T'as vu le score? Rats."),
    ("The weather was nasty all weekend.", "La météo était dégoûtante toute la fin de semaine."),
    ("All the cocktails of this type are vile.", "Tous les cocktails de ce type sont ignobles."),
    ("The basement was as ugly as the garage.", "Le sous-sol était aussi laid que le garage."),
    # a rough name between friends with love said in words (a sexual demand would still flag)
    ("you're such a dumb ass lol love you man", "t'es tellement un trou de cul mdr je t'aime mon chum"),
    # a rude way to say "that's false": disagreement about what was said, not a name for who said it
    ("Mike you're full of shit, the game was Tuesday and you know it.",
     "Mike t'es plein de marde, la game était mardi pis tu le sais."),
]


@pytest.mark.parametrize("english, french", ABUSE)
def test_contempt_aimed_at_a_person_is_flagged(english: str, french: str) -> None:
    assert flagged(english, "en"), english
    assert flagged(french, "fr"), french


@pytest.mark.parametrize("english, french", NOT_ABUSE)
def test_welcomes_denials_envy_and_things_are_not_flagged(english: str, french: str) -> None:
    assert not flagged(english, "en"), english
    assert not flagged(french, "fr"), french
