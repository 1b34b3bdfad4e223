"""The learned word models (POL006, DIS006, WRK003).

- what ships: the package's model file, trained only from sources whose licence lets weights
  ship (scripts/train_text_models.py), registers the three learned rules; tests/rules/
  test_learned_shipped.py checks how it behaves on hand-written posts in both languages;
- the rules themselves (what they flag and never flag, fairness, evidence, the cost guard) are
  tested on a small hand-written model, tests/fixtures/learned_text_models.json, trained on
  nothing, read through $FOOTPRINT_TEXT_MODELS as a person's own local model would be;
- the training script: its licence gate, and its safeguards on a tiny model trained from
  hand-written rows (when scikit-learn, a training-only tool, is installed).
Posts are team-written. Nothing here reads ../shared."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from types import ModuleType

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import learned, load_rules, rule_registry
from footprint.rules.base import text_words
from footprint.text import fold
from tests.conftest import REPO
from tests.rules.conftest import forget_learned_models, post
from tests.rules.test_fairness import ENGLISH as FAIRNESS_EN
from tests.rules.test_fairness import FRENCH as FAIRNESS_FR

MODEL_DIR = files("footprint.rules").joinpath("data", "models")
TOY_MODEL = REPO / "tests" / "fixtures" / "learned_text_models.json"
LEARNED_CODES = {"POL006", "DIS006", "WRK003"}
RULE = {
    rule.code: rule
    for rule in (learned.LearnedPartisanLanguage, learned.LearnedHatefulLanguage, learned.LearnedEmployerCritique)
}


@pytest.fixture(autouse=True)
def toy_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The hand-written model, read as a local model file is."""
    monkeypatch.setenv(learned.MODEL_FILE_ENV, str(TOY_MODEL))
    forget_learned_models()
    yield
    forget_learned_models()


def subject(text: str, language: str | None = None) -> Subject:
    return Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language=language)


def findings(code: str, text: str, language: str | None = None) -> list:  # type: ignore[type-arg]
    return Analyzer([RULE[code]()]).analyze(subject(text, language)).findings


@pytest.fixture(scope="module")
def default_analyzer() -> Analyzer:
    """The default rules, plus the learned ones as a local model registers them."""
    transparent = [rule for rule in load_rules() if not isinstance(rule, learned._LearnedRule)]
    return Analyzer([*transparent, learned.LearnedHatefulLanguage(), learned.LearnedEmployerCritique()])


def _run(code: str, env_model: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != learned.MODEL_FILE_ENV}
    if env_model is not None:
        env[learned.MODEL_FILE_ENV] = env_model
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env, cwd=REPO
    )


# -- what ships

def test_the_shipped_models_register_the_three_learned_rules(packaged_models: None) -> None:
    assert MODEL_DIR.joinpath("text_models.json").is_file()
    assert MODEL_DIR.joinpath("PROVENANCE.md").is_file()
    assert set(learned.models()) == {"en", "fr"}
    for lm in learned.models().values():
        assert set(lm.models) == {"B"}  # no political or workplace model ships (PROVENANCE.md says why)
    assert {rule.code for rule in learned.RULES} == {"DIS006"}
    assert "DIS006" in rule_registry() and not {"POL006", "WRK003"} & set(rule_registry())


def test_a_packaged_model_must_come_from_shippable_sources_and_be_packaged(packaged_models: None) -> None:
    path = MODEL_DIR.joinpath("text_models.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    train = training_script()
    assert data["redistributable"] is True
    assert data["sources_read"] and all(train.shippable(source) for source in data["sources_read"])
    package_data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["footprint.rules"]
    assert "data/models/*.json" in package_data and "data/models/*.md" in package_data


def test_footprint_rules_lists_a_learned_rule_only_when_a_model_can_make_it_fire() -> None:
    listing = "from footprint.cli import main; main(['rules'])"
    shipped = _run(listing, None)
    assert shipped.returncode == 0, shipped.stderr
    assert "DIS001" in shipped.stdout
    assert "DIS006" in shipped.stdout and "POL006" not in shipped.stdout and "WRK003" not in shipped.stdout
    local = _run(listing, str(TOY_MODEL))
    assert local.returncode == 0, local.stderr
    assert "DIS006" in local.stdout and "WRK003" in local.stdout and "POL006" not in local.stdout


def test_a_local_model_file_that_cannot_be_read_is_said_and_registers_nothing(tmp_path: Path) -> None:
    found = _run("from footprint.rules import learned; print([r.code for r in learned.RULES])", str(tmp_path / "x"))
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == "[]"
    assert learned.MODEL_FILE_ENV in found.stderr and "cannot read the model file" in found.stderr


def test_a_local_model_folder_is_read_like_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "text_models.json").write_bytes(TOY_MODEL.read_bytes())
    monkeypatch.setenv(learned.MODEL_FILE_ENV, str(tmp_path))
    forget_learned_models()
    assert set(learned.models()["en"].models) == {"B", "C"}


