"""Spelling tricks undone before the discrimination lexicon is looked up (DIS001-DIS005).

People dodge word filters, and type fast: "f4ggot", "b!tch", "c*nt", "fuuuuck", "i d i o t",
« c0nnard », « d é b i l e », "haet", « détetse ». Each trick is undone word by word, and a
repaired word is kept only when it is a word of the lexicon, so ordinary text is left as it is:
"4pm", "covid19", "@pat" and "b2b" stay what they are.

Accents need no repair: the text is already folded (« pédé » and "pede" are the same word).

Cost: nothing for a text without a digit or symbol inside a word, a letter typed three times
or three single letters in a row (one regular-expression search); a transposed or dropped
letter costs one dictionary look-up per word that is not in the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# A text worth repairing: a digit or symbol inside a word ("h4te", "b!tch", "$lut"), a letter
# typed three times ("fuuuck"), or single letters spaced out ("h a t e", "s.t.f.u"). Each is
# looked for with a loose pattern first (cheap, in C) and confirmed with the exact one.
# The leet pattern starts on the symbol and looks back for the letter: symbols are rare, so the
# search skips through the text in C instead of trying every letter (3x cheaper on ordinary posts).
# Same matches as "[a-z][0-9@$!|*]+[a-z]". It is searched without a looser hint first: it costs
# what the hint cost ("great!" and "covid19", a fifth of generated posts, used to pay both).
_LEET_CUE = re.compile(r"[0-9@$!|*](?<=[a-z].)[0-9@$!|*]*[a-z]")
_RUN_HINT = re.compile(r"(?s)(.)\1\1")  # any character (a newline too): a superset of the cue, a little cheaper
_RUN_CUE = re.compile(r"([a-z])\1\1")
_SPACED_HINT = re.compile(r"[ .*_-][a-z][ .*_-]{1,2}[a-z][ .*_-]")
_SPACED_CUE = re.compile(r"(?<![\w])[a-z][ .*_-]{1,2}[a-z][ .*_-]{1,2}[a-z](?![\w])")


def tricky(folded: str) -> bool:
    """The text may hide a word of the lexicon behind one of the tricks."""
    if _LEET_CUE.search(folded):
        return True
    if "$" in folded and re.search(r"(?<![\w$])\$[a-z]", folded):
        return True
    if _RUN_HINT.search(folded) and _RUN_CUE.search(folded):
        return True
    spaced_start = len(folded) > 1 and folded[1] in " .*_-"
    return bool((spaced_start or _SPACED_HINT.search(folded)) and _SPACED_CUE.search(folded))


# Words as the lexicon sees them once symbols inside a word are allowed ("b!tch", "a$$hole").
TRICK_TOKEN = re.compile(r"@[\w.]+|\$?[^\W_]+(?:[*$@!|]+[^\W_]+)*")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i",
         "|": "l", "6": "g", "9": "g", "8": "b"}
_LEET_CHARS = frozenset(_LEET)
_RUN = re.compile(r"([a-z])\1{2,}")
_DOUBLE = re.compile(r"([a-z])\1+")
_SPACED = re.compile(r"(?<![\w])[a-z](?:[ .*_-]{1,2}[a-z]){2,}(?![\w])")


def squeeze(word: str) -> str:
    """ "faggot" and "faaaggggot" both give "fagot": letters typed several times count once."""
    return _DOUBLE.sub(r"\1", word)


def typo_variants(word: str) -> Iterable[str]:
    """Two neighbouring letters swapped ("haet", « détetse »). A dropped letter is not undone:
    too many ordinary words are a slur or an insult less one letter ("money", "homes")."""
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _deleet(word: str, vocabulary: frozenset[str]) -> str | None:
    if not any(c.isalpha() for c in word) or word[0] == "@":
        return None
    plain = "".join(_LEET.get(c, c) if c in _LEET_CHARS else c for c in word)
    if "*" in plain:
        return None  # left to the wildcard look-up
    if plain in vocabulary:
        return plain
    if "1" in word:
        other = "".join("l" if c == "1" else _LEET.get(c, c) for c in word)
        if other in vocabulary:
            return other
    return None


def _starred(word: str, by_shape: Mapping[tuple[int, str], tuple[str, ...]]) -> str | None:
    """ "c*nt", "f**k", "n***er": each star stands for one letter; first letter and length fixed."""
    if word[0] == "*":
        return None
    for candidate in by_shape.get((len(word), word[0]), ()):
        if all(a == "*" or a == b for a, b in zip(word, candidate)):
            return candidate
    return None


def respell(
    words: list[str],
    vocabulary: frozenset[str],
    squeezed: Mapping[str, str],
    by_shape: Mapping[tuple[int, str], tuple[str, ...]],
    typos: Mapping[str, str],
    tricky: bool,
) -> bool:
    """Replace, in place, each word that is a disguised word of the lexicon; True if any was."""
    changed = False
    # A letter typed three times is looked for in all the words at once: most tricky posts hold
    # none, and a search per word cost more than the rest of the repair.
    runs = tricky and _RUN.search(" ".join(words)) is not None
    for i, word in enumerate(words):
        if word in vocabulary:
            continue
        fixed = typos.get(word)
        if fixed is None and tricky:
            if not word.isalpha():
                if "*" in word:
                    fixed = _starred(word, by_shape)
                else:
                    fixed = _deleet(word, vocabulary)
                    if fixed is None:
                        plain = "".join(_LEET.get(c, c) for c in word)
                        if _RUN.search(plain):
                            fixed = squeezed.get(squeeze(plain))
            elif runs and _RUN.search(word):
                fixed = squeezed.get(squeeze(word))
        if fixed is not None:
            words[i] = fixed
            changed = True
    return changed


def repaired_words(
    folded: str,
    vocabulary: frozenset[str],
    squeezed: Mapping[str, str],
    by_shape: Mapping[tuple[int, str], tuple[str, ...]],
    typos: Mapping[str, str],
) -> frozenset[str] | None:
    """The words of a tricky text once respelled, found without their offsets (`findall`, no
    match objects), or None when it holds letters typed one by one: joining those needs the
    offsets. The same words the full repair (`TRICK_TOKEN` split, `join_spaced`, `respell`) gives."""
    if _SPACED.search(folded) is not None:
        return None
    words = TRICK_TOKEN.findall(folded)
    respell(words, vocabulary, squeezed, by_shape, typos, True)
    return frozenset(words)


def join_spaced(
    folded: str, words: list[str], starts: list[int], ends: list[int], vocabulary: frozenset[str],
    squeezed: Mapping[str, str],
) -> None:
    """Merge letters typed one by one ("h a t e", « d é t e s t e », "s.t.f.u") into the word they
    spell, when it is a word of the lexicon (then also "t r a n s" next to it is left alone)."""
    for run in _SPACED.finditer(folded):
        letters = "".join(c for c in run.group(0) if c.isalpha())
        # "I h a t e" and "h a t e d" hold the word with a letter more at either end.
        for lead, tail in ((0, 0), (1, 0), (0, 1), (1, 1)):
            part = letters[lead:len(letters) - tail]
            word = part if part in vocabulary else squeezed.get(squeeze(part))
            if word is not None and len(part) >= 3:
                break
        else:
            continue
        first = next((k for k, s in enumerate(starts) if s >= run.start()), None)
        if first is None:
            continue
        first += lead
        last = first
        while last + 1 < len(starts) and ends[last + 1] <= run.end() and last - first + 1 < len(part):
            last += 1
        words[first:last + 1] = [word]
        starts[first:last + 1] = [starts[first]]
        ends[first:last + 1] = [ends[last]]


def rewritten(folded: str, words: list[str], starts: list[int], ends: list[int]) -> str:
    """`folded` with each repaired word written in place (same length, so evidence offsets hold),
    for the rules that read the text with regular expressions (threats)."""
    parts: list[str] = []
    position = 0
    for word, start, end in zip(words, starts, ends):
        if end - start == len(word) and folded[start:end] != word:
            parts.append(folded[position:start])
            parts.append(word)
            position = end
    if not parts:
        return folded
    parts.append(folded[position:])
    return "".join(parts)
