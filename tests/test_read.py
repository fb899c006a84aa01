"""Reader: the seed articles line by line, the corpus's real variety, hostile files."""

from __future__ import annotations

import os
import random
import shutil
import struct
import time
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.read import Article, Reject, list_raw_files, parse_bytes, read_file
from pipeline.text import clean_text

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
UNLABELLED = ROOT / "tests" / "corpus" / "unlabelled"
SEED_AQRAB = "000_964dbc02452eaea1.txt"
SEED_KHAN = "003_ff39432b66b4956e.txt"
CORPUS = sorted(RAW.glob("*.txt")) + sorted(UNLABELLED.glob("*.txt"))


def _read(path: Path) -> Article:
    article = read_file(path, path.parent)
    assert isinstance(article, Article), article
    return article


def _parse(data: bytes) -> Article:
    article = parse_bytes(data, "x.txt")
    assert isinstance(article, Article), article
    return article


def _seed_bytes(name: str = SEED_AQRAB) -> bytes:
    return (RAW / name).read_bytes()


# --- the two seeds, line by line ---------------------------------------------------------

SEED_INFOBOXES = {
    SEED_AQRAB: [
        ("Title", "Aqrab massacre"),
        ("Partof", "the Syrian civil war"),
        ("Location", "Aqrab, Hama Governorate, Syria"),
        ("Date", "2012-12-11"),
        ("Type", "Massacre"),
        ("Target", "Alawite population"),
        ("Fatalities", "Unclear: 125–300 killed or wounded reported"),
        ("Perpetrators", "Disputed"),
        ("Weapons", "Bombs/explosives"),
    ],
    SEED_KHAN: [
        ("Title", "Khan al-Assal massacre"),
        ("Partof", "the Syrian Civil War"),
        ("Date", "22 July 2013"),
        ("Fatalities", "51 soldiers (opposition claim), 123, majority civilian (regime claim)"),
        ("Perpetrators", "Al-Nusra Front and Ansar al-Khilafah"),
        ("Location", "Khan al-Assal, Aleppo, Syria"),
    ],
}
SEED_SECTIONS = {
    # "== Background ==" with spaces
    SEED_AQRAB: [(1, None), (2, "Background"), (2, "Bombings"), (2, "See also")],
    # "==Background==" without spaces, "===Domestic reaction===" at level 3
    SEED_KHAN: [
        (1, None),
        (2, "Background"),
        (2, "Massacre"),
        (2, "Reactions"),
        (3, "Domestic reaction"),
        (2, "See also"),
    ],
}


@pytest.mark.parametrize("name", sorted(SEED_INFOBOXES))
def test_seed_infobox_every_line(name: str) -> None:
    article = _read(RAW / name)
    assert [(f.key, f.value) for f in article.infobox] == SEED_INFOBOXES[name]
    assert [f.position for f in article.infobox] == list(range(1, len(article.infobox) + 1))
    # "= Title =" is line 1, blank, "Infobox" line 3: infobox lines start at line 4
    assert [f.line for f in article.infobox] == list(range(4, 4 + len(article.infobox)))


@pytest.mark.parametrize("name", sorted(SEED_SECTIONS))
def test_seed_sections(name: str) -> None:
    article = _read(RAW / name)
    assert [(s.level, s.heading) for s in article.sections] == SEED_SECTIONS[name]
    assert [s.position for s in article.sections] == list(range(1, len(article.sections) + 1))


def test_seed_title_lead_and_section_text() -> None:
    aqrab = _read(RAW / SEED_AQRAB)
    assert aqrab.title == "Aqrab massacre"
    assert aqrab.source_file == SEED_AQRAB
    assert aqrab.lead.startswith("The Aqrab massacre is a contested event which occurred on")
    assert aqrab.lead.endswith("could confirm the deaths of 10 people.")
    assert aqrab.sections[-1].text == (
        "- 2025 massacres of Syrian Alawites\n- List of massacres during the Syrian civil war"
    )
    khan = _read(RAW / SEED_KHAN)
    assert khan.sections[3].text == ""  # "==Reactions==" directly followed by a subsection
    assert khan.sections[4].text.startswith("- - Minister of Information Omran al-Zoubi")
    assert khan.decode_errors is False
    assert len(khan.source_sha256) == 64


# --- the corpus's real variety -----------------------------------------------------------

