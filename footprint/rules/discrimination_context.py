"""Who a word of the discrimination lexicon is aimed at, and whether it is used or only quoted.

"you idiot", "this idiot", "Pat is an idiot" aim an insult at a person; "I'm such an idiot" is
self-talk, "this printer is useless" is about a thing, "stop calling people ..." counters a word,
'he said "..."' reports it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from footprint.records import Evidence, Subject
from footprint.rules.base import evidence, negated, text_words
from footprint.rules.discrimination_text import (
    _COPULA,
    _DEMONSTRATIVE,
    _EN_CONTRACTIONS,
    _EN_FUNCTION,
    _FILLER,
    _FIRST_PERSON,
    _FR_FUNCTION,
    _LAST,
    _NON_PERSON,
    _NOUN_DETERMINERS,
    _PEOPLE_NOUNS,
    _PERSON,
    _REFLEXIVE,
    _SECOND,
    _T_VERBS,
    _language,
    _Match,
    _Text,
    analyse,
)

_GAP_KINDS = {"contempt", "intensifiers", "insult_adjectives"}


def _gap_ok(t: _Text, i: int) -> bool:
    return t.words[i] in _FILLER or t.words[i] in _COPULA or bool(t.kinds_at(i) & _GAP_KINDS)


def _second_person(t: _Text, i: int) -> bool:
    word = t.words[i]
    if word in _SECOND:
        return True
    if word == "t" and i + 1 < len(t.words) and t.words[i + 1] in _T_VERBS:
        return i == 0 or t.words[i - 1] not in _EN_CONTRACTIONS
    if word == "espece":
        return True
    if word in ("your", "yur", "tes", "tu") and i + 1 < len(t.words) and t.words[i + 1] in _ARTICLES_AFTER_BE:
        return True  # "your a moron" (you're), « tes un cave » (t'es)
    return False


_ARTICLES_AFTER_BE = frozenset({"a", "an", "such", "so", "un", "une", "vraiment", "tellement", "trop"})


def _addressed(t: _Text, first: int, window: int = 4, *, like_you: bool = True) -> bool:
    """"you idiot", "u r a moron", "t'es con", "espèce de ...", or a reply opening "@name idiot"."""
    after = t.words[first + 1:first + 3]
    if like_you and after in (["like", "you"], ["like", "u"], ["comme", "toi"], ["comme", "vous"]) and t.same_sentence(first, first + 2):
        return True  # "a skank like you"
    for j in range(first - 1, max(-1, first - 1 - window), -1):
        if _second_person(t, j) or t.is_mention(j):
            return t.same_sentence(j, first) or j == first - 1  # "@pat: idiot"
        if t.ending_with(j, "address_cues") is not None:
            return True  # "shut up clown", « ta gueule le cave », « tais-toi sale ... »
        if not t.same_sentence(j, first) or not _gap_ok(t, j):
            return False
    return False


def _pointed(t: _Text, first: int, window: int = 4) -> bool:
    """"this idiot", "what a loser", « quelle conne », « ce con »."""
    for j in range(first - 1, max(-1, first - 1 - window), -1):
        if not t.same_sentence(j, first):
            return False
        word = t.words[j]
        if word in _DEMONSTRATIVE:
            return True
        if word == "what" and j + 1 < first and t.words[j + 1] in ("a", "an"):
            return True
        if not _gap_ok(t, j):
            return False
    return False


_ARTICLES = frozenset({"a", "an", "such", "un", "une", "the"})
_BE = frozenset({"be", "being", "etre"})
# Before "be": a command or a prediction about someone ("don't be a ...", "you'll always be a ...").
_BE_LEAD = frozenset({"don", "dont", "stop", "quit", "ll", "will", "gonna", "always", "ever", "just", "t", "still"})


def _phrase_start(t: _Text, first: int) -> int:
    """Where the noun phrase ending at word `first` opens: "a vapid little whore" opens at "a"."""
    for j in range(first - 1, max(-1, first - 4), -1):
        if not t.same_sentence(j, first):
            break
        if t.words[j] in _ARTICLES:
            return j
    return first


# "you are as nasty as he is", « t'es aussi ignoble que lui »: a comparison still says it of you
_AS_MUCH = frozenset({"as", "aussi", "si"})


def _predicated(t: _Text, first: int, *, named: bool = True, second_only: bool = False) -> bool:
    """"he is a clown", "Pat is useless", « il est con », « c'est un idiot », "you're a vapid ...",
    "don't be such a ..." — not "I'm an idiot"."""
    word_index, first = first, _phrase_start(t, first)
    for c in range(first - 1, max(-1, first - 6), -1):
        if not t.same_sentence(c, first):
            return False
        word = t.words[c]
        if word in _BE:
            lead = t.words[max(0, c - 3):c]
            if lead and lead[-1] in _BE_LEAD:
                return not (_FIRST_PERSON & set(lead))
            return False
        if word in _COPULA:
            break
        if not (_gap_ok(t, c) or word in _AS_MUCH) or word in ("is", "are"):
            return False
    else:
        return False
    if c == 0 or not t.same_sentence(c - 1, c):
        return False
    subject = t.words[c - 1]
    if subject in _FIRST_PERSON or (subject == "m" and c >= 2 and t.words[c - 2] == "i"):
        return False
    if "groups" in t.kinds_at(c - 1) or "generic_groups" in t.kinds_at(c - 1):
        return False  # "immigrants are vermin" is a generalisation (DIS002), not a personal insult
    if second_only:
        return subject in _SECOND or t.is_mention(c - 1) or (subject == "t" and t.words[c] == "es")
    if subject == "c" and t.words[c] == "est":
        return c + 1 < word_index and t.words[c + 1] in ("un", "une")
    if subject == "type" and t.words[c] in ("sont", "etaient", "are", "were"):
        return False  # « tous les cocktails de ce type sont ignobles »: a kind of thing, not a guy
    if subject in _PERSON or subject in _SECOND or t.is_mention(c - 1):
        return True
    if subject == "t" and t.words[c] == "es":
        return True
    if subject in _NON_PERSON or not named:
        return False  # "Management is useless" is about a thing; adjectives need a pronoun
    if t.words[c] in ("are", "were", "sont", "etaient", "re"):
        return False  # "The Leafs are a joke": a team or a crowd, not one person
    return t.capitalised(c - 1)


def _aimed(t: _Text, m: _Match, *, adjective: bool = False, direct: bool = False) -> bool:
    """Aimed at a person: addressed, said of someone, or pointed at. With `direct`, only
    addressed ("you're autistic" as an insult; "my brother is autistic" is not one)."""
    if negated(t.folded, m.start, window=16):
        return False
    if _addressed(t, m.first, like_you=not direct):
        return True  # but "disabled people like you" names who they are
    if direct:
        return _predicated(t, m.first, named=False, second_only=True)
    if _predicated(t, m.first, named=not adjective):
        return True
    return not adjective and _pointed(t, m.first)


_SLUR_KINDS = {"slurs", "slurs_in_context", "slurs_as_noun", "insults_strong", "insults"}


_IN_GROUP = frozenset({"nigga", "niggas", "nigguh", "niggaz"})


def _qualified(t: _Text, m: _Match) -> bool:
    """An ambiguous slur used as an insult: aimed at someone, or qualified with contempt."""
    if _self_reference(t, m):
        return False
    identity_like = "identity_like" in m.kinds
    if identity_like and _aimed(t, m, direct=True):
        return True  # « t'es autiste ou quoi », "are you autistic or something"
    if m.text in _IN_GROUP:
        # "this nigga a genius", "my niggas": in-group use; only contempt makes it a slur
        kinds_before = t.kinds_at(m.first - 1) if m.first > 0 and t.same_sentence(m.first - 1, m.first) else frozenset()
        return bool(kinds_before & {"contempt"})
    if not identity_like and _aimed(t, m):
        return True
    before = m.first - 1
    if before >= 0 and t.same_sentence(before, m.first):
        kinds = t.kinds_at(before)
        if kinds & {"contempt", "intensifiers"}:
            return True
        if not identity_like and t.words[before] in ("yo", "your", "ur", "all", "them", "ass", "fuck", "fucking", "de", "d"):
            return True
        if not identity_like and kinds & _SLUR_KINDS:
            return True  # "bitch nigga hoe", "punk bitch"
    after = t.words[m.last + 1:m.last + 3]
    if after[:1] in (["ass"], ["be"]) or after == ["de", "merde"]:
        return True
    if t.folded[m.start - 1:m.start] == "#":
        return False
    if identity_like:
        # « va dormir mongol »: a sentence-final vocative, unless it describes a people.
        vocative = m.last + 1 >= len(t.words) or not t.same_sentence(m.last + 1, m.last)
        if vocative and m.text in _CALLED_BY_RACE and t.folded[max(0, m.start - 2):m.start].strip() == ",":
            return True  # "you got a problem, negro?", « des problèmes, négro ? »: a name called at someone
        return (
            vocative and "slurs_as_noun" in m.kinds and not t.capitalised(m.first)
            and (before < 0 or t.words[before] not in _PEOPLE_NOUNS | _NOUN_DETERMINERS | _COPULA)
        )
    if after and _second_person(t, m.last + 1) and t.same_sentence(m.last + 1, m.first):
        return True  # "bitch you tried it", « attardé va »
    if after[:1] and t.same_sentence(m.last + 1, m.first) and t.kinds_at(m.last + 1) & _SLUR_KINDS:
        return True
    # A vocative: "..., bitch", "Life's not fair bitch", "@user woh attardé".
    sentence_end = m.last + 1 >= len(t.words) or not t.same_sentence(m.last + 1, m.last)
    comma_before = t.folded[max(0, m.start - 2):m.start].strip() == ","
    predicate = any(w in _COPULA for w in t.words[max(0, m.first - 4):m.first])
    if (sentence_end or comma_before) and not predicate and not _idiom(t, m) and not _plural(m):
        return before < 0 or t.words[before] not in _REFLEXIVE | _COPULA | _NOT_VOCATIVE
    return False


# Names of a race that only a racist calls someone by, set off by a comma at the end of a sentence;
# in the middle of a description ("the first Negro League", « négro spiritual ») they are left alone.
_CALLED_BY_RACE = frozenset({"negro"})


# Before a sentence-final word, these make it a noun, not a name called at someone: "no bitches",
# "got hoes", "my bitch", "a bad bitch".
_NOT_VOCATIVE = frozenset({
    "a", "an", "the", "my", "his", "her", "their", "son", "mon", "ma", "sa", "no", "zero", "got", "get",
    "more", "many", "some", "any", "new", "bad", "boss", "all", "those", "these", "les", "des", "mes",
})


def _plural(m: _Match) -> bool:
    if m.text.endswith("s") and not m.text.endswith("ss"):
        return True
    # « trous du cul », « têtes de con », "pieces of shit": a compound takes the plural on its head
    first, _, rest = m.text.partition(" ")
    return rest.split(" ", 1)[0] in _COMPOUND_LINKS and first.endswith(("s", "x")) and not first.endswith("ss")


_COMPOUND_LINKS = frozenset({"de", "d", "a", "du", "au", "of"})


# "I'm that bitch", "feel like a whole new bitch", « je suis une vraie pute du shopping »: a word
# the poster says of themself is self-talk, not a slur at anyone.
_SELF_VERBS = frozenset({"m", "am", "im", "be", "feel", "feeling", "was", "suis", "sens", "etais", "been"})
# Spoken French glues the pronoun to the verb: « jsuis », « chuis », « chu » (Québec).
_GLUED_SELF = frozenset({"jsuis", "jsui", "chuis", "chui", "chu", "jme", "jetais", "jsens"})


def _self_reference(t: _Text, m: _Match) -> bool:
    for j in range(m.first - 1, max(-1, m.first - 6), -1):
        if not t.same_sentence(j, m.first):
            return False
        word = t.words[j]
        if _second_person(t, j) or t.is_mention(j):
            return False
        if word in _GLUED_SELF or (word in _SELF_VERBS and j > 0 and (t.words[j - 1] in _FIRST_PERSON or word == "im")):
            between = t.words[j + 1:m.first]
            return sum(1 for w in between if w not in _FILLER and w not in _SELF_FILLER) <= 1
    return False


_SELF_FILLER = frozenset({
    "that", "like", "whole", "new", "hot", "bad", "boss", "proper", "such", "une", "un", "gros", "grosse",
    "big", "ol", "old", "proud", "fat", "loud", "happy", "little", "vieille", "fiere", "fier", "vraie", "vrai",
    "petite", "petit", "vieilles", "vieux", "heureuses", "heureux", "fieres", "fiers",
})


# "You're a savage, OP. Well done!", "you're savage, this is hilarious": today's slang praise for
# someone bold or ruthless (from real Reddit comments read for false alarms). Aimed in hostility
# ("nobody asked your opinion, savage", "lol ok savage") it stays a slur, and always in a post that
# speaks of Indigenous peoples; "savages" about a group is read elsewhere.
_INDIGENOUS_WORDS = frozenset({
    "indian", "indians", "native", "natives", "indigenous", "aboriginal", "aboriginals", "inuit", "metis",
    "rez", "reserve", "reservation", "tribe", "tribes", "tribal", "autochtone", "autochtones", "amerindien",
    "amerindiens", "amerindienne", "premieres", "nations",
})
_SLANG_PRAISE = re.compile(
    r"(?<!\w)(?:well\s+done|well\s+played|spoken\s+like|respect|legend(?:ary)?|hilarious|goat|king|queen|icon|iconic"
    r"|love\s+(?:it|this|you|that)|proud|amazing|brilliant|genius|nailed\s+it|bien\s+jou[ée]|chapeau|bravo|trop\s+fort)(?!\w)"
    r"|[\U0001F525\U0001F44F\U0001F64C\U0001F451]"  # fire, clapping, raised hands, crown
)


def _idiom(t: _Text, m: _Match) -> bool:
    """ "bitch about", "life's a bitch", "son of a bitch": the verb and the idioms; "a savage" as
    slang praise."""
    if m.text == "savage":
        return _SLANG_PRAISE.search(t.folded) is not None and text_words(t.folded).isdisjoint(_INDIGENOUS_WORDS)
    if not m.text.startswith("bitch"):
        return False
    after = t.words[m.last + 1] if m.last + 1 < len(t.words) else ""
    before = t.words[max(0, m.first - 3):m.first]
    if after in ("about", "and", "at", "ing") or before[-3:] == ["son", "of", "a"]:
        return True
    return before[-1:] == ["a"] and not (_addressed(t, m.first) or _predicated(t, m.first))


def _as_noun(t: _Text, m: _Match, *, qualify: bool = True) -> bool:
    if "identity_like" in m.kinds and t.capitalised(m.first):
        return False  # "les Mongols", "l'Empire mongol" name a people
    before = m.first - 1
    if before < 0 or not t.same_sentence(before, m.first):
        return False
    word = t.words[before]
    if word in _REFLEXIVE:
        return False
    if word in _NOUN_DETERMINERS | {"mon", "ma"} and not (before >= 1 and t.words[before - 1] in _PEOPLE_NOUNS):
        return True
    return _qualified(t, m) if qualify else _aimed(t, m)


# « ces robots attardés », « un tweet attardé », « des terroristes attardés »: French's "retarded" as an
# adjective after its noun. « Attardé » is also "lingering": after the verb (« s'est attardé », « nous
# nous sommes attardés ») or said of people out late (« quelques passants attardés ») it is left alone.
_ADJECTIVE_SLURS = frozenset({"attarde", "attardee", "attardes", "attardees"})
_OUT_LATE = frozenset({
    "passant", "passants", "promeneur", "promeneurs", "voyageur", "voyageurs", "fetard", "fetards", "client",
    "clients", "visiteur", "visiteurs", "invite", "invites", "lecteur", "lecteurs", "spectateur", "spectateurs",
    "noctambules", "touristes", "retardataires", "pelerins", "randonneurs", "marcheurs", "oiseaux", "convives",
})
_NOT_A_NOUN = _FR_FUNCTION | _EN_FUNCTION | _COPULA | _REFLEXIVE | _FILLER | frozenset({
    "etre", "reste", "restes", "restee", "restees", "suis", "sommes", "etes", "serai", "sera", "seront", "serait",
    "si", "trop", "tres", "peu", "assez", "aussi", "plutot", "longuement", "deja", "encore", "vrmt", "tjrs",
    # adjectives that come before their noun: « l'autre attardé », « le meilleur attardé » use it as a
    # noun, which the noun reading (`_as_noun`) judges
    "autre", "meilleur", "meilleure", "pire", "gros", "grosse", "petit", "petite", "vieux", "vieille", "jeune",
    "bon", "bonne", "grand", "grande", "pauvre",
    # an old description of a child's development, not a name called at anyone
    "enfant", "enfants", "eleve", "eleves", "bebe", "fils", "fille",
})


def adjective_after_noun(t: _Text, m: _Match) -> bool:
    if m.text not in _ADJECTIVE_SLURS:
        return False
    before = m.first - 1
    if before < 0 or not t.same_sentence(before, m.first):
        return False
    word = t.words[before]
    if word in _NOT_A_NOUN or word in _OUT_LATE or len(word) < 3 or not word.isalpha() or word.endswith("ment"):
        return False
    if t.folded[m.start - 1:m.start] in ("'", "\u2019"):
        return False  # an elided pronoun before it (« s'attarde », « m'attarde »), however glued
    # a reflexive just before is the verb « s'attarder » (« ils se sont longuement attardés », « tu t'es
    # plutôt attardé »)
    return not any(
        t.words[k] in _REFLEXIVE or t.words[k] == "t" for k in range(max(0, before - 3), before) if t.same_sentence(k, before)
    )


# -- quoting and countering ----------------------------------------------------------------------


def _innocent(t: _Text, m: _Match) -> bool:
    """Inside a fixed expression with an innocent meaning ("spic and span", « raton laveur »)."""
    return any(i.first <= m.first and m.last <= i.last for i in t.by_kind.get("innocent", ()))


def _countered(t: _Text, m: _Match, *, speech: bool = False) -> bool:
    """The sentence reports or counters the words instead of using them. With `speech`, a claim
    after someone else's saying verb is theirs ("stop saying that X are ...", « tu as dit que
    ... »); a slur after "he said" is still typed by the poster, so slurs do not ask for it."""
    if _innocent(t, m):
        return True
    sentence = t.sentence[m.first]
    for cue in t.by_kind.get("countering", ()):
        if t.sentence[cue.first] == sentence and not (cue.first <= m.first <= cue.last):
            return True
    return (
        _quoted(t, m) or (speech and _reported_speech(t, m)) or _verdict(t) or _rebutted(t, m)
        or _named_by_someone(t, m) or _mocked(t, m) or _who_says(t, m, speech)
        or (speech and (_not_implied(t, m) or _claim_denied(t, m) or _disowned_before(t, m)))
    )


# The claim made the subject of its own denial: "X are ... is not true / was never a fact",
# "X are ... - not true", "X steal jobs, except they don't", « les X sont ... n'est pas vrai »,
# « ... : faux ». "X are ... is not racist" defends the claim and stays.
_CLAIM_DENIED = re.compile(
    r"[\w\s'-]{0,48}?(?:\b(?:is|was)\s+(?:(?:simply|just|still|frankly|absolutely|definitely|obviously|clearly)\s+)?(?:not|never)"
    r"|\b(?:has|have)\s+never\s+been|\b(?:hasn'?t|haven'?t)\s+(?:ever\s+)?been|\bn'?a\s+jamais\s+ete"
    r"|\b(?:isn'?t|wasn'?t)|\bn'?(?:est|etait)\s+(?:(?:tout\s+)?(?:simplement|absolument|clairement|franchement)\s+)?(?:pas|jamais)|\s*[-\u2013\u2014:]\s*(?:not\s+true|false|untrue|wrong|nope|no|a\s+lie"
    r"|a\s+myth|faux|pas\s+vrai|un\s+mensonge|un\s+mythe|non))\b"
    r"(?!\s+(?:racist|racism|hate|hateful|bigoted|bigotry|sexist|xenophobic|islamophobic|homophobic|transphobic|a\s+crime"
    r"|illegal|raciste|haineux|sexiste|xenophobe|islamophobe|homophobe|un\s+crime))"
    r"|[\w\s'-]{0,48}?,\s*(?:except|but|sauf\s+que|mais)\s+(?:they|it|he|she|ils|elles|c'?est)\s+"
    r"(?:don'?t|doesn'?t|aren'?t|isn'?t|didn'?t|won'?t|can'?t|never|ne|n'?|pas|faux)"
)


# "X are ... and other lies", « ... et autres mensonges », "a threat to nobody", « une menace pour
# personne »: listed among lies, or held against no one.
_CLAIM_LISTED = re.compile(
    r"[\w\s'-]{0,48}?(?:\b(?:and|et)\s+(?:other|similar|all\s+the\s+other|autres|d'?autres|toutes\s+ces|tous\s+ces)\s+"
    r"(?:lies|myths|nonsense|garbage|bullshit|tropes|stereotypes|fantasies|crap|mensonges|mythes|niaiseries|conneries"
    r"|cliches|prejuges|stereotypes|fantasmes|foutaises)"
    r"|\b(?:to|for)\s+(?:no\s+one|nobody|noone)|\b(?:pour|a)\s+personne"
    # "... is a claim with no evidence behind it", « ... est une idée sans aucun fondement »
    r"|\b(?:with|has|had|have)\s+(?:no|zero)\s+(?:evidence|basis|proof|data|support|grounding|foundation)"
    r"|\bwithout\s+(?:any\s+)?(?:evidence|basis|proof|data)|\bsans\s+(?:aucune?\s+)?(?:preuve|fondement|donnee|base)s?"
    r"|\baucune?\s+(?:preuve|fondement|base|donnee)"
    # "... is one of the oldest lies in Europe", "... is a line politicians use", « ... est un des plus
    # vieux mensonges », « ... c'est une ligne que les politiciens utilisent »
    r"|\b(?:is|was)\s+one\s+of\s+the\s+(?:\w+\s+){0,2}?(?:lies|myths|tropes|smears|conspiracy\s+theories|canards)"
    r"|\b(?:is|was)\s+(?:a|the)\s+line\s+(?:[\w'-]+\s+){0,2}?(?:use|uses|used|push|pushes|pushed|repeat|repeats)"
    r"|\b(?:est|c'?est)\s+(?:un|une)\s+des\s+(?:\w+\s+){0,2}?(?:mensonges|mythes|cliches|prejuges|theories\s+du\s+complot)"
    r"|\b(?:est|c'?est)\s+une\s+ligne\s+(?:que|qu)"
    # the claim, then who says it and what they know: "X are all the same is something people say
    # when they've never met one", "..., say people who never left town", "... - said by people
    # who've never been there", "... only to people who don't know any", « ..., c'est ce que disent
    # les gens qui ... », « ..., disent des gens qui ... », « ... - dit par des gens qui ... »,
    # « ... seulement pour ceux qui ... »
    r"|(?:(?:,\s*|\s*[\u2013\u2014-]\s*)(?:is\s+|was\s+)?|\s+(?:is|was)\s+)(?:something|what)\s+(?:[\w'-]+\s+){0,2}?(?:people|they|bigots|racists|folks|some|many|men)"
    r"\s+(?:say|says|said|think|believe|tell|repeat)"
    r"|,\s*(?:say|says|said)\s+(?:people|someone|somebody|folks|those|men|guys|the\s+(?:guys?|men|people)|a\s+(?:guy|man))\s+(?:who|that)"
    r"|(?:,\s*|\s*[\u2013\u2014-]\s*)said\s+by\s+(?:people|someone|somebody|folks|those|men|guys|a|an|the)"
    r"|\s+only\s+to\s+(?:people|those|folks|someone|anyone|men|guys)\s+who"
    r"|,?\s*c'?est\s+(?:ce|quelque\s+chose)\s+(?:que|qu)\s*(?:[\w'-]+\s+){0,3}?(?:disent|dit|pensent|croient|racontent|repetent)"
    r"|,\s*(?:disent|dit|pensent)\s+(?:des|les|ceux|celles|certains|un|une|le|la)\s+(?:[\w'-]+\s+){0,2}?(?:qui|qu)"
    r"|(?:,\s*|\s*[\u2013\u2014-]\s*)dit\s+par\s+(?:des|les|ceux|un|une|quelqu)"
    r"|\s+(?:seulement|juste)\s+pour\s+(?:ceux|celles|les\s+gens|des\s+gens|quelqu)"
    # "X are ..., said no one who ...", « ..., dit personne qui ... » (a slur so mocked is still typed:
    # this reads claims about a group only)
    r"|,\s*said\s+(?:no\s+one|nobody|noone)|,\s*(?:a\s+)?dit\s+personne"
    # the claim as the subject of a verdict or of who said it: "X are ... is the kind of garbage I
    # block", "... is the new blood libel", "... is what my uncle said", « ... c'est le genre de
    # niaiseries que je bloque », « ... est le nouveau mythe », « ... c'est ce que mon oncle a dit »
    r"|\b(?:is|was)\s+(?:the\s+(?:kind|sort|type)\s+of\s+(?:garbage|crap|nonsense|bullshit|hate|trash|bigotry|lie|thing)"
    r"|the\s+new\s+(?:blood\s+libel|lie|myth|racism|dog\s*whistle|propaganda)"
    r"|what\s+(?:my|his|her|their|a|an|the|some|that|this)\s+(?:[\w'-]+\s+){0,2}?(?:said|says|thinks|believes|yelled|wrote|posted|screamed))"
    r"|\b(?:est|c'?est)\s+(?:le\s+genre\s+de\s+(?:niaiseries|conneries|merde|dechets|haine|mensonge|propagande)"
    r"|le\s+nouveau\s+(?:mythe|mensonge|racisme|sifflet|libelle)"
    r"|ce\s+que\s+(?:mon|ma|mes|son|sa|un|une|le|la|ce|cette)\s+(?:[\w'-]+\s+){0,2}?(?:a\s+dit|dit|disait|pense|croit|a\s+ecrit|criait|a\s+crie)))\b"
)


def _claim_denied(t: _Text, m: _Match) -> bool:
    hi = t.sentence_spans[t.sentence[m.first]][1]
    if _CLAIM_LISTED.match(t.folded, m.end, hi) is not None:
        return True
    found = _CLAIM_DENIED.match(t.folded, m.end, hi)
    # "X are ... and that is not going to change": a new subject opens between claim and denial
    return found is not None and _NEW_SUBJECT.isdisjoint(t.folded[m.end:found.end()].split()[:-2])


_NEW_SUBJECT = frozenset({"and", "that", "which", "this", "it", "but", "who", "et", "ca", "cela", "qui", "mais"})


# "One crime doesn't mean immigrants are ...", "no evidence shows X are ...", « ça veut pas dire que
# les X sont ... », « rien ne prouve que ... »: the claim is what the poster says does not follow.
_NOT_IMPLIED = re.compile(
    r"\b(?:(?:doesn'?t|does\s+not|don'?t|do\s+not|didn'?t|won'?t|can'?t|cannot|never)\s+(?:\w+\s+)?"
    r"|(?:no|nothing)\s+(?:\w+\s+)?)(?:mean|means|make|makes|prove|proves|show|shows|imply|implies|justify|justifies)"
    r"|\b(?:veut|veulent|voulait)\s+(?:pas|jamais)\s+dire|\bne\s+(?:prouve|montre|signifie|justifie)\s+pas"
    r"|\b(?:prouve|montre|signifie|justifie)\s+pas|\brien\s+ne\s+(?:prouve|montre|justifie)"
)


def _not_implied(t: _Text, m: _Match) -> bool:
    lo = t.sentence_spans[t.sentence[m.first]][0]
    if m.start - lo < 12:
        return False
    return _NOT_IMPLIED.search(t.folded, lo, m.start) is not None


# "Who still says women are ...?", « Qui dit encore que les femmes sont ... ? », "don't tell me
# X are ...", « me dis pas que les X sont ... »: a question about who would say it, or a claim
# refused before it is made.
_WHO_SAYS = re.compile(
    r"[\s\W]*(?:(?:who|qui)\s+(?:\w+\s+){0,2}?(?:says?|said|thinks?|believes?|claims?|decided|told\s+you|taught\s+you"
    r"|dit|disent|pense|pensent|croit|croient|decide|t'?a\s+dit|t'?a\s+appris)"
    r"|(?:don'?t|do\s+not|never)\s+tell\s+(?:me|us)|(?:ne\s+)?(?:me|nous)\s+dis\s+pas|dis[\s-]+moi\s+pas"
    r"|(?:viens|venez)\s+pas\s+me\s+dire)\b"
)


def _who_says(t: _Text, m: _Match, speech: bool) -> bool:
    """With `speech` (a claim about a group), also "don't tell me ...": a slur after it is still
    the poster's ("don't tell me to smile, b...")."""
    lo, hi = t.sentence_spans[t.sentence[m.first]]
    found = _WHO_SAYS.match(t.folded, lo)
    if found is None or found.end() > m.start:
        return False
    if found.group(0).lstrip(" \t\n\"'«»-*").startswith(("who", "qui")):
        return "?" in t.folded[m.end:hi + 1]
    return speech


