"""Raw text file -> Article, with no interpretation of the values.

The reader is deliberately tolerant: real files have keys with digits and underscores,
repeated keys, `==Heading==` without spaces, empty values, CRLF, a BOM. What it cannot turn
into an article becomes a `Reject` with a code and a one-line message, never an exception.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.text import clean_text

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

TITLE_RE = re.compile(r"^=\s*(?P<title>[^=].*?)\s*=$")
HEADING_RE = re.compile(r"^(?P<eq>={2,6})\s*(?P<heading>.*?)\s*(?P=eq)\s*$")
INFOBOX_LINE_RE = re.compile(r"^-\s?(?P<key>[A-Za-z][A-Za-z0-9_]*)\s*:(?P<value>.*)$")


@dataclass(frozen=True)
class InfoboxLine:
    position: int
    line: int
    key: str | None
    value: str


@dataclass(frozen=True)
class Section:
    position: int
    level: int
    heading: str | None
    text: str


@dataclass
class Article:
    source_file: str
    source_sha256: str
    title: str
    infobox: list[InfoboxLine] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    decode_errors: bool = False

    @property
    def lead(self) -> str:
        return self.sections[0].text if self.sections and self.sections[0].level == 1 else ""

    def values(self, key: str) -> list[str]:
        """All values of a key, case-insensitively, in file order (keys may repeat)."""
        low = key.lower()
        return [f.value for f in self.infobox if f.key is not None and f.key.lower() == low]

    def first(self, *keys: str) -> tuple[str, str] | None:
        """(key, value) of the first key among `keys` with a non-empty, non-debris value."""
        for key in keys:
            for value in self.values(key):
                if clean_text(value).strip(" ,;()[]|-") != "":
                    return key, value
        return None


@dataclass(frozen=True)
class Reject:
    source_file: str
    stage: str
    code: str
    message: str


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def relative_name(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def read_file(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article | Reject:
    """Read one raw file. Never raises for a bad file: returns a Reject instead."""
    name = relative_name(path, root)
    try:
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root.resolve()):
                return Reject(
                    name,
                    "read",
                    "symlink_outside",
                    f"symbolic link points outside the raw folder ({target}); copy the file "
                    "into the raw folder instead",
                )
        size = path.stat().st_size
        if size > max_bytes:
            return Reject(
                name,
                "read",
                "too_large",
                f"file is {size} bytes, over the {max_bytes}-byte limit; split it or raise "
                "--max-file-bytes",
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return Reject(name, "read", "unreadable", f"cannot read the file: {exc.strerror or exc}")
    if len(data) > max_bytes:  # grew while we looked
        return Reject(name, "read", "too_large", f"file is over the {max_bytes}-byte limit")
    return parse_bytes(data, name)


def parse_bytes(data: bytes, name: str) -> Article | Reject:
    """Bytes of one raw file -> Article or Reject."""
    digest = sha256_bytes(data)
    if not data.strip():
        return Reject(
            name,
            "read",
            "empty",
            "file is empty or only whitespace; remove it or fill in the article",
        )
    sample = data[:8192]
    if sample.count(b"\x00") > len(sample) // 10 or _looks_binary(sample):
        return Reject(
            name,
            "read",
            "binary",
            "file is not text (binary content); remove it from the raw folder",
        )
    text = data.decode("utf-8", errors="replace")
    decode_errors = "\ufffd" in text and b"\xef\xbf\xbd" not in data
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return parse_text(text, name, digest, decode_errors)


def _looks_binary(sample: bytes) -> bool:
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > max(8, len(sample) // 20)


def parse_text(text: str, name: str, digest: str, decode_errors: bool = False) -> Article | Reject:
    lines = text.split("\n")
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    title_match = TITLE_RE.match(lines[index].strip()) if index < len(lines) else None
    if title_match is None or not clean_text(title_match["title"]):
        first = clean_text(lines[index])[:60] if index < len(lines) else ""
        return Reject(
            name,
            "read",
            "no_title",
            f"first line is not a '= Title =' line "
            f"(found {first!r}); add the article title as '= Title ='",
        )
    title = clean_text(title_match["title"])
    index += 1
    article = Article(name, digest, title, decode_errors=decode_errors)

    # Infobox: an "Infobox" line, then its lines until the first blank line.
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index < len(lines) and lines[index].strip().lower() == "infobox":
        index += 1
        position = 0
        while index < len(lines) and lines[index].strip():
            raw = lines[index]
            position += 1
            match = INFOBOX_LINE_RE.match(raw.strip())
            if match:
                article.infobox.append(
                    InfoboxLine(position, index + 1, match["key"], match["value"].strip())
                )
            else:
                value = raw.strip()
                value = value[2:] if value.startswith("- ") else value.lstrip("-")
                article.infobox.append(InfoboxLine(position, index + 1, None, value.strip()))
            index += 1

    # Lead and sections.
    level, heading, body = 1, None, []
    for raw in lines[index:]:
        match = HEADING_RE.match(raw.strip())
        if match and clean_text(match["heading"]):
            _add_section(article, level, heading, body)
            level, heading, body = len(match["eq"]), clean_text(match["heading"]), []
        else:
            body.append(raw.rstrip())
    _add_section(article, level, heading, body)
    return article


def _add_section(article: Article, level: int, heading: str | None, body: list[str]) -> None:
    text = "\n".join(body).strip("\n")
    if level == 1 and not text and article.sections:
        return
    if level == 1 or text or heading:
        article.sections.append(Section(len(article.sections) + 1, level, heading, text))


def list_raw_files(root: Path) -> tuple[list[Path], int]:
    """All regular `*.txt` files under root (recursive, sorted) and the count of others.

    Symbolic links are listed (the reader rejects those pointing outside); directories
    behind links are not entered, so a link cannot pull in another tree.
    """
    found: list[Path] = []
    ignored = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for filename in sorted(filenames):
            path = Path(dirpath) / filename
            if filename.endswith(".txt") and (path.is_file() or path.is_symlink()):
                found.append(path)
            else:
                ignored += 1
    found.sort(key=lambda p: relative_name(p, root))
    return found, ignored
