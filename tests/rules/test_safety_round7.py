"""Seventh-round personal-safety tables (issue #21), EN/FR in parallel pairs, in the team's own words.

- habits: abbreviated weekday lists ("Tues/Thurs 7pm"), a weekday's activity with a word between
  ("Sunday long run"), taking someone along ("I take Luna to the dog park"), « du lundi au
  vendredi », « le jeudi soir au IGA », « le samedi matin vous me trouverez », and a routine that
  an everyday place said first must not hide ("leaving the house at 5 every day for my shift");
- a child's activity with where or when ("Noor's ringette practice ... at the Jim Durrell arena", « le
  cours de natation de ma fille est le samedi à 10 h »), two children named together ("Harper and
  Grace start at"), « M. Gagnon », the hour a named child is walked to a named school, "her new
  daycare ... drop off at 8 sharp", « le CPE des jumeaux », a day camp and « je le reprends à 16 h »,
  « bravo à Zachary » (a child cheered, not a school), « spectacle de fin d'année de Rosalie », « fière
  d'Alice », « a fini sa 6e année », « je passe le prendre », a pupil's contest (« la dictée »).
- now: SMS « jsuis » / « chuis », an outing named first with "now" (« Patin sur le canal en ce
  moment »), what the poster is doing there in the present ("We're having a beer at ... rn", « On
  prend une bière à ... là »), a meal or a stop as a caption ("Dinner at the Keg on Queen tonight",
  « Un petit café au Tim Hortons »), waiting in line or stuck in traffic (« on fait la file au »,
  « pris dans le trafic sur »), an everyday place named by a capital after its noun (« l'hôpital
  Montfort »), "@ the market", hashtags before the place, a bare "now" ending its clause, a long line,
  a named place whose name ends on a region's (« Carnaval de Québec »), a festival's stage, « en
  visite », « pour quelques jours », "for the game" / « pour le show », "Finally on vacation", being
  looked for ("spot me in the stands at", « cherchez-moi dans », « rejoins-moi au »), "I'm here till
  5" after a question about a place ("Anyone around Lansdowne?"); spoken Québécois and Acadian
  French: « chu t'au », « s'a terrasse », « su'a plage », « su'l bord du lac », « icitte », « en
  c'moment », « m'as être au ... à soir », « je sons au camping ».
Hard negatives: a place's opening hours, an event open to all, a group's or a library's schedule,
a habit kept in a year gone by; a team's or a star's game, a town's match, a hockey pool.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from tests.rules.conftest import flagged, medium_or_higher, post, run
from tests.rules.safety_tables import assert_table_rate

ROUTINE_PAIRS = [
    ("Mon/Wed 6:30pm badminton at the Jack Purcell centre", "Lun/mer 18 h 30 badminton au centre Jack-Purcell"),
    ("Sunday long run starts at 7 from the Billings Bridge lot", "Le dimanche matin, ma longue sortie part à 7 h du stationnement du pont Billings"),
    ("I take Biscuit to the Lansdowne dog run every night around 9", "J'amène Biscuit au parc à chiens de Lansdowne tous les soirs vers 21 h"),
    ("Monday to Friday I'm on the 6:50 train out of Fallowfield", "Du lundi au vendredi je prends le train de 6 h 50 à la gare Fallowfield"),
    ("Thursday evenings you'll find me at the Loblaws on Carling, 7ish", "Le jeudi soir au Maxi de la rue Carling, vers 19 h, c'est ma routine"),
    ("Saturday mornings you will find me at the Parkdale market by 8", "Le samedi matin vous me trouverez au marché Parkdale vers 8 h"),
    ("Leaving the house at 4:45 every day for my shift at the hospital", "Je pars de la maison à 4 h 45 tous les jours pour mon quart à l'hôpital"),
    ("Wednesday is my swim night at the YMCA on Argyle", "Le mercredi c'est ma soirée natation au YMCA de la rue Argyle"),
    ("Every weekend I head up to the cottage on Lac Simon", "Chaque fin de semaine je monte au chalet au lac Simon"),
    ("Catching the 7:40 ferry to Wolfe Island every Friday after work", "Je prends le traversier de 7 h 40 chaque vendredi après le travail"),
    ("Nightly walk around the neighbourhood at 9, my quiet time", "Routine : marche dans le quartier à 21 h, mon moment tranquille"),
]
NEGATIVE_PAIRS = [
    ("The Parkdale market is open Saturdays 7 to 2, rain or shine", "Le marché Parkdale est ouvert le samedi de 7 h à 14 h, beau temps mauvais temps"),
    ("Our studio opens at 6 am every weekday, first class free", "Notre studio ouvre à 6 h tous les jours de semaine, premier cours gratuit"),
    ("What time does the Loblaws on Carling open on Sundays?", "À quelle heure ouvre le Maxi de la rue Carling le dimanche?"),
    ("Community walk every Saturday at 9 from the Brewer arena, all welcome", "Marche communautaire tous les samedis à 9 h devant l'aréna Brewer, bienvenue à tous"),
    ("The library on Main has a knitting circle every Tuesday at 2", "La bibliothèque de la rue Main offre un cercle de tricot tous les mardis à 14 h"),
    ("Back in 2012 I swam every morning at the Plant pool", "Dans les années 90 je nageais tous les matins à la piscine Plant"),
]


NOW_PAIRS = [
    ("I'm at Mooney's Bay beach rn, come join us", "jsuis a la plage de la baie Mooney la, venez nous rejoindre"),
    ("Chuis at the Rideau Centre food court rn lol", "Chuis au Centre Rideau, aire de restauration, en ce moment"),
    ("Skating on the Rideau canal right now, the ice is perfect", "Patin sur le canal Rideau en ce moment, la glace est parfaite"),
    ("We're having a beer at the Castor brewery in Rigaud rn", "On prend une bière à la microbrasserie Le Castor à Rigaud là"),
    ("Dinner at the Keg on Queen tonight", "Souper au Baccara sur la rue Laurier ce soir"),
    ("Quick coffee at the Tim Hortons on Montcalm", "Un petit café au Tim Hortons de la rue Montcalm"),
    ("Waiting in line at the Gatineau Costco", "On fait la file au Costco de Gatineau"),
    ("Stuck in traffic on the Champlain Bridge", "Pris dans le trafic sur le pont Champlain"),
    ("At the Montfort hospital with my daughter", "Je suis à l'hôpital Montfort avec ma fille"),
    ("@ the Byward market w/ the fam 🍁", "@ marché By avec la famille 🍁"),
    ("#Ottawa #Winterlude at the Rideau canal now", "#Ottawa #BalDeNeige sur le canal Rideau en ce moment"),
    ("Long line at the Service Ontario on Rideau, send snacks", "Longue file au Service Ontario de la rue Rideau, envoyez des collations"),
    ("Here at the Carnaval de Québec, by the Ice Palace", "Ici au Carnaval de Québec, devant le Palais de glace"),
    ("We're by the main stage at Osheaga", "On est près de la grande scène à Osheaga"),
    ("Visiting my parents in Moncton this week", "En visite chez mes parents à Moncton cette semaine"),
    ("Here in Banff for a few days!", "Ici à Banff pour quelques jours!"),
    ("At the Canadian Tire Centre for the Sens game, section 112", "Au Centre Vidéotron pour le show des Cowboys Fringants, parterre"),
    ("Finally on vacation in Cuba for a week!", "Enfin en vacances à Cuba pour une semaine!"),
    ("Spot me in the stands at TD Place tonight, section W", "Cherchez-moi dans les estrades à la Place TD ce soir, section W"),
    ("Meet me at the Tim's on Bank in 10", "Rejoins-moi au Tim de la rue Bank dans 10 minutes"),
    ("Anyone around Lansdowne? I'm here till 5", "Quelqu'un dans le coin de Lansdowne? Je suis là jusqu'à 17 h"),
    (
        "Want to say hi? I'm running the raffle table at the Glebe fair until 4, look for the blue tent",
        "Vous voulez dire bonjour? Je tiens la table du tirage à la foire du Glebe jusqu'à 16 h, cherchez la tente bleue",
    ),
    ("Car trouble again. Waiting for the tow truck outside the Esso on Hunt Club", "Encore des problèmes d'auto. J'attends la remorqueuse devant le Esso sur Hunt Club"),
]
# Spoken Québécois and Acadian French, with an English line of the same kind beside each
SPOKEN_FR_PAIRS = [
    ("I'm at the Costco in Gatineau, anyone need anything?", "Chu t'au Costco à Gatineau, quelqu'un veut de quoi?"),
    ("On the patio at Bar Le Lab, come on over", "Chus s'a terrasse au Bar Le Lab, venez-vous-en"),
    ("Right here at the galette festival in Caraquet, it's wild", "Icitte au Festival de la galette à Caraquet, c'est malade"),
    ("At the Jean-Talon market right now with my girlfriend", "En c'moment au marché Jean-Talon avec ma blonde"),
    ("I'll be at the Troquet bar tonight, drop by!", "M'as être au bar Le Troquet à soir, passez!"),
    ("We're at the campground in Cap-Pelé till Sunday", "Je sons au camping à Cap-Pelé jusqu'à dimanche"),
    ("We're on the shore of Lake Memphremagog right now, so nice", "On est su'l bord du lac Memphré, trop beau"),
    ("On the beach at Old Orchard with the kids", "Su'a plage à Old Orchard avec les kids"),
    ("arrived at chateau frontenac, the view is insane", "arrivee au chateau frontenac, la vue est folle"),
    ("me and the kids are at the biodome till closing", "moi pis les enfants on est au biodome jusqu'a la fermeture"),
    ("at the er at the civic with my mom, long night", "en attente a l'urgence de l'hopital de hull avec ma mere"),
    ("📍 old port of montreal", "📍 vieux-port de montreal"),
    ("just got to perce, the rock is gorgeous", "on vient d'arriver a perce, le rocher est magnifique"),
    ("AT THE ER AT THE CIVIC WITH MY MOM, LONG WAIT", "EN ATTENTE À L'URGENCE DE L'HÔPITAL DE HULL AVEC MA MÈRE"),
    ("In the Costco parking lot rn", "Chu ds le parking du Costco la"),
    ("At @TDPlace rn for the Redblacks game", "Au @CentreBell ce soir, section 102"),
    ("Currently in line @ the passport office on Laurier 😩", "Présentement en file @ le bureau des passeports sur Laurier 😩"),
]
# Written French as a translator would put it, beside the English it says
WRITTEN_FR_PAIRS = [
    ("Just checked into our hotel in Old Montreal", "Nous venons de nous enregistrer à notre hôtel dans le Vieux-Montréal"),
    ("Getting my nails done at the salon on Bank St", "Je me fais faire les ongles au salon de la rue Bank"),
    ("Grabbing groceries at the Loblaws on Rideau, need anything?", "Je fais l'épicerie au Loblaws de la rue Rideau, besoin de quelque chose?"),
    ("At Costco with half of Ottawa it seems", "Au Costco avec la moitié d'Ottawa on dirait"),
    ("We're camping at Fundy National Park this week", "Nous campons au parc national Fundy cette semaine"),
    ("We're staying at the Lord Elgin until Sunday", "Nous logeons au Lord Elgin jusqu'à dimanche"),
    ("So happy to be at Lansdowne rn!!!", "Tellement contente d'être au chalet en ce moment!!!"),
    ("I'm at the Tim's drive-thru on Hunt Club, massive line", "Je suis au service à l'auto du Tim sur Hunt Club, énorme file"),
    ("Live from the Winterlude ice sculptures in Confederation Park", "En direct des sculptures de glace du Bal de Neige au parc de la Confédération"),
]
# Typed all in capitals: the capitals tell no name, the post is read as if typed in lower case
SHOUTED_PAIRS = [
    ("AT THE SENS GAME RN LETS GOOO 🏒🔥", "ON EST AU CENTRE BELL LÀ GO HABS GO"),
    ("FIRST DAY OF GRADE 2 AT ELMDALE PS FOR MY BOY 🎒", "PREMIER JOUR DE MATERNELLE À L'ÉCOLE DU BOISÉ POUR MA PUCE"),
]
# Typed all in lower case: a child's and a school's names have no capital
LOWER_CHILD_PAIRS = [
    ("maya's dance recital at glebe collegiate tonight at 7", "spectacle de danse de maya ce soir 19 h a la polyvalente nicolas-gatineau"),
    ("ethan's grade 3 teacher mr. patel sent home the cutest note", "le prof de 3e annee d'ethan, m. gagnon, a envoye le plus beau mot"),
    ("harper and grace start at sunnyside daycare monday", "rosalie pis florence commencent a la garderie soleil lundi"),
    ("olivia's soccer game saturday 9am at terry fox field", "match de soccer d'olivia samedi 9 h au parc fontaine"),
]
LOWER_NOT_CHILD = [
    "my son's school called, he has a fever",
    "teachers at elmdale ps are on strike monday",
    "back when i was in grade 2 at st. mary's school we had a real slide",
    "les inscriptions aux cours de natation ouvrent lundi a 9 h sur le site de la ville",
    "la direction de l'ecole saint-jean annonce une fermeture",
    "je vote a l'ecole du boise aujourd'hui",
]
NOT_SHOUTED_PAIRS = [
    ("TEACHERS AT ELMDALE PS ARE ON STRIKE MONDAY", "GRÈVE DES ENSEIGNANTS À L'ÉCOLE DU BOISÉ LUNDI"),
    ("WE WENT TO CUBA LAST YEAR", "ON EST ALLÉS À CUBA L'ANNÉE PASSÉE"),
]
NOT_NOW_PAIRS = [
    ("I'm thinking about the beach at Oka right now", "Je pense à la plage d'Oka en ce moment"),
    ("We're hoping to be at the cottage by July", "On espère être au chalet en juillet"),
    ("Dinner at the Keg on Queen last night was great", "Le souper au Baccara hier soir était excellent"),
    ("Traffic on the Champlain Bridge is terrible today, says the radio", "Le trafic sur le pont Champlain est terrible aujourd'hui, selon la radio"),
    ("Get yours at Chapters now!", "Procurez-vous le vôtre chez Renaud-Bray dès maintenant!"),
    ("I live in Kanata now", "J'habite à Kanata maintenant"),
    ("The premier is visiting Moncton this week", "Le premier ministre est en visite à Moncton cette semaine"),
    ("Here in Quebec we say it differently", "Ici au Québec on le dit autrement"),
    ("Look for me on TV tonight", "Cherchez-moi à la télé ce soir"),
    ("Can you find me a good restaurant downtown?", "Trouve-moi un bon resto au centre-ville"),
    ("Around Christmas we go to Florida", "Vers Noël on va en Floride"),
    ("I'm working at Shopify until March", "Je travaille chez Desjardins jusqu'en mars"),
    ("They're at the cottage tonight", "Ils sont au chalet à soir"),
    ("Shoutout to @JohnSmith right now for the help", "Merci à @JeanTremblay en ce moment pour l'aide"),
    ("I'd be happy to be at the cottage right now instead of work", "Je serais tellement contente d'être au chalet en ce moment"),
    ("We call on the government to act in Parliament", "Nous faisons appel au gouvernement pour agir au Parlement"),
    ("what time does the costco on merivale open on sundays?", "à quelle heure ouvre le costco de gatineau le dimanche?"),
    ("we finally got to the end of our troubles", "on est arrivés au bout de nos peines"),
    ("I got the a la carte menu at the Keg last night", "J'ai pris le menu à la carte au Keg hier soir"),
    ("we just came to the conclusion it's over", "on vient d'arriver a la conclusion que c'est fini"),
    ("We are waiting for the minister's answer in the House", "Nous attendons la réponse du ministre à la Chambre"),
]
CHILD_PAIRS = [
    ("Noor's ringette practice is Thursdays 5:15 at the Jim Durrell arena", "La pratique de ringuette de Noor c'est le jeudi 17 h 15 à l'aréna Jim-Durrell"),
    ("My daughter's swim lessons are Saturday at 10 at the Pinecrest pool", "Le cours de natation de ma fille est le samedi à 10 h à la piscine Pinecrest"),
    ("Felix's hip hop recital Sunday 1pm at Centrepointe Theatre 💃", "Spectacle de danse de Félix dimanche 13 h au théâtre Centrepointe 💃"),
    ("Harper and Grace start at Little Acorns daycare on Monday", "Rosalie et Florence commencent à la garderie Les Glands lundi"),
    ("Walking Leo to Viscount Alexander PS every morning at 8:10", "J'accompagne Léo à l'école Rose-des-Vents chaque matin à 8 h 10"),
    ("Mila loves her new daycare on Gladstone, drop off at 8 sharp", "Mila adore sa nouvelle garderie sur la rue Laurier, dépôt à 8 h pile"),
    ("Ethan's grade 3 teacher, Mr. Gagnon, sent home the sweetest note", "Le prof de 3e année d'Ethan, M. Gagnon, a envoyé le plus beau mot"),
    ("The twins' daycare (Kids Corner on Bank) is closed for the storm", "Le CPE des jumeaux (CPE La Ribambelle) est fermé à cause de la tempête"),
    ("Dropped Jacob at day camp this morning, I pick him up at 4", "J'ai laissé Jacob au camp de jour ce matin, je le reprends à 16 h"),
    ("Way to go Zachary, student of the month at St. Paul's Elementary 👏", "Bravo à Zachary, élève du mois à l'école Saint-Paul 👏"),
    ("Rosalie's year-end show at Ste-Bernadette school tonight 6:30", "Spectacle de fin d'année de Rosalie à l'école Sainte-Bernadette ce soir 18 h 30"),
    ("Olivier and Charlotte are now at Pioneers Elementary", "Olivier et Charlotte sont maintenant à l'école des Pionniers"),
    ("So proud of Alice, she read in front of her whole class at Vieux-Verger PS", "Tellement fière d'Alice, elle a lu devant toute sa classe à l'école du Vieux-Verger"),
    ("Arnaud is at the after-school program till 5:30, I pick him up after work", "Arnaud au service de garde jusqu'à 17 h 30, je passe le prendre après le bureau"),
    ("Gabriel won the spelling bee at Ste-Marie school", "Gabriel a gagné la dictée de l'école Sainte-Marie"),
    ("Mia was named student of the month at Glashan", "Mia a été nommée élève du mois à Glashan"),
    ("Congrats to Zoe on making honour roll at Lisgar!", "Félicitations à Zoé pour le tableau d'honneur à Lisgar!"),
    ("My little one's first day at the CPE was a success", "La première journée de ma petite au CPE a été un succès"),
]
NOT_A_CHILD_PAIRS = [
    ("Watching Crosby's game tonight at 7 with the boys", "On regarde le match de Crosby ce soir à 19 h"),
    ("The Senators' game at 7:30 tonight at the Canadian Tire Centre, go Sens", "Le match de Laval ce soir à 19 h au Colisée"),
    ("Sarah's hockey pool picks are due at 5 pm", "Les choix du pool de hockey de Sarah sont dus à 17 h"),
    ("Ottawa's soccer team plays at TD Place Saturday at 4", "L'équipe de soccer d'Ottawa joue à la Place TD samedi à 16 h"),
    ("My husband's hockey game is at 9 pm at the Bell Sensplex", "La partie de hockey de mon chum est à 21 h à l'aréna Bell"),
    ("Way to go St. Paul's Elementary on the food drive", "Bravo à l'école Saint-Paul pour sa collecte de denrées"),
    ("Marc and Julie are now retired after 30 years at Massey PS", "Marc et Julie sont maintenant à la retraite après 30 ans à l'école Massey"),
    ("Congrats to Lisgar Collegiate on the new gym", "Félicitations à l'école Lisgar pour le nouveau gymnase"),
]


@pytest.mark.parametrize("lang", [0, 1])
def test_where_one_is_now_is_flagged(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in NOW_PAIRS]
    assert_table_rate(texts, lambda t: medium_or_higher(safety, t), what=f"now ({'en' if lang == 0 else 'fr'})", minimum=1.0)


@pytest.mark.parametrize("lang", [0, 1])
def test_spoken_french_says_where_one_is(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in SPOKEN_FR_PAIRS]
    assert_table_rate(texts, lambda t: medium_or_higher(safety, t), what=f"spoken ({'en' if lang == 0 else 'fr'})", minimum=1.0)


@pytest.mark.parametrize("lang", [0, 1])
def test_written_french_says_where_one_is_as_english_does(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in WRITTEN_FR_PAIRS]
    assert_table_rate(texts, lambda t: medium_or_higher(safety, t), what=f"written ({'en' if lang == 0 else 'fr'})", minimum=1.0)


@pytest.mark.parametrize("lang", [0, 1])
def test_a_post_in_capitals_is_read_like_one_in_lower_case(safety: Analyzer, lang: int) -> None:
    assert_table_rate([pair[lang] for pair in SHOUTED_PAIRS], lambda t: medium_or_higher(safety, t), what="shouted", minimum=1.0)
    assert_table_rate([pair[lang] for pair in NOT_SHOUTED_PAIRS], lambda t: bool(safety.analyze(post(t)).findings), what="shouted, not", maximum=0.0)


@pytest.mark.parametrize("lang", [0, 1])
def test_a_post_in_lower_case_still_names_a_childs_school(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in LOWER_CHILD_PAIRS]
    assert_table_rate(texts, lambda t: flagged("SAF006", t), what=f"lower case ({'en' if lang == 0 else 'fr'})", minimum=1.0)


def test_a_post_in_lower_case_without_a_child_is_not_flagged() -> None:
    assert_table_rate(LOWER_NOT_CHILD, lambda t: flagged("SAF006", t), what="lower case, no child", maximum=0.0)


@pytest.mark.parametrize("lang", [0, 1])
def test_thoughts_plans_and_past_meals_are_not_where_one_is(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in NOT_NOW_PAIRS]
    assert_table_rate(texts, lambda t: bool(safety.analyze(post(t)).findings), what="not now", maximum=0.0)


@pytest.mark.parametrize("lang", [0, 1])
def test_a_childs_whereabouts_are_flagged(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in CHILD_PAIRS]
    assert_table_rate(texts, lambda t: medium_or_higher(safety, t), what=f"children ({'en' if lang == 0 else 'fr'})", minimum=1.0)


@pytest.mark.parametrize("lang", [0, 1])
def test_grown_ups_games_are_not_a_childs(lang: int) -> None:
    texts = [pair[lang] for pair in NOT_A_CHILD_PAIRS]
    assert_table_rate(texts, lambda t: flagged("SAF006", t), what="not a child's", maximum=0.0)


def test_an_activity_flag_points_at_the_child_and_the_place() -> None:
    finding = run("SAF006", post("Match de soccer d'Olivia samedi 9 h au parc Fontaine, go les Lions!"))[0]
    assert [e.text for e in finding.evidence] == ["Match de soccer d'Olivia", "au parc Fontaine"]
    assert finding.message == "Names where or when your child has an activity."


def test_hostile_activity_text_stays_quiet(safety: Analyzer) -> None:
    assert not safety.analyze(post("")).findings
    assert not safety.analyze(post("Emma's " * 5000 + "practice")).findings
    assert not safety.analyze(post("🏒" * 10000)).findings


@pytest.mark.parametrize("lang", [0, 1])
def test_habits_are_flagged_in_both_languages(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in ROUTINE_PAIRS]
    assert_table_rate(texts, lambda t: medium_or_higher(safety, t), what=f"habits ({'en' if lang == 0 else 'fr'})", minimum=1.0)


@pytest.mark.parametrize("lang", [0, 1])
def test_hours_and_public_schedules_are_not_flagged(safety: Analyzer, lang: int) -> None:
    texts = [pair[lang] for pair in NEGATIVE_PAIRS]
    assert_table_rate(texts, lambda t: bool(safety.analyze(post(t)).findings), what="negatives", maximum=0.0)


# Ordinary posts from real exports and comments that the round's readings first caught: a stage
# reached is no stage one stands by, and in a post typed in lower case a word is read as a child's
# name only where a school, a class or a daycare is named.
ORDINARY_AFTER_ROUND_7 = [
    "We are finally at the stage where comic generation is truly available for the masses",
    "On est enfin au stade où tout le monde peut s'en servir",
    "she also goes on to claim her memory started at 10 months old",
]


@pytest.mark.parametrize("text", ORDINARY_AFTER_ROUND_7)
def test_a_stage_reached_and_a_lower_case_memory_are_not_whereabouts_or_a_child(safety: Analyzer, text: str) -> None:
    assert not safety.analyze(post(text)).findings, text
