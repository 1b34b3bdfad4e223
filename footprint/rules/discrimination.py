"""Hateful, discriminatory, degrading or harassing content (DIS0xx), in English and French.

The guidance asks public servants to weigh whether a post could be seen as discriminatory or
harassing, and to respect the dignity of all people. These rules look for slurs, dehumanising
generalisations about a group ("X are vermin", « les X sont des rats »), calls to expel a group
and hate slogans, threats, and insults aimed at a person.

What is NOT flagged: identity words on their own ("gay", "Black", "Muslim", "trans",
"autochtone", "juif" are ordinary words, see tests/rules/test_fairness.py), quoting or countering
hate ("stop calling people ...", "... is a slur", « arrêtez de dire ... », a slur in quotation marks
after "he said"), self-talk ("I'm such an idiot"), remarks about things ("this printer is
useless", « c'est nul ») and negated insults ("you're not stupid").

The word lists live in `data/harassment_lexicon.toml`. The text is split into words once and the
words are looked up in one index, so the cost does not grow with the size of the lexicon.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from footprint import guidance as gd
from footprint.records import Confidence, Evidence, RuleHit, Severity, Subject
from footprint.rules.base import Rule, evidence, negated, sentences, text_words
from footprint.text import fold

LEXICON_FILE = "harassment_lexicon.toml"
# Sections of phrases, matched exactly; single words of the other sections also match their plural.
_PHRASE_SECTIONS = {
    "innocent", "aimed_phrases", "exclusion", "exclusion_verbs", "exclusion_after", "hostility", "countering",
    "reporting", "generic_groups", "migration_terms", "invasion_words",
}
_TOKEN = re.compile(r"@[\w.]+|[^\W_]+(?:\*+[^\W_]+)*")

_SECOND = frozenset({"you", "u", "ya", "yu", "ur", "youre", "yall", "thou", "tu", "toi", "vous", "ti"})
_DEMONSTRATIVE = frozenset({
    "this", "that", "these", "those", "ce", "cet", "cette", "ces", "quel", "quelle", "quels", "quelles",
    "bande",
})
# Nouns after which "mongol" is the adjective of a people ("le président mongol", « la cuisine
# mongole »), not an insult.
_PEOPLE_NOUNS = frozenset({
    "empire", "peuple", "cuisine", "langue", "president", "presidents", "homologue", "homologues",
    "barbecue", "bbq", "horde", "hordes", "armee", "steppe", "steppes", "origine", "nationalite",
    "ethnie", "gouvernement", "ambassade", "ambassadeur", "culture", "art", "musique", "chant",
    "lutte", "yourte", "cheval", "chevaux", "invasion", "invasions", "conquete", "dynastie",
})
_COPULA = frozenset({"is", "s", "was", "are", "re", "r", "were", "est", "es", "etes", "sont", "etait", "etais", "etaient"})
_FILLER = frozenset({
    "a", "an", "the", "such", "so", "total", "complete", "absolute", "real", "big", "biggest", "huge",
    "just", "really", "very", "like", "all", "only", "literally", "actually", "still", "always",
    "un", "une", "des", "vraiment", "tellement", "trop", "vrai", "vraie", "sacre", "sacree", "bien",
    "qu", "que", "juste", "tous", "toutes", "comme", "completement", "totalement", "grave", "la", "le",
    "de", "d", "du", "one", "fucking", "fuckin", "f*cking", "effing", "freaking", "friggin", "damn",
    "stupid", "dumb", "little", "lil", "ass",
})
_PERSON = frozenset({
    "he", "she", "you", "u", "they", "ur", "ya", "yall", "il", "elle", "tu", "vous", "ils", "elles",
    "guy", "guys", "dude", "man", "woman", "girl", "boy", "chick", "lady", "bro", "kid", "person",
    "mec", "type", "gars", "meuf", "fille", "femme", "gamin", "gamine", "keum", "pm", "president",
    "premier", "minister", "ministre", "mayor", "maire", "leader", "chef", "boss", "patron", "patronne",
    "mother", "mom", "father", "dad", "sister", "brother", "wife", "husband", "ex", "bf", "gf",
    "boyfriend", "girlfriend", "neighbour", "neighbor", "voisin", "voisine", "prof", "teacher",
    "coach", "ref", "referee", "arbitre",
})
_FIRST_PERSON = frozenset({"i", "im", "je", "j", "me", "moi", "we", "nous", "on", "myself"})
_NON_PERSON = frozenset({
    "this", "that", "it", "there", "here", "what", "which", "who", "life", "karma", "love", "work",
    "school", "today", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "traffic", "weather", "everything", "something", "nothing", "anything",
    "c", "ca", "cela", "ceci", "tout", "rien", "twitter", "facebook", "instagram", "tiktok",
    "game", "movie", "film", "show", "season", "team", "song", "music", "album", "news", "internet",
    "world", "covid", "2020", "2021", "2022", "2023", "2024", "2025", "class", "winter", "summer",
})
_NOUN_DETERMINERS = frozenset({
    "l", "le", "la", "les", "un", "une", "des", "d", "de", "du", "ce", "cet", "cette", "ces", "ton", "ta",
    "tes", "ses", "sale", "sales", "espece", "bande", "vos", "votre",
})
_REFLEXIVE = frozenset({"s", "m", "se", "me", "te", "y", "nous", "vous"})
_EN_CONTRACTIONS = frozenset({"don", "can", "won", "isn", "didn", "doesn", "aren", "wasn", "weren", "couldn", "wouldn", "shouldn", "ain", "haven", "hasn"})
_T_VERBS = frozenset({"es", "as", "etais", "vas", "fais", "etait"})
_FR_FUNCTION = frozenset({
    "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "que", "qui", "pas", "je", "tu", "il",
    "elle", "nous", "vous", "ils", "c", "j", "l", "d", "qu", "n", "sur", "dans", "pour", "avec", "mais",
    "ce", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "au", "aux", "ne", "sont",
    "ai", "suis", "fait", "tout", "plus", "bien", "tres", "aussi", "comme", "quand", "moi", "toi", "ca",
    "en", "encore", "deja", "toujours", "merci", "bonjour", "oui", "non", "avoir", "etre", "ete", "sont",
})
_EN_FUNCTION = frozenset({
    "the", "an", "and", "is", "are", "was", "that", "this", "of", "to", "in", "it", "you", "i", "he",
    "she", "we", "they", "my", "your", "for", "with", "not", "be", "have", "has", "do", "what", "so",
    "but", "just", "me", "at", "if", "all", "from", "will", "can", "his", "her", "them", "like", "get",
})

_THREAT_TRIGGERS = frozenset({
    "kill", "killed", "killing", "murder", "shoot", "shot", "stab", "hang", "hanged", "hung", "lynch",
    "lynched", "burn", "burned", "burnt", "die", "dies", "rape", "raped", "beat", "slap", "punch",
    "hurt", "behead", "gas", "gassed", "exterminate", "exterminated", "eradicate", "kys", "strangle",
    "choke", "execute", "executed", "death", "dead", "live", "back", "numbered", "neck", "break",
    "cut", "wipe", "fuck", "tuer", "tue", "tues", "buter", "bute", "crever", "creve", "crevez",
    "defoncer", "egorger", "massacrer", "fusiller", "fusilles", "pendre", "pendus", "gazer", "gazes",
    "bruler", "brules", "violer", "frapper", "cogner", "exterminer", "mort", "mourir", "meurs",
    "retrouver", "habites", "casser", "peter", "planter", "eliminer", "abattre", "noyer", "saigner",
    "suicide", "pends", "merites", "meritent", "merite", "fumer", "trouer", "eclater", "cancer", "aids",
    "rot", "rots", "drown", "drowns", "burns", "chokes",
})
# Words before an exclusion verb that make it a call ("we should deport ...", « il faut expulser »)
# rather than a report ("the government will deport ...").
_CALL_MARKERS = frozenset({
    "should", "must", "need", "needs", "let", "lets", "gotta", "have", "just", "please",
    "time", "faut", "doit", "doivent", "devrait", "devraient", "devrions", "faudrait", "allez", "on",
    "want", "wanna", "we", "veux", "voudrais",
})
_IMPERATIVES = frozenset({"expulsez", "expulsons", "renvoyez", "renvoyons", "virez", "degagez", "interdisez", "dehors"})


@dataclass(frozen=True)
class _Lexicon:
    # one word -> its entry; first two words -> (phrase words, kinds, language it is bound to),
    # longest phrases first
    single: Mapping[str, tuple[tuple[tuple[str, ...], frozenset[str], str | None], ...]]
    double: Mapping[tuple[str, str], tuple[tuple[tuple[str, ...], frozenset[str], str | None], ...]]
    # A text is skipped unless it has a word of a phrase that can flag on its own ("anchors"), or
    # both a group word and a word of a phrase that flags next to a group ("dependent").
    anchors: frozenset[str]
    group_anchors: frozenset[str]
    dependent_anchors: frozenset[str]
    group_pattern: str

    def worth_scanning(self, words: frozenset[str]) -> bool:
        if not self.anchors.isdisjoint(words):
            return True
        return not self.dependent_anchors.isdisjoint(words) and not self.group_anchors.isdisjoint(words)


# Sections that can start a flag on their own or with context; the others only give context.
_TRIGGER_SECTIONS = frozenset({
    "slurs", "slurs_in_context", "slurs_as_noun", "insults_strong", "insults", "insult_adjectives",
    "insults_as_noun", "aimed_phrases", "exclusion", "invasion_words",
})
# Sections that flag only next to a group term ("immigrants are vermin", "deport all X").
_GROUP_SECTIONS = frozenset({
    "dehumanising", "dehumanising_strong", "contempt", "contempt_after", "hostility", "exclusion_verbs",
    "exclusion_after",
})


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(m.group(0) for m in _TOKEN.finditer(fold(phrase)))


def _plurals(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    last = words[-1]
    if len(last) <= 2:
        # "pd" + "s" is "PDS", an acronym far more often than a plural (a personal data server).
        return []
    if last.endswith(("s", "x", "z", "ch", "sh")):
        extra = [last + "es"] if last.endswith(("ch", "sh", "ss", "x", "z")) else []
    else:
        extra = [last + "s"]
    return [(*words[:-1], e) for e in extra]


_COMMON = _FR_FUNCTION | _EN_FUNCTION | _SECOND | _FILLER | _COPULA | frozenset({
    "of", "in", "out", "up", "by", "back", "go", "now", "over", "us", "these", "those", "people", "des",
    "les", "aux", "par", "off", "on", "get", "one", "no", "more", "stop", "all", "it", "with", "have",
    "need", "should", "must", "keep", "down", "where", "came", "come", "she", "home", "country",
    "canada", "france", "government", "control", "women", "white", "men", "leave", "belong", "think",
})


def _anchor(words: tuple[str, ...]) -> str:
    """The word of a phrase to look for first: the longest one that is not a common word."""
    rare = [w for w in words if w not in _COMMON]
    return max(rare or words, key=len)


def _read() -> dict[str, dict[str, list[str]]]:
    text = files("footprint.rules").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def lexicon() -> _Lexicon:
    data = _read()
    kinds: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for section, by_language in data.items():
        if section == "language_bound":
            continue
        for entries in by_language.values():
            for entry in entries:
                words = _words(entry)
                if not words:
                    continue
                kinds[words].add(section)
                if section not in _PHRASE_SECTIONS:
                    for plural in _plurals(words):
                        kinds[plural].add(section)
    language_of = {}
    for language, entries in data.get("language_bound", {}).items():
        for entry in entries:
            language_of[_words(entry)] = language
    single: dict[str, list[tuple[tuple[str, ...], frozenset[str], str | None]]] = defaultdict(list)
    double: dict[tuple[str, str], list[tuple[tuple[str, ...], frozenset[str], str | None]]] = defaultdict(list)
    anchors, group_anchors, dependent = set(), set(), set()
    for words, sections in kinds.items():
        entry = (words, frozenset(sections), language_of.get(words))
        if len(words) == 1:
            single[words[0]].append(entry)
        else:
            double[(words[0], words[1])].append(entry)
        if sections & _TRIGGER_SECTIONS:
            anchors.add(_anchor(words))
        if sections & _GROUP_SECTIONS:
            dependent.add(_anchor(words))
        if sections & {"groups", "generic_groups"}:
            group_anchors.add(words[-1])
    groups = sorted(
        {" ".join(_words(e)) for entries in data["groups"].values() for e in entries}, key=len, reverse=True
    )
    group_pattern = "|".join(re.escape(g).replace(r"\ ", r"[\s'-]+") for g in groups)
    return _Lexicon(
        single={k: tuple(v) for k, v in single.items()},
        double={k: tuple(sorted(v, key=lambda c: len(c[0]), reverse=True)) for k, v in double.items()},
        anchors=frozenset(anchors),
        group_anchors=frozenset(group_anchors),
        dependent_anchors=frozenset(dependent),
        group_pattern=group_pattern,
    )


@dataclass(slots=True)
class _Match:
    kinds: frozenset[str]
    first: int
    last: int
    start: int
    end: int
    text: str


_NO_KINDS: frozenset[str] = frozenset()


class _Text:
    """A text split into words, with the lexicon entries found in it."""

    __slots__ = ("text", "folded", "words", "starts", "ends", "matches", "by_kind", "word_kinds",
                 "starting", "ending", "_sentence", "_spans")

    def __init__(self, text: str, folded: str, words: list[str], starts: list[int], ends: list[int]) -> None:
        self.text = text
        self.folded = folded
        self.words = words
        self.starts = starts
        self.ends = ends
        self.matches: list[_Match] = []
        self.by_kind: dict[str, list[_Match]] = {}
        self.word_kinds: dict[int, frozenset[str]] = {}
        self.starting: dict[int, list[_Match]] = {}
        self.ending: dict[int, list[_Match]] = {}
        self._sentence: list[int] | None = None
        self._spans: list[tuple[int, int]] | None = None

    @property
    def sentence_spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = list(sentences(self.folded)) or [(0, len(self.folded))]
        return self._spans

    @property
    def sentence(self) -> list[int]:
        if self._sentence is None and not any(c in self.folded for c in ".!?;\n"):
            self._sentence = [0] * len(self.words)  # one sentence: no need to split
            self._spans = [(0, len(self.folded))]
        if self._sentence is None:
            spans = self.sentence_spans
            index, k, last = [], 0, len(spans) - 1
            for s in self.starts:
                while k < last and s >= spans[k][1]:
                    k += 1
                index.append(k)
            self._sentence = index
        return self._sentence

    def starting_with(self, i: int, kind: str) -> _Match | None:
        return next((m for m in self.starting.get(i, ()) if kind in m.kinds), None)

    def ending_with(self, i: int, kind: str) -> _Match | None:
        return next((m for m in self.ending.get(i, ()) if kind in m.kinds), None)

    def kinds_at(self, i: int) -> frozenset[str]:
        return self.word_kinds.get(i, _NO_KINDS)

    def same_sentence(self, i: int, j: int) -> bool:
        n = len(self.words)
        return 0 <= i < n and 0 <= j < n and self.sentence[i] == self.sentence[j]

    def is_mention(self, i: int) -> bool:
        return self.words[i].startswith("@")

    def capitalised(self, i: int) -> bool:
        return self.text[self.starts[i]].isupper()


def _language(words: list[str], declared: str | None) -> str | None:
    if declared:
        code = declared.lower()[:2]
        if code in ("en", "fr"):
            return code
    french = sum(1 for w in words if w in _FR_FUNCTION)
    english = sum(1 for w in words if w in _EN_FUNCTION)
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return None


_LAST: list[object] = [None, None, None]


def _analyse(text: str, folded: str, declared: str | None) -> _Text:
    """The words of `folded` and the lexicon entries among them; the rules of one subject share it."""
    if _LAST[0] is folded and _LAST[1] == declared:
        return _LAST[2]  # type: ignore[return-value]
    analysed = _scan(text, folded, declared)
    _LAST[0], _LAST[1], _LAST[2] = folded, declared, analysed
    return analysed


def _scan(text: str, folded: str, declared: str | None) -> _Text:
    lex = lexicon()
    found = text_words(folded)
    if not lex.worth_scanning(found) and _THREAT_TRIGGERS.isdisjoint(found):
        return _Text(text, folded, [], [], [])
    tokens = list(_TOKEN.finditer(folded))
    words = [m.group(0) for m in tokens]
    starts = [m.start() for m in tokens]
    ends = [m.end() for m in tokens]
    analysed = _Text(text, folded, words, starts, ends)
    language: list[str | None] = []
    n = len(words)
    single, double = lex.single, lex.double
    for i, word in enumerate(words):
        candidates = single.get(word, ())
        if i + 1 < n:
            pair = double.get((word, words[i + 1]))
            if pair:
                candidates = pair + candidates
        for phrase, kinds, bound in candidates:
            size = len(phrase)
            if size > 2 and (i + size > n or tuple(words[i:i + size]) != phrase):
                continue
            if size > 1 and not analysed.same_sentence(i, i + size - 1):
                continue
            if bound:
                if not language:
                    language.append(_language(words, declared))
                if language[0] and bound != language[0]:
                    continue
            last = i + size - 1
            match = _Match(kinds, i, last, starts[i], ends[last], " ".join(phrase))
            analysed.matches.append(match)
            analysed.starting.setdefault(i, []).append(match)
            analysed.ending.setdefault(last, []).append(match)
            for kind in kinds:
                analysed.by_kind.setdefault(kind, []).append(match)
            if size == 1:
                analysed.word_kinds[i] = analysed.word_kinds.get(i, _NO_KINDS) | kinds
    return analysed


# -- context tests -----------------------------------------------------------------------------

_GAP_KINDS = {"contempt", "intensifiers", "insult_adjectives"}


def _gap_ok(t: _Text, i: int) -> bool:
    return t.words[i] in _FILLER or t.words[i] in _COPULA or bool(t.kinds_at(i) & _GAP_KINDS)


def _second_person(t: _Text, i: int) -> bool:
    word = t.words[i]
    if word in _SECOND:
        return True
    if word == "t" and i + 1 < len(t.words) and t.words[i + 1] in _T_VERBS:
        return i == 0 or t.words[i - 1] not in _EN_CONTRACTIONS
    if word == "espece":
        return True
    return False


def _addressed(t: _Text, first: int, window: int = 4) -> bool:
    """"you idiot", "u r a moron", "t'es con", "espèce de ...", or a reply opening "@name idiot"."""
    for j in range(first - 1, max(-1, first - 1 - window), -1):
        if not t.same_sentence(j, first):
            return False
        if _second_person(t, j) or t.is_mention(j):
            return True
        if not _gap_ok(t, j):
            return False
    return False


def _pointed(t: _Text, first: int, window: int = 3) -> bool:
    """"this idiot", "what a loser", « quelle conne », « ce con »."""
    for j in range(first - 1, max(-1, first - 1 - window), -1):
        if not t.same_sentence(j, first):
            return False
        word = t.words[j]
        if word in _DEMONSTRATIVE:
            return True
        if word == "what" and j + 1 < first and t.words[j + 1] in ("a", "an"):
            return True
        if not _gap_ok(t, j):
            return False
    return False


def _predicated(t: _Text, first: int, *, named: bool = True) -> bool:
    """"he is a clown", "Pat is useless", « il est con », « c'est un idiot » — not "I'm an idiot"."""
    for c in range(first - 1, max(-1, first - 6), -1):
        if not t.same_sentence(c, first):
            return False
        word = t.words[c]
        if word in _COPULA:
            break
        if not _gap_ok(t, c) or word in ("is", "are"):
            return False
    else:
        return False
    if c == 0 or not t.same_sentence(c - 1, c):
        return False
    subject = t.words[c - 1]
    if subject in _FIRST_PERSON or (subject == "m" and c >= 2 and t.words[c - 2] == "i"):
        return False
    if "groups" in t.kinds_at(c - 1) or "generic_groups" in t.kinds_at(c - 1):
        return False  # "immigrants are vermin" is a generalisation (DIS002), not a personal insult
    if subject == "c" and t.words[c] == "est":
        return c + 1 < first and t.words[c + 1] in ("un", "une")
    if subject in _PERSON or subject in _SECOND or t.is_mention(c - 1):
        return True
    if subject == "t" and t.words[c] == "es":
        return True
    if subject in _NON_PERSON or not named:
        return False  # "Management is useless" is about a thing; adjectives need a pronoun
    return t.capitalised(c - 1)


