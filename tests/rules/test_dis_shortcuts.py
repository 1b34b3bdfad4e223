"""The DIS speed shortcuts give the answers of the plain computations they replace.

- the scan takes word offsets from `str.find` over the view's split instead of `finditer`;
- DIS007 skips a key word's shapes when the post holds no word of their second key sets.
"""

from __future__ import annotations

import pytest

from footprint.records import Subject
from footprint.rules import discrimination_threats as threats
from footprint.rules.base import text_words
from footprint.rules.discrimination_spelling import tricky
from footprint.rules.discrimination_text import _TOKEN, analyse
from footprint.rules.view import SubjectView, analyzing
from footprint.text import fold

TEXTS = [
    "",
    "You dumb bitch, I'll find you.",
    "@pat.x ferme-la, sale pute!! @ @x @. x@y.z",
    "f*ck you and your c*nt of a boss",
    "L'homme à la tuque 😀😀 a_b__c --- ok...",
    "Ces gens-là vivent comme des rats; les immigrants sont des parasites.",
    "Je vais le tuer s'il mange encore mon yogourt",
    "Ｆｕｌｌ ｗｉｄｔｈ ｔｅｘｔ et des chiffres ١٢٣ 4pm covid19 b2b",
    "they should all be lined up and shot, every last one of them",
    "run run run, the bat is finished, kids over the fence",
    "you stupid haet-filled idiot, i haet you",
    "see you soon 🔪 sleep tight",
    "word " * 2000,
]


def _view(text: str) -> tuple[SubjectView, str]:
    subject = Subject(platform="x", account_id="e", native_id="1", kind="post", fields={"text": text}, language=None)
    folded = fold(text)
    return SubjectView(subject, {"text": folded}), folded


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_from_find_equal_the_token_matches(text: str) -> None:
    view, folded = _view(text)
    with analyzing(view):
        text_words(folded)  # the view's split, as the analyzer leaves it before DIS001
        t = analyse(text, folded, None)
    if not t.words or tricky(folded):
        return  # turned away by the gate, or split by the spelling tokens (not the shortcut)
    tokens = list(_TOKEN.finditer(folded))
    assert t.starts == [m.start() for m in tokens]
    assert t.ends == [m.end() for m in tokens]
    # a typing slip is replaced in place ("haet" -> "hate"): same count, same offsets
    assert len(t.words) == len(tokens)


def test_offsets_hold_on_every_post_the_gate_lets_through() -> None:
    # Posts that pass the gate without spelling repair, with the characters that start or split words.
    bodies = ["you dumb bitch", "les immigrants sont des parasites", "kill all the immigrants"]
    noise = ["@a.b ", "* ", "_x_ ", "é ", "😀 ", "l'", "-", "12ab ", "@ "]
    for body in bodies:
        for a in noise:
            for b in noise:
                text = f"{a}{body} {b}{a}ok"
                view, folded = _view(text)
                with analyzing(view):
                    text_words(folded)
                    t = analyse(text, folded, "en")
                if not t.words or tricky(folded):
                    continue
                assert t.starts == [m.start() for m in _TOKEN.finditer(folded)], text


def _candidates_without_prefilter(monkeypatch: pytest.MonkeyPatch, folded: str) -> list:
    with monkeypatch.context() as patch:
        patch.setattr(threats, "_SECOND_KEYS", {})
        return sorted(threats._candidates(folded, frozenset(_TOKEN.findall(folded))))


def test_second_key_prefilter_changes_no_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    assert threats._SECOND_KEYS, "no key word with a second key set: the prefilter tests nothing"
    texts = [fold(t) for t in TEXTS]
    texts += [fold(t) for t in threats.HarmThreat.examples_flagged + threats.HarmThreat.examples_not_flagged]
    # Threats whose only key words are prefiltered ones ("slap", "smack", "rots", "choke"): the
    # prefilter must open their shapes.
    texts += [fold(t) for t in (
        "I'm going to slap the shit out of you",
        "Someone needs to smack him with a bat",
        "Hope your old man rots in a cell",
        "ima choke yo ass",
    )]
    # Each prefiltered key word beside each word of its shapes' second sets, and alone.
    for word, second in sorted(threats._SECOND_KEYS.items())[:120]:
        texts.append(f"i will {word} you")
        texts += [f"i will {word} {other} you" for other in sorted(second)[:3]]
    for folded in texts:
        expected = _candidates_without_prefilter(monkeypatch, folded)
        assert sorted(threats._candidates(folded, frozenset(_TOKEN.findall(folded)))) == expected, folded
    opened_by_prefiltered_words_only = [
        f for f in texts
        if _candidates_without_prefilter(monkeypatch, f)
        and threats.HARM_THREAT_WORDS.intersection(_TOKEN.findall(f)) <= threats._SECOND_KEYS.keys()
    ]
    assert opened_by_prefiltered_words_only



TRICKY = [
    "Great talk on #a11y today, thanks @priya_dev",
    "h a t e you, f4ggot",
    "fuuuuck off you b!tch",
    "@aaron @aasshole c*nt $lut",
    "i d i o t de c0nnard, tu es d é b i l e",
    "R2-D2 and C-3PO at the b2b fair, 4pm",
    "sooo haet-filled, t r a n s people are welcome",
]


