"""Chunk tables -> the corpus's tables, sorted, in blocks of consecutive event ids.

An external sort, so that no table of the whole corpus is ever in memory: event ids are made
unique across the corpus from the events' key columns alone, then every chunk's rows are
written into the block of their event id on disk. Every key of the schemas starts with
event_id, so each block can be sorted, gated and written on its own, and the blocks in order
are the sorted tables. The result does not depend on how the files were chunked or in which
order the chunks finished.

Not part of the chunk cache's key (`cache.TABLE_CODE`): changing how chunks are assembled
does not make the next build parse the corpus again.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc  # noqa: F401 - pa.ipc

from pipeline.schema import arrow_schema, empty_table
from pipeline.tables import ARTICLE_TABLES, SOURCE, chunk_schema, read_chunk_table
from pipeline.text import slugify

SORT_KEYS = {
    "events": ["event_id"],
    "casualty_claims": ["event_id", "claim_id"],
    "perpetrator_claims": ["event_id", "claim_id"],
    "infobox_fields": ["event_id", "position"],
    "sections": ["event_id", "position"],
    "rejects": ["source_file", "stage", "code", "message"],
}


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


BLOCK_EVENTS = 8_192  # events per block, with their claims and text: what memory holds at once


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
    return Partition(folder, blocks, sort_table("rejects", rejects))


def sort_table(name: str, table: pa.Table) -> pa.Table:
    if table.num_rows == 0:
        return table
    return table.sort_by([(key, "ascending") for key in SORT_KEYS[name]])
