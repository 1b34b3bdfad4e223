"""Round 8 of the name pass: leaders whose surnames are everyday names (Carney, Singh, Blanchet,
Ford). Parallel English/French tables written by the team for these tests (never taken or
paraphrased from a data set), each with its hard negatives:

- a bare everyday surname counts as the leader when the post judges it with a word said of
  politicians ("Singh is a sellout", "Carney's a fraud", « Blanchet est un pantin », "sellout
  Singh", "Singh the sellout", « ce vendu de Singh ») or praises it as the boss ("Carney is the boss", « Carney, c'est le boss »);
- the same words about someone else who bears the name stay clean: a coworker, a teacher, a
  neighbour, a friend, a relative, a doctor, a pet, a shop, a sports player ("my coworker Singh
  is a liar" is a workplace matter, not politics), and "our boss" is the writer's manager."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political, parallel_pairs

FLAGGED: dict[str, list[tuple[str, str]]] = {
    "a word said of politicians, after the name": [
        ("Singh is a sellout.", "Singh est un vendu."),
        ("Carney is a fraud.", "Carney est un imposteur."),
        ("Blanchet is a puppet.", "Blanchet est un pantin."),
        ("Honestly Blanchet is a liar, he said the opposite last week.",
         "Franchement Blanchet est un menteur, il disait le contraire la semaine passée."),
        ("Carney is just a puppet of Bay Street.", "Carney est juste une marionnette de Bay Street."),
        ("Ford is corrupt to the bone.", "Ford est corrompu jusqu'à l'os."),
        ("Singh is such a sellout 🙄", "Singh est tellement un vendu 🙄"),
        ("Blanchet is a traitor, period.", "Blanchet est un traître, point final."),
        ("Carney, is a total fraud.", "Carney, c'est un imposteur."),
        ("Ford is a crook and everybody knows it.", "Ford est un escroc et tout le monde le sait."),
        ("Blanchet is a weathervane.", "Blanchet, c'est une girouette."),
        ("SINGH IS A SELLOUT", "SINGH EST UN VENDU"),
    ],
    "the writer's family after the judgement, not beside the name": [
        ("Carney is a liar, my kids deserve better.", "Carney est un menteur, mes enfants méritent mieux."),
        ("Singh is a sellout and my dad agrees.", "Singh est un vendu et mon père est d'accord."),
    ],
    "a word said of politicians, before the name": [
        ("Sellout Singh strikes again.", "Ce vendu de Singh frappe encore."),
        ("Traitor Carney signed it behind closed doors.", "Le traître Carney a signé ça en cachette."),
        ("Lying Blanchet changed his tune again.", "Le menteur Blanchet a encore changé de discours."),
        ("Corrupt Ford and his buddies cashed in again.", "Le corrompu Ford et ses chums ont encore encaissé."),
    ],
    "a contraction or an epithet": [
        ("Carney's a fraud.", "Carney, c'est juste un imposteur."),
        ("Singh's a sellout lol", "Singh, c'est un vendu lol"),
        ("Singh the sellout strikes again.", "Singh le vendu frappe encore."),
        ("Blanchet the puppet spoke again.", "Blanchet le pantin a encore parlé."),
        ("Carney's the boss.", "Carney reste le boss."),
    ],
    "praise of a leader as the boss": [
        ("Carney is the boss.", "Carney, c'est le boss."),
        ("Singh is the real boss 💪", "Singh est le vrai boss 💪"),
        ("Blanchet is the boss, end of story.", "Blanchet, c'est le boss, point."),
        ("Poilievre is the boss.", "Poilievre, c'est le boss."),
    ],
}

CLEAN: dict[str, list[tuple[str, str]]] = {
    "a person of the writer's own life": [
        ("My coworker Singh is a liar and a fraud.", "Mon collègue Singh est un menteur et un imposteur."),
        ("My friend Singh is a liar lol", "Mon ami Singh est un menteur lol"),
        ("Mr. Ford, my chemistry teacher, is a liar.", "M. Ford, mon prof de chimie, est un menteur."),
        ("Blanchet, my roommate, is a liar.", "Blanchet, mon coloc, est un menteur."),
        ("My neighbour Mrs. Blanchet is a liar.", "Ma voisine Mme Blanchet est une menteuse."),
        ("Singh from accounting is a sellout.", "Singh de la comptabilité est un vendu, dit ma collègue."),
        ("My boss Singh is a liar.", "Mon patron Singh est un menteur."),
        ("Singh is our boss, ask him for the keys.", "Singh, c'est notre boss, demande-lui les clés."),
        ("Singh is the boss of the night shift.", "Singh est le boss de l'équipe de nuit."),
        ("My cousin Carney is a fraud at Monopoly.", "Ma cousine Carney est une tricheuse au Monopoly, une vraie menteuse."),
        ("My brother-in-law Ford is a crook, he never paid me back.",
         "Mon beau-frère Ford est un escroc, il m'a jamais remboursé."),
        ("Carney my ex is a liar, don't believe a word.", "Carney, mon ex, est un menteur, croyez-le pas."),
        ("My client Blanchet is a fraud, three cheques bounced.",
         "Mon client Blanchet est un fraudeur, trois chèques sans provision."),
        ("Carney, my student, is a liar about his homework.", "Carney, mon élève, est un menteur pour ses devoirs."),
    ],
    "the boss as someone's manager": [
        ("Carney the boss wants the report by noon.", "Carney la boss veut le rapport pour midi."),
        ("Carney, the boss, wants the report by noon.", "Carney, la boss, veut le rapport pour midi."),
    ],
    "a doctor, a coach, a teacher": [
        ("Dr. Singh is a fraud, he never listens.", "Le Dr Singh est un menteur, il m'a dit que ça ferait pas mal."),
        ("Coach Ford is a liar, he promised me ice time.", "Le coach Ford est un menteur, il m'avait promis du temps de glace."),
        ("Prof Blanchet is a fraud, the exam had nothing from class.",
         "Le prof Blanchet est un imposteur, l'examen avait rien à voir avec le cours."),
    ],
    "a pet": [
        ("Carney the dog is a fraud, he pretends he wasn't fed.",
         "Carney le chien est un imposteur, il fait semblant qu'on l'a pas nourri."),
        ("Carney our cat is a traitor, he sleeps on the neighbour's porch now.",
         "Notre chat Carney est un traître, il dort chez le voisin maintenant."),
        ("Our puppy Singh is the boss of the house.", "Notre chiot Singh, c'est le boss de la maison."),
    ],
    "a shop, a song, a game": [
        ("Singh's Roti Shop is a fraud, tiny portions.", "Le resto Singh Roti est une arnaque, des portions minuscules."),
        ("Singh is a sellout for moving to the Leafs.", "Singh est un vendu d'avoir signé avec les Leafs."),
        ("Carney scored twice, what a beast.", "Carney a compté deux buts, quel joueur."),
        ("Blanchet is the boss in that song, what a voice.", "Blanchet, c'est le boss dans cette chanson, quelle voix."),
        ("Ford is the boss at our hockey pool this year.", "Ford, c'est le boss de notre pool de hockey cette année."),
    ],
}


@pytest.mark.parametrize("english,french", parallel_pairs(FLAGGED))
def test_judged_leader_flagged_in_both_languages(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize("english,french", parallel_pairs(CLEAN))
def test_namesakes_stay_clean_in_both_languages(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


def test_tables_are_large_enough() -> None:
    assert sum(map(len, FLAGGED.values())) >= 20
    assert sum(map(len, CLEAN.values())) >= 25


def test_huge_and_empty_posts_do_not_break_the_name_pass() -> None:
    assert not any_political("")
    assert not any_political("Singh " * 5000)
    assert any_political("Carney is a fraud. " + "On a eu une belle journée au chalet. " * 300)
