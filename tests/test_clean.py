"""`footprint clean` against loopback stand-ins of the Mastodon and Bluesky APIs (tests/httpserver.py):
the posts are pulled from them with the real connectors, scanned with the real rules, confirmed
with `decide`, then deleted through the real Mastodon.py and atproto clients. Nothing leaves
127.0.0.1."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from footprint import pipeline
from footprint.cli import main
from footprint.store import Store
from tests.connectors import test_bluesky_api as bsky
from tests.connectors import test_mastodon_api as masto
from tests.factories import tweet, write_x_archive
from tests.helpers import dump
from tests.httpserver import LocalServer, Reply, Seen

TOKEN = "tok-Cl3anUP-7e5d9f3c1a"
APP_PASSWORD = "abcd-efgh-ijkl-mnop"
STATUSES_PATH = "/api/v1/statuses/"
DELETE_RECORD = "/xrpc/com.atproto.repo.deleteRecord"

# Mastodon: two confirmed (political, workplace), one dismissed, one undecided, one never flagged.
M_POLITICAL, M_WORKPLACE, M_DISMISSED, M_UNDECIDED, M_PLAIN = (f"11270000000000000{n}" for n in range(5, 0, -1))
M_STATUSES = [
    masto.status(int(M_POLITICAL), "<p>Vote Liberal on Monday! Let's re-elect Justin Trudeau #elxn44</p>",
                 "2024-06-09T10:00:00.000Z", language="en"),
    masto.status(int(M_WORKPLACE), "<p>Mon gestionnaire est un incompétent total, la haute direction de mon "
                                   "ministère est nulle 🙄</p>", "2024-06-08T10:00:00.000Z"),
    masto.status(int(M_DISMISSED), "<p>My manager at ESDC is an idiot and the deputy minister is useless</p>",
                 "2024-06-07T10:00:00.000Z", language="en"),
    masto.status(int(M_UNDECIDED), "<p>Je donnerai des cours de gestion à l'école Saint-Joseph, ma fille Léa y est "
                                   "en 3e année</p>", "2024-06-06T10:00:00.000Z"),
    masto.status(int(M_PLAIN), "<p>Belle journée au lac 🌞</p>", "2024-06-05T10:00:00.000Z"),
]
# Bluesky: two confirmed, one never flagged.
B_POLITICAL, B_WORKPLACE, B_PLAIN = "3kzclean33333", "3kzclean22222", "3kzclean11111"
B_FEED = [
    {"post": bsky.post_view(B_POLITICAL, "Vote Liberal on Monday! Let's re-elect Justin Trudeau #elxn44",
                            "2024-06-09T12:00:00.000Z", langs=["en"])},
    {"post": bsky.post_view(B_WORKPLACE, "Mon gestionnaire est un incompétent total, la haute direction de mon "
                                         "ministère est nulle", "2024-06-08T12:00:00.000Z", langs=["fr"])},
    {"post": bsky.post_view(B_PLAIN, "Photo du canal Rideau ⛸️", "2024-06-07T12:00:00.000Z", langs=["fr"])},
]
X_POLITICAL = "1400000000000000001"


class Platforms:
    """The loopback Mastodon server and Bluesky PDS/AppView, recording what was deleted."""

    def __init__(self, srv: LocalServer) -> None:
        self.srv = srv
        self.deleted_statuses: list[str] = []
        self.deleted_records: list[dict[str, Any]] = []
        self.who = masto.account()
        self.status_reply: dict[str, Any] = {}  # status id -> a Reply (or a callable) instead of success
        self.record_reply: Any = None
        masto.mastodon_site(srv, M_STATUSES)
        srv.route("/api/v1/accounts/verify_credentials", self._verify)
        for status in M_STATUSES:
            srv.route(STATUSES_PATH + status["id"], self._delete_status, method="DELETE")
        bsky.bluesky_site(srv, [B_FEED])
        srv.route("/xrpc/com.atproto.server.createSession", self._session, method="POST")
        srv.route(DELETE_RECORD, self._delete_record, method="POST")

    def _verify(self, request: Seen) -> Reply:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return Reply(401, {"error": "The access token is invalid"})
        return Reply(body=self.who | {"source": {"privacy": "public", "note": ""}})

    def _delete_status(self, request: Seen) -> Any:
        status_id = request.path.rsplit("/", 1)[-1]
        special = self.status_reply.get(status_id)
        if special is not None:
            answer = special(request) if callable(special) else special
            if answer is not None:
                return answer
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return Reply(401, {"error": "The access token is invalid"})
        if status_id in self.deleted_statuses:
            return Reply(404, {"error": "Record not found"})
        self.deleted_statuses.append(status_id)
        found = next(s for s in M_STATUSES if s["id"] == status_id)
        return Reply(body=found | {"text": "source text"}, headers={"X-RateLimit-Limit": "30",
                                                                     "X-RateLimit-Remaining": "29"})

    def _session(self, request: Seen) -> Reply:
        body = json.loads(request.body)
        if body.get("password") != APP_PASSWORD or body.get("identifier") != bsky.HANDLE:
            return Reply(401, {"error": "AuthenticationRequired", "message": "Invalid identifier or password"})
        now = int(time.time())
        access = bsky.jwt({"scope": "com.atproto.appPass", "sub": bsky.DID, "iat": now, "exp": now + 7200})
        refresh = bsky.jwt({"scope": "com.atproto.refresh", "sub": bsky.DID, "iat": now, "exp": now + 86400})
        return Reply(body={"accessJwt": access, "refreshJwt": refresh, "handle": bsky.HANDLE, "did": bsky.DID})

    def _delete_record(self, request: Seen) -> Any:
        if self.record_reply is not None:
            answer = self.record_reply(request) if callable(self.record_reply) else self.record_reply
            if answer is not None:
                return answer
        if not str(request.headers.get("Authorization", "")).startswith("Bearer "):
            return Reply(401, {"error": "AuthMissing"})
        self.deleted_records.append(json.loads(request.body))
        return Reply(body={"commit": {"cid": "bafyreicommit", "rev": "3kzrev"}},
                     headers={"ratelimit-limit": "5000", "ratelimit-remaining": "4999"})

    def deleted_rkeys(self) -> list[str]:
        return [record["rkey"] for record in self.deleted_records]


@pytest.fixture
def platforms(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Platforms]:
    monkeypatch.setenv("FOOTPRINT_MASTODON_TOKEN", TOKEN)
    monkeypatch.setenv("FOOTPRINT_BLUESKY_APP_PASSWORD", APP_PASSWORD)
    yield Platforms(server)


@pytest.fixture
def audited(platforms: Platforms, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database holding the pulls and an X archive, scanned, with decisions recorded."""
    db = tmp_path / "audit.db"
    options = {"backoff": "0.01", "timeout": "5"}
    archive = write_x_archive(tmp_path / "x-archive", [
        tweet(X_POLITICAL, "Vote Liberal on Monday! Let's re-elect Justin Trudeau #elxn44"),
        tweet("1400000000000000002", "Ordinary day at the cottage"),
    ])
    # The pulls need no secret (and must not log in to download the repository).
    monkeypatch.delenv("FOOTPRINT_MASTODON_TOKEN")
    monkeypatch.delenv("FOOTPRINT_BLUESKY_APP_PASSWORD")
    with Store(db) as store:
        pipeline.pull(store, "mastodon", masto.ACCOUNT, options={"base_url": platforms.srv.url, **options})
        pipeline.pull(store, "bluesky", bsky.HANDLE, options={"service": platforms.srv.url, **options})
        pipeline.import_paths(store, [archive], pictures=False)
        pipeline.scan(store)
        decide(store, "confirm", {M_POLITICAL, M_WORKPLACE, f"/{B_POLITICAL}", f"/{B_WORKPLACE}", X_POLITICAL})
        decide(store, "dismiss", {M_DISMISSED})
    monkeypatch.setenv("FOOTPRINT_MASTODON_TOKEN", TOKEN)
    monkeypatch.setenv("FOOTPRINT_BLUESKY_APP_PASSWORD", APP_PASSWORD)
    return db


