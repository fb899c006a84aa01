"""Partof (else the lead) -> the war an event belongs to, via reference/conflicts.csv.

Partof values list wars, wider conflicts, campaigns and themes in any order ("Terrorism in
Russia, Chechen–Russian conflict and Second Chechen War"). Every known name found is mapped
up to its war (a battle or siege -> its war, a theme with a parent -> that war); the answer
is a war before a wider conflict before a theme, the most specific one (not an ancestor of
another named), then the first named. An unknown Partof passes through cleaned when it
speaks of a conflict (a war word, or a known name in an outside context: "the aftermath of
the Rwandan genocide"), else it gives None; with no Partof, a war named in the lead is used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from pipeline import reference
from pipeline.normalize.numbers import CITATION_RE
from pipeline.normalize.vocab import MAX_CHARS, PhraseIndex, Token, phrase_key, tokens
from pipeline.text import clean_text, fold_words

# A name right after these words is outside the event ("the aftermath of the Rwandan
# genocide", "the deadliest attack since the Gulf War"): it is not the event's war.
OUTSIDE_WORDS = frozenset(
    [
        "after",
        "aftermath",
        "since",
        "before",
        "prior",
        "following",
        "than",
        "until",
        "till",
        "post",
        "pre",
        "preceding",
        "prelude",
        "commemorating",  # "a parade commemorating the start of the Iran–Iraq War"
        "commemorate",
        "commemorated",
        "commemoration",
        "anniversary",
        "marking",
        "followed",  # "the truce that followed the Irish War of Independence"
        "follows",
        "preceded",
        "prelude",  # "Prelude to the Iraq war"
        # "the armed struggle that became the Mozambican War of Independence four years
        # later", "the massacre sparked the Moro conflict": a war the event led to
        "became",
        "become",
        "sparked",
        "triggered",
        "precipitated",
        # "which in turn led to the Nigerian Civil War": the war came after the event
        "led",
        "leading",
        "caused",
        "causing",
        "prompted",
        "provoked",
        # "rumours that Armenian refugees from the Nagorno-Karabakh conflict would be given
        # apartments": people or things come from another war
        "from",
        # "angered the Kurdish fans because of the Anfal campaign against Iraqi Kurds": the
        # cause of the anger, another event
        "because",
        "due",
        # "George W. Dorsey, a veteran of the Second World War": a man's past, not the event
        "veteran",
    ]
)
# Words between an outside word and the name: "before the outbreak of the Irish Civil War".
SKIP_WORDS = frozenset(
    {"the", "of", "a", "an", "to", "outbreak", "start", "beginning", "onset", "end"}
)
# Words that make an unknown Partof part look like a war rather than a theme.
WAR_WORDS = frozenset(
    [
        "war",
        "conflict",
        "insurgency",
        "rebellion",
        "uprising",
        "rising",  # "the Easter Rising"
        "revolt",
        "revolution",
        "crisis",
        "intifada",
        "invasion",
        "intervention",
        "offensive",
        "campaign",
        "battle",
        "siege",
        "operation",
        "occupation",
        "conquest",
        "pacification",
        "crusade",
        # "the Guerra dos Palmares", "Guerre d'Algérie": war in the languages of the names
        "guerra",
        "guerre",
    ]
)
# Words that make an unknown Partof look like a conflict at all (WAR_WORDS and wider
# violence: "post-coup unrest in Egypt", "aftermath of the Rwandan genocide"). A Partof with
# none of them and no known name ("Reprisals for the assassination of Reinhard Heydrich")
# names no conflict: it gives None rather than a sentence in the conflict column.
CONFLICT_WORDS = WAR_WORDS | frozenset(
    key  # the words as tokens() gives them: "troubles" -> "trouble", "clashes" -> "clashe"
    for word in [
        "genocide",
        "holocaust",
        "troubles",
        "emergency",
        "revolt",
        "mutiny",
        "unrest",
        "violence",
        "riots",
        "clash",
        "clashes",
        "skirmish",
        "skirmishes",
        "standoff",
        "pogrom",
        "terror",
        "terrorism",
        "persecution",
        "cleansing",
        "purge",
        "struggle",
        "resistance",
        "coup",
        "protests",
        "hostilities",
        "jihad",
        "militancy",
        "warfare",
        "expedition",
        "raids",
    ]
    for key in phrase_key(word)
)
RANK = {"war": 0, "campaign": 0, "conflict": 1, "theme": 2, "category": 3}

# "Spillover of the War in the Sahel": the war spread to the event's country, still that war
_LEADING_RE = re.compile(r"^(?:\s*(?:part\s+of|the|spill-?over\s+of)\b[\s:,]*)+", re.I)
_DEBRIS_RE = re.compile(r"\[\[|\]\]|\{\{|\}\}|'''|''")
_STRIP = " \t,;:.-–—|()[]{}'\"*"
_SPLIT_RE = re.compile(r"\s*(?:[,;]|\band the\b)\s*(?:and\s+)?", re.I)


@dataclass(frozen=True)
class Entry:
    canonical: str
    parent: str
    kind: str


@cache
def _entries() -> dict[str, Entry]:
    return {
        r["canonical"]: Entry(r["canonical"], r["parent"], r["kind"])
        for r in reference.rows("conflicts")
    }


@cache
def _index() -> PhraseIndex:
    return PhraseIndex((r["alias"], r["canonical"]) for r in reference.rows("conflicts"))


def _kind(canonical: str) -> str:
    entry = _entries().get(canonical)
    return entry.kind if entry else "theme"


def _resolve(canonical: str) -> str:
    """Campaigns and themes map up to the nearest war or wider conflict, when known."""
    entries, seen = _entries(), {canonical}
    while True:
        entry = entries.get(canonical)
        if entry is None or entry.kind not in ("campaign", "theme") or not entry.parent:
            return canonical
        if entry.parent in seen:  # a cycle in the data: stop where we are
            return canonical
        canonical = entry.parent
        seen.add(canonical)


def lineage(canonical: str) -> list[str]:
    """A conflict and the wars it is part of, nearest first ("Troubles in Ulster (1920–1922)",
    "Irish War of Independence")."""
    entries, found = _entries(), [canonical]
    entry = entries.get(canonical)
    while entry is not None and entry.parent and entry.parent not in found:
        found.append(entry.parent)
        entry = entries.get(entry.parent)
    return found


def _ancestors(canonical: str) -> set[str]:
    return set(lineage(canonical)[1:])


def _choose(candidates: list[str], start: date | None = None) -> str | None:
    """A war before a conflict before a theme; one whose years hold the event's start; the
    most specific; then the first named."""
    if not candidates:
        return None
    candidates = [c for c in candidates if _kind(c) != "category"]
    if not candidates:
        return None  # "mass shootings in the United States": filed under a crime, no war
    best = min(RANK.get(_kind(c), 2) for c in candidates)
    top = [c for c in candidates if RANK.get(_kind(c), 2) == best]
    # "the Red Terror and the Siege of Madrid" in 1936: Spain's war, not Russia's
    top = [c for c in top if _in_years(c, start)] or top
    above = set().union(*(_ancestors(c) for c in top))
    specific = [c for c in top if c not in above]
    return (specific or top)[0]


def _outside(words: list[Token], start: int) -> bool:
    index, looked = start - 1, 0
    while index >= 0 and looked < 5:
        key = words[index].key
        if key in OUTSIDE_WORDS:
            return True
        if key not in SKIP_WORDS:
            return False
        index, looked = index - 1, looked + 1
    return False


# Clause breaks of a lead: a name never runs across them.
_CLAUSE_BREAK_RE = re.compile(r"[,;:!?()\[\]\"“”]|\.\s")


def _named(text: str, lead: bool, start: date | None = None) -> list[str]:
    """Canonical names found in a text, each mapped up to its war, in order of mention."""
    if lead:
        return [
            name
            for clause in _CLAUSE_BREAK_RE.split(text)
            for name in _named_in(clause, True, start)
        ]
    return _named_in(text, False, start)


def _in_time(war: str, start: date | None, lead: bool = False) -> bool:
    """Could an event that began on `start` belong to the war? The world wars' dates are
    known (reference/conflict_belligerents.csv); a year after the end is still its aftermath.
    A war a lead names is also held to the years its names give."""
    spans = _war_spans().get(war)
    return (
        start is None
        or (not spans and (not lead or _in_years(war, start)))
        or any(first <= start <= last + timedelta(days=366) for first, last in spans or ())
    )


def _in_years(war: str, start: date | None) -> bool:
    """Does the event's start lie within the years one of the war's names gives ("Russian
    Civil War (1917–1922)"), or within a year after them? True when none do."""
    spans, firsts = _years_of_names()
    years, first = spans.get(war), firsts.get(war)
    if start is not None and first is not None and start.year < first:
        return False  # "predating the Indian Rebellion of 1857": not a war of 1806
    return start is None or years is None or years[0] <= start.year <= years[1] + 1


# "Russian Civil War (1917–1922)", "Libyan civil war (2011)", "2010 South Kyrgyzstan ethnic
# clashes": the years a name gives ("present" is open)
_YEARS_RE = re.compile(
    r"\((?P<first>\d{4})(?:\s*[–—-]\s*(?P<last>\d{4}|present))?\)$|^(?P<lead>\d{4})\s+(?!\d)"
)


def _alias_years(alias: str) -> tuple[int, int] | None:
    match = _YEARS_RE.search(alias.strip())
    if match is None:
        return None
    first = int(match.group("first") or match.group("lead"))
    last = match.group("last")
    return first, 9999 if last == "present" else int(last or first)


# "Indian Rebellion of 1857", "Greek Revolution of 1821": the year it began (it may have
# lasted longer)
_OF_YEAR_RE = re.compile(r"\s(?:of|in)\s+(\d{4})$")


@cache
def _years_of_names() -> tuple[dict[str, tuple[int, int]], dict[str, int]]:
    """The years the names of wars and conflicts give: spans ("(1917–1922)", "1980 …") and
    first years ("… of 1857"), one pass over the dictionary."""
    spans: dict[str, tuple[int, int]] = {}
    firsts: dict[str, int] = {}
    for row in reference.rows("conflicts"):
        war = row["canonical"]
        if _kind(war) not in ("war", "conflict"):
            continue
        span = _alias_years(row["alias"])
        if span is not None and span[0] <= span[1]:
            seen = spans.get(war, span)
            spans[war] = (min(span[0], seen[0]), max(span[1], seen[1]))
        first = _OF_YEAR_RE.search(row["alias"].strip())
        if first:
            year = int(first.group(1))
            firsts[war] = min(year, firsts.get(war, year))
    return spans, firsts


@cache
def _war_spans() -> dict[str, tuple[tuple[date, date], ...]]:
    """war -> its (start, end) spans, once: the belligerents table repeats them per word."""
    spans: dict[str, set[tuple[date, date]]] = {}
    for name, first, last, _ in _belligerents():
        spans.setdefault(name, set()).add((first, last))
    return {name: tuple(sorted(found)) for name, found in spans.items()}


# words that make a war's name part of another noun ("war crimes", "war veterans")
_COMPOUND_KEYS = frozenset(
    key
    for word in ["crimes", "criminals", "veterans", "memorial", "museum", "orphans", "refugees"]
    for key in phrase_key(word)
)


def _named_in(text: str, lead: bool, start: date | None = None) -> list[str]:
    words = tokens(text)
    found: list[str] = []
    for match in _index().find(words):
        # "The trouble flared in Rangoon": a name's first word after "the" is capitalised
        first = match.start + (words[match.start].key == "the" and match.end - match.start > 1)
        # "during the war in Donbas": a name of three words or more with a proper noun in it
        # may begin in lower case
        proper = match.end - first >= 3 and any(w.capital for w in words[first + 1 : match.end])
        if _outside(words, match.start) or (lead and not words[first].capital and not proper):
            continue
        if lead and match.end < len(words) and words[match.end].capital:
            continue  # "Operation Flash Out" is not Operation Flash: the name runs on
        if match.end < len(words) and words[match.end].key in _COMPOUND_KEYS:
            continue  # "Korean war crimes in South Vietnam": crimes, not the Korean War
        if lead and start is not None and _later_year(words, match.start, start):
            continue  # "between … and the 1791 Haitian Revolution": a war after the event
        for canonical in match.values:
            if lead and _kind(canonical) in ("theme", "category"):
                continue  # "the Holocaust" in a lead is context, not the event's war
            war = _resolve(canonical)
            # the years a name gives hold for the war it names, not for the wider one a
            # campaign maps up to ("the Ararat rebellion" of 1930 in the Kurdish–Turkish
            # conflict, whose title gives 1978–present)
            if _in_time(war, start, lead and war == canonical):
                found.append(war)
            elif not lead and war != canonical:
                # "the Greek genocide" of June 1914: not yet the world war it maps up to
                found.append(canonical)
    return found


def _later_year(words: list[Token], at: int, start: date) -> bool:
    """Does a year written before the name ('the 1791 Haitian Revolution') fall more than a
    year after the event began?"""
    before = words[at - 1].key if at else ""
    return len(before) == 4 and before.isdigit() and int(before) > start.year + 1


def _clean(value: str) -> str:
    text = clean_text(CITATION_RE.sub(" ", _DEBRIS_RE.sub(" ", value[:MAX_CHARS])))
    # "Revolutions of 1917–1923 and, Political violence …": a list's joiner left behind
    text = _TRAILING_JOINER_RE.sub("", text.strip(_STRIP))
    return _LEADING_RE.sub("", text.strip(_STRIP)).strip(_STRIP)


_TRAILING_JOINER_RE = re.compile(r"\s+(?:and|or)$", re.I)


def _warlike(part: str) -> bool:
    keys = [t.key for t in tokens(part)]
    return any(
        k in WAR_WORDS and not (k == "war" and keys[i + 1 : i + 2] == ["crime"])
        for i, k in enumerate(keys)
    )


_AND_NAME_RE = re.compile(r"\s+and\s+(?=(?-i:[A-Z]))")


def _and_names(piece: str) -> list[str]:
    """'the War in Somalia and Terrorism in Kenya': two names; 'Muslim uprisings in Kars and
    Sharur–Nakhichevan': one name, for what follows "and" is only another place's name."""
    parts = _AND_NAME_RE.split(piece)
    if _BETWEEN_RE.search(parts[0]):
        return [piece]  # "Wars between the Kingdom of Mewar and the Delhi Sultanate"
    if len(parts) > 1 and any(
        _PROPER_NAME_RE.fullmatch(p.strip()) and not _warlike(p) and not _index().find(tokens(p))
        for p in parts[1:]
    ):
        return [piece]
    if (
        len(parts) > 1
        and _PLURAL_WARS_RE.search(parts[-1])
        and all(
            _PROPER_NAME_RE.fullmatch(re.sub(r"^the\s+", "", p.strip())) and not _warlike(p)
            for p in parts[:-1]
        )
    ):
        return [piece]  # "the Hawkesbury and Nepean Wars": the plural names both as one
    return parts


_BETWEEN_RE = re.compile(r"\bbetween\s+(?:the\s+)?(?-i:[A-Z])[^,;]*$", re.IGNORECASE)
_PLURAL_WARS_RE = re.compile(r"\b(?-i:[A-Z])\w*\s+(?:Wars|Conflicts|Rebellions|Uprisings|Risings)$")
_PROPER_NAME_RE = re.compile(r"(?:(?-i:[A-Z])[\w'’–-]*\s*){1,3}")


def _split_names(text: str) -> list[str]:
    """Names in a Partof list; "Wars between X and the Y" is one, its "and" joins two sides."""
    between = _BETWEEN_RE.search(text)
    if between is None:
        return _SPLIT_RE.split(text)
    *before, last = _SPLIT_RE.split(text[: between.start()])
    return [*before, last + text[between.start() :]]


def _from_partof(text: str, start: date | None = None) -> str | None:
    best = _choose(_named(text, lead=False, start=start), start)
    if best is not None and _kind(best) != "theme":
        return best
    # Only a theme (or nothing) is known: an unknown part that names a war wins over it.
    words = tokens(text)
    # "the War in Somalia and Terrorism in Kenya": names joined by "and" are parts too; "the
    # French invasion of Egypt and Syria during the War of the Second Coalition" is the war's
    war = _DURING_RE.sub("", text)
    text = war if war != text and _warlike(war) else text
    unknown = [
        part
        for part in (_clean(p) for piece in _split_names(text) for p in _and_names(piece))
        if part and not _index().find(tokens(part)) and _warlike(part)
    ]
    if unknown:
        # "the Plan of Campaign, Land War": a campaign within the war the text names after it
        wars = [part for part in unknown if not _BATTLE_RE.search(part)]
        return _unbracketed((wars or unknown)[0])
    if best is not None:
        return best
    # Nothing known in use: the text passes through only when it speaks of a conflict, and
    # not when all it names are categories of crime ("Terrorism in Russia").
    known = [c for m in _index().find(words) for c in m.values]
    if known and all(_kind(c) == "category" for c in known):
        return None
    if not known and any(t.key in ("terrorism", "persecution") for t in words):
        # "Terrorism in Europe", "the persecution of Copts": a category of crime or a
        # campaign against a people, like the known categories; no war
        return None
    if known or any(t.key in CONFLICT_WORDS for t in words):
        return _unbracketed(text)
    return None


# "Massacres during the Xyz War", "the Swedish phase of the Thirty Years' War": the events or
# a phase of a war, named by the war
_DURING_RE = re.compile(
    # "the Goliad Campaign of the Texas Revolution": a campaign of the war named after it
    r"^.*?\b(?:during|(?:phase|stage|period|theat(?:re|er)|[Cc]ampaign)\s+of)\s+(?:the\s+)?"
    r"(?=[A-Z])"
)


_NOT_YEARS_BRACKET_RE = re.compile(r"\((?!\s*\d{4}\s*[–—-]\s*(?:\d{2,4}|present)\s*\))[^()]*\)?")


def _closed(text: str) -> str:
    return text + ")" if text.count("(") > text.count(")") else text


def _unbracketed(text: str) -> str:
    """'Peloponnesian War (Decelean War)': a name passed through without its bracket (a
    phase, a gloss), never cut inside it. Its first letter is capitalised, as a title's is:
    "aftermath of World War II in Yugoslavia" and "Aftermath of …" are one conflict."""
    # a bracket of years names which of several ("Political violence in Turkey (1976–1980)");
    # _clean strips a closing bracket at the end, so it is put back
    text = _closed(text)
    kept = _closed(_clean(_NOT_YEARS_BRACKET_RE.sub(" ", text)))
    war = _DURING_RE.sub("", kept)
    kept = war if war != kept and _warlike(war) else kept
    name = kept if any(c.isalnum() for c in kept) else text
    return name[:1].upper() + name[1:]


def conflict(partof: str | None, lead: str = "", start: date | None = None) -> str | None:
    """The war an event belongs to, canonical name; None when neither source names one.

    partof = raw Partof infobox value (None when absent); lead = the lead paragraph text;
    start = the event's first day, when known (a war that had ended by then is not its war).
    """
    start = start if isinstance(start, date) else None
    text = _clean(partof) if isinstance(partof, str) else ""
    lead = lead if isinstance(lead, str) else ""
    if any(c.isalnum() for c in text):
        found = _from_partof(text, start)
        if found is not None and unknown_engagement(found):
            # "Battle of Pusan Perimeter", which the dictionary does not know: the war the
            # lead names is the one it was fought in
            war = _choose(_named(lead, lead=True, start=start), start)
            return war if war is not None and _kind(war) == "war" else found
        return found
    return _choose(_named(lead, lead=True, start=start), start)


def unknown_engagement(name: str | None) -> bool:
    """A battle or offensive the dictionary does not know ("the Vistula–Oder offensive"): the
    war it was fought in is better told by the event's forces and date, when they tell one."""
    return bool(name) and bool(_BATTLE_RE.search(name)) and not _index().find(tokens(name))


# An unknown Partof naming an engagement rather than a war
_BATTLE_RE = re.compile(
    r"^(?:the\s+)?(?:battle|siege|sack|fall|operation)\s+(?:of\s+)?\S"
    r"|\S\s+(?:offensive|campaign)$",  # "the Vistula–Oder offensive"
    re.I,
)


@cache
def _belligerents() -> tuple[tuple[str, date, date, tuple[str, ...]], ...]:
    return tuple(
        (
            row["conflict"],
            date.fromisoformat(row["start"]),
            date.fromisoformat(row["end"]),
            tuple(fold_words(row["word"])),
        )
        for row in reference.rows("conflict_belligerents")
    )


def _holds(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return n > 0 and any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def implied_war(actors: Sequence[str], start: date | None) -> str | None:
    """The world war an event names no war for, from its date and its perpetrators' forces
    ('2nd SS Panzer Division Das Reich' in June 1944): reference/conflict_belligerents.csv."""
    if not isinstance(start, date):
        return None
    names = [fold_words(a) for a in actors if isinstance(a, str)]
    for conflict, first, last, phrase in _belligerents():
        if first <= start <= last and any(_holds(words, phrase) for words in names):
            return conflict
    return None
