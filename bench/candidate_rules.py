"""Which candidate rule bounds the fan-out of matching without losing matches that decide a
cluster: measured offline on finished archives (issue 10's "choose by measurement").

    python bench/candidate_rules.py [--archive DB ...] [--upto N ...] [--window 1000]
                                    [--rules RULE[@SCORE] ...] [--caps T ...]
                                    [--score shared|estimate|rank|cover50|cover80|bands|jaccard]
                                    [--bases N] [--lead] [--batch N]

Clipper verifies every pair of pages sharing a band or lead-band key (Jaccard, shared
openings), and every pair sharing ``MatchConfig.passage_share`` of the smaller page's passage
or opening keys (``clipper.candidates.shares_passages``).  On a day of pages reusing wire
paragraphs a key is held by hundreds of pages.  Each rule here is a function of the pages
present (the archive as it stood after its first ``--upto`` pages: ids follow arrival), so
the same for any order and any split into nights once every displaced pair is taken back.
A rule is a *look-up* rule (which of a key's holders count as sharing it), optionally
followed by a *verification* rule (which of a page's candidates are verified):

* ``all`` (clipper now): every two holders of a key share it;
* ``cap:T``: a passage or opening key (lead-band keys too with ``--lead``) held by more than
  T pages counts for no pair (a document-frequency cap);
* ``reps:T``: two pages share a passage or opening key (lead-band too with ``--lead``) when
  one of them is among its T best holders in the canonical order (``canonical.rank_key``:
  most words first; a property of each page), so each page meets at most T holders of it;
* ``index:T``: the same for every kind of key, bands included: a look-up that returns at
  most T holders a key, so the look-up itself is bounded;
* ``hreps:T``, ``hindex:T``: the same with a key's T holders of smallest hash of their text
  (a bottom-k sketch of the key's holders: a fixed property of each page that no arrival
  order follows, so a new page enters a key's list with chance T / holders);
* ``+top:K`` after any of them (or ``top:K`` alone, after ``all``): of each page's
  candidates only its K best are verified, best by the pair's own evidence (``--score``:
  ``shared``, the number of keys of all kinds the two share; ``estimate``, the largest share
  of the smaller page's keys of one kind they share, an estimate of containment), ties by the
  other page's place in the canonical order, never arrival; a pair is verified when either
  page has the other among its K;
* ``+cluster:K``: the same per cluster of the candidates (the clusters of the full match
  graph): each page's K best candidates of each cluster, and that cluster's canonical when
  it is a candidate;
* ``+decide:K``: a page is decided on at most K of its matches: of its candidates ranked
  better than it (what rules 2-3 of ``clipper.cluster`` decide it on) only its K best are
  verified, the worse page of a pair choosing (a page's matches with pages ranked below it
  are theirs to choose);
* ``+walk:K``: ``decide:K``, and the canonical each of those K joined, when a candidate
  too (the walk reads the clusters its K best matches lead to on their canonicals: at most
  2K a page); ``+walk4:K`` also the pair of each full copy of the page with each of those
  canonicals (rule 4 asks whether the copies match them).  The canonicals are
  ``cluster.assign``'s over what is kept, so the set is found by repeating until it holds
  (the rounds are reported);
* ``+mutual:K/L`` (``mutual:K``: L = K): a pair is verified when each page chose the other:
  the worse-ranked page has the better among its K best better-ranked candidates, and the
  better page has the worse among its L best worse-ranked candidates.  A page then takes part
  in at most K + L verified pairs however many pages share its keys (``decide:K`` bounds only
  what a page chooses: the older pages ranked below it choosing it are not bounded).  Both
  lists are functions of the pages present, so a live version takes a pair back when a later
  page displaces it from either list: the rule is also run so (:func:`arrivals`), a page at a
  time in id order and in a shuffled one and ``--batch`` pages at a time (a run's batch), each
  checked to end with the rule's pairs, and the pairs verified and taken back as each window
  page arrives are reported.

* ``+canon`` after a verification rule: each verified pair's worse page is also verified
  against the canonical of the better page's cluster, when a candidate (the cluster's
  canonical always reachable; found by repeating as ``walk:K``'s).

Every rule is a function of the pages present, so a live version verifies the pairs it
gains as pages arrive and takes back the pairs it drops (a key's list or a page's choice
displaced by a newer page).  For every rule but ``walk``/``cluster`` the window's pages are
also taken as one batch arriving on the pages before them: the pairs verified anew and those
taken back per new page, and of those the matches a run would delete and re-walk (checked
against :func:`arrivals` where both apply).

``@SCORE`` after a rule ranks its candidates its own way: ``@shared``, ``@estimate`` (as
``--score``), ``@rank`` (none: the canonical order alone, longest first), ``@cover50`` /
``@cover80`` (first the better-ranked pages holding that share of the page's passage,
opening or lead keys, longest first, then the rest by keys shared), ``@bands`` (full-text
band keys shared first: the pair's Jaccard, so full copies come before pages holding a part
of it; then every key shared), ``@jaccard`` (the largest Jaccard of the two pages' keys of
one kind).

For each archive and cut, first what any rule must verify to keep every match: the window's
(the last ``--window`` pages before the cut: a night's last batch) matches with a better-ranked
canonical per page (what rules 2-3 of ``clipper.cluster`` decide a page on), and the densest
k-core of the match graph in matches a page (a rule verifying at most K pairs a page, either
page choosing, keeps every match only when K reaches it, whatever it ranks by).  Then per
rule: candidate pairs and verified pairs per window page (mean, 99th percentile, largest);
the archive's matches the rule no longer verifies (all, in the window, inside one cluster,
with the cluster's canonical); and what that does to the clusters: ``cluster.assign`` over the
matches the rule keeps against its answer over every match (which is the archive's own), as
pages whose canonical changes (left to stand apart / joined from standing apart / from one
cluster to another) and, on ``bench/oneday.py``'s archives, the generator's copy pairs in one
cluster (recall) and the other pairs in one cluster.  Keys are remade from each page's stored
text; a match whose pair they do not find (a brief whose keys at run time came from its page
as read) is kept by every rule and counted apart.  Pair counts come from the page × key
incidence matrix (``A · Aᵀ`` with SciPy, a slice of pages at a time).

On ``bench/syndication.py``'s archives (``<set>/clipper.db``) the set's corpus is built
again (``--bases`` as that run's) for the labels: pairwise precision and recall of each rule's
clusters (the pages the archive did not store left out, so recall is above
``bench/syndication.py``'s).

Archives: by default every one that ``bench/oneday.py`` (``run-N``) and
``bench/syndication.py`` left under ``bench/.work``.  On a syndication archive stories have
3-10 copies, so small T or K (``cap:4``) stands in for a widely syndicated story.
"""

