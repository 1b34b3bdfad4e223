"""One reading of a post for both workplace rules: who at work is talked about, and how.

The lexicon's terms are found in one pass, in the post's language (declared, or guessed from
function words; both for bilingual posts). The post gets:

- a workplace weight (`context`): own and role cues 2 ("my manager", "management", « la haute
  direction »), aspects and grievances 2 or 1 ("salary", "underpaid"), generic cues 1 in all
  ("employees", "the employer"), hints 0.5 in all ("they", « ici »). It needs 2, so generic
  words and hints never anchor a post alone. Cues that are someone else's count for nothing:
  after an owner ("her manager", "my sister's boss", "Dave's boss", « son patron »), before one
  (« le boss de mon chum ») or before "there" ("management there"); roles and aspects in posts
  about sports, shows, party politics, unions or workplace safety; aspects and lacks in posts
  that speak of a workforce ("nurses are overworked") without a first-person word.
- a valence: the sum of its words' weights (-4..+4), strengthened by intensifiers ("very",
  « tellement »), softened by "a bit" / « un peu », reversed by a negator up to three words
  before ("not good", "don't feel valued", « ne nous écoute jamais »), and where "but" /
  « mais » opens a clause that clause counts 1.5 times and the one before half. A lack of
  what an employer should give ("no recognition", "poor salary", "salary is very low",
  « aucune reconnaissance ») is a grievance and itself a workplace cue. Negative words aimed at
  customers ("the rude customer", "a client called me an idiot") do not count: they are not
  about the employer. Sarcasm ("said no one", "yeah right", an eye-roll emoji, « ben voyons »)
  turns praise into critique ("Love how upper management cancels telework again 🙄").

Classes of critique read beyond single words (lexicon `[classes.*]` and the sections below):

- a word given and broken: a claim ("we were promised", "leadership says", « on nous dit ») then
  a sign it was not kept ("still waiting", « toujours rien ») weighs -2.5;
- bullying deeds ("screams at me", « me rabaisse ») count only when the nearest person before
  them is the author's boss or colleague (or one taken up by a pronoun in the next sentence),
  never a customer, a stranger or a shop's manager;
- irony: praise that opens onto a failure or a burden in its sentence ("love how HR lost my
  file", "nothing says appreciation like overtime"); mock praise ("oh wonderful") weighs -1.5
  and, with "again" / « encore », makes praise sarcasm; praise of leadership in a post that holds
  a grievance, or of no one beside a recurring burden, is sarcasm; praise of one's team is not;
- a return-to-office order beside leaders who are "at the cottage" is a double standard;
- a negated subject does not undo the harm after it ("no one stops the bullying"); spoken
  French negates after the verb (« la direction écoute jamais »); praise in an "if" sentence is
  hypothetical; the job market ("get Canadians back to work") is not the author's employer.

Round 3 (issue 15) readings:

- wanting out: a way of leaving ("quit", "be out of here", « sacrer mon camp ») in a sentence
  of eagerness ("in a heartbeat", « je compte les jours »), held back by a means ("if the
  economy were better", « si c'était pas de ma pension ») or wished ("thinking of leaving this
  department") weighs -3; eagerness and a means also name work (1 and 2), a wish does not, and
  a wish needs the place right after the leaving; a rest or an errand in the sentence ("the
  weekend", « les enfants », "a new role") makes it leaving for that, not the job;
- sarcasm: praise said as an interjection ("Great, ...", « Super, ... ») before a failure,
  praise to or of those who run the place beside a failure or a right taken away, praise of an
  imposition (« ce beau retour au bureau »), scare quotes (la « consultation »), closing praise
  after a grievance ("So motivating."), irony answered by the next sentence ("Best part of my
  job? The meetings."); "despite" / « malgré » keeps praise earnest;
- « on » is "we"; "here" / « ici » anchors a grievance only work has ("all about the numbers
  here"); what a claim promised is not praise ("they swore there would be no cuts"); a phrase
  holding its own negation is not reversed (« ne m'a toujours pas payé »).

Round 5 readings:

- thanks to those who run the place for a burden or a harm ("Thanks boss for the pay freeze",
  « Bravo à la direction pour le retour au bureau ») are sarcasm, unless what lies between
  "for" and the burden is help with it ("for the support during the reorg");
- mock cheer ("Wow,", « Youpi, ») before a burden come round again names the author's work;
- mock praise with no earnest praise in the post is sarcasm when nobody says it in earnest
  ("leadership at its finest"), when it is a sentence of its own ("Very reassuring."), or when
  it comments on a burden or an order ("so reassuring to get an email at 10pm about the return
  to office"), not on one's team or the noun after it;
- a claim then a sequel ("then they", « puis », "guess who") followed by a harm or an order is a
  broken word; « mais bon » / "but oh well" resign, they do not contrast;
- a review in the third person that speaks as someone employed ("Not a good employer") lets
  its generic cues add up as the first person does.

Round 6 readings:

- a cue phrase that holds a clearly negative word or a need is that word too ("toxic
  workplace", « surcharge de travail », "no company culture"): see `_inherit_sense`;
- praise said before a clear critique of those who run the place, outside their clauses, counts
  half ("Great team, good benefits. Too bad leadership can't keep a promise."), praise of the
  clients one serves not at all; praise after the critique keeps its weight (it may comment on
  it); a regret ("too bad", « dommage que », "unfortunately") turns a post as "but" does;
- a claim then "but" and a deed against it is a word broken ("management says they value
  transparency but hides every decision");
- a countdown in years or months is a means: the leaving it counts down to is the author's job
  ("one more year and I'm gone", « encore un an pis je décrisse »);
- a time of day ("today", « vendredi ») makes a leaving an errand only when nothing holds one
  back; no rest undoes being done with a place ("I'm done with this place, notice in Friday").

Round 7 readings (English/French parity):

- doing something without end is not its negation ("never stops yelling at me", « arrête pas de
  me rabaisser »): such phrases are neutral and swallow the negator;
- "management" and « la direction » are an employer's whatever deed follows them ("management
  lied"); a person-like leader ("the boss", « le directeur ») still needs a first person;
- thanks set off by commas are said to whom they name ("Thanks, upper management, for the pay
  freeze"), for what they thank and for a short closing after a clear harm ("Morale is at zero.
  Thanks, leadership."), not beside an unrelated grievance;
- mock cheer before a harm that names work anchors the post ("Great, the deadline moved again.");
- a wish to resign names the job ("thinking about handing in my resignation");
- camel-case hashtags are read as their words, at their offsets ("#ToxicWorkplace"); sarcasm tags
  ("#not", « #sarcasme ») mark sarcasm; quick French without apostrophes (« jai », « ma dit ») is
  matched by the lexicon's glued forms and counts as the first person.

Round 8b readings (both languages at once):

- mock praise opening on "oh" ("Oh great, another mandatory training.") is a stand-alone
  interjection, as « Ah super, ... » is; praise may end on its noun before whom it is said to
  ("Amazing work, senior management, ...", « Beau travail, la direction, ... »);
- knowing nothing ("has no idea", « a aucune idée ») is a critique right after those who run the
  place, or after a pronoun taking them up (« La haute direction? Ils ont aucune idée »), and only
  a mood otherwise ("my daughter has no idea what's coming");
- an open door shut by its proviso ("her door's always open, as long as you agree with her",
  « tant qu'on est d'accord ») is the opposite of what it claims;
- a boss's pet beside "the rest of us" names the author's work (« le chouchou du DG ... pendant
  qu'on ... »); an adjective between a cue and its owner after it (« le boss inutile de mon
  frère ») leaves the cue someone else's.

Most posts are skipped by set tests on the post's words (`text_words`) before any matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from footprint.records import Subject
from footprint.rules.base import WORD_TOKEN, sentences, text_words
from footprint.rules.workplace_lexicon import (
    _COMMON,
    _EN_FUNCTION,
    _FR_FUNCTION,
    ESCAPE,
    HELD_BURDEN,
    HELD_CUSTOMER,
    HELD_ECONOMY,
    HELD_EMPLOYMENT,
    HELD_MOCK,
    HELD_OFF_WORK,
    HELD_REPEAT,
    HELD_SARCASM,
    HELD_WORKFORCE,
    LANGUAGES,
    Entry,
    KeyWords,
    Lexicon,
    _languages,
    _organization_terms,
    _precheck,
    lexicon,
)
from footprint.text import fold

MILD = -1.5  # words at -1 ("tired", "long day", "frustrating") are about one's mood: they never flag
CONTEXT_NEEDED = 2.0
_SLACK = 1e-9  # a bound is compared with a hair to spare: rounding must never turn a post away
GENERIC_CAP = 1.0  # "employees", "the employer": all of them together; and again for "promotion", "layoffs"
HINT_CAP = 0.5
LACK_CONTEXT = 1.0  # "no support", "zero respect": a lack of something any employer should give
NEGATION_WORDS = 3  # words allowed between a negator and the word it reverses
OWNER_WORDS = 2  # "his new manager", "my sister's awful boss"
BOOST_WINDOW = 14
BEFORE_CONTRAST = 0.5
AFTER_CONTRAST = 1.5
GRIEVANCE = -3.0
PRAISE_BESIDE_GRIEVANCE = 0.5
SARCASTIC_PRAISE = -2.5
AIMED_UP = -2.5  # a clear critique of those who run the place ...
PRAISE_ELSEWHERE = 0.5  # ... against which praise of the team or the perks counts this much
_PUNCTUATION = re.compile(r"[,.;:!?()\[\]\"]")
_GAP_CHARS = 40  # beyond this, more than NEGATION_WORDS words surely lie between
# Eye-roll, unamused, clown, facepalm; "/s". (A winking or upside-down face is too often playful.)
_CONDITIONAL = re.compile(r"\W*(?:if|unless|only if|si|sauf si|a moins que)\b")
_SARCASM_SIGNS = re.compile("[\U0001F644\U0001F612\U0001F921\U0001F926]|(?<!\\w)/s(?!\\w)")
# The same emoji alone: a pattern with no literal to look for costs 7 us per post, so it runs only
# on posts that hold "/s", and the emoji are looked for only in posts that are not plain ASCII.
_SARCASM_EMOJI = re.compile("[\U0001F644\U0001F612\U0001F921\U0001F926]")
# "Dave's manager", "my sister's boss": a name or relative owns the cue; a unit or a
# contraction does not ("my company's management", "it's management again").
_POSSESSOR = re.compile(r"(\w+)'s?\s+(?:\w+\s+)?$")
_OWN_POSSESSORS = frozenset(
    "it that there here what who he she let one today company department dept team org organization"
    " organisation agency ministry branch division unit office directorate employer boss manager"
    " supervisor director dg adm dm ceo vp workplace government everybody year week month day tonight yesterday"
    " tomorrow monday tuesday wednesday thursday friday weekend morning".split()
)
_SUBJECT_NEGATORS = frozenset({"nobody", "no one", "personne", "personne ne"})
# ("here" is no copula: "nobody here knows what anyone else is doing" keeps its harm.)
_COPULAS = frozenset("is are was were be s est sont etait etaient".split())
_MY = frozenset("my our mon ma mes notre nos".split())
# Québec and spoken French say « on » for "we": « on est traités comme des numéros ».
_FIRST_PLURAL = frozenset("we us our ours ourselves nous notre nos on".split())
# Words that name employment itself (not a shop one buys from, as "the company" may).
_EMPLOYMENT = frozenset({
    "employer", "the employer", "employees", "employee", "staff", "the staff", "workplace",
    "the workplace", "employeur", "l employeur", "employes", "les employes", "personnel", "le personnel",
})
# "our ADM", « notre SMA », "my TL": a first-person possessive makes a generic role the author's own.
_OWN_BEFORE = re.compile(r"(?<!\w)(?:my|our|mon|ma|mes|notre|nos)\s+$")
REPEAT = -1.5  # "again", « encore » in a sarcastic post
UNKEPT = -2.5  # what the employer said, then did not do
IRONY = -2.5  # praise that opens onto a failure
CLUELESS = -3.0  # "leadership has no idea", as "has no clue" and « ont aucune idée » weigh
DOUBLE_STANDARD = -2.5  # ordered back to the office by leaders away at the cottage
PRAISE_OF = 4  # "my manager is such a great communicator": words between a leader and praise of them
CLOSING_WORDS = 5  # "Thanks, upper management.", « Merci beaucoup, la haute direction. »: thanks and whom, little else
PRAISE_TO = 2  # "congrats to senior management", « bravo à la direction »: words between praise and whom
_HERE = frozenset({"here", "ici"})
_NEGATION_INSIDE = frozenset("pas not never jamais pu plus aucun aucune t without sans".split())
# Who runs the author's work day to day, beside "management" and the like (lexicon `leader`).
_BOSS_WORDS = frozenset(
    "manager managers supervisor supervisors lead gestionnaire gestionnaires superviseur superviseure chef"
    " cheffe patron patronne directeur directrice".split()
)
_FIRST_PERSON = frozenset(
    "i me my mine myself we us our ours ourselves je j moi mon ma mes m nous notre nos on"
    # quick French glues the elided pronoun: « jai », « jsuis », « javais »
    " jai jsuis jme jpeux jveux jvais jetais javais jaurais jsais".split()
)

@dataclass(slots=True)
class Item:
    start: int
    end: int
    clause: int
    valence: float = 0.0
    context: float = 0.0
    entity: bool = False
    contempt: bool = False
    clear: bool = False  # clearly negative on its own (-2 or beyond), not only by intensity
    critique: bool = False  # a negative word about the workplace, not only the author's mood
    anchor: bool = False  # a person, unit or setting of the author's own work (own or role cue)
    repeat: bool = False  # "again", « encore »: weighs only in a sarcastic post
    to_leader: bool = False  # praise said to those who run the place: "congrats to senior management"
    to_peer: bool = False  # praise said to one's team or colleagues, earnest
    mock: bool = False  # mock praise ("oh wonderful"), which a customer in the post may be the butt of
    interjection: bool = False  # praise said alone at a sentence's start: "Great, ...", « Super, ... »
    failure: bool = False  # "crashed again", "took away telework": an event praise may be sarcasm about
    of_leader: bool = False  # praise said of a boss ("my manager is such a great communicator")
    burden: bool = False  # "overtime", « réunion »: what work weighs on people with
    thanks: bool = False  # "thanks", « merci »: mild praise, which thanks for a burden make sarcasm
    sequel: bool = False  # "then they", « puis »: after a claim, what came next may break it
    imposed: bool = False  # "three days in the office", « retour au bureau »: an order, not a mood
    pointed: bool = False  # mock praise that is sarcasm alone: "leadership at its finest", « quel leadership »
    leader: bool = False  # names those who run the place: "upper management", « la direction »
    vocative: bool = False  # praise whose addressee follows after a comma: "Thanks, leadership"


@dataclass(slots=True)
class Reading:
    """What the workplace rules see in one post."""

    items: list[Item] = field(default_factory=list)
    # Clauses: sentences, cut again before "but" / « mais ». `turns[c]` is True when clause c
    # opens with such a contrast, which also keeps it apart from the clause before.
    clause_valence: list[float] = field(default_factory=list)
    turns: list[bool] = field(default_factory=list)
    context: float = 0.0
    valence: float = 0.0
    third_party: bool = False
    off_work: bool = False
    # WRK001's insults, found once for both rules (WRK002 stands down where there are some);
    # `insults_read` tells an answer of None from one not yet looked for.
    insults: list[Item] | None = None
    insults_read: bool = False


# The last post read and its reading (or None), for the other workplace rule, which asks right
# after: a slot keyed by the identities of the subject and of its folded text, rather than the
# view's `derived()` (a key and a closure per ask, and the gate asked again for every post the
# second rule sees). The slot holds one tuple, read and replaced whole, so two threads reading at
# once can never pair a post with another's reading; it keeps one post's reading alive, no more.
_LAST: list[tuple[Subject | None, str | None, Reading | None]] = [(None, None, None)]


def read(subject: Subject, folded: str) -> Reading | None:
    """Read a post once for both rules (the second finds it in `_LAST`). None when the post
    cannot be a workplace critique (no workplace word, or no negative word)."""
    last_subject, last_folded, last = _LAST[0]
    if last_folded is folded and last_subject is subject:
        return last
    reading = _gated_read(subject, folded)
    _LAST[0] = (subject, folded, reading)
    return reading


def _gated_read(subject: Subject, folded: str) -> Reading | None:
    # Many posts hold no word that may be a work cue: one set test turns them away.
    words = text_words(folded)
    gate = (_GATES or _load_gates())[3]
    if words.isdisjoint(gate):
        # A camel-case hashtag may hold the only work word ("#ToxicWorkplace"): tags are split
        # only for posts that hold one and fail the gate without them.
        if "#" not in folded:
            return None
        tags = _tags_of(subject, folded)
        if not tags or _tag_words(folded, tags).isdisjoint(gate):
            return None
    return _read_with_tags(subject, folded, words)


def _read_with_tags(subject: Subject, folded: str, words: frozenset[str]) -> Reading | None:
    tags = _tags_of(subject, folded) if "#" in folded else ()
    if tags:
        words = words | _tag_words(folded, tags)
    # The set tests that end most readings are made here, not in `_read`: entering `_read` costs
    # a microsecond before its first line (a hundred locals, fourteen of them cells for its inner
    # functions), which half of all posts, turned away by these tests, used to pay.
    precheck = _GATES[0]
    names_org = not words.isdisjoint(_GATES[2])
    if not (names_org or precheck.could_be_about_work(words)):
        return None
    sarcastic_sign = _sarcasm_sign(folded)
    if not (sarcastic_sign or precheck.could_be_negative(words)):
        return None
    return _read(subject, folded, words, tags, names_org, sarcastic_sign)


@lru_cache(maxsize=4)
def _lexicon_words(langs: tuple[str, ...]) -> frozenset[str]:
    """Every word of every term of these languages' lexicons."""
    return frozenset(w for lang in langs for term in lexicon(lang).matcher.terms() for w in term.split())