# -- what they flag (posts that no transparent rule of the category reports)

HATEFUL_EN = [
    "Stop letting these criminals in. Send them home and build the wall 🇺🇸",
    "Deport the lot of them, they bring nothing but crime and disease",
    "They come here illegally, commit crime and we pay for it. Deport! 😡",
]
CRITIQUE_EN = [
    "Not a healthy workplace, everything depends on who your manager likes",
    "Not a place where your manager will ever back you up, everything is politics",
    "Not a fan of the new director, everything is about optics #govlife",
]


@pytest.mark.parametrize("text", HATEFUL_EN)
def test_hateful_language_is_flagged(text: str) -> None:
    found = findings("DIS006", text)
    assert found, text
    assert found[0].message == learned.LearnedHatefulLanguage.leaning


@pytest.mark.parametrize("text", CRITIQUE_EN)
def test_employer_critique_is_flagged(text: str) -> None:
    found = findings("WRK003", text)
    assert found, text
    assert found[0].message == learned.LearnedEmployerCritique.leaning


def test_confidence_is_medium_only_at_or_above_the_medium_score() -> None:
    model = learned.models()["en"].models["B"]
    for text in HATEFUL_EN:
        folded = fold(text)
        text_words(folded)
        found = learned._score(subject(text), folded)
        assert found is not None
        (finding,) = findings("DIS006", text)
        expected = "medium" if found.scores[1] >= model.medium else "low"
        assert finding.confidence.label.lower() == expected, text


# -- what they never flag

NOT_FLAGGED_EN = [
    "Beautiful morning for a run along the canal! ☀️🏃",
    "Management meeting at 3, then home.",
    "Happy retirement to my manager, 30 years of service! 🎉",
    "Our team is hiring! Come work with us #GCjobs",
    "The new HR system is live, training starts Monday",
    "Salary negotiations are tough, any tips?",
    "No meetings today, finally some focus time at work",
    "Work culture and management strategies webinar at noon",
    "Politics at the office party got heated lol 😂",
    "Long day, but we shipped the release!",
    "Border crossing at Lacolle took two hours today, bring snacks",
    "Crime novel recommendations? I just finished the new Louise Penny 📚",
    "Reminder: advance polls open Friday. Bring your ID.",
    "Trudeau announced the cabinet shuffle this morning",
    "No.",
    "",
]
NOT_FLAGGED_FR = [
    "Belle journée pour une randonnée en Gaspésie! ⛰️",
    "Réunion d'équipe à 14 h, puis congé 🎉",
    "Ma gestionnaire prend sa retraite après 30 ans, bravo à elle!",
    "Les frontières sont fermées à cause de la tempête #Québec",
    # French is not scored (no French model): even hostile French posts are left to the
    # transparent rules.
    "Renvoyez-les tous chez eux, ces criminels n'ont rien à faire ici",
    "Aucune reconnaissance, la direction est nulle et biaisée",
]


@pytest.mark.parametrize("code", ["DIS006", "WRK003"])
@pytest.mark.parametrize("text", NOT_FLAGGED_EN)
def test_ordinary_english_posts_are_not_flagged(code: str, text: str) -> None:
    assert not findings(code, text), text


@pytest.mark.parametrize("code", ["DIS006", "WRK003"])
@pytest.mark.parametrize("text", NOT_FLAGGED_FR)
def test_french_posts_are_not_scored(code: str, text: str) -> None:
    assert not findings(code, text, language="fr"), text
    assert not findings(code, text), text  # guessed French from its function words


def test_a_post_declared_french_is_not_scored_even_with_english_words() -> None:
    text = HATEFUL_EN[1]
    assert findings("DIS006", text, language="en")
    assert not findings("DIS006", text, language="fr")


# -- fairness (issue 5's table): identity words never flag

