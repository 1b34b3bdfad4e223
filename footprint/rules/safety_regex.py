"""Compile a regex with its alternations factored by their first character: the same matches,
found in half to four fifths of the time on the safety rules' long alternations.

Python's engine tries an alternation's branches one by one at every position a search reaches,
so "until|till|through|tonight|tomorrow|...", a hundred branches tried at each word of a post,
is a good part of what the whereabouts rule (SAF007) costs. Factored into a trie, "t(?:ill|hrough|
o(?:night|morrow))", a position is dismissed after one test per first letter.

The pattern is parsed with the standard library's own parser, its tree rewritten, and compiled
by its own compiler, so the syntax is Python's and nothing is re-implemented. Three rewrites, each
keeping the order in which the engine tries the possibilities, hence the same first match with
the same span and groups:

- a branch that opens on a nested alternation is distributed, "(?:back|home)\\s+on" becoming
  "back\\s+on|home\\s+on" (the rest is copied, so only when it is small and holds no group);
- branches that open on a literal character are grouped by that character, "ab|cd|ae" becoming
  "a(?:b|e)|cd", then each group likewise. Branches opening on anything else (a class, a
  repeat, a lookaround) stay where they are, and no branch moves across one: two branches that
  open on different literal characters never match at the same position, so the order between
  them never mattered;
- a branch opening on lookbehinds then a literal reads the literal first, "(?<![\\w'])at" becoming
  "a(?<![\\w']a)t" (the same test, the literal being the character just read), so that it joins
  its letter's group; a lookbehind shared by an alternation is copied into its branches for that
  only when they then open on few different characters, which lets the engine skip, in one tight
  loop, every position whose character opens none of them ("(?<![\\w'])(?:il|it'?s)" tested only
  where an "i" stands).

Case-insensitive patterns or parts (where "a" and "A" are one letter) and the inside of
lookbehinds (whose width must stay fixed) are left as written. If the standard library's internals are not what
this expects, the pattern is compiled as written: slower, never different.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # the standard library's parser and compiler (private, the same since Python 3.11)
    _sre: Any = importlib.import_module("_sre")
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
    _constants: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python: patterns are compiled as written
    _parser = None
else:
    ASSERT, ASSERT_NOT, BRANCH, LITERAL, SUBPATTERN = (
        _constants.ASSERT, _constants.ASSERT_NOT, _constants.BRANCH, _constants.LITERAL, _constants.SUBPATTERN
    )
    GROUPREF, GROUPREF_EXISTS = _constants.GROUPREF, _constants.GROUPREF_EXISTS
    MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT = _constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT
    SRE_FLAG_IGNORECASE = _constants.SRE_FLAG_IGNORECASE

# Items of a branch's rest copied at most when a nested alternation is distributed over it
_MAX_COPY = 150

_Items = list[tuple[Any, Any]]


def factored(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, with its alternations factored (see the module's docstring)."""
    if _parser is None or flags & re.IGNORECASE:
        return re.compile(source, flags)
    try:
        tree = _parser.parse(source, flags)
        state = tree.state
        if state.flags & SRE_FLAG_IGNORECASE:  # (?i) at the start
            return re.compile(source, flags)
        # (the whole pattern as an alternation of one branch: "(?<!x)(?:a|b)" opens on a letter too)
        rewritten = _parser.SubPattern(state, _alternation(state, _factor(state, [tree.data], {})))
        code = _compiler._code(rewritten, flags)
        index_group: list[str | None] = [None] * state.groups
        for name, index in state.groupdict.items():
            index_group[index] = name
        # (as re.compile does, with the source kept: other patterns are built from `.pattern`)
        return _sre.compile(  # type: ignore[no-any-return]
            source, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(index_group)
        )
    except Exception:  # noqa: BLE001  # pragma: no cover - internals changed: compiled as written
        return re.compile(source, flags)


# (item's id -> (the item, its rewrite)): a rest copied into many branches is rewritten once; the
# item is kept with its rewrite so that its id cannot be taken by another while the memo lives
_Memo = dict[int, tuple[Any, _Items]]


def _rewrite(state: Any, items: _Items, memo: _Memo) -> _Items:
    out: _Items = []
    for item in items:
        done = memo.get(id(item))
        if done is None:
            done = memo[id(item)] = (item, _rewrite_item(state, item, memo))
        out.extend(done[1])
    return out


def _rewrite_item(state: Any, item: tuple[Any, Any], memo: _Memo) -> _Items:
    op, av = item
    if op is BRANCH:
        return _alternation(state, _factor(state, [branch.data for branch in av[1]], memo))
    if op is SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & SRE_FLAG_IGNORECASE:
            return [item]
        return [(op, (group, add_flags, del_flags, _parser.SubPattern(state, _rewrite(state, sub.data, memo))))]
    if op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
        low, high, sub = av
        return [(op, (low, high, _parser.SubPattern(state, _rewrite(state, sub.data, memo))))]
    if (op is ASSERT or op is ASSERT_NOT) and av[0] > 0:  # a lookahead (a lookbehind keeps its width)
        return [(op, (av[0], _parser.SubPattern(state, _rewrite(state, av[1].data, memo))))]
    return [item]


