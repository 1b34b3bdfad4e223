"""Petitions, protests and pressure on government with no party named (POL008), vote calls against an
unnamed party and membership said bare (POL002), in English and French: parallel tables in the team's
own words (casual, emoji, lower case, Québécois French), with as many hard negatives as positives."""

from __future__ import annotations

import pytest

from footprint import guidance as gd
from footprint.analyzer import Analyzer
from footprint.rules import load_rules
from tests.rules.conftest import post

_POLITICAL = Analyzer(load_rules(["POL001", "POL002", "POL003", "POL004", "POL005", "POL007", "POL008"]))

PRESSURE_PAIRS = [
    ('Just signed the petition against the new carbon tax hike. Link in bio, takes 2 min',
     'Je viens de signer la pétition contre la hausse de la taxe carbone, lien dans ma bio'),
    ('Petition to stop the province from selling off our parks — 10k signatures needed, please share!!',
     'Pétition pour empêcher la province de vendre nos parcs, il manque 10 000 signatures, partagez svp!!'),
    ('we need 500 more names on the e-petition to Parliament on pharmacare, sign it 🙏',
     "Il manque 500 noms sur la pétition électronique à la Chambre des communes sur l'assurance médicaments, signez-la 🙏"),
    ("See y'all at the legislature Saturday 1pm, we're protesting the education cuts ✊",
     "On se voit à l'Assemblée nationale samedi 13 h, on manifeste contre les coupures en éducation ✊"),
    ('Heading to the march against the housing bill, bring your kids and your loudest voice',
     "Je m'en vais à la marche contre le projet de loi sur le logement, amenez vos enfants"),
    ("I'll be out on the streets Friday for the climate strike, who's coming",
     'Je serai dans la rue vendredi pour la grève climatique, qui vient avec moi'),
    ('Took the day off to demonstrate against the Bill 21 in front of city hall',
     "Pris congé pour manifester contre la loi 21 devant l'hôtel de ville"),
    ('Call your MPP today and tell them this healthcare bill is a disgrace',
     "Appelez votre députée aujourd'hui pis dites-lui que ce projet de loi est une honte"),
    ("Email your councillor before Tuesday's vote and demand they reject the rezoning",
     "Écrivez à votre conseillère avant le vote de mardi et exigez qu'elle rejette le rezonage"),
    ('Vote them ALL out in October. Every last one.',
     'En octobre on les sort toutes, votez-les dehors'),
    ('Remember this at the ballot box: the party that cut your pension does not deserve your vote',
     'Souvenez-vous-en aux urnes : le parti qui a coupé vos pensions ne mérite pas votre vote'),
    ('do NOT vote for whoever promised a pipeline through our land',
     'votez surtout pas pour ceux qui ont promis un pipeline sur nos terres'),
    ("Paid my dues to the party again this year, see y'all at convention",
     "J'ai payé ma cotisation au parti encore cette année, on se voit au congrès"),
    ("Boycott and protest: stand with us outside the minister's office Monday against the mine",
     'Rendez-vous lundi devant le bureau du ministre pour dénoncer la mine, soyez-y'),
    ("I'm a card carrying member, off to the riding AGM tonight",
     "Membre en règle depuis 10 ans, je serai à l'AGA de l'association ce soir"),
    ('Time to send this government packing on October 20. Vote.',
     'Le 20 octobre, on renvoie ce gouvernement chez lui. Allez voter.'),
    ('Vote strategically to keep them from getting a majority',
     "Votez stratégique pour les empêcher d'avoir une majorité"),
    ("Defeat this government at the ballot box, they've had 9 years",
     'Battons ce gouvernement aux urnes, ils ont eu 9 ans'),
    ('Show them the door on election day',
     'Montrez-leur la porte le jour du vote'),
    ("Don't give them another mandate. Vote.",
     'Ne leur donnez pas un autre mandat. Votez.'),
    ('Kick these clowns out on Monday, everyone go vote',
     'Lundi on met ces clowns dehors, tout le monde aux urnes'),
    ('Anyone but the current government, vote for change',
     "N'importe qui sauf le gouvernement actuel, votez pour le changement"),
    ("Whoever you vote for, make sure it's not the guys who closed our hospital",
     'Votez pour qui vous voulez, mais pas pour ceux qui ont fermé notre hôpital'),
    ("Rally for public healthcare Saturday at city hall, let's pack it",
     "Rassemblement pour la santé publique samedi à l'hôtel de ville, venez en grand nombre"),
    ("Out here at Queen's Park with a few thousand teachers ✊",
     "Devant l'Assemblée nationale avec quelques milliers d'enseignants ✊ on lâche pas"),
    ('We take to the streets Sunday against the tuition hike',
     'On descend dans la rue dimanche contre la hausse des frais de scolarité'),
    ('Marched for climate justice today with my kids, so proud',
     "Marché pour la justice climatique aujourd'hui avec mes enfants, tellement fière"),
    ('Sign the open letter to the premier demanding a public inquiry',
     'Signez la lettre ouverte au premier ministre pour exiger une enquête publique'),
    ('Students walking out at 11 tomorrow to protest the cuts to special ed',
     'Les élèves sortent à 11 h demain pour protester contre les coupures en adaptation scolaire, on les appuie'),
    ("Bring your pots and pans tonight, we're marching against the bill",
     'Sortez vos casseroles ce soir, on marche contre la loi spéciale'),
    ("Occupying the minister's office until they listen #NoPipeline",
     "On occupe le bureau de la ministre jusqu'à ce qu'elle nous écoute"),
    ("Honk if you're against the tolls! At the overpass all afternoon with our signs",
     "Klaxonnez si vous êtes contre les péages! On est sur le viaduc tout l'après-midi avec nos pancartes"),
    ('Sign the petition to keep our ER open nights, the region needs it',
     "Signez la pétition pour garder l'urgence ouverte la nuit, la région en a besoin"),
    ('See you at the demonstration tomorrow, bring water',
     "On se voit à la manifestation demain, apportez de l'eau"),
    ("Delegate at the policy convention this weekend, let's pass some resolutions!",
     'Déléguée au congrès du parti en fin de semaine, on va adopter des résolutions!'),
    ('20 years as a party volunteer and still going to every riding AGM',
     '20 ans de militantisme et je vais encore à toutes les AGA de comté'),
    ('Elected to the board of our riding association last night',
     "Élue au conseil d'administration de l'association de circonscription hier soir"),
    ('Proud to be a lifelong member of the party, through thick and thin',
     "Fière d'être membre du parti depuis toujours, dans les bons comme les mauvais jours"),
    ('Signed up new members for the nomination meeting all weekend',
     "J'ai recruté des nouveaux membres pour l'assemblée d'investiture toute la fin de semaine"),
    ('Just cast my ballot for the next leader, good luck to all candidates',
     'Je viens de voter pour la prochaine cheffe, bonne chance à toutes les candidatures'),
    ("Off to the party's national council meeting, first time as a youth delegate",
     'En route vers le conseil national du parti, première fois comme déléguée jeunesse'),
    ('Card-carrying Conservative since 1998 and not ashamed',
     'Membre du PLQ depuis 20 ans et pas gêné de le dire'),
    ('Selling memberships at the farmers market this morning so folks can vote in the leadership',
     'Je vends des cartes de membre au marché ce matin pour que le monde puisse voter à la chefferie'),
    ('As a member I got my ballot for the leadership vote, filling it out tonight',
     "Comme membre, j'ai reçu mon bulletin pour l'élection du chef, je le remplis ce soir"),
    ("Our riding's membership drive starts Monday, let's hit 500 members",
     "La campagne d'adhésion de notre circonscription commence lundi, visons 500 membres"),
    ('Got my Green Party card today 💚',
     "J'ai pris ma carte du Parti vert aujourd'hui 💚"),
    ('No to the hospital closure! Everyone to the town square Saturday 1 pm',
     "Non à la fermeture de l'hôpital! Tout le monde à la place publique samedi 13 h"),
    ('Online petition: keep the post office open in our village. Link here',
     'Pétition en ligne : gardons le bureau de poste ouvert dans notre village. Lien ici'),
    ('All out to the legislature on the 12th, say no to the back-to-work law',
     "Tous à l'Assemblée nationale le 12, dites non à la loi spéciale"),
    ('Mobilize! Student strike against the tuition hike starts Monday',
     'Mobilisation! Grève étudiante contre la hausse des frais de scolarité dès lundi'),
    ('Human chain around the old-growth forest this weekend to stop the logging permits',
     'Chaîne humaine autour de la vieille forêt en fin de semaine pour bloquer les permis de coupe'),
]

