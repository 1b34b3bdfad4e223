"""Round 7 of the political readings, parallel English/French tables written by the team for
these tests (never paraphrased from a data set), each class with its hard negatives:

- French says "I will", "we will" and "they will" with one inflected verb (« je me battrai »,
  « nous rétablirons », « les libéraux protégeront »), puts object pronouns before the verb
  (« un gouvernement conservateur vous remettra ») or the verb before its subject (« c'est ce
  que fera un gouvernement libéral »);
- campaigning without a listed cue: stopping someone at the polls, a local candidate backed by
  first name in an election post, one's own vote with an adverb in the way;
- judgements said through an idiom rather than an adjective, and the French tenses of harm verbs;
- a political camp condemned or blamed for harm, not only insulted;
- a leader's bare surname that is also an everyday one, in a post about governing.
The English half of every flagged pair was already flagged or is flagged by the same change."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political, parallel_pairs

FLAGGED: dict[str, list[tuple[str, str]]] = {
    'party voice in the French future, with pronouns or inverted': [
        ('I will always fight the carbon tax, no matter what Ottawa says.',
         'Je me battrai toujours contre la taxe carbone, peu importe ce que dit Ottawa.'),
        ('I will scrap the GST on home heating in my first budget.',
         "J'éliminerai la TPS sur le chauffage domestique dans mon premier budget."),
        ("I'll give seniors back the money they lost to inflation.",
         "Je vais redonner aux aînés l'argent que l'inflation leur a pris."),
        ('A new Conservative government will put more money in your pocket.',
         "Un nouveau gouvernement conservateur vous remettra plus d'argent dans les poches."),
        ('A re-elected Liberal government will give families a break on childcare.',
         'Un gouvernement libéral réélu leur donnera un répit sur les frais de garde.'),
        ("We have to end gun violence, and that's what a re-elected Liberal government will do.",
         "Il faut mettre fin à la violence armée, et c'est ce que fera un gouvernement libéral réélu."),
        ('Conservatives will restore balance to the budget.',
         "Les conservateurs vont rétablir l'équilibre du budget."),
        ('The Liberals will protect the pension plan you paid into.',
         'Les libéraux protégeront le régime de retraite auquel vous avez cotisé.'),
        ("Canada's Conservatives stand with farmers facing these tariffs.",
         'Les conservateurs du Canada sont solidaires des agriculteurs frappés par ces tarifs.'),
        ("Canada's Liberals are ready to get to work for you.",
         'Les libéraux du Canada sont prêts à se mettre au travail pour vous.'),
    ],
    "campaign idioms: stopping someone at the polls, a local candidate, one's own vote": [
        ('Do not let Ford get another majority. Vote June 2.',
         'Ne laissez pas Ford avoir une autre majorité. Votez le 2 juin.'),
        ("We can't let Poilievre win this thing, knock on doors this weekend",
         'On ne peut pas laisser Poilievre gagner, allez cogner aux portes ce week-end'),
        ("Don't let Danielle Smith stay in power another four years 🙏",
         'Ne laissons pas Danielle Smith rester au pouvoir quatre ans de plus 🙏'),
        ('If you live in Kanata North, Sarah is the candidate we need. Get out and vote Monday!',
         "Si vous habitez Kanata-Nord, Sarah est la candidate qu'il nous faut. Allez voter lundi!"),
        ('Jean is the voice this riding needs. Election day is Oct 20.',
         "Jean est la voix qu'il nous faut dans la circonscription. Votez le 20 octobre."),
        ('Voting Green again this year, no regrets',
         'Je vote encore vert cette année, aucun regret'),
        ('I have always voted Liberal and I will again',
         "J'ai toujours voté libéral et je vais recommencer"),
        ("I'll vote Conservative, first time in my life",
         'Je voterai conservateur, une première dans ma vie'),
    ],
    'judgement idioms and French tenses of harm': [
        ('Doug Ford is selling off the Greenbelt to his developer buddies',
         'Doug Ford vend la ceinture de verdure à ses amis promoteurs'),
        ('Trudeau let Canadians down on housing, full stop',
         'Trudeau a laissé tomber les Canadiens sur le logement, point final'),
        ('Danielle Smith keeps handing contracts to her cronies',
         'Danielle Smith continue de donner des contrats par copinage'),
        ('Honestly Blanchet is the only leader who speaks for Quebec',
         'Honnêtement Blanchet est le seul chef qui parle pour le Québec'),
        ('The PQ is the only party serious about independence. Oui!',
         "Le PQ est le seul parti sérieux sur l'indépendance. Oui!"),
        ('Poilievre is the only adult in the room on housing',
         'Poilievre est le seul adulte dans la pièce sur le logement'),
        ('Poilievre would gut the CBC on day one',
         'Poilievre sabrerait Radio-Canada dès le premier jour'),
        ("Legault will ruin Quebec's finances in one term",
         'Legault ruinera les finances du Québec en un seul mandat'),
    ],
    'a political camp condemned or blamed': [
        ('The leftists are ruining this country',
         'Les gauchistes ruinent ce pays'),
        ('Taxpayers keep paying for liberals who want to destroy this country',
         'Les contribuables paient pour des libéraux qui veulent détruire ce pays'),
        ('Fake conservatives and their fake outrage, what a betrayal',
         'Des faux conservateurs et leur fausse indignation, quelle trahison'),
    ],
    'a bare surname in a post about governing': [
        ("Can't believe we're stuck with Ford for another term. Ontario deserves better.",
         "Pas croyable qu'on soit pris avec Ford pour un autre mandat. L'Ontario mérite mieux."),
        ("Carney's first budget is a gift to Bay Street and a slap in the face to renters",
         'Le premier budget de Carney est un cadeau à Bay Street et une gifle pour les locataires'),
        ('Singh propping up this government for years was a disgrace',
         "Singh qui a soutenu ce gouvernement pendant des années, c'est une honte"),
        ("Smith's pension plan scheme is a disaster for Albertans, scrap it",
         "Le projet de régime de retraite de Smith est un désastre pour les Albertains, qu'elle l'abandonne"),
        ('Blanchet is the only leader who stands up for Quebec in Ottawa',
         'Blanchet est le seul chef qui défend le Québec à Ottawa'),
    ],
}
CLEAN: dict[str, list[tuple[str, str]]] = {
    'the same grammar about private life': [
        ('I will always fight for a spot at the dog park on Saturdays lol',
         'Je me battrai toujours pour une place au parc à chiens le samedi lol'),
        ("We'll plant tomatoes and basil this spring, finally.",
         'Nous planterons des tomates et du basilic ce printemps, enfin.'),
        ("I'll give my sister back her sweater tomorrow.",
         'Je redonnerai son chandail à ma sœur demain.'),
        ('My landlord says he will pay me back for the repairs.',
         "Mon propriétaire dit qu'il me remboursera les réparations."),
    ],
    'the same shapes outside an election': [
        ('I will never let Harper win at Mario Kart again',
         'Je ne laisserai plus Harper gagner à Mario Kart'),
        ("Don't let Ford ruin your weekend, come to the fair",
         'Ne laissez pas Ford vous gâcher la fin de semaine, venez à la foire'),
        ('Priya is the candidate we need for the senior analyst job, hire her',
         "Priya est la candidate qu'il nous faut pour le poste d'analyste principale, embauchez-la"),
        ('Maya is the candidate we need for student council, vote Friday!',
         "Maya est la candidate qu'il nous faut au conseil étudiant, votez vendredi!"),
        ('Marc is the voice we need on The Voice, vote for him tonight',
         "Marc, c'est la voix qu'il nous faut à La Voix, votez pour lui ce soir"),
    ],
    'the same words without a judgement': [
        ('Trudeau at the ski hill with his buddies, spotted him in the lift line',
         "Trudeau au centre de ski avec ses chums, je l'ai vu dans la file du télésiège"),
        ('The store sells tickets to see Legault at the Centre Vidéotron',
         'Le magasin vend les billets pour voir Legault au Centre Vidéotron'),
        ('Trudeau is the only candidate I ever met in person as a kid',
         "Trudeau est le seul candidat que j'ai rencontré en personne quand j'étais enfant"),
        ('Ford Motor let down its dealers this quarter',
         'Ford Motor a laissé tomber ses concessionnaires ce trimestre'),
        ('The frost will ruin my tomatoes this year',
         'Le gel ruinera mes tomates cette année'),
    ],
    'a camp named kindly': [
        ('My uncle is a liberal and a great cook',
         'Mon oncle est libéral et un excellent cuisinier'),
        ('Conservatives in my family are lovely people',
         'Les conservateurs de ma famille sont des gens adorables'),
    ],
    'a namesake': [
        ('Ford recalled my truck again, third time this year, what a disaster',
         'Ford a rappelé mon camion encore, troisième fois cette année, quel désastre'),
        ('Carney the dog stole my sandwich again, what a disgrace 😂',
         'Carney le chien a encore volé mon sandwich, quelle honte 😂'),
        ("Singh's bakery on Bank has the best samosas, total disgrace that they close Mondays",
         "La boulangerie Singh sur Bank a les meilleurs samosas, une honte qu'elle ferme le lundi"),
        ('Smith scored twice tonight, what a disaster for the other team',
         "Smith a marqué deux fois ce soir, quel désastre pour l'autre équipe"),
    ],
}

# The party's name for itself counts as its voice only in the present or future: a past tense is a
# report. (The English "Canada's Conservatives elected a new leader" is still flagged: the English
# reading does not look at the verb.)
FRENCH_REPORTS = ['Les conservateurs du Canada ont élu un nouveau chef en 2022.', 'Les libéraux du Canada avaient promis une réforme électorale en 2015.']
SLOGAN = ['Axe the tax!', 'Pierre gets it. Axe the tax, build the homes, bring it home.']
NOT_THE_SLOGAN = ['The city wants to axe the taxi stand on Elgin', 'Axe the taxes on tips, Trump says']


@pytest.mark.parametrize("english,french", parallel_pairs(FLAGGED))
def test_flagged_in_both_languages(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize("english,french", parallel_pairs(CLEAN))
def test_hard_negatives_stay_clean_in_both_languages(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


@pytest.mark.parametrize("text", FRENCH_REPORTS + NOT_THE_SLOGAN)
def test_reports_and_lookalikes_are_not_flagged(text: str) -> None:
    assert not any_political(text), text


@pytest.mark.parametrize("text", SLOGAN)
def test_the_conservative_rallying_line_is_a_slogan(text: str) -> None:
    assert any_political(text), text


# A post typed all in lower case: the capital that tells the party from the word says nothing,
# so the party is read where the post is about governing or an election, and short acronyms are
# read in lower case; the word stays a word elsewhere.
LOWER_CASE_PARTY = [
    "conservatives are focused on cutting the carbon tax in this budget",
    "les conservateurs vont couper dans le budget des garderies",
    "gop will raise your taxes again, vote them out",
]
LOWER_CASE_WORDS = [
    "liberals will always stand with whoever buys the next round lol",
    "i played my trump card lol",
    "the liberals arts college open house is today",
]


@pytest.mark.parametrize("text", LOWER_CASE_PARTY)
def test_a_party_typed_in_lower_case_in_a_post_about_governing(text: str) -> None:
    assert any_political(text), text


@pytest.mark.parametrize("text", LOWER_CASE_WORDS)
def test_lower_case_words_that_are_also_parties_elsewhere(text: str) -> None:
    assert not any_political(text), text
