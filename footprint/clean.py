"""`footprint clean`: act on the findings the person confirmed.

Only posts, replies, reposts, quotes and comments the person wrote (the `items` table; likes and
saves live apart and are never touched) that at least one **confirmed** finding concerns. Without
`yes` nothing is deleted: each post that would be is listed. With `yes`:

- Mastodon and Bluesky posts are deleted through the platform's API (`connectors/*_delete.py`),
  one at a time, paced (`pace` seconds apart, and waiting for the rate-limit window when the
  server says it is used up), asking again after a 429 (as long as the server says, up to
  `wait_cap`) or a 5xx (with backoff), at most `attempts` times a post.
- Before the first deletion of an account, the database must hold an import or pull of it (so
  nothing is lost for good); the command says which.
- Each request is recorded before it leaves and its answer after (`deletions`); a deleted post is
  marked deleted and kept. A post already deleted is never asked for again; a post whose earlier
  request went unanswered (a run cut short) counts as deleted when the platform says it is gone.
- A post that fails (404, 403, network) is listed and the others go on.

The other platforms have no deletion API for personal use: their posts go to a checklist
(`reports/checklist.py`, HTML and Markdown) with a link to each and the platform's own steps.
Secrets never appear in what this module says or records (`_secrets.redact`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from footprint.connectors._delete import (
    AccountRef,
    DeleteFailed,
    NotFound,
    PostDeleter,
    StopPlatform,
    TryAgain,
    Unreachable,
)
from footprint.connectors._http import RetryPolicy, policy_from_options
from footprint.connectors._secrets import redact
from footprint.errors import ConnectorError, FootprintError, visible
from footprint.outputs import Output, open_output, plan_output
from footprint.store import ConfirmedPost, Store

API_PLATFORMS = ("mastodon", "bluesky")
# What a status line shows of a post: enough to recognise it.
EXCERPT = 60
CHECKLIST_NAMES = ("footprint-checklist.html", "footprint-checklist.md")

Note = Callable[[str], None]


@dataclass(frozen=True)
class CleanPolicy:
    """How patient the deletions are: the HTTP policy (timeouts, `attempts`, `backoff`), the
    least time between two deletions, the longest rate-limit wait (Mastodon's deletion window
    is 30 minutes), and how many network failures in a row stop a platform."""

    http: RetryPolicy = field(default_factory=RetryPolicy)
    pace: float = 1.0
    wait_cap: float = 1800.0
    network_strikes: int = 3


def clean_policy(options: dict[str, str] | None) -> CleanPolicy:
    options = options or {}
    numbers: dict[str, float] = {}
    for name, default in (("pace", 1.0), ("wait_cap", 1800.0)):
        value = options.get(name)
        if value in (None, ""):
            numbers[name] = default
            continue
        try:
            number = float(value)  # type: ignore[arg-type]
        except ValueError:
            raise ConnectorError(f"option {name} must be a number of seconds, not {value!r}") from None
        if not math.isfinite(number) or number < 0:
            raise ConnectorError(f"option {name} is out of range: {value!r}")
        numbers[name] = number
    return CleanPolicy(http=policy_from_options(options), pace=numbers["pace"], wait_cap=numbers["wait_cap"])


@dataclass(frozen=True)
class PostOutcome:
    """What became of one post: "would delete" or "cannot delete" (dry run), "deleted", "failed",
    or "checklist" (to delete by hand)."""

    post: ConfirmedPost
    status: str
    detail: str = ""


@dataclass
class CleanResult:
    outcomes: list[PostOutcome] = field(default_factory=list)
    checklist: list[ConfirmedPost] = field(default_factory=list)
    already_deleted: list[ConfirmedPost] = field(default_factory=list)
    profile_findings: int = 0

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failed(self) -> list[PostOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == "failed"]


def deleter_for(platform: str, options: dict[str, str]) -> PostDeleter:
    if platform == "mastodon":
        from footprint.connectors.mastodon_delete import MastodonDeleter

        return MastodonDeleter(options)
    if platform == "bluesky":
        from footprint.connectors.bluesky_delete import BlueskyDeleter

        return BlueskyDeleter(options)
    raise ConnectorError(f"no deletion API for {platform}")  # pragma: no cover - checked by the caller


def clean(
    store: Store,
    *,
    platforms: Sequence[str] | None = None,
    yes: bool = False,
    options: dict[str, str] | None = None,
    note: Note = lambda _line: None,
    on_post: Callable[[PostOutcome], None] = lambda _outcome: None,
    sleep: Callable[[float], None] = time.sleep,
    make_deleter: Callable[[str, dict[str, str]], PostDeleter] = deleter_for,
) -> CleanResult:
    """Delete (with `yes`) or list the confirmed posts of `platforms` (all when None) that
    have an API; gather the others for the checklist. `note` receives progress lines,
    `on_post` each post's outcome as it happens."""
    options = dict(options or {})
    policy = clean_policy(options)
    result = CleanResult(profile_findings=store.confirmed_profile_findings(platforms))
    by_account: dict[tuple[str, int], list[ConfirmedPost]] = {}
    for post in store.confirmed_posts(platforms):
        if post.deleted:
            result.already_deleted.append(post)
        elif post.platform in API_PLATFORMS:
            by_account.setdefault((post.platform, post.account_row), []).append(post)
        else:
            result.checklist.append(post)

    def record(outcome: PostOutcome) -> None:
        result.outcomes.append(outcome)
        on_post(outcome)

    servers = _mastodon_servers(store)
    for (platform, account_row), posts in by_account.items():
        first = posts[0]
        named = f"@{first.handle}" if platform == "mastodon" and first.handle else first.handle or first.account
        copy = store.kept_copy(account_row)
        if copy is None:
            reason = (
                "no export or pull of this account is in the database, so deleting would lose the posts for good; "
                "run `footprint import` or `footprint pull` first"
            )
            note(f"{platform} {named}: {reason}")
            for post in posts:
                record(PostOutcome(post, "failed" if yes else "cannot delete", reason))
            continue
        verb = "pulled" if copy.source.startswith(f"{copy.connector}:") else "imported"
        note(
            f"{platform} {named}: the database keeps a copy ({copy.posts:,} posts and comments, last {verb} "
            f"{copy.finished_at:%Y-%m-%d} from {visible(copy.source)}); deleted posts stay in it, marked deleted"
        )
        if not yes:
            note(f"{platform} {named}: {_secret_status(platform, named, first)}")
            for post in posts:
                record(PostOutcome(post, "would delete"))
            continue
        account = AccountRef(
            platform, first.account, first.handle, servers.get((first.handle or "").lower()) if platform == "mastodon" else None
        )
        _delete_account(store, make_deleter(platform, options), account, posts, policy, note, record, sleep)
    for post in result.checklist:
        on_post(PostOutcome(post, "checklist"))
    return result


