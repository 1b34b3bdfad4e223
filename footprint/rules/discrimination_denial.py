"""Denying a group rights, work, housing, entry, a vote or service (DIS003), English and French.

The shapes, each checked for a group in the match (a group of the lexicon, "those people" or a
member named by who they are):

    [group]  should not / ne devraient pas  [be allowed to, get, have the right to, vote, own ...]
        "immigrants shouldn't have the right to own property", « les X devraient pas voter »
    [I / we]  never / refuse to / don't  [hire, rent to, serve, let in]  ... [group]
        "I would never rent to an Arab family", « on n'engage pas d'Indiens ici »
    no [group] allowed / pas de [group] dans ... / interdit aux [group]
    don't give [jobs, housing, benefits] to [group] / keep [group] out of / interdire ... aux [group]

A report of the past ("women weren't allowed to vote until 1918") is not a denial: the shapes
ask for a wish, a rule or a habit in the present.
"""

from __future__ import annotations

import re
from functools import cache

# Words without which no shape can occur; the patterns run only when one is present. Words
# of every other post ("job", "right", "let", "keep", "vote") are left out: the cost of reading
# every such post outweighs the few denials that have no other word of this list.
DENIAL_TRIGGERS = frozenset({
    "allowed", "rights", "hire", "hiring", "employ", "rent", "renting", "serve",
    "serving", "jobs", "housing", "benefits", "welfare", "healthcare", "citizenship", "visas",
    "banned", "permitted", "entry", "marry", "adopt", "admit",
    "droit", "droits", "voter", "vote", "engager", "engage", "embaucher", "embauche", "louer", "louerai",
    "loue", "servir", "sers", "vendre", "interdire", "interdit", "interdits", "interdites", "interdisez",
    "acces", "emplois", "emploi", "logement", "logements", "jobs", "entrer", "entree", "accepter",
    "accepte", "marier", "adopter", "citoyennete", "aide", "aides", "soins", "admis", "bienvenus",
})

_G = r"(?:[\w'-]+\s+){0,3}?[\w'-]+"
_RIGHTS_EN = (
    r"vote|own\s+(?:property|land|a\s+home|a\s+house|guns?)|work|hold\s+office|run\s+for\s+office|teach|adopt|marry"
    r"|immigrate|come\s+in|come\s+here|enter|live\s+here|rent|buy\s+(?:a\s+)?(?:homes?|houses?|property|land)"
    r"|serve|be\s+(?:cops|police|soldiers|teachers|nurses|doctors|judges|mps|in\s+(?:government|politics|the\s+military))"
    r"|be\s+citizens|become\s+citizens|have\s+kids|have\s+children|use\s+(?:our|the)\s+(?:bathrooms?|washrooms?|pools?|hospitals?)"
)
_GET_EN = (
    r"(?:get|have|receive|be\s+given|be\s+offered|access)\s+(?:any\s+|the\s+|our\s+|free\s+)?"
    r"(?:rights?|healthcare|health\s+care|benefits|welfare|jobs?|housing|homes|visas?|citizenship|a\s+vote|the\s+vote|services?|help|aid|loans?|licen[cs]es?|passports?|pensions?|schooling|education)"
    r"|have\s+(?:the\s+)?right\s+to|be\s+(?:allowed|permitted|let)\s+(?:to|in|into|near)|be\s+hired|be\s+served"
    r"|be\s+(?:employed|housed|admitted|accepted)|vote|own\s+property"
)
_RIGHTS_FR = (
    r"voter|travailler|enseigner|adopter|se\s+marier|immigrer|entrer|venir\s+ici|vivre\s+ici|louer|acheter|posseder"
    r"|etre\s+(?:policiers|profs|enseignants|medecins|infirmieres|juges|elus|deputes|citoyens|fonctionnaires)"
    r"|avoir\s+(?:des\s+)?enfants"
)
_GET_FR = (
    r"(?:avoir|recevoir|obtenir|toucher)\s+(?:(?:le|les|des|de|d'|du|aux|un|une|acces\s+(?:a|aux|au))\s*)?"
    r"(?:droits?|soins|aides?|allocations?|jobs?|emplois?|logements?|visas?|citoyennete|passeports?|services?|pensions?|bs)"
    r"|avoir\s+(?:le\s+)?droit\s+(?:de|d'|au|aux|a)|avoir\s+acces|etre\s+(?:embauches?|engages?|servis?|loges?|admis|acceptes?)"
)