def _aimed(t: _Text, m: _Match, *, adjective: bool = False) -> bool:
    if negated(t.folded, m.start, window=16):
        return False
    if _addressed(t, m.first) or _predicated(t, m.first, named=not adjective):
        return True
    return not adjective and _pointed(t, m.first)


_SLUR_KINDS = {"slurs", "slurs_in_context", "slurs_as_noun", "insults_strong", "insults"}


def _qualified(t: _Text, m: _Match) -> bool:
    """An ambiguous slur used as an insult: aimed at someone, or qualified with contempt."""
    if _aimed(t, m):
        return True
    identity_like = "identity_like" in m.kinds
    before = m.first - 1
    if before >= 0 and t.same_sentence(before, m.first):
        kinds = t.kinds_at(before)
        if kinds & {"contempt", "intensifiers"}:
            return True
        if not identity_like and t.words[before] in ("yo", "your", "ur", "all", "them", "ass", "fuck", "fucking", "de", "d"):
            return True
        if not identity_like and kinds & _SLUR_KINDS:
            return True  # "bitch nigga hoe", "punk bitch"
    after = t.words[m.last + 1:m.last + 3]
    if after[:1] in (["ass"], ["be"]) or after == ["de", "merde"]:
        return True
    if t.folded[m.start - 1:m.start] == "#":
        return False
    if identity_like:
        # « va dormir mongol »: a sentence-final vocative, unless it describes a people.
        vocative = m.last + 1 >= len(t.words) or not t.same_sentence(m.last + 1, m.last)
        return (
            vocative and "slurs_as_noun" in m.kinds and not t.capitalised(m.first)
            and (before < 0 or t.words[before] not in _PEOPLE_NOUNS | _NOUN_DETERMINERS | _COPULA)
        )
    if after and _second_person(t, m.last + 1) and t.same_sentence(m.last + 1, m.first):
        return True  # "bitch you tried it", « attardé va »
    if after[:1] and t.same_sentence(m.last + 1, m.first) and t.kinds_at(m.last + 1) & _SLUR_KINDS:
        return True
    # A vocative: "..., bitch", "Life's not fair bitch", "@user woh attardé".
    sentence_end = m.last + 1 >= len(t.words) or not t.same_sentence(m.last + 1, m.last)
    comma_before = t.folded[max(0, m.start - 2):m.start].strip() == ","
    predicate = any(w in _COPULA for w in t.words[max(0, m.first - 4):m.first])
    if (sentence_end or comma_before) and not predicate and not _idiom(t, m):
        return before < 0 or t.words[before] not in _REFLEXIVE | _COPULA | {"a", "an", "the", "my", "his", "her", "their", "son", "mon", "ma", "sa"}
    return False


