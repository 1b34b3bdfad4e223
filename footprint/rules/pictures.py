"""The rules behind picture findings, and the hits one scanned picture gives.

Pictures are not text: they are checked at import (`footprint.picture_checks`), their results
stored, and a scan passes them in `Subject.pictures`. These rules read them, decoded once, from
the analyzer's view of the subject (`Rule.reads` is PICTURES) and keep the hits that
`hits(result, ref)` gives for their own code. Registered like any rule, they show in
`footprint rules --explain` and carry the guidance citation into the report.

- SYM101 (gc_symbols): the Canada wordmark or the Government of Canada (FIP) signature in a
  picture: avatar, banner or post photo.
- SAF101 (personal_safety): the picture carries its GPS position (EXIF or XMP).
- SAF102 (personal_safety): no position, but the picture still says when it was taken and with
  which camera (platforms usually strip this; a copy that kept it may keep more).

Evidence has no span in a picture: `field` is "media", `start == end == 0`, and `text` is the
symbol's name (SYM101) or the position and time (SAF101/SAF102). Pass `ref` (the media path or
URL, "avatar", "banner") to add a second evidence entry naming the picture, so two pictures of
one post or profile give two findings instead of one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from footprint import guidance as gd
from footprint.records import Confidence, Evidence, RuleHit, Severity, Subject
from footprint.rules.base import ITEM, PICTURES, PROFILE, Rule
from footprint.rules.view import SubjectView

if TYPE_CHECKING:  # pragma: no cover
    from footprint.images.scan import ImageResult

FIELD = "media"
# Evidence in the words read inside a picture (OCR): spans point into that text.
TEXT_FIELD = "media_text"


class _PictureRule(Rule):
    # They read the stored results of the picture checks from the analyzer's view of a post or
    # profile, after the text rules and the words read in its pictures.
    applies_to = frozenset({ITEM, PROFILE})
    reads = PICTURES

    def check(self, subject: Subject, folded: Mapping[str, str]) -> Iterator[RuleHit]:
        view = folded if isinstance(folded, SubjectView) else SubjectView(subject, folded)
        for ref, result in view.pictures(self.code):
            for rule_class, hit in hits(result, ref=ref):
                if rule_class is type(self):
                    yield hit


class OfficialSymbolInPicture(_PictureRule):
    """Official GC symbol in a picture (avatar, banner or post).

    The Canada wordmark or the Government of Canada signature of the Federal Identity Program
    (the flag symbol with "Government of Canada / Gouvernement du Canada") was found in the
    picture, even small, recoloured or in a corner of a slide. Official symbols are reserved for
    Government of Canada communications; on a personal account they make it look official. The
    national flag and maple leaves on their own are fine and are not flagged. The Arms of Canada
    are not detected yet.
    """

    code = "SYM101"
    name = "official-symbol-in-picture"
    category = "gc_symbols"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    guidance = gd.OFFICIAL_SYMBOLS
    consult = (gd.COMMUNICATIONS, gd.VALUES_ETHICS)
    action = "Replace the picture with one that shows no official symbol (a flag or maple leaf is fine), or delete the post."
    # Pictures cannot be quoted here: the examples describe them.
    examples_flagged = (
        "[picture] An avatar that shows the Canada wordmark",
        "[picture] A slide with the Government of Canada signature in its corner, posted after a meeting",
    )
    examples_not_flagged = (
        "[picture] The national flag of Canada on Canada Day",
        "[picture] A maple-leaf logo of a hockey team or a company",
    )


class GeotaggedPicture(_PictureRule):
    """Picture carries the GPS position where it was taken.

    The picture's metadata (EXIF or XMP) holds the latitude and longitude of where it was
    taken: a photo taken at home tells anyone who downloads it where you live.
    """

    code = "SAF101"
    name = "geotagged-picture"
    category = "personal_safety"
    severity = Severity.MEDIUM
    confidence = Confidence.HIGH
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.MANAGER, gd.SECURITY)
    action = "Replace the picture with a copy without location data (most phones can share without it), and turn off location tagging in the camera."
    examples_flagged = ("[picture] A photo of the backyard whose EXIF data gives 45.42014°N, 75.69167°W",)
    examples_not_flagged = ("[picture] The same photo as the platform serves it, with its metadata removed",)


class DatedPicture(_PictureRule):
    """Picture still says when it was taken and with which camera.

    The picture kept its capture time (and camera) in its metadata: platforms usually strip
    this, so a copy that kept it may keep more. Together with posting times, capture times
    show routines.
    """

    code = "SAF102"
    name = "dated-picture"
    category = "personal_safety"
    severity = Severity.LOW
    confidence = Confidence.LOW
    guidance = gd.KEY_CONSIDERATIONS
    consult = (gd.SECURITY,)
    action = "Share pictures without their metadata (export or screenshot them) when the time or camera matters."
    examples_flagged = ("[picture] A photo whose EXIF data says 2024-06-01 14:30:05, Apple iPhone 15",)
    examples_not_flagged = ("[picture] A screenshot, which carries no capture time",)


RULES: tuple[type[Rule], ...] = (OfficialSymbolInPicture, GeotaggedPicture, DatedPicture)


def _confidence(score: float) -> Confidence:
    if score >= 0.85:
        return Confidence.HIGH
    if score >= 0.6:
        return Confidence.MEDIUM
    return Confidence.LOW


def hits(result: ImageResult, ref: str | None = None, field: str = FIELD) -> list[tuple[type[Rule], RuleHit]]:
    """What one scanned picture gives: (rule class, hit) pairs, best symbol first. A picture
    that could not be read gives nothing (its `result.error` belongs in the skipped list).

    Messages are fixed sentences so the report can translate them; what varies (which symbol,
    where, the position, the time) is in the evidence."""
    out: list[tuple[type[Rule], RuleHit]] = []
    extra = (Evidence(field=f"{field}_ref", start=0, end=0, text=ref),) if ref else ()
    for match in result.findings:
        out.append((OfficialSymbolInPicture, RuleHit(
            evidence=(Evidence(field=field, start=0, end=0, text=match.label), *extra),
            message="The picture shows an official Government of Canada symbol (outlined in the thumbnail).",
            confidence=_confidence(match.confidence),
        )))
    meta = result.metadata
    when = meta.captured_at.isoformat(sep=" ") if meta.captured_at else None
    if meta.gps is not None:
        text = str(meta.gps) + (f", {when}" if when else "")
        out.append((GeotaggedPicture, RuleHit(
            evidence=(Evidence(field=field, start=0, end=0, text=text), *extra),
            message="The picture's metadata gives the place where it was taken.",
        )))
    elif when is not None:
        text = when + (f", {meta.camera}" if meta.camera else "")
        out.append((DatedPicture, RuleHit(
            evidence=(Evidence(field=field, start=0, end=0, text=text), *extra),
            message="The picture's metadata says when it was taken, and sometimes with which camera.",
        )))
    return out
