"""Mastodon, live, through Mastodon.py: `footprint pull mastodon @user@server`.

Looks the account up (`GET /api/v1/accounts/lookup`), then pages through its statuses
(`GET /api/v1/accounts/:id/statuses`, newest first, following the `Link: rel="next"` header,
which carries `max_id`). Public statuses need no token where the server allows it; a user token
(FOOTPRINT_MASTODON_TOKEN or the keyring) also shows followers-only posts. `--base-url` points
at the server when it is not at the handle's domain (another port, a test server).

Items are keyed as the Mastodon archive importer keys them (`mastodon_archive.py`), so a post
seen in an archive and in a pull is one item: account = the actor URI (`account.uri`), native
id = the status id (the last segment of the status URI, for the account's own server), a boost
is its own status whose text is the boosted post's URI (the boosted words are someone else's,
kept in `raw`), the content warning leads the text, poll options follow it, and direct messages
are skipped unread.

Incremental: the SyncPoint keeps the newest status id. The next pull asks with `since_id` and
stops at the first page that reaches it, so only newer statuses are fetched.

Rate limits: Mastodon.py runs with `ratelimit_method="throw"`, because its "wait" mode ignores
Retry-After and may sleep up to five minutes per call without bound. Retries of 429 (honouring
Retry-After, capped) and 5xx happen in the requests session (`_http.requests_session`); when
`X-RateLimit-Remaining` reaches 0 the pull waits for the reset if that is within the cap, and
otherwise stops with a message saying when to come back.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import unquote, urlsplit

from footprint.connectors._http import (
    USER_AGENT,
    RetryPolicy,
    network_error,
    policy_from_options,
    requests_session,
    where_of,
)
from footprint.connectors._mastodon import bio_and_website, status_text
from footprint.connectors._secrets import get_secret, redact, redact_record
from footprint.connectors._values import int_or_none, iso_time, text_or_none
from footprint.connectors.base import ApiConnector
from footprint.errors import ConnectorError, FootprintError
from footprint.records import Item, ItemKind, MediaRef, Profile, Record, Skipped, SyncPoint

PLATFORM = "mastodon"
TOKEN_ENV = "FOOTPRINT_MASTODON_TOKEN"
PAGE_SIZE = 40  # the API's maximum for statuses
_VISIBILITY = {"public": "public", "unlisted": "unlisted", "private": "followers-only", "direct": "direct"}
_MEDIA_KIND = {"image": "photo", "gifv": "video", "video": "video", "audio": "audio"}


class MastodonApi(ApiConnector):
    name: ClassVar[str] = "mastodon"
    platform: ClassVar[str] = PLATFORM
    title: ClassVar[str] = "Mastodon, live (@user@server; --base-url for another address)"

    def __init__(self, *, client: object | None = None, **options: str) -> None:
        super().__init__(client=client, **options)
        self.policy: RetryPolicy = policy_from_options(options)
        self.base_url = (options.get("base_url") or "").rstrip("/") or None
        max_pages = options.get("max_pages") or "2500"
        try:
            self.max_pages = max(int(max_pages), 1)
        except ValueError:
            raise ConnectorError(f"option max_pages must be a whole number, not {max_pages!r}") from None
        self._truncated = False
        self._has_token = False
        self._where = ""

    # ------------------------------------------------------------------ pull

    def iter_records(self, account: str, since: Mapping[str, Any] | None) -> Iterator[Record]:
        # A server can echo the token (or app password) back in anything it serves: each record
        # is cleaned before it leaves the connector, as error messages are.
        for record in self._pull(account, since):
            yield redact_record(record)

    def _pull(self, account: str, since: Mapping[str, Any] | None) -> Iterator[Record]:
        username, domain = _parse_account(account)
        base = self.base_url or f"https://{domain}"
        self._where = where_of(base)
        token = get_secret(TOKEN_ENV, platform=PLATFORM, account=f"@{username}@{domain}")
        self._has_token = token is not None
        api, session = self._api(base, token)
        try:
            found = self._call(
                lambda: api.account_lookup(f"{username}@{domain}"),
                f"cannot look up @{username}@{domain}",
                unknown=f"unknown Mastodon account @{username}@{domain} on {self._where}",
            )
            acct = str(found.get("acct") or "")
            if "@" in acct:
                # The server knows the account only as a remote copy: its statuses there are
                # whatever happened to federate, not the person's history.
                raise ConnectorError(
                    f"@{username}@{domain} is not hosted on {self._where}; use --base-url with its home server"
                )
            if found.get("suspended"):
                raise ConnectorError(f"the Mastodon account @{username}@{domain} is suspended")
            profile = _profile(found, username, domain)
            yield profile

            account_id = found["id"]
            state = since or {}
            same_account = str(state.get("account_id")) == str(account_id)
            since_id = int_or_none(state.get("newest_id")) if same_account else None
            newest = since_id
            self._truncated = False
            for status in self._statuses(api, account_id, since_id):
                status_id = int_or_none(status.get("id"))
                if status_id is None:
                    yield Skipped(f"mastodon:{account}", "status without an id")
                    continue
                if newest is None or status_id > newest:
                    newest = status_id
                yield _item(status, profile.native_id)
            if self._truncated:
                yield Skipped(
                    f"mastodon:{account}",
                    f"stopped after {self.max_pages} pages of statuses: older ones not read (the archive export has them all)",
                )
                newest = since_id  # not advancing the mark: a gap would otherwise never be filled
            yield SyncPoint(
                connector=self.name,
                account=account,
                state={
                    "account_id": str(account_id),
                    "newest_id": str(newest) if newest is not None else None,
                    "base_url": base,
                },
            )
        finally:
            if session is not None:
                session.close()

    def _api(self, base: str, token: str | None) -> tuple[Any, Any]:
        if self.client is not None:
            return self.client, None
        from mastodon import Mastodon

        session = requests_session(self.policy)
        api = Mastodon(
            api_base_url=base,
            access_token=token,
            ratelimit_method="throw",
            request_timeout=self.policy.timeout,
            session=session,
            user_agent=USER_AGENT,
            version_check_mode="none",  # no instance call before the first real one
        )
        return api, session

    def _statuses(self, api: Any, account_id: Any, since_id: int | None) -> Iterator[Mapping[str, Any]]:
        page = self._call(
            lambda: api.account_statuses(account_id, limit=PAGE_SIZE, since_id=since_id),
            "cannot read the statuses",
            unknown="the account's statuses are not available (404)",
        )
        for _number in range(self.max_pages):
            if not page:
                return
            reached = False
            for status in page:
                status_id = int_or_none(status.get("id"))
                if since_id is not None and status_id is not None and status_id <= since_id:
                    reached = True  # the "next" link has dropped since_id: older ones follow
                    continue
                yield status
            if reached:
                return
            self._respect_rate_limit(api)
            current = page
            page = self._call(lambda: api.fetch_next(current), "cannot read the next page of statuses")
        if page:
            self._truncated = True

    def _respect_rate_limit(self, api: Any) -> None:
        remaining = getattr(api, "ratelimit_remaining", None)
        reset = getattr(api, "ratelimit_reset", None)
        if not isinstance(remaining, int) or remaining > 0 or not isinstance(reset, (int, float)):
            return
        wait = reset - time.time()
        if wait <= 0:
            return
        if wait > self.policy.retry_after_cap:
            when = datetime.fromtimestamp(reset, UTC).strftime("%H:%M UTC")
            raise ConnectorError(f"{self._where} rate limit used up; nothing was saved, pull again after {when}")
        time.sleep(wait)

    # ------------------------------------------------------------------ errors

    def _call(self, action: Any, doing: str, *, unknown: str | None = None) -> Any:
        try:
            return action()
        except FootprintError:
            raise
        except Exception as exc:  # noqa: BLE001 - every failure becomes one line
            raise self._error(exc, doing, unknown) from None

    def _error(self, exc: BaseException, doing: str, unknown: str | None) -> ConnectorError:
        from mastodon import errors as mx

        host = self._where
        if isinstance(exc, mx.MastodonNetworkError):
            return network_error(exc, f"https://{host}", self.policy.timeout)
        if isinstance(exc, mx.MastodonRatelimitError):
            tries = self.policy.attempts
            return ConnectorError(f"{doing}: {host} keeps refusing with 429 rate limit after {tries} tries; try again later")
        if isinstance(exc, mx.MastodonAPIError):
            args = list(exc.args) + [None] * 4
            status = args[1] if isinstance(args[1], int) else None
            detail = str(args[3] or args[2] or "").strip()
            if status == 401:
                message = (
                    f"the Mastodon token was refused by {host} ({TOKEN_ENV}): {detail}"
                    if self._has_token
                    else f"{doing}: {host} requires a login; set {TOKEN_ENV} to a token of your account"
                )
            elif status == 403:
                message = f"{doing}: {host} refuses access (403): the account is private or hidden from this viewer"
            elif status == 410:
                message = f"{doing}: the account is gone or suspended on {host} (410)"
            elif status == 404 and unknown:
                message = unknown
            elif isinstance(exc, mx.MastodonServerError) or (status and status >= 500):
                message = f"{doing}: {host} failed with {status} after {self.policy.attempts} tries; try again later"
            else:
                message = f"{doing}: {host} answered {status} {detail}".strip()
            return ConnectorError(redact(message))
        return ConnectorError(redact(f"{doing}: {type(exc).__name__}: {exc}"))


# ---------------------------------------------------------------------------- helpers


def _parse_account(account: str) -> tuple[str, str]:
    """(username, domain) from `@pat@social.example`, `pat@social.example` or a profile link."""
    text = account.strip()
    if text.startswith(("https://", "http://")):
        parts = urlsplit(text)
        segments = [unquote(s) for s in parts.path.split("/") if s]
        name = segments[0] if segments else ""
        if name == "users" and len(segments) > 1:  # the actor URI form
            name = segments[1]
        name = name.lstrip("@")
        if not name or not parts.hostname:
            raise ConnectorError(f"not a Mastodon profile link: {account!r}")
        return name.split("@")[0], parts.hostname
    pieces = text.lstrip("@").split("@")
    if len(pieces) != 2 or not all(pieces) or any(c.isspace() or c == "/" for c in text):
        raise ConnectorError(f"not a Mastodon account: {account!r} (write it as @user@server)")
    return pieces[0], pieces[1].lower()


def _plain(value: Any) -> Any:
    """A Mastodon.py object as plain JSON-able data (ids and dates as text, as the API sent them)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items() if not str(k).startswith("_")}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, bool) or value is None or isinstance(value, (str, float)):
        return value
    if isinstance(value, int):
        return value
    return str(value)


