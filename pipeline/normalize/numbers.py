"""Figures in free text: "13,806–75,000", "20+", "at least 300", "three hundred", "dozens".

A figure is one number or one range with its qualifier. Number words and the vague phrases
(ACLED's "dozens" = 12, "several hundred" = 200 ...) come from the versioned lexicon
`reference/number_words.csv`, so a changed convention is a data change with a version bump,
not a code change. Dates, times, ordinals and percentages are masked first: they carry
digits but are never figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from pipeline import reference
from pipeline.text import CACHE_SIZE, blank

MAX_DIGITS = 30  # longer digit runs are debris; also keeps int() far below its size limit
MAX_TEXT = 20_000  # figures are searched in the first MAX_TEXT characters only

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
DATE_RE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b"  # ISO date
    # 11 May, 5–6 January, 5 and 6 June
    r"|\b(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:[–—-]|and|to|&)\s*)?"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b\.?(?:,?\s+\d{{4}}\b)?"
    # May 11, 2016; January 5–6
    rf"|\b(?:{MONTHS})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s*[–—-]\s*\d{{1,2}}\b)?"
    r"(?:,?\s+\d{4}\b)?"
    rf"|\b(?:{MONTHS})\b\.?\s+\d{{4}}\b"  # May 2016
    # in 1998, in 1835–36, during 1941–1945
    r"|\b(?:in|since|until|till|during|by|before|after)\s+(?:1[5-9]|20)\d\d"
    r"(?:\s*[–—-]\s*(?:(?:1[5-9]|20)\d\d|\d\d)(?!\d))?\b"
    r"|\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?![\d,])"  # 10:30, 1.30 pm
    r"|\b\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)"  # 50%
    # "A 1992 government report estimated …": the year of a document
    r"|\b(?:an?|the|its|this|that)\s+(?:1[6-9]|20)\d\d(?=\s+(?:[a-z]+\s+){0,2}?(?:report|study"
    r"|survey|census|investigation|inquiry|estimate|commission|count|book|paper|article"
    r"|analysis|review|account)s?\b)",
    re.IGNORECASE,
)
# a craft's or weapon's designation: "One F-111 shot down", "2 Mi-8 helicopters", "AK-47s"
DESIGNATION = r"\b(?-i:[A-Z])[A-Za-z]{0,4}-\d{1,4}[A-Za-z0-9]*\b"
DESIGNATION_RE = re.compile(DESIGNATION)
# footnote markers: "[1]", "[a]", "[note 2]", "[citation needed]"
CITATION_RE = re.compile(
    r"\[\s*(?:\d{1,3}|[a-z]|(?:note|nb|n|lower-alpha|citation needed)\s*\d*)\s*\]", re.IGNORECASE
)

# "two-thirds of them", "a quarter", "one half": a share of a figure, never a count itself
FRACTION_RE = re.compile(
    r"\b(?:one|two|three|four|five|a)[\s-]+(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b",
    re.IGNORECASE,
)

# "one account claims 300–400", "two sources put it at 50": who counted, not a count
SOURCE_COUNT_RE = re.compile(
    r"\b(?:one|two|three|four)\s+(?:accounts?|sources?|reports?|estimates?|versions?|stud(?:y|ies)"
    r"|historians?|chroniclers?)\b",
    re.IGNORECASE,
)

# "in the initial two-day massacre", "a 3-day siege", "over 3 days": a span of time, no count
DURATION_RE = re.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:-(?:day|week|month|year|hour|minute)(?:s?-(?:long|old))?"
    r"|\s+(?:days|weeks|months|years|hours|minutes)(?:-(?:long|old))?"
    # "during a three day house-to-house search": the span written without its hyphen
    r"|\s+(?:day|week|month|hour|night)\s+(?:[\w-]+\s+){0,2}?(?:search|siege|battle"
    r"|operation|massacre|period|curfew|offensive|campaign|strike|march|rampage|pogrom|riots?"
    r"|war|standoff|occupation|assault|raid|spree|uprising|fighting|bombardment|truce))\b",
    re.IGNORECASE,
)

QUALIFIER_PREFIXES = {
    "at_least": (
        r"at\s+least|more\s+than|over|in\s+excess\s+of|upwards\s+of|no\s+fewer\s+than"
        r"|no\s+less\s+than|not\s+less\s+than|(?:a\s+)?minimum\s+of|min\.|>|≥|\+"
    ),
    "at_most": (
        r"up\s+to|at\s+most|fewer\s+than|less\s+than|under|as\s+many\s+as|no\s+more\s+than"
        r"|not\s+more\s+than|(?:a\s+)?maximum\s+of|max\.|<|≤"
    ),
    "approximate": (
        r"approximately|approx\.?|about|around|roughly|nearly|almost|some|circa|ca\.|c\."
        r"|(?:an\s+)?estimated|est\.|close\s+to|~|≈|∼"
    ),
}


@dataclass(frozen=True)
class Figure:
    """One figure found in a text; low/high may be negative or inverted (flagged later)."""

    low: int
    high: int
    qualifier: str  # exact | range | at_least | at_most | approximate | vague
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Lexicon:
    cardinal: dict[str, int]
    multiplier: dict[str, int]
    vague: dict[str, int]


@cache
def lexicon() -> _Lexicon:
    """The number-word lexicon from reference/number_words.csv, split by kind."""
    kinds: dict[str, dict[str, int]] = {"cardinal": {}, "multiplier": {}, "vague": {}}
    for row in reference.rows("number_words"):
        phrase = " ".join(row["phrase"].lower().split())
        if row["kind"] in kinds and phrase:
            kinds[row["kind"]][phrase] = int(row["value"])
    return _Lexicon(kinds["cardinal"], kinds["multiplier"], kinds["vague"])


def _alternation(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


_HEDGED_END = r"(?:(?:more\s+than|over|at\s+least|almost|nearly|about|some)\s+)?"


@cache
def _figure_re() -> re.Pattern[str]:
    lex = lexicon()
    card = _alternation(list(lex.cardinal))
    mult = _alternation(list(lex.multiplier))
    vague = _alternation(list(lex.vague))
    word = rf"(?:{card}|{mult})"
    # "three hundred and twenty-five", "a hundred", "two thousand five hundred"
    words = rf"(?<!no )(?:an?\s+(?={mult}\b))?{word}\b(?:(?:\s*-\s*|\s+(?:and\s+)?){word}\b)*"
    digits = (
        rf"(?<![\w,])(?<!\d\.)[−-]?(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,{MAX_DIGITS}}})"
        # "2.5 million"; "1.7–2.5 million", "1.5 to 2 million": the scale after the range
        rf"(?:\.\d+(?=\s*(?:{mult})\b|\s*(?:[–—‒−-]|to\b|and\b)\s*\d[\d.]*\s*(?:{mult})\b))?"
        rf"(?:\s*(?:{mult})\b)?(?![\w%]|[.,]\d)"
    )
    atom = rf"(?:\b(?:{vague})\b|{digits}|\b{words}\b)"
    prefix = "|".join(rf"(?P<{name}>{pattern})" for name, pattern in QUALIFIER_PREFIXES.items())
    return re.compile(
        rf"(?:(?<!\w)(?:{prefix})\s*)?"
        # "between 20,000 and more than 500,000": the upper end hedged, one range all the same
        rf"(?:\bbetween\s+(?P<a>{atom})\s+and\s+"
        rf"(?:(?:more\s+than|over|at\s+least|up\s+to|almost|nearly|about|some)\s+)?(?P<b>{atom})"
        # "Est. 200 to over 500": so is the upper end of a range written with "to"
        rf"|(?:\bfrom\s+)?(?P<lo>{atom})(?:(?:\s*[–—‒−-]\s*|\s*\bto\b\s*{_HEDGED_END})"
        rf"(?P<hi>{atom}))?)"
        # "20+", but not the "+" of "48 + 12" (a joiner: the next figure follows it)
        rf"(?P<plus>\s*\+(?!\s*(?:[−-]?\d|{word}\b)))?",
        re.IGNORECASE,
    )


def _words_value(text: str) -> int | None:
    """Value of spelled-out number words: 'three hundred and twenty-five' -> 325."""
    lex = lexicon()
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t not in ("and", "a", "an")]
    if not tokens:
        return None
    total = current = 0
    seen = False
    for token in tokens:
        if token in lex.cardinal:
            current += lex.cardinal[token]
            seen = True
        elif token in lex.multiplier:
            factor = lex.multiplier[token]
            if factor < 1000:
                current = (current or 1) * factor
            else:
                total += (current or 1) * factor
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(text: str) -> int | None:
    """One number as written -> int: '13,806', '−5', '2.5 million', 'twenty-five', 'dozens'.

    Returns None for anything that is not a single number (never raises).
    """
    return _cached_number(text) if isinstance(text, str) else None


@lru_cache(maxsize=CACHE_SIZE)
def _cached_number(text: str) -> int | None:
    try:
        return _parse_number(text)
    except (ValueError, InvalidOperation, OverflowError):
        return None


def _parse_number(text: str) -> int | None:
    raw = " ".join(text.replace("−", "-").split()).lower().strip()
    if not raw or len(raw) > 200:
        return None
    lex = lexicon()
    if raw in lex.vague:
        return lex.vague[raw]
    match = re.fullmatch(r"(-?)(\d[\d,]*(?:\.\d+)?)\s*([a-z]*)", raw)
    if match:
        sign, number, scale = match.groups()
        number = number.replace(",", "")
        if len(number.split(".")[0]) > MAX_DIGITS:
            return None
        if scale and scale not in lex.multiplier:
            return None
        value = Decimal(number) * (lex.multiplier[scale] if scale else 1)
        return int(value) * (-1 if sign else 1)
    return _words_value(raw)


def _is_vague(text: str) -> bool:
    return " ".join(text.lower().split()) in lexicon().vague


def mask_non_figures(text: str) -> str:
    """Blank out dates, times, durations, percentages, fractions and citation marks (same
    offsets)."""
    for pattern in (
        CITATION_RE,
        FRACTION_RE,
        SOURCE_COUNT_RE,
        DURATION_RE,
        DATE_RE,
        DESIGNATION_RE,
    ):
        text = pattern.sub(blank, text)
    return text


def find_figures(text: str) -> list[Figure]:
    """All figures in `text`, left to right, with offsets into `text` (never raises)."""
    if not isinstance(text, str):
        return []
    return list(_cached_figures(text))


@lru_cache(maxsize=CACHE_SIZE)
def _cached_figures(text: str) -> tuple[Figure, ...]:
    """Figures are frozen, so one tuple can be shared by every caller."""
    try:
        return tuple(_find_figures(text))
    except (ValueError, InvalidOperation, OverflowError, RecursionError):
        return ()


_SCALE_RE = re.compile(r"\b(?:thousand|million|billion)\b", re.IGNORECASE)
_THOUSANDS_TAIL_RE = re.compile(r"\d[,.]000$")
_BARE_LOW_RE = re.compile(r"[1-9]\d{0,2}")
_SPACED_DASH_RE = re.compile(r"\s+[—–]\s+")


def _find_figures(text: str) -> list[Figure]:
    masked = mask_non_figures(text[:MAX_TEXT])
    figures: list[Figure] = []
    for match in _figure_re().finditer(masked):
        lo_text = match.group("a") or match.group("lo")
        hi_text = match.group("b") or match.group("hi")
        if lo_text is None:
            continue
        start = match.start()
        at_least = bool(match.group("at_least"))
        if (
            at_least
            and match.group("at_least") == "+"
            and figures
            and not masked[figures[-1].end : start].strip()
        ):
            # "149 +6 attackers", "48 (15 June) + 12": a "+" right after a figure joins a
            # second figure ("plus"); only a leading "+100" means "more than 100".
            at_least = False
            start = masked.index("+", start) + 1
            start += len(masked[start:]) - len(masked[start:].lstrip())
        low = parse_number(lo_text)
        if low is None:
            continue
        high = parse_number(hi_text) if hi_text else None
        if hi_text and high is None:
            high = None
        scale = _SCALE_RE.search(hi_text or "")
        if high is not None and scale and not _SCALE_RE.search(lo_text) and low * 1000 <= high:
            # "1–15 million": the scale word of the upper end scales the lower end too
            low = parse_number(f"{lo_text} {scale.group()}") or low
        elif (
            high is not None
            and _THOUSANDS_TAIL_RE.search(hi_text or "")
            and _BARE_LOW_RE.fullmatch(lo_text.strip())
            and high / 10 <= low * 1000 < high
        ):
            # "Serbs 45–52,000", "Croats 5–12,000": the thousands written once, after the
            # upper end
            low *= 1000
        vague = _is_vague(lo_text) or bool(hi_text and _is_vague(hi_text))
        if (
            high is not None
            and high < low
            and match.group("hi")
            and _SPACED_DASH_RE.fullmatch(masked[match.end("lo") : match.start("hi")])
        ):
            # "165 — 151 per UNITA": a spaced dash before a smaller figure sets a second
            # account beside the first, no range
            figures.append(
                Figure(low, low, "exact", start, match.end("lo"), text[start : match.end("lo")])
            )
            low, start, hi_text = high, match.start("hi"), None
            high = None
        if high is not None:
            qualifier = "range"
        elif at_least or match.group("plus"):
            qualifier = "at_least"
        elif match.group("at_most"):
            qualifier = "at_most"
        elif match.group("approximate"):
            qualifier = "approximate"
        else:
            qualifier = "exact"
        if vague:
            qualifier = "vague"
        elif high is not None and match.group("approximate"):
            qualifier = "approximate"
        figures.append(
            Figure(
                low=low,
                high=low if high is None else high,
                qualifier=qualifier,
                start=start,
                end=match.end(),
                text=text[start : match.end()].strip(),
            )
        )
    return figures
