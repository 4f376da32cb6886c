"""opening keys: index every stored page's short opening passages in ``lsh_bands``

clipper finds briefs too short for a passage key (one to three paragraphs, 15-60 words, often
a headline or a caption below the full copy's start) through *opening keys*
(``clipper.fingerprint.MinHasher.opening_keys``, ``FingerprintConfig.opening_*``), kept in the
same ``lsh_bands`` table as the other keys (salted apart).  This revision adds them for the
pages stored before it, so a page stored tonight finds its copies among them exactly as it
would among pages stored after the upgrade.  Pages are read in id order, 500 at a time; the
fingerprint settings are the archive's own (``meta``).  Downgrade removes them again.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import sqlalchemy as sa
from alembic import op

from clipper.config import FingerprintConfig
from clipper.fingerprint import MinHasher, fingerprint_texts
from clipper.templates import restore_lines

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_pages = sa.table(
    "pages",
    sa.column("id", sa.Integer),
    sa.column("text", sa.Text),
    sa.column("template_lines", sa.Text),
)
_bands = sa.table("lsh_bands", sa.column("key", sa.BigInteger), sa.column("page_id", sa.Integer))
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))
_CHUNK = 500


def _opening_rows(connection: sa.Connection) -> Iterator[list[dict[str, int]]]:
    stored = {k: v for k, v in connection.execute(sa.select(_meta.c.key, _meta.c.value))}
    default = FingerprintConfig()
    num_perm = int(stored.get("fingerprint.num_perm", default.num_perm))
    config = replace(
        default,
        num_perm=num_perm,
        lsh_bands=num_perm // default.lsh_rows,
        seed=int(stored.get("fingerprint.seed", default.seed)),
        shingle_words=int(stored.get("fingerprint.shingle_words", default.shingle_words)),
    )
    hasher = MinHasher(config)
    last = 0
    while True:
        rows = connection.execute(
            sa.select(_pages.c.id, _pages.c.text, _pages.c.template_lines)
            .where(_pages.c.id > last)
            .order_by(_pages.c.id)
            .limit(_CHUNK)
        ).all()
        if not rows:
            return
        last = rows[-1].id
        texts = [restore_lines(r.text or "", json.loads(r.template_lines or "[]")) for r in rows]
        out: list[dict[str, int]] = []
        for row, fingerprint in zip(rows, fingerprint_texts(texts, hasher), strict=True):
            if fingerprint is not None:
                out.extend({"key": k, "page_id": row.id} for k in fingerprint.opening_keys.tolist())
        yield out


def upgrade() -> None:
    connection = op.get_bind()
    for rows in _opening_rows(connection):
        if rows:
            connection.execute(sa.insert(_bands), rows)


def downgrade() -> None:
    connection = op.get_bind()
    for rows in _opening_rows(connection):
        if rows:
            connection.execute(
                sa.delete(_bands).where(
                    _bands.c.key == sa.bindparam("b_key"),
                    _bands.c.page_id == sa.bindparam("b_page"),
                ),
                [{"b_key": r["key"], "b_page": r["page_id"]} for r in rows],
            )
