"""Campaign voice and stance, in English and French, for the political rules (POL002-POL005).

Candidates, party staff and volunteers seldom write "vote for X". They speak as the party ("our
Conservative team", "notre équipe libérale"), promise what their government will do ("a
re-elected Liberal government will", "comme premier ministre, je"), invite people to rallies and
door-knocking, and set their side against another ("Conservatives want to cut taxes for the
wealthiest; we don't"). This module reads those classes of language; political.py decides which
rule reports them. The words live in `data/political_voice.toml` (team-written, with sources).

Speed: one Aho-Corasick pass finds every vocabulary term of a post (kinds attached), and the
structural patterns run only when the post holds one of their anchor words (`text_words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from footprint.rules import _data
from footprint.rules.base import negated, sentences, split_words, text_words
from footprint.rules.matcher import TermMatcher, spans_by_kind
from footprint.text import fold

_SUFFIXES = ("", "e", "s", "es")
Span = tuple[int, int]


def _expand(term: str) -> list[str]:
    term = fold(term)
    if term.endswith("*"):
        return [term[:-1] + suffix for suffix in _SUFFIXES]
    return [term]


def _alternation(terms: Iterable[str]) -> str:
    unique = sorted(set(terms), key=len, reverse=True)
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in unique)


_KEY_TOKEN = re.compile(r"[^\W_]+")


# Everyday words that make poor keys: a term keyed on "day" would send most posts to the full pass.
_COMMON = frozenset({
    "there", "day", "see", "great", "vote", "energie", "energy", "come", "coming", "hope", "thanks", "thank",
    "making", "faire", "amazing", "incredible", "merci", "jour", "meet", "quelle", "what", "get", "sign",
    "phone", "drop", "you", "the", "for", "avec", "nous", "venez", "etre", "against", "your", "join", "contre",
    "devant",
})


def key_word(term: str) -> str:
    """The most telling word of a term (its longest uncommon one): a post without it cannot
    hold the term."""
    tokens = _KEY_TOKEN.findall(term) or [term]
    return max(
        [t for t in tokens if t not in _COMMON and len(t) > 3] or [t for t in tokens if t not in _ARTICLES] or tokens,
        key=len,
    )


_ARTICLES = frozenset({"du", "de", "la", "le", "les", "des", "d", "l", "a", "au", "aux", "the", "of", "on", "in"})


@dataclass(frozen=True)
class _Vocabulary:
    matcher: TermMatcher[frozenset[str]]
    keys: dict[str, frozenset[str]]  # kind -> the key word of each of its terms
    party_en: str
    party_fr: str
    team_en: str
    team_fr: str


@cache
def vocabulary() -> _Vocabulary:
    data = _data._read_toml("political_voice.toml")
    kinds: dict[str, set[str]] = {}
    for kind, table in data.items():
        if not isinstance(table, dict):
            continue
        for term in table.get("terms", []):
            for form in _expand(term):
                kinds.setdefault(form, set()).add(kind)

    def terms(kind: str) -> list[str]:
        return [f for t in data.get(kind, {}).get("terms", []) for f in _expand(t)]

    return _Vocabulary(
        matcher=TermMatcher({term: frozenset(k) for term, k in kinds.items()}),
        keys={kind: frozenset(key_word(t) for t in terms(kind)) for kind in data if isinstance(data[kind], dict)},
        party_en=_alternation(terms("party_words_en")),
        party_fr=_alternation(terms("party_words_fr")),
        team_en=_alternation(terms("team_nouns_en")),
        team_fr=_alternation(terms("team_nouns_fr")),
    )


def may_hold(folded: str, *kinds: str) -> bool:
    """Cheap test before the full pass: does the post hold every word of a term of these kinds
    whose key word it holds? Keys of phrases are often everyday words ("see you there", « au
    plaisir de vous voir »): the key alone sent one post in six to the full pass."""
    words = text_words(folded)
    hits = words.intersection(_keys_of(kinds))
    if not hits:
        return False
    if "@" in folded or "*" in folded:
        return True  # a term's word glued in a handle or a starred spelling is not among the words
    needs = _needs_of(kinds)
    return any(need <= words for key in hits for need in needs[key])


@cache
def _needs_of(kinds: tuple[str, ...]) -> dict[str, tuple[frozenset[str], ...]]:
    """For each key word of these kinds, the words of each term it is the key of (and of its
    form typed without apostrophes, which the matcher also finds): a term matched whole-word is
    in a post only if all its words are."""
    data = _data._read_toml("political_voice.toml")
    needs: dict[str, set[frozenset[str]]] = {}
    for kind in kinds:
        for term in data.get(kind, {}).get("terms", []):
            for form in _expand(term):
                forms = [form, form.replace("'", "")] if "'" in form and " " in form else [form]
                needs.setdefault(key_word(form), set()).update(frozenset(split_words(f)) for f in forms)
    return {key: tuple(sets) for key, sets in needs.items()}


@cache
def _keys_of(kinds: tuple[str, ...]) -> frozenset[str]:
    keys = vocabulary().keys
    return frozenset().union(*(keys.get(kind, frozenset()) for kind in kinds))


_ACTIVITY_KINDS = ("campaign_acts_en", "campaign_acts_fr", "campaign_events_en", "campaign_events_fr",
                   "invitations_en", "invitations_fr")


@lru_cache(maxsize=8)
def terms_in(folded: str) -> dict[str, list[Span]]:
    """Every vocabulary term of a post, by kind (cached: several rules ask about one post)."""
    return spans_by_kind(vocabulary().matcher, folded)


# -------- Structural patterns (built once from the vocabulary)

_POSSESSIVE_EN = r"(?:our|my)"
_POSSESSIVE_FR = r"(?:notre|nos|mon|ma|mes)"
_ADJ_EN = r"(?:(?:new|great|amazing|incredible|fantastic|strong|hard-?working|local|whole|entire|wonderful)\s+)?"
_ADJ_FR = r"(?:(?:belle|grande|formidable|super|nouvelle|nouveau|nouveaux|nouvelles|extraordinaire|fantastique)\s+)?"
# Any one word praising the party's own people ("our positive Conservative movement", « notre
# beau mouvement conservateur ») but one that places them in the past or only says which ("our
# former Liberal government", « notre ancien député libéral »: a citizen's, not the party's voice).
_NOT_OURS_NOW_EN = r"(?:former|previous|old|ex|last|past|current|then|present|federal|provincial|own|very|one|two|first)"
_NOT_OURS_NOW_FR = r"(?:ancien|ancienne|anciens|anciennes|ex|precedent|precedente|dernier|derniere|actuel|actuelle|federal|provincial|propre|premier|premiere|seul|seule)"
# French may say it after: « notre caucus conservateur actuel », « nos députés libéraux d'avant ».
_NOT_AFTER_FR = r"(?!\s+(?:actuel|actuelle|actuels|actuelles|precedent|precedente|precedents|d'avant|de\s+l'epoque)(?!\w))"
_ANY_ADJ_EN = rf"(?:(?!{_NOT_OURS_NOW_EN}\s)[^\W\d_][\w'-]*\s+)"
_ANY_ADJ_FR = rf"(?:(?!{_NOT_OURS_NOW_FR}\s)[^\W\d_][\w'-]*\s+)"
# A crowd counted in tens or more ("3 Liberals at the coffee shop" is company, not a rally).
_CROWD = r"(?:\d{1,3}(?:[,. \u00a0\u202f]\d{3})+|\d{2,})"
# A party's own people other than its government: "our ... Conservative movement" (a government
# is the country's too: "our Liberal government" keeps its listed adjectives only).
_OWN_PEOPLE_EN = r"(?:team|teams|candidates?|caucus|movement|family|volunteers|supporters|members|activists|campaign)"
_OWN_PEOPLE_FR = r"(?:equipe|candidat\w*|caucus|mouvement|famille|benevoles|militant\w*|partisan\w*|membres|troupes|campagne)"


# "on behalf of Conservatives across the country, we...": where the party's members are
_NATIONWIDE = (
    r"(?:across|all\s+across|from\s+across)\s+(?:the\s+country|canada)|from\s+coast\s+to\s+coast"
    r"|de\s+partout\s+au\s+(?:pays|canada)|de\s+tout\s+le\s+(?:pays|canada)|d'un\s+ocean\s+a\s+l'autre"
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    v = vocabulary()
    return {
        # "our Conservative team", "my NDP colleagues" / "notre équipe conservatrice",
        # "nos candidats libéraux", "l'équipe caquiste", "avec les militants du Bloc"
        "team": re.compile(
            rf"(?<!\w)(?:{_POSSESSIVE_EN}\s+{_ADJ_EN}(?:{v.party_en})\s+(?:{v.team_en})"
            rf"|{_POSSESSIVE_FR}\s+{_ADJ_FR}(?:{v.team_fr})\s+(?:{v.party_fr}){_NOT_AFTER_FR}"
            rf"|(?:our|my)\s+{_ANY_ADJ_EN}(?:{v.party_en})\s+{_OWN_PEOPLE_EN}"
            rf"|(?:notre|nos|mon|ma|mes)\s+{_ANY_ADJ_FR}{_OWN_PEOPLE_FR}\s+(?:{v.party_fr}){_NOT_AFTER_FR}"
            # "I joined over 1,500 Conservatives in Langley", « j'ai rencontré plus de 300 militants
            # libéraux »: a crowd of the party's members, counted by one of them
            rf"|(?:(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+)?|to\s+(?:have\s+)?|(?:^|(?<=[.!?]\s)))"
            rf"(?:joined|met|welcomed|join|meet|welcome)\s+(?:(?:over|more\s+than|nearly|almost|about|some)\s+)?"
            rf"{_CROWD}\s+(?:{v.party_en})(?:\s+{_OWN_PEOPLE_EN})?(?=\W|$)"
            rf"|(?:(?:j'ai|nous\s+avons|on\s+a|d'avoir)\s+(?:rejoint|rencontre|accueilli)|de\s+(?:rencontrer|rejoindre))\s+"
            rf"(?:(?:plus\s+de|pres\s+de|environ|quelque)\s+)?"
            rf"{_CROWD}\s+(?:(?:{_OWN_PEOPLE_FR})\s+)?(?:{v.party_fr})(?=\W|$)"
            rf"|(?:l'equipe|la\s+campagne|les\s+militants|les\s+benevoles|la\s+famille)\s+(?:{v.party_fr})"
            rf"|(?:join|joined|joining)\s+(?:the|our)\s+(?:{v.party_en})\s+(?:team|campaign|family|movement)"
            # "Canada's Conservatives stand with...": how a party names itself.
            rf"|canada's\s+(?:conservatives|liberals|ndp|new\s+democrats|greens)"
            # « Au nom des conservateurs du Canada, je souhaite... »: a leader greets as the party.
            rf"|on\s+behalf\s+of\s+(?:all\s+)?(?:the\s+|our\s+)?(?:{v.party_en})(?:\s+party)?(?:\s+of\s+canada)?(?:\s+(?:{_NATIONWIDE}))?\s*,\s*(?:i|we)"
            rf"|au\s+nom\s+(?:(?:de\s+(?:tous\s+|toutes\s+)?(?:les|nos)|des|de\s+notre)\s+)?"
            rf"(?:{v.party_fr})(?:\s+du\s+canada|\s+du\s+quebec)?(?:\s+(?:{_NATIONWIDE}))?\s*,\s*(?:je|nous|j(?='))"
            # « Les conservateurs du Canada sont solidaires... »: the party's own name for itself, as
            # "Canada's Conservatives" is in English (a past tense is a report: « ont élu »)
            rf"|les\s+(?:conservateurs|liberaux|neo-?democrates|verts)\s+du\s+canada\s+(?!(?:ont|avaient|a|auraient)\s)\w+)(?!\w)"
        ),
        # "a re-elected Liberal government will", "a Conservative majority government that will"
        # / "un gouvernement conservateur va", "un gouvernement libéral réélu abolira"
        "government": re.compile(
            rf"(?<!\w)(?:(?:a|an|our|the\s+next|next)\s+(?:(?:new|re-?elected|future|strong|stable|majority)\s+)*"
            rf"(?:{v.party_en})\s+(?:majority\s+|minority\s+)?government\s+(?:that\s+|which\s+)?"
            rf"(?:will|would|'ll|is\s+going\s+to|can)"
            rf"|(?:un|une|notre|le\s+prochain)\s+(?:nouveau\s+|futur\s+|prochain\s+)?gouvernement\s+(?:{v.party_fr})"
            # « un gouvernement conservateur vous remettra », « ... leur redonnera »: French puts the
            # object pronoun before the verb
            rf"(?:\s+(?:majoritaire|reelu|elu))?\s+(?:qui\s+)?(?:(?:vous|nous|les|leur|lui|y|en|se)\s+|[lsm]')?"
            rf"(?:va|vont|fera|pourra|s'engage|\w+ra)"
            # « c'est ce que fera un gouvernement libéral réélu »: the verb before its subject
            rf"|ce\s+que\s+(?:fera|va\s+faire|feront)\s+(?:un|une|notre|le\s+prochain)\s+(?:nouveau\s+|futur\s+|prochain\s+)?"
            rf"gouvernement\s+(?:{v.party_fr}))(?!\w)"
        ),
        # "As PM, I will", "when I'm prime minister", "in my first 100 days as PM"
        # / "comme premier ministre, je", "si je suis élue", "mes 100 premiers jours"
        "office": re.compile(
            r"(?<!\w)(?:as\s+(?:your\s+)?(?:next\s+)?(?:pm|prime\s+minister|premier|president|mayor|mp|mpp|mna|mla"
            r"|councill?or)\s*,?\s+(?:i|i'll|i'd|i'm)(?!\w)"
            r"|(?:when|once|if)\s+i(?:'m|\s+am|\s+become|\s+get)\s+(?:re-?elected|elected"
            r"|your\s+(?:next\s+)?(?:pm|mp|mpp|mna|mla|mayor|premier|councill?or)"
            r"|(?:the\s+)?(?:next\s+)?(?:pm|prime\s+minister|premier|president|mayor))"
            r"|(?:my|the)\s+first\s+(?:100|hundred)\s+days\s+as\s+(?:pm|prime\s+minister|premier|president|mayor)"
            r"|(?:comme|en\s+tant\s+que)\s+(?:votre\s+)?(?:prochain(?:e)?\s+)?(?:premier\s+ministre"
            r"|premiere\s+ministre|maire|mairesse|president(?:e)?|depute(?:e)?)\s*,?\s+(?:je|j')"
            r"|si\s+je\s+suis\s+(?:re)?elu(?:e)?|une\s+fois\s+(?:re)?elu(?:e)?\s*,?\s+(?:je|j')"
            r"|mes\s+(?:100|cent)\s+premiers\s+jours)"
        ),
        # "our new MPs", "our incredible candidate, Isabel", "nos nouveaux députés": only a party
        # owns its MPs and candidates (a bare "our candidate" may be for an award or a job).
        "owner": re.compile(
            r"(?<!\w)(?:our|notre|nos)\s+(?:(?:new|newest|incredible|amazing|strong|great|fantastic|hard-?working"
            r"|local|wonderful|excellent|outstanding|female|formidables?|nouveaux|nouvelles?|nouveau|excellente?s?"
            r"|extraordinaires?|superbes?)\s+)+(?:candidates?|mps|mp|mpps|mnas|mlas|nominees?|candidat(?:e|s|es)?"
            r"|deputes?|deputees?)(?!\w)"
            # « notre candidat local », « nos députés de la circonscription »: French puts it after
            r"|(?<!\w)(?:notre|nos)\s+(?:candidat(?:e|s|es)?|deputee?s?)\s+(?:local|locale|locaux|locales"
            r"|de\s+(?:la\s+)?circonscription|dans\s+\w+"
            # and its praise too: « nos candidats formidables » as "our amazing candidates"
            r"|(?:tellement\s+|vraiment\s+|tres\s+)?(?:formidables?|extraordinaires?|incroyables?|exceptionnel(?:le)?s?"
            r"|excellente?s?|superbes?|geniaux|geniale?s?|fantastiques?|engage(?:e|s|es)?|travaillante?s?))(?!\w)"
        ),
        # "The Liberals want to raise your taxes", « les conservateurs veulent couper vos services »:
        # a party set against the reader's own interest, the voice of its opponents.
        "attack": re.compile(
            rf"(?<!\w)(?:{v.party_en}|{v.party_fr})\s+(?:(?:still|again|now|only|encore|toujours|aussi)\s+)?"
            rf"(?:wants?|plans?|would|will|are\s+going|veulent|veut|vont|voudraient|prevoient|comptent)\s+(?:to\s+)?"
            rf"(?:(?:still|again|now|encore|aussi|vous)\s+)?(?:raise|hike|cut|slash|take|scrap|kill|gut|increase|tax|make\s+you"
            rf"|augmenter|couper|sabrer|hausser|abolir|prendre|taxer|vider|faire\s+payer)\s+(?:\w+\s+){{0,3}}?"
            rf"(?:your|you|vos|votre|canadians|families|seniors|les\s+familles|les\s+aines|les\s+canadiens)(?!\w)"
        ),
        "vote_us": re.compile(
            r"(?<!\w)(?:vote\s+for\s+us|votez\s+pour\s+nous|votez\s+pour\s+notre|vote\s+for\s+our\s+(?:team|candidate)"
            r"|votez\s+pour\s+(?:mon|ma|nos)\s+candidat(?:e|s|es)?)(?!\w)"
        ),
    }


_OFFICE_WORDS = frozenset({
    "pm", "prime", "premier", "president", "mayor", "mp", "mpp", "mna", "mla", "councillor", "councilor",
    "elected", "reelected", "ministre", "maire", "mairesse", "presidente", "depute", "deputee", "elu", "elue",
    "reelu", "reelue", "premiers",
})
_VOTE_US_WORDS = frozenset({"vote", "votez"})
_ATTACK_WORDS = frozenset({"want", "wants", "plan", "plans", "would", "will", "going", "veulent", "veut", "vont",
                           "voudraient", "prevoient", "comptent"})
_GOVERNMENT = frozenset({"government", "gouvernement"})


_OWNER_WORDS = frozenset({
    "our", "my", "notre", "nos", "mon", "ma", "mes", "equipe", "campagne", "militants", "benevoles", "famille",
    "join", "joined", "joining", "behalf", "nom", "met", "meet", "welcome", "welcomed", "rejoint", "rencontre",
    "rencontrer", "rejoindre", "accueilli",
})
_OFFICE_LEADS = frozenset({"as", "when", "once", "if", "first", "comme", "tant", "si", "fois", "mes"})
_US_WORDS = frozenset({"us", "our", "nous", "notre", "mon", "ma", "nos"})
_OWNERS = frozenset({"our", "notre", "nos"})
_OWNED = frozenset({
    "candidate", "candidates", "mp", "mps", "mpp", "mpps", "mna", "mnas", "mla", "mlas", "nominee", "nominees",
    "candidat", "candidats", "candidates", "depute", "deputes", "deputee", "deputees",
})


@cache
def _anchors() -> dict[str, tuple[frozenset[str], ...]]:
    """Words a structural pattern cannot match without, one of each set (checked before it runs)."""
    keys = vocabulary().keys
    party = keys.get("party_words_en", frozenset()) | keys.get("party_words_fr", frozenset())
    return {
        "": (party | _OFFICE_WORDS | _VOTE_US_WORDS | _OWNED, frozenset()),
        "team": (party, _OWNER_WORDS | {"canada"}),
        "attack": (party, _ATTACK_WORDS),
        "government": (party, _GOVERNMENT),
        "office": (_OFFICE_WORDS, _OFFICE_LEADS),
        "vote_us": (_VOTE_US_WORDS, _US_WORDS),
        "owner": (_OWNED, _OWNERS),
    }

_FIRST_PLURAL = re.compile(r"(?<!\w)(?:we|we're|we've|we'll|we'd|our|ours|us|nous|notre|nos)(?!\w)")
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:i|i'm|i've|i'll|i'd|me|my|we|we're|we've|we'll|our|us|je|moi|mon|ma|mes|nous|notre|nos)(?!\w)|(?<!\w)[jm]'"
)  # « merci de m'avoir reçu »: French puts the writer in a clitic where English writes "me"
_FUTURE_OR_CONTRAST = re.compile(
    r"(?<!\w)(?:will|won't|'ll|going\s+to|gonna|would|must|should|needs\s+to|doit|doivent|devrait|but|unlike|while|whereas|instead|only|versus|vs"
    r"|choice|choose|va|vont|allons|irons|\w{3,}rons|\w{3,}ra|mais|contrairement|alors\s+que|tandis\s+que|au\s+lieu"
    r"|plutot|seul|seuls|seule|choix|choisir|devons|devrons|faut|pendant\s+que)(?!\w)"
)
_ELECTION_TAG = re.compile(r"#(?:elxn|ab|bc|on|qc|sk|mb|nb|ns|nl|pei)?(?:elxn|vote|votes)?\d{2,4}\b|#elxn\d+")
_DEBATE = re.compile(r"(?<!\w)(?:debate|debates|debat|debats|all-?\s?candidates?|tous\s+les\s+candidats)(?!\w)")


# -------- Promises, plans and attacks: the commitment, then what it is about (policy_objects_*)

_VERBS_EN = (
    r"cut|lower|reduce|raise|scrap|axe|cancel|end|eliminate|build|create|invest|deliver|bring|fix|protect"
    r"|make|expand|introduce|ban|cap|freeze|help|give|put|keep|stand|fight|defend|restore|balance|plant|hire"
    r"|lift|support|boost|double|triple|repeal|stop|ensure|lead|tackle|strengthen|move|take|get|grow|work|address"
    r"|keep\s+(?:working|moving|fighting|building|investing|delivering|helping|growing)"
    # round 8 parity: the English of _VERBES's « abolir », « garantir », « améliorer », « financer »,
    # « réformer », « sabrer », « taxer », « offrir », « redonner », « unir », « moderniser »
    r"|abolish|guarantee|improve|fund|reform|slash|tax|offer|provide|give\s+back|unite|save|modernize|modernise"
    r"|simplify|accelerate|speed\s+up"
)
_VERBS_ING = (
    r"cutting|lowering|reducing|investing|building|creating|delivering|fighting|making|bringing|expanding"
    r"|introducing|banning|capping|freezing|helping|giving|putting|protecting|lifting|hiring|planting"
    r"|strengthening|tackling|standing\s+up|working\s+(?:hard\s+)?to|taking\s+action|moving\s+forward"
    r"|abolishing|improving|funding|reforming|slashing|offering|providing|guaranteeing"
)
_VERBS_DONE = r"cut|lowered|reduced|invested|built|created|delivered|lifted|expanded|introduced|banned|helped|brought|made"
_VERBES = (
    r"baisser|reduire|abolir|augmenter|construire|creer|investir|livrer|proteger|aider|donner|mettre|defendre"
    r"|batir|planter|embaucher|offrir|garantir|rendre|elargir|eliminer|annuler|geler|plafonner|interdire"
    r"|continuer|nous\s+battre|se\s+battre|lutter|ramener|retablir|equilibrer|sortir|soutenir|appuyer"
    r"|ameliorer|financer|doubler|reformer|renforcer|redonner|remettre|couper|sabrer|hausser|taxer"
    r"|faire\s+(?:payer|baisser|construire|respecter)"
    # round 8 parity: the French of _VERBS_EN's "axe", "end", "fix", "introduce", "keep", "fight",
    # "restore", "boost", "triple", "repeal", "stop", "ensure", "lead", "grow", "tackle" (not the
    # everyday « prendre », « travailler », « garder »: « on va prendre une bière après le budget », nor
    # « déposer », which is the news of a budget tabled)
    r"|supprimer|en\s+finir\s+avec|mettre\s+fin\s+a|regler|reparer|instaurer|maintenir"
    r"|combattre|restaurer|relancer|stimuler|tripler|abroger|bloquer|assurer|diriger"
    r"|developper|s'attaquer\s+a|veiller\s+a"
)
# French writes "we will cut" and "I will fight" as one inflected verb (« nous baisserons », « je me
# battrai »): the future of every verb above, built from the infinitives so that a verb added
# there is promised in every person. Stems that are not the infinitive are listed.
_IRREGULAR_FUTURE_STEMS = {
    "soutenir": "soutiendr", "faire": "fer", "tenir": "tiendr", "maintenir": "maintiendr", "obtenir": "obtiendr",
    "venir": "viendr", "revenir": "reviendr",
}


def future_stem(infinitive: str) -> str:
    """The stem French adds the future and conditional endings to (« battre » -> « battr »)."""
    if infinitive in _IRREGULAR_FUTURE_STEMS:
        return _IRREGULAR_FUTURE_STEMS[infinitive]
    return infinitive[:-1] if infinitive.endswith("re") else infinitive


def french_future(ending: str, infinitives: str = _VERBES) -> str:
    """The future forms (`ending`: "ai" for je, "a" for il, "ons" for nous, "ont" for ils) of the
    single-word verbs of an alternation of infinitives, as an alternation."""
    words = {w for w in infinitives.split("|") if re.fullmatch(r"[a-z]+", w)}
    words |= {"battre", "maintenir", "obtenir", "tenir", "reparer", "restaurer", "relancer", "unir", "reunir",
              "arreter", "bloquer", "sauver", "reduire", "simplifier", "moderniser", "accelerer", "proposer"}
    return "|".join(sorted(future_stem(w) + ending for w in words))


PROMISE_VERBS_FR = _VERBES
_FUTURS = french_future("ons") + r"|nous\s+battrons"
_PROMISE = re.compile(
    rf"(?<!\w)(?:we(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|\s+would|'d|\s+must|\s+need\s+to)"
    rf"\s+(?:(?:also|immediately|finally|never|always|continue\s+to|not|then|now|still|work\s+to)\s+)*(?:{_VERBS_EN})"
    rf"|we(?:'re|\s+are)\s+(?:(?:also|now|already|still)\s+)?(?:{_VERBS_ING})"
    rf"|we(?:'ve|\s+have)\s+(?:(?:already|also)\s+)?(?:{_VERBS_DONE})|we\s+won't\s+stop"
    rf"|we(?:'ve|\s+have)\s+been\s+(?:{_VERBS_ING})|we\s+(?:increased|lowered|cut|created|delivered|introduced"
    rf"|expanded|invested|built|lifted|launched|passed|promised)"
    rf"|(?:nous|on)\s+(?:allons|va|irons|continuerons\s+(?:a|de)|s'engage\s+a|nous\s+engageons\s+a)"
    rf"\s+(?:(?:aussi|enfin|toujours|continuer\s+a|encore|immediatement)\s+)*(?:{_VERBES})"
    rf"|nous\s+(?:{_FUTURS})|(?:nous\s+avons|on\s+a)\s+(?:deja\s+)?(?:baisse|reduit|aboli|investi|construit|cree"
    rf"|livre|aide|sorti|elargi|augmente|lance|promis|adopte|bonifie|propose)|(?:nous\s+avions|on\s+avait)\s+promis)(?!\w)"
)
# The leader's own commitment, in the first person singular: "I'll cut the GST", "today I
# announced", « je vais baisser », « j'ai annoncé ». Read with public objects only (see below).
_PROMISE_I = re.compile(
    rf"(?<!\w)(?:i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+want\s+to|\s+promise\s+to|\s+pledge\s+to"
    rf"|'m\s+committed\s+to|\s+am\s+committed\s+to|\s+intend\s+to)\s+(?:(?:also|immediately|always|never|finally)\s+)*"
    rf"(?:{_VERBS_EN})|(?:today\s+)?i\s+(?:announced|unveiled|released|launched)|i'm\s+(?:announcing|unveiling|proposing)"
    rf"|je\s+(?:vais|veux|m'engage\s+a|promets\s+de)\s+(?:(?:aussi|toujours|immediatement|enfin)\s+)*(?:{_VERBES})"
    rf"|(?:je\s+(?:(?:me|vous|les|leur|lui|nous)\s+|m'|l')?|j')(?:{french_future('ai')})"
    rf"|j'ai\s+(?:annonce|devoile|presente|lance)|j'annonce|je\s+devoile)(?!\w)"
)
# Objects that a person also has a private stake in ("I'm going to help the families at church",
# « je vais aider ma fille avec son loyer »): a singular commitment needs a clearly public one.
_PRIVATE_OBJECTS = frozenset({
    "families", "seniors", "students", "homes", "rent", "budget", "jobs", "debt", "canadians", "our country",
    "more money", "groceries", "wages", "paycheque", "paycheques", "pension", "pensions", "doctors", "nurses",
    "hospitals", "transit", "tuition", "student debt", "veterans", "small business", "small businesses",
    "affordable", "good jobs", "daycare", "familles", "aines", "etudiants", "maisons", "loyers", "emplois", "dette",
    "canadiens", "canadiennes", "quebecois", "quebecoises", "plus d'argent", "epicerie", "salaires", "medecins",
    "infirmieres", "hopitaux", "garderie", "garderies", "notre pays", "abordable", "abordables", "travailleurs",
    "travailleuses", "regions", "retraites", "bons emplois", "budget equilibre",
})
_PERSONAL_BEFORE = re.compile(r"(?<!\w)(?:my|his|her|mon|ma|mes|son|sa|ses)\s+$")
# "Our plan", « notre plateforme »: a plan of ours about a public matter, or in an electoral post.
_OUR_PLAN = re.compile(
    r"(?<!\w)(?:(?:our|my)\s+(?:(?:new|strong|real|ambitious|costed|fully\s+costed)\s+)?(?:plan|plans|platform|government|commitment)"
    r"|my\s+campaign|(?:notre|mon)\s+(?:(?:nouveau|nouvelle|vrai|vraie)\s+)?(?:plan|plateforme|gouvernement|engagement)"
    r"|ma\s+campagne)(?!\w)"
)
_FOR_YOU = re.compile(r"\s+(?:to\s+help\s+you|for\s+you|to\s+make\s+life|pour\s+vous|pour\s+aider|pour\s+rendre\s+la\s+vie)(?!\w)")
# Every verb or noun a commitment needs (one of them must be among the post's words).
# The small words inside the verbs' phrases (« mettre fin à », « en finir avec », "give back",
# "speed up"): everywhere, so never a sign of a commitment.
_LINK_WORDS = frozenset({"to", "up", "s", "a", "en", "avec", "fin", "back"})
_COMMITMENT_WORDS = frozenset(
    re.findall(r"[a-z]+", "|".join((_VERBS_EN, _VERBS_ING, _VERBS_DONE, _VERBES, _FUTURS)))
    + ["plan", "plans", "platform", "government", "commitment", "campaign", "plateforme", "gouvernement",
       "engagement", "campagne", "stop", "increased", "lowered", "launched", "passed", "promised", "augmente",
       "lance", "promis", "adopte", "announced", "unveiled", "released", "announcing", "unveiling", "proposing",
       "annonce", "devoile", "presente", "annonce"] + french_future("ai").split("|")
) - _LINK_WORDS
_OBJECT_WINDOW = 60  # characters between a commitment and what it is about
# The words each shape of `_PROMISE` and `_OUR_PLAN` needs beside its pronoun (see `promise_possible`).
_WE_WORDS = frozenset({"we", "nous"})
_OUR_WORDS = frozenset({"our", "my", "notre", "mon", "ma"})
_OUR_PLAN_NOUNS = frozenset(
    {"plan", "plans", "platform", "government", "commitment", "campaign", "plateforme", "gouvernement", "engagement",
     "campagne"}
)
_ON_VERBS = frozenset(re.findall(r"[a-z]+", _VERBES)) - (_LINK_WORDS - {"s"}) | frozenset({
    "baisse", "reduit", "aboli", "investi", "construit", "cree", "livre", "aide", "sorti", "elargi", "augmente",
    "lance", "promis", "adopte", "bonifie", "propose",
})
_SINGULAR_WORDS = frozenset({"i", "je", "j"})
SINGULAR_VERBS = frozenset({
    "will", "ll", "going", "want", "promise", "pledge", "committed", "intend", "announced", "unveiled", "released",
    "launched", "announcing", "unveiling", "proposing", "vais", "veux", "engage", "promets", "annonce", "devoile",
    "presente", "lance",
}) | frozenset(french_future("ai").split("|"))


def singular_promise_possible(words: frozenset[str]) -> bool:
    """Can `promise` find a first-person singular commitment? "I" or « je », one of its verbs and
    a public object must all be among the post's words (three set tests: most posts lack one)."""
    return (
        not words.isdisjoint(_SINGULAR_WORDS)
        and not words.isdisjoint(SINGULAR_VERBS)
        and not words.isdisjoint(_keys_of(("policy_objects_en", "policy_objects_fr")))
    )
