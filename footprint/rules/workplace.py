"""Strongly negative critiques of one's employer, management, colleagues or team (WRK0xx).

The guidance warns that strongly negative language, especially harsh critiques of teams or
colleagues, even from anonymous accounts, can harm the work environment and public trust, and
points to one's manager, the Employee Assistance Program and internal recourse instead.

Two rules share one reading of the post:

- WRK001 (medium): insults and strong contempt aimed at people or units at work, in the same
  clause ("my manager is a useless idiot", « ma gestionnaire est une vraie conne », "management
  treats us like garbage").
- WRK002 (low): sustained negative critique of the employer that is not insulting: mistreatment
  ("they treat us like robots", « on est traités comme des numéros »), favouritism,
  micromanagement, no recognition or growth, pay that is "very low", burnout blamed on
  management. A post that WRK001 reports is not reported again by WRK002.

How a post is read. The lexicon (`data/workplace_lexicon.toml`, English and French, team-written)
is found in one Aho-Corasick pass, in the post's language (declared, or guessed from function
words; both for bilingual posts). The post gets:

- a workplace-context weight: strong cues (2: "my manager", "senior management", « la haute
  direction », "work-life balance", "underpaid") and ambiguous ones (1: "the company",
  "employees", "the department"), plus at most 0.5 from hints ("they", "here", « ici »). It
  needs 2. Team-like or leadership words are ignored in posts about sports or party politics.
- a valence: the sum of its words' weights (-4..+4), strengthened by intensifiers ("very",
  « tellement »), softened by "a bit" / « un peu », reversed by a negator up to three words
  before ("not good", "don't feel valued", « ne nous écoute jamais »), and where "but" /
  « mais » opens a clause that clause counts 1.5 times and the one before half. A lack of
  what an employer should give ("no recognition", "poor salary", "salary is very low",
  « aucune reconnaissance ») is a grievance and itself a workplace cue.

WRK002 needs the whole post at -2 or below, a clause at -2 or below that has a workplace cue in
it or in a neighbouring clause not cut off by "but", and a clearly negative word (-2 or beyond)
or milder critiques adding up to -3. Words about one's own mood ("tired", "long day",
"frustrating", "stressed") weigh -1 and never flag on their own, so mild or constructive remarks
("frustrating meeting, but we'll sort it out", "the systems could be better") are not flagged;
nor are negated insults ("my team is not lazy") or praise ("no micromanagement, love my team").

Most posts are skipped by set tests on the post's words (`text_words`) before any matching.
Known limits: sarcasm ("said no one, ever") and indirect complaints ("would a thank-you be so
hard?") are mostly missed; terse lists of topics ("salary, work culture") are not critiques.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files

import ahocorasick

from footprint import guidance as gd
from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules import _data
from footprint.rules.base import WORD_TOKEN, Rule, evidence, sentences, text_words
from footprint.rules.matcher import TermMatcher
from footprint.text import fold

LEXICON_FILE = "workplace_lexicon.toml"
LANGUAGES = ("en", "fr")

# Thresholds (valence units of the lexicon, -4..+4 a word).
WRK002_POST_VALENCE = -2.0  # the post as a whole, after contrast and praise
WRK002_CRITICAL_CLAUSE = -2.0  # a clause that carries the critique
WRK002_ACCUMULATED = -3.0  # several milder critiques ("salary is low, growth is slow") add up
MILD = -1.5  # words at -1 ("tired", "long day", "frustrating") are about one's mood: they never flag
WRK001_CLAUSE_VALENCE = -2.0  # the insulting clause, after praise ("best team, I hate Mondays")
CONTEXT_NEEDED = 2.0  # strong cue = 2, ambiguous = 1, hint = 0.5 (hints capped at HINT_CAP)
HINT_CAP = 0.5
LACK_CONTEXT = 1.0  # "no support", "zero respect": a lack of something any employer should give
NEGATION_WORDS = 3  # words allowed between a negator and the word it reverses
BOOST_WINDOW = 14
MISTREATMENT = -2.0  # "treated like ..." with an object the lexicon does not list
DEGRADING = -4.0  # "treated like dirt": mistreatment at this weight is contempt (WRK001)
BOOST = 1.4
DAMPEN = 0.5
BEFORE_CONTRAST = 0.5
AFTER_CONTRAST = 1.5
_PUNCTUATION = re.compile(r"[,.;:!?()\[\]\"]")
_GAP_CHARS = 40  # beyond this, more than NEGATION_WORDS words surely lie between


@dataclass(slots=True)
class Entry:
    """What one lexicon term means; a term listed in several sections merges them."""

    valence: float | None = None
    context: float = 0.0
    entity: bool = False  # a person or unit at work: a possible target of WRK001
    fragile: bool = False  # ignored in posts about sports, games, shows or party politics
    contempt: bool = False
    need: bool = False
    negator: bool = False
    lack: bool = False
    post_lack: bool = False
    trouble: bool = False
    contrast: bool = False
    boost: float = 0.0
    off_work: bool = False
    neutral: bool = False


# Text and terms are both rewritten with every character that is not part of a word (apostrophes
# and hyphens included, so "l'employeur" holds "employeur" and "co-workers" is "co workers") as a
# space, which keeps offsets. Terms are then looked up as " term": a hit starts at a word.
# (Folding has already turned curly quotes, guillemets and dashes into their ASCII forms.)
_SEPARATORS = str.maketrans(
    {c: " " for c in "!\"#$%'()+,-.:;<=>?@[\\]^_`{|}~\n\r\t\f\v\u2026\u2022\u00b7\u00a1\u00bf"}
)


def _spaced(text: str) -> str:
    return text.translate(_SEPARATORS)


class PhraseMatcher:
    """Whole-word, whole-phrase lookup of many terms in one Aho-Corasick pass; the longest term
    wins where two overlap, as with `TermMatcher`, but only hits at word starts reach Python,
    which keeps short entries ("no", "us", « ne ») cheap."""

    def __init__(self, terms: Mapping[str, Entry]) -> None:
        self._automaton = ahocorasick.Automaton()
        for term, value in terms.items():
            key = " " + " ".join(_spaced(term).split())
            if len(key) > 1:
                self._automaton.add_word(key, (len(key), term, value))
        self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._automaton)

    def find(self, spaced: str) -> list[tuple[int, int, str, Entry]]:
        """Matches in `_spaced(folded)`, as (start, end, term, entry) offsets of the text."""
        hay = " " + spaced
        size = len(hay)
        found = []
        for last, (length, term, value) in self._automaton.iter(hay):
            after = last + 1
            if after < size and hay[after].isalnum():
                continue
            found.append((after - length, last, term, value))
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
        kept: list[tuple[int, int, str, Entry]] = []
        end = -1
        for match in found:
            if match[0] >= end:
                kept.append(match)
                end = match[1]
        return kept


@dataclass(frozen=True)
class Lexicon:
    matcher: PhraseMatcher
    context_words: KeyWords  # of every context term weighing 1 or more
    negative_words: KeyWords  # of every negative or contempt term
    reversible_words: KeyWords  # of every positive or need term (negative once negated)
    negator_words: frozenset[str]


def _merge(
    entries: dict[str, Entry], term: str, changes: Mapping[str, object], keep: bool = False
) -> None:
    """Add properties to a term; the highest context weight wins. With `keep`, properties the
    term already has are kept (a plural does not override its own entry)."""
    current = entries.get(term, Entry())
    updates = dict(changes)
    if "context" in updates:
        updates["context"] = max(current.context, float(updates["context"]))  # type: ignore[arg-type]
    if keep:
        default = Entry()
        updates = {
            k: v for k, v in updates.items() if k == "context" or getattr(current, k) == getattr(default, k)
        }
    entries[term] = replace(current, **updates)  # type: ignore[arg-type]


def _plural(term: str) -> str | None:
    if " " in term or "'" in term or len(term) < 4 or not term.isalpha():
        return None
    if term.endswith(("s", "x", "z")):
        return None
    return term + ("es" if term.endswith(("ch", "sh")) else "s")


# Words too common to stand for a phrase in the cheap pre-check.
_COMMON = frozenset(
    "a an the of to in on at for with about from by as is are was were be been am it its this that these those"
    " i me my we us our you your he she they them their there here so too very much many more most just really"
    " not no don t s re ve ll d m can do does did have has had get got go going make made want need like feel"
    " people thing things all any some one everything nothing said could would should will what when who how"
    " le la les un une des de du d l en et est sont a au aux ce cet cette ces c j n qu que qui on nous vous ils"
    " elles leur leurs mon ma mes notre nos pas ne plus tres trop pour par avec dans sur comme tout tous fait"
    " etre avoir work good out life make made much many well said hope little talk place nothing never dont"
    " doesn didn culture company management want going think know time day way new only also even still"
    " back see come take give look find better best great love right first last long year years today people"
    " makes coming doing kids children person human whole top under leave gonna wanna join rien monde shit"
    " stupid everyone feel felt treat treats treated treating us me".split()
)


@dataclass(frozen=True)
class KeyWords:
    """A cheap necessary condition for "one of these terms is in the text", on the text's word
    set: a one-word term by its word, a phrase by two of its words (uncommon and long ones
    first), which must both be there."""

    single: frozenset[str]
    pairs: Mapping[str, frozenset[str]]
    pair_keys: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "pair_keys", frozenset(self.pairs))

    @classmethod
    def of(cls, terms: list[str]) -> KeyWords:
        single: set[str] = set()
        pairs: dict[str, set[str]] = {}
        for term in terms:
            words = sorted(set(WORD_TOKEN.findall(term)), key=lambda w: (w in _COMMON, -len(w), w))
            if len(words) < 2:
                single.update(words or [term])
            else:
                pairs.setdefault(words[0], set()).add(words[1])
        return cls(frozenset(single), {k: frozenset(v) for k, v in pairs.items()})

    def __or__(self, other: KeyWords) -> KeyWords:
        pairs = {k: frozenset(v) for k, v in self.pairs.items()}
        for k, v in other.pairs.items():
            pairs[k] = pairs.get(k, frozenset()) | v
        return KeyWords(self.single | other.single, pairs)

    def any_in(self, words: frozenset[str]) -> bool:
        if not words.isdisjoint(self.single):
            return True
        if words.isdisjoint(self.pair_keys):
            return False
        for word in words & self.pair_keys:
            if not words.isdisjoint(self.pairs[word]):
                return True
        return False


@cache
def _raw() -> dict:
    return tomllib.loads(files("footprint.rules").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8"))


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of one language ("en" or "fr")."""
    data = _raw()
    entries: dict[str, Entry] = {}

    def add(terms: list[str], expand: bool = True, **changes: object) -> None:
        for raw in terms:
            term = " ".join(_spaced(fold(raw)).split())
            if not term:
                continue
            _merge(entries, term, changes)
            plural = _plural(term) if expand else None
            if plural:
                # A plural takes the singular's properties, except those its own entry sets.
                _merge(entries, plural, changes, keep=True)

    ent, asp, grv = data["entities"], data["aspects"], data["grievances"]
    add(ent[f"strong_{lang}"], context=2, entity=True)
    add(ent[f"weak_{lang}"], context=1, entity=True)
    add(ent[f"hint_{lang}"], expand=False, context=0.5)
    add(asp[f"settings_{lang}"], context=2)
    add(asp[f"strong_{lang}"], context=2)
    add(asp[f"weak_{lang}"], context=1)
    add(grv[f"strong_{lang}"], context=2)
    add(grv[f"weak_{lang}"], context=1)
    for weight, terms in data["valence"][lang].items():
        add(terms, valence=float(weight))
    add(data["contempt"][lang], contempt=True)
    add(data["needs"][lang], need=True)
    add(data["negators"][lang], expand=False, negator=True)
    add(data["lack"][lang], expand=False, lack=True)
    add(data["post_lack"][lang], expand=False, post_lack=True)
    add(data["troubles"][lang], expand=False, trouble=True)
    add(data["contrast"][lang], expand=False, contrast=True)
    add(data["boosters"][lang], expand=False, boost=BOOST)
    add(data["boosters"][f"dampeners_{lang}"], expand=False, boost=DAMPEN)
    add(ent[f"fragile_{lang}"], expand=False, fragile=True)
    add(data["off_work"][lang], off_work=True)
    add(data["neutral"][lang], expand=False, neutral=True)
    mistreatment = data["mistreatment"]
    objects = [(obj, float(w)) for w, objs in mistreatment[f"objects_{lang}"].items() for obj in objs]
    kinds = (("verbs_strong", 2, MISTREATMENT), ("verbs", 1, MISTREATMENT), ("verbs_open", 1, None))
    for key, context, default in kinds:
        verbs = mistreatment[f"{key}_{lang}"]
        if default is not None:
            add(verbs, expand=False, context=context, valence=default)
        for verb in verbs:
            add([f"{verb} {obj}" for obj, _w in objects if _w < 0], expand=False, context=context)
            for obj, weight in objects:
                # Treated "like dirt", « comme des chiens » (-4): contempt, an insult-level finding.
                changes = {"valence": weight, "contempt": weight <= DEGRADING}
                _merge(entries, " ".join(_spaced(fold(f"{verb} {obj}")).split()), changes)
    for entry in entries.values():
        if entry.contempt and entry.valence is None:
            entry.valence = -3.0
    context_words = KeyWords.of([t for t, e in entries.items() if e.context >= 1])
    negative_words = KeyWords.of(
        [t for t, e in entries.items() if (e.valence is not None and e.valence < 0) or e.contempt]
    )
    reversible_words = KeyWords.of(
        [t for t, e in entries.items() if (e.valence is not None and e.valence > 0) or e.need]
    )
    # Every word of a negator: "don't" is split into "don" and "t" by the word split.
    negator_words = frozenset(
        w for t, e in entries.items() if e.negator or e.lack for w in WORD_TOKEN.findall(t)
    )
    matcher = PhraseMatcher(entries)
    return Lexicon(matcher, context_words, negative_words, reversible_words, negator_words)


