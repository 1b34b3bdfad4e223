"""Calls for violence against a community's places or people, wishes of harm on a group, and
veiled threats (DIS004), in English and French.

The shapes, each one regular expression over the folded text:

    [someone / we / on / quelqu'un + should / devrait]  [arson or attack]  [a community's place]
    "someone should burn down that mosque", « quelqu'un devrait mettre le feu à la synagogue »
    [wish]  [a group]  [harm]        "hope the refugees all drown", « que les X crèvent »
    [group or they]  [deserve]  [a bullet / the rope]   « ils méritent une balle »
    [harm verb]  them all             "shoot them all", « faudrait tous les fusiller »
    veiled: "it would be a shame if something happened to ...", "... better watch their backs"

A place counts when it is a place of worship, or any place a group word qualifies ("that Sikh
centre", « le bar gai »); a printer, a competition or old papers are not. A group wish needs a
group of the lexicon, "those people" or a member named by who they are in the match.
"""

from __future__ import annotations

import re
from functools import cache

# Words without which none of these shapes can occur: the patterns run only when one is present.
HARM_TRIGGERS = frozenset({
    "burn", "burned", "burnt", "burns", "torch", "torched", "firebomb", "bomb", "bombed", "nuke", "blow",
    "blown", "fire", "flames", "ground", "shoot", "shot", "gas", "hang", "drown", "drowns", "drowned",
    "rot", "die", "dies", "bullet", "bullets", "rope", "noose", "shame", "backs", "pray", "worship",
    "mow", "plow", "kill", "killed", "perish", "raze", "lined", "extinct",
    "feu", "bruler", "brule", "brulait", "brulent", "incendier", "sauter", "exploser", "bombarder",
    "cramer", "flammes", "fumee", "balle", "balles", "corde", "noyer", "noient", "noyent", "crever",
    "crevent", "creve", "mourir", "meurent", "pourrir", "pourrissent", "fusiller", "aligner", "dommage",
    "arrieres", "foncer", "mitrailler", "raser", "gazer", "pendre", "tuer", "abattre", "buter",
    "flambe", "saute", "explose", "prient", "peloton",
})

# Places of worship count on their own; other places only when a group word qualifies them.
_WORSHIP = (
    r"mosques?|synagogues?|temples?|gurdwaras?|mandirs?|shuls?|churche?s?|chapels?|cathedrals?|pagodas?"
    r"|mosquees?|eglises?|chapelles?|cathedrales?|pagodes?"
)
_PLACE = (
    r"centres?|centers?|bars?|clubs?|shops?|stores?|restaurants?|schools?|shelters?|hotels?|camps?|parades?"
    r"|marche?s?|homes?|houses?|neighbou?rhoods?|reserves?|reservations?|community|festival|crowd"
    r"|ecoles?|refuges?|hotels?|defiles?|quartiers?|commerces?|magasins?|epiceries?|maisons?|foules?|festival"
)
_DET_EN = r"(?:that|the|this|those|these|their|a|every|any|all\s+the|all\s+those|your)"
_DET_FR = r"(?:ce|cet|cette|ces|la|le|les|leur|leurs|chaque|tous\s+les|toutes\s+les|leurs?|votre|vos|un|une)"
_WORDS = r"(?:[\w'-]+\s+){0,3}?"

