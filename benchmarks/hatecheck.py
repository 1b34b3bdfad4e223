"""Per-functionality check of the discrimination rules (DIS001-DIS005) on HateCheck and
Multilingual HateCheck (French).

    .venv/bin/python benchmarks/hatecheck.py [--shared ../shared] [--lang en|fr] [--errors N] [--functionality NAME]

HateCheck (Röttger et al. 2021) and Multilingual HateCheck (Röttger et al. 2022) are functional
test suites under CC BY 4.0: templated sentences, each labelled hateful or not, grouped by the
kind of language they test ("derog_dehum_h" dehumanisation, "counter_quote_nh" quoting hate to
counter it, "slur_reclaimed_nh", "target_obj_nh" abuse of objects...). The suites are read from
../shared/datasets/train at run time and never copied into the project; the rules were not
tuned on their sentences (they are a check per class of language, not a training set).

For each functionality the script prints how many cases any DIS rule flags (severity above
info): for the hateful ones that is recall, for the non-hateful ones the false-positive rate.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

from footprint.analyzer import Analyzer
from footprint.records import Severity, Subject
from footprint.rules import discrimination

REPO = Path(__file__).resolve().parent.parent
SUITES = {
    "en": Path("datasets/train/hatecheck-en/test_suite_cases.csv"),
    "fr": Path("datasets/train/mhc-fr/hatecheck_cases_final_french.csv"),
}


def load(shared: Path, lang: str) -> list[dict[str, str]]:
    path = shared / SUITES[lang]
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def flags(analyzer: Analyzer, text: str, lang: str) -> list[str]:
    subject = Subject(platform="x", account_id="hc", native_id="hc", kind="post", fields={"text": text}, language=lang)
    return sorted({f.rule for f in analyzer.analyze(subject).findings if f.severity > Severity.INFO})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--lang", choices=sorted(SUITES), action="append")
    parser.add_argument("--errors", type=int, default=0, help="print N wrong cases per functionality")
    parser.add_argument("--functionality", help="only this functionality")
    args = parser.parse_args()
    analyzer = Analyzer([rule() for rule in discrimination.RULES])
    for lang in args.lang or sorted(SUITES):
        if not (args.shared / SUITES[lang]).exists():
            print(f"{args.shared / SUITES[lang]}: not found (the shared folder is not beside this checkout)", file=sys.stderr)
            return 2
        rows = load(args.shared, lang)
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        rules: dict[str, Counter[str]] = defaultdict(Counter)
        wrong: dict[str, list[str]] = defaultdict(list)
        for row in rows:
            name = row["functionality"]
            if args.functionality and name != args.functionality:
                continue
            found = flags(analyzer, row["test_case"], lang)
            counts[name][0] += bool(found)
            counts[name][1] += 1
            rules[name].update(found)
            hateful = row["label_gold"] == "hateful"
            if bool(found) != hateful:
                wrong[name].append(f"{found} {row['test_case']}")
        print(f"\n{lang}: {SUITES[lang].parent.name} ({sum(c[1] for c in counts.values())} cases)")
        hateful_totals, other_totals = [0, 0], [0, 0]
        for name, (hit, total) in sorted(counts.items(), key=lambda kv: (not kv[0].endswith("_h"), kv[0])):
            is_hateful = name.endswith("_h")
            what = "recall" if is_hateful else "false positives"
            totals = hateful_totals if is_hateful else other_totals
            totals[0] += hit
            totals[1] += total
            by_rule = ", ".join(f"{code} {n}" for code, n in sorted(rules[name].items()))
            print(f"  {name:<22} {what:<15} {hit:>4}/{total:<4} = {hit / total:.2f}  {by_rule}")
            for text in wrong[name][: args.errors]:
                print(f"      {'missed' if is_hateful else 'flagged'}: {text}")
        if hateful_totals[1]:
            print(f"  all hateful cases: recall {hateful_totals[0] / hateful_totals[1]:.3f}")
        if other_totals[1]:
            print(f"  all non-hateful cases: false positives {other_totals[0] / other_totals[1]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
