"""Personal information that could put the person's safety at risk (SAF0xx), English and French.

The guidance warns that any personal information available online could put one's physical
safety at risk. These rules look, in posts and in the profile's bio and location, for a home
address or postal code, a phone number, a personal email address, a licence plate, the name of
a child's school, a real-time location or an announced absence from home, and a date of birth.
Addresses (safety_address), children's schools (safety_children) and whereabouts
(safety_whereabouts) have modules of their own; this one holds the rest and the family's list.

Patterns are deliberately narrow: a phone number needs North American grouping (613-555-0199,
(514) 555-0147, +1 416 555 0123); a bare run of digits counts only after "call me", « mon
numéro »; dates, order numbers and SIN-like 3-3-3 groups are left alone. Toll-free numbers are
businesses, not people, and are skipped, and so is a number given for the public to call next to
the office or service that answers it ("Call your MP's office: 613-...", « la ligne d'écoute au
... »), unless the post says the number is the poster's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

from footprint import guidance as gd
from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules.base import PROFILE, Rule, evidence, text_words
from footprint.rules.safety_address import HomeAddress, StreetAddress, addresses
from footprint.rules.safety_base import SafetyRule, alternation, data, fields, has_digit
from footprint.rules.safety_children import ChildSchool
from footprint.rules.safety_regex import factored
from footprint.rules.safety_whereabouts import ErrandWhereabouts, RealTimeLocation

__all__ = [
    "AnonymityAdvice", "ChildSchool", "DateOfBirth", "ErrandWhereabouts", "HomeAddress", "LicencePlate", "PersonalEmail",
    "PhoneNumber", "RULES", "RealTimeLocation", "StreetAddress", "addresses",
]


@cache
def _data() -> dict[str, dict[str, list[str]]]:
    return data("personal_info.toml")


def _alternation(section: str, *keys: str) -> str:
    entries = _data()[section]
    return alternation([w for key in (keys or tuple(entries)) for w in entries.get(key, [])])


@cache
def _phone_cue() -> re.Pattern[str]:
    return factored(rf"(?<!\w)(?:{_alternation('phone_cues')})(?!\w)")


@cache
def _public_phone() -> re.Pattern[str]:
    return factored(rf"(?<!\w)(?:{_alternation('public_phone')})(?!\w)")


# A number's own line or sentence, where the office that answers it is named
_NUMBER_PART = factored(r"[^\n.!?]{0,80}$")


def _public(value: str, start: int, end: int) -> bool:
    """The number is given for the public to call: an office, an elected official or a service
    line is named around it ("Call your MP's office: 613-...", « Appelez le bureau de votre
    député au ... », "613-580-2424 (city hall)")."""
    before = _NUMBER_PART.search(value, max(0, start - 80), start)
    lo = before.start() if before else start
    if not value[lo:start].strip(" \t:-–—(*"):
        # the number stands alone after the sentence that names the office: "Call your MP. 613-..."
        lo = max(0, lo - 80)
    return _public_phone().search(value, lo, min(len(value), end + 30)) is not None


@cache
def _email_cue() -> re.Pattern[str]:
    return factored(rf"(?<!\w)(?:{_alternation('email_cues')})(?!\w)")


_DIGIT_RUN = factored(r"\d+")


_PHONE = factored(
    r"(?<![\w#/$.+@=:-])(?:\+?\s?1[\s.-]?)?"
    r"(?:\(\s*(?P<area1>[2-9]\d{2})\s*\)\s?|(?P<area2>[2-9]\d{2})(?P<sep1>[\s.-]))"
    r"(?P<exchange>[2-9]\d{2})(?P<sep2>[\s.-])\d{4}(?![\w-]|[.,]\d)"
)
_PLAIN_PHONE = factored(r"(?<![\w#/$.+@=:-])(?:\+?1)?(?P<area>[2-9]\d{2})[2-9]\d{2}\d{4}(?![\w-]|[.,]\d)")
_TOLL_FREE = {"800", "833", "844", "855", "866", "877", "888"}
_PHONE_WORDS = factored(r"(?<!\w)(?:call|text|txt|phone|tel|cell|mobile|whatsapp|appel\w*|texte\w*|cellulaire|telephone|numero|number)(?!\w)")


class PhoneNumber(SafetyRule):
    """Phone number in a post or profile.

    A personal phone number posted publicly can be used for harassment, scams or to find your
    address. Toll-free business numbers are not flagged.
    """

    code = "SAF003"
    name = "phone-number"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    action = "Remove the number; share it by private message with the people who need it."
    examples_flagged = ("Text me at 613-555-0199 if you want the couch", "Mon cell : (514) 555-0147")
    examples_not_flagged = ("Order #5145550147 shipped", "Call 1-800-555-0199 for support", "SIN format is 123 456 789")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        for field, original, value in fields(subject, folded):
            if not has_digit(value) or sum(map(len, _DIGIT_RUN.findall(value))) < 10:
                continue
            personal = _phone_cue().search(value)
            found = []
            for m in _PHONE.finditer(value):
                area = m.group("area1") or m.group("area2")
                if area in _TOLL_FREE:
                    continue
                if m.group("sep1") and m.group("sep2") and m.group("sep1") != m.group("sep2") and "\n" in m.group(0):
                    continue
                if personal is None and _public(value, m.start(), m.end()):
                    continue  # an office's or a service's number, given for the public to call
                found.append(m.span())
            for m in _PLAIN_PHONE.finditer(value):
                if m.group("area") in _TOLL_FREE or (personal is None and _public(value, m.start(), m.end())):
                    continue
                if personal or _PHONE_WORDS.search(value, max(0, m.start() - 25), m.start()):
                    found.append(m.span())
            if not found:
                continue
            spans = sorted(set(found) | ({personal.span()} if personal else set()))
            return (RuleHit(
                evidence=tuple(evidence(subject, field, s, e) for s, e in spans),
                message="Shows a phone number, given as your own." if personal else "Shows a phone number.",
                confidence=Confidence.HIGH if personal else None,
            ),)
        return ()


@cache
def _providers() -> frozenset[str]:
    return frozenset(_data()["personal_email_domains"]["any"])


# The domain part is found from the "@" (a literal, so the search is fast), then the local part.
_DOMAIN = factored(r"@((?:[a-z0-9-]+\.)+[a-z]{2,})(?![a-z0-9-])")
_LOCAL = factored(r"(?<![\w.+-])[a-z0-9._%+'-]{1,64}$")


def _emails(value: str) -> Iterator[tuple[int, int, str]]:
    for domain in _DOMAIN.finditer(value):
        local = _LOCAL.search(value, max(0, domain.start() - 64), domain.start())
        if local:
            yield local.start(), domain.end(), domain.group(1)
_GOV_DOMAIN = factored(r"(?:^|\.)(?:gc\.ca|canada\.ca)$")


class PersonalEmail(SafetyRule):
    """Personal email address in a post or profile.

    A personal address (Gmail, Outlook, Vidéotron, ...) posted publicly attracts spam and
    phishing, and ties the account to you. Government addresses are covered by OFA001.
    """

    code = "SAF004"
    name = "personal-email"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    action = "Remove the address or replace it with a contact form or direct messages."
    examples_flagged = ("Send your photos to pat.example@gmail.com", "Écrivez-moi : camille@videotron.ca")
    examples_not_flagged = ("Questions? info@ottawabakesale.org", "Le site est example.com")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        for field, _original, value in fields(subject, folded):
            if "@" not in value or "." not in value:
                continue
            providers = _providers()
            for start, end, domain in _emails(value):
                if _GOV_DOMAIN.search(domain):
                    continue
                if domain in providers:
                    confidence = Confidence.HIGH
                elif _email_cue().search(value):
                    confidence = Confidence.LOW
                else:
                    continue
                return (RuleHit(
                    evidence=(evidence(subject, field, start, end),),
                    message="Shows a personal email address.",
                    confidence=confidence,
                ),)
        return ()


_PLATE_CUE = factored(
    r"(?<!\w)(?:(?:my|our)\s+(?:new\s+)?(?:vanity\s+|personali[sz]ed\s+|custom\s+)?(?:licen[cs]e\s+)?plates?"
    r"|licen[cs]e\s+plates?|plate\s+(?:number|no\.?|#)|vanity\s+plates?|personali[sz]ed\s+plates?|(?:new|custom)\s+plates?"
    r"|(?:ma|notre|mes)\s+(?:nouvelle\s+)?plaques?|plaques?\s+d'immatriculation|plaques?\s+personnalisees?"
    r"|numero\s+de\s+plaque|immatriculation)(?!\w)"
)
# Letters and digits mixed (ABCD 123, 123 ABC, FXB-4021), or a quoted vanity plate.
_PLATE = factored(
    r"(?<![\w-])(?=[A-Z0-9 -]{0,9}\d)(?=[A-Z0-9 -]{0,9}[A-Z])[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4}(?![\w-])"
    r"|[\"“«]\s*[A-Z0-9]{2,8}\s*[\"”»]"
)


class LicencePlate(SafetyRule):
    """Licence plate shown in a post.

    A plate number identifies your car, and through it where you park, live and work.
    """

    code = "SAF005"
    name = "licence-plate"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    action = "Remove the plate number from the text (and blur it in photos)."
    examples_flagged = ("Finally got my new plate: CFXB 402!", "Ma plaque personnalisée « GOHABS » est arrivée")
    examples_not_flagged = ("My plate is full, I can't eat another bite", "Protected bike lane on Main, finally")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        for field, original, value in fields(subject, folded):
            if "plate" not in value and "plaque" not in value and "immatriculation" not in value:
                continue
            for cue in _PLATE_CUE.finditer(value):
                window = original[max(0, cue.start() - 40):cue.end() + 40]
                offset = max(0, cue.start() - 40)
                plate = _PLATE.search(window)
                if plate is None:
                    continue
                spans = sorted({cue.span(), (offset + plate.start(), offset + plate.end())})
                return (RuleHit(
                    evidence=tuple(evidence(subject, field, s, e) for s, e in spans),
                    message="Shows a licence plate number.",
                ),)
        return ()


_MONTHS_EN = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_MONTHS_FR = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
_YEAR = r"(?:19|20)\d{2}"
_DATE_WITH_YEAR = (
    rf"{_MONTHS_EN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS_EN}\.?,?\s+{_YEAR}"
    rf"|\d{{1,2}}(?:er)?\s+{_MONTHS_FR}\s+{_YEAR}|{_YEAR}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/(?:{_YEAR}|\d{{2}})"
)
_DATE = rf"{_DATE_WITH_YEAR}|{_MONTHS_EN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS_EN}|\d{{1,2}}(?:er)?\s+{_MONTHS_FR}"
_BIRTH = factored(
    rf"(?<!\w)(?:(?:i\s+was|i'?m|we\s+were|(?:my|our)\s+\w+\s+was)\s+born\s+(?:on\s+)?(?:the\s+)?(?:{_DATE})"
    rf"|(?:my|our\s+\w+'s)\s+(?:birthday|bday|b-day|date\s+of\s+birth|dob)\s*(?:is|:|=|-)\s*(?:on\s+)?(?:the\s+)?(?:{_DATE})"
    rf"|(?:date\s+of\s+birth|dob|d\.o\.b\.?|birthdate|date\s+de\s+naissance|ddn)\s*[:=-]\s*(?:{_DATE})"
    rf"|(?:je\s+suis|suis)\s+nee?\s+le\s+(?:{_DATE})|(?:ma|mon)\s+(?:date\s+de\s+naissance|anniversaire|fete)\s*(?:est|c'est|:|=)\s*(?:le\s+)?(?:{_DATE}))"
)
_WITH_YEAR = factored(rf"(?:{_DATE_WITH_YEAR})\s*$")
_BIRTHDAY_AGE = factored(
    r"(?<!\w)(?:(?:it'?s|today\s+is|today'?s)\s+my\s+(?:birthday|bday|b-day)[^.!?\n]{0,40}?(?:i'?m|i\s+am|i\s+turn(?:ed)?|turning)\s+\d{2}"
    r"|(?:i\s+turn(?:ed)?|turning|i'?m)\s+\d{2}\s+today"
    r"|(?:j'ai|j'aurai|je\s+fete\s+mes)\s+\d{2}\s+ans\s+aujourd'hui|c'est\s+(?:ma\s+fete|mon\s+anniversaire)[^.!?\n]{0,40}?\d{2}\s+ans)(?!\w)"
)


_BIRTH_WORDS = frozenset({
    "born", "birth", "birthday", "birthdate", "bday", "b", "dob", "d", "naissance", "ddn", "ne", "nee",
    "anniversaire", "fete", "turn", "turned", "turning", "today", "aujourd",
})


class DateOfBirth(SafetyRule):
    """Date of birth.

    Your full date of birth ("born on March 3, 1985", « née le 3 mars 1985 ») is one of the
    facts used to verify identity, and so to steal it. A birthday post that gives your age lets
    anyone work it out from the post's date.
    """

    code = "SAF008"
    text_gate = _BIRTH_WORDS  # a post's; a profile's fields are read in full
    name = "date-of-birth"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    action = "Remove the date (or at least the year) of birth; limit who sees your birthday in the platform's settings."
    examples_flagged = ("My birthday is March 3 1985, send cake", "Je suis née le 3 mars 1985 à Rimouski")
    examples_not_flagged = ("Mozart was born in 1756", "Happy birthday to my favourite colleague!")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        for field, _original, value in fields(subject, folded):
            if text_words(value).isdisjoint(_BIRTH_WORDS) or not has_digit(value):
                continue
            match = _BIRTH.search(value)
            if match:
                full = bool(_WITH_YEAR.search(match.group(0)))
                return (RuleHit(
                    evidence=(evidence(subject, field, match.start(), match.end()),),
                    message="Gives your date of birth." if full else "Gives your birthday (day and month).",
                    confidence=Confidence.HIGH if full else Confidence.LOW,
                ),)
            match = _BIRTHDAY_AGE.search(value)
            if match:
                return (RuleHit(
                    evidence=(evidence(subject, field, match.start(), match.end()),),
                    message="Gives your age on your birthday, which reveals your date of birth with the post's date.",
                    confidence=Confidence.LOW,
                ),)
        return ()


_ANONYMOUS = factored(
    r"(?<!\w)(?:anon(?:ymous)?\s+(?:account|acct|civil\s+servant|public\s+servant|fed|bureaucrat)|alt\s+account|burner(?:\s+account)?"
    r"|parody\s+account|pseudonymous|not\s+my\s+real\s+name|compte\s+(?:anonyme|secondaire|parodique)|pseudonyme"
    r"|fonctionnaire\s+anonyme|anonymous|anonyme)(?!\w)"
)
_NAME_TOKEN = factored(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_ANONYMOUS_TOKENS = {"anon", "anonymous", "anonyme", "burner", "alt", "pseudo"}


class AnonymityAdvice(Rule):
    """Anonymous accounts can still be identified.

    The profile says the account is anonymous, an alt or a burner. The guidance notes that
    screenshots travel and that anonymous authors can be identified; even unidentified, posts
    from a public servant can undermine trust. This is advice, not a flag: review the account's
    posts as if they carried your name.
    """

    code = "ANO001"
    name = "anonymity-advice"
    category = "official_appearance"
    severity = Severity.INFO
    confidence = Confidence.HIGH
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.VALUES_ETHICS,)
    applies_to = frozenset({PROFILE})
    action = "Review the account's posts as if your name were on them."
    examples_flagged = ("Anonymous public servant. Opinions mine.", "Compte anonyme d'une fonctionnaire")
    examples_not_flagged = ("Hiker and reader.", "Alternative music fan")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        for field in ("bio", "display_name"):
            value = folded.get(field)
            if value:
                match = _ANONYMOUS.search(value)
                if match:
                    return (RuleHit(
                        evidence=(evidence(subject, field, match.start(), match.end()),),
                        message="The profile describes the account as anonymous; anonymous accounts can still be identified.",
                    ),)
        handle = subject.fields.get("handle")
        if handle:
            for token in _NAME_TOKEN.finditer(handle):
                if token.group(0).lower() in _ANONYMOUS_TOKENS:
                    return (RuleHit(
                        evidence=(evidence(subject, "handle", token.start(), token.end()),),
                        message="The handle marks the account as anonymous; anonymous accounts can still be identified.",
                    ),)
        return ()


RULES: tuple[type[Rule], ...] = (
    HomeAddress, StreetAddress, PhoneNumber, PersonalEmail, LicencePlate, ChildSchool, RealTimeLocation,
    ErrandWhereabouts, DateOfBirth, AnonymityAdvice,
)
