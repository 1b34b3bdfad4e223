"""The checklist `footprint clean` writes for the platforms that offer no deletion API for
personal use: each confirmed post with a direct link and the platform's own steps to delete or
hide it, as one self-contained HTML page (autoescaped, nothing loaded from anywhere) and as
Markdown. Every word a person reads goes through the gettext catalog (English and French)."""

from __future__ import annotations

import gettext
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from footprint import __version__
from footprint.errors import visible
from footprint.i18n import N_, translations
from footprint.reports.context import safe_url
from footprint.reports.md_report import autolink, escape

# How much of a post the checklist shows: enough to recognise it on the platform.
EXCERPT = 280


@dataclass(frozen=True)
class PlatformSteps:
    name: str
    help_url: str
    steps: tuple[str, ...]
    hide: str | None = None


OPEN_POST = N_("Open the post with its link below, signed in to your account.")
PLATFORM_STEPS: dict[str, PlatformSteps] = {
    "x": PlatformSteps(
        "X",
        "https://help.x.com/en/using-x/delete-posts",
        (
            OPEN_POST,
            N_("Select the More icon (⋯) on the post, then Delete, and confirm."),
            N_("For a repost, select the Repost icon under the post, then Undo repost."),
        ),
        N_("To hide your posts without deleting them, turn on Protect your posts "
           "(Settings and privacy, then Privacy and safety, then Audience and tagging)."),
    ),
    "facebook": PlatformSteps(
        "Facebook",
        "https://www.facebook.com/help/",
        (
            OPEN_POST,
            N_("Select the three dots (⋯) at the top right of the post, then Move to trash or Delete, and confirm."),
            N_("For a comment, select the three dots beside it, then Delete."),
            N_("Items in the trash are deleted for good after 30 days; empty the trash in your Activity log "
               "to delete them at once."),
        ),
        N_("To hide a post instead, select Edit audience and choose Only me."),
    ),
    "instagram": PlatformSteps(
        "Instagram",
        "https://help.instagram.com/",
        (
            N_("Open the post with its link below, in the Instagram app or on instagram.com, signed in to your account."),
            N_("Tap the three dots (⋯) above the post, then Delete, and confirm."),
            N_("For a comment, swipe left on it or press and hold it, then tap the trash icon."),
            N_("Deleted posts stay in Recently deleted for 30 days; delete them there (Your activity, then "
               "Recently deleted) to remove them at once."),
        ),
        N_("To hide a post instead, select Archive: only you will see it."),
    ),
    "threads": PlatformSteps(
        "Threads",
        "https://help.instagram.com/",
        (
            OPEN_POST,
            N_("Select the three dots (⋯) on the post, then Delete, and confirm."),
        ),
        N_("To limit who sees your posts, make your profile private (Settings, then Privacy)."),
    ),
    "linkedin": PlatformSteps(
        "LinkedIn",
        "https://www.linkedin.com/help/linkedin",
        (
            OPEN_POST,
            N_("Select the More icon (⋯) at the top right of the post, then Delete post, and confirm."),
            N_("For a comment, select the More icon beside your comment, then Delete."),
        ),
    ),
    "reddit": PlatformSteps(
        "Reddit",
        "https://support.reddithelp.com/",
        (
            OPEN_POST,
            N_("Select the More options icon (⋯) on the post or comment, then Delete, and confirm."),
        ),
    ),
    "tiktok": PlatformSteps(
        "TikTok",
        "https://support.tiktok.com/",
        (
            N_("Open the video with its link below, in the TikTok app, signed in to your account."),
            N_("Tap the three dots (⋯) or the Share button, then Delete, and confirm."),
            N_("For a comment, press and hold it, then Delete."),
        ),
        N_("To hide a video instead, set who can watch it to Only you."),
    ),
    "youtube": PlatformSteps(
        "YouTube",
        "https://support.google.com/youtube/",
        (
            N_("Open the video with the link below, or your YouTube comments in Google's My Activity, "
               "signed in to your account."),
            N_("Select the three dots (⋮) beside your comment, then Delete, and confirm."),
        ),
    ),
    "web": PlatformSteps(
        N_("Your website"),
        "https://search.google.com/search-console/remove-outdated-content",
        (
            N_("Edit or remove the page on your own site (its link is below)."),
            N_("Then ask search engines to drop their old copy: Google's Remove outdated content tool "
               "(the help page below) and Bing's Content Removal Tool."),
            N_("Copies in web archives such as the Wayback Machine go only on request to the archive."),
        ),
    ),
}
LABELS = {
    "title": N_("Posts to delete by hand"),
    "intro": N_("These platforms offer no way for this tool to delete posts for you. Each post below is one "
                "whose finding you confirmed; follow the platform's steps, then tick it off."),
    "copies": N_("Deleting removes the post from your account; copies that others made (reposts, screenshots, "
                 "search results, archives) may stay for a while."),
    "kept": N_("Your audit database keeps the text of each post for your record."),
    "steps": N_("How to delete"),
    "help": N_("The platform's help page"),
    "posts": N_("Confirmed posts"),
    "done": N_("done"),
    "why": N_("Why:"),
    "open": N_("Open the post"),
    "no_link": N_("No link in the export: find it on your profile by its date and text."),
    "no_date": N_("date unknown"),
    "empty": N_("Nothing to delete by hand."),
}
GENERATED = N_("Generated %(when)s by footprint-audit %(version)s.")


