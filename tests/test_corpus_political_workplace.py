"""The political (A) and workplace (C) corpus modules: size and variety floors, EN/FR pairing,
determinism, French written correctly across slot boundaries, and hard negatives kept neutral."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from scripts.corpus import political, workplace
from scripts.corpus._kit import V
from scripts.corpus._model import split_of
from scripts.corpus._spec import Spec, elide_names, fr_forms

# (label, hard_for): minimum posts per language, minimum sentence families
FLOORS = {
    political: {("A", ""): (1100, 120), ("neutral", "A"): (700, 80)},
    workplace: {("C", ""): (600, 70), ("neutral", "C"): (400, 50)},
}


@pytest.fixture(scope="module", params=[political, workplace], ids=["political", "workplace"])
def module_posts(request):
    return request.param, list(request.param.posts())


def test_elision_across_slot_boundaries() -> None:
    assert elide_names("les chiffres de Ipsos") == "les chiffres d'Ipsos"
    assert elide_names("quelqu'un d'autre que Aisha Mohamed") == "quelqu'un d'autre qu'Aisha Mohamed"
    assert elide_names("DÉMISSION DE EMMANUEL") == "DÉMISSION D'EMMANUEL"
    assert elide_names("la gang de onze et de Halifax") == "la gang de onze et de Halifax"


def test_french_noun_phrase_forms() -> None:
    assert fr_forms("le logement") == {"": "le logement", "de": "du logement", "au": "au logement"}
    assert fr_forms("les loyers")["au"] == "aux loyers"
    assert fr_forms("l'économie")["de"] == "de l'économie"
    assert fr_forms("Élections Canada")["de"] == "d'Élections Canada"


def test_a_template_naming_an_unknown_slot_fails_with_its_family() -> None:
    with pytest.raises(KeyError, match="X.y.1"):
        Spec("X.y.1", "y", "casual", "{nope} here", "{nope} ici", defaults={"p": [V("a", "a")]})


def test_sizes_and_families_reach_the_floors(module_posts) -> None:
    module, posts = module_posts
    for (label, hard_for), (min_posts, min_families) in FLOORS[module].items():
        mine = [p for p in posts if p.label == label and p.hard_for == hard_for]
        per_lang = Counter(p.lang for p in mine)
        assert per_lang["en"] >= min_posts and per_lang["fr"] == per_lang["en"], (label, hard_for, per_lang)
        assert len({p.family for p in mine}) >= min_families, (label, hard_for)
        # Whole families are held out, and every class has some.
        assert any(p.family for p in mine if split_of(p.family) == "heldout")


def test_every_post_is_paired_unique_and_fully_filled(module_posts) -> None:
    _, posts = module_posts
    langs: dict[str, set[str]] = defaultdict(set)
    for post in posts:
        langs[post.pair_id].add(post.lang)
        assert post.text.strip(), post
        assert not any(c in post.text for c in "{}[]"), post
        assert "  " not in post.text and " ." not in post.text, post
        assert (post.label == "neutral") == bool(post.hard_for), post
    assert all(v == {"en", "fr"} for v in langs.values())
    texts = Counter((p.lang, " ".join(p.text.lower().split())) for p in posts)
    assert max(texts.values()) == 1


def test_output_is_deterministic(module_posts) -> None:
    module, posts = module_posts
    assert list(module.posts()) == posts


def test_registers_include_quebec_and_acadian_french(module_posts) -> None:
    _, posts = module_posts
    registers = {p.register.split("+")[0] for p in posts if p.lang == "fr"}
    assert {"quebec", "acadian", "formal", "sarcastic"} <= registers
    variants = {p.register.split("+")[1] for p in posts if "+" in p.register}
    assert {"emoji", "caps", "typos", "no_accents"} <= variants


def test_french_agreement_follows_the_leader_and_the_writer() -> None:
    posts = [p for p in political.posts() if p.lang == "fr"]
    praise = [p.text for p in posts if p.family == "A.support.praise"]
    assert not any("Elizabeth May, c'est le seul" in t or "Doug Ford, c'est la seule" in t for t in praise)
    members = [p.text for p in posts if p.family == "A.member.card_carrying"]
    assert not any("Fier militante" in t or "Fière militant " in t for t in members)


def test_party_and_leader_names_are_in_both_classes() -> None:
    """A name alone must never tell the class: leaders and parties appear in neutral news too."""
    posts = [p for p in political.posts() if p.lang == "en"]
    for name in ("Poilievre", "Carney", "Legault", "the NDP", "the Bloc"):
        assert any(name in p.text for p in posts if p.label == "A"), name
        assert any(name in p.text for p in posts if p.label == "neutral"), name


def test_workplace_anchors_are_in_both_classes() -> None:
    posts = [p for p in workplace.posts() if p.lang == "en"]
    for anchor in ("my department", "upper management", "my boss", "HR"):
        assert any(anchor in p.text for p in posts if p.label == "C"), anchor
        assert any(anchor in p.text for p in posts if p.label == "neutral"), anchor
