"""A batch's site templates cut (:func:`strip_templates`): the lines a site repeats on
``clean.template_min_pages`` pages or more (:mod:`clipper.templates` says which lines count)
leave the text people read, counted in the archive's site-line table; stored pages that carried
a line before it became template are cut again (:func:`recut_stored`).  Functions of a batch and
the archive."""

from __future__ import annotations

import json

from clipper.backends import PageText
from clipper.config import CleanConfig
from clipper.searchtext import search_text
from clipper.store import Store
from clipper.templates import cut_template, restore_lines, short_line_keys, site_of
from clipper.workers import Prepared


def strip_templates(
    store: Store, settings: CleanConfig, prepared: list[Prepared]
) -> list[tuple[Prepared, str | None]]:
    """Cut each site's template lines from the text people read (:mod:`clipper.templates`).

    Returns each page with the lines cut (JSON, for ``pages.template_lines``).  The
    fingerprint was taken before the cut: template counts depend on which pages of a site
    came first, and clusters and canonicals must not.  Stored pages that carried a line
    which becomes template with this batch are cut again (:func:`recut_stored`).
    """
    sources: dict[tuple[str, int], set[str]] = {}
    for item in prepared:
        site = site_of(item.article)
        if site is None:
            continue  # no site, no template: unrelated pages are never pooled
        for key in item.line_keys:
            # one page counts once, whatever versions of it the batch holds
            sources.setdefault((site, key), set()).add(item.article.source_key)
    counts = store.count_site_lines(sources, settings.template_min_pages)
    result: list[tuple[Prepared, str | None]] = []
    for item in prepared:
        article = item.article
        site = site_of(article)
        cut = None
        if site is not None:
            template = {
                k
                for k in item.line_keys
                if counts.totals.get((site, k), 0) >= settings.template_min_pages
            }
            stripped, cut = cut_template(
                article.text, template, settings.template_max_words,
                settings.min_article_words,
            )
            if cut is not None:
                article.text = stripped
                item.search_body = search_text(stripped, article.language)
        result.append((item, cut))
    recut_stored(store, settings, counts.crossed)
    return result

def recut_stored(
    store: Store, settings: CleanConfig, crossed: dict[tuple[str, int], list[str]]
) -> None:
    """Cut again the stored pages (``source_key`` per line) that carried a line before it
    became its site's template with this batch; store the texts that change."""
    by_site: dict[str, set[str]] = {}
    for (site, _), source_keys in crossed.items():
        by_site.setdefault(site, set()).update(source_keys)
    changed: list[tuple[PageText, PageText, str | None]] = []
    for site in sorted(by_site):
        rows = store.pages_of_sources(site, by_site[site])
        # the text that was fingerprinted, and its short lines
        full = [restore_lines(row.text, json.loads(row.template_lines or "[]")) for row in rows]
        keys = [short_line_keys(text, settings.template_max_words) for text in full]
        totals = store.site_line_totals(site, set().union(*keys))
        for row, text, line_keys in zip(rows, full, keys, strict=True):
            template = {
                k for k in line_keys if totals.get(k, 0) >= settings.template_min_pages
            }
            text, cut = cut_template(
                text, template, settings.template_max_words, settings.min_article_words
            )
            if text != row.text:
                changed.append(
                    (
                        PageText(row.id, row.title, row.text, row.language),
                        PageText(row.id, row.title, text, row.language),
                        cut,
                    )
                )
    store.replace_texts(changed)
