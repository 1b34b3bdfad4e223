"""Accounts that could be mistaken for official ones: profile fields, English and French."""

from __future__ import annotations

import pytest

from footprint.rules.official import classify_domain
from tests.rules.conftest import profile, run


@pytest.mark.parametrize(
    ("domain", "tier"),
    [
        ("tbs-sct.gc.ca", "federal"),
        ("canada.ca", "federal"),
        ("ecn.forces.gc.ca", "federal"),
        ("cds-snc.ca", "federal"),
        ("sen.parl.gc.ca", "not_public_service"),
        ("ourcommons.ca", "not_public_service"),
        ("ontario.ca", "provincial"),
        ("canada.com", None),
        ("gccanada.ca", None),
        ("example.com", None),
    ],
)
def test_email_domain_tiers(domain: str, tier: str | None) -> None:
    assert classify_domain(domain) == tier


@pytest.mark.parametrize(
    ("fields", "should_flag"),
    [
        ({"email": "pat.example@tbs-sct.gc.ca"}, True),
        ({"bio": "Écrivez-moi : camille.tremblay@canada.ca 🍁"}, True),
        ({"bio": "Contact: pat@ecn.forces.gc.ca"}, True),
        ({"email": "pat@gmail.com"}, False),
        ({"bio": "I read canada.com every morning; mail me at pat@gccanada.ca"}, False),
        ({"email": "staff@ourcommons.ca"}, False),
    ],
)
def test_government_email(fields: dict[str, str], should_flag: bool) -> None:
    assert bool(run("OFA001", profile(**fields))) is should_flag


@pytest.mark.parametrize(
    ("fields", "should_flag"),
    [
        ({"bio": "Senior Policy Analyst at ESDC. Views my own."}, True),
        ({"bio": "Analyste principale, EDSC | Gatineau"}, True),
        ({"display_name": "Pat Example, Director General, TBS"}, True),
        ({"bio": "Conseillère en communications @ SPAC"}, True),
        ({"bio": "Data scientist | GC | cyclist"}, True),
        ({"bio": "Proud public servant. Cyclist. Parent."}, False),
        ({"bio": "Works at ESDC. Hiker, reader."}, False),
        ({"bio": "Analyste de données le jour, musicienne la nuit"}, False),
        ({"bio": "Software developer at a startup in Montréal"}, False),
    ],
)
def test_title_with_organization(fields: dict[str, str], should_flag: bool) -> None:
    assert bool(run("OFA002", profile(**fields))) is should_flag


@pytest.mark.parametrize(
    ("fields", "should_flag"),
    [
        ({"handle": "GC_Camille"}, True),
        ({"handle": "camille_gc"}, True),
        ({"handle": "PatExampleGC"}, True),
        ({"display_name": "Camille | Government of Canada"}, True),
        ({"display_name": "Camille | Gouvernement du Canada"}, True),
        ({"handle": "camille_tn"}, False),
        ({"handle": "gcamille"}, False),
        ({"display_name": "Camille Tremblay 🇨🇦"}, False),
    ],
)
def test_government_naming(fields: dict[str, str], should_flag: bool) -> None:
    assert bool(run("OFA003", profile(**fields))) is should_flag


def test_disclaimer_is_advice_not_a_flag() -> None:
    (finding,) = run("OFA004", profile(bio="Analyst. Views are my own."))
    assert finding.severity.label == "info" and finding.score == 0.0
    assert run("OFA004", profile(bio="Opinions personnelles.")) != []
    assert run("OFA004", profile(bio="Hiker and reader.")) == []
