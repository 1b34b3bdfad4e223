"""Text normalisation that keeps offsets: every character folds to exactly one character, so a
match found in folded text is a span of the original text too (evidence is shown as written).

Folding lower-cases, strips accents (é -> e, Ç -> c) and unifies apostrophes and dashes, which
is what English and French matching needs; characters that would fold to several (œ, ß) stay.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_SAME_WIDTH_EXTRA = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2011": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\uff03": "#",
}


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Latin, Latin-1 and Latin Extended-A/B cover English and French (and more).
    for code in range(0x250):
        char = chr(code)
        lowered = char.lower()
        if len(lowered) != 1:
            continue
        base = unicodedata.normalize("NFD", lowered)[0]
        if base != char:
            table[code] = base
    # Greek/Cyrillic capitals lower-case one to one as well.
    for code in list(range(0x370, 0x400)) + list(range(0x400, 0x530)):
        char = chr(code)
        lowered = char.lower()
        if len(lowered) == 1 and lowered != char:
            table[code] = lowered
    for char, replacement in _SAME_WIDTH_EXTRA.items():
        table[ord(char)] = replacement
    return table


@lru_cache(maxsize=1)
def _fold_string() -> str:
    """The table as a string indexed by code point (unchanged characters map to themselves).
    `str.translate` raises and clears a KeyError for every character a dict table lacks, nearly
    every character of a post; a string answers every index up to its length, and the few
    characters past it (emoji) stay as they are. Three times faster on a French post."""
    table = _fold_table()
    return "".join([table.get(code, chr(code)) for code in range(max(table) + 1)])


def fold(text: str) -> str:
    """Lower-case, accent-free copy of `text` with the same length and offsets."""
    if text.isascii():
        # Below 0x80 the table only lower-cases A-Z: the same as `lower`, done in C without a
        # look-up per character (about half of all posts are ASCII as written).
        return text.lower()
    return text.translate(_fold_string())
