"""Hashtags read as the words they run together, for the slogan rule (DIS003).

"#DeportThemAll" is one token to the word reader; the lexicon lists a few such tokens whole, but
posters coin them freely, in French above all: « #ExpulsezLesTous », « #RenvoyezLesChezEux »,
« #PasDeClandestins », « #LesMusulmansDehors ». A hashtag whose capitals mark its word boundaries
is spelled out here, in its place in the post, so the slogan reading and its tests for
counter-speech and reporting see its words as if they had been typed apart. All-lower-case tags
are left to the lexicon: their boundaries would be guesswork.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from footprint.rules.discrimination_text import _IMPERATIVES, _Match, _Text, lexicon
from footprint.text import fold

# A tag is camel-case with a capital after a small letter ("DeportThem") or a run of capitals
# before a word ("NOIllegals"); its parts are the runs of one capital and small letters, or of
# capitals alone. Tags are found by a plain pattern (a lazy one that finds only camel-case tags
# cost twice as much) and judged once each (`_spaced` is cached).
_TAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]|[A-ZÀ-Þ]{2}[a-zß-ÿ]")
_PARTS = re.compile(r"[A-ZÀ-Þ]+(?=[A-ZÀ-Þ][a-zß-ÿ])|[A-ZÀ-Þ]?[a-zß-ÿ]+|[A-ZÀ-Þ]+|\d+")

# Openings of a tag that refuse whoever it names last: "#NoMuslims", « #PasDeClandestins »,
# « #NonAuxMigrants ». Only a group as the tag's last word counts ("#NoMuslimBan" opposes a ban).
_REFUSALS = (("no",), ("pas", "de"), ("non", "aux"), ("halte", "aux"), ("stop", "aux"), ("zero",))
# Words of a tag worth spelling out beyond those of the lexicon's gate.
_OPENERS = frozenset({"no", "pas", "non", "halte", "zero"}) | _IMPERATIVES


@dataclass(frozen=True, slots=True)
class Spelled:
    """A post with its camel-case hashtags spelled out, and where each tag sits in both texts."""

    text: str
    # (start, end) of the spelled-out words in `text`, and (start, end) of the tag's body in the post
    regions: tuple[tuple[int, int, int, int], ...]

    def region_of(self, m: _Match) -> tuple[int, int, int, int] | None:
        return next((r for r in self.regions if r[0] <= m.start and m.end <= r[1]), None)

    def in_post(self, m: _Match) -> _Match:
        """`m` with its offsets in the post as written: a word of a tag stands for the whole tag."""
        region = self.region_of(m)
        if region is not None:
            return _Match(m.kinds, m.first, m.last, region[2], region[3], m.text)
        shift = sum((r[1] - r[0]) - (r[3] - r[2]) for r in self.regions if r[1] <= m.start)
        return _Match(m.kinds, m.first, m.last, m.start - shift, m.end - shift, m.text)


def spelled_out(text: str) -> Spelled | None:
    """The post with each camel-case hashtag that holds a word the slogan reading knows spelled
    out ("#SendThemHome" -> "#Send Them Home"); None when it has none."""
    if "#" not in text or not _worth_spelling(_TAG.findall(text)):
        return None
    pieces: list[str] = []
    regions: list[tuple[int, int, int, int]] = []
    written = spelled = 0  # end of the post copied so far, and length of the new text
    for tag in _TAG.finditer(text):
        body = tag.group(1)
        if body.islower():
            continue  # most tags: no capital, nothing to split
        spaced = _spaced(body)
        if spaced is None:
            continue
        before = text[written:tag.start(1)]
        start = spelled + len(before)
        pieces += [before, spaced]
        regions.append((start, start + len(spaced), tag.start(1), tag.end(1)))
        spelled = start + len(spaced)
        written = tag.end(1)
    if not regions:
        return None
    pieces.append(text[written:])
    return Spelled("".join(pieces), tuple(regions))


def _worth_spelling(bodies: list[str]) -> bool:
    """Whether one of these tag bodies is spelled out: most posts' tags are judged from their
    bodies alone (a list of strings found in C, half the cost of the match objects the walk
    above needs), and only a post holding such a tag is walked."""
    for body in bodies:
        if not body.islower() and _spaced(body) is not None:
            return True
    return False


@lru_cache(maxsize=4096)
def _spaced(body: str) -> str | None:
    """The tag's words with spaces between, when one of them is a word the slogan reading knows;
    tags recur from post to post, so each is split once."""
    if _CAMEL.search(body) is None:
        return None
    parts = _PARTS.findall(body)
    if len(parts) < 2:
        return None
    words = {fold(p) for p in parts}
    if lexicon().gate_words.isdisjoint(words) and _OPENERS.isdisjoint(words):
        return None
    return " ".join(parts)


def refusals(t: _Text, spelled: Spelled) -> list[tuple[_Match, ...]]:
    """ "#NoMuslims", « #PasDeClandestins »: a tag that refuses the group it ends on."""
    found: list[tuple[_Match, ...]] = []
    for group in t.by_kind.get("groups", ()):
        region = spelled.region_of(group)
        if region is None or group.end != region[1]:
            continue
        first = next(i for i in range(group.first, -1, -1) if t.starts[i] <= region[0])
        opening = tuple(t.words[first:group.first])
        if opening in _REFUSALS:
            found.append((_Match(frozenset({"exclusion"}), first, group.last, t.starts[first], group.end, " ".join(opening)), group))
    return found
