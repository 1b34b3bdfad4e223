"""Train the small learned word models of DIS006 and WRK003 (POL006 reserved) and write them as JSON,
by default only from sources whose licence lets the weights ship in this Apache-2.0 project.

    .venv/bin/pip install scikit-learn     # training only: never a run-time dependency
    .venv/bin/python scripts/train_text_models.py [--shared ../shared] [--out DIR] [--with-political]
    .venv/bin/python scripts/train_text_models.py --include-restricted --out ~/footprint-models

Needs ../shared beside the checkout (the datasets are read in place and never copied). By default
it reads only the sources marked "ships" below and writes footprint/rules/data/models/
text_models.json only if a model can be trained from them alone; when none can, it writes nothing
(and removes a text_models.json left in the package by an earlier run). Fixed seeds: the same
inputs give the same file, byte for byte.

`--include-restricted --out DIR` also reads the sources that do not ship, for a person's own local
use: DIR must be outside this repository, the file says "redistributable": false, and the script
says plainly that it must not be redistributed (not committed, published, shared or packaged).
The rules read it with `FOOTPRINT_TEXT_MODELS=DIR/text_models.json footprint scan --full` (a new
file is not part of the rules' fingerprint: `--full` re-reads every post).

Licences. A model may ship only if every row it was trained on comes from a source under MIT,
Apache-2.0, BSD, CC0 or CC BY; not under a non-commercial (NC) or copyleft (GPL) licence, "research
/ evaluation only" terms, or no licence at all (all rights reserved). Facts from each
<shared>/datasets/<dataset>/PROVENANCE.md, read 2026-11-26; the upstream README (tweeteval,
xlm-t) and DESCRIPTION (HRdatasets) say the same. `SOURCES` below is the same table in code.

- tweeteval/hate, tweeteval/offensive, tweeteval/emotion, tweeteval/stance_hillary:
  cardiffnlp/tweeteval @ 4fbd22cd78421f05b1ecdb4fc5725bc7a7bd8f66. No LICENSE file; README:
  "released without any restrictions but restrictions may apply to individual tasks ... or
  Twitter"; PROVENANCE: "research and evaluation only". hate = SemEval-2019 HatEval, CC BY-NC
  4.0 per its organisers; offensive = OLID / OffensEval-2019; emotion = SemEval-2018 Task 1;
  stance = SemEval-2016 Task 6. Does not ship (non-commercial; research and evaluation only).
- cdn_election_2019_leaders: SamEdwardes/sentiment-cdn-election @
  351532af71cc309c8c29bdfbe0f848bb6dc111ca. No licence file; public tweets by politicians.
  Does not ship.
- hr/employees_opinion, hr/ext_like, hr/ext_dislike: vicencfernandez/HRdatasets @
  9536a7b65331c99ae07d01560d7c5ae7cf6afe27. GPL-2 (package DESCRIPTION): copyleft, cannot be
  relicensed under Apache-2.0. Does not ship.
- mlma/en, mlma/fr: HKUST-KnowComp/MLMA_hate_speech @ 479836984aebfbd8a0270ca92018980f745e4c44.
  MIT (repository LICENSE, as the shared PROVENANCE says; the tweets themselves remain under
  Twitter's terms, as for every tweet dataset here). Ships.
- macron_stance: mirkolai/MultilingualStanceDetection @ 7e8f4b4cb26b8dd3cbd3d8f44e549c227a6403bc.
  No licence file; "an academic research dataset; use it for evaluation only". Does not ship.
- xlmt_fr: cardiffnlp/xlm-t @ 874214d64d96599eb869a033c22ec2cc57d19256. Repository Apache-2.0,
  but "restrictions may apply to individual datasets"; the French data is DEFT-2017, for research
  use. Does not ship.

What the shippable sources give (2026-11-26): MLMA only. Once the dev set's texts are out, MLMA-en
holds 1,850 hostile tweets (offensive, abusive, disrespectful, fearful; every `hateful` and every
`normal` row is in the dev set) and MLMA-fr 1,053, and no negative at all: no model for B, C or A
can be fitted (a fit needs MIN_POSITIVES positives and MIN_NEGATIVES "hard" and "neutral"
negatives each), so nothing ships and DIS006, WRK003 (and POL006) are not registered. With
`--include-restricted`, the run rebuilds the B and C models that were shipped before (the same
weights; 66 KB), which `benchmarks/evaluate.py` measured at B en recall 0.561 -> 0.650, C en
0.510 -> 0.534, but not_B en gold false positives 0.358 -> 0.419 and about 16 % of the
analyzer's speed.

Data. The raw files under <shared>/datasets/<source>/, less every text that also appears in
<shared>/datasets/dev_unified.csv (compared after Unicode NFKC, folding as the rules fold and
collapsing spaces), so that `benchmarks/evaluate.py` stays a measurement on unseen rows; each
remaining text is used once per label. The HOLDOUT slices named in the shared PROVENANCE files are
neither present nor looked for.

Labels (the dev set's mapping, extended where it had none; with `--include-restricted`):
- B, discrimination/harassment (en): tweeteval hate=1 (weight 1), MLMA-en label sets without
  `normal` (with `hateful` 1, other hostility 0.5) and tweeteval offensive=1 (OLID, 0.5) against
  tweeteval hate=0 and offensive=0 ("hard" negatives), tweeteval emotion (any emotion), the
  party-leader tweets and a sample of employer reviews ("neutral" negatives).
- C, workplace criticism (en): HRdatasets employees_opinion_ext `dislike` texts with score <= 2
  (and employees_opinion negative, none left) against `like` texts ("hard"), `dislike` texts of
  score >= 4 (mild complaints of content employees, weight 0.5) and a sample of tweets
  ("neutral"). Reviews are about work by construction, so the model scores only posts holding
  a workplace word of workplace_lexicon.toml, and those words (and "politics", "culture", "hr",
  "hike") are kept out of its vocabulary: it weighs how a post speaks of work, not that it does.
- A, political activity (en): every hand-labelled stance row (Hillary, Macron) is in the dev set.
  The script fits a distantly supervised model (positives: tweets with a partisan hashtag or
  slogan that POL001 knows, the tag removed first, plus party-leader tweets; negatives: other
  tweets naming a politician or party) and prints it, but writes it only with --with-political:
  it learned to flag news relays, which the guidance says are not partisan.
- French: nothing outside the dev set but MLMA-fr hostile tweets (no French negatives at all),
  so no French model; the script says so.

Features (`footprint.rules.learned.tokens` and `.features`, the very functions the rules use at
run time): binary folded words and pairs of neighbouring words. Left out: identity words (the
[groups] of harassment_lexicon.toml and the fairness table's words) and any pair holding one,
politicians' first names, @handles, numbers, web addresses, dataset artefacts (@user, #SemST),
pairs starting with a function word ("the X"), and words seen in fewer than 3 texts.
Politicians' surnames read as `__politician__` and party names or acronyms as `__party__`
(politics.toml, foreign_politics.toml).

Fitting: L1-regularised logistic regression (liblinear, class-balanced, sample weights), C chosen
from C_GRID by 5-fold out-of-fold average precision. Thresholds from the same out-of-fold scores,
on the training data only and among the posts a model scores at all: the lowest score at which
at most 3 % of the "neutral" and 8 % of the "hard" negatives are flagged (C: 1 % and 5 %), with
at least MIN_WORDS features weighing >= learned.MIN_SHOWN_WEIGHT (0.5) each, as at run time. "medium" is the same at 0.5 %
and 2 %.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from footprint.rules import learned, political  # noqa: E402
from footprint.text import fold  # noqa: E402

SEED = 20251126
FOLDS = 5
MIN_DF = 3
NEUTRAL_FPR = 0.03
HARD_FPR = 0.08
MEDIUM_NEUTRAL_FPR = 0.005
MEDIUM_HARD_FPR = 0.02
C_GRID = (0.05, 0.1, 0.2, 0.4)
MAX_FEATURES = 4000  # per model, the heaviest by |weight|; a cap only (L1 already keeps fewer)
MIN_WORDS = 2  # a flag needs this many words or pairs that each weigh >= learned.MIN_SHOWN_WEIGHT
# A model is fitted only with at least this many positives and this many "hard" and "neutral"
# negatives each (its threshold is set from both false-positive rates): floors against a
# degenerate fit, not a promise of a good one.
MIN_POSITIVES = 100
MIN_NEGATIVES = 50
PACKAGE_MODELS = REPO / "footprint" / "rules" / "data" / "models"
csv.field_size_limit(1 << 30)

# Words that are also ordinary words or common names: never read as a politician or a party.
_NOT_NAMES = frozenset(
    "may king young brown martin scott clark moore white black green greens rose wall bush paul rand"
    " ford long best strong rich price bloc new party reform union national front marche republique"
    " en la le les de du des of the and et alliance people peoples united democratic democrate"
    " liberal liberale conservative labour work parti unis verts solidaires insoumis insoumise"
    " insoumises blanc blanche harris lewis hall baker turner campbell wilson stewart marshall"
    " houston watson graham miller morgan ball taylor bennett robinson smith williams davis jones"
    " johnson lee chan roy ward walker hill david bond beck crane casey coon candidates vert"
    " solidaire insoumi sup torie".split()
)
# Fragments of web addresses and dataset artefacts ("@user", "@url", "#SemST") that are not words.
_ARTEFACTS = frozenset("http https www com co org net html amp rt url user semst via".split())
# Identity words named in tests/rules/test_fairness.py and issue 5 (the lexicon's [groups] add more).
_IDENTITY_EXTRA = (
    "gay gays lesbian lesbians black blacks white whites muslim muslims islam islamic jewish jew jews"
    " judaism trans transgender transgenders queer queers bisexual bisexuals homosexual homosexuals"
    " indigenous native natives aboriginal aboriginals first nations inuit inuits metis immigrant"
    " immigrants immigration migrant migrants refugee refugees asylum arab arabs arabic asian asians"
    " chinese african africans mexican mexicans latino latinos latina hispanic hispanics indian"
    " indians sikh sikhs hindu hindus christian christians catholic catholics somali somalis"
    " disabled disability autistic autism woman women girl girls female females man men male males"
    " lgbt lgbtq lgbtqia lgbtq2s 2slgbtqia gender sexuality religion race racial ethnic"
    " gai gaie gaies lesbienne lesbiennes noir noire noirs noires blanc blancs musulman musulmane"
    " musulmans musulmanes juif juive juifs juives transgenre transgenres homosexuel homosexuelle"
    " homosexuels autochtone autochtones inuit premieres nations immigre immigree immigres"
    " immigrees refugie refugiee refugies arabe arabes asiatique asiatiques chinois africain"
    " africaine africains mexicain sikh hindou chretien chretiens catholique handicape handicapee"
    " handicapes autiste autistes femme femmes fille filles homme hommes maghrebin maghrebins"
    " rebeu rebeus renoi renois feuj metisse mongol mongols"
)


def normalise(text: str) -> str:
    return " ".join(fold(unicodedata.normalize("NFKC", text)).split())


# -------------------------------------------------------------------------------- licences

# Licences whose terms let weights derived from the data ship in this Apache-2.0 project. Not:
# non-commercial (NC), copyleft (GPL), "research / evaluation only", and no licence at all (all
# rights reserved by default).
SHIPPABLE_LICENCES = frozenset(
    {"MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "CC0-1.0", "CC-BY-3.0", "CC-BY-4.0"}
)


@dataclass(frozen=True)
class Source:
    """Where one kind of row comes from, and the licence that decides whether weights derived
    from it may ship (facts from <shared>/datasets/<dataset>/PROVENANCE.md; see the docstring)."""

    dataset: str  # folder under <shared>/datasets
    repository: str  # owner/name @ commit
    licence: str  # the licence that governs the rows, or what stands in for one
    terms: str  # what the shared PROVENANCE.md says

    @property
    def shippable(self) -> bool:
        return self.licence in SHIPPABLE_LICENCES


_TWEETEVAL = "cardiffnlp/tweeteval @ 4fbd22cd78421f05b1ecdb4fc5725bc7a7bd8f66"
_TWEETEVAL_TERMS = (
    "no LICENSE file; README: released without restrictions, but restrictions may apply to the "
    "individual tasks or Twitter; PROVENANCE: research and evaluation only"
)
_HR = "vicencfernandez/HRdatasets @ 9536a7b65331c99ae07d01560d7c5ae7cf6afe27"
_HR_TERMS = "GPL-2 (package DESCRIPTION): copyleft, cannot be relicensed under Apache-2.0"
_MLMA = "HKUST-KnowComp/MLMA_hate_speech @ 479836984aebfbd8a0270ca92018980f745e4c44"
SOURCES: dict[str, Source] = {
    "tweeteval/stance_hillary": Source(
        "tweeteval", _TWEETEVAL, "research and evaluation only", f"SemEval-2016 Task 6; {_TWEETEVAL_TERMS}"
    ),
    "tweeteval/hate": Source(
        "tweeteval", _TWEETEVAL, "CC-BY-NC-4.0",
        f"SemEval-2019 HatEval, CC BY-NC 4.0 per its organisers (non-commercial); {_TWEETEVAL_TERMS}",
    ),
    "tweeteval/offensive": Source(
        "tweeteval", _TWEETEVAL, "research and evaluation only", f"OLID / OffensEval-2019; {_TWEETEVAL_TERMS}"
    ),
    "tweeteval/emotion": Source(
        "tweeteval", _TWEETEVAL, "research and evaluation only", f"SemEval-2018 Task 1; {_TWEETEVAL_TERMS}"
    ),
    "cdn_election_2019_leaders": Source(
        "cdn_election_2019_leaders", "SamEdwardes/sentiment-cdn-election @ 351532af71cc309c8c29bdfbe0f848bb6dc111ca",
        "no licence", "the repository has no licence file; public tweets by politicians (Twitter API)",
    ),
    "hr/employees_opinion": Source("hr_employee_opinions", _HR, "GPL-2.0", _HR_TERMS),
    "hr/ext_like": Source("hr_employee_opinions", _HR, "GPL-2.0", _HR_TERMS),
    "hr/ext_dislike": Source("hr_employee_opinions", _HR, "GPL-2.0", _HR_TERMS),
    "mlma/en": Source("mlma_hate_speech", _MLMA, "MIT", "MIT (repository LICENSE)"),
    "mlma/fr": Source("mlma_hate_speech", _MLMA, "MIT", "MIT (repository LICENSE)"),
    "macron_stance": Source(
        "multilingual_stance_fr_macron", "mirkolai/MultilingualStanceDetection @ 7e8f4b4cb26b8dd3cbd3d8f44e549c227a6403bc",
        "no licence", "the repository has no licence file; academic research dataset, evaluation only",
    ),
    "xlmt_fr": Source(
        "xlmt_sentiment_fr", "cardiffnlp/xlm-t @ 874214d64d96599eb869a033c22ec2cc57d19256",
        "research use only",
        "repository Apache-2.0, but restrictions may apply to its datasets; the French data is DEFT-2017, for research use",
    ),
}


def shippable(source: str) -> bool:
    """May weights derived from rows of this source ship in footprint-audit? (An unknown source
    may not: add it to SOURCES, with its licence, first.)"""
    known = SOURCES.get(source)
    return known is not None and known.shippable


# -------------------------------------------------------------------------------- the data


@dataclass
class Row:
    text: str
    lang: str
    source: str  # a key of SOURCES
    label: str  # the source's own label, mapped below per category


def _tweeteval(root: Path, task: str) -> list[tuple[str, int, str]]:
    out = []
    for split in ("train", "val", "test"):
        texts = (root / task / f"{split}_text.txt").read_text(encoding="utf-8").split("\n")
        labels = (root / task / f"{split}_labels.txt").read_text(encoding="utf-8").split("\n")
        out += [(t, int(lab), split) for t, lab in zip(texts, labels) if t.strip() and lab.strip()]
    return out


def _load_tweeteval(datasets: Path) -> list[Row]:
    rows: list[Row] = []
    tweeteval = datasets / "tweeteval" / "datasets"
    for text, label, _split in _tweeteval(tweeteval, "stance/hillary"):
        rows.append(Row(text, "en", "tweeteval/stance_hillary", {0: "none", 1: "against", 2: "favor"}[label]))
    for text, label, _split in _tweeteval(tweeteval, "hate"):
        rows.append(Row(text, "en", "tweeteval/hate", str(label)))
    for text, label, _split in _tweeteval(tweeteval, "offensive"):
        rows.append(Row(text, "en", "tweeteval/offensive", str(label)))
    for text, label, _split in _tweeteval(tweeteval, "emotion"):
        rows.append(Row(text, "en", "tweeteval/emotion", {0: "anger", 1: "joy", 2: "optimism", 3: "sadness"}[label]))
    return rows


def _load_leaders(datasets: Path) -> list[Row]:
    leaders = datasets / "cdn_election_2019_leaders" / "data" / "twitter-data-raw.DEV_SUBSET.csv"
    with leaders.open(encoding="utf-8", newline="") as handle:
        return [
            Row(record["full_text"], "en", "cdn_election_2019_leaders", record["handle"])
            for record in csv.DictReader(handle)
        ]


def _load_hr(datasets: Path) -> list[Row]:
    rows: list[Row] = []
    hr = datasets / "hr_employee_opinions" / "raw-data"
    with (hr / "employees_opinion.csv").open(encoding="utf-8-sig", newline="") as handle:
        for record in csv.DictReader(handle, delimiter=";"):
            rows.append(Row(record["comment"], "en", "hr/employees_opinion", record["assessment"]))
    with (hr / "employees_opinion_ext.csv").open(encoding="utf-8-sig", newline="") as handle:
        for record in csv.DictReader(handle, delimiter=";"):
            score = float(record["score"])
            rows.append(Row(record["like"] or "", "en", "hr/ext_like", str(score)))
            rows.append(Row(record["dislike"] or "", "en", "hr/ext_dislike", str(score)))
    return rows


def _load_mlma(datasets: Path) -> list[Row]:
    rows: list[Row] = []
    for lang in ("en", "fr"):
        path = datasets / "mlma_hate_speech" / f"{lang}_dataset.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            for record in csv.DictReader(handle):
                rows.append(Row(record["tweet"], lang, f"mlma/{lang}", record["sentiment"]))
    return rows


def _load_macron(datasets: Path) -> list[Row]:
    macron = datasets / "multilingual_stance_fr_macron" / "dataset" / "macron_fr.csv"
    with macron.open(encoding="utf-8", newline="") as handle:
        return [Row(record["Tweet"], "fr", "macron_stance", record["Stance"]) for record in csv.DictReader(handle)]


def _load_xlmt(datasets: Path) -> list[Row]:
    rows: list[Row] = []
    xlmt = datasets / "xlmt_sentiment_fr" / "data" / "sentiment" / "french"
    for split in ("train", "val"):
        texts = (xlmt / f"{split}_text.txt").read_text(encoding="utf-8").split("\n")
        labels = (xlmt / f"{split}_labels.txt").read_text(encoding="utf-8").split("\n")
        rows += [Row(t, "fr", "xlmt_fr", lab.strip()) for t, lab in zip(texts, labels) if t.strip() and lab.strip()]
    return rows


# By dataset folder, in the order the rows are read (the order fixes the samples drawn below).
LOADERS = (
    ("tweeteval", _load_tweeteval),
    ("cdn_election_2019_leaders", _load_leaders),
    ("hr_employee_opinions", _load_hr),
    ("mlma_hate_speech", _load_mlma),
    ("multilingual_stance_fr_macron", _load_macron),
    ("xlmt_sentiment_fr", _load_xlmt),
)


def load_rows(datasets: Path, include_restricted: bool = False) -> list[Row]:
    """The rows of the sources whose licence lets derived weights ship (every source with
    `include_restricted`); a dataset with no such source is not even opened."""
    rows: list[Row] = []
    for dataset, loader in LOADERS:
        wanted = [s for s, source in SOURCES.items() if source.dataset == dataset]
        if include_restricted or any(shippable(s) for s in wanted):
            rows += loader(datasets)
    unknown = {r.source for r in rows} - set(SOURCES)
    if unknown:
        raise SystemExit(f"no licence recorded for {sorted(unknown)}: add them to SOURCES first")
    return [r for r in rows if r.text.strip() and (include_restricted or shippable(r.source))]


def without_dev(rows: list[Row], dev_path: Path) -> tuple[list[Row], Counter[str]]:
    """Rows whose normalised text is not in the dev set, each text once."""
    with dev_path.open(encoding="utf-8", newline="") as handle:
        dev = {normalise(r["text"]) for r in csv.DictReader(handle)}
    kept, seen = [], set()
    dropped: Counter[str] = Counter()
    for row in rows:
        key = normalise(row.text)
        if key in dev:
            dropped[row.source] += 1
            continue
        if (key, row.source, row.label) in seen:
            continue
        seen.add((key, row.source, row.label))
        kept.append(row)
    return kept, dropped


# -------------------------------------------------------------------------------- names and words


def _politics_tokens(data_dir: Path) -> tuple[set[str], set[str], set[str]]:
    """(politician surnames, party words, first names) as folded single words."""
    canadian = tomllib.loads((data_dir / "politics.toml").read_text(encoding="utf-8"))
    foreign = tomllib.loads((data_dir / "foreign_politics.toml").read_text(encoding="utf-8"))
    surnames: set[str] = set()
    parties: set[str] = set()
    first: set[str] = set()

    def words(text: str) -> list[str]:
        return re.findall(r"[a-z]+", fold(text))

    def person(full: str) -> None:
        parts = words(full)
        if not parts:
            return
        if len(parts) == 1:
            surnames.add(parts[0])
            return
        first.update(p for p in parts[:-1] if len(p) > 2)
        surnames.add(parts[-1])

    def party_word(word: str) -> None:
        for part in words(word):
            if len(part) >= 3:
                parties.add(part)
                if part.endswith("s") and len(part) > 4:
                    parties.add(part[:-1])

    for party in canadian.get("party", []):
        for leader in party.get("leaders", []):
            person(str(leader.get("name", "")))
        for acronym in (*party.get("acronyms", []), *party.get("cue_acronyms", [])):
            if " " not in acronym and len(acronym) >= 3:
                parties.add(fold(acronym))
        for word in party.get("member_words", []):
            if len(words(word)) == 1:
                party_word(word)
    for party in foreign.get("party", []):
        for alias in (*party.get("cased_aliases", []), *party.get("weak_aliases", [])):
            if len(words(alias)) == 1:
                party_word(alias)
    for entry in foreign.get("person", []):
        person(str(entry.get("name", "")))
        for alias in (*entry.get("aliases", []), *entry.get("cased_aliases", [])):
            if len(words(alias)) == 1:
                surnames.add(words(alias)[0])
            else:
                person(alias)
    ordinary = _NOT_NAMES | political._AMBIGUOUS_SURNAMES | political._SURNAME_STOPLIST
    surnames = {s for s in surnames if len(s) >= 4 and s not in ordinary}
    parties = {p for p in parties if p not in ordinary} - surnames
    first = {f for f in first if f not in _NOT_NAMES} - surnames - parties
    return surnames, parties, first


def identity_words(data_dir: Path) -> set[str]:
    lexicon = tomllib.loads((data_dir / "harassment_lexicon.toml").read_text(encoding="utf-8"))
    found = set(_IDENTITY_EXTRA.split())
    for lang in ("en", "fr"):
        for entry in lexicon["groups"][lang]:
            for word in re.findall(r"[a-z0-9]+", fold(entry)):
                if word not in {"people", "the", "de", "la", "les", "sans", "ces", "illegal", "seekers"}:
                    found.add(word)
    return found


def workplace_words(data_dir: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """One-word cues of workplace_lexicon.toml, English: (workplace words: people and units at
    work, aspects of a job, grievances; clearly negative words: valence -1.5 or below, contempt,
    strong grievances)."""
    lexicon = tomllib.loads((data_dir / "workplace_lexicon.toml").read_text(encoding="utf-8"))
    negative: set[str] = set()
    for weight, terms in lexicon["valence"]["en"].items():
        if float(weight) <= -1.5:
            negative.update(t for t in terms if re.fullmatch(r"[a-z]+", fold(t)))
    negative.update(t for t in lexicon["contempt"]["en"] if re.fullmatch(r"[a-z]+", fold(t)))
    negative.update(t for t in lexicon["grievances"]["strong_en"] if re.fullmatch(r"[a-z]+", fold(t)))
    found = {"job", "jobs", "work", "working", "worked", "workplace", "employer", "employers", "coworkers"}
    for section, keys in (
        ("entities", ("strong_en", "weak_en")),
        ("aspects", ("settings_en", "strong_en", "weak_en")),
        ("grievances", ("strong_en", "weak_en")),
    ):
        for key in keys:
            for entry in lexicon[section][key]:
                words = re.findall(r"[a-z]+", fold(entry))
                if len(words) == 1 and len(words[0]) > 2:
                    found.add(words[0])
    return tuple(sorted(found)), tuple(sorted(fold(w) for w in negative))


# Pairs never start with these words: "the X", "is X" say little more than X, and keeping them
# out lets the rules rule most posts out from their set of words, before any pair is built.
PAIR_STOP_FIRST = frozenset(
    "a an the to of in on at for and or is are was were be been being am it its this that these those"
    " with from by as so if i you he she we they my your his her our their me him them us do does did"
    " have has had will would can could should just very really than then there here what who how when"
    " where why which all any some about into out up down over after before while also too".split()
)


def _allowed(feature: str, blocked: set[str]) -> bool:
    if " " in feature and feature.split(" ", 1)[0] in PAIR_STOP_FIRST:
        return False
    for word in feature.split(" "):
        if word in blocked or word.startswith("@") or any(ch.isdigit() for ch in word):
            return False
    return True


# -------------------------------------------------------------------------------- labels


@dataclass
class Task:
    letter: str
    lang: str
    texts: list[str] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    weight: list[float] = field(default_factory=list)
    pool: list[str] = field(default_factory=list)  # "pos", "neutral", "hard" or "other"
    # The model scores only posts holding, for each group, one of its words.
    requires: tuple[tuple[str, ...], ...] = ()
    exclude: set[str] = field(default_factory=set)  # words kept out of this model's vocabulary
    neutral_fpr: float = NEUTRAL_FPR
    hard_fpr: float = HARD_FPR

    def add(self, text: str, label: int, weight: float, pool: str) -> None:
        self.texts.append(text)
        self.y.append(label)
        self.weight.append(weight)
        self.pool.append(pool)


def _partisan_tags_removed(text: str) -> tuple[str, bool]:
    """The text without the partisan hashtags and slogans POL001 knows, and whether it had any."""
    folded = fold(text)
    _spans, tags = political._analysis(text, folded)
    if not tags:
        return text, False
    chars = list(text)
    for tag in tags:
        for i in range(tag.start, tag.end):
            chars[i] = " "
    return "".join(chars), True


def build_tasks(rows: list[Row], names: dict[str, str]) -> list[Task]:
    rng = random.Random(SEED)
    b, c, a = Task("B", "en"), Task("C", "en"), Task("A", "en")
    tweets_en = [r for r in rows if r.lang == "en" and r.source.startswith(("tweeteval/", "mlma/en", "cdn_"))]
    reviews = [r for r in rows if r.source.startswith("hr/")]

    # -- B
    for r in rows:
        if r.lang != "en":
            continue
        if r.source == "tweeteval/hate":
            b.add(r.text, int(r.label == "1"), 1.0, "pos" if r.label == "1" else "hard")
        elif r.source == "tweeteval/offensive":
            b.add(r.text, int(r.label == "1"), 0.5 if r.label == "1" else 1.0, "pos" if r.label == "1" else "hard")
        elif r.source == "mlma/en":
            labels = set(r.label.split("_"))
            if "normal" in labels:
                continue  # `normal` rows (not_B) are all in the dev set; mixtures are unknown
            b.add(r.text, 1, 1.0 if "hateful" in labels else 0.5, "pos")
        elif r.source == "tweeteval/emotion":
            b.add(r.text, 0, 1.0, "neutral")
        elif r.source.startswith("cdn_"):
            b.add(r.text, 0, 1.0, "neutral")
    for r in rng.sample(reviews, min(3000, len(reviews))):
        b.add(r.text, 0, 1.0, "neutral")

    # -- C
    for r in reviews:
        if r.source == "hr/ext_dislike":
            score = float(r.label)
            if score <= 2:
                c.add(r.text, 1, 1.0, "pos")
            elif score >= 4:
                c.add(r.text, 0, 0.5, "other")
        elif r.source == "hr/ext_like":
            c.add(r.text, 0, 1.0, "hard")
        elif r.source == "hr/employees_opinion":
            c.add(r.text, int(r.label == "negative"), 1.0, "pos" if r.label == "negative" else "hard")
    # Reviews are about work by construction, and a terse review ("management, culture") is a
    # complaint by its star rating alone; a social post must say both: the model scores only
    # posts holding a workplace word and a clearly negative word of the workplace rules' lexicon
    # ("manager" and "toxic"; "salary" and "pathetic"), never a list of topics.
    c.requires = workplace_words(REPO / "footprint" / "rules" / "data")[:1]
    # Those words say what a post is about, not how it speaks of it: kept out of the model, so
    # "management" or "salary" alone weighs nothing and only the words around them count.
    c.exclude = set(c.requires[0]) | {"politics", "political", "culture", "hr", "hike", "hikes"}
    # Reviews are not posts: the model is held to 1 % of ordinary posts about work and 5 % of
    # praise of an employer, not 3 % and 8 %.
    c.neutral_fpr, c.hard_fpr = 0.01, 0.05
    ordinary = [r for r in tweets_en if r.source in ("tweeteval/emotion", "tweeteval/hate", "tweeteval/offensive")]
    for r in rng.sample(ordinary, min(6000, len(ordinary))):
        c.add(r.text, 0, 1.0, "neutral")

    # -- A (distant labels: partisan hashtags and slogans, removed before features are taken).
    # Only posts naming a party or politician are used, and only such posts are scored at run
    # time: the model weighs how a post speaks of them, the name alone is not partisan.
    a.requires = ((learned.POLITICIAN, learned.PARTY),)
    hashtags: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for r in tweets_en:
        if r.source == "tweeteval/stance_hillary":
            continue  # none left outside the dev set; "none" would not be a negative anyway
        folded = fold(r.text)
        hashtags.update(t[1:] for t in re.findall(r"#\w+", folded))
        words.update(re.findall(r"\w+", folded))
        stripped, partisan = (r.text, True) if r.source.startswith("cdn_") else _partisan_tags_removed(r.text)
        if not set(a.requires[0]) & set(learned.tokens(fold(stripped), names)):
            continue
        if partisan:
            a.add(stripped, 1, 1.0, "pos")
        else:
            a.add(r.text, 0, 1.0, "neutral" if r.source == "tweeteval/emotion" else "hard")
    # Words used mostly as hashtags ("#QAnon", "#RedNationRising") travel with the partisan tags
    # the labels come from: they would teach the model the labelling, not the language.
    a.exclude = {w for w, n in hashtags.items() if n >= 0.3 * words[w]}
    return [a, b, c]


# -------------------------------------------------------------------------------- fitting


def _threshold(scores, y, pool, gate, neutral_fpr: float, hard_fpr: float) -> float:  # type: ignore[no-untyped-def]
    """The lowest score that keeps both false-positive rates within bounds, among the posts the
    model scores at all (`gate`): a model asked only about some posts must be right about them."""
    import numpy as np

    candidates = np.unique(scores[gate])
    neutral = scores[(y == 0) & (pool == "neutral") & gate]
    hard = scores[(y == 0) & (pool == "hard") & gate]

    def rate(values, t):  # type: ignore[no-untyped-def]
        return float((values >= t).mean()) if len(values) else 0.0

    for t in candidates:
        if rate(neutral, t) <= neutral_fpr and rate(hard, t) <= hard_fpr:
            return float(t)
    return float(candidates[-1]) + 1.0


def fit(task: Task, blocked: set[str], names: dict[str, str]) -> dict[str, object]:
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import StratifiedKFold

    docs = [learned.features(learned.tokens(fold(t), names)) for t in task.texts]
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d)
    vocab = sorted(f for f, n in df.items() if n >= MIN_DF and _allowed(f, blocked | task.exclude))
    index = {f: i for i, f in enumerate(vocab)}
    indptr, indices = [0], []
    for d in docs:
        indices.extend(sorted(index[f] for f in d if f in index))
        indptr.append(len(indices))
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(docs), len(vocab)))
    y = np.array(task.y)
    w = np.array(task.weight)
    pool = np.array(task.pool)

    def model(c: float) -> LogisticRegression:
        return LogisticRegression(
            l1_ratio=1.0, C=c, solver="liblinear", class_weight="balanced", random_state=SEED, max_iter=2000
        )

    # A model that needs one of some words scores nothing else: such rows count as not flagged.
    gate = np.array([all(not set(group).isdisjoint(d) for group in task.requires) for d in docs])
    folds = list(StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(x, y))
    best = None
    for c in C_GRID:
        oof = np.zeros(len(y))
        for train, test in folds:
            m = model(c).fit(x[train], y[train], sample_weight=w[train])
            oof[test] = m.decision_function(x[test])
            # As at run time: a post needs MIN_WORDS features that each weigh towards the flag.
            strong = (m.coef_[0] >= learned.MIN_SHOWN_WEIGHT).astype(float)
            oof[test[np.asarray(x[test] @ strong).ravel() < MIN_WORDS]] = -1e9
        oof[~gate] = -1e9
        ap = average_precision_score(y, oof)
        print(f"  {task.letter}/{task.lang} C={c}: out-of-fold average precision {ap:.3f}")
        if best is None or ap > best[1] + 0.002:
            best = (c, ap, oof)
    assert best is not None
    c, ap, oof = best
    final = model(c).fit(x, y, sample_weight=w)
    coef = final.coef_[0]
    kept = sorted((i for i in np.flatnonzero(coef)), key=lambda i: -abs(coef[i]))[:MAX_FEATURES]
    threshold = _threshold(oof, y, pool, gate, task.neutral_fpr, task.hard_fpr)
    medium = max(threshold, _threshold(oof, y, pool, gate, MEDIUM_NEUTRAL_FPR, MEDIUM_HARD_FPR))
    flagged = oof >= threshold
    neutral = (y == 0) & (pool == "neutral")
    hard = (y == 0) & (pool == "hard")
    metrics = {
        "C": c,
        "out_of_fold_average_precision": round(ap, 3),
        "out_of_fold_recall": round(float(flagged[y == 1].mean()), 3),
        "out_of_fold_fpr_neutral": round(float(flagged[neutral].mean()), 3) if neutral.any() else None,
        "out_of_fold_fpr_hard": round(float(flagged[hard].mean()), 3) if hard.any() else None,
        "out_of_fold_fpr_neutral_scored": round(float(flagged[neutral & gate].mean()), 3)
        if (neutral & gate).any() else None,
        "out_of_fold_fpr_hard_scored": round(float(flagged[hard & gate].mean()), 3) if (hard & gate).any() else None,
        "rows_scored": int(gate.sum()),
        "rows": int(len(y)),
        "positives": int(y.sum()),
        "negatives": int((y == 0).sum()),
        "vocabulary": len(vocab),
        "nonzero_weights": int(np.count_nonzero(coef)),
        "features_kept": len(kept),
    }
    print(f"  {task.letter}/{task.lang}: {json.dumps(metrics)}")
    return {
        "requires": [list(group) for group in task.requires],
        "min_words": MIN_WORDS,
        "bias": round(float(final.intercept_[0]), 4),
        "threshold": round(threshold, 4),
        "medium": round(medium, 4),
        "metrics": metrics,
        "weights": {vocab[i]: round(float(coef[i]), 4) for i in sorted(kept, key=lambda i: vocab[i])},
    }


def too_few(task: Task) -> str | None:
    """Why a model cannot be fitted from a task's rows (too few of a kind), or None."""
    positives = sum(task.y)
    hard = sum(1 for y, pool in zip(task.y, task.pool) if not y and pool == "hard")
    neutral = sum(1 for y, pool in zip(task.y, task.pool) if not y and pool == "neutral")
    if positives >= MIN_POSITIVES and hard >= MIN_NEGATIVES and neutral >= MIN_NEGATIVES:
        return None
    return (
        f"{positives:,} positives, {hard:,} hard and {neutral:,} neutral negatives (a fit needs "
        f"{MIN_POSITIVES} positives and {MIN_NEGATIVES} negatives of each kind)"
    )


