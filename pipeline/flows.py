"""Prefect flows: a thin layer of tasks over the Prefect-free core in `build.py`.

Tasks work on chunks of files (hundreds of articles per task, never one), and return paths
and small summaries, never DataFrames: Prefect's per-task overhead is milliseconds and its
ephemeral API answers HTTP 503 when flooded with thousands of tiny tasks.
"""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path

from prefect import flow, task
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline import build, read

WORKERS = max(1, min(4, os.cpu_count() or 1))


@task(name="normalize-chunk", retries=0)
def normalize_chunk(raw: str, names: list[str], out_dir: str, max_bytes: int) -> dict:
    """Read and normalize one chunk of files; returns the chunk folder and counts."""
    summary = build.normalize_chunk(Path(raw), names, Path(out_dir), max_bytes)
    return asdict(summary)


@task(name="gate-and-publish")
def gate_and_publish(
    plan: build.Plan, chunk_dirs: list[str], version: str | None, max_reject_share: float
) -> dict:
    """Assemble the chunks, run the validation gate and publish (or refuse to)."""
    try:
        result = build.finish(plan, [Path(d) for d in chunk_dirs], version, max_reject_share)
    except build.BuildError as exc:  # expected: reported in one line, not as a traceback
        return {"error": str(exc)}
    return asdict(result)


@flow(
    name="massacre-events-build",
    task_runner=ThreadPoolTaskRunner(max_workers=WORKERS),
    log_prints=False,
)
def build_flow(
    raw: str = "raw",
    output: str = "output",
    version: str | None = None,
    max_reject_share: float = 0.5,
    chunk_size: int = build.DEFAULT_CHUNK_SIZE,
    max_bytes: int = read.DEFAULT_MAX_BYTES,
) -> dict:
    """raw/ -> a validated, published release (or a BuildError saying why not)."""
    plan = build.plan(Path(raw), Path(output), chunk_size)
    futures = [
        normalize_chunk.submit(str(plan.raw), names, str(build.chunk_dir(plan, i)), max_bytes)
        for i, names in enumerate(plan.chunks)
    ]
    summaries = [f.result() for f in futures]
    return gate_and_publish(plan, [s["path"] for s in summaries], version, max_reject_share)
