"""Evaluative language about a politician or party, in English and French (POL005, POL002).

Praise, attack, insult, mockery, trust and distrust are ordinary words ("my coffee is terrible",
« le chien est génial »): they say something about a political figure only in a post that names
one, or a political title, so political.py asks for them only then. This module finds them in
one Aho-Corasick pass over the folded post (vocabulary in `data/political_stance.toml`, with its
sources), gives each a kind and a polarity, and turns the polarity round after a negation
("not great", « pas nul », "don't trust her"): either way the writer judges the person. A letter
held down for emphasis ("liarrrr", « menteuuur ») is read as the word, the span covering the run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from footprint.rules import _data
from footprint.rules.base import text_words
from footprint.rules.matcher import TermMatcher
from footprint.rules.political_voice import future_stem
from footprint.text import fold

_SUFFIXES = ("", "e", "s", "es")
_POLARITY = {
    "insult": -1, "condemn": -1, "negative": -1, "harm": -1, "mockery": -1, "rhetoric": -1,
    "distrust": -1, "praise": 1, "hope": 1, "trust": 1, "subjective": 0, "farewell": 1,
}
# Kinds that judge the person outright: they count anywhere in a short post naming a politician.
STRONG = frozenset({"insult", "condemn", "distrust"})
# Kinds that make a sentence an opinion only right beside the name (or its pronoun).
WEAK = frozenset({"subjective"})
# Warm kinds: a leader met or thanked in an official capacity is diplomacy, not a side.
WARM = frozenset({"praise", "hope", "trust", "subjective"})

# A negation shortly before a term, in the same clause: "not", "never", "n't", « pas », « jamais »,
# « plus » (« je n'ai plus confiance »), « aucun », « ni ».
_NEGATION = re.compile(r"(?<!\w)(?:not|never|no|nor|hardly|pas|jamais|plus|aucun|aucune|ni|point)(?!\w)|n't(?!\w)")
_NEGATION_WINDOW = 18
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\"]|(?<!\w)(?:but|mais|and|et)(?!\w)")


@dataclass(frozen=True)
class Cue:
    """One evaluative term of a post, as found in the folded text."""

    start: int
    end: int
    kind: str
    polarity: int

    @property
    def strong(self) -> bool:
        return self.kind in STRONG


def _expand(term: str) -> list[str]:
    term = fold(term)
    if term.endswith("*"):
        return [term[:-1] + suffix for suffix in _SUFFIXES]
    return [term]


_KEY = re.compile(r"[^\W_]+")


# Words too common to key a term on (« est hot », « nous tue », "have to go"): a post without the
# term's other word cannot hold it either.
_KEY_STOP = frozenset({
    "est", "sont", "nous", "vous", "fait", "font", "rien", "pas", "les", "des", "une", "que", "qui", "the", "have",
    "has", "are", "was", "with", "for", "and", "you", "our",
})


def _key_word(term: str) -> str:
    """The longest uncommon word of a term: a post without it cannot hold the term."""
    words = _KEY.findall(term) or [term]
    return max([w for w in words if w not in _KEY_STOP] or words, key=len)


@dataclass(frozen=True)
class _Vocabulary:
    matcher: TermMatcher[str]
    kinds: dict[str, str]  # folded term -> kind ("none" for the phrases that judge no one)
    keys: frozenset[str]  # every word of every term: a post sharing none holds no cue


# French says "would ruin" and "will wreck" with one inflected verb (« ruinerait », « saccagera »),
# where English adds "would"/"will" to a base form the lists already hold: the future, the
# conditional and the present of every French infinitive of a harmful act are read as it is.
_FRENCH_TENSE_KINDS = frozenset({"harm", "condemn", "negative"})
_FRENCH_TENSE_ENDINGS = ("a", "ont", "ait", "aient")


# Kinds whose French words are adjectives and nouns that take a plural « s » (« pathétiques »,
# « des escrocs »); a harm's words are verbs (« il divise », not « divisés »).
_FRENCH_PLURAL_KINDS = frozenset({"insult", "condemn", "negative", "praise"})

# First words of French phrases that end like an infinitive but are not verbs (« poudre aux
# yeux », « derrière les barreaux », « premier ministre »): their phrase keeps its one form.
_NOT_INFINITIVES = frozenset({
    "poudre", "derriere", "premier", "dernier", "notre", "votre", "contre", "autre", "entre", "propre", "titre",
    "libre", "super", "plaisir", "avenir",
})


def _french_tenses(term: str) -> list[str]:
    """Future and conditional of a French infinitive, and the present of the third person for
    the regular -er and -ir verbs (« ils ruinent », « il démolit »). A phrase that opens on an
    infinitive is inflected on that verb, as English adds "would" before the same words
    (« augmenter vos impôts » -> « augmenteraient vos impôts », "would raise your taxes")."""
    verb, space, rest = term.partition(" ")
    if space:
        if verb in _NOT_INFINITIVES:
            return []
        return [f"{form} {rest}" for form in _french_tenses(verb)]
    if not term.endswith(("er", "ir", "re")) or len(term) < 5:
        return []
    stem = future_stem(term)
    forms = [stem + ending for ending in _FRENCH_TENSE_ENDINGS]
    if term.endswith("er"):
        forms += [term[:-2] + "e", term[:-2] + "ent"]
    elif term.endswith("ir"):
        forms += [term[:-2] + "it", term[:-2] + "issent"]
    return forms


@cache
def vocabulary() -> _Vocabulary:
    data = _data._read_toml("political_stance.toml")
    kinds: dict[str, str] = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            continue
        kind = str(table.get("kind", ""))
        if kind.startswith("title"):
            continue  # read by the name pass of political.py (see titles())
        french = name.endswith("_fr") and kind in _FRENCH_TENSE_KINDS
        plural = name.endswith("_fr") and kind in _FRENCH_PLURAL_KINDS
        for term in table.get("terms", []):
            for form in _expand(str(term)):
                kinds.setdefault(form, kind)  # the first table wins: insult before praise
                if plural and form.endswith("e") and " " not in form and "'" not in form:
                    # French agrees the adjective with a plural subject where English does not
                    # (« les pubs conservatrices sont dégueulasses », « des mesures pathétiques »)
                    kinds.setdefault(form + "s", kind)
            if french:
                for form in _french_tenses(fold(str(term))):
                    kinds.setdefault(form, kind)
    keys = frozenset(_key_word(term) for term, kind in kinds.items() if kind != "none")
    return _Vocabulary(TermMatcher(kinds), kinds, keys)


@cache
def titles() -> dict[str, bool]:
    """Political titles that stand for a politician ("the PM", « le premier ministre »), folded,
    each with whether it is a political office only (True) or also names other people (False)."""
    found: dict[str, bool] = {}
    for table in _data._read_toml("political_stance.toml").values():
        if isinstance(table, dict) and str(table.get("kind", "")).startswith("title"):
            for term in table.get("terms", []):
                found.setdefault(fold(str(term)), table["kind"] == "title_strong")
    return found


def terms_of(*kinds: str) -> list[str]:
    """The folded terms of some kinds (for the quick word tests of political.py)."""
    return [term for term, kind in vocabulary().kinds.items() if kind in kinds]


def _negated(folded: str, start: int) -> bool:
    window = folded[max(0, start - _NEGATION_WINDOW):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    return _NEGATION.search(window) is not None


# A letter written three times or more is emphasis ("liarrrr", « menteuuur », "sooo corrupt",
# "loool"): the word is read with the run cut to one letter and to two ("liar", "cool").
_ELONGATED = re.compile(r"([^\W\d_])\1{2,}")
# The same test on an ASCII post, where the letters are A-Z: twice as fast as the Unicode class,
# and asked of every post that reaches the cue pass.
_ELONGATED_ASCII = re.compile(r"([a-zA-Z])\1\1")


def _shortened(folded: str, keep: int) -> tuple[str, list[int]]:
    """The text with every run of 3+ identical letters cut to `keep`, and for each of its
    characters the position it came from (so spans point into the post as written)."""
    parts: list[str] = []
    origin: list[int] = []
    last = 0
    for run in _ELONGATED.finditer(folded):
        parts.append(folded[last:run.start() + keep])
        origin.extend(range(last, run.start() + keep))
        last = run.end()
    parts.append(folded[last:])
    origin.extend(range(last, len(folded)))
    origin.append(len(folded))  # the end of the last span
    return "".join(parts), origin


def _found(vocab: _Vocabulary, folded: str) -> list[Cue]:
    found: list[Cue] = []
    for start, end, _term, kind in vocab.matcher.find(folded):
        if kind == "none":
            continue
        polarity = _POLARITY.get(kind, 0)
        if polarity and _negated(folded, start):
            polarity = -polarity
            if kind == "trust":
                kind = "distrust"  # "I don't trust her", « je ne lui fais pas confiance »
        found.append(Cue(start, end, kind, polarity))
    return found


def _no_key_held_down(keys: frozenset[str], words: frozenset[str], folded: str) -> bool:
    """In an ASCII post with no key word, can a held-down letter hide one? Cutting runs keeps each
    word a word, so the shortened readings hold a key only if a word with a run, cut to one or two
    letters ("loool" -> "lol"), is one; most emphasis ("sooo good", "yesss") needs neither
    reading. Handles and starred spellings glue words together: those posts are read in full."""
    if "@" in folded or "*" in folded:
        return False
    for word in words:
        if _ELONGATED.search(word) is not None and (
            _ELONGATED.sub(r"\1", word) in keys or _ELONGATED.sub(r"\1\1", word) in keys
        ):
            return False
    return True


# "Thank you Justin for everything", « Merci Legault pour tout »: thanks for a whole career is
# praise, where thanks alone may be an official courtesy ("thank you, Minister, for visiting"). Its
# own kind, "farewell", is not WARM, so a post that thanks someone is not taken for diplomacy.
_FAREWELL = re.compile(
    r"(?<!\w)(?:thank\s+you|thanks|merci)(?:\s+(?:so\s+much|very\s+much|beaucoup|infiniment))?"
    r"(?:[\s,]+[^\W\d_][\w'.-]*){0,4}?[\s,]+(?:for\s+everything|pour\s+tout)(?!\w)"
)


def _farewells(folded: str) -> list[Cue]:
    if "everything" not in folded and "pour tout" not in folded:
        return []
    return [Cue(m.start(), m.end(), "farewell", 1) for m in _FAREWELL.finditer(folded)]


@lru_cache(maxsize=8)
def cues(folded: str) -> tuple[Cue, ...]:
    """Every evaluative term of a post, with its polarity (negations turned round)."""
    vocab = vocabulary()
    words = text_words(folded)
    elongated = (_ELONGATED_ASCII if folded.isascii() else _ELONGATED).search(folded) is not None
    # Emoji and punctuated terms are not words: test them only when the post holds any.
    farewells = _farewells(folded)
    if (
        not farewells and words.isdisjoint(vocab.keys) and folded.isascii()
        and (not elongated or _no_key_held_down(vocab.keys, words, folded))
    ):
        return ()
    found = _found(vocab, folded)
    if farewells:
        found = sorted((*found, *farewells), key=lambda c: c.start)
    if elongated:
        # Characters already inside a cue (a bytearray: a post may hold thousands of cues).
        covered = bytearray(len(folded) + 1)
        for c in found:
            covered[c.start:c.end] = b"\x01" * (c.end - c.start)
        for keep in (1, 2):
            short, origin = _shortened(folded, keep)
            for c in _found(vocab, short):
                start, end = origin[c.start], origin[c.end - 1] + 1
                while end < len(folded) and folded[end] == folded[end - 1] and folded[end].isalpha():
                    end += 1  # the span covers the whole run ("liarrrr")
                if not covered[start]:
                    covered[start:end] = b"\x01" * (end - start)
                    found.append(Cue(start, end, c.kind, c.polarity))
        found.sort(key=lambda c: c.start)
    return tuple(found)
