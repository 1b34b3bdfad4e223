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

import re

from footprint.rules.base import negated
from footprint.rules.discrimination_context import (
    _aimed,
    _as_noun,
    _countered,
    _plural,
    _second_person,
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
    # an act or a remark: « une idée de con », « un move de cave », « ta question est débile »
    "idee", "move", "reflexe", "question", "commentaire", "decision", "erreur", "blague",
})
# After the word, these make it an adjective of an act or a remark: "a scumbag move", "a dickhead
# thing to say", "a dumbass example", "what a jerk move".
_ACTS_AFTER = frozenset({
    "move", "moves", "thing", "things", "example", "idea", "ideas", "question", "comment", "take", "decision",
    "behaviour", "behavior", "mistake", "plan", "joke", "stunt", "tweet", "post",
})
_FICTION = frozenset({
    "movie", "film", "show", "series", "episode", "season", "book", "novel", "character", "villain",
    "anime", "manga", "comic", "game", "serie", "saison", "roman", "livre", "personnage", "mechant",
    "bd", "jeu", "dessin", "anime", "tele", "netflix",
})
_PARTS = frozenset({"character", "characters", "villain", "role", "roles", "personnage", "personnages", "mechant"})
_ROLES = frozenset({"villain", "role", "roles", "mechant"})
_STORIES = _FICTION | frozenset({"play", "piece", "musical", "opera", "story", "histoire", "sitcom", "novel", "script", "scene"})
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
        if _second_person(t, j):
            return False  # « c'est un move de cave pis t'es un cave »: the reader is nearer
        if word in _THINGS or word in _FICTION:
            return True
        if word in _PERSON and word not in _COPULA:
            return False  # "my dog's vet is an idiot": the person is nearer
    # "that hypocrite character in the play", "the idiot villain of the show": a part, not a person
    after = [w for k, w in enumerate(t.words[m.last + 1:m.last + 7], m.last + 1) if t.same_sentence(m.last, k)]
    if not after or after[0] not in _PARTS:
        return False
    # "a rotten character" may be said of a real person: the story must be named after it
    return after[0] in _ROLES or not _STORIES.isdisjoint(after[1:])


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
        # "told to fuck off", "got to fuck off early", "it takes skill to just shut the fuck up and
        # listen": said of the poster or of anyone, not at someone
        and not (m.first > 0 and "aimed_phrases" in m.kinds and (
            t.words[m.first - 1] in ("to", "de")
            or (m.first > 1 and t.words[m.first - 1] in ("just", "simply", "juste") and t.words[m.first - 2] in ("to", "de"))
        ))
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
    found += [m for m in (*t.by_kind.get("insults", ()), *t.by_kind.get("insults_as_noun", ())) if m not in found and _bare_retort(t, m)]
    if "espece" in t.words:
        taken = {m.first for m in found}
        found += [m for m in _espece_de(t) if m.last not in taken and not negated(t.folded, m.start, window=10)]
    found = [m for m in found if not ("aimed_phrases" in m.kinds and _not_meant(t, m))]
    return [
        m for m in found
        # a plural insult is a claim about a group: after someone else's saying verb it is theirs
        # ("Writing that women are all ... says more about you")
        if not _countered(t, m, speech=_plural(m)) and not _at_work(t, m) and not _self_reference(t, m) and not _about_a_thing(t, m)
        and not _first_person_subject(t, m) and not _self_exclaimed(t, m) and not nobody_in_particular(t, m)
        and not _not_an_insult(t, m) and not _effect_on_you(t, m) and not _guessed_kind(t, m)
        and not _bad_at(t, m)
    ]


