"""Workplace critique, round 7 (issue 15): parity of English and French, class by class.

Each row is a parallel English / French pair written by the team for this round; none is taken
or paraphrased from any data set. The classes are those that failed in one language only on a
parallel probe: doing something without end rather than not doing it ("never stops yelling at
me", « arrête pas de me rabaisser »); bullying deeds in the French compound past, the infinitive
and the passive with one's own boss after it; plain lies told by one's boss or leaders; a promise
made to the author alone and what came instead; wanting out in Québec French (« lâcher ma job »)
and with the place in the phrase; sarcasm with thanks set off by commas and mock cheer before a
harm. Hard negatives beside them: a relative's or a friend's workplace (« le boss à ma sœur »,
"my sister has an awful manager"), a landlord's lie, a video game's boss, a company in the news,
quitting a habit, banter, praise, sincere thanks, a long day that ended well.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import load_rules
from tests.rules.conftest import codes_of, post

WORKPLACE = Analyzer(load_rules(["WRK001", "WRK002"]))


def codes(text: str, language: str) -> set[str]:
    return codes_of(WORKPLACE, text, language)


FLAGGED = {
    "without end, not negated": [
        ("My supervisor never stops belittling me.", "Mon superviseur arrête pas de me rabaisser dans chaque réunion."),
        ("My manager won't stop yelling at me.", "Ma gestionnaire n'arrête pas de m'humilier."),
    ],
    "bullying deeds, both tenses and voices": [
        ("My boss insulted me in front of everyone and laughed about it.",
         "Mon boss m'a insulté devant tout le monde pis il en riait."),
        ("My boss tore into me on Teams in front of 40 people.", "Ma boss m'a descendu sur Teams devant 40 personnes."),
        ("My supervisor singles me out for every little thing.", "Ma superviseure me cible pour la moindre petite affaire."),
        ("My manager talks to me like I'm a child.", "Mon gestionnaire me parle comme si j'étais un enfant."),
        ("Got yelled at by my manager again, in front of clients.",
         "Je me suis fait engueuler par ma directrice encore, devant les clients."),
        ("My boss keeps cutting me off in meetings.", "Ma boss me coupe tout le temps la parole en réunion."),
        ("My manager blew up at me for nothing.", "Mon gérant a pété sa coche sur moi pour rien."),
        ("My director made me bawl in her office.", "Ma directrice m'a fait brailler dans son bureau."),
        ("My coordinator talks behind my back to the whole team.", "Ma coordo parle dans mon dos à toute l'équipe."),
        ("My manager makes me feel stupid every single day 😞", "Mon gestionnaire me fait sentir stupide chaque maudite journée 😞"),
    ],
    "contempt at the same weight": [
        ("My manager is a bully, plain and simple.", "Mon gestionnaire est un intimidateur, point."),
        ("My boss told me in front of everyone that my report was garbage.",
         "Ma boss a dit devant tout le monde que mon rapport était de la merde."),
    ],
    "lies told by one's own leaders": [
        ("My boss lied to my face about the promotion.", "Mon boss m'a menti en pleine face à propos de la promotion."),
        ("They said hybrid was permanent. Management lied, plain and simple.",
         "Ils disaient que l'hybride était permanent. La direction a menti, point."),
        ("Upper management hides the real numbers from staff.", "La haute direction cache les vrais chiffres au personnel."),
    ],
    "a promise to the author, then what came instead": [
        ("My manager said my position was safe. Got my notice the next day.",
         "Mon gestionnaire m'a dit que mon poste était sécuritaire. J'ai reçu mon avis le lendemain."),
        ("Our DG swore there would be no layoffs. 30 people got cut this morning.",
         "Notre DG avait juré qu'il y aurait pas de mises à pied. 30 personnes coupées ce matin."),
    ],
    "wanting out": [
        ("I want to quit my job so badly it hurts.", "J'ai tellement envie de lâcher ma job que ça fait mal."),
        ("Seriously thinking about handing in my resignation tomorrow.",
         "Je pense sérieusement à remettre ma démission demain."),
        ("I'd leave this company in a heartbeat if I got a decent offer.",
         "Je quitterais cette compagnie en un clin d'oeil si j'avais une offre correcte."),
        ("Seriously, get me out of this office.", "Sérieux, sortez-moi de ce bureau."),
        ("The only thing keeping me at this job is the mortgage.",
         "La seule chose qui me garde dans cette job, c'est l'hypothèque."),
        ("Looking for a new job. Can't do another year under this management.",
         "Je me cherche une nouvelle job. Je peux pas faire une autre année sous cette direction."),
        ("I'm on my way out of this place.", "Je suis sur mon départ de cette place."),
        ("Thinking about leaving. This place has changed.", "Je pense à quitter. Cette place a changé."),
    ],
    "sarcasm": [
        ("Thanks, upper management, for the pay freeze. Really feeling valued.",
         "Merci la haute direction pour le gel des salaires. On se sent vraiment valorisés."),
        ("Great, the deadline moved again.", "Super, l'échéance a encore bougé."),
        ("Our senior leadership never fails to disappoint.", "Notre haute direction réussit toujours à décevoir."),
        ("Can always count on management to make things worse.",
         "On peut toujours compter sur la direction pour empirer les choses."),
        ("So glad my boss takes credit for my work. Really motivating.",
         "Tellement content que mon boss s'approprie mon travail. Vraiment motivant."),
        ("Can't wait for the next town hall where they tell us we're a family.",
         "Hâte au prochain town hall où ils vont nous dire qu'on est une famille."),
        ("So much for transparency, management announced the cuts through the news.",
         "Pour la transparence, on repassera : la direction nous a annoncé les coupures par les nouvelles."),
    ],
}

NOT_FLAGGED = {
    "someone else's workplace": [
        ("My sister's boss is awful to her.", "Le boss à ma sœur est épouvantable avec elle."),
        ("A friend's company just laid off half their staff with no warning. Brutal.",
         "La compagnie d'une amie vient de mettre à pied la moitié du personnel sans avertissement. Brutal."),
        ("Read a thread about a nurse whose manager forced double shifts. Healthcare is broken.",
         "J'ai lu un fil sur une infirmière dont la gestionnaire imposait des doubles quarts. La santé est brisée."),
        ("My sister works in a nursing home, the working conditions are awful.",
         "Ma sœur travaille dans un CHSLD, les conditions de travail sont épouvantables."),
        ("My brother has an awful manager.", "Mon frère a un gestionnaire épouvantable."),
        ("Amazon treats its warehouse workers like robots. Boycott.",
         "Amazon traite ses employés d'entrepôt comme des robots. Boycott."),
    ],
    "lies and deeds that are not the employer's": [
        ("My landlord lied about fixing the heat. Third week with no heating.",
         "Mon propriétaire a menti pour le chauffage. Troisième semaine sans chauffage."),
        ("A customer screamed at me today because we ran out of milk. Retail life.",
         "Un client m'a crié après aujourd'hui parce qu'on manquait de lait. La vie en commerce."),
        ("Boss battle in Elden Ring took me 50 tries. Worst boss ever lol.",
         "Le boss dans Elden Ring m'a pris 50 essais. Pire boss ever lol."),
        ("In my novel, the evil CEO lies to his staff and steals their pensions.",
         "Dans mon roman, le PDG maléfique ment à ses employés pis vole leurs pensions."),
    ],
    "leaving something else, banter, praise": [
        ("Quitting sugar was the best decision I made this year.",
         "Lâcher le sucre, c'est la meilleure décision que j'ai prise cette année."),
        ("My manager never stops supporting us, best team ever.",
         "Ma gestionnaire arrête jamais de nous soutenir, meilleure équipe au monde."),
        ("My manager made fun of my karaoke at the party, we all laughed.",
         "Mon boss a ri de mes talents de karaoké au party, on a tous ri."),
        ("Thanks, management, for approving my overtime during the move.",
         "Merci la direction d'avoir approuvé mes heures sup pendant le déménagement."),
        ("Frustrating meeting, but my manager listened and we found a fix.",
         "Réunion frustrante, mais ma gestionnaire a écouté pis on a trouvé une solution."),
        ("Can't wait to leave for vacation Friday! Two weeks in Gaspésie.",
         "Hâte de partir en vacances vendredi! Deux semaines en Gaspésie."),
        # Mock cheer anchors a post only before a clear harm, not before a word of coming over.
        ("Awesome, let's party! Pass the snacks over here :)", "Génial, on fête ça! Passez les chips par ici :)"),
    ],
}


def _rows(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    return [(group, text, lang) for group, pairs in table.items() for pair in pairs for text, lang in zip(pair, ("en", "fr"))]


@pytest.mark.parametrize(("group", "text", "lang"), _rows(FLAGGED))
def test_round7_critique_is_flagged_in_both_languages(group: str, text: str, lang: str) -> None:
    assert codes(text, lang) & {"WRK001", "WRK002"}, group


@pytest.mark.parametrize(("group", "text", "lang"), _rows(NOT_FLAGGED))
def test_round7_hard_negatives_are_not_flagged(group: str, text: str, lang: str) -> None:
    assert not codes(text, lang), group


def test_continual_phrases_do_not_reverse_praise() -> None:
    """"Never stops supporting us" stays praise: the negator is inside the phrase, not before the praise."""
    assert not codes("My manager never stops supporting us and I'm grateful.", "en")
    assert not codes("Ma gestionnaire arrête pas de nous encourager, j'suis chanceuse.", "fr")


def test_a_lie_needs_a_liar_at_work() -> None:
    """The same deed flags with a boss before it and not with a landlord, in both languages."""
    assert codes("My manager lied to us about the raises.", "en")
    assert not codes("My landlord lied to us about the raise in rent.", "en")
    assert codes("Ma gestionnaire nous a menti pour les augmentations.", "fr")
    assert not codes("Mon propriétaire nous a menti pour la hausse de loyer.", "fr")


def test_relatives_own_cues_still_count() -> None:
    """A relative's work in the post does not hide the author's own manager. (A role that is also
    a game's or a team's, "my boss" / « ma boss », is then dropped with the other fragile cues.)"""
    assert codes("My sister works at a bank. Meanwhile my manager screamed at me again today.", "en")
    assert codes("Ma sœur travaille dans une banque. Pendant ce temps-là ma gestionnaire m'a encore crié après.", "fr")


# Quick French drops the apostrophes of elisions and the accents; the same critique must read the
# same. (English "dont", "im" were already handled.)
GLUED = [
    "Mon gestionnaire ma dit que mon poste etait securitaire. Jai recu mon avis le lendemain.",
    "Mon boss sacharne sur moi constamment pis tout le monde le voit",
    "Ma boss ma descendu sur Teams devant 40 personnes.",
    "Jattends juste que ma pension soit acquise, apres je sacre mon camp de cette shop.",
    "Le moral dans ma direction generale est a terre pis les patrons sen foutent.",
]
GLUED_NEGATIVES = [
    "Le boss a ma soeur est epouvantable avec elle.",
    "Jai hate de partir en vacances vendredi! Deux semaines en Gaspesie.",
    "Lacher le sucre, cest la meilleure decision que jai prise cette annee.",
    "Mon proprietaire ma menti pour le chauffage. Troisieme semaine sans chauffage.",
]


@pytest.mark.parametrize("text", GLUED)
def test_french_without_apostrophes_is_read_the_same(text: str) -> None:
    assert codes(text, "fr") & {"WRK001", "WRK002"}


@pytest.mark.parametrize("text", GLUED_NEGATIVES)
def test_french_without_apostrophes_hard_negatives(text: str) -> None:
    assert not codes(text, "fr")


# Camel-case hashtags are read as their words, in both languages; evidence points into the tag.
TAGGED = [
    ("Another 12 hour day, thanks boss #ToxicWorkplace", "en"),
    ("Encore une journée de 12 heures, merci boss #MilieuToxique", "fr"),
    ("My boss again. #WorstBossEver", "en"),
    ("Mon boss encore. #PireBossAuMonde", "fr"),
]
TAGGED_NEGATIVES = [
    ("Go team! #BestTeamEver #LoveMyJob", "en"),
    ("#TeamBuilding au lac aujourd'hui, merci à ma boss!", "fr"),
    ("Final boss down! #EldenRing #WorstBossEver", "en"),
    ("Watching #TheOffice again, Michael is the worst boss 😂", "en"),
]


@pytest.mark.parametrize(("text", "lang"), TAGGED)
def test_camel_case_hashtags_are_read_as_words(text: str, lang: str) -> None:
    subject = Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language=lang)
    findings = WORKPLACE.analyze(subject).findings
    assert findings
    tag = text.index("#") + 1
    spans = [(e.start, e.end) for f in findings for e in f.evidence]
    assert any(tag <= start < end <= len(text) for start, end in spans)


@pytest.mark.parametrize(("text", "lang"), TAGGED_NEGATIVES)
def test_camel_case_hashtags_hard_negatives(text: str, lang: str) -> None:
    assert not codes(text, lang)


def test_losing_an_office_contest_is_not_a_complaint_about_the_employer() -> None:
    analyzer = Analyzer([r for r in load_rules() if r.category == "workplace_criticism"])
    for text in (
        "Ugly sweater contest at the office holiday lunch. I did not win. Robbed. 🦌",
        "Concours de chandails laids au bureau. J'ai pas gagné. Volé! 🦌",
    ):
        assert not analyzer.analyze(post(text)).findings, text
