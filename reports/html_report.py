"""One self-contained HTML page: styles inlined, nothing loaded from anywhere, a
Content-Security-Policy that forbids remote loads, and every piece of post text escaped by
Jinja2's autoescape (evidence is marked up from segments, never from post HTML)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import IO, ClassVar

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined, select_autoescape

from footprint.reports.context import ReportData

SEVERITY_ORDER = ("high", "medium", "low", "info")
CATEGORY_TITLES = {
    "political_activity": "Political activity",
    "official_appearance": "Could be mistaken for an official account",
    "gc_symbols": "Official Government of Canada symbols",
    "workplace_criticism": "Harsh criticism of colleagues or the workplace",
    "discrimination_harassment": "Discriminatory or harassing content",
    "personal_safety": "Personal information that risks your safety",
    "work_related": "Posts about your own work",
    "protected_information": "Protected or internal information",
}
FACTOR_TITLES = {
    "severity": "severity points",
    "confidence": "confidence",
    "seniority": "seniority (current or hoped-for role)",
    "public_role": "public-facing role",
    "followers": "account reach (followers)",
    "engagement": "post reach (likes and reposts)",
    "election_period": "posted during an election period",
}


def environment(template_dir: Path | None = None) -> Environment:
    loaders = [PackageLoader("footprint.reports", "templates")]
    if template_dir is not None:
        loaders.insert(0, FileSystemLoader(str(template_dir)))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(category_titles=CATEGORY_TITLES, factor_titles=FACTOR_TITLES)
    return env


class HtmlRenderer:
    name: ClassVar[str] = "html"
    extension: ClassVar[str] = ".html"

    def __init__(self, template_dir: Path | None = None) -> None:
        self.env = environment(template_dir)

    def render(self, report: ReportData, out: IO[str]) -> None:
        css = files("footprint.reports").joinpath("static", "report.css").read_text(encoding="utf-8")
        groups: dict[str, list] = {}
        for finding in report.findings:
            groups.setdefault(finding.category, []).append(finding)
        flagged_groups = [
            (category, [f for f in group if f.severity != "info"]) for category, group in groups.items()
        ]
        advice = [f for f in report.findings if f.severity == "info"]
        template = self.env.get_template("report.html")
        out.write(
            template.render(
                report=report,
                css=css,
                groups=[(c, g) for c, g in flagged_groups if g],
                advice=advice,
            )
        )
