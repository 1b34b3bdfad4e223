"""Campaign voice and stance in English and French: parallel tables (same message, two
languages), written by the team in varied registers. Each pair must behave the same way in both
languages: flagged by the same rule, or not flagged at all."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political, flagged, post, run

# (rule, English, French): the same thing said in both languages.
PARTISAN_PAIRS = [
    # First-person party voice
    ("POL002", "So proud of our Conservative team in Sudbury tonight 💙",
     "Tellement fier de notre équipe conservatrice à Sudbury ce soir 💙"),
    ("POL002", "A re-elected Liberal government will build 500,000 homes.",
     "Un gouvernement libéral réélu va construire 500 000 logements."),
    ("POL002", "Our NDP caucus won't stop fighting for pharmacare",
     "Nos députés néo-démocrates vont continuer de se battre pour l'assurance médicaments"),
    ("POL002", "As PM, I will scrap the carbon tax on day one.",
     "Comme premier ministre, je vais abolir la taxe carbone dès le premier jour."),
    ("POL002", "When I'm prime minister, we'll fix the budget",
     "Si je suis élu, on va réparer le budget"),
    ("POL002", "Welcome to our newest MPs, Jane Roy and Sam Lee! 🎉",
     "Bienvenue à nos nouveaux députés, Jane Roy et Sam Lee! 🎉"),
    ("POL002", "Vote for us on Monday, every vote counts!",
     "Votez pour nous lundi, chaque vote compte!"),
    # Contrast between sides
    ("POL002", "The Conservatives want to cut services for families. We won't let that happen.",
     "Les conservateurs veulent couper dans les services aux familles. Nous, on ne laissera pas faire ça."),
    ("POL002", "Poilievre only offers slogans, we offer a real plan",
     "Poilievre n'offre que des slogans, nous offrons un vrai plan"),
    # Local candidates named by the office they seek
    ("POL002", "Vote Marie Tremblay for Ward 7 councillor!",
     "Votez pour Marie Tremblay conseillère du district 7!"),
    ("POL002", "Jean Leblanc for Mayor 🙌", "Jean Leblanc pour maire 🙌"),
    # Campaign activity and invitations
    ("POL003", "Door-knocking in Orléans this morning with our candidate @SophieRiel_NPD 🚪",
     "Porte-à-porte à Orléans ce matin avec notre candidate @SophieRiel_NPD 🚪"),
    ("POL003", "Phone banking tonight for the Liberals, who's in? 📞",
     "Appels aux électeurs ce soir pour les libéraux, qui embarque? 📞"),
    ("POL003", "44 campaign stops in 9 days, and I'm not tired yet!",
     "44 arrêts de campagne en 9 jours, et je ne suis pas encore fatiguée!"),
    ("POL003", "Come meet me at the Bloc rally Saturday in Longueuil",
     "Venez me rencontrer au rassemblement du Bloc samedi à Longueuil"),
    ("POL003", "Help us elect a Green MP in Victoria: chip in $5 before midnight",
     "Aidez-nous à élire une députée verte à Victoria : faites un don de 5 $ avant minuit"),
    ("POL003", "Join us as we kick off the NDP campaign in Hamilton!",
     "Rejoignez-nous pour le lancement de la campagne du NPD à Hamilton!"),
    # Insults aimed at politicians and camps
    ("POL005", "These communist idiots in Ottawa never learn",
     "Ces communistes débiles à Ottawa n'apprennent jamais"),
    ("POL005", "This deranged minister should be nowhere near a budget",
     "Ce ministre cinglé ne devrait jamais toucher à un budget"),
    ("POL005", "Tired of the clueless premier and his antics 🙄",
     "Tanné du premier ministre incapable pis de ses pitreries 🙄"),
    ("POL005", "Legault's buffoonery again, pathetic",
     "Encore les pitreries de Legault, c'est pathétique"),
]

NEUTRAL_PAIRS = [
    # Civic, non-partisan
    ("Go vote today, whoever you support! Polls open at 9.",
     "Allez voter aujourd'hui, peu importe pour qui! Les bureaux ouvrent à 9 h."),
    ("Elections Canada: you can vote at advance polls from Friday to Monday.",
     "Élections Canada : vous pouvez voter par anticipation de vendredi à lundi."),
    ("Watching the all-candidates debate tonight, bring popcorn 🍿",
     "Je regarde le débat des candidats ce soir, apportez le popcorn 🍿"),
    # News relayed without a side
    ("New poll: Liberals 34%, Conservatives 31% #cdnpoli #LPC #CPC",
     "Nouveau sondage : libéraux 34 %, conservateurs 31 % #polcan #PLC #PCC"),
    ("Premier Legault announced a cabinet shuffle this morning",
     "Le premier ministre Legault a annoncé un remaniement ce matin"),
    # Condolences and official thanks
    ("Rest in peace, Ed Broadbent. My condolences to his family. #NDP",
     "Repose en paix, Ed Broadbent. Mes condoléances à sa famille. #NPD"),
    ("Thank you President Macron for a great visit and a warm welcome in Paris",
     "Merci au président Macron pour une superbe visite et un accueil chaleureux à Paris"),
    # Policy without party or campaign act
    ("I think the carbon tax rebate should be bigger, honestly",
     "Franchement, je pense que le remboursement de la taxe carbone devrait être plus gros"),
    # Ordinary uses of campaign words
    ("We interviewed our candidates for the analyst job today, tough choice!",
     "On a passé nos candidats en entrevue pour le poste d'analyste, choix difficile!"),
    ("Join us for the GCWCC campaign kickoff, there will be cake! 🎂",
     "Rejoignez-nous pour le lancement de la campagne de charité CCMTGC, il y aura du gâteau! 🎂"),
    ("Our green team is door-knocking to collect old batteries for recycling",
     "Notre équipe verte fait du porte-à-porte pour ramasser les vieilles piles"),
    ("What a rally in the third set! Incredible tennis tonight 🎾",
     "Quel échange au troisième set! Du tennis incroyable ce soir 🎾"),
    ("Knocking on doors for the census this week, lots of friendly people",
     "Je fais du porte-à-porte pour le recensement cette semaine, beaucoup de gens gentils"),
    ("Our team will present the new Liberal arts program to the board",
     "Notre équipe va présenter le nouveau programme d'arts libéraux au conseil"),
    # Names that are ordinary words, handles, first names
    ("Happy birthday Bernie, best neighbour ever! 🎂",
     "Bonne fête Bernie, le meilleur voisin du monde! 🎂"),
    ("Lunch with @MaryTrudeauArt, her paintings are amazing",
     "Dîner avec @MaryTrudeauArt, ses toiles sont magnifiques"),
    ("Carney the dog is the best boy, I love him",
     "Carney le chien est le meilleur, je l'adore"),
    ("The mayor of my hockey pool is an idiot lol",
     "Le gars qui gère mon pool de hockey est un idiot lol"),
]


@pytest.mark.parametrize(("code", "english", "french"), PARTISAN_PAIRS)
def test_partisan_pairs_are_flagged_the_same_in_both_languages(code: str, english: str, french: str) -> None:
    assert flagged(code, english), english
    assert flagged(code, french), french


@pytest.mark.parametrize(("english", "french"), NEUTRAL_PAIRS)
def test_neutral_pairs_stay_clean_in_both_languages(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


def test_parallel_tables_flag_both_languages_at_the_same_rate() -> None:
    english = sum(any_political(en) for _c, en, _fr in PARTISAN_PAIRS)
    french = sum(any_political(fr) for _c, _en, fr in PARTISAN_PAIRS)
    assert english == french == len(PARTISAN_PAIRS)


def test_campaign_voice_evidence_points_at_the_words_that_speak_for_the_party() -> None:
    text = "Tellement fière de notre équipe conservatrice ce soir"
    (finding,) = run("POL002", post(text))
    assert [e.text for e in finding.evidence] == ["notre équipe conservatrice"]
    assert "voice of a party" in finding.message


def test_an_insult_aimed_at_a_title_names_both() -> None:
    (finding,) = run("POL005", post("This deranged minister should resign"))
    assert {e.text for e in finding.evidence} == {"deranged", "minister"}
    assert finding.confidence.name == "MEDIUM"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "🗳️" * 500,
        "our " * 5000 + "Liberal team",
        "Vote " + "Jean " * 300 + "for Mayor",
        "#elxn43 " * 2000,
    ],
)
def test_hostile_and_huge_inputs_do_not_break_the_rules(text: str) -> None:
    any_political(text)  # must return, not raise or hang


def test_a_party_tag_on_a_poll_is_a_label_but_a_vote_tag_still_takes_a_side() -> None:
    assert not flagged("POL001", "Sondage Léger : CAQ 30 %, PQ 28 % #CAQ #PQ")
    assert flagged("POL001", "Sondage Léger : CAQ 30 %, PQ 28 %, allez on continue #VoteCAQ")
