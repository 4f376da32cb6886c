"""A page's JSON-LD objects (``<script type="application/ld+json">``), read leniently: the
wrappers CMSs put around a block (CDATA, an HTML comment) are removed, a block that does not
parse is passed over, ``@graph`` lists are walked.
"""

from __future__ import annotations

import json
import re
from typing import Any


def jsonld_objects(tree: Any) -> list[dict[str, Any]]:
    """The JSON-LD objects of a page (lxml tree): each ``application/ld+json`` script's
    top-level objects and those of its ``@graph``, in page order (at most 20 scripts; a
    script that does not parse is passed over)."""
    objects: list[dict[str, Any]] = []

    def walk(node: Any, depth: int) -> None:
        if depth > 4:
            return
        if isinstance(node, list):
            for item in node[:50]:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            objects.append(node)
            if "@graph" in node:
                walk(node["@graph"], depth + 1)

    # the document's scripts by a walk in C (lxml's iter), their type tested here: the same
    # elements in the same order as XPath's //script[@type=...], at ~2/3 of its cost
    scripts = [
        s for s in tree.getroottree().iter("script") if s.get("type") == "application/ld+json"
    ]
    for script in scripts[:20]:
        text = _unwrapped(script.text or "")
        try:
            # strict=False: a raw newline or tab inside a string (CMSs write them) is allowed
            walk(json.loads(text, strict=False), 0)
        except (ValueError, RecursionError):
            continue
    return objects


# What CMSs wrap a JSON-LD block in: a CDATA section (XHTML habits, "//<![CDATA[ ... //]]>")
# or an HTML comment; json.loads fails on either, and the page's headline and publication
# date were lost with it (a 2020 article then took its 2025 modification date).
_JSONLD_WRAPPER = re.compile(
    r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$"
)


def _unwrapped(text: str) -> str:
    """A JSON-LD block without its wrapper (:data:`_JSONLD_WRAPPER`).  The pattern's closing half
    is tried at every character of the block (0.4 ms a page on the 439 Zyte + Fundus pages of
    bench/speed.py); a block whose stripped text neither opens with "<!" or "//" nor closes with
    "]]>" or "-->" has no wrapper to remove, and is returned as it is."""
    if text.lstrip().startswith(("<!", "//")) or text.rstrip().endswith(("]]>", "-->")):
        return _JSONLD_WRAPPER.sub("", text)
    return text


def literal(value: Any) -> str | None:
    """The string a JSON-LD property gives, in compacted or expanded form: a string as it is,
    a value object's ``@value`` (``{"@value": "Ann Lee", "@language": "en"}``), or the first
    string of a list of them (JSON-LD 1.1, section 4.2 "Describing values"); None for anything
    else (a number, a node reference)."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            item = item.get("@value")
        if isinstance(item, str):
            return item
    return None


def items(value: Any) -> list[Any]:
    """The members of a JSON-LD property's value: a list, an ordered list object
    (``{"@list": [...]}``), a set object (``{"@set": [...]}``), or the one value given."""
    if isinstance(value, dict) and len(value.keys() & {"@list", "@set"}) == 1:
        value = value.get("@list", value.get("@set"))
    return value if isinstance(value, list) else [value]


def types_of(obj: dict[str, Any]) -> str:
    t = obj.get("@type")
    return " ".join(t) if isinstance(t, list) else str(t or "")
