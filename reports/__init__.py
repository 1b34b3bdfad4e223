"""Renderers turn a frozen `ReportData` into a file; `context.build_report` makes that data."""

from __future__ import annotations

from functools import lru_cache
from typing import IO, Any, ClassVar, Protocol

from footprint.registry import Registry
from footprint.reports.context import ReportData, build_report
from footprint.reports.options import RenderOptions


class Renderer(Protocol):
    name: ClassVar[str]
    extension: ClassVar[str]

    def __init__(self, options: RenderOptions | None = None) -> None: ...

    def render(self, report: ReportData, out: IO[str]) -> None: ...


def _builtin_renderers() -> tuple[type[Renderer], ...]:
    # Imported when a report is written: a scan that only counts findings (`context`) never
    # pays for Jinja and the four renderers.
    from footprint.reports.csv_report import CsvRenderer
    from footprint.reports.html_report import HtmlRenderer
    from footprint.reports.json_report import JsonRenderer
    from footprint.reports.md_report import MarkdownRenderer

    return (HtmlRenderer, JsonRenderer, CsvRenderer, MarkdownRenderer)


def __getattr__(name: str) -> Any:
    if name == "BUILTIN_RENDERERS":
        return _builtin_renderers()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "BUILTIN_RENDERERS",
    "RenderOptions",
    "Renderer",
    "ReportData",
    "build_report",
    "get_renderer",
    "make_renderer",
    "renderer_registry",
]


@lru_cache(maxsize=1)
def renderer_registry() -> Registry[type[Renderer]]:
    registry: Registry[type[Renderer]] = Registry("footprint.renderers", key=lambda r: r.name)
    registry.register_all(_builtin_renderers())
    registry.load_entry_points()
    return registry


def get_renderer(name: str) -> type[Renderer]:
    return renderer_registry().get(name)


def make_renderer(name: str, options: RenderOptions | None = None) -> Renderer:
    """The renderer of format `name`, made with `options` (every format takes the same)."""
    return get_renderer(name)(options)
