"""Deleting the person's own Mastodon statuses through Mastodon.py, for `footprint clean --yes`.

`DELETE /api/v1/statuses/:id` with a user token (FOOTPRINT_MASTODON_TOKEN or the keyring; it
needs the `write:statuses` scope). Before the first deletion the token's account is read
(`GET /api/v1/accounts/verify_credentials`) and must be the account that wrote the posts: a
token for another account deletes nothing. A boost is the account's own status, so deleting it
undoes the boost and leaves the boosted post alone.

Mastodon allows 30 deletions per 30 minutes per account and says where a window stands in
`X-RateLimit-Remaining` and `X-RateLimit-Reset`, which `budget()` passes on; Mastodon.py runs in
"throw" mode (its own waiting is unbounded), so a 429 becomes `TryAgain` with the wait the
server asked for, and `footprint.clean` waits it out.
"""

from __future__ import annotations

import re
import time
from typing import Any, ClassVar
from urllib.parse import urlsplit

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
    network_error,
    parse_retry_after,
    policy_from_options,
    requests_session,
    where_of,
)
from footprint.connectors._secrets import get_secret, redact
from footprint.errors import ConnectorError

PLATFORM = "mastodon"
TOKEN_ENV = "FOOTPRINT_MASTODON_TOKEN"
# Mastodon ids are numbers; other servers of the network (GoToSocial) use ULIDs. Anything else
# read from an export must never reach the request path (`../accounts/...`).
_STATUS_ID = re.compile(r"[0-9A-Za-z]{1,64}")


