"""A group degraded without a slur or a degrading word next to it (DIS002), in English and French.

Three shapes the word-by-word generalisations miss:

- implicit derogation: the group put below animals or dirt, caged, to be thrown away, a fate
  worse than death, never to be believed, the ruin of a country ("my dog is smarter than any
  ...", "they belong in a zoo", « je préférerais mourir que d'avoir un voisin ... », « les ...
  devraient être enfermés dans des cages »);
- contempt asked as a question: "are there any smart ...?", "name one honest ...",
  « ça existe des ... intelligents ? », « vous connaissez un ... honnête ? »;
- the frame must share a sentence with a group of the lexicon; a frame alone ("I'd rather die
  than miss this concert", « mon chien est plus intelligent que moi ») says nothing of people.

Counter-speech and reports are left to `_countered` like the other shapes of DIS002. The
patterns run only on posts that hold a group and one of the cue words of
`group_generalisation.toml` [implicit_cues], so most posts never reach them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from footprint.rules.base import negated
from footprint.rules.discrimination_text import _Match, _Text

_ANIMALS = (
    r"(?:dog|cat|hamster|goldfish|parrot|pig|cow|goat|rat|monkey|chimp|hamster|chien|chienne|chat|singe"
    r"|poisson\s+rouge|perroquet|cochon|vache|chevre|rat|hamster|cheval|ane)s?"
)

# Caged, kept in zoos, thrown away, said as what should be done ("should be locked in cages",
# « devraient être enfermés dans des zoos »); "refugees locked in a cage" is news.
_CAGED = re.compile(
    r"\b(?:should|must|need\s+to|needs\s+to|ought\s+to|deserve\s+to|devraient|doivent|devrait|doit|faudrait|faut|meritent|merite)"
    r"\s+(?:\w+\s+){0,3}(?:locked|kept|put|caged|thrown|enferme\w*|mis|mises|parque\w*|garde\w*|jete\w*)\s+(?:\w+\s+){0,2}"
    r"(?:in|into|dans|en)\s+(?:a\s+|des\s+|un\s+|une\s+|the\s+)?(?:zoos?|cages?|enclos|kennels?|chenils?|dumps?|landfills?|decharges?|poubelles?)\b"
)
# Frames that degrade the group of the same sentence without naming it with a degrading word.
_IMPLICIT = re.compile(
    r"\bbelongs?\s+in\s+(?:a\s+|the\s+)?(?:zoos?|cages?|dumps?|landfills?|trash|garbage|sewers?)\b"
    r"|\b(?:leur|their)\s+place\s+est\s+(?:au|dans\s+un|dans\s+une)\s+(?:zoo|cage|decharge|poubelle)\b"
    r"|\b(?:place\s+is\s+in\s+(?:a\s+)?(?:zoo|cage|the\s+trash))\b"
    r"|\b(?:by|to|chez|par)\s+(?:a|an|un|le)\s+(?:vet|veterinarian|veterinaire)\b"
    # below animals or dirt
    rf"|\b{_ANIMALS}\s+(?:\w+\s+){{0,2}}(?:is|are|s|est|sont|will\s+always\s+be)\s+(?:\w+\s+)?(?:smarter|more\s+intelligent|more\s+useful|worth\s+more"
    r"|plus\s+(?:intelligente?s?|utiles?|malins?|maline|precieux|precieuse)|vaut\s+plus|valent\s+plus)\s+(?:than|que|qu)\b"
    r"|\b(?:care|cares)\s+more\s+about\s+(?:the\s+)?(?:dirt|shit|gum|mud)\b|\bsoucie\s+plus\s+de\s+la\s+(?:merde|boue|poussiere)\b"
    r"|\b(?:an?\s+)?(?:insect|rat|cockroach|roach|insecte|cafard)\w*\s+(?:\w+\s+){0,3}(?:is\s+worth\s+more|more\s+precious|vaut\s+plus|plus\s+precieuse?)\b"
    r"|\b(?:difference|difference)\s+(?:between|entre)\s+(?:a|an|un|une)\s+(?:dead\s+rat|rat\s+mort|chien\s+mort|dead\s+dog)\b"
    # a fate worse than death
    r"|\b(?:i'?d|i\s+would)\s+rather\s+(?:die|be\s+dead|kill\s+myself|have\s+cancer)\b"
    r"|\b(?:je\s+)?prefer\w*\s+(?:encore\s+)?(?:mourir|crever|etre\s+mort\w*|avoir\s+(?:un\s+)?cancer)\b"
    r"|\bplutot\s+(?:mourir|crever|etre\s+mort\w*)\b|\bje\s+me\s+(?:suiciderais|tuerais)\b|\b(?:i'?d|i\s+would)\s+kill\s+myself\s+if\b"
    # never to be believed, never to be given a place, the ruin of a country
    r"|\bnever\s+(?:believe|trust)\s+(?:a\s+(?:single\s+)?word|anything)\b|\b(?:ne\s+)?(?:croyez|crois|croire)\s+jamais\s+(?:un\s+(?:seul\s+)?mot|rien)\b"
    r"|\b(?:ruin|downfall|destruction)\s+of\s+(?:our|this|the)\s+(?:country|nation|society)\b"
    r"|\b(?:la\s+)?(?:ruine|perte|destruction)\s+(?:de\s+notre|du|de\s+ce)\s+(?:pays|societe|nation)\b"
    r"|\b(?:biggest|worst)\s+mistake\b|\b(?:plus\s+grosse|pire|plus\s+grande)\s+erreur\b"
)

_POSITIVE = (
    r"(?:intelligent\w*|smart|honest|honnete\w*|decent\w*|civili[sz]e\w*|trustworthy"
    r"|polite|polie?s?|competent\w*|bien\s+eleve\w*|cultive\w*|educated|eduque\w*"
    r"|qui\s+(?:travaill\w*|boss\w*|pai\w*|paye\w*|respect\w*|s'?integr\w*|sai\w*\s+lire|parl\w*\s+francais)"
    r"|who\s+(?:work\w*|pays?|respects?|integrates?|can\s+read|speaks?\s+english|has\s+a\s+job|have\s+jobs?)"
    r"|with\s+(?:a\s+job|jobs|manners|a\s+brain)|avec\s+(?:un\s+(?:travail|emploi|job|cerveau)|des\s+manieres))"
)
# Contempt asked as a question: the group's decent members are doubted to exist.
_QUESTION = re.compile(
    r"\b(?:ca\s+existe|existe\s+t\s+il|existe[\s-]+t[\s-]+il|il\s+existe|y\s+a\s+t\s+il|y\s+a[\s-]+t[\s-]+il|ya\s+t\s+il"
    r"|y\s+en\s+a\s+t\s+il|vous\s+connaissez|tu\s+connais|t'?as\s+deja\s+vu|avez\s+vous\s+deja\s+vu|connaissez\s+vous"
    r"|quelqu'?un\s+connait|citez(?:\s+moi)?|cite(?:\s+moi)?|nommez(?:\s+moi)?|nomme(?:\s+moi)?|donnez\s+moi"
    r"|are\s+there\s+(?:even\s+)?any|is\s+there\s+(?:even\s+)?(?:any|such\s+a\s+thing\s+as)|have\s+you\s+ever\s+(?:met|seen)"
    r"|ever\s+(?:met|seen)|does\s+anyone\s+know|do\s+you\s+know|name\s+(?:me\s+)?(?:one|a\s+single)|show\s+me\s+(?:one|a\s+single))\b"
)
_POSITIVE_AFTER = re.compile(rf"\s*(?:[\w'-]+\s+){{0,2}}{_POSITIVE}\b")
_NAME_ONE = ("name", "nomme", "cite", "show", "donnez")


# "any decent Chinese restaurants?", « manger chinois »: the word names food or a thing, not people.
_THING_AFTER = frozenset({
    "restaurant", "restaurants", "food", "place", "places", "shop", "shops", "store", "stores", "takeout",
    "buffet", "movie", "movies", "film", "films", "music", "song", "songs", "book", "books", "dish", "dishes",
    "resto", "restos", "bouffe", "cuisine", "plat", "plats", "musique", "chanson", "chansons", "livre",
    "livres", "epicerie", "traiteur", "language", "langue", "new", "year", "nouvel", "an",
})
_THING_BEFORE = frozenset({"eat", "eating", "ate", "order", "manger", "mange", "bouffer", "commander", "cuisine", "food", "parler", "speak"})


def _names_people(t: _Text, group: _Match) -> bool:
    after = t.words[group.last + 1] if group.last + 1 < len(t.words) else ""
    before = t.words[group.first - 1] if group.first > 0 else ""
    return after not in _THING_AFTER and before not in _THING_BEFORE


def _word_at(t: _Text, offset: int) -> int:
    return max(0, bisect_right(t.starts, offset) - 1)


def _sentence_of(t: _Text, m: _Match) -> tuple[int, int]:
    return t.sentence_spans[t.sentence[m.first]]


def _frame(t: _Text, start: int, end: int) -> _Match:
    first, last = _word_at(t, start), _word_at(t, max(start, end - 1))
    return _Match(frozenset({"implicit"}), first, last, start, end, t.folded[start:end])


# Habitual framings: the group blamed as a matter of course ("it's always the X who ...",
# « c'est toujours les X qui ... », "typical X", « typique d'un X », « c'est bien un X, ça »,
# "every time there's a crime it's a X", « comme par hasard c'est encore un X », "with the X it's
# always the same story", « un bon X, ça n'existe pas », « j'ai jamais vu un X honnête »). The slot
# (?P<g>) must hold the group, and "always the X who ..." must go on to blame (see _BLAME): "it's
# always the immigrants who get blamed", « c'est toujours les femmes qui paient le prix » defend.
_SLOT = r"(?P<g>(?:[\w'-]+\s+){0,2}?[\w'-]+)"
# What the group is blamed for doing (not "who do the unpaid work", « qui paient le prix »).
_BLAME = (
    r"(?:foutent|font\s+(?:le|du|des)\s+(?:trouble|bordel|bruit|grabuge|conneries|problemes)|posent|cassent|volent|causent|commettent|profitent|trichent"
    r"|mentent|chialent|se\s+plaignent|derangent|emmerdent|abusent|ont\s+fait\s+(?:le\s+coup|ca)|sement|agressent|violent|trainent|salissent|vandalisent"
    r"|cause|causes|caused|start|starts|started|commit|commits|steal|steals|stole|ruin|ruins|ruined|complain|complains|cheat|cheats|lie|lies|make\s+trouble"
    r"|mess|wreck|wrecks|rob|robs|attack|attacks|scam|scams|abuse|abuses|litter|riot|riots|break|breaks|did\s+it|stir|stirs|bring|brings|sell|sells|deal|deals)\b"
)
# What "another X" is sneered at for: "another X doing something shady, what a surprise"
# (not "another Muslim doctor saving lives, what a surprise!").
_MISDEED = (
    r"(?:shady|crime|crimes|criminal|stabbing|stabbed|arrested|charged|terror\w*|attack\w*|stole|stealing|robbed|robbing|scam\w*|fraud\w*|rap(?:e|ed|ing|ist)"
    r"|drunk|violent|trouble|mess|riot\w*|mauvais\s+coup|vol|volé|vole|volent|arrete\w*|agress\w*|poignard\w*|saoul\w*|bordel|trouble|problemes?|probleme|fraude\w*|crime|delit)"
)
# Degrading names said first, the group after: « tous des voleurs, ces X ».
_SCORN = (
    r"(?:thieves|liars|criminals|crooks|freeloaders|leeches|parasites|terrorists|rapists|animals|savages|scum|trash|lazy\s+bums|bums|drunks|cheats|frauds|degenerates|perverts|vermin"
    r"|voleurs|voleuses|menteurs|menteuses|criminels|profiteurs|profiteuses|parasites|terroristes|violeurs|animaux|sauvages|racailles|dechets|paresseux|faineants|feignants"
    r"|ivrognes|tricheurs|fraudeurs|degeneres|pervers|vermine|bandits|voyous|assistes|bs|bons\s+a\s+rien|arrieres|hypocrites)"
)
_HABITUAL = tuple(re.compile(part) for part in (
    rf"\b(?:c'?est|it'?s|it\s+is|its)\s+(?:toujours|encore|always|again|once\s+again)\s+(?:les|des|the|a|an|un|une)\s+{_SLOT}\s+(?:qui|who|that)\s+(?:\w+\s+)?{_BLAME}",
    rf"\b(?:toujours|always)\s+(?:les|the)\s+{_SLOT}\s+(?:qui|who|that)\s+(?:\w+\s+)?{_BLAME}",
    rf"(?:^|[.!?]\s*|c'?est\s+|(?:tellement|trop|vraiment|ben|bien|tellment)\s+)typiques?\s+(?:d'?un|d'?une|des|de|du)\s+{_SLOT}(?=\s*(?:$|[^\w\s]|ca\b|ça\b|d'?etre\b))",
    rf"(?:^|[.!?]\s*|(?:so|that'?s|thats|how|very|such\s+a|just)\s+)typical(?:ly)?\s+(?:of\s+)?(?:an?\s+|the\s+)?{_SLOT}(?=\s*(?:$|[^\w\s]|(?:behaviou?r|move|thing|attitude|mentality|to\s+be)\b))",
    rf"\bc'?est\s+bien\s+(?:un|une|des|d')\s*{_SLOT}\s*,?\s*(?:ca|ça)\b",
    # « ce sont des X après tout », "what do you expect from a X", « c'est dans la nature d'un X »
    rf"\b(?:ce\s+sont|c'?est|c'?etait|ils\s+sont|elles\s+sont)\s+(?:des|un|une)\s+{_SLOT}\s*,?\s*apres\s+tout\b",
    rf"\b(?:they'?re|they\s+are)\s+{_SLOT}\s*,?\s*after\s+all\b",
    rf"\bwhat\s+(?:do|did|can|would)\s+(?:you|u)\s+expect\s+from\s+(?:an?\s+|the\s+|these\s+|those\s+)?{_SLOT}(?=\s*(?:$|[^\w\s]))",
    rf"\b(?:qu'?est[\s-]ce\s+que\s+tu\s+veux|a\s+quoi\s+tu\s+t'?attendais|tu\s+t'?attendais\s+a\s+quoi)\s*,?\s*(?:c'?est|ce\s+sont)\s+(?:des|un|une)\s+{_SLOT}(?=\s*(?:$|[^\w\s]))",
    rf"\bc'?est\s+dans\s+(?:la\s+nature|le\s+sang|les\s+genes|l'?adn)\s+(?:d'?un|d'?une|des|de)\s+{_SLOT}\s+(?:d'?etre|de)\b",
    rf"\bit'?s\s+in\s+(?:the\s+nature|the\s+blood|the\s+dna|the\s+genes)\s+of\s+(?:an?\s+|the\s+)?{_SLOT}\s+to\s+be\b",
    rf"\b(?:so|how)\s+(?:typical|predictable)\s+of\s+(?:an?\s+|the\s+)?{_SLOT}\b",
    rf"\b(?:des|chaque\s+fois|a\s+chaque\s+fois|every\s*time|whenever|each\s+time)\s+(?:qu'?il\s+y\s+a|there'?s|there\s+is)\s+[^.!?\n]{{1,40}}?,?\s*(?:c'?est|it'?s|it\s+is)\s+(?:toujours\s+|always\s+|encore\s+)?(?:un|une|des|a|an|the|les)\s+{_SLOT}",
    rf"\b(?:comme\s+par\s+hasard|of\s+course|surprise\s*,?\s*surprise|quelle\s+surprise|what\s+a\s+surprise)\s*,?\s*(?:c'?est\s+|it'?s\s+|it\s+was\s+|c'?etait\s+)?(?:(?:encore\s+)?(?:un|une|des|les)|(?:yet\s+)?another|an?|the)\s+{_SLOT}(?=\s*(?:$|[^\w\s]|(?:again|encore|de\s+plus|qui|who|that)\b))",
    rf"\b(?:avec|with)\s+(?:les|des|the)?\s*{_SLOT}\s*,?\s*(?:c'?est|it'?s)\s+(?:toujours|always)\s+(?:la\s+meme\s+(?:histoire|chose|affaire|rengaine|maudite\s+affaire)|pareil|the\s+same\s+(?:story|thing|shit|crap))",
    rf"\b(?:un|une)\s+(?:bon|bonne)\s+{_SLOT}\s*,?\s*(?:ca|ça)\s+(?:n'?existe\s+pas|existe\s+pas)",
    rf"\bthere'?s\s+no\s+such\s+thing\s+as\s+(?:a|an)\s+(?:good|honest|decent)\s+{_SLOT}",
    rf"\b(?:j'?ai\s+)?jamais\s+(?:vu|rencontre|connu)\s+(?:un|une|des|de)\s+{_SLOT}\s+(?:honnete|intelligente?|poli|polie|travaillante?|propre|fiable|honnetes|intelligents)\b",
    rf"\b(?:(?:i'?ve|i\s+have)\s+)?never\s+(?:met|seen|known)\s+(?:an?\s+)?(?:honest|smart|intelligent|decent|polite|clean|hardworking|reliable)\s+{_SLOT}",
    # round 6: "it's always the X causing trouble" (the blame as a participle)
    rf"\b(?:it'?s|it\s+is|its)\s+(?:always|again|once\s+again)\s+(?:the)\s+{_SLOT}\s+(?:causing|starting|stealing|committing|ruining|complaining|making\s+trouble|breaking|robbing|cheating|lying|wrecking|dealing|selling|attacking|littering|rioting|stirring)\b",
    # "all thieves, every single one of these X", « tous des voleurs, ces X » (the predicate first)
    rf"(?:^|[.!?]\s*)(?:all\s+(?:of\s+(?:them|'?em)\s+)?(?:are\s+)?|they'?re\s+all\s+|tous\s+des\s+|toutes\s+des\s+|rien\s+que\s+des\s+|juste\s+des\s+){_SCORN}\s*,\s*"
    rf"(?:every\s+(?:single\s+|last\s+)?(?:one\s+of\s+(?:these|those|the)\s+)?|these\s+|those\s+|the\s+|ces\s+|les\s+|tous\s+ces\s+|toutes\s+ces\s+)?{_SLOT}(?=\s*(?:$|[^\w\s]|la\b|là\b))",
    # "another X doing something shady, what a surprise", « encore un X qui a fait un mauvais coup, quelle surprise »
    rf"(?:^|[.!?]\s*)(?:encore|(?:yet\s+)?another)\s+(?:un\s+|une\s+|des\s+)?{_SLOT}\s+(?:qui\s+|who\s+|that\s+)?[^.!?\n]{{0,40}}?\b{_MISDEED}\b[^.!?\n]{{0,40}}?[\s,.!]+(?:quelle\s+surprise|what\s+a\s+surprise|big\s+surprise|surprise\s*,?\s*surprise|as\s+usual|comme\s+d'?habitude|go\s+figure|shocking|who\s+would\s+have\s+thought|qui\s+l'?eut\s+cru|comme\s+par\s+hasard)",
    # "X only come here to milk our system", « les X viennent juste ici pour profiter de notre système »
    rf"(?:^|[.!?,]\s*|\b(?:the|these|those|all|les|ces|tous\s+les)\s+){_SLOT}\s+(?:only\s+|just\s+)?(?:come|came|coming)\s+(?:here\s+|to\s+canada\s+|to\s+this\s+country\s+)?(?:only\s+|just\s+)?(?:to|for)\s+"
    r"(?:milk|abuse|exploit|steal|leech|mooch|live\s+off|get\s+free|collect|cash\s+in|scam|take\s+advantage|the\s+(?:welfare|benefits|handouts|free\s+stuff))",
    rf"(?:^|[.!?,]\s*|\b(?:les|ces|tous\s+les|des)\s+){_SLOT}\s+(?:viennent|sont\s+venue?s|arrivent|debarquent)\s+(?:juste\s+|seulement\s+|rien\s+que\s+)?(?:ici\s+|au\s+(?:canada|quebec)\s+|chez\s+nous\s+)?(?:juste\s+|seulement\s+|rien\s+que\s+)?pour\s+"
    r"(?:profiter\s+(?:du\s+systeme|de\s+notre\s+systeme|de\s+nous|des\s+programmes|de\s+l'?aide|du\s+bs|des\s+contribuables|de\s+nos\s+impots|du\s+bien[\s-]etre)"
    r"|abuser|exploiter|voler|vivre\s+(?:sur|aux\s+crochets|du\s+bs|de\s+l'?aide)|toucher\s+(?:le|les|du)\s+(?:bs|cheques|aide|allocations)|se\s+faire\s+vivre|piller|siphonner|traire|le\s+bs|les\s+cheques|l'?aide\s+sociale)",
    # "X spend their lives drinking and complaining", « les X passent leur vie à boire pis à se plaindre »
    rf"{_SLOT}\s+(?:spend|spends)\s+(?:all\s+)?(?:their|his|her)\s+(?:whole\s+)?(?:lives|life|days|time)\s+(?:drinking|complaining|begging|stealing|fighting|sleeping|doing\s+nothing|on\s+welfare|partying|whining|getting\s+drunk|getting\s+high)",
    rf"{_SLOT}\s+(?:passent|passe)\s+(?:toute\s+)?(?:leur|leurs|sa)\s+(?:vie|vies|journees|temps|grosse\s+vie)\s+a\s+(?:boire|chialer|se\s+plaindre|voler|queter|dormir|rien\s+faire|se\s+battre|fumer|mendier|se\s+saouler|se\s+geler|profiter)",
    # « un X, ça peut pas élever un enfant », "a X can never be trusted": the one standing for all
    rf"(?:^|[.!?]\s*)(?:un|une)\s+{_SLOT}\s*,\s*(?:ca|ça)\s+(?:peut\s+pas|peut\s+jamais|sait\s+pas|comprend\s+(?:pas|rien)|respecte\s+(?:pas|rien)|travaille\s+pas|vole|ment|triche|pue|chiale|est\s+(?:toujours\s+)?(?:sale|paresseux|paresseuse|violent|violente|menteur|menteuse|voleur|voleuse|incapable|bon\s+a\s+rien|sournois|sournoise|hypocrite|dangereux|dangereuse))",
    rf"(?:^|[.!?]\s*)(?:an?)\s+{_SLOT}\s*,\s*(?:they|he|she)\s+(?:can'?t|cannot|will\s+never|can\s+never|never|always)\s+(?:be\s+trusted|raise|work|learn|understand|respect|tell\s+the\s+truth|lie|steal|cheat|stink|complain)",
))
# The cue phrases of group_generalisation.toml [implicit_cues] that open these frames.
_HABIT_CUES = frozenset({
    "it's always", "its always", "always the", "so typical", "typical of", "that's typical", "how typical", "predictable", "every time", "everytime",
    "whenever", "each time", "of course", "surprise surprise", "no such thing as", "never met", "never seen",
    "never known", "the same story", "the same thing", "c'est toujours", "c'est encore", "toujours les", "typique d'un",
    "typique d'une", "c'est typique", "tellement typique", "c'est bien un", "c'est bien une", "chaque fois", "a chaque fois", "des qu'il y a", "comme par hasard",
    "quelle surprise", "existe pas", "jamais vu", "jamais rencontre", "la meme histoire", "la meme chose", "toujours pareil",
    "apres tout", "qu'est-ce que tu veux", "a quoi tu t'attendais", "tu t'attendais a quoi", "dans la nature", "dans le sang",
    "dans leur nature", "dans les genes", "after all", "what do you expect", "what did you expect", "in their nature",
    "in the nature", "in their blood", "in their dna",
    # round 6
    "always the", "all thieves", "they're all", "all of them", "tous des", "toutes des", "rien que des", "juste des", "another",
    "yet another", "encore un", "encore une", "encore des", "come here", "only come", "just come", "coming here", "viennent",
    "venus", "arrivent", "debarquent", "spend their", "spends", "passent leur", "passent toute", "be trusted", "can never",
    "ca peut pas", "ca peut jamais", "ca sait pas", "ca comprend", "ca respecte", "ca travaille pas", "ca vole", "ca ment", "ca triche",
    "ca pue", "ca chiale", "ca est", "c'est toujours sale",
})
_HABIT_CUES = frozenset(cue.replace("'", " ").replace("-", " ") for cue in _HABIT_CUES)  # as the lexicon writes its matches


def habitual_framings(t: _Text) -> list[tuple[_Match, ...]]:
    """A group of the lexicon blamed as a matter of course (see `_HABITUAL`)."""
    groups = t.by_kind.get("groups")
    if not groups or not any(cue.text in _HABIT_CUES for cue in t.by_kind.get("implicit_cues", ())):
        return []
    found: list[tuple[_Match, ...]] = []
    for hit in (h for pattern in _HABITUAL for h in pattern.finditer(t.folded)):
        lo, hi = hit.span("g")
        # the slot ends on the group: "another immigrant" is blamed, "another immigrant success story" is not
        group = next((g for g in groups if lo <= g.start < hi and g.end >= hi and _names_people(t, g)), None)
        if group is None or negated(t.folded, hit.start(), window=10):
            continue
        found.append((_frame(t, hit.start(), hit.end()), group))
    return found


def implicit_derogations(t: _Text) -> list[tuple[_Match, ...]]:
    """A group of the lexicon and a frame that degrades it in the same sentence."""
    groups = t.by_kind.get("groups")
    if not groups:
        return []
    habitual = habitual_framings(t)
    if habitual or not t.by_kind.get("implicit_cues"):
        return habitual
    found: list[tuple[_Match, ...]] = []
    done: set[int] = set()
    for group in groups:
        sentence = t.sentence[group.first]
        if sentence in done or not _names_people(t, group):
            continue
        lo, hi = _sentence_of(t, group)
        frame = _IMPLICIT.search(t.folded, lo, hi) or _CAGED.search(t.folded, lo, hi)
        if frame is not None and not negated(t.folded, frame.start(), window=12):
            done.add(sentence)
            found.append((_frame(t, frame.start(), frame.end()), group))
            continue
        asked = _asked(t, group, lo, hi)
        if asked is not None:
            done.add(sentence)
            found.append((asked, group))
    return found


def _asked(t: _Text, group: _Match, lo: int, hi: int) -> _Match | None:
    """ "are there any smart ... ?", « vous connaissez un ... honnête ? », "name one honest ..."."""
    for cue in _QUESTION.finditer(t.folded, lo, group.start):
        between = t.folded[cue.end():group.start].split()
        if len(between) > 4:
            continue
        question = "?" in t.folded[hi:hi + 3]
        if not question and not cue.group(0).startswith(_NAME_ONE):
            continue
        praise = _POSITIVE_AFTER.match(t.folded, group.end, hi) or re.search(rf"\b{_POSITIVE}\s*$", " ".join(between))
        if praise:
            return _frame(t, cue.start(), max(group.end, praise.end() if praise.re is _POSITIVE_AFTER else group.end))
    return None


# A generalisation told as a recipe: "give <group> an inch and they take a mile", « les <group>,
# tu leur donnes un doigt, ils te prennent le bras », « donne un logement aux <group> pis ils le
# saccagent ». The group must sit in the slot of whom one gives to, and what they then do must be
# bad (take, steal, ruin, complain...): "give refugees a chance and they thrive" praises them.
_RECIPE_WORDS = frozenset({"give", "gave", "hand", "offer", "donne", "donnes", "donnez", "offre", "offres", "offrez", "leur"})
_RECIPE = re.compile(
    r"\b(?:give|gave|hand|offer)\s+(?:[\w'-]+\s+){0,4}?to\s+(?:(?:the|these|those|some|an?)\s+)?(?P<en_to>[\w'-]+)[\s,]+(?:[\w'-]+[\s,]+){0,4}?(?:and\s+)?"
    r"(?:they|theyll|they'll)\b(?P<en_to_then>(?:\s*[\w'-]+){1,5})"
    r"|\b(?:give|gave|hand|offer)\s+(?:(?:the|these|those|some|an?)\s+)?(?P<en>[\w'-]+(?:\s+[\w'-]+)?)[\s,]+(?:[\w'-]+[\s,]+){0,5}?(?:and\s+)?"
    r"(?:they|theyll|they'll)\b(?P<en_then>(?:\s*[\w'-]+){1,5})"
    r"|\b(?P<fr>(?:les|des)\s+[\w'-]+)\s*,?\s*(?:tu|vous|on|si\s+tu|si\s+vous|si\s+on)\s+leur\s+(?:donnes?|donnez|offres?|offrez|laisses?|laissez|files?)\s+"
    r"(?:[\w'-]+[\s,]+){0,5}?(?:et\s+|pis\s+)?(?:ils|elles)\b(?P<fr_then>(?:\s*[\w'-]+){1,5})"
    r"|\b(?:donne|donnes|donnez|offre|offrez)\s+(?:[\w'-]+\s+){0,4}?(?:aux|a\s+des|a\s+un|a\s+une)\s+(?P<fr_to>[\w'-]+)[\s,]+(?:[\w'-]+[\s,]+){0,4}?(?:et\s+|pis\s+)?"
    r"(?:ils|elles|il|elle)\b(?P<fr_to_then>(?:\s*[\w'-]+){1,5})"
)
_BAD_AFTER = frozenset({
    "take", "takes", "steal", "steals", "want", "wants", "demand", "demands", "abuse", "abuses", "ruin", "ruins",
    "destroy", "destroys", "trash", "trashes", "wreck", "wrecks", "sell", "sells", "complain", "complains", "bite",
    "bites", "spit", "spits", "burn", "burns", "break", "breaks", "expect", "expects", "mile", "rob",
    "prennent", "prend", "volent", "vole", "demandent", "veulent", "crachent", "crache", "mordent", "abusent",
    "profitent", "detruisent", "saccagent", "revendent", "vendent", "plaignent", "chialent", "brulent", "cassent",
    "bras", "exigent", "pillent",
})


def recipes(t: _Text) -> list[tuple[_Match, ...]]:
    """A generalisation told as a recipe about a group of the lexicon (see `_RECIPE`)."""
    groups = t.by_kind.get("groups")
    if not groups or _RECIPE_WORDS.isdisjoint(t.words):
        return []
    found: list[tuple[_Match, ...]] = []
    for hit in _RECIPE.finditer(t.folded):
        slot = next(name for name in ("en_to", "en", "fr", "fr_to") if hit.group(name) is not None)
        then = hit.group(slot + "_then").split()
        if _BAD_AFTER.isdisjoint(then) or negated(t.folded, hit.start(slot + "_then"), window=8):
            continue
        lo, hi = hit.span(slot)
        group = next(
            (g for g in groups if lo <= g.start < hi and (_names_people(t, g) or t.words[g.last + 1:g.last + 2] == ["an"])), None
        )  # "give immigrants an inch" is not « le nouvel an »
        if group is None and hit.group(slot).split()[0] in ("them", "em"):
            # "Muslims? You give them everything, they ...": the group of this or the previous sentence
            here = t.sentence[_word_at(t, lo)]
            group = next((g for g in groups if here - 1 <= t.sentence[g.first] <= here and g.start < lo), None)
        if group is not None:
            found.append((_frame(t, hit.start(), hit.end()), group))
    return found
