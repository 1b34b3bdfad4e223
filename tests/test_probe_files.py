"""The lead's probes (benchmarks/probes, read by `benchmarks/evaluate.py --only probes`) stay
readable: every line a category, a language and a text, English and French halves side by side."""

from __future__ import annotations

from pathlib import Path

import pytest

PROBES = sorted((Path(__file__).resolve().parent.parent / "benchmarks" / "probes").glob("*.txt"))


def test_there_are_probes() -> None:
    assert PROBES, "benchmarks/probes holds no probe"


@pytest.mark.parametrize("path", PROBES, ids=lambda p: p.stem)
def test_every_line_is_a_category_a_language_and_a_text(path: Path) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    assert lines
    rows = [line.split("|", 2) for line in lines]
    for row in rows:
        assert len(row) == 3, row
        category, lang, text = row
        assert category in {"A", "B", "C", "N"}, row
        assert lang in {"en", "fr"}, row
        assert text.strip(), row
    # parallel pairs: an English post, then its French half, in the same category
    for english, french in zip(rows[::2], rows[1::2]):
        assert (english[0], english[1], french[0], french[1]) == (english[0], "en", english[0], "fr"), (english, french)