def _delete_account(
    store: Store,
    deleter: PostDeleter,
    account: AccountRef,
    posts: list[ConfirmedPost],
    policy: CleanPolicy,
    note: Note,
    record: Callable[[PostOutcome], None],
    sleep: Callable[[float], None],
) -> None:
    platform = account.platform
    try:
        try:
            described = deleter.open(account)
        except FootprintError as exc:
            reason = redact(str(exc))
            note(f"{platform}: not deleting: {reason}")
            for post in posts:
                record(PostOutcome(post, "failed", reason))
            return
        note(f"{platform}: deleting {len(posts)} post(s) of {described}")
        stopped: str | None = None
        strikes = 0
        last_request: float | None = None
        for post in posts:
            if stopped is None and last_request is not None:
                stopped = _before_next(deleter, policy, last_request, platform, note, sleep)
            if stopped is not None:
                record(PostOutcome(post, "failed", f"not tried: {stopped}"))
                continue
            outcome, stop, network = _delete_one(store, deleter, post, policy, platform, note, sleep)
            last_request = time.monotonic()
            record(outcome)
            strikes = strikes + 1 if network else 0
            if stop:
                stopped = stop
            elif strikes >= policy.network_strikes:
                stopped = f"{strikes} network failures in a row"
    finally:
        deleter.close()


def _before_next(
    deleter: PostDeleter, policy: CleanPolicy, last_request: float, platform: str, note: Note, sleep: Callable[[float], None]
) -> str | None:
    """Wait as the pace and the server's rate-limit window ask; a reason to stop when the
    window reopens later than `wait_cap`."""
    budget = deleter.budget()
    if budget.remaining is not None and budget.remaining <= 0 and budget.reset is not None:
        wait = budget.reset - time.time()
        if wait > policy.wait_cap:
            return f"{platform} rate limit used up; run `footprint clean --yes` again after {_clock(budget.reset)}"
        if wait > 0:
            note(f"{platform}: rate limit reached, waiting {_duration(wait)} (until {_clock(budget.reset)})")
            sleep(wait)
            return None
    pause = policy.pace - (time.monotonic() - last_request)
    if pause > 0:
        sleep(pause)
    return None