_NOT_OURS = re.compile(r"\s+(?:for\s+the\s+(?:weekend|summer|holidays?|trip|day|evening|night)|pour\s+(?:la\s+fin\s+de\s+semaine|le\s+week-end|les\s+vacances|l'ete|ce\s+soir|demain))")


def promise(folded: str) -> list[Span] | None:
    """A first-person commitment of a government or campaign about a public matter: "we will
    cut taxes for the middle class", "our plan to build homes", « nous allons baisser les
    impôts », « on va construire des logements ». "We will be at the cottage" and « on va au
    chalet » name no such matter."""
    words = text_words(folded)
    # Word-set tests before the three regex passes: about half the posts they let through hold
    # no policy object or election word either.
    if not promise_possible(words) or not may_hold(folded, "policy_objects_en", "policy_objects_fr", "election_context"):
        return None
    singular = singular_promise_possible(words)
    singular = singular and _PROMISE_I.search(folded) is not None
    if _PROMISE.search(folded) is None and _OUR_PLAN.search(folded) is None and not singular:
        return None
    found = terms_in(folded)
    objects = found.get("policy_objects_en", []) + found.get("policy_objects_fr", [])
    if charity(folded) or not (objects or electoral(folded)):
        return None
    if singular:
        public = [
            o for o in objects
            if folded[o[0]:o[1]] not in _PRIVATE_OBJECTS and not _PERSONAL_BEFORE.search(folded, max(0, o[0] - 6), o[0])
        ]
        for match in _PROMISE_I.finditer(folded):
            about = [o for o in public if match.end() <= o[0] < match.end() + _OBJECT_WINDOW]
            if about and not negated(folded, match.start(), window=10):
                return [(match.start(), match.end()), about[0]]
    for start, end in sentences(folded):
        for match in _PROMISE.finditer(folded, start, end):
            about = [o for o in objects if match.end() <= o[0] < min(end, match.end() + _OBJECT_WINDOW)]
            if about:
                return [(match.start(), match.end()), about[0]]
        for match in _OUR_PLAN.finditer(folded, start, end):
            if _NOT_OURS.match(folded, match.end()):
                continue
            about = [o for o in objects if start <= o[0] < end]
            if about:
                return [(match.start(), match.end()), about[0]]
            if _FOR_YOU.match(folded, match.end()) or electoral(folded):
                return [(match.start(), match.end())]
    return None


