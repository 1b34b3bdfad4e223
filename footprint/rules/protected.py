"""Protected or classified information, Cabinet confidences and leaks (PRO0xx), EN and FR.

Posts about one's work must be authorized, and information marked Protected, Classified or a
Cabinet confidence may never be shared outside the channels cleared for it. These rules look for
security markings (Protected A/B/C, PROTÉGÉ B, SECRET, TOP SECRET, TRÈS SECRET, CONFIDENTIAL),
Cabinet confidences (a memorandum to Cabinet, « confidence du Cabinet »), handling instructions
("internal only", « usage interne seulement », "not for distribution") and words that present
a post as a leak ("leaked memo", « j'ai mis la main sur »).

Everyday words are left alone: "my secret", "secret recipe", "Secret Santa", "a protected bike
lane", "classified ads". A classification counts only in its marking form: a capital letter
after Protected (Protected B), or SECRET / CONFIDENTIAL in capitals next to a document word.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from footprint import guidance as gd
from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules.base import Rule, evidence, negated, text_words, word_alternation
from footprint.text import fold

DATA_FILE = "security_markings.toml"


@cache
def _data() -> dict[str, dict[str, list[str]]]:
    return tomllib.loads(files("footprint.rules").joinpath("data", DATA_FILE).read_text(encoding="utf-8"))


def _alternation(section: str) -> str:
    words = [fold(w) for entries in _data()[section].values() for w in entries]
    return word_alternation(words).replace(r"\ ", r"[\s-]+")


@dataclass(frozen=True)
class _Patterns:
    documents: re.Pattern[str]
    cabinet: re.Pattern[str]
    handling: re.Pattern[str]
    leak: re.Pattern[str]


# Marking forms on the original text (capitals matter).
_PROTECTED = re.compile(r"(?<![\w-])(?:PROTECTED|Protected|protected|PROT[ÉE]G[ÉE]|Prot[ée]g[ée]|prot[ée]g[ée])\s*[-:]?\s*[ABC](?![\w'’-])")
_CAPS_LEVEL = re.compile(
    r"(?<![\w-])(?:TOP\s+SECRET|TR[ÈE]S\s+SECRET|SECRET|CONFIDENTIAL|CONFIDENTIEL|CLASSIFIED|CLASSIFI[ÉE])(?:\s*//\s*[A-Z]+)?(?![\w-])"
)
# Marking phrases on the folded text.
_MARKED = re.compile(
    r"(?<!\w)(?:(?:marked|stamped|labell?ed|classified|designated|tagged)\s+(?:as\s+)?(?:top\s+secret|secret|protected\s+[abc]|confidential|classified)"
    r"|(?:cote|cotee|cotes|classifiee?s?|marquee?s?|designee?s?)\s+(?:comme\s+)?(?:tres\s+secret|secret|protege\s+[abc]|confidentiel(?:le)?s?)"
    r"|security\s+classification|cote\s+de\s+securite|niveau\s+de\s+securite"
    r"|classified\s+(?:documents?|docs?|information|info|materials?|briefings?|files?|emails?|memos?|intelligence|reports?)"
    r"|(?:documents?|renseignements|informations?|dossiers?)\s+classifies?)(?!\w)"
)


@cache
def patterns() -> _Patterns:
    leak_objects = _alternation("leak_objects")
    qualifiers = r"(?:internal|draft|confidential|unreleased|upcoming|secret|embargoed|unpublished|preliminary|interne|internes|confidentiel(?:le)?s?|preliminaire|provisoire)"
    return _Patterns(
        documents=re.compile(rf"(?<!\w)(?:{_alternation('documents')})(?!\w)"),
        cabinet=re.compile(rf"(?<!\w)(?:{_alternation('cabinet')})(?!\w)"),
        handling=re.compile(rf"(?<!\w)(?:{_alternation('handling')})(?!\w)"),
        leak=re.compile(
            rf"(?<!\w)(?:leak(?:ed|s)?\s+(?:\w+\s+)?(?:{leak_objects})|(?:i|we)\s+(?:just\s+)?leaked|leaking\s+(?:the|this|our|a|an)"
            rf"|got\s+(?:my|our)\s+hands\s+on\s+(?:the|a|an|our|this)\s+(?:\w+\s+)?(?:{leak_objects})"
            rf"|(?:here'?s|here\s+is|sharing|attached\s+is|see\s+attached|check\s+out)\s+(?:the|our|a|an|this)\s+{qualifiers}\s+(?:\w+\s+)?(?:{leak_objects})"
            rf"|screenshots?\s+(?:of|from)\s+(?:the|our|an?|this)\s+{qualifiers}"
            rf"|before\s+it(?:'s|\s+is|\s+gets)\s+(?:announced|released|made\s+public|public)|not\s+(?:yet\s+)?public\s+yet|(?:a|my)\s+(?:source|insider)\s+(?:sent|shared|gave)\s+me"
            rf"|(?:document|note|memo|courriel|rapport|ebauche)s?\s+(?:interne|confidentiel)(?:le)?s?\s+(?:qui\s+a\s+)?(?:fuite|coule)"
            rf"|fuite\s+(?:d'un|d'une|du|de\s+la|des|de)\s+(?:\w+\s+)?(?:{leak_objects})|(?:j'ai|on\s+a|nous\s+avons)\s+mis\s+la\s+main\s+sur"
            rf"|voici\s+(?:le|la|l'|les|notre|un|une|en\s+primeur)\s*(?:{leak_objects})\s+{qualifiers}"
            rf"|avant\s+(?:l'annonce\s+officielle|qu'(?:il|elle)\s+soit\s+(?:public|publique|annoncee?))|pas\s+encore\s+(?:public|publique|annoncee?)"
            rf"|(?:qui\s+a|a)\s+coule\s+dans\s+les\s+medias)(?!\w)"
        ),
    )


def _text(subject: Subject, folded: Mapping[str, str]) -> tuple[str, str] | None:
    value = folded.get("text")
    return (subject.fields["text"], value) if value else None


class _ProtectedRule(Rule):
    category = "protected_information"
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.SECURITY, gd.MANAGER, gd.VALUES_ETHICS)


# Words one of which a text needs before the rule looks further (a cheap first pass).
_MARKING_WORDS = frozenset({
    "secret", "confidential", "confidentiel", "confidentielle", "confidentiels", "classified", "classifie",
    "classifiee", "classifies", "classifiees", "protected", "protege", "protegee", "proteges", "security",
    "securite", "cote", "cotee", "cotes", "marked", "stamped", "labelled", "labeled", "designated", "tagged",
    "marque", "marquee", "designe", "designee",
})


class SecurityMarking(_ProtectedRule):
    """Security marking: Protected A/B/C, Confidential, Secret, Top Secret.

    A post that carries or mentions a security marking ("PROTECTED B", « PROTÉGÉ B », "TOP
    SECRET // CEO", "marked confidential") suggests that government information that must not be
    public is in it, or in an attached picture. Everyday words ("my secret", "secret recipe",
    "protected bike lane") are not flagged.
    """

    code = "PRO001"
    text_gate = _MARKING_WORDS
    name = "security-marking"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = "Delete the post and any attachment at once, and report it to your departmental security officer."
    examples_flagged = ("Fun read tonight, PROTECTED B briefing note on my desk lol", "Document PROTÉGÉ B : voici les chiffres", "The deck was marked secret but whatever")
    examples_not_flagged = ("My secret recipe for butter tarts", "New protected bike lane on Laurier!", "Secret Santa at the office today")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        pair = _text(subject, folded)
        if pair is None:
            return ()
        original, value = pair
        words = text_words(value)
        if words.isdisjoint(_MARKING_WORDS):
            return ()
        hits = [m.span() for m in _PROTECTED.finditer(original)] if ("protect" in value or "proteg" in value) else []
        caps = _CAPS_LEVEL.finditer(original) if any(w in original for w in ("SECRET", "CONFIDENTI", "CLASSIFI")) else ()
        for m in caps:
            if _shouting(original, m.start(), m.end()):
                continue
            window = value[max(0, m.start() - 40):m.end() + 40]
            if "//" in m.group(0) or patterns().documents.search(window):
                hits.append(m.span())
        marked = [
            m.span() for m in _MARKED.finditer(value) if not negated(value, m.start(), window=12)
        ]
        if not hits and not marked:
            return ()
        return (RuleHit(
            evidence=tuple(evidence(subject, "text", s, e) for s, e in sorted(set(hits + marked))),
            message="Carries or mentions a security marking (Protected or classified information).",
            confidence=Confidence.MEDIUM if hits else Confidence.LOW,
        ),)


def _shouting(original: str, start: int, end: int) -> bool:
    """A word in capitals inside a sentence written in capitals is emphasis, not a marking."""
    around = original[max(0, start - 30):end + 30]
    letters = [c for c in around if c.isalpha()]
    return len(letters) > 20 and sum(c.isupper() for c in letters) / len(letters) > 0.8


_CABINET_WORDS = frozenset({"cabinet", "tb", "treasury", "tresor", "ct", "mc", "submission"})


class CabinetConfidence(_ProtectedRule):
    """Cabinet confidence or Cabinet document.

    A memorandum to Cabinet, a Treasury Board submission or any Cabinet confidence (« confidence
    du Cabinet », « mémoire au Cabinet ») is among the most protected government information;
    even saying what one contains, or that it exists in draft, can breach it.
    """

    code = "PRO002"
    text_gate = _CABINET_WORDS
    name = "cabinet-confidence"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = "Delete the post, and tell your manager and departmental security officer what was shared."
    examples_flagged = ("Long night finishing the draft memo to Cabinet on housing", "On termine l'ébauche de mémoire au Cabinet ce soir")
    examples_not_flagged = ("Bought a new kitchen cabinet today", "The Cabinet shuffle is tomorrow, says CBC")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        pair = _text(subject, folded)
        if pair is None or text_words(pair[1]).isdisjoint(_CABINET_WORDS):
            return
        match = patterns().cabinet.search(pair[1])
        if match and not negated(pair[1], match.start(), window=10):
            yield RuleHit(
                evidence=(evidence(subject, "text", match.start(), match.end()),),
                message="Mentions a Cabinet confidence or Cabinet document.",
            )


_HANDLING_WORDS = frozenset({
    "internal", "interne", "distribution", "distribute", "release", "circulate", "forward", "share", "shared",
    "embargo", "embargoed", "fouo", "official", "eyes", "know", "diffuser", "diffusion", "transmettre",
    "partager", "usage",
})


class HandlingRestriction(_ProtectedRule):
    """Handling instruction: "internal only", "not for distribution", « usage interne seulement ».

    Words such as "for internal use only", "do not distribute", "embargoed until" or « ne pas
    diffuser » mean the text (or the screenshot with it) was not meant for the public.
    """

    code = "PRO003"
    text_gate = _HANDLING_WORDS
    name = "handling-restriction"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    action = "Delete the post unless the material has since been released publicly, and ask your manager if unsure."
    examples_flagged = ("Slide 4 says internal only but this is too good not to share", "Document interne, usage interne seulement, mais bon...")
    examples_not_flagged = ("Internal medicine residents rock", "Free to share: our public report is out!")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        pair = _text(subject, folded)
        if pair is None or text_words(pair[1]).isdisjoint(_HANDLING_WORDS):
            return
        match = patterns().handling.search(pair[1])
        if match:
            yield RuleHit(
                evidence=(evidence(subject, "text", match.start(), match.end()),),
                message="Contains a handling instruction that limits who may see the material.",
            )


_LEAK_WORDS = frozenset({
    "leak", "leaked", "leaks", "leaking", "hands", "internal", "draft", "confidential", "unreleased",
    "upcoming", "embargoed", "unpublished", "preliminary", "interne", "internes", "confidentiel",
    "confidentielle", "preliminaire", "provisoire", "screenshot", "screenshots", "announced", "released",
    "public", "publique", "source", "insider", "fuite", "coule", "main", "primeur", "annonce", "annoncee",
})


class LeakCue(_ProtectedRule):
    """Post presented as a leak or a preview of unreleased government material.

    "Leaked memo", "got my hands on the draft plan", "here's the internal deck", « j'ai mis la
    main sur », "before it's announced": sharing unreleased or internal material needs
    authorization, and leaking it breaches your duty of loyalty. Sharing a news story about a
    leak is reported with low confidence.
    """

    code = "PRO004"
    text_gate = _LEAK_WORDS
    name = "leak-cue"
    severity = Severity.HIGH
    confidence = Confidence.LOW
    action = "If the material is not public, delete the post and report it to your departmental security officer."
    examples_flagged = ("Got my hands on the draft budget plan, thread below", "Voici le document interne sur la réorganisation, en primeur")
    examples_not_flagged = ("Leaky faucet fixed, finally", "Read the minister's public statement here")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        pair = _text(subject, folded)
        if pair is None or text_words(pair[1]).isdisjoint(_LEAK_WORDS):
            return ()
        match = patterns().leak.search(pair[1])
        if match is None:
            return ()
        first_person = re.search(r"(?<!\w)(?:i|we|my|our|j'ai|je|on|nous|notre|voici|here'?s)(?!\w)", pair[1][max(0, match.start() - 20):match.end()])
        return (RuleHit(
            evidence=(evidence(subject, "text", match.start(), match.end()),),
            message="Presents the post as a leak or a preview of unreleased material.",
            confidence=Confidence.MEDIUM if first_person else Confidence.LOW,
        ),)


RULES: tuple[type[Rule], ...] = (SecurityMarking, CabinetConfidence, HandlingRestriction, LeakCue)
