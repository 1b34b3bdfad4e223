"""One self-contained HTML page: styles inlined, nothing loaded from anywhere, a
Content-Security-Policy that forbids remote loads, and every piece of post text escaped by
Jinja2's autoescape (evidence is marked up from segments, never from post HTML).

The page is written as Jinja2 generates it, and each finding's card is built when the template
reaches it: memory stays flat whatever the number of findings."""

from __future__ import annotations

import base64
import gettext
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib.resources import files
from pathlib import Path
from typing import IO, Any, ClassVar

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    select_autoescape,
)
from markupsafe import Markup

from footprint.guidance import KEY_CONSIDERATIONS, PSC_POLITICAL
from footprint.i18n import N_, decimal, translations
from footprint.records import CATEGORY_TABLE, PLATFORM_TABLE
from footprint.reports.context import (
    ReportData,
    ReportFinding,
    finding_categories,
    finding_facets,
    select_findings,
)
from footprint.reports.options import RenderOptions

SEVERITY_ORDER = ("high", "medium", "low", "info")
CATEGORY_TITLES = {category.code: category.title for category in CATEGORY_TABLE}
# What each factor of a score means, shown beside the score ("why this rank").
FACTOR_TITLES = {
    "seniority": N_("seniority (current or hoped-for role)"),
    "public_role": N_("public-facing role"),
    "followers": N_("account reach (followers)"),
    "engagement": N_("post reach (likes and reposts)"),
    "election_period": N_("posted during an election period"),
    "foreign_politics": N_("foreign politics"),
}
# The fixed labels of every finding card, translated once per report.
LABELS = {
    "picture_words": N_("Words read in the picture (below)"),
    "deleted": N_("deleted on the platform"),
    "score": N_("score"),
    "priority": N_("priority"),
    "note": N_("Your note:"),
    "confidence": N_("confidence"),
    "decided": N_("decided:"),
    "original": N_("open the original"),
    "rule": N_("Rule"),
    "guidance": N_("Guidance"),
    "why": N_("Why this score"),
    "next": N_("Next step"),
    "consult": N_("Who to consult"),
    "id": N_("Finding id"),
}
# Built in Python, so listed here for extraction too.
CARD_STRINGS = (N_("section “%(name)s”"), N_("; "))
# Labels that reach the page through data (severity, kind, decision): listed for extraction.
DATA_LABELS = (
    N_("high"), N_("medium"), N_("low"), N_("info"), N_("post"), N_("reply"), N_("repost"), N_("quote"),
    N_("comment"), N_("profile"), N_("confirm"), N_("dismiss"), N_("accept"), N_("bio"), N_("handle"),
    N_("display name"), N_("email"), N_("website"), N_("location"), N_("text"), N_("avatar"), N_("banner"),
)
SETTINGS_HELP = {platform.code: platform.settings_help for platform in PLATFORM_TABLE if platform.settings_help}
CHART_HEIGHT = 180
CHART_BAR = 28
CHART_GAP = 12
# Jinja2 yields the page in pieces (small ones, and one per card); they reach the file in blocks
# of about this many characters, so memory stays flat and a big report is on disk as it grows.
WRITE_BLOCK = 1 << 16
# Past this many findings the cards off screen are not painted until scrolled to (CSS
# content-visibility): a 10,000-finding report opens in seconds. A shorter report paints them
# all, so a full-page capture shows every card.
MANY_FINDINGS = 200


def environment(template_dir: Path | None = None) -> Environment:
    loaders: list[BaseLoader] = [PackageLoader("footprint.reports", "templates")]
    if template_dir is not None:
        loaders.insert(0, FileSystemLoader(str(template_dir)))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
        auto_reload=False,  # rendered once: no stat of _finding.html for each finding's include
    )
    env.globals.update(category_titles=CATEGORY_TITLES, settings_help=SETTINGS_HELP, factor_titles=FACTOR_TITLES)
    return env


def chart(by_year: tuple[tuple[int, int], ...]) -> dict[str, Any]:
    """Bar geometry for the inline SVG of flagged posts per year (no script, no remote font)."""
    if not by_year:
        return {"bars": [], "width": 0, "height": CHART_HEIGHT, "bar_width": CHART_BAR}
    years = range(by_year[0][0], by_year[-1][0] + 1)
    counts = dict(by_year)
    top = max(counts.values())
    usable = CHART_HEIGHT - 40
    bars = []
    for index, year in enumerate(years):
        count = counts.get(year, 0)
        height = round(usable * count / top) if top else 0
        x = CHART_GAP + index * (CHART_BAR + CHART_GAP)
        bars.append({"year": year, "count": count, "x": x, "height": height, "y": CHART_HEIGHT - 22 - height})
    return {"bars": bars, "width": CHART_GAP + len(bars) * (CHART_BAR + CHART_GAP), "height": CHART_HEIGHT, "bar_width": CHART_BAR}


def script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