CORPUS_FIELDS = [
    # keys with digits and underscores
    ("raw/2017-al-jinah-airstrike.txt", "Executed_by", ["United States"]),
    ("raw/2017-al-jinah-airstrike.txt", "Map_type", ["Syria"]),
    ("raw/darayya-massacre.txt", "Native_name_lang", ["ar"]),
    ("tests/corpus/unlabelled/battle-of-maiduguri-2013.txt", "Casualties3",
     ["Dozens of civilians killed"]),
    ("tests/corpus/unlabelled/battle-of-maiduguri-2013.txt", "Casualties1",
     ["2+ injured (per Nigeria)"]),
    # empty / debris values are kept as read
    ("raw/darayya-massacre.txt", "Date", ["()"]),
    ("tests/corpus/unlabelled/moura-massacre.txt", "Casualties1", [": 2+"]),
    ("tests/corpus/unlabelled/moura-massacre.txt", "Strength1", [": ~100"]),
    ("tests/corpus/unlabelled/kremenchuk-shopping-mall-attack.txt", "Coordinates", [","]),
    ("raw/wiriyamu-massacre.txt", "Perpetrators", [", DGS"]),
    ("raw/adra-massacre.txt", "Date", ["11–12 December 2013 ()"]),
    ("raw/christchurch-mosque-shootings.txt", "Date",
     ["| time-begin = 1:40 | time-end = 1:59p.m."]),
    ("raw/beslan-school-siege.txt", "Date", ["1–3 September 2004 | time-begin = | time-end ="]),
    # a second colon belongs to the value
    ("raw/000_964dbc02452eaea1.txt", "Fatalities",
     ["Unclear: 125–300 killed or wounded reported"]),
    ("tests/corpus/unlabelled/kremenchuk-shopping-mall-attack.txt", "Perpetrators",
     ["Russian Air Force: 22nd Guards Heavy Bomber Aviation Division"]),
    # Adra has both Perps and Perpetrators: two keys, both kept
    ("raw/adra-massacre.txt", "Perps", ["Al-Nusra Front"]),
    ("raw/adra-massacre.txt", "Perpetrators", ["Jaysh al-Islam and Al-Nusra Front"]),
    # multi-word keys of some exports: read with "_", found either way
    ("tests/corpus/unlabelled/safsaf-massacre.txt", "Reported_Deaths", ["50–70"]),
    ("tests/corpus/unlabelled/safsaf-massacre.txt", "Reported Deaths", ["50–70"]),
    ("tests/corpus/unlabelled/chuknagar-massacre.txt", "Native_name_lang", ["bn"]),
    ("tests/corpus/unlabelled/attack-on-orahovac.txt", "Map_type", ["Serbia and Montenegro"]),
    ("tests/corpus/unlabelled/port-arthur-riot-1919.txt", "Event Name",
     ["Port Arthur riot 1919"]),
    # the value keeps what follows it on the line, even debris
    ("tests/corpus/unlabelled/nisour-square-massacre.txt", "Verdict", ["Guilty"]),
    ("raw/andijan-massacre.txt", "Fatalities", ["187–1,500"]),
]  # fmt: skip


@pytest.mark.parametrize(("source", "key", "values"), CORPUS_FIELDS)
def test_corpus_fields(source: str, key: str, values: list[str]) -> None:
    assert _read(ROOT / source).values(key) == values


@pytest.mark.parametrize(
    ("source", "keys"),
    [
        ("tests/corpus/unlabelled/chuknagar-massacre.txt", ["Native_Name_Lang"]),
        ("tests/corpus/unlabelled/moura-massacre.txt", ["Map_Type", "Map_Relief"]),
        ("tests/corpus/unlabelled/nisour-square-massacre.txt", ["Image_Upright"]),
        ("tests/corpus/unlabelled/safsaf-massacre.txt", ["Reported_Deaths"]),
    ],
)
def test_multi_word_keys_are_letters_digits_and_underscores(source: str, keys: list[str]) -> None:
    found = [f.key for f in _read(ROOT / source).infobox]
    assert all(k in found for k in keys)


def test_every_corpus_key_is_letters_digits_underscores() -> None:
    for path in CORPUS:
        for line in _read(path).infobox:
            assert line.key is not None, (path.name, line)
            assert line.key.replace("_", "").isalnum() and line.key.isascii(), line.key


