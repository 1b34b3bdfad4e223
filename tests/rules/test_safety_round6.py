"""Sixth-round whereabouts tables (issue #21): where the poster is now or will be at a stated time,
and the habits told by their hour, EN/FR in parallel pairs, in the team's own words.

- now: two adverbs between the subject and the place (« je suis rendu présentement au »), « là »
  before the place or an emoji, a bare place and "now" as a status ("Airport now, gate B12"), a
  place's lower-case modifiers ("the ticket booth"), landmarks (« à côté du », "next to", « à bord
  du »), « en train de » / « en attente », "live now from", a colon or an emoji before the news;
- will be: the near future ("Friday night I'll be at", « on va être au parc dimanche »), staying
  somewhere dated (« on reste au chalet jusqu'à dimanche »), working from a café, "in town till
  Thursday", a bare arrival with the way back ("Landed safe and sound, see you on the 28th");
- habits: an outing at its hour with no place ("Every morning at 6 I go for a run"), "my Saturday
  coffee", "twice a week", « d'habitude je ... » with a named place, home alone every Tuesday.
Hard negatives: past trips, plans without dates, a town one lives in, song lyrics, hypotheticals,
a store's address and hours, office hours, "I'm at a loss", "at the moment I think", « en ce moment
je lis un livre », whose advice ("at the vet's suggestion"), a group's or a bus's schedule, the
garbage pickup. An everyday place said alone ("At the vet with Max rn") is SAF009, at low severity.
"""

from __future__ import annotations

import random
import re

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Severity
from footprint.rules import load_rules
from footprint.rules.safety_base import alternation, section, trie_alternation
from footprint.text import fold
from tests.rules.conftest import medium_or_higher, post
from tests.rules.safety_tables import assert_table_rate