# "a/an/some idiot": an indefinite noun names someone only when it is said of them ("you're a
# jerk", "Pat is a fool", « c'est un con »).
# Not "another": "another idiot on the road" points at one just seen.
_INDEFINITE = frozenset({"a", "an", "some", "any", "un", "une", "quelque"})
_BEFORE_ARTICLE = frozenset({"such", "quite", "just", "really", "vraiment", "juste", "not", "never", "pas", "jamais"})
_IMPERATIVE_BE = frozenset({"t", "don", "dont", "stop", "quit", "sois", "soyez", "fais", "arrete", "arretez", "arrette"})
_NOBODY_SUBJECTS = frozenset({"there", "y", "nobody", "noone", "everyone", "everybody", "anyone", "anybody"})
# "that idiots install", "because morons always ...", « si des cons ... »: a plural named in passing.
_PASSING = frozenset({
    "that", "which", "who", "when", "because", "if", "some", "many", "most", "other", "random", "only",
    "des", "certains", "certaines", "quelques", "que", "quand", "si", "parce", "plein", "beaucoup", "autres",
})
# Animal insults that are verbs before a particle: "rat out your friends", "chicken out", « se dégonfler ».
_VERB_PARTICLES = frozenset({"out", "on", "off", "around"})
_VERB_INSULTS = frozenset({"rat", "rats", "weasel", "chicken", "pig", "snake", "fink", "narc"})
# "pics or GTFO", « c'est ça ou dehors »: a dare, not a dismissal of anyone.
_DARE = frozenset({"or", "ou"})


def nobody_in_particular(t: _Text, m: _Match) -> bool:
    """The insult names nobody: an indefinite noun not said of anyone ("dogs can smell an
    asshole a mile away", "wisdom is not being a jerk about it", "there will always be a bigger
    idiot than me", « y'a toujours un con pour klaxonner »), or a plural named in passing ("a tool
    that idiots install", « si des cons veulent ça »). "You're an idiot", "Pat is a fool",
    « c'est un con », "don't be a jerk" and "this idiot" still name someone."""
    if m.text.startswith("espece"):
        return False  # « espèce de ... » is a vocative
    before = m.first - 1
    if (
        before >= 0 and t.same_sentence(before, m.first) and t.words[before] in _PASSING and _plural(m) and len(m.text) > 3
        and not _said_to_be(t, before)
    ):
        return True
    article = next(
        (j for j in range(before, max(-1, m.first - 4), -1) if t.same_sentence(j, m.first) and t.words[j] in _INDEFINITE),
        None,
    )
    if article is None:
        return False
    # Anyone named earlier in the sentence may be the one it is said of ("@pat you work there,
    # standard practice to be a liar and a jerk", « il rend hommage à ..., vraiment un débile »).
    for j in range(article - 1, max(-1, article - 24), -1):
        if not t.same_sentence(j, article):
            break
        if _second_person(t, j) or t.is_mention(j) or t.words[j] in _PERSON or t.words[j] == "what":
            return False  # "you're such a ...", "he's a ...", "what an idiot"
    c = article - 1
    while c >= 0 and t.same_sentence(c, article) and (t.words[c] in _BEFORE_ARTICLE or t.words[c].endswith(("ly", "ment"))):
        c -= 1  # "it's literally just a ...", « c'est franchement un ... »
    if c < 0 or not t.same_sentence(c, article):
        # "A jerk cut me off" names nobody; a bare "...; a self-serving jerk." describes the one
        # just spoken of or to.
        return m.last + 1 < len(t.words) and t.same_sentence(m.last + 1, m.last)
    word = t.words[c]
    if word in _IMPERATIVE_BE:
        return False  # « sois pas un con »
    if word in ("be", "etre", "being"):
        lead = c - 1
        while lead >= 0 and t.same_sentence(lead, c) and (t.words[lead] in _BEFORE_ARTICLE or t.words[lead] in ("d", "de")):
            lead -= 1
        # "don't be a jerk" is said to the reader; "to not be a jerk about it" to nobody
        return not (lead >= 0 and t.same_sentence(lead, c) and t.words[lead] in _IMPERATIVE_BE)
    if word in _COPULA:
        subject = t.words[c - 1] if c > 0 and t.same_sentence(c - 1, c) else ""
        return subject in _FIRST_PERSON or subject in _NOBODY_SUBJECTS or subject == ""
    return True  # "smell an asshole", "like an idiot", "married a jerk"


# Between the verb and « des »: « ils sont tous des ... », « c'est que des ... », « c'est juste des ... ».
_BEFORE_DES = frozenset({"tous", "toutes", "que", "qu", "juste", "rien", "vraiment", "tellement", "bien", "surtout", "tout"})


