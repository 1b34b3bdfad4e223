"""Round 6 threats (DIS007, discrimination_menace): threats said by their consequence, by what the
writer knows, by what is coming, wishes of harm on anyone named, and harm acts under any intent,
in parallel English / French pairs, with their hard negatives."""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import load_rules
from footprint.rules.base import text_words
from footprint.rules.discrimination_menace import acts_with_intent, wishes_of_harm
from footprint.text import fold

_ANALYZER = Analyzer([r for r in load_rules() if r.category == "discrimination_harassment" and r.code != "DIS006"])


def _flagged(text: str, lang: str) -> set[str]:
    subject = Subject(platform="x", account_id="t", native_id="1", kind="post", fields={"text": text}, language=lang)
    return {f.rule for f in _ANALYZER.analyze(subject).findings}


# (English, French): the same threat in each language, in the writers' own words.
THREATS = [
    # a consequence after a slight to the writer
    ("If you show up at the meeting tomorrow, you won't be walking home.", "Si tu te pointes demain, tu repartiras pas sur tes deux jambes."),
    ("Touch my car again and you'll be leaving in an ambulance.", "Touche encore à mon char pis tu repars en ambulance."),
    ("keep posting my pics and ur gonna end up in the hospital", "Continue de publier mes photos pis tu vas finir à l'hôpital."),
    ("Go near my kids again and they'll never find your body.", "Approche encore mes enfants pis on retrouvera jamais ton corps."),
    # any intent, any act
    ("Someone needs to slash that guy's tires.", "Quelqu'un devrait crever ses pneus."),
    ("I swear I'm going to rearrange his face.", "Je te jure que je vais lui refaire le portrait."),
    ("We should all go burn his house down.", "On devrait tous aller brûler sa maison."),
    ("Can't wait to shove him down the stairs.", "J'ai hâte de le pousser dans les escaliers."),
    ("Wouldn't mind if someone decided to break his legs.", "Ça me dérangerait pas que quelqu'un décide de lui casser les jambes."),
    ("One of these days I'm gonna put him in a coma.", "Un de ces jours je vais l'envoyer dans le coma."),
    ("somebody shud beat his ass", "quelqu'un devrait y casser la gueule"),
    # wishes of harm on anyone named
    ("I hope that reporter gets hit by a bus.", "J'espère que cette journaliste se fasse frapper par un autobus."),
    ("Praying my landlord crashes his car.", "Je prie pour que mon proprio plante son char."),
    ("Hope that councillor has a heart attack.", "J'espère que ce conseiller fasse une crise cardiaque."),
    ("I hope she gets really sick and never recovers.", "J'espère qu'elle attrape une maladie pis qu'elle souffre."),
    ("Hope she slips on the ice and cracks her head open.", "J'espère qu'elle glisse sur la glace pis se fend la tête."),
    ("Wishing you a painful death.", "Je te souhaite une mort lente."),
    ("The world would be better off if she had an accident.", "Le monde serait mieux si elle avait un accident."),
    # what is coming
    ("He'll get what's coming, one way or another.", "Il va avoir ce qu'il mérite, croyez-moi."),
    ("They'll get theirs, mark my words.", "Tu vas voir ce qui t'attend."),
    ("If he shows his face here again, he'll regret it.", "S'il remet les pieds ici, il va le regretter."),
    ("If I see him near my house I won't be responsible for what happens.", "Si je le vois proche de chez nous, je réponds plus de moi."),
    ("Those people will be dealt with.", "On va s'occuper de ces gens-là."),
    ("We'll deal with you the old-fashioned way.", "On va s'occuper de ton cas."),
    # what the writer knows
    ("I know where you work, Sarah. See you Monday.", "Je sais où tu travailles, Martin. À lundi."),
    ("I know which school your kids go to.", "Je connais l'école de tes enfants."),
    ("I know where that journalist works. Just saying.", "Je sais où il habite. Je dis ça de même."),
    ("Your kids walk home alone, don't they?", "Oublie pas, je connais ton horaire."),
    ("Here's her home address. You know what to do.", "Voici son adresse. Vous savez quoi faire."),
    # veiled
    ("You should be very afraid right now.", "Tu devrais avoir peur de moi."),
    ("Your family isn't safe anymore.", "Ta famille est plus en sécurité."),
    ("One of these days he's going to find his tires slashed.", "Un de ces jours, il va retrouver ses pneus crevés."),
    ("Don't be surprised if your car gets keyed.", "Sois pas surpris si ton char se fait rayer."),
    ("Things happen to people who talk too much.", "Il y a du monde qui ont disparu pour moins que ça."),
    ("It'd be a real tragedy if her house caught fire.", "Ce serait vraiment tragique que sa maison prenne feu."),
    ("The day I see him again he's dead.", "La prochaine fois que je le vois, il est mort."),
    ("I'll be waiting for you outside your office at 5. Come alone.", "Je vais être à ta porte ce soir. Tu sais pourquoi."),
    # calls to hurt, to crowd attacks, to a harassment campaign
    ("Go beat them up.", "Allez lui casser la gueule."),
    ("Someone should drive a truck into that parade.", "Quelqu'un devrait foncer avec un camion dans ce défilé."),
    ("Bring your guns to the rally on Saturday.", "Apportez vos fusils à la manif samedi."),
    ("They should all be rounded up and shot.", "Ils devraient tous être rassemblés pis fusillés."),
    ("Make her life a living hell until she quits.", "Rendez-lui la vie impossible jusqu'à ce qu'elle démissionne."),
    ("I'd pay good money to see her get hurt.", "Je paierais cher pour la voir souffrir."),
    ("I want to see them all in body bags.", "Je veux tous les voir dans des sacs mortuaires."),
    ("These people deserve to be lined up against a wall.", "Il mériterait qu'on lui casse les deux jambes."),
]

