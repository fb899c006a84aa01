"""Write, checksum, describe and publish a release.

A release is assembled in a staging folder on the same file system, renamed into
`releases/<version>` in one step, and `latest` is switched with an atomic symlink replace:
a crash at any moment leaves the previous release and `latest` intact.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from pipeline import __version__, reference
from pipeline.schema import TABLES, arrow_schema, empty_table, schema_fingerprint, table_schema

PACKAGE_NAME = "massacre-events"
SEMVER_RE = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
PARQUET_OPTIONS = {
    "compression": "zstd",
    "compression_level": 3,
    "row_group_size": 65536,
    "write_statistics": True,
    "use_dictionary": True,
}
LICENSE = {
    "name": "CC-BY-SA-4.0",
    "path": "https://creativecommons.org/licenses/by-sa/4.0/",
    "title": "Creative Commons Attribution Share-Alike 4.0",
}
ATTRIBUTION = (
    "Text of the source articles: Wikipedia contributors, English Wikipedia, "
    "CC BY-SA 4.0. Each event's article is linked in events.wikipedia_url."
)
CSV_UNSAFE_RE = r"^[=+\-@\t\r]"
NUMBER_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


class ReleaseError(Exception):
    """An expected failure with a one-line, actionable message."""


@dataclass(frozen=True)
class Published:
    version: str
    path: Path
    created: bool  # False when an identical release already existed (no-op)
    changelog: str


# ---------------------------------------------------------------- versions


def parse_version(text: str) -> tuple[int, int, int]:
    match = SEMVER_RE.match(text)
    if not match:
        raise ReleaseError(f"version {text!r} is not X.Y.Z (SemVer, e.g. 1.0.0)")
    return int(match[1]), int(match[2]), int(match[3])


def existing_versions(output: Path) -> list[str]:
    folder = output / "releases"
    if not folder.is_dir():
        return []
    found = [p.name for p in folder.iterdir() if p.is_dir() and SEMVER_RE.match(p.name)]
    return sorted(found, key=parse_version)


def next_version(previous: str | None, bump: str) -> str:
    if previous is None:
        return "1.0.0"
    major, minor, patch = parse_version(previous)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def bump_kind(old: Path, new: Path) -> str | None:
    """major: a schema changed incompatibly; minor: events added or removed; patch: values
    changed; None: the data are the same. `old` and `new` are release (or staging) folders."""
    old_package = json.loads((old / "datapackage.json").read_text(encoding="utf-8"))
    old_schemas = old_package.get("massacre_events", {}).get("schema_fingerprints", {})
    for name in TABLES:
        before, now = old_schemas.get(name, {}), schema_fingerprint(name)
        if any(column not in now or now[column] != kind for column, kind in before.items()):
            return "major"
    if data_digest(old) == data_digest(new):
        return None
    return "minor" if set(event_ids(old)) != set(event_ids(new)) else "patch"


def built_from(release: Path, build_inputs: str) -> bool:
    """True when `release` was built from `build_inputs` and its Parquet files are still the
    ones it describes (so its data are what a build from those inputs would write)."""
    try:
        package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if package.get("massacre_events", {}).get("build_inputs_sha256") != build_inputs:
        return False
    hashes = {r.get("path"): r.get("hash") for r in package.get("resources", [])}
    for name in TABLES:
        path = release / f"{name}.parquet"
        if not path.is_file() or hashes.get(path.name) != "sha256:" + sha256_file(path):
            return False
    return True


def event_ids(folder: Path) -> list[str]:
    """The event ids of a release folder, in file order (a key column: read alone)."""
    return (
        pq.read_table(folder / "events.parquet", columns=["event_id"])
        .column("event_id")
        .to_pylist()
    )


# ---------------------------------------------------------------- writing


def csv_table(table: pa.Table) -> pa.Table:
    """The table as it goes into CSV: lists joined with ";", and text cells that a
    spreadsheet would execute (=, +, -, @, tab, CR at the start, other than a plain number)
    prefixed with a single quote. Parquet keeps the exact values."""
    columns = []
    for field in table.schema:
        column = table.column(field.name)
        if pa.types.is_list(field.type):
            column = pc.binary_join(column, ";")
        if pa.types.is_string(column.type):
            unsafe = pc.and_(
                pc.match_substring_regex(column, CSV_UNSAFE_RE),
                pc.invert(pc.match_substring_regex(column, NUMBER_RE.pattern)),
            )
            quoted = pc.binary_join_element_wise(pa.scalar("'"), column, "")
            column = pc.if_else(unsafe, quoted, column)
        columns.append(column)
    return pa.table(columns, names=table.column_names)


CSV_SLICE_ROWS = 65536
CSV_OPTIONS = {"include_header": True, "batch_size": 8192, "quoting_style": "needed"}


class TableWriter:
    """Writes one table's Parquet and CSV files a slice at a time, so a table of any size
    never has to be in memory at once."""

    def __init__(self, folder: Path, name: str) -> None:
        self.name = name
        self.schema = arrow_schema(name)
        self.rows = 0
        options = {k: v for k, v in PARQUET_OPTIONS.items() if k != "row_group_size"}
        self._parquet = pq.ParquetWriter(str(folder / f"{name}.parquet"), self.schema, **options)
        csv_schema = csv_table(empty_table(self.schema)).schema
        self._csv = pacsv.CSVWriter(
            str(folder / f"{name}.csv"), csv_schema, write_options=pacsv.WriteOptions(**CSV_OPTIONS)
        )

    def write(self, table: pa.Table) -> None:
        table = table.cast(self.schema)
        self.rows += table.num_rows
        if table.num_rows:
            self._parquet.write_table(table, row_group_size=PARQUET_OPTIONS["row_group_size"])
        for start in range(0, table.num_rows, CSV_SLICE_ROWS):
            self._csv.write_table(csv_table(table.slice(start, CSV_SLICE_ROWS)))

    def close(self) -> None:
        self._parquet.close()
        self._csv.close()


class ReleaseWriter:
    """The data files of a release, every table written block by block into `folder`."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=False)
        self.folder = folder
        self.tables: dict[str, TableWriter] = {}
        try:
            for name in TABLES:
                self.tables[name] = TableWriter(folder, name)
        except BaseException:
            self.close()
            raise

    def write(self, name: str, table: pa.Table) -> None:
        self.tables[name].write(table)

    def close(self) -> dict[str, int]:
        """Finish every file; returns the row count of each table."""
        for writer in self.tables.values():
            writer.close()
        return {name: writer.rows for name, writer in self.tables.items()}


