"""Workplace criticism (WRK001 insults, WRK002 employer critique), English and French.

The tables are team-written (no French workplace rows exist in the dev set): harsh critiques
that must be flagged, and mild, constructive, negated, sporting, shopping or political remarks
that must not be.
"""

from __future__ import annotations

from importlib.resources import files

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import load_rules, workplace, workplace_lexicon
from footprint.rules.base import text_words
from footprint.text import fold
from tests.rules.conftest import flagged, post

HARSH = [
    "My manager is a useless idiot, this team is a joke.",
    "ESDC management is a clown show of incompetent cowards",
    "I can't stand my coworkers, bunch of lazy losers",
    "Mes collègues sont des incompétents finis, j'en peux plus de cette équipe de paresseux",
    "Ma gestionnaire est une vraie conne 🙄",
    "Notre direction est un cirque de minables",
    "The public service is full of lazy parasites",
    "My DG is the most spineless coward I've ever worked for",
    "Senior management here are a bunch of hypocrites and liars.",
    "Mon directeur est un menteur et la haute direction est méprisante.",
    "Management treats us like garbage.",
    "La direction nous traite comme des chiens.",
]
MILD = [
    "Long day but my team pulled through, proud of them",
    "Bonne rencontre d'équipe ce matin",
    "My manager brought cake, best team ever!",
    "I hate Mondays",
    "This traffic is killing me",
    "The Leafs are a joke this season",
    "Je déteste la pluie",
    "My team is not lazy, we are understaffed",
    "We discussed the pros and cons of my team's proposal",
    "Frustrating meeting today, but we'll sort it out",
    "Mon équipe est géniale, merci à tous!",
]

# Sustained critique of the employer without insults: WRK002 (or WRK001 where it insults).
CRITIQUE_EN = [
    "Management here does not care about employees. We are treated like robots.",
    "Senior leadership keeps ignoring us, morale has never been lower.",
    "Overworked, underpaid and unappreciated at my department.",
    "My manager micromanages everything and takes credit for our work.",
    "Another year with no raise and no recognition from my employer.",
    "The favouritism in this branch is unbelievable, only the in-crowd gets promoted.",
    "HR never responds and our director blames the team for every failure.",
    "Burned out because management keeps piling on work with zero support.",
    "I dread going to work because of how my supervisor treats people.",
    "Leadership talks about wellness but punishes anyone who takes sick leave.",
    "Employees here are treated as expendable.",
    "Our department doesn't value its people, no career growth at all.",
    "The return to office mandate shows senior management couldn't care less about staff.",
    "Phoenix still hasn't paid me properly and nobody in HR listens. Pathetic.",
    "Salary is very low and career growth is slow at this organization.",
]
CRITIQUE_FR = [
    "Aucune reconnaissance de la direction, on est traités comme des numéros.",
    "Mon employeur se fiche complètement de ses employés.",
    "La haute direction ne nous écoute jamais, le moral est à plat.",
    "Je n'en peux plus de ce ministère, la charge de travail est inhumaine.",
    "Au bureau, c'est du favoritisme à tous les niveaux et zéro reconnaissance.",
    "Ma gestionnaire fait de la microgestion à longueur de journée, c'est épuisant.",
    "On est sous-payés et surchargés depuis deux ans, la direction s'en fout.",
    "Encore un retour au bureau imposé sans consultation; la direction méprise ses employés.",
    "Cette boîte ne valorise pas ses employés, aucune possibilité d'avancement.",
    "Épuisement professionnel à cause de la direction, je veux démissionner.",
    "Mon gestionnaire nous traite comme des enfants, c'est humiliant.",
    "Dans mon ministère, les gestionnaires nous prennent pour acquis.",
    "Phénix ne m'a toujours pas payé et personne aux RH ne répond. C'est une honte.",
    "Le climat de travail dans mon équipe est toxique.",
]
# Mild, constructive, negated, or not about the author's workplace: nothing from either rule.
NOT_FLAGGED_EN = [
    "Long day at the office, but we shipped it.",
    "The systems could be better, but the team is doing its best.",
    "Frustrating meeting today, but we'll sort it out.",
    "Busy week, lots of deadlines, proud of my team.",
    "My manager gave great feedback on my project.",
    "Not a bad first week at the new job!",
    "No complaints about my new team, everyone is helpful.",
    "The Leafs are a joke this season, terrible coaching.",
    "Worst customer service ever from my phone company, no refund.",
    "Reorg announced today, we'll see how it goes.",
    "No micromanagement, no politics, just good people. Love my team.",
    "Working from home, day 14: the cat is my new manager. The performance review went poorly.",
    "Not sure the new policy is perfect, but leadership listened to our feedback.",
    "Tired after a long week at work, time for the weekend!",
    "A bit stressed about the deadline, but my colleagues are great.",
    "Our manager never micromanages, she trusts us.",
    "The new pay system had a few hiccups, HR sorted it out quickly.",
    "This government's housing policy is a disaster.",
    "Hard work pays off, got my promotion today!",
    "My colleagues threw me a surprise party, best team ever!",
    "My manager is amazing, but the commute is terrible.",
    "Weak leadership from the Prime Minister on the carbon tax, again.",
    "Summer solstice hike up the Luskville Falls trail. Legs: destroyed. Soul: restored.",
]
NOT_FLAGGED_FR = [
    "Longue journée au bureau, mais on a livré le projet.",
    "Réunion un peu frustrante ce matin, mais on va trouver une solution.",
    "Les systèmes pourraient être meilleurs, mais l'équipe fait de son mieux.",
    "Pas de problème avec ma gestionnaire, elle est super.",
    "Le Canadien a perdu, quelle équipe pourrie cette saison.",
    "Mon équipe n'est pas paresseuse, on manque de personnel.",
    "J'ai hâte de retourner au bureau lundi!",
    "Aucun problème avec le nouveau système de paie.",
    "Fière de mon équipe et de notre direction!",
    "Réorganisation annoncée aujourd'hui; on verra ce que ça donne.",
    "Un peu fatiguée après cette semaine au travail, mais contente du résultat.",
    "Pas de microgestion ici, ma gestionnaire nous fait confiance.",
    "Le trafic sur le pont était horrible ce matin.",
    "Ce gouvernement est une honte avec sa politique du logement.",
    "Mes collègues m'ont organisé une fête surprise, la meilleure équipe!",
    "Quelques petits problèmes avec Phénix, mais les RH ont réglé ça vite.",
    "Réunion interminable ce matin... mais on a fini par trouver une solution 👍",
]


