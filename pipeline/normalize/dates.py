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
from functools import lru_cache

from pipeline.text import CACHE_SIZE, TEMPLATE_PARAM_RE, blank

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# Hostile input: a date value is short and the lead's first date is near its start; past
# these lengths the text is not read (a 2 MB "date" would only cost time).
MAX_VALUE_CHARS = 1_000
MAX_LEAD_CHARS = 20_000

# Words of other calendars' dates: "17 Shahrivar 1357 SH", "12 Rajab 1400 AH", "20–22
# Teşrinievvel 1311 R." (Ottoman Rumi), Hebrew months, "15 Sene 1980 E.C." (Ethiopian), the
# lunar calendar, Bengali and Nepali months
_CALENDAR_WORDS = (
    r"(?-i:\b(?:SH|AH|AP|HS|BS|B\.S\.|VS|V\.S\.|BE|B\.E\.|Hijri|Jalali|Shamsi"
    r"|Farvardin|Ordibehesht|Khordad|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand"
    r"|Muharram|Safar|Rab[iī]|Jum[aā]d[aā]|Rajab|Sha['ʿ’]?b[aā]n|Shaww[aā]l|Dh[uū]"
    r"|Rumi|Te[şs]rinievvel|Te[şs]rinisani|K[âa]nunuevvel|K[âa]nunusani|May[ıi]s|Haziran"
    r"|Temmuz|A[ğg]ustos|Eyl[üu]l|[ŞS]ubat|Tishrei|Cheshvan|Heshvan|Kislev|Tevet|Shevat"
    r"|Adar|Nisan|Iyar|Sivan|Tammuz|Elul"
    r"|E\.C\.|Meskerem|Tikimt|Hidar|Tahsas|Yekatit|Megabit|Miyazia|Ginbot|Sene|Hamle|Nehase"
    r"|Pagume"
    # the Bengali and the Nepali (Bikram Sambat) months: "14 April 2001 (1 Baishakh 1408)"
    r"|Boishakh|Baishakh|Baisakh|Jyoishtho|Jaishtha|Jestha|Asharh|Ashadh|Shraban|Srabon"
    r"|Shrawan|Bhadro|Bhadra|Bhadau|Ashwin|Asoj|Kartik|Agrahayan|Ogrohayon|Mangsir|Poush|Paush"
    r"|Magh|Falgun|Phalgun|Chaitra|Choitro"
    # "4–7 December 1894 (lunar calendar: 8–11 November 1894)": the Korean or Chinese lunar
    # calendar's days for the same event
    r"|[Ll]unar|Julian)(?:\b|(?<=\.)))"
)
_CALENDAR_RE = re.compile(_CALENDAR_WORDS, re.IGNORECASE)
# Debris that carries numbers but no date: times, zones, durations, template fields.
DEBRIS_RE = re.compile(
    TEMPLATE_PARAM_RE.pattern  # | time-begin = 10:30
    + r"|\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?"  # 13:30, 1:59p.m.
    r"|\b\d{1,2}\s*[ap]\.?m\.?(?![a-z])"  # 4 am, 3pm
    r"|\b(?:utc|gmt)\s*[+−-]\s*\d{1,2}(?::\d{2})?"  # UTC+3
    r"|[+−-]\d{1,2}\s*(?:utc|gmt)\b"
    r"|\(?\b\d+\s*(?:days?|hours?|weeks?|years?\s+ago|minutes?)\b\)?"  # (3 days)
    r"|\byears?\s+ago\b"
    # the day in another calendar, bracketed: the same day as the value's own date
    rf"|[(\[][^()\[\]]*{_CALENDAR_WORDS}[^()\[\]]*[)\]]",
    re.IGNORECASE,
)
_BRACKET_RE = re.compile(r"\(([^()]*\d[^()]*)\)")
# month names and abbreviations, longest first so that "September" wins over "Sep"
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
TOKEN_RE = re.compile(
    r"(?P<iso>\b\d{3,4}-\d{2}-\d{2}\b)"
    r"|(?P<isomonth>\b\d{4}-\d{2}\b(?!-))"
    r"|(?P<decade>\b1\d{2}0s\b|\b20\d0s\b)"
    r"|(?P<num>\b\d{1,4}(?:st|nd|rd|th)?\b"
    # "25 November 20011 December 2001": a range's year and next day run together
    rf"|\b(?:1\d{{3}}|20\d\d)(?:[1-9]|[12]\d|3[01])\b(?=\s+(?:{_MONTH_NAMES})\b))"
    rf"|(?P<month>\b(?:{_MONTH_NAMES})\b\.?)"
    r"|(?P<mod>\b(?:early|mid|late|c\.|ca\.|circa|around|about)(?=[\s-]))"
    r"|(?P<conn>[–—‒−/&-]|\bto\b|\band\b|\bor\b|\bbetween\b|\bthrough\b|\buntil\b|,|\bof\b|\bthe\b)"
    # A run of letters is one separator token: inside it no other token can start (they all
    # begin at a word boundary), and one token instead of one per letter keeps leads cheap.
    r"|(?P<other>[^\W\d_]+|\S)",
    re.IGNORECASE,
)


