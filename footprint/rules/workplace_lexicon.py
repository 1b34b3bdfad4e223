"""The workplace rules' lexicon (`data/workplace_lexicon.toml`), compiled for one-pass matching.

Each term of the lexicon gets an `Entry`: its valence (-4..+4), whether it names work and how
surely (`context`), and the roles it plays in reading a post (negator, lack marker, contrast,
booster...). Work cues come in tiers, because the rules are about the author's OWN workplace:

- own (2): a first-person or demonstrative anchor ("my manager", "our department", "this
  company", "management here", "at work", « ma job », « au bureau », « mon ministère »);
- role (2): a role that in a post nearly always means the author's workplace ("management",
  "upper management", "coworkers", "HR", « la haute direction », « les gestionnaires »);
- aspect (2 or 1): working conditions and grievances that only make sense about work
  ("salary", "underpaid", "micromanaged", « sous-payés », « microgestion »);
- generic (1): words that name work but not whose ("employees", "workers", "the employer",
  "the company"); together they count at most 1, so they never anchor a post alone;
- hint (0.5): "they", "here", « ici ».

The reading (`workplace_reading`) then drops cues that belong to someone else ("my sister's
boss", "her manager", « le boss de mon chum », "management there"), roles and aspects in posts
about sports, shows, party politics, unions or workplace safety, and aspects in posts that speak
of a workforce ("nurses", "workers") without a first-person word.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files

import ahocorasick

from footprint.records import Subject
from footprint.rules import _data
from footprint.rules.base import WORD_TOKEN
from footprint.rules.matcher import TermMatcher, squeezed_spaces
from footprint.text import fold

LEXICON_FILE = "workplace_lexicon.toml"
LANGUAGES = ("en", "fr")
MISTREATMENT = -2.0  # "treated like ..." with an object the lexicon does not list
DEGRADING = -4.0  # "treated like dirt": mistreatment at this weight is contempt (WRK001)
SARCASTIC = -3.0  # "another brilliant decision from upper management"
UNKEPT_ALONE = -1.0  # "still waiting" alone is a mood; after "we were promised" it is a broken word
IRONIC_PRAISE = 2.0  # "love how ...": praise, unless a failure follows in the sentence
OPEN_DOOR = 2.0  # "my manager's door is always open": praise, as "open door" weighs
CLUELESS_ALONE = -1.0  # "has no idea" alone is anyone's ("I have no idea"); said of leadership, a critique
AWAY = -1.0  # "from Florida" alone is nothing; beside a return-to-office order, a double standard
MOCK_PRAISE = -1.5  # "oh wonderful", « quel leadership »: mild alone; with "again", sarcasm
BEING_A_THING = -3.0  # "we're just numbers", « on est des meubles »
ESCAPE, LEAVING = -3.0, -1.5  # "done with this job"; "leaving this team" (farewells are kind too)
FAILURE = -2.0  # "the pay system crashed again", "took away telework": a negative event
TURNAROUND = -1.0  # "changed its mind": a mood alone; praise said of it is sarcasm
# Kinds of term whose presence anywhere in a post changes its reading, a bit each.
(
    HELD_OFF_WORK, HELD_ECONOMY, HELD_WORKFORCE, HELD_SARCASM, HELD_MOCK, HELD_CUSTOMER, HELD_REPEAT, HELD_BURDEN,
    HELD_EMPLOYMENT,
) = (1 << i for i in range(9))
_POST_BITS = (
    (HELD_OFF_WORK, "off_work"), (HELD_ECONOMY, "economy"), (HELD_WORKFORCE, "workforce"),
    (HELD_SARCASM, "sarcasm"), (HELD_MOCK, "mock"), (HELD_CUSTOMER, "customer"), (HELD_REPEAT, "repeat"),
    (HELD_BURDEN, "burden"), (HELD_EMPLOYMENT, "employment"),
)
BOOST = 1.4
DAMPEN = 0.5
# Words of a role that runs the place ("senior management", « la haute direction ») or of peers.
_LEADER_WORDS = frozenset(
    "management mgmt mgt leadership leaders executives execs executive exec senior upper director directors"
    " dg adm dm boss bosses superiors superior hr direction gestion cadres dirigeants sma patron patrons"
    " patronne superieurs gestionnaires higher ups deputy minister rh drh".split()
)
_PEER_WORDS = frozenset(
    "team teammates colleague colleagues coworker coworkers co workers workmates equipe collegue collegues gang".split()
)
# A strong cue whose first word is one of these, or whose last word is "here" / « ici », is the
# author's own workplace; other strong cues are roles.
_OWN_FIRST = frozenset("my our this mon ma mes notre nos ce cette cet".split())
_TEAMS = frozenset({"team", "equipe"})
_OWN_LAST = frozenset({"here", "ici"})

@dataclass(slots=True)
class Entry:
    """What one lexicon term means; a term listed in several sections merges them."""

    valence: float | None = None
    context: float = 0.0
    entity: bool = False  # a person or unit at work: a possible target of WRK001
    fragile: bool = False  # ignored in posts about sports, games, shows or party politics
    own: bool = False  # the author's own workplace: "my manager", "at work", « ma job »
    aspect: bool = False  # a working condition or grievance: "salary", "underpaid"
    generic: bool = False  # names work but not whose: "employees", "the company"
    owner: bool = False  # another person's, before a cue: "his", "my sister's", « son »
    owner_after: bool = False  # another person's, after a cue: « de mon chum »
    elsewhere: bool = False  # after a cue: "management there", « là-bas »
    workforce: bool = False  # a workforce spoken of from outside: "nurses", "workers"
    customer: bool = False  # the public one serves: "customer", « client »
    sarcasm: bool = False  # "said no one ever", "yeah right", « ben voyons »
    directive: bool = False  # "needs to", « devrait »: after a role, the conduct it lacks
    conduct: bool = False  # what a role can be told to do: "value people", « nous écouter »
    contempt: bool = False
    need: bool = False
    negator: bool = False
    lack: bool = False
    post_lack: bool = False
    trouble: bool = False
    contrast: bool = False
    boost: float = 0.0
    off_work: bool = False
    neutral: bool = False
    repeat: bool = False  # "again", « encore »: in a sarcastic post, the same failure once more
    agent: bool = False  # "screams at me", « me rabaisse »: counts only when a boss or colleague does it
    mock: bool = False  # "oh wonderful", « quel leadership »: mock praise, mild; "again" then weighs
    ironic: bool = False  # "love how", « j'adore quand »: praise, unless a failure follows
    burden: bool = False  # "overtime", « réunions »: what work weighs on people with
    mandate: bool = False  # "return to office", « retour au bureau »
    away: bool = False  # "from the cottage", « du chalet »: where the leaders giving the mandate are
    leader: bool = False  # "senior management", « la direction »: those who run the place, not peers
    peer: bool = False  # "my team", "colleagues", « mes collègues »: the people one works beside
    economy: bool = False  # "job losses", « chômage »: the job market, not one's employer
    claim: bool = False  # "we're told", « on nous a promis »: what the employer says
    claim_verb: bool = False  # "says", « répète »: a claim right after a boss or unit
    unkept: bool = False  # "still waiting", « toujours rien »: after a claim, the claim was not kept
    leaving: bool = False  # "quit", "be out of here", « sacrer mon camp »: a way of leaving
    eager: bool = False  # "in a heartbeat", « j'ai hâte »: with a way of leaving, wanting out
    rest: bool = False  # "the weekend", « les vacances »: leaving for a rest, not the job
    when: bool = False  # "today", « ce soir »: leaving at a time, an errand unless something holds one back
    leaving_or_irony: bool = False  # any of leaving, eager, rest, wish, means, failure, concession
    plain_hint: bool = False  # a hint and nothing else ("they", "we", « on »): read on a short path
    bits: int = 0  # OFF_WORK, ECONOMY, ...: what a post holding this term holds, for one pass per post
    # The most this term can add to a post's work context, set by the reading once the lexicon is
    # built (`workplace_reading._bound_terms`, which says how): in the loop over terms (`add`, and
    # `add_lacked` more when a need may be found lacking), to the capped generic cues and aspects,
    # and what else the reading must know of it (REACH_* bits). Not read as lexicon properties.
    add: float = 0.0
    add_lacked: float = 0.0
    add_generic: float = 0.0
    add_aspect: float = 0.0
    reach: int = 0
    wish: bool = False  # "thinking of", « je pense à »: with a way of leaving, a wish to get out
    means: bool = False  # "if the economy were better", « si c'était pas de ma pension »
    failure: bool = False  # "crashed again", "took away": an event praise may be sarcasm about
    concession: bool = False  # "despite", « malgré »: praise beside a hardship stays earnest
    cheer: bool = False  # "wow", « youpi »: praise only as an interjection ("Wow, another reorg.")
    employment: bool = False  # "employer", "to work for": a post that speaks as someone employed
    sequel: bool = False  # "then they", « puis »: after a claim, what came next
    clueless: bool = False  # "has no idea", « a aucune idée »: a critique when said of leadership
    open_door: bool = False  # "door's always open", « porte toujours ouverte »: praise, unless a proviso shuts it
    proviso: bool = False  # "as long as you agree", « tant qu'on est d'accord »: after an open door, its opposite
    pointed: bool = False  # mock praise that is sarcasm alone ("leadership at its finest", « quel génie »)


# Text and terms are both rewritten with every character that is not part of a word (apostrophes
# and hyphens included, so "l'employeur" holds "employeur" and "co-workers" is "co workers") as a
# space, which keeps offsets. Terms are then looked up as " term": a hit starts at a word.
# (Folding has already turned curly quotes, guillemets and dashes into their ASCII forms.)
_SEPARATORS = str.maketrans(
    {c: " " for c in "!\"#$%'()+,-.:;<=>?@[\\]^_`{|}~\n\r\t\f\v\u2026\u2022\u00b7\u00a1\u00bf"}
)


# Most folded posts are ASCII: a bytes table rewrites them in C at a tenth of the cost of the
# dict above (the separators beyond ASCII cannot occur in them).
_ASCII_SEPARATORS = bytes.maketrans(
    bytes(c for c in _SEPARATORS if c < 128), b" " * sum(1 for c in _SEPARATORS if c < 128)
)


# Other posts (French ones mostly) through the same table as a string indexed by code point:
# `str.translate` with a dict raises and clears a KeyError for every character the dict lacks,
# nearly every character of a post; the string answers them all, and characters past its end
# (emoji) stay as they are, as with the dict (see `footprint.text.fold`). 5.9 -> 2.1 us a post.
_SEPARATOR_STRING = "".join(str(_SEPARATORS.get(code, chr(code))) for code in range(max(_SEPARATORS) + 1))


def _spaced(text: str) -> str:
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_SEPARATORS).decode("ascii")
    return text.translate(_SEPARATOR_STRING)


class PhraseMatcher:
    """Whole-word, whole-phrase lookup of many terms in one Aho-Corasick pass; the longest term
    wins where two overlap, as with `TermMatcher`, but only hits at word starts reach Python,
    which keeps short entries ("no", "us", « ne ») cheap."""

    def __init__(self, terms: Mapping[str, Entry]) -> None:
        self._automaton = ahocorasick.Automaton()
        for term, value in terms.items():
            key = " " + " ".join(_spaced(term).split())
            if len(key) > 1:
                self._automaton.add_word(key, (len(key), term, value))
        self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._automaton)

    def terms(self) -> list[str]:
        """The terms, as they are looked up (spaced and folded)."""
        return [key[1:] for key in self._automaton.keys()]

    def entries(self) -> list[tuple[str, Entry]]:
        """Each term (as matches name it) and its entry."""
        return [(term, entry) for _length, term, entry in self._automaton.values()]

    def find_in(self, folded: str) -> list[tuple[int, int, str, Entry]]:
        """Matches in a folded text, as offsets of it. A run of spaces typed in the text ("want to
        quit" with two spaces, two after a full stop) reads as one; punctuation still parts phrases."""
        if "  " not in folded:
            return self.find(_spaced(folded))
        squeezed, origin = squeezed_spaces(folded)
        return [(origin[s], origin[e - 1] + 1, term, entry) for s, e, term, entry in self.find(_spaced(squeezed))]

    def find(self, spaced: str) -> list[tuple[int, int, str, Entry]]:
        """Matches in `_spaced(folded)`, as (start, end, term, entry) offsets of the text."""
        hay = " " + spaced
        size = len(hay)
        found = []
        for last, (length, term, value) in self._automaton.iter(hay):
            after = last + 1
            if after < size and hay[after].isalnum():
                continue
            found.append((after - length, last, term, value))
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
        kept: list[tuple[int, int, str, Entry]] = []
        end = -1
        for match in found:
            if match[0] >= end:
                kept.append(match)
                end = match[1]
        return kept


@dataclass(frozen=True)
class Lexicon:
    matcher: PhraseMatcher
    context_words: KeyWords  # of every context term weighing 1 or more
    negative_words: KeyWords  # of every negative or contempt term
    reversible_words: KeyWords  # of every positive or need term (negative once negated)
    negator_words: frozenset[str]
    repeat_words: KeyWords  # "again", « encore »
    burden_words: KeyWords  # "meeting", « réunion »
    eager_words: KeyWords  # "in a heartbeat", "if the economy", "thinking of"
    leaving_words: KeyWords  # "quit", « sacrer mon camp »
    ironic_words: KeyWords  # "love how", « j'adore quand »
    claim_words: KeyWords  # "they promised us", « on nous a dit »
    sequel_words: KeyWords  # "then they", « puis »
    means_words: KeyWords  # "if it weren't for my pension", "one more year and": name a job with a leaving


_DEFAULT_ENTRY = Entry()


def _merge(
    entries: dict[str, Entry], term: str, changes: Mapping[str, object], keep: bool = False
) -> None:
    """Add properties to a term; the highest context weight wins. With `keep`, properties the
    term already has are kept (a plural does not override its own entry). Each term owns its
    entry, so it is updated in place (tens of thousands of merges build a lexicon: a copy per
    merge cost a second at every start)."""
    current = entries.get(term)
    if current is None:
        current = entries[term] = Entry()
    updates = dict(changes)
    if "context" in updates:
        incoming = float(updates["context"])  # type: ignore[arg-type]
        updates["context"] = max(current.context, incoming)
        # The strongest listing decides whether a cue is generic: "morale" is an aspect of 2
        # even if a list of milder grievances names it too.
        if incoming < current.context:
            updates.pop("generic", None)
        elif incoming > current.context and "generic" not in updates:
            updates["generic"] = False
    if keep:
        updates = {
            k: v for k, v in updates.items() if k == "context" or getattr(current, k) == getattr(_DEFAULT_ENTRY, k)
        }
    for name, value in updates.items():
        if not hasattr(_DEFAULT_ENTRY, name):
            raise TypeError(f"unknown lexicon property {name!r}")
        setattr(current, name, value)


_ELISION = re.compile(r"(?<![^\W\d_])([cdjlmnst]|qu|jusqu|lorsqu|puisqu)'(?=[^\W\d_])")


def _glued(raw: str) -> str | None:
    """The term with its elisions written without the apostrophe (« j'ai hâte » -> "jai hate"),
    or None when it has none."""
    folded = fold(raw).replace("\u2019", "'")
    if "'" not in folded:
        return None
    glued = _ELISION.sub(r"\1", folded)
    return " ".join(_spaced(glued).split()) if glued != folded else None


def _plural(term: str) -> str | None:
    if " " in term or "'" in term or len(term) < 4 or not term.isalpha():
        return None
    if term.endswith(("s", "x", "z")):
        return None
    return term + ("es" if term.endswith(("ch", "sh")) else "s")


# Words too common to stand for a phrase in the cheap pre-check.
_COMMON = frozenset(
    "a an the of to in on at for with about from by as is are was were be been am it its this that these those"
    " i me my we us our you your he she they them their there here so too very much many more most just really"
    " not no don t s re ve ll d m can do does did have has had get got go going make made want need like feel"
    " people thing things all any some one everything nothing said could would should will what when who how"
    " le la les un une des de du d l en et est sont a au aux ce cet cette ces c j n qu que qui on nous vous ils"
    " elles leur leurs mon ma mes notre nos pas ne plus tres trop pour par avec dans sur comme tout tous fait"
    " etre avoir work good out life make made much many well said hope little talk place nothing never dont"
    " doesn didn culture company management want going think know time day way new only also even still"
    " back see come take give look find better best great love right first last long year years today people"
    " makes coming doing kids children person human whole top under leave gonna wanna join rien monde shit"
    " stupid everyone feel felt treat treats treated treating us me looking forward excited wait next"
    " another anyone else".split()
)


@dataclass(frozen=True)
class KeyWords:
    """A cheap necessary condition for "one of these terms is in the text", on the text's word
    set: a one-word term by its word, a phrase by two of its words (uncommon and long ones
    first), which must both be there."""

    single: frozenset[str]
    pairs: Mapping[str, frozenset[str]]
    pair_keys: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "pair_keys", frozenset(self.pairs))

    @classmethod
    def of(cls, terms: list[str]) -> KeyWords:
        single: set[str] = set()
        pairs: dict[str, set[str]] = {}
        for term in terms:
            words = sorted(set(WORD_TOKEN.findall(term)), key=lambda w: (w in _COMMON, -len(w), w))
            if len(words) < 2:
                single.update(words or [term])
            else:
                pairs.setdefault(words[0], set()).add(words[1])
        return cls(frozenset(single), {k: frozenset(v) for k, v in pairs.items()})

    def __or__(self, other: KeyWords) -> KeyWords:
        pairs = {k: frozenset(v) for k, v in self.pairs.items()}
        for k, v in other.pairs.items():
            pairs[k] = pairs.get(k, frozenset()) | v
        return KeyWords(self.single | other.single, pairs)

    def any_in(self, words: frozenset[str]) -> bool:
        if not words.isdisjoint(self.single):
            return True
        if words.isdisjoint(self.pair_keys):
            return False
        for word in words & self.pair_keys:
            if not words.isdisjoint(self.pairs[word]):
                return True
        return False


