"""Structures that single out a group of people (DIS002 generalisations, DIS003 exclusion).

The shape, in both languages:

    [group]  [gap: quantifiers, copulas, adverbs]  [predicate]
    "Immigrants are all lazy", "those people are animals", "Muslims hate us",
    « les migrants sont tous des profiteurs », « ces gens-là vivent comme des rats »,
    "... should be driven out", « ... doivent être chassés »

A group is an identity group of the lexicon ("women", "Muslims", « les immigrés »), a name that
points at people ("those people", « ces gens-là »: any degrading predicate), or a vague one
("they", « ils »: only the strongest words, since "they are animals on the ice" praises a team);
"they" counts as the identity group when the post named one before ("Refugees? They are vermin").
The group must be what the clause is about (not "violence against women is disgusting"), the
predicate must follow with only gap words between (not "are treated like criminals"), and a
negation cancels it ("immigrants are not criminals") except before praise ("X are never
intelligent", « les X ne sont jamais honnêtes »), where it is the insult.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from footprint.rules.base import negated
from footprint.rules.discrimination_text import _CALL_MARKERS, _IMPERATIVES, _Match, _Text

IDENTITY, POINTED, VAGUE = 3, 2, 1

# A group right after one of these is an object, not what the clause is about.
_PREPOSITIONS = frozenset({
    "of", "for", "against", "about", "with", "to", "towards", "toward", "by", "on", "at", "from", "among",
    "between", "than", "into", "over", "around", "protect", "protecting", "help", "helping", "support",
    "supporting", "defend", "defending", "welcome", "welcoming", "love", "loves", "like", "respect",
    "contre", "pour", "envers", "avec", "sur", "chez", "entre", "parmi", "vers", "aux", "par", "sans",
    "proteger", "aider", "soutenir", "defendre", "accueillir", "aime", "aimer", "adore", "respecter",
    "dont", "sauf", "treat", "treats", "treated", "treating", "call", "calls", "calling", "called",
    "traite", "traitent", "traiter", "appeler", "appelle", "appellent", "insult", "insulting", "insulte",
})
# One member or a part is not the whole group ("some immigrants are criminals" is not a
# generalisation about immigrants).
_PART = frozenset({
    "some", "certain", "few", "one", "a", "an", "several", "quelques", "certains", "certaines", "un",
    "une", "plusieurs", "ce", "cet", "cette", "that", "this", "my", "our", "his", "her", "mon", "ma",
    "mes", "notre", "nos", "son", "sa", "ses", "leur",
})
_LEADS = frozenset({
    "the", "all", "most", "these", "those", "les", "ces", "des", "tous", "toutes", "la", "plupart",
    "every", "single", "of", "de", "d", "l", "you", "vous", "nous", "ya", "yall", "fucking", "fuckin",
    "damn", "bloody", "sales", "foutus", "maudits",
})
_GAP = frozenset({
    "all", "always", "every", "each", "one", "of", "them", "just", "only", "really", "truly", "so", "such",
    "too", "very", "pretty", "quite", "nothing", "but", "more", "most", "the", "a", "an", "are", "is",
    "were", "was", "be", "been", "being", "become", "becoming", "seem", "seems", "look", "looks", "act",
    "like", "r", "re", "s", "ever", "still", "fucking", "fuckin", "effing", "freaking", "damn",
    "bloody", "will", "would", "can", "could", "do", "does", "they", "themselves", "you", "u", "ur",
    "gonna", "going", "to", "turning", "into", "common", "complete", "total", "utter", "absolute",
    "whole", "bunch", "lot", "lots", "pack", "basically", "inherently", "by", "nature", "ones", "should",
    "must", "need", "needs", "deserve", "deserves",
    "tous", "toutes", "tout", "toujours", "sont", "est", "etaient", "seront", "sera", "soient", "des",
    "de", "d", "du", "les", "la", "le", "l", "un", "une", "que", "qu", "ne", "n", "juste", "vraiment",
    "tellement", "trop", "si", "tres", "rien", "autre", "ca", "c", "comme", "vous", "toi", "eux", "ils",
    "elles", "y", "en", "se", "s", "me", "m", "nous", "vrais", "vraies", "vulgaires", "veritables",
    "bande", "putain", "foutus", "maudits", "osti", "criss", "tabarnak", "a", "mes", "yeux", "selon",
    "putains", "foutues", "maudites", "ostie", "esti", "estie", "crisse", "crisses", "calisse", "sacres",
    "moi", "font", "sens", "avis", "mon", "perso", "franchement", "honnetement", "really",
    "mostly", "usually", "generally", "often", "typically", "naturally", "all", "alike", "bien",
    "aussi", "assez", "ben", "mal", "pas", "sooo", "soo", "plus", "pis", "juste",
    # « de complètes pourritures », « des êtres inférieurs », "the X here are ...", « les X ici »
    "complets", "completes", "complete", "etres", "ici", "here", "over", "there",
    # « eux seuls sont capables de ... »
    "seuls", "seules",
    # French modals, like "should", "must" above: « devraient être chassés »
    "devraient", "doivent", "devrait", "doit", "peuvent", "pourraient", "vont",
    # how a group lives or behaves, before a simile ("live like animals", « vivent comme des rats »)
    "live", "lives", "living", "behave", "behaves", "vivent", "vit", "reproduisent", "reproduit",
    "multiplient", "multiplie", "comportent", "comporte", "agissent", "agit",
})
# These end the clause: what follows is about something else.
_STOP = frozenset({
    "but", "mais", "because", "parce", "car", "although", "though", "whereas", "alors", "while",
    "when", "quand", "lorsque", "if", "unless", "sauf", "except", "than", "and", "et", "or", "ou",
})
# These turn a predicate into a report of how others see the group ("are treated like ...").
_REPORTED_VIEW = frozenset({
    "treated", "called", "labelled", "labeled", "seen", "portrayed", "depicted", "described", "painted",
    "branded", "viewed", "considered", "accused", "stereotyped", "framed", "blamed", "smeared",
    "dehumanised", "dehumanized", "targeted", "attacked", "harassed", "victims", "victim",
    "traites", "traitees", "consideres", "considerees", "vus", "vues", "decrits", "decrites", "presentes",
    "qualifies", "accuses", "accusees", "stigmatises", "stigmatisees", "victimes", "cibles", "insultes",
    "assimiles", "caricatures", "depeints",
})
_NEGATORS = frozenset({
    "not", "never", "no", "aren", "isn", "don", "dont", "doesn", "didn", "won", "wont", "weren", "wasn",
    "cannot", "cant", "nor", "pas", "jamais", "aucun", "aucune", "point", "nullement", "guere",
})
_AFTER_NEGATORS = frozenset({"pas", "jamais", "guere", "nullement"})
_COORDINATION = frozenset({"and", "et", "or", "ou", "n", "nor", "ni"})
_RELATIVE = frozenset({"who", "qui", "which", "lesquels", "that"})
_PRONOUNS = frozenset({"they", "them", "em", "ils", "eux", "elles", "les"})
_PREDICATE_KINDS = frozenset({
    "dehumanising", "dehumanising_strong", "negative_verbs", "positive_attributes", "exclusion_after", "coded_verbs",
    "member_predicates",
})
# A noun said of one member (group_generalisation.toml [member_predicates]: "a terrorist", « un
# voleur ») speaks for the whole group only when the member stands for all of them: "every Muslim
# is a terrorist", « chaque Arabe est un menteur », « tout musulman est un terroriste en puissance ».
# "The black guy in the video is a thief" speaks of one man; "not every X is a ..." denies it.
_EVERY = frozenset({"every", "each", "any", "chaque", "tout", "toute"})
_MEMBER_ONLY = frozenset({"member_predicates"})


def _every_member(t: _Text, ref: Reference) -> bool:
    j = ref.match.first - 1
    if j >= 0 and t.words[j] == "single":
        j -= 1  # "every single Arab"
    if j >= 1 and t.words[j] in ("quel", "quelle") and t.words[j - 1] == "importe":
        return t.same_sentence(j, ref.match.first)  # « n'importe quel Arabe », as "any Arab"
    if j < 0 or not t.same_sentence(j, ref.match.first) or t.words[j] not in _EVERY:
        return False
    return not (j >= 1 and t.words[j - 1] in ("not", "pas", "almost", "nearly", "presque"))


def _adverb(word: str) -> bool:
    return (len(word) > 4 and word.endswith("ly")) or (len(word) > 6 and word.endswith("ment"))


@dataclass(frozen=True, slots=True)
class Reference:
    """A mention of a group and how clearly it names people."""

    match: _Match
    strength: int


def references(t: _Text) -> list[Reference]:
    """The mentions of a group that a clause can be about, strongest first per position."""
    named = [m for m in t.by_kind.get("groups", ()) if _whole_group(t, m)]
    first_named = min((m.first for m in named), default=None)
    found = [Reference(m, IDENTITY) for m in named]
    taken = {m.first for m in named}
    for m in (*t.by_kind.get("pointed_groups", ()), *t.by_kind.get("generic_groups", ())):
        if m.first in taken or not _whole_group(t, m):
            continue
        taken.add(m.first)
        if "pointed_groups" in m.kinds:
            found.append(Reference(m, POINTED))
        elif first_named is not None and m.first > first_named and m.text in _PRONOUNS:
            found.append(Reference(m, IDENTITY))  # "Refugees? They are vermin."
        else:
            found.append(Reference(m, VAGUE))
    word_set = t.derived.get("word_set")
    words: Iterable[str] = word_set if isinstance(word_set, frozenset) else t.words
    if t.by_kind.get("groups") and not _RESUMING_SUBJECTS.isdisjoint(words):
        found += _resumed(t, taken)
    return found


# « Les X ? Ce sont tous des parasites. », « J'ai croisé des X. C'est que des menteurs. », « ... Tous
# des voleurs. »: a sentence opened by « ce sont des », « c'est tous des » or « tous des » speaks of
# the group named in the sentence before, as "They are all ..." does. Not « c'est une honte » (an
# opinion of a fact), nor the cleft « c'est des terroristes qui ont fait ça » (who did it).
_RESUMING_SUBJECTS = frozenset({"c", "ce", "tous", "toutes"})
_RESUMING_VERBS = frozenset({"est", "sont", "etait", "etaient"})
_ALL_OF_THEM = frozenset({"tous", "toutes", "que", "qu", "juste", "rien"})
_PLURAL_ARTICLES = frozenset({"des", "de", "d"})


def _resumed(t: _Text, taken: set[int]) -> list[Reference]:
    found: list[Reference] = []
    sentence, words, n = t.sentence, t.words, len(t.words)
    groups = t.by_kind.get("groups", ())
    for i in range(1, n - 2):
        word = words[i]
        if word not in _RESUMING_SUBJECTS or i in taken or sentence[i - 1] == sentence[i]:
            continue
        if word in ("c", "ce"):
            if words[i + 1] not in _RESUMING_VERBS:
                continue
            j = i + 2
            while j < n and words[j] in _ALL_OF_THEM:
                j += 1
            if j >= n or words[j] not in _PLURAL_ARTICLES:
                continue
            if j == i + 2 and j + 2 < n and words[j + 2] in ("qui", "qu", "que") and sentence[j + 2] == sentence[i]:
                continue  # the cleft « c'est des X qui ... »
        elif words[i + 1] not in _PLURAL_ARTICLES:
            continue
        if not any(sentence[g.first] == sentence[i] - 1 for g in groups):
            continue  # the group must be named in the sentence just before
        found.append(Reference(_Match(frozenset({"generic_groups"}), i, i, t.starts[i], t.ends[i], word), IDENTITY))
    return found


def _whole_group(t: _Text, m: _Match) -> bool:
    """The mention is the whole group and what the clause is about, not an object or one member."""
    j = m.first - 1
    leads = 0
    while j >= 0 and t.same_sentence(j, m.first) and t.words[j] in _LEADS and leads < 3:
        if t.words[j] == "all" and j >= 1 and t.words[j - 1] == "not":
            return False  # "not all men are ..."
        j -= 1
        leads += 1
    if j < 0 or not t.same_sentence(j, m.first):
        return True
    word = t.words[j]
    if word in ("un", "une") and (j == 0 or not t.same_sentence(j - 1, j)) and t.words[m.last + 1:m.last + 2] in (["ca"], ["c"]):
        return True  # « Un Arabe, ça ment », « une femme, ça sait pas conduire »: one for all
    if word in _PART or word in _PREPOSITIONS:
        return False
    if word == "tous" and j >= 1 and t.words[j - 1] == "pas":
        return False  # « pas tous les hommes »
    return True


def _object(t: _Text, m: _Match) -> bool:
    """ "calling women trash", "violence against migrants": the group is what a verb acts on."""
    j = m.first - 1
    while j >= 0 and t.same_sentence(j, m.first) and t.words[j] in _LEADS:
        j -= 1
    return j >= 0 and t.same_sentence(j, m.first) and t.words[j] in _PREPOSITIONS


@dataclass(frozen=True, slots=True)
class Claim:
    """A group and what the clause says of it."""

    group: Reference
    predicate: _Match
    negated: bool
    relative: bool  # said of a part of the group picked out by a relative clause


def claims(t: _Text) -> list[Claim]:
    """Every predicate reachable from a group mention through gap words, in the same clause."""
    cached = t.derived.get("claims")
    if cached is not None:
        return cached  # type: ignore[return-value]
    found: list[Claim] = []
    n = len(t.words)
    for ref in references(t):
        j, denied, relative, after_predicate = ref.match.last + 1, False, False, False
        while j < n and j - ref.match.last <= 10 and t.same_sentence(j, ref.match.last):
            if after_predicate and "," in t.folded[t.ends[j - 1]:t.starts[j]]:
                break  # "X are not vermin, they are people": a new clause, its own negation
            predicate = next((m for m in t.starting.get(j, ()) if m.kinds & _PREDICATE_KINDS), None)
            if predicate is not None and predicate.kinds & _PREDICATE_KINDS == _MEMBER_ONLY and not _every_member(t, ref):
                predicate = None
            if predicate is not None:
                # French wraps the verb: « ne volent pas », spoken « volent pas les emplois »
                wrapped = predicate.last + 1 < n and t.words[predicate.last + 1] in _AFTER_NEGATORS and (
                    len(predicate.text.split()) == 1 or "ne" in t.words[max(0, j - 2):j] or "n" in t.words[max(0, j - 2):j]
                )
                found.append(Claim(ref, predicate, denied or wrapped, relative))
                j, after_predicate = predicate.last + 1, True
                continue
            word = t.words[j]
            if word in _COORDINATION and after_predicate:
                j += 1  # "lazy and dirty", "animals and vermin who ..."
                continue
            if word in _RELATIVE:
                # "women who cheat are ..." restricts the group; "vermin who should be driven
                # out" says more of it.
                relative = relative or (not after_predicate and j == ref.match.last + 1)
                j += 1
                continue
            if word == "nothing" and j + 1 < n and t.words[j + 1] in ("but", "except"):
                j += 2  # "nothing but freeloaders": only that, not a new clause
                continue
            if word in _REPORTED_VIEW or word in _STOP:
                break
            if word in _NEGATORS:
                if word == "no" and j + 1 < n and t.words[j + 1] in ("better", "different", "more"):
                    j += 2  # "no better than animals"
                    continue
                denied = True
            elif word not in _GAP and not _adverb(word):
                break
            j += 1
        if ref.strength >= POINTED:
            dislocated = _dislocated(t, ref)
            if dislocated is not None:
                found.append(dislocated)
    t.derived["claims"] = found
    return found


# Spoken French and English name the group after the claim: « c'est tous des voleurs, les X »,
# « ils sont tous pareils ces X », "they're all thieves, these X".
_AFTER_CLAIM_LEADS = frozenset({"les", "ces", "these", "those", "the", "all", "tous", "toutes"})
_RESUMING = frozenset({"c", "ca", "ils", "elles", "they", "theyre"})


def _dislocated(t: _Text, ref: Reference) -> Claim | None:
    j, leads = ref.match.first - 1, 0
    while j >= 0 and t.words[j] in _AFTER_CLAIM_LEADS and leads < 2:
        j, leads = j - 1, leads + 1
    if not leads or j < 0 or not t.same_sentence(j, ref.match.first):
        return None
    # the longest phrase ending there may hold its own subject (« qu'ils aillent se faire foutre »):
    # each predicate ending before the group is tried
    for predicate in t.ending.get(j, ()):
        if predicate.kinds & _PREDICATE_KINDS and predicate.kinds & _PREDICATE_KINDS != _MEMBER_ONLY:
            claim = _resumed_before(t, ref, predicate)
            if claim is not None:
                return claim
    return None


def _resumed_before(t: _Text, ref: Reference, predicate: _Match) -> Claim | None:
    denied = False
    for i in range(predicate.first - 1, max(-1, predicate.first - 6), -1):
        if not t.same_sentence(i, predicate.first):
            return None
        word = t.words[i]
        if word in _RESUMING:
            return Claim(ref, predicate, denied, False)
        if word in _NEGATORS:
            denied = True
        elif word not in _GAP:
            return None
    return None


# Praise said with a roll of the eyes affirms the opposite: "because Roma people are SO honest 🙄",
# « ah oui, parce que les X sont tellement honnêtes ».
_SARCASM = re.compile(
    r"\U0001F644|\U0001F612|(?<!\w)/s\b|\byeah\s+right\b|\boh\s+sure\b|\bah\s+oui\s+parce\s+que\b"
    r"|\bben\s+oui\b|\bbecause\s+(?:[\w'-]+\s+){1,3}(?:are|is)\s+(?:so|sooo?|such)\b"
    r"|\bparce\s+que\s+(?:[\w'-]+\s+){1,3}(?:sont|est)\s+(?:tellement|si)\b|\bc'?est\s+bien\s+connu\b"
)


_WELCOME = frozenset({"welcome", "welcome here", "les bienvenus", "les bienvenues"})


def _degrading(claim: Claim, sarcastic: bool = False) -> bool:
    kinds = claim.predicate.kinds
    if claim.relative:
        return False
    if sarcastic and kinds & _PREDICATE_KINDS == {"positive_attributes"}:
        # The roll of the eyes turns the sentence over: praise is the insult, denied praise
        # ("as if women are not capable 🙄") is the defence.
        return not claim.negated and claim.group.strength >= IDENTITY and claim.predicate.text not in _WELCOME
    if claim.negated:
        # Denied praise is the insult ("X are never intelligent"); denied abuse is not.
        return "positive_attributes" in kinds and claim.group.strength >= POINTED
    if "dehumanising_strong" in kinds or "coded_verbs" in kinds:
        return True
    return bool(kinds & {"dehumanising", "negative_verbs", "member_predicates"}) and claim.group.strength >= POINTED


def generalisations(t: _Text) -> list[tuple[_Match, ...]]:
    """ "Immigrants are vermin", "those people are animals", « les X sont tous des voleurs »."""
    found = claims(t)
    sarcastic = bool(found) and _SARCASM.search(t.folded) is not None
    return [(c.group.match, c.predicate) for c in found if _degrading(c, sarcastic) and not _yes_no_question(t, c)]


# "Do immigrants steal jobs?", « Est-ce que les migrants volent nos emplois ? »: a question asked,
# not a claim made ("Why are X so ...?" still claims it).
_ASKING = frozenset({"do", "does", "did", "are", "is", "can", "will", "should", "est", "que"})
_WHY = frozenset({"pourquoi", "comment", "quand", "depuis"})


def _yes_no_question(t: _Text, claim: Claim) -> bool:
    first = claim.group.match.first
    j = first - 1
    while j >= 0 and t.same_sentence(j, first) and t.words[j] in _LEADS:
        j -= 1
    if j < 0 or not t.same_sentence(j, first) or t.words[j] not in _ASKING:
        return False
    if j > 0 and t.same_sentence(j - 1, j) and t.words[j - 1] not in ("ce", "est"):
        return False  # the question word must open the sentence (« est-ce que » counts as one)
    if t.words[j] == "que" and j >= 3 and t.same_sentence(j - 3, j) and t.words[j - 3] in _WHY:
        return False  # « Pourquoi est-ce que les X sont ... ? » claims it, like "Why are X so ...?"
    end = t.sentence_spans[t.sentence[first]][1]
    return "?" in t.folded[end:end + 3]


_GROUP_LEAD = frozenset({
    "all", "the", "these", "those", "les", "ces", "des", "tous", "toutes", "every", "de", "d", "l", "single",
    "of", "them", "you", "any", "every", "la", "plupart", "each", "chaque", "tout", "toute",
    # one member standing for the group: "never trust a ...", « jamais confiance à un ... »
    "a", "an", "un", "une",
})


def _group_after(t: _Text, i: int, skip: int = 3, *, strength: int = IDENTITY) -> _Match | None:
    """A group term starting at word `i`, after at most `skip` words such as "all the", « les »."""
    for j in range(i, min(len(t.words), i + skip + 1)):
        if not t.same_sentence(j, i):
            return None
        group = t.starting_with(j, "groups")
        if group is None and strength <= POINTED:
            group = t.starting_with(j, "pointed_groups")
        if group is not None:
            return group
        if t.words[j] not in _GROUP_LEAD:
            return None
    return None


def _names_a_group(t: _Text) -> bool:
    return bool(t.by_kind.get("groups") or t.by_kind.get("pointed_groups"))


def contemptuous_naming(t: _Text) -> list[tuple[_Match, ...]]:
    """ "dirty Mexicans", « sale arabe », « arabe fainéant », "I hate Muslims", « je les déteste »."""
    found: list[tuple[_Match, ...]] = []
    for group in t.by_kind.get("groups", ()):
        contempt = t.ending_with(group.first - 1, "contempt")
        if contempt is None and group.first >= 2 and t.words[group.first - 1] in _SIZE_AGE:
            contempt = t.ending_with(group.first - 2, "contempt")  # « sale petit ... », "dirty old ..."
        if contempt is not None and t.same_sentence(contempt.first, group.first):
            if not negated(t.folded, contempt.start, window=10):
                found.append((contempt, group))
                continue
        after = t.starting_with(group.last + 1, "contempt_after")
        if after is not None and t.same_sentence(after.first, group.last) and not _object(t, group):
            if after.text == "de service" and t.words[after.last + 1:after.last + 2] and t.words[after.last + 1] in _SERVICE_NOUNS:
                continue  # « l'arabe de service client »: a job, not a token
            found.append((group, after))
    for hostile in t.by_kind.get("hostility", ()):
        if negated(t.folded, hostile.start, window=24) or _denied_after(t, hostile.last):
            continue
        if hostile.text.split()[0] in _FEELING_NOUNS and not _first_person_before(t, hostile.first):
            continue  # "the open hatred for X in our society" names someone else's hatred
        if hostile.text.split()[-1] in _MASS_ARTICLES:
            target = _collective_of(t, hostile.last + 1)
        else:
            target = _group_after(t, hostile.last + 1, strength=POINTED)
        if target is not None:
            found.append((hostile, target))
        elif _names_a_group(t) and (_PRONOUNS & set(hostile.text.split()) or _pronoun_after(t, hostile.last + 1)):
            found.append((hostile,))  # "Muslims think they are special. I hate them."
    return found


# « marre de l'immigration musulmane », « ras le bol de la présence africaine »: French names the
# group by an adjective after a collective noun where English puts it before ("Muslim immigration").
_MASS_ARTICLES = frozenset({"l", "la", "du"})
_COLLECTIVES = frozenset({
    "immigration", "presence", "communaute", "communautes", "population", "populations", "culture", "religion",
    "diaspora", "jeunesse", "racaille",
})


def _collective_of(t: _Text, i: int) -> _Match | None:
    if i + 1 >= len(t.words) or t.words[i] not in _COLLECTIVES or not t.same_sentence(i, i + 1):
        return None
    return t.starting_with(i + 1, "groups")


# Words of size or age that sit between the contempt and the group without softening it.
_SIZE_AGE = frozenset({
    "little", "lil", "fat", "old", "big", "young", "petit", "petite", "petits", "petites", "ptit", "gros", "grosse",
    "vieux", "vieille", "vieilles", "jeune", "jeunes",
})


_SERVICE_NOUNS = frozenset({
    "client", "clients", "clientele", "public", "technique", "apres", "d", "de", "du", "des", "a", "au", "aux",
})


_FEELING_NOUNS = frozenset({
    "contempt", "hatred", "no", "zero", "nothing", "mepris", "haine", "aucun", "aucune", "du", "de",
})


def _first_person_before(t: _Text, i: int) -> bool:
    return any(
        w in ("i", "im", "my", "je", "j", "mon", "ma", "moi")
        for w in t.words[max(0, i - 6):i]
    )


def _denied_after(t: _Text, last: int) -> bool:
    """ « je déteste pas les ... » (spoken French drops the « ne »)."""
    return last + 1 < len(t.words) and t.words[last + 1] in ("pas", "plus", "jamais", "point")


def _pronoun_after(t: _Text, i: int) -> bool:
    return i < len(t.words) and t.same_sentence(i, i - 1) and t.words[i] in ("them", "em", "eux")


def a_call(t: _Text, verb: _Match) -> bool:
    """ "Deport them!", "we should ban ...", « il faut expulser ... », « expulsez ... », a hashtag."""
    if t.words[verb.first] in _IMPERATIVES or t.folded[verb.start - 1:verb.start] == "#":
        return True
    if verb.first == 0 or not t.same_sentence(verb.first - 1, verb.first) or t.is_mention(verb.first - 1):
        return True
    return any(w in _CALL_MARKERS for w in t.words[max(0, verb.first - 3):verb.first])


_NOBODY_BEFORE = re.compile(r"\b(?:personne|nul|nobody|no\s*one)\s+(?:ne\s+|n')?(?:[\w']+\s+){0,2}$")


def exclusions(t: _Text) -> list[tuple[_Match, ...]]:
    """Calls to drive a group out: "deport all X", "those people should be driven out",
    « il faut les chasser », « qu'ils retournent chez eux »."""
    found: list[tuple[_Match, ...]] = []
    for verb in t.by_kind.get("exclusion_verbs", ()):
        if negated(t.folded, verb.start, window=12) or not a_call(t, verb):
            continue
        if _NOBODY_BEFORE.search(t.folded, max(0, verb.start - 32), verb.start):
            continue  # « personne ne devrait interdire aux ... », "nobody should ban ...": refused
        group = _group_after(t, verb.last + 1, strength=POINTED)
        if group is not None:
            found.append((verb, group))
        elif (_PRONOUNS & set(verb.text.split()) or _pronoun_after(t, verb.last + 1)) and _names_a_group(t):
            found.append((verb,))  # "Refugees ... kick them out", « les migrants, il faut les chasser »
    found += _sent_away(t)
    if "ticket" in t.words or "simple" in t.words:
        found += _one_way_ticket(t)
    for claim in claims(t):
        if (
            "exclusion_after" in claim.predicate.kinds and not claim.negated and not claim.relative
            and claim.group.strength >= POINTED
        ):
            found.append((claim.group.match, claim.predicate))
    return found


