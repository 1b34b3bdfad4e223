"""Partisan political activity (POL0xx), in English and French.

Under the Public Service Employment Act, political activity is support for or opposition to a
party or candidate, at any level, and seeking a nomination or being a candidate. Online, that
includes posting, sharing and liking. Naming a party is not partisan ("the Liberal government
tabled its budget"), nor is civic encouragement ("go vote!", #cdnpoli): a flag needs a partisan
hashtag or slogan, or a party or leader together with a cue of support or opposition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache

from footprint import guidance as gd
from footprint.records import Confidence, Evidence, RuleHit, Severity, Subject
from footprint.rules import _data
from footprint.rules.base import Rule, evidence, negated, sentences, word_alternation
from footprint.rules.matcher import TermMatcher
from footprint.text import fold

ELECTION_PERIOD_FACTOR = 1.5
_SURNAME_STOPLIST = {
    "martin", "harper", "wilson", "brown", "turner", "campbell", "clark", "scott", "stewart",
    "marshall", "houston", "watson", "mcneil", "graham", "miller", "gallant", "higgs", "morgan",
    "ball", "dunderdale", "king", "young", "taylor", "bennett", "robinson", "smith", "williams",
}  # common surnames and words that also name ordinary people and places
_SHORT_WORD_EXCEPTIONS = {"harper"}  # distinctive enough in Canadian political talk

_SUPPORT = (
    r"vot(?:e|ed|es|ing|ez|ons|er|erai)\b(?:\s+(?:for|pour)\b)?|support(?:s|ed|ing)?|proud(?:ly)?\s+(?:to\s+)?(?:vote|support|stand|back)"
    r"|endors(?:e|ed|es|ing)|re-?elect|elect\b|backing|all\s+the\s+way|for\s+(?:pm|premier|prime\s+minister)"
    r"|4pm|we\s+need|the\s+only\s+(?:choice|option)|our\s+(?:candidate|mp|mpp|mna|mla)|member\s+of\s+the"
    r"|donate|volunteer(?:ing)?|canvass(?:ing)?|knock(?:ing)?\s+on\s+doors|door-?knocking|lawn\s+signs?"
    r"|join\s+(?:the|our)\s+(?:campaign|team)|let's\s+go|go\s+team"
    r"|vot(?:e|ez|er|ons|erai|e)\s+pour|je\s+vote|j'appuie|appuy(?:er|ez|ons)|soutien(?:s|t)?|soutenir"
    r"|fier(?:e)?s?\s+de\s+(?:voter|appuyer|militer|soutenir)|milit(?:er|e|ons)|notre\s+candidat(?:e)?"
    r"|elis(?:ons|ez)|elire|reelire|faites\s+un\s+don|benevole|porte-a-porte|pancartes?|allez\s+(?:les\s+)?"
    r"|seul\s+choix|membre\s+du"
)
_OPPOSE = (
    r"must\s+(?:go|resign|be\s+stopped|never)|should\s+resign|needs?\s+to\s+(?:go|resign)|resign\s+now"
    r"|never\s+vot(?:e|ing)|a\s+danger\s+(?:to|for)|dangerous|menace\s+pour|dangereu(?:x|se)|vote\s+(?:them|him|her)?\s*out|kick(?:ed)?\s+out|get\s+rid\s+of|throw\s+(?:them|him|her)\s+out"
    r"|anyone\s+but|anything\s+but|worst\s+(?:pm|premier|prime\s+minister|government|leader)|disgrace"
    r"|corrupt|liars?\b|crooks?\b|clowns?\b|incompetent|frauds?\b|down\s+with|shame\s+on|traitors?"
    r"|dictator|puppet|never\s+be\s+(?:pm|premier|prime\s+minister)"
    r"|dehors|demission|doit\s+(?:partir|demissionner)|jamais\s+(?:voter|plus)|honte|menteu(?:r|rs|se|ses)"
    r"|corrompu(?:e|s|es)?|incompetent(?:e|s|es)?|debarrass|degage(?:z)?|pire\s+(?:premier\s+ministre|gouvernement|chef)"
    r"|escroc|traitre|vendus?\b"
)
_CUE = re.compile(rf"(?<!\w)(?:{_SUPPORT}|{_OPPOSE})")
_CALL = re.compile(
    r"(?<!\w)(?:donate|chip\s+in|volunteer(?:ing)?|canvass(?:ing)?|knock(?:ing)?\s+on\s+doors|door-?knocking"
    r"|phone\s*bank(?:ing)?|lawn\s+signs?|help\s+(?:us\s+)?(?:elect|re-?elect)|vote\s+for|join\s+(?:our|the)\s+campaign"
    r"|faites\s+un\s+don|donnez|benevoles?|porte-a-porte|pancartes?|votez\s+pour|aidez-nous\s+a\s+elire"
    r"|joignez-vous\s+a\s+(?:la|notre)\s+campagne)(?!\w)"
)
_CAMPAIGN_TARGET = re.compile(
    r"(?<!\w)(?:candidate|candidates|campaign|riding|nominee|candidat|candidate|candidats|campagne|circonscription)(?!\w)"
)
_CANDIDACY = re.compile(
    r"(?<!\w)(?:(?:seek|seeking|sought|running\s+for|won|win|winning|secured?)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}nomination"
    r"|i(?:'m|\s+am)\s+(?:running\s+(?:for|in|as)|a\s+candidate|the\s+candidate|officially\s+a\s+candidate)"
    r"|(?:announce|launch)(?:ing|d)?\s+my\s+(?:candidacy|campaign)|vote\s+for\s+me|my\s+candidacy"
    r"|(?:briguer|brigue|briguerai|obtenir|remporte|remporter)\s+(?:l'|l')?investiture"
    r"|(?:je\s+suis|je\s+serai|me\s+voici)\s+(?:officiellement\s+)?candidat(?:e)?|ma\s+candidature\s+(?:a|au|aux|pour|dans)"
    r"|votez\s+pour\s+moi|je\s+me\s+presente\s+(?:aux\s+elections|a\s+la\s+mairie|au\s+conseil|comme\s+candidat))(?!\w)"
)


@dataclass(frozen=True)
class _Lexicon:
    folded_entities: TermMatcher[str]
    cased_entities: TermMatcher[str]
    partisan_tags: re.Pattern[str]
    tag_kind: Mapping[str, str]
    slogans: re.Pattern[str] | None


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@cache
def lexicon() -> _Lexicon:
    data = _data.politics()
    folded_terms: dict[str, str] = {}
    cased_terms: dict[str, str] = {}
    tag_kind: dict[str, str] = {}
    slogans: list[str] = []
    for party in data.get("party", []):
        jurisdiction = str(party.get("jurisdiction", "federal"))
        for name in party.get("names", []):
            folded_terms[fold(name)] = jurisdiction
        # Acronyms that are also ordinary words ("cue" ones) are safe here too: every entity
        # needs a support or opposition cue beside it before anything is flagged.
        for acronym in (*party.get("acronyms", []), *party.get("cue_acronyms", [])):
            cased_terms[acronym] = jurisdiction
        for word in party.get("member_words", []):
            if word[:1].isupper():
                # English party words are capitalised; lower-case "liberal arts" is not a party.
                cased_terms[word] = jurisdiction
                cased_terms[_singular(word)] = jurisdiction
            else:
                folded_terms[fold(word)] = jurisdiction
        for leader in party.get("leaders", []):
            full = fold(str(leader.get("name", "")))
            if not full:
                continue
            folded_terms[full] = jurisdiction
            surname = full.split()[-1]
            if (len(surname) >= 6 or surname in _SHORT_WORD_EXCEPTIONS) and (
                surname not in _SURNAME_STOPLIST or surname in _SHORT_WORD_EXCEPTIONS
            ):
                folded_terms.setdefault(surname, jurisdiction)
        for tag in party.get("support_tags", []):
            tag_kind[fold(tag)] = "partisan_support"
        slogans.extend(s for s in party.get("slogans", []) if len(s) >= 12)
    for group in data.get("hashtag", []):
        kind = group.get("kind")
        if kind in ("partisan_support", "partisan_opposition"):
            for tag in group.get("tags", []):
                tag_kind[fold(tag)] = str(kind)
    return _Lexicon(
        folded_entities=TermMatcher(folded_terms),
        cased_entities=TermMatcher(cased_terms),
        partisan_tags=re.compile(rf"(?<![\w#])(?:{word_alternation(tag_kind)})(?!\w)"),
        tag_kind=tag_kind,
        slogans=re.compile(rf"(?<!\w)(?:{word_alternation(fold(s) for s in slogans)})(?!\w)") if slogans else None,
    )


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    jurisdiction: str


@lru_cache(maxsize=8)
def _entities(text: str, folded: str) -> list[_Span]:
    """Parties and leaders named in a post (cached: two rules ask about the same post)."""
    lex = lexicon()
    spans = [_Span(start, end, value) for start, end, _term, value in lex.folded_entities.find(folded)]
    spans += [_Span(start, end, value) for start, end, _term, value in lex.cased_entities.find(text)]
    spans.sort(key=lambda s: (s.start, -s.end))
    merged: list[_Span] = []
    for span in spans:
        if merged and span.start < merged[-1].end:
            continue
        merged.append(span)
    return merged


def election_factor(created_at: datetime | None, jurisdictions: Iterable[str]) -> dict[str, float]:
    """A post inside an election's writ period weighs more (the campaign is live)."""
    if created_at is None:
        return {}
    day = created_at.date()
    wanted = set(jurisdictions) | {"federal"}
    for period in _data.election_periods():
        if period.jurisdiction in wanted and period.writ <= day <= period.vote:
            return {"election_period": ELECTION_PERIOD_FACTOR}
    return {}