@cache
def denial_pattern() -> re.Pattern[str]:
    """Every shape of the module docstring; the caller checks that the match names a group."""
    g = _G
    gt = r"[\w'-]+(?:\s+[\w'-]+){0,5}"  # at the end of a shape: up to six words, the group among them
    parts = [
        # "immigrants shouldn't be allowed to vote", "trans people should never get healthcare"
        rf"{g}\s+(?:should|must|shall|need\s+to|ought\s+to)\s*(?:n'?t|\s+not|\s+never)\s+(?:(?:ever|even|be\s+allowed\s+to|be\s+able\s+to)\s+)*(?:{_GET_EN}|{_RIGHTS_EN})\b",
        rf"{g}\s+(?:have|has)\s+no\s+(?:business|right)\s+(?:to\s+)?(?:{_RIGHTS_EN}|being\s+\w+)\b",
        # « les X ne devraient pas avoir le droit de voter », « les X devraient pas voter »
        rf"{g}\s+(?:ne\s+|n'|n)?(?:devraient|doivent|devrait|doit)\s+(?:pas|jamais|plus)\s+(?:pouvoir\s+)?(?:{_GET_FR}|{_RIGHTS_FR})\b",
        rf"{g}\s+(?:devraient|doivent|devrait)\s+(?:etre\s+)?(?:interdite?s?|bannie?s?|exclue?s?)\s+(?:de|d'|des|du)\s*",
        # "I would never rent to an Arab family", "we don't hire X", « on n'engage pas d'X »
        rf"(?:i|we|i'd|i'll|we'll|we'd)\s*(?:would|will|'ll|'d|do|)\s*(?:n'?t|not|never|refuse\s+to|won'?t|don'?t|will\s+never|would\s+never)\s+(?:ever\s+)?(?:hire|employ|rent\s+(?:\w+\s+){{0,3}}?to|sell\s+(?:\w+\s+){{0,3}}?to|serve|let\s+(?:\w+\s+)?in|accept|admit|house|promote)\s+{gt}",
        rf"(?:je|j'|on|nous)\s*(?:ne\s+|n'|n\s+)?(?:\w+\s+)?(?:(?:refuse|refusons|refuserai)\s+(?:de|d')\s*(?:\w+\s+)?|(?:engage|engagerai|engageons|embauche|embaucherai|embauchons|loue|louerai|louerais|louons|sers|servirai|servons|vends|accepte|accepterai|prends|veux|voudrais)\s+(?:pas|jamais|plus|aucun|aucune)\s*(?:\w+\s+)?)(?:\w+\s+){{0,3}}?(?:(?:a|aux|des|de|d'|les|un|une)\s*)?{gt}",
        # "no gays allowed", « pas de gais dans mon resto », « interdit aux X »
        rf"\bno\s+{g}\s+(?:allowed|permitted|welcome|served|need\s+apply|wanted)\b",
        rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:pas\s+de|pas\s+d'|aucun|aucune)\s*{g}\s+(?:dans|chez|ici|au|a\s+mon|a\s+ma|sur|admis|accepte|acceptes|bienvenus)\b",
        rf"(?:interdit|interdite|interdits|defendu)\s+aux\s+{gt}",
        # "don't give jobs to X", "keep X out of our neighbourhood", « interdire l'entrée aux X »
        rf"(?:don'?t|do\s+not|never|stop)\s+(?:give|giving|rent|renting|sell|selling|hand|handing)\s+(?:\w+\s+){{0,2}}?(?:jobs?|housing|homes?|apartments?|benefits|welfare|visas?|citizenship|healthcare|money|aid)\s+to\s+{gt}",
        rf"keep\s+(?:the\s+|all\s+|those\s+|these\s+)?{g}\s+out\s+of\s+(?:our|my|the)\b",
        rf"(?:interdire|interdisez|refuser|refusez|bloquer|bloquez)\s+(?:l'?entree|l'?acces|le\s+droit\s+de\s+vote|le\s+vote|les\s+emplois|les\s+logements|les\s+soins)\s+(?:\w+\s+){{0,3}}?(?:aux|a\s+des|a\s+tous\s+les)\s+{gt}",
        rf"(?:pas\s+de|aucun|aucune|zero)\s+(?:jobs?|emplois?|logements?|aides?|soins|allocs?|visas?|services?|droits?)\s+pour\s+(?:les\s+|des\s+|ces\s+)?{gt}",
    ]
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in parts) + ")")


