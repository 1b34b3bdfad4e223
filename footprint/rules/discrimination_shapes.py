"""Short set shapes of exclusion and insinuation the word-by-word readings miss (DIS002, DIS003).

Each shape is read in English and French, and counts only when its slot names a group:

- a ban on a place of one's own, said as a whole sentence: "No gays at my wedding venue.",
  « Pas de musulmans dans mon immeuble, point final. » (not "No dogs in my building", nor "No
  Muslims in my building were hurt": the sentence must end on the place);
- death preferred to a group member in the family: "I'd rather die than have a gay son",
  « j'aimerais mieux mourir que d'avoir un fils gai » (not "I'd rather die than run a marathon",
  nor "I'd rather die than miss my gay son's wedding": only having, seeing, raising or marrying);
- "Another X, another Y" tying a group to a crime: "Another Muslim, another bombing.",
  « Encore un immigrant, encore un vol. » (not "Another Monday, another meeting");
- a group's "place" is an animal's or nowhere: « La place des Noirs est au zoo. », "The place
  for Black people is in a zoo";
- a group with no business in a field: « Les femmes ont rien à faire en génie » (not « les
  femmes ont rien à faire ce soir »: the field must be named).

Counter-speech and reports are left to the callers' `_countered`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from footprint.rules.discrimination_text import _Match, _Text
from footprint.rules.discrimination_threats import names_a_group, word_set

_G = r"(?P<g>(?:[\w'-]+\s+){0,2}?[\w'-]+)"

# -- a ban on a place of one's own -------------------------------------------------------------
_PLACES = (
    r"venue|wedding|party|building|house|home|restaurant|store|shop|street|neighbou?rhood|church|school|bar|pub|class|classroom"
    r"|office|team|family|property|land|condo|apartment|yard|town|city|club|gym|cafe|business"
    r"|salle|immeuble|maison|resto|restaurant|commerce|rue|quartier|eglise|ecole|bar|classe|bureau|equipe|famille|terrain"
    r"|condo|appart|appartement|cour|ville|village|club|gym|mariage|noces|party|depanneur|bloc|chalet|entreprise"
)
_BAN = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)(?:no|pas\s+de|pas\s+d'|aucun|aucune|zero)\s*" + _G
    + r"\s+(?:at|in|on|inside|near|around|dans|a|au|sur|chez|pres\s+de)\s+(?:my|our|mon|ma|mes|notre|nos)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:" + _PLACES + r")\b(?:\s+(?:de|du|d')\s*[\w'-]+)?"
    # asked ("No Muslims in my building? There are twelve families.") it is not a ban
    r"(?=\s*(?:$|[.!;)]|[^\w\s,'?-]|,\s*(?:period|ever|end\s+of\s+story|point\s+final|jamais|merci|thanks|c'?est\s+tout"
    r"|that'?s\s+it|sorry|desole)\b))"
)
_BAN_WORDS = frozenset({"no", "pas", "aucun", "aucune", "zero"})
_OWN = frozenset({"my", "our", "mon", "ma", "mes", "notre", "nos"})

# -- death before a group member in the family -------------------------------------------------
_FAMILY = (
    r"sons?|daughters?|kids?|child|children|grandsons?|granddaughters?|grandkids?|grandchild(?:ren)?|brothers?|sisters?"
    r"|daughter-in-law|son-in-law|in-laws?|nephew|niece|baby|husband|wife|boyfriend|girlfriend"
    r"|fils|filles?|enfants?|petit-fils|petite-fille|petits-enfants|freres?|soeurs?|gendre|bru|belle-fille|beau-fils"
    r"|neveu|niece|bebe|mari|femme|chum|blonde"
)
_IDENTITY_WORDS = (
    r"gay|gai|gaie|lesbian|lesbienne|trans|transgender|queer|bisexual|muslim|musulmane?|jewish|juive?|black|noire?"
    r"|arab|arabe|asian|asiatique|chinese|chinoise?|indian|indienne?|native|autochtone|immigrant|immigree?|refugee|refugiee?"
    r"|mexican|haitian|haitienne?|african|africaine?|disabled|handicapee?|autistic|autiste|hindu|sikh|somali|syrian"
)
# After the family noun the clause goes on ("let my daughter marry a Muslim") up to a relative
# pronoun: "a son who smokes" is about the son's habits.
_ON = r"(?:\s+(?!who\b|that\b|qui\b|que\b|qu'|and\b|et\b)[\w'-]+){0,4}"
_RATHER = re.compile(
    r"\b(?:i'?d|id|i\s+would)\s+(?:much\s+|sooner\s+)?rather\s+(?:die|be\s+dead|kill\s+myself|(?:see\s+)?(?:my|our)\s+[\w'-]+(?:\s+[\w'-]+)?\s+"
    r"(?:was\s+|were\s+|be\s+)?dead)\s+than\s+(?:(?:to\s+)?(?:have|see|let|watch|raise|accept|welcome|find\s+out|learn)\s+|"
    r"(?=(?:be\s+)?(?:married|marry|marrying|dating|date|with)\b))"
    r"(?P<tail>(?:[\w'-]+\s+){0,6}?(?:(?:" + _FAMILY + r")\b" + _ON + r"|married\s+to\s+(?:a|an)\s+[\w'-]+(?:\s+[\w'-]+)?|marry\s+(?:a|an)\s+[\w'-]+"
    r"|dating\s+(?:a|an)\s+[\w'-]+|with\s+(?:a|an)\s+[\w'-]+))"
    r"|\b(?:j'?aimerais\s+mieux|j'?aime\s+mieux|je\s+prefererais|je\s+prefere|j'?prefererais|plutot)\s+(?:mourir|crever|etre\s+morte?|me\s+tuer"
    r"|voir\s+(?:mon|ma|mes)\s+[\w'-]+\s+morte?s?)\s+(?:que\s+(?:de\s+|d')?|qu')\s*"
    r"(?:(?:avoir|voir|laisser|accepter|elever|apprendre\s+que)\s+|(?=(?:mariee?s?|epouser|sortir\s+avec)\b))"
    r"(?P<tail_fr>(?:[\w'-]+\s+){0,6}?(?:(?:" + _FAMILY + r")\b" + _ON + r"|mariee?s?\s+(?:a|avec)\s+(?:un|une)\s+[\w'-]+|epouser\s+(?:un|une)\s+[\w'-]+"
    r"|sortir\s+avec\s+(?:un|une)\s+[\w'-]+))"
    # "I'd rather see my son dead than gay", « je préférerais voir ma fille morte que lesbienne »
    r"|\b(?:i'?d|id|i\s+would)\s+(?:much\s+)?rather\s+(?:see\s+)?(?:my|our)\s+(?:" + _FAMILY + r")\s+(?:was\s+|were\s+|be\s+)?dead\s+than\s+"
    r"(?:be\s+|being\s+)?(?P<tail_is>" + _IDENTITY_WORDS + r")\b"
    r"|\b(?:j'?aimerais\s+mieux|je\s+prefererais|j'?prefererais|plutot)\s+voir\s+(?:mon|ma|mes)\s+(?:" + _FAMILY + r")\s+morte?s?\s+(?:que|qu')\s*"
    r"(?P<tail_est>" + _IDENTITY_WORDS + r")\b"
)
_RATHER_WORDS = frozenset({"rather", "mieux", "prefererais", "prefere", "plutot"})
# One member named by an identity word beside a family noun ("a gay son", « un fils gai »).
_IDENTITY = re.compile(r"\b(?:" + _IDENTITY_WORDS + r")\b")

# -- "Another X, another crime" ----------------------------------------------------------------
_AGAIN = r"(?:(?:yet\s+)?another|encore\s+(?:un|une|des)|un\s+autre|une\s+autre)"
_CRIME = (
    r"(?:bomb\w*|terror\w*|attack\w*|stabbing\w*|shooting\w*|murder\w*|killing\w*|rape\w*|robbery|robberies|theft\w*|riot\w*|beheading\w*"
    r"|massacre\w*|assault\w*|crime\w*|scam\w*|fraud\w*|carjacking\w*|hijacking\w*|mugging\w*|grooming|honou?r\s+killing"
    r"|vol|vols|viol|viols|attentat\w*|meurtre\w*|agression\w*|braquage\w*|fusillade\w*|attaque\w*|emeute\w*|arnaque\w*|fraude\w*"
    r"|crime\w*|coup\s+de\s+couteau|coups\s+de\s+couteau|assassinat\w*|tuerie\w*|decapitation\w*|egorgement\w*|cambriolage\w*|delit\w*)"
)
# The group as victim ("another hate crime against them", « encore une victime d'une attaque haineuse »)
# is mourning, not insinuation.
_VICTIM = r"(?:hate|hateful|victims?|victimes?|haine|haineu\w*|racist\w*|raciste\w*|islamophob\w*|antisemit\w*|homophob\w*|transphob\w*)"
_ANOTHER = re.compile(
    rf"\b{_AGAIN}\s+{_G}\s*[,;:.\u2013\u2014-]+\s*{_AGAIN}\s+(?!(?:[\w'-]+\s+){{0,3}}?{_VICTIM}\b)(?:[\w'-]+\s+){{0,2}}?{_CRIME}\b"
    rf"(?!\s+(?:[\w'-]+\s+)?(?:against|on|targeting|towards|contre|visant|envers|{_VICTIM})\b)"
)
_ANOTHER_WORDS = frozenset({"another", "encore", "autre"})

# -- a group's place is an animal's, or nowhere --------------------------------------------------
_PENS = (
    r"zoos?|cages?|barns?|kennels?|pigsty|pigpen|stables?|sewers?|gutters?|trash|garbage|dump|dumpster|pound|jungle|trees"
    r"|enclos|etables?|porcherie|ecuries?|chenils?|niches?|poubelles?|egouts?|fourriere|arbres|depotoirs?|dompe|vidanges|decharges?"
)
_PLACE_OF = re.compile(
    r"\b(?:la\s+)?place\s+(?:des|d'un|d'une|du|de\s+la|de\s+l'|de\s+ces|de\s+tous\s+les)\s*" + _G
    + r"\s*,?\s*(?:c'?est|est|se\s+trouve|sera)\s+(?:(?:au|aux|a\s+la|a\s+l'|dans\s+(?:un|une|la|le|les|des|l'))\s*(?:" + _PENS + r")\b"
    r"|nulle\s+part|sous\s+terre|six\s+pieds\s+sous\s+terre)"
    r"|\b(?:the\s+)?place\s+(?:for|of)\s+" + _G.replace("?P<g>", "?P<g2>")
    + r"\s+is\s+(?:(?:in|at)\s+(?:a|the)\s+(?:" + _PENS + r")\b|nowhere|six\s+feet\s+under|under\s+the\s+ground)"
)
_PLACE_WORDS = frozenset({"place"})

# -- no business in a field ----------------------------------------------------------------------
_FIELDS = (
    r"genie|ingenierie|sciences?|politique|armee|police|sports?|medecine|informatique|construction|affaires|gouvernement|pouvoir"
    r"|direction|maths?|mathematiques|techno|technologie|tech|universite|hockey|fonction\s+publique|senat|parlement|aviation"
    r"|chantiers?|gestion|finances?|militaire|forces\s+armees|pompiers|cockpit|programmation|physique|chimie|recherche|magistrature"
)
_NO_BUSINESS = re.compile(
    r"(?:^|(?<=[.!?,\n])\s*|\b(?:les|des|ces)\s+)" + _G
    + r"\s+(?:n'|n\s+|ne\s+)?(?:ont|a)\s+(?:(?:rien|pas\s+d'?affaire)\s+a\s+faire|pas\s+d'?affaire|aucune\s+affaire)\s+"
    r"(?:en|dans|au|aux|a\s+la|a\s+l'|a)\s*(?:le\s+|la\s+|les\s+|l')?(?:" + _FIELDS + r")\b"
)
_NO_BUSINESS_WORDS = frozenset({"rien", "affaire"})


def _match(t: _Text, start: int, end: int, kind: str) -> _Match:
    first = min(bisect_left(t.starts, start), len(t.starts) - 1)
    last = max(first, bisect_left(t.starts, end) - 1)
    return _Match(frozenset({kind}), first, last, start, end, t.folded[start:end])


def _group_in(t: _Text, span: tuple[int, int]) -> bool:
    return span[0] >= 0 and names_a_group(t, *span)


def own_place_bans(t: _Text) -> list[_Match]:
    """ "No gays at my wedding venue.", « Pas de musulmans dans mon immeuble. » (DIS003)."""
    words = word_set(t)
    if _BAN_WORDS.isdisjoint(words) or _OWN.isdisjoint(words):
        return []
    return [_match(t, hit.start(), hit.end(), "ban") for hit in _BAN.finditer(t.folded) if _group_in(t, hit.span("g"))]


def no_business_in(t: _Text) -> list[_Match]:
    """ « Les femmes ont rien à faire en génie » (DIS003)."""
    if _NO_BUSINESS_WORDS.isdisjoint(word_set(t)):
        return []
    return [_match(t, hit.start(), hit.end(), "exclusion") for hit in _NO_BUSINESS.finditer(t.folded) if _group_in(t, hit.span("g"))]


def insinuations(t: _Text) -> list[tuple[_Match, ...]]:
    """Death preferred to a member in the family, "another X, another crime", a group's place
    in a zoo (DIS002)."""
    words = word_set(t)
    found: list[tuple[_Match, ...]] = []
    if not _RATHER_WORDS.isdisjoint(words):
        for hit in _RATHER.finditer(t.folded):
            name = next(n for n in ("tail", "tail_fr", "tail_is", "tail_est") if hit.group(n) is not None)
            lo, hi = hit.span(name)
            if _IDENTITY.search(t.folded, lo, hi) or names_a_group(t, lo, hi):
                found.append((_match(t, hit.start(), hit.end(), "implicit"),))
    if not _ANOTHER_WORDS.isdisjoint(words):
        found += [(_match(t, hit.start(), hit.end(), "implicit"),) for hit in _ANOTHER.finditer(t.folded) if _group_in(t, hit.span("g"))]
    if not _PLACE_WORDS.isdisjoint(words):
        for hit in _PLACE_OF.finditer(t.folded):
            span = hit.span("g") if hit.group("g") is not None else hit.span("g2")
            if _group_in(t, span):
                found.append((_match(t, hit.start(), hit.end(), "implicit"),))
    return found