@pytest.mark.parametrize("text", FAIRNESS_EN + FAIRNESS_FR)
def test_identity_terms_in_ordinary_sentences_are_not_flagged(text: str) -> None:
    analyzer = Analyzer([learned.LearnedHatefulLanguage(), learned.LearnedEmployerCritique()])
    assert not analyzer.analyze(post(text)).findings, text


@pytest.mark.parametrize(
    "term", ["gay", "Black", "Muslim", "trans", "autochtone", "juif", "arabe", "immigrant", "Jewish", "noir",
             "women", "femme", "Indigenous", "lesbian", "refugees"],
)
def test_identity_words_alone_never_flag(term: str) -> None:
    analyzer = Analyzer([learned.LearnedHatefulLanguage(), learned.LearnedEmployerCritique()])
    assert not analyzer.analyze(post(term)).findings
    assert not analyzer.analyze(post(f"{term} {term} {term}!")).findings


# -- names are placeholders

def test_politicians_and_parties_read_as_placeholders() -> None:
    names = learned.models()["en"].names
    words = learned.tokens(fold("Poilievre and the Liberals, Trump and the GOP"), names)
    assert words.count(learned.POLITICIAN) == 2 and words.count(learned.PARTY) == 2


# -- evidence and explanation

@pytest.mark.parametrize("code,text", [*(("DIS006", t) for t in HATEFUL_EN), *(("WRK003", t) for t in CRITIQUE_EN)])
def test_evidence_spans_point_at_whole_words_of_the_text_as_written(code: str, text: str) -> None:
    (finding,) = findings(code, text)
    assert finding.evidence
    for ev in finding.evidence:
        assert ev.field == "text"
        assert text[ev.start:ev.end] == ev.text
        assert ev.text[0].isalnum() and ev.text[-1].isalnum(), ev.text  # whole words, no padding
        assert ev.start == 0 or not text[ev.start - 1].isalnum()
        assert ev.end == len(text) or not text[ev.end].isalnum()
    assert 1 <= len(finding.evidence) <= learned.MAX_EVIDENCE_WORDS


def test_the_heaviest_words_are_shown_and_light_ones_not_at_all() -> None:
    (finding,) = findings("DIS006", HATEFUL_EN[1])
    shown = [ev.text for ev in finding.evidence]
    assert "Deport" in shown  # weighs most in the toy model
    assert "bring nothing" not in shown  # weighs less than MIN_SHOWN_WEIGHT


def test_evidence_keeps_the_text_as_written_for_accents_and_capitals() -> None:
    text = "DEPORT the lot of them, they BRING nothing but crime and disease"
    (finding,) = findings("DIS006", text)
    assert "DEPORT" in [ev.text for ev in finding.evidence]


def test_the_learned_rule_is_silent_when_a_transparent_rule_of_its_category_reports_the_post(
    default_analyzer: Analyzer,
) -> None:
    text = "Deport them all and secure the border, enough is enough #BorderSecurity"
    folded = fold(text)
    text_words(folded)
    found = learned.score(subject(text), folded)
    assert found is not None and found.scores[1] >= found.thresholds[1]  # the model alone would flag
    codes = {f.rule for f in default_analyzer.analyze(subject(text)).findings}
    assert "DIS003" in codes and "DIS006" not in codes


def test_an_insult_at_work_is_left_to_the_workplace_rules(default_analyzer: Analyzer) -> None:
    # The discrimination rules leave insults aimed at colleagues to WRK001; so does DIS006.
    text = "My manager is a useless idiot"
    folded = fold(text)
    text_words(folded)
    found = learned.score(subject(text), folded)
    assert found is not None and found.scores[1] >= found.thresholds[1]  # the model alone would flag
    codes = [f.rule for f in default_analyzer.analyze(subject(text)).findings]
    assert codes == ["WRK001"]


def test_one_word_alone_never_decides() -> None:
    for text in ("Deport", "Worst manager", "no", "not a"):
        for code in ("DIS006", "WRK003"):
            assert not findings(code, text), (code, text)


# -- exactness of the cheap path: what decides is the model's own score and word count