def _profile(account: Mapping[str, Any], username: str, domain: str) -> Profile:
    bio, website = bio_and_website(
        account.get("note"),
        [(f.get("name"), f.get("value")) for f in account.get("fields") or [] if isinstance(f, Mapping)],
    )
    page = text_or_none(account.get("url"))
    actor = text_or_none(account.get("uri")) or page or f"https://{domain}/users/{username}"
    host = urlsplit(actor).hostname or domain
    return Profile(
        platform=PLATFORM,
        native_id=actor,  # the actor URI, as the archive names the account
        handle=f"{account.get('username') or username}@{host}",
        display_name=text_or_none(account.get("display_name")),
        bio=bio,
        website=website,
        avatar=text_or_none(account.get("avatar")),
        banner=text_or_none(account.get("header")),
        followers=int_or_none(account.get("followers_count")),
        following=int_or_none(account.get("following_count")),
        created_at=iso_time(account.get("created_at")),
        url=page,
        raw=_plain(account),
    )


def _media(status: Mapping[str, Any]) -> tuple[MediaRef, ...]:
    refs = []
    for attachment in status.get("media_attachments") or []:
        if not isinstance(attachment, Mapping):
            continue
        url = text_or_none(attachment.get("url")) or text_or_none(attachment.get("remote_url"))
        refs.append(
            MediaRef(
                kind=_MEDIA_KIND.get(str(attachment.get("type")), "document"),
                url=url,
                native_id=str(attachment["id"]) if attachment.get("id") is not None else None,
            )
        )
    return tuple(refs)


