"""The README: its data dictionary is generated from schemas/, and its examples run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from frictionless import Schema

from pipeline import docs, reference
from pipeline.schema import TABLES, table_schema

README = ROOT / "README.md"


def test_readme_data_dictionary_is_generated_from_schemas():
    text = README.read_text()
    generated = text.split(docs.BEGIN, 1)[1].split(docs.END, 1)[0].strip()
    assert generated == docs.data_dictionary().strip(), "run `python -m pipeline docs`"


def test_schemas_are_valid_table_schemas():
    for name in TABLES:
        report = Schema.validate_descriptor(table_schema(name))
        assert report.valid, (name, [e.message for e in report.errors])
        for field in table_schema(name)["fields"]:
            assert field.get("description"), (name, field["name"])


def test_readme_examples_run_against_a_release(release_dir: Path, tmp_path: Path):
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)
    assert len(blocks) >= 3
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "latest").symlink_to(release_dir.resolve())
    for block in blocks:
        result = subprocess.run(
            [sys.executable, "-c", block],
            cwd=tmp_path,
            text=True,
            capture_output=True,
            timeout=120,
            check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert result.returncode == 0, block + result.stderr


def test_reference_tables_validate_against_their_schemas():
    from frictionless import Resource
    from frictionless import Schema as FlSchema

    assert len(reference.names()) >= 6
    for name in reference.names():
        schema = reference.schema(name)
        assert schema.get("version"), name
        descriptor = {k: v for k, v in schema.items() if k in ("fields", "primaryKey")}
        resource = Resource(
            path=f"{name}.csv",
            basepath=str(reference.HERE),
            schema=FlSchema.from_descriptor(descriptor),
        )
        report = resource.validate()
        assert report.valid, (name, report.flatten(["type", "message"])[:3])


def test_load_gives_typed_frames_every_time(release_dir: Path):
    import pipeline

    for _ in range(2):  # a second call must still find the function, not a module
        tables = pipeline.load(release_dir)
    events = tables["events"]
    assert str(events["date_start"].dtype).startswith("datetime64")
    assert str(events["fatalities_low"].dtype) == "Int64"
    assert str(events["perpetrator_status"].dtype) == "category"
    assert isinstance(events["perpetrators"].iloc[0], list)
