"""Small learned word models, in English and in French, for hateful or abusive language (DIS006,
shipped); partisan language (POL006) and critique of an employer (WRK003) are defined but their
models are not shipped (below). Explainable word by word.

Each model is a logistic regression over the folded words of a post, their stems (the first five
letters of a long word: "parasites" and "parasitaire" share "~paras") and the pairs of words next
to each other ("go home", « dehors les »): a weight per feature, a bias and a threshold. A post's
score is the bias plus the weights of the features it holds, each counted once; it is flagged
when the score reaches the threshold and at least `min_words` of its features each weigh
`MIN_SHOWN_WEIGHT` or more (one word alone never decides; function words such as "my" or « nos »
weigh but never count there and are never shown), and the finding highlights the words that
weighed most. A long post is scored window by window (`WINDOW` words), so weak evidence spread
over paragraphs does not add up. A model is a readable JSON file (`data/models/text_models.json`,
or the file named by $FOOTPRINT_TEXT_MODELS), written by `scripts/train_text_models.py`
(scikit-learn at training time only; sources, licences and measurements in
`data/models/PROVENANCE.md`).

What the models never see:
- identity words (gay, Black, Muslim, trans, juif, autochtone, femme, immigrant...) on their own:
  they all read as one placeholder, `__group__`, which has no weight of its own; only the pairs it
  forms ("deport __group__", "__group__ are") can weigh, so a model learns what is said of a group,
  never which group;
- names: a politician's surname reads as `__politician__`, a party's name or acronym as
  `__party__` (the model file lists them);
- @handles, web addresses and numbers.
The political model scores only posts holding a political anchor (a name placeholder, or a word
such as "government", "riding", « circonscription », « député »).

What ships, and from what (every source's licence lets derived weights ship in this Apache-2.0
project; attribution in NOTICE and PROVENANCE.md): the discrimination models (English, French),
learned from the project's own bilingual corpus (scripts/corpus, written by the project with
parallel English/French posts and hard negatives; its held-out sentence families are never
trained on), HateCheck (English) and Multilingual HateCheck (French), CC BY 4.0, and GoEmotions
(Apache-2.0) as ordinary posts. The political and workplace models, which only the corpus could
teach, are not shipped: the political one flagged a civic "make a plan to vote" reminder and the
workplace one real LinkedIn retrospectives (PROVENANCE.md has the figures), so POL006 and WRK003
are not registered unless a person's own model file holds such a model.
A rule whose category has no model is not registered; a post in a language without a model is
not scored. Language: the post's declared language ("en" or "fr"), else a guess from function
words. `footprint scan --no-learned` leaves all of them out.

Cost: the words of a post are those the other rules already split (`text_words`, and in order
`words_in_order`); each score is a sum of dictionary look-ups done in C, and the pairs, which
need the words in order, are built only for a post whose score could still reach a threshold.
The scores of the last post are kept for the other learned rules. A learned rule defers to
the transparent rules of its category (`defers_to`): the analyzer runs it last and skips it when
one of them already reported the post, so the clearer explanation wins.

Known limits: the models learned from short posts written by the project and from template test
cases, not from public servants' real posts; they weigh words, not meaning (no sarcasm, no
quotation, no negation beyond pairs such as "not a"). Their confidence is low or medium, never
high.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping, Set
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import repeat
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from footprint import guidance as gd
from footprint.i18n import N_
from footprint.records import Confidence, Evidence, RuleHit, Severity, Subject
from footprint.rules.base import WORD_TOKEN, Rule, evidence, sentences, text_words, words_in_order

MODEL_FILE = ("data", "models", "text_models.json")
# A model file of one's own, for local use only (e.g. trained with `--include-restricted`): read
# instead of the packaged one. A file or a folder holding text_models.json.
MODEL_FILE_ENV = "FOOTPRINT_TEXT_MODELS"
FORMAT = 1
CATEGORIES = ("A", "B", "C")  # political_activity, discrimination_harassment, workplace_criticism
POLITICIAN = "__politician__"
PARTY = "__party__"
# Identity words read as this placeholder: alone it never weighs (it is not in any vocabulary),
# but the pairs it forms ("send __group__", "__group__ are") let a model learn what is said of a
# group without learning which group.
GROUP = "__group__"
MAX_EVIDENCE_WORDS = 5
MIN_SHOWN_WEIGHT = 0.5  # a model file may ask for more (`min_weight`)
INFINITY = float("inf")
_ZEROS = repeat(0.0)
_URL = re.compile(r"(?:https?://|www\.)\S+")

_FR_FUNCTION = frozenset(
    "le la les des est et je j pas une du que qui qu mon ma mes notre nos nous vous ce cette ces avec pour dans"
    " sur au aux c l d n ca tres mais tout plus sont ai suis etre avoir on ils elles leur fait ici".split()
)
_EN_FUNCTION = frozenset(
    "the is are and to of my i you it this that with for in on was be have not but they we our been what"
    " when there their them just so at do does don about here if".split()
)


def guess_language(words: Set[str]) -> str:
    """"en" or "fr" from function words (English when undecided)."""
    if words.isdisjoint(_FR_FUNCTION):
        return "en"
    return "fr" if len(_FR_FUNCTION.intersection(words)) > len(_EN_FUNCTION.intersection(words)) else "en"


def tokens(folded: str, names: Mapping[str, str]) -> list[str]:
    """The words of a folded text as the models read them: the rules' word split, web addresses
    left out, politicians' and parties' names replaced by their placeholder."""
    if "http" in folded or "www." in folded:
        words = WORD_TOKEN.findall(_URL.sub(" ", folded))
    else:
        words = words_in_order(folded)  # the split the other rules share: read, never changed
    if names and not names.keys().isdisjoint(words):
        return [names.get(w, w) for w in words]
    return words


STEM = "~"
STEM_LENGTH = 5


def stems(words: Iterable[str]) -> set[str]:
    """The first letters of each long word, marked: "parasites", "parasitaire" and a typo'd
    "parasitess" share "~paras", so a model learns word families, in French as in English."""
    return {STEM + w[:STEM_LENGTH] for w in words if len(w) > STEM_LENGTH and w[0] not in "_@"}


def features(words: list[str]) -> set[str]:
    """Every word, every word's stem and every pair of neighbouring words, once each (the
    training script uses this very function, so the model sees posts exactly as at run time)."""
    found = set(words)
    found |= stems(words)
    found.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    return found


@dataclass(frozen=True)
class Model:
    """One category in one language."""

    bias: float
    threshold: float  # a score at or above it flags
    medium: float  # a score at or above it flags with medium confidence
    weights: Mapping[str, float]
    # The model scores only posts holding, for each group, one of its words.
    requires: tuple[frozenset[str], ...] = ()
    # What a word or pair must weigh to count among the `min_words` a flag needs, and to be shown.
    min_weight: float = MIN_SHOWN_WEIGHT
    # A flag needs at least this many words or pairs that each weigh `min_weight` or more:
    # one word alone ("no", "worst") never decides.
    min_words: int = 1


class _Plan(NamedTuple):
    """How to score one category, in the order `_score` needs it."""

    slot: int  # in CATEGORIES (not `index`, which would hide tuple.index)
    # The words that weigh MIN_SHOWN_WEIGHT or more or start a pair that does, and those that
    # start such a pair: a post holding fewer than `min_words` of the first, none of them
    # starting a pair, cannot be flagged (see `Model.min_words`). Many posts stop there.
    strong: frozenset[str]
    strong_starts: frozenset[str]
    # Every word a flag could count (the words of the heavy features, function words and the
    # group placeholder left out): a post holding fewer than `min_words` of them cannot be flagged.
    countable: frozenset[str]
    min_words: int
    requires: tuple[frozenset[str], ...]
    bias: float
    word_weights: Mapping[str, float]
    # By first word, the heaviest positive pair it starts, and the heaviest of all: a tighter
    # bound for a post without names or web addresses (see `_score`).
    top: Mapping[str, float]
    top_max: float
    threshold: float
    pair_weights: Mapping[tuple[str, str], float]
    # By word, the most it can add to the score (see `_MostPerWord`): a post whose words add up
    # to less than the threshold is turned away before its stems are built.
    most: Mapping[str, float] = {}
    # By word, the same without the pairs: the word's weight and its stem's when positive (the
    # pairs are then summed exactly, see `_score`).
    alone: Mapping[str, float] = {}


@dataclass(frozen=True)
class LanguageModels:
    models: Mapping[str, Model]  # by category letter
    names: Mapping[str, str]  # token -> placeholder
    silent: frozenset[str]  # function words: weigh, but are never shown nor counted as strong
    name_keys: frozenset[str]
    plans: tuple[_Plan, ...]
    thresholds: tuple[float, ...]  # in CATEGORIES order (+inf without a model)


def model_digest() -> str:
    """Identity of the model in use (packaged or local): a scan's ruleset includes it, so a new
    model means every post is read again."""
    loaded = _load_json()
    return "" if loaded is None else hashlib.sha256(json.dumps(loaded, sort_keys=True).encode()).hexdigest()


def _load_json() -> dict[str, Any] | None:
    """The model file: $FOOTPRINT_TEXT_MODELS when set, else the packaged one (None when there is
    none: no model ships today)."""
    local = os.environ.get(MODEL_FILE_ENV, "").strip()
    if local:
        path = Path(local).expanduser()
        if path.is_dir():
            path = path / MODEL_FILE[-1]
        try:
            return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
        except (OSError, ValueError) as exc:
            warnings.warn(
                f"{MODEL_FILE_ENV}={local}: cannot read the model file ({exc}); the learned rules are off",
                RuntimeWarning,
                stacklevel=2,
            )
            return None
    resource = files("footprint.rules").joinpath(*MODEL_FILE)
    try:
        return json.loads(resource.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    except FileNotFoundError:
        return None


class _Gate(NamedTuple):
    """What a post must hold for some model of some language to flag it (see `_could_flag`)."""

    # Every word that weighs in some model (or a name standing for a placeholder that does): a
    # post holding none of them cannot be flagged.
    strong: frozenset[str]
    # Every word some flag could count, and the fewest such words a flag needs: a post holding
    # fewer cannot be flagged, whatever its language...
    countable: frozenset[str]
    fewest: int
    # ...unless it names someone whose placeholder a model counts (one name word may then count
    # twice, as itself and as its placeholder): such a post skips this test.
    counted_names: frozenset[str]


@cache
def _gate() -> _Gate:
    strong: set[str] = set()
    countable: set[str] = set()
    counted_names: set[str] = set()
    fewest = None
    for lm in models().values():
        for plan in lm.plans:
            strong |= plan.strong
            if {POLITICIAN, PARTY, GROUP} & plan.strong:
                strong |= lm.name_keys
            countable |= plan.countable
            if {POLITICIAN, PARTY, GROUP} & plan.countable:
                counted_names |= lm.name_keys
            fewest = plan.min_words if fewest is None else min(fewest, plan.min_words)
    return _Gate(frozenset(strong), frozenset(countable), fewest or 0, frozenset(counted_names))


@cache
def models() -> Mapping[str, LanguageModels]:
    """The trained models by language; empty when the model file is missing (the rules are then
    silent) or of another format."""
    data = _load_json()
    if not data or data.get("format") != FORMAT:
        return {}
    names = {token: POLITICIAN for token in data.get("politician_tokens", [])}
    names.update({token: PARTY for token in data.get("party_tokens", [])})
    names.update({token: GROUP for token in data.get("group_tokens", [])})
    silent = frozenset(data.get("silent_words", ()))
    out: dict[str, LanguageModels] = {}
    for lang, by_category in data.get("models", {}).items():
        loaded = {
            category: Model(
                bias=float(m["bias"]),
                threshold=float(m["threshold"]),
                medium=float(m.get("medium", m["threshold"])),
                weights={k: float(v) for k, v in m["weights"].items()},
                requires=tuple(frozenset(group) for group in m.get("requires", ())),
                min_words=int(m.get("min_words", 1)),
                min_weight=float(m.get("min_weight", MIN_SHOWN_WEIGHT)),
            )
            for category, m in by_category.items()
            if category in CATEGORIES
        }
        plans = []
        for index, category in enumerate(CATEGORIES):
            model = loaded.get(category)
            if model is None:
                continue
            words = {f: w for f, w in model.weights.items() if " " not in f}
            pairs = {tuple(f.split(" ", 1)): w for f, w in model.weights.items() if " " in f}
            top: dict[str, float] = {}
            for (first, _second), weight in pairs.items():
                if weight > 0:
                    top[first] = max(top.get(first, 0.0), weight)
            # Function words ("my", "you", « nos ») count in the score but are never shown and
            # never make up the words a flag needs.
            # So do the pairs a group placeholder forms: what is said of a group may weigh, but a
            # flag needs two other words, so naming who people are never makes one.
            # A stem counts with its word, not as a second word.
            heavy = [
                f for f, w in model.weights.items()
                if w >= model.min_weight and f not in silent and GROUP not in f and not f.startswith(STEM)
            ]
            plans.append(
                _Plan(
                    slot=index,
                    strong=frozenset(f.split(" ", 1)[0] for f in heavy),
                    strong_starts=frozenset(f.split(" ", 1)[0] for f in heavy if " " in f),
                    countable=frozenset(w for f in heavy for w in f.split(" ") if w not in silent and w != GROUP),
                    min_words=model.min_words,
                    requires=model.requires,
                    bias=model.bias,
                    word_weights=words,
                    top=top,
                    top_max=max(top.values(), default=0.0),
                    threshold=model.threshold,
                    pair_weights=pairs,  # type: ignore[arg-type]
                    most=_MostPerWord(words, top),
                    alone=_MostPerWord(words, {}),
                )
            )
        out[lang] = LanguageModels(
            models=loaded,
            names=names,
            silent=silent,
            name_keys=frozenset(names),
            plans=tuple(plans),
            thresholds=tuple(loaded[c].threshold if c in loaded else INFINITY for c in CATEGORIES),
        )
    return out


@dataclass(slots=True)
class Scores:
    lang: str
    words: list[str]  # as the models read them
    # In CATEGORIES order, bias included; -inf where not scored. Exact where it reaches the
    # threshold; below it, possibly only the words' part (the pairs were not needed). A post no
    # model could flag gets no Scores at all (None).
    scores: list[float]
    thresholds: tuple[float, ...]
    # For a long post, scored window by window: the words of the window that scored highest, per
    # category (None for a short post, scored whole).
    best: list[list[str] | None] | None = None


# The models learned from posts of a few sentences; a long post (a LinkedIn article, a Facebook
# note) would otherwise add up weak evidence spread over paragraphs, or drown a hostile sentence
# in calm ones. Such a post is scored sentence by sentence (and pairs of neighbouring sentences,
# at most this many words), and flagged for its worst.
WINDOW = 40
_LONG_POST_CHARS = 200  # below this many characters a post cannot hold WINDOW words worth splitting


_SLACK = 1e-9
# A plan's `most` stops remembering new words past this many (an audit meets rare words without
# end; their bound is still worked out, only not kept): a few megabytes at most.
_MOST_REMEMBERED = 200_000


class _MostPerWord(dict[str, float]):
    """By word, the most it can add to a plan's score: its own weight, its stem's weight when
    positive (posts share stems, so this only overshoots), and the heaviest positive pair it
    starts (`top`). Filled as words are met, so a post's bound is one pass of look-ups in C."""

    __slots__ = ("_weights", "_top")

    def __init__(self, weights: Mapping[str, float], top: Mapping[str, float]) -> None:
        super().__init__()
        self._weights = weights
        self._top = top

    def __missing__(self, word: str) -> float:
        weights = self._weights
        most = weights.get(word, 0.0) + self._top.get(word, 0.0)
        if len(word) > STEM_LENGTH and word[0] not in "_@":  # the words `stems` takes
            most += max(weights.get(STEM + word[:STEM_LENGTH], 0.0), 0.0)
        if len(self) < _MOST_REMEMBERED:
            self[word] = most
        return most


