"""Incremental builds: unchanged files are not parsed again, and the result is the same
bytes as a build from scratch."""

from __future__ import annotations

import ast
import marshal
import shutil
from pathlib import Path

from conftest import RAW

from pipeline import build, cache
from pipeline.build import run_build
from pipeline.normalize import places


def _data(folder: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix in (".parquet", ".csv")
    }


def test_content_defined_chunks_move_only_locally():
    names = [f"article-{i:05d}.txt" for i in range(2000)]
    before = cache.split(names, 50)
    after = cache.split([*names[:1000], "article-01000a.txt", *names[1000:]], 50)
    assert sum(map(len, before)) == 2000
    assert all(len(c) <= 100 for c in before)
    changed = [c for c in after if c not in before]
    assert len(changed) == 1 and "article-01000a.txt" in changed[0]


def _pipeline_imports(module: str) -> set[str]:
    """Modules of the package that `module` imports, transitively (read from the source)."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for node in ast.walk(ast.parse(_source(name).read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                module = node.module or ""
                if module == "pipeline" or module.startswith("pipeline."):
                    todo.append(module)  # and the submodules it names
                    todo += [
                        f"{module}.{a.name}" for a in node.names if _source(f"{module}.{a.name}")
                    ]
            elif isinstance(node, ast.Import):
                todo += [a.name for a in node.names if a.name.startswith("pipeline.")]
    return seen


def _source(module: str) -> Path | None:
    """The file of a package module ("pipeline" is the package's __init__.py)."""
    folder = cache.PACKAGE_DIR.joinpath(*module.split(".")[1:])
    for path in (folder.with_suffix(".py"), folder / "__init__.py"):
        if path.is_file() and path != cache.PACKAGE_DIR.with_suffix(".py"):
            return path
    return None


def test_cache_key_covers_all_code_that_shapes_the_chunk_tables():
    """The key hashes only the code behind tables.py (a change to the CLI or the release
    writer keeps the cache); everything tables.py imports must be in it."""
    for module in _pipeline_imports("pipeline.tables"):
        parts = module.split(".")[1:2] or ["__init__"]
        top = parts[0]
        assert top in cache.TABLE_CODE or f"{top}.py" in cache.TABLE_CODE, module


def test_one_changed_file_reparses_one_chunk_and_matches_a_fresh_build(tmp_path: Path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    out = tmp_path / "out"
    first = run_build(raw, out, chunk_size=4)
    assert first.chunks_cached == 0 and first.chunks > 1

    unchanged = build.plan(raw, out, chunk_size=4)
    assert unchanged.todo == []

    target = raw / "houla-massacre.txt"
    target.write_text(target.read_text().replace("Injuries: 300", "Injuries: 310"))
    plan = build.plan(raw, out, chunk_size=4)
    assert len(plan.todo) == 1
    assert "houla-massacre.txt" in plan.todo[0].names
    result = run_build(raw, out, chunk_size=4)
    assert result.version == "1.0.1"
    assert result.chunks_cached == result.chunks - 1

    fresh = run_build(raw, tmp_path / "fresh", chunk_size=4)
    assert _data(Path(result.path)) == _data(Path(fresh.path))


def test_cache_is_pruned_to_what_the_raw_folder_uses(tmp_path: Path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    out = tmp_path / "out"
    run_build(raw, out, chunk_size=4)
    entries = lambda: {p.name for p in (out / cache.CACHE_DIR).glob("??/*")}  # noqa: E731
    before = entries()
    for path in sorted(raw.glob("a*.txt")):
        path.unlink()
    plan = build.plan(raw, out, chunk_size=4)
    run_build(raw, out, chunk_size=4)
    assert entries() == {c.key for c in plan.chunks}
    assert entries() != before
    # the built gazetteer kept for the next builds is no chunk entry: pruning keeps it
    snapshot = cache.gazetteer_snapshot_path(out, places.gazetteer_source())
    assert [p.name for p in snapshot.parent.iterdir()] == [snapshot.name]


def test_gazetteer_snapshot_restores_the_same_gazetteer(monkeypatch):
    snapshot = places.gazetteer_snapshot()
    built = places._gazetteer()
    monkeypatch.setattr(places, "_LOADED", [])
    assert not places.restore_gazetteer(b"not a snapshot")  # unreadable: built on first use
    assert not places.restore_gazetteer(marshal.dumps(5))
    assert not places.gazetteer_loaded()
    assert places.restore_gazetteer(snapshot)
    restored = places._gazetteer()
    assert restored is not built and restored == built


def test_batches_deal_every_job_once_round_robin():
    jobs = list(range(10))
    dealt = build.batches(jobs, 3)  # type: ignore[arg-type] - any items deal the same way
    assert dealt == [[0, 3, 6, 9], [1, 4, 7], [2, 5, 8]]
    assert build.batches(jobs[:2], 8) == [[0], [1]]
    assert build.batches([], 4) == []
    assert build.batches(jobs, 0) == [jobs]
