"""What the connectors ask of a stream of bytes: `read`, and nothing else.

An export member arrives as a zip or tar member stream, a plain file, or a view of one (a
stream guarded against damage or deep nesting, a stream with the bytes already sniffed put
back in front). None of them needs to seek, so none is asked to.
"""

from __future__ import annotations

from typing import Protocol


class ByteStream(Protocol):
    def read(self, size: int = -1, /) -> bytes:
        """At most `size` bytes (all that is left when `size` is negative); b"" at the end."""
        ...
