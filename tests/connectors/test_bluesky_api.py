"""Bluesky live pull: the real atproto `Client` against a local server (tests/httpserver.py)
answering with the lexicon's JSON shapes (com.atproto.identity.resolveHandle,
app.bsky.actor.getProfile, app.bsky.feed.getAuthorFeed, com.atproto.server.createSession,
com.atproto.sync.getRepo). Nothing leaves 127.0.0.1."""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import libipld
import pytest
from click.testing import CliRunner

from footprint import pipeline
from footprint.cli import main
from footprint.connectors import (
    BUILTIN_API_CONNECTORS,
    BUILTIN_CONNECTORS,
    api_connectors,
    archive_importers,
)
from footprint.connectors._http import USER_AGENT
from footprint.connectors.bluesky_api import BlueskyApi
from footprint.connectors.bluesky_car import BlueskyCar
from footprint.errors import ConnectorError
from footprint.records import Item, ItemKind, Profile, Reaction, Skipped, SyncPoint
from footprint.store import Store
from tests.helpers import dump
from tests.httpserver import LocalServer, Reply, Seen, sequence

DID = "did:plc:elisetremblay2k4m5n6p7q"
HANDLE = "elise.example.ca"
OTHER = "did:plc:autrepersonne5xkq2m4vbn7"
POST = "app.bsky.feed.post"
FAST = {"backoff": "0.01", "timeout": "2"}


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The lead registers the connector; until then, tests add it for themselves."""
    api_connectors.cache_clear()
    monkeypatch.setattr("footprint.connectors.BUILTIN_API_CONNECTORS", (*BUILTIN_API_CONNECTORS, BlueskyApi))
    monkeypatch.delenv("FOOTPRINT_BLUESKY_APP_PASSWORD", raising=False)
    yield
    api_connectors.cache_clear()


# ---------------------------------------------------------------------------- lexicon shapes


def author(did: str = DID, handle: str = HANDLE, name: str = "Élise Tremblay 🍁") -> dict[str, Any]:
    """app.bsky.actor.defs#profileViewBasic"""
    return {"did": did, "handle": handle, "displayName": name,
            "avatar": f"https://cdn.bsky.app/img/avatar/plain/{did}/bafkreiavatar@jpeg",
            "associated": {"chat": {"allowIncoming": "following"}},
            "viewer": {"muted": False, "blockedBy": False}, "labels": [], "createdAt": "2023-11-20T15:00:00.000Z"}


def post_view(rkey: str, text: str, created: str, *, did: str = DID, handle: str = HANDLE, likes: int = 0,
              **record: Any) -> dict[str, Any]:
    """app.bsky.feed.defs#postView"""
    return {"uri": f"at://{did}/{POST}/{rkey}", "cid": f"bafyrei{rkey}",
            "author": author(did, handle, "Quelqu'un d'autre" if did != DID else "Élise Tremblay 🍁"),
            "record": {"$type": POST, "createdAt": created, "text": text, **record},
            "replyCount": 0, "repostCount": 1, "likeCount": likes, "quoteCount": 0,
            "indexedAt": created, "viewer": {"threadMuted": False, "embeddingDisabled": False}, "labels": []}


def repost_reason(rkey: str | None, when: str) -> dict[str, Any]:
    reason: dict[str, Any] = {"$type": "app.bsky.feed.defs#reasonRepost", "by": author(), "indexedAt": when}
    if rkey:
        reason |= {"uri": f"at://{DID}/app.bsky.feed.repost/{rkey}", "cid": f"bafyreirepost{rkey}"}
    return reason


OTHER_POST = post_view("3kautre222222", "Le texte de quelqu'un d'autre", "2024-06-01T08:00:00.000Z",
                       did=OTHER, handle="autre.example")
