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


class FootprintError(Exception):
    """Base class: `str(err)` is a one-line message fit for the terminal."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        one_line = " ".join(message.split())
        super().__init__(f"{path}: {one_line}" if path else one_line)


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
