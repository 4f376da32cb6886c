"""A record's fields as a page: the field names of news-please, the CC-News export, Scrapy feeds
and other crawlers and APIs mapped onto a :class:`~clipper.page.RawPage`, for every format that
holds records (JSON and JSON Lines in :mod:`clipper.read.records`, CSV in
:mod:`clipper.read.tables`).

Field names, first present wins: the ``*_FIELDS`` tables of :mod:`clipper.read.fieldnames`
(:func:`~clipper.read.fieldnames.field_name` maps a column header in another case onto them).  A
blank or null value counts as absent.  A text field may be a string or an array of paragraph
strings; a publication date a string or a number (epoch, ``20250311``), and one clipper cannot
read leaves the page undated and is counted (``RawPage.date_unread``); any other field of
another JSON type than string rejects the record (``bad-record``).  An array of one value is that
value (Scrapy's ``ItemLoader`` writes every field so); an array of several different strings in
a one-value field rejects the record, naming them (:mod:`clipper.read.fieldvalues`).
:func:`clipper.read.envelopes.enveloped` finds the records an API response holds; a record whose
fields sit in objects of their own (``{"meta": {...}, "article": {...}}``) is one record, the
object holding the body its article (:mod:`clipper.read.envelopes`).
"""

from __future__ import annotations

import html
import re
from typing import Any

import lxml.html

from clipper.config import NO_BODY_UNREAD_MIN_WORDS, ReadLimits
from clipper.declaredregion import declared_region
from clipper.entities import ENTITY, unescape
from clipper.jsonld import literal
from clipper.mojibake import repaired_field
from clipper.page import InputKind, RawPage, Rejection, digest, record_key
from clipper.placeregion import dateline_region
from clipper.read.apicut import api_cut
from clipper.read.crawlstatus import error_status
from clipper.read.declareddates import iso_or_none
from clipper.read.decoding import charset_of, redecode
from clipper.read.envelopes import renamed_fields, unwrapped_record
from clipper.read.exported import from_export
from clipper.read.failures import Event, mb
from clipper.read.fieldnames import (
    AUTHOR_FIELDS,
    BODY_FIELDS,
    CHARSET_FIELDS,
    COUNTRY_FIELDS,
    DESCRIPTION_FIELDS,
    HTML_FIELDS,
    KNOWN_NAMES,
    LANGUAGE_FIELDS,
    LEAD_FIELDS,
    MARKDOWN_FIELDS,
    SITE_FIELDS,
    SOURCE_FIELD,
    TITLE_FIELDS,
    URL_FIELDS,
    named_key,
)
from clipper.read.fieldvalues import (
    BadField,
    first_present,
    raw_str_field,
    scrub,
    scrub_encoded,
    str_field,
    text_field,
    value_of,
)
from clipper.read.leads import with_lead
from clipper.read.markdown import markdown_html, written_in_markdown
from clipper.read.provenance import (
    absolute_url,
    base_url,
    declared_url,
    resolved_url,
)
from clipper.read.publisher import (
    own_address,
    publisher,
    without_publisher,
)
from clipper.read.recorddates import (
    CRAWL_DATE_FIELD,
    fetch_time,
    modified_time,
    names_crawl_dump,
    publication_date,
    update_beside,
    update_date,
    update_line_value,
)
from clipper.read.relativedates import relative_to_fetch
from clipper.read.sniffing import page_head
from clipper.read.statedcountry import stated_country
from clipper.read.wrapped import wrapped_target
from clipper.read.zones import written_in
from clipper.scripts import words_in
from clipper.sitenames import site_keys, strip_site_segments
from clipper.sites import site_key
from clipper.urls import is_listing_address, with_scheme
from clipper.yearlessdates import yearless_date

# Block-level markup in a text field: the "text" is HTML (a CMS export), not a text dump.
_MARKUP = re.compile(
    r"<(?:p|div|br|h[1-6]|ul|ol|li|blockquote|figure|table|section|article)\b[^>]*>", re.I
)
# Block-level markup escaped as entities: "&lt;p&gt;", "&lt;br /&gt;".
_ESCAPED_MARKUP = re.compile(
    r"&lt;/?(?:p|div|br|h[1-6]|ul|ol|li|blockquote|figure|table|section|article)\b[^&]*?&gt;",
    re.I,
)
# Inline markup in a headline.
_MARKUP_INLINE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>")


