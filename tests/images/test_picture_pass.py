"""The picture pass of an import (footprint.picture_checks): both cores through worker
processes, each picture read once, OCR only on pictures that look like they hold words, and
the same stored results whatever the number of workers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from footprint import picture_checks
from footprint.pipeline import import_paths
from footprint.store import Store
from tests.factories import tweet, write_x_archive
from tests.images import synth


def _archive(tmp_path: Path) -> Path:
    """Ten distinct pictures (enough for the worker pool): photos, a flag, pages of text."""
    rng = np.random.default_rng(21)
    pictures = [synth.ordinary_photo(rng, (1280, 960), 80) for _ in range(6)]
    pictures += [synth.flag_picture(rng, (1024, 768), 85), synth.maple_logo(rng, (800, 800), 85)]
    pictures += [synth.text_picture(rng, (1200, 900), 85), synth.jpeg(synth.slide(rng, 1280, 720), 85)]
    posts = [tweet(str(1500000000000000100 + i), "Photo du jour 📷", media=[f"p{i}.jpg"]) for i in range(len(pictures))]
    files: dict[str, str | bytes] = {
        f"data/tweets_media/{1500000000000000100 + i}-p{i}.jpg": data for i, data in enumerate(pictures)
    }
    return write_x_archive(tmp_path / "x.zip", posts, as_zip=True, extra_files=files)


def test_workers_store_exactly_what_one_process_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from footprint.images import ocr

    # Without OCR (the workers follow the importer's choice): a second slower. OCR's own
    # gating is the next test.
    monkeypatch.setattr(ocr, "available", lambda: False)
    archive = _archive(tmp_path)
    tables = []
    for workers in ("1", "2"):
        monkeypatch.setenv("FOOTPRINT_PICTURE_WORKERS", workers)
        db = tmp_path / f"w{workers}.db"
        with Store(db) as store:
            (outcome,) = import_paths(store, [archive])
        assert outcome.pictures is not None
        assert (outcome.pictures.read, outcome.pictures.checked, outcome.pictures.unreadable) == (10, 10, [])
        with Store(db) as store, store.connect() as conn:
            tables.append(conn.exec_driver_sql(
                "SELECT sha256, scanner, width, height, format, result, reportable, thumbnail, error FROM pictures ORDER BY sha256"
            ).all())
    assert len(tables[0]) == 10 and tables[0] == tables[1]  # the time each was checked aside


def test_ocr_reads_only_pictures_that_look_like_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from footprint.images import ocr

    monkeypatch.setenv("FOOTPRINT_PICTURE_WORKERS", "1")  # the spy lives in this process
    monkeypatch.setattr(ocr, "available", lambda: True)
    read: list[int] = []

    def fake_read(data: bytes, *args: object, **kwargs: object) -> str:
        read.append(len(data))
        return "Votez pour notre candidate"

    monkeypatch.setattr(ocr, "read_text", fake_read)
    with Store(tmp_path / "f.db") as store:
        (outcome,) = import_paths(store, [_archive(tmp_path)])
        with store.connect() as conn:
            texts = conn.exec_driver_sql("SELECT result FROM pictures WHERE result LIKE '%Votez%'").all()
    assert outcome.pictures is not None and outcome.pictures.checked == 10
    assert len(read) == 2  # the page of text and the slide; not the eight photos, flag and logo
    assert len(texts) == 2


def test_workers_follow_the_setting_and_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOOTPRINT_PICTURE_WORKERS", "3")
    assert picture_checks._workers() == 3
    monkeypatch.setenv("FOOTPRINT_PICTURE_WORKERS", "not a number")
    assert 1 <= picture_checks._workers() <= picture_checks.MAX_WORKERS
    monkeypatch.delenv("FOOTPRINT_PICTURE_WORKERS")
    assert 1 <= picture_checks._workers() <= picture_checks.MAX_WORKERS


def test_a_few_pictures_are_checked_without_starting_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOOTPRINT_PICTURE_WORKERS", "2")
    with picture_checks._Scanner(picture_checks.POOL_FROM - 1, "v") as scanner:
        assert scanner._pool is None
        rng = np.random.default_rng(2)
        (picture,) = scanner.submit("ab" * 32, synth.ordinary_photo(rng, (640, 480), 80))
    assert picture.sha256 == "ab" * 32 and picture.error is None and picture.result["key"].startswith("ab" * 32)


def test_the_scan_workers_are_rested_only_when_the_picture_pool_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOOTPRINT_PICTURE_WORKERS", "2")
    rested: list[str] = []
    with picture_checks._Scanner(picture_checks.POOL_FROM - 1, "v", lambda: rested.append("few")) as scanner:
        assert scanner._pool is None
    assert rested == []
    with picture_checks._Scanner(picture_checks.POOL_FROM, "v", lambda: rested.append("many")) as scanner:
        assert scanner._pool is not None
    assert rested == ["many"]


def test_pictures_wait_for_the_workers_in_a_private_folder_removed_as_they_are_done(monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import stat

    monkeypatch.setenv("FOOTPRINT_PICTURE_WORKERS", "2")
    rng = np.random.default_rng(5)
    pictures = [synth.ordinary_photo(rng, (640, 480), 80) for _ in range(3)]
    with picture_checks._Scanner(picture_checks.POOL_FROM, "v") as scanner:
        spill = scanner._spill
        if spill is None:
            pytest.skip("no /dev/shm here: pictures go through the pool's pipe")
        assert stat.S_IMODE(os.stat(spill).st_mode) & 0o077 == 0  # only this user
        done = []
        for i, data in enumerate(pictures):
            done += scanner.submit(f"{i:064x}", data)
        done += scanner.drain()
        assert os.listdir(spill) == []  # each picture's file goes once its result is back
    assert not os.path.exists(spill)
    assert sorted(p.sha256 for p in done) == [f"{i:064x}" for i in range(3)]
    alone = picture_checks._scanned(picture_checks._scan(f"{0:064x}", pictures[0], "v"))
    assert next(p for p in done if p.sha256 == alone.sha256) == alone
