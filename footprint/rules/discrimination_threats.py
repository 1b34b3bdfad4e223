"""Threats of violence against a person or a group (DIS004), as one regular expression."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from footprint.rules.discrimination_text import _Text

if TYPE_CHECKING:
    from footprint.rules.discrimination_text import _Match

_EN_SUBJECT = r"(?:i|we)(?:'ll|\s+will|'m\s+(?:going\s+to|gonna)|\s+am\s+(?:going\s+to|gonna)|m\s+gonna|\s+gonna|\s+wanna|\s+want\s+to|'re\s+(?:going\s+to|gonna))|imma|ima|i'?mma|i'?ma"
# "kill this boss fight", "murder that exam": things and games, not people.
_THINGS = r"(?:boss|game|level|exam|test|song|set|workout|presentation|interview|round|match|quest|run|raid|mission|stage|track|bug|task|shift|essay|paper|deadline|week|day)"
_EN_HARM = (
    rf"(?:kill|murder|shoot|stab|strangle|choke|slap|punch|hurt|rape|behead|burn|lynch|hang)\s+(?:you|u|ya|y'all|yall|him|her|them|your|ur|(?:this|that)\s+(?!{_THINGS}\b)\w+)"
    r"|beat\s+(?:you|u|ya|him|her|them)\s+(?:up|senseless|to\s+death)|beat\s+(?:your|ur|his|her|their)\s+(?:ass|face)"
    r"|(?:cut|slit)\s+(?:your|ur|his|her|their)\s+(?:head|throat|neck)|break\s+(?:your|ur|his|her)\s+(?:neck|legs?|face|jaw|arms?)"
    r"|fuck\s+(?:you|u|him|her|them)\s+up|smash\s+(?:your|ur|his|her)\s+(?:face|head)"
)
_FR_HARM = (
    r"(?:te|t'|vous|le|la|les|l')\s*(?:tuer|buter|crever|defoncer|egorger|massacrer|planter|frapper|violer|bruler|retrouver(?!\s+(?:au|a|aux|chez|devant|apres|demain|ce|dans|pour|vers|sur|en|tantot|ici|la)\b)"
    r"|cogner|trouer|saigner|eclater|fumer|fusiller|pendre|noyer|abattre|casser\s+la\s+gueule|peter\s+la\s+gueule|refaire\s+le\s+portrait)"
)


# Where a group-threat pattern expects a group, it takes any one to three words; a match counts
# only when those words hold a group of the lexicon, a member named by who they are or "those
# people" (checked by `group_threats`). One alternation of every group name, repeated in each
# pattern, made the expression several times slower.
_G = r"[\w'-]+(?:\s+[\w'-]+){0,2}"
_POINTED = r"(?:these|those|you|all|every|the)\s+(?:people|folks|ones)|ces\s+gens(?:[\s-]+la)?|ce\s+monde(?:[\s-]+la)?"
# One member named by who they are: "that gay person", "the next Muslim", « ce migrant ».
_MEMBER = (
    r"(?:black|white|brown|gay|lesbian|bi|bisexual|trans|transgender|disabled|jewish|muslim|asian|arab|indigenous"
    r"|native|queer|autistic|deaf|blind|chinese|mexican|african|immigrant|refugee|migrant)\s+(?:person|man|woman|guy|girl|kid)"
    r"|woman|muslim|jew|immigrant|migrant|refugee|foreigner|arab|faggot|fag|tranny|dyke|nigger|spic|kike|chink|retard"
    r"|gai|gay|juif|juive|musulman|musulmane|noir|noire|arabe|immigre|refugie|femme|trans"
    r"|handicape|autochtone|asiatique|chinois|rebeu|renoi|pd|pede|negre|bougnoule|etranger"
)
_NAMED = re.compile(rf"\b(?:{_POINTED}|{_MEMBER})\b")


@cache
def _threat_pattern() -> re.Pattern[str]:
    """Threats at a person ("I'll kill you", « je vais te tuer », "kys")."""
    people = r"(?:you|u|he|she|they|ya|y'all|yall|them)"
    die = (
        r"die|be\s+(?:killed|shot|hanged|hung|lynched|gassed|executed|burned|burnt|raped|beaten\s+to\s+death|put\s+down"
        r"|exterminated|eradicated|wiped\s+out|strung\s+up|burned\s+alive|burnt\s+alive|lined\s+up\s+and\s+shot)"
    )
    gens = r"(?:tu|vous|il|elle|ils|elles)"
    parts = [
        rf"(?:{_EN_SUBJECT})\s+(?:\w+\s+)?(?:{_EN_HARM})",
        rf"{people}\s+(?:should|must|need\s+to|needs\s+to|deserves?\s+to|ought\s+to|oughta)\s+(?:all\s+|just\s+|be\s+made\s+to\s+)?(?:{die})\b",
        r"(?:hope|wish|pray)\s+(?:that\s+)?(?:you|u|he|she|they|ya|your\s+\w+)\s+(?:\w+\s+)?(?:die|dies|get\s+(?:raped|killed|shot|cancer|aids)|gets\s+(?:raped|killed|shot|cancer|aids)|burn|burns|rot|rots|choke|chokes|drown|drowns)\b",
        r"(?:go\s+)?kill\s+(?:yo)?urself|\bkys\b|go\s+die\b|drop\s+dead|neck\s+yourself|hang\s+yourself|die\s+in\s+a\s+(?:fire|ditch|hole)",
        r"i\s+know\s+where\s+(?:you|u)\s+live|watch\s+your\s+back|(?:you|u)(?:'re|\s+are|\s+r)\s+(?:a\s+)?dead\s+(?:man|woman|meat)|your\s+days\s+are\s+numbered",
        rf"(?:je\s+vais|j'?vais|jvais|je\s+va|on\s+va|j'?te\s+jure\s+(?:je\s+vais|j'?vais))\s+(?:aller\s+)?{_FR_HARM}",
        rf"{gens}\s+(?:merites?|meritent|devrai(?:s|t|ent)|doi(?:s|t|vent))\s+(?:tous\s+|toutes\s+)?(?:de\s+)?(?:mourir|crever|etre\s+(?:tues?|pendus?|fusilles?|gazes?|brules?|abattus?|extermines?|violee?s?|elimines?))",
        r"(?:il\s+)?faut\s+(?:tous\s+)?(?:les|le|la|vous|te)\s+(?:tous\s+)?(?:tuer|buter|gazer|pendre|fusiller|exterminer|bruler|abattre|eliminer|noyer|massacrer|egorger)",
        r"va\s+(?:te\s+)?(?:crever|mourir)|j'?espere\s+que\s+tu\s+(?:vas\s+)?(?:crever|mourir|creves|meurs)|suicide[- ]toi|tue[- ]toi|pends[- ]toi|creve\s+(?:sale|connard|salope|pd|enfoire|charogne)",
        r"je\s+sais\s+ou\s+tu\s+(?:habites|vis|restes|demeures)|on\s+va\s+te\s+(?:retrouver|trouver)",
        r"(?:il\s+)?faudrait\s+(?:simplement\s+|tous\s+|juste\s+)*les\s+(?:tous\s+)?(?:eradiquer|exterminer|tuer|gazer|eliminer|abattre|bruler|pendre)",
        r"(?:je\s+vais|j'?vais|on\s+va)\s+(?:me\s+charger\s+de\s+)?les\s+faire\s+(?:souffrir|crever|payer\s+de\s+leur\s+vie)",
        # wishes of harm and baiting to suicide: "I hope you get hit by a bus", "go jump off a
        # bridge", « va te pendre », « je te souhaite de crever », « le monde serait mieux sans toi »
        r"(?:hope|wish|pray)\s+(?:that\s+)?(?:you|u|ya)\s+(?:\w+\s+)?(?:get|gets)\s+(?:hit|run\s+over)\s+by\s+a\s+(?:bus|car|truck|train)",
        r"(?:hope|wish)\s+(?:that\s+)?(?:you|u|ya)\s+(?:\w+\s+)?(?:catch|get|gets)\s+(?:cancer|aids|ebola|covid)",
        r"go\s+(?:jump|throw\s+yourself)\s+off\s+(?:a|the)\s+(?:bridge|cliff|building|roof)|go\s+play\s+in\s+(?:traffic|the\s+highway)|go\s+drink\s+bleach",
        r"(?:world|earth)\s+(?:would\s+be|is)\s+(?:a\s+)?better\s+(?:place\s+|off\s+)?without\s+(?:you|u)\b|(?:nobody|no\s+one)\s+(?:would|will)\s+miss\s+(?:you|u)\b",
        r"va\s+te\s+(?:pendre|tuer|suicider|noyer|jeter\s+(?:d'un|d'une|du|sous|par)|faire\s+ecraser)",
        r"(?:j'?espere|jespere|je\s+souhaite|j'?te\s+souhaite|je\s+te\s+souhaite)\s+(?:que\s+tu\s+|de\s+)(?:\w+\s+)?(?:crever|mourir|creves|meures|meurs|te\s+faire\s+(?:ecraser|violer|tuer|frapper)|attraper\s+le\s+cancer|choper\s+le\s+cancer|chopes\s+le\s+cancer|attrapes\s+le\s+cancer)",
        r"t'?as\s+qu'?a\s+te\s+(?:pendre|tuer|suicider|jeter)|(?:le\s+monde|la\s+terre)\s+serait\s+mieux\s+sans\s+toi|personne\s+(?:ne\s+)?(?:te\s+)?regrettera|va\s+jouer\s+dans\s+le\s+trafic|creve\s+(?:en\s+enfer|la\s+bouche\s+ouverte)",
    ]
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in parts) + ")")


@cache
def _group_threat_pattern() -> re.Pattern[str]:
    """Threats at a group or one of its members ("kill all X", « les X méritent de mourir »)."""
    g = _G
    die = (
        r"die|be\s+(?:killed|shot|hanged|hung|lynched|gassed|executed|burned|burnt|raped|beaten\s+to\s+death|put\s+down"
        r"|exterminated|eradicated|wiped\s+out|strung\s+up|burned\s+alive|burnt\s+alive|lined\s+up\s+and\s+shot)"
    )
    call = (
        r"(?:(?<=^)|(?<=[.!?]\s)|let'?s\s+|let\s+us\s+|we\s+(?:should|must|need\s+to|gotta|have\s+to|oughta)\s+"
        r"|(?:should|must|gotta|need\s+to|have\s+to)\s+(?:just\s+)?|time\s+to\s+|i\s+(?:want|wanna|would)\s+(?:to\s+)?|just\s+|go\s+)"
    )
    every = rf"(?:(?:all|every|each|any|the\s+next|that|those|these|all\s+the|all\s+of\s+the)\s+)?{g}"
    tous = rf"(?:tous\s+les|toutes\s+les|chaque|ce|cet|cette|ces|les|un|une|le\s+prochain|la\s+prochaine)\s+{g}"
    harm_en = r"kill|murder|shoot|stab|gas|hang|lynch|burn|exterminate|eradicate|execute|behead|slaughter|massacre|butcher|torture|wipe\s+out|get\s+rid\s+of"
    harm_fr = (
        r"tuer|assassiner|buter|abattre|exterminer|massacrer|egorger|fusiller|bruler|pendre|gazer|eradiquer"
        r"|eliminer|torturer|decapiter|lyncher|cramer|noyer|poignarder|violer|frapper|tabasser|faire\s+souffrir"
        r"|tirer\s+(?:une\s+balle\s+)?(?:sur|dans)"
    )
    suffer_en = r"suffer|die|burn|rot|be\s+(?:shot|killed|hanged|hung|gassed|burned|burnt|tortured|executed|exterminated|slaughtered)"
    suffer_fr = r"souffrir|mourir|crever|bruler|pourrir|(?:etre\s+)?(?:abattu|tue|pendu|gaze|brule|fusille|extermine|torture|massacre)e?s?"
    subject = r"(?:i|we)(?:\s+|(?=')|(?=m\s))(?:\w+\s+){0,3}?"
    parts = [
        # "I want to kill all X", "I'm going to shoot the next X I see", "we should wipe out X"
        rf"{subject}(?:want\s+to|wanna|will|'ll|am\s+going\s+to|'m\s+going\s+to|m\s+going\s+to|gonna|would\s+love\s+to|should|need\s+to|must|have\s+to)\s+(?:\w+\s+)?(?:{harm_en})\s+{every}\b",
        rf"{subject}(?:am|'m|m|are|'re)\s+(?:\w+\s+)?(?:going\s+to|gonna)\s+(?:{harm_en})\s+{every}\b",
        rf"end\s+(?:every|each|all)\s+{g}'?s?\s+lives?",
        # "X should all be killed", "X like you deserve to die", "I'd love to see X suffer"
        rf"(?:all\s+(?:the\s+|these\s+|those\s+)?|the\s+|these\s+|those\s+)?{g}\s+(?:like\s+you\s+|like\s+them\s+)?(?:should|must|need\s+to|needs\s+to|deserves?\s+to|ought\s+to|oughta)\s+(?:all\s+|just\s+|be\s+made\s+to\s+)?(?:{die}|{suffer_en})\b",
        rf"(?:see|watch|wish|hope|want)\s+(?:that\s+)?(?:all\s+)?(?:the\s+|these\s+|those\s+)?{g}\s+(?:would\s+|will\s+|to\s+|could\s+)?(?:all\s+)?(?:{suffer_en}|get\s+(?:shot|killed|gassed))\b",
        rf"{call}(?:kill|shoot|gas|hang|lynch|burn|exterminate|eradicate|execute|behead|wipe\s+out|nuke)\s+(?:all\s+|every\s+|the\s+|these\s+|those\s+|them\s+)*{g}\b",
        rf"death\s+to\s+(?:all\s+|the\s+)?{g}\b",
        # « je veux tuer tous les X », « je vais assassiner ce X », « les X méritent de mourir »
        rf"(?:je|j'|on|nous)\s*(?:\w+\s+){{0,2}}?(?:veux|vais|voudrais|va|allons|devrait|devrions|doit|devons|aimerais)\s+(?:\w+\s+)?(?:{harm_fr})\s+{tous}\b",
        rf"mettre\s+fin\s+a\s+la\s+vie\s+d[e']\s*(?:chaque|tous\s+les|toutes\s+les)\s+{g}",
        rf"(?:je|j'|on)\s*(?:\w+\s+){{0,3}}?(?:vais|va|veux|faut|falloir\s+que\s+je)\s+(?:\w+\s+)?(?:{harm_fr})\s+{tous}\b",
        rf"(?:les\s+|ces\s+|tous\s+les\s+)?{g}\s+(?:comme\s+(?:toi|vous|eux)\s+)?(?:merites?|meritent|doivent|devraient)\s+(?:tous\s+|toutes\s+)?(?:de\s+)?(?:{suffer_fr}|etre\s+(?:tues?|pendus?|fusilles?|gazes?|brules?|abattus?|extermines?|elimines?))\b",
        rf"(?:voir|voie|voient)\s+(?:tous\s+)?(?:ces|les|tous\s+les)\s+{g}\s+(?:{suffer_fr})\b",
        rf"que\s+(?:tous\s+|toutes\s+)?(?:les|ces)\s+{g}\s+(?:soient|crevent|meurent|brulent|souffrent)\b",
        rf"(?:mort|a\s+mort)\s+(?:aux|les)\s+{g}\b",
        # "we would be better off if those X were eradicated", « on serait mieux si les X étaient tous morts »
        rf"better\s+(?:off\s+)?(?:if|when)\s+(?:all\s+)?(?:the\s+|those\s+|these\s+)?{g}\s+(?:were|are|was|got)\s+(?:all\s+)?(?:eradicated|exterminated|killed|dead|wiped\s+out|shot|gassed)",
        rf"mieux\s+(?:si|quand)\s+(?:tous\s+|toutes\s+)?(?:les|ces)\s+{g}\s+(?:etaient|seraient|soient)\s+(?:tous\s+|toutes\s+)?(?:morts?e?s?|extermine|elimine|eradique|tue|abattu|gaze)e?s?",
        rf"(?:faut|devrait|devrions|doit|allons|va|vais|veux|voudrais)\s+(?:tous\s+)?(?:tuer|buter|gazer|pendre|fusiller|exterminer|bruler|massacrer|eliminer)\s+(?:tous\s+)?(?:les|ces)\s+{g}\b",
    ]
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in parts) + ")")


def names_a_group(t: _Text, start: int, end: int) -> bool:
    """The span holds a group of the lexicon, "those people", or a member named by who they are."""
    for kind in ("groups", "pointed_groups"):
        if any(start <= m.start and m.end <= end for m in t.by_kind.get(kind, ())):
            return True
    return _NAMED.search(t.folded, start, end) is not None


def mentions_a_group(t: _Text) -> bool:
    """Somewhere in the post: a group of the lexicon, "those people", or a member named by who they are."""
    if t.by_kind.get("groups") or t.by_kind.get("pointed_groups"):
        return True
    found = t.derived.get("names_a_member")
    if found is None:
        # Several rules ask; the search over the whole post runs once.
        found = t.derived["names_a_member"] = _NAMED.search(t.folded) is not None
    return bool(found)


# Groups and community words that make an ordinary place a community's place ("that Sikh
# centre", "the pride parade", « le bar gai », « le centre communautaire juif »).
_COMMUNITY = re.compile(
    r"\b(?:pride|lgbtq?\w*|queer|gay|gai|lesbian|trans|islamic|jewish|sikh|hindu|muslim|musulmane?s?|juive?s?"
    r"|black|asian|arab|chinese|indian|immigrants?|immigre(?:e|s|es)?|refugee|refugies?|migrants?|native|indigenous"
    r"|autochtones?|first\s+nations|premieres\s+nations|fierte|islamique|communautaire|community|ethnic|ethnique"
    r"|arabe|chinois|noirs?|africaine?s?|mexican|latino|somali|haitiens?|haitian|roma|rom)\b"
)


_WORSHIP_NEAR = re.compile(r"\b(?:mosques?|synagogues?|temples?|gurdwaras?|churche?s?|mosquees?|eglises?)\b")


def word_set(t: _Text) -> frozenset[str]:
    """The post's words as a set, built once for all the rules of the subject."""
    found = t.derived.get("word_set")
    if found is None:
        found = t.derived["word_set"] = frozenset(t.words)
    return found  # type: ignore[return-value]


