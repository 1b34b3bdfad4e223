"""Workplace critique, round 6 (issue 15): the weak classes, EN and FR in parallel.

Wanting out without a word of work ("counting down the days until I can quit", "one more year
and I'm gone", « encore un an pis je décrisse »), a word given and broken in more shapes (a claim
then "but" and a deed against it, promises in the imperfect, spin), a toxic culture of fear and
blame, chaos, French sarcasm and bullying by a manager; cue phrases that hold a clearly negative
word ("toxic workplace", « surcharge de travail ») weigh what that word weighs; praise of one's
team said before a clear critique of those who run the place does not cancel it. Each row is a
parallel English / French pair written by the team; none is taken or paraphrased from any data
set. Hard negatives beside them: quitting a habit, school or a debt; a countdown to a trip or a
degree; another person's workplace, a company in the news, labour politics; sincere thanks for
overtime pay; self-mockery; a farewell; a closed cafeteria or rain on the picnic after praise; a
job posting; advice to see HR; fiction and sitcoms; sarcasm about weather or traffic.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import load_rules
from tests.rules.conftest import codes_of

WORKPLACE = Analyzer(load_rules(["WRK001", "WRK002"]))


def codes(text: str, language: str) -> set[str]:
    return codes_of(WORKPLACE, text, language)


FLAGGED = {
    "wanting out": [
        ("Counting down the days until I can finally quit.", "Je compte les jours avant de pouvoir enfin démissionner."),
        ("One more year and I'm gone.", "Encore un an pis je décrisse."),
        ("I need out of this place, seriously.", "Faut que je sorte de cette place, sérieux."),
        ("If I win the lottery I'm not even giving two weeks notice.",
         "Si je gagne à la loterie je donne même pas mon préavis."),
        ("Dreaming of the day I walk out of this office for good.",
         "Je rêve du jour où je vais sortir de ce bureau pour de bon."),
        ("Seriously counting the days until I can leave this job.",
         "Sérieusement, je compte les jours avant de quitter cette job."),
    ],
    "wanting out, said plainly": [
        ("My two weeks notice is already drafted.", "Mon préavis est déjà écrit."),
        ("My resignation letter has been sitting in my drafts for months.",
         "Ma lettre de démission dort dans mes brouillons depuis des mois."),
        ("Not sure how much longer I can take this before I quit.",
         "Je sais pas combien de temps encore je vais endurer ça avant de démissionner."),
        ("I don't know how much longer I can stay in this job.", "Je sais pas combien de temps je vais tenir dans cette job."),
        ("Honestly just waiting for a decent offer so I can leave this dump.",
         "J'attends juste une offre correcte pour pouvoir quitter cette shop."),
        ("If another department takes me, I'm out.", "Si un autre ministère me prend, je sacre mon camp."),
        ("I used to love this job. Now I just want out.", "J'aimais ma job avant. Là je veux juste m'en aller."),
        ("Every day I think about quitting.", "Chaque jour je pense à démissionner."),
        ("I fantasize about quitting every single day.", "Je rêve de démissionner chaque jour."),
        ("Counting down to my last day at this hellhole.", "Je compte les jours avant ma dernière journée dans cette shop de fous."),
        ("Updated my résumé again after that meeting.", "Mis mon CV à jour encore une fois après cette réunion."),
        # A time of day is no errand beside a means, nor for one done with the place.
        ("Honestly I'd walk out today if I could afford it.", "Honnêtement je partirais aujourd'hui si j'en avais les moyens."),
        ("I'm done with this place, handing in my notice Friday.",
         "J'en ai fini avec cette place, je remets ma démission vendredi."),
        ("Tonight I'm writing my resignation letter.", "Ce soir j'écris ma lettre de démission."),
        ("Every day at lunch I browse job postings.", "Chaque jour au dîner je regarde les offres d'emploi."),
    ],
    "a word broken": [
        ("They told us no layoffs, then cut 40 jobs the next month.",
         "Ils nous ont dit pas de mises à pied, pis ils ont coupé 40 postes le mois suivant."),
        ("Senior leadership promised raises for two years. Still nothing.",
         "La direction nous promet des augmentations depuis deux ans. Toujours rien."),
        ("My boss swore the overtime would be paid. It never was.",
         "Mon boss a juré que le temps supplémentaire serait payé. Il l'a jamais été."),
        ("Management says they value transparency but hides every decision.",
         "La direction dit qu'elle valorise la transparence mais cache toutes ses décisions."),
        ("Our director spins every failure into a success story.", "Notre directrice maquille chaque échec en réussite."),
        ("Can't trust a word from the executives anymore.", "On peut plus croire un mot de ce que disent les cadres."),
    ],
    "praise of the team does not cancel it": [
        ("Great team, good benefits, nice office. Too bad leadership can't keep a single promise.",
         "Belle équipe, bons avantages, beau bureau. Dommage que la direction soit pas capable de tenir une seule promesse."),
        ("So proud of what my team built this year. Shame the executives took all the credit and handed out bonuses "
         "to themselves.",
         "Tellement fier de ce que mon équipe a bâti cette année. Dommage que les cadres aient pris tout le crédit pis "
         "se soient donné des bonus."),
        ("I love my coworkers, they're the only reason I show up. But upper management told us there'd be no cuts "
         "and then cut half the unit.",
         "J'adore mes collègues, c'est la seule raison pour laquelle j'entre. Mais la haute direction nous a dit "
         "qu'il y aurait pas de coupures pis ils ont coupé la moitié de l'unité."),
    ],
    "the public one serves beside it": [
        ("The clients are great. Management, not so much: they lie to us every quarter.",
         "Les clients sont super. La direction, pas tant : ils nous mentent à chaque trimestre."),
        ("We bend over backwards for the public and leadership treats us like garbage.",
         "On se plie en quatre pour le public pis la direction nous traite comme des déchets."),
        ("I love helping clients but I'm counting the days until I can quit this department.",
         "J'adore aider les clients mais je compte les jours avant de quitter ce ministère."),
    ],
    "a cue that holds its harm": [
        ("Such a toxic workplace.", "Un milieu toxique, vraiment."),
        ("Bullied at work again today.", "Harcèlement au travail encore aujourd'hui."),
        ("Unpaid overtime every week.", "Des heures supplémentaires non payées chaque semaine."),
        ("No work life balance.", "Aucun équilibre travail-vie personnelle."),
        ("Toxic work culture and long hours.", "Culture de travail toxique pis longues heures."),
        ("Too much office politics.", "Trop de politique de bureau."),
    ],
    "review language": [
        ("Pay is low.", "Le salaire est bas."),
        ("Extremely ineffective middle management.", "Gestion intermédiaire complètement inefficace."),
        ("Would not recommend working here.", "Je recommande pas de travailler ici."),
        ("Too much work pressure.", "Trop de pression au travail."),
        ("Worst culture.", "Pire culture d'entreprise."),
        ("This is the worst organization.", "C'est la pire organisation."),
        ("I love working here, but not under inefficient and selfish management.",
         "J'aime travailler ici, mais pas sous une gestion inefficace et égoïste."),
        ("When I raise concerns I'm told there's a line out the door of people who want my job.",
         "Quand je soulève un problème on me répond qu'il y a une file de monde qui veulent ta job."),
    ],
    "fear, blame and chaos": [
        ("The culture here is pure fear.", "La culture ici, c'est la peur pure."),
        ("Everyone at work is scared to speak up in meetings.", "Tout le monde au bureau a peur de parler dans les réunions."),
        ("When something goes wrong my manager always finds someone to blame, usually me.",
         "Quand quelque chose va mal, mon gestionnaire trouve toujours quelqu'un à blâmer, d'habitude moi."),
        ("We had three different directors this year and each one undid what the last one did.",
         "On a eu trois directeurs différents cette année pis chacun a défait ce que le précédent avait fait."),
        ("Management changed the deadline three times this week.", "La direction a changé l'échéance trois fois cette semaine."),
        ("We got three contradictory emails from three directors about the same file.",
         "On a reçu trois courriels contradictoires de trois directeurs sur le même dossier."),
        ("Our team has had no manager for six months and nobody above seems to care.",
         "Notre équipe a pas de gestionnaire depuis six mois pis personne en haut semble s'en soucier."),
        ("Nobody answers emails, nobody makes decisions, and then they blame us for the delays.",
         "Personne répond aux courriels, personne prend de décisions, pis après ils nous blâment pour les retards."),
        ("We spent six months on a project that leadership quietly killed.",
         "On a passé six mois sur un projet que la direction a tué en douce."),
        ("Our systems don't talk to each other and nobody will fix it.", "Nos systèmes se parlent pas pis personne va régler ça."),
        ("Our department is a total mess, no plan, no direction, just chaos.",
         "Notre ministère est un vrai bordel, pas de plan, pas de direction, juste le chaos."),
    ],
    "sarcasm": [
        ("Another survey about morale. I'm sure this one will fix everything.",
         "Encore un sondage sur le moral. Je suis sûr que celui-là va tout régler."),
        ("Ah, the joys of working here.", "Ah, les joies de travailler ici."),
        ("Thanks again HR for losing my file. Third time's the charm.",
         "Merci encore aux RH d'avoir perdu mon dossier. Jamais deux sans trois."),
        ("Bravo to our leaders, morale has never been lower.", "Chapeau à nos dirigeants, le moral a jamais été aussi bas."),
        ("Another wellbeing survey. That'll surely change everything.",
         "Encore un sondage sur le bien-être. Ça va sûrement tout changer."),
        ("Gotta love the recognition: a $10 gift card after 20 years of service. So much for recognition.",
         "C'est beau la reconnaissance : une carte-cadeau de 10 $ après 20 ans de service."),
        ("Bravo to our managers, we broke the record number of resignations this year.",
         "Bravo à nos gestionnaires, on a battu le record de départs cette année."),
        ("So motivating to be told our work matters, then get our budget cut the next day.",
         "Tellement motivant de se faire dire que notre travail compte, pis de se faire couper le budget le lendemain."),
        ("Nice to know management cares so much about us 🙄",
         "Ça fait chaud au cœur de voir à quel point la direction se soucie de nous 🙄"),
    ],
    "bullying by a manager": [
        ("My manager yells at me in front of the whole team.", "Ma gestionnaire me crie après devant toute l'équipe."),
        ("My manager checks every email I send before it goes out.",
         "Mon gestionnaire vérifie chaque courriel que j'envoie avant qu'il parte."),
        ("My team lead watches over my shoulder all day.", "Mon chef d'équipe me surveille par-dessus l'épaule toute la journée."),
        ("My manager makes fun of my accent in meetings.", "Mon gestionnaire se moque de mon accent en réunion."),
        ("My boss spends his time watching me and criticizing everything I do.",
         "Mon boss passe son temps à me surveiller pis à me critiquer."),
        ("My manager gives me impossible tasks to set me up to fail.",
         "Ma gestionnaire me donne des tâches impossibles pour me faire échouer."),
        ("My boss told me I'd lose my job if I complained again.",
         "Mon patron m'a dit que si je me plaignais encore, je perdrais ma job."),
        ("My boss micromanages down to the comma.", "Mon patron me micro-gère jusqu'à la virgule."),
    ],
}

NOT_FLAGGED = {
    "quitting something else, leaving for somewhere": [
        ("Counting down the days until I can quit vaping for good.", "Je compte les jours avant d'arrêter de fumer pour de bon."),
        ("One more year and I'm done with my degree!", "Encore un an pis j'ai fini mon bac!"),
        ("Two more months and I'm out of debt, can't wait.", "Encore six mois pis je sors de mes dettes, j'ai hâte."),
        ("One more week and I'm gone to Mexico!", "Encore une semaine pis je pars pour le Mexique!"),
        ("Three more years till retirement, gonna miss this team.",
         "Encore trois ans avant la retraite, mon équipe va me manquer."),
        ("Can't wait to quit this game, the devs ruined it.", "J'ai hâte de lâcher ce jeu, les devs l'ont ruiné."),
        ("If I win the lottery I'm buying a cottage.", "Si je gagne à la loto je m'achète un chalet."),
        ("Leaving the office early today, dentist at four.", "Je quitte le bureau plus tôt aujourd'hui, dentiste à 16 h."),
        ("Friday! Can't wait to get out of here and hit the lake.", "Vendredi! Hâte de sortir d'ici pis d'aller au lac."),
        ("My last day of vacation, back to work tomorrow.", "Ma dernière journée de vacances, retour au travail demain."),
        ("Today is my last day here, I'll miss this team so much.",
         "C'est ma dernière journée ici, mon équipe va tellement me manquer."),
    ],
    "someone else's work, the news, labour politics": [
        ("My sister's manager yells at her every day, poor thing.",
         "Le gestionnaire de ma sœur lui crie après tous les jours, pauvre elle."),
        ("Tesla is a terrible employer according to this article.", "Selon cet article, Tesla est un employeur épouvantable."),
        ("Amazon workers are underpaid and overworked, support the union drive.",
         "Les travailleurs d'Amazon sont sous-payés, appuyez la syndicalisation."),
        ("Pay is low in retail everywhere, that's why I went back to school.",
         "Les salaires sont bas partout dans le commerce de détail, c'est pour ça que je suis retourné aux études."),
        ("Four more years! Re-elect the mayor.", "Encore quatre ans! Réélisons le maire."),
        ("Resume updated for the co-op program, wish me luck.",
         "CV mis à jour pour le programme coop, souhaitez-moi bonne chance."),
        ("Her coworkers sound awful, she should quit.", "Ses collègues ont l'air horribles, elle devrait démissionner."),
        ("Worst customer service, this company lost my package twice.",
         "Pire service à la clientèle, cette compagnie a perdu mon colis deux fois."),
        ("Worst management decision in NHL history, trading him.",
         "La pire gestion de l'histoire de la LNH, l'échanger comme ça."),
        ("You can be replaced by a robot at the grocery store now lol",
         "On peut te remplacer par une caisse libre-service à l'épicerie maintenant lol"),
        ("The minister should resign after this scandal.", "Le ministre devrait démissionner après ce scandale."),
        ("My coworker got dumped and needs a night out, so I can't get out of it, ugh.",
         "Ma collègue s'est fait laisser pis a besoin d'une soirée, fait que je peux pas m'en sortir, ouf."),
    ],
    "praise, thanks, advice, postings": [
        ("Thanks boss for the overtime pay, much needed!", "Merci boss pour la paye de temps supplémentaire, ça tombe à point!"),
        ("Would highly recommend working here, great people.", "Je recommande fortement de travailler ici, du bon monde."),
        ("I'd recommend talking to HR if your manager is giving you trouble.",
         "Je recommanderais de parler aux RH si ton gestionnaire te cause des problèmes."),
        ("Job posting: we're hiring a team lead, apply by Friday.",
         "Offre d'emploi : on embauche un chef d'équipe, postulez d'ici vendredi."),
        ("Our leaders kept their promise on telework, so grateful.",
         "Nos dirigeants ont tenu leur promesse sur le télétravail, tellement reconnaissant."),
        ("There's no office politics here, which is refreshing.", "Pas de politique de bureau ici, ça fait du bien."),
        ("I'd drop everything for my team, they're the best.", "Je lâcherais tout pour mon équipe, c'est les meilleurs."),
        ("My team wears that award like a badge of honour.", "Mon équipe porte ce prix comme une médaille d'honneur."),
    ],
    "praise, then a regret that is not about leaders": [
        ("Great team, good benefits, nice office. Too bad the cafeteria closed.",
         "Belle équipe, bons avantages, beau bureau. Dommage que la cafétéria ait fermé."),
        ("Love my coworkers. Too bad it's raining on our team picnic.",
         "J'adore mes collègues. Dommage qu'il pleuve sur notre pique-nique d'équipe."),
        ("My team is amazing and our director is supportive. Unfortunately the budget got cut this year.",
         "Mon équipe est incroyable pis notre directrice nous appuie. Malheureusement le budget a été coupé cette année."),
        ("Best coworkers ever. The only problem is the commute.", "Les meilleurs collègues. Le seul problème c'est le trajet."),
        ("My manager is great. The new software is bad though.", "Ma gestionnaire est super. Le nouveau logiciel est mauvais par contre."),
    ],
    "the same deeds by someone who is not one's boss": [
        ("My coach sets me up to fail every practice lol", "Mon coach me fait échouer à chaque pratique lol"),
        ("My teacher criticizes everything I do in class.", "Mon prof critique tout ce que je fais en classe."),
        ("A customer threatened my job by calling corporate.", "Un client a menacé ma job en appelant le siège social."),
    ],
    "the clients, praised or blamed": [
        ("The clients were lovely today and my manager bought us lunch.",
         "Les clients étaient adorables aujourd'hui pis ma gestionnaire nous a payé le dîner."),
        ("Great clients this week. A rude caller yelled at me, but my team lead stepped in.",
         "De bons clients cette semaine. Un appelant impoli m'a crié après, mais mon chef d'équipe est intervenu."),
    ],
    "self-mockery, banter, fiction, weather": [
        ("I'm so bad at spreadsheets, my team must be tired of fixing my work lol.",
         "Je suis tellement nul avec Excel, mon équipe doit être tannée de corriger mes affaires lol."),
        ("My manager made fun of my karaoke at the party, we all laughed.",
         "Ma gestionnaire s'est moquée de mon karaoké au party, on a tous ri."),
        ("In chapter 3 the evil boss fires the hero and laughs.", "Au chapitre 3, le méchant patron congédie le héros en riant."),
        ("Watching The Office again, Michael is the worst boss ever lol.",
         "Je regarde The Office encore, Michael est le pire boss lol."),
        ("So much for my diet, the office brought donuts again lol",
         "Pour la diète, on repassera : le bureau a encore apporté des beignes lol"),
        ("Congrats Marie on 20 years of service, we'll miss you!",
         "Félicitations Marie pour tes 20 ans de service, tu vas nous manquer!"),
        ("My team killed the project demo today, so proud!", "Mon équipe a cassé la baraque à la démo du projet, tellement fier!"),
        ("Nobody here is lazy, we all pull our weight.", "Personne ici est paresseux, tout le monde fait sa part."),
        ("The culture here is amazing, everyone helps each other.", "La culture ici est extraordinaire, tout le monde s'entraide."),
        ("Pure fear watching that horror movie last night lol", "La peur pure en regardant ce film d'horreur hier soir lol"),
        ("Took the wellbeing survey, some good questions this year.",
         "J'ai rempli le sondage sur le bien-être, de bonnes questions cette année."),
        ("Oh great, it's raining again on my day off.", "Ah ben, il pleut encore pendant mon congé."),
        ("Workplace safety day: report every hazard, no one gets hurt.",
         "Journée de la sécurité au travail : signalez chaque danger, personne ne se blesse."),
        ("A customer screamed at me today, but my manager backed me up.",
         "Un client m'a crié après aujourd'hui, mais ma gestionnaire m'a appuyé."),
    ],
}


def _rows(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    return [(group, text, lang) for group, pairs in table.items() for pair in pairs for text, lang in zip(pair, ("en", "fr"))]


@pytest.mark.parametrize(("group", "text", "lang"), _rows(FLAGGED))
def test_round6_critiques_are_flagged(group: str, text: str, lang: str) -> None:
    assert codes(text, lang) & {"WRK001", "WRK002"}, group


@pytest.mark.parametrize(("group", "text", "lang"), _rows(NOT_FLAGGED))
def test_round6_hard_negatives_are_not_flagged(group: str, text: str, lang: str) -> None:
    assert not codes(text, lang), group


def test_round6_tables_are_parallel() -> None:
    for table in (FLAGGED, NOT_FLAGGED):
        for pairs in table.values():
            assert all(len(pair) == 2 and all(pair) for pair in pairs)


def test_a_cue_phrase_carries_the_harm_it_holds() -> None:
    # Before round 6 "toxic workplace" was one cue term that swallowed "toxic": no valence at all.
    from footprint.rules.workplace_lexicon import lexicon

    en, fr = lexicon("en").matcher, lexicon("fr").matcher
    (_s, _e, _t, toxic), = en.find(" such a toxic workplace ".strip())[-1:]
    assert toxic.valence is not None and toxic.valence <= -2.5 and toxic.context >= 2
    found = {term: entry for _s, _e, term, entry in fr.find("surcharge de travail")}
    assert found["surcharge de travail"].valence <= -2.5
    # "get fired" keeps no weight of its own: said alone it is self-mockery more often than not.
    fired = {term: entry for _s, _e, term, entry in en.find("get fired")}
    assert all(entry.valence is None or entry.valence > -2.5 for entry in fired.values())


def test_empty_huge_and_emoji_posts() -> None:
    assert not codes("", "en") and not codes("🙄🙄🙄", "fr")
    huge = "Great team, good benefits, nice office. " * 2000 + "Too bad leadership can't keep a single promise."
    codes(huge, "en")  # must not raise, whatever it decides
    assert codes("One more year and I'm gone 😩🙄", "en")
