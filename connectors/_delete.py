"""What deleting one post can come to, shared by the platforms that offer a deletion API.

A deleter (`mastodon_delete.py`, `bluesky_delete.py`) asks for one deletion at a time and says
how it went by raising one of these; `footprint.clean` decides what follows: wait and ask again
(`TryAgain`), list the post as failed and go on (`DeleteFailed`), or stop asking this platform
(`StopPlatform`). Every message is one line and has been through `_secrets.redact`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Protocol

from footprint.errors import ConnectorError


class DeleteFailed(ConnectorError):
    """This post was not deleted; the others go on."""


class NotFound(DeleteFailed):
    """The platform does not know the post (404): gone already, or not on this server."""


class Unreachable(DeleteFailed):
    """The request did not get an answer (DNS, refused, TLS, timeout)."""


class TryAgain(DeleteFailed):
    """Worth asking again: a rate limit (`rate_limited`) or a failing server (5xx). `wait` is
    what the server asked for (Retry-After, or the end of its rate-limit window), if it said."""

    def __init__(self, message: str, *, wait: float | None = None, rate_limited: bool = False) -> None:
        super().__init__(message)
        self.wait = wait
        self.rate_limited = rate_limited


class StopPlatform(ConnectorError):
    """Asking again for any post of this account is pointless (the token was revoked, the
    login refused): this post and the rest are listed as not deleted."""


@dataclass(frozen=True)
class AccountRef:
    """Whose posts are deleted: the account's native id (a Mastodon actor URI, a Bluesky DID),
    its handle when known, and for Mastodon the server to ask."""

    platform: str
    native_id: str
    handle: str | None = None
    server: str | None = None


@dataclass(frozen=True)
class Budget:
    """What the last answer said of the rate limit: requests left, and when (epoch seconds)
    the window starts again."""

    remaining: int | None = None
    reset: float | None = None


class PostDeleter(Protocol):
    platform: ClassVar[str]

    def open(self, account: AccountRef) -> str:
        """Log in as `account` and check the credentials are that account's; return how to
        name it in messages. ConnectorError (one line) when it cannot."""
        ...

    def delete(self, native_id: str) -> None:
        """Delete one post of the opened account, or raise one of the errors above."""
        ...

    def budget(self) -> Budget: ...

    def close(self) -> None: ...
