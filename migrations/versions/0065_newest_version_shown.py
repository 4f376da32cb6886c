"""an address's newest version is the page shown: clusters chosen again

Rule 6 chose the page shown among every version of an address in a cluster, earliest published
first, so an update of a page ("Aktualisiert am …", a paragraph added), dated by its update,
lost to its own first version: show, search and the digest gave the old text, and a name the
update added was found by ``search --variants`` only (newcomer 29, finding 2).  From this
revision rule 6 weighs each address once, by its newest version dated as the address was first
published (``clipper.canonical._addresses_as_shown``).  This revision walks again the
components of the clusters holding two versions of one address
(:func:`clipper.rewalks.reshow_versions`, the match rules' defaults); a canonical that changes
is recorded under the archive's latest run.  Membership stays as it was decided.

Downgrade changes nothing: the older code reads the archive, and its next run over such a
component chooses by its own rule again.

Revision ID: 0065
Revises: 0064
"""

from __future__ import annotations

from alembic import op

from clipper.rewalks import reshow_versions, walk_again_upgrade

revision = "0065"
down_revision = "0064"
branch_labels = None
depends_on = None


def upgrade() -> None:
    walk_again_upgrade(op.get_bind(), reshow_versions)


def downgrade() -> None:
    pass
