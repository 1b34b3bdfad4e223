"""Reposts of a party's or politician's own account (POL009).

The guidance asks public servants to weigh what they "post, like, share, or reply to", and the
Public Service Commission counts activity in support of a party or candidate whether one writes
the words or passes them on. An X archive keeps a repost as "RT @handle: the words": the words
are read by the other political rules like any post; this rule reads who wrote them. A repost of
a party's account, a leader's or a candidate's is reported once, at low severity, when no other
political rule has already reported the post (the words then say more than the account does).

Not reported: accounts of an office rather than a person or party (@CanadianPM, @POTUS,
@Elysee: they speak for a government, which the guidance does not ask public servants to avoid
sharing), a reply or a mention of a politician (someone talked to, not passed on), and handles
that merely start like one ("@fordnationfan"). Reposts on Bluesky and Mastodon are stored by the
address of the reposted post, which names no handle the accounts table knows, so they are not
read here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from footprint import guidance as gd
from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules.base import Rule, evidence
from footprint.rules.political import FOREIGN_POLITICS_FACTOR, accounts_data, election_factor
from footprint.text import fold

# The repost prefix as X archives write it (the connector marks such items as reposts); spaces
# tolerated because exports from third-party tools sometimes add one before the colon.
_REPOST = re.compile(r"\s*rt\s+(@\w{1,30})\s*:")


@dataclass(frozen=True)
class SharedAccount:
    name: str
    jurisdiction: str  # "federal", a province's code, or "foreign"


@cache
def shared_accounts() -> Mapping[str, SharedAccount]:
    """Folded handle -> the party or person it belongs to; office accounts left out."""
    accounts: dict[str, SharedAccount] = {}
    for row in accounts_data().get("account", []):
        handle = fold(str(row.get("handle", "")))
        if not handle.startswith("@") or str(row.get("role", "")).startswith("office account"):
            continue
        accounts.setdefault(handle, SharedAccount(str(row.get("name", "")), str(row.get("jurisdiction", "federal"))))
    return accounts


def shared_account(folded: str) -> tuple[int, int, SharedAccount] | None:
    """Where a repost names its political source ("RT @handle"), and whose it is."""
    if not folded.startswith(("rt", " ", "\t", "\n")):
        return None
    found = _REPOST.match(folded)
    if found is None:
        return None
    account = shared_accounts().get(found.group(1))
    return None if account is None else (found.start(), found.end(1), account)


class PoliticalRepost(Rule):
    """Reposts a political party's, leader's or candidate's own post.

    Sharing passes someone's words on under your name: sharing a party's or a candidate's post can
    be read as support for it, whatever the words say. Reported for reposts of the accounts the
    project lists (Canadian parties and leaders, federal and provincial, and the main foreign
    parties and candidates; foreign politics weighs less), at low severity, and only when no other
    political rule reports the post. A government office's account (the Prime Minister's office,
    a president's) is not a party's and is not reported, nor is a reply to or a mention of a
    politician.
    """

    code = "POL009"
    name = "political-repost"
    category = "political_activity"
    guidance = gd.POLITICAL_ACTIVITIES
    consult = (gd.POLITICAL_REP, gd.PSC)
    severity = Severity.LOW
    confidence = Confidence.HIGH
    defers_to = ("political_activity",)
    action = (
        "Undo the repost if it could be read as support for the party or candidate, or ask your political "
        "activities representative; the Public Service Commission's Self-Assessment Tool helps weigh it."
    )
    examples_flagged = (
        "RT @liberal_party: Join us Saturday in Halifax!",
        "RT @BlocQuebecois: Merci à tous nos bénévoles.",
    )
    examples_not_flagged = (
        "RT @CanadianPM: The Prime Minister will travel to Brussels next week.",
        "@JustinTrudeau thanks for visiting our school today!",
    )

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        text_folded = folded.get("text")
        if not text_folded:
            return ()
        found = shared_account(text_folded)
        if found is None:
            return ()
        start, end, account = found
        factors = (
            {"foreign_politics": FOREIGN_POLITICS_FACTOR}
            if account.jurisdiction == "foreign"
            else election_factor(subject.created_at, (account.jurisdiction,))
        )
        return (RuleHit(
            evidence=(evidence(subject, "text", start, end),),
            message="Reposts the post of a political party's, leader's or candidate's account.",
            factors=factors,
        ),)


RULES: tuple[type[Rule], ...] = (PoliticalRepost,)