@pytest.mark.parametrize("text", TRICKY + TEXTS)
def test_repaired_words_without_offsets_are_the_full_repair(text: str) -> None:
    """The quick test of a tricky post's repaired words (`repaired_words`: no offsets, no letters
    typed one by one) gives the very words of the full repair: split, joined, respelled."""
    from footprint.rules.discrimination_spelling import (
        TRICK_TOKEN,
        join_spaced,
        repaired_words,
        respell,
    )
    from footprint.rules.discrimination_text import lexicon

    lex = lexicon()
    folded = fold(text)
    quick = repaired_words(folded, lex.vocabulary, lex.squeezed, lex.by_shape, lex.typos)
    tokens = list(TRICK_TOKEN.finditer(folded))
    words = [m.group() for m in tokens]
    starts, ends = [m.start() for m in tokens], [m.end() for m in tokens]
    joined = list(words)
    join_spaced(folded, joined, starts, ends, lex.vocabulary, lex.squeezed)
    respell(joined, lex.vocabulary, lex.squeezed, lex.by_shape, lex.typos, True)
    if quick is not None:  # (None: letters typed one by one, which only the full repair joins)
        assert quick == frozenset(joined)


def test_most_tricky_posts_get_the_quick_answer() -> None:
    from footprint.rules.discrimination_spelling import repaired_words
    from footprint.rules.discrimination_text import lexicon

    lex = lexicon()
    answered = [
        repaired_words(fold(text), lex.vocabulary, lex.squeezed, lex.by_shape, lex.typos) is not None for text in TRICKY
    ]
    assert answered.count(True) == 4 and not answered[1] and not answered[4]  # the spelled-out ones


def _plain_unglued(found: frozenset[str]) -> frozenset[str]:
    """Every word that may hold a glued elided article, without it (the walk `_with_unglued`
    replaces)."""
    extra = [w[1:] for w in found if len(w) >= 6 and w[0] in "ld" and w[1] in "aeiouyh"]
    return found.union(extra) if extra else found


def test_the_unglued_words_the_gate_reads_give_the_gate_of_all_unglued_words() -> None:
    """The gate of a French post reads its words with glued elided articles taken off, but only
    those the gate asks about (`_Lexicon.elided`): its answer is the answer on every unglued word,
    on random French posts made of every word the lexicon and the harm and denial tests know, each
    possibly glued to « l » or « d »."""
    import random

    from footprint.rules import discrimination_denial, discrimination_harm
    from footprint.rules import discrimination_text as text_module

    lex = text_module.lexicon()
    vocabulary = set(lex.vocabulary) | set(lex.gate_words)
    for module in (discrimination_harm, discrimination_denial):
        for value in vars(module).values():
            if isinstance(value, frozenset):
                vocabulary |= {w for w in value if isinstance(w, str)}
            elif isinstance(value, dict):
                vocabulary |= {w for w in value if isinstance(w, str)}
                vocabulary |= {w for v in value.values() if isinstance(v, frozenset) for w in v if isinstance(w, str)}
    words = sorted(w for w in vocabulary if " " not in w)
    bits = lex.gate_bits
    cues = sorted(w for w in words if bits.get(w, 0) & text_module._GATE_CUE)
    targets = sorted(w for w in words if bits.get(w, 0) & (text_module._GATE_GROUP | text_module._GATE_TARGET))
    read = sorted((discrimination_harm.READ_WORDS | discrimination_denial.READ_WORDS) - {" "})
    pairs = [(k, sorted(v)) for by_key in (lex.anchor_pairs, lex.dependent_pairs, lex.group_pairs) for k, v in by_key.items()]
    pairs += [(k, sorted(v)) for k, v in discrimination_harm._WEAK_TRIGGERS.items()]
    groups = sorted(w for w in words if bits.get(w, 0) & (text_module._GATE_GROUP_RARE | text_module._GATE_DEPENDENT))
    rng = random.Random(31)

    def glued(word: str) -> str:
        return rng.choice("ld") + word if rng.random() < 0.5 else word

    def draw() -> list[str]:
        """Random words, or the shapes the gate asks for (a cue beside a group or target and the
        harm and denial tests' words; a key and its partner; a group beside a word that needs one)."""
        recipe = rng.random()
        if recipe < 0.3:
            return [rng.choice(cues), rng.choice(targets), rng.choice(read), rng.choice(read)]
        if recipe < 0.6:
            key, partners = rng.choice(pairs)
            return [key, rng.choice(partners), rng.choice(groups), rng.choice(targets)]
        return rng.sample(words, rng.randint(1, 5))

    opened = differed = 0
    for _ in range(30000):
        post = frozenset(glued(w) for w in draw())
        plain = text_module._worth_scanning(lex, _plain_unglued(post), "fr")
        assert text_module._worth_scanning(lex, text_module._with_unglued(lex, post), "fr") == plain, sorted(post)
        opened += plain
        differed += plain != text_module._worth_scanning(lex, post, "fr")
    assert opened > 1000 and differed > 100  # the unglued words decide often enough to matter
