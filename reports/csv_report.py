"""One row per finding, for a spreadsheet. Cells that a spreadsheet would run as a formula are
prefixed with a quote (CSV injection), since post text is written by anyone.

Rows end with CRLF as RFC 4180 says, so the writer quotes every cell holding a carriage return or
a line feed: a post cannot end its row early and start a new one whose first cell is a formula."""

from __future__ import annotations

import csv
from typing import IO, ClassVar

from footprint.reports.context import ReportData
from footprint.reports.options import RenderOptions

COLUMNS = (
    "id", "score", "priority", "severity", "confidence", "category", "rule", "rule_name", "message",
    "platform", "kind", "native_id", "created_at", "url", "evidence", "text", "decision", "decision_note",
)
# Full-width forms too: some spreadsheets read them as their ASCII twins.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_FORMULA_START) else text


class CsvRenderer:
    name: ClassVar[str] = "csv"
    extension: ClassVar[str] = ".csv"

    def __init__(self, options: RenderOptions | None = None) -> None:
        # Written in English only: the options (language, templates) concern the HTML report.
        self.options = options or RenderOptions()

    def render(self, report: ReportData, out: IO[str]) -> None:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for f in report.findings:
            item = f.item
            writer.writerow(
                _cell(value)
                for value in (
                    f.id, f"{f.score:.2f}", "yes" if f.priority else "no", f.severity, f.confidence, f.category,
                    f.rule, f.rule_name, f.message, item["platform"], item["kind"], item["native_id"],
                    item.get("created_at"), item.get("url"), " | ".join(e["text"] for e in f.evidence),
                    item.get("text"), f.decision, f.decision_note,
                )
            )
