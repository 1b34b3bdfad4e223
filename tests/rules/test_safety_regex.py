"""The safety rules compile their patterns with their alternations factored (rules/safety_regex.py):
the same matches as `re.compile`, spans and groups alike, wherever a search starts."""

from __future__ import annotations

import dataclasses
import random
import re
from functools import cache
from types import ModuleType

import pytest

from footprint.rules import (
    load_rules,
    safety_activities,
    safety_address,
    safety_base,
    safety_children,
    safety_whereabouts,
)
from footprint.rules import safety as safety_rules
from footprint.rules.safety_regex import _alternation, _factor, _parser, _rewrite, factored
from footprint.text import fold

_MODULES: tuple[ModuleType, ...] = (
    safety_rules, safety_activities, safety_address, safety_base, safety_children, safety_whereabouts,
)


def _patterns() -> dict[str, re.Pattern[str]]:
    found = {}
    for module in _MODULES:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{module.__name__}.{name}"] = value
        if hasattr(module, "patterns"):
            compiled = module.patterns()
            for field in dataclasses.fields(compiled):
                value = getattr(compiled, field.name)
                if isinstance(value, re.Pattern):
                    found[f"{module.__name__}.patterns().{field.name}"] = value
    return found


@cache
def _texts() -> tuple[str, ...]:
    """The project corpus's posts, the rules' own examples, and shapes that patterns trip on,
    each as written and folded (the patterns read both)."""
    from scripts.corpus.build import posts

    rng = random.Random(5)
    made = [p.text for p in rng.sample(list(posts()), 400)]
    for rule in load_rules():
        if rule.code.startswith("SAF"):
            made += [*rule.examples_flagged, *rule.examples_not_flagged]
    made += [
        "", " ", "'til", "'til Sunday", "TIL", "a", "@", "@ the market", "é", "→", "📍 Tofino", "x" * 300,
        "I'm at the cottage until the 20th, back on the 21st!", "On part pour le Mexique samedi pour deux semaines",
        "Je suis au chalet jusqu'à dimanche 🙂", "Garage sale at 45 Elm St. unit 2, K2P 1L4", "613-555-0199",
        "Every Saturday at 8 I'm at the market", "my usual 6 am run along the canal", "tous les matins à 6 h 30",
    ]
    return tuple(dict.fromkeys([*made, *(fold(t) for t in made)]))


def _signature(m: re.Match[str] | None) -> tuple[object, ...] | None:
    if m is None:
        return None
    return m.span(), m.groups(), m.lastindex, tuple(m.span(i) for i in range(1, (m.re.groups or 0) + 1))


PATTERNS = _patterns()


def test_the_rules_patterns_are_factored() -> None:
    assert len(PATTERNS) > 200, "the safety modules' patterns were not found: this test would check nothing"


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_factored_pattern_matches_as_written(name: str) -> None:
    pattern = PATTERNS[name]
    plain = re.compile(pattern.pattern, pattern.flags)
    assert (pattern.groups, pattern.groupindex, pattern.flags) == (plain.groups, plain.groupindex, plain.flags)
    texts = _texts()
    for text in texts:
        assert [_signature(m) for m in pattern.finditer(text)] == [_signature(m) for m in plain.finditer(text)], text
    for text in texts[::25]:  # a match from every position, and a search that stops early
        for start in range(len(text) + 1):
            assert _signature(pattern.match(text, start)) == _signature(plain.match(text, start)), (text, start)
        assert _signature(pattern.search(text, 0, len(text) // 2)) == _signature(plain.search(text, 0, len(text) // 2))


def _plain(node: object) -> object:
    """A parsed tree as nested lists and tuples, to compare two trees by their contents."""
    if isinstance(node, _parser.SubPattern):
        return [_plain(item) for item in node.data]
    if isinstance(node, (list, tuple)):
        return type(node)(_plain(item) for item in node)
    return node


def _rewritten(source: str) -> object:
    tree = _parser.parse(source, 0)
    return _plain(_rewrite(tree.state, list(tree), {}))


def _parsed(source: str) -> object:
    return _plain(_parser.parse(source, 0))


def test_branches_are_grouped_by_first_character_in_their_order() -> None:
    assert _rewritten(r"abc|cd|aef") == _parsed(r"a(?:bc|ef)|cd")
    assert _rewritten(r"a(?:bc|ef)|cd") == _parsed(r"a(?:bc|ef)|cd")  # already factored: left alone
    # a nested alternation is distributed over a small rest, then grouped: back|home, then "\s+on"
    assert _rewritten(r"(?:back|home)\s+on|bye") == _parsed(r"b(?:ack\s+on|ye)|home\s+on")


def _whole(source: str) -> object:
    """The rewrite `factored` compiles: the whole pattern as an alternation of one branch."""
    tree = _parser.parse(source, 0)
    return _plain(_alternation(tree.state, _factor(tree.state, [list(tree)], {})))


def test_a_lookbehind_is_read_after_the_literal_it_stands_before() -> None:
    assert _whole(r"(?<![\w'])(?:in|on)") == _parsed(r"i(?<![\w']i)n|o(?<![\w']o)n")
    assert _whole(r"(?<=')m|x") == _parsed(r"m(?<='m)|x")
    # opening on many letters, a shared lookbehind stays shared: tested once, not once per letter
    assert _whole(r"(?<!\w)(?:ab|cb|db|eb|fb|gb|hb|ib|jb|kb|lb)")[0] == _parsed(r"(?<!\w)")[0]


def test_a_branch_opening_on_anything_else_is_a_barrier() -> None:
    # "[a-c]x" may match where "ay" and "az" do: neither moves across it
    assert _rewritten(r"ay|[a-c]x|az") == _parsed(r"ay|[a-c]x|az")
    assert _rewritten(r"ayy|azz|[a-c]x") == _parsed(r"a(?:yy|zz)|[a-c]x")


@pytest.mark.parametrize(
    "source",
    [
        r"(?P<day>mon|tue)day|(?P<month>jan|june?)",  # named groups in the branches
        r"(a|ab)(c|bcd)(d*)",  # backtracking into an earlier alternation
        r"(?:x|xy|)z",  # an empty branch
        r"(?<![\w'])(?:until|till|'til|through)(?!\w)",  # lookarounds around the alternation
        r"(?:a|b)(c)\1?|ac",  # a group and its back-reference: the rest is not distributed
        r"(?i:ab|Ac)|ad",  # a case-insensitive part is left as written
        r"(?<![\w'])(?:on|in|o)(?!\w)|(?<=')n",  # lookbehinds read after their literal, at the text's start too
        r"(?:on|in)+?x|o",  # a lazy repeat of an alternation
    ],
)
def test_tricky_patterns_match_as_written(source: str) -> None:
    plain = re.compile(source)
    rewritten = factored(source)
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice("abcdxyzonitlhrug'AC ") for _ in range(rng.randint(0, 12)))
        assert [_signature(m) for m in rewritten.finditer(text)] == [_signature(m) for m in plain.finditer(text)], text


def test_case_insensitive_patterns_are_compiled_as_written() -> None:
    assert factored(r"ab|ac", re.IGNORECASE).search("xAC") is not None
    assert factored(r"(?i)ab|ac").fullmatch("AC") is not None
    assert factored(r"ab|ac").pattern == r"ab|ac"  # the source is kept: patterns are built from others'