from __future__ import annotations

import argparse
import hashlib
import heapq
import json
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent))

import oneday
from _common import WORK, Run, figure, fmt, progress, table
from syndication import score

from clipper.cluster import EdgeRow, assign
from clipper.config import Config
from clipper.fingerprint import fingerprint_texts
from clipper.minhash import MinHasher, index_keys
from clipper.reclustering import StoredGraph
from clipper.templates import restore_lines

KINDS = ("band", "lead", "passage", "opening")
BITS = 10  # a pair's shared keys of each kind packed in one integer (a page holds < 2^10 keys)
MASK = (1 << BITS) - 1
Array = npt.NDArray[np.int64]
SCORES = ("shared", "estimate", "rank", "cover50", "cover80", "bands", "jaccard")
DEFAULT_RULES = ["all", "cap:16", "reps:16", "index:64", "top:8", "top:16", "top:32",
                 "cluster:2", "cluster:4", "index:64+top:16"]


@dataclass
class Pages:
    """An archive's pages (ascending id) with their keys remade, nodes and matches."""

    ids: Array
    incidence: sp.csr_matrix  # page × key (each kind's keys in its own columns), 1 = holds
    column_kind: npt.NDArray[np.int8]
    held: Array  # (n, 4): a page's keys of each kind
    order: Array  # a page's place in the canonical order (clipper.canonical.rank_key)
    hashed: Array  # a page's place in the order of a fixed hash of its text (then its URL)
    nodes: list[Any]
    edges: list[EdgeRow]
    urls: list[str]


def load(db: Path) -> Pages:
    """Every page's keys by kind, remade from its stored text (``Config``'s defaults, as the
    archive's run used), its node (rank, size: what ``cluster.assign`` needs) and the
    archive's matches."""
    config = Config()
    hasher = MinHasher(config.fingerprint)
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT id, text, template_lines, url FROM pages ORDER BY id"
    ).fetchall()
    bands = config.fingerprint.lsh_bands
    keys: list[list[Array]] = [[] for _ in KINDS]
    digests: list[tuple[bytes, str]] = []
    rows_of: list[list[Array]] = [[] for _ in KINDS]
    for start in range(0, len(rows), 1000):
        chunk = rows[start : start + 1000]
        texts = [restore_lines(text, json.loads(cut or "[]")) for _, text, cut, _ in chunk]
        digests += [(hashlib.blake2b(text.encode(), digest_size=8).digest(), row[3] or "")
                    for text, row in zip(texts, chunk, strict=True)]
        prints = fingerprint_texts(texts, hasher)
        present = [(start + i, fp) for i, fp in enumerate(prints) if fp is not None]
        both = index_keys(
            np.vstack([fp.signature for _, fp in present]),
            np.vstack([fp.lead_signature for _, fp in present]),
            config.fingerprint,
        )
        for (row, fp), banded in zip(present, both, strict=True):
            for kind, found in enumerate(
                (banded[:bands], banded[bands:], fp.passage_keys, fp.opening_index_keys())
            ):
                found = np.unique(found)
                keys[kind].append(found)
                rows_of[kind].append(np.full(len(found), row, dtype=np.int64))
    columns, row_list, kinds = [], [], []
    offset = 0
    for kind in range(len(KINDS)):
        flat = np.concatenate(keys[kind]) if keys[kind] else np.empty(0, dtype=np.int64)
        unique, where = np.unique(flat, return_inverse=True)
        columns.append(where.ravel() + offset)
        row_list.append(np.concatenate(rows_of[kind]) if rows_of[kind] else flat)
        kinds.append(np.full(len(unique), kind, dtype=np.int8))
        offset += len(unique)
    cols, prow = np.concatenate(columns), np.concatenate(row_list)
    incidence = sp.csr_matrix(
        (np.ones(len(cols), dtype=np.int64), (prow, cols)), shape=(len(rows), offset)
    )
    column_kind = np.concatenate(kinds)
    held = np.zeros((len(rows), len(KINDS)), dtype=np.int64)
    np.add.at(held, (prow, column_kind[cols].astype(np.int64)), 1)
    ids = np.array([row[0] for row in rows], dtype=np.int64)
    engine = create_engine(f"sqlite:///{db}")
    with Session(engine) as session:
        found = StoredGraph(session).nodes(ids.tolist())
    engine.dispose()
    nodes = [found[i] for i in ids.tolist()]
    ranked = sorted(range(len(nodes)), key=lambda i: nodes[i].rank)
    order = np.empty(len(nodes), dtype=np.int64)
    order[ranked] = np.arange(len(nodes))
    edges: list[EdgeRow] = [
        tuple(row) for row in con.execute(
            "SELECT page_id, better_page_id, jaccard, containment, offset_words FROM matches"
        )
    ]
    con.close()
    hashed = np.empty(len(rows), dtype=np.int64)
    hashed[sorted(range(len(rows)), key=digests.__getitem__)] = np.arange(len(rows))
    return Pages(ids, incidence, column_kind, held, order, hashed, nodes, edges,
                 [row[3] for row in rows])


@dataclass(frozen=True)
class Rule:
    label: str
    lookup: str  # all | cap | reps | index
    cap: int
    verify: str  # all | top | cluster | decide | walk | walk4 | mutual
    keep: int
    score: str | None = None  # @shared | @estimate | @rank after the rule: its own --score
    keep_down: int = 0  # mutual:K/L: of its worse-ranked candidates a page lets L choose it
    priority: str = "rank"  # reps:/index: a key's best holders by rank_key; hreps:/hindex: hash
    canon: bool = False  # +canon: each verified pair's worse page also meets the better's canonical