_AGENT_EN = (
    r"(?:someone|somebody|anyone|anybody|some1|sum1|we|y'?all|you\s+guys|people|they|u|you)\s+"
    r"(?:should|needs?\s+to|oughta|ought\s+to|gotta|has\s+to|have\s+to|must|will|'ll|could|is\s+gonna|are\s+gonna)"
    r"|(?:i|we)(?:'d|\s+would|\s+wanna|\s+want\s+to)\s+(?:love\s+to|like\s+to)?|(?:let'?s|time\s+to|why\s+not)"
)
_ATTACK_EN = (
    r"burn(?:\s+down)?|torch|fire-?bomb|bomb|nuke|blow\s+up|set\s+fire\s+to|shoot\s+up|raze|burn\s+to\s+the\s+ground"
    r"|(?:drive|plow|plough|ram)\s+(?:a\s+(?:truck|car|van)\s+)?(?:into|through)|run\s+over|mow\s+down"
)
_AGENT_FR = (
    r"(?:quelqu'?un|qqn|qqun|quelqu'un\s+d'autre|on|nous|vous|y)\s+(?:devrait|devrais|devrions|devriez|doit|va|vas|peut|pourrait|ira)"
    r"|(?:il\s+)?(?:faut|faudrait)(?:\s+que\s+(?:quelqu'?un|qqn|on)\s+(?:aille\s+)?)?|j'?aimerais|je\s+voudrais|allons"
)
_ATTACK_FR = (
    r"(?:mettre|foutre|sacrer|crisser)\s+le\s+feu\s+(?:a|au|aux|dans)|bruler|incendier|cramer|faire\s+(?:sauter|exploser)"
    r"|bombarder|raser|mitrailler|tirer\s+(?:dans|sur)|foncer\s+(?:dans|sur)|rentrer\s+dans"
)
_WISH_EN = r"(?:i\s+)?(?:hope|wish|pray)\s+(?:that\s+)?|may\s+|(?:i'?d|i\s+would)\s+(?:love|like)\s+to\s+see\s+|(?:wouldn'?t|would\s+not|won'?t)\s+(?:cry|mind|care|be\s+sad)\s+(?:if|when)\s+"
_BURN_EN = r"burns?|burned|burnt|goes\s+up\s+in\s+(?:flames|smoke)|go\s+up\s+in\s+(?:flames|smoke)|went\s+up\s+in\s+flames|got\s+(?:bombed|torched|burned|burnt|shot\s+up)|gets?\s+(?:bombed|torched|burned|shot\s+up)|(?:was|were)\s+(?:bombed|torched|burned)|blows?\s+up|blew\s+up|burned\s+to\s+the\s+ground"
_WISH_FR = (
    r"j'?espere\s+que\s+|jespere\s+que\s+|(?:je\s+)?(?:souhaite|prie\s+pour)\s+que\s+|j'?aimerais\s+(?:bien\s+)?voir\s+"
    r"|je\s+voudrais\s+voir\s+|(?:je\s+)?(?:serais|serai)\s+(?:pas\s+)?(?:triste|desole)e?\s+(?:si|quand)\s+|ca\s+me\s+derangerait\s+pas\s+(?:si|que)\s+"
)
_BURN_FR = r"brule|brulait|brulerait|brulent|bruler|flambe|flambait|saute|sautait|explose|explosait|parte?\s+en\s+(?:fumee|flammes)|partir\s+en\s+(?:fumee|flammes)|partait\s+en\s+(?:fumee|flammes)|part\s+en\s+(?:fumee|flammes)"

# Harm wished on people: "drown", "rot in hell", « crèvent », « se noient ».
_SUFFER_EN = (
    r"drown|drowns|die|dies|rot|rots|perish|burn|burns|choke|get\s+(?:shot|killed|gassed|hanged|lynched|what'?s\s+coming)"
    r"|gets\s+(?:shot|killed|gassed|hanged|lynched|what'?s\s+coming)|(?:are|were|get|got)\s+(?:wiped\s+out|killed|shot)|go\s+extinct"
)
_SUFFER_FR = r"crevent|creve|crever|meurent|meure|mourir|se\s+noient|se\s+noyent|se\s+noie|se\s+noyer|pourrissent|pourrir|brulent|bruler|soient\s+(?:tues|abattus|extermines|gazes|pendus|noyes)"

_FR_EVERY = r"(?:tous|toutes|chacun|chacune|un\s+par\s+un|jusqu'au\s+dernier)"


@cache
def place_pattern() -> re.Pattern[str]:
    """Calls and wishes to burn or attack a community's place; the place is group 'place'."""
    parts = [
        rf"(?:{_AGENT_EN})\s+(?:just\s+|go\s+(?:and\s+)?|finally\s+|all\s+)?(?:{_ATTACK_EN})\s+(?:down\s+)?{_DET_EN}\s+(?P<p1>{_WORDS}(?:{_WORSHIP}|{_PLACE}))\b",
        rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:{_ATTACK_EN})\s+(?:down\s+)?{_DET_EN}\s+(?P<p2>{_WORDS}(?:{_WORSHIP}|{_PLACE}))\b",
        rf"(?:{_WISH_EN})(?P<p3>{_DET_EN}\s+{_WORDS}(?:{_WORSHIP}|{_PLACE}))\s+(?:\w+\s+)?(?:{_BURN_EN})\b",
        rf"(?:{_AGENT_FR})\s+(?:aller\s+|juste\s+|enfin\s+)?(?:{_ATTACK_FR})\s*(?P<p4>{_DET_FR}?\s*{_WORDS}(?:{_WORSHIP}|{_PLACE}))\b",
        rf"(?:{_WISH_FR})(?P<p5>{_DET_FR}\s+{_WORDS}(?:{_WORSHIP}|{_PLACE}))\s+(?:\w+\s+)?(?:{_BURN_FR})\b",
        # "a bomb on their mosque", « une bombe sur leur mosquée »
        rf"(?:a|one|une|un|la|le)\s+(?:bomb|bombe|grenade|molotov|cocktail\s+molotov)\s+(?:on|in|into|through|sur|dans)\s+(?P<p6>(?:{_DET_EN}|{_DET_FR})\s+{_WORDS}(?:{_WORSHIP}|{_PLACE}))\b",
    ]
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in parts) + ")")


def worship(place: str) -> bool:
    return re.search(rf"\b(?:{_WORSHIP})$", place) is not None


