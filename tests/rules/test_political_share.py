"""POL009: reposts of a party's or politician's own account, from X archives' "RT @handle:" form.

Rows written for this test (not from any data set), in English and French."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Severity, Subject
from footprint.rules import load_rules
from tests.rules.conftest import post, run

REPOSTS_OF_PARTIES_AND_POLITICIANS = [
    "RT @liberal_party: Join us Saturday in Halifax for a family barbecue!",
    "RT @parti_liberal: Merci à nos bénévoles de partout au pays 🙌",
    "RT @BlocQuebecois: Une belle journée à Trois-Rivières avec notre équipe.",
    "RT @CPC_HQ: Happy Canada Day from our family to yours 🇨🇦",
    "rt @liberal_party : a lovely morning in Moncton",  # typed by hand, space before the colon
    "RT @HillaryClinton: Thank you, New Hampshire.",
    "RT @EmmanuelMacron: Merci Lyon !",
]

NOT_REPOSTS_OF_A_PARTY_OR_PERSON = [
    "RT @CanadianPM: The Prime Minister will travel to Brussels next week.",  # a government office
    "RT @PMcanadien: Le premier ministre se rendra à Bruxelles la semaine prochaine.",
    "@liberal_party when is the barbecue in Halifax?",  # a reply, not a repost
    "Saw @BlocQuebecois trending this morning, no idea why",  # a mention
    "RT @fordnationfan2: my tomatoes are finally red",  # a handle that merely starts like one
    "RT @CBCNews: Snowfall warning for Ottawa tonight.",
    "ART @liberal_party: not a repost prefix",
    "RT @ liberal_party: a space breaks the handle",
    "",
]


@pytest.mark.parametrize("text", REPOSTS_OF_PARTIES_AND_POLITICIANS)
def test_a_repost_of_a_party_or_politician_is_reported_at_low_severity(text: str) -> None:
    hits = run("POL009", post(text))
    assert len(hits) == 1
    assert hits[0].severity is Severity.LOW
    shown = hits[0].evidence[0].text
    assert shown.lower().startswith("rt") and "@" in shown


@pytest.mark.parametrize("text", NOT_REPOSTS_OF_A_PARTY_OR_PERSON)
def test_offices_replies_mentions_and_lookalike_handles_are_not_reported(text: str) -> None:
    assert not run("POL009", post(text))


def test_the_shared_words_speak_first_one_political_finding_a_post() -> None:
    analyzer = Analyzer(load_rules())
    partisan = Subject(platform="x", account_id="1", native_id="2", kind="repost",
                       fields={"text": "RT @CPC_HQ: Vote Conservative on October 21! #cdnpoli"})
    codes = [f.rule for f in analyzer.analyze(partisan).findings if f.category == "political_activity"]
    assert codes and "POL009" not in codes
    plain = Subject(platform="x", account_id="1", native_id="3", kind="repost",
                    fields={"text": "RT @CPC_HQ: Snow in Calgary this morning."})
    assert [f.rule for f in analyzer.analyze(plain).findings] == ["POL009"]


def test_foreign_accounts_weigh_less_and_canadian_writ_periods_more() -> None:
    foreign = run("POL009", post("RT @HillaryClinton: Thank you, New Hampshire."))[0]
    assert foreign.weighting.get("foreign_politics") == pytest.approx(0.5)
    during_2019_campaign = datetime(2019, 10, 1, tzinfo=timezone.utc)
    federal = run("POL009", post("RT @liberal_party: See you in Halifax", created_at=during_2019_campaign))[0]
    assert "election_period" in federal.weighting
    quiet = run("POL009", post("RT @liberal_party: See you in Halifax", created_at=datetime(2021, 3, 2, tzinfo=timezone.utc)))[0]
    assert "election_period" not in quiet.weighting


def test_the_evidence_points_at_the_handle_in_the_text_as_written() -> None:
    text = "RT @BlocQuebecois: Bonne fête nationale à tous les Québécois !"
    hit = run("POL009", post(text))[0]
    span = hit.evidence[0]
    assert text[span.start:span.end] == span.text == "RT @BlocQuebecois"


def test_a_huge_repost_is_read_at_its_prefix_only() -> None:
    text = "RT @liberal_party: " + "très long fil 🧵 " * 20000
    assert len(run("POL009", post(text))) == 1