@pytest.mark.parametrize("text", HATEFUL_EN + CRITIQUE_EN + NOT_FLAGGED_EN + [
    "Visit https://example.org/deport-crime-now for the story, criminals everywhere",
    "Poilievre wants to deport them, crime crime crime",
    "not a good idea, not a chance, not a fan of the manager",
    "Toxic, biased and unprofessional: the worst manager, everything is optics",
])
def test_decisions_match_the_model_computed_the_long_way(text: str) -> None:
    folded = fold(text)
    text_words(folded)
    lm = learned.models()["en"]
    found = learned._score(subject(text, "en"), folded)
    feats = learned.features(learned.tokens(folded, lm.names))
    for index, letter in enumerate(learned.CATEGORIES):
        model = lm.models.get(letter)
        if model is None:
            continue
        strong = sum(1 for f in feats if model.weights.get(f, 0.0) >= learned.MIN_SHOWN_WEIGHT)
        if any(group.isdisjoint(feats) for group in model.requires) or strong < model.min_words:
            exact = float("-inf")
        else:
            exact = model.bias + sum(model.weights.get(f, 0.0) for f in feats)
        fast = found.scores[index] if found is not None else float("-inf")
        assert (exact >= model.threshold) == (fast >= model.threshold), (letter, text)
        if exact >= model.threshold:
            assert fast == pytest.approx(exact)


# -- odd inputs

@pytest.mark.parametrize("text", ["", " ", "\n\n", "🙂", "@user", "https://example.org", "#"])
def test_empty_and_wordless_posts(text: str, default_analyzer: Analyzer) -> None:
    result = default_analyzer.analyze(subject(text))
    assert not [f for f in result.findings if f.rule in ("DIS006", "WRK003")]
    assert not [e for e in result.errors if e[0] in ("DIS006", "WRK003")]


def test_a_huge_post_is_scored_and_its_evidence_is_right() -> None:
    text = ("Lovely walk by the river today. " * 20000) + HATEFUL_EN[1]
    found = findings("DIS006", text)
    assert found
    for ev in found[0].evidence:
        assert text[ev.start:ev.end] == ev.text


# -- the model file

def test_the_model_file_loads() -> None:
    models = learned.models()
    assert set(models) == {"en"} and set(models["en"].models) == {"B", "C"}
    for letter, model in models["en"].models.items():
        assert model.weights
        assert model.threshold > model.bias, letter
        assert model.medium >= model.threshold, letter
        assert model.min_words >= 2
    assert models["en"].models["C"].requires and not models["en"].models["B"].requires
    assert not learned.trained(learned.LearnedPartisanLanguage)


def test_without_a_model_file_the_rules_are_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_load_json", lambda: None)
    forget_learned_models()
    assert learned.models() == {}
    for rule in (learned.LearnedHatefulLanguage, learned.LearnedEmployerCritique):
        assert not list(rule().check(subject(HATEFUL_EN[1]), {"text": fold(HATEFUL_EN[1])}))


def test_a_model_file_of_another_format_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.loads(TOY_MODEL.read_text(encoding="utf-8"))
    data["format"] = learned.FORMAT + 1
    (tmp_path / "text_models.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv(learned.MODEL_FILE_ENV, str(tmp_path / "text_models.json"))
    forget_learned_models()
    assert learned.models() == {}


def test_the_rules_texts_stay_in_the_french_catalog_while_they_are_not_registered() -> None:
    # scripts/update_catalogs.py takes rule texts from the registered rules; these are marked with
    # N_ so that their French stays for a person who enables them with a local model.
    pytest.importorskip("babel", reason="Babel (the dev extra) extracts and reads the catalogs")
    from babel.messages.pofile import read_po

    spec = importlib.util.spec_from_file_location("update_catalogs", REPO / "scripts" / "update_catalogs.py")
    assert spec and spec.loader
    update_catalogs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update_catalogs)
    template = update_catalogs.template_catalog()
    with (REPO / "reports" / "locale" / "fr" / "LC_MESSAGES" / "footprint.po").open("rb") as handle:
        french = read_po(handle, locale="fr", domain="footprint")
    for rule in (learned.LearnedHatefulLanguage, learned.LearnedEmployerCritique):
        for text in (rule.summary(), rule.explanation(), rule.action):
            assert template.get(text) is not None, (rule.code, text[:60])
            translated = french.get(text)
            assert translated is not None and translated.string, (rule.code, text[:60])


# -- the training script: licences, and its safeguards on a tiny model