PAGE1 = [
    {"post": post_view("3kzpost555555", "Nouvelle politique annoncée aujourd'hui 👀", "2024-06-09T10:00:00.000Z",
                       likes=12, langs=["fr"])},
    {"post": OTHER_POST, "reason": repost_reason("3kzrepost2222", "2024-06-08T00:00:00.000Z")},
    {"post": post_view("3kzreply44444", "D'accord 👍", "2024-06-07T09:00:00.000Z",
                       reply={"root": {"uri": OTHER_POST["uri"], "cid": OTHER_POST["cid"]},
                              "parent": {"uri": OTHER_POST["uri"], "cid": OTHER_POST["cid"]}}),
     "reply": {"root": OTHER_POST | {"$type": "app.bsky.feed.defs#postView"},
               "parent": OTHER_POST | {"$type": "app.bsky.feed.defs#postView"}}},
]
PAGE2 = [
    {"post": post_view("3kzquote33333", "Voilà ce qu'il a dit… 🙄", "2024-06-05T10:00:00.000Z",
                       embed={"$type": "app.bsky.embed.record", "record": {"uri": OTHER_POST["uri"], "cid": OTHER_POST["cid"]}})},
    {"post": OTHER_POST, "reason": repost_reason(None, "2024-06-04T00:00:00.000Z")},
    {"post": post_view("3kzphoto22222", "Photo de la Colline 📸", "2024-06-03T10:00:00.000Z",
                       embed={"$type": "app.bsky.embed.images",
                              "images": [{"alt": "Parlement", "image": {"$type": "blob", "ref": {"$link": "bafkreiphoto"},
                                                                        "mimeType": "image/jpeg", "size": 11}}]})},
]
PROFILE = author() | {
    "description": "Fonctionnaire fédérale.\nOpinions personnelles.",
    "banner": f"https://cdn.bsky.app/img/banner/plain/{DID}/bafkreibanner@jpeg",
    "followersCount": 321, "followsCount": 123, "postsCount": 6, "indexedAt": "2024-06-09T10:00:00.000Z",
    "pinnedPost": {"uri": f"at://{DID}/{POST}/3kzpost555555", "cid": "bafyrei3kzpost555555"},
}


def bluesky_site(srv: LocalServer, pages: list[list[dict[str, Any]]] | None = None) -> None:
    """resolveHandle, getProfile and a cursor-paged getAuthorFeed, as the AppView answers them."""
    pages = pages if pages is not None else [PAGE1, PAGE2]

    def resolve(request: Seen) -> Reply:
        if request.arg("handle") == HANDLE:
            return Reply(body={"did": DID})
        return Reply(400, {"error": "InvalidRequest", "message": "Unable to resolve handle"})

    def profile(request: Seen) -> Reply:
        if request.arg("actor") in (DID, HANDLE):
            return Reply(body=PROFILE)
        return Reply(400, {"error": "InvalidRequest", "message": "Profile not found"})

    def feed(request: Seen) -> dict[str, Any]:
        index = int(request.arg("cursor") or 0)
        body: dict[str, Any] = {"feed": pages[index] if index < len(pages) else []}
        if index + 1 < len(pages):
            body["cursor"] = str(index + 1)
        return body

    srv.route("/xrpc/com.atproto.identity.resolveHandle", resolve)
    srv.route("/xrpc/app.bsky.actor.getProfile", profile)
    srv.route("/xrpc/app.bsky.feed.getAuthorFeed", feed)


def pull(srv: LocalServer, since: dict[str, Any] | None = None, **options: str) -> list[Any]:
    return list(BlueskyApi(service=srv.url, **(FAST | options)).iter_records(HANDLE, since))


def of(records: list[Any], kind: type) -> list[Any]:
    return [r for r in records if isinstance(r, kind)]


# ---------------------------------------------------------------------------- reading


