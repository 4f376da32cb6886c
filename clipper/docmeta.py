"""The metadata of a page that clipper takes from trafilatura, and only that.

trafilatura's ``extract_metadata`` (what ``bare_extraction(with_metadata=True)`` runs before
the text) also reads the page's categories, tags, licence and site name, which clipper never
stores: on the 439 Zyte + Fundus pages of ``bench/speed.py`` those cost ~6 ms a page, about a
seventh of the whole extraction.  :func:`document_metadata` runs the same steps of
trafilatura's own function for the fields clipper reads (title, author, URL, host name, date,
page type), in the same order and with the same inputs, so those fields are the ones
``extract_metadata`` gives (``tests/test_docmeta.py`` compares the two), but for the URL: the
page's URL is the one clipper's reader gave (:mod:`clipper.read`), never one trafilatura's
``extract_url`` guesses from a ``<base href>`` or an x-default alternate (a section or home
page, the page in another language), and the JSON-LD a JSON parser refuses, which trafilatura
reads with regular expressions: clipper gives them its first :data:`PARSE_ERROR_CHARS`
characters (:func:`_json_ld`), and the author: of trafilatura's names, the article's byline
(:func:`clipper.bylines.article_byline`: the JSON-LD article's people over a meta tag naming
the site or its publisher, and not the site's address beside a person), and where trafilatura
finds none, a byline in an element of a French class (``<div class="auteur">``,
:func:`clipper.bylineclasses.class_author`, trafilatura's own steps over one more XPath).
The steps are trafilatura's functions (``trafilatura.metadata`` and
``trafilatura.json_metadata``); none is rewritten here.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from clipper.bylineclasses import class_author, element_author
from clipper.bylines import article_byline, article_people, names_agency, spelled
from clipper.writtenbylines import (
    with_final_marks,
    with_written_case,
    with_written_labels,
    written_authors,
)

# How much of a JSON-LD block a JSON parser refuses trafilatura's regular expressions read
# (characters).  Their author pattern (``.+?`` over the whole block, searched again after each
# name it removes) takes time quadratic in the block: a live blog's 805,716-character block
# with one unescaped quote (mirror.co.uk, in bench/speed.py's pages) took 1.74 s, a twentieth of
# that whole run's HTML time.  Headline, author and type come at a block's head: on the 15
# refused blocks of those 439 pages, 50,000, 20,000 and 10,000 characters give the same title,
# author and page type as the whole block (checked block by block), the live blog's
# in 15 ms.
PARSE_ERROR_CHARS = 50_000


def document_metadata(
    tree: Any, url: str | None, date_params: dict[str, Any], find_date: bool = True
) -> Any:
    """trafilatura's metadata of the parsed page ``tree`` (lxml), as its ``extract_metadata(tree,
    url, date_params)`` finds it, without categories, tags, licence and site name: a
    ``trafilatura.settings.Document`` whose ``title``, ``author``, ``url``, ``hostname``,
    ``date`` and ``pagetype`` are set (or None), trimmed as trafilatura trims them.  ``url`` is
    the page's URL as its reader gave it, kept as the document's URL (and host name) as it is,
    ``date_params`` htmldate's options (:func:`clipper.extraction.date_params`).
    ``find_date=False`` leaves ``date`` None
    without htmldate's search (~2 ms a page; clipper needs it only for a page that declares no
    date of its own and came without a crawler's).  Reads the tree, never changes it (the
    author and date searches work on copies).  Raises what trafilatura's steps raise."""
    from trafilatura.metadata import examine_meta, extract_domain, extract_title
    from trafilatura.metadata import find_date as htmldate_find_date

    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    # trafilatura's own guard: an error in its JSON-LD reading keeps what the meta tags said
    people: list[str] = []
    with contextlib.suppress(Exception):
        metadata = _json_ld(tree, metadata, people)
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.author:
        # trafilatura's extract_author, its byline element's text read first as clipper reads a
        # byline's word and dash (clipper.bylineclasses.element_author: "كتب - محمد علي")
        metadata.author = element_author(tree)
    if not metadata.author:
        # a byline in an element of a French class trafilatura's XPaths do not name
        # (<div class="auteur">: clipper.bylineclasses)
        metadata.author = class_author(tree)
    # the article's byline, not a meta tag's site or publisher (clipper.bylines)
    metadata.author = article_byline(metadata.author, tree, people, url)
    # with the combining marks trafilatura cut from a name's end ("राहुल मिश्रा", not "राहुल मिश्र")
    metadata.author = with_final_marks(metadata.author, written_authors(tree, people))
    # an agency's code as written ("dpa", "nsa"), not as trafilatura title-cased it ("Dpa")
    metadata.author = with_written_case(metadata.author, written_authors(tree, people))
    # a byline's word written with its colon before one word ("Автор: Курсив"), not a name's
    metadata.author = with_written_labels(metadata.author, written_authors(tree, people))
    # The page's URL is the one its reader gave (clipper.read: the address it came from, or its
    # own canonical link or og:url): trafilatura's extract_url also takes a <base href> or the
    # x-default alternate, which name other pages (a site's home page or section, the page in
    # another language), and examine_meta an og:url the reader found to be another site's.
    metadata.url = url
    metadata.hostname = extract_domain(url, fast=True) if url else None
    if find_date:
        metadata.date = htmldate_find_date(tree, **{**date_params, "url": metadata.url})
    metadata.filedate = date_params.get("max_date")
    metadata.clean_and_trim()
    return metadata


