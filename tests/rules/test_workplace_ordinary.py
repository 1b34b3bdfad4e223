"""Workplace rules on ordinary people's posts: what reads like work talk but is not a critique
of the author's employer, EN and FR.

Classes found among ordinary forum comments that the rules flagged: a coworker's private life
(a partner who cheated, a night out), advice to take a worry to a supervisor or HR ("just talk
to ..." is not lip service), a product's or a network's "onboarding" found lacking, "here"
meaning "in this text", a grievance argued about as an idea ("meant to justify favouritism",
"accused of nepotism"), someone else fired, and "people here" meaning a forum's readers. Each
row is a parallel English / French pair written by the team; none is taken or paraphrased from
any data set. Beside them, the same words about the author's own workplace are still flagged.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import load_rules
from tests.rules.conftest import codes_of

WORKPLACE = Analyzer(load_rules(["WRK001", "WRK002"]))


def codes(text: str, language: str | None = None) -> set[str]:
    return codes_of(WORKPLACE, text, language)


NOT_FLAGGED = {
    "a coworker's private life": [
        ("My colleague's husband cheated on her and she needs a night out, so I can't get out of it, ugh.",
         "Ma collègue s'est fait tromper par son chum pis elle a besoin de sortir, donc je peux pas me défiler, misère."),
        ("ugh my coworker got cheated on AGAIN 😩 girls night it is I guess",
         "ouf ma collègue s'est fait tromper ENCORE 😩 soirée de filles j'imagine"),
    ],
    "advice to talk to a supervisor or HR": [
        ("It's not a big deal yet. Just talk to your manager or HR first, no need to panic.",
         "C'est pas encore arrivé. Parle juste à ton superviseur ou aux RH, pas besoin de paniquer."),
        ("Honestly just speak with your supervisor, don't stress over it yet",
         "Franchement, juste en parler à ta gestionnaire, stresse pas avec ça tout de suite"),
    ],
    "a product's onboarding": [
        ("The app is flawed by design, its onboarding is terrible and the sync is broken.",
         "L'appli est mal conçue dès le départ, l'intégration des nouveaux usagers est nulle et la synchro est brisée."),
        ("This wallet will never go mainstream, onboarding new users is a nightmare.",
         "Ce portefeuille ira jamais loin, l'arrivée de nouveaux utilisateurs est un cauchemar."),
    ],
    "a grievance argued about as an idea": [
        ("That ruling is just a pretext to justify terrible favouritism toward insiders.",
         "Ce jugement, c'est juste un prétexte pour justifier un favoritisme épouvantable."),
        ("Which here means: a lame excuse for favouritism. Pathetic.",
         "Ce qui ici veut dire : une piètre excuse pour le favoritisme. Pathétique."),
        ("The mayor was accused of nepotism and cronyism, what a disgrace.",
         "Le maire est accusé de favoritisme, quelle honte."),
    ],
    "someone else fired": [
        ("He got fired for stealing from the till and now he blames everyone else for it, typical.",
         "Il s'est fait congédier pour avoir volé dans la caisse et là il blâme tout le monde, typique."),
        ("She was fired for sleeping on the job and somehow it's the immigrants' fault? Pathetic.",
         "Elle a été congédiée parce qu'elle dormait sur la job et c'est la faute des immigrants? Pathétique."),
    ],
    "put out of a home, not a job": [
        ("My boyfriend kicked me out of the apartment yesterday, my life is a joke.",
         "Mon chum m'a mis dehors de l'appart hier, ma vie est une joke."),
        ("She got thrown out by her landlord, what a joke.",
         "Elle s'est fait mettre à la porte par son proprio, quelle joke."),
    ],
    "people here on a forum": [
        ("Honestly some people here are either dumb or trolling, this thread is a mess.",
         "Franchement, le monde ici sont soit des caves soit des trolls, ce fil est n'importe quoi."),
        ("lol the people here are so stupid, did anyone even read the article?",
         "lol le monde ici est tellement niaiseux, quelqu'un a lu l'article au moins?"),
    ],
}

FLAGGED = {
    "favouritism at one's own workplace": [
        ("Terrible favouritism at my workplace, the same people always get promoted.",
         "Favoritisme épouvantable dans ma boîte, c'est toujours les mêmes qui sont promus."),
        ("Management keeps trying to justify the favouritism, it's disgusting.",
         "La direction essaie encore de justifier le favoritisme, c'est dégueulasse."),
    ],
    "onboarding at one's own employer": [
        ("Onboarding at this company was terrible, no training and my manager ignored me.",
         "L'accueil dans cette compagnie était nul, aucune formation et mon gestionnaire m'ignorait."),
    ],
    "one's coworkers or staff insulted": [
        ("My coworkers are lazy idiots and my manager does nothing about it.",
         "Mes collègues sont des paresseux finis et mon boss fait rien."),
    ],
    "fired oneself or colleagues unfairly": [
        ("My manager fired half our team for no reason, this place is a joke.",
         "Mon boss a congédié la moitié de notre équipe sans raison, c'est une vraie farce ici."),
        # Québec's « mis dehors » is fired, and « une joke » is "a joke"
        ("They fired half my team overnight, my manager is a joke.",
         "Ils ont mis dehors la moitié de mon équipe du jour au lendemain, mon boss est une joke."),
    ],
}


def _rows(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    return [(kind, text, lang) for kind, pairs in table.items() for pair in pairs for text, lang in zip(pair, ("en", "fr"))]


@pytest.mark.parametrize(("kind", "text", "lang"), _rows(NOT_FLAGGED))
def test_ordinary_posts_are_not_flagged(kind: str, text: str, lang: str) -> None:
    assert codes(text, lang) == set(), kind


@pytest.mark.parametrize(("kind", "text", "lang"), _rows(FLAGGED))
def test_own_workplace_is_still_flagged(kind: str, text: str, lang: str) -> None:
    assert codes(text, lang) & {"WRK001", "WRK002"}, kind


def test_owner_before_an_adjective_makes_the_cue_someone_elses() -> None:
    # "his awful manager": an adjective between the owner and the cue does not make it the author's
    assert codes("My sister's awful manager screams at her all day, the place is toxic.", "en") == set()
    assert codes("L'horrible patron de ma soeur lui crie après toute la journée, la place est toxique.", "fr") == set()
