"""trafilatura's own XML output (``trafilatura --xml``, ``extract(..., output_format="xml")``):
one ``<doc>`` per file, its metadata as attributes (``url``, ``title``, ``date``, ``author``,
``sitename``, ``hostname``, ``description``) and the article under ``<main>`` (``<p>``,
``<head>``, ``<list>``/``<item>``, ``<quote>``, ``<table>``/``<cell>``; inline ``<hi>``,
``<ref>``, ``<lb/>``).  Read with lxml (no entities resolved, nothing fetched) as a record of
those fields with the article's blocks as its text, one paragraph a line; ``<comments>`` are
the readers', not the article's, and are left out.  trafilatura's TEI output (``--xmltei``) is
not read."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection, digest
from clipper.read.failures import Event
from clipper.read.fields import record_event

# The opening of trafilatura's XML: an optional declaration, then "<doc" and its attributes.
_DOC_OPENING = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}\?>\s*)?<doc[\s>]")
# Blocks whose text is one paragraph, and those holding blocks.
_BLOCKS = frozenset({"p", "head", "item", "cell", "code", "quote"})
_CONTAINERS = frozenset({"list", "table", "row", "quote", "div", "main"})
# The attributes read as a record's fields (clipper.read.fieldnames names them).
_FIELDS = ("url", "title", "date", "author", "sitename", "hostname", "description")
_SPACE = re.compile(r"\s+")


def opens_trafilatura_doc(data: bytes) -> bool:
    """Whether an XML file's bytes open as trafilatura's ``<doc …>`` (:data:`_DOC_OPENING`)."""
    return _DOC_OPENING.match(data[:1024]) is not None


def trafilatura_page(data: bytes, origin: str, limits: ReadLimits) -> Event:
    """The page of a trafilatura XML file's bytes (:func:`trafilatura_record`, read as a
    record is: :func:`clipper.read.fields.record_event`), or a ``bad-record`` saying why there
    is none."""
    record = trafilatura_record(data)
    if isinstance(record, str):
        return Rejection(origin, "bad-record", record)
    event = record_event(record, origin, limits)
    if isinstance(event, RawPage):
        event.raw_hash = digest(data)  # the file as given
    return event


def trafilatura_record(data: bytes) -> dict[str, Any] | str:
    """The record of a trafilatura XML file: its ``<doc>`` attributes named as a record's fields
    and ``text``, the blocks under ``<main>`` one a line; or why it is none (a message: not
    well-formed, no ``<main>``)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        return f"trafilatura XML that is not well-formed ({error})"
    main = root.find("main") if root.tag == "doc" else None
    if main is None:
        return "trafilatura XML without a <main> element"
    lines: list[str] = []
    _blocks(main, lines)
    record: dict[str, Any] = {
        name: value.strip() for name in _FIELDS if (value := root.get(name)) and value.strip()
    }
    record["text"] = "\n\n".join(lines)
    return record


def _blocks(element: etree._Element, lines: list[str]) -> None:
    """The text of each block under ``element``, in order, into ``lines`` (a quote's own
    paragraphs each a line; a quote holding only text one line)."""
    for child in element:
        if not isinstance(child.tag, str):
            continue  # a comment or processing instruction
        if child.tag in _CONTAINERS and any(
            isinstance(c.tag, str) and c.tag in _BLOCKS | _CONTAINERS for c in child
        ):
            _blocks(child, lines)
        elif child.tag in _BLOCKS:
            text = _SPACE.sub(" ", " ".join(_words(child))).strip()
            if text:
                lines.append(text)


def _words(element: etree._Element) -> list[str]:
    """An inline element's text runs (a ``<lb/>`` a space between them)."""
    runs = [element.text or ""]
    for child in element:
        runs += [" " if child.tag == "lb" else "", *_words(child), child.tail or ""]
    return ["".join(runs)]