class _PoliticalRule(Rule):
    category = "political_activity"
    guidance = gd.POLITICAL_ACTIVITIES
    consult = (gd.POLITICAL_REP, gd.VALUES_ETHICS, gd.PSC)


class PartisanHashtag(_PoliticalRule):
    """Partisan campaign hashtag or slogan.

    Hashtags such as #VoteNDP, #TeamPoilievre or #LegaultDémission, and party campaign slogans,
    take a side for or against a party or leader. Sharing them is political activity even
    without other words. General tags such as #cdnpoli or #polqc are not flagged.
    """

    code = "POL001"
    name = "partisan-hashtag"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = "Delete or hide the post, or check with your political activities representative that it fits your duties."
    examples_flagged = ("Four more years! #TeamTrudeau", "Assez, c'est assez. #LegaultDémission")
    examples_not_flagged = ("Debate tonight, who's watching? #cdnpoli", "Résultats ce soir #polqc")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        text_folded = folded.get("text")
        if not text_folded:
            return
        lex = lexicon()
        matches: list[Evidence] = []
        kinds = set()
        for match in lex.partisan_tags.finditer(text_folded):
            matches.append(evidence(subject, "text", match.start(), match.end()))
            kinds.add(lex.tag_kind.get(match.group(0), "partisan_support"))
        if lex.slogans is not None:
            for match in lex.slogans.finditer(text_folded):
                matches.append(evidence(subject, "text", match.start(), match.end()))
                kinds.add("slogan")
        if not matches:
            return
        yield RuleHit(
            evidence=tuple(matches),
            message=(
                "Uses a partisan hashtag that campaigns against a party or leader."
                if kinds == {"partisan_opposition"}
                else "Uses a partisan hashtag or slogan that campaigns for a party or leader."
            ),
            factors=election_factor(subject.created_at, ()),
        )