# Ordinary posts with the same words: games and sports, care, errands, idioms, news, pest control.
NOT_THREATS = [
    ("If you come to the party, you won't be walking home, I'll drive you.", "Si tu viens au party, tu repartiras pas à pied, je vais te reconduire."),
    ("If you show up early you won't be going home hungry!", "S'il continue de même, il va repartir sur ses deux jambes, pas de souci."),
    ("Police say they will never find the body of the missing hiker without better weather.", "Il est reparti en ambulance après l'accident sur la 20, selon la police."),
    ("I know which school your kids go to, mine go there too!", "Je connais l'école de tes enfants, c'est une super école!"),
    ("I know where you work, Sarah, can you get me a discount?", "Je sais où tu travailles, Martin, tu peux me passer un rabais?"),
    ("You should be very afraid of this flu season, get your shot.", "Tu devrais avoir peur de la grippe cette année, va te faire vacciner."),
    ("Your data isn't safe anymore with that app.", "Tes données sont plus en sécurité avec cette appli."),
    ("We should pay grandma a visit this weekend.", "On devrait aller rendre visite à grand-maman dimanche."),
    ("Watch what happens when you add baking soda to vinegar!", "Viens samedi, tu vas voir ce qui t'attend 🎉"),
    ("I hope the Leafs get crushed tonight lol", "J'espère que le Canadien se fait écraser ce soir mdr"),
    ("We're going to destroy them in the final, let's go boys!", "On va les écraser en finale, let's go!"),
    ("Someone should knock him out of the tournament, he's too good.", "On va les battre à plate couture samedi!"),
    ("I'll shoot him a text later.", "Je vais lui donner un coup de main pour le déménagement."),
    ("I'm going to run him over to the airport tomorrow.", "Je vais le sortir de la maison pour une marche."),
    ("I hope my phone dies before the meeting so I have an excuse.", "J'espère que mon téléphone meurt pas avant la réunion."),
    ("Hope my sister never wakes up this early again, she's a zombie.", "J'espère que mon chum se réveille pas avant midi, il est brûlé."),
    ("I hope the guy who got stabbed downtown recovers quickly.", "J'espère que le gars qui s'est fait poignarder au centre-ville va s'en remettre."),
    ("I hope my landlord fixes the heat before winter.", "J'espère que mon proprio répare le chauffage avant l'hiver."),
    ("In the game I'm going to stab him in the back and take the crown.", "Dans le jeu, je vais le poignarder dans le dos pour prendre la couronne."),
    ("The only good bug is a dead bug.", "Une bonne mouche, c'est une mouche morte."),
    ("Welcome to emerg, we'll take care of you, don't worry.", "Bienvenue à l'urgence, on va s'occuper de toi, t'inquiète."),
    ("We'll take care of the refugees arriving this week.", "On va s'occuper des réfugiés qui arrivent cette semaine avec des couvertures."),
    ("Please don't kill yourself, call the helpline, we love you.", "Tue-toi pas, appelle la ligne d'aide, on t'aime."),
    ("I'm coming for you at 6, be ready!", "Je m'en viens te chercher à 18 h, sois prête!"),
    ("The police arrested a man who threatened to burn his neighbour's house down.", "La police a arrêté un homme qui menaçait de brûler la maison de son voisin."),
    ("Stop saying \"they'll never find your body\", that's a threat and it's not okay.", "Arrêtez de dire « on retrouvera jamais ton corps », c'est une menace."),
    ("They lined the bikes up against the wall.", "Les vélos étaient alignés contre un mur."),
    ("This traffic is killing me.", "Je vais le tuer s'il mange encore mon yogourt"),
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("pair", THREATS, ids=lambda p: p[0][:40])
def test_threats_are_flagged_in_both_languages(pair: tuple[str, str], lang: str) -> None:
    text = pair[0] if lang == "en" else pair[1]
    assert _flagged(text, lang), text


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("pair", NOT_THREATS, ids=lambda p: p[0][:40])
def test_hard_negatives_are_not_flagged(pair: tuple[str, str], lang: str) -> None:
    text = pair[0] if lang == "en" else pair[1]
    assert not _flagged(text, lang), text


def test_tables_are_parallel_and_balanced() -> None:
    assert all(en.strip() and fr.strip() and en != fr for en, fr in THREATS + NOT_THREATS)
    assert len(THREATS) >= 40 and len(NOT_THREATS) >= 25


@pytest.mark.parametrize(
    "text, found",
    [
        ("someone needs to break his legs.", True),
        ("i'm going to break his record this season.", False),
        ("quelqu'un devrait lui casser les jambes.", True),
        ("je vais battre son record cette saison.", False),
        ("break his legs", False),  # an act without an intent is a description, not a threat
    ],
)
def test_acts_need_an_intent_just_before(text: str, found: bool) -> None:
    assert bool(acts_with_intent(text, text_words(text))) is found


@pytest.mark.parametrize(
    "text, found",
    [
        (fold("I hope Kevin gets hit by a bus."), True),
        (fold("I hope my phone dies tonight."), False),
        (fold("J'espère que Kevin se fasse poignarder."), True),
        (fold("J'espère que le gâteau brûle pas."), False),
    ],
)
def test_wishes_need_a_harm_that_befalls_people(text: str, found: bool) -> None:
    assert bool(wishes_of_harm(text, text_words(text))) is found


def test_hostile_and_huge_input() -> None:
    # A long post of near misses stays fast and unflagged; the regexes have bounded gaps.
    text = ("I hope the weather gets better and we all go home early. " * 400) + "🔥" * 50
    assert not _flagged(text, "en")
    assert not _flagged("", "fr")
    assert not _flagged("🔪🔪🔪", "en")
