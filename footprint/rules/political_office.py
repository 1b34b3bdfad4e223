"""A party's or campaign's own voice, in the first person, without its name (POL007), in English
and French.

Leaders and campaigns seldom name their party or insult a rival. They promise ("we'll cut your
income taxes", "a re-elected government will...", « on va vous redonner de l'argent », « notre
plan va baisser... »), brand their programmes ("our Universal Tax Cut will..."), tell their tour
stops ("What a night in Moncton! Hundreds came out to hear about our plan", « Quelle soirée à
Rimouski ! »), introduce candidates ("proud to have her as our candidate for Brampton East",
« fière de l'avoir comme candidate dans Outremont ») and frame the contest ("the choice is clear
between...", « il n'y a que nous qui... »). Each reading below is one of those shapes; each also
needs a public-policy object or a campaign word from `data/political_office.toml`, so a family's
weekend plan, a company's launch, a sports team's campaign and a school fundraiser stay clean.

A public servant's own work voice is not a campaign's: a commitment beside official cues
(canada.ca, a department, consultations, "we're hiring") is a programme delivered, and is left
alone, as are diplomacy and ceremony (no promise, no campaign word), news relays (words after
"says", or inside quotation marks) and civic reminders to vote (no first-person commitment).

The rule defers to the other political rules: when POL001-POL005 already report a post, this one
stays silent, so a post gets one political finding.

Speed: the post's word set (`text_words`) must hold a first-person plural form, a candidate or
stop word, or a contest word before any regex runs; most posts end at that set test.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from footprint import guidance as gd
from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules import _data
from footprint.rules import political_voice as voice
from footprint.rules.base import Rule, evidence, negated, sentences, text_words
from footprint.rules.matcher import TermMatcher, spans_by_kind
from footprint.rules.political import election_factor
from footprint.text import fold

Span = tuple[int, int]

_SUFFIXES = ("", "e", "s", "es")


def _expand(term: str) -> list[str]:
    term = fold(term)
    return [term[:-1] + s for s in _SUFFIXES] if term.endswith("*") else [term]


_KEY = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class _Vocabulary:
    matcher: TermMatcher[frozenset[str]]
    keys: dict[str, frozenset[str]]  # kind -> every word of its terms (a post without one holds none)


@cache
def vocabulary() -> _Vocabulary:
    data = _data._read_toml("political_office.toml")
    kinds: dict[str, set[str]] = {}
    keys: dict[str, set[str]] = {}
    for kind, table in data.items():
        if not isinstance(table, dict):
            continue
        for term in table.get("terms", []):
            for form in _expand(term):
                kinds.setdefault(form, set()).add(kind)
                # The longest word of a term is its key: a post without it cannot hold the term.
                keys.setdefault(kind, set()).add(max(_KEY.findall(form) or [form], key=len))
    return _Vocabulary(
        matcher=TermMatcher({term: frozenset(k) for term, k in kinds.items()}),
        keys={kind: frozenset(words) for kind, words in keys.items()},
    )


@lru_cache(maxsize=8)
def terms_in(folded: str) -> dict[str, list[Span]]:
    """Every vocabulary term of a post, by kind (the readings ask in turn about one post)."""
    return spans_by_kind(vocabulary().matcher, folded)


def _kinds(folded: str, *kinds: str) -> list[Span]:
    found = terms_in(folded)
    return sorted(span for kind in kinds for span in found.get(kind, []))


def _objects(folded: str) -> list[Span]:
    return _kinds(folded, "objects_en", "objects_fr")


def _official(folded: str) -> bool:
    """A public servant's own work post, or a business selling a service: not a campaign's voice."""
    return bool(_kinds(folded, "official_en", "official_fr", "commerce_en", "commerce_fr"))


def _contest(folded: str) -> bool:
    return bool(_kinds(folded, "contest_en", "contest_fr")) or voice.charity(folded)


# -------- Gates: word-set tests that end most posts before any regex

_WE_WORDS = frozenset({"we", "our", "us", "nous", "notre", "nos", "on"})
_PLAN_WORDS = frozenset({"plan", "platform", "plateforme", "government", "gouvernement"})
# A tour stop holds one of these words, or "what"/« quelle » and one of the weaker ones.
_STOP_WORDS = frozenset({
    "crowd", "turnout", "rally", "welcome", "hundreds", "thousands", "packed", "foule", "accueil", "centaines",
    "milliers", "comble", "pleine",
})
# (weaker words below need one of _WHAT: "What a night in", « une énergie incroyable », "Thank you Regina!")
_STOP_WEAK = frozenset({
    "night", "evening", "morning", "afternoon", "energy", "event", "reception", "room", "soiree", "ambiance",
    "salle", "journee", "matinee", "energie", "rencontre", "accueil", "rassemblement", "monde", "party",
})
_WHAT = frozenset({"what", "quelle", "quel"})
_ENERGY = (frozenset({"energy", "energie"}), frozenset({"incredible", "amazing", "great", "electric", "incroyable", "folle",
                                                       "extraordinaire"}))
_CANDIDATE_WORDS = frozenset({
    "candidate", "candidates", "candidat", "candidats", "candidates", "campaign", "campagne", "supporters",
    "partisans", "militants", "benevoles", "acclamation", "investi", "investie",
})
_CHOICE_WORDS = frozenset({"choice", "choix"})
_VOTE_US = (frozenset({"vote", "voter"}), frozenset({"us", "nous"}))
_ONLY_WORDS = frozenset({"only", "nobody", "seuls", "seul", "que", "juste"})
_WE_ALONE = frozenset({"we", "us", "nous"})


# -------- Commitments: the promise of a party or government about a public matter

_VERBS_EN = (
    r"cut|lower|reduce|scrap|axe|cancel|end|eliminate|balance|build(?!\s+on\b)|plant|double|triple|ban|freeze|cap"
    r"|give\s+(?:you|your|families|parents|seniors|students|workers|canadians|every)|put\s+(?:more\s+)?money"
    r"|bring\s+(?:in|down|back)|make\s+life|stand\s+up\s+for|fight\s+for|protect|restore|introduce|create"
    r"|fight|combat|hire\s+more|raise|boost|increase|improve|close\s+the\s+gaps?|help\s+(?:you|your|families|parents|seniors|students|workers|canadians|with)"
    r"|invest\s+in|fix|tackle|strengthen|expand|lift|get\s+(?:tough|serious)"
    r"|make\s+(?:sure\s+(?:every|all|canadians|you|families|workers|seniors)|it\s+easier|child\s+care|housing|homes|rent"
    r"|prescriptions?|medications?|(?:\w+\s+)?(?:more\s+)?affordable)"
    r"|keep\s+(?:violent|criminals|guns|your\s+taxes|taxes)"
)
_VERBS_ING = (
    r"cutting|lowering|reducing|scrapping|ending|eliminating|balancing|building|planting|doubling|banning|freezing"
    r"|capping|giving|putting|bringing\s+in|making|protecting|restoring|introducing|creating|hiring|raising|helping"
    r"|investing\s+in|fixing|tackling|strengthening|expanding|fighting"
)
# Present progressive of a government's own measures ("that's why we're planting 2 billion trees",
# « nous abolissons la taxe »): only verbs no household uses about its weekend.
_DOING = r"cutting|lowering|scrapping|banning|doubling|planting|freezing|capping|balancing|eliminating|axing"
_EN_COURS = r"baissons|abolissons|interdisons|doublons|gelons|plafonnons|equilibrons|eliminons|plantons"
_VERBES = (
    r"baisser|reduire|couper|sabrer|abolir|annuler|equilibrer|construire|batir|planter|doubler|tripler|interdire"
    r"|geler|plafonner|redonner|donner|remettre|offrir|proteger|defendre|retablir|instaurer|creer|embaucher|aider"
    r"|investir|financer|regler|s'attaquer|lutter|se\s+battre|renforcer|elargir|ramener|mettre\s+fin"
    r"|mettre\s+en\s+place|rendre\s+la\s+vie|sortir|garantir|hausser|augmenter|combattre|les\s+combattre|combler"
    r"|bonifier|eliminer|exiger"
)
_FUTURS = (
    r"baisserons|reduirons|couperons|abolirons|equilibrerons|construirons|batirons|planterons|doublerons"
    r"|interdirons|gelerons|redonnerons|donnerons|offrirons|protegerons|defendrons|retablirons|instaurerons"
    r"|creerons|embaucherons|aiderons|investirons|financerons|mettrons|lutterons|nous\s+battrons|renforcerons"
    r"|ramenerons|garantirons"
)
_PARTY_EN = r"liberal|conservative|ndp|new\s+democrat(?:ic)?|green|bloc|re-?elected|progressive\s+conservative|pc|caq"
_PARTY_FR = r"liberal|conservateur|neo-?democrate|vert|bloquiste|reelu|caquiste|pequiste|solidaire|progressiste"
_COMMITMENT = re.compile(
    rf"(?<![\w'])(?:we(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'re\s+gonna|\s+are\s+gonna|\s+gonna|\s+can\s*-?\s*(?:and|&)\s*-?\s*we\s+will"
    rf"|\s+promise\s+to|\s+pledge\s+to|'d|\s+would)"
    rf"\s+(?:(?:also|always|immediately|finally|keep|continue\s+to|-)\s+)*(?:{_VERBS_EN})"
    rf"|we(?:'re|\s+are)\s+(?:fully\s+|firmly\s+)?committed\s+to\s+(?:{_VERBS_ING})"
    rf"|we(?:'re|\s+are)\s+(?:now\s+|also\s+)?(?:{_DOING})(?!\s+(?:the\s+)?ribbon)|nous\s+(?:{_EN_COURS})"
    rf"|under\s+(?:a|an)\s+(?:new\s+)?(?:{_PARTY_EN})\s+government"
    rf"|sous\s+un\s+(?:nouveau\s+)?gouvernement\s+(?:{_PARTY_FR})"
    rf"|we\s+can\s+(?:win\s+the\s+fight\s+against|beat|end|fix|tackle|lead\s+the\s+fight|cut|lower|balance|build|protect)"
    rf"|our\s+(?:(?:new|real|costed|fully\s+costed|ambitious|bold|concrete)\s+)?(?:plan|platform)\s+to\s+(?:{_VERBS_EN})"
    rf"|(?:we|i)(?:'ve\s+got|\s+have)\s+(?:a|the)\s+(?:(?:real|costed|fully\s+costed|serious|concrete|best|only|new)\s+"
    rf"(?:and\s+most\s+\w+\s+)?)?plan\s+to\s+(?:{_VERBS_EN})"
    rf"|(?:my|share\s+my)\s+(?:new\s+)?plan\s+to\s+(?:{_VERBS_EN})"
    rf"|(?:nous\s+avons|on\s+a|j'ai)\s+(?:un|le)\s+(?:(?:vrai|seul|meilleur|bon)\s+)?plan\s+(?:\w+\s+)?pour\s+(?:{_VERBES})"
    rf"|mon\s+plan\s+pour\s+(?:vous\s+)?(?:{_VERBES})"
    rf"|our\s+(?:promise|commitment|pledge|guarantee)(?:\s+to\s+(?:you|canadians|families))?\s*:"
    rf"|notre\s+(?:promesse|engagement|garantie)(?:\s+envers\s+vous|\s+pour\s+vous)?\s*:"
    rf"|with\s+us\s*,?\s+no\s+more|avec\s+nous(?:\s+autres)?\s*,?\s+fini(?:es)?"
    rf"|here's\s+what\s+(?:we(?:'ll|\s+will|'re\s+going\s+to)|a\s+\w+\s+government\s+will)\s+do"
    rf"|voici\s+ce\s+(?:qu'on\s+va|que\s+nous\s+allons|que\s+nous)\s+(?:faire|ferons)"
    rf"|(?:it's|it\s+is|that's|that\s+is|this\s+is)\s+(?:in|part\s+of)\s+our\s+(?:plan|platform)"
    rf"|c'est\s+dans\s+notre\s+(?:plan|plateforme|programme)"
    rf"|notre\s+(?:plan|plateforme)\s+pour\s+(?:{_VERBES})"
    rf"|our\s+(?:(?:new|real|costed|fully\s+costed|ambitious|bold|concrete|tough\s+new|new\s+tough)\s+)?"
    rf"(?:plan|platform|commitment|government|laws?)\s+(?:will|would|is\s+going\s+to|means|puts|gives|focuses\s+on"
    rf"|makes|cuts|lowers|delivers|invests)"
    rf"|(?:it's|it\s+is|this\s+is|that's|that\s+is|here's)\s+(?:a|our)\s+(?:real|serious|concrete|costed|fully\s+costed"
    rf"|practical|bold|new)\s+plan\s+to"
    rf"|(?:a|an)\s+(?:{_PARTY_EN})(?:\s+(?:{_PARTY_EN}))?\s+government\s+(?:will|would|'ll|is\s+going\s+to|can)"
    rf"|(?:nous\s+allons|on\s+va|nous\s+nous\s+engageons\s+a|on\s+s'engage\s+a|nous\s+promettons\s+de|on\s+promet\s+de)"
    rf"\s+(?:(?:aussi|enfin|toujours|immediatement|continuer\s+a|vous|leur|vous\s+en|-)\s+)*(?:{_VERBES})"
    rf"|(?:nous\s+veillerons|on\s+va\s+veiller|nous\s+allons\s+veiller|nous\s+nous\s+assurerons|on\s+va\s+s'assurer)"
    rf"\s+(?:a\s+ce\s+)?que"
    rf"|(?:nous\s+serons|on\s+va\s+etre)\s+(?:toujours\s+)?la\s+pour\s+(?:vous\s+)?(?:{_VERBES})"
    rf"|we(?:'ll|\s+will)\s+(?:always\s+)?be\s+there\s+(?:to|for)"
    rf"|(?:nous\s*,?\s*)?(?:nous\s+serons|on\s+va\s+etre|on\s+sera)\s+(?:toujours\s+)?la\s+pour\s+(?:les|la|le|nos|vos|vous)"
    rf"|with\s+us\s*,\s+(?:[\w'-]+\s+){{1,3}}?(?:will|'ll|get|pay|keep)"
    rf"|avec\s+nous(?:\s+autres)?\s*,\s+(?:[\w'-]+\s+){{1,3}}?(?:vont|va|\w{{3,}}ront|\w{{3,}}ra|recevront|paieront)"
    rf"|(?:we(?:'re|\s+are)\s+proposing|we\s+propose|we're\s+pledging|we\s+pledge)\s+to\s+(?:{_VERBS_EN})"
    rf"|(?:nous\s+proposons|on\s+propose)\s+(?:de|d')\s*(?:{_VERBES})"
    rf"|(?:nos|notre)\s+(?:(?:nouvelles|nouvelle|nouveau|nouveaux)\s+)?(?:lois|loi|mesures|reformes?)\s+(?:\w+\s+)?(?:vont|va)"
    rf"|notre\s+(?:nouvelle\s+|nouveau\s+)?(?:baisse|prestation|credit|allocation|remise|garantie|bouclier|reforme)"
    rf"\s+(?:[\w'-]+\s+){{0,3}}?(?:va|vont|permettra|\w{{3,}}ra)"
    rf"|nous\s+(?:vous\s+)?(?:{_FUTURS})"
    rf"|on\s+(?:abolit|elimine|interdit|gele|plafonne|double|baisse|coupe|scrappe)(?!\s+(?:le\s+)?ruban)"
    rf"|(?:notre|mon)\s+(?:(?:nouveau|vrai|veritable|ambitieux)\s+)?(?:plan|plateforme|gouvernement|engagement)"
    rf"\s+(?:va|vont|permettra|permet\s+de|vise\s+a|prevoit|\w{{3,}}ra)"
    rf"|c'est\s+(?:un|notre)\s+(?:(?:vrai|veritable|bon)\s+)?plan\s+(?:(?:concret|serieux|chiffre)\s+)?pour"
    rf"|un\s+gouvernement\s+(?:{_PARTY_FR})(?:\s+\w+)?\s+(?:va|vont|pourra|s'engage\s+a|\w{{3,}}ra))(?!\w)"
)
# Every word one of the commitment shapes needs (one must be among the post's words).
_COMMITMENT_WORDS = frozenset(
    re.findall(r"[a-z]+", "|".join((_VERBS_EN, _VERBS_ING, _VERBES, _FUTURS)))
    + re.findall(r"[a-z]+", _DOING + "|" + _EN_COURS)
    + ["under", "sous", "veillerons", "veiller", "assurerons", "assurer", "serons", "etre", "there", "lois", "loi",
       "mesures", "reforme", "reformes", "baisse", "prestation", "credit", "allocation", "remise", "garantie",
       "bouclier", "proposing", "propose", "proposons", "pledging", "exiger", "serons", "sera",
       "promise", "commitment", "pledge", "promesse", "engagement", "fini", "finies", "gonna",
       "abolit", "elimine", "interdit", "gele", "plafonne", "coupe", "scrappe", "rebate", "guarantee", "deal", "pledge", "bonus", "benefit", "plan", "platform", "plateforme", "programme", "government", "gouvernement", "will", "would", "means",
       "puts", "gives", "cuts", "lowers", "saves", "va", "vont"]
) - {"s", "in", "up", "for", "sure", "you", "your", "with", "it", "la", "vie", "en", "place", "nous", "se", "les",
     "back", "down", "more", "money", "every", "easier", "sur", "fin", "on", "the", "all", "gaps",
     "gap", "b", "would", "will", "va", "vont", "families", "workers", "seniors", "canadians", "students",
     "parents", "affordable", "homes", "housing", "rent", "care", "child", "prescriptions", "prescription",
     "medications", "medication", "d", "l", "a", "ce", "que", "pour"}
# "Under a new Conservative government, you will save", « sous un gouvernement bloquiste »: the
# party's government, pitched; it names the party, so no public object is needed.
_PARTY_GOVERNMENT = re.compile(
    rf"(?<!\w)(?:(?:under|with)\s+(?:a|an)\s+(?:new\s+|re-?elected\s+)?(?:{_PARTY_EN})\s+government"
    rf"|(?:sous|avec)\s+un\s+(?:nouveau\s+)?gouvernement\s+(?:{_PARTY_FR})"
    rf"|(?:if|when|once)\s+we\s+(?:form|are\s+elected\s+to)\s+(?:the\s+next\s+|a\s+new\s+)?government"
    rf"|(?:si|quand|lorsque|une\s+fois\s+que)\s+nous\s+(?:formons|formerons|serons\s+elus\s+au)\s+(?:le\s+)?"
    rf"(?:prochain\s+)?gouvernement)(?!\w)"
)
_GOVERNMENT_WORDS = frozenset({"government", "gouvernement"})
# "our Universal Tax Cut will", "our Fair Share Rebate puts": a programme named like a product,
# read on the text as written (the capitals are the brand).
_BRAND = re.compile(
    r"(?<![\w'])[Oo]ur\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Tax\s+Cut|Tax\s+Credit|Plan|Rebate|Benefit|Guarantee|Deal"
    r"|Pledge|Bonus|Credit|Cut)\s+(?:will|would|means|puts|gives|cuts|lowers|saves)(?!\w)"
)
# "it's in our platform", "fight it", « le combattre »: what the commitment is about came first.
_BACK = re.compile(r"\s+(?:it|them|this|that|the\s+same)(?!\w)|:|(?<=platform)|(?<=plan)|(?<=plateforme)|(?<=programme)")
_PRONOUN_FR = re.compile(r"(?:^|\s)(?:les|la|le|l')\s*\w+$")
_TO_YOU = re.compile(r"(?<!\w)(?:you|your|every|everyone|vous|vos|votre|chaque|tous\s+les)(?!\w)")
_OBJECT_WINDOW = 140  # characters between a commitment and what it is about
# "Trudeau says we will...", « selon le chef, nous allons... »: someone else's words.
_REPORTED = re.compile(
    r"(?<!\w)(?:says?|said|told|tells|according\s+to|claims?|vows?|promised|think|thinks|believe|believes|expect"
    r"|expects|dit|a\s+dit|declare|a\s+declare|affirme|selon|promet|assure|pensent|pense|croient|croit|estiment"
    r"|s'attendent)(?!\w)[^.!?]*$"
)


# "..., Carney said in his platform launch.": the speaker given after the words.
_SAID_AFTER = re.compile(
    r",\s*(?:[\w'-]+\s+){1,3}?(?:says|said|told|announced|promised|vowed|dit|a\s+dit|a\s+promis|a\s+annonce|promet|declare"
    r"|a\s+declare|affirme)(?!\w)[^.!?]{0,50}[.!]?\s*$"
)


def _reported(folded: str, at: int) -> bool:
    if _REPORTED.search(folded, max(0, at - 60), at) is not None:
        return True
    end = len(folded)
    for mark in ".!?\n":
        found = folded.find(mark, at)
        if 0 <= found < end:
            end = found + 1
    return _SAID_AFTER.search(folded, at, end) is not None


def _quoted(folded: str, at: int) -> bool:
    """Inside quotation marks: a quote relayed, not the writer's own words."""
    return folded.count('"', 0, at) % 2 == 1


