"""Sexual harassment aimed at a person (DIS008), in English and French.

The shapes, each a regular expression over the folded text:

    demands       "send nudes", "show me your tits", "sit on my face", « envoie des nudes »,
                  « montre-moi tes seins », « viens me sucer »
    propositions  "I wanna fuck you", "I'd smash", "let me bend you over", « j'te baiserais bien »
    body remarks  "nice tits", "those thighs tho 🤤", "bet you're tight", « beau p'tit cul »,
                  « t'es bonne 🤤 » (only beside a sexual emoji or word: « t'es bonne en maths »,
                  « elle est bonne celle-là » are not remarks on a body)
    sexualised    "you just need a good dicking", "she slept her way to the top", « mal baisée »,
    insults       « elle a couché pour avoir sa job »

Not flagged, and why:
- talk between partners about themselves ("my wife and I ...", « mon chum pis moi ... »): a
  partner named in the post, or the poster's own body ("my ass looks great", « j'ai un beau cul »);
- health, sex education, news and counter-speech ("never send nudes to strangers", "teens
  pressured to send nudes", "saying 'nice tits' to a stranger is harassment"): the post names a
  report, a lesson or harassment itself, or a negation comes before the shape;
- lyrics and quotes: the shape sits inside quotation marks or beside a song marker;
- spam adverts ("hot singles near you want to fuck, click here"): a decision, not an oversight.
  They are aimed at no one in particular, are not the account holder's words about a person, and
  a platform, not a reviewer, removes them; a post holding a link, "click", "link in bio",
  "OnlyFans" or "singles near you" is left to the other rules.
Slurs such as "slut" or « salope » are DIS001's and plain insults DIS005's; this rule runs only when
they found nothing (it defers to its category), so a post is reported once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules.base import Rule, evidence, text_words
from footprint.rules.discrimination_threats import _HarassmentRule

_YOU = r"(?:you|u|ya|yu|her|them|that|dat|y'?all)"
_YOUR = r"(?:your|ur|yo|her|them|those|dem|dat|that)"
_PARTS = (
    r"(?:tits|titties|titty|boobs|boobies|tatas|rack(?!\s+of)|ass(?!-)|butt(?!-)|booty|cleavage|pussy|puss|nipples|jugs|melons|knockers"
    r"|thighs|cooch|coochie|vag|cunt|body)"
)
_ACT = r"(?:fuck|f\*ck|fck|fuk|bang|smash|rail|pound|ride|lick|suck|finger|nut\s+(?:in|on)|cum\s+(?:in|on)|grope|tap|hit|motorboat|spank|choke)"
# Acts that carry their object: "eat you out", "bend you over".
_ACT_WITH_OBJECT = r"(?:eat\s+(?:you|u|her)\s+out|bend\s+(?:you|u|her)\s+over|make\s+(?:you|u|her)\s+(?:cum|moan|scream\s+my\s+name))"
_PARTS_FR = (
    r"(?:seins|boules(?!\s+(?:de|a|au)\b)|fesses|cul(?!-)|chatte|foufoune|nichons|tetons|nibards|lolos|loches|corps|boobs|shape|craque|minou)"
)

_SHAPES = [
    # demands: "send nudes", "show me your tits", "sit on my face", "suck my dick"
    r"send\s+(?:me\s+|us\s+)?(?:some\s+|ur\s+|your\s+|more\s+|a\s+few\s+)?(?:nudes|nudez|noodz|nudies|naked\s+(?:pics|pictures|photos|selfies)|tit\s+pics|boob\s+pics|nsfw\s+pics|pics\s+of\s+(?:your|ur)\s+"
    + _PARTS + r")",
    r"(?:show|flash)\s+(?:me|us)\s+(?:your|ur|those|them|dem|da|the)\s+" + _PARTS,
    r"sit\s+on\s+my\s+(?:face|dick|cock|lap|d)\b|suck\s+my\s+(?:dick|cock|d|balls|nuts|toes)\b|(?:blow|give)\s+me\s+(?:a\s+blowjob|a\s+bj|head|a\s+handjob)\b"
    r"|(?:get|go)\s+on\s+(?:your|ur)\s+knees\s+(?:for\s+me|and\s+(?:suck|open))|open\s+(?:your|ur)\s+legs\s+for\s+me|bend\s+over\s+for\s+(?:me|daddy)",
    # propositions: "I wanna fuck you", "I'd smash", "let me hit that", "u dtf?"
    r"(?:i\s+(?:want|need|wanna|gotta)\s+(?:to\s+)?|i'?d\s+(?:love\s+to\s+|like\s+to\s+)?|i\s+would\s+(?:love\s+to\s+)?|let\s+me\s+|lemme\s+|i'?ll\s+|i'?m\s+(?:gonna|going\s+to)\s+|imma\s+|gonna\s+|can\s+i\s+|could\s+i\s+)"
    r"(?:\w+\s+)?(?:" + _ACT_WITH_OBJECT + "|" + _ACT + r"\s+" + _YOU
    + r"\b(?!\s+(?:up|out\s+of|at|in\s+(?:the|a)\s+(?:game|match|final)|button|back|song|link|like|with\s+(?:a|the)\s+(?:truth|facts))\b))",
    # "I want to see your tits", "ride my dick", "cum on your face", "how much for a night?"
    r"(?:want|wanna|need|love|like|dying)\s+to\s+see\s+(?:your|ur|her|those|them)\s+" + _PARTS
    + r"|(?:ride|choke\s+on|gag\s+on)\s+(?:my|this)\s+(?:dick|cock|d|face)\b"
    r"|(?:cum|nut|jizz|bust)\s+(?:on|in|all\s+over)\s+(?:your|ur|her|that)\s+(?:pretty\s+)?(?:face|tits|ass|mouth|pussy|body|titties)"
    r"|how\s+much\s+(?:for\s+(?:a|one|the)\s+(?:night|hour|bj|blowjob|round|quickie)|do\s+(?:you|u)\s+charge)(?=\s*(?:$|[^\w\s]|babe|baby|hun|sweetie))"
    r"|(?:mouth|lips)\s+(?:is|are|was|were)\s+made\s+for\s+(?:sucking|suck|blowjobs|dick|cock)",
    r"(?:je\s+veux|j'?veux|j'?aimerais|je\s+voudrais|j'?ai\s+hate\s+de)\s+voir\s+(?:tes|ta|ton)\s+" + _PARTS_FR
    + r"|(?:bouche|levres)\s+(?:est|sont)\s+faites?\s+pour\s+(?:sucer|les\s+pipes|ca)"
    r"|(?:c'?est|cest)\s+combien\s+(?:pour\s+)?(?:la|une|ta)\s+(?:nuit|heure|pipe|passe)(?=\s*(?:$|[^\w\s]|ma\s+belle|bebe|cherie))|tu\s+(?:fais|suces)\s+(?:des\s+pipes|pour\s+combien)"
    r"|(?:je|j')\s*(?:te|t')\s*(?:la\s+)?mettrais\s+bien|(?:t'as|t'?as|tu\s+as)\s+(?:un|des|de)\s+(?:beau|beaux|belles|gros|grosses|p'?tit|petit|ptit)\s+" + _PARTS_FR,
    r"(?:i'?d|i\s+would|id|would)\s+(?:def\s+|definitely\s+|totally\s+|so\s+)?(?:smash|tap\s+that|hit\s+that|bang\s+(?:her|that)|rail\s+(?:her|that)|fuck\s+(?:her|that))(?=\s*(?:$|[^\w\s]|tbh|ngl|no\s+cap|fr|lol))",
    r"(?:you|u|r\s+u|are\s+you|ur)\s+dtf\b|(?:see|get)\s+(?:you|u|her)\s+(?:naked|nude|topless|out\s+of\s+(?:those|that|your|ur)\s+(?:clothes|jeans|panties|dress))"
    r"|look\s+(?:way\s+|so\s+|much\s+|a\s+lot\s+|10x\s+)?better\s+(?:naked|nude|without\s+(?:any\s+)?(?:clothes|that\s+(?:dress|shirt|top)|your\s+(?:clothes|dress|shirt|top)))",
    # remarks on a body: "nice tits", "those thighs tho", "bet you're tight", "so fuckable"
    r"(?:nice|great|huge|big|fat|juicy|perfect|sexy|hot|fine|bouncy|perky|phat|thicc|thick)\s+(?:ass\s+|pair\s+of\s+)?(?:tits|titties|boobs|boobies|rack(?!\s+of)|ass(?!-)|booty|cleavage|pussy|jugs|melons|knockers|nipples)",
    r"(?:those|them|dem|her|your|ur)\s+(?:tits|titties|boobs|ass(?!-)|thighs|jugs|nipples|booty|lips)\s+(?:tho|though|doe|tho\b|omg|damn|got\s+me|make\s+me\s+(?:hard|horny|wanna))",
    r"bet\s+(?:you|u|she)(?:'re|\s+are|\s+r|\s+is|'s)?\s+(?:so\s+|real\s+)?(?:tight|wet|good\s+in\s+bed|a\s+freak\s+in\s+bed|easy|taste\s+good)|(?:(?:you|u|she)(?:'re|\s+are|\s+r|\s+is|'s)|ur|youre)\s+(?:so\s+|very\s+|mad\s+)?(?:fuckable|doable|bangable|smashable|rapeable)",
    r"(?:you|u)\s+make\s+me\s+(?:so\s+)?(?:hard|horny|wet)\b|got\s+me\s+(?:rock\s+)?hard\b",
    # sexualised insults: "you just need a good dicking", "she slept her way to the top"
    r"(?:you|u|she|her|ya)\s+(?:just\s+|really\s+|clearly\s+|obviously\s+)?(?:needs?|need\s+to\s+get|needs\s+to\s+get)\s+(?:a\s+(?:good\s+|real\s+|big\s+)?(?:dick|dicking|fuck|fucking|shag|pounding|cock|railing)|laid|dicked\s+down|fucked)\b",
    r"(?:sucked|slept|fucked|blew|screwed)\s+(?:her|his|their|your|ur)\s+way\s+(?:to|into|up)|(?:only|just)\s+good\s+for\s+(?:one\s+thing|sex|fucking|sucking|blowjobs|spreading)"
    r"|cum\s*(?:dumpster|dump|slut|rag|bucket)|fuck\s*(?:toy|hole|doll|meat)|cock\s*(?:sleeve|holster|sucker|socket)"
    r"|treat\s+(?:women|girls|her|you|u|them|hoes|bitches)\s+like\s+(?:a\s+)?(?:hole|holes|piece\s+of\s+meat|meat|sex\s+toy|cum\s*dump|fleshlight)",
    # French demands and propositions: « envoie des nudes », « montre-moi tes seins », « suce-moi »
    r"(?:envoie|envoye|envoi|envois|envoyez|send)[\s-]*(?:moi\s+|nous\s+|m'|-moi\s+)?(?:des\s+|tes\s+|une\s+|ta\s+|d'?autres\s+)?(?:nudes|nudez|nudies|photos?\s+(?:de\s+toi\s+)?(?:nue|toute\s+nue|tout\s+nu|sans\s+rien|de\s+tes\s+(?:seins|fesses|boules))|photos?\s+de\s+ton\s+cul|pics?\s+(?:de\s+toi\s+)?nue)",
    r"montre[\s-]*(?:moi|nous|-moi|-nous)\s+(?:tes|ta|ton|tes\s+belles|ton\s+beau|tes\s+gros|tes\s+petits)\s+" + _PARTS_FR,
    r"(?:assieds|assois|assis|viens\s+t'?asseoir|viens\s+t'?assir)[\s-]*(?:toi\s+)?sur\s+(?:ma\s+face|mon\s+visage|ma\s+bite|ma\s+queue|moi)\b"
    r"|suce[\s-]*(?:moi|ma\s+(?:bite|queue|graine|pine)|mes\s+(?:couilles|gosses))|(?:viens|vient|venez)\s+(?:me\s+)?(?:la\s+)?sucer|tu\s+suces\s*\?",
    r"(?:je\s+vais|j'?vais|m'?as|je\s+veux|j'?veux|j'?aimerais|je\s+voudrais|laisse[\s-]*moi|j'?ai\s+(?:tellement\s+|trop\s+|vraiment\s+|full\s+|grave\s+)?envie\s+de)\s+(?:te|t'|la|l')\s*"
    r"(?:baiser|sauter|niquer|fourrer|lecher|doigter|tripoter|peloter|prendre\s+(?:par\s+derriere|en\s+levrette)|defoncer\s+(?:la\s+chatte|le\s+cul)|faire\s+jouir)(?!\s+(?:au|a|aux|en|sur|avec)\b)",
    r"(?:je|j')\s*(?:te|t'|la|l')\s*(?:baiserais|sauterais|niquerais|fourrerais|lecherais|defoncerais|prendrais\s+(?:bien\s+)?(?:par\s+derriere|en\s+levrette))",
    # French remarks on a body: « beau p'tit cul », « belle paire de seins », « t'es bandante »
    r"(?:beau|belle|beaux|belles|gros|grosse|grosses|petit|p'?tit|ptit|joli|jolie|jolis|bon|bonne|quel|quelle)\s+(?:petit\s+|p'?tit\s+|gros\s+|paire\s+de\s+)?(?:cul(?!-)|fesses|seins|nichons|boules(?!\s+(?:de|a|au)\b)|lolos|tetons|nibards|chatte|foufoune)\b",
    r"(?:t'es|t'?es|tu\s+es|elle\s+est|est)\s+(?:tellement\s+|trop\s+|vraiment\s+|full\s+|ben\s+)?(?:bandante|baisable|fourrable|bonnasse|chaudasse|salope\s+comme\s+j'?aime)\b|tu\s+me\s+fais\s+(?:bander|mouiller)|(?:je|j')\s*bande\s+(?:sur|pour)\s+(?:toi|elle|ta|sa)",
    # French sexualised insults: « mal baisée », « elle a couché pour avoir sa job »
    r"mal\s+baisee?s?|(?:besoin|manque)\s+d'?une?\s+(?:bonne\s+)?(?:queue|bite|baise|pine)|(?:besoin|manque)\s+de\s+(?:se\s+faire|te\s+faire)\s+(?:baiser|fourrer|sauter)"
    r"|(?:couche|suce)\s+pour\s+(?:avoir|obtenir|monter|sa\s+job|son\s+poste|sa\s+place|sa\s+promo)|promotion[\s-]+canape|bonne\s+qu'?a\s+(?:sucer|baiser|ecarter|ca)\b"
    r"|vide[\s-]*couilles|sac\s+a\s+foutre|garage\s+a\s+bites?|trou\s+a\s+bites?",
    # "treat women like a hole": « traiter les femmes comme des trous », « je vais la traiter comme
    # un bout de viande » (the object pronoun before the verb in French). Like "treat", only the
    # poster's or the reader's own verb: « cette pub traite les femmes comme ... » reports it.
    r"(?:(?:trait(?:er|erai|erais|ez|ons)|(?:je\s+|j'?)traite)\s+(?:les|ces|des|tes|mes|ta|ma|cette)\s+(?:femmes?|filles?|meufs?|nanas?|gonzesses|salopes|putes|blonde|copine)"
    r"|(?:je\s+|j'?)?(?:la|les|te|t')\s*trait(?:er|erai|erais|ez|ons)|(?:je\s+|j'?)(?:la|les|te|t')\s*traite)\s+comme\s+(?:un|une|des|de\s+la|du|d')?\s*"
    r"(?:trous?\b|bouts?\s+de\s+viande|morceaux?\s+de\s+viande|viande|vide[\s-]*couilles|jouets?\s+sexuels?|poupees?\s+gonflables?)",
]
# Round 8, parity: "you'd look better naked" said the French way (« tu serais plus belle toute nue »,
# « t'serais ben plus hot sans ton linge »), and "show me what's under that skirt" in both languages.
_SHAPES += [
    r"(?:tu\s+serais|t'?serais|tu\s+serai|t'?serai)\s+(?:ben\s+|bien\s+|beaucoup\s+|tellement\s+|encore\s+)?plus\s+"
    r"(?:belle|beau|sexy|hot|cute|bonne)\s+(?:toute?\s+nue?s?\b|nue?\b|sans\s+(?:tes\s+|ton\s+|ta\s+|aucun\s+)?(?:linge|vetements|chandail|robe|brassiere|bikini))",
    r"(?:show|let)\s+(?:me|us)\s+(?:see\s+)?what'?s\s+(?:under|underneath|beneath)\s+(?:that|your|ur|her)\s+(?:skirt|dress|shirt|top|bra|panties)",
    r"(?:montre|montrez)[\s-]*(?:moi|nous)\s+ce\s+qu'?il\s+y\s+a\s+(?:sous|en\s+dessous\s+de)\s+(?:ta|ton|cette|ce|sa|son)\s+(?:jupe|robe|chandail|top|brassiere|bikini|culotte)",
]
# « t'es bonne » is a remark on a body only beside a sexual emoji or word.
_BONNE = re.compile(
    r"(?<![\w'])(?:t'es|t'?es|tu\s+es|elle\s+est|est\s+tu|es-tu)\s+(?:tellement\s+|trop\s+|vraiment\s+|full\s+|ben\s+|super\s+|grave\s+|sacrement\s+)?"
    r"(?:bonne|chaude|hot|sexy|cochonne)(?=\s*(?:$|[^\w\s]|toi|ma|bb|bebe|miam|wow)|\s+(?:a\s+baiser|a\s+croquer|a\s+sauter))"
)
_SEXUAL_CUE = re.compile(
    r"[\U0001F351\U0001F346\U0001F975\U0001F924\U0001F4A6\U0001F60F\U0001F445\U0001F444]"
    r"|\b(?:cul|seins|fesses|corps|baiser|baiserais|sexy|bandante|miam|bite|queue|lit|nue|chatte|sucer|a\s+baiser|a\s+croquer|a\s+sauter)\b"
)
_PATTERN = re.compile(r"(?<![\w'])(?:" + "|".join(f"(?:{p})" for p in _SHAPES) + ")")

# A shape needs one of these words: the post's word set is tested before any pattern runs.
TRIGGER_WORDS = frozenset({
    "sit", "suck", "blowjob", "bj", "handjob", "knees", "legs", "bend", "fuck", "fck", "fuk", "bang", "smash", "rail",
    "lick", "finger", "nut", "cum", "grope", "motorboat", "spank", "dtf", "naked", "nude", "topless", "tits",
    "titties", "titty", "boobs", "boobies", "tatas", "rack", "ass", "butt", "booty", "cleavage", "pussy", "puss",
    "nipples", "jugs", "melons", "knockers", "thighs", "cooch", "coochie", "vag", "cunt", "tight", "fuckable",
    "doable", "bangable", "smashable", "rapeable", "horny", "dick", "dicking", "shag", "pounding", "cock",
    "railing", "laid", "dicked", "fucked", "sucked", "slept", "blew", "screwed", "cumdumpster", "cumdump",
    "cumslut", "fucktoy", "cocksleeve", "cocksucker", "dumpster", "sleeve", "holster", "sucker", "socket",
    "nudes", "nudez", "noodz", "nudies", "only",
    "envoie", "envoye", "envoi", "envois", "envoyez", "montre", "assieds", "assois", "assis", "asseoir", "assir",
    "suce", "sucer", "suces", "baiser", "sauter", "niquer", "fourrer", "lecher", "doigter", "tripoter",
    "peloter", "defoncer", "jouir", "baiserais", "sauterais", "niquerais", "fourrerais", "lecherais",
    "defoncerais", "prendrais", "cul", "fesses", "seins", "nichons", "boules", "lolos", "tetons", "nibards",
    "chatte", "foufoune", "bandante", "baisable", "fourrable", "bonnasse", "chaudasse", "bander", "mouiller",
    "bande", "baisee", "baisees", "baise", "queue", "bite", "pine", "couche", "canape", "couilles", "foutre",
    "bites", "bonne", "chaude", "sexy", "cochonne", "prendre", "moan", "scream", "jizz", "bust", "charge",
    "quickie", "mouth", "sucking", "hole", "holes", "fleshlight", "pipe", "pipes", "mettrais", "bouche", "levres", "cum",
    "treat", "traiter", "traite", "traites", "traitez", "traitons", "traitent", "traiterai", "traiterais",
    # round 8: « plus belle toute nue », "what's under that skirt" (the garment or the bareness, not
    # "under" or « serais », too common to gate anything)
    "nue", "nues", "nu", "linge", "vetements", "brassiere", "bikini", "skirt", "panties", "bra", "jupe", "culotte",
})
# Common words that make a shape only beside a second one: "let me hit that", "I'd tap that",
# "bet you're easy", "give me head", "how much for a night?", "lips made for ...".
_PROPOSING = frozenset({
    "want", "need", "wanna", "gotta", "d", "would", "id", "let", "lemme", "ll", "gonna", "going", "imma", "can", "could",
    "bet", "me", "make", "got", "better",
})
_WEAK: dict[str, frozenset[str]] = {
    **dict.fromkeys(("hit", "tap", "eat", "ride", "pound", "wet", "easy", "bed", "give", "hard", "head", "without"), _PROPOSING),
    **dict.fromkeys(("night", "hour", "nuit", "heure", "passe"), frozenset({"much", "combien"})),
    "lips": frozenset({"made", "sucking"}),
}
_WEAK_WORDS = frozenset(_WEAK)

# Partners speaking of themselves, the poster's own body.
_PARTNER = re.compile(
    r"\b(?:my\s+(?:husband|wife|hubby|wifey|partner|fiance|fiancee|boyfriend|girlfriend|bf|gf|spouse)|(?:husband|wife)\s+and\s+i"
    r"|anniversary|mon\s+(?:mari|chum|conjoint|amoureux|fiance|amour|homme)|ma\s+(?:blonde|femme|conjointe|copine|blonde|amoureuse|fiancee)"
    r"|mon\s+copain|anniversaire\s+de\s+mariage)\b"
)
_OWN = re.compile(r"\b(?:my|mine|i\s+have|i'?ve\s+got|i\s+got|mon|ma|mes|j'?ai|jai)\s+(?:\w+\s+){0,2}$")
# Reports, lessons and counter-speech, health, lyrics, adverts.
_NOT_AIMED = re.compile(
    r"\b(?:harass\w*|creeps?|creepy|predators?|grooming|sextortion|consent|pressured|coerced|asked\s+(?:her|him|them|me|you)\s+to|told\s+(?:her|him|them|me)\s+to"
    r"|police|rcmp|charged|accused|arrested|court|trial|allegedly|reported|report|lawsuit|news|article|study|survey|research"
    r"|teens|teenagers|kids|children|students|parents|workshop|education|awareness|tips|guide|doctor|breast\s+(?:cancer|exam|self)"
    r"|lyrics|song|rap|verse|click|subscribe|onlyfans|link\s+in\s+bio|singles|promo|xxx|cams?"
    r"|harcel\w*|predateurs?|consentement|grc|sq|spvm|accusee?|proces|enquete|ados|adolescents|enfants|eleves|parents"
    r"|atelier|sensibilisation|conseils|medecin|depistage|paroles|chanson|cliquez|abonne\w*|celibataires)\b"
    r"|(?:stop|quit)\s+(?:telling|asking|saying|sending|calling|texting)|(?:arretez|arrete|arretons)\s+de\s+(?:dire|demander|envoyer|texter|traiter)"
    r"|https?://|www\.|\.com\b|[\u266A\u266B\U0001F3B5\U0001F3B6]"
)
_NEGATION = re.compile(
    r"(?:\b(?:not|never|no|nobody|dont|don't|doesnt|didnt|wont|pas|jamais|personne)\b|n't\b)[^\w,.;!?]*(?:[\w']+[^\w,.;!?]+){0,5}$"
)


def _inside_quotes(text: str, start: int) -> bool:
    before = text[:start]
    return before.count('"') % 2 == 1 or before.rfind("\u00ab") > before.rfind("\u00bb") or before.count("\u201c") > before.count("\u201d")


def sexual_harassment(folded: str, words: frozenset[str]) -> tuple[int, int] | None:
    """Where the post makes a sexual demand, proposition or remark at someone; None otherwise."""
    if TRIGGER_WORDS.isdisjoint(words) and (
        _WEAK_WORDS.isdisjoint(words) or all(_WEAK[w].isdisjoint(words) for w in _WEAK_WORDS.intersection(words))
    ):
        return None
    spans = [m.span() for m in _PATTERN.finditer(folded)]
    spans += [m.span() for m in _BONNE.finditer(folded) if _SEXUAL_CUE.search(folded, 0, len(folded))]
    if not spans or _NOT_AIMED.search(folded) or _PARTNER.search(folded):
        return None
    for start, end in sorted(spans):
        before = folded[max(0, start - 32):start]
        if _NEGATION.search(before) or _OWN.search(before) or _inside_quotes(folded, start):
            continue
        if _SIZE.match(folded, start) and _ADDRESSEE.isdisjoint(words) and not _LEWD.search(folded):
            continue  # "and big boobs! like, what?": a size said of no one (a drawing, a design)
        return start, end
    return None


# A size is a remark on someone's body only when someone is there to be told it ("nice tits" is
# a remark however it is said).
_SIZE = re.compile(r"(?:big|huge|fat|large|gros|grosse|grosses|gros)\s")
_LEWD = re.compile(r"[\U0001F351\U0001F346\U0001F975\U0001F924\U0001F4A6\U0001F60F\U0001F445\U0001F444]")
_ADDRESSEE = frozenset({
    "you", "u", "ur", "your", "youre", "her", "she", "shes", "ya", "t", "tu", "toi", "ta", "tes", "ton", "elle", "sa", "ses",
})


class SexualHarassment(_HarassmentRule):
    """Sexual remark, demand or proposition aimed at a person.

    Unwanted sexual remarks, demands and propositions ("send nudes", "nice tits", "I'd smash",
    "sit on my face", « envoie des nudes », « montre-moi tes seins », « viens me sucer »,
    « beau p'tit cul ») and sexualised insults ("she slept her way to the top", « mal baisée »)
    are sexual harassment, whatever the tone. Not flagged: partners speaking of themselves,
    the poster's own body, health and sex-education posts, news and counter-speech about
    harassment, quoted lyrics, and spam adverts, which are aimed at no one.
    """

    code = "DIS008"
    name = "sexual-harassment"
    # `sexual_harassment`'s first test: a post holding neither a trigger word nor a weak word
    # (19 in 20 posts) finds nothing, so the analyzer need not call the rule for it.
    text_gate = TRIGGER_WORDS | _WEAK_WORDS
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = "Delete the post. If it answers someone you work with, speak to your manager or the Ombud."
    examples_flagged = ("@jess_b send nudes 😏", "Montre-moi tes seins ma belle", "nice tits, I'd smash")
    examples_not_flagged = (
        "Never send nudes to strangers: a guide for parents",
        "J'ai un beau cul dans ce jean 😂",
        "Elle est bonne celle-là, t'es bonne en maths toi!",
    )

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        text = folded.get("text")
        if not text:
            return ()
        span = sexual_harassment(text, text_words(text))
        if span is None:
            return ()
        return (RuleHit(
            evidence=(evidence(subject, "text", *span),),
            message="Makes a sexual remark, demand or proposition aimed at a person.",
        ),)


RULES: tuple[type[Rule], ...] = (SexualHarassment,)