def parse_rule(text: str) -> Rule:
    lookup, cap, verify, keep = "all", 0, "all", 0
    keep_down = 0
    priority = "rank"
    canon = False
    body, _, how = text.partition("@")
    if how and how not in SCORES:
        raise SystemExit(f"unknown score {how!r} in {text!r}: {', '.join(SCORES)}")
    for part in body.split("+"):
        name, _, value = part.partition(":")
        if name in ("cap", "reps", "index"):
            lookup, cap = name, int(value)
        elif name == "canon":
            canon = True
        elif name in ("hreps", "hindex"):
            lookup, cap, priority = name[1:], int(value), "hash"
        elif name in ("top", "cluster", "decide", "walk", "walk4"):
            verify, keep = name, int(value)
        elif name == "mutual":
            up, _, down = value.partition("/")
            verify, keep, keep_down = name, int(up), int(down or up)
        elif name != "all":
            raise SystemExit(f"unknown rule {part!r}: all, cap:T, reps:T, index:T, hreps:T, "
                             "hindex:T, top:K, cluster:K, decide:K, walk:K, walk4:K, "
                             "mutual:K[/L], canon, joined with +")
    return Rule(text, lookup, cap, verify, keep, how or None, keep_down, priority, canon)


def holders(incidence: sp.csr_matrix, order: Array, capped: npt.NDArray[np.bool_],
            cap: int) -> sp.csr_matrix:
    """The incidence with only each capped column's ``cap`` best holders (first in ``order``:
    the canonical order, or the hash order of ``hreps:``/``hindex:``)."""
    coo = incidence.tocoo()
    sort = np.lexsort((order[coo.row], coo.col))
    col, row = coo.col[sort], coo.row[sort]
    starts = np.flatnonzero(np.r_[True, col[1:] != col[:-1]])
    place = np.arange(len(col)) - np.repeat(starts, np.diff(np.r_[starts, len(col)]))
    keep = (place < cap) | ~capped[col]
    return sp.csr_matrix(
        (np.ones(int(keep.sum()), dtype=np.int64), (row[keep], col[keep])),
        shape=incidence.shape,
    )


def candidate_pairs(pages: Pages, n: int, rule: Rule, share: float,
                    lead: bool) -> tuple[Array, Array]:
    """``(pairs, counts)``: the candidate pairs among the first ``n`` pages under the rule's
    look-up, ``(m, 2)`` rows ``(a, b)``, ``a < b`` (page positions), and ``(m, 4)`` keys of
    each kind they share (as the look-up counts them)."""
    sub = pages.incidence[:n]
    df = np.asarray(sub.sum(axis=0)).ravel()
    shared = np.flatnonzero(df > 1)  # a key held by one page pairs none
    incidence, kinds, df = sub[:, shared], pages.column_kind[shared], df[shared]
    weights = (1 << (BITS * kinds.astype(np.int64))).astype(np.int64)
    ruled = (kinds >= 2) | ((kinds == 1) & lead)
    if rule.lookup == "index":
        ruled = np.ones(len(kinds), dtype=bool)
    order = pages.order[:n]
    if rule.lookup == "cap":
        incidence = incidence[:, np.flatnonzero(~(ruled & (df > rule.cap)))]
        weights = weights[~(ruled & (df > rule.cap))]
        capped = None
    elif rule.lookup in ("reps", "index"):
        by = order if rule.priority == "rank" else pages.hashed[:n]
        capped = holders(incidence, by, ruled, rule.cap)
    else:
        capped = None
    weighted = sp.csr_matrix(incidence.multiply(weights[None, :]), dtype=np.int64)
    plain_t = incidence.T.tocsr()
    if capped is not None:
        capped_w = sp.csr_matrix(capped.multiply(weights[None, :]), dtype=np.int64)
        capped_t = capped.T.tocsr()
    found_pairs, found_counts = [], []
    held = pages.held[:n]
    for start in range(0, n, 1000):
        stop = min(n, start + 1000)
        if capped is None:
            product = weighted[start:stop] @ plain_t
        else:
            product = (capped_w[start:stop] @ plain_t + weighted[start:stop] @ capped_t
                       - capped_w[start:stop] @ capped_t)
        product = product.tocoo()
        a = product.row.astype(np.int64) + start
        b = product.col.astype(np.int64)
        packed = product.data.astype(np.int64)
        keep = (b > a) & (packed > 0)
        a, b, packed = a[keep], b[keep], packed[keep]
        counts = np.column_stack([(packed >> (BITS * k)) & MASK for k in range(len(KINDS))])
        smaller = np.minimum(held[a], held[b])
        shares = (counts >= share * smaller) & (counts > 0) & (smaller > 0)
        candidate = (counts[:, 0] > 0) | (counts[:, 1] > 0) | shares[:, 2] | shares[:, 3]
        found_pairs.append(np.column_stack([a[candidate], b[candidate]]))
        found_counts.append(counts[candidate])
    return np.concatenate(found_pairs), np.concatenate(found_counts)


def scores(counts: Array, pairs: Array, held: Array, how: str,
           order: Array) -> npt.NDArray[np.float64]:
    """The pair's own evidence: shared keys of all kinds, or the largest share of the smaller
    page's keys of one kind (an estimate of containment); ``rank``: none (every pair the same,
    so the other page's place in the canonical order decides: longest first); ``coverNN``:
    first the pairs whose better-ranked page holds NN % or more of the other's passage,
    opening or lead keys (of a kind it has 4 of or more), better-ranked first (its canonical,
    the longest page holding it), then the rest by keys shared."""
    if how == "shared":
        return counts.sum(axis=1).astype(np.float64)
    if how == "rank":
        return np.zeros(len(pairs), dtype=np.float64)
    if how == "bands":
        # band keys shared first (full-text LSH: the pair's Jaccard), then every key shared
        return (counts[:, 0] * 4096 + counts.sum(axis=1)).astype(np.float64)
    if how == "jaccard":
        # the largest Jaccard of one kind's keys: shared / (held by either)
        first, second = held[pairs[:, 0]], held[pairs[:, 1]]
        union = first + second - counts
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(union > 0, counts / np.maximum(union, 1), 0.0)
        return ratio.max(axis=1)
    if how.startswith("cover"):
        bar = int(how[5:]) / 100
        worse = np.where(order[pairs[:, 0]] > order[pairs[:, 1]], pairs[:, 0], pairs[:, 1])
        better_place = np.minimum(order[pairs[:, 0]], order[pairs[:, 1]])
        own = held[worse][:, 1:]
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(own >= 4, counts[:, 1:] / np.maximum(own, 1), 0.0)
        covered = share.max(axis=1) >= bar
        return np.where(covered, 1e7 - better_place, counts.sum(axis=1)).astype(np.float64)
    smaller = np.minimum(held[pairs[:, 0]], held[pairs[:, 1]]).astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(smaller > 0, counts / np.maximum(smaller, 1), 0.0)
    return ratio.max(axis=1)


