"""The learned model that ships (DIS006, English and French), on posts written for this test in English and
French: what they add, what they never flag, and that who people are never counts.

The posts are team-written, in pairs with the same meaning in both languages; none comes from a
data set or from the training corpus (scripts/corpus)."""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import learned
from tests.rules.test_fairness import ENGLISH as FAIRNESS_EN
from tests.rules.test_fairness import FRENCH as FAIRNESS_FR

pytestmark = pytest.mark.usefixtures("packaged_models")


def _post(text: str, language: str) -> Subject:
    return Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language=language)


def _learned_only(text: str, language: str) -> list[str]:
    rules = [rule() for rule in learned.RULES]
    return [f.rule for f in Analyzer(rules).analyze(_post(text, language)).findings]


# Ordinary posts, in pairs: nothing in them is partisan or hateful, though several share words
# with posts that are (vote, team, campaign, rats, send back, those people).
ORDINARY = [
    ("Our team won the rec league final, drinks are on me tonight", "Notre équipe a gagné la finale de la ligue, la tournée est pour moi ce soir"),
    ("Sending the kids back to school tomorrow, pray for me", "Les enfants retournent à l'école demain, priez pour moi"),
    ("Vote for my cat in the office pet contest! 🐱", "Votez pour mon chat au concours d'animaux du bureau! 🐱"),
    ("The fundraising campaign for the food bank ends Friday", "La campagne de financement de la banque alimentaire se termine vendredi"),
    ("Found rats in the garage again, calling an exterminator", "Encore des rats dans le garage, j'appelle un exterminateur"),
    ("Those people at the bakery remembered my order, love this town", "Ces gens-là à la boulangerie se souvenaient de ma commande, j'adore cette ville"),
    ("Polls open at 9 tomorrow, bring your ID and go vote, whoever you support", "Les bureaux de vote ouvrent à 9 h demain, apportez vos pièces d'identité et allez voter, peu importe pour qui"),
    ("My manager brought donuts, best Monday ever", "Ma gestionnaire a apporté des beignes, meilleur lundi"),
    ("This boss fight is impossible, I hate this game 😂", "Ce boss est impossible, je déteste ce jeu 😂"),
    ("Reading a history of Parliament for book club", "Je lis une histoire du Parlement pour mon club de lecture"),
]


@pytest.mark.parametrize("english,french", ORDINARY)
def test_ordinary_posts_are_not_flagged_by_the_learned_rules(english: str, french: str) -> None:
    assert _learned_only(english, "en") == [], english
    assert _learned_only(french, "fr") == [], french


@pytest.mark.parametrize("text", FAIRNESS_EN)
def test_identity_words_in_ordinary_english_sentences_never_flag(text: str) -> None:
    assert _learned_only(text, "en") == [], text


@pytest.mark.parametrize("text", FAIRNESS_FR)
def test_identity_words_in_ordinary_french_sentences_never_flag(text: str) -> None:
    assert _learned_only(text, "fr") == [], text


@pytest.mark.parametrize(
    "term,language",
    [("Muslims", "en"), ("Black people", "en"), ("trans women", "en"), ("immigrants", "en"), ("Jews", "en"),
     ("les musulmans", "fr"), ("les Noirs", "fr"), ("les femmes trans", "fr"), ("les immigrants", "fr"),
     ("les juifs", "fr"), ("les autochtones", "fr")],
)
def test_who_is_named_never_changes_the_score(term: str, language: str) -> None:
    # The same sentence about any group scores the same: identity words read as one placeholder.
    template = "{} are everywhere in this city" if language == "en" else "{} sont partout dans cette ville"
    baseline = "students are everywhere in this city" if language == "en" else "les étudiants sont partout dans cette ville"
    lm = learned.models()[language]
    words = learned.tokens(template.format(term).lower(), lm.names)
    assert learned.GROUP in words
    assert learned.GROUP not in lm.models["B"].weights
    assert _learned_only(template.format(term), language) == _learned_only(baseline, language) == []


HOSTILE = [
    ("Deport them all, they are parasites and criminals", "en"),
    ("Renvoyez-les tous chez eux, ce sont des parasites et des criminels", "fr"),
    ("Ces parasites volent nos emplois, dehors tous", "fr"),
]


@pytest.mark.parametrize("text,language", HOSTILE)
def test_the_model_flags_hostile_posts_in_both_languages(text: str, language: str) -> None:
    # In a full scan the transparent rules speak first and the learned rule stays silent when one
    # of them reports the post (one finding per category, the clearer one).
    assert _learned_only(text, language) == ["DIS006"]


def test_only_the_discrimination_model_ships() -> None:
    assert [rule.code for rule in learned.RULES] == ["DIS006"]
    assert set(learned.models()) == {"en", "fr"}
    assert all(set(lm.models) == {"B"} for lm in learned.models().values())


def test_evidence_is_words_of_the_post_never_a_function_word_alone() -> None:
    text = HOSTILE[0][0]
    (finding,) = Analyzer([rule() for rule in learned.RULES]).analyze(_post(text, "en")).findings
    shown = [e.text.lower() for e in finding.evidence]
    assert shown and all(text[e.start:e.end] == e.text for e in finding.evidence)
    assert not set(shown) & {"they", "and", "them", "all", "my", "the"}


def test_a_long_post_is_judged_by_its_worst_window_not_by_its_length() -> None:
    calm = "We spent the morning planning the garden, then walked to the market for bread and cheese. "
    text = calm * 30
    assert _learned_only(text, "en") == []
    assert _learned_only(text + HOSTILE[0][0] + ".", "en") == ["DIS006"]


def test_no_learned_leaves_them_out() -> None:
    from footprint.rules import transparent_codes

    codes = transparent_codes()
    assert "DIS006" not in codes and "DIS001" in codes
