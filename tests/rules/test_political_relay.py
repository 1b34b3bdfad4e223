"""News relayed in the third person takes no side (round 5): a politician's own support told of
them, the content of a motion, the size of a petition or a rally. Parallel EN/FR tables in the
team's own words; the same words in the writer's own voice still count."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political

RELAY_PAIRS = [
    ("Former PM Harper endorses Poilievre for Conservative leader", "L'ancien premier ministre Harper appuie Poilievre pour la chefferie"),
    ("Trudeau voted for the carbon tax again", "Legault soutient le projet de loi 15 malgré les critiques"),
    ("Liberals vote down Conservative motion to scrap the carbon tax",
     "Les libéraux rejettent la motion conservatrice visant à abolir la taxe carbone"),
    ("Petition calling for Trudeau's resignation passes 200,000 signatures",
     "La pétition pour la démission de Legault a dépassé 200 000 signatures"),
    ("MAGA fans call for a boycott of the film, lol", "Des partisans de Trump appellent au boycott du film, mdr"),
    # a speaker and a colon, a trailing source, others' words, a leader's request told of them
    ("Singh: Liberals have failed Canadians on housing", "Blanchet : les libéraux ont abandonné le Québec"),
    ("Harper: Poilievre will make a great prime minister", "Charest : Poilievre va faire un excellent premier ministre"),
    ("The Bloc will support the Liberal budget, Blanchet confirms", "Le Bloc appuiera le budget libéral, a confirmé Blanchet"),
    ("Trudeau under fire: critics say he's corrupt and must go", "Legault sur la sellette : ses opposants disent qu'il est corrompu"),
    ("Jagmeet Singh tells supporters to knock on doors this weekend",
     "Legault exhorte ses partisans à faire du porte-à-porte cette fin de semaine"),
    ("#TrudeauMustGo trends nationally after the ethics report", "#LegaultDémission est en tendance après le rapport"),
]
OWN_VOICE_PAIRS = [
    ("Experts agree: we have the best plan to fight climate change.",
     "Les experts sont d'accord : nous avons le meilleur plan pour lutter contre les changements climatiques."),
    ("Trudeau: worst PM ever", "Legault : pire premier ministre de l'histoire"),
    ("#TrudeauMustGo, enough is enough", "#LegaultDémission, ça va faire"),
    ("Go Carney go! 💪", "Go Legault go! On lâche pas 💪"),
    ("Harper endorses Poilievre and so do I", "Harper appuie Poilievre, pis moi aussi j'appuie Poilievre!"),
    ("Voted for Poilievre today!", "J'ai voté pour Poilievre aujourd'hui!"),
    ("The Liberals want to scrap the tax cut, shameful", "Les libéraux veulent abolir la baisse d'impôt, c'est honteux"),
    ("Petition against Ford passed 10,000 signatures, sign it and share!",
     "La pétition contre Legault a dépassé 10 000 signatures, signez pis partagez!"),
]


@pytest.mark.parametrize(("english", "french"), RELAY_PAIRS)
def test_relays_stay_clean(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


@pytest.mark.parametrize(("english", "french"), OWN_VOICE_PAIRS)
def test_the_writers_own_voice_counts(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french
