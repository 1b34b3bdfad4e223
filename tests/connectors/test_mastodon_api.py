"""Mastodon live pull: the real Mastodon.py client against a local server (tests/httpserver.py)
answering as the Mastodon REST API v1 does (accounts/lookup, accounts/:id/statuses with Link
headers, the Account and Status entities). Nothing leaves 127.0.0.1."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from footprint import pipeline
from footprint.connectors import BUILTIN_API_CONNECTORS, api_connectors
from footprint.connectors._http import USER_AGENT
from footprint.connectors.mastodon_api import MastodonApi
from footprint.errors import ConnectorError
from footprint.records import Item, ItemKind, Profile, Skipped, SyncPoint
from footprint.store import Store
from tests.helpers import dump
from tests.httpserver import LocalServer, Reply, Seen, sequence

ACCOUNT = "@pat@social.example"
ACTOR = "https://social.example/users/pat"
TOKEN = "tok-Zq8w3PLANTED-secret-4f9d1c7e"
FAST = {"backoff": "0.01", "timeout": "2"}


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The lead registers the connector; until then, tests add it for themselves."""
    api_connectors.cache_clear()
    monkeypatch.setattr("footprint.connectors.BUILTIN_API_CONNECTORS", (*BUILTIN_API_CONNECTORS, MastodonApi))
    monkeypatch.delenv("FOOTPRINT_MASTODON_TOKEN", raising=False)
    yield
    api_connectors.cache_clear()


# ---------------------------------------------------------------------------- API v1 shapes


def account(**extra: Any) -> dict[str, Any]:
    """The Account entity."""
    return {
        "id": "109348", "username": "pat", "acct": "pat", "display_name": "Pat Lévesque",
        "locked": False, "bot": False, "discoverable": True, "group": False,
        "created_at": "2022-11-07T00:00:00.000Z",
        "note": "<p>Analyste, Ottawa.<br />Opinions personnelles.</p>",
        "url": "https://social.example/@pat", "uri": ACTOR,
        "avatar": "https://files.social.example/accounts/avatars/109/348/original/a.png",
        "avatar_static": "https://files.social.example/accounts/avatars/109/348/original/a.png",
        "header": "https://files.social.example/accounts/headers/109/348/original/h.png",
        "header_static": "https://files.social.example/accounts/headers/109/348/original/h.png",
        "followers_count": 210, "following_count": 180, "statuses_count": 7,
        "last_status_at": "2024-06-09", "emojis": [],
        "fields": [{"name": "Employeur", "value": "Fonction publique", "verified_at": None},
                   {"name": "Site", "value": '<a href="https://pat.example.ca" rel="nofollow noopener" target="_blank">'
                                            '<span class="invisible">https://</span><span class="">pat.example.ca</span></a>',
                    "verified_at": "2023-01-01T00:00:00.000+00:00"}],
        **extra,
    }


def status(sid: int, content: str, when: str, **extra: Any) -> dict[str, Any]:
    """The Status entity, as /api/v1/accounts/:id/statuses returns it."""
    return {
        "id": str(sid), "created_at": when, "in_reply_to_id": None, "in_reply_to_account_id": None,
        "sensitive": False, "spoiler_text": "", "visibility": "public", "language": "fr",
        "uri": f"{ACTOR}/statuses/{sid}", "url": f"https://social.example/@pat/{sid}",
        "replies_count": 0, "reblogs_count": 2, "favourites_count": 5, "edited_at": None,
        "content": content, "reblog": None, "application": {"name": "Web", "website": None},
        "account": account(), "media_attachments": [], "mentions": [], "tags": [], "emojis": [],
        "card": None, "poll": None, **extra,
    }


OTHERS = {
    "id": "112000000000000001", "created_at": "2024-06-01T08:00:00.000Z", "in_reply_to_id": None,
    "in_reply_to_account_id": None, "sensitive": False, "spoiler_text": "", "visibility": "public",
    "language": "en", "uri": "https://other.example/users/sam/statuses/555", "url": "https://other.example/@sam/555",
    "replies_count": 0, "reblogs_count": 9, "favourites_count": 40, "edited_at": None,
    "content": "<p>Someone else's words</p>", "reblog": None,
    "account": account(id="200", username="sam", acct="sam@other.example", uri="https://other.example/users/sam",
                       url="https://other.example/@sam"),
    "media_attachments": [], "mentions": [], "tags": [], "emojis": [], "card": None, "poll": None,
}