@dataclass(frozen=True)
class _Precheck:
    """Set tests on the post's words that rule most posts out before any matching."""

    context: KeyWords  # of cues weighing 1 or more (hints alone never add up)
    negative: KeyWords
    reversible: KeyWords
    negators: frozenset[str]

    def could_be_negative(self, words: frozenset[str]) -> bool:
        if self.negative.any_in(words):
            return True
        return not words.isdisjoint(self.negators) and self.reversible.any_in(words)

    def could_be_about_work(self, words: frozenset[str]) -> bool:
        # Hints ("they", « ici ») weigh 0.5 at most in all, so a post needs one of these words.
        # (Two lacks of context-free needs, "no support, no respect", are let go here.)
        return self.context.any_in(words)


@cache
def _precheck() -> _Precheck:
    en, fr = lexicon("en"), lexicon("fr")
    return _Precheck(
        en.context_words | fr.context_words,
        en.negative_words | fr.negative_words,
        en.reversible_words | fr.reversible_words,
        en.negator_words | fr.negator_words,
    )


@cache
def _organization_terms() -> tuple[TermMatcher[None], frozenset[str]]:
    """Organization abbreviations as targets ("ESDC management is a clown show"), matched
    case-sensitively, and their folded forms for a cheap pre-check on the post's words."""
    names: set[str] = set()
    for org in _data.organizations():
        for key in ("abbr_en", "abbr_fr"):
            value = (org.get(key) or "").strip()
            if len(value) >= 3 and value.isupper():
                names.add(value)
    return TermMatcher(names), frozenset(fold(name) for name in names)


