"""Fifth-round whereabouts tables (issue #21): where the poster is now or will be, said the ways
the lists of place words cannot foresee, EN/FR in parallel pairs, in the team's own words.

- a place told only by its common noun ("at the hardware store right now", « présentement à la
  quincaillerie », "live from the garden centre", « en direct de la pépinière »);
- leaving with the day in between ("leaving tomorrow for Lisbon", « on part demain matin pour
  deux semaines », « on décolle ce soir pour Vancouver ») or for a destination no list knows,
  when the stay is dated ("heading to the coast for the weekend, back Sunday");
- the subject left out after a comma or a first clause ("Ugh, stuck at YOW again", « Manqué le
  premier autobus lol, à la gare en ce moment »), a stay's length opening the post ("Two weeks
  in Costa Rica starting tomorrow"), "guess who's at", « devinez qui est au », an arrow
  ("Ottawa → Vancouver today"), a place named before "I'm there right now" / « j'y suis encore »;
- « je suis présentement au », « j'suis au dep », « à l'urgence » (an elided article), "working
  from the Starbucks", "we're out at the cabin this week", « check-in fait à l'hôtel ».
Hard negatives: hypotheticals ("if I were at the beach right now"), a broadcast relayed ("Live
from the Hill: the PM's press conference, full video"), a town said in passing in a post about
something else, "it's still here", the news "en direct sur" a channel, plans without dates.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import load_rules
from tests.rules.conftest import flat, medium_or_higher, post
from tests.rules.safety_tables import assert_table_rate

# (an errand's place said alone, "At the hardware store right now, send me the paint code", is
# SAF009's at low severity since round 6: see test_safety_round6.py)
COMMON_NOUN_PLACES = [
    ("I'm at the casino rn, anyone around?", "Je suis au casino en ce moment, quelqu'un dans le coin?"),
    ("At the garden centre right now, they have the tomato plants in", "Présentement à la pépinière, ils ont reçu les plants de tomates"),
    ("Live from the bowling alley! 🎳", "En direct du salon de quilles! 🎳"),
    ("At the outlet mall right now with my sister, anyone need anything?", "En ce moment au centre d'achats avec ma sœur, quelqu'un a besoin de quelque chose?"),
]
LEAVING_PAIRS = [
    ("We're off tomorrow morning for two weeks!", "On part demain matin pour deux semaines!"),
    ("Flying out tonight to Vancouver, home next Thursday", "On décolle ce soir pour Vancouver, retour jeudi prochain"),
    ("Heading to the coast for the weekend, back Sunday", "On s'en va sur la côte pour la fin de semaine, retour dimanche"),
    ("off to my parents' place for the long weekend, back Monday!", "Je pars chez les beaux-parents pour la longue fin de semaine, de retour lundi!"),
    ("Heading to Grandma's for the weekend, back Sunday", "On s'en va chez grand-maman pour la fin de semaine, retour dimanche"),
    ("Spending the long weekend at my parents' in Kingston, back Tuesday", "On passe la longue fin de semaine chez mes parents à Kingston, retour mardi"),
    ("Two weeks in Costa Rica starting tomorrow, see you all on the 28th!", "Deux semaines au Costa Rica à partir de demain, on se revoit le 28!"),
    ("Ottawa → Vancouver today, then Tofino for the week", "Ottawa → Vancouver aujourd'hui, puis Tofino pour la semaine"),
]
HERE_NOW_PAIRS = [
    ("Ugh, stuck at the airport again. #delayed", "Ugh, encore coincée à l'aéroport. #retard"),
    ("Missed the first bus lol, at the station now waiting for the next one", "Manqué le premier autobus lol, à la gare en ce moment j'attends le prochain"),
    ("We had the best dinner, now sitting at the bar at the Lord Elgin if anyone wants to join", "On a eu le meilleur souper, maintenant assis au bar du Lord Elgin si quelqu'un veut se joindre"),
    ("Guess who's at Bluesfest?! 🎸🎸", "Devinez qui est au Festival d'été?! 🎸🎸"),
    ("At the Canadian Tire on Baseline, anybody need anything?", "Au Canadian Tire sur Baseline, quelqu'un a besoin de quelque chose?"),
    ("Remember that café I told you about? I'm there right now 😂", "Tu te souviens du café dont je t'ai parlé? J'y suis en ce moment 😂"),
    ("Went for a walk and ended up at Dow's Lake, still here if you want to come", "Partie marcher et je me suis retrouvée au lac Dow, j'y suis encore si tu veux venir"),
    ("I'm currently at the Costco in Gatineau, need anything?", "Je suis présentement au Costco de Gatineau, besoin de quelque chose?"),
    ("i'm at the corner store, you guys want anything?", "j'suis au dep du coin, vous voulez de quoi?"),
    ("I'm in the ER at the Gatineau hospital, been 4 hours", "Je suis à l'urgence de l'Hôpital de Gatineau depuis 4 heures"),
    ("I'm working from the Starbucks on Bank St all afternoon if anyone needs me", "Je télétravaille du Second Cup de la rue Laurier tout l'après-midi si quelqu'un a besoin de moi"),
    ("We're out at the cabin this week so text don't call", "On est au chalet cette semaine, textez, n'appelez pas"),
    ("Checked in at the Westin downtown, room with a view 😍", "Check-in fait à l'hôtel Le Germain, vue magnifique 😍"),
    ("Sitting on a patio on Elgin, come grab a drink", "Assise sur une terrasse rue Saint-Denis, venez prendre un verre"),
    ("Dropped the kids at my mom's, now at the spa until 4 🙌", "Déposé les enfants chez ma mère, maintenant au spa jusqu'à 16 h 🙌"),
    ("Touched down in Calgary! Here till Thursday for work", "Atterrie à Calgary! Ici jusqu'à jeudi pour le travail"),
    ("Will be at the Parkdale market tomorrow from 9 to noon", "Je serai au marché Parkdale demain de 9 h à midi"),
    ("Currently: poolside at the Marriott 🏊", "Présentement : au bord de la piscine du Marriott 🏊"),
    ("Who wants to grab coffee? I'm downtown until 2", "Qui veut prendre un café? Je suis au centre-ville jusqu'à 14 h"),
    ("We just got to Blue Mountain, here all week!", "On vient d'arriver à Blue Mountain, ici toute la semaine!"),
    ("Heading into the city for the day, back tonight", "On descend en ville pour la journée, retour ce soir"),
    ("Signing books at Chapters Rideau Saturday 2-4, come by!", "Je vais signer des livres au Renaud-Bray du Centre Rideau samedi de 14 h à 16 h, venez!"),
    ("Hey, it's me at the Carnival! 🎉", "Me v'là au Carnaval! 🎉"),
    ("Gone to Cuba on vacation, be back on the 15th", "En vacances à Cuba, je reviens le 15"),
    ("Heading to the beach for the afternoon", "On s'en va à la plage pour l'après-midi"),
    ("At the airport, we take off in an hour!", "À l'aéroport, on décolle dans une heure!"),
    ("Away all week, we're down south", "Pas là de la semaine, on est dans le Sud"),
    ("On the road to Halifax, arriving tomorrow", "Je suis sur la route vers Halifax, j'arrive demain"),
    ("Bluesfest 2025! I'm at the merch tent all night", "Bluesfest 2025! Je suis au kiosque de marchandise toute la soirée"),
    ("Canada Day 2025 on the Hill, we're by the big stage right now", "Fête du Canada 2025 sur la colline, on est près de la grande scène en ce moment"),
    ("Right now: Tim's on Bank, line of 15 people 😩", "En ce moment : Tim sur Bank, une file de 15 personnes 😩"),
]
NEGATIVE_PAIRS = [
    ("If I were at the beach right now I'd be so happy", "Si j'étais à la plage en ce moment je serais tellement heureuse"),
    ("I'd rather be at the cottage this weekend, but work", "J'aimerais mieux être au chalet cette fin de semaine, mais le travail"),
    ("Live from the Hill: the PM's press conference, full video", "En direct du Parlement : la conférence de presse du premier ministre, vidéo complète"),
    ("Live on CBC: the budget speech", "En direct sur RDI : le discours du budget"),
    ("I'm in Lisbon right now on a holiday and honestly this thread makes me want to replay the whole series", "Je suis à Lisbonne en ce moment en vacances et franchement ce fil me donne envie de rejouer toute la série"),
    ("It's still here at 753, unbelievable", "C'est encore là à 753, incroyable"),
    ("We are still here. And you are still singing with that voice.", "On est encore là. Et tu chantes encore avec cette voix."),
    ("Next stop for the tour: Ethiopia, with a focus on trade", "Prochain arrêt de la tournée : l'Éthiopie, axé sur le commerce"),
    ("Someday we'll spend two weeks in Costa Rica", "Un jour on passera deux semaines au Costa Rica"),
    ("Heading to bed until tomorrow, goodnight all", "Je m'en vais au lit jusqu'à demain, bonne nuit"),
    ("We went to the casino last weekend and lost 20 bucks", "On est allés au casino la fin de semaine passée et on a perdu 20 piasses"),
    ("At the end of the day right now, nobody cares about the polls", "Au bout du compte en ce moment, personne ne se soucie des sondages"),
    ("The hardware store on Bank is open till 9 tonight", "La quincaillerie sur Bank est ouverte jusqu'à 21 h ce soir"),
    ("Off to work tomorrow, back to the grind", "Je pars travailler demain, retour à la routine"),
]


@pytest.mark.parametrize("lang", [0, 1], ids=["en", "fr"])
@pytest.mark.parametrize(
    "table, what",
    [(COMMON_NOUN_PLACES, "common-noun places"), (LEAVING_PAIRS, "leaving with a date"), (HERE_NOW_PAIRS, "here now")],
)
def test_whereabouts_classes_are_flagged_in_both_languages(safety: Analyzer, table: list[tuple[str, str]], what: str, lang: int) -> None:
    texts = [pair[lang] for pair in table]
    assert_table_rate(texts, lambda t: medium_or_higher(safety, t), what=f"{what} ({'en' if lang == 0 else 'fr'})", minimum=0.9)


@pytest.mark.parametrize("lang", [0, 1], ids=["en", "fr"])
def test_hypotheticals_broadcasts_and_asides_are_not_whereabouts(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in NEGATIVE_PAIRS]
    assert_table_rate(texts, lambda t: bool(safety.analyze(post(t)).findings), what="negatives", maximum=0.0)


def test_the_flag_points_at_the_place_and_the_time() -> None:
    analyzer = Analyzer(load_rules(["SAF007"]))
    finding = analyzer.analyze(post("Heading to the coast for the weekend, back Sunday")).findings[0]
    quoted = " ".join(e.text for e in finding.evidence)
    assert "Heading to" in quoted and "Sunday" in quoted


def test_a_town_named_in_passing_is_still_flagged_when_the_post_is_about_being_there(safety: Analyzer) -> None:
    for text in ("Currently in Lisbon 🇵🇹 loving it", "Présentement à Lisbonne 🇵🇹 j'adore"):
        assert medium_or_higher(safety, text), text


def test_hostile_inputs_stay_quiet_and_fast(safety: Analyzer) -> None:
    for text in ("", "→" * 5000, "still here " * 3000, "at the " * 4000 + "right now", "On part " * 3000 + "pour deux semaines"):
        safety.analyze(post(text))
    assert not safety.analyze(post("→ → →")).findings


def test_tables_are_parallel() -> None:
    for table in (COMMON_NOUN_PLACES, LEAVING_PAIRS, HERE_NOW_PAIRS, NEGATIVE_PAIRS):
        assert all(len(pair) == 2 and all(pair) for pair in table)
    assert len(flat(NEGATIVE_PAIRS)) == 2 * len(NEGATIVE_PAIRS)


# Schools one works, volunteers or votes at, and a teacher's "my kids" (the pupils); a school's
# own name is no child's ("Rockcliffe Park PS won", « l'école Sainte-Marie a gagné »).
SCHOOL_NOT_CHILD_PAIRS = [
    ("My kids at Elmdale PS made me cards for teacher appreciation week 😭", "Mes élèves de l'école des Pionniers m'ont fait des cartes pour la semaine des enseignants 😭"),
    ("I teach at Hilson Avenue PS and my kids this year are the best", "J'enseigne à l'école Marie-Curie et mes petits cette année sont les meilleurs"),
    ("My class at Riverview PS is doing a food drive this week", "Ma classe à l'école Sainte-Marie fait une collecte de nourriture cette semaine"),
    ("Our little ones at the Y daycare had pajama day, so cute (I work there)", "Mes cocos de la garderie Les Petits Lutins avaient la journée pyjama, trop mignon (j'y travaille)"),
    ("Bus duty at 3:15 every day at Elmdale PS, the joys of teaching", "Surveillance d'autobus à 15 h 15 tous les jours à l'école du Boisé, les joies de l'enseignement"),
    ("My son has been a phys ed teacher at Nepean High for 10 years", "Mon gars est prof d'éduc à la polyvalente Nicolas-Gatineau depuis 10 ans"),
    ("Ms. Patel's class at Rockcliffe Park PS won the provincial robotics award", "La classe de Mme Roy à l'école Sainte-Marie a gagné le prix provincial de robotique"),
    ("Voting at the Elmdale Public School gym today, polls close at 8", "Je vote au gymnase de l'école Sainte-Anne aujourd'hui, les bureaux ferment à 20 h"),
    ("Volunteering at the Brookfield High School career fair today", "Bénévole à la foire de l'emploi de l'école secondaire Brookfield aujourd'hui"),
    ("Reading buddies program at Broadview PS needs volunteers every Tuesday at 2", "Le programme de lecture à l'école Le Transit cherche des bénévoles tous les mardis à 14 h"),
    ("Coaching the senior girls basketball team at Nepean High, practice at 7 am every Tuesday", "J'entraîne l'équipe de basket des filles à l'école secondaire Gisèle-Lalonde, pratique à 7 h tous les mardis"),
]
# A business's or an office's address with its hours, its opening or a drop-off for donations
PUBLIC_ADDRESS_PAIRS = [
    ("The new Farm Boy at 1500 Bank St opens tomorrow at 8", "Le nouveau Metro au 1500, rue Bank ouvre demain à 8 h"),
    ("Drop off your donations at 1260 Wellington St W, Mon-Sat 10 to 6", "Déposez vos dons au 1260, rue Wellington Ouest, du lundi au samedi de 10 h à 18 h"),
    ("Our office at 200 Kent St is open Monday to Friday, 9 to 5", "Notre bureau au 200, rue Kent est ouvert du lundi au vendredi, de 9 h à 17 h"),
    ("Yoga every Tuesday at 6 pm at 22 Eddy St, room 3", "Cours de yoga tous les mardis à 18 h au 22, rue Eddy, salle 3"),
]
# ...while a parent's pickup at a school or daycare is still flagged
PARENT_PAIRS = [
    ("I pick Leo up at the daycare at 4:30 every day", "Je vais chercher Léo à la garderie à 16 h 30 tous les jours"),
    ("Drop-off at Riverview daycare at 8 for my daughter, then the 95 downtown", "Je dépose ma fille à la garderie Riverview à 8 h, puis je prends le 95"),
]


@pytest.mark.parametrize("lang", [0, 1], ids=["en", "fr"])
def test_schools_worked_at_and_public_addresses_are_not_personal_safety(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in SCHOOL_NOT_CHILD_PAIRS + PUBLIC_ADDRESS_PAIRS]
    assert_table_rate(texts, lambda t: bool(safety.analyze(post(t)).findings), what="school and public negatives", maximum=0.0)


@pytest.mark.parametrize("lang", [0, 1], ids=["en", "fr"])
def test_a_parents_pickup_is_still_flagged(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in PARENT_PAIRS]
    assert_table_rate(texts, lambda t: medium_or_higher(safety, t), what="parent pickups", minimum=1.0)


# Home addresses said without a street type or in lower case after a home word, a unit glued
# to the civic number, the movers, a relative's home, Halloween at the door.
HOME_PAIRS = [
    ("drop it at mine, 14 Willow", "Dépose-le chez nous, 14 Willow"),
    ("Got the keys!! 36 Maplewood, we're homeowners 🔑", "On a les clés!! 36 Maplewood, on est proprios 🔑"),
    ("moving sale at 88 Rideau, everything goes", "vente de déménagement au 88 Rideau, tout part"),
    ("our new place at 45 cedarview dr is finally unpacked!", "notre nouvelle place au 45 promenade cedarview est enfin déballée!"),
    ("Movers come tomorrow to 36 Maplewood Ave, so excited", "Les déménageurs arrivent demain au 36, avenue Maplewood, tellement excités"),
    ("Dropping the kids' stuff off at their dad's, 45 Elm St", "Je laisse les affaires des enfants chez leur père, 45, rue Elm"),
    ("Trick or treaters welcome at 9 Oak St, we have full size bars", "Les petits monstres sont les bienvenus au 9, rue du Chêne, on a des grosses barres"),
    ("Our basement flooded at 45 Elm St, anyone know a plumber?", "Notre sous-sol a été inondé au 45, rue Elm, quelqu'un connaît un plombier?"),
    ("Renovations at 45 Elm St are finally done, come see the kitchen", "Les rénos au 45, rue Elm sont enfin finies, venez voir la cuisine"),
    ("First night sleeping at 45 Elm St 🥹", "Première nuit au 45, rue Elm 🥹"),
    ("Christmas lights are up at 45 Elm St, drive by!", "Les lumières de Noël sont installées au 45, rue Elm, passez voir!"),
    ("Home: K2P 1L4", "Maison : K2P 1L4"),
    ("Garage sale this weekend, 45 Elm", "Vente de garage cette fin de semaine, 45 Elm"),
    ("drop it off at mine — 33 Clegg", "Dépose-le chez moi — 33 Clegg"),
]
STREET_PAIRS = [
    ("#4-120 Somerset St W", "app. 4, 120, rue Somerset Ouest"),
    ("Found a wallet at 123 Bank St. W, DM me", "Portefeuille trouvé au 123, rue Bank O., écrivez-moi"),
]


@pytest.mark.parametrize("lang", [0, 1], ids=["en", "fr"])
def test_home_addresses_said_many_ways_are_high(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in HOME_PAIRS]
    assert_table_rate(texts, lambda t: any(f.rule == "SAF001" for f in safety.analyze(post(t)).findings), what="homes", minimum=1.0)


@pytest.mark.parametrize("lang", [0, 1], ids=["en", "fr"])
def test_canadian_street_formats_are_found(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in STREET_PAIRS]
    assert_table_rate(texts, lambda t: bool(safety.analyze(post(t)).findings), what="streets", minimum=1.0)


def test_a_hashtag_number_alone_is_no_address(safety: Analyzer) -> None:
    for text in (
        "#1 fan of Main Street burgers", "We're #2 in the league, go Redblacks", "Top 10 2 St ideas",
        "Here's how I tagged it: https://example.org/talks/#6\n\nGood point about the feedback loop",
    ):
        assert not safety.analyze(post(text)).findings, text


# Habits told by their week, their ritual, their commute or their place right after the day
ROUTINE_PAIRS = [
    ("my usual Sunday long run along the Rideau canal, 7 am sharp", "Ma longue course habituelle du dimanche le long du canal, 7 h pile"),
    ("Our weekly Friday night bowling at Walkley Bowl, never miss it", "Notre soirée de quilles du vendredi au Salon Walkley, on la manque jamais"),
    ("Every Saturday morning, ByWard Market with my daughter around 9", "Chaque samedi matin, marché By avec ma fille, vers 9 h"),
    ("Same time every week: Thursday 7 pm, pickup hockey at Brewer arena", "Même heure chaque semaine : jeudi 19 h, hockey libre à l'aréna Brewer"),
    ("My commute: 6:50 bus from Kanata, then the O-Train at Tunney's", "Mon trajet : bus de 6 h 50 à Kanata, puis l'O-Train à Tunney's"),
    ("Our Sunday ritual: pancakes at Zak's at 10", "Notre rituel du dimanche : crêpes chez Zak's à 10 h"),
    ("Daily 6 am swim at the Plant Bath, never skip it", "Baignade quotidienne à 6 h au bain Plant, je ne la manque jamais"),
    ("I get my coffee at the same Bridgehead every day at 8:15", "Je prends mon café au même Bridgehead tous les jours à 8 h 15"),
]
ROUTINE_NEGATIVES = [
    ("Every Sunday the church holds mass at 10", "Tous les dimanches, l'église célèbre la messe à 10 h"),
    ("why do you post videos every week, spend time with your family instead", "pourquoi tu publies des vidéos chaque semaine, passe du temps avec ta famille"),
    ("I repeat it every single day, EVERY SINGLE DAY, nobody listens", "Je le répète chaque jour, CHAQUE JOUR, personne n'écoute"),
    ("The library is open every Tuesday from 10 to 8", "La bibliothèque est ouverte tous les mardis de 10 h à 20 h"),
]


@pytest.mark.parametrize("lang", [0, 1], ids=["en", "fr"])
def test_routines_said_many_ways_are_flagged(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in ROUTINE_PAIRS]
    assert_table_rate(texts, lambda t: medium_or_higher(safety, t), what="routines", minimum=1.0)


@pytest.mark.parametrize("lang", [0, 1], ids=["en", "fr"])
def test_others_habits_and_repetition_are_not_routines(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in ROUTINE_NEGATIVES]
    assert_table_rate(texts, lambda t: bool(safety.analyze(post(t)).findings), what="routine negatives", maximum=0.0)


# An organisation's voice or a business's own « chez nous » / "our place" is not a home
ORGANISATION_PAIRS = [
    ("We're hiring! Send your resume or drop by 45 Main St", "On recrute! Envoyez votre CV ou passez au 45, rue Principale"),
    ("The Ottawa-Vanier constituency office has moved to 233 Montreal Rd", "Le bureau de la circonscription d'Ottawa-Vanier a déménagé au 233, chemin Montréal"),
    ("My MP holds office hours at 233 Montreal Rd every Friday", "Mon député tient une permanence au 233, chemin Montréal tous les vendredis"),
    ("Meet at 110 Laurier Ave W for the noon rally", "Rendez-vous au 110, avenue Laurier Ouest pour le rassemblement de midi"),
    ("Christmas market at 50 Laurier Ave: come see us, we're at booth 12", "Marché de Noël au 50, rue Laurier : venez nous voir, on est au kiosque 12"),
    ("Come have dinner at our place, 123 Main St, the restaurant is open till 10", "Venez souper chez nous au 123, rue Principale, le resto est ouvert jusqu'à 22 h"),
    ("Come shop at our place, 12 Notre-Dame St, 20% off everything in store", "Venez magasiner chez nous au 12, rue Notre-Dame, 20 % sur tout en boutique"),
    ("The neighbourhood brewery? That's our place: 88 Montcalm St", "La microbrasserie du coin, c'est chez nous : 88, rue Montcalm"),
]


@pytest.mark.parametrize("lang", [0, 1], ids=["en", "fr"])
def test_an_organisations_address_is_not_a_home(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in ORGANISATION_PAIRS]
    assert_table_rate(texts, lambda t: medium_or_higher(safety, t), what="organisations", maximum=0.0)


def test_a_home_on_a_street_named_after_a_venue_stays_a_home(safety: Analyzer) -> None:
    for text in ("Our new place at 99 Bank Street North, come by anytime", "Chez nous maintenant : 45, rue du Marché, app. 2"):
        assert any(f.rule == "SAF001" for f in safety.analyze(post(text)).findings), text