STATUSES = [
    status(112600000000000007, "<p>Nouvelle <a href=\"https://social.example/tags/politique\" class=\"mention hashtag\" "
                               "rel=\"tag\">#<span>politique</span></a> annoncée</p><p>Deuxième ligne</p>",
           "2024-06-09T10:00:00.000Z"),
    status(112600000000000006, "", "2024-06-08T10:00:00.000Z", reblog=OTHERS,
           uri=f"{ACTOR}/statuses/112600000000000006/activity", url=None),
    status(112600000000000005, "<p>Suite du fil</p>", "2024-06-07T10:00:00.000Z",
           in_reply_to_id="112600000000000004", in_reply_to_account_id="109348"),
    status(112600000000000004, "<p>Début du fil</p>", "2024-06-06T10:00:00.000Z", spoiler_text="Travail",
           media_attachments=[{"id": "112600000000000099", "type": "image",
                               "url": "https://files.social.example/media_attachments/files/112/600/000/000/000/099/original/p.jpg",
                               "preview_url": "https://files.social.example/p_small.jpg", "remote_url": None,
                               "description": "Colline du Parlement", "blurhash": "UBL_:rOpGG-oBUNG,qRj2so|=eE1w^n4S5NH",
                               "meta": {}}]),
    status(112600000000000003, "<p>Quel est votre avis?</p>", "2024-06-05T10:00:00.000Z",
           poll={"id": "34830", "expires_at": "2024-06-06T10:00:00.000Z", "expired": True, "multiple": False,
                 "votes_count": 10, "voters_count": 10, "options": [{"title": "Pour", "votes_count": 6},
                                                                    {"title": "Contre", "votes_count": 4}],
                 "emojis": []}),
    status(112600000000000002, "<p>Message privé</p>", "2024-06-04T10:00:00.000Z", visibility="direct"),
    status(112600000000000001, "<p>Pour mes abonnés</p>", "2024-06-03T10:00:00.000Z", visibility="private"),
]


def mastodon_site(srv: LocalServer, statuses: list[dict[str, Any]] | None = None, *, page: int = 3,
                  who: dict[str, Any] | None = None) -> None:
    """lookup and statuses paged by max_id/since_id with Link headers, as Mastodon answers them."""
    statuses = STATUSES if statuses is None else statuses
    who = who or account()

    def lookup(request: Seen) -> Reply:
        if request.arg("acct") in ("pat", "pat@social.example"):
            return Reply(body=who)
        return Reply(404, {"error": "Record not found"})

    def listing(request: Seen) -> Reply:
        limit = min(int(request.arg("limit") or 20), page)
        max_id = int(request.arg("max_id") or 10**20)
        since_id = int(request.arg("since_id") or 0)
        chosen = [s for s in statuses if since_id < int(s["id"]) < max_id][:limit]
        headers = {}
        if chosen:
            base = f"{srv.url}/api/v1/accounts/109348/statuses"
            headers["Link"] = (f'<{base}?limit={limit}&max_id={chosen[-1]["id"]}>; rel="next", '
                               f'<{base}?limit={limit}&min_id={chosen[0]["id"]}>; rel="prev"')
        return Reply(body=chosen, headers=headers)

    srv.route("/api/v1/accounts/lookup", lookup)
    srv.route("/api/v1/accounts/109348/statuses", listing)


def pull(srv: LocalServer, since: dict[str, Any] | None = None, who: str = ACCOUNT, **options: str) -> list[Any]:
    return list(MastodonApi(base_url=srv.url, **(FAST | options)).iter_records(who, since))


def of(records: list[Any], kind: type) -> list[Any]:
    return [r for r in records if isinstance(r, kind)]


# ---------------------------------------------------------------------------- reading


