"""The Table Schemas in `schemas/` and what is generated from them (Arrow schemas).

`schemas/*.json` is the single source of truth for the tables' columns, types, descriptions
and constraints: the Arrow schemas used to write Parquet, the release's datapackage.json, the
gate's checks and the README's data dictionary are all derived from it here.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pyarrow as pa

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
# Publication order: the parent table first (foreign keys point at it), rejects last.
TABLES = (
    "events",
    "casualty_claims",
    "perpetrator_claims",
    "infobox_fields",
    "sections",
    "rejects",
)

ARROW_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
    "list": pa.list_(pa.string()),
}


@cache
def table_schema(name: str) -> dict:
    """The Frictionless Table Schema of one table, as a dict."""
    path = SCHEMA_DIR / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def fields(name: str) -> list[dict]:
    return table_schema(name)["fields"]


def field_names(name: str) -> list[str]:
    return [f["name"] for f in fields(name)]


@cache
def arrow_schema(name: str) -> pa.Schema:
    """Arrow schema with every field's description in its metadata (analysts see it)."""
    schema = table_schema(name)
    # Every Arrow field is nullable: `required` is enforced by the gate, which must be able to
    # see (and quarantine) a null where the schema forbids one instead of failing on a cast.
    arrow_fields = [
        pa.field(
            field["name"],
            ARROW_TYPES[field["type"]],
            metadata={"description": field.get("description", "")},
        )
        for field in schema["fields"]
    ]
    return pa.schema(
        arrow_fields,
        metadata={
            "table": name,
            "description": schema.get("description", ""),
            "primaryKey": json.dumps(schema.get("primaryKey", [])),
        },
    )


def schema_fingerprint(name: str) -> dict[str, str]:
    """column -> type: what a consumer's code depends on (for major/minor versioning)."""
    return {f["name"]: f["type"] for f in fields(name)}


def empty_table(schema: pa.Schema) -> pa.Table:
    """A table with no rows (`Schema.empty_table()` does the same but imports pandas)."""
    return pa.Table.from_batches([], schema=schema)
