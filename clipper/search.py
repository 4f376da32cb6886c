"""``clipper search``: full-text search over the archive's canonical articles.

The query is parsed by :mod:`clipper.searchquery` and the archive's backend (clipper.backends)
writes the tree out in its own syntax (FTS5 MATCH on SQLite, ``to_tsquery`` on PostgreSQL);
the filters are :mod:`clipper.searchfilters`'.  This module runs the search: it ranks the
matches, checks exact-case terms (``=Total``) on the candidates' stored texts
(:func:`exact_matches`), and decorates each hit with its cluster's size, outlets, headline and
a snippet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import tzinfo
from typing import Any

from sqlalchemy import Connection, bindparam, text

from clipper.archive import Archive
from clipper.backends import Backend
from clipper.caselanguages import archive_languages
from clipper.dates import zoned
from clipper.feednotes import without_opening_notes
from clipper.headlines import cluster_headlines
from clipper.searchfilters import (
    credit_filter,
    date_filters,
    date_source_sql,
    language_filter,
    region_filter,
    site_filter,
)
from clipper.searchquery import BinaryOp, Node, QueryError, Term, has_exact, parse_query, relaxed
from clipper.searchterms import QueryTokens, query_tokens
from clipper.seentimes import shown_date
from clipper.snippets import snippet

DEFAULT_LIMIT = 20
# Default snippet markers: plain characters, so JSON and pipes need no HTML or ANSI handling.
MARKS = ("[", "]")


# A hit's snippet: the text's words within this many characters around its matches, ~14
# English words; counted in characters, not index units, since a Chinese or Japanese
# character is a unit of its own (a 14-unit snippet showed a dozen characters: newcomer 21).
_SNIPPET_CHARS = 90


def exact_matches(
    connection: Connection,
    backend: Backend,
    node: Node,
    ids: Sequence[int],
    case_languages: frozenset[str] | None = None,
) -> set[int]:
    """Those of the pages ``ids`` (candidates the index found for :func:`relaxed`) that match
    ``node``: each exact-case term checked on the page's stored text
    (:func:`clipper.casematch.occurs`), each other term by the index (``backend.match_filter``,
    restricted to ``ids``; a one-word term's case-form keys in ``case_languages``, the
    archive's: :func:`clipper.caselanguages.archive_languages`), and the operators as sets.
    Reads the texts of ``ids`` once, and runs one index look-up a distinct other term."""
    from clipper.casematch import occurs

    if not ids:
        return set()
    texts = {
        row.id: row.text
        for row in connection.execute(
            text("SELECT id, text FROM pages WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": list(ids)},
        )
    }
    found: dict[Term, set[int]] = {}

    def matching(part: Node) -> set[int]:
        if isinstance(part, BinaryOp):
            left = matching(part.left)
            if part.op == "AND":
                return left & matching(part.right)
            if part.op == "OR":
                return left | matching(part.right)
            return left - matching(part.right)
        if part not in found:
            if part.exact:
                found[part] = {
                    page for page, body in texts.items() if occurs(body, part.text, part.prefix)
                }
            else:
                clause, values = backend.match_filter(part, "term", case_languages)
                query = text(
                    f"SELECT p.id FROM pages AS p WHERE p.id IN :ids AND {clause.format(id='p.id')}"
                ).bindparams(bindparam("ids", expanding=True))
                found[part] = set(connection.scalars(query, {**values, "ids": list(texts)}))
        return found[part]

    return matching(node)


def match_clause(archive: Archive, node: Node, name: str) -> tuple[str, dict[str, Any]]:
    """Every page matching ``node``, unranked and unlimited (``clipper export --query`` and
    ``--watch``): ``backend.match_filter``'s ``{id} IN (…)`` fragment and parameters; with an
    exact-case term, the pages the index finds for :func:`relaxed` are checked
    (:func:`exact_matches`, a batch at a time) and the fragment lists those that pass."""
    from clipper.config import EXACT_CASE_BATCH

    backend = archive.backend
    with archive.engine.connect() as connection:
        languages = archive_languages(connection)
        if not has_exact(node):
            return backend.match_filter(node, name, languages)
        clause, values = backend.match_filter(relaxed(node), name, languages)
        kept: list[int] = []
        candidates = list(
            connection.scalars(
                text(f"SELECT p.id FROM pages AS p WHERE {clause.format(id='p.id')} ORDER BY p.id"),
                values,
            )
        )
        for start in range(0, len(candidates), EXACT_CASE_BATCH):
            batch = candidates[start : start + EXACT_CASE_BATCH]
            kept.extend(sorted(exact_matches(connection, backend, node, batch, languages)))
    # page ids are integers the archive gave: written into the SQL, not user text
    listed = ", ".join(str(int(page_id)) for page_id in kept)
    return (f"{{id}} IN ({listed})" if kept else "1 = 0"), {}


def positive_terms(node: Node) -> list[QueryTokens]:
    """The terms a match contains (not those after NOT), as index words: what snippets mark
    (an exact-case term only where a text writes it with its capitals: ``OTAN``'s ``=NATO``
    marks no Italian ``nato``; a Cyrillic term's Latin letters, which a snippet marks on a
    Serbian-family page only: :func:`clipper.snippets.snippet`)."""
    if isinstance(node, Term):
        tokens = query_tokens(node.text, node.prefix, latin_pages=True)
        return [replace(tokens, exact=node.text) if node.exact else tokens]
    if node.op == "NOT":
        return positive_terms(node.left)
    return positive_terms(node.left) + positive_terms(node.right)


@dataclass(frozen=True)
class Hit:
    """One search result.  ``date`` is the publication date, else the fetch date; ``outlets``
    counts the distinct known sites in the page's cluster (pages without a site, such as
    plain-text dumps, are not counted); ``pages`` is the cluster's size; ``score`` is the
    backend's rank, lower is better (FTS5's bm25; minus PostgreSQL's ts_rank); ``snippet``
    marks matches with the caller's markers."""

    page_id: int
    cluster_id: int | None
    story_id: int | None
    is_canonical: bool
    title: str | None
    site: str | None
    date: str | None
    url: str | None
    outlets: int
    pages: int
    score: float
    snippet: str
    # ``date`` is a publication time its source wrote without a time zone, stored as written
    # (``pages.published_zoneless``): not UTC
    date_zoneless: bool = False
    # where ``date`` came from: "declared"/"guessed" (a publication date), "fetched" (its fetch
    # time: the page gives none); None when it has neither (searchfilters.date_source_sql)
    date_source: str | None = None
    # why the page's stored text is cut short (``pages.partial``: a crawler's size limit, a
    # paywall's trailer, a record ending early), None for a whole text
    partial: str | None = None
    # with --since/--until and no --variants: the article's earliest page inside the window
    # where its canonical is not (a copy that put it in: :func:`search`), else None; its id,
    # site and date (publication, else fetch; ``window_zoneless`` as ``date_zoneless``)
    window_page_id: int | None = None
    window_site: str | None = None
    window_date: str | None = None
    window_zoneless: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The fields as a JSON document, ``date`` with its zone (:func:`clipper.dates.zoned`),
        but a zoneless one as written (no offset made up for it)."""
        return {
            **asdict(self),
            "date": self.date if self.date_zoneless else zoned(self.date),
            "window_date": self.window_date if self.window_zoneless else zoned(self.window_date),
        }


_EVERY = 2**31 - 1  # a LIMIT both databases take for "no limit"


def _passing(
    connection: Connection,
    backend: Backend,
    tree: Node,
    ranking: Sequence[Any],
    limit: int,
    case_languages: frozenset[str],
) -> list[Any]:
    """The first ``limit`` rows of ``ranking`` whose pages match ``tree`` exactly
    (:func:`exact_matches`, keyed in ``case_languages``), checked
    :data:`clipper.config.EXACT_CASE_BATCH` pages at a time."""
    from clipper.config import EXACT_CASE_BATCH

    kept: list[Any] = []
    for start in range(0, len(ranking), EXACT_CASE_BATCH):
        batch = ranking[start : start + EXACT_CASE_BATCH]
        passing = exact_matches(
            connection, backend, tree, [row.id for row in batch], case_languages
        )
        kept.extend(row for row in batch if row.id in passing)
        if len(kept) >= limit:
            break
    return kept[:limit]


def search(
    archive: Archive,
    query: str,
    *,
    sites: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
    languages: Sequence[str] = (),
    variants: bool = False,
    limit: int = DEFAULT_LIMIT,
    marks: tuple[str, str] = MARKS,
    zone: tzinfo | None = None,
    regions: Sequence[str] = (),
    authors: Sequence[str] = (),
    agencies: Sequence[str] = (),
) -> list[Hit]:
    """The best ``limit`` matches for ``query``, best first.

    Without ``variants`` only canonical articles are searched and ``sites`` keeps the stories
    any of those sites carried (any page of the cluster); with ``variants`` every page is
    searched and a site in ``sites`` is the page's own.  ``since``/``until`` filter on the
    publication date (without ``variants``, of any page of the article: a canonical is found
    when a copy is inside, :attr:`Hit.window_page_id` naming the copy), falling back to the
    fetch date, then to when clipper stored the page where no page of its cluster gives
    either (as ``clipper stories`` and ``clusters`` date them), so an undated text dump is
    found by the night it arrived; their days are days of ``zone`` (``--tz``; None: UTC:
    :func:`date_filters`).
    ``languages`` keeps the pages in any of them, compared as primary language subtags
    (``en-GB`` and ``en`` both keep ``en`` pages).  ``sites`` and ``languages`` are
    ``--site`` and ``--lang`` as given, repeatable (empty: no filter).  ``regions``
    (``--region``, ISO 3166 codes) keeps the pages stating any of those countries
    (``pages.region``: :func:`clipper.searchfilters.region_filter`); a page stating none
    passes none.  ``authors`` (``--author``) and ``agencies`` (``--agency``) keep, as
    ``sites`` does, the articles a page of which names any of those people in its byline
    and credits any of those agencies (with ``variants``: the page's own byline and credits:
    :func:`clipper.searchfilters.credit_filter`).
    """
    if limit < 1:
        raise QueryError("--limit must be at least 1")
    tree = parse_query(query)
    backend = archive.backend
    with archive.engine.connect() as connection:
        ranking = _ranking(
            connection,
            backend,
            tree,
            limit,
            sites=sites,
            since=since,
            until=until,
            languages=languages,
            variants=variants,
            zone=zone,
            regions=regions,
            authors=authors,
            agencies=agencies,
        )
        hits = _decorated(connection, backend, tree, ranking, marks)
        if not variants and (since or until) and hits:
            hits = _window_pages(connection, hits, since, until, zone)
        return hits


def _window_pages(
    connection: Connection,
    hits: list[Hit],
    since: str | None,
    until: str | None,
    zone: tzinfo | None,
) -> list[Hit]:
    """``hits`` (canonicals) with, for each whose canonical is outside ``since``/``until``,
    the earliest page of its cluster inside them (by publication, else fetch time; a page
    giving its time before one giving its day alone; ties: the lower page id), the page that
    put the article in the window (:attr:`Hit.window_page_id`)."""
    params: dict[str, Any] = {"clusters": sorted({h.cluster_id for h in hits if h.cluster_id})}
    inside = " AND ".join(date_filters(since, until, params, zone=zone, table="w"))
    found = connection.execute(
        text(
            "SELECT w.cluster_id, w.id, w.site, coalesce(w.published, w.fetched_at) AS date, "
            "w.published_zoneless FROM pages AS w WHERE w.cluster_id IN :clusters AND "
            f"{inside} ORDER BY w.cluster_id, "
            "length(coalesce(w.published, w.fetched_at)) = 10, "
            "coalesce(w.published_from, w.published, w.fetched_at), w.id"
        ).bindparams(bindparam("clusters", expanding=True)),
        params,
    ).all()
    inside_ids = {row.id for row in found}
    earliest: dict[int, Any] = {}
    for row in found:
        earliest.setdefault(row.cluster_id, row)
    shown = []
    for hit in hits:
        page = earliest.get(hit.cluster_id) if hit.cluster_id is not None else None
        if page is None or hit.page_id in inside_ids:
            shown.append(hit)
            continue
        shown.append(
            replace(
                hit,
                window_page_id=page.id,
                window_site=page.site,
                window_date=page.date,
                window_zoneless=bool(page.published_zoneless) and page.date is not None,
            )
        )
    return shown


def count_matches(
    archive: Archive,
    query: str,
    *,
    sites: Sequence[str] = (),
    since: str | None = None,
    until: str | None = None,
    languages: Sequence[str] = (),
    variants: bool = False,
    zone: tzinfo | None = None,
    regions: Sequence[str] = (),
    authors: Sequence[str] = (),
    agencies: Sequence[str] = (),
) -> int:
    """How many pages :func:`search` finds for ``query`` with these filters and no limit:
    canonical articles (clusters), every page with ``variants``; what a query that found
    nothing says its words match without a filter (:mod:`clipper.narrowing`).  Raises
    :class:`QueryError` as :func:`search` does."""
    tree = parse_query(query)
    with archive.engine.connect() as connection:
        ranking = _ranking(
            connection,
            archive.backend,
            tree,
            _EVERY,
            sites=sites,
            since=since,
            until=until,
            languages=languages,
            variants=variants,
            zone=zone,
            regions=regions,
            authors=authors,
            agencies=agencies,
        )
    return len(ranking)


def _ranking(
    connection: Connection,
    backend: Backend,
    tree: Node,
    limit: int,
    *,
    sites: Sequence[str],
    since: str | None,
    until: str | None,
    languages: Sequence[str],
    variants: bool,
    zone: tzinfo | None,
    regions: Sequence[str],
    authors: Sequence[str] = (),
    agencies: Sequence[str] = (),
) -> list[Any]:
    """The best ``limit`` rows (``id``, ``score``) matching ``tree`` with :func:`search`'s
    filters, best first."""
    exact = has_exact(tree)
    # with an exact-case term, every page the index finds is ranked, and checked best first
    # (clipper.casematch) until ``limit`` of them pass
    # (the query's own parameters, match_params, once the archive's languages are read)
    params: dict[str, Any] = {"limit": _EVERY if exact else limit}
    # Every fragment below is a constant; user values travel only as bound parameters.
    # ``{id}`` is the matched page's id in the backend's ranking query.
    id_filters: list[str] = []
    if sites:
        id_filters.append(site_filter(sites, params, variants=variants))
    elif not variants and not (since or until or authors or agencies):
        id_filters.append("{id} IN (SELECT c.canonical_page_id FROM clusters AS c)")
    # each its own filter: without --variants, a cluster a page of which names the person and
    # one of which credits the agency (as --site and --region each keep a cluster)
    if authors:
        id_filters.append(credit_filter(authors, (), params, variants=variants, name="author"))
    if agencies:
        id_filters.append(credit_filter((), agencies, params, variants=variants, name="agency"))
    page_filters: list[str] = []
    if variants:  # each copy its own hit: its own date
        page_filters = date_filters(since, until, params, zone=zone)
    elif since or until:
        # an article (its canonical's hit) is in the window when a page of it is, as
        # ``clusters --since/--until`` finds it: the copy The Citizen carried at 14:15 EAT puts
        # the article a Nairobi desk searches "this afternoon" in, though its canonical ran at
        # 09:05 (newcomer 46, finding 1)
        inside = " AND ".join(date_filters(since, until, params, zone=zone, table="w"))
        # asked of each matched canonical, its own cluster's pages read by their cluster_id
        # index: bounded by the matches, never a pass over the archive's pages
        id_filters.append(
            "EXISTS (SELECT 1 FROM clusters AS c JOIN pages AS w ON w.cluster_id = c.id "
            f"WHERE c.canonical_page_id = {{id}} AND {inside})"
        )
    if languages:
        page_filters.append(language_filter(languages, params))
    if regions:
        page_filters.append(region_filter(regions, params))
    # Ranking first, decoration after (:func:`_decorated`): the snippet and the outlet count
    # cost more than the rank, and are only computed for the hits shown.
    ranked = text(backend.ranked_sql(id_filters, page_filters))
    # a one-word term is keyed only in the case-form languages the archive holds pages of
    case_languages = archive_languages(connection)
    params.update(backend.match_params(relaxed(tree), case_languages))
    ranking = list(connection.execute(ranked, params).all())
    if exact:
        ranking = _passing(connection, backend, tree, ranking, limit, case_languages)
    return ranking


def _decorated(
    connection: Connection,
    backend: Backend,
    tree: Node,
    ranking: Sequence[Any],
    marks: tuple[str, str],
) -> list[Hit]:
    """The hits of ``ranking`` (:func:`_ranking`'s rows), in its order, with their cluster's
    size, outlets, headline and a snippet marked with ``marks``."""
    details = text(
        "SELECT p.id, p.cluster_id, c.story_id, p.title, c.canonical_page_id, p.site, p.url, "
        "p.text, p.partial, p.language, "
        "coalesce(p.published, p.fetched_at) AS date, p.published_zoneless, p.published_from, "
        "p.published_to, "
        f"{date_source_sql('p')} AS date_source, "
        "CASE WHEN c.canonical_page_id = p.id THEN 1 ELSE 0 END AS is_canonical, "
        "coalesce(c.pages, 1) AS pages, "
        "(SELECT count(DISTINCT v.outlet) FROM pages AS v WHERE v.cluster_id = p.cluster_id) "
        "AS outlets "
        "FROM pages AS p LEFT JOIN clusters AS c ON c.id = p.cluster_id WHERE p.id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    terms = positive_terms(tree)
    hits: list[Hit] = []
    # One look-up for every hit shown (not one query per hit), put back in rank order.
    by_id = (
        {row.id: row for row in connection.execute(details, {"ids": [r.id for r in ranking]})}
        if ranking
        else {}
    )
    # a page found by a stem (PostgreSQL) has the words that stem so marked too
    stemmed = backend.stemmed_matches(
        connection,
        list(by_id),
        [t.tokens[0] for t in terms if len(t.tokens) == 1 and not t.prefix and not t.exact],
    )
    # a canonical shows its cluster's headline, and so does a copy without a title
    heads = cluster_headlines(
        connection,
        (
            f.canonical_page_id
            for f in by_id.values()
            if f.canonical_page_id is not None and (f.is_canonical or not f.title)
        ),
    )
    for row in ranking:
        found = by_id[row.id]
        # a zoneless time its site's clocks pin is that moment (clipper.seentimes)
        shown = shown_date(
            found.date, found.published_zoneless, found.published_from, found.published_to
        )
        hits.append(
            Hit(
                page_id=found.id,
                cluster_id=found.cluster_id,
                story_id=found.story_id,
                is_canonical=bool(found.is_canonical),
                title=(
                    found.title
                    if found.title and not found.is_canonical
                    else heads.get(found.canonical_page_id, found.title)
                ),
                site=found.site,
                date=shown[0],
                url=found.url,
                outlets=found.outlets,
                pages=found.pages,
                score=round(float(row.score), 4) + 0.0,  # never -0.0
                snippet=" ".join(
                    snippet(
                        without_opening_notes(found.text or ""),
                        [
                            *terms,
                            *(QueryTokens((word,), False) for word in stemmed.get(row.id, [])),
                        ],
                        marks,
                        chars=_SNIPPET_CHARS,
                        language=found.language,
                    ).split()
                ),
                date_zoneless=shown[1],
                date_source=found.date_source,
                partial=found.partial,
            )
        )
    return hits