# The origin of one record among many (``path:LINE`` of JSONL, ``path:N`` of a JSON array).
_RECORD_ORIGIN = re.compile(r":\d+$")


def record_event(obj: dict[str, Any], origin: str, limits: ReadLimits) -> Event:
    """One record (a JSON object, a CSV row as a dict) as a page, or the rejection saying why
    it is none (``no-body``, ``bad-record``, ``too-large``).  A record under max_line_bytes can
    still hold a page over max_page_bytes (the defaults are 64 MB and 20 MB): the page limit
    holds for every format."""
    named: frozenset[str] | None = None
    if limits.field_names:
        # the record's keys as written first ("Headline", "Body Text"), before the names
        # clipper guesses replace them; then what an envelope (_source, metadata) held
        obj, found = named_as_read(obj, limits.field_names)
        record, inner = named_as_read(unwrapped_record(obj), limits.field_names)
        named = found | inner
    else:
        record = unwrapped_record(obj)
    # a row of clipper's own export: its cluster, story and canonical's columns left out, and
    # why its text was cut short (its partial column, or Excel's cell limit)
    record, cut_short = from_export(record)
    refused = error_status(record)
    if refused is not None:  # the crawler says the address answered 4xx/5xx: no article
        url = _url_of(record)
        return Rejection(origin, "http-error", f"{refused}: {url or 'no address'}", url)
    try:
        event = _page_from_record(record, origin, limits.countries)
    except BadField as exc:
        return Rejection(origin, "bad-record", str(exc), _url_of(record))
    if isinstance(event, Rejection) and event.url is None:
        event = Rejection(event.origin, event.reason, event.detail, _url_of(record))
    if isinstance(event, RawPage) and cut_short is not None:
        event.partial = cut_short
    if isinstance(event, RawPage):
        event.named_fields = named
    if isinstance(event, RawPage) and _body_bytes(event.body) > limits.max_page_bytes:
        return Rejection(
            origin, "too-large", f"page is over {mb(limits.max_page_bytes)}", event.url
        )
    if isinstance(event, RawPage) and event.url is None and _RECORD_ORIGIN.search(origin):
        # one record among many in a file: a line number is no identity
        event.record_key = record_key(event.site, event.raw_hash)
    elif isinstance(event, RawPage) and is_listing_address(event.url):
        # a site's front page or a listing as a record's address (a feed export without item
        # links): it names no article, so three articles there would be "versions" of one page
        event.record_key = record_key(event.site, event.raw_hash)
    return event


def named_as_read(
    record: dict[str, Any], names: tuple[tuple[str, str], ...]
) -> tuple[dict[str, Any], frozenset[str]]:
    """``record`` with each of its fields named in ``names`` (``(clipper's name, the
    record's)``, :attr:`clipper.config.ReadLimits.field_names`) also under clipper's name when
    it has a value, unless the record holds that name already, written so, with one; and the
    record's
    names of ``names`` it holds.  The record's name is matched as written, else in any case
    and with any blanks (:func:`~clipper.read.fieldnames.named_key`)."""
    renamed = dict(record)
    found: set[str] = set()
    for ours, theirs in names:
        key = named_key(record, theirs)
        if key is None:
            continue
        found.add(theirs)
        if _filled(record[key]) and not _filled(record.get(ours)):
            renamed[ours] = record[key]
    return renamed, frozenset(found)


def _url_of(record: dict[str, Any]) -> str | None:
    """The address a rejected record names (so ``clipper show URL`` and ``rejections --url``
    find its rejection), or None."""
    for name in (*URL_FIELDS, SOURCE_FIELD):
        value = value_of(record, name)
        if isinstance(value, str) and absolute_url(value.strip()):
            return wrapped_target(value) or value.strip()
    return None


def _body_bytes(body: bytes | str) -> int:
    return len(body) if isinstance(body, bytes) else len(body.encode("utf-8", "replace"))


