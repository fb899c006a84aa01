"""Perpetrators: infobox values -> canonical actors, who alleges them, and an attribution status.

Names are resolved through the actor dictionary (`pipeline/reference/actors.csv`, alias ->
canonical name, type), so that ISIS, ISIL and Daesh all count as the Islamic State. Values are
free text written by many hands ("Shabiha (eye witnesses), Syrian opposition (regime claim)",
"Task force from the United States Army Americal Division 2LT. William Calley (convicted ...)"),
so every function here is total: hostile input gives an empty or partial result, never an
exception.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline import reference
from pipeline.normalize import claimants, conflicts, places
from pipeline.normalize.numbers import DESIGNATION
from pipeline.text import CACHE_SIZE, EMPHASIS_ADVERBS, TEMPLATE_PARAM_RE, clean_text

ACTOR_TYPES = ("state", "non_state", "militia", "individual")
STATUSES = ("attributed", "suspected", "disputed", "unknown")

# Infobox keys that name perpetrators (lower case); the last two only accuse or suspect.
PERPETRATOR_KEYS = frozenset(
    {
        "perpetrators",
        "perpetrator",
        "perps",
        "perp",
        "susperps",
        "assailants",
        "assailant",
        "susperp",
        "accused",
        "executed_by",
    }
)
SUSPECT_KEYS = frozenset({"susperps", "accused"})
# The event's war, which scopes generic words ("Rebels") in the actor dictionary.
PARTOF_KEYS = ("partof", "part_of")

# Longest text parsed per value: infobox values are short; this bounds work on hostile input.
MAX_VALUE_CHARS = 4000
# Longest phrase passed through as an actor name when the dictionary does not know it.
MAX_NAME_WORDS = 12
_STOPWORDS = frozenset(
    ["and", "or", "of", "the", "by", "from", "with", "a", "an", "in", "on", "to"]
)


@dataclass(frozen=True)
class Actor:
    name: str  # canonical
    type: str  # state | non_state | militia | individual


@dataclass(frozen=True)
class PerpetratorClaim:
    actor: str  # canonical (or the cleaned raw name when not in the dictionary)
    actor_raw: str
    actor_type: str  # state | non_state | militia | individual | unknown (not in dictionary)
    alleged_by: str | None
    status: str  # attributed | suspected | disputed
    in_dictionary: bool
    source_key: str


@dataclass(frozen=True)
class Perpetrators:
    claims: list[PerpetratorClaim]
    actors: list[str]  # canonical names, unique, in order of first mention
    status: str  # attributed | suspected | disputed | unknown
    raw: str | None  # "Key: value" of each perpetrator key joined with " | "


# ---------------------------------------------------------------------------------------------
# Folding and the dictionary index

# Letters that NFKD does not decompose to ASCII ("Đorđević" must meet "Dordevic").
_TRANSLATE = str.maketrans(
    {
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "ı": "i",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)
_APOSTROPHES_RE = re.compile("['’‘`ʿʾ´]")
_WORD_RE = re.compile(r"[A-Za-z0-9]+")

# Words that follow an actor's name without changing who it is ("Islamic State fighters").
_GENERIC_TAIL = frozenset(
    [
        "fighters",
        "fighter",
        "militants",
        "militant",
        "members",
        "member",
        "militiamen",
        "samurai",
        "warriors",
        "retainers",
        "militia",
        "militias",
        "troops",
        "soldiers",
        "forces",
        "units",
        "faction",
        "factions",
        "contractors",
        "cadres",
        "cadre",
        "elements",
        "guerrillas",
        "guerrilla",
        "gunmen",
        "personnel",
        "operatives",
        "insurgents",
        "insurgent",
        "jihadists",
        "loyalists",
        "men",
        "supporters",
        "bombers",
        "attackers",
        "mercenaries",
        "group",
        "groups",
        "paramilitaries",
        "paramilitary",
        "officers",  # "41 ZOMO officers and soldiers" injured, ZOMO the perpetrators
        "officer",
    ]
)


@lru_cache(maxsize=CACHE_SIZE)
def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLATE))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _APOSTROPHES_RE.sub("", text)


def _words(text: str) -> list[str]:
    """ASCII word tokens with their case kept (case tells an acronym "IS" from the verb)."""
    return _WORD_RE.findall(_ascii(text))


def _lower(words: Sequence[str]) -> tuple[str, ...]:
    low = tuple(w.lower() for w in words)
    return low[1:] if len(low) > 1 and low[0] == "the" else low


def _singular(words: tuple[str, ...], upper_last: bool) -> tuple[str, ...]:
    """Plural head noun folded: "Special Operations units" meets "Special Operations Unit".
    Only the last word of a name of two words or more, never an acronym, so "Hamas" stays."""
    if len(words) < 2 or upper_last:
        return words
    last = words[-1]
    if len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return (*words[:-1], last[:-1])
    return words


@dataclass(frozen=True)
class _Index:
    exact: dict[tuple[str, ...], Actor]
    plural: dict[tuple[str, ...], Actor]
    longest: int
    # one-word aliases only ever written in capitals ("PULO"): inside a phrase, a word in
    # lower case is another word ("Detasemen Rudal 001/Pulo Rungkom")
    acronyms: frozenset[str] = frozenset()


def _conflict_key(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _words(name))


@cache
def _indexes() -> tuple[_Index, dict[tuple[str, ...], _Index]]:
    """Alias table folded once: the global index, and per conflict the generic words
    ("rebels", "the government") that name one actor in that war only. A broken data file
    is a configuration error and raises."""
    tables: dict[tuple[str, ...], tuple[dict, dict]] = {}
    spelled: dict[str, set[bool]] = {}  # one-word key -> whether each spelling is capitals
    for row in reference.rows("actors"):
        actor = Actor(row["canonical"].strip(), row["type"].strip())
        words = _words(row["alias"])
        key = _lower(words)
        if not key:
            continue
        exact, plural = tables.setdefault(_conflict_key(row.get("conflict") or ""), ({}, {}))
        exact.setdefault(key, actor)
        plural.setdefault(_singular(key, words[-1].isupper()), actor)
        if len(words) == 1:
            spelled.setdefault(key[0], set()).add(words[0].isupper())
    acronyms = frozenset(k for k, caps in spelled.items() if caps == {True})
    built = {
        scope: _Index(exact, plural, max((len(k) for k in exact), default=1), acronyms)
        for scope, (exact, plural) in tables.items()
    }
    return built.pop((), _Index({}, {}, 1)), built


def _index() -> _Index:
    return _indexes()[0]


def _find(words: Sequence[str], index: _Index | None = None) -> Actor | None:
    key = _lower(words)
    if not key:
        return None
    index = index or _index()
    found = index.exact.get(key)
    if found is None:
        found = index.plural.get(_singular(key, words[-1].isupper()))
    return found


def _lookup_words(words: list[str], index: _Index | None = None) -> Actor | None:
    """Exact, then plural, then without trailing generic words, then without a leading al-."""
    while words and words[0].lower() == "the":
        words = words[1:]
    if (
        len(words) == 1
        and len(words[0]) <= 3
        and not words[0].isupper()
        and (words[0].islower() or words[0].lower() in (index or _index()).acronyms)
    ):
        # "is", "us": English words, not the acronyms IS, US; "Junqueira & Cia": a
        # company's "Cia", not the CIA
        return None
    tries = [words]
    if len(words) > 1 and words[0].lower() in ("al", "el"):
        tries.append(words[1:])
    for attempt in tries:
        current = list(attempt)
        while current:
            found = _find(current, index)
            if found is not None:
                return found
            if len(current) > 1 and current[-1].lower() in _GENERIC_TAIL:
                current = current[:-1]
            else:
                break
    return None


def lookup(text: str) -> Actor | None:
    """Alias -> actor, folded for case, accents, apostrophes, a leading "the", a plural head
    noun ("units") and trailing generic words ("Islamic State fighters")."""
    if not isinstance(text, str):
        return None
    return _cached_lookup(text)


@lru_cache(maxsize=CACHE_SIZE)
def _cached_lookup(text: str) -> Actor | None:
    return _lookup_words(_words(_bounded(text)))


@lru_cache(maxsize=1024)
def _wars_of(partof: str) -> tuple[tuple[str, ...], ...]:
    """The event's war (from its Partof value) and the wars it is part of, nearest first, as
    scope keys; () when none is named."""
    if not partof:
        return ()
    try:
        war = conflicts.conflict(partof)
        return tuple(_conflict_key(name) for name in conflicts.lineage(war)) if war else ()
    except Exception:  # noqa: BLE001 - another module's failure must not lose the actors
        return ()


def lookup_generic(text: str, partof: str) -> Actor | None:
    """A generic group word resolved in the event's war: "Rebels" in the Syrian civil war is
    the Syrian opposition, "the government" the Syrian government; in a war within another
    ("Troubles in Ulster (1920–1922)"), the outer war's names too. None elsewhere."""
    if not isinstance(text, str) or not isinstance(partof, str):
        return None
    for key in _wars_of(partof):
        scoped = _indexes()[1].get(key)
        if scoped is not None:
            found = _lookup_words(_words(_bounded(text)), scoped)
            if found is not None:
                return found
    return None


def _single_word_ok(word: str, alias_len: int) -> bool:
    """A one-word alias found inside running text must look like a name: capitalised, and in
    capitals when short (so the verb "is" is not the Islamic State)."""
    if not word[:1].isupper():
        return False
    return alias_len > 3 or word.isupper()


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    actor: Actor


# "for (the) <Name>" right after an alias: the alias begins another organisation's name
# bodies of their own that "military" only qualifies ("military police", "military
# intelligence"); a "military junta" or "government" is still the armed forces' rule
_MILITARY_COMPOUND_HEADS = frozenset(["police", "intelligence"])
_NAME_GOES_ON_RE = re.compile(r"for\s+(?:the\s+)?(?-i:[A-Z])")
_ORGANISATION_HEADS = frozenset(
    {
        "front",
        "movement",
        "union",
        "council",
        "party",
        "alliance",
        "organization",
        "organisation",
        "committee",
        "league",
        "coalition",
        "congress",
        "association",
    }
)


def _longer_overlap(hit: _Match, low: list[str], index: _Index) -> _Match | None:
    """'Ottoman Army of Islam': a longer name begins inside the one found ('Army of Islam')
    and runs past it; the words before it only say whose it is."""
    for j in range(hit.start + 1, hit.end):
        for size in range(min(index.longest, len(low) - j), max(hit.end - j, 2), -1):
            if size > hit.end - hit.start and (actor := index.exact.get(tuple(low[j : j + size]))):
                return _Match(j, j + size, actor)
    return None


def _scan_words(words: list[str]) -> list[_Match]:
    """Dictionary actors named inside a longer phrase, longest alias first, left to right.
    An organisation directly followed by another ("United States Army Americal Division",
    "Russian Air Force: 22nd Guards ... Division") is the parent of the unit named after
    it: only the more specific unit is kept. So is a unit named with its parent after "of"
    ("Atlacatl Battalion of the Salvadoran Army"), when both are of one type (a unit of a
    state's army; not "Fulani militia of JNIM", two different groups)."""
    index = _index()
    low = [w.lower() for w in words]
    matches: list[_Match] = []
    i, n = 0, len(words)
    while i < n:
        hit: _Match | None = None
        for size in range(min(index.longest, n - i), 0, -1):
            key = tuple(low[i : i + size])
            actor = index.exact.get(key) or index.plural.get(
                _singular(key, words[i + size - 1].isupper())
            )
            if actor is None:
                continue
            if size == 1 and not _single_word_ok(words[i], len(key[0])):
                continue
            if size == 1 and key[0] in index.acronyms and not words[i].isupper():
                continue
            if key[0] == "the" and size == 1:
                continue
            if (
                size == 1
                and actor.type == "individual"
                and i > 0
                and words[i - 1][:1].isupper()
                and not _RANK_RE.match(f"{words[i - 1]} ")
            ):
                continue  # "Manuel Díaz Escobar": another man's surname, not Pablo Escobar
            if (
                low[i + size - 1] == "military"
                and i + size < n
                and low[i + size] in _MILITARY_COMPOUND_HEADS
            ):
                continue  # "Brazilian military police": not the "Brazilian military"
            if low[i + size - 1] in _ORGANISATION_HEADS and _NAME_GOES_ON_RE.match(
                " ".join(words[i + size : i + size + 3])
            ):
                break  # "Islamic Front for the Liberation of Oromia": a longer name of its own
            hit = _Match(i, i + size, actor)
            break
        if hit is None:
            i += 1
            continue
        hit = _longer_overlap(hit, low, index) or hit
        matches.append(hit)
        i = hit.end
    kept: list[_Match] = []
    parents: set[int] = set()
    for position, match in enumerate(matches):
        following = matches[position + 1] if position + 1 < len(matches) else None
        if (
            following is None
            or match.actor.type == "individual"
            or following.actor.type == "individual"
            or following.actor == match.actor
        ):
            if position not in parents:
                kept.append(match)
            continue
        if following.start == match.end:
            continue  # "United States Army Americal Division": the parent before its unit
        between = low[match.end : following.start]
        if (
            between
            and between[0] in ("of", "from")
            and all(w in ("of", "from", "the") for w in between)
            and match.actor.type == following.actor.type
        ):
            parents.add(position + 1)  # "Atlacatl Battalion of the Salvadoran Army"
        if position not in parents:
            kept.append(match)
    return kept


# ---------------------------------------------------------------------------------------------
# Splitting a value

# "United States Armed Forces7th Cavalry Regiment": two names run together
_GLUED_UNIT_RE = re.compile(r"(?<=[a-z])(?=\d+(?:st|nd|rd|th)\s+(?-i:[A-Z]))")
_DEBRIS_RES = [
    # flag icons: "22px|border", "20px", "20px|class=skin-invert-image]]"
    re.compile(r"\b\d+\s*px\b(?:\s*\|\s*(?:border\b|class=[\w-]+|alt=[^|\]]*))*(?:\s*\]\])?", re.I),
    re.compile(r"\b(?:File|Image):[^,;|]*?\.(?:png|svg|jpe?g|gif|webp)\b", re.I),
    re.compile(r"\bflag(?:icon|country|deco)\b", re.I),  # "flagicon, Myanmar Army": a template
    re.compile(r"(?<![\w-])et\s+al\b\.?", re.I),  # "Víctor Polay Campos et al.": and others
    re.compile(r"\[(?:\d+|[a-z]|citation needed|note \d+)\]", re.I),  # reference markers
    TEMPLATE_PARAM_RE,
]
_OPEN, _CLOSE = "([{", ")]}"


def _bounded(text: str) -> str:
    """At most MAX_VALUE_CHARS, cut at a space so no word is cut in half."""
    if len(text) <= MAX_VALUE_CHARS:
        return text
    return text[:MAX_VALUE_CHARS].rsplit(" ", 1)[0]


def _strip_debris(text: str) -> str:
    text = clean_text(text)
    for debris in _DEBRIS_RES:
        text = debris.sub(" ", text)
    return _GLUED_UNIT_RE.sub(", ", text)


_THOUSANDS_RE = re.compile(r"\d,\d{3}(?!\d)")


def _top_level_parts(text: str) -> list[str]:
    """Split on commas, semicolons and '|' outside brackets; an unclosed bracket runs to the end."""
    parts: list[str] = []
    depth, start = 0, 0
    for position, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and char in ",;|\n":
            if char == "," and _THOUSANDS_RE.match(text, position - 1):
                continue  # "2,112 indicted": one number
            parts.append(text[start:position])
            start = position + 1
    parts.append(text[start:])
    return parts


def _drop_country_headers(parts: list[str]) -> list[str]:
    """'El Salvador, * Military Detachment No. 1, * National Guard, Honduras, * 12th
    Battalion': a country over its bulleted forces heads the list; the forces acted. A regime
    named as such stays ("Ba'athist Syria, * Syrian Army, …": the government acted too)."""
    return [
        part
        for index, part in enumerate(parts)
        if not (
            index + 1 < len(parts)
            and parts[index + 1].lstrip().startswith("*")
            and not part.lstrip().startswith("*")
            and places.names_country(part.strip())
            and not _REGIME_RE.search(part)
        )
    ]


# a state named by its ruling party or ideology, not by its land
_REGIME_RE = re.compile(r"\b(?:Ba'?athist|Baathist|Ba’athist|regime|government)\b", re.I)


# A title of nobility or office after a comma belongs to the name before it: "Henry I, Duke
# of Guise", "James Butler, Marquess of Ormond", "Charles de Louviers, sieur de Maurevert".
_TITLE_OF_RE = re.compile(
    r"^\s*(?:(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth)\s+)?"
    r"(?:Duke|Duchess|Earl|Count|Countess|Marquess|Marquis|Marchioness|Viscount|Baron|Baroness"
    r"|Prince|Princess|Lord|Lady|Elector|Margrave|Landgrave|Sieur|Seigneur"
    r"|Emir|Sultan|Khan|Nawab|Raja|Maharaja|Rajah|Bey|Pasha)\s+(?:of|de|du|des|d'|von|van)\b"
    # a Chinese or Japanese princely title after the name: "Dodo, Prince Yu"
    r"|^\s*(?:Prince|Duke|Marquis|Count)\s+(?-i:[A-Z])\w*\s*$",
)


# A sub-unit written before its regiment: "1st Battalion, Parachute Regiment".
# "B Company of the 5th Battalion, King's African Rifles"
_SUBUNIT_RE = re.compile(
    r"^\s*(?:\d+(?:st|nd|rd|th)|[A-Z]|No\.\s*\d+)\s+"
    r"(?:Battalion|Company|Squadron|Platoon|Troop|Battery)"
    r"(?:\s+of\s+the\s+(?:\d+(?:st|nd|rd|th)|[A-Z])\s+(?:Battalion|Company|Squadron|Regiment))*"
    r"\s*$"
)
_NEXT_UNIT_RE = re.compile(r"^\s*(?-i:[A-Z])(?!\w*\d)")
# Echelons, smallest first: a chain of numbered units each larger than the one before is one
# unit ("2nd Platoon, 7th Company, 3rd Battalion, 25th Regiment, 2nd Division").
_ECHELONS = (
    ("squad", "section"),
    ("platoon",),
    ("company", "battery", "troop"),
    ("battalion", "squadron"),
    ("regiment", "marines"),
    ("brigade",),
    ("division",),
    ("corps",),
)
_ECHELON_WORDS = "|".join(w for level in _ECHELONS for w in level)
_ECHELON_END_RE = re.compile(
    rf"(?:\b(?:\d+(?:st|nd|rd|th)|[A-Z]|[A-Z][a-z]+)\s+(?:\w+\s+)?(?P<a>{_ECHELON_WORDS})"
    rf"|\b(?P<b>company|battery|troop)\s+[A-Z])\s*$",
    re.IGNORECASE,
)
_ECHELON_UNIT_RE = re.compile(
    rf"^\s*(?:\d+(?:st|nd|rd|th)\s+(?:\w+\s+)?(?P<a>{_ECHELON_WORDS})"
    rf"|(?P<b>company|battery|troop)\s+[A-Z])\s*$",
    re.IGNORECASE,
)


