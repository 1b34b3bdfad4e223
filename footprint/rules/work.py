"""Posts about one's own organization's work or programs (JOB0xx), English and French.

The guidance says a post about your current work is more likely to be read as the government's
view, so it should be authorized. Without knowing who the person works for, these rules look
for the shape of such posts: "my department is launching ...", "our program is rolling out
...", "at work we're piloting ...", « mon ministère lance ... », « notre équipe prépare ... »,
and public-service hashtags (#GCdigital, #FonctionPublique) next to a first-person statement
about work. They are cues, reported with low confidence: sharing that you attended a
conference, or a résumé on a professional network, is appropriate and not flagged.

`organization_terms("ESDC")` returns an organization's English and French names and
abbreviations, for matching posts against the organization declared in the role profile.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import cache
from importlib.resources import files

from footprint import guidance as gd
from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules import _data
from footprint.rules.base import Rule, evidence, negated, sentences, text_words, word_alternation
from footprint.text import fold

DATA_FILE = "work_cues.toml"


def organization_terms(org: str) -> list[str]:
    """English and French names and abbreviations of an organization, given any one of them.

    "ESDC", "EDSC" or "Employment and Social Development Canada" all give
    ["Employment and Social Development Canada", "Emploi et Développement social Canada",
    "ESDC", "EDSC"]. Matching ignores case, accents and a leading "the". An unknown
    organization gives back the name as written, so it can still be matched.
    """
    wanted = _key(org)
    if not wanted:
        return []
    terms: list[str] = []
    for row in _data.organizations():
        values = [(row.get(k) or "").strip() for k in ("name_en", "name_fr", "abbr_en", "abbr_fr")]
        if wanted in {_key(v) for v in values if v}:
            for value in values:
                if value and value not in terms:
                    terms.append(value)
    return terms or [org.strip()]


def _key(value: str) -> str:
    folded = " ".join(fold(value).replace("’", "'").split())
    return folded[4:] if folded.startswith("the ") else folded


def organization_pattern(org: str) -> re.Pattern[str] | None:
    """A pattern over folded text for `organization_terms(org)`, whole words only."""
    terms = organization_terms(org)
    if not terms:
        return None
    return re.compile(rf"(?<![\w-])(?:{word_alternation(fold(t) for t in terms)})(?![\w-])")


@cache
def _cues() -> dict[str, dict[str, list[str]]]:
    return tomllib.loads(files("footprint.rules").joinpath("data", DATA_FILE).read_text(encoding="utf-8"))


def _alternation(section: str) -> str:
    words = [fold(w) for entries in _cues()[section].values() for w in entries]
    return word_alternation(words).replace(r"\ ", r"[\s,]+")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    units, verbs = _alternation("units"), _alternation("verbs")
    own_work = re.compile(
        rf"(?<!\w)(?:(?:my|our|mon|ma|mes|notre|nos)\s+(?:[\w'-]+\s+){{0,2}}?(?:{units})(?:'s)?\s+(?:[\w'-]+\s+){{0,3}}?(?:{verbs})"
        rf"|(?:at\s+work|at\s+the\s+office|au\s+travail|au\s+bureau|au\s+ministere)[\s,]+(?:we|we're|we\s+are|on|nous)\s+(?:[\w'-]+\s+){{0,2}}?(?:{verbs})"
        rf"|(?:we're|we\s+are|we\s+just|we've|on|nous)\s+(?:[\w'-]+\s+){{0,2}}?(?:{verbs})\s+(?:[\w'-]+\s+){{0,3}}?(?:at|in|for|au|a\s+la|dans)\s+(?:my|our|mon|ma|notre)\s+(?:{units}))(?!\w)"
    )
    first_person = re.compile(rf"(?<!\w)(?:{_alternation('first_person_work')})(?!\w)")
    preannouncement = re.compile(rf"(?<!\w)(?:{_alternation('preannouncement')})(?!\w)")
    tags = re.compile(rf"#(?:{word_alternation(_cues()['gc_tags']['any'])})(?!\w)")
    return own_work, first_person, preannouncement, tags


# Every shape of `_patterns()`'s own_work holds one of these as a word: "my", "our", « mon »... before
# the unit, "work", « bureau »... after "at" / « au », or the possessive before the unit after "at".
# Each stands between spaces or after the start, so the word split keeps it whole, unless a starred
# word ("x*my") or a handle ("@bob.my") swallows it: posts with "*" or "@" are matched in full.
_OWNER_WORDS = frozenset({"my", "our", "mon", "ma", "mes", "notre", "nos", "work", "office", "travail", "bureau", "ministere"})


@cache
def _verb_words() -> frozenset[str]:
    """First words of the work verbs: a post with none of them is skipped at once."""
    return frozenset(fold(v).split()[0] for entries in _cues()["verbs"].values() for v in entries)


@cache
def _abbreviations() -> re.Pattern[str]:
    names = {
        value
        for org in _data.organizations()
        for value in ((org.get("abbr_en") or "").strip(), (org.get("abbr_fr") or "").strip())
        if len(value) >= 3 and value.isupper()
    }
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))})(?![\w-])")


class _WorkRule(Rule):
    category = "work_related"
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.MANAGER, gd.COMMUNICATIONS)


class OwnOrganizationWork(_WorkRule):
    """Post about your own organization's work or programs.

    "My department is launching ...", "our program is rolling out ...", « mon ministère lance
    ... »: a post about your current work is more likely to be read as the government's view,
    and needs authorization, especially before the work is public ("stay tuned", « en primeur »).
    """

    code = "JOB001"
    name = "own-organization-work"
    severity = Severity.MEDIUM
    confidence = Confidence.LOW
    action = "Check with your manager or communications branch that the post is authorized, or share the official announcement instead."
    examples_flagged = ("My department is launching a new benefits portal next month, stay tuned!", "Notre programme déploie un nouvel outil en janvier")
    examples_not_flagged = ("Great panel at the conference today", "Mon équipe de hockey a gagné hier soir!")

    def gate_words(self) -> frozenset[str]:
        return _verb_words()

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        value = folded.get("text")
        if not value:
            return ()
        words = text_words(value)
        if words.isdisjoint(_verb_words()):
            return ()
        if words.isdisjoint(_OWNER_WORDS) and "*" not in value and "@" not in value:
            return ()  # 9 in 10 posts with a work verb: the pattern below would find nothing
        own_work, _first, preannouncement, _tags = _patterns()
        for match in own_work.finditer(value):
            if negated(value, match.end() - 8, window=12):
                continue
            start, end = next(((s, e) for s, e in sentences(value) if s <= match.start() < e), (0, len(value)))
            early = preannouncement.search(value)
            named = _abbreviations().search(subject.fields["text"], start, end)
            spans = sorted({match.span()} | ({early.span()} if early else set()))
            return (RuleHit(
                evidence=tuple(evidence(subject, "text", s, e) for s, e in spans),
                message=(
                    "Talks about your organization's work or programs before it is public."
                    if early
                    else "Talks about your organization's work or programs; such posts need authorization."
                ),
                confidence=Confidence.MEDIUM if early or named else None,
            ),)
        return ()


class PublicServiceTagWork(_WorkRule):
    """Public-service hashtag on a first-person post about work.

    Hashtags such as #GCdigital or #FonctionPublique next to "my team just shipped ..." or
    « notre équipe lance ... » mark the post as being about your government work. Attending an
    event or sharing someone else's news under the tag is fine.
    """

    code = "JOB002"
    name = "public-service-tag-work"
    severity = Severity.LOW
    confidence = Confidence.LOW
    action = "Make sure the post about your work is authorized, or share the official post instead."
    examples_flagged = ("My team and I presented the new intake form to the DG today #GCdigital", "Je travaille sur le nouveau formulaire de demande #FonctionPublique")
    examples_not_flagged = ("Great talks at #GCdigital day, thanks organizers!", "Bonne #SemaineDeLaFonctionPublique à tous")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        value = folded.get("text")
        if not value or "#" not in value:
            return ()
        own_work, first_person, _pre, tags = _patterns()
        tag = tags.search(value)
        if tag is None or (not text_words(value).isdisjoint(_verb_words()) and own_work.search(value)):
            return ()  # no tag, or OwnOrganizationWork already reports the post
        cue = first_person.search(value)
        if cue is None:
            return ()
        return (RuleHit(
            evidence=tuple(evidence(subject, "text", s, e) for s, e in sorted({cue.span(), tag.span()})),
            message="Uses a public-service hashtag on a first-person post about your work.",
        ),)


RULES: tuple[type[Rule], ...] = (OwnOrganizationWork, PublicServiceTagWork)