def _idiom(t: _Text, m: _Match) -> bool:
    """ "bitch about", "life's a bitch", "son of a bitch": the verb and the idioms."""
    if not m.text.startswith("bitch"):
        return False
    after = t.words[m.last + 1] if m.last + 1 < len(t.words) else ""
    before = t.words[max(0, m.first - 3):m.first]
    if after in ("about", "and", "at", "ing") or before[-3:] == ["son", "of", "a"]:
        return True
    return before[-1:] == ["a"] and not (_addressed(t, m.first) or _predicated(t, m.first))


def _as_noun(t: _Text, m: _Match, *, qualify: bool = True) -> bool:
    if "identity_like" in m.kinds and t.capitalised(m.first):
        return False  # "les Mongols", "l'Empire mongol" name a people
    before = m.first - 1
    if before < 0 or not t.same_sentence(before, m.first):
        return False
    word = t.words[before]
    if word in _REFLEXIVE:
        return False
    if word in _NOUN_DETERMINERS | {"mon", "ma"} and not (before >= 1 and t.words[before - 1] in _PEOPLE_NOUNS):
        return True
    return _qualified(t, m) if qualify else _aimed(t, m)


# -- quoting and countering ----------------------------------------------------------------------


def _innocent(t: _Text, m: _Match) -> bool:
    """Inside a fixed expression with an innocent meaning ("spic and span", « raton laveur »)."""
    return any(i.first <= m.first and m.last <= i.last for i in t.by_kind.get("innocent", ()))


