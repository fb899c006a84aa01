"""Who says so: the wording of an attribution, shared by perpetrators and casualty figures.

Infobox values name their source in a few fixed ways: a lead before the name ("according to
the Ukrainian government", "per SOHR", "as reported by HRW", "concluded by UN
investigations") or a claim word after it ("regime claim", "KLA sources"). Perpetrators
(`actors`) and casualty figures (`casualties`) read the same grammar with their own words:
an actor is "blamed by" or "accused by", a figure is "counted by" or "estimated by"; an
alleger is stripped of "sources", while a figure's claimant keeps it ("KLA sources").
So the grammar lives here, and each module passes its vocabulary as a `Phrasing`.

Words are regular-expression fragments ("claims?"), where a space stands for any run of
whitespace. Every function is total: any string gives a result, never an exception.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Leads both modules read: "according to X", "as per X", "per X".
LEADS: tuple[str, ...] = ("according to", "as per", "per")
# Verbs both modules read before "by": "claimed by X", "as reported by X".
REPORTING_VERBS: tuple[str, ...] = ("claimed", "reported", "confirmed")
# Claim words both modules read after a name: "regime claim", "UN reports".
CLAIM_WORDS: tuple[str, ...] = ("claims?", "reports?")

# Nouns that name a source on their own, with no lead or claim word: "132 (government)",
# "51 (opposition), 123 (regime)". Only words that never name who died ("police",
# "residents", "soldiers" may be the victims), with an optional "the" and a level of office.
SOURCE_NOUNS: tuple[str, ...] = ("government", "regime", "opposition", "authorities")
_SOURCE_LEVELS = ("local", "national", "federal", "central", "state", "official", "military")

_THE_RE = re.compile(r"^(?:the)\s+", re.IGNORECASE)

# A quantifier names no one: "(various estimates)" -> "various", "(several sources)" is no
# claimant. A name made only of these words, and generic words for a source, is dropped.
QUANTIFIERS: tuple[str, ...] = (
    "various", "several", "some", "many", "multiple", "different", "differing", "numerous",
    "few", "most", "certain", "varying",
)  # fmt: skip
_GENERIC_SOURCE_WORDS = (
    "sources?",
    "reports?",
    "accounts?",
    "estimates?",
    "figures?",
    "counts?",
    "claims?",
)


def alternation(words: Iterable[str]) -> str:
    """'according to', 'per' -> r'according\\s+to|per': text is rarely single-spaced."""
    return "|".join(r"\s+".join(word.split()) for word in words)


def lead_pattern(
    verbs: Iterable[str],
    *,
    leads: Iterable[str] = LEADS,
    after_verb: Iterable[str] = ("by",),
    verb_optional: bool = False,
) -> str:
    """Regex source of the words that open an attribution: a lead ("according to"), or an
    optional "as", a verb and a word after it ("as reported by"). With `verb_optional`, "as"
    and the verb may both be left out ("by X", "concluded by X")."""
    verb = rf"(?:as\s+)?(?:(?:{alternation(verbs)})\s+){'?' if verb_optional else ''}"
    options = [alternation(leads), rf"{verb}(?:{alternation(after_verb)})"]
    return "|".join(option for option in options if option)


def prefix_re(lead: str, *, skip: str = "") -> re.Pattern[str]:
    """`lead` (from `lead_pattern`) at the start of a text, after `skip` (e.g. r'\\W*')."""
    return re.compile(rf"^{skip}(?:{lead})\s+", re.IGNORECASE)


def suffix_re(words: Iterable[str], *, trailing: str = "") -> re.Pattern[str]:
    """A claim word at the end of a text ("regime claim"), before `trailing` (e.g. r'\\W*')."""
    return re.compile(rf"\s+(?:{alternation(words)}){trailing}$", re.IGNORECASE)


@dataclass(frozen=True)
class Phrasing:
    """How one kind of value words its source.

    `inner`: characters stripped after the lead and claim word are gone, before a leading
    "the"; `edge`: characters stripped last, around the bare name."""

    prefix: re.Pattern[str]
    suffix: re.Pattern[str]
    inner: str = ""
    edge: str = " "


_BARE_SOURCE_RE = re.compile(
    rf"^\W*(?:the\s+)?(?:(?:{alternation(_SOURCE_LEVELS)})\s+)?(?:{alternation(SOURCE_NOUNS)})\W*$",
    re.IGNORECASE,
)


_QUANTIFIER_NAME_RE = re.compile(
    rf"^\W*(?:(?:{alternation(QUANTIFIERS)})\W+)+"
    rf"(?:(?:{alternation(_GENERIC_SOURCE_WORDS)})\W*)*$",
    re.IGNORECASE,
)


def is_quantifier(text: str) -> bool:
    """'various', 'several sources', 'some': a quantifier, never a claimant's name."""
    return isinstance(text, str) and _QUANTIFIER_NAME_RE.match(f"{text} ") is not None


def is_bare_source(text: str) -> bool:
    """'government', 'the regime', '(opposition)': a source named by its noun alone."""
    return isinstance(text, str) and _BARE_SOURCE_RE.match(text) is not None


def opens_with_lead(text: str, phrasing: Phrasing) -> bool:
    """'according to the Red Cross', 'per U.N. observers': a lead opens the text."""
    return isinstance(text, str) and phrasing.prefix.match(text) is not None


def ends_with_claim_word(text: str, phrasing: Phrasing) -> bool:
    """'opposition claim', 'government figures': a claim word closes the text; or the text is
    a source's noun alone ('government', 'the regime'), which is a claim by its wording too."""
    return isinstance(text, str) and (
        phrasing.suffix.search(text) is not None or is_bare_source(text)
    )


def is_attribution(text: str, phrasing: Phrasing) -> bool:
    """Does the text (say, a parenthesis) name a source by its wording alone?"""
    return opens_with_lead(text, phrasing) or ends_with_claim_word(text, phrasing)


def strip_attribution(text: str, phrasing: Phrasing) -> str | None:
    """The source's bare name: 'according to the Ukrainian government' -> 'Ukrainian
    government', 'regime claim' -> 'regime'; None when no name is left, or only a
    quantifier ('various estimates', 'several sources')."""
    if not isinstance(text, str):
        return None
    name = phrasing.suffix.sub("", phrasing.prefix.sub("", text))
    name = _THE_RE.sub("", name.strip(phrasing.inner)).strip(phrasing.edge)
    return None if not name or is_quantifier(name) else name
