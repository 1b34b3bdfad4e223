"""The shared word split: the same words as WORD_TOKEN on every path, kept once per subject."""

from __future__ import annotations

import random

from footprint.records import Subject
from footprint.rules.base import WORD_TOKEN, split_words, text_words, words_in_order
from footprint.rules.view import SubjectView, analyzing
from footprint.text import fold


def test_handles_stars_and_french_split_as_the_pattern_says() -> None:
    assert split_words(fold("Merci @Jean.Dupont, f*ck ça!")) == ["merci", "@jean.dupont", "f*ck", "ca"]
    assert split_words(fold("Où est l’œuvre?")) == ["ou", "est", "l", "œuvre"]
    assert split_words("snake_case 3rd x2 tab\tnew\nline") == ["snake", "case", "3rd", "x2", "tab", "new", "line"]
    assert split_words("") == [] and split_words(" ... !!! ") == []
    assert split_words("bravo🎉🇨🇦merci") == ["bravo", "merci"]


def test_every_path_agrees_with_the_pattern_on_hostile_text() -> None:
    rng = random.Random(11)
    pool = [chr(code) for code in range(128)] + list("éœ²ß…_@*.") + ["🎉", "\u00a0", "\u2028"]
    for _ in range(20_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        for variant in (text, text.encode("ascii", "ignore").decode()):
            assert split_words(variant) == WORD_TOKEN.findall(variant), repr(variant)
    huge = "word " * 50_000 + "@end*"
    assert split_words(huge) == WORD_TOKEN.findall(huge)


def test_the_view_keeps_one_split_in_order_and_as_a_set() -> None:
    subject = Subject(platform="x", account_id="a", native_id="1", kind="post", fields={"text": "Go go GO home"})
    view = SubjectView(subject, {"text": fold("Go go GO home")})
    with analyzing(view):
        words = text_words(view["text"])
        assert words == {"go", "home"}
        in_order = words_in_order(view["text"])
        assert in_order == ["go", "go", "go", "home"]
        assert words_in_order(view["text"]) is in_order and text_words(view["text"]) is words
    assert words_in_order("un deux un") == ["un", "deux", "un"]  # outside an analysis: computed
