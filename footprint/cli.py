"""The `footprint` command: thin commands over `footprint.pipeline`.

Exit codes, as linters use them: 0 when nothing unreviewed sits at or above the threshold, 1 when
something does, 2 for a usage, configuration or input error (one line naming the file and the
problem; a traceback only with --debug).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from footprint import __version__
from footprint.errors import FootprintError
from footprint.records import PLATFORMS, Severity

F = TypeVar("F", bound=Callable[..., Any])
SEVERITIES = [s.label for s in Severity]
FORMATS = ["html", "json", "csv", "md"]


def _err(message: str) -> None:
    click.echo(message, err=True)


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Database file (default: a private per-user data folder, or $FOOTPRINT_DB).",
    )(func)


def pictures_option(func: F) -> F:
    return click.option(
        "--pictures/--no-pictures",
        default=True,
        show_default=True,
        help="Check the pictures an export holds for official symbols and location data (needs the 'images' extra).",
    )(func)


def workers_option(func: F) -> F:
    return click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=None,
        metavar="N",
        help="Processes that run the rules on a big scan (default: the cores this process may use; 1: this one only).",
    )(func)


def no_learned_option(func: F) -> F:
    return click.option(
        "--no-learned",
        is_flag=True,
        help="Leave out the learned word models (POL006, DIS006, WRK003): only rules whose every step can be read.",
    )(func)


def quiet_option(func: F) -> F:
    return click.option("--quiet", "-q", is_flag=True, help="Print only errors.")(func)


def threshold_options(func: F) -> F:
    func = click.option(
        "--fail-on",
        type=click.Choice(SEVERITIES[1:]),
        default="low",
        show_default=True,
        help="Exit 1 when an undecided finding at or above this severity exists.",
    )(func)
    return click.option("--exit-zero", is_flag=True, help="Always exit 0 when the run itself succeeds.")(func)


def profile_option(func: F) -> F:
    return click.option(
        "--profile",
        "profile_path",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        default=None,
        help="Role profile (TOML): organization, classification, public_facing, target_classification.",
    )(func)


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number:,} {singular if number == 1 else plural}"


@contextmanager
def _open_store(db_path: Path | None, quiet: bool, *, existing: bool = False) -> Iterator[Any]:
    """The database; with `existing` (commands that only read what an audit stored) a missing
    one is a one-line error rather than a new empty database, and the line naming the database
    says how many posts it holds, so a forgotten --db shows at once."""
    import os

    from footprint.paths import DB_ENV, default_db_path
    from footprint.store import Store

    path = db_path or default_db_path()
    if existing and str(path) != ":memory:" and not path.exists():
        if db_path is not None:
            hint = "check the --db path (`footprint audit` or `footprint import` creates a database)"
        elif os.environ.get(DB_ENV):
            hint = f"check ${DB_ENV} (`footprint audit` or `footprint import` creates a database)"
        else:
            hint = "run `footprint audit EXPORT` first, or give --db FILE if your audit used one"
        raise FootprintError(f"no such database; {hint}", path=str(path))
    store = Store(path)
    try:
        if not quiet:
            if existing:
                held = store.count_items()
                what = _count(held, "post or comment", "posts and comments") if held else "no posts or comments"
                if not held and db_path is None:
                    what += "; give --db FILE if your audit used one"
                _err(f"Database: {path} ({what})")
            else:
                _err(f"Database: {path}")
        yield store
    finally:
        store.close()


def _plan_output(store: Any, output: Path, quiet: bool, *, named: bool = True, inputs: Sequence[Path] = ()) -> Any:
    """Check the output before anything is read or written; say when a file will be replaced
    (even with --quiet when the person did not name it: audit's default report name)."""
    from footprint.outputs import plan_output

    target = plan_output(output, database=store.path, inputs=inputs)
    if target.replaces and (not quiet or not named):
        _err(f"{target} exists and will be replaced")
    return target


@contextmanager
def _progress(label: str, quiet: bool, total: int | None = None) -> Iterator[Callable[[int], None] | None]:
    with _progresses((label,), quiet, total) as (tick,):
        yield tick


@contextmanager
def _progresses(
    labels: Sequence[str], quiet: bool, total: int | None = None
) -> Iterator[tuple[Callable[[int], None] | None, ...]]:
    """One live display with a bar per label (rich allows one live display at a time); a bar
    appears when its first step is counted."""
    if quiet:
        yield tuple(None for _ in labels)
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    console = Console(stderr=True)
    if not console.is_terminal:
        # Piped or in CI: a bar redrawn into a log is noise; the summary lines say what happened.
        yield tuple(None for _ in labels)
        return
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True) as progress:
        tasks: dict[str, Any] = {}

        def ticker(label: str) -> Callable[[int], None]:
            def tick(n: int) -> None:
                if label not in tasks:
                    tasks[label] = progress.add_task(label, total=total)
                progress.advance(tasks[label], n)

            return tick

        yield tuple(ticker(label) for label in labels)


