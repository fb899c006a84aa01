"""Reference data: versioned CSV dictionaries, each with a Table Schema beside it.

`<name>.csv` holds the data and `<name>.schema.json` its Frictionless Table Schema, with a
`version` property bumped whenever the data changes (it is recorded in every release).
"""

from __future__ import annotations

import csv
import json
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


def names() -> list[str]:
    return sorted(p.name.removesuffix(".schema.json") for p in HERE.glob("*.schema.json"))


@cache
def schema(name: str) -> dict:
    return json.loads((HERE / f"{name}.schema.json").read_text(encoding="utf-8"))


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of one reference table, as strings; checks the header against its schema."""
    with (HERE / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        expected = [f["name"] for f in schema(name)["fields"]]
        if reader.fieldnames != expected:
            raise ValueError(f"reference/{name}.csv columns {reader.fieldnames} != {expected}")
        return tuple(dict(row) for row in reader)


def versions() -> dict[str, str]:
    """name -> version of every reference table (recorded in release metadata)."""
    return {name: str(schema(name).get("version", "0")) for name in names()}