def _page_from_record(
    obj: dict[str, Any], origin: str, countries: tuple[tuple[str | None, str], ...] = ()
) -> Event:
    html_raw = raw_str_field(obj, HTML_FIELDS)
    # scrubbed (scrub), with its bytes
    html_field, html_bytes = (None, b"") if html_raw is None else scrub_encoded(html_raw)
    # a CMS's lead kept in a column of its own ("chapeau"): the text's first paragraph
    lead = str_field(obj, LEAD_FIELDS)
    html_body = with_lead(html_field, lead, markup=True) if html_field else html_field
    markdown = str_field(obj, MARKDOWN_FIELDS)
    # what identifies the input when the page is rendered from it (RawPage.raw_hash)
    given = ""
    if markdown and not html_body:
        # the record's og:/article: metadata (Crawl4AI's) as the page's meta tags
        html_body = markdown_html(markdown, str_field(obj, TITLE_FIELDS), obj)
        # known by its Markdown and title as given, not by the page rendered from them: a
        # rendering changed between releases (whole-page menus dropped: 7bb79be) makes no new
        # version of a record read again
        given = digest(f"{markdown}\n{str_field(obj, TITLE_FIELDS) or ''}")
    text_body = text_field(obj)
    # an API's stub ("… [+1166 chars]"): the article's opening, read as a page cut short
    text_body, cut = api_cut(text_body) if text_body else (text_body, None)
    if text_body and not _MARKUP.search(text_body) and _ESCAPED_MARKUP.search(text_body):
        # HTML escaped once more ("&lt;p&gt;"): an export that encoded its CMS's HTML body
        text_body = html.unescape(text_body)
    if text_body:
        text_body = with_lead(text_body, lead, markup=bool(_MARKUP.search(text_body)))
    if (
        text_body
        and not html_body
        and not _MARKUP.search(text_body)
        and written_in_markdown(text_body)
    ):
        # Markdown in a text field (Jina Reader's JSON ``content``): rendered, as a Markdown
        # field is, so no "[…](https://…)" is left in the text
        markdown, html_body = text_body, markdown_html(text_body, str_field(obj, TITLE_FIELDS), obj)
    if text_body and _MARKUP.search(text_body):
        # A CMS export's body (WordPress's content.rendered, feeds' content:encoded) is HTML:
        # cleaned as a page, so its paragraphs and entities come out as text.
        html_body = html_body or f"<html><body>{text_body}</body></html>"
    url = str_field(obj, URL_FIELDS)
    source, home = _source(obj)
    if source and absolute_url(source):
        url, source = url or source, None
    # a link that spells the publisher's address (an AMP cache's, the Wayback Machine's, a
    # link shim's, Google News'): the page's own address (clipper.read.wrapped)
    url = wrapped_target(url) or url
    url = own_address(obj, url) or url
    fetched = fetch_time(obj)
    language = str_field(obj, LANGUAGE_FIELDS)
    # "03:28 PM BST" on a Bengali page is Bangladesh's (clipper.read.zones); a Tigrinya
    # record of "country": "ET" dated by the Ethiopian calendar
    # (and the country the user states for the dump or the site: dedupe --country)
    stated = stated_country(url, str_field(obj, SITE_FIELDS), countries) if countries else None
    region = declared_region(None, [language], str_field(obj, COUNTRY_FIELDS), url, stated)
    # else the place its text's dateline names ("Mumbai, Dec 6 (IANS)": "11:20 IST" is India's)
    placed = region or dateline_region(language, text_body)
    with written_in(language, url, placed):
        skipped = CRAWL_DATE_FIELD if names_crawl_dump(obj) else ""
        if skipped:
            fetched = fetched or iso_or_none(str_field(obj, (CRAWL_DATE_FIELD,)))
        published, date_unread = publication_date(obj, skip=skipped)
        # "Aktualisiert am …" copied from the page into a date field: the page's update, its
        # date when no other field gives one
        # "5 dec. 2026 kl. 14.30 (uppdaterad 6 dec. …)": the publication, then its update, kept
        beside = update_beside(obj, skipped)
        published_updated = (update_date(obj, skipped) or beside) if published is None else beside
        # "date_modified" beside the publication: its update where really later
        modified = modified_time(obj)
        relative = None
        if published is None and date_unread is not None:
            # "il y a 3 heures" beside the record's fetch time: that time minus the span; "Dec 3,
            # 4:05 PM" with the fetch's year (clipper.yearlessdates): guessed
            relative = relative_to_fetch(date_unread, fetched) or yearless_date(
                date_unread, fetched
            )
            date_unread = None if relative else date_unread
        if published is None and published_updated is None and date_unread is None:
            # "Updated 3:15 PM CST Dec 3": the update with the fetch's year, else counted
            # (newcomer 31, F-C: dropped without a word)
            line = update_line_value(obj, skipped)
            published_updated = yearless_date(line, fetched) if line else None
            date_unread = line if line and published_updated is None else None
    title = str_field(obj, TITLE_FIELDS)
    if isinstance(obj.get(SOURCE_FIELD), dict):  # "… tritt zurück - WAZ" (Google News RSS)
        title = without_publisher(title, source)
    # Raw HTML wins over a crawler's extracted text: cleaning it ourselves keeps every source
    # comparable (same extractor, same template stripping).
    if html_body:
        kind: InputKind = "html"
        charset = charset_of(str_field(obj, CHARSET_FIELDS) or _header_charset(obj))
        # the HTML field as read is scrubbed already: not scanned twice (a page is ~300 KB)
        redecoded = redecode(html_body, charset)
        body: bytes | str = html_bytes if redecoded is html_field else scrub_encoded(redecoded)[1]
    elif text_body:
        # "AT&amp;T" in a text field: a crawler that kept the page's entities
        text_body = html.unescape(text_body) if ENTITY.search(text_body) else text_body
        kind, body = "text", scrub(text_body)
    else:
        return Rejection(origin, "no-body", _no_body_detail(obj))
    if html_field or markdown:
        cut = None  # the page's own HTML or Markdown is read, not the API's stub
    if url and not absolute_url(url):
        # an address the crawler wrote without its scheme ("www.site.com/a", "//site.com/a")
        url = with_scheme(url, _site(obj, None, source)) or url
    if url and not absolute_url(url) and isinstance(body, bytes):
        # a scraper that kept the page's relative address ("/news/ferry"): resolved against
        # the page's own <base href> or canonical URL, as a browser would
        head = page_head(body)
        url = resolved_url(url, base_url(head) or declared_url(head)) or url
    elif isinstance(body, bytes):
        # the page's own canonical link or og:url: a record's address on the same site names
        # the page less well (tracking parameters), one without an address not at all; as for
        # a saved page's file (clipper.read.pages) and a crawl's record (clipper.read.warc)
        url = declared_url(page_head(body), absolute_url(url)) or url
    url = absolute_url(url) or identifier(url)
    site = _site(obj, home or url, source)
    unread = _unread_fields(obj, bool(url), published is not None or date_unread is not None)
    return RawPage(
        origin=origin,
        kind=kind,
        body=body,
        url=url or None,
        fetched_at=fetched,
        published=published,
        date_unread=date_unread,
        published_updated=published_updated,
        modified=modified,
        published_relative=relative,
        title=_headline(_plain_title(title), _site_names(obj, url, site, source)),
        site=site,
        language=language.strip() if language else None,
        country=str_field(obj, COUNTRY_FIELDS),
        author=_author(obj),
        partial=cut,
        # without an address the record is known by its page's hash (its record key)
        raw_hash=given if url else "",
        fields_unread=unread,
    )


