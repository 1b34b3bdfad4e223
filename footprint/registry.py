"""Built-ins and third-party plugins register the same way: a name, checked for clashes.

Third parties add entry points in the groups `footprint.connectors`, `footprint.rules` and
`footprint.renderers`; built-ins are listed in a tuple beside their package. A duplicate name is
refused at load time rather than silently shadowing another plugin.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib.metadata import entry_points
from typing import Generic, TypeVar

from footprint.errors import ConfigError

T = TypeVar("T")

# How each group is named to a person, and where its members are listed: an unknown name gets
# "no rule XYZ123; `footprint rules` lists them", not the name of an entry-point group.
PLAIN_NAMES: dict[str, tuple[str, str]] = {
    "footprint.rules": ("rule", "`footprint rules` lists them"),
    "footprint.connectors": ("export format", "`footprint connectors` lists them"),
    "footprint.api_connectors": ("live source", ""),
    "footprint.renderers": ("report format", ""),
}


class Registry(Generic[T]):
    def __init__(self, group: str, key: Callable[[T], str]) -> None:
        self.group = group
        self._key = key
        self._items: dict[str, T] = {}

    def register(self, item: T) -> T:
        name = self._key(item)
        if name in self._items and self._items[name] is not item:
            raise ConfigError(f"two {self.group} plugins are both named {name!r}")
        self._items[name] = item
        return item

    def register_all(self, items: Iterable[T]) -> None:
        for item in items:
            self.register(item)

    def load_entry_points(self) -> None:
        for entry in entry_points(group=self.group):
            loaded = entry.load()
            for item in loaded if isinstance(loaded, (list, tuple)) else [loaded]:
                self.register(item)

    def get(self, name: str) -> T:
        try:
            return self._items[name]
        except KeyError:
            raise ConfigError(self.unknown(name)) from None

    def unknown(self, name: str) -> str:
        """The one-line message for a name nothing is registered under."""
        from footprint.errors import visible

        noun, listed_by = PLAIN_NAMES.get(self.group, (f"{self.group} plugin", ""))
        return f"no {noun} {visible(name)}; {listed_by or 'known: ' + ', '.join(self)}"

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._items))

    def values(self) -> list[T]:
        return [self._items[name] for name in self]

    def __len__(self) -> int:
        return len(self._items)
