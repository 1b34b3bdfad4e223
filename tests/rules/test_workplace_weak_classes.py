"""Workplace critique: the classes an independent corpus showed the rules missing, EN and FR.

Lying or spinning leadership (town halls that change nothing, broken promises), contempt for
staff (double standards of executives), being treated as a number or told one is replaceable,
wanting out, French sarcasm, bullying by managers and chaos. Each row is a parallel English /
French pair written by the team in varied registers (casual, Québécois, hashtags, emoji); none
is taken or paraphrased from any data set. Hard negatives sit beside each class: praise that
uses the same words, someone else's workplace, politics, fiction, self-talk.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import load_rules
from tests.rules.conftest import codes_of

WORKPLACE = Analyzer(load_rules(["WRK001", "WRK002"]))


def codes(text: str, language: str | None = None) -> set[str]:
    return codes_of(WORKPLACE, text, language)


FLAGGED = {
    "lying_leadership": [
        ("Another town hall where leadership swears they hear us. Nothing will change, it never does.",
         "Encore un town hall où la direction jure qu'elle nous entend. Rien va changer, comme d'habitude."),
        ("They tell us our wellbeing is a priority, then cut the EAP sessions. Pure spin.",
         "On nous dit que notre bien-être est une priorité, pis on coupe dans le PAE. De la poudre aux yeux."),
        ("Management promised us telework would stay. Broken promise number 4 this year.",
         "La haute direction nous avait promis que le télétravail resterait. Encore une promesse brisée."),
        ("Our DG keeps saying 'your voice matters' but nobody ever acts on the survey results.",
         "Notre DG répète que « votre voix compte » mais personne fait rien avec les résultats du sondage."),
        ("Leadership talks about transparency at every all-staff and then hides the reorg until the last day.",
         "Nos dirigeants parlent de transparence à chaque rencontre du personnel, pis ils cachent la réorg jusqu'à la dernière minute."),
        ("Lip service from upper management, again. All talk, no action.",
         "Encore des belles paroles de la haute direction. Beaucoup de blabla, aucune action."),
    ],
    "lying_leadership, claim then nothing": [
        ("We were promised new chairs and proper desks at the office back in March. Still waiting.",
         "On nous avait promis des chaises et des bureaux convenables au travail en mars. On attend encore."),
        ("Our DG keeps saying mental health is the top priority. Meanwhile, three people on my team are off on stress leave.",
         "Notre DG répète que la santé mentale est la priorité. Pendant ce temps, trois personnes de mon équipe sont en congé de maladie."),
        ("Leadership swore the reorg wouldn't touch our unit. Guess what they did the opposite.",
         "La direction a juré que la réorg toucherait pas notre unité. Ils ont fait le contraire."),
    ],
    "contempt_for_staff": [
        ("Execs ordering us back to the office five days a week while they work from the cottage. Rules for thee.",
         "Les cadres nous obligent à revenir au bureau cinq jours semaine pendant qu'eux travaillent du chalet."),
        ("Upper management gets bonuses while we get a hiring freeze and no raise.",
         "La haute direction se donne des primes pendant qu'on a un gel d'embauche pis pas d'augmentation."),
        ("Our ADM looks down on anyone below EX level, you can feel the contempt in every meeting.",
         "Notre SMA regarde de haut tout ce qui est en bas du niveau EX, on sent le mépris à chaque réunion."),
        ("The bosses think we're lazy because we asked for ergonomic chairs.",
         "Les boss pensent qu'on est paresseux parce qu'on a demandé des chaises ergonomiques."),
        ("Senior leadership doesn't even know our names after five years. We're furniture to them.",
         "La haute direction connaît même pas nos noms après cinq ans. On est des meubles pour eux autres."),
        ("Double standard at my department: managers can be late, the rest of us get a write-up.",
         "Deux poids, deux mesures dans mon ministère : les gestionnaires peuvent arriver en retard, nous autres on se fait réprimander."),
    ],
    "treated_as_number": [
        ("My manager told me straight up that I'm replaceable.",
         "Mon boss m'a dit en pleine face que j'étais remplaçable."),
        ("Twelve years of service and to this department I'm a cog in the machine.",
         "Douze ans de service pis pour mon ministère je suis juste un rouage dans la machine."),
        ("To HR I'm just a PRI on a spreadsheet.",
         "Pour les RH, je suis juste un matricule dans un fichier Excel."),
        ("When I asked for help, my supervisor said if I don't like it, there's the door.",
         "Quand j'ai demandé de l'aide, ma superviseure m'a dit que si j'étais pas contente, la porte est là."),
        ("At my job nobody is a person, we're headcount.",
         "À ma job personne est une personne, on est juste des chiffres."),
        ("They made it clear at work that any of us can be swapped out tomorrow.",
         "Au bureau, ils nous ont bien fait comprendre qu'on peut être remplacés demain matin."),
    ],
    "treated_as_number, more": [
        ("Fifteen years at this department and to them I'm just an employee number.",
         "Quinze ans dans ce ministère pis pour eux je suis juste un numéro parmi d'autres."),
        ("My director reminded us that nobody is irreplaceable. Message received.",
         "Mon directeur nous a rappelé que personne est irremplaçable. Message reçu."),
        ("Management sees us as headcount, not people.",
         "La direction nous voit comme des chiffres, pas comme du monde."),
    ],
    "contempt_for_staff, more": [
        ("Our executives have never done our job and have no idea what we actually do.",
         "Nos cadres ont jamais fait notre job pis ont aucune idée de ce qu'on fait."),
        ("Upper management laughed at our concerns in the town hall.",
         "La haute direction a ri de nos inquiétudes au town hall, ils se pensent meilleurs que nous."),
    ],
    "want_out": [
        ("Counting down the days until I can leave this department for good.",
         "Je compte les jours avant de pouvoir crisser mon camp de ce ministère."),
        ("I'm so done with this job. Applying everywhere.",
         "J'suis tellement tannée de ma job. J'applique partout."),
        ("Three more years till my pension and I'm out of this place, can't come soon enough.",
         "Encore trois ans avant ma pension pis je sacre mon camp d'ici, vivement que ça finisse."),
        ("My resignation letter has been sitting in my drafts for a month. This job is killing me.",
         "Ma lettre de démission dort dans mes brouillons depuis un mois. Cette job me tue."),
        ("Need to get out of my team before I lose my mind.",
         "Faut que je sorte de mon équipe avant de virer folle."),
        ("Every Sunday night I dread going back to work. Time to find something else.",
         "Chaque dimanche soir j'angoisse de retourner au travail. Il est temps que je me trouve autre chose."),
    ],
    "sarcasm": [
        ("Bravo to upper management for yet another reorg nobody asked for 👏👏",
         "Bravo la direction pour encore une réorg que personne a demandée 👏👏"),
        ("Great job leadership, another brilliant decision. 🙄",
         "Encore une belle décision de nos dirigeants. 🙄"),
        ("Thanks for nothing, management.",
         "Merci pour rien, la haute direction."),
        ("Oh wonderful, my boss moved the deadline up again. Just fantastic.",
         "Génial, mon boss a encore devancé l'échéance. Vraiment génial."),
        ("Love that HR lost my file for the third time. Truly stellar work.",
         "J'adore ça, les RH ont perdu mon dossier pour la troisième fois. Bravo champions."),
        ("Wow, what a shock, management changed the priorities again. 🙃 Such leadership.",
         "Wow, quelle surprise, la direction a encore changé les priorités. Quel leadership 🙄"),
    ],
    "sarcasm, irony": [
        ("Love how HR lost my file again. 🙃",
         "J'adore quand les RH perdent mon dossier encore une fois."),
        ("Oh wonderful, my boss moved the deadline up again.",
         "Quel leadership, mon boss a encore devancé l'échéance."),
        ("Gotta love when management cancels our training with no explanation.",
         "Faut aimer ça quand la direction annule notre formation sans explication."),
    ],
    "bullying named in the sentence before": [
        ("My supervisor is something else. She threatens me every time I ask for leave.",
         "Ma superviseure est rendue impossible. Elle me menace chaque fois que je demande un congé."),
        ("No one stops the bullying from my manager.",
         "Personne fait rien contre l'intimidation de mon boss."),
    ],
    "sarcasm idioms": [
        ("Overtime again this weekend, living the dream at my department.",
         "Encore des heures supplémentaires ce week-end dans mon ministère, de mieux en mieux."),
    ],
    "praise of leadership beside a grievance, praise beside a recurring burden": [
        ("Morale in our unit is at an all-time low, but congrats to senior management on the new logo.",
         "Le moral de notre unité est au plus bas, mais bravo à la haute direction pour le nouveau logo."),
        ("Bravo. Overtime again this weekend for the whole unit.",
         "Bravo. Encore des heures supplémentaires ce week-end pour toute l'unité."),
    ],
    "chaos, more": [
        ("Conflicting instructions from three directors on the same project, everything is urgent and nothing gets decided.",
         "Des consignes contradictoires de trois directeurs sur le même projet, tout est urgent pis rien se décide."),
        ("We're making it up as we go at my branch, the plan changes every week.",
         "Dans ma direction on improvise, le plan change chaque semaine, c'est tout croche."),
    ],
    "want_out, plainer words": [
        ("Honestly it's time to move on from this department, the day I find something better I'm gone.",
         "Honnêtement il est temps que je passe à autre chose, dès que je trouve mieux je sacre mon camp de ce ministère."),
    ],
    "conditional praise, spoken French negation": [
        ("If you don't mind being ignored, it's a great place to work. Management never listens.",
         "Si ça te dérange pas d'être ignorée, c'est une super place. La direction écoute jamais."),
        ("My managers don't respect us and never recognize anything we do.",
         "Mes gestionnaires nous respectent pas pis reconnaissent jamais rien de ce qu'on fait."),
    ],
    "sarcasm and irony about burdens": [
        ("Nothing says 'we value you' like mandatory overtime on a long weekend.",
         "Rien de mieux que des heures supplémentaires obligatoires pour nous montrer qu'on est appréciés."),
        ("Great, more unpaid overtime this weekend. Thanks, leadership.",
         "Bravo, encore du temps supplémentaire non payé en fin de semaine. Merci la direction."),
        ("Another town hall, same slides, nothing changes.",
         "Encore une séance de discussion ouverte, mêmes diapos, rien change."),
        ("Three days a week in the office, says the ADM who runs everything from Florida.",
         "Trois jours par semaine au bureau, dit la SMA qui gère tout de la Floride."),
    ],
    "toxic_culture and favouritism": [
        ("Everyone on my team walks on eggshells around the director, it's a culture of fear.",
         "Tout le monde dans mon équipe marche sur des oeufs avec le directeur, c'est la culture de la peur."),
        ("The acting positions in my branch always go to the same people, the director's golf buddies.",
         "Les intérims dans ma direction vont toujours aux mêmes, les partenaires de golf du directeur. Processus arrangé."),
    ],
    "bullying_by_managers": [
        ("My manager screams at me in front of the team whenever I make a typo.",
         "Mon boss me crie après devant toute l'équipe dès que je fais une faute de frappe."),
        ("My supervisor belittles me in every one-on-one and I leave in tears.",
         "Ma superviseure me rabaisse à chaque rencontre individuelle pis je sors de là en larmes."),
        ("My director threatened my job because I filed a grievance.",
         "Mon directeur m'a menacée de perdre ma job parce que j'ai déposé un grief."),
        ("My team lead singles me out and humiliates me in meetings.",
         "Mon chef d'équipe me vise tout le temps pis m'humilie en réunion."),
        ("My boss has been making my life hell since I came back from leave.",
         "Ma boss me rend la vie impossible depuis que je suis revenue de congé."),
        ("My manager picks on me every day, I dread opening Teams.",
         "Ma gestionnaire s'acharne sur moi tous les jours, j'ai peur d'ouvrir Teams."),
    ],
    "chaos_disorganisation": [
        ("Priorities at my department change every week and nobody knows who is in charge.",
         "Les priorités changent chaque semaine dans mon ministère pis personne sait qui est responsable."),
        ("Third reorg this year. The left hand has no idea what the right hand is doing here.",
         "Troisième réorg cette année. Ici la main gauche sait pas ce que la main droite fait."),
        ("Management keeps moving the goalposts and we find out about changes the day of.",
         "La direction change les règles du jeu en pleine partie pis on apprend les changements le jour même."),
        ("My team has had four directors in two years, nothing gets decided, it's a mess.",
         "Mon équipe a eu quatre directeurs en deux ans, rien se décide, c'est le bordel."),
    ],
}

CLEAN = {
    "praise of a town hall": [
        ("Great town hall today, leadership actually answered the tough questions.",
         "Belle séance d'information aujourd'hui, la direction a vraiment répondu aux questions difficiles."),
        ("Management promised us new laptops and they came in a week. Impressed!",
         "La direction nous avait promis des nouveaux portables pis ils sont arrivés en une semaine. Impressionnée!"),
    ],
    "others' workplace or politics": [
        ("The premier promised to fix healthcare. Broken promise, nothing has changed.",
         "Le premier ministre avait promis de régler la santé. Promesse brisée, rien a changé."),
        ("My brother's boss told him he's replaceable. Awful company.",
         "Le boss de mon frère lui a dit qu'il était remplaçable. Quelle compagnie horrible."),
        ("CEOs who order workers back to the office from their yachts should be taxed. #labour",
         "Les PDG qui ordonnent le retour au bureau depuis leur yacht, faut les taxer. #syndicat"),
    ],
    "leaving on good terms": [
        ("Leaving this team after eight years was the hardest goodbye. Thank you all!",
         "Quitter mon équipe après huit ans, c'est le plus dur des au revoir. Merci à tous!"),
        ("Working from the cottage this week with my team, loving the view 😎",
         "Télétravail du chalet cette semaine avec mon équipe, quelle vue 😎"),
        ("I'm a resource person for my team on pay questions, ask me anything.",
         "Je suis la personne-ressource de mon équipe pour la paie, écrivez-moi."),
        ("My manager said I'm entitled to overtime for the weekend, nice.",
         "Ma gestionnaire m'a dit que j'avais droit au temps supplémentaire pour la fin de semaine, cool."),
        ("Je sacre mon camp du bureau à 3 h, bonne fin de semaine tout le monde!",
         "Je crisse mon camp du bureau à 3 h, bonne fin de semaine!"),
    ],
    "sarcasm words said in earnest": [
        ("Oh wonderful news, my manager got promoted! So proud of her.",
         "Quelle belle nouvelle, ma gestionnaire a été promue! Tellement fière d'elle."),
        ("Love how my manager always has our back.",
         "J'adore quand ma gestionnaire nous défend devant la haute direction."),
        ("What a surprise, my team threw me a party for my 10 years! Love them.",
         "Quelle surprise, mon équipe m'a fait un party pour mes 10 ans! Je les aime."),
        ("My new team is just perfect, love them.",
         "Ma nouvelle équipe est juste parfaite, je les adore."),
        ("We were promised new laptops in March and they arrived today, thanks IT!",
         "On nous avait promis des nouveaux portables en mars pis ils sont arrivés aujourd'hui, merci aux TI!"),
        ("Gossip with my coworkers at lunch is the best part of the day lol",
         "Le placotage avec mes collègues au dîner, c'est le meilleur moment de la journée lol"),
        ("I've had enough coffee at work today to power a city.",
         "J'ai bu assez de café au bureau aujourd'hui pour alimenter une ville."),
    ],
    "burdens, town halls and offices said plainly": [
        ("Great news, more telework days for our team!",
         "Super nouvelle, plus de jours de télétravail pour notre équipe!"),
        ("Town hall with the mayor tonight. Nothing changes in this city, ever.",
         "Assemblée avec la mairesse ce soir. Rien change dans cette ville."),
        ("Good to know, thanks HR for the quick answer!",
         "Bon à savoir, merci aux RH pour la réponse rapide!"),
        ("Back in the office Monday; my director drove in from the cottage to welcome everyone. Nice touch.",
         "Retour au bureau lundi; mon directeur est revenu du chalet exprès pour nous accueillir. Belle attention."),
        ("Bravo to my team for another on-time release, the deadlines were tight!",
         "Bravo à mon équipe pour une autre livraison à temps, les échéances étaient serrées!"),
    ],
    "chaos words elsewhere": [
        ("Scrambling to redo my kitchen before the in-laws arrive, total chaos at home lol",
         "Je refais ma cuisine avant que la belle-famille arrive, c'est le chaos à la maison lol"),
        ("Our project team hit every deadline this quarter, no fire drills, so proud.",
         "Notre équipe de projet a respecté toutes les échéances ce trimestre, aucune urgence, tellement fière."),
    ],
    "French negation that is not of praise": [
        ("My manager is great, not perfect, but she listens.",
         "Ma gestionnaire est super, pas parfaite, mais elle écoute."),
    ],
    "jobs in politics, parenting and idioms": [
        ("Let's get Canadians back to work, this month's job losses are the worst in years.",
         "Remettons les Canadiens au travail, les pertes d'emplois de ce mois-ci sont les pires depuis des années."),
        ("Pro tip: going back to work after parental leave beats being miserable with toddler tantrums lol",
         "Conseil : retourner travailler après le congé parental, c'est mieux que d'endurer les crises du petit lol"),
        ("Acting tough online never pays off, notice how little it changes.",
         "Faire le dur sur les réseaux, ça paye pas, on le voit ben."),
    ],
    "negated subjects and idioms in earnest": [
        ("Nobody here is lazy, my team rocks.",
         "Personne ici n'est paresseux, mon équipe est solide."),
        ("Nothing bad to say about my team.",
         "Rien de mauvais à dire sur mon équipe."),
        ("My new manager is getting better and better at running our meetings!",
         "Ma nouvelle gestionnaire anime nos réunions de mieux en mieux, bravo!"),
    ],
    "praise of one's team beside burdens": [
        ("Bravo to my team! Another great year despite all the overtime.",
         "Bravo à mon équipe! Encore une belle année malgré les heures supplémentaires."),
        ("Tough quarter with layoffs next door, but congrats to my colleagues on the award.",
         "Trimestre difficile, mais félicitations à mes collègues pour le prix."),
    ],
    "self-talk and mild": [
        ("I'm so done with this week lol, pizza time.",
         "Chu tellement brûlée de ma semaine lol, soirée pizza."),
        ("Counting down the days until my vacation!",
         "Je compte les jours avant mes vacances!"),
        ("Nobody is irreplaceable, so take your vacation and rest. My manager reminded us today, love that.",
         "Personne est irremplaçable, prenez vos vacances. Ma gestionnaire nous l'a rappelé aujourd'hui, j'adore."),
        ("Three more years till my pension, then it's the cottage full time!",
         "Encore trois ans avant ma pension, après ça c'est le chalet à temps plein!"),
    ],
    "genuine praise with applause": [
        ("Bravo to my team for shipping the release 👏👏",
         "Bravo à mon équipe pour la mise en production 👏👏"),
        ("Génial, my manager approved my leave. Best boss.",
         "Génial, ma gestionnaire a approuvé mon congé. Meilleure boss."),
        ("Thanks to management for the extra day off, so nice.",
         "Merci à la direction pour la journée de congé, vraiment apprécié."),
    ],
    "fiction and customers": [
        ("In the novel, the boss screams at his clerk every morning. Chilling read.",
         "Dans le roman, le patron crie après son commis chaque matin. Une lecture glaçante."),
        ("A customer screamed at me today, but my manager had my back.",
         "Un client m'a crié après aujourd'hui, mais ma gestionnaire m'a défendue."),
        ("This guy at the counter was yelling at my coworker about parking, unreal.",
         "Un gars au comptoir criait après ma collègue pour le stationnement, incroyable."),
        ("Oh great, another customer yelling at me about a coupon at work. Just great.",
         "Ah génial, encore un client qui me crie après pour un coupon à la job. Vraiment génial."),
        ("Customer threw a coffee at my coworker today, we were all in tears.",
         "Un client a lancé un café sur ma collègue aujourd'hui, on était toutes en larmes."),
        ("Some lady berated me at work for ten minutes because the form was wrong.",
         "Une madame m'a engueulée dix minutes au bureau parce que son formulaire était incomplet."),
    ],
}


def _pairs(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    return [(kind, en, fr) for kind, rows in table.items() for en, fr in rows]


@pytest.mark.parametrize(("kind", "english", "french"), _pairs(FLAGGED))
def test_weak_classes_are_flagged_in_both_languages(kind: str, english: str, french: str) -> None:
    assert codes(english), english
    assert codes(french), french


@pytest.mark.parametrize(("kind", "english", "french"), _pairs(CLEAN))
def test_hard_negatives_of_the_weak_classes_are_not_flagged(kind: str, english: str, french: str) -> None:
    assert not codes(english), english
    assert not codes(french), french