@cache
def _raw() -> dict:
    return tomllib.loads(files("footprint.rules").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8"))


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of one language ("en" or "fr")."""
    data = _raw()
    entries: dict[str, Entry] = {}

    def add(terms: list[str], expand: bool = True, **changes: object) -> None:
        for raw in terms:
            term = " ".join(_spaced(fold(raw)).split())
            if not term:
                continue
            _merge(entries, term, changes)
            if "oe" in term:  # folding keeps "œ": « sœur », « écœurant » are written both ways
                _merge(entries, term.replace("oe", "\u0153"), changes)
            plural = _plural(term) if expand else None
            if plural:
                # A plural takes the singular's properties, except those its own entry sets.
                _merge(entries, plural, changes, keep=True)
            if lang == "fr":
                # Quick French drops the apostrophe of an elision: « jai », « ma dit », « sacharne »,
                # « dici », « lequipe ». The glued form means what the term means, unless another
                # term already says what it means ("n'" alone, before a word, is left as it is).
                glued = _glued(raw)
                if glued and glued != term:
                    _merge(entries, glued, changes, keep=True)

    ent, asp, grv = data["entities"], data["aspects"], data["grievances"]
    for term in ent[f"strong_{lang}"]:
        words = _spaced(fold(term)).split()
        own = bool(words) and (words[0] in _OWN_FIRST or words[-1] in _OWN_LAST)
        add([term], context=2, entity=True, own=own, leader=not _LEADER_WORDS.isdisjoint(words))
    add(ent[f"weak_{lang}"], context=1, entity=True, generic=True)
    for term, entry in entries.items():
        if entry.entity:
            term_words = set(term.split())
            entry.peer = not _PEER_WORDS.isdisjoint(term_words) and not entry.leader
            entry.leader = entry.leader or (not entry.peer and not _LEADER_WORDS.isdisjoint(term_words))
    add(ent[f"hint_{lang}"], expand=False, context=0.5)
    add(asp[f"settings_{lang}"], context=2, own=True)
    add(asp[f"strong_{lang}"], context=2, aspect=True)
    add(asp[f"weak_{lang}"], context=1, aspect=True, generic=True)
    add(grv[f"strong_{lang}"], context=2, aspect=True)
    add(grv[f"weak_{lang}"], context=1, aspect=True, generic=True)
    others = data["others"]
    # "workers'", "employees'": once apostrophes are spaced these are the nouns themselves, which
    # would make "employees" an owner; the reading's possessive pattern finds them instead.
    add([t for t in others[f"owners_{lang}"] if not t.endswith("'")], expand=False, owner=True)
    add(others[f"owners_after_{lang}"], expand=False, owner_after=True)
    add(others[f"elsewhere_{lang}"], expand=False, elsewhere=True)
    add(others[f"workforce_{lang}"], workforce=True)
    add(others[f"customers_{lang}"], customer=True)
    sarcasm = data["sarcasm"]
    add(sarcasm[f"markers_{lang}"], expand=False, sarcasm=True)
    for opener in sarcasm[f"openers_{lang}"]:
        for praise in sarcasm[f"praise_{lang}"]:
            # "Another brilliant decision from upper management", « encore une idée géniale »
            combos = [f"{opener} {praise} {thing}" for thing in sarcasm[f"things_{lang}"]]
            if lang == "fr":
                combos += [f"{opener} {thing} {praise}" for thing in sarcasm[f"things_{lang}"]]
            add(combos, expand=False, valence=SARCASTIC)
    for opener in sarcasm[f"eager_openers_{lang}"]:
        add([f"{opener} {thing}" for thing in sarcasm[f"impositions_{lang}"]], expand=False, valence=SARCASTIC)
        # The next town hall or two-hour meeting: only work has them, so they name it (2).
        things = [f"{opener} {thing}" for thing in sarcasm[f"eager_things_{lang}"]]
        add(things, expand=False, valence=SARCASTIC, context=2, aspect=True)
    add(sarcasm[f"cheers_{lang}"], expand=False, cheer=True)
    for praise in sarcasm[f"praise_{lang}"]:
        combos = [f"{praise} {thing}" for thing in sarcasm[f"impositions_{lang}"]]
        if lang == "fr":
            combos += [f"{thing} {praise}" for thing in sarcasm[f"impositions_{lang}"]]
        add(combos, expand=False, valence=SARCASTIC)
    for weight, terms in data["valence"][lang].items():
        add(terms, valence=float(weight))
    for kind in data["classes"].values():
        # `cue`: the class's phrases name the author's own work themselves ("sick of working
        # here", "threatened with termination"), so they are work cues of that weight too.
        # A `cue` of 1 is a generic aspect ("all about the numbers"), which needs another cue.
        weight = float(kind.get("cue", 0))
        cue: dict[str, object] = (
            {"context": weight, "own": weight >= 2, "aspect": True, "generic": weight < 2} if weight else {}
        )
        # `leaving`: the class's phrases at this weight or milder are ways of leaving ("hand in
        # my badge", "greener pastures"): eagerness or a means in their sentence makes them
        # wanting out, as for the words of the [leaving] section.
        mildest = float(kind.get("leaving", 0))
        for weight, terms in kind.get(lang, {}).items():
            leaving = {"leaving": True} if mildest and float(weight) >= mildest else {}
            add(terms, True, valence=float(weight), agent=bool(kind.get("agent")), **cue, **leaving)
        add(kind.get(f"cues_{lang}", []), context=2, aspect=True)
        add(kind.get(f"weak_cues_{lang}", []), context=1, aspect=True, generic=True)
    said = data["claims"]
    add(said[lang], expand=False, claim=True)
    add(said[f"verbs_{lang}"], expand=False, claim_verb=True)
    add(said[f"unkept_{lang}"], expand=False, unkept=True, valence=UNKEPT_ALONE)
    add(said[f"sequels_{lang}"], expand=False, sequel=True)
    more = data["sarcasm_more"]
    add(more[f"strong_{lang}"], expand=False, sarcasm=True, valence=SARCASTIC)
    add(more[f"mild_{lang}"], expand=False, mock=True, valence=MOCK_PRAISE)
    # Mock praise is sarcasm even alone (in a post with no earnest praise), except the soft
    # kind people also say in earnest ("so motivating to see my team grow", « c'est beau »),
    # which needs a harm beside it or a sentence of its own.
    soft = {" ".join(_spaced(fold(t)).split()) for t in more[f"soft_{lang}"]}
    pointed = [t for t in more[f"mild_{lang}"] if " ".join(_spaced(fold(t)).split()) not in soft]
    add(more[f"pointed_{lang}"] + pointed, expand=False, mock=True, pointed=True, valence=MOCK_PRAISE)
    add(data["ironic"][lang], expand=False, ironic=True, valence=IRONIC_PRAISE)
    add(more[f"repeat_{lang}"], expand=False, repeat=True)
    burdens, double = data["burdens"], data["double_standard"]
    add(burdens[lang], expand=False, burden=True)
    add(burdens[f"more_{lang}"], expand=False, repeat=True)
    add(double[f"mandate_{lang}"], expand=False, mandate=True)
    add(double[f"away_{lang}"], expand=False, away=True)
    add(data["economy"][lang], expand=False, economy=True)
    add(data["clueless"][lang], expand=False, clueless=True)
    door = data["open_door"]
    add(door[lang], expand=False, open_door=True)
    add(door[f"proviso_{lang}"], expand=False, proviso=True)
    add(door[f"tails_{lang}"], expand=False, open_door=True)
    for term in door[lang]:
        entry = entries[" ".join(_spaced(fold(term)).split())]
        if entry.valence is None:
            entry.valence = OPEN_DOOR
    for term in data["clueless"][lang]:
        entry = entries[" ".join(_spaced(fold(term)).split())]
        if entry.valence is None:
            entry.valence = CLUELESS_ALONE  # the pre-check must see it as a possible negative
    add(data["employment"][lang], expand=False, employment=True)
    for term in double[f"away_{lang}"]:
        entry = entries[" ".join(_spaced(fold(term)).split())]
        if entry.valence is None:
            entry.valence = AWAY  # "from Florida" alone is nothing; the pre-check must still see it
    leaving = data["leaving"]
    add(leaving[lang], expand=False, leaving=True)
    add(leaving[f"eager_{lang}"], expand=False, eager=True)
    add(leaving[f"rest_{lang}"], expand=False, rest=True)
    add(leaving[f"when_{lang}"], expand=False, when=True)
    add(leaving[f"wish_{lang}"], expand=False, wish=True)
    add(leaving[f"means_{lang}"], expand=False, means=True)
    failures = data["failures"]
    add(failures[lang], expand=False, failure=True, valence=FAILURE)
    add(failures[f"flag_{lang}"], expand=False, failure=True)  # keep their own weight
    add(failures[f"mild_{lang}"], expand=False, failure=True, valence=TURNAROUND)
    add(failures[f"concession_{lang}"], expand=False, concession=True)
    being = data["being"]
    being_terms: list[str] = []
    just_verbs = being[f"verbs_just_{lang}"]
    for verbs, objs in ((being[f"verbs_{lang}"] + just_verbs, being[f"objects_{lang}"]), (just_verbs, being[f"objects_just_{lang}"])):
        # "we're just numbers", « on est des meubles »; "a number" and « un numéro » only after
        # "just" / « juste » ("we are a number of people", « c'est tout un numéro »).
        combos = [f"{verb} {obj}" for verb in verbs for obj in objs]
        being_terms += [" ".join(_spaced(fold(c)).split()) for c in combos]
        add(combos, expand=False, valence=BEING_A_THING)
    escape = data["escape"]
    mild = set(escape[f"mild_{lang}"])
    for verb in escape[f"verbs_{lang}"]:
        for place in escape[f"places_{lang}"]:
            # "done with this job", « tannée de ma job »: the place is the cue the phrase swallows
            words = _spaced(fold(place)).split()
            context = 1 if words[-1] in _OWN_LAST else 2
            glue = "" if verb.endswith("'") else " "
            # "done with this team" after a loss is a fan's, not an employee's: a team is
            # fragile (ignored in posts about sports, games, shows or party politics)
            add([f"{verb}{glue}{place}"], expand=False, context=context, own=True, leaving=True,
                valence=LEAVING if verb in mild else ESCAPE, fragile=words[-1] in _TEAMS)
    add(data["contempt"][lang], contempt=True)
    add(data["needs"][lang], need=True)
    add(data["negators"][lang], expand=False, negator=True)
    add(data["lack"][lang], expand=False, lack=True)
    add(data["directives"][lang], expand=False, directive=True)
    add(data["directives"][f"conduct_{lang}"], expand=False, conduct=True)
    add(data["post_lack"][lang], expand=False, post_lack=True)
    add(data["troubles"][lang], expand=False, trouble=True)
    add(data["contrast"][lang], expand=False, contrast=True)
    add(data["boosters"][lang], expand=False, boost=BOOST)
    add(data["boosters"][f"dampeners_{lang}"], expand=False, boost=DAMPEN)
    add(ent[f"fragile_{lang}"], expand=False, fragile=True)
    add(data["off_work"][lang], off_work=True)
    owners, elsewhere = _relatives_work(data["relatives"], lang)
    add(owners, expand=False, owner=True)
    add(elsewhere, expand=False, off_work=True)
    add(data["neutral"][lang], expand=False, neutral=True)
    mistreatment = data["mistreatment"]
    objects = [(obj, float(w)) for w, objs in mistreatment[f"objects_{lang}"].items() for obj in objs]
    kinds = (("verbs_strong", 2, MISTREATMENT), ("verbs", 1, MISTREATMENT), ("verbs_open", 1, None))
    for key, context, default in kinds:
        verbs = mistreatment[f"{key}_{lang}"]
        if default is not None:
            add(verbs, expand=False, context=context, valence=default)
        for verb in verbs:
            add([f"{verb} {obj}" for obj, _w in objects if _w < 0], expand=False, context=context)
            for obj, weight in objects:
                # Treated "like dirt", « comme des chiens » (-4): contempt, an insult-level finding.
                changes = {"valence": weight, "contempt": weight <= DEGRADING}
                _merge(entries, " ".join(_spaced(fold(f"{verb} {obj}")).split()), changes)
    _clueless_overlaps(entries, [" ".join(_spaced(fold(t)).split()) for t in data["clueless"][lang]])
    for entry in entries.values():
        if entry.contempt and entry.valence is None:
            entry.valence = -3.0
    _inherit_cues(entries)
    _inherit_sense(entries)
    for entry in entries.values():
        entry.leaving_or_irony = (
            entry.leaving or entry.eager or entry.rest or entry.when or entry.wish or entry.means or entry.failure
            or entry.concession
        )
    bare = Entry()
    for entry in entries.values():
        entry.plain_hint = 0 < entry.context < 1 and replace(entry, context=0.0) == bare
        entry.bits = sum(bit for bit, name in _POST_BITS if getattr(entry, name))
    for term in being_terms:
        # "I'm just a number" is nearly always said of an employer, but not always: a cue of 1,
        # or the stronger cue it holds ("I am nothing but a number here").
        entries[term].context = max(entries[term].context, 1.0)
    context_words = KeyWords.of([t for t, e in entries.items() if e.context >= 1])
    negative_words = KeyWords.of(
        [
            t
            for t, e in entries.items()
            if (e.valence is not None and e.valence < 0) or e.contempt or e.proviso
        ]
    )
    reversible_words = KeyWords.of(
        [t for t, e in entries.items() if (e.valence is not None and e.valence > 0) or e.need or e.conduct or e.cheer]
    )
    # Every word of a negator: "don't" is split into "don" and "t" by the word split.
    negator_words = frozenset(
        w for t, e in entries.items() if e.negator or e.lack or e.directive for w in WORD_TOKEN.findall(t)
    )
    repeat_words = KeyWords.of([t for t, e in entries.items() if e.repeat])
    burden_words = KeyWords.of([t for t, e in entries.items() if e.burden])
    eager_words = KeyWords.of([t for t, e in entries.items() if e.eager or e.means or e.wish])
    leaving_words = KeyWords.of([t for t, e in entries.items() if e.leaving])
    ironic_words = KeyWords.of([t for t, e in entries.items() if e.ironic])
    # A claim verb counts only after a boss or unit; any of them may open a broken word.
    claim_words = KeyWords.of([t for t, e in entries.items() if e.claim or e.claim_verb])
    sequel_words = KeyWords.of([t for t, e in entries.items() if e.sequel])
    means_words = KeyWords.of([t for t, e in entries.items() if e.means])
    matcher = PhraseMatcher(entries)
    return Lexicon(
        matcher, context_words, negative_words, reversible_words, negator_words, repeat_words, burden_words,
        eager_words, leaving_words, ironic_words, claim_words, sequel_words, means_words,
    )


_LACK_STARTS = frozenset({"no", "zero", "not", "aucune", "pas"})


def _clueless_overlaps(entries: dict[str, Entry], clueless: list[str]) -> None:
    """Phrases that begin inside a "knowing nothing" phrase keep their sense: the matcher takes the
    leftmost match, so "has no idea" would swallow "no idea what the right hand is doing" and
    « a aucune idée » « aucune idée de ce qu'on fait ». Each such pair is joined into one entry
    with the longer phrase's properties ("has no idea what the right hand")."""
    ordered = sorted(entries)
    for term in clueless:
        words = term.split()
        for cut in range(1, len(words)):
            if words[cut] not in _LACK_STARTS:
                continue  # "going on" must not join "on strike": only the phrase of the lack itself
            head, tail = " ".join(words[:cut]), " ".join(words[cut:]) + " "
            at = bisect_left(ordered, tail)
            while at < len(ordered) and ordered[at].startswith(tail):
                other = ordered[at]
                if not entries[other].clueless:
                    entries.setdefault(f"{head} {other}", replace(entries[other]))
                at += 1


def _relatives_work(relatives: Mapping[str, list[str]], lang: str) -> tuple[list[str], list[str]]:
    """Phrases that put a relative's or a friend's work in the post: owners of the cue after them
    ("my sister has an awful manager", « mon chum a une gestionnaire épouvantable ») and phrases
    that make the post about that person's workplace ("my sister works in a nursing home", « où
    travaille ma blonde »), where only the author's own cues ("my manager", « ma job ») count."""
    if lang == "en":
        people = [f"my {r}" for r in relatives["en"]]
        owners = [f"{p} {verb} {a}" for p in people for verb in ("has", "had") for a in ("a", "an", "the")]
        elsewhere = [f"{w}{p} {verb}" for p in people for w in ("", "where ") for verb in ("works", "worked")]
        elsewhere += [f"{p} is working" for p in people]
        return owners, elsewhere
    people = [f"mon {r}" for r in relatives["fr_mon"]] + [f"ma {r}" for r in relatives["fr_ma"]]
    owners = [f"{p} {verb} {a}" for p in people for verb in ("a", "avait") for a in ("un", "une")]
    elsewhere = [f"{p} {verb}" for p in people for verb in ("travaille", "travaillait", "bosse")]
    elsewhere += [f"ou {verb} {p}" for p in people for verb in ("travaille", "travaillait")]
    elsewhere += [f"ou {p} travaille" for p in people]
    return owners, elsewhere


def _inherit_cues(entries: dict[str, Entry]) -> None:
    """A critique or burden phrase that holds a work cue is that cue too: the longest match
    swallows the words inside it, so "yet another reorg", "this job is killing me", « bravo la
    direction » or "change of manager" would otherwise name no workplace. The phrase takes the strongest cue among its words."""
    cue_fields = ("context", "entity", "generic", "aspect", "own", "fragile")
    for term, entry in entries.items():
        if (
            (entry.valence is None and not (entry.burden or entry.employment or entry.leaving or entry.sarcasm))
            or entry.context
            or " " not in term
        ):
            continue
        words = term.split()
        best: Entry | None = None
        for size in range(len(words) - 1, 0, -1):
            for first in range(len(words) - size + 1):
                cue = entries.get(" ".join(words[first : first + size]))
                if cue is not None and cue.context >= 1 and (best is None or cue.context > best.context):
                    best = cue
        if best is not None:
            for name in cue_fields:
                setattr(entry, name, getattr(best, name))


INHERITED = -2.5  # the mildest word a cue phrase passes its weight on from


def _inherit_sense(entries: dict[str, Entry]) -> None:
    """A work cue phrase that holds a clearly negative word or a need is that word too: the
    longest match swallows the words inside it, so "toxic workplace", "bullied at work",
    « surcharge de travail » or "unpaid overtime" would otherwise weigh nothing, and "no company
    culture" or « aucun équilibre travail-vie personnelle » would lack nothing. Milder words stay
    behind ("get fired", "hard workers", "endless meetings"): said alone, they are not a critique."""
    for term, entry in entries.items():
        if not entry.context or entry.valence is not None or entry.need or " " not in term:
            continue
        words = term.split()
        worst: Entry | None = None
        need = False
        for size in range(len(words) - 1, 0, -1):
            for first in range(len(words) - size + 1):
                part = entries.get(" ".join(words[first : first + size]))
                if part is None or part.negator or part.lack:
                    continue
                if part.valence is not None and part.valence <= INHERITED and (worst is None or part.valence < (worst.valence or 0)):
                    worst = part
                need = need or (part.need and entry.aspect and not entry.entity)
        if worst is not None:
            entry.valence, entry.contempt = worst.valence, worst.contempt
        elif need:
            entry.need = True


@dataclass(frozen=True)
class _Precheck:
    """Set tests on the post's words that rule most posts out before any matching."""

    context: KeyWords  # of cues weighing 1 or more (hints alone never add up)
    negative: KeyWords
    reversible: KeyWords
    negators: frozenset[str]
    repeat: KeyWords
    burden: KeyWords
    eager: KeyWords
    leaving: KeyWords
    ironic: KeyWords
    claim: KeyWords
    sequel: KeyWords

    def could_be_negative(self, words: frozenset[str]) -> bool:
        if self.negative.any_in(words):
            return True
        if not words.isdisjoint(self.negators) and self.reversible.any_in(words):
            return True
        # Readings built of words that are not negative alone: wanting out ("I'd be out of here
        # in a heartbeat"), irony ("love getting emails at 11pm"), a burden come round again
        # that praise makes sarcasm ("Great, another meeting").
        if self.eager.any_in(words) and self.leaving.any_in(words):
            return True
        if self.sequel.any_in(words) and self.claim.any_in(words):
            return True  # a word given, then broken: "they promised us raises, then came the freeze"
        if not self.burden.any_in(words):
            return False
        # ... or thanks for it ("thanks boss for the overtime", « merci patron pour la réorg »).
        thanked = not words.isdisjoint(_THANKED_FOR) and not words.isdisjoint(_THANKS_WORDS)
        return self.ironic.any_in(words) or ((thanked or self.repeat.any_in(words)) and self.reversible.any_in(words))

    def could_be_about_work(self, words: frozenset[str]) -> bool:
        # Hints ("they", « ici ») weigh 0.5 at most in all, so a post needs one of these words,
        # or a burden come round again ("Wow, another last-minute change").
        # (Two lacks of context-free needs, "no support, no respect", are let go here.)
        # `context.any_in` written out: most posts that reach this test share a common word with
        # a phrase ("good", "again") and no more, and the calls cost more than the set tests.
        context = self.context
        if not words.isdisjoint(context.single):
            return True
        pairs = context.pairs
        for word in words & context.pair_keys:
            if not words.isdisjoint(pairs[word]):
                return True
        return self.repeat.any_in(words) and self.burden.any_in(words)


_THANKED_FOR = frozenset({"for", "pour", "avoir"})
_THANKS_WORDS = frozenset({"thanks", "thank", "merci", "congrats", "kudos", "bravo", "felicitations", "cheers"})


@cache
def _precheck() -> _Precheck:
    en, fr = lexicon("en"), lexicon("fr")
    return _Precheck(
        # A means that holds one back names a job when a leaving is beside it (see the reading).
        en.context_words | fr.context_words | en.means_words | fr.means_words,
        en.negative_words | fr.negative_words,
        en.reversible_words | fr.reversible_words,
        en.negator_words | fr.negator_words,
        en.repeat_words | fr.repeat_words,
        en.burden_words | fr.burden_words,
        en.eager_words | fr.eager_words,
        en.leaving_words | fr.leaving_words,
        en.ironic_words | fr.ironic_words,
        en.claim_words | fr.claim_words,
        en.sequel_words | fr.sequel_words,
    )


@cache
def _organization_terms() -> tuple[TermMatcher[None], frozenset[str]]:
    """Organization abbreviations as targets ("ESDC management is a clown show"), matched
    case-sensitively, and their folded forms for a cheap pre-check on the post's words."""
    names: set[str] = set()
    for org in _data.organizations():
        for key in ("abbr_en", "abbr_fr"):
            value = (org.get(key) or "").strip()
            if len(value) >= 3 and value.isupper():
                names.add(value)
    return TermMatcher(names), frozenset(fold(name) for name in names)


_FR_FUNCTION = frozenset(
    "le la les des est et je j pas une du que qui qu mon ma mes notre nos nous vous ce cette ces avec pour dans"
    " sur au aux c l d n ca tres mais tout plus sont ai suis etre avoir on ils elles leur fait ici"
    " jai cest quon jsuis".split()
)
_EN_FUNCTION = frozenset(
    "the is are and to of my i you it this that with for in on was be have not but they we our been what"
    " when there their them just so at do does don about here if".split()
)


def _languages(subject: Subject, words: frozenset[str]) -> tuple[str, ...]:
    declared = (subject.language or "").lower()[:2]
    en, fr = len(words & _EN_FUNCTION), len(words & _FR_FUNCTION)
    if declared in LANGUAGES:
        other = "fr" if declared == "en" else "en"
        return (declared, other) if (en if other == "en" else fr) >= 3 else (declared,)
    if en >= 2 and fr >= 2:
        return ("en", "fr") if en >= fr else ("fr", "en")
    return ("fr",) if fr > en else ("en",)