# A value that looks like an address or a date (a 4-digit year beside other digits, or a
# day-month-year of digits): what an unread field of a record stored without one may hold.
_DATE_LIKE = re.compile(
    r"\b(?:19|20)\d\d\b.*\d|\d.*\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b"
)


def _unread_fields(obj: dict[str, Any], has_url: bool, has_date: bool) -> str | None:
    """When a record is stored without an address or a publication date, the fields clipper
    does not read that look like one (newcomer 24 finding 15: a spider's ``url_noticia``,
    ``fecha_publicacion``, ``rastreado`` dropped without a word), with the names it reads;
    None when there are none."""
    if has_url and has_date:
        return None
    # a field ``--field`` named (``fetched_at=date_crawl``) is also under clipper's name, its
    # value read there: not an unread field (newcomer 32: "fields not read: date_crawl" for
    # every undated record of a run that named it)
    read = {value for name, value in obj.items() if name in KNOWN_NAMES and isinstance(value, str)}
    found: list[str] = []
    for name, value in obj.items():
        if not isinstance(name, str) or name in KNOWN_NAMES or not isinstance(value, str):
            continue
        if value in read:
            continue
        value = value.strip()
        if not has_url and len(value) < 2048 and absolute_url(value):
            found.append(f"{name} (an address)")
        elif not has_date and len(value) < 80 and _DATE_LIKE.search(value):
            found.append(f"{name} (a date)")
    if not found:
        return None
    return (
        f"stored without {'an address' if not has_url else 'a date'}"
        + (" or a date" if not has_url and not has_date else "")
        + f"; fields not read: {', '.join(found[:4])}{', …' if len(found) > 4 else ''}"
        + "; clipper reads the address from url/link/canonical_url/…, the date from "
        "date_publish/published/date/…, the fetch time from fetched_at/date_download/… "
        "(README, Record fields), or name yours: dedupe --field url=NAME --field "
        "published=NAME --field fetched_at=NAME"
    )