def voice_gate_words() -> frozenset[str]:
    """Words without which `structural` finds nothing (`promise` has `promise_possible`)."""
    return _anchors()[""][0]


_PARTY_KINDS = ("party_words_en", "party_words_fr")


def party_keys() -> frozenset[str]:
    """Key words of the party terms ("people" for "people's party")."""
    return _keys_of(_PARTY_KINDS)


def party_named(folded: str) -> bool:
    """Does the post hold every word of a party term ("people" alone is no People's Party)?"""
    return may_hold(folded, *_PARTY_KINDS)


def promise_possible(words: frozenset[str]) -> bool:
    """Can `promise` find anything? A commitment word, and the words one of its shapes needs:
    "we"/« nous »; "our"/« notre » with a plan or a campaign; « on » with a French verb it
    promises; or a singular promise. "on", "my" and "our" alone are everywhere ("working on a
    book"), so they open the regex passes only beside those words."""
    if words.isdisjoint(_COMMITMENT_WORDS):
        return False
    if not words.isdisjoint(_WE_WORDS):
        return True
    if not words.isdisjoint(_OUR_WORDS) and not words.isdisjoint(_OUR_PLAN_NOUNS):
        return True
    if "on" in words and not words.isdisjoint(_ON_VERBS):
        return True
    return singular_promise_possible(words)


def activity_words() -> frozenset[str]:
    """Single words, any of which may start `campaign_activity` or `protest`."""
    return _ACTIVITY_WORDS


def activity_phrase_keys() -> frozenset[str]:
    """Key words of the campaign phrases; a post holding one may hold its phrase (`may_hold`)."""
    return _keys_of(_ACTIVITY_KINDS)


def activity_possible(folded: str) -> bool:
    """Can `campaign_activity` or `protest` find anything? One of their single words, or every
    word of one of the vocabulary's campaign phrases (`may_hold`)."""
    return not text_words(folded).isdisjoint(_ACTIVITY_WORDS) or may_hold(folded, *_ACTIVITY_KINDS)


# A protest aimed at a side: "Rally at Queen's Park against the PC cuts", « rassemblement devant
# le bureau de Legault », "boycott the NDP fundraiser". The event words alone are everyday ("what
# a rally in the third set", « la grève des profs »): a party or politician must be named.
_PROTEST_WORDS = frozenset({
    "rally", "rallies", "protest", "protests", "protesting", "protesters", "boycott", "boycotting", "picket",
    "picketing", "marched", "manif", "manifs", "manifestation", "manifestations", "rassemblement", "greve",
    "piquetage", "boycottez", "boycottons", "marchons", "manifeste", "manifestons", "protested",
    # « dans la rue », « je boycotte », « manifester », « on a marché contre », petitions
    "rue", "streets", "boycotte", "boycotter", "manifester", "manifesterai", "manifesterons", "manifesté", "marche",
    "marcher", "marching", "march", "petition", "petitions", "signez", "signed", "sign", "signe",
    "chaine", "chain",
})
_PROTEST = re.compile(
    r"(?<!\w)(?:rally|rallies|protest(?:s|ed|ing|ers)?|boycott(?:ing|ez|ons|e|er)?|picket(?:ing)?|marched|manifs?"
    r"|manifestations?|rassemblement|greve|piquetage|marchons|manifeste|manifestons|manifester(?:ai|ons)?"
    r"|(?:dans|in)\s+(?:la\s+rue|the\s+streets?)|(?:a|avons|on\s+a)\s+marche\s+contre|marcher\s+contre"
    r"|march(?:ing)?\s+against|petitions?|sign(?:e|ed|ez|ons)?\s+(?:contre|against)|(?<!ca\s)marche\s+contre"
    r"|chaine\s+humaine|human\s+chain)(?!\w)"
)
_AIMED = re.compile(
    r"(?<!\w)(?:against|contre|outside|in\s+front\s+of|devant|stop|stopper|bloquer|boycott\w*"
    r"|(?:dire|dites|disons|say|tell)\s+(?:non|no)\s+(?:a|au|aux|to)|pour\s+que|recule|reculer|back\s+down"
    r"|resign\w*|demission\w*|to\s+tell)(?!\w)"
)


# What a group of others does, told in the third person: "MAGA fans call for a boycott of the
# film", "Liberal supporters rallied outside", « des partisans de Legault manifestent devant ».
# The writer reports it; without "I", "we" or an invitation it is not their protest.
_OTHERS_ACT = re.compile(
    r"(?<!\w)(?:fans|supporters|protesters|protestors|demonstrators|activists|critics|opponents|voters|residents"
    r"|unions?|hundreds|thousands|dozens|crowds?|partisans|manifestants|militants|opposants|detracteurs|electeurs"
    r"|syndicats|centaines|milliers|dizaines|foule)\s+(?:\w+\s+){0,2}?(?:call(?:s|ed)?\s+for|rall(?:y|ied|ies)"
    r"|march(?:ed|es)?|protest(?:s|ed)?|gather(?:s|ed)?|demand(?:s|ed)?|boycott(?:s|ed)?|launch(?:es|ed)?"
    r"|organiz(?:e|es|ed)|picket(?:s|ed)?|chant(?:s|ed)?|shout(?:s|ed)?|scand(?:ent|aient|e)|appellent|reclament"
    r"|manifest(?:ent|aient|erent)|ont\s+manifeste"
    r"|se\s+(?:sont\s+)?rassembl(?:ent|es)|lancent|ont\s+lance|boycott(?:ent|ont))(?!\w)"
)
_INVITING = re.compile(
    r"(?<!\w)(?:join|come|be\s+there|sign|share|let's|joignez|venez|soyez|signez|partagez|on\s+y\s+va|allons)(?!\w)"
)