def test_profile_statuses_link_pages_and_keys_match_the_archive_importer(server: LocalServer) -> None:
    mastodon_site(server)
    records = pull(server)

    (profile,) = of(records, Profile)
    assert (profile.native_id, profile.handle, profile.display_name, profile.followers, profile.following) == (
        ACTOR, "pat@social.example", "Pat Lévesque", 210, 180)
    assert profile.bio == "Analyste, Ottawa.\nOpinions personnelles.\nEmployeur: Fonction publique\nSite: https://pat.example.ca"
    assert profile.website == "https://pat.example.ca"
    assert profile.created_at == datetime(2022, 11, 7, tzinfo=UTC)

    items = {i.native_id: i for i in of(records, Item)}
    assert sorted(items) == [f"11260000000000000{n}" for n in (1, 3, 4, 5, 6, 7)]  # ids as text
    first = items["112600000000000007"]
    assert first.text == "Nouvelle #politique annoncée\nDeuxième ligne"
    assert (first.kind, first.account_id, first.url, first.language, first.like_count, first.repost_count) == (
        ItemKind.POST, ACTOR, "https://social.example/@pat/112600000000000007", "fr", 5, 2)
    assert first.created_at == datetime(2024, 6, 9, 10, tzinfo=UTC)
    assert "account" not in first.raw and first.raw["id"] == "112600000000000007"

    boost = items["112600000000000006"]
    assert (boost.kind, boost.text, boost.url) == (ItemKind.REPOST, OTHERS["uri"], OTHERS["uri"])
    assert items["112600000000000005"].kind is ItemKind.REPLY
    assert items["112600000000000005"].reply_to == f"{ACTOR}/statuses/112600000000000004"
    cw = items["112600000000000004"]
    assert cw.text == "CW: Travail\nDébut du fil"
    assert [(m.kind, m.native_id) for m in cw.media] == [("photo", "112600000000000099")]
    assert items["112600000000000003"].text == "Quel est votre avis?\nPour\nContre"
    assert items["112600000000000001"].visibility == "followers-only"
    assert [s.detail for s in of(records, Skipped)] == ["status 112600000000000002"]  # the direct message
    assert "Message privé" not in repr(records)

    (sync,) = of(records, SyncPoint)
    assert sync.state == {"account_id": "109348", "newest_id": "112600000000000007", "base_url": server.url}

    calls = server.requests("/api/v1/accounts/109348/statuses")
    assert [c.arg("max_id") for c in calls] == [None, "112600000000000005", "112600000000000002", "112600000000000001"]
    assert {c.arg("limit") for c in calls} == {"40"}  # Mastodon.py takes only max_id from the Link
    assert {c.headers["User-Agent"] for c in server.requests()} == {USER_AGENT}
    assert server.requests("/api/v1/accounts/lookup")[0].arg("acct") == "pat@social.example"


def test_pulling_twice_uses_since_id_and_changes_nothing(server: LocalServer, db_path: Path) -> None:
    mastodon_site(server)
    options = {"base_url": server.url, **FAST}
    with Store(db_path) as store:
        first = pipeline.pull(store, "mastodon", ACCOUNT, options=options)
    assert (first.items_added, first.profiles, len(first.skipped)) == (6, 1, 1)
    before = dump(db_path, ("accounts", "items", "media", "reactions"))

    with Store(db_path) as store:
        second = pipeline.pull(store, "mastodon", ACCOUNT, options=options)
    assert (second.items_seen, second.items_added, second.items_updated) == (0, 0, 0)
    assert dump(db_path, ("accounts", "items", "media", "reactions")) == before
    last = server.requests("/api/v1/accounts/109348/statuses")[-1]
    assert last.arg("since_id") == "112600000000000007"

    newer = status(112600000000000008, "<p>Encore</p>", "2024-06-10T10:00:00.000Z")
    mastodon_site(server, [newer, *STATUSES])
    with Store(db_path) as store:
        third = pipeline.pull(store, "mastodon", ACCOUNT, options=options)
        assert store.count_items() == 7
    assert (third.items_seen, third.items_added) == (1, 1)


def test_since_id_stops_when_the_next_link_reaches_back(server: LocalServer) -> None:
    # More new statuses than a page: the "next" link drops since_id, so older ones come back.
    mastodon_site(server, page=2)
    records = pull(server, {"account_id": "109348", "newest_id": "112600000000000004"})
    assert sorted(i.native_id for i in of(records, Item)) == [f"11260000000000000{n}" for n in (5, 6, 7)]


def test_account_given_as_a_profile_link(server: LocalServer) -> None:
    mastodon_site(server)
    assert len(of(pull(server, who="https://social.example/@pat"), Item)) == 6


