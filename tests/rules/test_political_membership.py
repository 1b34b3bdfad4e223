"""Belonging to a party and giving it time or money, the vote given as a thing, and the known false
alarms of the political rules, in English and French: parallel tables in the team's own words
(casual, emoji, typos, lower case, Québécois and Acadian French). Each pair must behave the same
way in both languages."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political, flagged, post, run

# Joining, renewing, paying dues, sitting on a riding association, voting in a leadership race,
# with or without the party named (« je suis membre du », « ma carte du », « j'ai donné au »).
MEMBERSHIP_PAIRS = [
    ("just renewed my ndp membership, another year 🧡", "j'ai renouvelé ma carte du npd, une autre année 🧡"),
    ("I'm a member of the tories now lol who am I", "chu membre du pq astheure, qui l'eût cru"),
    ("Renewed my party membership today, feels good to be involved",
     "J'ai renouvelé ma carte de parti aujourd'hui, ça fait du bien de s'impliquer"),
    ("Paid my party dues, now I can vote at the convention", "J'ai payé ma cotisation au parti, je pourrai voter au congrès"),
    ("As a party member I'm voting in the leadership race this weekend",
     "En tant que membre du parti, je vote dans la course à la chefferie en fin de semaine"),
    ("Went to my first riding association meeting tonight, lots of coffee",
     "Ma première réunion de l'association de circonscription ce soir, beaucoup de café"),
    ("I joined a political party this week. Never thought I'd say that",
     "J'ai adhéré à un parti politique cette semaine, jamais j'aurais cru dire ça"),
    ("Became a member so I can vote for the new leader 🗳️", "Je suis devenue membre pour voter pour le prochain chef 🗳️"),
    ("Renewed my membership for the leadership vote, every member counts",
     "J'ai renouvelé ma carte pour la course à la chefferie, chaque membre compte"),
    ("Officially a Liberal now. Got the card and everything", "Je suis membre de Québec solidaire depuis la semaine passée"),
    ("My husband and I both hold NDP cards", "Mon chum pis moi on a chacun notre carte du NPD"),
    ("I'm on the board of our local Conservative riding association",
     "Je fais partie de l'exécutif du NPD dans mon comté"),
]
# Money and time given to a party or to one's own candidate.
GIFT_PAIRS = [
    ("I gave to the Green Party again this year", "J'ai donné au Bloc encore cette année 💙"),
    ("my monthly donation to the Tories went through. worth every penny",
     "Mon don mensuel à Québec solidaire est passé, ça vaut la peine"),
    ("chipped in 10 bucks to the Conservatives before the deadline", "J'ai donné 50 $ au NPD hier soir avant l'échéance"),
    ("Sent $100 to the Conservative Party today", "J'ai envoyé 100 $ au Parti conservateur aujourd'hui"),
    ("Monthly donor to the NDP since 2019 💪", "Donatrice mensuelle du NPD depuis 2019 💪"),
    ("I volunteer for the Bloc every weekend in my riding", "Je fais du bénévolat pour le Bloc chaque fin de semaine dans mon comté"),
    ("Donated to my local candidate's campaign today", "J'ai donné à la campagne de ma candidate locale aujourd'hui"),
    ("Volunteered for my MP's re-election campaign this weekend", "Bénévole pour la réélection de mon député en fin de semaine"),
]
# The vote given as a thing: "my vote goes to", "X has my vote", « mon vote va au », « X a mon vote ».
VOTE_GIFT_PAIRS = [
    ("Make sure your ballot goes to the NDP this time", "Cette fois, mon vote va au NPD"),
    ("The Bloc has my vote, easy choice", "Le Bloc a mon vote, c'est clair"),
    ("Cast your ballot for the Greens on Monday 🌱", "Donnez votre vote aux verts lundi 🌱"),
    ("Le me be clear: Poilievre gets my vote", "Soyons clairs : Poilievre aura mon vote"),
    ("I'm asking you to vote for Catherine Dubé on Monday", "Le 21 octobre, votez pour Marie-Claude Bibeau"),
]

# Ordinary posts that share the words: clubs, gyms, libraries, charities, a job candidate, an
# official's programme, a refusal, a news report.
NOT_MEMBERSHIP_PAIRS = [
    ("I'm not a member of any political party and never will be", "Je ne suis membre d'aucun parti politique"),
    ("Party membership surged after the leadership race, CBC reports",
     "Les adhésions au parti ont bondi après la course à la chefferie, rapporte Radio-Canada"),
    ("Our party planning committee meets Tuesday, I'm bringing chips",
     "On fait un party ce soir, les membres du club sont invités"),
    ("Renewed my membership at the gym, new year new me", "J'ai renouvelé ma carte de bibliothèque, la politique du prêt a changé"),
    ("Joined the party late as usual lol", "J'ai adhéré à un club de lecture cette semaine"),
    ("I gave to the food bank and the Red Cross this year", "Mon don mensuel à Centraide est passé"),
    ("Volunteering with my mayor's reading program at the library", "J'ai donné à ma mairesse une copie du rapport"),
    ("gave my candidate for the job a second interview", "J'ai aidé mon député à comprendre le dossier au travail"),
    ("I got my Green Card today!! After 6 years!!", "Ma carte de membre du club de golf est arrivée"),
    ("Sent my regards to the Bloc Party drummer, what a show", "Je siège au CA de la garderie depuis l'automne"),
    ("sent $20 to my brother, he's broke lol", "J'ai donné de l'argent à ma sœur pour son loyer"),
]
# The known false alarms, as classes: the car, not the premier; a civic forum; a place, not a slogan;
# a report of what a group of others does.
FALSE_ALARM_PAIRS = [
    ("My old Ford is parked out front, come grab me", "Ford est stationnée dehors, viens me rejoindre"),
    ("My Ford broke down again on the 417", "Ma Ford est en panne encore, elle part pus"),
    ("Come meet the candidates for mayor at the library Thursday at 7",
     "Venez rencontrer les candidats à la mairie jeudi soir à la bibliothèque"),
    ("Legault went outside to greet the crowd", "Legault est allé dehors saluer ses partisans"),
    ("MAGA fans call for a boycott of the film, lol", "Des partisans de Trump appellent au boycott du film, mdr"),
    ("Trump supporters rallied outside the courthouse, lmao", "Des milliers de manifestants se sont rassemblés devant le parlement"),
    ("Vote for Emma Stone on Sunday in the People's Choice Awards", "Votez pour Léa Roy demain pour le concours de dessin"),
    ("Please vote for Lisa Chen on Monday at the condo board meeting", "Votez pour Marie Tremblay dimanche à La Voix!"),
]
# ... while the same shapes aimed by the writer still count.
STILL_FLAGGED_PAIRS = [
    ("Ford out! Enough is enough", "Legault dehors!"),
    ("Come meet our candidates for council this Saturday, coffee's on us!", "Venez rencontrer nos candidats du Bloc samedi au local"),
    ("We're boycotting anything Trump touches, join us", "Dehors, Legault! On en a assez"),
]


@pytest.mark.parametrize(("english", "french"), MEMBERSHIP_PAIRS + GIFT_PAIRS + VOTE_GIFT_PAIRS + STILL_FLAGGED_PAIRS)
def test_flagged_in_both_languages(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize(("english", "french"), NOT_MEMBERSHIP_PAIRS + FALSE_ALARM_PAIRS)
def test_hard_negatives_stay_clean_in_both_languages(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


def test_unnamed_membership_says_so_and_points_at_its_words() -> None:
    (finding,) = run("POL002", post("Renouvelé ma carte de parti à matin, on se voit au congrès"))
    assert "belongs to a political party" in finding.message
    assert any("carte de parti" in e.text for e in finding.evidence)


def test_lower_case_acronym_that_is_another_word_needs_a_cue() -> None:
    # « pq » is "parce que" in a text message; "npd" is a diagnosis in English.
    assert not any_political("je vote pas pq j'ai pas le temps")
    assert not any_political("my ex has npd, trust me on this")
    assert flagged("POL002", "j'ai donné au pq cette année encore")


def test_huge_and_empty_posts() -> None:
    assert not any_political("")
    long = "Renewed my gym membership. " * 4000
    assert not any_political(long)
    assert any_political(long + " Also renewed my party membership for the leadership race.")


# Protests and petitions aimed at an office, a government or a minister's full name (no list
# holds every minister or mayor), and the writer's own vote for a full name.
OFFICE_PROTEST_PAIRS = [
    ("I signed the petition against the premier's health cuts", "J'ai signé la pétition contre le premier ministre"),
    ("Rally against Minister Dubé's bill Saturday, be there", "Manif samedi contre la ministre Guilbault, on y va en gang"),
    ("We were 200,000 in the streets against the government", "On était 200 000 dans la rue contre le gouvernement"),
    ("Big protest against Ottawa tomorrow, be there", "Grosse manif contre Québec demain, soyez là"),
    ("Petition: demand the resignation of the health minister", "Pétition: exigeons la démission du ministre de la Santé"),
    ("Protest against Anita Anand outside the riding office Friday", "Manif contre Christian Dubé samedi, soyez-y"),
    ("I'm voting for Anita Anand, easy choice", "Je vote pour Christian Dubé, sans hésiter"),
    ("We boycott anything Poilievre touches", "Je boycotte tout ce que Poilievre touche"),
]
NOT_A_PROTEST_PAIRS = [
    ("Saw Trudeau in the street outside the bakery today", "J'ai croisé Legault dans la rue devant le café, il avait l'air fatigué"),
    ("The minister said the petition will be studied", "Le premier ministre a reçu une pétition de 10 000 noms, rapporte Radio-Canada"),
    ("Protesters rallied against Legault's bill, CBC reports", "Des milliers de manifestants contre la réforme de Macron hier à Paris"),
    ("Sign the petition against the new parking rules", "Signez ma carte de fête pour Julie, elle part à la retraite"),
    # a leader's surname after another first name is another person
    ("Vote for Sam Roberts Band on Friday, best Canadian rock!", "J'ai voté pour Céline Dion au gala"),
    ("I voted for Taylor Swift for best album", "Je vote pour Léa Roy au concours de dessin"),
]


@pytest.mark.parametrize(("english", "french"), OFFICE_PROTEST_PAIRS)
def test_protest_at_an_office_or_a_full_name(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize(("english", "french"), NOT_A_PROTEST_PAIRS)
def test_places_reports_and_other_people_stay_clean(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french
