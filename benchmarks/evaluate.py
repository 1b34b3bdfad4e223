"""Measure the analyzer's judgement: recall, false alarms, language parity, speed.

    python benchmarks/evaluate.py [--shared ../shared] [--errors N] [--rules-only] [--only SECTION ...]

Sections (each prints its own table, with the targets of issues 14, 15 and 21 and PASS/FAIL):
- `dev`: the labelled dev set (<shared>/datasets/dev_unified.csv, real posts from public data
  sets; tuning on it was allowed, so it flatters): recall per category, language and label
  quality; false alarms on neutral rows (any flag) and on hard negatives (a flag of that
  category).
- `corpus`: the held-out split of the project's own corpus (scripts/corpus/, sentence families
  the learned models never saw, written by people who did not write the rules): recall per
  category, subtype and language; false alarms per hard-negative subtype; personal-safety recall
  per subtype at medium severity or more.
- `parity`: the corpus's parallel English/French posts: how often each half is flagged.
- `safety`: issue 21's table on every personal-safety family of the corpus, training split
  included (no learned model covers safety, so no family was ever trained on, and rule authors saw
  held-out aggregates only): at least 40 posts per subtype and language, recall at medium
  severity or more per subtype and language, hard negatives per subtype.
- `hatecheck`: HateCheck (English) and Multilingual HateCheck (French) cases on templates held out
  from training, per functionality. Not an independent test: the other templates trained DIS006.
- `real`: the real exports under <shared>/fixtures/real (ordinary people's posts), imported and
  scanned as a user would: flags per 1,000 items, each listed.
- `robustness`: dev posts the analyzer flags in their own category (a seeded sample), typed again
  the ways people type (all lower case, all capitals, no accents, no apostrophes, doubled spaces,
  laughing emoji at the end, no punctuation, a name as a hashtag): how many stay flagged, per
  variation and language. A rule that holds only for the spelling its author wrote loses here.
- `probes`: the lead engineer's probes (benchmarks/probes/*.txt): short posts written in their own
  words, apart from every rule, data set and corpus family, and never tuned on (each file's header
  says when it was written and whether its misses were ever read). Per probe, category and
  language: how many are flagged in their category, and any flag on an ordinary post. Small (20 to
  25 posts a cell), so only large moves mean anything; the one table here whose text no rule
  author worked from.
- speed: posts per CPU second over the dev set, on one core.

`--rules-only` leaves the learned rules out, to see what the transparent rules do alone. The
hidden set that decides is real posts from other sources; these tables are the best proxy we have.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from footprint.analyzer import Analyzer  # noqa: E402
from footprint.records import Finding, Severity, Subject  # noqa: E402
from footprint.rules import load_rules  # noqa: E402

CATEGORY = {
    "A": "political_activity",
    "B": "discrimination_harassment",
    "C": "workplace_criticism",
    "D": "personal_safety",
}
RECALL_TARGET = {"A": 0.80, "B": 0.80, "C": 0.75}
LANGUAGE_GAP = 0.05  # French recall within this of English
NEUTRAL_FPR_TARGET = 0.02
HARD_NEGATIVE_FPR_TARGET = 0.10
SAFETY_RECALL_TARGET = 0.90
SAFETY_HARD_TARGET = 1 / 14
PARITY_TARGET = 0.10  # flag rates within 10 % of each other
REAL_PER_THOUSAND_TARGET = 1.0
SECTIONS = ("dev", "corpus", "parity", "safety", "hatecheck", "real", "reddit", "robustness", "probes", "speed")
PROBES = REPO / "benchmarks" / "probes"
WARM_UP = 500
SPEED_TARGET = 10_000


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def rate(hits: int, total: int) -> float:
    return hits / total if total else 0.0


class Judge:
    """The analyzer as the tool runs it, asked one post at a time."""

    def __init__(self, rules_only: bool) -> None:
        rules = load_rules()
        if rules_only:
            from footprint.rules.learned import _LearnedRule

            rules = [r for r in rules if not isinstance(r, _LearnedRule)]
        self.rules_only = rules_only
        self.analyzer = Analyzer(rules)
        self.codes = [r.code for r in rules]

    def findings(self, text: str, lang: str) -> list[Finding]:
        subject = Subject(
            platform="x", account_id="eval", native_id="eval", kind="post", fields={"text": text}, language=lang
        )
        return [f for f in self.analyzer.analyze(subject).findings if f.severity > Severity.INFO]

    def categories(self, text: str, lang: str) -> set[str]:
        return {f.category for f in self.findings(text, lang)}


def _sample(texts: list[str], n: int) -> Iterable[str]:
    for text in texts[:n]:
        yield " ".join(text.split())[:220]


def _print_examples(misses: dict, false_alarms: dict, n: int) -> None:  # type: ignore[type-arg]
    """The first `n` misses and false alarms of each group (none when `n` is 0)."""
    if not n:
        return
    for title, mark, groups in (("missed", "-", misses), ("false alarms", "+", false_alarms)):
        for key, texts in sorted(groups.items()):
            print(f"  {title} {key}:")
            for text in _sample(texts, n):
                print(f"    {mark}", text)


# -------------------------------------------------------------------------------- dev


def dev(judge: Judge, shared: Path, errors: int) -> None:
    path = shared / "datasets" / "dev_unified.csv"
    print(f"== dev set: {path} (real posts; tuning allowed, so it flatters)")
    if not path.exists():
        print("   absent: skipped")
        return
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    started = time.process_time()
    warm = [(row, judge.categories(row["text"], row["lang"])) for row in rows[:WARM_UP]]
    warm_up = time.process_time() - started
    started = time.process_time()
    results = warm + [(row, judge.categories(row["text"], row["lang"])) for row in rows[WARM_UP:]]
    elapsed = time.process_time() - started
    recall: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    neutral: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    hard: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[tuple[str, str], list[str]] = defaultdict(list)
    false_alarms: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row, flags in results:
        category, lang, quality = row["category"], row["lang"], row["label_quality"]
        if category in RECALL_TARGET:
            hit = CATEGORY[category] in flags
            recall[(category, lang, quality)][0] += hit
            recall[(category, lang, quality)][1] += 1
            if not hit:
                misses[(category, lang)].append(row["text"])
        elif category == "neutral":
            neutral[lang][0] += bool(flags)
            neutral[lang][1] += 1
            if flags:
                false_alarms[("neutral", lang)].append(f"{sorted(flags)} {row['text']}")
        elif category.startswith("not_") and category[4:] in RECALL_TARGET:
            wrong = CATEGORY[category[4:]] in flags
            hard[(category, lang, quality)][0] += wrong
            hard[(category, lang, quality)][1] += 1
            if wrong:
                false_alarms[(category, lang)].append(row["text"])
    measured = len(rows) - WARM_UP
    print(
        f"speed on the dev set (dense: nearly every row holds words the rules look for): "
        f"{measured / elapsed:,.0f} posts per CPU second, one core ({elapsed:.2f} s for {measured:,} posts, "
        f"after {WARM_UP} posts of warm-up that loaded the lexicons and models in {warm_up:.2f} s)"
    )
    print("recall (category, language, label quality):")
    pooled: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for (category, lang, quality), (hits, total) in sorted(recall.items()):
        pooled[(category, lang)][0] += hits
        pooled[(category, lang)][1] += total
        print(f"  {category} {CATEGORY[category]:<26} {lang} {quality:<8} {hits:>5}/{total:<5} = {rate(hits, total):.3f}")
    for (category, lang), (hits, total) in sorted(pooled.items()):
        value = rate(hits, total)
        line = f"  {category} {lang} all qualities: {value:.3f} target >= {RECALL_TARGET[category]:.2f} {verdict(value >= RECALL_TARGET[category])}"
        if lang == "fr" and (category, "en") in pooled:
            english = rate(*pooled[(category, "en")])
            line += f"; French - English = {value - english:+.3f} (within {LANGUAGE_GAP}: {verdict(value >= english - LANGUAGE_GAP)})"
        print(line)
    print("false alarms on neutral rows (any flag):")
    for lang, (flags, total) in sorted(neutral.items()):
        value = rate(flags, total)
        print(f"  neutral {lang}: {flags:>4}/{total:<5} = {value:.3f} target <= {NEUTRAL_FPR_TARGET:.2f} {verdict(value <= NEUTRAL_FPR_TARGET)}")
    print("false alarms on hard negatives (a flag of that category):")
    for (category, lang, quality), (flags, total) in sorted(hard.items()):
        value = rate(flags, total)
        print(f"  {category} {lang} {quality:<8} {flags:>4}/{total:<5} = {value:.3f} target <= {HARD_NEGATIVE_FPR_TARGET:.2f} {verdict(value <= HARD_NEGATIVE_FPR_TARGET)}")
    _print_examples(misses, false_alarms, errors)


# -------------------------------------------------------------------------------- corpus


def corpus_posts(split: str = "heldout") -> list:  # type: ignore[type-arg]
    from scripts.corpus._model import split_of
    from scripts.corpus.build import posts

    return [p for p in posts() if split_of(p.family) == split]


def _safety_hit(judge: Judge, post) -> bool:  # type: ignore[no-untyped-def]
    # Issue 21 counts a flag at medium severity or more; a bare street address is low.
    wanted = Severity.LOW if post.severity == "low" else Severity.MEDIUM
    return any(f.category == CATEGORY["D"] and f.severity >= wanted for f in judge.findings(post.text, post.lang))


def safety(judge: Judge) -> None:
    from scripts.corpus.safety import posts

    rows = list(posts())
    print(f"== personal safety, every family of the corpus ({len(rows):,} posts; no learned safety model, so none was trained on)")
    recall: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    hard: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for post in rows:
        if post.label == "D":
            recall[(post.subtype, post.lang)][0] += _safety_hit(judge, post)
            recall[(post.subtype, post.lang)][1] += 1
        elif post.hard_for == "D":
            hard[(post.subtype, post.lang)][0] += CATEGORY["D"] in judge.categories(post.text, post.lang)
            hard[(post.subtype, post.lang)][1] += 1
    print("recall at medium severity or more (street addresses: low), per subtype and language:")
    for (subtype, lang), (hits, total) in sorted(recall.items()):
        size = "" if total >= 40 else " (fewer than 40 posts)"
        print(f"  {subtype:<18} {lang} {hits:>4}/{total:<4} = {rate(hits, total):.3f} target >= {SAFETY_RECALL_TARGET:.2f} "
              f"{verdict(rate(hits, total) >= SAFETY_RECALL_TARGET)}{size}")
    print("hard negatives flagged as personal safety:")
    pooled: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (subtype, lang), (flags, total) in sorted(hard.items()):
        pooled[lang][0] += flags
        pooled[lang][1] += total
        print(f"  not D {subtype:<16} {lang} {flags:>4}/{total:<4} = {rate(flags, total):.3f}")
    for lang, (flags, total) in sorted(pooled.items()):
        print(f"  not D {lang} all subtypes: {flags}/{total} = {rate(flags, total):.3f} target <= {SAFETY_HARD_TARGET:.3f} "
              f"{verdict(rate(flags, total) <= SAFETY_HARD_TARGET)}")


def corpus(judge: Judge, errors: int) -> list:  # type: ignore[type-arg]
    posts = corpus_posts()
    print(f"== project corpus, held-out split ({len(posts):,} posts; families never trained on, written apart from the rules)")
    if not posts:
        print("   empty: skipped")
        return []
    recall: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    hard: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    ordinary: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[tuple[str, str], list[str]] = defaultdict(list)
    wrong: dict[tuple[str, str], list[str]] = defaultdict(list)
    flagged_posts = []
    for post in posts:
        found = judge.findings(post.text, post.lang)
        flags = {f.category for f in found}
        flagged_posts.append((post, flags))
        if post.label in CATEGORY:
            if post.label == "D":
                # Issue 21 counts a flag at medium severity or more; a bare street address is low.
                wanted = Severity.LOW if post.severity == "low" else Severity.MEDIUM
                hit = any(f.category == CATEGORY["D"] and f.severity >= wanted for f in found)
            else:
                hit = CATEGORY[post.label] in flags
            recall[(post.label, post.subtype, post.lang)][0] += hit
            recall[(post.label, post.subtype, post.lang)][1] += 1
            if not hit:
                misses[(post.label, post.lang)].append(f"[{post.subtype}] {post.text}")
        elif post.hard_for:
            bad = CATEGORY[post.hard_for] in flags
            hard[(post.hard_for, post.subtype, post.lang)][0] += bad
            hard[(post.hard_for, post.subtype, post.lang)][1] += 1
            if bad:
                wrong[(post.hard_for, post.lang)].append(f"[{post.subtype}] {post.text}")
        else:
            ordinary[post.lang][0] += bool(flags)
            ordinary[post.lang][1] += 1
            if flags:
                wrong[("ordinary", post.lang)].append(f"{sorted(flags)} {post.text}")
    pooled: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    print("recall per category, subtype, language:")
    for (label, subtype, lang), (hits, total) in sorted(recall.items()):
        pooled[(label, lang)][0] += hits
        pooled[(label, lang)][1] += total
        target = SAFETY_RECALL_TARGET if label == "D" else None
        mark = f" target >= {target:.2f} {verdict(rate(hits, total) >= target)}" if target else ""
        print(f"  {label} {subtype:<24} {lang} {hits:>4}/{total:<4} = {rate(hits, total):.3f}{mark}")
    for (label, lang), (hits, total) in sorted(pooled.items()):
        target = RECALL_TARGET.get(label, SAFETY_RECALL_TARGET)
        print(f"  {label} {lang} all subtypes: {rate(hits, total):.3f} target >= {target:.2f} {verdict(rate(hits, total) >= target)}")
    print("false alarms on hard negatives (a flag of the category they resemble):")
    hard_pooled: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for (label, subtype, lang), (flags, total) in sorted(hard.items()):
        hard_pooled[(label, lang)][0] += flags
        hard_pooled[(label, lang)][1] += total
        print(f"  not {label} {subtype:<22} {lang} {flags:>4}/{total:<4} = {rate(flags, total):.3f}")
    for (label, lang), (flags, total) in sorted(hard_pooled.items()):
        target = SAFETY_HARD_TARGET if label == "D" else HARD_NEGATIVE_FPR_TARGET
        print(f"  not {label} {lang} all subtypes: {rate(flags, total):.3f} target <= {target:.3f} {verdict(rate(flags, total) <= target)}")
    print("ordinary posts (any flag):")
    for lang, (flags, total) in sorted(ordinary.items()):
        value = rate(flags, total)
        print(f"  ordinary {lang}: {flags:>4}/{total:<4} = {value:.3f} target <= {NEUTRAL_FPR_TARGET:.2f} {verdict(value <= NEUTRAL_FPR_TARGET)}")
    _print_examples(misses, wrong, errors)
    return flagged_posts


def parity(flagged_posts: list) -> None:  # type: ignore[type-arg]
    print("== parity: parallel English/French posts of the held-out corpus (same pair, same meaning)")
    by_pair: dict[str, dict[str, tuple[object, set[str]]]] = defaultdict(dict)
    for post, flags in flagged_posts:
        by_pair[post.pair_id][post.lang] = (post, flags)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # en flagged, fr flagged, pairs
    for pair in by_pair.values():
        if set(pair) != {"en", "fr"}:
            continue
        post = pair["en"][0]
        label = post.label if post.label in CATEGORY else None  # type: ignore[attr-defined]
        if label is None:
            continue
        category = CATEGORY[label]
        counts[label][0] += category in pair["en"][1]
        counts[label][1] += category in pair["fr"][1]
        counts[label][2] += 1
    for label, (en, fr, total) in sorted(counts.items()):
        ratio = fr / en if en else 0.0
        ok = abs(rate(en, total) - rate(fr, total)) <= PARITY_TARGET * max(rate(en, total), rate(fr, total))
        print(
            f"  {label} {CATEGORY[label]:<26} pairs {total:>4}: English flagged {rate(en, total):.3f}, "
            f"French {rate(fr, total):.3f} (French/English {ratio:.2f}; within 10 %: {verdict(ok)})"
        )


# -------------------------------------------------------------------------------- hatecheck


def hatecheck(judge: Judge, shared: Path) -> None:
    print("== HateCheck / Multilingual HateCheck, templates held out from training (NOT an independent test)")
    sys.path.insert(0, str(REPO / "scripts"))
    from scripts.corpus._model import split_of

    suites = (
        ("en", shared / "datasets" / "train" / "hatecheck-en" / "test_suite_cases.csv"),
        ("fr", shared / "datasets" / "train" / "mhc-fr" / "hatecheck_cases_final_french.csv"),
    )
    for lang, path in suites:
        if not path.exists():
            print(f"  {path}: absent, skipped")
            continue
        per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        with path.open(encoding="utf-8", newline="") as handle:
            for record in csv.DictReader(handle):
                if split_of(f"hatecheck-{lang}:{record['templ_id']}") != "heldout":
                    continue
                flagged = CATEGORY["B"] in judge.categories(record["test_case"], lang)
                per[record["functionality"]][0] += flagged
                per[record["functionality"]][1] += 1
        hateful = [v for k, v in per.items() if k.endswith("_h")]
        benign = [v for k, v in per.items() if k.endswith("_nh")]
        print(
            f"  {lang}: hateful cases flagged {rate(sum(h for h, _ in hateful), sum(t for _, t in hateful)):.3f}, "
            f"non-hateful flagged {rate(sum(h for h, _ in benign), sum(t for _, t in benign)):.3f}"
        )
        for functionality, (flags, total) in sorted(per.items()):
            print(f"    {functionality:<28} flagged {flags:>3}/{total:<3} = {rate(flags, total):.2f}")


# -------------------------------------------------------------------------------- real


def real(judge: Judge, shared: Path, errors: int) -> None:
    folder = shared / "fixtures" / "real"
    print(f"== real exports of ordinary accounts: {folder} (imported and scanned as a user would)")
    if not folder.exists():
        print("   absent: skipped")
        return
    from footprint import pipeline
    from footprint.store import Store

    with tempfile.TemporaryDirectory() as work:
        with Store(Path(work) / "real.db") as store:
            pipeline.import_paths(store, [folder], pictures=False)
            pipeline.scan(store, rule_codes=judge.codes)
            report = Path(work) / "real.json"
            pipeline.write_report(store, fmt="json", output=report)
            data = json.loads(report.read_text(encoding="utf-8"))
    items = sum(data["summary"].get("items_by_platform", {}).values())
    findings = [f for f in data["findings"] if f["severity"] != "info"]
    by_category: dict[str, int] = defaultdict(int)
    for finding in findings:
        by_category[finding["category"]] += 1
    print(f"  {items:,} items; {len(findings)} flags ({rate(len(findings), items) * 1000:.1f} per 1,000)")
    for category, count in sorted(by_category.items()):
        per_thousand = rate(count, items) * 1000
        print(f"    {category:<26} {count:>3} = {per_thousand:.1f} per 1,000 (target <= {REAL_PER_THOUSAND_TARGET:.0f} false flags per 1,000: read them below)")
    for finding in findings[: max(errors, 40)]:
        quoted = " | ".join(" ".join(e["text"].split())[:80] for e in finding["evidence"])
        print(f"    {finding['rule']} {finding['item'].get('platform', '') if finding.get('item') else ''}: {quoted}")


# Emotions of GoEmotions comments that make a comment presumed ordinary: none of anger,
# annoyance, disgust, disapproval, fear, grief, sadness, embarrassment, nervousness, remorse,
# disappointment (those may hold an insult that deserves a flag).
ORDINARY_EMOTIONS = frozenset({
    "admiration", "amusement", "approval", "caring", "confusion", "curiosity", "desire", "excitement",
    "gratitude", "joy", "love", "optimism", "pride", "realization", "relief", "surprise", "neutral",
})


def reddit(judge: Judge, shared: Path, errors: int) -> None:
    """False alarms on ordinary people's comments: GoEmotions' test split (Reddit: gaming,
    sports, fandom, banter), the comments whose emotions are all ordinary. The transparent rules
    never saw them; DIS006 learned from a sample of GoEmotions as ordinary posts, so with the
    learned rule the figure flatters a little (--rules-only shows the rules alone)."""
    folder = shared / "datasets" / "train" / "goemotions-en"
    print(f"== ordinary Reddit comments: {folder} (test split, only ordinary emotions; presumed ordinary, not checked one by one)")
    if not folder.exists():
        print("   absent: skipped")
        return
    names = (folder / "labels.txt").read_text(encoding="utf-8").split()
    texts: list[str] = []
    with (folder / "test.tsv").open(encoding="utf-8", newline="") as handle:
        for line in handle:
            text, labels, _id = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            emotions = {names[int(i)] for i in labels.split(",") if i.strip().isdigit() and int(i) < len(names)}
            if text.strip() and emotions and emotions <= ORDINARY_EMOTIONS:
                texts.append(text)
    flagged: dict[str, list[str]] = defaultdict(list)
    any_flag = 0
    for text in texts:
        found = judge.findings(text, "en")
        any_flag += bool(found)
        for finding in found:
            flagged[f"{finding.category} {finding.rule}"].append(text)
    print(f"  {len(texts):,} comments; any flag {any_flag} = {rate(any_flag, len(texts)) * 1000:.1f} per 1,000 "
          f"(target <= {REAL_PER_THOUSAND_TARGET:.0f} per 1,000: {verdict(rate(any_flag, len(texts)) * 1000 <= REAL_PER_THOUSAND_TARGET)})")
    for key, hits in sorted(flagged.items(), key=lambda kv: -len(kv[1])):
        print(f"    {key:<40} {len(hits):>4}")
        for text in _sample(hits, errors):
            print(f"      + {text}")


ROBUSTNESS_SAMPLE = 3000
ROBUSTNESS_SEED = 20261207
_ACCENT = re.compile(r"[\u0300-\u036f]")
TYPING = {
    "all lower case": str.lower,
    "ALL CAPITALS": str.upper,
    "no accents": lambda t: _ACCENT.sub("", unicodedata.normalize("NFD", t)),
    "no apostrophes": lambda t: re.sub(r"['\u2019]", "", t),
    "doubled spaces": lambda t: t.replace(" ", "  "),
    "laughing emoji at the end": lambda t: t + " 😂😂",
    "no punctuation": lambda t: re.sub(r"[.,!?;:]", "", t),
    "a name as a hashtag": lambda t: re.sub(r"(?<![#@\w])([A-Z][a-z]{3,})\b", r"#\1", t, count=1),
}


def robustness(judge: Judge, shared: Path) -> None:
    path = shared / "datasets" / "dev_unified.csv"
    print("== robustness: flagged dev posts typed again the ways people type (kept flagged in their category)")
    if not path.exists():
        print("   absent: skipped")
        return
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["category"] in RECALL_TARGET]
    rows = random.Random(ROBUSTNESS_SEED).sample(rows, min(ROBUSTNESS_SAMPLE, len(rows)))
    flagged = [r for r in rows if CATEGORY[r["category"]] in judge.categories(r["text"], r["lang"])]
    for name, retype in TYPING.items():
        kept: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row in flagged:
            kept[row["lang"]][1] += 1
            kept[row["lang"]][0] += CATEGORY[row["category"]] in judge.categories(retype(row["text"]), row["lang"])
        cells = "   ".join(f"{lang} {k[0]:>4}/{k[1]:<4} = {rate(*k):.3f}" for lang, k in sorted(kept.items()))
        print(f"  {name:<28} {cells}")


def probes(judge: Judge, errors: int) -> None:
    """Each probe's flag rate per category and language (see the module docstring)."""
    files = sorted(PROBES.glob("*.txt"))
    print(f"== the lead's probes, never tuned on ({len(files)} files in {PROBES.relative_to(REPO)}; small cells)")
    for path in files:
        cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        misses: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            category, lang, text = line.split("|", 2)
            found = judge.categories(text, lang)
            right = bool(found) if category == "N" else CATEGORY[category] in found
            cells[(category, lang)][0] += right
            cells[(category, lang)][1] += 1
            if right == (category == "N"):
                misses.append(f"{category} {lang} {sorted(found)} {text}")
        row = []
        for category in sorted({c for c, _ in cells}):
            label = "ordinary flagged" if category == "N" else CATEGORY[category]
            en, fr = cells[(category, "en")], cells[(category, "fr")]
            row.append(f"{label} en {en[0]}/{en[1]} fr {fr[0]}/{fr[1]}")
        print(f"  {path.stem:<8} " + "; ".join(row))
        for miss in misses[:errors]:
            print(f"      {miss}")


