"""Bluesky, live, through the atproto SDK's `Client`: `footprint pull bluesky HANDLE`.

Resolves the handle to its DID (the identity that never changes), reads the profile
(`app.bsky.actor.getProfile`) and pages through the author feed (`app.bsky.feed.getAuthorFeed`,
filter `posts_with_replies`, cursor pagination, newest first): the person's posts, replies,
quotes and reposts. Without a login it asks the public AppView; `--service URL` points it at
another AppView or a PDS.

Items are keyed exactly as the CAR importer keys them (`bluesky_car.py`): account = the DID,
native id = the record's `at://` URI, link = `https://bsky.app/profile/<did>/post/<rkey>`, and
a post record becomes an item through the same function (`_bluesky.post_item`), so one post
seen in an export and in a pull is one item. A repost is the person's own repost record
(`reason.uri`); its text is the reposted post's URI, as in the export, because the reposted words are someone else's (they are kept in `raw`).

Incremental: the SyncPoint keeps the newest feed time seen. The next pull stops after the first
page that reaches back past it (that page is re-read, harmlessly: items are keyed), so new posts
are fetched and nothing is added twice. A post imported with a backdated `createdAt` sorts
into the past and is only picked up by a repository export.

With an app password (FOOTPRINT_BLUESKY_APP_PASSWORD or the keyring), the pull also logs in
(`--service`, else the bsky.social entryway, which hands over to the account's PDS), downloads
the repository (`com.atproto.sync.getRepo`) and reads it with the CAR importer: the whole
history, likes included. The password and the session tokens live in memory for the run only.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any, ClassVar
from urllib.parse import unquote, urlsplit

from footprint.connectors._bluesky import PLATFORM, POST, REPOST, post_item, web_url
from footprint.connectors._http import (
    USER_AGENT,
    RetryPolicy,
    httpx_options,
    network_error,
    policy_from_options,
    where_of,
)
from footprint.connectors._secrets import get_secret, redact, redact_record, remember
from footprint.connectors._stream import ByteStream
from footprint.connectors._values import dict_field, loose_iso_time
from footprint.connectors.base import ApiConnector
from footprint.errors import ConnectorError, FootprintError
from footprint.records import Item, ItemKind, Profile, Record, Skipped, SyncPoint

PUBLIC_APPVIEW = "https://public.api.bsky.app"
ENTRYWAY = "https://bsky.social"  # where an app-password login starts when no --service is given
PASSWORD_ENV = "FOOTPRINT_BLUESKY_APP_PASSWORD"
PAGE_SIZE = 100  # the lexicon's maximum
REPO_DEADLINE_FACTOR = 10
REASON_REPOST = "app.bsky.feed.defs#reasonRepost"
# AppView error names (XRPC `error`) that say why an account cannot be read.
_ACCOUNT_STATES = {
    "AccountTakedown": "has been suspended (taken down) by the service",
    "AccountDeactivated": "is deactivated",
    "BlockedActor": "cannot be read: it blocks this viewer",
    "BlockedByActor": "cannot be read: this viewer blocks it",
}


class BlueskyApi(ApiConnector):
    name: ClassVar[str] = "bluesky"
    platform: ClassVar[str] = PLATFORM
    title: ClassVar[str] = "Bluesky, live (handle; public AppView or --service URL)"

    def __init__(self, *, client: object | None = None, **options: str) -> None:
        super().__init__(client=client, **options)
        self.policy: RetryPolicy = policy_from_options(options)
        self.service = (options.get("service") or PUBLIC_APPVIEW).rstrip("/")
        self.max_pages = _positive(options.get("max_pages"), 1000, "max_pages")
        self._truncated = False

    # ------------------------------------------------------------------ pull

    def iter_records(self, account: str, since: Mapping[str, Any] | None) -> Iterator[Record]:
        # A server can echo the token (or app password) back in anything it serves: each record
        # is cleaned before it leaves the connector, as error messages are.
        for record in self._pull(account, since):
            yield redact_record(record)

    def _pull(self, account: str, since: Mapping[str, Any] | None) -> Iterator[Record]:
        actor = _actor(account)
        client, owned = self._client()
        try:
            did = actor if actor.startswith("did:") else self._resolve(client, actor)
            profile = self._profile(client, did, actor)
            password = get_secret(PASSWORD_ENV, platform=PLATFORM, account=actor)
            if password:
                yield from self._repository(actor, did, password)
            yield profile
            newest = (since or {}).get("newest") if (since or {}).get("did") == did else None
            seen_newest: str | None = newest
            self._truncated = False
            for entry in self._feed(client, did, newest):
                record, when = self._entry(entry, did)
                if record is not None:
                    yield record
                if when and (seen_newest is None or when > seen_newest):
                    seen_newest = when
            if self._truncated:
                yield Skipped(
                    f"bluesky:{did}",
                    f"stopped after {self.max_pages} feed pages: older posts not read (a repository export has them all)",
                )
                # Not advancing the mark: a gap would otherwise never be filled.
                seen_newest = newest
            yield SyncPoint(
                connector=self.name,
                account=account,
                state={"did": did, "handle": profile.handle, "newest": seen_newest, "service": self.service},
            )
        finally:
            if owned:
                client.request.close()

    def _client(self) -> tuple[Any, bool]:
        if self.client is not None:
            return self.client, False
        from atproto_client import Client
        from atproto_client.request import Request

        request = Request(**httpx_options(self.policy))
        # atproto sends its own User-Agent on every call; an additional header overrides it.
        request.add_additional_header("User-Agent", USER_AGENT)
        return Client(base_url=self.service, request=request), True

    def _resolve(self, client: Any, handle: str) -> str:
        try:
            return str(client.resolve_handle(handle).did)
        except Exception as exc:  # noqa: BLE001 - every failure becomes one line
            unknown = f"unknown Bluesky handle {handle}: {where_of(self.service)} cannot resolve it"
            raise self._error(exc, f"cannot resolve the Bluesky handle {handle}", unknown=unknown) from None

    def _profile(self, client: Any, did: str, actor: str) -> Profile:
        from atproto_client.models.utils import get_model_as_dict

        try:
            view = client.get_profile(did)
        except Exception as exc:  # noqa: BLE001
            unknown = f"unknown Bluesky account {actor}: no profile"
            raise self._error(exc, f"cannot read the Bluesky profile of {actor}", unknown=unknown) from None
        return Profile(
            platform=PLATFORM,
            native_id=did,
            handle=view.handle,
            display_name=view.display_name or None,
            bio=view.description or None,
            avatar=view.avatar,
            banner=view.banner,
            followers=view.followers_count,
            following=view.follows_count,
            created_at=loose_iso_time(view.created_at),
            url=f"https://bsky.app/profile/{did}",  # as the CAR importer links it
            raw=get_model_as_dict(view),
        )

    def _feed(self, client: Any, did: str, newest: str | None) -> Iterator[dict[str, Any]]:
        """Feed entries as the server sent them, newest first, until the last page or `newest`."""
        from atproto_client import models

        cursor: str | None = None
        for _page in range(self.max_pages):
            params = models.AppBskyFeedGetAuthorFeed.Params(
                actor=did, cursor=cursor, filter="posts_with_replies", limit=PAGE_SIZE
            )
            try:
                # The raw JSON, not the SDK's model: the record is stored as published (as the
                # CAR holds it), while the model would add `$type` to nested objects.
                response = client.invoke_query("app.bsky.feed.getAuthorFeed", params=params)
            except Exception as exc:  # noqa: BLE001
                raise self._error(exc, "cannot read the Bluesky feed", unknown=f"unknown Bluesky account {did}") from None
            content = response.content if isinstance(response.content, dict) else {}
            entries = content.get("feed")
            if not isinstance(entries, list):
                raise ConnectorError(f"{where_of(self.service)} answered getAuthorFeed without a feed list")
            reached_known = False
            for entry in entries:
                if isinstance(entry, dict):
                    when = _sort_time(entry)
                    if newest is not None and when is not None and when < newest:
                        reached_known = True
                    yield entry
            cursor = content.get("cursor") if isinstance(content.get("cursor"), str) else None
            if not cursor or not entries or reached_known:
                return
        self._truncated = True

    # ------------------------------------------------------------------ records

    def _entry(self, entry: dict[str, Any], did: str) -> tuple[Record | None, str | None]:
        post = entry.get("post")
        if not isinstance(post, dict) or not isinstance(post.get("uri"), str):
            return Skipped(f"bluesky:{did}#feed", "feed entry without a post"), None
        when = _sort_time(entry)
        reason = entry.get("reason")
        if isinstance(reason, dict) and reason.get("$type") == REASON_REPOST:
            by = dict_field(reason, "by")
            if by.get("did") == did:
                return _repost(did, post, reason), when
        author = dict_field(post, "author")
        if author.get("did") != did:
            return Skipped(str(post["uri"]), "feed entry by another account (not this person's post)"), when
        return _post(did, post), when

    def _repository(self, actor: str, did: str, password: str) -> Iterator[Record]:
        """Log in with the app password, download the repository and read it like an export."""
        try:
            from footprint.connectors.bluesky_car import BlueskyCar
        except ImportError:  # pragma: no cover - the importer ships with the tool
            yield Skipped(f"bluesky:{actor}", "repository export not read: the CAR importer is not installed")
            return
        from atproto_client import Client
        from atproto_client.request import Request

        # The repository comes in one answer that can be tens of megabytes: it gets ten times
        # the deadline of an API call (still a bound against a server that trickles it).
        request = Request(**httpx_options(replace(self.policy, deadline=self.policy.deadline * REPO_DEADLINE_FACTOR)))
        request.add_additional_header("User-Agent", USER_AGENT)
        login_at = self.options.get("service") or ENTRYWAY
        auth = Client(base_url=login_at, request=request)
        try:
            try:
                auth.login(actor, password, fetch_bsky_profile=False)
            except Exception as exc:  # noqa: BLE001
                raise self._error(
                    exc,
                    f"cannot log in to {where_of(login_at)}",
                    unauthorized=f"the Bluesky app password was refused by {where_of(login_at)} ({PASSWORD_ENV})",
                    url=login_at,
                ) from None
            session = getattr(auth, "_session", None)
            for token in (getattr(session, "access_jwt", None), getattr(session, "refresh_jwt", None)):
                if isinstance(token, str):
                    remember(token)
            try:
                car = auth.com.atproto.sync.get_repo({"did": did})
            except Exception as exc:  # noqa: BLE001
                raise self._error(
                    exc, "cannot download the Bluesky repository", unknown=f"the PDS has no repository for {did}", url=login_at
                ) from None
        finally:
            request.close()
        if not isinstance(car, bytes) or not car:
            raise ConnectorError(f"{where_of(login_at)} sent an empty repository export")
        source = _BytesSource(car, f"getRepo({did})")
        # _BytesSource has the members of ArchiveSource the CAR importer and its guard read
        # (display, describe, open), not a whole archive: the importer API is typed for archives.
        for record in BlueskyCar().iter_records(source, source.root):  # type: ignore[arg-type]
            # The AppView profile that follows carries the handle and counts; the repository's
            # own profile record would only make the account row change twice per pull.
            if not isinstance(record, Profile):
                yield record

    # ------------------------------------------------------------------ errors

    def _error(
        self,
        exc: BaseException,
        doing: str,
        *,
        unknown: str | None = None,
        unauthorized: str | None = None,
        url: str | None = None,
    ) -> FootprintError:
        if isinstance(exc, FootprintError):
            return exc
        from atproto_client import exceptions as atx

        url = url or self.service
        host = where_of(url)
        response = getattr(exc, "response", None)
        if not isinstance(exc, atx.RequestErrorBase) or response is None:
            return network_error(exc, url, self.policy.timeout)
        status = response.status_code
        content = response.content
        error = getattr(content, "error", None) or ""
        detail = getattr(content, "message", None) or error or ""
        if error in _ACCOUNT_STATES:
            return ConnectorError(redact(f"{doing}: the account {_ACCOUNT_STATES[error]}"))
        if isinstance(exc, atx.RateLimitExceededError):
            wait = f"; try again in {exc.retry_after:.0f} s" if exc.retry_after else "; try again later"
            tries = self.policy.attempts
            return ConnectorError(redact(f"{doing}: {host} keeps refusing with 429 rate limit after {tries} tries{wait}"))
        if status in (401, 403):
            return ConnectorError(redact(unauthorized or f"{doing}: {host} requires a login ({status} {detail})".strip()))
        lowered = detail.lower()
        if status == 400 and unknown and (
            error in ("NotFound", "RepoNotFound", "ActorNotFound") or "not found" in lowered or "unable to resolve" in lowered
        ):
            return ConnectorError(redact(unknown))
        if status == 404 and unknown:
            return ConnectorError(redact(unknown))
        if status >= 500:
            tries = self.policy.attempts
            return ConnectorError(redact(f"{doing}: {host} failed with {status} after {tries} tries; try again later"))
        return ConnectorError(redact(f"{doing}: {host} answered {status} {detail}".strip()))


# ---------------------------------------------------------------------------- helpers


def _actor(account: str) -> str:
    """A handle or DID from what a person types: `@pat.bsky.social`, a DID, a bsky.app link."""
    text = account.strip()
    if text.startswith(("https://", "http://")):
        parts = [unquote(p) for p in urlsplit(text).path.split("/") if p]
        if len(parts) >= 2 and parts[0] == "profile":
            text = parts[1]
    text = text.lstrip("@")
    if not text or any(c.isspace() for c in text) or "/" in text:
        raise ConnectorError(f"not a Bluesky handle or DID: {account!r}")
    return text if text.startswith("did:") else text.lower()


def _positive(value: str | None, default: int, name: str) -> int:
    if value in (None, ""):
        return default
    try:
        number = int(value)
    except ValueError:
        raise ConnectorError(f"option {name} must be a whole number, not {value!r}") from None
    if number < 1:
        raise ConnectorError(f"option {name} must be at least 1")
    return number


def _iso(value: Any) -> str | None:
    # One fixed width, so that times compare correctly as text (and survive the JSON state).
    parsed = loose_iso_time(value)
    return parsed.strftime("%Y-%m-%dT%H:%M:%S.%fZ") if parsed else None


def _sort_time(entry: dict[str, Any]) -> str | None:
    """When the entry sits in the feed: the repost time, else the earlier of created and indexed
    (the AppView sorts posts that way), as comparable UTC ISO text."""
    reason = entry.get("reason")
    if isinstance(reason, dict) and reason.get("$type") == REASON_REPOST:
        return _iso(reason.get("indexedAt"))
    post = dict_field(entry, "post")
    record = dict_field(post, "record")
    times = [t for t in (_iso(record.get("createdAt")), _iso(post.get("indexedAt"))) if t]
    return min(times) if times else None


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) else None


def _post(did: str, post: dict[str, Any]) -> Item | Skipped:
    """The person's own post, with the fields the CAR importer gives the same record."""
    uri: str = post["uri"]
    record = post.get("record")
    if not isinstance(record, dict) or record.get("$type") not in (POST, None):
        return Skipped(uri, "feed entry whose record is not a post")
    rkey = uri.rsplit("/", 1)[-1]
    return post_item(
        did, uri, rkey, record, raw=record,
        like_count=_count(post.get("likeCount")), repost_count=_count(post.get("repostCount")),
    )