_FR_FUNCTION = frozenset(
    "le la les des est et je j pas une du que qui qu mon ma mes notre nos nous vous ce cette ces avec pour dans"
    " sur au aux c l d n ca tres mais tout plus sont ai suis etre avoir on ils elles leur fait ici".split()
)
_EN_FUNCTION = frozenset(
    "the is are and to of my i you it this that with for in on was be have not but they we our been what"
    " when there their them just so at do does don about here if".split()
)


def _languages(subject: Subject, words: frozenset[str]) -> tuple[str, ...]:
    declared = (subject.language or "").lower()[:2]
    en, fr = len(words & _EN_FUNCTION), len(words & _FR_FUNCTION)
    if declared in LANGUAGES:
        other = "fr" if declared == "en" else "en"
        return (declared, other) if (en if other == "en" else fr) >= 3 else (declared,)
    if en >= 2 and fr >= 2:
        return ("en", "fr") if en >= fr else ("fr", "en")
    return ("fr",) if fr > en else ("en",)


@dataclass(slots=True)
class Item:
    start: int
    end: int
    clause: int
    valence: float = 0.0
    context: float = 0.0
    entity: bool = False
    contempt: bool = False
    clear: bool = False  # clearly negative on its own (-2 or beyond), not only by intensity
    critique: bool = False  # a negative word about the workplace, not only the author's mood


