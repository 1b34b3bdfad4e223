"""Counter-speech the discrimination rules must leave alone (DIS001-DIS003), in English and French,
with twins in the poster's own voice that stay flagged.

Classes: a word mentioned as a word ("using ... as an insult"), an act judged ("telling a kid
he's a ... is racism"), what someone else calls a person ("kids at school call my son a ...",
"you don't get to call my sister a ..."), a refusal to use the word, a claim mocked ("oh sure,
because all X are ..., right?", "as if X were ..."), asked about ("who still says ...?"), sent
away ("if you came here to post that ..."), quoted and answered ('"..." No.'), pinned on who
said it ("..., according to the guy in my comments"), reported after a saying noun ("the
notion that ..."), an invasion denied ("X aren't invading anything", "neighbours, not
invaders"), the claim made the subject of its own denial ("X are ... is not true") or said not to
follow ("one crime doesn't mean X are ..."), a call to drive a group out refused ("should not be
sent home"), and disbelief after a claim asked back ("X are rats? Really?").

Content warning: these tables quote slurs and hateful claims, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import discrimination_codes as codes

_CODES = {"DIS001", "DIS002", "DIS003", "DIS005"}


COUNTER = [
    # a word mentioned as a word, an act judged
    ("Throwing retarded around as an insult hurts people with disabilities. Drop it.",
     "Lancer « attardé » comme une insulte, ça blesse des personnes handicapées. Lâchez ça."),
    ("Calling a Black kid a monkey on the playground is racism, not a joke.",
     "Dire à un petit Noir qu'il est un singe dans la cour d'école est du racisme, pas une blague."),
    # what someone else calls a person
    ("Boys on the bus call my daughter a slut every morning and the driver just shrugs.",
     "Des gars dans l'autobus traitent ma fille de salope chaque matin pis le chauffeur s'en fout."),
    ("You don't get to call my cousin a whore and then act surprised when I block you.",
     "Tu traites ma cousine de pute pis tu fais le surpris quand je te bloque?"),
    ("My grandpa used to call them savages, and I'm ashamed of it.",
     "Mon grand-père les traitait de sauvages, et j'en ai honte."),
    ("Funny how the men who call women whores are the first to beg for a date.",
     "Drôle comme les gars qui traitent les femmes de putes sont les premiers à quêter une date."),
    ("I refuse to call anyone a retard, and I'm asking you to do the same.",
     "Je refuse de traiter qui que ce soit d'attardé, et je vous demande de faire pareil."),
    # a claim mocked, asked about or sent away
    ("Oh sure, because all Muslims are terrorists, right? Log off.",
     "Ah oui, parce que tous les musulmans sont des terroristes, c'est ça? Déconnecte-toi."),
    ("As if women were too dumb to run a country. Look at the numbers.",
     "Comme si les femmes étaient trop connes pour diriger un pays. Regardez les chiffres."),
    ("Who still says women are inferior in 2025? My uncle, apparently.",
     "Qui dit encore que les femmes sont inférieures en 2025? Mon oncle, apparemment."),
    ("Who decided that Black men are dangerous? The evening news, that's who.",
     "Qui a décidé que les hommes noirs sont dangereux? Les nouvelles de 18 h, voilà qui."),
    ("Don't tell me immigrants are parasites when they pick your food and staff your hospitals.",
     "Me dis pas que les immigrés sont des parasites alors qu'ils cueillent ta bouffe pis soignent tes parents."),
    ("Hate has no home here. If you came to post that Jews control the media, the block button is right there.",
     "La haine a pas sa place ici. Si t'es venu écrire que les juifs contrôlent les médias, le bouton bloquer est là."),
    # quoted and answered, pinned on who said it, reported after a saying noun
    ('"Muslims are terrorists." No. Terrorists are terrorists.',
     "« Les musulmans sont des terroristes. » Non. Les terroristes sont des terroristes."),
    ("Kill all the gays? That's what the guy's sign said. In 2024. In Ottawa.",
     "Tuer tous les gais? C'est ce que disait la pancarte du gars. En 2024. À Ottawa."),
    ("Immigrants are parasites, according to the guy in my replies with a flag avatar.",
     "Les immigrants sont des parasites, selon le gars dans mes réponses avec un drapeau comme avatar."),
    ("The notion that refugees are criminals has been debunked a hundred times.",
     "La notion que les réfugiés sont des criminels a été démolie cent fois."),
    ("My uncle thinks women are inferior. Christmas dinner is going to be fun.",
     "Mon oncle pense que les femmes sont inférieures. Le réveillon va être le fun."),
    # an invasion denied
    ("Muslims aren't invading anything. They live here, like you.",
     "Les musulmans n'envahissent rien du tout. Ils vivent ici, comme toi."),
    ("Refugees are not invaders, they are people running for their lives.",
     "Les réfugiés ne sont pas des envahisseurs, ce sont des gens qui fuient pour leur vie."),
    ("Migrants are our neighbours, not invaders.", "Les migrants sont nos voisins, pas des envahisseurs."),
    # the claim made the subject of its own denial, or said not to follow
    ("Refugees are invaders is simply not true.", "Les réfugiés sont des envahisseurs n'est tout simplement pas vrai."),
    ("Muslims are terrorists - not true, not fair, not ok.", "Les musulmans sont des terroristes : faux, injuste, inacceptable."),
    ("Immigrants steal jobs, except they don't.", "Les immigrants volent nos jobs, sauf que c'est faux."),
    ("One stabbing doesn't mean refugees are dangerous.", "Une agression, ça veut pas dire que les réfugiés sont dangereux."),
    ("No study shows Muslims are more violent than their neighbours.",
     "Rien ne prouve que les musulmans sont plus violents que leurs voisins."),
    ("Muslims are no more violent than anyone else.", "Les musulmans ne sont pas plus violents que n'importe qui."),
    ("Gay people ruin nothing. Your marriage is fine.", "Les gais ne gâchent rien. Ton mariage va très bien."),
    ("Immigrants are a threat to nobody.", "Les immigrants sont une menace pour personne."),
    ("Refugees are parasites is a claim with no evidence behind it.",
     "Les réfugiés sont des parasites est une idée sans aucun fondement."),
    ("Muslims are terrorists and other lies we need to stop repeating.",
     "Les musulmans sont des terroristes et autres mensonges qu'il faut arrêter de répéter."),
    ("All immigrants are criminals has never been true anywhere.",
     "Tous les immigrants sont des criminels n'a jamais été vrai nulle part."),
    ("Thinking all Muslims are terrorists does not make you any safer.",
     "Penser que tous les musulmans sont des terroristes, ça te rend pas plus en sécurité."),
    # a call refused, a protection, ownership denied
    ("Immigrants should not be sent home for being poor.", "Les immigrants ne devraient pas être renvoyés chez eux parce qu'ils sont pauvres."),
    ("Women don't belong to anyone.", "Les femmes n'appartiennent à personne."),
    # disbelief or a retort after a claim asked back, a quoted claim called nonsense
    ("Immigrants are rats? Really? My nurse is an immigrant.", "Les immigrés sont des rats? Sérieux? Mon infirmière est immigrante."),
    ("Refugees are a burden? Tell that to the doctors who arrived as refugees.",
     "Les réfugiés sont un fardeau? Va dire ça aux médecins qui sont arrivés comme réfugiés."),
    ('Enough with the "immigrants are invading" nonsense.', "Assez avec les niaiseries de « les immigrants envahissent »."),
    # taught or described so, judged
    ("Teaching kids that women are inferior isn't tradition, it's abuse.",
     "Dire aux enfants que les femmes sont inférieures, c'est pas de la tradition, c'est de l'abus."),
    ("Describing migrants as an invasion isn't journalism.", "Décrire les migrants comme une invasion, c'est pas du journalisme."),
]

OWN_VOICE = [
    ("Retarded is what you are, plain and simple.", "T'es juste un attardé, c'est tout."),
    ("Look at this monkey trying to talk.", "Regarde-moi ce macaque qui essaie de parler."),
    ("She's a whore, and I'll say it again.", "C'est une pute, pis je vais le redire."),
    ("Yeah because immigrants are criminals, everyone knows that", "Ouais, les immigrés sont des criminels, tout le monde le sait"),
    ("Women are inferior and always will be.", "Les femmes sont inférieures et le seront toujours."),
    ("Muslims are invading our towns. Wake up.", "Les musulmans envahissent nos villes. Réveillez-vous."),
    ("Say it loud, say it proud: refugees not welcome here!", "Dites-le fort : les réfugiés sont pas les bienvenus ici!"),
    ("Oh sure, the lazy bitch is at it again, right?", "Ah ben oui, cette salope est encore partie, hein?"),
    ("Immigrants should be sent home, all of them.", "Les immigrants devraient être renvoyés chez eux, tous."),
    ("Immigrants are criminals and that is not going to change.", "Les immigrés sont des criminels et ça changera pas."),
    ("Muslims are more violent than anyone else.", "Les musulmans sont plus violents que n'importe qui."),
    ("Refugees are invaders, plain and simple.", "Les réfugiés sont des envahisseurs, point final."),
    ("Muslims are terrorists and other truths the media hides.", "Les musulmans sont des terroristes et autres vérités que les médias cachent."),
]


@pytest.mark.parametrize("english, french", COUNTER)
def test_counter_speech_is_not_flagged(english: str, french: str) -> None:
    assert not codes(english, "en") & _CODES, english
    assert not codes(french, "fr") & _CODES, french


@pytest.mark.parametrize("english, french", OWN_VOICE)
def test_the_same_words_in_the_posters_own_voice_stay_flagged(english: str, french: str) -> None:
    assert codes(english, "en") & _CODES, english
    assert codes(french, "fr") & _CODES, french