def speed(judge: Judge) -> None:
    """Posts per CPU second on the benchmark's generated archive mix (benchmarks/generate.py:
    ordinary English and French posts, a tenth of them tripping a rule), as a real archive
    reads; the dev set's figure above is the dense worst case."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import random

    import generate

    factory = generate.TextGen(random.Random(20251207), 0.10)
    posts = [factory.post() for _ in range(40_000)]
    for post in posts[:WARM_UP]:
        judge.findings(post.text, post.lang)
    started = time.process_time()
    for post in posts[WARM_UP:]:
        judge.findings(post.text, post.lang)
    elapsed = time.process_time() - started
    rate_ = (len(posts) - WARM_UP) / elapsed
    print(
        f"== speed on generated archive posts (benchmarks/generate.py, 10 % trip a rule): {rate_:,.0f} posts per "
        f"CPU second, one core, target >= {SPEED_TARGET:,} {verdict(rate_ >= SPEED_TARGET)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--errors", type=int, default=0, help="print N misses and N false alarms per group")
    parser.add_argument("--rules-only", action="store_true", help="leave the learned rules out")
    parser.add_argument("--only", nargs="*", choices=SECTIONS, help="run only these sections")
    args = parser.parse_args()
    wanted = set(args.only or SECTIONS)
    judge = Judge(args.rules_only)
    print(f"rules: {len(judge.codes)} ({'transparent rules only' if args.rules_only else 'with the learned rules'})")
    if "dev" in wanted:
        dev(judge, args.shared, args.errors)
    flagged: list = []  # type: ignore[type-arg]
    if wanted & {"corpus", "parity"}:
        flagged = corpus(judge, args.errors if "corpus" in wanted else 0)
    if "parity" in wanted and flagged:
        parity(flagged)
    if "safety" in wanted:
        safety(judge)
    if "hatecheck" in wanted:
        hatecheck(judge, args.shared)
    if "real" in wanted:
        real(judge, args.shared, args.errors)
    if "reddit" in wanted:
        reddit(judge, args.shared, args.errors)
    if "robustness" in wanted:
        robustness(judge, args.shared)
    if "probes" in wanted:
        probes(judge, args.errors)
    if "speed" in wanted:
        speed(judge)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
