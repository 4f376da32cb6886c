"""Stories: different articles about the same event, grouped above the variant clusters.

A variant cluster is "the same text"; a story is "the same event": two independently written
reports of one diplomatic trip are two clusters in one story.

**Vectors.**  Each cluster is represented by its canonical article (title and the text as
fingerprinted, i.e. before site-template stripping, which depends on arrival order).  Terms are
lower-cased words without English stop words (plural "s" and possessive "'s" folded), plus two
kinds of event-pinning features: capitalised multi-word names ("n:cho hyun") and numbers
("#3200"; years 1900-2099 are left out, every article of a period shares them).  Title terms
count ``title_weight`` times.  A term weighs ``(1 + ln tf) × w(term)``: ``w`` for a word is
``8 − zipf``, where ``zipf`` is the word's frequency in the reference corpus that the
``wordfreq`` package ships (pinned in pyproject: "the" ≈ 7.7 → 0.5 (the floor), "minister"
≈ 4.6 → 3.4, "hydrogen" ≈ 3.6 → 4.4, an unseen word 8), in the page's language where
``wordfreq`` has it, else English; names and numbers weigh ``name_weight`` / ``number_weight``.
Terms are hashed with MurmurHash3 (the hash of scikit-learn's ``HashingVectorizer``), the
``max_terms`` heaviest kept, and the vector L2-normalised.

**Why the weights are stable.**  Nothing in a vector depends on the archive: no IDF fitted on
the pages seen so far (which would change every night and make a cluster's vector, hence its
story, depend on what arrived before it).  The reference frequencies are a fixed table inside a
pinned package, so a vector is a pure function of one page and the settings; the archive records
the scheme (settings and ``wordfreq`` version) in ``meta`` and recomputes every story when it
changes.  Vectors are stored (``story_vectors``), so a nightly run vectorises only new or
re-canonicalised clusters and never refits anything.

**Matching.**  Each cluster has an event *day*: its canonical's publication date, else fetch
date, else the date it was seen.  Two clusters are *linked* when their gap is at most
``window_days`` and their cosine similarity at least
``min_similarity + similarity_per_day × max(0, gap − free_days)``: last March's story and
today's never merge on shared words alone, and long chains need ever closer wording.  Only
pairs sharing ``min_shared_anchors`` of their ``anchor_terms`` heaviest terms (their *anchors*)
are scored at all: at cosine 0.24 nearly every pair of news articles shares some term, so
scoring every pair of a window costs rows × window; pairs sharing two anchors are a few in a
hundred, and the links this misses are rare (figures in ``StoryConfig``).  The anchor rule is
a property of the pair, so it keeps results order-independent.

**Assignment (the chaining guard).**  Within one connected component of the link graph,
clusters are walked in a canonical order (day, then the canonical page's source key and content
hash).  A cluster joins the story it is most similar to among the stories holding a cluster it
is linked to, provided its similarity to that story's *centroid* (the sum of its members' unit
vectors) clears the same bar, measured from the story's latest day; otherwise it starts a new
story.  A→B and B→C therefore never glue C to A unless C is close to what A and B share.

**Determinism.**  Vectors, days and links are pure functions of the clusters' canonical pages,
and canonicals are order-independent (``clipper.cluster``).  A story only ever holds clusters
connected by links, so the walk over one component gives exactly what a walk over the whole
archive would.  Each update recomputes every component that holds a cluster whose vector is new,
changed or gone (and all former story-mates of such clusters), so the same pages give the same
stories in any order, batch size or number of runs.  Story *ids* are kept where a story keeps
its first cluster, else its most members (like cluster ids); only membership is guaranteed.
Undated pages are the exception by nature: their day is the day they were seen.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from importlib.metadata import version
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.utils import murmurhash3_32
from sqlalchemy import Executable, delete, func, insert, select, update
from sqlalchemy.orm import Session

from clipper.config import StoryConfig
from clipper.models import Cluster, Meta, Page, Story, StoryVector
from clipper.store import chunks
from clipper.templates import restore_lines

SCHEME_KEY = "story_scheme"
# Bump when the tokenizer or weighting changes: archives then recompute their stories.
_VECTOR_VERSION = "1"

_TOKEN = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | {
    "said", "says", "say", "told", "according", "also", "would", "could", "new", "year",
    "years", "mr", "ms", "mrs", "percent", "per", "cent", "just", "like", "including",
}  # fmt: skip
_YEAR = re.compile(r"(19|20)\d\d")
# wordfreq frequencies are zipf values (log10 per billion words): 8 is above any word's.
_ZIPF_CEILING = 8.0
_MIN_WORD_WEIGHT = 0.5


# ---- vectors ------------------------------------------------------------------------------
def _fold(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


_NUMBER, _STOP, _WORD = 0, 1, 2


@functools.lru_cache(maxsize=200_000)
def _classify(token: str) -> tuple[int, str | None, bool]:
    """(kind, the term it gives or None, starts upper-case): the per-token work of
    :func:`terms`, cached because news vocabulary repeats."""
    if token[0].isdigit():
        number = token.replace(",", "")
        digits = number.replace(".", "")
        keep = len(digits) >= 2 and not (len(number) == 4 and _YEAR.fullmatch(number))
        return _NUMBER, ("#" + number) if keep else None, False
    word = _fold(token)
    if word in _STOP_WORDS:
        return _STOP, None, False
    return _WORD, word if len(word) > 1 else None, token[0].isupper()


def terms(text: str) -> list[str]:
    """Words (folded, no stop words), ``n:`` multi-word capitalised names, ``#`` numbers."""
    out: list[str] = []
    name: list[str] = []
    last_end = 0
    for match in _TOKEN.finditer(text):
        start = match.start()
        gap = start - last_end
        # A name does not run across punctuation or lines: only one space may separate.
        if name and gap and (gap > 1 or text[last_end] != " "):
            if len(name) >= 2:
                out.append("n:" + " ".join(name))
            name.clear()
        last_end = match.end()
        kind, term, upper = _classify(match.group())
        if kind == _WORD and upper:
            name.append(_fold(match.group()))
        elif name:
            if len(name) >= 2:
                out.append("n:" + " ".join(name))
            name.clear()
        if term is not None:
            out.append(term)
    if len(name) >= 2:
        out.append("n:" + " ".join(name))
    return out