def harm_against_a_group(t: _Text) -> tuple[int, int] | None:
    """Where the post calls for burning or attacking a community's place, wishes harm on a
    group, calls violence down on "them all", or veils a threat (see discrimination_harm).
    Each shape runs only when the words it needs are in the post."""
    from footprint.rules.discrimination_context import _countered
    from footprint.rules.discrimination_harm import (
        GROUP_HARM_WORDS,
        PLACE_ATTACK_WORDS,
        PRONOUN_WORDS,
        SLOGAN_WORDS,
        VEILED_WORDS,
        VIOLENCE,
        group_harm_pattern,
        place_pattern,
        pronoun_harm_pattern,
        slogan,
        veiled_pattern,
        worship,
    )

    text = t.folded
    words = word_set(t)
    candidates: list[tuple[int, int]] = []
    if not PLACE_ATTACK_WORDS.isdisjoint(words):
        for m in place_pattern().finditer(text):
            place = next(p for p in m.groups() if p is not None)
            start, end = m.span()
            around = text[start:end + 32]  # "the crowd at the mosque", « la foule à la mosquée »
            if worship(place.strip()) or _COMMUNITY.search(around) or _WORSHIP_NEAR.search(around) or names_a_group(t, start, end):
                candidates.append((start, end))
    group = mentions_a_group(t)
    if not GROUP_HARM_WORDS.isdisjoint(words) and (group or _COMMUNITY.search(text)):
        candidates += [m.span() for m in group_harm_pattern().finditer(text) if names_a_group(t, *m.span())]
    if not PRONOUN_WORDS.isdisjoint(words):
        candidates += [m.span() for m in pronoun_harm_pattern(True).finditer(text)]
        if group:
            candidates += [m.span() for m in pronoun_harm_pattern(False).finditer(text)]
    if not VEILED_WORDS.isdisjoint(words):
        for m in veiled_pattern().finditer(text):
            if "back" not in m.group(0) or group or "your" in m.group(0) or "vos" in m.group(0):
                candidates.append(m.span())
    if not VIOLENCE.isdisjoint(words):
        candidates += _framed(t)
    if not SLOGAN_WORDS.isdisjoint(words):
        slogan_match = slogan(text)
        if slogan_match is not None:
            candidates.append(slogan_match.span())
    for start, end in sorted(candidates):
        if _refused(text, start) or _reported(t, start, end, _countered):
            continue
        return start, end
    return None