# A claim the poster mocks: "Oh sure, because all X are ..., right?", « Ah oui, parce que tous les
# X sont ..., c'est ça? », "As if X were ...", « Comme si les X étaient ... ».
_MOCKING_OPENER = re.compile(
    r"[\s\W]*(?:(?:oh|ah|ahh|yeah|yes|sure|right|totally|of\s+course|ben|bien\s+sur|mais|oui|ouais|c'?est\s+sur)[\s,.!]+){1,3}"
    r"(?:because|cause|cuz|coz|since|parce\s+qu|vu\s+qu|puisqu)"
)
_AS_IF = re.compile(r"[\s\W]*(?:(?:oh|yeah|ah|ouais)[\s,]+)?(?:as\s+if|comme\s+si)\b")
_TAG_QUESTION = re.compile(r"\b(?:right|riight|riiight|amirite|c'?est\s+ca|hein|han|obviously|evidemment)\s*\?")


def _mocked(t: _Text, m: _Match) -> bool:
    lo, hi = t.sentence_spans[t.sentence[m.first]]
    if _AS_IF.match(t.folded, lo) is not None:
        return True
    return _MOCKING_OPENER.match(t.folded, lo) is not None and _TAG_QUESTION.search(t.folded, m.end) is not None


# A short claim asked back and answered: '"Go back to your country"? This IS my country.',
# « Tous les expulser ? Non. », "Muslims are vermin? Said nobody decent ever."
_REBUTTAL = re.compile(
    r"\s*(?:no|nope|nah|non|wrong|faux|never|jamais|said\s+(?:nobody|no\s+one)|dit\s+personne|personne\s+ne"
    r"|aucune?\s+personne|nobody|this\s+is\s+(?:my|our)|c'?est\s+(?:mon|ma|notre|chez\s+moi)"
    # answered with a mocking "sure, if ..." or pinned on whoever said it: "That's what the guy's
    # sign said", « C'est ce que disait la pancarte »
    r"|(?:sure|yeah|only|oui|bien\s+sur|seulement)\s*,?\s+(?:if|si)|that'?s\s+what\s+(?:[\w']+\s+){0,4}?(?:said|says|wrote|yelled|read)"
    r"|c'?est\s+ce\s+que\s+(?:[\w']+\s+){0,4}?(?:disait|dit|a\s+dit|a\s+ecrit|criait|hurlait)"
    # disbelief, or the claim sent to those it insults: "Really?", "Tell that to the doctors who ...",
    # « Sérieux? », « Va dire ça aux infirmières ... »
    r"|really|seriously|for\s+real|(?:go\s+|try\s+)?tell(?:ing)?\s+that\s+to|serieux|serieusement|vraiment"
    r"|(?:va|allez)\s+dire\s+ca|dis\s+ca\s+a|dites\s+ca\s+a"
    # mocked or answered with what the poster knows: "Where, exactly?", "That's your solution?",
    # "My parents worked three jobs", "They've been here since 1871", « Où ça? », « C'est ça ta
    # solution? », « Mes parents avaient trois jobs », « Ils sont ici depuis 1871 »
    r"|where,?\s+exactly|where\s+to|go\s+where|that'?s\s+your\s+(?:solution|answer|plan|take|argument)"
    r"|ou,?\s+exactement|ou\s+ca|c'?est\s+ca\s+(?:ta|votre)\s+(?:solution|reponse|plan|argument)"
    r"|(?:my|mes|mon|ma)\s+(?:parents|mom|mother|dad|father|grandparents|grandma|grandpa|family|neighbours|neighbors"
    r"|nurse|doctor|mere|pere|grands-parents|grand-mere|grand-pere|famille|voisins|voisines|infirmiere|medecin)"
    r"|they'?ve\s+been\s+here|they\s+(?:were|was)\s+born|ils\s+sont\s+(?:ici|nes|nees)|elles\s+sont\s+(?:ici|nees)"
    # "Go back where you came from? We're Mi'kmaq.", « Retourne chez vous? On est Innus. »
    r"|(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:from\s+here|born\s+here|indigenous|first\s+nations|metis|inuit|mi'?kmaq|cree|ojibwe"
    r"|mohawk|anishinaabe|innu|canadian|the\s+first)"
    r"|(?:on\s+est|nous\s+sommes|je\s+suis|j'?suis|chu)\s+(?:d'?ici|nee?s?\s+ici|autochtones?|des\s+premieres\s+nations|metis|inuits?"
    r"|micmacs?|mi'?kmaq|cris?|mohawks?|innus?|canadiens?|canadiennes?))\b"
)


