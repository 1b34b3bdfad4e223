"""Shared machinery of the hand-written corpus modules: bilingual slot values, sentence families,
and register variants, turned into paired posts deterministically.

A family holds one or more template pairs (English, French) that say the same thing. Templates name
slots as `{G}`, `{G.sg}` (a named form), `{G.de}` (a French form derived with elision) and `{G^}`
(capitalised). French agreement is written in the template or in a slot's text as `[masc|fem]`,
resolved by the gender of the family's agreement slot, or `[K:masc|fem]` for slot K.
Every generated pair gets one register variant (emoji, all caps, typos, hashtags, no accents...)
applied to both languages in the way each language really does it.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from scripts.corpus._model import Post

# Initial "h" is treated as mute for elision except in these words (h aspiré), and
# loanwords that French speakers do not elide before.
_ASPIRATED = ("hockey", "haut", "honte", "hibou", "hamburger", "hasard", "hall", "homard", "hangar",
              "hâte", "halifax", "hippie", "hot", "huit", "hamster", "haine", "héros", "hurl")


def _vowel(word: str) -> bool:
    low = word.lower()
    if not low:
        return False
    if low[0] == "h":
        return not low.startswith(_ASPIRATED)
    return low[0] in "aeiouyéèêàâîïôûœ"


def elide(article: str, word: str) -> str:
    """`de` + `immigrants` -> `d'immigrants`; `la` + `école` -> `l'école`."""
    if _vowel(word) and article in ("de", "que", "le", "la", "je", "ne", "me", "te", "se", "jusque", "lorsque", "puisque"):
        return article[:-1] + "'" + word
    return f"{article} {word}"


class V:
    """One bilingual slot value. `en` and `fr` are the base text or a dict of named forms
    ("" is the base). `g` is the French grammatical gender ("m" or "f") used for agreement."""

    __slots__ = ("en", "fr", "g")

    def __init__(self, en: str | dict[str, str], fr: str | dict[str, str], g: str = "m") -> None:
        self.en = en if isinstance(en, dict) else {"": en}
        self.fr = fr if isinstance(fr, dict) else {"": fr}
        self.g = g

    def form(self, lang: str, name: str) -> str:
        forms = self.en if lang == "en" else self.fr
        if name in forms:
            return forms[name]
        base, sg = forms[""], forms.get("sg", forms[""])
        if lang == "en":
            if name == "a":
                return ("an " if sg[:1].lower() in "aeiou" else "a ") + sg
            raise KeyError(f"no English form {name!r} for {base!r}")
        fem = self.g == "f"
        derived = {
            "de": lambda: elide("de", base),
            "que": lambda: elide("que", base),
            "ce": lambda: ("cette " if fem else "cet " if _vowel(sg) else "ce ") + sg,
            "un": lambda: ("une " if fem else "un ") + sg,
            "le": lambda: elide("la" if fem else "le", sg),
            "desg": lambda: elide("de", sg),
            "au": lambda: "à l'" + sg if _vowel(sg) else ("à la " if fem else "au ") + sg,
            "du": lambda: "de l'" + sg if _vowel(sg) else ("de la " if fem else "du ") + sg,
        }
        if name not in derived:
            raise KeyError(f"no French form {name!r} for {base!r}")
        return derived[name]()


def vals(*rows: tuple[str, ...] | V) -> list[V]:
    """Rows as (en, fr) or (en, fr, gender) tuples, or ready values."""
    out = []
    for row in rows:
        out.append(row if isinstance(row, V) else V(*row))
    return out


def same(*words: str) -> list[V]:
    """Values written the same in both languages (names, brands, places, numbers)."""
    return [V(w, w) for w in words]


@dataclass
class Fam:
    family: str
    subtype: str
    label: str
    templates: Sequence[tuple[str, str]]
    slots: dict[str, list[V]] = field(default_factory=dict)
    n: int = 10
    reg: tuple[str, str] = ("plain", "plain")
    hard_for: str = ""
    severity: str = ""
    mood: str = "neutral"
    tags: Sequence[tuple[str, str]] = ()
    variants: Sequence[str] = ("", "", "", "", "emoji", "emoji", "caps", "typos", "typos", "tags", "lower", "lower", "noacc")
    agree: str = ""


_SLOT = re.compile(r"\{(\w+)(?:\.(\w+))?(\^)?\}")
_GENDER = re.compile(r"\[(?:(\w+):)?([^\[\]|]*)\|([^\[\]|]*)\]")


def _fill(template: str, lang: str, choice: dict[str, V], agree: str) -> str:
    def gender(match: re.Match[str]) -> str:
        key = match.group(1) or agree
        fem = key in choice and choice[key].g == "f"
        return match.group(3) if fem else match.group(2)

    def slot(match: re.Match[str]) -> str:
        # Slot text may carry its own agreement markers: resolve them before capitalising.
        value = _GENDER.sub(gender, choice[match.group(1)].form(lang, match.group(2) or ""))
        return value[:1].upper() + value[1:] if match.group(3) else value

    text = _GENDER.sub(gender, _SLOT.sub(slot, template))
    # An abbreviation ending a slot ("Bank St.") before the template's own full stop.
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    if template.startswith("{"):
        text = text[:1].upper() + text[1:]
    # A template written in capitals shouts its slots too.
    letters = [c for c in _SLOT.sub("", template) if c.isalpha()]
    if len(letters) > 8 and all(c.isupper() for c in letters):
        text = text.upper()
    return text


EMOJI = {
    "angry": ["😡", "🤬", "😤", "💢", "👎", "🙄"],
    "laugh": ["😂", "🤣", "💀", "😆", "😭😭", "lol"],
    "happy": ["😊", "🥰", "🎉", "✨", "🙌", "😄", "❤️"],
    "love": ["❤️", "🥰", "💕", "🫶", "😍"],
    "sad": ["😢", "💔", "😞", "🥲"],
    "neutral": ["👀", "🤷", "🙂", "👍", "😅"],
    "sarcastic": ["🙄", "🙃", "🤡", "😒", "👏👏"],
    "sport": ["🏒", "🔥", "💪", "🚨", "🥅"],
    "food": ["😋", "🍲", "🤤", "🍁"],
    "travel": ["✈️", "🌴", "📍", "🏖️", "🗺️"],
    "home": ["🏡", "📦", "🔑", "🏠"],
    "kids": ["🎒", "🍎", "🚌", "👧", "👦", "🥹"],
    "phone": ["📱", "☎️", "📞"],
    "weather": ["❄️", "🥶", "☀️", "🌧️", "🌨️"],
    "game": ["🎮", "🕹️", "💀", "😤", "🔥"],
}

_EN_TYPOS = [
    (r"\byou\b", "u"), (r"\bare\b", "r"), (r"\bbecause\b", "bc"), (r"\bpeople\b", "ppl"),
    (r"\bthough\b", "tho"), (r"\bplease\b", "pls"), (r"\bdon't\b", "dont"), (r"\bI'm\b", "im"),
    (r"\bcan't\b", "cant"), (r"\bwhat\b", "wat"), (r"\btonight\b", "tonite"), (r"\bthey're\b", "their"),
    (r"\byour\b", "ur"), (r"\bit's\b", "its"), (r"\bto be honest\b", "tbh"), (r"\bright now\b", "rn"),
    (r"\bwith\b", "w/"), (r"\bthat's\b", "thats"), (r"\bdoesn't\b", "doesnt"), (r"\bsomeone\b", "some1"),
]
_FR_TYPOS = [
    (r"\bc'est\b", "c"), (r"\bbeaucoup\b", "bcp"), (r"\bpourquoi\b", "pk"), (r"\bquand\b", "qd"),
    (r"\bje suis\b", "jsuis"), (r"\bil y a\b", "ya"), (r"\bvraiment\b", "vrm"), (r"\bparce que\b", "pcq"),
    (r"\btoujours\b", "tjrs"), (r"\bquelque chose\b", "qqch"), (r"\bje sais pas\b", "jsp"),
    (r"\bt'es\b", "t"), (r"\bqu'est-ce que\b", "keske"),
    (r"\bmaintenant\b", "mtn"), (r"\bstp\b", "stp"), (r"\bs'il te plaît\b", "stp"), (r"\bdemain\b", "dmn"),
    (r"\bvous\b", "vs"), (r"\bquelqu'un\b", "qqn"), (r"\btout le monde\b", "tlm"), (r"\bje\b", "j"),
]


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def _swap_letters(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def _typos(text: str, lang: str, rng: random.Random) -> str:
    rules = _EN_TYPOS if lang == "en" else _FR_TYPOS
    for pattern, repl in rules:
        if rng.random() < 0.6:
            # "je" only contracts before a consonant-initial verb in speech-like spelling ("jsais", "jpense").
            if pattern == r"\bje\b":
                text = re.sub(r"\bje (?=[bcdfgjklmnpqrstvwz])", "j", text, flags=re.I) if rng.random() < 0.5 else text
                continue
            text = re.sub(pattern, repl, text, flags=re.I)
    if lang == "fr" and rng.random() < 0.5:
        text = _strip_accents(text)
    if rng.random() < 0.7:
        text = text.lower()
    if rng.random() < 0.6:
        text = _swap_letters(text, rng)
    return text.rstrip(".")


def _lower(text: str) -> str:
    return text.lower().rstrip(".")


def _variant(kind: str, text: str, lang: str, rng: random.Random, fam: Fam, emoji: str, tags: list[str]) -> str:
    if kind == "emoji":
        return f"{text} {emoji}" if rng.random() < 0.8 else f"{emoji} {text}"
    if kind == "caps":
        return text.upper()
    if kind == "typos":
        return _typos(text, lang, rng)
    if kind == "tags":
        return f"{text} {' '.join(tags)}"
    if kind == "lower":
        return _lower(text)
    if kind == "noacc":
        return _strip_accents(text) if lang == "fr" else _lower(text)
    return text


_VARIANT_LABEL = {"": "", "emoji": "emoji", "caps": "caps", "typos": "typos", "tags": "hashtags",
                  "lower": "lowercase", "noacc": "no_accents"}


def _register(base: str, kind: str, lang: str) -> str:
    if kind == "noacc" and lang == "en":
        kind = "lower"
    label = _VARIANT_LABEL[kind]
    return f"{base}+{label}" if label else base


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def generate(families: Sequence[Fam], seed: int, default_tags: dict[str, Sequence[tuple[str, str]]] | None = None) -> Iterator[Post]:
    """Paired posts for every family, deterministic for a given seed and family list."""
    rng = random.Random(seed)
    seen: dict[str, set[str]] = {"en": set(), "fr": set()}
    names = [f.family for f in families]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"family names used twice: {duplicates}")
    missing = [f"{fam.family}: {{{m.group(1)}}}" for fam in families for pair in fam.templates for t in pair
               for m in _SLOT.finditer(t) if m.group(1) not in fam.slots]
    if missing:
        raise ValueError(f"templates name slots their family lacks: {missing}")
    for fam in families:
        keys = sorted(fam.slots)
        tag_pool = list(fam.tags or (default_tags or {}).get(fam.subtype, ()))
        made = 0
        tried: set[tuple[int, tuple[int, ...]]] = set()
        for _ in range(fam.n * 40):
            if made >= fam.n:
                break
            # Every template in turn first, so a family's wordings are all represented.
            t = made % len(fam.templates) if made < len(fam.templates) else rng.randrange(len(fam.templates))
            combo = tuple(rng.randrange(len(fam.slots[k])) for k in keys)
            if (t, combo) in tried:
                continue
            tried.add((t, combo))
            choice = {k: fam.slots[k][i] for k, i in zip(keys, combo)}
            en_t, fr_t = fam.templates[t]
            agree = fam.agree or next((m.group(1) for m in _SLOT.finditer(fr_t) if m.group(1) in choice), "")
            kind = rng.choice(fam.variants)
            if kind == "tags" and not tag_pool:
                kind = ""
            emoji = rng.choice(EMOJI[fam.mood])
            picked = rng.sample(tag_pool, k=min(len(tag_pool), rng.choice((1, 1, 2)))) if tag_pool else []
            texts = {}
            for lang, template in (("en", en_t), ("fr", fr_t)):
                base = _fill(template, lang, choice, agree)
                tags = [p[0] if lang == "en" else p[1] for p in picked]
                texts[lang] = _variant(kind, base, lang, random.Random(f"{seed}:{fam.family}:{made}:{t}:{combo}"), fam, emoji, tags)
            if _norm(texts["en"]) in seen["en"] or _norm(texts["fr"]) in seen["fr"]:
                continue
            seen["en"].add(_norm(texts["en"]))
            seen["fr"].add(_norm(texts["fr"]))
            pair = f"{fam.family}#{made}"
            for lang, base_reg in (("en", fam.reg[0]), ("fr", fam.reg[1])):
                yield Post(pair_id=pair, lang=lang, label=fam.label, subtype=fam.subtype,
                           register=_register(base_reg, kind, lang), family=fam.family,
                           text=texts[lang], hard_for=fam.hard_for, severity=fam.severity)
            made += 1