@dataclass(slots=True)
class Reading:
    """What the workplace rules see in one post."""

    items: list[Item] = field(default_factory=list)
    # Clauses: sentences, cut again before "but" / « mais ». `turns[c]` is True when clause c
    # opens with such a contrast, which also keeps it apart from the clause before.
    clause_valence: list[float] = field(default_factory=list)
    turns: list[bool] = field(default_factory=list)
    context: float = 0.0
    valence: float = 0.0


_LAST: list[object] = [None, None, None]


def read(subject: Subject, folded: str) -> Reading | None:
    """Read a post once for both rules: the analyzer hands them the same subject and folded
    text, so the last reading is kept (one analyzer per thread, as for `text_words`). None when
    the post cannot be a workplace critique (no workplace word, or no negative word)."""
    if _LAST[0] is folded and _LAST[1] is subject:
        return _LAST[2]  # type: ignore[return-value]
    reading = _read(subject, folded)
    _LAST[0], _LAST[1], _LAST[2] = folded, subject, reading
    return reading


def _read(subject: Subject, folded: str) -> Reading | None:
    words = text_words(folded)
    precheck = _precheck()
    org_matcher, org_words = _organization_terms()
    names_org = not words.isdisjoint(org_words)
    if not (names_org or precheck.could_be_about_work(words)) or not precheck.could_be_negative(words):
        return None
    organizations = org_matcher.find(subject.fields["text"]) if names_org else []
    langs = _languages(subject, words)
    spaced = _spaced(folded)
    found = lexicon(langs[0]).matcher.find(spaced)
    for other in langs[1:]:
        taken = [(s, e) for s, e, _t, _v in found]
        found += [
            m for m in lexicon(other).matcher.find(spaced) if not any(m[0] < e and s < m[1] for s, e in taken)
        ]
        found.sort(key=lambda m: m[0])
    cuts = sorted({start for start, _e, _t, entry in found if entry.contrast and not entry.neutral})
    spans: list[tuple[int, int]] = []
    turns: list[bool] = []
    for first, last in list(sentences(folded)) or [(0, len(folded))]:
        begin, turned = first, False
        for cut in cuts:
            if first <= cut < last:
                if folded[begin:cut].strip():
                    spans.append((begin, cut))
                    turns.append(turned)
                begin, turned = cut, True
        spans.append((begin, last))
        turns.append(turned)
    if not spans:
        spans, turns = [(0, len(folded))], [False]
    off_work = any(entry.off_work for _s, _e, _t, entry in found)

    reading = Reading(clause_valence=[0.0] * len(spans), turns=turns)
    negator_end, lack_end, boost_end = -1, -1, -(10**9)
    lack_item: Item | None = None
    need_item: Item | None = None  # the last need not yet reversed: "salary" in "salary is very low"
    need_item_term = ""
    lacked: tuple[Item, float, float] | None = None  # the last lacked need, its context before
    boost = 1.0
    clause = 0
    hints = 0.0
    seen_context: set[str] = set()
    for start, end, term, entry in found:
        while clause + 1 < len(spans) and start >= spans[clause + 1][0]:
            clause += 1
        if entry.neutral:
            continue
        if entry.trouble and lacked is not None and _reverses(folded, lacked[0].end, start, 1):
            # "no salary issues": the lack was of a trouble, not of the salary.
            need, context_before, context_after = lacked
            need.valence, need.clear, need.critique, need.context = 0.0, False, False, context_before
            reading.context -= context_after - context_before
            lacked = None
            continue
        item = Item(start, end, clause)
        if entry.context and not (entry.fragile and off_work) and term not in seen_context:
            seen_context.add(term)
            if entry.context < 1:
                hints += entry.context
            else:
                reading.context += entry.context
            item.context, item.entity = entry.context, entry.entity
        if entry.valence is not None or entry.need:
            base = valence = entry.valence or 0.0
            negated = _reverses(folded, negator_end, start)
            lacking = entry.need and (negated or _reverses(folded, lack_end, start))
            boosted = 0 <= start - boost_end <= BOOST_WINDOW
            if boosted and not _PUNCTUATION.search(folded, boost_end, start):
                valence *= boost
            if lacking:
                # "no recognition", "don't feel valued", "poor salary", « aucune reconnaissance »
                context_before = item.context
                _lacking(reading, item, seen_context, term, valence)
                lacked = (item, context_before, item.context)
                valence = item.valence
                if lack_item is not None and not negated:  # "poor" in "poor salary" counts once
                    lack_item.valence, lack_item.clear, lack_item.critique = 0.0, False, False
            elif negated:
                if valence > 0:
                    valence = -min(valence, 2.0)  # "not good", "not very happy"
                else:
                    valence = -0.4 * valence  # "not bad", "no favouritism"
            item.valence = valence
            item.contempt = entry.contempt and not negated
            reversed_ = negated or lacking
            item.clear = (base <= -2.0 and not reversed_) or (reversed_ and valence <= -2.0)
            item.critique = item.clear or (base <= MILD and not reversed_)
            if reversed_:
                negator_end = lack_end = -1  # one word reversed: "doesn't address our issues"
        if entry.post_lack and need_item is not None and _reverses(folded, need_item.end, start):
            # "salary is very low", « le salaire est ridicule »: the lack follows the need.
            _lacking(reading, need_item, seen_context, need_item_term)
            if not any(i is need_item for i in reading.items):
                reading.items.append(need_item)
            item.valence, item.clear, item.critique = 0.0, False, False
            need_item = None
        elif entry.need and not (item.valence < 0):
            need_item, need_item_term = item, term
        if entry.negator:
            negator_end = end
        if entry.lack:
            lack_end = end
            lack_item = item if item.valence else None
        if entry.boost:
            boost_end, boost = end, entry.boost
        if item.valence or item.context:
            reading.items.append(item)
    reading.context += min(hints, HINT_CAP)
    for start, end, _term, _value in organizations:
        # An organization abbreviation names a GC organization: a target, but of which the
        # author may be a client, so it counts as an ambiguous context cue.
        where = next((i for i in range(len(spans) - 1, -1, -1) if spans[i][0] <= start), 0)
        reading.items.append(Item(start, end, where, context=1.0, entity=True))
        reading.context += 1.0
    # "but" / « mais »: the clause after the contrast outweighs the one before ("long day, but
    # my team pulled through"), also across a sentence end ("Long day. But we got there").
    for item in reading.items:
        if not item.valence:
            continue
        if turns[item.clause]:
            item.valence *= AFTER_CONTRAST
        if item.clause + 1 < len(turns) and turns[item.clause + 1]:
            item.valence *= BEFORE_CONTRAST
        reading.clause_valence[item.clause] += item.valence
    reading.valence = sum(reading.clause_valence)
    return reading


