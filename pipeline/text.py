"""Text helpers shared by the reader and the normalizers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Unicode control, format (bidi, zero-width) characters; tab and newline are handled apart.
CONTROL_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


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
