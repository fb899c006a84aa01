"""Articles -> Arrow tables shaped by `schemas/`.

Work happens in chunks of files: `process_chunk` reads and normalizes a chunk and writes one
Arrow file per table into a chunk folder; `partition` makes event ids unique across the corpus
and cuts the rows into blocks of consecutive event ids, so the sorted result does not depend on
how the files were chunked or in which order the chunks finished, and no table of the whole
corpus is ever in memory.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc  # noqa: F401 - pa.ipc

from pipeline import read
from pipeline.normalize.article import Row, normalize_article
from pipeline.schema import TABLES, arrow_schema, empty_table, fields
from pipeline.text import slugify

SOURCE = "_source_file"  # internal column: which file a row came from (dropped on assembly)
SORT_KEYS = {
    "events": ["event_id"],
    "casualty_claims": ["event_id", "claim_id"],
    "perpetrator_claims": ["event_id", "claim_id"],
    "infobox_fields": ["event_id", "position"],
    "sections": ["event_id", "position"],
    "rejects": ["source_file", "stage", "code", "message"],
}
ARTICLE_TABLES = TABLES[:-1]


@dataclass
class ChunkSummary:
    """What a chunk task reports back: small, so Prefect never carries DataFrames."""

    path: str
    files: int
    events: int
    rejects: dict[str, int] = field(default_factory=dict)


def chunk_schema(name: str) -> pa.Schema:
    schema = arrow_schema(name)
    return schema if name == "rejects" else schema.append(pa.field(SOURCE, pa.string()))


@cache
def _typed_fields(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(string fields, list fields) of a table: looked up once, not per row."""
    specs = fields(name)
    return (
        tuple(f["name"] for f in specs if f["type"] == "string"),
        tuple(f["name"] for f in specs if f["type"] == "list"),
    )


def _clean_row(name: str, row: Row) -> Row:
    """Empty strings become nulls, so Parquet and CSV (where "" is missing) agree."""
    out = dict(row)
    strings, lists = _typed_fields(name)
    for key in strings:
        value = out.get(key)
        if isinstance(value, str) and not value.strip():
            out[key] = None
    for key in lists:
        value = out.get(key)
        if value is not None:
            out[key] = [v for v in value if isinstance(v, str) and v.strip()]
    return out


@dataclass(frozen=True)
class Options:
    """What, besides the files and the code, shapes the tables (part of the cache key)."""

    max_bytes: int = read.DEFAULT_MAX_BYTES  # larger files are rejected unread
    geocode: bool = False  # fill coordinates from the gazetteer when the article has none


def normalize_files(
    paths: Iterable[Path], root: Path, options: Options = Options()
) -> dict[str, list[Row]]:
    """Read and normalize files; whatever goes wrong with one file becomes its reject row."""
    rows: dict[str, list[Row]] = {name: [] for name in TABLES}
    for path in paths:
        article = read.read_file(path, root, options.max_bytes)
        if isinstance(article, read.Reject):
            rows["rejects"].append(asdict(article))
            continue
        try:
            produced = normalize_article(article, geocode=options.geocode)
        except Exception as exc:  # noqa: BLE001 - one bad article must never stop the run
            rows["rejects"].append(
                {
                    "source_file": article.source_file,
                    "stage": "normalize",
                    "code": "normalize_error",
                    "message": f"normalizer failed ({type(exc).__name__}: {str(exc)[:200]}); "
                    "report it with this file attached",
                }
            )
            continue
        for name, table_rows in produced.items():
            for row in table_rows:
                row = _clean_row(name, row)
                row[SOURCE] = article.source_file
                rows[name].append(row)
    return rows


def to_table(name: str, rows: Sequence[Row], internal: bool = True) -> pa.Table:
    schema = chunk_schema(name) if internal else arrow_schema(name)
    columns = {f.name: [row.get(f.name) for row in rows] for f in schema}
    return pa.table(
        {k: pa.array(v, type=schema.field(k).type) for k, v in columns.items()}, schema=schema
    )


def process_chunk(
    paths: Sequence[Path], root: Path, out_dir: Path, options: Options = Options()
) -> ChunkSummary:
    """Normalize a chunk of files and write its tables to `out_dir` (one Parquet per table)."""
    rows = normalize_files(paths, root, options)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in TABLES:
        write_chunk_table(to_table(name, rows[name]), out_dir / f"{name}.arrow")
    codes: dict[str, int] = {}
    for reject in rows["rejects"]:
        codes[reject["code"]] = codes.get(reject["code"], 0) + 1
    return ChunkSummary(str(out_dir), len(paths), len(rows["events"]), dict(sorted(codes.items())))


def write_chunk_table(table: pa.Table, path: Path) -> None:
    """Chunk tables are Arrow IPC files: a cache read back whole, where Parquet's
    encoding would cost more than it saves."""
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)


def read_chunk_table(path: Path) -> pa.Table:
    with pa.memory_map(str(path), "r") as source:
        return pa.ipc.open_file(source).read_all()


