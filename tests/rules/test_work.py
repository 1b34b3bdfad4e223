"""Posts about one's own organization's work; EN and FR; organization names for the role profile."""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Confidence
from footprint.rules import work
from footprint.rules.base import Rule
from footprint.text import fold
from tests.rules.conftest import post


def hits(rule: type[Rule], text: str) -> list:
    return Analyzer([rule()]).analyze(post(text)).findings


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        ("My department is launching a new benefits portal next month", True),
        ("Our program is rolling out the new intake form on Monday", True),
        ("At work we're piloting a four-day week for the call centre", True),
        ("Our branch just released the new guidance on telework", True),
        ("Mon ministère lance la nouvelle prestation demain", True),
        ("Notre programme déploie un nouvel outil en janvier", True),
        ("Au travail, on prépare la refonte du site", True),
        ("Notre équipe travaille sur la nouvelle politique de télétravail", True),
        ("Great panel at the conference today", False),
        ("Mon équipe de hockey a gagné hier soir!", False),
        ("Our team is not launching anything until March", False),
        ("We just launched our new podcast!", False),
        ("Our church group is launching a food drive", False),
        ("My department store had a sale", False),
        ("Proud to work at ESDC", False),
    ],
)
def test_own_organization_work(text: str, should_flag: bool) -> None:
    assert bool(hits(work.OwnOrganizationWork, text)) is should_flag


def test_unannounced_work_or_named_organization_raises_confidence() -> None:
    assert hits(work.OwnOrganizationWork, "My team is drafting the policy")[0].confidence is Confidence.LOW
    early = hits(work.OwnOrganizationWork, "My department is launching a portal next month, stay tuned!")[0]
    assert early.confidence is Confidence.MEDIUM
    assert "stay tuned" in [e.text for e in early.evidence]
    named = hits(work.OwnOrganizationWork, "At ESDC my branch is working on the rollout")[0]
    assert named.confidence is Confidence.MEDIUM


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        ("My team and I presented the new intake form to the DG today #GCdigital", True),
        ("Je travaille sur le nouveau formulaire de demande #FonctionPublique", True),
        ("Great talks at #GCdigital day, thanks organizers!", False),
        ("Bonne #SemaineDeLaFonctionPublique à tous", False),
        ("My team and I went bowling #fun", False),
    ],
)
def test_public_service_tag_work(text: str, should_flag: bool) -> None:
    assert bool(hits(work.PublicServiceTagWork, text)) is should_flag


def test_one_post_is_reported_once_across_the_two_rules() -> None:
    text = "My team is launching the new form today #GCdigital"
    found = Analyzer([work.OwnOrganizationWork(), work.PublicServiceTagWork()]).analyze(post(text)).findings
    assert [f.rule for f in found] == ["JOB001"]


ESDC = ["Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC"]


@pytest.mark.parametrize("query", ["ESDC", "edsc", "Employment and Social Development Canada", "emploi et developpement social canada", " ESDC "])
def test_organization_terms_from_any_name(query: str) -> None:
    assert work.organization_terms(query) == ESDC


def test_organization_terms_for_unknown_and_empty_names() -> None:
    assert work.organization_terms("Nowhere Widgets Inc.") == ["Nowhere Widgets Inc."]
    assert work.organization_terms("   ") == []


def test_organization_terms_ignore_a_leading_the_and_have_no_duplicates() -> None:
    terms = work.organization_terms("the Canada Revenue Agency")
    assert terms[:2] == ["Canada Revenue Agency", "Agence du revenu du Canada"]
    assert len(terms) == len(set(terms))


def test_organization_pattern_matches_names_and_abbreviations_as_whole_words() -> None:
    pattern = work.organization_pattern("ESDC")
    assert pattern is not None
    assert pattern.search(fold("Big news from Emploi et Développement social Canada today"))
    assert pattern.search(fold("edsc lance un outil"))
    assert not pattern.search(fold("esdcx is a typo"))


def _own_work_texts() -> list[str]:
    """The project corpus, the development set when present, and random mixes of the pattern's
    own words (units, verbs, possessives, handles and starred words among them)."""
    import csv
    import random
    from pathlib import Path

    from scripts.corpus.build import posts

    texts = [p.text for p in posts()]
    path = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "dev_unified.csv"
    if path.exists():
        with path.open(newline="", encoding="utf-8") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)]
    cues = work._cues()
    vocabulary = [w for section in ("units", "verbs") for entries in cues[section].values() for w in entries]
    vocabulary += ["my", "our", "mon", "ma", "nos", "at work", "au bureau", "we're", "on", "nous", "in", "at", "the"]
    vocabulary += ["x*my", "@bob.my", "a*our", "@team", "*", "-", ",", "'"]
    rng = random.Random(21)
    texts += [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(2, 9))) for _ in range(20000)]
    return texts


def test_the_owner_word_test_never_turns_away_a_post_the_pattern_finds() -> None:
    """OwnOrganizationWork turns away a post with a work verb but none of `_OWNER_WORDS` (and no
    starred word or handle that could hide one) before its pattern: on every post the pattern
    finds something in, that test lets it through."""
    from footprint.rules.base import split_words

    own_work = work._patterns()[0]
    found = turned = 0
    for text in _own_work_texts():
        folded = fold(text)
        owner = not frozenset(split_words(folded)).isdisjoint(work._OWNER_WORDS) or "*" in folded or "@" in folded
        if own_work.search(folded):
            found += 1
            assert owner, text
        elif not owner:
            turned += 1
    assert found > 500 and turned > 500