# The last post scored and its scores, for the other learned rules, which ask right after it: a
# slot keyed by the identities of the subject and its folded text, rather than the view's
# `derived()` (a key and a closure for every post, though one learned rule ships). One tuple,
# read and replaced whole: two threads scoring at once never pair a post with another's scores.
_LAST: list[tuple[Subject | None, str | None, Scores | None]] = [(None, None, None)]


def score(subject: Subject, folded: str) -> Scores | None:
    """The three scores of a post, kept for the other learned rules."""
    last_subject, last_folded, last = _LAST[0]
    if last_folded is folded and last_subject is subject:
        return last
    found = _score(subject, folded)
    _LAST[0] = (subject, folded, found)
    return found


def _could_flag(plan: _Plan, present: Set[str]) -> bool:
    """False when a post with these words cannot be flagged, whatever its score: too few words
    that weigh, or a required word missing."""
    if len(present & plan.countable) < plan.min_words:
        return False
    strong = present & plan.strong
    if len(strong) < plan.min_words and strong.isdisjoint(plan.strong_starts):
        return False
    for group in plan.requires:
        if group.isdisjoint(present):
            return False
    return True


def _score(subject: Subject, folded: str) -> Scores | None:
    """The scores of a post, or None when no model could flag it."""
    by_language = models()
    if not by_language:
        return None
    # Already split (and kept) for the other rules. Stems weigh but never make a word count among
    # the strong ones, so whether a post can be flagged is known before they are built.
    said = text_words(folded)
    present: Set[str] = said
    gate = _gate()
    if present.isdisjoint(gate.strong):
        return None
    # Two set tests that turn away 4 in 10 generated posts before the language and the plans.
    if len(present & gate.countable) < gate.fewest and present.isdisjoint(gate.counted_names):
        return None
    declared = (subject.language or "").lower()[:2]
    lang = declared if declared in ("en", "fr") else guess_language(present)
    lm = by_language.get(lang)
    if lm is None:
        return None
    named = not present.isdisjoint(lm.name_keys)
    if named:
        present = present | set(map(lm.names.__getitem__, present & lm.name_keys))
    words: list[str] | None = None
    if len(folded) > _LONG_POST_CHARS and folded.count(" ") >= WINDOW:
        words = tokens(folded, lm.names)
        if len(words) > WINDOW:
            plans = []
            for plan in lm.plans:
                if _could_flag(plan, present):
                    plans.append(plan)
            return _score_windows(lang, lm, plans, words, _windows(folded, lm.names)) if plans else None
    addresses = "http" in folded or "www." in folded
    # What the pairs could add, at most. Without names or web addresses the pairs are made of
    # `said` in order: a distinct pair weighs at most the heaviest pair its first word starts
    # (`top`), and a word starts no more distinct pairs than it occurs, so the pairs add at most
    # the `top` of each distinct word plus `top_max` per repeated occurrence. (Names become
    # placeholders and addresses drop words: such posts skip this first bound.)
    repeats = -1 if named or addresses else len(words_in_order(folded)) - len(said)
    # Then the same bound with each word's stem at its positive weight (`most`), before the stems
    # are built and before the plans' word tests: it turns away 5 in 9 of the generated posts
    # that reach it, and the exact words' sum below most of the rest. (Web addresses only add
    # words: a post that cannot be flagged with them cannot without.)
    # (Loops, not comprehensions: a comprehension that reads the post's sets makes them cells,
    # created at every call of this function, which most posts leave at its first tests.)
    plans = []
    for plan in lm.plans:
        if (
            repeats < 0
            or plan.bias + sum(map(plan.most.__getitem__, said)) + plan.top_max * repeats >= plan.threshold - _SLACK
        ) and _could_flag(plan, present):
            plans.append(plan)
    if not plans:
        return None
    if words is None:
        words = tokens(folded, lm.names)
    if addresses:
        present = set(words)
        with_stems = present | stems(present)
        kept = []
        for plan in plans:
            if _could_flag(plan, with_stems):
                kept.append(plan)
        plans = kept
    # Then the pairs exactly (a set of the neighbouring words, summed in C) and each word with its
    # stem at its most (`alone`): the bound above counted for each word the heaviest pair it could
    # start, which lets through 9 in 10 of the posts it does not turn away (on real comments 1,686
    # of 1,943 reached the exact sum, none flagged); this one lets through a handful in thousands,
    # and the stems are built only for them. The exact score adds the same sums in the same order.
    pairs = set(zip(words, words[1:]))
    pending = []
    for plan in plans:
        paired = sum(map(plan.pair_weights.get, pairs, _ZEROS))
        # A bound, so a hair of slack: rounding must never send away a post the exact sum flags.
        if plan.bias + sum(map(plan.alone.__getitem__, present)) + paired >= plan.threshold - _SLACK:
            pending.append((plan, paired))
    if not pending:
        return None
    present = present | stems(present)
    scores = [-INFINITY] * len(CATEGORIES)
    for plan, paired in pending:
        # Words missing from a model weigh 0 (`repeat` gives each look-up its default).
        scores[plan.slot] = plan.bias + sum(map(plan.word_weights.get, present, _ZEROS))
        scores[plan.slot] += paired
    return Scores(lang, words, scores, lm.thresholds)


