"""Round 6 generalisations (DIS002): a group blamed as a matter of habit, named after its
degrading name, sneered at as "another X", said to come here only to take, to spend its life
drinking, "nothing but" something, in parallel English / French pairs with hard negatives."""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import load_rules

_ANALYZER = Analyzer([r for r in load_rules() if r.category == "discrimination_harassment" and r.code != "DIS006"])


def _flagged(text: str, lang: str) -> set[str]:
    subject = Subject(platform="x", account_id="t", native_id="1", kind="post", fields={"text": text}, language=lang)
    return {f.rule for f in _ANALYZER.analyze(subject).findings}


GENERALISATIONS = [
    ("It's always the immigrants causing trouble in this neighbourhood.", "C'est toujours les immigrants qui causent du trouble dans le quartier."),
    ("They're all thieves, these Roma.", "Tous des voleurs, ces gitans."),
    ("Another Arab arrested for fraud, what a surprise.", "Encore un Arabe qui a fait un mauvais coup, quelle surprise."),
    ("Immigrants only come here to milk our system.", "Les immigrés viennent juste ici pour profiter de notre système."),
    ("Natives spend their lives drinking and complaining.", "Les autochtones passent leur vie à boire pis à se plaindre."),
    ("Refugees are nothing but freeloaders.", "Les réfugiés, c'est rien que des profiteurs."),
    ("Never met an honest Mexican in my life.", "Jamais vu un Maghrébin honnête de ma vie."),
    ("Muslims all want to impose sharia on us.", "Les musulmans veulent tous nous imposer la charia."),
    ("Typical Muslims, they respect nothing.", "Typique des musulmans, ils respectent rien."),
    ("Those people never work, they just live off welfare.", "Ces gens-là travaillent jamais, ils vivent sur le BS."),
]

NOT_GENERALISATIONS = [
    ("Another Muslim doctor saving lives, what a surprise!", "Encore un médecin musulman qui sauve des vies, quelle surprise!"),
    ("Refugees come here to build a safer life for their kids.", "Les immigrants viennent ici pour travailler, point."),
    ("All heroes, these firefighters.", "Tous des héros, ces pompiers."),
    ("It's always the immigrants who get blamed for the housing crisis.", "C'est toujours les immigrants qu'on accuse pour la crise du logement."),
    ("Women spend their lives caring for everyone else.", "Les femmes passent leur vie à prendre soin des autres."),
    ("Another immigrant success story, so proud of my neighbour!", "Encore une belle réussite d'une famille immigrante!"),
    ("Stop saying immigrants only come here to milk the system, it's false.", "Arrêtez de dire que les immigrés viennent ici pour profiter du système, c'est faux."),
    ("It's always the volunteers causing the magic at these events.", "Un chat, ça peut pas vivre sans litière."),
    ("Immigrants are nothing but hard workers in my experience.", "Les réfugiés ne sont pas des profiteurs."),
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("pair", GENERALISATIONS, ids=lambda p: p[0][:40])
def test_generalisations_are_flagged(pair: tuple[str, str], lang: str) -> None:
    text = pair[0] if lang == "en" else pair[1]
    assert _flagged(text, lang), text


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("pair", NOT_GENERALISATIONS, ids=lambda p: p[0][:40])
def test_hard_negatives_are_not_flagged(pair: tuple[str, str], lang: str) -> None:
    text = pair[0] if lang == "en" else pair[1]
    assert not _flagged(text, lang), text
