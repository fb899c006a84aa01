"""Event types and weapons through controlled vocabularies (reference data, not code).

Infobox `Type` and `Weapons` values are free text ("Backpack bombs or suicide bombings",
"AK-47s and other small arms"). Both are read by finding known phrases as whole words,
longest first, in `reference/event_types.csv` and `reference/weapons.csv`; what no phrase
covers is left out rather than guessed. The phrase matcher is shared with the conflict
normalizer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from pipeline import reference
from pipeline.text import CACHE_SIZE

# Hostile input: anything past this is not a plausible infobox value or lead paragraph.
MAX_CHARS = 20_000

WEAPON_CATEGORIES = (
    "firearms",
    "explosives",
    "incendiary",
    "chemical",
    "biological",
    "radiological",
    "nuclear",
    "melee",
    "vehicle",
    "other",
    "unknown",
)

_WORD_RE = re.compile(r"[^\W_]+")
_ASCII_RE = re.compile(r"[a-z0-9]+")
_DIGITS_PLURAL_RE = re.compile(r"\d+s")
# "Bayonet (unused)": a listed weapon that was not used is no weapon of the event.
_UNUSED_RE = re.compile(r"\([^()]*\b(?:unused|not used|never used|not fired|unfired)\b", re.I)
_ITEM_RE = re.compile(r"[,;]")


class Token(NamedTuple):  # a tuple: built by the ten thousand, so cheap to construct
    key: str  # folded, singular: "AK-47s" -> "ak", "47"
    capital: bool  # the word as written starts with a capital or a digit (a proper name)


def _stem(word: str) -> str:
    """Crude singular so 'bombs'/'bomb', 'conflicts'/'conflict' meet ('crisis' stays)."""
    if _DIGITS_PLURAL_RE.fullmatch(word):
        return word[:-1]
    if len(word) >= 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        if word.endswith("ies") and len(word) > 4:
            return word[:-3] + "y"
        return word[:-1]
    return word


@lru_cache(maxsize=CACHE_SIZE)
def _word_tokens(raw: str) -> tuple[Token, ...]:
    """The tokens of one written word; words repeat across texts, so this is memoized."""
    if raw.isascii():  # [^\W_]+ on ASCII is letters and digits: nothing to unaccent
        folded = raw.lower()
        parts = [folded] if folded.isalnum() else _ASCII_RE.findall(folded)
    else:
        folded = unicodedata.normalize("NFKD", raw)
        folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
        parts = _ASCII_RE.findall(folded)
    capital = raw[:1].isupper() or raw[:1].isdigit()
    return tuple(Token(_stem(part), capital) for part in parts)


def tokens(text: str) -> list[Token]:
    """Words of a text, folded (accents, case, apostrophes, punctuation) and singular."""
    found: list[Token] = []
    for raw in _WORD_RE.findall(text[:MAX_CHARS]):
        found.extend(_word_tokens(raw))
    return found


def phrase_key(text: str) -> tuple[str, ...]:
    """The lookup key of a phrase: its folded words."""
    return tuple(t.key for t in tokens(text))


@dataclass(frozen=True)
class Match:
    start: int  # token index
    end: int  # token index after the match
    values: tuple[str, ...]


class PhraseIndex:
    """Whole-word, longest-first phrase matching over folded tokens."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        table: dict[tuple[str, ...], list[str]] = {}
        for phrase, value in entries:
            key = phrase_key(phrase)
            if key and value not in table.setdefault(key, []):
                table[key].append(value)
        self.table = {key: tuple(values) for key, values in table.items()}
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for key in self.table:
            by_first.setdefault(key[0], []).append(key)
        self.by_first = {k: sorted(v, key=len, reverse=True) for k, v in by_first.items()}

    def find(self, words: Sequence[Token]) -> list[Match]:
        """Non-overlapping matches, left to right, the longest phrase at each position."""
        keys = [t.key for t in words]
        by_first, table = self.by_first, self.table
        found: list[Match] = []
        index = 0  # the first position not covered by a match
        for start, key in enumerate(keys):
            if start < index or key not in by_first:
                continue
            for candidate in by_first[key]:
                end = start + len(candidate)
                if tuple(keys[start:end]) == candidate:
                    found.append(Match(start, end, table[candidate]))
                    index = end
                    break
        return found

    def get(self, phrase: str) -> tuple[str, ...]:
        return self.table.get(phrase_key(phrase), ())


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item:
            seen.setdefault(item, None)
    return list(seen)


@cache
def _event_index() -> PhraseIndex:
    """phrase -> 'term|weapon' pairs (a phrase may give several terms, in row order)."""
    rows = reference.rows("event_types")
    return PhraseIndex((r["phrase"], f"{r['term']}|{r['weapon']}") for r in rows)


@cache
def _weapon_index() -> PhraseIndex:
    return PhraseIndex((r["phrase"], r["category"]) for r in reference.rows("weapons"))


def _text(value: object) -> str:
    return value[:MAX_CHARS] if isinstance(value, str) else ""


def _type_pairs(type_value: str | None) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for match in _event_index().find(tokens(_text(type_value))):
        for value in match.values:
            term, _, weapon = value.partition("|")
            pairs.append((term, weapon))
    return pairs


def event_types(type_value: str | None) -> list[str]:
    """Controlled lower-case event types named in a Type value, unique, in order of mention.

    'Backpack bombs or suicide bombings' -> ['bombing', 'suicide bombing']; words no phrase
    covers are dropped (the raw value stays in infobox_fields).
    """
    return _unique(term for term, _ in _type_pairs(type_value))


def _weapons_in(text: str) -> list[str]:
    text = " , ".join(item for item in _ITEM_RE.split(text) if not _UNUSED_RE.search(item))
    return _unique(v for m in _weapon_index().find(tokens(text)) for v in m.values)


def weapons(weapons_value: str | None, type_value: str | None = None) -> list[str]:
    """GTD weapon categories of an event, unique, in order of mention.

    From the Weapons (else Weapon) value; when there is none, what the Type value implies
    ('car bomb' -> explosives, 'mass shooting' -> firearms, 'sarin attack' -> chemical);
    [] when nothing is known. A Weapons value that names nothing known (or says 'Unknown')
    gives what the Type implies, else ['unknown'].
    """
    text = _text(weapons_value)
    implied = _unique(weapon for _, weapon in _type_pairs(type_value))
    if not any(c.isalnum() for c in text):
        return implied
    known = [c for c in _weapons_in(text) if c != "unknown"]
    return known or implied or ["unknown"]
