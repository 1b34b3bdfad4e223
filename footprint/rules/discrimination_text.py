"""Words of a post as the discrimination rules see them (DIS001-DIS005): the lexicon of
`data/harassment_lexicon.toml` indexed once, and one pass over a post that finds every entry in it.

The text is split into words once and the words are looked up in one index, so the cost does not
grow with the size of the lexicon. The rules of one subject share the result (`analyse`).
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from footprint.rules.base import sentences, text_words, words_in_order
from footprint.rules.discrimination_denial import CUE_WORDS as _DENIAL_CUES
from footprint.rules.discrimination_denial import READ_WORDS as _DENIAL_READ
from footprint.rules.discrimination_denial import worth_reading as _denial_worth_reading
from footprint.rules.discrimination_harm import CUE_WORDS as _HARM_CUES
from footprint.rules.discrimination_harm import READ_WORDS as _HARM_READ
from footprint.rules.discrimination_harm import TARGET_WORDS as _TARGET_WORDS
from footprint.rules.discrimination_harm import worth_reading as _harm_worth_reading
from footprint.rules.discrimination_spelling import (
    TRICK_TOKEN,
    join_spaced,
    repaired_words,
    respell,
    rewritten,
    squeeze,
    tricky,
    typo_variants,
)
from footprint.text import fold

LEXICON_FILE = "harassment_lexicon.toml"
# The group structures' words (DIS002, DIS003), merged into the same index section by section.
GROUPS_FILE = "group_generalisation.toml"
# Sections of phrases, matched exactly; single words of the other sections also match their plural.
_PHRASE_SECTIONS = {
    "innocent", "aimed_phrases", "exclusion", "exclusion_verbs", "exclusion_after", "hostility", "countering",
    "reporting", "generic_groups", "pointed_groups", "migration_terms", "invasion_words", "negative_verbs", "coded_verbs",
    "address_cues", "member_predicates",
}
_TOKEN = re.compile(r"@[\w.]+|[^\W_]+(?:\*+[^\W_]+)*")

_SECOND = frozenset({"you", "u", "ya", "yu", "ur", "youre", "yall", "thou", "tu", "toi", "vous", "ti"})
_DEMONSTRATIVE = frozenset({
    "this", "that", "these", "those", "ce", "cet", "cette", "ces", "quel", "quelle", "quels", "quelles",
    "bande",
})
# Nouns after which "mongol" is the adjective of a people ("le président mongol", « la cuisine
# mongole »), not an insult.
_PEOPLE_NOUNS = frozenset({
    "empire", "peuple", "cuisine", "langue", "president", "presidents", "homologue", "homologues",
    "barbecue", "bbq", "horde", "hordes", "armee", "steppe", "steppes", "origine", "nationalite",
    "ethnie", "gouvernement", "ambassade", "ambassadeur", "culture", "art", "musique", "chant",
    "lutte", "yourte", "cheval", "chevaux", "invasion", "invasions", "conquete", "dynastie",
})
_COPULA = frozenset({"is", "s", "was", "are", "re", "r", "were", "est", "es", "etes", "sont", "etait", "etais", "etaient"})
_FILLER = frozenset({
    "a", "an", "the", "such", "so", "total", "complete", "absolute", "real", "big", "biggest", "huge",
    "just", "really", "very", "like", "all", "only", "literally", "actually", "still", "always",
    "un", "une", "des", "vraiment", "tellement", "trop", "vrai", "vraie", "sacre", "sacree", "bien",
    "qu", "que", "juste", "tous", "toutes", "comme", "completement", "totalement", "grave", "la", "le",
    "de", "d", "du", "one", "fucking", "fuckin", "f*cking", "effing", "freaking", "friggin", "damn",
    "stupid", "dumb", "little", "lil", "ass",
    # French intensifiers of speech and of Québec: « t'es ben con », « t'es full cave », « t'es très bête »
    "ben", "full", "tres", "super", "hyper", "mega", "vrm", "tlm",
})
_PERSON = frozenset({
    "he", "she", "you", "u", "they", "ur", "ya", "yall", "il", "elle", "tu", "vous", "ils", "elles",
    "guy", "guys", "dude", "man", "woman", "girl", "boy", "chick", "lady", "bro", "kid", "person",
    "mec", "type", "gars", "meuf", "fille", "femme", "gamin", "gamine", "keum", "pm", "president",
    "premier", "minister", "ministre", "mayor", "maire", "leader", "chef", "boss", "patron", "patronne",
    "mother", "mom", "father", "dad", "sister", "brother", "wife", "husband", "ex", "bf", "gf",
    "boyfriend", "girlfriend", "neighbour", "neighbor", "voisin", "voisine", "prof", "teacher",
    "coach", "ref", "referee", "arbitre",
})
_FIRST_PERSON = frozenset({"i", "im", "je", "j", "me", "moi", "we", "nous", "on", "myself"})
_NON_PERSON = frozenset({
    "this", "that", "it", "there", "here", "what", "which", "who", "life", "karma", "love", "work",
    "school", "today", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "traffic", "weather", "everything", "something", "nothing", "anything",
    "c", "ca", "cela", "ceci", "tout", "rien", "twitter", "facebook", "instagram", "tiktok",
    "game", "movie", "film", "show", "season", "team", "song", "music", "album", "news", "internet",
    "world", "covid", "2020", "2021", "2022", "2023", "2024", "2025", "class", "winter", "summer",
})
_NOUN_DETERMINERS = frozenset({
    "l", "le", "la", "les", "un", "une", "des", "d", "de", "du", "ce", "cet", "cette", "ces", "ton", "ta",
    "tes", "ses", "sale", "sales", "espece", "bande", "vos", "votre",
})
_REFLEXIVE = frozenset({"s", "m", "se", "me", "te", "y", "nous", "vous"})
_EN_CONTRACTIONS = frozenset({"don", "can", "won", "isn", "didn", "doesn", "aren", "wasn", "weren", "couldn", "wouldn", "shouldn", "ain", "haven", "hasn"})
_T_VERBS = frozenset({"es", "as", "etais", "vas", "fais", "etait"})
_FR_FUNCTION = frozenset({
    "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "que", "qui", "pas", "je", "tu", "il",
    "elle", "nous", "vous", "ils", "c", "j", "l", "d", "qu", "n", "sur", "dans", "pour", "avec", "mais",
    "ce", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "au", "aux", "ne", "sont",
    "ai", "suis", "fait", "tout", "plus", "bien", "tres", "aussi", "comme", "quand", "moi", "toi", "ca",
    "en", "encore", "deja", "toujours", "merci", "bonjour", "oui", "non", "avoir", "etre", "ete", "sont",
})
_EN_FUNCTION = frozenset({
    "the", "an", "and", "is", "are", "was", "that", "this", "of", "to", "in", "it", "you", "i", "he",
    "she", "we", "they", "my", "your", "for", "with", "not", "be", "have", "has", "do", "what", "so",
    "but", "just", "me", "at", "if", "all", "from", "will", "can", "his", "her", "them", "like", "get",
})

_THREAT_TRIGGERS = frozenset({
    "kill", "killed", "killing", "murder", "shoot", "shot", "stab", "hang", "hanged", "hung", "lynch",
    "lynched", "burn", "burned", "burnt", "die", "dies", "rape", "raped", "beat", "slap", "punch",
    "hurt", "behead", "gas", "gassed", "exterminate", "exterminated", "eradicate", "kys", "strangle",
    "choke", "execute", "executed", "death", "dead", "live", "back", "numbered", "neck", "break",
    "cut", "wipe", "fuck", "tuer", "tue", "tues", "buter", "bute", "crever", "creve", "crevez",
    "defoncer", "egorger", "massacrer", "fusiller", "fusilles", "pendre", "pendus", "gazer", "gazes",
    "bruler", "brules", "violer", "frapper", "cogner", "exterminer", "mort", "mourir", "meurs",
    "retrouver", "habites", "casser", "peter", "planter", "eliminer", "abattre", "noyer", "saigner",
    "suicide", "pends", "merites", "meritent", "merite", "fumer", "trouer", "eclater", "cancer", "aids",
    "rot", "rots", "drown", "drowns", "burns", "chokes", "suffer", "souffrir", "assassiner", "slaughter",
    "massacre", "butcher", "torture", "torturer", "eradiquer", "end", "wipe", "lyncher", "cramer",
    "decapiter", "murder", "poignarder", "violer", "viole", "tabasser", "tirer", "balle",
    "hit", "jump", "bleach", "traffic", "trafic", "without", "pendre", "ecraser", "suicider",
    "regrettera", "serait", "abattu", "abattus", "abattues", "tuee", "tuees", "tues",
    "eradicated", "eradiques", "elimines", "extermines", "massacres", "crevent", "meurent", "souffrent",
    "violees", "wiped", "morts",
})
# Words before an exclusion verb that make it a call ("we should deport ...", « il faut expulser »)
# rather than a report ("the government will deport ...").
_CALL_MARKERS = frozenset({
    "should", "must", "need", "needs", "let", "lets", "gotta", "have", "just", "please",
    "time", "faut", "doit", "doivent", "devrait", "devraient", "devrions", "faudrait", "allez", "on",
    "want", "wanna", "we", "veux", "voudrais", "temps", "urgent", "vite",
})
_IMPERATIVES = frozenset({"expulsez", "expulsons", "renvoyez", "renvoyons", "virez", "degagez", "interdisez", "dehors"})


@dataclass(frozen=True)
class _Lexicon:
    # one word -> its entry; first two words -> (phrase words, kinds, language it is bound to),
    # longest phrases first
    single: Mapping[str, tuple[tuple[tuple[str, ...], frozenset[str], str | None], ...]]
    double: Mapping[tuple[str, str], tuple[tuple[tuple[str, ...], frozenset[str], str | None], ...]]
    # A text is skipped unless it has a word of a phrase that can flag on its own ("anchors"), or
    # both a group word and a word of a phrase that flags next to a group ("dependent").
    anchors: frozenset[str]
    group_anchors: frozenset[str]
    dependent_anchors: frozenset[str]
    group_pattern: str
    # First words of the phrases of two words or more: a word that starts none is looked up once.
    firsts: frozenset[str]
    # Spelling repair (discrimination_spelling): every word of the lexicon, the squeezed form of
    # each ("fagot" -> "faggot"), the words by length and first letter (for "c*nt"), and the
    # typing slips of the words that flag ("haet" -> "hate").
    vocabulary: frozenset[str]
    squeezed: Mapping[str, str]
    by_shape: Mapping[tuple[int, str], tuple[str, ...]]
    typos: Mapping[str, str]
    typo_keys: frozenset[str]

    # Phrases made only of common words ("go cry about it", "he-she") are looked for by two of
    # their words together: first word -> the words that must come with it.
    anchor_pairs: Mapping[str, frozenset[str]]
    dependent_pairs: Mapping[str, frozenset[str]]
    # The first words of the pairs above, tested as a set before the pairs are looked at.
    anchor_keys: frozenset[str]
    dependent_keys: frozenset[str]
    # Every word the gate of `_scan` asks about -> the sets it is in (the _GATE_* bits), so that
    # one intersection with a post's words answers all the set tests of the gate.
    gate_bits: Mapping[str, int]
    gate_words: frozenset[str]
    # A group phrase is looked for by its rarest word ("ce monde-là" by "monde", not "là"), or by
    # two words together when all of its words are common ("them all"): the group-and-predicate
    # test of the gate asks these, not the last words of `group_anchors`.
    group_pairs: Mapping[str, frozenset[str]]
    group_keys: frozenset[str]
    # Words every entry of which is bound to the other language (« cons » is French; "pros and
    # cons" is English): a post declared in a language does not open the scan on them.
    foreign: Mapping[str, frozenset[str]]
    # A word the gate reads with an elided article glued before it (« limmigration », « dislam »)
    # -> the word: what `_unglue` may split off that the gate of `_scan` could ask about.
    elided: Mapping[str, str]

    def worth_scanning(self, words: frozenset[str]) -> bool:
        if not self.anchors.isdisjoint(words) or _paired(self.anchor_pairs, self.anchor_keys, words):
            return True
        if self.group_anchors.isdisjoint(words):
            return False
        return not self.dependent_anchors.isdisjoint(words) or _paired(self.dependent_pairs, self.dependent_keys, words)


def _paired(pairs: Mapping[str, frozenset[str]], keys: frozenset[str], words: frozenset[str]) -> bool:
    if keys.isdisjoint(words):
        return False  # most posts: one set test, no generator
    return any(not pairs[w].isdisjoint(words) for w in keys.intersection(words))


# Sections that can start a flag on their own or with context; the others only give context.
_TRIGGER_SECTIONS = frozenset({
    "slurs", "slurs_in_context", "slurs_as_noun", "insults_strong", "insults", "insult_adjectives",
    "insults_as_noun", "aimed_phrases", "exclusion", "invasion_words",
})
# Sections that flag only next to a group term ("immigrants are vermin", "deport all X").
_GROUP_SECTIONS = frozenset({
    "dehumanising", "dehumanising_strong", "contempt", "contempt_after", "hostility", "exclusion_verbs",
    "exclusion_after", "negative_verbs", "positive_attributes", "coded_verbs", "implicit_cues", "sending_verbs",
    "member_predicates",
})
GROUP_KINDS = frozenset({"groups", "generic_groups", "pointed_groups"})


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(m.group(0) for m in _TOKEN.finditer(fold(phrase)))


def _plurals(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    found = [(*words[:-1], plural) for plural in _plural_forms(words[-1])]
    if len(words) >= 3 and words[1] in _COMPOUND_LINKS:
        # Compounds of two nouns put the plural on the first: « trous de cul », « têtes de noeud »,
        # "pieces of shit" (the lexicon lists them in the singular)
        found += [(plural, *words[1:]) for plural in _plural_forms(words[0])]
    return found


_COMPOUND_LINKS = frozenset({"de", "d", "a", "du", "au", "of"})
_DROPPED_NE = frozenset({"ne", "n"})


def _plural_forms(last: str) -> list[str]:
    if len(last) <= 2:
        # "pd" + "s" is "PDS", an acronym far more often than a plural (a personal data server).
        return []
    if last.endswith(("s", "x", "z", "ch", "sh")):
        return [last + "es"] if last.endswith(("ch", "sh", "ss", "x", "z")) else []
    return [last + "s"]


_COMMON = _FR_FUNCTION | _EN_FUNCTION | _SECOND | _FILLER | _COPULA | frozenset({
    "of", "in", "out", "up", "by", "back", "go", "now", "over", "us", "these", "those", "people", "des",
    "les", "aux", "par", "off", "on", "get", "one", "no", "more", "stop", "all", "it", "with", "have",
    "need", "should", "must", "keep", "down", "where", "came", "come", "she", "home", "country",
    "canada", "france", "government", "control", "women", "white", "men", "leave", "belong", "think",
    # frequent words of either language: a phrase is looked for by a rarer word of it
    "about", "he", "would", "could", "want", "its", "when", "why", "how", "show", "full", "face", "own",
    "okay", "ok", "hell", "power", "work", "good", "our", "their", "there", "make", "take", "never",
    "every", "always", "even", "world", "place", "know", "see", "look", "way", "day", "time", "year",
    "new", "old", "man", "woman", "say", "said", "tell", "told", "give", "call", "called", "right",
    "left", "first", "last", "long", "great", "best", "better", "bad", "too", "any", "own", "much",
    "faire", "fait", "dire", "aller", "va", "vais", "venir", "vient", "viennent", "voir", "peut", "veut",
    "veux", "faut", "leur", "leurs", "notre", "nos", "votre", "vos", "quoi", "comment", "pourquoi",
    "ici", "gens", "monde", "pays", "quebec", "francais", "homme", "femme", "hommes", "femmes", "jour",
    "temps", "chose", "alors", "donc", "car", "contre", "entre", "avant", "apres", "petit", "grand",
    "gros", "grosse", "bon", "bonne", "nouveau", "autre", "autres", "meme", "chaque", "sans", "sous",
    "chez", "moins", "mal", "dit", "vu",
    # everyday words seen as anchors in a profile of ordinary posts (benchmarks/generate.py): a
    # phrase holding them ("cry me a river loser", « nique ta famille », « retourne chez toi ») is
    # looked for by its other words
    "river", "famille", "retourne", "retournez", "rentre", "rentrez", "don", "kitchen", "cuisine",
    "viens", "venez", "t", "s", "d", "l", "j", "m", "n", "c", "qu",
    # frequent words that opened the group scan on ordinary posts ("a lot", « là-bas », « en train
    # de », « rien », "nothing", "worth"): a phrase is looked for by its other words
    "lot", "bas", "train", "rien", "nothing", "worth", "run", "took", "journee",
    # everyday words of the phrases aimed at a person and of the countering cues ("nobody wants
    # you here", "crawl back under your rock", "words like", « m'a demandé ce que »): looked for by
    # their other words, so an ordinary post holding "nobody" or "under" opens no scan
    "nobody", "everyone", "everybody", "under", "plus", "sick", "ailleurs", "wants", "other", "another", "common",
    "demande", "words", "messages", "asked", "hates", "little", "sad", "being",
})


def _anchor(words: tuple[str, ...]) -> str | tuple[str, str]:
    """The word of a phrase to look for first: the longest one that is not a common word; for a
    phrase of common words only, its two longest words, looked for together."""
    rare = [w for w in words if w not in _COMMON]
    if rare or len(set(words)) == 1:
        return max(rare or words, key=len)
    first, second = sorted(set(words), key=len, reverse=True)[:2]
    return (first, second)


def _add_anchor(anchor: str | tuple[str, str], singles: set[str], pairs: dict[str, set[str]]) -> None:
    if isinstance(anchor, tuple):
        pairs.setdefault(anchor[0], set()).add(anchor[1])
    else:
        singles.add(anchor)


def _read() -> dict[str, dict[str, list[str]]]:
    merged: dict[str, dict[str, list[str]]] = {}
    for name in (LEXICON_FILE, GROUPS_FILE):
        text = files("footprint.rules").joinpath("data", name).read_text(encoding="utf-8")
        for section, by_language in tomllib.loads(text).items():
            for language, entries in by_language.items():
                merged.setdefault(section, {}).setdefault(language, []).extend(entries)
    return merged


@cache
def lexicon() -> _Lexicon:
    data = _read()
    kinds: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for section, by_language in data.items():
        if section == "language_bound":
            continue
        for entries in by_language.values():
            for entry in entries:
                words = _words(entry)
                if not words:
                    continue
                kinds[words].add(section)
                if len(words) > 2 and words[0] in _DROPPED_NE:
                    # spoken French drops « ne »: « ils ont rien à faire ici », « s'intègrent pas »
                    kinds[words[1:]].add(section)
                if section not in _PHRASE_SECTIONS:
                    for plural in _plurals(words):
                        kinds[plural].add(section)
                elif section == "exclusion" and len(words) > 2:
                    # the slogan run together as a tag typed in lower case: « #expulsezlestous »,
                    # "#sendthemhome" (camel-case tags are spelled out by discrimination_hashtags)
                    kinds[("".join(words),)].add(section)
    language_of = {}
    for language, entries in data.get("language_bound", {}).items():
        for entry in entries:
            language_of[_words(entry)] = language
    single: dict[str, list[tuple[tuple[str, ...], frozenset[str], str | None]]] = defaultdict(list)
    double: dict[tuple[str, str], list[tuple[tuple[str, ...], frozenset[str], str | None]]] = defaultdict(list)
    anchors: set[str] = set()
    group_anchors: set[str] = set()
    dependent: set[str] = set()
    group_rare: set[str] = set()
    group_pairs: dict[str, set[str]] = {}
    anchor_pairs: dict[str, set[str]] = {}
    dependent_pairs: dict[str, set[str]] = {}
    # the languages of the entries each gate word stands for (None: any language)
    anchor_languages: dict[str, set[str | None]] = defaultdict(set)
    for words, sections in kinds.items():
        meaning = (words, frozenset(sections), language_of.get(words))
        if len(words) == 1:
            single[words[0]].append(meaning)
        else:
            double[(words[0], words[1])].append(meaning)
        gate_for: list[str | tuple[str, str]] = []
        if sections & _TRIGGER_SECTIONS:
            gate_for.append(_anchor(words))
            _add_anchor(gate_for[-1], anchors, anchor_pairs)
        if sections & _GROUP_SECTIONS:
            gate_for.append(_anchor(words))
            _add_anchor(gate_for[-1], dependent, dependent_pairs)
        if sections & GROUP_KINDS:
            group_anchors.add(words[-1])
            gate_for += [words[-1], _anchor(words)]
            _add_anchor(gate_for[-1], group_rare, group_pairs)
        # a phrase holding a word bound to one language ("gros cons") is of that language too
        gate_language = meaning[2] or next((language_of[(w,)] for w in words if (w,) in language_of), None)
        for anchor in gate_for:
            for word in (anchor if isinstance(anchor, tuple) else (anchor,)):
                anchor_languages[word].add(gate_language)
    groups = sorted(
        {" ".join(_words(e)) for entries in data["groups"].values() for e in entries}, key=len, reverse=True
    )
    group_pattern = "|".join(re.escape(g).replace(r"\ ", r"[\s'-]+") for g in groups)
    vocabulary = {w for words in kinds for w in words} | _THREAT_TRIGGERS
    squeezed: dict[str, str] = {}
    for word in sorted(vocabulary, key=lambda w: (len(w), w)):
        if word.isalpha():
            squeezed.setdefault(squeeze(word), word)
    by_shape: dict[tuple[int, str], list[str]] = defaultdict(list)
    flagging = {w for words, sections in kinds.items() if sections & _STARRED_SECTIONS for w in words}
    for word in sorted(flagging):
        if len(word) >= 3 and word.isalpha() and word not in _COMMON:
            by_shape[(len(word), word[0])].append(word)
    typos: dict[str, str] = {}
    for words, sections in kinds.items():
        if len(words) > 2 or not sections & _TYPO_SECTIONS:
            continue
        for word in words:
            if (len(word) < 5 and word not in _SHORT_TYPOS) or word in _COMMON or not word.isalpha():
                continue
            for variant in typo_variants(word):
                if variant not in vocabulary and variant not in _NOT_TYPOS:
                    typos.setdefault(variant, word)
    gate_bits: dict[str, int] = defaultdict(int)
    for bit, words_of in (
        (_GATE_DECISIVE, anchors | set(typos) | _THREAT_TRIGGERS), (_GATE_ANCHOR_KEY, anchor_pairs),
        (_GATE_GROUP, group_anchors), (_GATE_DEPENDENT, dependent), (_GATE_DEPENDENT_KEY, dependent_pairs),
        (_GATE_CUE, _HARM_CUES | _DENIAL_CUES), (_GATE_TARGET, _TARGET_WORDS),
        (_GATE_GROUP_RARE, group_rare), (_GATE_GROUP_KEY, group_pairs),
    ):
        for word in words_of:
            gate_bits[word] |= bit
    foreign: dict[str, frozenset[str]] = {}
    other_gates = set(typos) | _THREAT_TRIGGERS | _HARM_CUES | _DENIAL_CUES | _TARGET_WORDS
    for language in ("en", "fr"):
        foreign[language] = frozenset(
            word for word, languages in anchor_languages.items()
            if word not in other_gates and None not in languages and language not in languages
        )
    return _Lexicon(
        single={k: tuple(v) for k, v in single.items()},
        double={k: tuple(sorted(v, key=lambda c: len(c[0]), reverse=True)) for k, v in double.items()},
        anchors=frozenset(anchors),
        group_anchors=frozenset(group_anchors),
        dependent_anchors=frozenset(dependent),
        group_pattern=group_pattern,
        anchor_pairs={k: frozenset(v) for k, v in anchor_pairs.items()},
        dependent_pairs={k: frozenset(v) for k, v in dependent_pairs.items()},
        firsts=frozenset(k[0] for k in double),
        vocabulary=frozenset(vocabulary),
        squeezed=squeezed,
        by_shape={k: tuple(v) for k, v in by_shape.items()},
        typos=typos,
        typo_keys=frozenset(typos),
        anchor_keys=frozenset(anchor_pairs),
        dependent_keys=frozenset(dependent_pairs),
        gate_bits=gate_bits,
        gate_words=frozenset(gate_bits),
        group_pairs={k: frozenset(v) for k, v in group_pairs.items()},
        group_keys=frozenset(group_pairs),
        foreign=foreign,
        elided=_elided(gate_bits, (anchor_pairs, dependent_pairs, group_pairs)),
    )


def _elided(gate_bits: Mapping[str, int], pairs: tuple[Mapping[str, set[str]], ...]) -> dict[str, str]:
    """Every word `_worth_scanning` reads (the gate's words, the partners of its pairs, and those
    of the harm and denial tests), glued to an elided « l » or « d » as `_with_unglued` reads them."""
    read = set(gate_bits) | _HARM_READ | _DENIAL_READ
    for by_key in pairs:
        for partners in by_key.values():
            read |= partners
    return {
        article + word: word
        for word in read if len(word) >= 5 and word[0] in _VOWELS
        for article in _ELIDED
    }


# The sets the gate of `_scan` asks about, one bit each (`_Lexicon.gate_bits`): anchors, slips and
# threats; first words of anchor pairs; group words; words that flag next to a group and the first
# words of their pairs; the cue words of harm and denial; the targets of harm.
_GATE_DECISIVE, _GATE_ANCHOR_KEY, _GATE_GROUP, _GATE_DEPENDENT, _GATE_DEPENDENT_KEY, _GATE_CUE, _GATE_TARGET = (
    1, 2, 4, 8, 16, 32, 64
)
# The rarest word of a group phrase, and the first word of a pair of common ones (`group_pairs`).
_GATE_GROUP_RARE, _GATE_GROUP_KEY = 128, 256

# Typing slips are undone only for the words that flag, not for group names or context words.
# A starred word ("c*nt", « p*te ») stands for a word that flags, never for a context word.
_STARRED_SECTIONS = frozenset({"slurs", "slurs_in_context", "insults_strong", "insults", "aimed_phrases"})
_TYPO_SECTIONS = frozenset({"slurs", "insults_strong", "hostility", "dehumanising_strong", "aimed_phrases"})
_SHORT_TYPOS = frozenset({"hate", "hais"})
# Slips that are ordinary words of their own.
_NOT_TYPOS = frozenset({"tried", "yourte", "yourtes", "actin", "actins"})


@dataclass(slots=True)
class _Match:
    kinds: frozenset[str]
    first: int
    last: int
    start: int
    end: int
    text: str


_NO_KINDS: frozenset[str] = frozenset()


class _Text:
    """A text split into words, with the lexicon entries found in it."""

    __slots__ = ("text", "folded", "words", "starts", "ends", "matches", "by_kind", "word_kinds",
                 "starting", "ending", "_sentence", "_spans", "derived")

    def __init__(self, text: str, folded: str, words: list[str], starts: list[int], ends: list[int]) -> None:
        self.text = text
        self.folded = folded
        self.words = words
        self.starts = starts
        self.ends = ends
        self.matches: list[_Match] = []
        self.by_kind: dict[str, list[_Match]] = {}
        self.word_kinds: dict[int, frozenset[str]] = {}
        self.starting: dict[int, list[_Match]] = {}
        self.ending: dict[int, list[_Match]] = {}
        self._sentence: list[int] | None = None
        self._spans: list[tuple[int, int]] | None = None
        self.derived: dict[str, object] = {}  # results the rules of one subject share

    @property
    def sentence_spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = list(sentences(self.folded)) or [(0, len(self.folded))]
        return self._spans

    @property
    def sentence(self) -> list[int]:
        if self._sentence is not None:  # asked many times per match: the common case first
            return self._sentence
        if not any(c in self.folded for c in ".!?;\n"):
            self._sentence = [0] * len(self.words)  # one sentence: no need to split
            self._spans = [(0, len(self.folded))]
        if self._sentence is None:
            spans = self.sentence_spans
            index, k, last = [], 0, len(spans) - 1
            for s in self.starts:
                while k < last and s >= spans[k][1]:
                    k += 1
                index.append(k)
            self._sentence = index
        return self._sentence

    def starting_with(self, i: int, kind: str) -> _Match | None:
        return next((m for m in self.starting.get(i, ()) if kind in m.kinds), None)

    def ending_with(self, i: int, kind: str) -> _Match | None:
        return next((m for m in self.ending.get(i, ()) if kind in m.kinds), None)

    def kinds_at(self, i: int) -> frozenset[str]:
        return self.word_kinds.get(i, _NO_KINDS)

    def same_sentence(self, i: int, j: int) -> bool:
        n = len(self.words)
        if not (0 <= i < n and 0 <= j < n):
            return False
        sentence = self.sentence  # one property read, not two
        return sentence[i] == sentence[j]

    def is_mention(self, i: int) -> bool:
        return self.words[i].startswith("@")

    def capitalised(self, i: int) -> bool:
        """The word starts with a capital that says something: in a post typed all in capitals
        ("C'EST QUI CE MONGOL") no word is a proper name by its capital."""
        if not self.text[self.starts[i]].isupper():
            return False
        shouted = self.derived.get("shouted")
        if shouted is None:
            shouted = self.derived["shouted"] = self.text.isupper()
        return not shouted


def _language(words: list[str], declared: str | None) -> str | None:
    if declared:
        code = declared.lower()[:2]
        if code in ("en", "fr"):
            return code
    french = sum(1 for w in words if w in _FR_FUNCTION)
    english = sum(1 for w in words if w in _EN_FUNCTION)
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return None


# The reading of the last text, for the family's other rules (DIS002-DIS005 ask right after
# DIS001). A slot keyed by the folded string's identity rather than the view's `derived()`:
# measured on 8,000 generated posts, reaching the view from `_text` (isinstance, current view,
# memo, and a KeyError on the first ask) cost ~1 us per post more over the five rules than the
# reading it shares. One slot per process, overwritten by the next text: nothing accumulates.
# The slot holds one tuple, read and replaced whole, so two threads analysing at once can never
# pair one text with another's reading.
_LAST: list[tuple[str | None, str | None, _Text | None]] = [(None, None, None)]


def analyse(text: str, folded: str, declared: str | None) -> _Text:
    """The words of `folded` and the lexicon entries among them; the rules of one subject share it."""
    last_folded, last_declared, last = _LAST[0]
    if last_folded is folded and last_declared == declared and last is not None:
        return last
    analysed = _scan(text, folded, declared)
    _LAST[0] = (folded, declared, analysed)
    return analysed


# What a post holds that nothing could flag in: no words, no matches (every rule stops there, so
# the ~95% of posts that are not read share one instead of building their own).
_UNREAD = _Text("", "", [], [], [])


def _worth_scanning(lex: _Lexicon, found: frozenset[str], declared: str | None = None) -> bool:
    """A post without spelling tricks may hold something the rules flag: a word that flags or a
    slip of one, a threat, a group beside a word that flags next to a group, or a group or target
    beside a shape of harm or denial. Same answer as the lexicon's `worth_scanning` plus those
    tests one by one; one intersection with the gate's words replaces their seven set tests."""
    bits = 0
    gate_bits = lex.gate_bits
    present = lex.gate_words.intersection(found)
    if not present:
        return False
    if declared:
        foreign = lex.foreign.get(declared.lower()[:2])
        if foreign and not foreign.isdisjoint(present):
            present -= foreign  # an English post's "cons" opens nothing that only French words hold
    for word in present:
        bits |= gate_bits[word]
    if not bits:
        return False
    if bits & _GATE_DECISIVE or (bits & _GATE_ANCHOR_KEY and _paired(lex.anchor_pairs, lex.anchor_keys, found)):
        return True
    if (bits & _GATE_GROUP_RARE or (bits & _GATE_GROUP_KEY and _paired(lex.group_pairs, lex.group_keys, found))) and (
        bits & _GATE_DEPENDENT
        or (bits & _GATE_DEPENDENT_KEY and _paired(lex.dependent_pairs, lex.dependent_keys, found))
    ):
        return True
    return bool(
        bits & _GATE_CUE and bits & (_GATE_GROUP | _GATE_TARGET)
        and (_harm_worth_reading(found) or _denial_worth_reading(found))
    )