class HtmlRenderer:
    name: ClassVar[str] = "html"
    extension: ClassVar[str] = ".html"

    def __init__(self, options: RenderOptions | None = None) -> None:
        options = options or RenderOptions()
        self.env = environment(options.template_dir)
        self.language = options.language
        self.catalog = translations(options.language)
        self.env.install_gettext_translations(self.catalog, newstyle=True)  # type: ignore[attr-defined]
        self._translate = _Translator(self.catalog)
        language = options.language
        self.env.filters["decimal"] = lambda value, places=None: decimal(value, places, language)

    def card(self, finding: ReportFinding) -> dict[str, Any]:
        """What one finding's card shows, translated (the review page renders the same cards)."""
        return self._card(finding, self._translate)

    def labels(self) -> dict[str, str]:
        """The fixed labels of every card (`L` in `_finding.html`), translated."""
        return {key: self._translate(text) for key, text in LABELS.items()}

    def render(self, report: ReportData, out: IO[str]) -> None:
        static = files("footprint.reports").joinpath("static")
        css = static.joinpath("report.css").read_text(encoding="utf-8")
        script = static.joinpath("filters.js").read_text(encoding="utf-8")
        translate = _Translator(self.catalog)

        def card(finding: ReportFinding) -> dict[str, Any]:
            return self._card(finding, translate)

        # Each category's flags, then the advice: selections answered (and counted) in SQL when streamed.
        groups = []
        for category in finding_categories(report.findings):
            flagged = select_findings(report.findings, category=category, flagged=True)
            if flagged:
                groups.append((category, _Cards(flagged, card)))
        advice = _Cards(select_findings(report.findings, flagged=False), card)
        facets = finding_facets(report.findings)
        filters = {
            "category": sorted(facets["category"]),
            "platform": sorted(facets["platform"]),
            "severity": [s for s in SEVERITY_ORDER if s in facets["severity"]],
            "year": sorted(facets["year"] - {""}, reverse=True),
        }
        summary = report.summary
        platforms = sorted(set(summary["items_by_platform"]) | set(summary["profiles_by_platform"]))
        labels = {key: translate(text) for key, text in LABELS.items()}
        card_template = self.env.get_template("_finding.html")

        def card_html(c: dict[str, Any], heading: str) -> Markup:
            # One card rendered to a string here rather than included in the loop: an include
            # copies the whole report's context for each finding and passes each of the card's
            # ~100 pieces up through two more generators (a fifth of a big report's time).
            context = card_template.new_context({"c": c, "heading": heading, "L": labels})
            return Markup("".join(card_template.root_render_func(context)))

        template = self.env.get_template("report.html")
        _write_blocks(
            out,
            template.generate(
                report=report,
                lang=self.language,
                css=css,
                script=script,
                script_hash=script_hash(script),
                groups=groups,
                advice=advice,
                filters=filters,
                many=len(report.findings) > MANY_FINDINGS,
                platforms=platforms,
                chart=chart(report.by_year),
                guidance_url=(KEY_CONSIDERATIONS.url_fr if self.language == "fr" else None) or KEY_CONSIDERATIONS.url,
                psc_url=PSC_POLITICAL.url,
                L=labels,
                card_html=card_html,
            ),
        )

    def _card(self, f: ReportFinding, translate: _Translator) -> dict[str, Any]:
        """Everything one finding shows, translated once here rather than call by call in Jinja."""
        kind = translate(f.item["kind"])
        if f.item["kind"] == "profile":
            kind = f"{kind} ({translate(f.field.replace('_', ' '))})"
        separator = translate("; ")
        weights = [
            f"{translate(FACTOR_TITLES[name])} ×{decimal(value, 2, self.language)}"
            for name, value in f.weighting.items()
            if name in FACTOR_TITLES and value != 1.0
        ]
        guidance = f.guidance
        return {
            "finding": f,
            "year": (f.item.get("created_at") or "")[:4],
            "severity": translate(f.severity),
            "message": translate(f.message),
            "kind": kind,
            "score": decimal(f.score, 1, self.language),
            # The values the Priority filter matches (space-separated, as a class list).
            "priority": "priority rose" if f.rose else "priority" if f.priority else "other",
            "rose": (
                translate(N_("became priority with this role profile, was %(score)s")) % {"score": decimal(f.previous_score or 0, 1, self.language)}
                if f.rose
                else ""
            ),
            "confidence": translate(f.confidence),
            "decision": translate(f.decision) if f.decision else "",
            "summary": translate(f.rule_summary),
            "guidance_url": guidance.get("url_fr") if self.language == "fr" and guidance.get("url_fr") else guidance["url"],
            "guidance_title": translate(guidance["title"]),
            "guidance_section": translate("section “%(name)s”") % {"name": translate(guidance["section"])},
            "weights": separator.join(weights),
            "action": translate(f.action),
            "consult": separator.join(translate(person) for person in f.consult),
            "picture_alt": (
                translate(N_("The picture, with the symbol's region outlined"))
                if f.rule == "SYM101"
                else translate(N_("The picture"))
            ) if f.picture else "",
        }


class _Cards:
    """The cards of some findings, each built as the template reaches it; `length` is the
    findings' count (from SQL for a streamed report), so nothing is held to count them."""

    def __init__(self, findings: Sequence[ReportFinding], card: Callable[[ReportFinding], dict[str, Any]]) -> None:
        self._findings = findings
        self._card = card

    def __iter__(self) -> Iterator[dict[str, Any]]:
        card = self._card
        for finding in self._findings:
            yield card(finding)

    def __len__(self) -> int:
        return len(self._findings)

    def __bool__(self) -> bool:
        return len(self._findings) > 0


def _write_blocks(out: IO[str], chunks: Iterable[str]) -> None:
    """Write generated text in blocks: far fewer calls than one per template piece."""
    block: list[str] = []
    size = 0
    for piece in chunks:
        block.append(piece)
        size += len(piece)
        if size >= WRITE_BLOCK:
            out.write("".join(block))
            block, size = [], 0
    out.write("".join(block))


class _Translator:
    """gettext with a memo: a report asks for the same few hundred strings thousands of times."""

    def __init__(self, catalog: gettext.NullTranslations) -> None:
        self._catalog = catalog
        self._memo: dict[str, str] = {}

    def __call__(self, message: str) -> str:
        found = self._memo.get(message)
        if found is None:
            found = self._memo[message] = self._catalog.gettext(message) if message else ""
        return found
