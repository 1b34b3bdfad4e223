"""The scan on several cores gives exactly what one process gives, in the same order."""

from __future__ import annotations

import itertools

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.role import RoleProfile
from footprint.rules import load_rules, rule_registry
from footprint.scan_workers import ScanWorkers

# Varied posts in both languages: some trip political, discrimination, workplace and safety
# rules, most are ordinary; emoji, an empty profile field and a very long post included.
POSTS = [
    ("Vote Conservative on Monday, we need every vote! #elxn44", "en"),
    ("Votez pour notre candidate du Bloc lundi, chaque vote compte!", "fr"),
    ("Beautiful morning for a run along the canal 🌅", "en"),
    ("Ma fille Léa commence à la garderie Les Petits Pas lundi, je vais la chercher à 16 h", "fr"),
    ("My manager is a useless liar and this department is a clown show", "en"),
    ("Call me at 613-555-0142 if you find my dog", "en"),
    ("Bonne fête à ma sœur 🎂🎉", "fr"),
    ("Those people are vermin and should be driven out of our town", "en"),
    ("Working on the quarterly report all day, coffee please ☕", "en"),
    ("word " * 3000, "en"),
]


def _subjects(count: int) -> list[Subject]:
    cycle = itertools.cycle(POSTS)
    return [
        Subject(
            platform="x",
            account_id="acct",
            native_id=str(number),
            kind="post",
            fields={"text": f"{text} ({number})"},
            language=lang,
            followers=number % 5000,
        )
        for number, (text, lang) in zip(range(count), cycle, strict=False)
    ]


def _flat(results) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [
        (item.native_id, [(f.id, f.rule, f.score, f.message, f.evidence) for f in result.findings], result.errors)
        for item, result in results
    ]


@pytest.fixture(scope="module")
def role() -> RoleProfile:
    return RoleProfile(classification="EX-02", public_facing=True)


def test_workers_give_the_same_findings_in_the_same_order_as_one_process(role: RoleProfile) -> None:
    subjects = _subjects(900)
    codes = list(rule_registry())
    alone = Analyzer(load_rules(codes), role)
    expected = _flat((subject, alone.analyze(subject)) for subject in subjects)
    assert sum(len(findings) for _, findings, _ in expected) > 300, "the posts must trip rules for this to mean anything"

    workers = ScanWorkers(codes, role, workers=2, min_parallel=100, batch=37)
    got = _flat(workers.map(subjects, lambda subject: subject))

    assert workers.used_workers == 2
    assert got == expected


def test_items_come_back_paired_with_their_own_subject(role: RoleProfile) -> None:
    # The store passes its own rows and reads the subject out of each.
    rows = [("row", subject) for subject in _subjects(250)]
    codes = [code for code in rule_registry() if code.startswith("SAF")]
    workers = ScanWorkers(codes, role, workers=2, min_parallel=50, batch=16)
    paired = list(workers.map(rows, lambda row: row[1]))
    assert [row for row, _ in paired] == rows
    phone = [result for (_, subject), result in paired if "613-555-0142" in subject.fields["text"]]
    assert phone and all(any(f.category == "personal_safety" for f in result.findings) for result in phone)
    ordinary = [result for (_, subject), result in paired if "canal" in subject.fields["text"]]
    assert ordinary and not any(result.findings for result in ordinary)


def test_a_small_scan_stays_in_one_process(role: RoleProfile) -> None:
    workers = ScanWorkers(list(rule_registry()), role, workers=2, min_parallel=1_000)
    results = list(workers.map(_subjects(30), lambda subject: subject))
    assert len(results) == 30
    assert workers.used_workers == 0


def test_nothing_to_scan(role: RoleProfile) -> None:
    workers = ScanWorkers(list(rule_registry()), role, workers=2, min_parallel=0)
    assert list(workers.map([], lambda subject: subject)) == []
    assert workers.used_workers == 0


def test_one_worker_means_no_process_at_all(role: RoleProfile) -> None:
    workers = ScanWorkers(list(rule_registry()), role, workers=1, min_parallel=0)
    assert len(list(workers.map(_subjects(20), lambda subject: subject))) == 20
    assert workers.used_workers == 0