# Words that deny on their own, and common ones that deny only beside a partner ("should" +
# "not", « pas » + « devraient »): "not" or « pas » alone would have most posts about work or
# politics read in full.
_DENYING = frozenset({
    "shouldn", "shouldnt", "mustn", "never", "jamais", "barred", "ban", "banned", "exclude", "excluded", "deny",
    "business", "refuse", "interdire", "interdisons", "interdisez", "interdit", "retirer", "retirez", "refuser",
    "refusez", "refusons", "bannir", "exclure", "priver", "privez", "affaire", "won", "wont", "don", "dont",
    "aucun", "aucune", "denied", "refused", "strip", "stripped", "deserve", "lose", "perdre", "meritent",
    "prives", "privees", "exclus", "interdits", "laissez", "gardez", "doesn",
})
_DENYING_PAIRS: dict[str, frozenset[str]] = dict((
    ("not", frozenset({"should", "must", "do", "will", "would"})),
    ("pas", frozenset({
        "devrait", "devraient", "doit", "doivent", "faut", "faudrait", "veut", "veux", "voulons", "veulent",
        "peuvent", "question", "sers", "loue", "engage", "embauche", "accepte", "vends", "prends",
    })),
    ("keep", frozenset({"out"})), ("get", frozenset({"out"})), ("cut", frozenset({"off"})),
    ("no", frozenset({"way", "place", "more", "right", "entry", "service", "apply", "visas", "jobs", "housing"})), ("take", frozenset({"away"})), ("strip", frozenset({"away"})),
    ("rien", frozenset({"faire"})),
))
_PAIR_KEYS = frozenset(_DENYING_PAIRS)
_COMMON_TRIGGERS = frozenset({"right", "vote", "voting", "job", "let", "accept"})


def worth_reading(words: frozenset[str] | set[str]) -> bool:
    """A denial may be in a post with these words: a rare word of `DENIAL_TRIGGERS`, "keep ... out",
    or a common one ("right", "vote", "job") beside a word that denies."""
    if not DENIAL_TRIGGERS.isdisjoint(words):
        return True
    if _COMMON_TRIGGERS.isdisjoint(words) and _RESOURCE.isdisjoint(words):
        return False
    return not _DENYING.isdisjoint(words) or any(
        not _DENYING_PAIRS[word].isdisjoint(words) for word in _PAIR_KEYS.intersection(words)
    )


# -- denial read as a structure: a denying cue, a right or resource within a few words after it,
# -- and a group in the same sentence (checked by the caller) ---------------------------------