def _countered(t: _Text, m: _Match) -> bool:
    """The sentence reports or counters the words instead of using them."""
    if _innocent(t, m):
        return True
    sentence = t.sentence[m.first]
    for cue in t.by_kind.get("countering", ()):
        if t.sentence[cue.first] == sentence and not (cue.first <= m.first <= cue.last):
            return True
    start, end = t.sentence_spans[sentence]
    if t.folded.count('"', start, m.start) % 2 == 1 and '"' in t.folded[m.end:end]:
        return "reporting" in t.by_kind  # 'he said "..."': a quotation, reported
    return False


def _spans(subject: Subject, matches: list[_Match]) -> tuple[Evidence, ...]:
    seen = sorted({(m.start, m.end) for m in matches})
    merged: list[tuple[int, int]] = []
    for s, e in seen:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return tuple(evidence(subject, "text", s, e) for s, e in merged)


def _text(subject: Subject, folded: Mapping[str, str]) -> _Text | None:
    value = folded.get("text")
    if not value:
        return None
    return _analyse(subject.fields["text"], value, subject.language)


class _DiscriminationRule(Rule):
    category = "discrimination_harassment"
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.VALUES_ETHICS, gd.MANAGER, gd.OMBUD)


class Slur(_DiscriminationRule):
    """Slur that demeans people for who they are.

    Slurs target people for their race, origin, religion, sex, sexual orientation, gender
    identity or disability. Used on a personal account they can be seen as discriminatory and
    harm trust in the public service, whatever the intent. Quoting a slur to report or counter it
    ("stop calling people ...", « arrêtez de dire ... ») is not flagged, nor are identity words
    ("gay", "Black", "Muslim", "juif").
    """

    code = "DIS001"
    name = "slur"
    severity = Severity.HIGH
    confidence = Confidence.HIGH
    action = "Delete the post. If it was a quote or a counter-argument, make that plain or leave the word out."
    examples_flagged = ("Look at this faggot lol", "Ferme-la, sale pute", "You dumb bitch")
    examples_not_flagged = (
        "Stop calling people retarded, it's a slur.",
        "Proud to be gay and Muslim.",
        "Je suis en retard ce matin.",
        "Bitch about the weather all you want, it's still snowing.",
    )

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        t = _text(subject, folded)
        if t is None or not t.matches:
            return
        hits = [m for m in t.by_kind.get("slurs", ()) if not _countered(t, m)]
        contextual = [
            m for m in t.by_kind.get("slurs_in_context", ())
            if "slurs" not in m.kinds and _qualified(t, m) and not _idiom(t, m) and not _countered(t, m)
        ]
        nouns = [m for m in t.by_kind.get("slurs_as_noun", ()) if _as_noun(t, m) and not _countered(t, m)]
        found = hits + contextual + nouns
        if not found:
            return
        yield RuleHit(
            evidence=_spans(subject, found),
            message="Uses a slur, a word that demeans people for their origin, religion, sex, sexuality, gender identity or disability.",
            confidence=Confidence.HIGH if hits else Confidence.MEDIUM,
        )


