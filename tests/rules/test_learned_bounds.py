"""The learned scores' shortcuts (gates, bounds on what the pairs could add) never turn away a
post the full sum would flag: `_score` agrees with a plain, exhaustive scoring of the same words."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from footprint.records import Subject
from footprint.rules import learned
from footprint.rules.view import SubjectView, analyzing
from footprint.text import fold

pytestmark = pytest.mark.usefixtures("packaged_models")


def _exact(lm: learned.LanguageModels, plan: learned._Plan, words: list[str]) -> float:
    present = set(words) | learned.stems(words)
    pairs = set(zip(words, words[1:]))
    return (
        plan.bias
        + sum(plan.word_weights.get(w, 0.0) for w in present)
        + sum(plan.pair_weights.get(p, 0.0) for p in pairs)
    )


def _posts(lm: learned.LanguageModels, rng: random.Random) -> Iterator[str]:
    """Short posts made of the models' heaviest pairs, repeated words and ordinary words: the
    posts closest to the threshold, where a loose bound would show."""
    plan = lm.plans[0]
    heavy = sorted(plan.pair_weights, key=lambda p: -plan.pair_weights[p])[:300]
    filler = sorted(plan.word_weights)[:2000]
    # Words the model does not know that carry a stem it weighs ("disguuusting", two of them
    # sharing one stem): only the stem counts, once.
    stemmed = [f[len(learned.STEM):] + tail for f in plan.word_weights if f.startswith(learned.STEM) for tail in ("qz", "qzz")]
    for _ in range(1500):
        words: list[str] = []
        for _ in range(rng.randint(1, 12)):
            kind = rng.random()
            if kind < 0.45:
                words.extend(rng.choice(heavy))
            elif kind < 0.6 and words:
                words.append(rng.choice(words))  # a repeat: one word starting two pairs
            elif kind < 0.75:
                words.append(rng.choice(stemmed))
            else:
                words.append(rng.choice(filler))
        yield " ".join(w for w in words if not w.startswith("_"))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_score_agrees_with_the_exhaustive_sum(language: str) -> None:
    lm = learned.models().get(language)
    if lm is None or not lm.plans:
        pytest.skip("no packaged model for this language")
    rng = random.Random(5)
    checked = flagged = 0
    for text in _posts(lm, rng):
        subject = Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language=language)
        folded = fold(text)
        view = SubjectView(subject, {"text": folded})
        with analyzing(view):
            found = learned._score(subject, folded)
        words = learned.tokens(folded, lm.names)
        present = set(words) | {lm.names[w] for w in set(learned.WORD_TOKEN.findall(folded)) & lm.name_keys}
        for plan in lm.plans:
            if len(folded) > learned._LONG_POST_CHARS or not learned._could_flag(plan, present):
                continue
            checked += 1
            exact = _exact(lm, plan, words)
            if exact >= plan.threshold:
                flagged += 1
                assert found is not None, text
                assert found.scores[plan.slot] == pytest.approx(exact), text
    assert checked > 500 and flagged > 20  # the sample reaches the threshold often enough to matter