def verified(pairs: Array, score: npt.NDArray[np.float64], order: Array, rule: Rule,
             cluster: Array | None, canonical_of: Array | None) -> npt.NDArray[np.bool_]:
    """Which candidate pairs the rule verifies: each page's ``keep`` best (per cluster of the
    other page with ``cluster``), either page choosing; with ``decide``, each page's ``keep``
    best of its candidates ranked better than it, the worse page choosing; with ``mutual``,
    those of them the better page has among its ``keep_down`` best worse-ranked ones too."""
    if rule.verify == "all":
        return np.ones(len(pairs), dtype=bool)
    if rule.verify in ("decide", "walk", "walk4", "mutual"):
        first_worse = order[pairs[:, 0]] > order[pairs[:, 1]]
        worse = np.where(first_worse, pairs[:, 0], pairs[:, 1])
        better = np.where(first_worse, pairs[:, 1], pairs[:, 0])
        keep = first_best(worse, better, score, order, rule.keep)
        if rule.verify == "mutual":
            # and the better page lets only its L best worse-ranked candidates choose it
            keep &= first_best(better, worse, score, order, rule.keep_down)
        return keep
    # both directions: (page, other, pair index)
    page = np.r_[pairs[:, 0], pairs[:, 1]]
    other = np.r_[pairs[:, 1], pairs[:, 0]]
    index = np.r_[np.arange(len(pairs)), np.arange(len(pairs))]
    both = np.r_[score, score]
    group = page if cluster is None else page * (int(cluster.max()) + 1) + cluster[other]
    sort = np.lexsort((order[other], -both, group))
    group = group[sort]
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    place = np.arange(len(group)) - np.repeat(starts, np.diff(np.r_[starts, len(group)]))
    chosen = place < rule.keep
    if canonical_of is not None:
        chosen |= canonical_of[other[sort]] == other[sort]
    keep = np.zeros(len(pairs), dtype=bool)
    keep[index[sort][chosen]] = True
    return keep


def first_best(chooser: Array, other: Array, score: npt.NDArray[np.float64], order: Array,
               keep: int) -> npt.NDArray[np.bool_]:
    """Per ``chooser`` page, its ``keep`` pairs of best ``score``, ties by the ``other`` page's
    place in the canonical order (a property of each page: never arrival)."""
    sort = np.lexsort((order[other], -score, chooser))
    by = chooser[sort]
    starts = np.flatnonzero(np.r_[True, by[1:] != by[:-1]])
    place = np.arange(len(by)) - np.repeat(starts, np.diff(np.r_[starts, len(by)]))
    chosen = np.zeros(len(chooser), dtype=bool)
    chosen[sort[place < keep]] = True
    return chosen


def arrivals(pairs: Array, score: npt.NDArray[np.float64], order: Array, rule: Rule,
             arrival: Array, batch: int = 1) -> tuple[npt.NDArray[np.bool_], Array, Array]:
    """``mutual:K/L`` run live: the pages arrive ``batch`` at a time (``arrival``: each page's
    place in the arrival order), each page keeping its K best better-ranked and L best worse-ranked
    candidates among the pages present; a pair is verified when it is in both lists as its
    later page arrives, and taken back when a later page pushes it out of either (a list only
    tightens: a pair pushed out never returns).  Returns ``(kept, verified, taken_back)``: the
    pairs verified and never taken back, and per page (position) the pairs verified and taken
    back when it arrived (a pair pushed out of a list by a pair of the same batch is never
    verified, so nothing is taken back for it).  ``kept`` equals :func:`verified`'s answer
    whatever the arrival order and batch: what a live version does."""
    n = len(order)
    worse_first = order[pairs[:, 0]] > order[pairs[:, 1]]
    worse = np.where(worse_first, pairs[:, 0], pairs[:, 1]).tolist()
    better = np.where(worse_first, pairs[:, 1], pairs[:, 0]).tolist()
    later = np.where(arrival[pairs[:, 0]] > arrival[pairs[:, 1]], pairs[:, 0], pairs[:, 1])
    # a pair's standing in a list: higher score first, then the other page's canonical order
    up_key = list(zip(score.tolist(), (-order[better]).tolist(), strict=True))
    down_key = list(zip(score.tolist(), (-order[worse]).tolist(), strict=True))
    up: list[list[tuple[tuple[float, int], int]]] = [[] for _ in range(n)]  # min-heaps
    down: list[list[tuple[tuple[float, int], int]]] = [[] for _ in range(n)]
    in_up = np.zeros(len(pairs), dtype=bool)
    in_down = np.zeros(len(pairs), dtype=bool)
    matched = np.zeros(len(pairs), dtype=bool)
    done = np.zeros(n, dtype=np.int64)
    back = np.zeros(n, dtype=np.int64)
    step_of = arrival[later] // batch
    by_page = np.argsort(step_of, kind="stable")
    steps = (n + batch - 1) // batch
    starts = np.searchsorted(step_of[by_page], np.arange(steps))
    ends = np.searchsorted(step_of[by_page], np.arange(steps), side="right")
    later_of = later.tolist()

    def enter(heap: list[tuple[tuple[float, int], int]], key: tuple[float, int], pair: int,
              cap: int, member: npt.NDArray[np.bool_], page: int) -> None:
        if len(heap) < cap:
            heapq.heappush(heap, (key, pair))
            member[pair] = True
        elif heap and (key, pair) > heap[0]:
            _, out = heapq.heapreplace(heap, (key, pair))
            member[out], member[pair] = False, True
            if matched[out]:
                matched[out] = False
                back[page] += 1

    for step in range(steps):
        mine = by_page[starts[step]:ends[step]]
        for pair in mine.tolist():
            page = later_of[pair]  # a take-back is counted for the page whose pair pushed
            enter(up[worse[pair]], up_key[pair], pair, rule.keep, in_up, page)
            enter(down[better[pair]], down_key[pair], pair, rule.keep_down, in_down, page)
        chosen = mine[in_up[mine] & in_down[mine]]
        matched[chosen] = True
        np.add.at(done, later[chosen], 1)
    return matched, done, back


