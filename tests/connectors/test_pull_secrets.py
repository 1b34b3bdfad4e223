"""Servers that echo the person's secret back in what they serve (issue #13, item 8): a Mastodon
server putting the token in the display name, the bio, profile fields, posts, a poll, a media
address and fields only the raw record keeps; a Bluesky AppView and PDS doing the same with the
app password and the session token. Nothing of it may reach the database; the records say
"[redacted]" where the secret was."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from footprint import pipeline
from footprint.connectors import BUILTIN_API_CONNECTORS, api_connectors
from footprint.connectors._secrets import REDACTED, redact_record, remember
from footprint.connectors.bluesky_api import BlueskyApi
from footprint.connectors.mastodon_api import MastodonApi
from footprint.records import Item, MediaRef, Profile, Skipped
from footprint.store import Store
from tests.connectors import test_bluesky_api as bsky
from tests.connectors import test_mastodon_api as masto
from tests.connectors.test_bluesky_car import write_car
from tests.httpserver import LocalServer, Reply, Seen

TOKEN = "tok-Ech0edBACK-9f3c1a7e5d"
APP_PASSWORD = "wxyz-echo-ekko-back"


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    api_connectors.cache_clear()
    monkeypatch.setattr("footprint.connectors.BUILTIN_API_CONNECTORS", (*BUILTIN_API_CONNECTORS, MastodonApi, BlueskyApi))
    monkeypatch.delenv("FOOTPRINT_MASTODON_TOKEN", raising=False)
    monkeypatch.delenv("FOOTPRINT_BLUESKY_APP_PASSWORD", raising=False)
    yield
    api_connectors.cache_clear()


def everything_stored(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.glob(f"{db.name}*"))


def echoing_mastodon(srv: LocalServer) -> None:
    who = masto.account(
        display_name=f"Pat {TOKEN}",
        note=f"<p>Analyste, Ottawa. Jeton : {TOKEN}</p>",
        fields=[{"name": f"Clé {TOKEN}", "value": f'<a href="https://pat.example.ca/?t={TOKEN}">site</a>', "verified_at": None}],
        source={"note": TOKEN, "privacy": "public"},
        avatar_static=f"https://files.social.example/{TOKEN}.png",  # kept only in the raw record
    )
    statuses = [
        masto.status(112600000000000009, f"<p>Bonjour 👋 votre jeton est {TOKEN}</p>", "2024-06-10T10:00:00.000Z",
                     spoiler_text=f"CW {TOKEN}", account=who,
                     poll={"id": "1", "options": [{"title": f"Oui {TOKEN}", "votes_count": 1}, {"title": "Non", "votes_count": 0}]},
                     media_attachments=[{"id": "9", "type": "image", "url": f"https://files.social.example/{TOKEN}.jpg",
                                         "description": f"alt {TOKEN}"}],
                     card={"url": f"https://lien.example/?jeton={TOKEN}", "title": "Carte"}),
        masto.status(112600000000000008, "<p>Un message ordinaire, sans secret.</p>", "2024-06-09T10:00:00.000Z",
                     account=who),
    ]
    masto.mastodon_site(srv, statuses, who=who)


def test_a_mastodon_server_echoing_the_token_gets_it_stored_nowhere(server: LocalServer, db_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOOTPRINT_MASTODON_TOKEN", TOKEN)
    echoing_mastodon(server)
    records = list(MastodonApi(base_url=server.url, **masto.FAST).iter_records(masto.ACCOUNT, None))
    assert {c.headers["Authorization"] for c in server.requests()} == {f"Bearer {TOKEN}"}  # still sent
    (profile,) = [r for r in records if isinstance(r, Profile)]
    assert profile.display_name == f"Pat {REDACTED}"
    assert profile.bio == f"Analyste, Ottawa. Jeton : {REDACTED}\nClé {REDACTED}: site"
    assert profile.website == f"https://pat.example.ca/?t={REDACTED}"
    assert profile.raw is not None and profile.raw["source"]["note"] == REDACTED
    assert profile.raw["avatar_static"] == f"https://files.social.example/{REDACTED}.png"
    first, second = [r for r in records if isinstance(r, Item)]
    assert first.text == f"CW: CW {REDACTED}\nBonjour 👋 votre jeton est {REDACTED}\nOui {REDACTED}\nNon"
    assert first.media == (MediaRef(kind="photo", url=f"https://files.social.example/{REDACTED}.jpg", native_id="9"),)
    assert TOKEN not in json.dumps(first.raw, ensure_ascii=False)
    assert second.text == "Un message ordinaire, sans secret."

    with Store(db_path) as store:
        summary = pipeline.pull(store, "mastodon", masto.ACCOUNT, options={"base_url": server.url, **masto.FAST})
    assert summary.items_added == 2
    stored = everything_stored(db_path)
    assert TOKEN.encode() not in stored
    assert REDACTED.encode() in stored


def test_a_bluesky_appview_and_pds_echoing_the_secrets_get_them_stored_nowhere(
    server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    access = bsky.jwt({"scope": "com.atproto.appPass", "sub": bsky.DID, "iat": int(time.time()), "exp": int(time.time()) + 7200})
    bsky.bluesky_site(server, [bsky.PAGE1])
    echoed = bsky.PROFILE | {"description": f"Mon mot de passe d'application : {APP_PASSWORD}"}
    server.route("/xrpc/app.bsky.actor.getProfile", Reply(body=echoed))

    def session(request: Seen) -> Reply:
        if json.loads(request.body).get("password") != APP_PASSWORD:
            return Reply(401, {"error": "AuthenticationRequired"})
        return Reply(body={"accessJwt": access, "refreshJwt": access + "r", "handle": bsky.HANDLE, "did": bsky.DID})

    car = write_car(tmp_path / "export.car", {
        f"{bsky.POST}/3kzold2222222": {"$type": bsky.POST, "text": f"Jeton de session {access}",
                                       "createdAt": "2020-01-01T00:00:00Z"},
    }, did=bsky.DID).read_bytes()
    server.route("/xrpc/com.atproto.server.createSession", session, method="POST")
    server.route("/xrpc/com.atproto.sync.getRepo", Reply(body=car, content_type="application/vnd.ipld.car"))
    monkeypatch.setenv("FOOTPRINT_BLUESKY_APP_PASSWORD", APP_PASSWORD)

    db = tmp_path / "f.db"
    with Store(db) as store:
        pipeline.pull(store, "bluesky", bsky.HANDLE, options={"service": server.url, **bsky.FAST})
    stored = everything_stored(db)
    assert APP_PASSWORD.encode() not in stored and access.encode() not in stored
    records = list(BlueskyApi(service=server.url, **bsky.FAST).iter_records(bsky.HANDLE, None))
    (profile,) = [r for r in records if isinstance(r, Profile)]
    assert profile.bio == f"Mon mot de passe d'application : {REDACTED}"
    assert any(isinstance(r, Item) and r.text == f"Jeton de session {REDACTED}" for r in records)


def test_redact_record_changes_only_what_holds_a_secret() -> None:
    secret = "s3cr3t-Valeur-42"
    remember(secret)
    clean = Item(platform="mastodon", account_id="a", native_id="1", kind="post", text="rien à cacher",  # type: ignore[arg-type]
                 created_at=None, raw={"deep": [[[{"x": "y"}]]]})
    assert redact_record(clean) is clean
    nested: Any = secret
    for _ in range(5000):  # deeper than any recursion would go
        nested = [nested]
    dirty = Skipped(source=f"mastodon:{secret}", reason="raison", detail=None)
    assert redact_record(dirty) == Skipped(source=f"mastodon:{REDACTED}", reason="raison")
    item = Item(platform="mastodon", account_id="a", native_id="2", kind="post", text="t",  # type: ignore[arg-type]
                created_at=None, raw={"profond": nested, f"clé {secret}": "valeur"})
    raw = redact_record(item).raw
    assert raw is not None and set(raw) == {"profond", f"clé {REDACTED}"}
    cleaned: Any = raw
    for _ in range(5001):
        cleaned = cleaned["profond"] if isinstance(cleaned, dict) else cleaned[0]
    assert cleaned == REDACTED
