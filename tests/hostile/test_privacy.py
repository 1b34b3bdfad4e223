"""Privacy: what the tool writes is readable by the person only, a password or token never lands
in the database, a report, a log or an error message, and nothing but a pull talks to the network.

(Whether the HTML report makes a request when opened is checked in Chromium by
tests/reports/test_browser.py.)
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import socket
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.exports import (
    mastodon_actor,
    mastodon_archive,
    tiktok_export,
    write_folder,
    x_account,
    x_archive,
    x_tweet,
)
from tests.hostile.harness import Outcome, invoke

FLAGGED = "Vote Conservative this election and donate to the Liberal Party!"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask(request: pytest.FixtureRequest) -> Iterator[None]:
    previous = os.umask(request.param)
    try:
        yield
    finally:
        os.umask(previous)


def ok(outcome: Outcome, codes: tuple[int, ...] = (0,)) -> Outcome:
    assert outcome.crashed is None, outcome.crashed
    assert outcome.exit_code in codes, outcome.output
    return outcome


# ---------------------------------------------------------------------------- file modes


@pytest.mark.parametrize("umask", [0o022, 0o000], indirect=True, ids=["umask-022", "umask-000"])
def test_data_folder_database_reports_and_baselines_are_private(
    umask: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "home" / ".local" / "share" / "footprint-audit"
    monkeypatch.setenv("FOOTPRINT_DATA_DIR", str(data))
    archive = write_folder(tmp_path / "x", x_archive([x_tweet(text=FLAGGED)]))
    ok(invoke(["import", str(archive), "-q"]))
    ok(invoke(["scan", "--exit-zero", "-q"]))
    assert mode(data) == 0o700
    assert mode(data / "footprint.db") == 0o600

    out = tmp_path / "out"
    out.mkdir()
    existing = out / "report.json"
    existing.write_text("{}")
    existing.chmod(0o644)  # an older report someone left world-readable
    for fmt in ("html", "json", "csv", "md"):
        ok(invoke(["report", "--format", fmt, "-o", str(out / f"report.{fmt}"), "-q"]))
        assert mode(out / f"report.{fmt}") == 0o600, fmt
    ok(invoke(["baseline", "export", str(out / "baseline.json"), "-q"]))
    assert mode(out / "baseline.json") == 0o600
    assert sorted(p.name for p in out.iterdir()) == ["baseline.json", "report.csv", "report.html", "report.json",
                                                     "report.md"], "a temporary file was left behind"


def test_a_report_never_writes_through_a_planted_temporary_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOOTPRINT_DATA_DIR", str(tmp_path / "data"))
    ok(invoke(["import", str(write_folder(tmp_path / "x", x_archive())), "-q"]))
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    out = tmp_path / "out"
    out.mkdir()
    (out / ".report.html.tmp").symlink_to(victim)  # the name the report writer once used
    ok(invoke(["report", "-o", str(out / "report.html"), "-q"]))
    assert victim.read_text() == "untouched"


# ---------------------------------------------------------------------------- secrets


def _plant(tmp_path: Path) -> tuple[list[str], list[Path]]:
    """Secrets in the environment and in password-like fields of three exports."""
    planted = {name: f"S3cr3t-{name}-{secrets.token_hex(12)}" for name in
               ("mastodon-token", "bluesky-password", "x-password", "x-token", "mastodon-key", "tiktok-password")}
    account = x_account(password=planted["x-password"], authToken=planted["x-token"],
                        accountDisplayName="Pat Example", email="pat.example@hrsdc-rhdcc.gc.ca")
    x = write_folder(tmp_path / "in" / "x", x_archive([x_tweet(text=FLAGGED)], account=account))
    actor = mastodon_actor(privateKeyPem=planted["mastodon-key"], name="Pat")
    mastodon = write_folder(tmp_path / "in" / "m", mastodon_archive(actor=actor))
    tiktok = write_folder(tmp_path / "in" / "t", tiktok_export(profile={"userName": "pat.example",
                                                                         "password": planted["tiktok-password"]}))
    return list(planted.values()), [x, mastodon, tiktok]


def test_planted_secrets_reach_no_database_report_log_or_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    values, archives = _plant(tmp_path)
    monkeypatch.setenv("FOOTPRINT_MASTODON_TOKEN", values[0])
    monkeypatch.setenv("FOOTPRINT_BLUESKY_APP_PASSWORD", values[1])
    caplog.set_level(logging.DEBUG)  # every library logger too: SQLAlchemy would log parameters
    data = tmp_path / "data"
    monkeypatch.setenv("FOOTPRINT_DATA_DIR", str(data))
    out = tmp_path / "out"
    out.mkdir()
    outputs = [
        ok(invoke(["import", *map(str, archives)])),
        ok(invoke(["scan"]), (0, 1)),
        *(ok(invoke(["report", "--format", fmt, "-o", str(out / f"r.{fmt}")])) for fmt in ("html", "json", "csv", "md")),
        ok(invoke(["audit", *map(str, archives), "--force", "-o", str(out / "audit.html")]), (0, 1)),
        ok(invoke(["baseline", "export", str(out / "baseline.json")])),
        ok(invoke(["history"])),
    ]
    assert json.loads((out / "r.json").read_text())["findings"], "the run found nothing: the test proves little"
    texts = {"terminal": "\n".join(o.output for o in outputs), "logs": caplog.text}
    files = [*data.iterdir(), *out.iterdir()]
    for path in files:
        texts[str(path)] = path.read_bytes().decode("utf-8", "replace")
    for value in values:
        for where, text in texts.items():
            assert value not in text, f"a planted secret reached {where}"


def test_a_secret_next_to_broken_json_stays_out_of_the_error(tmp_path: Path) -> None:
    secret = f"pw{secrets.token_hex(4)}"  # short: yajl quotes about 30 bytes around the error
    files = x_archive()
    files["data/account.js"] = (b'window.YTD.account.part0 = [{"account": {"accountId": "1", "password": "'
                                + secret.encode() + b'" oops}}]')
    outcome = invoke(["import", str(write_folder(tmp_path / "x", files)), "--db", str(tmp_path / "f.db"), "-q"])
    assert outcome.crashed is None and outcome.exit_code == 2, outcome.output
    assert "invalid JSON" in outcome.output and secret not in outcome.output


# ---------------------------------------------------------------------------- network


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every way to open a connection raises, and the attempt is recorded."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args[1:] if args and isinstance(args[0], socket.socket) else args)
        raise OSError("network access attempted during a test that forbids it")

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_import_scan_report_and_review_commands_open_no_connection(
    no_network: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOOTPRINT_DATA_DIR", str(tmp_path / "data"))
    archive = write_folder(tmp_path / "x", x_archive([x_tweet(text=FLAGGED)], account=x_account(
        email="pat.example@hrsdc-rhdcc.gc.ca")))
    ok(invoke(["import", str(archive)]))
    ok(invoke(["scan"]), (0, 1))
    for fmt in ("html", "json", "csv", "md"):
        ok(invoke(["report", "--format", fmt, "-o", str(tmp_path / f"r.{fmt}")]))
    finding = json.loads((tmp_path / "r.json").read_text())["findings"][0]["id"]
    ok(invoke(["decide", finding, "confirm"]))
    ok(invoke(["baseline", "export", str(tmp_path / "b.json")]))
    ok(invoke(["baseline", "import", str(tmp_path / "b.json")]))
    ok(invoke(["audit", str(archive), "--force", "-o", str(tmp_path / "a.html")]), (0, 1))
    ok(invoke(["history"]))
    ok(invoke(["rules"]))
    ok(invoke(["connectors"]))
    assert no_network == [], f"connections attempted: {no_network}"