def decide(store: Store, decision: str, native_ids: set[str]) -> None:
    """Record `decision` on every finding of the posts whose native id is, or ends with, one of these."""
    with store.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, native_id FROM findings").all()
    chosen = [row.id for row in rows if any(row.native_id == n or row.native_id.endswith(n) for n in native_ids)]
    # Every post named must have been flagged, or the test would prove nothing.
    assert {n for n in native_ids if any(r.native_id == n or r.native_id.endswith(n) for r in rows)} == native_ids
    store.decide_many([(finding_id, decision, None) for finding_id in chosen])


def run(db: Path, srv: LocalServer, *args: str, checklist: Path | None = None) -> Any:
    where = ["--checklist", str(checklist)] if checklist else []
    return CliRunner().invoke(
        main, ["clean", "--db", str(db), "--base-url", srv.url, "--service", srv.url, "--pace", "0", *where, *args],
        catch_exceptions=False,
    )


def deletion_requests(srv: LocalServer) -> list[Seen]:
    return [r for r in srv.requests() if (r.method == "DELETE") or r.path == DELETE_RECORD]


def everything_stored(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.glob(f"{db.name}*"))


# ---------------------------------------------------------------------------- dry run


def test_dry_run_deletes_nothing_and_names_every_confirmed_post(audited: Path, platforms: Platforms, tmp_path: Path) -> None:
    before = dump(audited)
    out = tmp_path / "lists"
    result = run(audited, platforms.srv, checklist=out)
    assert result.exit_code == 0, result.output

    assert deletion_requests(platforms.srv) == []
    assert not [r for r in platforms.srv.requests() if r.path.endswith("verify_credentials") or "createSession" in r.path]
    assert dump(audited) == before
    assert not out.exists()  # nothing is written either: --yes writes the checklist

    lines = result.stdout.splitlines()
    would = [line for line in lines if line.startswith("would delete")]
    assert len(would) == 4
    for status_id in (M_POLITICAL, M_WORKPLACE):
        (line,) = [line for line in would if line.rstrip().endswith(f"https://social.example/@pat/{status_id}")]
        assert "mastodon" in line and "post" in line
    assert any("2024-06-08" in line and "“Mon gestionnaire est un incompétent total" in line for line in would)
    for rkey in (B_POLITICAL, B_WORKPLACE):
        assert any(line.rstrip().endswith(f"https://bsky.app/profile/{bsky.DID}/post/{rkey}") for line in would)
    (x_line,) = [line for line in lines if line.startswith("checklist")]
    assert X_POLITICAL in x_line
    # Never the dismissed, undecided or unflagged posts.
    for other in (M_DISMISSED, M_UNDECIDED, M_PLAIN, B_PLAIN):
        assert other not in result.stdout
    assert "Dry run: nothing was deleted" in result.stderr
    assert "the database keeps a copy" in result.stderr
    assert "--yes will log in with the token" in result.stderr
    assert TOKEN not in result.output and APP_PASSWORD not in result.output