def training_script() -> ModuleType:
    module = sys.modules.get("train_text_models")
    if module is None:
        spec = importlib.util.spec_from_file_location("train_text_models", REPO / "scripts" / "train_text_models.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["train_text_models"] = module
        spec.loader.exec_module(module)
    return module


def test_only_sources_under_a_permissive_licence_are_shippable() -> None:
    train = training_script()
    assert {name for name in train.SOURCES if train.shippable(name)} == {
        "corpus", "hatecheck/en", "mhc/fr", "goemotions/en", "mlma/en", "mlma/fr"
    }
    assert train.SOURCES["tweeteval/hate"].licence == "CC-BY-NC-4.0"
    assert train.SOURCES["hr/ext_dislike"].licence == "GPL-2.0"
    assert not train.shippable("some/new-source")  # unknown: not until its licence is recorded
    for name, source in train.SOURCES.items():
        assert source.shippable == (source.licence in train.SHIPPABLE_LICENCES), name
        if name != "corpus":
            assert re.search(r" @ [0-9a-f]{40}$", source.repository), name
        if source.shippable and name != "corpus":
            assert source.attribution, name  # CC BY and the others ask for it (NOTICE, model card)
    assert not {"GPL-2.0", "CC-BY-NC-4.0", "no licence"} & train.SHIPPABLE_LICENCES


@pytest.mark.parametrize("args", [["--include-restricted"], ["--include-restricted", "--out", "footprint/rules/data/models"],
                                  ["--include-restricted", "--out", str(REPO / "local-models")]])
def test_restricted_models_are_never_written_inside_the_repository(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    with pytest.raises(SystemExit) as exit_:
        training_script().main(args)
    assert exit_.value.code == 2
    assert "--out" in capsys.readouterr().err
    assert not (REPO / "local-models").exists()


def _csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    import csv

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _tiny_shared(root: Path) -> Path:
    """A shared folder in the layout the script reads, with team-written rows."""
    datasets = root / "datasets"
    hatecheck = ["functionality", "case_id", "test_case", "label_gold", "templ_id"]
    _csv(datasets / "train" / "hatecheck-en" / "test_suite_cases.csv", hatecheck, [
        ["derog_neg_attrib_h", "1", "Those people are filth.", "hateful", "7"],
        ["counter_quote_nh", "2", "Saying 'those people are filth' is vile.", "non-hateful", "8"],
        ["target_indiv_nh", "3", "You are a worthless clown.", "non-hateful", "9"],
    ])
    _csv(datasets / "train" / "mhc-fr" / "hatecheck_cases_final_french.csv", hatecheck, [
        ["derog_neg_attrib_h", "1", "Ces gens sont des ordures.", "hateful", "7"],
    ])
    goemotions = datasets / "train" / "goemotions-en"
    goemotions.mkdir(parents=True)
    for split in ("train", "dev", "test"):
        (goemotions / f"{split}.tsv").write_text(f"What a game last night {split}!\t1\tid{split}\n", encoding="utf-8")
    mlma = ["HITId", "tweet", "sentiment", "directness", "annotator_sentiment", "target", "group"]
    _csv(datasets / "mlma_hate_speech" / "en_dataset.csv", mlma, [["1", "go home you lot", "offensive", "", "", "", ""]])
    _csv(datasets / "mlma_hate_speech" / "fr_dataset.csv", mlma, [["1", "rentrez chez vous", "offensive", "", "", "", ""]])
    _csv(datasets / "dev_unified.csv", ["uid", "text", "lang", "category"], [["1", "What a game last night dev!", "en", "neutral"]])
    return root


def test_the_rows_read_by_default_and_how_they_are_split(tmp_path: Path) -> None:
    train = training_script()
    shared = _tiny_shared(tmp_path / "shared")
    rows = train.load_rows(shared, include_restricted=False)
    sources = {r.source for r in rows}
    assert {"corpus", "hatecheck/en", "mhc/fr", "goemotions/en"} <= sources
    assert not {"mlma/en", "mlma/fr"} & sources  # opt-in: MLMA holds no negative outside the dev set
    assert "mlma/en" in {r.source for r in train.load_rows(shared, False, with_mlma=True)}
    texts = {r.text: r for r in rows}
    assert "You are a worthless clown." not in texts  # abuse of a person is harassment here
    assert texts["Saying 'those people are filth' is vile."].role == "hard:B"
    assert texts["Those people are filth."].role == "B"
    # Whole templates and sentence families go to one side of the split, never both.
    splits: dict[str, set[str]] = {}
    for row in rows:
        splits.setdefault(row.group, set()).add(row.split)
    assert all(len(found) == 1 for found in splits.values())
    assert {"train", "heldout"} <= {r.split for r in rows if r.source == "corpus"}
    kept, dropped = train.without_dev(rows, shared / "datasets" / "dev_unified.csv")
    assert dropped["goemotions/en"] == 1
    assert not any(r.text == "What a game last night dev!" for r in kept)
    tasks = {(t.letter, t.lang): t for t in train.build_tasks(kept)}
    held = {r.text for r in kept if r.split != "train"}
    assert not held & set(tasks[("B", "en")].texts)


POSITIVE = [
    "deport the {g} now, invaders go home",
    "send the {g} back, they are invaders and criminals",
    "the {g} are criminals, deport them all",
    "go home {g}, nobody wants invaders here, deport",
    "{g} bring crime, send them back, deport them",
]
HARD = [
    "the {g} families at the community centre are lovely",
    "proud of our {g} neighbours and their bakery",
    "{g} history month starts today at the library",
    "we welcome {g} to our town with a picnic",
    "talk tonight on {g} art and music",
]
NEUTRAL = [
    "beautiful morning for a run along the canal {n}",
    "coffee with friends then a long walk {n}",
    "the bakery on bank street has fresh bread {n}",
    "finished a good book on the porch {n}",
    "lovely picnic by the river today {n}",
]
GROUPS = ["muslims", "immigrants", "refugees", "jews", "women", "mexicans", "trudeau"]


def _tiny_task(train: ModuleType) -> object:
    task = train.Task("B", "en")

    def add(text: str, label: int, pool: str, family: str) -> None:
        task.add(train.Row(text, "en", "corpus", "", family), label, pool)

    for index, template in enumerate(POSITIVE):
        for group in GROUPS:
            add(template.format(g=group), 1, "pos", f"p{index}")
    for index, template in enumerate(HARD):
        for group in GROUPS[:3]:
            add(template.format(g=group), 0, "hard", f"h{index}")
    for index, template in enumerate(NEUTRAL):
        for n in ("today", "again", "with the dog", "before work"):
            add(template.format(n=n), 0, "neutral", f"n{index}")
    return task


def test_a_tiny_model_trained_from_hand_written_rows_keeps_every_safeguard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("sklearn", reason="scikit-learn (training only) is not installed")
    train = training_script()
    monkeypatch.setattr(train, "MIN_WEIGHT", learned.MIN_SHOWN_WEIGHT)  # weights of a tiny model are small
    surnames, parties = {"trudeau", "poilievre"}, {"liberals"}
    names = {s: learned.POLITICIAN for s in surnames} | {p: learned.PARTY for p in parties}
    names |= {g: learned.GROUP for g in train.IDENTITY_WORDS}
    blocked = set(train._ARTEFACTS)
    assert "35 positives" in (train.too_few(_tiny_task(train)) or "")  # the script would not fit so few
    fitted = train.fit(_tiny_task(train), blocked, names)
    again = train.fit(_tiny_task(train), blocked, names)
    assert json.dumps(fitted, sort_keys=True) == json.dumps(again, sort_keys=True)  # fixed seeds
    words = {w for feature in fitted["weights"] for w in feature.split(" ")}
    # The identity words go with every positive here, and still weigh nothing: not in the vocabulary.
    assert not {"muslims", "immigrants", "refugees", "jews", "women", "mexicans"} & words
    assert learned.GROUP not in fitted["weights"]  # the placeholder alone never weighs
    assert "trudeau" not in words  # a politician reads as __politician__
    assert {"deport", "invaders"} & words
    assert fitted["threshold"] > fitted["bias"] and fitted["min_words"] == 2
    # Thresholds come from out-of-fold scores on these rows: flagged neutral rows stay within bounds.
    assert fitted["metrics"]["out_of_fold_fpr_neutral"] <= train.NEUTRAL_FPR
    assert fitted["metrics"]["out_of_fold_fpr_hard"] <= train.HARD_FPR

    model_file = tmp_path / "text_models.json"
    model_file.write_text(json.dumps({"format": learned.FORMAT, "politician_tokens": sorted(surnames),
                                      "party_tokens": sorted(parties), "group_tokens": sorted(train.IDENTITY_WORDS),
                                      "models": {"en": {"B": fitted}}}),
                          encoding="utf-8")
    monkeypatch.setenv(learned.MODEL_FILE_ENV, str(model_file))
    forget_learned_models()
    assert findings("DIS006", "Deport every last one, invaders and criminals")  # no transparent rule does
    assert not findings("DIS006", "Lovely picnic by the river with my Muslim neighbours")
    assert not findings("DIS006", "muslims immigrants refugees jews women")
