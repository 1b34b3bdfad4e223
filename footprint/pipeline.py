"""The workflows, one function each: import sources, scan the store, write a report.

The CLI is a thin shell around these, so scripts and tests call the same code a person runs.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from footprint import __version__
from footprint.errors import FootprintError, InputError
from footprint.outputs import Output, open_output, plan_output
from footprint.records import Item, Profile, Record, Severity, Skipped, Subject
from footprint.role import RoleProfile, weigh_values
from footprint.store import ImportSummary, ScannedSubject, ScanSession, Store, Weighable

if TYPE_CHECKING:
    # Connectors and rules compile many patterns on import; `report` and `decide` need neither.
    from footprint.analyzer import Analyzer
    from footprint.connectors import ArchiveSource, ImportJob
    from footprint.picture_checks import PictureSummary
    from footprint.scan_workers import ScanWorkers

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
    # Why this export gave no post and no profile (then nothing of it was written).
    nothing: str | None = None
    # True when no part of the export (the jobs sharing its root) gave anything: a broken or
    # unrelated download the person must hear about (the command exits 2). An empty part beside
    # one that gave something (an empty Threads folder in an Instagram download) is only noted.
    failed: bool = False


def import_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    force: bool = False,
    on_progress: Tick | None = None,
    pictures: bool = True,
    on_picture: Tick | None = None,
    ahead: ScanWorkers | None = None,
) -> list[ImportOutcome]:
    """Import every export found in `paths`; each export is its own all-or-nothing transaction.
    Then, while each export is still open, check the pictures it holds (`pictures=False` skips
    that; it needs the `images` extra). With `ahead` (see `scan_ahead`), the posts of each batch
    written are handed to its workers as soon as they are written, for the scan that follows.

    An export that gives no post and no profile is not written; when that is true of every part
    of an export (every job with its root), its outcomes are marked `failed` (the caller reports
    it as an error; the other exports are imported all the same)."""
    from footprint.connectors import (
        ArchiveSource,
        find_jobs,
        nested_archives,
        not_recognised,
    )
    from footprint.picture_checks import check_pictures

    # Open and recognise every source before importing any, so a damaged second archive is
    # reported before the first one is written.
    planned: list[tuple[Path, ArchiveSource, list[ImportJob]]] = []
    try:
        for path in paths:
            found, pending, first = 0, [path], len(planned)
            while pending:
                current = pending.pop(0)
                source = ArchiveSource(current)
                jobs = find_jobs(source)
                planned.append((current, source, jobs))
                pending.extend(nested_archives(source))
                found += len(jobs)
            if not found:
                # Say what the path is (an empty zip, a picture...), judged from its content.
                raise not_recognised(str(path), planned[first][1])
        outcomes: list[ImportOutcome] = []
        for current, source, jobs in planned:
            done = [_import_job(store, current, source, job, force, on_progress, ahead) for job in jobs]
            # One export may hold several parts (Threads inside an Instagram download, same root);
            # an empty part beside a full one is no error, an export with nothing at all is.
            gave = {outcome.root for outcome in done if not outcome.nothing}
            for outcome in done:
                outcome.failed = bool(outcome.nothing) and outcome.root not in gave
            outcomes.extend(done)
            if pictures and gave:
                outcomes[-1].pictures = check_pictures(
                    store, source, on_progress=on_picture, before_pool=ahead.rest if ahead is not None else None
                )
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
    ahead: ScanWorkers | None = None,
) -> ImportOutcome:
    sha = f"{source.sha256()}:{job.importer.name}:{job.root}"
    if not force and store.find_import(sha):
        return ImportOutcome(path, job.importer.name, job.root, None, True)
    where = source.describe(job.root) if job.root else source.display
    try:
        summary = store.import_records(
            source=where,
            connector=job.importer.name,
            sha256=sha,
            records=_records(source, job, where),
            on_record=(lambda _record: on_progress(1)) if on_progress else None,
            on_subjects=_hand_over(ahead) if ahead is not None else None,
        )
    except _NothingImported as exc:
        # Rolled back: the next run reports the same problem rather than "already imported".
        return ImportOutcome(path, job.importer.name, job.root, None, nothing=str(exc))
    return ImportOutcome(path, job.importer.name, job.root, summary)


def _hand_over(ahead: ScanWorkers) -> Callable[[Iterator[ScannedSubject]], None]:
    def hand_over(written: Iterator[ScannedSubject]) -> None:
        ahead.ahead((scanned.item_id, scanned.subject) for scanned in written)

    return hand_over


class _NothingImported(InputError):
    """Raised at the end of an export that gave no post and no profile, to roll its import back."""


# How many of the importer's own reasons an "imported nothing" error quotes.
_REASONS_QUOTED = 2


def _records(source: ArchiveSource, job: ImportJob, where: str) -> Iterator[Record]:
    yield from source.refused
    useful = False
    reasons: list[Skipped] = []
    skipped = 0
    for record in job.importer().iter_records(source, job.root):
        if isinstance(record, (Item, Profile)):
            useful = True
        elif isinstance(record, Skipped):
            skipped += 1
            if len(reasons) < _REASONS_QUOTED:
                reasons.append(record)
        yield record
    if not useful:
        raise _NothingImported(_nothing_imported(job, where, reasons, skipped), path=where)


def _nothing_imported(job: ImportJob, where: str, reasons: Sequence[Skipped], skipped: int) -> str:
    detail = "; ".join(
        f"{r.reason}" if r.source == where else f"{r.source.removeprefix(where + ':').removeprefix(where + '/')}: {r.reason}"
        for r in reasons
    )
    if skipped > len(reasons):
        detail += f"; and {skipped - len(reasons)} more"
    return f"nothing could be imported ({job.importer.name}): no post and no profile ({detail or 'the export holds none'})"


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
    stored = store.last_role_profile()
    return RoleProfile.from_mapping(stored) if stored else None


# The learned rules' model may come from outside the package: the variable learned.py reads (a
# test checks the two names agree; importing learned.py here would import every rule).
_MODEL_ENV = "FOOTPRINT_TEXT_MODELS"
_MODEL_FILE_NAME = "text_models.json"


def ruleset_fingerprint(rule_codes: Sequence[str] | None = None) -> str:
    """Changes whenever the rules could find something else: any file of the rules package
    (every rule's code, helpers and data, the packaged model), a plugin rule's module, the model
    named by $FOOTPRINT_TEXT_MODELS, the tool's version, or the selection (`rule_codes`, None for
    every rule). A different fingerprint means a full scan.

    Read from the files, without importing a rule: a scan with nothing new to read never pays
    for loading them."""
    from importlib.metadata import entry_points

    digest = hashlib.sha256(__version__.encode())
    digest.update(b"\x00*" if rule_codes is None else ("\x00" + "\x1f".join(rule_codes)).encode())
    for root in _rules_roots():
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(b"\x00" + path.relative_to(root).as_posix().encode() + b"\x00" + path.read_bytes())
    for entry in sorted(entry_points(group="footprint.rules"), key=lambda e: (e.name, e.value)):
        dist = entry.dist
        digest.update(f"\x00{entry.name}={entry.value}@{dist.name if dist else ''}:{dist.version if dist else ''}".encode())
        origin = _module_file(entry.module)
        digest.update(origin.read_bytes() if origin else b"")
    local = os.environ.get(_MODEL_ENV, "").strip()
    if local:
        model = Path(local).expanduser()
        model = model / _MODEL_FILE_NAME if model.is_dir() else model
        try:
            digest.update(b"\x00model" + model.read_bytes())
        except OSError as exc:
            digest.update(f"\x00unreadable model: {exc.strerror}".encode())
    return digest.hexdigest()


def _rules_roots() -> list[Path]:
    """The folders of the rules package, found without importing it."""
    from importlib.util import find_spec

    spec = find_spec("footprint.rules")
    assert spec is not None and spec.submodule_search_locations, "footprint.rules is a package"
    return [Path(location) for location in spec.submodule_search_locations]


def _module_file(module: str) -> Path | None:
    from importlib.util import find_spec

    try:
        spec = find_spec(module)
    except (ImportError, ValueError):
        return None
    origin = spec.origin if spec else None
    return Path(origin) if origin and Path(origin).is_file() else None


def _subject_of(scanned: ScannedSubject) -> Subject:
    return scanned.subject


def _item_id_of(scanned: ScannedSubject) -> int | None:
    return scanned.item_id


def scan_ahead(
    store: Store,
    *,
    role: RoleProfile | None = None,
    rule_codes: Sequence[str] | None = None,
    workers: int | None = None,
) -> ScanWorkers:
    """The workers of the `scan` that will follow an import (same store, role, rules and
    workers), to give `import_paths` as `ahead`: they analyze each batch of posts as soon as the
    import has written it, so the import and the analysis share the cores. The caller closes
    them (`with`). The scan takes an analysis only if it reads the same subject back."""
    from footprint.scan_workers import ScanWorkers

    role = role or last_role_profile(store) or RoleProfile()
    ruleset = ruleset_fingerprint(None if rule_codes is None else list(rule_codes))
    last = store.last_scan()
    if last is not None and last.ruleset == ruleset and last.rules_used:
        codes = list(last.rules_used)
    else:
        from footprint.rules import load_rules

        codes = [rule.code for rule in load_rules(rule_codes)]
    return ScanWorkers(codes, role, workers=workers)


def scan(
    store: Store,
    *,
    role: RoleProfile | None = None,
    rule_codes: Sequence[str] | None = None,
    full: bool | None = None,
    on_progress: Tick | None = None,
    workers: int | None = None,
    ahead: ScanWorkers | None = None,
) -> ScanOutcome:
    """Run the rules over what is new or changed (everything when the rules changed), then
    re-weigh every finding for `role` (the last role used when none is given), all in one
    transaction. A big scan runs the rules on `workers` processes (default: the cores this
    process may use; 1: none), with the same findings in the same order.

    The policy lives here: a scan is full when asked, on the first scan and when the rules
    changed (their code, data or selection), else incremental; findings are re-weighed all
    when the scan was full or the role changed, else only those of accounts whose follower
    count now weighs differently.

    `ahead` (from `scan_ahead`) are workers that already analyzed what an import wrote: used
    when their rules and role are this scan's, their analyses taken where the subject is the
    same; the caller closes them."""
    from footprint.scan_workers import ScanWorkers

    role = role or last_role_profile(store) or RoleProfile()
    role_profile = role.as_dict()
    # A narrower or wider rule selection is a different ruleset: everything is re-read.
    ruleset = ruleset_fingerprint(None if rule_codes is None else list(rule_codes))

    def weigh(finding: Weighable) -> tuple[float, dict[str, float]]:
        score, factors = weigh_values(
            finding.severity,
            finding.confidence,
            role,
            followers=finding.followers,
            likes=finding.likes,
            reposts=finding.reposts,
            context=finding.factors,
        )
        # Advice never counts towards a review: its score stays 0 whatever the role.
        return (0.0 if finding.severity == Severity.INFO else score), factors

    with store.scanning() as session:
        last = session.last_scan()
        if full is None:
            full = last is None or last.ruleset != ruleset
        local: Analyzer | None = None
        if last is not None and last.ruleset == ruleset and last.rules_used:
            # The same rules, selected the same way, as the last scan: the codes it recorded,
            # and the rules loaded only if some post or profile needs reading.
            codes = list(last.rules_used)
        else:
            from footprint.analyzer import Analyzer
            from footprint.rules import load_rules

            rules = load_rules(rule_codes)  # an unknown code stops the scan here
            codes = [rule.code for rule in rules]
            local = Analyzer(rules, role)
        session.begin(full=full, ruleset=ruleset, rules_used=codes, role_profile=role_profile)
        if ahead is not None and ahead.rule_codes == codes and ahead.role == role:
            scan_workers = ahead
        else:
            if ahead is not None:
                ahead.close()  # analyzed with other rules or another role: of no use
            scan_workers = ScanWorkers(codes, role, workers=workers, local=local)
        for scanned, result in scan_workers.map(session.subjects(), _subject_of, _item_id_of):
            session.record(scanned, result.findings, result.errors)
            if on_progress is not None:
                on_progress(1)
        profiles_seen = session.end_analysis()
        if full or last is None or not last.same_role(role_profile):
            session.reweigh(weigh)
        elif profiles_seen:
            # Same role: only a re-read profile whose follower count moves its reach factor
            # changes the scores of its older findings.
            moved = _reach_moved(session, weigh, profiles_seen)
            if moved:
                session.reweigh(weigh, account_ids=moved)
        summary = session.finish()
    return ScanOutcome(
        summary.scan_id,
        summary.items_scanned,
        summary.profiles_scanned,
        summary.findings,
        summary.rule_errors,
        role,
        summary.full,
    )


def _reach_moved(
    session: ScanSession, weigh: Callable[[Weighable], tuple[float, dict[str, float]]], account_ids: set[int]
) -> list[int]:
    """The accounts whose follower count now gives their older findings another reach factor:
    one older finding per account is weighed again and its factor compared."""
    moved = []
    for account_id, sample in session.reach_samples(account_ids):
        _, factors = weigh(sample)
        if factors.get("followers") != sample.factors.get("followers"):
            moved.append(account_id)
    return moved


def unreviewed_at_or_above(store: Store, severity: Severity) -> int:
    """How many findings at or above `severity` have no decision yet (drives the exit code)."""
    # Advice never fails a run.
    return store.undecided_count(max(severity, Severity.LOW))


# As git does with commits: a finding id may be shortened to any unique prefix this long.
MIN_ID_PREFIX = 8


def resolve_finding_id(store: Store, given: str) -> str:
    """The full id of the one current finding whose id is `given` or starts with it (at least
    MIN_ID_PREFIX characters); a one-line FootprintError otherwise."""
    from footprint.errors import visible

    prefix = given.strip().lower()
    shown = visible(given)
    if not prefix.isascii() or not prefix.isalnum():
        raise FootprintError(f"{shown!r} is not a finding id (the report shows each finding's id)")
    if len(prefix) < MIN_ID_PREFIX:
        raise FootprintError(
            f"finding id {shown} is too short: give at least {MIN_ID_PREFIX} characters of the id the report shows"
        )
    matches = store.finding_ids_starting(prefix, limit=2)
    if not matches:
        raise FootprintError(f"no current finding has an id starting {shown} (the report shows each finding's id)")
    if len(matches) > 1:
        raise FootprintError(f"more than one finding has an id starting {shown}; give more characters")
    return str(matches[0])


def write_report(
    store: Store,
    *,
    fmt: str,
    output: Path | Output,
    min_severity: Severity = Severity.INFO,
    template_dir: Path | None = None,
    language: str = "en",
) -> Path:
    """Write the report to `output` (a path, `-` for standard output, or an `Output` already
    checked by `outputs.plan_output`). A path that is the database, a folder or another
    database is refused before anything is written."""
    from footprint.reports import RenderOptions, build_report, make_renderer

    target = output if isinstance(output, Output) else plan_output(output, database=store.path)
    renderer = make_renderer(fmt, RenderOptions(language=language, template_dir=template_dir))
    report = build_report(store, min_severity=min_severity, stream=True)
    if target.target is not None and not target.through:
        try:
            target.target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FootprintError(f"cannot write the report ({exc.strerror or exc})", path=str(target)) from exc
    # A file is written as a private temporary file beside it, which replaces it only once it
    # is whole: a failure midway leaves the previous report as it was.
    with open_output(target) as handle:
        renderer.render(report, handle)
    return target.requested


__all__ = [
    "ImportOutcome",
    "ScanOutcome",
    "check_pulled_pictures",
    "import_paths",
    "last_role_profile",
    "pull",
    "resolve_finding_id",
    "scan",
    "unreviewed_at_or_above",
    "write_report",
]