# The gate and the reading ask for the same post's tags in turn: they are split once. One tuple,
# read and replaced whole (two threads can never pair a post with another's tags).
_TAG_MEMO: list[tuple[str | None, tuple[tuple[tuple[int, int], ...], ...]]] = [(None, ())]


def _tags_of(subject: Subject, folded: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    memo_folded, tags = _TAG_MEMO[0]
    if memo_folded is not folded:
        tags = _camel_tags(subject.fields.get("text") or "", folded)
        _TAG_MEMO[0] = (folded, tags)
    return tags


def _tag_words(folded: str, tags: tuple[tuple[tuple[int, int], ...], ...]) -> frozenset[str]:
    return frozenset(folded[s:e] for parts in tags for s, e in parts)


# Camel-case hashtags hold words the post does not otherwise spell apart: "#ToxicWorkplace",
# « #MilieuToxique », "#WorstBossEver". Their parts are read as words, at their own offsets in the
# tag (an all-lower-case tag is left whole: its boundaries would be guesswork).
_TAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]|[A-ZÀ-Þ]{2}[a-zß-ÿ]")
_PARTS = re.compile(r"[A-ZÀ-Þ]+(?=[A-ZÀ-Þ][a-zß-ÿ])|[A-ZÀ-Þ]?[a-zß-ÿ]+|[A-ZÀ-Þ]+|\d+")
# Tags that mark a post as sarcasm: "#not", "#sarcasm", « #sarcasme », « #ironie », « #pantoute ».
_SARCASM_TAGS = re.compile(r"#(?:not|sarcasm|sarcastic|irony|ironic|sarcasme|ironie|pantoute|pasdutout)(?!\w)")


