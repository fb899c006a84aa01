"""The gate: one planted error of every constraint kind the schemas use is caught by the
pyarrow gate and by frictionless, and the gate moves the bad rows to rejects."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pytest
from conftest import RAW
from frictionless import validate as fl_validate

from pipeline import release, tables, validate
from pipeline.build import run_build
from pipeline.schema import TABLES, table_schema


@pytest.fixture(scope="module")
def good_tables(tmp_path_factory) -> dict[str, pa.Table]:
    tmp = tmp_path_factory.mktemp("gate")
    raw = tmp / "raw"
    raw.mkdir()
    for name in ("adra-massacre.txt", "bucha-massacre.txt", "my-lai-massacre.txt"):
        shutil.copy(RAW / name, raw / name)
    result = run_build(raw, tmp / "out")
    return release.read_release(Path(result.path))


def _set(table: pa.Table, column: str, row: int, value) -> pa.Table:
    values = table.column(column).to_pylist()
    values[row] = value
    index = table.schema.get_field_index(column)
    return table.set_column(
        index, table.schema.field(index), pa.array(values, table.schema.field(index).type)
    )


def _with_duplicate_row(table: pa.Table) -> pa.Table:
    return pa.concat_tables([table, table.slice(0, 1)])


# (description, table, change) — one of every constraint kind used in schemas/
PLANTED = [
    ("required", "events", lambda t: _set(t, "perpetrator_status", 0, None)),
    ("unique", "events", _with_duplicate_row),
    ("enum", "events", lambda t: _set(t, "date_precision", 0, "week")),
    ("pattern", "events", lambda t: _set(t, "country_code", 0, "syr")),
    ("minimum", "events", lambda t: _set(t, "fatalities_low", 0, -1)),
    ("maximum", "events", lambda t: _set(t, "latitude", 0, 123.0)),
    ("primary_key", "casualty_claims", _with_duplicate_row),
    ("foreign_key", "perpetrator_claims", lambda t: _set(t, "event_id", 0, "no-such-event")),
]


def test_every_constraint_kind_is_planted():
    used = set()
    for name in TABLES:
        schema = table_schema(name)
        for field in schema["fields"]:
            used |= set(field.get("constraints", {}))
        used |= {"primary_key"} if schema.get("primaryKey") else set()
        used |= {"foreign_key"} if schema.get("foreignKeys") else set()
    assert used <= {kind for kind, _, _ in PLANTED}


@pytest.mark.parametrize(("kind", "name", "change"), PLANTED, ids=[p[0] for p in PLANTED])
def test_gate_and_frictionless_both_catch(kind, name, change, good_tables, tmp_path: Path):
    bad = dict(good_tables)
    bad[name] = change(good_tables[name])

    found = {v.rule for v in validate.check_table(name, bad[name])}
    found |= {v.rule for v in validate.check_foreign_keys(name, bad[name], bad)}
    assert kind in found or (kind == "unique" and "primary_key" in found)

    clean, rejects = validate.gate(bad)
    assert validate.violations(clean) == []
    if kind != "foreign_key":  # orphans go with their missing parent, no reject of their own
        assert rejects and all(r["stage"] == "validate" for r in rejects)
        assert clean["rejects"].num_rows == good_tables["rejects"].num_rows + len(rejects)

    folder = tmp_path / "release"
    release.write_release(folder, bad, "9.9.9", "0" * 64, "# test\n", "# test\n")
    streamed = {v.rule for v in validate.release_violations(folder)}
    assert kind in streamed or (kind == "unique" and "primary_key" in streamed)
    report = fl_validate(folder / "datapackage.json")
    assert not report.valid
    errors = [e.type for t in report.tasks for e in t.errors]
    assert errors, kind


def test_gate_keeps_good_rows(good_tables):
    clean, rejects = validate.gate(good_tables)
    assert rejects == []
    for name in TABLES:
        assert clean[name].num_rows == good_tables[name].num_rows


def test_quarantined_event_takes_its_claims_along(good_tables):
    bad = dict(good_tables)
    bad["events"] = _set(good_tables["events"], "country_code", 0, "??")
    dropped = good_tables["events"].column("event_id")[0].as_py()
    clean, rejects = validate.gate(bad)
    assert dropped not in clean["events"].column("event_id").to_pylist()
    for name in ("casualty_claims", "perpetrator_claims", "infobox_fields", "sections"):
        assert dropped not in clean[name].column("event_id").to_pylist()
    assert rejects[0]["code"] == "schema_pattern"
    assert "country_code" in rejects[0]["message"]
    json.dumps(rejects)  # plain data, ready for the rejects table


def test_empty_tables_pass(tmp_path: Path):
    clean, rejects = validate.gate(tables.empty_tables())
    assert rejects == [] and clean["events"].num_rows == 0


def test_release_is_checked_block_by_block(good_tables, tmp_path: Path, monkeypatch):
    """`pipeline validate` reads a release a block of events at a time (with their claims):
    the same findings as whole tables, across block boundaries."""
    monkeypatch.setattr(validate, "BLOCK_ROWS", 1)
    good = tmp_path / "good"
    release.write_release(good, good_tables, "9.9.9", "0" * 64, "# test\n", "# test\n")
    assert validate.release_violations(good) == []
    bad = dict(good_tables)
    bad["events"] = _set(good_tables["events"], "country_code", 1, "??")
    claims = good_tables["casualty_claims"]
    bad["casualty_claims"] = _set(claims, "figure_low", claims.num_rows - 1, -5)
    folder = tmp_path / "bad"
    release.write_release(folder, bad, "9.9.9", "0" * 64, "# test\n", "# test\n")
    found = sorted((v.table, v.rule) for v in validate.release_violations(folder))
    expected = sorted((v.table, v.rule) for v in validate.violations(bad))
    assert found == expected and ("events", "pattern") in found
    unsorted = dict(good_tables)
    unsorted["sections"] = good_tables["sections"].take(
        list(range(good_tables["sections"].num_rows))[::-1]
    )
    folder = tmp_path / "unsorted"
    release.write_release(folder, unsorted, "9.9.9", "0" * 64, "# test\n", "# test\n")
    messages = [v.message for v in validate.release_violations(folder)]
    assert "sections is not sorted by event_id; rebuild the release" in messages
