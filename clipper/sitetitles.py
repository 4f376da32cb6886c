"""A site's name as its titles end, learned from its pages (:func:`strip_title_suffixes`): a
title's last segment between separators (:data:`clipper.sitenames.SEGMENT_SEP`: " - ",
" | ", " – " ...) that ends the titles of ``clean.title_suffix_min_pages`` pages of one site or
more is the site's name, in any script ("… - اليوم السابع" of youm7.com, "… | مصراوي", "… -
ایرنا", "… - חדשות 12" of mako.co.il), where a page or record says no name (no og:site_name,
no ``source`` or site field) and the host is Latin.  It is cut as a declared name is: added to
the site's keys (:func:`clipper.sitenames.name_key`) for :func:`clipper.sitenames.
strip_site_segments`, the rule that cuts an HTML page's ``<title>``.  One page's last segment
alone stays: it may be part of its headline.

The segments are counted in the archive's site-line table (:meth:`clipper.store.Store.
count_site_lines`, beside the template lines, under keys no text line has), so a batch's
end or the pages' order changes nothing: the stored pages that ended so before a batch made
the segment its site's are cut again (:func:`_recut_stored`).  Functions of a batch and the
archive."""

from __future__ import annotations

from clipper.backends import PageText
from clipper.config import CleanConfig
from clipper.searchtext import search_text
from clipper.sitenames import (
    is_date_or_byline,
    name_key,
    segment_spans,
    site_keys,
    strip_site_segments,
    worded_date,
)
from clipper.store import Store
from clipper.templates import line_key, site_of
from clipper.workers import Prepared

# What a title segment's key is hashed with: no text line holds it (a control character), so a
# segment's count is never a body line's.
_SEGMENT_MARK = "\x1ftitle-end\x1f"


def last_segment(title: str | None) -> str | None:
    """The last segment of ``title`` between separators (:func:`clipper.sitenames.
    segment_spans`), or None: a title of one segment, or one ending in a date or a byline (a
    date in words too, the headline's edition: "Weekly review – 5 December",
    :func:`clipper.sitenames.worded_date`, is no site's name however many titles end with it)."""
    if not title:
        return None
    spans = segment_spans(title)
    if len(spans) < 2:
        return None
    segment = title[slice(*spans[-1])].strip()
    if is_date_or_byline(segment) or worded_date(segment) or not name_key(segment):
        return None
    return segment


def segment_key(segment: str) -> int:
    """The site-line key a title's last ``segment`` is counted under: its name key (case,
    accents and punctuation aside), marked apart from text lines."""
    return line_key(_SEGMENT_MARK + name_key(segment))


def cut_site_suffix(title: str, url: str | None, site: str | None, segment: str) -> str:
    """``title`` with its site's names cut at either end (:func:`clipper.sitenames.
    strip_site_segments`), ``segment`` counted among them."""
    cut, _ = strip_site_segments(title, site_keys(url, site) | {name_key(segment)})
    return cut or title


def strip_title_suffixes(store: Store, settings: CleanConfig, prepared: list[Prepared]) -> None:
    """Cut from this batch's titles a last segment that ends the titles of
    ``settings.title_suffix_min_pages`` pages of their site or more (the batch's and the
    archive's, each page once whatever its versions), and from the stored pages that carried
    it before this batch made it the site's.  Titles and their search titles change in
    place."""
    sources: dict[tuple[str, int], set[str]] = {}
    ends: list[tuple[Prepared, str, str]] = []
    for item in prepared:
        site = site_of(item.article)
        segment = last_segment(item.article.title)
        if site is None or segment is None:
            continue
        sources.setdefault((site, segment_key(segment)), set()).add(item.article.source_key)
        ends.append((item, site, segment))
    if not sources:
        return
    counts = store.count_site_lines(sources, settings.title_suffix_min_pages)
    for item, site, segment in ends:
        if counts.totals.get((site, segment_key(segment)), 0) < settings.title_suffix_min_pages:
            continue
        article = item.article
        title = cut_site_suffix(article.title or "", article.url, site, segment)
        if title != article.title:
            article.title = title
            item.search_title = search_text(title, article.language)
    _recut_stored(store, counts.crossed)


def _recut_stored(store: Store, crossed: dict[tuple[str, int], list[str]]) -> None:
    """Cut the site's title segment from the stored pages (``source_key`` per segment) that
    ended so before it became the site's with this batch; store the titles that change."""
    changed: list[tuple[PageText, PageText]] = []
    for (site, key), source_keys in sorted(crossed.items()):
        for row in store.pages_of_sources(site, source_keys):
            segment = last_segment(row.title)
            if segment is None or segment_key(segment) != key:
                continue
            title = cut_site_suffix(row.title, None, site, segment)
            if title != row.title:
                changed.append(
                    (
                        PageText(row.id, row.title, row.text, row.language),
                        PageText(row.id, title, row.text, row.language),
                    )
                )
    store.replace_titles(changed)