def _repost(did: str, post: dict[str, Any], reason: dict[str, Any]) -> Item:
    target: str = post["uri"]
    repost_uri = reason.get("uri")
    if not isinstance(repost_uri, str) or not repost_uri.startswith(f"at://{did}/"):
        # Older AppViews omit the repost record's URI: derive a stable key from what was reposted.
        digest = hashlib.sha256(target.encode()).hexdigest()[:16]
        repost_uri = f"at://{did}/{REPOST}/derived-{digest}"
    author = dict_field(post, "author")
    record = dict_field(post, "record")
    created: datetime | None = loose_iso_time(reason.get("indexedAt"))
    return Item(
        platform=PLATFORM,
        account_id=did,
        native_id=repost_uri,
        kind=ItemKind.REPOST,
        text=target,  # as the export has it: the reposted words are not the person's
        created_at=created,
        url=web_url(target),
        visibility="public",
        raw={
            "$type": REPOST,
            "subject": {"uri": target, "cid": post.get("cid")},
            "reposted": {"author": author.get("handle") or author.get("did"), "text": record.get("text")},
        },
    )


class _BytesSource:
    """The two members of `ArchiveSource` the CAR importer uses, over bytes held in memory."""

    root = "repo.car"

    def __init__(self, data: bytes, display: str) -> None:
        self._data = data
        self.display = display

    def describe(self, name: str) -> str:
        return f"{self.display}:{name}"

    @contextmanager
    def open(self, name: str) -> Iterator[ByteStream]:
        yield io.BytesIO(self._data)
