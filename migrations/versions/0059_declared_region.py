"""pages.region: the country a page states it is of

A time written without a zone was read on the clocks of the country the page's address names,
else on any clock from UTC-12 to UTC+14, though a Mexican outlet on ``.com`` says
``<html lang="es-MX">`` and a crawler's record ``"country": "MX"``.  ``pages.region`` keeps
the country a page or its crawler states outright and alone (:mod:`clipper.declaredregion`:
a language tag's region other than a publishing system's default, a record's country code, an
edition's first path segment ``/mx/``), which narrows those clocks where the address names
none (:func:`clipper.sitezones.clock_country`; rule 6, ``--since``/``--until`` through
``pages.published_from``/``published_to``, a story's lead).  Pages stored before keep NULL:
their head and record are not kept, so they are read by their address as before.
Downgrade drops the column.

Revision ID: 0059
Revises: 0058
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0059"
down_revision = "0058"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an archive whose recorded revision was set back (a restored version table) has it already
    if "region" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("pages")}:
        op.add_column("pages", sa.Column("region", sa.String(), nullable=True))


def downgrade() -> None:
    op.drop_column("pages", "region")