def _echelon(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    return _echelon_level((match.group("a") or match.group("b")).casefold())


def _continues_chain(before: str, part: str) -> bool:
    """Is `part` the larger formation the unit ending `before` belongs to?"""
    low = _echelon(_ECHELON_END_RE.search(before))
    high = _echelon(_ECHELON_UNIT_RE.match(part))
    if high is None and _NAMED_REGIMENT_RE.match(part):
        high = _echelon_level("regiment")  # "B Company, 5th Battalion, King's African Rifles"
    return low is not None and high is not None and high > low


# a regiment by its name ("King's African Rifles", "Royal Irish Regiment")
_NAMED_REGIMENT_RE = re.compile(
    r"^\s*(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*\s+"
    r"(?-i:Regiment|Rifles|Fusiliers|Dragoons|Hussars|Lancers|Guards|Highlanders)\s*$"
)


def _echelon_level(word: str) -> int:
    return next(i for i, level in enumerate(_ECHELONS) if word in level)


# "Head of the Parisian police, Maurice Papon": an office written before its holder's name
# the labels of roles a value lists people under ("Shooters: …", "Suicide bombers: Unknown")
_ROLE_LABELS = (
    r"(?:suicide\s+)?(?:orchestrators?|organi[sz]ers?|shooters?|gunm[ae]n|killers?|attackers?"
    r"|assailants?|bombers?|planners?|masterminds?|accomplices?|leaders?|perpetrators?)"
)
_ROLE_OF_RE = re.compile(
    # "General and President of the Centralist Republic of Mexico, Antonio López de Santa Anna"
    r"^\s*(?:the\s+)?(?:(?:general|colonel|admiral|field\s+marshal)\s+and\s+)?"
    r"(?:(?:deputy|assistant|vice|acting|district)\s+)?"
    r"(?:head|chief|commander|director|prefect|leader|commissioner|minister|president"
    r"|prime\s+minister|premier|chancellor|governor|mayor)\s+of\s+(?:the\s+)?[^,;()]+$"
    # "Orchestrator, Christiane Bonet, Shooters, Jean-Pierre Lardanchet": a role's label
    # over the names under it
    rf"|^\s*{_ROLE_LABELS}\s*:?\s*$",
    re.I,
)


# one name, a ruler's number at most ("Carloman", "Louis XIV")
_MONONYM_RE = re.compile(r"\s*(?-i:[A-Z])[^\W\d_]+(?:['’-][^\W\d_]+)?(?:\s+[IVX]{1,4})?\s*")


# "White residents of Tulsa, some deputized by city officials": a clause about some of the
# actors before it
_SOME_OF_THEM_RE = re.compile(
    r"^\s*(?:some|many|most|several|a\s+few|others)\s+(?:of\s+(?:them|whom)\s+)?(?:were\s+)?"
    r"(?-i:[a-z]+ed)\b",
    re.IGNORECASE,
)


_MEMBERS_PART_RE = re.compile(r"^\s*(?:both\s+|all\s+)?members\s+of\s+(?:the\s+)?(?-i:[A-Z])")


def _drop_roles(parts: list[str]) -> list[str]:
    """A role beside the name of the one who held it is no actor of its own ('President of
    Mexico, Antonio López de Santa Anna'), nor after the force that acted under it."""
    kept: list[str] = []
    for i, part in enumerate(parts):
        if kept and _SOME_OF_THEM_RE.match(part):
            continue
        if (
            i + 1 < len(parts)
            and _MEMBERS_PART_RE.match(parts[i + 1])
            and _drop_count(part.strip()) != part.strip()
        ):
            continue  # "Two Arab militants, members of the Black September": the group
        if (
            kept
            and _ROLE_OF_RE.match(part)
            and (_PERSON_RE.fullmatch(kept[-1].strip()) or _MONONYM_RE.fullmatch(kept[-1]))
        ):
            # "Frederic Henry Cooper, Deputy Commissioner of Amritsar", "Carloman, Mayor of
            # the Palace of Austrasia": his office
            continue
        if i + 1 < len(parts) and _PERSON_RE.fullmatch(parts[i + 1].strip()):
            if _ROLE_OF_RE.match(part):
                continue
            *force, role = _COMMAND_SPLIT_RE.split(part, maxsplit=1)
            if force and _ROLE_OF_RE.match(role):
                part = force[0]  # "Mexican Army under orders of General and President of …"
        kept.append(part)
    return kept


# "under the papal legate Arnaud Amalric": the office before the commander's name
_OFFICE_HEAD_RE = re.compile(r"^\s*(?:the\s+)?(?:(?-i:[a-z])+\s+){1,3}(?=(?-i:[A-Z]))")


def _office_dropped(piece: str) -> str:
    rest = _OFFICE_HEAD_RE.sub("", piece)
    return rest if rest != piece and _PERSON_RE.fullmatch(rest.strip()) else piece


def _is_force(text: str) -> bool:
    """'National Guard, Marquis de Lafayette': a force the dictionary knows holds no title."""
    words = _words(text)
    if words and words[-1].lower() in _SERVICE_HEADS:
        return True
    found = lookup(text.strip(" *"))
    return found is not None and found.type != "individual"


@lru_cache(maxsize=1)
def _comma_names() -> tuple[frozenset[tuple[str, ...]], int]:
    """Aliases with commas in them ("Return, Reclamation, Rehabilitation") as word keys, and
    the most commas any has: the split must not cut a name the dictionary knows."""
    names = [row["alias"] for row in reference.rows("actors") if "," in row["alias"]]
    keys = frozenset(_lower(_words(name)) for name in names)
    return keys, max((name.count(",") for name in names), default=0)


_LAST_BRACKET_RE = re.compile(r"\s*\([^()]*\)\s*$")


def _join_named(parts: list[str]) -> list[str]:
    """Put back together the parts that spell a known name with commas in it, with or
    without its bracket ("Return, Reclamation, Rehabilitation (3R)")."""
    names, most = _comma_names()
    joined: list[str] = []
    start = 0
    while start < len(parts):
        end = next(
            (
                end
                for end in range(min(len(parts), start + most + 1), start + 1, -1)
                if _lower(_words(_LAST_BRACKET_RE.sub("", ",".join(parts[start:end])))) in names
            ),
            start + 1,
        )
        joined.append(",".join(parts[start:end]))
        start = end
    return joined


def _join_titles(parts: list[str]) -> list[str]:
    """Put a "Duke of X" part back onto the name the comma cut it from, and a regiment onto
    the battalion before it ("1st Battalion, Parachute Regiment", "Company B, 1st Battalion,
    7th Marines")."""
    joined: list[str] = []
    for part in parts:
        if joined and (
            (_words(joined[-1]) and _TITLE_OF_RE.match(part) and not _is_force(joined[-1]))
            or (_SUBUNIT_RE.match(joined[-1]) and _NEXT_UNIT_RE.match(part))
            or _continues_chain(joined[-1], part)
        ):
            joined[-1] = f"{joined[-1]},{part}"
        else:
            joined.append(part)
    return joined


def _split_brackets(text: str) -> tuple[str, list[str]]:
    """Body text outside brackets, and the top-level bracketed texts."""
    body: list[str] = []
    inner: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char in _OPEN:
            if depth > 0:
                current.append(char)
            depth += 1
            continue
        if char in _CLOSE:
            if depth == 0:
                continue
            depth -= 1
            if depth == 0:
                inner.append("".join(current))
                current = []
            else:
                current.append(char)
            continue
        (current if depth > 0 else body).append(char)
    if current:
        inner.append("".join(current))
    return " ".join("".join(body).split()), [" ".join(x.split()) for x in inner if x.strip()]


# ---------------------------------------------------------------------------------------------
# Hedges, allegers and leftovers

_DISPUTED_RE = re.compile(
    r"\b(disputed|unclear|contested|possibly|possible|uncertain|conflicting"
    # "(Boko Haram, Nigerian Army and rival student groups variously blamed)"
    r"|variously\s+(?:blamed|accused|named|held\s+responsible))\b",
    re.I,
)
_SUSPECTED_RE = re.compile(
    r"\b(suspected|suspect|alleged|allegedly|presumed|presumably|believed(?: to be)?|likely|"
    r"probably|reportedly|purported(?!\s+(?:links?|ties|connections?))|purportedly|unconfirmed|"
    # "Galleanists (Italian anarchists) are suspected": the verb goes with the hedge
    r"theori[sz]ed|(?<![\w-])blamed on|(?:is|are|was|were)\s+(?:suspected|believed))\b",
    re.I,
)
# the Islamic State's names before one of its provinces
_IS_PROVINCE_RE = re.compile(
    r"^\s*(?:the\s+)?(?:Islamic\s+State(?:\s+(?:of|in)\s+Iraq\s+and\s+(?:the\s+Levant|Syria"
    r"|al-Sham))?|ISIL|ISIS|IS|Daesh)(?:['’]s)?\s*[–—-]?\s*(?=(?:[\w'’-]+\s+){1,2}Province\b)"
)
# a description of attackers by their creed or cause, no name of a group
_GENERIC_GROUP_RE = re.compile(
    r"(?:(?-i:[A-Z])[\w-]*\s+)?(?:militants|gunmen|fighters|insurgents|rebels|terrorists"
    r"|attackers|separatists|jihadists|extremists|militias|militiamen|paramilitaries)",
    re.IGNORECASE,
)
_UNKNOWN_RE = re.compile(
    # "See Responsibility for the burning of Smyrna": a pointer to a section, no actor
    # "Other unknown accomplices", "Third unnamed suicide bomber", "third assailant still at
    # large"
    r"^(see\s|(?:(?:other|further|first|second|third|fourth|fifth)\s+)?(?:unknown|unidentified|unspecified"
    r"|unnamed)|(?:another|(?:a\s+)?(?:second|third|fourth|fifth))\s+(?:assailant|attacker"
    r"|gunman|bomber|shooter|perpetrator)(?!\s+(?-i:[A-Z]))|undetermined|not known"
    r"|not claimed|unclaimed|no claim|(?:the\s+)?identity\s+of\b|"
    r"no group|none|no one|nobody|n/a|na)\b",
    re.I,
)
_ALLEGER_RE = re.compile(
    r"\b(claims?|claimed|according|per|witness(?:es)?|eyewitness(?:es)?|investigations?|"
    r"investigators?|inquiry|concluded|conclusions?|reports?|reported|sources?|accus\w*|"
    r"alleged by|says|said|blamed|officials?|authorities|government|regime|opposition|activists|"
    r"observers|monitors?|media|court|tribunal|verdict|findings?|determined|found by|"
    r"accounts?|testimon(?:y|ies)|commission|historians?|residents|villagers|survivors|"
    r"relatives|famil(?:y|ies)|elders|locals|prosecutors?|police|suspicions?|allegations?|"
    r"assessments?|estimates?|traditions?|archives?|chronicles?|chroniclers?"
    # "Hausa Muslim youths (Christian leaders), … (Human Rights Watch)": who blamed them
    r"|leaders|associations?|Human\s+Rights\s+Watch|Amnesty(?:\s+International)?)\b",
    re.I,
)
# "accused by Argentine prosecutors", "named by police, never charged": the alleger ends at a
# comma or semicolon
_HEDGED_BY_RE = re.compile(
    r"^\W*(?:accused|alleged|suspected|named|identified|blamed)\s+by\s+([^,;]+)", re.I
)
# (monitors, state news agencies and missions that report who did it: "(SANA)", "(SNHR)")
_KNOWN_CLAIMANT_RE = re.compile(
    r"^(UN|U\.N\.|SOHR|HRW|OPCW|Amnesty|ICTY|ICC|OHCHR|SANA|SNHR|LCC|VDC|OSCE|MONUSCO|UNAMA"
    r"|UNAMI|ICRC|Reuters)\b"
)
_SELF_CLAIM_RE = re.compile(
    # "(claimed responsibility)", "(claimed Alamdar Road)": the actor claimed (a part of) it;
    # "(claimed by the government)" names a claimant instead
    r"^(self[- ])?claimed(?!\s+by\b)(\s.*)?$|^claims? of responsibility(\s.*)?$",
    re.I,
)
# How a part links a unit to its commander: "X commanded by Y", "X under the command of Y",
# "X on the orders of Y", or a bare "X under [rank] Y" ("Connecticut Colony militia under John
# Mason", "..., under Colonel John Chivington"). A bare "under" needs a capitalised name after
# it, and not one that only qualifies the unit ("under Israeli control", "under UN mandate").
_UNDER_CONTROL_WORDS = (
    r"command|control|orders?|auspices|mandate|occupation|supervision|protection|rule|flags?"
    r"|banners?|leadership|influence|administration|authority|jurisdiction"
)
# plain words for a body of armed men, named by whom they followed or served
_MEN_WORDS = r"forces|troops|men|soldiers|fighters"
_COMMAND_LINK = (
    # "Christian rioters, incited by Pavel Krushevan"; "on direct orders from President X"
    # "masterminded by Iyad Saleh and carried out by a Palestinian group"
    r"(?:(?:commanded|led|ordered|directed|headed|incited|instigated|masterminded|planned"
    r"|organi[sz]ed|carried\s+out)\s+by"
    # "Interahamwe militia under supervision of the Presidential Guard"
    # "Oprichniki, under the personal command of Ivan IV"
    r"|under\s+(?:the\s+)?(?:(?:personal|direct|overall|supreme|immediate)\s+)?"
    r"(?:orders?|command|supervision|direction|leadership)"
    r"\s+of|on\s+(?:the\s+)?(?:direct\s+)?orders?\s+(?:of|from|by)"
    # "Governor Blanton Winship via the Puerto Rico Insular Police": who acted for him
    r"|(?-i:via)(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    # "following reprisal orders by Generaloberst Kurt Student"
    # "orders attributed to President Arturo Alessandri"
    r"|orders?\s+(?:attributed\s+to|given\s+by|issued\s+by)"
    r"|following\s+(?:[a-z]+\s+)?orders?\s+(?:of|from|by)"
    # "Crusader army under the papal legate Arnaud Amalric": an office before the name
    # ("crusader knights under papal legate Arnaud Amalric": the article left out)
    r"|under(?=\s+(?:(?:the\s+)?(?:(?-i:[a-z])+\s+){1,2}(?<!\bof\s))?(?-i:[A-Z]))"
    rf"(?![^,;()]*\b(?:{_UNDER_CONTROL_WORDS})\b))"
)
# "attacks directed by X", "the raid led by X": lower-case words before the link name no one
_COMMAND_PREFIX_RE = re.compile(
    # "Gang led by Rondell Rawlins": a plain noun capitalised only as the value's first word
    # "Forces under Tian Shengong": a plain word for his men, capitalised as the first word
    # "Twelve stockmen led by John Henry Fleming", "A gang of seven horse thieves led by …":
    # a count or an article capitalised as the value's first word
    r"^\s*(?:(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|several|some|\d+)\s+(?=(?-i:[a-z])))?"
    # "Bandits led by Salvatore Giuliano": men named only by what they were
    rf"(?:(?:gang|mob|band|crowd|posse|party|group|{_MEN_WORDS}|warriors|bandits|outlaws"
    r"|brigands|robbers|thieves|pirates|raiders|gunmen|rioters|vigilantes)\s+"
    rf"(?:of\s+(?:(?-i:[a-z])[\w'’-]*\s+){{1,4}}?)?|(?:(?-i:[a-z])[\w'’-]*\s+){{0,3}}?)"
    rf"{_COMMAND_LINK}\s+",
    re.I,
)
_COMMAND_SPLIT_RE = re.compile(rf"\s+{_COMMAND_LINK}\s+", re.I)
_COMMAND_AND_RE = re.compile(rf"\s+(?:and|&)(?=\s+{_COMMAND_LINK}\s)", re.I)
# "Abdur Rahman joined by Sunni volunteers", "Ottoman troops together with Kurdish
# irregulars": a second group that took part beside the first
_ALLY_SPLIT_RE = re.compile(
    r"(?:^\W*|\s*,?\s+)(?:(?:together|along)\s+with|alongside|joined\s+by|accompanied\s+by"
    # "Bakossi militias, with the support of the Cameroonian Army", "X aided by Y"
    # "…, with the acquiescence of the Mexican government": complicit, not a backer
    r"|with\s+(?:the\s+)?(?:active\s+)?(?:support|help|assistance|participation|acquiescence"
    r"|complicity|connivance|collusion)\s+(?:of|from)"
    r"|(?:aided|assisted)\s+by)\s+",
    re.I,
)
# "using the cover name 'Catholic Reaction Force'": a name the actor before used
_ALIAS_WORDS = (
    r"(?:alias|a\.?k\.?a\.?|also\s+known\s+as|nicknamed|known\s+as"
    r"|(?:using|under)\s+the\s+(?:cover\s+|flag\s+|code\s+)?name)"
)
_ALIAS_PREFIX_RE = re.compile(rf"^\s*{_ALIAS_WORDS}\b", re.I)
_QUOTED_RE = re.compile(r"^\s*['\"“‘«][^'\"”’»]*['\"”’»]\s*$")
# Military and police ranks before a name ("2LT.", "Staff Sgt.", "Sergeant First Class",
# "Lance Corporal", "Lt. Col.", "SS-Hauptsturmführer", "Oberst", "Mounted Constable",
# "Detective Inspector"): not part of the name.
_RANK_WORDS = (
    r"\d?\s*LT|1LT|2LT|Lt|Lieut|Lieutenants?|Sgt|Sergeants?|SSgt|SSG|SFC|MSgt|MSG|1SG|PFC|LCpl|"
    r"Spc|Specialist|Capt|Captains?|CPT|Maj|Majors?|Col|Colonels?|Gen|Generals?|Brig|Brigadier|Cpl|"
    r"Corporals?|Pvt|Privates?|Cmdr|Commander|Cdr|Adm|Admiral|Marshal|Officer|Ensign|"
    r"Constables?|Const|Inspector|Insp|Superintendent|Supt|Troopers?|Sheriff|Detective|"
    r"Oberst|Oberstleutnant|Hauptmann|Leutnant|Oberleutnant|Generalleutnant|Generalmajor|"
    r"Generaloberst|Feldwebel|Unteroffizier|Rittmeister|Otaman|Ataman|Hetman|Esaul|Yesaul|"
    r"DSP|SSP|"
    # what the one named did ("Bomber Pyotr Sobolev", "Gunman Omar Mateen")
    r"Bomber|Gunman|Shooter|Assassin|"
    # royal titles before a ruler's name ("Crown Prince Dipendra", "King Leopold II")
    r"Crown\s+Prince|Prince|Princess|King|Queen|Emperor|Empress|Tsar|Czar|Sultan|Emir|Caliph|"
    # civil offices before a name ("Governor Fernando Centeno", "Mayor Frank Hague")
    r"Governor(?:-General)?|Lieutenant-Governor|Mayor|Senator|President|Prime\s+Minister|"
    # a priest's ("Father José Reyes Vega")
    r"Father|Fr|Padre|Reverend|Rev|"
    r"(?:SS-)?[^\W\d_]*f(?:ü|ue|u)hrer"
)
# Words that make a compound rank only before (or, "First Class", after) a rank word.
_RANK_MODIFIERS = (
    r"Staff|Master|First|Second|Third|1st|2nd|3rd|Lance|Chief|Warrant|Petty|Field|Command|"
    r"Senior|Junior|Vice|Rear|Flight|Wing|Squadron|Group|Sub|Mounted|Police|Deputy|"
    r"Detective|District|County|Head|Surgeon"
)
_RANK_RE = re.compile(
    # "Brigadier-General Reginald Dyer": ranks joined by a hyphen too
    # "Trinity County sheriff William H. Dixon": the county the office is of
    r"^(?:(?-i:[A-Z])[\w'’-]+\s+(?=(?:County|District|Parish)\s))?"
    rf"(?:(?:(?:{_RANK_MODIFIERS})\.?(?:\s+|-(?=\w)))*(?:{_RANK_WORDS})\.?"
    r"(?:\s+(?:First|1st)\s+Class)?(?:\s+|-(?=\w+\.?\s)))+"
    r"(?!(?:of|the|and|for)\b)"  # "Governor of Chaco" is an office, not a rank and a name
    # "Sultan bey Sultanov": a given name before an honorific, not a title
    r"(?!(?-i:bey|pasha|pasa|aga|agha|effendi)\b)"
    # "General Security Service", "General Staff": an institution, not a rank and a name
    r"(?!(?:security|staff|intelligence|directorate|command|service|headquarters|"
    r"administration|assembly|council|committee|union|federation|confederation)\b)",
    re.I,
)
_TITLE_WORDS = frozenset(
    [
        "general",
        "colonel",
        "commander",
        "leader",
        "officer",
        "chief",
        "minister",
        "president",
        "former",
        "head",
        "sergeant",
        "lieutenant",
        "captain",
        "major",
        "director",
        "deputy",
        "governor",
        "brigadier",
        "admiral",
    ]
)
_EDGE_PUNCT = " \t,;:.-–—*•·|/\\'\"“”‘’«»()[]{}"
_EDGE_MARKS = " \t,;:.-–—*•·|/\\†‡"  # edge punctuation that is not a quote (quotes mark nicknames)
# How a bracket names who alleges an actor: "(concluded by UN investigations)", "(per SOHR)",
# "(as reported by HRW)", "(regime claim)", "(Serbian sources)" -> the bare claimant. "as"
# and a verb may come before "by", "per" or "according to", or not; "sources" is dropped.
_ALLEGE_VERBS = (
    *claimants.REPORTING_VERBS,
    *("concluded", "alleged", "found", "determined", "blamed", "accused", "stated", "said"),
    "established",
)
_ALLEGE_WORDS = (
    *claimants.CLAIM_WORDS,
    *("claimed", "sources?", "says", "said", "allegations?", "accusations?", "version"),
    *("accounts?", "testimony", "suspicions?", "assessments?"),
)
ALLEGATION = claimants.Phrasing(
    prefix=claimants.prefix_re(
        claimants.lead_pattern(
            _ALLEGE_VERBS, leads=(), after_verb=("by", *claimants.LEADS), verb_optional=True
        )
    ),
    suffix=claimants.suffix_re(_ALLEGE_WORDS),
    edge=_EDGE_PUNCT,
)


def _hedge(text: str) -> str | None:
    if _DISPUTED_RE.search(text):
        return "disputed"
    if _SUSPECTED_RE.search(text):
        return "suspected"
    return None


# "(sanctioned by the United States)", "(convicted by a Dutch court)": what others did to the
# actor. The one after "by" is neither an actor of the event nor its accuser.
# what was done to the attacker ("(shot dead by Italian police …)"): his fate, not who says so
_FATE_WORDS = (
    r"arrested|detained|killed|captured|shot|shot\s+dead|gunned\s+down|hanged|lynched"
    r"|apprehended|caught|overpowered|subdued"
)
_FATE_RE = re.compile(rf"^\W*(?:{_FATE_WORDS})\s+by\b", re.I)
# what a court or prison did to them: "Evan Pederick was tried, convicted and sentenced"
_TRIAL_WORDS = (
    r"(?:tried|convicted|sentenced|acquitted|jailed|imprisoned|executed|hanged|arrested"
    r"|charged|indicted|found\s+guilty|prosecuted|(?:brought|put)\s+(?:to|on)\s+trial)"
)
_ACTED_ON_RE = re.compile(
    rf"^\W*(?:{_TRIAL_WORDS}|extradited|pardoned|sanctioned|designated|listed|wanted"
    rf"|{_FATE_WORDS}|disputed|denied|rejected|contested|challenged|deputi[sz]ed)\s+by\b",
    re.I,
)


# "one unit of the 11th Infantry Division", "elements of the 3rd Brigade": the unit named
_SHARE_OF_UNIT_RE = re.compile(
    r"^\s*(?:(?:one|a|an|two|three|several|some)\s+)?(?:units?|elements?|detachments?|"
    r"companies|company|battalions?|platoons?|squads?|sections?)\s+of\s+(?:the\s+)?"
    r"(?=\d+(?:st|nd|rd|th)\s)",
    re.I,
)
# "(claimed Kabul)", "(claimed the police station attack)": each claimed a part of the event
_CLAIMED_SITE_RE = re.compile(
    r"\(\s*claim(?:ed|s)?\s+(?:(?!responsibility\b|via\b|by\b)(?-i:[A-Z])"
    r"|the\s+(?:[\w-]+\s+){1,3}(?:attack|bombing|blast|explosion|shooting|raid|assault)s?\b)",
    re.I,
)
# an account only some give: "(according to some local accounts)", "(per some sources)"
_SOME_ACCOUNTS_RE = re.compile(
    r"^\W*(?:according\s+to|per|in|by)\s+(?:some|several|a\s+few|other)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:accounts|sources|reports|witnesses|historians|versions)\b",
    re.I,
)
_CLAUSE_SPLIT_RE = re.compile(r";|,\s*(?=(?:denied|rejected|disputed|contested)\b)", re.I)
_DISPUTE_WORD_RE = re.compile(r"^\W*(?:disputed|denied|rejected|contested|challenged)\b", re.I)


# A country's armed service named in English: after a state actor, a gloss of its name.
_NATIONAL_FORCE_RE = re.compile(
    r"^(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:Army|Armed\s+Forces|Military|Navy|Air\s+Force)$", re.I
)

# "Lebanese Forces (Phalangists)": one word for the movement's members glosses a named actor
# (its popular name); it names the actor only after an unnamed one ("gunmen (Phalangists)").
_MEMBERS_GLOSS_RE = re.compile(r"^(?-i:[A-Z])[\w'’-]*(?:ists|ites)$")
# A person's name: two to four capitalised words ("Ahmed Jabara", "Baruch Goldstein")
_PERSON_RE = re.compile(r"(?:(?:al-|el-|bin |ibn |de |van |von )?[A-Z][\w'’.-]+ ?){2,4}")
# capitalised words after the first ("One Palestinian assailant"): a nationality, not a name
_LATER_CAPITALS_RE = re.compile(r"(?<=\s)(?-i:[A-Z])[\w'’-]*\s*")


# "(in U.S. custody since 2022)", "(at large)", "(died 1999)": what became of the actor
_CIRCUMSTANCE_RE = re.compile(
    r"^\W*(?:in\s+(?:[\w.'’-]+\s+){0,3}custody|since|until|at\s+large|on\s+the\s+run|"
    # "(who was then a judge)", "(then Tehran Prosecutor)": the person's office at the time
    r"deceased|died|later|formerly|then|who\s+(?:was|were|is|had\s+been)|at\s+the\s+time)\b",
    re.I,
)


def _parent_of_force(body: str, found: Sequence[_Named]) -> bool:
    """Is a bracket after an armed force ("Ethiopian Air Force (Derg)") only the state it
    served: known actors that are no force or unit themselves?"""
    if not found or not _SERVICE_HEADS.intersection(w.lower() for w in _words(body)):
        return False
    return all(
        n.type == "state"
        and not _is_unit_name(n.actor)
        and not _SERVICE_HEADS.intersection(w.lower() for w in _words(n.actor))
        and not _FORCE_MEMBER_RE.search(n.actor)
        for n in found
    )


def _is_state(text: str) -> bool:
    found = lookup(_drop_hedges(text))
    return found is not None and found.type == "state"


_OR_RE = re.compile(r"\bor\b", re.I)
_GLUE = frozenset(["and", "of", "the", "&", "from", "in", "or", "either"])


def _describes(text: str, found: Sequence[_Named]) -> bool:
    """Does a bracket describe the actor before it, an actor's name among common words
    ("Guatemalan Army special forces", "paramilitary unit from Serbia")?"""
    named = {w.lower() for n in found for w in _words(n.actor)}
    actors = {n.actor for n in found}
    # the words the actor was found by count as its name ("SD" for the Sicherheitsdienst)
    named |= {w.lower() for w in _words(text) if (a := lookup(w)) and a.name in actors}
    extra = [w for w in _words(text) if w.lower() not in named and w.lower() not in _GLUE]
    return bool(extra) and all(w.islower() for w in extra)


def _accusation(inner: str) -> str | None:
    """'(accused)', '(accused by Argentine prosecutors)': a bracket that only accuses is a
    suspicion (in a sentence, "X accused Y of ..." is a claim of its own)."""
    return "suspected" if re.match(r"^\W*accused\b(?:\s+by\b|\W*$)", inner, re.I) else None


def _drop_hedges(text: str) -> str:
    text = _DISPUTED_RE.sub(" ", text)
    text = _SUSPECTED_RE.sub(" ", text)
    text = re.sub(r"^\s*(?:by|of|from|to be)\s+", " ", text, flags=re.I)
    return " ".join(text.split())


_VAGUE_NOUNS = (
    r"(?:groups?|rebels?|factions?|militants?|fighters?|gunmen|forces?|militias?|men|warriors?|"
    r"elements?|insurgents?|jihadists?|units?|organi[sz]ations?|brigades?|battalions?)"
)
# "other rebel groups", "other Palestinian militant groups", "various armed factions": no one
# in particular. After other/various/several any few adjectives or demonyms may come; after
# the other words ("allied Arab militias" is an ally's name of sorts) only plain adjectives.
_VAGUE_GROUP_RE = re.compile(
    rf"(?:other|various|several)(?: [a-z]+){{0,4}} {_VAGUE_NOUNS}"
    r"|(?:some|many|allied|unidentified|unnamed|local|smaller|more)"
    r"(?: (?:armed|rebel|islamist|jihadist|militant|opposition|insurgent|affiliated|allied))*"
    rf" {_VAGUE_NOUNS}"
)


# A conjunct that names no one ("and accomplices", "and others", "his associates", "and about
# 100 gunmen"): people with the actor, not another actor. Without a count only words for
# helpers qualify; with a count ("about 100", "dozens of") any plain word for people does.
_HELPER_NOUNS = frozenset(
    [
        "accomplice",
        "accomplices",
        "associate",
        "associates",
        "follower",
        "followers",
        "others",
        "henchmen",
        "conspirators",
        "co-conspirators",
        "helpers",
        "collaborators",
        "supporters",
        "loyalists",
        "members",
        "allies",
        "sympathisers",
        "sympathizers",
        "gunmen",
        "bodyguards",
        "relatives",
        "sons",
        "brothers",
        "party",
        "posse",
        # "Salvatore Giuliano and his gang": his band, no name of its own
        "gang",
        "band",
        "men",
        "comrades",
        "companions",
        "subordinates",
        # "Indian National Congress politicians and workers"
        "politicians",
        "workers",
        "leaders",
        "activists",
        # "Assailant: Suicide bomber", "a lone gunman": the attacker, unnamed
        "lone",
        "suicide",
        "bomber",
        "bombers",
        "gunman",
        "shooter",
        "attacker",
        "assailant",
    ]
)
_COUNTED_NOUNS = _HELPER_NOUNS | frozenset(
    [
        "people",
        "persons",
        "individuals",
        "fighters",
        "militants",
        "militiamen",
        "soldiers",
        "troops",
        "policemen",
        "officers",
        "attackers",
        "assailants",
        "perpetrators",
        "insurgents",
        "rebels",
        "guards",
        "youths",
        "villagers",
        "civilians",
        # "2 suicide bombers": how many attacked, not who
        "suicide",
        "bombers",
        "shooters",
        "hijackers",
        "terrorists",
        "assassins",
        "raiders",
        "kidnappers",
    ]
)
_DETERMINERS = frozenset(["a", "an", "one", "the", "his", "her", "their", "its", "other", "of"])
_QUANTIFIERS = frozenset(
    [
        "about",
        "around",
        "approximately",
        "approx",
        "roughly",
        "some",
        "several",
        "many",
        "few",
        "numerous",
        "nearly",
        "almost",
        "over",
        "more",
        "than",
        "at",
        "least",
        "up",
        "to",
        "c",
        "ca",
        "est",
        "estimated",
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "scores",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
    ]
)


# "United States-backed Guatemalan military governments": the backer did not act
_BACKED_PREFIX_RE = re.compile(
    r"^\s*(?:[\w.'’]+\s+){0,3}[\w.'’]+-(?:backed|supported|sponsored|funded|armed|trained)\s+"
    r"(?=\S)",
    re.I,
)
_AND_OTHERS_RE = re.compile(r"\s+(?:and|&)\s+(?:\d+|\w+)\s+others?$", re.I)
_UNNAMED_OTHERS_RE = re.compile(
    r"\s+(?:and|&)\s+(?:(?:several|some|other|two|three|\d+)\s+)?(?:unidentified|unknown"
    r"|unnamed)\s+(?:accomplices?|associates?|others|men|gunmen|assailants|attackers|persons)\s*$",
    re.I,
)


def _unnamed_attacker(text: str) -> bool:
    """'One Palestinian assailant': people described, a nationality at most, but no name."""
    return _names_no_one(_LATER_CAPITALS_RE.sub("", text))


# "accidental fire (per Banerjee Committee)": a cause a source gives instead of an actor
_ACCIDENT_RE = re.compile(
    r"^\s*(?:an?\s+)?(?:accident|(?:accidental|electrical|spontaneous)"
    r"\s+(?:fire|explosion|blast|combustion|short[- ]circuit))\s*$",
    re.I,
)


def _names_no_one(text: str) -> bool:
    """'accomplices', 'his associates', 'about 100 gunmen': people, but no actor's name."""
    if _ACCIDENT_RE.match(text):
        return True
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", _ascii(text))
    if not words or any(w[:1].isupper() and i > 0 for i, w in enumerate(words)):
        return False
    if words[0].isupper() and len(words[0]) > 1:  # an acronym
        return False
    counted = other = False
    rest = [w.lower() for w in words]
    numbers = _number_words()
    while rest and (
        rest[0] in _DETERMINERS
        or rest[0] in _QUANTIFIERS
        or rest[0].isdigit()
        or rest[0] in numbers
    ):
        counted = counted or rest[0] in _QUANTIFIERS or rest[0].isdigit() or rest[0] in numbers
        other = other or rest[0] == "other"
        rest = rest[1:]
    if counted and other:
        return bool(rest)  # "and about fifteen other settlers", "three other cattlemen"
    nouns = _COUNTED_NOUNS if counted else _HELPER_NOUNS
    return bool(rest) and all(w in nouns for w in rest)


@cache
def _number_words() -> frozenset[str]:
    """Single number words of the lexicon ("three", "fifteen")."""
    return frozenset(phrase for phrase in _number_phrases() if " " not in phrase)


# Words after an unknown name that say who belongs to it, not who it is: "Indian National
# Congress loyalists and supporters", "Mohegan allies", "Samri youth group". (A force noun
# stays: "Arab militias" is a name of sorts, "Arab" alone is not.)
# a named group and what kind of group it is, in lower case: "Los Masetos paramilitaries",
# "Héroes de Tolová Bloc paramilitaries" (never "Bosnian Serb paramilitaries", a description)
_NAMED_KIND_TAIL_RE = re.compile(
    r"^(?P<name>(?:Los|Las|El|La|The)\s+\S.*?|.*\s(?:Bloc|Front|Brigade|Battalion|Group|Commando))"
    r"\s+(?:paramilitaries|guerrillas|militiamen)$"
)
_MEMBER_TAIL_RE = re.compile(
    r"(?:\s+(?:and|&)\s+|\s+)(?:loyalists?|supporters?|members?|allies|ally|sympathi[sz]ers?"
    # "Samri youth group" (but "Somali Youth League" is a name)
    r"|followers?|adherents?|factions?|(?-i:youth\s+(?:groups?|wings?|leagues?|movement))"
    # "Indian National Congress politicians and workers"
    r"|politicians|leaders|activists|cadres"
    # "Ninja Nsiloulou ex-militiamen": who they were
    r"|ex-\w+|former\s+(?:militiamen|fighters|rebels|combatants|members)"
    # "Los Masetos paramilitary group": what kind of group it is, in lower case
    r"|(?-i:(?:paramilitary|guerrilla|armed|militant|rebel|terrorist)\s+(?:group|band)))$",
    re.I,
)
# "allied Arab militias", "affiliated ... ": the link to the actor before, not a name.
# "other Native American warriors allied with France": the ally named is no perpetrator
# "Local Islamic militants with purported links to Jemaah Islamiyah": a link is no actor
_ALLIED_TAIL_RE = re.compile(
    # "Pablo Lopez and aligned with Pancho Villa"
    r"(?:,?\s+and)?\s+(?:(?:allied|aligned)\s+(?:with|to)"
    r"|with\s+(?:\w+\s+)?(?:links|ties|connections)\s+(?:to|with)"
    # 'Members of the Provisional IRA using the covername "South Armagh Republican Action
    # Force"': the name they hid behind is the same group
    r"|(?:using|under)\s+(?:the\s+|a\s+)?(?:cover[\s-]?name|name|alias|pseudonym))\s+[^;]*$",
    re.I,
)
_LOYAL_TO_RE = re.compile(
    rf"^(?:{_MEN_WORDS}|militias?|militiamen|units|gunmen)\s+loyal\s+to\s+(?:the\s+)?(?=\S)",
    re.I,
)
_LOYAL_TAIL_RE = re.compile(r"\s+(?:who\s+(?:were|was|remained)\s+)?loyal\s+to\s+.*$", re.I)
_MEMBERS_OF_RE = re.compile(
    # "Indian Army soldiers of the Indian Peace Keeping Force": the force they served in;
    # "Members of Ngāti Tama and Ngāti Mutunga": the groups themselves
    r"^(?:(?:former\s+|ex-)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}"
    r"(?-i:officers|members|men|crew|crewmen|soldiers|troops|"
    r"fighters|agents|personnel|elements|units|factions|partisans|guerrillas|militiamen)"
    r"|(?-i:Members|Elements|Fighters|Partisans))"
    r"\s+of\s+(?:the\s+)?(?=\S)",
    re.I,
)
_DANGLING_LINK_RE = re.compile(
    r"\s+(?:led|commanded|ordered|directed|headed|organi[sz]ed)\s+by\s*[.,;:]?\s*$", re.I
)
_ALIAS_TAIL_RE = re.compile(rf"\s+(?:{_ALIAS_WORDS}|called)\b.*$", re.I)
_INNER_NICKNAME_RE = re.compile(r"(?<=\w)\s+[\"“«][^\"“”«»]{1,40}[\"”»]\s+(?=[A-Z])")
# a craft's designation or call sign, or a perpetrator's age ("Rafael Solich, aged 15")
_NO_ACTOR_RE = re.compile(rf"^(?:{DESIGNATION}|call\s*sign\b.*|aged?\s+\d{{1,3}})$", re.I)
# "assigned to 4th Special Operations Squadron": the unit the part names
_ASSIGNED_TO_RE = re.compile(
    r"^(?:assigned|attached|belonging|seconded|subordinated?)\s+to\s+(?:the\s+)?(?=\S)", re.I
)
_UNKNOWN_MEMBERS_RE = re.compile(
    r"^(?:unknown|unidentified|unnamed|other)\s+(?:members|men|gunmen|militants|fighters|operatives)"
    r"\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]))",
    re.I,
)
_WITHIN_RE = re.compile(r"(?<=\w)\s+(?:within|inside)\s+(?:the\s+)?(?-i:[A-Z]).*$")
_FROM_RE = re.compile(
    r"\s+from\s+(?:the\s+)?(?=[A-Z]|(?:neighbou?ring|nearby|surrounding|adjacent)\s)"
)


_POST_RE = re.compile(
    r"\b(?:garrison|fort|barracks|camp|base|post|regiment|battalion|brigade|company|division"
    r"|unit|corps|army|police|militia|station)\b",
    re.IGNORECASE,
)


def _drop_origin(text: str) -> str:
    """'Ethnic Poles from Jedwabne and surrounding villages', 'Fulani bandits from Kaduna
    State', 'Muslim mobs from neighbouring villages': a people, then where they came from
    (never a unit chain: 'Killer team from Company B, 1st Battalion')."""
    match = _FROM_RE.search(text)
    if match is None:
        return text
    head, tail = text[: match.start()], text[match.end() :]
    words = head.split()
    last = words[-1] if words else ""
    people = last[:1].isupper() or (
        # "Scottish soldiers from the Carrickfergus garrison": the post names their unit
        len(words) > 1 and words[0][:1].isupper() and last.islower() and not _POST_RE.search(tail)
    )
    if people and last.endswith("s") and not _UNIT_NEXT_RE.match(tail):
        return head
    return text


_STAFF_TAIL_RE = re.compile(
    r"\s+(?-i:officers|agents|personnel|policemen|officials|soldiers|troops|troopers|servicemen"
    r"|(?:border\s+)?guards)$"
)
_ALLIED_PREFIX_RE = re.compile(
    r"^(?:allied|affiliated|associated|aligned|(?-i:with))\s+(?=\S)"
    # "armed Rakhine vigilantes": how a named group came is not its name ("armed men" stays)
    r"|^(?-i:armed|masked|unidentified)\s+(?=(?-i:[A-Z]))",
    re.I,
)


# A count before a name is not part of it: "Eight Uyghur separatists", "2 gunmen", "Twenty-two
# soldiers", "dozens of settlers". The words come from the number lexicon
# (reference/number_words.csv). Only before a plural, so "17 November" keeps its number.
_PLURAL_ENDINGS = ("s", "men", "people", "police", "personnel", "militia", "youth")


@cache
def _number_phrases() -> frozenset[str]:
    """The number lexicon's phrases, folded ("twenty-five", "a dozen", "three")."""
    return frozenset(
        " ".join(row.get("phrase", "").split()).lower()
        for row in reference.rows("number_words")
        if (row.get("phrase") or "").strip()
    )


@cache
def _count_re() -> re.Pattern[str]:
    phrases = sorted(_number_phrases(), key=len, reverse=True)
    number = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) or "(?!)"
    return re.compile(
        # "12", "10–12", "some 40", "twenty-five"
        r"^(?:(?:c\.|ca\.|circa|about|around|approximately|approx\.|over|more\s+than"
        r"|at\s+least|up\s+to|nearly|almost)\s*(?=\d))?"
        rf"(?:\d[\d,.]*\+?(?:\s*[–-]\s*\d[\d,.]*\+?)?|(?:{number})(?:[\s-]+(?:{number}))*)"
        r"(?:\s+of)?\s+(?=\S)",
        re.I,
    )


