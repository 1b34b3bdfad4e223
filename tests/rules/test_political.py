"""Partisan political activity, English and French: should and should-not tables."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from importlib.resources import files

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import load_rules, political
from tests.rules.conftest import any_political, flagged, post, run

PARTISAN = [
    ("POL001", "Four more years! #TeamTrudeau"),
    ("POL001", "Assez, c'est assez. #LegaultDémission"),
    ("POL001", "Enough is enough #TrudeauMustGo"),
    ("POL002", "Proud to vote Liberal this fall!"),
    ("POL002", "Poilievre must never be PM."),
    ("POL002", "Fière de voter pour le NPD cette année 🧡"),
    ("POL002", "Les conservateurs sont corrompus jusqu'à l'os."),
    ("POL002", "J'appuie le Bloc Québécois sans hésiter"),
    ("POL002", "Doug Ford's government is a disgrace, vote them out"),
    ("POL002", "I'm supporting the NDP in this election"),
    ("POL003", "Knocking on doors for our NDP candidate Saturday, join us!"),
    ("POL003", "Faites un don à la campagne du Bloc avant minuit"),
    ("POL003", "Please donate to my friend's campaign for city council"),
    ("POL004", "I'm seeking the Green Party nomination in Gatineau!"),
    ("POL004", "C'est officiel : je serai candidate au conseil municipal."),
    ("POL004", "Je brigue l'investiture libérale dans Hull–Aylmer"),
    # Canadian, new cues
    ("POL002", "Canada needs a Conservative government, and fast"),
    ("POL002", "A new Conservative government will cut your taxes"),
    ("POL002", "Jamais Poilievre, jamais !"),
    ("POL005", "Poilievre is a hypocrite and everyone knows it"),
    ("POL005", "Honestly, Carney was brilliant in the debate tonight"),
    ("POL005", "Legault est un vrai guignol, c'est pathétique"),
    ("POL005", "Trudeau's weakness is hurting the whole country."),
    # Foreign politics (weighted lower)
    ("POL001", "Can't wait for November #ImWithHer"),
    ("POL001", "#MAGA 🇺🇸"),
    ("POL001", "Feel the Bern! #FeelTheBern"),
    ("POL001", "#NoHillary2016 #tired"),
    ("POL001", "Dimanche c'est décidé #JeVoteMacron"),
    ("POL001", "#ToutSaufMacron"),
    ("POL001", "Still proud of this ticket #BidenHarris"),
    ("POL001", "Lock her up!"),
    ("POL002", "I'm voting for Bernie Sanders in the primary"),
    ("POL002", "Je voterai Mélenchon au premier tour"),
    ("POL002", "Jamais Macron, même sous la torture."),
    ("POL002", "Keep Trump out of the White House"),
    ("POL002", "I'd still rather have anyone as President than Hillary"),
    ("POL002", "Le Pen est dangereuse pour la France"),
    ("POL005", "Hillary Clinton is a phony, a total sellout."),
    ("POL005", "Macron est un imposteur."),
    ("POL005", "Franchement, Mélenchon est le meilleur de tous"),
    ("POL005", "Kamala Harris is brilliant, so inspiring"),
    ("POL005", "How can she sleep at night? #Hillary"),
    ("POL005", "Trump just gave another speech. He is pathetic."),
    ("POL005", "Watched Macron's speech. Honestly, he was brilliant."),
    ("POL005", "Quelle campagne absurde, franchement. #Macron"),
    ("POL002", "@EmmanuelMacron méprise les classes populaires, c'est honteux"),
    ("POL005", "@EmmanuelMacron méprise les classes populaires."),
]
NEUTRAL = [
    "The Liberal government tabled its budget today.",
    "Go vote today, whoever you support! #elxn43",
    "Watching the leaders' debate tonight #cdnpoli",
    "Les élections municipales sont dimanche, allez voter",
    "I have a liberal arts degree and I love it",
    "Green tea is the best way to start the day",
    "The party last night was great 🎉",
    "Un bloc de béton bloque la rue Principale",
    "That is a conservative estimate of the costs",
    "Vote for my cat in the cutest pet contest!",
    "Join us at the bake sale on Saturday",
    "Our candidate for the design award is ready",
    "I nominated my colleague for the Public Service Award of Excellence",
    "Trudeau announced the cabinet shuffle this morning",
    "Le premier ministre Legault était à Gatineau aujourd'hui",
    "Canada Strong: the new trade program opens next week",
    # Canadian: names that are also ordinary words, and news
    "Rogers is the worst internet provider ever",
    "Brazil is amazing this time of year",
    "Pierre Poilievre holds a press conference in Ottawa at 10 a.m.",
    "Premier-elect Doug Ford met the transition team today.",
    "Les verts sont magnifiques dans mon jardin cette année",
    # Foreign politics reported, not judged
    "Macron a rencontré Merkel à Berlin.",
    "EN DIRECT - Emmanuel Macron reçu par Angela Merkel à Berlin https://t.co/x",
    "Sondage : Macron battrait Le Pen avec 60% https://t.co/x",
    "Emmanuel Macron a voté au Touquet https://t.co/x",
    'BREAKING: Trump calls Clinton a "liar" at rally',
    "Trump calls Clinton a liar at Ohio rally",
    "Mélenchon reproche à Macron de l'avoir «insulté» https://t.co/x via @figaro",
    "Biden signs the infrastructure bill into law https://t.co/x via @CBCNews",
    "Le Parti socialiste appelle à voter Macron au second tour https://t.co/x",
    "Ryan sets House vote on GOP immigration bill",
    "Trump supporters gathered outside the courthouse on Monday.",
    "I watched the debate between Trump and Biden last night #debate",
    "Macron et Le Pen s'affronteront lors du débat du 3 mai.",
    "Macron était à Berlin. Il a rencontré Merkel.",
    "Trudeau visited the plant. It was a great day for the workers of the region and everyone there.",
    # Names that are something else
    "I played a trump card in euchre last night and won!",
    "Love the trumpet solo in this song #trumpet",
    "Vacances en Hollande, les tulipes étaient magnifiques",
    "Great to see Brigitte Macron's dress at the gala",
    "Marine biology class was amazing today",
    "Le PS4 est génial, j'adore ce jeu",
    "Obamacare enrolment opens Monday #Obamacare",
    "The Liberal government tabled its first budget today. #budget2016",
    "#TeamWork makes the dream work",
]


def political_findings(text: str, created_at: datetime | None = None) -> list:
    analyzer = Analyzer(load_rules([rule.code for rule in political.RULES]))
    return analyzer.analyze(post(text, created_at)).findings


@pytest.mark.parametrize(("code", "text"), PARTISAN)
def test_partisan_posts_are_flagged_by_their_rule(code: str, text: str) -> None:
    assert flagged(code, text), text


@pytest.mark.parametrize("text", NEUTRAL)
def test_neutral_posts_are_not_flagged(text: str) -> None:
    assert not any_political(text), text
    assert not political_findings(text), text


def test_evidence_spans_point_at_the_party_and_the_cue() -> None:
    text = "Honestly, proud to vote Liberal this fall!"
    (finding,) = run("POL002", post(text))
    assert [e.text for e in finding.evidence] == ["proud to vote", "Liberal"]
    assert all(text[e.start:e.end] == e.text for e in finding.evidence)


def test_writ_period_weighs_more() -> None:
    text = "Proud to vote Liberal!"
    inside = run("POL002", post(text, datetime(2019, 9, 20, tzinfo=UTC)))[0]
    outside = run("POL002", post(text, datetime(2019, 3, 20, tzinfo=UTC)))[0]
    assert inside.weighting["election_period"] == 1.5
    assert inside.score > outside.score
    assert "election_period" not in outside.weighting


# -- Foreign politics: flagged, weighted lower, and said so


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("POL001", "#MAGA"),
        ("POL002", "Je voterai Mélenchon au premier tour"),
        ("POL005", "Macron est un imposteur."),
    ],
)
def test_foreign_politics_weighs_half_and_the_message_stays_one_sentence(code: str, text: str) -> None:
    (finding,) = run(code, post(text))
    assert finding.weighting["foreign_politics"] == political.FOREIGN_POLITICS_FACTOR == 0.5
    # The fact travels in the factors (shown by the report's "why this score"); the message is a
    # constant sentence so that the French report translates it whole (issue 13, item 17).
    (canadian,) = run(code, post(text.replace("MAGA", "VoteNDP").replace("Mélenchon", "NPD").replace("Macron", "Poilievre")))
    assert finding.message == canadian.message
    assert "foreign" not in finding.message


def test_foreign_stance_scores_lower_than_the_same_canadian_stance() -> None:
    (canadian,) = run("POL002", post("I will never vote for Poilievre"))
    (foreign,) = run("POL002", post("I will never vote for Trump"))
    assert "foreign_politics" not in canadian.weighting
    assert foreign.score == pytest.approx(canadian.score * 0.5, abs=0.02)


def test_a_canadian_writ_period_does_not_weigh_on_foreign_politics() -> None:
    (finding,) = run("POL002", post("I will never vote for Trump", datetime(2019, 9, 20, tzinfo=UTC)))
    assert "election_period" not in finding.weighting


def test_canadian_and_foreign_together_is_not_discounted() -> None:
    (finding,) = run("POL002", post("Trudeau and Trump are both corrupt"))
    assert "foreign_politics" not in finding.weighting


# -- POL005: opinions, at lower severity and confidence


def test_opinion_is_medium_severity_and_insults_carry_more_confidence_than_praise() -> None:
    (insult,) = run("POL005", post("Macron est un imposteur."))
    (praise,) = run("POL005", post("Kamala Harris is brilliant, so inspiring"))
    assert insult.severity.name == praise.severity.name == "MEDIUM"
    assert insult.confidence.name == "MEDIUM"
    assert praise.confidence.name == "LOW"
    assert [e.text for e in insult.evidence] == ["Macron", "imposteur"]


def test_one_flag_per_post_when_a_stronger_rule_applies() -> None:
    codes = [f.rule for f in political_findings("Vote Liberal, Poilievre is a hypocrite")]
    assert "POL002" in codes and "POL005" not in codes


@pytest.mark.parametrize(
    "text",
    [
        'Trump called her a "liar" and a "crook"',  # reported, in quotation marks
        "Trump says Clinton is a liar",  # reported speech
        "Le Monde : Macron qualifie Le Pen de menteuse https://t.co/x via @lemondefr",
    ],
)
def test_reported_or_quoted_judgements_are_not_opinions(text: str) -> None:
    assert not flagged("POL005", text)
    assert not flagged("POL002", text)


def test_reporting_in_the_first_person_is_an_opinion() -> None:
    assert political_findings("I said it before: Poilievre is a hypocrite")


# -- Hashtags read as prefix + name + suffix


@pytest.mark.parametrize(
    ("tag", "kind"),
    [
        ("#NoHillary2016", "partisan_opposition"),
        ("#StopHillaryClinton2016", "partisan_opposition"),
        ("#TrudeauMustGo", "partisan_opposition"),
        ("#JamaisMacron", "partisan_opposition"),
        ("#SortonsMacron", "partisan_opposition"),
        ("#ScheerCuts", "partisan_opposition"),
        ("#Hillary2016", "partisan_support"),
        ("#JeVoteMacron", "partisan_support"),
        ("#TeamPoilievre", "partisan_support"),
        ("#MacronPresident", "partisan_support"),
        ("#ITrustHillary", "partisan_support"),
        ("#TrumpPence", "partisan_support"),
    ],
)
def test_stance_hashtags_are_read_from_their_parts(tag: str, kind: str) -> None:
    (finding,) = run("POL001", post(f"Ce soir {tag}"))
    assert finding.evidence[0].text == tag
    assert ("against" in finding.message) == (kind == "partisan_opposition")


@pytest.mark.parametrize("tag", ["#trumpet", "#Obamacare", "#budget2016", "#NoFilter", "#Macron", "#HillaryEmails", "#GoCanadaGo"])
def test_hashtags_that_only_name_or_resemble_a_politician_take_no_side(tag: str) -> None:
    assert not flagged("POL001", f"Tonight {tag}")


def test_a_glued_name_in_a_handle_is_a_mention() -> None:
    assert flagged("POL005", "@JLMelenchon est un imposteur")
    assert not flagged("POL005", "@trumpetfan was amazing tonight")


# -- The foreign lexicon is data, with its provenance


def test_foreign_lexicon_states_its_provenance_and_every_entry_is_foreign() -> None:
    text = files("footprint.rules").joinpath("data", "foreign_politics.toml").read_text(encoding="utf-8")
    header = text.split("schema_version")[0]
    assert "PROVENANCE" in header and "team-written" in header
    data = tomllib.loads(text)
    entries = [*data["party"], *data["person"]]
    assert entries and all(e["country"] in {"US", "FR", "UK"} for e in entries)
    names = {n for e in entries for n in (*e.get("names", []), *e.get("aliases", []))}
    assert {"Hillary Clinton", "Emmanuel Macron", "Marine Le Pen", "Bernie Sanders", "Joe Biden"} <= names


# -------- The name pass's word gate (speed) must never hide a name

_GATE_CONTEXTS = (
    "{}", "Hier soir, {} encore ! 🎉", "«\u00a0{}\u00a0», disait-il.", "(via {}) https://ex.com/a_b",
    "RT:{}...", "wow-{}-wow", "2024 {} 2025", "x_{} and {}_y", "f*ck {} lol", "@someone.{} hi",
)


def test_name_gate_never_hides_a_name() -> None:
    """Every name, slogan and title of the lexicon, in French and English surroundings with
    emoji, punctuation, digits, handles and starred words: wherever the automaton finds a name,
    the word gate lets the post through."""
    from footprint.text import fold

    lex = political.lexicon()
    terms = [term for _end, (_length, term, _value) in lex.names._automaton.items()]
    assert len(terms) > 500
    checked = 0
    for term in terms:
        for context in _GATE_CONTEXTS:
            folded = fold(context.format(term, term))
            if lex.names.find(folded):
                checked += 1
                assert political._may_name(lex, folded), (term, folded)
    assert checked > len(terms) * 5


def test_name_gate_skips_ordinary_posts() -> None:
    from footprint.text import fold

    lex = political.lexicon()
    for text in ("", "Bonne fête à ma sœur 🎂🎉", "Great hike this morning, the lake was calm.", "Il pleut encore à Gatineau."):
        assert not political._may_name(lex, fold(text))


def test_quiet_gate_lets_every_flagged_example_through() -> None:
    """The shortcut that ends POL002, POL003 and POL005 early never covers a post they flag,
    and does cover ordinary posts (French, emoji, empty-ish)."""
    from footprint.text import fold

    codes = ("POL002", "POL003", "POL005")
    flagged_texts = [(codes.index(code), text) for code, text in PARTISAN if code in codes]
    for rule in load_rules(list(codes)):
        flagged_texts += [(codes.index(rule.code), text) for text in rule.examples_flagged]
    assert len(flagged_texts) > 20
    for index, text in flagged_texts:
        assert not political._quiet(text, fold(text))[index], text
    for text in ("Belle journée au lac 🌞", "Great hike this morning, the lake was calm.", "🙂"):
        assert political._quiet(text, fold(text)) == (True, True, True), text
    # "our" and "my" alone open nothing; beside a commitment word ("our plan") they may open a
    # party's voice (POL002) but call for no vote (POL003).
    assert political._quiet("Our cottage, my dog 🐶", fold("Our cottage, my dog 🐶")) == (True, True, True)
    assert political._quiet("Our plan for the cottage 🐶", fold("Our plan for the cottage 🐶")) == (False, True, True)
    # "I" and « je » open the singular promise only with one of its verbs and a public object.
    assert political._quiet("Je vais au lac", fold("Je vais au lac"))[0]
    assert not political._quiet("Je vais baisser vos impôts", fold("Je vais baisser vos impôts"))[0]
