"""Markdown generated from the schemas: the data dictionary of the README and of releases."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.release import ATTRIBUTION
from pipeline.schema import TABLES, table_schema

BEGIN = "<!-- data-dictionary:begin (generated from schemas/ by `python -m pipeline docs`) -->"
END = "<!-- data-dictionary:end -->"


def _constraints(field: dict) -> str:
    parts = []
    for key, value in field.get("constraints", {}).items():
        if key == "enum":
            parts.append("one of " + ", ".join(f"`{v}`" for v in value))
        elif key in ("required", "unique") and value:
            parts.append(key)
        elif key == "pattern":
            parts.append(f"pattern `{value}`")
        else:
            parts.append(f"{key} {value}")
    return "; ".join(parts)


def data_dictionary(heading_level: int = 3) -> str:
    hashes = "#" * heading_level
    out = []
    for name in TABLES:
        schema = table_schema(name)
        key = schema.get("primaryKey")
        out.append(f"{hashes} `{name}`" + (f" (primary key: {', '.join(key)})" if key else ""))
        out.append("")
        out.append(schema.get("description", ""))
        out.append("")
        out.append("| column | type | constraints | meaning |")
        out.append("|---|---|---|---|")
        for field in schema["fields"]:
            kind = field["type"] + (" of string" if field["type"] == "list" else "")
            text = field.get("description", "").replace("|", "\\|").replace("\n", " ")
            out.append(f"| `{field['name']}` | {kind} | {_constraints(field)} | {text} |")
        out.append("")
    out.append(
        "In the CSV files, list columns are joined with `;`, booleans are `true`/`false`, "
        "nulls are empty cells, and a text cell that a spreadsheet would execute "
        "(starting with `=`, `+`, `-`, `@`, tab or carriage return, other than a plain "
        "number) is prefixed with `'`; the Parquet files keep the exact values."
    )
    return "\n".join(out)


def update_readme(path: Path) -> bool:
    """Rewrite the generated section of the project README; True when it changed."""
    text = path.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise ValueError(f"{path} has no data-dictionary markers")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    new = f"{head}{BEGIN}\n{data_dictionary()}\n{END}{tail}"
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


def release_readme(
    version: str,
    rows: dict[str, int],
    rejects: pa.Table,
    quality: dict[str, float],
    unknown_actors: list[str],
) -> str:
    counts = "\n".join(f"| `{n}` | {rows[n]} |" for n in TABLES)
    codes = ""
    if rejects.num_rows:
        grouped = rejects.group_by(["code"]).aggregate([("code", "count")]).sort_by("code")
        codes = "\n".join(
            f"- `{c}`: {n}"
            for c, n in zip(
                grouped.column("code").to_pylist(),
                grouped.column("code_count").to_pylist(),
                strict=True,
            )
        )
    share = "\n".join(f"| {k} | {v:.1%} |" for k, v in quality.items())
    actors = ", ".join(unknown_actors) if unknown_actors else "none"
    return f"""# massacre-events {version}

Events described by Wikipedia articles about massacres, normalized into typed tables:
dates as date ranges, places with present-day countries, casualty figures with every
competing claim kept, perpetrators with who alleges them. Each table is published as Parquet
(typed) and CSV; `datapackage.json` describes them (Frictionless Data Package) and
`SHA256SUMS` lists every file's checksum. `CHANGELOG.md` says what changed since the
previous release.

## Counts

| table | rows |
|---|---|
{counts}

Rejected inputs by code:
{codes or "- none"}

## Quality

| share of events with | value |
|---|---|
{share}

## Actors not in the dictionary

Perpetrators that passed through without a canonical name (a curator can add them to
`pipeline/reference/actors.csv`): {actors}

## License and attribution

{ATTRIBUTION} This dataset is shared under the same license (CC BY-SA 4.0).

## Data dictionary

{data_dictionary()}
"""


QUALITY = ("a date", "a place", "a country", "coordinates", "fatalities", "perpetrators")


def quality_counts(events: pa.Table) -> dict[str, int]:
    """Events with each kind of value, per block of events (summed by `quality`)."""
    masks = {
        "a date": pc.is_valid(events.column("date_start")),
        "a place": pc.is_valid(events.column("place")),
        "a country": pc.is_valid(events.column("country")),
        "coordinates": pc.is_valid(events.column("latitude")),
        "fatalities": pc.is_valid(events.column("fatalities_low")),
        "perpetrators": pc.greater(pc.list_value_length(events.column("perpetrators")), 0),
    }
    return {k: int(pc.sum(pc.cast(m, pa.int64())).as_py() or 0) for k, m in masks.items()}


def quality(counts: dict[str, int], events: int) -> dict[str, float]:
    """Share of events with each kind of value (for the release README and Prefect)."""
    return {k: counts.get(k, 0) / events if events else 0.0 for k in QUALITY}