def _drop_count(text: str) -> str:
    """'Eight Uyghur separatists' -> 'Uyghur separatists'; unchanged unless a plural follows."""
    rest = _count_re().sub("", text, count=1)
    if rest == text:
        return text
    words = _words(rest)
    last = words[-1].lower() if words else ""
    if re.match(r"^\s*(?:members|men|fighters|soldiers|troops|officers)\s+of\b", rest, re.I):
        return rest  # "c. 100 members of the Ampatuan private militia"
    if not last.endswith(_PLURAL_ENDINGS) or last.endswith("ss"):
        return text
    return rest


# A unit's name: "Paratroopers Brigade", "3rd Armoured Division", "Jokers Unit".
_UNIT_WORDS = (
    r"Brigade|Battalion|Regiment|Division|Unit|Corps|Company|Squadron|Platoon|Detachment|Legion"
)
# "from Company B, 1st Battalion": a unit chain follows, not a place of origin
_UNIT_NEXT_RE = re.compile(rf"^\S*\s+(?:{_UNIT_WORDS})\b")
_UNIT_NAME_RE = re.compile(
    r"^(?-i:[A-Z0-9])\S*(?:\s+\S+)*\s+"
    rf"(?-i:{_UNIT_WORDS}|Companies|Infantry|Cavalry|Artillery|Rifles|Fusiliers|Dragoons"
    r"|Hussars|Lancers|Volunteers)s?$"
)
# A numbered unit: "4th SS Polizei Panzergrenadier Division", "Schutzmannschaft Battalion
# 118": the unit itself, not the organisation a word of its name belongs to.
_NUMBERED_UNIT_RE = re.compile(
    rf"^(?:\d+(?:st|nd|rd|th)?\s(?:\S+\s+)*(?-i:{_UNIT_WORDS}|\w*[Kk]ommando)s?"
    # "4th SS Panzergrenadier Regiment Der Führer": the unit's honour name after it
    r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"
    r"|(?-i:[A-Z])\w*kommando\s+\d+[a-z]?"  # "Einsatzkommando 9", "Sonderkommando 11b"
    rf"|(?-i:[A-Z])\S*(?:\s+\S+)*\s(?-i:{_UNIT_WORDS}|\w*[Kk]ommando)"
    r"\s+(?:No\.\s*)?\d+[a-z]?)$"
)