def workplace_codes(text: str, language: str | None = None) -> set[str]:
    subject = Subject("x", "1", "2", "post", {"text": text}, language=language)
    return {f.rule for f in Analyzer(load_rules(["WRK001", "WRK002"])).analyze(subject).findings}


@pytest.mark.parametrize("text", HARSH)
def test_harsh_critiques_are_flagged(text: str) -> None:
    assert flagged("WRK001", text), text


@pytest.mark.parametrize("text", MILD)
def test_mild_or_unrelated_remarks_are_not_flagged(text: str) -> None:
    assert not flagged("WRK001", text), text


@pytest.mark.parametrize("text", CRITIQUE_EN + CRITIQUE_FR)
def test_employer_critiques_are_flagged(text: str) -> None:
    assert workplace_codes(text), text


@pytest.mark.parametrize("text", MILD + NOT_FLAGGED_EN + NOT_FLAGGED_FR)
def test_mild_constructive_or_unrelated_posts_get_no_workplace_flag(text: str) -> None:
    assert not workplace_codes(text), text


@pytest.mark.parametrize(
    ("text", "language"),
    [(CRITIQUE_EN[0], "en"), (CRITIQUE_FR[0], "fr"), (CRITIQUE_FR[1], "fr-CA"), (CRITIQUE_FR[2], "und")],
)
def test_declared_or_guessed_language_gives_the_same_reading(text: str, language: str) -> None:
    assert workplace_codes(text, language) == workplace_codes(text)


def test_critique_without_insult_is_wrk002_at_low_severity() -> None:
    (finding,) = Analyzer(load_rules(["WRK001", "WRK002"])).analyze(post(CRITIQUE_EN[0])).findings
    assert finding.rule == "WRK002" and finding.severity.name == "LOW"
    assert {e.text.lower() for e in finding.evidence} >= {"management here", "employees"}


def test_an_insult_is_reported_once_by_wrk001() -> None:
    assert workplace_codes("My manager is a useless idiot and management doesn't care about us.") == {"WRK001"}


def test_evidence_points_into_the_text_as_written() -> None:
    text = "Ma gestionnaire est une VRAIE CONNE, et la Direction s'en fout."
    for finding in Analyzer(load_rules(["WRK001", "WRK002"])).analyze(post(text)).findings:
        for item in finding.evidence:
            assert text[item.start : item.end] == item.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Management is not good.", True),  # negated praise
        ("Management is not bad at all.", False),  # negated criticism
        ("No recognition, no raise, poor management.", True),  # lack of what an employer gives
        ("Salary is very low and growth is slow in this department.", True),  # lack after the need
        ("Management is terrible but my colleagues are amazing.", False),  # contrast: the second clause wins
        ("My colleagues are amazing but management is terrible.", True),
        ("La direction n'est pas terrible, mais l'équipe est formidable.", False),
        ("L'équipe est formidable, mais la direction nous méprise.", True),
    ],
)
def test_negation_lack_and_contrast(text: str, expected: bool) -> None:
    assert bool(workplace_codes(text)) is expected, text


def test_lexicon_is_team_written_data_with_provenance() -> None:
    raw = files("footprint.rules").joinpath("data", workplace.LEXICON_FILE).read_text(encoding="utf-8")
    header = raw[: raw.index("[entities]")]
    assert "Provenance: written by the footprint-audit team" in header and "Licence" in header
    for lang in workplace.LANGUAGES:
        assert len(workplace.lexicon(lang).matcher) > 1000


@pytest.mark.parametrize("lang", workplace.LANGUAGES)
def test_precheck_never_skips_a_post_that_holds_a_lexicon_term(lang: str) -> None:
    """The word-set pre-check is a necessary condition: each term on its own passes it."""
    precheck = workplace_lexicon._precheck()
    data = workplace_lexicon._raw()
    context_terms = data["entities"][f"strong_{lang}"] + data["aspects"][f"strong_{lang}"]
    negative_terms = [t for w, ts in data["valence"][lang].items() if float(w) < 0 for t in ts]
    for term in context_terms:
        assert precheck.could_be_about_work(text_words(fold(term))), term
    for term in negative_terms + data["contempt"][lang]:
        assert precheck.could_be_negative(text_words(fold(term))), term