# "One-way ticket back home for all of them", « un aller simple pour chez eux »: expulsion as a
# trip, said of a group named in the same or the previous sentence. A ticket back or home is the
# expulsion; "a one-way ticket to Lisbon" is a move, and the poster's own ticket is a trip.
_TICKET = re.compile(
    r"\b(?:one[\s-]way\s+tickets?|aller[\s-]simples?)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:back|home|where\s+they\s+came|chez\s+eux|dans\s+leurs?\s+pays|pour\s+leurs?\s+pays|au\s+bled|d'?ou\s+ils\s+viennent)\b"
)
_OWN_TRIP = frozenset({"i", "im", "my", "me", "booked", "bought", "je", "j", "mon", "ma", "moi", "achete", "reserve", "pris"})


def _one_way_ticket(t: _Text) -> list[tuple[_Match, ...]]:
    found: list[tuple[_Match, ...]] = []
    for hit in _TICKET.finditer(t.folded):
        first = next((i for i, start in enumerate(t.starts) if start >= hit.start()), None)
        if first is None or negated(t.folded, hit.start(), window=12):
            continue
        sentence = t.sentence[first]
        if _OWN_TRIP.intersection(w for i, w in enumerate(t.words) if t.sentence[i] == sentence):
            continue  # "I booked a one-way ticket back home", « j'ai pris un aller simple pour chez nous »
        group = next((g for g in t.by_kind.get("groups", ()) if sentence - 1 <= t.sentence[g.first] <= sentence), None)
        if group is not None:
            last = next((i for i in range(first, len(t.words)) if t.ends[i] >= hit.end()), first)
            found.append((group, _Match(frozenset({"exclusion"}), first, last, hit.start(), hit.end(), hit.group(0))))
    return found