_SS_NAMED_UNIT_RE = re.compile(r"^(?-i:SS)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?$")
_POSSESSIVE_RE = re.compile(r"^(?P<owner>[^,;()]+?)['’]s\s+(?P<unit>\S.*)$")
# an acronym joined to a capitalised word: "SS-Wachsturmbann Eimann" (not "ISIS-K")
_PREFIXED_UNIT_RE = re.compile(r"^(?-i:[A-Z]{2,5})-(?-i:[A-Z])[^\W\d_]{3,}")
# A quoted nickname after a name is not part of it ('2nd Marine Brigade "Blue Dragon"', '4th SS
# Police Regiment "Galizien"'); one after "the" or "and" is the name itself ('the "Secret Nine"').
_QUOTED_TAIL_RE = re.compile(
    r"(?<=\w)(?<!\bthe)(?<!\band)(?<!\bor)(?<!\bof)(?<!\bfrom)(?<!\bby)"
    r"\s+[\"“«'‘][^\"“”«»'’]+[\"”»'’]\s*$",
    re.IGNORECASE,
)


def _is_unit_name(name: str) -> bool:
    return bool(_UNIT_NAME_RE.match(name.strip()))


# A numbered formation of any kind: "4th Army Area", "5th Front"
_ORDINAL_NAME_RE = re.compile(r"^\d+(?:st|nd|rd|th)\s+(?-i:[A-Z])\w*(?:\s+\S+)*$")


def _has_proper_word(text: str, first: bool = True) -> bool:
    """Is a word capitalised as a name is? `first=False`: the first word does not count (a
    value starts with a capital whatever it names)."""
    words = _words(text) if first else _words(text)[1:]
    return any(w[:1].isupper() and w.lower() not in _STOPWORDS for w in words)


# "Vast majority Sinhalese mobs, also Tamil mobs", "mainly Bodu Bala Sena": how large a share
# of the deed, or that one more did it, is no part of the name
_SHARE_PREFIX_RE = re.compile(
    r"^(?:(?:the\s+)?(?:vast|great)\s+majority(?:\s+of)?|(?:the\s+)?majority\s+of"
    rf"|{EMPHASIS_ADVERBS}|predominantly|principally|in\s+particular|also|as\s+well\s+as)"
    r"\s+(?=\S)",
    re.I,
)


# a name quoted after lower-case words that say what it is: the quoted name is the group's
_DESCRIBED_QUOTE_RE = re.compile(
    r"^\s*(?:(?!(?:call|code|nick|known|alias|named|called)\b)(?-i:[a-z])[\w-]*\s+){1,4}"
    r"[\"“«]((?-i:[A-Z])[^\"“”«»]+)[\"”»]\s*$"
)