def _rebutted(t: _Text, m: _Match) -> bool:
    sentence = t.sentence[m.first]
    spans = t.sentence_spans
    lo, hi = spans[sentence]
    if t.folded[lo:hi].lstrip().startswith('"'):
        # quoted whole, then answered: '"X are ..." No.', « « Les X sont ... » Non. »
        close = t.folded.find('"', m.end)
        if close > 0 and len(t.folded[lo:close].split()) <= 12 and _REBUTTAL.match(t.folded, close + 1) is not None:
            return True
    if sentence + 1 >= len(spans) or "?" not in t.folded[hi:hi + 3]:
        return False
    if len(t.folded[lo:m.start].split()) > 4 or len(t.folded[lo:hi].split()) > 12:
        return False  # the claim must open a short question, not sit inside a longer one
    return _REBUTTAL.match(t.folded, spans[sentence + 1][0], spans[sentence + 1][1]) is not None


# "If you think women are inferior, unfollow me", « imagine croire que les juifs contrôlent ... »:
# a slogan the poster disowns.
_DISOWNING = re.compile(
    r"\b(?:if\s+you\s+(?:think|believe)|imagine\s+(?:believing|thinking)|si\s+(?:tu|vous)\s+(?:penses?|pensez|crois|croyez)"
    r"|imaginez?\s+(?:croire|penser)"
    # "I refuse to accept that ...", « je refuse de croire que ... »
    r"|refuse\s+to\s+(?:accept|believe|pretend)|refuse\s+(?:d'?accepter|de\s+croire|de\s+penser)"
    # "if you came here to post that ...", « si t'es venu écrire que ... »: the poster sends it away
    r"|if\s+you(?:'re|\s+are)?\s+(?:here|came|come)\s+(?:here\s+)?to\s+(?:post|say|tell|argue|claim|spread)"
    r"|si\s+(?:t'?es|tu\s+es|vous\s+etes)\s+venue?s?\s+(?:ici\s+)?(?:pour\s+)?(?:ecrire|dire|poster|pretendre|repandre))\b"
)