@cache
def group_harm_pattern() -> re.Pattern[str]:
    """Harm wished on a group, or a bullet promised to it; the match must name a group."""
    g = r"(?:[\w'-]+\s+){0,4}?[\w'-]+"
    parts = [
        # "I hope every last one of those immigrants drowns", "may all X rot in hell"
        rf"(?:{_WISH_EN})(?:all\s+|every\s+last\s+one\s+of\s+|every\s+one\s+of\s+|the\s+|those\s+|these\s+)*{g}\s+(?:all\s+|would\s+|will\s+)?(?:{_SUFFER_EN})\b",
        # « j'espère que tous ces migrants vont se noyer », « que les X crèvent tous »
        rf"(?:j'?espere|jespere|je\s+souhaite|souhaitons|esperons)\s+que\s+(?:tous\s+|toutes\s+)?{g}\s+(?:vont\s+|vont\s+tous\s+|aillent\s+)?(?:{_SUFFER_FR})\b",
        rf"(?:^|(?<=[.!?,]\s)|(?<=\n))que\s+(?:tous\s+|toutes\s+)?(?:les|ces|tous\s+ces)\s+{g}\s+(?:{_SUFFER_FR})\b",
        # "X deserve a bullet", « les X méritent la corde »
        rf"{g}\s+(?:all\s+)?(?:deserves?|need|needs|should\s+get|should\s+be\s+given)\s+(?:a\s+bullet|bullets|the\s+rope|the\s+noose|a\s+rope|the\s+chair|the\s+gas\s+chamber|the\s+wall|to\s+be\s+put\s+down)",
        rf"{g}\s+(?:meritent|merite|meriteraient|meriterait)\s+(?:tous\s+|toutes\s+)?(?:une\s+balle|des\s+balles|la\s+corde|le\s+peloton|la\s+chambre\s+a\s+gaz|d'?etre\s+abattus)",
        # "I wish death on every Muslim", « je souhaite la mort à tous les X », "Jews to the ovens"
        r"(?:wish|wishing|wished)\s+death\s+(?:on|to|upon)\s+[\w'-]+(?:\s+[\w'-]+){0,3}",
        r"souhait\w*\s+la\s+mort\s+(?:a|aux)\s+[\w'-]+(?:\s+[\w'-]+){0,3}",
        r"(?:^|(?<=[.!?,;:]\s)|(?<=\n)|(?<=#))(?:all\s+|the\s+|les\s+|tous\s+les\s+)?[\w'-]+\s+(?:to\s+the\s+ovens?|au\s+four|aux\s+fours|a\s+la\s+chambre\s+a\s+gaz)\b",
        # "they should all be put against a wall", "line them up against the wall"
        rf"{g}\s+should\s+(?:all\s+)?be\s+(?:put|stood|lined\s+up)\s+against\s+(?:a|the)\s+wall",
    ]
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in parts) + ")")


@cache
def pronoun_harm_pattern(strong: bool) -> re.Pattern[str]:
    """Violence called down on "them", "all of them", « les »: with `strong` verbs a threat
    whoever they are; the others ("kill them all", « les noyer ») count only in a post that
    names a group, since weeds, bugs and old letters get killed, drowned and burned too."""
    if strong:
        kill_en = r"shoot|gas|lynch|exterminate|execute|behead|slaughter|butcher"
        kill_fr = r"fusiller|gazer|exterminer|egorger|mitrailler|massacrer"
    else:
        kill_en = r"kill|nuke|drown|burn|hang|bomb|torch"
        kill_fr = r"pendre|tuer|buter|noyer|bruler|abattre"
    parts = [
        rf"(?:^|(?<=[.!?,;:]\s)|(?<=\n)|just\s+|should\s+|gotta\s+|let'?s\s+|we\s+(?:should|need\s+to|must)\s+)(?:{kill_en})\s+(?:em|them)\s+all\b",
        rf"(?:{kill_en})\s+(?:every|each)\s+(?:last\s+|single\s+)?one\s+of\s+(?:em|them)\b",
        rf"(?:faut|faudrait|on\s+devrait|devrait|devrions|on\s+va|allons|on\s+doit)\s+(?:juste\s+|simplement\s+)?(?:{_FR_EVERY}\s+)?les\s+(?:{_FR_EVERY}\s+)?(?:aligner\s+(?:et\s+les\s+|pis\s+les\s+)?)?(?:{kill_fr})\b",
    ]
    if strong:
        parts += [
            r"(?:put|pop|stick)\s+a\s+bullet\s+in\s+(?:every|each|all)\s+(?:single\s+|last\s+)?(?:one\s+of\s+(?:em|them)|of\s+(?:em|them))",
            r"line\s+(?:em|them)\s+(?:all\s+)?up\s+(?:against\s+(?:a|the)\s+wall|and\s+shoot)",
            r"une\s+balle\s+dans\s+(?:la\s+tete\s+(?:de|a)\s+)?(?:chacun|chacune|tous|toutes)\b",
            # "hunt them down one by one", « les traquer un par un », "throw them in the sea", « jetez-les à la mer »
            r"(?:hunt|track)\s+(?:them|em|you)\s+(?:all\s+)?down\s+(?:one\s+by\s+one|to\s+the\s+last)",
            r"les\s+(?:traquer|pourchasser|chasser)\s+(?:un\s+par\s+un|une\s+par\s+une|jusqu'?au\s+dernier)",
            r"(?:throw|toss|dump)\s+(?:them|em)\s+(?:all\s+)?(?:in|into)\s+the\s+(?:sea|ocean|river)|let\s+(?:them|em)\s+(?:all\s+)?drown",
            r"jete[zr]?[\s-]+les\s+(?:tous\s+)?(?:a|dans)\s+la\s+(?:mer|riviere|flotte)|laisse[zr]?[\s-]+les\s+(?:tous\s+)?(?:se\s+noyer|crever|mourir)",
            rf"qu'?ils\s+(?:crevent|meurent|pourrissent|brulent|se\s+noient)\s+(?:{_FR_EVERY}|en\s+enfer)",
            r"(?:they|them|those\s+people|ces\s+gens(?:[\s-]+la)?|ils|eux)\s+(?:all\s+|tous\s+|toutes\s+)?(?:deserve|need|deserves|meritent|meriteraient)\s+(?:all\s+|tous\s+|toutes\s+)?(?:a\s+bullet|bullets|the\s+rope|the\s+noose|une\s+balle|des\s+balles|la\s+corde)",
        ]
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in parts) + ")")