def _lacking(reading: Reading, item: Item, seen: set[str], term: str, valence: float = 0.0) -> None:
    """Make a need a grievance ("no promotions", "salary is very low"): negative, and a workplace
    cue, since a lack of what an employer gives is about work."""
    item.valence = -max(2.5, valence + 1.5)
    item.clear = item.critique = True
    raised = min(2.0, item.context + 1.0) if item.context else LACK_CONTEXT
    if term in seen:
        reading.context += raised - item.context
    else:
        seen.add(term)
        reading.context += raised
    item.context = raised


def _reverses(folded: str, marker_end: int, start: int, words: int = NEGATION_WORDS) -> bool:
    """True when a negator or lack marker ending at `marker_end` governs the word at `start`:
    at most a few words between, and no punctuation."""
    if marker_end < 0 or start < marker_end or start - marker_end > _GAP_CHARS:
        return False
    gap = folded[marker_end:start]
    return len(gap.split()) <= words and not _PUNCTUATION.search(gap)


def _neighbours(reading: Reading, clause: int) -> set[int]:
    """The clause and those next to it that a contrast does not separate from it."""
    near = {clause}
    if clause > 0 and not reading.turns[clause]:
        near.add(clause - 1)
    if clause + 1 < len(reading.turns) and not reading.turns[clause + 1]:
        near.add(clause + 1)
    return near


