"""Folding keeps offsets and folds every character the way the table says, on every path."""

from __future__ import annotations

from footprint.text import _fold_table, fold


def test_french_folds_to_the_same_length_without_accents_or_capitals() -> None:
    text = "Ça m’énerve : « L’ÉTÉ » à Montréal — déjà 30 °C\u202fet ŒUVRE"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "ca m'enerve : \" l'ete \" a montreal - deja 30 °c et œuvre"


def test_ascii_and_emoji_and_other_scripts() -> None:
    assert fold("Vote NDP @JeanDupont #ELXN45") == "vote ndp @jeandupont #elxn45"
    assert fold("") == ""
    # Past the table (emoji) and outside its ranges (CJK, Armenian) characters stay as written.
    assert fold("Bravo 🎉🇨🇦 ＃Canada 日本 Աբ") == "bravo 🎉🇨🇦 #canada 日本 Աբ"
    assert fold("ΣΟΦΙΑ Москва") == "σοφια москва"


def test_every_character_folds_as_the_table_says() -> None:
    # The table is the definition; the fast paths (ASCII, string table) must agree with it for
    # every code point, and translation is per character, so this covers every text.
    table = _fold_table()
    ascii_chars = "".join(chr(code) for code in range(0x80))
    assert fold(ascii_chars) == ascii_chars.translate(table)
    every = "".join(chr(code) for code in range(0x110000))
    assert fold(every) == every.translate(table)
    mixed = "".join(chr(c) for c in range(0x20, 0x600)) + "\u2019\u2026\U0001f600\uff03"
    assert fold(mixed) == mixed.translate(table)
    assert fold("A" * 100_000 + "É") == "a" * 100_000 + "e"