@dataclass(frozen=True)
class ChecklistPost:
    """One confirmed post as the checklist shows it (the text is cut to its start)."""

    platform: str
    kind: str
    created_at: datetime | None
    text: str
    url: str | None
    reasons: tuple[str, ...] = ()


def excerpt(text: str, limit: int = EXCERPT) -> str:
    one_line = visible(" ".join(text.split()))
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


class Checklist:
    """Renders the checklist in one language; `sections` groups posts by platform in the
    order of PLATFORM_STEPS (a platform it does not know still gets its posts listed)."""

    def __init__(self, posts: Sequence[ChecklistPost], language: str = "en", generated_at: datetime | None = None) -> None:
        self.posts = list(posts)
        self.language = language
        self.catalog: gettext.NullTranslations = translations(language)
        self.generated_at = generated_at or datetime.now(UTC)

    def _(self, message: str) -> str:
        return self.catalog.gettext(message)

    def sections(self) -> list[dict[str, Any]]:
        order = {name: index for index, name in enumerate(PLATFORM_STEPS)}
        platforms = sorted({p.platform for p in self.posts}, key=lambda name: (order.get(name, len(order)), name))
        sections = []
        for platform in platforms:
            known = PLATFORM_STEPS.get(platform)
            sections.append(
                {
                    "id": f"platform-{platform}",
                    "name": self._(known.name) if known else platform,
                    "help_url": known.help_url if known else None,
                    "steps": [self._(step) for step in known.steps] if known else [],
                    "hide": self._(known.hide) if known and known.hide else None,
                    "posts": [self._post(p) for p in self.posts if p.platform == platform],
                }
            )
        return sections

    def _post(self, post: ChecklistPost) -> dict[str, Any]:
        return {
            "date": post.created_at.strftime("%Y-%m-%d") if post.created_at else self._(LABELS["no_date"]),
            "kind": self._(post.kind),
            "text": excerpt(post.text),
            "url": safe_url(post.url),
            "reasons": [self._(reason) for reason in post.reasons],
        }

    def _context(self) -> dict[str, Any]:
        return {
            "lang": self.language,
            "L": {key: self._(text) for key, text in LABELS.items()},
            "generated": self._(GENERATED) % {
                "when": self.generated_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC"), "version": __version__,
            },
            "sections": self.sections(),
        }

    def render_html(self, out: IO[str]) -> None:
        env = Environment(
            loader=PackageLoader("footprint.reports", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        out.write(env.get_template("checklist.html").render(**self._context()))

    def render_markdown(self, out: IO[str]) -> None:
        context = self._context()
        L = context["L"]
        out.write(f"# {escape(L['title'])}\n\n{escape(context['generated'])}\n\n")
        out.write(f"{escape(L['intro'])} {escape(L['copies'])} {escape(L['kept'])}\n")
        if not context["sections"]:
            out.write(f"\n{escape(L['empty'])}\n")
        for section in context["sections"]:
            out.write(f"\n## {escape(section['name'])}\n\n")
            if section["steps"]:
                out.write(f"### {escape(L['steps'])}\n\n")
                for number, step in enumerate(section["steps"], 1):
                    out.write(f"{number}. {escape(step)}\n")
                out.write("\n")
            if section["hide"]:
                out.write(f"{escape(section['hide'])}\n\n")
            if section["help_url"]:
                # The help pages are this module's own constants: a plain link is safe.
                out.write(f"[{escape(L['help'])}]({section['help_url']})\n\n")
            out.write(f"### {escape(L['posts'])} ({len(section['posts'])})\n\n")
            for post in section["posts"]:
                link = autolink(post["url"]) if post["url"] else escape(L["no_link"])
                out.write(f"- [ ] {post['date']} · {escape(post['kind'])} · “{escape(post['text'])}” · {link}")
                if post["reasons"]:
                    out.write(f"  \n  {escape(L['why'])} {escape(' '.join(post['reasons']))}")
                out.write("\n")
