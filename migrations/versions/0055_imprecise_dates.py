"""a zoneless time or a day alone is a span of time: clusters chosen again

Rule 6 (which page of a cluster came first) compared a time written without a zone as if UTC
(a Japanese site's "2026-12-04 18:00", 09:00 UTC, lost to a copy published at 10:00 UTC) and a
day alone as a UTC day (a page of 4 December came before a copy stating 20:00 on 4 December
in New York, 01:00 UTC on the 5th, and after one stating 09:30 in Singapore).  From this
revision a date is a span of time (``clipper.pubwindows``: a zoneless time on the site's
clocks by its address's country, else UTC-12 to UTC+14; a day alone some time of that day)
and a page is before another only when its span ends before the other's begins (newcomer 27,
findings 6 and 20).  This revision walks again the components of the clusters of two pages or
more holding such a date (:func:`clipper.rewalks.reshow_imprecise`, the match rules'
defaults); a canonical that changes is recorded under the archive's latest run.  Membership
stays as it was decided.

Downgrade changes nothing: the older code reads the archive, and its next run over such a
component chooses by its own rule again.

Revision ID: 0055
Revises: 0054
"""

from __future__ import annotations

from alembic import op

from clipper.rewalks import reshow_imprecise, walk_again_upgrade

revision = "0055"
down_revision = "0054"
branch_labels = None
depends_on = None


def upgrade() -> None:
    walk_again_upgrade(op.get_bind(), reshow_imprecise)


def downgrade() -> None:
    pass