# wordfreq tokenises these with optional packages (MeCab for ja/ko, jieba for zh): whether they
# are installed would change the weights from machine to machine, so they weigh as English
# (where their words are unknown: every word weighs the same, like plain sublinear tf).
_NEEDS_EXTRAS = frozenset({"ja", "ko", "zh"})


@functools.cache
def _languages() -> frozenset[str]:
    import wordfreq

    return frozenset(wordfreq.available_languages()) - _NEEDS_EXTRAS


def _language(code: str | None) -> str:
    base = (code or "en").split("-")[0].split("_")[0].lower()
    return base if base in _languages() else "en"


@functools.lru_cache(maxsize=500_000)
def word_weight(word: str, language: str = "en") -> float:
    """``8 − zipf`` of the word (or of its plural, the form ``_fold`` may have cut)."""
    import wordfreq

    zipf = wordfreq.zipf_frequency(word, language)
    if not word.endswith("s"):
        zipf = max(zipf, wordfreq.zipf_frequency(word + "s", language))
    return max(_MIN_WORD_WEIGHT, _ZIPF_CEILING - zipf)


def _term_weight(term: str, language: str, config: StoryConfig) -> float:
    if term.startswith("n:"):
        return config.name_weight
    if term.startswith("#"):
        return config.number_weight
    return word_weight(term, language)


