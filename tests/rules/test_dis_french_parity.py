"""French parity of the discrimination rules (issue 15): what an English post gets flagged for,
the same thing said the way a francophone posts it (France, Québec; tweets, no accents) is
flagged for too, and the same hard negatives are spared in both languages.

Every pair was written for this file, the English half first; each half must behave as the table
says (the English half is checked too, so a change that loses the English case fails here).

Content warning: these tables quote slurs and hate slogans, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import discrimination as dis
from footprint.rules import discrimination_sexual, discrimination_threats
from tests.rules.conftest import codes_of

_ANALYZER = Analyzer([rule() for rule in (*dis.RULES, *discrimination_threats.RULES, *discrimination_sexual.RULES)])


def codes(text: str, language: str) -> set[str]:
    return codes_of(_ANALYZER, text, language)


# -- hashtags coined as slogans: the words run together, capitals at the joins ---------------------

HASHTAG_SLOGANS = [
    ("Another stabbing downtown. #DeportThemAll", "Encore une agression au centre-ville. #ExpulsezLesTous"),
    ("Two more boats landed today #SendThemHome", "Deux autres bateaux sont arrivés aujourd'hui #RenvoyezLesChezEux"),
    ("Our town, our rules #NoIllegals", "Notre ville, nos règles #PasDeClandestins"),
    ("Housing first for our own people #NoMuslims", "Le logement d'abord pour les nôtres #NonAuxMusulmans"),
    ("Immigrants on welfare again. #SendThemBack", "Des immigrés encore sur l'aide sociale. #RenvoyezLes"),
]

HASHTAG_NEGATIVES = [
    # welcome and anti-racism tags built the same way
    ("So proud of our town today #RefugeesWelcome #NoHateHere", "Fier de notre village aujourd'hui #BienvenueAuxRéfugiés #NonAuxRacistes"),
    # a tag that refuses a ban, not the group it names
    ("Marching downtown at noon #NoMuslimBan", "On marche au centre-ville à midi #NonAuBanDesMusulmans"),
    # a slogan tag named to report or judge it
    (
        "I reported every account using #DeportThemAll this week",
        "J'ai signalé tous les comptes qui utilisent #ExpulsezLesTous cette semaine",
    ),
    ("The #SendThemHome trend is disgusting", "La tendance #RenvoyezLesChezEux est dégueulasse"),
    # ordinary tags with a refusing opening
    ("Long weekend at last #NoHomework #NoStress", "Enfin la longue fin de semaine #PasDeDevoirs #PasDeSoucis"),
    # a French imperative whose object is not a group
    ("Ministers failed us again #FireThemAll", "Les ministres nous ont encore laissé tomber #VirezLesTous"),
]


@pytest.mark.parametrize(("english", "french"), HASHTAG_SLOGANS)
def test_a_coined_hate_hashtag_is_a_slogan_in_both_languages(english: str, french: str) -> None:
    assert "DIS003" in codes(english, "en"), english
    assert "DIS003" in codes(french, "fr"), french


@pytest.mark.parametrize(("english", "french"), HASHTAG_NEGATIVES)
def test_welcome_refused_bans_reports_and_ordinary_tags_are_not_slogans(english: str, french: str) -> None:
    assert not codes(english, "en"), english
    assert not codes(french, "fr"), french


def test_the_evidence_is_the_tag_as_written() -> None:
    text = "Encore un fait divers… #ExpulsezLesTous #Québec"
    findings = _ANALYZER.analyze(
        Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language="fr")
    ).findings
    spans = [e.text for f in findings if f.rule == "DIS003" for e in f.evidence]
    assert spans == ["ExpulsezLesTous"]


# -- the same hate, French grammar and French words -------------------------------------------------

# (rule, English, French): the English half already flags with that rule; the French half must too.
SHOULD_FLAG = [
    # "shithole countries": the nations scorned as a whole, or someone's country of origin
    ("DIS003", "Why would we take anyone from those shithole countries?", "Pourquoi on accueillerait du monde de ces pays de merde ?"),
    ("DIS003", "Go back to your shithole country", "Retourne dans ton pays de merde"),
    ("DIS003", "third world shithole country, nothing works", "pays de merde du tiers-monde, rien marche"),
    # a call to expel every member, one by one
    ("DIS003", "We have to deport every illegal alien, no exceptions", "Faut expulser chaque clandestin, sans exception"),
    # contempt for one person named by origin
    ("DIS002", "Get out of my shop, dirty latino", "Sors de mon magasin, sale latino"),
    # a race called at someone at the end of a question
    ("DIS001", "You looking at something, negro?", "Tu regardes quoi, négro ?"),
    # the old clinical name for a disability thrown as an insult, as an adjective after the noun
    ("DIS001", "Only a retarded troll would post that", "Faut être un troll débile mental pour poster ça"),
    # "retarded" as an adjective after its noun, the French order
    ("DIS001", "we're entering the age of retarded terrorists", "on entre dans l'ère des terroristes attardés"),
    ("DIS001", "@user well done, you retarded bots", "@user bravo les putains de robots attardés"),
    # "hysterical women", the French adjective after the group
    ("DIS002", "So classy compared with those hysterical women protesters", "Tellement classe comparé à ces femmes hystériques qui manifestent"),
    # « c'est des ... », « sont tous des ... »: what people are said to be, plural
    ("DIS005", "Cops in this town are assholes", "Les flics de cette ville c'est des connards"),
    ("DIS005", "They're all assholes", "Ils sont tous des connards"),
    # sexual objectification, the object pronoun before the French verb
    ("DIS008", "Tonight I'm gonna treat her like a piece of meat", "Ce soir je vais la traiter comme un bout de viande"),
    ("DIS008", "gonna treat women like holes from now on", "à partir de maintenant jvais traiter les femmes comme des trous"),
    # hostility to a group named by an adjective after a collective noun
    ("DIS002", "Sick and tired of Muslim immigration", "Ras le bol de l'immigration musulmane"),
    ("DIS002", "so sick of African immigration", "j'en ai marre de l'immigration africaine"),
    # the old name for Down syndrome thrown at someone, wherever it sits in the sentence
    ("DIS001", "that orange mongoloid in the White House", "ce mongolien orange à la Maison-Blanche"),
    # "not welcome" said of a group: the negation is the call itself, spoken French drops « les »
    ("DIS003", "Migrants are not welcome here", "Les migrants ne sont pas bienvenus ici"),
    ("DIS003", "We've had enough. #RefugeesNotWelcome", "On en a assez. #RéfugiésPasBienvenus"),
    # two-noun insults take the plural on their head noun
    ("DIS005", "@user because they're pieces of shit", "@user parce que c'est des trous de cul"),
    ("DIS005", "these pieces of shit again", "encore ces têtes de noeud"),
    # the group named in one sentence, the claim in the next: "They are ...", « Ce sont ... »
    ("DIS002", "I met some refugees last week. They are all parasites.", "J'ai croisé des réfugiés la semaine passée. Ce sont tous des parasites."),
    ("DIS002", "I have zero respect for trans people. They're all freaks.", "J'ai zéro respect pour les trans. C'est tous des monstres."),
    # French predicates for the English ones that had none
    ("DIS002", "Trans people are all freaks", "Les trans sont tous des monstres"),
    ("DIS002", "Gay people make me want to vomit", "Les gays me donnent envie de vomir"),
    ("DIS002", "I can't stand Arabs.", "Les Arabes, je peux pas les sentir."),
    # hate said with an oath: "fuck the X", "a fucking disease", "fucking useless burdens"
    ("DIS002", "Fuck the Jews", "Qu'ils aillent se faire foutre, les juifs"),
    ("DIS002", "Trans people are a fucking disease", "Les trans sont une putain de maladie"),
    ("DIS002", "Disabled people are fucking useless", "Les handicapés sont des putains de boulets"),
    # intensifiers of speech and of Québec between "you are" and the insult, and « pauvre » typed « pov »
    ("DIS005", "@user you're real dumb", "@user t'es ben con"),
    ("DIS005", "@user you're so fucking stupid", "@user t'es full cave"),
    ("DIS005", "@user pathetic loser, go away", "@user pov type va"),
    ("DIS003", "Women belong in the kitchen", "La place des femmes est à la cuisine"),
    # spoken French drops « ne », in every phrase that holds it
    ("DIS003", "Muslims have no place here", "Les musulmans ont rien à faire ici"),
    ("DIS002", "Immigrants never integrate", "Les immigrés s'intègrent pas"),
    # « à la porte les X ! », « du balai les X »
    ("DIS003", "Out with the migrants!", "À la porte les migrants !"),
    # a why-question that takes the claim for granted, with « est-ce que » or with inversion
    ("DIS002", "Why are black people so violent?", "Pourquoi est-ce que les Noirs sont aussi violents ?"),
    ("DIS002", "Why are Muslims so stupid?", "Pourquoi les musulmans sont-ils si cons ?"),
    # a threat with the pronoun elided before a vowel, as French is typed: « t'habites »
    ("DIS004", "I know where you live", "Je sais où t'habites"),
    ("DIS007", "i kno where u live", "jsais ou t'habites"),
]

# Counter-speech, reports, neutral mentions, banter, fiction: spared in both languages.
HARD_NEGATIVES = [
    ("Stop calling poor nations shithole countries, it's racist", "Arrêtez d'appeler les pays pauvres des pays de merde, c'est raciste"),
    (
        'The president called those nations "shithole countries" and was condemned worldwide',
        "Le président a qualifié ces nations de « pays de merde » et a été condamné partout",
    ),
    ("The minister says every migrant arrested will be deported", "Selon le ministre, chaque migrant arrêté sera expulsé"),
    ("A stowaway was found in the landing gear", "Un passager clandestin a été retrouvé dans le train d'atterrissage"),
    ("The Latino community is hosting a festival downtown", "La communauté latino organise un festival au centre-ville"),
    ("I listen to negro spirituals every Sunday", "J'écoute des negro spirituals tous les dimanches"),
    ("He called his coworker retarded and got suspended", "Il a traité son collègue de débile mental et a été suspendu"),
    ("If some idiots want to line up at 5 a.m., good for them", "Si des cons veulent faire la file à 5 h, tant mieux pour eux"),
    ("We were idiots to believe him lol", "On était des cons de le croire lol"),
    ("In the movie the villains are bastards", "Dans le film, les méchants sont des salauds"),
    ("Stop treating women like a piece of meat", "Arrêtez de traiter les femmes comme des bouts de viande"),
    ("This ad treats women like meat, it's degrading", "Cette pub traite les femmes comme de la viande, c'est dégradant"),
    ("Sick of the winter already", "Marre de l'hiver déjà"),
    ("I love African cuisine", "J'adore la cuisine africaine"),
    ("Stop saying mongoloid, the word is Down syndrome", "Arrêtez de dire « mongolien », on dit trisomique"),
    ("Dogs are not welcome in the park", "Les chiens ne sont pas les bienvenus dans le parc"),
    (
        "It is false to say that migrants are not welcome here.",
        "Il est faux de dire que les migrants ne sont pas les bienvenus ici.",
    ),
    # « c'est » of a fact, the cleft « c'est X qui ... », praise and defence in the next sentence
    ("Muslims were attacked. It was terrorists who did it.", "Les musulmans ont été attaqués. C'est des terroristes qui ont fait ça."),
    (
        "Haitians are arriving in Quebec. The way we welcome them is a disgrace.",
        "Les Haïtiens arrivent au Québec. C'est une honte comment on les accueille.",
    ),
    ("I met some refugees last week. They are wonderful people.", "J'ai rencontré des réfugiés la semaine passée. C'est des gens formidables."),
    ("Refugees? They are victims, not criminals.", "Les réfugiés ? Ce sont des victimes, pas des criminels."),
    ("I have no respect for people who insult migrants.", "J'ai pas de respect pour les gens qui insultent les migrants."),
    ("Women are the first victims of this disease", "Les femmes sont les premières victimes de cette maladie"),
    ("Saying women belong in the kitchen is sexist.", "Dire que la place des femmes est à la cuisine, c'est sexiste."),
    # « s'attarder » is to linger, and people out late are « attardés » too
    ("We lingered on that point for a while.", "Nous nous sommes attardés sur ce point un moment."),
    ("The guests lingered in the living room.", "Les invités se sont longuement attardés au salon."),
    ("A few late passers-by were heading home.", "Quelques passants attardés rentraient chez eux."),
    ("You mostly lingered on the side missions.", "Tu t'es plutôt attardé sur les missions secondaires."),
    ("My son's hysterical fits wear me out", "Les crises hystériques de mon fils me fatiguent"),
    ("The restaurant is closed, they have no business here tonight", "Le resto est fermé, ils ont rien à faire ici ce soir"),
    ("Muslims don't integrate: false, the figures show it.", "Les musulmans ne s'intègrent pas : c'est faux, les chiffres le montrent."),
    # a yes/no question asks, it does not claim
    ("Do immigrants steal jobs?", "Est-ce que les migrants volent nos emplois ?"),
    # the poster's own resolution, and a claim quoted to judge the one who wrote it
    ("We'll try not to be such assholes next time.", "On va essayer de pas être de parfaits trous du cul à l'avenir."),
    (
        "Writing that gay people are all pieces of shit says a lot about you.",
        "Écrire que les homos sont tous des trous du cul en dit long sur vous.",
    ),
]

# « Ce pays de merde », « quel pays de merde »: mostly one's own country in a fit of temper. English
# "shithole country" is a slur on poor nations wherever it appears, so these have no English twin.
OWN_COUNTRY_FR = [
    "Quel pays de merde, encore une grève dans le métro",
    "Ce pays de merde m'a encore taxé deux fois",
    "Notre pays de merde est incapable de déneiger une rue",
]


@pytest.mark.parametrize(("code", "english", "french"), SHOULD_FLAG)
def test_what_english_flags_french_flags_with_the_same_rule(code: str, english: str, french: str) -> None:
    assert code in codes(english, "en"), english
    assert code in codes(french, "fr"), french


@pytest.mark.parametrize(("english", "french"), HARD_NEGATIVES)
def test_hard_negatives_are_spared_in_both_languages(english: str, french: str) -> None:
    assert not codes(english, "en"), english
    assert not codes(french, "fr"), french


@pytest.mark.parametrize("french", OWN_COUNTRY_FR)
def test_a_curse_on_ones_own_country_is_not_a_slogan(french: str) -> None:
    assert not codes(french, "fr"), french


def test_the_same_words_typed_without_accents_flag_the_same() -> None:
    for _, _, french in SHOULD_FLAG:
        plain = french.translate(str.maketrans("éèêàâçôîûù", "eeeaacoiuu"))
        assert codes(plain, "fr") == codes(french, "fr"), plain


# -- quick typing: apostrophes dropped, tags in lower case ------------------------------------------

SMS_SHOULD_FLAG = [
    ("DIS005", "@user honestly he's a scumbag for doing that", "@user franchement cest une ordure davoir fait ca"),
    ("DIS003", "no pity for them #deportthemall", "aucune pitie pour eux #expulsezlestous"),
    ("DIS003", "boats again #sendthemhome", "encore des bateaux #renvoyezleschezeux"),
    ("DIS002", "so sick of muslim immigration", "tellement marre de limmigration musulmane"),
]

SMS_NEGATIVES_FR = [
    "je suis ben fatigue ce soir",
    "cest full cool ce show",
    "tes ben fine toi, merci pour hier",
    "cest lheure daller au lit",
    "limmigration est une chance pour le quebec",
    "la lame du couteau est lisse",
    "cest une bonne idee de partir tot, le pont est ferme",
]


@pytest.mark.parametrize(("code", "english", "french"), SMS_SHOULD_FLAG)
def test_quick_typing_flags_like_careful_typing(code: str, english: str, french: str) -> None:
    assert code in codes(english, "en"), english
    assert code in codes(french, "fr"), french


@pytest.mark.parametrize("french", SMS_NEGATIVES_FR)
def test_quick_typing_of_ordinary_posts_is_not_flagged(french: str) -> None:
    assert not codes(french, "fr"), french
