"""Hostile input end to end: random text and mutated real articles never raise in the
read+normalize step, and every file becomes exactly one event or one reject."""

from __future__ import annotations

import random
from pathlib import Path

from conftest import RAW, UNLABELLED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.tables import normalize_files

ARTICLES = [p.read_bytes() for d in (RAW, UNLABELLED) for p in sorted(d.glob("*.txt"))]
NASTY = [
    "\x00",
    "\ufeff",
    "\u202e",
    "\r\n",
    "((((",
    "))",
    "- Fatalities: -5",
    "- Date: 31 February 2020",
    "- Fatalities: 99999999999",
    "- Perpetrators: " + "and " * 200,
    "==== Deep ====",
    "- Injuries: 10–5",
    "= =",
    "- : ",
    "- Location: ,,,",
    "\xff\xfe",
]


def _mutate(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 6)):
        action = rng.random()
        index = rng.randrange(len(lines) + 1)
        if action < 0.3 and lines:
            del lines[min(index, len(lines) - 1)]
        elif action < 0.6:
            lines.insert(index, rng.choice(NASTY).encode("utf-8", "surrogatepass"))
        elif action < 0.8 and lines:
            line = lines[min(index, len(lines) - 1)]
            cut = rng.randrange(len(line) + 1)
            lines[min(index, len(lines) - 1)] = line[:cut] + bytes([rng.randrange(256)])
        else:
            other = rng.choice(ARTICLES).split(b"\n")
            lines.insert(index, rng.choice(other))
    return b"\n".join(lines)


def _check(tmp: Path, contents: list[bytes]) -> None:
    paths = []
    for i, data in enumerate(contents):
        path = tmp / f"f{i:03d}.txt"
        path.write_bytes(data)
        paths.append(path)
    rows = normalize_files(paths, tmp)
    seen = [r["source_file"] for r in rows["events"]] + [r["source_file"] for r in rows["rejects"]]
    assert sorted(seen) == sorted(p.name for p in paths)
    for event in rows["events"]:
        low, high = event["fatalities_low"], event["fatalities_high"]
        assert low is None or high is None or low <= high
        start, end = event["date_start"], event["date_end"]
        assert start is None or end is None or start <= end


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**32 - 1))
def test_mutated_real_articles_give_an_event_or_a_reject(seed, tmp_path_factory):
    rng = random.Random(seed)
    contents = [_mutate(rng.choice(ARTICLES), rng) for _ in range(5)]
    _check(tmp_path_factory.mktemp("mutated"), contents)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    contents=st.lists(
        st.binary(max_size=400) | st.text(max_size=400).map(str.encode), min_size=1, max_size=4
    )
)
def test_random_bytes_give_an_event_or_a_reject(contents, tmp_path_factory):
    _check(tmp_path_factory.mktemp("random"), contents)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=st.text(max_size=300))
def test_any_infobox_value_gives_an_event(value, tmp_path_factory):
    keys = [
        "Date",
        "Location",
        "Fatalities",
        "Injuries",
        "Perpetrators",
        "Partof",
        "Type",
        "Weapons",
        "Coordinates",
        "Susperps",
    ]
    body = "= Fuzz =\n\nInfobox\n" + "".join(f"- {k}: {value}\n" for k in keys) + "\nLead.\n"
    tmp = tmp_path_factory.mktemp("value")
    (tmp / "a.txt").write_text(body, encoding="utf-8", errors="surrogatepass")
    rows = normalize_files([tmp / "a.txt"], tmp)
    assert len(rows["events"]) == 1, rows["rejects"]
