"""Tokens and app passwords for live pulls: read from the environment or the system keyring,
held in memory for the run only, and scrubbed from any message the tool prints.

Nothing here writes a secret anywhere. The database, reports and logs never receive one; a
server that echoes the token back in an error body is caught by `redact`, which every
connector error message passes through, and one that echoes it in what it serves (a display
name, a post, any field of the raw answer) is caught by `redact_record`, which every live
connector applies to each record before it leaves the connector.

Keyring (optional): `pip install footprint-audit[keyring]`, then for example
`keyring set footprint-audit mastodon:@pat@social.example` (or just `mastodon` for any account).
"""

from __future__ import annotations

import dataclasses
import os
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")

KEYRING_SERVICE = "footprint-audit"
REDACTED = "[redacted]"
# Secrets read during this run; redaction looks for each of them. Too-short values would make
# redaction mangle ordinary words, and no real token or app password is that short.
_KNOWN: set[str] = set()
_MIN_SECRET = 6


def get_secret(env_var: str, *, platform: str, account: str | None = None) -> str | None:
    """The secret from `env_var`, else from the keyring (`platform:account`, then `platform`)."""
    value = os.environ.get(env_var, "").strip()
    if not value:
        value = _from_keyring(platform, account) or ""
    if not value:
        return None
    remember(value)
    return value


def remember(value: str) -> None:
    """Register a secret obtained elsewhere (a session token) so messages never show it."""
    if len(value) >= _MIN_SECRET:
        _KNOWN.add(value)


def redact(text: str) -> str:
    """`text` with every secret seen in this run replaced by a marker."""
    for secret in sorted(_KNOWN, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def redact_record(record: T) -> T:
    """`record` (a frozen dataclass of footprint.records) with every secret seen in this run
    replaced in each text field, in nested records (media references) and anywhere in `raw`
    or `state`, keys included. The same object when no secret is known or none is found."""
    if not _KNOWN or not dataclasses.is_dataclass(record) or isinstance(record, type):
        return record
    changes: dict[str, Any] = {}
    for spec in dataclasses.fields(record):
        value = getattr(record, spec.name)
        cleaned = _redact_value(value)
        if cleaned is not value:
            changes[spec.name] = cleaned
    return dataclasses.replace(record, **changes) if changes else record


def _redact_value(value: Any) -> Any:
    if isinstance(value, Enum) or value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return redact(value)  # the same object when nothing matched
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return redact_record(value)
    if isinstance(value, (dict, list, tuple)):
        return _redact_tree(value)
    return value


def _redact_tree(value: dict[Any, Any] | list[Any] | tuple[Any, ...]) -> Any:
    """A copy of a decoded JSON-like tree with secrets redacted in strings and keys, or the
    tree itself when nothing changed. Iterative: a server's answer may nest deep."""
    changed = False
    root: list[Any] = [None]
    stack: list[tuple[Any, Any, Any]] = [(value, root, 0)]
    while stack:
        current, parent, slot = stack.pop()
        if isinstance(current, dict):
            copy: dict[Any, Any] = {}
            parent[slot] = copy
            for key, child in current.items():
                clean_key = redact(key) if isinstance(key, str) else key
                changed = changed or clean_key is not key
                copy[clean_key] = None
                stack.append((child, copy, clean_key))
        elif isinstance(current, (list, tuple)):
            items: list[Any] = [None] * len(current)
            parent[slot] = items
            stack.extend((child, items, index) for index, child in enumerate(current))
        elif isinstance(current, str):
            cleaned = redact(current)
            changed = changed or cleaned is not current
            parent[slot] = cleaned
        elif dataclasses.is_dataclass(current) and not isinstance(current, type):
            nested = redact_record(current)
            changed = changed or nested is not current
            parent[slot] = nested
        else:
            parent[slot] = current
    if not changed:
        return value
    # Tuples (media references) come back as tuples, as the record's type says.
    return tuple(root[0]) if isinstance(value, tuple) else root[0]


def _from_keyring(platform: str, account: str | None) -> str | None:
    try:
        import keyring
    except ImportError:
        return None
    names = [f"{platform}:{account}", platform] if account else [platform]
    for name in names:
        try:
            value = keyring.get_password(KEYRING_SERVICE, name)
        except Exception:  # noqa: BLE001 - no backend, locked store...: the keyring is optional
            return None
        if value:
            return value.strip()
    return None


# Keys under which an export could hold a credential. Compared folded (lower case, letters and
# digits only), so "Password", "api_key" and "x-auth-token" all match. No real export the tool
# reads keeps one in a file it reads, but an export is data the tool does not control, and the
# database and reports must never hold a password.
_SECRET_KEY_PARTS = ("password", "passwd", "passphrase", "secret", "token", "apikey", "accesskey", "privatekey",
                     "credential", "cookie", "sessionid", "recoverycode", "backupcode", "authorization", "otpseed")
_SECRET_KEYS = frozenset({"pin", "pincode", "otp", "totp", "pwd", "pass"})


def is_secret_key(key: object) -> bool:
    if not isinstance(key, str):
        return False
    folded = "".join(ch for ch in key.casefold() if ch.isalnum())
    return folded in _SECRET_KEYS or any(part in folded for part in _SECRET_KEY_PARTS)


# Where `scrub` puts a cleaned value: a key of a copied object or an index of a copied list.
_Container = list[object] | dict[object, object]


def _place(parent: _Container, slot: object, value: object) -> None:
    if isinstance(parent, dict):
        parent[slot] = value
    else:
        assert isinstance(slot, int)  # list items are pushed with their index
        parent[slot] = value


def scrub(value: object) -> object:
    """A copy of a decoded JSON-like value with the value of every credential-like key replaced
    by a marker (iterative: the value may be deep), and known run secrets redacted in strings."""

    def clean(item: object) -> object:
        if isinstance(item, str):
            return redact(item) if _KNOWN else item
        return item

    if not isinstance(value, (dict, list, tuple)):
        return clean(value)
    root: list[object] = [None]
    stack: list[tuple[object, _Container, object]] = [(value, root, 0)]
    while stack:
        current, parent, slot = stack.pop()
        if isinstance(current, dict):
            copy: dict[object, object] = {}
            _place(parent, slot, copy)
            for key, child in current.items():
                if is_secret_key(key) and child not in (None, "", [], {}):
                    copy[key] = REDACTED
                else:
                    copy[key] = None
                    stack.append((child, copy, key))
        elif isinstance(current, (list, tuple)):
            items: list[object] = [None] * len(current)
            _place(parent, slot, items)
            stack.extend((child, items, index) for index, child in enumerate(current))
        else:
            _place(parent, slot, clean(current))
    return root[0]