# A sentence that opens on the act of saying it: "Yelling go back to your country at a child ...",
# « Scander "dehors les ..." devant une mosquée, ... ».
_SAYING_ACT = re.compile(
    r"\s*(?:yelling|shouting|screaming|chanting|saying|telling|writing|posting|tweeting|painting|spraying|spray-painting"
    r"|crier|hurler|scander|gueuler|dire|ecrire|taguer|afficher|lancer|balancer|traiter)\b"
)


# Another sentence of the post judges the slogan: "Remigration. That's ethnic cleansing with a
# new name, and it's racist.", « ... Honte à ceux qui relaient ça. »
_JUDGING = frozenset({
    "racist", "racism", "bigot", "bigots", "bigotry", "hateful", "xenophobic", "xenophobia", "fascist", "fascists",
    "supremacist", "supremacists", "propaganda", "conspiracy", "disgusting", "shameful", "shame",
    "raciste", "racistes", "racisme", "haineux", "haineuse", "xenophobe", "xenophobie", "fasciste", "fascistes",
    "supremaciste", "supremacistes", "propagande", "complot", "complotiste", "degueulasse", "honteux", "honteuse",
    "honte", "ignoble",
})
_OWNING = re.compile(r"\b(?:call\s+me|calls\s+me|traitez[\s-]+moi|traite[\s-]+moi|me\s+traiter|i\s+don'?t\s+care|je\s+m'?en\s+fous|proud|fier|fiere|so\s+what|et\s+alors)\b")


def _judged_elsewhere(t: _Text, m: _Match) -> bool:
    if _JUDGING.isdisjoint(t.words):
        return False
    sentence = t.sentence[m.first]
    return any(
        t.sentence[i] != sentence and w in _JUDGING for i, w in enumerate(t.words)
    ) and _OWNING.search(t.folded) is None


def opened_by_saying(t: _Text, m: _Match) -> bool:
    """The sentence opens on the act of saying what follows: "Writing that women are all ... says a
    lot about you", « Écrire que les femmes sont toutes des ... en dit long »."""
    lo = t.sentence_spans[t.sentence[m.first]][0]
    first = next((j for j in range(m.first, -1, -1) if t.starts[j] < lo), -1) + 1
    return first < m.first and t.words[first] in _OPENING_ACTS and t.words[first + 1:first + 2] in (["that"], ["que"], ["qu"])


def _disowned_before(t: _Text, m: _Match) -> bool:
    lo = t.sentence_spans[t.sentence[m.first]][0]
    return _DISOWNING.search(t.folded, lo, m.start) is not None


def disowned(t: _Text, m: _Match) -> bool:
    lo = t.sentence_spans[t.sentence[m.first]][0]
    if _DISOWNING.search(t.folded, lo, m.start) is not None:
        return True
    if len(t.folded[lo:m.start].split()) <= 2 and _SAYING_ACT.match(t.folded, lo) is not None:
        return True
    return _judged_elsewhere(t, m)


