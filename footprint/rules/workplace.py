"""Strongly negative critiques of one's own employer, managers, colleagues or team (WRK0xx).

The guidance warns that strongly negative language, especially harsh critiques of teams or
colleagues, even from anonymous accounts, can harm the work environment and public trust, and
points to one's manager, the Employee Assistance Program and internal recourse instead. It is
about the author's OWN workplace: labour politics, someone else's boss, a customer story, an
office sitcom or a workplace-safety statement are not what it means.

Two rules share one reading of the post (`workplace_reading`, over the lexicon compiled by
`workplace_lexicon`):

- WRK001 (medium): an insult or strong contempt aimed at a person or unit of the author's own
  work: the insult is said of the target ("my manager is a useless idiot", « ma gestionnaire
  est une vraie conne », "management treats us like garbage", "the public service is full of
  lazy parasites") or stands right before it ("useless managers", "I hate my boss", « je
  déteste mon boss »). Nothing that names someone else may stand between them: "my boss
  called me lazy" or "my coworker said the customer was an idiot" are not insults of the boss
  or the coworker. Where an insult and a workplace target only share a sentence, the post is
  left to WRK002.
- WRK002 (low): sustained negative critique of the employer: mistreatment ("they treat us like
  robots", « on est traités comme des numéros »), favouritism ("it's who you know",
  « le copinage »), a toxic or chaotic workplace, incompetent or lying leadership, bullying,
  morale, no recognition or growth, pay that is "very low", burnout blamed on management,
  wanting out, sarcasm ("another brilliant decision from upper management 🙄").

WRK002 needs the post's work cues to add up to 2 (so an own or role cue, an aspect, or a lack:
never generic words alone), the whole post at -2 or below, a clause at -2 or below with a work
cue in it or in a neighbouring clause not cut off by "but", and a clearly negative word (-2 or
beyond) or milder critiques adding up to -3. Words about one's own mood ("tired", "long day",
"frustrating", "stressed") weigh -1 and never flag on their own, so mild or constructive remarks
("frustrating meeting, but we'll sort it out", "the systems could be better") are not flagged;
nor are negated insults ("my team is not lazy") or praise ("no micromanagement, love my team").

Where harsh critique ends and ordinary review language begins (issue 15): the rules flag what
says the employer, managers or colleagues wrong people or fail them (mistreatment, contempt,
lies, bullying, threats of dismissal, favouritism, a toxic or chaotic place, no recognition,
money over people), a wish to get out of one's job, and sarcasm aimed at those who run the
place. A condition found lacking in plain words ("salary low, no hike", "compensation is too
bad", "company is good but management is not good") is review language, yet the rules still
flag it once it reads as a clear lack of what an employer gives: the development set labels
such review "dislikes" as critiques far more often than not (treating plain lacks of pay or
growth as mild complaints took not_C weak false alarms from 21 to 14 in 1,500 but C weak recall
from 738 to 610 in 1,500, so it was left out). Topics alone ("salary, work culture"), mild
moods ("long day", "frustrating meeting"), constructive wishes ("could be better") and praise
are never flagged.

Known limits: indirect complaints with no word of work ("would a thank-you kill them?", "I want
out.") are missed: they read the same about a family or a city; terse lists of topics are not
critiques; a post about one's own workplace that names it only by a company name ("Acme treats
us like robots") counts on "us"; self-mockery that names one's team ("my team must think I'm an
idiot") can be flagged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from footprint import guidance as gd
from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules.base import WORD_TOKEN, Rule, evidence
from footprint.rules.workplace_lexicon import LANGUAGES, LEXICON_FILE, lexicon
from footprint.rules.workplace_reading import CONTEXT_NEEDED, Item, Reading, read

__all__ = ["LANGUAGES", "LEXICON_FILE", "RULES", "lexicon"]

WRK002_POST_VALENCE = -2.0  # the post as a whole, after contrast and praise
WRK002_CRITICAL_CLAUSE = -2.0  # a clause that carries the critique
WRK002_ACCUMULATED = -3.0  # several milder critiques ("salary is low, growth is slow") add up
WRK001_CLAUSE_VALENCE = -2.0  # the insulting clause, after praise ("best team, I hate Mondays")
AIM_AFTER = 6  # words allowed between a target and the insult said of it ("is such a ...")
AIM_BEFORE = 1  # words allowed between an insult and the target after it ("useless fucking managers")
# Words between a target and an insult that show the insult is aimed elsewhere or reported:
# "my boss called ME lazy", "my coworker said the CUSTOMER was an idiot".
_ELSEWHERE = frozenset(
    "i me you he she him they them we us it customer customers client clients guest guests caller"
    " someone somebody anyone people everyone guy lady kid kids said says told tells called calls"
    " thinks think thought asked je j moi tu toi te t il elle ils elles lui on nous vous cliente"
    " clientes usager usagers dit dire traite traitee appele appelle".split()
)
# Between an insult and a target after it, a preposition means the insult is not said of the
# target ("lazy in front of the whole team", « paresseuse devant toute l'équipe »).
_PREPOSITIONS = frozenset(
    "in at with for from to on by of about around near devant avec pour de du des a au aux chez dans"
    " par sur pres envers".split()
)
_SENTENCE_BREAK = re.compile(r"[.;!?\n]")

def _critique(reading: Reading) -> list[Item] | None:
    """The items of a sustained employer critique (WRK002), or None."""
    if reading.context < CONTEXT_NEEDED or reading.valence > WRK002_POST_VALENCE:
        return None
    with_context = {i.clause for i in reading.items if i.context}
    critical = [c for c, v in enumerate(reading.clause_valence) if v <= WRK002_CRITICAL_CLAUSE]
    linked = [c for c in critical if with_context & _neighbours(reading, c)]
    if not linked:
        return None
    near = set().union(*(_neighbours(reading, c) for c in linked))
    items = [i for i in reading.items if i.clause in near and (i.context >= 1 or i.valence < 0)]
    clear = any(i.clear for i in items)
    if not clear and sum(i.valence for i in items if i.critique) > WRK002_ACCUMULATED:
        return None
    return items


def _neighbours(reading: Reading, clause: int) -> set[int]:
    """The clause and those next to it that a contrast does not separate from it."""
    near = {clause}
    if clause > 0 and not reading.turns[clause]:
        near.add(clause - 1)
    if clause + 1 < len(reading.turns) and not reading.turns[clause + 1]:
        near.add(clause + 1)
    return near


def _insults(reading: Reading, folded: str) -> list[Item] | None:
    """An insult or strong contempt aimed at a person or unit of the author's work (WRK001),
    kept on the reading, which both rules share."""
    if not reading.insults_read:
        reading.insults, reading.insults_read = _find_insults(reading, folded), True
    return reading.insults


def _find_insults(reading: Reading, folded: str) -> list[Item] | None:
    for clause, valence in enumerate(reading.clause_valence):
        if valence > WRK001_CLAUSE_VALENCE:
            continue
        in_clause = [i for i in reading.items if i.clause == clause]
        contempt = [i for i in in_clause if i.contempt]
        if not contempt:
            continue
        targets = [i for i in in_clause if i.entity and i.anchor]
        aimed = [(t, c) for t in targets for c in contempt if _aimed(folded, t, c)]
        if aimed:
            return sorted({id(i): i for pair in aimed for i in pair}.values(), key=lambda i: i.start)
    return None


def _aimed(folded: str, target: Item, insult: Item) -> bool:
    """True when the insult is said of the target: after it with only a copula and the like
    between ("is such a", "are a bunch of", « est une vraie »), or right before it ("useless
    managers", "I hate my boss"); nobody else named between, no sentence break."""
    if target.end <= insult.start:
        gap, most = folded[target.end : insult.start], AIM_AFTER
    elif insult.end <= target.start:
        gap, most = folded[insult.end : target.start], AIM_BEFORE
    else:
        return True  # one phrase holds both: "toxic boss"
    words = WORD_TOKEN.findall(gap)
    if insult.end <= target.start and not _PREPOSITIONS.isdisjoint(words):
        return False
    return len(words) <= most and not _SENTENCE_BREAK.search(gap) and _ELSEWHERE.isdisjoint(words)


class WorkplaceInsult(Rule):
    """Strongly negative language about colleagues, your team, manager or organization.

    Insults and contempt aimed at the people you work with ("my manager is a useless idiot",
    "mes collègues sont des incompétents") can damage the workplace and public trust, even
    from an anonymous account. Raise concerns with your manager, or use the Employee
    Assistance Program and internal recourse.
    """

    code = "WRK001"
    name = "workplace-insult"
    category = "workplace_criticism"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.MANAGER, gd.EAP, gd.OMBUD, gd.VALUES_ETHICS)
    action = "Delete the post, and take the concern to your manager, the Ombud or internal recourse instead."
    examples_flagged = ("My manager is a useless idiot.", "Mes collègues sont des incompétents finis.")
    examples_not_flagged = ("Long day, but my team pulled through.", "My manager brought cake, best team ever!")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        text_folded = folded.get("text")
        if not text_folded:
            return ()
        reading = read(subject, text_folded)
        if reading is None:
            return ()
        items = _insults(reading, text_folded)
        if items:
            return (RuleHit(
                evidence=tuple(evidence(subject, "text", i.start, i.end) for i in items),
                message="Uses strongly negative or insulting words about colleagues, a team, a manager or the organization.",
            ),)
        return ()