# Apostrophes dropped in quick typing: « cest un cave », « cetait des menteurs » are « c'est »,
# « c'était »; « marre de limmigration », « lislam » are « l'immigration », « l'islam ». Such a word
# is read as the two words it stands for, at the same offsets, so the rules see « c » and « est »,
# « l » and « immigration » as they would. An elided article is split off only in French, and only
# from a word of the lexicon's vocabulary of five letters or more that starts with a vowel (not
# « lame », « dodo », « tare »).
_GLUED = {"cest": 1, "cetait": 1, "cetaient": 1}
_GLUED_WORDS = frozenset(_GLUED)
_ELIDED = frozenset({"l", "d"})
_VOWELS = frozenset("aeiouyh")


def _with_unglued(lex: _Lexicon, found: frozenset[str]) -> frozenset[str]:
    """A French post's words and, for each that may hold a glued elided article (« dattardé »,
    « lislamisation »), the word without it: what `_unglue` may split off, for the gate. Only the
    words the gate reads are added (`_Lexicon.elided`, looked up in C; the gate's answer depends on
    no other word), which spares the walk over every word of every French post."""
    glued = lex.elided.keys() & found
    return found.union(map(lex.elided.__getitem__, glued)) if glued else found


def _unglue(words: list[str], starts: list[int], ends: list[int], vocabulary: frozenset[str] | None) -> bool:
    i = len(words) - 1
    split = False
    while i >= 0:
        word = words[i]
        cut = _GLUED.get(word)
        if not cut and vocabulary is not None and len(word) >= 6 and word[0] in _ELIDED and word[1] in _VOWELS:
            cut = 1 if word[1:] in vocabulary and word not in vocabulary else 0
        if cut:
            start = starts[i]
            words[i:i + 1] = [word[:cut], word[cut:]]
            starts[i:i + 1] = [start, start + cut]
            ends[i:i + 1] = [start + cut, ends[i]]
            split = True
        i -= 1
    return split