def _item(status: Mapping[str, Any], account_id: str) -> Item | Skipped:
    status_id = str(status["id"])
    visibility = _VISIBILITY.get(str(status.get("visibility")), str(status.get("visibility") or "")) or None
    if visibility == "direct":
        # Not the message text: the skipped list is shown in reports.
        return Skipped(f"mastodon:{account_id}", "not audited: direct message (private)", detail=f"status {status_id}")
    raw = {k: v for k, v in _plain(status).items() if k != "account"}  # the profile is stored once
    created = iso_time(status.get("created_at"))
    reblog = status.get("reblog")
    if isinstance(reblog, Mapping):
        boosted = text_or_none(reblog.get("uri")) or text_or_none(reblog.get("url")) or ""
        return Item(
            platform=PLATFORM,
            account_id=account_id,
            native_id=status_id,
            kind=ItemKind.REPOST,
            text=boosted,  # as the archive has it: the boosted words are someone else's
            created_at=created,
            url=boosted or None,
            visibility=visibility,
            raw=raw,
        )
    poll = status.get("poll")
    options = (
        [text_or_none(o.get("title")) for o in poll.get("options") or [] if isinstance(o, Mapping)]
        if isinstance(poll, Mapping)
        else []
    )
    text = status_text(text_or_none(status.get("content")), options, status.get("spoiler_text"))
    reply_to = None
    if status.get("in_reply_to_id") is not None:
        if str(status.get("in_reply_to_account_id")) == str((status.get("account") or {}).get("id")):
            # A thread of the person's own: the parent's URI is theirs, as the archive writes it.
            reply_to = f"{account_id}/statuses/{status['in_reply_to_id']}"
    quote = status.get("quote")
    quoted = quote.get("quoted_status") if isinstance(quote, Mapping) else None
    quote_of = text_or_none(quoted.get("uri")) if isinstance(quoted, Mapping) else None
    if status.get("in_reply_to_id") is not None:
        kind = ItemKind.REPLY
    elif quote_of:
        kind = ItemKind.QUOTE
    else:
        kind = ItemKind.POST
    return Item(
        platform=PLATFORM,
        account_id=account_id,
        native_id=status_id,
        kind=kind,
        text=text,
        created_at=created,
        url=text_or_none(status.get("url")) or text_or_none(status.get("uri")),
        language=text_or_none(status.get("language")),
        visibility=visibility,
        like_count=int_or_none(status.get("favourites_count")),
        repost_count=int_or_none(status.get("reblogs_count")),
        reply_to=reply_to,
        quote_of=quote_of,
        raw=raw,
        media=_media(status),
    )