# "Send the Haitians home", "get these Pakistanis out", « sortez les Roms de notre ville », « renvoyez
# les migrants chez eux »: a verb of moving, the group, then where to (home, back, out, away).
_SENDING = frozenset({
    "send", "ship", "get", "kick", "throw", "chase", "fly", "bus", "boot", "drive", "run", "put",
    "sortez", "sortir", "sortons", "foutez", "foutre", "mettez", "mettre", "jetez", "jeter", "ramenez", "ramener",
    "reconduisez", "reconduire", "rapatriez", "rapatrier", "renvoyez", "renvoyer", "renvoyons", "virez", "virer",
})
_AWAY = re.compile(
    r"\s*(?:[\w'-]+\s+){0,2}?(?:home|back|out|away|packing|chez\s+eux|dehors|d'?\s*ici|hors\s+d|de\s+notre|de\s+nos|du\s+pays"
    r"|de\s+chez\s+nous|dans\s+leurs?\s+pays|a\s+la\s+porte|d'?\s*ou\s+ils\s+viennent|au\s+bled)\b"
)


# "Get the refugees out of the rubble", « sortez les migrants de l'eau »: a rescue, not an expulsion.
_RESCUE = re.compile(
    r"\s*(?:of\s+(?:the\s+|a\s+)?(?:rubble|water|fire|danger|harm|war|camps?|detention|jail|prison|poverty|cold|rain|sea|boat|ruins)"
    r"|safely|alive|de\s+(?:l'?eau|la\s+mer|l'?eau|la\s+rue|la\s+misere|la\s+pauvrete|la\s+detention|prison|danger))\b"
)