@cache
def veiled_pattern() -> re.Pattern[str]:
    """Veiled threats: "would be a shame if something happened to your ...", "... better watch
    their backs", « ça serait dommage qu'il arrive quelque chose à ... »."""
    parts = [
        r"(?:would|'d)\s+be\s+a\s+(?:real\s+)?shame\s+if\s+(?:something|anything|somethin)\s+(?:happened|were\s+to\s+happen|was\s+to\s+happen)\s+to",
        r"(?:better|'d\s+better|had\s+better)\s+watch\s+(?:their|your|ur|his|her)\s+backs?\b",
        r"(?:we|i)\s+know\s+where\s+(?:they|you|u)\s+(?:live|pray|worship|sleep|go\s+to\s+school)",
        r"(?:serait|ce\s+serait|ca\s+serait|c'?serait)\s+(?:vraiment\s+)?dommage\s+qu'?(?:il|y)\s+(?:arrive|se\s+passe|arriverait)\s+quelque\s+chose",
        r"(?:ferai(?:en)?t|feraient|faites|fais)\s+mieux\s+de\s+surveiller\s+(?:leurs|vos|tes|ses)\s+arrieres"
        r"|(?:doivent|devraient|ont\s+besoin\s+de)\s+surveiller\s+(?:leurs|leur)\s+arrieres",
        r"on\s+sait\s+ou\s+(?:ils|elles|vous|tu)\s+(?:habitent|habitez|habites|vivent|prient|dorment|restent|demeurent)",
        # "we'll find every one of you", « on va tous vous retrouver un par un » (not "we'll find you a seat",
        # « on va vous retrouver au parc »)
        r"(?:we|i)(?:'ll|\s+will|\s+are\s+gonna|'re\s+gonna)\s+(?:find|hunt\s+down|get)\s+(?:every\s+(?:last\s+)?(?:one|single\s+one)\s+of\s+(?:you|y'?all)\b|(?:you|y'?all)\s+(?:one\s+by\s+one|all\s+one\s+by\s+one)\b)",
        r"on\s+va\s+(?:tous\s+)?vous\s+(?:tous\s+)?(?:retrouver|trouver|pogner)\s+(?:tous\s+)?(?:un\s+par\s+un|une\s+par\s+une|un\s+a\s+un|jusqu'?au\s+dernier)\b"
        r"|on\s+va\s+(?:tous\s+)?vous\s+(?:tous\s+)?(?:retrouver|trouver)(?=\s*(?:[,.!]|$))",
    ]
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in parts) + ")")


# -- calls, wishes and intents of violence, read word by word ---------------------------------
#
#   [frame: should, hope, let's, time to, I'll, « faut », « j'espère », « on va », an imperative]
#   then, within a few words, [violence: shoot, hang, drown, « pendre », « tabasser »,
#   "teach ... a lesson", "wipe off the map", "get what's coming"], with a group, "them" after
#   a named group, or a community's place in the same sentence (checked by the caller).

