"""Alembic environment for the clipper archive.

clipper runs migrations itself when it opens an archive (``clipper.archive.open_archive``),
passing its connection in ``config.attributes["connection"]``.  From a shell:
``alembic -x db=clipper.db upgrade head``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from clipper.backends import finish_upgrade
from clipper.models import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    db = context.get_x_argument(as_dictionary=True).get("db")
    if db:
        return db if "://" in db else f"sqlite:///{db}"
    return config.get_main_option("sqlalchemy.url") or "sqlite:///clipper.db"


def run_migrations_offline() -> None:
    context.configure(
        url=_url(), target_metadata=target_metadata, literal_binds=True, render_as_batch=True
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(_url())
    with engine.connect() as connection:
        _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    # render_as_batch: SQLite cannot ALTER most things in place; batch mode copies the table.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
        # the one rebuild of the search index the upgrade's migrations asked for
        # (clipper.backends.reindex_later)
        finish_upgrade(connection)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
