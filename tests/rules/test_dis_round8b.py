"""Round 8b: readings English and French both missed (discrimination_shapes.py), and three false
alarms removed. Examples written by the team for these tests.

- a ban on a place of one's own ("No gays at my wedding venue.", « Pas de gais dans ma salle »);
- death preferred to a group member in the family ("I'd rather die than have a gay son");
- "Another X, another crime" (« Encore un immigrant, encore un vol. »);
- a group's place in a zoo, a group with no business in a field (« Les femmes ont rien à faire en génie »);
- clean: pets, shoes and phones banned, news, reported words, counter-speech, history lessons,
  a tired teacher, a character in a play.

Content warning: these tables quote hateful claims, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import discrimination as dis
from footprint.rules import discrimination_sexual, discrimination_threats
from tests.rules.conftest import codes_of, parallel_pairs

_ANALYZER = Analyzer([rule() for rule in (*dis.RULES, *discrimination_threats.RULES, *discrimination_sexual.RULES)])
_DIS = {"DIS001", "DIS002", "DIS003", "DIS004", "DIS005"}


def codes(text: str, language: str) -> set[str]:
    return codes_of(_ANALYZER, text, language) & _DIS


FLAGGED: dict[str, list[tuple[str, str]]] = {
    "a ban on a place of one's own": [
        ("No gays at my wedding venue.", "Pas de gais dans ma salle de réception."),
        ("No Muslims in my building, period.", "Pas de musulmans dans mon immeuble, point final."),
        ("No immigrants on my street.", "Aucun immigrant dans ma rue."),
        ("Honestly? No Indians in my restaurant 🙄", "Franchement ? Pas d'Indiens dans mon restaurant 🙄"),
        ("No Jews at my party!", "Pas de Juifs à mon party!"),
        ("no trans people in my gym. end of story", "Pas de trans dans mon gym, c'est tout."),
    ],
    "death before a member in the family": [
        ("I'd rather die than have a gay son.", "J'aimerais mieux mourir que d'avoir un fils gai."),
        ("I would rather be dead than have a Muslim daughter-in-law.",
         "Je préférerais être mort que d'avoir une belle-fille musulmane."),
        ("I'd rather see my son dead than gay.", "Je préférerais voir ma fille morte que lesbienne."),
        ("I'd rather my daughter was dead than married to a Black man.",
         "Je préférerais voir ma fille morte que mariée à un Noir."),
        ("I would rather die than let my daughter marry a Muslim.",
         "J'aimerais mieux mourir que de laisser ma fille épouser un musulman."),
    ],
    "another X, another crime": [
        ("Another Muslim, another bombing.", "Encore un musulman, encore un attentat."),
        ("Another immigrant, another robbery. Shocking.", "Encore un immigrant, encore un vol. Quelle surprise."),
        ("Another refugee, another rape.", "Un autre réfugié, un autre viol."),
    ],
    "a group's place, a field closed": [
        ("The place for Black people is in a zoo.", "La place des Noirs est au zoo."),
        ("Women have no business in engineering.", "Les femmes ont rien à faire en génie."),
        ("The place for gays is nowhere.", "La place des gais est nulle part."),
        ("Black people's place is in a cage.", "Les Noirs, leur place est au zoo."),
        ("Immigrants have no business in our government.", "Les immigrants ont pas d'affaire au gouvernement."),
    ],
}

CLEAN: dict[str, list[tuple[str, str]]] = {
    "pets, shoes and phones": [
        ("No dogs in my building.", "Pas de chiens dans mon immeuble."),
        ("No shoes in the house please.", "Pas de souliers dans la maison, s'il vous plaît."),
        ("No phones at dinner.", "Pas de téléphones au souper."),
    ],
    "news and neutral mentions": [
        ("No Muslims in my building were hurt in the fire.", "Aucun musulman de mon immeuble n'a été blessé dans l'incendie."),
        ("Another Muslim, another Nobel prize. Congrats!", "Encore un musulman, encore un prix Nobel. Bravo !"),
        ("Another Monday, another meeting.", "Encore un lundi, encore une réunion."),
        ("Another day, another dollar.", "Un autre jour, un autre dollar."),
        ("Women have plenty to do in engineering this fall.", "Les femmes ont rien à faire ce soir, on va au cinéma."),
        ("The place for lions is the savanna, not a zoo.", "La place des lions est dans la savane, pas au zoo."),
    ],
    "children, teens and rooms": [
        ("No kids at my wedding venue, sorry!", "Pas d'enfants à mon mariage, désolé."),
        ("No boys in my room! - my teenage daughter", "Pas de gars dans ma chambre, dit ma fille."),
        ("Kids have no business on the street at midnight.", "Les enfants ont rien à faire dans la rue à minuit."),
        ("Teens have nothing to do in the regions all summer.", "Les ados ont rien à faire en région l'été."),
    ],
    "reported, countered, the group as victim or as pride": [
        ("No Muslims in my building? There are twelve families on my floor alone.",
         "Pas de musulmans dans mon immeuble? Il y a douze familles juste à mon étage."),
        ('"No Muslims in my building" is what the landlord told my friend. Reported him to the tribunal.',
         "« Pas de Noirs dans mon immeuble », m'a dit le proprio. Je l'ai dénoncé à la Commission des droits."),
        ("Another Muslim, another hate crime against them. When will this end?",
         "Encore un musulman, encore une victime d'une attaque haineuse."),
        ("Another immigrant, another success story!", "Encore un immigrant, encore une entreprise qui ouvre dans ma rue!"),
        ("Who says women have no business in engineering? My mom built bridges.",
         "Qui a dit que les femmes ont rien à faire en génie? Ma mère a bâti des ponts."),
        ("Women have no business being paid less for the same work.",
         "Les femmes ont tout à faire en génie : on manque d'ingénieures."),
        ("The place for Black history is in every classroom.", "La place des femmes est au Parlement."),
    ],
    "rather die, said of other things or by others": [
        ("I'd rather die than have my son go to war.", "J'aimerais mieux mourir que d'avoir un fils qui fume."),
        ("I'd rather die than run a marathon.", "J'aimerais mieux mourir que de courir un marathon."),
        ("I'd rather die than miss my gay son's wedding.", "J'aimerais mieux mourir que de manquer le mariage de mon fils gai."),
        ("My dad once said he'd rather die than have a gay son. Now he marches with us at Pride.",
         "Mon père disait qu'il aimerait mieux mourir que d'avoir un fils gai. Aujourd'hui il marche avec nous à la Fierté."),
    ],
    "history, fatigue and fiction": [
        ("History class: how Japanese Canadians were put in camps in 1942.",
         "Cours d'histoire : comment les Canadiens japonais ont été internés dans des camps en 1942."),
        ("The only good teacher is a teacher dead tired on a Friday.", "Le seul bon prof est un prof mort de fatigue."),
        ("That hypocrite character in the play.", "Ce personnage hypocrite dans la pièce."),
    ],
}


@pytest.mark.parametrize(("english", "french"), parallel_pairs(FLAGGED))
def test_flagged_in_both_languages(english: str, french: str) -> None:
    assert codes(english, "en"), english
    assert codes(french, "fr"), french


@pytest.mark.parametrize(("english", "french"), parallel_pairs(CLEAN))
def test_clean_in_both_languages(english: str, french: str) -> None:
    assert not codes(english, "en"), english
    assert not codes(french, "fr"), french


def test_a_rotten_character_said_of_a_person_is_still_an_insult() -> None:
    assert "DIS005" in codes("He is a rotten character.", "en")


def test_calls_for_camps_still_flag() -> None:
    assert "DIS004" in codes("Put the Muslims in camps.", "en")
    assert "DIS004" in codes("The only good Muslim is a dead Muslim.", "en")


@pytest.mark.parametrize("text", ["", "No " * 20000 + "Muslims in my building.", "🙂" * 5000, "Pas de"])
def test_empty_huge_and_odd_inputs(text: str) -> None:
    codes(text, "en")
    codes(text, "fr")