# "Petition calling for X's resignation passes 200,000 signatures", « la manif a attiré 5 000
# personnes »: how big an event grew is told of it, by someone who reports it.
_EVENT_SIZE = re.compile(
    r"(?<!\w)(?:passes|passed|reaches|reached|tops|topped|hits|hit|surpasses|surpassed|gathers|gathered|draws|drew"
    r"|attracts|attracted|collects|collected|depasse|a\s+depasse|atteint|a\s+atteint|recolte|a\s+recolte|attire"
    r"|a\s+attire|rassemble|a\s+rassemble)\s+(?:more\s+than\s+|over\s+|nearly\s+|plus\s+de\s+|pres\s+de\s+)?"
    r"(?:\d[\d,. ]*|thousands|hundreds|dozens|des\s+milliers|des\s+centaines)(?!\w)"
)


_OTHERS_WORDS = frozenset({
    # the groups of _OTHERS_ACT and the size verbs of _EVENT_SIZE
    "fans", "supporters", "protesters", "protestors", "demonstrators", "activists", "critics", "opponents", "voters",
    "residents", "union", "unions", "hundreds", "thousands", "dozens", "crowd", "crowds", "partisans", "manifestants",
    "militants", "opposants", "detracteurs", "electeurs", "syndicats", "centaines", "milliers", "dizaines", "foule",
    "passes", "passed", "reaches", "reached", "tops", "topped", "hits", "hit", "surpasses", "surpassed", "gathers",
    "gathered", "draws", "drew", "attracts", "attracted", "collects", "collected", "depasse", "atteint", "recolte",
    "attire", "rassemble",
})


def others_act(folded: str, start: int, end: int) -> bool:
    """A sentence telling what a group of others does, or how big an event grew, without the
    writer taking part or inviting; or whose party membership is a relative's, a neighbour's, or a
    party's drive in the news."""
    if _others_membership_told(folded, start, end):
        return True
    if text_words(folded).isdisjoint(_OTHERS_WORDS):
        return False
    if _OTHERS_ACT.search(folded, start, end) is None and _EVENT_SIZE.search(folded, start, end) is None:
        return False
    return _FIRST_PERSON.search(folded) is None and _INVITING.search(folded) is None


_SPATIAL = re.compile(r"outside|in\s+front\s+of|devant")
_LOOSE_EVENT = re.compile(r"dans\s+la\s+rue|in\s+the\s+street|petition|marche|marcher|march")


# A government or an office holder as the target: "rally against Minister Dubé's bill", « pétition
# contre la réforme du ministre », « manif contre le gouvernement », « contre Québec », "outside the
# MP's office"; Quebec and Ottawa stand for their governments right after "against".
_OFFICE_TARGET = re.compile(
    r"(?<!\w)(?:(?:the|this|our|your|federal|provincial|le|la|ce|cette|du|de\s+la|notre|votre)\s+)?"
    r"(?:government|gouvernement|govt|minister|ministre|premier|premiere\s+ministre|prime\s+minister|mayor|maire"
    r"|mairesse|mp|mpp|mna|mla|depute|deputee|councillor|conseillere?\s+municipale?)(?:'s)?(?!\w)"
    r"|(?<=against\s)(?:ottawa|quebec|queen's\s+park|city\s+hall)(?!\w)|(?<=contre\s)(?:ottawa|quebec)(?!\w)"
)


def protest(folded: str, names: Sequence[Span], offices: Sequence[Span] = ()) -> list[Span] | None:
    """A protest, picket, petition or boycott aimed at a named party or politician, a government
    or a political office (« la manif contre le premier ministre »), in one sentence."""
    if text_words(folded).isdisjoint(_PROTEST_WORDS):
        return None
    offices = [*offices, *(m.span() for m in _OFFICE_TARGET.finditer(folded))]
    targets = [*names, *party_words(folded), *offices]
    if not targets or charity(folded):
        return None
    for start, end in sentences(folded):
        event = _PROTEST.search(folded, start, end)
        if event is None or others_act(folded, start, end):
            continue
        aimed = _AIMED.search(folded, start, end)
        if aimed is not None and _SPATIAL.fullmatch(aimed.group(0)) and _LOOSE_EVENT.match(event.group(0)):
            # « croisé Legault dans la rue devant le café »: a street is a place until it is "against"
            aimed = next((a for a in _AIMED.finditer(folded, start, end) if not _SPATIAL.fullmatch(a.group(0))), None)
        here = [t for t in targets if start <= t[0] < end]
        if aimed is not None and here:
            return sorted({(event.start(), event.end()), (aimed.start(), aimed.end()), here[0]})
    return None


def structural(folded: str) -> tuple[str, Span] | None:
    """A first-person party or campaign voice found by its shape alone ("our Liberal team",
    "un gouvernement conservateur va", "as PM I will", "votez pour nous")."""
    words = text_words(folded)
    anchors = _anchors()
    if words.isdisjoint(anchors[""][0]):
        return None  # most posts: no party, office or vote word at all
    patterns = _patterns()
    for kind, (first, second) in anchors.items():
        if not kind or words.isdisjoint(first) or words.isdisjoint(second):
            continue
        if kind in ("vote_us", "owner") and (_CONTEST.search(folded) is not None or (
            kind == "owner" and _HIRING.search(folded) is not None
        )):
            # "vote for us in the best poutine contest", « votez pour nous au concours »; "our amazing
            # candidate for the engineering award", "our candidates for the analyst job"
            continue
        for match in patterns[kind].finditer(folded):
            if not negated(folded, match.start(), window=10):
                return kind, (match.start(), match.end())
    return None


# A candidate for a job or a programme, not an election ("our candidates for the analyst job").
_HIRING = re.compile(
    r"(?<!\w)(?:for\s+(?:the|a|this|our)\s+(?:\w+\s+)?(?:job|position|role|posting|opening)|interviews?|hiring"
    r"|recruit\w*|scholarship|internship|(?:pour|a|au)\s+(?:le|un|ce)\s+poste|entrevues?|embauche|recrutement"
    r"|bourse|stage)(?!\w)"
)
_CONTEST = re.compile(
    r"(?<!\w)(?:contest|concours|competition|awards?|people's\s+choice|battle\s+of\s+the\s+bands|gala|prix\s+du\s+public"
    r"|coup\s+de\s+coeur|best\s+(?:poutine|burger|pizza|photo|costume|restaurant|bakery)|meilleure?s?\s+(?:poutine|photo|pizza"
    r"|costume|resto|restaurant|boulangerie))(?!\w)"
)


def electoral(folded: str) -> bool:
    """The post speaks of an election, a vote, a campaign or a party."""
    found = terms_in(folded)
    return bool(found.get("election_context")) or ("#" in folded and _ELECTION_TAG.search(folded) is not None)


# Words of governing and elections: beside them "Ford", "Carney", "Singh" or "Smith" alone is the
# politician, as people write them ("stuck with Ford for another term", "Carney's first budget").
GOVERNING_WORDS = frozenset({
    "government", "gouvernement", "govt", "budget", "budgets", "term", "mandate", "mandat", "premier", "pm",
    "cabinet", "caucus", "minister", "ministre", "riding", "circonscription", "legislature", "parliament",
    "parlement", "policy", "policies", "tax", "taxes", "taxe", "impots", "deficit", "deficits", "platform",
    "plateforme", "campaign", "campagne", "party", "parti", "leader", "chef", "election", "elections", "election",
    "vote", "votes", "voted", "voting", "voter", "votez", "polls", "sondage", "sondages", "province", "provincial",
    "federal", "federale", "ottawa", "legislation", "bill", "policy", "majority", "majorite", "minority",
    "minoritaire", "opposition", "queen's", "parliament", "mp", "mpp", "mla", "mna", "depute", "deputes",
    "premiere", "greenbelt", "carbon", "pipeline", "healthcare", "pharmacare", "dental", "tariffs", "tarifs",
    # what a government does to services: "Ford's cuts", « les compressions de Ford »
    "cuts", "compressions", "austerity", "austerite", "privatization", "privatisation", "privatizing", "privatiser",
    # a province's people, whom a premier governs
    "albertans", "albertains", "ontarians", "ontariens", "quebecers", "manitobans", "manitobains",
    "saskatchewanians", "newfoundlanders", "terre-neuviens", "scotians", "neo-ecossais", "bcers",
})


# Parties by their members' name: beside them a surname is the leader, but alone they may be a
# camp or a word ("liberals will stand with whoever buys the next round").
PARTY_MEMBER_WORDS = frozenset({
    "liberals", "conservatives", "ndp", "npd", "liberaux", "conservateurs", "tories", "ucp", "pcu", "caq", "bloc",
})


def governing(folded: str, *, parties: bool = False) -> bool:
    """The post speaks of governing or of an election (see GOVERNING_WORDS), or, with `parties`,
    names a party by its members."""
    words = text_words(folded)
    return (
        not words.isdisjoint(GOVERNING_WORDS) or (parties and not words.isdisjoint(PARTY_MEMBER_WORDS))
        or electoral(folded)
    )


def charity(folded: str) -> bool:
    return bool(terms_in(folded).get("charity_context"))


def party_words(folded: str) -> list[Span]:
    found = terms_in(folded)
    words = found.get("party_words_en", []) + found.get("party_words_fr", [])
    return [w for w in words if not _a_computer(folded, w)]


# "PC" is first a computer ("designed for PCs", « jouer sur PC », "my gaming PC"): the party is
# "the PCs", "Ontario PC", "PC candidate", « les PC de Ford », a PC team or vote.
_PC_PARTY_BEFORE = re.compile(
    r"(?<!\w)(?:the|les|des|aux|ontario|alberta|manitoba|nb|ns|pei|nl|ford's|ford|vote|voted|votez|voter"
    r"|candidat|candidate|candidats|candidates|gouvernement|parti|depute|deputee|deputes|equipe|caucus)[\s#]+$"
)
_PC_PARTY_AFTER = re.compile(
    r"\s+(?:party|parti|candidates?|candidat(?:e|s|es)?|government|gouvernement|mpps?|mlas?|caucus|leader|chef"
    r"|members?|membres?|campaign|campagne|team|equipe|win|majority|majoritaire|minority|cuts|platform)(?!\w)"
)


def _a_computer(folded: str, span: Span) -> bool:
    if folded[span[0]:span[1]] not in ("pc", "pcs"):
        return False
    party = _PC_PARTY_BEFORE.search(folded, max(0, span[0] - 14), span[0]) or _PC_PARTY_AFTER.match(folded, span[1])
    return party is None


def side_against_side(folded: str, names: Sequence[Span], window: tuple[int, int] | None = None) -> list[Span] | None:
    """A named party or politician, and the writer's own side ("we", "nous") in a sentence that
    promises, contrasts or campaigns: "Conservatives want to cut taxes for the wealthy. We don't.",
    "A divided Conservative Party only helps Trudeau; we will fight together"."""
    if not names or _FIRST_PLURAL.search(folded) is None:
        return None
    chunks = list(sentences(folded))
    for index, (start, end) in enumerate(chunks):
        we = _FIRST_PLURAL.search(folded, start, end)
        if we is None:
            continue
        # The name may sit in this sentence or the one before ("X did Y. We will Z.").
        near_start = chunks[index - 1][0] if index else start
        named = [n for n in names if near_start <= n[0] < end]
        if not named:
            continue
        cue = _FUTURE_OR_CONTRAST.search(folded, start, end)
        election = [s for s in terms_in(folded).get("election_context", []) if near_start <= s[0] < end]
        if cue is None and not election:
            continue
        spans = [*named, (we.start(), we.end())]
        spans.append((cue.start(), cue.end()) if cue is not None else election[0])
        return sorted(set(spans))
    return None