def test_repeated_keys_all_kept_in_order_and_first_skips_debris() -> None:
    # The corpus has no same-key repeat (checked below); build one from real Adra/Darayya lines.
    article = _parse(
        b"= Adra massacre =\n\nInfobox\n- Date: ()\n- Perps: Al-Nusra Front\n"
        b"- Date: 11\xe2\x80\x9312 December 2013 ()\n- Perps: Jaysh al-Islam\n\nLead.\n"
    )
    assert article.values("Perps") == ["Al-Nusra Front", "Jaysh al-Islam"]
    assert article.values("perps") == article.values("PERPS")
    assert article.values("Date") == ["()", "11–12 December 2013 ()"]
    assert article.first("Date") == ("Date", "11–12 December 2013 ()")
    assert article.first("Time", "Date") == ("Date", "11–12 December 2013 ()")
    assert article.first("Time") is None


def test_real_corpus_has_no_same_key_repeat_but_adra_has_perps_and_perpetrators() -> None:
    for path in CORPUS:
        keys = [f.key for f in _read(path).infobox]
        assert len(keys) == len(set(keys)), path.name
    assert _read(RAW / "adra-massacre.txt").first("Perps", "Perpetrators") == (
        "Perps",
        "Al-Nusra Front",
    )


def test_darayya_date_is_debris_so_first_finds_nothing() -> None:
    assert _read(RAW / "darayya-massacre.txt").first("Date", "Dates", "Time") is None


def test_andijan_list_items_are_lead_not_infobox() -> None:
    """The infobox ends at the first blank line; '- The Uzbek government ...' is in the lead."""
    article = _read(RAW / "andijan-massacre.txt")
    assert article.infobox[-1].key == "Fatalities"
    assert all(f.key is not None for f in article.infobox)
    assert not any("Uzbek government said" in f.value for f in article.infobox)
    assert "\n- The Uzbek government said the Islamic Movement of Uzbekistan" in article.lead
    assert article.lead.startswith("On 13 May 2005, protests erupted in Andijan, Uzbekistan.")
    assert article.values("Place") == ["Andijan, Uzbekistan"]


def test_infobox_line_without_a_colon_has_no_key() -> None:
    article = _parse(
        b"= T =\n\nInfobox\n- Title: T\n- The Uzbek government said so\n-- stray\nno dash\n\nL\n"
    )
    assert [(f.key, f.value) for f in article.infobox] == [
        ("Title", "T"),
        (None, "The Uzbek government said so"),
        (None, "stray"),
        (None, "no dash"),
    ]


@pytest.mark.parametrize(
    "source",
    [
        "tests/corpus/unlabelled/kawuri-massacre.txt",
        "tests/corpus/unlabelled/july-2014-maiduguri-bombing.txt",
        "tests/corpus/unlabelled/list-of-bombings-during-the-troubles.txt",
    ],
)
def test_real_articles_without_infobox(source: str) -> None:
    article = _read(ROOT / source)
    assert article.infobox == []
    assert article.lead.split()[0] in {"The", "On", "This"}


def test_every_corpus_file_reads() -> None:
    assert len(CORPUS) >= 60
    for path in CORPUS:
        article = _read(path)
        first_line = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert article.title == first_line.strip("= ")
        assert article.decode_errors is False
        assert article.sections[0].level == 1


def test_bayda_level_3_section() -> None:
    article = _read(RAW / "bayda-and-baniyas-massacres.txt")
    assert (3, "Soldiers killed") in [(s.level, s.heading) for s in article.sections]


# --- hostile files, each a test -----------------------------------------------------------


def _reject(data: bytes) -> Reject:
    result = parse_bytes(data, "x.txt")
    assert isinstance(result, Reject), result
    assert result.source_file == "x.txt" and result.stage == "read" and result.message
    return result


def test_empty_file() -> None:
    assert _reject(b"").code == "empty"


@pytest.mark.parametrize("data", [b" \n\t\n\r\n", b"\xef\xbb\xbf\n ", "\u00a0\u200b\n".encode()])
def test_whitespace_only_file(data: bytes) -> None:
    assert _reject(data).code == "empty"


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\x10\x20\x30" * 16 * 16)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_binary_png_file() -> None:
    assert _reject(_png()).code == "binary"


