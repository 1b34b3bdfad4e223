"""Which insults of a post are aimed at a person (DIS005), in English and French.

Aimed: addressed ("you clown", "@pat idiot", « t'es qu'un cave »), said of someone ("he's a
moron", « c'est un abruti »), pointed at ("this idiot", « ce con »), called out after a word that
turns to someone ("shut up clown", « ta gueule le cave »), named with contempt (« maudit cave »,
« sale con », "fucking moron"), or the French vocative « espèce de ... » with any noun
(« espèce de gauchiste », but not « une espèce de poisson »).

Not aimed: the poster themself (« jsuis qu'une idiote »), a thing, a pet or a fictional
character ("this printer is a piece of shit", « mon chat est un petit con », « le méchant du
film est un salaud »), a denial ("you're not stupid"), a word quoted or countered, colleagues
(workplace criticism, reported by WRK001).
"""

from __future__ import annotations

from footprint.rules.base import negated
from footprint.rules.discrimination_context import (
    _aimed,
    _as_noun,
    _countered,
    _self_reference,
)
from footprint.rules.discrimination_text import _COPULA, _FIRST_PERSON, _PERSON, _Match, _Text

# Insults at these people are workplace criticism (WRK001 reports them), not counted twice here.
_WORKPLACE_TARGETS = frozenset({
    "manager", "managers", "boss", "bosses", "supervisor", "supervisors", "colleague", "colleagues",
    "coworker", "coworkers", "co", "workers", "director", "dg", "adm", "management", "employer",
    "gestionnaire", "gestionnaires", "patron", "patronne", "patrons", "superviseur", "superviseure",
    "collegue", "collegues", "directeur", "directrice", "direction", "employeur", "chef", "equipe", "team",
})

# Things, pets and stories: an insult said of them is not aimed at a person.
_THINGS = frozenset({
    "printer", "computer", "laptop", "phone", "car", "truck", "bus", "train", "wifi", "app", "update",
    "software", "game", "movie", "show", "book", "song", "album", "weather", "traffic", "day", "week",
    "cat", "dog", "puppy", "kitten", "kitty", "bird", "horse", "hamster", "goat",
    "imprimante", "ordi", "ordinateur", "telephone", "cell", "cellulaire", "char", "auto", "voiture",
    "camion", "autobus", "metro", "jeu", "film", "serie", "livre", "chanson", "meteo", "journee",
    "semaine", "chat", "chaton", "chien", "chienne", "chiot", "minou", "cheval", "oiseau", "hamster",
})
_FICTION = frozenset({
    "movie", "film", "show", "series", "episode", "season", "book", "novel", "character", "villain",
    "anime", "manga", "comic", "game", "serie", "saison", "roman", "livre", "personnage", "mechant",
    "bd", "jeu", "dessin", "anime", "tele", "netflix",
})
# Insults that are also names of animals or things: named with contempt ("fucking rat") they may
# well be the animal.
_ANIMAL_INSULTS = frozenset({
    "rat", "rats", "pig", "pigs", "cow", "cows", "snake", "snakes", "worm", "maggot", "parasite", "leech",
    "cockroach", "roach", "vermin", "trash", "garbage", "scum", "porc", "chien", "cafard", "vermine",
    "ordure", "dechet", "merde", "torche", "colon", "larve", "clown", "joke", "bum",
    "worms", "maggots", "parasites", "leeches", "cockroaches", "roaches", "snakes", "porcs", "chiens",
    "cafards", "rates", "ordures", "dechets", "larves",
})
# « maudit cave », « sale con », "fucking moron": contempt right before the insult aims it.
_CONTEMPT_BEFORE = frozenset({"contempt"})
_DETERMINERS = frozenset({
    "une", "un", "l", "la", "le", "cette", "cet", "ce", "chaque", "d", "de", "des", "quelle", "quelque",
    "nouvelle", "autre", "toute", "meme", "sorte", "leur", "notre", "votre", "son", "sa", "en", "cettes",
})


def _at_work(t: _Text, m: _Match) -> bool:
    sentence = t.sentence[m.first]
    return any(
        t.words[j] in _WORKPLACE_TARGETS for j in range(max(0, m.first - 8), m.first) if t.sentence[j] == sentence
    )


