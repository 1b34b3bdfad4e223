"""Canadian civic addresses and postal codes in posts (SAF001 home address, SAF002 street address).

An address is found in either word order Canada Post accepts: English "123 Bank St.",
"12-345 Main Street West, apt 4", "#305 - 1234 5th Ave"; French « 123, rue Laurier »,
« 4-1234 boul. Saint-Joseph Est, app. 3 », « au 450 de la rue Sherbrooke ». Street names must
be capitalised (or, for the plainest street types, be an ordinary word that is not a unit or a
quantity: "45 elm st" counts, "a 15 minute drive" does not). Postal codes are matched with or
without the space.

Whose address it is comes from the post's own words, in this order: a personal cue ("my place",
"we live at", « chez nous », « j'habite ») makes it a home; otherwise a venue word just before
or after it (the library, city hall, a café, « le resto », « nos bureaux ») makes it a public
place or a business, never flagged; otherwise an occasion that happens at home (a garage sale,
a move, a housewarming, a porch pickup, « vente de garage », « on déménage ») makes it a home
unless an event or a collection point is named right before it, or a venue is who moves (« le
comptoir alimentaire déménage au ... »); then a review, a recommendation
or an event around the address ("X recommends 44 Gulf Beach Highway.", "best pho in town", « le
spectacle est au ... », a service "without an appointment", « sans rendez-vous », a historic site,
a rental ad, a benefit « au profit des scouts ») makes it public; then something sent or brought there, an apartment
number, or a household's errands anywhere in the post (the parcel, the mail for the last owner,
the lease, the driveway the plow buried, « colis », « bail ») make it a home; anything else is a
street address, reported at low severity. Venue words that are also rooms or ordinary words
("our building", « le salon », « un café », "book club") are told by their neighbours.

pyap (US/CA/GB address detection) was tried and left out: it needs the city and province after
the street, so it finds neither "garage sale at 45 Elm St" nor any French word order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, partial

from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules.base import evidence, text_words
from footprint.rules.safety_base import SafetyRule, alternation, data, fields, has_digit, section
from footprint.rules.safety_regex import factored
from footprint.rules.view import derived
from footprint.text import fold

# A civic number, with a unit before it ("12-345", "4B") and never part of a price, a time,
# a decimal, an ordinal or a phone number.
_NUMBER = r"(?:(?<=#)(?=\d{1,5}[A-Za-z]?\s*[-–]\s*\d)|(?<![\w#$.,/:@-]))\d{1,6}(?:[A-Da-d]|[F-Zf-z](?<![sSnNrRtThH])|-[A-Da-d])?(?![\w/:])(?:\s*[-–]\s*\d{1,6}[A-Za-z]?(?![\w/:]))?"
_UNIT_WORDS = r"apt|apartment|unit|suite|ste|app|appt|appartement|logement|log|no|num[eé]ro"
# "apt 4, ", "unit 12 - ", "#305 - ", « app. 3, »
_UNIT_BEFORE = rf"(?:(?i:{_UNIT_WORDS})\.?\s*#?\s*\d{{1,5}}[A-Za-z]?\s*[,–-]\s*|#\s*\d{{1,5}}[A-Za-z]?\s*[–-]\s*)"
# Where an address may begin: a unit word's first letter, "#", or the civic number's digit. The
# patterns open on an optional unit group, which the engine tries at every character of a post; a
# look at one character first skips the places where none of these stands (the same matches,
# found in less than half the time).
_OPENING = "(?i:(?=[\\d#" + "".join(sorted({word[0] for word in _UNIT_WORDS.split("|")})) + "]))"
# ", apt 4", " #305", « , app. 3 »
_UNIT_AFTER = rf"(?:,?\s*(?:(?i:{_UNIT_WORDS})\.?\s*#?\s*|#\s*)\d{{1,5}}[A-Za-z]?(?![\w]))"
_DIRECTION = r"(?:\s+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|Nord|Sud|Est|Ouest|O)\.?(?![\w'’-]))"
# A street's name word: capitalised, an ordinal, or (in the numbered grids of the Prairies) a
# bare number: "10234 82 Ave NW", "1234 - 56 Street SE"
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|\d{1,3}(?:st|nd|rd|th|e|er|re)?)"
_FR_LINK = r"(?:(?:de\s+la|de\s+l'|des|du|de|d'|l'|les|la|le)(?:\s+|(?<=')))?"
_POSTAL = factored(
    r"(?<![\w-])[abceghj-nprstvxy]\d[abceghj-nprstv-z][ -]?\d[abceghj-nprstv-z]\d(?![\w-])"
)
# Street types plain enough to follow a lower-case name ("45 elm st", "12 bank street").
_PLAIN_TYPES_EN = (
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "crescent", "cres", "drive", "dr", "lane", "ln",
    "court", "ct", "crt", "terrace",
)
_PLAIN_TYPES_FR = ("rue", "avenue", "boulevard", "boul", "chemin", "montee")
# Lower-case words that are not a street's name: quantities, units, determiners ("a 15 minute
# drive", "2 way street", "3 more streets").
_NOT_NAMES = frozenset("""
a an the this that these those my our your his her their its some any every each no more most less few
many other another next last first same one two three four five six seven eight nine ten of on in at to
for from by with and or but as per about into onto over under off up down out minute minutes min mins hour
hours hr hrs day days week weeks month months year years second seconds mile miles km kms kilometre
kilometres kilometer kilometers metre metres meter meters block blocks lane lanes way ways wheel car cars
star stars dollar dollars buck bucks cent cents percent storey story stories door doors seat seats person
people kid kids time times point points lap laps step steps turn turns floor floors house houses unit units
dead end main side back front long short big small old new same quick easy hard full half
de la le les du des un une au aux et ou pour par sur dans avec sans en sa son ses mon ma mes ce cette
""".split())


@dataclass(frozen=True)
class _Patterns:
    address_en: re.Pattern[str]
    address_en_plain: re.Pattern[str]
    address_fr: re.Pattern[str]
    home: re.Pattern[str]
    home_context: re.Pattern[str]
    venue: re.Pattern[str]
    address_en_lenient: re.Pattern[str]


def _types(lang: str) -> str:
    entries = data()["street_types"][lang]
    return "|".join(sorted((re.escape(fold(t)) for t in entries), key=len, reverse=True))


@cache
def patterns() -> _Patterns:
    plain_en = "|".join(_PLAIN_TYPES_EN)
    return _Patterns(
        # On the text as written: capitalised names ("123 Main St", "45 St. Laurent Blvd").
        address_en=factored(
            rf"{_OPENING}{_UNIT_BEFORE}?{_NUMBER}(?:,|\s+[-–])?\s+(?:{_NAME_WORD}\s+){{1,4}}?(?i:{_types('en')})\.?(?![\w'’-])"
            rf"{_DIRECTION}?{_UNIT_AFTER}?"
        ),
        # On folded text: one or two lower-case words, checked against _NOT_NAMES afterwards.
        address_en_plain=factored(
            rf"{_OPENING}{_UNIT_BEFORE.replace('A-Za-z', 'a-z')}?{_NUMBER}\s+(?P<name>[a-z][a-z'-]{{2,}}(?:\s+[a-z][a-z'-]{{2,}})?)"
            rf"\s+(?:{plain_en})\.?(?![\w'-])"
        ),
        # On folded text, French order: the name after the type is checked afterwards.
        address_fr=factored(
            rf"{_OPENING}{_UNIT_BEFORE.replace('A-Za-z', 'a-z')}?{_NUMBER}(?:,|\s+de\s+la|\s+du|\s+de\s+l')?\s+"
            rf"(?P<type>{_types('fr')})\.?\s+{_FR_LINK}(?=\w)"
        ),
        home=factored(
            rf"(?<!\w)(?:{alternation(section('personal_info.toml', 'home_cues'))}"
            # "my new apartment", "our little house", « notre nouvel appart », « ma petite maison »
            r"|(?:my|our)\s+(?:new|little|first|tiny|cozy|own|forever|dream|sweet|happy)\s+(?:home|house|place|apartment|apt|condo|townhouse|duplex|flat|unit|address)"
            r"|(?:mon|ma|notre)\s+(?:nouvel|nouvelle|nouveau|petit|petite|premier|premiere)\s+(?:maison|appart|appartement|logement|condo|adresse|chez-nous|demeure|duplex|triplex|bloc))(?!\w)"
        ),
        home_context=factored(rf"(?<!\w)(?:{alternation(section('personal_info.toml', 'home_context'))})(?!\w)"),
        venue=factored(rf"(?<!\w)(?:{alternation(section('personal_info.toml', 'venues'))})(?!\w)"),
        # On folded text, any English street type after lower-case words: only where the post
        # says the place is a home ("housewarming at our new place 22 juniper way").
        address_en_lenient=factored(
            rf"{_OPENING}{_UNIT_BEFORE.replace('A-Za-z', 'a-z')}?{_NUMBER}\s+(?P<name>[a-z][a-z'-]{{2,}}(?:\s+[a-z][a-z'-]{{2,}})?)"
            rf"\s+(?:{_types('en')})\.?(?![\w'-]){_UNIT_AFTER.replace('A-Za-z', 'a-z')}?"
        ),
    )


# "Top 10 2 St ideas": a numbered street needs a civic number of three digits or more
_SMALL_GRID = factored(r"\d{1,2}[A-Za-z]?\s+\d{1,3}\s+[A-Za-z]+\.?$")
# The street's name after a French type: "Laurier", "Island Park", "Saint-Joseph"
_NAME_AFTER = factored(r"[\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}")
_FR_TAIL = factored(
    rf"{_DIRECTION}?(?:,?\s*(?:app|appt|appartement|logement|log|unite|bureau|local|suite|#)\.?\s*#?\s*\d{{1,5}}[A-Za-z]?(?!\w))?",
    re.IGNORECASE,
)


@cache
def _street_words() -> frozenset[str]:
    return frozenset(fold(t) for entries in data()["street_types"].values() for t in entries)


def _french(original: str, folded: str, lenient: bool = False) -> Iterator[tuple[int, int]]:
    """French-order addresses; `lenient` (the post says the place is a home) lets any street
    type take a lower-case name (« notre nouvelle place au 45 promenade cedarview »)."""
    for m in patterns().address_fr.finditer(folded):
        name = _NAME_AFTER.match(original, m.end())
        if name is None:
            continue
        word = name.group(0).split()[0]
        plain = fold(word)
        if not (word[0].isupper() or word[0].isdigit()):
            # « 123 rue laurier » is an address; « 2 route de campagne » is not checked further.
            if (m.group("type") not in _PLAIN_TYPES_FR and not lenient) or plain in _NOT_NAMES or len(plain) < 3:
                continue
        end = name.end() if (word[0].isupper() or word[0].isdigit()) else m.end() + len(word)
        tail = _FR_TAIL.match(original, end)
        yield m.start(), tail.end() if tail else end


def _english_plain(folded: str) -> Iterator[tuple[int, int]]:
    for m in patterns().address_en_plain.finditer(folded):
        if any(word in _NOT_NAMES for word in m.group("name").split()):
            continue
        yield m.span()


def addresses(original: str, folded: str) -> list[tuple[int, int]]:
    """Spans of civic addresses (either word order) and postal codes. Only `read` asks, once
    per text: its reading is what the family's rules share."""
    if not has_digit(folded):
        return []
    spans: list[tuple[int, int]] = []
    if not text_words(folded).isdisjoint(_street_words()):
        spans += [m.span() for m in patterns().address_en.finditer(original) if not _SMALL_GRID.match(m.group(0))]
        spans += _english_plain(folded)
        p = patterns()
        home = p.home.search(folded) is not None or p.home_context.search(folded) is not None
        spans += _french(original, folded, home)
        if home:
            spans += [m.span() for m in p.address_en_lenient.finditer(folded) if _NOT_NAMES.isdisjoint(m.group("name").split())]
    spans += [m.span() for m in _POSTAL.finditer(folded)]
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping finds of the same address become one span."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# A venue named as a landmark ("across from the library") says where the address is, not what.
_LANDMARK = factored(
    r"(?:near|across\s+from|next\s+to|behind|beside|by|close\s+to|opposite|facing|down\s+from|up\s+from|steps\s+from"
    r"|minutes?\s+from|walk(?:ing)?\s+(?:distance\s+)?(?:from|to)|around\s+the\s+corner\s+from|doors\s+down\s+from"
    r"|pres\s+d[eu]|en\s+face\s+d[eu]|a\s+cote\s+d[eu]|derriere|a\s+deux\s+pas\s+d[eu]|proche\s+d[eu]|face\s+au|au\s+coin\s+d[eu]"
    r"|a\s+\d+\s+minutes?\s+d[eu])\s+(?:the\s+|la\s+|le\s+|l'|our\s+|notre\s+)?$"
)


