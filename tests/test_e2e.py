"""End to end: raw/ -> a release by the real Prefect flow, validated with frictionless."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pyarrow.parquet as pq
from conftest import GOLD, RAW, ROOT
from frictionless import validate as fl_validate

from pipeline.schema import TABLES, field_names

SCORE = ROOT / "tests" / "tools" / "score.py"


def test_release_holds_every_table_in_both_formats(release_dir: Path):
    for name in TABLES:
        assert (release_dir / f"{name}.parquet").is_file()
        assert (release_dir / f"{name}.csv").is_file()
        assert pq.read_schema(release_dir / f"{name}.parquet").names == field_names(name)
    for extra in ("datapackage.json", "README.md", "CHANGELOG.md", "SHA256SUMS"):
        assert (release_dir / extra).is_file()


def test_release_validates_with_frictionless(release_dir: Path):
    report = fl_validate(release_dir / "datapackage.json")
    errors = [e.message for t in report.tasks for e in t.errors]
    assert report.valid, errors[:5]
    assert {t.name for t in report.tasks} >= set(TABLES)


def test_release_verifies_against_sha256sums(release_dir: Path):
    lines = (release_dir / "SHA256SUMS").read_text().splitlines()
    listed = {}
    for line in lines:
        digest, name = line.split("  ", 1)
        listed[name] = digest
    files = {p.name for p in release_dir.iterdir() if p.name != "SHA256SUMS"}
    assert set(listed) == files
    for name, digest in listed.items():
        assert hashlib.sha256((release_dir / name).read_bytes()).hexdigest() == digest


def test_every_raw_file_is_an_event_or_a_reject(release_dir: Path):
    raw_files = {p.relative_to(RAW).as_posix() for p in RAW.rglob("*.txt")}
    events = set(pq.read_table(release_dir / "events.parquet").column("source_file").to_pylist())
    rejects = set(pq.read_table(release_dir / "rejects.parquet").column("source_file").to_pylist())
    assert raw_files == events | rejects
    assert len(events) == 23


def test_datapackage_describes_the_release(release_dir: Path, built):
    package = json.loads((release_dir / "datapackage.json").read_text())
    assert package["version"] == "1.0.0" == built[1]["version"]
    assert package["licenses"][0]["name"] == "CC-BY-SA-4.0"
    assert "Wikipedia contributors" in json.dumps(package["sources"] + package["contributors"])
    meta = package["massacre_events"]
    assert len(meta["raw_corpus_sha256"]) == 64
    assert meta["reference_versions"]["actors"]
    for resource in package["resources"]:
        data = (release_dir / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert resource["schema"]["fields"]


def test_parquet_carries_field_descriptions(release_dir: Path):
    schema = pq.read_schema(release_dir / "events.parquet")
    description = schema.field("date_start").metadata[b"description"].decode()
    assert "Earliest possible day" in description
    assert str(schema.field("date_start").type) == "date32[day]"
    assert str(schema.field("perpetrators").type.value_type) == "string"
    assert schema.field("perpetrators").type.num_fields == 1
    assert str(schema.field("fatalities_low").type) == "int64"


def test_dev_corpus_accuracy_meets_the_target(release_dir: Path):
    """The dev gold scored exactly as ../shared/tools/score.py scores a release."""
    spec = importlib.util.spec_from_file_location("score", SCORE)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    events = {Path(e["source_file"]).name: e for e in score.read_events(release_dir)}
    total, count = 0.0, 0
    for entry in json.loads(GOLD.read_text()):
        event = events[entry["file"]]
        for field in score.FIELDS:
            if field in entry and field not in entry.get("skip", []):
                total += score.field_score(field, event.get(field), entry[field])
                count += 1
    assert total / count >= 0.97


def test_flow_reports_a_small_summary(built):
    _, result = built
    assert result["published"] is True
    assert result["events"] == 23
    assert result["validation"].startswith("gate passed")
    assert "frictionless passed" in result["validation"]


def test_flow_run_leaves_prefect_artifacts(built):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        summary = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["build-summary"]))
        )
        quality = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["build-quality"]))
        )
    assert summary and "# massacre-events 1.0.0" in summary[0].data
    assert quality and "share of events with a date" in str(quality[0].data)


def test_flow_runs_one_task_per_batch_of_chunks_with_the_same_bytes(built, tmp_path: Path):
    """Thirteen chunks, two normalize tasks: the orchestrator's per-task cost does not grow
    with the corpus, and how chunks are batched does not change a byte."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from pipeline.flows import build_flow

    state = build_flow(raw=str(RAW), output=str(tmp_path), chunk_size=2, tasks=2, return_state=True)
    result = state.result()
    assert result["chunks"] > 2 and "error" not in result
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(
                id=FlowRunFilterId(any_=[state.state_details.flow_run_id])
            )
        )
    names = sorted(r.name.rsplit("-", 1)[0] for r in runs)
    assert names == ["gate-and-publish", "normalize-chunks", "normalize-chunks"]
    for name in TABLES:
        assert (tmp_path / "latest" / f"{name}.parquet").read_bytes() == (
            built[0] / "latest" / f"{name}.parquet"
        ).read_bytes()
