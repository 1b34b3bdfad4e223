"""A Markdown summary for notes or a ticket; post text is quoted, never interpreted."""

from __future__ import annotations

import re
from typing import IO, ClassVar
from urllib.parse import quote

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
        # Written in English only: the options (language, templates) concern the HTML report.
        self.options = options or RenderOptions()

    def render(self, report: ReportData, out: IO[str]) -> None:
        s = report.summary
        out.write("# Footprint audit: items to review\n\n")
        out.write(f"Generated {report.generated_at:%Y-%m-%d %H:%M} UTC by footprint-audit {report.tool_version}. ")
        a = report.audit
        out.write(
            f"{s['findings_total']} items to review ({s['unreviewed']} not yet decided, "
            f"{a.get('priority', 0)} marked priority, scoring {a.get('review_threshold', 4.0):g} or more)"
        )
        if a.get("rose_above_threshold"):
            out.write(f"; {a['rose_above_threshold']} became priority with the current role profile")
        out.write(".\n\n")
        out.write("| Platform | Posts and comments | Likes | Profiles |\n|---|---|---|---|\n")
        platforms = sorted(set(s["items_by_platform"]) | set(s["profiles_by_platform"]))
        for platform in platforms:
            out.write(
                f"| {platform} | {s['items_by_platform'].get(platform, 0)} | "
                f"{s['reactions_by_platform'].get(platform, 0)} | {s['profiles_by_platform'].get(platform, 0)} |\n"
            )
        current = None
        for f in report.findings:
            if f.category != current:
                current = f.category
                out.write(f"\n## {CATEGORY_TITLES.get(current, current)}\n\n")
            item = f.item
            date = (item.get("created_at") or "")[:10]
            evidence = ", ".join(f"“{escape(e['text'])}”" for e in f.evidence)
            rank = " (priority, new with this role profile)" if f.rose else " (priority)" if f.priority else ""
            out.write(f"- **{f.severity}** · score {f.score:.1f}{rank} · `{f.rule}` {escape(f.message)}  \n")
            out.write(f"  {item['platform']} {item['kind']} {date}")
            if item.get("handle"):
                out.write(f" · @{escape(item['handle'])}")
            if item.get("url"):
                out.write(f" · {autolink(item['url'])}")
            out.write(f"  \n  Evidence: {evidence}  \n  Next step: {escape(f.action)}  \n  Id: `{f.id}`")
            if f.decision:
                out.write(f" · decided: {f.decision}")
            if f.decision_note:
                out.write(f"  \n  Your note: {escape(f.decision_note)}")
            out.write("\n")