@cache
def _street_after() -> re.Pattern[str]:
    return factored(rf"\s+(?:{_types('en')})\.?(?![\w'-])")


_STREET_BEFORE = factored(r"(?:rue|avenue|boulevard|boul|chemin|promenade|croissant|place)\s+(?:d[eu]s?\s+|de\s+la\s+|de\s+l'|la\s+|le\s+)?$")


# "stop by the clinic" is a visit, not a landmark
_VISIT_BY = factored(r"(?:stop|swing|drop|pop|come)\s+by")


def _public(folded: str, start: int, end: int, before: int = 70, after: int = 24) -> re.Match[str] | None:
    """A venue word shortly before the address, or right after it: a public place or business."""
    window_start = max(0, start - before)
    for venue in patterns().venue.finditer(folded, window_start, min(len(folded), end + after)):
        if start <= venue.start() < end:
            continue  # a word of the address itself ("123 Park Ave", « 5, rue de l'Église »)
        if _street_after().match(folded, venue.end()) or _STREET_BEFORE.search(folded, max(0, venue.start() - 16), venue.start()):
            continue  # another street's name: "corner of Station Rd", « coin de la rue du Parc »
        if _ordinary(folded, venue):
            continue  # "our building", « le salon » (a living room), "book club", "bar fridge", « un café »
        landmark = _LANDMARK.search(folded, max(0, venue.start() - 16), venue.start())
        if landmark and not _VISIT_BY.search(folded, max(0, landmark.start() - 8), landmark.start() + 2):
            continue
        return venue
    return None