class DehumanisingGeneralisation(_DiscriminationRule):
    """Dehumanising or degrading generalisation about a group.

    Saying a group of people are animals, vermin, parasites, criminals or a disease ("X are
    rats", « les X sont des parasites »), or naming a group with contempt ("dirty ...", « sale
    ... »), is discriminatory content under the guidance. Naming a group is not: "Muslim",
    "immigrant", « autochtone » never flag on their own.
    """

    code = "DIS002"
    name = "dehumanising-generalisation"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = "Delete the post; consider whether other posts in the same thread say the same thing."
    examples_flagged = ("Immigrants are vermin.", "Les migrants sont des parasites", "Dirty Mexicans everywhere")
    examples_not_flagged = ("Immigrants are not criminals.", "Welcome to all refugees arriving this week!", "They are animals on the ice tonight!")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        t = _text(subject, folded)
        if t is None or not t.matches:
            return
        found = _generalisations(t) + _contemptuous_naming(t)
        found = [pair for pair in found if not _countered(t, pair[0])]
        if not found:
            return
        yield RuleHit(
            evidence=_spans(subject, [m for pair in found for m in pair]),
            message="Describes a group of people as less than human, or with a degrading generalisation.",
        )


_REPORTED_VIEW = frozenset({
    "treated", "called", "labelled", "labeled", "seen", "portrayed", "depicted", "described", "painted",
    "branded", "viewed", "considered", "traites", "traitees", "consideres", "considerees", "vus", "vues",
    "decrits", "presentes", "qualifies", "not", "never", "pas", "jamais", "aren", "no",
})
_GENERALISING_GAP = frozenset({"all", "just", "only", "nothing", "but", "like", "really", "tous", "toutes",
                               "des", "que", "ne", "n", "que", "juste", "comme", "tout", "simplement",
                               "basically", "literally", "such", "the", "a", "an", "so", "une", "un",
                               "de", "d", "vraiment", "fucking", "fuckin", "les", "le", "la", "l", "sont",
                               "are", "is", "that", "be", "gonna", "going", "to", "become", "turning", "into"})