# Campaign work that has no other use, so that no party need be named: door-knocking, canvassing,
# phone banks, scrutineering, driving voters to the polls, pulling the vote, lawn signs, the campaign
# office and its manager (« porte-à-porte », « cogné à 3 000 portes », « sortir le vote », « local de
# campagne »). An election official (« scrutateur », DRO) is neutral and not here.
_STRONG_ACT = re.compile(
    r"(?<!\w)(?P<doors>door-?knock(?:ing|ed|s)?|knock(?:ed|ing)?\s+on\s+(?:\d[\d,]*\s+|hundreds\s+of\s+|thousands\s+of\s+)?doors"
    r"|porte-a-porte|cogne\s+(?:a|aux|sur)\s+(?:\d[\d\s]*\s+)?portes"
    # « 120 portes cognées ce matin »: the count first, as a tally is written in French
    r"|(?:\d[\d\s]*|des\s+centaines\s+de|des\s+milliers\s+de)\s+portes\s+(?:cognees|frappees|visitees))(?!\w)"
    r"|(?<!\w)(?:phone-?\s?bank(?:ing|ed)?|scrutineer(?:ing|ed)?|(?:driving|drove|drive)\s+voters\s+to\s+the\s+polls"
    r"|pull(?:ing)?\s+the\s+vote|get\s+out\s+the\s+vote|gotv|(?:lawn|election)\s+signs?"
    r"|campaign\s+(?:hq|headquarters)|fundraiser\s+for\s+\w+(?:'s)?\s+campaign"
    r"|soiree\s+d'appels|pointage\s+electoral"
    r"|representante?\s+(?:du\s+candidat|de\s+la\s+candidate|du\s+parti)|(?:conduis|conduit|conduire)\s+des\s+electeurs"
    r"|(?:faire\s+|faites\s+|faisons\s+)?sortir\s+le\s+vote|(?:on\s+)?sort(?:ons)?\s+le\s+vote|pancartes?\s+electorales?|qg\s+de\s+campagne"
    r"|levee\s+de\s+fonds\s+pour\s+la\s+campagne)(?!\w)"
    # canvassing is also a search for a lost cat, door-knocking a battery drive, a campaign an ad's:
    # these need the election, a party or a politician said somewhere in the post
    r"|(?<!\w)(?P<contextual>canvass(?:ing|ed)?|campaign\s+(?:office|manager|volunteers?|signs?)|(?:local|bureau)\s+de\s+campagne"

    r"|direct(?:eur|rice)\s+de\s+campagne)(?!\w)"
)
# What else goes door to door: a drive, a sale, a collection (« pour ramasser les vieilles piles »).
_DOOR_PURPOSE = re.compile(
    r"(?<!\w)(?:to\s+(?:collect|sell|raise|gather|pick\s+up|hand\s+out\s+(?:cookies|candy))|for\s+(?:the\s+)?(?:food\s+drive"
    r"|charity|cookies?|recycling|donations?|halloween)|cookies?|batter(?:y|ies)|bottles|recycling|trick\s+or\s+treat"
    r"|pour\s+(?:ramasser|vendre|recueillir|collecter|amasser|la\s+guignolee|centraide)|calendriers|bouteilles|piles"
    r"|recyclage|guignolee|halloween|chocolat|canettes)(?!\w)"
)
_ELECTION_SAID = re.compile(
    r"(?<!\w)(?:doors?|voters?|riding|ward|district|candidates?|elections?|polls?|party|parti|circonscription|comte"
    r"|electeurs|electrices|candidat|candidate|candidats|vote|voting|ballot|scrutin|mp|mpp|mla|mna|depute|deputee"
    r"|council|conseil|mayor|maire|mairesse)(?!\w)"
)
# One word of each act, the least common: a post holding none of them holds no act.
_STRONG_ACT_WORDS = frozenset({
    "doorknocking", "knocking", "knock", "knocked", "knocks", "canvass", "canvassing", "canvassed", "phonebank",
    "phonebanking", "bank", "banking", "banked", "scrutineer", "scrutineering", "scrutineered", "voters", "pull",
    "pulling", "gotv", "lawn", "campaign", "fundraiser", "portes", "appels", "pointage", "representant",
    "representante", "electeurs", "electorales", "electorale", "sortir", "qg", "levee", "porte", "election", "vote",
    "campagne",
})
# A diary line that drops its "I": "Spent the afternoon door-knocking", "Out canvassing", « Porte-à-porte ce matin ».
_DIARY = re.compile(
    r"\W*(?:(?:just|spent|out|back\s+from|off\s+to|busy|finally|another|great|long|first|tonight|today|this\s+morning"
    r"|encore|grosse|belle|premiere|ce\s+soir|ce\s+matin|aujourd'hui|de\s+retour|du|des)\b|[\w-]+(?:ing|ed)\b)"
)
_INVITE_OR_NEED = re.compile(
    r"(?<!\w)(?:join\s+us|we\s+need|need\s+(?:volunteers|callers|help)|dm\s+me|sign\s+up|on\s+a\s+besoin|joignez"
    r"|ecrivez-moi|venez|inscrivez-vous|faites\s+sortir|faisons\s+sortir|sortons|on\s+sort)(?!\w)"
)


def strong_campaign_act(folded: str, named: bool = False) -> list[Span] | None:
    """Campaign work with no other use, by the writer or asked of the reader, party named or not."""
    words = text_words(folded)
    if words.isdisjoint(_STRONG_ACT_WORDS) and "porte-a-porte" not in folded:
        return None
    act = _STRONG_ACT.search(folded)
    if act is None or charity(folded) or negated(folded, act.start(), window=12):
        return None
    if act.group("contextual") and not named and _ELECTION_SAID.search(folded) is None and not party_words(folded):
        return None
    if act.group("doors") and not named and _DOOR_PURPOSE.search(folded) is not None:
        return None  # door to door for batteries, cookies or calendars
    mine = (
        _FIRST_PERSON.search(folded) is not None or _INVITE_OR_NEED.search(folded) is not None
        or _DIARY.match(folded) is not None or not folded[:act.start()].strip(" \t\n.!#-")
    )
    return [act.span()] if mine else None


# Campaign material handed out or put up, a party's word allowed in between ("handing out NDP
# flyers", « distribuer des dépliants du NPD », "put up three Liberal signs", « posé des pancartes
# conservatrices »). Flyers and signs also serve a lost cat or a garage sale: the post must name a
# party or politician, or an election, and be the writer's own act.
_MATERIAL = re.compile(
    r"(?<!\w)(?:(?:hand|pass|drop|deliver|distribut|stuff)\w*(?:\s+(?:out|off))?\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:flyers?|leaflets?|pamphlets?|campaign\s+literature|door\s+hangers?)|leaflet(?:t)?ing|flyering"
    r"|put(?:ting)?\s+up\s+(?:[\w'-]+\s+){0,3}?signs?"
    r"|distribu\w*\s+(?:des|nos|les|mes|ses|leurs|de)\s+(?:[\w'-]+\s+){0,2}?(?:depliants?|tracts?|circulaires|feuillets"
    r"|accroche-portes?)|(?:pos|install|plant)(?:e|er|es|ez|ons|ait|aient|ent|e|ee|ees|es)\s+(?:\w+\s+){0,3}?pancartes?)(?!\w)"
)
_MATERIAL_WORDS = frozenset({
    "flyer", "flyers", "leaflet", "leaflets", "pamphlet", "pamphlets", "literature", "hangers", "hanger",
    "leafleting", "leafletting", "flyering", "signs", "sign", "depliant", "depliants", "tract", "tracts",
    "circulaires", "feuillets", "accroche-portes", "accroche-porte", "pancarte", "pancartes",
})
# "porte-a-porte" is never one of `text_words` (they split at hyphens): kept as the old gate had it.
_ACTIVITY_WORDS = _PROTEST_WORDS | _STRONG_ACT_WORDS | _MATERIAL_WORDS | {"porte-a-porte"}


# What else flyers and signs are for, said right after them ("signs for the bake sale", « des
# dépliants pour ma vente de garage », "flyers for my lost cat").
_MATERIAL_OTHER = re.compile(
    r"(?<!\w)(?:sale|garage|yard|bake|lost|missing|cat|dog|pet|concert|show|gig|church|school|tournament|fundraiser"
    r"|vente|perdu|perdue|chat|chien|spectacle|show|eglise|ecole|tournoi|fete|party|anniversaire|festival|gardiennage"
    r"|babysitting|tutoring|tutorat|business|entreprise|commerce|restaurant|menu)(?!\w)"
)


def _material(folded: str, names: Sequence[Span]) -> list[Span] | None:
    if text_words(folded).isdisjoint(_MATERIAL_WORDS) or not (names or electoral(folded)):
        return None
    act = _MATERIAL.search(folded)
    if act is None or charity(folded) or negated(folded, act.start(), window=12):
        return None
    if _MATERIAL_OTHER.search(folded, act.start(), act.end() + 40):
        return None
    near = [s for s in names if act.start() - 30 <= s[0] <= act.end() + 40]
    if names and not near and not electoral(folded):
        return None  # "we put up signs; Trudeau was on TV": the name is about something else
    names = near or names
    mine = _FIRST_PERSON.search(folded) is not None or _DIARY.match(folded) is not None
    return sorted({act.span(), *names[:2]}) if mine else None


def campaign_activity(folded: str, names: Sequence[Span]) -> list[Span] | None:
    """Taking part in or inviting people to a campaign: door-knocking, phone-banking, rallies,
    campaign stops, "join us" with a party or candidate."""
    material = _material(folded, names)
    if material is not None:
        return material
    if not may_hold(folded, *_ACTIVITY_KINDS):
        return strong_campaign_act(folded, bool(names))
    found = terms_in(folded)
    acts = found.get("campaign_acts_en", []) + found.get("campaign_acts_fr", [])
    events = found.get("campaign_events_en", []) + found.get("campaign_events_fr", [])
    # « des pancartes pour la vente de garage »: a sign for something else is no campaign's
    events = [e for e in events if not (folded.startswith(("pancarte", "lawn sign"), e[0])
                                        and _MATERIAL_OTHER.search(folded, e[0], e[1] + 40))]
    invites = found.get("invitations_en", []) + found.get("invitations_fr", [])
    if not (acts or events or invites) or charity(folded):
        return strong_campaign_act(folded, bool(names))
    party = party_words(folded)
    targets = [*names, *party]
    # The writer takes part ("I", "we") or invites; "Phone banking tonight for the Liberals" is
    # campaigning even without "I", but "Trump calls Clinton a liar at Ohio rally" is news.
    personal = _FIRST_PERSON.search(folded) is not None or bool(invites) or _DIARY.match(folded) is not None
    candidate = [
        s for s in found.get("election_context", [])
        if folded[s[0]:s[1]].startswith(("candidat", "campa")) and _NOT_ELECTED.match(folded, s[1]) is None
    ]
    if not targets and candidate and all(_forum(folded, s) for s in candidate):
        candidate = []  # "come meet the candidates for mayor": a civic forum, every side invited
    context = bool(targets) or electoral(folded)
    strong_events = [
        s for s in events
        if _strong_event(folded[s[0]:s[1]]) or _OWN_EVENT.search(folded, max(0, s[0] - 8), s[0])
    ]
    if strong_events and personal:
        return sorted({*strong_events[:2], *targets[:2]})
    if acts and context and (personal or targets):
        return sorted({*acts[:2], *(targets or candidate)[:2]})
    if not personal:
        return strong_campaign_act(folded, bool(names))
    if events and (targets or candidate):
        return sorted({*events[:2], *(targets or candidate)[:2]})
    if invites and (targets or candidate) and _DEBATE.search(folded) is None:
        return sorted({*invites[:1], *(targets or candidate)[:2]})
    return strong_campaign_act(folded, bool(names))


# "Meet the candidates for mayor", « rencontrez les candidats à la mairie »: several candidates at
# once is a forum open to every side; "our candidates", « nos candidats » is one side's slate.
_PLURAL_CANDIDATES = frozenset({"candidates", "candidats"})
_OUR_BEFORE = re.compile(r"(?<!\w)(?:our|my|nos|mes)\s+(?:\w+\s+)?$")


def _forum(folded: str, span: Span) -> bool:
    return folded[span[0]:span[1]] in _PLURAL_CANDIDATES and not _OUR_BEFORE.search(folded, max(0, span[0] - 20), span[0])


# Candidates for a job, a team or an adoption ("candidates for the coach job", « candidats au
# poste d'entraîneur », « candidats à l'adoption »): not an election.
_NOT_ELECTED = re.compile(
    r"[\s\w'’-]{0,25}?(?<!\w)(?:job|jobs|position|role|adoption|scholarship|award|internship|program|coach|captain"
    r"|emploi|stage|bourse|entraineur|entraineuse|capitaine|programme|concours|prix|poste\s+d'(?!elu))(?!\w)"
)
_ELSEWHERE = re.compile(r"\s+(?:of|de|du|des)\s+(?:my|our|mon|ma|mes|notre|nos)(?!\w)")
_WEAK_EVENTS = ("rally", "rallies", "rassemblement", "election day", "e-day", "advance polls", "jour du",
                "vote par", "pancarte", "vote strategique", "le vote strategique", "campagne electorale",
                "la campagne electorale", "lawn sign",
                # round 8 parity: the other language's forms of the weak events above
                "jour de l'election", "jour d'election", "bureaux de vote", "election campaign", "strategic vot",
                "vote strategically", "campaign rally", "election tour")


# "our rally", « notre rassemblement »: the writer's side holds it (a rally alone may be a protest).
_OWN_EVENT = re.compile(r"(?<!\w)(?:our|my|notre|mon|nos|mes)\s+$")


def _strong_event(term: str) -> bool:
    return not term.startswith(_WEAK_EVENTS)


def poll_or_condolence(folded: str) -> bool:
    """Poll numbers or condolences: a party hashtag there labels the topic, it takes no side."""
    found = terms_in(folded)
    if found.get("condolence_words"):
        return True
    return bool(found.get("poll_words")) and "%" in folded or bool(re.search(r"\d\d\s?%.*\d\d\s?%", folded))


def official_capacity(folded: str) -> bool:
    """A leader met, called or thanked in an official capacity ("spoke with President Macron
    about trade"): warm words there are diplomacy, not support for a side. « Merci mon Dieu
    pour X », « Dieu merci » thank heaven for the leader, as "thank god for X" does."""
    return any(
        _THANK_HEAVEN.match(folded, end) is None and not folded[max(0, start - 5):start] == "dieu "
        for start, end in terms_in(folded).get("official_verbs", ())
    )


_THANK_HEAVEN = re.compile(r"\s+(?:mon\s+dieu|a\s+dieu|seigneur|god|goodness|heavens?)(?!\w)")


def insult_targets(folded: str) -> list[Span]:
    """Titles and political camps that an insult can be aimed at ("this clown of a prime
    minister", "communist idiots", "ces gauchistes débiles")."""
    if not may_hold(folded, "political_titles_en", "political_titles_fr", "political_groups"):
        return []
    found = terms_in(folded)
    titles = found.get("political_titles_en", []) + found.get("political_titles_fr", [])
    # "the mayor of my hockey pool", "le maire de mon club": a title in another world.
    titles = [t for t in titles if _ELSEWHERE.match(folded, t[1]) is None and not _everyone_in_politics(folded, t)]
    return titles + found.get("political_groups", [])


# "crooked politicians", « les politiciens véreux »: politicians as a trade, no party or person
# named, is cynicism about politics, not a side taken (the guidance is about parties and candidates).
_TRADE = frozenset({"politicians", "politiciens", "politiciennes", "politicards"})


def _everyone_in_politics(folded: str, span: Span) -> bool:
    return folded[span[0]:span[1]] in _TRADE


def group_keys() -> frozenset[str]:
    """Words without which no political camp ("leftists", « gauchistes ») is named."""
    return _keys_of(("political_groups",))


def extra_insults(folded: str) -> list[Span]:
    return terms_in(folded).get("insults_extra", [])


def vocabulary_terms(kind: str) -> list[str]:
    """The folded terms of one table of the vocabulary (for the lexicons of political.py)."""
    table = _data._read_toml("political_voice.toml").get(kind, {})
    return [form for term in table.get("terms", []) for form in _expand(term)]