def _windows(folded: str, names: Mapping[str, str]) -> Iterator[list[str]]:
    """Each sentence, and each pair of neighbouring sentences, of a long post (a sentence longer
    than WINDOW words is cut in pieces of WINDOW words)."""
    pieces: list[list[str]] = []
    for start, end in sentences(folded):
        words = tokens(folded[start:end], names)
        pieces.extend(words[i:i + WINDOW] for i in range(0, len(words), WINDOW))
    pieces = [piece for piece in pieces if piece]
    yield from pieces
    for first, second in zip(pieces, pieces[1:]):
        if len(first) + len(second) <= WINDOW:
            yield first + second


def _score_windows(
    lang: str, lm: LanguageModels, plans: list[_Plan], words: list[str], windows: Iterable[list[str]]
) -> Scores | None:
    scores = [-INFINITY] * len(CATEGORIES)
    best: list[list[str] | None] = [None] * len(CATEGORIES)
    for window in windows:
        present = set(window) | stems(window)
        pairs = set(zip(window, window[1:]))
        for plan in plans:
            if not _could_flag(plan, present):
                continue
            value = (
                plan.bias
                + sum(map(plan.word_weights.get, present, _ZEROS))
                + sum(map(plan.pair_weights.get, pairs, _ZEROS))
            )
            if value > scores[plan.slot]:
                scores[plan.slot], best[plan.slot] = value, window
    if all(value < threshold for value, threshold in zip(scores, lm.thresholds)):
        return None
    return Scores(lang, words, scores, lm.thresholds, best)