_DIGIT_RE = re.compile(r"\d")
_MONTH_AHEAD_RE = re.compile(rf"\s+(?:{_MONTH_NAMES})\b", re.IGNORECASE)
# Old Style / New Style: one day in the Julian and the Gregorian calendar ("May 26, 1637
# (O.S.) / June 5, 1637 (N.S.)"), not two alternatives: the New Style date is the day.
_STYLE_RE = re.compile(
    r"[(\[]?\s*(?:(?P<old>O\.\s?S\.?|Old\s+Style)|(?P<new>N\.\s?S\.?|New\s+Style))\s*[)\]]?",
    re.IGNORECASE,
)
# "22 January [O.S. 9 January] 1905" (Wikipedia's OldStyleDate): the bracket holds the Old
# Style date of the New Style day written around it.
_OLD_BRACKET_RE = re.compile(
    r"[(\[]\s*(?:O\.\s?S\.?|Old\s+Style)[:,]?\s*[^()\[\]]*\d[^()\[\]]*[)\]]"
    # "22–25 (9–12 Old Style) January 1918": the marker after the Old Style days
    r"|[(\[][^()\[\]]*\d[^()\[\]]*?\s(?:O\.\s?S\.?|Old\s+Style)\s*[)\]]",
    re.IGNORECASE,
)
_STYLE_BOUNDARY_RE = re.compile(r"[/;()\[\]]|\bor\b", re.IGNORECASE)
# Dual-dated years before Britain's calendar change in 1752 ("13 February 1691/92"): the year
# as reckoned from 1 January (the later one) is the year; "2011/12" stays a span.
_DUAL_YEAR_RE = re.compile(r"\b(?P<first>1[0-7]\d\d)/(?P<second>\d{1,2}|\d{4})\b")
LAST_DUAL_DATED_YEAR = 1752


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
    end: int = -1


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _blank(text: str) -> str:
    """Debris blanked out with spaces, so positions still point into the original text."""
    return _DUAL_YEAR_RE.sub(_dual_year, DEBRIS_RE.sub(blank, text))


def _dual_year(match: re.Match[str]) -> str:
    """'1691/92' -> '1692' padded on the left to the same length (so a snippet ending in the
    year still ends after '/92'); anything else unchanged."""
    first, second = int(match.group("first")), match.group("second")
    later = first + 1
    if first >= LAST_DUAL_DATED_YEAR or int(second) != later % 10 ** len(second):
        return match.group()
    return str(later).rjust(len(match.group()))


def _new_style(text: str) -> str:
    """The date marked New Style when the value also marks one Old Style (or only N.S.):
    the words between the previous boundary ('/', a bracket, 'or', an O.S. marker) and the
    N.S. marker. A value marked only O.S. is kept as written."""
    markers = list(_STYLE_RE.finditer(text))
    new = next((m for m in markers if m.group("new")), None)
    if new is None:
        old = _OLD_BRACKET_RE.sub(" ", text)
        return old if old != text and _DIGIT_RE.search(old) else text
    after = text[new.end() :]
    if after.lstrip().startswith(":"):
        # "May 20 – December 6 (N.S.: May 31 – Dec. 17), 1788": the New Style date after
        # its marker, in the year the value names after the bracket
        stop = _STYLE_BOUNDARY_RE.search(after)
        piece = (after[: stop.start()] if stop else after).strip(" :")
        years = _YEAR_RE.findall(after[stop.end() :] if stop else "") or _YEAR_RE.findall(text)
        if not _YEAR_RE.search(piece) and years:
            piece = f"{piece}, {years[0]}"
        return piece if _DIGIT_RE.search(piece) else text
    start = 0
    for marker in markers:
        if marker.end() <= new.start():
            start = max(start, marker.end())
    for boundary in _STYLE_BOUNDARY_RE.finditer(text, start, new.start()):
        start = max(start, boundary.end())
    piece = text[start : new.start()]
    rest = text[new.end() :]
    if text[start - 1 : start] in "([" and start and _RANGE_ON_RE.match(rest):
        # "3 July 1916 (16 July 1916, N.S.) – February 1917": the bracket's New Style day
        # starts the range the value goes on with
        piece = f"{piece.rstrip(' ,;')} {rest.strip()}"
    return piece if _DIGIT_RE.search(piece) else text