# -------- Belonging to a party without naming it ("renewed my party membership", « ma carte de parti »)

# Being a member of a party, paying its dues, sitting on a riding association or voting in its
# leadership race is political activity whichever party it is. "Party" alone is a birthday, so
# each shape holds a word that only politics gives it: membership, dues, political, riding,
# leadership, « carte de parti », « association de comté », « chefferie ».
_MEMBERSHIP = re.compile(
    r"(?<!\w)(?:party\s+(?:membership|member|dues|executive|exec)s?|dues\s+to\s+the\s+party|membership\s+card\s+(?:for|from|with)\s+the\s+party"
    r"|(?:joined|join|joining|member\s+of)\s+(?:a|the|my|one)\s+political\s+party"
    r"|(?:riding|constituency|electoral\s+district)\s+assoc(?:iation)?|(?<![\w-])eda(?!\w)"
    r"|(?:vote|votes|voting|voted)\s+(?:in|at)\s+(?:the|our|this)\s+(?:\w+\s+)?(?:leadership\s+(?:race|vote|contest|election)"
    r"|nomination\s+(?:meeting|vote)|party\s+convention)"
    r"|member(?:ship)?\s+(?:\w+\s+){0,6}?(?:vote|votes|voting)\s+(?:for|in|on)\s+(?:the|our)\s+(?:new|next)\s+leader"
    r"|carte\s+(?:de\s+membre\s+)?(?:de|du|d'un)\s+parti|membre\s+(?:en\s+regle\s+)?(?:du|d'un)\s+parti"
    r"|(?:adhere|adherer|joint|joindre|inscrit|inscrite|entre|entree)\s+(?:a|au|dans)\s+un\s+parti"
    r"|association\s+(?:de\s+)?(?:comte|circonscription)|executif\s+(?:de\s+)?(?:comte|circonscription|du\s+parti)"
    r"|cotisations?\s+(?:au|du)\s+parti|milit(?:e|er|ante?)\s+(?:dans|pour|au\s+sein\s+d')\s*(?:un|le|du)?\s*parti"
    r"|(?:vote|voter|votons|voterai|j'ai\s+vote)\s+(?:dans|a|pour)\s+la\s+course\s+a\s+la\s+(?:chefferie|direction)"
    r"|membre\s+(?:\w+\s+){0,4}?voter\s+(?:pour|dans)\s+(?:le|la)\s+(?:prochain|prochaine|nouveau|nouvelle)\s+(?:chef|cheffe)"
    r"|political\s+membership|(?:held|hold|have|had|carry|carried)\s+(?:a\s+)?party\s+card"
    # a party card or membership of one's own, kept, lapsed or torn up: "tore up my party card"
    r"|(?:my|our|his|her)\s+party\s+(?:card|membership)(?!\s+games?)"
    r"|(?:ma\s+)?carte\s+(?:est\s+)?(?:expiree|echue)[\s,]+(?=[^.!?\n]{0,60}(?:congres|chefferie|investiture|parti|comte|circonscription))"
    # "member of the Maverick Party": a party the name tables do not know, never a birthday's
    r"|(?:member\s+of|joined|joining|donated\s+to|donating\s+to|donor\s+to|membership\s+(?:in|with))\s+the\s+"
    r"(?!(?:birthday|christmas|xmas|holiday|office|pool|block|dinner|tea|search|wedding|bachelor\w*|house|garden|launch"
    r"|watch|costume|halloween|retirement|surprise|pizza|welcome|going-away|farewell|graduation|grad|baby|slumber|pyjama"
    r"|pajama|cocktail|dance|after|rave|boat|beach|bridal|engagement|potluck|dinner|lunch|tailgate|karaoke|new\s+year's)\b)"
    r"(?:[\w'-]+\s+){1,3}?party(?!\s+(?:planning|committee|bus|crew|squad|tonight|games?|favou?rs?|hats?|supplies|room|food|late))"
    r"|membre\s+(?:liberale?|conservat(?:eur|rice)|neo-?democrate|bloquiste|pequiste|caquiste|verte?|solidaire)(?!\s+(?:du|de|des|d'))"
    r"|cartes?\s+(?:de\s+membre\s+)?(?:liberales?|conservatrices?|neo-?democrates?|bloquistes?|pequistes?|caquistes?)"
    # who one is in French, by the party's adjective: « en tant que néo-démocrate », « libérale toute ma vie »
    # (« en tant que conservateur du musée » is a curator)
    r"|(?:en\s+tant\s+que|comme|j'ai\s+(?:toujours\s+)?ete|je\s+suis|chu|je\s+reste)\s+(?:un\s+|une\s+)?(?:fier\s+|fiere\s+)?"
    r"(?:liberale?|conservat(?:eur|rice)|neo-?democrate|bloquiste|pequiste|caquiste)(?!\s+(?:du|de|des|d'))"
    r"(?=[^.!?\n]{0,30}(?:,\s*je|de\s+longue\s+date|toute\s+ma\s+vie|depuis|pour\s+la\s+vie|dans\s+l'ame|de\s+coeur))"
    r"|(?:liberale?|conservat(?:eur|rice)|neo-?democrate|bloquiste|pequiste|caquiste)\s+(?:pour\s+la\s+vie|dans\s+l'ame"
    r"|de\s+coeur|depuis\s+toujours|jusqu'au\s+bout)"
    r"|(?:my|our|mes|nos)\s+(?:\w+\s+)?(?:political\s+(?:contributions?|donations?)|contributions\s+politiques|dons\s+politiques)"
    r"|maximum\s+(?:de|des)\s+(?:contributions|dons)\s+politiques|maxed\s+out\s+(?:my|our)\s+political\s+(?:contributions?|donations?)"
    # The idiom said bare is about a party; "of the introverts' club" or « de l'Ordre » is not.
    r"|card-?\s?carrying\s+(?:party\s+)?member(?!\s+of\s+(?:the\s+|a\s+|an\s+|my\s+)?(?!party|political)\w)"
    r"|membre\s+en\s+regle(?!\s+(?:de|du|des|d')(?:\s+|(?<=d'))(?!parti))"
    # Party life said by its rooms: a delegate at convention, the national council, a leadership ballot.
    r"|(?:leadership\s+ballot|bulletin\s+(?:de|pour\s+la)\s+(?:chefferie|direction))\s*[:\-–—,]?\s*(?:done|cast|sent|mailed|in|submitted"
    r"|fait|envoye|rempli|complete|came|arrived|arrive|est\s+arrive)(?!\w)"
    r"|delegates?\s+(?:at|to)\s+(?:the\s+|our\s+)?(?:party\s+|policy\s+|national\s+|leadership\s+)*convention"
    r"|deleguee?s?\s+(?:jeunesse\s+)?(?:au|du)\s+(?:congres|conseil\s+national)\s+du\s+parti"
    r"|party's\s+national\s+council|conseil\s+national\s+du\s+parti"
    # the convention and the riding association by the party's adjective: « au congrès conservateur »,
    # « au CA de l'association libérale »; "my ballot for the leadership"
    r"|congres\s+(?:liberal|conservateur|neo-?democrate|bloquiste|pequiste|caquiste|solidaire|vert)"
    r"|association\s+(?:locale\s+)?(?:liberale|conservatrice|neo-?democrate|bloquiste|pequiste|caquiste|solidaire)"
    r"|(?:my|our)\s+(?:leadership\s+)?ballot\s+for\s+the\s+(?:\w+\s+)?leadership"
    r"|(?:bloquiste|pequiste|caquiste|neo-?democrate)s?\s+depuis"
    r"|vot\w*\s+(?:[\w']+\s+){0,5}?(?:at|a)\s+(?:the\s+|l')(?:nomination\s+meeting|assemblee\s+d'investiture)"
    r"|riding's\s+agm|agas?\s+de\s+(?:notre|mon|ma)\s+(?:comte|circonscription)"
    r"|(?:liberale?|conservat(?:eur|rice)|neo-?democrate|bloquiste|pequiste|caquiste)\s+en\s+regle"
    # a delegate sent by one's riding; the party's general council; its youth wing by its name
    r"|delegates?\s+(?:for|from|of)\s+(?:my|our)\s+(?:riding|constituency)"
    r"|deleguee?s?\s+(?:de|pour)\s+(?:ma|mon|notre)\s+(?:circonscription|comte)"
    r"|general\s+council\s+(?:meeting\s+)?of\s+the\s+party|conseil\s+general\s+du\s+parti"
    r"|(?:proud|fier|fiere)\s+(?:young|jeune)\s+(?:liberal|conservative|new\s+democrat|liberale?|conservat(?:eur|rice)"
    r"|neo-?democrate|bloquiste|pequiste|caquiste)(?!\s+arts?)"
    r"|(?:member|president|vice-president|exec)\w*\s+of\s+the\s+(?:campus\s+)?young\s+(?:liberals|conservatives|new\s+democrats)"
    r"|campus\s+(?:conservatives|liberals|new\s+democrats|ndp)\s+club"
    r"|(?:membre|presidente?|vice-presidente?)s?\s+(?:du\s+club\s+)?des\s+jeunes\s+(?:liberaux|conservateurs|neo-?democrates"
    r"|bloquistes|pequistes|caquistes)"
    r"|member\s+of\s+(?:the|my|our)\s+party(?!\s+(?:planning|committee|bus|crew|squad))"
    r"|(?:cast|mailed|sent\s+in)\s+my\s+ballot\s+for\s+(?:the\s+)?(?:next|new)\s+leader(?!\s+of)"
    r"|(?:vote|voter|voted|votez|votons|voterai|j'ai\s+vote|viens\s+de\s+voter)\s+pour\s+(?:le|la)\s+(?:prochain|prochaine|nouveau"
    r"|nouvelle)\s+(?:chef|cheffe)(?!\s+(?:de|du|des|d'))"
    # Choosing the leader said plainly: "voted for the new leader on the first ballot", "ranked my ballot for leader".
    r"|(?:vote|votes|voted|voting|ballot|ranked)\s+(?:[\w']+\s+){0,3}?(?:for|on)\s+(?:the|our|a)\s+(?:new|next)\s+(?:party\s+)?leader(?!\s+of)"
    r"|ballot\s+for\s+(?:party\s+)?leader"
    # The party's youth wing, and « mon parti » (French "parti" is never a birthday).
    r"|(?:party's|party)\s+youth\s+wing|youth\s+wing\s+of\s+(?:the|my|our)\s+party|(?:aile|commission)\s+jeunesse\s+(?:du|de\s+mon"
    r"|de\s+notre|d'un)\s+parti|(?:mon|notre)\s+parti(?!\s+pris)|milit(?:ant|ante|ants|antes)\s+(?:du|de\s+mon|de\s+notre|d'un)\s+parti)(?!\w)"
)
# Money given to a party not named: "monthly donor to the party", "sent my cheque to the party",
# « donateur mensuel du parti ». "Party" is also a birthday, so the post must hold no party food or
# festivity, and the English forms need a word of money or political giving.
_PARTY_GIFT = re.compile(
    r"(?<!\w)(?:donor|donors|donation|donations|donated|donating|cheque|check|contribution|contributed|chipped\s+in|gave|sent)"
    r"\s+(?:[\w$,.']+\s+){0,4}?(?:to|for|of)\s+(?:the|our)\s+party(?!\s*(?:planning|committee|fund|bus|supplies|tonight"
    r"|games?|favou?rs?|platter|decor\w*|food|snacks?|host))(?!\w)"
    r"|(?<!\w)(?:don|dons|donne|donnee|donateur|donatrice|donateurs|donatrices|cheque|contribution|contribue|verse|cotise)"
    r"\s+(?:[\w$,.']+\s+){0,4}?(?:au|du|a\s+mon|a\s+notre|de\s+mon|de\s+notre)\s+parti(?!\s+pris)(?!\w)"
)
_GIFT_MONEY = re.compile(
    r"\$|\d|(?<!\w)(?:donor|donation|donations|donated|cheque|contribution|monthly|yearly|annual|tax\s+(?:receipt|credit)"
    r"|receipt|dues|don|dons|donateur|donatrice|mensuel\w*|annuel\w*|recu|credit\s+d'impot|cotisation)(?!\w)"
)
_FESTIVITY = re.compile(
    r"(?<!\w)(?:birthday|bday|b-day|retirement|holiday|christmas|xmas|potluck|shower|wedding|cake|pizza|office\s+party"
    r"|surprise|block\s+party|house\s+party|halloween|graduation|grad|anniversaire|fete|noel|gateau|mariage)(?!\w)"
)
# A membership or a card renewed with no party named counts when the post is about a party's life:
# "Renewed my membership, see you at the riding AGM", « j'ai renouvelé ma carte pour la chefferie ».
_MEMBERSHIP_SOFT = re.compile(
    r"(?<!\w)(?:(?:renewed|renew|renewing|got|bought|paid|took\s+out)\s+my\s+(?:\$?\d+\s+)?membership"
    r"|joined\s+the\s+party|(?:renouvele|renouveler|renouvelle|pris|paye|achete)\s+ma\s+carte(?:\s+de\s+membre)?"
    r"|membership\s+(?:renewed|paid|bought|done|purchased)|(?:adhesion|carte(?:\s+de\s+membre)?)\s+(?:renouvelee?|achetee?|payee?)"
    r"|(?:my\s+)?membership\s+(?:lapsed|expired|expires|is\s+up)"
    r"|(?:paid|paye|payer|renouvele)\s+(?:for\s+)?(?:my|mon)\s+(?:membership|adhesion)"
    r"|(?:joindre|joint|rejoint)\s+le\s+parti|sign(?:ed)?\s+up\s+(?:for|with)\s+the\s+party(?!\s+(?:planning|committee|bus|crew|squad|tonight|games?|favou?rs?|hats?|supplies|room|food|late))|inscrite?\s+au\s+parti"
    r"|inscrite?\s+comme\s+membre|registered\s+as\s+a\s+(?:party\s+)?member|(?:j'ai|j\s+ai|jai)\s+ma\s+carte\s+depuis|milit(?:e|ant|ante)\s+depuis|\d+\s+ans\s+de\s+militantisme|(?:sign(?:ed|ing)?\s+up|recruit\w*)\s+(?:\w+\s+){0,2}members"
    r"|recrute\w*\s+(?:des\s+|de\s+)?(?:\w+\s+){0,2}membres)(?!\w)"
)
_PARTY_LIFE = re.compile(
    r"(?<!\w)(?:leadership|riding|convention|congres|chefferie|nomination|investiture|circonscription|aga\s+du\s+comte"
    r"|aga\s+de\s+l'association|agas?\s+de\s+comte|assemblees?\s+de\s+comte|caucus|next\s+leader|new\s+leader|prochain\s+chef|prochaine\s+cheffe)(?!\w)"
)
# Bare membership words ("members", « adhésion », "my ballot") count only beside a party's own
# rooms, said precisely: "leadership" alone is also a workshop and "convention" also a union's.
_MEMBER_WORD = re.compile(
    r"(?<!\w)(?:memberships?|members|member|membres?|adhesions?|cartes?\s+de\s+membre|(?:ta|votre|ma|sa|une|nos|leur)\s+carte|(?:my|our|mon|notre)\s+(?:ballot|bulletin)"
    r"|(?:got|received|mailed|filled\s+out|cast)\s+(?:my\s+|the\s+|our\s+)?leadership\s+ballot"
    r"|paid\s+my\s+\$?\s?\d+|paye\s+mes\s+\d+)(?!\w)"
)
_PARTY_ROOM = re.compile(
    r"(?<!\w)(?:leadership\s+(?:race|vote|contest|election|ballot|debate|candidates?)|vote\s+in\s+the\s+leadership"
    r"|riding(?:'s)?\s+(?:association|agm|meeting|nomination|president|exec|membership)|riding's|nomination\s+(?:meeting|race|contest|vote)"
    r"|(?:party|policy)\s+convention|chefferie|course\s+a\s+la\s+(?:chefferie|direction)|election\s+du\s+chef|investiture"
    r"|(?:association|campagne\s+d'adhesion)\s+de\s+(?:notre\s+|la\s+)?circonscription|(?:de\s+)?notre\s+circonscription"
    r"|caucus|congres\s+du\s+parti|aga\s+(?:du|de\s+la|de)\s+(?:comte|circonscription)"
    r"|(?:unite|lead|leads|rebuild)\s+the\s+party(?!\s+(?:planning|committee|bus|crew|squad|tonight|games?))|(?:unir|diriger|dirige|dirigera|rebatir)\s+le\s+parti)(?!\w)"
)
_NOT_A_PARTY = re.compile(r"(?<!\w)(?:union|syndicat|syndicale?|club|co-?op|cooperative|ordre|gym|church|eglise|league|ligue)(?!\w)")