# Venue words that are also the rooms and things of a home, or ordinary words, told by their
# neighbour: "our building", « le salon » (the living room), « au 2e étage », "book club",
# "home gym", « un café » (a coffee), « ça marche », "studio apartment", "bar fridge", "fair warning".
_HOME_ROOMS = frozenset(("building", "salon", "sous-sol", "etage", "floor"))
_HOME_ROOMS_BEFORE = factored(r"(?:(?:my|our|mon|ma|notre|nos|le|la|the)\s+(?:new\s+|nouveau\s+|nouvel\s+)?|\d+(?:e|er|eme|st|nd|rd|th)\s+)$")
_NAMED_AFTER = factored(r"\s+(?:du|de|des|d'|of)(?!\w)")
_ORDINARY_AFTER_WORD = frozenset(("club", "gym", "office", "cafe", "marche"))
_ORDINARY_BEFORE = factored(r"(?<![\w'])(?:book|home|un|une|ca)\s+$")
_ORDINARY_BEFORE_WORD = frozenset(("studio", "bar", "fair"))
_ORDINARY_AFTER = factored(r"\s+(?:apartment|apt|appart|fridge|warning|enough|share|play)(?!\w)")


def _ordinary(folded: str, venue: re.Match[str]) -> bool:
    word = venue.group(0)
    before = folded[max(0, venue.start() - 14):venue.start()]
    if word in _HOME_ROOMS:  # « le Salon du livre » is an event
        return _HOME_ROOMS_BEFORE.search(before) is not None and _NAMED_AFTER.match(folded, venue.end()) is None
    if word in _ORDINARY_AFTER_WORD:
        return _ORDINARY_BEFORE.search(before) is not None
    if word in _ORDINARY_BEFORE_WORD:
        return _ORDINARY_AFTER.match(folded, venue.end()) is not None
    return False