def test_only_one_platform(audited: Path, platforms: Platforms) -> None:
    result = run(audited, platforms.srv, "--platform", "bluesky")
    assert result.exit_code == 0
    assert {line.split()[2] for line in result.stdout.splitlines()} == {"bluesky"}


# ---------------------------------------------------------------------------- --yes


def test_yes_deletes_exactly_the_confirmed_posts_once(audited: Path, platforms: Platforms, tmp_path: Path) -> None:
    out = tmp_path / "lists"
    result = run(audited, platforms.srv, "--yes", checklist=out)
    assert result.exit_code == 0, result.output

    assert sorted(platforms.deleted_statuses) == sorted([M_POLITICAL, M_WORKPLACE])
    assert sorted(platforms.deleted_rkeys()) == sorted([B_POLITICAL, B_WORKPLACE])
    assert {(r["repo"], r["collection"]) for r in platforms.deleted_records} == {(bsky.DID, bsky.POST)}
    assert {r.headers["Authorization"] for r in platforms.srv.requests() if r.method == "DELETE"} == {f"Bearer {TOKEN}"}
    assert sum(line.startswith("deleted") for line in result.stdout.splitlines()) == 4
    assert "Deleted 4 posts" in result.stderr

    with Store(audited) as store:
        log = store.deletion_log()
        assert [(row["platform"], row["result"]) for row in log] == [("bluesky", "deleted")] * 2 + [("mastodon", "deleted")] * 2
        posts = {post.native_id.rsplit("/", 1)[-1]: post for post in store.confirmed_posts()}
        # Marked deleted and kept, text and all.
        assert all(posts[key].deleted for key in (M_POLITICAL, M_WORKPLACE, B_POLITICAL, B_WORKPLACE))
        assert posts[M_WORKPLACE].text.startswith("Mon gestionnaire")
        assert not posts[X_POLITICAL].deleted
        assert store.count_items() == 5 + 3 + 2

    html = (out / "footprint-checklist.html").read_text(encoding="utf-8")
    md = (out / "footprint-checklist.md").read_text(encoding="utf-8")
    x_link = f"https://x.com/pat_example/status/{X_POLITICAL}"
    assert f'<a href="{x_link}" rel="noopener noreferrer">Open the post</a>' in html
    assert f"- [ ] 2021-03-04 · post · “Vote Liberal on Monday! Let's re-elect Justin Trudeau \\#elxn44” · <{x_link}>" in md
    assert "Mon gestionnaire" not in md  # only the platforms without a deletion API
    assert (out / "footprint-checklist.md").stat().st_mode & 0o777 == 0o600

    # Again: nothing is asked twice, nothing fails.
    before = len(deletion_requests(platforms.srv))
    again = run(audited, platforms.srv, "--yes", checklist=out)
    assert again.exit_code == 0, again.output
    assert len(deletion_requests(platforms.srv)) == before
    assert "4 confirmed posts are already deleted: not asked again" in again.stderr
    with Store(audited) as store:
        assert len(store.deletion_log()) == 4