NOW_PAIRS = [
    ("omg I'm literally at the Taylor Swift concert rn 😭😭", "omg je suis littéralement au show de Taylor Swift là 😭😭"),
    ("We're currently at Disney, here for two weeks", "On est rendus présentement à Disney pour deux semaines"),
    ("Airport now, gate B12, boarding in 40", "Aéroport maintenant, porte B12, embarquement dans 40 minutes"),
    ("Gym now then Tim's on Carling after, anyone?", "Gym là, puis le Tim sur Carling après, quelqu'un?"),
    ("come say hi, I'm at the ticket booth by the north gate", "venez dire bonjour, je suis au kiosque des billets près de la porte nord"),
    ("at st laurent mall rn whos around", "chu aux galeries de la capitale là, qui est dans le coin"),
    ("Sitting next to the fountain at Confederation Park if anyone wants to meet up", "Assise près de la fontaine au parc de la Confédération si quelqu'un veut se voir"),
    ("Currently aboard the train to Montreal", "Présentement à bord du train pour Montréal"),
    ("Currently shopping for groceries at the Farm Boy on Rideau", "Présentement en train de faire l'épicerie au Maxi de la rue Rideau"),
    ("Still waiting in the ER at the Montfort, 6 hours now", "Présentement en attente à l'urgence de l'Hôpital Montfort depuis 6 heures"),
    ("Live now from the main stage at Osheaga!", "En direct présentement de la grande scène d'Osheaga!"),
    ("Never thought I'd say this but I miss winter: currently in Cancún and it's 35 degrees 🥵", "Je ne pensais jamais dire ça mais je m'ennuie de l'hiver : présentement à Cancún et il fait 35 degrés 🥵"),
    ("Last year we were in Cuba 🌴 this year we're in Mexico until the 20th", "L'an passé on était à Cuba 🌴 cette année on est au Mexique jusqu'au 20"),
    ("Back at the hotel in Quebec City, room service time", "De retour à l'hôtel à Québec, c'est l'heure du service aux chambres"),
    ("We drove 8 hours and finally made it to Percé, staying till Wednesday", "On a roulé 8 heures et on est enfin rendus à Sept-Îles, on reste jusqu'à mercredi"),
]
WILL_BE_PAIRS = [
    ("Friday night I'll be at the Troquet bar, come!", "Vendredi soir je serai au bar Le Troquet, venez!"),
    ("Sunday we're going to be at Jacques-Cartier park with the kids", "Dimanche on va être au parc Jacques-Cartier avec les enfants"),
    ("I'll be at the airport around 6, come pick me up", "Je vais être à l'aéroport vers 18 h, viens me chercher"),
    ("We'll be at the cottage from the 3rd to the 10th", "On va être au chalet du 3 au 10 août"),
    ("We're staying at the Delta till Friday", "On reste au chalet jusqu'à dimanche, la maison est à vous les voleurs lol"),
    ("Working from the Second Cup on Elgin until 4 if anyone needs me", "Je travaille du Second Cup de la rue Elgin jusqu'à 16 h si quelqu'un a besoin de moi"),
    ("I'm at my cousin's wedding at the Château Laurier until midnight", "Je suis au party de bureau au Casino du Lac-Leamy jusqu'à minuit"),
    ("In town till Thursday, who's free?", "En ville jusqu'à jeudi, qui est libre?"),
    ("Until Sunday at the cottage, no signal", "Jusqu'à dimanche au chalet, pas de réseau"),
    ("Leaving for Cuba Saturday, 2 weeks of sun!!!", "Demain matin je pars pour Halifax, de retour dimanche"),
    ("on the 417 headed to the cottage, back Monday", "Sur la 40 en direction du chalet, retour lundi"),
    ("Heading to Costco, anyone need anything?", "Je m'en vais au Costco, quelqu'un veut de quoi?"),
    ("Landed safe and sound, see you all on the 28th", "Bien atterris, de retour le 28"),
    ("Wheels up! Cancún here we come", "Décollage! Cancún, nous voilà"),
    ("Currently on vacation until Sunday", "Présentement en vacances jusqu'à dimanche"),
]
ROUTINE_PAIRS = [
    ("Every morning at 6 I go for a run", "Chaque matin à 6 h, je sors courir"),
    ("Every Tuesday at 6 pm I go swimming", "Tous les mardis à 18 h, je vais nager"),
    ("I walk the dog every night at 10", "Je promène le chien tous les soirs à 22 h"),
    ("I take the 7:42 train every morning", "Je prends le train de 7 h 42 tous les matins"),
    ("My 6 am workout along the canal, rain or shine", "Mon entraînement de 6 h le long du canal, beau temps mauvais temps"),
    ("My Saturday coffee at the Bridgehead on Bank", "Mon café du samedi au Bridgehead de la rue Bank"),
    ("Twice a week, I swim at the Plant Bath", "Deux fois par semaine, je nage à la piscine Plant"),
    ("Usually we go along the canal after supper", "D'habitude je cours sur la piste cyclable après le souper"),
    ("Every second Saturday I do the Parkrun at Mooney's Bay", "Un samedi sur deux je fais le Parkrun à la baie Mooney"),
    ("Tuesday nights = bowling at Walkley Bowl 🎳", "Mardi soir = quilles au Salon Walkley 🎳"),
    ("My husband works nights so I'm home alone every Tuesday and Thursday", "Mon chum travaille de nuit, je suis seule à la maison tous les mardis et jeudis"),
    ("Every weekend we head up north Friday at 5", "Chaque fin de semaine on monte au nord le vendredi à 17 h"),
]
NEGATIVE_PAIRS = [
    ("Loved our week in Tofino last summer, can't wait to go back", "On a adoré notre semaine à Tofino l'été passé, j'ai hâte d'y retourner"),
    ("We should go to Portugal one of these years", "On devrait aller au Portugal une bonne année"),
    ("I live in Ottawa and the winters are long", "J'habite à Ottawa et les hivers sont longs"),
    ('"I\'m at the bar singing with the radio" has been stuck in my head all day', "« Je suis au bar et je chante avec la radio » cette chanson joue dans ma tête depuis ce matin"),
    ("If I were in Hawaii right now I'd never come back", "Si j'étais à Hawaï en ce moment je reviendrais jamais"),
    ("The new Farm Boy at 1500 Bank St is open 8 to 10 daily", "Le nouveau Metro au 1500, rue Bank est ouvert de 8 h à 22 h tous les jours"),
    ("Our office hours are Monday to Friday, 9 to 5, at 200 Kent St", "Nos heures de bureau : du lundi au vendredi, de 9 h à 17 h, au 200, rue Kent"),
    ("Tremblay's garage at 55 Mountain Rd fixes bikes too", "Le garage Tremblay au 55, chemin de la Montagne répare aussi les vélos"),
    ("I'm at a loss for words honestly", "Je suis à court de mots honnêtement"),
    ("At the moment I think the team needs a new coach", "En ce moment je pense que l'équipe a besoin d'un nouveau coach"),
    ("Right now I'm reading the new Louise Penny and I can't put it down", "En ce moment je lis un livre de Louise Penny et je ne peux pas le lâcher"),
    ("At the vet's suggestion we switched Max's food", "Sur la suggestion du vétérinaire on a changé la nourriture de Max"),
    ("My sister is in Paris until Sunday, so jealous", "Ma sœur est à Paris jusqu'à dimanche, tellement jalouse"),
    ("The choir rehearses every Thursday at 7 at St. Paul's", "La chorale répète tous les jeudis à 19 h à l'église Saint-Paul"),
    ("The bus comes every 20 minutes after 6 pm", "L'autobus passe aux 20 minutes après 18 h"),
    ("Garbage pickup is every Tuesday at 7 on our street", "La collecte des ordures, c'est tous les mardis à 7 h dans notre rue"),
    ("Every night at 10 I read in bed", "Tous les soirs à 22 h je lis au lit"),
    ("I should go for a run every morning at 6", "Je devrais aller courir tous les matins à 6 h"),
    ("Enfin en vacances! Gaspésie, nous voilà", "Finally on vacation! Gaspé, here we come"),
    ("Et nous voilà dans le pétrin", "And here we are in trouble again"),
]
# An everyday place unnamed, right now, with nothing more: low, not medium
ERRAND_PAIRS = [
    ("At the vet with Max rn, poor guy", "Présentement chez le vétérinaire avec Max, pauvre pitou"),
    ("At the hardware store right now, send me the paint code", "Présentement à la quincaillerie, envoie-moi le code de la peinture"),
    ("At the gym now", "Au gym présentement"),
]
# ...while a name, a time or company keeps it medium
ERRAND_MORE_PAIRS = [
    ("I'm at the vet with Max until 3, text me", "Je suis chez le vétérinaire avec Max jusqu'à 15 h, textez-moi"),
    ("At the Glebe vet with Max rn", "Au Jean Coutu de la rue Principale présentement"),
    ("At the hardware store right now, anyone need anything?", "Présentement à la quincaillerie, quelqu'un a besoin de quelque chose?"),
]