def _site_names(
    obj: dict[str, Any], url: str | None, site: str | None, source: str | None
) -> set[str]:
    """Keys (:func:`clipper.sitenames.name_key`) of the names a record's outlet goes by: its
    URL's host labels, its site as stored, its ``source`` and the names its site fields give
    ("Moselland-Zeitung", a ``publisher`` object's name)."""
    names = site_keys(url, site)
    if source and not absolute_url(source):
        names |= site_keys(None, source)
    for field in SITE_FIELDS:
        value = obj.get(field)
        if isinstance(value, dict):  # a publisher object: its name and its home page's host
            name, home = publisher(value)
            names |= site_keys(home, name)
        elif (named := str_field(obj, (field,))) and not absolute_url(named):
            names |= site_keys(None, named)
    return names


def _headline(title: str | None, names: set[str]) -> str | None:
    """A record's ``title`` without a segment naming its outlet (``names``) at either end ("X |
    Site", "Site - X", "Site: X"): a Scrapy spider's ``title`` is often the page's ``<title>``,
    which cleaning cuts the same way for an HTML page (:func:`clipper.sitenames.
    strip_site_segments`); a title that is only the site's name is kept."""
    return strip_site_segments(title, names)[0] if title and names else title


def _source(obj: dict[str, Any]) -> tuple[str | None, str | None]:
    """The record's ``source`` as ``(name or address, publisher's home page)``: a string (an
    outlet's name, trafilatura's URL), or a publisher object (:func:`publisher`: NewsAPI's
    ``{"id", "name"}``, feedparser's ``{"href", "title"}``, GNews' ``{"name", "url"}``), which
    never refuses the record, whatever else it holds."""
    value = obj.get(SOURCE_FIELD)
    if isinstance(value, dict):
        name, home = publisher(value)
        return (scrub(name) if name else None), home
    return str_field(obj, (SOURCE_FIELD,)), None


def _author(obj: dict[str, Any]) -> str | None:
    """The names the first author field gives (:data:`AUTHOR_FIELDS`), joined by "; ": a
    string, an object's ``name``, or an array of those; None when it gives none."""
    names = [
        " ".join(repaired_field(scrub(name)).split())
        for name in _names(first_present(obj, AUTHOR_FIELDS))
    ]
    return "; ".join(dict.fromkeys(names)) or None