# Labour, family, leisure, civic and news look-alikes: none is political activity by the writer.
HARD_NEGATIVE_PAIRS = [
    ('On the picket line with my union again today, fair wages now!',
     'Sur la ligne de piquetage avec mon syndicat, on veut des salaires justes'),
    ('My kids are protesting bedtime again, send coffee',
     "Les enfants manifestent contre l'heure du dodo encore, envoyez du café"),
    ('Petition for a dog park at our condo, sign at the front desk',
     'Pétition pour un parc à chiens dans notre condo, signez à la réception'),
    ("Sign the card for Sam's farewell by Friday!",
     'Signez la carte pour le départ de Sam avant vendredi!'),
    ('Thousands marched in Paris today against the pension reform',
     "Des milliers de personnes ont manifesté à Paris aujourd'hui contre la réforme des retraites"),
    ('Remembrance Day parade downtown at 10:30, wear your poppy',
     'Défilé du jour du Souvenir au centre-ville à 10 h 30, portez votre coquelicot'),
    ('Pride march Saturday, so proud of this city 🌈',
     'Marche de la Fierté samedi, tellement fière de ma ville 🌈'),
    ('Doing the charity walk for cancer research Sunday, sponsor me!',
     'Je fais la marche pour la recherche sur le cancer dimanche, commanditez-moi!'),
    ("March is almost over and it's still snowing",
     'Mars achève pis il neige encore'),
    ('Manif of colours: the street art festival is back Saturday, come see the jugglers',
     'La manif des arts de rue revient samedi, venez voir les jongleurs'),
    ('Vote for my band in the battle of the bands!',
     'Votez pour mon groupe au concours de la relève!'),
    ('Proud member of the climbing gym since 2019',
     'Membre du club de lecture depuis 2019'),
    ("Don't forget to vote on Monday, whoever you support!",
     "N'oubliez pas d'aller voter lundi, peu importe votre choix!"),
    ('Write to your MP if your passport is delayed, their office can help',
     'Écrivez à votre député si votre passeport tarde, son bureau peut aider'),
    ('Call your mom and tell her you love her',
     "Appelle ta mère pis dis-lui que tu l'aimes"),
    ('Our union rally for a fair contract is Thursday at noon',
     'Rassemblement syndical pour une convention collective juste jeudi midi'),
    ('The council meeting on the new bike lanes is tonight, agenda online',
     "La séance du conseil municipal sur les pistes cyclables est ce soir, l'ordre du jour est en ligne"),
    ('Vote them out of the house! Big Brother finale tonight',
     "Sortez-les de la maison! Finale d'Occupation Double ce soir"),
    ('The students are rallying for a pizza day on Friday',
     'Les élèves font une pétition pour avoir une journée pizza vendredi'),
    ("Delegate at the teachers' union convention this weekend, lots of resolutions",
     'Délégué au congrès du syndicat en fin de semaine, plein de résolutions'),
    ('Proud to be a member of the party planning committee for the office potluck',
     "Fière d'être membre du comité des fêtes du bureau"),
    ("Elected to the board of my daughter's daycare last night",
     "Élue au conseil d'administration de la garderie de ma fille hier soir"),
    ('Recruited new members for the curling club all weekend',
     "J'ai recruté des nouveaux membres pour le club de curling toute la fin de semaine"),
    ('Just cast my ballot for the next leader of the student union',
     'Je viens de voter pour la prochaine cheffe du conseil étudiant'),
    ('Card-carrying member of the Costco club, no regrets',
     'Membre en règle du club de ski depuis 10 ans'),
    ('Members of my team did a leadership workshop today, great energy',
     "Les membres de mon équipe ont suivi une formation en leadership aujourd'hui"),
    ("Our union's convention voted on the new bargaining priorities, 500 members there",
     'Au congrès du syndicat, 500 membres ont voté les priorités de négociation'),
    ('Ballot for the hockey pool is due Friday, members only',
     'Mon bulletin pour le pool de hockey est dû vendredi, réservé aux membres'),
    ('Petition to make this the official sub mascot lol',
     'Pétition pour que ce chat devienne la mascotte officielle du groupe lol'),
    ('The film festival had a great protest documentary, we loved it',
     'On est allés voir un film sur une manifestation au festival, super bon'),
    ('Thousands of people were at the protest downtown, traffic was a mess',
     'Des milliers de personnes à la manif au centre-ville, le trafic était bloqué'),
    ('Petition at work to get a second microwave in the kitchen, sign by the coffee machine',
     'Pétition au bureau pour un deuxième micro-ondes, signez à côté de la machine à café'),
    ('My toddler staged a full sit-in against broccoli tonight',
     "Mon p'tit a fait un sit-in contre le brocoli ce soir"),
    ('Took the kids to the Santa Claus parade, so cold but magical',
     'Emmené les enfants au défilé du père Noël, frette mais magique'),
    ("Write to your grandma this week, she'd love a letter",
     'Écrivez à votre grand-mère cette semaine, elle adorerait une lettre'),
    ("Call your MP's office if you need help with your EI claim, they're great",
     "Appelez le bureau de votre député si vous avez besoin d'aide pour l'assurance-emploi"),
    ('Vote for us in the best poutine contest, link below!',
     'Votez pour nous au concours de la meilleure poutine, lien plus bas!'),
    ("Student council elections at my son's school, he's running for treasurer",
     "Élections au conseil étudiant à l'école de mon fils, il se présente comme trésorier"),
    ('Our fans marched to the stadium before the game, what an atmosphere',
     "Les partisans ont marché jusqu'au stade avant le match, quelle ambiance"),
    ("The march 15 deadline for taxes is coming, don't forget your receipts",
     'La date limite du 15 mars pour les impôts approche, oubliez pas vos reçus'),
    ("Rally car racing this weekend at the track, can't wait",
     "Course de rallye en fin de semaine sur la piste, j'ai hâte"),
    ('Protesting my alarm clock by staying in bed',
     'Je proteste contre mon réveille-matin en restant au lit'),
    ('Members of the book club voted for the next novel: Dune',
     'Les membres du club de lecture ont voté pour le prochain roman : Dune'),
    ('Went to the AGM of our housing co-op, new roof approved',
     "Allée à l'AGA de notre coop d'habitation, nouveau toit approuvé"),
    ('Signed up for the Terry Fox run, sponsor me!',
     'Inscrite à la course Terry Fox, commanditez-moi!'),
    ('Signed the lease for our new apartment today 🎉',
     "J'ai signé le bail de notre nouvel appart aujourd'hui 🎉"),
    ('The Senate of my university approved the new program',
     'Le sénat de mon université a approuvé le nouveau programme'),
    ('Reading a history of the 1970 October Crisis protests for my book club',
     "Je lis un livre d'histoire sur les manifestations de la crise d'Octobre pour mon club"),
    ('We voted them off the island, best episode of Survivor ever',
     "On les a sortis de l'île, meilleur épisode de Survivor"),
    ('Everyone to the cottage this weekend, no to screens!',
     'Tout le monde au chalet en fin de semaine, non aux écrans!'),
    ('Stand with your friends when they need you',
     'Tenez-vous debout avec vos amis quand ils en ont besoin'),
    ('Link here for the online petition to bring back the old cereal recipe lol',
     "Lien ici pour la pétition en ligne pour ramener l'ancienne recette de céréales lol"),
]


