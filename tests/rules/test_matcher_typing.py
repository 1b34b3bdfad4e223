"""The literal-term matcher reads terms as people type them: a run of spaces as one ("want to  quit",
two spaces after a full stop), a phrase without its apostrophes, and for names, a possessive
without its apostrophe ("Trudeaus budget"); spans point at the text as written."""

from __future__ import annotations

from footprint.rules.matcher import TermMatcher


def test_a_term_with_doubled_spaces_is_found_and_spans_the_text_as_written() -> None:
    matcher = TermMatcher({"want to quit": "quit", "toxic": "toxic"})
    text = "Honestly.  I  want to   quit this toxic place"
    found = matcher.find(text)
    assert [(text[start:end], value) for start, end, _term, value in found] == [
        ("want to   quit", "quit"),
        ("toxic", "toxic"),
    ]


def test_single_spaced_text_reads_as_before() -> None:
    matcher = TermMatcher({"want to quit": 1})
    assert matcher.find("I want to quit") == [(2, 14, "want to quit", 1)]
    assert matcher.find("I want to quitter") == []


def test_spaces_alone_and_empty_text_find_nothing() -> None:
    matcher = TermMatcher({"a b": 1})
    assert matcher.find("") == []
    assert matcher.find(" " * 10_000) == []
    assert matcher.find("a" + " " * 5000 + "b") == [(0, 5002, "a b", 1)]


def test_a_phrase_typed_without_its_apostrophes_is_the_phrase() -> None:
    matcher = TermMatcher({"it's time for you to get ahead": "slogan", "qu'il nous faut": "need", "we'll": "we"})
    found = matcher.find("its time for you to get ahead! quil nous faut ca")
    assert [(term, value) for _s, _e, term, value in found] == [
        ("it's time for you to get ahead", "slogan"),
        ("qu'il nous faut", "need"),
    ]
    assert matcher.find("well done") == []  # a single word keeps its apostrophe: "well" is not "we'll"


def test_a_possessive_without_its_apostrophe_only_where_asked() -> None:
    names = TermMatcher({"trudeau": 1}, possessive=True)
    plain = TermMatcher({"trudeau": 1})
    assert names.find("trudeaus budget") == [(0, 7, "trudeau", 1)]
    assert names.find("trudeausx budget") == []
    assert plain.find("trudeaus budget") == []


def test_workplace_phrases_read_through_doubled_spaces_but_not_through_punctuation() -> None:
    from footprint.rules.workplace_lexicon import lexicon

    matcher = lexicon("en").matcher
    doubled = "No  work  life  balance here"
    assert any(doubled[s:e] == "work  life  balance" for s, e, _t, _v in matcher.find_in(doubled))
    parted = "No work. Life balance is fine"
    assert not any("life" in parted[s:e] and "work" in parted[s:e] for s, e, _t, _v in matcher.find_in(parted))