@dataclass(frozen=True)
class _Reading:
    kind: str  # "home", "street" or "public"
    spans: tuple[tuple[int, int], ...]


def read(original: str, folded: str) -> _Reading | None:
    """Whether the text gives an address, and whose: a home (with the cue's span), a street
    address, or a public place or business (not reported). SAF001, SAF002 and SAF007 ask about
    the same text in turn: the subject's view keeps the reading for the three."""
    if not has_digit(folded):
        return None  # no civic number, no postal code: most posts stop here
    return derived(("SAF address reading", folded, original), partial(_read, original, folded))


def _read(original: str, folded: str) -> _Reading | None:
    spans = addresses(original, folded)
    if not spans:
        # the word look-up first: most posts hold none of these words, and then the digit scan is saved
        bare = _BARE.search(original) if not text_words(folded).isdisjoint(_BARE_WORDS) and has_digit(folded) else None
        return _Reading("home", (bare.span(),)) if bare else None
    p = patterns()
    personal = p.home.search(folded)
    if personal and personal.group(0) in _SHARED_HOME_WORDS and _business(folded, spans):
        # a shop's or a restaurant's « chez nous », "our place": « Venez souper chez nous au 123, rue
        # Principale, le resto est ouvert jusqu'à 22 h »
        return _Reading("public", tuple(spans))
    if personal:
        return _Reading("home", tuple(sorted({personal.span(), *spans})))
    if _ORGANISATION.search(folded):
        # an organisation speaking ("we're hiring, drop by", « on recrute, passez au », « le bureau de
        # circonscription a déménagé au », an MP's office hours, a rally, an open house)
        return _Reading("public", tuple(spans))
    context = p.home_context.search(folded)
    if context:
        # A home occasion (a garage sale, a move, "come by") is weighed against a venue word
        # right by the address only: moving-sale posts are full of "bar fridge", "home gym",
        # "free box", "studio apartment", which are not where the sale is.
        if any(_public(folded, *s, before=30, after=0) or _EVENT_NEAR.search(folded, max(0, s[0] - 30), s[0]) for s in spans):
            return _Reading("public", tuple(spans))
        if _public(folded, *context.span(), before=28, after=0):
            return _Reading("public", tuple(spans))  # the venue is who moves: « le comptoir alimentaire déménage au ... »
        return _Reading("home", tuple(sorted({context.span(), *spans})))
    private = [s for s in spans if _public(folded, *s) is None and _reviewed(folded, *s) is None]
    if not private:
        return _Reading("public", tuple(spans))
    doors = [s for s in private if not _POSTAL.fullmatch(folded, *s)]  # a postal code alone says a region, not a door
    for start, end in private:
        # a postal code alone counts only when labelled home ("Home: K2P 1L4", « Maison : J8X 2K1 »),
        # not where it is sent ("Ship it to K1A 0B1")
        lead = (_LEAD_IN if (start, end) in doors else _HOME_LABEL).search(folded, max(0, start - 40), start)
        if lead:
            return _Reading("home", tuple(sorted({lead.span(), *private})))
    for start, end in doors:
        if _DWELLING_UNIT.search(folded, start, end):
            return _Reading("home", tuple(private))  # an apartment's number: where someone lives
    domestic = _DOMESTIC.search(folded) if doors else None
    if domestic:
        # the parcel left at it, the mail for the last owner, the lease, the driveway the plow
        # buried: a household's errands happen at a home, and no venue or review is near
        return _Reading("home", tuple(sorted({domestic.span(), *private})))
    return _Reading("street", tuple(private))


