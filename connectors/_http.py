"""One HTTP policy for every live source: timeouts, a User-Agent that says who is asking,
bounded retries of 429 and 5xx, and one-line errors for everything that goes wrong on the wire.

Two clients share the policy. httpx (the web connector, and atproto, which builds its own
`httpx.Client` from keyword arguments) gets a retrying *transport*, so the retries happen below
the SDK and the SDK only ever sees the final answer. Mastodon.py speaks `requests`, so it gets a
`requests.Session` whose adapter retries with the same numbers through urllib3's `Retry`.

Every try of a request also has an overall deadline (`RetryPolicy.deadline`), from connecting to
the last byte of the body: the per-read timeout alone lets a server that sends one byte a
second hold a request for as long as it likes. httpx has no such limit, so the transport's
connections go through a network backend whose every connect, read and write is given at most
the time left (`_DeadlineBackend`).

Only idempotent GETs are retried, and only on answers that mean "try again": 429 (waiting what
Retry-After asks, capped so a misconfigured server cannot park the tool for an hour) and
500/502/503/504 (exponential backoff). Network failures are not retried: DNS, TLS and refused
connections do not heal in a second, and a server that timed out once has already cost the
person one full timeout.
"""

from __future__ import annotations

import email.utils
import math
import os
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

from footprint import __version__
from footprint.connectors._secrets import redact
from footprint.errors import ConnectorError

USER_AGENT = f"footprint-audit/{__version__} (+self-audit)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Overrides the default deadline of every request, for a person on a very slow link (or a test).
DEADLINE_ENV = "FOOTPRINT_HTTP_DEADLINE"


@dataclass(frozen=True)
class RetryPolicy:
    """How patient a pull is. Defaults suit a person's terminal; tests pass small numbers."""

    timeout: float = 20.0  # seconds for connect, and for each read
    deadline: float = 60.0  # seconds for one whole try: connect, headers and body
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
    """Read `timeout`, `deadline`, `attempts`, `backoff`, `retry_after_cap` from connector options
    (strings); `deadline` falls back to $FOOTPRINT_HTTP_DEADLINE."""
    policy = base or RetryPolicy()
    changes: dict[str, Any] = {}
    numbers = (("timeout", float), ("deadline", float), ("attempts", int), ("backoff", float), ("retry_after_cap", float))
    for name, kind in numbers:
        value = options.get(name)
        if (value is None or value == "") and name == "deadline":
            value = os.environ.get(DEADLINE_ENV)
        if value is None or value == "":
            continue
        try:
            number = kind(value)
        except ValueError:
            raise ConnectorError(f"option {name} must be a number, not {value!r}") from None
        if not math.isfinite(number) or number < 0 or (name == "attempts" and number < 1) or (
            name in ("timeout", "deadline") and number == 0
        ):
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


# ---------------------------------------------------------------------------- deadline


class DeadlineExceeded(httpcore.ReadTimeout):
    """The whole answer did not arrive within the deadline (httpx reports it as a ReadTimeout)."""


class TooSlow(ConnectorError):
    """A server that kept a request past its deadline (a live source can stop there)."""


def past_deadline(exc: BaseException) -> bool:
    """True when `exc` (an httpx error, as raised while streaming a body) is the deadline's."""
    return any(isinstance(e, DeadlineExceeded) for e in _chain(exc))


class _Deadline(threading.local):
    """When the try in progress on this thread must be over (monotonic seconds), if set."""

    until: float | None = None
    seconds: float = 0.0

    def start(self, seconds: float) -> None:
        self.seconds = seconds
        self.until = time.monotonic() + seconds

    def bound(self, timeout: float | None) -> float | None:
        """`timeout` shortened to the time left; DeadlineExceeded when none is left."""
        if self.until is None:
            return timeout
        left = self.until - time.monotonic()
        if left <= 0:
            raise DeadlineExceeded(f"the whole answer did not arrive within {self.seconds:g} s")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def _call(self, action: Callable[[float | None], Any], timeout: float | None) -> Any:
        bounded = self._deadline.bound(timeout)
        try:
            return action(bounded)
        except (httpcore.ReadTimeout, httpcore.WriteTimeout, httpcore.ConnectTimeout):
            if bounded != timeout:  # the deadline, not the per-read timeout, ran out
                raise DeadlineExceeded(f"the whole answer did not arrive within {self._deadline.seconds:g} s") from None
            raise

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._call(lambda t: self._inner.read(max_bytes, t), timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._call(lambda t: self._inner.write(buffer, t), timeout)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._call(lambda t: self._inner.start_tls(ssl_context, server_hostname, t), timeout)
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's own socket backend, with every operation bounded by the try's deadline."""

    def __init__(self, inner: httpcore.NetworkBackend, deadline: _Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        bounded = self._deadline.bound(timeout)
        stream = self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(path, self._deadline.bound(timeout), socket_options)
        return _DeadlineStream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def deadline_transport(verify: bool | ssl.SSLContext = True) -> tuple[httpx.HTTPTransport, _Deadline]:
    """httpx's transport with its connections bounded by a per-thread deadline.

    httpx offers no way to hand httpcore a network backend, so the pool's backend is wrapped in
    place (`_network_backend`, the attribute httpcore's pools read when they open a
    connection); tests/connectors/test_http_deadline.py fails if a new httpcore moves it.
    """
    transport = httpx.HTTPTransport(verify=verify)
    deadline = _Deadline()
    pool = getattr(transport, "_pool", None)
    inner = getattr(pool, "_network_backend", None)
    if pool is not None and isinstance(inner, httpcore.NetworkBackend):
        pool._network_backend = _DeadlineBackend(inner, deadline)
    return transport, deadline


# ---------------------------------------------------------------------------- httpx


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport: retries 429/5xx answers to GETs, turns network failures into ConnectorError.

    Each try starts the deadline of `deadline` (from `deadline_transport`), which then bounds
    every read of that answer, including the body the caller streams afterwards.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        inner: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        deadline: _Deadline | None = None,
    ) -> None:
        self.policy = policy
        self.inner = inner or httpx.HTTPTransport()
        self.sleep = sleep
        self.deadline = deadline

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            if self.deadline is not None:
                self.deadline.start(self.policy.deadline)
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
    transport, deadline = deadline_transport(verify)
    return {
        "timeout": httpx.Timeout(policy.timeout),
        "headers": {"User-Agent": USER_AGENT},
        "transport": RetryTransport(policy, transport, deadline=deadline),
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
    retry_after_cap = policy.retry_after_cap

    class _CappedRetry(Retry):
        # urllib3 honours Retry-After on 429/503 but without an upper bound.
        def get_retry_after(self, response: Any) -> float | None:
            seconds = super().get_retry_after(response)
            return None if seconds is None else min(seconds, retry_after_cap)

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
    elif deadline := next((e for e in chain if isinstance(e, DeadlineExceeded)), None):
        return TooSlow(redact(f"{url} is too slow: {deadline}"))
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
