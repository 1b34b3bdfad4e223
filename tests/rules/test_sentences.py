"""The sentence split every family shares: its fast pattern must cut exactly where the plain one
cuts (sentence ends followed by a space or the end, and runs of line breaks)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.rules.base import sentences

PLAIN_END = re.compile(r"[.!?;\n]+(?=\s|$)|\n+")


def plain_sentences(folded: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in PLAIN_END.finditer(folded):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(folded):
        spans.append((start, len(folded)))
    return spans


def test_posts_are_cut_at_sentence_ends_and_line_breaks() -> None:
    text = "on vote lundi! allez-y.\n\nvote ndp;go\nmerci... 3.5 % de plus?"
    assert [text[a:b] for a, b in sentences(text)] == ["on vote lundi", " allez-y", "vote ndp;go", "merci", " 3.5 % de plus"]
    assert list(sentences("")) == [] and list(sentences("...\n\n")) == []


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab é.!?;\n\t\u00a0🙂", max_size=60))
def test_the_fast_split_cuts_where_the_plain_pattern_cuts(text: str) -> None:
    assert list(sentences(text)) == plain_sentences(text)