# Home words a business uses of itself too (Québec shops say « chez nous »)
_SHARED_HOME_WORDS = frozenset(
    ("chez nous", "chez moi", "our place", "my place", "our new place", "notre maison", "ma maison", "notre nouvelle maison", "our home")
)


def _business(folded: str, spans: list[tuple[int, int]]) -> bool:
    """The post speaks of a business: a review's or an opening's words, an organisation's voice,
    or a venue word anywhere near the address that is not part of it, another street's name, a
    room or an ordinary word ("le resto", « la boulangerie », not "99 Bank Street")."""
    if _REVIEW.search(folded) or _ORGANISATION.search(folded):
        return True
    return any(_public(folded, *s, before=200, after=200) for s in spans)


_ORGANISATION = factored(
    r"(?<![\w'])(?:we'?re\s+hiring|now\s+hiring|hiring|recrute|recrutons|on\s+recrute|embauche|on\s+embauche"
    r"|(?:your|send\s+(?:us\s+)?your|votre|envoyez\s+(?:nous\s+)?votre)\s+(?:resume|cv)"
    r"|office\s+hours|heures\s+de\s+bureau|permanence|constituency|circonscription|portes\s+ouvertes|open\s+house"
    r"|rassemblement|rally|vigil|vigile|manif|manifestation|our\s+team|notre\s+equipe|our\s+customers|nos\s+clients"
    r"|(?:our|notre|nos)\s+(?:clinic|clinique|store|shop|boutique|magasin|friperie|thrift\s+shop|office|bureau|bureaux|studio|salon|restaurant|resto"
    r"|bakery|boulangerie|cafe|brewery|microbrasserie|organisation|organization|organisme|foundation|fondation|association|club))(?!\w)"
)
# Offices, shops and warehouses have suites, floors and units; only a dwelling has an apartment.
_DWELLING_UNIT = factored(r"(?<![\w'])(?:apt|apartment|app|appt|appartement|logement|log)\.?\s*#?\s*\d")
# A household's errands and troubles, said anywhere in the post: where they happen is a home.
_DOMESTIC = factored(
    r"(?<![\w'])(?:packages?|parcels?|deliver(?:y|ed|ies)|courier|amazon|purolator|fedex|canada\s+post|(?:the|my|our)\s+mail"
    r"|mail\s+(?:for|keeps|is|was)|leases?|landlord|tenants?|roommates?|driveway|snow\s*plow|plow|plough|the\s+curb|lawn"
    r"|(?:my|our)\s+(?:street|block|cul-de-sac)|instead\s+of|wrong\s+address|invites?|invitations?|here\s+we\s+come"
    r"|who'?s\s+in|ring\s+(?:twice|the\s+bell)|moving\s+(?:truck|van|boxes)|(?:we|i)\s+(?:just\s+)?bought"
    r"|colis|livreur|livreuse|livraisons?|postes\s+canada|courrier|boite\s+aux\s+lettres|bail|proprio|locataires?|colocs?"
    r"|loyer|deneigeuse|deneigement|souffleuse|gazon|pelouse|bord\s+de\s+la\s+rue|(?:ma|notre)\s+rue|au\s+lieu\s+d[eu]"
    r"|nous\s+voila|qui\s+embarque|camion\s+de\s+demenagement|(?:on|nous)\s+(?:a|avons|vient\s+d')\s*achete"
    r"|interphone|sonnez"
    # the home's own rooms, repairs, nights and pets: "our basement flooded at", "renovations at ... come
    # see the kitchen", "first night sleeping at", "cozy night in at", "it's our Milo", « enfin installés
    # au », « notre sous-sol », « les rénos », « première nuit », « les lumières de Noël »
    r"|(?:our|my|the)\s+(?:basement|kitchen|backyard|back\s+yard|front\s+yard|attic|furnace|garage\s+door|roof|deck|porch)"
    r"|renos?|renovations?|first\s+night|cozy\s+night\s+in|night\s+in|christmas\s+lights|holiday\s+lights"
    r"|(?:our|my)\s+(?:cat|dog|pup|puppy|kitty|kitten)"
    r"|(?:notre|mon|ma|le|la)\s+(?:sous-sol|cuisine|cour\s+arriere|grenier|fournaise|toiture|balcon|galerie)"
    r"|renos?|renovations?|premiere\s+nuit|soiree\s+tranquille|lumieres\s+de\s+noel|(?:notre|mon|ma)\s+(?:chat|chatte|chien|chienne|minou)"
    r"|(?:enfin\s+)?installee?s?\s+au)(?!\w)"
)
# Praise, a review or an event's words by the address: a restaurant, a show, a business
# recommended ("Hunter recommends 44 Gulf Beach Highway.", "best pho in town", « le spectacle
# est au 1234, rue Sainte-Catherine », "jazz night ... no cover", "shout out to Mike's Garage").
_REVIEW = factored(
    # (after French elision too: « l'atelier », « d'ateliers »)
    r"(?:(?<![\w'])|(?<=(?<!\w)[ld]'))(?:recommends?|recommended|recommande|recommandee?s?|best\s+(?:[\w'-]+\s+){1,3}?in\s+(?:town|the\s+city|ottawa|canada)"
    r"|meilleure?s?\s+(?:[\w'-]+\s+){1,3}?(?:en\s+ville|a\s+\w+)|must[\s-]try|worth\s+the\s+(?:trip|drive|wait)|vaut\s+le\s+detour"
    r"|a\s+essayer|try\s+the|essayez|go\s+hungry|allez-y|five\s+stars|5\s+stars|5\s+etoiles|shout\s*-?\s*outs?\s+to"
    r"|big\s+thanks\s+to|merci\s+(?:au|a\s+la|aux)|(?:the|a|our|this|le|un|notre|ce)\s+(?:show|concert|gig|spectacle|performance)"
    r"|tickets?|billets?|no\s+cover|cover\s+charge|entree\s+libre|entree\s+gratuite|admission|live\s+music|musique\s+live"
    r"|open\s+mic|karaoke|jazz|trivia|quiz|doors\s+(?:at|open)|portes\s+a\s+\d|ouvre\s+(?:ses\s+portes|le|lundi|mardi|mercredi"
    r"|jeudi|vendredi|samedi|dimanche|a\s+\d)|opens\s+(?:its\s+doors|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|at\s+\d)"
    r"|grand\s+opening|now\s+open|open\s+(?:until|till|daily|7\s+days)|ouvert\s+(?:jusqu|tous\s+les\s+jours|7\s+jours)"
    # a shop's hours said as a range: "is open 8 to 10 daily", "open from 9", « est ouvert de 8 h à 22 h »
    r"|open\s+(?:from\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:to|-|–|till|until)\s*\d{1,2}|open\s+(?:every\s+day|weekdays|weekends|24/7|24\s+hours)"
    r"|ouverte?s?\s+(?:de\s+)?\d{1,2}\s*h\s*\d{0,2}\s*(?:a|-|–|jusqu'a)\s*\d{1,2}(?:\s*h)?|ouverte?s?\s+(?:en\s+semaine|la\s+fin\s+de\s+semaine|24\s+heures|24/7)"
    r"|menu|reservations?|book\s+(?:now|online)|en\s+ligne|online|(?:ate|eaten|dined|had\s+(?:lunch|dinner|brunch|breakfast)"
    r"|mange|soupe|dine)\s+(?:at|au|chez|a\s+la)|(?:de\s+la|in\s+the)\s+(?:ville|city|region|area)"
    # a business or an event described: it serves, closes early, is on site, welcomes all
    r"|(?:le|la|les|the)\s+meilleure?s?|the\s+best|(?:sert|servent|serves|serving|offre|offrent|offers|recrute|recruits|hiring|embauche|repare|reparent|repairs|fixes|sells|vend|vendent)"
    r"|ferme(?:ra)?\s+(?:a\s+\d|plus\s+tot|ses\s+portes|tot|le\s+\w+|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"|closes?\s+(?:at\s+\d|early|its\s+doors|on\s+\w+)|sur\s+place|on[\s-]site|take-?out|pour\s+emporter"
    r"|spectacles?|concerts?|ateliers?|workshops?|conferences?|tous\s+bienvenus|bienvenue\s+a\s+tous|(?:all|everyone)\s+welcome"
    # a historic site, a rental ad, a benefit (news of a street, "water main break at ...", stays a street address)
    r"|historic\s+site|heritage|birthplace|lieu\s+historique|patrimoine|maison\s+natale|for\s+rent|for\s+lease|now\s+leasing|a\s+louer|logements\s+a\s+louer"
    r"|au\s+profit\s+d|levee\s+de\s+fonds|collecte\s+de\s+fonds|proceeds|in\s+support\s+of|fundraiser|benefit|benefice"
    # a service open to anyone: "no appointment needed", « sans rendez-vous », "by appointment"
    r"|sans\s+(?:rendez-vous|rdv)|sur\s+rendez-vous|without\s+an?\s+appointment|no\s+appointment|by\s+appointment|walk-?ins?\s+welcome"
    r"|free\s+admission|depot\s+de|tree\s+drop-?off|drop-?off\s+(?:site|depot|location)|recycling|collection\s+(?:site|point|depot)"
    # a business's hours and openings: "opens tomorrow at 8", « ouvre demain à 8 h », "Mon-Sat 10 to 6",
    # « du lundi au samedi », "weekdays 8:30-4:30"; donations dropped off
    r"|opens?\s+(?:today|tomorrow|tonight|this\s+\w+|next\s+\w+)|ouvre\s+(?:aujourd'hui|demain|ce\s+\w+|cette\s+\w+)"
    r"|(?:mon|tue|tues|wed|thu|thurs|fri|sat)(?:day)?s?\.?\s*(?:-|–|to|through|thru)\s*(?:tue|wed|thu|fri|sat|sun)(?:day)?s?"
    r"|du\s+lundi\s+au\s+(?:jeudi|vendredi|samedi|dimanche)|(?:business|opening|store|office)\s+hours|heures\s+d'ouverture"
    r"|donations?|dons|dropbox|boite\s+de\s+depot"
    # a class held there, in a numbered room: "Yoga every Tuesday at 6 pm at 22 Eddy St, room 3"
    r"|(?:room|salle)\s+#?\d{1,4}|yoga|pilates|zumba|classes|lessons|cours\s+de\s+\w+)(?!\w)"
)


