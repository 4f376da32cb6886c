"""canonical change index: a run's canonical changes found by seek, one row per cluster and run

A run now records one canonical change per cluster of an earlier run (from its canonical before
the run to the one after), whatever its batch size: with small batches, a cluster whose
canonical changed twice in one night gave two rows, and clusters the run itself made gave rows
too, so the summary's and the table's counts depended on ``--batch-size``.  Finding a cluster's
row of the run, and counting a run's rows, is a seek through this index; without it each was a
scan of the table, which grows with the archive.  Rows already stored are left as they are.

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_canonical_changes_run_id_cluster_id",
        "canonical_changes",
        ["run_id", "cluster_id"],
        if_not_exists=True,
    )


def downgrade() -> None:
    op.drop_index(
        "ix_canonical_changes_run_id_cluster_id", table_name="canonical_changes", if_exists=True
    )