class PartySupportOrOpposition(_PoliticalRule):
    """Support for or opposition to a party, leader or candidate.

    A party or its leader named in the same sentence as a cue of support ("vote for", "proud to
    support", "j'appuie") or opposition ("must go", "corrompu", "never vote"). Reporting the
    news without taking a side is not flagged. Inside an election's writ period the post weighs
    more.
    """

    code = "POL002"
    name = "party-support-or-opposition"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = (
        "Delete or hide the post, or use the PSC self-assessment tool and ask your political "
        "activities representative whether it could be seen as impairing your impartiality."
    )
    examples_flagged = ("Proud to vote Liberal this fall!", "Poilievre must never be PM.", "Fière de voter pour le NPD")
    examples_not_flagged = ("The Liberal government tabled its budget today.", "Go vote today, whoever you support!")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        text_folded = folded.get("text")
        if not text_folded:
            return
        text = subject.fields["text"]
        entities = _entities(text, text_folded)
        if not entities:
            return
        for start, end in sentences(text_folded):
            inside = [e for e in entities if start <= e.start < end]
            if not inside:
                continue
            cues = [
                m for m in _CUE.finditer(text_folded, start, end)
                if not any(e.start <= m.start() < e.end for e in inside)
                and not negated(text_folded, m.start(), window=12)
            ]
            if not cues:
                continue
            spans = sorted([(e.start, e.end) for e in inside] + [(m.start(), m.end()) for m in cues])
            yield RuleHit(
                evidence=tuple(evidence(subject, "text", s, e) for s, e in spans),
                message="Names a party or political leader together with words of support or opposition.",
                factors=election_factor(subject.created_at, (e.jurisdiction for e in inside)),
            )
            return