def _critique(reading: Reading) -> list[Item] | None:
    """The items of a sustained employer critique (WRK002), or None."""
    if reading.context < CONTEXT_NEEDED or reading.valence > WRK002_POST_VALENCE:
        return None
    with_context = {i.clause for i in reading.items if i.context}
    critical = [c for c, v in enumerate(reading.clause_valence) if v <= WRK002_CRITICAL_CLAUSE]
    linked = [c for c in critical if with_context & _neighbours(reading, c)]
    if not linked:
        return None
    near = set().union(*(_neighbours(reading, c) for c in linked))
    items = [i for i in reading.items if i.clause in near and (i.context >= 1 or i.valence < 0)]
    clear = any(i.clear for i in items)
    if not clear and sum(i.valence for i in items if i.critique) > WRK002_ACCUMULATED:
        return None
    return items


def _insults(reading: Reading) -> list[Item] | None:
    """Insult or strong contempt and a person or unit at work in one clause (WRK001)."""
    for clause, valence in enumerate(reading.clause_valence):
        if valence > WRK001_CLAUSE_VALENCE:
            continue
        in_clause = [i for i in reading.items if i.clause == clause]
        contempt = [i for i in in_clause if i.contempt]
        if not contempt:
            continue
        targets = [
            i for i in in_clause if i.entity and (i.context >= 2 or reading.context >= CONTEXT_NEEDED)
        ]
        if targets:
            return sorted(targets + contempt, key=lambda i: i.start)
    return None


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
        reading = read(subject, text_folded)
        if reading is None:
            return
        items = _insults(reading)
        if items:
            yield RuleHit(
                evidence=tuple(evidence(subject, "text", i.start, i.end) for i in items),
                message="Uses strongly negative or insulting words about colleagues, a team, a manager or the organization.",
            )


