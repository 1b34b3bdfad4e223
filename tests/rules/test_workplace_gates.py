"""The workplace reading's shortcuts must never change an answer: the one-set pre-test before the
reading holds a word of every post the exact work gate lets through, the ASCII spacing equals the
general one, and the sarcasm sign is found exactly where the full pattern finds it."""

from __future__ import annotations

import random

import pytest

from footprint.rules.base import split_words
from footprint.rules.workplace_lexicon import _SEPARATORS, _spaced, lexicon
from footprint.rules.workplace_reading import _SARCASM_SIGNS, _load_gates, _sarcasm_sign
from footprint.text import fold

GATES = _load_gates()


def _passes_exact_gate(words: frozenset[str]) -> bool:
    precheck, _matcher, org_words, _any = GATES
    return not words.isdisjoint(org_words) or precheck.could_be_about_work(words)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_term_the_work_gate_lets_through_meets_the_pre_test(lang: str) -> None:
    any_work = GATES[3]
    through = 0
    for term in lexicon(lang).matcher._automaton.keys():
        # The term alone, and in a sentence of common words: both hold its words.
        for text in (term, f"honestly the {term} again and again, merci"):
            words = frozenset(split_words(fold(text)))
            if _passes_exact_gate(words):
                through += 1
                assert not words.isdisjoint(any_work), text
    assert through > 500  # the lexicon's work cues and phrases, not a handful


def test_random_mixes_of_gate_words_meet_the_pre_test() -> None:
    precheck, _matcher, org_words, any_work = GATES
    vocabulary = sorted(
        set(precheck.context.single) | set(precheck.context.pair_keys) | set(precheck.burden.single)
        | {w for ws in precheck.context.pairs.values() for w in ws} | set(org_words)
        | {"again", "encore", "the", "mon", "patron", "😀", "l'équipe"}
    )
    rng = random.Random(15)
    through = 0
    for _ in range(20000):
        words = frozenset(split_words(fold(" ".join(rng.sample(vocabulary, rng.randint(1, 4))))))
        if _passes_exact_gate(words):
            through += 1
            assert not words.isdisjoint(any_work), words
    assert through > 1000


def test_ascii_spacing_is_the_general_spacing() -> None:
    rng = random.Random(3)
    alphabet = "".join(chr(c) for c in range(128)) + "é…•·¡¿«»’🙄"
    texts = ["", "l'employeur", "co-workers: 24/7!", "mon_boss@work.ca", "«Super», encore…"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(5000)]
    for text in texts:
        assert _spaced(text) == text.translate(_SEPARATORS)


def test_the_sarcasm_sign_is_found_where_the_full_pattern_finds_it() -> None:
    rng = random.Random(5)
    pieces = ["ab", " ", "/s", "/", "s", ".", "_", "é", "1", "\U0001F644", "\U0001F612", "\U0001F921", "\U0001F926", "🙂"]
    texts = ["great meeting /s", "great meeting/s", "a/sb", "bravo 🙄", "/s", "w/s", "ok /s."]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(20000)]
    for text in texts:
        assert _sarcasm_sign(text) == (_SARCASM_SIGNS.search(text) is not None), text