def test_profile_pages_kinds_and_keys_match_the_car_importer(server: LocalServer) -> None:
    bluesky_site(server)
    records = pull(server)

    (profile,) = of(records, Profile)
    assert profile == Profile(
        platform="bluesky", native_id=DID, handle=HANDLE, display_name="Élise Tremblay 🍁",
        bio="Fonctionnaire fédérale.\nOpinions personnelles.", avatar=PROFILE["avatar"], banner=PROFILE["banner"],
        followers=321, following=123, created_at=datetime(2023, 11, 20, 15, tzinfo=UTC),
        url=f"https://bsky.app/profile/{DID}", raw=profile.raw,
    )
    items = {i.native_id.rsplit("/", 1)[-1]: i for i in of(records, Item)}
    assert len(items) == 6
    post = items["3kzpost555555"]
    assert (post.kind, post.account_id, post.native_id, post.url, post.language, post.like_count) == (
        ItemKind.POST, DID, f"at://{DID}/{POST}/3kzpost555555",
        f"https://bsky.app/profile/{DID}/post/3kzpost555555", "fr", 12)
    assert post.created_at == datetime(2024, 6, 9, 10, tzinfo=UTC)
    assert post.raw == PAGE1[0]["post"]["record"]  # stored as published, not re-serialised
    assert items["3kzreply44444"].kind is ItemKind.REPLY and items["3kzreply44444"].reply_to == OTHER_POST["uri"]
    assert items["3kzquote33333"].kind is ItemKind.QUOTE and items["3kzquote33333"].quote_of == OTHER_POST["uri"]
    (photo,) = items["3kzphoto22222"].media
    assert photo.url == f"https://cdn.bsky.app/img/feed_fullsize/plain/{DID}/bafkreiphoto@jpeg"

    repost = items["3kzrepost2222"]
    assert repost.native_id == f"at://{DID}/app.bsky.feed.repost/3kzrepost2222"
    assert repost.kind is ItemKind.REPOST
    # The reposted words are someone else's: the text is the reposted post's address.
    assert repost.text == OTHER_POST["uri"] and "quelqu'un" not in repost.text
    assert repost.url == f"https://bsky.app/profile/{OTHER}/post/3kautre222222"
    assert repost.raw["reposted"]["text"] == "Le texte de quelqu'un d'autre"
    derived = [i for key, i in items.items() if key.startswith("derived-")]
    assert len(derived) == 1 and derived[0].kind is ItemKind.REPOST  # no reason.uri: a stable derived key

    (sync,) = of(records, SyncPoint)
    assert sync.state["did"] == DID and sync.state["newest"] == "2024-06-09T10:00:00.000000Z"
    assert isinstance(records[-1], SyncPoint)

    feed_calls = server.requests("/xrpc/app.bsky.feed.getAuthorFeed")
    assert [r.arg("cursor") for r in feed_calls] == [None, "1"]
    assert {(r.arg("actor"), r.arg("filter"), r.arg("limit")) for r in feed_calls} == {(DID, "posts_with_replies", "100")}
    assert {r.headers["User-Agent"] for r in server.requests()} == {USER_AGENT}


def test_did_and_profile_link_are_accepted_without_resolving(server: LocalServer) -> None:
    bluesky_site(server)
    records = list(BlueskyApi(service=server.url, **FAST).iter_records(f"https://bsky.app/profile/{DID}", None))
    assert len(of(records, Item)) == 6
    assert not server.requests("/xrpc/com.atproto.identity.resolveHandle")


def test_pulling_twice_changes_nothing_and_asks_only_for_the_newest_page(server: LocalServer, db_path: Path) -> None:
    bluesky_site(server)
    options = {"service": server.url, **FAST}
    with Store(db_path) as store:
        first = pipeline.pull(store, "bluesky", HANDLE, options=options)
    before = dump(db_path, ("accounts", "items", "media", "reactions", "skipped"))
    assert (first.items_seen, first.items_added, first.profiles) == (6, 6, 1)
    assert len(server.requests("/xrpc/app.bsky.feed.getAuthorFeed")) == 2

    with Store(db_path) as store:
        second = pipeline.pull(store, "bluesky", HANDLE, options=options)
    assert (second.items_added, second.items_updated) == (0, 0)
    assert dump(db_path, ("accounts", "items", "media", "reactions", "skipped")) == before
    # Incremental: the first page already reaches back past the newest item saved.
    assert len(server.requests("/xrpc/app.bsky.feed.getAuthorFeed")) == 3

    PAGE0 = [{"post": post_view("3kzposte66666", "Encore un message", "2024-06-10T10:00:00.000Z")}]
    bluesky_site(server, [PAGE0 + PAGE1, PAGE2])
    with Store(db_path) as store:
        third = pipeline.pull(store, "bluesky", HANDLE, options=options)
        assert store.count_items() == 7
    assert third.items_added == 1