# An event or a collection point named right before the address outweighs a home occasion
# ("Christmas tree drop-off at 100 Gamelin Blvd", « atelier gratuit au 22, rue Notre-Dame »)
_EVENT_NEAR = factored(
    r"(?<![\w'])(?:tree\s+drop-?off|drop-?off\s+(?:site|depot|location)|recycling|collection\s+(?:site|point|depot)|depot\s+de"
    r"|spectacles?|concerts?|ateliers?|workshops?|conferences?|fundraiser|benefice|tickets?|billets?|au\s+profit\s+d\w*"
    r"|levee\s+de\s+fonds|collecte\s+de\s+fonds|in\s+support\s+of)(?!\w)"
)


def _reviewed(folded: str, start: int, end: int) -> re.Match[str] | None:
    """A review's, a recommendation's or an event's words shortly before the address or in the
    sentence right after it."""
    return _REVIEW.search(folded, max(0, start - 70), min(len(folded), end + 60))


_BARE_WORDS = frozenset(
    "live address moved habite habitons adresse now housewarming house warming garage yard moving come swing drop pick "
    "pickup place party vente cremaillere mine ours keys cles chez digs demenage emmenage".split()
)
# "I live at 45 Elm", « j'habite au 12 Principale »: said of one's home, a number and a name are
# an address even without the street's type.
# The day of the occasion, between its name and the address
_WHEN_WORD = (
    r"(?i:this|next|on|tomorrow|today|tonight|weekend|morning|afternoon|(?:mon|tues|wednes|thurs|fri|satur|sun)day|sat|sun"
    r"|ce|cette|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|fin|de|semaine|matin|apr[eè]s-midi|soir)"
)
_BARE = factored(
    r"(?i:\b(?:i|we)\s+live\s+at|\bmy\s+(?:new\s+)?address\s+is|\bour\s+(?:new\s+)?address\s+is|\b(?:we'?re|we\s+are)\s+now\s+at"
    r"|\bmoved\s+(?:in)?to|\b(?:housewarming|house-warming|garage\s+sale|yard\s+sale|moving\s+sale|come\s+(?:by|over|to)|swing\s+by"
    r"|vente\s+de\s+garage|cr[eé]maill[eè]re"
    r"|drop\s+by|pick\s*-?up|our\s+(?:new\s+)?place|my\s+(?:new\s+)?place|party\s+at\s+(?:ours|mine)"
    # "drop it at mine, 14 Willow", "got the keys!! 36 Maplewood", « dépose-le chez nous, 14 Willow »,
    # « vente de déménagement au 88 Rideau », « on a les clés!! 36 Maplewood »
    r"|at\s+(?:mine|ours)|got\s+the\s+keys(?:\s+to)?|keys\s+to|new\s+digs|chez\s+(?:nous|moi)"
    r"|vente\s+de\s+(?:d[eé]m[eé]nagement|d[eé]barras)|(?:on\s+a|j'ai|nous\s+avons)\s+(?:enfin\s+)?les\s+cl[eé]s(?:\s+du)?"
    r"|(?:on\s+a|nous\s+avons|on\s+vient\s+d'|je\s+viens\s+d')\s*(?:d[eé]m[eé]nag[eé]|emm[eé]nag[eé])(?:\s+au)?)"
    # a day or two words may come between: "housewarming saturday at 45 Elm", « vente de garage samedi au 12 Principale »
    rf"(?:\s+{_WHEN_WORD}){{0,4}}\s*(?:at|to|au|[:,!—–-]+)?"
    rf"|\b(?:vente\s+de\s+garage|cr[eé]maill[eè]re)(?:\s+{_WHEN_WORD}){{0,3}}\s+au|\bj['’]habite\s+au|\bon\s+habite\s+au"
    r"|\bnous\s+habitons\s+au|\b(?:mon|notre)\s+(?:nouvelle\s+)?adresse\s*(?:est|:))"
    r"\s*:?\s+(?:le\s+)?\d{1,5}[A-Da-d]?,?\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2}"
)
_HOME_LABEL = factored(r"(?:^|[.!?\n]\s*)(?:home|address|addy|adresse|domicile|chez\s+nous|chez\s+moi|maison)\s*[:=-]\s*$")
# Right before the address: something sent or brought there ("send the invites to", « apportez
# vos dons au »), or the house itself ("the yellow house at", « la maison jaune au »).
_LEAD_IN = factored(
    r"(?<!\w)(?:(?:send|mail|ship|bring|deliver)\w*\s+(?:[\w']+\s+){0,3}?to(?:\s+(?:me|us)\s+at)?"
    r"|(?:envoye[rz]|postez|poster|apporte[rz]|livre[rz])\s+(?:[\w']+\s+){0,3}?(?:au|a)"
    r"|(?:house|home|townhouse|bungalow|duplex)\s+(?:[\w']+\s+)?(?:at|on)"
    r"|(?:maison|bungalow|duplex|triplex|jumele)\s+(?:[\w']+\s+)?au"
    r"|(?:^|[.!?\n]\s*)(?:home|address|addy|adresse|domicile|chez\s+nous|chez\s+moi|maison)\s*[:=-])\s*[:,]?\s*$"
)