def walk_closure(pages: Pages, n: int, pairs: Array, chosen: npt.NDArray[np.bool_],
                 edges: Sequence[EdgeRow], edge_codes: Array, unseen: npt.NDArray[np.bool_],
                 limit: int = 8, copies: bool = False) -> tuple[npt.NDArray[np.bool_], int]:
    """``walk:K``: each page's ``chosen`` pairs (its K best better-ranked candidates) and,
    when a candidate of the page, the canonical each of those joined: the clusters a page's
    K best matches lead to are decided on their canonicals.  The canonicals come from
    ``cluster.assign`` over what is kept, so the set is found by repeating until it no longer
    changes (at most ``limit`` rounds; the rounds taken are reported)."""
    found = codes(pairs)
    order = pages.order[:n]
    worse = np.where(order[pairs[:, 0]] > order[pairs[:, 1]], pairs[:, 0], pairs[:, 1])
    better = np.where(order[pairs[:, 0]] > order[pairs[:, 1]], pairs[:, 1], pairs[:, 0])
    keep = chosen.copy()
    jaccard = {code: e[2] for code, e in zip(edge_codes.tolist(), edges, strict=True)}
    copy_bar = Config().match.jaccard_threshold
    is_copy = np.array([jaccard.get(code, 0.0) >= copy_bar for code in found.tolist()])
    for rounds in range(1, limit + 1):
        kept = np.isin(edge_codes, found[keep]) | unseen
        now = canonicals(pages, n, [e for e, k in zip(edges, kept.tolist(), strict=True) if k])
        lead = now[better[chosen]]
        wanted = [codes(np.column_stack([worse[chosen], lead]))]
        if copies:
            # rule 4 asks whether the page's full copies match each canonical it reaches
            full = np.flatnonzero(keep & is_copy)
            reached: dict[int, set[int]] = {}
            for page, canonical in zip(worse[chosen].tolist(), lead.tolist(), strict=True):
                reached.setdefault(page, set()).add(canonical)
            extra = [
                (copy, canonical)
                for page, copy in np.r_[pairs[full], pairs[full][:, ::-1]].tolist()
                for canonical in reached.get(page, ())
                if canonical != copy
            ]
            if extra:
                wanted.append(codes(np.array(extra, dtype=np.int64)))
        asked = np.concatenate(wanted)
        grown = chosen | np.isin(found, asked)
        if np.array_equal(grown, keep):
            return keep, rounds
        keep = grown
    return keep, limit


def kept_codes(pages: Pages, n: int, rule: Rule, share: float, lead: bool,
               how: str) -> Array:
    """The codes (:func:`codes`) of the pairs among the first ``n`` pages the rule verifies,
    sorted (any rule but ``cluster``, which reads the whole archive's clusters)."""
    pairs, counts = candidate_pairs(pages, n, rule, share, lead)
    score = scores(counts, pairs, pages.held[:n], rule.score or how, pages.order[:n])
    keep = verified(pairs, score, pages.order[:n], rule, None, None)
    if rule.verify in ("walk", "walk4") or rule.canon:
        edges, edge_codes, unseen = cut_edges(pages, n, share, lead)
        keep, _ = walk_closure(pages, n, pairs, keep, edges, edge_codes, unseen,
                               copies=rule.verify == "walk4")
    return np.sort(codes(pairs)[keep])


def cut_edges(pages: Pages, n: int, share: float,
              lead: bool) -> tuple[list[EdgeRow], Array, npt.NDArray[np.bool_]]:
    """The archive's matches among its first ``n`` pages, their codes, and which of them the
    remade keys do not find (kept by every rule)."""
    position = {pid: i for i, pid in enumerate(pages.ids[:n].tolist())}
    edges = [e for e in pages.edges if e[0] in position and e[1] in position]
    edge_codes = codes(np.array([(position[e[0]], position[e[1]]) for e in edges],
                                dtype=np.int64).reshape(-1, 2))
    every, _ = candidate_pairs(pages, n, parse_rule("all"), share, lead)
    return edges, edge_codes, ~np.isin(edge_codes, codes(every))


def codes(pairs: Array) -> Array:
    return np.minimum(pairs[:, 0], pairs[:, 1]) << 32 | np.maximum(pairs[:, 0], pairs[:, 1])


def canonicals(pages: Pages, n: int, edges: Sequence[EdgeRow]) -> Array:
    """Each of the first ``n`` pages' canonical (a page position) by ``cluster.assign``."""
    position = {pid: i for i, pid in enumerate(pages.ids[:n].tolist())}
    assigned = assign(pages.nodes[:n], edges)
    return np.array([position[assigned[pid].canonical_id] for pid in pages.ids[:n].tolist()],
                    dtype=np.int64)


def recall(pages: Pages, n: int, canonical: Array, db: Path) -> dict[str, Any] | None:
    """The generator's copy pairs in one cluster (``recall``), and the other pairs in one
    cluster (``other_pairs_together``): ``oneday.copy_pairs``, on bench/oneday.py's archives
    only."""
    if "oneday" not in str(db):
        return None
    return oneday.copy_pairs(n, dict(zip(pages.urls[:n], canonical.tolist(), strict=True)))