def _said_to_be(t: _Text, des: int) -> bool:
    """ « les flics sont des connards », « le gouvernement c'est des cons », « ils sont tous des ... »:
    « des » after the verb "to be" opens what someone is said to be, like "cops are assholes", not
    a plural named in passing (« si des cons veulent ça »)."""
    if t.words[des] != "des":
        return False
    j = des - 1
    while j >= 0 and t.same_sentence(j, des) and t.words[j] in _BEFORE_DES:
        j -= 1
    return j >= 0 and t.same_sentence(j, des) and t.words[j] in _COPULA


def _not_an_insult(t: _Text, m: _Match) -> bool:
    """The word is not used as an insult here: a verb ("rat out your friends"), a title
    ("in Jackass 2"), a dare ("pics or GTFO"), or an oath before a comma ("Fuck, you got me")."""
    after = m.last + 1
    if m.text in _VERB_INSULTS and after < len(t.words) and t.same_sentence(after, m.last) and t.words[after] in _VERB_PARTICLES:
        return True
    if after < len(t.words) and t.same_sentence(after, m.last) and t.words[after] in _ACTS_AFTER:
        return True  # "that was a scumbag move", "a dumbass example"
    if m.first > 0 and t.same_sentence(m.first - 1, m.first):
        if t.capitalised(m.first) and (t.words[m.first - 1] in ("in", "dans") or (after < len(t.words) and t.words[after].isdigit())):
            return True  # a film, show or game called by the word
        if t.words[m.first - 1] in _DARE and "aimed_phrases" in m.kinds:
            return True
    return m.last > m.first and any(ch in ",.;!?" for ch in t.folded[m.start:m.end])


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
        if t.words[j] in ("etre", "be"):
            # « on va essayer de pas être de parfaits ... », "we'll try not to be such ...": the
            # poster's own resolution, unless the reader is named too ("I told you not to be ...")
            lead = [t.words[k] for k in range(max(0, j - 6), j) if t.same_sentence(k, j)]
            return not _FIRST_PERSON.isdisjoint(lead) and not any(_second_person(t, k) for k in range(max(0, j - 6), j))
    return False


# A verb that makes someone so: "did it make you worthless?", "that makes you look stupid".
_CAUSING = frozenset({"make", "makes", "made", "making", "render", "renders", "rendered"})
# « ça ferait de toi une nulle »: French makes someone so with « faire de ».
_FAIRE = frozenset({"fait", "ferait", "fera", "font", "feraient", "faire", "faisait"})
# Between "you" and the word: "you feel worthless", "you look stupid", "you seem useless".
_SEEMING = frozenset({"feel", "feels", "feeling", "felt", "look", "looks", "looking", "seem", "seems", "sound", "sounds"})


def _effect_on_you(t: _Text, m: _Match) -> bool:
    """The word is what something does to the reader or how they feel, not what the poster calls
    them: "did the breakup make you feel worthless?", "socks with sandals make you look stupid",
    "would losing that job make you useless?", « ça ferait de toi une nulle? ». "You are worthless" and "you made me feel
    worthless" (said to the one who did it) stay aimed."""
    for j in range(m.first - 1, max(-1, m.first - 5), -1):
        if not t.same_sentence(j, m.first):
            return False
        if _second_person(t, j):
            between = t.words[j + 1:m.first]
            lead = t.words[max(0, j - 2):j] if t.same_sentence(max(0, j - 2), j) else []
            return (
                (bool(lead) and lead[-1] in _CAUSING) or (len(lead) == 2 and lead[1] == "de" and lead[0] in _FAIRE)
                or not _SEEMING.isdisjoint(between)
            )
    return False


# "maybe you'll be one of those weirdos": a guess about the reader's taste, in the future, hedged.
_HEDGES = frozenset({"maybe", "perhaps", "probably", "possibly", "might", "peut", "ptet", "probablement", "possiblement"})
_KIND_OF = (("one", "of", "those"), ("one", "of", "these"), ("un", "de", "ces"), ("une", "de", "ces"))


