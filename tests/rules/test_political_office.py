"""POL007, a party's or campaign's own voice (footprint/rules/political_office.py).

Parallel English/French tables, written for these tests (no row comes from a data set): what a
campaign says in the first person without naming its party, and the hard negatives that share
its words (a public servant's own work posts, diplomacy and ceremony, civic reminders, a
family's, a team's or a company's plans, news relays).
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import load_rules
from footprint.rules.political_office import PartyOwnVoice, office_voice
from footprint.text import fold

# (English, French): each pair says the same thing, in its own register.
SHOULD_FLAG: list[tuple[str, str]] = [
    # promises about a public matter
    ("We'll cut income taxes for every worker earning under $90k.",
     "On va baisser l'impôt sur le revenu pour tous ceux qui gagnent moins de 90 000 $."),
    ("We're going to scrap the fuel tax on day one.",
     "Nous allons abolir la taxe sur l'essence dès la première journée."),
    ("we will balance the budget in four years, full stop",
     "nous équilibrerons le budget en quatre ans, point final"),
    ("We'll give you more support: bigger child benefit, longer parental leave, free prescriptions 💊",
     "On va vous redonner plus d'argent dans vos poches : allocations familiales bonifiées, congé parental allongé 💊"),
    ("Our plan will lower your hydro bills by 15%.",
     "Notre plan va réduire vos factures d'électricité de 15 %."),
    ("It's a real plan to fix the housing crisis, not another photo op.",
     "C'est un vrai plan pour le logement abordable, pas une autre séance de photos."),
    ("A re-elected government will double the number of family doctors.",
     "Un gouvernement réélu va doubler le nombre de médecins de famille."),
    ("Our tough new laws will keep violent criminals behind bars.",
     "Notre plan va garder les criminels violents derrière les barreaux."),
    ("We'll plant two billion trees by 2030. That's the post.",
     "Nous planterons deux milliards d'arbres d'ici 2030. C'est tout."),
    ("Climate change is at our door. We can and we will fight it.",
     "Les changements climatiques frappent à notre porte. Nous allons les combattre : nous allons réduire les émissions."),
    ("Students: we're going to help with bigger student grants and no interest on student loans.",
     "Étudiants : on s'engage à doubler les bourses d'études et à geler les frais de scolarité."),
    ("We will stand up for Canadian workers, every single time.",
     "Nous allons toujours défendre les travailleurs, chaque fois."),
    ("We'll ban assault-style weapons and get handguns off our streets.",
     "Nous allons interdire les armes d'assaut et sortir les armes de poing de nos rues."),
    ("Our Fair Share Rebate will put $900 back in your pocket.",
     "Notre plan va remettre 900 $ dans vos poches."),
    ("Our Universal Tax Cut will cut taxes for EVERY Canadian!!",
     "Notre plan va baisser les impôts de CHAQUE Canadien!!"),
    ("we r gonna... ok seriously, we'll cut the GST on new homes",
     "ok pour vrai là, on va couper la TPS sur les maisons neuves"),
    ("Want pharmacare for everyone? It's in our platform.",
     "Vous voulez l'assurance médicaments pour tous? C'est dans notre plateforme."),
    ("We're committed to bringing in dental care for every kid under 12.",
     "On s'engage à offrir des soins dentaires à tous les enfants de moins de 12 ans."),
    ("Our plan to make child care $10 a day is ready. 👶",
     "Notre plan pour rendre la vie plus abordable aux familles : des services de garde à 10 $ par jour. 👶"),
    ("A Green government would end new pipelines, period.",
     "Un gouvernement vert va mettre fin aux nouveaux pipelines, point."),
    # tour stops
    ("What a night in Moncton! Hundreds came out to hear about our plan to lower your taxes.",
     "Quelle soirée à Moncton ! Des centaines de personnes sont venues entendre parler de notre plan pour baisser vos impôts."),
    ("Thanks Trois-Rivières for a warm welcome tonight — so many volunteers and supporters!",
     "Merci Trois-Rivières pour ce chaleureux accueil ce soir — tant de bénévoles et de partisans!"),
    ("Huge crowd in Red Deer today for our rally. Let's finish strong!",
     "Quelle foule à Saint-Jérôme aujourd'hui pour notre rassemblement. On finit en force!"),
    ("What a crowd in Sudbury!! Our candidate Maria brought the house down 🔥",
     "Quelle foule à Sudbury!! Notre candidate Maria a mis le feu à la salle 🔥"),
    ("Hundreds of supporters packed the hall in Kelowna to hear about our platform.",
     "Salle comble à Kelowna : des centaines de militants pour notre plateforme."),
    # candidates and the campaign told by itself
    ("Kicked off Priya's campaign in Brampton today. Proud to have her as our candidate for Brampton East.",
     "Fière de l'avoir comme candidate dans Brampton-Est. Lancement de notre campagne aujourd'hui!"),
    ("Proud to introduce Sam Okafor as our candidate for Halifax West!",
     "Heureux de présenter Sam Okafor comme notre candidat dans Halifax-Ouest!"),
    ("Meet our amazing candidate for Saint-Laurent, Julie Tran.",
     "Voici notre formidable candidate dans Saint-Laurent, Julie Tran."),
    ("Our campaign is about putting more money back in your pockets.",
     "Notre campagne vise à remettre plus d'argent dans vos poches."),
    ("Great day on the campaign trail! Met so many enthusiastic supporters in Brandon.",
     "Belle journée sur la route de la campagne! Rencontrer autant de partisans motivés à Joliette, ça fait du bien."),
    ("Launching our campaign today in Laval: let's do this!",
     "Lancement de notre campagne aujourd'hui à Laval : on y va!"),
    ("Only one candidate who will fight for Beauce, and that candidate is ours.",
     "Un seul candidat qui va se battre pour la Beauce, et c'est le nôtre."),
    # the contest framed
    ("The choice is clear between two parties: one cuts your health care, we protect it.",
     "Le choix est clair entre deux partis : l'un coupe dans vos soins de santé, nous les protégeons."),
    ("Only we will stand up for seniors' pensions.",
     "Il n'y a que nous qui allons défendre les pensions des aînés."),
    ("The choice this election is between going backwards and our plan for good jobs.",
     "Le choix dans cette élection est clair : c'est entre reculer et notre plan pour les bons emplois."),
    ("The choice could not be clearer: between their cuts and our investments in health care.",
     "Le choix est très clair entre leurs coupes et nos investissements dans les soins de santé."),
    # varied registers, typos and slang
    ("we'll lower ur taxes lol watch us 😎 #elxn",
     "on va baisser vos impôts lol regardez ben 😎"),
    ("WE WILL SCRAP THE CARBON TAX.",
     "NOUS ALLONS ABOLIR LA TAXE CARBONE."),
    ("ok real talk: we're gonna... nah scratch that, we WILL build 500,000 homes. affordable housing now",
     "ok là, nous allons construire 500 000 logements abordables, c'est promis"),
    ("Our new plan will make life more affordable: cap rent and freeze hydro bills.",
     "Notre nouveau plan va geler les loyers et plafonner les factures d'électricité."),
    ("A New Democrat government will bring in paid sick days for every worker.",
     "Un gouvernement néo-démocrate va instaurer des congés de maladie payés pour tous les travailleurs."),
    ("Experts agree: we have the best plan to cut emissions and protect good jobs.",
     "Les experts sont d'accord : nous avons le meilleur plan pour réduire les émissions et protéger les bons emplois."),
    ("Here's what we'll do: cut the GST on home heating and double the disability benefit.",
     "Voici ce qu'on va faire : couper la TPS sur le chauffage et doubler la prestation d'invalidité."),
    ("Day 12 of the campaign: Thunder Bay, Kenora, Winnipeg. Let's keep going!",
     "Jour 12 de la campagne : Thunder Bay, Kenora, Winnipeg. On continue!"),
    ("If we form government, we'll bring in a national school food program.",
     "Si nous formons le gouvernement, nous allons instaurer un programme national d'alimentation scolaire."),
    ("A vote for us is a vote for lower taxes.",
     "Voter pour nous, c'est voter pour des impôts plus bas."),
    ("Honoured to be acclaimed as the candidate in Nepean!",
     "Honorée d'être élue par acclamation candidate dans Nepean!"),
    ("Big news: we're gonna freeze your hydro rates for 4 years 💡",
     "Grosse nouvelle : on va geler les tarifs d'Hydro pendant 4 ans 💡"),
    ("Our promise to you: lower rent, more homes, faster.",
     "Notre promesse : des loyers plus bas, plus de logements, plus vite."),
    ("Thank you Saskatoon! Incredible energy tonight. We're just getting started. #elxn45",
     "Merci Saskatoon! Une énergie incroyable ce soir. On ne fait que commencer. #elxn45"),
    ("So proud to welcome Dr. Amira Haddad to our team as the candidate for Ottawa Centre!",
     "Tellement fière d'accueillir la Dre Amira Haddad dans notre équipe comme candidate dans Ottawa-Centre!"),
    ("We're the only ones who will stand up to big oil, nobody else.",
     "Y a juste nous autres qui vont tenir tête aux pétrolières."),
    ("From day one, we'll axe the tax on home heating. Period.",
     "Dès le jour 1, on abolit la taxe sur le chauffage. Point."),
    ("What a welcome in Chicoutimi last night! Thanks to our volunteers 🙌",
     "Quel accueil à Chicoutimi hier soir! Merci aux militants pis aux bénévoles 🙌"),
    ("With us, seniors will get $110 more a month.",
     "Avec nous, les aînés vont recevoir 110 $ de plus par mois."),
    ("We're proposing to double the caregiver tax credit.",
     "Nous proposons de doubler le crédit d'impôt pour les proches aidants."),
    ("We'll be there for forestry workers, period.",
     "Nous, on va être là pour les travailleurs forestiers."),
    ("Under a new Conservative government, you'll keep more of your paycheque.",
     "Sous un nouveau gouvernement conservateur, vous garderez plus de votre paie."),
    ("We'll always be there to protect your pension.",
     "Nous serons toujours là pour protéger vos pensions."),
    ("Climate change is here. Our plan to fight it is just as real.",
     "Les changements climatiques sont là. Notre plan pour les combattre est tout aussi réel."),
    ("Great to meet so many supporters in Sherbrooke tonight!",
     "Incroyable de rencontrer autant de partisans à Sherbrooke ce soir!"),
    ("With great candidates like Anita and Marc, Nova Scotia is ready!",
     "Avec d'excellents candidats comme Anita et Marc, la Nouvelle-Écosse est prête!"),
    ("What a turnout in Rimouski! 500 people at our town hall to hear about our platform.",
     "Quelle belle foule à Rimouski! 500 personnes pour entendre parler de notre plateforme."),
]

SHOULD_NOT_FLAG: list[tuple[str, str]] = [
    # a public servant's own work posts
    ("Proud of our team at ESDC for launching the new benefits portal! Details on canada.ca",
     "Fière de notre équipe au ministère pour le lancement du nouveau portail des prestations! Détails sur canada.ca"),
    ("We're hiring! Policy analysts, apply by Friday.",
     "On embauche! Analystes des politiques, postulez d'ici vendredi."),
    ("The Minister announced new funding for clean drinking water today. More on canada.ca",
     "La ministre a annoncé aujourd'hui du financement pour l'eau potable. Plus de détails sur canada.ca"),
    ("Public consultation on the carbon pricing update is open until May 3. We will publish what we heard.",
     "La consultation publique sur la tarification du carbone est ouverte jusqu'au 3 mai. Nous allons publier un résumé."),
    ("Finished the briefing note on housing data, we'll send it up tomorrow.",
     "Terminé la note d'information sur le logement, on va l'envoyer demain."),
    ("Our department will cut processing times for EI claims this spring.",
     "Notre ministère va réduire les délais de traitement de l'assurance-emploi ce printemps."),
    ("We'll help families sign up for the Canada Child Benefit at our clinic on Saturday.",
     "On va aider les familles à s'inscrire à l'allocation canadienne pour enfants samedi à la clinique."),
    ("Our unit will cut wait times at the passport office by adding evening shifts.",
     "Notre unité va réduire les temps d'attente au bureau des passeports avec des quarts de soir."),
    ("What a crowd at the Halifax library for our info session on the disability benefit.",
     "Quelle foule à la bibliothèque de Halifax pour notre séance sur la prestation d'invalidité."),
    ("Great turnout in Moncton at our job fair, so many candidates for the analyst roles!",
     "Belle foule à Moncton pour notre salon de l'emploi, tant de candidats pour les postes d'analyste!"),
    # head-of-government diplomacy and ceremony
    ("Spoke with the President of Kenya today about trade and our shared priorities.",
     "Entretien aujourd'hui avec le président du Kenya sur le commerce et nos priorités communes."),
    ("Our thoughts are with the families of the victims. We will always remember.",
     "Nos pensées accompagnent les familles des victimes. Nous nous souviendrons toujours."),
    ("Merry Christmas from our family to yours! 🎄",
     "Joyeux Noël de notre famille à la vôtre! 🎄"),
    ("Congratulations to Team Canada on the gold medal! What a night in Edmonton!",
     "Félicitations à Équipe Canada pour la médaille d'or! Quelle soirée à Edmonton!"),
    ("The Prime Minister spoke with the President about trade; we will keep working with our partners on climate.",
     "Le premier ministre a parlé commerce avec le président; nous continuerons de travailler avec nos partenaires."),
    ("We will lower the flag at noon to honour the victims.",
     "Nous allons mettre le drapeau en berne à midi pour honorer les victimes."),
    ("Today we remember those who served. Lest we forget.",
     "Aujourd'hui, nous nous souvenons de celles et ceux qui ont servi. N'oublions jamais."),
    # civic reminders
    ("Advance polls are open this weekend. Go vote, whoever you support!",
     "Le vote par anticipation a lieu ce week-end. Allez voter, peu importe pour qui!"),
    ("Great turnout at the polls in Moncton today, go vote before 8!",
     "Belle participation aux bureaux de vote à Moncton, allez voter avant 20 h!"),
    # ordinary plans
    ("Our plan for the long weekend: canoe, campfire, sleep.",
     "Notre plan pour la longue fin de semaine : canot, feu de camp, dodo."),
    ("We're investing in a new roof this summer, pray for our budget lol",
     "On investit dans une nouvelle toiture cet été, priez pour notre budget lol"),
    ("Our new app will lower your monthly phone costs. Download it today!",
     "Notre nouvelle appli va réduire vos coûts de téléphone chaque mois. Téléchargez-la!"),
    ("Our school's plan is to raise $5,000 for the library by June.",
     "Le plan de notre école : amasser 5 000 $ pour la bibliothèque d'ici juin."),
    ("The coach says our plan is to win the next game and make the playoffs.",
     "Le coach dit que notre plan, c'est de gagner le prochain match et de faire les séries."),
    ("We'll cut the cake after the speeches, then dance!",
     "On va couper le gâteau après les discours, puis danser!"),
    ("We're going to build a treehouse with the kids this weekend.",
     "On va construire une cabane dans les arbres avec les enfants ce week-end."),
    ("Proud to have her as our candidate for the senior analyst position.",
     "Fière de l'avoir comme candidate pour le poste d'analyste principale."),
    ("Kicked off our fundraising campaign for the food bank today!",
     "Lancement de notre campagne de financement pour la banque alimentaire aujourd'hui!"),
    ("What a night in Montreal! The Habs won in overtime.",
     "Quelle soirée à Montréal! Le CH a gagné en prolongation."),
    ("Thanks Halifax for a warm welcome at the public service conference.",
     "Merci Halifax pour le chaleureux accueil au colloque de la fonction publique."),
    ("Hundreds came out for the Terry Fox run this morning, amazing!",
     "Des centaines de personnes sont venues à la course Terry Fox ce matin, wow!"),
    ("What a crowd in Quebec City for the concert last night!",
     "Quelle foule à Québec pour le spectacle hier soir!"),
    ("Our class president campaign is going great, vote for Mia!",
     "Notre campagne pour le conseil étudiant va super bien, votez Mia!"),
    ("The choice is clear between pizza and poutine tonight.",
     "Le choix est clair entre pizza et poutine ce soir."),
    ("Only we can decide what's best for our kids' bedtime.",
     "Il n'y a que nous qui savons ce qui est bon pour le dodo des enfants."),
    # news relays and quotations
    ("The leader says we will cut taxes for the middle class, per CBC.",
     "Selon le chef, nous allons baisser les impôts de la classe moyenne, rapporte Radio-Canada."),
    ('"We will scrap the carbon tax," the opposition leader told reporters.',
     "« Nous allons abolir la taxe carbone », a déclaré le chef de l'opposition."),
    ("Analysts say the party's plan to cut the GST would cost $4 billion.",
     "Les analystes estiment que le plan du parti de couper la TPS coûterait 4 milliards."),
    ("Poll: 40% think a Conservative government would cut taxes.",
     "Sondage : 40 % pensent qu'un gouvernement conservateur va baisser les impôts."),
    # negations and second thoughts
    ("We will never be able to afford a house in this market, sigh.",
     "On va jamais pouvoir s'acheter une maison dans ce marché, soupir."),
    ("I don't think we'll cut anything this year, the garden is fine.",
     "Je pense pas qu'on va couper quoi que ce soit cette année, le jardin est beau."),
    # ordinary first person with public words
    ("We paid our taxes early this year, feels good.",
     "On a payé nos impôts de bonne heure cette année, ça fait du bien."),
    ("Our family doctor retired, anyone know a clinic taking patients?",
     "Notre médecin de famille a pris sa retraite, quelqu'un connaît une clinique?"),
    ("We're planting trees at the park Saturday with the scouts, come help!",
     "On plante des arbres au parc samedi avec les scouts, venez aider!"),
    ("Our rent went up again. Ugh.",
     "Notre loyer a encore augmenté. Ouf."),
    ("Thanks to everyone who came out to our bake sale!",
     "Merci à tous ceux qui sont venus à notre vente de garage!"),
    ("We'll be at the cottage all week, no wifi 🌲",
     "On va être au chalet toute la semaine, pas de wifi 🌲"),
    ("We'll make sure the family doctor gets the forms before Friday.",
     "On va donner ses médicaments au chat avant de partir."),
    ("We're cutting the grass and planting tomatoes today 🍅",
     "Nous réduisons nos déchets : compost et vrac à la maison 🍅"),
    ("We'll build on last year's success at the science fair.",
     "On va bâtir sur le succès de l'an passé à l'expo-sciences."),
    ("Under a new coach, the team will finally make the playoffs.",
     "Sous un nouvel entraîneur, l'équipe va enfin faire les séries."),
    ("We'll always be there for you, sis ❤️",
     "On va toujours être là pour toi, sœur ❤️"),
    ("We have a plan to help you lower your taxes this year. Book a free consultation!",
     "Nous avons un plan pour baisser vos impôts cette année. Prenez rendez-vous avec nos comptables!"),
    ("I have a plan to help my sister move this weekend.",
     "J'ai un plan pour aider ma sœur à déménager en fin de semaine."),
    ("If we form a study group, we'll ace the exam.",
     "Si on forme un groupe d'étude, on va réussir l'examen."),
    ("Honoured to be acclaimed as the candidate for union president.",
     "Honorée d'être élue par acclamation à l'exécutif du syndicat."),
    ("Day 3 of our fundraising campaign for the animal shelter!",
     "Jour 3 de la campagne de financement pour le refuge!"),
    ("Thank you Saskatoon! What a show, see you next tour 🎸",
     "Merci Saskatoon! Quel spectacle, à la prochaine tournée 🎸"),
    ("We're cutting the ribbon on the new community centre tomorrow!",
     "On coupe le ruban du nouveau centre communautaire demain!"),
    ("We're proposing to double the budget for the team lunch.",
     "Nous proposons de doubler le budget du dîner d'équipe."),
    ("With us, the kids will get pizza on Friday.",
     "Avec nous autres, les enfants vont avoir de la pizza vendredi."),
    ("We'll be there for the party at 8, bring chips!",
     "On va être là pour le party à 8 h, apportez des chips!"),
    ("", ""),
]


def _flags(text: str, lang: str) -> list:
    subject = Subject("x", "1", "1", "post", {"text": text}, language=lang)
    return Analyzer([PartyOwnVoice()]).analyze(subject).findings


def test_tables_are_parallel_and_large_enough() -> None:
    assert len(SHOULD_FLAG) >= 40 and len(SHOULD_NOT_FLAG) >= 40
    assert all(en != fr for en, fr in SHOULD_FLAG)


@pytest.mark.parametrize(("en", "fr"), SHOULD_FLAG, ids=lambda t: t[:40])
def test_campaign_voice_is_flagged_in_both_languages(en: str, fr: str) -> None:
    assert _flags(en, "en"), en
    assert _flags(fr, "fr"), fr


@pytest.mark.parametrize(("en", "fr"), SHOULD_NOT_FLAG, ids=lambda t: t[:40] or "empty")
def test_hard_negatives_stay_clean_in_both_languages(en: str, fr: str) -> None:
    assert not _flags(en, "en"), en
    assert not _flags(fr, "fr"), fr


def test_evidence_names_the_words_that_triggered_it() -> None:
    text = "Thanks Trois-Rivières for a warm welcome tonight — so many volunteers and supporters!"
    (finding,) = _flags(text, "en")
    assert [e.text for e in finding.evidence] == ["Thanks Trois-Rivières for a warm welcome", "volunteers"]
    assert all(text[e.start:e.end] == e.text for e in finding.evidence)
    french = "Notre plan va réduire vos factures d'électricité de 15 %."
    (finding,) = _flags(french, "fr")
    assert [e.text for e in finding.evidence] == ["Notre plan va", "factures d'électricité"]


def test_one_political_finding_per_post() -> None:
    """POL007 defers: a post another political rule reports gets no second finding."""
    analyzer = Analyzer(load_rules())
    text = "Proud to vote Liberal! We'll cut income taxes for the middle class."
    subject = Subject("x", "1", "1", "post", {"text": text}, language="en")
    political = [f for f in analyzer.analyze(subject).findings if f.category == "political_activity"]
    assert len(political) == 1


def test_huge_and_hostile_input() -> None:
    """Repeated anchors with nothing they need stay clean; a real promise at the end of a huge
    post is still found."""
    hostile = ("we will " * 20000) + ("our " * 20000) + "Quelle soirée à " * 5000 + "\u200b" * 1000
    assert office_voice(hostile, fold(hostile)) is None
    long_post = "blah " * 50000 + "We'll cut income taxes for the middle class."
    assert office_voice(long_post, fold(long_post)) is not None
