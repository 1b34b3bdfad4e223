"""What the Mastodon archive and the Mastodon API importers read the same way."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bs4 import BeautifulSoup

from footprint.connectors._html import html_to_text
from footprint.connectors._values import text_or_none


def bio_and_website(
    summary: Any, fields: Iterable[tuple[Any, Any]]
) -> tuple[str | None, str | None]:
    """The bio (`summary` HTML) with the profile fields, (name, value HTML) pairs, appended as
    "name: value" lines; and the website, the first field value that is a link.

    Fields ("Pronouns", "Employer", "Web") show on the profile next to the bio and are where an
    affiliation is often stated, and rules read the bio, so they join it.
    """
    lines = [html_to_text(text_or_none(summary))]
    website = None
    for name, value_html in fields:
        label = html_to_text(str(name or "")).strip()
        value_html = str(value_html or "")
        value = html_to_text(value_html).strip()
        if label or value:
            lines.append(f"{label}: {value}" if label else value)
        if website is None and "<a " in value_html:
            link = BeautifulSoup(value_html, "html.parser").find("a", href=True)
            website = str(link["href"]) if link else None
    bio = "\n".join(line for line in lines if line)
    return bio or None, website


def status_text(content: str | None, poll_options: Iterable[str | None], warning: Any) -> str:
    """What a reader sees of a status, which is what rules read: the content, then the poll's
    choices (the person's own words, shown with the post), led by the content warning (public
    text shown even while the post is folded)."""
    text = html_to_text(content)
    options = list(poll_options)
    if any(options):
        text = "\n".join([text, *(o for o in options if o)]).strip("\n")
    if isinstance(warning, str) and warning.strip():
        text = f"CW: {html_to_text(warning)}\n{text}"
    return text