def _camel_tags(text: str, folded: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """For each camel-case hashtag of the post, the (start, end) of its parts."""
    if len(text) != len(folded) or text == folded:
        return ()  # (a post with no capital letter has no camel-case tag)
    if not _any_camel_tag(_TAG.findall(text)):
        return ()
    tags = []
    for tag in _TAG.finditer(text):
        parts = _tag_parts(tag.group(1))
        if parts:
            base = tag.start(1)
            tags.append(tuple((base + s, base + e) for s, e in parts))
    return tuple(tags)


def _any_camel_tag(bodies: list[str]) -> bool:
    """Whether one of these tag bodies is read as words: tags are judged from their bodies first
    (a list of strings found in C), and only a post holding such a tag is walked with the match
    objects its offsets need."""
    for body in bodies:
        if _tag_parts(body) is not None:
            return True
    return False


@lru_cache(maxsize=4096)
def _tag_parts(body: str) -> tuple[tuple[int, int], ...] | None:
    """The (start, end) of a camel-case tag's words in its body, when one of them is a word of the
    lexicon ("#GCdigital" has none); tags recur, so each is judged once."""
    if body.islower() or _CAMEL.search(body) is None:
        return None
    parts = tuple(m.span() for m in _PARTS.finditer(body))
    if len(parts) < 2:
        return None
    low = fold(body)
    return None if _lexicon_words(LANGUAGES).isdisjoint(low[s:e] for s, e in parts) else parts


def _tag_terms(
    folded: str, tags: tuple[tuple[tuple[int, int], ...], ...], langs: tuple[str, ...]
) -> list[tuple[int, int, str, Entry]]:
    """Lexicon terms found in the words of camel-case hashtags, at their offsets in the post."""
    found: list[tuple[int, int, str, Entry]] = []
    for parts in tags:
        joined, starts = [], []
        at = 0
        for s, e in parts:
            starts.append((at, s))
            joined.append(folded[s:e])
            at += e - s + 1
        text = " ".join(joined)

        def where(offset: int) -> int:
            begin, origin = next((b, o) for b, o in reversed(starts) if b <= offset)
            return origin + offset - begin

        taken: list[tuple[int, int]] = []
        for lang in langs:
            for start, end, term, entry in lexicon(lang).matcher.find_in(text):
                if any(start < e and s < end for s, e in taken):
                    continue
                taken.append((start, end))
                found.append((where(start), where(end - 1) + 1, term, entry))
    return found


# The pre-check, the organization matcher, the organization words, and words of which a post
# past the work gate holds at least one (a necessary condition, see `_cover`), looked up once.
_GATES: list = []
# Words frequent in posts of any kind (function words and these), chosen to stand for a pair of
# the work gate only when the other word of the pair is as frequent. Which word stands for a pair
# changes speed, never the answer: on 8,000 generated posts 3,700 to 3,900 pass (the choice follows
# set order) instead of 5,700 with the pairs' first words, 1,640 the exact gate; on the development
# set 14,000 of 24,000 instead of 16,200, 5,070 the exact gate.
_FREQUENT = frozenset(
    "but or still lot over ever im y care point without again thanks thank nothing after working thinking"
    " number run along people know want why even say says call being other down little here something change"
    " person done anything enough feel family money news word plans join learned government work cons merci"
    " apres encore assez quelle allez faites monde meme dire about more soon planning plus years"
    " always there zero faire nouvelle continuer depart form staying hard each myself".split()
) | _COMMON | _EN_FUNCTION | _FR_FUNCTION


def _load_gates() -> list:
    matcher, words = _organization_terms()
    precheck = _precheck()
    any_work = set(words | precheck.context.single)
    _cover(precheck.context, any_work)
    _cover(precheck.burden, any_work)  # a burden come round again needs a burden word
    for lang in LANGUAGES:
        _bound_terms(lexicon(lang))
    _GATES[:] = [precheck, matcher, words, frozenset(any_work)]
    return _GATES


# What a post's terms tell `_cannot_name_work` before the loop over them (`Entry.reach`): a term
# that may find a need lacking (a negator, a lack, « pas » after the word); one that may give an
# item a context of 1 or more, or a burden (a cue, a need, a broken word, a sequel, a claim, a
# leaving); one that may be praise said as an interjection (which lets mock cheer at a burden set
# the context after the loop); a hint, "here", a leaving, a means; a generic cue that "our" before
# it makes the author's own ("our DG", « ma boss »).
REACH_LACKER, REACH_CUE, REACH_PRAISE, REACH_HINT, REACH_HERE, REACH_LEAVING, REACH_MEANS, REACH_OWN = (
    1 << i for i in range(8)
)
# A cue that counts even in a post about sports, shows or politics (`_counts`): the author's own.
REACH_OWN_CUE = 1 << 8
_NEED_LACKED = 2.0  # a need found lacking raises its item's context to 2 at most (`_lacking`)


def _bound_terms(lex: Lexicon) -> None:
    """Set, on each entry, the most its term can add to a post's work context (`Entry.add` and
    its fellows): the reading's own weights, taken at their largest. Keep in step with `_read`:
    tests/rules/test_workplace_gates.py checks the bound on every post of the corpus and the
    development set."""
    entries = lex.matcher.entries()
    boost = max([1.0] + [entry.boost for _term, entry in entries])
    for term, entry in entries:
        context, valence = entry.context, entry.valence
        reach = 0
        add = generic = aspect = 0.0
        if 0 < context < 1:
            reach |= REACH_HINT | (REACH_HERE if term in _HERE else 0)
        elif context >= 1:
            reach |= REACH_CUE | (REACH_OWN_CUE if entry.own and not entry.fragile else 0)
            if not entry.generic:
                add = context
            elif entry.aspect:
                aspect = context
            else:
                # "the employer ... us" counts twice in the first person (and a boss's pet)
                generic = context * (2.0 if term in _EMPLOYMENT or _pet(term) else 1.0)
                if entry.entity:
                    reach |= REACH_OWN
        if entry.negator or entry.lack or entry.post_lack or term in _AFTER_NEGATORS:
            reach |= REACH_LACKER
        lacked = max(add, _NEED_LACKED) - add if entry.need else 0.0
        # a broken word (UNKEPT) adds 1 in the loop, a sequel 1 after it (`_most_added_later`)
        add += (1.0 if entry.unkept else 0.0) + (1.0 if entry.sequel else 0.0)
        if entry.need or entry.unkept or entry.sequel or entry.burden or entry.claim or entry.claim_verb or entry.leaving:
            reach |= REACH_CUE
        if entry.leaving:
            reach |= REACH_LEAVING
        if entry.means:
            reach |= REACH_MEANS
        # An item reaches 2 as praise (`_interjection`) only from a positive weight, boosted, or a
        # negative one negated (-0.4 times); cheer, boosters said alone and mock praise always may.
        if (
            entry.cheer or entry.mock or term in _BOOST_PRAISE
            or (valence is not None and max(valence, -0.4 * valence) * boost >= 2.0 - _SLACK)
        ):
            reach |= REACH_PRAISE
        entry.add, entry.add_lacked, entry.add_generic, entry.add_aspect, entry.reach = add, lacked, generic, aspect, reach


def _cannot_name_work(folded: str, found: list[tuple[int, int, str, Entry]]) -> bool:
    """True when a post with these terms cannot reach the work context both rules need
    (CONTEXT_NEEDED), whatever the reading makes of them: the loop over the terms and the end of
    `_read` both add less, counting every cue, need, broken word, sequel and leaving at its most.
    The reading's own early end (`_most_added_later`) knows this only after the loop; 6 in 10 of
    the posts it ends there are known before it, on the terms alone. A post where praise may be
    an interjection beside a cue or a burden is read (mock cheer at a burden sets the context
    after the loop), and so is one naming an organization (the caller's test)."""
    reach = held = 0
    add = lacked = generic = aspect = 0.0
    for start, _end, _term, entry in found:
        held |= entry.bits
        if entry.reach:
            reach |= entry.reach
            add += entry.add
            lacked += entry.add_lacked
            generic += entry.add_generic
            aspect += entry.add_aspect
            if entry.reach & REACH_OWN and _OWN_BEFORE.search(folded, max(0, start - 6), start):
                add += 2.0  # "our DG", « ma boss »
    if held & HELD_OFF_WORK and not reach & REACH_OWN_CUE and not (reach & REACH_LEAVING and reach & REACH_MEANS):
        # A post about sports, shows or politics: only the author's own cues count (`_counts`),
        # needs are not found lacking nor words broken for work (`_lacking`, UNKEPT), a leaving is
        # the job's only beside an own cue, mock cheer names no work: hints alone remain.
        return True
    if reach & REACH_CUE and reach & REACH_PRAISE:
        return False
    if reach & REACH_LACKER:
        add += lacked
    if reach & REACH_LEAVING:
        aspect += 1.0  # a wish to leave or resign counts as an aspect
        if reach & REACH_MEANS:
            add += 2.0  # a job kept for its means
    most = (
        add + min(generic, 2 * GENERIC_CAP) + min(aspect, 2 * GENERIC_CAP)
        + (HINT_CAP if reach & REACH_HINT else 0.0) + (HINT_CAP if reach & REACH_HERE else 0.0)
    )
    return most < CONTEXT_NEEDED - _SLACK


def _cover(keywords: KeyWords, words: set[str]) -> None:
    """Add to `words` enough words that a post in which `keywords.any_in` holds shares one with
    them: its single words, and one word of each pair no word of `words` already stands for
    (a pair is there only when both words are), the less frequent one."""
    words |= keywords.single
    for key, partners in keywords.pairs.items():
        for partner in partners:
            if key not in words and partner not in words:
                words.add(min((key, partner), key=lambda w: (w in _FREQUENT, -len(w), w)))


def _sarcasm_sign(folded: str) -> bool:
    """`_SARCASM_SIGNS.search(folded)`, searched only where it may be found."""
    return (
        ("/s" in folded and _SARCASM_SIGNS.search(folded) is not None)
        or (not folded.isascii() and _SARCASM_EMOJI.search(folded) is not None)
        or ("#" in folded and _SARCASM_TAGS.search(folded) is not None)
    )


def _read(
    subject: Subject,
    folded: str,
    words: frozenset[str],
    tags: tuple[tuple[tuple[int, int], ...], ...],
    names_org: bool,
    sarcastic_sign: bool,
) -> Reading | None:
    """The reading of a post that passed the set tests of `_read_with_tags` (which says whether
    it names an organization and holds a sign of sarcasm)."""
    organizations = _GATES[1].find(subject.fields["text"]) if names_org else []
    langs = _languages(subject, words)
    found = lexicon(langs[0]).matcher.find_in(folded)
    for other in langs[1:]:
        taken = [(s, e) for s, e, _t, _v in found]
        found += [
            m for m in lexicon(other).matcher.find_in(folded) if not any(m[0] < e and s < m[1] for s, e in taken)
        ]
        found.sort(key=lambda m: m[0])
    if tags:
        inside = [(parts[0][0], parts[-1][1]) for parts in tags]
        found = [m for m in found if not any(s <= m[0] < e for s, e in inside)] + _tag_terms(folded, tags, langs)
        found.sort(key=lambda m: m[0])
    if not names_org and _cannot_name_work(folded, found):
        return None  # (neither rule finds anything in a post that names no work of the author's)
    cuts = sorted({start for start, _e, _t, entry in found if entry.contrast and not entry.neutral})
    spans: list[tuple[int, int]] = []
    turns: list[bool] = []
    for first, last in list(sentences(folded)) or [(0, len(folded))]:
        begin, turned = first, False
        for cut in cuts:
            if first <= cut < last:
                if folded[begin:cut].strip():
                    spans.append((begin, cut))
                    turns.append(turned)
                begin, turned = cut, True
        spans.append((begin, last))
        turns.append(turned)
    if not spans:
        spans, turns = [(0, len(folded))], [False]
    # What the post holds as a whole, in one pass over its terms (a bit per kind, see Entry.bits).
    held = 0
    for match in found:
        held |= match[3].bits
    off_work = bool(held & HELD_OFF_WORK)
    # The job market ("get Canadians back to work", « les pertes d'emplois »): "at work" is not
    # the author's workplace there, only "my job", « ma job ».
    economy = bool(held & HELD_ECONOMY)
    # Aspects and lacks are the author's when the post speaks in the first person, or of no
    # workforce at all (a review: "Salary is very low"); "nurses are underpaid" is not.
    third_party = words.isdisjoint(_FIRST_PERSON) and bool(held & HELD_WORKFORCE)
    sarcastic = sarcastic_sign or bool(held & HELD_SARCASM)
    mocking = sarcastic or bool(held & HELD_MOCK)
    # Mock praise with "again" / « encore » is sarcasm: "oh wonderful, the deadline moved again.
    # Just fantastic." (the praise after it is mock praise too)
    customer = bool(held & HELD_CUSTOMER)
    sarcastic = sarcastic or (mocking and not customer and bool(held & HELD_REPEAT))
    others = _others(folded, found)
    plural = not words.isdisjoint(_FIRST_PLURAL)

    reading = Reading(clause_valence=[0.0] * len(spans), turns=turns)
    reading.third_party, reading.off_work = third_party, off_work
    generic = generic_aspects = 0.0
    negator_end, lack_end, boost_end, directive_end = -1, -1, -(10**9), -1
    lack_item: Item | None = None
    need_item: Item | None = None  # the last need not yet reversed: "salary" in "salary is very low"
    need_item_term = ""
    lacked: tuple[Item, float, float] | None = None  # the last lacked need, its context before
    boost = 1.0
    clause = 0
    hints = 0.0
    seen_context: set[str] = set()
    last_person: Entry | None = None  # the last customer or work cue, for aim
    repeated = claimed = subject_negator = False
    ironic: Item | None = None
    praise: Item | None = None
    mandated = False
    away: list[Item] = []
    leaving: list[Item] = []  # ways of leaving, weighed after the loop by eagerness or a means
    eager: dict[int, list[Item]] = {}  # clause -> its words of eagerness ("in a heartbeat")
    rest: set[int] = set()  # clauses that leave for a rest ("the weekend"), not the job
    when: set[int] = set()  # clauses that name a time of day or week ("today", "Friday", « ce soir »)
    wished: set[int] = set()  # clauses that wish or weigh a leaving ("thinking of leaving")
    means = concession = interjected = here = False
    claim_clause = -1
    quoted = '"' in folded or " '" in folded  # scare quotes are looked for only then
    failure_seen = mock_seen = False
    served: set[int] = set()  # clauses that name the public one serves ("the clients are great")
    leader_end = -1
    door: Item | None = None  # the last open door, which a proviso after it may shut
    for index, (start, end, term, entry) in enumerate(found):
        while clause + 1 < len(spans) and start >= spans[clause + 1][0]:
            if last_person is not None and last_person.customer:
                last_person = None
            clause += 1
        if entry.neutral:
            continue
        if entry.plain_hint:
            # "they", "we", « on »: only a little weight of work, counted once per word
            if term not in seen_context and index not in others and _counts(entry, off_work, third_party):
                seen_context.add(term)
                hints += entry.context
                here = here or term in _HERE
                reading.items.append(Item(start, end, clause, context=entry.context))
            continue
        if entry.customer or (entry.context and entry.entity):
            last_person = entry
            if entry.customer:
                served.add(clause)
        if entry.trouble and lacked is not None and _reverses(folded, lacked[0].end, start, 1):
            # "no salary issues": the lack was of a trouble, not of the salary.
            need, context_before, context_after = lacked
            need.valence, need.clear, need.critique, need.context = 0.0, False, False, context_before
            reading.context -= context_after - context_before
            lacked = None
            continue
        item = Item(start, end, clause)
        if (
            entry.context
            and _counts(entry, off_work, third_party)
            and not (economy and entry.own and term.split()[0] not in _MY)
            and index not in others
            and term not in seen_context
        ):
            seen_context.add(term)
            if entry.context < 1:
                hints += entry.context
                here = here or term in _HERE
            elif entry.generic and entry.entity and _OWN_BEFORE.search(folded, max(0, start - 6), start):
                reading.context += 2.0  # "our DG", « ma boss »: the author's own
                item.context, item.entity, item.anchor = 2.0, True, True
                item.leader = entry.leader
            elif entry.generic and entry.aspect:
                generic_aspects += entry.context
            elif entry.generic:
                # "the employer ... us": an employment word said by "we" is the author's employer
                # ... and so is a boss's pet beside "the rest of us" ("the director's pet gets the good
                # files while we get the leftovers", « le chouchou du directeur ... pendant qu'on »)
                generic += entry.context * (2 if (term in _EMPLOYMENT or _pet(term)) and plural else 1)
            else:
                reading.context += entry.context
            if not item.anchor:
                item.context, item.entity = entry.context, entry.entity
                item.leader = entry.leader
                item.anchor = entry.context >= 2 and not entry.generic
        if entry.conduct and _reverses(folded, directive_end, start):
            # "management needs to value people": a lack of what a role should do, about work
            item.valence, item.clear, item.critique = -2.5, True, True
            directive_end = -1
        elif entry.agent and not _by_work(found, index, folded, others):
            pass  # "a customer was yelling at me", "the boss screams at his clerk" (a novel)
        elif entry.valence is not None or entry.need:
            base = valence = entry.valence or 0.0
            negated = _reverses(folded, negator_end, start) or _negated_after(found, index, folded)
            if negated and not _NEGATION_INSIDE.isdisjoint(term.split()):
                negated = False  # « ne m'a toujours pas payé »: the phrase holds its own negation
            lacking = entry.need and (negated or _reverses(folded, lack_end, start))
            boosted = 0 <= start - boost_end <= BOOST_WINDOW
            if boosted and not _PUNCTUATION.search(folded, boost_end, start):
                valence *= boost
            if lacking:
                # "no recognition", "don't feel valued", "poor salary", « aucune reconnaissance »
                context_before = item.context
                _lacking(reading, item, seen_context, term, valence)
                lacked = (item, context_before, item.context)
                valence = item.valence
                if lack_item is not None and not negated:  # "poor" in "poor salary" counts once
                    lack_item.valence, lack_item.clear, lack_item.critique = 0.0, False, False
            elif negated:
                if valence > 0:
                    valence = -min(valence, 2.0)  # "not good", "not very happy"
                elif not subject_negator or not _COPULAS.isdisjoint(folded[negator_end:start].split()):
                    valence = -0.4 * valence  # "not bad", "no favouritism", "nobody here is lazy"
                # "no one stops the bullying", « personne fait rien contre le harcèlement »: a
                # negated subject does not undo the harm named after it
            if valence < 0 and _at_customer(found, index, folded, last_person):
                valence = 0.0  # "the rude customer", "a client called me an idiot"
            item.valence = valence
            item.contempt = entry.contempt and not negated and valence < 0
            reversed_ = negated or lacking
            item.clear = (base <= -2.0 and not reversed_) or (reversed_ and valence <= -2.0)
            item.critique = item.clear or (base <= MILD and not reversed_)
            if reversed_:
                negator_end = lack_end = -1  # one word reversed: "doesn't address our issues"
        if entry.clueless and item.valence < 0 and index and _said_of_leaders(found, index, folded, others):
            # "Leadership has no idea what's going on", « la direction a aucune idée »
            item.valence, item.clear, item.critique = CLUELESS, True, True
        if entry.open_door and (entry.valence is not None or _DOOR.search(folded, max(0, start - _DOOR_CHARS), start)):
            door = item  # (the words after whose door it is need the door: « la porte de la direction est ... »)
        elif entry.proviso and door is not None and door.clause >= clause - 1 and not _PARAGRAPH.search(folded, door.end, start):
            # "her door's always open, as long as you agree with her": the condition shuts the door
            door.valence, door.clear, door.critique = 0.0, False, False
            item.valence, item.clear, item.critique = IRONY, True, True
            door = None
        if entry.post_lack and need_item is not None and _reverses(folded, need_item.end, start):
            # "salary is very low", « le salaire est ridicule »: the lack follows the need.
            _lacking(reading, need_item, seen_context, need_item_term)
            if not any(i is need_item for i in reading.items):
                reading.items.append(need_item)
            item.valence, item.clear, item.critique = 0.0, False, False
            need_item = None
        elif entry.need and not (item.valence < 0):
            need_item, need_item_term = item, term
        if entry.negator:
            negator_end = end
            subject_negator = term in _SUBJECT_NEGATORS
        if entry.lack:
            lack_end = end
            lack_item = item if item.valence else None
        if entry.directive and index and _said_of_work(found, index, folded):
            # "Management needs to value people", « la direction devrait nous écouter »: what a
            # role is told it must do is what it lacks.
            directive_end = end
        if entry.boost:
            boost_end, boost = end, entry.boost
        if claimed and clause == claim_clause and item.valence > 0 and not entry.unkept:
            item.valence = 0.0  # what was promised is not praise: "they swore there would be no cuts"
        if entry.claim or (entry.claim_verb and index and _said_of_work(found, index, folded)):
            claimed, claim_clause = True, clause
        elif entry.sequel and claimed and not entry.unkept:
            item.sequel = True  # "they keep telling us ..., then ...": weighed after the loop
        elif entry.unkept and claimed and item.valence < 0:
            # "We were promised telework would stay. Still waiting." « On nous dit que ... pis rien »:
            # a word given to "us" and broken is an employer's, unless the post is about politics.
            item.valence, item.clear, item.critique = UNKEPT, True, True
            if not off_work and not item.context:
                item.context = 1.0
                reading.context += 1.0
        elif claimed and item.valence <= MILD and clause == claim_clause + 1 and turns[clause]:
            # "Management says they value transparency but hides every decision", « la direction
            # dit qu'elle nous écoute mais ... »: a claim, then "but" and a deed against it, which
            # the claim's speaker ties to the clause before (the contrast does not cut it off).
            item.valence, item.clear, item.critique = UNKEPT, True, True
            if not off_work and not item.context:
                item.context = 1.0
        mandated = mandated or entry.mandate
        item.imposed = entry.mandate or entry.failure
        if entry.away:
            away.append(item)
        if entry.ironic:
            ironic = item
        elif ironic is not None and _same_thought(folded, spans, ironic, clause) and (item.valence <= MILD or entry.burden):
            # "love how HR lost my file again", « j'adore quand la direction change tout »
            ironic.valence, ironic.clear, ironic.critique = IRONY, True, True
            ironic = None
        if entry.mock:
            item.mock = mock_seen = True
            # Said as a sentence of its own ("Tellement motivant.", "Very reassuring."), mock
            # praise comments on the post; inside a sentence it may be meant ("so motivating
            # to see my team grow").
            item.pointed = entry.pointed or _standalone(folded, spans[clause], start, end)
        if entry.entity and praise is not None and _VOCATIVE.fullmatch(folded, praise.end, start):
            # "Thanks, upper management, for the pay freeze": whom thanks are for, set off by commas;
            # said alone beside a grievance elsewhere it stays thanks ("Awful storm. Thanks,
            # management, for letting us work from home.")
            praise.vocative = True
        if entry.entity and praise is not None and (praise.vocative or _reverses(folded, praise.end, start, PRAISE_TO)):
            # "congrats to senior management", « bravo à mon équipe »: whom the praise is for
            praise.to_leader, praise.to_peer = entry.leader, entry.peer
        item.burden = entry.burden
        if item.valence >= 2 or (item.valence >= 1 and term in _THANKS):
            praise = item
            item.thanks = item.valence < 2
            if leader_end >= 0 and _reverses(folded, leader_end, start, PRAISE_OF):
                item.of_leader = True  # "my manager is such a great communicator", « la direction est géniale »
        if entry.entity and (entry.leader or not _BOSS_WORDS.isdisjoint(term.split())):
            leader_end = end
        if entry.repeat and not repeated:
            item.repeat = repeated = True
        if entry.leaving_or_irony:  # one test for the words of wanting out and of sarcasm
            if entry.failure:
                failure_seen = True
                item.failure = item.valence < 0
            if entry.leaving:
                leaving.append(item)
            if entry.eager:
                eager.setdefault(clause, []).append(item)
            if entry.rest:
                rest.add(clause)
            if entry.when:
                when.add(clause)
            if entry.wish:
                wished.add(clause)
            means = means or entry.means
            concession = concession or entry.concession
        # Mock praise opening on "oh" ("Oh great, another mandatory training.") is the same
        # stand-alone interjection as « Ah super, ... », which the French reads as "ah" + "super".
        if (
            item.valence >= 2 or entry.cheer or term in _BOOST_PRAISE or (entry.mock and term.split()[0] in _INTERJECTION_LEAD)
        ) and _interjection(folded, spans[clause][0], start, end):
            item.interjection = interjected = True  # "Great, ...", « Super, ... »
            item.valence = max(item.valence, 2.0)
        if quoted and (item.valence >= 1 or (entry.entity and entry.leader) or entry.need) and _scare_quoted(folded, start, end):
            # Praise, a leader or a need in scare quotes: our "leadership", la « consultation »
            item.valence, item.clear, item.critique = SARCASTIC_PRAISE, True, True
            sarcastic = True
        if item.valence or item.context or item.repeat or item.burden or item.sequel or item.imposed:
            reading.items.append(item)
    if not interjected and reading.context + _most_added_later(
        reading.items, leaving, means, generic + len(organizations), generic_aspects, hints, here
    ) < CONTEXT_NEEDED - _SLACK:
        # Both rules need the post to name the author's own work (WRK002 asks for CONTEXT_NEEDED;
        # WRK001's target is an own or role cue, which added 2 above), and what follows can add
        # no more than `_most_added_later` (or set CONTEXT_NEEDED for mock cheer at a burden,
        # which needs an interjection): such a post is no critique, and the rest of its reading,
        # a fifth of the cost, is spared (7 in 10 posts read, on generated and development posts).
        return None
    mocking = mocking or sarcastic  # scare quotes found in the loop
    # Wanting out: a way of leaving in a sentence of eagerness ("I'd be out of here in a
    # heartbeat", « je compte les jours avant de sacrer mon camp »), or held back by a means
    # ("if the economy were better, I'd quit"). Eagerness is not praise there ("can't wait").
    # A wish alone ("thinking of leaving this department") names no work: its cues must.
    wanting_out = wishing = resigning = False
    for item in leaving:
        # Done with a place ("I'm done with this place, handing in my notice Friday") is no
        # errand; a time of day is one only for a plain leaving with nothing holding one back
        # ("leaving the office early today"), not beside a means ("I'd walk out today if I
        # could afford it").
        errand = (item.clause in rest or (item.clause in when and not means)) and not (
            item.valence <= ESCAPE and item.context >= 2  # "done with this place", not "out of here"
        )
        if errand and item.valence < 0:
            # "I want to leave the office on time for the kids": leaving for a rest or an errand
            item.valence, item.clear, item.critique = 0.0, False, False
        if errand or customer or (off_work and not item.anchor):
            continue  # in a post about politics, only leaving "this place" or "my job" is the author's
        if not (means or item.clause in eager or item.clause in wished):
            continue
        if not (means or item.clause in eager or item.context or _place_follows(folded, item, reading.items)):
            continue  # "thinking about leaving my old laptop at the office": not leaving the place
        item.valence, item.clear, item.critique = ESCAPE, True, True
        for word in eager.get(item.clause, []):
            word.valence = min(word.valence, 0.0)
        if not any(i is item for i in reading.items):
            reading.items.append(item)
        if not (means or item.clause in eager) and 1 <= item.context < 2:
            # A wish whose way of leaving names a job itself ("thinking about handing in my
            # resignation", « je pense à remettre ma démission »): only a job is resigned from.
            resigning = True
        if means or item.clause in eager:
            wanting_out = True
            # The work the post names below (a job kept for its pension, or one longed to be out
            # of) is named by this leaving: its clause holds the cue ("One more year and I'm gone.").
            if not (third_party or off_work):
                item.context = max(item.context, 2.0 if means else 1.0)
        wishing = True
    if wishing:
        reading.items.sort(key=lambda i: i.start)
    # A claim, then what came next ("Management keeps telling us telework is here to stay, then
    # they announce three days in the office", « Ils nous avaient promis des augmentations. Puis
    # le gel est arrivé. »): the word was broken when a harm or an order follows the sequel in
    # its clause; "then they bought us lunch" or "then she left for a meeting" breaks nothing.
    for item in reading.items:
        if item.sequel and any(
            i.start >= item.end and i.clause == item.clause and (i.valence < 0 or i.imposed)
            for i in reading.items
        ):
            item.valence, item.clear, item.critique = UNKEPT, True, True
            if not off_work and not item.context:
                item.context = 1.0
                reading.context += 1.0
    if wanting_out:
        # Eagerness elsewhere in the post is for the same leaving: "One more year and I'm gone.
        # Can't wait to never see my manager again."
        for words_ in eager.values():
            for word in words_:
                word.valence = min(word.valence, 0.0)
        if means and not third_party:
            reading.context += 2.0  # only a job is kept for its pension or the job market
        else:
            generic_aspects += 1.0
    elif resigning and not (third_party or off_work):
        generic_aspects += 1.0
    for start, end, _term, _value in organizations:
        # An organization abbreviation names a GC organization: a target, but of which the
        # author may well be a client ("CRA kept me on hold"), so it is a generic cue.
        where = next((i for i in range(len(spans) - 1, -1, -1) if spans[i][0] <= start), 0)
        reading.items.append(Item(start, end, where, context=1.0, entity=True))
        generic += 1.0
    # Generic cues anchor a post only in the first person and where nothing points to someone
    # else's work ("the employer doesn't care about us"), not in labour news ("Amazon's workers").
    # A review in the third person ("Not a good employer. Terrible shifts.") speaks as someone
    # employed there: it counts as the first person does.
    speaker = not words.isdisjoint(_FIRST_PERSON) or held & (HELD_EMPLOYMENT | HELD_CUSTOMER) == HELD_EMPLOYMENT
    if off_work or others or not speaker or held & HELD_WORKFORCE:
        reading.context += min(generic + generic_aspects, GENERIC_CAP) + min(hints, HINT_CAP)
        if here and generic_aspects and not (off_work or others or third_party):
            # "It's all about the numbers here", « ici, c'est juste les chiffres qui comptent »: a
            # grievance only work has, said of the place the author is in.
            reading.context += HINT_CAP
    else:
        reading.context += min(generic, 2 * GENERIC_CAP) + min(generic_aspects, 2 * GENERIC_CAP) + min(hints, HINT_CAP)
    # Praise of leadership in a post that holds a grievance ("morale is at an all-time low, but
    # congrats to senior management on the new logo"), or praise of no one beside a burden that
    # comes round again ("Bravo. Overtime again."), is sarcasm; praise of one's team stays earnest.
    grievance = any(i.valence <= GRIEVANCE for i in reading.items)
    recurring = not customer and held & (HELD_REPEAT | HELD_BURDEN) == HELD_REPEAT | HELD_BURDEN
    # A failure or a harm in the post ("crashed again", "took away telework", "demotivated
    # everyone"): praise to those who run the place, or praise said as an interjection ("Great,
    # ..."), is then a comment on it, that is, sarcasm; so is mock praise beside it. Praise beside
    # "despite" / « malgré » stays earnest ("congrats to leadership, despite the cuts").
    # Praise of leaders beside a mere complaint is a mixed review ("happy with my management,
    # never-ending workload"); beside a failure or a right taken away it is sarcasm.
    # Thanks to those who run the place for a burden or a harm ("Thanks boss for the pay
    # freeze", « Merci patron pour les heures supplémentaires ») is sarcasm.
    thanked = {
        id(i) for i in reading.items if i.to_leader and not customer and not concession and _thanked_for(folded, i, reading.items)
    }
    # Thanks or praise to leaders said as a sentence of their own after a clear harm ("Morale is
    # at zero. Thanks, leadership.", « Le moral est à zéro. Merci, la direction. ») close on it.
    closers = set()
    if not (customer or concession):
        for item in reading.items:
            if item.to_leader and item.valence > 0 and any(
                i.clause < item.clause and i.clear and i.valence <= -2.0 and not i.repeat and not i.mock
                for i in reading.items
            ) and len(WORD_TOKEN.findall(folded[spans[item.clause][0] : spans[item.clause][1]])) <= CLOSING_WORDS:
                closers.add(id(item))
    thanked |= closers
    praised = bool(thanked) or any(i.valence >= 2 for i in reading.items)
    harmed = failed = mocked = burdened = cheered = False
    if (praised or mock_seen) and not customer and not concession:
        harmed = any(i.valence <= MILD and not i.repeat and not i.mock for i in reading.items)
        failed = failure_seen
        # Mock praise with no earnest praise beside it is said of the place ("Leadership at its
        # finest.", « Quel leadership. »): with nothing to admire, the praise is mock.
        # Only mock praise that names them or cannot be earnest counts alone: "so motivating",
        # « c'est beau » or « quelle chance » are often meant.
        earnest = any(i.valence >= 1 and not i.mock for i in reading.items)
        # Soft mock praise of a burden or an order is pointed too: « Tellement motivant, une
        # autre formation obligatoire », "So reassuring, the return to office memo".
        burdens = [i for i in reading.items if i.burden or i.imposed]
        pointed = not (earnest or off_work) and any(
            i.mock and (i.pointed or (burdens and _soft_mock_of(folded, i, burdens, spans[i.clause][1])))
            for i in reading.items
        )
        mocked = mock_seen and (harmed or failed or pointed)
    sarcastic = sarcastic or mocked
    for item in reading.items if praised else ():
        if (item.valence < 2 and id(item) not in thanked) or item.to_peer:
            continue
        # An interjection comments on what follows it ("Great, the system crashed"), not on
        # what came before ("... came back from the cottage to welcome us. Nice touch."), nor
        # on what a "but" sets against it ("Good, but the salary is low").
        contrasted = item.clause + 1 < len(turns) and turns[item.clause + 1]
        # A grievance then a closing interjection ("Morale is at zero. Very motivating.") is one too.
        commented = item.interjection and not contrasted and (failed or (harmed and any(
            (i.valence <= MILD and i.start > item.start) or (i.valence <= GRIEVANCE and i.start < item.start)
            for i in reading.items
            if not i.repeat and not i.mock
        )))
        # Thanks to leaders, then what they did ("Congrats to our managers: 40% turnover."):
        # a harm in a later sentence or after a colon, not one a "but" sets against the praise.
        answered = item.to_leader and harmed and any(
            i.valence <= MILD and i.start > item.start and not turns[i.clause] and not i.repeat and not i.mock
            and (i.clause != item.clause or ":" in folded[item.end : i.start])
            for i in reading.items
        )
        closing = id(item) in closers
        if (item.to_leader and not item.vocative and (grievance or failed)) or id(item) in thanked or answered or closing or (item.of_leader and failed) or recurring or commented or mocked:
            item.valence, item.clear, item.critique = SARCASTIC_PRAISE, True, True
            mocking = True  # "Great, more overtime. Again."
            sarcastic = sarcastic or harmed or interjected
            burdened = burdened or (recurring and item.interjection)
            # "Great, the deadline moved again.": mock cheer before a harm that names work is said
            # of the author's work, as « Super, l'échéance a encore bougé » is (its « encore » is a
            # word of its own there, while "again" is inside the English phrase)
            # (a clear harm: "Awesome, send the pack over here" holds only a mild word of leaving)
            cheered = cheered or (commented and any(
                i.start > item.start and i.clear and i.valence <= -2.0 and i.context >= 1 and not i.repeat
                for i in reading.items
            ))
    if (burdened or cheered) and not (off_work or third_party) and reading.context < CONTEXT_NEEDED:
        # "Great, another meeting.", « Super, encore une réunion. »: a burden only work has, come
        # round again and greeted with mock cheer, is the author's own workplace.
        burden = next((i for i in reading.items if i.burden or (cheered and i.context >= 1 and i.clear)), None)
        if burden is not None:
            reading.context = CONTEXT_NEEDED
            burden.context = max(burden.context, 1.0)
    if mandated:
        # Ordered back to the office by leaders who work "from the cottage": a double standard.
        for item in away:
            item.valence, item.clear, item.critique = DOUBLE_STANDARD, True, True
    if mocking:
        # Mock praise of a customer ("oh great, another customer yelling about a coupon") is not
        # about the employer: with a customer in the post, only strong markers weigh.
        for item in reading.items:
            if item.repeat:
                item.valence, item.critique = (0.0, False) if customer else (REPEAT, True)
            elif customer and item.mock:
                item.valence, item.critique, item.clear = 0.0, False, False
            elif sarcastic and item.valence >= 1 and not item.to_peer:
                item.valence = SARCASTIC_PRAISE if item.valence >= 2 else -item.valence
                item.clear = item.critique = item.valence <= -2.0
            elif sarcastic and item.mock and not customer:
                item.valence, item.clear, item.critique = SARCASTIC_PRAISE, True, True
    # "but" / « mais »: the clause after the contrast outweighs the one before ("long day, but
    # my team pulled through"), also across a sentence end ("Long day. But we got there").
    # In a clause that holds a grievance (-3 or beyond), praise counts half: "the favouritism is
    # unreal, her pets get all the good files" is not balanced by "good".
    grieved = {i.clause for i in reading.items if i.valence <= GRIEVANCE}
    # Praise of one's team, the perks or the office does not make up for a clear critique of
    # those who run the place said in a clause of its own ("Great team, good benefits. Too bad
    # leadership can't keep a single promise."): before it, outside the leaders' clauses, it
    # counts half. Praise after it may be a comment on it ("... from the cottage to welcome
    # everyone. Nice touch.") and keeps its weight.
    led = {i.clause for i in reading.items if i.leader}
    aimed_up = min(
        (i.clause for i in reading.items if i.clear and i.valence <= AIMED_UP and i.clause in led), default=-1
    )
    # Praise in a sentence that opens on "if" / « si » is hypothetical: "If you don't care about
    # growth, it's the best place to work."
    conditional = [bool(_CONDITIONAL.match(folded, begin)) for begin, _end in spans]
    for item in reading.items:
        if not item.valence:
            continue
        if item.valence > 0 and conditional[item.clause]:
            item.valence = 0.0
            continue
        if item.valence > 0 and item.clause < aimed_up and item.clause not in led:
            # praise of the clients one serves says nothing of the leaders at all
            item.valence *= 0.0 if item.clause in served else PRAISE_ELSEWHERE
        if item.valence > 0 and item.clause in grieved:
            item.valence *= PRAISE_BESIDE_GRIEVANCE
        if turns[item.clause]:
            item.valence *= AFTER_CONTRAST
        if item.clause + 1 < len(turns) and turns[item.clause + 1]:
            item.valence *= BEFORE_CONTRAST
        reading.clause_valence[item.clause] += item.valence
    reading.valence = sum(reading.clause_valence)
    return reading


# What may stand before praise said as an interjection: "Oh great, ...", « Ah ben bravo, ... ».
_BOOST_PRAISE = frozenset({"super", "hyper", "mega"})  # boosters that, said alone, are praise: « Super, ... »
# Thanks weigh less than praise (1): they turn to sarcasm only when what they thank for is a burden.
_THANKS = frozenset({"thanks", "thank", "thank you", "merci", "mercis", "congrats", "kudos", "cheers to"})
_THANKED_FOR = re.compile(r"(?<!\w)(?:for|pour|d'avoir|de m'avoir|de nous avoir|de nous)(?!\w)")
THANKED_WORDS = 4  # "thanks boss for the lovely surprise of a pay freeze": words between "for" and the burden
# What stands between "for" and a burden when the thanks are for help with it, in earnest:
# "thanks to my manager for the support during the reorg", "for approving my overtime".
_RELIEF = frozenset(
    "during through despite amid with after before approving approved covering covered paying paid fixing fixed"
    " ending ending stopping cancelling canceling handling help helping support supporting getting us me"
    " pendant durant malgre avec lors apres avant approuve approuver payer paye payees couvert regle regler"
    " arrete arreter annule annuler aide aider soutien gere gerer".split()
)


def _thanked_for(folded: str, thanks: Item, items: list[Item]) -> bool:
    """True when thanks to a leader are for a burden or a harm, named soon after "for" / « pour »
    in the same clause: "Thanks boss for the pay freeze", « Bravo à la direction pour le retour au
    bureau », « Merci patron pour les heures supplémentaires »."""
    end = next((i.start for i in items if i.clause > thanks.clause), len(folded))
    sentence = _SENTENCE_BREAK_CHARS.search(folded, thanks.end, end)
    found = _THANKED_FOR.search(folded, thanks.end, sentence.start() if sentence else end)
    if found is None:
        return False
    for item in items:
        if item.start < found.end() or item.clause != thanks.clause:
            continue
        if not (item.burden or item.failure or item.valence <= MILD):
            continue
        gap = WORD_TOKEN.findall(folded[found.end() : item.start])
        return _RELIEF.isdisjoint(gap) and _reverses(folded, found.end(), item.start, THANKED_WORDS)
    return False
_INTERJECTION_LEAD = frozenset("oh ah wow well ok okay yay ben bin eh hey so alors".split())


def _interjection(folded: str, clause_start: int, start: int, end: int) -> bool:
    """True when praise stands alone at the start of its sentence, cut off by punctuation:
    "Great, the pay system crashed again", « Super, encore une réunion »."""
    lead = WORD_TOKEN.findall(folded[clause_start:start])
    if len(lead) > 2 or not _INTERJECTION_LEAD.issuperset(lead):
        return False
    after = folded[end : end + 3].lstrip(" ")
    if after[:1] in {",", "!", ".", ":"} or after[:1] == "\u2026":
        return True
    if _PRAISE_NOUN.match(folded, end):
        return True  # "Amazing work, senior management, ...", as « Beau travail, la direction, ... »
    # Praise of a thing, then a colon that says what it was: « Super initiative de mieux-être : ... »
    colon = folded.find(":", end, end + _COLON_CHARS)
    return colon > 0 and len(folded[end:colon].split()) <= _COLON_WORDS and not _SENTENCE_BREAK_CHARS.search(folded, end, colon)


_QUOTES = "\"'"
_PEERS = frozenset("team equipe colleagues collegues coworkers teammates staff employees employes gang".split())


def _soft_mock_of(folded: str, mock: Item, burdens: list[Item], end: int) -> bool:
    """True when soft mock praise ("so motivating", « très rassurant ») comments on a burden of
    the post, not on one's team ("so motivating to see my team hit every deadline") nor on the
    noun right after it ("a very reassuring meeting")."""
    if not _PEERS.isdisjoint(WORD_TOKEN.findall(folded[mock.end : end])):
        return False
    return not any(0 <= b.start - mock.end <= 1 for b in burdens)
_FILLERS = frozenset("oh ah wow so just really truly very vraiment juste tellement tres encore ben bin well".split())


def _standalone(folded: str, span: tuple[int, int], start: int, end: int) -> bool:
    """True when a phrase is its sentence, give or take a filler word: "Very motivating.",
    « Vraiment rassurant. », "Oh, how lovely!"."""
    rest = WORD_TOKEN.findall(folded[span[0] : start]) + WORD_TOKEN.findall(folded[end : span[1]])
    return len([w for w in rest if w not in _FILLERS]) == 0


def _scare_quoted(folded: str, start: int, end: int) -> bool:
    """True when the words stand in quotes of their own, a few words at most: our "leadership",
    la « culture de la bienveillance » (folding makes guillemets and curly quotes straight).
    An apostrophe glued to a word ("the boss's") is not a quote, and words quoted after a verb
    of speech are a quotation (she said "great job")."""
    opening = max(folded.rfind(q, max(0, start - _QUOTED_CHARS), start) for q in _QUOTES)
    if opening < 0 or (opening > 0 and folded[opening - 1].isalnum()):
        return False
    closing = folded.find(folded[opening], end, end + _QUOTED_CHARS)
    if closing < 0 or folded[closing + 1 : closing + 2].isalnum():
        return False
    inside = folded[opening + 1 : closing]
    if _SENTENCE_BREAK_CHARS.search(inside) or len(inside.split()) > _QUOTED_WORDS:
        return False
    said = WORD_TOKEN.findall(folded[max(0, opening - 12) : opening])
    return not (said and said[-1] in _SPEECH)  # a quotation, not scare quotes


# Whom praise is said to, set off by a comma: "Thanks, upper management, for the pay freeze".
_PRAISE_NOUN = re.compile(r"\s+(?:work|job|move|call|effort)\s*[,!.:]")
# The praise may end on its noun: "Amazing work, senior management, ..." as « Beau travail, la direction ».
_VOCATIVE = re.compile(r"(?:\s+(?:work|job|move|call|effort))?\s*,\s*")
_COLON_CHARS = 40
_COLON_WORDS = 4
_QUOTED_CHARS = 30
_QUOTED_WORDS = 5
_SENTENCE_BREAK_CHARS = re.compile(r"[.;!?\n]")
_SPEECH = frozenset(
    "said says say saying wrote writes replied answered told asked dit disait ecrit repond repondu demande".split()
)


def _place_follows(folded: str, leaving: Item, items: list[Item]) -> bool:
    """True when a place of work follows a way of leaving at once ("leaving this department",
    « quitter la fonction publique », "resigning from my job")."""
    for item in items:
        if item.start >= leaving.end and item.context >= 1:
            return _reverses(folded, leaving.end, item.start, 2)
    return False


def _same_thought(folded: str, spans: list[tuple[int, int]], ironic: Item, clause: int) -> bool:
    """True when an ironic opener and a word are in one sentence, or the opener's sentence is a
    question the next one answers ("Best part of my job? The endless meetings.")."""
    if ironic.clause == clause:
        return True
    return clause == ironic.clause + 1 and folded[spans[ironic.clause][0] : spans[clause][0]].rstrip()[-1:] in ("?", "!")


def _most_added_later(
    items: list[Item], leaving: list[Item], means: bool, generic: float, generic_aspects: float, hints: float, here: bool
) -> float:
    """The most the end of `_read` can add to the post's work context after the loop over its
    terms: a broken word per sequel (1), a job kept for its means (2, and a wish to leave or to
    resign 1 of generic aspects), then the capped generic cues and hints of whichever branch
    applies (the larger of the two, and "here"). Mock cheer at a burden is left to the caller.
    Keep in step with `_read`: tests/rules/test_workplace_gates.py checks it on every post."""
    later = sum(1.0 for i in items if i.sequel) + (2.0 if leaving and means else 0.0)
    if leaving:
        generic_aspects += 1.0
    return (
        later + min(generic, 2 * GENERIC_CAP) + min(generic_aspects, 2 * GENERIC_CAP) + min(hints, HINT_CAP)
        + (HINT_CAP if here else 0.0)
    )


def _lacking(reading: Reading, item: Item, seen: set[str], term: str, valence: float = 0.0) -> None:
    """Make a need a grievance ("no promotions", "salary is very low"): negative, and a workplace
    cue, since a lack of what an employer gives is about work (unless the post is about someone
    else's work: a workforce spoken of, politics, a strike)."""
    item.valence = -max(2.5, valence + 1.5)
    item.clear = item.critique = True
    if reading.third_party or reading.off_work:
        return
    raised = min(2.0, item.context + 1.0) if item.context else LACK_CONTEXT
    if term in seen:
        reading.context += raised - item.context
    else:
        seen.add(term)
        reading.context += raised
    item.context = raised


def _reverses(folded: str, marker_end: int, start: int, words: int = NEGATION_WORDS) -> bool:
    """True when a negator or lack marker ending at `marker_end` governs the word at `start`:
    at most a few words between, and no punctuation."""
    if marker_end < 0 or start < marker_end or start - marker_end > _GAP_CHARS:
        return False
    gap = folded[marker_end:start]
    return len(gap.split()) <= words and not _PUNCTUATION.search(gap)


def _counts(entry: Entry, off_work: bool, third_party: bool) -> bool:
    """Whether a work cue can be the author's own workplace in this post."""
    if off_work and (entry.fragile or not entry.own) and entry.context >= 1:
        return False  # sports, shows, politics, unions: only "my manager", "at work" still count
    return not (entry.aspect and third_party)


def _others(folded: str, found: list[tuple[int, int, str, Entry]]) -> set[int]:
    """Indexes of work cues that are someone else's: "her manager", "my sister's boss", "Dave's
    boss", « son patron », « le boss de mon chum », "management there"."""
    others: set[int] = set()
    apostrophe = "'" in folded  # the possessor pattern needs one: most posts are spared its search
    for index, (start, end, _term, entry) in enumerate(found):
        if not entry.context or entry.context < 1:
            continue
        before = found[index - 1] if index else None
        if before is not None and not before[3].owner and not before[3].context and index > 1:
            # an adjective between owner and cue: "his awful manager", "justify terrible favouritism"
            before = found[index - 2]
        if before is not None and before[3].owner and _reverses(folded, before[1], start, OWNER_WORDS):
            others.add(index)
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        gap = 1
        if after is not None and not (after[3].owner_after or after[3].elsewhere or after[3].context) and index + 2 < len(found):
            # an adjective between cue and owner: « le boss inutile de mon frère »
            after, gap = found[index + 2], 2
        if after is not None and (after[3].owner_after or after[3].elsewhere) and _reverses(folded, end, after[0], gap):
            others.add(index)
            continue
        possessor = _POSSESSOR.search(folded, max(0, start - 30), start) if apostrophe else None
        if possessor and possessor.group(1) not in _OWN_POSSESSORS:
            others.add(index)
    return others


def _said_of_work(found: list[tuple[int, int, str, Entry]], index: int, folded: str) -> bool:
    """True when the word before this one is a person or unit at work ("management needs to")."""
    start, _e, _t, entry = found[index - 1]
    return entry.entity and entry.context >= 2 and _reverses(folded, found[index - 1][1], found[index][0], 0)


def _pet(term: str) -> bool:
    """Whether a cue names a boss's favourite: "the director's pet", « chouchou du directeur »."""
    return term.endswith((" pet", " pets")) or term.startswith(("chouchou ", "chouchoute ", "chouchous "))


def _said_of_leaders(found: list[tuple[int, int, str, Entry]], index: int, folded: str, others: set[int]) -> bool:
    """True when those who run the author's place stand right before this word, one word between
    at most ("leadership clearly has no idea"): not a person ("my daughter has no idea"), nor
    someone else's management."""
    back = index - 1
    if found[back][2] in _THEY and back:
        back -= 1  # "Upper management? They have no idea ...": the pronoun takes them up
    _s, end, term, entry = found[back]
    leaders = entry.leader or term.split()[-1] in _BOSSES_MANY  # "our managers", « nos patrons »
    if not (entry.entity and leaders and back not in others):
        return False
    start = found[index][0]
    return _reverses(folded, end, start, 1) or _TAKEN_UP.fullmatch(folded, end, start) is not None


_DOOR = re.compile(r"\b(?:door|porte)\b")
_DOOR_CHARS = 40
_THEY = frozenset({"they", "ils", "elles"})
# A leader, then a question mark or a full stop, then the pronoun: « La haute direction? Ils ont aucune idée ».
_TAKEN_UP = re.compile(r"\s*[?.!:;,\u2026]*\s*(?:they|ils|elles)\s+")


_BOSSES_MANY = frozenset(
    "managers supervisors bosses directors executives execs gestionnaires superviseurs patrons directeurs cadres"
    " dirigeants".split()
)


def _at_customer(found: list[tuple[int, int, str, Entry]], index: int, folded: str, last_person: Entry | None) -> bool:
    """A negative word aimed at a customer: right before one ("the rude customer"), or after one
    in the same clause with no work cue in between ("the client was rude", "a customer called
    me an idiot")."""
    end = found[index][1]
    for start, _e, _t, entry in found[index + 1 : index + 3]:
        if (entry.customer or entry.entity) and _reverses(folded, end, start, 1):
            return entry.customer  # "poor management" after a customer is still management's
    return last_person is not None and last_person.customer


# Spoken French drops « ne » and negates after the verb: « la direction écoute jamais », « ils
# nous respectent pas », « on est pu valorisés ».
_AFTER_NEGATORS = frozenset({"pas", "jamais", "pu", "pantoute", "pas pantoute", "pas du tout", "jamais jamais"})


def _negated_after(found: list[tuple[int, int, str, Entry]], index: int, folded: str) -> bool:
    """True when a French negator follows the word directly (at most one word between)."""
    if index + 1 >= len(found):
        return False
    start, _e, term, _entry = found[index + 1]
    if found[index][2] in _PAY_VERBS:
        return False  # « ça paye pas » is "it doesn't pay off", not a word about pay
    return term in _AFTER_NEGATORS and _reverses(folded, found[index][1], start, 1)


_PAY_VERBS = frozenset({"paye", "paie"})


AGENT_WORDS = 8  # "my boss has been making my life hell": words between the doer and the deed


def _by_work(found: list[tuple[int, int, str, Entry]], index: int, folded: str, others: set[int]) -> bool:
    """True when the person before this deed ("screams at me", « me rabaisse ») is the author's
    boss or colleague: the nearest person named before it in the sentence, and not a customer,
    a stranger or someone else's manager."""
    start = found[index][0]
    sentence = max(folded.rfind(c, 0, start) for c in ".;!?\n") + 1
    if not _STRANGERS.isdisjoint(_words_outside_cues(found, index, folded, sentence)):
        return False  # "a guy asked for the manager and kept yelling at the staff"
    # The doer may be named in the sentence before and taken up by a pronoun ("My manager is
    # awful. She yells at me.", « Ma superviseure est rendue impossible. Elle me menace. »).
    carried = bool(_PRONOUN_START.match(folded, sentence))
    for back in range(index - 1, -1, -1):
        s, e, _t, entry = found[back]
        if entry.customer:
            return False
        if entry.entity and entry.context >= 1:
            gap = folded[e:start]
            # "yelling at the staff" by "the manager" may be a shop's; at "me" it is the author's boss
            # ... while "management" or « la direction » is an employer's whatever it does
            # ("management lied", « la haute direction cache les vrais chiffres »)
            mine = (
                entry.own
                or not entry.fragile
                or (entry.leader and _PERSON_LEADERS.isdisjoint(_t.split()))
                or bool(_OWN_BEFORE.search(folded, max(0, s - 6), s))
            )
            across = _SENTENCE_END.search(gap)
            return (
                (mine or not _FIRST_PERSON.isdisjoint(found[index][2].split()))
                and back not in others
                and (not across or (carried and len(_SENTENCE_END.findall(gap)) == 1))
                and len(gap.split()) <= (2 * AGENT_WORDS if carried else AGENT_WORDS)
                and _STRANGERS.isdisjoint(WORD_TOKEN.findall(gap))
            )
    return False


def _words_outside_cues(found: list[tuple[int, int, str, Entry]], index: int, folded: str, begin: int) -> list[str]:
    """The words from `begin` to the deed, leaving out those of work cues: « mon patron » is the
    author's boss in French, not a customer as "patron" is in English."""
    words: list[str] = []
    at = begin
    for s, e, _t, entry in found[:index]:
        if e <= begin or not (entry.entity and entry.context >= 1):
            continue
        words += WORD_TOKEN.findall(folded[at:s])
        at = max(at, e)
    return words + WORD_TOKEN.findall(folded[at : found[index][0]])


_SENTENCE_END = re.compile(r"[.;!?\n]")
_PARAGRAPH = re.compile(r"\n")
# Leaders named as a person ("the boss", « le directeur ») may be a shop's, a game's or a novel's;
# "management", "leadership", « la direction » are a workplace's units.
_PERSON_LEADERS = frozenset(
    "boss bosses patron patrons patronne director directors directeur directrice directeurs chef cheffe".split()
)
_PRONOUN_START = re.compile(r"\W*(?:he|she|they|him|her|il|elle|ils|elles|lui|y|a)\b")
# Someone named between the boss and the deed is who does it: "my manager's client keeps yelling at me".
_STRANGERS = frozenset(
    "guy guys lady ladies man men woman women someone somebody person customer customers client clients"
    " caller patron patrons stranger strangers dude kid visitor visitors passenger shopper guest guests"
    " gars madame monsieur quelqu homme femme client clients cliente clientes visiteur visiteuse usager"
    " usagere passager passagere".split()
)
