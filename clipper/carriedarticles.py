"""Other clusters' articles a cluster's canonical is carried whole in, or carries whole: a
roundup holding a standalone article, a standalone article a roundup holds.  Clipper's
cluster rule 5 keeps them apart; their match stays stored (``matches.containment``), and
``clipper show`` lists them under the article ("Also carried inside", "Carries").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from clipper.config import MatchConfig

__all__ = ["RELATED_SHOWN", "Related", "carried"]


@dataclass(frozen=True)
class Related:
    """Another cluster's article that holds this cluster's canonical, or that it holds: a
    roundup carrying a standalone article, a standalone article a roundup carries (clipper's
    cluster rule 5 keeps them apart; the match stays stored)."""

    cluster_id: int
    page_id: int
    title: str | None
    site: str | None
    url: str | None
    containment: float  # of the shorter page's words by the longer


# At most this many related articles are listed each way, most complete first.
RELATED_SHOWN = 10


def carried(connection: Any, cluster_id: int, page_id: int, inside: bool) -> list[Related]:
    """Pages of other clusters matched with ``page_id`` that hold it whole (``inside``) or that
    it holds whole: the stored matches of one page (an index seek), coverage at least
    ``MatchConfig.containment_threshold``."""
    mine, other = ("page_id", "better_page_id") if inside else ("better_page_id", "page_id")
    rows = connection.execute(
        text(
            f"SELECT p.cluster_id, p.id, p.title, p.site, p.url, m.containment "
            f"FROM matches AS m JOIN pages AS p ON p.id = m.{other} "
            f"WHERE m.{mine} = :page AND p.cluster_id != :cluster "
            "AND m.containment >= :whole ORDER BY m.containment DESC, p.id LIMIT :shown"
        ),
        {
            "page": page_id,
            "cluster": cluster_id,
            "whole": MatchConfig.containment_threshold,
            "shown": RELATED_SHOWN,
        },
    ).all()
    return [
        Related(r.cluster_id, r.id, r.title, r.site, r.url, round(r.containment, 4)) for r in rows
    ]
