"""Round 8, parity of the political vocabulary: the same message must read the same in English
and in French. Each table below answers one table of entries aligned between the languages
(written by the team for these tests, never paraphrased from a data set):

- campaign material handed out or put up with a party's word in between ("handing out NDP
  flyers", « distribuer des dépliants du NPD », "put up three Liberal signs", « poser des
  pancartes »), and the other chores of a campaign (« mise sous enveloppe », "stuffing envelopes");
- the party's adjective after the nouns of a campaign (« une majorité libérale », « l'investiture
  conservatrice », « des dépliants néo-démocrates ») as English writes "a Liberal majority";
- a French phrase of harm that opens on an infinitive, inflected as English adds "would"/"will"
  (« ils augmenteraient vos impôts », « couperaient dans la santé »);
- words of judgement one language had and the other lacked: « peureux », « serpent », « une
  farce », « mauviette », "wimp", "hats off", « incroyable », « bouffée d'air frais », « nous a
  fourrés », "screwed us", "wasting our money", « gaspille notre argent », « confiance en X »;
- the cues of a side beside a name that needs one (« une marionnette », « un dictateur », « à bas
  les... », "time for the Liberals to go", "we have to beat the Conservatives");
- and the same words in ordinary life: flyers for a lost cat, signs for a garage sale, « un
  party », the conservator of a museum, a birthday « farce », a snake on a hike, the Criminal Code.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political, parallel_pairs

FLAGGED: dict[str, list[tuple[str, str]]] = {
    "campaign material and chores": [
        ("Spent Saturday handing out NDP flyers downtown.",
         "J'ai passé samedi à distribuer des dépliants du NPD au centre-ville."),
        ("Out leafleting for the Bloc candidate this morning.",
         "Je distribue des tracts pour le candidat du Bloc ce matin."),
        ("We put up three Conservative signs on our street tonight.",
         "On a posé trois pancartes conservatrices sur notre rue ce soir."),
        ("Got a Liberal yard sign on my lawn this year, first time ever.",
         "J'ai une pancarte libérale sur mon terrain cette année, une première."),
        ("Picked up my Liberal lawn sign today, it's going right by the driveway.",
         "J'ai ramassé ma pancarte libérale aujourd'hui, elle s'en va à côté de l'entrée."),
        ("Maxed out my donation to the NDP this year 💪",
         "J'ai donné le maximum au NPD cette année 💪"),
        ("Stuffing envelopes with the Green campaign team all evening.",
         "Mise sous enveloppe avec l'équipe de campagne du Parti vert toute la soirée."),
        ("Drove seniors to the polls for the Conservatives all day, exhausted but happy.",
         "J'ai conduit des aînés aux urnes pour les conservateurs toute la journée, épuisée mais contente."),
        ("Door-knocking for our Green candidate all weekend.",
         "Porte-à-porte pour notre candidate verte toute la fin de semaine."),
    ],
    "the party's adjective after a campaign noun": [
        ("We need a Liberal majority this time.", "Il nous faut une majorité libérale cette fois-ci."),
        ("A Conservative majority would be a disaster for the regions.",
         "Une majorité conservatrice serait un désastre pour les régions."),
        ("Volunteers needed at the Conservative campaign office tomorrow!",
         "On a besoin de bénévoles pour la campagne conservatrice demain!"),
    ],
    "harm said with a conditional or future": [
        ("The Liberals would raise your taxes again.", "Les libéraux augmenteraient encore vos impôts."),
        ("The Conservatives would gut health care.", "Les conservateurs couperaient dans la santé."),
        ("Poilievre will destroy public services.", "Poilievre va détruire les services publics."),
        ("Legault screwed the regions, plain and simple.", "Legault a fourré les régions, c'est tout."),
        ("Trudeau keeps wasting our money.", "Trudeau gaspille notre argent."),
    ],
    "insults and condemnation, both ways": [
        ("Poilievre is a coward.", "Poilievre est un peureux."),
        ("Poilievre is a snake.", "Poilievre est un serpent."),
        ("Danielle Smith is a joke.", "Danielle Smith est une farce."),
        ("Legault is such a wimp.", "Legault est une vraie mauviette."),
        ("Poilievre is a bully.", "Poilievre est une brute."),
        ("Carney is a puppet of the banks.", "Carney est une marionnette des banques."),
        ("Ford is a dictator wannabe.", "Ford est un dictateur en herbe."),
        ("Legault is such a dinosaur.", "Legault est un vrai dinosaure."),
        ("The Conservative platform is garbage.", "La plateforme conservatrice, c'est de la cochonnerie."),
        ("The Liberal plan is a total scam.", "Le plan libéral est une vraie arnaque."),
        ("The Liberals lied to us again.", "Les libéraux nous ont encore menti."),
        ("Poilievre is lying through his teeth.", "Poilievre ment comme il respire."),
        ("Trudeau is a manipulative hypocrite.", "Trudeau est un manipulateur hypocrite."),
        ("Legault is a mediocre premier.", "Legault, c'est un premier ministre médiocre."),
    ],
    "praise, hope and trust, both ways": [
        ("Legault is doing an amazing job.", "Legault fait un travail extraordinaire."),
        ("Poilievre is a breath of fresh air.", "Poilievre est une bouffée d'air frais."),
        ("Hats off to Legault, he nailed the debate.", "Chapeau à Legault, il a tout déchiré au débat."),
        ("I trust Carney completely.", "J'ai entièrement confiance en Carney."),
        ("Can't wait for Poilievre to be PM.", "Hâte que Poilievre soit premier ministre."),
        ("Legault is an inspiring leader.", "Legault est un chef inspirant."),
        ("Legault was the voice of reason tonight.", "Legault a été la voix de la raison ce soir."),
    ],
    "judgements one language lacked, second pass": [
        ("Poilievre can't be trusted with our pensions.", "On ne peut pas faire confiance à Poilievre avec nos pensions."),
        ("Poilievre is toast after that debate.", "Poilievre est cuit après ce débat."),
        ("The Liberals are finished.", "Les libéraux sont finis."),
        ("I can't stand Poilievre.", "J'endure pas Poilievre."),
        ("I'm sick of Trudeau.", "J'en ai ma claque de Trudeau."),
        ("Trudeau failed us.", "Trudeau nous a laissés tomber."),
        ("Legault is all talk and no action.", "Legault parle beaucoup mais ne fait rien."),
        ("The Conservatives are stuck in the past.", "Les conservateurs sont restés dans le passé."),
        ("Legault deserves another term.", "Legault mérite un autre mandat."),
        ("Poilievre doesn't deserve to be PM.", "Poilievre ne mérite pas d'être premier ministre."),
        ("Poilievre is unfit to govern.", "Poilievre est inapte à gouverner."),
        ("Trudeau embarrassed us again on the world stage.",
         "Trudeau nous a encore fait honte sur la scène internationale."),
    ],
    "votes, calls and candidacies, second pass": [
        ("I'll never vote Conservative again.", "Je ne voterai plus jamais conservateur."),
        ("Carney is the leader we need.", "Carney est le chef dont on a besoin."),
        ("A Liberal government would cut your taxes.", "Un gouvernement libéral baisserait vos impôts."),
        ("Join our campaign team this weekend, we need you!",
         "Joignez-vous à notre équipe de campagne cette fin de semaine, on a besoin de vous!"),
        ("I'm running for the Liberal nomination in Ottawa Centre.",
         "Je me présente à l'investiture libérale dans Ottawa-Centre."),
    ],
    "rhetoric, mockery and the writer's voice, third pass": [
        ("How dare Legault lecture us about transparency?", "Comment ose Legault nous faire la leçon sur la transparence?"),
        ("Legault, are you kidding us?", "Legault, tu nous niaises?"),
        ("Honestly, Legault impressed me tonight.", "Honnêtement, Legault m'a impressionnée ce soir."),
        ("Thanks for nothing, Trudeau.", "Merci pour rien, Trudeau."),
        ("Poor Canada, with Poilievre in charge.", "Pauvre Canada, avec Poilievre aux commandes."),
        ("We will freeze rent for seniors, that's our promise.", "Nous allons geler le loyer des aînés, c'est notre promesse."),
    ],
    "a party that acts and what it promises, fourth pass": [
        ("The CAQ broke its promises to the regions.", "La CAQ a brisé ses promesses envers les régions."),
        ("The CAQ has your back, always.", "La CAQ a vos arrières, toujours."),
        ("Liberals keep racking up deficits.", "Les libéraux accumulent les déficits."),
        ("We will axe the GST on groceries.", "Nous allons supprimer la TPS sur l'épicerie."),
        ("We will abolish the carbon tax.", "Nous abolirons la taxe carbone."),
        ("We will fund more nurses.", "Nous allons financer plus d'infirmières."),
        ("We will fix health care.", "Nous réparerons le système de santé."),
    ],
    "foreign parties named in the other language": [
        ("The National Rally is a disgrace to France.", "Le Rassemblement national est une honte pour la France."),
        ("Labour Party is a disgrace to Britain.", "Le Parti travailliste est une honte pour la Grande-Bretagne."),
    ],
    "casual and Québécois forms, fifth pass": [
        ("Legault is an idiot.", "Legault, quel cave."),
        ("The Liberals are useless.", "Les libéraux sont bons à rien."),
        ("The Conservatives are crazy.", "Les conservateurs sont fous."),
        ("Poilievre pisses me off.", "Poilievre me tape sur les nerfs."),
        ("Trudeau makes me sick.", "Trudeau me donne mal au cœur."),
        ("I'm so done with the Liberals.", "J'en peux plus des libéraux."),
        ("The Liberals have to go.", "Faut que les libéraux partent."),
        ("Poilievre must be stopped.", "Il faut arrêter Poilievre."),
        ("Vote out the Conservatives!", "Sortons les conservateurs!"),
        ("Legault should quit.", "Legault devrait s'en aller."),
        ("Thank you Legault for standing up for Quebec.", "Merci Legault de défendre le Québec."),
        ("Poilievre will save this country.", "Poilievre va sauver le pays."),
        ("Legault stabbed us in the back.", "Legault nous a poignardés dans le dos."),
        ("Poilievre is full of it.", "Poilievre dit n'importe quoi."),
        ("The Liberals only care about Toronto.", "Les libéraux pensent juste à Toronto."),
        ("Poilievre gives me hope.", "Poilievre me donne de l'espoir."),
        ("I hope the Conservatives win.", "Je souhaite que les conservateurs gagnent."),
        ("Can't wait to see Trudeau gone.", "Hâte de voir Trudeau partir."),
        ("Legault is not my premier.", "Legault n'est pas mon premier ministre."),
    ],
    "hashtags and a majority asked for, sixth pass": [
        ("#LegaultMustGo", "#LegaultDoitPartir"),
        ("#IStandWithLegault", "#JeSuisAvecLegault"),
        ("#PoilievreMustResign", "#PoilievreDoitDémissionner"),
        ("Let's give the NDP a majority!", "Donnons une majorité au NPD!"),
    ],
    "French agreement and a party's record, seventh pass": [
        ("The Conservative ads are disgusting.", "Les pubs conservatrices sont dégueulasses."),
        ("The Conservative base is unhinged.", "La base conservatrice est déséquilibrée."),
        ("The Liberal cuts are killing us.", "Les coupes libérales nous tuent."),
        ("The Liberal slogan is lame.", "Le slogan libéral est poche."),
        ("The Liberal tax is theft.", "La taxe libérale, c'est du vol."),
        ("Liberal promises are worthless.", "Les promesses libérales ne valent rien."),
        ("Legault's ministers are pathetic.", "Les ministres de Legault sont pathétiques."),
    ],
    "the English of French judgements, eighth pass": [
        ("Legault's plan is a hoax.", "Le plan de Legault est une supercherie."),
        ("The Liberal budget is a fiasco.", "Le budget libéral est un fiasco."),
        ("Poilievre is insufferable.", "Poilievre est insupportable."),
        ("Trudeau is so haughty.", "Trudeau est tellement hautain."),
        ("The Conservative plan is a smokescreen.", "Le plan conservateur, c'est de l'enfumage."),
    ],
    "reliability, understanding and the spoken forms, ninth pass": [
        ("Legault isn't reliable at all.", "Legault y'é pas fiable pantoute."),
        ("Legault doesn't get it.", "Legault a rien compris."),
        ("Legault turned out pretty good.", "Legault est pas mal bon finalement."),
        ("I vote Bloc!", "J'vote Bloc!"),
    ],
    "a side's cue beside a name": [
        ("Time for the Conservatives to go.", "Il est temps que les conservateurs s'en aillent."),
        ("We have to beat the Conservatives in October.", "Il faut battre les conservateurs en octobre."),
        ("Down with the Liberals!", "À bas les libéraux!"),
        ("Poilievre will never be prime minister.", "Poilievre ne sera jamais premier ministre."),
    ],
}

CLEAN: dict[str, list[tuple[str, str]]] = {
    "flyers and signs for ordinary life": [
        ("Handing out flyers for my lost cat all over the neighbourhood.",
         "Je distribue des dépliants pour mon chat perdu dans tout le quartier."),
        ("We put up signs for the garage sale this Saturday.",
         "On a posé des pancartes pour la vente de garage samedi."),
        ("Put up signs for the bake sale, then watched the Trudeau interview on TV.",
         "J'ai posé des pancartes pour la vente de pâtisseries, puis regardé l'entrevue de Trudeau."),
        ("Dropping off flyers for my tutoring business at the library.",
         "Je distribue des feuillets pour mon service de tutorat à la bibliothèque."),
        ("Got a flyer in the mailbox today, recycling day is Tuesday.",
         "J'ai reçu un dépliant dans la boîte aux lettres, le recyclage c'est mardi."),
    ],
    "the same words away from politics": [
        ("The office party was a blast, my boss is such a clown lol",
         "Le party de bureau était malade, mon boss est tellement un clown lol"),
        ("The museum's conservator showed us the restored canvases.",
         "Le conservateur du musée nous a montré les toiles restaurées."),
        ("We played a prank on my brother for his birthday.",
         "On a fait une farce à mon frère pour sa fête."),
        ("Saw a snake on the trail today, my daughter was a coward about it haha",
         "On a vu un serpent sur le sentier, ma fille était peureuse haha"),
        ("The kids loved the dinosaur museum in Drumheller.",
         "Les enfants ont adoré le musée des dinosaures à Drumheller."),
        ("My grandmother was a liberal soul, generous and open.",
         "Ma grand-mère avait un esprit libéral, généreuse et ouverte."),
        ("The majority of my team prefers hybrid work.",
         "La majorité de mon équipe préfère le travail hybride."),
        ("Amazing concert last night, incredible energy.",
         "Concert incroyable hier soir, une énergie extraordinaire."),
        ("Our amateur hockey team won the tournament!",
         "Notre équipe de hockey amateur a gagné le tournoi!"),
        ("I completely trust my doctor with this.",
         "J'ai entièrement confiance en mon médecin pour ça."),
        ("The price increase will make things worse for my budget.",
         "La hausse des prix va empirer mon budget."),
    ],
    "the second pass's words in ordinary life": [
        ("I can't stand the heat this summer.", "J'endure pas la chaleur cet été."),
        ("My report is finished, time for a beer.", "Mon rapport est fini, c'est l'heure d'une bière."),
        ("Join our team at the food bank this Saturday!", "Joignez-vous à notre équipe à la banque alimentaire samedi!"),
        ("My daughter deserves to be on the first line this season.",
         "Ma fille mérite d'être sur le premier trio cette saison."),
        ("The goalie we need for the playoffs is finally healthy.",
         "Le gardien dont on a besoin pour les séries est enfin en santé."),
        ("The roast is done, come eat!", "Le rôti est cuit, venez manger!"),
    ],
    "the third pass's words in ordinary life": [
        ("Honestly, the lake was perfect today.", "Honnêtement, le lac était parfait aujourd'hui."),
        ("Thanks for nothing, printer.", "Merci pour rien, l'imprimante."),
        ("We will freeze the leftovers for next week.", "On va congeler les restes pour la semaine prochaine."),
        ("Our thoughts are with the family of the former MP.", "Nos pensées accompagnent la famille de l'ancien député."),
    ],
    "the fourth pass's verbs in ordinary life": [
        ("We're going to fix the fence this weekend.", "On va réparer la clôture en fin de semaine."),
        ("My kids keep racking up points in Mario Kart.", "Mes enfants accumulent les points à Mario Kart."),
        ("We will improve our time at the next marathon.", "Nous allons améliorer notre temps au prochain marathon."),
    ],
    "the fifth pass's words in ordinary life": [
        ("We visited the wine cellars of the Island this weekend.", "On a visité des caves à vin sur l'Île cette fin de semaine."),
        ("My kids are crazy about the new playground.", "Mes enfants sont fous du nouveau parc."),
        ("Let's take the dog out, it's sunny.", "Sortons le chien, il fait soleil."),
        ("The train is back on the rails after the storm.", "Le train est de retour sur les rails après la tempête."),
    ],
    "the sixth pass's words in ordinary life": [
        ("Give the team a majority of the votes for best costume lol",
         "Donnons une majorité de votes à notre équipe pour le meilleur costume lol"),
        ("#JeSuisAvecToi maman, bonne chance demain", "#JeSuisAvecToi maman, bonne chance demain"),
    ],
    "the seventh pass's words in ordinary life": [
        ("The Liberals are divided over the dental plan, according to the papers.",
         "Les libéraux sont divisés sur le régime dentaire, selon les journaux."),
        ("My pocket is full of receipts, so lame.", "Ma poche est pleine de reçus, c'est plate."),
    ],
    "the eighth pass's words in ordinary life": [
        ("This humidity is unbearable.", "Cette humidité est insupportable."),
        ("The garbage stinks, pickup is Thursday.", "Les poubelles puent, la collecte est jeudi."),
    ],
    "the ninth pass's words in ordinary life": [
        ("My car isn't reliable at all.", "Mon char est pas fiable pantoute."),
        ("I'm voting for my sister in the singing contest.", "J'vote pour ma sœur au concours de chant."),
    ],
    "politics told, not judged": [
        ("Parliament amended the Criminal Code on Tuesday, the minister said.",
         "Le Parlement a modifié le Code criminel mardi, a indiqué le ministre."),
        ("Poilievre passed Carney in the latest poll, 38% to 35%.",
         "Poilievre a dépassé Carney dans le dernier sondage, 38 % contre 35 %."),
        ("The Liberal majority vote passed the budget, CBC reports.",
         "Le budget a été adopté, rapporte Radio-Canada."),
        ("Trudeau visited a dinosaur museum in Alberta, the PMO said.",
         "Trudeau a visité un musée des dinosaures en Alberta, selon son bureau."),
    ],
}


@pytest.mark.parametrize("english,french", parallel_pairs(FLAGGED))
def test_flagged_in_both_languages(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize("english,french", parallel_pairs(CLEAN))
def test_hard_negatives_stay_clean_in_both_languages(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


def test_french_harm_phrases_are_inflected_on_their_verb() -> None:
    from footprint.rules.political_stance import _french_tenses

    assert "augmenteraient vos impots" in _french_tenses("augmenter vos impots")
    assert "couperont dans" in _french_tenses("couper dans")
    assert _french_tenses("poudre aux yeux") == []  # a noun, not a verb


# POL007 (a campaign's own promise, no party named): its objects, campaign words and exclusions
# read in both languages (political_office.toml).
OFFICE_FLAGGED = [
    ("We'll give you tax breaks so more families get ahead.",
     "On va vous donner des allègements fiscaux pour que les familles s'en sortent."),
    ("We'll protect your purchasing power, that's our commitment.",
     "Nous allons protéger votre pouvoir d'achat, c'est notre engagement."),
    ("We'll lower the public debt and protect the French language.",
     "Nous allons réduire la dette publique et protéger la langue française."),
]
OFFICE_CLEAN = [
    ("Book your free consultation: we'll lower your taxes!",
     "Réservez votre consultation gratuite : on va baisser vos impôts!"),
    ("Our candidate for class president will cut homework!",
     "Notre candidate au poste de présidente de classe va réduire les devoirs!"),
]


def _office(text: str) -> bool:
    from footprint.analyzer import Analyzer
    from footprint.rules import load_rules
    from tests.rules.conftest import post

    return bool(Analyzer(load_rules(["POL007"])).analyze(post(text)).findings)


@pytest.mark.parametrize("english,french", OFFICE_FLAGGED)
def test_campaign_promise_read_in_both_languages(english: str, french: str) -> None:
    assert _office(english), english
    assert _office(french), french


@pytest.mark.parametrize("english,french", OFFICE_CLEAN)
def test_a_business_or_a_school_vote_is_no_campaign_in_either_language(english: str, french: str) -> None:
    assert not _office(english), english
    assert not _office(french), french
