"""Workplace critique, round 3 (issue 15): classes real posts showed the rules missing, EN and FR.

Wanting out (with eagerness, held back by a means, or in words only a job has), being less than
human to the employer, fear and threats of dismissal, no recognition, morale at its lowest,
money over people, counter-productive bureaucracy, "sick of working for these people", French
sarcasm (praise as an interjection, praise to leaders beside a harm, scare quotes) and French
lying leadership. Each row is a parallel English / French pair written by the team in varied
registers; none is taken or paraphrased from any data set. Hard negatives sit beside them:
mild or constructive remarks, praise, someone else's workplace, customers, labour politics,
fiction, leaving for a holiday or a city, "Monday again lol".
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import load_rules
from tests.rules.conftest import codes_of

WORKPLACE = Analyzer(load_rules(["WRK001", "WRK002"]))


def codes(text: str, language: str | None = None) -> set[str]:
    return codes_of(WORKPLACE, text, language)


# France's workplace words (boulot, taf, N+1, DRH, manager, rupture conventionnelle) name the
# author's work as Québec's do (job, boss, la shop); each French row has an English twin.
FLAGGED = {
    "France's words for work": [
        ("Great, another three-hour meeting with my manager about \"wellbeing at work\".",
         "Génial, encore une réunion de trois heures avec mon manager pour parler de « bien-être au travail »."),
        ("My supervisor humiliated me in a meeting again. Love this job.",
         "Mon N+1 m'a encore humiliée en réunion. Trop bien, ce boulot."),
        ("Fed up with this job, I'm going to ask for a buyout.",
         "Ras-le-bol de ce boulot, je vais demander une rupture conventionnelle."),
        ("What a company: layoffs for us, bonuses for the execs.",
         "Quelle belle boîte : plan social pour nous, primes pour les chefs."),
        ("My managers are complete incompetents.",
         "Mes managers sont des incompétents finis."),
    ],
    "want_out, eager": [
        ("Counting down the days till I can hand in my notice.",
         "Je compte les jours avant de remettre ma démission."),
        ("If I could afford it I'd be gone from here in a heartbeat.",
         "J'ai tellement hâte de sacrer mon camp d'ici."),
        ("I'd quit this job in a heartbeat if I could afford to.",
         "Je rêve de démissionner tous les matins en arrivant au bureau."),
        ("If the job market was better I'd have left this department years ago.",
         "Si c'était pas de ma pension, j'aurais quitté ce ministère depuis longtemps."),
    ],
    "want_out, job words": [
        ("Honestly praying for a layoff at this point 🙃",
         "Franchement, j'espère me faire mettre à pied 🙃"),
        ("My resignation letter is ready, one more meeting like this and I quit.",
         "Ma lettre de démission est prête, encore une journée de même pis je démissionne."),
    ],
    "want_out, a wish to leave": [
        ("Seriously considering leaving the public service after this year.",
         "Je pense sérieusement à quitter la fonction publique après cette année."),
        ("Thinking of leaving this department for good.",
         "Je songe à sacrer mon camp de ce ministère pour de bon."),
        ("Why do I still work here?",
         "Pourquoi je travaille encore ici?"),
        ("I can't stay on this team another year.",
         "Je peux pu rester dans cette équipe une autre année."),
        ("I'd take any other job at this point.",
         "Je prendrais n'importe quelle autre job à ce stade."),
    ],
    "want_out, held back or looking elsewhere": [
        ("The only thing keeping me here is the pension.",
         "La seule chose qui me retient ici, c'est la pension."),
        ("I'm one bad meeting away from resigning.",
         "Je suis à une réunion de démissionner."),
        ("Trying to find a way out of this department before it kills me.",
         "J'essaie de trouver une porte de sortie de ce ministère avant que ça me tue."),
        ("Polishing my résumé during lunch again. This place is draining me.",
         "Je mets mon CV à jour pendant l'heure du dîner. Cette place me vide."),
    ],
    "less_than_human": [
        ("Please just treat me like a human being, that's all I ask of my manager.",
         "Ma gestionnaire pourrait juste me traiter comme du monde, c'est tout ce que je demande."),
        ("They talk to us at work like we're stupid.",
         "Au bureau, ils nous parlent comme si on était stupides."),
    ],
    "threats_of_dismissal": [
        ("Management keeps threatening termination if we complain about the overtime.",
         "On se fait menacer de congédiement dès qu'on se plaint des heures supplémentaires."),
        ("My supervisor rules by fear. Speak up and you get written up.",
         "Ma superviseure gère par la peur. Tu parles, pis t'as une mesure disciplinaire."),
    ],
    "fear, keep quiet": [
        ("Keep your mouth shut and don't rock the boat, that's the culture here.",
         "Ferme ta gueule pis fais pas de vagues, c'est la culture ici."),
    ],
    "no_recognition": [
        ("Eight years on this team and I've never once been told I'm doing a good job.",
         "Huit ans dans cette équipe pis on m'a jamais dit que je faisais du bon travail."),
        ("Not even a thank you from my boss after the whole weekend we gave.",
         "Même pas un merci de mon boss après toute la fin de semaine qu'on a donnée."),
    ],
    "morale": [
        ("Morale could not be lower. #publicservice",
         "Le moral pourrait pas être plus bas. #fonctionpublique"),
    ],
    "money_over_people": [
        ("It's all about the numbers here. People come last.",
         "Ici c'est juste les chiffres qui comptent, l'humain passe en dernier."),
    ],
    "sick_of_them": [
        ("I am so sick of working for these people.",
         "Chu tellement écœurée de travailler pour ce monde-là."),
    ],
    "sarcasm": [
        ("Great, the pay system crashed again. I love my job.",
         "Super, le système de paie plante encore. J'adore ma job."),
        ("Thanks leadership for taking away telework, exactly what we needed 🙄",
         "Merci à la direction de nous avoir enlevé le télétravail, c'est exactement ce qu'il nous fallait"),
        ("Congratulations to senior management for managing to demotivate everyone in one year.",
         "Félicitations à la haute direction pour avoir réussi à démotiver tout le monde en un an."),
        ("Wow, another reorg. Thanks so much upper management, we really needed that.",
         "Wow, encore une réorganisation. Merci la haute direction, on en avait tellement besoin."),
        ("Thanks management for this \"consultation\" of five minutes.",
         "Merci à la « haute direction » pour cette « consultation » de cinq minutes."),
        ("Kudos to our managers for the genius idea: three forms to order a pen.",
         "Bravo à nos gestionnaires pour cette idée de génie : trois formulaires pour commander un crayon."),
    ],
    "sarcasm, French markers": [
        ("Five days a week in the office will fix all our problems, said no one ever.",
         "Le retour au bureau cinq jours semaine va régler tous nos problèmes, a dit personne, jamais."),
        ("Because that worked so well last time, my director is launching another reorg.",
         "Parce que ça a tellement bien marché la dernière fois, mon directeur relance une réorg."),
        ("Love how upper management cancels telework the day before.",
         "J'adore comment la haute direction annule le télétravail la veille."),
        ("Nothing like a surprise reorg to lift morale.",
         "Rien de tel qu'une réorganisation surprise pour remonter le moral des troupes."),
        ("Oh yes, the famous \"culture of kindness\", we really feel it at work.",
         "Ah oui, la « culture de la bienveillance », on la sent bien au bureau."),
        ("Who could have guessed the new pay system would crash? Shocker.",
         "Qui aurait pu prévoir que le nouveau système de paie planterait? Choquant."),
    ],
    "sarcasm, praise of an imposition or a boss": [
        ("So glad our executives got bonuses while we got a pay freeze.",
         "Tellement contente que nos cadres aient eu des bonis pendant qu'on a un gel de salaire."),
        ("Best part of my job? The endless meetings.",
         "Le meilleur de ma job? Les réunions interminables."),
        ("Love getting emails at 11pm from my boss.",
         "J'adore recevoir des courriels de mon boss à 23 h."),
        ("My manager is such a great communicator: I learned about my transfer by email.",
         "Mon gestionnaire est tellement un bon communicateur : j'ai appris ma mutation par courriel."),
        ("Wow, our leadership found yet another way to surprise us. Bravo.",
         "Wow, notre direction a encore trouvé le moyen de nous surprendre. Bravo."),
        ("Really, kudos to senior management for this wonderful return to office.",
         "Vraiment, bravo à la haute direction pour ce beau retour au bureau obligatoire."),
    ],
    "sarcasm, eager for the next imposition, long live, closing praise": [
        ("Can't wait for the next reorg, it's been at least six months.",
         "J'ai hâte à la prochaine réorg, ça fait au moins six mois."),
        ("Long live Phoenix! Three years without being paid properly.",
         "Vive Phénix! Trois ans sans être payée correctement."),
        ("Three people off on burnout this month on my team. So motivating.",
         "Trois départs en burnout dans mon équipe ce mois-ci. Super motivant."),
        ("No raise in four years at this company, but we got a pizza party. One big happy family!",
         "Pas d'augmentation depuis quatre ans, mais on a eu un party pizza. On est une grande famille!"),
    ],
    "sarcasm about those who run the place": [
        ("Our fearless leaders decided to cut training again. What vision 👏",
         "Nos chers dirigeants ont encore décidé de couper dans la formation. Quelle vision 👏"),
        ("The decision makers had the brilliant idea of imposing new software with no training.",
         "Les décideurs ont eu la brillante idée d'imposer un nouveau logiciel sans formation."),
        ("Nothing says \"we value you\" like a hiring freeze and twice the files.",
         "Rien ne dit « on vous apprécie » comme un gel d'embauche pis deux fois plus de dossiers."),
    ],
    "bullying, the doer after the deed": [
        ("I keep getting yelled at by my supervisor in front of everyone.",
         "Je me fais crier après par mon boss devant tout le monde."),
        ("I've been bullied by my manager for months.",
         "Je me fais intimider par mon gestionnaire depuis des mois."),
        ("My boss keeps putting me down.",
         "Mon boss passe son temps à me dénigrer."),
        ("My manager watches me constantly and criticizes everything I do.",
         "Ma gestionnaire me surveille constamment pis me fait des reproches pour tout."),
    ],
    "sarcasm, set up by a colon or a frame": [
        ("Congrats to our managers: 40% turnover this year. A record!",
         "Félicitations à nos gestionnaires : 40 % de roulement cette année. Un record!"),
        ("Transparency, leadership edition: we learn about the cuts in the news.",
         "La transparence, version haute direction : on apprend les coupures dans La Presse."),
        ("Ah, the famous \"we're a family\". A family that lays you off by email.",
         "Ah, le fameux « on est une famille ». Une famille qui te met à pied par courriel."),
        ("Great wellness initiative: a webinar on resilience while they cut positions.",
         "Super initiative de mieux-être : un webinaire sur la résilience pendant qu'on coupe les postes."),
        ("How lovely, our managers' active listening: they nod and then do the opposite.",
         "C'est beau, l'écoute active de nos gestionnaires : ils hochent la tête pis ils font le contraire."),
    ],
    "chaos and a toxic place, in more words": [
        ("Nobody at my branch knows what anyone else is doing.",
         "Personne dans ma direction sait ce que les autres font."),
        ("Every week it's a new system, a new form and a new process at my department.",
         "Chaque semaine c'est un nouveau système, un nouveau formulaire pis un nouveau processus dans mon ministère."),
        ("The people on my team stab each other in the back for every promotion.",
         "Dans mon équipe, le monde se poignarde dans le dos pour chaque promotion."),
        ("My department has lost half its staff in a year and nobody in leadership asks why.",
         "Mon ministère a perdu la moitié de son personnel en un an pis personne en haut se demande pourquoi."),
    ],
    "lying_leadership": [
        ("They swore there would be no cuts to our branch. Three months later, six positions gone.",
         "Ils nous ont juré qu'il y aurait pas de coupures dans notre direction. Trois mois plus tard, six postes abolis."),
        ("Our managers say one thing and do the opposite, nobody believes them anymore.",
         "Nos gestionnaires disent une chose pis font le contraire, personne les croit pu."),
        ("Another town hall, nobody believes a word of it.",
         "On nous raconte des histoires au town hall, personne y croit."),
    ],
}

NOT_FLAGGED = {
    "leaving for a rest, a city, a farewell": [
        ("Friday! Can't wait to get out of here and hit the lake for the weekend.",
         "Vendredi! J'ai hâte de sacrer mon camp au chalet pour la fin de semaine."),
        ("Counting the days until vacation, I'm out of here on the 15th!",
         "Je compte les jours avant les vacances, je pars le 15!"),
        ("I'd leave tomorrow if I could, this city is too expensive.",
         "Je partirais demain si je pouvais, cette ville coûte trop cher."),
        ("Leaving this team after 8 years. I'll miss every one of you, thank you for everything.",
         "Je quitte mon équipe après 8 ans, vous allez me manquer, merci pour tout."),
        ("If I won the lottery I'd buy a boat and sail away.",
         "Si je gagnais à la loto, je m'achèterais un bateau."),
    ],
    "leaving for an errand or a new role": [
        ("I want to leave the office on time for once so I can see my kids.",
         "Je veux partir du bureau à 16h pour aller chercher les enfants."),
        ("Thinking of leaving early today to beat the traffic.",
         "Je pense à quitter le bureau plus tôt demain pour le rendez-vous chez le dentiste."),
        ("Can't wait to start my new job on Monday, leaving this department with great memories.",
         "J'ai hâte de commencer mon nouveau poste lundi, je quitte ce ministère avec de beaux souvenirs."),
        ("I'm considering leaving Twitter for good, this app is a mess.",
         "Je songe à quitter Facebook pour de bon."),
    ],
    "France's words for work, earnest": [
        ("I love my job, my team is great.",
         "J'adore mon boulot, mon équipe est géniale."),
        ("Great day at work, we shipped the project!",
         "Super journée au taf, on a livré le projet!"),
        ("My manager gave me great feedback at my annual review.",
         "Mon manager m'a fait un super retour à mon entretien annuel."),
    ],
    "earnest eagerness and pleasure": [
        ("Can't wait for the next team lunch, always fun.",
         "J'ai hâte au prochain dîner d'équipe, toujours le fun."),
        ("Always a pleasure to work with this team!",
         "Toujours un plaisir de travailler avec mon équipe!"),
        ("Pizza party today to celebrate the launch, thanks to my manager!",
         "Party pizza aujourd'hui pour fêter le lancement, merci à ma gestionnaire!"),
        ("Long live the holidays, finally!",
         "Vive les vacances, enfin!"),
    ],
    "praise set up by a colon, earnest": [
        ("Great initiative from my team: we raised 5000 dollars for the food bank!",
         "Super initiative de mon équipe : on a amassé 5000 $ pour la banque alimentaire!"),
        ("Congrats to our managers: record client satisfaction this year!",
         "Félicitations à nos gestionnaires : satisfaction record de la clientèle cette année!"),
    ],
    "farewells and job seekers": [
        ("Open to work! Looking for my first job after graduation.",
         "Disponible pour un premier emploi après mes études, écrivez-moi!"),
        ("Today is my last day here, thank you all for eight amazing years.",
         "C'est ma dernière journée ici, merci à toute l'équipe pour ces belles années."),
        ("I stay for the people, honestly the best team I've had.",
         "Je reste pour le monde, la meilleure équipe que j'ai eue."),
        ("Had an interview elsewhere today, but honestly I love my current team too. Tough choice!",
         "J'ai eu une entrevue ailleurs aujourd'hui, mais j'adore mon équipe aussi. Choix difficile!"),
    ],
    "praise and mild remarks": [
        ("Great meeting with the team today, we finally shipped the release!",
         "Belle réunion d'équipe aujourd'hui, on a enfin livré la version!"),
        ("Congrats to senior leadership on a great year, despite the budget cuts.",
         "Bravo à la haute direction pour une belle année, malgré les compressions."),
        ("Thanks to management for the extra training sessions, really helpful.",
         "Merci à la direction pour les formations supplémentaires, vraiment utiles."),
        ("The salary could be better, but otherwise a great place to work.",
         "Le salaire pourrait être meilleur, sinon c'est une bonne place."),
        ("Wow, the new office is amazing! Thanks leadership!",
         "Wow, le nouveau bureau est magnifique! Merci la direction!"),
        ("She said \"great job\" to the whole team today, so proud!",
         "Elle a dit « beau travail » à toute l'équipe aujourd'hui, tellement fière!"),
    ],
    "praise of a boss beside an ordinary day": [
        ("My manager is such a great communicator, she walked us through the new budget line by line.",
         "Mon gestionnaire est tellement un bon communicateur, il nous a tout expliqué le budget."),
        ("Love getting thank-you cards from my team.",
         "J'adore recevoir des cartes de remerciement de mon équipe."),
        ("Best part of my job? The people on my team.",
         "Le meilleur de ma job? Le monde de mon équipe."),
    ],
    "not the author's work": [
        ("My sister hates her job, she says her boss treats everyone like dirt.",
         "Ma sœur haït sa job, elle dit que son boss traite tout le monde comme de la marde."),
        ("Mon chum is sick of working for his boss, poor guy.",
         "Mon chum est écœuré de travailler pour son boss."),
        ("Would a thank-you kill them? Drivers never wave when I let them in.",
         "Ça les tuerait-tu de dire merci? Les chauffeurs saluent jamais quand je les laisse passer."),
        ("Great, my flight got cancelled again. Airlines are the worst.",
         "Super, le métro est encore en panne. Merci la STM."),
        ("Unions fight for workers who are treated like numbers by big corporations.",
         "Les syndicats se battent pour les travailleurs traités comme des numéros par les grandes compagnies."),
        ("We were promised sunshine this weekend. Still waiting.",
         "On nous avait promis du soleil en fin de semaine. On attend encore."),
    ],
    "bullied by a customer or in a novel": [
        ("I got yelled at by a customer today but my manager backed me up.",
         "Je me fais crier après par un client presque tous les jours, mais ma gestionnaire me soutient."),
        ("In the novel, the clerk is humiliated by his boss every chapter.",
         "Dans le roman, le commis se fait humilier par son patron à chaque chapitre."),
        ("My boyfriend gets yelled at by his boss all the time.",
         "Mon chum se fait engueuler par son boss tout le temps."),
    ],
    "the same words about something else": [
        ("My team keeps getting lost on the trail every year, it's tradition at this point.",
         "Mon équipe se perd dans le sentier chaque année, c'est rendu une tradition."),
        ("I dropped everything for my team's launch and it was worth it!",
         "J'ai tout lâché pour le lancement de mon équipe pis ça valait la peine!"),
        ("Reunion with my old high school team, felt like high school again!",
         "Retrouvailles avec mon équipe du secondaire, comme au secondaire!"),
    ],
    "fiction and banter": [
        ("In the movie, the boss threatens to fire everyone who speaks up.",
         "Dans le film, le patron menace de congédier tout le monde."),
        ("Monday again lol. Coffee please.",
         "Encore lundi, ouf. Café svp."),
        ("Oh great, it's snowing again. Love Canadian winters.",
         "Ah super, il neige encore. J'adore l'hiver."),
    ],
}


def _rows(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    return [(kind, text, lang) for kind, pairs in table.items() for pair in pairs for text, lang in zip(pair, ("en", "fr"))]


@pytest.mark.parametrize(("kind", "text", "lang"), _rows(FLAGGED))
def test_critique_of_own_workplace_is_flagged(kind: str, text: str, lang: str) -> None:
    assert codes(text, lang) & {"WRK001", "WRK002"}, (kind, text)


@pytest.mark.parametrize(("kind", "text", "lang"), _rows(NOT_FLAGGED))
def test_hard_negatives_are_not_flagged(kind: str, text: str, lang: str) -> None:
    assert not codes(text, lang) & {"WRK001", "WRK002"}, (kind, text)


def test_language_need_not_be_declared() -> None:
    assert codes("Counting down the days till I can hand in my notice.") == {"WRK002"}
    assert codes("Ici c'est juste les chiffres qui comptent, l'humain passe en dernier.") == {"WRK002"}


def test_evidence_names_the_wish_to_leave() -> None:
    from footprint.records import Subject
    from footprint.text import fold

    rule = next(r for r in load_rules(["WRK002"]))
    text = "If I could afford it I'd be gone from here in a heartbeat."
    subject = Subject(platform="x", account_id="a", native_id="1", kind="post", fields={"text": text}, language="en")
    hits = list(rule.check(subject, {"text": fold(text)}))
    assert hits
    spans = [text[e.start : e.end].lower() for e in hits[0].evidence]
    assert any("gone" in span for span in spans), spans
