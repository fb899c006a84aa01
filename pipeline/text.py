"""Text helpers shared by the reader and the normalizers."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

# Unicode control, format (bidi, zero-width) characters; tab and newline are handled apart.
CONTROL_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


# A template's next parameter run into a value: "Ein al Zeitun | target =", "23–70+ prisoners
# | injuries =", "| reported death(s) = 85", "| time-begin = 10:30"
TEMPLATE_PARAM_RE = re.compile(r"\|\s*[\w ()'-]{1,40}?\s*=[^|]*")


def clean_text(text: str) -> str:
    """Strip control and bidi characters and fold whitespace (normalized fields only)."""
    return " ".join(CONTROL_RE.sub("", text).split())


# Letters Unicode does not decompose into a base letter and an accent: folded by hand, or
# "Białystok" would lose its "ł" and never meet the gazetteer's "Bialystok".
UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "ı": "i",
        "ħ": "h",
        "Ħ": "H",
        "ŧ": "t",
        "Ŧ": "T",
        "ŀ": "l",
        "Ŀ": "L",
        "þ": "th",
        "Þ": "Th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
    }
)


def slugify(text: str) -> str:
    """ASCII slug: 'Račak massacre' -> 'racak-massacre', 'Łódź' -> 'lodz'."""
    folded = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.replace("'", "").replace("’", "").replace("ʿ", "").replace("ʾ", "")
    return "-".join(re.findall(r"[a-z0-9]+", folded.lower()))


# Adverbs that single out a part of what a value names ("notably at Simele", "mainly Bodu
# Bala Sena", "Syria, especially Aleppo"): read by the places and the actors normalizers
EMPHASIS_ADVERBS = r"(?:notably|especially|mainly|mostly|chiefly|particularly|primarily|largely)"


def blank(match: re.Match[str]) -> str:
    """A match replaced by as many spaces: what is read later keeps its offsets into the text
    as written (snippets quote the original)."""
    return " " * len(match.group())


# Normalizers memoize their pure str -> value steps: infobox values, names and labels repeat
# across a corpus. Every cache is bounded by this, so hostile input cannot grow memory; cached
# values are immutable (tuples, frozen records) so sharing them is safe.
CACHE_SIZE = 65_536
ASCII_WORD_RE = re.compile(r"[a-z0-9]+")


def fold_words(text: str) -> list[str]:
    """The words of a lookup key: accents, case, apostrophes and punctuation folded away.
    ASCII text (most names) takes a fast path with the same result."""
    if text.isascii():
        return ASCII_WORD_RE.findall(text.lower().replace("'", ""))
    return [word for word in slugify(text).split("-") if word]


def fold(text: str) -> str:
    """Lookup key: accents, case, apostrophes and punctuation folded away."""
    return " ".join(fold_words(text))


@lru_cache(maxsize=CACHE_SIZE)
def fold_cached(text: str) -> str:
    """`fold`, memoized for normalizers whose names and labels repeat across a corpus."""
    return fold(text)


# Wikitext left in a scraped article: the text it stands for is kept, the markup dropped.
_MARKUP_HINT_RE = re.compile(r"\[\[|\{\{|<br|<ref|&[a-z#0-9]+;|</?[a-z]+[^>]*>", re.IGNORECASE)
_DATE_TEMPLATE_RE = re.compile(
    r"\{\{\s*(?:start|end|birth|death)[ _]date(?:[ _]and[ _]age)?\s*\|\s*(?:[a-z]+=[^|}]*\|\s*)*"
    r"(\d{3,4})\s*\|\s*(\d{1,2})\s*\|\s*(\d{1,2})[^{}]*\}\}",
    re.IGNORECASE,
)
_INNER_TEMPLATE_RE = re.compile(r"\{\{[^{}]*\}\}")
_LINK_RE = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]*)\]\]")
_PIPED_LINK_RE = re.compile(r"\[\[([^\[\]|]*)\|([^\[\]]*)\]\]")
_REF_RE = re.compile(r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>", re.IGNORECASE | re.DOTALL)
_BREAK_RE = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
_TAG_RE = re.compile(r"</?[a-z][^>]*>", re.IGNORECASE)
_EMPHASIS_RE = re.compile(r"'{2,}")


_COORD_TEMPLATE_RE = re.compile(r"\{\{\s*coord\s*\|([^{}]*)\}\}", re.IGNORECASE)


def _coordinates(match: re.Match[str]) -> str:
    """'{{coord|55|7|N|3|21|W|display=inline}}' -> '55°7′N 3°21′W'; decimal pairs as written."""
    parts = [p.strip().replace("\u2212", "-") for p in match[1].split("|") if "=" not in p]
    halves: list[str] = []
    current: list[str] = []
    for part in parts:
        if part.upper() in ("N", "S", "E", "W"):
            values = current[:3]  # degrees, minutes, seconds
            marks = ["°", "′", "″"][: len(values)]
            halves.append("".join(v + m for v, m in zip(values, marks, strict=True)) + part.upper())
            current = []
        elif re.fullmatch(r"-?\d+(?:\.\d+)?", part):
            current.append(part)
    if len(halves) == 2:
        return " ".join(halves)
    numbers = [p for p in parts if re.fullmatch(r"-?\d+(?:\.\d+)?", p)]
    return f"{numbers[0]}, {numbers[1]}" if len(numbers) == 2 else " "


def _piped_link(match: re.Match[str]) -> str:
    """The linked article's name, unless the label only inflects it ('[[Libya|Libyan]]
    government', '[[Germany|German]] troops'): then the words as written."""
    target, label = match[1], match[2]
    stem = target[:-1].casefold()
    if len(stem) >= 3 and label.casefold().startswith(stem) and " " not in label.strip():
        return label
    return target


def strip_markup(text: str) -> str:
    """Plain text from wikitext remnants: '[[Japanese Red Army|JRA]]' -> 'Japanese Red Army'
    (the article linked is the name), '<br />' -> '; ', '{{Start date|1971|06|10}}' ->
    '1971-06-10', other templates, references, tags and HTML entities dropped or decoded.
    Text without markup is returned unchanged."""
    if not _MARKUP_HINT_RE.search(text):
        return text
    text = _REF_RE.sub(" ", text)
    text = _DATE_TEMPLATE_RE.sub(lambda m: f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}", text)
    text = _COORD_TEMPLATE_RE.sub(_coordinates, text)
    for _ in range(5):  # nested templates, innermost first
        stripped = _INNER_TEMPLATE_RE.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    text = _PIPED_LINK_RE.sub(_piped_link, text)
    text = _LINK_RE.sub(r"\1", text)
    text = _BREAK_RE.sub("; ", text)
    text = _TAG_RE.sub(" ", text)
    text = _EMPHASIS_RE.sub("", text)
    return html.unescape(text).replace("\xa0", " ").replace("\u2212", "-")