def _sent_away(t: _Text) -> list[tuple[_Match, ...]]:
    found: list[tuple[_Match, ...]] = []
    # "Muslims out!": a short sentence of the group and "out"
    for group in t.by_kind.get("groups", ()):
        after = group.last + 1
        if after < len(t.words) and t.words[after] == "out" and t.same_sentence(after, group.first) and (
            after + 1 >= len(t.words) or not t.same_sentence(after + 1, after)
        ):
            lo, hi = t.sentence_spans[t.sentence[group.first]]
            if len(t.folded[lo:hi].split()) <= 4:
                found.append((group, _Match(frozenset({"exclusion_after"}), after, after, t.starts[after], t.ends[after], "out")))
    if _SENDING.isdisjoint(t.words):
        return found
    for i, word in enumerate(t.words):
        if word not in _SENDING:
            continue
        sent = _group_after(t, i + 1, strength=POINTED)
        if sent is None:
            continue
        away = _AWAY.match(t.folded, sent.end)
        if away is None or _RESCUE.match(t.folded, away.end()):
            continue
        verb = _Match(frozenset({"exclusion_verbs"}), i, i, t.starts[i], t.ends[i], word)
        if not negated(t.folded, verb.start, window=12) and a_call(t, verb):
            found.append((verb, sent))
    return found


