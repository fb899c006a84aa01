"""The gate: every table checked against its Table Schema before anything is published.

frictionless-py validates about 10,000 CSV rows/s, too slow for a 10^5-article corpus, so the
gate applies the same constraints column-wise with pyarrow (required, unique, enum, pattern,
minimum, maximum, primary keys, foreign keys) plus the contract's cross-field rules
(low <= high, start <= end). Rows that break a rule are moved to `rejects`, never published.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.schema import TABLES, table_schema

# Cross-field rules of the contract: (table, low column, high column).
ORDERED_PAIRS = (
    ("events", "date_start", "date_end"),
    ("events", "fatalities_low", "fatalities_high"),
    ("events", "injuries_low", "injuries_high"),
)


@dataclass(frozen=True)
class Violation:
    table: str
    row: int  # index in the table as checked
    rule: str  # required | unique | enum | pattern | minimum | maximum | primary_key | ...
    column: str
    message: str


def _mask_to_rows(mask: pa.ChunkedArray | pa.Array) -> list[int]:
    filled = pc.fill_null(mask, False)
    return pc.indices_nonzero(filled).to_pylist()


# Table Schema value constraints as column-wise tests: rule -> (mask of violations, message).
# Nulls never violate a value rule (a null is `required`'s business).
VALUE_RULES = {
    "enum": (
        lambda v, allowed: pc.and_(
            pc.invert(pc.is_in(v, value_set=pa.array(allowed))), pc.is_valid(v)
        ),
        "is not one of {}",
    ),
    "pattern": (
        lambda v, regex: pc.invert(pc.match_substring_regex(v, f"^(?:{regex})$")),
        "does not match the pattern {}",
    ),
    "minimum": (lambda v, limit: pc.less(v, limit), "is below the minimum {}"),
    "maximum": (lambda v, limit: pc.greater(v, limit), "is above the maximum {}"),
}


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_table(name: str, table: pa.Table) -> list[Violation]:
    """Every violation of the schema's constraints in one table."""
    schema = table_schema(name)
    found: list[Violation] = []

    def add(mask, rule: str, column: str, what: str) -> None:
        for row in _mask_to_rows(mask):
            value = table.column(column)[row].as_py() if column in table.column_names else None
            found.append(
                Violation(name, row, rule, column, f"{name}.{column} = {_show(value)} {what}")
            )

    for spec in schema["fields"]:
        column = spec["name"]
        if column not in table.column_names:
            found.append(
                Violation(
                    name,
                    -1,
                    "missing_column",
                    column,
                    f"{name} has no column {column}; regenerate the table from schemas/{name}.json",
                )
            )
            continue
        data = table.column(column)
        constraints = spec.get("constraints", {})
        if constraints.get("required"):
            add(pc.is_null(data), "required", column, "is required")
        if spec["type"] == "list":
            continue  # the schemas put no constraints on list items
        for rule, (violates, what) in VALUE_RULES.items():
            if rule in constraints:
                limit = constraints[rule]
                add(violates(data, limit), rule, column, what.format(limit))
        if constraints.get("unique"):
            add(_duplicated(table, [column]), "unique", column, "is not unique")
    key = schema.get("primaryKey") or []
    if key and all(k in table.column_names for k in key):
        add(_duplicated(table, key), "primary_key", key[0], f"repeats the primary key {key}")
    for low, high in ((lo, hi) for t, lo, hi in ORDERED_PAIRS if t == name):
        add(
            pc.greater(table.column(low), table.column(high)),
            "order",
            low,
            f"is greater than {high}",
        )
    if name == "casualty_claims":
        add(
            pc.greater(table.column("figure_low"), table.column("figure_high")),
            "order",
            "figure_low",
            "is greater than figure_high",
        )
    return found


def _duplicated(table: pa.Table, columns: list[str]) -> pa.Array:
    """True for every row after the first with the same values in `columns`."""
    if table.num_rows == 0:
        return pa.array([], pa.bool_())
    keyed = table.select(columns).append_column("__row", pa.array(range(table.num_rows)))
    firsts = keyed.group_by(columns, use_threads=False).aggregate([("__row", "min")])
    first_rows = firsts.column("__row_min")
    return pc.invert(pc.is_in(pa.array(range(table.num_rows)), value_set=first_rows))


def check_foreign_keys(name: str, table: pa.Table, tables: dict[str, pa.Table]) -> list[Violation]:
    found: list[Violation] = []
    for fk in table_schema(name).get("foreignKeys", []):
        parent = tables[fk["reference"]["resource"]]
        column, parent_column = fk["fields"][0], fk["reference"]["fields"][0]
        missing = pc.invert(pc.is_in(table.column(column), value_set=parent.column(parent_column)))
        for row in _mask_to_rows(missing):
            value = table.column(column)[row].as_py()
            found.append(
                Violation(
                    name,
                    row,
                    "foreign_key",
                    column,
                    f"{name}.{column} = {_show(value)} has no row in {fk['reference']['resource']}",
                )
            )
    return found


