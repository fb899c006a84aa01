"""The build without Prefect: plan chunks, normalize them, then gate and publish.

`flows.py` runs the same three steps as Prefect tasks; `run_build` here runs them as plain
calls (tests, and any caller that does not want an orchestrator).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import multiprocessing as mp
import os
import shutil
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import assemble, cache, docs, read, release, tables, validate
from pipeline.normalize import places

DEFAULT_CHUNK_SIZE = 500


class BuildError(Exception):
    """The build cannot publish; the message says why and what to do, in one line."""


@dataclass
class Plan:
    raw: Path
    output: Path
    work: Path  # scratch folder of this build, removed at the end
    chunks: list[cache.Chunk]  # content-defined chunks of paths relative to raw, sorted
    ignored: int  # non-.txt files under raw
    options: tables.Options = tables.Options()
    cached: int = 0  # chunks found in the cache when the build was planned

    @property
    def files(self) -> int:
        return sum(len(c.names) for c in self.chunks)

    @property
    def todo(self) -> list[cache.Chunk]:
        """Chunks not in the cache yet: only these are parsed."""
        return [c for c in self.chunks if not c.dir(self.output).is_dir()]


@dataclass
class BuildResult:
    version: str | None
    path: str | None
    published: bool
    message: str
    events: int = 0
    files: int = 0
    ignored: int = 0
    rejects: dict[str, int] = field(default_factory=dict)
    validation: str = "not run"
    duplicates: list[str] = field(default_factory=list)
    quality: dict[str, float] = field(default_factory=dict)
    changelog_head: str = ""
    chunks: int = 0
    chunks_cached: int = 0

    def summary(self) -> str:
        rejects = ", ".join(f"{k} {v}" for k, v in self.rejects.items()) or "none"
        lines = [
            f"files: {self.files} .txt ({self.ignored} other files ignored); "
            f"chunks: {self.chunks} ({self.chunks_cached} unchanged, from the cache)",
            f"events: {self.events}",
            f"rejects: {sum(self.rejects.values())} ({rejects})",
            f"validation: {self.validation}",
        ]
        if self.duplicates:
            lines.append(
                "warning: duplicate titles got suffixed ids: " + ", ".join(self.duplicates)
            )
        lines.append(self.message)
        return "\n".join(lines)


@contextlib.contextmanager
def output_lock(output: Path) -> Iterator[None]:
    """One build at a time per output folder: another build would remove this one's work
    folder as a crash leftover, and two publishes would race for the same version."""
    output.mkdir(parents=True, exist_ok=True)
    with (output / ".lock").open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BuildError(
                f"another build is writing to {output} (it holds {output / '.lock'}); wait for "
                "it to finish or use another --output"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def plan(
    raw: Path,
    output: Path,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_bytes: int = read.DEFAULT_MAX_BYTES,
    geocode: bool = False,
) -> Plan:
    if not raw.is_dir():
        raise BuildError(f"raw folder {raw} does not exist; pass --raw DIR with the articles")
    output.mkdir(parents=True, exist_ok=True)
    (output / "releases").mkdir(exist_ok=True)
    release.clean_leftovers(output)
    names, ignored = read.list_raw_names(raw)
    options = tables.Options(max_bytes, geocode)
    chunks = cache.plan_chunks(raw, names, chunk_size, max_bytes, repr(options))
    work = output / f".work-{os.getpid()}"
    found = Plan(raw, output, work, chunks, ignored, options)
    found.cached = len(chunks) - len(found.todo)
    return found


@dataclass(frozen=True)
class ChunkJob:
    """Everything one chunk's work needs, and no more: it is what a task receives, so it
    stays small (the whole plan would be hashed and pickled once per task)."""

    raw: Path
    output: Path
    work: Path
    options: tables.Options
    chunk: cache.Chunk


def jobs(plan_: Plan) -> list[ChunkJob]:
    """The chunks still to normalize (not in the cache), as jobs."""
    todo = plan_.todo
    return [ChunkJob(plan_.raw, plan_.output, plan_.work, plan_.options, c) for c in todo]


def normalize_chunk(job: ChunkJob) -> tables.ChunkSummary:
    """Parse one chunk into a scratch folder, then move it into the cache."""
    scratch = job.work / job.chunk.key
    shutil.rmtree(scratch, ignore_errors=True)
    snapshot = cache.gazetteer_snapshot_path(job.output, places.gazetteer_source())
    restored = _restore_gazetteer(snapshot)
    summary = tables.process_chunk(
        [job.raw / n for n in job.chunk.names], job.raw, scratch, job.options
    )
    if not restored:
        _save_gazetteer(snapshot, job.work)
    cache.store(scratch, job.chunk.dir(job.output))
    summary.path = str(job.chunk.dir(job.output))
    return summary


def _restore_gazetteer(snapshot: Path) -> bool:
    """Restore the gazetteer a previous build kept (0.15 s instead of 0.7 s per process)."""
    if places.gazetteer_loaded():
        return True
    try:
        data = snapshot.read_bytes()
    except OSError:
        return False
    return places.restore_gazetteer(data)


def _save_gazetteer(snapshot: Path, work: Path) -> None:
    """Keep the gazetteer this process built for the next builds; a failure only costs them
    time. Written under a private name, then renamed: a reader never sees half a file."""
    if not places.gazetteer_loaded() or snapshot.exists():
        return
    tmp = work / f"gazetteer-{os.getpid()}.tmp"
    try:
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(places.gazetteer_snapshot())
        os.replace(tmp, snapshot)
        cache.keep_only(snapshot)
    except OSError:
        tmp.unlink(missing_ok=True)


_POOL: ProcessPoolExecutor | None = None


def worker_count() -> int:
    return max(1, min(8, os.cpu_count() or 1))


def pool() -> ProcessPoolExecutor:
    """One process pool per build process: normalizing is CPU-bound Python, so threads would
    share one core. Workers are spawned (not forked from a process with Prefect's threads)
    and import only the Prefect-free core."""
    global _POOL
    if _POOL is None:
        _POOL = ProcessPoolExecutor(
            worker_count(), mp_context=_WorkerContext(), initializer=_ignore_sigint
        )
    return _POOL


class _WorkerProcess(mp.context.SpawnProcess):
    """A worker launched with SIGINT ignored: an ignored signal stays ignored across exec,
    so a Ctrl-C cannot hit the worker while it imports (its traceback would break the
    one-line error). Ignored in the parent only for the instant of the launch, so the
    parent still sees a Ctrl-C that comes while the workers start."""

    def start(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            super().start()  # only the main thread may change a handler
            return
        handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            super().start()
        finally:
            signal.signal(signal.SIGINT, handler)


class _WorkerContext(mp.context.SpawnContext):
    Process = _WorkerProcess


def _ignore_sigint() -> None:
    """Ctrl-C is the parent's to handle: it stops the pool and reports in one line."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _warm_up() -> None:
    time.sleep(0.2)


def start_pool() -> None:
    """Spawn every worker now, from the main thread. A Ctrl-C while the workers are launched
    is held until they are all the pool's (an interrupt between a launch and the pool's
    record of it would leave a worker the pool never stops), then raised as usual."""
    if threading.current_thread() is not threading.main_thread():
        pool()
        return
    held: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: held.append(signum))
    try:
        futures = [pool().submit(_warm_up) for _ in range(worker_count())]
    finally:
        signal.signal(signal.SIGINT, previous)
    if held:
        signal.raise_signal(signal.SIGINT)
    for future in futures:
        future.result()


