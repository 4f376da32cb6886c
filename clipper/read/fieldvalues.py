"""One field's value in a record, as clipper reads it: first present wins, a blank or null
counts as absent, an array of one value is that value, a WordPress ``{"rendered": ...}``, a
named object, MongoDB's ``{"$date": ...}``, a JSON-LD value, list or set object
(``{"@value": ...}``, ``{"@list": [...]}``) give their string; a value of another JSON type than
string, or several different strings in a one-value field, raise :class:`BadField`.  Text is
scrubbed of NULs and lone surrogates so it can be stored.
"""

from __future__ import annotations

import re
from typing import Any

from clipper import graphemes
from clipper.jsonld import items
from clipper.read.blocks import blocks_text
from clipper.read.fieldnames import TEXT_FIELDS

# The fields whose JSON-LD node reference (``{"@type": "WebPage", "@id": "https://…"}``) is the
# page's address: a schema.org NewsArticle written whole as a record names its page in
# ``mainEntityOfPage`` (schema.org, "mainEntityOfPage"; Google's Article structured data).
_NODE_ADDRESS_FIELDS = frozenset({"mainEntityOfPage"})


class BadField(Exception):
    """A JSONL field has the wrong type; the message names it."""


def value_of(obj: dict[str, Any], name: str) -> object:
    """``obj[name]``; a WordPress REST object ``{"rendered": "..."}`` gives its string, a named
    object (``{"@type": "Organization", "name": "..."}``, NewsAPI's ``{"id": .., "name": ..}``)
    its name, the New York Times' ``{"main": "...", "print_headline": ...}`` its main one,
    Crawl4AI's ``{"raw_markdown": "...", "fit_markdown": ..., "markdown_with_citations": ...}``
    its ``fit_markdown`` (the article its content filter kept) when that holds any text, else
    its whole page's ``raw_markdown``, a body object ``{"html": "<p>…</p>", "text": ...}`` its
    HTML (read as HTML by its markup); MongoDB's ``{"$date": ...}`` its date
    (:func:`_extended_json_date`); a JSON-LD value as its compacted value
    (:func:`_jsonld_value`); ``mainEntityOfPage``'s node reference its ``@id``; None for a
    field the record does not hold, at once (most of those asked: reading a one-day record of
    4 fields asks ~180 names)."""
    value = obj.get(name)
    if value is None:
        return None
    value = _one(_jsonld_value(value))
    if (
        isinstance(value, dict)
        and name in _NODE_ADDRESS_FIELDS
        and isinstance(value.get("@id"), str)
    ):
        return value["@id"]
    if isinstance(value, dict) and "$date" in value:
        return _extended_json_date(value["$date"])
    if isinstance(value, dict):
        fit = value.get("fit_markdown")
        if isinstance(fit, str) and fit.strip():
            return fit
        for key in ("rendered", "name", "main", "raw_markdown", "html", "text"):
            if isinstance(value.get(key), str):
                return value[key]
        # a body object holding its paragraphs ({"paragraphs": ["...", "..."]})
        if isinstance(value.get("paragraphs"), list):
            return value["paragraphs"]
    return value


def is_value(value: object) -> bool:
    """Whether ``value``, a JSON object, is one field's value rather than a group of fields: a
    JSON-LD value object (``{"@value": "2024-03-06T09:15:00Z", "@type": "xsd:dateTime"}``), list
    or set object (``{"@list": [...]}``), or MongoDB's ``{"$date": ...}``."""
    return isinstance(value, dict) and (
        "@value" in value or "$date" in value or len(value.keys() & {"@list", "@set"}) == 1
    )


def _jsonld_value(value: object) -> object:
    """A record's value written in JSON-LD's expanded shapes (a scraper that copied the page's
    JSON-LD block into its record, a schema.org exporter) as the compacted value clipper reads:
    a value object its ``@value`` (``{"@value": "2024-03-06T09:15:00Z"}``; its ``@type`` and
    ``@language`` are not kept), a list or set object its members (:func:`clipper.jsonld.items`),
    an array of value objects the array of their values (``[{"@value": "…", "@language":
    "en"}]``: one value, as an array of one string is).  JSON-LD 1.1, section 4.2 "Describing
    values" and 4.3 "Value ordering"; anything else is as it is."""
    if isinstance(value, dict) and len(value.keys() & {"@list", "@set"}) == 1:
        value = items(value)
    if isinstance(value, list):
        return [_jsonld_value(item) if isinstance(item, dict) else item for item in value]
    if isinstance(value, dict) and "@value" in value:
        return value["@value"]
    return value


