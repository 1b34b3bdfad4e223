"""Every string a report shows has its French translation, and the compiled catalog is current."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO


def test_french_catalog_is_complete_and_current() -> None:
    pytest.importorskip("babel", reason="Babel (the dev extra) extracts and checks the catalogs")
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "update_catalogs.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_french_report_speaks_french(tmp_path, store) -> None:  # type: ignore[no-untyped-def]
    from footprint import pipeline
    from tests.factories import tweet, write_x_archive

    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", [tweet("1", "Proud to vote Liberal this fall!")])])
    pipeline.scan(store)
    html = pipeline.write_report(store, fmt="html", output=tmp_path / "r.html", language="fr").read_text(encoding="utf-8")
    assert '<html lang="fr">' in html
    assert "Éléments à examiner" in html or "éléments à examiner" in html.lower()
    assert "Items to review" not in html


def _catalog_script():  # type: ignore[no-untyped-def]
    import importlib.util

    pytest.importorskip("babel", reason="Babel (the dev extra) extracts and checks the catalogs")
    spec = importlib.util.spec_from_file_location("update_catalogs", REPO / "scripts" / "update_catalogs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _copy_catalog(tmp_path, transform):  # type: ignore[no-untyped-def]
    folder = REPO / "reports" / "locale" / "fr" / "LC_MESSAGES"
    po = tmp_path / "footprint.po"
    mo = tmp_path / "footprint.mo"
    po.write_text(transform(folder.joinpath("footprint.po").read_text(encoding="utf-8")), encoding="utf-8")
    mo.write_bytes(folder.joinpath("footprint.mo").read_bytes())
    return po, mo


def test_catalog_check_ignores_the_babel_version_and_wrapping(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A newer Babel writes another Generated-By header (2.18 -> 2.19 broke every fresh install).
    script = _catalog_script()
    expected = script.template_catalog()
    po, mo = _copy_catalog(
        tmp_path,
        lambda text: text.replace('"Generated-By: Babel', '"Generated-By: Babel 99.0 was').replace(
            '"POT-Creation-Date:', '"POT-Creation-Date: 1999-01-01 00:00+0000\\n"\n"X-Old-Date:'
        ),
    )
    merged = _merged(script, po, expected)
    assert script._stale_reason(po, mo, merged, "fr") is None


def test_catalog_check_still_catches_a_changed_translation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    script = _catalog_script()
    expected = script.template_catalog()
    po, mo = _copy_catalog(tmp_path, lambda text: text.replace('msgstr "Éléments à examiner"', 'msgstr "Autre chose"', 1))
    assert "Autre chose" in po.read_text(encoding="utf-8")
    committed = _merged(script, REPO / "reports" / "locale" / "fr" / "LC_MESSAGES" / "footprint.po", expected)
    assert script._stale_reason(po, mo, committed, "fr") is not None
    mo.unlink()
    good_po, _ = _copy_catalog(tmp_path / "..", lambda text: text)
    assert script._stale_reason(good_po, mo, committed, "fr") == "footprint.mo missing"


def _merged(script, po_path, template):  # type: ignore[no-untyped-def]
    from babel.messages.pofile import read_po

    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale="fr", domain=script.DOMAIN)
    catalog.update(template, no_fuzzy_matching=True)
    return catalog


# Posts in both languages that make many rules speak (political, workplace, discrimination, safety,
# official appearance...), so the messages they build are the ones checked below.
_PROBES = (
    "Vote Conservative on October 21! Volunteer with your local campaign #VoteCPC",
    "Votez libéral le 20 septembre! Venez faire du porte-à-porte avec notre candidate",
    "Trudeau is a clown and the Liberals are destroying this country",
    "Macron est un incompétent, la droite va gagner",
    "Biden is the best president ever, vote Democrat!",
    "My manager is an idiot and this department is a toxic mess",
    "Mon boss est un incompétent, la direction s'en fout de nous autres",
    "Deport them all, those people are vermin",
    "Dehors les immigrés, ce sont des parasites",
    "Call me at 613-555-0147, garage sale at 123 Bank St. this Saturday",
    "Appelez-moi au 514 555-0199, vente de garage au 45, rue Laurier",
    "My department is launching a new benefits portal next month, stay tuned!",
    "Protected B: draft memo attached",
)


def test_every_message_a_rule_emits_is_translated() -> None:
    """Run every rule over its own documented examples and over probes in both languages, and
    check that each message a finding carries has a French translation (a message built at run
    time, such as a sentence with a note appended, would show in English in a French report)."""
    import gettext

    from footprint.analyzer import Analyzer
    from footprint.records import Subject
    from footprint.rules import load_rules

    rules = load_rules()
    texts = list(_PROBES)
    for rule in rules:
        texts.extend(rule.examples_flagged)
    analyzer = Analyzer(rules)
    messages = set()
    for index, text in enumerate(texts):
        for kind in ("post", "profile"):
            fields = {"text": text} if kind == "post" else {"bio": text, "display_name": text}
            subject = Subject(platform="x", account_id="a", native_id=str(index), kind=kind, fields=fields)
            messages.update(f.message for f in analyzer.analyze(subject).findings)
    assert len(messages) >= 10, messages
    catalog = gettext.translation("footprint", REPO / "reports" / "locale", languages=["fr"])
    untranslated = sorted(m for m in messages if catalog.gettext(m) == m)
    assert not untranslated, untranslated


def test_catalog_check_refuses_a_message_built_at_run_time() -> None:
    import ast

    script = _catalog_script()
    tree = ast.parse(
        'RuleHit(evidence=(), message="Names a party." + note)\n'
        'RuleHit(evidence=(), message=f"Words: {words}")\n'
        'RuleHit(evidence=(), message="A." if strong else "B.")\n'
        'RuleHit(evidence=(), message=self.leaning)\n'
    )
    assert [line for line, _reason in script.untranslatable_messages(tree)] == [1, 2]
