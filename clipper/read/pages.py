"""Single-page files: one ``.html`` / ``.htm`` page, ``.txt`` text dump or ``.md`` Markdown page
per file (compressed allowed), origin ``path``.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from clipper.config import ReadLimits
from clipper.cutpages import markup_end
from clipper.page import InputKind, RawPage, Rejection, digest
from clipper.read.crawlfiles import httrack_page
from clipper.read.datauris import read_slimmed
from clipper.read.decoding import Undecodable, decode_html, decode_text, read_text
from clipper.read.dumporder import folder_order
from clipper.read.failures import Event, mb
from clipper.read.fieldnames import SOURCE_FIELD, URL_FIELDS, field_name
from clipper.read.fields import record_event
from clipper.read.filenamedates import file_name_date
from clipper.read.files import open_bounded
from clipper.read.markdown import (
    FRONT_MATTER_PROBLEM,
    markdown_record,
    plainly_markdown,
    wrapped_markdown,
)
from clipper.read.mdarticles import article_shaped, notes_name, source_line
from clipper.read.provenance import (
    declared_url,
    folder_site,
    mirrored_by_httrack,
    saved_from,
    site_of,
)
from clipper.read.sidecars import Metadata, Sidecars, news_please_fetch
from clipper.read.sniffing import HEAD_BYTES, SNIFF_BYTES, binary_kind, page_head
from clipper.read.textheader import split_header
from clipper.reflow import rejoin_hyphenated


def read_whole(
    path: Path,
    gz: bool,
    limit: int,
    unit: str,
    kind: str,
    limits: ReadLimits,
    empty: str = "only whitespace",
) -> bytes | Rejection:
    """A one-page file's bytes, read whole in one read of at most ``limit`` + 1 bytes (memory
    stays bounded, and the extra byte says it was over), or the rejection saying why not:
    ``too-large`` ("``unit`` is over ..."), ``empty`` (``empty`` the detail), ``binary``
    ("looks like ..., not ``kind``")."""
    origin = str(path)
    with open_bounded(path, gz, limits) as f:
        data: bytes = f.read(limit + 1)
    if len(data) > limit:
        return Rejection(origin, "too-large", f"{unit} is over {mb(limit)}")
    return _checked(origin, data, kind, empty)


def _checked(origin: str, data: bytes, kind: str, empty: str) -> bytes | Rejection:
    """``data``, or the rejection saying it is ``empty`` or ``binary``."""
    if not data.strip():
        return Rejection(origin, "empty", empty)
    what = binary_kind(data[:SNIFF_BYTES])
    if what:
        return Rejection(origin, "binary", f"looks like {what}, not {kind}")
    return data


# How far into a page a mirroring tool's own index page says it is one (HTTrack's heading
# stands after its <head>).
_GENERATED_HEAD_BYTES = 4096


def read_single(
    path: Path,
    gz: bool,
    kind: InputKind,
    limits: ReadLimits,
    address: str | None = None,
    sidecars: Sidecars | None = None,
) -> Generator[Event, None, None]:
    """The one page of an ``.html`` or ``.txt`` file (``kind``), or the rejection saying why there
    is none (``too-large`` over ``limits.max_page_bytes``, ``empty``, ``binary``, ``http-error``
    when its scraper's metadata states a 4xx/5xx).  HTML keeps its bytes unless a declared
    charset says how to decode them; text is decoded here.  ``address``: where a website
    mirror's folders say the page came from (``provenance.mirror_address``); the address a
    page saver wrote into the page comes first.  ``sidecars``: the scraper's metadata of the
    HTML pages under the walked folder (:mod:`clipper.read.sidecars`), read as a record's
    fields are (:func:`_with_metadata`)."""
    origin = str(path)
    empty = "no content" if gz else "only whitespace"
    raw_hash = ""
    if kind == "html":
        # a saved page's inlined images and fonts left out as it is read (SingleFile)
        with open_bounded(path, gz, limits) as f:
            slimmed = read_slimmed(f, limits.max_page_bytes)
        if slimmed is None:
            yield Rejection(
                origin,
                "too-large",
                f"page is over {mb(limits.max_page_bytes)} (inlined images and fonts not counted)",
            )
            return
        data: bytes | Rejection = _checked(origin, slimmed[0], kind, empty)
        raw_hash = slimmed[1]
    else:
        data = read_whole(path, gz, limits.max_page_bytes, "page", kind, limits, empty=empty)
    if isinstance(data, Rejection):
        yield data
        return
    if kind == "html" and (generated := httrack_page(data[:_GENERATED_HEAD_BYTES])) is not None:
        yield Rejection(origin, "crawl-file", generated)
        return
    if kind == "html":
        head = page_head(data)  # UTF-8 of a UTF-16 or UTF-32 page's head: named alike
        saved_url, fetched = saved_from(head[:HEAD_BYTES])
        meta = sidecars.of(path) if sidecars is not None else None
        if meta is not None and meta.record_too and (fetched is None or saved_url is None):
            # news-please's page beside its record: the fetch the record names
            paired_url, paired_fetch = news_please_fetch(meta)
            saved_url, fetched = saved_url or paired_url, fetched or paired_fetch
        # a file of a website mirror (its folders spell an address, or HTTrack's comment says
        # so): its relative canonical link is the mirror's local file name, not an address
        httrack = mirrored_by_httrack(head[:HEAD_BYTES])
        mirror_file = path if address is not None or httrack else None
        address = saved_url or address
        url = declared_url(
            head, address, mirror_file=mirror_file, recorded=saved_url if httrack else None
        )
        url = url or address
        body = decode_html(data, None)
        if isinstance(body, Undecodable):
            # no code page tried decodes it: said so, as of a text dump (newcomer 39, F6)
            yield Rejection(origin, "undecodable", body.detail)
            return
        page = RawPage(
            origin=origin,
            kind="html",
            body=body,
            url=url,
            fetched_at=fetched,
            # without an address, the host its folder is named as (``host/path.html``)
            site=site_of(None, url) if url else folder_site(origin),
            raw_hash=raw_hash,
            markup_end=markup_end(data),
        )
        yield _with_metadata(page, meta, head, limits) if meta is not None else page
    elif isinstance(text := read_text(data), Undecodable):
        # no code page tried decodes it: said so, with the code pages tried (newcomer 38, F2)
        yield Rejection(origin, "undecodable", text.detail)
    else:
        # a wire client's or a scraper's dump dated by its name ("efe_servicio_20261204_0932.txt")
        named = file_name_date(path.name)
        named_date = named.iso if named is not None else None
        fields, rest = split_header(text)
        problem = fields.pop(FRONT_MATTER_PROBLEM, None)
        header_problem = problem if isinstance(problem, str) else None
        if plainly_markdown(rest):
            # html2text's output (a heading, Markdown links and images, wrapped at 78): read as
            # a .md page is, its words a wrapper broke at a hyphen joined back
            event = record_event(
                {
                    **fields,
                    "markdown": wrapped_markdown(rejoin_hyphenated(rest.replace("\r\n", "\n"))),
                },
                origin,
                limits,
            )
            if isinstance(event, RawPage):
                event.raw_hash = digest(data)
                event.header_problem = header_problem
                event.named_date = named_date
            yield event
            return
        if not fields:
            yield RawPage(
                origin=origin,
                kind="text",
                body=text,
                site=folder_site(origin),
                named_date=named_date,
                # how its header's "03/11/2026" reads: as the folder's other dumps settle it
                dump_order=folder_order(path.parent),
            )
            return
        # a header of the scraper's (trafilatura's front matter, "URL:"/"Date:" lines): read
        # as a record's fields are
        event = record_event({**fields, "text": rest}, origin, limits)
        if isinstance(event, RawPage):
            event.raw_hash = digest(data)
            event.header_problem = header_problem
            event.named_date = named_date
            if event.date_unread is not None:
                # its "Date: 03/11/2026" read as the folder's other dumps write their dates
                event.dump_order = folder_order(path.parent)
        yield event


def _with_metadata(
    page: RawPage, meta: Metadata, head: bytes, limits: ReadLimits
) -> RawPage | Rejection:
    """``page`` with what its scraper's sidecar or manifest row says of it (``meta``), read as a
    record's fields are (:func:`clipper.read.fields.record_event` over them and the page's
    head, so its canonical link is weighed against their URL as a record's HTML is): URL,
    site, fetch time (before the one a page saver wrote), title, publication date, language,
    author; an ``http-error`` when they state a 4xx/5xx.  Metadata that cannot be read keeps
    the page as it is, counted (``RawPage.metadata_problem``)."""
    if meta.record_too:
        return page
    if meta.fields is None:
        page.metadata_problem = meta.problem
        return page
    event = record_event(
        {**meta.fields, "html": head.decode("utf-8", "replace")}, page.origin, limits
    )
    if isinstance(event, Rejection) and event.reason == "http-error":
        return event
    if isinstance(event, Rejection):
        page.metadata_problem = f"its scraper's metadata not read ({event.detail}): read without it"
        return page
    page.url = event.url or page.url
    page.site = event.site if event.url else page.site
    page.fetched_at = event.fetched_at or page.fetched_at
    page.title = event.title
    page.published, page.date_unread = event.published, event.date_unread
    page.language, page.author = event.language, event.author
    return page


def read_markdown(path: Path, gz: bool, limits: ReadLimits) -> Generator[Event, None, None]:
    """The page of a ``.md`` file (:mod:`clipper.read.markdown`), or the rejection saying why
    there is none (``too-large`` over ``limits.max_page_bytes``, ``empty``, ``binary``, and
    ``unsupported-file`` for Markdown that names no source URL: a README beside a dump)."""
    origin = str(path)
    data = read_whole(path, gz, limits.max_page_bytes, "page", "Markdown", limits)
    if isinstance(data, Rejection):
        yield data
        return
    record = markdown_record(decode_text(data).replace("\r\n", "\n"))
    header_problem = record.pop(FRONT_MATTER_PROBLEM, None)
    fields = {field_name(k): v for k, v in record.items()}
    body = record["markdown"]
    if not any(fields.get(name) for name in (*URL_FIELDS, SOURCE_FIELD)):
        # a converter's Markdown (markdownify, pandoc, html2text) with a "Source: https://…"
        # line under its headline or at its end
        found = source_line(body)
        if found is not None:
            fields["url"], body = found
    fields["markdown"] = rejoin_hyphenated(body)
    event = record_event(fields, origin, limits)
    if (
        isinstance(event, RawPage)
        and not event.url
        and (notes_name(path.name) or not article_shaped(body))
    ):
        # A README or notes beside the dump, not a crawled page: a crawler's Markdown says
        # where it came from, a converter's is shaped as an article (a headline, then prose)
        event = Rejection(
            origin,
            "unsupported-file",
            "Markdown without a source URL (no Jina Reader 'URL Source:', front matter "
            "'url:'/'source:' or 'Source: https://…' line) and not shaped as an article (a "
            "'# headline', then paragraphs of prose, no code): taken for a README or notes "
            "beside the dump, not read as a page; give it front matter 'url:' to have it read",
        )
    if isinstance(event, RawPage):
        event.raw_hash = digest(data)  # the file as given, not the page rendered from it
        event.header_problem = header_problem
    yield event
