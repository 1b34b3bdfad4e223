"""The analyses an audit's workers made ahead, held compactly until the scan takes them.

A dict of item id -> (digest, findings) cost about 110 bytes for a subject with nothing to say
and 1.7 KB for one with findings (measured at 100k posts), so 500,000 analyses ahead held about
150 MB: most of an audit's peak at a million posts. Here the ids and digests of subjects that
arrive in increasing id order (an import writes new rows in that order) sit in two flat arrays,
17 bytes each, and what a subject said stays as the bytes the worker pickled (a few hundred
bytes) until the scan takes it. Anything else (a row rewritten with an older id, a key that is
not an int) goes to a small dict. `nbytes` estimates what is held, so the hand-over can be
bounded by memory rather than by a count of subjects.
"""

from __future__ import annotations

import pickle
from array import array
from bisect import bisect_left
from collections.abc import Hashable
from typing import Any

# Estimated bytes held per analysis beyond the flat arrays' 17: the dict slot and the bytes
# object of one that said something, or the dict entry and boxed ints of one kept by key.
_SAID_OVERHEAD = 120
_KEYED_OVERHEAD = 150

# What a subject with findings or rule errors said: (its findings as tuples, its rule errors).
Said = tuple[tuple[tuple[Any, ...], ...], tuple[tuple[str, str], ...]]


def pack(findings: tuple[tuple[Any, ...], ...], errors: tuple[tuple[str, str], ...]) -> bytes:
    """What a worker sends back for a subject analyzed ahead (pickled there, on its core)."""
    return pickle.dumps((findings, errors), protocol=pickle.HIGHEST_PROTOCOL)


class AheadAnalyses:
    """Analyses by key: the digest of the subject analyzed and, when it said something, the
    packed findings. Each is taken at most once."""

    def __init__(self) -> None:
        self._keys = array("q")
        self._digests = array("q")
        self._taken = bytearray()
        self._packed: dict[int, bytes] = {}  # position in the arrays -> what that subject said
        self._keyed: dict[Hashable, tuple[int, bytes | None]] = {}
        self.nbytes = 0  # estimated, of all added (the arrays keep what was taken until the end)
        self.added = 0
        self.count = 0

    def __len__(self) -> int:
        """How many analyses are held and not yet taken."""
        return self.count

    def add(self, key: Hashable, digest: int, packed: bytes | None) -> None:
        if type(key) is int and (not self._keys or key > self._keys[-1]) and -(2**63) <= key < 2**63:
            if packed is not None:
                self._packed[len(self._keys)] = packed
                self.nbytes += len(packed) + _SAID_OVERHEAD
            self._keys.append(key)
            self._digests.append(digest)
            self._taken.append(0)
            self.nbytes += 17
        else:
            # A key seen again (a post rewritten by a later export of the same audit) is kept
            # here, and looked up first: the latest analysis wins, as it would in a dict.
            self._keyed[key] = (digest, packed)
            self.nbytes += _KEYED_OVERHEAD + (len(packed) if packed is not None else 0)
        self.added += 1
        self.count += 1

    def take(self, key: Hashable) -> tuple[int, Said | None] | None:
        """(digest, what was said; None: nothing) for `key`, once; None if it was not analyzed."""
        found = self._keyed.pop(key, None) if self._keyed else None
        if found is not None:
            digest, packed = found
        else:
            if type(key) is not int or not self._keys:
                return None
            at = bisect_left(self._keys, key)
            if at == len(self._keys) or self._keys[at] != key or self._taken[at]:
                return None
            self._taken[at] = 1
            digest, packed = self._digests[at], self._packed.pop(at, None)
        self.count -= 1
        return digest, (None if packed is None else pickle.loads(packed))
