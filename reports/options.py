"""What every renderer is made with: one options object, whatever the format.

A renderer ignores what does not concern it (the CSV and JSON files are not translated), so the
pipeline builds every format the same way instead of knowing which one needs what.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RenderOptions:
    """`language`: "en" or "fr", the language of the report's own words (HTML). `template_dir`:
    a folder of templates to use instead of the shipped ones (HTML)."""

    language: str = "en"
    template_dir: Path | None = None
