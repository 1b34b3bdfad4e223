"""Strongly negative critiques of colleagues, one's team, manager or organization (WRK0xx).

The guidance warns that harsh critiques of teams or colleagues, even from anonymous accounts,
can harm the work environment and public trust, and points to one's manager, the Employee
Assistance Program and internal recourse instead. A flag needs both a workplace target and
strongly negative or insulting words in the same sentence; mild or constructive remarks ("long
day, frustrating meeting") and negated ones ("my team is not lazy") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

from footprint import guidance as gd
from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules import _data
from footprint.rules.base import Rule, evidence, negated, sentences, text_words
from footprint.rules.matcher import TermMatcher

_TARGET = (
    r"(?:my|our|the|this|that)\s+(?:(?:new|current|former|stupid|damn|whole)\s+)?"
    r"(?:manager|managers|boss|bosses|supervisor|director|director\s+general|dg|adm|team|team\s+lead|colleagues?"
    r"|co-?workers|coworkers|department|dept|branch|unit|division|directorate|management|senior\s+management"
    r"|executives|leadership|deputy\s+minister|employer|workplace|office|hr|human\s+resources)"
    r"|(?:mon|ma|mes|notre|nos|cette|ce|la|le|les)\s+(?:(?:nouveau|nouvelle|maudit|maudite|chere|cher)\s+)?"
    r"(?:gestionnaire|gestionnaires|patron|patronne|patrons|superviseur|superviseure|directeur|directrice"
    r"|directeur\s+general|directrice\s+generale|equipe|collegues?|ministere|direction|haute\s+direction"
    r"|division|section|employeur|bureau|boss|chef|cadres|sous-ministre)"
    r"|public\s+servants|public\s+service|fonctionnaires|fonction\s+publique|coworkers|colleagues|collegues"
)
_NEGATIVE = (
    r"idiots?|idiotic|morons?|moronic|imbeciles?|stupid|dumb(?:est)?|brainless|useless|worthless|incompetent"
    r"|clowns?|clown\s+show|circus|a\s+joke|pathetic|lazy|losers?|cowards?|toxic|garbage|trash|disgrace"
    r"|(?:i\s+)?hate|can't\s+stand|sick\s+of|fed\s+up\s+with|waste\s+of\s+(?:space|oxygen|air)|shit(?:ty)?|crap"
    r"|fuck(?:ing|ed)?|bullshit|assholes?|bastards?|backstabbing|snakes?|parasites?|dead\s*weight|bunch\s+of"
    r"|incompetents?|incompetente?s?|nuls?|nulles?|inutiles?|paresseu(?:x|se|ses)|imbeciles?"
    r"|(?:un|une|des|vrai|vraie|gros|grosse|sont|est|de)\s+(?:cons?|connes?|caves?)|epais(?:se|ses)?|toxiques?|minables?|pourri(?:e|s|es)?|laches|bande\s+d(?:e\s|')|cirque|merde|crisse"
    r"|tabarnak|tabarnac|j'en\s+peux\s+plus|je\s+deteste|je\s+hais|ecoeurant(?:e|s|es)?|ecoeure|tannee?"
    r"|honte|debiles?|abrutis?|ordures?|sans-coeur|hypocrites?|menteu(?:r|rs|se|ses)|liars?|spineless"
    r"|mepris(?:ant|ante|ants|antes)|arrogant(?:e|s|es)?"
)
_TARGET_RE = re.compile(rf"(?<!\w)(?:{_TARGET})(?!\w)")
# Every target names one of these words; a post without any of them (or an organization
# abbreviation) cannot be a workplace critique, and most posts are skipped on this test alone.
_TARGET_WORDS = frozenset(
    "manager managers boss bosses supervisor director dg adm team colleague colleagues coworkers co workers"
    " department dept branch unit division directorate management executives leadership deputy employer"
    " workplace office hr resources gestionnaire gestionnaires patron patronne patrons superviseur superviseure"
    " directeur directrice equipe collegue collegues ministere direction section employeur bureau chef cadres"
    " sous ministre servants service fonctionnaires fonction".split()
)
_NEGATIVE_RE = re.compile(rf"(?<!\w)(?:{_NEGATIVE})(?!\w)")
# Praise words that turn "a joke"/"hate" into banter: "my team is the best, I hate Mondays".
_PRAISE = re.compile(r"(?<!\w)(?:best|great|amazing|awesome|proud|love|meilleure?s?|fier|fiere|merci|bravo)(?!\w)")


@cache
def _organization_terms() -> TermMatcher[None]:
    """Organization abbreviations as targets ("ESDC management is a clown show"), case-sensitive."""
    names: set[str] = set()
    for org in _data.organizations():
        for key in ("abbr_en", "abbr_fr"):
            value = (org.get(key) or "").strip()
            if len(value) >= 3 and value.isupper():
                names.add(value)
    return TermMatcher(names)


class WorkplaceInsult(Rule):
    """Strongly negative language about colleagues, your team, manager or organization.

    Insults and contempt aimed at the people you work with ("my manager is a useless idiot",
    "mes collègues sont des incompétents") can damage the workplace and public trust, even
    from an anonymous account. Raise concerns with your manager, or use the Employee
    Assistance Program and internal recourse.
    """

    code = "WRK001"
    name = "workplace-insult"
    category = "workplace_criticism"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.MANAGER, gd.EAP, gd.OMBUD, gd.VALUES_ETHICS)
    action = "Delete the post, and take the concern to your manager, the Ombud or internal recourse instead."
    examples_flagged = ("My manager is a useless idiot.", "Mes collègues sont des incompétents finis.")
    examples_not_flagged = ("Long day, but my team pulled through.", "My manager brought cake, best team ever!")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        text_folded = folded.get("text")
        if not text_folded:
            return
        text = subject.fields["text"]
        organizations = _organization_terms().find(text)
        if not organizations and text_words(text_folded).isdisjoint(_TARGET_WORDS):
            return
        # Search the whole post once, then pair matches sentence by sentence.
        all_targets = [m.span() for m in _TARGET_RE.finditer(text_folded)]
        all_targets += [(start, end) for start, end, _term, _value in organizations]
        if not all_targets:
            return
        all_negatives = [
            m.span() for m in _NEGATIVE_RE.finditer(text_folded) if not negated(text_folded, m.start(), window=16)
        ]
        if not all_negatives:
            return
        for start, end in sentences(text_folded):
            targets = [span for span in all_targets if start <= span[0] < end]
            negatives = [span for span in all_negatives if start <= span[0] < end]
            if not targets or not negatives:
                continue
            if _PRAISE.search(text_folded, start, end) and len(negatives) == 1:
                continue
            spans = sorted(set(targets) | set(negatives))
            yield RuleHit(
                evidence=tuple(evidence(subject, "text", s, e) for s, e in spans),
                message="Uses strongly negative or insulting words about colleagues, a team, a manager or the organization.",
            )
            return


RULES: tuple[type[Rule], ...] = (WorkplaceInsult,)
