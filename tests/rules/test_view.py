"""The analyzer's one prepared view of a subject: shared words, shared derivations, pictures."""

from __future__ import annotations

from footprint.analyzer import Analyzer
from footprint.records import PROFILE_KIND, Subject
from footprint.rules import load_rules
from footprint.rules.base import Rule, text_words
from footprint.rules.view import SubjectView, analyzing, current, derived

WORDMARK = {
    "key": "k1", "width": 400, "height": 400, "format": "PNG",
    "symbols": [{
        "symbol": "wordmark", "label": "Canada wordmark", "label_fr": "mot-symbole « Canada »",
        "confidence": 0.93, "box": [10, 10, 110, 40], "quad": [[10, 10], [110, 10], [110, 40], [10, 40]],
        "inliers": 40, "reportable": True,
    }],
    "gps": None, "captured_at": "2024-06-01T14:30:05", "camera": "Pixel 8", "error": None, "text_likely": False,
}


def _post(text: str = "", pictures: tuple = ()) -> Subject:  # type: ignore[type-arg]
    return Subject("x", "acct", "1", "post", {"text": text} if text else {}, language="fr", pictures=pictures)


def test_words_are_split_once_and_shared_between_rules() -> None:
    subject = _post("Bonne fête à ma sœur 🎂 @ami f*ck")
    view = SubjectView(subject, {"text": "bonne fete a ma soeur 🎂 @ami f*ck"})
    with analyzing(view):
        first = text_words(view["text"])
        assert text_words(view["text"]) is first
        assert first == {"bonne", "fete", "a", "ma", "soeur", "@ami", "f*ck"}
    assert current() is None  # nothing outlives the analysis
    assert text_words("un deux") == {"un", "deux"}  # outside an analysis: computed, not cached


def test_derived_values_live_as_long_as_one_subject() -> None:
    calls: list[str] = []

    def reading() -> str:
        calls.append("read")
        return "reading"

    for _ in range(2):
        with analyzing(SubjectView(_post("a"), {"text": "a"})):
            assert derived(("family", "a"), reading) == "reading"
            assert derived(("family", "a"), reading) == "reading"
    assert calls == ["read", "read"]  # once per subject, never carried to the next
    assert derived(("family", "a"), reading) == "reading" and len(calls) == 3


def test_the_analyzer_hands_rules_the_view_and_clears_it() -> None:
    seen: list[object] = []

    class Spy(Rule):
        """Spy rule.

        Records what the analyzer hands it."""

        code = "TST001"
        name = "spy"
        category = "work_related"

        def check(self, subject, folded):  # type: ignore[no-untyped-def]
            seen.append((folded, current()))
            return iter(())

    Analyzer([Spy()]).analyze(_post("Texte"))
    ((view, active),) = seen
    assert isinstance(view, SubjectView) and view is active and view["text"] == "texte"
    assert current() is None


def test_picture_rules_read_stored_results_even_without_text() -> None:
    analyzer = Analyzer(load_rules(["SYM101", "SAF101", "SAF102"]))
    found = analyzer.analyze(_post(pictures=(("media/1.png", WORDMARK),)))
    assert sorted(f.rule for f in found.findings) == ["SAF102", "SYM101"]
    assert not found.errors


def test_a_damaged_picture_result_is_one_error_and_spares_the_others() -> None:
    analyzer = Analyzer(load_rules(["SYM101", "SAF101", "SAF102"]))
    damaged = {"symbols": [{"symbol": "wordmark"}]}  # fields missing: cannot be read back
    found = analyzer.analyze(_post("Photo", pictures=(("bad.png", damaged), ("good.png", WORDMARK))))
    assert [f.rule for f in found.findings if f.rule == "SYM101"] == ["SYM101"]
    assert len(found.errors) == 1
    code, message = found.errors[0]
    assert code == "SYM101" and "bad.png" in message


def test_profile_pictures_reach_the_picture_rules() -> None:
    profile = Subject("x", "acct", "acct", PROFILE_KIND, {"bio": "Analyste"}, pictures=(("avatar", WORDMARK),))
    found = Analyzer(load_rules(["SYM101"])).analyze(profile)
    assert [f.rule for f in found.findings] == ["SYM101"]