def _political(text: str) -> list:  # type: ignore[type-arg]
    return [f for f in _POLITICAL.analyze(post(text)).findings if f.category == "political_activity"]


@pytest.mark.parametrize("text", [t for pair in PRESSURE_PAIRS for t in pair])
def test_pressure_is_flagged_with_its_words(text: str) -> None:
    found = _political(text)
    assert found, text
    assert all(f.evidence and all(e.text.strip() for e in f.evidence) for f in found)


@pytest.mark.parametrize("text", [t for pair in HARD_NEGATIVE_PAIRS for t in pair])
def test_look_alikes_are_not_flagged(text: str) -> None:
    assert not _political(text), text


def test_tables_are_parallel_and_negatives_outnumber_positives() -> None:
    assert len(HARD_NEGATIVE_PAIRS) >= len(PRESSURE_PAIRS)


def test_pressure_is_medium_and_points_to_the_self_assessment_tool() -> None:
    found = [f for f in _political("Please sign and share: petition calling on the government to scrap the tax") if f.rule == "POL008"]
    assert found and found[0].severity.name == "MEDIUM"
    rule = next(r for r in load_rules(["POL008"]) if r.code == "POL008")
    assert "self-assessment" in rule.action.lower()
    assert gd.PSC in rule.consult and gd.POLITICAL_REP in rule.consult


def test_empty_and_huge_posts() -> None:
    assert not _political("")
    assert not _political("🙂" * 5000 + " march " * 2000)
    assert _political("lorem ipsum " * 3000 + " Vote them out in October.")
