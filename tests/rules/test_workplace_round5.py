"""Workplace critique, round 5: sarcasm about one's own workplace, EN and FR.

Thanks to leaders for a burden ("Thanks boss for the pay freeze", « Merci patron pour les heures
supplémentaires »), mock cheer before a burden come round again ("Wow, another last-minute
change", « Youpi, une autre formation obligatoire »), eagerness for the next town hall or
survey, the meeting that could have been an email, the next "genius idea", praise beside a
turnaround ("Super, management changed its mind again"), and complaints that close in
resignation (« mais bon », "but oh well") rather than a contrast; wanting out ("I'm so done with
this place", « j'en ai assez de ce ministère »), and a review in the third person that speaks as
someone employed ("Not a good employer", « pas un bon employeur »); a word given then broken
("they keep telling us ..., then they announce ...", « puis elle annonce ... »). Each row is a parallel
English / French pair written by the team; none is taken or paraphrased from any data set.
Hard negatives beside them: earnest thanks (for help, to one's team, for approving overtime),
cheer about weather, sports or vacation, school and condo-board deadlines, a mind changed
about a party date, mild remarks closed by « mais bon », a farewell, a countdown to a holiday,
a customer's review of a shop or a hotel.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import load_rules
from tests.rules.conftest import codes_of, post

WORKPLACE = Analyzer(load_rules(["WRK001", "WRK002"]))


def codes(text: str, language: str | None = None) -> set[str]:
    return codes_of(WORKPLACE, text, language)


FLAGGED = {
    "thanks for a burden": [
        ("Thanks boss for the overtime.", "Merci patron pour les heures supplémentaires."),
        ("Congrats to management for the five-day return to office.",
         "Bravo à la direction pour le retour au bureau cinq jours semaine."),
        ("Thanks boss for the pay freeze.", "Merci boss pour le gel de salaire."),
        ("Congrats to management for another brilliant idea.", "Bravo à la direction pour cette autre brillante idée."),
        ("Bravo to management for this masterpiece of planning.",
         "Bravo à la gestion pour ce chef-d'œuvre de planification."),
    ],
    "mock cheer, a burden again": [
        ("Wow, another last-minute change.", "Wow, encore un changement de dernière minute."),
        ("Great, another change of manager.", "Génial, un autre changement de gestionnaire."),
        ("Yay, another mandatory training.", "Youpi, une autre formation obligatoire."),
        ("Great, another meeting.", "Super, encore une réunion."),
        ("Super, management changed its mind again.", "Super, la direction a encore changé d'avis."),
    ],
    "eager for the next one": [
        ("Can't wait for the next town hall.", "J'ai bien hâte à la prochaine assemblée générale."),
        ("Really looking forward to the next two-hour meeting about nothing.",
         "Bien hâte à la prochaine réunion de deux heures sur rien."),
        ("Can't wait for the next employee survey.", "Bien hâte au prochain sondage sur la mobilisation."),
        ("Can't wait to see the next genius idea from our managers.",
         "J'ai bien hâte de voir la prochaine idée de génie de nos gestionnaires."),
    ],
    "wasted time": [
        ("Another great meeting that could have been an email.",
         "Encore une belle réunion qui aurait pu être un courriel."),
        ("Another two-hour meeting about nothing.", "Encore une belle réunion de deux heures pour rien."),
        ("Wow, another meeting to plan the next meeting.", "Wow, encore une réunion pour planifier la prochaine réunion."),
    ],
    "resigned, not contrasted": [
        ("Great, another reorg. But oh well, we're used to it.",
         "Génial, une autre réorganisation. Mais bon, on a l'habitude."),
    ],
    "want out": [
        ("Every morning I dream about handing in my resignation.", "Chaque matin je rêve de remettre ma démission."),
        ("I'm so done with this place.", "Je suis tellement tannée de cette place."),
        ("I've had enough of this department.", "J'en ai assez de ce ministère."),
        ("My resignation letter is written and saved on my desktop.",
         "Ma lettre de démission est écrite et sauvegardée sur mon bureau."),
    ],
    "a word given, then broken": [
        ("Management keeps telling us telework is here to stay, then they announce three days in the office.",
         "La direction nous répète que le télétravail va rester, puis elle annonce trois jours au bureau."),
        ("Leadership says our wellbeing is a priority, then piles on more work.",
         "La direction dit que notre bien-être est une priorité, puis nous empile plus de travail."),
        ("The DG told us in the town hall that nobody would lose their job. Guess who got a surplus letter.",
         "Le DG nous a dit à l'assemblée que personne perdrait son emploi. Devinez qui a reçu une lettre d'excédentaire."),
        ('They keep saying "we\'re a family" and then cut our overtime pay.',
         "Ils arrêtent pas de dire « on est une famille » pis ils coupent notre temps supplémentaire."),
    ],
    "want out, beside politics or a countdown": [
        ("Counting the days until I can leave this place. Meanwhile the minister says morale is great.",
         "Je compte les jours avant de quitter cette place. Pendant ce temps, le ministre dit que le moral est bon."),
        ("One more year and I'm gone. Can't wait to never see my manager again.",
         "Encore un an et je suis parti. J'ai hâte de plus jamais voir mon boss."),
    ],
    "mock praise alone": [
        ("Leadership at its finest.", "Quel leadership."),
        ("Third reorg this year at work. Very reassuring.", "Troisième réorg cette année au bureau. Tellement rassurant."),
        ("Management cancelled the bonus. So motivating.", "La direction a coupé le boni. Vraiment motivant."),
        ("So reassuring to get an email from management at 10pm about the return to office.",
         "Tellement rassurant de recevoir un courriel de la direction à 22 h sur le retour au bureau."),
    ],
    "bullying by one's boss, of oneself or a colleague": [
        ("My boss chews me out over nothing.", "Mon patron m'engueule pour des niaiseries."),
        ("My boss has been picking on a coworker for months, he humiliates her constantly.",
         "Mon boss s'acharne sur une collègue depuis des mois."),
        ("My boss badmouths me to the other managers.", "Ma boss passe son temps à me critiquer devant les autres."),
    ],
    "a review in the third person": [
        ("Not a good employer. One of the most pathetic company to work for.",
         "Pas un bon employeur. Une des pires compagnies pour travailler."),
        ("Unprofessional leaders, no growth for freshers.",
         "Gestionnaires pas professionnels, aucune possibilité d'avancement pour les nouveaux."),
    ],
}

CLEAN = {
    "earnest thanks": [
        ("Thanks to my manager for the support during the reorg.",
         "Merci à ma gestionnaire pour son soutien pendant la réorganisation."),
        ("Thanks to my team for all the overtime this week, you rock.",
         "Merci à mon équipe pour les heures supplémentaires cette semaine, vous êtes géniaux."),
        ("Thanks to my boss for approving my overtime.", "Merci à mon patron d'avoir approuvé mes heures supplémentaires."),
        ("Thanks boss for the pizza!", "Merci patron pour la pizza!"),
        ("Thanks to my team for absorbing the extra work, you're amazing.",
         "Merci à mon équipe pour la surcharge de travail qu'elle a absorbée, vous êtes incroyables."),
    ],
    "cheer about something else": [
        ("Wow, it's -30 again.", "Wow, il fait encore -30."),
        ("Wow, another win for the Jets!", "Wow, encore une victoire du Canadien!"),
        ("Yay, vacation starts tomorrow.", "Youpi, les vacances commencent demain."),
        ("Wow, my team delivered early again.", "Wow, mon équipe a encore livré le projet en avance."),
        ("Great, another rainy Monday.", "Génial, encore de la pluie."),
        ("Great, another traffic jam on the 417.", "Super, encore un bouchon sur la 40."),
    ],
    "school, club and home": [
        ("Great, another deadline for my thesis.", "Génial, encore une échéance pour ma thèse."),
        ("Great, another meeting of the condo board.", "Super, encore une rencontre avec le comité de parents."),
    ],
    "eager in earnest": [
        ("Can't wait for the next team meeting, we're celebrating the launch.",
         "J'ai hâte à la prochaine réunion d'équipe, on va fêter la fin du projet."),
    ],
    "a mood, not a critique": [
        ("My manager changed her mind about the party date.", "Ma gestionnaire a changé d'avis pour la date du party."),
        ("Long meeting this morning, but hey, we found a solution.",
         "Longue réunion ce matin, mais bon, on a trouvé une solution."),
        ("My manager is demanding, but oh well, she always backs us up.",
         "Ma gestionnaire est exigeante, mais bon, elle nous soutient toujours."),
        ("Still no raise this year, but the team is great.", "Toujours pas d'augmentation cette année, mais l'équipe est super."),
    ],
    "a word given, then kept or followed by nothing bad": [
        ("My manager told us the project was approved, then we all went for lunch.",
         "Ma gestionnaire nous a dit que le projet était approuvé, puis on est allés dîner."),
        ("Management told us about the new plan, then they bought us pizza.",
         "La direction nous a parlé du nouveau plan, pis ils nous ont payé de la pizza."),
        ("My manager said the deadline is Friday, then she left for a meeting.",
         "Ma gestionnaire a dit que l'échéance est vendredi, puis elle est partie en réunion."),
    ],
    "mock words said in earnest": [
        ("So motivating to see my team grow this year.", "Tellement motivant de voir mon équipe grandir cette année."),
        ("Very reassuring talk from my manager today.", "Discussion très rassurante avec ma gestionnaire aujourd'hui."),
        ("How lucky am I to have a manager like her.", "Quelle chance j'ai d'avoir une gestionnaire comme elle."),
        ("Fine, management approved our vacation.", "C'est beau, la direction a approuvé nos vacances."),
        ("What leadership from our director during the crisis, thank you!",
         "Quel leadership de notre directrice pendant la crise, merci!"),
        ("So motivating to see my team hit every deadline this quarter.",
         "Tellement motivant de voir mon équipe respecter toutes les échéances ce trimestre."),
        ("Very reassuring meeting with my manager today.", "Réunion très rassurante avec ma gestionnaire aujourd'hui."),
        ("My new manager is getting better and better at running our meetings!",
         "Ma nouvelle gestionnaire anime nos réunions de mieux en mieux, bravo!"),
    ],
    "someone else yelling": [
        ("A patron at the bar kept yelling at me and my manager did nothing.",
         "Un client a crié sur la caissière et la gérante a rien fait."),
        ("In the novel, the boss humiliates his clerk.", "Dans le roman, le patron humilie son commis."),
    ],
    "leaving a country or a party": [
        ("Can't wait to leave this country after the election.", "J'ai hâte de quitter ce pays après l'élection."),
        ("I'm leaving the Liberal party, can't wait to vote for someone else.",
         "Je quitte le Parti libéral, j'ai hâte de voter pour quelqu'un d'autre."),
    ],
    "leaving for something else": [
        ("Handing in my notice today, I'll miss my team so much.",
         "J'ai remis ma démission aujourd'hui, doux-amer, mon équipe va me manquer."),
        ("One more year and I'm done with school!", "Encore un an et j'ai fini l'école!"),
        ("Two more weeks and I'm on vacation!", "Encore deux semaines et je suis en vacances!"),
    ],
    "a customer's review": [
        ("Worst company ever, my order never arrived.", "Pire compagnie, ma commande est jamais arrivée."),
        ("The staff at this hotel were rude and the manager did nothing.",
         "Le personnel de cet hôtel était impoli et le gérant a rien fait."),
    ],
}


def _rows(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    return [(kind, en, fr) for kind, pairs in table.items() for en, fr in pairs]


@pytest.mark.parametrize(("kind", "english", "french"), _rows(FLAGGED))
def test_sarcasm_about_ones_workplace_is_flagged(kind: str, english: str, french: str) -> None:
    assert codes(english, "en"), english
    assert codes(french, "fr"), french


@pytest.mark.parametrize(("kind", "english", "french"), _rows(CLEAN))
def test_hard_negatives_are_not_flagged(kind: str, english: str, french: str) -> None:
    assert not codes(english, "en"), english
    assert not codes(french, "fr"), french


def test_thanks_for_a_burden_quote_their_words() -> None:
    assert codes("Merci patron pour les heures supplémentaires 🙃", "fr") == {"WRK002"}
    finding = WORKPLACE.analyze(post("Thanks boss for the pay freeze.")).findings[0]
    quoted = {span.text.lower() for span in finding.evidence}
    assert {"thanks", "pay freeze"} <= quoted


def test_huge_and_emoji_posts_stay_readable() -> None:
    assert codes("Wow, another last-minute change. 🙄 " * 500, "en")
    assert not codes("Wow 🎉 " * 3000, "en")
    assert not codes("Merci patron pour " * 2000, "fr")