def _about_a_thing(t: _Text, m: _Match) -> bool:
    """The sentence is about a thing, a pet or a story before the insult: "this printer is a
    piece of shit", « mon chat est un petit con », "the villain in that show is a psycho"."""
    sentence = t.sentence[m.first]
    for j in range(m.first - 1, max(-1, m.first - 8), -1):
        if t.sentence[j] != sentence:
            break
        word = t.words[j]
        if word in _THINGS or word in _FICTION:
            return True
        if word in _PERSON and word not in _COPULA:
            return False  # "my dog's vet is an idiot": the person is nearer
    return False


def _named_with_contempt(t: _Text, m: _Match) -> bool:
    """ « maudit cave », « sale con », « crisse de twit », "fucking moron" (not "fucking rat")."""
    if m.text in _ANIMAL_INSULTS or m.first == 0:
        return False
    before = t.ending_with(m.first - 1, "contempt")
    return before is not None and t.same_sentence(before.first, m.first) and not negated(t.folded, before.start, window=10)


def _espece_de(t: _Text) -> list[_Match]:
    """The French vocative « espèce de ... » with any noun: « pas d'amalgame, espèce de
    gauchiste » — not « une espèce de poisson » or « cette espèce d'arbre »."""
    found = []
    words = t.words
    for i, word in enumerate(words):
        if word != "espece" or i + 2 >= len(words) or words[i + 1] not in ("de", "d"):
            continue
        if i > 0 and t.same_sentence(i - 1, i) and words[i - 1] in _DETERMINERS:
            continue
        noun = i + 2
        if not words[noun].isalpha() or not t.same_sentence(i, noun):
            continue
        found.append(_Match(frozenset({"insults"}), i, noun, t.starts[i], t.ends[noun], " ".join(words[i:noun + 1])))
    return found


def aimed_insults(t: _Text) -> list[_Match]:
    """The insults and abusive phrases of `t` aimed at a person."""
    found = [
        m for m in (*t.by_kind.get("aimed_phrases", ()), *t.by_kind.get("insults_strong", ()))
        if not negated(t.folded, m.start, window=10)
        # "told to fuck off", "got to fuck off early": said of the poster, not at anyone
        and not (m.first > 0 and t.words[m.first - 1] in ("to", "de") and "aimed_phrases" in m.kinds)
    ]
    found += [
        m for m in t.by_kind.get("insults", ())
        # "these rats in my basement": an animal word needs a person it is said of ("you rat")
        if _aimed(t, m, adjective=m.text in _ANIMAL_INSULTS) or _named_with_contempt(t, m)
    ]
    found += [
        m for m in t.by_kind.get("insults_as_noun", ())
        if m not in found and _as_noun(t, m, qualify=False) and not negated(t.folded, m.start, window=12)
        and not _someone(t, m)
    ]
    found += [m for m in t.by_kind.get("insult_adjectives", ()) if _aimed(t, m, adjective=True)]
    if "espece" in t.words:
        taken = {m.first for m in found}
        found += [m for m in _espece_de(t) if m.last not in taken and not negated(t.folded, m.start, window=10)]
    return [
        m for m in found
        if not _countered(t, m) and not _at_work(t, m) and not _self_reference(t, m) and not _about_a_thing(t, m)
        and not _first_person_subject(t, m) and not _self_exclaimed(t, m)
    ]


def _self_exclaimed(t: _Text, m: _Match) -> bool:
    """ « quelle conne je suis », "what an idiot I am": said of the poster."""
    after = t.words[m.last + 1:m.last + 4]
    return after[:2] in (["je", "suis"], ["i", "am"], ["i", "m"]) or after[:1] in (["jsuis"], ["chui"], ["im"]) or after == ["que", "je", "suis"]


def _someone(t: _Text, m: _Match) -> bool:
    """ « Un imbécile à l'arrêt de bus a dit ... » opens a story about a stranger, like "some idiot
    at the bus stop": an indefinite article at the start of a sentence names nobody."""
    before = m.first - 1
    return (
        before >= 0 and t.words[before] in ("un", "une")
        and (before == 0 or not t.same_sentence(before - 1, before))
    )


def _first_person_subject(t: _Text, m: _Match) -> bool:
    """ "I'm a piece of shit", « je suis un déchet »: the poster about themself."""
    for j in range(m.first - 1, max(-1, m.first - 5), -1):
        if not t.same_sentence(j, m.first):
            return False
        if t.words[j] in _COPULA or t.words[j] in ("suis", "am", "m"):
            return j > 0 and t.words[j - 1] in _FIRST_PERSON
    return False
