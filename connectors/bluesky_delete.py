"""Deleting the person's own Bluesky posts and reposts through atproto, for `footprint clean --yes`.

Logs in with an app password (FOOTPRINT_BLUESKY_APP_PASSWORD or the keyring) at `--service`,
else the bsky.social entryway (which hands over to the account's PDS), as `pull` does. The
session's DID must be the DID that wrote the posts: an app password for another account
deletes nothing. Each post goes with `com.atproto.repo.deleteRecord` on the person's own
repository, and only for a post or a repost record (`app.bsky.feed.post`,
`app.bsky.feed.repost`): deleting a repost record undoes the repost and leaves the reposted
post alone. deleteRecord is idempotent ("delete, or ensure it does not exist"), so asking
again after a failed answer is safe.

The PDS counts a deletion as 1 point of 5,000 an hour and says where the window stands in
`ratelimit-remaining` and `ratelimit-reset`, which `budget()` passes on; the app password and
the session tokens stay in memory for the run and are redacted from every message.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from footprint.connectors._delete import (
    AccountRef,
    Budget,
    DeleteFailed,
    NotFound,
    StopPlatform,
    TryAgain,
    Unreachable,
)
from footprint.connectors._http import (
    USER_AGENT,
    RetryPolicy,
    httpx_options,
    network_error,
    policy_from_options,
    where_of,
)
from footprint.connectors._secrets import get_secret, redact, remember
from footprint.connectors.bluesky_api import ENTRYWAY, PASSWORD_ENV
from footprint.errors import ConnectorError, FootprintError

PLATFORM = "bluesky"
DELETABLE = frozenset({"app.bsky.feed.post", "app.bsky.feed.repost"})
# The record key syntax of the atproto spec ("." and ".." are not keys).
_RKEY = re.compile(r"[A-Za-z0-9._:~-]{1,512}")


class BlueskyDeleter:
    platform: ClassVar[str] = PLATFORM

    def __init__(self, options: dict[str, str] | None = None) -> None:
        self.options = dict(options or {})
        self.policy: RetryPolicy = policy_from_options(self.options)
        self.service = (self.options.get("service") or ENTRYWAY).rstrip("/")
        self._client: Any = None
        self._did = ""
        self._budget = Budget()

    def open(self, account: AccountRef) -> str:
        from atproto_client import Client
        from atproto_client.request import Request

        identifier = account.handle or account.native_id
        password = get_secret(PASSWORD_ENV, platform=PLATFORM, account=identifier)
        if not password:
            raise ConnectorError(
                f"no Bluesky app password for {identifier}: set {PASSWORD_ENV} (or the keyring entry "
                f"'footprint-audit {PLATFORM}') to an app password of that account"
            )
        request = Request(**httpx_options(self.policy))
        request.add_additional_header("User-Agent", USER_AGENT)
        self._client = Client(base_url=self.service, request=request)
        try:
            self._client.login(identifier, password, fetch_bsky_profile=False)
        except Exception as exc:  # noqa: BLE001 - every failure becomes one line
            raise self._login_error(exc) from None
        session = getattr(self._client, "_session", None)
        for token in (getattr(session, "access_jwt", None), getattr(session, "refresh_jwt", None)):
            if isinstance(token, str):
                remember(token)
        self._did = str(getattr(session, "did", "") or "")
        if self._did != account.native_id:
            raise ConnectorError(
                f"the Bluesky app password logs in as {self._did or 'another account'}, not as {identifier} "
                f"({account.native_id}): none of its posts were deleted"
            )
        return f"{identifier} ({where_of(self.service)})"

    def delete(self, native_id: str) -> None:
        from atproto_client import models

        collection, rkey = self._parts(native_id)
        data = models.ComAtprotoRepoDeleteRecord.Data(repo=self._did, collection=collection, rkey=rkey)
        try:
            response = self._client.invoke_procedure(
                "com.atproto.repo.deleteRecord", data=data, input_encoding="application/json",
                output_encoding="application/json",
            )
        except Exception as exc:  # noqa: BLE001 - sorted into what clean does next
            raise self._delete_error(exc) from None
        self._budget = _budget(getattr(response, "headers", None))

    def _parts(self, native_id: str) -> tuple[str, str]:
        """(collection, record key) of an `at://` URI in the opened account's repository."""
        prefix = f"at://{self._did}/"
        if not native_id.startswith(prefix):
            raise DeleteFailed(f"{native_id!r} is not a record of {self._did}; it is left alone")
        collection, _, rkey = native_id[len(prefix):].partition("/")
        if collection not in DELETABLE:
            raise DeleteFailed(f"{collection!r} records are not posts or reposts; it is left alone")
        if rkey.startswith("derived-"):
            raise DeleteFailed("the repost's record key is unknown (it came from an older AppView); undo it in the app")
        if not _RKEY.fullmatch(rkey) or rkey in (".", ".."):
            raise DeleteFailed(f"{rkey!r} is not a record key; delete it in the app")
        return collection, rkey

    def budget(self) -> Budget:
        return self._budget

    def close(self) -> None:
        if self._client is not None:
            self._client.request.close()

    # ------------------------------------------------------------------ errors

    def _login_error(self, exc: BaseException) -> FootprintError:
        if isinstance(exc, FootprintError):
            return exc
        from atproto_client import exceptions as atx

        host = where_of(self.service)
        response = getattr(exc, "response", None)
        if not isinstance(exc, atx.RequestErrorBase) or response is None:
            return network_error(exc, self.service, self.policy.timeout)
        status = response.status_code
        if status in (400, 401, 403):
            return ConnectorError(f"the Bluesky app password was refused by {host} ({PASSWORD_ENV})")
        if status == 429:
            return ConnectorError(f"cannot log in to {host}: too many logins (429 rate limit); try again later")
        return ConnectorError(redact(f"cannot log in to {host}: answered {status} {_detail(response)}".strip()))

    def _delete_error(self, exc: BaseException) -> ConnectorError:
        from atproto_client import exceptions as atx

        host = where_of(self.service)
        if isinstance(exc, ConnectorError):  # the transport's own one-line network errors
            return Unreachable(str(exc))
        response = getattr(exc, "response", None)
        if not isinstance(exc, atx.RequestErrorBase) or response is None:
            return Unreachable(str(network_error(exc, self.service, self.policy.timeout)))
        status = response.status_code
        detail = _detail(response)
        if isinstance(exc, atx.RateLimitExceededError):
            wait = exc.retry_after
            if wait is None and exc.reset_at is not None:
                wait = max(exc.reset_at.timestamp() - _now(), 0.0)
            return TryAgain(f"{host} refuses with 429 rate limit", wait=wait, rate_limited=True)
        if status == 401 or (status == 400 and "ExpiredToken" in detail):
            return StopPlatform(redact(f"{host} no longer accepts the session ({status} {detail})".strip()))
        if status == 404:
            return NotFound(f"not found on {host} (404)")
        if status >= 500:
            return TryAgain(f"{host} failed with {status}")
        return DeleteFailed(redact(f"{host} answered {status} {detail}".strip()))


def _detail(response: Any) -> str:
    content = getattr(response, "content", None)
    error = getattr(content, "error", None) or (content.get("error") if isinstance(content, dict) else None) or ""
    message = getattr(content, "message", None) or (content.get("message") if isinstance(content, dict) else None) or ""
    return " ".join(f"{error}: {message}".strip(": ").split())


def _budget(headers: Any) -> Budget:
    if not headers:
        return Budget()

    def number(name: str) -> int | None:
        try:
            return int(headers.get(name))
        except (TypeError, ValueError):
            return None

    reset = number("ratelimit-reset")
    return Budget(number("ratelimit-remaining"), float(reset) if reset is not None else None)


def _now() -> float:
    import time

    return time.time()