def _load_role(profile_path: Path | None) -> Any:
    if profile_path is None:
        return None
    from footprint.role import RoleProfile

    return RoleProfile.load(profile_path)


class FootprintGroup(click.Group):
    """Turns FootprintError into a one-line message and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FootprintError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            _err(f"error: {exc}")
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            _err("interrupted: nothing from the unfinished step was written")
            ctx.exit(130)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            # The reader went away (`footprint rules | head`): nothing left to say to anyone.
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(0)
        except Exception as exc:  # a bug: still one line, and the way to see more
            if ctx.obj and ctx.obj.get("debug"):
                raise
            from footprint.errors import visible

            first = visible(str(exc).splitlines()[0] if str(exc) else "")
            _err(f"error: internal error ({type(exc).__name__}: {first}); please report it, --debug shows the traceback")
            ctx.exit(2)


@click.group(cls=FootprintGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="footprint")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Review your own social media footprint against the GC guidance on personal social media."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def _do_import(
    store: Any, paths: tuple[Path, ...], force: bool, quiet: bool, pictures: bool = True, ahead: Any = None
) -> None:
    """Import, say what each export gave, and exit 2 when a source gave nothing at all (after
    the others were imported: nothing they hold is lost). `ahead`: see `pipeline.scan_ahead`."""
    from footprint.pipeline import import_paths

    with _progresses(("Importing", "Checking pictures"), quiet) as (tick, picture_tick):
        outcomes = import_paths(
            store, list(paths), force=force, on_progress=tick, pictures=pictures, on_picture=picture_tick,
            ahead=ahead,
        )
    for outcome in outcomes:
        where = f"{outcome.path}{'/' + outcome.root if outcome.root else ''}"
        if outcome.failed:
            _err(f"error: {outcome.nothing}")
            continue
        if quiet:
            continue
        if outcome.already_imported:
            _err(f"Read {where} ({outcome.connector}): already imported, nothing changed (use --force to re-read)")
        elif outcome.nothing:
            _err(f"Read {where} ({outcome.connector}): nothing in this part; the rest of the export was read")
        else:
            s = outcome.summary
            assert s is not None
            _err(
                f"Read {where} ({outcome.connector}): {_count(s.items_seen, 'post or comment', 'posts and comments')} "
                f"({s.items_added} new, {s.items_updated} updated), {s.reactions} likes or saves, "
                f"{s.profiles} profile(s), {len(s.skipped)} skipped"
            )
        if outcome.pictures is not None:
            _report_pictures(outcome.pictures)
    if any(outcome.failed for outcome in outcomes):
        sys.exit(2)


def _report_pictures(summary: Any) -> None:
    if not summary.available:
        if summary.not_checked:
            _err(
                f"{summary.not_checked} picture(s) not checked for official symbols or location data: "
                "install the optional extra (pip install 'footprint-audit[images]') and import again"
            )
        return
    if not summary.read and not summary.unreadable:
        return
    _err(
        f"Checked pictures: {summary.read} read ({summary.checked} new, {summary.already_known} already checked), "
        f"{summary.with_findings} with something to review, {len(summary.unreadable)} unreadable"
    )
    for problem in summary.unreadable[:20]:
        _err(f"  {problem}")
    if len(summary.unreadable) > 20:
        _err(f"  … and {len(summary.unreadable) - 20} more")


def _do_scan(
    store: Any,
    role: Any,
    rules: tuple[str, ...],
    quiet: bool,
    full: bool | None = None,
    no_learned: bool = False,
    workers: int | None = None,
    ahead: Any = None,
) -> None:
    """Scan, then say what the report will say, in its words: items to review, not yet decided,
    priority, advice; and name the items that became priority with this role profile."""
    from footprint.pipeline import scan
    from footprint.reports.context import review_counts

    with _progress("Scanning", quiet, total=None) as tick:
        outcome = scan(
            store,
            role=role,
            rule_codes=_rule_selection(rules, no_learned),
            full=full,
            on_progress=tick,
            workers=workers,
            ahead=ahead,
        )
    if quiet:
        return
    counts = review_counts(store)
    posts = (
        _count(outcome.items_scanned, "post or comment", "posts and comments")
        if outcome.full
        else _count(outcome.items_scanned, "new or changed post", "new or changed posts")
    )
    _err(
        f"Scanned {posts}, {_count(outcome.profiles_scanned, 'profile', 'profiles')}: "
        f"{_count(counts['to_review'], 'item', 'items')} to review "
        f"({counts['undecided']:,} not yet decided, {counts['priority']:,} marked priority) and "
        f"{_count(counts['advice'], 'piece', 'pieces')} of advice"
        f"{f'; {outcome.rule_errors} rule error(s)' if outcome.rule_errors else ''}"
    )
    if counts["rose"]:
        _list_rose(store, counts["rose"])


def _rule_selection(rules: tuple[str, ...], no_learned: bool) -> list[str] | None:
    """The rule codes a scan runs (None: every rule)."""
    if no_learned:
        from footprint.rules import transparent_codes

        allowed = set(transparent_codes())
        rules = tuple(code for code in (rules or allowed) if code.upper() in allowed) or tuple(sorted(allowed))
    return [code.upper() for code in rules] or None


# How many of the items that became priority the terminal names; the report has them all.
ROSE_LISTED = 20


def _list_rose(store: Any, total: int) -> None:
    from footprint.errors import visible
    from footprint.reports.context import REVIEW_THRESHOLD, findings_that_rose

    _err(
        f"{_count(total, 'item', 'items')} became priority with this role profile (score {REVIEW_THRESHOLD:g} or more; "
        "the report's Priority filter shows them):"
    )
    for finding in findings_that_rose(store, limit=ROSE_LISTED):
        item = finding.item
        text = " ".join((item.get("text") or "").split())
        excerpt = visible(text if len(text) <= 60 else text[:59] + "…")
        date = (item.get("created_at") or "")[:10]
        _err(
            f"  {finding.id[:12]}  {finding.rule}  {finding.previous_score or 0:.1f} -> {finding.score:.1f}  "
            f"{item['platform']} {item['kind']}{' ' + date if date else ''}  “{excerpt}”"
        )
    if total > ROSE_LISTED:
        _err(f"  … and {total - ROSE_LISTED:,} more")


def lang_option(func: F) -> F:
    return click.option(
        "--lang",
        type=click.Choice(["en", "fr"]),
        default=None,
        help="Report language (default: the role profile's `language`, else English).",
    )(func)


def _do_report(store: Any, fmt: str, output: Any, min_severity: str, quiet: bool, lang: str | None = None) -> None:
    """Write the report to `output`, an `outputs.Output` checked by `_plan_output`."""
    from footprint.pipeline import last_role_profile, write_report

    if lang is None:
        role = last_role_profile(store)
        lang = role.language if role else "en"
    write_report(store, fmt=fmt, output=output, min_severity=Severity.parse(min_severity), language=lang)
    if not quiet:
        _err(f"Wrote {fmt.upper()} report{' to ' if output.to_stdout else ': '}{output}")


def _exit_for(store: Any, fail_on: str, exit_zero: bool, quiet: bool) -> None:
    from footprint.pipeline import unreviewed_at_or_above

    pending = unreviewed_at_or_above(store, Severity.parse(fail_on))
    if not quiet and pending:
        level = "" if fail_on == "low" else f" of severity {fail_on} or above"
        _err(
            f"{_count(pending, 'item', 'items')} to review{level} not yet decided"
            f"{'' if exit_zero else ' (exit code 1)'}: `footprint review` goes through them"
        )
    if pending and not exit_zero:
        sys.exit(1)


def _default_output(fmt: str) -> Path:
    return Path(f"footprint-report.{fmt}")


@main.command("audit")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@profile_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="html", show_default=True)
@click.option("-o", "--output", type=click.Path(allow_dash=True, path_type=Path), default=None,
              help="Report file, or - for standard output (default: footprint-report.<format> in this folder).")
@click.option("--force", is_flag=True, help="Re-read sources already imported.")
@pictures_option
@click.option("--min-severity", type=click.Choice(SEVERITIES), default="info", show_default=True,
              help="Leave findings below this severity out of the report.")
@no_learned_option
@workers_option
@threshold_options
@lang_option
@quiet_option
def audit_command(
    paths: tuple[Path, ...], db_path: Path | None, profile_path: Path | None, fmt: str,
    output: Path | None, force: bool, pictures: bool, min_severity: str, no_learned: bool, workers: int | None,
    fail_on: str, exit_zero: bool, lang: str | None, quiet: bool,
) -> None:
    """Import archives, scan them and write a report, in one go."""
    role = _load_role(profile_path)
    with _open_store(db_path, quiet) as store:
        # Checked before the import: an output that would destroy the database or an export
        # is refused before anything is done.
        target = _plan_output(store, output or _default_output(fmt), quiet, named=output is not None, inputs=paths)
        from footprint.pipeline import scan_ahead

        # The scan's workers start with the import and analyze each batch of posts it writes,
        # so the import and the analysis share the cores.
        with scan_ahead(store, role=role, rule_codes=_rule_selection((), no_learned), workers=workers) as ahead:
            _do_import(store, paths, force, quiet, pictures, ahead)
            _do_scan(store, role, (), quiet, no_learned=no_learned, workers=workers, ahead=ahead)
        _do_report(store, fmt, target, min_severity, quiet, lang)
        _exit_for(store, fail_on, exit_zero, quiet)


@main.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--force", is_flag=True, help="Re-read sources already imported.")
@pictures_option
@quiet_option
def import_command(paths: tuple[Path, ...], db_path: Path | None, force: bool, pictures: bool, quiet: bool) -> None:
    """Import downloaded data exports (zip or folder; format recognised from content)."""
    with _open_store(db_path, quiet) as store:
        _do_import(store, paths, force, quiet, pictures)


@main.command("pull")
@click.argument("source")
@click.argument("account")
@click.option("--service", default=None, metavar="URL", help="Bluesky: the AppView or PDS to ask (default: the public AppView).")
@click.option("--base-url", default=None, metavar="URL", help="Mastodon: the server's address when it is not the account's domain.")
@db_option
@pictures_option
@quiet_option
def pull_command(
    source: str, account: str, service: str | None, base_url: str | None, db_path: Path | None, pictures: bool, quiet: bool
) -> None:
    """Fetch your public posts and profile live: bluesky HANDLE, mastodon @user@server, web URL."""
    from footprint.pipeline import check_pulled_pictures, pull

    options = {key: value for key, value in (("service", service), ("base_url", base_url)) if value}
    with _open_store(db_path, quiet) as store:
        with _progress(f"Pulling {source}", quiet) as tick:
            summary = pull(store, source, account, options=options, on_progress=tick)
        if not quiet:
            _err(
                f"Pulled {account} from {source}: {_count(summary.items_seen, 'post or comment', 'posts and comments')} ({summary.items_added} new, "
                f"{summary.items_updated} updated), {summary.profiles} profile(s), {len(summary.skipped)} skipped"
            )
        if pictures:
            with _progress("Checking pictures", quiet) as tick:
                checked = check_pulled_pictures(store, summary, options=options, on_progress=tick)
            if not quiet:
                _report_pictures(checked)


@main.command("scan")
@db_option
@profile_option
@click.option("--rule", "rules", multiple=True, metavar="CODE", help="Run only these rules (repeatable).")
@click.option("--full", is_flag=True, help="Look at every item again, not only new or changed ones.")
@no_learned_option
@workers_option
@threshold_options
@quiet_option
def scan_command(
    db_path: Path | None, profile_path: Path | None, rules: tuple[str, ...], full: bool, no_learned: bool,
    workers: int | None, fail_on: str, exit_zero: bool, quiet: bool,
) -> None:
    """Run the rules over what is new or changed and re-weigh every finding for your role."""
    role = _load_role(profile_path)
    with _open_store(db_path, quiet, existing=True) as store:
        _do_scan(store, role, rules, quiet, full=full or None, no_learned=no_learned, workers=workers)
        _exit_for(store, fail_on, exit_zero, quiet)


@main.command("report")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="html", show_default=True)
@click.option("-o", "--output", type=click.Path(allow_dash=True, path_type=Path), default=None,
              help="Report file, or - for standard output (default: footprint-report.<format> in this folder).")
@click.option("--min-severity", type=click.Choice(SEVERITIES), default="info", show_default=True)
@lang_option
@quiet_option
def report_command(
    db_path: Path | None, fmt: str, output: Path | None, min_severity: str, lang: str | None, quiet: bool
) -> None:
    """Write the current findings as HTML, JSON, CSV or Markdown."""
    with _open_store(db_path, quiet, existing=True) as store:
        target = _plan_output(store, output or _default_output(fmt), quiet, named=output is not None)
        _do_report(store, fmt, target, min_severity, quiet, lang)


@main.command("decide")
@click.argument("finding_id", metavar="FINDING_ID")
@click.argument("decision", type=click.Choice(["confirm", "dismiss", "accept"]))
@click.option("--note", default=None, help="Why (required for accept).")
@db_option
@quiet_option
def decide_command(finding_id: str, decision: str, note: str | None, db_path: Path | None, quiet: bool) -> None:
    """Record your decision on a finding: confirm, dismiss (false positive) or accept (with a note).

    FINDING_ID is the id the report shows, or any unique start of it (8 characters or more)."""
    from footprint.pipeline import resolve_finding_id

    if decision == "accept" and not note:
        raise click.UsageError("accept needs --note saying why the item is acceptable")
    with _open_store(db_path, quiet, existing=True) as store:
        full_id = resolve_finding_id(store, finding_id)
        store.decide(full_id, decision, note)
        if not quiet:
            _err(f"Recorded {decision} for {full_id}")


@main.command("review")
@click.option("--all", "show_all", is_flag=True, help="Also go through findings already decided.")
@click.option("--min-severity", type=click.Choice(SEVERITIES[1:]), default="low", show_default=True)
@db_option
def review_command(show_all: bool, min_severity: str, db_path: Path | None) -> None:
    """Go through findings one at a time and record a decision for each."""
    from footprint.reports import build_report
    from footprint.review import run_review

    with _open_store(db_path, quiet=False, existing=True) as store:
        report = build_report(store, min_severity=Severity.parse(min_severity))
        queue = [f for f in report.findings if show_all or f.decision is None]
        if not queue:
            if report.findings:
                _err("Nothing to review: every item to review has a decision (use --all to revisit them).")
            else:
                _err(f"Nothing to review: nothing at severity {min_severity} or above was flagged in this database.")
            return
        counts = run_review(store, queue)
        _err(
            f"Recorded {counts['confirm']} confirm, {counts['dismiss']} dismiss, {counts['accept']} accept; "
            f"skipped {counts['skipped']}"
        )


@main.command("serve")
@db_option
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default="a free port",
              help="Port on 127.0.0.1 (the page is never served on another interface).")
@click.option("--no-browser", is_flag=True, help="Print the private link without opening a browser.")
@lang_option
def serve_command(db_path: Path | None, port: int, no_browser: bool, lang: str | None) -> None:
    """Review the items in your browser: a private page on this computer that saves each decision at once."""
    from footprint.pipeline import last_role_profile
    from footprint.serve import run

    with _open_store(db_path, quiet=False, existing=True) as store:
        if lang is None:
            role = last_role_profile(store)
            lang = role.language if role else "en"
        run(store, port=port, language=lang, open_browser=not no_browser, say=click.echo, note=_err)


@main.group("baseline")
def baseline_group() -> None:
    """Move your decisions between machines as a file that holds no post text."""


@baseline_group.command("export")
@click.argument("file", type=click.Path(allow_dash=True, path_type=Path))
@db_option
@quiet_option
def baseline_export(file: Path, db_path: Path | None, quiet: bool) -> None:
    """Write every decision to FILE (- for standard output)."""
    from footprint.baseline import export_baseline

    with _open_store(db_path, quiet, existing=True) as store:
        target = _plan_output(store, file, quiet)
        count = export_baseline(store, target)
    if not quiet:
        _err(f"Wrote {count} decision(s) to {target}")


@baseline_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--overwrite", is_flag=True, help="Replace decisions already recorded here.")
@db_option
@quiet_option
def baseline_import(file: Path, overwrite: bool, db_path: Path | None, quiet: bool) -> None:
    """Read decisions from FILE, filling in what this database lacks."""
    from footprint.baseline import import_baseline

    with _open_store(db_path, quiet) as store:
        result = import_baseline(store, file, overwrite=overwrite)
    if not quiet:
        _err(f"Read {file}: {result.added} added, {result.overwritten} replaced, {result.kept} kept as they were")


@main.command("history")
@db_option
def history_command(db_path: Path | None) -> None:
    """List past scans with the role profile and counts of each."""
    with _open_store(db_path, quiet=False, existing=True) as store:
        rows = store.scan_history()
    if not rows:
        _err("No audit has run yet.")
        return
    for row in rows:
        role = row.role_profile or {}
        described = ", ".join(
            str(value) for key in ("organization", "classification", "target_classification")
            if (value := role.get(key))
        ) or "no role profile"
        if role.get("public_facing"):
            described += ", public-facing"
        click.echo(
            f"#{row.id}  {row.finished_at:%Y-%m-%d %H:%M} UTC  {described:<32}  "
            f"{_count(row.items_scanned, 'post or comment', 'posts and comments')} scanned, "
            f"{_count(row.findings, 'item to review or advice', 'items to review or advice')}"
        )


@main.command("clean")
@db_option
@click.option("--platform", "platforms", multiple=True, type=click.Choice(PLATFORMS), metavar="NAME",
              help="Only this platform's posts (repeatable): mastodon, bluesky, x, facebook...")
@click.option("--base-url", default=None, metavar="URL",
              help="Mastodon: the server's address (default: the one the posts were pulled from).")
@click.option("--service", default=None, metavar="URL", help="Bluesky: where to log in (default: bsky.social).")
@click.option("--yes", is_flag=True, help="Delete for real and write the checklist; without it, only list.")
@click.option("--checklist", "checklist_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Folder for footprint-checklist.html and .md (platforms without a deletion API).")
@click.option("--pace", type=click.FloatRange(0), default=None, metavar="SECONDS",
              help="Least time between two deletions (default 1).")
@lang_option
@quiet_option
def clean_command(
    db_path: Path | None, platforms: tuple[str, ...], base_url: str | None, service: str | None, yes: bool,
    checklist_dir: Path, pace: float | None, lang: str | None, quiet: bool,
) -> None:
    """Delete the posts whose findings you confirmed (Mastodon, Bluesky), or list them by hand.

    Without --yes nothing is deleted: each post that would be is listed."""
    from footprint.clean import clean, describe, plan_checklist, write_checklist
    from footprint.pipeline import last_role_profile

    options = {key: value for key, value in (("base_url", base_url), ("service", service)) if value}
    if pace is not None:
        options["pace"] = str(pace)
    with _open_store(db_path, quiet, existing=True) as store:
        targets = plan_checklist(checklist_dir, database=store.path)
        if lang is None:
            role = last_role_profile(store)
            lang = role.language if role else "en"
        note = (lambda _line: None) if quiet else _err
        result = clean(store, platforms=platforms or None, yes=yes, options=options, note=note,
                       on_post=lambda outcome: click.echo(describe(outcome)))
        if result.checklist and yes:
            for target in targets:
                if target.replaces and not quiet:
                    _err(f"{target} exists and will be replaced")
            write_checklist(result.checklist, targets, language=lang)
    if not quiet:
        _clean_summary(result, yes, targets)
    failed = result.failed
    if failed:
        tried = len(failed) + result.count("deleted")
        raise FootprintError(
            f"{len(failed)} of {tried} {'deletion' if tried == 1 else 'deletions'} failed (listed above); "
            "`footprint clean --yes` asks again for them"
        )


def _clean_summary(result: Any, yes: bool, targets: Any) -> None:
    if result.already_deleted:
        _err(f"{_count(len(result.already_deleted), 'confirmed post is', 'confirmed posts are')} already deleted: not asked again")
    if result.profile_findings:
        _err(f"{_count(result.profile_findings, 'confirmed finding concerns', 'confirmed findings concern')} "
             "a profile: edit the profile on the platform (nothing to delete)")
    checklist = len(result.checklist)
    if not result.outcomes and not checklist:
        if not result.already_deleted:
            _err("Nothing to clean: no confirmed finding concerns a post (`footprint review` or "
                 "`footprint decide ID confirm` confirms one)")
        return
    if checklist:
        where = f"{targets[0]} and {targets[1]}"
        posts = _count(checklist, "post", "posts")
        _err(f"Wrote the checklist of {posts} to delete by hand: {where}" if yes
             else f"{posts} to delete by hand (no deletion API): --yes writes their checklist to {where}")
    if yes and result.outcomes:
        _err(f"Deleted {_count(result.count('deleted'), 'post', 'posts')}"
             f"{f', {len(result.failed)} failed' if result.failed else ''}")
    elif result.count("would delete"):
        would = _count(result.count("would delete"), "post", "posts")
        _err(f"Dry run: nothing was deleted. `footprint clean --yes` deletes the {would} listed")


@main.command("connectors")
def connectors_command() -> None:
    """List the data exports this tool can read and where to download them."""
    from footprint.connectors import archive_importers

    for importer in archive_importers().values():
        click.echo(f"{importer.name:<16} {importer.platform:<10} {importer.title}")
        click.echo(f"{'':<16} get it: {importer.download_help}")


@main.command("rules")
@click.option("--explain", "explain", metavar="CODE", default=None, help="Document one rule.")
def rules_command(explain: str | None) -> None:
    """List every rule, or explain one."""
    from footprint.rules import rule_registry

    registry = rule_registry()
    if explain:
        rule = registry.get(explain.upper())
        click.echo(f"{rule.code} {rule.name}: {rule.summary()}")
        click.echo(f"category: {rule.category}  severity: {rule.severity.label}  confidence: {rule.confidence.label}")
        click.echo("")
        click.echo(rule.explanation())
        click.echo("")
        click.echo(f"guidance: {rule.guidance.title}, section \"{rule.guidance.section}\"")
        click.echo(f"          {rule.guidance.url}")
        click.echo(f"what to do: {rule.action}")
        click.echo(f"who to consult: {'; '.join(rule.consult)}")
        if rule.examples_flagged:
            click.echo("flagged, for example:")
            for example in rule.examples_flagged:
                click.echo(f"  + {example}")
        if rule.examples_not_flagged:
            click.echo("not flagged, for example:")
            for example in rule.examples_not_flagged:
                click.echo(f"  - {example}")
        return
    for rule in registry.values():
        click.echo(f"{rule.code}  {rule.severity.label:<6} {rule.category:<25} {rule.name}: {rule.summary()}")


if __name__ == "__main__":  # pragma: no cover
    main()
