"""Workplace critique, round 8: the vocabulary aligned entry by entry between English and French.

Every row is a parallel English / French pair written by the team for this round; none is taken or
paraphrased from any data set or probe. Flagged: an insult said between "my" and the role in
English and after the role in French ("my incompetent boss", « mon boss incompétent »), the
superlatives of insults ("the laziest people", « la plus stupide »), insults one language lacked
(« trou de cul », "scumbag", « parasite », "dimwit"), and three classes both languages lacked:
denial by those who run the place ("keeps pretending everything is fine", « fait comme si de rien
n'était »), leadership with no idea what it does ("has no clue what they're doing", « sait pas ce
qu'elle fait »), and "the worst boss I've ever had" (« la pire gestionnaire que j'ai jamais eue »).
Second table: roles one language lacked ("my line manager" / « mon n+1 », « mes coéquipiers »), the
French insult joined to the role by « de » (« mon incompétent de boss », « mon maudit boss »), and
insults or deeds one language lacked ("control freak" / « maniaque du contrôle », « s'attribue le
mérite » / "claims all the credit").
Hard negatives beside them: a relative's boss, a TV boss, a game's boss, a referee, a sports
team, praise, labour politics and party politics, fiction, the weather, a pet, one's own cooking.
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
    "an insult between 'my' and the role, or after it": [
        ("My incompetent manager strikes again.", "Mon gestionnaire incompétent a encore frappé."),
        ("My incompetent boss messed up the schedule again.", "Mon boss incompétent a encore gaffé avec l'horaire."),
        ("My stupid boss changed the deadline again.", "Mon boss stupide a encore changé l'échéance."),
        ("My useless boss took the credit again.", "Mon boss inutile a encore pris le crédit."),
        ("Our toxic director yelled at the team again.", "Notre directeur toxique a encore crié après l'équipe."),
        ("My lazy coworker takes two-hour lunches.", "Ma collègue paresseuse prend des dîners de deux heures."),
        ("My rude colleagues never say hello.", "Mes collègues impolis disent jamais bonjour."),
    ],
    "insults one language lacked": [
        ("My coworker is a total parasite.", "Mon collègue est un vrai parasite."),
        ("My director is a narcissist.", "Ma directrice est une narcissique."),
        ("My supervisor is an asshole.", "Mon superviseur est un trou de cul."),
        ("My colleague is dead weight on the team.", "Mon collègue est un poids mort dans l'équipe."),
        ("My manager is a hypocrite.", "Ma gestionnaire est une hypocrite."),
        ("My coworker is a dimwit.", "Mon collègue est un vrai niaiseux."),
    ],
    "superlatives": [
        ("My coworkers are the laziest people I've ever met.",
         "Mes collègues sont les personnes les plus paresseuses que j'ai jamais rencontrées."),
        ("The dumbest decision management has ever made.", "La décision la plus stupide que la direction a jamais prise."),
        ("My team lead is the rudest person in the building.", "Mon chef d'équipe est la personne la plus impolie de l'édifice."),
        ("She's the worst manager I've ever had.", "C'est la pire gestionnaire que j'ai jamais eue."),
        ("Worst team I've ever been on.", "La pire équipe dans laquelle j'ai jamais été."),
        ("The worst colleagues I've ever had, hands down.", "Les pires collègues que j'ai jamais eus, sans contredit."),
        ("Worst employer I've ever had.", "Le pire employeur que j'ai jamais eu."),
    ],
    "pretending all is well, denial": [
        ("Management keeps pretending everything is fine.", "La direction fait semblant que tout va bien."),
        ("Management acts like nothing is wrong.", "La direction agit comme si de rien n'était."),
        ("Management acts like everything is fine while half the team is on sick leave.",
         "La direction fait comme si tout allait bien pendant que la moitié de l'équipe est en congé de maladie."),
        ("Management is in denial about the staffing crisis.", "La direction est dans le déni face à la crise de personnel."),
        ("Our leadership team is in complete denial.", "Notre équipe de direction est en plein déni."),
        ("Senior management buries its head in the sand.", "La haute direction se met la tête dans le sable."),
        ("HR keeps sweeping it under the rug.", "Les RH balaient ça sous le tapis."),
        ("Our managers keep telling us everything is under control. It isn't.",
         "Nos gestionnaires nous répètent que tout est sous contrôle. C'est faux."),
        ("Leadership keeps saying morale is great while everyone is burning out.",
         "La direction répète que le moral est excellent pendant que tout le monde s'épuise."),
    ],
    "no clue what they are doing": [
        ("Upper management has no clue what they're doing.", "La haute direction sait pas ce qu'elle fait."),
        ("Nobody in leadership has a clue what they're doing.",
         "Personne à la direction a la moindre idée de ce qu'ils font."),
        ("My boss has no idea what he's doing.", "Mon boss a aucune idée de ce qu'il fait."),
        ("My boss hasn't got a clue.", "Mon boss a pas la moindre idée."),
        ("Our directors don't know what they're doing.", "Nos directeurs savent pas ce qu'ils font."),
        ("My boss is in way over his head.", "Mon boss est complètement dépassé par les événements."),
        ("Our DG is completely out of her depth.", "Notre DG est dépassée par les événements."),
    ],
    "roles one language lacked": [
        ("My line manager is useless.", "Mon n+1 est inutile."),
        ("My teammates are lazy.", "Mes coéquipiers sont paresseux."),
        ("My officemates are the worst.", "Mes collègues de bureau sont les pires."),
        ("The chain of command here is a disaster.", "La hiérarchie ici est un désastre."),
        ("My shift supervisor is a jerk.", "Mon superviseur de quart est un con."),
        ("The big bosses don't care about us at all.", "Les grands patrons se foutent complètement de nous."),
    ],
    "the insult before the role, joined by « de », or a swear word": [
        ("That idiot of a manager cancelled my leave.", "Mon incompétent de boss a annulé mon congé."),
        ("My damn boss cancelled my leave again.", "Mon maudit boss a encore annulé mon congé."),
    ],
    "insults and deeds one language lacked, second table": [
        ("My boss is a control freak.", "Mon boss est un maniaque du contrôle."),
        ("My director is a total pushover.", "Mon directeur est une vraie carpette."),
        ("My colleagues are freeloaders.", "Mes collègues sont des profiteurs."),
        ("My coworkers are snakes.", "Mes collègues sont des vipères."),
        ("My boss is such a cretin.", "Mon boss est tellement un crétin."),
        ("My manager is a coward who hides behind HR.", "Ma gestionnaire est une lâche qui se cache derrière les RH."),
        ("My manager is a tyrant and everyone knows it.", "Ma gestionnaire est une tyranne et tout le monde le sait."),
        ("My team lead claims all the credit for what I do.",
         "Ma cheffe d'équipe s'attribue le mérite de tout ce que je fais."),
    ],
    "chaos and sarcasm in the words one language lacked": [
        ("Nobody knows who's doing what in my branch.", "Personne sait qui fait quoi dans ma direction."),
        ("Every week management changes the plan again and we start over.",
         "Chaque semaine la direction change encore le plan pis on recommence à zéro."),
        ("Deadlines set by management are pure fantasy.", "Les échéances fixées par la direction relèvent de la pure fantaisie."),
        ("Love how leadership announces changes by email at 4:59 on Friday.",
         "J'adore comment la direction annonce les changements par courriel à 16 h 59 le vendredi."),
        ("Thank you senior management for the third hiring freeze. Truly inspiring.",
         "Merci la haute direction pour le troisième gel d'embauche. Vraiment inspirant."),
        ("The left hand doesn't know what the right hand is doing in this department.",
         "Dans ce ministère, la main gauche sait pas ce que fait la main droite."),
    ],
    "deeds both languages lacked, or one": [
        ("My manager only promotes her friends.", "Ma gestionnaire promeut juste ses amis."),
        ("My director's pet got the promotion again.", "Le chouchou du directeur a encore eu la promotion, dans mon unité."),
        ("My boss never acknowledges anything I do.", "Mon boss reconnaît jamais rien de ce que je fais."),
        ("Management doesn't even know my name after six years.", "La direction connaît même pas mon nom après six ans."),
        ("Senior management broke every promise they made at the town hall.",
         "La haute direction a brisé toutes les promesses faites au town hall."),
        ("HR covered for the harasser.", "Les RH ont protégé le harceleur."),
        ("My manager gaslights the whole team.", "Mon gestionnaire manipule toute l'équipe."),
        ("Leadership talks about wellness and then piles on more work.",
         "La direction parle de bien-être pis nous rajoute encore de l'ouvrage."),
        ("My employer cares more about optics than about its people.",
         "Mon employeur se soucie plus de son image que de son monde."),
        ("I dread going to work every morning because of my manager.",
         "J'appréhende d'aller travailler chaque matin à cause de ma gestionnaire."),
        ("My team lead is always passive-aggressive in emails.", "Mon chef d'équipe est toujours passif-agressif dans ses courriels."),
        ("My director plays mind games with us.", "Ma directrice joue avec nos têtes."),
        ("My manager ghosted my request for training for six months.",
         "Mon gestionnaire a ignoré ma demande de formation pendant six mois."),
        ("I've been acting in this role for three years and they won't make it permanent.",
         "Je suis intérimaire dans ce poste depuis trois ans pis ils refusent de me nommer pour de bon."),
    ],
    "wanting out and worn down, in the words one language lacked": [
        ("I can't take this job anymore.", "J'en peux plus de cette job."),
        ("I'm out of here as soon as I find something else.", "Je sacre mon camp d'ici dès que je trouve autre chose."),
        ("Can't wait to leave this dump.", "J'ai hâte de quitter ce trou."),
        ("Two more years and I'm retiring from this circus.", "Encore deux ans pis je prends ma retraite de ce cirque."),
        ("I'd rather flip burgers than stay in this branch.",
         "J'aimerais mieux retourner les boulettes que de rester dans cette direction."),
        ("This job is soul-crushing.", "Cette job est en train de m'écraser l'âme."),
        ("I dread Mondays because of this place.", "J'angoisse le lundi à cause de cette place."),
        ("Every day at this job feels like a prison sentence.", "Chaque journée dans cette job ressemble à une sentence de prison."),
        ("Sure, let's have another meeting about the meetings.", "Bien sûr, faisons une autre réunion sur les réunions."),
    ],
    "lies, blame and a toxic place, in the words one language lacked": [
        ("My manager twisted the facts to make me look bad.", "Mon gestionnaire a déformé les faits pour me faire mal paraître."),
        ("My boss takes zero accountability for anything.", "Mon boss prend aucune responsabilité pour rien."),
        ("Our director throws staff under the bus to save face.",
         "Notre directeur lance le personnel sous l'autobus pour sauver la face."),
        ("Nobody trusts management in my office anymore.", "Plus personne fait confiance à la direction dans mon bureau."),
        ("Bullies get promoted in my department.", "Les intimidateurs se font promouvoir dans mon ministère."),
        ("My manager pits us against each other.", "Ma gestionnaire nous monte les uns contre les autres."),
        ("My coworkers gang up on the new hire.", "Mes collègues se liguent contre la nouvelle employée."),
        ("Upper management rewrote history at the town hall.", "La haute direction a réécrit l'histoire au town hall."),
        ("People in my branch cry in the bathroom every week.",
         "Du monde dans ma direction pleure dans les toilettes chaque semaine."),
        ("If you sob in the stairwell once a week, welcome to my department.",
         "Si tu brailles dans la cage d'escalier une fois par semaine, bienvenue dans mon ministère."),
    ],
    "sarcasm in the words one language lacked": [
        ("Genius move by my director, cancelling the only training we had.",
         "Coup de génie de ma directrice, annuler la seule formation qu'on avait."),
        ("Management's idea of wellness: a webinar during lunch.",
         "L'idée du bien-être selon la direction : un webinaire sur l'heure du dîner."),
        ("Another brilliant decision from upper management.", "Encore une décision brillante de la haute direction."),
        ("Thanks for nothing, upper management.", "Merci pour rien, la haute direction."),
    ],
    "grievances in the words one language lacked": [
        ("Management surrounds itself with yes-men.", "La direction s'entoure de béni-oui-oui."),
        ("It's a boys club at the top of my department.", "C'est un club des boys en haut de mon ministère."),
        ("Bullied at work for two years and nobody did anything.",
         "Intimidée au travail pendant deux ans pis personne a rien fait."),
        ("Management has been jerking us around about telework for months.",
         "La direction nous niaise avec le télétravail depuis des mois."),
        ("This department is bleeding talent and nobody upstairs cares.",
         "Ce ministère vit une hémorragie de talents pis personne en haut s'en soucie."),
    ],
}

NOT_FLAGGED = {
    "someone else's boss, a show's, a game's": [
        ("My sister's manager is the worst boss she's ever had.", "La gestionnaire de ma sœur est la pire qu'elle a jamais eue."),
        ("Michael Scott is the worst boss I've ever seen on TV.", "Michael Scott est le pire boss que j'ai vu à la télé."),
        ("That final boss is the worst boss I've ever had to beat.",
         "Ce boss final est le pire boss que j'ai jamais eu à battre."),
        ("The incompetent manager in that Netflix show is hilarious.",
         "Le gestionnaire incompétent dans cette série Netflix est hilarant."),
        ("In the novel, the manager pretends everything is fine while the ship sinks.",
         "Dans le roman, le gérant fait semblant que tout va bien pendant que le bateau coule."),
    ],
    "sports": [
        ("The referee has no clue what he's doing.", "L'arbitre sait pas ce qu'il fait."),
        ("The Habs management has no clue what they're doing.", "La direction du Canadien sait pas ce qu'elle fait."),
        ("Leafs lost again, my useless team can't score.",
         "Le Canadien a encore perdu, mon équipe inutile est pas capable de compter."),
        ("The Raptors strike again! What a comeback.", "Les Raptors ont encore frappé! Quelle remontée."),
    ],
    "praise and negated insults": [
        ("Best boss ever, she always has my back.", "Meilleure boss au monde, elle me soutient toujours."),
        ("My colleagues are the kindest people I've ever met.",
         "Mes collègues sont les personnes les plus gentilles que j'ai jamais rencontrées."),
        ("My manager is the best manager I've ever had.", "Ma gestionnaire est la meilleure que j'ai jamais eue."),
        ("Grateful for the best team I've ever worked with.",
         "Reconnaissante pour la meilleure équipe avec qui j'ai jamais travaillé."),
        ("My manager is not incompetent at all, she's great.", "Ma gestionnaire est pas incompétente pantoute, elle est super."),
    ],
    "labour and party politics": [
        ("Workers everywhere deserve better pay; management should share the profits.",
         "Les travailleurs partout méritent mieux; les patrons devraient partager les profits."),
        ("Unions say the government keeps pretending inflation is over.",
         "Les syndicats disent que le gouvernement fait semblant que l'inflation est finie."),
        ("The politician keeps pretending everything is fine with the economy.",
         "Le politicien fait semblant que tout va bien avec l'économie."),
    ],
    "the weather, pets, kids, oneself": [
        ("The weather keeps pretending it's spring.", "La météo fait semblant que c'est le printemps."),
        ("Worst storm I've ever seen.", "La pire tempête que j'ai jamais vue."),
        ("The worst traffic I've ever been in, forty minutes to get to work.",
         "Le pire trafic que j'ai jamais vu, quarante minutes pour me rendre au travail."),
        ("Pretending everything is fine, Monday edition ☕", "Faire semblant que tout va bien, édition du lundi ☕"),
        ("Stop pretending everything is fine and go see a doctor.",
         "Arrête de faire semblant que tout va bien pis va voir un médecin."),
        ("I have no clue what I'm doing with this sourdough.", "J'ai aucune idée de ce que je fais avec ce levain."),
        ("My toddler has no clue what he's doing on skates but he loves it.",
         "Mon petit a aucune idée de ce qu'il fait en patins mais il adore ça."),
        ("My cat has no clue what she's doing with the new toy.", "Ma chatte sait pas ce qu'elle fait avec son nouveau jouet."),
        ("The stupidest thing I did today was forget my umbrella.",
         "La chose la plus stupide que j'ai faite aujourd'hui, c'est d'oublier mon parapluie."),
        ("Parasites in the garden are eating my tomatoes.", "Les parasites dans le jardin mangent mes tomates."),
        ("My son is such a control freak about his Lego.", "Mon fils est un vrai maniaque du contrôle avec ses Lego."),
        ("A viper in the garden! The people upstairs screamed.", "Une vipère dans le jardin! Les gens en haut ont crié."),
    ],
    "a sports team, a game, a club, a relative, a documentary": [
        ("My hockey teammates are lazy on defence lol", "Mes coéquipiers au hockey sont paresseux en défense lol"),
        ("This damn boss in Zelda took me all night.", "Mon maudit boss dans Zelda m'a pris toute la soirée."),
        ("The executive committee of my golf club is a joke.", "Le comité exécutif de mon club de golf est une farce."),
        ("My husband's immediate supervisor is a pushover, he says.",
         "Le supérieur immédiat de mon chum est une carpette, qu'il dit."),
        ("The chain of command in the army is strict, says the documentary.",
         "La chaîne de commandement dans l'armée est stricte, selon le documentaire."),
        ("Pandemic profiteers and freeloaders got rich while we waited.",
         "Les profiteurs de la pandémie se sont enrichis pendant qu'on attendait."),
        ("My officemates threw me a surprise party, best crew ever.",
         "Mes collègues de bureau m'ont fait une fête surprise, meilleure gang au monde."),
    ],
    "news, puzzles and films": [
        ("The government announced a pay freeze for public servants.",
         "Le gouvernement a annoncé un gel des salaires pour les fonctionnaires."),
        ("Ottawa announces a hiring freeze across departments.", "Ottawa annonce un gel d'embauche dans les ministères."),
        ("Back to square one with the puzzle, the cat knocked it over.",
         "Retour à la case départ avec le casse-tête, le chat l'a renversé."),
        ("The new Marvel movie is pure fantasy and I loved it.", "Le nouveau film est de la pure fantaisie pis j'ai adoré."),
    ],
    "handling of a file, self-mockery, greetings and idioms": [
        ("Poor management of the pandemic by the province, a total disaster.",
         "La gestion de la pandémie par la province, un désastre total."),
        ("My boss must think I'm useless at Excel lol", "Mon boss doit penser que je suis nulle en Excel lol"),
        ("Good luck to my team at the hackathon, you'll crush it!", "Bonne chance à mon équipe au hackathon, vous allez tout casser!"),
        ("My teacher's pet of a dog got the last treat again.", "Mon chien chouchou a encore eu la dernière gâterie."),
        ("The manipulative villain in this thriller is the best part.",
         "Le méchant manipulateur de ce thriller est le meilleur bout."),
        ("Stuck in a meeting, this is awful, can you grab the kids?",
         "Coincée en réunion, c'est affreux, peux-tu aller chercher les enfants?"),
    ],
    "leaving a flat, keys, a shelter, a sincere retirement": [
        ("I'm moving out as soon as I find something else, this apartment is awful.",
         "Je déménage dès que je trouve autre chose, cet appart est affreux."),
        ("I'm out of here as soon as I find my keys lol", "Je sacre mon camp d'ici dès que je trouve mes clés lol"),
        ("Our cat's old home was like a prison, poor thing.", "Le refuge était comme une prison pour notre chat, pauvre bête."),
        ("Dread Mondays? Try my new coffee blend!", "Vous angoissez le lundi? Essayez mon nouveau café!"),
        ("I'm retiring from this place in June after 30 wonderful years.",
         "Je prends ma retraite de cette place en juin après 30 belles années."),
    ],
    "kids, films, weddings and dodgeball": [
        ("The kids ganged up on their dad in a pillow fight 😂",
         "Les enfants se sont ligués contre leur père dans une bataille d'oreillers 😂"),
        ("The movie rewrote history and I don't care, it was fun.",
         "Le film a réécrit l'histoire pis je m'en fiche, c'était le fun."),
        ("Cried in my car after the wedding, so happy for them.",
         "J'ai pleuré dans mon char après le mariage, tellement contente pour eux."),
        ("My baby cries in the bathroom every time we give him a bath.",
         "Mon bébé pleure dans la salle de bain chaque fois qu'on lui donne son bain."),
        ("Bullied at school for years, now I teach kindness.",
         "Intimidée à l'école pendant des années, maintenant j'enseigne la bienveillance."),
        ("Stay away from this restaurant, the fries were cold.", "Fuyez ce restaurant, les frites étaient froides."),
        ("Brain drain from rural towns is a real problem, says the report.",
         "L'exode des talents des régions est un vrai problème, selon le rapport."),
        ("My husband has been jerking me around about the trip lol", "Mon chum me niaise avec mon accent depuis des mois lol"),
        ("Our team ganged up on the other team at dodgeball, so fun.",
         "Notre équipe s'est liguée contre l'autre équipe au ballon-chasseur, trop drôle."),
    ],
    "sincere praise and a child's genius": [
        ("Management's idea of wellness was actually great this year: a paid yoga morning!",
         "L'idée du bien-être selon la direction cette année était vraiment bonne : un matin de yoga payé!"),
        ("Genius move by my son, he figured out the pickle jar 😂",
         "Quel coup de génie, mon fils a trouvé comment ouvrir le pot de cornichons 😂"),
    ],
}


def _rows(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    return [(group, text, lang) for group, pairs in table.items() for pair in pairs for text, lang in zip(pair, ("en", "fr"))]


def test_tables_are_large_enough() -> None:
    assert sum(len(pairs) for pairs in FLAGGED.values()) >= 30
    assert sum(len(pairs) for pairs in NOT_FLAGGED.values()) >= 15


@pytest.mark.parametrize(("group", "text", "lang"), _rows(FLAGGED))
def test_round8_critique_is_flagged_in_both_languages(group: str, text: str, lang: str) -> None:
    assert codes(text, lang) & {"WRK001", "WRK002"}, group


@pytest.mark.parametrize(("group", "text", "lang"), _rows(NOT_FLAGGED))
def test_round8_hard_negatives_are_not_flagged(group: str, text: str, lang: str) -> None:
    assert not codes(text, lang), group


def test_the_insult_inside_the_role_is_an_insult_of_the_role() -> None:
    """"My incompetent boss" is WRK001 as « mon boss incompétent » is, with the whole phrase as evidence."""
    assert "WRK001" in codes("My incompetent boss forgot the meeting.", "en")
    assert "WRK001" in codes("Mon boss incompétent a oublié la réunion.", "fr")
    assert not codes("My favourite boss retired today, we'll miss her.", "en")


def test_french_without_accents_or_apostrophes_reads_the_same() -> None:
    for text in (
        "La direction fait comme si de rien netait.",
        "La haute direction sait pas ce quelle fait.",
        "Cest la pire gestionnaire que jai jamais eue.",
        "Mon superviseur est un trou de cul.",
    ):
        assert codes(text, "fr") & {"WRK001", "WRK002"}, text


def test_huge_and_empty_posts() -> None:
    assert not codes("", "en")
    long = "Management keeps pretending everything is fine. " + "Ordinary words about lunch and the weather. " * 2000
    assert codes(long, "en") & {"WRK001", "WRK002"}