VIOLENCE = frozenset({
    "kill", "shoot", "hang", "lynch", "lynching", "gas", "burn", "drown", "stab", "bomb", "nuke",
    "torch", "hunt", "slaughter", "butcher", "exterminate", "execute", "behead", "string",
    "wipe", "wiped", "run", "runs", "mow", "trigger", "lesson", "coming", "throw", "torture", "rape",
    "killed", "shot", "hanged", "lynched", "gassed", "burned", "burnt", "drowned", "stabbed",
    "beaten", "bombed", "nuked", "slaughtered", "exterminated", "executed",
    "beheaded", "strung", "tortured", "raped", "gun", "rifle", "cancer",
    "tuer", "tuez", "buter", "butez", "fusiller", "fusillez", "pendre", "pendez", "lyncher", "lynchez",
    "lynchages", "gazer", "gazez", "bruler", "brulez", "noyer", "noyez", "noient", "poignarder",
    "battus", "tabasser", "tabassez", "bombarder", "traquer", "traquez", "massacrer",
    "massacrez", "exterminer", "exterminez", "abattre", "abattez",
    "egorger", "tirer", "lecon", "rayer", "jeter", "jetez", "jetez-les", "foncer", "fusil", "gachette", "meritent",
    "tues", "pendus", "fusilles", "gazes", "brules", "noyes", "abattus", "extermines",
    "massacres", "lynches", "tabasses", "violer", "torturer", "camps", "put",
})
# Words that are violence only with what follows them ("run over", not "run for office";
# "hang them", not "hang out"; « tirer sur », not « tirer au sort »), or that are something else
# before certain words ("kill it on stage", « tuer le temps », "gas up").
_NEEDS_AFTER = {
    "run": r"(?:\w+\s+){0,2}over\b", "runs": r"(?:\w+\s+){0,2}over\b", "mow": r"(?:\w+\s+){0,2}down\b",
    "string": r"(?:\w+\s+){0,2}up\b", "strung": r"(?:\w+\s+){0,2}up\b",
    "wipe": r"(?:\w+\s+){0,3}(?:out|off)\b", "wiped": r"(?:\w+\s+){0,3}(?:out|off)\b",
    "trigger": r"", "lesson": r"", "coming": r"", "hunt": r"(?:\w+\s+){0,3}down\b",
    "throw": r"(?:\w+\s+){0,4}(?:sea|ocean|river|lake|fire|ovens?|volcano)\b",
    "jeter": r"(?:\w+\s+){0,4}(?:mer|fleuve|riviere|lac|feu|four)\b", "jetez": r"(?:[\w-]+\s+){0,4}(?:mer|fleuve|riviere|lac|feu|four)\b",
    "jetez-les": r"(?:\w+\s+){0,4}(?:mer|fleuve|riviere|lac|feu|four)\b",
    "tirer": r"(?:sur|dans|dessus)\b", "put": r"(?:\w+\s+){0,2}down\s+like\b", "camps": r"", "foncer": r"(?:dedans|dans|sur)\b", "rayer": r"(?:\w+\s+){0,6}carte\b",
    "gun": r"", "rifle": r"", "fusil": r"", "gachette": r"", "cancer": r"", "meritent": r"",
}
_NOT_AFTER = re.compile(
    r"(?:it|me|myself|time|the\s+vibe|the\s+mood|the\s+game|out|on|with|up|station|prices?|le\s+temps|la\s+cremaillere"
    r"|calories|sage|the\s+midnight\s+oil|bridges)\b"
)
# What the words around must hold for the frame-free or special triggers.
_SPECIAL = {
    "trigger": re.compile(r"\bpull(?:ing|ed)?\s+the\s+trigger\b"),
    "lesson": re.compile(r"\bteach\w*\s+(?:\w+\s+){1,4}(?:a|the)\s+(?:\w+\s+)?lesson\b"),
    "lecon": re.compile(r"\b(?:donner|donne|donnez|apprendre)\s+(?:\w+\s+){0,3}(?:une\s+)?(?:bonne\s+|petite\s+)?lecon\b"),
    "coming": re.compile(r"\bwhat'?s\s+coming\s+to\s+them\b|\bwhat\s+is\s+coming\s+to\s+them\b"),
    "meritent": re.compile(r"\b(?:avoir|auront|aura)\s+ce\s+qu'?(?:ils|elles)\s+meritent\b"),
    "gun": re.compile(r"\b(?:getting|get|grab|grabbing|load|loading|bring|bringing)\s+(?:my|the|our)\s+gun\b"),
    "rifle": re.compile(r"\b(?:getting|get|grab|grabbing|load|loading|bring|bringing)\s+(?:my|the|our)\s+rifle\b"),
    "fusil": re.compile(r"\b(?:sors|sortir|prends|prendre|charge|charger)\s+(?:mon|le|notre)\s+fusil\b"),
    "gachette": re.compile(r"\bappuie\w*\s+sur\s+la\s+gachette\b"),
    "camps": re.compile(
        # "were put in camps in 1942" is a history lesson, not a call: the passive past is left out
        r"\b(?<!were\s)(?<!was\s)(?<!been\s)(?<!being\s)(?<!got\s)(?:put|send|lock|round)\w*\s+(?:[\w'-]+\s+){0,4}(?:in|into|to)\s+(?:concentration\s+|internment\s+|death\s+|labou?r\s+)?camps\b"
        r"|\b(?:mettre|mettez|envoyer|envoyez|enfermer|enfermez)\s+(?:[\w'-]+\s+){0,4}dans\s+des\s+camps\b"
    ),
    "cancer": re.compile(r"\b(?:hope|wish|pray|espere|souhaite)\b[^.!?]{0,40}\b(?:get|gets|catch|attrapent|attrape|chopent|aient)\b[^.!?]{0,15}\bcancer\b"),
}
# Words that make the violence something wished, called for or intended.
_FRAME_WORDS = frozenset({
    "should", "shall", "must", "need", "needs", "ought", "oughta", "gotta", "let", "lets", "time", "bring",
    "hope", "hoping", "wish", "pray", "want", "wanna", "love", "ll", "will", "gonna", "going", "wait",
    "happily", "gladly", "someone", "somebody", "getting", "grab", "grabbing",
    "devrait", "devraient", "doit", "doivent", "faut", "faudrait", "temps", "ramenez", "espere", "jespere",
    "esperons", "souhaite", "veux", "veut", "voudrais", "aimerais", "vais", "va", "vont", "allons",
    "sors", "prends", "appuierais", "plaisir", "quelqu", "deserve", "deserves", "meritent", "merite",
    "meriteraient", "dream", "dreaming", "reve", "revons", "would", "seraient", "serait",
})
# "would" and « seraient » make a wish only in "if it were up to me ...", « si ça tenait qu'à moi ».
_CONDITIONAL_FRAMES = frozenset({"would", "seraient", "serait"})
_UP_TO_ME = re.compile(
    r"\b(?:if\s+it\s+were\s+up\s+to\s+me|if\s+i\s+had\s+my\s+way|if\s+i\s+were\s+in\s+charge"
    r"|si\s+ca\s+tenait\s+(?:qu'?a|juste\s+a)\s+moi|si\s+c'?etait\s+(?:juste\s+)?(?:de|a)\s+moi|si\s+j'?etais\s+au\s+pouvoir)\b"
)
_REFUSING = frozenset({"not", "never", "no", "nobody", "noone", "t", "pas", "jamais", "personne", "aucun", "don", "dont", "won", "wont", "shouldn"})
_OTHERS_INTENT = re.compile(r"\b(?:who|that)\s+(?:want|wants|wanted|tried|try|plan|planned)\s+to\b|\bqui\s+(?:veulent|veut|voulaient|voulait|ont\s+voulu)\b")

