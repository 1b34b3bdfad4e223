"""Round 8 of the political readings, parallel English/French tables written by the team for
these tests (never paraphrased from a data set), each class with its hard negatives:

- French puts the judgement before the party's adjective (« ce gâchis libéral », « le fiasco
  conservateur », « le mépris libéral envers les régions ») where English writes "the Liberal
  mess": the lower-case adjective names the party only after a word of blame;
- "zero plan", « zéro plan », « aucune crédibilité »: the same judgement as "no plan" with
  another quantifier;
- what a party will do, with a promise's verb: French already read « les néo-démocrates vont
  faire payer les ultra-riches »; English now reads "New Democrats will tax the ultra-rich" the
  same way (after "will" or "going to" only, and not everyday verbs: "will take the stage"), and
  the People's Party / le Parti populaire is a party that acts;
- a party's own candidates praised, the adjective after the noun in French (« nos candidats
  formidables », "our amazing candidates"); a candidate for an award or a job is no one's party;
- people abandoned or neglected by a leader (« Legault abandonne les régions »), not a plan
  abandoned (news); "no way I'm voting for X" as « pas question de voter pour X »; a bare
  surname that is also a carmaker's beside a government's cuts, not beside "my";
- French forms of judgements English already read: « se fichent de », « veulent nous faire
  croire », « derrière les barreaux », « n'importe qui sauf », « fière d'avoir voté vert »,
  « merci mon Dieu pour X » (thanks to heaven, not a leader thanked in an official capacity),
  « ferait un premier ministre extraordinaire », « pas de cervelle »; and a reminder to punish a
  party at the polls ("remember this in October", « souvenez-vous-en aux urnes »);
- "help us take back this riding", « aidez-nous à reprendre cette circonscription » (a campaign's
  call with other verbs than "win"); "help us keep the shelter open" stays a charity's;
- a refusal to vote said the French way (« je ne vais pas voter pour le Bloc », « les libéraux
  doivent partir », "Liberals gotta go"), and "don't forget to vote", « n'oubliez pas de voter »,
  whose "not" negates nothing (shared `negated` in rules/base.py)."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political, parallel_pairs

FLAGGED: dict[str, list[tuple[str, str]]] = {
    "blame, then the party's adjective": [
        ("Two more years of this Liberal chaos and there won't be a dairy farm left in the county.",
         "Deux autres années de ce chaos libéral et il restera plus une ferme laitière dans le comté."),
        ("The Conservative circus in Ottawa is back in session, buckle up.",
         "Le cirque conservateur reprend à Ottawa, attachez vos tuques."),
        ("I'm so tired of the Liberal arrogance toward rural ridings.",
         "Je suis tannée de l'arrogance libérale envers les comtés ruraux."),
        ("What a Conservative fiasco that riding nomination turned into.",
         "Quel fiasco conservateur, cette investiture dans le comté."),
        ("The Liberal contempt for Northern Ontario is on full display again.",
         "Le mépris libéral pour le Nord de l'Ontario est encore bien visible."),
        ("Another Conservative mess to clean up after the next election.",
         "Encore un gâchis conservateur à nettoyer après les prochaines élections."),
        ("Enough with the Liberal cronyism in every appointment.",
         "Assez du copinage libéral dans chaque nomination."),
        ("The Liberal incompetence on passports cost my sister her trip.",
         "L'incompétence libérale avec les passeports a coûté son voyage à ma sœur."),
    ],
    "no plan, said with another quantifier": [
        ("The Conservatives have zero plan for child care, only slogans.",
         "Les conservateurs ont zéro plan pour les garderies, juste des slogans."),
        ("The NDP has zero credibility on the economy after this.",
         "Le NPD a aucune crédibilité en économie après ça."),
    ],
    "what a party will do": [
        ("New Democrats will tax the big grocery chains' windfall profits.",
         "Les néo-démocrates vont taxer les profits excessifs des grandes chaînes d'épicerie."),
        ("The Conservatives are going to slash the public service in half.",
         "Les conservateurs vont sabrer la moitié de la fonction publique."),
        ("The Liberals will hike your payroll taxes again next year.",
         "Les libéraux vont encore hausser vos cotisations sociales l'an prochain."),
        ("Only the People's Party will cut immigration levels.",
         "Seul le Parti populaire va réduire les seuils d'immigration."),
        ("The NDP will make polluters pay for the cleanup.",
         "Le NPD va faire payer les pollueurs pour le nettoyage."),
    ],
    "our candidates, praised after the noun in French": [
        ("Knocked on doors all afternoon with our amazing candidates in Orléans.",
         "Fait du porte-à-porte tout l'après-midi avec nos candidats formidables à Orléans."),
        ("So proud of our incredible candidate, she never stops.",
         "Tellement fière de notre candidate vraiment extraordinaire, elle arrête jamais."),
    ],
    "people abandoned, a refusal, cuts": [
        ("Legault is abandoning the regions one hospital at a time.",
         "Legault abandonne les régions, un hôpital à la fois."),
        ("Smith turned her back on rural Albertans the day she got elected.",
         "Smith a tourné le dos aux Albertains des régions le jour où elle a été élue."),
        ("No way I'm voting for Carney after this.",
         "Pas question que je vote pour Carney après ça."),
        ("Ford's cuts are emptying our classrooms, Ontario deserves better.",
         "Les compressions de Ford vident nos classes, l'Ontario mérite mieux."),
    ],
    "French forms of judgements English already read": [
        ("The Liberals couldn't care less about people in the regions.",
         "Les libéraux se fichent des gens en région."),
        ("The CAQ wants us to believe the hospitals are fine.",
         "La CAQ veut nous faire croire que les hôpitaux vont bien."),
        ("Anyone but the Conservatives next time, please.",
         "N'importe qui sauf les conservateurs la prochaine fois, svp."),
        ("Proud to have voted Green this morning 🌱",
         "Fière d'avoir voté vert ce matin 🌱"),
        ("Thank god for Elizabeth May, at least someone asks real questions.",
         "Merci mon Dieu pour Elizabeth May, au moins quelqu'un pose les vraies questions."),
        ("Half of Ford's cabinet belongs behind bars.",
         "La moitié du cabinet de Ford devrait être derrière les barreaux."),
    ],
    "praise after the office, no brains, remember at the polls": [
        ("Kinew would make an amazing prime minister one day.",
         "Kinew ferait un premier ministre extraordinaire un jour."),
        ("Poilievre: big slogans, no brains.",
         "Poilievre : des gros slogans, pas de cervelle."),
        ("The Liberals just voted against the pharmacare bill. Remember this in October.",
         "Les libéraux viennent de voter contre l'assurance médicaments. Souvenez-vous-en aux urnes."),
    ],
    "help us take back the riding": [
        ("Help us take back this riding on October 20!",
         "Aidez-nous à reprendre cette circonscription le 20 octobre!"),
        ("Help us hold this riding, every door counts.",
         "Aidez-nous à conserver notre circonscription, chaque porte compte."),
    ],
    "refusals, and a 'not' that negates nothing": [
        ("I'm not going to vote for the CAQ this time.",
         "Je ne vais pas voter pour la CAQ cette fois-ci."),
        ("The Conservatives gotta go, enough is enough.",
         "Les conservateurs doivent partir, c'est assez."),
        ("Don't forget to vote for the NDP on Monday!",
         "N'oubliez pas de voter pour le NPD lundi!"),
    ],
}

CLEAN: dict[str, list[tuple[str, str]]] = {
    "not voting, leaving": [
        ("My son can't vote yet, he's 16.",
         "Mon fils va pas voter, il a 16 ans."),
        ("Gotta go, the kids are up.",
         "Les invités doivent partir à 20 h."),
    ],
    "help us keep a charity going": [
        ("Help us keep the shelter open all winter, every dollar counts.",
         "Aidez-nous à garder le refuge ouvert tout l'hiver, chaque dollar compte."),
    ],
    "an office praised in jest, a reminder without a party": [
        ("Remember this in October when you carve the pumpkins: wear gloves.",
         "Souvenez-vous-en en octobre quand vous viderez les citrouilles : portez des gants."),
    ],
    "thanks in an official capacity, anyone but a relative": [
        ("Thanks to Premier Legault for visiting our plant this morning.",
         "Merci au premier ministre Legault pour sa visite à notre usine ce matin."),
        ("Anyone but my brother-in-law should drive tonight.",
         "N'importe qui sauf mon beau-frère devrait conduire ce soir."),
    ],
    "a plan abandoned in the news, a refusal about sport, a car": [
        ("Trudeau abandoned the pipeline plan, the minister confirmed on Tuesday.",
         "Trudeau abandonne le projet de pipeline, a confirmé le ministre mardi."),
        ("No way the Leafs win tonight, their defence is a mess.",
         "Pas moyen que le Canadien gagne ce soir, leur défensive est un fouillis."),
        ("My Ford's brakes are shot after the winter, more cuts to my budget lol",
         "Les freins de ma Ford sont finis après l'hiver, encore des coupes dans mon budget lol"),
    ],
    "candidates for an award or a job": [
        ("Our amazing candidates for the analyst position start interviews Monday.",
         "Nos candidats formidables pour le poste d'analyste commencent les entrevues lundi."),
        ("Our wonderful candidate for the science fair award took first place!",
         "Notre candidate formidable au concours de l'expo-sciences a gagné la première place!"),
    ],
    "a party's future without a promise, or reported": [
        ("The Liberals will name their new caucus chair on Tuesday, CBC reports.",
         "Les libéraux nommeront leur nouveau président de caucus mardi, rapporte Radio-Canada."),
        ("The office holiday party will end early because of the storm.",
         "Le party de Noël du bureau va finir plus tôt à cause de la tempête."),
        ("Our book club will end the season with a potluck.",
         "Notre club de lecture va terminer la saison avec un repas-partage."),
    ],
    "the adjective without blame, or the blame without a party": [
        ("My advisor keeps my portfolio conservative, no disasters please.",
         "Ma conseillère garde un portefeuille conservateur, pas de catastrophe svp."),
        ("The circus in Montréal was amazing last night, the kids loved it.",
         "Le cirque à Montréal était incroyable hier soir, les enfants ont adoré."),
        ("My grandmother had a very liberal mind for her time.",
         "Ma grand-mère avait un esprit très libéral pour son époque."),
        ("The oil spill is an ecological disaster for the whole bay.",
         "La marée noire est un désastre écologique pour toute la baie."),
        ("What a mess this kitchen renovation has become.",
         "Quel gâchis, cette rénovation de cuisine."),
        ("The museum's conservator explained how the old paintings are cleaned.",
         "Le conservateur du musée a expliqué comment on nettoie les vieux tableaux."),
        ("Zero plan for the weekend and I love it.",
         "Zéro plan pour la fin de semaine et j'adore ça."),
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


@pytest.mark.parametrize(
    "text,word,expected",
    [
        ("don't forget to vote for the NDP", "vote", False),
        ("n'oubliez pas de voter pour le NPD", "voter", False),
        ("not only is he wrong, he lies", "lies", False),
        ("don't forget: I will not vote for them", "vote", True),
        ("I will not vote for them", "vote", True),
        ("je ne vais pas voter", "voter", True),
    ],
)
def test_an_exhortation_negates_nothing(text: str, word: str, expected: bool) -> None:
    from footprint.rules.base import negated

    assert negated(text, text.index(word)) is expected
