"""Role profiles that are not role profiles (issue #13, item 9): TOML nested tens of thousands of
levels deep (tomllib recurses), a huge file, an endless one. Each is one line naming the file,
exit 2, and the database is not touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from footprint.errors import ConfigError
from footprint.role import MAX_PROFILE_BYTES, RoleProfile
from tests.hostile.harness import invoke
from tests.hostile.test_faults import assert_one_line


def nested_array(depth: int) -> str:
    return 'organization = "ESDC"\nclassification = "EC-05"\nniveaux = ' + "[" * depth + "]" * depth + "\n"


def nested_tables(depth: int) -> str:
    return "public_facing = true\nt = " + "{ a = " * depth + '"Fonction publique"' + " }" * depth + "\n"


@pytest.mark.parametrize("text", [nested_array(50_000), nested_tables(50_000)], ids=["array", "inline-table"])
def test_a_50000_deep_profile_is_one_line_through_the_command(tmp_path: Path, text: str) -> None:
    profile = tmp_path / "rôle.toml"
    profile.write_text(text, encoding="utf-8")
    db = tmp_path / "footprint.db"
    outcome = invoke(["scan", "--db", str(db), "--profile", str(profile), "-q"])
    assert_one_line(outcome, "rôle.toml: ")
    assert "RecursionError" not in outcome.output and "internal error" not in outcome.output


@pytest.mark.parametrize("text", [nested_array(2_000), nested_tables(1_000)], ids=["array", "inline-table"])
def test_deep_nesting_within_the_size_limit_is_refused_as_nesting(tmp_path: Path, text: str) -> None:
    profile = tmp_path / "role.toml"
    profile.write_text(text, encoding="utf-8")
    assert len(text.encode()) <= MAX_PROFILE_BYTES
    with pytest.raises(ConfigError, match=r"role\.toml: not a role profile: values nested hundreds of levels deep$"):
        RoleProfile.load(profile)


def test_a_huge_or_endless_file_is_refused_after_reading_its_start(tmp_path: Path) -> None:
    big = tmp_path / "gros.toml"
    big.write_text('organization = "ESDC"\n' + "# commentaire répété 🍁\n" * 20_000, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"gros\.toml: larger than 64 KB"):
        RoleProfile.load(big)
    with pytest.raises(ConfigError, match=r"/dev/zero: larger than 64 KB"):
        RoleProfile.load(Path("/dev/zero"))


def test_a_real_profile_still_loads(tmp_path: Path) -> None:
    profile = tmp_path / "role.toml"
    profile.write_text('\ufefforganization = "Emploi et Développement social Canada"\nclassification = "EC-05"\n'
                       'public_facing = false\ntarget_classification = "EX-01"\nlanguage = "fr"\n', encoding="utf-8")
    role = RoleProfile.load(profile)
    assert role.organization == "Emploi et Développement social Canada" and role.language == "fr"
    assert role.target_classification == "EX-01"
