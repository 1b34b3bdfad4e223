"""CSV and Markdown reports hold hostile post text inert; every report shows the person's notes and
marks the items that became priority (issue #13, items 6, 12 and 13)."""

from __future__ import annotations

import csv
import io

import pytest

from footprint.reports.csv_report import CsvRenderer
from footprint.reports.html_report import MANY_FINDINGS, HtmlRenderer
from footprint.reports.md_report import MarkdownRenderer
from footprint.reports.options import RenderOptions
from tests.reports.test_html_report import _finding, _report

HANDLE = 'pat"><img src=x onerror=alert(1)>'
NOTE = "Publié avant mon entrée en fonction; <b>vérifié</b> avec l'agent des valeurs 🧭"


def _csv(*findings: object) -> str:
    out = io.StringIO(newline="")
    CsvRenderer().render(_report(*findings), out)  # type: ignore[arg-type]
    return out.getvalue()


def _md(*findings: object) -> str:
    out = io.StringIO()
    MarkdownRenderer().render(_report(*findings), out)  # type: ignore[arg-type]
    return out.getvalue()


def _html(*findings: object, language: str = "en") -> str:
    out = io.StringIO()
    HtmlRenderer(RenderOptions(language=language)).render(_report(*findings), out)  # type: ignore[arg-type]
    return out.getvalue()


# ------------------------------------------------------------------------------ item 6


@pytest.mark.parametrize("newline", ["\r", "\n", "\r\n"])
def test_a_line_break_in_a_post_cannot_start_a_row_with_a_formula(newline: str) -> None:
    text = f"Bonne journée à tous{newline}=cmd|' /C calc'!A0{newline}@SUM(1+1)"
    item = {**_finding().item, "text": text}
    written = _csv(_finding(item=item, decision="accept", decision_note=f"ok{newline}+1+1"))
    rows = list(csv.reader(io.StringIO(written, newline="")))
    assert len(rows) == 2, rows  # the header and the one finding
    header, row = rows
    assert row[header.index("text")] == text and row[header.index("decision_note")] == f"ok{newline}+1+1"
    # Every cell holding a line break is quoted, so the break stays inside its cell.
    assert f'"Bonne journée à tous{newline}=cmd' in written
    assert written.endswith("\r\n")


def test_csv_cells_starting_a_formula_are_quoted_even_in_full_width() -> None:
    item = {**_finding().item, "text": "＝HYPERLINK(\"https://evil.example\")"}
    rows = list(csv.reader(io.StringIO(_csv(_finding(item=item)), newline="")))
    header, row = rows
    assert row[header.index("text")].startswith("'＝")


def test_markdown_links_cannot_open_raw_html() -> None:
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py (a rich dependency) renders the check")
    item = {**_finding().item, "url": f"https://x.com/{HANDLE}/status/1", "handle": HANDLE}
    text = _md(_finding(item=item))
    html = markdown_it.MarkdownIt("commonmark").render(text)
    assert "<img" not in html  # the handle and the link are text and an href, never a tag
    assert '<a href="https://x.com/pat%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E/status/1">' in html
    assert "@pat&quot;&gt;&lt;img" in html  # the handle shown as text


# ------------------------------------------------------------------------------ item 13


def test_notes_show_on_html_and_markdown_cards() -> None:
    decided = _finding(decision="accept", decision_note=NOTE)
    html = _html(decided)
    card = html.split('id="f-abc123"', 1)[1].split("</li>", 1)[0]
    assert '<p class="note"><span class="label">Your note:</span> Publié avant mon entrée en fonction; ' in card
    assert "&lt;b&gt;vérifié&lt;/b&gt;" in card and "<b>vérifié" not in card
    assert "Votre commentaire\u00a0:" in _html(decided, language="fr")
    markdown = _md(decided)
    assert "Your note: Publié avant mon entrée en fonction; \\<b\\>vérifié\\</b\\> avec l'agent des valeurs 🧭" in markdown
    assert "Your note" not in _html(_finding()) and "Your note" not in _md(_finding())