def shutdown_pool() -> None:
    """Stop the workers without waiting for them to exit: their teardown (a few tenths of
    a second) overlaps the assembly that follows; the interpreter joins them at exit."""
    global _POOL
    if _POOL is not None:
        _POOL.shutdown(wait=False, cancel_futures=True)
        _POOL = None


def batches(todo: list[ChunkJob], count: int) -> list[list[ChunkJob]]:
    """At most `count` batches of jobs, dealt round-robin (chunks are of similar size, so the
    batches are too). An orchestrator's task costs tens of milliseconds of its API's time,
    on the cores that normalize: a task per batch, not per chunk, keeps that cost fixed as
    the corpus grows."""
    count = max(1, min(count, len(todo)))
    return [todo[i::count] for i in range(count)] if todo else []


def normalize_chunks_parallel(batch: list[ChunkJob], pooled: bool) -> list[tables.ChunkSummary]:
    """normalize_chunk for each job; in this machine's process pool when `pooled` (all of the
    batch submitted at once: the pool's queue balances the batches of concurrent tasks)."""
    if not pooled or worker_count() == 1:
        return [normalize_chunk(job) for job in batch]
    futures = [pool().submit(normalize_chunk, job) for job in batch]
    return [future.result() for future in futures]


def raw_corpus_digest(inputs: list[str], rejected: set[str]) -> str:
    """sha256 over sorted "path<TAB>file sha256" of the inputs that became events, plus the
    names of the rejected ones: identifies the raw corpus a release was built from."""
    lines = sorted(inputs) + sorted(f"{p}\treject" for p in rejected)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def check_accounting(plan_: Plan, seen: set[str]) -> None:
    """Every .txt file under raw is an event or a reject, or the build fails."""
    expected = {n for chunk in plan_.chunks for n in chunk.names}
    lost = sorted(expected - seen)
    if lost:
        raise BuildError(
            f"{len(lost)} input file(s) became neither an event nor a reject "
            f"(first: {lost[0]}); this is a bug: report it with the file"
        )


