"""Groups degraded in the words of ordinary French and English posts (issue 15, round 3).

Parallel English / French tables of the classes the rules missed in real French posts:
colloquial and verlan names of groups (« renois », « rebeus », « feujs »), habits pinned on a
whole group (« toujours à se plaindre »), the group named after the claim (« c'est tous des
voleurs, les ... »), tokenism (« l'Arabe de service »), replacement and invasion frames,
contempt asked as a question, and implicit derogation with no degrading word next to the group.
Every class has hard negatives: affectionate in-group use, reporting or condemning racism,
immigration news, ordinary questions, the same frames said of nobody.

Rows are written for these tests, in varied registers (casual, typos, no accents, Québec
French), never taken from a data set. Content warning: the tables quote hateful sentences.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import discrimination as dis
from footprint.rules.discrimination_text import analyse, lexicon
from footprint.text import fold
from tests.rules.conftest import discrimination_codes as codes
from tests.rules.conftest import flat

ANALYZER = Analyzer([rule() for rule in dis.RULES])
GROUP_CODES = {"DIS002", "DIS003"}


# -- generalisations in colloquial words and habits -----------------------------------------------

HABITS = [
    ("black guys are always causing trouble on the bus", "les renois ils sont toujours à foutre la merde dans le bus"),
    ("arabs always whining about everything", "les rebeus toujours a se plaindre de tout"),
    ("jews are all the same honestly", "les feujs ils sont tous pareils franchement"),
    ("immigrants keep pouring in and nobody cares", "les bledards c tous des profiteurs"),
    ("illegals are pouring in by the thousands", "les clandos vivent sur notre dos"),
    ("muslims are all extremists waiting to happen", "les musulmants sont tous des terroristes"),
    ("typical arabs, always playing the victim", "les migrants sont toujours à mendier"),
    ("Mexicans are all drug dealers lol", "Les Mexicains sont tous des trafiquants"),
    ("Asians drive badly, everyone knows it", "Les Asiatiques conduisent mal, c'est connu"),
    ("Immigrants make no effort to learn English", "Les immigrés ne font aucun effort pour apprendre le français"),
    ("Black people have no culture", "Les Noirs n'ont aucune culture"),
    ("Jews only think about money", "Les Juifs pensent qu'à l'argent"),
]
HABITS_NOT = [
    ("women are always fighting for their rights 💪", "les femmes sont toujours à se battre pour leurs droits"),
    ("shoutout to the black moms who bake the best cakes", "shoutout les daronnes rebeus avec leurs gâteaux de l'aïd"),
    ("my arab friends invited me to iftar tonight", "mes potes rebeus m'ont invité à l'iftar ce soir"),
    ("she complains about racism against arabs and she's right", "elle se plaint du racisme envers les arabes, et elle a raison"),
    ("arabs are always blamed for everything, it's unfair", "les arabes sont toujours accusés de tout, c'est injuste"),
    ("Grandma always complains about the cold", "ma grand-mère se plaint toujours du froid"),
    ("Women are subjected to pressure at work", "Les femmes sont soumises à des pressions au travail"),
]


@pytest.mark.parametrize("text", flat(HABITS))
def test_habits_pinned_on_a_whole_group_are_generalisations(text: str) -> None:
    assert codes(text) & GROUP_CODES, text


@pytest.mark.parametrize("text", flat(HABITS_NOT))
def test_groups_named_with_affection_or_as_victims_are_not_flagged(text: str) -> None:
    assert not codes(text), text


# -- the group named after the claim ---------------------------------------------------------------

AFTER = [
    ("they're all thieves, these gypsies", "c'est tous des voleurs les beurs"),
    ("they are all the same, these immigrants", "ils sont tous pareils ces roms"),
]
AFTER_NOT = [
    ("they're not criminals, these migrants", "c'est pas des criminels, les migrants"),
    ("they are treated like animals, those refugees", "ils sont traités comme des animaux, les réfugiés"),
]


@pytest.mark.parametrize("text", flat(AFTER))
def test_a_claim_before_the_group_it_is_about_is_a_generalisation(text: str) -> None:
    assert "DIS002" in codes(text), text


@pytest.mark.parametrize("text", flat(AFTER_NOT))
def test_denied_or_reported_claims_before_the_group_are_not_flagged(text: str) -> None:
    assert not codes(text), text


# -- tokenism --------------------------------------------------------------------------------------

TOKEN = [
    ("give the dirty work to the token black guy as usual", "on lui donne le sale boulot, c'est le noir de service"),
    ("here comes our token muslim guy to lecture us", "notre arabe de service va encore nous expliquer la vie"),
]
TOKEN_NOT = [
    ("the token black guy dies first in horror movies, a racist cliche", "le Noir de service meurt toujours en premier dans les films d'horreur : un cliché raciste"),
    ("I bought a token for the arcade", "Notre collègue arabe de service client est super efficace"),
]


@pytest.mark.parametrize("text", flat(TOKEN))
def test_a_member_held_up_as_a_token_is_flagged(text: str) -> None:
    assert "DIS002" in codes(text), text


@pytest.mark.parametrize("text", flat(TOKEN_NOT))
def test_tokenism_condemned_or_a_service_desk_is_not_flagged(text: str) -> None:
    assert not codes(text), text


# -- replacement and invasion frames ---------------------------------------------------------------

FRAMES = [
    ("the islamization of our country gets worse every day", "l'islamisation de notre pays avance chaque jour"),
    ("stop the islamization of the west now", "stop à l'africanisation de nos villes"),
    ("ethnic replacement is happening in plain sight", "le remplacement de population c'est maintenant"),
    ("these invaders need to be sent back", "l'islamisation en marche, réveillez-vous"),
    ("they will never assimilate, stop pretending", "ils ne s'intégreront jamais, arrêtez de rêver"),
]
FRAMES_NOT = [
    ("the great replacement is a racist conspiracy theory", "la théorie complotiste du grand remplacement est un mensonge raciste"),
    ("calling it an invasion is far-right propaganda", "dire que c'est une invasion, c'est de la propagande d'extrême droite"),
    ("the government plans to cut immigration by 10% next year", "le gouvernement veut réduire l'immigration de 10 % l'an prochain"),
    ("mosquito invasion at the cottage this summer 🦟", "le président a parlé d'invasion de moustiques cet été"),
    ("the museum of victims of terrorism opens today", "le musée mémorial des victimes du terrorisme ouvre ses portes"),
]


@pytest.mark.parametrize("text", flat(FRAMES))
def test_replacement_and_invasion_frames_are_flagged(text: str) -> None:
    assert codes(text) & GROUP_CODES, text


@pytest.mark.parametrize("text", flat(FRAMES_NOT))
def test_frames_debunked_and_immigration_news_are_not_flagged(text: str) -> None:
    assert not codes(text), text


# -- contempt asked as a question and implicit derogation ------------------------------------------

IMPLICIT = [
    ("are there any smart women out there?", "ça existe des femmes intelligentes ?"),
    ("name one honest muslim", "vous connaissez un gitan honnête vous ?"),
    ("my dog is smarter than any immigrant", "mon chien est plus intelligent que n'importe quelle femme"),
    ("I'd rather die than have a muslim neighbour", "je préférerais mourir plutôt que d'avoir un voisin arabe"),
    ("women should be locked in cages", "les trans devraient être enfermés dans des zoos"),
    ("letting more muslims vote would be the ruin of our country", "laisser voter les immigrés serait la ruine de notre pays"),
    ("never trust a jew", "ne faites jamais confiance à un juif"),
    ("have you ever met an honest muslim? me neither", "est-ce que ça existe des rebeus qui travaillent ?"),
    ("disabled people are a drain on taxpayers", "les handicapés coûtent trop cher à la société"),
]
IMPLICIT_NOT = [
    ("are there any women on this committee?", "y a-t-il des femmes dans ce comité ?"),
    ("are there any resources for refugees?", "existe-t-il des aides pour les réfugiés ?"),
    ("does anyone know a decent Chinese restaurant?", "vous connaissez un resto chinois pas cher ?"),
    ("my dog is smarter than me lol", "mon chien est plus intelligent que moi mdr"),
    ("I'd rather die than miss this concert", "je préférerais mourir que de rater ce concert"),
    ("Finland: refugees locked in a cage at the border, rights groups say", "des migrants enfermés dans une cage, dénonce une ONG"),
    ("people keep saying migrants are a burden, that's false", "on dit souvent que les migrants sont un fardeau, c'est faux"),
]


@pytest.mark.parametrize("text", flat(IMPLICIT))
def test_implicit_derogation_of_a_group_is_flagged(text: str) -> None:
    assert "DIS002" in codes(text), text


@pytest.mark.parametrize("text", flat(IMPLICIT_NOT))
def test_the_same_frames_about_nobody_or_reported_are_not_flagged(text: str) -> None:
    assert not codes(text), text


def test_evidence_names_the_frame_and_the_group() -> None:
    subject_text = "Honnêtement, je préférerais mourir plutôt que d'avoir un voisin arabe 🙄"
    findings = [f for f in ANALYZER.analyze(_post(subject_text)).findings if f.rule == "DIS002"]
    spans = " | ".join(e.text for f in findings for e in f.evidence)
    assert "mourir" in spans and "arabe" in spans


def test_colloquial_names_are_group_words_that_never_flag_alone() -> None:
    single = lexicon().single
    for word in ("renoi", "renois", "renoie", "rebeu", "rebeus", "beur", "beurette", "feuj", "noich", "clandos", "bledards"):
        assert any("groups" in kinds for _, kinds, _ in single.get(word, ())), word
    for text in ("ya des renois dans la salle", "les rebeus du quartier", "mes potes feujs", "une beurette", "les clandos"):
        assert not codes(text), text
    # with a degrading word the same names are read as a group
    text = "les clandos sont tous des voleurs"
    assert analyse(text, fold(text), "fr").by_kind.get("groups")


def _post(text: str):  # type: ignore[no-untyped-def]
    from footprint.records import Subject

    return Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language="fr")


# -- counter-speech and banter (hard negatives over the limit in French) ----------------------------

COUNTER = [
    ("If you think women are inferior, unfollow me.", "Si tu penses que les femmes sont inférieures, désabonne-toi."),
    ('Calling refugees "invaders" is dehumanising and you know it.', "Traiter les réfugiés d'« envahisseurs », c'est déshumanisant."),
    ("Nobody deserves to be called a faggot. Ever.", "Personne ne mérite de se faire traiter de pédé. Jamais."),
    ("Imagine believing Jews control the media in 2024 🙄", "Imagine croire que les juifs contrôlent les médias en 2024 🙄"),
    ("I'm so tired of hearing that gay men are predators.", "Je suis tannée d'entendre que les gais sont des prédateurs."),
    ("Refugees are not vermin, they are people fleeing war.", "Les réfugiés ne sont pas de la vermine, ce sont des gens qui fuient la guerre."),
    ('"Women belong in the kitchen" - it\'s 2024, grow up.', "« Les femmes à la cuisine » — on est en 2024, grandis un peu."),
    ("Some idiot at the bus stop told a woman to go back to her country.", "Un imbécile à l'arrêt de bus a dit à une femme de retourner dans son pays."),
    ("I was called a dirty Arab today at work. I'm shaking.", "Je me suis fait traiter de sale arabe aujourd'hui au travail. Je tremble."),
    ('"Go back to your country"? This IS my country.', "« Retourne dans ton pays » ? C'est MON pays."),
    ("Deport them all? No. Welcome them all.", "Tous les expulser ? Non. Tous les accueillir."),
    ("Someone called my sister a dyke on the bus today. People are gross.", "Quelqu'un a traité ma sœur de gouine dans le bus. Les gens sont dégueulasses."),
    ("Told my nephew that calling his classmate a retard is not ok.", "J'ai expliqué à mon neveu que traiter un camarade d'attardé, c'est pas correct."),
    ("I reported the account repeating that immigrants are parasites.", "J'ai signalé le compte qui répétait que les immigrés sont des parasites."),
    ("Immigrants don't steal jobs. They create them.", "Les immigrés ne volent pas les emplois. Ils en créent."),
    ('"Jews will not replace us" is a neo-nazi chant, not free speech.', "« Dehors les étrangers » : un slogan d'extrême droite tagué sur l'école."),
    ("Do immigrants steal jobs? Economists say they create them.", "Est-ce que les migrants volent nos emplois ? Les économistes disent que non."),
    ("People say immigrants steal jobs. They do not.", "Les gens disent que les immigrés volent nos emplois. Faux."),
    ("Immigrants steal jobs, they say, but the data shows the opposite.", "Les immigrés volent nos emplois, disent-ils, mais les chiffres disent le contraire."),
    ("Muslims hate the west - a lie pushed by trolls.", "Les musulmans détestent l'Occident : un mensonge de trolls."),
]


@pytest.mark.parametrize("text", flat(COUNTER))
def test_counter_speech_and_reports_of_abuse_are_not_flagged(text: str) -> None:
    assert not codes(text), text


BANTER = [
    ("ahah you're so bad at this", "ahah t'es trop nul"),
    ("you bastard, you got the last ticket 😂", "sale bâtard t'as eu la dernière part 😂"),
    ("go on you idiot, I miss you already", "vas-y crétin, tu me manques déjà 😂"),
    ("you fat lump, you're my best friend", "t'es un gros naze mais t'es mon meilleur pote"),
    ("my favourite bitch ❤️ happy bday", "ma salope préférée ❤️ bon anniv"),
    ("you son of a bitch, you won again 😂", "enfoiré t'as mangé tous les chips ptdr"),
    ("what an idiot I am, forgot my keys", "quelle conne je suis, j'ai oublié mes clés"),
    ("shut up and pass me the controller", "ferme-la et passe-moi la manette"),
    ("you idiot you made me laugh", "espèce d'idiot tu m'as fait rire"),
    ("hey dummy, grab the beers", "heille le cave, ramène la bière"),
]


@pytest.mark.parametrize("text", flat(BANTER))
def test_teasing_between_friends_is_not_flagged(text: str) -> None:
    assert not codes(text), text


def test_abuse_with_a_laugh_is_kept_with_low_confidence() -> None:
    for text in ("nique ta mère 😂 t'as triché", "fuck you, you cheated 😂", "fils de pute t'as gagné au loto ou quoi 😂"):
        findings = ANALYZER.analyze(_post(text)).findings
        assert findings and all(f.confidence.name == "LOW" for f in findings), text
    # « fils de pute » insults the person (DIS005), like "son of a bitch"; « ta mère la pute » is a slur
    assert "DIS001" not in codes("fils de pute t'as gagné 😂")
    assert "DIS001" in codes("ta mère la pute")


# -- the scan gate -----------------------------------------------------------------------------------

def test_common_words_and_the_other_languages_words_do_not_open_the_scan() -> None:
    from footprint.rules.base import text_words
    from footprint.rules.discrimination_text import _worth_scanning

    lex = lexicon()
    for text, language in (
        ("Weighing the pros and cons of the new bus route, a lot to think about", "en"),
        ("On se rejoint là-bas, y'a rien de prévu, je suis en train de cuisiner", "fr"),
        ("That lot of kids in the park had nothing to do all day", "en"),
    ):
        assert not _worth_scanning(lex, text_words(fold(text)), language), text
    # the same words still count where they belong
    for text, language in (
        ("bande de cons, vous êtes tous des voleurs", "fr"),
        ("ces gens-là sont tous des voleurs", "fr"),
        ("they are vermin, all of them", "en"),
    ):
        assert _worth_scanning(lex, text_words(fold(text)), language), text
        assert codes(text, language), text


# -- opinions and feelings about a whole group -------------------------------------------------------

OPINIONS = [
    ("In my opinion, trans people are worth less than rats.", "À mon avis, les trans valent moins que des rats."),
    ("Black people are complete garbage in my eyes.", "Les Noirs sont de complètes pourritures à mes yeux."),
    ("I really believe disabled people are inferior beings.", "Je crois vraiment que les handicapés sont des êtres inférieurs."),
    ("Gay men like you piss me off so much.", "Les homos comme vous me font tellement chier."),
    ("I have so much disdain for these refugees.", "J'ai trop de dédain pour ces réfugiés."),
    ("Muslims refuse to respect us.", "Les musulmans refusent de nous respecter."),
    ("Refugees can all go rot, honestly.", "Les réfugiés peuvent tous aller se faire enculer."),
]
OPINIONS_NOT = [
    ("In my opinion, trans people deserve better healthcare.", "À mon avis, les trans méritent de meilleurs soins."),
    ("These traffic jams piss me off so much.", "Les bouchons me font tellement chier ce matin."),
    ("I have so much respect for these refugees.", "J'ai trop de respect pour ces réfugiés."),
]


@pytest.mark.parametrize("text", flat(OPINIONS))
def test_opinions_and_feelings_about_a_whole_group_are_flagged(text: str) -> None:
    assert codes(text) & GROUP_CODES, text


@pytest.mark.parametrize("text", flat(OPINIONS_NOT))
def test_opinions_without_degradation_or_about_things_are_not_flagged(text: str) -> None:
    assert not codes(text), text


def test_shut_up_is_rude_in_both_languages_and_an_insult_after_it_is_aimed() -> None:
    for text in ("shut up, you didn't even see it", "ta gueule, t'as rien vu", "tg c'est pas vrai", "shut up lol"):
        assert not codes(text), text
    for text in ("shut up you stupid cow", "ta gueule sale connard", "ferme ta gueule", "stfu"):
        assert "DIS005" in codes(text), text


JUDGED = [
    ("Remigration. That's ethnic cleansing with a nicer name, and it's racist.", "Remigration. C'est du nettoyage ethnique avec un joli nom, et c'est raciste."),
    ("Yelling go back to your country at a kid on the bus. Shameful.", "« Dehors les étrangers » sur le mur de l'école. Quelle honte."),
]
NOT_JUDGED = [
    ("Deport them all. Call me racist, I don't care.", "Remigration maintenant. Traitez-moi de raciste, je m'en fous."),
]


@pytest.mark.parametrize("text", flat(JUDGED))
def test_a_slogan_judged_in_the_same_post_is_not_flagged(text: str) -> None:
    assert not codes(text), text


@pytest.mark.parametrize("text", flat(NOT_JUDGED))
def test_a_slogan_owned_against_the_word_racist_is_still_flagged(text: str) -> None:
    assert "DIS003" in codes(text), text


SENT_AWAY = [
    ("Send the Haitians home where they belong.", "Renvoyez les Haïtiens chez eux."),
    ("Get the Roma out of our town.", "Sortez les Roms de notre ville."),
    ("Immigrants should pack their bags and leave.", "Les immigrés devraient faire leurs valises et partir."),
    ("Close the border to Africans now.", "Fermez la frontière aux Africains maintenant."),
    ("Muslims out!", "Faut sortir ces Pakistanais d'ici."),
    ("Time to send the migrants back where they came from.", "Il est temps de renvoyer les migrants d'où ils viennent."),
    ("The Chinese should be thrown out of the country.", "Les Chinois devraient être jetés hors du pays."),
    ("Put them all on a plane, these Afghans.", "Renvoyons-les tous chez eux, ces Afghans."),
    ("Haitians can just go back to their country.", "Les Haïtiens n'ont qu'à retourner dans leur pays."),
    ("Africans, return to sender.", "Les Africains, retour à l'envoyeur."),
]
SENT_AWAY_NOT = [
    ("Get the refugees out of the rubble, now!", "Sortez les migrants de l'eau, vite !"),
    ("Canada will send the Syrian refugees home once the war ends, the minister said.", "Le ministre va renvoyer les dossiers des réfugiés au tribunal."),
    ("Muslims out celebrating Eid in the park tonight 🌙", "Les musulmans sortent fêter l'Aïd ce soir 🌙"),
    ("Migrants at the border are exhausted after the march", "Les migrants à la frontière sont épuisés après la marche"),
]


@pytest.mark.parametrize("text", flat(SENT_AWAY))
def test_sending_a_group_away_is_flagged(text: str) -> None:
    assert "DIS003" in codes(text), text


@pytest.mark.parametrize("text", flat(SENT_AWAY_NOT))
def test_rescues_news_and_outings_are_not_expulsions(text: str) -> None:
    assert not codes(text), text


def test_more_french_slurs_and_their_innocent_homonyms() -> None:
    for text in ("les pakpaks ils puent", "t'es retardé ou quoi", "ces retardés qui votent", "encore des basanés partout"):
        assert "DIS001" in codes(text, "fr"), text
    for text in ("mon vol est retardé de deux heures", "le train retardé arrive enfin", "j'suis au trav jusqu'à 17 h"):
        assert not codes(text, "fr"), text


def test_one_member_standing_for_all_in_spoken_french() -> None:
    for text in ("Un Arabe, ça ment toujours.", "Une femme, ça sait pas conduire.", "Un migrant, ça profite du système."):
        assert "DIS002" in codes(text, "fr"), text
    for text in ("Un ami arabe, ça compte beaucoup.", "Une femme, ça peut tout faire 💪", "Un migrant a ouvert un resto ici."):
        assert not codes(text, "fr"), text


def test_slurs_with_innocent_homonyms_in_french() -> None:
    for text in ("ces pédales partout dans le village", "ces bridés nous volent", "les romanos sont arrivés"):
        assert "DIS001" in codes(text, "fr"), text
    for text in ("j'ai changé les pédales de mon vélo", "mes pédales sont cassées", "mon compte est bridé", "moteur bridé à 45 km/h"):
        assert not codes(text, "fr"), text