# Pest control keeps the slogan's words: "the only good bug is a dead bug", « le seul bon maringouin ... ».
_PESTS = (
    r"(?:bugs?|flies|fly|mosquito\w*|wasps?|hornets?|rats?|mice|mouse|roach\w*|cockroach\w*|spiders?|weeds?|ticks?|termites?|slugs?|pests?"
    r"|fleas?|lice|bedbugs?|ants?|moths?|mouches?|moustiques?|maringouins?|guepes?|souris|coquerelles?|cafards?|araignees?|punaises?|tiques?"
    r"|mauvaises\s+herbes|pucerons?|fourmis|limaces?|mites?|puces?|poux)\b"
)
# Shapes that need no frame: the slogans of murder.
_SLOGANS = re.compile(
    r"\bthe\s+only\s+good\s+(?!" + _PESTS + r")[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|are)\s+(?:a\s+)?dead\b"
    r"|\ble\s+seul\s+bon\s+(?!" + _PESTS + r")[\w'-]+(?:\s+[\w'-]+)?\s+(?:est|c'est)\s+(?:un\s+|une\s+)?(?:[\w'-]+\s+)?morte?\b"
    # « mort de fatigue », « morte de rire »: worn out or laughing, not dead
    r"(?!\s+(?:de|d')\s*(?:fatigue|rire|faim|froid|peur|honte|ennui|soif|stress|epuisement|sommeil)\b)"
    r"|\b(?:gas\s+chambers?|the\s+ovens?)\s+(?:were|was|are|is|would\s+be)\s+too\s+good\s+for\b"
    r"|\bchambres?\s+a\s+gaz\s+(?:etaient|etait|sont|est|serai(?:en)?t)\s+trop\s+(?:bien|bonnes?|douces?)\s+pour\b"
    r"|\bfinish\s+what\s+hitler\s+started\b|\bfinir\s+le\s+travail\s+d'?hitler\b|\bhitler\s+(?:was|had\s+it)\s+right\b|\bhitler\s+avait\s+raison\b"
    r"|\b(?:a\s+few|some|a\s+couple)\s+(?:of\s+)?bullets\s+would\b|\b(?:quelques|deux\s+trois)\s+balles\s+(?:regleraient|regleront|suffiraient)\b"
    r"|\bblood\s+in\s+the\s+streets\b(?!\s*\?)|\bdu\s+sang\s+dans\s+les\s+rues\b(?!\s*\?)"
)


