"""Which readings of a run are pages the archive already holds (:func:`archived_readings`), and what
makes two readings of one run the same page (:func:`identity`) or one capture
(:func:`capture_of`)."""

from __future__ import annotations

from collections.abc import Sequence

from clipper.headlines import reading_headline_key
from clipper.newpages import iso_datetime
from clipper.page import RawPage
from clipper.sightings import ReadingKey, reading_order, titled_hash
from clipper.store import Store
from clipper.store.readings import StoredReading
from clipper.verdict import clean_meta


def archived_readings(store: Store, pages: Sequence[RawPage]) -> list[StoredReading | None]:
    """For each of ``pages``, the run that stored it and its origin, or None: a page is
    stored when its (source key, raw hash) is, a text record's under the headline its
    title field gives (:func:`record_headline`; under another one it is cleaned and is
    the page's next version, or a reading of another stored version: ``_new_pages``),
    and a saved file without a URL also when a stored page without one has its bytes (the
    same file under another path); a reading cut short (``RawPage.partial``) also when
    the whole reading of its capture (its URL and fetch time) is stored.

    A page is also stored when a version at its address was stored from the same input:
    its origin (file, ``:LINE``, ``@OFFSET``) and fetch time.  That is the same capture
    read from the same place again, whatever its bytes hash to now: a reader's rendering
    (whole-page Markdown lost its menus in 7bb79be), scrubbing or a record's headline
    cleaning changed between releases, so unchanged input makes no new version."""
    versions = store.stored_versions({page.source_key for page in pages})
    by_key: dict[int, StoredReading] = {}
    for page in pages:
        headline = record_headline(page)
        fetched = iso_datetime(page.fetched_at)
        same_input = None
        for version in versions.get(page.source_key, []):
            if headline is None:
                found = version.raw_hash == page.raw_hash
            else:  # its bytes under its headline (kept under the titled hash beside them)
                found = version.raw_hash in (
                    page.raw_hash, titled_hash(page.raw_hash, headline)
                ) and reading_headline_key(version.title, version.url, version.site) == headline
            if found:
                by_key[id(page)] = version.reading
            elif fetched is not None and version.reading.fetched_at == fetched and (
                version.reading.origin == page.origin
            ):
                same_input = version.reading
        if id(page) not in by_key and same_input is not None:
            by_key[id(page)] = same_input
    files = [
        page.raw_hash
        for page in pages
        if is_saved_file(page) and id(page) not in by_key
    ]
    by_bytes = store.urlless_by_raw_hash(files) if files else {}
    cut = {
        id(page): capture
        for page in pages
        if page.partial is not None and (capture := capture_of(page)) is not None
    }
    wholes = store.whole_readings(sorted(set(cut.values()))) if cut else {}
    return [
        by_key.get(id(page))
        or (by_bytes.get(page.raw_hash) if is_saved_file(page) else None)
        or (wholes.get(cut[id(page)]) if id(page) in cut else None)
        for page in pages
    ]


def is_saved_file(page: RawPage) -> bool:
    """A saved page or text dump without a URL (known by its path; not a record, known by its
    content)."""
    return page.url is None and page.record_key is None


def order_of(page: RawPage) -> ReadingKey:
    """``page``'s place among the readings of its page
    (:func:`clipper.readingorder.reading_order`)."""
    return reading_order(iso_datetime(page.fetched_at), page.origin)


def capture_of(page: RawPage) -> tuple[str, str] | None:
    """A crawled page's capture: its address and fetch time (None without either): the
    readings of one capture, one cut short and one whole, are one reading of the page."""
    fetched = iso_datetime(page.fetched_at)
    return (page.source_key, fetched) if page.url and fetched else None


# What makes two readings of one run one reading (:func:`identity`): source key, raw hash and
# the headline a text record gives beside its bytes ("" when its bytes say it all).
Identity = tuple[str, str, str]


def identity(page: RawPage) -> Identity:
    """What makes two pages of one run the same page: their (source key, raw hash) and, for a
    text record, the headline its title field gives (:func:`record_headline`: the same text
    under a new title is the page's next version); for a saved file without a URL its bytes
    alone (the same file under two paths is one page)."""
    if is_saved_file(page):
        return ("", page.raw_hash, "")
    return (page.source_key, page.raw_hash, record_headline(page) or "")


def record_headline(page: RawPage) -> str | None:
    """The headline beyond spelling (:func:`clipper.headlines.reading_headline_key`) a text
    record gives beside its bytes: its title field, which cleaning keeps over the text's
    (``clipper.clean``); None when the bytes decide it (an HTML page holds its own headline, a
    saved file or an untitled record has the one its text gives)."""
    if page.kind != "text" or not page.title or is_saved_file(page):
        return None
    return reading_headline_key(clean_meta(page.title), page.url, page.site)
