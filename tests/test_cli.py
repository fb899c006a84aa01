"""The command line as operators and publishers call it (real subprocesses)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from conftest import RAW, assert_one_line_error, run_pipeline

run = run_pipeline


def test_readme_build_command_publishes_with_prefect(tmp_path: Path):
    """`python -m pipeline build --raw raw --output DIR` on Prefect's embedded API, with the
    Prefect home the command chooses itself (DIR/.prefect), as from the README."""
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_HOME", "PREFECT_API_URL")}
    out = tmp_path / "out"
    result = run("build", "--raw", str(RAW), "--output", str(out), env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "events: 23" in result.stdout
    assert "rejects: 0" in result.stdout
    assert "published release 1.0.0" in result.stdout
    assert (out / "latest" / "events.parquet").is_file()
    # The API was served from the build's own process with its home beside the releases:
    # the database schema is migrated once per Prefect version, and every run is on record.
    assert list((out / ".prefect").glob(".migrated-*")), "the migration marker was not written"
    again = run("build", "--raw", str(RAW), "--output", str(out), env=env)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "no change since release 1.0.0" in again.stdout
    with sqlite3.connect(out / ".prefect" / "prefect.db") as db:
        states = db.execute("SELECT state_type FROM flow_run ORDER BY created").fetchall()
    assert states == [("COMPLETED",), ("COMPLETED",)]


def test_missing_raw_folder_is_one_line(tmp_path: Path):
    result = run(
        "build", "--raw", str(tmp_path / "nope"), "--output", str(tmp_path / "out"), "--no-prefect"
    )
    assert_one_line_error(result, "raw folder")


def test_exit_codes_of_help_and_usage_errors():
    """The command ends the process itself (skipping interpreter teardown); it must keep
    argparse's codes: 0 for --help, 2 for a usage error."""
    assert run("--help").returncode == 0
    bad = run("build", "--no-such-option")
    assert bad.returncode == 2
    assert "unrecognized arguments" in bad.stderr


def test_bad_version_is_one_line(tmp_path: Path):
    result = run(
        "build",
        "--raw",
        str(RAW),
        "--output",
        str(tmp_path / "out"),
        "--version",
        "1.0",
        "--no-prefect",
    )
    assert_one_line_error(result, "is not X.Y.Z")


def test_too_many_rejects_is_one_line_and_non_zero(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("no title here")
    result = run("build", "--raw", str(raw), "--output", str(tmp_path / "out"), "--no-prefect")
    assert_one_line_error(result, "--max-reject-share")


@pytest.fixture(scope="module")
def two_releases(tmp_path_factory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("cli")
    raw = tmp / "raw"
    raw.mkdir()
    for name in ("adra-massacre.txt", "bucha-massacre.txt"):
        shutil.copy(RAW / name, raw / name)
    assert (
        run("build", "--raw", str(raw), "--output", str(tmp / "out"), "--no-prefect").returncode
        == 0
    )
    (raw / "bucha-massacre.txt").unlink()
    assert (
        run("build", "--raw", str(raw), "--output", str(tmp / "out"), "--no-prefect").returncode
        == 0
    )
    return tmp / "out" / "releases" / "1.0.0", tmp / "out" / "releases" / "1.1.0"


def test_validate_accepts_a_good_release(two_releases):
    result = run("validate", str(two_releases[1]))
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout


def test_validate_rejects_a_tampered_release(two_releases, tmp_path: Path):
    copy = tmp_path / "copy"
    shutil.copytree(two_releases[1], copy)
    with (copy / "events.csv").open("a") as handle:
        handle.write("x\n")
    result = run("validate", str(copy))
    assert result.returncode == 1
    assert "events.csv does not match its SHA256SUMS checksum" in result.stderr
    assert "Traceback" not in result.stderr


def test_diff_prints_the_changelog(two_releases):
    result = run("diff", str(two_releases[0]), str(two_releases[1]))
    assert result.returncode == 0
    assert "## Events removed (1)" in result.stdout and "bucha-massacre" in result.stdout


def test_bundle_writes_a_zip_with_checksums(two_releases, tmp_path: Path):
    target = tmp_path / "deposit.zip"
    result = run("bundle", str(two_releases[0]), "--to", str(target))
    assert result.returncode == 0, result.stderr
    names = zipfile.ZipFile(target).namelist()
    assert "massacre-events-1.0.0/SHA256SUMS" in names
    assert "massacre-events-1.0.0/events.parquet" in names


def test_dask_runner_gives_the_same_bytes_as_the_default(tmp_path: Path):
    """`--runner dask` on a LocalCluster of 2 workers sharing the flow's API."""
    from pipeline.build import run_build

    result = run(
        "build",
        "--raw",
        str(RAW),
        "--output",
        str(tmp_path / "dask"),
        "--runner",
        "dask",
        "--dask-workers",
        "2",
        "--chunk-size",
        "5",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Starting temporary server" not in result.stderr  # workers reuse the flow's API
    plain = run_build(RAW, tmp_path / "plain", chunk_size=5)
    for name in sorted(p.name for p in Path(plain.path).iterdir()):
        if name.endswith((".parquet", ".csv")):
            assert (tmp_path / "dask" / "latest" / name).read_bytes() == (
                Path(plain.path) / name
            ).read_bytes(), name
