"""Site templates in the archive: per-site line counts and the stored pages a template cut
is made again on."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from clipper.backends import Backend, PageText
from clipper.models import Page, SiteLine
from clipper.store import changed
from clipper.store.credits import rewrite_credits
from clipper.store.rows import chunks, core_table


@dataclass(frozen=True, slots=True)
class SiteLineCounts:
    """What :meth:`Store.count_site_lines` returns: (site, line key) → pages of the site
    carrying it, and for each line that reached ``template_min_pages`` with this batch, the
    ``source_key`` of the stored pages that carried it before."""

    totals: dict[tuple[str, int], int]
    crossed: dict[tuple[str, int], list[str]]


class SiteLines:
    """The site-template part of :class:`clipper.store.Store`."""

    session: Session
    backend: Backend

    # ---- site templates ----------------------------------------------------------------
    def count_site_lines(
        self, sources: dict[tuple[str, int], set[str]], min_pages: int
    ) -> SiteLineCounts:
        """Add this batch's pages to the per-site line counts; return the totals for those
        lines and, for each line that reaches ``min_pages`` with this batch, the ``source_key``
        of the stored pages that carried it before (at most ``min_pages - 1``).

        ``sources``: (site, line key) → source keys of the batch's pages carrying the line.  A
        page already counted for a line (a new version of it) is not counted again while the
        line is under ``min_pages`` (``site_lines.sources`` lists them; see
        :class:`clipper.models.SiteLine`).
        """
        if not sources:
            return SiteLineCounts({}, {})
        by_site: dict[str, list[int]] = {}
        for site, line_key in sources:
            by_site.setdefault(site, []).append(line_key)
        existing: dict[tuple[str, int], tuple[int, str | None]] = {}
        # One site at a time, so the primary key (site, line_key) is searched, not scanned.
        for site, line_keys in by_site.items():
            for chunk in chunks(sorted(line_keys)):
                rows = self.session.execute(
                    select(SiteLine.line_key, SiteLine.pages, SiteLine.sources).where(
                        SiteLine.site == site, SiteLine.line_key.in_(chunk)
                    )
                )
                existing.update(((site, k), (pages, known)) for k, pages, known in rows)
        totals: dict[tuple[str, int], int] = {}
        crossed: dict[tuple[str, int], list[str]] = {}
        new_rows: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        for key in sorted(sources):
            pages, known_json = existing.get(key, (0, None))
            known: list[str] = json.loads(known_json) if known_json else []
            fresh = sources[key].difference(known) if pages < min_pages else sources[key]
            total = pages + len(fresh)
            listed: str | None = None
            if pages < min_pages <= total:
                crossed[key] = known
            elif total < min_pages:
                listed = json.dumps(sorted({*known, *fresh}))
            totals[key] = total
            if key in existing:
                changed.append(
                    {"b_site": key[0], "b_key": key[1], "b_pages": total, "b_sources": listed}
                )
            else:
                new_rows.append(
                    {"site": key[0], "line_key": key[1], "pages": total, "sources": listed}
                )
        if new_rows:
            self.session.execute(insert(SiteLine), new_rows)
        if changed:
            table = core_table(SiteLine)
            self.session.execute(
                update(table)
                .where(table.c.site == bindparam("b_site"))
                .where(table.c.line_key == bindparam("b_key"))
                .values(pages=bindparam("b_pages"), sources=bindparam("b_sources")),
                changed,
            )
        return SiteLineCounts(totals, crossed)

    def site_line_totals(self, site: str, line_keys: Iterable[int]) -> dict[int, int]:
        """How many pages of ``site`` carried each of ``line_keys`` (absent: none)."""
        totals: dict[int, int] = {}
        for chunk in chunks(sorted(set(line_keys))):
            rows = self.session.execute(
                select(SiteLine.line_key, SiteLine.pages).where(
                    SiteLine.site == site, SiteLine.line_key.in_(chunk)
                )
            )
            totals.update((k, pages) for k, pages in rows)
        return totals

    def pages_of_sources(self, site: str, source_keys: Iterable[str]) -> list[Any]:
        """The stored pages of ``site`` with these ``source_key``s (every stored version):
        rows of (id, title, text, template_lines, language, site), in id order.

        Looked up by ``source_key`` alone and the site compared here: with both in the query
        SQLite chose the site's index and read every page of the site (0.93 against 0.02 ms
        for four keys in a 10,000-page archive of 12 sites), a cost growing with the archive.
        """
        rows: list[Any] = []
        for chunk in chunks(sorted(set(source_keys))):
            rows.extend(
                row
                for row in self.session.execute(
                    select(
                        Page.id, Page.title, Page.text, Page.template_lines, Page.language,
                        Page.site,
                    ).where(Page.source_key.in_(chunk))
                )
                if row.site == site
            )
        return sorted(rows, key=lambda row: row.id)

    def replace_titles(self, pages: Sequence[tuple[PageText, PageText]]) -> None:
        """Store new titles of stored pages (a site's name learned from its titles, cut again:
        :mod:`clipper.sitetitles`): for each page its full-text entry as indexed (old) and as
        it is now (new).  The full-text index entry is replaced with the title."""
        self._replace_pages(
            {"title": bindparam("b_title")},
            [{"b_id": new.page_id, "b_title": new.title} for _, new in pages],
            [(old, new) for old, new in pages],
        )

    def replace_texts(self, pages: Sequence[tuple[PageText, PageText, str | None]]) -> None:
        """Store new texts of stored pages (a template cut made again): for each page its
        full-text entry as indexed (old), as it is now (new) and its new ``template_lines``.
        The full-text index entry is replaced with the text."""
        self._replace_pages(
            {"text": bindparam("b_text"), "template_lines": bindparam("b_lines")},
            [{"b_id": new.page_id, "b_text": new.text, "b_lines": cut} for _, new, cut in pages],
            [(old, new) for old, new, _ in pages],
        )

    def _replace_pages(
        self, values: dict[str, Any], params: list[dict[str, Any]],
        entries: list[tuple[PageText, PageText]],
    ) -> None:
        """Update the pages of ``params`` (``b_id`` their id) to ``values`` and replace their
        full-text entries (``entries``: as indexed, as they are now)."""
        if not params:
            return
        table = core_table(Page)
        self.session.execute(
            update(table).where(table.c.id == bindparam("b_id")).values(**values), params
        )
        changed.mark_pages(
            self.session, {row["b_id"] for row in params}, changed.current_run(self.session)
        )
        if "text" in values:  # a credit the text opens or closes with may have moved
            rewrite_credits(self.session.connection(), {row["b_id"] for row in params})
        self.backend.reindex_pages(
            self.session.connection(), [old for old, _ in entries], [new for _, new in entries]
        )