def test_random_bytes_are_binary() -> None:
    assert _reject(random.Random(0).randbytes(4096)).code == "binary"


def test_valid_utf8_with_stray_control_characters_is_text_not_binary() -> None:
    """Controls only count against bytes that are not UTF-8; here they are stripped instead."""
    article = _parse(b"= Fuzz\x1f =\n\nInfobox\n" + b"- Date: \x01\x1f\x1b\n" * 10 + b"\nLead.\n")
    assert article.title == "Fuzz"
    assert article.values("Date") == ["\x01\x1f\x1b"] * 10


def test_utf16_file_is_binary_not_garbage() -> None:
    assert _reject(_seed_bytes().decode().encode("utf-16")).code == "binary"


def test_invalid_utf8_is_decoded_with_replacement_and_flagged_not_rejected() -> None:
    """Choice: one bad byte must not lose an article; U+FFFD marks it, decode_errors says so."""
    article = _parse(b"= Caf\xe9 massacre =\n\nInfobox\n- Location: Caf\xe9, Syria\n")
    assert article.decode_errors is True
    assert article.title == "Caf\ufffd massacre"
    assert article.values("Location") == ["Caf\ufffd, Syria"]


def test_literal_replacement_character_is_not_a_decode_error() -> None:
    assert _parse("= Caf\ufffd massacre =\n".encode()).decode_errors is False


def test_invalid_utf8_is_flagged_even_next_to_a_literal_replacement_character() -> None:
    assert _parse("= Caf\ufffd =\n".encode() + b"bad \xff byte\n").decode_errors is True


def test_bom_is_ignored() -> None:
    plain, with_bom = _parse(_seed_bytes()), _parse(b"\xef\xbb\xbf" + _seed_bytes())
    assert with_bom.title == plain.title == "Aqrab massacre"
    assert with_bom.infobox == plain.infobox and with_bom.sections == plain.sections
    assert with_bom.source_sha256 != plain.source_sha256  # the hash is of the bytes as stored


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"], ids=["crlf", "cr"])
def test_crlf_and_cr_line_ends(newline: bytes) -> None:
    plain = _parse(_seed_bytes(SEED_KHAN))
    other = _parse(_seed_bytes(SEED_KHAN).replace(b"\n", newline))
    assert (other.title, other.infobox, other.sections) == (
        plain.title,
        plain.infobox,
        plain.sections,
    )
    assert not any("\r" in f.value for f in other.infobox)


def test_a_few_nul_bytes_are_dropped() -> None:
    data = _seed_bytes().replace(b"Aqrab massacre =", b"Aqrab\x00 massacre\x00 =", 1)
    data = data.replace(b"- Date: 2012", b"- Da\x00te: 2012")
    article = _parse(data)
    assert article.title == "Aqrab massacre"
    assert article.values("Date") == ["2012-12-11"]


def test_mostly_nul_bytes_is_binary() -> None:
    assert _reject(b"= T =\n" + b"\x00" * 1000).code == "binary"


@pytest.mark.parametrize(
    "data",
    [
        b"Infobox\n- Date: 22 July 2013\n",  # no title line at all
        b"== Background ==\nText\n",  # a heading is not a title
        b"=  =\nText\n",  # empty title
        b"= \xe2\x80\xae\xe2\x80\x8f =\nText\n",  # only bidi marks
        b"The Kawuri massacre happened on 26 January 2014.\n",
        b"=\n",
    ],
)
def test_missing_title(data: bytes) -> None:
    assert _reject(data).code == "no_title"


def test_missing_title_message_shows_the_line_cut_short() -> None:
    reject = _reject(b"x" * 3_000_000)
    assert reject.code == "no_title" and len(reject.message) < 300


def test_missing_infobox() -> None:
    article = _parse(
        b"= Kawuri massacre =\n\nThe Kawuri massacre happened.\n\n== Aftermath ==\nX\n"
    )
    assert article.infobox == []
    assert article.lead == "The Kawuri massacre happened."
    assert [(s.level, s.heading) for s in article.sections] == [(1, None), (2, "Aftermath")]


def test_title_only() -> None:
    article = _parse(b"= Title =")
    assert article.title == "Title" and article.infobox == [] and article.lead == ""


