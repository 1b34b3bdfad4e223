"""Workplace critique by class of language, English and French side by side (team-written).

Each class of harsh critique of one's OWN employer, managers or colleagues has a pair of posts
(EN, FR, several registers: casual, Québécois, sarcastic, emoji); each class of hard negative
(mild or constructive remarks, praise, labour politics, someone else's workplace, customer
stories, office sitcoms, party politics, workplace-safety days, sports) has its pair too. No row
is taken or paraphrased from any data set.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import load_rules
from tests.rules.conftest import codes_of

WORKPLACE = Analyzer(load_rules(["WRK001", "WRK002"]))


def codes(text: str, language: str | None = None) -> set[str]:
    return codes_of(WORKPLACE, text, language)


# (class, English, French): harsh critique of one's own workplace, flagged by WRK001 or WRK002.
CRITIQUE = [
    ("toxic",
     "The environment at my job is so toxic I cry in the parking lot before my shift.",
     "Le climat de travail à ma job est tellement toxique que je pleure dans l'auto avant mon shift."),
    ("toxic, HR",
     "this workplace is toxic af and HR protects the bullies",
     "Ambiance toxique au bureau, pis les RH protègent ceux qui font de l'intimidation."),
    ("chaos",
     "Nobody in upper management knows what they're doing, it's total chaos every single week.",
     "Personne à la haute direction sait ce qu'il fait, c'est le chaos total chaque semaine."),
    ("incompetence",
     "Our director is completely incompetent and somehow keeps getting promoted.",
     "Notre directrice est complètement incompétente pis elle continue d'être promue."),
    ("who you know",
     "At my department it's not what you do, it's who you know. Same three buddies get every promotion.",
     "Dans mon ministère, c'est pas ce que tu fais, c'est qui tu connais. Toujours les mêmes chums promus."),
    ("favouritism",
     "The favouritism from my manager is unreal, her pets get all the good files.",
     "Le copinage de ma gestionnaire est rendu ridicule, ses chouchous ont tous les beaux dossiers."),
    ("bullying",
     "My supervisor yells at us in front of everyone and HR does nothing about the bullying.",
     "Mon superviseur nous crie dessus devant tout le monde pis les RH font rien contre l'intimidation."),
    ("a number",
     "After 12 years here I'm just a number to management.",
     "Après 12 ans ici, je suis juste un numéro pour la direction."),
    ("lying leadership",
     "Senior leadership lied to us about the reorg, again.",
     "La haute direction nous a menti sur la réorganisation, encore."),
    ("morale",
     "Morale in our branch is at an all-time low and management couldn't care less.",
     "Le moral est à zéro dans notre direction générale pis la gestion s'en câlisse."),
    ("contempt for staff",
     "Management here doesn't give a damn about the people doing the actual work.",
     "La direction ici s'en sacre complètement du monde qui fait la vraie job."),
    ("want out",
     "I want out of this department so bad, worst place I've ever worked.",
     "J'ai hâte de sacrer mon camp de ce ministère, la pire place où j'ai travaillé."),
    ("sarcasm, emoji",
     "Another brilliant decision from upper management 🙄",
     "Encore une brillante décision de la haute direction 🙄"),
    ("sarcasm, words",
     "Love how my manager books a 4:30 meeting every Friday. Said no one ever.",
     "J'adore ça quand mon boss booke une réunion à 16 h 30 le vendredi. Ben voyons donc."),
    ("review style",
     "Management is incompetent and treats everyone like dirt.",
     "La gestion est incompétente et nous traite comme de la marde."),
    ("review style, first person plural",
     "Leadership keeps ignoring us and we are treated like children.",
     "La direction nous ignore tout le temps, on est traités comme des enfants."),
    ("being messed around",
     "Been getting jerked around by my boss for months, this job is a joke.",
     "On se fait niaiser par la direction depuis des mois, ma job c'est n'importe quoi."),
    ("told what it must do",
     "Upper management needs to start listening to the people who actually do the work.",
     "La haute direction devrait commencer par écouter le monde qui fait la job."),
    ("micromanagement",
     "My team lead micromanages every email, it's exhausting and insulting.",
     "Ma cheffe d'équipe fait de la microgestion sur chaque courriel, c'est épuisant pis insultant."),
]

# Insults aimed at a person or unit of one's own work: WRK001.
AIMED = [
    ("My manager is a spineless coward.", "Mon gestionnaire est un vrai incompétent."),
    ("Useless managers everywhere in this branch.", "Des gestionnaires inutiles partout dans cette direction."),
    ("I hate my boss so much.", "Je déteste mon boss tellement."),
    ("My coworkers are lazy idiots.", "Mes collègues sont des paresseux finis."),
    ("Upper management is a circus of clowns", "La haute direction, c'est une gang de caves."),
]

# Insult words that are not aimed at anyone at the author's work: never WRK001.
NOT_AIMED = [
    ("A customer called me an idiot today and my manager just laughed.",
     "Un client m'a traitée d'imbécile aujourd'hui pis mon boss a juste ri."),
    ("My boss said I was lazy in front of the whole team.",
     "Mon boss a dit que j'étais paresseuse devant toute l'équipe."),
    ("My manager is great, it's the customers who are idiots.",
     "Ma gestionnaire est super, c'est les clients qui sont des imbéciles."),
    ("People are idiots.", "Le monde est cave."),
    ("My husband's manager is a useless idiot.", "La gestionnaire de mon chum est une vraie conne."),
]

# Hard negatives: no workplace flag at all.
CLEAN = [
    ("mild", "Long day at work, need a nap.", "Longue journée à la job, besoin d'une sieste."),
    ("constructive", "The new system has bugs, IT is on it.", "Le nouveau système a des bogues, les TI sont dessus."),
    ("wish", "I'd love more telework days.", "J'aimerais vraiment plus de jours de télétravail."),
    ("praise",
     "My manager fought hard for our team's promotions, so grateful.",
     "Ma gestionnaire s'est battue pour nos promotions, tellement reconnaissante."),
    ("hyperbolic praise",
     "I can't say enough good things about this place.",
     "Je pourrais pas être plus heureuse dans mon équipe."),
    ("labour politics",
     "Amazon treats its warehouse workers like robots. Unionize now.",
     "Amazon traite ses travailleurs comme des robots. Syndiquez-vous!"),
    ("labour politics, a workforce",
     "Nurses are overworked and underpaid, pay them properly.",
     "Les infirmières sont épuisées et sous-payées, payez-les comme du monde."),
    ("strike news",
     "Solidarity with the striking baristas, their management is union-busting garbage.",
     "Solidarité avec les grévistes, leur direction est méprisante."),
    ("someone else's boss",
     "My sister's boss is an absolute nightmare.",
     "Le boss de ma sœur est un vrai cauchemar."),
    ("someone else's coworkers",
     "Her coworkers sound awful, she should quit.",
     "Ses collègues ont l'air horribles, elle devrait démissionner."),
    ("office sitcom",
     "Rewatching The Office, Michael Scott is the worst boss ever lol",
     "Je rewatch la série, le pire boss de l'histoire de la télé lol"),
    ("office drama",
     "Severance season 2 finale: Lumon management is pure evil.",
     "Finale de la saison 2 de Severance : la direction de Lumon est diabolique."),
    ("party politics",
     "This government is incompetent and the minister's management of the file is a disaster.",
     "Ce gouvernement est incompétent et la gestion du dossier par le ministre est un désastre."),
    ("politics about public servants",
     "Poilievre wants to fire public servants, disgraceful.",
     "Poilievre veut congédier des fonctionnaires, c'est honteux."),
    ("safety day",
     "April 28, Day of Mourning. We remember workers killed or injured on the job. No one should die at work.",
     "28 avril, Jour de deuil. Nous pensons aux travailleurs tués ou blessés au travail. Personne ne devrait mourir au travail."),
    ("safety week",
     "Workplace safety is everyone's job: report hazards and look out for each other. #SafetyWeek",
     "La santé et sécurité au travail, c'est l'affaire de tous : signalez les dangers."),
    ("sports",
     "Our team got destroyed tonight, the coach is an idiot.",
     "Notre équipe s'est fait planter à soir, le coach est un imbécile. #GoHabsGo"),
    ("video game", "The final boss is so stupid hard.", "Le boss final est tellement poche, c'est ridicule."),
    ("customer story",
     "Rude customer screamed at me for ten minutes, my manager handled it like a pro.",
     "Une cliente impolie m'a crié dessus dix minutes, ma gestionnaire a géré ça comme une pro."),
    ("wish for a colleague",
     "My manager should get a raise, she works so hard for us.",
     "Ma gestionnaire mériterait une augmentation, elle travaille tellement fort pour nous."),
    ("a need of one's own",
     "I need to ask my manager for a raise, wish me luck!",
     "Faut que je demande une augmentation à mon boss, souhaitez-moi bonne chance!"),
    ("balanced",
     "Busy quarter, a few frustrating meetings, but my team is solid.",
     "Trimestre chargé, quelques réunions frustrantes, mais mon équipe est solide."),
]


# More posts in both languages: flagged (first list) and not (second): a shop's manager, a
# friend's company, the government's management of a crisis, a commute, a team-building game.
MORE_FLAGGED = [
    "The employer doesn't care about us at all, disgusting.",
    "L'employeur se fiche complètement de nous, c'est dégueulasse.",
    'Three reorganizations in two years and not one person in senior management can explain why. Clown show.',
    "Trois réorganisations en deux ans pis personne à la haute direction est capable d'expliquer pourquoi. Un vrai cirque.",
    'my boss takes credit for everything i do and then wonders why nobody on the team trusts her',
    "mon boss prend le crédit pour toute ce que je fais pis se demande pourquoi personne dans l'équipe lui fait confiance",
    'Day 400 of waiting for my reclassification. HR keeps losing my file. Unbelievable incompetence.',
    'Jour 400 à attendre ma reclassification. Les RH perdent mon dossier encore. Incompétence totale.',
    'Honestly the worst thing about my job is the people running it.',
    "Honnêtement, le pire de ma job c'est le monde qui la gère.",
    'Our DG yelled at an analyst in a meeting today. Nobody said anything. This place is rotten.',
    "Notre DG a crié après une analyste en réunion aujourd'hui. Personne a rien dit. Cette place est pourrie.",
    'Promotions at my agency go to whoever golfs with the director. Merit means nothing here.',
    'À mon agence, les promotions vont à ceux qui jouent au golf avec le directeur. Le mérite compte pour rien ici.',
]
MORE_CLEAN = [
    "The company fired half the employees today, disgusting.",
    "La compagnie a congédié la moitié des employés aujourd'hui, c'est dégueulasse.",
    "We cannot trust a single word from that priest.",
    "Congrats to my manager on her well-deserved retirement! We'll miss you.",
    'Félicitations à ma gestionnaire pour sa retraite bien méritée! Tu vas nous manquer.',
    'The strike at the port is hurting farmers, both sides need to get back to the table.',
    'La grève au port fait mal aux agriculteurs, les deux parties doivent retourner à la table.',
    'Worst customer service ever, the manager at this store was so rude.',
    'Pire service à la clientèle, le gérant de ce magasin était tellement bête.',
    'Finished the book about toxic bosses, great read for anyone who manages people.',
    "My friend's company just laid off half the staff, brutal.",
    "La compagnie de mon amie vient de mettre la moitié du personnel à pied, c'est brutal.",
    'Tough week, the new pay system is slow but HR answered all my questions.',
    'Grosse semaine, le nouveau système de paie est lent mais les RH ont répondu à toutes mes questions.',
    "Ottawa's management of the housing crisis is a disaster.",
    'La gestion de la crise du logement par Ottawa est un désastre.',
    'Horrible traffic on the 417, late for work again.',
    'Trafic horrible sur la 417, encore en retard au travail.',
    'Team building at the escape room today, we failed miserably lol',
    "Activité d'équipe au jeu d'évasion aujourd'hui, on a lamentablement échoué lol",
]


@pytest.mark.parametrize("text", MORE_FLAGGED)
def test_more_critiques_in_both_languages(text: str) -> None:
    assert codes(text), text


@pytest.mark.parametrize("text", MORE_CLEAN)
def test_more_hard_negatives_in_both_languages(text: str) -> None:
    assert not codes(text), text


@pytest.mark.parametrize(("kind", "english", "french"), CRITIQUE, ids=[c[0] for c in CRITIQUE])
def test_harsh_critique_of_ones_own_workplace_is_flagged(kind: str, english: str, french: str) -> None:
    assert codes(english), english
    assert codes(french), french


@pytest.mark.parametrize(("english", "french"), AIMED)
def test_insults_aimed_at_ones_own_colleagues_are_wrk001(english: str, french: str) -> None:
    assert "WRK001" in codes(english), english
    assert "WRK001" in codes(french), french


@pytest.mark.parametrize(("english", "french"), NOT_AIMED)
def test_insult_words_not_aimed_at_ones_own_colleagues_are_not_wrk001(english: str, french: str) -> None:
    assert "WRK001" not in codes(english), english
    assert "WRK001" not in codes(french), french


@pytest.mark.parametrize(("kind", "english", "french"), CLEAN, ids=[c[0] for c in CLEAN])
def test_hard_negatives_get_no_workplace_flag(kind: str, english: str, french: str) -> None:
    assert not codes(english), english
    assert not codes(french), french


def test_a_declared_language_does_not_change_the_reading() -> None:
    for _kind, english, french in CRITIQUE[:6]:
        assert codes(english, "en") == codes(english)
        assert codes(french, "fr-CA") == codes(french)


def test_a_sarcastic_sign_alone_is_not_a_critique() -> None:
    assert not codes("Monday again 🙄")
    assert not codes("Another meeting this afternoon 🙄")
    assert not codes("Encore lundi 🙄")


def test_huge_and_empty_posts() -> None:
    assert not codes("")
    assert not codes("   \n\t ")
    assert codes("My manager is a useless idiot. " + "Lorem ipsum dolor sit amet. " * 4000)
    assert not codes("🙄" * 5000 + " my manager " * 2000)