def contributions(model: Model, words: list[str], silent: Set[str] = frozenset()) -> list[tuple[str, float]]:
    """The features of a post that pushed its score up, heaviest first (function words left out:
    they count, but a reader learns nothing from seeing them)."""
    found = features(words) - silent
    pushes = [(f, model.weights[f]) for f in found if model.weights.get(f, 0.0) > 0 and GROUP not in f]
    return sorted(pushes, key=lambda p: (-p[1], p[0]))


def word_spans(folded: str, names: Mapping[str, str]) -> tuple[list[str], list[tuple[int, int]]]:
    """The words as the models read them (see `tokens`) and where each stands in the text."""
    if "http" in folded or "www." in folded:
        folded = _URL.sub(lambda m: " " * len(m.group(0)), folded)  # same length: offsets hold
    matches = list(WORD_TOKEN.finditer(folded))
    return [names.get(m.group(0), m.group(0)) for m in matches], [m.span() for m in matches]


def places(feature: str, words: list[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a feature (a word, a stem or a pair; a placeholder stands for the names) is in the
    text."""
    first, _, second = feature.partition(" ")
    found = []
    if first.startswith(STEM):
        prefix = first[len(STEM):]
        return [spans[i] for i, word in enumerate(words) if len(word) > STEM_LENGTH and word.startswith(prefix)]
    for i, word in enumerate(words):
        if word == first:
            if not second:
                found.append(spans[i])
            elif i + 1 < len(words) and words[i + 1] == second:
                found.append((spans[i][0], spans[i + 1][1]))
    return found


class _LearnedRule(Rule):
    # `defers_to` (see Rule): the categories whose transparent rules, when one reports a post,
    # silence this rule: its own, and for hateful language the workplace's too (an insult aimed
    # at a colleague or manager is a workplace critique, as the discrimination rules decide).
    letter: ClassVar[str]
    index: ClassVar[int]  # of `letter` in CATEGORIES
    # A complete sentence (translated in reports); the words that weighed are the evidence.
    leaning: ClassVar[str]

    def gate_words(self) -> frozenset[str]:
        """`_score`'s first test: a post holding no word that weighs in some model (or a name of
        a placeholder that does) is never scored, so the analyzer need not call the rule for it
        (3 in 10 posts)."""
        return _gate().strong

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        text_folded = folded.get("text")
        if not text_folded:
            return ()
        found = score(subject, text_folded)
        index = self.index
        if found is None or found.scores[index] < found.thresholds[index]:
            return ()
        hit = self._hit(subject, text_folded, found)
        return () if hit is None else (hit,)

    def _hit(self, subject: Subject, text_folded: str, found: Scores) -> RuleHit | None:
        """The finding for a post whose score reaches the threshold, or None when too few of its
        words weigh. (Apart from `check`, whose every call would otherwise create the cells of
        the inner loops below.)"""
        index = self.index
        lm = models()[found.lang]
        model = lm.models[self.letter]
        window = found.best[index] if found.best else None
        pushes = contributions(model, window or found.words, lm.silent)
        # Distinct words, not features: "kinds" and "kinds of", or a word and its stem, are one
        # word of evidence, and function words and the group placeholder are none.
        strong_words = {
            word
            for feature, weight in pushes
            if weight >= model.min_weight and not feature.startswith(STEM)
            for word in feature.split(" ")
            if word not in lm.silent and word != GROUP
        }
        if len(strong_words) < model.min_words:
            return None
        text = subject.fields["text"]
        words, offsets = word_spans(text_folded, lm.names)
        shown: list[str] = []
        spans: list[tuple[int, int]] = []
        for feature, weight in pushes:
            if weight < model.min_weight and shown:
                break  # the words that weighed little say nothing to a reader
            # The first place a feature stands is enough to show a reader which words weighed.
            fresh = [
                s for s in places(feature, words, offsets) if not any(s[0] < e and b < s[1] for b, e in spans)
            ][:1]
            if not fresh:
                continue
            spans.extend(fresh)
            shown.append(text[fresh[0][0]:fresh[0][1]])
            if len(shown) >= MAX_EVIDENCE_WORDS:
                break
        if not spans:
            return None
        return RuleHit(
            evidence=tuple(_evidence(subject, spans)),
            message=self.leaning,
            confidence=Confidence.MEDIUM if found.scores[index] >= model.medium else Confidence.LOW,
        )


def _evidence(subject: Subject, spans: Iterable[tuple[int, int]]) -> Iterator[Evidence]:
    for start, end in sorted(set(spans)):
        yield evidence(subject, "text", start, end)


class LearnedPartisanLanguage(_LearnedRule):
    # Its texts are marked for the French catalog (N_), as for the other learned rules.
    __doc__ = N_("Partisan language found by a learned word model.") + "\n\n" + N_(
        "A small statistical model, trained on posts the project wrote in English and French,\n"
        "weighs the words of a post that speaks of politics: words and pairs of words that often go\n"
        "with support for or attacks on a party or candidate push it up (\"vote for\", \"join our\n"
        "team\", \"dehors les\"). Names of politicians and parties read as \"a politician\" and \"a party\",\n"
        "so who is named never counts, only what is said. It speaks only when the other political\n"
        "rules said nothing, and highlights the words that weighed most. Its confidence is low: read\n"
        "the post again and ask whether it takes a side."
    )

    code = "POL006"
    name = "learned-partisan-language"
    category = "political_activity"
    defers_to = ("political_activity",)
    severity = Severity.MEDIUM
    confidence = Confidence.LOW
    guidance = gd.POLITICAL_ACTIVITIES
    consult = (gd.POLITICAL_REP, gd.VALUES_ETHICS, gd.PSC)
    action = N_(
        "Read the post again: if it takes a side for or against a party or candidate, consider "
        "deleting or hiding it, or ask your political activities representative."
    )
    letter = "A"
    index = 0
    leaning = N_("The highlighted words weigh towards partisan support or opposition.")
    examples_flagged = (
        "Knocked on doors all afternoon for our candidate, we need every vote on Monday!",
        "Proud to volunteer for the campaign this weekend, come join the team",
    )
    examples_not_flagged = ("Beautiful morning for a run along the canal!",)


class LearnedHatefulLanguage(_LearnedRule):
    # Its texts are marked for the French catalog (N_), which otherwise takes rule texts from
    # the registered rules only: they stay translated while no model ships (see RULES).
    __doc__ = N_("Hateful or abusive language found by a learned word model.") + "\n\n" + N_(
        "A small statistical model, trained on posts the project wrote in English and French and on\n"
        "the HateCheck test cases of both languages, weighs the words of a post: words and pairs of\n"
        "words that often go with hateful, demeaning or abusive posts push it up (\"send them back\",\n"
        "\"vermin\", « dehors les »). Identity words (gay, Black, Muslim, trans, Jewish, Indigenous,\n"
        "women, immigrant...) have no weight of their own, so naming who people are never counts,\n"
        "only what is said of them. It speaks only when the other discrimination and harassment rules\n"
        "said nothing (insults at work are left to the workplace rules), and highlights the words that\n"
        "weighed most. Its confidence is low or medium: it weighs words, not meaning, so read the post\n"
        "again as someone it targets would."
    )

    code = "DIS006"
    name = "learned-hateful-language"
    category = "discrimination_harassment"
    defers_to = ("discrimination_harassment", "workplace_criticism")
    severity = Severity.MEDIUM
    confidence = Confidence.LOW
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.VALUES_ETHICS, gd.MANAGER, gd.OMBUD)
    action = N_(
        "Read the post again as someone it targets would; if it demeans or abuses people, delete or "
        "edit it. If in doubt, ask your values and ethics office."
    )
    letter = "B"
    index = 1
    leaning = N_("The highlighted words weigh towards hateful or abusive language.")
    examples_flagged = (
        "Deport them all, they are parasites and criminals",
        "Ces parasites volent nos emplois, dehors tous",
    )
    examples_not_flagged = (
        "Proud to be gay and a public servant.",
        "Our Muslim neighbours invited us for iftar tonight.",
        "Beautiful morning for a run along the canal!",
    )


class LearnedEmployerCritique(_LearnedRule):
    # Its texts are marked for the French catalog (N_), which otherwise takes rule texts from
    # the registered rules only: they stay translated while no model ships (see RULES).
    __doc__ = N_("Critique of an employer found by a learned word model.") + "\n\n" + N_(
        "A small statistical model weighs the words of a post that speaks of work (\"manager\",\n"
        "\"salary\", « bureau »): words and pairs of words that often go with harsh critiques of an\n"
        "employer push it up. The words that only name the workplace weigh nothing, so a post is not\n"
        "flagged for being about work. No such model ships today (trained on the project's own posts,\n"
        "it flagged real professional posts); the rule runs only with a model file of your own. It\n"
        "speaks only when the other workplace rules said nothing, and highlights the words that\n"
        "weighed most. Raise concerns with your manager or through internal recourse."
    )

    code = "WRK003"
    name = "learned-employer-critique"
    category = "workplace_criticism"
    defers_to = ("workplace_criticism",)
    severity = Severity.LOW
    confidence = Confidence.LOW
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.MANAGER, gd.EAP, gd.OMBUD)
    action = N_(
        "If the post is about your own workplace, consider removing or rewording it, and raise the "
        "concern with your manager, the Ombud or internal recourse."
    )
    letter = "C"
    index = 2
    leaning = N_("The highlighted words weigh towards a harsh critique of an employer or colleagues.")
    examples_flagged = ()
    examples_not_flagged = (
        "Management meeting at 3, then home.",
        "Happy retirement to my manager, 30 years of service!",
        "Long day, but we shipped the release!",
    )


def trained(rule: type[_LearnedRule]) -> bool:
    """True when the model file holds a model for the rule's category, in some language."""
    return any(rule.letter in lm.models for lm in models().values())


# A rule whose category has no trained model is not registered (its code stays reserved): no model
# ships (see the module docstring), so none is, unless $FOOTPRINT_TEXT_MODELS names one.
RULES: tuple[type[Rule], ...] = tuple(
    rule for rule in (LearnedPartisanLanguage, LearnedHatefulLanguage, LearnedEmployerCritique) if trained(rule)
)
