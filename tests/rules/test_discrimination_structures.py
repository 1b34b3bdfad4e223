"""The group structures of the discrimination rules, in parallel English / French tables.

Each class of language has rows that must flag and hard negatives that must not: counter-speech
and quoting to condemn, neutral or positive mentions of identity, self-talk, banter, things and
fictional characters, support messages. Rows are written for these tests (varied registers,
Québec French, typos, no accents), never taken from a data set.

Content warning: these tables quote hateful sentences, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Confidence, Subject
from footprint.rules import discrimination as dis
from tests.rules.conftest import post


def rules_hit(text: str, language: str | None = None) -> set[str]:
    subject = post(text)
    if language:
        subject = Subject(subject.platform, subject.account_id, subject.native_id, subject.kind, subject.fields, language=language)
    return {f.rule for f in Analyzer([rule() for rule in dis.RULES]).analyze(subject).findings}


def findings(text: str) -> list:
    return Analyzer([rule() for rule in dis.RULES]).analyze(post(text)).findings


# -- generalisations: [group] + [quantifier / copula] + [degrading predicate] ---------------------

GENERALISATIONS = [
    # (English, French): the same class said in each language
    ("Immigrants are all lazy, every single one of them", "Les immigrés sont tous des paresseux"),
    ("muslims r a fifth column in this country tbh", "les musulmans c'est une cinquième colonne, point"),
    ("Refugees just abuse the system 🙄", "Les réfugiés profitent du système, c'est tout"),
    ("Gay people are disgusting.", "Les gais sont dégoûtants."),
    ("Trans people are freaks, period.", "Les personnes trans sont des détraqués, des pervers."),
    ("Women are so stupid honestly", "Les femmes sont vraiment stupides"),
    ("Jews control the media, everybody knows", "Les juifs contrôlent les médias, tout le monde le sait"),
    ("Arabs are all the same", "Les arabes sont tous pareils"),
    ("Immigrants steal our jobs and live off welfare", "Les immigrants volent nos jobs pis vivent sur le BS"),
    ("Disabled people are a burden on everyone", "Les handicapés sont un fardeau pour tout le monde"),
    ("those people are animals and vermin", "ces gens-là sont des animaux"),
    ("Those people breed like rats", "Ce monde-là se reproduit comme des lapins"),
    ("Why are Muslims so violent?", "Pourquoi les musulmans sont-ils si violents?"),
    ("Muslims? They are parasites.", "Les migrants? Ils sont tous des parasites."),
    ("Black people are never intelligent", "Les noirs ne sont jamais intelligents"),
    ("Migrants hate us and they hate this country", "Les migrants nous détestent"),
    ("les immigres sont tous des voleurs", "les immigres sont tous des voleurs"),  # no accents
]

NOT_GENERALISATIONS = [
    ("Immigrants are not lazy, they work two jobs.", "Les immigrés ne sont pas paresseux, ils cumulent deux emplois."),
    ("Not all men are trash, but some of them need to listen.", "Pas tous les hommes, mais certains devraient écouter."),
    ("Some refugees are struggling with the paperwork.", "Certains réfugiés ont du mal avec la paperasse."),
    ("Stop saying that immigrants are lazy. It's false.", "Arrêtez de dire que les immigrés sont paresseux, c'est faux."),
    ("He keeps claiming Muslims are violent, which is garbage.", "Il a dit que les musulmans sont violents, quelle honte."),
    ('If you write "gay people are disgusting" you are a bigot.', "Si tu écris « les gais sont dégoûtants », t'es un sectaire."),
    ("Immigrants are treated like criminals at the border.", "Les migrants sont traités comme des criminels à la frontière."),
    ("Violence against women is disgusting.", "La violence contre les femmes est dégoûtante."),
    ("We should never support a politician who treats refugees like trash.", "Un ministre qui traite les réfugiés comme des déchets doit partir."),
    ("Women are amazing and so are their ideas.", "Les femmes sont incroyables."),
    ("Muslims are welcome here.", "Les musulmans sont les bienvenus ici."),
    ("The players were animals on the ice tonight 🏒", "Ils étaient des bêtes sur la glace ce soir 🏒"),
    ("They are so lazy on Sundays lol", "Ils sont paresseux le dimanche mdr"),
    ("My cats are lazy and spoiled.", "Mes chats sont paresseux et gâtés."),
    ("Refugees are victims of war, not criminals.", "Les réfugiés sont des victimes de la guerre, pas des criminels."),
    ("I love Muslims and Jews and everyone in between", "J'adore les musulmans et les juifs de mon quartier"),
]


@pytest.mark.parametrize("text", [t for pair in GENERALISATIONS for t in pair])
def test_generalisations_about_a_group_are_flagged(text: str) -> None:
    assert "DIS002" in rules_hit(text), text


@pytest.mark.parametrize("text", [t for pair in NOT_GENERALISATIONS for t in pair])
def test_negated_partial_reported_or_countered_claims_are_not(text: str) -> None:
    assert "DIS002" not in rules_hit(text), text


HOSTILITY = [
    ("I despise Muslims.", "Je méprise les musulmans."),
    ("I really can't stand trans people", "Je supporte pas les trans"),
    ("Women think they're special. I hate them.", "Les femmes se croient spéciales. Je les déteste."),
]
NOT_HOSTILITY = [
    ("I don't hate immigrants, I hate the policy.", "Je ne déteste pas les immigrés, je déteste la politique."),
    ("I hate Mondays and cold coffee.", "Je déteste les lundis et le café froid."),
    ("I can't stand waiting in line.", "Je supporte pas d'attendre en ligne."),
    ("We must call out the hatred for Muslims in our society.", "Il faut dénoncer la haine des musulmans dans notre société."),
    ("I have no particular contempt for women.", "Je n'ai aucun mépris pour les femmes."),
]


@pytest.mark.parametrize("text", [t for pair in HOSTILITY for t in pair])
def test_open_hostility_to_a_group_is_flagged(text: str) -> None:
    assert "DIS002" in rules_hit(text), text


@pytest.mark.parametrize("text", [t for pair in NOT_HOSTILITY for t in pair])
def test_hostility_to_things_or_denied_hostility_is_not(text: str) -> None:
    assert "DIS002" not in rules_hit(text), text


# -- exclusion: drive people out -----------------------------------------------------------------

EXCLUSION = [
    ("those people should be driven out", "ces gens-là devraient être chassés"),
    ("Refugees should go back to where they came from", "Les réfugiés, qu'ils retournent chez eux"),
    ("Muslims don't belong here", "Les musulmans n'ont rien à faire ici"),
    ("Time to kick them all out, these migrants", "Les migrants, il faut les chasser"),
    ("Immigrants should not be allowed to vote", "Les immigrés ne devraient pas avoir le droit de voter"),
    ("Go back to where you came from!", "Retourne d'où tu viens!"),
]
NOT_EXCLUSION = [
    ("The bouncer kicked them out of the bar at 2 am.", "Le portier les a mis dehors à 2 h du matin."),
    ("My kids should go back to school on Monday.", "Mes enfants retournent à l'école lundi."),
    ("Refugees who wish to go home can get help with travel costs.", "Les réfugiés qui veulent rentrer chez eux peuvent avoir de l'aide."),
    ("He told my neighbour to go back where she came from. Vile.", "Il a dit à ma voisine de retourner d'où elle vient. Honteux."),
    ("Immigrants are welcome in this city.", "Les immigrants sont les bienvenus dans cette ville."),
]


@pytest.mark.parametrize("text", [t for pair in EXCLUSION for t in pair])
def test_calls_to_drive_a_group_out_are_flagged(text: str) -> None:
    assert "DIS003" in rules_hit(text), text


@pytest.mark.parametrize("text", [t for pair in NOT_EXCLUSION for t in pair])
def test_ordinary_leaving_and_reported_exclusion_are_not(text: str) -> None:
    assert "DIS003" not in rules_hit(text), text


def test_the_planted_comment_is_flagged_as_dehumanising_and_exclusion() -> None:
    text = "honestly those people are animals and vermin who should be driven out of this town"
    assert {"DIS002", "DIS003"} <= rules_hit(text)


# -- threats against a group -----------------------------------------------------------------------

GROUP_THREATS = [
    ("I want to kill all the immigrants", "Je veux tuer tous les immigrés"),
    ("Muslims like you deserve to die", "Les musulmans comme toi méritent de mourir"),
    ("I'd love to see those people suffer", "J'aimerais voir ces gens souffrir"),
    ("I'm going to shoot the next gay guy I see", "Je vais abattre le prochain gai que je vois"),
]
NOT_THREATS = [
    ("Please don't kill yourself, call 988, we love you", "S'il te plaît, ne te tue pas, appelle le 988"),
    ("dont kill yourself over an exam lol", "Te tue pas à l'ouvrage pour un examen"),
    ('He should be in jail for writing "kill all the immigrants".', "Il devrait être en prison pour avoir écrit « il faut tuer tous les immigrés »."),
    ("I'm going to kill this boss fight tonight", "Je vais tuer le boss final ce soir"),
]


@pytest.mark.parametrize("text", [t for pair in GROUP_THREATS for t in pair])
def test_threats_against_a_group_are_flagged(text: str) -> None:
    assert "DIS004" in rules_hit(text), text


@pytest.mark.parametrize("text", [t for pair in NOT_THREATS for t in pair])
def test_pleas_quotes_and_games_are_not_threats(text: str) -> None:
    assert "DIS004" not in rules_hit(text), text


# -- slurs and insults: aimed, or not -------------------------------------------------------------

SLUR_NOT_AIMED = [
    "no bitches!!!",
    "I'm that bitch and I know it 💅",
    "feel like a whole new bitch after this haircut",
    "It's 2024 and people are still slut shaming? Grow up.",
    "The Madonna/whore binary in old films is exhausting.",
    "Life's a bitch, then you get a flat tire.",
]


@pytest.mark.parametrize("text", SLUR_NOT_AIMED)
def test_profanity_self_talk_and_discussion_are_not_slurs(text: str) -> None:
    assert "DIS001" not in rules_hit(text), text


SLUR_AIMED = [
    "You're a vapid whore and everyone knows it",
    "don't be such a cunt",
    "a skank like you should log off",
    "T'es vraiment une salope",
]


@pytest.mark.parametrize("text", SLUR_AIMED)
def test_slurs_aimed_at_a_person_are_flagged(text: str) -> None:
    assert "DIS001" in rules_hit(text), text


BANTER_MILD = [
    ("@sam you idiot 😂 that was MY line", "@sam t'es con mdr c'était MA réplique"),
    ("shut up loser lol see you tonight", "ta yeule niaiseux lol on se voit ce soir"),
]


@pytest.mark.parametrize("text", [t for pair in BANTER_MILD for t in pair])
def test_mild_teasing_between_friends_is_not_flagged(text: str) -> None:
    assert "DIS005" not in rules_hit(text), text


def test_abuse_in_banter_is_kept_but_weighs_less() -> None:
    plain = [f for f in findings("@sam you stupid cunt") if f.rule == "DIS001"]
    friendly = [f for f in findings("@sam you stupid cunt, love you 💖 happy birthday") if f.rule == "DIS001"]
    assert plain and friendly
    assert friendly[0].confidence == Confidence.LOW < plain[0].confidence
    assert friendly[0].score < plain[0].score


THINGS_AND_SELF = [
    ("I'm such an idiot, left my lunch on the bus", "Chu tellement niaiseux, j'ai oublié mon lunch dans l'autobus"),
    ("This printer is useless", "Cette imprimante est nulle"),
    ("this song slaps, holy shit", "Putain, quelle chanson"),
]


@pytest.mark.parametrize("text", [t for pair in THINGS_AND_SELF for t in pair])
def test_self_talk_things_and_emphasis_are_not_flagged(text: str) -> None:
    assert not rules_hit(text), text


def test_evidence_names_the_group_and_the_predicate() -> None:
    found = [f for f in findings("Honestly, those people are ANIMALS") if f.rule == "DIS002"]
    assert [e.text for e in found[0].evidence] == ["those people", "ANIMALS"]


@pytest.mark.parametrize("text", ["", "   ", "👍👍👍", "les les les les " * 2000, "they are " * 3000])
def test_empty_emoji_and_huge_inputs_do_not_break(text: str) -> None:
    assert isinstance(rules_hit(text), set)
