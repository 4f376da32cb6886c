"""pages.changed_run_id and merges: what changed since an export, and where a merged id went

A script keeping a copy of the archive through exports could not ask for what changed since its
last export: ``export --run N`` gives the pages run N stored, not the older pages whose cluster,
canonical or story run N moved (newcomer 30's finding 3), and ``show`` of a cluster or story
merged into another said only "no cluster 2".  ``pages.changed_run_id`` is the last run that
changed what an export writes of a page after the run that stored it (indexed: ``export
--changed-since RUN`` reads the changed rows only); ``merges`` keeps, for a cluster or story a
run deleted because its members moved, where they went.

Existing archives get what they kept: each page of a cluster whose canonical changed
(``canonical_changes``) is marked with the last such run, and each page of a story updated by a
later run than made it with that run (any update of the story: its counts too, so a few rows
more than changed, none of those recorded left out).  Earlier merges were not recorded.
Downgrade drops both.

Revision ID: 0069
Revises: 0068
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0069"
down_revision = "0068"
branch_labels = None
depends_on = None

_MARK = sa.text(
    "UPDATE pages SET changed_run_id = :run WHERE cluster_id = :cluster AND run_id < :run "
    "AND (changed_run_id IS NULL OR changed_run_id < :run)"
)


def upgrade() -> None:
    bind = op.get_bind()
    columns = {c["name"] for c in sa.inspect(bind).get_columns("pages")}
    if "changed_run_id" not in columns:
        op.add_column("pages", sa.Column("changed_run_id", sa.Integer(), nullable=True))
        op.create_index("ix_pages_changed_run_id", "pages", ["changed_run_id"])
    if "merges" not in sa.inspect(bind).get_table_names():
        op.create_table(
            "merges",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("kind", sa.String(length=8), nullable=False),
            sa.Column("old_id", sa.Integer(), nullable=False),
            sa.Column("new_id", sa.Integer(), nullable=False),
            sa.Column("members", sa.Integer(), nullable=False),
            sa.Column("run_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name="fk_merges_run_id_runs"),
            sa.PrimaryKeyConstraint("id", name="pk_merges"),
        )
        op.create_index("ix_merges_kind_old_id", "merges", ["kind", "old_id"])
    marks = bind.execute(
        sa.text(
            "SELECT c.id AS cluster, s.updated_run_id AS run FROM clusters AS c "
            "JOIN stories AS s ON s.id = c.story_id WHERE s.updated_run_id > s.created_run_id"
        )
    ).all()
    marks += bind.execute(
        sa.text(
            "SELECT cluster_id AS cluster, max(run_id) AS run FROM canonical_changes "
            "GROUP BY cluster_id"
        )
    ).all()
    if marks:
        bind.execute(_MARK, [{"cluster": row.cluster, "run": row.run} for row in marks])


def downgrade() -> None:
    op.drop_index("ix_merges_kind_old_id", table_name="merges")
    op.drop_table("merges")
    op.drop_index("ix_pages_changed_run_id", table_name="pages")
    op.drop_column("pages", "changed_run_id")