def syndication_labels(db: Path, pages: Pages, bases: int | None) -> list[str] | None:
    """Each page's label on ``bench/syndication.py``'s archives (``<set>/clipper.db``): the
    set's corpus is built again (``syndication_corpus.build_corpus``, the same bases as the
    archive's run: ``bases`` as its ``--bases``, None for 100) in a scratch folder and its
    pages matched to the archive's by URL or by their path under ``corpus/``.  None on other
    archives."""
    from syndication_corpus import TEXT_SETS, _pick, build_corpus, load_bases

    name = db.parent.name
    if db.name != "clipper.db" or name not in TEXT_SETS:
        return None
    with tempfile.TemporaryDirectory() as scratch:
        chosen = _pick(load_bases(TEXT_SETS[name])[0], 100 if bases is None else bases)
        info = build_corpus(chosen, Path(scratch))
    label_of = {key.split("/corpus/")[-1].removeprefix(scratch + "/"): page.label
                for page in info.values() for key in page.keys}
    con = sqlite3.connect(db)
    named = dict(con.execute("SELECT id, coalesce(url, '') || ' ' || origin FROM pages"))
    con.close()
    found = []
    for pid in pages.ids.tolist():
        url, _, origin = named[pid].partition(" ")
        label = label_of.get(url) or label_of.get(origin.split("/corpus/")[-1])
        if label is None:
            raise SystemExit(f"{db}: page {pid} ({named[pid]}) is not in the rebuilt corpus: "
                             "give the archive's --bases")
        found.append(label)
    return found


def label_scores(labels: list[str] | None, canonical: Array) -> dict[str, float] | None:
    """Pairwise precision and recall of the clusters against the labels (``syndication.score``;
    the pages the archive did not store are left out: the same for every rule)."""
    if labels is None:
        return None
    got = score(labels, [str(c) for c in canonical.tolist()])
    return {"precision": got["precision"], "recall": got["recall"]}


def copy_figure(copies: dict[str, Any] | None) -> str:
    if copies is None:
        return "-"
    if "precision" in copies:
        return f"P {fmt(copies['precision'], 4)} R {fmt(copies['recall'], 4)}"
    return f"{fmt(copies['recall'])} / {copies['other_pairs_together']:,}"


def batch_figure(batch: dict[str, float] | None) -> str:
    if batch is None:
        return "-"
    return (f"{batch['verified_new']:.1f} / {batch['taken_back']:.1f} "
            f"({batch['matches_taken_back']:.2f})")


def densest_core(pairs: Array, n: int) -> tuple[float, int]:
    """``(density, k)``: the largest matches-per-page of a k-core of the match graph (``pairs``
    of page positions below ``n``), and its k.  A rule verifying at most K pairs a page (either
    page choosing) verifies at most K · |S| pairs inside any set S of pages, so it keeps every
    match only when K ≥ the densest core's matches per page, whatever it ranks by."""
    adjacency: list[set[int]] = [set() for _ in range(n)]
    for a, b in pairs.tolist():
        adjacency[a].add(b)
        adjacency[b].add(a)
    degree = [len(x) for x in adjacency]
    heap = [(d, v) for v, d in enumerate(degree) if d]
    heapq.heapify(heap)
    core = [0] * n
    gone = [False] * n
    k = 0
    while heap:
        d, v = heapq.heappop(heap)
        if gone[v] or d != degree[v]:
            continue
        k = max(k, d)
        core[v], gone[v] = k, True
        for u in adjacency[v]:
            if not gone[u]:
                degree[u] -= 1
                heapq.heappush(heap, (degree[u], u))
    cores = np.array(core)
    a, b = pairs[:, 0], pairs[:, 1]
    best, at = 0.0, 0
    for level in range(1, k + 1):
        inside = int((cores >= level).sum())
        density = int(((cores[a] >= level) & (cores[b] >= level)).sum()) / inside
        if density > best:
            best, at = density, level
    return best, at


def spread(values: Array) -> dict[str, float]:
    return {"mean": float(values.mean()), "p99": float(np.percentile(values, 99)),
            "max": int(values.max())}


