"""page credits again: the national agencies, an unlisted agency's acronym, Interfax's services

``search --agency NAN`` found none of a Lagos desk's pick-ups: a dateline's "(NAN)", "(APS)",
"(GNA)" was cut and stored as the page's byline, and keyed as a person's name (``--author APS``
found them).  The national agencies are listed now (:data:`clipper.agencycredits.
AGENCY_SPELLINGS`), a byline's name written as an acronym alone is an agency's credit
(:func:`clipper.agencycredits.acronym_credit`), and a page of Interfax's regional services is
Interfax's too (:data:`clipper.agencycredits.AGENCY_GROUPS`, ``interfax.kz``; credits52,
newcomers 51a and 51b).  This revision writes every stored page's ``page_credits`` rows again
from its stored author, text and address (:func:`clipper.bylinekeys.credit_keys`), 500 pages at
a time in id order, as 0109 did; the texts and bylines are not cleaned again.

Revision ID: 0111
Revises: 0110
"""

from __future__ import annotations

from alembic import op

from clipper.bylinekeys import AGENCY, AUTHOR
from clipper.rekey import rekey_credits

revision = "0111"
down_revision = "0110"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # only the kinds this revision writes: a row of another kind (none today) is kept
    rekey_credits(op.get_bind(), (AUTHOR, AGENCY))


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged (the rows stay as this revision wrote them)."""
