"""Raw text file -> Article, with no interpretation of the values.

The reader is deliberately tolerant: real files have keys with digits and underscores,
repeated keys, `==Heading==` without spaces, empty values, CRLF, a BOM. What it cannot turn
into an article becomes a `Reject` with a code and a one-line message, never an exception.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.text import clean_text, strip_markup

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_HEADING_LEVEL = 6

# "- Key: value". Some exports write multi-word keys ("Native Name Lang", "Reported Deaths",
# "Non-fatal injuries"); they are read with "_" for the spaces, so every key is letters,
# digits, "-" and "_". Word lengths and counts are bounded so that a hostile line cannot make
# the regex backtrack for long.
INFOBOX_LINE_RE = re.compile(
    r"^-\s*(?P<key>[A-Za-z][A-Za-z0-9_-]{0,59}(?: [A-Za-z0-9][A-Za-z0-9_-]{0,59}){0,3})"
    r"\s*:(?P<value>.*)$"
)


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
        """All values of a key in file order (keys may repeat); case, ' ' and '_' ignored."""
        wanted = _key_fold(key)
        return [f.value for f in self.infobox if f.key is not None and _key_fold(f.key) == wanted]

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


def _key_fold(key: str) -> str:
    """'Map Type', 'Map_type' and 'map_type' are one key."""
    return key.replace(" ", "_").lower()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def relative_name(path: Path, root: Path) -> str:
    """Path relative to the raw folder; the path as given when it is not under the folder."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


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
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
            return Reject(
                name,
                "read",
                "not_regular",
                "not a regular file (pipe, device or directory); remove it from the raw folder",
            )
        if info.st_size > max_bytes:
            return Reject(
                name,
                "read",
                "too_large",
                f"file is {info.st_size} bytes, over the {max_bytes}-byte limit; split it or "
                "raise --max-file-bytes",
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except (OSError, RuntimeError, ValueError) as exc:  # RuntimeError: symlink loop (3.11)
        reason = getattr(exc, "strerror", None) or exc
        return Reject(name, "read", "unreadable", f"cannot read the file: {reason}")
    if len(data) > max_bytes:  # grew while we looked
        return Reject(name, "read", "too_large", f"file is over the {max_bytes}-byte limit")
    return parse_bytes(data, name)


def parse_bytes(data: bytes, name: str) -> Article | Reject:
    """Bytes of one raw file -> Article or Reject.

    Invalid UTF-8 is decoded with U+FFFD and flagged (`decode_errors`) rather than rejected:
    one bad byte should not lose an article.
    """
    digest = sha256_bytes(data)
    sample = data[:8192]
    if sample.count(b"\x00") > len(sample) // 10 or _looks_binary(sample):
        return Reject(
            name,
            "read",
            "binary",
            "file is not text (binary content); remove it from the raw folder",
        )
    try:
        text = data.decode("utf-8")
        decode_errors = False
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        decode_errors = True
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not clean_text(text):  # also a BOM, NBSPs or control characters alone
        return Reject(
            name,
            "read",
            "empty",
            "file is empty or only whitespace; remove it or fill in the article",
        )
    return parse_text(text, name, digest, decode_errors)


def _looks_binary(sample: bytes) -> bool:
    """Control bytes mark binary only where the bytes are not valid UTF-8 (an image, an
    archive): valid UTF-8 text with stray controls is text, and clean_text strips them."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return False
    except UnicodeDecodeError:
        pass
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > max(8, len(sample) // 20)


def parse_text(text: str, name: str, digest: str, decode_errors: bool = False) -> Article | Reject:
    lines = [strip_markup(line) for line in text.split("\n")]
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    title = _title(lines[index]) if index < len(lines) else ""
    if not title:
        first = clean_text(lines[index][:200])[:60] if index < len(lines) else ""
        return Reject(
            name,
            "read",
            "no_title",
            f"first line is not a '= Title =' line "
            f"(found {first!r}); add the article title as '= Title ='",
        )
    index += 1
    article = Article(name, digest, title, decode_errors=decode_errors)

    # Infobox: an "Infobox" line (or three key lines without one), then its lines until the
    # first blank line.
    while index < len(lines) and not lines[index].strip():
        index += 1
    headed = index < len(lines) and _infobox_header(lines, index)
    if headed or _headless_infobox(lines, index):
        if headed:
            index += 1  # past the header line
        position = 0
        while index < len(lines) and lines[index].strip():
            raw = lines[index]
            position += 1
            match = INFOBOX_LINE_RE.match(raw.strip())
            if match:
                key = "_".join(match["key"].split())
                article.infobox.append(
                    InfoboxLine(position, index + 1, key, match["value"].strip())
                )
            else:
                value = raw.strip()
                value = value[2:] if value.startswith("- ") else value.lstrip("-")
                article.infobox.append(InfoboxLine(position, index + 1, None, value.strip()))
            index += 1

    # Lead and sections.
    level, heading, body = 1, None, []
    for raw in lines[index:]:
        found = _heading(raw)
        if found is not None:
            _add_section(article, level, heading, body)
            (level, heading), body = found, []
        else:
            body.append(raw.rstrip())
    _add_section(article, level, heading, body)
    return article


def _headless_infobox(lines: list[str], index: int) -> bool:
    """'- Conflict: …' right under the title: an infobox whose header line was lost, when
    three key lines open the article (prose opens with a sentence)."""
    block = [line.strip() for line in lines[index : index + 3]]
    return len(block) == 3 and all(INFOBOX_LINE_RE.match(line) for line in block)


def _infobox_header(lines: list[str], index: int) -> bool:
    """'Infobox', or a template's name ('AmIndWars', 'Infobox military conflict') on a line
    of its own, directly above '- Key: value' lines."""
    header = lines[index].strip()
    if header.lower() == "infobox":
        return True
    following = [line.strip() for line in lines[index + 1 : index + 4]]
    keyed = [line.startswith("-") and INFOBOX_LINE_RE.match(line) is not None for line in following]
    # "French Republic": a flag's caption left where the template's name was, above two or
    # more key lines (a lone key line under a short line may be prose's list)
    if not keyed or not keyed[0] or len(header) > 200:
        return False
    if len(keyed) == 3 and all(keyed) and " " not in header:
        # "Porvenir|type:landmark_region:US-TX_source:GNIS": a coordinates template's debris
        # where the name was, one word that no prose is
        return True
    if any(c in header for c in ":="):
        return False
    if len(keyed) == 3 and all(keyed):
        # "Aerial photo of Bissau, 1955; Pidjiguiti docks are front and centre": three key
        # lines under it make any caption the header
        return True
    keyed = keyed[:2]
    if " " not in header and all(keyed) and len(keyed) == 2:
        return True  # '"casualties.belqees"': citation debris where the name was
    if all(keyed) and len(keyed) == 2:
        # "Bangka Island massacre location at Radji beach", "Mourners in Belchhi village,
        # July 1977", "Memorial service for the five police officers killed in the
        # shooting": an image caption (prose runs longer and is not followed by key lines)
        return not any(c in header for c in ";!?")
    return not any(c in header for c in ".,;!?") and (
        header.lower().startswith("infobox") or " " not in header
    )


def _title(line: str) -> str:
    """'= Title =' -> 'Title', cleaned (the title is a normalized field); '' if not a title.

    String operations, not a regex: a lazy regex on a long line of spaces is quadratic.
    """
    stripped = line.strip()
    if len(stripped) < 3 or stripped[0] != "=" or stripped[-1] != "=" or stripped[1] == "=":
        return ""
    return clean_text(stripped[1:-1])


def _heading(line: str) -> tuple[int, str] | None:
    """'== H ==', '==H==', '==== Deep ====' -> (level, heading); None for any other line.

    The level is the shorter run of '=' (at most 6), so a typo '== H ===' is still level 2.
    """
    stripped = line.strip()
    if not stripped.startswith("==") or not stripped.endswith("=="):
        return None
    opening = len(stripped) - len(stripped.lstrip("="))
    closing = len(stripped) - len(stripped.rstrip("="))
    if opening == len(stripped):  # only '=': a rule, not a heading
        return None
    heading = clean_text(stripped[opening : len(stripped) - closing])
    if not heading:
        return None
    return min(opening, closing, MAX_HEADING_LEVEL), heading


def _add_section(article: Article, level: int, heading: str | None, body: list[str]) -> None:
    text = "\n".join(body).strip("\n")
    if level == 1 and not text and article.sections:
        return
    if level == 1 or text or heading:
        article.sections.append(Section(len(article.sections) + 1, level, heading, text))


def list_raw_names(root: Path) -> tuple[list[str], int]:
    """Names (relative to root, "/"-separated, sorted) of all `*.txt` files under root, and
    the count of everything else.

    Symbolic links to files are listed (the reader rejects those pointing outside);
    directories behind links are not entered, so a link cannot pull in another tree, but
    they are counted as ignored: nothing is dropped silently. One scandir per folder and no
    Path objects per file: at 10^5 files the listing is a visible part of a rebuild.
    """
    found: list[str] = []
    ignored = 0
    pending = [("", os.fspath(root))]
    while pending:
        prefix, folder = pending.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError:  # unreadable or missing: as os.walk, skipped
            continue
        for entry in listed:
            name = prefix + entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((name + "/", entry.path))
                elif entry.is_symlink() and entry.is_dir():
                    ignored += 1  # a linked directory: not entered
                elif entry.name.endswith(".txt") and (entry.is_file() or entry.is_symlink()):
                    found.append(name)
                else:
                    ignored += 1
            except OSError:
                ignored += 1
    found.sort()
    return found, ignored


def list_raw_files(root: Path) -> tuple[list[Path], int]:
    """list_raw_names as paths."""
    names, ignored = list_raw_names(root)
    return [root / name for name in names], ignored
