"""Counter-speech classes where English lagged behind French (DIS001-DIS005), with twins in the
poster's own voice that stay flagged.

Classes: what others "will tell you" or "insisted that" (« vont te dire que », « insistait que »),
which French already read as someone else's claim; the act of calling someone a word, forbidden or
judged before the word ("don't ever call my kid a ...", "it's not okay to call ...", "without calling
people ...", « arrête de la traiter de ... », « sans traiter le monde de ... ») or by what it does
("calling migrants an invasion gets people killed"); contempt for a quoted saying, not for the group
inside the quotation ('tired of the "all X are ..." crowd'); a slogan heard or had enough of
('nobody should have to hear "..."'); the claim followed by who says it ("X are all the same is
something people say when ...", "..., say guys who ...", « ..., disent des gars qui ... »); a claim
measured against others or said to be rare ("at lower rates than", « abusent rarement »); a claim
asked back and answered ("Where, exactly?", "They were born here", « On est Innus »); a doctrine
named beside what exposes it ("remigration is ethnic cleansing with a softer name"); a hashtag
pointed at to report or judge it; a word listed, received or thrown ("words like ...", "got ... in
my DMs", « des messages comme »).

Content warning: these tables quote slurs and hateful claims, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import discrimination_codes as codes

_CODES = {"DIS001", "DIS002", "DIS003", "DIS005"}


COUNTER = [
    # what others will tell you, insist on or keep spouting
    ("Plenty of guys will tell you women can't park. My sister parallel parks a bus.",
     "Plein de gars vont te dire que les femmes savent pas se stationner. Ma sœur stationne un autobus."),
    ("They'll tell you refugees are criminals and then rent them a basement at triple the price.",
     "Ils vont te dire que les réfugiés sont des criminels pis leur louer un sous-sol au triple du prix."),
    ("The same people who tell you Muslims are violent have never had one as a neighbour.",
     "Ceux qui te disent que les musulmans sont violents en ont jamais eu comme voisin."),
    ("A man at the hockey game insisted that women are inferior. His daughter rolled her eyes.",
     "Un gars à la game de hockey insistait que les femmes sont inférieures. Sa fille a levé les yeux au ciel."),
    ("My brother-in-law keeps spouting that immigrants are parasites at every barbecue.",
     "Mon beau-frère arrête pas de répéter que les immigrants sont des parasites à chaque BBQ."),
    # the act of calling, forbidden or judged before the word
    ("It's never okay to call a classmate a retard, not even as a joke.",
     "C'est jamais correct de traiter un camarade d'attardé, même pour rire."),
    ("Don't you ever call my niece a slut again.", "Traite plus jamais ma nièce de salope."),
    ("You can argue about hockey without calling people faggots, boys.",
     "On peut s'obstiner sur le hockey sans traiter le monde de tapettes, les gars."),
    ("Stop calling her a bitch every time she disagrees with you.",
     "Arrête de la traiter de chienne chaque fois qu'elle est pas d'accord avec toi."),
    # contempt for the saying, not for the group quoted inside it
    ('So tired of the "all Muslims are terrorists" crowd in these comments.',
     "Tellement tannée de la gang des « tous les musulmans sont des terroristes » dans les commentaires."),
    # a slogan heard or had enough of
    ('Nobody should have to hear "go back where you came from" in the town they were born in.',
     "Personne devrait avoir à entendre « retourne d'où tu viens » dans la ville où il est né."),
    # the claim, then who says it and what they do not know
    ("Koreans are all the same is something people say when they have never been to Seoul.",
     "Les Coréens sont tous pareils, c'est quelque chose que les gens disent quand ils ont jamais mis les pieds à Séoul."),
    ("Haitians are all the same, say guys who have never met a Haitian.",
     "Les Haïtiens sont tous pareils, disent des gars qui ont jamais rencontré un Haïtien."),
    ("Filipinos are all alike — said by people who can't name three islands.",
     "Les Philippins sont tous pareils — dit par des gens qui peuvent pas nommer trois îles."),
    ("Somalis are all the same only to people who never bothered to learn a name.",
     "Les Somaliens sont tous pareils seulement pour ceux qui ont jamais pris la peine d'apprendre un nom."),
    ("Muslims are terrorists, said no one who has actually met a Muslim.",
     "Les musulmans sont des terroristes, dit personne qui a déjà rencontré un musulman."),
    ("Jews control the banks is one of the oldest lies there is.",
     "Les juifs contrôlent les banques est un des plus vieux mensonges qui existent."),
    # a claim measured against others, or said to be rare
    ("Immigrants commit crimes at lower rates than people born here.",
     "Les immigrants commettent des crimes à des taux plus bas que les gens nés ici."),
    ("Asylum seekers rarely abuse the system; the backlog is Ottawa's doing.",
     "Les demandeurs d'asile abusent rarement du système; l'arriéré, c'est la faute d'Ottawa."),
    # a claim asked back and answered with what the poster knows
    ("Muslims don't belong here? They've been here since before Confederation.",
     "Les musulmans ont pas leur place ici? Ils sont ici depuis avant la Confédération."),
    ("Immigrants should go home? Where, exactly? They were born in Moncton.",
     "Les immigrants devraient rentrer chez eux? Où, exactement? Ils sont nés à Moncton."),
    ("Go back where you came from? We're Innu. We are where we came from.",
     "Retourne d'où tu viens? On est Innus. On est d'où on vient."),
    # a doctrine named beside what exposes it; a hashtag pointed at to judge or report it
    ("Remigration is just ethnic cleansing with a softer name.",
     "La remigration, c'est juste du nettoyage ethnique avec un nom plus doux."),
    ("Anyone pushing remigration wants citizens deported for their skin colour.",
     "Ceux qui poussent la remigration veulent expulser des citoyens à cause de leur couleur de peau."),
    ("Reported a dozen accounts using #SendThemBack this morning.",
     "J'ai signalé une douzaine de comptes qui utilisent #RenvoyezLesTous ce matin."),
    ("The #MuslimBan was cruel and everyone knew it.", "Le #MuslimBan était cruel et tout le monde le savait."),
    # the act judged by what it does, the word listed or received
    ("Calling migrants an invasion gets people killed.", "Traiter les migrants d'envahisseurs, ça mène à la violence."),
    ("Words like spic and wetback were thrown at my father for thirty years.",
     "Des mots comme bougnoule ont été lancés à mon père pendant trente ans."),
    ("Got whore in my DMs again for posting a gym selfie.", "Encore reçu pute en DM pour un selfie au gym."),
    ('People who send me messages like "you are a whore" get blocked on sight.',
     "Ceux qui m'envoient des messages comme « t'es une pute » sont bloqués direct."),
    ("He got suspended for calling a teammate a faggot. Good.",
     "Il a été suspendu pour avoir traité un coéquipier de tapette. Tant mieux."),
    ("I'm so tired of people acting like refugees are invaders.",
     "Je suis tellement tannée des gens qui agissent comme si les réfugiés étaient des envahisseurs."),
    # statements quoted as hurtful, a plural slur in a claim opened by the act of writing it
    ('Remarks like "immigrants are rats" are deeply hurtful to my students.',
     "Des remarques comme « les immigrants sont des rats » sont profondément blessantes pour mes élèves."),
    ("Writing that women are all sluts tells us a lot about you.",
     "Écrire que les femmes sont toutes des salopes en dit long sur toi."),
]

OWN_VOICE = [
    ("I'll tell you what, refugees are parasites.", "Je vais te dire une affaire, les réfugiés sont des parasites."),
    ("Let me tell you, Muslims are all terrorists.", "Laisse-moi te dire, les musulmans sont tous des terroristes."),
    ("I'm going to call her a slut to her face tomorrow.", "Je vais la traiter de salope en pleine face demain."),
    ("Sick of Muslims everywhere in this town.", "Tanné des musulmans partout dans cette ville."),
    ("Go back where you came from.", "Retourne d'où tu viens."),
    ("As far as I can tell you people are pathetic.", "Pour ce que j'en sais, t'es pathétique."),
    ("Koreans are all the same, and people who say otherwise never lived with them.",
     "Les Coréens sont tous pareils, pis ceux qui disent le contraire ont jamais vécu avec eux."),
    ("Immigrants commit crimes everywhere they go, look it up.", "Les immigrants nous volent partout où ils vont, cherche."),
    ("Remigration now! #Remigration", "Remigration maintenant! #Remigration"),
    ("The great replacement is happening and they are selling it to you as diversity.",
     "Le grand remplacement est en marche pis ils te le vendent comme de la diversité."),
    ("These acts prove Muslims are terrorists.", "Ces actes prouvent que les musulmans sont des terroristes."),
    ("Women are all sluts, writing it or not.", "Les femmes sont toutes des salopes, écrit ou pas."),
    ("Done waiting!!! #DeportThemAll #BuildTheWall", "Fini d'attendre!!! #RenvoyezLesTous #StopImmigration"),
    ("She called a meeting at five, the stupid cunt.", "Elle a convoqué une réunion à cinq heures, la grosse pute."),
    # "enough" and "hear" clear a quotation only: said plainly, the claim is the poster's
    ('Enough already, refugees are parasites.', "Assez, là : les réfugiés sont des parasites."),
    ('I hear it every day and it is true: Muslims are terrorists.', "Je l'entends tous les jours pis c'est vrai : les musulmans sont des terroristes."),
]


@pytest.mark.parametrize("english, french", COUNTER)
def test_counter_speech_is_not_flagged(english: str, french: str) -> None:
    assert not codes(english, "en") & _CODES, english
    assert not codes(french, "fr") & _CODES, french


@pytest.mark.parametrize("english, french", OWN_VOICE)
def test_the_posters_own_voice_stays_flagged(english: str, french: str) -> None:
    assert codes(english, "en") & _CODES, english
    assert codes(french, "fr") & _CODES, french