def _own(folded: str, at: int) -> bool:
    """The writer's own words: not negated, reported, quoted, nor a poll's or a eulogy's."""
    return not (
        negated(folded, at, window=10) or _reported(folded, at) or _quoted(folded, at)
        or voice.poll_or_condolence(folded)
    )


_FIRST = re.compile(r"(?<!\w)(?:i|i'm|i've|we|we're|we've|our|us|my|me|je|j|nous|notre|nos|on|moi|mon|ma|mes)(?!\w)")
# A sentence that opens on the act, or on a few words before it ("Great to meet...", « Belle
# halte... », « Incroyable de rencontrer... »).
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|[\U0001F300-\U0001FAFF]\s*)(?:[\w']+\s+){0,3}$")


def _the_writer(folded: str, at: int) -> bool:
    """The writer tells it: a first-person word in the post, or a sentence that opens on the
    act with its subject left out ("Kicked off Sam's campaign today")."""
    return _FIRST.search(folded) is not None or _SENTENCE_START.search(folded, max(0, at - 40), at) is not None


def commitment(text: str, folded: str, words: frozenset[str] | None = None) -> list[Span] | None:
    """A promise about a public matter in the voice of a party or government: "we'll cut income
    taxes", "our plan will lower...", "it's a real plan to fix housing", "a re-elected government
    will", « on va vous redonner de l'argent dans vos poches », « notre plan va baisser les
    impôts »; or a branded programme ("our Universal Tax Cut will cut taxes for every Canadian")."""
    words = text_words(folded) if words is None else words
    if words.isdisjoint(_WE_WORDS) and words.isdisjoint(_PLAN_WORDS):
        return None
    party_government = _PARTY_GOVERNMENT.search(folded) if not words.isdisjoint(_GOVERNMENT_WORDS) else None
    if party_government is not None and not _official(folded) and _own(folded, party_government.start()):
        return [(party_government.start(), party_government.end())]
    if words.isdisjoint(_COMMITMENT_WORDS) and not _with_us(words):
        return None
    keys = vocabulary().keys
    objects = (
        _objects(folded)
        if not (words.isdisjoint(keys["objects_en"]) and words.isdisjoint(keys["objects_fr"])) else []
    )
    if (not objects and "our" not in words) or _official(folded):
        return None
    for start, end in sentences(folded) if objects else ():
        # "We'll give you more support:" and a list on the next lines: the list is what it's about.
        reach = len(folded) if folded[start:end].rstrip().endswith(":") else end
        for match in _COMMITMENT.finditer(folded, start, end):
            # ("make child care affordable": the object may sit inside the shape itself)
            about = [o for o in objects if match.start() < o[0] < min(reach, match.end() + _OBJECT_WINDOW)]
            if not about and (_BACK.match(folded, match.end()) or _PRONOUN_FR.search(match.group(0))):
                # "Climate change is here. We can and we will fight it.": the object came before.
                about = [o for o in objects if match.start() - _OBJECT_WINDOW <= o[0] < match.start()]
            if about and _own(folded, match.start()):
                return [(match.start(), match.end()), about[0]]
    for match in _BRAND.finditer(text) if "our" in words else ():
        end = next((e for s, e in sentences(folded) if s <= match.start() < e), len(folded))
        about = [o for o in objects if match.start() <= o[0] < end]
        if (about or _TO_YOU.search(folded, match.end(), end)) and _own(folded, match.start()):
            return [(match.start(), match.end()), *about[:1]]
    return None


# -------- Campaign stops, told by the candidate or leader

_STOP = re.compile(
    r"(?<!\w)(?:what\s+an?\s+(?:(?:great|amazing|incredible|fantastic|awesome|wonderful|electric|packed|huge|beautiful"
    r"|energetic)\s+)?(?:night|evening|crowd|turnout|rally|morning|afternoon|day|welcome|energy|event|room|reception)"
    r"\s+(?:in|at|here\s+in|tonight\s+in|today\s+in)"
    r"|thanks?\s+(?:you\s+)?(?:to\s+)?[\w@.'-]+(?:\s+[\w@.'&-]+){0,5}\s+for\s+(?:a|the|such\s+a|an|your)\s+"
    r"(?:warm|great|wonderful|fantastic|amazing|incredible|kind)\s+welcome"
    r"|(?:hundreds|thousands)\s+(?:of\s+(?:people|supporters|folks|canadians|neighbours|neighbors)\s+)?"
    r"(?:came|showed\s+up|turned\s+out|joined|were\s+there|packed|filled)"
    r"|(?:great|huge|big|amazing|fantastic|packed|incredible)\s+(?:crowd|turnout|room|house)\s+(?:in|at|tonight|today"
    r"|this)|packed\s+(?:room|house|hall|gym|arena)|(?:incredible|amazing|great|electric)\s+energy\s+(?:tonight|today|in)"
    r"|(?:^|[.!?]\s+)thank\s+you,?\s+[\w.'-]+(?:\s+[\w.'-]+)?\s*!|(?:^|[.!?]\s+)merci,?\s+[\w.'-]+(?:\s+[\w.'-]+)?\s*!"
    r"|quel\s+(?:bel\s+|superbe\s+|magnifique\s+|incroyable\s+|gros\s+)?(?:accueil|rassemblement|monde|party)"
    r"\s+(?:a|au|aux|en|dans|ce|hier)"
    r"|une\s+energie\s+(?:incroyable|folle|extraordinaire)|salle\s+comble|the\s+crowd\s+in\s+\w+|la\s+foule\s+(?:a|de)\s+\w+|(?:grosse|belle|grande)\s+foule\s+(?:a|au|ce|hier)"
    r"|quelle\s+(?:belle\s+|superbe\s+|magnifique\s+|incroyable\s+|grosse\s+)?(?:soiree|foule|ambiance|energie|journee"
    r"|matinee|salle|accueil|rencontre)\s+(?:a|au|aux|en|dans|ce\s+soir)"
    r"|merci\s+(?:a\s+)?[\w@.'-]+(?:\s+[\w@.'-]+)?\s+(?:pour|de)\s+(?:l'|cet\s+|ce\s+|votre\s+|un\s+|le\s+)?"
    r"(?:si\s+)?(?:chaleureux\s+|bel\s+|formidable\s+|superbe\s+)?accueil"
    r"|(?:des\s+centaines|des\s+milliers|une\s+grosse\s+foule|une\s+belle\s+foule|salle\s+comble|salle\s+pleine)"
    r"\s+(?:de\s+(?:personnes|partisans|militants|gens|citoyens)\s+)?(?:sont|est|etaient|ont|venu|pour|se\s+sont"
    r"|a|au|ce\s+soir))(?!\w)"
)
# What makes the stop a campaign's: its plan or programme, told to the crowd.
_OURS = re.compile(
    r"(?<!\w)(?:our|notre|nos)\s+(?:(?:new|real|positive|vrai|nouveau)\s+)?(?:plan|platform|campaign|candidate|team"
    r"|plateforme|campagne|candidat|candidate|equipe|programme|movement|mouvement|vision|baisse\s+d'impots?"
    r"|prestation|credit\s+d'impot)(?!\w)"
)
_ELECTION_TAG = re.compile(r"#(?:elxn|election|vote|polqc|qc|on|bc|ab)\w*\d{2}")


def campaign_stop(text: str, folded: str, words: frozenset[str] | None = None) -> list[Span] | None:
    """A tour stop as the candidate or leader tells it: a crowd in a town and the campaign that
    came to it ("What a night in Parksville! Hundreds came to hear about our plan", « Quelle
    soirée à Rimouski ! Des centaines de partisans »). A concert, a game or a conference with the
    same warm words names no campaign."""
    words = text_words(folded) if words is None else words
    if (
        words.isdisjoint(_STOP_WORDS) and (words.isdisjoint(_WHAT) or words.isdisjoint(_STOP_WEAK))
        and (words.isdisjoint(_ENERGY[0]) or words.isdisjoint(_ENERGY[1]))
        and not ("!" in folded and ("thank" in words or "merci" in words))
    ):
        return None
    if not _may_be_campaign(words, folded):
        return None
    stop = _STOP.search(folded)
    if stop is None or _contest(folded) or _official(folded):
        return None
    sign = _kinds(folded, "campaign_en", "campaign_fr") or voice.party_words(folded)
    ours = _OURS.search(folded) or _BRAND_ANY.search(text)
    if ours is not None:
        sign = [(ours.start(), ours.end()), *sign]
    tag = _ELECTION_TAG.search(folded)
    if tag is not None:
        sign = [*sign, (tag.start(), tag.end())]
    if not sign or not _own(folded, stop.start()) or not _the_writer(folded, stop.start()):
        return None
    return [(stop.start(), stop.end()), sign[0]]


_SIGN_WORDS = frozenset({"our", "notre", "nos"})


def _may_be_campaign(words: frozenset[str], folded: str) -> bool:
    """Could the post name its campaign (a campaign word, "our"/« notre », a party word or an
    election hashtag)? Set tests only."""
    keys = vocabulary().keys
    return (
        (not words.isdisjoint(_SIGN_WORDS) and not words.isdisjoint(_OWNED_WORDS))
        or not words.isdisjoint(keys["campaign_en"]) or not words.isdisjoint(keys["campaign_fr"])
        or ("#" in folded and _ELECTION_TAG.search(folded) is not None)
        or voice.may_hold(folded, "party_words_en", "party_words_fr")
    )


# What "our"/« notre » must own to sign a tour stop (`_OURS`, `_BRAND_ANY`).
_OWNED_WORDS = frozenset({
    "plan", "platform", "campaign", "candidate", "team", "plateforme", "campagne", "candidat", "equipe", "programme",
    "movement", "mouvement", "vision", "baisse", "prestation", "credit", "cut", "rebate", "benefit", "guarantee",
    "deal", "pledge", "bonus",
})


_BRAND_ANY = re.compile(
    r"(?<![\w'])[Oo]ur\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Tax\s+Cut|Tax\s+Credit|Plan|Rebate|Benefit|Guarantee|Deal"
    r"|Pledge|Bonus|Credit|Cut)(?!\w)"
)


# -------- Candidates introduced and campaigns launched

_CANDIDATE = re.compile(
    r"(?<!\w)(?:(?:proud|happy|thrilled|excited|honoured|honored|delighted|glad|pumped)\s+to\s+(?:have|welcome|introduce"
    r"|announce|support|stand\s+with)\s+(?:\S+\s+){1,7}?as\s+(?:our|the)\s+(?:\w+\s+)?candidate\s+(?:for|in)"
    r"|our\s+(?:(?:great|amazing|fantastic|excellent|strong|local|new|terrific|incredible|next)\s+)?candidates?"
    r"\s+(?:for|in)\s+(?!the\s|a\s)"
    r"|(?:launching|launched|kicked\s+off|kick\s+off)\s+our\s+(?:national\s+|election\s+)?campaign"
    r"|our\s+campaign\s+(?:is\s+about|is\s+all\s+about|will|to\s+(?:help|cut|lower|give|make|put))"
    r"|(?:stop|day|today|tonight|back|we're|i'm|here)\s+on\s+the\s+campaign\s+trail|(?:meet|met|meeting)\s+so\s+many\s+(?:\w+\s+)?supporters"
    r"|only\s+one\s+candidate\s+(?:who|that)|that\s+candidate\s+is"
    r"|(?:lancement\s+de|lance|lancer)\s+notre\s+campagne|notre\s+campagne\s+(?:porte\s+sur|vise\s+a|va|veut)"
    r"|sur\s+la\s+route\s+de\s+la\s+campagne|en\s+campagne\s+(?:a|au|aux|dans|en)\s"
    r"|(?:rencontrer|rencontre|croiser)\s+(?:autant|tant)\s+de\s+(?:\w+\s+)?(?:partisans|militants|benevoles)"
    r"|un\s+seul\s+candidat(?:e)?\s+qui"
    r"|avec\s+(?:d'|de\s+)(?:excellent|excellente|solide|formidable|super)s?\s+candidat(?:e)?s\s+comme"
    r"|(?:halte|arret|journee|escale|soiree)\s+(?:\w+\s+){0,2}sur\s+la\s+route\s+de\s+la\s+campagne"
    r"|(?:day|week)\s+\d+\s+of\s+(?:the|our)\s+campaign|(?:first|last|final)\s+(?:day|week|stretch)\s+of\s+(?:the|our)\s+campaign"
    r"|(?:jour|journee|semaine)\s+\d+\s+de\s+(?:la|notre)\s+campagne"
    r"|(?:premiere|derniere)\s+(?:journee|semaine|ligne\s+droite)\s+de\s+(?:la|notre)\s+campagne"
    r"|(?:acclaimed|nominated|chosen|confirmed)\s+as\s+(?:the|our)\s+(?:\w+\s+)?candidate"
    r"|(?:elue?|choisie?|confirmee?)\s+par\s+acclamation|investie?\s+(?:comme\s+)?candidat(?:e)?"
    r"|kicked\s+off\s+(?:\S+\s+){0,3}?(?:re-?election\s+)?campaign\s+(?:in|for|at|today|this|last|tonight|here)"
    r"|(?:with|meet)\s+(?:strong|great|amazing|fantastic|excellent)\s+candidates\s+like"
    r"|(?:fier|fiere|fiers|fieres|heureux|heureuse|ravi|ravie|content|contente|honore|honoree)\s+(?:de\s+|d')"
    r"(?:l'|les\s+|le\s+|la\s+)?(?:avoir|accueillir|presenter|compter\s+sur)\s+(?:\S+\s+){0,7}?comme\s+(?:notre\s+)?"
    r"candidat(?:e|s|es)?\s+(?:dans|pour|a|de|en)"
    r"|notre\s+(?:(?:excellent|excellente|formidable|super|nouveau|nouvelle|fier|fiere)\s+)?candidat(?:e|s|es)?"
    r"\s+(?:dans|pour|a|de|en)\s+(?!l'|la\s|le\s|un\s|une\s)"
    r"|(?:lance|lancer|lancement\s+de)\s+(?:la\s+)?campagne\s+(?:electorale\s+)?(?:de|d')\s*\S+\s+(?:a|dans|en|ce|aujourd'hui))"
)


def candidacy(text: str, folded: str, words: frozenset[str] | None = None) -> list[Span] | None:
    """A candidate introduced by the campaign that fields them ("proud to have her as our
    candidate for Saint-Laurent", "kicked off Sam's campaign in Halifax", « notre candidate dans
    Rosemont »). "Our candidate for the analyst job" and a fundraising campaign are not."""
    words = text_words(folded) if words is None else words
    if words.isdisjoint(_CANDIDATE_WORDS):
        return None
    for match in _CANDIDATE.finditer(folded):
        if _own(folded, match.start()) and _the_writer(folded, match.start()):
            return None if _contest(folded) or _official(folded) else [(match.start(), match.end())]
    return None


# -------- The contest framed by the leader

_CONTRAST = re.compile(
    r"(?<!\w)(?:the\s+choice\s+(?:(?:tonight|today|this\s+(?:fall|spring|october|election|time)|in\s+this\s+election"
    r"|before\s+us|canadians\s+face|you\s+face|voters\s+face)\s+)?(?:is|could\s+not\s+be|couldn't\s+be)\s+"
    r"(?:(?:very|really|so|pretty|crystal)\s+)?(?:clearer|clear|simple|stark)\s*[:,-]?\s*(?:it's\s+)?between"
    r"|the\s+choice\s+(?:(?:in\s+)?this\s+(?:election|fall|october)\s+|tonight\s+)?is\s+between"
    r"|only\s+we\s+(?:will|can|have|are)|we're\s+the\s+only\s+ones\s+who|nobody\s+but\s+us\s+will"
    r"|le\s+choix\s+(?:(?:ce\s+soir|cet\s+automne|de\s+cette\s+election|dans\s+cette\s+election|qui\s+s'offre\s+a\s+vous)\s+)?"
    r"est\s+(?:(?:tres|bien|assez|super)\s+)?(?:clair|simple)\s*[:,-]?\s*(?:c'est\s+)?entre"
    r"|le\s+choix\s+(?:est|se\s+fait)\s+entre"
    r"|a\s+vote\s+for\s+(?:us|our\s+\w+)\s+is\s+a\s+vote\s+(?:for|to)"
    r"|(?:voter|un\s+vote)\s+pour\s+nous\s*,?\s*(?:c'est|est)\s+(?:voter|un\s+vote)\s+pour"
    r"|(?:il\s+)?y\s+a\s+(?:juste|que)\s+nous(?:\s+autres)?\s+qui|juste\s+nous\s+autres\s+qui"
    r"|il\s+n'y\s+a\s+que\s+nous\s+qui|y\s+a\s+juste\s+nous\s+qui|seuls\s+nous\s+(?:pouvons|allons|avons)"
    r"|nous\s+seuls\s+(?:pouvons|allons|avons))(?!\w)"
)
_PUBLIC = frozenset({
    "parties", "party", "partis", "parti", "leaders", "chefs", "government", "gouvernement",
    "liberals", "conservatives", "tories", "ndp", "bloc", "liberaux", "conservateurs", "npd",
})


def contrast(folded: str, words: frozenset[str] | None = None) -> list[Span] | None:
    """The election framed by one side: "the choice is clear between...", "only we will...",
    « le choix est clair entre... », « il n'y a que nous qui... ». Needs a public matter in the
    post: "the choice is clear between pizza and poutine" stays clean."""
    words = text_words(folded) if words is None else words
    if (
        words.isdisjoint(_CHOICE_WORDS) and (words.isdisjoint(_ONLY_WORDS) or words.isdisjoint(_WE_ALONE))
        and (words.isdisjoint(_VOTE_US[0]) or words.isdisjoint(_VOTE_US[1]))
    ):
        return None
    match = _CONTRAST.search(folded)
    if match is None or not _own(folded, match.start()):
        return None
    public = (
        _objects(folded) or _kinds(folded, "campaign_en", "campaign_fr", "election_en", "election_fr")
        or voice.party_words(folded)
    )
    if not public and words.isdisjoint(_PUBLIC):
        return None
    return [(match.start(), match.end()), *public[:1]]


def office_voice(text: str, folded: str) -> list[Span] | None:
    """The first reading that finds the party's or campaign's own voice in a post, if any."""
    words = text_words(folded)
    if words.isdisjoint(_first_words()) or (words.isdisjoint(_any_anchor()) and not _paired_anchor(words, folded)):
        return None  # most posts: not one word any reading starts from
    return (
        commitment(text, folded, words) or campaign_stop(text, folded, words) or candidacy(text, folded, words)
        or contrast(folded, words)
    )


def _with_us(words: frozenset[str]) -> bool:
    """"With us, seniors will get...", « avec nous, les aînés vont... »."""
    return ("with" in words and "us" in words) or ("avec" in words and "nous" in words)


@cache
def _any_anchor() -> frozenset[str]:
    """Every word without which a reading gives up at its first set test."""
    return _COMMITMENT_WORDS | _GOVERNMENT_WORDS | _STOP_WORDS | _CANDIDATE_WORDS | _CHOICE_WORDS


@cache
def _first_words() -> frozenset[str]:
    """The anchors and one word of each pair `_paired_anchor` needs: a post holding none of them
    is turned away by this one set test instead of a dozen (most posts)."""
    return _any_anchor() | _ONLY_WORDS | _WHAT | _ENERGY[0] | _VOTE_US[0] | {"thank", "merci", "us", "nous"}


def _paired_anchor(words: frozenset[str], folded: str) -> bool:
    """The readings whose first test needs two words ("only" and "we", "what" and "night").
    A new pair needs one of its words in `_first_words` too."""
    return (
        not (words.isdisjoint(_ONLY_WORDS) or words.isdisjoint(_WE_ALONE))
        or not (words.isdisjoint(_WHAT) or words.isdisjoint(_STOP_WEAK))
        or not (words.isdisjoint(_ENERGY[0]) or words.isdisjoint(_ENERGY[1]))
        or not (words.isdisjoint(_VOTE_US[0]) or words.isdisjoint(_VOTE_US[1]))
        or ("!" in folded and ("thank" in words or "merci" in words)) or _with_us(words)
    )


class PartyOwnVoice(Rule):
    """Speaks as a party or campaign in the first person: its promises, tour stops and candidates.

    Leaders and campaigns rarely name their party. They promise what their government will do
    ("we'll cut income taxes for every Canadian", « on va vous redonner de l'argent »), name their
    programmes ("our Universal Tax Cut"), tell their tour stops ("What a night in Moncton!
    Hundreds came to hear about our plan", « Quelle soirée à Rimouski ! »), introduce their
    candidates ("proud to have her as our candidate for Brampton East") and frame the contest
    ("the choice is clear between...", « il n'y a que nous qui... »). A public servant writing
    that way speaks for a campaign. A public servant's own work posts (a programme launched,
    "we're hiring", consultations, canada.ca), diplomacy and ceremony, reminders to vote, a
    family's or a company's plans and news relays are not flagged. Reported once: when another
    political rule already flags the post, this one stays silent.
    """

    code = "POL007"
    name = "party-own-voice"
    category = "political_activity"
    guidance = gd.POLITICAL_ACTIVITIES
    consult = (gd.POLITICAL_REP, gd.VALUES_ETHICS, gd.PSC)
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    defers_to = ("political_activity",)
    action = (
        "Delete or hide the post, or ask your political activities representative whether speaking "
        "as a party or campaign fits your duties."
    )
    examples_flagged = (
        "Our plan will cut income taxes for every family in the middle class.",
        "Quelle soirée à Rimouski ! Des centaines de partisans sont venus entendre parler de notre plateforme.",
        "Proud to have her as our candidate for Brampton East!",
    )
    examples_not_flagged = (
        "Our plan for the long weekend: canoe, campfire, sleep.",
        "Nous embauchons! Postulez sur canada.ca avant vendredi.",
        "What a night in Montreal! The Habs won in overtime.",
    )

    def gate_words(self) -> frozenset[str]:
        return _first_words()  # office_voice's first test

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        text_folded = folded.get("text")
        if not text_folded:
            return ()
        found = office_voice(subject.fields["text"], text_folded)
        if found is None:
            return ()
        return (RuleHit(
            evidence=tuple(evidence(subject, "text", s, e) for s, e in sorted(set(found))),
            message="Speaks as a party or campaign: its promises, its campaign stops and candidates, or its contrast with rivals.",
            factors=election_factor(subject.created_at, ()),
        ),)


RULES: tuple[type[Rule], ...] = (PartyOwnVoice,)
