"""One regex for a long alternation of cues, grouped by the letter each cue starts with.

POL002's cues of support and opposition are ~180 alternatives behind one `(?<!\\w)`: the regex
engine tries every one of them at every word start of a sentence naming a party. Grouped under a
lookahead for their first character (`(?=v)(?:vote...|voter...)|(?=s)(?:support...)`), only the
group of the letter at hand is tried there. What the pattern finds is unchanged: an alternative
that cannot start with that letter cannot match there, and inside a group the alternatives keep
their order, so at each position the same alternative wins.

Finding the first characters reads the pattern with the standard library's regex parser. If that
parser is not there (it is internal to `re`) or an alternative may start with anything (`\\w`, a
lookbehind into an optional part), the plain alternation is compiled instead: slower, same matches.
"""

from __future__ import annotations

import re
from typing import Any

try:  # internal to the standard library: when it moves, the plain alternation is used
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover
    _parser = None


def split_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source ("a|(?:b|c)|d" -> a, (?:b|c), d)."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source.startswith(("[]", "[^]"), i):  # a leading "]" is a member, not the end
                i += source.index("]", i) - i + 1
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def _first_chars(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a parsed sequence can start with (None: any), and whether it can match
    empty (then what follows it can start the match too)."""
    found: set[str] = set()
    for op, arg in items:
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # consumes nothing
        if op is _c.LITERAL:
            return found | {chr(arg)}, False
        if op is _c.IN:
            for member_op, member in arg:
                if member_op is _c.LITERAL:
                    found.add(chr(member))
                elif member_op is _c.RANGE:
                    found.update(chr(code) for code in range(member[0], member[1] + 1))
                else:  # a category, a negated class
                    return None, False
            return found, False
        if op is _c.SUBPATTERN:
            if arg[1] & re.IGNORECASE:
                return None, False
            chars, empty = _first_chars(arg[3])
        elif op is _c.BRANCH:
            chars, empty = set(), False
            for alternative in arg[1]:
                sub, sub_empty = _first_chars(alternative)
                if sub is None:
                    return None, False
                chars |= sub
                empty = empty or sub_empty
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            chars, empty = _first_chars(arg[2])
            empty = empty or arg[0] == 0
        else:  # any character, a backreference...
            return None, False
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def grouped_alternation(prefix: str, alternatives: list[str]) -> re.Pattern[str]:
    """`re.compile(prefix + "(?:" + "|".join(alternatives) + ")")`, grouped by first character.
    `prefix` must consume nothing (a lookbehind such as `(?<!\\w)`)."""
    plain = re.compile(rf"{prefix}(?:{'|'.join(alternatives)})")
    if _parser is None or plain.groups:
        return plain  # a numbered group would be renumbered by the copies below
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        parsed = _parser.parse(alternative)
        if parsed.state.flags & re.IGNORECASE:
            return plain  # its literals stand for both cases
        chars, empty = _first_chars(parsed)
        if chars is None or empty:
            return plain
        for char in chars:  # an alternative with several first letters joins each group
            groups.setdefault(char, []).append(alternative)
    branches = "|".join(f"(?={re.escape(char)})(?:{'|'.join(group)})" for char, group in groups.items())
    return re.compile(rf"{prefix}(?:{branches})")
