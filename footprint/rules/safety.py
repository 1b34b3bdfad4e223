"""Personal information that could put the person's safety at risk (SAF0xx), English and French.

The guidance warns that any personal information available online could put one's physical
safety at risk. These rules look, in posts and in the profile's bio and location, for a home
address or postal code, a phone number, a personal email address, a licence plate, the name of
a child's school, a real-time location or an announced absence from home, and a date of birth.

Patterns are deliberately narrow: a phone number needs North American grouping (613-555-0199,
(514) 555-0147, +1 416 555 0123); a bare run of digits counts only after "call me", « mon
numéro »; dates, order numbers and SIN-like 3-3-3 groups are left alone. Toll-free numbers are
businesses, not people, and are skipped.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from footprint import guidance as gd
from footprint.records import PROFILE_KIND, Confidence, RuleHit, Severity, Subject
from footprint.rules.base import ITEM, PROFILE, Rule, evidence, word_alternation
from footprint.rules.base import text_words
from footprint.text import fold

DATA_FILE = "personal_info.toml"
_FIELDS = ("text", "bio", "location", "display_name")


@cache
def _data() -> dict[str, dict[str, list[str]]]:
    text = files("footprint.rules").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _alternation(section: str, *keys: str) -> str:
    entries = _data()[section]
    words = [fold(w) for key in (keys or tuple(entries)) for w in entries.get(key, [])]
    return word_alternation(words).replace(r"\ ", r"[\s-]+")


def _fields(subject: Subject, folded: Mapping[str, str]) -> list[tuple[str, str, str]]:
    if subject.kind != PROFILE_KIND:
        value = folded.get("text")
        return [("text", subject.fields["text"], value)] if value else []
    return [(name, subject.fields[name], folded[name]) for name in _FIELDS if folded.get(name)]


@dataclass(frozen=True)
class _Patterns:
    address_en: re.Pattern[str]
    address_fr: re.Pattern[str]
    postal: re.Pattern[str]
    home: re.Pattern[str]
    personal_phone: re.Pattern[str]
    email_cue: re.Pattern[str]
    children: re.Pattern[str]


_NAME_WORD = r"[A-Z0-9][\w'’.-]*"
_FR_LINK = r"(?:(?:de\s+la|de\s+l'|du|des|de|d'|l'|la|le|les)\s*)?"
_DIRECTION = r"(?:\s+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|Nord|Sud|Est|Ouest|O))?"


@cache
def patterns() -> _Patterns:
    data = _data()
    types_en = "|".join(sorted((re.escape(t) for t in data["street_types"]["en"]), key=len, reverse=True))
    types_fr = "|".join(sorted((re.escape(t) for t in data["street_types"]["fr"]), key=len, reverse=True))
    number = r"(?<![\w#$.,/:-])\d{1,5}[A-Za-z]?(?:\s*-\s*\d{1,5})?"
    return _Patterns(
        # Matched on the original text: street names must be capitalised ("123 Main St").
        address_en=re.compile(
            rf"{number}\s+(?:{_NAME_WORD}\s+){{1,4}}?(?i:{types_en})\.?(?![\w'’-]){_DIRECTION}"
        ),
        # Matched on the folded text with the name checked for a capital in the original.
        address_fr=re.compile(
            rf"{number},?\s+(?:{types_fr})\.?\s+{_FR_LINK}(?=\w)"
        ),
        postal=re.compile(r"(?<![\w-])[abceghj-nprstvxy]\d[abceghj-nprstv-z][ -]?\d[abceghj-nprstv-z]\d(?![\w-])"),
        home=re.compile(rf"(?<!\w)(?:{_alternation('home_cues')})(?!\w)"),
        personal_phone=re.compile(rf"(?<!\w)(?:{_alternation('phone_cues')})(?!\w)"),
        email_cue=re.compile(rf"(?<!\w)(?:{_alternation('email_cues')})(?!\w)"),
        children=re.compile(rf"(?<!\w)(?:{_alternation('children')})(?:'s|s')?(?!\w)"),
    )


_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")


_LAST: list[object] = [None, None]


def addresses(original: str, folded: str) -> list[tuple[int, int]]:
    """Spans of street addresses (EN or FR) and Canadian postal codes (the last answer is kept:
    SAF001 and SAF002 ask about the same text one after the other)."""
    if _LAST[0] is folded:
        return _LAST[1]  # type: ignore[return-value]
    spans = _addresses(original, folded)
    _LAST[0], _LAST[1] = folded, spans
    return spans


@cache
def _street_words() -> frozenset[str]:
    return frozenset(fold(t) for entries in _data()["street_types"].values() for t in entries)


def _addresses(original: str, folded: str) -> list[tuple[int, int]]:
    if _DIGIT.search(folded) is None:
        return []
    p = patterns()
    spans: list[tuple[int, int]] = []
    if not text_words(folded).isdisjoint(_street_words()):
        spans += [m.span() for m in p.address_en.finditer(original)]
        for m in p.address_fr.finditer(folded):
            name = re.match(r"[\w'’-]+", original[m.end():])
            if name and (name.group(0)[0].isupper() or name.group(0)[0].isdigit()):
                spans.append((m.start(), m.end() + name.end()))
    spans += [m.span() for m in p.postal.finditer(folded)]
    return sorted(set(spans))


class _SafetyRule(Rule):
    category = "personal_safety"
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.MANAGER, gd.SECURITY)
    applies_to = frozenset({ITEM, PROFILE})


class HomeAddress(_SafetyRule):
    """Home address or postal code.

    A street address or postal code presented as where you live ("I live at 12 Elm Street",
    « j'habite au 1234 rue Sainte-Catherine ») lets anyone who disagrees with you, or with
    your department, find your home.
    """

    code = "SAF001"
    name = "home-address"
    severity = Severity.HIGH
    confidence = Confidence.HIGH
    action = "Delete the post or remove the address, and check old posts and photos for the same details."
    examples_flagged = ("Housewarming at our new place, 42 Maple Crescent, K2P 1L4!", "J'habite au 1234 rue Sainte-Catherine, venez!")
    examples_not_flagged = ("I live on the east side of town.", "Rendez-vous au parc samedi")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        for field, original, value in _fields(subject, folded):
            spans = addresses(original, value)
            if not spans:
                continue
            cue = patterns().home.search(value)
            if cue is None:
                continue
            chosen = sorted({cue.span(), *spans})
            yield RuleHit(
                evidence=tuple(evidence(subject, field, s, e) for s, e in chosen),
                message="Gives what looks like your home address or postal code.",
            )
            return


class StreetAddress(_SafetyRule):
    """Street address or postal code in a post or profile.

    A street address or a full postal code narrows down where you can be found. If it is your
    home, a relative's, or a place you go every day, consider removing it; an event venue or a
    business is fine.
    """

    code = "SAF002"
    name = "street-address"
    severity = Severity.LOW
    confidence = Confidence.LOW
    action = "If this address is your home or a place you go every day, remove it."
    examples_flagged = ("Bake sale at 123 Bank Street this Saturday", "Colis livré au 55 boulevard René-Lévesque Est")
    examples_not_flagged = ("Top 10 reasons to visit Ottawa", "Il fait 25 degrés au soleil")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        for field, original, value in _fields(subject, folded):
            spans = addresses(original, value)
            if not spans or patterns().home.search(value):
                continue  # with a home cue, HomeAddress reports it
            yield RuleHit(
                evidence=tuple(evidence(subject, field, s, e) for s, e in spans),
                message="Shows a street address or postal code.",
            )
            return


_PHONE = re.compile(
    r"(?<![\w#/$.+@=:-])(?:\+?\s?1[\s.-]?)?"
    r"(?:\(\s*(?P<area1>[2-9]\d{2})\s*\)\s?|(?P<area2>[2-9]\d{2})(?P<sep1>[\s.-]))"
    r"(?P<exchange>[2-9]\d{2})(?P<sep2>[\s.-])\d{4}(?![\w-]|[.,]\d)"
)
_PLAIN_PHONE = re.compile(r"(?<![\w#/$.+@=:-])(?:\+?1)?(?P<area>[2-9]\d{2})[2-9]\d{2}\d{4}(?![\w-]|[.,]\d)")
_TOLL_FREE = {"800", "833", "844", "855", "866", "877", "888"}
_PHONE_WORDS = re.compile(r"(?<!\w)(?:call|text|txt|phone|tel|cell|mobile|whatsapp|appel\w*|texte\w*|cellulaire|telephone|numero|number)(?!\w)")


class PhoneNumber(_SafetyRule):
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

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        for field, original, value in _fields(subject, folded):
            if _DIGIT.search(value) is None or sum(map(len, _DIGIT_RUN.findall(value))) < 10:
                continue
            personal = patterns().personal_phone.search(value)
            found = []
            for m in _PHONE.finditer(value):
                area = m.group("area1") or m.group("area2")
                if area in _TOLL_FREE:
                    continue
                if m.group("sep1") and m.group("sep2") and m.group("sep1") != m.group("sep2") and "\n" in m.group(0):
                    continue
                found.append(m.span())
            for m in _PLAIN_PHONE.finditer(value):
                if m.group("area") in _TOLL_FREE:
                    continue
                if personal or _PHONE_WORDS.search(value, max(0, m.start() - 25), m.start()):
                    found.append(m.span())
            if not found:
                continue
            spans = sorted(set(found) | ({personal.span()} if personal else set()))
            yield RuleHit(
                evidence=tuple(evidence(subject, field, s, e) for s, e in spans),
                message="Shows a phone number, given as your own." if personal else "Shows a phone number.",
                confidence=Confidence.HIGH if personal else None,
            )
            return


@cache
def _providers() -> frozenset[str]:
    return frozenset(_data()["personal_email_domains"]["any"])


# The domain part is found from the "@" (a literal, so the search is fast), then the local part.
_DOMAIN = re.compile(r"@((?:[a-z0-9-]+\.)+[a-z]{2,})(?![a-z0-9-])")
_LOCAL = re.compile(r"(?<![\w.+-])[a-z0-9._%+'-]{1,64}$")


def _emails(value: str) -> Iterator[tuple[int, int, str]]:
    for domain in _DOMAIN.finditer(value):
        local = _LOCAL.search(value, max(0, domain.start() - 64), domain.start())
        if local:
            yield local.start(), domain.end(), domain.group(1)
_GOV_DOMAIN = re.compile(r"(?:^|\.)(?:gc\.ca|canada\.ca)$")


class PersonalEmail(_SafetyRule):
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

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        for field, _original, value in _fields(subject, folded):
            if "@" not in value or "." not in value:
                continue
            providers = _providers()
            for start, end, domain in _emails(value):
                if _GOV_DOMAIN.search(domain):
                    continue
                if domain in providers:
                    confidence = Confidence.HIGH
                elif patterns().email_cue.search(value):
                    confidence = Confidence.LOW
                else:
                    continue
                yield RuleHit(
                    evidence=(evidence(subject, field, start, end),),
                    message="Shows a personal email address.",
                    confidence=confidence,
                )
                return


_PLATE_CUE = re.compile(
    r"(?<!\w)(?:(?:my|our)\s+(?:new\s+)?(?:vanity\s+|personali[sz]ed\s+|custom\s+)?(?:licen[cs]e\s+)?plates?"
    r"|licen[cs]e\s+plates?|plate\s+(?:number|no\.?|#)|vanity\s+plates?|personali[sz]ed\s+plates?|(?:new|custom)\s+plates?"
    r"|(?:ma|notre|mes)\s+(?:nouvelle\s+)?plaques?|plaques?\s+d'immatriculation|plaques?\s+personnalisees?"
    r"|numero\s+de\s+plaque|immatriculation)(?!\w)"
)
# Letters and digits mixed (ABCD 123, 123 ABC, FXB-4021), or a quoted vanity plate.
_PLATE = re.compile(
    r"(?<![\w-])(?=[A-Z0-9 -]{0,9}\d)(?=[A-Z0-9 -]{0,9}[A-Z])[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4}(?![\w-])"
    r"|[\"“«]\s*[A-Z0-9]{2,8}\s*[\"”»]"
)


class LicencePlate(_SafetyRule):
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

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        for field, original, value in _fields(subject, folded):
            if "plate" not in value and "plaque" not in value and "immatriculation" not in value:
                continue
            for cue in _PLATE_CUE.finditer(value):
                window = original[max(0, cue.start() - 40):cue.end() + 40]
                offset = max(0, cue.start() - 40)
                plate = _PLATE.search(window)
                if plate is None:
                    continue
                spans = sorted({cue.span(), (offset + plate.start(), offset + plate.end())})
                yield RuleHit(
                    evidence=tuple(evidence(subject, field, s, e) for s, e in spans),
                    message="Shows a licence plate number.",
                )
                return


_SCHOOL_EN = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:Elementary|Public\s+School|Secondary\s+School|High\s+School|Middle\s+School"
    r"|Junior\s+High|Catholic\s+School|School|Academy|Montessori|Daycare|Day\s+Care|Collegiate|Preschool|P\.S\.|PS)(?![\w])"
)
_SCHOOL_FR = re.compile(
    r"(?<!\w)(?:ecole|garderie|cpe|college|polyvalente|academie|seminaire)\s+(?:primaire\s+|secondaire\s+)?"
    r"(?:(?:de\s+la|du|des|de\s+l'|d'|de|l')\s*)?(?=\w)"
)
_SCHOOL_AFTER = re.compile(
    r"(?:school|daycare|class|kindergarten|preschool)\s*(?:,|:|\s+is|\s+at|\s+called|\s+named)?\s+"
    r"(?=(?:St\.?\s+)?[A-Z])"
)


# Words one of which a text needs before a rule looks further (a cheap first pass).
_SCHOOL_WORDS = frozenset({
    "school", "daycare", "care", "academy", "montessori", "collegiate", "p", "ps", "class", "kindergarten",
    "preschool", "elementary", "ecole", "garderie", "cpe", "college", "polyvalente", "academie", "seminaire",
})


_NAME_AFTER = re.compile(r"(?:St\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


def _schools(original: str, folded: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _SCHOOL_EN.finditer(original)]
    for m in _SCHOOL_AFTER.finditer(original):  # "my son's school is Rockcliffe Park"
        name = _NAME_AFTER.match(original, m.end())
        if name:
            spans.append((m.start(), name.end()))
    for m in _SCHOOL_FR.finditer(folded):
        name = re.match(r"[\w'’-]+", original[m.end():])
        if name and name.group(0)[0].isupper():
            spans.append((m.start(), m.end() + name.end()))
    return spans


class ChildSchool(_SafetyRule):
    """Name of a child's school or daycare.

    Naming the school or daycare your children attend ("my son's school, Glebe Collegiate",
    « l'école de ma fille, l'école Saint-Jean ») tells strangers where your children are every
    day.
    """

    code = "SAF006"
    name = "child-school"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = "Remove the school's name, and avoid photos showing its sign or your children's uniforms."
    examples_flagged = ("So proud of my daughter at the Hopewell Avenue Public School concert!", "Premier jour à l'école Saint-Jean-de-Brébeuf pour ma fille!")
    examples_not_flagged = ("My son's school called, he has a fever.", "Bonne rentrée à tous les profs!")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        for field, original, value in _fields(subject, folded):
            if text_words(value).isdisjoint(_SCHOOL_WORDS):
                continue
            child = patterns().children.search(value)
            if child is None:
                continue
            schools = _schools(original, value)
            if not schools:
                continue
            spans = sorted({child.span(), schools[0]})
            yield RuleHit(
                evidence=tuple(evidence(subject, field, s, e) for s, e in spans),
                message="Names the school or daycare your child attends.",
            )
            return


_NOW = r"(?:right\s+now|rn|atm|at\s+the\s+moment|as\s+we\s+speak|currently|for\s+the\s+next\s+(?:hour|few\s+hours|\d+\s+hours))"
_UNTIL = (
    r"(?:until|till|til|through|thru|for\s+(?:the\s+next\s+)?(?:\d+|two|three|four|a|one|the)\s+(?:days?|weeks?|months?|weekend)"
    r"|all\s+(?:week|weekend|month)|this\s+(?:week|weekend)|next\s+(?:week|weekend)|tonight|over\s+the\s+holidays)"
)
_FR_UNTIL = (
    r"(?:jusqu'(?:au|a|en|a\s+la)|pour\s+(?:\d+|deux|trois|quatre|une|un|la)\s+(?:jours?|semaines?|mois|fin\s+de\s+semaine)"
    r"|toute\s+la\s+(?:semaine|fin\s+de\s+semaine)|tout\s+le\s+(?:mois|week-end|weekend)|cette\s+semaine|ce\s+soir"
    r"|ce\s+week-end|ce\s+weekend|cette\s+fin\s+de\s+semaine|la\s+semaine\s+prochaine|pendant\s+les\s+fetes)"
)
_WHEREABOUTS = re.compile(
    rf"(?<!\w)(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:at|in)\s+[^.!?\n]{{2,40}}?\s+{_NOW}"
    rf"|(?:home\s+alone|alone\s+at\s+home|(?:the\s+)?house\s+(?:is\s+)?(?:empty|all\s+to\s+myself)|nobody(?:'s|\s+is)\s+home|no\s+one(?:'s|\s+is)\s+home)\s+{_UNTIL}"
    rf"|(?:i'?m|i\s+am|we'?re|we\s+are|we'?ll\s+be|i'?ll\s+be|we\s+will\s+be|i\s+will\s+be)\s+(?:away|out\s+of\s+town|on\s+vacation|on\s+holiday|travel(?:l)?ing|gone|out\s+of\s+the\s+country)\s+(?:from\s+home\s+)?{_UNTIL}"
    rf"|(?:je\s+suis|on\s+est|nous\s+sommes|on\s+sera|je\s+serai|nous\s+serons|suis)\s+(?:en\s+vacances|absente?s?|partie?s?|a\s+l'exterieur|hors\s+de\s+la\s+ville|a\s+l'etranger|en\s+voyage)\s+{_FR_UNTIL}"
    rf"|seule?\s+a\s+la\s+maison\s+{_FR_UNTIL}|la\s+maison\s+(?:est\s+)?vide\s+{_FR_UNTIL}"
    rf"|(?:je\s+suis|on\s+est|nous\s+sommes|suis)\s+(?:a|au|aux|chez|dans)\s+[^.!?\n]{{2,40}}?\s+(?:en\s+ce\s+moment|presentement|maintenant|live)(?!\w))"
)


_WHEREABOUTS_WORDS = frozenset({
    "now", "rn", "atm", "moment", "speak", "currently", "next", "alone", "empty", "myself", "nobody", "one",
    "away", "town", "vacation", "holiday", "travelling", "traveling", "gone", "country", "vacances",
    "absent", "absente", "absents", "absentes", "parti", "partie", "partis", "parties", "exterieur", "ville",
    "etranger", "voyage", "seul", "seule", "vide", "presentement", "maintenant", "live",
})


class RealTimeLocation(_SafetyRule):
    """Real-time location or announced absence from home.

    "I'm at the Rideau Centre right now", "home alone this week", « je suis en vacances
    jusqu'au 15 »: saying where you are, or that your home is empty, tells people where to find
    you or when your home is unattended. Post about trips after you are back.
    """

    applies_to = frozenset({ITEM})
    code = "SAF007"
    name = "real-time-location"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    action = "Post about outings and trips after the fact, and without dates of absence."
    examples_flagged = ("Home alone this week, the cats are in charge", "Je suis en vacances jusqu'au 15 août!")
    examples_not_flagged = ("Loved our trip to Halifax last summer", "Home Alone is the best Christmas movie")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        value = folded.get("text")
        if not value or text_words(value).isdisjoint(_WHEREABOUTS_WORDS):
            return
        match = _WHEREABOUTS.search(value)
        if match:
            yield RuleHit(
                evidence=(evidence(subject, "text", match.start(), match.end()),),
                message="Says where you are right now, or that your home is empty.",
            )


_MONTHS_EN = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_MONTHS_FR = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
_YEAR = r"(?:19|20)\d{2}"
_DATE_WITH_YEAR = (
    rf"{_MONTHS_EN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS_EN}\.?,?\s+{_YEAR}"
    rf"|\d{{1,2}}(?:er)?\s+{_MONTHS_FR}\s+{_YEAR}|{_YEAR}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/(?:{_YEAR}|\d{{2}})"
)
_DATE = rf"{_DATE_WITH_YEAR}|{_MONTHS_EN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS_EN}|\d{{1,2}}(?:er)?\s+{_MONTHS_FR}"
_BIRTH = re.compile(
    rf"(?<!\w)(?:(?:i\s+was|i'?m|we\s+were|(?:my|our)\s+\w+\s+was)\s+born\s+(?:on\s+)?(?:the\s+)?(?:{_DATE})"
    rf"|(?:my|our\s+\w+'s)\s+(?:birthday|bday|b-day|date\s+of\s+birth|dob)\s*(?:is|:|=|-)\s*(?:on\s+)?(?:the\s+)?(?:{_DATE})"
    rf"|(?:date\s+of\s+birth|dob|d\.o\.b\.?|birthdate|date\s+de\s+naissance|ddn)\s*[:=-]\s*(?:{_DATE})"
    rf"|(?:je\s+suis|suis)\s+nee?\s+le\s+(?:{_DATE})|(?:ma|mon)\s+(?:date\s+de\s+naissance|anniversaire|fete)\s*(?:est|c'est|:|=)\s*(?:le\s+)?(?:{_DATE}))"
)
_WITH_YEAR = re.compile(rf"(?:{_DATE_WITH_YEAR})\s*$")
_BIRTHDAY_AGE = re.compile(
    r"(?<!\w)(?:(?:it'?s|today\s+is|today'?s)\s+my\s+(?:birthday|bday|b-day)[^.!?\n]{0,40}?(?:i'?m|i\s+am|i\s+turn(?:ed)?|turning)\s+\d{2}"
    r"|(?:i\s+turn(?:ed)?|turning|i'?m)\s+\d{2}\s+today"
    r"|(?:j'ai|j'aurai|je\s+fete\s+mes)\s+\d{2}\s+ans\s+aujourd'hui|c'est\s+(?:ma\s+fete|mon\s+anniversaire)[^.!?\n]{0,40}?\d{2}\s+ans)(?!\w)"
)


_BIRTH_WORDS = frozenset({
    "born", "birth", "birthday", "birthdate", "bday", "b", "dob", "d", "naissance", "ddn", "ne", "nee",
    "anniversaire", "fete", "turn", "turned", "turning", "today", "aujourd",
})


class DateOfBirth(_SafetyRule):
    """Date of birth.

    Your full date of birth ("born on March 3, 1985", « née le 3 mars 1985 ») is one of the
    facts used to verify identity, and so to steal it. A birthday post that gives your age lets
    anyone work it out from the post's date.
    """

    code = "SAF008"
    name = "date-of-birth"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    action = "Remove the date (or at least the year) of birth; limit who sees your birthday in the platform's settings."
    examples_flagged = ("My birthday is March 3 1985, send cake", "Je suis née le 3 mars 1985 à Rimouski")
    examples_not_flagged = ("Mozart was born in 1756", "Happy birthday to my favourite colleague!")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        for field, _original, value in _fields(subject, folded):
            if _DIGIT.search(value) is None or text_words(value).isdisjoint(_BIRTH_WORDS):
                continue
            match = _BIRTH.search(value)
            if match:
                full = bool(_WITH_YEAR.search(match.group(0)))
                yield RuleHit(
                    evidence=(evidence(subject, field, match.start(), match.end()),),
                    message="Gives your date of birth." if full else "Gives your birthday (day and month).",
                    confidence=Confidence.HIGH if full else Confidence.LOW,
                )
                return
            match = _BIRTHDAY_AGE.search(value)
            if match:
                yield RuleHit(
                    evidence=(evidence(subject, field, match.start(), match.end()),),
                    message="Gives your age on your birthday, which reveals your date of birth with the post's date.",
                    confidence=Confidence.LOW,
                )
                return


_ANONYMOUS = re.compile(
    r"(?<!\w)(?:anon(?:ymous)?\s+(?:account|acct|civil\s+servant|public\s+servant|fed|bureaucrat)|alt\s+account|burner(?:\s+account)?"
    r"|parody\s+account|pseudonymous|not\s+my\s+real\s+name|compte\s+(?:anonyme|secondaire|parodique)|pseudonyme"
    r"|fonctionnaire\s+anonyme|anonymous|anonyme)(?!\w)"
)
_NAME_TOKEN = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
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

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        for field in ("bio", "display_name"):
            value = folded.get(field)
            if value:
                match = _ANONYMOUS.search(value)
                if match:
                    yield RuleHit(
                        evidence=(evidence(subject, field, match.start(), match.end()),),
                        message="The profile describes the account as anonymous; anonymous accounts can still be identified.",
                    )
                    return
        handle = subject.fields.get("handle")
        if handle:
            for token in _NAME_TOKEN.finditer(handle):
                if token.group(0).lower() in _ANONYMOUS_TOKENS:
                    yield RuleHit(
                        evidence=(evidence(subject, "handle", token.start(), token.end()),),
                        message="The handle marks the account as anonymous; anonymous accounts can still be identified.",
                    )
                    return


RULES: tuple[type[Rule], ...] = (
    HomeAddress, StreetAddress, PhoneNumber, PersonalEmail, LicencePlate, ChildSchool, RealTimeLocation,
    DateOfBirth, AnonymityAdvice,
)
