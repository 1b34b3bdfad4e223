"""Errors the tool reports to people as one line, never as a traceback.

    FootprintError            base: message is a complete, one-line sentence
    ├── ConfigError           a profile or settings file is unreadable or invalid
    ├── InputError            an archive or file the person gave cannot be read
    │   └── SourceFormatError the file opened but its content is not what its format promises
    ├── StoreError            the database cannot be opened, upgraded or written
    ├── BaselineError         a decisions baseline file is unreadable or from a newer version
    └── ConnectorError        a live source failed (auth, rate limit, network)

Each carries the path or source it concerns so the CLI can name it; exit code 2 for all.
"""

from __future__ import annotations

import re

# Characters that must never reach a terminal or a log as they are: C0/C1 controls (a newline
# in a file name would break "one line"; an escape sequence could rewrite the screen), the
# bidirectional overrides and isolates that can make "gpj.exe" read "exe.jpg" (Trojan Source),
# and lone surrogates (bytes of a file name that are not UTF-8), which no UTF-8 output can hold.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with control, bidi-override and undecodable characters written as escapes."""
    return _INVISIBLE.sub(_escape, text)


class FootprintError(Exception):
    """Base class: `str(err)` is a one-line message fit for the terminal."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        one_line = visible(" ".join(message.split()))
        super().__init__(f"{visible(path)}: {one_line}" if path else one_line)


class ConfigError(FootprintError):
    pass


class InputError(FootprintError):
    pass


class SourceFormatError(InputError):
    pass


class StoreError(FootprintError):
    pass


class BaselineError(FootprintError):
    pass


class ConnectorError(FootprintError):
    pass
