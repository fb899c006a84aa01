"""Shared fixtures: one Prefect test harness per session and one release built from raw/."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
GOLD = ROOT / "tests" / "corpus" / "dev" / "gold.json"
UNLABELLED = ROOT / "tests" / "corpus" / "unlabelled"

# Prefect reads its settings at import: a home of its own, never the user's ~/.prefect.
_HOME = tempfile.mkdtemp(prefix="massacre-events-prefect-")
os.environ["PREFECT_HOME"] = _HOME
# Each run's home (about 5 MiB of databases and logs) would otherwise pile up in /tmp.
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def built(prefect_harness, tmp_path_factory) -> tuple[Path, dict]:
    """A release built from raw/ by the real Prefect flow: (output folder, flow result)."""
    from pipeline.flows import build_flow

    output = tmp_path_factory.mktemp("output")
    result = build_flow(raw=str(RAW), output=str(output))
    assert "error" not in result, result
    return output, result


@pytest.fixture(scope="session")
def release_dir(built) -> Path:
    return built[0] / "latest"


def pipeline_command(*args: str) -> list[str]:
    """`python -m pipeline ARGS` with this interpreter, as operators call it."""
    return [sys.executable, "-m", "pipeline", *args]


def run_pipeline(*args: str, env: dict | None = None, timeout: int = 600):
    """Run the command line to completion in a Prefect home of its own."""
    env = env or {**os.environ, "PREFECT_HOME": str(Path(os.environ["PREFECT_HOME"]) / "cli")}
    return subprocess.run(
        pipeline_command(*args),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess, text: str) -> None:
    """An expected failure: non-zero exit, one line on stderr naming the problem."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and text in lines[0], result.stderr


def location_of(location: str) -> tuple[str | None, str | None, str | None]:
    """(place, admin1, country code) of a Location value alone: the probe tests' view."""
    from pipeline.normalize.places import place

    found = place([("Location", location)], "t", "")
    return found.place, found.admin1, found.country_code


def range_of(key: str, value: str) -> tuple[int | None, int | None, bool]:
    """(low, high, disputed) of one casualty value: the probe tests' view (Injuries gives the
    injured range, any other key the killed one)."""
    from pipeline.normalize.casualties import casualties

    _, killed, injured = casualties([(key, value)])
    found = injured if key == "Injuries" else killed
    return found.low, found.high, found.disputed


def assert_place(location: str, expected: tuple[str | None, str | None, str]) -> None:
    """The place and country of a Location value; its admin1 too unless `expected` leaves it
    None (the probe tests that only pin where a rule sends the place)."""
    found = location_of(location)
    assert (found[0], found[2]) == (expected[0], expected[2])
    if expected[1] is not None:
        assert found[1] == expected[1]


def actors_of(value: str, key: str = "Perpetrators", war: str = "") -> tuple[list[str], str]:
    """(actors, status) of one perpetrator value: the probe tests' view."""
    from pipeline.normalize.actors import perpetrators

    found = perpetrators([(key, value)], war=war)
    return found.actors, found.status
