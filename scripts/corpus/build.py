"""Write the corpus as CSV: every module's posts, with the split of each.

    python scripts/corpus/build.py --out corpus.csv [--check]

`--check` validates the corpus (labels, languages, EN/FR pairs, no duplicate texts) and prints
counts per label, subtype, language and split.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import pkgutil
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from scripts.corpus._model import LABELS, LANGUAGES, Post, split_of  # noqa: E402

FIELDS = ("pair_id", "lang", "label", "hard_for", "subtype", "severity", "register", "family", "split", "text")


def modules() -> list[str]:
    folder = Path(__file__).resolve().parent
    return sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if not m.name.startswith("_") and m.name != "build")


def posts() -> Iterator[Post]:
    for name in modules():
        module = importlib.import_module(f"scripts.corpus.{name}")
        yield from module.posts()


def problems(rows: list[Post]) -> list[str]:
    found = []
    seen: set[tuple[str, str]] = set()
    pairs: dict[str, set[str]] = {}
    for post in rows:
        if post.label not in LABELS:
            found.append(f"bad label {post.label!r} in {post.family}")
        if post.lang not in LANGUAGES:
            found.append(f"bad language {post.lang!r} in {post.family}")
        if post.hard_for and post.label != "neutral":
            found.append(f"hard_for on a non-neutral post in {post.family}")
        key = (post.lang, " ".join(post.text.lower().split()))
        if key in seen:
            found.append(f"duplicate text in {post.family}: {post.text[:60]!r}")
        seen.add(key)
        pairs.setdefault(post.pair_id, set()).add(post.lang)
    unpaired = [p for p, langs in pairs.items() if langs != set(LANGUAGES)]
    if len(unpaired) > 0.2 * len(pairs):
        found.append(f"{len(unpaired)} of {len(pairs)} pair ids lack one language")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    rows = list(posts())
    if args.out:
        with args.out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(FIELDS)
            for post in rows:
                writer.writerow([getattr(post, f) if f != "split" else split_of(post.family) for f in FIELDS])
    if args.check:
        counts = Counter((p.label, p.hard_for, p.lang, split_of(p.family)) for p in rows)
        for key, count in sorted(counts.items()):
            print(*key, count, sep="\t")
        subtypes = Counter((p.label, p.subtype, p.lang) for p in rows)
        for key, count in sorted(subtypes.items()):
            print("subtype", *key, count, sep="\t")
        issues = problems(rows)
        for issue in issues[:50]:
            print("problem:", issue, file=sys.stderr)
        return 1 if issues else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