# "Nobody should burn down a mosque", « personne ne devrait brûler une église »: refused.
_REFUSAL = re.compile(r"(?:\b(?:no\s*one|nobody|never|not|don'?t|dont|do\s+not|personne|jamais|pas|ne)\b|n't)\W*(?:\w+\W+){0,2}$")


def _refused(text: str, start: int) -> bool:
    return _REFUSAL.search(text, max(0, start - 28), start) is not None


def _reported(t: _Text, start: int, end: int, countered) -> bool:  # type: ignore[no-untyped-def]
    from footprint.rules.discrimination_text import _Match

    first = bisect_left(t.starts, start)
    return first < len(t.starts) and countered(t, _Match(frozenset(), first, first, start, end, ""))


def denials(t: _Text) -> list[_Match]:
    """Rights, work, housing, entry or service denied to a group (see discrimination_denial)."""
    from footprint.rules.discrimination_context import _countered
    from footprint.rules.discrimination_denial import (
        PATTERN_WORDS,
        cancelled,
        denial_pattern,
        denial_spans,
    )
    from footprint.rules.discrimination_text import _Match

    if not mentions_a_group(t):
        return []
    spans = [
        (m.start(), m.end(), m.group(0)) for m in denial_pattern().finditer(t.folded)
        if not cancelled(t.folded[m.start():_sentence_end(t.folded, m.end())])
    ] if not PATTERN_WORDS.isdisjoint(word_set(t)) else []
    spans += [(s, e, t.folded[s:e]) for s, e in denial_spans(t.words, t.sentence, t.folded, t.starts)]
    for start, end, text in spans:
        if not names_a_group(t, start, end):
            continue
        first = min(bisect_left(t.starts, start), len(t.starts) - 1)
        last = max(first, bisect_left(t.starts, end) - 1)
        # Said by others ("people who say that X should not vote"): the saying verb may sit inside
        # the span, before the group, so it is looked for back from the span's last word.
        if _countered(t, _Match(frozenset(), last, last, t.starts[last], end, ""), speech=True) or _reported(
            t, start, end, lambda t, m: _countered(t, m, speech=True)
        ):
            continue
        return [_Match(frozenset({"denial"}), first, last, start, end, text)]
    return []