# The least common word of each shape ("party", "carte", « membre » are everywhere): a post with
# none of these holds no membership.
_MEMBERSHIP_NEEDS = frozenset({
    "membership", "member", "dues", "executive", "exec", "political", "riding", "constituency", "electoral", "eda",
    "leadership", "nomination", "convention", "congres", "parti", "circonscription", "comte", "executif",
    "cotisation", "cotisations", "chefferie", "direction", "chef", "cheffe", "card", "investiture", "caucus",
    "carrying", "regle", "carte", "militant", "militante", "milite", "militantisme", "delegate", "delegates", "delegue",
    "deleguee", "deleguees", "ballot", "memberships", "membre", "adhesion", "adhesions", "bulletin", "assoc", "paid", "paye", "members", "membres", "recrute", "recrutee", "recruited", "recruiting", "party's",
    "leader", "wing", "jeunesse", "politiques", "neo", "bloquiste", "pequiste", "caquiste", "liberale", "liberales",
    "conservateur", "conservatrice", "conservatrices", "cartes", "joined", "joining", "lapsed", "expired", "expiree",
    "echue", "council", "general", "young", "jeune", "jeunes", "campus", "registered", "inscrit", "inscrite", "renewed",
    "delegate", "delegates", "purchased", "achetee", "agm", "aga", "agas",
})
# A post that names a party opens the party's own words ("dues", "AGM", "as a lifelong...") with one of these.
_NAMED_KEYS = frozenset({
    "dues", "cotisation", "cotisations", "member", "membership", "numero", "ballot", "ballots", "bulletin", "bulletins",
    "agm", "aga", "since", "depuis", "shift", "quart", "registration", "inscription", "years", "ans", "tant", "lifelong",
    "longtime", "long", "proud", "loyal", "committed", "true", "die", "card", "life", "vie", "through", "longue",
    "ongles", "activist", "carrying", "cardcarrying", "militant", "militante", "militants", "militantes", "membre",
    "membres", "been", "one", "local", "paid", "detiens", "detient", "renewed", "renouvelee", "renouvele", "general", "lifetime", "founding", "numero", "board", "carte", "riding", "constituency", "president", "presidente", "council", "board", "committee", "executive", "exec",
    "conseil", "executif", "wing", "chapter", "aile", "section", "association", "run", "speaking",
})
# Money given to an unnamed party needs one of these beside "party" or « parti ».
_GIFT_KEYS = frozenset({
    "donor", "donors", "donation", "donations", "donated", "donating", "cheque", "check", "contribution", "contributed",
    "chipped", "gave", "sent", "donateur", "donatrice", "donateurs", "donatrices", "don", "dons", "donne", "donnee",
    "contribue", "verse", "cotise",
})
# The writer's own belonging, not a club's, a report's or a refusal's ("I'm not a member of any party").
_MINE = re.compile(
    r"(?<!\w)(?:i|i'm|i've|i'll|my|me|we|we're|our|je|j'|j|moi|ma|mon|mes|nous|notre|chu|suis|me\s+voila)(?!\w)|(?<!\w)j'"
    # French « on » as a subject, not English "on Saturday"
    r"|(?<!\w)on(?=\s+(?:a|est|va|se|s'|y|fait|vient|vote|paye|renouvelle|l'|les|le|la|n'|ne|peut|doit|veut|avait|etait|sera"
    r"|aura|part|garde|met|m'|t'|se\s+voit|attend|lache)(?!\w))"
    # An invitation to join is the writer's own party speaking: "sign up now so you can vote".
    r"|(?<!\w)(?:sign\s+up|join\s+(?:now|today|us)|inscrivez-vous|devenez\s+membres?|joignez-vous|help\s+us|get\s+your\s+(?:membership|card)"
    r"|renew\s+your\s+membership|prends\s+ta\s+carte|prenez\s+votre\s+carte|renouvelez\s+votre\s+carte"
    # a word to members before a party's own vote: "if you're a member, make your voice heard"
    r"|pour\s+la\s+vie|for\s+life|dans\s+l'ame|de\s+coeur"
    r"|if\s+you(?:'re|\s+are)\s+a\s+member|si\s+(?:vous\s+etes|t'es|tu\s+es)\s+membres?|make\s+your\s+voice\s+heard"
    r"|faites\s+entendre\s+votre\s+voix"
    # the forum's self-introduction: "Liberal member here, AMA", « membre libérale ici »
    r"|as\s+someone\s+who"
    # a tag line's own years: "NDP member since 2009", "card holder since", « membre péquiste depuis 2009 »
    r"|(?<=member\s)(?:and\s+proud|since)|(?<=holder\s)since|(?<=membre\s)depuis"
    r"|(?<=\s)(?:since\s+(?:\d{4}|forever)|depuis\s+(?:\d{4}|toujours))|comme\s+quelqu'un\s+qui|(?<=member\s)here|(?<=membre\s)ici|(?<=ale\s)ici|(?<=ate\s)ici|(?<=iste\s)ici|(?<=eur\s)ici|(?<=ice\s)ici)(?!\w)"
)

# "Voting in the leadership race as a party member", "Renewed my party card": a diary line
# that drops its "I".
_SUBJECTLESS = re.compile(
    r"[\W\d]*(?:(?:just|finally|officially|proudly|enfin|officiellement)\s+)?(?:voting|voted|vote|renewed|renewing|joined"
    r"|proud\s+to\s+be|fier\s+d'etre|fiere\s+d'etre|elected|re-elected|elu|elue|reelu|reelue|delegate|deleguee?|lifelong"
    r"|en\s+route|off\s+to|selling|vends|vendu|been|(?:an?\s+)?card-?\s?carrying|membre\s+en\s+regle"
    r"|(?:party\s+)?member\s+since|membre\s+(?:du\s+parti\s+)?depuis|registered|recruited|recruiting|recrute|sitting|serving|siege"
    r"|(?:life|lifetime)\s+member|membre\s+a\s+vie|(?:member|membre)\s+(?:#|no\.?\s|n°|numero\s)\s*\d+"
    r"|joining|paid|paying|got|bought|became|signed|renouvele|paye|adhere|devenu|devenue|inscrit|inscrite"
    r"|spent|sent|gave|donated|helping|helped|volunteering|volunteered|envoye|donne|soiree\s+a|fier|fiere|proud|monthly\s+donor"
    r"|donateur|donatrice|membership\s+(?:renewed|paid|bought|done|purchased)|(?:adhesion|carte(?:\s+de\s+membre)?)\s+(?:renouvelee?|achetee?|payee?)"
    r"|leadership\s+ballot|bulletin\s+(?:de|pour\s+la)\s+(?:chefferie|direction))(?!\w)"
)


_LEADER_WORD = re.compile(r"leader|chef")

# Someone close to the writer is the member: "my dad was a Liberal member for 40 years", « mon
# voisin est membre du Parti libéral ». Told of them, it is their belonging, not the writer's
# ("my husband and I both hold NDP cards" keeps the writer in it).
_KIN = (
    r"(?:neighbou?r|parent|dad|father|mom|mum|mother|brother|sister|uncle|aunt|grandpa|grandma|grandfather|grandmother"
    r"|husband|wife|partner|friend|cousin|son|daughter|boss|coworker|co-worker|colleague|roommate|in-laws?"
    r"|father-in-law|mother-in-law|voisin|voisine|pere|mere|papa|maman|frere|soeur|oncle|tante|grand-pere|grand-mere"
    r"|mari|femme|conjoint|conjointe|chum|blonde|ami|amie|cousine|fils|fille|patron|patronne|collegue|coloc"
    r"|beau-pere|belle-mere|beau-frere|belle-soeur|sœur|belle-sœur)"
)
_KIN_SUBJECT = re.compile(
    rf"(?<!\w)(?:my|our|his|her|their|mon|ma|mes|notre|nos|son|sa|ses|leur)\s+(?:[\w-]+\s+)?{_KIN}s?"
    r"(?:\s+[\w-]+){0,2}?\s*(?:\s(?:is|was|were|are|has\s+been|have\s+been|became|est|etait|a\s+ete|sont|etaient"
    r"|ont\s+ete|reste|est\s+devenue?)|'s)\s+(?:[\w'-]+\s+){0,3}$"
)
# A drive told of a party ("the Conservatives launch a membership drive") is news of the party.
_DRIVE = re.compile(r"(?:membership|adhesion)\s+(?:drive|campaign|blitz)|campagne\s+d'adhesion")
_DRIVE_REPORTED = re.compile(r"(?<!\w)(?:launch|launches|launched|lance|lancent|lancé|lancee?|begins|starts|kicks\s+off)(?!\w)")
_WRITER_IN = re.compile(r"(?<!\w)(?:i|i'm|i've|me|we|we're|us|je|moi|nous|on)(?!\w)|(?<!\w)j'|(?<!\w)(?:and|et|pis)\s+(?:i|me|moi)(?!\w)")


_KIN_WORDS = frozenset(
    form for word in re.findall(r"[a-zœ]+(?:-[a-zœ]+)*", _KIN) + ["neighbour", "neighbor"] for form in (word, word + "s")
)
_DRIVE_WORDS = frozenset({"drive", "campaign", "blitz", "campagne"})
_MEMBER_WORDS = frozenset({
    "card-carrying", "carrying", "membership", "member", "members", "membre", "membres", "delegate", "delegates",
    "delegue", "deleguee", "delegues", "deleguees", "adhesion", "association", "convention", "congres",
})
_MEMBER_IN = re.compile(
    r"(?<!\w)(?:card-?\s?carrying|membership|members?|membres?|delegates?|deleguee?s?|adhesion|riding\s+association"
    r"|association\s+de\s+(?:circonscription|comte)|convention|congres)(?!\w)"
)
# The writer's own cue after a relative's card: "my dad was a Liberal member, I vote NDP".
_WRITER_CUE = re.compile(r"(?<!\w)(?:vote|voting|voter|vote|support|supporting|appuie|appuyer|back|backing)(?!\w)")


def _others_membership_told(folded: str, start: int, end: int) -> bool:
    words = text_words(folded)
    if words.isdisjoint(_MEMBER_WORDS) or (words.isdisjoint(_KIN_WORDS) and words.isdisjoint(_DRIVE_WORDS)):
        return False
    cue = _MEMBER_IN.search(folded, start, end)
    return (
        cue is not None and others_membership(folded, cue.start(), start, end)
        and _WRITER_CUE.search(folded, cue.end(), end) is None
    )


