"""Type-check the installed shape of the package with mypy.

The repository keeps three rooms side by side (footprint/, connectors/, reports/) that install as
one package (`footprint.connectors`, `footprint.reports`, see [tool.setuptools] package-dir).
mypy cannot follow that mapping, so this builds the installed layout out of symbolic links in a
temporary folder and checks it there, with the settings of [tool.mypy] in pyproject.toml.

    python scripts/typecheck.py          # exit status is mypy's
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOMS = {"connectors": ROOT / "connectors", "reports": ROOT / "reports"}


def installed_layout(into: Path) -> Path:
    """`into/footprint` holding links to footprint/'s entries plus connectors and reports."""
    package = into / "footprint"
    package.mkdir()
    for entry in (ROOT / "footprint").iterdir():
        if entry.name != "__pycache__":
            (package / entry.name).symlink_to(entry)
    for name, room in ROOMS.items():
        (package / name).symlink_to(room)
    return package


def main(argv: list[str] | None = None) -> int:
    extra = list(sys.argv[1:] if argv is None else argv)
    with tempfile.TemporaryDirectory(prefix="footprint-typecheck-") as tmp:
        installed_layout(Path(tmp))
        command = [
            sys.executable, "-m", "mypy",
            "--config-file", str(ROOT / "pyproject.toml"),
            "--cache-dir", str(Path(tmp) / ".mypy_cache"),
            "-p", "footprint",
            *extra,
        ]
        return subprocess.run(command, cwd=tmp, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