# "Someone called my sister a dyke", « quelqu'un a traité ma sœur de gouine », "kids at school
# call my son a ...", "my grandpa used to call them ...", "you don't get to call my sister a ...",
# « des commentaires qui la traitent de ... »: what someone else called a person, reported;
# "calling his classmate a ... is not ok", « traiter quelqu'un de ..., c'est ... »: the act judged.
_CALLED_BEFORE = re.compile(
    r"\b(?P<who>someone|somebody|some\s+\w+|a\s+(?:grown\s+|random\s+|drunk\s+|old\s+|young\s+)?\w+|he|she|they|quelqu'?un|un\s+\w+|une\s+\w+|il|elle|ils|elles"
    r"|you|tu|vous|who|kids|boys|girls|guys|men|teens|people|strangers|classmates|trolls|(?:my|his|her|our|des|les)\s+\w+"
    r"|qui(?:\s+(?:la|le|les|me|m'|te|t'|nous|vous|l'))?)(?:\s+(?:at|in|from|on|a|au|de|du|dans)\s+(?:the\s+|l'|la\s+)?\w+)?\s+"
    r"(?:(?:has|had|just|a|ont|avait|m'?a|l'?a|t'?a|nous\s+a|les\s+a|used\s+to|still|always|(?:don'?t|dont)\s+get\s+to)\s+)*"
    r"(?:call|calls|called|trait[ea]\w*)\s+(?:[\w'-]+\s+){0,3}(?:an?\s+|de\s+|d')?$"
)
_JUDGED_ACT = re.compile(r"\b(?:calling|traiter)\s+(?:[\w'-]+\s+){0,3}(?:an?\s+|de\s+|d')?$")
# ... then what the act is or does: "calling migrants an invasion is ... / gets people killed / fuels
# hate", « traiter les migrants d'envahisseurs, c'est ... / mène à la violence »
_JUDGED_AFTER = re.compile(
    r"\s*(?:[\w'-]+\s+){0,2}?,?\s*(?:ca\s+|cela\s+|it\s+|that\s+)?(?:is|isn'?t|was|wasn'?t|c'?est|est|n'?est|gets|got|makes|made|leads|led|fuels|feeds"
    r"|mene|menent|alimente|alimentent|tue|tuent)\b"
)


# The act of calling someone the word, forbidden or judged before it is named: "don't ever call my
# kid a ...", "it's not okay to call your sister a ...", "you can disagree without calling people
# ...", « arrête de la traiter de ... », « sans traiter le monde de ... », « traite plus jamais mon
# enfant d'... », « c'est pas correct de traiter ... ». "I'm going to call her a ..." stays the poster's.
_CALL_REFUSED = re.compile(
    r"(?:\b(?:don'?t|dont|do\s+not|never|stop|quit|without|(?:ok|okay|cool|fine|acceptable|alright|right|wrong|normal)\s+to)"
    r"\s+(?:you\s+)?(?:ever\s+|again\s+)?(?:call|calling)"
    r"|\b(?:arrete|arretez|arretes|cesse|cessez|sans|jamais|correct|normal|ok|acceptable|correcte)\s+(?:de\s+|d')?"
    r"(?:(?:la|le|les|l'|me|m'|te|t'|nous|vous)\s*)?trait\w*"
    r"|\btrait\w*\s+(?:pus|plus|pas|jamais)(?:\s+jamais)?)"
    # the one called, then the word: no second article in between ("don't call me a ... you ...")
    r"\s+(?:an?\s+)?(?:(?!(?:an?|de)\s|d')[\w'-]+\s+){0,3}(?:an?\s+|de\s+|d')?$"
)


def _named_by_someone(t: _Text, m: _Match) -> bool:
    lo = t.sentence_spans[t.sentence[m.first]][0]
    before = t.folded[max(lo, m.start - 60):m.start]
    if _CALLED_BEFORE.search(before) or _CALL_REFUSED.search(before):
        return True
    return _JUDGED_ACT.search(before) is not None and _JUDGED_AFTER.match(t.folded, m.end) is not None


def _verdict(t: _Text) -> bool:
    found = t.derived.get("verdict")
    if found is None:
        words = set(t.words)
        found = t.derived["verdict"] = (
            not _VERDICT_WORDS.isdisjoint(words) and _VERDICT.search(t.folded) is not None
        )
    return bool(found)


# A verdict needs one of these words; the expression runs only then.
_VERDICT_WORDS = frozenset({
    "hate", "hateful", "racist", "racism", "bigotry", "bigoted", "xenophobic", "xenophobia", "islamophobic",
    "islamophobia", "homophobic", "homophobia", "transphobic", "transphobia", "antisemitic", "antisemitism",
    "sexist", "sexism", "misogyny", "misogynistic", "ableist", "discrimination", "haine", "haineux", "raciste",
    "racisme", "xenophobe", "xenophobie", "islamophobe", "islamophobie", "homophobe", "homophobie", "transphobe",
    "antisemite", "antisemitisme", "sexiste", "sexisme", "misogyne", "capacitiste", "discriminatoire", "ignoble",
    "degueulasse", "ashamed", "honte", "shame", "mythe", "myth", "cliche", "prejuge", "stereotype", "lie",
    "mensonge", "faux", "false", "untrue", "say", "claim", "insist", "believe", "nobody", "nonsense", "bullshit",
    "fantasy", "trope", "propaganda", "disent", "pretendent", "affirment", "personne", "fantasme", "propagande",
    "cliche", "prejuge", "according", "selon", "says", "dit", "chant", "yell", "scream", "shout", "scandent",
    "crient", "hurlent",
})


# The poster's verdict on what they report: "Someone told my friend ... That's hate, full stop.",
# « ... C'est de la haine. », "people who say ... should be ashamed". Someone who means the words
# does not call them racist.
_VERDICT = re.compile(
    r"\b(?:that'?s|that\s+is|this\s+is|thats|it'?s|c'?est|ca\s+c'?est|cest)\s+(?:just\s+|pure\s+|plain\s+|straight\s+up\s+|tout\s+simplement\s+|juste\s+|du\s+|de\s+la\s+)?"
    r"(?:hate|hateful|racist|racism|bigotry|bigoted|xenophobic|xenophobia|islamophobic|islamophobia|homophobic|homophobia"
    r"|transphobic|transphobia|antisemitic|antisemitism|sexist|sexism|misogyny|misogynistic|ableist|discrimination"
    r"|haine|haineux|raciste|racisme|xenophobe|xenophobie|islamophobe|islamophobie|homophobe|homophobie|transphobe"
    r"|antisemite|antisemitisme|sexiste|sexisme|misogyne|capacitiste|discriminatoire|ignoble|degueulasse)\b(?!\s*\?)"
    r"|\b(?:c'?est|is|are)\s+(?:un\s+|une\s+|a\s+|an\s+)?(?:racist\s+|sexist\s+|homophobic\s+|vieux\s+|old\s+)?(?:mythe|myth|cliche|prejuge|stereotype|lie|mensonge)\b"
    # the claim, then who makes it or what it is: "X steal jobs, they say, but ...", "... is a racist
    # trope", "... said no one ever", "... is what they want you to believe", « ... disent-ils »
    r"|,\s*(?:they|people|some|trolls|politicians|racists|bigots)\s+(?:say|claim|insist|keep\s+saying|tell\s+us|chant|yell|scream|shout)\b"
    # "..., according to the guy in my comments", "..., says a man who ...", « ..., selon le gars »
    r"|,\s*(?:according\s+to|selon|says\s+(?:a|an|the|some|my|this|that)|dit\s+(?:un|une|le|la|mon|ma|ce|cette))\b"
    r"|\b(?:scandent|crient|hurlent)[\s-]+(?:ils|elles)\b"
    r"|\b(?:is|are)\s+(?:just\s+|only\s+)?(?:a\s+|an\s+|the\s+)?(?:racist\s+|tired\s+|old\s+|far-right\s+)?(?:nonsense|bullshit|fantasy|trope|propaganda|talking\s+point)\b"
    r"|\bsaid\s+(?:no\s+one|nobody)\b|\b(?:what\s+)?they\s+want\s+you\s+to\s+(?:believe|think)\b"
    r"|\best\s+(?:un|une)\s+(?:mensonge|mythe|fantasme|cliche|prejuge|propagande)\b|\b(?:disent|pretendent|affirment|racontent)[\s-]+(?:ils|elles|certains|les\s+racistes)\b"
    r"|\bpersonne\s+(?:n'?a\s+jamais\s+dit|ne\s+dit\s+ca)\b|\bc'?est\s+(?:de\s+la\s+)?propagande\b"
    # "Immigrants steal jobs? Myth.", "... - a lie", « ... : un mythe »
    r"|(?:[-\u2013\u2014:]\s*|^|[.?!]\s+)(?:a\s+|un\s+|une\s+|total\s+|complete\s+|pure\s+)?(?:myth|lie|mythe|mensonge)\b(?!\s+(?:down|to\s+me))"
    # "..., that's false", « ..., c'est faux » (not « c'est pas faux », which agrees)
    r"|\b(?:that'?s|that\s+is|thats|it'?s|c'?est|cest|ce\s+qui\s+est)\s+(?:(?:totally|completely|simply|just|tout\s+simplement|completement|totalement)\s+)?(?:false|untrue|faux|not\s+true)\b"
    r"|\b(?:should|ought\s+to)\s+be\s+ashamed\s+of\s+(?:themselves|yourselves|yourself)|\bdevrai(?:en)?t\s+avoir\s+honte\b|\bshame\s+on\s+(?:them|those|anyone|everyone|people|whoever)\b"
    r"|\bhonte\s+a\s+(?:eux|vous|ceux|celles|lui|elle)\b"
)


