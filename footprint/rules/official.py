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
# Words inside a handle or name: "PatExampleGC" -> Pat, Example, GC; "gc_pat" -> gc, pat.
_NAME_TOKEN = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_GC_TOKENS = {"gc", "goc", "gdc"}
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
                yield RuleHit(
                    evidence=(evidence(subject, field, match.start(), match.end()),),
                    message=(
                        "The account is registered with a government email address."
                        if field == "email"
                        else "The profile shows a government email address."
                    ),
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
                message="The profile pairs a position title with an organization abbreviation or GC.",
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
            token = next((t for t in _NAME_TOKEN.finditer(original) if t.group(0).lower() in _GC_TOKENS), None)
            match = token or _OFFICIAL_WORDS.search(folded[field])
            if match is None:
                continue
            start, end = match.span()
            yield RuleHit(
                evidence=(evidence(subject, field, start, end),),
                message="The handle or display name uses naming that official GC accounts use.",
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


_ON_BEHALF = re.compile(
    r"(?<!\w)(?:(?:speaking|posting|tweeting|writing|here)\s+)?on\s+behalf\s+of\s+(?:the\s+|my\s+|our\s+)?"
    r"|(?<!\w)(?:je\s+(?:parle|vous\s+ecris)\s+)?au\s+nom\s+(?:d'|de\s+la\s+|du\s+|de\s+l'|des\s+|de\s+)"
    r"|(?<!\w)(?:the\s+)?official\s+(?:statement|position)\s+of\s+(?:the\s+|my\s+)?"
    r"|(?<!\w)position\s+officielle\s+(?:du\s+|de\s+la\s+|d')"
)
_INSTITUTION_WORDS = re.compile(
    r"(?:department|ministry|agency|government\s+of\s+canada|government|gc|ministere|agence|gouvernement"
    r"|gouvernement\s+du\s+canada|fonction\s+publique)(?!\w)"
)
_DASHES = frozenset("-\u2014\u2013~")
_SIGNATURE = re.compile(r"(?:^|\s)[-\u2014\u2013~]\s*(?P<org>[A-Z]{3,}(?:-[A-Z]{2,})?)(?:\s+(?:Communications?|Comms|Team|Media\s+Relations|Équipe|Equipe))?\s*$")


class SpeakingOfficially(Rule):
    """Post written as if it spoke for a government organization.

    "Speaking on behalf of ESDC…", « Au nom d'EDSC… » or a sign-off such as "— ESDC
    Communications" presents a personal post as an official one. Only authorized official
    accounts speak for an organization.
    """

    code = "OFA005"
    name = "speaking-officially"
    category = "official_appearance"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    guidance = gd.NOT_OFFICIAL
    consult = (gd.MANAGER, gd.COMMUNICATIONS, gd.VALUES_ETHICS)
    action = "Delete or reword the post so it speaks for you alone; official messages belong on official accounts."
    examples_flagged = ("Speaking on behalf of ESDC today at the forum", "Au nom d'EDSC, je vous confirme la date.", "Reports are due Friday. — ESDC Communications")
    examples_not_flagged = ("On behalf of my family, thank you!", "Au nom de toute l'équipe de soccer, merci!")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        text_folded = folded.get("text")
        if not text_folded:
            return
        text = subject.fields["text"]
        if "behalf" not in text_folded and "au nom" not in text_folded and "officiel" not in text_folded \
                and "official" not in text_folded and not _DASHES.intersection(text[-60:]):
            return
        for phrase in _ON_BEHALF.finditer(text_folded):
            after = phrase.end()
            target = _abbreviations().match(text, after) or _INSTITUTION_WORDS.match(text_folded, after)
            if target is not None:
                yield RuleHit(
                    evidence=(evidence(subject, "text", phrase.start(), target.end()),),
                    message="Speaks on behalf of a government organization from a personal account.",
                )
                return
        signature = _SIGNATURE.search(text, max(0, len(text) - 80))
        if signature and _abbreviations().fullmatch(signature.group("org")):
            yield RuleHit(
                evidence=(evidence(subject, "text", signature.start("org"), signature.end()),),
                message="Signs off with an organization's name, as an official account would.",
            )


RULES: tuple[type[Rule], ...] = (GovernmentEmail, TitleWithOrganization, GovernmentNaming, DisclaimerAdvice, SpeakingOfficially)
