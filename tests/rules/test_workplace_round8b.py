"""Workplace critique, round 8b: readings the vocabulary pass could not reach, fixed in the reading code.

Every row is a parallel English / French pair written for this round; none is taken or paraphrased
from any data set, probe or corpus script. Classes:

1. mock praise addressed to those in charge, set off by commas at the start or said as a closing
   ("Great job, leadership, another reorg nobody asked for", « Bien joué, la direction, ... »),
   including praise that ends on its noun ("Amazing work, senior management, ...");
2. "Oh great, another mandatory training": the English mock praise "oh great" is the same
   stand-alone interjection as « Ah super, encore une formation obligatoire »;
3. leadership said to know nothing ("Leadership has no idea what's going on", « La direction a
   aucune idée »), a boss's pet without "my" beside "the rest of us", and an open door shut by its
   proviso ("her door's always open, as long as you agree with her");
4. false alarms removed: a game or trivia night's "team", a curling rink's "boys club", and the
   useless boss of one's brother (« le boss inutile de mon frère »).

Hard negatives beside them: the weather, sincere good news, a gift, praise of one's team, a coach, a
TV show, a classroom, a parent's open door, labour politics, one's own confusion.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import load_rules
from tests.rules.conftest import codes_of

WORKPLACE = Analyzer(load_rules(["WRK001", "WRK002"]))


def codes(text: str, language: str) -> set[str]:
    return codes_of(WORKPLACE, text, language)


FLAGGED = {
    "mock praise to those in charge": [
        ("Great job, leadership, another reorg nobody asked for.",
         "Bien joué, la direction, encore une réorg que personne a demandée."),
        ("Well done, senior management, a third reorg this year.",
         "Bravo, la haute direction, une troisième réorganisation cette année."),
        ("Nice work, management, another hiring freeze.", "Beau travail, la direction, encore un gel d'embauche."),
        ("Way to go, management, another round of cuts.", "Bravo la direction, une autre ronde de compressions."),
        ("Amazing work, senior management, morale has never been lower.",
         "Beau travail, la haute direction, le moral a jamais été aussi bas."),
        ("Another reorg nobody asked for. Great job, leadership.",
         "Encore une réorg que personne a demandée. Bien joué, la direction."),
        ("Congrats, management, you managed to lose three analysts in a month.",
         "Félicitations, la direction, vous avez réussi à perdre trois analystes en un mois."),
        ("My manager managed to lose my leave form again.",
         "Ma gestionnaire a réussi à perdre mon formulaire de congé encore une fois."),
    ],
    "oh great, another burden": [
        ("Oh great, another mandatory training.", "Ah super, encore une formation obligatoire."),
        ("Oh great, another all-staff meeting at 4 pm on a Friday.",
         "Ah super, encore une réunion de tout le personnel à 16 h un vendredi."),
        ("Oh wonderful, more mandatory overtime.", "Ah merveilleux, encore des heures supplémentaires obligatoires."),
        ("Oh great, another team-building day 🙃", "Ah super, encore une journée de team building 🙃"),
    ],
    "leadership knows nothing": [
        ("Leadership has no idea what's going on.", "La direction a aucune idée de ce qui se passe."),
        ("Upper management has no clue.", "La haute direction a aucune idée."),
        ("Senior management clearly has no idea what we do all day.",
         "La haute direction n'a aucune idée de ce qu'on fait de nos journées."),
        ("Our managers have no idea what's going on.", "Nos patrons ont aucune idée de ce qui se passe."),
        ("Upper management? They have no idea what we deal with on the floor.",
         "La haute direction? Ils ont aucune idée de ce qu'on vit sur le plancher."),
    ],
    "a boss's pet without 'my'": [
        ("The director's pet gets all the good assignments while the rest of us get the leftovers.",
         "La chouchoute de la directrice a toutes les belles affectations pendant que nous autres on a les restes."),
        ("The DG's pet got promoted again while the rest of us wait for a reclassification.",
         "Le chouchou du DG a encore eu une promotion pendant qu'on attend notre reclassification."),
        ("The boss's pet got the acting assignment again while we do the grunt work.",
         "Le chouchou du boss a encore eu l'intérim pendant qu'on fait le sale boulot."),
    ],
    "an open door and its opposite": [
        ("My director says her door's always open, as long as you agree with her.",
         "Ma directrice dit que sa porte est toujours ouverte, tant qu'on est d'accord avec elle."),
        ("Management says its door is always open... as long as you agree with them.",
         "La direction dit que sa porte est toujours ouverte... à condition d'être d'accord avec elle."),
        ("The door of senior management is always open... as long as you agree with them.",
         "La porte de la direction est toujours ouverte... à condition d'être d'accord avec elle."),
    ],
}

NOT_FLAGGED = {
    "games, trivia and the rink": [
        ("Game night: my team is useless lol", "Soirée jeux : mon équipe est nulle lol"),
        ("Trivia night, my team is useless at geography haha", "Soirée quiz, mon équipe est inutile en géo haha"),
        ("The boys club at the curling rink won again.", "Le club des boys au curling a encore gagné."),
    ],
    "someone else's boss": [
        ("My brother's useless boss", "Le boss inutile de mon frère"),
        ("My brother's useless boss called him on a Sunday again.",
         "Le boss inutile de mon frère l'a encore appelé un dimanche."),
        ("The managers at my sister's store have no idea what's going on.",
         "Les gérants du magasin de ma sœur ont aucune idée de ce qui se passe."),
    ],
    "oh great, said in earnest or of the weather": [
        ("Oh great, it's snowing again.", "Ah super, il neige encore."),
        ("Oh great news! My sister got the job.", "Ah super nouvelle! Ma sœur a eu le poste."),
        ("oh great news!", "ah super nouvelle!"),
        ("Oh great, a new sweater from grandma! Thanks!", "Ah super, un nouveau chandail de grand-maman! Merci!"),
        ("Oh great, another episode of my favourite show tonight!",
         "Ah super, encore un épisode de mon émission préférée ce soir!"),
    ],
    "sincere praise": [
        ("Great job, team, another launch done on time!", "Bien joué, l'équipe, encore un lancement livré à temps!"),
        ("Well done, leadership, the new telework policy is great news for families.",
         "Bravo, la direction, la nouvelle politique de télétravail est une excellente nouvelle pour les familles."),
        ("We managed to lose only one game all season, congrats team!",
         "On a réussi à perdre juste une partie de toute la saison, bravo l'équipe!"),
        ("Congrats to us, we managed to lose ten pounds this month!", "Bravo à nous, on a réussi à perdre cinq livres ce mois-ci!"),
        ("Amazing work, team, the launch went perfectly.", "Beau travail, l'équipe, le lancement s'est passé à merveille."),
        ("My manager's door is always open, she really listens.",
         "La porte de ma gestionnaire est toujours ouverte, elle écoute vraiment."),
        ("My manager's door is always open, as long as you book a slot first.",
         "La porte de ma gestionnaire est toujours ouverte, à condition de réserver un moment d'abord."),
    ],
    "nobody's critique": [
        ("The coach has no idea what's going on with the power play.",
         "Le coach a aucune idée de ce qui se passe avec l'avantage numérique."),
        ("I have no idea what's going on in this season of the show.",
         "J'ai aucune idée de ce qui se passe dans cette saison."),
        ("My daughter has no idea what's coming.", "Ma fille a aucune idée de ce qui l'attend."),
        ("My kids? They have no idea what's coming.", "Mes enfants? Ils ont aucune idée de ce qui s'en vient."),
        ("My manager has no idea I'm planning her farewell party.",
         "Ma gestionnaire a aucune idée que je lui prépare une fête de départ."),
        ("My mom says her door's always open, as long as you agree with her.",
         "Ma mère dit que sa porte est toujours ouverte, tant qu'on est d'accord avec elle."),
        ("My manager's offer is always open, as long as you agree on the dates.",
         "L'offre de ma gestionnaire est toujours ouverte, tant qu'on est d'accord sur les dates."),
    ],
    "shows, classrooms and labour politics": [
        ("In the show, the director's pet always gets the best lines.",
         "Dans la série, le chouchou du directeur a toujours les meilleures répliques."),
        ("The teacher's pet got an A while the rest of us got Cs.",
         "Le chouchou de la prof a eu un A pendant que nous autres on a eu des C."),
        ("The union says the employer has no idea what frontline work is like.",
         "Le syndicat dit que l'employeur a aucune idée de ce qu'est le travail de première ligne."),
    ],
}


def _rows(tables: dict[str, list[tuple[str, str]]]) -> list[object]:
    return [
        pytest.param(name, text, lang, id=f"{name}/{lang}: {text[:40]}")
        for name, pairs in tables.items()
        for en, fr in pairs
        for text, lang in ((en, "en"), (fr, "fr"))
    ]


@pytest.mark.parametrize(("group", "text", "lang"), _rows(FLAGGED))
def test_round8b_critique_is_flagged_in_both_languages(group: str, text: str, lang: str) -> None:
    assert codes(text, lang), f"{group}: {text!r} ({lang}) should be flagged"


@pytest.mark.parametrize(("group", "text", "lang"), _rows(NOT_FLAGGED))
def test_round8b_hard_negatives_are_not_flagged(group: str, text: str, lang: str) -> None:
    assert not codes(text, lang), f"{group}: {text!r} ({lang}) should not be flagged"


def test_knowing_nothing_keeps_the_longer_phrase_it_overlaps() -> None:
    # "has no idea" must not swallow "no idea what the right hand is doing" (a finding of its own)
    text = "Management has no idea what the right hand is doing and my workplace blamed us for it."
    assert codes(text, "en") == {"WRK002"}
    assert codes("La haute direction a aucune idée de ce qu'on fait, on est invisibles ici.", "fr") == {"WRK002"}


def test_unaccented_french_reads_the_same() -> None:
    assert codes("La direction a aucune idee de ce qui se passe.", "fr") == {"WRK002"}
    assert codes("Ah super, encore une reunion de tout le personnel a 16 h un vendredi.", "fr") == {"WRK002"}
    assert not codes("Le boss inutile de mon frere", "fr")


def test_huge_and_empty_posts() -> None:
    assert not codes("", "en")
    assert not codes("Oh great, " * 3000, "en")
    long = "Leadership has no idea what's going on. " + "Lovely weather today. " * 2000
    assert codes(long, "en") == {"WRK002"}