def _quoted(t: _Text, m: _Match) -> bool:
    """Inside quotation marks (« » and curly quotes fold to '"'), with words of the poster's own
    around the quotation: 'If you say "...", you are a bigot', « des choses comme "..." ».
    A post that is only a quotation is judged on its words."""
    text = t.folded
    if text.count('"', 0, m.start) % 2 == 0:
        return False
    close = text.find('"', m.end)
    if close < 0:
        return False
    open_ = text.rfind('"', 0, m.start)
    if _OWN_THOUGHT.search(text, max(0, open_ - 48), open_):
        return False  # « je me suis dit : "..." », 'I thought to myself "..."': the poster's own words
    outside = text[:open_] + " " + text[close + 1:]
    if sum(1 for w in outside.split() if any(c.isalpha() for c in w)) < 2:
        return False
    if "reporting" in t.by_kind or "countering" in t.by_kind:
        return True
    return any((w in _SAY and w not in _SAY_THAT) or w in _CONDEMN for w in t.words)


# A quotation opened by the poster's own thought or speech to themself.
_OWN_THOUGHT = re.compile(
    r"\b(?:i\s+(?:just\s+)?(?:thought|think|said|say|told|tell)\s+(?:to\s+)?myself|i\s+thought|i\s+was\s+like|my\s+first\s+thought\s+was"
    r"|(?:je|j')\s*me\s+(?:suis\s+dit|disais|dis)|j'?ai\s+pense|je\s+pensais|ma\s+premiere\s+pensee)\b[\s:,-]*$"
)


# Words that condemn what a quotation says ('"..." is bigoted', « des propos haineux »).
_CONDEMN = frozenset({
    "bigot", "bigots", "bigoted", "bigotry", "hateful", "racist", "racism", "sexist", "homophobic",
    "transphobic", "ableist", "misogynist", "misogynistic", "islamophobic", "antisemitic", "xenophobic",
    "report", "reported", "reporting", "unacceptable", "disgraceful", "shameful", "comment", "comments",
    "stuff", "things", "sectaire", "sectaires", "haineux", "haineuse", "haineuses", "raciste", "racistes",
    "sexiste", "homophobe", "homophobes", "transphobe", "islamophobe", "antisemite", "xenophobe",
    "signaler", "signalerai", "signale", "inacceptable", "honteux", "honteuse", "commentaire",
    "commentaires", "propos", "choses", "type", "jail", "prison", "wishing", "banned", "suspended",
    # a rebuttal right after the quotation ('"..." - it's 2024, grow up', « grandis un peu »)
    "grow", "grandis", "grandissez", "yikes",
    # a slogan quoted to reject it ('"Go back to your country" is not an argument', « "Dehors les
    # migrants" : un slogan d'extrême droite », 'chanted "..."', « tagué "..." sur la mosquée »)
    "not", "never", "wrong", "lie", "lies", "rhetoric", "propaganda", "supremacist", "supremacists", "fascist",
    "fascists", "nazi", "nazis", "neo", "slogan", "slogans", "chant", "chants", "chanted", "chanting", "graffiti",
    "spray", "painted", "sign", "signs", "poster", "posters", "flyer", "flyers", "reject", "denounce", "condemn",
    "pas", "jamais", "faux", "mensonge", "propagande", "rhetorique", "supremaciste", "supremacistes", "fasciste",
    "fascistes", "scande", "scandent", "scandaient", "tag", "tague", "taguee", "tagues", "affiche", "affiches",
    "tract", "tracts", "rejette", "rejetons", "denonce", "denoncons", "condamne", "condamnons", "honte",
    "arrested", "charged", "tweeting", "posting", "ban", "bannir", "banni", "suspendu", "arrete",
    # a quotation judged as someone's take or argument, or read out from the replies ('"..." is
    # such a lazy take', « "...", quel argument paresseux », 'the replies: "...", "..."')
    "argument", "arguments", "logic", "logique", "raisonnement", "replies", "reply",
    "reponses", "pretending", "semblant",
    # statements or stuff like '"..."' and what they do: 'statements like "..." are deeply hurtful',
    # « des déclarations telles que "..." sont blessantes », « des trucs comme "..." »
    "statement", "statements", "remarks", "remark", "hurtful", "declaration", "declarations", "expression",
    "expressions", "trucs", "remarques", "blessant", "blessante", "blessants", "blessantes",
    # carved or held up by someone, then reported: 'someone keyed "..." into my car', « une pancarte »
    "keyed", "carved", "scratched", "grave", "gravee", "pancarte", "pancartes", "plainte",
    # 'the "..." crowd': the people who say it; 'enough with the "..." nonsense'
    "crowd", "crowds", "nonsense", "niaiseries", "conneries", "foutaises",
    # heard and had enough of: 'nobody should have to hear "..."', 'enough with "..."', « assez
    # avec les "..." », « entendre "..." », « la gang des "..." »
    "hear", "heard", "enough", "entendre", "entendu", "entendue", "assez", "gang",
})


# Saying verbs: what follows them in the sentence is someone's words, unless the speaker is the
# poster ("stop saying that ...", « tu as dit que ... », but not "I always say ...").
_SAY = frozenset({
    "say", "says", "said", "saying", "tell", "told", "tells", "telling", "yelled", "yelling", "shouted",
    # "some guy insisted that ...", "my coworker keeps spouting that ...", « il insistait que ... »
    "insist", "insists", "insisted", "insisting", "spout", "spouts", "spouted", "spouting",
    "insiste", "insistait", "insistent",
    "shouting", "crient", "crie", "criait", "criaient", "crier", "lance", "lancent", "hurled",
    # beliefs held by others: "people still think ...", « si tu penses que ... », « l'idée que ... »
    "think", "thinks", "thinking", "believe", "believes", "believing", "believed", "idea", "myth", "pense", "penses",
    "croyait", "croyaient", "pensait", "pensaient",
    # "people acting like X are ...", « des gens qui agissent comme si ... »
    "acting", "acts", "agissent", "agit", "agissant",
    "pensent", "penser", "croire", "croit", "crois", "croient", "idee", "mythe", "prejuge", "cliche", "claim", "claims", "claimed", "claiming", "tweeted", "wrote",
    "dire", "dit", "dis", "dites", "disent", "disait", "disaient", "dise", "disiez", "pretendre",
    "pretend", "pretendent", "pretendu", "affirmer", "affirme", "affirment", "ecrit", "ecrire",
    "raconte", "racontent", "entend", "entendre", "entends", "hearing", "write", "writes", "ecris", "ecrivez",
    "hurler", "hurle", "hurlent", "scander", "yelling", "screaming", "chanting", "writing",
    "repetait", "repete", "repetent", "repeter", "repeating", "repeats", "repeated",
    # an argument or a pretence that is someone else's: "if your argument is that ...", "stop
    # pretending that ...", « arrêtez de faire semblant que ... »
    "argument", "arguments", "pretending", "semblant",
    "muttered", "mumbled", "marmonne", "murmure", "marmonnait", "murmurait",
    # the notion, the claim, the lie, the rumour that ...: « la notion que », « le mensonge que »
    "notion", "affirmation", "mensonge", "lie", "rumour", "rumor", "rumeur", "narrative",
    # taught or described so: "teaching kids that ...", "describing migrants as ...", « décrire ... comme »
    "teaching", "taught", "describing", "described", "portraying", "depicting", "decrire", "decrit",
})
_SAY_AUX = frozenset({
    "has", "have", "had", "just", "keep", "keeps", "kept", "stop", "of", "to", "always", "people",
    "as", "a", "ont", "avez", "avait", "de", "d", "arreter", "arrete", "arretez", "toujours", "encore", "qui",
    "ose", "osez", "osent", "that", "que", "qu", "really", "honestly", "truly", "genuinely", "do", "also",
    "personally", "still", "firmly", "strongly", "sincerely", "absolutely", "totally", "fully", "vraiment", "sincerement", "honnetement", "franchement", "personnellement", "aussi",
    "encore", "bien",
    # "I don't think ...": still the poster
    "don", "t", "dont", "didn", "doesn",
    # "they'll tell you ...", "men will tell you ...": the one who will say it is further back
    "ll", "will", "would", "gonna", "d", "can", "could", "should", "must", "might", "may",
    # « ils vont te dire que ... », « je vais te dire ... »: whoever is further back speaks
    "te", "t", "vais", "vas", "va", "vont", "veux", "peux", "laisse", "laissez",
    # « je l'entends », « je l'ai toujours dit », « je lui ai dit »: the object pronoun and the auxiliary
    "l", "ai", "as", "lui", "leur",
})
# Saying verbs that report a claim only with "that" after them: "insisted that X are ...", not
# "insist how wonderful these ... are".
_SAY_THAT = frozenset({
    "insist", "insists", "insisted", "insisting", "spout", "spouts", "spouted", "spouting", "insiste", "insistait", "insistent",
})
# Acting as if a claim were true reports it only with "like" or « comme (si) » after.
_ACTING = frozenset({"acting", "acts", "agissent", "agit", "agissant"})
# Saying words that are nouns: « l' » before them is an article.
_NOUN_SAY = frozenset({
    "idee", "mythe", "prejuge", "cliche", "notion", "affirmation", "mensonge", "rumeur", "argument", "arguments",
})
# "let me tell you ...": the poster speaks
_SPEAKER_SELF = frozenset({"i", "im", "je", "j", "we", "on", "nous", "my", "our", "mon", "ma", "notre", "nos", "mes", "me", "moi"})