_RANGE_ON_RE = re.compile(r"\s*[–—-]\s*\S[^()\[\]]*\d")


_YEAR_RE = re.compile(r"(?<!\d)\d{3,4}(?!\d)")
_GLUED_DAY_RE = re.compile(
    r"\b((?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December))(\d{1,2}\b)"
)


def _beside_number(text: str, match: re.Match[str]) -> bool:
    """'11 may 1998': a month in lower case is one only right after or before a number."""
    before, after = text[max(0, match.start() - 2) : match.start()], text[match.end() :][:2]
    return bool(re.fullmatch(r"\d\s", before) or re.match(r"\s\d", after))


def _tokens(text: str) -> list[_Tok]:
    text = _blank(text)
    out: list[_Tok] = []
    for match in TOKEN_RE.finditer(text):
        kind = match.lastgroup
        raw = match.group()
        before = len(out)
        if kind == "iso":
            y, m, d = (int(p) for p in raw.split("-"))
            out.append(_Tok("iso", (y, m, d), match.start()))
        elif kind == "isomonth":
            y, m = (int(p) for p in raw.split("-"))
            if 1 <= m <= 12:
                out.append(_Tok("isomonth", (y, m), match.start()))
            elif 1 <= m <= 31 and 100 <= y <= 2100 and _MONTH_AHEAD_RE.match(text, match.end()):
                # "9 October 1943-21 January 1944": a year, a dash and the next day
                start = match.start()
                out.append(_Tok("year", y, start, start + 4))
                out.append(_Tok("conn", "-", start + 4, start + 5))
                out.append(_Tok("day", m, start + 5))
            else:
                out.append(_Tok("other", raw, match.start()))
        elif kind == "decade":
            # "1835–1860s": a decade is the span of its ten years
            first = int(raw[:4])
            start = match.start()
            out.append(_Tok("year", first, start, start + 4))
            out.append(_Tok("conn", "–", start + 4, start + 4))
            out.append(_Tok("year", first + 9, start + 4, match.end()))
            continue
        elif kind == "num":
            number = int(re.sub(r"\D", "", raw))
            if 1 <= number < 1000 and (
                _ERA_AFTER_RE.match(text, match.end())
                # a bounded look back: a long run of numbers stays linear
                or _ERA_BEFORE_RE.search(text, max(0, match.start() - 16), match.start())
            ):
                out.append(_Tok("year", number, match.start()))  # "70 CE", "AD 60", "9 AD"
            elif 1 <= number <= 31 and len(raw.rstrip("stndrh")) <= 2:
                out.append(_Tok("day", number, match.start()))
            elif 100 <= number <= 2100 and len(raw) >= 3:
                out.append(_Tok("year", number, match.start()))
            elif len(raw) in (5, 6) and raw.isdigit():
                # "25 November 20011 December 2001": a range's two dates run together
                start = match.start()
                out.append(_Tok("year", int(raw[:4]), start, start + 4))
                out.append(_Tok("conn", "–", start + 4, start + 4))
                out.append(_Tok("day", int(raw[4:]), start + 4))
            else:
                out.append(_Tok("other", raw, match.start()))
        elif kind == "month" and raw in ("march", "may") and not _beside_number(text, match):
            out.append(_Tok("other", raw, match.start()))  # "(march)": a verb or a noun
        elif kind == "month":
            out.append(_Tok("month", MONTHS[raw.rstrip(".").lower()], match.start()))
        elif kind == "mod":
            out.append(_Tok("mod", raw.lower(), match.start()))
        elif kind == "conn":
            # "25 & 27 July 1983": an ampersand joins two days as "and" does
            out.append(_Tok("conn", "and" if raw == "&" else raw.lower(), match.start()))
        else:
            out.append(_Tok("other", raw, match.start()))
        if len(out) > before:
            out[-1].end = match.end()
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
    return [_trim(g) for g in groups if any(t.kind in _DATED for t in g)]


_DATED = ("month", "year", "iso", "isomonth")


def _value_below(tok: _Tok, limit: int) -> bool:
    return isinstance(tok.value, int) and tok.value < limit


