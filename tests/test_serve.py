"""Scheduled runs: `serve` against a real local Prefect server on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import RAW, ROOT, assert_one_line_error, pipeline_command, run_pipeline


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(predicate, seconds: float, what: str, procs=()) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        for proc in procs:
            if proc.poll() is not None:
                raise AssertionError(f"{what}: process exited early: {proc.stdout.read()[-3000:]}")
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def test_serve_without_a_server_says_so_in_one_line(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    result = run_pipeline(
        "serve", "--cron", "0 3 * * *", "--output", str(tmp_path / "out"), env=env, timeout=120
    )
    assert result.returncode == 1
    assert_one_line_error(result, "prefect server start")


def test_served_deployment_runs_and_publishes(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("adra-massacre.txt", "houla-massacre.txt"):
        shutil.copy(RAW / name, raw / name)
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
    }
    prefect = str(Path(sys.executable).with_name("prefect"))
    server = subprocess.Popen(
        [prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    serve = None
    try:
        _wait(lambda: _healthy(api), 120, "the Prefect server", [server])
        serve = subprocess.Popen(
            pipeline_command(
                "serve",
                "--cron",
                "0 3 * * *",
                "--raw",
                str(raw),
                "--output",
                str(tmp_path / "out"),
                "--name",
                "nightly",
            ),
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

        def deployment_exists() -> bool:
            result = subprocess.run(
                [prefect, "deployment", "ls"],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            return "nightly" in result.stdout

        _wait(deployment_exists, 120, "the deployment", [serve])
        run = subprocess.run(
            [prefect, "deployment", "run", "massacre-events-build/nightly"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert run.returncode == 0, run.stdout + run.stderr
        latest = tmp_path / "out" / "latest" / "events.parquet"
        _wait(latest.is_file, 240, "a release from the served deployment", [serve])
    finally:
        if serve is not None:
            _stop(serve)
        _stop(server)