def data_digest(release: Path) -> str:
    """sha256 over the Parquet files of every table: the identity of a release's data."""
    total = hashlib.sha256()
    for name in TABLES:
        total.update(name.encode())
        total.update(bytes.fromhex(sha256_file(release / f"{name}.parquet")))
    return total.hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def git_commit() -> str | None:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            cwd=Path(__file__).parent,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = result.stdout.strip()
    return commit if result.returncode == 0 and re.fullmatch(r"[0-9a-f]{40}", commit) else None


def resource_entries(folder: Path) -> list[dict]:
    """CSV resources are Frictionless tables (validated row by row); Parquet resources are
    files checked by bytes and hash (frictionless-py reads Parquet through pandas, which turns
    nullable integers into floats and lists into arrays, so it cannot type-check them)."""
    entries = []
    for name in TABLES:
        schema = {
            k: v
            for k, v in table_schema(name).items()
            if k in ("fields", "primaryKey", "foreignKeys", "missingValues")
        }
        csv_path, parquet_path = folder / f"{name}.csv", folder / f"{name}.parquet"
        entries.append(
            {
                "name": name,
                "type": "table",
                "path": csv_path.name,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "title": table_schema(name).get("title", name),
                "description": table_schema(name).get("description", ""),
                "bytes": csv_path.stat().st_size,
                "hash": "sha256:" + sha256_file(csv_path),
                "schema": schema,
            }
        )
        entries.append(
            {
                "name": f"{name}_parquet",
                "type": "file",
                "path": parquet_path.name,
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "title": table_schema(name).get("title", name) + " (Parquet)",
                "description": f"The {name} table as typed Parquet: same rows as {name}.csv.",
                "bytes": parquet_path.stat().st_size,
                "hash": "sha256:" + sha256_file(parquet_path),
                "schema": schema,
            }
        )
    return entries


def write_release(
    folder: Path,
    tables: dict[str, pa.Table],
    version: str,
    raw_digest: str,
    changelog: str,
    readme: str,
) -> None:
    """Write every file of a release of whole tables into `folder` (a staging folder)."""
    writer = ReleaseWriter(folder)
    try:
        for name in TABLES:
            writer.write(name, tables[name])
    finally:
        counts = writer.close()
    write_metadata(folder, version, raw_digest, changelog, readme, counts)