_CUE = re.compile(
    r"\b(?:should(?:n'?t|\s+not|\s+never)|must(?:n'?t|\s+not|\s+never)|ought\s+not|can'?t\s+be\s+allowed"
    r"|(?:don'?t|do\s+not|never|won'?t|will\s+not|wouldn'?t|would\s+never)\s+(?:ever\s+)?(?:let|allow|hire|rent|serve|sell|want|accept|admit|give|employ)"
    r"|(?:i|we)(?:'d|\s+would|'ll|\s+will)?\s+never|(?:have|has)\s+no\s+(?:business|place|right)|no\s+way|no\s+(?:more\s+)?(?:jobs|housing|visas|benefits|welfare|votes?)\s+for"
    r"|(?:take|taking|strip|stripping)\s+(?:\w+\s+){0,3}away|(?:ban|banned|bar|barred|exclude|excluded|kick|kicked|block|blocked)\s+(?:\w+\s+){0,3}from"
    r"|keep\s+(?:\w+\s+){0,3}out|refuse\s+to|deny\s+(?:\w+\s+){0,2}(?:the\s+)?(?:right|vote|access)"
    r"|(?:ne\s+|n')?(?:devrai(?:en)?t|doi(?:ven)?t|faudrait|faut|peuvent|veu[xt]|voulons|veulent)\s+(?:meme\s+)?(?:pas|jamais|plus|aucun)"
    r"|\w+(?:ais|ai|rai)\s+jamais|jamais\s+(?:je|j'|on)\b|pas\s+question|(?:ont|a)\s+(?:rien\s+a\s+faire|pas\s+d'?affaire)"
    r"|interdire|interdisons|interdisez|retirer|retirez|refuser|refusez|refusons|bannir|bannissez|exclure|excluez|priver|privez"
    r"|should\s+(?:all\s+)?be\s+(?:denied|refused|barred|banned|stripped\s+of|fired|excluded|blocked|kept\s+out)"
    r"|(?:lose|losing)\s+(?:the\s+|their\s+)?(?:right|vote|citizenship|jobs?)|\b(?:strip|deny|refuse|cut\s+off)\b"
    r"|(?:don'?t|do\s+not|doesn'?t)\s+deserve|\bno\s+(?:\w+\s+){0,2}need\s+apply|\bno\s+(?:entry|service|visas?|jobs?|housing)\s+for"
    r"|(?:keep|get)\s+(?:\w+\s+){0,3}out\s+of|don'?t\s+let\s+(?:\w+\s+){0,3}(?:into|in)\b"
    r"|devrai(?:en)?t\s+(?:tous\s+)?etre\s+(?:prives|privees|exclus|exclues|interdits|interdites|bannis|renvoyes|congedies)"
    r"|perdre\s+(?:le|leur|leurs)\s+(?:droit|droits|vote|citoyennete|emplois?|jobs?)|ne\s+meritent\s+pas|meritent\s+pas"
    r"|gardez\s+(?:\w+\s+){0,3}hors|laissez\s+pas|laissez\s+jamais"
    r"|aucune?\s+(?:emploi|job|logement|droit|aide|visa)|(?:je|j'|on|nous)\s*(?:ne\s+|n')?\w+\s+(?:pas|jamais)\s+(?:de|d'|les|aux|a|des)\b)"
)
# Rights and resources: what a denial withholds.
_RESOURCE = frozenset({
    "vote", "voting", "votes", "voter", "droit", "droits", "right", "rights", "work", "working", "travailler", "job",
    "jobs", "emploi", "emplois", "housing", "logement", "logements", "rent", "rents", "louer", "loue", "hire",
    "hiring", "embaucher", "embaucherais", "engager", "engage", "serve", "servir", "sers", "access", "acces",
    "hospitals", "hopitaux", "healthcare", "soins", "adopt", "adopter", "marry", "marier", "enter", "entrer",
    "entree", "entry", "country", "pays", "office", "politics", "politique", "club", "washrooms", "washroom",
    "bathrooms", "bathroom", "toilettes", "school", "schools", "ecole", "ecoles", "citizenship", "citoyennete",
    "benefits", "welfare", "aide", "aides", "immigrate", "immigrer", "children", "kids", "enfants", "teach",
    "enseigner", "visa", "visas", "passports", "passeport", "permits", "permis", "daycare", "garderie",
    "restaurant", "resto", "store", "shop", "depanneur", "commerce", "apartment", "appartement", "appart",
    "passe", "neighbourhood", "neighborhood", "quartier", "military", "armee", "police", "church", "eglise",
    "sell", "selling", "house", "home", "homes", "vendre", "maison", "service", "services", "apply", "entering",
    "government", "gouvernement", "rcmp", "grc", "handouts", "citizens", "citoyens", "fired", "parliament",
    "parlement", "public", "publique", "canada", "cegep", "university", "universite", "hospital", "hopital",
})
# `worth_reading` is false for a post with none of these words: one set test for the callers
# that gate many checks at once.
CUE_WORDS = DENIAL_TRIGGERS | _COMMON_TRIGGERS | _RESOURCE
# Every word `worth_reading` looks for: its answer for a post depends on these of its words only.
READ_WORDS = CUE_WORDS | _DENYING | _PAIR_KEYS | frozenset().union(*_DENYING_PAIRS.values())
# A denial cancelled or reported: double denial ("shouldn't be denied"), others' refusal
# ("landlords who refuse"), relief ("shouldn't have to wait"), fear, or a verdict of illegality.
_CANCEL = re.compile(
    r"\b(?:(?:who|that)\s+(?:refuse|refused|deny|denied|won'?t|ban|bar)|qui\s+(?:refusent|refuse|interdisent|interdit)"
    r"|(?:n'?t|not|never)\s+(?:\w+\s+)?(?:have|has)\s+to|(?:pas|jamais)\s+(?:\w+\s+)?avoir\s+a|n'?ont\s+pas\s+a|afraid|scared|fear|worry|peur|craindre|hide|cacher|wait|attendre|apologi[sz]e|justify|justifier"
    r"|illegal|illegale?|unlawful|against\s+the\s+law|contre\s+la\s+loi|discrimination|discriminatoire|discriminate|discriminer"
    r"|scandal|scandale|autant|as\s+much|so\s+much|paid\s+less|pour\s+moins|equally|based\s+on|regardless|peu\s+importe|sans\s+egard"
    r"|(?:i|we)(?:'d|\s+would|\s+will|'ll)?\s+never\s+vote\s+for|voterai[st]?\s+jamais\s+pour|(?:don'?t|never)\s+vote\s+for"
    # protection, not denial: "immigrants should not be sent home", "women shouldn't be kept out of
    # politics", "Muslims should not be fired for wearing a hijab" (round 8, with its French), « les
    # réfugiés ne devraient pas être renvoyés »
    r"|(?:should|must|shall)(?:n'?t|\s+not|\s+never)\s+be\s+(?:sent|deported|expelled|kicked|thrown|turned\s+away|kept\s+out"
    r"|pushed\s+out|driven\s+out|removed|detained|separated|locked\s+up|fired|dismissed|let\s+go|banned|barred|excluded)"
    r"|(?:devrai(?:en)?t|doi(?:ven)?t)\s+(?:pas|jamais)\s+etre\s+(?:renvoye|expulse|deporte|chasse|tenu|garde|separe|detenu|enferme"
    r"|congedie|licencie|banni|exclu|interdit)\w*)\b"
)
# "Nobody should ...", « personne ne devrait ... »: a second denial turns the first around.
_NOBODY = re.compile(r"\b(?:nobody|no\s+one|noone|personne\s+ne|personne\s+n')\b")
_DOUBLE = re.compile(r"\b(?:denied|refused|barred|excluded|banned|refuses?|refusez|privee?s?|prives|interdits?|exclus)\b")