def framed_violence(words: list[str], sentence_of: list[int], folded: str, starts: list[int]) -> list[tuple[int, int, int]]:
    """Sentences (first word, last word, the violent word) where a frame leads to violence within five words (or a shape of
    `_SPECIAL` holds the intent itself), with no refusal just before the frame."""
    found: list[tuple[int, int, int]] = []
    n = len(words)
    for i, word in enumerate(words):
        if word not in VIOLENCE:
            continue
        after = " ".join(words[i + 1:i + 7])
        if word in _NEEDS_AFTER:
            if _NEEDS_AFTER[word] and not re.match(_NEEDS_AFTER[word], after):
                continue
        elif _NOT_AFTER.match(after):
            continue
        sentence = sentence_of[i]
        first = i
        while first > 0 and sentence_of[first - 1] == sentence:
            first -= 1
        last = i
        while last + 1 < n and sentence_of[last + 1] == sentence:
            last += 1
        special = _SPECIAL.get(word)
        if special is not None:
            span = folded[starts[first]:starts[last] + len(words[last]) + 1]
            if special.search(span):
                found.append((first, last, i))
            continue
        if i > first and words[i - 1] in _NOUN_USE:
            continue  # "will reduce rape", « lutter contre les lynchages »: the word is a subject of talk
        frame = next(
            (
                j for j in range(i - 1, max(first - 1, i - 6), -1)
                if words[j] in _FRAME_WORDS and (words[j] != "let" or words[j + 1] in ("s", "us"))
                and (words[j] not in _CONDITIONAL_FRAMES or _UP_TO_ME.search(folded, starts[first], starts[last] + len(words[last])))
            ),
            None,
        )
        if frame is None and not (i == first and word in _IMPERATIVE):
            continue
        lo = i if frame is None else frame
        if any(words[k] in _REFUSING for k in range(max(first, lo - 3), i)):
            continue  # "nobody should ...", « ne méritent pas de se faire torturer »
        found.append((first, last, i))
    return found


_NOUN_USE = frozenset({
    "reduce", "reduces", "reducing", "prevent", "prevents", "preventing", "stop", "stops", "stopping", "end",
    "ending", "fight", "fighting", "against", "about", "culture", "combat", "combattre", "contre", "prevenir",
    "reduire", "lutter", "sur", "survived", "survivors", "victims", "threats", "threat", "menaces",
})


# A sentence that opens on one of these is a command: "hang them from the lampposts", « pendez-les ».
_IMPERATIVE = frozenset({
    "kill", "shoot", "hang", "lynch", "gas", "burn", "drown", "stab", "beat", "bomb", "nuke", "torch",
    "hunt", "slaughter", "exterminate", "execute", "behead", "string", "throw",
    "tuez", "butez", "fusillez", "pendez", "lynchez", "gazez", "brulez", "noyez", "tabassez", "traquez",
    "massacrez", "exterminez", "eliminez", "abattez", "jetez",
})


def others_intent(text: str) -> bool:
    return _OTHERS_INTENT.search(text) is not None


def slogan(text: str) -> re.Match[str] | None:
    return _SLOGANS.search(text)


# Every word that can start one of the shapes of this module (the analyzer reads a post for
# them only when one is present).
HARM_TRIGGERS = HARM_TRIGGERS | VIOLENCE | frozenset({
    "dead", "mort", "morte", "hitler", "chambers", "chambres", "ovens", "bullets", "balles", "streets", "rues",
    "bombe", "grenade", "molotov", "retrouver", "pogner",
})

# The words each shape needs (harm_against_a_group runs a shape only when one is in the post).
PLACE_ATTACK_WORDS = frozenset({
    "burn", "torch", "firebomb", "fire", "bomb", "nuke", "blow", "shoot", "raze", "drive", "plow", "plough",
    "ram", "run", "mow", "burns", "burned", "burnt", "flames", "smoke", "bombed", "torched", "blows", "blew",
    "feu", "bruler", "brule", "brulait", "brulerait", "brulent", "incendier", "cramer", "sauter", "exploser",
    "bombarder", "raser", "mitrailler", "tirer", "foncer", "rentrer", "flambe", "flambait", "saute",
    "sautait", "explose", "explosait", "fumee", "flammes", "bombe", "grenade", "molotov",
})
GROUP_HARM_WORDS = frozenset({
    # wishes, bullets and ropes, deaths wished, the ovens; common words ("should", « que ») are not
    # enough: a shape needs one of these
    "hope", "hoping", "wish", "wishing", "pray", "espere", "jespere", "souhaite", "souhaitons", "esperons",
    "bullet", "bullets", "rope", "noose", "wall", "balle", "balles", "corde", "peloton", "death", "ovens",
    "oven", "four", "fours", "crevent", "meurent", "noient", "noyent", "pourrissent", "brulent", "rot", "perish",
})
# The verbs and nouns of `pronoun_harm_pattern` (the pronouns themselves are in most posts).
PRONOUN_WORDS = frozenset({
    "shoot", "gas", "lynch", "exterminate", "execute", "behead", "slaughter", "butcher", "kill", "nuke",
    "drown", "burn", "hang", "bomb", "torch", "bullet", "line", "hunt", "track", "throw", "toss", "dump",
    "deserve", "deserves", "need", "fusiller", "gazer", "exterminer", "egorger", "mitrailler", "massacrer",
    "pendre", "tuer", "buter", "noyer", "bruler", "abattre", "balle", "traquer", "pourchasser", "chasser",
    "jetez", "jeter", "jeter-les", "jetez-les", "laissez", "laisser", "crevent", "meurent", "pourrissent",
    "brulent", "noient", "meritent", "meriteraient", "aligner",
})
VEILED_WORDS = frozenset({"shame", "backs", "back", "know", "dommage", "arrieres", "sait", "find", "hunt", "retrouver", "trouver", "pogner"})
SLOGAN_WORDS = frozenset({
    "ovens", "oven", "four", "fours",
    "dead", "mort", "morte", "chambers", "chamber", "chambres", "ovens", "hitler", "bullets", "balles", "streets", "rues",
})