def measure(db: Path, pages: Pages, n: int, rules: list[Rule], window: int, how: str,
            lead: bool, labels: list[str] | None = None, batch: int = 1000) -> dict[str, Any]:
    n = min(n, len(pages.ids))
    first = max(0, n - window)
    position = {pid: i for i, pid in enumerate(pages.ids[:n].tolist())}
    edges = [e for e in pages.edges if e[0] in position and e[1] in position]
    edge_codes = codes(np.array([(position[e[0]], position[e[1]]) for e in edges],
                                dtype=np.int64).reshape(-1, 2))
    started = time.process_time()
    base = canonicals(pages, n, edges)
    assign_seconds = time.process_time() - started
    con = sqlite3.connect(db)
    stored = dict(con.execute(
        "SELECT p.id, c.canonical_page_id FROM pages p JOIN clusters c ON c.id = p.cluster_id"
    ))
    con.close()
    differ = sum(
        stored.get(pid) != int(pages.ids[base[i]])
        for i, pid in enumerate(pages.ids[:n].tolist())
    ) if n == len(pages.ids) else None
    # What any rule must verify to keep every match: the window's matches per new page, and
    # those with a better-ranked canonical (what rules 2-3 of clipper.cluster decide a page on)
    pairs_of_edges = np.column_stack([edge_codes >> 32, edge_codes & 0xFFFFFFFF])
    worse = np.array([position[e[0]] for e in edges], dtype=np.int64)
    better = np.array([position[e[1]] for e in edges], dtype=np.int64)
    with_better_canonical = np.bincount(worse[base[better] == better], minlength=n)[first:]
    density, level = densest_core(pairs_of_edges, n)
    share = Config().match.passage_share
    late = edge_codes & 0xFFFFFFFF >= first
    # matches whose pair the remade keys do not find (a brief's keys at run time came from
    # its page's text as read, not as stored): kept by every rule, counted apart
    every, every_counts = candidate_pairs(pages, n, parse_rule("all"), share, lead)
    every_codes = codes(every)
    unseen = ~np.isin(edge_codes, every_codes)
    # the keys each match's pair shares (every holder counting): which kinds a rule loses
    edge_counts = np.zeros((len(edge_codes), len(KINDS)), dtype=np.int64)
    if len(every_codes):
        sorter = np.argsort(every_codes)
        at = np.searchsorted(every_codes, edge_codes, sorter=sorter)
        at = sorter[np.minimum(at, len(every_codes) - 1)]
        edge_counts[~unseen] = every_counts[at[~unseen]]
    del every, every_counts, every_codes
    copy_bar = Config().match.jaccard_threshold
    full_copy = np.array([e[2] >= copy_bar for e in edges], dtype=bool)
    # the matches present before the window's pages arrived (both pages older than it)
    old_edges = edge_codes[~late]
    out: dict[str, Any] = {
        "archive": str(db), "pages": n, "window_pages": n - first,
        "window_edges": int(late.sum()), "edges": len(edges), "rules": [],
        "assign_cpu_s": round(assign_seconds, 1),
        "copy_recall_all": recall(pages, n, base, db) or label_scores(labels, base),
        "stored_canonicals_differ": differ, "edges_unseen": int(unseen.sum()),
        "matches_with_better_canonical": spread(with_better_canonical),
        "densest_core": {"matches_per_page": round(density, 2), "k": level},
    }
    base_recall = out["copy_recall_all"]
    for rule in rules:
        pairs, counts = candidate_pairs(pages, n, rule, share, lead)
        score = scores(counts, pairs, pages.held[:n], rule.score or how, pages.order[:n])
        keep = verified(pairs, score, pages.order[:n], rule,
                        base if rule.verify == "cluster" else None,
                        base if rule.verify == "cluster" else None)
        found = codes(pairs)
        rounds = 0
        if rule.verify in ("walk", "walk4") or rule.canon:
            keep, rounds = walk_closure(pages, n, pairs, keep, edges, edge_codes, unseen,
                                        copies=rule.verify == "walk4")
        kept = np.sort(found[keep])
        lost = ~np.isin(edge_codes, kept) & ~unseen
        in_window = (found & 0xFFFFFFFF) >= first
        per_page = np.bincount((found[in_window] & 0xFFFFFFFF) - first, minlength=n - first)
        per_page_kept = np.bincount((found[in_window & keep] & 0xFFFFFFFF) - first,
                                    minlength=n - first)
        # of those, the pairs the new page chose itself (it ranks below the older page): the
        # rest are older pages ranked below it that now choose it (decide:, walk:)
        later, earlier = found & 0xFFFFFFFF, found >> 32
        own = in_window & keep & (pages.order[later] > pages.order[earlier])
        per_page_own = np.bincount(later[own] - first, minlength=n - first)
        a, b = edge_codes >> 32, edge_codes & 0xFFFFFFFF
        same = base[a] == base[b]
        with_canonical = same & ((base[a] == a) | (base[b] == b))
        kept_edges = [e for e, gone in zip(edges, lost.tolist(), strict=True) if not gone]
        now = canonicals(pages, n, kept_edges) if lost.any() else base
        changed = now != base
        moved = int(changed.sum())
        own = np.arange(n)
        # a page moved: left its cluster to stand alone, joined another from standing alone,
        # or went from one cluster to another
        apart = int((changed & (now == own)).sum())
        joined = int((changed & (base == own)).sum())
        verified_spread = spread(per_page_kept)
        live: dict[str, Any] = {}
        if first > 0 and rule.verify != "cluster":
            # the window's pages arriving as one batch (a run's batch): the pairs the rule
            # verifies among the pages present before it and after, so the pairs verified anew
            # and those taken back (verified before, not now: a look-up list or a page's
            # choice displaced by a newer page), and of those the matches a run must delete
            before = kept_codes(pages, first, rule, share, lead, how)
            gone = np.setdiff1d(before, kept, assume_unique=True)
            live["batch"] = {
                "verified_new": round(len(np.setdiff1d(kept, before, assume_unique=True))
                                      / (n - first), 2),
                "taken_back": round(len(gone) / (n - first), 2),
                "matches_taken_back": round(int(np.isin(gone, old_edges).sum()) / (n - first),
                                            2),
            }
            got = live["batch"]
            progress(f"  {n:,} pages, {rule.label}, the window as one batch: "
                     f"{got['verified_new']} pairs verified anew, {got['taken_back']} taken back "
                     f"({got['matches_taken_back']} of them matches) a new page")
        if rule.verify == "mutual" and rule.lookup in ("all", "cap") and not rule.canon:
            # run live in arrival (id) order and in a shuffled one: each keeps what the rule
            # keeps once displaced pairs are taken back
            shuffled = np.random.default_rng(24).permutation(n)
            for name, arrival, size in (("ids", np.arange(n), 1), ("shuffled", shuffled, 1),
                                        ("ids", np.arange(n), batch)):
                matched, done, back = arrivals(pairs, score, pages.order[:n], rule, arrival,
                                               size)
                if not np.array_equal(matched, keep):
                    raise SystemExit(f"{rule.label}: arrival order {name}, {size} at a time, "
                                     "keeps other pairs")
                if name == "ids":
                    live[f"by_{size}"] = {
                        "verified_at_arrival": spread(done[first:]),
                        "taken_back_at_arrival": spread(back[first:]),
                        "verified_ever": int(done.sum()), "taken_back": int(back.sum()),
                    }
                else:
                    # the last window of a shuffled order: an arrival independent of each
                    # page's rank and score (the bottom-k argument's premise)
                    last = np.flatnonzero(shuffled >= first)
                    live["shuffled_1"] = {"verified_at_arrival": spread(done[last]),
                                          "taken_back_at_arrival": spread(back[last])}
                    progress(f"  {n:,} pages, {rule.label} live in a shuffled order, 1 at a "
                             f"time: the last {n - first:,} verified "
                             f"{done[last].mean():.1f} and took back {back[last].mean():.1f} "
                             "a new page")
            if "batch" in live and n % batch == 0 and n - first == batch:
                # the window is arrivals()'s last batch: both counts must agree
                simulated = live[f"by_{batch}"]["taken_back_at_arrival"]["mean"]
                if abs(simulated - live["batch"]["taken_back"]) > 0.006:
                    raise SystemExit(f"{rule.label}: the window as one batch took back "
                                     f"{live['batch']['taken_back']} a page, arrivals() "
                                     f"{simulated:.2f}")
            for size in dict.fromkeys((1, batch)):
                got = live[f"by_{size}"]
                progress(f"  {n:,} pages, {rule.label} live in id order, {size} at a time: "
                         f"verified {got['verified_at_arrival']['mean']:.1f} and took back "
                         f"{got['taken_back_at_arrival']['mean']:.1f} a new page "
                         f"({got['taken_back']:,} of {got['verified_ever']:,} pairs verified "
                         "were taken back; a shuffled order ends with the same pairs)")
        result = {
            "rule": rule.label, "candidates": spread(per_page), "verified": verified_spread,
            "verified_own": spread(per_page_own), "live": live,
            "pairs": int(keep.sum()), "walk_rounds": rounds,
            "edges_lost": int(lost.sum()), "window_edges_lost": int((lost & late).sum()),
            "lost_in_one_cluster": int((lost & same).sum()),
            "lost_with_canonical": int((lost & with_canonical).sum()),
            "lost_full_copies": int((lost & full_copy).sum()),
            # the kinds of key a lost match's pair shares: a band key (full-text LSH), a lead
            # band key and no band key, only passage or opening keys
            "lost_sharing_bands": int((lost & (edge_counts[:, 0] > 0)).sum()),
            "lost_sharing_lead_only": int((lost & (edge_counts[:, 0] == 0)
                                           & (edge_counts[:, 1] > 0)).sum()),
            "lost_sharing_passages_only": int((lost & (edge_counts[:, :2].sum(axis=1) == 0))
                                              .sum()),
            "pages_moved": moved, "moved_apart": apart, "moved_in": joined,
            "moved_across": moved - apart - joined,
            "copy_recall": (recall(pages, n, now, db) or label_scores(labels, now)) if moved
            else base_recall,
        }
        out["rules"].append(result)
        progress(f"  {n:,} pages, {rule.label}: verified {verified_spread['mean']:.1f} a "
                 f"page ({per_page_own.mean():.1f} its own choice), "
                 f"{result['edges_lost']} matches lost, {moved} pages moved")
    return out


