"""Petitions, protests and pressure on government with no party named (POL008), vote calls against an
unnamed party and membership said bare (POL002), in English and French: parallel tables in the team's
own words (casual, emoji, lower case, Québécois French), with as many hard negatives as positives."""

from __future__ import annotations

import pytest

from footprint import guidance as gd
from footprint.analyzer import Analyzer
from footprint.rules import load_rules
from tests.rules.conftest import post

_POLITICAL = Analyzer(load_rules(["POL001", "POL002", "POL003", "POL004", "POL005", "POL007", "POL008"]))

PRESSURE_PAIRS = [
    ('Just signed the petition against the new carbon tax hike. Link in bio, takes 2 min',
     'Je viens de signer la pétition contre la hausse de la taxe carbone, lien dans ma bio'),
    ('Petition to stop the province from selling off our parks — 10k signatures needed, please share!!',
     'Pétition pour empêcher la province de vendre nos parcs, il manque 10 000 signatures, partagez svp!!'),
    ('we need 500 more names on the e-petition to Parliament on pharmacare, sign it 🙏',
     "Il manque 500 noms sur la pétition électronique à la Chambre des communes sur l'assurance médicaments, signez-la 🙏"),
    ("See y'all at the legislature Saturday 1pm, we're protesting the education cuts ✊",
     "On se voit à l'Assemblée nationale samedi 13 h, on manifeste contre les coupures en éducation ✊"),
    ('Heading to the march against the housing bill, bring your kids and your loudest voice',
     "Je m'en vais à la marche contre le projet de loi sur le logement, amenez vos enfants"),
    ("I'll be out on the streets Friday for the climate strike, who's coming",
     'Je serai dans la rue vendredi pour la grève climatique, qui vient avec moi'),
    ('Took the day off to demonstrate against the Bill 21 in front of city hall',
     "Pris congé pour manifester contre la loi 21 devant l'hôtel de ville"),
    ('Call your MPP today and tell them this healthcare bill is a disgrace',
     "Appelez votre députée aujourd'hui pis dites-lui que ce projet de loi est une honte"),
    ("Email your councillor before Tuesday's vote and demand they reject the rezoning",
     "Écrivez à votre conseillère avant le vote de mardi et exigez qu'elle rejette le rezonage"),
    ('Vote them ALL out in October. Every last one.',
     'En octobre on les sort toutes, votez-les dehors'),
    ('Remember this at the ballot box: the party that cut your pension does not deserve your vote',
     'Souvenez-vous-en aux urnes : le parti qui a coupé vos pensions ne mérite pas votre vote'),
    ('do NOT vote for whoever promised a pipeline through our land',
     'votez surtout pas pour ceux qui ont promis un pipeline sur nos terres'),
    ("Paid my dues to the party again this year, see y'all at convention",
     "J'ai payé ma cotisation au parti encore cette année, on se voit au congrès"),
    ("Boycott and protest: stand with us outside the minister's office Monday against the mine",
     'Rendez-vous lundi devant le bureau du ministre pour dénoncer la mine, soyez-y'),
    ("I'm a card carrying member, off to the riding AGM tonight",
     "Membre en règle depuis 10 ans, je serai à l'AGA de l'association ce soir"),
]

# Labour, family, leisure, civic and news look-alikes: none is political activity by the writer.
HARD_NEGATIVE_PAIRS = [
    ('On the picket line with my union again today, fair wages now!',
     'Sur la ligne de piquetage avec mon syndicat, on veut des salaires justes'),
    ('My kids are protesting bedtime again, send coffee',
     "Les enfants manifestent contre l'heure du dodo encore, envoyez du café"),
    ('Petition for a dog park at our condo, sign at the front desk',
     'Pétition pour un parc à chiens dans notre condo, signez à la réception'),
    ("Sign the card for Sam's farewell by Friday!",
     'Signez la carte pour le départ de Sam avant vendredi!'),
    ('Thousands marched in Paris today against the pension reform',
     "Des milliers de personnes ont manifesté à Paris aujourd'hui contre la réforme des retraites"),
    ('Remembrance Day parade downtown at 10:30, wear your poppy',
     'Défilé du jour du Souvenir au centre-ville à 10 h 30, portez votre coquelicot'),
    ('Pride march Saturday, so proud of this city 🌈',
     'Marche de la Fierté samedi, tellement fière de ma ville 🌈'),
    ('Doing the charity walk for cancer research Sunday, sponsor me!',
     'Je fais la marche pour la recherche sur le cancer dimanche, commanditez-moi!'),
    ("March is almost over and it's still snowing",
     'Mars achève pis il neige encore'),
    ('Manif of colours: the street art festival is back Saturday, come see the jugglers',
     'La manif des arts de rue revient samedi, venez voir les jongleurs'),
    ('Vote for my band in the battle of the bands!',
     'Votez pour mon groupe au concours de la relève!'),
    ('Proud member of the climbing gym since 2019',
     'Membre du club de lecture depuis 2019'),
    ("Don't forget to vote on Monday, whoever you support!",
     "N'oubliez pas d'aller voter lundi, peu importe votre choix!"),
    ('Write to your MP if your passport is delayed, their office can help',
     'Écrivez à votre député si votre passeport tarde, son bureau peut aider'),
    ('Call your mom and tell her you love her',
     "Appelle ta mère pis dis-lui que tu l'aimes"),
    ('Our union rally for a fair contract is Thursday at noon',
     'Rassemblement syndical pour une convention collective juste jeudi midi'),
    ('The council meeting on the new bike lanes is tonight, agenda online',
     "La séance du conseil municipal sur les pistes cyclables est ce soir, l'ordre du jour est en ligne"),
    ('Vote them out of the house! Big Brother finale tonight',
     "Sortez-les de la maison! Finale d'Occupation Double ce soir"),
    ('The students are rallying for a pizza day on Friday',
     'Les élèves font une pétition pour avoir une journée pizza vendredi'),
]


def _political(text: str) -> list:  # type: ignore[type-arg]
    return [f for f in _POLITICAL.analyze(post(text)).findings if f.category == "political_activity"]


@pytest.mark.parametrize("text", [t for pair in PRESSURE_PAIRS for t in pair])
def test_pressure_is_flagged_with_its_words(text: str) -> None:
    found = _political(text)
    assert found, text
    assert all(f.evidence and all(e.text.strip() for e in f.evidence) for f in found)


@pytest.mark.parametrize("text", [t for pair in HARD_NEGATIVE_PAIRS for t in pair])
def test_look_alikes_are_not_flagged(text: str) -> None:
    assert not _political(text), text


def test_tables_are_parallel_and_negatives_outnumber_positives() -> None:
    assert len(HARD_NEGATIVE_PAIRS) >= len(PRESSURE_PAIRS)


def test_pressure_is_medium_and_points_to_the_self_assessment_tool() -> None:
    found = [f for f in _political("Please sign and share: petition calling on the government to scrap the tax") if f.rule == "POL008"]
    assert found and found[0].severity.name == "MEDIUM"
    rule = next(r for r in load_rules(["POL008"]) if r.code == "POL008")
    assert "self-assessment" in rule.action.lower()
    assert gd.PSC in rule.consult and gd.POLITICAL_REP in rule.consult


def test_empty_and_huge_posts() -> None:
    assert not _political("")
    assert not _political("🙂" * 5000 + " march " * 2000)
    assert _political("lorem ipsum " * 3000 + " Vote them out in October.")
