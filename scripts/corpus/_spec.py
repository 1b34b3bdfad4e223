"""One-template sentence families for the political and workplace modules, on top of `_kit`.

A `Spec` is one English and one French template that say the same thing, with the slots they name
taken from the family's own lists or from the module's defaults, and register variants chosen from
the family's register (a formal post is rarely typed in all caps; a Québécois one often drops accents).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from scripts.corpus._kit import Fam, V
from scripts.corpus._model import Post

_MARKER = re.compile(r"\[(\w+):")
_KEYS = re.compile(r"\{(\w+)(?:\.\w+)?\^?\}|\[(\w+):")

VARIANTS = {
    "formal": ("", "", "", "", "tags", "emoji"),
    "hashtag": ("", "", "caps", "lower"),
    "quebec": ("", "", "", "emoji", "lower", "noacc", "typos"),
    "acadian": ("", "", "", "emoji", "lower", "noacc"),
    "typo": ("", "", "lower"),
    "caps": ("caps",),
}


_ELIDABLE = re.compile(r"\b(de|que|DE|QUE|De|Que) (?=(?!(?:onze|oui|ouais)\b)[AEIOUÉÈÊÂÎÔÛaeiouéèêâîôû])")


def elide_names(text: str) -> str:
    """French elides "de" and "que" before a vowel, names included: "de Ottawa" -> "d'Ottawa".
    Slot values are names filled into "de {x}", so the elision can only be made after filling."""
    return _ELIDABLE.sub(lambda m: m.group(1)[:-1] + "'", text)


def finish(posts: Iterable[Post]) -> Iterator[Post]:
    """The generated posts with French elision made across slot boundaries."""
    for post in posts:
        yield post._replace(text=elide_names(post.text)) if post.lang == "fr" else post


def fr_forms(text: str) -> dict[str, str]:
    """A French noun phrase with its "de" and "à" forms: "le logement" -> "du logement", "au logement"."""
    for art, de, au in (("le ", "du ", "au "), ("la ", "de la ", "à la "), ("l'", "de l'", "à l'"), ("les ", "des ", "aux ")):
        if text.startswith(art):
            rest = text[len(art):]
            return {"": text, "de": de + rest, "au": au + rest}
    de = "d'" + text if text[:1].lower() in "aeéèêiouh" else "de " + text
    return {"": text, "de": de, "au": "à " + text}


def fv(en: str | dict[str, str], fr: str, g: str = "m") -> V:
    """A slot value whose French side knows its "de" and "à" forms."""
    return V(en, fr_forms(fr), g)


class Spec:
    """A sentence family before it is given its label: one English and one French template."""

    def __init__(self, family: str, subtype: str, reg: str | tuple[str, str], en: str, fr: str, n: int = 10,
                 mood: str = "neutral", agree: str = "", defaults: dict[str, list[V]] | None = None, **slots: list[V]) -> None:
        self.family, self.subtype, self.en, self.fr, self.n, self.mood, self.agree = family, subtype, en, fr, n, mood, agree
        self.reg = (reg, reg) if isinstance(reg, str) else reg
        names = {a or b for a, b in _KEYS.findall(en + " " + fr)}
        unknown = sorted(k for k in names if k not in slots and k not in (defaults or {}))
        if unknown:
            raise KeyError(f"{family}: no slot list for {unknown}")
        self.slots = {k: slots.get(k) or (defaults or {})[k] for k in sorted(names)}
        # Slot texts may carry agreement markers of their own ("chu [me:tanné|tannée]"): their keys are slots too.
        for values in list(self.slots.values()):
            for value in values:
                for text in value.fr.values():
                    for key in _MARKER.findall(text):
                        if key not in self.slots and key in (defaults or {}):
                            self.slots[key] = (defaults or {})[key]

    def fam(self, label: str, hard_for: str, tags: list[tuple[str, str]]) -> Fam:
        variants = VARIANTS.get(self.reg[1], VARIANTS.get(self.reg[0]))
        extra = {"variants": variants} if variants else {}
        return Fam(self.family, self.subtype, label, [(self.en, self.fr)], dict(self.slots), n=self.n,
                   reg=self.reg, hard_for=hard_for, mood=self.mood, tags=tags, agree=self.agree, **extra)