# ------------------------------------------------------------------------------ item 12


def test_items_that_became_priority_are_marked_and_can_be_filtered() -> None:
    rose = _finding(id="rose1", score=4.6, priority=True, previous_score=2.3, rose=True)
    steady = _finding(id="steady1", score=5.0, priority=True, previous_score=5.0)
    low = _finding(id="low1", score=1.0)
    report = _report(rose, steady, low)
    report.audit["rose_above_threshold"] = 1
    out = io.StringIO()
    HtmlRenderer().render(report, out)
    html = out.getvalue()
    assert '<option value="rose">Became priority with this role profile</option>' in html
    assert 'data-priority="priority rose"' in html.split('id="f-rose1"', 1)[1].split(">", 1)[0]
    assert 'data-priority="priority"' in html.split('id="f-steady1"', 1)[1].split(">", 1)[0]
    assert 'data-priority="other"' in html.split('id="f-low1"', 1)[1].split(">", 1)[0]
    assert '<strong class="rose">became priority with this role profile, was 2.3</strong>' in html
    markdown = _md(rose, steady)
    assert "score 4.6 (priority, new with this role profile)" in markdown
    assert "score 5.0 (priority) ·" in markdown


# ------------------------------------------------------------------------------ item 16


def test_only_a_long_report_skips_painting_cards_off_screen() -> None:
    assert "<body>" in _html(_finding())
    many = [_finding(id=f"{n:032x}") for n in range(MANY_FINDINGS + 1)]
    assert '<body class="many">' in _html(*many)


# ------------------------------------------------------------------------------ issue 14, item 3

POLITICAL_MESSAGE = "Names a party or political leader together with words of support or opposition."
POLITICAL_ACTION = "Delete or hide the post, or check with your political activities representative that it fits your duties."


def _md_fr(*findings: object) -> str:
    out = io.StringIO()
    MarkdownRenderer(RenderOptions(language="fr")).render(_report(*findings), out)  # type: ignore[arg-type]
    return out.getvalue()


def test_a_french_markdown_report_is_french_with_decimal_commas_and_still_inert() -> None:
    finding = _finding(
        message=POLITICAL_MESSAGE, action=POLITICAL_ACTION, score=16.25, decision="confirm", priority=True,
        decision_note="**gras** <i>x</i>", evidence=({"field": "text", "start": 0, "end": 9, "text": "Vive le `PLC` *|*"},),
        item={"platform": "x", "native_id": "1", "kind": "post", "url": "https://x.com/a/status/1", "created_at": "2021-09-05T00:00:00Z",
              "text": "Vive le PLC", "field": "text", "handle": HANDLE, "deleted": False},
    )
    french = _md_fr(finding)
    english = _md(finding)
    assert french.startswith("# Audit de l’empreinte numérique")
    assert "Éléments à examiner\u00a0: 1 (pas encore tranchés\u00a0: 1\u00a0; prioritaires, avec une cote de 4 ou plus\u00a0: 1)" in french
    assert "cote 16,2 (prioritaire)" in french and "score 16.2 (priority)" in english
    assert "Names a party" not in french and "Nomme un parti" in french
    assert "Next step" not in french and "Prochaine étape\u00a0: Supprimez ou masquez la publication" in french
    assert "«\u00a0Vive le \\`PLC\\` \\*\\|\\*\u00a0»" in french
    assert "décision\u00a0: confirmer" in french
    assert "\\*\\*gras\\*\\* \\<i\\>x\\</i\\>" in french
    assert "<img" not in french.replace("\\<img", "")


def test_a_french_html_report_writes_scores_and_weights_with_a_decimal_comma() -> None:
    finding = _finding(score=7.25, weighting={"severity": 6.0, "seniority": 1.5})
    french = _html(finding, language="fr")
    assert "7,2" in french and "×1,50" in french and "atteint 4 ou plus" in french
    assert "7.2" not in french and "×1.50" not in french
    english = _html(finding)
    assert "7.2" in english and "×1.50" in english