def _scan(text: str, folded: str, declared: str | None) -> _Text:
    lex = lexicon()
    found = text_words(folded)
    repair = tricky(folded)
    french = declared is not None and declared[:2].lower() == "fr"
    if not repair and not _worth_scanning(lex, _with_unglued(lex, found) if french else found, declared):
        return _UNREAD
    slips = not lex.typo_keys.isdisjoint(found)
    if repair:
        # Most tricky posts hold nothing the lexicon knows even once repaired ("#a11y", "b2b",
        # "R2-D2"): their repaired words, found without offsets, are tested first, and only a
        # post that passes is split again with them (a third of the cost of the full repair).
        quick = repaired_words(folded, lex.vocabulary, lex.squeezed, lex.by_shape, lex.typos)
        if quick is not None and not lex.worth_scanning(quick) and _THREAT_TRIGGERS.isdisjoint(quick):
            return _UNREAD
        tokens = list(TRICK_TOKEN.finditer(folded))
        words = [m.group() for m in tokens]
        starts = [m.start() for m in tokens]
        ends = [m.end() for m in tokens]
    else:
        # The view's split is `_TOKEN.findall(folded)` (a copy: the repairs below edit in place).
        # Each word starts at its first occurrence after the previous one, since the gaps between
        # words hold no character a word starts with: `find` gives the offsets without match
        # objects (half the cost of `finditer` on the dev set).
        words = list(words_in_order(folded))
        starts = []
        position = 0
        find, keep = folded.find, starts.append
        for word in words:
            position = find(word, position)
            keep(position)
            position += len(word)
        ends = [start + len(word) for start, word in zip(starts, words)]
    if repair or slips:
        if repair:
            join_spaced(folded, words, starts, ends, lex.vocabulary, lex.squeezed)
        if respell(words, lex.vocabulary, lex.squeezed, lex.by_shape, lex.typos, repair) or repair:
            folded = rewritten(folded, words, starts, ends)
        repaired = frozenset(words)
        if not lex.worth_scanning(repaired) and _THREAT_TRIGGERS.isdisjoint(repaired):
            return _UNREAD
    unglued = (french or not _GLUED_WORDS.isdisjoint(found)) and _unglue(
        words, starts, ends, lex.vocabulary if french else None
    )
    analysed = _Text(text, folded, words, starts, ends)
    # The rules gate their costlier shapes on the words of the post; the split made above serves.
    analysed.derived["word_set"] = found if not (repair or slips or unglued) else frozenset(words)
    language: list[str | None] = []
    n = len(words)
    single, double, firsts = lex.single, lex.double, lex.firsts
    matches, starting, ending, by_kind, word_kinds = (
        analysed.matches, analysed.starting, analysed.ending, analysed.by_kind, analysed.word_kinds
    )
    sentence: list[int] | None = None  # the post's sentence index, built for the first phrase
    for i, word in enumerate(words):
        candidates = single.get(word, ())
        if word in firsts and i + 1 < n:
            pair = double.get((word, words[i + 1]))
            if pair:
                candidates = pair + candidates
        if not candidates:
            continue
        for phrase, kinds, bound in candidates:
            size = len(phrase)
            if size > 2 and (i + size > n or tuple(words[i:i + size]) != phrase):
                continue
            if size > 1:  # both ends are words of the post (checked above, or a pair's two words)
                if sentence is None:
                    sentence = analysed.sentence
                if sentence[i] != sentence[i + size - 1]:
                    continue
            if bound:
                if not language:
                    language.append(_language(words, declared))
                if language[0] and bound != language[0]:
                    continue
            last = i + size - 1
            match = _Match(kinds, i, last, starts[i], ends[last], " ".join(phrase))
            matches.append(match)
            starting.setdefault(i, []).append(match)
            ending.setdefault(last, []).append(match)
            for kind in kinds:
                by_kind.setdefault(kind, []).append(match)
            if size == 1:
                word_kinds[i] = word_kinds.get(i, _NO_KINDS) | kinds
    return analysed