def _extended_json_date(value: object) -> object:
    """A date as MongoDB's Extended JSON writes it (``mongoexport``: ``{"$date":
    "2017-12-01T19:38:11.000Z"}``, or in its canonical form ``{"$date": {"$numberLong":
    "1512157091000"}}``, epoch milliseconds): the ISO string, or the epoch as a number."""
    if isinstance(value, dict) and isinstance(value.get("$numberLong"), str):
        number = value["$numberLong"].strip()
        return int(number) if re.fullmatch(r"-?\d{1,19}", number) else None
    return value


def _one(value: object) -> object:
    """A field's value as one value: an array of one value (what a Scrapy ``ItemLoader``
    without ``TakeFirst()`` writes for every field: ``"url": ["https://..."]``), or of the same
    string repeated (a selector that matched twice), is that value; anything else (an empty
    array too) is as it is."""
    if not isinstance(value, list):
        return value
    if len(value) == 1:
        return value[0]
    if all(isinstance(item, str) for item in value) and len({v.strip() for v in value}) == 1:
        return value[0]
    return value


def first_present(obj: dict[str, Any], names: tuple[str, ...]) -> object:
    """The value of the first of ``names`` that is neither null nor a blank string."""
    for name in names:
        value = value_of(obj, name)
        if value is not None and not (isinstance(value, str) and not value.strip()):
            return value
    return None


def text_field(obj: dict[str, Any]) -> str | None:
    """The first text field: a string, an array of paragraph strings (crawlers that keep
    paragraphs apart) joined by blank lines, or a CMS's blocks (``[{"type": "paragraph",
    "text": …}, {"type": "image", …}]``, Portable Text, Editor.js, Contentful rich text, Arc
    XP's ``content_elements``: :func:`clipper.read.blocks.blocks_text`)."""
    for name in TEXT_FIELDS:
        value = value_of(obj, name)
        if isinstance(value, list) and all(isinstance(p, str) for p in value):
            value = "\n\n".join(p.strip() for p in value if p.strip())
        elif isinstance(value, list | dict):
            value = blocks_text(value) or value
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if not isinstance(value, str):
            raise BadField(
                f'field "{name}" is a JSON {json_type(value)}, not a string or paragraphs'
            )
        return value
    return None


def str_field(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The first of ``names`` present with a non-blank value; null and "" count as absent
    (news-please writes null for every field it could not fill, the CC-News export an empty
    string); any type but string is an error."""
    value = raw_str_field(obj, names)
    return None if value is None else scrub(value)


def raw_str_field(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """:func:`str_field` before :func:`scrub`."""
    for name in names:
        value = value_of(obj, name)
        if value is None:
            continue
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            shown = ", ".join(f'"{_shown(v)}"' for v in value[:2])
            raise BadField(
                f'field "{name}" holds {len(value)} different values ({shown}'
                f"{', …' if len(value) > 2 else ''}), not one"
            )
        if not isinstance(value, str):
            raise BadField(f'field "{name}" is a JSON {json_type(value)}, not a string')
        if value.strip():
            return value
    return None


def _shown(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= 40 else graphemes.cut(value, 39) + "…"


def json_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def scrub(text: str) -> str:
    """Drop NULs (``\\u0000``: legal in JSON, never text, refused by PostgreSQL) and replace lone
    surrogates (legal in JSON, illegal in UTF-8) so the text can be stored."""
    return scrub_encoded(text)[0]


def scrub_encoded(text: str) -> tuple[str, bytes]:
    """:func:`scrub` of ``text`` and its UTF-8 bytes: the check that it encodes is its
    encoding (an HTML field, ~300 KB, was encoded once to check it and again as the body)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        return text, text.encode("utf-8")
    except UnicodeEncodeError:
        encoded = text.encode("utf-8", "replace")
        return encoded.decode("utf-8"), encoded
