"""Releases: deterministic bytes, versions, immutability, changelog, atomic publish."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import RAW

from pipeline import release
from pipeline.build import BuildError, run_build
from pipeline.release import csv_table

DATA_SUFFIXES = (".parquet", ".csv")


def _copy_raw(tmp_path: Path, names: list[str] | None = None) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in sorted(RAW.glob("*.txt")):
        if names is None or path.name in names:
            shutil.copy(path, raw / path.name)
    return raw


def _data_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix in DATA_SUFFIXES}


@pytest.fixture(scope="module")
def small_raw(tmp_path_factory) -> Path:
    names = [
        "000_964dbc02452eaea1.txt",
        "003_ff39432b66b4956e.txt",
        "adra-massacre.txt",
        "bucha-massacre.txt",
        "my-lai-massacre.txt",
    ]
    return _copy_raw(tmp_path_factory.mktemp("small"), names)


def test_same_input_gives_byte_identical_data_files(small_raw: Path, tmp_path: Path):
    first = run_build(small_raw, tmp_path / "a")
    second = run_build(small_raw, tmp_path / "b", chunk_size=2)  # other chunking, same bytes
    assert first.published and second.published
    assert _data_files(Path(first.path)) == _data_files(Path(second.path))


def test_versions_follow_the_kind_of_change(small_raw: Path, tmp_path: Path):
    raw = tmp_path / "raw"
    shutil.copytree(small_raw, raw)
    out = tmp_path / "out"
    assert run_build(raw, out).version == "1.0.0"

    unchanged = run_build(raw, out)
    assert not unchanged.published and "no change" in unchanged.message
    assert release.existing_versions(out) == ["1.0.0"]

    adra = raw / "adra-massacre.txt"
    adra.write_text(
        adra.read_text().replace("80–100 (government claim)", "80–120 (government claim)")
    )
    patch = run_build(raw, out)
    assert patch.version == "1.0.1"
    changelog = (out / "releases" / "1.0.1" / "CHANGELOG.md").read_text()
    assert "`adra-massacre`: fatalities_high 100 → 120" in changelog

    (raw / "bucha-massacre.txt").unlink()
    minor = run_build(raw, out)
    assert minor.version == "1.1.0"
    changelog = (out / "latest" / "CHANGELOG.md").read_text()
    assert "## Events removed (1)\n- `bucha-massacre`" in changelog
    assert (out / "latest").resolve() == (out / "releases" / "1.1.0").resolve()


def test_existing_version_is_immutable(small_raw: Path, tmp_path: Path):
    out = tmp_path / "out"
    run_build(small_raw, out, version="2.0.0")
    before = _data_files(out / "releases" / "2.0.0")
    again = run_build(small_raw, out, version="2.0.0")
    assert not again.published and "same data" in again.message

    raw = tmp_path / "raw2"
    shutil.copytree(small_raw, raw)
    (raw / "adra-massacre.txt").unlink()
    with pytest.raises(BuildError, match="already exists with different data"):
        run_build(raw, out, version="2.0.0")
    assert _data_files(out / "releases" / "2.0.0") == before


def test_bad_version_is_refused(small_raw: Path, tmp_path: Path):
    with pytest.raises(release.ReleaseError, match="not X.Y.Z"):
        run_build(small_raw, tmp_path / "out", version="1.0")


def test_leftovers_of_a_crashed_build_are_cleaned(small_raw: Path, tmp_path: Path):
    out = tmp_path / "out"
    run_build(small_raw, out)
    staging = out / "releases" / ".staging-1.0.1-999"
    staging.mkdir()
    (staging / "events.csv").write_text("half")
    (out / ".work-999").mkdir()
    (out / ".latest-999").symlink_to("releases/1.0.0")
    result = run_build(small_raw, out)
    assert "no change" in result.message
    assert not staging.exists() and not (out / ".work-999").exists()
    assert not (out / ".latest-999").is_symlink()
    assert release.existing_versions(out) == ["1.0.0"]


def test_too_many_rejects_publish_nothing(tmp_path: Path):
    raw = _copy_raw(tmp_path, ["adra-massacre.txt"])
    (raw / "empty.txt").write_text("")
    (raw / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with pytest.raises(BuildError, match="2 of 3 input files were rejected"):
        run_build(raw, tmp_path / "out")
    assert release.existing_versions(tmp_path / "out") == []
    result = run_build(raw, tmp_path / "out", max_reject_share=0.9)
    assert result.published and result.rejects == {"binary": 1, "empty": 1}


def test_empty_raw_folder_publishes_an_empty_release(tmp_path: Path):
    (tmp_path / "raw").mkdir()
    result = run_build(tmp_path / "raw", tmp_path / "out")
    assert result.published and result.events == 0
    assert pq.read_table(Path(result.path) / "events.parquet").num_rows == 0


def test_duplicate_titles_get_unique_deterministic_ids(tmp_path: Path):
    raw = _copy_raw(tmp_path, ["adra-massacre.txt"])
    sub = raw / "more"
    sub.mkdir()
    shutil.copy(raw / "adra-massacre.txt", sub / "adra-copy.txt")
    result = run_build(raw, tmp_path / "out")
    ids = pq.read_table(Path(result.path) / "events.parquet").column("event_id").to_pylist()
    assert ids == ["adra-massacre", "adra-massacre--more-adra-copy"]
    assert result.duplicates == ["adra-massacre--more-adra-copy"]


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 attackers", "'+1 attackers"),
        ("-5", "-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("Aleppo", "Aleppo"),
    ],
)
def test_csv_cells_are_safe_in_spreadsheets(value, cell):
    table = pa.table({"target": [value], "weapons": pa.array([["a", "b"]])})
    assert csv_table(table).to_pylist() == [{"target": cell, "weapons": "a;b"}]


def test_datapackage_records_code_and_corpus(small_raw: Path, tmp_path: Path):
    result = run_build(small_raw, tmp_path / "out")
    meta = json.loads((Path(result.path) / "datapackage.json").read_text())["massacre_events"]
    assert meta["code_version"]
    assert meta["row_counts"]["events"] == 5


def test_geocode_option_fills_coordinates_from_the_gazetteer(tmp_path: Path):
    result = run_build(RAW, tmp_path / "out", geocode=True)
    events = pq.read_table(Path(result.path) / "events.parquet").to_pylist()
    located = [e for e in events if e["latitude"] is not None]
    assert len(located) / len(events) >= 0.8
    for event in events:
        assert (event["latitude"] is None) == (event["geo_precision"] is None)
    houla = next(e for e in events if e["event_id"] == "houla-massacre")
    assert houla["geo_precision"] == "coordinates"  # the article's own coordinates win
    homs = next(e for e in events if e["event_id"] == "2015-homs-car-bombing")
    assert homs["geo_precision"] == "place"
    assert abs(homs["latitude"] - 34.73) < 0.05 and abs(homs["longitude"] - 36.72) < 0.05


def test_incompatible_schema_change_is_a_major_version(small_raw: Path, tmp_path: Path):
    out = tmp_path / "out"
    first = run_build(small_raw, out)
    package_path = Path(first.path) / "datapackage.json"
    package = json.loads(package_path.read_text())
    # as if the previous release had a column this code no longer has the same way
    package["massacre_events"]["schema_fingerprints"]["events"]["fatalities_low"] = "number"
    package_path.write_text(json.dumps(package))
    (Path(first.path) / "SHA256SUMS").write_text("")  # the old release is only read here
    assert release.bump_kind(Path(first.path), Path(first.path)) == "major"


def test_result_does_not_depend_on_file_order_or_chunking(small_raw: Path, tmp_path: Path):
    """Files copied in reverse order, built with other chunk sizes: the same bytes."""
    reversed_raw = tmp_path / "reversed"
    reversed_raw.mkdir()
    for path in sorted(small_raw.glob("*.txt"), reverse=True):
        shutil.copy(path, reversed_raw / path.name)
    builds = [
        run_build(small_raw, tmp_path / "a", chunk_size=1),
        run_build(reversed_raw, tmp_path / "b", chunk_size=3),
    ]
    first, second = (_data_files(Path(b.path)) for b in builds)
    assert first == second


def test_one_build_at_a_time_per_output_folder(small_raw: Path, tmp_path: Path):
    from pipeline.build import output_lock

    out = tmp_path / "out"
    with output_lock(out), pytest.raises(BuildError, match="another build is writing"):
        run_build(small_raw, out)
    assert run_build(small_raw, out).published  # the lock is released afterwards