def _delete_one(
    store: Store,
    deleter: PostDeleter,
    post: ConfirmedPost,
    policy: CleanPolicy,
    platform: str,
    note: Note,
    sleep: Callable[[float], None],
) -> tuple[PostOutcome, str | None, bool]:
    """Ask for one deletion, again when worth it; (outcome, reason to stop the platform or
    None, whether it failed on the network)."""
    deletion = store.start_deletion(post)
    # The post may be gone already because an earlier request did reach the server: a run cut
    # short before recording the answer, or a 5xx that came after the deletion was made.
    answered_late = post.interrupted
    attempt = 0
    while True:
        attempt += 1
        try:
            deleter.delete(post.native_id)
        except NotFound as exc:
            if answered_late:
                return _finish(store, deletion, post, True, "gone (an earlier request had deleted it)"), None, False
            return _finish(store, deletion, post, False, str(exc)), None, False
        except TryAgain as exc:
            if not exc.rate_limited:
                answered_late = True
            wait = exc.wait if exc.wait is not None else policy.http.delay(attempt, None)
            if exc.rate_limited and wait > policy.wait_cap:
                reopens = time.time() + wait
                stop = f"{platform} rate limit used up; run `footprint clean --yes` again after {_clock(reopens)}"
                return _finish(store, deletion, post, False, f"{exc}; {stop}"), stop, False
            if attempt >= policy.http.attempts:
                return _finish(store, deletion, post, False, f"{exc} after {attempt} tries"), None, False
            note(f"{platform}: {exc}; asking again in {_duration(wait)}")
            sleep(wait)
        except Unreachable as exc:
            return _finish(store, deletion, post, False, str(exc)), None, True
        except StopPlatform as exc:
            return _finish(store, deletion, post, False, str(exc)), redact(str(exc)), False
        except DeleteFailed as exc:
            return _finish(store, deletion, post, False, str(exc)), None, False
        except ConnectorError as exc:  # the transport's own one-line errors (a deadline...)
            return _finish(store, deletion, post, False, str(exc)), None, True
        else:
            return _finish(store, deletion, post, True), None, False


def _finish(store: Store, deletion: int, post: ConfirmedPost, deleted: bool, detail: str | None = None) -> PostOutcome:
    detail = redact(detail) if detail else None
    store.finish_deletion(deletion, deleted=deleted, detail=detail)
    return PostOutcome(post, "deleted" if deleted else "failed", detail or "")


def _secret_status(platform: str, named: str, post: ConfirmedPost) -> str:
    """Whether `--yes` will find the token or app password (read, never shown)."""
    from footprint.connectors._secrets import get_secret
    from footprint.connectors.bluesky_api import PASSWORD_ENV
    from footprint.connectors.mastodon_delete import TOKEN_ENV

    env, what = (TOKEN_ENV, "token") if platform == "mastodon" else (PASSWORD_ENV, "app password")
    account = named if platform == "mastodon" else post.handle or post.account
    if get_secret(env, platform=platform, account=account):
        return f"--yes will log in with the {what} from {env} or the keyring"
    return f"--yes will need a {what} of this account in {env} or the keyring"


def _mastodon_servers(store: Store) -> dict[str, str]:
    """The server each pulled Mastodon account was read from ("user@domain" -> base URL)."""
    servers: dict[str, str] = {}
    for account, state in store.sync_states("mastodon"):
        base = state.get("base_url")
        if not isinstance(base, str) or not base:
            continue
        name = account.strip().lstrip("@").lower()
        if "@" in name and "/" not in name:
            servers[name] = base
        host = base.split("://", 1)[-1].split("/", 1)[0].lower()
        # A pull keyed by profile link: the handle's server is the link's host.
        if name.startswith(("https://", "http://")):
            user = name.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
            servers[f"{user}@{host}"] = base
    return servers


def _clock(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%H:%M UTC")


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s" if seconds >= 10 else f"{seconds:.1f} s"
    return f"{seconds / 60:.0f} min"


def describe(outcome: PostOutcome) -> str:
    """One line for the terminal: what happened, platform, date, kind, the start of the text,
    the link, and why it failed."""
    post = outcome.post
    text = visible(" ".join(post.text.split()))
    if len(text) > EXCERPT:
        text = text[: EXCERPT - 1] + "…"
    date = post.created_at.strftime("%Y-%m-%d") if post.created_at else "undated"
    line = f"{outcome.status:<12}  {post.platform:<9}  {date}  {post.kind:<7}  “{text}”"
    if post.url:
        line += f"  {visible(post.url)}"
    if outcome.detail:
        line += f"  ({visible(outcome.detail)})"
    return redact(line)


# ---------------------------------------------------------------------------- checklist


def plan_checklist(folder: Path, *, database: str) -> tuple[Output, Output]:
    """The two checklist files in `folder`, checked before anything is deleted or written."""
    html, md = (plan_output(folder / name, database=database) for name in CHECKLIST_NAMES)
    return html, md


def write_checklist(posts: Sequence[ConfirmedPost], targets: tuple[Output, Output], *, language: str = "en") -> None:
    """Write the HTML and Markdown checklist of `posts` (each replaced whole, private)."""
    from footprint.reports.checklist import Checklist, ChecklistPost

    checklist = Checklist(
        [
            ChecklistPost(
                platform=post.platform, kind=post.kind, created_at=post.created_at, text=post.text, url=post.url,
                reasons=post.messages,
            )
            for post in posts
        ],
        language,
    )
    html, md = targets
    for target in targets:
        if target.target is not None and not target.through:
            try:
                target.target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise FootprintError(f"cannot write the checklist ({exc.strerror or exc})", path=str(target)) from exc
    with open_output(html) as handle:
        checklist.render_html(handle)
    with open_output(md) as handle:
        checklist.render_markdown(handle)
