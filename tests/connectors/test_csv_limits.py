"""CSV rows too large to be a real export's (issue #13, item 9): a LinkedIn Shares.csv whose one
cell is tens of megabytes, on one line or on many. A row is capped at 16 M characters, as one X
record is, and the cap is checked while lines are fed to the CSV reader, so the cell is never
built whole. The import is refused in one line naming the file, and nothing is written."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from footprint import pipeline
from footprint.connectors import ArchiveSource, _csv
from footprint.connectors.linkedin import LinkedInArchive
from footprint.errors import SourceFormatError
from footprint.records import Item
from footprint.store import Store
from tests.connectors.test_linkedin import LINK, SHARES_HEADER
from tests.helpers import dump

CAP = 16 * 2**20  # characters, as _jsstream.MAX_ELEMENT_CHARS



def shares_with_a_huge_cell(folder: Path, chars: int, *, line: str) -> Path:
    """Shares.csv with an ordinary post, then one whose commentary is `chars` characters made of
    `line` repeated (a line ending in "\\n" spreads the quoted cell over many lines); written in
    pieces so the test itself never holds the cell."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "Shares.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("\ufeff" + SHARES_HEADER)
        out.write(f"2024-03-01 12:00:00,{LINK.format(101)},Bonjour à tous 👋,,,PUBLIC\n")
        out.write(f'2024-03-02 12:00:00,{LINK.format(102)},"')
        piece = line * (2**20 // len(line))
        written = 0
        while written < chars:
            out.write(piece)
            written += len(piece)
        out.write('",,,PUBLIC\n')
        out.write(f"2024-03-03 12:00:00,{LINK.format(103)},Après le gros billet,,,PUBLIC\n")
    return folder


def read(folder: Path) -> list[object]:
    with ArchiveSource(folder) as source:
        importer = LinkedInArchive()
        return [r for root in importer.find_roots(source) for r in importer.iter_records(source, root)]


@pytest.mark.parametrize("line", ["x" * 64, "Une ligne de texte 🍁 répétée\n"], ids=["one-line", "many-lines"])
def test_a_cell_past_the_cap_is_refused_before_it_is_built(tmp_path: Path, line: str) -> None:
    folder = shares_with_a_huge_cell(tmp_path / "export", CAP + 2**20, line=line)
    tracemalloc.start()
    try:
        with pytest.raises(SourceFormatError, match=r"Shares\.csv: holds a single row of more than 16 M characters"):
            read(folder)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Refused once 16 M characters are held: the csv reader keeps a cell at four bytes a
    # character, so at most 4 x 16 M (plus a line or two) - never the doubled buffer the
    # 17 M-character cell needs (8 x 16 M), nor the cell as a string on top.
    assert peak < 5 * CAP, f"peak {peak:,} bytes"


def test_a_cell_just_under_the_cap_is_read_whole(tmp_path: Path) -> None:
    line = "Réflexion 🍁 sur la fonction publique\n"
    folder = shares_with_a_huge_cell(tmp_path / "export", CAP - 2 * 2**20, line=line)
    items = [r for r in read(folder) if isinstance(r, Item)]
    assert [len(i.text) > 13 * 2**20 for i in items] == [False, True, False]
    assert items[1].text.startswith(line) and items[2].text == "Après le gros billet"


def test_a_refused_export_leaves_the_database_as_it_was(registered: None, store: Store, db_path: Path,
                                                        tmp_path: Path) -> None:
    small = shares_with_a_huge_cell(tmp_path / "petit", 10, line="court ")
    pipeline.import_paths(store, [small])
    before = dump(db_path, ("accounts", "items"))
    big = shares_with_a_huge_cell(tmp_path / "gros", CAP + 1, line="y" * 100)
    with pytest.raises(SourceFormatError, match="gros/Shares.csv"):
        pipeline.import_paths(store, [big])
    assert dump(db_path, ("accounts", "items")) == before


def test_the_count_starts_again_for_each_row(tmp_path: Path) -> None:
    """Many rows of ordinary size add up to far more than the cap without being refused."""
    folder = tmp_path / "export"
    folder.mkdir()
    cell = "Un billet ordinaire, ni long ni court. " * 1000  # 39,000 characters
    rows = [f'2024-03-01 12:00:00,{LINK.format(1000 + n)},"{cell}{n}",,,PUBLIC\n' for n in range(500)]
    (folder / "Shares.csv").write_text(SHARES_HEADER + "".join(rows), encoding="utf-8")
    with ArchiveSource(folder) as source:
        assert sum(1 for _ in _csv.iter_rows(source, "Shares.csv")) == 500
    assert _csv.MAX_ROW_CHARS == CAP