def restricted_notice(used: list[str], path: Path | str) -> str:
    licences = "; ".join(f"{name}: {SOURCES[name].licence}" for name in used if not shippable(name))
    return (
        "NOT FOR REDISTRIBUTION. These weights are derived from data whose licences do not allow "
        f"shipping them, in footprint-audit (Apache-2.0) or anywhere else ({licences}). Keep them on "
        "your own machine for your own review: do not commit, publish, share or package them, and "
        "never copy them into footprint/rules/data/models. To use them: "
        f"FOOTPRINT_TEXT_MODELS={path} footprint scan --full"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument(
        "--out", type=Path, default=None,
        help="folder for text_models.json (default: footprint/rules/data/models, the shipped models)",
    )
    parser.add_argument(
        "--include-restricted", action="store_true",
        help="also train on the sources whose licence forbids shipping derived weights (NC, GPL, "
        "research only, no licence), for your own local use: needs --out outside this repository, "
        "and the result must not be redistributed",
    )
    parser.add_argument(
        "--with-political", action="store_true",
        help="also write the distantly supervised political model (not shipped: see the docstring)",
    )
    args = parser.parse_args(argv)
    if args.include_restricted:
        if args.out is None:
            parser.error("--include-restricted needs --out DIR, a folder outside this repository")
        out = args.out.expanduser().resolve()
        if out.is_relative_to(REPO.resolve()):
            parser.error(
                f"--out {args.out} is inside the repository: weights trained with --include-restricted "
                "must not be redistributed, so they are written outside it"
            )
    else:
        out = (args.out or PACKAGE_MODELS).expanduser().resolve()
    datasets = args.shared / "datasets"
    data_dir = REPO / "footprint" / "rules" / "data"
    rows = load_rows(datasets, args.include_restricted)
    kept, dropped = without_dev(rows, datasets / "dev_unified.csv")
    used = sorted({r.source for r in kept})
    print("sources (licence; may weights derived from it ship in this Apache-2.0 project?):")
    for name, source in SOURCES.items():
        if not (source.shippable or args.include_restricted):
            status = "left out (licence)"
        else:
            status = "used" if name in used else "not used (every row is in the dev set)"
        print(f"  {name:<26} {source.licence:<30} {'ships' if source.shippable else 'does not ship':<13} {status}")
    print(f"rows read: {len(rows):,}; left after removing the dev set's texts and duplicates: {len(kept):,}")
    for source_name, n in sorted(dropped.items()):
        print(f"  dropped as in dev_unified.csv: {source_name}: {n:,}")

    surnames, parties, first = _politics_tokens(data_dir)
    names = {s: learned.POLITICIAN for s in surnames}
    names.update({p: learned.PARTY for p in parties})
    blocked = identity_words(data_dir) | first | _ARTEFACTS
    blocked -= {learned.POLITICIAN, learned.PARTY}

    redistributable = all(shippable(name) for name in used)
    output: dict[str, object] = {
        "format": learned.FORMAT,
        "about": "Logistic-regression weights of footprint's learned text rules (POL006, DIS006, "
        "WRK003), written by scripts/train_text_models.py (sources and licences in its docstring). "
        "Score = bias + the weights of the post's words and word pairs, each counted once; flagged "
        "at or above threshold.",
        "redistributable": redistributable,
        # The sources whose rows were read (what is left of them once the dev set's texts are out).
        "sources_read": {
            name: {"repository": SOURCES[name].repository, "licence": SOURCES[name].licence} for name in used
        },
        "politician_tokens": sorted(surnames),
        "party_tokens": sorted(parties),
        "dropped_words": sorted(blocked),
        "models": {},
    }
    french = "no French text outside the dev set except MLMA-fr hostile tweets (no French negatives)"
    not_trained: dict[str, dict[str, str]] = {"en": {}, "fr": {c: french for c in "ABC"}}
    output["not_trained"] = not_trained
    models: dict[str, dict[str, object]] = {}
    for task in build_tasks(kept, names):
        counts = Counter(zip(task.y, task.pool))
        print(f"{task.letter}/{task.lang}: {len(task.y):,} texts " + ", ".join(
            f"{'pos' if k[0] else 'neg'}:{k[1]}={v:,}" for k, v in sorted(counts.items())
        ))
        reason = too_few(task)
        if reason:
            print(f"  {task.letter}/{task.lang} NOT trained: too few rows from the sources used: {reason}")
            not_trained[task.lang][task.letter] = f"too few rows from the sources used: {reason}"
            continue
        fitted = fit(task, blocked, names)
        if task.letter == "A" and not args.with_political:
            heaviest = sorted(fitted["weights"].items(), key=lambda kv: -kv[1])[:25]  # type: ignore[union-attr]
            print(f"  A/{task.lang} NOT written (pass --with-political to write it); its heaviest features: "
                  + ", ".join(f"{k} {v:+.2f}" for k, v in heaviest))
            not_trained[task.lang]["A"] = (
                "not shipped: no hand-labelled political row is left outside the dev set; the "
                "distantly supervised model (partisan hashtags as labels) learned to flag news "
                "relays ('__politician__ news', 'breaking'), which the guidance says are not partisan"
            )
            continue
        models.setdefault(task.lang, {})[task.letter] = fitted
    output["models"] = models
    french_rows = Counter(r.source for r in kept if r.lang == "fr")
    print(f"French rows left after removing the dev set: {dict(french_rows)}: no French model trained")
    path = out / "text_models.json"
    shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    if not models:
        print("no model could be trained from the sources used: nothing written")
        if path.exists() and out == PACKAGE_MODELS.resolve():
            path.unlink()
            print(f"removed {shown}, which this run would not have written (update PROVENANCE.md beside it)")
        elif path.exists():
            print(f"{shown} is left as it was: it is not this run's")
        return 0
    if not redistributable:
        output["licence_notice"] = restricted_notice(used, "<this file>")  # the same file wherever written
    out.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(output, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {shown} ({path.stat().st_size:,} bytes)")
    if redistributable and out == PACKAGE_MODELS.resolve():
        print(
            "it ships: write PROVENANCE.md beside it (sources, command, the metrics above, "
            "benchmarks/evaluate.py before and after) and check that pyproject.toml's package-data "
            "for footprint.rules holds data/models/*.json and data/models/*.md"
        )
    if not redistributable:
        print()
        print(restricted_notice(used, path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
