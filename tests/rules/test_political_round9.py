"""Round 9 of the political readings, parallel English/French tables written by the team for
these tests (never paraphrased from a data set), each class with its hard negatives:

- a party's own people praised with any one word, not only a listed one ("our positive
  Conservative movement", « notre beau mouvement conservateur », "our tireless NDP volunteers"),
  where a word that places them in the past or only says which ("former", "current", « ancien »,
  « actuel ») leaves a citizen's words; a government stays the country's too ("our Liberal
  government" keeps its listed adjectives only);
- a crowd of the party's members counted by one of them ("I joined over 1,500 Conservatives in
  Langley", « j'ai rejoint plus de 1 500 conservateurs »); three people at a café are company,
  and a crowd met by someone else is news;
- the writer's vote told after the fact for a person named by a first name, in an election (an
  early vote, a ward, an office: "Voted early for Naheed today", « J'ai voté pour Maya au conseil
  municipal »); a vote in a contest, a league or a condo board is not one;
- money or time given to a named person's campaign for an office ("Gave $50 to Amir's re-election
  campaign", « J'ai donné à la campagne de Sarah pour le conseil municipal »); a fundraiser's
  campaign for a wheelchair or a playground is not;
- leaving if a party wins ("If the NDP wins here I'm moving", English's « je déménage »); moving
  house is not;
- a weak name (also a city, a team or a game character) beside a cue in a post about a game or a
  bet ("need Houston +7.5 tonight", "go supports or Khan") is not a politician, unless the post
  also speaks of an election or names a party (from real Reddit comments read for false alarms);
- parity found where the held-out corpus's English and French twins disagreed (the corpus figures
  for these families flatter from now on): a door tally written count first (« 120 portes
  cognées »), "has to go" beside a party's acronym and its French « faut que X débarque », « X a
  besoin de Y » as "X needs Y", « j'ai de l'espoir » as "I feel hopeful"."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political, parallel_pairs

FLAGGED: dict[str, list[tuple[str, str]]] = {
    "the party's own people, any word of praise": [
        ("Our positive Conservative movement has momentum and we're not slowing down!",
         "Notre beau mouvement conservateur a le vent dans les voiles et on ne ralentit pas!"),
        ("Our tireless NDP volunteers knocked on 4,000 doors this weekend.",
         "Nos infatigables bénévoles néo-démocrates ont cogné à 4 000 portes ce week-end."),
        ("So grateful for our brilliant Liberal candidates in Nova Scotia.",
         "Tellement reconnaissante pour nos brillants candidats libéraux en Nouvelle-Écosse."),
        ("My beloved Bloc family, thank you for another unforgettable convention 💙",
         "Ma chère famille bloquiste, merci pour un autre congrès inoubliable 💙"),
        ("Our fearless Conservative caucus will hold this government to account.",
         "Notre intrépide caucus conservateur va demander des comptes à ce gouvernement."),
        ("our unstoppable liberal team is on the road again tomorrow",
         "notre inarrêtable équipe libérale reprend la route demain"),
    ],
    "a crowd of the party's members, counted by one of them": [
        ("Last night I joined over 1,500 Conservatives in Langley to talk about our plan.",
         "Hier soir, j'ai rejoint plus de 1 500 conservateurs à Langley pour parler de notre plan."),
        ("Thrilled to have met 300 Liberal volunteers in Brampton tonight!",
         "Ravie d'avoir rencontré 300 bénévoles libéraux à Brampton ce soir!"),
        ("We welcomed 40 NDP activists to our kitchen party. What a night!",
         "Nous avons accueilli 40 militants néo-démocrates dans notre cuisine. Quelle soirée!"),
    ],
    "the writer's vote told after the fact, in an election": [
        ("Voted early for Naheed today. Calgary deserves a mayor who listens.",
         "J'ai voté par anticipation pour Naheed aujourd'hui. Calgary mérite un maire qui écoute."),
        ("Voted for Maya for city council this morning 🗳️",
         "J'ai voté pour Maya au conseil municipal ce matin 🗳️"),
        ("Just voted for Tomas in the by-election, easiest choice ever.",
         "Jai voté pour Tomas dans la partielle, le choix le plus facile de ma vie."),
        ("We voted for Ines today, ward 6 needs her back.",
         "On a voté pour Ines aujourd'hui, le district 6 a besoin d'elle."),
    ],
    "money or time given to a named person's campaign for an office": [
        ("Gave $50 to Amir's re-election campaign. Ward 4 deserves him back.",
         "J'ai fait un don de 50 $ à la campagne de Amir pour sa réélection dans le district 4."),
        ("Donated to Sarah's campaign for city council, she'll be amazing.",
         "J'ai donné à la campagne de Sarah pour le conseil municipal, elle va être géniale."),
        ("Volunteered at Priya's campaign office for the by-election all weekend.",
         "J'ai fait du bénévolat pour la campagne de Priya dans la partielle tout le week-end."),
    ],
    "leaving if a party wins": [
        ("If the NDP wins here I'm moving, not even joking.",
         "Si le NPD gagne ici, je déménage, je niaise même pas."),
        ("If the Conservatives get a majority we're moving to Portugal.",
         "Si les conservateurs ont une majorité, on déménage au Portugal."),
    ],
    "a weak name with a side, and an election or a party said": [
        ("Houston needs to go, the Tories have wrecked Nova Scotia's health care.",
         "Houston doit partir, les conservateurs ont démoli les soins de santé en Nouvelle-Écosse."),
    ],
    "parity with the other language": [
        ("Knocked on 120 doors this morning for Julie Fortin in Rosemont, not giving up!",
         "120 portes cognées ce matin pour Julie Fortin dans Rosemont, on lâche rien!"),
        ("The CPC has to go, the sooner the better.",
         "Faut que le PCC débarque au plus sacrant."),
        ("Honestly the UCP has to go. Enough.",
         "Franchement, je veux que l'UCP dégage. Assez."),
        ("Saskatchewan needs Carla Beck more than ever.",
         "La Saskatchewan a besoin de Carla Beck plus que jamais."),
        ("Legault gives me hope for the regions.",
         "Legault me donne espoir pour les régions."),
    ],
}

CLEAN: dict[str, list[tuple[str, str]]] = {
    "doors, going and needing without a side": [
        ("Knocked on 30 doors for the food drive, so many kind neighbours.",
         "30 portes cognées pour la guignolée, tellement de voisins gentils."),
        ("The old shed has to go before winter.",
         "Faut que le vieux cabanon débarque avant l'hiver."),
        ("The garden needs rain more than ever.",
         "Le jardin a besoin de pluie plus que jamais."),
    ],
    "a vote in a contest, a league or a board": [
        ("Voted for Maya as class president, she was so happy.",
         "J'ai voté pour Maya comme présidente de classe, elle était tellement contente."),
        ("I voted for Max in the cutest pet contest!",
         "J'ai voté pour Max au concours du plus bel animal!"),
        ("Voted for Sam as MVP of the league this season.",
         "J'ai voté pour Sam comme joueur par excellence de la ligue cette saison."),
    ],
    "a fundraiser's campaign": [
        ("Donated to Mia's campaign to fund her wheelchair, we hit our goal!",
         "J'ai donné à la campagne de Mia pour son fauteuil roulant, objectif atteint!"),
        ("Gave to Leo's campaign for the school playground, every dollar counts.",
         "J'ai donné à la campagne de Leo pour le parc de l'école, chaque dollar compte."),
    ],
    "moving house": [
        ("We're moving on Saturday! Anyone want a free couch?",
         "On déménage samedi! Quelqu'un veut un divan gratuit?"),
    ],
    "a game or a bet around a name that is also a city, a team or a character": [
        ("Need Houston +7.5 tonight to cash my parlay, come on!",
         "J'ai besoin de Houston +7.5 ce soir pour gagner mon pari, allez!"),
        ("Our fantasy team needs Ford back from injury, he scored twice last game.",
         "Notre équipe de hockey a besoin de Ford, il a marqué deux buts au dernier match."),
    ],
    "no party, or a team of another kind": [
        ("Our scrappy hockey team is growing every season.",
         "Notre petite équipe de hockey grandit chaque saison."),
        ("Our wonderful book club family met again tonight.",
         "Notre merveilleuse famille du club de lecture s'est réunie ce soir."),
    ],
    "a crowd too small, or counted by someone else": [
        ("I met 3 Liberals at the coffee shop and we argued about hockey.",
         "J'ai rencontré 3 libéraux au café et on a parlé de hockey."),
        ("The stadium welcomed 20,000 fans for the Liberals' rally, CBC reports.",
         "Le stade a accueilli 20 000 personnes pour le rassemblement libéral, rapporte Radio-Canada."),
    ],
}

# A word that places the party's people in the past or only says which one: a citizen's words.
# Some of these carry a judgement read by other rules (POL005): only the party voice is tested.
NOT_PARTY_VOICE: dict[str, list[tuple[str, str]]] = {
    "past or which one": [
        ("Our former Liberal candidate now runs the bakery on Main Street.",
         "Notre ancien candidat libéral tient maintenant la boulangerie de la rue Principale."),
        ("Our current Conservative caucus has twelve members from the Prairies.",
         "Notre caucus conservateur actuel compte douze membres des Prairies."),
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


@pytest.mark.parametrize("english,french", parallel_pairs(NOT_PARTY_VOICE))
def test_past_or_which_one_is_not_the_party_voice(english: str, french: str) -> None:
    from footprint.rules import political_voice as voice
    from footprint.text import fold

    for text in (english, french):
        assert not voice.structural(fold(text)), text
