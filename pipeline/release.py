"""Write, checksum, describe and publish a release.

A release is assembled in a staging folder on the same file system, renamed into
`releases/<version>` in one step, and `latest` is switched with an atomic symlink replace:
a crash at any moment leaves the previous release and `latest` intact.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
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
from pipeline.schema import TABLES, arrow_schema, schema_fingerprint, table_schema

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


def bump_kind(
    old: Path, tables: dict[str, pa.Table], parquet: dict[str, bytes] | None = None
) -> str | None:
    """major: a schema changed incompatibly; minor: events added or removed; patch: values
    changed; None: the data are the same. `parquet`: the tables' Parquet bytes, if made."""
    old_package = json.loads((old / "datapackage.json").read_text(encoding="utf-8"))
    old_schemas = old_package.get("massacre_events", {}).get("schema_fingerprints", {})
    for name in TABLES:
        before, now = old_schemas.get(name, {}), schema_fingerprint(name)
        if any(column not in now or now[column] != kind for column, kind in before.items()):
            return "major"
    if data_digest(old) == digest(parquet or parquet_files(tables)):
        return None
    old_ids = set(
        pq.read_table(old / "events.parquet", columns=["event_id"]).column("event_id").to_pylist()
    )
    new_ids = set(tables["events"].column("event_id").to_pylist())
    return "minor" if old_ids != new_ids else "patch"


# ---------------------------------------------------------------- writing


def parquet_bytes(name: str, table: pa.Table) -> bytes:
    sink = io.BytesIO()
    pq.write_table(table.cast(arrow_schema(name)), sink, **PARQUET_OPTIONS)
    return sink.getvalue()


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


def write_csv(name: str, table: pa.Table, path: Path) -> None:
    """Stream the table to CSV a slice at a time: the spreadsheet-safe copy of a slice is
    all that exists at once, never a second copy of the table or of the file's bytes."""
    table = table.cast(arrow_schema(name))
    options = pacsv.WriteOptions(include_header=True, batch_size=8192, quoting_style="needed")
    schema = csv_table(table.slice(0, 0)).schema
    with pacsv.CSVWriter(str(path), schema, write_options=options) as writer:
        for start in range(0, table.num_rows, CSV_SLICE_ROWS):
            writer.write_table(csv_table(table.slice(start, CSV_SLICE_ROWS)))


def parquet_files(tables: dict[str, pa.Table]) -> dict[str, bytes]:
    """table -> its Parquet bytes, made once per build and used for both the digest and
    the files."""
    return {name: parquet_bytes(name, tables[name]) for name in TABLES}


def digest(parquet: dict[str, bytes]) -> str:
    """sha256 over the Parquet bytes of every table: the identity of a release's data."""
    total = hashlib.sha256()
    for name in TABLES:
        total.update(name.encode())
        total.update(hashlib.sha256(parquet[name]).digest())
    return total.hexdigest()


def data_digest(release: Path) -> str:
    return digest({name: (release / f"{name}.parquet").read_bytes() for name in TABLES})


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
    parquet: dict[str, bytes] | None = None,
) -> None:
    """Write every file of a release into `folder` (a staging folder)."""
    folder.mkdir(parents=True, exist_ok=False)
    parquet = parquet or parquet_files(tables)
    for name in TABLES:
        (folder / f"{name}.parquet").write_bytes(parquet[name])
        write_csv(name, tables[name], folder / f"{name}.csv")
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
            "reference_versions": reference.versions(),
            "schema_fingerprints": {name: schema_fingerprint(name) for name in TABLES},
            "row_counts": {name: tables[name].num_rows for name in TABLES},
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
    """What a changelog compares: the events table and every table's row count. Reading
    only this (not the text tables) keeps a rebuild's memory low."""

    version: str
    events: pa.Table
    counts: dict[str, int]


def snapshot(release: Path) -> Snapshot:
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    counts = {n: pq.ParquetFile(release / f"{n}.parquet").metadata.num_rows for n in TABLES}
    return Snapshot(package["version"], pq.read_table(release / "events.parquet"), counts)


def snapshot_of(version: str, tables: dict[str, pa.Table]) -> Snapshot:
    return Snapshot(version, tables["events"], {n: tables[n].num_rows for n in TABLES})


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
    before = old.events.column("event_id").to_pylist()
    after = new.events.column("event_id").to_pylist()
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = _value_changes(old.events, new.events)
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


def _value_changes(old: pa.Table, new: pa.Table) -> list[str]:
    """'- `id`: column old → new' for events in both tables, by event id, then column order.
    Compared one column at a time: only two columns are ever Python objects at once, not
    both tables row by row (that took 0.9 GiB for 100,000 events)."""
    old_ids = old.column("event_id").to_pylist()
    new_ids = new.column("event_id").to_pylist()
    position = {event_id: row for row, event_id in enumerate(old_ids)}
    pairs = [(row, position[i]) for row, i in enumerate(new_ids) if i in position]
    changes: dict[str, list[str]] = {}
    for column in new.column_names:
        if column not in old.column_names:
            continue
        before = old.column(column).to_pylist()
        after = new.column(column).to_pylist()
        for new_row, old_row in pairs:
            if before[old_row] != after[new_row]:
                changes.setdefault(new_ids[new_row], []).append(
                    f"- `{new_ids[new_row]}`: {column} {_fmt(before[old_row])} → "
                    f"{_fmt(after[new_row])}"
                )
    return [line for event_id in sorted(changes) for line in changes[event_id]]


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
