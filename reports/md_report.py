"""A Markdown summary for notes or a ticket; post text is quoted, never interpreted."""

from __future__ import annotations

import re
from typing import IO, ClassVar

from footprint.reports.context import ReportData
from footprint.reports.html_report import CATEGORY_TITLES

# Only what changes inline rendering; escaping every punctuation mark makes notes unreadable.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|<>~#])")


def escape(text: str) -> str:
    """Backslash-escape Markdown syntax and keep HTML inert, on one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


class MarkdownRenderer:
    name: ClassVar[str] = "md"
    extension: ClassVar[str] = ".md"

    def render(self, report: ReportData, out: IO[str]) -> None:
        s = report.summary
        out.write("# Footprint audit: items to review\n\n")
        out.write(f"Generated {report.generated_at:%Y-%m-%d %H:%M} UTC by footprint-audit {report.tool_version}. ")
        out.write(f"{s['findings_total']} items to review, {s['unreviewed']} not yet decided.\n\n")
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
            out.write(f"- **{f.severity}** · score {f.score:.1f} · `{f.rule}` {escape(f.message)}  \n")
            out.write(f"  {item['platform']} {item['kind']} {date}")
            if item.get("url"):
                out.write(f" · <{item['url']}>")
            out.write(f"  \n  Evidence: {evidence}  \n  Next step: {escape(f.action)}  \n  Id: `{f.id}`")
            if f.decision:
                out.write(f" · decided: {f.decision}")
            out.write("\n")