def test_archive_and_live_pull_give_one_item(server: LocalServer, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from footprint.connectors import BUILTIN_CONNECTORS, archive_importers
    from footprint.connectors.mastodon_archive import MastodonArchive

    public = "https://www.w3.org/ns/activitystreams#Public"
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "actor.json").write_text(json.dumps({
        "@context": "https://www.w3.org/ns/activitystreams", "id": ACTOR, "type": "Person",
        "preferredUsername": "pat", "name": "Pat Lévesque", "url": "https://social.example/@pat",
        "outbox": "outbox.json", "followers": f"{ACTOR}/followers"}))
    first = STATUSES[0]
    (folder / "outbox.json").write_text(json.dumps({"type": "OrderedCollection", "orderedItems": [
        {"id": f"{first['uri']}/activity", "type": "Create", "actor": ACTOR, "published": first["created_at"],
         "to": [public], "cc": [f"{ACTOR}/followers"],
         "object": {"id": first["uri"], "type": "Note", "published": first["created_at"], "url": first["url"],
                    "attributedTo": ACTOR, "to": [public], "cc": [f"{ACTOR}/followers"], "content": first["content"],
                    "contentMap": {"fr": first["content"]}, "attachment": []}},
        {"id": f"{ACTOR}/statuses/112600000000000006/activity", "type": "Announce", "actor": ACTOR,
         "published": "2024-06-08T10:00:00Z", "to": [public], "cc": [f"{ACTOR}/followers"], "object": OTHERS["uri"]},
    ]}))
    archive_importers.cache_clear()
    monkeypatch.setattr("footprint.connectors.BUILTIN_CONNECTORS", (*BUILTIN_CONNECTORS, MastodonArchive))
    mastodon_site(server, STATUSES[:2])
    try:
        with Store(tmp_path / "db.sqlite") as store:
            pipeline.import_paths(store, [folder])
            assert store.count_items() == 2
            pipeline.pull(store, "mastodon", ACCOUNT, options={"base_url": server.url, **FAST})
            assert store.count_items() == 2  # the same post and boost, not four items
    finally:
        archive_importers.cache_clear()
    assert len(dump(tmp_path / "db.sqlite", ("accounts",))["accounts"]) == 1


# ---------------------------------------------------------------------------- errors and retries


def test_unknown_account_is_one_line_and_writes_nothing(server: LocalServer, db_path: Path) -> None:
    mastodon_site(server)
    with Store(db_path) as store:
        before = dump(db_path)
        with pytest.raises(ConnectorError, match=r"^unknown Mastodon account @nobody@social\.example on 127\.0\.0\.1:\d+$"):
            pipeline.pull(store, "mastodon", "@nobody@social.example", options={"base_url": server.url, **FAST})
        assert dump(db_path) == before


def test_suspended_remote_and_private_accounts(server: LocalServer) -> None:
    mastodon_site(server, who=account(suspended=True))
    with pytest.raises(ConnectorError, match="^the Mastodon account @pat@social.example is suspended$"):
        pull(server)
    mastodon_site(server, who=account(acct="pat@elsewhere.example"))
    with pytest.raises(ConnectorError, match="is not hosted on 127.0.0.1:.*use --base-url"):
        pull(server)
    mastodon_site(server)
    server.route("/api/v1/accounts/109348/statuses", Reply(403, {"error": "This action is not allowed"}))
    with pytest.raises(ConnectorError, match=r"refuses access \(403\): the account is private"):
        pull(server)


def test_429_waits_for_retry_after_then_continues(server: LocalServer) -> None:
    mastodon_site(server)
    listing = server.routes[("GET", "/api/v1/accounts/109348/statuses")]
    calls: list[int] = []

    def limited(request: Seen) -> Any:
        calls.append(1)
        if len(calls) == 2:
            return Reply(429, {"error": "Too many requests"}, headers={"Retry-After": "1", "X-RateLimit-Remaining": "0"})
        return listing(request)

    server.route("/api/v1/accounts/109348/statuses", limited)
    started = time.monotonic()
    records = pull(server)
    assert time.monotonic() - started >= 1.0
    assert len(of(records, Item)) == 6 and len(calls) == 5


def test_500_then_success_and_500_for_ever(server: LocalServer) -> None:
    mastodon_site(server)
    server.route("/api/v1/accounts/lookup", sequence(Reply(500, {"error": "oops"}), Reply(body=account())))
    assert len(of(pull(server), Item)) == 6
    server.route("/api/v1/accounts/lookup", Reply(502, "<html>Bad Gateway</html>"))
    with pytest.raises(ConnectorError, match=r"failed with 502 after 2 tries; try again later$"):
        pull(server, attempts="2")