def test_car_export_and_live_pull_give_one_item(server: LocalServer, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    archive_importers.cache_clear()
    monkeypatch.setattr("footprint.connectors.BUILTIN_CONNECTORS", (*BUILTIN_CONNECTORS, BlueskyCar))
    record = PAGE1[0]["post"]["record"]
    car = write_car(tmp_path / "repo.car", {
        f"{POST}/3kzpost555555": {**record},
        "app.bsky.feed.repost/3kzrepost2222": {"$type": "app.bsky.feed.repost", "createdAt": "2024-06-08T00:00:00Z",
                                               "subject": {"uri": OTHER_POST["uri"], "cid": OTHER_POST["cid"]}},
    })
    bluesky_site(server, [PAGE1[:2]])
    try:
        with Store(tmp_path / "db.sqlite") as store:
            pipeline.import_paths(store, [car])
            assert store.count_items() == 2
            pipeline.pull(store, "bluesky", HANDLE, options={"service": server.url, **FAST})
            assert store.count_items() == 2  # the same post and repost, not four items
    finally:
        archive_importers.cache_clear()
    rows = dump(tmp_path / "db.sqlite", ("accounts",))["accounts"]
    assert len(rows) == 1


def test_cli_pull_scan_then_json_report_counts_everything_and_links_to_the_post(server: LocalServer, tmp_path: Path) -> None:
    planted = {"post": post_view("3kzvote222222", "Samedi on fait du porte-à-porte! #VoteConservative",
                                 "2024-06-09T12:00:00.000Z")}
    bluesky_site(server, [[planted, *PAGE1], PAGE2])
    db, out = tmp_path / "f.db", tmp_path / "r.json"
    runner = CliRunner()
    for args in (["pull", "bluesky", HANDLE, "--service", server.url], ["scan", "--exit-zero"],
                 ["report", "--format", "json", "-o", str(out)]):
        result = runner.invoke(main, [*args, "--db", str(db), "-q"])
        assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    assert report["summary"]["items_by_platform"] == {"bluesky": 7}
    assert report["summary"]["profiles_by_platform"] == {"bluesky": 1}
    urls = {f["item"]["url"] for f in report["findings"] if f.get("item")}
    assert f"https://bsky.app/profile/{DID}/post/3kzvote222222" in urls


# ---------------------------------------------------------------------------- errors and retries


def test_unknown_handle_is_one_line_and_writes_nothing(server: LocalServer, db_path: Path) -> None:
    bluesky_site(server)
    with Store(db_path) as store:
        before = dump(db_path)
        with pytest.raises(ConnectorError, match=r"^unknown Bluesky handle nobody\.example: 127\.0\.0\.1:\d+ cannot resolve it$"):
            pipeline.pull(store, "bluesky", "@nobody.example", options={"service": server.url, **FAST})
        assert dump(db_path) == before


@pytest.mark.parametrize(("error", "says"), [
    ("AccountTakedown", "has been suspended"),
    ("AccountDeactivated", "is deactivated"),
])
def test_suspended_or_deactivated_account(server: LocalServer, error: str, says: str) -> None:
    bluesky_site(server)
    server.route("/xrpc/app.bsky.actor.getProfile", Reply(400, {"error": error, "message": "Account has been suspended"}))
    with pytest.raises(ConnectorError, match=says):
        pull(server)


def test_feed_blocked_is_reported(server: LocalServer) -> None:
    bluesky_site(server)
    server.route("/xrpc/app.bsky.feed.getAuthorFeed", Reply(400, {"error": "BlockedActor", "message": "Requester has blocked actor"}))
    with pytest.raises(ConnectorError, match="cannot read the Bluesky feed: the account cannot be read"):
        pull(server)


def test_429_waits_for_retry_after_then_continues(server: LocalServer) -> None:
    bluesky_site(server)
    server.route("/xrpc/app.bsky.actor.getProfile", sequence(
        Reply(429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, headers={"Retry-After": "1"}),
        Reply(body=PROFILE),
    ))
    started = time.monotonic()
    records = pull(server)
    assert time.monotonic() - started >= 1.0
    assert len(of(records, Profile)) == 1
    assert len(server.requests("/xrpc/app.bsky.actor.getProfile")) == 2


def test_500_then_success_and_500_for_ever(server: LocalServer) -> None:
    bluesky_site(server)
    feed = server.routes[("GET", "/xrpc/app.bsky.feed.getAuthorFeed")]

    def flaky(request: Seen) -> Any:
        if len(server.requests(request.path)) == 1:
            return Reply(500, {"error": "InternalServerError", "message": "Internal Server Error"})
        return feed(request)

    server.route("/xrpc/app.bsky.feed.getAuthorFeed", flaky)
    assert len(of(pull(server), Item)) == 6

    server.route("/xrpc/app.bsky.feed.getAuthorFeed", Reply(503, {"error": "Unavailable"}))
    with pytest.raises(ConnectorError, match=r"failed with 503 after 3 tries; try again later$"):
        pull(server, attempts="3")


def test_timeout(server: LocalServer) -> None:
    bluesky_site(server)
    server.route("/xrpc/app.bsky.actor.getProfile", Reply(body=PROFILE, delay=3))
    started = time.monotonic()
    with pytest.raises(ConnectorError, match=r"^127\.0\.0\.1:\d+ did not answer within 0\.3 s \(timed out\)$"):
        pull(server, timeout="0.3")
    assert time.monotonic() - started < 2


def test_server_down_and_tls_failure() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(ConnectorError, match="connection refused"):
        list(BlueskyApi(service=f"http://127.0.0.1:{port}", **FAST).iter_records(HANDLE, None))
    with LocalServer() as plain:  # speaks HTTP: a TLS handshake with it fails
        with pytest.raises(ConnectorError, match=r"^secure connection to 127\.0\.0\.1:\d+ failed \(TLS"):
            list(BlueskyApi(service=f"https://127.0.0.1:{plain.port}", **FAST).iter_records(HANDLE, None))


def test_bad_handle_text() -> None:
    with pytest.raises(ConnectorError, match="not a Bluesky handle"):
        list(BlueskyApi(service="http://127.0.0.1:9").iter_records("two words", None))


# ---------------------------------------------------------------------------- app password: getRepo


APP_PASSWORD = "abcd-efgh-ijkl-mnop"


def jwt(payload: dict[str, Any]) -> str:
    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{part({'typ': 'at+jwt', 'alg': 'ES256K'})}.{part(payload)}.c2lnbmF0dXJl"


def test_app_password_reads_the_repository_and_is_never_stored(server: LocalServer, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    bluesky_site(server, [PAGE1])
    access = jwt({"scope": "com.atproto.appPass", "sub": DID, "iat": int(time.time()), "exp": int(time.time()) + 7200})
    refresh = jwt({"scope": "com.atproto.refresh", "sub": DID, "iat": int(time.time()), "exp": int(time.time()) + 86400})

    def session(request: Seen) -> Reply:
        body = json.loads(request.body)
        if body.get("password") != APP_PASSWORD:
            return Reply(401, {"error": "AuthenticationRequired", "message": f"Invalid identifier or password {body.get('password')}"})
        return Reply(body={"accessJwt": access, "refreshJwt": refresh, "handle": HANDLE, "did": DID, "active": True})

    car = write_car(tmp_path / "export.car", {
        f"{POST}/3kzold2222222": {"$type": POST, "text": "Un vieux message, hors du fil récent", "createdAt": "2020-01-01T00:00:00Z"},
        "app.bsky.feed.like/3kzlike222222": {"$type": "app.bsky.feed.like", "createdAt": "2024-06-09T00:00:00Z",
                                             "subject": {"uri": OTHER_POST["uri"], "cid": OTHER_POST["cid"]}},
        "app.bsky.actor.profile/self": {"$type": "app.bsky.actor.profile", "displayName": "Élise"},
    }).read_bytes()
    server.route("/xrpc/com.atproto.server.createSession", session, method="POST")
    server.route("/xrpc/com.atproto.sync.getRepo",
                 lambda r: Reply(body=car, content_type="application/vnd.ipld.car") if r.arg("did") == DID else Reply(400, {"error": "RepoNotFound"}))
    monkeypatch.setenv("FOOTPRINT_BLUESKY_APP_PASSWORD", APP_PASSWORD)

    db = tmp_path / "f.db"
    with Store(db) as store:
        summary = pipeline.pull(store, "bluesky", HANDLE, options={"service": server.url, **FAST})
    assert summary.reactions == 1 and summary.profiles == 1
    assert summary.items_added == 4  # the repository's old post and the 3 entries of the feed
    (repo_call,) = server.requests("/xrpc/com.atproto.sync.getRepo")
    assert repo_call.headers["Authorization"] == f"Bearer {access}"
    data = db.read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob("f.db*"))
    for secret in (APP_PASSWORD, access, refresh):
        assert secret.encode() not in data

    monkeypatch.setenv("FOOTPRINT_BLUESKY_APP_PASSWORD", "wrong-" + APP_PASSWORD)
    with pytest.raises(ConnectorError) as caught:
        pull(server)
    assert str(caught.value).startswith("the Bluesky app password was refused")
    assert APP_PASSWORD not in str(caught.value)


# ---------------------------------------------------------------------------- a minimal CAR


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _block(obj: Any) -> tuple[bytes, bytes]:
    data = libipld.encode_dag_cbor(obj)
    return b"\x01\x71\x12\x20" + hashlib.sha256(data).digest(), data


def write_car(path: Path, records: dict[str, Any]) -> Path:
    """A repository export: commit, one MST node listing every key in order, the records."""
    blocks = [_block(record) for record in records.values()]
    entries, previous = [], b""
    for key, (cid, _data) in sorted(zip(records, blocks)):
        full = key.encode()
        shared = next((i for i, (a, b) in enumerate(zip(full, previous)) if a != b), min(len(full), len(previous)))
        entries.append({"p": shared, "k": full[shared:], "v": cid, "t": None})
        previous = full
    node = _block({"l": None, "e": entries})
    commit = _block({"did": DID, "version": 3, "data": node[0], "rev": "3kzzzzzzzzz22", "prev": None, "sig": b"\x00" * 64})
    header = libipld.encode_dag_cbor({"version": 1, "roots": [commit[0]]})
    out = bytearray(_varint(len(header)) + header)
    for cid, data in [commit, node, *blocks]:
        out += _varint(len(cid) + len(data)) + cid + data
    path.write_bytes(bytes(out))
    return path


def test_skipped_entries_by_others_are_reported(server: LocalServer) -> None:
    bluesky_site(server, [[{"post": OTHER_POST}]])
    records = pull(server)
    assert [s.reason for s in of(records, Skipped)] == ["feed entry by another account (not this person's post)"]
    assert not of(records, Reaction)


def test_stops_at_max_pages_without_advancing_the_mark(server: LocalServer) -> None:
    bluesky_site(server)
    records = pull(server, {"did": DID, "newest": "2024-01-01T00:00:00.000000Z"}, max_pages="1")
    assert len(of(records, Item)) == 3
    assert "stopped after 1 feed pages" in of(records, Skipped)[-1].reason
    assert of(records, SyncPoint)[0].state["newest"] == "2024-01-01T00:00:00.000000Z"


def test_interrupted_pull_writes_nothing_and_the_next_one_completes(server: LocalServer, db_path: Path) -> None:
    bluesky_site(server)
    feed = server.routes[("GET", "/xrpc/app.bsky.feed.getAuthorFeed")]
    server.route("/xrpc/app.bsky.feed.getAuthorFeed",
                 lambda r: Reply(502, {"error": "UpstreamFailure"}) if r.arg("cursor") else feed(r))
    options = {"service": server.url, **FAST, "attempts": "1"}
    with Store(db_path) as store:
        before = dump(db_path)
        with pytest.raises(ConnectorError, match="failed with 502"):
            pipeline.pull(store, "bluesky", HANDLE, options=options)
        assert dump(db_path) == before and store.sync_state("bluesky", HANDLE) is None
        server.route("/xrpc/app.bsky.feed.getAuthorFeed", feed)
        summary = pipeline.pull(store, "bluesky", HANDLE, options=options)
        assert (summary.items_added, store.count_items()) == (6, 6)
