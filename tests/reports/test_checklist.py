"""The checklist of posts to delete by hand: English and French, hostile post text and links,
nothing loaded from anywhere."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pytest

from footprint.records import PLATFORMS
from footprint.reports.checklist import EXCERPT, PLATFORM_STEPS, Checklist, ChecklistPost
from footprint.reports.context import safe_url as web_link

HOSTILE = '<script>alert("x")</script> Votez NPD! <img src=x onerror=alert(1)> #TeamJagmeet ](javascript:alert(1))'
WHEN = datetime(2024, 6, 9, 10, tzinfo=UTC)
POSTS = [
    ChecklistPost("x", "post", WHEN, HOSTILE, "javascript:alert(document.cookie)",
                  ("Names a party or political leader together with words of support or opposition.",)),
    ChecklistPost("x", "repost", None, "https://x.com/other/status/2", "https://x.com/other/status/2"),
    ChecklistPost("linkedin", "comment", WHEN, "Mon gestionnaire est incompétent 🙄\n\u202eevil", None),
    ChecklistPost("youtube", "comment", WHEN, "Bravo 🇨🇦 " * 100, "https://www.youtube.com/watch?v=abc&lc=Ugx"),
    ChecklistPost("web", "post", WHEN, "Mon blogue", "https://pat.example.ca/2024/06/billet"),
]


def html(posts: list[ChecklistPost], language: str = "en") -> str:
    out = io.StringIO()
    Checklist(posts, language, generated_at=WHEN).render_html(out)
    return out.getvalue()


def markdown(posts: list[ChecklistPost], language: str = "en") -> str:
    out = io.StringIO()
    Checklist(posts, language, generated_at=WHEN).render_markdown(out)
    return out.getvalue()


def test_every_platform_without_a_deletion_api_has_steps_and_a_help_page() -> None:
    assert set(PLATFORM_STEPS) == set(PLATFORMS) - {"mastodon", "bluesky"}
    for steps in PLATFORM_STEPS.values():
        assert steps.help_url.startswith("https://") and steps.steps


def test_html_escapes_post_text_and_links_only_to_the_web() -> None:
    page = html(POSTS)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "javascript:alert(document" not in page  # the link is neither followed nor shown
    assert not re.search(r'href="\s*javascript', page, re.I)
    assert '<a href="https://x.com/other/status/2" rel="noopener noreferrer">Open the post</a>' in page
    assert 'href="https://www.youtube.com/watch?v=abc&amp;lc=Ugx"' in page
    assert "\u202e" not in page and "\\u202eevil" in page  # a bidi override is shown, not obeyed
    assert page.count("No link in the export") == 2  # the javascript: one and the LinkedIn comment
    # Sections in the platforms' order, with their steps.
    assert [m for m in re.findall(r'<h2 id="platform-(\w+)"', page)] == ["x", "linkedin", "youtube", "web"]
    assert "Select the More icon (⋯) on the post, then Delete, and confirm." in page
    assert "Why: Names a party or political leader" in page
    assert page.count('type="checkbox"') == len(POSTS)


def test_html_loads_nothing_remote() -> None:
    page = html(POSTS)
    assert "default-src 'none'" in page
    assert not re.search(r"<(script|img|link|iframe|object|embed)\b", page)
    assert "src=" not in page.replace("&lt;img src=x", "")
    assert "url(" not in page and "@import" not in page


def test_markdown_keeps_text_inert() -> None:
    text = markdown(POSTS)
    assert "javascript:alert(document" not in text and "<javascript" not in text
    # Post text cannot open a link, a tag or a code span of its own.
    assert "\\<script\\>" in text and "\\](javascript:alert(1))" in text
    assert "<https://x.com/other/status/2>" in text
    assert "- [ ] 2024-06-09 · comment · “Mon gestionnaire est incompétent 🙄 \\\\u202eevil” · No link in the export" in text
    long_line = next(line for line in text.splitlines() if "Bravo" in line)
    assert "…" in long_line and long_line.count("Bravo") < 100
    assert len(re.search(r"“(.*)”", long_line).group(1)) <= EXCERPT + 40  # cut, even with escapes


def test_french_checklist() -> None:
    page = html(POSTS, "fr")
    assert '<html lang="fr">' in page
    assert "Publications à supprimer à la main" in page
    assert "Sélectionnez l’icône Plus (⋯) sur la publication, puis Supprimer, et confirmez." in page
    assert "Pourquoi\u00a0: Nomme un parti ou un chef politique" in page
    assert "Votre site Web" in page and "date inconnue" in page
    text = markdown(POSTS, "fr")
    assert text.startswith("# Publications à supprimer à la main\n\nProduit le 2024-06-09 10:00 UTC par footprint-audit")
    assert "### Comment supprimer\n\n1. Ouvrez la publication avec son lien ci-dessous, depuis votre compte." in text
    assert "[La page d’aide de la plateforme](https://help.x.com/en/using-x/delete-posts)" in text
    for english in ("How to delete", "Open the post", "Confirmed posts", "Why:"):
        assert english not in page and english not in text


def test_empty_checklist() -> None:
    assert "Nothing to delete by hand." in html([])
    assert "Nothing to delete by hand." in markdown([])


@pytest.mark.parametrize("url, linked", [
    ("https://x.com/a/status/1", True), ("HTTP://EXAMPLE.CA/x", True), ("javascript:alert(1)", False),
    (" JavaScript:alert(1)", False), ("data:text/html,<b>", False), ("//evil.example/x", False), ("", False),
    ("http://[::1", False),
])
def test_web_link(url: str, linked: bool) -> None:
    assert (web_link(url) is not None) is linked
