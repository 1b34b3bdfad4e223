"""Round 8: saying one belongs to a party, in both languages and several registers (the card, the
years, the dues, the convention floor, the riding association's board), written by the team in its
own words; and the memberships that are not a party's or not the writer's (a union, a club, a
co-op, a gym, a professional order, Costco, a church; a parent's or a neighbour's card; a party's
membership drive in the news). Each pair must behave the same way in both languages."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political, flagged, parallel_pairs, post, run

# The writer's own belonging, named or not, said plainly, casually or as who one is.
BELONGING = [
    ("Card-carrying New Democrat and proud of it", "Membre en règle du NPD et fière de l'être"),
    ("I've been a Liberal member since 2015", "Je suis membre du Bloc depuis 20 ans"),
    ("Renewed my Conservative membership this morning", "J'ai renouvelé ma carte du PQ ce matin"),
    ("Proud member of the Green Party of Canada 💚", "Fière membre du Parti vert du Canada 💚"),
    ("The NDP sent me my membership card today, it's official",
     "Le NPD m'a envoyé ma carte de membre aujourd'hui, c'est officiel"),
    ("I'm a member in good standing of the CAQ", "Je suis membre en règle de la CAQ"),
    ("Just bought my PPC membership", "Je viens d'acheter ma carte du PPC"),
    ("My Liberal membership card came in the mail", "Ma carte de membre libérale est arrivée par la poste"),
    ("I joined the NDP last week", "J'ai adhéré au NPD la semaine passée"),
    ("Signed up as a Québec solidaire member today", "Je suis devenu membre de Québec solidaire aujourd'hui"),
    ("I've held a Liberal card for thirty years", "J'ai ma carte libérale depuis trente ans"),
    ("I'm a card carrying Conservative", "Je suis une militante du Bloc"),
    ("I'm an active member of the Bloc Québécois", "Je suis une membre active du Bloc Québécois"),
    ("Been a Tory since Mulroney, renewed again this year", "Bloquiste depuis Parizeau, j'ai renouvelé encore cette année"),
    ("Member #48213 of the New Democratic Party 😂", "Membre no 48213 du Nouveau Parti démocratique 😂"),
    ("Life member of the PC Party", "Membre à vie du Parti conservateur"),
    ("I carry a Green Party card in my wallet next to my health card",
     "J'ai ma carte du Parti vert dans mon portefeuille à côté de ma carte soleil"),
    ("Just paid my membership to the Conservatives", "Je viens de payer ma carte aux conservateurs"),
    ("Liberal member here, AMA", "Membre libérale ici, posez vos questions"),
    ("Liberal activist forever, door-knocking since I was 16",
     "Militante libérale depuis toujours, je fais du porte-à-porte depuis mes 16 ans"),
    ("My NDP membership expires next week, renewing for sure",
     "Ma carte du NPD expire la semaine prochaine, je la renouvelle c'est sûr"),
]
# Dues, ballots, conventions and the riding association's rooms.
PARTY_LIFE = [
    ("I pay my dues to the NDP every month without fail", "Je paie ma cotisation au NPD chaque mois"),
    ("Voted in the leadership race last night, ranked all five", "J'ai voté dans la course à la chefferie hier soir"),
    ("Leadership ballot came in the mail today, ranking them now",
     "Mon bulletin pour la chefferie est arrivé, je classe les candidats"),
    ("Delegate at the convention this weekend, wish me luck",
     "Déléguée au congrès du NPD en fin de semaine, souhaitez-moi bonne chance"),
    ("I'm a delegate to the Liberal convention in Ottawa", "Je suis délégué au congrès libéral à Ottawa"),
    ("I'm on the board of my riding association now", "Je siège au CA de l'association de circonscription depuis l'automne"),
    ("Been on the NDP riding exec for 3 years", "Ça fait 3 ans que je siège à l'exécutif de comté du NPD"),
    ("Treasurer of my Conservative riding association since 2019",
     "Trésorière de mon association de comté conservatrice depuis 2019"),
    ("Our riding association AGM is Thursday, I'm running for VP",
     "L'AGA de notre association de circonscription est jeudi, je me présente à la vice-présidence"),
    ("I voted in the NDP leadership race", "J'ai voté dans la course à la direction du NPD"),
    ("Spent the weekend at the Liberal convention, exhausted but inspired",
     "J'ai passé la fin de semaine au congrès libéral, crevée mais inspirée"),
    ("Headed to the Conservative policy convention in Quebec City this week",
     "En route vers le congrès conservateur à Québec cette semaine"),
    ("I was elected to the Liberal riding board last night", "J'ai été élue au CA de l'association libérale hier soir"),
    ("Sitting on the NDP federal council this year", "Je siège au conseil fédéral du NPD cette année"),
    ("Recruited 15 new members for the leadership race this month",
     "J'ai recruté 15 nouveaux membres pour la course à la chefferie ce mois-ci"),
    ("The party sent me my ballot for the leadership", "Le parti m'a envoyé mon bulletin pour la chefferie"),
    ("Back from my first policy convention as a delegate for my riding",
     "De retour de mon premier congrès comme déléguée de ma circonscription"),
    ("Finally a card-carrying member! Got my membership in time to vote",
     "Enfin membre en règle! J'ai pris ma carte à temps pour voter"),
    ("Signed up for the party today so I can vote in the nomination",
     "Je me suis inscrit au parti aujourd'hui pour pouvoir voter à l'investiture"),
    ("Party member since 2011, never missed an AGM", "Membre du parti depuis 2011, j'ai jamais manqué une AGA"),
    ("Proud Young Liberal, see you at the campus table", "Fier jeune libéral, on se voit au kiosque du cégep"),
    ("Went to my first general council meeting of the party", "Je suis allée à mon premier conseil général du PQ"),
    ("I'm president of the campus Conservatives club", "Je suis présidente du club des jeunes conservateurs du campus"),
    ("Registered as a member so I can vote for Mark in the leadership",
     "Je me suis inscrite comme membre pour voter pour Mark à la chefferie"),
    ("Ten years of knocking doors for the NDP, and I just renewed for another",
     "Dix ans de porte-à-porte pour le NPD, et je viens de renouveler pour une autre année"),
    ("As someone who has held a Conservative card for years, this hurts",
     "Comme quelqu'un qui a sa carte conservatrice depuis des années, ça fait mal"),
    ("Membership purchased ✔️ Ready for the leadership vote 🗳️", "Carte achetée ✔️ Prête pour le vote à la chefferie 🗳️"),
    ("Our riding's AGM elected me to the board", "L'AGA de notre comté m'a élue au conseil d'administration"),
    ("I hold a membership in the Green Party", "Je détiens une carte du PQ depuis 1976"),
    ("I'm a paid-up Liberal", "Je suis une libérale en règle"),
    ("#NDP member and proud 🧡", "Membre du #NPD et fière 🧡"),
    ("ndp card holder since 2009", "membre pequiste depuis 2009"),
    ("Member of my local NDP since forever. Knocked on my first door at 14.",
     "Membre du NPD local depuis toujours. Premier porte-à-porte à 14 ans."),
    ("Proud to be one of the 400,000 NDP members", "Fière d'être une des 400 000 membres du NPD"),
    ("Just voted for our new riding candidate at the nomination meeting",
     "Je viens de voter pour notre candidat à l'assemblée d'investiture"),
]
# Having left a party and missing it still ties the writer to that party in public: kept flagged.
FORMER_WITH_REGRET = [
    ("Former NDP member, I left the party in 2019, I miss it",
     "Ancienne membre du NPD, j'ai quitté le parti en 2019, ça me manque"),
]

# Memberships that are not a party's.
NOT_A_PARTY = [
    ("Renewed my union membership today", "J'ai renouvelé ma carte syndicale aujourd'hui"),
    ("Proud member of the chess club since 2015", "Fier membre du club d'échecs depuis 2015"),
    ("Costco membership renewed, see you Saturday", "Carte Costco renouvelée, à samedi"),
    ("I'm a member in good standing of the Ordre des ingénieurs", "Je suis membre en règle de l'Ordre des ingénieurs"),
    ("Paid my dues to the hockey league", "J'ai payé ma cotisation à la ligue de hockey"),
    ("Member of the co-op since 2010", "Membre de la coop depuis 2010"),
    ("Renewed my gym membership, no excuses now", "J'ai renouvelé mon abonnement au gym, plus d'excuses"),
    ("I've been a member of St. Andrew's church since I was a kid", "Je suis membre de la paroisse depuis que je suis petite"),
    ("Delegate at the union convention this weekend", "Délégué au congrès du syndicat en fin de semaine"),
    ("I'm on the board of our condo association", "Je siège au CA de notre association de copropriétaires"),
    ("I pay my dues to the professional association every January", "Je paie ma cotisation à l'ordre professionnel chaque janvier"),
    ("Voted in the leadership race for student council", "J'ai voté pour la présidence de l'association étudiante"),
    ("Lifetime member of the Canadian Automobile Association", "Membre à vie de CAA-Québec"),
    ("Card-carrying member of the introverts' club", "Membre en règle du club des introvertis"),
    ("Joined the curling league this winter", "Je me suis inscrite à la ligue de curling cet hiver"),
    ("Delegate at the teachers' federation convention", "Déléguée au congrès de la FAE"),
    ("My book club renewed my membership for free", "Mon club de lecture m'a renouvelé ma carte gratuitement"),
    ("Got my library card renewed today", "J'ai renouvelé ma carte de bibliothèque aujourd'hui"),
    ("Played the Trump card at bridge night, lost anyway", "J'ai joué ma carte maîtresse au bridge, perdu quand même"),
    ("Lifetime member of the Ottawa Senators fan club", "Membre à vie du club de l'Impact"),
    ("Member #2231 of the Costco executive club", "Membre no 2231 de la coop d'habitation"),
    ("Headed to the comic book convention this weekend", "En route vers le congrès des notaires à Québec"),
    ("Proud young liberal arts grad, hire me", "Fière jeune diplômée en arts libéraux, engagez-moi"),
    ("Signed up for the party bus to the cottage, the leadership of the group is me",
     "Je me suis inscrite au party de bureau, le congrès des employés suit"),
    ("Delegate for my school at the robotics convention", "Déléguée de mon école au congrès de robotique"),
    ("Gym membership purchased ✔️ Ready for the leadership workshop at work",
     "Carte de gym achetée ✔️ Prête pour la formation en leadership"),
    ("Our condo's AGM elected me to the board", "L'AGA de notre coop m'a élue au conseil d'administration"),
    ("Costco member since 2009 and proud", "Membre de Costco depuis 2009 et fière"),
]
# A party's membership, but someone else's or told as news.
NOT_THE_WRITERS = [
    ("The NDP says its membership grew by 20% this year", "Le NPD affirme que ses membres ont augmenté de 20 % cette année"),
    ("Conservatives launch a membership drive ahead of the leadership race",
     "Les conservateurs lancent une campagne d'adhésion avant la course à la chefferie"),
    ("My neighbour is a card-carrying Liberal, we argue every barbecue",
     "Mon voisin est membre du Parti libéral, on s'obstine à chaque souper"),
    ("My dad was a Liberal member for 40 years", "Mon père a été membre du Parti libéral pendant 40 ans"),
    ("Party membership in Canada is tiny compared to Europe, says the study",
     "L'adhésion aux partis est faible au Canada, selon l'étude"),
    ("I am not a member of any political party", "Je ne suis membre d'aucun parti politique"),
    ("One of the NDP's biggest problems is money, I think", "Un des problèmes du NPD, c'est l'argent, je pense"),
    ("My sister is a delegate at the NDP convention, so proud of her",
     "Ma sœur est déléguée au congrès du NPD, tellement fière d'elle"),
]


@pytest.mark.parametrize(
    ("english", "french"),
    parallel_pairs({"belonging": BELONGING, "party life": PARTY_LIFE, "former": FORMER_WITH_REGRET}),
)
def test_belonging_flagged_in_both_languages(english: str, french: str) -> None:
    assert flagged("POL002", english), english
    assert flagged("POL002", french), french


@pytest.mark.parametrize(("english", "french"), parallel_pairs({"not a party": NOT_A_PARTY}))
def test_other_memberships_stay_clean(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


@pytest.mark.parametrize(("english", "french"), parallel_pairs({"not the writer's": NOT_THE_WRITERS}))
def test_others_membership_is_not_the_writers(english: str, french: str) -> None:
    assert not flagged("POL002", english), english
    assert not flagged("POL002", french), french


def test_the_writer_beside_a_relative_still_belongs() -> None:
    # the relative names the subject, but the writer is in it too
    assert flagged("POL002", "My husband and I are both card-carrying New Democrats")
    assert flagged("POL002", "Mon père et moi, on est membres du Bloc depuis toujours")


def test_evidence_points_at_the_membership_words() -> None:
    findings = run("POL002", post("Je suis une membre active du Bloc Québécois 🙌"))
    assert findings
    texts = " ".join(e.text for e in findings[0].evidence)
    assert "membre active du" in texts


def test_huge_empty_and_emoji_posts() -> None:
    assert not flagged("POL002", "")
    assert not flagged("POL002", "🗳️🧡💙" * 2000)
    long_post = "Ma famille est au chalet. " * 3000 + "Mon voisin est membre du Parti libéral."
    assert not flagged("POL002", long_post)
    assert flagged("POL002", "Ma famille est au chalet. " * 3000 + "Je suis une militante du Bloc.")