# Fear, news and victims: "Muslims fear they will be shot", « des juifs menacés d'être tués ».
_VICTIMS = re.compile(
    r"\b(?:fear|fears|feared|afraid|scared|worried|worry|risk|threat|threats|threatened|victims?|survivors?|mourn|grieve"
    r"|attack\w*|police|arrested|charged|sentenced|suspect|trial|court|news|report\w*|photo\w*|wedding|camera|video"
    r"|craignent|craint|peur|menaces?|victimes?|risquent|deuil|suspect|proces|arrete|accuse|condamne|nouvelles|reportage)\b"
)
_THEM = frozenset({"them", "em", "they", "eux", "les", "leur", "leurs", "ils", "elles"})


def _framed(t: _Text) -> list[tuple[int, int]]:
    """Framed violence (discrimination_harm.framed_violence) in a sentence that names a group, a
    community's place, or "them" in a post that names a group; not in news, fear or mourning."""
    from footprint.rules.discrimination_harm import framed_violence, others_intent

    sentence_of = t.sentence
    spans: list[tuple[int, int]] = []
    group_in_post = None
    for first, last, word in framed_violence(t.words, sentence_of, t.folded, t.starts):
        if t.folded.count('"', 0, t.starts[word]) % 2 == 1:
            continue  # inside a quotation: someone else's words
        start, end = t.starts[first], t.ends[last]
        clause = t.folded[start:end]
        if _VICTIMS.search(clause) or others_intent(clause):
            continue
        if names_a_group(t, start, end) or _PLACE_NAMED.search(clause):
            spans.append((start, end))
            continue
        if _THEM.intersection(t.words[first:last + 1]):
            if group_in_post is None:
                group_in_post = mentions_a_group(t)
            if group_in_post:
                spans.append((start, end))
    return spans


_PLACE_NAMED = re.compile(r"\b(?:mosques?|synagogues?|gurdwaras?|mosquees?|pride|fierte|powwow|reserves?)\b")


def _sentence_end(text: str, i: int) -> int:
    found = [j for j in (text.find(c, i) for c in ".!?\n") if j >= 0]
    return min(found, default=len(text))