class MastodonDeleter:
    platform: ClassVar[str] = PLATFORM

    def __init__(self, options: dict[str, str] | None = None, *, client: Any | None = None) -> None:
        self.options = dict(options or {})
        self.policy: RetryPolicy = policy_from_options(self.options)
        self._api: Any = client
        self._session: Any = None
        self._headers: Any = {}
        self._host = ""
        self._has_token = False

    def open(self, account: AccountRef) -> str:
        base = (self.options.get("base_url") or account.server or _server_of(account.native_id)).rstrip("/")
        self._host = where_of(base)
        named = f"@{account.handle}" if account.handle else account.native_id
        token = get_secret(TOKEN_ENV, platform=PLATFORM, account=named)
        if not token:
            raise ConnectorError(
                f"no Mastodon token for {named}: set {TOKEN_ENV} (or the keyring entry "
                f"'footprint-audit {PLATFORM}') to a token of that account with the write:statuses scope"
            )
        self._has_token = True
        if self._api is None:
            self._api = self._client(base, token)
        try:
            me = self._api.account_verify_credentials()
        except Exception as exc:  # noqa: BLE001 - every failure becomes one line
            raise self._open_error(exc) from None
        if not _same_account(me, account):
            who = f"@{me.get('acct') or me.get('username')}@{self._host}"
            raise ConnectorError(
                redact(f"the Mastodon token is for {who}, not for {named}: none of {named}'s posts were deleted")
            )
        return f"{named} on {self._host}"

    def _client(self, base: str, token: str) -> Any:
        from mastodon import Mastodon

        self._session = requests_session(self.policy)
        # Mastodon.py keeps X-RateLimit-* but not Retry-After: the last answer's headers are
        # kept here so a 429 is waited out as long as the server asked.
        self._session.hooks["response"].append(self._keep_headers)
        return Mastodon(
            api_base_url=base,
            access_token=token,
            ratelimit_method="throw",
            request_timeout=self.policy.timeout,
            session=self._session,
            user_agent=USER_AGENT,
            version_check_mode="none",
        )

    def _keep_headers(self, response: Any, *_args: Any, **_kwargs: Any) -> Any:
        self._headers = response.headers
        return response

    def delete(self, native_id: str) -> None:
        if not _STATUS_ID.fullmatch(native_id):
            raise DeleteFailed(f"{native_id!r} is not a Mastodon status id; delete it by hand")
        self._headers = {}
        try:
            self._api.status_delete(native_id)
        except Exception as exc:  # noqa: BLE001 - sorted into what clean does next
            raise self._delete_error(exc) from None

    def budget(self) -> Budget:
        api = self._api
        remaining = getattr(api, "ratelimit_remaining", None)
        reset = getattr(api, "ratelimit_reset", None)
        return Budget(
            remaining if isinstance(remaining, int) else None,
            float(reset) if isinstance(reset, (int, float)) else None,
        )

    def close(self) -> None:
        if self._session is not None:
            self._session.close()

    # ------------------------------------------------------------------ errors

    def _open_error(self, exc: BaseException) -> ConnectorError:
        from mastodon import errors as mx

        if isinstance(exc, mx.MastodonNetworkError):
            return network_error(exc, f"https://{self._host}", self.policy.timeout)
        status, detail = _status(exc)
        if status == 401:
            return ConnectorError(redact(f"the Mastodon token was refused by {self._host} ({TOKEN_ENV}): {detail}".rstrip(": ")))
        if isinstance(exc, mx.MastodonRatelimitError):
            return ConnectorError(f"cannot check the Mastodon token: {self._host} refuses with 429 rate limit; try again later")
        return ConnectorError(redact(f"cannot check the Mastodon token at {self._host}: answered {status} {detail}".strip()))

    def _delete_error(self, exc: BaseException) -> ConnectorError:
        from mastodon import errors as mx

        host = self._host
        if isinstance(exc, mx.MastodonNetworkError):
            return Unreachable(str(network_error(exc, f"https://{host}", self.policy.timeout)))
        if isinstance(exc, mx.MastodonRatelimitError):
            return TryAgain(f"{host} refuses with 429 rate limit", wait=self._wait(), rate_limited=True)
        status, detail = _status(exc)
        if status == 404:
            return NotFound(f"not found on {host} (404): already deleted, or not a status of this server")
        if status == 401:
            return StopPlatform(redact(f"the Mastodon token was refused by {host} ({TOKEN_ENV}): {detail}".rstrip(": ")))
        if status == 403:
            return DeleteFailed(redact(f"{host} refuses to delete it (403): {detail or 'not allowed with this token'}"))
        if isinstance(exc, mx.MastodonServerError) or (status is not None and status >= 500):
            return TryAgain(f"{host} failed with {status}")
        if status is not None:
            return DeleteFailed(redact(f"{host} answered {status} {detail}".strip()))
        return DeleteFailed(redact(f"{type(exc).__name__}: {exc}"))

    def _wait(self) -> float | None:
        asked = parse_retry_after(self._headers.get("Retry-After") if self._headers else None)
        if asked is not None:
            return asked
        reset = self.budget().reset
        return max(reset - time.time(), 0.0) if reset is not None else None


def _status(exc: BaseException) -> tuple[int | None, str]:
    """The HTTP status and the server's words from a Mastodon.py error."""
    args = [*getattr(exc, "args", ()), None, None, None, None]
    status = args[1] if isinstance(args[1], int) else None
    detail = " ".join(str(args[3] or args[2] or "").split())
    return status, detail


def _server_of(actor: str) -> str:
    """The server of an actor URI (`https://social.example/users/pat`): where its API lives."""
    parts = urlsplit(actor)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise ConnectorError(f"cannot tell the Mastodon server of {actor!r}: give --base-url")
    return f"{parts.scheme}://{parts.netloc}"


def _same_account(me: Any, account: AccountRef) -> bool:
    """Whether the token's account (verify_credentials) is the one that wrote the posts: the
    actor URI when the server gives it, else the user name on the actor's server."""
    uri = me.get("uri")
    if isinstance(uri, str) and uri:
        return uri == account.native_id
    username = str(me.get("username") or "")
    host = urlsplit(account.native_id).hostname or ""
    return bool(username) and account.handle is not None and account.handle.lower() == f"{username}@{host}".lower()