def _trim(group: list[_Tok]) -> list[_Tok]:
    """Numbers after an expression's closing year are not its days: "On 24 November 2017,
    around 25 to 30 gunmen attacked" (a month-first "March 28-30" ends in its days, after a
    month, and keeps them)."""
    years = [i for i, t in enumerate(group) if t.kind == "year"]
    if years and isinstance(group[years[0]].value, int) and group[years[0]].value >= 1000:
        # "December 6, 1966, of 430 unarmed civilians": a count, not a year of the date
        short = next((i for i in years[1:] if _value_below(group[i], 1000)), None)
        group = group[:short] if short is not None else group
    last = max(i for i, t in enumerate(group) if t.kind in _DATED)
    return group if group[last].kind == "month" else group[: last + 1]


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
    nearest_month = _nearest_table(group, "month", prefer_left=month_first)
    # "December 16, 1670 – 5 March 1671": a day written before its month belongs to it,
    # whatever order the other end uses
    month_after = _nearest_table(group, "month", prefer_left=False) if month_first else []
    nearest_year = _nearest_table(group, "year", prefer_left=False)
    for index, tok in enumerate(group):
        if tok.kind != "day":
            continue
        month_idx = nearest_month[index]
        if (
            month_first
            and index + 1 < len(group)
            and group[index + 1].kind == "month"
            and (index == 0 or group[index - 1].kind != "month")
        ):
            month_idx = month_after[index]
        year_idx = nearest_year[index]
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
            year_idx = nearest_year[index]
            if year_idx is None:
                continue
            used_years.add(year_idx)
            year, month = group[year_idx].value, tok.value
            # "early/mid/late July": month precision, so the whole month (a labeller's third
            # of a month is a guess, and the contract gives "mid-July 1995" month precision)
            start, end = date(year, month, 1), _month_end(year, month)  # type: ignore[arg-type]
            # "6 October 1980 – late October 1980": the range's other end lies in a month a
            # day of it already dates; the month only stretches the range to its own end
            dated = [
                m_idx
                for _, m_idx, y_idx in day_points
                if group[m_idx].value == month and group[y_idx].value == year
            ]
            if dated:
                if min(dated) < index:
                    start = end  # the range's end
                else:
                    end = start  # its start
            points.append((start, end, "month"))
    for index, tok in enumerate(group):
        if tok.kind == "year" and index not in used_years:
            year = tok.value
            points.append((date(year, 1, 1), date(year, 12, 31), "year"))  # type: ignore[arg-type]
    return points


def _nearest_table(group: list[_Tok], kind: str, prefer_left: bool) -> list[int | None]:
    """For every position, the index of the nearest `kind` token on the preferred side (else
    the other side). Two linear sweeps: a per-token search would be quadratic on long text."""
    left: list[int | None] = []
    last: int | None = None
    for index, tok in enumerate(group):
        left.append(last)
        if tok.kind == kind:
            last = index
    right: list[int | None] = [None] * len(group)
    last = None
    for index in range(len(group) - 1, -1, -1):
        right[index] = last
        if group[index].kind == kind:
            last = index
    if prefer_left:
        return [lt if lt is not None else rt for lt, rt in zip(left, right, strict=True)]
    return [rt if rt is not None else lt for lt, rt in zip(left, right, strict=True)]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str | None) -> DateRange | None:
    """Every date expression in the text is an alternative: earliest start to latest end."""
    if not text or not isinstance(text, str):
        return None
    return _parse_date(text)


_TILDE_RE = re.compile(r"(?<=\d)\s*~\s*(?=\d)")
# A year of the common era written with its era: "14 April – 8 September 70 CE", "AD 60"
# "72–73 or 73–74 CE": the era goes for every year of the run before it
_ERA_AFTER_RE = re.compile(
    r"(?:\s*(?:or|to|and|–|-)\s*\d{1,3}(?!\d)){0,3}\s*(?:CE|AD|A\.D\.|C\.E\.)(?!\w)"
)
# … "AD 60 or 61": the era goes for the second year too
_ERA_BEFORE_RE = re.compile(r"(?<!\w)(?:AD|A\.D\.)\s*(?:\d{1,3}\s*(?:or|to|and|–|-)\s*)?$")
# A year before the common era: dates here start at year 1, so such a value gives no date
_BC_RE = re.compile(r"\d\s*(?:BC|BCE|B\.C\.(?:E\.)?)(?!\w)")


# between a date in another calendar and its Gregorian alternative
_ALTERNATIVE_SPLIT_RE = re.compile(r"\s*(?:,?\s+or\s+|;|\s/\s)\s*", re.IGNORECASE)