def test_timeout(server: LocalServer) -> None:
    mastodon_site(server)
    server.route("/api/v1/accounts/lookup", Reply(body=account(), delay=3))
    started = time.monotonic()
    with pytest.raises(ConnectorError, match=r"^127\.0\.0\.1:\d+ did not answer within 0\.3 s \(timed out\)$"):
        pull(server, timeout="0.3")
    assert time.monotonic() - started < 2


def test_server_down() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(ConnectorError, match="connection refused"):
        list(MastodonApi(base_url=f"http://127.0.0.1:{port}", **FAST).iter_records(ACCOUNT, None))


def test_token_is_sent_never_stored_and_never_shown(server: LocalServer, db_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOOTPRINT_MASTODON_TOKEN", TOKEN)
    mastodon_site(server)
    with Store(db_path) as store:
        pipeline.pull(store, "mastodon", ACCOUNT, options={"base_url": server.url, **FAST})
    assert {c.headers["Authorization"] for c in server.requests()} == {f"Bearer {TOKEN}"}
    stored = b"".join(p.read_bytes() for p in db_path.parent.glob(f"{db_path.name}*"))
    assert TOKEN.encode() not in stored and b"Bearer" not in stored

    # A server that echoes the refused token back: the message must not repeat it.
    server.route("/api/v1/accounts/lookup",
                 Reply(401, {"error": f"The access token is invalid ({TOKEN})"}, headers={"WWW-Authenticate": "Bearer"}))
    with Store(db_path) as store:
        with pytest.raises(ConnectorError) as caught:
            pipeline.pull(store, "mastodon", ACCOUNT, options={"base_url": server.url, **FAST})
    message = str(caught.value)
    assert message.startswith("the Mastodon token was refused by 127.0.0.1:")
    assert TOKEN not in message and "[redacted]" in message
    assert "\n" not in message


def test_login_required_without_token(server: LocalServer) -> None:
    mastodon_site(server)
    server.route("/api/v1/accounts/109348/statuses", Reply(401, {"error": "This API requires an authenticated user"}))
    with pytest.raises(ConnectorError, match="requires a login; set FOOTPRINT_MASTODON_TOKEN"):
        pull(server)


@pytest.mark.parametrize("text", ["pat", "@pat", "pat@", "two words@x"])
def test_bad_account_text(text: str) -> None:
    with pytest.raises(ConnectorError, match="not a Mastodon account"):
        list(MastodonApi(base_url="http://127.0.0.1:9").iter_records(text, None))


def test_stops_at_max_pages_without_advancing_the_mark(server: LocalServer) -> None:
    mastodon_site(server)
    records = pull(server, max_pages="1")
    assert len(of(records, Item)) == 3
    assert "stopped after 1 pages" in of(records, Skipped)[-1].reason
    assert of(records, SyncPoint)[0].state["newest_id"] is None


def test_token_from_the_keyring_and_redaction(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from footprint.connectors._secrets import get_secret, redact

    asked: list[tuple[str, str]] = []
    fake = types.ModuleType("keyring")

    def get_password(service: str, name: str) -> str | None:
        asked.append((service, name))
        return "kr-token-7d1e2f3a9b" if name == "mastodon" else None

    fake.get_password = get_password  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    mastodon_site(server)
    pull(server)
    assert asked == [("footprint-audit", "mastodon:@pat@social.example"), ("footprint-audit", "mastodon")]
    assert server.requests()[0].headers["Authorization"] == "Bearer kr-token-7d1e2f3a9b"
    assert redact("echo kr-token-7d1e2f3a9b back") == "echo [redacted] back"
    monkeypatch.setenv("SOME_EMPTY", "  ")
    assert get_secret("SOME_EMPTY", platform="other") is None


def test_tls_failure() -> None:
    with LocalServer() as plain:  # speaks HTTP: a TLS handshake with it fails
        with pytest.raises(ConnectorError, match=r"^secure connection to 127\.0\.0\.1:\d+ failed \(TLS"):
            list(MastodonApi(base_url=f"https://127.0.0.1:{plain.port}", **FAST).iter_records(ACCOUNT, None))