def _factor(state: Any, branches: list[_Items], memo: _Memo) -> list[_Items]:
    """The branches of one alternation, distributed and grouped by their first character, in
    the order the engine must try them."""
    factored_branches: list[_Items] = []
    run: dict[int, list[_Items]] = {}  # first character -> the rests of the branches opening on it

    def close_run() -> None:
        for char, rests in run.items():
            if len(rests) == 1:
                factored_branches.append([(LITERAL, char), *_rewrite(state, rests[0], memo)])
            else:
                factored_branches.append([(LITERAL, char), *_alternation(state, _factor(state, rests, memo))])
        run.clear()

    for branch in map(_hoisted, _distributed(branches)):
        if branch and branch[0][0] is LITERAL:
            run.setdefault(branch[0][1], []).append(branch[1:])
        else:  # a class, a repeat, a lookaround, an empty branch: nothing crosses it
            close_run()
            factored_branches.append(_rewrite(state, branch, memo))
    close_run()
    return factored_branches


def _distributed(branches: list[_Items]) -> list[_Items]:
    """"(?:a|b)rest" as "a rest|b rest", in the same order, when the rest is small and holds
    no group (copied, a group would be numbered twice); lookbehinds before the alternation go
    with each branch: "(?<!x)(?:a|b)" as "(?<!x)a|(?<!x)b"."""
    out: list[_Items] = []
    for branch in branches:
        behind = _lookbehinds(branch)
        if len(branch) > behind and branch[behind][0] is BRANCH:
            before, rest = branch[:behind], branch[behind + 1:]
            if _small(rest, _MAX_COPY) and not _has_groups(rest) and not _has_groups(before):
                spread = _distributed([[*before, *inner.data, *rest] for inner in branch[behind][1][1]])
                if not before or _worth_copying(spread):
                    out.extend(spread)
                    continue
        out.append(branch)
    return out


# A lookbehind shared by an alternation is copied into its branches only when they then open on
# at most this many characters: the engine skips every position whose character is none of
# them, and there the copied lookbehinds are not tested at all. Opening on more (most letters),
# a position is skipped too rarely to pay for the test of the letter's branch (measured on the
# safety modules' patterns: up to 10, 1.3 to 6 times faster; from 13, up to 2 times slower).
_FEW_FIRST_CHARACTERS = 10


def _worth_copying(spread: list[_Items]) -> bool:
    """Whether copying a shared lookbehind into these branches lets the engine skip positions:
    every one opens on a literal once hoisted, and on few different ones."""
    firsts = set()
    for branch in map(_hoisted, spread):
        if not branch or branch[0][0] is not LITERAL:
            return False  # (its copy would be tested at every position, where the shared one was tested once)
        firsts.add(branch[0][1])
    return len(firsts) <= _FEW_FIRST_CHARACTERS


def _lookbehinds(branch: _Items) -> int:
    """How many lookbehinds open the branch."""
    if not branch or (branch[0][0] is not ASSERT and branch[0][0] is not ASSERT_NOT):
        return 0  # (most branches: asked of every branch of every alternation)
    count = 0
    for op, av in branch:
        if (op is not ASSERT and op is not ASSERT_NOT) or av[0] >= 0:
            break
        count += 1
    return count


def _hoisted(branch: _Items) -> _Items:
    """A branch opening on lookbehinds then a literal, the literal first: "(?<!x)a" as "a(?<!xa)".
    The same test (the literal is the character just read), but the branch now opens on a literal:
    it joins its letter's group, and a pattern whose branches all do lets the engine skip, in one
    tight loop, every position whose character opens none of them."""
    behind = _lookbehinds(branch)
    if not behind or len(branch) == behind or branch[behind][0] is not LITERAL or _has_groups(branch[:behind]):
        return branch
    literal = branch[behind]
    state = branch[0][1][1].state
    moved = [(op, (av[0], _parser.SubPattern(state, [*av[1].data, literal]))) for op, av in branch[:behind]]
    return [literal, *moved, *branch[behind + 1:]]


def _alternation(state: Any, branches: list[_Items]) -> _Items:
    if len(branches) == 1:
        return branches[0]
    return [(BRANCH, (None, [_parser.SubPattern(state, branch) for branch in branches]))]


def _children(op: Any, av: Any) -> list[Any]:
    if op is BRANCH:
        return av[1]  # type: ignore[no-any-return]
    if op is SUBPATTERN:
        return [av[3]]
    if op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
        return [av[2]]
    if op is ASSERT or op is ASSERT_NOT:
        return [av[1]]
    if op is GROUPREF_EXISTS:
        return [sub for sub in av[1:] if sub is not None]
    if isinstance(av, _parser.SubPattern):  # an atomic group
        return [av]
    return []


def _small(items: _Items, budget: int) -> bool:
    """Whether the items hold at most `budget` nodes (counting stops as soon as they do not:
    a long rest is asked about once per branch)."""
    return _spend(items, budget) >= 0


def _spend(items: _Items, budget: int) -> int:
    for op, av in items:
        budget -= 1
        for sub in _children(op, av):
            if budget < 0:
                return budget
            budget = _spend(sub.data, budget)
        if budget < 0:
            return budget
    return budget


def _has_groups(items: _Items) -> bool:
    return any(
        (op is SUBPATTERN and av[0] is not None) or op is GROUPREF or op is GROUPREF_EXISTS
        or any(_has_groups(sub.data) for sub in _children(op, av))
        for op, av in items
    )
