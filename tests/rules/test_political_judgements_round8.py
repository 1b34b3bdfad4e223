"""Round 8: judgements of a named leader or party said with a verb or an idiom rather than an
adjective, parallel English/French tables written by the team for these tests:

- failure, retreat and confusion ("dropped the ball", "lost the plot", "chickened out",
  « a échappé la balle », « a perdu la carte », « s'est dégonflé », « dans les patates »), the
  French past participles agreeing with a woman or a party (« s'est écrasée », « se sont
  plantés »);
- betrayal and deceit ("threw us under the bus", "sold out the country", « nous a jetés sous
  l'autobus », « a vendu le pays », « nous mène en bateau »);
- praise ("knocked it out of the park", "did an incredible job", « a frappé un coup de circuit »,
  « a fait une job incroyable »), and thanks for a whole career ("Thank you X for everything",
  « Merci X pour tout »), which is praise even though thanks alone may be an official courtesy.

The same idioms said of a brother, a team, a contractor or oneself stay clean: the vocabulary is
read only beside a politician or a party. A leader's possession said to fail ("Justin Trudeau's
jet dropped the ball?") is flagged on purpose: the failure is laid at the leader's door, the
possessive making him its owner, as "Trudeau's government dropped the ball" does; POL005 keeps a
low confidence for such mild words."""

from __future__ import annotations

import pytest

from footprint.rules import political_stance
from footprint.text import fold
from tests.rules.conftest import any_political, parallel_pairs

FLAGGED: dict[str, list[tuple[str, str]]] = {
    "failure and retreat": [
        ("Mark Carney flip-flopped again on the pipeline, third time this year.",
         "Mark Carney a encore viré son capot de bord sur le pipeline, troisième fois cette année."),
        ("Jagmeet Singh lost his cool at the press conference.",
         "Jagmeet Singh a pété sa coche en conférence de presse."),
        ("Doug Ford dropped the ball on the hospital in our town.",
         "Doug Ford a échappé la balle sur l'hôpital de notre ville."),
        ("Pierre Poilievre has lost the plot completely 🙄",
         "Pierre Poilievre a complètement perdu la carte 🙄"),
        ("Yves-François Blanchet is completely out to lunch on this file.",
         "Yves-François Blanchet est complètement dans les patates dans ce dossier."),
        ("Premier Legault talks through his hat about immigration.",
         "Le premier ministre Legault parle à travers son chapeau sur l'immigration."),
        ("Jagmeet Singh chickened out of the vote on the budget.",
         "Jagmeet Singh s'est dégonflé au vote sur le budget."),
        ("The Liberals messed up the housing file, again.",
         "Les libéraux se sont plantés dans le dossier du logement, encore."),
        ("Danielle Smith went back on her word to the teachers.",
         "Danielle Smith a renié sa parole envers les enseignants."),
        ("The NDP rolled over for the Liberals one more time.",
         "Le NPD s'est couché devant les libéraux une fois de plus."),
        ("Premier Legault blew it with the third link.",
         "Le premier ministre Legault a tout gâché avec le troisième lien."),
        ("Pierre Poilievre crashed and burned in that interview.",
         "Pierre Poilievre s'est cassé les dents dans cette entrevue."),
        ("The Conservatives botched the rollout of their own platform.",
         "Les conservateurs ont bâclé le dévoilement de leur propre plateforme."),
        ("Danielle Smith folded like a cheap suit in front of Ottawa.",
         "Danielle Smith s'est écrasée comme une crêpe devant Ottawa."),
        ("Justin Trudeau's government dropped the ball on passports.",
         "Le gouvernement de Justin Trudeau a échappé la balle sur les passeports."),
        ("Justin Trudeau's jet dropped the ball?",
         "Le jet de Justin Trudeau a échappé la balle?"),
    ],
    "betrayal and deceit": [
        ("Justin Trudeau threw us under the bus to please the oil lobby.",
         "Justin Trudeau nous a jetés sous l'autobus pour plaire au lobby pétrolier."),
        ("Mark Carney sold out the country to Washington.",
         "Mark Carney a vendu le pays à Washington."),
        ("Justin Trudeau is pulling the wool over our eyes with this deficit.",
         "Justin Trudeau nous mène en bateau avec ce déficit."),
        ("Jagmeet Singh let us down on pharmacare.",
         "Jagmeet Singh nous a laissés tomber sur l'assurance médicaments."),
        ("The Conservatives are taking us for fools again with their carbon tax ads.",
         "Les conservateurs nous niaisent encore avec leurs pubs sur la taxe carbone."),
        ("Premier Legault pulled a fast one on us with the tramway.",
         "Le premier ministre Legault nous a roulés dans la farine avec le tramway."),
        ("Jagmeet Singh turned his coat on the unions.",
         "Jagmeet Singh a viré capot avec les syndicats."),
    ],
    "praise": [
        ("Thank you Justin Trudeau for everything ❤️",
         "Merci Justin Trudeau pour tout ❤️"),
        ("Jagmeet Singh did an incredible job for dental care.",
         "Jagmeet Singh a fait une job incroyable pour les soins dentaires."),
        ("Elizabeth May knocked it out of the park in the debate!",
         "Elizabeth May a frappé un coup de circuit au débat!"),
        ("Mark Carney nailed it at the G7.",
         "Mark Carney a fait ça comme un chef au G7."),
        ("Mark Carney did a hell of a job with the tariffs.",
         "Mark Carney a fait une maudite belle job avec les tarifs."),
        ("Yves-François Blanchet rose to the occasion last night.",
         "Yves-François Blanchet s'est montré à la hauteur hier soir."),
    ],
}