def _guessed_kind(t: _Text, m: _Match) -> bool:
    """"Some people like it, so maybe you'll be one of those weirdos", « peut-être que tu vas être
    un de ces bizarres »: a hedged guess that the reader will turn out to be one of a kind of
    people, not an insult at them. "You're one of those idiots who ..." stays aimed."""
    if not _plural(m) or m.first < 3 or tuple(t.words[m.first - 3:m.first]) not in _KIND_OF:
        return False
    sentence = t.sentence[m.first]
    before = [w for j, w in enumerate(t.words[:m.first]) if t.sentence[j] == sentence]
    return not _HEDGES.isdisjoint(before) and not _FUTURE_BE.isdisjoint(before[-6:-3])


# A future or conditional "be" before "one of those": "you'll be", "you might be", « tu vas être ».
_FUTURE_BE = frozenset({"be", "etre", "seras", "serais", "become", "devenir", "deviendras"})


# Words that rate a skill when "at" or « à » follows: "you're trash at FIFA", « t'es une merde à
# Mario Kart », "garbage at aiming". Said of the person alone they stay insults.
_RATINGS = frozenset({
    "trash", "garbage", "useless", "hopeless", "bad", "terrible", "awful", "pathetic", "noob", "scrub", "bum",
    "nul", "nulle", "poche", "pourri", "pourrie", "naze", "nase", "merde", "une merde", "minable", "cave",
})
_SKILL_AFTER = frozenset({"at", "a", "au", "aux"})


def _bad_at(t: _Text, m: _Match) -> bool:
    """A skill rated, not the person: "bro you're trash at FIFA", « t'es une merde à Mario Kart »."""
    after = m.last + 1
    return (
        m.text in _RATINGS and after < len(t.words) and t.same_sentence(after, m.last)
        and t.words[after] in _SKILL_AFTER and t.folded[t.ends[m.last]:t.starts[after]].strip() == ""
    )


# "No one wants you here more than I do!", « personne veut de toi plus que moi »: a comparison that
# welcomes; "it's not true that everyone hates you", « c'est pas vrai que tout le monde te déteste »:
# the phrase denied; "you make me sick with envy", « tu me donnes mal au cœur de jalousie »: envy.
_COMPARED_AFTER = re.compile(r"\s+(?:more\s+than|as\s+much\s+as|plus\s+que|autant\s+que)\b")
_DENIED_BEFORE = re.compile(
    r"(?:\bnot\s+true\s+that|\bisn'?t\s+true\s+that|\bit'?s\s+not\s+like|\bpas\s+vrai\s+que|\bfaux\s+que"
    r"|\bpas\s+comme\s+si)\s*$"
)
_ENVY = frozenset({"envy", "jealous", "jealousy", "envious", "jalousie", "jaloux", "jalouse", "envie"})


def _not_meant(t: _Text, m: _Match) -> bool:
    if _COMPARED_AFTER.match(t.folded, m.end) is not None:
        return True
    if _DENIED_BEFORE.search(t.folded, max(0, m.start - 30), m.start) is not None:
        return True
    sentence = t.sentence[m.first]
    return not _ENVY.isdisjoint(t.words) and any(
        t.sentence[j] == sentence and t.words[j] in _ENVY for j in range(m.last + 1, min(len(t.words), m.last + 6))
    )


def _bare_retort(t: _Text, m: _Match) -> bool:
    """A name that is a whole sentence of a reply to someone: "Doesn't fit your narrative, does it?
    Cowards.", « T'as rien compris. Bouffon. ». Not "Someone parked in the bike lane again. Idiots."
    (no one is spoken to) nor a word that names an animal or a thing ("Rats.")."""
    if m.text in _ANIMAL_INSULTS:
        return False
    lo, hi = t.sentence_spans[t.sentence[m.first]]
    if t.folded[lo:hi].strip(" \t\n.!?,;:\"'\u2026") != t.folded[m.start:m.end]:
        return False
    return any(
        (_second_person(t, j) or t.is_mention(j)) and t.sentence[j] != t.sentence[m.first] for j in range(len(t.words))
    )