def _reported_speech(t: _Text, m: _Match) -> bool:
    sentence = t.sentence[m.first]
    for j in range(m.first - 1, max(-1, m.first - 12), -1):
        if t.sentence[j] != sentence:
            return False
        if t.words[j] not in _SAY:
            continue
        if (t.words[j] in _SAY_NOUNS or t.words[j] in _SAY_THAT) and t.words[j + 1] not in ("that", "que", "qu"):
            continue
        if t.words[j] in _ACTING and t.words[j + 1] not in ("like", "as", "comme"):
            continue  # "people acting like X are ...", not "these acts prove X are ..."  # "this notion proves X are ...": the notion is not the claim
        if t.words[j + 1] in ("it", "ca"):
            continue  # "say it loud, say it proud ...": a chant, not a report
        k = j - 1
        # "@pat say it loud": a reply's handles name who it is to, not who speaks
        while k >= 0 and t.sentence[k] == sentence and (t.words[k] in _SAY_AUX or t.is_mention(k)):
            if t.words[k] == "l" and t.words[j] in _NOUN_SAY:
                break  # « l'idée que ... »: an article, not « je l'ai dit »
            k -= 1
        if k < 0 or t.sentence[k] != sentence:
            # "Saying that ... shows", « Dire que ... »; but "Say that again and ..." is a dare;
            # "People say ...", « Les gens disent ... » opening the sentence report others
            return t.words[j] in _OPENING_ACTS or "people" in t.words[k + 1:j]
        if t.words[k] == "on" and t.words[j] in _IMPERSONAL_SAY:
            return True  # « on dit que ... », « on entend souvent que ... »: people say, not the poster
        return t.words[k] not in _SPEAKER_SELF
    return False


# Saying verbs that, opening a sentence, name the act ("Saying that ... shows", « Dire que ... »).
_OPENING_ACTS = frozenset({
    "saying", "dire", "claiming", "pretendre", "affirmer", "teaching", "describing", "portraying", "depicting",
    "decrire", "thinking", "believing", "penser", "croire", "writing", "ecrire", "posting", "tweeting",
})
# Nouns of _SAY that report a claim only when it follows them: "the notion that ...".
_SAY_NOUNS = frozenset({"notion", "affirmation", "mensonge", "lie", "rumour", "rumor", "rumeur", "narrative", "argument", "arguments"})
# After « on », these report what people say (« on dit que ... »), not what the poster says.
_IMPERSONAL_SAY = frozenset({"dit", "disait", "pretend", "raconte", "entend"})


def _spans(subject: Subject, matches: list[_Match]) -> tuple[Evidence, ...]:
    seen = sorted({(m.start, m.end) for m in matches})
    merged: list[tuple[int, int]] = []
    for s, e in seen:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return tuple(evidence(subject, "text", s, e) for s, e in merged)


def _text(subject: Subject, folded: Mapping[str, str]) -> _Text | None:
    value = folded.get("text")
    if not value:
        return None
    # DIS002-DIS005 ask right after DIS001 read the same string: `analyse`'s own slot test, done
    # here, spares them a call and the look-up of the original text (~0.15 us each per post).
    last_folded, last_declared, last = _LAST[0]
    declared = subject.language
    if last_folded is value and last_declared == declared and last is not None:
        return last
    return analyse(subject.fields["text"], value, declared)



# -- banter ----------------------------------------------------------------------------------------

_AFFECTION = re.compile(
    r"\b(?:love\s+(?:you|u|ya)|luv\s+(?:you|u|ya)|ily|ilysm|bestie|besties|bff|bffl|happy\s+(?:birthday|bday)|hbd"
    r"|je\s+t'?aime|jtm|bisous|bonne\s+fete|joyeux\s+anniversaire|ma\s+belle|mon\s+chum|ma\s+chum"
    r"|miss\s+(?:you|u|ya)|adore\s+(?:you|u|ya)|my\s+love|j'?t'?aime|jtaime|je\s+t'?adore|j'?t'?adore|bon\s+anniversaire"
    r"|t'?es\s+(?:le|la)\s+meilleure?|mon\s+(?:cheri|coeur|amour|chou|loup|pote|ami)|ma\s+(?:cherie|puce|pote|amie|chouette)|frerot|soeurette"
    # « tu me manques », « jte kiffe », « mon meilleur pote », « ma poule », « mon reuf », "my favourite"
    r"|tu\s+me\s+manques?|tu\s+m'?as\s+manque|j'?te\s+kiffe|je\s+te\s+kiffe|je\s+t'?kiffe|meilleure?\s+(?:pote|ami|amie)"
    r"|best\s+friend|ma\s+best|mon\s+reuf|frero|ma\s+(?:poule|biche|caille|grande)|mon\s+grand|mon\s+frere|ma\s+soeur"
    r"|(?:mon|ma|my)\s+(?:\w+\s+){0,2}(?:prefere|preferee|favorite|favourite|fav)|bon\s+anniv|joyeux\s+anniv"
    # pet names among friends and family, in France and Québec
    r"|mon\s+(?:vieux|beau|coco|lapin|poto|homme|cheum|chum|ptit|p'?tit)|ma\s+(?:vieille|cocotte|chatte\s+d'amour|reus|soeurette)"
    r"|la\s+mif|les\s+boys|ma\s+gang|bises|gros\s+bisous|xoxo|on\s+t'?aime|je\s+vous\s+aime|jvous\s+aime|love\s+sur\s+toi)\b"
    r"|[\u2764\u2665\U0001F495\U0001F496\U0001F497\U0001F498\U0001F49E\U0001F970\U0001F618\U0001F60D\U0001F917"
    r"\U0001F499\U0001F49A\U0001F49B\U0001F49C\U0001F9E1\U0001F5A4\U0001F90D\U0001F60A\U0001F619\U0001F61A]"
)
_LAUGHTER = re.compile(
    r"\b(?:lo+l+|lmf?ao+|rofl|a?(?:ha){2,}h?\w*|a+h+a+h+\w*|hehe\w*|hihi\w*|jk|mdr+|x?ptdr+|xd+|jpp+|mort\s+de\s+rire)\b"
    r"|[\U0001F602\U0001F923\U0001F61C\U0001F61D\U0001F92A\U0001F606\U0001F605\U0001F61B\U0001F92D\U0001F480\U0001F639\U0001F601"
    r"\U0001F609\U0001F643\U0001F604\U0001F603\U0001F60F\U0001F638]"
)


def affection(t: _Text) -> bool:
    """Words of love or friendship in the post: "love you, you crazy ...", « bonne fête ma ... »."""
    return bool(_AFFECTION.search(t.folded))


def banter(t: _Text) -> bool:
    """Affection or laughter: "you idiot 😂", "shut up loser lol", « t'es con mdr »."""
    return affection(t) or bool(_LAUGHTER.search(t.folded)) or bool(_FRIENDS.search(t.folded))


def friendly(t: _Text) -> bool:
    """Affection or plain friendship (plans, a hug, a joke owned up to), more than a laugh."""
    return affection(t) or bool(_FRIENDS.search(t.folded))


# Friendship said in words: « tu me fais trop rire », « viens prendre une bière », « à ce soir »,
# "you crack me up", "see you tonight", "just kidding".
_FRIENDS = re.compile(
    r"\b(?:tu\s+me\s+fais\s+(?:trop\s+|tellement\s+)?rire|t'?es\s+(?:trop\s+|tellement\s+|vraiment\s+)?drole"
    r"|viens\s+(?:prendre|boire)\s+une\s+(?:biere|bi[eè]re|broue)|a\s+(?:ce\s+soir|demain|tantot|plus\s+tard)"
    r"|je\s+(?:les|vous)\s+(?:aime|adore)|dans\s+mes\s+bras|ma\s+blague|je\s+(?:te\s+)?niaise|c'?est\s+pour\s+rire"
    r"|you\s+crack\s+me\s+up|you'?re\s+(?:so\s+|too\s+)?(?:hilarious|funny)|grab\s+a\s+(?:beer|drink|coffee)"
    r"|see\s+(?:you|ya|u)\s+(?:tonight|tomorrow|later|soon|saturday|sunday)|love\s+(?:them|y'?all|you\s+guys)"
    r"|big\s+hug|my\s+joke|just\s+kidding|only\s+joking|you'?re\s+the\s+best|congrats|congratulations|felicitations"
    r"|mon\s+chum|ma\s+chum|bravo"
    # a joke owned up to, a laugh given, plans: « je rigole », « tu m'as fait rire », « on se voit à soir »
    r"|j'?e?\s*(?:rigole|plaisante|deconne|blague)|je\s+te\s+taquine|j'?te\s+taquine|c'?est\s+une\s+blague"
    r"|(?:i'?m|im)\s+(?:just\s+)?(?:joking|kidding)|tu\s+m'?as\s+(?:fait|trop\s+fait)\s+rire|you\s+made\s+me\s+laugh"
    r"|bien\s+joue|chapeau|a\s+plus|a\s+tantot|well\s+played|nice\s+one|good\s+game|gg"
    r"|on\s+se\s+(?:voit|capte|rejoint|fait\s+un)|apero|a\s+soir|ramene\s+(?:la|les|des)\s+bieres?|grab\s+(?:the|some)\s+beers?)\b"
)