@dataclass
class Gated:
    """What the gate let through, summed up block by block while the data files were written:
    key columns and counts only, never a whole table."""

    rows: dict[str, int]  # rows written per table
    rejects: pa.Table  # every reject, of reading, normalizing and the gate, sorted
    quarantined: int = 0  # records the gate moved to rejects
    quality: dict[str, int] = field(default_factory=dict)  # events with each kind of value
    duplicates: list[str] = field(default_factory=list)  # ids suffixed for a shared slug
    unknown_actors: set[str] = field(default_factory=set)
    inputs: list[str] = field(default_factory=list)  # "path\tsha256" of each event's file

    @property
    def rejected_files(self) -> set[str]:
        return set(self.rejects.column("source_file").to_pylist())

    @property
    def seen(self) -> set[str]:
        return {line.partition("\t")[0] for line in self.inputs} | self.rejected_files


def write_blocks(parts: assemble.Partition, staging: Path) -> Gated:
    """Gate every block of the partitioned tables and write what passes into `staging`; the
    gate's rejects join the others, written last."""
    writer = release.ReleaseWriter(staging)
    gated = Gated({}, tables.empty_tables()["rejects"])
    found: list[pa.Table] = [parts.rejects]
    try:
        for index in range(parts.blocks):
            clean, quarantined = validate.gate(parts.block(index))
            gated.quarantined += len(quarantined)
            found.append(clean["rejects"])
            for name in tables.ARTICLE_TABLES:
                writer.write(name, clean[name])
            events = clean["events"]
            for kind, count in docs.quality_counts(events).items():
                gated.quality[kind] = gated.quality.get(kind, 0) + count
            gated.duplicates += assemble.duplicate_titles(events)
            gated.unknown_actors |= set(unknown_actors(clean["perpetrator_claims"]))
            gated.inputs += [
                f"{path}\t{sha}"
                for path, sha in zip(
                    events.column("source_file").to_pylist(),
                    events.column("source_sha256").to_pylist(),
                    strict=True,
                )
            ]
        gated.rejects = assemble.sort_table("rejects", pa.concat_tables(found))
        writer.write("rejects", gated.rejects)
    finally:
        gated.rows = writer.close()
    gated.duplicates.sort()
    return gated