def test_twenty_thousand_infobox_lines() -> None:
    lines = b"".join(b"- Casualties%d: %d killed\n" % (i, i) for i in range(20_000))
    article = _parse(b"= T =\n\nInfobox\n" + lines + b"\nLead.\n")
    assert len(article.infobox) == 20_000
    assert article.infobox[-1].position == 20_000
    assert article.values("Casualties19999") == ["19999 killed"]
    assert article.lead == "Lead."


@pytest.mark.parametrize(
    "data",
    [
        b"= T =\n\n" + b"word " * 400_000 + b"\n",  # a 2 MB lead line
        b"= T =\n\nInfobox\n- Fatalities: " + b"1" * 2_000_000 + b"\n",
        b"= a" + b" " * 2_000_000 + b"b =\n",  # lazy title regex was quadratic here
        b"= T =\n\n== a" + b" " * 2_000_000 + b"b\n",  # and the heading regex here
        b"= T =\n\nInfobox\n- a" + b" " * 2_000_000 + b"\n",
        b"= T =\n\nInfobox\n- " + b"a " * 1_000_000 + b"\n",
        b"= T =\n\n" + b"=" * 2_000_000 + b"\n",
    ],
    ids=["lead", "value", "title", "heading", "key-spaces", "key-words", "equals"],
)
def test_a_2mb_line_is_read_fast(data: bytes) -> None:
    started = time.perf_counter()
    result = parse_bytes(data, "x.txt")
    assert isinstance(result, Article | Reject)
    assert time.perf_counter() - started < 2.0


def test_a_2mb_title_is_kept_whole() -> None:
    article = _parse(b"= " + b"a" * 2_000_000 + b" =\n")
    assert len(article.title) == 2_000_000


