"""The workflows, one function each: import sources, scan the store, write a report.

The CLI is a thin shell around these, so scripts and tests call the same code a person runs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import orjson
from sqlalchemy import func, select

from typing import TYPE_CHECKING

from footprint import __version__
from footprint.errors import FootprintError
from footprint.paths import private_file_writer
from footprint.records import Confidence, Finding, Record, Severity, Subject
from footprint.role import RoleProfile, weigh_values
from footprint.store import ImportSummary, Store, decisions, findings, scans

if TYPE_CHECKING:
    # Connectors and rules compile many patterns on import; `report` and `decide` need neither.
    from footprint.connectors import ArchiveSource, ImportJob
    from footprint.picture_checks import PictureSummary
    from footprint.rules.base import Rule

Tick = Callable[[int], None]


@dataclass
class ImportOutcome:
    path: Path
    connector: str
    root: str
    summary: ImportSummary | None
    already_imported: bool = False
    # Set on the last job of each export: what the picture checks read in it.
    pictures: PictureSummary | None = None


def import_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    force: bool = False,
    on_progress: Tick | None = None,
    pictures: bool = True,
    on_picture: Tick | None = None,
) -> list[ImportOutcome]:
    """Import every export found in `paths`; each export is its own all-or-nothing transaction.
    Then, while each export is still open, check the pictures it holds (`pictures=False` skips
    that; it needs the `images` extra)."""
    from footprint.connectors import ArchiveSource, find_jobs, nested_archives, not_recognised
    from footprint.picture_checks import check_pictures

    # Open and recognise every source before importing any, so a damaged second archive is
    # reported before the first one is written.
    planned: list[tuple[Path, ArchiveSource, list[ImportJob]]] = []
    try:
        for path in paths:
            found, pending = 0, [path]
            while pending:
                current = pending.pop(0)
                source = ArchiveSource(current)
                jobs = find_jobs(source)
                planned.append((current, source, jobs))
                pending.extend(nested_archives(source))
                found += len(jobs)
            if not found:
                raise not_recognised(str(path))
        outcomes: list[ImportOutcome] = []
        for current, source, jobs in planned:
            outcomes.extend(_import_job(store, current, source, job, force, on_progress) for job in jobs)
            if pictures and jobs:
                outcomes[-1].pictures = check_pictures(store, source, on_progress=on_picture)
        return outcomes
    finally:
        for _, source, _ in planned:
            source.close()


def pull(
    store: Store,
    connector: str,
    account: str,
    *,
    options: dict[str, str] | None = None,
    client: object | None = None,
    on_progress: Tick | None = None,
) -> ImportSummary:
    """Fetch what is new for `account` from a live source, in one all-or-nothing transaction."""
    from footprint.connectors import api_connectors

    source_class = api_connectors().get(connector)
    since = store.sync_state(source_class.name, account)
    source = source_class(client=client, **(options or {}))
    return store.import_records(
        source=f"{source_class.name}:{account}",
        connector=source_class.name,
        # A pull has no file to fingerprint; the time makes each run its own import record.
        sha256=f"pull:{source_class.name}:{account}:{datetime.now(UTC).isoformat()}",
        records=source.iter_records(account, since),
        on_record=(lambda _record: on_progress(1)) if on_progress else None,
    )


def check_pulled_pictures(
    store: Store,
    summary: ImportSummary,
    *,
    options: dict[str, str] | None = None,
    on_progress: Tick | None = None,
) -> PictureSummary:
    """After `pull`: fetch and check the pictures it brought (avatar, banner, new posts' media),
    with the same timeouts and retries as the pull (`options`)."""
    from footprint.connectors._http import make_client, policy_from_options
    from footprint.picture_checks import check_pulled_pictures as check

    with make_client(policy_from_options(options or {})) as client:
        return check(store, summary, client, on_progress=on_progress)


def _import_job(
    store: Store,
    path: Path,
    source: ArchiveSource,
    job: ImportJob,
    force: bool,
    on_progress: Tick | None,
) -> ImportOutcome:
    sha = f"{source.sha256()}:{job.importer.name}:{job.root}"
    if not force and store.find_import(sha):
        return ImportOutcome(path, job.importer.name, job.root, None, True)
    summary = store.import_records(
        source=source.describe(job.root) if job.root else source.display,
        connector=job.importer.name,
        sha256=sha,
        records=_records(source, job),
        on_record=(lambda _record: on_progress(1)) if on_progress else None,
    )
    return ImportOutcome(path, job.importer.name, job.root, summary)


def _records(source: ArchiveSource, job: ImportJob) -> Iterator[Record]:
    yield from source.refused
    yield from job.importer().iter_records(source, job.root)


@dataclass
class ScanOutcome:
    scan_id: int
    items_scanned: int
    profiles_scanned: int
    findings: int
    rule_errors: int
    role: RoleProfile
    full: bool = True


def last_role_profile(store: Store) -> RoleProfile | None:
    with store.connect() as conn:
        stored = conn.execute(
            select(scans.c.role_profile).where(scans.c.role_profile.is_not(None)).order_by(scans.c.id.desc()).limit(1)
        ).scalar()
    return RoleProfile.from_mapping(orjson.loads(stored)) if stored else None


def ruleset_fingerprint(rules: Sequence[Rule]) -> str:
    """Changes whenever a rule's code, its module or its data files change (a full rescan)."""
    import inspect
    from importlib.resources import files

    from footprint.rules import learned

    digest = hashlib.sha256(__version__.encode())
    modules = sorted({inspect.getfile(type(rule)) for rule in rules})
    for code in sorted(rule.code for rule in rules):
        digest.update(code.encode())
    for path in modules:
        digest.update(Path(path).read_bytes())
    for data in sorted(files("footprint.rules").joinpath("data").iterdir(), key=lambda p: p.name):
        if data.is_file():
            digest.update(data.name.encode() + data.read_bytes())
    # The learned model may come from outside the package ($FOOTPRINT_TEXT_MODELS).
    digest.update(learned.model_digest().encode())
    return digest.hexdigest()


def scan(
    store: Store,
    *,
    role: RoleProfile | None = None,
    rule_codes: Sequence[str] | None = None,
    full: bool | None = None,
    on_progress: Tick | None = None,
) -> ScanOutcome:
    """Run the rules over what is new or changed (everything when the rules changed), then
    re-weigh every finding for `role` (the last role used when none is given)."""
    from footprint.analyzer import Analyzer
    from footprint.rules import load_rules

    role = role or last_role_profile(store) or RoleProfile()
    rules = load_rules(rule_codes)
    analyzer = Analyzer(rules, role)
    codes = [rule.code for rule in rules]

    def analyze(subject: Subject) -> tuple[list[Finding], list[tuple[str, str]]]:
        result = analyzer.analyze(subject)
        return result.findings, result.errors

    def rescore(
        severity: Severity, confidence: Confidence, factors: Mapping[str, float], followers: int, likes: int, reposts: int
    ) -> tuple[float, dict[str, float]]:
        return weigh_values(
            severity, confidence, role, followers=followers, likes=likes, reposts=reposts, context=factors
        )

    summary = store.run_scan(
        analyze,
        rescore,
        # A narrower or wider rule selection is a different ruleset: everything is re-read.
        ruleset=ruleset_fingerprint(rules),
        rules_used=codes,
        role_profile=role.as_dict(),
        full=full,
        on_progress=on_progress,
    )
    return ScanOutcome(
        summary.scan_id,
        summary.items_scanned,
        summary.profiles_scanned,
        summary.findings,
        summary.rule_errors,
        role,
        summary.full,
    )


def unreviewed_at_or_above(store: Store, severity: Severity) -> int:
    """How many findings at or above `severity` have no decision yet (drives the exit code)."""
    threshold = max(int(severity), int(Severity.LOW))  # advice never fails a run
    with store.connect() as conn:
        return int(
            conn.execute(
                select(func.count())
                .select_from(findings.outerjoin(decisions, decisions.c.finding_id == findings.c.id))
                .where(findings.c.severity >= threshold, decisions.c.finding_id.is_(None))
            ).scalar_one()
        )


def write_report(
    store: Store,
    *,
    fmt: str,
    output: Path,
    min_severity: Severity = Severity.INFO,
    template_dir: Path | None = None,
    language: str = "en",
) -> Path:
    from footprint.reports import build_report, get_renderer
    from footprint.reports.html_report import HtmlRenderer

    renderer_class = get_renderer(fmt)
    renderer = (
        HtmlRenderer(template_dir, language) if renderer_class is HtmlRenderer else renderer_class()
    )
    report = build_report(store, min_severity=min_severity, stream=True)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FootprintError(f"cannot write the report ({exc.strerror or exc})", path=str(output)) from exc
    # The report streams into a private temporary file beside `output`, which replaces `output`
    # only once it is whole: a failure midway leaves the previous report as it was.
    with private_file_writer(output) as handle:
        renderer.render(report, handle)
    return output


__all__ = [
    "ImportOutcome",
    "ScanOutcome",
    "check_pulled_pictures",
    "import_paths",
    "last_role_profile",
    "pull",
    "scan",
    "unreviewed_at_or_above",
    "write_report",
]