# Nouns that call people animals, vermin or invaders ("these animals", « ces sauvages »).
_DEHUMANISING_NOUNS = frozenset({
    "animals", "beasts", "pigs", "swine", "dogs", "apes", "monkeys", "vermin", "parasites", "cockroaches",
    "roaches", "rats", "savages", "invaders", "barbarians", "filth", "scum", "maggots", "leeches", "locusts",
    "subhumans", "mongrels", "animaux", "betes", "porcs", "chiens", "singes", "macaques", "vermine", "cafards",
    "sauvages", "envahisseurs", "barbares", "racailles", "racaille", "sous hommes", "sous humains", "nuisibles",
    "sangsues", "poux", "termites", "hordes",
})
_POINTING = frozenset({"these", "those", "ces", "cette", "this"})


def pointed_dehumanising(t: _Text) -> list[tuple[_Match, ...]]:
    """People pointed at as animals or vermin in a post about migration or expulsion: "these
    animals crossing the border", « fermer les frontières à ces sauvages ». Without that context
    ("these rats in my basement", « ces bêtes-là au zoo ») nothing is said about people."""
    if not (t.by_kind.get("migration_terms") or t.by_kind.get("exclusion_verbs") or t.by_kind.get("groups")):
        return []
    found: list[tuple[_Match, ...]] = []
    for kind in ("dehumanising_strong", "dehumanising"):
        for m in t.by_kind.get(kind, ()):
            if m.text not in _DEHUMANISING_NOUNS or m.first == 0 or not t.same_sentence(m.first - 1, m.first):
                continue
            if t.words[m.first - 1] in _POINTING and not negated(t.folded, m.start, window=16):
                found.append((m,))
    return found
