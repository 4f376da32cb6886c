"""page credits again: an agency's own site, and the agencies' Thai, Vietnamese, Hebrew and
Arabic spellings

``search --agency ISNA`` missed isna.ir's own page: its byline names its writer alone, the agency
being the site itself (:func:`clipper.bylines.without_site_names`), so the page's address now
gives the agency (:func:`clipper.agencysites.site_agency`).  And a stored text's credit in a
spelling newly listed ("(ที่มา: รอยเตอร์)", "Theo TTXVN", "(TPS)", "وفا",
:data:`clipper.agencycredits.AGENCY_SPELLINGS`; credits51, newcomers 50a and 50b) is keyed by
its agency.  This revision writes every stored page's ``page_credits`` rows again from its
stored author, text and address (:func:`clipper.bylinekeys.credit_keys`), 500 pages at a time
in id order; the texts are not cleaned again.

Revision ID: 0109
Revises: 0108
"""

from __future__ import annotations

from alembic import op

from clipper.bylinekeys import AGENCY, AUTHOR
from clipper.rekey import rekey_credits

revision = "0109"
down_revision = "0108"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # only the kinds this revision writes: a row of another kind (none today) is kept
    rekey_credits(op.get_bind(), (AUTHOR, AGENCY))


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged (the rows stay as this revision wrote them)."""