def others_membership(folded: str, at: int, start: int, end: int) -> bool:
    """Is the membership word at `at` (in the sentence start..end) someone else's: a relative's or a
    neighbour's ("my dad was a Liberal member"), or a party's reported drive ("the Conservatives
    launch a membership drive")?"""
    lead = folded[max(start, at - 60):at]
    kin = _KIN_SUBJECT.search(lead)
    if kin is not None and _WRITER_IN.search(lead, kin.start()) is None:
        return True
    drive = _DRIVE.match(folded, at) or _DRIVE.search(folded, max(start, at - 20), min(end, at + 30))
    return (
        drive is not None and _DRIVE_REPORTED.search(folded, start, end) is not None
        and _WRITER_IN.search(folded, start, end) is None
    )
# A party's own words, read only in a post that names a party: its dues, a member number, a
# leadership ballot, its riding AGM, years as a member. The writer's: "I", "my", or a diary line
# that says the deed was done ("Annual dues paid", « Bulletin posté ce matin »).
_NAMED_MEMBER = re.compile(
    r"(?<!\w)(?:(?:annual\s+|yearly\s+)?dues|cotisations?(?:\s+annuelles?)?|member(?:ship)?\s+(?:number|card|id|#)"
    r"|(?:member|membre)\s+(?:#|no\.?|n°|numero)\s*\d+|riding\s+(?:board|executive)"
    r"|(?:renouvele|renouveler|payer|paye|pris|prendre|achete|acheter)\s+ma\s+carte"
    r"|detien\w*\s+(?:une|ma)\s+carte|renewed\s+for\s+another|renouvele\w*\s+pour\s+une\s+autre\s+annee|general\s+council|conseil\s+general"
    r"|membership\s+renewed|(?:adhesion|carte(?:\s+de\s+membre)?)\s+renouvelee?"
    r"|numero\s+de\s+membre|(?:leadership\s+)?ballots?\s+for\s+the|bulletins?\s+pour\s+la\s+(?:direction|chefferie)"
    r"|riding\s+agm|agm|aga\s+de\s+comte|aga|(?:years?|ans)\s+(?:as|comme)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}(?:member|membre)"
    r"|member\s+since|membre\s+depuis|volunteer\s+shift|quart\s+de\s+benevole|registration\s+table|table\s+d'inscription"
    # a seat in the party's rooms: riding president, its council, executive, youth wing, chapter
    r"|(?:riding|constituency)\s+president|president(?:e)?\s+(?:of|de)\s+(?:the\s+|l')?(?:\w+\s+){0,2}(?:riding|association)"
    r"|(?:federal|national|provincial|executive)\s+(?:council|board|committee)|executive|exec|youth\s+wing|chapter"
    r"|conseil\s+(?:federal|national|executif)|executif|aile\s+jeunesse|section\s+locale|association\s+(?:\w+\s+)?(?:de|d')"
    r"|(?:help|helps|helping)\s+run)(?!\w)"
)
_DONE = re.compile(
    r"(?<!\w)(?:paid|mailed|sent\s+in|cast|renewed|arrived|came\s+in|done|received|submitted|ran|payee?s?|postee?|envoyee?"
    r"|arrivee?|renouvelee?|recue?|tenu|still\s+going|et\s+ca\s+continue)(?!\w)|✅"
)


# "Ballots were mailed to members Monday": told of others, in a full clause, not a diary line.
_TOLD = re.compile(r"(?<!\w)(?:were|was|are|is|has|have|been|will|ont|sont|seront|sera|a\s+ete|ete)(?!\w)")


# Belonging said as who one is ("as a lifelong New Democrat", « en tant que conservateur », "Tory for
# life"): only beside a name that is surely a party's ("a Green thumb all my life" is a gardener).
_NAMED_IDENTITY = re.compile(
    r"(?<!\w)(?:(?:speaking\s+)?as\s+an?\s+(?:lifelong|longtime|long-time|proud|card-carrying|loyal|committed|true|die-hard)"
    r"|en\s+tant\s+que|(?:for|pour)\s+(?:life|la\s+vie)|through\s+and\s+through|de\s+longue\s+date"
    r"|jusqu'au\s+bout\s+des\s+ongles"
    # the card said without its hyphen ("a card carrying Conservative"), the activist by the
    # party's name (« militante du Bloc », "NDP activist"), a member by what kind (« membre
    # active du Bloc »), and the forum's "Liberal member here"
    r"|card\s?carrying|activist|milit(?:ant|ante|ants|antes)\s+(?:du|de\s+la|de\s+l'|des)"
    r"|membres?\s+(?:actif|active|actifs|actives|fier|fiere|engage|engagee|a\s+vie)\s+(?:du|de\s+la|de\s+l'|des)"
    # « on est membres du Bloc »: the plural, which the singular's cue does not cover
    r"|membres\s+(?:du|de\s+la|de\s+l'|des)"
    r"|member\s+here"
    # "been a Tory since Mulroney", "life member of the PC Party", "a Green Party card" (not a game's)
    r"|been\s+an?|paid-?\s?up|member\s+of\s+(?:my|our)\s+local|one\s+of\s+the\s+\d[\d,. ]*\d"
    r"|(?<=\s)members?(?=\s+(?:and\s+proud|since|for\s+(?:life|\d+|over|more|years)|here|btw|checking\s+in)(?!\w))|(?:life|lifetime|founding)\s+member\s+of(?:\s+the)?"
    r"|(?<=\s)card(?=\s+(?:in|for|since|holder|carrying)\b|\s*[.,!]|$))(?!\w)"
)
# « militante du Bloc », « membre active du Bloc »: the article binds the name, so any name will do
# (the name's span may hold the « du »).
_OF_THE = re.compile(r"(?:du|de\s+la|de\s+l'|des)$")
# ... said right against the name ("I've known Legault forever" is no belonging).
_AGAINST = 4
_NAME_WINDOW = 60  # characters between a party's word and the party's name


def _near(match: re.Match[str], names: Sequence[Span]) -> bool:
    return any(s - _NAME_WINDOW <= match.start() and match.end() <= e + _NAME_WINDOW for s, e in names)


def _named_membership(folded: str, names: Sequence[Span], strong: Sequence[Span]) -> list[Span] | None:
    for start, end in sentences(folded):
        match = next((m for m in _NAMED_MEMBER.finditer(folded, start, end) if _near(m, names)), None) or next(
            (m for m in _NAMED_IDENTITY.finditer(folded, start, end)
             if any(0 <= s - m.end() <= _AGAINST or 0 <= m.start() - e <= _AGAINST for s, e in strong)
             or (_OF_THE.search(m.group(0)) is not None and any(-3 <= s - m.end() <= 1 for s, _ in names))),
            None,
        )
        if match is None or negated(folded, match.start(), window=16) or _NOT_A_PARTY.search(folded) is not None:
            continue
        if others_membership(folded, match.start(), start, end):
            continue
        mine = _MINE.search(folded, start, end) or _SUBJECTLESS.match(folded, start, end)
        if mine is None and match.start() - start <= 40 and _TOLD.search(folded, start, end) is None:
            mine = _DONE.search(folded, start, end)
        if mine is not None:
            return sorted({(mine.start(), mine.end()), (match.start(), match.end())})
    return None
_NOT_A_PARTY_LEADER = re.compile(
    r"(?<!\w)(?:union|syndicat|syndicale?|club|co-?op|cooperative|ordre|gym|church|eglise|league|ligue|scouts?|troop|troupe"
    r"|guides?|team|equipe|choir|chorale|class|classe|student|students|etudiant\w*|band|section\s+locale|local|restaurant"
    r"|kitchen|cuisine|concours|contest)(?!\w)"
)


def membership_needs() -> frozenset[str]:
    """Words any one of which may open `membership` with no party named."""
    return _MEMBERSHIP_NEEDS


def gift_to_party_keys() -> frozenset[str]:
    return _GIFT_KEYS


def gift_to_party_possible(words: frozenset[str]) -> bool:
    """Money given to an unnamed party: a money word beside "party" or « parti » ("don", "check"
    and "gave" alone are everyday words)."""
    return ("party" in words or "parti" in words) and not words.isdisjoint(_GIFT_KEYS)


def membership_possible(words: frozenset[str]) -> bool:
    """Can `membership` find anything in a post with these words, whatever it names? (Tested before
    the names are gathered: most posts hold none of the words.)"""
    if not words.isdisjoint(_MEMBERSHIP_NEEDS) or not words.isdisjoint(_NAMED_KEYS):
        return True
    return ("party" in words or "parti" in words) and not words.isdisjoint(_GIFT_KEYS)


def membership(folded: str, names: Sequence[Span] = (), strong: Sequence[Span] = ()) -> list[Span] | None:
    """The writer belongs to a party, pays its dues, sits on its riding association or votes in
    its leadership race, without naming which party; with `names` (where the post names a party;
    `strong`, the names that are surely a party's or a politician's), the
    party's own words count too: "annual dues paid to the Green Party", « mon numéro de membre du
    Bloc », "ballot for the Conservative leadership mailed"."""
    words = text_words(folded)
    gift = ("party" in words or "parti" in words) and not words.isdisjoint(_GIFT_KEYS)
    named = bool(names) and not words.isdisjoint(_NAMED_KEYS)
    if words.isdisjoint(_MEMBERSHIP_NEEDS) and not gift and not named:
        return None
    if named:
        found = _named_membership(folded, names, strong)
        if found is not None:
            return found
    gift = gift and _FESTIVITY.search(folded) is None
    soft = _PARTY_LIFE.search(folded) is not None
    # Whole-post tests, asked once rather than once per sentence.
    party_room = _PARTY_ROOM.search(folded) is not None and _NOT_A_PARTY.search(folded) is None
    gift = gift and _GIFT_MONEY.search(folded) is not None
    for start, end in sentences(folded):
        # A riding association's or a party's own room holds a fundraiser, never a charity's.
        rooms = list(_MEMBERSHIP.finditer(folded, start, end))
        matches: list[re.Match[str]] = []
        if soft:
            matches += _MEMBERSHIP_SOFT.finditer(folded, start, end)
        if party_room:
            matches += _MEMBER_WORD.finditer(folded, start, end)
        if gift:
            matches += _PARTY_GIFT.finditer(folded, start, end)
        # A question about joining or the cutoff is the writer's own: "when is the membership cutoff?"
        asks = "?" in folded[max(start, end - 3):end + 2]
        for match in [*rooms, *matches]:
            if negated(folded, match.start(), window=24) or (match not in rooms and charity(folded)):
                continue
            if others_membership(folded, match.start(), start, end):
                continue
            if match in rooms and _LEADER_WORD.search(match.group(0)) and _NOT_A_PARTY_LEADER.search(folded) is not None:
                continue  # a union's, a club's, a troop's or a team's new leader
            mine = _MINE.search(folded, start, end) or _SUBJECTLESS.match(folded, start, end)
            if mine is None and asks and match not in rooms:
                return [(match.start(), match.end())]
            if mine is None:
                continue
            return sorted({(mine.start(), mine.end()), (match.start(), match.end())})
    return None


# -------- Time or money given to an unnamed candidate ("gave to my MP's campaign")

# A candidate is in a campaign by definition; an MP or a mayor also runs programmes and offices
# ("volunteering with my mayor's reading program"), so for them the campaign must be said.
_CANDIDATE_HOLDER = r"(?:local\s+|new\s+)?(?:candidate|candidat|candidate)"
_OFFICE_HOLDER = (
    r"(?:local\s+|new\s+)?(?:mp|mpp|mla|mna|councillor|councilor|mayor|depute|deputee|conseiller|conseillere|maire|mairesse)"
)
_GIFT = re.compile(
    r"(?<!\w)(?:donated|donating|gave|give|giving|chipped\s+in|contributed|volunteered|volunteering|volunteer|helped"
    r"|helping|donne|benevole|benevolat|contribue|aide)\s+(?:[\w$']+\s+){0,4}?"
    rf"(?:(?:to|for|on|with)\s+(?:my|our)\s+{_CANDIDATE_HOLDER}(?:'s)?(?:\s+(?:campaign|re-?election|run))?"
    rf"|(?:to|for|on|with)\s+(?:my|our)\s+{_OFFICE_HOLDER}'s\s+(?:re-?election|campaign|run)"
    rf"|(?:to|for|on|with)\s+the\s+(?:re-?election\s+)?campaign\s+of\s+(?:my|our)\s+(?:{_OFFICE_HOLDER}|{_CANDIDATE_HOLDER})"
    rf"|(?:a|au|pour|dans)\s+(?:mon|ma|notre)\s+{_CANDIDATE_HOLDER}"
    rf"|(?:a|au|pour|dans)\s+la\s+(?:campagne|reelection)\s+(?:de\s+)?(?:mon|ma|notre)\s+(?:{_OFFICE_HOLDER}|{_CANDIDATE_HOLDER}))(?!\w)"
)
_GIFT_WORDS = frozenset({
    "donated", "donating", "gave", "give", "giving", "chipped", "contributed", "volunteered", "volunteering",
    "volunteer", "helped", "helping", "donne", "benevole", "benevolat", "contribue", "aide",
})


# Every gift reading names the one it goes to: a candidate, an MP, a mayor or a campaign.
_GIFT_TO = frozenset({
    "candidate", "candidat", "mp", "mpp", "mla", "mna", "councillor", "councilor", "mayor", "depute", "deputee",
    "conseiller", "conseillere", "maire", "mairesse", "campaign", "campagne", "reelection",
})


def gift_keys() -> frozenset[str]:
    return _GIFT_TO


def campaign_gift(folded: str) -> list[Span] | None:
    """Money or time the writer gave to their own candidate's or MP's campaign, unnamed."""
    words = text_words(folded)
    if words.isdisjoint(_GIFT_TO) or words.isdisjoint(_GIFT_WORDS) or charity(folded):
        return None
    match = _GIFT.search(folded)
    if match is None or negated(folded, match.start(), window=16):
        return None
    return [(match.start(), match.end())]
