"""Personal information that risks safety; English and French.

All addresses, numbers and plates here are invented: 555-01xx numbers are reserved for fiction,
and the rest are team-written fixtures (the dev set has no labelled personal-information rows).
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Confidence, Severity
from footprint.rules import safety
from footprint.rules.base import Rule
from tests.rules.conftest import post, profile


def hits(rule: type[Rule], text: str) -> list:
    return Analyzer([rule()]).analyze(post(text)).findings


def flagged(rule: type[Rule], text: str) -> bool:
    return bool(hits(rule, text))


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        ("Housewarming at our new place, 42 Maple Crescent, K2P 1L4!", True),
        ("I live at 1200 Bank Street, come by anytime", True),
        ("Send the invites to my home address: 17 Elm Ave", True),
        ("J'habite au 1234 rue Sainte-Catherine, venez!", True),
        ("Ma nouvelle adresse : 4-1234 rue Principale, Gatineau J8Y 3B5", True),
        ("Chez nous, au 55 chemin du Lac-Beauport, on a de la place", True),
        ("I live on the east side of town.", False),
        ("Bake sale at 123 Bank Street this Saturday", False),  # no home cue: SAF002's business
        ("Rendez-vous au parc samedi, chez nous après", False),
        ("My house is 2 minutes from work", False),
    ],
)
def test_home_address(text: str, should_flag: bool) -> None:
    assert flagged(safety.HomeAddress, text) is should_flag


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        ("Bake sale at 123 Bank Street this Saturday", True),
        ("Nid-de-poule géant devant le 55 boulevard René-Lévesque Est", True),
        ("Drop-off point, postal code K1A 0B1", True),
        ("Top 10 reasons to visit Ottawa", False),
        ("1 more way to save money", False),
        ("Il reste 3 places dans l'autobus", False),
        ("We have 2 places disponibles", False),
        ("More than 170 Square Miles burned", False),
        ("Il fait 25 degrés au soleil", False),
    ],
)
def test_street_address_or_postal_code(text: str, should_flag: bool) -> None:
    assert flagged(safety.StreetAddress, text) is should_flag


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        ("Text me at 613-555-0199 if you want the couch", True),
        ("Mon cell : (514) 555-0147", True),
        ("Call +1 416 555 0123 after six", True),
        ("reach me 438.555.0110", True),
        ("My number is 6135550199", True),
        ("Appelez-moi au 819 555 0134", True),
        ("Order #5145550147 shipped", False),
        ("Call 1-800-555-0199 for support", False),
        ("SIN format is 123 456 789", False),
        ("Meeting 2023-10-15 at 10:30", False),
        ("Population 6135550199 is not a phone", False),
        ("Le score final : 3-2", False),
    ],
)
def test_phone_number(text: str, should_flag: bool) -> None:
    assert flagged(safety.PhoneNumber, text) is should_flag


def test_phone_confidence_is_higher_when_given_as_ones_own() -> None:
    assert hits(safety.PhoneNumber, "Text me at 613-555-0199")[0].confidence is Confidence.HIGH
    assert hits(safety.PhoneNumber, "Info line: 613-555-0199")[0].confidence is Confidence.MEDIUM


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        ("Send your photos to pat.example@gmail.com", True),
        ("Écrivez-moi : camille@videotron.ca", True),
        ("email me at pat@example.org", True),
        ("Questions? info@ottawabakesale.org", False),
        ("Le site est example.com", False),
        ("Thanks @pat for the photos", False),
        ("Write to pat@tbs-sct.gc.ca for the form", False),  # a government address: OFA001's concern
    ],
)
def test_personal_email(text: str, should_flag: bool) -> None:
    assert flagged(safety.PersonalEmail, text) is should_flag


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        ("Finally got my new plate: CFXB 402!", True),
        ("Ma plaque personnalisée « GOHABS » est arrivée", True),
        ("Someone dinged my car, licence plate FXB-4021, any witnesses?", True),
        ("Ma plaque d'immatriculation : 123 ABC", True),
        ("My plate is full, I can't eat another bite", False),
        ("Bought new plates at IKEA", False),
        ("Une plaque de verglas sur le trottoir", False),
    ],
)
def test_licence_plate(text: str, should_flag: bool) -> None:
    assert flagged(safety.LicencePlate, text) is should_flag


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        ("So proud of my daughter at the Hopewell Avenue Public School concert!", True),
        ("my son's school, Glebe Collegiate, won the cup", True),
        ("Our kids' school is Rockcliffe Park, we love it", True),
        ("Premier jour à l'école Saint-Jean-de-Brébeuf pour ma fille!", True),
        ("Mon fils adore sa garderie Les Petits Lutins", True),
        ("My son's school called, he has a fever.", False),
        ("Bonne rentrée à tous les profs!", False),
        ("I went to Lisgar Collegiate in the 90s", False),
        ("L'école de ma fille ferme pour la tempête", False),
    ],
)
def test_child_school(text: str, should_flag: bool) -> None:
    assert flagged(safety.ChildSchool, text) is should_flag


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        ("Home alone this week, the cats are in charge", True),
        ("I'm at the Rideau Centre right now, come say hi", True),
        ("We're away until the 20th, so quiet", True),
        ("We'll be out of town for two weeks!", True),
        ("Je suis en vacances jusqu'au 15 août!", True),
        ("On est partis pour deux semaines au Mexique", True),
        ("Seule à la maison ce soir", True),
        ("Je suis au Marché By en ce moment", True),
        ("Loved our trip to Halifax last summer", False),
        ("Home Alone is the best Christmas movie", False),
        ("De retour de vacances, c'était génial", False),
        ("I'm at my best in the morning", False),
    ],
)
def test_real_time_location(text: str, should_flag: bool) -> None:
    assert flagged(safety.RealTimeLocation, text) is should_flag


@pytest.mark.parametrize(
    ("text", "should_flag", "confidence"),
    [
        ("My birthday is March 3 1985, send cake", True, Confidence.HIGH),
        ("I was born on 3 March 1985 in Moncton", True, Confidence.HIGH),
        ("DOB: 1985-03-03", True, Confidence.HIGH),
        ("Je suis née le 3 mars 1985 à Rimouski", True, Confidence.HIGH),
        ("Ma date de naissance : 3 mars 1985", True, Confidence.HIGH),
        ("My birthday is March 3, cake welcome", True, Confidence.LOW),
        ("It's my birthday and I'm 40 today!", True, Confidence.LOW),
        ("J'ai 40 ans aujourd'hui!", True, Confidence.LOW),
        ("Mozart was born in 1756", False, None),
        ("Happy birthday to my favourite colleague!", False, None),
        ("Born on the 4th of July is a great film", False, None),
        ("Joyeux anniversaire maman!", False, None),
    ],
)
def test_date_of_birth(text: str, should_flag: bool, confidence: Confidence | None) -> None:
    found = hits(safety.DateOfBirth, text)
    assert bool(found) is should_flag
    if confidence is not None:
        assert found[0].confidence is confidence


def test_profile_fields_are_checked_too() -> None:
    analyzer = Analyzer([safety.PhoneNumber(), safety.HomeAddress()])
    findings = analyzer.analyze(profile(bio="Call me 613-555-0199", location="I live at 12 Elm Street")).findings
    assert {(f.rule, f.evidence[-1].field) for f in findings} == {("SAF003", "bio"), ("SAF001", "location")}


@pytest.mark.parametrize(
    ("fields", "should_flag"),
    [
        ({"bio": "Anonymous public servant. Opinions mine."}, True),
        ({"bio": "Compte anonyme d'une fonctionnaire"}, True),
        ({"handle": "anon_fedworker"}, True),
        ({"display_name": "Burner account"}, True),
        ({"bio": "Hiker and reader."}, False),
        ({"handle": "Walter_Alton"}, False),
        ({"bio": "Alternative music fan"}, False),
    ],
)
def test_anonymity_advice(fields: dict[str, str], should_flag: bool) -> None:
    findings = Analyzer([safety.AnonymityAdvice()]).analyze(profile(**fields)).findings
    assert bool(findings) is should_flag
    assert all(f.severity is Severity.INFO and f.score == 0 for f in findings)


def test_anonymity_advice_is_for_profiles_only() -> None:
    assert not Analyzer([safety.AnonymityAdvice()]).analyze(post("anonymous account lol")).findings