class HomeAddress(SafetyRule):
    """Home address or postal code.

    A street address or postal code presented as where you live ("I live at 12 Elm Street",
    "garage sale at our place, 45 Elm St.", « j'habite au 1234, rue Sainte-Catherine », « vente
    de garage au 12, rue des Pins ») lets anyone who disagrees with you, or with your department,
    find your home.
    """

    code = "SAF001"
    name = "home-address"
    severity = Severity.HIGH
    confidence = Confidence.HIGH
    action = "Delete the post or remove the address, and check old posts and photos for the same details."
    examples_flagged = (
        "Housewarming at our new place, 42 Maple Crescent, K2P 1L4!",
        "J'habite au 1234 rue Sainte-Catherine, venez!",
        "Garage sale Saturday 8-noon, 77 Elm Ave unit 2",
        "Vente de garage samedi au 123, rue Laurier",
    )
    examples_not_flagged = ("I live on the east side of town.", "Rendez-vous au parc samedi", "The library at 120 Metcalfe St. reopens Monday")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        for field, original, value in fields(subject, folded):
            reading = read(original, value)
            if reading is None or reading.kind != "home":
                continue
            return (RuleHit(
                evidence=tuple(evidence(subject, field, s, e) for s, e in reading.spans),
                message="Gives what looks like your home address or postal code.",
            ),)
        return ()


class StreetAddress(SafetyRule):
    """Street address or postal code in a post or profile.

    A street address or a full postal code narrows down where you can be found. If it is your
    home, a relative's, or a place you go every day, consider removing it; an address given with
    the name of a public building or a business is not reported.
    """

    code = "SAF002"
    name = "street-address"
    severity = Severity.LOW
    confidence = Confidence.LOW
    action = "If this address is your home or a place you go every day, remove it."
    examples_flagged = ("Bake sale at 123 Bank Street this Saturday", "Nid-de-poule géant devant le 55 boulevard René-Lévesque Est")
    examples_not_flagged = ("Top 10 reasons to visit Ottawa", "Il fait 25 degrés au soleil", "Le resto au 123, rue Laurier est fermé")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        for field, original, value in fields(subject, folded):
            reading = read(original, value)
            if reading is None or reading.kind != "street":
                continue  # a home is SAF001's; a public place or business is not reported
            return (RuleHit(
                evidence=tuple(evidence(subject, field, s, e) for s, e in reading.spans),
                message="Shows a street address or postal code.",
            ),)
        return ()
