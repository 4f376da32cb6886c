"""Pages into the archive: a new page's row and full-text entry, and what verification reads
of stored pages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from clipper.backends import Backend, PageText
from clipper.canonical import RankKey, rank_key
from clipper.models import Page
from clipper.pubwindows import bounds_columns
from clipper.sites import outlet_key
from clipper.store.credits import insert_credits
from clipper.store.rows import chunks, core_table


@dataclass(frozen=True, slots=True)
class NewPage:
    """A cleaned, fingerprinted page about to be stored."""

    source_key: str
    raw_hash: str
    url: str | None
    origin: str
    kind: str
    site: str | None
    title: str | None
    author: str | None
    published: str | None
    fetched_at: str | None
    seen_at: str
    language: str | None
    text: str
    template_lines: str | None
    word_count: int
    content_hash: str
    shingle_count: int
    signature: bytes
    # another site's page this page names as its original (Article.declared_original)
    declared_original: str | None = None
    date_source: str | None = None  # where ``published`` came from (Article.date_source)
    partial: str | None = None  # why the reading was cut short (Article.partial)
    last_fetched_at: str | None = None  # the reading's fetch time (ISO 8601), None: unknown
    # ``fetched_at`` is a time written without a zone (Page.fetched_zoneless)
    fetched_zoneless: bool | None = None
    payload_digest: str | None = None  # its WARC record's (Article.payload_digest)
    # ``published`` is a time written without a zone (clipper.dates.zoneless_time)
    published_zoneless: bool | None = None
    # the offset a zoned ``published`` was written with (Page.published_offset)
    published_offset: int | None = None
    region: str | None = None  # the country the page states it is of (Article.region)
    # the time its "Updated" line gives, when that is its date or an earlier version's date
    # is kept (Page.updated: clipper.versiondates.kept_date)
    updated: str | None = None

    @property
    def rank(self) -> RankKey:
        return rank_key(
            self.word_count,
            self.published,
            self.url,
            self.source_key,
            self.content_hash,
            self.fetched_at,
            self.seen_at,
            self.title,
        )


class Pages:
    """The pages part of :class:`clipper.store.Store`."""

    session: Session
    backend: Backend

    # ---- pages and the LSH index -------------------------------------------------------
    def insert_pages(
        self,
        pages: Sequence[NewPage],
        run_id: int,
        search_texts: Sequence[tuple[str | None, str | None]] | None = None,
    ) -> list[int]:
        """Insert pages (not yet clustered); their ids, in the order given.

        ``search_texts``: each page's full-text index title and body
        (:func:`clipper.searchtext.search_text` of its title and text) when the caller has
        them (the pipeline's workers compute them), else computed here.

        Ids are assigned here rather than read back: only one run writes (the archive's write
        lock), and a plain executemany is several times faster than INSERT … RETURNING.
        """
        first = int(self.session.scalar(select(func.coalesce(func.max(Page.id), 0))) or 0) + 1
        ids = list(range(first, first + len(pages)))
        rows = [
            {
                **{name: getattr(page, name) for name in NewPage.__dataclass_fields__},
                "id": page_id,
                "outlet": outlet_key(page.site),
                **bounds_columns(
                    page.published, page.published_zoneless, page.url, page.site, page.region
                ),
                "run_id": run_id,
                "is_exact_duplicate": False,
                "version": 1,
            }
            for page_id, page in zip(ids, pages, strict=True)
        ]
        if rows:
            self.session.execute(insert(core_table(Page)), rows)
            # what --author and --agency find them by (clipper.bylinekeys)
            insert_credits(
                self.session.connection(),
                [
                    (pid, page.author, page.text, page.url)
                    for pid, page in zip(ids, pages, strict=True)
                ],
            )
            # The full-text index is written once per batch, not by a trigger per row.
            self.backend.index_pages(
                self.session.connection(),
                [
                    PageText(page_id, page.title, page.text, page.language, *searched)
                    for page_id, page, searched in zip(
                        ids, pages, search_texts or [(None, None)] * len(pages), strict=True
                    )
                ],
            )
        return ids

    def candidate_rows(self, page_ids: Iterable[int]) -> list[Any]:
        """What verification needs of stored pages: text, language and ranking fields."""
        rows: list[Any] = []
        for chunk in chunks(sorted(set(page_ids))):
            rows.extend(
                self.session.execute(
                    select(
                        Page.id,
                        Page.text,
                        Page.template_lines,
                        Page.word_count,
                        Page.published,
                        Page.url,
                        Page.source_key,
                        Page.content_hash,
                        Page.fetched_at,
                        Page.seen_at,
                        Page.title,
                        Page.language,
                    ).where(Page.id.in_(chunk))
                )
            )
        return rows
