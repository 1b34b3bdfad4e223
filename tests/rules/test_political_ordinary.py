"""Ordinary people's posts that share a word with politics (round 2, false alarms): a leader's
surname that is also a carmaker, "PC" the computer, politicians as a trade, other people's
support told or foreseen. Parallel EN/FR tables in the team's own words, with the partisan
posts of the same shapes that must still be flagged."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political, flagged

# Hard negatives: nobody takes a side.
ORDINARY_PAIRS = [
    # A carmaker, not the premier: a possessive or a vehicle word beside "Ford"
    ("Boxing Day blowout: our Ford Rangers are 20% off, come see us!",
     "Vente du Boxing Day : nos Ford Ranger à 20 % de rabais, passez nous voir!"),
    ("Our Ford is in the shop again, third time this winter 🙄",
     "Notre Ford est encore au garage, criss, troisième fois c't'hiver 🙄"),
    ("we need a new ford truck for the farm, the old one is done",
     "on a besoin d'un nouveau camion Ford pour la ferme, l'vieux est fini"),
    ("Proud to support our local Ford dealership's toy drive this year",
     "Fier d'appuyer la collecte de jouets du concessionnaire Ford du coin"),
    # "PC" the computer
    ("They built that game for PCs nobody could afford back then lol",
     "Ils ont fait ce jeu pour des PC que personne pouvait se payer dans l'temps lol"),
    ("Come out to the LAN party Saturday, bring your PC and snacks",
     "Venez au LAN samedi, apportez votre PC pis des grignotines"),
    ("my gaming PC sounds like a jet engine, I'll support whatever fix works",
     "mon PC de gaming sonne comme un avion, j'appuie n'importe quelle solution qui marche"),
    # An invitation to meet someone who is not running for anything
    ("Come meet our new kittens at the shelter Saturday, the candidates for adoption are so shy 😹",
     "Venez rencontrer nos nouveaux chatons au refuge samedi, les candidats à l'adoption sont gênés 😹"),
    ("Come meet the candidates for the new coach job at the rink tonight",
     "Venez rencontrer les candidats au poste d'entraîneur à l'aréna ce soir"),
    # Politicians as a trade: cynicism about politics, no party or person named
    ("Typical. Killed by crooked politicians in the pocket of big telecom.",
     "Classique. Bloqué par des politiciens véreux dans la poche des grosses télécoms."),
    ("politicians are all liars, every single one of them",
     "les politiciens sont toutes des menteurs, sans exception"),
    ("#politicians lol corrupt clowns the lot of them 🤡",
     "#politiciens lol une gang de clowns corrompus 🤡"),
    # Other people's support, told or foreseen, in a post that only mentions politics
    ("Honestly people will support him no matter what in this political climate",
     "Franchement, les gens vont voter pour lui peu importe le climat politique"),
    ("They always back her, it's a political thing in that family",
     "Ils votent toujours pour elle, c'est une affaire politique dans c'te famille-là"),
]

# The same shapes, taking a side: still flagged.
PARTISAN_PAIRS = [
    ("POL002", "Vote Ford on June 2nd! Doug Ford for premier 💙",
     "Votez Ford le 2 juin! Doug Ford premier ministre 💙"),
    ("POL002", "Our Doug Ford all the way, four more years!",
     "Notre Doug Ford jusqu'au bout, quatre ans de plus!"),
    ("POL002", "Proud of what our Ford government delivered for Ontario families this year.",
     "Fière de ce que notre gouvernement Ford a livré pour les familles ontariennes cette année."),
    ("POL003", "Come out and meet our PC candidate at the Legion tonight!",
     "Venez rencontrer notre candidate PC à la Légion ce soir!"),
    ("POL002", "These corrupt Liberal politicians must resign.",
     "Ces politiciens libéraux corrompus doivent démissionner."),
    ("POL005", "That crooked politician Poilievre lies every time he opens his mouth",
     "Ce politicien véreux de Poilievre ment chaque fois qu'il ouvre la bouche"),
]


@pytest.mark.parametrize(("english", "french"), ORDINARY_PAIRS)
def test_ordinary_posts_stay_clean_in_both_languages(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


@pytest.mark.parametrize(("code", "english", "french"), PARTISAN_PAIRS)
def test_the_same_shapes_taking_a_side_are_flagged_in_both_languages(code: str, english: str, french: str) -> None:
    assert flagged(code, english), english
    assert flagged(code, french), french


def test_a_call_to_support_someone_in_a_political_post_is_still_the_writer_s() -> None:
    # Only the told or foreseen support of others is set aside, not a call made to them.
    assert any_political("Election's Monday and people should support her, she's earned it")
    assert any_political("C'est l'élection lundi, votez pour elle, elle le mérite")


# Petitions, protests, ballots and party cards in the familiar forms (round 3, French parity):
# slogans opening a sentence, mobilising against a side, the ballot mark, the membership card.
FAMILIAR_PAIRS = [
    ("POL002", "No to Ford's cuts in our schools! Share the petition",
     "Non aux coupes de Ford dans nos écoles! Partagez la pétition"),
    ("POL002", "No to the Liberal carbon tax!!! #StopTheTax",
     "Non à la taxe carbone libérale!!! #StopLaTaxe"),
    ("POL002", "Mobilizing against the Legault government Saturday, be there",
     "Mobilisation contre le gouvernement Legault samedi, soyez nombreux"),
    ("POL002", "put your X next to the NDP candidate's name monday",
     "Fais ton X à côté du nom du candidat néo-démocrate lundi"),
    ("POL002", "Just renewed my Bloc card this morning 💪",
     "J'ai renouvelé ma carte du Bloc à matin 💪"),
    ("POL002", "Finally got my NDP membership card!",
     "Je viens de prendre ma carte au NPD, enfin!"),
    ("POL002", "Proud Liberal activist since 2015 ❤️",
     "Fière militante libérale depuis 2015 ❤️"),
    ("POL003", "I marched against the CAQ yesterday, 50,000 of us",
     "J'étais à la marche contre la CAQ hier, on était 50 000"),
    ("POL003", "See you outside Legault's riding office at noon",
     "On se voit devant le bureau de comté de Legault à midi"),
    ("POL002", "Paid my Bloc party dues this morning", "J'ai payé ma cotisation au Bloc à matin"),
    ("POL002", "Put your X on the PQ on October 3", "Mets ton X sur le PQ le 3 octobre"),
    # saying which party one belongs to
    ("POL002", "I'm a proud Dipper and always will be", "Je suis péquiste depuis toujours"),
    ("POL002", "Tory for life, don't @ me", "Caquiste assumée pis fière 💙"),
    ("POL002", "Dipper through and through 🧡", "Chu bloquiste de cœur, ça changera pas"),
]

FAMILIAR_NEGATIVES = [
    # a party reported saying no, a slogan against no side, a store or library card
    ("The Liberals said no to the motion today.", "Les libéraux ont dit non à la motion aujourd'hui."),
    ("No to racism, no to violence. Period.", "Non au racisme, non à la violence. Point."),
    ("Got my Costco card renewed, finally", "J'ai renouvelé ma carte de la bibliothèque, enfin"),
    ("Proud activist for animal rights since 2012", "Militante pour l'environnement depuis 2010, affiliée à aucun parti"),
    # the same acts aimed at no side: a store boycott, a pothole letter, the gym dues
    ("Boycotting Walmart this week, the prices are nuts", "Boycott de Walmart cette semaine, les prix sont fous"),
    ("Write to your MP about the pothole on 3rd Avenue", "Écrivez à votre députée pour le nid-de-poule sur la 3e avenue"),
    ("Paid my gym dues this morning", "J'ai payé ma cotisation au gym à matin"),
    # knowing a politician forever is not belonging to a party
    ("I've known Legault forever, we went to the same school",
     "Je connais Legault depuis toujours, on allait à la même école"),
    # crazy as an intensifier beside a party word
    ("My grandma was a Liberal activist in the 60s, crazy good stories",
     "Ma grand-mère était militante libérale dans les années 60, des histoires de fou"),
]


@pytest.mark.parametrize(("code", "english", "french"), FAMILIAR_PAIRS)
def test_familiar_petition_ballot_and_card_forms_are_flagged_in_both_languages(
    code: str, english: str, french: str
) -> None:
    assert flagged(code, english), english
    assert flagged(code, french), french


@pytest.mark.parametrize(("english", "french"), FAMILIAR_NEGATIVES)
def test_the_familiar_forms_without_a_side_stay_clean(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french