def default_archives() -> list[Path]:
    found = sorted((WORK / "oneday").glob("run-*/archive.db"), key=lambda p: int(p.parent.name[4:]))
    return found + sorted((WORK / "syndication").glob("*/clipper.db"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", type=Path, action="append", help="a finished SQLite archive")
    parser.add_argument("--upto", type=int, nargs="+", default=[0],
                        help="measure the archive as it stood after its first N pages (0: all)")
    parser.add_argument("--rules", nargs="+", default=DEFAULT_RULES)
    parser.add_argument("--caps", type=int, nargs="+", default=[],
                        help="also cap:T and reps:T for each T (session 10's command)")
    parser.add_argument("--score", choices=SCORES, default="shared",
                        help="how +top:K, +cluster:K and +decide:K rank a page's candidates "
                        "(a rule's own @SCORE suffix overrides it)")
    parser.add_argument("--window", type=int, default=1000, help="the last pages before the cut")
    parser.add_argument("--batch", type=int, default=1000,
                        help="mutual:K/L run live this many pages at a time too (a run's batch)")
    parser.add_argument("--bases", type=int,
                        help="the --bases bench/syndication.py built its archives with (100)")
    parser.add_argument("--lead", action="store_true",
                        help="apply cap: and reps: to lead-band keys too")
    args = parser.parse_args()
    rules = [parse_rule(text) for text in args.rules] + [
        parse_rule(f"{name}:{cap}") for cap in args.caps for name in ("cap", "reps")
    ]
    archives = args.archive or default_archives()
    if not archives:
        print("skipped: no archive (run bench/oneday.py or bench/syndication.py first)")
        return
    run = Run("candidate_rules")
    results = []
    for db in archives:
        progress(f"{db}: remaking every page's keys ...")
        pages = load(db)
        labels = syndication_labels(db, pages, args.bases)
        for n in args.upto:
            results.append(measure(db, pages, n or len(pages.ids), rules, args.window,
                                   args.score, args.lead,
                                   labels[:n] if labels is not None and n else labels,
                                   args.batch))
    for result in results:
        print(f"\n{result['archive']}: the first {result['pages']:,} pages, "
              f"{result['edges']:,} matches; the last {result['window_pages']:,} (window) "
              f"with {result['window_edges']:,}; {result['edges_unseen']} matches the remade "
              f"keys do not find (kept by every rule); copy recall / other pairs together "
              f"(syndication: label P / R) "
              f"{copy_figure(result['copy_recall_all'])}; score {args.score}; pages whose stored "
              f"canonical is not assign's: {result['stored_canonicals_differ']}")
        better, core = result["matches_with_better_canonical"], result["densest_core"]
        print(f"any rule: a window page matches {fmt(better['mean'], 2)} better-ranked "
              f"canonicals (99th percentile {fmt(better['p99'], 0)}, largest {better['max']}); "
              f"the densest {core['k']}-core holds {core['matches_per_page']} matches a page, so "
              f"verifying K pairs a page keeps every match only with K ≥ that")
        print(table(
            [[r["rule"], fmt(r["candidates"]["mean"], 1), fmt(r["verified"]["mean"], 1),
              fmt(r["verified_own"]["mean"], 1),
              fmt(r["verified"]["p99"], 0), r["verified"]["max"], r["edges_lost"],
              r["window_edges_lost"], r["lost_in_one_cluster"], r["lost_with_canonical"],
              f"{r['lost_full_copies']} ({r['lost_sharing_bands']}/"
              f"{r['lost_sharing_lead_only']}/{r['lost_sharing_passages_only']})",
              f"{r['pages_moved']} ({r['moved_apart']}/{r['moved_in']}/{r['moved_across']})",
              batch_figure(r["live"].get("batch")),
              copy_figure(r["copy_recall"])] for r in result["rules"]],
            ["rule", "candidates a page", "verified a page", "with a better page", "p99", "max",
             "matches lost",
             "in window", "in one cluster", "with the canonical",
             "lost full copies (sharing bands/lead only/passages only)",
             "pages moved (apart/in/across)",
             "window as a batch: verified anew / taken back (matches) a page",
             "copy recall / other pairs (label P / R)"],
        ))
        where = Path(result["archive"])
        name = f"{where.parent.name}/{where.name} @{result['pages']}"
        run.add(figure(f"{name}: matches a page of the densest core (K any rule needs)",
                       core["matches_per_page"]))
        for r in result["rules"]:
            run.add(figure(f"{name}, {r['rule']}: pairs verified per window page",
                           round(r["verified"]["mean"], 1)),
                    figure(f"{name}, {r['rule']}: pages whose canonical changes",
                           r["pages_moved"]))
            if "batch" in r["live"]:
                run.add(figure(f"{name}, {r['rule']}: pairs taken back per window page "
                               "(the window as one batch)", r["live"]["batch"]["taken_back"]))
    run.data["archives"] = results
    run.data["score"] = args.score
    print(f"\nwrote {run.write()}")


if __name__ == "__main__":
    main()
