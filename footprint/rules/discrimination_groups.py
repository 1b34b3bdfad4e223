"""Structures that single out a group of people (DIS002, DIS003)."""

from __future__ import annotations

from footprint.rules.base import negated
from footprint.rules.discrimination_text import _CALL_MARKERS, _IMPERATIVES, _Match, _Text

_REPORTED_VIEW = frozenset({
    "treated", "called", "labelled", "labeled", "seen", "portrayed", "depicted", "described", "painted",
    "branded", "viewed", "considered", "traites", "traitees", "consideres", "considerees", "vus", "vues",
    "decrits", "presentes", "qualifies", "not", "never", "pas", "jamais", "aren", "no",
})
_GENERALISING_GAP = frozenset({"all", "just", "only", "nothing", "but", "like", "really", "tous", "toutes",
                               "des", "que", "ne", "n", "que", "juste", "comme", "tout", "simplement",
                               "basically", "literally", "such", "the", "a", "an", "so", "une", "un",
                               "de", "d", "vraiment", "fucking", "fuckin", "les", "le", "la", "l", "sont",
                               "are", "is", "that", "be", "gonna", "going", "to", "become", "turning", "into"})


def _generalisations(t: _Text) -> list[tuple[_Match, ...]]:
    found = []
    subjects = [(m, False) for m in t.by_kind.get("groups", ())]
    subjects += [(m, True) for m in t.by_kind.get("generic_groups", ()) if "groups" not in m.kinds]
    if not subjects:
        return found
    predicates = [*t.by_kind.get("dehumanising", ()), *t.by_kind.get("dehumanising_strong", ())]
    if not predicates:
        return found
    for group, vague in subjects:
        for c in range(group.last + 1, min(len(t.words), group.last + 4)):
            if not t.same_sentence(c, group.last) or t.words[c] in _REPORTED_VIEW:
                break
            if t.words[c] not in ("are", "r", "re", "is", "sont", "est", "=", "be"):
                continue
            for pred in predicates:
                if pred.first <= c or pred.first > c + 5 or not t.same_sentence(pred.first, c):
                    continue
                if vague and "dehumanising_strong" not in pred.kinds:
                    continue
                between = t.words[c + 1:pred.first]
                if any(w in _REPORTED_VIEW for w in between) or not all(w in _GENERALISING_GAP for w in between):
                    continue
                if negated(t.folded, pred.start, window=14):
                    continue
                found.append((group, pred))
                break
            break
    return found


_GROUP_LEAD = frozenset({"all", "the", "these", "those", "les", "ces", "des", "tous", "toutes", "every", "de", "d", "l"})


def _group_after(t: _Text, i: int, skip: int = 2) -> _Match | None:
    """A group term starting at word `i`, after at most `skip` words such as "all the", « les »."""
    for j in range(i, min(len(t.words), i + skip + 1)):
        if j >= len(t.words) or not t.same_sentence(j, i):
            return None
        group = t.starting_with(j, "groups")
        if group is not None:
            return group
        if t.words[j] not in _GROUP_LEAD:
            return None
    return None


def _contemptuous_naming(t: _Text) -> list[tuple[_Match, ...]]:
    """ "dirty Mexicans", « sale arabe », « arabe fainéant », "I hate Muslims", « marre des rebeus »."""
    found: list[tuple[_Match, ...]] = []
    for group in t.by_kind.get("groups", ()):
        contempt = t.ending_with(group.first - 1, "contempt")
        if contempt is not None and t.same_sentence(contempt.first, group.first):
            if not negated(t.folded, contempt.start, window=10):
                found.append((contempt, group))
                continue
        after = t.starting_with(group.last + 1, "contempt_after")
        if after is not None and t.same_sentence(after.first, group.last):
            found.append((group, after))
    for hostile in t.by_kind.get("hostility", ()):
        group = _group_after(t, hostile.last + 1)
        if group is not None and not negated(t.folded, hostile.start, window=10):
            found.append((hostile, group))
    return found



def _a_call(t: _Text, verb: _Match) -> bool:
    """ "Deport them!", "we should ban ...", « il faut expulser ... », « expulsez ... », a hashtag."""
    if t.words[verb.first] in _IMPERATIVES or t.folded[verb.start - 1:verb.start] == "#":
        return True
    if verb.first == 0 or not t.same_sentence(verb.first - 1, verb.first) or t.is_mention(verb.first - 1):
        return True
    return any(w in _CALL_MARKERS for w in t.words[max(0, verb.first - 3):verb.first])