CLEAN: dict[str, list[tuple[str, str]]] = {
    "the same idioms, no politician": [
        ("My brother dropped the ball on the wedding invitations.",
         "Mon frère a échappé la balle avec les invitations du mariage."),
        ("The Canadiens crashed and burned in the third period.",
         "Le Canadien s'est cassé les dents en troisième période."),
        ("I totally lost the plot in my exam this morning 😅",
         "J'ai complètement perdu la carte à mon examen ce matin 😅"),
        ("Our team did an incredible job on the move, thank you all!",
         "Notre équipe a fait une job incroyable pour le déménagement, merci à tous!"),
        ("Thank you mom for everything ❤️",
         "Merci maman pour tout ❤️"),
        ("My friend Sarah nailed it at her recital.",
         "Mon amie Sarah a fait ça comme un chef à son récital."),
        ("The contractor threw us under the bus with the inspector.",
         "L'entrepreneur nous a jetés sous l'autobus devant l'inspecteur."),
        ("I chickened out of the bungee jump again.",
         "Je me suis dégonflé encore pour le saut à l'élastique."),
        ("The goalie knocked it out of the park tonight, three saves in overtime.",
         "Le gardien a frappé un coup de circuit ce soir, trois arrêts en prolongation."),
        ("My coach lost his cool at the ref, we still won 3-2.",
         "Mon coach a pété sa coche contre l'arbitre, on a quand même gagné 3-2."),
        ("My landlord went back on his word about the rent.",
         "Mon propriétaire a renié sa parole pour le loyer."),
    ],
    "a politician named, the idiom about someone else": [
        ("Saw Pierre Poilievre at the airport today. Later I totally lost the plot at the gate and missed my flight 😅",
         "J'ai vu Pierre Poilievre à l'aéroport aujourd'hui. Plus tard, j'ai complètement perdu la carte à la porte "
         "et j'ai raté mon vol 😅"),
        ("Ran into Mark Carney's old teacher at the café. My sister then threw me under the bus about the cake.",
         "J'ai croisé l'ancienne prof de Mark Carney au café. Ma sœur m'a ensuite jetée sous l'autobus pour le gâteau."),
    ],
}


@pytest.mark.parametrize("english,french", parallel_pairs(FLAGGED))
def test_flagged_in_both_languages(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize("english,french", parallel_pairs(CLEAN))
def test_hard_negatives_stay_clean_in_both_languages(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


def _kinds(text: str) -> list[tuple[str, str]]:
    folded = fold(text)
    return [(folded[c.start:c.end], c.kind) for c in political_stance.cues(folded)]


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Danielle Smith s'est écrasée comme une crêpe", "negative"),
        ("les libéraux se sont plantés", "negative"),
        ("Justin Trudeau nous a jetés sous l'autobus", "condemn"),
        ("Doug Ford threw us under the bus", "condemn"),
        ("Elizabeth May knocked it out of the park", "praise"),
    ],
)
def test_idioms_have_their_kind(text: str, kind: str) -> None:
    assert kind in {k for _span, k in _kinds(text)}, _kinds(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Thank you Justin Trudeau for everything", "thank you justin trudeau for everything"),
        ("Merci, Madame Blanchet, pour tout!", "merci, madame blanchet, pour tout"),
        ("thanks so much for everything", "thanks so much for everything"),
        # « remercié » holds « merci » inside a word; five words between are no longer one thanks
        ("Il a remercié les bénévoles pour tout", None),
        ("Thanks to the storm we lost power and the fridge and the freezer and the food for everything", None),
        ("", None),
    ],
)
def test_thanks_for_a_whole_career(text: str, expected: str | None) -> None:
    found = [span for span, kind in _kinds(text) if kind == "farewell"]
    assert found == ([expected] if expected else [])


def test_farewell_thanks_survive_the_official_courtesy_reading() -> None:
    # thanks alone to a leader are read as courtesy; thanks for everything are praise
    assert not any_political("Thank you Justin Trudeau for visiting our office.")
    assert any_political("Thank you Justin Trudeau for everything.")


def test_huge_post_of_thanks_is_read_quickly() -> None:
    text = "merci " * 20000 + "pour tout"
    assert [k for _s, k in _kinds(text)].count("farewell") == 1