@lru_cache(maxsize=CACHE_SIZE)
def _parse_date(text: str) -> DateRange | None:
    text = _AFTERWARDS_RE.sub("", _cut(text, MAX_VALUE_CHARS))
    text = _LATER_BRACKET_RE.sub(" ", text)
    if _BC_RE.search(text):
        return None  # "c. 149 – spring 146 BC": not the years 146–149 of the common era
    text = _GLUED_DAY_RE.sub(r"\1 – \2", text)  # "30 June2 July 2020": a range lost its dash
    text = _TILDE_RE.sub("–", text)  # "20 to 25~29 May 1645": a tilde between days is a dash
    outside = _BRACKET_RE.sub(" ", text)
    if _CALENDAR_RE.search(outside):
        # "11 Shahrivar 1358 SH (2 September 1979)": the Gregorian date is the bracketed one
        inside = [b for b in _BRACKET_RE.findall(text) if not _CALENDAR_RE.search(b)]
        # "21 Jumādā I 917, or 15 August 1511": the Gregorian alternative
        others = [
            piece
            for piece in _ALTERNATIVE_SPLIT_RE.split(outside)
            if re.search(r"\d", piece) and not _CALENDAR_RE.search(piece)
        ]
        if inside:
            text = " ".join(inside)
        elif others:
            text = " ".join(others)
    elif _BRACKET_RE.search(text) and _CALENDAR_RE.search(text):
        # "9 January 1978 (19 Dey 1356)": the other calendar's date in a bracket
        text = _BRACKET_RE.sub(lambda m: " " if _CALENDAR_RE.search(m.group()) else m.group(), text)
    if "S" in text.upper():  # cheap gate before looking for O.S./N.S. markers
        styled = _new_style(text)
        if styled is not text:
            found = _parse_date(styled)
            if found is not None:
                return found
    text = _double_dated(_NUMERIC_DATE_RE.sub(_numeric_date, text))
    groups = _borrow_earlier_years(_borrow_years(_groups(_tokens(text))), text)
    return _combine([p for group in groups for p in _parse_group(group)])


# "3–28–1991", "3/28/1991", "28/3/1991": day and month in figures, told apart only when one
# of them is above 12 (then written out: "28 March 1991"; else left as it is, a year)
_NUMERIC_DATE_RE = re.compile(r"(?<![\d/–-])(\d{1,2})([/–-])(\d{1,2})\2(\d{4})(?![\d/–-])")


def _numeric_date(match: re.Match[str]) -> str:
    first, second, year = int(match.group(1)), int(match.group(3)), match.group(4)
    if 1 <= first <= 12 < second <= 31:
        return f"{second} {calendar.month_name[first]} {year}"
    if 1 <= second <= 12 < first <= 31:
        return f"{first} {calendar.month_name[second]} {year}"
    return match.group()


# Russian double dating, Old Style first and New Style in brackets: "13 (26) March 1903",
# "15–17 (28–30) May 1918", "30 March (12 April) 1905" -> one day (or span), the New Style one
_DOUBLE_DAYS_RE = re.compile(
    r"\b(?P<old>\d{1,2})(?:\s*[–-]\s*\d{1,2})?\s*\(\s*(?P<new>\d{1,2}(?:\s*[–-]\s*\d{1,2})?)\s*\)"
    rf"(?=\s*(?:{_MONTH_NAMES})\b)",
    re.IGNORECASE,
)
_DOUBLE_MONTHS_RE = re.compile(
    rf"\b(?P<old>(?P<od>\d{{1,2}})\s+(?P<om>{_MONTH_NAMES})\.?)\s*"
    rf"\(\s*(?P<new>(?P<nd>\d{{1,2}})\s+(?P<nm>{_MONTH_NAMES})\.?)\s*\)",
    re.IGNORECASE,
)
# the Julian calendar ran 10 (1582) to 13 (1900–2100) days behind the Gregorian
_JULIAN_LAG = range(10, 14)


def _double_dated(text: str) -> str:
    """The New Style day of a Russian double date, the Old Style one blanked (same length)."""
    if "(" not in text:
        return text

    def days(match: re.Match[str]) -> str:
        new = match.group("new")
        first = int(re.match(r"\d+", new).group())  # type: ignore[union-attr]
        if first - int(match.group("old")) not in _JULIAN_LAG:
            return match.group()
        return new.center(len(match.group()))

    def months(match: re.Match[str]) -> str:
        old_month = MONTHS[match.group("om").rstrip(".").lower()]
        new_month = MONTHS[match.group("nm").rstrip(".").lower()]
        old = _safe_date(1901, old_month, int(match.group("od")))
        new = _safe_date(1901, new_month, int(match.group("nd")))
        if old is None or new is None or (new - old).days not in _JULIAN_LAG:
            return match.group()
        return match.group("new").center(len(match.group()))

    return _DOUBLE_MONTHS_RE.sub(months, _DOUBLE_DAYS_RE.sub(days, text))


def _year_of(group: list[_Tok]) -> _Tok | None:
    """The expression's first year, as a year token another expression can borrow."""
    first = next((t for t in group if t.kind in ("year", "iso", "isomonth")), None)
    if first is None:
        return None
    year = first.value if first.kind == "year" else first.value[0]  # type: ignore[index]
    return _Tok("year", year, first.pos, first.end)


