"""Killing a build at any moment leaves the last release and `latest` intact, and the next
build succeeds."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import RAW, ROOT, pipeline_command

from pipeline import release
from pipeline.build import run_build


def _start(raw: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        pipeline_command(
            "build",
            "--raw",
            str(raw),
            "--output",
            str(out),
            "--no-prefect",
            "--chunk-size",
            "20",
        ),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _assert_intact(out: Path) -> None:
    versions = release.existing_versions(out)
    assert versions, "the first release disappeared"
    latest = (out / "latest").resolve()
    assert latest.parent == (out / "releases").resolve()
    assert latest.name in versions
    for version in versions:
        assert release.verify_checksums(out / "releases" / version) == [], version


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_build_leaves_last_release_intact(sig, tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in sorted(RAW.glob("*.txt"))[:5]:
        shutil.copy(path, raw / path.name)
    out = tmp_path / "out"
    run_build(raw, out)
    for copy in range(12):  # a bigger second build, so the kill lands mid-way
        for path in sorted(RAW.glob("*.txt")):
            text = path.read_text().replace(" =\n", f" {copy} =\n", 1)
            (raw / f"{copy:02d}-{path.name}").write_text(text)
    for delay in (0.2, 0.8, 1.6, 2.4, 3.2):
        proc = _start(raw, out)
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, sig)
        stdout, stderr = proc.communicate(timeout=60)
        assert "Traceback" not in stderr, stderr[-2000:]
        _assert_intact(out)
    final = run_build(raw, out)
    assert final.published or "no change" in final.message
    _assert_intact(out)
    assert not list(out.glob(".work-*")) and not list((out / "releases").glob(".staging-*"))