def test_a_later_import_of_the_older_export_keeps_the_post_deleted(audited: Path, platforms: Platforms,
                                                                   tmp_path: Path) -> None:
    assert run(audited, platforms.srv, "--yes", "--platform", "mastodon").exit_code == 0
    before = dump(audited, ("items",))
    # The server still lists the statuses (as an old export would): the pull changes no row.
    platforms.srv.routes.pop(("GET", "/api/v1/accounts/109348/statuses"))
    masto.mastodon_site(platforms.srv, M_STATUSES)
    with Store(audited) as store:
        summary = store.import_records(
            source="again", connector="mastodon", sha256="again",
            records=[r for r in masto.MastodonApi(base_url=platforms.srv.url).iter_records(masto.ACCOUNT, None)],
        )
    assert summary.items_updated == 0
    assert dump(audited, ("items",)) == before


def test_a_429_is_waited_out(audited: Path, platforms: Platforms) -> None:
    asked: list[float] = []

    def limited(_request: Seen) -> Reply | None:
        asked.append(time.monotonic())
        if len(asked) == 1:
            return Reply(429, {"error": "Too many requests"}, headers={"Retry-After": "1"})
        return None

    platforms.status_reply[M_POLITICAL] = limited
    bluesky_asked: list[float] = []

    def limited_pds(_request: Seen) -> Reply | None:
        bluesky_asked.append(time.monotonic())
        if len(bluesky_asked) == 1:
            return Reply(429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
                         headers={"retry-after": "1", "ratelimit-remaining": "0"})
        return None

    platforms.record_reply = limited_pds
    result = run(audited, platforms.srv, "--yes")
    assert result.exit_code == 0, result.output
    assert len(asked) == 2 and asked[1] - asked[0] >= 0.95
    assert len(bluesky_asked) >= 3 and bluesky_asked[1] - bluesky_asked[0] >= 0.95
    assert M_POLITICAL in platforms.deleted_statuses and len(platforms.deleted_records) == 2
    assert "429 rate limit; asking again in 1.0 s" in result.stderr


