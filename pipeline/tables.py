"""Articles -> Arrow tables shaped by `schemas/`.

Work happens in chunks of files: `process_chunk` reads and normalizes a chunk and writes one
Arrow file per table into a chunk folder (the cache); `assemble.py` turns the chunk folders
into the corpus's sorted tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc  # noqa: F401 - pa.ipc

from pipeline import read
from pipeline.normalize.article import Row, normalize_article
from pipeline.schema import TABLES, arrow_schema, empty_table, fields

SOURCE = "_source_file"  # internal column: which file a row came from (dropped on assembly)
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


def empty_tables() -> dict[str, pa.Table]:
    return {name: empty_table(arrow_schema(name)) for name in TABLES}