def gate(tables: dict[str, pa.Table]) -> tuple[dict[str, pa.Table], list[dict]]:
    """(tables with every violating row removed, reject rows for them)."""
    rejects: list[dict] = []
    source_of = dict(
        zip(
            tables["events"].column("event_id").to_pylist(),
            tables["events"].column("source_file").to_pylist(),
            strict=True,
        )
    )
    clean = dict(tables)

    def drop(name: str, violations: list[Violation]) -> None:
        if not violations:
            return
        table = clean[name]
        rows = sorted({v.row for v in violations if v.row >= 0})
        for v in violations:
            if v.row < 0:
                raise ValueError(v.message)
            record = table.slice(v.row, 1).to_pylist()[0]
            source = record.get("source_file") or source_of.get(record.get("event_id"), "")
            rejects.append(
                {
                    "source_file": source or "?",
                    "stage": "validate",
                    "code": f"schema_{v.rule}",
                    "message": f"{v.message}; the record was not published: fix the "
                    "normalizer or the raw value",
                }
            )
        keep = pc.invert(pc.is_in(pa.array(range(table.num_rows)), value_set=pa.array(rows)))
        clean[name] = table.filter(keep)

    drop("events", check_table("events", clean["events"]))
    for name in TABLES[1:]:
        drop(name, check_table(name, clean[name]))
    for name in TABLES[1:]:  # children of quarantined events go with them
        drop_children = check_foreign_keys(name, clean[name], clean)
        if drop_children:
            keep = pc.invert(
                pc.is_in(
                    pa.array(range(clean[name].num_rows)),
                    value_set=pa.array([v.row for v in drop_children]),
                )
            )
            clean[name] = clean[name].filter(keep)
    if rejects:
        extra = pa.Table.from_pylist(rejects, schema=clean["rejects"].schema)
        merged = pa.concat_tables([clean["rejects"], extra])
        clean["rejects"] = merged.sort_by(
            [(k, "ascending") for k in ("source_file", "stage", "code", "message")]
        )
    return clean, rejects


def violations(tables: dict[str, pa.Table]) -> list[Violation]:
    """All violations in a set of tables (for re-checking a published release)."""
    found: list[Violation] = []
    for name in TABLES:
        found.extend(check_table(name, tables[name]))
        found.extend(check_foreign_keys(name, tables[name], tables))
    return found


class _Run:
    """Reads a Parquet table sorted by event_id in runs: all rows up to an event id."""

    def __init__(self, path: Path) -> None:
        self._batches = pq.ParquetFile(path).iter_batches(batch_size=BLOCK_ROWS)
        self.schema = pq.read_schema(path)
        self._buffer = pa.Table.from_batches([], schema=self.schema)
        self._last = ""
        self.unsorted = False

    def until(self, last: str | None) -> pa.Table:
        """The next rows whose event_id is <= `last` (every row left when `last` is None)."""
        parts = []
        while True:
            if self._buffer.num_rows == 0:
                batch = next(self._batches, None)
                if batch is None:
                    break
                self._buffer = pa.Table.from_batches([batch])
                ids = [i for i in self._buffer.column("event_id").to_pylist() if i is not None]
                if any(a > b for a, b in zip([self._last, *ids], ids, strict=False)):
                    self.unsorted = True
                self._last = ids[-1] if ids else self._last
            ids = self._buffer.column("event_id")
            taken = (
                self._buffer.num_rows
                if last is None
                else pc.sum(pc.cast(pc.less_equal(ids, last), pa.int64())).as_py() or 0
            )
            parts.append(self._buffer.slice(0, taken))
            self._buffer = self._buffer.slice(taken)
            if self._buffer.num_rows:
                break
        return pa.concat_tables(parts) if parts else self._buffer


BLOCK_ROWS = 8192


def release_violations(folder: Path) -> list[Violation]:
    """All violations in a release folder's Parquet files, checked a block of events at a time
    with the claims and text of those events (tables are sorted by event_id): memory holds a
    block, not the release. Tables not sorted by event_id are a violation of their own."""
    found: list[Violation] = []
    runs = {name: _Run(folder / f"{name}.parquet") for name in TABLES[1:-1]}
    previous = None
    batches = list(pq.ParquetFile(folder / "events.parquet").iter_batches(batch_size=BLOCK_ROWS))
    for number, batch in enumerate(batches or [None]):
        events = (
            pa.Table.from_batches([batch])
            if batch is not None
            else pa.Table.from_batches([], schema=pq.read_schema(folder / "events.parquet"))
        )
        ids = events.column("event_id").to_pylist()
        known = [i for i in ids if i is not None]
        if previous is not None and known and known[0] < previous:
            found.append(_unsorted("events"))
        if previous is not None and known and known[0] == previous:
            message = f"events.event_id = {_show(previous)} repeats the primary key ['event_id']"
            found.append(Violation("events", 0, "primary_key", "event_id", message))
        previous = known[-1] if known else previous
        last = None if number == len(batches) - 1 or not known else known[-1]
        block = {"events": events} | {name: run.until(last) for name, run in runs.items()}
        for name, table in block.items():
            found.extend(check_table(name, table))
            found.extend(check_foreign_keys(name, table, block))
    for name, run in runs.items():
        if run.unsorted:
            found.append(_unsorted(name))
    found.extend(check_table("rejects", pq.read_table(folder / "rejects.parquet")))
    return found


def _unsorted(name: str) -> Violation:
    return Violation(
        name, -1, "order", "event_id", f"{name} is not sorted by event_id; rebuild the release"
    )