def test_an_exhausted_rate_limit_window_is_waited_for(audited: Path, platforms: Platforms) -> None:
    reset = time.time() + 1.2

    def last_one(_request: Seen) -> Reply:
        # The window's last deletion: the next one may go when it reopens (in about a second).
        platforms.deleted_statuses.append(M_WORKPLACE)
        reopens = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(reset + 1))
        return Reply(body={"id": M_WORKPLACE}, headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reopens})

    platforms.status_reply[M_WORKPLACE] = last_one  # the older post goes first
    started = time.monotonic()
    result = run(audited, platforms.srv, "--yes", "--platform", "mastodon")
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 1.0
    assert "rate limit reached, waiting" in result.stderr
    assert sorted(platforms.deleted_statuses) == sorted([M_POLITICAL, M_WORKPLACE])


def test_a_404_is_reported_and_the_rest_go_on(audited: Path, platforms: Platforms) -> None:
    platforms.status_reply[M_WORKPLACE] = Reply(404, {"error": "Record not found"})
    result = run(audited, platforms.srv, "--yes")
    assert result.exit_code == 2
    (failed,) = [line for line in result.stdout.splitlines() if line.startswith("failed")]
    assert M_WORKPLACE in failed and "not found on 127.0.0.1" in failed and "(404)" in failed
    assert platforms.deleted_statuses == [M_POLITICAL]
    assert len(platforms.deleted_records) == 2
    assert result.stderr.splitlines()[-1] == (
        "error: 1 of 4 deletions failed (listed above); `footprint clean --yes` asks again for them"
    )
    with Store(audited) as store:
        results = [(row["native_id"], row["result"]) for row in store.deletion_log() if row["platform"] == "mastodon"]
        assert sorted(results) == sorted([(M_POLITICAL, "deleted"), (M_WORKPLACE, "failed")])
        assert not next(p for p in store.confirmed_posts() if p.native_id == M_WORKPLACE).deleted

    # Next time only the failed one is asked for again.
    del platforms.status_reply[M_WORKPLACE]
    again = run(audited, platforms.srv, "--yes")
    assert again.exit_code == 0, again.output
    assert platforms.deleted_statuses == [M_POLITICAL, M_WORKPLACE]
    assert len(platforms.deleted_records) == 2


def test_a_500_then_gone_counts_as_deleted_and_403_fails(audited: Path, platforms: Platforms) -> None:
    calls: list[int] = []

    def flaky(_request: Seen) -> Reply:
        calls.append(1)
        # The first request did delete it, then failed; the second finds it gone.
        return Reply(500, {"error": "oops"}) if len(calls) == 1 else Reply(404, {"error": "Record not found"})

    platforms.status_reply[M_POLITICAL] = flaky
    platforms.status_reply[M_WORKPLACE] = Reply(403, {"error": "This action is outside the authorized scopes"})
    result = run(audited, platforms.srv, "--yes", "--platform", "mastodon")
    assert result.exit_code == 2
    assert len(calls) == 2
    lines = result.stdout.splitlines()
    assert any(line.startswith("deleted") and M_POLITICAL in line and "gone" in line for line in lines)
    assert any(line.startswith("failed") and M_WORKPLACE in line and "(403)" in line and "authorized scopes" in line
               for line in lines)


def test_an_interrupted_run_is_recognised(audited: Path, platforms: Platforms) -> None:
    with Store(audited) as store:
        post = next(p for p in store.confirmed_posts() if p.native_id == M_POLITICAL)
        store.start_deletion(post)  # asked for, then the run was cut short before the answer
    platforms.deleted_statuses.append(M_POLITICAL)  # the server had deleted it
    result = run(audited, platforms.srv, "--yes", "--platform", "mastodon")
    assert result.exit_code == 0, result.output
    with Store(audited) as store:
        assert [row["result"] for row in store.deletion_log()] == ["deleted", "deleted", "deleted"]


# ---------------------------------------------------------------------------- whose posts, and secrets


