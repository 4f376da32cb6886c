""":class:`Store`: everything ``clipper dedupe`` writes to the archive, one object over a
session made of the parts of :mod:`clipper.store` (a class of each module), in the order a
batch reaches them; :meth:`Store.recluster` brings clusters and canonicals up to date after a
batch."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from clipper.backends import backend_for
from clipper.cluster import Link, Rules
from clipper.store.bands import Bands
from clipper.store.matches import Matches
from clipper.store.pages import Pages
from clipper.store.readings import Readings
from clipper.store.rows import now
from clipper.store.runs import BatchOutcome, Runs
from clipper.store.sitelines import SiteLines


class Store(Runs, Readings, SiteLines, Pages, Bands, Matches):
    def __init__(self, session: Session) -> None:
        self.session = session
        self.backend = backend_for(session.get_bind())

    def recluster(
        self,
        seeds: Iterable[int],
        run_id: int,
        new_page_ids: set[int],
        rules: Rules | None = None,
        read: dict[int, list[Link]] | None = None,
    ) -> BatchOutcome:
        """Bring clusters and canonicals up to date after a batch: ``seeds``, the batch's
        pages, stored with their matches, walked by ``rules`` (``cluster.Rules.of`` the run's
        ``MatchConfig``; None: its defaults; see ``cluster.assign``).  Only the pages whose
        decision the batch can change are walked again (``clipper.reclustering``): the result
        of ``cluster.assign`` over their whole connected components (``seeds`` and
        ``new_page_ids``: the same pages, the latter counted in the outcome).  ``read``: every
        match of each page it holds, read already since the batch's last match was stored
        (``Matching.one_version_away``'s): not read again."""
        from clipper import reclustering  # which reads this module's types

        return reclustering.recluster(
            self, set(seeds), new_page_ids, run_id, rules or Rules(), now(), read
        )