class EmployerCritique(Rule):
    """Sustained negative critique of your employer, management or working conditions.

    Posts that run down your employer without insulting anyone ("management doesn't care about
    employees, we're treated like robots", « aucune reconnaissance, on est traités comme des
    numéros ») can still hurt the work environment and public trust, even from an anonymous
    account, and screenshots travel. Mild or constructive remarks ("frustrating meeting, but
    we'll sort it out", "the systems could be better") are not flagged. Raise the concern with
    your manager or through internal recourse; the Employee Assistance Program can help with
    stress and burnout.
    """

    code = "WRK002"
    name = "employer-critique"
    category = "workplace_criticism"
    severity = Severity.LOW
    confidence = Confidence.LOW
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.MANAGER, gd.EAP, gd.OMBUD)
    action = (
        "Consider removing or rewording the post; raise the concern with your manager, the Ombud or "
        "internal recourse, and reach out to the Employee Assistance Program if work is wearing you down."
    )
    examples_flagged = (
        "Management here does not care about employees. We are treated like robots.",
        "Aucune reconnaissance de la direction, on est traités comme des numéros.",
    )
    examples_not_flagged = (
        "Frustrating meeting today, but we'll sort it out.",
        "The systems at work could be better.",
        "Réunion interminable ce matin... mais on a fini par trouver une solution.",
    )

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        text_folded = folded.get("text")
        if not text_folded:
            return
        reading = read(subject, text_folded)
        if reading is None or _insults(reading):
            return  # nothing here, or WRK001 reports it
        items = _critique(reading)
        if not items:
            return
        strong = reading.valence <= 2 * WRK002_POST_VALENCE and any(i.context >= 2 for i in items)
        yield RuleHit(
            evidence=tuple(evidence(subject, "text", i.start, i.end) for i in items[:8]),
            message="Runs down the employer, management or working conditions in strongly negative terms.",
            confidence=Confidence.MEDIUM if strong else Confidence.LOW,
        )


RULES: tuple[type[Rule], ...] = (WorkplaceInsult, EmployerCritique)
