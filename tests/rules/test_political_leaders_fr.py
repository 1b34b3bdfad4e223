"""How party leaders' teams write the French half of a bilingual pair: the same class of words
the English half already flags must flag in French (party voice « au nom des conservateurs »,
French party acronyms as tags, deed-first hashtags, demands on a named leader, the French form
of a slogan). Parallel EN/FR tables written by the team, in varied registers, with hard
negatives in both languages (greetings without a party voice, the plastic, everyday advice)."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political

PARTISAN_PAIRS = [
    # A leader greets or mourns as the party
    ("On behalf of the Liberal Party of Canada, I wish everyone celebrating a joyful Lunar New Year 🧧",
     "Au nom du Parti libéral du Canada, je souhaite une joyeuse fête du Nouvel An lunaire à tous ceux qui la célèbrent 🧧"),
    ("On behalf of Conservatives across the country, we send our thoughts to the families in Halifax.",
     "Au nom des conservateurs de partout au pays, nous pensons aux familles d'Halifax."),
    ("On behalf of the NDP, I want to thank every nurse working tonight",
     "Au nom du NPD, j'aimerais remercier chaque infirmière qui travaille ce soir"),
    # A party acronym as the party's own tag
    ("Our seniors deserve dental care now. #GPC", "Nos aînés méritent des soins dentaires maintenant. #PVC"),
    ("Trop fier de nos jeunes militants!! #GPC 🌱", "Tellement fiers de nos jeunes, y sont malades!! #PVC 🌱"),
    # A hashtag that names a leader's deed, deed first in French
    ("Who pays for the #PoilievreCuts? Our kids' classrooms.",
     "Qui paie pour les #CompressionsPoilievre? Les classes de nos enfants."),
    ("Another week, another #TrudeauScandal smh", "Encore une semaine, encore un #ScandaleTrudeau pfff"),
    # A party's deed named with a judgement, noun first in French
    ("Don't fall for the Conservative propaganda on crime stats",
     "Tombez pas dans le panneau de la propagande conservatrice sur la criminalité"),
    # Demands on a named leader without insult words
    ("Time for Doug Ford to finally show leadership on housing.",
     "Il est temps que Doug Ford fasse preuve de leadership sur le logement."),
    ("Pierre Poilievre's disastrous cuts would hurt every region",
     "Les compressions désastreuses de Pierre Poilievre feraient mal à toutes les régions"),
    ("Justin Trudeau needs to finally come clean about the contract",
     "Justin Trudeau doit enfin dire la vérité sur ce contrat"),
    # At a candidate's campaign office, the writer in a French clitic (« m'avoir »)
    ("Thanks for having me at your campaign office opening, Julie! You will be a great councillor",
     "Merci de m'avoir invitée à l'ouverture de ton bureau de campagne, Julie! Tu feras une excellente conseillère"),
    # The French form of a campaign slogan
    ("Lower taxes, more take-home pay. It's time for you to get ahead!",
     "Moins d'impôt, plus d'argent dans vos poches. Il est temps que vous alliez de l'avant!"),
]

NEUTRAL_PAIRS = [
    # Greetings and thanks on behalf of a family, a team or a club, never a party
    ("On behalf of my family, thank you all for the kind words 💐",
     "Au nom de ma famille, merci à tous pour vos bons mots 💐"),
    ("On behalf of our hockey team, I thank the sponsors!", "Au nom de notre équipe de hockey, je remercie les commanditaires!"),
    # A party named by a reporter, in the third person
    ("On behalf of the Liberals, the House leader read a short statement.",
     "Au nom des libéraux, le leader parlementaire a lu une courte déclaration."),
    # An election lived through, in the first person, without a side
    ("This election campaign has exhausted me, can it be over already",
     "Cette campagne électorale m'a épuisée, vivement que ça finisse"),
    ("Election day always makes me nervous", "Le jour du vote m'a toujours rendu nerveux"),
    # PVC the plastic
    ("Finally fixed the drain with some #PVC pipe and a lot of swearing",
     "Enfin réparé le drain avec du tuyau #PVC pis beaucoup de sacres"),
    ("New vinyl jacket for the show ✨ #PVC #fashion", "Nouvelle veste en vinyle pour le spectacle ✨ #PVC #mode"),
    # Cuts and scandals that are not a leader's
    ("Budget cuts at my gym, no more towels lol #GymCuts", "Compressions au gym, plus de serviettes lol #CompressionsGym"),
    # Moving forward in everyday life
    ("You two deserve it: time to move on and get ahead together ❤️",
     "Vous le méritez : il est temps d'aller de l'avant ensemble ❤️"),
    # Leadership asked of a coach, truth asked of a friend
    ("Time for the coach to show some leadership in the locker room",
     "Il est temps que le coach fasse preuve de leadership dans le vestiaire"),
    ("My brother needs to come clean about the broken vase 😂",
     "Mon frère doit enfin dire la vérité sur le vase cassé 😂"),
]


@pytest.mark.parametrize(("english", "french"), PARTISAN_PAIRS)
def test_leaders_classes_flag_in_both_languages(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize(("english", "french"), NEUTRAL_PAIRS)
def test_hard_negatives_stay_clean_in_both_languages(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french
