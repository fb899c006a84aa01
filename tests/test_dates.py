"""Date parser: every Date/Dates/Time value of the corpus, the contract's forms, the lead
fallback on real lead sentences, and hostile text."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize.dates import DateRange, lead_date, parse_date
from pipeline.read import Article, read_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIRS = (ROOT / "raw", ROOT / "tests" / "corpus" / "unlabelled")
DATE_LINE_RE = re.compile(r"^- (?:Date|Dates|Time):(.*)$", re.MULTILINE)

D = date.fromisoformat


def _range(start: str, end: str, precision: str) -> DateRange:
    return DateRange(D(start), D(end), precision)


# Every distinct Date/Dates/Time value in raw/*.txt and tests/corpus/unlabelled/*.txt
# (`grep -h "^- \(Date\|Dates\|Time\):"`), with what it must parse to. None: no date in it.
CORPUS_VALUES: dict[str, DateRange | None] = {
    # pure times and debris: no date
    "7:30pm": None,
    "4:30pm": None,
    "4 am": None,
    "3pm-9pm": None,
    "20:00": None,
    "13:30 PKT": None,
    "12:00 pm": None,
    "06:30 EEST": None,
    "05:30 (local time)": None,
    "| time-begin = 1:40 | time-end = 1:59p.m.": None,
    "()": None,
    # ISO
    "2023-01-30": _range("2023-01-30", "2023-01-30", "day"),
    "2022-07-29": _range("2022-07-29", "2022-07-29", "day"),
    "2022-03-27": _range("2022-03-27", "2022-03-27", "day"),
    "2015-04-02": _range("2015-04-02", "2015-04-02", "day"),
    "2014-08-01": _range("2014-08-01", "2014-08-01", "day"),
    "2012-12-11": _range("2012-12-11", "2012-12-11", "day"),
    "2012-06-06": _range("2012-06-06", "2012-06-06", "day"),
    "2007-09-16": _range("2007-09-16", "2007-09-16", "day"),
    "2000-02-16": _range("2000-02-16", "2000-02-16", "day"),
    "1976-01-18": _range("1976-01-18", "1976-01-18", "day"),
    "1937-05-01": _range("1937-05-01", "1937-05-01", "day"),
    # month-first (US)
    "September 5, 2002": _range("2002-09-05", "2002-09-05", "day"),
    "May 30, 2020": _range("2020-05-30", "2020-05-30", "day"),
    "May 25, 2012": _range("2012-05-25", "2012-05-25", "day"),
    "May 21, 2022": _range("2022-05-21", "2022-05-21", "day"),
    "March 22, 2017": _range("2017-03-22", "2017-03-22", "day"),
    "March 16, 1968": _range("1968-03-16", "1968-03-16", "day"),
    "July 15, 1919": _range("1919-07-15", "1919-07-15", "day"),
    "July 1, 2020": _range("2020-07-01", "2020-07-01", "day"),
    "January 1, 2019": _range("2019-01-01", "2019-01-01", "day"),
    "December 2, 2013": _range("2013-12-02", "2013-12-02", "day"),
    "August 25, 2014": _range("2014-08-25", "2014-08-25", "day"),
    "March 28–30, 2022": _range("2022-03-28", "2022-03-30", "day"),
    "April 24-25, 2014": _range("2014-04-24", "2014-04-25", "day"),
    "April 11–12, 2022": _range("2022-04-11", "2022-04-12", "day"),
    # day-first
    "16 March 2017": _range("2017-03-16", "2017-03-16", "day"),
    "9 September 2012": _range("2012-09-09", "2012-09-09", "day"),
    "8 March 2022": _range("2022-03-08", "2022-03-08", "day"),
    "5 May 2014": _range("2014-05-05", "2014-05-05", "day"),
    "30 December 2015": _range("2015-12-30", "2015-12-30", "day"),
    "30 April 2006": _range("2006-04-30", "2006-04-30", "day"),
    "3 August 1990": _range("1990-08-03", "1990-08-03", "day"),
    "27 June 2022": _range("2022-06-27", "2022-06-27", "day"),
    "23 August 1944": _range("1944-08-23", "1944-08-23", "day"),
    "22 July 2013": _range("2013-07-22", "2013-07-22", "day"),
    "22 April 1995": _range("1995-04-22", "1995-04-22", "day"),
    "20 May 1971": _range("1971-05-20", "1971-05-20", "day"),
    "2 May 2002": _range("2002-05-02", "2002-05-02", "day"),
    "19 June 1998": _range("1998-06-19", "1998-06-19", "day"),
    "16 December 1972": _range("1972-12-16", "1972-12-16", "day"),
    "15 January 1999": _range("1999-01-15", "1999-01-15", "day"),
    "14 February 2020": _range("2020-02-14", "2020-02-14", "day"),
    "12 May 2016": _range("2016-05-12", "2016-05-12", "day"),
    "12 December 2015": _range("2015-12-12", "2015-12-12", "day"),
    "2–3 May 2013": _range("2013-05-02", "2013-05-03", "day"),
    "2–3 May 1999": _range("1999-05-02", "1999-05-03", "day"),
    "22–23 September 1997": _range("1997-09-22", "1997-09-23", "day"),
    "22–23 May 1948": _range("1948-05-22", "1948-05-23", "day"),
    "11–17 May 2016": _range("2016-05-11", "2016-05-17", "day"),
    # with debris
    "11–12 December 2013 ()": _range("2013-12-11", "2013-12-12", "day"),
    "17–20 July 1998, (3 days)": _range("1998-07-17", "1998-07-20", "day"),
    "1–3 September 2004 | time-begin = | time-end =": _range("2004-09-01", "2004-09-03", "day"),
    "March 2022; years ago": _range("2022-03-01", "2022-03-31", "month"),
}


@pytest.mark.parametrize(("value", "expected"), list(CORPUS_VALUES.items()))
def test_every_corpus_date_value(value: str, expected: DateRange | None) -> None:
    assert parse_date(value) == expected


def _corpus_date_values() -> set[str]:
    values: set[str] = set()
    for folder in CORPUS_DIRS:
        for path in folder.glob("*.txt"):
            text = path.read_text(encoding="utf-8")
            values.update(v.strip() for v in DATE_LINE_RE.findall(text))
    return values


def test_the_cases_cover_every_date_value_in_the_corpus() -> None:
    """A new corpus file with a new date phrasing must get a case above."""
    found = _corpus_date_values()
    assert len(found) >= 60
    assert found <= set(CORPUS_VALUES), sorted(found - set(CORPUS_VALUES))


# The forms the data contract names, and their neighbours.
CONTRACT_FORMS = [
    ("2013-07-22", "2013-07-22", "2013-07-22", "day"),
    ("22 July 2013", "2013-07-22", "2013-07-22", "day"),
    ("May 25, 2012", "2012-05-25", "2012-05-25", "day"),
    ("10–11 December 2012", "2012-12-10", "2012-12-11", "day"),
    ("10-11 December 2012", "2012-12-10", "2012-12-11", "day"),
    ("28 November – 2 December 2020", "2020-11-28", "2020-12-02", "day"),
    ("30 December 2019 – 2 January 2020", "2019-12-30", "2020-01-02", "day"),
    ("March 2022", "2022-03-01", "2022-03-31", "month"),
    ("February 2020", "2020-02-01", "2020-02-29", "month"),  # leap year
    ("February 2021", "2021-02-01", "2021-02-28", "month"),
    ("June–July 1944", "1944-06-01", "1944-07-31", "month"),
    ("April 1998 – May 1999", "1998-04-01", "1999-05-31", "month"),
    ("25 December 2012 – January 2013", "2012-12-25", "2013-01-31", "month"),
    ("1943", "1943-01-01", "1943-12-31", "year"),
    ("c. 1943", "1943-01-01", "1943-12-31", "year"),
    ("ca. 1943", "1943-01-01", "1943-12-31", "year"),
    ("circa 1943", "1943-01-01", "1943-12-31", "year"),
    ("1943–1945", "1943-01-01", "1945-12-31", "year"),
    ("mid-July 1995", "1995-07-01", "1995-07-31", "month"),
    ("early July 1995", "1995-07-01", "1995-07-31", "month"),
    ("Early March 2022", "2022-03-01", "2022-03-31", "month"),
    ("late July 1995", "1995-07-01", "1995-07-31", "month"),
    # Dasht-i-Leili massacre
    ("late November – December 2001", "2001-11-01", "2001-12-31", "month"),
    ("28 November 2020 or 17–20 December 2020", "2020-11-28", "2020-12-20", "day"),
    ("28 November … or 17–20 December 2020", "2020-11-28", "2020-12-20", "day"),
    ("28 November or 17–20 December 2020", "2020-11-28", "2020-12-20", "day"),
    ("22 July 2013 (2013-07-22)", "2013-07-22", "2013-07-22", "day"),
    ("10/11 December 2012", "2012-12-10", "2012-12-11", "day"),
    ("between 20 and 25 August 2012", "2012-08-20", "2012-08-25", "day"),
    ("from 1 September 2004 to 3 September 2004", "2004-09-01", "2004-09-03", "day"),
    ("the 2nd and 3rd of May 1999", "1999-05-02", "1999-05-03", "day"),
    ("July 11th, 1995", "1995-07-11", "1995-07-11", "day"),
    ("Sept. 5, 2002", "2002-09-05", "2002-09-05", "day"),
    ("5 Sept 2002", "2002-09-05", "2002-09-05", "day"),
    ("3 August, 1990", "1990-08-03", "1990-08-03", "day"),
    ("February 29, 2020", "2020-02-29", "2020-02-29", "day"),
    ("2012-12", "2012-12-01", "2012-12-31", "month"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), CONTRACT_FORMS)
def test_contract_forms(text: str, start: str, end: str, precision: str) -> None:
    assert parse_date(text) == _range(start, end, precision)


@pytest.mark.parametrize(
    "text",
    [
        "31 February 2020",  # impossible day: not guessed
        "February 29, 2021",  # not a leap year
        "2012-02-30",
        "2012-13-01",
        "0000-00-00",
        "9999-99-99",
        "1 January 0001",
        "December 31, 9999",
        "12 May",  # no year
        "March",
        "may",
        "",
        "   ",
        "Unknown",
        "(3 days)",
    ],
)
def test_impossible_or_incomplete_dates_are_none_and_never_raise(text: str) -> None:
    assert parse_date(text) is None


def test_none_input() -> None:
    assert parse_date(None) is None
    assert lead_date(None) is None
    assert lead_date("") is None


# Lead fallback: real lead sentences (quoted from the files named) -> range and snippet.
LEADS = [
    (
        "raw/darayya-massacre.txt",
        "The Darayya massacre (مجزرة داريا) was a massacre carried out by Assad regime forces"
        " that occurred between 20 and 25 August 2012 in the town of Darayya in the Rif"
        " Dimashq province of Syria, during the Syrian civil war.",
        ("2012-08-20", "2012-08-25", "day"),
        "between 20 and 25 August 2012",
    ),
    (
        "raw/khan-shaykhun-chemical-attack.txt",
        "The Khan Shaykhun chemical attack took place on 4 April 2017 on the town of Khan"
        " Shaykhun in the Idlib Governorate of Syria.",
        ("2017-04-04", "2017-04-04", "day"),
        "4 April 2017",
    ),
    (
        "raw/christchurch-mosque-shootings.txt",
        "On 15 March 2019, two consecutive terrorist mass shootings took place in"
        " Christchurch, New Zealand.",
        ("2019-03-15", "2019-03-15", "day"),
        "15 March 2019",
    ),
    (
        "raw/andijan-massacre.txt",
        "On 13 May 2005, protests erupted in Andijan, Uzbekistan.",
        ("2005-05-13", "2005-05-13", "day"),
        "13 May 2005",
    ),
    (
        "raw/000_964dbc02452eaea1.txt",
        "The Aqrab massacre is a contested event which occurred on 10/11 December 2012, during"
        " the Syrian civil war, in the Alawite section of the mixed town of Aqrab, Hama"
        " Governorate, Syria.",
        ("2012-12-10", "2012-12-11", "day"),
        "10/11 December 2012",
    ),
    (
        "raw/beslan-school-siege.txt",
        "The Beslan school siege, also referred to as the Beslan school hostage crisis or the"
        " Beslan massacre, was a terrorist attack that occurred from 1 September 2004 to 3"
        " September 2004.",
        ("2004-09-01", "2004-09-03", "day"),
        "1 September 2004 to 3 September 2004",
    ),
    (
        "tests/corpus/unlabelled/vushtrri-massacre.txt",
        "The Vushtrri massacre (Masakra e Vushtrrisë) was the mass killing of 100 to 120 Kosovo"
        " Albanian refugees during the Kosovo War on the 2nd and 3rd of May 1999 near"
        " Vushtrri, Kosovo.",
        ("1999-05-02", "1999-05-03", "day"),
        "2nd and 3rd of May 1999",
    ),
    (
        "tests/corpus/unlabelled/karantina-massacre.txt",
        "The Karantina massacre (مجزرة الكرنتينا; Massacre de La Quarantaine/Karantina) took"
        " place on 18 January 1976, early in the Lebanese Civil War.",
        ("1976-01-18", "1976-01-18", "day"),
        "18 January 1976",
    ),
    (
        "tests/corpus/unlabelled/bakura-and-talata-mafara-attacks.txt",
        "Between March 28 and March 30, 2022, bandits attacked several villages in Bakura and"
        " Talata Mafara LGAs in Zamfara State, Nigeria,",
        ("2022-03-28", "2022-03-30", "day"),
        "Between March 28 and March 30, 2022",
    ),
    (
        "tests/corpus/unlabelled/el-salado-massacre.txt",
        "The El Salado Massacre was a massacre committed in the Colombian town of El Salado in"
        " Montes de María, Bolívar between February 16 and 22, 2000, although other sources"
        " say that the massacre lasted for two weeks.",
        ("2000-02-16", "2000-02-22", "day"),
        "between February 16 and 22, 2000",
    ),
    (
        "tests/corpus/unlabelled/kattankudy-mosque-massacre.txt",
        "The Kattankudy Mosque Massacre was the killing of over 147 Muslim men and boys on 3"
        " August, 1990.",
        ("1990-08-03", "1990-08-03", "day"),
        "3 August, 1990",
    ),
    (
        "tests/corpus/unlabelled/2014-gamboru-ngala-massacre.txt",
        "On the night of 5–6 May 2014, Boko Haram militants attacked the twin towns of Gamboru"
        " and Ngala in Borno State, northeastern Nigeria.",
        ("2014-05-05", "2014-05-06", "day"),
        "5–6 May 2014",
    ),
]


def _article(relative: str) -> Article:
    path = ROOT / relative
    article = read_file(path, path.parent)
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(("source", "sentence", "expected", "snippet"), LEADS)
def test_lead_fallback_on_real_sentences(
    source: str, sentence: str, expected: tuple[str, str, str], snippet: str
) -> None:
    found = lead_date(sentence)
    assert found == (_range(*expected), snippet)


@pytest.mark.parametrize(("source", "sentence", "expected", "snippet"), LEADS)
def test_lead_fallback_on_the_whole_lead(
    source: str, sentence: str, expected: tuple[str, str, str], snippet: str
) -> None:
    """The sentences above are quoted from the real files, and the whole lead gives the same."""
    lead = _article(source).lead
    assert " ".join(sentence.split()) in " ".join(lead.split())
    assert lead_date(lead) == (_range(*expected), snippet)


@pytest.mark.parametrize(
    "text",
    [
        "The attack happened in 2012, 2013 and 2014.",  # no single year the event is "in"
        "On 14 December, Alex Thomson of Britain's Channel 4 News filled a report.",  # no year
        "During the conflict (1968–1998), there were at least 10,000 bomb attacks.",
    ],
)
def test_lead_without_a_full_date(text: str) -> None:
    assert lead_date(text) is None


def test_year_borrowing_is_for_one_value_not_for_a_lead_sentence() -> None:
    """'14 December' in a lead must not take an unrelated later year of the sentence."""
    text = "On 14 December, Alex Thomson filed a report that cited the 2011 census."
    assert lead_date(text) is None
    assert parse_date("14 December (reported 2013)") == _range("2013-12-14", "2013-12-14", "day")


def test_lead_takes_the_lead_date_not_a_bare_year_before_it() -> None:
    text = "In 1937 tensions rose. On 4 May 1938, the army attacked; on 6 May 1938 it ended."
    assert lead_date(text) == (_range("1938-05-04", "1938-05-04", "day"), "4 May 1938")


@pytest.mark.parametrize(
    "text",
    [
        "1 " * 20_000 + "May 2012",  # was quadratic: 50 s
        "May " * 20_000 + "2012",
        "1-" * 50_000,
        "a" * 2_000_000,
        "1 May 2012 " * 20_000,
        "(" * 100_000 + "1 days",
        "|x=" * 30_000,
    ],
    ids=["days", "months", "dashes", "letters", "dates", "parens", "template"],
)
def test_hostile_long_text_is_fast(text: str) -> None:
    started = time.perf_counter()
    parse_date(text)
    lead_date(text)
    assert time.perf_counter() - started < 2.0


def _check(result: DateRange | None) -> None:
    if result is not None:
        assert result.start <= result.end
        assert result.precision in {"day", "month", "year"}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_date_never_raises_on_any_text(text: str) -> None:
    _check(parse_date(text))
    found = lead_date(text)
    if found is not None:
        _check(found[0])
        assert found[0].precision == "day"


DATE_WORDS = [
    "1", "2", "12", "29", "30", "31", "32", "00", "1st", "3rd", "2012", "1943", "0999", "2100",
    "9999", "2013-07-22", "2012-02-30", "2012-13", "2012-12", "May", "February", "Sept.", "Dec",
    "mid", "mid-", "early", "late", "c.", "circa", "–", "-", "/", ",", "to", "and", "or",
    "between", "of", "the", "(", ")", "()", "|", "time-begin", "=", "1:40", "4 am", "UTC+3",
    "(3 days)", "years ago", ".", "On", "killed",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(DATE_WORDS), max_size=25), st.sampled_from([" ", "", "\n"]))
def test_date_like_word_salad_never_raises_and_is_ordered(words: list[str], sep: str) -> None:
    text = sep.join(words)
    _check(parse_date(text))
    found = lead_date(text)
    if found is not None:
        _check(found[0])
        assert found[1] and found[1] in text
