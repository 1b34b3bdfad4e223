"""One HTTP policy for every live source: timeouts, a User-Agent that says who is asking,
bounded retries of 429 and 5xx, and one-line errors for everything that goes wrong on the wire.

Two clients share the policy. httpx (the web connector, and atproto, which builds its own
`httpx.Client` from keyword arguments) gets a retrying *transport*, so the retries happen below
the SDK and the SDK only ever sees the final answer. Mastodon.py speaks `requests`, so it gets a
`requests.Session` whose adapter retries with the same numbers through urllib3's `Retry`.

Only idempotent GETs are retried, and only on answers that mean "try again": 429 (waiting what
Retry-After asks, capped so a misconfigured server cannot park the tool for an hour) and
500/502/503/504 (exponential backoff). Network failures are not retried: DNS, TLS and refused
connections do not heal in a second, and a server that timed out once has already cost the
person one full timeout.
"""

from __future__ import annotations

import email.utils
import math
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from footprint import __version__
from footprint.connectors._secrets import redact
from footprint.errors import ConnectorError

USER_AGENT = f"footprint-audit/{__version__} (+self-audit)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How patient a pull is. Defaults suit a person's terminal; tests pass small numbers."""

    timeout: float = 20.0  # seconds for connect, and for each read
    attempts: int = 4  # tries per request, the first included
    backoff: float = 0.5  # first wait after a 5xx; doubles each time
    backoff_max: float = 8.0
    retry_after_cap: float = 30.0  # never wait longer than this on one Retry-After

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before try number `attempt + 1` (attempt counts from 1)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.retry_after_cap)
        return min(self.backoff * 2 ** (attempt - 1), self.backoff_max)


def policy_from_options(options: Mapping[str, str], base: RetryPolicy | None = None) -> RetryPolicy:
    """Read `timeout`, `attempts`, `backoff`, `retry_after_cap` from connector options (strings)."""
    policy = base or RetryPolicy()
    changes: dict[str, Any] = {}
    for name, kind in (("timeout", float), ("attempts", int), ("backoff", float), ("retry_after_cap", float)):
        value = options.get(name)
        if value is None or value == "":
            continue
        try:
            number = kind(value)
        except ValueError:
            raise ConnectorError(f"option {name} must be a number, not {value!r}") from None
        if number < 0 or (name == "attempts" and number < 1) or (name == "timeout" and number == 0):
            raise ConnectorError(f"option {name} is out of range: {value!r}")
        changes[name] = number
    return replace(policy, **changes)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max((when - datetime.now(UTC)).total_seconds(), 0.0)
    return max(seconds, 0.0) if math.isfinite(seconds) else None


# ---------------------------------------------------------------------------- httpx


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport: retries 429/5xx answers to GETs, turns network failures into ConnectorError."""

    def __init__(
        self,
        policy: RetryPolicy,
        inner: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy
        self.inner = inner or httpx.HTTPTransport()
        self.sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as exc:
                raise network_error(exc, str(request.url), self.policy.timeout) from None
            if (
                request.method not in ("GET", "HEAD")
                or response.status_code not in RETRY_STATUSES
                or attempt >= self.policy.attempts
            ):
                return response
            wait = self.policy.delay(attempt, parse_retry_after(response.headers.get("retry-after")))
            # The body must be consumed and the connection released before asking again.
            response.read()
            response.close()
            self.sleep(wait)
            attempt += 1

    def close(self) -> None:
        self.inner.close()


def httpx_options(policy: RetryPolicy, *, verify: bool | ssl.SSLContext = True) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client(...)` (also what atproto's `Request(**kwargs)` takes)."""
    return {
        "timeout": httpx.Timeout(policy.timeout),
        "headers": {"User-Agent": USER_AGENT},
        "transport": RetryTransport(policy, httpx.HTTPTransport(verify=verify)),
    }


def make_client(policy: RetryPolicy | None = None, **extra: Any) -> httpx.Client:
    """The shared `httpx.Client`: policy timeouts and retries, our User-Agent, redirects followed."""
    options = httpx_options(policy or RetryPolicy())
    options.update(extra)
    return httpx.Client(follow_redirects=True, **options)


# ---------------------------------------------------------------------------- requests


def requests_session(policy: RetryPolicy | None = None) -> Any:
    """A `requests.Session` with the same retry policy, for Mastodon.py (which uses requests)."""
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.util.retry import Retry

    policy = policy or RetryPolicy()

    class _CappedRetry(Retry):
        # urllib3 honours Retry-After on 429/503 but without an upper bound.
        def get_retry_after(self, response: Any) -> float | None:
            seconds = super().get_retry_after(response)
            return None if seconds is None else min(seconds, policy.retry_after_cap)

    retries = _CappedRetry(
        total=policy.attempts - 1,
        connect=0,  # network failures are reported, not retried (see the module docstring)
        read=0,
        other=0,
        status=policy.attempts - 1,
        status_forcelist=sorted(RETRY_STATUSES),
        allowed_methods=frozenset({"GET", "HEAD"}),
        backoff_factor=policy.backoff,
        backoff_max=policy.backoff_max,
        respect_retry_after_header=True,
        # Give the last answer back to the caller so Mastodon.py raises its typed error for it.
        raise_on_status=False,
    )
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retries)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    return session


# ---------------------------------------------------------------------------- errors


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, its causes and contexts, and urllib3's `.reason`, each once."""
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for linked in (current.__cause__, current.__context__, getattr(current, "reason", None)):
            if isinstance(linked, BaseException):
                pending.append(linked)
        pending.extend(arg for arg in getattr(current, "args", ()) if isinstance(arg, BaseException))


def where_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


def network_error(exc: BaseException, url: str, timeout: float | None = None) -> ConnectorError:
    """One line saying what went wrong on the wire: DNS, TLS, refused, timeout or other."""
    host = where_of(url)
    chain = list(_chain(exc))
    names = {type(e).__name__ for e in chain}
    text = " ".join(str(e) for e in chain)
    after = f" within {timeout:g} s" if timeout else ""
    if any(isinstance(e, ssl.SSLError) for e in chain) or "SSLError" in names or "CERTIFICATE_VERIFY" in text:
        reason = next((e for e in chain if isinstance(e, ssl.SSLError)), None)
        detail = getattr(reason, "reason", None) or (str(reason) if reason else "handshake failed")
        message = f"secure connection to {host} failed (TLS: {detail}); nothing was fetched"
    elif any(isinstance(e, socket.gaierror) for e in chain) or "NameResolutionError" in names:
        message = f"cannot find the server {host}: its name does not resolve (check the address and your connection)"
    elif any(isinstance(e, ConnectionRefusedError) for e in chain):
        message = f"cannot connect to {host}: connection refused (the server is down or the address is wrong)"
    elif names & {"ConnectTimeout", "ConnectTimeoutError"}:
        message = f"{host} did not accept a connection{after} (timed out)"
    elif names & {"ReadTimeout", "ReadTimeoutError", "WriteTimeout", "PoolTimeout", "TimeoutException", "Timeout"} or any(
        isinstance(e, TimeoutError) for e in chain
    ):
        message = f"{host} did not answer{after} (timed out)"
    else:
        first = next((str(e) for e in chain if str(e)), type(exc).__name__)
        message = f"network error talking to {host}: {first}"
    return ConnectorError(redact(message))