def write_metadata(
    folder: Path,
    version: str,
    raw_digest: str,
    changelog: str,
    readme: str,
    counts: dict[str, int],
    build_inputs: str | None = None,
) -> None:
    """Write the changelog, README, datapackage.json and SHA256SUMS beside the data files.
    `build_inputs`: `cache.build_inputs` of the build, so that the next build from the same
    inputs knows it has nothing to do without making the data files again."""
    (folder / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    (folder / "README.md").write_text(readme, encoding="utf-8")
    package = {
        "name": PACKAGE_NAME,
        "title": "Massacre events from Wikipedia articles",
        "description": "Events, casualty and perpetrator claims normalized from Wikipedia "
        "articles about massacres, with the raw infobox and text kept.",
        "version": version,
        "created": dt.datetime.now(dt.UTC)
        .replace(microsecond=0)
        .isoformat()
        .replace("+00:00", "Z"),
        "licenses": [LICENSE],
        "sources": [
            {
                "title": "English Wikipedia",
                "path": "https://en.wikipedia.org/",
                "description": ATTRIBUTION,
            }
        ],
        "contributors": [{"title": "Wikipedia contributors", "role": "author"}],
        "massacre_events": {
            "code_version": __version__,
            "git_commit": git_commit(),
            "raw_corpus_sha256": raw_digest,
            "build_inputs_sha256": build_inputs,
            "reference_versions": reference.versions(),
            "schema_fingerprints": {name: schema_fingerprint(name) for name in TABLES},
            "row_counts": {name: counts[name] for name in TABLES},
        },
        "resources": resource_entries(folder),
    }
    (folder / "datapackage.json").write_text(
        json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    sums = [f"{sha256_file(p)}  {p.name}" for p in sorted(folder.iterdir()) if p.is_file()]
    (folder / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")


def verify_checksums(release: Path) -> list[str]:
    """Problems found checking SHA256SUMS: missing, changed or unlisted files."""
    sums_path = release / "SHA256SUMS"
    if not sums_path.is_file():
        return [f"{release} has no SHA256SUMS"]
    problems, listed = [], set()
    for line in sums_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        digest, _, name = line.partition("  ")
        listed.add(name)
        path = release / name
        if not path.is_file():
            problems.append(f"{name} is listed in SHA256SUMS but missing")
        elif sha256_file(path) != digest:
            problems.append(f"{name} does not match its SHA256SUMS checksum")
    for path in sorted(release.iterdir()):
        if path.is_file() and path.name != "SHA256SUMS" and path.name not in listed:
            problems.append(f"{path.name} is not listed in SHA256SUMS")
    return problems


def read_release(release: Path) -> dict[str, pa.Table]:
    return {name: pq.read_table(release / f"{name}.parquet") for name in TABLES}


# ---------------------------------------------------------------- changelog


@dataclass(frozen=True)
class Snapshot:
    """What a changelog compares: a release folder's events file and every table's row
    count. The events are read a batch at a time, never whole."""

    version: str
    folder: Path
    counts: dict[str, int]


def snapshot(release: Path, version: str | None = None) -> Snapshot:
    """A release folder (or a staging folder, with its `version`) as a changelog side."""
    if version is None:
        package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
        version = package["version"]
    counts = {n: pq.ParquetFile(release / f"{n}.parquet").metadata.num_rows for n in TABLES}
    return Snapshot(version, release, counts)


def changelog(old: Snapshot | None, new: Snapshot) -> str:
    """Events added and removed, and for each changed event every field as old -> new."""
    lines = [f"# Changelog: {new.version}", ""]
    if old is None:
        lines += [
            f"First release: {new.counts['events']} events, {new.counts['rejects']} rejects.",
            "",
        ]
        return "\n".join(lines)
    lines += [f"Changes since {old.version}.", ""]
    before = event_ids(old.folder)
    after = event_ids(new.folder)
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = _value_changes(old.folder / "events.parquet", new.folder / "events.parquet")
    lines.append(f"## Events added ({len(added)})")
    lines += [f"- `{i}`" for i in added] or ["- none"]
    lines += ["", f"## Events removed ({len(removed)})"]
    lines += [f"- `{i}`" for i in removed] or ["- none"]
    lines += ["", f"## Values changed ({len(changed)})"]
    lines += changed or ["- none"]
    counts = [
        f"- {name}: {old.counts[name]} → {new.counts[name]}"
        for name in TABLES
        if name in old.counts and old.counts[name] != new.counts[name]
    ]
    lines += ["", "## Row counts", *(counts or ["- unchanged"]), ""]
    return "\n".join(lines)


CHANGELOG_BATCH_ROWS = 16384


def _sorted_ids(path: Path) -> list[str]:
    """A release's event ids, checked to be in order (the merge below depends on it)."""
    ids = pq.read_table(path, columns=["event_id"]).column("event_id").to_pylist()
    if any(a > b for a, b in zip(ids, ids[1:], strict=False)):
        raise ReleaseError(
            f"{path} is not sorted by event_id, so it was not written by this pipeline; "
            "rebuild that release"
        )
    return ids


def _rows_between(file: pq.ParquetFile, start: int, stop: int, columns: list[str]) -> pa.Table:
    """Rows [start, stop) of a Parquet file, reading only the row groups that hold them."""
    groups, first, offset = [], None, 0
    for index in range(file.metadata.num_row_groups):
        size = file.metadata.row_group(index).num_rows
        if offset < stop and offset + size > start:
            groups.append(index)
            first = offset if first is None else first
        offset += size
    table = file.read_row_groups(groups, columns=columns)
    return table.slice(start - (first or 0), stop - start)


def _differs(before: pa.ChunkedArray, after: pa.ChunkedArray) -> list[int]:
    """Positions where two aligned columns hold different values (a null differs from a
    value, two nulls do not)."""
    if pa.types.is_list(after.type) or pa.types.is_list(before.type):
        old, new = before.to_pylist(), after.to_pylist()
        return [i for i, (x, y) in enumerate(zip(old, new, strict=True)) if x != y]
    if before.type != after.type:
        before = before.cast(after.type)
    unequal = pc.fill_null(pc.not_equal(before, after), False)
    one_null = pc.xor(pc.is_null(before), pc.is_null(after))
    return pc.indices_nonzero(pc.or_(unequal, one_null)).to_pylist()


def _value_changes(old: Path, new: Path) -> list[str]:
    """'- `id`: column old → new' for events in both files, by event id, then column order.
    Both files are sorted by event id (every release is), so a batch of new events meets a
    contiguous run of old ones: a batch of each is in memory at a time, compared column-wise,
    and only the values that differ become Python objects."""
    old_file, new_file = pq.ParquetFile(old), pq.ParquetFile(new)
    old_columns = set(old_file.schema_arrow.names)
    columns = [c for c in new_file.schema_arrow.names if c in old_columns]
    position = {event_id: row for row, event_id in enumerate(_sorted_ids(old))}
    _sorted_ids(new)
    changes: list[str] = []
    for batch in new_file.iter_batches(batch_size=CHANGELOG_BATCH_ROWS, columns=columns):
        ids = batch.column("event_id").to_pylist()
        pairs = [(row, position[i]) for row, i in enumerate(ids) if i in position]
        if not pairs:
            continue
        start, stop = pairs[0][1], pairs[-1][1] + 1
        before = _rows_between(old_file, start, stop, columns)
        before = before.take(pa.array([o - start for _, o in pairs], pa.int64()))
        after = pa.Table.from_batches([batch]).take(pa.array([n for n, _ in pairs], pa.int64()))
        found: dict[int, list[str]] = {}
        for column in columns:
            rows = _differs(before.column(column), after.column(column))
            if not rows:
                continue
            old_values = before.column(column).take(pa.array(rows, pa.int64())).to_pylist()
            new_values = after.column(column).take(pa.array(rows, pa.int64())).to_pylist()
            for row, x, y in zip(rows, old_values, new_values, strict=True):
                event_id = ids[pairs[row][0]]
                found.setdefault(row, []).append(f"- `{event_id}`: {column} {_fmt(x)} → {_fmt(y)}")
        changes += [line for row in sorted(found) for line in found[row]]
    return changes


def _fmt(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


# ---------------------------------------------------------------- publishing


def clean_leftovers(output: Path) -> list[str]:
    """Remove what a crashed build left behind (staging folders, half-made links)."""
    removed = []
    for pattern in ("releases/.staging-*", ".latest-*", ".work-*"):
        for path in output.glob(pattern):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(path.name)
    return removed


def switch_latest(output: Path, version: str) -> None:
    link = output / f".latest-{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(Path("releases") / version, target_is_directory=True)
    os.replace(link, output / "latest")


def publish(staging: Path, output: Path, version: str) -> Path:
    """Rename the staging folder into place and point `latest` at it."""
    final = output / "releases" / version
    os.rename(staging, final)
    switch_latest(output, version)
    _fsync_dir(output / "releases")
    _fsync_dir(output)
    return final


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