def _copy_seed(folder: Path, name: str = "a.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(RAW / SEED_AQRAB, target)
    return target


def test_file_over_max_bytes_is_rejected(tmp_path: Path) -> None:
    path = _copy_seed(tmp_path)
    result = read_file(path, tmp_path, max_bytes=100)
    assert isinstance(result, Reject) and result.code == "too_large"
    assert result.source_file == "a.txt"
    assert isinstance(read_file(path, tmp_path, max_bytes=path.stat().st_size), Article)


def test_file_over_max_bytes_is_never_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even when the size check is fooled (the file grows after stat), at most max_bytes + 1
    bytes are read."""
    path = tmp_path / "big.txt"
    path.write_bytes(b"= T =\n\n" + b"x" * 1_000_000)
    real_stat, real_open = Path.stat, Path.open
    reads: list[int] = []

    def small_stat(self: Path, *args: object, **kwargs: object) -> os.stat_result:
        fields = list(real_stat(self, *args, **kwargs))  # type: ignore[arg-type]
        fields[6] = 10  # st_size
        return os.stat_result(fields)

    class Recorder:
        def __init__(self, handle: object) -> None:
            self.handle = handle

        def __enter__(self) -> Recorder:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()  # type: ignore[attr-defined]

        def read(self, size: int = -1) -> bytes:
            reads.append(size)
            return self.handle.read(size)  # type: ignore[attr-defined]

    monkeypatch.setattr(Path, "stat", small_stat)
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: Recorder(real_open(self, *a, **k)))
    result = read_file(path, tmp_path, max_bytes=100)
    assert isinstance(result, Reject) and result.code == "too_large"
    assert reads and all(0 <= size <= 101 for size in reads)


@pytest.mark.parametrize(
    ("line", "level", "heading"),
    [
        ("==Background==", 2, "Background"),
        ("== Background ==", 2, "Background"),
        ("===Domestic reaction===", 3, "Domestic reaction"),
        ("==== Deeper ====", 4, "Deeper"),
        ("===== Five =====", 5, "Five"),
        ("========= Nine =========", 6, "Nine"),  # capped
        ("== Typo ===", 2, "Typo"),
        ("  == Indented ==  ", 2, "Indented"),
        ("== \u202eBidi\u200f ==", 2, "Bidi"),
    ],
)
def test_heading_levels(line: str, level: int, heading: str) -> None:
    article = _parse(f"= T =\n\nLead.\n{line}\nBody.\n".encode())
    assert [(s.level, s.heading, s.text) for s in article.sections] == [
        (1, None, "Lead."),
        (level, heading, "Body."),
    ]


@pytest.mark.parametrize("line", ["====", "==", "== ==", "==> quoted", "a == b ==", "= one ="])
def test_not_headings_stay_in_the_text(line: str) -> None:
    article = _parse(f"= T =\n\nLead.\n{line}\n".encode())
    assert article.sections == [article.sections[0]]
    assert article.lead == f"Lead.\n{line}"


def test_unbalanced_parentheses_are_kept_as_read() -> None:
    article = _parse(
        b"= Battle of Maiduguri (2013 =\n\nInfobox\n- Fatalities: 51 (opposition claim\n"
        b"- Location: Aqrab) Hama (((, Syria\n\nLead (unclosed.\n"
    )
    assert article.title == "Battle of Maiduguri (2013"
    assert article.values("Fatalities") == ["51 (opposition claim"]
    assert article.values("Location") == ["Aqrab) Hama (((, Syria"]
    assert article.lead == "Lead (unclosed."


def test_bidi_and_control_characters_are_stripped_from_the_title_only() -> None:
    """The title is a normalized field; infobox values stay as read (lossless table)."""
    raw = "= \u202eAqrab\u200f \u2066massacre\x07\u200b =\n\nInfobox\n- Date: 2012\u202e-12-11\n"
    article = _parse(raw.encode())
    assert article.title == "Aqrab massacre"
    assert article.title == clean_text(article.title)
    assert article.values("Date") == ["2012\u202e-12-11"]


def test_symlink_outside_the_root(tmp_path: Path) -> None:
    outside = _copy_seed(tmp_path / "elsewhere")
    root = tmp_path / "raw"
    root.mkdir()
    (root / "link.txt").symlink_to(outside)
    result = read_file(root / "link.txt", root)
    assert isinstance(result, Reject) and result.code == "symlink_outside"
    assert result.source_file == "link.txt"


def test_symlink_inside_the_root_is_read(tmp_path: Path) -> None:
    _copy_seed(tmp_path / "sub")
    (tmp_path / "link.txt").symlink_to(tmp_path / "sub" / "a.txt")
    assert _read(tmp_path / "link.txt").title == "Aqrab massacre"


def test_symlink_loop_is_a_reject_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    result = read_file(tmp_path / "a.txt", tmp_path)
    assert isinstance(result, Reject) and result.code == "unreadable"


def test_broken_symlink_and_missing_file(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    for name in ("dangling.txt", "never-there.txt"):
        result = read_file(tmp_path / name, tmp_path)
        assert isinstance(result, Reject) and result.code == "unreadable"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    result = read_file(tmp_path / "pipe.txt", tmp_path)  # would block forever if opened
    assert isinstance(result, Reject) and result.code == "not_regular"


def test_path_outside_the_root_does_not_raise(tmp_path: Path) -> None:
    path = _copy_seed(tmp_path / "a")
    result = read_file(path, tmp_path / "b")
    assert isinstance(result, Article) and result.source_file.endswith("a.txt")


def test_list_raw_files_recursive_sorted_and_counts_the_rest(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "sub/z/deep.txt", "sub/c.txt", "A.txt"]:
        _copy_seed((tmp_path / name).parent, Path(name).name)
    for name in ["notes.md", "sub/image.png", "sub/z/x.TXT", ".hidden"]:
        (tmp_path / name).write_bytes(b"x")
    elsewhere = tmp_path.parent / (tmp_path.name + "-other")
    _copy_seed(elsewhere, "outside.txt")
    (tmp_path / "linked-dir").symlink_to(elsewhere, target_is_directory=True)
    (tmp_path / "link.txt").symlink_to(elsewhere / "outside.txt")

    paths, ignored = list_raw_files(tmp_path)
    names = [p.relative_to(tmp_path).as_posix() for p in paths]
    assert names == ["A.txt", "a.txt", "b.txt", "link.txt", "sub/c.txt", "sub/z/deep.txt"]
    assert ignored == 5  # 4 non-.txt files + 1 linked directory (not entered)
    assert [type(read_file(p, tmp_path)).__name__ for p in paths].count("Reject") == 1


def test_list_raw_files_on_a_missing_folder(tmp_path: Path) -> None:
    assert list_raw_files(tmp_path / "nope") == ([], 0)


def test_list_raw_files_on_the_real_raw_folder() -> None:
    paths, _ = list_raw_files(RAW)
    assert [p.name for p in paths] == sorted(p.name for p in RAW.glob("*.txt"))


# --- properties ---------------------------------------------------------------------------


def _check(result: Article | Reject) -> None:
    assert isinstance(result, Article | Reject)
    if isinstance(result, Reject):
        assert result.code and result.message and result.stage == "read"
        return
    assert result.title and result.title == clean_text(result.title)
    assert [f.position for f in result.infobox] == list(range(1, len(result.infobox) + 1))
    assert [s.position for s in result.sections] == list(range(1, len(result.sections) + 1))
    assert all(1 <= s.level <= 6 for s in result.sections)
    assert all(s.level == 1 for s in result.sections[:1])
    for line in result.infobox:
        assert line.key is None or line.key.replace("_", "").isalnum()
        assert "\n" not in line.value and "\r" not in line.value


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2_000))
def test_parse_bytes_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    _check(parse_bytes(data, "x.txt"))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2_000))
def test_parse_bytes_never_raises_on_arbitrary_text(text: str) -> None:
    _check(parse_bytes(text.encode("utf-8", errors="surrogatepass"), "x.txt"))


CORPUS_LINES = sorted(
    {line for path in CORPUS for line in path.read_bytes().split(b"\n") if len(line) < 400}
)
CORPUS_FILES = [path.read_bytes() for path in CORPUS]


@st.composite
def mutated_articles(draw: st.DrawFn) -> bytes:
    """A real article with random slices cut, real lines from any file inserted, odd ends."""
    lines = draw(st.sampled_from(CORPUS_FILES)).split(b"\n")
    for _ in range(draw(st.integers(0, 6))):
        action = draw(st.sampled_from(["cut", "insert", "junk", "truncate"]))
        at = draw(st.integers(0, len(lines)))
        if action == "cut":
            del lines[at : at + draw(st.integers(1, 10))]
        elif action == "insert":
            lines[at:at] = draw(st.lists(st.sampled_from(CORPUS_LINES), max_size=5))
        elif action == "junk":
            lines.insert(at, draw(st.binary(max_size=40)))
        elif lines:
            line = lines[min(at, len(lines) - 1)]
            lines[min(at, len(lines) - 1)] = line[: draw(st.integers(0, len(line)))]
    return draw(st.sampled_from([b"\n", b"\r\n", b"\r"])).join(lines)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_articles())
def test_mutated_real_articles_never_raise(data: bytes) -> None:
    _check(parse_bytes(data, "x.txt"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # wikitext left in a scraped article: the linked article's name, list breaks as "; "
        (
            "- Perpetrators: [[Japanese Red Army|JRA]]<br />[[Popular Front for the Liberation "
            "of Palestine|PFLP]]",
            "- Perpetrators: Japanese Red Army; Popular Front for the Liberation of Palestine",
        ),
        ("- Date: {{Start date|1971|06|10}}", "- Date: 1971-06-10"),
        (
            "- Location: [[Munich]] and [[Fürstenfeldbruck]], [[West Germany]]",
            "- Location: Munich and Fürstenfeldbruck, West Germany",
        ),
        (
            "- Deaths: 11&nbsp;Israelis{{efn|incl. {{nowrap|a police}} officer}}<br>1 officer",
            "- Deaths: 11 Israelis; 1 officer",
        ),
        (
            "- Coordinates: {{coord|33|49|45|N|35|29|29|E|type:event|display=inline,title}}",
            "- Coordinates: 33°49′45″N 35°29′29″E",
        ),
        (
            "- Coordinates: {{coord|55.1156|−3.3572|display=inline}}",
            "- Coordinates: 55.1156, -3.3572",
        ),
        ("plain text, no markup: 5 < 6", "plain text, no markup: 5 < 6"),
    ],
)
def test_wikitext_remnants_become_plain_text(line, expected):
    from pipeline.text import strip_markup

    assert strip_markup(line) == expected


@given(st.text(max_size=300))
def test_strip_markup_never_raises(text):
    from pipeline.text import strip_markup

    assert isinstance(strip_markup(text), str)


@given(st.lists(st.sampled_from(["1", "2.5", "-3", "N", "S", "E", "W", "x=1", "", "{{", "}}"])))
def test_coordinate_templates_of_any_shape_never_raise(parts):
    from pipeline.text import strip_markup

    assert isinstance(strip_markup("{{coord|" + "|".join(parts) + "}}"), str)
