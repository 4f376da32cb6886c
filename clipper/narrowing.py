"""Which filter left a query's list empty: a list that came out empty with filters given
(``clipper search``'s ``--region``, ``--lang``, ``--since``/``--until``, ``--site``,
``--author``, ``--agency``;
``clusters``' too, and ``--min-size``) is counted again without them, and with each alone, so
the command can say "the words match 3 articles, none of them with --region CO" instead of
blaming the words (newcomer 41: a ``--region CO`` search said "no canonical article matches"
of words its canonical held).

The counting is the command's own (:func:`clipper.search.count_matches`,
:func:`clipper.clusterlist.count_clusters`), called with the filters as keyword arguments; the
text is :func:`clipper.cli.output.narrowing_note`'s."""

from __future__ import annotations

import shlex
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Narrowing:
    """What a query finds without its filters (``unfiltered``), and with each filter alone
    (``kept``: the filter as the command line gave it, ``--region CO``, and its count), in
    :func:`given_filters`' order (dates, sites, languages, countries, authors, agencies,
    size).  ``together``:
    with all of them (0 for a list that came out empty; another figure where a limit or a
    later step emptied it)."""

    unfiltered: int
    kept: tuple[tuple[str, int], ...]
    together: int


def narrowing(
    count: Callable[..., int], filters: Mapping[str, Mapping[str, Any]]
) -> Narrowing | None:
    """``count`` (the query's count, taking the filters as keyword arguments) without the
    filters, with each of ``filters`` alone (its label → the keyword arguments that apply it)
    and with all of them; None when no filter is given (nothing to tell apart)."""
    if not filters:
        return None
    together: dict[str, Any] = {}
    for arguments in filters.values():
        together.update(arguments)
    return Narrowing(
        unfiltered=count(),
        kept=tuple((label, count(**arguments)) for label, arguments in filters.items()),
        together=count(**together),
    )


def given_filters(
    *,
    since: str | None = None,
    until: str | None = None,
    sites: tuple[str, ...] = (),
    languages: tuple[str, ...] = (),
    regions: tuple[str, ...] = (),
    min_size: int = 1,
    authors: tuple[str, ...] = (),
    agencies: tuple[str, ...] = (),
) -> dict[str, dict[str, Any]]:
    """The filters a query command was given, each as :func:`narrowing` takes it: its label
    as typed (``--since 2026-12-07 --until 2026-12-08`` one filter: the dates combine) → its
    keyword arguments.  A ``min_size`` of 1 is no filter."""
    found: dict[str, dict[str, Any]] = {}
    if since or until:
        label = " ".join(
            f"{option} {value}"
            for option, value in (("--since", since), ("--until", until))
            if value
        )
        found[label] = {"since": since, "until": until}
    if sites:
        found[" ".join(f"--site {site}" for site in sites)] = {"sites": sites}
    if languages:
        found[" ".join(f"--lang {language}" for language in languages)] = {"languages": languages}
    if regions:
        found[" ".join(f"--region {region}" for region in regions)] = {"regions": regions}
    if authors:
        found[" ".join(f"--author {shlex.quote(name)}" for name in authors)] = {"authors": authors}
    if agencies:
        found[" ".join(f"--agency {shlex.quote(name)}" for name in agencies)] = {
            "agencies": agencies
        }
    if min_size > 1:
        found[f"--min-size {min_size}"] = {"min_size": min_size}
    return found
