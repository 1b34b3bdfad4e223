"""The canonical, versioned JSON report: sorted keys, stable ids, everything a tool needs.

Written as a stream: the envelope, then each finding as it is read, so memory stays flat whatever
the number of findings. The document is the one `orjson.dumps(report_to_dict(report),
option=OPT_INDENT_2 | OPT_SORT_KEYS)` gives, byte for byte (a test holds it to that).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO, Any, ClassVar

import orjson

from footprint.reports.context import ReportData, ReportFinding
from footprint.reports.options import RenderOptions


def finding_to_dict(finding: ReportFinding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "rule": finding.rule,
        "rule_name": finding.rule_name,
        "category": finding.category,
        "severity": finding.severity,
        "confidence": finding.confidence,
        "score": finding.score,
        "message": finding.message,
        "evidence": list(finding.evidence),
        "decision": finding.decision,
        "decision_note": finding.decision_note,
        "new": finding.new,
        "priority": finding.priority,
        # Below the priority threshold before the last scan, at or above it now (a role change).
        "rose_above_threshold": finding.rose,
        "previous_score": finding.previous_score,
        "item": finding.item,
        "guidance": finding.guidance,
        "action": finding.action,
        "consult": list(finding.consult),
        "weighting": finding.weighting,
        "more_info": f"footprint rules --explain {finding.rule}",
        # What a picture finding is about; the thumbnail stays in the HTML report.
        "picture": {"what": finding.picture["what"], "ref": finding.picture["ref"]} if finding.picture else None,
    }


OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS
# Findings per write while streaming.
WRITE_BATCH = 64


def _envelope(report: ReportData) -> dict[str, Any]:
    """Everything but the findings."""
    return {
        "schema_version": report.schema_version,
        "tool": {"name": "footprint-audit", "version": report.tool_version},
        "generated_at": report.generated_at.isoformat().replace("+00:00", "Z"),
        "role_profile": report.role_profile,
        "rules_used": list(report.rules_used),
        "summary": report.summary,
        "audit": report.audit,
        "flagged_by_year": {str(year): count for year, count in report.by_year},
        "skipped": list(report.skipped),
        "rule_errors": list(report.rule_errors),
    }


def report_to_dict(report: ReportData) -> dict[str, Any]:
    """The whole document in memory (every finding): for small reports and tests."""
    return {**_envelope(report), "findings": [finding_to_dict(f) for f in report.findings]}


def _nested(value: Any, indent: str) -> str:
    """`value` as orjson writes it at that depth of an indented document (2 spaces per level)."""
    return orjson.dumps(value, option=OPTIONS).decode().replace("\n", "\n" + indent)


def iter_json(report: ReportData) -> Iterator[str]:
    """The JSON report in pieces, findings one by one: the same text as dumping `report_to_dict`."""
    envelope = _envelope(report)
    keys = sorted([*envelope, "findings"])
    yield "{"
    for position, key in enumerate(keys):
        yield ("\n  " if position == 0 else ",\n  ") + orjson.dumps(key).decode() + ": "
        if key == "findings":
            yield from _findings(report.findings)
        else:
            yield _nested(envelope[key], "  ")
    yield "\n}\n"


def _findings(findings: Iterable[ReportFinding]) -> Iterator[str]:
    first = True
    batch: list[str] = []
    for finding in findings:
        batch.append(("[\n    " if first else ",\n    ") + _nested(finding_to_dict(finding), "    "))
        first = False
        if len(batch) >= WRITE_BATCH:
            yield "".join(batch)
            batch.clear()
    if batch:
        yield "".join(batch)
    yield "[]" if first else "\n  ]"


class JsonRenderer:
    name: ClassVar[str] = "json"
    extension: ClassVar[str] = ".json"

    def __init__(self, options: RenderOptions | None = None) -> None:
        # Written in English only: the options (language, templates) concern the HTML report.
        self.options = options or RenderOptions()

    def render(self, report: ReportData, out: IO[str]) -> None:
        for piece in iter_json(report):
            out.write(piece)
