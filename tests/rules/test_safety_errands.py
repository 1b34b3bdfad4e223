"""A pickup or drop-off with its hour is a child's only when the post says so: errands (the dry
cleaning, a cake, an order, a parcel) are not a school run, in either language; a parent's school
run said without naming the child still is."""

from __future__ import annotations

import pytest

from footprint.records import Subject
from footprint.rules.safety_children import ChildSchool
from footprint.text import fold

ERRANDS = [
    ("Pick up the dry cleaning at 4, don't forget", "Passer chercher le nettoyage à sec à 16 h, oublie pas"),
    ("Remind me to pick up the cake at 3:30 tomorrow 🎂", "Rappelle-moi d'aller chercher le gâteau à 15 h 30 demain 🎂"),
    ("Pickup at 5:15 for the grocery order, finally", "Ramassage de la commande d'épicerie à 17 h 15, enfin"),
    ("Dropping off the rental car at 9 then coffee", "Je rapporte l'auto de location à 9 h pis après, café"),
    ("Can you pick up my prescription at 6? the pharmacy closes at 7", "Peux-tu aller chercher ma prescription à 18 h? la pharmacie ferme à 19 h"),
    ("Pick up the couch from Marketplace at 7 tonight, need a truck", "Je vais chercher le divan de Marketplace à 19 h ce soir, ça prend un camion"),
]
SCHOOL_RUNS = [
    ("Pickup at 3:15 at the school, then hockey", "Sortie de l'école à 15 h 15, pis hockey après"),
    ("Drop-off at daycare at 7:45 then straight to the office", "Je dépose les enfants à la garderie à 7 h 45 pis direct au bureau"),
    ("Picking up the grandkids at 3:30, grandma duty!", "Je vais chercher les petits-enfants à 15 h 30, job de grand-maman!"),
]


def _flags(text: str, lang: str) -> bool:
    subject = Subject(platform="x", account_id="a", native_id="1", kind="post", fields={"text": text}, language=lang)
    return any(True for _ in ChildSchool().check(subject, {"text": fold(text)}))


@pytest.mark.parametrize(("english", "french"), ERRANDS)
def test_an_errand_with_its_hour_is_not_a_childs_pickup(english: str, french: str) -> None:
    assert not _flags(english, "en")
    assert not _flags(french, "fr")


@pytest.mark.parametrize(("english", "french"), SCHOOL_RUNS)
def test_a_school_run_with_its_hour_is_still_flagged(english: str, french: str) -> None:
    assert _flags(english, "en")
    assert _flags(french, "fr")