def finish(
    plan_: Plan,
    version: str | None = None,
    max_reject_share: float = 0.5,
    frictionless_max_rows: int = 20_000,
) -> BuildResult:
    """Partition, gate and write block by block, then version and publish. Raises BuildError
    when it cannot publish."""
    staging = plan_.output / "releases" / f".staging-{os.getpid()}"
    try:
        missing = plan_.todo
        if missing:
            raise BuildError(
                f"{len(missing)} chunk(s) were not normalized (first file: "
                f"{missing[0].names[0]}); run the build again"
            )
        inputs = cache.build_inputs(plan_.chunks)
        if version is None:
            unchanged = _unchanged(plan_, inputs, max_reject_share)
            if unchanged is not None:
                return unchanged
        chunk_dirs = [c.dir(plan_.output) for c in plan_.chunks]
        parts = assemble.partition(chunk_dirs, plan_.work / "blocks")
        shutil.rmtree(staging, ignore_errors=True)
        gated = write_blocks(parts, staging)
        shutil.rmtree(plan_.work / "blocks", ignore_errors=True)
        check_accounting(plan_, gated.seen)
        counts = reject_counts(gated.rejects)
        files = plan_.files
        rejected_files = gated.rejected_files
        events = gated.rows["events"]
        result = BuildResult(
            None,
            None,
            False,
            "",
            events,
            files,
            plan_.ignored,
            counts,
            duplicates=gated.duplicates,
            quality=docs.quality(gated.quality, events),
        )
        result.validation = (
            f"gate passed ({gated.quarantined} records quarantined)"
            if gated.quarantined
            else "gate passed"
        )
        if files and len(rejected_files) / files > max_reject_share:
            first = gated.rejects.slice(0, 1).to_pylist()[0]
            codes = ", ".join(f"{code} {n}" for code, n in counts.items())
            raise BuildError(
                f"{len(rejected_files)} of {files} input files were rejected ({codes}), over "
                f"--max-reject-share {max_reject_share}; nothing published. First: "
                f"{first['source_file']}: {first['message']}"
            )
        result.chunks, result.chunks_cached = len(plan_.chunks), plan_.cached
        published = _publish(plan_, staging, gated, version, result, frictionless_max_rows, inputs)
        cache.prune(plan_.output, {c.key for c in plan_.chunks})
        return published
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(plan_.work, ignore_errors=True)


def _unchanged(plan_: Plan, inputs: str, max_reject_share: float) -> BuildResult | None:
    """The result of a build whose inputs are those of the latest release: nothing to make
    (the data files would be the same bytes), summed up from that release. None otherwise."""
    versions = release.existing_versions(plan_.output)
    if not versions:
        return None
    latest = plan_.output / "releases" / versions[-1]
    if not release.built_from(latest, inputs):
        return None
    rejects = pq.read_table(latest / "rejects.parquet")
    rejected = len(set(rejects.column("source_file").to_pylist()))
    if plan_.files and rejected / plan_.files > max_reject_share:
        return None  # a stricter limit than that build's: the full path says so
    counts: dict[str, int] = {}
    columns = ["event_id", "date_start", "place", "country", "latitude"]
    columns += ["fatalities_low", "perpetrators"]
    duplicates: list[str] = []
    events = 0
    for batch in pq.ParquetFile(latest / "events.parquet").iter_batches(columns=columns):
        table = pa.Table.from_batches([batch])
        events += table.num_rows
        duplicates += assemble.duplicate_titles(table)
        for kind, count in docs.quality_counts(table).items():
            counts[kind] = counts.get(kind, 0) + count
    cache.prune(plan_.output, {c.key for c in plan_.chunks})
    return BuildResult(
        versions[-1],
        str(latest),
        False,
        f"no change since release {versions[-1]}: nothing new published "
        f"({plan_.output / 'latest'} unchanged; same files and code as that release)",
        events,
        plan_.files,
        plan_.ignored,
        reject_counts(rejects),
        f"gate passed when {versions[-1]} was built",
        sorted(duplicates),
        docs.quality(counts, events),
        chunks=len(plan_.chunks),
        chunks_cached=plan_.cached,
    )


def reject_counts(rejects: pa.Table) -> dict[str, int]:
    if rejects.num_rows == 0:
        return {}
    grouped = rejects.group_by(["code"]).aggregate([("code", "count")])
    return dict(
        sorted(
            zip(
                grouped.column("code").to_pylist(),
                grouped.column("code_count").to_pylist(),
                strict=True,
            )
        )
    )


