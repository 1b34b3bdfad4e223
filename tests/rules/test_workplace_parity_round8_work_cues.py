"""Own-organization work (JOB001/JOB002), round 8: the work cues aligned between English and French.

Parallel English / French pairs written by the team for this round (none taken from any data
set). The French verbs, units and first-person openings the English had ("drafting" / « rédige »,
"migrating" / « migre », "going live" / « met en ligne », "about to launch" / « s'apprête à
lancer », "lab" / « labo », "project team" / « équipe de projet », "my team just" / « mon équipe
vient de »), and the English of « sous embargo ». Hard negatives: the same words about a hockey
team, a snowman, a recipe, a dog (« mon labo »), and work that is not one's own.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import load_rules
from tests.rules.conftest import codes_of

WORK = Analyzer(load_rules(["JOB001", "JOB002"]))

FLAGGED = [
    ("My team is drafting the new telework policy, stay tuned!", "Mon équipe rédige la nouvelle politique de télétravail, à suivre!"),
    ("Our lab is rolling out a pilot next week.", "Notre labo met en ligne un projet pilote la semaine prochaine."),
    ("My branch is migrating everyone to the new system in March.", "Ma direction migre tout le monde vers le nouveau système en mars."),
    ("Our department is about to launch a new portal. Coming soon!",
     "Notre ministère s'apprête à lancer un nouveau portail. Bientôt disponible!"),
    ("Our project team is finalizing a chatbot for clients.",
     "Notre équipe de projet finalise un robot conversationnel pour les clients."),
    ("My team just shipped the new intake form #GCdigital", "Mon équipe vient de livrer le nouveau formulaire #FonctionPublique"),
    ("My unit is consulting on the new directive, still under embargo.",
     "Mon unité consulte sur la nouvelle directive, encore sous embargo."),
]

NOT_FLAGGED = [
    ("Mom's tourtière recipe, more to come!", "La recette de tourtière de maman, à suivre!"),
    ("My team won the final last night!", "Mon équipe a gagné la finale hier soir!"),
    ("My lab ate my socks again 🐶", "Mon labo a encore mangé mes bas 🐶"),
    ("The city is drafting a new parking bylaw.", "La ville rédige un nouveau règlement sur le stationnement."),
    ("Sneak peek of my garden this spring 🌷", "Un aperçu de mon jardin ce printemps 🌷"),
]


def _rows(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(text, lang) for pair in pairs for text, lang in zip(pair, ("en", "fr"))]


@pytest.mark.parametrize(("text", "lang"), _rows(FLAGGED))
def test_own_work_is_flagged_in_both_languages(text: str, lang: str) -> None:
    assert codes_of(WORK, text, lang) & {"JOB001", "JOB002"}


@pytest.mark.parametrize(("text", "lang"), _rows(NOT_FLAGGED))
def test_hard_negatives_stay_clean_in_both_languages(text: str, lang: str) -> None:
    assert not codes_of(WORK, text, lang)


def test_the_preannouncement_raises_confidence_in_french_as_in_english() -> None:
    """« sous embargo » and « bientôt disponible » mark work not yet public, as "coming soon" does."""
    for text, lang in (
        ("Our department is about to launch a new portal. Coming soon!", "en"),
        ("Notre ministère s'apprête à lancer un nouveau portail. Bientôt disponible!", "fr"),
    ):
        subject = Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language=lang)
        (finding,) = WORK.analyze(subject).findings
        assert finding.message.startswith("Talks about your organization's work or programs before it is public")