_OWN_RIGHTS = frozenset({"rights", "right", "droits", "droit", "jobs", "emplois", "vote", "votes", "freedom", "libertes"})
_OWN = frozenset({"our", "my", "nos", "notre", "mes", "mon", "ma"})
_WORD = re.compile(r"[^\W_]+")


def denial_spans(words: list[str], sentence_of: list[int], folded: str, starts: list[int]) -> list[tuple[int, int]]:
    """Character spans of sentences where a cue of `_CUE` is followed within six words by a right
    or resource, unless `_CANCEL` holds in the sentence; the caller checks the group."""
    found: list[tuple[int, int]] = []
    n = len(words)
    i = 0
    while i < n:
        first = i
        while i + 1 < n and sentence_of[i + 1] == sentence_of[first]:
            i += 1
        last = i
        i += 1
        if _RESOURCE.isdisjoint(words[first:last + 1]):
            continue
        start, end = starts[first], starts[last] + len(words[last])
        sentence = folded[start:end]
        if _CANCEL.search(sentence):
            continue
        cues = list(_CUE.finditer(sentence))
        if len(cues) + (1 if _NOBODY.search(sentence) else 0) >= 2:
            continue  # "we won't let anyone take away the right", « ne devraient pas se voir refuser »
        for cue in cues:
            tail = _WORD.findall(sentence, cue.end())[:7]
            if tail[:1] and tail[0] in _OWN and tail[1:2] and tail[1] in _OWN_RIGHTS:
                continue  # "take away our rights": the poster's own
            if not (_RESOURCE.isdisjoint(tail) and _RESOURCE.isdisjoint(_WORD.findall(cue.group(0)))):
                if _DOUBLE.search(sentence[:cue.start()] + " " + sentence[cue.end():]) is None:
                    found.append((start, end))
                break
    return found


def cancelled(sentence: str) -> bool:
    """Others' refusal, relief, fear, illegality or a comparison (see `_CANCEL`)."""
    return _CANCEL.search(sentence) is not None


# The shapes of `denial_pattern` hold one of these words.
PATTERN_WORDS = DENIAL_TRIGGERS | _RESOURCE | _COMMON_TRIGGERS | frozenset({
    "own", "vote", "right", "allowed", "able", "apply", "welcome", "served", "wanted", "permitted", "keep",
    "voter", "droit", "acces", "pouvoir", "admis", "accepte", "acceptes", "bienvenus", "interdit", "interdite",
})
