"""Being held up at work or in traffic is not a critique of one's employer, in either language;
the same words with a grievance still are."""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import load_rules

HELD_UP = [
    ("Can someone pick up my parcel at the post office at 4? I'm stuck at work", "Quelqu'un peut aller chercher mon colis au bureau de poste à 16 h? Je suis coincée au travail"),
    ("Stuck in traffic on the 417, start without me", "Pris dans le trafic sur la 417, commencez sans moi"),
]
GRIEVANCE = [
    ("I'm stuck at work until 9 again because management can't plan anything, this place is a joke",
     "Encore coincée au bureau jusqu'à 21 h parce que la direction planifie rien, c'est une farce ici"),
]


def _workplace(text: str, lang: str) -> bool:
    subject = Subject(platform="x", account_id="a", native_id="1", kind="post", fields={"text": text}, language=lang)
    analyzer = Analyzer(load_rules(["WRK001", "WRK002"]))
    return any(f.category == "workplace_criticism" for f in analyzer.analyze(subject).findings)


@pytest.mark.parametrize(("english", "french"), HELD_UP)
def test_being_held_up_at_work_is_no_critique_of_it(english: str, french: str) -> None:
    assert not _workplace(english, "en") and not _workplace(french, "fr")


@pytest.mark.parametrize(("english", "french"), GRIEVANCE)
def test_held_up_with_a_grievance_is_still_a_critique(english: str, french: str) -> None:
    assert _workplace(english, "en") and _workplace(french, "fr")


# A fan giving up on a team after a loss is not leaving a job; an employee's team still is.
FANS = [
    ("Leafs lost again. I'm done with this team. Until next game.", "Le Canadien a encore perdu. J'en ai fini avec cette équipe. Jusqu'au prochain match."),
    ("Blew a 3-goal lead in the third?? I'm so done with this team 🤬 #GoHabsGo", "Perdre une avance de 3 buts en troisième?? J'en ai ma claque de cette équipe 🤬 #GoHabsGo"),
]
EMPLOYEES = [
    ("Another reorg, another useless meeting. I'm done with this team, updating my résumé tonight",
     "Encore une réorg, encore une réunion inutile. J'en ai fini avec cette équipe, je mets mon CV à jour ce soir"),
]


@pytest.mark.parametrize(("english", "french"), FANS)
def test_a_fan_done_with_a_sports_team_is_not_leaving_a_job(english: str, french: str) -> None:
    assert not _workplace(english, "en") and not _workplace(french, "fr")


@pytest.mark.parametrize(("english", "french"), EMPLOYEES)
def test_an_employee_done_with_their_team_still_counts(english: str, french: str) -> None:
    assert _workplace(english, "en") and _workplace(french, "fr")


# A game's leaders are not one's employer's; a boss at work still is.
GAME_LEADERS = [
    ("My guild leader is a tyrant lol, 6 hour raids every Saturday", "Mon chef de guilde est un tyran mdr, raids de 6 h tous les samedis"),
]
WORK_LEADERS = [
    ("My boss is a tyrant, 6 hour meetings every Monday and no lunch break", "Mon chef est un tyran, des réunions de 6 h tous les lundis pis pas de pause dîner"),
]


@pytest.mark.parametrize(("english", "french"), GAME_LEADERS)
def test_a_guild_leader_is_not_an_employer(english: str, french: str) -> None:
    assert not _workplace(english, "en") and not _workplace(french, "fr")


@pytest.mark.parametrize(("english", "french"), WORK_LEADERS)
def test_a_boss_at_work_still_counts(english: str, french: str) -> None:
    assert _workplace(english, "en") and _workplace(french, "fr")
