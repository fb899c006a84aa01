"""Date text -> (date_start, date_end, precision) with UCDP earliest/latest semantics.

The parser tokenizes the text into day numbers, month names, years and connectors, groups
adjacent tokens into date expressions, and lets each day borrow the month and year that the
English order implies ("1–3 September 2004": day-first, the month to the right;
"March 28–30, 2022": month-first, the month to the left). Every expression in a value is an
alternative: the event spans the earliest start to the latest end.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}

# Debris that carries numbers but no date: times, zones, durations, template fields.
DEBRIS_RE = re.compile(
    r"\|\s*[a-z_-]+\s*=[^|]*"  # | time-begin = 10:30
    r"|\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?"  # 13:30, 1:59p.m.
    r"|\b\d{1,2}\s*[ap]\.?m\.?(?![a-z])"  # 4 am, 3pm
    r"|\b(?:utc|gmt)\s*[+−-]\s*\d{1,2}(?::\d{2})?"  # UTC+3
    r"|[+−-]\d{1,2}\s*(?:utc|gmt)\b"
    r"|\(?\b\d+\s*(?:days?|hours?|weeks?|years?\s+ago|minutes?)\b\)?"  # (3 days)
    r"|\byears?\s+ago\b",
    re.IGNORECASE,
)
TOKEN_RE = re.compile(
    r"(?P<iso>\b\d{4}-\d{2}-\d{2}\b)"
    r"|(?P<isomonth>\b\d{4}-\d{2}\b(?!-))"
    r"|(?P<num>\b\d{1,4}(?:st|nd|rd|th)?\b)"
    r"|(?P<month>\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?)"
    r"|(?P<mod>\b(?:early|mid|late|c\.|ca\.|circa|around|about)(?=[\s-]))"
    r"|(?P<conn>[–—‒−/-]|\bto\b|\band\b|\bor\b|\bbetween\b|\bthrough\b|\buntil\b|,|\bof\b|\bthe\b)"
    r"|(?P<other>\S)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date
    precision: str  # day | month | year


@dataclass
class _Tok:
    kind: str  # day, month, year, iso, mod, conn, other
    value: object
    pos: int


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _blank(text: str) -> str:
    """Debris blanked out with spaces, so positions still point into the original text."""
    return DEBRIS_RE.sub(lambda m: " " * len(m.group()), text)


def _tokens(text: str) -> list[_Tok]:
    text = _blank(text)
    out: list[_Tok] = []
    for match in TOKEN_RE.finditer(text):
        kind = match.lastgroup
        raw = match.group()
        if kind == "iso":
            y, m, d = (int(p) for p in raw.split("-"))
            out.append(_Tok("iso", (y, m, d), match.start()))
        elif kind == "isomonth":
            y, m = (int(p) for p in raw.split("-"))
            if 1 <= m <= 12:
                out.append(_Tok("isomonth", (y, m), match.start()))
            else:
                out.append(_Tok("other", raw, match.start()))
        elif kind == "num":
            number = int(re.sub(r"\D", "", raw))
            if 1 <= number <= 31 and len(raw.rstrip("stndrh")) <= 2:
                out.append(_Tok("day", number, match.start()))
            elif 100 <= number <= 2100 and len(raw) >= 3:
                out.append(_Tok("year", number, match.start()))
            else:
                out.append(_Tok("other", raw, match.start()))
        elif kind == "month":
            out.append(_Tok("month", MONTHS[raw.rstrip(".").lower()], match.start()))
        elif kind == "mod":
            out.append(_Tok("mod", raw.lower(), match.start()))
        elif kind == "conn":
            out.append(_Tok("conn", raw.lower(), match.start()))
        else:
            out.append(_Tok("other", raw, match.start()))
    return out


def _groups(tokens: list[_Tok]) -> list[list[_Tok]]:
    """Maximal runs of date tokens joined only by connectors; each run is one expression."""
    groups: list[list[_Tok]] = []
    current: list[_Tok] = []
    for tok in tokens:
        if tok.kind == "other":
            if current:
                groups.append(current)
            current = []
        else:
            current.append(tok)
    if current:
        groups.append(current)
    return [g for g in groups if any(t.kind in ("month", "year", "iso", "isomonth") for t in g)]


def _parse_group(group: list[_Tok]) -> list[tuple[date, date, str]]:
    points: list[tuple[date, date, str]] = []
    for tok in group:
        if tok.kind == "iso":
            y, m, d = tok.value  # type: ignore[misc]
            day = _safe_date(y, m, d)
            if day:
                points.append((day, day, "day"))
        elif tok.kind == "isomonth":
            y, m = tok.value  # type: ignore[misc]
            points.append((date(y, m, 1), _month_end(y, m), "month"))
    plain = [t for t in group if t.kind in ("day", "month", "year")]
    if not plain:
        return points
    # Month-first ("March 28–30, 2022") when a month is directly followed by a day number.
    month_first = any(
        group[i].kind == "month" and group[i + 1].kind == "day" for i in range(len(group) - 1)
    )
    used_months: set[int] = set()
    used_years: set[int] = set()
    day_points: list[tuple[int, int | None, int | None]] = []  # (day, month idx, year idx)
    for index, tok in enumerate(group):
        if tok.kind != "day":
            continue
        month_idx = _nearest(group, index, "month", prefer_left=month_first)
        year_idx = _nearest(group, index, "year", prefer_left=False)
        if month_idx is None or year_idx is None:
            continue
        day_points.append((tok.value, month_idx, year_idx))  # type: ignore[arg-type]
        used_months.add(month_idx)
        used_years.add(year_idx)
    for day, month_idx, year_idx in day_points:
        found = _safe_date(group[year_idx].value, group[month_idx].value, day)  # type: ignore[arg-type]
        if found:
            points.append((found, found, "day"))
    for index, tok in enumerate(group):
        if tok.kind == "month" and index not in used_months:
            year_idx = _nearest(group, index, "year", prefer_left=False)
            if year_idx is None:
                continue
            used_years.add(year_idx)
            year, month = group[year_idx].value, tok.value
            start, end = date(year, month, 1), _month_end(year, month)  # type: ignore[arg-type]
            modifier = group[index - 1].value if index and group[index - 1].kind == "mod" else ""
            if modifier == "early":
                end = date(year, month, 10)  # type: ignore[arg-type]
            elif modifier == "late":
                start = date(year, month, 21)  # type: ignore[arg-type]
            points.append((start, end, "month"))
    for index, tok in enumerate(group):
        if tok.kind == "year" and index not in used_years:
            year = tok.value
            points.append((date(year, 1, 1), date(year, 12, 31), "year"))  # type: ignore[arg-type]
    return points


def _nearest(group: list[_Tok], index: int, kind: str, prefer_left: bool) -> int | None:
    right = next((j for j in range(index + 1, len(group)) if group[j].kind == kind), None)
    left = next((j for j in range(index - 1, -1, -1) if group[j].kind == kind), None)
    if prefer_left:
        return left if left is not None else right
    return right if right is not None else left


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str | None) -> DateRange | None:
    """Every date expression in the text is an alternative: earliest start to latest end."""
    if not text:
        return None
    points = [p for group in _groups(_tokens(text)) for p in _parse_group(group)]
    return _combine(points)


def _combine(points: list[tuple[date, date, str]]) -> DateRange | None:
    if not points:
        return None
    start = min(p[0] for p in points)
    end = max(p[1] for p in points)
    precision = max((p[2] for p in points), key=PRECISION_RANK.__getitem__)
    return DateRange(start, end, precision)


def first_full_date(text: str | None) -> tuple[DateRange, str] | None:
    """The first date expression with a day in it (for the lead fallback), and its text."""
    if not text:
        return None
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for group in _groups(_tokens(sentence)):
            points = _parse_group(group)
            if any(p[2] == "day" for p in points):
                end = group[-1].pos + len(str(group[-1].value)) + 8
                snippet = sentence[group[0].pos : end].strip(" ,;")
                return _combine(points), snippet  # type: ignore[return-value]
    return None