class EmployerCritique(Rule):
    """Sustained negative critique of your employer, management or working conditions.

    Posts that run down your employer without insulting anyone ("management doesn't care about
    employees, we're treated like robots", « aucune reconnaissance, on est traités comme des
    numéros ») can still hurt the work environment and public trust, even from an anonymous
    account, and screenshots travel. Mild or constructive remarks ("frustrating meeting, but
    we'll sort it out", "the systems could be better") are not flagged. Raise the concern with
    your manager or through internal recourse; the Employee Assistance Program can help with
    stress and burnout.
    """

    code = "WRK002"
    name = "employer-critique"
    category = "workplace_criticism"
    severity = Severity.LOW
    confidence = Confidence.LOW
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.MANAGER, gd.EAP, gd.OMBUD)
    action = (
        "Consider removing or rewording the post; raise the concern with your manager, the Ombud or "
        "internal recourse, and reach out to the Employee Assistance Program if work is wearing you down."
    )
    examples_flagged = (
        "Management here does not care about employees. We are treated like robots.",
        "Aucune reconnaissance de la direction, on est traités comme des numéros.",
    )
    examples_not_flagged = (
        "Frustrating meeting today, but we'll sort it out.",
        "The systems at work could be better.",
        "Réunion interminable ce matin... mais on a fini par trouver une solution.",
    )

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        text_folded = folded.get("text")
        if not text_folded:
            return ()
        reading = read(subject, text_folded)
        if reading is None or _insults(reading, text_folded):
            return ()  # nothing here, or WRK001 reports it
        items = _critique(reading)
        if not items:
            return ()
        strong = reading.valence <= 2 * WRK002_POST_VALENCE and any(i.context >= 2 for i in items)
        return (RuleHit(
            evidence=tuple(evidence(subject, "text", i.start, i.end) for i in items[:8]),
            message="Runs down the employer, management or working conditions in strongly negative terms.",
            confidence=Confidence.MEDIUM if strong else Confidence.LOW,
        ),)


RULES: tuple[type[Rule], ...] = (WorkplaceInsult, EmployerCritique)
