"""Accounts that could be mistaken for official Government of Canada accounts (OFA0xx).

The guidance asks that a personal account never look official: no government email address in
the profile, no copy of GC naming conventions, no position title paired with an organization
abbreviation or "GC". Saying where one works is fine on its own (a résumé on a professional
network is appropriate); the title-plus-abbreviation pairing is what reads as official.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

from footprint import guidance as gd
from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules import _data
from footprint.rules.base import PROFILE, Rule, evidence
from footprint.text import fold

_EMAIL = re.compile(r"[a-z0-9._%+'-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})(?![a-z0-9-])")
_NAME_FIELDS = ("handle", "display_name", "bio")

_TITLES = (
    r"(?:senior\s+|junior\s+|chief\s+|lead\s+|principal\s+|acting\s+|a/)?"
    r"(?:policy\s+|program\s+|communications?\s+|data\s+|research\s+|legal\s+|financial\s+|hr\s+|it\s+)?"
    r"(?:analyst|advisor|adviser|officer|director|director\s+general|manager|specialist|coordinator"
    r"|economist|scientist|researcher|counsel|lawyer|engineer|developer|architect|assistant\s+deputy\s+minister"
    r"|deputy\s+minister|adm|dg|head\s+of\s+\w+|team\s+lead|consultant|agent|inspector|auditor|statistician"
    r"|spokesperson|press\s+secretary|executive\s+director)"
    r"|(?:analyste|conseill(?:er|ere)|directeur|directrice|directeur\s+general|directrice\s+generale|gestionnaire"
    r"|agent(?:e)?|specialiste|coordonn(?:ateur|atrice)|economiste|scientifique|chercheu(?:r|se)|avocat(?:e)?"
    r"|ingenieu(?:r|re)|developpeu(?:r|se)|sous-ministre(?:\s+adjoint(?:e)?)?|chef\s+d'equipe|chef|inspect(?:eur|rice)"
    r"|verificat(?:eur|rice)|statisticien(?:ne)?|porte-parole)(?:\s+(?:principal|principale|senior|en\s+chef))?"
)
_TITLE = re.compile(rf"(?<!\w)(?:{_TITLES})(?!\w)")
_GC_WORDS = re.compile(
    r"(?<![\w.])(?:gc|goc|government\s+of\s+canada|gouvernement\s+du\s+canada|govt\s+of\s+canada"
    r"|canada\.ca|federal\s+public\s+service|fonction\s+publique\s+federale)(?![\w])"
)
_GC_HANDLE = re.compile(r"(?:^|[_.\-\s|@])(?:gc|goc|gdc)(?:$|[_.\-\s|])|^(?:gc|goc)(?=[A-Z0-9_])|(?<=[a-z0-9])(?:GC|GoC)$")
_OFFICIAL_WORDS = re.compile(
    r"(?<!\w)(?:official\s+account|compte\s+officiel|government\s+of\s+canada|gouvernement\s+du\s+canada"
    r"|canada\.ca)(?!\w)"
)
# Two-letter abbreviations (PC, EC, HC, TC...) collide with ordinary words and classification
# groups; three letters and more are distinctive enough when paired with a job title.
_MIN_ABBREVIATION = 3
_ABBREVIATION_STOPLIST = {"CAN", "THE", "AND", "FOR", "ONE", "CEO", "CFO", "CTO", "USA", "NEW", "PEI"}


@cache
def _abbreviations() -> re.Pattern[str]:
    abbreviations: set[str] = set()
    for org in _data.organizations():
        for key in ("abbr_en", "abbr_fr"):
            value = (org.get(key) or "").strip()
            if len(value) >= _MIN_ABBREVIATION and value.isupper() and value not in _ABBREVIATION_STOPLIST:
                abbreviations.add(value)
    ordered = sorted(abbreviations, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(a) for a in ordered)})(?![\w-])")


def classify_domain(domain: str) -> str | None:
    """'federal', 'federal_body', 'not_public_service', 'provincial' or None."""
    domain = domain.lower().rstrip(".")
    data = _data.email_domains()

    def suffix(candidates: list[str]) -> bool:
        return any(domain == c or domain.endswith("." + c) for c in candidates)

    if suffix(data.get("not_public_service_suffixes", [])) or domain in data.get("not_public_service_domains", []):
        return "not_public_service"
    if suffix(data.get("federal_suffixes", [])) or domain in data.get("federal_domains", []):
        return "federal"
    if suffix(data.get("federal_body_domains", [])):
        return "federal_body"
    if suffix(data.get("provincial_domains", [])):
        return "provincial"
    return None


class _OfficialRule(Rule):
    category = "official_appearance"
    guidance = gd.NOT_OFFICIAL
    consult = (gd.MANAGER, gd.VALUES_ETHICS, gd.COMMUNICATIONS)
    applies_to = frozenset({PROFILE})


class GovernmentEmail(_OfficialRule):
    """Government email address on a personal account.

    A work address (…@canada.ca, …@tbs-sct.gc.ca, …@forces.gc.ca) shown in a profile, or used to
    register a personal account, ties the account to the Government of Canada and makes it look
    official. Crown corporations and other federal bodies are reported at a lower severity.
    """

    code = "OFA001"
    name = "government-email"
    severity = Severity.HIGH
    confidence = Confidence.HIGH
    action = "Replace the government address with a personal one in the profile and the account settings."
    examples_flagged = ("email: pat.example@tbs-sct.gc.ca", "Écrivez-moi : camille@canada.ca")
    examples_not_flagged = ("pat@gccanada.ca", "news@canada.com", "staff@ourcommons.ca")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        for field in ("email", "bio", "display_name", "website", "location"):
            value = folded.get(field)
            if not value:
                continue
            for match in _EMAIL.finditer(value):
                tier = classify_domain(match.group(1))
                if tier not in ("federal", "federal_body"):
                    continue
                where = (
                    "registered with" if field == "email" else f"shows in the {field.replace('_', ' ')}"
                )
                yield RuleHit(
                    evidence=(evidence(subject, field, match.start(), match.end()),),
                    message=f"The account {where} a government email address.",
                    confidence=Confidence.HIGH if tier == "federal" else Confidence.MEDIUM,
                )


class TitleWithOrganization(_OfficialRule):
    """Position title together with an organization abbreviation or "GC".

    A handle, display name or bio such as "Senior Policy Analyst, ESDC" or "Analyste principale
    @ EDSC | GC" copies how official accounts present themselves. Mentioning your employer
    without a title, or a résumé on a professional network, is not flagged.
    """

    code = "OFA002"
    name = "title-with-organization"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    action = "Remove either the position title or the organization abbreviation from the profile, and say the account is personal."
    examples_flagged = ("Senior Policy Analyst at ESDC", "Analyste principale, EDSC | GC")
    examples_not_flagged = ("Proud public servant. Cyclist.", "Data nerd, hiker, parent")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        for field in _NAME_FIELDS:
            value = folded.get(field)
            if not value:
                continue
            title = _TITLE.search(value)
            if title is None:
                continue
            original = subject.fields[field]
            organization = _abbreviations().search(original) or _GC_WORDS.search(value)
            if organization is None:
                continue
            spans = sorted([(title.start(), title.end()), (organization.start(), organization.end())])
            yield RuleHit(
                evidence=tuple(evidence(subject, field, s, e) for s, e in spans),
                message=f"The {field.replace('_', ' ')} pairs a position title with an organization abbreviation or GC.",
            )


class GovernmentNaming(_OfficialRule):
    """Handle or display name that copies Government of Canada naming.

    Official accounts are named with "GC", "Government of Canada" or "Canada.ca"; a personal
    handle such as @GC_Camille or a display name "Camille | Government of Canada" can be taken
    for one.
    """

    code = "OFA003"
    name = "government-naming"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    action = "Rename the handle or display name so it does not use GC naming."
    examples_flagged = ("@GC_Camille", "Camille | Government of Canada")
    examples_not_flagged = ("@camille_tn", "Camille Tremblay")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        for field in ("handle", "display_name"):
            original = subject.fields.get(field)
            if not original:
                continue
            match = _GC_HANDLE.search(original) or _OFFICIAL_WORDS.search(folded[field])
            if match is None:
                continue
            start, end = match.span()
            while start < end and not original[start].isalnum():
                start += 1
            while end > start and not original[end - 1].isalnum() and original[end - 1] != ".":
                end -= 1
            yield RuleHit(
                evidence=(evidence(subject, field, start, end),),
                message=f"The {field.replace('_', ' ')} uses naming that official GC accounts use.",
            )


class DisclaimerAdvice(Rule):
    """A "views are my own" disclaimer helps but does not remove the risk.

    The guidance notes that a disclaimer can help, yet posts may still be taken as the
    government's view. This is advice, not a flag: the findings on this account still count.
    """

    code = "OFA004"
    name = "disclaimer-advice"
    category = "official_appearance"
    severity = Severity.INFO
    confidence = Confidence.HIGH
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.VALUES_ETHICS,)
    applies_to = frozenset({PROFILE})
    action = "Keep the disclaimer if you like, but review the flagged posts as if it were not there."
    examples_flagged = ("Views my own.", "Opinions personnelles.")
    examples_not_flagged = ("Hiker and reader.",)

    _PATTERN = re.compile(
        r"(?<!\w)(?:(?:all\s+)?(?:views|opinions|tweets|posts)\s+(?:are\s+)?(?:my\s+own|mine|personal)"
        r"|rts?\s*(?:≠|!=|are\s+not|aren't)\s*endorse\w*"
        r"|opinions?\s+(?:personnelles?|n'engagent\s+que\s+moi)|propos\s+personnels|mes\s+opinions\s+n'engagent)"
    )

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        value = folded.get("bio")
        if not value:
            return
        match = self._PATTERN.search(value)
        if match:
            yield RuleHit(
                evidence=(evidence(subject, "bio", match.start(), match.end()),),
                message="The profile carries a disclaimer; it helps but does not remove the risk.",
            )


RULES: tuple[type[Rule], ...] = (GovernmentEmail, TitleWithOrganization, GovernmentNaming, DisclaimerAdvice)