def _generalisations(t: _Text) -> list[tuple[_Match, ...]]:
    found = []
    subjects = [(m, False) for m in t.by_kind.get("groups", ())]
    subjects += [(m, True) for m in t.by_kind.get("generic_groups", ()) if "groups" not in m.kinds]
    if not subjects:
        return found
    predicates = [*t.by_kind.get("dehumanising", ()), *t.by_kind.get("dehumanising_strong", ())]
    if not predicates:
        return found
    for group, vague in subjects:
        for c in range(group.last + 1, min(len(t.words), group.last + 4)):
            if not t.same_sentence(c, group.last) or t.words[c] in _REPORTED_VIEW:
                break
            if t.words[c] not in ("are", "r", "re", "is", "sont", "est", "=", "be"):
                continue
            for pred in predicates:
                if pred.first <= c or pred.first > c + 5 or not t.same_sentence(pred.first, c):
                    continue
                if vague and "dehumanising_strong" not in pred.kinds:
                    continue
                between = t.words[c + 1:pred.first]
                if any(w in _REPORTED_VIEW for w in between) or not all(w in _GENERALISING_GAP for w in between):
                    continue
                if negated(t.folded, pred.start, window=14):
                    continue
                found.append((group, pred))
                break
            break
    return found


_GROUP_LEAD = frozenset({"all", "the", "these", "those", "les", "ces", "des", "tous", "toutes", "every", "de", "d", "l"})


def _group_after(t: _Text, i: int, skip: int = 2) -> _Match | None:
    """A group term starting at word `i`, after at most `skip` words such as "all the", « les »."""
    for j in range(i, min(len(t.words), i + skip + 1)):
        if j >= len(t.words) or not t.same_sentence(j, i):
            return None
        group = t.starting_with(j, "groups")
        if group is not None:
            return group
        if t.words[j] not in _GROUP_LEAD:
            return None
    return None


def _contemptuous_naming(t: _Text) -> list[tuple[_Match, ...]]:
    """ "dirty Mexicans", « sale arabe », « arabe fainéant », "I hate Muslims", « marre des rebeus »."""
    found: list[tuple[_Match, ...]] = []
    for group in t.by_kind.get("groups", ()):
        contempt = t.ending_with(group.first - 1, "contempt")
        if contempt is not None and t.same_sentence(contempt.first, group.first):
            if not negated(t.folded, contempt.start, window=10):
                found.append((contempt, group))
                continue
        after = t.starting_with(group.last + 1, "contempt_after")
        if after is not None and t.same_sentence(after.first, group.last):
            found.append((group, after))
    for hostile in t.by_kind.get("hostility", ()):
        group = _group_after(t, hostile.last + 1)
        if group is not None and not negated(t.folded, hostile.start, window=10):
            found.append((hostile, group))
    return found


class ExclusionOrHateSlogan(_DiscriminationRule):
    """Call to expel or exclude a group, or a hate slogan.

    "Deport them all", "go back to your country", « rentrez chez vous », « dehors les ... »,
    hashtags such as #RefugeesNotWelcome, and white-supremacist or misogynist slogans single out
    people for who they are. Discussing immigration policy without targeting people is not
    flagged.
    """

    code = "DIS003"
    name = "exclusion-or-hate-slogan"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = "Delete the post, and check replies and reposts that carry the same slogan."
    examples_flagged = ("#DeportThemAll #BuildTheWall", "Go back to your own country!", "Dehors les migrants !")
    examples_not_flagged = ("The committee reviewed the refugee resettlement program.", "Je rentre chez moi après le travail.")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        t = _text(subject, folded)
        if t is None or not t.matches:
            return
        found: list[_Match] = [m for m in t.by_kind.get("exclusion", ()) if not _countered(t, m)]
        for verb in t.by_kind.get("exclusion_verbs", ()):
            group = _group_after(t, verb.last + 1)
            if group is None or not _a_call(t, verb):
                continue
            if not negated(t.folded, verb.start, window=12) and not _countered(t, verb):
                found += [verb, group]
        for group in t.by_kind.get("groups", ()):
            after = t.starting_with(group.last + 1, "exclusion_after")
            if after is not None and t.same_sentence(after.first, group.last) and not negated(t.folded, after.start, window=8):
                found += [group, after]
        invasion = t.by_kind.get("invasion_words")
        if invasion and t.by_kind.get("migration_terms"):
            found += [invasion[0], t.by_kind["migration_terms"][0]]
        if not found:
            return
        yield RuleHit(
            evidence=_spans(subject, found),
            message="Calls for excluding or expelling a group of people, or uses a hate slogan.",
        )


