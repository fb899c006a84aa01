"""Bounded memory: tables are partitioned into blocks of event ids on disk, gated and written
block by block, and the changelog merges two releases a batch at a time. Cutting into many
small blocks must give the same tables and changelog as one block."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import RAW

from pipeline import assemble, cache, release, validate
from pipeline.build import run_build
from pipeline.schema import TABLES

# Real articles whose slugs interleave with the others, plus two files sharing a title.
NAMES = sorted(p.name for p in RAW.glob("*.txt"))[:12]


@pytest.fixture(scope="module")
def raw(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("blocks") / "raw"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(RAW / name, folder / name)
    shutil.copy(RAW / NAMES[0], folder / "zz-copy-of-the-first.txt")  # same title: suffixed id
    (folder / "empty.txt").write_text("")  # a reject
    return folder


def _tables(result) -> dict:
    return release.read_release(Path(result.path))


def test_many_blocks_give_the_same_tables_as_one(raw: Path, tmp_path: Path, monkeypatch):
    one = run_build(raw, tmp_path / "one")
    monkeypatch.setattr(assemble, "BLOCK_EVENTS", 2)
    many = run_build(raw, tmp_path / "many", chunk_size=3)
    assert one.published and many.published
    assert many.duplicates == one.duplicates and one.duplicates  # the shared title
    assert many.rejects == one.rejects == {"empty": 1}
    assert many.quality == one.quality
    first, second = _tables(one), _tables(many)
    for name in TABLES:
        assert second[name].equals(first[name]), name
    # the blocks really were written one at a time: one row group per block of events
    events = pq.ParquetFile(Path(many.path) / "events.parquet")
    assert events.metadata.num_row_groups == (len(NAMES) + 1 + 1) // 2
    same = ("README.md", "CHANGELOG.md")
    for name in same:
        assert (Path(many.path) / name).read_text() == (Path(one.path) / name).read_text()


def _blocks(whole: dict, ids: list[str], size: int) -> list[dict]:
    """Whole tables cut the way `partition` cuts them: consecutive event ids per block."""
    import pyarrow.compute as pc

    cut = []
    for start in range(0, len(ids), size):
        value_set = pa.array(ids[start : start + size])
        block = {
            name: whole[name].filter(pc.is_in(whole[name].column("event_id"), value_set=value_set))
            for name in TABLES[:-1]
        }
        block["rejects"] = whole["rejects"].slice(0, 0)
        cut.append(block)
    return cut


def test_gate_block_by_block_equals_gate_on_whole_tables(raw: Path, tmp_path: Path):
    """What `write_blocks` relies on: every key starts with event_id, so gating blocks of
    consecutive event ids quarantines exactly what gating whole tables does."""
    whole = _tables(run_build(raw, tmp_path / "out"))
    ids = whole["events"].column("event_id").to_pylist()
    bad = dict(whole)
    country = whole["events"].column("country_code").to_pylist()
    country[5] = "??"  # an event in the third block of two
    index = whole["events"].schema.get_field_index("country_code")
    bad["events"] = whole["events"].set_column(
        index, whole["events"].schema.field(index), pa.array(country, pa.string())
    )
    expected, expected_rejects = validate.gate(bad)
    assert expected_rejects and expected["events"].num_rows == len(ids) - 1
    found = [validate.gate(block) for block in _blocks(bad, ids, 2)]
    assert [r for _, rejects in found for r in rejects] == expected_rejects
    for name in TABLES[:-1]:
        joined = pa.concat_tables([clean[name] for clean, _ in found])
        assert joined.equals(expected[name]), name
    dropped = ids[5]
    assert (
        dropped
        not in pa.concat_tables([clean["casualty_claims"] for clean, _ in found])
        .column("event_id")
        .to_pylist()
    )


def _reference_changes(old: Path, new: Path) -> list[str]:
    """The changelog's value changes computed the simple way, from whole tables."""
    before = {r["event_id"]: r for r in pq.read_table(old / "events.parquet").to_pylist()}
    lines = []
    for row in sorted(
        pq.read_table(new / "events.parquet").to_pylist(), key=lambda r: r["event_id"]
    ):
        old_row = before.get(row["event_id"])
        if old_row is None:
            continue
        for column, value in row.items():
            if column in old_row and old_row[column] != value:
                lines.append(
                    f"- `{row['event_id']}`: {column} {release._fmt(old_row[column])} → "
                    f"{release._fmt(value)}"
                )
    return lines


def test_changelog_merge_matches_whole_table_comparison(raw: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(release, "CHANGELOG_BATCH_ROWS", 3)  # many batch boundaries
    work = tmp_path / "raw"
    shutil.copytree(raw, work)
    out = tmp_path / "out"
    first = run_build(work, out)
    # real edits: a figure and a date changed, one article removed, one added
    for path in sorted(work.glob("*.txt"))[1:4]:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("0", "1", 3), encoding="utf-8")
    (work / NAMES[5]).unlink()
    shutil.copy(sorted(RAW.glob("*.txt"))[-1], work / "added.txt")
    second = run_build(work, out)
    assert second.published
    changes = release._value_changes(
        Path(first.path) / "events.parquet", Path(second.path) / "events.parquet"
    )
    assert changes and changes == _reference_changes(Path(first.path), Path(second.path))
    text = (Path(second.path) / "CHANGELOG.md").read_text()
    assert f"## Values changed ({len(changes)})" in text
    before, after = set(release.event_ids(Path(first.path))), set(release.event_ids(out / "latest"))
    assert f"## Events removed ({len(before - after)})" in text
    assert f"## Events added ({len(after - before)})" in text and after - before


def test_changelog_refuses_an_unsorted_release(tmp_path: Path):
    path = tmp_path / "events.parquet"
    pq.write_table(pa.table({"event_id": ["b", "a"]}), path)
    with pytest.raises(release.ReleaseError, match="not sorted by event_id"):
        release._value_changes(path, path)


def test_unchanged_rebuild_makes_nothing(raw: Path, tmp_path: Path, monkeypatch):
    """Same files and code as the latest release: no assembly, no data files written, and the
    summary is that release's."""
    first = run_build(raw, tmp_path / "out")

    def fail(*args, **kwargs):
        raise AssertionError("an unchanged rebuild assembled the tables")

    monkeypatch.setattr(assemble, "partition", fail)
    again = run_build(raw, tmp_path / "out")
    assert not again.published and "no change since release 1.0.0" in again.message
    assert (again.version, again.path) == (first.version, first.path)
    assert (again.events, again.rejects, again.quality) == (
        first.events,
        first.rejects,
        first.quality,
    )
    assert again.duplicates == first.duplicates and again.chunks_cached == again.chunks


def test_other_code_or_a_damaged_release_takes_the_full_path(
    raw: Path, tmp_path: Path, monkeypatch
):
    out = tmp_path / "out"
    first = run_build(raw, out)
    calls = []
    original = assemble.partition

    def counted(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(assemble, "partition", counted)
    monkeypatch.setattr(cache, "build_inputs", lambda chunks: "0" * 64)  # as if code changed
    again = run_build(raw, out)
    assert calls and not again.published and "no change since release 1.0.0" in again.message
    monkeypatch.undo()

    inputs = json.loads((Path(first.path) / "datapackage.json").read_text())["massacre_events"][
        "build_inputs_sha256"
    ]
    assert release.built_from(Path(first.path), inputs)
    with (Path(first.path) / "sections.parquet").open("ab") as handle:
        handle.write(b"x")
    assert not release.built_from(Path(first.path), inputs)
