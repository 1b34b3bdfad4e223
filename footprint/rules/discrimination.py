"""Hateful, discriminatory, degrading or harassing content (DIS0xx), in English and French.

The guidance asks public servants to weigh whether a post could be seen as discriminatory or
harassing, and to respect the dignity of all people. These rules look for slurs, dehumanising
generalisations about a group ("X are vermin", « les X sont des rats »), calls to expel a group
and hate slogans, threats, and insults aimed at a person.

What is NOT flagged: identity words on their own ("gay", "Black", "Muslim", "trans",
"autochtone", "juif" are ordinary words, see tests/rules/test_fairness.py), quoting or countering
hate ("stop calling people ...", "... is a slur", « arrêtez de dire ... », a slur in quotation marks
after "he said"), self-talk ("I'm such an idiot"), remarks about things ("this printer is
useless", « c'est nul ») and negated insults ("you're not stupid").

The word lists live in `data/harassment_lexicon.toml`. The text is split into words once and the
words are looked up in one index, so the cost does not grow with the size of the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from footprint import guidance as gd
from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules.base import Rule, evidence, negated
from footprint.rules.discrimination_context import (
    _addressed,
    _as_noun,
    _countered,
    _idiom,
    _plural,
    _qualified,
    _quoted,
    _second_person,
    _spans,
    _text,
    adjective_after_noun,
    affection,
    banter,
    disowned,
    friendly,
    friendly_plural,
    opened_by_saying,
    reclaimed,
)
from footprint.rules.discrimination_denial import worth_reading as denial_worth_reading
from footprint.rules.discrimination_groups import (
    contemptuous_naming,
    exclusions,
    generalisations,
    pointed_dehumanising,
)
from footprint.rules.discrimination_harm import worth_reading as harm_worth_reading
from footprint.rules.discrimination_hashtags import refusals, spelled_out
from footprint.rules.discrimination_implicit import implicit_derogations, recipes
from footprint.rules.discrimination_insults import aimed_insults, nobody_in_particular
from footprint.rules.discrimination_shapes import insinuations, no_business_in, own_place_bans
from footprint.rules.discrimination_text import _THREAT_TRIGGERS, _Match, _scan, _Text, lexicon
from footprint.rules.discrimination_threats import (
    _group_threat_pattern,
    _threat_pattern,
    denials,
    harm_against_a_group,
    household_hyperbole,
    mentions_a_group,
    names_a_group,
    staged,
    word_set,
)
from footprint.text import fold

__all__ = ["RULES", "lexicon"]

class _DiscriminationRule(Rule):
    category = "discrimination_harassment"
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.VALUES_ETHICS, gd.MANAGER, gd.OMBUD)


class Slur(_DiscriminationRule):
    """Slur that demeans people for who they are.

    Slurs target people for their race, origin, religion, sex, sexual orientation, gender
    identity or disability. Used on a personal account they can be seen as discriminatory and
    harm trust in the public service, whatever the intent. Quoting a slur to report or counter it
    ("stop calling people ...", « arrêtez de dire ... ») is not flagged, nor are identity words
    ("gay", "Black", "Muslim", "juif").
    """

    code = "DIS001"
    name = "slur"
    severity = Severity.HIGH
    confidence = Confidence.HIGH
    action = "Delete the post. If it was a quote or a counter-argument, make that plain or leave the word out."
    examples_flagged = ("Look at this faggot lol", "Ferme-la, sale pute", "You dumb bitch")
    examples_not_flagged = (
        "Stop calling people retarded, it's a slur.",
        "Proud to be gay and Muslim.",
        "Je suis en retard ce matin.",
        "Bitch about the weather all you want, it's still snowing.",
    )

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        t = _text(subject, folded)
        if t is None or not t.matches:
            return ()
        hits = [
            m for m in t.by_kind.get("slurs", ())
            if not _countered(t, m) and not _son_of(t, m) and not _pronoun_pair(t, m) and not _profanity_at_nobody(t, m)
            # a plural slur in a claim about a group opened by the act of saying it is reported:
            # "Writing that women are all ... says a lot about you"
            and not (_plural(m) and opened_by_saying(t, m))
        ]
        contextual = [
            m for m in t.by_kind.get("slurs_in_context", ())
            if "slurs" not in m.kinds and _qualified(t, m) and not _idiom(t, m) and not _countered(t, m)
        ]
        nouns = [
            m for m in t.by_kind.get("slurs_as_noun", ())
            if (_as_noun(t, m) or adjective_after_noun(t, m)) and not _countered(t, m)
        ]
        # Reclaimed in-group use ("as a queer woman", "me and my fellow dykes", « en tant que
        # gouine ») names the poster or their circle: no slur at anyone.
        found = [m for m in hits + contextual + nouns if not reclaimed(t, m) and not friendly_plural(t, m)]
        hits = [m for m in hits if m in found]
        if not found:
            return ()
        confidence = Confidence.HIGH if hits else Confidence.MEDIUM
        if affection(t):
            confidence = Confidence.LOW  # "love you, you crazy hoe 💖": kept, but weighs less
        return (RuleHit(
            evidence=_spans(subject, found),
            message="Uses a slur, a word that demeans people for their origin, religion, sex, sexuality, gender identity or disability.",
            confidence=confidence,
        ),)


def _son_of(t: _Text, m: _Match) -> bool:
    """ « fils de pute », like "son of a bitch", insults the person it is said to (DIS005), not
    women; « ta mère la pute » is still a slur."""
    return m.text == "pute" and m.first >= 2 and t.words[m.first - 2] in ("fils", "fille", "enfant") and t.words[m.first - 1] in ("de", "d")


def _pronoun_pair(t: _Text, m: _Match) -> bool:
    """"he/she feels desired", "him/her": a pair of pronouns written with a slash, not the
    slur "he-she"."""
    return m.last > m.first and "/" in t.folded[m.start:m.end]


# Gendered swear words that many English speakers throw at anyone, or at nobody: a slur when
# said of someone ("what a stupid cunt", "this cunt again"), not in "wisdom is not being a cunt
# about it" or "some cunt cut me off" (said of no one).
_SWEAR_SLURS = frozenset({"cunt", "cunts", "twat", "twats"})


def _profanity_at_nobody(t: _Text, m: _Match) -> bool:
    return m.text in _SWEAR_SLURS and (nobody_in_particular(t, m) or _FOND_OF_THEM.search(t.folded) is not None)


# Love said of the one sworn at: "wanna deck the cunt but I love him", "cheeky twat, love the
# guy", « je l'adore ». A swear word between fans or mates, not a slur at anyone.
_FOND_OF_THEM = re.compile(
    r"\b(?:i\s+(?:love|adore)\s+(?:him|her|them|that\s+(?:man|guy|woman|lad|girl|kid))"
    r"|(?:love|gotta\s+love)\s+(?:the|that|this)\s+(?:guy|man|lad|bloke|kid|woman|girl)"
    r"|je\s+l'?(?:aime|adore)|j'?l'?(?:aime|adore)|on\s+l'?(?:aime|adore))\b"
)


class DehumanisingGeneralisation(_DiscriminationRule):
    """Dehumanising or degrading generalisation about a group.

    Saying that a whole group of people, named by religion, origin, ethnicity, sex, sexuality or
    disability, are animals, vermin, criminals, lazy or a threat ("X are all lazy", "those people
    are animals", « les X sont tous des profiteurs », « ces gens-là vivent comme des rats »),
    naming a group with contempt ("dirty ...", « sale ... ») or saying you hate them is
    discriminatory content under the guidance. So is degrading a group without a degrading word:
    putting them below animals or wishing them caged ("my dog is smarter than any ..."), doubting
    that decent members exist (« ça existe, des ... honnêtes ? ») or holding one up as a token
    (« l'Arabe de service »). Naming a group is not: "Muslim", "immigrant", « autochtone » never
    flag on their own, nor do negated, partial or reported claims ("not all ...", "some ...",
    "stop saying that ...").
    """

    code = "DIS002"
    name = "dehumanising-generalisation"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = "Delete the post; consider whether other posts in the same thread say the same thing."
    examples_flagged = ("Immigrants are vermin.", "Les migrants sont des parasites", "Dirty Mexicans everywhere")
    examples_not_flagged = ("Immigrants are not criminals.", "Welcome to all refugees arriving this week!", "They are animals on the ice tonight!")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        t = _text(subject, folded)
        if t is None or not t.matches:
            return ()
        found = [
            pair for pair in generalisations(t)
            if not _countered(t, pair[0], speech=True) and not _countered(t, pair[-1]) and not _denied_after(t, pair[-1])
            and not _no_more_than(t, pair[0], pair[-1]) and not _belongs_to(t, pair[-1])
            and not _measured(t, pair[0], pair[-1])
        ]
        found += [pair for pair in contemptuous_naming(t) if not _countered(t, pair[0]) and not _quoted_apart(t, pair)]
        found += [one for one in pointed_dehumanising(t) if not _countered(t, one[0])]
        found += [pair for pair in implicit_derogations(t) if not _countered(t, pair[0], speech=True)]
        found += [pair for pair in recipes(t) if not _countered(t, pair[0], speech=True)]
        found += [one for one in insinuations(t) if not _countered(t, one[0], speech=True)]
        if not found:
            return ()
        return (RuleHit(
            evidence=_spans(subject, [m for pair in found for m in pair]),
            message="Describes a group of people as less than human, or with a degrading generalisation.",
        ),)


class ExclusionOrHateSlogan(_DiscriminationRule):
    """Call to expel or exclude a group, or a hate slogan.

    "Deport them all", "those people should be driven out", "go back to your country",
    « rentrez chez vous », « qu'ils retournent chez eux », « dehors les ... », hashtags such as
    #RefugeesNotWelcome, and white-supremacist or misogynist slogans single out people for who
    they are. Discussing immigration policy without targeting people is not flagged.
    """

    code = "DIS003"
    name = "exclusion-or-hate-slogan"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = "Delete the post, and check replies and reposts that carry the same slogan."
    examples_flagged = ("#DeportThemAll #BuildTheWall", "Go back to your own country!", "Dehors les migrants !")
    examples_not_flagged = ("The committee reviewed the refugee resettlement program.", "Je rentre chez moi après le travail.")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        t = _text(subject, folded)
        if t is None:
            return ()
        found = _slogans(t) if t.words else []
        if not found:
            found = _slogans_in_tags(subject)
        if not found:
            return ()
        return (RuleHit(
            evidence=_spans(subject, found),
            message="Calls for excluding or expelling a group of people, or uses a hate slogan.",
        ),)


def _slogans(t: _Text) -> list[_Match]:
    found: list[_Match] = []
    if t.matches:
        found += [
            m for m in t.by_kind.get("exclusion", ())
            # a slogan in words after someone else's saying verb is theirs ("my uncle thinks
            # women are inferior"); a hashtag is the poster's own unless named to judge or report it
            if not _countered(t, m, speech=t.folded[m.start - 1:m.start] != "#") and not disowned(t, m)
            and not _hashtag_judged(t, m) and not _doctrine_exposed(t, m)
            # "women don't belong in the kitchen unless they want to" (but « il n'y a pas
            # d'islamisation ... » is said with irony: only a verb's own negation counts)
            and _VERB_DENIED.search(t.folded, max(0, m.start - 12), m.start) is None
        ]
        for parts in exclusions(t):
            if not _countered(t, parts[0], speech=True) and not _call_refused(t, parts):
                found += parts
        found += [m for m in (*own_place_bans(t), *no_business_in(t)) if not _countered(t, m, speech=True)]
        invasion = [m for m in t.by_kind.get("invasion_words", ()) if not _denied(t, m)]
        if invasion and t.by_kind.get("migration_terms") and not _countered(t, invasion[0], speech=True):
            found += [invasion[0], t.by_kind["migration_terms"][0]]
    if not found and denial_worth_reading(word_set(t)):
        found += denials(t)
    return found


def _slogans_in_tags(subject: Subject) -> list[_Match]:
    """The slogans of camel-case hashtags read as words (« #ExpulsezLesTous », "#NoMuslims"),
    with the rest of the post around them for its counter-speech and reporting; only what a tag
    holds counts, the rest was read already."""
    spelled = spelled_out(subject.fields["text"])
    if spelled is None:
        return []
    t = _scan(spelled.text, fold(spelled.text), subject.language)
    if not t.matches:
        return []
    found = _slogans(t)
    found += [m for pair in refusals(t, spelled) if not _countered(t, pair[0]) and not _hashtag_judged(t, pair[0]) for m in pair]
    if not any(spelled.region_of(m) for m in found):
        return []
    return [spelled.in_post(m) for m in found]


# A hashtag slogan named to judge or report it: "the #... was cruel", "seeing #... trend is
# disgusting", "reported five accounts using #...", « le #... était cruel », « j'ai signalé les
# comptes qui utilisent #... ». A verdict elsewhere in the post ("Disgusting!!! #...") is not enough:
# the hashtag must be what the words point at.
_HASHTAG_POINTERS = frozenset({
    "the", "using", "use", "uses", "seeing", "saw", "see", "reported", "report", "reporting", "hashtag", "le", "la",
    "utilisent", "utilise", "utiliser", "vu", "voir", "signale", "signaler", "signalez", "mot", "clic",
})
_HASHTAG_VERDICT = frozenset({
    "trending", "trend", "trends", "cruel", "unconstitutional", "disgusting", "shameful", "racist", "hateful",
    "tendance", "cruelle", "inconstitutionnel", "degueulasse", "honteux", "honteuse", "raciste", "haineux",
})


def _hashtag_judged(t: _Text, m: _Match) -> bool:
    if t.folded[m.start - 1:m.start] != "#":
        return False
    before = [t.words[j] for j in range(max(0, m.first - 3), m.first) if t.same_sentence(j, m.first)]
    if before and before[-1] in _HASHTAG_POINTERS | {"accounts", "comptes", "qui"} and not _HASHTAG_POINTERS.isdisjoint(before):
        return True
    after = [t.words[j] for j in range(m.last + 1, min(len(t.words), m.last + 4)) if t.same_sentence(j, m.last)]
    return not _HASHTAG_VERDICT.isdisjoint(after)


# Names of a doctrine, not calls in themselves: named beside what exposes them, they are discussed,
# not preached ("remigration is ethnic cleansing with a nicer name", "anyone pushing the great
# replacement ...", « la remigration est un euphémisme », « ceux qui poussent le grand remplacement »).
# "Remigration now!" and "#Remigration" stay slogans.
_DOCTRINES = frozenset({
    "remigration", "great replacement", "greatreplacement", "white genocide", "whitegenocide", "grand remplacement",
    "grandremplacement", "invasion migratoire", "submersion migratoire",
})
_EXPOSING = frozenset({
    "cleansing", "euphemism", "euphemisms", "whistle", "racist", "racism", "conspiracy", "far", "lie", "myth", "hoax",
    "propaganda", "nettoyage", "euphemisme", "sifflet", "raciste", "racisme", "complot", "complotiste", "extreme",
    "mensonge", "mythe", "propagande", "fantasme",
})
# Who pushes or sells a policy of expulsion is exposed by saying so ("anyone pushing remigration
# ..."); who "pushes" a replacement plot is the plot's own story ("they are pushing the great
# replacement"), so these count for remigration only.
_PEDDLING = frozenset({
    "pushing", "pushes", "push", "peddle", "peddles", "peddling", "sell", "sells", "selling", "poussent", "pousse",
    "vendre", "vendent", "colportent",
})


def _doctrine_exposed(t: _Text, m: _Match) -> bool:
    if m.text not in _DOCTRINES or t.folded[m.start - 1:m.start] == "#":
        return False
    exposing = _EXPOSING | _PEDDLING if m.text == "remigration" else _EXPOSING
    if exposing.isdisjoint(t.words):
        return False
    sentence = t.sentence[m.first]
    return any(t.sentence[j] == sentence and w in exposing for j, w in enumerate(t.words))


def _quoted_apart(t: _Text, pair: tuple[_Match, ...]) -> bool:
    """ 'Tired of the "all X are ..." crowd', « tannée des « les X sont ... » »: the group sits inside a
    quotation and the contempt outside it, so the contempt is for the saying, not for the group."""
    quoted = [_quoted(t, m) for m in pair]
    return any(quoted) and not all(quoted)


# "X are no more violent than anyone else", « les X ne sont pas plus violents que les autres »: a
# comparison that denies the claim.
_NO_MORE = re.compile(r"\b(?:no|not\s+any|pas|guere)\s+(?:more|less|plus|moins)\s*$")
_THAN = re.compile(r"[\w\s'-]{0,30}?\b(?:than|que|qu'?)\b")


def _no_more_than(t: _Text, group: _Match, claim: _Match) -> bool:
    if claim.start <= group.end:
        return False
    return _NO_MORE.search(t.folded, group.end, claim.start) is not None and _THAN.match(t.folded, claim.end) is not None


# A claim measured against others or said to be rare is a finding, not a slur on the group:
# "immigrants commit crimes at lower rates than people born here", "refugees rarely abuse the
# system", "they steal jobs about as often as they steal the moon", « les réfugiés commettent des
# crimes moins souvent que les citoyens », « les demandeurs d'asile abusent rarement du système ».
# "X commit more crimes than anyone" stays a generalisation.
_RARELY_BEFORE = re.compile(r"\b(?:rarely|seldom|hardly\s+ever|almost\s+never|less\s+often|rarement|presque\s+jamais)\s+$")
_MEASURED_AFTER = re.compile(
    r"[^.;!?]{0,40}?\b(?:at\s+(?:a\s+)?(?:lower|similar|the\s+same|much\s+lower|far\s+lower)\s+rates?|less\s+(?:often|than)"
    r"|fewer\s+than|(?:about|roughly|just)\s+as\s+(?:often|much)\s+as|no\s+more\s+(?:often\s+)?than|rarely|seldom"
    r"|(?:a|des)\s+taux\s+(?:plus\s+bas|moins\s+eleves?|semblables?)|moins\s+souvent|moins\s+que|rarement"
    r"|(?:a\s+peu\s+pres\s+)?aussi\s+souvent\s+que|a\s+peu\s+pres\s+autant\s+que|pas\s+plus\s+(?:souvent\s+)?que)\b"
)


def _measured(t: _Text, group: _Match, claim: _Match) -> bool:
    if claim.start <= group.end:
        return False
    if _RARELY_BEFORE.search(t.folded, group.end, claim.start) is not None:
        return True
    return _MEASURED_AFTER.match(t.folded, claim.end) is not None


def _belongs_to(t: _Text, m: _Match) -> bool:
    """"Women don't belong to anyone", « les femmes n'appartiennent à personne »: ownership denied,
    not a group told it does not belong here."""
    return "belong" in m.text and t.words[m.last + 1:m.last + 2] == ["to"]


# French denies after the verb: « ils n'envahissent rien », « on n'est pas envahis ».
_DENIED_AFTER = re.compile(r"\s*(?:rien|pas|jamais|personne|nothing|anything)\b")


def _denied(t: _Text, m: _Match) -> bool:
    """"Muslims aren't invading anything", "they are neighbours, not invaders", « les musulmans
    n'envahissent rien »: the invasion denied (not "jobs for citizens not invading criminals")."""
    return _DENIED_BEFORE.search(t.folded, max(0, m.start - 16), m.start) is not None or _denied_after(t, m)


_DENIED_BEFORE = re.compile(
    r"(?:n't|\b(?:are|is|were|was|do|does|did)\s+not|(?:[,;:]|\band|\bbut)\s*not|\bnever|\bpas|\bjamais)\s+"
    r"(?:(?:des|de|un|une|an?|the)\s+|d')?$"
)


# "Immigrants should not be sent home", "women shouldn't be kept out of politics", « les réfugiés ne
# devraient pas être renvoyés »: the call to drive them out refused inside its own words.
_REFUSED_CALL = re.compile(
    r"\b(?:should|must|will|would|can|could|need|needs|ought\s+to)\s+(?:not|never)\b"
    r"|\b(?:shouldn|mustn|won|wouldn|can|couldn|needn)'?t\b|\bne\s+(?:[\w']+\s+){0,2}?(?:pas|jamais)\b"
    r"|\b(?:devraient|doivent|devrait|doit|faut|faudrait)\s+(?:pas|jamais)\b"
)


def _call_refused(t: _Text, parts: tuple[_Match, ...]) -> bool:
    if any(p.text in _NO_BUSINESS and _WRONGED.match(t.folded, p.end) for p in parts):
        return True
    lo, hi = min(p.start for p in parts), max(p.end for p in parts)
    # "X are not welcome", « les X ne sont pas les bienvenus »: a call whose own words hold the
    # negation is not refused by it; only the words around it count.
    own = next((p for p in parts if _NEGATORS_IN_CALL.intersection(p.text.split())), None)
    if own is not None:
        return any(
            _REFUSED_CALL.search(t.folded, a, b) is not None for a, b in ((lo, own.start), (own.end, hi)) if a < b
        )
    return _REFUSED_CALL.search(t.folded, lo, hi) is not None


_NEGATORS_IN_CALL = frozenset({"pas", "not", "no", "jamais", "never"})
# "Women have no business being paid less for the same work": a wrong done to the group refused,
# not the group shut out (unlike "... no business being engineers").
_NO_BUSINESS = frozenset({"have no business", "has no business"})
_WRONGED = re.compile(
    r"\s+being\s+(?:paid\s+less|underpaid|harass\w*|mistreat\w*|treated\s+(?:like|as|differently|worse|badly)|abused|attacked"
    r"|bullied|ignored|excluded|discriminated|silenced|fired|insulted|targeted|profiled|denied|shamed|threatened|assaulted"
    r"|punished|overlooked|passed\s+over|talked\s+down\s+to|spoken\s+to)\b"
)


_VERB_DENIED = re.compile(r"(?:n't|\b(?:do|does|did)\s+not|\bnever)\s+$")


def _denied_after(t: _Text, m: _Match) -> bool:
    """ « ils n'envahissent rien », « ils ne volent pas nos jobs »: the verb held between « ne » and
    « rien », « pas » or « jamais »; "they ruin nothing": an English verb with no object."""
    before = t.folded[max(0, m.start - 3):m.start]
    if _NOTHING_AFTER.match(t.folded, m.end) is not None:
        return True  # "gay people ruin nothing", "they steal no one's job"
    return (before.endswith("n'") or before.endswith("ne ")) and _DENIED_AFTER.match(t.folded, m.end) is not None


_NOTHING_AFTER = re.compile(r"\s+(?:nothing|no\s+one'?s?|nobody'?s?)\b")


# "Please don't kill yourself", "dont go die on me": a plea, not a threat (negated() knows "don't"
# but not the spelling without an apostrophe, nor "please").
_DENIED = re.compile(r"\b(?:no|not|never|nobody|none|aucun|aucune|jamais|pas)\b|n't\b")
_SUPPORT = re.compile(r"\b(?:dont|do\s+not|please|pls|plz|never|ne\s+te|stp|svp)\b")


class Threat(_DiscriminationRule):
    """Threat of violence against a person or a group.

    "I'll kill you", "they should all be shot", "I know where you live", « je vais te tuer »,
    « il faut tous les pendre »: threats are harassment, and some are crimes. Even as a joke,
    a screenshot of one can be read literally.
    """

    code = "DIS004"
    name = "threat"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = "Delete the post. If you are the one being threatened, tell your manager and consider the police."
    examples_flagged = ("Say that again and I'll kill you", "Je vais te tuer si tu recommences", "Hope you die")
    examples_not_flagged = ("This traffic is killing me", "I'm going to kill it at the presentation today", "Je vais tuer le temps au café.")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        t = _text(subject, folded)
        if t is None or not t.words:
            return ()
        harm = harm_against_a_group(t) if harm_worth_reading(word_set(t)) else None
        if harm is not None:
            return (RuleHit(
                evidence=(evidence(subject, "text", harm[0], harm[1]),),
                message="Threatens violence against a person or a group.",
            ),)
        if _THREAT_TRIGGERS.isdisjoint(t.words):
            return ()
        person = _threat_pattern().finditer(t.folded)
        # The group pattern is the costliest search of these rules: run it only when a group,
        # "those people" or a member named by who they are is in the post at all.
        group = (
            (m for m in _group_threat_pattern().finditer(t.folded) if names_a_group(t, m.start(), m.end()))
            if mentions_a_group(t) else ()
        )
        for match in (*person, *group):
            if negated(t.folded, match.start(), window=14) or _SUPPORT.search(t.folded, max(0, match.start() - 24), match.start()):
                continue
            if _DENIED.search(match.group(0)):
                continue  # "No woman deserves to die", « aucune femme ne mérite de mourir »
            if staged(t.folded, match.end()) or household_hyperbole(t.folded, match.start(), match.end()):
                continue  # "I'm going to kill you in this raid", "... if he eats my yogurt again", "my husband snores, I'll kill him"
            first = next((i for i, s in enumerate(t.starts) if s >= match.start()), None)
            if first is not None and _countered(t, _Match(frozenset(), first, first, match.start(), match.end(), "")):
                continue
            return (RuleHit(
                evidence=(evidence(subject, "text", match.start(), match.end()),),
                message="Threatens violence against a person or a group.",
            ),)
        return ()


_MILD = frozenset({"insults", "insult_adjectives", "insults_as_noun"})
_HARSH = frozenset({"insults_strong", "aimed_phrases", "slurs", "slurs_in_context"})
def _as_matched(*phrases: str) -> frozenset[str]:
    """Phrases as a match's text reads them: words joined by spaces (« espèce d'idiot » is matched
    as "espece d idiot", so the written form would never compare equal)."""
    return frozenset(" ".join(p.replace("'", " ").split()) for p in phrases)


# "Shut up" in either language: rude, but between friends with a laugh it is teasing.
_HUSH = _as_matched(
    "ta gueule", "ta yeule", "ta geule", "ta gueul", "tg", "ftg", "ferme la", "fermez la", "la ferme",
    "ferme ta gueule", "ferme ta yeule", "ferme ta bouche", "stfu", "shut your mouth", "shut ur mouth",
    "shut your trap", "shut your face", "shut yo mouth", "ferme ta boite", "fermez vos gueules", "fermez la",
    # "get lost", "you suck", "nobody asked you" and their French: rude, teasing with a laugh
    "va te faire voir", "tu sers a rien", "personne t'a demande", "personne ne t'a demande",
    "on t'a pas sonne", "personne t'a sonne", "you suck", "u suck", "nobody asked you", "no one asked you",
    "piss off", "screw you",
    # French's "piss off", "screw you", "eat shit": « va chier », « mange de la marde », « je t'emmerde »
    "va chier", "mange de la marde", "mange d'la marde", "mange un char de marde", "mange donc un char de marde",
    "mange de la merde", "je t'emmerde",
)


# Rough words that friends use as pet names with a laugh or a "bonne fête" (« mon gros cave »,
# « vieux con 😂 », "you jackass lol"); without those signs they are still abuse.
_TEASING = _as_matched(
    "gros con", "grosse conne", "vieux con", "vieille conne", "petit con", "petite conne", "gros cave",
    "grosse cave", "tete de con", "tete de noeud", "espece de con", "espece de conne", "espece d'idiot",
    "espece d'imbecile", "espece de debile", "tocard", "tocarde", "jackass", "dipshit", "knobhead",
    "bellend", "tosser",
    # French friends' "you bastard 😂": « sale bâtard », « enfoiré » with a laugh
    "batard", "batarde", "sale batard", "gros batard", "enfoire", "enfoiree",
    "tete de cul", "trou du cul", "trou d'cul", "face de rat", "petite conne",
    # « ah le salaud, il a encore gagné 😂 »: like "you bastard" said with a laugh (a mild word in
    # English)
    "salaud", "salopard",
)


# Rougher words dropped only with friendship said in words or love (not a laugh alone, which
# harassers use too).
_ROUGH_TEASING = _as_matched(
    "pauvre con", "pauvre conne", "connard", "connasse", "conasse", "crisse de cave", "criss de cave",
    "ostie de cave", "esti de cave", "tare", "taree", "naze", "gros naze", "asshole", "dickhead", "jackass",
    "douchebag", "dumbass", "idiot",
)


_SLURS = frozenset({"slurs", "slurs_in_context", "slurs_as_noun"})
# Sexual demands are harassment whatever the pet name ("show me your tits babe", « montre-moi tes seins ma belle »).
_SEXUAL = re.compile(r"\b(?:seins|boobs|tits|nudes?|sexe?|suce|sucer|bite|pussy|dick|cock|chatte|baiser|naked|nue|nues|cul|ass)\b")
_FRIENDS_WORDS = re.compile(r"\b(?:mon\s+chum|ma\s+chum|my\s+(?:dude|guy|friend|bro)|bro|buddy|mon\s+gars|ma\s+belle)\b")


def _said_to_someone(t: _Text, m: _Match) -> bool:
    """The word is said to the reader: addressed ("you idiot"), or in a sentence that speaks to
    someone ("you absolute idiot, you forgot your keys", « espèce d'idiot, t'as oublié »)."""
    if _addressed(t, m.first):
        return True
    return any(
        (_second_person(t, j) or t.is_mention(j)) and t.same_sentence(j, m.first) for j in range(len(t.words))
    )


class AimedInsult(_DiscriminationRule):
    """Insult or abuse aimed at a person.

    Name-calling aimed at someone ("you're a moron", "@pat fuck off", « t'es qu'un connard »,
    « ta gueule ») is harassment when it comes from a public servant's account, even in a heated
    exchange. Self-talk ("I'm such an idiot"), remarks about things ("this printer is useless"),
    negation ("you're not stupid") and mild teasing between friends ("you idiot 😂") are not
    flagged; rougher words between friends are, with low confidence.
    """

    code = "DIS005"
    name = "aimed-insult"
    # An insult at a politician or a party is a political opinion: POL005 reports it once.
    defers_to = ("political_activity",)
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    action = "Delete or edit the post; if the exchange is about work, take it to your manager or the Ombud instead."
    examples_flagged = ("@pat you're a complete moron", "T'es vraiment con", "Shut the fuck up")
    examples_not_flagged = ("I'm such an idiot, forgot my keys again", "This printer is useless", "C'est nul, il pleut encore")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        t = _text(subject, folded)
        if t is None or not t.matches:
            return ()
        found = aimed_insults(t)
        if not found:
            return ()
        confidence = None
        if banter(t):
            # Between friends: a mild word said to them ("you idiot 😂") or a "shut up" (« ta
            # gueule mdr ») is dropped; other abuse is kept but weighs less. A laugh at someone
            # talked about ("she is a complete idiot 😂") is contempt with a laugh, not teasing.
            if all(
                m.text in _HUSH or m.text in _TEASING
                or (m.kinds & _MILD and not m.kinds & _HARSH and _said_to_someone(t, m))
                for m in found
            ):
                return ()
            # (a sexual demand is a phrase: « trou de cul », "dumb ass" are names, not demands)
            if friendly(t) and not any(m.kinds & _SLURS or ("aimed_phrases" in m.kinds and _SEXUAL.search(m.text)) for m in found):
                return ()  # « va chier mon chum haha », "fuck off haha you're the best": said with friendship
            if all(m.text in _ROUGH_TEASING for m in found) and _FRIENDS_WORDS.search(t.folded):
                return ()
            confidence = Confidence.LOW
        return (RuleHit(
            evidence=_spans(subject, found),
            message="Insults or abuses a person.",
            confidence=confidence,
        ),)


RULES: tuple[type[Rule], ...] = (Slur, DehumanisingGeneralisation, ExclusionOrHateSlogan, Threat, AimedInsult)