def _a_call(t: _Text, verb: _Match) -> bool:
    """ "Deport them!", "we should ban ...", « il faut expulser ... », « expulsez ... », a hashtag."""
    if t.words[verb.first] in _IMPERATIVES or t.folded[verb.start - 1:verb.start] == "#":
        return True
    if verb.first == 0 or not t.same_sentence(verb.first - 1, verb.first) or t.is_mention(verb.first - 1):
        return True
    return any(w in _CALL_MARKERS for w in t.words[max(0, verb.first - 3):verb.first])


_EN_SUBJECT = r"(?:i|we)(?:'ll|\s+will|'m\s+(?:going\s+to|gonna)|\s+am\s+(?:going\s+to|gonna)|m\s+gonna|\s+gonna|\s+wanna|\s+want\s+to|'re\s+(?:going\s+to|gonna))|imma|ima|i'?mma|i'?ma"
_EN_HARM = (
    r"(?:kill|murder|shoot|stab|strangle|choke|slap|punch|hurt|rape|behead|burn|lynch|hang)\s+(?:you|u|ya|y'all|yall|him|her|them|your|ur|this\s+\w+|that\s+\w+)"
    r"|beat\s+(?:you|u|ya|him|her|them)\s+(?:up|senseless|to\s+death)|beat\s+(?:your|ur|his|her|their)\s+(?:ass|face)"
    r"|(?:cut|slit)\s+(?:your|ur|his|her|their)\s+(?:head|throat|neck)|break\s+(?:your|ur|his|her)\s+(?:neck|legs?|face|jaw|arms?)"
    r"|fuck\s+(?:you|u|him|her|them)\s+up|smash\s+(?:your|ur|his|her)\s+(?:face|head)"
)
_FR_HARM = (
    r"(?:te|t'|vous|le|la|les|l')\s*(?:tuer|buter|crever|defoncer|egorger|massacrer|planter|frapper|violer|bruler|retrouver"
    r"|cogner|trouer|saigner|eclater|fumer|fusiller|pendre|noyer|abattre|casser\s+la\s+gueule|peter\s+la\s+gueule|refaire\s+le\s+portrait)"
)


@cache
def _threat_pattern() -> re.Pattern[str]:
    group = lexicon().group_pattern
    people = rf"(?:you|u|he|she|they|ya|y'all|yall|them|all\s+(?:the\s+|these\s+|those\s+)?(?:{group})|(?:the\s+|these\s+|those\s+)?(?:{group}))"
    die = (
        r"die|be\s+(?:killed|shot|hanged|hung|lynched|gassed|executed|burned|burnt|raped|beaten\s+to\s+death|put\s+down"
        r"|exterminated|eradicated|wiped\s+out|strung\s+up|burned\s+alive|burnt\s+alive|lined\s+up\s+and\s+shot)"
    )
    gens = rf"(?:tu|vous|il|elle|ils|elles|(?:les\s+|ces\s+)?(?:{group}))"
    call = (
        r"(?:(?<=^)|(?<=[.!?]\s)|let'?s\s+|let\s+us\s+|we\s+(?:should|must|need\s+to|gotta|have\s+to|oughta)\s+"
        r"|(?:should|must|gotta|need\s+to|have\s+to)\s+(?:just\s+)?|time\s+to\s+|i\s+(?:want|wanna|would)\s+(?:to\s+)?|just\s+|go\s+)"
    )
    parts = [
        rf"(?:{_EN_SUBJECT})\s+(?:\w+\s+)?(?:{_EN_HARM})",
        rf"{people}\s+(?:should|must|need\s+to|needs\s+to|deserves?\s+to|ought\s+to|oughta)\s+(?:all\s+|just\s+|be\s+made\s+to\s+)?(?:{die})\b",
        r"(?:hope|wish|pray)\s+(?:that\s+)?(?:you|u|he|she|they|ya|your\s+\w+)\s+(?:\w+\s+)?(?:die|dies|get\s+(?:raped|killed|shot|cancer|aids)|gets\s+(?:raped|killed|shot|cancer|aids)|burn|burns|rot|rots|choke|chokes|drown|drowns)\b",
        r"(?:go\s+)?kill\s+(?:yo)?urself|\bkys\b|go\s+die\b|drop\s+dead|neck\s+yourself|hang\s+yourself|die\s+in\s+a\s+(?:fire|ditch|hole)",
        r"i\s+know\s+where\s+(?:you|u)\s+live|watch\s+your\s+back|(?:you|u)(?:'re|\s+are|\s+r)\s+(?:a\s+)?dead\s+(?:man|woman|meat)|your\s+days\s+are\s+numbered",
        rf"{call}(?:kill|shoot|gas|hang|lynch|burn|exterminate|eradicate|execute|behead|wipe\s+out|nuke)\s+(?:all\s+|every\s+|the\s+|these\s+|those\s+|them\s+)*(?:\w+\s+)?(?:{group})\b",
        rf"death\s+to\s+(?:all\s+|the\s+)?(?:{group})\b",
        rf"(?:je\s+vais|j'?vais|jvais|je\s+va|on\s+va|j'?te\s+jure\s+(?:je\s+vais|j'?vais))\s+(?:aller\s+)?{_FR_HARM}",
        rf"{gens}\s+(?:merites?|meritent|devrai(?:s|t|ent)|doi(?:s|t|vent))\s+(?:tous\s+|toutes\s+)?(?:mourir|crever|etre\s+(?:tues?|pendus?|fusilles?|gazes?|brules?|abattus?|extermines?|violee?s?|elimines?))",
        r"(?:il\s+)?faut\s+(?:tous\s+)?(?:les|le|la|vous|te)\s+(?:tous\s+)?(?:tuer|buter|gazer|pendre|fusiller|exterminer|bruler|abattre|eliminer|noyer|massacrer|egorger)",
        r"va\s+(?:te\s+)?(?:crever|mourir)|j'?espere\s+que\s+tu\s+(?:vas\s+)?(?:crever|mourir|creves|meurs)|suicide[- ]toi|tue[- ]toi|pends[- ]toi|creve\s+(?:sale|connard|salope|pd|enfoire|charogne)",
        r"je\s+sais\s+ou\s+tu\s+(?:habites|vis|restes|demeures)|on\s+va\s+te\s+(?:retrouver|trouver)",
        rf"(?:mort|a\s+mort)\s+(?:aux|les)\s+(?:{group})\b",
        rf"(?:faut|devrait|devrions|doit|allons|va|vais|veux|voudrais)\s+(?:tous\s+)?(?:tuer|buter|gazer|pendre|fusiller|exterminer|bruler|massacrer|eliminer)\s+(?:tous\s+)?(?:les|ces)\s+(?:{group})\b",
    ]
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in parts) + ")")


