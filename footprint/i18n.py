"""Interface languages. Every string a person reads in a report goes through gettext; the
catalogs live in `reports/locale/<lang>/LC_MESSAGES/footprint.po` (compiled to `.mo` by
`scripts/update_catalogs.py`). English is the source language, so it needs no catalog."""

from __future__ import annotations

import gettext
from functools import cache
from importlib.resources import files

from footprint.errors import ConfigError

LANGUAGES = ("en", "fr")
DOMAIN = "footprint"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (translated when shown)."""
    return message


@cache
def translations(language: str) -> gettext.NullTranslations:
    if language not in LANGUAGES:
        raise ConfigError(f"unknown language {language!r} (choose from {', '.join(LANGUAGES)})")
    if language == "en":
        return gettext.NullTranslations()
    catalog = files("footprint.reports").joinpath("locale", language, "LC_MESSAGES", f"{DOMAIN}.mo")
    with catalog.open("rb") as handle:
        return gettext.GNUTranslations(handle)


def decimal(value: float, places: int | None, language: str) -> str:
    """`value` with `places` decimals (None: as few as it needs, 4 or 4.25) as the language writes
    it: 16.2 in English, 16,2 in French (Canadian and European French alike use a decimal comma)."""
    written = f"{value:g}" if places is None else f"{value:.{places}f}"
    return written.replace(".", ",") if language == "fr" else written