def _publish(
    plan_: Plan,
    staging: Path,
    gated: Gated,
    version: str | None,
    result: BuildResult,
    frictionless_max_rows: int,
    inputs: str,
) -> BuildResult:
    """Version the staged data files, describe them and publish them (or say why not)."""
    output = plan_.output
    versions = release.existing_versions(output)
    previous = versions[-1] if versions else None
    if version is not None:
        release.parse_version(version)
        if version in versions:
            existing = output / "releases" / version
            if release.data_digest(existing) == release.data_digest(staging):
                result.version, result.path = version, str(existing)
                result.message = (
                    f"release {version} already exists with the same data: nothing to do"
                )
                return result
            raise BuildError(
                f"release {version} already exists with different data; releases "
                "are immutable: build without --version or pick a new version"
            )
    else:
        bump = release.bump_kind(output / "releases" / previous, staging) if previous else "first"
        if bump is None:
            result.version, result.path = previous, str(output / "releases" / previous)
            result.message = (
                f"no change since release {previous}: nothing new published "
                f"({output / 'latest'} unchanged)"
            )
            return result
        version = release.next_version(previous, bump)
    old = release.snapshot(output / "releases" / previous) if previous else None
    changelog = release.changelog(old, release.snapshot(staging, version))
    readme = docs.release_readme(
        version, gated.rows, gated.rejects, result.quality, sorted(gated.unknown_actors)
    )
    release.write_metadata(
        staging,
        version,
        raw_corpus_digest(gated.inputs, gated.rejected_files),
        changelog,
        readme,
        gated.rows,
        inputs,
    )
    total_rows = sum(gated.rows.values())
    if total_rows <= frictionless_max_rows:
        problems = frictionless_problems(staging)
        if problems:
            raise BuildError(
                "frictionless rejected the staged release, nothing published: " + problems[0]
            )
        result.validation += "; frictionless passed"
    else:
        result.validation += f"; frictionless skipped ({total_rows} rows > {frictionless_max_rows})"
    final = release.publish(staging, output, version)
    result.version, result.path, result.published = version, str(final), True
    result.changelog_head = "\n".join(changelog.splitlines()[:20])
    result.message = f"published release {version} at {final} ({output / 'latest'} → {version})"
    return result


def unknown_actors(claims: pa.Table) -> list[str]:
    if claims.num_rows == 0:
        return []
    mask = pc.invert(claims.column("in_dictionary"))
    return sorted(set(claims.filter(mask).column("actor").to_pylist()))


def frictionless_problems(folder: Path) -> list[str]:
    """Validate a release folder with frictionless; one line per problem."""
    from frictionless import validate as fl_validate

    report = fl_validate(folder / "datapackage.json")
    problems = []
    for task in report.tasks:
        for error in task.errors:
            problems.append(f"{task.name}: {error.message}")
    for error in report.errors:
        problems.append(error.message)
    return problems


def run_build(
    raw: Path,
    output: Path,
    version: str | None = None,
    max_reject_share: float = 0.5,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    max_bytes: int = read.DEFAULT_MAX_BYTES,
    geocode: bool = False,
) -> BuildResult:
    """The whole build as plain function calls (no Prefect)."""
    with output_lock(output):
        return _run_build(raw, output, version, max_reject_share, chunk_size, max_bytes, geocode)


def _run_build(
    raw: Path,
    output: Path,
    version: str | None,
    max_reject_share: float,
    chunk_size: int,
    max_bytes: int,
    geocode: bool,
) -> BuildResult:
    plan_ = plan(raw, output, chunk_size, max_bytes, geocode)
    todo = jobs(plan_)
    try:
        if len(todo) > 1 and worker_count() > 1:
            start_pool()
            for future in [pool().submit(normalize_chunk, job) for job in todo]:
                future.result()
        else:
            for job in todo:
                normalize_chunk(job)
    finally:
        shutdown_pool()
    return finish(plan_, version, max_reject_share)
