"""Prefect flows: a thin layer of tasks over the Prefect-free core in `build.py`.

Tasks work on chunks of files (hundreds of articles per task, never one), and return paths
and small summaries, never DataFrames: Prefect's per-task overhead is milliseconds and its
ephemeral API answers HTTP 503 when flooded with thousands of tiny tasks.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline import build, read

WORKERS = build.worker_count()  # threads that wait on the process pool, one per worker

# What a run imports on first use, imported by the CLI while Prefect's API is still starting
# in its own process (see local_api.LocalAPI.ready), most needed first: the engines that run
# the flow and its tasks and what they import when a flow is called, pandas (pyarrow imports
# it as soon as an array is made from Python values) and the validator of the release.
WARM_UP = (
    "prefect.flow_engine",
    "prefect.task_engine",
    "prefect.utilities.visualization",
    "fastapi",
    "anyio._backends._asyncio",
    "pandas",
    "frictionless",
)


# Our own cache (OUTPUT/.cache) decides what is parsed again; Prefect's would only hash inputs.
@task(name="normalize-chunks", retries=0, cache_policy=NO_CACHE)
def normalize_chunks(batch: list[build.ChunkJob], pooled: bool = True) -> dict:
    """Read and normalize a batch of chunks into the cache; returns small counts.
    `pooled`: run the work in this machine's process pool (threads runner); on Dask the
    worker process itself does the work."""
    summaries = build.normalize_chunks_parallel(batch, pooled)
    rejects: dict[str, int] = {}
    for summary in summaries:
        for code, count in summary.rejects.items():
            rejects[code] = rejects.get(code, 0) + count
    return {
        "chunks": len(summaries),
        "files": sum(s.files for s in summaries),
        "events": sum(s.events for s in summaries),
        "rejects": dict(sorted(rejects.items())),
    }


@task(name="gate-and-publish", cache_policy=NO_CACHE)
def gate_and_publish(plan: build.Plan, version: str | None, max_reject_share: float) -> dict:
    """Assemble the chunks, run the validation gate and publish (or refuse to)."""
    try:
        result = build.finish(plan, version, max_reject_share)
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
    pooled: bool = True,
    geocode: bool = False,
    tasks: int | None = None,
) -> dict:
    """raw/ -> a validated, published release (or an error saying why not). `tasks`: how
    many normalize tasks share the chunks (default: one per worker when `pooled`, whose
    process pool balances them; otherwise one per chunk, for the Dask scheduler to spread)."""
    try:
        with build.output_lock(Path(output)):
            result = _build(
                raw,
                output,
                version,
                max_reject_share,
                chunk_size,
                max_bytes,
                pooled,
                geocode,
                tasks,
            )
    except build.BuildError as exc:  # expected: reported in one line, not as a traceback
        result = {"error": str(exc)}
    report(result)
    return result


def _build(
    raw: str,
    output: str,
    version: str | None,
    max_reject_share: float,
    chunk_size: int,
    max_bytes: int,
    pooled: bool,
    geocode: bool,
    tasks: int | None,
) -> dict:
    plan = build.plan(Path(raw), Path(output), chunk_size, max_bytes, geocode)
    try:
        todo = build.jobs(plan)
        if tasks is None:
            tasks = WORKERS if pooled else len(todo)
        pooled = pooled and len(todo) > 1 and build.worker_count() > 1
        if pooled:
            build.start_pool()
        futures = [normalize_chunks.submit(b, pooled) for b in build.batches(todo, tasks)]
        for future in futures:
            future.result()
    finally:
        build.shutdown_pool()
    return gate_and_publish(plan, version, max_reject_share)


def report(result: dict) -> None:
    """Prefect artifacts of the run: a markdown summary and a table of quality figures."""
    if "error" in result:
        create_markdown_artifact(
            f"# Build refused\n\n{result['error']}\n",
            key="build-summary",
            description="massacre-events build",
        )
        return
    rejects = "\n".join(f"| {code} | {n} |" for code, n in result["rejects"].items())
    markdown = (
        f"# massacre-events {result['version']}\n\n{result['message']}\n\n"
        f"- events: {result['events']}\n- files: {result['files']}"
        f" ({result['ignored']} other files ignored)\n"
        f"- validation: {result['validation']}\n"
        f"- chunks: {result['chunks']} ({result['chunks_cached']} from the cache)\n\n"
        f"## Rejects by code\n\n| code | files |\n|---|---|\n{rejects or '| none | 0 |'}\n\n"
        f"## Changelog (head)\n\n{result['changelog_head'] or 'nothing new published'}\n"
    )
    create_markdown_artifact(markdown, key="build-summary", description="massacre-events build")
    rows = [
        {"figure": f"share of events with {k}", "value": round(v, 4)}
        for k, v in result["quality"].items()
    ]
    rows += [{"figure": f"rejects: {code}", "value": n} for code, n in result["rejects"].items()]
    create_table_artifact(rows, key="build-quality", description="quality figures of the build")


def dask_build_flow(address: str | None = None, workers: int = 2):
    """build_flow on prefect-dask's DaskTaskRunner: a LocalCluster of `workers` processes, or
    the existing cluster at `address`. The workers talk to the same Prefect API as the flow
    (PREFECT_API_URL, which the CLI sets before the cluster starts), never to temporary
    servers of their own."""
    import logging

    from prefect_dask import DaskTaskRunner

    logging.getLogger("distributed").setLevel(logging.WARNING)
    if address:
        runner = DaskTaskRunner(address=address)
    else:
        runner = DaskTaskRunner(
            cluster_kwargs={
                "n_workers": workers,
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": None,
            }
        )
    return build_flow.with_options(task_runner=runner)
