"""Extract every string a report shows, merge it into the French catalog, compile the catalogs.

    python scripts/update_catalogs.py          # needs Babel (pip install -e ".[dev]")
    python scripts/update_catalogs.py --check  # exit 1 if a catalog is stale or incomplete

Sources: the report templates (gettext calls), `N_()` markers in Python, and each rule's
user-facing text (summary, explanation, action, people to consult, guidance titles and the
messages its hits carry). English is the source language; msgids are the English strings.
"""

from __future__ import annotations

import argparse
import ast
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

REPO = Path(__file__).resolve().parent.parent
LOCALE = REPO / "reports" / "locale"
LANGUAGES = ("fr",)
DOMAIN = "footprint"


def _template_messages() -> Iterator[tuple[str, str, int]]:
    for template in sorted((REPO / "reports" / "templates").glob("*.html")):
        for lineno, message, _comments, _context in extract_from_file(
            "jinja2.ext:babel_extract", str(template), options={"extensions": "jinja2.ext.i18n", "trimmed": "true"}
        ):
            yield message, str(template.relative_to(REPO)), lineno


def _marked_messages() -> Iterator[tuple[str | tuple[str, ...], str, int]]:
    for path in sorted([*(REPO / "footprint").rglob("*.py"), *(REPO / "reports").rglob("*.py")]):
        for lineno, message, _comments, _context in extract_from_file(
            "python", str(path), keywords={"N_": None, "_": None}
        ):
            yield message, str(path.relative_to(REPO)), lineno


def _message_constants(tree: ast.AST) -> Iterator[tuple[str, int]]:
    """String constants given as `message=` to RuleHit, including both arms of an if-expression
    (never its condition, which may compare with a plain string)."""

    def arms(node: ast.expr) -> Iterator[ast.expr]:
        if isinstance(node, ast.IfExp):
            yield from arms(node.body)
            yield from arms(node.orelse)
        else:
            yield node

    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "message":
            for value in arms(node.value):
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    yield value.value, value.lineno


def untranslatable_messages(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """`message=` values the catalog cannot hold: built at run time (f-strings, concatenation,
    `.format`, joins). A report could only show them in English. Allowed: string literals, an
    if-expression between allowed values, a name or attribute (a constant marked with N_
    elsewhere), and N_(...) or _(...)."""

    def problem(node: ast.expr) -> str | None:
        if isinstance(node, ast.IfExp):
            return problem(node.body) or problem(node.orelse)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return None
        if isinstance(node, ast.Name | ast.Attribute):
            return None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("N_", "_"):
            return None
        return f"a message built at run time ({type(node).__name__}) cannot be translated"

    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "message":
            reason = problem(node.value)
            if reason:
                yield node.value.lineno, reason


def rule_message_problems() -> list[str]:
    found = []
    for path in sorted((REPO / "footprint" / "rules").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for lineno, reason in untranslatable_messages(tree):
            found.append(f"{path.relative_to(REPO)}:{lineno}: {reason}")
    return found


def _rule_messages() -> Iterator[tuple[str, str, int]]:
    sys.path.insert(0, str(REPO))
    from footprint.rules import BUILTIN_RULES

    for rule in BUILTIN_RULES:
        where = f"footprint/rules:{rule.code}"
        yield rule.summary(), where, 0
        if rule.explanation():
            yield rule.explanation(), where, 0
        yield rule.action, where, 0
        for person in rule.consult:
            yield person, where, 0
        yield rule.guidance.title, where, 0
        yield rule.guidance.section, where, 0
    for path in sorted((REPO / "footprint" / "rules").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for text, lineno in _message_constants(tree):
            yield text, str(path.relative_to(REPO)), lineno


def template_catalog() -> Catalog:
    catalog = Catalog(project="footprint-audit", domain=DOMAIN, fuzzy=False)
    for message, where, lineno in [*_template_messages(), *_marked_messages(), *_rule_messages()]:
        if message:
            catalog.add(message, locations=[(where, lineno)])
    return catalog


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a catalog is stale or incomplete")
    args = parser.parse_args()
    template = template_catalog()
    problems = []
    for language in LANGUAGES:
        folder = LOCALE / language / "LC_MESSAGES"
        po_path = folder / f"{DOMAIN}.po"
        if po_path.exists():
            with po_path.open("rb") as handle:
                catalog = read_po(handle, locale=language, domain=DOMAIN)
        else:
            catalog = Catalog(locale=language, domain=DOMAIN, project="footprint-audit")
        catalog.update(template, no_fuzzy_matching=True)
        missing = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
        po_buffer = io.BytesIO()
        # No line numbers: a catalog should change when a message does, not when code moves.
        write_po(
            po_buffer, catalog, width=100, omit_header=False, sort_output=True, ignore_obsolete=True,
            include_lineno=False,
        )
        mo_buffer = io.BytesIO()
        write_mo(mo_buffer, catalog)
        if args.check:
            mo_path = folder / f"{DOMAIN}.mo"
            stale = _stale_reason(po_path, mo_path, catalog, language)
            if stale:
                problems.append(f"{po_path.relative_to(REPO)} is stale ({stale}): run python scripts/update_catalogs.py")
            if missing:
                problems.append(f"{po_path.relative_to(REPO)}: {len(missing)} untranslated, e.g. {missing[0]!r}")
            continue
        folder.mkdir(parents=True, exist_ok=True)
        po_path.write_bytes(po_buffer.getvalue())
        (folder / f"{DOMAIN}.mo").write_bytes(mo_buffer.getvalue())
        print(f"{po_path.relative_to(REPO)}: {len(catalog)} messages, {len(missing)} untranslated")
    if args.check:
        problems += rule_message_problems()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def _hashable(value: object) -> object:
    # Plural messages come back as tuples from a .po and as lists from a .mo.
    return tuple(value) if isinstance(value, list | tuple) else value


def _translations(catalog: Catalog) -> dict[object, tuple[object, bool]]:
    return {_hashable(m.id): (_hashable(m.string), m.fuzzy) for m in catalog if m.id}


def _stale_reason(po_path: Path, mo_path: Path, expected: Catalog, language: str) -> str | None:
    """Compare what translators and readers see (message ids, translations, fuzzy flags), never
    the bytes: headers such as Generated-By and line wrapping change with the Babel version."""
    if not po_path.exists():
        return "missing"
    with po_path.open("rb") as handle:
        committed = read_po(handle, locale=language, domain=DOMAIN)
    want, have = _translations(expected), _translations(committed)
    if want.keys() != have.keys():
        added, gone = len(want.keys() - have.keys()), len(have.keys() - want.keys())
        return f"{added} message(s) to add, {gone} to drop"
    if want != have:
        return "translations differ from the merged catalog"
    if not mo_path.exists():
        return f"{mo_path.name} missing"
    with mo_path.open("rb") as handle:
        compiled = read_mo(handle)
    translated = {key: string for key, (string, fuzzy) in want.items() if string and not fuzzy}
    if {_hashable(m.id): _hashable(m.string) for m in compiled if m.id} != translated:
        return f"{mo_path.name} is not compiled from it"
    return None


if __name__ == "__main__":
    raise SystemExit(main())