# In-group use: "as a queer woman", "me and my fellow dykes", "proud fag here", « en tant que
# gouine », « moi pis mes chums pédés », « nous les handicapés ». A member naming themself or their
# own circle reclaims the word; that is not a slur at anyone.
_CLAIMING = frozenset({"fellow", "proud", "fier", "fiere", "fiers", "fieres", "proudly"})
_PRIDE = frozenset({"proud", "proudly", "fier", "fiere", "fiers", "fieres", "assume", "assumee", "assumees", "reclaim", "reclaiming"})
# Ableist words and plain insults are nobody's to reclaim about themself.
# Every cue of `reclaimed` holds one of these words near the slur.
_RECLAIM_CUES = frozenset({
    "fellow", "proud", "proudly", "fier", "fiere", "fiers", "fieres", "assume", "assumee", "assumees", "reclaim",
    "reclaiming", "as", "tant", "est", "we", "re", "nous", "us", "my", "mes", "mis", "ma", "mon", "our", "nos",
    "call", "calls", "called", "calling", "myself", "ourselves", "me", "m", "im", "am", "suis", "jsuis", "chu",
    "chuis", "march", "marches", "pride", "night", "nights", "bar", "bars", "parade", "collective", "fest", "prom",
    "marche", "soiree", "soirees", "defile", "collectif", "fierte", "appelle",
    "party", "partys", "club", "brunch", "5a7", "two", "both", "deux", "like", "comme", "ve", "have", "ai", "moi",
    "community", "communities", "culture", "scene", "identity", "visibility", "literature", "space",
    "spaces", "communaute", "communautes", "identite", "visibilite", "litterature", "espace", "espaces",
})
_I_AM = re.compile(
    r"(?:\bi\s+m|\bi\s+am|\bim|\bje\s+suis|\bjsuis|\bchu|\bchuis|\bj\s+suis|\bwe\s+re|\bon\s+est"
    # "I've always been a ...", « j'ai toujours été une ... », « moi, une ...? »
    r"|\b(?:i\s+)?ve\s+(?:always\s+|ever\s+)?been|\bi\s+have\s+(?:always\s+)?been|\b(?:j\s+)?ai\s+(?:toujours\s+|jamais\s+)?ete|\b(?:moi|me)(?=\s+(?:une?|a|an)$))"
    r"(?:\s+(?:a|an|un|une|des|such|big|proud|fat|loud|happy|little|old|ol|grosse|gros|grosses|fiere|fier|vraie|vrai|petite|petit)){1,3}$"
)
_NOT_RECLAIMED = ("retard", "tard", "mongol", "spaz", "cunt", "twat", "attarde", "debile", "tare", "autist", "dumb", "idiot")
_OWN_CIRCLE = frozenset({
    "friends", "girls", "boys", "gang", "crew", "homies", "sisters", "brothers", "siblings", "folks",
    "chums", "amis", "amies", "soeurs", "freres", "potes", "chummes", "gars", "filles",
})
_WE = frozenset({"we", "us", "nous", "ourselves"})
_MY = frozenset({"my", "mes", "mis"})
_EVENTS = frozenset({"march", "marches", "pride", "night", "nights", "bar", "bars", "parade", "collective", "fest", "prom"})
_EVENTS_BEFORE = frozenset({"soiree", "soirees", "party", "partys", "marche", "bar", "club", "collectif", "defile", "brunch", "5a7"})
_PAIR = frozenset({"two", "both", "deux"})
_COMMUNITY = frozenset({
    "community", "communities", "culture", "scene", "identity", "visibility", "literature", "space", "spaces",
    "communaute", "communautes", "identite", "visibilite", "litterature", "espace", "espaces",
})
# English "dyke" in a French post is the community's own loanword (« soirée dyke », « les dykes du
# Plateau »): French speakers who scorn lesbians use « gouine », « goudou ». Still a slur when
# scorned: contempt before it (« sale dyke ») or said to someone (« t'es une dyke »).
_LOANED = frozenset({"dyke", "dykes"})


def _scorned(t: _Text, m: _Match) -> bool:
    """Contempt before the word, disgust or an insult in its sentence, or the word said to someone."""
    before = t.kinds_at(m.first - 1) if m.first > 0 and t.same_sentence(m.first - 1, m.first) else frozenset()
    if before & {"contempt", "intensifiers"} and t.words[m.first - 1] not in _SELF_FILLER:
        return True
    sentence = t.sentence[m.first]
    if any(t.sentence[j] == sentence and t.word_kinds[j] & _SCORN for j in t.word_kinds if j != m.first):
        return True  # « les deux dykes qui se tiennent la main, dégueulasse »
    return _aimed(t, m, direct=True)


_SCORN = frozenset({"insult_adjectives", "insults", "insults_strong", "dehumanising", "dehumanising_strong", "contempt"})


# Words lesbians have taken back as the name of their community ("the dyke scene", « la culture
# gouine »); other slurs before "culture" or "scene" mock.
_LESBIAN_WORDS = frozenset({"dyke", "dykes", "gouine", "gouines", "goudou", "goudous"})
_NAMING_ONESELF = re.compile(
    r"\b(?:call|calls|called|calling)\s+(?:myself|ourselves)\b|\bme\s+(?:traite|traiter|dis|dit|considere)\b|\bm\s+appelle\b"
    r"|\b(?:marche|marches|soiree|soirees|defile|collectif|bar|fierte)\s+(?:des|de|d)$"
)
# Plans and praise among friends: "hey bitches, who's up for karaoke?", « les gouines de mon
# équipe sont les meilleures », « soirée de filles avec les salopes du club de lecture ».
_FRIENDLY = re.compile(
    r"\b(?:brunch|karaoke|party|girls?\s+night|night\s+out|drinks|love\s+(?:you|ya|u)|tonight|this\s+weekend|road\s*trip"
    r"|je\s+vous\s+aime|je\s+t'?aime|on\s+s'?aime"
    r"|camping|book\s+club|the\s+best|my\s+fav\w*|miss\s+(?:you|u)|souper|apero|soiree|ce\s+soir|fin\s+de\s+semaine"
    r"|week-?end|on\s+sort|les\s+meilleure?s|prefere?e?s|club\s+de\s+lecture|karaoke|a\s+samedi|a\s+dimanche)\b"
)


def friendly_plural(t: _Text, m: _Match) -> bool:
    """A plural word said of or to a circle of friends with plans, praise, love or a laugh, and
    no abuse around it: reclaimed among friends, not a slur at a group."""
    if not _plural(m) or t.by_kind.get("insults_strong") or t.by_kind.get("aimed_phrases"):
        return False
    if m.first > 0 and t.words[m.first - 1] in _DEMONSTRATIVE:
        return False  # "look at these sluts lol": pointed at strangers
    if any(m.text.startswith(w) for w in _NOT_RECLAIMED) or "nazi" in m.text:
        return False
    if m.first >= 2 and "positive_attributes" in t.kinds_at(m.first - 1) and _second_person(t, m.first - 2):
        return True  # "all you beautiful ...", « à vous, belles ... »: praise of one's own circle
    return bool(_FRIENDLY.search(t.folded)) or affection(t)


def reclaimed(t: _Text, m: _Match) -> bool:
    """The poster names themself or their own circle with the word (see `_CLAIMING`)."""
    if m.text in _LOANED and _language(t.words, None) == "fr" and not _scorned(t, m):
        return True  # see _LOANED
    window = t.words[max(0, m.first - 8):m.last + 9]
    if _RECLAIM_CUES.isdisjoint(window):
        return False  # none of the words a claim needs: the common case, decided cheaply
    if any(m.text.startswith(w) for w in _NOT_RECLAIMED):
        return False  # "I'm retarded": an ableist word about oneself still demeans others
    before: list[str] = []
    for j in range(m.first - 1, max(-1, m.first - 5), -1):
        if not t.same_sentence(j, m.first) or _second_person(t, j) or t.is_mention(j):
            break
        before.append(t.words[j])
    before.reverse()
    lo, hi = max(0, m.first - 8), min(len(t.words), m.last + 9)
    if _CLAIMING & set(before[-2:]) or (not _PRIDE.isdisjoint(t.words[lo:hi]) and any(
        t.words[k] in _PRIDE and t.same_sentence(k, m.first) for k in range(lo, hi)
    )):
        return True  # "my fellow dykes", "I'm a dyke and I'm proud", « pédé fier »
    joined = " ".join(before)
    if _I_AM.search(joined):
        return True  # "I'm a dyke", « chu une grosse gouine »
    if re.search(r"(?:\bas\s+an?|\ben\s+tant\s+qu[e']?|\bon\s+est\s+(?:des|de)|\bwe\s+(?:re|are)|\bnous\s+(?:les|autres|sommes)|\bus)(?:\s+\w+)?$", joined):
        return True
    # "brunch with my bitches", « mes salopes préférées », « ma gang de tapettes »
    if _plural(m) and before and (before[-1] in _MY or (len(before) >= 2 and before[-2] in _MY and before[-1] not in _FILLER)):
        return True
    # "Dyke March", « la marche des gouines », "I call myself a ...", "Being a big ol' dyke ..."
    if t.words[m.last + 1:m.last + 2] and t.words[m.last + 1] in _EVENTS and t.same_sentence(m.last, m.last + 1):
        return True
    # French puts the event first: « soirée dyke au bar », « party gouine samedi »; a community or
    # a culture named by the word: "the dyke community", « la culture dyke »
    if before and (before[-1] in _EVENTS_BEFORE or (before[-1] in _COMMUNITY and m.text in _LESBIAN_WORDS)):
        return True
    after = t.words[m.last + 1:m.last + 3]
    if after[:1] and after[0] in _COMMUNITY and m.text in _LESBIAN_WORDS and t.same_sentence(m.last, m.last + 1):
        return True  # not "... culture" after other slurs, which mocks
    if after in (["like", "me"], ["like", "us"], ["comme", "moi"], ["comme", "nous"]):
        return True  # "a dyke like me", « une dyke comme moi »
    # the poster and a partner or friend as a pair: "me and my wife, two happy dykes", « ma blonde
    # pis moi, deux gouines heureuses »
    lead = len(before) - 1
    while lead > 0 and before[lead] in _SELF_FILLER:
        lead -= 1  # "two happy old ...", « deux vieilles ... »
    if lead >= 0 and before[lead] in _PAIR and any(w in _FIRST_PERSON or w in _WE or w in ("me", "moi") for w in t.words[max(0, m.first - 8):m.first]):
        return True
    if _NAMING_ONESELF.search(joined):
        return True
    if re.search(r"\b(?:ma|mon|my|our|notre)\s+(?:gang|bande|crew|squad|groupe)\s+(?:de|d|of)$", joined):
        return True
    return any(
        w in _OWN_CIRCLE and i > 0 and before[i - 1] in ("my", "our", "mes", "nos")
        for i, w in enumerate(before)
    ) and any(w in _FIRST_PERSON or w in _WE or w in ("me", "moi") for w in t.words[max(0, m.first - 8):m.first])