def _names(value: object, depth: int = 0) -> list[str]:
    """The names an author field gives: a string, an object's ``name`` (or its own author
    field: a byline object ``{"authors": [{"name": ...}]}``), or an array of those."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list) and depth < 3:
        return [name for item in value for name in _names(item, depth + 1)]
    if isinstance(value, dict) and depth < 3:
        if (name := literal(value.get("name"))) is not None:
            # a string, or a JSON-LD value object ({"name": {"@value": "Jo Bloggs"}})
            return _names(name, depth + 1)
        inner = first_present(renamed_fields(value), AUTHOR_FIELDS)
        return _names(inner, depth + 1) if inner is not value else []
    return []


# A scraper's placeholder where a link's target was not resolved: no page's address.
_PLACEHOLDER = re.compile(r"(?:javascript|about|data|blob|mailto|tel):|#", re.IGNORECASE)
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def identifier(value: str | None) -> str | None:
    """A record's non-http ``url`` kept as its identity when it is one: a URI with a scheme of
    its own (``urn:newsml:…``, ``tag:…``), else None.  A placeholder a scraper left for a link
    it did not resolve (``javascript:void(0)``, ``about:blank``, ``#``) or a relative path that
    nothing resolved (``/news/article.html``, ``www.example.com/a``) names no page: such
    records of different sites were stored as versions of one "page".  Without it, the record
    is known by its site and its bytes, as a record without a URL is."""
    value = (value or "").strip()
    if not value or _PLACEHOLDER.match(value) or not _SCHEME.match(value):
        return None
    return value


def _site(obj: dict[str, Any], url: str | None, source: str | None) -> str | None:
    """A record's site, as stored (:func:`clipper.sites.site_key`): a host one of its site
    fields gives (``domain``, ``hostname``, a ``site`` of ``bbc.com``), else its URL's host,
    else the name a site field gives (``BBC``, trafilatura's ``sitename`` "The Guardian").

    A name only when no host is known: the same outlet's HTML pages and WARC records are
    stored under their URL's host, and ``--site bbc.com`` must find its JSON records too (and
    a story must not count "BBC" and "bbc.com" as two outlets).
    """
    named: str | None = None
    for field in SITE_FIELDS:
        raw = obj.get(field)
        # a publisher object: its home page's host, else its name (never a bad record)
        value = _publisher_site(raw) if isinstance(raw, dict) else str_field(obj, (field,))
        if not value:
            continue
        key = site_key(value)
        if key and "." in key and " " not in key:
            return key
        named = named or value
    host = site_key(url) if url and "://" in url else None  # a relative URL names no host
    return host or site_key(named or source)


def _publisher_site(value: dict[str, Any]) -> str | None:
    """A publisher object in a site field as the site it names: its home page, else its
    name, else None (:func:`publisher`)."""
    name, home = publisher(value)
    return home or (scrub(name) if name else None)


# The body fields a no-body rejection names (the most used of each kind; all of them: the
# README's "Record fields"): the message stays one line.
_READ_NAMES = (
    "html/raw_html/body_html/content_html/markdown/text/maintext/content/body/articleBody/…"
)


def _no_body_detail(obj: dict[str, Any]) -> str:
    """Why a record has no page: its body fields are empty, or it has none clipper reads."""
    description = str_field(obj, DESCRIPTION_FIELDS)
    present = [name for name in BODY_FIELDS if name in obj]
    if present:
        detail = f"empty {'/'.join(present)} field{'s' if len(present) > 1 else ''}"
        # a Scrapy item's empty "content" beside the field that holds its page under a name
        # clipper does not read: named too, so the message points at the right field; a
        # field too short to hold a page (news-please's "filename") is not named
        unread = sorted(
            name
            for name, value in obj.items()
            if isinstance(name, str)
            and name not in KNOWN_NAMES
            and _word_count(value) >= NO_BODY_UNREAD_MIN_WORDS
        )
        if unread:
            names = ", ".join(unread[:8]) + (", …" if len(unread) > 8 else "")
            detail += (
                f" (text in a field clipper does not read: {names}; clipper reads {_READ_NAMES})"
            )
    else:
        names = ", ".join(sorted(obj)[:8]) + (", …" if len(obj) > 8 else "")
        detail = f"no text field (record has: {names or 'no fields'}; clipper reads {_READ_NAMES})"
    if description:
        words = words_in(description)
        detail += f"; only a description ({words} word{'s' if words != 1 else ''}), not an article"
    return detail


def _word_count(value: object) -> int:
    """The words of a field's value: a string's, a list's or an object's strings together."""
    if isinstance(value, str):
        return words_in(value)
    if isinstance(value, list):
        return sum(_word_count(item) for item in value)
    if isinstance(value, dict):
        return sum(_word_count(item) for item in value.values())
    return 0


def _filled(value: object) -> bool:
    """Whether a field's value holds anything: a non-blank string, a non-empty array/object."""
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, list | dict) and bool(value)


def _header_charset(obj: dict[str, Any]) -> str | None:
    """``Content-Type`` from a ``headers`` object (HTTP captures), any letter case."""
    headers = obj.get("headers") or obj.get("http_headers")
    if not isinstance(headers, dict):
        return None
    for name, value in headers.items():
        if isinstance(name, str) and name.lower() == "content-type" and isinstance(value, str):
            return value
    return None


def _plain_title(title: str | None) -> str | None:
    """A record's headline as text: entities decoded ("O&#39;Brien", WordPress's "&#8217;"),
    inline tags dropped ("<em>"), whitespace runs made one space."""
    if not title:
        return None
    if "<" in title and _MARKUP_INLINE.search(title):
        title = lxml.html.fragment_fromstring(title, create_parent="span").text_content()
    if "&" in title:
        title = unescape(title)  # a title escaped twice ("&amp;#039;") too
    # mojibake undone before its no-break spaces become spaces (clipper.mojibake)
    return " ".join(repaired_field(title).split()) or None
