"""The build's own Prefect API process (pipeline/local_api.py): every run is on record, and
the API process never outlives the build, whatever ends the build (real subprocesses)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import RAW, ROOT, assert_one_line_error, pipeline_command, run_pipeline

psutil = pytest.importorskip("psutil")


def _env() -> dict[str, str]:
    """The operator's environment: no PREFECT_API_URL (the build starts its own API) and
    no PREFECT_HOME (the build uses OUTPUT/.prefect)."""
    return {k: v for k, v in os.environ.items() if k not in ("PREFECT_HOME", "PREFECT_API_URL")}


@pytest.fixture(scope="module")
def prefect_home(tmp_path_factory) -> Path:
    """A Prefect home with its database made by a first build (10-20 s, once)."""
    out = tmp_path_factory.mktemp("first") / "out"
    empty = out.parent / "empty"
    empty.mkdir()
    result = run_pipeline("build", "--raw", str(empty), "--output", str(out), env=_env())
    assert result.returncode == 0, result.stderr[-2000:]
    assert list((out / ".prefect").glob(".migrated-*"))
    return out / ".prefect"


def _output(prefect_home: Path, tmp_path: Path) -> tuple[Path, Path]:
    """(empty raw folder, output folder holding a copy of the migrated Prefect home)."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copytree(prefect_home, out / ".prefect")
    return raw, out


def _start(raw: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        pipeline_command("build", "--raw", str(raw), "--output", str(out)),
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _api_process(build: subprocess.Popen, seconds: float = 30):
    """The build's API child, as soon as it exists."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert build.poll() is None, build.communicate()
        for child in psutil.Process(build.pid).children():
            with _gone():
                if "_child_main" in " ".join(child.cmdline()):
                    return child
        time.sleep(0.02)
    raise AssertionError("the build started no API process")


def _serving(api, seconds: float = 60) -> None:
    """Wait until the API child answers /health on the port it listens on."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ports = [c.laddr.port for c in api.net_connections("tcp") if c.status == "LISTEN"]
        for port in ports:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1):
                    return
            except OSError:
                pass
        time.sleep(0.05)
    raise AssertionError("the API never answered")


class _gone:
    """Ignore a process that ended meanwhile."""

    def __enter__(self):
        return self

    def __exit__(self, kind, *_):
        return kind is not None and issubclass(kind, psutil.NoSuchProcess | psutil.ZombieProcess)


def _assert_ends(api, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if api.status() == psutil.STATUS_ZOMBIE:
                return  # ended; its new parent has not reaped it yet
        except psutil.NoSuchProcess:
            return
        time.sleep(0.05)
    api.kill()
    raise AssertionError(f"the API process {api.pid} outlived the build by {seconds} s")


def test_runs_are_on_record_and_the_api_ends_with_the_build(prefect_home, tmp_path):
    raw, out = _output(prefect_home, tmp_path)
    build = _start(raw, out)
    api = _api_process(build)
    stdout, stderr = build.communicate(timeout=120)
    assert build.returncode == 0, stderr[-2000:]
    assert "published release 1.0.0" in stdout
    assert not psutil.pid_exists(api.pid), "the build returned before its API process ended"
    with sqlite3.connect(out / ".prefect" / "prefect.db") as db:
        flows = db.execute("SELECT id, state_type FROM flow_run ORDER BY created").fetchall()
        tasks = db.execute(
            "SELECT state_type FROM task_run WHERE flow_run_id = ?", (flows[-1][0],)
        ).fetchall()
    assert [state for _, state in flows] == ["COMPLETED", "COMPLETED"]  # the first build's too
    assert tasks == [("COMPLETED",)], "the task run was not recorded (events lost at stop)"


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
@pytest.mark.parametrize("when", ["starting", "serving"])
def test_killed_build_leaves_no_api_process(sig, when, prefect_home, tmp_path):
    raw, out = _output(prefect_home, tmp_path)
    build = _start(RAW if when == "serving" else raw, out)  # 23 articles: a run to kill
    api = _api_process(build)
    if when == "serving":
        _serving(api)
    else:
        time.sleep(0.3)  # importing Prefect's server
    os.killpg(build.pid, sig)
    build.communicate(timeout=60)
    _assert_ends(api)


def test_ctrl_c_while_the_api_starts_is_one_line(prefect_home, tmp_path):
    raw, out = _output(prefect_home, tmp_path)
    build = _start(raw, out)
    api = _api_process(build)
    time.sleep(0.5)
    os.killpg(build.pid, signal.SIGINT)  # the terminal's Ctrl-C: the build's process group
    stdout, stderr = build.communicate(timeout=60)
    assert build.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr, stderr[-2000:]
    assert stderr.strip().splitlines() == [
        "error: interrupted; the last release and latest are unchanged"
    ]
    _assert_ends(api, seconds=1)  # stopped by the build before it returned


def test_api_that_cannot_start_is_one_line(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    env = _env()
    env["PREFECT_SERVER_DATABASE_CONNECTION_URL"] = (
        f"sqlite+aiosqlite:///{tmp_path}/no-such-folder/prefect.db"
    )
    result = run_pipeline("build", "--raw", str(raw), "--output", str(tmp_path / "out"), env=env)
    assert_one_line_error(result, "the local Prefect API did not start")
    assert "unable to open database file" in result.stderr