# words before a proper name that only describe it: a people ("Muslim Zenata Berber tribe of
# Banu Ifran"), a part taken ("participation of the Bielski partisans"), one of several ("other
# KCIA agents", "six other Covenanters")
_DESCRIBED_NAME_RE = re.compile(
    r"^(?:(?:[\w'’-]+\s+){1,4}(?-i:tribe|clan|confederation)\s+of\s+(?:the\s+)?"
    r"|(?:alleged\s+)?(?:participation|involvement|complicity)\s+of\s+(?:the\s+)?"
    r"|other\s+(?=(?-i:[A-Z]{2,})\b|(?-i:[A-Z])[\w'’-]+$))"
    r"(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _clean_name(text: str) -> str:
    """Unknown actor passed through: no brackets, quotes, "the", ranks or edge punctuation."""
    described = _DESCRIBED_QUOTE_RE.match(text)
    if described:
        text = described.group(1)  # 'white paramilitary "Peace and Order Committee"'
    text = _QUOTED_TAIL_RE.sub("", text) or text
    text = _INNER_NICKNAME_RE.sub(" ", text)  # 'Serge "Ti Junior" Alectis'
    text = _ALIAS_TAIL_RE.sub("", text) or text  # 'Nzapawouyome Bernard alias "Sossengué"'
    text = _DANGLING_LINK_RE.sub("", text) or text  # "Fascist squads led by": no one named
    text = re.sub(r"[()\[\]{}\"“”«»*•]", " ", text)
    text = " ".join(text.split()).strip(_EDGE_PUNCT)
    for _ in range(3):
        before = text
        # "An Jung-geun": a Korean surname before a hyphenated given name, no article
        text = re.sub(r"^(?:the|a|an(?!\s+(?-i:[A-Z])[a-z]+-[a-z]+$))\s+", "", text, flags=re.I)
        text = _DESCRIBED_NAME_RE.sub("", text)
        text = _SHARE_PREFIX_RE.sub("", text)
        text = _drop_count(text)
        text = _RANK_RE.sub("", text)
        text = text.strip(_EDGE_PUNCT)
        if text == before:
            break
    words = [w.lower() for w in _words(text)]
    if not words or all(w in _STOPWORDS for w in words) or not re.search(r"[^\W\d_]", text):
        return ""
    if _VAGUE_GROUP_RE.fullmatch(" ".join(words)):  # "other rebel groups" names no one
        return ""
    # "various death squads": the kind of group is the name
    text = re.sub(r"^(?:various|several|numerous|multiple)\s+(?=\S+\s+\S)", "", text)
    if _NO_ACTOR_RE.match(text):
        return ""  # "AC-130U", 'call sign "Hammer"': the craft, not who flew it
    text = _ASSIGNED_TO_RE.sub("", text)
    text = _ALLIED_PREFIX_RE.sub("", text)
    members = _MEMBERS_OF_RE.sub("", text)
    if members != text and _has_proper_word(members):
        text = members  # "officers of U-852": the crew's boat is the actor
    loyal = _LOYAL_TO_RE.sub("", text)
    if loyal != text and _has_proper_word(loyal):
        text = loyal  # "forces loyal to Gholamreza Hassani": the man they followed
    text = _NAMED_KIND_TAIL_RE.sub(r"\g<name>", text)  # "Los Masetos paramilitaries"
    origin = _drop_origin(text)
    if origin != text and _has_proper_word(origin):
        text = origin  # "Ethnic Poles from Jedwabne and surrounding villages"
    staff = _STAFF_TAIL_RE.sub("", text)
    last = staff.split()[-1] if staff.split() else ""
    if (
        staff != text
        # "ÁVH border guards": an acronym alone is a name ("Polish soldiers": "Polish" is not)
        and (len(_words(staff)) > 1 or (len(staff.strip()) > 1 and staff.strip().isupper()))
        and _has_proper_word(staff)
        # "Hungarian occupation troops": a lower-case word left that names no service
        and (not last.islower() or last in _SERVICE_HEADS)
    ):
        text = staff  # "Haitian National Police officers": the force they serve in
    for _ in range(3):
        stripped = _MEMBER_TAIL_RE.sub("", text).strip(_EDGE_PUNCT)
        if stripped == text or not _has_proper_word(stripped, first=len(_words(stripped)) == 1):
            break  # "White posse members": a name in lower case keeps its "members"
        text = stripped
    words = [w.lower() for w in _words(text)]
    if _VAGUE_GROUP_RE.fullmatch(" ".join(words)):
        return ""
    head = text.split()
    if (
        len(head) > 1
        and _ACRONYMS_RE.match(head[0])
        and all(w.lower() in _GENERIC_TAIL for w in _words(" ".join(head[1:])))
    ):
        return head[0]  # "ORDEN paramilitaries": the organisation its members belong to
    # A sentence is not a name: it stays in perpetrators_raw, not in the actor list.
    return text if len(words) <= MAX_NAME_WORDS and len(text) <= 120 else ""


def _alleger(inner: str) -> str | None:
    """The claimant a bracket names ("regime claim" -> "regime"), or None when it names none."""
    if _CIRCUMSTANCE_RE.match(inner) or _FATE_RE.match(inner):
        return None  # "(then Tehran Prosecutor)": the office the actor held, not a source
    by = _HEDGED_BY_RE.match(inner)  # "accused by Argentine prosecutors": hedge and alleger
    text = by.group(1) if by else _drop_hedges(inner)
    if by and _has_proper_word(text):
        return claimants.strip_attribution(text, ALLEGATION)
    if not text or _SELF_CLAIM_RE.match(text) or _is_unit_name(text):
        return None  # "(8th Security Police Battalion)": a unit, whatever words it holds
    if not (_ALLEGER_RE.search(text) or _KNOWN_CLAIMANT_RE.match(text)):
        return None
    if _SIDE_TAKEN_RE.search(text):
        return None  # "Jash (pro-government Kurdish militia)": whose side, not who says so
    return claimants.strip_attribution(text, ALLEGATION)


_SIDE_TAKEN_RE = re.compile(r"\b(?:pro|anti)-\w", re.I)
# a bracket naming who led the force: the links that split a part outside brackets
_LED_BY_RE = re.compile(rf"^\W*{_COMMAND_LINK}\s+(?:the\s+)?(?P<who>(?-i:[A-Z]).*)$", re.I)


# ---------------------------------------------------------------------------------------------
# Resolving one part


@dataclass(frozen=True)
class _Named:
    actor: str
    raw: str
    type: str
    in_dictionary: bool


def _named(actor: Actor, raw: str) -> _Named:
    return _Named(actor.name, raw, actor.type, True)


_FROM_PLACE_RE = re.compile(
    r"(?-i:[a-z])\w*\s+from\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?$"
)
# a people of a place ("Ainu of Kunashir"); never a state, ruler or force of it (titles of
# nobility are _TITLE_OF_RE's)
_OF_PLACE_RE = re.compile(
    r"^(?!(?:Kingdom|Duchy|Republic|Principality|Government|Army|Navy|Forces|King|Queen"
    r"|Emperor|Empress|Empire|Sultanate|County|Bishopric|Council|Emirate|Khanate|Caliph"
    r"|Caliphate|Shah|Tsar|Czar|Electorate|Governor|Mayor|President|Ministry|Minister|State"
    r"|Province|City|Church|Order|Knights|House|Bank|Port|Siege|Battle)\b)"
    # "Red Guards of Tampere and Turku": a head of two words too
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+of\s+(?-i:[A-Z])[\w'’-]*$"
)


# a body named for an ideal, whose name may go on with "and" and a second one
_BODY_OF_IDEAL_RE = re.compile(
    r"(?:the\s+)?(?:Government|Council|Front|Party|Movement|Union|Alliance|Coalition|League"
    r"|Congress|Forces?|Army)\s+(?:of|for)\s+(?:the\s+)?(?:National\s+)?(?-i:[A-Z])[\w'’-]+",
    re.IGNORECASE,
)


_NUMBERED_HEAD_RE = re.compile(r"^\s*\d+(?:st|nd|rd|th)\s+(?-i:[A-Z])[\w-]*$")
_UNIT_TAIL_RE = re.compile(rf"^(?-i:[A-Z])[\w-]*\s+(?:{_UNIT_WORDS})\b", re.I)


def _and_pieces(body: str) -> list[str]:
    """Split on " and " / " & " except inside a dictionary name ("Islamic State of Iraq and
    the Levant"). A leading "and" is the Oxford comma's ("X, Y, and Z")."""
    body = re.sub(r"^\s*(?:and|&)\s+", "", body, flags=re.I)
    province = _IS_PROVINCE_RE.match(body)
    if province and re.search(r"\s(?:and|&)\s", body[: province.end()], re.I):
        # "Islamic State of Iraq and the Levant – Sinai Province": one name
        short = "Islamic State – "
        pieces = _and_pieces(short + body[province.end() :])
        return [body[: province.end()] + pieces[0][len(short) :], *pieces[1:]]
    pieces = re.split(r"\s+(?:and|&)\s+", body, flags=re.I)
    if len(pieces) == 1:
        return pieces
    seps = re.findall(r"\s+(and|&)\s+", body, flags=re.I)
    matches = _scan_words(_words(body))
    merged = [pieces[0]]
    tokens = len(_words(pieces[0]))
    for sep, piece in zip(seps, pieces[1:], strict=False):
        is_word = sep.lower() == "and"
        boundary = tokens  # token index of "and", or the gap before the next piece for "&"
        protected = any(
            (m.start <= boundary < m.end) if is_word else (m.start < boundary < m.end)
            for m in matches
        )
        tokens += (1 if is_word else 0) + len(_words(piece))
        # "mob from Bijelo Polje and Kolašin": places of origin, one group
        origins = bool(_FROM_PLACE_RE.search(merged[-1])) and len(_words(piece)) <= 2
        # "Ainu of Kunashir and Menashi": a second place of the same people
        origins = origins or (
            bool(_OF_PLACE_RE.search(merged[-1]))
            and not _TITLE_OF_RE.match(merged[-1])
            and len(_words(piece)) == 1
            and piece.strip()[:1].isupper()
            and lookup(piece) is None
        )
        # "16th SS and Police Regiment": one numbered unit
        unit = bool(_NUMBERED_HEAD_RE.match(merged[-1])) and bool(_UNIT_TAIL_RE.match(piece))
        origins = origins or unit
        # 'the "Peace and Order Committee"': an "and" inside quotes is the name's
        quoted = len(re.findall(r"[\"“”]", merged[-1])) % 2 == 1
        # "Government of Peace and Unity", "Front for Peace and Democracy": two ideals
        ideals = (
            bool(_BODY_OF_IDEAL_RE.fullmatch(merged[-1].strip()))
            and len(_words(piece)) == 1
            and piece.strip()[:1].isupper()
            and lookup(piece) is None
        )
        if (
            protected
            or origins
            or quoted
            or ideals
            or _one_name(merged[-1], piece)
            or _lower_conjunct(merged[-1], piece)
        ):
            merged[-1] = f"{merged[-1]} {sep} {piece}"
        else:
            merged.append(piece)
    return _share_unit_name(_share_adjective(_share_surname(merged)))


def _share_surname(pieces: list[str]) -> list[str]:
    """'Chérif and Saïd Kouachi': a bare given name before a full name takes its surname,
    when neither is a name the dictionary knows."""
    out = list(pieces)
    for index in range(len(pieces) - 1):
        left, right = _words(pieces[index]), _words(pieces[index + 1])
        if (
            len(left) == 1
            and len(right) == 2
            and all(w[:1].isupper() and not w.isupper() for w in left + right)
            and lookup(pieces[index]) is None
            and lookup(pieces[index + 1]) is None
            and not _scan_words(left + right)
        ):
            out[index] = f"{pieces[index].strip()} {pieces[index + 1].split()[-1]}"
    return out


def _share_adjective(pieces: list[str]) -> list[str]:
    """'Polish soldiers and civilians': a bare group noun after an adjective-led group takes
    the same adjective ('Polish civilians')."""
    out = list(pieces)
    for index in range(1, len(pieces)):
        right = pieces[index].strip()
        left = _words(out[index - 1])
        if (
            right.lower() in _PEOPLE_HEADS
            and right.islower()
            and len(left) == 2
            # "Railway workers and peasants": a noun before, no adjective to share
            and _ADJECTIVE_RE.fullmatch(left[0])
            and left[1].lower() in _PEOPLE_HEADS
            and left[1].islower()
        ):
            out[index] = f"{left[0]} {right}"
    return out


_ORDINAL_RE = re.compile(r"^\s*\d+(?:st|nd|rd|th)\s*$", re.I)
_PLURAL_UNITS_RE = re.compile(
    r"^\s*(?P<ordinal>\d+(?:st|nd|rd|th))\s+(?P<name>.*\b(?:Regiment|Battalion|Division|"
    r"Brigade|Compan|Arm|Squadron|Platoon|Unit|Flotilla|Group)(?P<plural>s|ies))\s*$"
)


def _share_unit_name(pieces: list[str]) -> list[str]:
    """'2nd and 4th Bavarian Infantry Regiments': bare ordinals share the plural unit name
    after the last of them, each one unit ('2nd Bavarian Infantry Regiment')."""
    out = list(pieces)
    for index, piece in enumerate(pieces):
        units = _PLURAL_UNITS_RE.match(piece)
        if units is None or index == 0 or not _ORDINAL_RE.match(pieces[index - 1]):
            continue
        name = units.group("name")
        name = name[: -len(units.group("plural"))] + ("y" if units.group("plural") == "ies" else "")
        out[index] = f"{units.group('ordinal')} {name}"
        back = index - 1
        while back >= 0 and _ORDINAL_RE.match(pieces[back]):
            out[back] = f"{pieces[back].strip()} {name}"
            back -= 1
    return out


# Capitalised head nouns of organisations whose names hold an "and": "Manchester and Salford
# Yeomanry", "Colorado Fuel and Iron Company", "Baltimore and Ohio Railroad".
_AND_NAME_HEAD_RE = re.compile(
    r"^(?:Company|Corporation|Yeomanry|Railway|Railroad|Guards?|Militia|Constabulary|Rangers"
    r"|Volunteers|Society|Association|League|Brotherhood|Club|Bank|Trust|Mines?|Works"
    # "Documentation and Security Directorate": an agency
    r"|Directorate|Agency|Service|Bureau|Department|Ministry|Office|Council|Command)$"
)


_FORCE_NOUNS = frozenset(["Gendarmerie", "Police", "Army", "Navy", "Militia", "Constabulary"])
# Head nouns of a group of people: a conjunct ending in one names a group of its own.
_PEOPLE_HEADS = frozenset(
    [
        "activists",
        "peasants",
        "villagers",
        "residents",
        "students",
        "workers",
        "settlers",
        "refugees",
        "mobs",
        "rioters",
        "vigilantes",
        "civilians",
        "farmers",
        "herders",
        "youths",
        "guards",
        "policemen",
        "deputies",
        "posses",
        "volunteers",
        "militiamen",
        "soldiers",
        "troops",
        "troopers",
        "constables",  # "John Withnell and special constables"
        "police",
    ]
)


# heads of a lower-case conjunct that is a group of its own (not _FORCE_HEADS, the services)
_CONJUNCT_HEADS = frozenset(
    ["army", "armies", "mob", "mobs", "crowd", "crowds", "garrison", "navy", "fleet", "host"]
)


def _lower_conjunct(left: str, right: str) -> bool:
    """'Polish residents of Jedwabne and surrounding villages': a lower-case conjunct that
    names no group of its own extends the unknown name before it."""
    right_words, left_words = _words(right), _words(left)
    return (
        len(right_words) >= 2
        and len(left_words) >= 2
        and all(w.islower() for w in right_words)
        and not _names_no_one(right)
        and bool(_clean_name(right))
        and right_words[-1].lower() not in _GENERIC_TAIL
        and right_words[-1].lower() not in _PEOPLE_HEADS  # "and peasant activists": a group
        # "Richard I of England and the crusader army": a force of its own
        and right_words[-1].lower() not in _CONJUNCT_HEADS
        # "American wolfers and whisky traders": people named by what they do, a group too
        # ("pro-government rural villagers in white clothing")
        and not any(w.lower().endswith(("ers", "ors", "men", "ists")) for w in right_words)
        and lookup(right) is None
        and _lookup_words(left_words) is None
        and not _scan_words(left_words)
    )


def _one_name(left: str, right: str) -> bool:
    """'Manchester and Salford Yeomanry': one or two capitalised words no actor is known by,
    then a capitalised organisation name the dictionary does not know either, are one name."""
    left_words, right_words = _words(left), _words(right)
    if left_words[:1] == ["the"]:
        left_words = left_words[1:]  # "the Documentation and Security Directorate"
    return (
        1 <= len(left_words) <= 2
        and len(right_words) >= 2
        and all(w[:1].isupper() for w in left_words)
        and right_words[0][:1].isupper()
        and not any(_AND_NAME_HEAD_RE.match(w) for w in left_words)
        # "Colorado Fuel and Iron company guards": the head may be written in lower case
        and any(_AND_NAME_HEAD_RE.match(w.capitalize()) for w in right_words)
        and _lookup_words(left_words) is None
        and not _scan_words(left_words)
        and _lookup_words(right_words) is None
        and not _scan_words(right_words)
    )


_KIN_RE = re.compile(r"^\s*(?:his|her|their)\s+(clan|family|tribe)\s*$", re.I)
_OFFICE_BEFORE_NAME_RE = re.compile(
    r"^\s*(?:(?-i:[A-Z])[\w'’-]+\s+)?(?-i:(?:rebel|local|former|imperial|provincial)\s+)?"
    r"(?-i:leader|governor|general|commander|chief|chieftain|warlord|official|minister|eunuch"
    r"|prefect|magistrate|emperor|king|prince|bandit|pirate"
    # "landowners Rémy Lucas and Nicol Poitevien": a calling written before the names
    r"|landowners?|landlords?|planters?|ranchers?|businessm[ae]n|merchants?|mayor|sheriff)\s+"
    r"(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3}\s*$)"
)
_CJK_RE = re.compile(r"\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_KIN_PREFIX_RE = re.compile(
    r"^\s*(?:his|her|their)\s+(?:wife|husband|sons?|daughters?|brothers?|sisters?|mother"
    r"|father|cousins?|nephews?|nieces?|uncles?|aunts?|brother-in-law|son-in-law|father-in-law"
    r"|accomplices?|friends?|partners?)\s+(?=(?-i:[A-Z]))",
    re.I,
)
_SUFFIXES = frozenset(["Jr", "Sr", "II", "III", "IV"])
_PERSON_OF_RE = re.compile(r"^\s*(.+?)\s+of\s+the\s+([^,;()]+)$")
# a state's proper name ("First East Turkestan Republic", "Emirate of Bukhara")
_PROPER_GROUP_RE = re.compile(
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?:of|the|and|(?-i:[A-Z])[\w'’-]+)){0,5}\s+"
    r"(?-i:Republic|Kingdom|Empire|Sultanate|Khanate|Emirate|Caliphate|Dynasty)"
    r"(?:\s+of(?:\s+(?-i:[A-Z])[\w'’-]+){1,3})?"
)
_UNIT_OF_RE = re.compile(r"^(?P<unit>.+?)\s+of\s+(?:the\s+)?(?P<parent>[^,;()]+)$")


# "British Army deserters": men who left the body named, not the body
_LEFT_BODY_RE = re.compile(r"\s(?-i:deserters|defectors|renegades)$")


# a people's or country's adjective ("Kurdish", "Iraqi", "Chechen", "Dutch")
_ADJECTIVE_RE = re.compile(r"(?-i:[A-Z])[a-z]+(?:ish|[aeiu]n|ese|i|ic|ch)")
# a unit by a proper name, no number ("Zaporozhian Brigade", "Azov Battalion")
_NAMED_BRIGADE_RE = re.compile(
    r"(?!(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)\b)"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?-i:Brigade|Battalion|Regiment|Legion)"
)


# "…, including some deputized by city officials": some of those named before, described
_INCLUDING_SOME_RE = re.compile(r"^\s*including\s+(?-i:[^A-Z\d]*)$", re.IGNORECASE)
# "local officials including prefect Laurent Bucyibaruta", "including Jean Kambanda": the
# named members of an undescribed group
_INCLUDING_RE = re.compile(
    r"^(?P<group>.*?),?\s*\bincluding\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}(?P<name>(?-i:[A-Z]).*)$",
    re.I,
)


def _resolve_piece(
    piece: str, left: str | None, right: str | None, partof: str = ""
) -> list[_Named]:
    """One actor phrase: dictionary name, name sharing a neighbour's head noun or adjective
    ("Serbian Special Anti-Terrorism [units] and Special Operations units"), names found
    inside it, a generic word of the event's war ("Rebels"), or the cleaned phrase itself."""
    piece = _KIN_PREFIX_RE.sub("", piece)  # "his wife Gulkiz Gini": the woman named
    including = _INCLUDING_RE.match(piece)
    if including and not any(w[:1].isupper() for w in _words(including["group"])):
        piece = including["name"]  # "local officials including prefect Laurent Bucyibaruta"
    named_force = _LOYAL_TAIL_RE.sub("", piece)
    # "Forces loyal to Mengistu Haile Mariam" names only the man they followed
    if named_force != piece and _has_proper_word(named_force) and not _LOYAL_TO_RE.match(piece):
        piece = named_force  # "Uganda Army soldiers loyal to Idi Amin": the army acted
    # "Ming governor Gao Mingheng", "rebel leader Li Zicheng": the man, without his office;
    # "Tian Shengong 田神功": without his name in Chinese characters
    piece = _CJK_RE.sub("", _OFFICE_BEFORE_NAME_RE.sub("", piece))
    # "Islamic State of Iraq and the Levant – Yemen Province", "ISIL's Sinai Province"
    province = _IS_PROVINCE_RE.sub("Islamic State – ", piece)
    if province != piece and (found := _lookup_words(_words(province))):
        return [_named(found, piece)]
    words = _words(piece)
    kin = _KIN_RE.match(piece)
    if kin and left is not None:
        # "Andal Ampatuan Jr. and his clan": the clan of the man before it
        names = [w for w in _words(left) if w[:1].isupper() and w.rstrip(".") not in _SUFFIXES]
        if len(names) > 1:
            return [_Named(f"{names[-1]} {kin.group(1).lower()}", piece, "non_state", False)]
    if not words or _names_no_one(piece):
        return []
    owned = _POSSESSIVE_RE.match(piece)
    if owned and _NUMBERED_UNIT_RE.match(unit := _clean_name(owned.group("unit"))):
        # "Myanmar Army's 33rd Light Infantry Division": the unit, as "… of the Myanmar Army"
        parent = _lookup_words(_words(owned.group("owner")))
        return [_Named(unit, piece, parent.type if parent else "unknown", False)]
    served = _MEMBERS_OF_RE.match(piece)
    if served and piece[:1].isupper() and (force := _lookup_words(_words(piece[served.end() :]))):
        return [_named(force, piece)]  # "Indian Army soldiers of the Indian Peace Keeping Force"
    if _LEFT_BODY_RE.search(piece) and (name := _clean_name(piece)):
        return [_Named(name, piece, "unknown", False)]  # "British Army deserters"
    found = lookup_generic(piece, partof) or _lookup_words(words)
    if found is not None:
        return [_named(found, piece)]
    head, comma, regiment = piece.partition(",")
    if comma and _SUBUNIT_RE.match(head) and _words(regiment):
        # "1st Battalion, Parachute Regiment": the battalion is the more specific actor
        parent = _lookup_words(_words(regiment))
        name = _clean_name(piece)
        return [_Named(name, piece, parent.type if parent else "unknown", False)] if name else []
    text = piece  # what is read; `piece` stays the raw text
    unranked = _RANK_RE.sub("", piece)
    if unranked != piece and _words(unranked):
        # "SS-Sturmbannführer Adolf Diekmann" is a person, not the SS his rank names.
        text, words = unranked, _words(unranked)
        found = _lookup_words(words)
        if found is not None:
            return [_named(found, piece)]
    if right is not None:
        right_words = _words(right)
        if len(right_words) > 1:
            found = _lookup_words([*words, right_words[-1]])
            if found is not None:
                return [_named(found, piece)]
        if len(words) == 1 and _ADJECTIVE_RE.fullmatch(words[0]) and _MEMBERS_OF_RE.match(right):
            # "Kurdish and Arab members of the Iraqi Communist Party": members of it too
            return _resolve_piece(right, None, None, partof)
    if left is not None:
        left_words = _words(left)
        if len(left_words) > 1 and left_words[0].lower() != words[0].lower():
            found = _lookup_words([left_words[0], *words])
            if found is not None:
                return [_named(found, piece)]
        if len(left_words) > 1 and len(words) == 1 and words[0] in _FORCE_NOUNS:
            # "Royal Hungarian Army and Gendarmerie": the force shares the name's qualifiers
            shared = [*left_words[:-1], words[0]]
            found = _lookup_words(shared)
            return [
                _named(found, piece) if found else _Named(" ".join(shared), piece, "state", False)
            ]
    of_parent = _UNIT_OF_RE.match(text)
    if of_parent:
        # "33rd Light Infantry Division of the Myanmar Army": the numbered unit is the more
        # specific actor; its army is only where it belongs
        unit = _clean_name(of_parent.group("unit"))
        parent = _lookup_words(_words(of_parent.group("parent")))
        named_unit = _lookup_words(_words(unit))
        if named_unit is None and _NAMED_BRIGADE_RE.fullmatch(unit):
            # "Zaporozhian Brigade of the Ukrainian People's Army": a unit by its name
            named_unit = Actor(unit, "state")
        forces = [m.actor for m in _scan_words(_words(of_parent.group("parent")))]
        if (
            (parent is not None or len(forces) == 1)
            and (parent or forces[0]).type == "state"
            and named_unit is not None
            and named_unit.type == "state"
            and named_unit != (parent or forces[0])
        ):
            # "Sinchis of the Peruvian Civil Guard": a known unit, and the force it belongs to
            return [_named(named_unit, piece)]
        if parent is not None and parent.type != "individual" and _NUMBERED_UNIT_RE.match(unit):
            if (
                len(_words(unit)) <= 2
                and (level := _echelon(_ECHELON_END_RE.search(unit))) is not None
                and level < _echelon_level("division")
                and _lookup_words(_words(unit)) is None
            ):
                # "17th Brigade of the Colombian Army": a bare brigade or battalion says whose
                # only with its army (a division stands alone: "38th Division")
                return [_Named(_clean_name(text), piece, parent.type, False)]
            return [_Named(unit, piece, parent.type, False)]
    matches = _scan_words(words)
    member = _PERSON_OF_RE.match(text)
    if member and len(matches) <= 1:
        person = _Named(_clean_name(member.group(1)), member.group(1), "unknown", False)
        group = member.group(2).strip()
        if _is_person(person) and not _scan_words(_words(member.group(1))):
            if matches and matches[0].actor.type == "non_state":
                # "Abd al-Hadi Rafa Ghanim of the Palestinian Islamic Jihad": he and his group
                return [person, _named(matches[0].actor, piece)]
            if not matches and _PROPER_GROUP_RE.fullmatch(group):
                # "Nur Ahmad Jan Bughra of the First East Turkestan Republic"
                return [person, _Named(_clean_name(group), group, "unknown", False)]
            if not matches and _has_proper_word(group) and _is_force(group):
                # "Major Aleksander Narbutt-Łuczyński of the Polish Army": he and his army
                force = lookup_generic(group, partof)
                return [
                    person,
                    _named(force, group) if force else _Named(group, group, "state", False),
                ]
    unit = _clean_name(text)
    if matches and _NUMBERED_UNIT_RE.match(unit):
        return [_Named(unit, piece, matches[0].actor.type, False)]
    if len(matches) == 1 and matches[0].end == 1 and _SS_NAMED_UNIT_RE.match(unit):
        # "SS Prinz Eugen", "SS Skanderbeg": an SS division by its name
        return [_Named(unit, piece, matches[0].actor.type, False)]
    if len(matches) == 1 and matches[0].end == 1 and _PREFIXED_UNIT_RE.match(unit):
        # "SS-Wachsturmbann Eimann", "SS-Sonderkommando Lange": a unit named with its
        # organisation's prefix is that unit, not the whole organisation
        return [_Named(unit, piece, matches[0].actor.type, False)]
    if matches:
        return [_named(m.actor, piece) for m in matches]
    generic = lookup_generic(text, partof)
    if generic is not None:
        return [_named(generic, piece)]
    name = _clean_name(_shared_head(text, right))
    return [_Named(name, piece, "unknown", False)] if name else []


def _shared_head(text: str, right: str | None) -> str:
    """'Iguala and Cocula municipal police': a lone proper word before "and" shares the
    lower-case head words of the name after it ('Iguala municipal police')."""
    words = _words(text)
    right_words = _words(right or "")
    if (
        len(words) == 1
        and words[0][:1].isupper()
        # "Gendarmerie and RPT militias": a service is a group of its own
        and words[0].lower() not in _SERVICE_HEADS
        and len(right_words) > 1
        and right_words[0][:1].isupper()
        and all(w.islower() for w in right_words[1:])
    ):
        return f"{text.strip()} {' '.join(right_words[1:])}"
    return text


def _is_nickname(text: str) -> bool:
    return bool(_QUOTED_RE.match(text) or _ALIAS_PREFIX_RE.match(text))


def _is_role(text: str) -> bool:
    """An apposition describing the person before it ("Serbian former police colonel general")."""
    words = _words(text)
    return (
        bool(words)
        and any(w.lower() in _TITLE_WORDS for w in words)
        and all(w.islower() or w == words[0] for w in words)
    )


@dataclass(frozen=True)
class _Part:
    named: tuple[_Named, ...]
    alleged_by: str | None
    hedge: str | None
    unknown: bool = False
    disputed_only: bool = False
    self_claim: bool = False  # "(claimed responsibility)": the actors claim it themselves


_DENIED_BY_RE = re.compile(r"\b(?:denied|rejected)\s+by\s+(?:the\s+)?(?P<who>[^;,()]+)", re.I)


def _denied_by_itself(inner: str, body: str, partof: str) -> bool:
    """Does the bracket's denier name the actor the part blames?"""
    denier = _DENIED_BY_RE.search(inner)
    if denier is None:
        return False
    who = {n.actor for n in _resolve_text(denier.group("who").strip(), partof)[0]}
    return bool(who & {n.actor for n in _resolve_text(body, partof)[0]})


# "two of his Aboriginal employees", "his posse of deputies" (not "his son Seymour");
# "Joseph James Bruno and family"; "Vishal Rana, son of local BJP leader Sanjay Rana": who
# they were to the one named before
_THEIR_OWN_RE = re.compile(
    r"^(?:(?:\w+\s+){1,2}of\s+)?(?:his|her|their)\s+(?!(?:clan|family|tribe|kin)\b)"
    r"(?:\S+\s+)*?(?-i:[a-z])[\w'’-]*$"
    r"|^(?:his\s+|her\s+|their\s+)?(?:family|relatives|kinsmen)$"
    r"|^(?:the\s+)?(?:son|daughter|brother|sister|wife|husband|father|mother|nephew|cousin)"
    r"\s+of\s",
    re.I,
)


def _resolve_text(text: str, partof: str = "") -> tuple[list[_Named], bool]:
    """Actor phrase -> names; True when it offers alternatives ("Syrian Army or rebels").
    A name the event's war gives its own meaning ("IRA" in the Irish Civil War) wins."""
    whole = lookup_generic(text, partof) or lookup(text)
    if whole is not None:
        return [_named(whole, text)], False
    named: list[_Named] = []
    alternatives = [alt for alt in re.split(r"\s+or\s+", text, flags=re.I) if _words(alt)]
    for alternative in alternatives:
        # "Al-Shabaab / al-Qaeda": a slash lists actors as a comma does
        pieces = [p for chunk in re.split(r"\s*/\s*", alternative) for p in _and_pieces(chunk)]
        for position, piece in enumerate(pieces):
            if _is_nickname(piece):
                continue
            # "Gavrilo Princip and other members of Young Bosnia": the group
            piece = _COMMAND_PREFIX_RE.sub("", _UNKNOWN_MEMBERS_RE.sub("", piece))
            piece = piece.strip(_EDGE_MARKS)
            if (
                not piece
                or _UNKNOWN_RE.match(piece)
                or _COUNTED_FATE_RE.match(piece)
                or _THEIR_OWN_RE.match(piece)
            ):
                # "… and 94 co-accused": how many more, not who; "Michael Ratigan and two of
                # his Aboriginal employees": the man's helpers, unnamed
                continue
            left = pieces[position - 1] if position > 0 else None
            right = pieces[position + 1] if position + 1 < len(pieces) else None
            named.extend(_resolve_piece(piece, left, right, partof))
    return named, len(alternatives) > 1 and len({n.actor for n in named}) > 1


# A part that is a sentence about the event, not a name. Verbs are matched in lower case
# only: a capitalised "Said" is a name ("Saïd Kouachi"), a verb in running text is not.
# "X blamed Y", "X accused Y of staging the attack", "X held Y responsible": Y is the actor
# and X who alleges it.
_ACCUSE_RE = re.compile(
    r"^(?P<who>.+?)\s+(?:blamed|blames|blame|accused|accuses|accuse|held|holds|hold)\s+"
    r"(?P<rest>.+)$"
)
# "X claimed it was staged", "X denied involvement", "X said that ...": a claim or a denial.
# It names an actor only as "X claimed (that) Y was responsible / behind it".
_CLAIM_RE = re.compile(
    r"^(?P<who>.+?)\s+(?P<verb>claimed|claims|claim|said|says|say|stated|states|alleged"
    r"|alleges|allege|insisted|insists|insist|maintained|maintains|maintain|asserted|asserts"
    r"|argued|argues|suggested|suggests|denied|denies|deny|rejected|rejects|dismissed"
    r"|dismisses)\b(?P<rest>.*)$"
)
# "ISIL claimed responsibility", "claimed the attack": a self-claim names its subject.
_SELF_CLAIM_REST_RE = re.compile(
    r"^\s*(?:full\s+|sole\s+)?(?:responsibility|credit|authorship|the\s+(?:attacks?|bombings?"
    r"|massacres?|killings?|shootings?|assault|operation))\b",
    re.I,
)
# "X claimed Y was behind it", "Iran alleges UK and US involvement"
_CLAIMED_CULPRIT_RE = re.compile(
    r"^\s*(?:that\s+)?(?P<target>.+?)(?:\s+(?:was|were|is|are)\s+(?:responsible|behind"
    r"|to\s+blame)|(?:['’]s?)?\s+(?:involvement|complicity|backing))\b",
    re.I,
)
# "responsibility claimed by the Ahvazi Revolutionary Martyrs' Brigades": a self-claim
_CLAIMED_BY_LEAD_RE = re.compile(
    r"^(?:(?:full\s+|sole\s+)?responsibility\s+(?:was\s+)?(?:later\s+)?)?claimed\s+by\s+",
    re.I,
)
# What follows the accused: "of staging the attack", "for the bombing", "responsible".
_ACCUSATION_TAIL_RE = re.compile(
    r"\s+(?:(?:of|for)\s+(?:\w+ing\b|the\s+(?:attacks?|bombings?|massacres?|killings?|blasts?"
    r"|explosions?|incident|shootings?)\b|it\b|this\b)|responsible\b).*$",
    re.I,
)
_BLAMED_ON_RE = re.compile(
    r"^(?:the\s+)?(?:attacks?|bombings?|massacres?|killings?|blasts?|explosions?|incident"
    r"|shootings?|it|them)\s+on\s+(?P<target>.+)$",
    re.I,
)
_BLAMED_BY_RE = re.compile(
    r"^(?:blamed|attributed)\s+(?:on|to)\s+(?P<target>.+?)\s+by\s+(?P<who>.+)$", re.I
)
# "Israel blamed Palestinian fedayeen": who blamed whom, the names capitalised
_WHO_BLAMED_RE = re.compile(
    r"^(?P<who>(?-i:[A-Z])[^,;()]*?)\s+(?:blamed|accused)\s+(?P<target>(?-i:[A-Z]).+)$"
)
# "… fedayeen infiltrating from Jordan": what the blamed were doing, no part of their name
_PARTICIPLE_TAIL_RE = re.compile(r"\s+(?-i:[a-z]+ing)\b.*$")
# "(denied by Hamas)", "(denies involvement)": a denial is neither an alleger nor a unit.
_DENIAL_RE = re.compile(r"\b(?:denied|denies|deny|denial|rejected|rejects)\b", re.I)
MAX_CLAIMANT_WORDS = 8


def _claimant(who: str) -> str | None:
    """'the Syrian government' -> 'Syrian government'; None when it is not a short name."""
    name = re.sub(r"^(?:the|and|but|while|whereas)\s+", "", who.strip(_EDGE_PUNCT), flags=re.I)
    name = name.strip(_EDGE_PUNCT)
    words = _words(name)
    if not words or len(words) > MAX_CLAIMANT_WORDS or _UNKNOWN_RE.match(name):
        return None
    if all(w.lower() in _STOPWORDS for w in words):  # "the accused soldiers": no subject
        return None
    return name


# what an inquiry may blame that is no actor: a device, an accident
_THING_RE = re.compile(
    r"\b(?:mines?|ordnance|shells?|explosives?|bombs?|accident|malfunction|fire|crossfire"
    r"|explosion|blast|munitions?|stampede)$",
    re.I,
)


def _clause(text: str, hedge: str | None, partof: str) -> _Part | None:
    """A part written as a sentence about who did it: the accused are its actors (alleged by
    the sentence's subject); a claim or denial that names no culprit gives no actor at all."""
    match = _ACCUSE_RE.match(text)
    if match:
        who = _claimant(match.group("who"))
        if who is not None:
            rest = match.group("rest")
            blamed_on = _BLAMED_ON_RE.match(rest)
            target = blamed_on.group("target") if blamed_on else _ACCUSATION_TAIL_RE.sub("", rest)
            named, _ = _resolve_text(target.strip(_EDGE_MARKS), partof)
            # "whose inquiry blamed a buried mine or old ordnance": a thing, no one
            named = [n for n in named if n.in_dictionary or not _THING_RE.search(n.actor)]
            return _Part(tuple(named), who, hedge)
    match = _CLAIM_RE.match(text)
    if match is None or _claimant(match.group("who")) is None:
        return None
    if match.group("verb").startswith("claim") and _SELF_CLAIM_REST_RE.match(match.group("rest")):
        return None  # "ISIL claimed responsibility": the subject is the actor
    culprit = _CLAIMED_CULPRIT_RE.match(match.group("rest"))
    if culprit and not match.group("verb").startswith(("den", "rej", "dis")):
        named, _ = _resolve_text(culprit.group("target").strip(_EDGE_MARKS), partof)
        return _Part(tuple(named), _claimant(match.group("who")), hedge)
    return _Part((), None, hedge)


@lru_cache(maxsize=CACHE_SIZE)
def _resolve_part(part: str, previous: _Named | None, partof: str = "") -> _Part:
    whole = part.strip(_EDGE_MARKS)
    if whole.endswith(")") and "(" in whole:
        # "Communist Party of India (Maoist)": the bracket belongs to the name
        found = lookup(whole)
        if found is not None and "(" in found.name:
            return _Part((_named(found, whole),), None, None)
    body, brackets = _split_brackets(part)
    fixed: _Named | None = None
    if brackets and whole.startswith(body) and whole[len(body) :].lstrip().startswith("("):
        # "CPI (Maoist) (responsibility claimed by Kishenji)": the first bracket is the name's
        first = f"{body} ({brackets[0]})"
        found = lookup(first)
        if found is not None and "(" in found.name:
            fixed, brackets = _named(found, first), brackets[1:]
    blamed = _BLAMED_BY_RE.match(body.strip(_EDGE_MARKS))
    if blamed and not brackets:  # "blamed on al-Qaeda in Iraq by the U.S."
        named, _ = _resolve_text(blamed.group("target").strip(_EDGE_MARKS), partof)
        return _Part(tuple(named), _claimant(blamed.group("who")), "suspected")
    if _INSPIRED_RE.search(body) and not brackets:
        # "Al-Qaeda-inspired terrorist cell": inspired by the group, not the group itself
        name = _clean_name(body)
        return _Part((_Named(name, body, "non_state", False),) if name else (), None, None)
    hedge = _hedge(body)
    alleged_by: str | None = None
    self_claim = False
    bracket_actors: list[_Named] = []
    commanders: list[_Named] = []  # "(under Lieutenant X)": who led them
    glosses: list[_Named] = []
    # "(per Russian officials; denied by Ukraine)": each clause of a bracket on its own
    # "(per ISAF, denied by Afghan officials)": a denial after a comma is a clause too
    clauses = [c for bracket in brackets for c in _CLAUSE_SPLIT_RE.split(bracket) if c.strip()]
    for inner in clauses:
        if _QUOTED_RE.match(inner):
            continue  # 'Presidential Guard ("Red Berets")': a nickname
        blame = _BLAMED_BY_RE.match(inner.strip()) or _WHO_BLAMED_RE.match(inner.strip())
        if blame:
            # "Unknown (Israel blamed Palestinian fedayeen infiltrating from Jordan)": one
            # side's suspect, by that side; "Hamas (Israel blamed Hamas)": who blames it
            alleged_by = alleged_by or _claimant(blame.group("who"))
            if _UNKNOWN_RE.fullmatch(body.strip(" .,;:")):
                target = _PARTICIPLE_TAIL_RE.sub("", blame.group("target"))
                bracket_actors.extend(_resolve_text(target.strip(_EDGE_MARKS), partof)[0])
                hedge = hedge or "suspected"
            continue
        found = _hedge(inner) or _accusation(inner)
        hedge = "disputed" if "disputed" in (hedge, found) else hedge or found
        if _DENIAL_RE.search(inner):
            if _DENIAL_RE.fullmatch(inner.strip(" .,")) or _denied_by_itself(inner, body, partof):
                # "(per X; denied)", "Kurdistan Workers' Party (per Turkey; denied by PKK)":
                # the blamed deny
                hedge = "disputed"
            continue
        if _SELF_CLAIM_RE.match(_drop_hedges(inner)):
            self_claim = True
            continue
        led = _LED_BY_RE.match(inner)
        if led:
            # "Iraqi Army (under Lieutenant Abdul Karim al-Jahayshi)": its commander, as
            # "Russian Ground Forces under Gen. Vladimir Shamanov" outside a bracket
            commanders.extend(
                n
                for piece in _top_level_parts(led.group("who"))
                if piece.strip()
                for n in _resolve_text(piece.strip(), partof)[0]
                if _is_person(n)
            )
            continue
        who = _alleger(inner)
        if who is not None:
            alleged_by = alleged_by or who
            if _SOME_ACCOUNTS_RE.match(inner):
                hedge = "disputed"  # "(according to some local accounts)": others differ
            continue
        rest = _NOTABLY_RE.sub("", _drop_hedges(inner))  # "(mainly Besi Merah Putih)"
        if rest and _is_abbreviation(rest, body):
            continue  # "Union for Peace in the Central African Republic (UPC)"
        if _ACTED_ON_RE.match(inner) or _CIRCUMSTANCE_RE.match(inner):
            continue  # "(sanctioned by the United States)": a note about the actor
        if _NATIONAL_FORCE_RE.match(rest) and _is_state(body):
            continue  # "Tatmadaw (Myanmar Army)", "Bundeswehr (German Army)": a gloss
        if rest:
            # Known actors, and units the dictionary does not know ("Israel Defense Forces
            # (Unit 101 and the Paratroopers Brigade)"): a bracket of other words is a note.
            found, _ = _resolve_text(rest, partof)
            guessed = (
                [
                    n
                    for piece in _top_level_parts(rest)
                    if piece.strip()
                    for n in _resolve_text(piece.strip(), partof)[0]
                    if n.in_dictionary
                ]
                if _UNKNOWN_RE.fullmatch(body.strip(" .,;:")) and _hedge(inner)
                else []
            )
            if guessed:
                # "Unknown (suspected former KLA members)", "Unknown (Boko Haram, Nigerian Army
                # and rival student groups variously blamed)": hedged guesses at known groups
                bracket_actors.extend(guessed)
                hedge = _hedge(inner)
                continue
            if _describes(rest, found):
                continue  # "Kaibiles (Guatemalan Army special forces)": what the actor is
            if _parent_of_force(body, found):
                continue  # "Ethiopian Air Force (Derg)": the regime the force served
            if _MEMBERS_GLOSS_RE.match(rest.strip()):
                glosses.extend(n for n in found if n.in_dictionary)
                continue
            listed = _top_level_parts(rest)
            if (
                found
                and re.fullmatch(r"\W*\d{1,3}\W*", body)
                and all(piece.strip()[:1].isupper() for piece in listed)
            ):
                # "4 (Kazimir Kovalevich, All–Russian Insurgent Committee …)": who they were
                for piece in listed:
                    bracket_actors.extend(_resolve_text(piece, partof)[0])
                continue
            named_one = _AND_OTHERS_RE.sub("", rest.strip())  # "(Hukum Ali and 10 others)"
            if _PERSON_RE.fullmatch(named_one) and _unnamed_attacker(body):
                # "One Palestinian assailant (Ahmed Jabara)"
                bracket_actors.extend(found or _resolve_text(named_one, partof)[0])
                continue
            if (
                found
                and not any(n.in_dictionary for n in found)
                and _UNKNOWN_RE.fullmatch(body.strip(" .,;:"))
                and rest.strip() != inner.strip()
            ):
                # "Unknown (possibly the Taiwan Garrison Command)": a hedged guess
                bracket_actors.extend(found)
                hedge = _hedge(inner) or "suspected"
                continue
            if _OR_RE.search(rest) and len(found) > 1:
                # "Unknown (Pakistan or United States)": either one did it
                bracket_actors.extend(found)
                hedge = "disputed"
                continue
            bracket_actors.extend(n for n in found if n.in_dictionary or _is_unit_name(n.actor))
    body = _COMMAND_PREFIX_RE.sub("", body)
    backed = _BACKED_PREFIX_RE.sub("", body)  # "United States-backed Guatemalan military …"
    # "Government-sponsored mob": with nothing named after it, the backer says who they were
    body = backed if _has_proper_word(backed) else body
    body = _SHARE_OF_UNIT_RE.sub("", body)  # "one unit of the 11th Infantry Division"
    body = _WITHIN_RE.sub("", body) or body  # "Kempeitai within the Imperial Japanese Army"
    if _QUOTED_RE.match(body) and (previous is None or alleged_by is not None):
        # '"Cavalos Corredores" (death squad …)': a quoted name first is the group's name,
        # not another's nickname; so is one with its own accuser ('…; "Men in black" (per
        # government)'): a nickname does not carry a claimant of its own
        body = body.strip().strip("\"“”«»'‘’").strip()
    if _is_nickname(body):
        return _Part((), alleged_by, hedge)
    if alleged_by and _ACCIDENT_RE.match(_drop_hedges(body)):
        # "…; accidental fire (per Banerjee Committee)": one source's account denies an attack
        return _Part((), alleged_by, "disputed", disputed_only=True)
    if _ACTED_ON_RE.match(body):
        # "Al-Shabaab (claimed); disputed by the Government of Kenya": the one who disputes
        # (denies, convicts) is not an actor; a dispute or denial hedges the whole value.
        disputed = _DISPUTE_WORD_RE.match(body) is not None
        hedge = "disputed" if disputed else hedge
        return _Part((), alleged_by, hedge, disputed_only=disputed)
    text = _drop_hedges(body).strip(_EDGE_MARKS)
    text = _UNKNOWN_MEMBERS_RE.sub("", text)  # "Unknown members of Ordine Nero": the group
    text = _COMMAND_PREFIX_RE.sub("", text)
    text = _ALLIED_TAIL_RE.sub("", text) or text
    claimed_by = _CLAIMED_BY_LEAD_RE.match(text)
    if claimed_by is not None:
        text, self_claim = text[claimed_by.end() :], True
    elif (subject := _self_claim_subject(text)) is not None:
        # "Black September claimed responsibility": the subject, whether known or not
        text, self_claim = subject, True
    clause = _clause(text, hedge, partof) if _words(text) else None
    if clause is not None:
        return clause
    if not _words(text) or _UNKNOWN_RE.match(text) or _UNKNOWN_RE.match(_drop_count(text)):
        # "Disputed", "Suspected", "()", "Unknown": a bracket may still name the actor
        # ("Unknown (possibly Taliban)"); "(MKG)" after a name is only its abbreviation.
        bracket_actors.extend(glosses)
        if len({n.actor for n in bracket_actors}) > 1:
            hedge = "disputed"
        unknown = bool(_words(text)) and not bracket_actors
        disputed_only = hedge == "disputed" and not bracket_actors
        return _Part(
            tuple(bracket_actors),
            alleged_by,
            hedge,
            unknown=unknown,
            disputed_only=disputed_only,
        )
    if bracket_actors and _unnamed_attacker(text):
        # "One Palestinian assailant (Ahmed Jabara)": the bracket names the one described
        return _Part(tuple(bracket_actors), alleged_by, hedge)
    if (
        previous is not None
        and previous.type == "individual"
        and _is_role(text)
        and lookup(text) is None
        and not _scan_words(_words(text))
    ):
        return _Part((), alleged_by, hedge)
    named: list[_Named] = [fixed] if fixed is not None else []
    alternatives = False
    pieces = [
        piece
        for segment in ([] if fixed is not None else _member_segments(text, partof))
        # "X soldiers under the command of Y"; "masterminded by Y and carried out by Z"
        for ally in _ALLY_SPLIT_RE.split(segment)
        if ally.strip()
        for index, piece in enumerate(_COMMAND_SPLIT_RE.split(_COMMAND_AND_RE.sub(",", ally)))
        # "papal legate Arnaud Amalric" left by "crusader knights under …": his office too
        for piece in [_office_dropped(piece) if index or piece[:1].islower() else piece]
    ]
    for piece in pieces:
        found, alternative = _resolve_text(piece, partof)
        named.extend(n for n in found if n.actor not in {m.actor for m in named})
        alternatives = alternatives or alternative
    # A bracket naming another known actor, with no alleging words, is a unit of the one
    # before it: "Soviet Union (NKVD)", "British Army (1st Battalion, Parachute Regiment)".
    units = [
        b
        for b in bracket_actors + ([] if named else glosses)
        if b.actor not in {n.actor for n in named}
    ]
    if (
        len(named) == 1
        and named[0].in_dictionary
        and named[0].type not in ("state", "individual")
        and len(units) == 1
        and units[0].in_dictionary
        and units[0].type not in ("state", "individual")
        and not _is_unit_name(units[0].actor)
    ):
        # "La Línea (Juárez Cartel)", "Kataeb Regulatory Forces militia (Phalange)": the
        # organisation the armed group belongs to, or its other name; the group acted
        units = []
    if (
        len(named) == 1
        and not named[0].in_dictionary
        and _GENERIC_GROUP_RE.fullmatch(named[0].actor)
        and units
        and all(b.in_dictionary and b.type not in ("state", "individual") for b in units)
    ):
        # "Islamist militants (suspected Lashkar-e-Taiba and Hizbul Mujahideen)": the groups
        # the description stands for
        named = []
    replaced: list[_Named] = []
    if (
        named
        and not named[-1].in_dictionary
        and not any(w[:1].isupper() for w in _words(named[-1].actor))
        and any(_is_unit_name(b.actor) for b in units)
    ):
        # "… and local paramilitaries (8th Security Police Battalion)": the unit they are
        named.pop()
        replaced = [b for b in units if _is_unit_name(b.actor)]
        units = [b for b in units if b not in replaced]
    if named:
        # "Provisional IRA (Belfast Brigade)", "Mexican Army (102nd Infantry Battalion)",
        # "42nd Infantry Regiment (1st Sofia Division)": a formation the dictionary does not
        # know only says which part of the force acted, or which force the unit belongs to
        units = [b for b in units if b.in_dictionary]
    if named and units and all(_is_person(n) for n in named):
        # "Sgt. Maj. Jakrapanth Thomma (Royal Thai Army)": the force a lone attacker served
        # in, not a perpetrator of its own
        units = [b for b in units if b.type != "state"]
    if named and all(_is_unit_name(n.actor) for n in named):
        # "1st Battalion, Parachute Regiment (British Army)": the parent is named for
        # context; the unit is the more specific actor
        units = [b for b in units if _is_unit_name(b.actor)]
    commanders = [c for c in commanders if c.actor not in {n.actor for n in named + units}]
    return _Part(
        tuple(named + replaced + units + commanders),
        alleged_by,
        "disputed" if alternatives else hedge,
        self_claim=self_claim or _self_claim_subject(text) is not None,
    )


def _is_person(named: _Named) -> bool:
    if named.in_dictionary:
        return named.type == "individual"
    words = _words(named.actor)
    return (
        bool(_PERSON_RE.fullmatch(named.actor))
        and bool(words)
        and words[-1].lower() not in _SERVICE_HEADS
        and not _is_unit_name(named.actor)
    )


def _member_segments(text: str, partof: str = "") -> list[str]:
    """'Schutzstaffel: Herbert Kappler' -> the organisation, then its member(s). A unit named
    after its parent ("Russian Air Force: 22nd Guards Heavy Bomber Aviation Division") stays
    one phrase, so the scanner keeps the more specific unit."""
    head, sep, tail = text.partition(":")
    head, tail = head.strip(_EDGE_MARKS), tail.strip(_EDGE_MARKS)
    if not sep or not _words(head) or not _words(tail):
        return [text]
    found, _ = _resolve_text(tail, partof)
    if found and all(
        (n.in_dictionary and n.type != "individual")
        or _is_unit_name(n.actor)
        or _ORDINAL_NAME_RE.match(n.actor)
        for n in found
    ):
        # "United States Army: 3rd California Volunteer Infantry, 2nd ... Cavalry": the units
        # are the more specific actors, their parent organisation is not named again
        parent = _lookup_words(_words(head))
        return [tail] if parent is not None and parent.type != "individual" else [text]
    return [head, *_member_segments(tail, partof)]


def _self_claim_subject(text: str) -> str | None:
    """'ISIL claimed responsibility' -> 'ISIL': the subject that claims the attack itself."""
    match = _CLAIM_RE.match(text)
    if (
        match
        and match.group("verb").startswith("claim")
        and _SELF_CLAIM_REST_RE.match(match.group("rest"))
    ):
        return match.group("who")
    return None


_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
# one organisation's acronym, or two acting as one ("ORDEN", "CNT–FAI")
_ACRONYMS_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}(?:[–/-][A-Z][A-Z0-9]{1,7})*$")


def _is_abbreviation(inner: str, body: str) -> bool:
    """Is a bracketed all-caps word the abbreviation of the name before it? Its letters are
    the initials of that name's words, in order ("UPC" after "Union for Peace in the Central
    African Republic", "LTTE" after "Liberation Tigers of Tamil Eelam"); "NKVD" after "Soviet
    Union" is not, so it stays an actor of its own (the unit)."""
    acronym = inner.strip(_EDGE_PUNCT)
    if not _ACRONYM_RE.match(acronym):
        return False
    words = _words(body)
    for initials in (
        [w[0].upper() for w in words if w[:1].isupper()],
        [w[0].upper() for w in words],
    ):
        if not initials or initials[0] != acronym[0]:
            continue
        position = 0
        for letter in acronym:
            while position < len(initials) and initials[position] != letter:
                position += 1
            if position == len(initials):
                break
            position += 1
        else:
            return True
    return False


def _bracketed_alternatives(part: str) -> list[tuple[str, bool]]:
    """'X (per A) or Y (per B)': each alternative with its own bracket is a part of its own,
    so each actor keeps its own alleger. Returns (text, is_alternative) pairs; the whole part
    when it is not of that shape."""
    segments: list[str] = []
    conjunctions: list[str] = []
    depth, start = 0, 0
    for match in re.finditer(r"[()\[\]{}]|\s+(or|and|&)\s+", part, flags=re.I):
        token = match.group(0)
        if token in _OPEN:
            depth += 1
        elif token in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            segments.append(part[start : match.start()])
            conjunctions.append(match.group(1).lower())
            start = match.end()
    segments.append(part[start:])
    if len(segments) < 2 or not all(seg.rstrip().endswith(tuple(_CLOSE)) for seg in segments):
        return [(part, False)]
    return [(seg, "or" in conjunctions) for seg in segments]


# ---------------------------------------------------------------------------------------------
# Public functions


# "Muslim Brotherhood accused by government": the accuser, written without its bracket
_ACCUSED_BY_RE = re.compile(r"\s+((?:accused|alleged|blamed|suspected)\s+by\s+[^,;()]+)", re.I)


def perpetrators(fields: Sequence[tuple[str, str]], war: str = "") -> Perpetrators:
    """All infobox (key, value) pairs -> perpetrator claims, canonical actors and a status.
    `war`: the event's war when no Partof names it (its lead does), for generic words.

    Status: unknown with no perpetrator key or only Unknown/unidentified; disputed when a
    value says disputed/unclear/possibly or claimants blame different actors; suspected when
    every claim comes from Susperps/Accused or hedges (suspected, alleged), or a perpetrator
    value hedges any of its actors; else attributed."""
    claims: list[PerpetratorClaim] = []
    self_claims: list[int] = []  # which part claims the attack (0: none), numbered per value
    raws: list[str] = []
    any_disputed = False
    try:
        pairs = list(fields)
    except TypeError:
        pairs = []
    partof = _partof(pairs) or (war if isinstance(war, str) else "")
    for pair in pairs:
        try:
            key, value = pair
        except (TypeError, ValueError):
            continue
        if not isinstance(key, str) or key.strip().lower() not in PERPETRATOR_KEYS:
            continue
        value = value if isinstance(value, str) else ""
        raw, value_claims, disputed_only, value_self_claims = _read_value(
            key.strip(), value, partof
        )
        raws.append(raw)
        claims.extend(value_claims)
        offset = 1 + max(self_claims, default=0)
        self_claims.extend(part + offset if part else 0 for part in value_self_claims)
        any_disputed = any_disputed or disputed_only
    claims = _mark_competing(claims, self_claims)
    # "Jamaat-ul-Ahrar (claimed); ISIL – Khorasan Province (claimed)": rival claims compete;
    # "(claimed Bacha Khan Chowk)", "(claimed Alamdar Road)" claim different attacks; "Hamas
    # and Islamic Jihad (claimed responsibility)" is one joint claim
    # "Turkestan Islamic Party (claimed …)" under two keys, two spellings: one claimant
    claimers: dict[int, set[str]] = {}
    for claim, part in zip(claims, self_claims, strict=False):
        if part:
            claimers.setdefault(part, set()).add(claim.actor)
    claimed = {frozenset(actors) for actors in claimers.values()}
    rival = len(claimed) > 1 and not _CLAIMED_SITE_RE.search(" ".join(raws))
    any_disputed = any_disputed or rival
    actors: list[str] = []
    for claim in claims:
        if claim.actor not in actors:
            actors.append(claim.actor)
    if not raws:
        status = "unknown"
    elif any_disputed or any(c.status == "disputed" for c in claims):
        status = "disputed"
    elif not claims:
        status = "unknown"
    elif any(c.status == "attributed" for c in claims) and not any(
        c.status == "suspected" and c.source_key.lower() not in SUSPECT_KEYS for c in claims
    ):
        status = "attributed"
    elif _rival_suspects(claims):
        status = "disputed"
    else:
        # "Muslim League National Guards (alleged), Muslim mobs": a value that hedges one of
        # its actors does not attribute the event outright (an Accused or Susperps key beside
        # plain perpetrators does not weaken them)
        status = "suspected"
    return Perpetrators(claims, actors, status, " | ".join(raws) if raws else None)


_TITLE_RE = re.compile(r"^(?:Rev\.|Reverend|Dr\.|Mr\.|Mrs\.|Ms\.|Father|Sir)\s+")


def _rival_suspects(claims: list[PerpetratorClaim]) -> bool:
    """'Accused: David Bain' beside 'Susperps: Robin Bain', 'Perp: Henry Lee Moore (heavily
    theorized)' beside 'Accused: Rev. Kelly': no one is named outright, and each key suspects
    one other person, so the keys hold rival accounts."""
    by_key: dict[str, set[str]] = {}
    for claim in claims:
        by_key.setdefault(claim.source_key.lower(), set()).add(claim.actor)
    people = [
        c
        for c in claims
        if _is_person(
            _Named(_TITLE_RE.sub("", c.actor), c.actor_raw, c.actor_type, c.in_dictionary)
        )
    ]
    return (
        len(by_key) > 1
        and len(people) == len(claims)
        and all(len(actors) == 1 for actors in by_key.values())
        and len({actor for actors in by_key.values() for actor in actors}) == len(by_key)
    )


def common_names(found: Perpetrators, texts: str | Iterable[str]) -> Perpetrators:
    """'Salvador Rolando Ramos' in the infobox, 'Salvador Ramos' in the article's `texts`: a
    person is named as the article names them (the dictionary does so for the people it
    knows). The texts are joined only when a name could be shortened."""
    shorter: dict[str, str] = {}
    for claim in found.claims:
        words = claim.actor.split()
        # "Darrell Edward Brooks Jr.": the article's "Darrell Brooks" is his common name too
        while words and words[-1].rstrip(".") in _SUFFIXES:
            words = words[:-1]
        if claim.in_dictionary or len(words) < 3:
            continue
        if not all(w[:1].isupper() for w in words):
            continue
        if words[-1].lower() in _ORGANISATION_WORDS:
            continue  # "National Liberation Army" is no person to shorten to "National Army"
        if any(_REGNAL_RE.fullmatch(w) for w in words[1:]):
            continue  # "Andronikos I Komnenos": a ruler keeps his number
        shorter[claim.actor] = f"{words[0]} {words[-1]}"
    if not shorter:
        return found
    pieces = [texts] if isinstance(texts, str) else texts
    text = "\n".join(t for t in pieces if isinstance(t, str))[:MAX_ARTICLE_CHARS]
    renamed = {
        full: short
        for full, short in shorter.items()
        if re.search(rf"(?<!\w){re.escape(short)}(?!\w)", text)
    }
    if not renamed:
        return found
    claims = [dataclasses.replace(c, actor=renamed.get(c.actor, c.actor)) for c in found.claims]
    actors = list(dict.fromkeys(renamed.get(a, a) for a in found.actors))
    return Perpetrators(claims, actors, found.status, found.raw)


_REGNAL_RE = re.compile(r"[IVX]{1,5}")
# How much of an article is searched for a person's common name
MAX_ARTICLE_CHARS = 50_000


def _partof(pairs: list) -> str:
    """The first Partof value ("" when none): the war that scopes generic actor words."""
    for pair in pairs:
        try:
            key, value = pair
        except (TypeError, ValueError):
            continue
        if isinstance(key, str) and isinstance(value, str) and key.strip().lower() in PARTOF_KEYS:
            return value
    return ""


# A part that only describes the actor before it ("a government-trained paramilitary group",
# "a Pakistan-based militant group"): an article, a few words, a generic noun
_APPOSITIVE_RE = re.compile(
    r"^\s*(?-i:a|an)\s+(?:[\w'’-]+\s+){0,5}(?:group|organi[sz]ation|militia|unit|force|"
    r"movement|party|network|faction|gang|cell|outfit|wing|branch|offshoot|affiliate)\s*$",
    re.I,
)

# what became of the people named: "Evan Pederick was tried, convicted and sentenced …"
# "the Soviet secret police": a description in lower case after "the", its head a common noun
_WHAT_IT_WAS_RE = re.compile(
    r"^\s*(?-i:the)\s+(?!.*\b(?:claimed|claims|said|says|was|were|is|are|blamed|accused"
    r"|responsible|denied)\b)(?:[\w'’-]+\s+){0,3}(?-i:[a-z])[\w-]*\s*$"
)
_WAS_TRIED_RE = re.compile(rf"\s+(?:was|were)\s+(?:later\s+)?{_TRIAL_WORDS}\b.*$")
_SENTENCE_RE = re.compile(rf"^\s*(?:and\s+)?{_TRIAL_WORDS}\b")
_NOTABLY_RE = re.compile(
    rf"^\s*(?:{EMPHASIS_ADVERBS}|principally|most\s+notably|predominantly|specifically|namely"
    r"|in\s+particular)\s+",
    re.I,
)
_COUNTED_FATE_RE = re.compile(
    rf"^\s*(?:over\s+|more\s+than\s+|about\s+)?[\d,.]+\s+(?:people\s+|persons\s+|suspects\s+)?"
    # "Paul Nthenge Mackenzie and 94 co-accused"
    rf"(?:(?:were|later)\s+)?(?:{_TRIAL_WORDS}|detained|co-accused|co-defendants|accomplices)\s*$",
    re.I,
)
# what the people named before were, in lower case: "neo-fascist gunmen with links to X"
_DESCRIBED_RE = re.compile(
    r"^\s*(?-i:[a-z][a-z'’-]*\s+){1,3}(?:gunmen|militants|extremists|terrorists|activists"
    r"|assailants|attackers|men|youths)\b(?:\s+(?:with|of|from|linked|tied|belonging)\b.*)?$"
)


@lru_cache(maxsize=CACHE_SIZE)
def _read_value(
    key: str, value: str, partof: str
) -> tuple[str, tuple[PerpetratorClaim, ...], bool, tuple[int, ...]]:
    """One perpetrator key's value -> ("Key: value", its claims, whether a part only says
    disputed, for each claim the number of the part that claims the attack as its own, 0
    when it does not). Pure, so memoized: the claims are frozen and shared."""
    claims: list[PerpetratorClaim] = []
    self_claims: list[int] = []
    any_disputed = False
    suspect_key = key.lower() in SUSPECT_KEYS
    previous: _Named | None = None
    seen: set[tuple[str, str | None]] = set()
    value = _UNIT_DETAIL_RE.sub("", value)
    raw = f"{key}: {clean_text(value)}"
    value = _ACCUSED_BY_RE.sub(r" (\1)", value)
    value = _ALONE_RE.sub("", value)
    parts = [
        piece
        for part_text in _drop_roles(
            _join_titles(
                _join_named(_drop_country_headers(_top_level_parts(_strip_debris(_bounded(value)))))
            )
        )
        for piece in _bracketed_alternatives(part_text)
    ]
    for number, (part_text, alternative) in enumerate(parts, 1):
        if previous is not None and _SUPPORTERS_RE.match(part_text):
            break  # "…, supported by the United States, the United Kingdom and …": backers
        if previous is not None and _APPOSITIVE_RE.match(part_text):
            continue  # "Los Halcones, a government-trained paramilitary group": what it is
        outside, brackets = _split_brackets(part_text)
        if previous is not None and (
            _STATEMENT_RE.search(outside) or _RESPONSIBILITY_RE.fullmatch(part_text)
        ):
            # "…; disputed – Cuban authorities describe the sinking as an accident",
            # "Italian partisans; responsibility disputed": what someone says of the event or
            # of the blame, no actor (its "disputed" still counts)
            any_disputed = any_disputed or _hedge(part_text) == "disputed"
            continue
        role = _ROLE_LABEL_RE.match(part_text)
        if role and _UNKNOWN_RE.fullmatch(part_text[role.end() :].strip(" .,;:")):
            continue  # "Suicide bombers: Unknown, Shooters: Unknown": roles, no one named
        if previous is not None and _OFFICE_OF_RE.match(part_text) and _is_person(previous):
            continue  # "Ferrand Martínez, Archdeacon of Écija": the office the man held
        if _HEADING_PART_RE.fullmatch(part_text):
            continue  # "Ahlam Albashir, Possible connections:, …": a heading, no actor
        if previous is not None and _LOYAL_TAIL_RE.match(f" {part_text}"):
            continue  # "Camisas Rojas (Red Shirts), loyal to Tomás Garrido Canabal": their patron
        if previous is not None and _NO_ACTOR_CLAUSE_RE.match(part_text):
            continue  # "…, which attributed the deaths to drowning": what a claimant says
        if previous is not None and _INCLUDING_SOME_RE.match(part_text):
            continue  # "White mob, including some deputized by city officials": who they were
        if any(_CLEARED_RE.match(inner) for inner in brackets):
            continue  # "Steven Hatfill (exonerated)": named once, cleared since
        part_text = _REFLEXIVE_TAIL_RE.sub("", part_text)  # "the Marcos administration itself"
        part_text = _ETC_RE.sub("", part_text)  # "Militia etc."
        # "Jaho Mulosmani (convicted 2002) and unidentified accomplices": no one more named
        part_text = _UNNAMED_OTHERS_RE.sub("", part_text)
        if (
            previous is not None
            and (_DESCRIBED_RE.match(part_text) or _SENTENCE_RE.match(part_text))
            and _is_person(previous)
        ):
            # what the men named were ("…, neo-fascist gunmen with links to …") or what became
            # of them ("Evan Pederick was tried, convicted and sentenced"): no actor
            continue
        if (
            previous is not None
            and previous.in_dictionary
            and previous.type != "individual"
            and _WHAT_IT_WAS_RE.match(part_text)
            and not any(n.in_dictionary for n in _resolve_text(part_text, partof)[0])
        ):
            continue  # "NKVD, the Soviet secret police": what the group before it was
        tried = _WAS_TRIED_RE.sub("", part_text)
        if tried != part_text and re.match(r"\s*\d", tried):
            continue  # "28 Jews and 7 Arabs were brought to trial": how many, not who
        part_text = tried or part_text
        specified = _NOTABLY_RE.sub("", part_text)  # "Communists, notably Enver Hoxha and …"
        if (
            previous is not None
            and specified != part_text
            and _is_unit_name(re.sub(r"^\s*the\s+", "", specified.split(",")[0], flags=re.I))
        ):
            # "United States Marine Corps, specifically the K Company, 3rd Battalion, …": the
            # unit of the force named before, no other actor
            continue
        part_text = specified
        if _COUNTED_FATE_RE.match(part_text):
            continue  # "Accused: 2,112 indicted": how many, not who
        national = _national_force(part_text, previous)
        part = (
            _Part((national,), None, None)
            if national is not None
            else _resolve_part(part_text, previous, partof)
        )
        any_disputed = any_disputed or part.disputed_only
        if part.hedge == "disputed" or alternative:
            status = "disputed"
        elif part.hedge == "suspected" or suspect_key:
            status = "suspected"
        else:
            status = "attributed"
        for named in part.named:
            previous = named
            if (named.actor.casefold(), part.alleged_by) in seen:
                continue
            seen.add((named.actor.casefold(), part.alleged_by))
            claims.append(
                PerpetratorClaim(
                    actor=named.actor,
                    actor_raw=clean_text(named.raw),
                    actor_type=named.type,
                    alleged_by=part.alleged_by,
                    status=status,
                    in_dictionary=named.in_dictionary,
                    source_key=key,
                )
            )
            self_claims.append(number if part.self_claim and part.alleged_by is None else 0)
    return raw, tuple(claims), any_disputed, tuple(self_claims)


# "US Marines - Squad from K Company, 3rd Battalion 1st Regiment, 1st Marine Division": after
# a dash, which of the force's units acted
_UNIT_DETAIL_RE = re.compile(
    r"\s[-–—]\s+(?:an?\s+|one\s+)?(?:squads?|platoons?|compan(?:y|ies)|battalions?|sections?|"
    r"detachments?|elements?|units?|members?)\s+(?:from|of)\s[^;]*",
    re.I,
)
# an office held in a place, after a man's name (nobles' titles are _TITLE_OF_RE's)
_OFFICE_OF_RE = re.compile(
    # "Gustav Trolle, Archbishop of Uppsala": a see is an office, not a title of the name
    r"^\s*(?-i:Archdeacon|Deacon|Abbot|Prior|Dean|Canon|Cardinal|Patriarch|Metropolitan"
    r"|Bishop|Archbishop|Prince-Bishop"
    r"|Governor|Mayor|Sheriff|Magistrate|Prefect|Intendant|Viceroy|Bailiff)\s+of\s+"
    r"(?-i:[A-ZÀ-ÖØ-Þ])"
)
_RESPONSIBILITY_RE = re.compile(
    r"\s*responsibility\s+(?:is\s+|was\s+|remains\s+)?"
    r"(?:disputed|unclear|contested|uncertain|unknown|denied|unproven)\s*\.?\s*",
    re.I,
)
# a label of common words ending in a colon, with nothing after it
_HEADING_PART_RE = re.compile(r"\s*(?:[A-Z][a-z]+|[a-z]+)(?:\s+[a-z]+){0,4}\s*:\s*")
_STATEMENT_RE = re.compile(
    r"\b(?:describes?|described|says?|said|insists?|insisted|maintains?|maintained|calls?|called)"
    r"\s+(?:the|it|this|that|them)\b",
    re.I,
)
_ETC_RE = re.compile(r"\s+etc\.?(?=\s*(?:\(|$))", re.I)
_ROLE_LABEL_RE = re.compile(rf"^\W*{_ROLE_LABELS}\s*:\s*", re.I)
_NO_ACTOR_CLAUSE_RE = re.compile(r"^\W*(?:which|who|whom|whose)\s", re.I)
# "Hussam Taysir Duwait, acting alone (Israeli police)": how he acted, and who says so
_ALONE_RE = re.compile(
    r",?\s*(?:acting|working|operating)\s+(?:alone|independently|on\s+(?:his|her|their)\s+own)\b",
    re.I,
)
# "Steven Hatfill (exonerated)": cleared of suspicion; one "(acquitted)" at trial stays one
# of the accused, as the key says
_CLEARED_RE = re.compile(r"^\W*(?:later\s+)?(?:exonerated|cleared)\b(?!\s+by\b)", re.I)
_REFLEXIVE_TAIL_RE = re.compile(r"\s+(?:itself|themselves|himself|herself)(?=\s*(?:\(|$))", re.I)
_SUPPORTERS_RE = re.compile(
    # "Mobile Police (MOPOL), called in by Shell Petroleum Development Company": who sent for
    # them
    r"^\W*(?:called\s+in\s+by|summoned\s+by"
    # (those who "aided" it or gave "the support of" their men took part: _ALLY_SPLIT_RE)
    r"|(?:supported|backed|armed|funded|financed|sponsored)\s+by"
    r"|with\s+(?:the\s+)?backing\s+(?:of|from)"
    # "Romania, Support: Germany": a label for the backers
    r"|(?:support(?:ed)?|backing|backers|backed)\s*:"
    # "Juhanda, out of sympathy for the Islamic State": a motive, not another actor
    r"|(?:out\s+of|in)\s+(?:sympathy|solidarity)\s+(?:for|with)|inspired\s+by)\s",
    re.I,
)
_INSPIRED_RE = re.compile(r"\w-inspired\s+\w", re.I)
# A state's force named without its country ("Salvadoran Army, National Guard")
_BARE_FORCE_RE = re.compile(
    r"^\s*(?:the\s+)?(?:National|Civil|Civic|Republican|Presidential|Border|Coast|Rural|"
    r"Municipal|Military|Secret|Federal|State)?\s*(?:Guards?|Police|Gendarmerie|Army|"
    r"Air\s+Force|Navy|Militia)\s*$"
)


def _national_force(part: str, previous: _Named | None) -> _Named | None:
    """'Salvadoran Army, National Guard': the bare force is the same country's, when the
    dictionary knows it under the nationality the actor before it is written with."""
    if previous is None or previous.type != "state" or not _BARE_FORCE_RE.match(part):
        return None
    nationality = previous.raw.split()[0] if previous.raw.split() else ""
    if not nationality[:1].isupper() or nationality.casefold() in ("the", "national"):
        return None
    found = lookup(f"{nationality} {part.strip()}")
    return _named(found, part.strip()) if found is not None else None


def _mark_competing(
    claims: list[PerpetratorClaim], self_claims: Sequence[int] = ()
) -> list[PerpetratorClaim]:
    """Named claimants blaming different actors ("Shabiha (eye witnesses), Syrian opposition
    (regime claim)") make every claim disputed. A claim nobody is named for competes with no
    one ("Lebanese Forces militia; Israel Defense Forces (per the Kahan Commission)"). An
    actor claiming the attack is a claimant too ("JMB (per Bangladesh government); ISIL
    (claimed responsibility)"), though its claim's alleged_by stays empty."""
    groups: dict[str | None, set[str]] = {}
    for position, claim in enumerate(claims):
        if claim.alleged_by:
            who: str | None = " ".join(_lower(_words(claim.alleged_by)))
        elif position < len(self_claims) and self_claims[position]:
            who = "\0self " + claim.actor.casefold()
        else:
            who = None
        groups.setdefault(who, set()).add(claim.actor)
    named = [who for who in groups if who is not None]
    if len(named) == 1 and _state_deflects(claims, groups, named[0]):
        return _disputed(claims)
    if len(named) < 2 or len({frozenset(groups[who]) for who in named}) < 2:
        return claims
    if all(who.startswith("\0self ") for who in named):
        # "United Baloch Army (claimed Bacha Khan Chowk); Lashkar-e-Jhangvi (claimed Alamdar
        # Road)": each claims its own part of the event, no one blames another
        return claims
    return _disputed(claims)


# a state speaking for itself: "(per Iranian government)", "(regime claim)"
_STATE_CLAIMANT_RE = re.compile(
    r"\b(?:government|regime|authorities|officials|ministry|state\s+media|state\s+television)\b"
)


def _state_deflects(
    claims: list[PerpetratorClaim], groups: dict[str | None, set[str]], who: str
) -> bool:
    """ "IRGC, Basij; Jaish ul-Adl (per Iranian government)": the state whose forces the value
    names blames someone else, so the value holds two accounts."""
    if who.startswith("\0self ") or not _STATE_CLAIMANT_RE.search(who):
        return False
    blamed = groups[who] - groups.get(None, set())
    state = {c.actor for c in claims if not c.alleged_by and c.actor_type == "state"}
    accused = {c.actor for c in claims if c.actor in blamed and c.actor_type != "state"}
    return bool(state) and bool(accused)


def _disputed(claims: list[PerpetratorClaim]) -> list[PerpetratorClaim]:
    return [
        PerpetratorClaim(
            c.actor,
            c.actor_raw,
            c.actor_type,
            c.alleged_by,
            "disputed",
            c.in_dictionary,
            c.source_key,
        )
        for c in claims
    ]


# "The Moura massacre was carried out by Malian Armed Forces and Russian mercenaries from the
# Wagner Group between 27 and 31 March 2022": the agent phrase of a lead's opening sentences.
_LEAD_AGENT_RE = re.compile(
    # "carried out on 6 April 2010 by Naxalite insurgents of …": a day or place between
    # "was an ambush by Naxalite insurgents", "a massacre by …": the noun's agent
    r"\b(?:carried out|committed|perpetrated|conducted|ambush|attack|raid|massacre"
    # "a mass killing of civilians by the Islamic State": the victims between noun and agent
    r"|killings?|murders?|shootings?|bombings?|executions?)"
    r"(?:\s+(?:on|in|at|near|of)\s+[^.;:()]{1,60}?)?"
    # "by the Communist Party of India (Maoist)": a short bracket that is part of a name
    r"\s+by\s+((?:\([^().;:]{1,20}\)|[^.;:()]){3,300})",
    re.I,
)
# "took place on 4 October 2017, when militants of the Islamic State in the Greater Sahara
# (ISGS) attacked a joint patrol": the subject of the attack's verb
_LEAD_SUBJECT_RE = re.compile(
    r"\b(?:when|as)\s+((?:\([^().;:]{1,20}\)|[^.;:(),]){3,200}?)\s+(?:attacked|ambushed"
    r"|massacred|raided|stormed|overran|opened\s+fire)\b",
    re.I,
)
_LEADER_TAIL_RE = re.compile(r"\s+(?:under|led\s+by|commanded\s+by)\s.*$", re.I)
LEAD_AGENT_CHARS = 600  # the opening sentence or two: later ones report claims and history
# where the agent phrase ends: "... Wagner Group between 27 and 31 March", "..., in the town"
_AGENT_END_RE = re.compile(
    r",|\b(?:between|in|on|at|against|during|near|that|which|who|when|while|after|before"
    r"|as|over|under|with|from\s+\d)\b",
    re.I,
)


def lead_agents(lead: str) -> list[str]:
    """Dictionary actors that a lead's opening says carried the event out, in order.

    Not perpetrators (those come from the infobox, with their claimants): a hint to tell the
    attackers' side of a battle infobox (Combatant1/Casualties1) from the victims'."""
    if not isinstance(lead, str):
        return []
    found: list[str] = []
    opening = lead[:LEAD_AGENT_CHARS]
    phrases = [
        _AGENT_END_RE.split(m.group(1), maxsplit=1)[0] for m in _LEAD_AGENT_RE.finditer(opening)
    ]
    phrases += [
        subject
        for m in _LEAD_SUBJECT_RE.finditer(opening)
        # "when French and Native American forces under …": several forces, one phrase; the
        # dictionary's words inside it ("American forces") would name the wrong one
        if not re.search(r"\s(?:and|&)\s", subject := _LEADER_TAIL_RE.sub("", m.group(1)))
    ]
    for phrase in phrases:
        for hit in _scan_words(_words(phrase)):
            if hit.actor.name not in found:
                found.append(hit.actor.name)
    return found


def names_actor(text: str, actors: Sequence[str]) -> bool:
    """Does `text` (a victims group such as "SAA/NDF/Shabiha members") name one of `actors`?
    Used to tell the attackers' own dead from victims."""
    if not isinstance(text, str) or not text.strip():
        return False
    wanted: set[tuple[str, ...]] = set()
    forces: list[str] = []  # the states' forces among them, by their dictionary names
    insurgents = False  # "92 killed, 10 rebels" when RENAMO attacked: a rebel group's own men
    for name in actors or ():
        if not isinstance(name, str):
            continue
        found = lookup(name)
        if found is not None and found.type == "state":
            forces.append(found.name)
        words = _lower(_words(found.name if found else name))
        wanted.add(words)
        if len(words) > 1 and words[-1] in ("domain", "clan"):
            wanted.add(words[:-1])  # "11 Tosa samurai" are men of the "Tosa Domain"
        insurgents = (
            insurgents
            or (found is not None and found.type in ("non_state", "militia"))
            # "Chechen rebels led by Shamil Basayev": a rebel group the dictionary lacks
            or (found is None and bool(words) and words[-1] in _REBEL_WORDS)
        )
    wanted.discard(())
    if not wanted:
        return False
    if forces and places.names_country(text) and any(places.is_country_of(text, f) for f in forces):
        return True  # "Combatant1: South Africa" when the South African Defence Force attacked
    whole = lookup(_bounded(text).strip())
    if whole is not None and _lower(_words(whole.name)) in wanted:
        return True  # "Islamic State of Iraq and the Levant": one name with an "and" in it
    for piece in re.split(r"/|,|;|&|\band\b", _bounded(text), flags=re.I):
        words = _words(piece)
        if not words:
            continue
        found = _lookup_words(words)
        candidates = [found] if found else [m.actor for m in _scan_words(words)]
        if any(_lower(_words(a.name)) in wanted for a in candidates):
            return True
        bare = list(words)
        while len(bare) > 1 and bare[-1].lower() in _GENERIC_TAIL:
            bare.pop()
        if _lower(bare) in wanted:
            return True
        # "1 wolfer": one of the "Wolfers" (or the "American wolfers"); "c. 120 filibusters"
        # of "Walker's filibusters"
        for plural in (
            (bare[0] + "s", bare[0].lower()) if len(bare) == 1 and bare[0].islower() else ()
        ):
            if (plural,) in wanted or (
                # not a plain word for fighters or people ("1 soldier" of whichever side)
                plural not in _PLAIN_GROUP_WORDS and any(names[-1] == plural for names in wanted)
            ):
                return True
        if len(bare) == 1 and bare[0].islower():
            # "2 carabineros", "1 carabinero": men of the "Carabineros de Chile"
            plural = bare[0] if bare[0].endswith("s") else bare[0] + "s"
            if any(
                len(names) > 2 and names[0] == plural and names[1] in ("de", "of", "del", "do")
                for names in wanted
            ):
                return True
        if insurgents and len(bare) == 1 and bare[0].lower() in _INSURGENT_WORDS:
            return True
        if (
            insurgents
            and len(words) == 2
            and words[1].lower() in _INSURGENT_WORDS
            and any(words[0].lower() in names[:-1] for names in wanted)
        ):
            return True  # "153 Chechen militants" when "Chechen separatists" attacked
        head = bare[-1].lower().removesuffix("s")
        if (
            len(bare) <= 2
            and all(w.islower() for w in bare)
            and head in _FORCE_HEADS
            and any(len(names) > 1 and names[-1].removesuffix("s") == head for names in wanted)
        ):
            return True  # "3 guards": men of the "Assault Guards" and the "Civil Guard"
        if len(bare) == 1 and bare[0][:1].isupper() and bare[0].endswith("s"):
            singular = bare[0][:-1].lower()  # "+8 Maoists": "Communist Party of India (Maoist)"
            if any(len(names) > 2 and names[-1] == singular for names in wanted):
                return True
            plural = bare[0].lower()  # "+ 4 Levies": men of the "Assyrian Levies"
            if plural not in _PLAIN_GROUP_WORDS and any(
                len(names) > 1 and names[-1] == plural for names in wanted
            ):
                return True
        forces = [names for names in wanted if names[-1] in _FORCE_HEADS]
        member = _FORCE_MEMBER_RE.search(piece)
        if member and any(
            w[:1].isupper() and any(w.lower() in names for names in forces) for w in words
        ):
            return True  # "1 Soviet officer" among the "Soviet Army"'s men
        service = _lower(_words(piece[: member.start()]))[-2:] if member else ()
        if len(service) == 2 and any(names[-2:] == service for names in forces):
            return True  # "3 border guard officers" among the "ÁVH Border Guard"'s men
        crowds = [names for names in wanted if names[-1] in _CROWD_HEADS and len(names) > 1]
        if _CROWD_MEMBER_RE.search(piece) and any(
            w.lower() in names[:-1] for w in words for names in crowds
        ):
            return True  # "2 white rioters" among the "White mobs"
    return False


_INSURGENT_WORDS = frozenset(["rebels", "insurgents", "guerrillas", "guerillas", "militants"])
_REBEL_WORDS = _INSURGENT_WORDS | {"separatists", "jihadists", "fighters"}
# plain words for fighters or people, which name no side by themselves ("soldiers")
_PLAIN_GROUP_WORDS = _COUNTED_NOUNS | _GENERIC_TAIL | _PEOPLE_HEADS
# a crowd named by who is in it ("White mobs", "Hindu mobs"), and the words for its members
_CROWD_HEADS = frozenset(["mob", "mobs", "rioters", "crowd", "crowds", "lynch", "posse", "posses"])
_CROWD_MEMBER_RE = re.compile(r"\b(?:rioters?|lynchers?|mob\s+members?|posse\s+members?)\b", re.I)


# A member of armed forces, and the head words of a force's name
_FORCE_MEMBER_RE = re.compile(
    r"\b(?:soldiers?|officers?|troops?|servicem[ae]n|policem[ae]n|gendarmes?|marines?|"
    r"paratroopers?|guardsm[ae]n|sailors?|airm[ae]n)\b",
    re.I,
)
# ("1 South African soldier wounded" is one of the "South African Defence Force")
_FORCE_HEADS = frozenset(
    ["army", "forces", "force", "police", "guard", "military", "troops", "gendarmerie"]
)
# the head words of any armed service or unit ("Ethiopian Air Force", "Mewar Bhil Corps")
_SERVICE_HEADS = _FORCE_HEADS | frozenset(
    ["force", "navy", "corps", "militia", "constabulary", "regiment", "brigade", "division"]
    + ["battalion"]
)
# the last word of an organisation's name: no person's name to shorten ("National Liberation
# Army" is not "National Army")
_ORGANISATION_WORDS = _SERVICE_HEADS | frozenset(
    ["front", "party", "movement", "group", "league", "council", "committee", "union"]
    + ["organisation", "organization", "guards", "brigades", "legion", "alliance"]
    + ["government", "service", "jihad", "tigers"]
    # "Russian Interior Ministry" is no "Russian Ministry"
    + ["ministry", "directorate", "agency", "bureau", "office", "department", "administration"]
)
