"""A Markdown summary for notes or a ticket; post text is quoted, never interpreted."""

from __future__ import annotations

import re
from typing import IO, ClassVar
from urllib.parse import quote

from footprint.i18n import N_, decimal, translations
from footprint.reports.context import ReportData
from footprint.reports.html_report import CATEGORY_TITLES
from footprint.reports.options import RenderOptions

# Only what changes inline rendering; escaping every punctuation mark makes notes unreadable.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|<>~#])")


def escape(text: str) -> str:
    """Backslash-escape Markdown syntax and keep HTML inert, on one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


# Characters a URL may keep as they are; everything else (`<`, `>`, spaces, quotes, backticks,
# controls) is percent-encoded. Escapes do not work inside an autolink, and a `>` would end it
# and let the rest of a handle open raw HTML.
_URL_SAFE = "/:?#[]@!$&'()*+,;=%~-._"


def autolink(url: str) -> str:
    """`<url>` that stays one link whatever the URL holds (it comes from an export or an API)."""
    return f"<{quote(url, safe=_URL_SAFE)}>"


class MarkdownRenderer:
    name: ClassVar[str] = "md"
    extension: ClassVar[str] = ".md"

    def __init__(self, options: RenderOptions | None = None) -> None:
        self.options = options or RenderOptions()
        self.language = self.options.language
        self._catalog = translations(self.language)

    def _(self, message: str) -> str:
        return self._catalog.gettext(message) if message else ""

    def render(self, report: ReportData, out: IO[str]) -> None:
        _ = self._
        language = self.language
        s = report.summary
        a = report.audit
        out.write(f"# {_(N_('Footprint audit: items to review'))}\n\n")
        out.write(
            _(N_("Generated %(when)s UTC by footprint-audit %(version)s."))
            % {"when": f"{report.generated_at:%Y-%m-%d %H:%M}", "version": report.tool_version}
            + " "
        )
        out.write(
            _(N_("Items to review: %(total)s (not yet decided: %(undecided)s; priority, scoring %(threshold)s or more: %(priority)s)"))
            % {
                "total": s["findings_total"],
                "undecided": s["unreviewed"],
                "priority": a.get("priority", 0),
                "threshold": decimal(a.get("review_threshold", 4.0), None, language),
            }
        )
        if a.get("rose_above_threshold"):
            out.write(_(N_("; became priority with the current role profile: %(count)s")) % {"count": a["rose_above_threshold"]})
        out.write(".\n\n")
        header = (_(N_("Platform")), _(N_("Posts and comments")), _(N_("Likes")), _(N_("Profiles")))
        out.write("| " + " | ".join(escape(cell) for cell in header) + " |\n|---|---|---|---|\n")
        platforms = sorted(set(s["items_by_platform"]) | set(s["profiles_by_platform"]))
        for platform in platforms:
            out.write(
                f"| {platform} | {s['items_by_platform'].get(platform, 0)} | "
                f"{s['reactions_by_platform'].get(platform, 0)} | {s['profiles_by_platform'].get(platform, 0)} |\n"
            )
        labels = {
            "score": _(N_("score")),
            "priority": _(N_("priority")),
            "rose": _(N_("priority, new with this role profile")),
            "evidence": _(N_("Evidence: %(words)s")),
            "next": _(N_("Next step: %(action)s")),
            "id": _(N_("Id: %(id)s")),
            "decided": _(N_("decided: %(decision)s")),
            "note": _(N_("Your note: %(note)s")),
            "separator": _(N_(", ")),
        }
        opening, closing = ("«\u00a0", "\u00a0»") if language == "fr" else ("“", "”")
        current = None
        for f in report.findings:
            if f.category != current:
                current = f.category
                out.write(f"\n## {escape(_(CATEGORY_TITLES.get(current, current)))}\n\n")
            item = f.item
            date = (item.get("created_at") or "")[:10]
            evidence = labels["separator"].join(f"{opening}{escape(e['text'])}{closing}" for e in f.evidence)
            rank = f" ({labels['rose']})" if f.rose else f" ({labels['priority']})" if f.priority else ""
            score = decimal(f.score, 1, language)
            out.write(f"- **{escape(_(f.severity))}** · {labels['score']} {score}{rank} · `{f.rule}` {escape(_(f.message))}  \n")
            out.write(f"  {item['platform']} {escape(_(item['kind']))} {date}")
            if item.get("handle"):
                out.write(f" · @{escape(item['handle'])}")
            if item.get("url"):
                out.write(f" · {autolink(item['url'])}")
            out.write("  \n  " + labels["evidence"] % {"words": evidence})
            out.write("  \n  " + labels["next"] % {"action": escape(_(f.action))})
            out.write("  \n  " + labels["id"] % {"id": f"`{f.id}`"})
            if f.decision:
                out.write(" · " + labels["decided"] % {"decision": escape(_(f.decision))})
            if f.decision_note:
                out.write("  \n  " + labels["note"] % {"note": escape(f.decision_note)})
            out.write("\n")
