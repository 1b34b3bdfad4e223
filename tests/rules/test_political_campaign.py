"""How party leaders and campaigns argue, in English and French (issue #14): parallel tables in
the team's own words and varied registers (leader's statement, casual, hashtags, emoji,
Québécois). Each pair must behave the same way in both languages, and the hard negatives (news,
polls, condolences, official thanks, civic reminders, ordinary uses of the same shapes) stay clean."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political, flagged, post, run

# (rule, English, French): the same thing said in both languages.
CAMPAIGN_PAIRS = [
    # A party named as a team that acts for people or against a rival
    ("POL002", "Conservatives have kept their eyes on what matters to families, while the Liberals kept spending.",
     "Les conservateurs sont restés concentrés sur ce qui compte pour les familles pendant que les libéraux dépensaient."),
    ("POL002", "New Democrats never stopped fighting for dental care, and we forced the government to act.",
     "Les néo-démocrates n'ont jamais cessé de se battre pour les soins dentaires, et nous avons forcé le gouvernement à agir."),
    ("POL002", "Liberals will always stand with workers. Always have, always will. 💪",
     "Les libéraux seront toujours aux côtés des travailleurs. Toujours. 💪"),
    ("POL002", "The Bloc is the only party standing up for Quebec in Ottawa",
     "Le Bloc est le seul parti qui défend le Québec à Ottawa"),
    ("POL002", "Greens were the first to sound the alarm on the climate, and we were right",
     "Les verts ont été les premiers à sonner l'alarme sur le climat, et nous avions raison"),
    ("POL002", "Conservatives are committed to making life affordable again, full stop.",
     "Les conservateurs sont déterminés à rendre la vie abordable à nouveau, point."),
    ("POL002", "Liberals want to take more of your paycheque. Not on my watch.",
     "Les libéraux veulent prendre une plus grosse part de votre paie. Pas question."),
    ("POL002", "Liberals don't have a plan for the deficit, and it shows",
     "Les libéraux n'ont aucun plan pour le déficit, et ça paraît"),
    ("POL002", "Conservatives will lower the tax on your first home.",
     "Les conservateurs vont baisser l'impôt sur votre première maison."),
    ("POL002", "Unlike the Conservatives, Liberals know climate change is real.",
     "Contrairement aux conservateurs, les libéraux savent que les changements climatiques sont réels."),
    ("POL002", "The Bloc demands that Ottawa respect Quebec's jurisdiction.",
     "Le Bloc exige qu'Ottawa respecte les compétences du Québec."),
    ("POL002", "With the Liberal plan: $1,500 more in your family's pocket.",
     "Avec le plan libéral : 1 500 $ de plus dans les poches de votre famille."),
    ("POL002", "Under a Conservative government, you'll keep more of your paycheque.",
     "Sous un gouvernement conservateur, vous garderez une plus grande part de votre paie."),
    # "The only ones with a plan", "only a X government will"
    ("POL002", "Only the NDP will make the ultra-rich pay their fair share.",
     "Seul le NPD va faire payer leur juste part aux ultra-riches."),
    ("POL002", "Experts agree: we have the best plan to fight climate change.",
     "Les experts sont d'accord : nous avons le meilleur plan pour lutter contre les changements climatiques."),
    ("POL002", "We're the only ones with a real plan to bring down the cost of groceries.",
     "Nous sommes les seuls à avoir un vrai plan pour faire baisser le prix de l'épicerie."),
    ("POL002", "We are the only party that will protect your pension.",
     "Nous sommes le seul parti qui va protéger votre pension."),
    ("POL002", "only an NDP govt will fight for you, not for CEOs",
     "seul un gouvernement néo-démocrate se battra pour vous, pas pour les PDG"),
    # The election framed as a choice, debates
    ("POL002", "This election comes down to one question: who do you trust to keep your family safe?",
     "Cette élection se résume à une question : à qui faites-vous confiance pour protéger votre famille?"),
    ("POL002", "Who do you trust to stand up to Washington? 🇨🇦",
     "À qui faites-vous confiance pour tenir tête à Washington? 🇨🇦"),
    ("POL002", "This election is a choice between going backwards and moving forward.",
     "Cette élection, c'est un choix entre reculer et aller de l'avant."),
    ("POL002", "Monday the choice is clear: more cuts, or a government that invests in you",
     "Lundi, le choix est clair : plus de compressions, ou un gouvernement qui investit pour vous"),
    ("POL002", "Tonight's debate showed Canadians who is ready to lead.",
     "Le débat de ce soir a montré aux Canadiens qui est prêt à diriger."),
    # A rival's record
    ("POL002", "After ten years, Canadians are paying for the divisions Trudeau sowed.",
     "Après dix ans, les Canadiens paient pour les divisions semées par Trudeau."),
    ("POL002", "Poilievre's record: cuts to health care and nothing for renters.",
     "Le bilan de Poilievre : des compressions en santé et rien pour les locataires."),
    ("POL002", "Mark Carney needs to stop making excuses and start building homes",
     "Mark Carney doit arrêter de trouver des excuses pis commencer à construire des logements"),
    ("POL002", "Singh propped up the Liberals for years and now pretends he didn't",
     "Singh a maintenu les libéraux au pouvoir pendant des années et fait semblant que non"),
    ("POL002", "Justin Trudeau must scrap this tax before winter",
     "Justin Trudeau doit abolir cette taxe avant l'hiver"),
    ("POL002", "Pierre Poilievre is against dental care for seniors.",
     "Pierre Poilievre est contre les soins dentaires pour les aînés."),
    ("POL002", "Today I called on the Carney government to help our farmers",
     "Aujourd'hui, j'ai demandé au gouvernement Carney d'aider nos agriculteurs"),
    ("POL002", "Forward or backwards? An important choice to make this fall 🗳️",
     "Avancer ou reculer? Un choix important à faire cet automne 🗳️"),
    # The leader's own promises and announcements
    ("POL002", "Today I announced our plan to make rent cheaper for young people.",
     "Aujourd'hui, j'ai annoncé notre plan pour rendre les loyers moins chers pour les jeunes."),
    ("POL002", "I want to put more money back in your pocket at the end of the month.",
     "Je veux remettre plus d'argent dans vos poches à la fin du mois."),
    ("POL002", "We promised to lift kids out of poverty. We did it.",
     "Nous avions promis de sortir des enfants de la pauvreté. C'est fait."),
    # Opinions of a named politician without insults, and quotations shared with approval
    ("POL005", "Macron thinks he's already president, he hasn't even won yet",
     "Macron pense qu'il est déjà président, il n'a même pas encore gagné"),
    ("POL005", "Poilievre is the system's candidate, nothing new there",
     "Poilievre, c'est le candidat du système, rien de nouveau"),
    ("POL005", "Trudeau the turncoat changed his tune again on pipelines",
     "Trudeau la girouette a encore changé son fusil d'épaule sur les pipelines"),
    ("POL002", "ANYONE-BUT-POILIEVRE this time, seriously", "TOUT-SAUF-POILIEVRE cette fois, sérieux"),
    ("POL005", "Another Liberal scandal. Enough is enough.", "Encore un scandale libéral. Ça suffit."),
    ("POL005", "The Liberal budget is irresponsible", "Le budget libéral est irresponsable"),
    ("POL005", 'So true 👏 "Mark Carney has been a disaster for renters"',
     "Tellement vrai 👏 « Mark Carney a été un désastre pour les locataires »"),
    # Rallies of one's own side
    ("POL003", "See you at our rally in Halifax on Saturday 🎉",
     "On se voit à notre rassemblement à Halifax samedi 🎉"),
    # Membership and donations
    ("POL003", "Become a member today and help us build a better Canada: https://example.org/join",
     "Devenez membre aujourd'hui et aidez-nous à bâtir un meilleur Canada : https://example.org/join"),
    ("POL003", "Chip in $5 before midnight to keep our momentum going!",
     "Faites un don de 5 $ avant minuit pour garder notre élan!"),
    ("POL003", "Can you chip in to help us fight back against their attack ads?",
     "Pouvez-vous donner pour nous aider à répondre à leurs publicités d'attaque?"),
]

# Party membership, petitions and protests against a side, votes for a party, partisan hashtags.
MEMBERSHIP_PROTEST_VOTE_PAIRS = [
    ("POL002", "Just renewed my Conservative Party membership, 10 years card-carrying",
     "Je viens de renouveler ma carte de membre du Parti conservateur, membre depuis 10 ans"),
    ("POL002", "Just joined the Green Party 🌱", "Je viens d'adhérer au Parti vert 🌱"),
    ("POL002", "I've been a Tory member for years and proud of it",
     "Ça fait des années que je suis membre des conservateurs pis j'en suis fier"),
    ("POL002", "Heading to the Liberal convention in Montreal as a delegate",
     "En route vers le congrès libéral à Montréal comme délégué"),
    ("POL002", "I sit on the riding association board for the Bloc in my area",
     "Je siège au conseil exécutif de l'association de circonscription du Bloc"),
    ("POL003", "Buy a membership before Friday so you can vote in the leadership race",
     "Achetez votre carte de membre avant vendredi pour pouvoir voter à la course à la chefferie"),
    ("POL003", "Sign the petition against Legault's Bill 21 now",
     "Signez la pétition contre le projet de loi 21 de Legault maintenant"),
    ("POL003", "Everyone to the protest Saturday against the CAQ reform!",
     "Tout le monde à la manif samedi contre la réforme de la CAQ!"),
    ("POL003", "Protest against the Liberal government this Saturday at city hall",
     "Manifestation contre le gouvernement libéral ce samedi à l'hôtel de ville"),
    ("POL003", "Sign our petition demanding Poilievre apologize",
     "Ajoutez votre nom pour exiger que Poilievre s'excuse"),
    ("POL002", "Don't let the Conservatives win. Vote Liberal.",
     "Ne laissez pas les conservateurs gagner. Votez libéral."),
    ("POL002", "Don't split the vote: back the Liberal in Kanata",
     "Ne divisez pas le vote : appuyez le libéral dans Kanata"),
    ("POL002", "A vote for the PPC is a wasted vote", "Un vote pour le PPC est un vote perdu"),
    ("POL002", "Write your MP and demand they vote NO on the Conservative bill",
     "Écrivez à votre député et exigez qu'il vote NON au projet de loi conservateur"),
    ("POL003", "Rally at Queen's Park against the PC cuts Saturday, be there",
     "Rassemblement devant l'Assemblée nationale contre les coupes de la CAQ samedi, soyez-y"),
    ("POL002", "Tell the Conservatives: hands off our pensions", "Dites aux conservateurs : pas touche à nos pensions"),
    ("POL003", "I marched against Legault's Bill 21 today", "J'ai manifesté contre la loi 21 de Legault aujourd'hui"),
    ("POL002", "Email your MP to oppose the Liberal gun ban",
     "Écrivez à votre député pour vous opposer à l'interdiction des armes des libéraux"),
    ("POL002", "I oppose the Conservative bill, full stop", "Je m'oppose au projet de loi conservateur, point"),
    ("POL002", "Say no to the CAQ's third link! Sign and share", "Dites non au troisième lien de la CAQ! Signez et partagez"),
    ("POL002", "Honk if you want Trudeau gone 📯", "Klaxonnez si vous voulez que Trudeau s'en aille 📯"),
    ("POL003", "Join us to protest the Liberal carbon tax on Saturday",
     "Joignez-vous à nous pour protester contre la taxe carbone libérale samedi"),
    ("POL002", "Give us a strong mandate on Monday", "Donnez-nous un mandat fort lundi"),
    ("POL002", "Get out and vote for Raj Patel in Ward 3", "Allez voter pour Raj Patel dans le district 3"),
    ("POL002", "Election day! Vote Sarah for council", "Jour d'élection! Votez Sarah au conseil"),
    ("POL002", "Don't forget to vote for our local candidate Tom Lee",
     "N'oubliez pas de voter pour notre candidat local Tom Lee"),
    ("POL002", "Your vote for Alex Martin is a vote for change",
     "Votre vote pour Alex Martin, c'est un vote pour le changement"),
    ("POL002", "Trust the Bloc on October 21", "Faites confiance au Bloc le 21 octobre"),
    ("POL002", "Re-elect Marie Dubois, your Liberal MP", "Réélisez Marie Dubois, votre députée libérale"),
    ("POL002", "Check the box next to Québec solidaire", "Cochez la case de Québec solidaire"),
    ("POL002", "I endorse Sophie Roy for the NDP, all the way!", "J'endosse Sophie Roy pour le NPD, jusqu'au bout!"),
    ("POL002", "Poilievre for PM 🇨🇦", "Poilievre pour premier ministre 🇨🇦"),
    ("POL002", "Singh fights for you every day", "Singh se bat pour vous chaque jour"),
    ("POL002", "Mark Carney, our next prime minister", "Mark Carney, notre prochain premier ministre"),
    ("POL002", "Pierre Poilievre will make a great prime minister", "Pierre Poilievre fera un excellent premier ministre"),
    ("POL001", "Big day tomorrow. #VoteLiberal", "Grosse journée demain. #VotezLibéral"),
    ("POL001", "#StopPoilievre before it's too late", "#BloquonsPoilievre avant qu'il soit trop tard"),
    ("POL001", "Proud of my crew tonight #TeamPoilievre", "Fier de ma gang ce soir #ÉquipePoilievre"),
    ("POL001", "Monday we vote #TeamCarney", "Lundi on vote #AvecCarney"),
    ("POL001", "Keep going #OrangeWave", "On lâche pas #VagueOrange"),
    ("POL001", "Enough. #NeverTrudeau", "Ça suffit. #PlusJamaisTrudeau"),
    ("POL001", "#NotMyPrimeMinister and never will be", "#PasMonPremierMinistre et ce ne le sera jamais"),
    ("POL002", "Carney, he's our guy 🇨🇦", "Carney, c'est notre homme 🇨🇦"),
    # Candidacy
    ("POL004", "I'm running to be your MP in Halifax West", "Je me présente pour être votre députée dans Halifax-Ouest"),
    ("POL004", "Proud to be the NDP candidate in Sherbrooke", "Fière d'être la candidate du NPD dans Sherbrooke"),
    ("POL004", "It's official: I'm in the race for mayor!", "C'est officiel : je suis dans la course à la mairie!"),
    ("POL004", "I'm seeking re-election as your MPP", "Je sollicite un nouveau mandat comme député provincial"),
    ("POL004", "Thank you for electing me as your councillor", "Merci de m'avoir élue comme conseillère"),
    # A 2019 slogan in both languages (the French form is read from political_accounts.toml)
    ("POL001", "It's time for you to get ahead. Our plan is costed.",
     "Plus. Pour vous. Dès maintenant. Notre plan est chiffré."),
]

# Hard negatives: the same shapes or names where nobody takes a side.
NEUTRAL_PAIRS = [
    # News relays
    ("BREAKING: Conservatives unveil platform, promise to cut the GST on new homes",
     "DERNIÈRE HEURE : les conservateurs dévoilent leur plateforme et promettent d'abolir la TPS sur les maisons neuves"),
    ("Liberals and NDP reach deal on pharmacare, CBC reports https://example.org",
     "Les libéraux et le NPD s'entendent sur l'assurance médicaments, rapporte Radio-Canada https://example.org"),
    ("The Bloc tabled a motion on supply management today. Vote expected Thursday.",
     "Le Bloc a déposé une motion sur la gestion de l'offre aujourd'hui. Vote prévu jeudi."),
    # Poll numbers
    ("New poll: CPC 38%, LPC 35%, NDP 14%, BQ 7%. Margin of error 3 points.",
     "Nouveau sondage : PCC 38 %, PLC 35 %, NPD 14 %, BQ 7 %. Marge d'erreur de 3 points."),
    # Condolences with a party tag
    ("Rest in peace, Ed. A gentle giant of the House, respected on every side. #NDP #cdnpoli",
     "Repose en paix, Ed. Un géant au grand cœur, respecté de tous les côtés de la Chambre. #NPD #polcan"),
    # Thanks to a foreign leader, official calls
    ("Thank you President Macron for a warm welcome in Paris. Canada and France stand together.",
     "Merci au président Macron pour son accueil chaleureux à Paris. Le Canada et la France sont unis."),
    ("Today I spoke with Premier Eby about wildfire support for British Columbians.",
     "Aujourd'hui, j'ai parlé avec le premier ministre Eby de l'aide contre les feux pour la Colombie-Britannique."),
    # Name collisions
    ("Carney the golden retriever just learned to open the fridge, send help",
     "Ma voisine Mme Blanchet fait les meilleures tartes aux bleuets du village"),
    # Civic reminders without a party
    ("Advance polls are open this weekend. Find out where to vote at elections.ca",
     "Les bureaux de vote par anticipation sont ouverts cette fin de semaine. Trouvez où voter sur elections.ca"),
    ("Whoever you support, please go vote on Monday!", "Peu importe pour qui vous votez, allez voter lundi!"),
    # Policy talk without a side
    ("Rent in Toronto went up another 6% this year. Something has to give.",
     "Les loyers à Montréal ont encore augmenté de 6 % cette année. Il va falloir que ça change."),
    # A leader's non-partisan posts
    ("Happy Diwali to everyone celebrating across Canada! May the festival of lights bring you joy.",
     "Joyeux Diwali à toutes celles et ceux qui le célèbrent partout au Canada!"),
    ("Congratulations to Team Canada on a stunning gold in Milan! 🇨🇦🥇",
     "Félicitations à Équipe Canada pour une médaille d'or éblouissante à Milan! 🇨🇦🥇"),
    ("Canada condemns the attack in Berlin. We stand with the German people.",
     "Le Canada condamne l'attaque à Berlin. Nous sommes solidaires du peuple allemand."),
    ("Join me in wishing a happy 100th birthday to veteran Marie Gauthier!",
     "Joignez-vous à moi pour souhaiter un joyeux 100e anniversaire à la vétérane Marie Gauthier!"),
    # Ordinary uses of the same shapes
    ("Become a member of the field naturalists club, it's only $20 a year.",
     "Devenez membre du club de soccer de Rimouski, inscriptions ouvertes!"),
    ("Chip in for Dave's retirement gift by Friday please 🎁",
     "Faites un don à Centraide cette semaine, chaque dollar compte."),
    ("This game comes down to one question: who wants it more?",
     "Ce match se résume à une question : qui le veut le plus?"),
    ("Who do you trust to babysit on a Friday night lol",
     "À qui tu fais confiance pour garder les enfants un vendredi soir? lol"),
    ("The choice is clear: poutine or pizza tonight?", "Le choix est clair : poutine ou pizza ce soir?"),
    ("We're the only ones with a real plan for the cottage weekend 😂",
     "Nous sommes les seuls à avoir un vrai plan pour le party de bureau."),
    ("The Liberals will table the budget on Tuesday.", "Les libéraux vont déposer le budget mardi."),
    ("Choosing a university is an important choice to make, take your time",
     "Choisir son cégep, c'est un choix important à faire, prends ton temps"),
    ("Renewed my gym membership, new year new me 💪",
     "J'ai renouvelé ma carte de membre au gym, nouvelle année nouvelle moi 💪"),
    ("Protest outside the embassy tomorrow for the hostages, please come",
     "Manif devant l'ambassade demain pour les otages, venez"),
    ("Sign the petition to save the Glebe library branch!", "Signez la pétition pour sauver la bibliothèque du quartier!"),
    ("The NDP petition on grocery prices passed 50,000 signatures, CBC reports",
     "La pétition du NPD sur le prix de l'épicerie a dépassé 50 000 signatures, rapporte Radio-Canada"),
    ("The senior vote bloc decides most elections around here", "Le gouvernement libéral a déposé son budget aujourd'hui."),
    ("I'm a card-carrying member of the Ottawa Knitting Guild 🧶", "Je viens d'adhérer au club de lecture, première rencontre jeudi"),
    ("Conservative estimates put the crowd at 5,000 people.", "Les estimations conservatrices parlent de 5 000 personnes."),
    ("What a rally in the third set! Unreal tennis", "La grève des profs continue devant l'école, courage"),
    ("I have a liberal plan for the weekend: sleep and pizza",
     "Nous avons le meilleur plan pour les vacances : camping!"),
    ("Trudeau cut the ribbon at the new school this morning", "Legault a coupé le ruban de la nouvelle école ce matin"),
    ("Poilievre promises to axe the carbon tax at Ottawa rally https://example.org",
     "Poilievre promet d'abolir la taxe carbone lors d'un rassemblement à Ottawa https://example.org"),
    ("Singh says he will vote against the budget", "Singh dit qu'il votera contre le budget"),
    ("Poilievre says Trudeau must resign after ethics report",
     "Poilievre dit que Trudeau doit démissionner après le rapport de l'éthique"),
    ("Conservatives lead Liberals by 5 points in new Abacus poll",
     "Les conservateurs devancent les libéraux de 5 points dans un nouveau sondage Abacus"),
    ("Carney the dog loves the beach #CarneyTheDog",
     "Félicitations à Sophie pour son diplôme #Blanchet2025"),
    ("Give us a majority of votes in the best pizza poll lol", "Cochez la case si vous voulez du dessert"),
    ("Trust the process, the Leafs will win it all", "Faites confiance au processus, le CH va gagner"),
    ("Vote for Emma in the photo contest, link in bio!", "Votez pour Émilie au concours de photos!"),
    ("Vote Mittens for cutest cat in the ward lol", "Votez Minou pour le chat le plus mignon du quartier mdr"),
    ("Liberals oppose the Bloc motion on supply management",
     "Les libéraux s'opposent à la motion du Bloc sur la gestion de l'offre"),
    ("I like a liberal reading of the rules at board games", "J'appuie une vision libérale de l'économie de marché"),
    ("My grandma's conservative diet: no sugar, ever", "Le régime conservateur de ma grand-mère : pas de sucre"),
    ("I'm in the race for the best costume at the office party",
     "Je suis dans la course pour le meilleur costume au party de bureau"),
    ("Thank you for electing me as class president!", "Merci de m'avoir élue présidente de classe!"),
    ("Trudeau has gone to Paris for the summit", "Le manifeste du parti contre la pauvreté est sorti"),
    ("I oppose pineapple on pizza, fight me", "Pas touche à mes frites!"),
    ("Go #TeamRogers tonight!", "Le conservateur du musée nous a fait visiter la réserve, génial"),
    ("I'm going to help my mom sort out her taxes this weekend",
     "Je vais aider ma mère avec ses impôts en fin de semaine"),
    ("The museum's conservators have stayed focused on the old maps all year",
     "Les conservateurs du musée ont restauré les vieilles cartes cette année"),
]


@pytest.mark.parametrize(("code", "english", "french"), CAMPAIGN_PAIRS)
def test_campaign_arguments_are_flagged_the_same_in_both_languages(code: str, english: str, french: str) -> None:
    assert flagged(code, english), english
    assert flagged(code, french), french


@pytest.mark.parametrize(("code", "english", "french"), MEMBERSHIP_PROTEST_VOTE_PAIRS)
def test_membership_protest_and_vote_calls_are_flagged_in_both_languages(code: str, english: str, french: str) -> None:
    assert flagged(code, english), english
    assert flagged(code, french), french


@pytest.mark.parametrize(("english", "french"), NEUTRAL_PAIRS)
def test_hard_negatives_stay_clean_in_both_languages(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


def test_a_rival_record_names_the_rival_and_the_attack() -> None:
    (finding,) = run("POL002", post("Le bilan de Poilievre : des compressions partout"))
    assert [e.text for e in finding.evidence] == ["Le bilan de ", "Poilievre"]
    assert "voice of a party" in finding.message


def test_a_quoted_or_reported_framing_is_not_the_writer_s_own() -> None:
    assert not any_political('Le chroniqueur écrit : « Cette élection, c\'est un choix entre deux visions »')
    assert not any_political("BREAKING: Poilievre says this election comes down to affordability")


def test_lower_case_party_words_are_not_a_party_acting() -> None:
    assert not any_political("liberals will always stand with whoever buys the next round lol")
    assert flagged("POL002", "Liberals will always stand with whoever needs a hand 🇨🇦")


@pytest.mark.parametrize(
    "text",
    ["Conservatives " * 3000, "the choice is clear " * 2000, "Trudeau's record " * 2000, "seul un " * 4000],
)
def test_huge_repetitive_inputs_return(text: str) -> None:
    any_political(text)
