"""Article -> rows of every table: the one place where the field normalizers meet.

Event ids here are provisional (the title's slug); the table builder makes them unique
across the whole corpus, because only it sees every file.
"""

from __future__ import annotations

import re
from dataclasses import fields as dataclass_fields
from typing import Any

from pipeline.normalize import actors, casualties, conflicts, dates, places, vocab
from pipeline.read import Article
from pipeline.text import clean_text, slugify

Row = dict[str, Any]
# "Operational": a camp's infobox gives its period; "Death_date": a victim's biography
# infobox (Graham Staines, "Died" in Henry Liu's) dates the killing by the death
DATE_KEYS = ("Date", "Dates", "Time", "Operational", "Death_date", "Died")


# "Lua error in Module:WikidataIB at line 665: …": a template that failed when the page was
# flattened; its words and line number say nothing of the event
_TEMPLATE_ERROR_RE = re.compile(r"^\W*(?:Lua|Script|Expression)\s+error\b", re.IGNORECASE)


def _rendered(value: str) -> str:
    return "" if _TEMPLATE_ERROR_RE.match(value) else value


def _flat(record: Any) -> Row:
    """A flat dataclass as a dict; `asdict` deep-copies every value, which costs more than
    all the claim's other work."""
    return {f.name: getattr(record, f.name) for f in dataclass_fields(record)}


_ALSO_KNOWN_RE = re.compile(
    r"(?:\balso\s+(?:known\s+as|called|referred\s+to\s+as)"
    # "(though many contemporary scholars prefer to call it the Cajamarca massacre)"
    r"|\b(?:call|calls|called|name|names|named)\s+it)\s+(?:the\s+)?"
    r"([^,;()]{3,120}?)(?=\s*[),;]|\s+(?:and|or|took|was|is|occurred|happened)\b)"
)


def wikipedia_url(title: str) -> str:
    return "https://en.wikipedia.org/wiki/" + title.replace(" ", "_")


def _conflict(
    found: str | None, attackers: list[str], date_range: dates.DateRange | None
) -> str | None:
    """The Partof's (or lead's) war `found`; else, or for an engagement the dictionary does
    not know, the world war the perpetrators' forces and the date imply."""
    start = date_range.start if date_range else None
    if found is None or conflicts.unknown_engagement(found):
        return conflicts.implied_war(attackers, start) or found
    return found


def event_date(article: Article) -> tuple[dates.DateRange | None, str | None, str | None]:
    """(range, source, raw): the first date key that parses, else the lead's first full date."""
    for key in DATE_KEYS:
        for value in article.values(key):
            parsed = dates.parse_date(_rendered(value))
            if parsed is not None:
                return parsed, key, clean_text(value)
    found = dates.lead_date(article.lead)
    if found is not None:
        return found[0], "lead", clean_text(found[1])
    first = article.first(*DATE_KEYS)
    return None, None, clean_text(first[1]) if first else None


def _value(article: Article, *keys: str) -> str | None:
    found = article.first(*keys)
    return clean_text(found[1]) if found else None


def normalize_article(article: Article, geocode: bool = False) -> dict[str, list[Row]]:
    """Rows for events, casualty_claims, perpetrator_claims, infobox_fields and sections.
    `geocode`: fill coordinates from the offline gazetteer when the article gives none."""
    event_id = slugify(article.title) or slugify(article.source_file)
    fields = [(f.key, _rendered(f.value)) for f in article.infobox if f.key is not None]

    date_range, date_source, date_raw = event_date(article)
    where = places.place(fields, article.title, article.lead, geocode=geocode)
    partof = _value(article, "Partof", "Part_of")
    war = conflicts.conflict(partof, article.lead, date_range.start if date_range else None)
    if war and not partof and slugify(war) == slugify(article.title):
        war = None  # "The Gwangju Uprising was …": the lead names the event itself, no war
    # "Nationalist troops" in a lead's Spanish Civil War: generic words read in the lead's war
    named = actors.perpetrators(fields, war="" if partof else war or "")
    perps = actors.common_names(named, (s.text for s in article.sections))
    # whose losses are the attackers' own: the infobox's perpetrators, else the lead's agents
    attackers = perps.actors or actors.lead_agents(article.lead)
    # "The raid on Deerfield (also known as the Deerfield Massacre)": the lead's other names
    # for the event say what it is as the title does
    aliases = "; ".join(m.group(1) for m in _ALSO_KNOWN_RE.finditer(article.lead[:400]))
    named_as = f"{article.title}; {_value(article, 'Conflict') or ''}"
    named_as = f"{named_as}; {aliases}" if aliases else named_as
    claims, killed, injured = casualties.casualties(
        fields,
        is_perpetrator=lambda text: actors.names_actor(text, attackers),
        # the infobox's own name for the event ("Operation Dingo, Chimoio massacre") beside
        # the title says what the article is about as the title does
        context=f"{named_as} | {where.location_raw or ''}",
    )
    type_raw = _value(article, "Type")
    weapons_raw = _value(article, "Weapons", "Weapon")

    event: Row = {
        "event_id": event_id,
        "title": article.title,
        "source_file": article.source_file,
        "source_sha256": article.source_sha256,
        "source_decode_errors": article.decode_errors,
        "wikipedia_url": wikipedia_url(article.title),
        "conflict": _conflict(war, attackers, date_range),
        "event_types": vocab.event_types(type_raw),
        "date_start": date_range.start if date_range else None,
        "date_end": date_range.end if date_range else None,
        "date_precision": date_range.precision if date_range else None,
        "date_source": date_source,
        "date_raw": date_raw,
        "location_raw": where.location_raw,
        "place": where.place,
        "admin1": where.admin1,
        "country": where.country,
        "country_code": where.country_code,
        "latitude": where.latitude,
        "longitude": where.longitude,
        "geo_precision": where.geo_precision,
        "fatalities_low": killed.low,
        "fatalities_high": killed.high,
        "fatalities_includes_injured": killed.includes_injured,
        "fatalities_disputed": killed.disputed,
        "fatalities_raw": killed.raw,
        "injuries_low": injured.low,
        "injuries_high": injured.high,
        "injuries_raw": injured.raw,
        "perpetrators": perps.actors,
        "perpetrator_status": perps.status,
        "perpetrators_raw": perps.raw,
        "target": _value(article, "Target", "Targets"),
        "weapons": vocab.weapons(weapons_raw, type_raw),
        "weapons_raw": weapons_raw,
    }
    return {
        "events": [event],
        "casualty_claims": [
            {"event_id": event_id, "claim_id": i, **_flat(claim)}
            for i, claim in enumerate(claims, start=1)
        ],
        "perpetrator_claims": [
            {"event_id": event_id, "claim_id": i, **_flat(claim)}
            for i, claim in enumerate(perps.claims, start=1)
        ],
        "infobox_fields": [
            {
                "event_id": event_id,
                "position": f.position,
                "line": f.line,
                "key": f.key,
                "value": f.value,
            }
            for f in article.infobox
        ],
        "sections": [
            {
                "event_id": event_id,
                "position": s.position,
                "level": s.level,
                "heading": s.heading,
                "text": s.text,
            }
            for s in article.sections
        ],
    }