# Everyday words that start a shape only beside a partner word ("getting my gun", "what's coming
# to them", "set fire to", "run over"); alone they would have every post about a gun show, a fire
# drill or a morning run read in full.
_WEAK_TRIGGERS: dict[str, frozenset[str]] = {
    "gun": frozenset({"getting", "grab", "grabbing", "load", "loading", "bring", "bringing", "get"}),
    "rifle": frozenset({"getting", "grab", "grabbing", "load", "loading", "bring", "bringing", "get"}),
    "coming": frozenset({"what", "whats"}), "fire": frozenset({"set", "on"}), "run": frozenset({"over"}),
    "runs": frozenset({"over"}), "shame": frozenset({"happened", "happen"}), "ground": frozenset({"burn", "burned", "burnt"}),
    "pray": frozenset({"know"}), "worship": frozenset({"know"}), "blow": frozenset({"up"}),
    "lesson": frozenset({"teach", "teaching", "taught"}), "hunt": frozenset({"down"}), "string": frozenset({"up"}),
    "throw": frozenset({"sea", "river", "ocean", "lake", "oven", "ovens", "volcano"}), "streets": frozenset({"blood"}),
    "rues": frozenset({"sang"}), "dommage": frozenset({"quelque"}), "mort": frozenset({"seul", "souhaite", "souhaiterais", "souhaitons", "souhaitez"}), "morte": frozenset({"seule"}),
    "back": frozenset({"watch"}), "find": frozenset({"you", "yall"}), "death": frozenset({"wish", "wishing", "wished"}),
    "four": frozenset({"juifs", "juif", "musulmans", "arabes", "noirs", "gais", "immigres", "migrants"}), "backs": frozenset({"watch"}), "may": frozenset({"rot", "burn", "die", "perish", "drown"}),
}
_WEAK_KEYS = frozenset(_WEAK_TRIGGERS)
HARM_TRIGGERS = HARM_TRIGGERS - _WEAK_KEYS


def worth_reading(words: frozenset[str] | set[str]) -> bool:
    """A shape of this module may be in a post with these words."""
    if not HARM_TRIGGERS.isdisjoint(words):
        return True
    return any(not _WEAK_TRIGGERS[w].isdisjoint(words) for w in _WEAK_KEYS.intersection(words))


# `worth_reading` is false for a post with none of these words: one set test for the callers
# that gate many checks at once.
CUE_WORDS = HARM_TRIGGERS | _WEAK_KEYS
# Every word `worth_reading` looks for: its answer for a post depends on these of its words only.
READ_WORDS = CUE_WORDS.union(*_WEAK_TRIGGERS.values())

# Outside the group words of the lexicon, what a post read for these shapes must name: a member
# named by who they are, a community's place, or "you" (veiled threats at a person).
TARGET_WORDS = frozenset({
    "woman", "women", "man", "men", "girl", "girls", "guy", "guys", "person", "people", "folks", "family", "families",
    "muslim", "jew", "jews", "immigrant", "migrant", "refugee", "foreigner", "foreigners", "arab", "black", "white",
    "brown", "gay", "gays", "lesbian", "trans", "queer", "disabled", "asian", "indigenous", "native", "chinese",
    "mexican", "african", "indian", "indians",
    "femme", "femmes", "gai", "gais", "gay", "juif", "juive", "juifs", "musulman", "musulmane", "musulmans", "noir",
    "noire", "noirs", "arabe", "arabes", "immigre", "immigres", "immigrant", "immigrants", "refugie", "refugies",
    "etranger", "etrangers", "autochtone", "autochtones", "handicape", "handicapes", "asiatique", "chinois", "gens",
    "mosque", "mosques", "synagogue", "synagogues", "temple", "temples", "gurdwara", "church", "churches", "pride",
    "mosquee", "mosquees", "eglise", "eglises", "fierte", "reserve", "reserves", "them", "em", "they", "eux", "les",
    "your", "you", "votre", "vos", "ta", "ton", "tes", "those", "these", "ces",
})
