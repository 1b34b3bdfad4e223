"""Measure the analyzer on the labelled dev set: recall, false-positive rates, speed.

    python benchmarks/evaluate.py [--data ../shared/datasets/dev_unified.csv] [--errors N]

Per category and language: recall on positives (A political, B discrimination/harassment,
C workplace criticism), the false-positive rate on `neutral` rows (any flag at all) and on the
`not_X` hard negatives (a flag of that category), and posts per second on one core. Targets come
from issue 5; the script prints PASS/FAIL beside each. Tuning on this set is allowed, but a
held-back set from other sources checks generalisation, so rules should capture the phenomenon.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from pathlib import Path

from footprint.analyzer import Analyzer
from footprint.records import Severity, Subject
from footprint.rules import load_rules

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "datasets" / "dev_unified.csv"
CATEGORY = {"A": "political_activity", "B": "discrimination_harassment", "C": "workplace_criticism"}
RECALL_TARGET = {"A": 0.85, "B": 0.80, "C": 0.75}
NEUTRAL_FPR_TARGET = 0.05
HARD_NEGATIVE_FPR_TARGET = 0.10


def flagged_categories(analyzer: Analyzer, text: str, lang: str) -> set[str]:
    subject = Subject(platform="x", account_id="eval", native_id="eval", kind="post", fields={"text": text}, language=lang)
    return {f.category for f in analyzer.analyze(subject).findings if f.severity > Severity.INFO}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print N misses and N false positives per group")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"{args.data}: not found (the shared datasets folder is not beside this checkout)", file=sys.stderr)
        return 2
    with args.data.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    analyzer = Analyzer(load_rules())
    results: list[tuple[dict[str, str], set[str]]] = []
    started = time.process_time()
    for row in rows:
        results.append((row, flagged_categories(analyzer, row["text"], row["lang"])))
    elapsed = time.process_time() - started

    recall: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    neutral: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    hard: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[tuple[str, str], list[str]] = defaultdict(list)
    false_positives: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row, flags in results:
        category, lang, quality = row["category"], row["lang"], row["label_quality"]
        if category in CATEGORY:
            hit = CATEGORY[category] in flags
            recall[(category, lang, quality)][0] += hit
            recall[(category, lang, quality)][1] += 1
            if not hit:
                misses[(category, lang)].append(row["text"])
        elif category == "neutral":
            neutral[lang][0] += bool(flags)
            neutral[lang][1] += 1
            if flags:
                false_positives[("neutral", lang)].append(f"{sorted(flags)} {row['text']}")
        elif category.startswith("not_") and category[4:] in CATEGORY:
            wrong = CATEGORY[category[4:]] in flags
            hard[(category, lang, quality)][0] += wrong
            hard[(category, lang, quality)][1] += 1
            if wrong:
                false_positives[(category, lang)].append(row["text"])

    def verdict(ok: bool) -> str:
        return "PASS" if ok else "FAIL"

    print(f"dev set: {args.data} ({len(rows):,} rows)")
    print(f"speed: {len(rows) / elapsed:,.0f} posts/s on one core ({elapsed:.2f} s CPU for {len(rows):,} posts)")
    print()
    print("Recall on positives (category, lang, label quality):")
    pooled: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for (category, lang, quality), (hits, total) in sorted(recall.items()):
        pooled[(category, lang)][0] += hits
        pooled[(category, lang)][1] += total
        print(f"  {category} {CATEGORY[category]:<26} {lang} {quality:<8} {hits:>5}/{total:<5} = {hits / total:.3f}")
    for (category, lang), (hits, total) in sorted(pooled.items()):
        rate = hits / total
        print(f"  {category} {lang} all qualities: {rate:.3f} target >= {RECALL_TARGET[category]:.2f} {verdict(rate >= RECALL_TARGET[category])}")
    print()
    print("False-positive rate on neutral rows (any flag):")
    for lang, (flags, total) in sorted(neutral.items()):
        rate = flags / total
        print(f"  neutral {lang}: {flags:>4}/{total:<5} = {rate:.3f} target <= {NEUTRAL_FPR_TARGET:.2f} {verdict(rate <= NEUTRAL_FPR_TARGET)}")
    print()
    print("False-positive rate on hard negatives (a flag of that category):")
    for (category, lang, quality), (flags, total) in sorted(hard.items()):
        rate = flags / total
        print(f"  {category} {lang} {quality:<8} {flags:>4}/{total:<5} = {rate:.3f} target <= {HARD_NEGATIVE_FPR_TARGET:.2f} {verdict(rate <= HARD_NEGATIVE_FPR_TARGET)}")
    if args.errors:
        for key, texts in sorted(misses.items()):
            print(f"\nmissed {key} (first {args.errors}):")
            for text in texts[: args.errors]:
                print("  -", " ".join(text.split())[:200])
        for key, texts in sorted(false_positives.items()):
            print(f"\nfalse positives {key} (first {args.errors}):")
            for text in texts[: args.errors]:
                print("  +", " ".join(text.split())[:200])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