def _borrow_years(groups: list[list[_Tok]]) -> list[list[_Tok]]:
    """An expression without a year takes the next expression's year, as English writes
    alternatives: "28 November … or 17–20 December 2020" -> 28 November 2020. A bare year
    that was lent ("14 December (reported 2013)") is then not a year-wide alternative of its
    own. Only within one value: a lead sentence may name unrelated years."""
    out: list[list[_Tok]] = []
    following: _Tok | None = None
    lender: list[_Tok] | None = None
    lent: list[list[_Tok]] = []
    for group in reversed(groups):
        year = _year_of(group)
        if year is not None:
            following, lender = year, group
            out.append(group)
        elif following is not None and any(t.kind == "month" for t in group):
            out.append([*group, following])
            lent.append(lender)  # type: ignore[arg-type]
        else:
            out.append(group)
    bare = [g for g in lent if all(t.kind in ("year", "conn", "mod") for t in g)]
    return [g for g in out[::-1] if not any(g is b for b in bare)]


def _borrow_earlier_years(groups: list[list[_Tok]], text: str = "") -> list[list[_Tok]]:
    """An alternative written after the dated expression, without a year, is in that year:
    "c. 26 January 1838 (some accounts give 27 or 28 January)". Only an "or" says it is an
    alternative; "(bodies found 3 March)" is a later day, not the event's. A span of months
    outside brackets continues the event ("31 December 2018 – 2 January 2019 (initial
    attack), 2 January – 22 June (reprisals)")."""
    out: list[list[_Tok]] = []
    previous: _Tok | None = None
    for group in groups:
        year = _year_of(group)
        if year is not None:
            previous = _year_of(group[::-1])  # the year the expression ends in
        elif (
            previous is not None
            and any(t.kind == "month" for t in group)
            and (
                any(t.kind == "conn" and t.value == "or" for t in group)
                or _continued_span(group, text)
                # "6 October 1763 (some accounts: 5 October)": another account's day
                or _ACCOUNT_BEFORE_RE.search(text[max(0, group[0].pos - 40) : group[0].pos])
            )
        ):
            group = [*group, previous]
        out.append(group)
    return out


def _continued_span(group: list[_Tok], text: str) -> bool:
    """A span from one month to another ("January 2 - June 22"), not inside brackets."""
    months = [t for t in group if t.kind == "month"]
    spans = any(t.kind == "conn" and t.value in _SPAN_WORDS for t in group)
    before = text[: group[0].pos]
    return len(months) > 1 and spans and before.count("(") == before.count(")")


_ACCOUNT_BEFORE_RE = re.compile(
    r"[(\[]\s*(?:some|other|several|many|earlier|later|a\s+few)\s+(?:accounts|sources|reports"
    r"|historians|chronicles)\s*(?::|say|give|state|date\s+it\s+(?:to\s+)?)?\s*$",
    re.IGNORECASE,
)
_SPAN_WORDS = frozenset(["–", "—", "-", "to", "until", "through"])


