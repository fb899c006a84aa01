"""Incremental builds: chunks of files whose normalized tables are cached on disk.

Chunk boundaries are content-defined (a chunk ends after a file whose name hashes to a cut
point), so adding or removing one file changes one chunk, not every chunk after it. A chunk's
cache key is the sha256 of the code version and the (name, content hash) of its files; an
unchanged chunk is not parsed again. The cache lives beside the releases, in OUTPUT/.cache.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pipeline
from pipeline.schema import SCHEMA_DIR

PACKAGE_DIR = Path(pipeline.__file__).resolve().parent
CACHE_DIR = ".cache"
# The code and data that shape a chunk's tables (tables.py and everything it imports, checked
# by a test): a change elsewhere (release writing, the CLI, flows) keeps the cache valid.
TABLE_CODE = (
    "__init__.py",
    "loader.py",  # imported by __init__.py
    "read.py",
    "text.py",
    "tables.py",
    "schema.py",
    "normalize",
    "reference",
)


@dataclass(frozen=True)
class Chunk:
    names: tuple[str, ...]  # paths relative to the raw folder, sorted
    key: str  # cache key

    def dir(self, output: Path) -> Path:
        return output / CACHE_DIR / self.key[:2] / self.key


def _hash_files(seed: str, files: list[Path]) -> str:
    digest = hashlib.sha256(seed.encode())
    for path in sorted(files):
        digest.update(path.relative_to(PACKAGE_DIR.parent).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _package_files() -> list[Path]:
    return [p for p in PACKAGE_DIR.rglob("*") if p.suffix in (".py", ".csv", ".json")]


@cache
def code_version() -> str:
    """sha256 of everything that shapes the chunk tables: that code, its reference data and
    the schemas. Any change to them invalidates the whole cache."""
    files = [p for p in _package_files() if p.relative_to(PACKAGE_DIR).parts[0] in TABLE_CODE]
    return _hash_files(pipeline.__version__, files + sorted(SCHEMA_DIR.glob("*.json")))


@cache
def package_version() -> str:
    """sha256 of all the package's code and data, the schemas and the Parquet writer's
    version: what, besides the chunks, decides a release's data files."""
    import pyarrow

    seed = f"{pipeline.__version__}\npyarrow {pyarrow.__version__}"
    return _hash_files(seed, _package_files() + sorted(SCHEMA_DIR.glob("*.json")))


def build_inputs(chunks: Sequence[Chunk]) -> str:
    """Identifies everything a build's data files are made from: the chunks' keys (file
    names and contents, table code, options) and the rest of the code. A release made from
    the same inputs has the same data files (builds are deterministic), so an unchanged
    rebuild can stop here."""
    digest = hashlib.sha256(package_version().encode())
    for chunk in chunks:
        digest.update(f"{chunk.key}\n".encode())
    return digest.hexdigest()


def file_fingerprint(path: str | Path, max_bytes: int) -> str:
    """Content hash of a raw file; what the reader would reject unread is keyed by its size."""
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            return "link:" + os.readlink(path)
        if info.st_size > max_bytes:
            return f"large:{info.st_size}"
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError as exc:
        return f"error:{exc.errno}"


def _is_cut(name: str, target: int) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest()[:8], 16) % target == 0


def split(names: Sequence[str], target: int) -> list[list[str]]:
    """Content-defined chunks of about `target` names (at most 2 x target)."""
    target = max(1, target)
    chunks: list[list[str]] = []
    current: list[str] = []
    for name in names:
        current.append(name)
        if _is_cut(name, target) or len(current) >= 2 * target:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def plan_chunks(
    raw: Path, names: Sequence[str], target: int, max_bytes: int, settings: str = ""
) -> list[Chunk]:
    """`settings`: everything besides code and files that shapes the tables."""
    version = code_version()
    folder = os.fspath(raw)
    chunks = []
    for group in split(names, target):
        digest = hashlib.sha256(f"{version}\n{max_bytes}\n{settings}\n".encode())
        for name in group:
            fingerprint = file_fingerprint(os.path.join(folder, name), max_bytes)
            digest.update(f"{name}\t{fingerprint}\n".encode())
        chunks.append(Chunk(tuple(group), digest.hexdigest()))
    return chunks


GAZETTEER_DIR = "gazetteer"


def gazetteer_snapshot_path(output: Path, source: str) -> Path:
    """Where the built gazetteer of this table code and this GeoNames `source` is kept."""
    key = hashlib.sha256(f"{code_version()}\n{source}".encode()).hexdigest()
    return output / CACHE_DIR / GAZETTEER_DIR / f"{key}.marshal"


def keep_only(path: Path) -> None:
    """Remove the other files of `path`'s folder: snapshots of older code."""
    for other in path.parent.glob("*"):
        if other != path and other.is_file():
            other.unlink(missing_ok=True)


def store(tmp_dir: Path, final_dir: Path) -> None:
    """Move a finished chunk into the cache in one rename (a crash leaves no half entry)."""
    final_dir.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.rename(tmp_dir, final_dir)
    except OSError:  # another build stored the same chunk first: same key, same content
        shutil.rmtree(tmp_dir, ignore_errors=True)


def prune(output: Path, keep: set[str]) -> int:
    """Remove cache entries that the current raw folder no longer uses."""
    removed = 0
    root = output / CACHE_DIR
    if not root.is_dir():
        return 0
    for entry in root.glob("??/*"):  # chunk entries (key[:2]/key), not the gazetteer
        if entry.name not in keep:
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
    return removed
