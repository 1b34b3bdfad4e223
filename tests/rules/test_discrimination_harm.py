"""Wishes of harm and calls to attack a community, denial of rights, reclaimed words, verdicts on
reported hate and pet names between friends: parallel English / French tables (issue 15).

Rows are written for these tests in several registers (casual, emoji, Québec French, no
accents), never taken from a data set. Every should-flag table has hard negatives beside it.

Content warning: these tables quote threats, slurs and abuse, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import discrimination_codes as codes
from tests.rules.conftest import flat

# -- calls to burn or attack a community's place, wishes of harm on a group (DIS004) ----------

HARM = [
    ("someone should burn down that mosque", "quelqu'un devrait mettre le feu à cette mosquée"),
    ("Somebody needs to torch the synagogue on Bathurst", "Quelqu'un devrait brûler la synagogue du coin"),
    ("somebody oughta firebomb that temple tbh", "qqn devrait faire sauter ce temple-là"),
    ("wouldn't cry if that gurdwara burned to the ground", "je serais pas triste si la mosquée brûlait"),
    ("I'd love to see that gay bar go up in flames 🔥", "J'aimerais voir ce bar gai partir en fumée"),
    ("I hope every last one of those immigrants drowns on the way over", "j'espère que tous ces migrants vont se noyer"),
    ("hope the refugees all drown in the sea", "j'espere que les refugies vont crever en mer"),
    ("May all Muslims rot in hell", "Que tous les musulmans pourrissent en enfer"),
    ("shoot them all, problem solved", "faudrait tous les fusiller, pis c'est réglé"),
    ("put a bullet in every one of them", "une balle dans la tête de chacun d'eux"),
    ("they all deserve a bullet", "ils méritent tous une balle"),
    ("It would be a shame if something happened to your little pride parade 😉",
     "ça serait dommage qu'il arrive quelque chose à votre petite parade de la fierté"),
    ("the trans folks better watch their backs around here", "les gais ont besoin de surveiller leurs arrières"),
    ("refugees in that hotel? gas them all", "les réfugiés de cet hôtel, on devrait les aligner et les fusiller"),
]

# Calls, wishes and intents of violence read word by word: a frame (should, hope, time to, I'll,
# « faut », « j'espère », « on va », an imperative), violence within a few words, and a group,
# "them" after a named group, or a community's place in the sentence.
FRAMED = [
    ("Somebody ought to teach those immigrants a lesson they won't forget", "Quelqu'un devrait donner une bonne leçon à ces immigrés"),
    ("if I see another refugee in my neighbourhood I'm getting my gun", "si je vois encore un réfugié dans mon quartier je sors mon fusil"),
    ("the Muslims will get what's coming to them, mark my words", "les musulmans vont avoir ce qu'ils méritent, croyez-moi"),
    ("the only good Jew is a dead one", "le seul bon juif est un juif mort"),
    ("gas chambers were too good for them", "les chambres à gaz étaient trop bien pour eux"),
    ("a few bullets would solve the migrant problem real quick", "quelques balles régleraient le problème des migrants"),
    ("bring back lynching for these people", "ramenez les lynchages pour ces gens-là"),
    ("every last Muslim should be wiped off the map", "faudrait rayer tous les musulmans de la carte"),
    ("time to finish what Hitler started", "il est temps de finir le travail d'Hitler"),
    ("these gays need to be beaten until they learn", "ces gais devraient être battus jusqu'à ce qu'ils comprennent"),
    ("string up every one of those immigrants", "pendez tous ces immigrés"),
    ("hope they all get cancer, the whole lot of those trans freaks", "j'espère qu'ils attrapent tous le cancer, tous ces trans"),
    ("someone should shoot up that mosque", "quelqu'un devrait tirer dans cette mosquée"),
    ("I want to see blood in the streets at the next Pride", "je veux voir du sang dans les rues à la prochaine Fierté"),
]

NOT_FRAMED = [
    ("Six Muslims were shot at the Quebec City mosque in 2017. We must never forget.",
     "Six musulmans ont été tués à la mosquée de Québec en 2017. N'oublions jamais."),
    ("Muslims fear they will be targeted after the attack", "Les musulmans craignent d'être ciblés après l'attaque"),
    ("The man who wanted to burn the synagogue was arrested today", "L'homme qui voulait brûler la synagogue a été arrêté aujourd'hui"),
    ("I'm gonna shoot the Pride parade with my new camera 📸", "Je vais photographier le défilé de la Fierté, j'ai hâte de tirer des portraits"),
    ("we're gonna kill it at the Pride gala tonight 💃", "On va tuer le temps avant le souper avec les nouveaux arrivants"),
    ("Let's hang out with the new Syrian families this weekend", "Il faut enseigner l'histoire des lynchages aux élèves"),
    ("Hitler was a monster who gassed millions of Jews", "Hitler était un monstre qui a gazé des millions de juifs"),
    ("Someone needs to run for office to defend immigrants", "Quelqu'un doit se présenter pour défendre les immigrés"),
    ("Time to beat the Chinese team in the final!", "On va battre les Chinois en finale!"),
    ("We need to fight cancer in Black communities, screening saves lives", "Il faut éliminer les préjugés contre les autochtones"),
    ("teaching boys consent will reduce rape against women", "on va tirer au sort les places pour le souper des nouveaux arrivants"),
    ("Want to see blood in the streets? No. So stop the hate against Muslims.", "Du sang dans les rues? Non. Arrêtons la haine contre les musulmans."),
]


@pytest.mark.parametrize("text", flat(FRAMED))
def test_framed_violence_at_a_group_is_a_threat(text: str) -> None:
    assert "DIS004" in codes(text), text


@pytest.mark.parametrize("text", flat(NOT_FRAMED))
def test_news_fear_history_photos_and_games_are_not_threats(text: str) -> None:
    assert "DIS004" not in codes(text), text


NOT_HARM = [
    ("someone should burn down that office printer lol", "quelqu'un devrait mettre le feu à c't'imprimante-là mdr"),
    ("Our team is going to burn down the competition tomorrow", "On va brûler la compétition demain 💪"),
    ("the mosque fire last night was awful, praying for the community", "l'incendie à la mosquée hier soir, c'est affreux, pensées à la communauté"),
    ("Nobody should ever burn down a synagogue. Never again.", "Personne ne devrait mettre le feu à une église, peu importe la religion"),
    ('Someone said "burn down the mosque" in the comments. Reported.', "Quelqu'un a écrit « brûlez la mosquée » dans les commentaires. Signalé."),
    ("we should torch the old shed this weekend, it's an eyesore", "Il faudrait brûler ces vieux papiers"),
    ("old letters from my ex? burn them all", "les mauvaises herbes du jardin, faut toutes les arracher"),
    ("I hope the Leafs all die in the first round lol", "j'espère que mes plantes vont survivre à l'hiver"),
    ("They should all be proud of what they did", "ils devraient tous être félicités"),
    ("women walking home late should watch their backs, stay safe", "on devrait les aligner sur la tablette"),
    ("the band is going to set fire to the stage at the festival tonight 🔥", "le band va mettre le feu au festival ce soir 🔥"),
]


@pytest.mark.parametrize("text", flat(HARM))
def test_calls_and_wishes_of_harm_on_a_community_are_threats(text: str) -> None:
    assert "DIS004" in codes(text), text


@pytest.mark.parametrize("text", flat(NOT_HARM))
def test_things_games_news_and_refusals_are_not_threats(text: str) -> None:
    assert "DIS004" not in codes(text), text


# -- rights, work, housing, entry, vote or service denied to a group (DIS003) -----------------

DENIAL = [
    ("I would never rent my apartment to an Arab family", "Je louerai jamais mon logement à des Arabes"),
    ("we don't hire Indians here, they don't fit the culture", "On n'engage pas d'Indiens ici"),
    ("No gays allowed in my restaurant", "Interdit aux gais dans mon resto"),
    ("I refuse to serve immigrants at my shop", "Je refuse de servir les immigrés dans mon commerce"),
    ("Don't give jobs to refugees, Canadians first", "pas de jobs pour les réfugiés, les Québécois d'abord"),
    ("refugees should not get any healthcare", "les réfugiés devraient pas avoir accès aux soins"),
    ("immigrants shouldn't have the right to own property", "les immigrés ne devraient pas avoir le droit d'acheter"),
    ("Keep the Chinese out of our neighbourhood", "Il faut interdire l'entrée du pays aux musulmans"),
    ("women shouldn't be allowed to vote tbh", "les femmes devraient pas avoir le droit de vote"),
    ("Trans people should be banned from teaching kids", "les personnes trans devraient être interdites d'enseigner"),
]

NOT_DENIAL = [
    ("Everyone should be allowed to vote, including new citizens", "Tout le monde devrait avoir le droit de voter"),
    ("Landlords who refuse to rent to Arab families are breaking the law", "Refuser de louer à une famille arabe, c'est illégal"),
    ("We proudly hire newcomers and refugees", "On embauche fièrement des nouveaux arrivants"),
    ("No dogs allowed in the restaurant", "interdit aux chiens"),
    ("Refugees have a right to healthcare, full stop", "Les réfugiés ont droit aux soins de santé, point final"),
    ("women weren't allowed to vote until 1918 here", "les femmes n'avaient pas le droit de vote avant 1940 au Québec"),
    ("Someone told my friend Muslims should be banned from voting. That's hate, full stop.",
     "Quelqu'un a dit à mon amie que les musulmans ne devraient pas voter. C'est de la haine."),
]


# The same class in other words: a cue that denies, a right or a resource a few words after it,
# and a group in the sentence.
DENIAL += [
    ("I'd never hire a woman in a hijab", "moi j'embaucherais jamais une femme voilée"),
    ("women have no business in politics", "les femmes ont rien à faire en politique"),
    ("we shouldn't let refugees into the country", "faudrait pas laisser les réfugiés entrer au pays"),
    ("we don't want Jews in our club", "on veut pas de juifs dans notre club"),
    ("immigrants shouldn't even have access to hospitals", "les immigrés devraient même pas avoir accès aux hôpitaux"),
    ("trans people have no business in women's washrooms", "les trans ont pas d'affaire dans les toilettes des femmes"),
    ("Muslims should be barred from public office", "interdisons l'entrée aux musulmans"),
    ("no way my landlord rents to immigrants", "il faudrait retirer le droit de vote aux immigrés"),
]
DENIAL += [
    ("Refugees should be denied entry", "les réfugiés devraient être privés de soins"),
    ("Muslims should lose the right to vote", "les musulmans devraient perdre le droit de vote"),
    ("No Muslims need apply", "aucun emploi aux étrangers tant que les nôtres chôment"),
    ("Refugees don't deserve healthcare", "les réfugiés méritent pas les soins"),
    ("Keep Muslims out of government", "gardez les Chinois hors de notre quartier"),
    ("I won't sell my house to a Chinese buyer", "je vendrai jamais ma maison à des Arabes"),
    ("Don't let Sikhs into the RCMP", "laissez pas les Sikhs entrer dans la GRC"),
]
NOT_DENIAL += [
    ("Refugees shouldn't be denied healthcare, it's a basic right", "Les réfugiés ne devraient pas se voir refuser les soins"),
    ("Muslims shouldn't have to hide their faith at work", "Les musulmans ne devraient pas avoir à cacher leur foi au travail"),
    ("Trans people shouldn't be afraid to use the washroom", "Les personnes trans ne devraient pas avoir peur d'aller aux toilettes"),
    ("It's illegal to refuse to rent to someone because they're Black", "C'est illégal de refuser de louer à quelqu'un parce qu'il est noir"),
    ("I'd never vote for a party that hates immigrants", "Je voterais jamais pour un parti qui déteste les immigrants"),
    ("We won't let anyone take away the right of First Nations to vote", "Personne ne devrait interdire aux femmes voilées d'enseigner"),
    ("Women shouldn't be paid less than men for the same work", "Les femmes devraient pas travailler autant pour moins d'argent que les hommes"),
    ("we don't hire based on religion, Muslims and Jews are equally welcome", "je travaille pas demain, on va au resto avec les nouveaux arrivants"),
    ("My Muslim friends don't drink, so we went for tea", "Mes amis musulmans boivent pas, on est allés prendre un thé"),
]


@pytest.mark.parametrize("text", flat(DENIAL))
def test_denying_a_group_rights_work_housing_or_service_is_flagged(text: str) -> None:
    assert "DIS003" in codes(text), text


@pytest.mark.parametrize("text", flat(NOT_DENIAL))
def test_rights_for_all_history_and_reported_denials_are_not_flagged(text: str) -> None:
    assert "DIS003" not in codes(text), text


# -- reclaimed words: a member naming themself or their circle (DIS001) ------------------------

RECLAIMED = [
    ("me and my fellow dykes are hitting the march on Saturday 🌈", "moi pis mes chums gouines on va au défilé samedi 🌈"),
    ("I'm a dyke and I'm proud", "je suis une gouine et j'en suis fière"),
    ("As a trans girl I call myself a tranny sometimes, it's mine to say", "En tant que femme trans, je me traite de travelo des fois, c'est à moi"),
    ("Dyke march this Saturday, who's coming?", "La marche des gouines c'est samedi, qui vient?"),
    ("brunch with my bitches this sunday 🥂", "brunch avec mes salopes préférées dimanche 🥂"),
    ("hey bitches, who's up for karaoke?", "salut les pétasses, karaoké ce soir?"),
    ("the dykes on my soccer team are the best", "les gouines de mon équipe de soccer sont les meilleures"),
    ("we're queers and we're loud, get used to it", "on est des tapettes pis on l'assume"),
]

STILL_SLURS = [
    ("those dykes at the gym are disgusting", "ces gouines au gym sont dégueulasses"),
    ("look at these sluts lol", "regarde ces salopes mdr"),
    ("you're a faggot and everyone knows it", "t'es juste une salope"),
    ("our faggot mayor should resign", "ferme ta gueule, sale gouine"),
    ("i'm retarded? no, YOU are the retard", "t'es un attardé, pis moi aussi chu attardé de te parler"),
]


@pytest.mark.parametrize("text", flat(RECLAIMED))
def test_reclaimed_in_group_use_is_not_a_slur(text: str) -> None:
    assert "DIS001" not in codes(text), text


@pytest.mark.parametrize("text", flat(STILL_SLURS))
def test_slurs_at_others_stay_flagged(text: str) -> None:
    assert codes(text) & {"DIS001", "DIS002", "DIS005"}, text


# -- rough pet names between friends, with a laugh or a birthday (DIS005) ----------------------

PET_NAMES = [
    ("happy birthday you old jackass 🎉 love you", "mon gros cave, bonne fête 🎉"),
    ("you dipshit 😂 miss you already", "joyeux anniversaire vieux con 😂"),
    ("ahahah you knobhead, see you tonight", "ahahah espèce de con, à ce soir"),
]


PET_NAMES += [
    ("shut up and come grab a beer", "ferme-la pis viens prendre une bière"),
    ("you're hilarious, shut up 😂", "tg t'es trop drôle"),
    ("you clown, come here and give me a big hug", "espèce de clown, viens ici que je te serre dans mes bras"),
    ("fuck off haha you're the best", "va chier mon chum haha"),
    ("my friends are idiots and I love them", "mes chums sont des imbéciles et je les aime"),
]


@pytest.mark.parametrize("text", flat(PET_NAMES))
def test_rough_pet_names_between_friends_are_not_flagged(text: str) -> None:
    assert "DIS005" not in codes(text), text


@pytest.mark.parametrize("text", [
    "crisse de cave, va donc chier", "you stupid fuck, get lost", "gros con, dégage",
    "montre-moi tes seins ma belle", "show me your tits babe, love you",
])
def test_the_same_words_without_friendship_stay_flagged(text: str) -> None:
    assert "DIS005" in codes(text), text


def test_huge_and_empty_posts_are_handled() -> None:
    assert codes("") == set()
    assert "DIS004" in codes("Beau temps aujourd'hui. " * 3000 + "someone should burn down that mosque")


# -- beliefs put in others' mouths, and verdicts on them, are counter-speech (DIS002/DIS003) -----

BELIEFS_OF_OTHERS = [
    ("If you think Muslims are terrorists, unfollow me now", "Si tu penses que les musulmans sont des terroristes, désabonne-toi"),
    ("It's 2024 and people still think gay men are predators. Unreal.", "En 2024, du monde pense encore que les gais sont des prédateurs. Incroyable."),
    ("Imagine believing trans women are a threat. Couldn't be me.", "Imagine croire que les femmes trans sont une menace. Pas moi."),
    ("The idea that Black people are lazy is a racist myth", "L'idée que les Noirs sont paresseux, c'est un mythe raciste"),
    ("People who say refugees shouldn't vote discourage me", "Les gens qui disent que les réfugiés devraient pas voter me découragent"),
]

OWN_BELIEFS = [
    ("I think Muslims are terrorists", "je pense que les immigrés sont des parasites"),
    ("honestly I believe immigrants are parasites", "moi je crois que les musulmans sont tous des terroristes"),
]


@pytest.mark.parametrize("text", flat(BELIEFS_OF_OTHERS))
def test_beliefs_put_in_others_mouths_are_counter_speech(text: str) -> None:
    assert not codes(text) & {"DIS002", "DIS003"}, text


@pytest.mark.parametrize("text", flat(OWN_BELIEFS))
def test_the_posters_own_belief_is_still_a_generalisation(text: str) -> None:
    assert "DIS002" in codes(text), text


# -- generalisations in questions, sarcasm, distrust, competence and habits (DIS002) -------------

GENERALISATIONS = [
    ("Why are Muslims always so violent?", "Pourquoi les musulmans sont toujours aussi violents?"),
    ("Is it just me or are immigrants always complaining?", "C'est moi ou les immigrés se plaignent tout le temps?"),
    ("Women can't drive, everyone knows that", "Les femmes savent pas conduire, tout le monde le sait"),
    ("Oh sure, because Roma people are SO honest 🙄", "Ah oui, parce que les Roms sont TELLEMENT honnêtes 🙄"),
    ("Gay men can't be trusted around kids", "On peut pas faire confiance aux gais avec des enfants"),
    ("Indigenous people just drink all day", "Les autochtones font juste boire toute la journée"),
    ("Jews run the banks, wake up", "Les juifs contrôlent les banques, réveillez-vous"),
    ("Arabs are naturally aggressive", "Les Arabes sont agressifs de nature"),
    ("women are too emotional to be in charge", "les femmes sont trop émotives pour diriger"),
]

NOT_GENERALISATIONS = [
    ("Why are Muslims fasting this month? Ramadan explained", "Pourquoi les musulmans jeûnent pendant le ramadan?"),
    ("Indigenous people face higher rates of violence", "Les autochtones subissent plus de violence"),
    ("Oh sure, because immigrants are so welcome here 🙄 (they aren't, and it's shameful)",
     "Les immigrants sont tellement travaillants, bravo à eux"),
    ("yeah right, as if women are not capable of leading 🙄", "my Jewish neighbours are so generous ❤️"),
    ("I can't trust my printer, it jams every day", "On peut pas faire confiance à la météo cette semaine"),
    ("My Muslim friends just drink tea at parties", "Mes amis musulmans boivent pas, on est allés prendre un thé"),
    ("Immigrants complain about housing delays in Montreal", "Les immigrants se plaignent des délais au bureau des passeports"),
]


@pytest.mark.parametrize("text", flat(GENERALISATIONS))
def test_generalisations_in_questions_sarcasm_and_habits_are_flagged(text: str) -> None:
    assert "DIS002" in codes(text), text


@pytest.mark.parametrize("text", flat(NOT_GENERALISATIONS))
def test_facts_praise_and_eye_rolls_at_prejudice_are_not_flagged(text: str) -> None:
    assert "DIS002" not in codes(text), text


# -- more shapes of violence wished or promised (DIS004) -----------------------------------------

MORE_HARM = [
    ("if it were up to me every trans person would be shot", "si ça tenait qu'à moi, tous les trans seraient fusillés"),
    ("a bomb on their mosque and we'd never hear about it again", "une bombe sur leur mosquée pis on en parle plus"),
    ("I wish death on every Muslim", "je souhaite la mort à tous les musulmans"),
    ("Jews to the ovens", "les juifs au four"),
    ("put the Muslims in camps", "on devrait mettre les musulmans dans des camps"),
    ("one day we'll find every one of you immigrants", "un jour on va tous vous retrouver, les immigrés"),
    ("they deserve to be put down like dogs, those migrants", "les noirs devraient être abattus comme des chiens"),
    ("we will hunt them down one by one", "on va les traquer un par un"),
    ("throw them all in the sea and let them drown", "jetez-les tous à la mer pis qu'ils se noient"),
    ("I dream of seeing every immigrant hanged", "je rêve de voir tous les immigrés pendus"),
]

NOT_MORE_HARM = [
    ("we'll find you a seat at the Pride brunch!", "on va vous retrouver au parc demain avec les nouveaux arrivants"),
    ("Summer camps for refugee kids are open, put your name down", "le poulet au four de ma voisine musulmane est incroyable"),
    ("the Jewish bakery puts bagels in the ovens at 5am", "si ça tenait qu'à moi, tous les réfugiés seraient logés"),
    ("If it were up to me, every refugee would be housed by Christmas", "I'd love to see the mosque's new garden, it's gorgeous"),
]


@pytest.mark.parametrize("text", flat(MORE_HARM))
def test_more_shapes_of_violence_at_a_group_are_threats(text: str) -> None:
    assert "DIS004" in codes(text), text


@pytest.mark.parametrize("text", flat(NOT_MORE_HARM))
def test_camps_ovens_and_meeting_up_are_not_threats(text: str) -> None:
    assert "DIS004" not in codes(text), text


@pytest.mark.parametrize("text", [
    "Refugees don't deserve to be tortured like that.", "Les réfugiés ne méritent pas de se faire torturer comme ça.",
])
def test_a_denied_wish_of_harm_is_not_a_threat(text: str) -> None:
    assert "DIS004" not in codes(text), text


@pytest.mark.parametrize("text", [
    "I firmly believe immigrants are parasites", "I really do believe Muslims are terrorists",
    "Je crois sincèrement que les immigrés sont des parasites", "Moi je pense vraiment que les musulmans sont des terroristes",
])
def test_the_posters_own_belief_with_an_adverb_still_counts(text: str) -> None:
    assert "DIS002" in codes(text), text