@pytest.mark.parametrize("lang", [0, 1], ids=["en", "fr"])
@pytest.mark.parametrize("table, what", [(NOW_PAIRS, "now"), (WILL_BE_PAIRS, "will be"), (ROUTINE_PAIRS, "routines")])
def test_whereabouts_are_flagged_in_both_languages(safety: Analyzer, table: list[tuple[str, str]], what: str, lang: int) -> None:
    texts = [pair[lang] for pair in table]
    assert_table_rate(texts, lambda t: medium_or_higher(safety, t), what=f"{what} ({'en' if lang == 0 else 'fr'})", minimum=1.0)


@pytest.mark.parametrize("lang", [0, 1], ids=["en", "fr"])
def test_hard_negatives_get_no_safety_flag(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in NEGATIVE_PAIRS]
    assert_table_rate(texts, lambda t: bool(safety.analyze(post(t)).findings), what="negatives", maximum=0.0)


@pytest.mark.parametrize("lang", [0, 1], ids=["en", "fr"])
def test_an_everyday_place_alone_is_low(safety: Analyzer, lang: int) -> None:
    for text in (pair[lang] for pair in ERRAND_PAIRS):
        findings = safety.analyze(post(text)).findings
        assert [(f.rule, f.severity) for f in findings] == [("SAF009", Severity.LOW)], text
    for text in (pair[lang] for pair in ERRAND_MORE_PAIRS):
        assert any(f.rule == "SAF007" for f in safety.analyze(post(text)).findings), text


def test_the_flag_points_at_the_habit_and_its_outing() -> None:
    finding = Analyzer(load_rules(["SAF007"])).analyze(post("Every morning at 6 I go for a run")).findings[0]
    quoted = " ".join(e.text for e in finding.evidence)
    assert "Every morning" in quoted and "run" in quoted


def test_place_lists_as_tries_match_as_the_plain_alternation() -> None:
    words = section("safety_whereabouts.toml", "places") + section("safety_whereabouts.toml", "past")
    plain = re.compile(rf"(?:{alternation(words)})(?!\w)")
    trie = re.compile(rf"(?:{trie_alternation(words)})(?!\w)")
    rng = random.Random(21)
    pieces = [fold(w) for w in words] + ["le", "the", "au", "-", "  ", "'s", "x", "parc a", "farmers"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(400)]
    for text in texts:
        for i in range(len(text)):
            a, b = plain.match(text, i), trie.match(text, i)
            assert (a and a.end()) == (b and b.end()), (text, i)


def test_hostile_inputs_stay_quiet_and_fast(safety: Analyzer) -> None:
    for text in ("", "là " * 4000, "every morning at 6 " * 2000, "the ticket " * 3000 + "booth", "« " * 3000 + "je suis au bar", '"' * 5001):
        safety.analyze(post(text))
    assert not safety.analyze(post("🌴 🌴 🌴")).findings


def test_tables_are_parallel() -> None:
    for table in (NOW_PAIRS, WILL_BE_PAIRS, ROUTINE_PAIRS, NEGATIVE_PAIRS, ERRAND_PAIRS, ERRAND_MORE_PAIRS):
        assert all(len(pair) == 2 and all(pair) for pair in table)