class CampaignCall(_PoliticalRule):
    """Call to donate, volunteer, canvass or vote for a party or candidate.

    Asking others to give money or time to a campaign, or to vote for a named party or
    candidate, is campaigning. "Go vote!" on its own is civic encouragement and is not flagged.
    """

    code = "POL003"
    name = "campaign-call"
    severity = Severity.HIGH
    confidence = Confidence.HIGH
    action = "Delete the post; campaigning for a party or candidate needs a careful impartiality assessment first."
    examples_flagged = ("Knocking on doors for our NDP candidate Saturday, join us!", "Faites un don à la campagne du Bloc")
    examples_not_flagged = ("Vote for my cat in the cutest pet contest!", "Allez voter dimanche!")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        text_folded = folded.get("text")
        if not text_folded:
            return
        text = subject.fields["text"]
        entities = _entities(text, text_folded)
        for start, end in sentences(text_folded):
            calls = list(_CALL.finditer(text_folded, start, end))
            if not calls:
                continue
            targets: list[tuple[int, int]] = [(e.start, e.end) for e in entities if start <= e.start < end]
            targets += [(m.start(), m.end()) for m in _CAMPAIGN_TARGET.finditer(text_folded, start, end)]
            if not targets:
                continue
            spans = sorted({(m.start(), m.end()) for m in calls} | set(targets))
            yield RuleHit(
                evidence=tuple(evidence(subject, "text", s, e) for s, e in spans),
                message="Asks people to donate, volunteer, canvass or vote for a party or candidate.",
                factors=election_factor(
                    subject.created_at, (e.jurisdiction for e in entities if start <= e.start < end)
                ),
            )
            return


class Candidacy(_PoliticalRule):
    """Seeking a nomination or being a candidate in an election.

    Seeking a nomination as, or being, a candidate at any level (municipal, provincial,
    territorial or federal) needs the Public Service Commission's permission first, and no
    candidate social media presence should exist before that permission.
    """

    code = "POL004"
    name = "candidacy"
    severity = Severity.HIGH
    confidence = Confidence.HIGH
    action = (
        "Make sure you requested and obtained the Public Service Commission's permission before "
        "this post; if not, remove it and contact the PSC and your political activities representative."
    )
    examples_flagged = ("I'm seeking the Green Party nomination in Gatineau!", "Je serai candidate au conseil municipal.")
    examples_not_flagged = ("Our candidate for the design award is ready.", "I nominated my colleague for an award.")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        text_folded = folded.get("text")
        if not text_folded:
            return
        match = _CANDIDACY.search(text_folded)
        if match is None:
            return
        yield RuleHit(
            evidence=(evidence(subject, "text", match.start(), match.end()),),
            message="Announces seeking a nomination or running as a candidate.",
            factors=election_factor(subject.created_at, ()),
        )


RULES: tuple[type[Rule], ...] = (PartisanHashtag, PartySupportOrOpposition, CampaignCall, Candidacy)