def _cut(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a space so no number is cut in half."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    parts = head.rsplit(None, 1)
    return parts[0] if len(parts) == 2 else head


def _combine(points: list[tuple[date, date, str]]) -> DateRange | None:
    if not points:
        return None
    start = min(p[0] for p in points)
    end = max(p[1] for p in points)
    precision = max((p[2] for p in points), key=PRECISION_RANK.__getitem__)
    return DateRange(start, end, precision)


# "... at Verden on the river Aller in 782, during the Saxon Wars": the year the defining
# sentence says the event happened in (one year, not a span such as "(1968–1998)").
_IN_YEAR_RE = re.compile(
    # "took place c. 1325 AD (…)": an approximate year says when as well
    # "In 1915, a systematic anti-Christian genocide was committed": the sentence's opening
    r"(?:\b[Ii]n\s+(?:the\s+year\s+)?|(?<![\w.])(?:c\.|ca\.|circa)\s*)(?:AD\s+)?(?P<year>\d{3,4})"
    r"(?:\s*(?:AD|CE))?"
    # "The Bondelswarts Rebellion in 1922 (also known as …)"
    # "a dispute which occurred in 1906 between five British Army officers and …"
    r"(?=\s*(?:[.;:()]|,(?!\s*\d)|$)"
    r"|\s+(?:during|when|as|after|before|under|while|by|between|against|to|near|from)\b(?!\s+\d)"
    r"|\s+and\s+(?!\d))"
)
LAST_YEAR = 2100
# the defining sentence's years: "from 1937 to 1941" (not a bracketed war's span), "a 1980
# massacre"
_NAMED_YEAR_RE = re.compile(
    r"\bof\s+(?P<year>\d{4})\s+(?:was|is|were)\b"
    # "The 1959 Hola massacre was a massacre …": the year the event's name begins with
    r"|^\W*The\s+(?P<first>\d{4})\s+(?-i:[A-Z])[^,;()]{0,80}?\s(?:was|is|were)\b"
)
_YEAR_SPAN_RE = re.compile(
    r"(?<!\()\b(?:from|between)\s+(?P<first>\d{4})\s+(?:to|and|until)\s+(?P<last>\d{4})\b"
    # "was the 1623 torture and execution on Ambon Island of twenty-one men"
    r"|\b(?:was|is)\s+(?:an?|the)\s+(?P<year>\d{4})\s+(?:massacres?|killings?|pogroms?|bombings?"
    r"|attacks?|shootings?|riots?|uprising|rebellion|mass\s+murders?|murders?|torture|executions?"
    r"|sieges?|sack|raids?|ambush|lynchings?|assassinations?|genocide|deportations?|expulsions?)\b"
)
# "1937–1941 (burials); exhumations 1971, 1989, 2001–2012": what was done after the event
# carries dates of its own, not the event's
_AFTERWARDS_RE = re.compile(
    r"[;,]\s*(?:exhum\w*|bodies\s+(?:found|discovered|exhumed|recovered|retrieved)|discovered|reburi\w*|"
    r"identified|trials?|convicted|sentenced|memorial|commemorat\w*|rehabilitat\w*|"
    r"declassified|acknowledged"
    # "30 December 2022 (presumed); video published 6 March 2023": when it became known
    r"|(?:videos?|footage|photos?|photographs?|images?|recordings?)\s+(?:was\s+|were\s+)?"
    r"(?:published|released|posted|emerged|surfaced|appeared)"
    # "13–15 December 2003; New attacks since June 2022": later events of their own
    r"|(?:new|further|renewed|later|subsequent)\s+(?:attacks?|killings?|violence|clashes|raids?))"
    r"\b.*$",
    re.IGNORECASE | re.DOTALL,
)


# "14 February – 18 March 2011 (occasional demonstrations since 2011)": what went on after
# "28–29 November 2002 (mass grave discovered 5 December 2002)": when it became known
_LATER_BRACKET_RE = re.compile(
    r"\([^()]*\b(?:since|ongoing|continuing|sporadic|occasional|discovered|exhumed|unearthed"
    r"|uncovered|(?:bodies|remains|graves?)\s+(?:were\s+)?found"
    # "16 April 2013 (footage published 27 April 2022)": when it became known
    r"|published|released|posted|surfaced|emerged|revealed|leaked)\b[^()]*\)",
    re.IGNORECASE,
)


def lead_date(text: str | None) -> tuple[DateRange, str] | None:
    """The lead's date and its text: the first date expression with a day in it; else a
    month the first sentence gives ("The 1894 Sasun massacre was ... in August–September
    1894"), else the year it says the event happened "in" ("at Verden ... in 782, during
    the Saxon Wars"), since that sentence defines the event. A month or year later in the
    lead is as often background ("In March 1992, tensions rose"), and a span of years a
    war's ("During the conflict (1968–1998)"): neither is used."""
    if not text or not isinstance(text, str):
        return None
    return _lead_date(text)


@lru_cache(maxsize=CACHE_SIZE)
def _lead_date(text: str) -> tuple[DateRange, str] | None:
    original = _cut(text, MAX_LEAD_CHARS)
    # "on 24 May [O.S. 11 May] 1876": the Old Style bracket is blanked first (its "O.S."
    # would end the sentence); the snippet still quotes the lead as written
    blanked = _OLD_BRACKET_RE.sub(blank, original)
    spans, start = [], 0
    for end in _SENTENCE_END_RE.finditer(blanked):
        spans.append((start, end.start()))
        start = end.end()
    spans.append((start, len(blanked)))
    sentences = [blanked[first:last] for first, last in spans]
    months: tuple[DateRange, str] | None = None
    other: tuple[DateRange, str] | None = None  # a day that dates another event
    for group in _groups(_tokens(sentences[0])) if _DIGIT_RE.search(sentences[0]) else ():
        combined = _combine(_parse_group(group))
        if combined is not None and combined.precision == "month":
            months = combined, _snippet(original[spans[0][0] : spans[0][1]], group)
            break
    for index, ((first, last), sentence) in enumerate(zip(spans, sentences, strict=True)):
        if not _DIGIT_RE.search(sentence) or _BC_RE.search(sentence):
            continue  # a day needs a digit: no full date in this sentence (nor a BC one)
        if (
            index > 0
            and months is not None
            and months[0].end > _month_end(months[0].start.year, months[0].start.month)
        ):
            # "protests … between September 1987 and March 1989 … The protests followed the
            # plan of September 21, 1987": the defining sentence's span of months is the
            # event's; a day in a later sentence is one moment of it, or background
            return months
        for group in _lead_year_first(_groups(_tokens(sentence)), sentence):
            points = _parse_group(group)
            if any(p[2] == "day" for p in points):
                snippet = _snippet(original[first:last], group)
                found = _combine(points), snippet
                before = sentence[: min(t.pos for t in group)]
                if index > 0 and _DEADLINE_BEFORE_RE.search(before):
                    continue  # "By 24 September 2014, Ebola had killed …": a tally's day
                if _ANOTHER_EVENTS_DAY_RE.search(before):
                    other = other or found  # type: ignore[assignment]
                    continue
                return found  # type: ignore[return-value]
    if other is not None:
        return other
    if months is not None:
        return months
    year = _IN_YEAR_RE.search(sentences[0])
    if year is not None and 0 < int(year.group("year")) <= LAST_YEAR:
        number = int(year.group("year"))
        return DateRange(date(number, 1, 1), date(number, 12, 31), "year"), year.group("year")
    named = _NAMED_YEAR_RE.search(sentences[0])
    named_year = (named.group("year") or named.group("first")) if named else ""
    if named_year and 0 < int(named_year) <= LAST_YEAR:
        # "The Calton weavers' strike of 1787 was …": the year the event is named by
        number = int(named_year)
        return DateRange(date(number, 1, 1), date(number, 12, 31), "year"), named_year
    years = _YEAR_SPAN_RE.search(sentences[0])
    if years is not None:
        # "was used as an execution site … from 1937 to 1941", "was a 1980 massacre of …"
        first = int(years.group("first") or years.group("year"))
        last = int(years.group("last") or years.group("year"))
        if 0 < first <= last <= LAST_YEAR and last - first < 50:
            return DateRange(date(first, 1, 1), date(last, 12, 31), "year"), years.group().strip()
    return None


# "killed in the period leading up to the Indonesian invasion of East Timor on 7 December
# 1975": the day of an event this one led up to, used only when the lead gives no other day
_ANOTHER_EVENTS_DAY_RE = re.compile(
    r"\b(?:leading\s+up\s+to|in\s+the\s+run-up\s+to|prior\s+to|ahead\s+of|preceding"
    # "riots … that followed its merger with Malaysia on 16 September 1963"
    r"|(?:that|which)\s+followed|in\s+the\s+(?:wake|aftermath)\s+of)"
    r"\s+(?:the|its|their|his|her)\s+[^,;:()]{3,80}?\s+on\s*$",
    re.IGNORECASE,
)
_DEADLINE_BEFORE_RE = re.compile(r"\b(?:by|as\s+of)\s+$", re.IGNORECASE)
# a sentence ends at . ! ? but not at "c." or "ca." ("took place c. 390.")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])(?<!\bc\.)(?<!\bca\.)\s+")
_YEAR_FIRST_GAP_RE = re.compile(r"^[\s,]*(?:from|on|between)?\s*$", re.IGNORECASE)


def _lead_year_first(groups: list[list[_Tok]], sentence: str) -> list[list[_Tok]]:
    """'took place in 1792, from 2 September to 6 September': days written after the year
    they fall in, which stands alone just before them."""
    out: list[list[_Tok]] = []
    for group in groups:
        previous = out[-1] if out else None
        if (
            previous is not None
            and _year_of(group) is None
            and any(t.kind == "month" for t in group)
            and any(t.kind == "day" for t in group)
            and all(t.kind in ("year", "conn", "mod") for t in previous)
            and _YEAR_FIRST_GAP_RE.match(sentence[previous[-1].end : group[0].pos])
        ):
            group = [*group, _year_of(previous)]  # type: ignore[list-item]
        out.append(group)
    return out


def _snippet(sentence: str, group: list[_Tok]) -> str:
    """The words of the date expression: "between 20 and 25 August 2012", without the
    connectors around it ("of", "the", ",") except a leading "between", nor a trailing
    modifier ("18 January 1976, early in the war")."""
    group = sorted(group, key=lambda t: t.pos)  # a lent year stands before the days it dates
    first, last = 0, len(group) - 1
    while first < last and group[first].kind == "conn" and group[first].value != "between":
        first += 1
    while last > first and group[last].kind in ("conn", "mod"):
        last -= 1
    return sentence[group[first].pos : group[last].end].strip()
