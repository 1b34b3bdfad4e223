"""Review decisions as a portable, versioned file that holds no post text.

A baseline lets a person move their decisions to another machine or keep them with their
records. It carries each decision keyed by the finding's fingerprint, the rule code and the
person's own note, never an excerpt of a post (the fingerprint is a one-way hash). Older files
are brought up to date by the functions in `UPGRADES`, applied in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from footprint import __version__
from footprint.errors import BaselineError
from footprint.outputs import Output, open_output, plan_output
from footprint.store import DECISIONS, Store

BASELINE_VERSION = 1
# Each entry upgrades a baseline from version N (its index + 1) to N + 1.
UPGRADES: list[Callable[[dict[str, Any]], dict[str, Any]]] = []


@dataclass
class MergeResult:
    added: int = 0
    overwritten: int = 0
    kept: int = 0


def export_baseline(store: Store, path: Path | Output) -> int:
    """Write every decision to `path` (`-` for standard output); a path that is the database,
    a folder or another database is refused before anything is written."""
    target = path if isinstance(path, Output) else plan_output(path, database=store.path)
    rules = store.finding_rules()
    rows = store.decisions()
    document = {
        "version": BASELINE_VERSION,
        "generated_at": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "tool_version": __version__,
        "rules_used": sorted(set(rules.values())),
        "decisions": [
            {
                "finding_id": row.finding_id,
                "rule": rules.get(row.finding_id),
                "decision": row.decision,
                "note": row.note,
                "decided_at": row.decided_at.isoformat().replace("+00:00", "Z"),
            }
            for row in rows
        ],
    }
    with open_output(target, binary=True) as handle:
        handle.write(orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
    return len(rows)


def load_baseline(path: Path) -> dict[str, Any]:
    try:
        document = orjson.loads(path.read_bytes())
    except OSError as exc:
        raise BaselineError(f"cannot read the baseline ({exc.strerror or exc})", path=str(path)) from exc
    except orjson.JSONDecodeError as exc:
        raise BaselineError(f"not a baseline file (invalid JSON: {exc})", path=str(path)) from exc
    if not isinstance(document, dict) or not isinstance(document.get("version"), int):
        raise BaselineError("not a baseline file (no version)", path=str(path))
    version = document["version"]
    if version > BASELINE_VERSION:
        raise BaselineError(
            f"baseline version {version} is newer than this tool understands ({BASELINE_VERSION}); upgrade footprint-audit",
            path=str(path),
        )
    for upgrade in UPGRADES[version - 1 :]:
        document = upgrade(document)
    entries = document.get("decisions")
    if not isinstance(entries, list):
        raise BaselineError("not a baseline file (no decisions list)", path=str(path))
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or entry.get("decision") not in DECISIONS or not entry.get("finding_id"):
            raise BaselineError(f"decision #{index} is malformed", path=str(path))
    return document


def import_baseline(store: Store, path: Path, *, overwrite: bool = False) -> MergeResult:
    """Fill in decisions the store lacks; replace existing ones only when asked to."""
    document = load_baseline(path)
    result = MergeResult()
    existing = {row.finding_id for row in store.decisions()}
    chosen = []
    for entry in document["decisions"]:
        finding_id = str(entry["finding_id"])
        if finding_id in existing and not overwrite:
            result.kept += 1
            continue
        chosen.append((finding_id, entry["decision"], entry.get("note")))
        if finding_id in existing:
            result.overwritten += 1
        else:
            result.added += 1
    store.decide_many(chosen)
    return result
