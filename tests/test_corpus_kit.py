"""The corpus generator: French elision and agreement, register variants, pairing and determinism,
and the minimum size and family count of the discrimination, ordinary and safety modules."""

from __future__ import annotations

from collections import Counter

import pytest

from scripts.corpus import discrimination, ordinary, safety
from scripts.corpus._kit import Fam, V, elide, generate
from scripts.corpus._model import split_of


def test_elision_before_vowels_and_mute_h_but_not_aspirated_h() -> None:
    assert elide("de", "immigrants") == "d'immigrants"
    assert elide("de", "Haïtiens") == "d'Haïtiens"
    assert elide("la", "école") == "l'école"
    assert elide("de", "hockey") == "de hockey"
    assert elide("de", "musulmans") == "de musulmans"


def _one(template: tuple[str, str], **slots: list[V]) -> tuple[str, str]:
    fam = Fam("T.x.1", "x", "B", [template], slots, n=1, variants=("",))
    en, fr = list(generate([fam], seed=1))
    return en.text, fr.text


def test_agreement_follows_the_gender_of_the_group() -> None:
    women = V({"": "women", "sg": "woman"}, {"": "femmes", "sg": "femme"}, "f")
    _, fr = _one(("{G^} are all the same.", "Les {G} sont [tous|toutes] pareil[s|les]."), G=[women])
    assert fr == "Les femmes sont toutes pareilles."
    men = V({"": "immigrants", "sg": "immigrant"}, {"": "immigrants", "sg": "immigrant"})
    en, fr = _one(("{G^} are all the same.", "Les {G} sont [tous|toutes] pareil[s|les]. {G.ce^}!"), G=[men])
    assert en == "Immigrants are all the same."
    assert fr == "Les immigrants sont tous pareils. Cet immigrant!"


def test_markers_inside_slot_text_resolve_before_capitalising() -> None:
    adj = [V("a failure", "[un raté|une ratée]")]
    _, fr = _one(("{A^}.", "{A^}."), A=adj, N=[V("Léa", "Léa", "f")])
    assert fr in ("Un raté.", "Une ratée.")


def test_missing_slot_is_reported_with_the_family() -> None:
    fam = Fam("T.x.2", "x", "B", [("{NOPE}", "{NOPE}")], {}, n=1)
    with pytest.raises(ValueError, match="T.x.2"):
        list(generate([fam], seed=1))


@pytest.mark.parametrize("module", [discrimination, ordinary, safety])
def test_modules_pair_every_post_and_are_deterministic(module) -> None:
    first, second = list(module.posts()), list(module.posts())
    assert first == second
    langs: dict[str, set[str]] = {}
    for post in first:
        langs.setdefault(post.pair_id, set()).add(post.lang)
        assert post.text.strip() and "{" not in post.text and "[" not in post.text, post
    assert all(v == {"en", "fr"} for v in langs.values())
    texts = Counter((p.lang, " ".join(p.text.lower().split())) for p in first)
    assert texts.most_common(1)[0][1] == 1


def _count(posts, **match) -> tuple[int, int]:
    rows = [p for p in posts if p.lang == "en" and all(getattr(p, k) == v for k, v in match.items())]
    return len(rows), len({p.family for p in rows})


def test_discrimination_meets_its_minimums_and_has_heldout_families() -> None:
    posts = list(discrimination.posts())
    assert _count(posts, label="B") >= (800, 80)
    assert _count(posts, label="neutral", hard_for="B") >= (800, 80)
    assert {split_of(p.family) for p in posts} == {"train", "heldout"}


def test_ordinary_meets_its_minimums() -> None:
    posts = list(ordinary.posts())
    n, families = _count(posts, label="neutral", hard_for="")
    assert n >= 600 and families >= 60


def test_safety_meets_its_minimums_with_severities() -> None:
    posts = list(safety.posts())
    severity = {"child_school": "high", "present_location": "medium", "empty_home": "medium", "routine": "medium",
                "home_address": "high", "street_address": "low", "phone": "high"}
    for subtype, level in severity.items():
        n, families = _count(posts, label="D", subtype=subtype)
        assert n >= 45 and families >= 8, subtype
        assert {p.severity for p in posts if p.subtype == subtype} == {level}
    assert _count(posts, label="neutral", hard_for="D")[0] >= 120