def test_a_token_of_another_account_deletes_nothing(audited: Path, platforms: Platforms) -> None:
    platforms.who = masto.account(id="999", username="sam", acct="sam", uri="https://social.example/users/sam")
    result = run(audited, platforms.srv, "--yes", "--platform", "mastodon")
    assert result.exit_code == 2
    assert platforms.deleted_statuses == [] and not [r for r in platforms.srv.requests() if r.method == "DELETE"]
    assert "the Mastodon token is for @sam@127.0.0.1:" in result.stderr
    assert "error: 2 of 2 deletions failed" in result.stderr


def test_an_app_password_of_another_account_deletes_nothing(audited: Path, platforms: Platforms,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    original = platforms._session

    def other(request: Seen) -> Reply:
        reply = original(request)
        if reply.status == 200:
            reply.body = reply.body | {"did": bsky.OTHER, "handle": "autre.example"}
        return reply

    platforms.srv.route("/xrpc/com.atproto.server.createSession", other, method="POST")
    result = run(audited, platforms.srv, "--yes", "--platform", "bluesky")
    assert result.exit_code == 2
    assert platforms.deleted_records == []
    assert f"logs in as {bsky.OTHER}, not as {bsky.HANDLE}" in result.stderr


def test_no_secret_is_one_line_per_platform(audited: Path, platforms: Platforms, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOOTPRINT_MASTODON_TOKEN")
    monkeypatch.delenv("FOOTPRINT_BLUESKY_APP_PASSWORD")
    dry = run(audited, platforms.srv)
    assert "--yes will need a token of this account in FOOTPRINT_MASTODON_TOKEN" in dry.stderr
    result = run(audited, platforms.srv, "--yes")
    assert result.exit_code == 2
    assert "mastodon: not deleting: no Mastodon token for @pat@social.example: set FOOTPRINT_MASTODON_TOKEN" in result.stderr
    assert "bluesky: not deleting: no Bluesky app password for elise.example.ca" in result.stderr
    assert deletion_requests(platforms.srv) == []


def test_the_token_and_app_password_never_show(audited: Path, platforms: Platforms) -> None:
    # Servers that echo the secrets back in their error bodies.
    platforms.status_reply[M_WORKPLACE] = Reply(403, {"error": f"token {TOKEN} may not delete this"})
    platforms.record_reply = lambda request: (
        Reply(400, {"error": "InvalidRequest", "message": f"bad password {APP_PASSWORD}"})
        if json.loads(request.body)["rkey"] == B_WORKPLACE else None
    )
    result = run(audited, platforms.srv, "--yes")
    assert result.exit_code == 2
    assert TOKEN not in result.output and APP_PASSWORD not in result.output
    assert "[redacted]" in result.stdout
    stored = everything_stored(audited)
    assert TOKEN.encode() not in stored and APP_PASSWORD.encode() not in stored
    assert b"Bearer" not in stored
    assert b"[redacted]" in stored  # the failure's detail is recorded, cleaned


# ---------------------------------------------------------------------------- nothing to do, hostile ids


def test_nothing_confirmed(tmp_path: Path, platforms: Platforms) -> None:
    db = tmp_path / "empty.db"
    with Store(db) as store:
        pipeline.pull(store, "mastodon", masto.ACCOUNT, options={"base_url": platforms.srv.url})
    result = run(db, platforms.srv, "--yes")
    assert result.exit_code == 0
    assert "Nothing to clean: no confirmed finding concerns a post" in result.stderr
    assert deletion_requests(platforms.srv) == []


def test_missing_database_is_one_line(tmp_path: Path, platforms: Platforms) -> None:
    result = run(tmp_path / "nope.db", platforms.srv)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1].startswith(f"error: {tmp_path / 'nope.db'}: no such database")


def test_ids_from_an_export_never_reach_another_path() -> None:
    from footprint.connectors._delete import DeleteFailed
    from footprint.connectors.bluesky_delete import BlueskyDeleter
    from footprint.connectors.mastodon_delete import MastodonDeleter

    mastodon = MastodonDeleter(client=object())
    for bad in ("../accounts/109348", "1/../2", "", "12 34", "١٢٣"):
        with pytest.raises(DeleteFailed, match="not a Mastodon status id"):
            mastodon.delete(bad)
    bluesky = BlueskyDeleter()
    bluesky._did = bsky.DID
    assert bluesky._parts(f"at://{bsky.DID}/app.bsky.feed.repost/3kzrepost2222") == ("app.bsky.feed.repost", "3kzrepost2222")
    for bad, says in (
        (f"at://{bsky.OTHER}/{bsky.POST}/3kz", "is not a record of"),
        (f"at://{bsky.DID}/app.bsky.graph.follow/3kz", "are not posts or reposts"),
        (f"at://{bsky.DID}/app.bsky.feed.like/3kz", "are not posts or reposts"),
        (f"at://{bsky.DID}/{bsky.POST}/..", "is not a record key"),
        (f"at://{bsky.DID}/{bsky.POST}/a/b", "is not a record key"),
        (f"at://{bsky.DID}/app.bsky.feed.repost/derived-0123456789abcdef", "record key is unknown"),
    ):
        with pytest.raises(DeleteFailed, match=says):
            bluesky._parts(bad)


# ---------------------------------------------------------------------------- stopping a platform


def test_a_rate_limit_longer_than_the_cap_stops_the_platform(audited: Path, platforms: Platforms) -> None:
    from footprint.clean import clean

    platforms.status_reply[M_WORKPLACE] = Reply(429, {"error": "Too many requests"}, headers={"Retry-After": "600"})
    with Store(audited) as store:
        started = time.monotonic()
        result = clean(store, platforms=["mastodon"], yes=True,
                       options={"base_url": platforms.srv.url, "pace": "0", "wait_cap": "5"})
    assert time.monotonic() - started < 5
    first, second = result.outcomes
    assert first.status == second.status == "failed"
    assert "429 rate limit; mastodon rate limit used up; run `footprint clean --yes` again after" in first.detail
    assert second.detail.startswith("not tried: mastodon rate limit used up")
    assert platforms.deleted_statuses == []
    assert len([r for r in platforms.srv.requests() if r.method == "DELETE"]) == 1


def test_a_server_that_is_down_is_one_line(audited: Path, platforms: Platforms) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = CliRunner().invoke(main, ["clean", "--db", str(audited), "--yes", "--platform", "mastodon",
                                       "--base-url", f"http://127.0.0.1:{port}", "--pace", "0"])
    assert result.exit_code == 2
    assert f"mastodon: not deleting: cannot connect to 127.0.0.1:{port}: connection refused" in result.stderr
    assert result.stderr.splitlines()[-1] == "error: 2 of 2 deletions failed (listed above); `footprint clean --yes` asks again for them"


def test_network_failures_in_a_row_stop_the_platform(audited: Path) -> None:
    from footprint.clean import CleanPolicy, PostOutcome, _delete_account
    from footprint.connectors._delete import AccountRef, Budget, Unreachable

    class Down:
        platform = "mastodon"
        asked: list[str] = []

        def open(self, account: AccountRef) -> str:
            return "@pat@social.example"

        def delete(self, native_id: str) -> None:
            self.asked.append(native_id)
            raise Unreachable("social.example did not answer within 20 s (timed out)")

        def budget(self) -> Budget:
            return Budget()

        def close(self) -> None:
            pass

    outcomes: list[PostOutcome] = []
    with Store(audited) as store:
        posts = [p for p in store.confirmed_posts(["mastodon"])]
        down = Down()
        _delete_account(store, down, AccountRef("mastodon", masto.ACTOR), posts, CleanPolicy(pace=0, network_strikes=1),
                        lambda _line: None, outcomes.append, time.sleep)
        assert [row["result"] for row in store.deletion_log()] == ["failed"]
    assert len(down.asked) == 1
    assert [o.detail for o in outcomes] == ["social.example did not answer within 20 s (timed out)",
                                            "not tried: 1 network failures in a row"]
