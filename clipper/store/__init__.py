"""Everything ``clipper dedupe`` writes to the archive, one batch per transaction.

:class:`Store` is one object over a session, made of one part per concern (each a module of
this package, in the order a batch reaches them): :mod:`~clipper.store.runs` (a run's rows),
:mod:`~clipper.store.readings` (what is already archived of a page, its versions),
:mod:`~clipper.store.sitelines` (site templates), :mod:`~clipper.store.pages` (new pages and
what verification reads of stored ones), :mod:`~clipper.store.bands` (the LSH index),
:mod:`~clipper.store.matches` (the match graph); :meth:`Store.recluster` brings clusters and
canonicals up to date after a batch (the class lives in :mod:`~clipper.store.writer`).
:mod:`~clipper.store.rows`: the archive's time stamps and ``IN`` lists in chunks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clipper.store.writer import Store

__all__ = ["Store"]


def __getattr__(name: str) -> Any:
    """``clipper.store.Store``, imported when first asked for (PEP 562).  The store's parts
    import the matcher, the clustering and their rules; a reader that needs only a light part
    of this package (:mod:`~clipper.store.rows`' chunks and time stamps,
    :mod:`~clipper.store.changed`) imports none of them: a query command's start-up."""
    if name == "Store":
        from clipper.store.writer import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
