"""Round 8, French petitions, protests and calls to vote read as English reads them.

Written by the team for these tests (never taken or paraphrased from a data set). French asks
others to vote in the infinitive after a call (« allez voter pour le NPD », « n'oubliez pas de
voter pour », « il faut voter pour », « amenez vos voisins voter pour », « convainquez vos proches de voter pour ») or with
« votons pour »; it gets out the vote as « faites sortir le vote » or « on sort le vote »; it
mobilises with a day in between (« on se mobilise samedi contre »), says « dire non à » in the
infinitive (« tous à Québec pour dire non à la réforme ») and kicks a party out as « on chasse la
CAQ »; it forms a « chaîne humaine » against a reform, and tags « #JVoteBloc », « #AdieuLegault »,
« #ÇaSuffitLegault », « #PasDeMajoritéCAQ », « #PoilievreNonMerci »; « un vote pour le Bloc » is
English's "a vote for the Bloc". The same words in ordinary life stay clean: a petition for a dog park or a crossing guard,
a strike vote, a student council, a reality show, a vote for a mascot's name, deer season, a
curling club's board election, a protest told by the news.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political, flagged, parallel_pairs

# Calls to vote, petition or protest that the campaign-call rule (POL003) reads in both languages.
CALLS: dict[str, list[tuple[str, str]]] = {
    "vote for, in the infinitive": [
        ("Go vote for the NDP on Monday!", "Allez voter pour le NPD lundi!"),
        ("Vote for Carney on Monday, it matters!", "Allez voter pour Carney lundi, c'est important!"),
        ("Don't forget to vote for Blanchet on Monday!", "N'oubliez pas de voter pour Blanchet lundi!"),
        ("Convince your family to vote for the Bloc!", "Convainquez vos proches de voter pour le Bloc!"),
        ("Bring your neighbours to vote for our NDP candidate!", "Amenez vos voisins voter pour notre candidate du NPD!"),
        ("Let's vote for Plamondon's team! 🗳️", "Votons pour l'équipe de St-Pierre Plamondon! 🗳️"),
        ("In my opinion, we have to vote for the Bloc on Monday.", "Selon moi, il faut voter pour le Bloc lundi."),
    ],
    "getting out the vote": [
        ("Get out the vote for the Liberals this weekend!", "Faites sortir le vote libéral ce week-end!"),
        ("We're getting out the vote for Blanchet tomorrow.", "On sort le vote pour Blanchet demain."),
    ],
    "petitions, protests and letters": [
        ("Sign the petition against Poilievre's bill, link in bio.",
         "Signez la pétition contre le projet de loi de Poilievre, lien dans la bio."),
        ("Everyone to the rally Saturday against Legault's reform!", "Tous à la manif samedi contre la réforme de Legault!"),
        ("Join us Saturday to protest against Trudeau's carbon tax!",
         "Joignez-vous à nous samedi pour manifester contre la taxe carbone de Trudeau!"),
        ("Sign and share the petition against the Liberal carbon tax!",
         "Signez et partagez la pétition contre la taxe carbone libérale!"),
        ("A vote for the Bloc is a vote for Quebec. Go vote!",
         "Un vote pour le Bloc, c'est un vote pour le Québec. Allez voter!"),
        ("Write to your MP to oppose Poilievre's plan.", "Écrivez à votre député pour vous opposer au plan de Poilievre."),
        ("Human chain around the legislature against the CAQ's reform, be there!",
         "Chaîne humaine autour de l'Assemblée nationale contre la réforme de la CAQ, soyez-y!"),
    ],
}
# Calls read by any political rule (a side taken beside a party), in both languages.
SIDES: dict[str, list[tuple[str, str]]] = {
    "mobilising, saying no, kicking out": [
        ("We're mobilizing Saturday against the Liberal cuts, be there!",
         "On se mobilise samedi contre les coupes libérales, soyez-y!"),
        ("Everyone to Ottawa on the 15th to say no to the Liberal reform!",
         "Tous à Québec le 15 pour dire non à la réforme de la CAQ!"),
        ("On October 3, we kick out the CAQ!", "Le 3 octobre, on chasse la CAQ!"),
        ("Vote NDP on April 28!", "Voter NPD le 28 avril!"),
        ("#IVoteNDP", "#JeVoteNPD"),
        ("#LegaultOut", "#DehorsLegault"),
    ],
    "hashtags in French shapes": [
        ("#IVoteBloc on the 28th", "#JVoteBloc le 28"),
        ("#ByeByeLegault", "#AdieuLegault"),
        ("#EnoughLegault", "#ÇaSuffitLegault"),
        ("Monday, that's it. #EnoughOfTheConservatives", "Lundi, c'est fini. #ÇaSuffitLesConservateurs"),
        ("#NoMajorityForPoilievre", "#PasDeMajoritéCAQ"),
        ("#PoilievreNoThanks", "#PoilievreNonMerci"),
        ("#MyVoteNDP", "#MonVoteCestQS"),
    ],
}
CLEAN: list[tuple[str, str]] = [
    ("Sign the petition for a dog park in our neighbourhood!", "Signez la pétition pour un parc à chiens dans notre quartier!"),
    ("Share and sign: we need a crossing guard at the school.",
     "Partagez et signez : il nous faut un brigadier scolaire à l'école."),
    ("Strike vote Tuesday, union members please come vote!", "Vote de grève mardi, les membres du syndicat, venez voter!"),
    ("Don't forget to vote for our student council president!",
     "N'oubliez pas de voter pour notre présidente du conseil étudiant!"),
    ("Go vote for Jessica on Star Academy tonight!", "Allez voter pour Jessica à Star Académie ce soir!"),
    ("Let's vote for the mascot's name!", "Votons pour le nom de la mascotte!"),
    ("Thousands protested against Legault's reform in Montreal, reports say.",
     "Des milliers de personnes ont manifesté contre la réforme de Legault à Montréal, rapporte La Presse."),
    ("Go vote Monday, whoever you choose!", "Allez voter lundi, peu importe pour qui!"),
    ("We're getting out the vote tomorrow for the curling club's board election.",
     "On fait sortir le vote demain pour l'élection du conseil d'administration du club de curling."),
    ("We hunt deer in November.", "On chasse le chevreuil en novembre."),
    ("We're mobilizing Saturday against the pool closing!", "On se mobilise samedi contre la fermeture de la piscine!"),
    ("We have to say no to junk food.", "Il faut dire non à la malbouffe."),
    ("Human chain around the lake against the condo project Saturday!",
     "Chaîne humaine autour du lac contre le projet de condos samedi!"),
    ("Enough is enough, I'm going to bed #Enough", "Ça suffit, je me couche #ÇaSuffit"),
    ("Rest in peace, Grandma ❤️ #Adieu", "Repose en paix, grand-maman ❤️ #Adieu"),
    ("Every vote for our dog counts, thank you! #NoThanks", "Chaque vote pour notre chien compte, merci! #NonMerci"),
    ("#MyVoteIsForPizza tonight", "#MonVoteCestPourLaPizza ce soir"),
    ("We have to vote for Maya for student council!", "Il faut voter pour Maya au conseil étudiant!"),
]


@pytest.mark.parametrize("english,french", parallel_pairs(CALLS))
def test_a_call_to_vote_petition_or_protest_is_a_campaign_call_in_both_languages(english: str, french: str) -> None:
    assert flagged("POL003", english), english
    assert flagged("POL003", french), french


@pytest.mark.parametrize("english,french", parallel_pairs(SIDES))
def test_a_side_taken_in_a_call_is_political_in_both_languages(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize("english,french", CLEAN)
def test_the_same_words_in_ordinary_life_stay_clean(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


def test_huge_and_empty_posts_neither_crash_nor_flag() -> None:
    assert not any_political("")
    assert not any_political("allez voter pour " * 5000)
    # one call in a long ordinary post is still a call
    assert flagged("POL003", "Bonne semaine à tous. " * 400 + "Allez voter pour le NPD lundi!")
