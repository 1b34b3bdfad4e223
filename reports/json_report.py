"""The canonical, versioned JSON report: sorted keys, stable ids, everything a tool needs."""

from __future__ import annotations

from typing import IO, Any, ClassVar

import orjson

from footprint.reports.context import ReportData, ReportFinding


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


def report_to_dict(report: ReportData) -> dict[str, Any]:
    return {
        "schema_version": report.schema_version,
        "tool": {"name": "footprint-audit", "version": report.tool_version},
        "generated_at": report.generated_at.isoformat().replace("+00:00", "Z"),
        "role_profile": report.role_profile,
        "rules_used": list(report.rules_used),
        "summary": report.summary,
        "audit": report.audit,
        "flagged_by_year": {str(year): count for year, count in report.by_year},
        "findings": [finding_to_dict(f) for f in report.findings],
        "skipped": list(report.skipped),
        "rule_errors": list(report.rule_errors),
    }


class JsonRenderer:
    name: ClassVar[str] = "json"
    extension: ClassVar[str] = ".json"

    def render(self, report: ReportData, out: IO[str]) -> None:
        out.write(orjson.dumps(report_to_dict(report), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode())
        out.write("\n")
