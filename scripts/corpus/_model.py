"""The shape of one corpus post, and the deterministic split by sentence family."""

from __future__ import annotations

import hashlib
from typing import NamedTuple

LABELS = ("A", "B", "C", "D", "neutral")
LANGUAGES = ("en", "fr")
HELDOUT_SHARE = 0.25


class Post(NamedTuple):
    """One post. `label` is the category the post belongs to (A political activity,
    B discrimination or harassment, C harsh critique of one's own employer or colleagues,
    D personal-safety details, neutral: nothing to flag). `hard_for` names the category a
    neutral post is a hard negative of (it looks like one but is not), else "".
    `family` names the sentence family it was generated from: posts of one family share their
    wording, so the train/held-out split is made by family, never by post. `pair_id` links an
    English post to the French post that says the same thing. `severity` is for D only:
    "medium" or "high" when the post must be flagged at medium severity or more, "low" for a
    bare street address that is not said to be home."""

    pair_id: str
    lang: str
    label: str
    subtype: str
    register: str
    family: str
    text: str
    hard_for: str = ""
    severity: str = ""


def split_of(family: str) -> str:
    digest = hashlib.sha256(family.encode("utf-8")).digest()
    return "heldout" if digest[0] < 256 * HELDOUT_SHARE else "train"