class Threat(_DiscriminationRule):
    """Threat of violence against a person or a group.

    "I'll kill you", "they should all be shot", "I know where you live", « je vais te tuer »,
    « il faut tous les pendre »: threats are harassment, and some are crimes. Even as a joke,
    a screenshot of one can be read literally.
    """

    code = "DIS004"
    name = "threat"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = "Delete the post. If you are the one being threatened, tell your manager and consider the police."
    examples_flagged = ("Say that again and I'll kill you", "Je vais te tuer si tu recommences", "Hope you die")
    examples_not_flagged = ("This traffic is killing me", "I'm going to kill it at the presentation today", "Je vais tuer le temps au café.")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        t = _text(subject, folded)
        if t is None or _THREAT_TRIGGERS.isdisjoint(t.words):
            return
        for match in _threat_pattern().finditer(t.folded):
            if negated(t.folded, match.start(), window=14):
                continue
            first = next((i for i, s in enumerate(t.starts) if s >= match.start()), None)
            if first is not None and _countered(t, _Match(frozenset(), first, first, match.start(), match.end(), "")):
                continue
            yield RuleHit(
                evidence=(evidence(subject, "text", match.start(), match.end()),),
                message="Threatens violence against a person or a group.",
            )
            return


# Insults at these people are workplace criticism (WRK001 reports them), not counted twice here.
_WORKPLACE_TARGETS = frozenset({
    "manager", "managers", "boss", "bosses", "supervisor", "supervisors", "colleague", "colleagues",
    "coworker", "coworkers", "co", "workers", "director", "dg", "adm", "management", "employer",
    "gestionnaire", "gestionnaires", "patron", "patronne", "patrons", "superviseur", "superviseure",
    "collegue", "collegues", "directeur", "directrice", "direction", "employeur", "chef", "equipe", "team",
})


def _at_work(t: _Text, m: _Match) -> bool:
    sentence = t.sentence[m.first]
    return any(
        t.words[j] in _WORKPLACE_TARGETS for j in range(max(0, m.first - 8), m.first) if t.sentence[j] == sentence
    )


class AimedInsult(_DiscriminationRule):
    """Insult or abuse aimed at a person.

    Name-calling aimed at someone ("you're a moron", "@pat fuck off", « t'es qu'un connard »,
    « ta gueule ») is harassment when it comes from a public servant's account, even in a heated
    exchange. Self-talk ("I'm such an idiot"), remarks about things ("this printer is useless")
    and negation ("you're not stupid") are not flagged.
    """

    code = "DIS005"
    name = "aimed-insult"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    action = "Delete or edit the post; if the exchange is about work, take it to your manager or the Ombud instead."
    examples_flagged = ("@pat you're a complete moron", "T'es vraiment con", "Shut the fuck up")
    examples_not_flagged = ("I'm such an idiot, forgot my keys again", "This printer is useless", "C'est nul, il pleut encore")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        t = _text(subject, folded)
        if t is None or not t.matches:
            return
        found = [
            m for m in (*t.by_kind.get("aimed_phrases", ()), *t.by_kind.get("insults_strong", ()))
            if not negated(t.folded, m.start, window=10)
        ]
        found += [m for m in t.by_kind.get("insults", ()) if _aimed(t, m)]
        found += [
            m for m in t.by_kind.get("insults_as_noun", ())
            if m not in found and _as_noun(t, m, qualify=False) and not negated(t.folded, m.start, window=12)
        ]
        found += [m for m in t.by_kind.get("insult_adjectives", ()) if _aimed(t, m, adjective=True)]
        found = [m for m in found if not _countered(t, m) and not _at_work(t, m)]
        if not found:
            return
        yield RuleHit(
            evidence=_spans(subject, found),
            message="Insults or abuses a person.",
        )


RULES: tuple[type[Rule], ...] = (Slur, DehumanisingGeneralisation, ExclusionOrHateSlogan, Threat, AimedInsult)
