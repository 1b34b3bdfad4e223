"""A child's activity with where or when it happens (SAF006), English and French.

Parents name a child's practice, game, lesson or recital more often than the school: "Olivia's
soccer game Saturday 9am at Terry Fox field", "my son's swim practice Mon/Wed at 6", « le hockey
de Liam c'est le mardi 17 h 30 à l'aréna Baribeau », « récital de piano d'Henri dimanche 14 h ».
Two things must meet in one sentence: the activity said as a child's (a first name's, "my
daughter's", « de ma fille ») and where or when it is (a named place or a venue after "at" / « à »,
or a clock time).

Not a child's: a team's or a star's game watched ("watching Crosby's game tonight at 7", « le
match du Canadien ce soir »), which a spectator's words give away, and a name that is a city or
a common word ("Ottawa's soccer team").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from footprint.rules.base import text_words
from footprint.rules.safety_base import CLOCK, WEEKDAYS, alternation, section
from footprint.rules.safety_regex import factored

_DATA = "safety_children.toml"

_ACTIVITY_EN = (
    r"practices?|games?|match|matches|lessons?|tournament|tourney|recitals?|rehearsals?|tryouts?|swim\s+meet|meet|camp|day\s+camp"
    r"|hockey|soccer|baseball|softball|basketball|volleyball|football|lacrosse|ringette|rugby|skating|swimming|swim|gymnastics"
    r"|karate|taekwondo|judo|jiu-jitsu|dance|ballet|scouts|cubs|beavers|brownies|guides|cadets|tutoring"
    r"|speech\s+therapy|therapy|playdate|play\s+date"
)
_ACTIVITY_FR = (
    r"hockey|soccer|baseball|basketball|volleyball|football|ringuette|rugby|patin|patinage|natation|gymnastique|karate|judo|taekwondo"
    r"|danse|ballet|cours|pratiques?|match|matchs|partie|tournoi|recital|spectacle|entrainements?"
    r"|camp\s+de\s+jour|camp|scouts|louveteaux|castors|guides|cadets|tutorat|orthophonie|competition"
)
# The sport said as a modifier of something else: "Sarah's hockey pool", "Sam's soccer jersey"
_NOT_THE_ACTIVITY = (
    r"(?:pool|pools|fans?|night|jerseys?|cards?|tickets?|season|highlights|scores?|stats|players?|coach|bracket|draft|picks?)(?![\w'])"
)
# In French a team or a town plays a match too (« le match de Laval »): with a name, only a match
# of a named sport counts (« le match de soccer d'Olivia »)
_EVENTS_FR = frozenset(("match", "matchs", "partie", "tournoi", "competition"))
# A first name, folded, as in safety_children
_NAME = r"[a-z][a-z]+(?:[-'][a-z][a-z]+)?"
_NOT_NAMES = frozenset("""
the this that my our his her their your its canada ottawa gatineau montreal toronto quebec winnipeg halifax vancouver calgary
edmonton regina moncton team club city today tomorrow tonight sunday monday tuesday wednesday thursday friday saturday
everyone everybody nobody somebody anyone le la les un une mon ma ses son sa notre nos leur cette ce
""".split())


@dataclass(frozen=True)
class _Patterns:
    child_en: re.Pattern[str]
    child_fr: re.Pattern[str]
    where: re.Pattern[str]
    when: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    kid_en = alternation(section(_DATA, "kid_nouns", "en"))
    kid_fr = alternation(section(_DATA, "kid_nouns", "fr"))
    return _Patterns(
        # "Olivia's soccer game", "my son's swim practice", "our twins' hockey" (two words may describe it)
        child_en=factored(
            # (a name's "'s" only: "the Senators' game" is a team's)
            rf"(?<![\w.@#])(?:(?P<name>{_NAME})(?:'s|’s)|(?:my|our)\s+(?:(?:little|big|\d+[\s-]?(?:year|yr)[\s-]?old)\s+)?(?:{kid_en})(?:'s|s'|’s))"
            rf"\s+(?:[a-z]+\s+){{0,2}}?(?:{_ACTIVITY_EN})(?![\w'])(?!\s+{_NOT_THE_ACTIVITY})"
        ),
        # « le hockey de Liam », « match de soccer d'Olivia », « le cours de natation de ma fille »
        child_fr=factored(
            # (not a sport said of something else: « le pool de hockey de Sarah », « l'équipe de soccer d'Ottawa »)
            rf"(?<![\w'])(?<!de\s)(?<!d')(?P<activity>{_ACTIVITY_FR})(?P<kind>\s+(?:de|d')\s*[a-z]+)?\s+(?:de\s+|d'|d’)"
            rf"(?:(?:mon|ma|mes|notre|nos)\s+(?:(?:petite?|grande?|p'tite?)\s+)?(?:{kid_fr})(?![\w-])|(?P<name>{_NAME})(?![\w'-]))"
        ),
        # a named place or a venue after its preposition: "at Terry Fox field", "at the Minto arena",
        # « à l'aréna Baribeau », « au club Gymnix », « au parc Fontaine »
        where=factored(
            r"(?<![\w'])(?P<prep>at|@|au|aux|a\s+la|a\s+l'|a)(?:\s+|(?<='))(?:the\s+)?(?=(?P<venue>arena|rink|field|park|pool|gym|dojo|studio|centre|center|club"
            r"|conservatory|school|aréna|arena|patinoire|terrain|parc|piscine|gymnase|centre|salle|conservatoire|ecole|stade|stadium)?)"
        ),
        when=factored(rf"(?<![\w:])(?:{CLOCK})|(?<![\w'])(?:{WEEKDAYS}|tonight|tomorrow|this\s+weekend|all\s+weekend|ce\s+soir|demain|ce\s+week-end|toute\s+la\s+fin\s+de\s+semaine)(?![\w'])"),
    )


# Words a post needs before the patterns are tried (a cheap first pass on the post's words)
WORDS = frozenset("""
practice practices game games match matches lesson lessons tournament tourney recital recitals rehearsal rehearsals tryout
tryouts meet camp hockey soccer baseball softball basketball volleyball football lacrosse ringette rugby skating swimming swim
gymnastics karate taekwondo judo dance ballet scouts cubs beavers brownies guides cadets
tutoring therapy playdate ringuette patin patinage natation gymnastique danse cours pratique
pratiques matchs partie tournoi spectacle entrainement entrainements louveteaux castors tutorat orthophonie competition
""".split())
# A spectator's or a fan's words: a team's or a star's game, not a child's
_WATCHED = factored(
    r"(?<![\w'])(?:watch|watching|watched|on\s+tv|tickets?|vs\.?|versus|stream|broadcast|regarder|regarde|a\s+la\s+tele|billets?|contre"
    r"|nhl|nba|mlb|lnh|playoffs?|series|serie|draft|fans?|partisans?)(?![\w'])"
)
_SENTENCE = factored(r"[.!?\n]+")
_FR_CHILD_HINT = factored(r"\s[Dd](?:e\s+(?:[A-ZÀ-Þ]|(?:[Mm]on|[Mm]a|[Mm]es|[Nn]otre|[Nn]os)\s)|['’][A-ZÀ-Þ])")
_CAPITAL_AFTER = factored(r"[A-ZÀ-Þ]")


def _sentence(folded: str, position: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE.finditer(folded, 0, position)), default=0)
    end = _SENTENCE.search(folded, position)
    return start, end.start() if end else len(folded)


def activity(original: str, folded: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(the child's words, where or when) for a child's activity with its place or hour."""
    if text_words(folded).isdisjoint(WORDS):
        return None
    # (each reading needs its child's words: an English possessive, or « de » / « d' » before a name or
    # « mon », « ma », « mes »; a post with neither is spared the scans, which open at every word)
    possessive = "'s" in folded or "s'" in folded
    french = _FR_CHILD_HINT.search(original) is not None
    if not possessive and not french:
        return None
    p = _patterns()
    for pattern in (p.child_en, p.child_fr) if possessive and french else (p.child_en,) if possessive else (p.child_fr,):
        for m in pattern.finditer(folded):
            name = m.group("name")
            if name is not None:
                at = m.start("name")
                if not original[at].isupper() or name in _NOT_NAMES or name in WORDS or folded[at - 1:at] in ("#", "@"):
                    continue  # a name is written with a capital; "Ottawa's soccer team" is a city's
                if pattern is p.child_fr and m.group("activity") in _EVENTS_FR and m.group("kind") is None:
                    continue
            start, end = _sentence(folded, m.start())
            if _WATCHED.search(folded, start, end):
                continue
            for where in p.where.finditer(folded, start, end):
                if where.group("prep") == "a" and original[where.start()] not in "àÀ":
                    continue  # English "a", not « à »
                if where.group("venue") or _CAPITAL_AFTER.match(original, where.end()):
                    place = _PLACE_RUN.match(original, where.end())
                    return m.span(), (where.start(), min(end, place.end() if place else where.end()))
            when = p.when.search(folded, start, end)
            if when is not None and _CLOCK.search(folded, start, end):
                return m.span(), when.span()
    return None


_CLOCK = factored(rf"(?<![\w:])(?:{CLOCK})")
# The venue's words: "Minto arena", « aréna Baribeau », "Terry Fox field"
_PLACE_RUN = factored(r"[\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|arena|rink|field|park|pool|centre|center|club|aréna|parc|piscine))*")
