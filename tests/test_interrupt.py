"""Killing a build at any moment leaves the last release and `latest` intact, and the next
build succeeds; Ctrl-C says in one line what is published (exit code 130), whatever the
build was doing when the signal came (real signals, real builds)."""

from __future__ import annotations

import gc
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import weakref
from pathlib import Path

import pytest
from conftest import RAW, ROOT, pipeline_command

from pipeline import build, cli, release
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


ARTICLES = sorted(RAW.glob("*.txt"))[:3]


def _raw(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in ARTICLES:
        (raw / path.name).write_bytes(path.read_bytes())
    return raw


def _build(tmp_path, capsys) -> tuple[int, list[str]]:
    code = cli.main(
        ["build", "--no-prefect", "--raw", str(_raw(tmp_path)), "--output", str(tmp_path / "out")]
    )
    return code, capsys.readouterr().err.strip().splitlines()


def test_ctrl_c_after_the_release_is_published_says_so(tmp_path, capsys, monkeypatch):
    publish = release.publish

    def publish_then_ctrl_c(*args, **kwargs):
        final = publish(*args, **kwargs)
        signal.raise_signal(signal.SIGINT)
        return final

    monkeypatch.setattr(release, "publish", publish_then_ctrl_c)
    code, err = _build(tmp_path, capsys)
    assert (code, err) == (
        130,
        ["error: interrupted after release 1.0.0 was published (latest points to it)"],
    )
    assert os.readlink(tmp_path / "out" / "latest") == os.path.join("releases", "1.0.0")


def test_ctrl_c_before_publishing_leaves_nothing(tmp_path, capsys, monkeypatch):
    def ctrl_c(*args, **kwargs):
        signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(release, "publish", ctrl_c)
    code, err = _build(tmp_path, capsys)
    assert (code, err) == (130, ["error: interrupted; the last release and latest are unchanged"])
    assert not (tmp_path / "out" / "latest").exists()


def test_ctrl_c_wrapped_in_a_libraries_error_is_still_an_interrupt(tmp_path, capsys, monkeypatch):
    """pydantic turns a KeyboardInterrupt raised mid-serialization into its own error."""

    def serialize(*args, **kwargs):
        try:
            signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt:
            raise ValueError("Error calling function `_ser_model`: KeyboardInterrupt:") from None

    monkeypatch.setattr(release, "publish", serialize)
    code, err = _build(tmp_path, capsys)
    assert (code, err) == (130, ["error: interrupted; the last release and latest are unchanged"])


def test_ctrl_c_lost_in_a_weakref_callback_still_stops_the_build(tmp_path, capsys, monkeypatch):
    """Seen in CI: a Ctrl-C during an import raised its KeyboardInterrupt in importlib's
    module-lock callback, where Python prints "Exception ignored" and goes on; the build
    then published and exited 0. Here the same loss is made in a weakref callback."""
    collect = cli._collect_garbage

    def lose_a_ctrl_c_then_collect() -> None:
        class Dropped:
            pass

        def callback(_: object) -> None:
            signal.raise_signal(signal.SIGINT)
            for _ in range(100):  # the handler runs here, inside the callback
                pass

        dropped = Dropped()
        ref = weakref.ref(dropped, callback)
        del dropped
        assert ref() is None
        collect()

    monkeypatch.setattr(cli, "_collect_garbage", lose_a_ctrl_c_then_collect)
    try:
        code, err = _build(tmp_path, capsys)
    finally:
        gc.unfreeze()  # the build froze this process's objects as its own at start
    assert (code, err) == (130, ["error: interrupted; the last release and latest are unchanged"])
    assert not (tmp_path / "out" / "latest").exists()


def test_an_error_without_ctrl_c_is_not_an_interrupt(tmp_path, capsys, monkeypatch):
    def fail(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(release, "publish", fail)
    with pytest.raises(ValueError, match="a bug"):
        _build(tmp_path, capsys)


@pytest.mark.skipif(build.worker_count() == 1, reason="one core: no process pool")
def test_ctrl_c_while_the_workers_start_is_seen_and_no_worker_complains():
    """Ctrl-C from the terminal reaches the whole process group, the workers that are being
    launched included: the parent raises KeyboardInterrupt, the workers stay quiet."""
    script = textwrap.dedent(
        """
        import os, signal, threading, time
        from pipeline import build

        seen = []

        def first_ctrl_c_interrupts(signum, frame):
            seen.append(signum)
            if len(seen) == 1:
                raise KeyboardInterrupt

        def ctrl_c():  # for a second: through the launches and the workers' imports
            time.sleep(0.02)  # once start_pool runs
            for _ in range(200):
                os.killpg(0, signal.SIGINT)
                time.sleep(0.005)

        signal.signal(signal.SIGINT, first_ctrl_c_interrupts)
        storm = threading.Thread(target=ctrl_c)
        storm.start()
        try:
            build.start_pool()
            outcome = "not interrupted"
        except KeyboardInterrupt:
            outcome = "interrupted"
        storm.join()
        build.shutdown_pool()
        print(outcome)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        start_new_session=True,
    )
    assert (result.stdout, result.stderr) == ("interrupted\n", "")