# The scripts trafilatura reads metadata from (its extract_meta_json's XPath, by type).
_METADATA_SCRIPTS = frozenset({"application/ld+json", "application/settings+json"})


def _json_ld(tree: Any, metadata: Any, people: list[str]) -> Any:
    """trafilatura's ``extract_meta_json(tree, metadata)`` (the same loop over the same
    elements, with its functions), but for a block the JSON parser refuses: its regular
    expressions read the block's first :data:`PARSE_ERROR_CHARS` characters.  Adds to
    ``people`` the names the parsed blocks give as their article's authors
    (:func:`clipper.bylines.article_people`)."""
    from trafilatura.json_metadata import extract_json, extract_json_parse_error, normalize_json
    from trafilatura.metadata import JSON_MINIFY

    for elem in tree.iterdescendants("script"):  # a walk in C, cheaper than the XPath
        if elem.get("type") not in _METADATA_SCRIPTS or not elem.text:
            continue
        element_text = normalize_json(JSON_MINIFY.sub(r"\1", elem.text))
        try:
            schema = json.loads(element_text, strict=False)
            # the people first: trafilatura's reading raises on an expanded value it does not
            # know (a name as a list of value objects), and the guard above keeps what it had
            people.extend(article_people(schema))
            metadata = extract_json(schema, metadata)
        except json.JSONDecodeError:
            metadata = extract_json_parse_error(element_text[:PARSE_ERROR_CHARS], metadata)
    return metadata


def declared_author(value: str | None) -> str | None:
    """A crawler's author field (``RawPage.author``: names joined by "; ") as trafilatura
    spells a page's authors: its ``normalize_authors`` drops a "By" prefix, e-mail addresses,
    @handles and emoji, title-cases a lower-case name and joins the names by "; ", keeping the
    combining marks that end a name (:func:`clipper.writtenbylines.with_final_marks`) and an
    agency's lower-case code as written (:func:`clipper.writtenbylines.with_written_case`),
    after a byline's word and dash and a dateline's credit are read (:func:`clipper.bylines.
    unspelled`: "كتب - محمد علي" is محمد علي, not "كتب"); a field that is a sign-off naming its
    source or writer (:func:`clipper.closings.sign_off`: "Theo VnExpress", "according to", is
    VnExpress; "박지훈 기자" is 박지훈) gives that name, unless it is a name with its agency's
    credit in brackets, which is read as a byline element's is, the agency a credit after the
    name (:func:`clipper.bylines.agency_joined`: "Autor: Anna Kowalska (PAP)" is "Anna
    Kowalska; PAP", credits52); None when no name is left."""
    if not value:
        return None
    from html import unescape

    from clipper.closings import sign_off  # it reads the furniture tables: imported late

    signs, named = sign_off(value.strip())
    if signs and named and not names_agency(value):
        value = named

    sources = (value, unescape(value))
    names = with_final_marks(spelled(value), sources)
    return with_written_case(names, sources) or None


def markup_date(tree: Any, url: str | None, date_params: dict[str, Any]) -> str | None:
    """The date htmldate finds in the page's markup alone (``extensive_search=False``: its
    meta tags, ``<time>`` elements, structured data and URL, not its search of the text, whose
    last resorts are a copyright year and any year on the page, each as January 1st), on a
    copy of the parsed page ``tree``; None when the markup gives none."""
    import copy

    from htmldate import find_date

    return find_date(copy.deepcopy(tree), **{**date_params, "extensive_search": False, "url": url})