def unique_event_ids(source_files: list[str], slugs: list[str]) -> dict[str, str]:
    """source_file -> event_id. A slug shared by several files: the first file (by path) keeps
    it, the others get `--<slug of their path>` appended, so ids are unique and deterministic."""
    by_slug: dict[str, list[str]] = {}
    for source, slug in zip(source_files, slugs, strict=True):
        by_slug.setdefault(slug, []).append(source)
    ids: dict[str, str] = {}
    taken = set(by_slug)
    for slug, sources in sorted(by_slug.items()):
        sources.sort()
        ids[sources[0]] = slug
        for source in sources[1:]:
            candidate = f"{slug}--{slugify(source.removesuffix('.txt'))}"
            while candidate in taken:
                candidate += "-x"
            taken.add(candidate)
            ids[source] = candidate
    return ids


def duplicate_titles(events: pa.Table) -> list[str]:
    """Event ids that were made unique because their titles' slugs collided."""
    return sorted(i for i in events.column("event_id").to_pylist() if "--" in i)


BLOCK_EVENTS = 16_384  # events per block of the assembled tables (with their claims and text)


@dataclass(frozen=True)
class Partition:
    """The assembled tables, cut into blocks of consecutive event ids on disk.

    An external sort: no table of the whole corpus is ever in memory. Every row of an article
    table sits in the block of its event, so a block can be sorted, gated (primary and foreign
    keys included: they all start with event_id) and written on its own, and the blocks in
    order are the sorted tables."""

    folder: Path
    blocks: int
    rejects: pa.Table  # rejects of reading and normalizing (one row per bad file: kept whole)
    events: int  # events in all blocks, before the gate

    def block(self, index: int) -> dict[str, pa.Table]:
        """Block `index` of every article table, sorted, with an empty rejects table."""
        found: dict[str, pa.Table] = {}
        for name in ARTICLE_TABLES:
            path = self.folder / name / f"{index:06d}.arrow"
            table = read_chunk_table(path) if path.exists() else empty_table(arrow_schema(name))
            found[name] = sort_table(name, table)
        found["rejects"] = empty_table(arrow_schema("rejects"))
        return found


def _event_keys(chunk_dirs: Sequence[Path]) -> list[tuple[list[str], list[str]]]:
    """(source files, slugs) of every chunk's events: the only columns read for the whole
    corpus at once."""
    keys = []
    for folder in chunk_dirs:
        table = read_chunk_table(Path(folder) / "events.arrow")
        keys.append((table.column("source_file").to_pylist(), table.column("event_id").to_pylist()))
    return keys


def partition(
    chunk_dirs: Sequence[Path], folder: Path, block_events: int | None = None
) -> Partition:
    """Give events corpus-unique ids and write every article table's rows, chunk by chunk,
    into the block of their event id (blocks hold `block_events` consecutive ids, by default
    BLOCK_EVENTS)."""
    block_events = block_events or BLOCK_EVENTS
    keys = _event_keys(chunk_dirs)
    ids = unique_event_ids(
        [s for sources, _ in keys for s in sources], [s for _, slugs in keys for s in slugs]
    )
    firsts = sorted(ids.values())[::block_events]  # the first event id of every block
    blocks = max(1, len(firsts))
    # per chunk: its files, their event ids and blocks (a lookup in a chunk's few hundred
    # files, not in the whole corpus's)
    lookups = [
        (
            pa.array(sources, pa.string()),
            pa.array([ids[s] for s in sources], pa.string()),
            pa.array([bisect.bisect_right(firsts, ids[s]) - 1 for s in sources], pa.int32()),
        )
        for sources, _ in keys
    ]
    for name in ARTICLE_TABLES:
        (folder / name).mkdir(parents=True, exist_ok=True)
        writers: dict[int, pa.ipc.RecordBatchFileWriter] = {}
        sinks: list[pa.NativeFile] = []
        try:
            for chunk, (files, new_ids, block_of) in zip(chunk_dirs, lookups, strict=True):
                table = read_chunk_table(Path(chunk) / f"{name}.arrow").cast(chunk_schema(name))
                index = pc.index_in(table.column(SOURCE), value_set=files)
                # a row whose file made no event has no block: the last one takes it (the
                # gate rejects it there, as a row with no event id)
                block = pc.fill_null(pc.take(block_of, index), blocks - 1)
                table = table.set_column(
                    table.schema.get_field_index("event_id"), "event_id", pc.take(new_ids, index)
                )
                table = table.drop_columns([SOURCE]).cast(arrow_schema(name))
                numbers = pc.unique(block).to_pylist()
                for number in sorted(numbers):
                    if number not in writers:
                        sink = pa.OSFile(str(folder / name / f"{number:06d}.arrow"), "wb")
                        sinks.append(sink)
                        writers[number] = pa.ipc.new_file(sink, table.schema)
                    rows = table if len(numbers) == 1 else table.filter(pc.equal(block, number))
                    writers[number].write_table(rows)
        finally:
            for writer in writers.values():
                writer.close()
            for sink in sinks:
                sink.close()
    parts = [read_chunk_table(Path(d) / "rejects.arrow") for d in chunk_dirs]
    schema = arrow_schema("rejects")
    rejects = pa.concat_tables([p.cast(schema) for p in parts]) if parts else empty_table(schema)
    return Partition(folder, blocks, sort_table("rejects", rejects), len(ids))


def sort_table(name: str, table: pa.Table) -> pa.Table:
    if table.num_rows == 0:
        return table
    return table.sort_by([(key, "ascending") for key in SORT_KEYS[name]])


def empty_tables() -> dict[str, pa.Table]:
    return {name: empty_table(arrow_schema(name)) for name in TABLES}
