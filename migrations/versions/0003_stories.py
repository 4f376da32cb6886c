"""stories: different articles about the same event, above the variant clusters

Adds ``stories`` (one row per story with its title, dates, cluster, page and outlet counts),
``clusters.story_id``, and ``story_vectors`` (each cluster's bounded term vector, used to match
new clusters incrementally; see ``clipper.stories``).  Existing clusters get their stories on
the next ``clipper dedupe`` run (``clipper.stories`` rebuilds them when the archive has none).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("lead_page_id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.String(), nullable=False),
        sa.Column("last_day", sa.String(), nullable=False),
        sa.Column("first_seen", sa.String(), nullable=True),
        sa.Column("last_seen", sa.String(), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("outlets", sa.Integer(), nullable=False),
        sa.Column("created_run_id", sa.Integer(), nullable=False),
        sa.Column("updated_run_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_page_id"], ["pages.id"], name=op.f("fk_stories_lead_page_id_pages")
        ),
        sa.ForeignKeyConstraint(
            ["created_run_id"], ["runs.id"], name=op.f("fk_stories_created_run_id_runs")
        ),
        sa.ForeignKeyConstraint(
            ["updated_run_id"], ["runs.id"], name=op.f("fk_stories_updated_run_id_runs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories")),
    )
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stories_first_day"), ["first_day"], unique=False)
        batch_op.create_index(batch_op.f("ix_stories_last_day"), ["last_day"], unique=False)

    op.create_table(
        "story_vectors",
        sa.Column("cluster_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("terms", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("cluster_id", name=op.f("pk_story_vectors")),
    )
    with op.batch_alter_table("story_vectors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_story_vectors_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_story_vectors_page_id"), ["page_id"], unique=False)

    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("story_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_clusters_story_id"), ["story_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_clusters_story_id_stories"),
            "stories",
            ["story_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_clusters_story_id_stories"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_clusters_story_id"))
        batch_op.drop_column("story_id")
    with op.batch_alter_table("story_vectors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_story_vectors_page_id"))
        batch_op.drop_index(batch_op.f("ix_story_vectors_day"))
    op.drop_table("story_vectors")
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stories_last_day"))
        batch_op.drop_index(batch_op.f("ix_stories_first_day"))
    op.drop_table("stories")
