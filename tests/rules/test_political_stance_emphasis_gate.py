"""The quick test that lets emphasised posts ("sooo", "yesss") skip the shortened readings of
held-down letters must never lose a cue those readings would find."""

from __future__ import annotations

from footprint.rules import political_stance as stance
from footprint.text import fold


def test_emphasis_without_a_judgement_word_finds_nothing() -> None:
    assert stance.cues(fold("Sooo tired, yesss the long weekend is here!!!")) == ()
    assert stance.cues(fold("Baaah, on se revoit lundiii")) == ()


def test_a_judgement_word_seen_only_once_shortened_is_still_found() -> None:
    for text, word in (
        ("What a liarrrrr", "liarrrrr"),
        ("Legault, quel menteuuur", "menteuuur"),  # ASCII once folded
        ("Coooool move by the premier", "coooool"),  # cut to two letters: "cool"
    ):
        folded = fold(text)
        assert word in [folded[c.start:c.end] for c in stance.cues(folded)], text


def test_glued_handles_and_starred_words_are_read_in_full() -> None:
    # "@" and "*" glue words together in the word list: such posts take the full reading.
    folded = fold("@someone.liarrrr again")
    assert [folded[c.start:c.end] for c in stance.cues(folded)] == ["liarrrr"]
    folded = fold("sooo c*rrupt, a liarrr")
    assert "liarrr" in [folded[c.start:c.end] for c in stance.cues(folded)]


def test_non_ascii_emphasis_uses_the_unicode_letters() -> None:
    folded = fold("Legault? Ostie que c'est nuuuul 🙄")
    assert "nuuuul" in [folded[c.start:c.end] for c in stance.cues(folded)]
