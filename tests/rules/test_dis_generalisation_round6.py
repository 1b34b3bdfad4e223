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


# Group slurs of France and Québec usage, beside the English ones of the same kind; « PD » and
# « Negros » are bound to French posts ("the PD said", "Negros Occidental").
GROUP_SLURS = [
    ("These faggots are everywhere now.", "Les pd sont partout."),
    ("Another gang of spics at the park.", "Une gang de négros au parc."),
    ("More pakis moving in downtown.", "Encore des boucaques."),
    ("The chinks at the grocery store.", "Les niaqués de l'épicerie."),
]
NOT_GROUP_SLURS = [
    ("The PD said the road is closed until noon.", "Le PDG a annoncé des mises à pied."),
    ("Flights to Negros Occidental are cheap this month.", "Il a pris les pédales de mon vélo."),
    ("Stop calling people fags, it's a slur.", "Arrêtez de dire « pd », c'est une insulte homophobe."),
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("pair", GROUP_SLURS, ids=lambda p: p[0][:40])
def test_group_slurs_are_flagged(pair: tuple[str, str], lang: str) -> None:
    text = pair[0] if lang == "en" else pair[1]
    assert "DIS001" in _flagged(text, lang), text


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("pair", NOT_GROUP_SLURS, ids=lambda p: p[0][:40])
def test_words_like_slurs_are_not_flagged(pair: tuple[str, str], lang: str) -> None:
    text = pair[0] if lang == "en" else pair[1]
    assert not _flagged(text, lang), text


# Exclusion (DIS003): "X have no business being ...", "keep X away from our kids", « on devrait
# interdire aux X de », « pas de place pour les X », « gardez les X loin de nos écoles ».
EXCLUSIONS = [
    ("Gay people have no business teaching our kids.", "Les gais n'ont pas d'affaire à enseigner à nos enfants."),
    ("Natives should be stopped from buying homes here.", "On devrait interdire aux immigrants de voter."),
    ("Keep refugees away from our schools.", "Gardez les réfugiés loin de nos écoles."),
    ("No place for Arabs in our neighbourhood.", "Pas de place pour les Arabes dans notre quartier."),
]
NOT_EXCLUSIONS = [
    ("There's no place for hate against Muslims in this city.", "Il n'y a pas de place pour la haine contre les musulmans ici."),
    ("Keep refugees in your thoughts this winter.", "Gardez les réfugiés dans vos pensées cet hiver."),
    ("Kids have no business being on the road at night.", "On devrait interdire aux entreprises de polluer."),
    ("Stop saying gay people have no business teaching, it's bigotry.", "Gardez les réfugiés loin de la guerre, accueillons-les."),
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("pair", EXCLUSIONS, ids=lambda p: p[0][:40])
def test_exclusions_are_flagged(pair: tuple[str, str], lang: str) -> None:
    text = pair[0] if lang == "en" else pair[1]
    assert _flagged(text, lang), text


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("pair", NOT_EXCLUSIONS, ids=lambda p: p[0][:40])
def test_exclusion_hard_negatives(pair: tuple[str, str], lang: str) -> None:
    text = pair[0] if lang == "en" else pair[1]
    assert not _flagged(text, lang), text


# Denied worth (HateCheck's negate_pos class): "X will never be our equals", « les X ne sont pas
# les bienvenus ici »; the same words affirmed are praise.
DENIED_WORTH = [
    ("Black people will never be our equals.", "Les Noirs ne seront jamais nos égaux."),
    ("Muslims are not welcome here.", "Les musulmans ne sont pas les bienvenus ici."),
    ("Clearly immigrants are not our equal.", "Les vies des musulmans ne valent rien."),
]
AFFIRMED_WORTH = [
    ("Black people are our equals, period.", "Les Noirs sont nos égaux."),
    ("Refugees are welcome in Quebec!", "Les réfugiés sont les bienvenus au Québec!"),
    ("This old car is worth nothing.", "Ce vieux char ne vaut rien."),
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("pair", DENIED_WORTH, ids=lambda p: p[0][:40])
def test_denied_worth_is_flagged(pair: tuple[str, str], lang: str) -> None:
    text = pair[0] if lang == "en" else pair[1]
    assert _flagged(text, lang), text


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("pair", AFFIRMED_WORTH, ids=lambda p: p[0][:40])
def test_affirmed_worth_is_not_flagged(pair: tuple[str, str], lang: str) -> None:
    text = pair[0] if lang == "en" else pair[1]
    assert not _flagged(text, lang), text