@dataclass(frozen=True, slots=True)
class Vector:
    """Sorted uint32 term hashes and their float32 weights (unit L2 norm)."""

    keys: npt.NDArray[np.uint32]
    weights: npt.NDArray[np.float32]

    def to_bytes(self) -> bytes:
        return self.keys.astype("<u4").tobytes() + self.weights.astype("<f4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Vector:
        half = len(data) // 2
        return cls(
            np.frombuffer(data[:half], dtype="<u4").astype(np.uint32),
            np.frombuffer(data[half:], dtype="<f4").astype(np.float32),
        )


def vectorize(title: str | None, text: str, language: str | None, config: StoryConfig) -> Vector:
    """The story vector of one article: a pure function of its title, text and language."""
    counts: Counter[str] = Counter(terms(text))
    for term in terms(title or ""):
        counts[term] += config.title_weight
    lang = _language(language)
    by_key: dict[int, float] = {}
    for term, count in counts.items():
        key = murmurhash3_32(term, seed=0, positive=True)
        weight = (1.0 + math.log(count)) * _term_weight(term, lang, config)
        by_key[key] = by_key.get(key, 0.0) + weight
    kept = sorted(by_key.items(), key=lambda kv: (-kv[1], kv[0]))[: config.max_terms]
    kept.sort()
    keys = np.array([k for k, _ in kept], dtype=np.uint32)
    weights = np.array([w for _, w in kept], dtype=np.float64)
    norm = float(np.sqrt(np.dot(weights, weights)))
    if norm > 0:
        weights = weights / norm
    return Vector(keys, weights.astype(np.float32))


def event_day(published: str | None, fetched_at: str | None, seen_at: str | None) -> str:
    """YYYY-MM-DD of publication, else fetch, else first sight (else 0001-01-01)."""
    for value in (published, fetched_at, seen_at):
        if value:
            try:
                return date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                continue
    return date.min.isoformat()


def _ordinal(day: str) -> int:
    return date.fromisoformat(day).toordinal()


# ---- matching: pure functions over items ----------------------------------------------------
@dataclass(frozen=True, slots=True)
class Item:
    """One cluster as matching sees it."""

    cluster_id: int
    day: int  # date ordinal
    order: tuple[int, str, str]  # (day, canonical source key, canonical content hash)
    vector: Vector


def threshold(gap_days: int, config: StoryConfig) -> float:
    """The similarity two clusters ``gap_days`` apart need to be linked (inf beyond window)."""
    if gap_days > config.window_days:
        return math.inf
    return config.min_similarity + config.similarity_per_day * max(0, gap_days - config.free_days)


def thresholds(gaps: npt.NDArray[np.int64], config: StoryConfig) -> npt.NDArray[np.float64]:
    """:func:`threshold` over an array of gaps."""
    bars = config.min_similarity + config.similarity_per_day * np.maximum(
        0, gaps - config.free_days
    )
    return np.where(gaps > config.window_days, np.inf, bars)


def anchors(vector: Vector, count: int) -> npt.NDArray[np.uint32]:
    """The ``count`` heaviest term hashes of ``vector`` (ties: the smaller hash)."""
    order = np.lexsort((vector.keys, -vector.weights))[:count]
    return np.sort(vector.keys[order])


class _Columns:
    """Term hash → matrix column, shared by every vector compared in one run (so no batch pays
    for building a vocabulary), and each cluster's anchors and vector as column arrays.  A
    cluster's whole vector is numbered only once it is to be scored against something."""

    def __init__(self, config: StoryConfig) -> None:
        self.anchor_terms = config.anchor_terms
        self.column_of: dict[int, int] = {}
        self.anchors: dict[int, npt.NDArray[np.int32]] = {}
        self.vectors: dict[int, npt.NDArray[np.int32]] = {}

    def _number(self, parts: list[npt.NDArray[np.uint32]]) -> list[npt.NDArray[np.int32]]:
        """Column arrays of ``parts``: one dictionary lookup per distinct term."""
        distinct, inverse = np.unique(np.concatenate(parts), return_inverse=True)
        column_of = self.column_of
        numbered = np.fromiter(
            (column_of.setdefault(k, len(column_of)) for k in distinct.tolist()),
            np.int32,
            len(distinct),
        )
        return np.split(numbered[inverse], np.cumsum([len(p) for p in parts])[:-1])

    def encode(self, items: Sequence[Item], whole: bool) -> None:
        """Number the anchors (``whole``: the vectors) of ``items`` not numbered yet."""
        done = self.vectors if whole else self.anchors
        fresh = [it for it in items if it.cluster_id not in done]
        if not fresh:
            return
        if whole:
            parts = [it.vector.keys for it in fresh]
        else:
            parts = [anchors(it.vector, self.anchor_terms) for it in fresh]
        for item, columns in zip(fresh, self._number(parts), strict=True):
            done[item.cluster_id] = columns

    def forget(self, cluster_id: int) -> None:
        self.anchors.pop(cluster_id, None)
        self.vectors.pop(cluster_id, None)

    def matrix(self, items: Sequence[Item], whole: bool, width: int) -> sparse.csr_matrix:
        """Rows of ``items``: their weights (``whole``) or a 1 per anchor."""
        columns = [(self.vectors if whole else self.anchors)[it.cluster_id] for it in items]
        lengths = np.fromiter((len(c) for c in columns), np.int64, len(columns))
        indptr = np.concatenate([[0], np.cumsum(lengths)])
        indices = np.concatenate(columns) if columns else np.zeros(0, np.int32)
        if whole and items:
            data = np.concatenate([it.vector.weights for it in items]).astype(np.float64)
        else:
            data = np.ones(len(indices))
        return sparse.csr_matrix((data, indices, indptr), shape=(len(items), width))


def _linked_pairs(
    rows: Sequence[Item],
    columns: Sequence[Item],
    config: StoryConfig,
    encoder: _Columns | None = None,
) -> list[tuple[int, int, float]]:
    """(row cluster, column cluster, similarity) of every linked pair, a cluster not with itself.

    Only pairs sharing ``min_shared_anchors`` anchors are scored, so the cost follows the number
    of such pairs rather than rows × columns."""
    found: list[tuple[int, int, float]] = []
    if not rows or not columns:
        return found
    encoder = encoder or _Columns(config)
    encoder.encode([*rows, *columns], whole=False)
    width = max(1, len(encoder.column_of))
    shared = (
        encoder.matrix(rows, False, width) @ encoder.matrix(columns, False, width).T
    ).tocsr()
    shared.data[shared.data < config.min_shared_anchors] = 0
    shared.eliminate_zeros()
    shared.sort_indices()
    # Whole vectors only for the columns some row is scored against.
    scored = np.unique(shared.indices)
    if not len(scored):
        return found
    scored_items = [columns[j] for j in scored.tolist()]
    encoder.encode([*rows, *scored_items], whole=True)
    weights = encoder.matrix(scored_items, True, max(1, len(encoder.column_of)))
    position = np.full(len(columns), -1, dtype=np.int64)
    position[scored] = np.arange(len(scored))
    row_days = np.array([it.day for it in rows], dtype=np.int64)
    column_days = np.array([it.day for it in columns], dtype=np.int64)
    row_ids = np.array([it.cluster_id for it in rows], dtype=np.int64)
    column_ids = np.array([it.cluster_id for it in columns], dtype=np.int64)
    scratch = np.zeros(weights.shape[1])
    for i in range(len(rows)):
        js = shared.indices[shared.indptr[i] : shared.indptr[i + 1]]
        js = js[(column_ids[js] != row_ids[i])]
        if not len(js):
            continue
        bars = thresholds(np.abs(column_days[js] - row_days[i]), config)
        js, bars = js[np.isfinite(bars)], bars[np.isfinite(bars)]
        if not len(js):
            continue
        cols = encoder.vectors[rows[i].cluster_id]
        scratch[cols] = rows[i].vector.weights
        at = position[js]
        starts, ends = weights.indptr[at], weights.indptr[at + 1]
        lengths = ends - starts
        offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
        entries = offsets + np.arange(int(lengths.sum()))
        products = scratch[weights.indices[entries]] * weights.data[entries]
        segment = np.repeat(np.arange(len(js)), lengths)
        sims = np.bincount(segment, weights=products, minlength=len(js))
        scratch[cols] = 0.0
        for j, sim in zip(js[sims >= bars].tolist(), sims[sims >= bars].tolist(), strict=True):
            found.append((int(row_ids[i]), int(column_ids[j]), float(sim)))
    return found


def link_graph(items: Sequence[Item], config: StoryConfig) -> dict[int, dict[int, float]]:
    """All links among ``items``: cluster id → {linked cluster id: similarity}."""
    links: dict[int, dict[int, float]] = {it.cluster_id: {} for it in items}
    for a, b, sim in _linked_pairs(items, items, config):
        links[a][b] = sim
    return links


def group(
    items: Sequence[Item], links: dict[int, dict[int, float]], config: StoryConfig
) -> list[list[int]]:
    """Stories (lists of cluster ids, first = the story's first cluster) of linked ``items``:
    the greedy walk described in the module docstring."""
    ordered = sorted(items, key=lambda it: it.order)
    story_of: dict[int, int] = {}
    members: list[list[int]] = []
    centroids: list[dict[int, float]] = []
    last_day: list[int] = []
    for item in ordered:
        candidates = sorted(
            {story_of[other] for other in links.get(item.cluster_id, {}) if other in story_of}
        )
        best: tuple[float, int] | None = None
        keys = item.vector.keys.tolist()
        weights = item.vector.weights.astype(np.float64).tolist()
        for index in candidates:
            gap = item.day - last_day[index]
            centroid = centroids[index]
            norm = math.sqrt(sum(v * v for v in centroid.values()))
            dot = sum(w * centroid.get(k, 0.0) for k, w in zip(keys, weights, strict=True))
            sim = dot / norm if norm else 0.0
            if sim >= threshold(gap, config) and (best is None or sim > best[0]):
                best = (sim, index)
        if best is None:
            index = len(members)
            members.append([])
            centroids.append({})
            last_day.append(item.day)
        else:
            index = best[1]
        members[index].append(item.cluster_id)
        story_of[item.cluster_id] = index
        last_day[index] = max(last_day[index], item.day)
        centroid = centroids[index]
        for k, w in zip(keys, weights, strict=True):
            centroid[k] = centroid.get(k, 0.0) + w
    return members


def components(links: dict[int, dict[int, float]], seeds: Iterable[int]) -> list[list[int]]:
    """Connected components of ``links`` holding ``seeds``, each sorted, in order."""
    seen: set[int] = set()
    found: list[list[int]] = []
    for seed in sorted(seeds):
        if seed in seen:
            continue
        stack, part = [seed], []
        seen.add(seed)
        while stack:
            node = stack.pop()
            part.append(node)
            for other in links.get(node, {}):
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        found.append(sorted(part))
    return found


# ---- the archive ---------------------------------------------------------------------------
@dataclass
class StoryOutcome:
    new_stories: int = 0
    changed_stories: int = 0
    vectors: int = 0


def scheme(config: StoryConfig) -> str:
    return json.dumps(
        {"version": _VECTOR_VERSION, "wordfreq": version("wordfreq"), **asdict(config)},
        sort_keys=True,
    )


# A stored vector as the pool reads it: with what orders its cluster (canonical source key and
# content hash).
_VECTOR_ROWS = select(
    StoryVector.cluster_id,
    StoryVector.day,
    StoryVector.terms,
    Page.source_key,
    Page.content_hash,
).join(Page, Page.id == StoryVector.page_id)


class StoryPool:
    """Stored vectors as the story stage reads them, kept from batch to batch of one run.

    A run's batches mostly look at the same days, so each day's vectors are read from the
    archive once, and the matrices columns are numbered once (:class:`_Columns`).  Days no
    batch looked at in the last update are dropped again, which bounds the pool by the window
    around what the run is storing.  ``update_stories`` keeps the pool in step with
    ``story_vectors`` (it drops every cluster whose vector it rewrites or deletes).
    """

    # Numbered columns kept before the numbering starts over (≈ 100 B each).
    max_columns = 4_000_000

    def __init__(self, config: StoryConfig) -> None:
        self.config = config
        self.items: dict[int, Item] = {}
        self.by_day: dict[int, set[int]] = {}
        self.columns = _Columns(config)
        self.used_days: set[int] = set()

    def load_days(self, session: Session, wanted: set[int]) -> None:
        self.used_days |= wanted
        missing = sorted(wanted - self.by_day.keys())
        for day in missing:
            self.by_day[day] = set()
        runs: list[tuple[int, int]] = []
        for day in missing:
            if runs and runs[-1][1] == day - 1:
                runs[-1] = (runs[-1][0], day)
            else:
                runs.append((day, day))
        for first, last in runs:
            self._read(
                session,
                _VECTOR_ROWS.join(Cluster, Cluster.id == StoryVector.cluster_id)
                .where(StoryVector.day >= date.fromordinal(max(1, first)).isoformat())
                .where(StoryVector.day <= date.fromordinal(last).isoformat()),
            )

    def load_clusters(self, session: Session, cluster_ids: Iterable[int]) -> None:
        for chunk in chunks(sorted(set(cluster_ids) - self.items.keys())):
            self._read(session, _VECTOR_ROWS.where(StoryVector.cluster_id.in_(chunk)))

    def _read(self, session: Session, query: Executable) -> None:
        for row in session.execute(query):
            self._add(row.cluster_id, row.day, row.source_key, row.content_hash, row.terms)

    def _add(
        self, cluster_id: int, day: str, source_key: str, content_hash: str, data: bytes
    ) -> None:
        item = self.items.get(cluster_id)
        if item is None:
            ordinal = _ordinal(day)
            item = Item(
                cluster_id, ordinal, (ordinal, source_key, content_hash), Vector.from_bytes(data)
            )
            self.items[cluster_id] = item
        # A cluster loaded on its own is filed under its day only once that day is loaded
        # (whose query then meets it again), so a loaded day always holds all of its clusters.
        if item.day in self.by_day:
            self.by_day[item.day].add(cluster_id)

    def forget(self, cluster_ids: Iterable[int]) -> None:
        for cid in cluster_ids:
            item = self.items.pop(cid, None)
            if item is not None:
                self.by_day.get(item.day, set()).discard(cid)
            self.columns.forget(cid)

    def day_items(self, days: Iterable[int]) -> list[Item]:
        return [self.items[cid] for day in sorted(days) for cid in sorted(self.by_day[day])]

    def trim(self) -> None:
        """Drop the days the last update did not look at (and clusters filed under none)."""
        keep = {cid for day in self.used_days for cid in self.by_day.get(day, ())}
        for day in set(self.by_day) - self.used_days:
            del self.by_day[day]
        self.forget([cid for cid in self.items if cid not in keep])
        self.used_days = set()
        if len(self.columns.column_of) > self.max_columns:
            self.columns = _Columns(self.config)


def _links_around(
    session: Session, pool: StoryPool, seeds: set[int], config: StoryConfig
) -> dict[int, dict[int, float]]:
    """Links of every cluster reachable from ``seeds`` (their whole components)."""
    pool.load_clusters(session, seeds)
    links: dict[int, dict[int, float]] = {}
    frontier = sorted(cid for cid in seeds if cid in pool.items)
    visited = set(frontier)
    window = config.window_days
    while frontier:
        wanted = {
            day
            for cid in frontier
            for day in range(pool.items[cid].day - window, pool.items[cid].day + window + 1)
        }
        pool.load_days(session, wanted)
        rows = [pool.items[cid] for cid in frontier]
        found: set[int] = set()
        for a, b, sim in _linked_pairs(rows, pool.day_items(wanted), config, pool.columns):
            links.setdefault(a, {})[b] = sim
            links.setdefault(b, {})[a] = sim
            found.add(b)
        frontier = sorted(found - visited)
        visited.update(frontier)
    return links


def _stale_clusters(
    session: Session, cluster_ids: set[int], page_ids: set[int]
) -> tuple[list[Any], set[int], set[int]]:
    """Clusters among ``cluster_ids`` whose vector is missing or of an old canonical; stored
    vectors of clusters that are gone; and the stories both belonged to."""
    clusters = {}
    for chunk in chunks(sorted(cluster_ids)):
        for row in session.execute(
            select(Cluster.id, Cluster.canonical_page_id, Cluster.story_id).where(
                Cluster.id.in_(chunk)
            )
        ):
            clusters[row.id] = row
    vectors: dict[int, Any] = {}
    for column, keys in ((StoryVector.cluster_id, cluster_ids), (StoryVector.page_id, page_ids)):
        for chunk in chunks(sorted(keys)):
            for row in session.execute(
                select(StoryVector.cluster_id, StoryVector.page_id, StoryVector.story_id).where(
                    column.in_(chunk)
                )
            ):
                vectors[row.cluster_id] = row
    unknown = sorted(set(vectors) - set(clusters))
    living: set[int] = set()
    for chunk in chunks(unknown):
        living.update(session.scalars(select(Cluster.id).where(Cluster.id.in_(chunk))))
    gone = {cid for cid in unknown if cid not in living}
    stale = [
        row
        for cid, row in sorted(clusters.items())
        if cid not in vectors or vectors[cid].page_id != row.canonical_page_id
    ]
    touched_stories = {vectors[cid].story_id for cid in gone} | {row.story_id for row in stale}
    touched_stories.discard(None)
    return stale, gone, touched_stories


def _write_vectors(
    session: Session,
    stale: Sequence[Any],
    config: StoryConfig,
    vectors: Mapping[int, Vector],
) -> None:
    page_rows = {}
    for chunk in chunks(sorted({row.canonical_page_id for row in stale})):
        for row in session.execute(
            select(
                Page.id,
                Page.title,
                Page.text,
                Page.template_lines,
                Page.language,
                Page.published,
                Page.fetched_at,
                Page.seen_at,
            ).where(Page.id.in_(chunk))
        ):
            page_rows[row.id] = row
    cluster_ids = [row.id for row in stale]
    for chunk in chunks(cluster_ids):
        session.execute(delete(StoryVector).where(StoryVector.cluster_id.in_(chunk)))
    rows = []
    for cluster in stale:
        page = page_rows[cluster.canonical_page_id]
        vector = vectors.get(page.id)
        if vector is None:
            text = restore_lines(page.text, json.loads(page.template_lines or "[]"))
            vector = vectorize(page.title, text, page.language, config)
        rows.append(
            {
                "cluster_id": cluster.id,
                "page_id": page.id,
                "story_id": cluster.story_id,
                "day": event_day(page.published, page.fetched_at, page.seen_at),
                "terms": vector.to_bytes(),
            }
        )
    for chunk in chunks(rows, 2000):
        session.execute(insert(StoryVector), list(chunk))


def _check_scheme(session: Session, config: StoryConfig) -> bool:
    """Record the story scheme; True if the archive's stories must be rebuilt from scratch."""
    wanted = scheme(config)
    row = session.get(Meta, SCHEME_KEY)
    if row is not None and row.value == wanted:
        return False
    if row is None:
        session.add(Meta(key=SCHEME_KEY, value=wanted))
    else:
        row.value = wanted
    session.execute(update(Cluster).values(story_id=None))
    session.execute(delete(StoryVector))
    session.execute(delete(Story))
    return True


def update_stories(
    session: Session,
    page_ids: Iterable[int],
    run_id: int,
    config: StoryConfig,
    vectors: Mapping[int, Vector] | None = None,
    pool: StoryPool | None = None,
) -> StoryOutcome:
    """Bring stories up to date after ``Store.recluster`` stored and clustered ``page_ids``.

    ``vectors`` (page id → vector) are the batch's pages vectorised by the worker processes;
    a canonical not among them is vectorised here.  ``pool`` carries stored vectors from one
    batch of a run to the next (a fresh one is used without it).

    Called once per batch, in the batch's transaction.  Recomputes the stories of every
    link-graph component that holds a cluster whose vector is new, changed or gone.
    """
    from clipper.store import Store  # clipper.store imports nothing of this module

    pool = pool if pool is not None else StoryPool(config)
    if _check_scheme(session, config):
        # New archive, an archive from before stories, or other settings: every cluster.
        pool.forget(list(pool.items))
        page_set: set[int] = set()
        cluster_ids = set(session.scalars(select(Cluster.id)))
    else:
        page_set, _ = Store(session).component(page_ids)
        cluster_ids = set()
        for chunk in chunks(sorted(page_set)):
            cluster_ids.update(
                cid
                for cid in session.scalars(
                    select(Page.cluster_id).where(Page.id.in_(chunk)).distinct()
                )
                if cid is not None
            )
    stale, gone, old_stories = _stale_clusters(session, cluster_ids, page_set)
    pool.forget([*gone, *(row.id for row in stale)])
    for chunk in chunks(sorted(gone)):
        session.execute(delete(StoryVector).where(StoryVector.cluster_id.in_(chunk)))
    _write_vectors(session, stale, config, vectors or {})
    outcome = StoryOutcome(vectors=len(stale))

    seeds = {row.id for row in stale}
    for chunk in chunks(sorted(old_stories)):
        seeds.update(session.scalars(select(Cluster.id).where(Cluster.story_id.in_(chunk))))
    refresh: set[int] = set(old_stories)
    if seeds:
        links = _links_around(session, pool, seeds, config)
        for cid in seeds:
            links.setdefault(cid, {})
        groups = [
            story
            for part in components(links, (s for s in seeds if s in pool.items))
            for story in group([pool.items[cid] for cid in part], links, config)
        ]
        refresh |= _assign_ids(session, groups, old_stories, run_id, outcome)
    for chunk in chunks(sorted(cluster_ids)):
        refresh.update(
            sid
            for sid in session.scalars(select(Cluster.story_id).where(Cluster.id.in_(chunk)))
            if sid is not None
        )
    _refresh_stories(session, refresh, run_id)
    pool.trim()
    return outcome


def _assign_ids(
    session: Session,
    groups: list[list[int]],
    old_stories: set[int],
    run_id: int,
    outcome: StoryOutcome,
) -> set[int]:
    """Give each group a story id (keeping old ones where possible); return the ids used."""
    current: dict[int, int | None] = {}
    members = [cid for story in groups for cid in story]
    for chunk in chunks(sorted(members)):
        for hit in session.execute(
            select(Cluster.id, Cluster.story_id).where(Cluster.id.in_(chunk))
        ):
            current[hit.id] = hit.story_id
    involved = set(old_stories) | {sid for sid in current.values() if sid is not None}
    claimed: set[int] = set()
    updates: list[dict[str, Any]] = []
    vector_updates: list[dict[str, Any]] = []
    pending: list[list[int]] = []
    for story in groups:
        chosen = current.get(story[0])
        if chosen is None or chosen in claimed:
            votes = Counter(
                sid for cid in story if (sid := current.get(cid)) is not None and sid not in claimed
            )
            chosen = min(votes, key=lambda sid: (-votes[sid], sid)) if votes else None
        if chosen is None:
            pending.append(story)
            outcome.new_stories += 1
            continue
        claimed.add(chosen)
        if any(current.get(cid) != chosen for cid in story) or len(story) != sum(
            1 for sid in current.values() if sid == chosen
        ):
            outcome.changed_stories += 1
        updates.extend(
            {"id": cid, "story_id": chosen} for cid in story if current.get(cid) != chosen
        )
    if pending:
        # Placeholder lead page: the smallest member's canonical, fixed by _refresh_stories.
        leads = {
            hit.id: hit.canonical_page_id
            for hit in session.execute(
                select(Cluster.id, Cluster.canonical_page_id).where(
                    Cluster.id.in_([story[0] for story in pending])
                )
            )
        }
        new_ids = session.scalars(
            insert(Story).returning(Story.id, sort_by_parameter_order=True),
            [
                {
                    "title": None,
                    "lead_page_id": leads[story[0]],
                    "first_day": "",
                    "last_day": "",
                    "size": 0,
                    "pages": 0,
                    "outlets": 0,
                    "created_run_id": run_id,
                    "updated_run_id": run_id,
                }
                for story in pending
            ],
        ).all()
        for story_id, story in zip(new_ids, pending, strict=True):
            claimed.add(story_id)
            updates.extend({"id": cid, "story_id": story_id} for cid in story)
    if updates:
        session.execute(update(Cluster), updates)
        vector_updates = [{"cluster_id": u["id"], "story_id": u["story_id"]} for u in updates]
        session.execute(update(StoryVector), vector_updates)
    unused = sorted(involved - claimed)
    if unused:
        for chunk in chunks(unused):
            session.execute(
                update(Cluster).where(Cluster.story_id.in_(chunk)).values(story_id=None)
            )
            session.execute(delete(Story).where(Story.id.in_(chunk)))
    return claimed


def _refresh_stories(session: Session, story_ids: set[int], run_id: int) -> None:
    """Recompute title, dates and counts of ``story_ids`` (deleting any left empty)."""
    for chunk in chunks(sorted(story_ids)):
        stats: dict[int, dict[str, Any]] = {}
        for row in session.execute(
            select(
                Cluster.story_id,
                Cluster.size,
                Cluster.first_seen,
                Cluster.last_seen,
                Cluster.canonical_page_id,
                StoryVector.day,
                Page.title,
                Page.source_key,
                Page.content_hash,
            )
            .join(StoryVector, StoryVector.cluster_id == Cluster.id)
            .join(Page, Page.id == Cluster.canonical_page_id)
            .where(Cluster.story_id.in_(chunk))
        ):
            entry = stats.setdefault(
                row.story_id,
                {"size": 0, "days": [], "first_seen": [], "last_seen": [], "lead": None},
            )
            entry["size"] += 1
            entry["days"].append(row.day)
            if row.first_seen:
                entry["first_seen"].append(row.first_seen)
            if row.last_seen:
                entry["last_seen"].append(row.last_seen)
            rank = (-row.size, row.day, row.source_key, row.content_hash)
            if entry["lead"] is None or rank < entry["lead"][0]:
                entry["lead"] = (rank, row.canonical_page_id, row.title)
        counts = {
            row.story_id: (row.pages, row.outlets)
            for row in session.execute(
                select(
                    Cluster.story_id,
                    func.count(Page.id).label("pages"),
                    func.count(func.distinct(Page.site)).label("outlets"),
                )
                .join(Page, Page.cluster_id == Cluster.id)
                .where(Cluster.story_id.in_(chunk))
                .group_by(Cluster.story_id)
            )
        }
        empty = [sid for sid in chunk if sid not in stats]
        if empty:
            session.execute(delete(Story).where(Story.id.in_(empty)))
        updates = []
        for sid, entry in stats.items():
            pages, outlets = counts.get(sid, (0, 0))
            updates.append(
                {
                    "id": sid,
                    "title": entry["lead"][2],
                    "lead_page_id": entry["lead"][1],
                    "first_day": min(entry["days"]),
                    "last_day": max(entry["days"]),
                    "first_seen": min(entry["first_seen"], default=None),
                    "last_seen": max(entry["last_seen"], default=None),
                    "size": entry["size"],
                    "pages": pages,
                    "outlets": outlets,
                    "updated_run_id": run_id,
                }
            )
        if updates:
            session.execute(update(Story), updates)


# ---- reading stories (for the CLI, search and show) ----------------------------------------
@dataclass
class StorySummary:
    id: int
    title: str | None
    first_day: str
    last_day: str
    first_seen: str | None
    last_seen: str | None
    size: int
    pages: int
    outlets: int
    lead_page_id: int


@dataclass
class StoryCluster:
    cluster_id: int
    size: int
    day: str
    canonical_page_id: int
    title: str | None
    url: str | None
    site: str | None


@dataclass
class StoryDetail:
    story: StorySummary
    clusters: list[StoryCluster] = field(default_factory=list)


def _summary(row: Story) -> StorySummary:
    return StorySummary(
        id=row.id,
        title=row.title,
        first_day=row.first_day,
        last_day=row.last_day,
        first_seen=row.first_seen,
        last_seen=row.last_seen,
        size=row.size,
        pages=row.pages,
        outlets=row.outlets,
        lead_page_id=row.lead_page_id,
    )


def list_stories(
    session: Session,
    *,
    since: str | None = None,
    min_size: int = 1,
    limit: int | None = None,
) -> list[StorySummary]:
    """Stories, latest first: ``since`` (YYYY-MM-DD) keeps those whose last day is on or after
    it; ``min_size`` counts clusters."""
    query = select(Story).where(Story.size >= min_size)
    if since:
        query = query.where(Story.last_day >= since)
    query = query.order_by(Story.last_day.desc(), Story.size.desc(), Story.id)
    if limit is not None:
        query = query.limit(limit)
    return [_summary(row) for row in session.scalars(query)]


def stories_for_clusters(session: Session, cluster_ids: Iterable[int]) -> dict[int, int | None]:
    """cluster id → story id (None for a cluster not yet in a story), for those that exist."""
    found: dict[int, int | None] = {}
    for chunk in chunks(sorted(set(cluster_ids))):
        for row in session.execute(
            select(Cluster.id, Cluster.story_id).where(Cluster.id.in_(chunk))
        ):
            found[row.id] = row.story_id
    return found


def story_detail(session: Session, story_id: int) -> StoryDetail | None:
    """A story and its clusters (earliest first), or None if there is no such story."""
    row = session.get(Story, story_id)
    if row is None:
        return None
    detail = StoryDetail(_summary(row))
    for item in session.execute(
        select(
            Cluster.id,
            Cluster.size,
            Cluster.canonical_page_id,
            StoryVector.day,
            Page.title,
            Page.url,
            Page.site,
        )
        .join(StoryVector, StoryVector.cluster_id == Cluster.id)
        .join(Page, Page.id == Cluster.canonical_page_id)
        .where(Cluster.story_id == story_id)
        .order_by(StoryVector.day, Cluster.id)
    ):
        detail.clusters.append(
            StoryCluster(
                cluster_id=item.id,
                size=item.size,
                day=item.day,
                canonical_page_id=item.canonical_page_id,
                title=item.title,
                url=item.url,
                site=item.site,
            )
        )
    return detail
