"""The byline and agency keys of stored pages (``page_credits``: :mod:`clipper.bylinekeys`):
written with a new page, and again for a page whose byline or text a later reading changed.
Reads and writes the pages asked for only, by id: nothing scans the archive."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlalchemy import Connection, bindparam, delete, insert, select

from clipper.models import Page, PageCredit
from clipper.store.rows import chunks, core_table


def insert_credits(
    connection: Connection, pages: Iterable[tuple[int, str | None, str, str | None]]
) -> None:
    """Write the ``page_credits`` rows of new pages: (page id, author, text, address) each
    (:func:`clipper.bylinekeys.credit_keys`)."""
    from clipper.bylinekeys import credit_keys  # its tables: only when pages are stored

    rows = [
        {"kind": kind, "key": key, "page_id": page_id, "name_index": number}
        for page_id, author, text, url in pages
        for kind, key, number in credit_keys(author, text, url)
    ]
    for chunk in chunks(rows):
        connection.execute(insert(core_table(PageCredit)), list(chunk))


def rewrite_credits(connection: Connection, page_ids: Collection[int]) -> None:
    """Write again the ``page_credits`` rows of stored pages whose byline or text changed
    (their author and text as stored now), a chunk of ids at a time."""
    table = core_table(PageCredit)
    for chunk in chunks(sorted(set(page_ids))):
        connection.execute(
            delete(table).where(table.c.page_id.in_(bindparam("ids", expanding=True))),
            {"ids": list(chunk)},
        )
        stored = connection.execute(
            select(Page.id, Page.author, Page.text, Page.url).where(Page.id.in_(list(chunk)))
        )
        insert_credits(connection, [(row.id, row.author, row.text, row.url) for row in stored])
