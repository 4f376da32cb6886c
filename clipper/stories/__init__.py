"""Stories: different articles about the same event, grouped above the variant clusters.

A variant cluster is "the same text"; a story is "the same event": two independently written
reports of one diplomatic trip are two clusters in one story.

**Vectors.**  Each cluster is represented by its canonical article (title and the text as
fingerprinted, i.e. before site-template stripping, which depends on arrival order).  Terms are
lower-cased words without English stop words (plural "s" and possessive "'s" folded), plus two
kinds of event-pinning features: capitalised multi-word names ("n:cho hyun") and numbers
("#3200"; years 1900-2099 are left out, every article of a period shares them).  Chinese and
Japanese, written without spaces, give the overlapping character bigrams of each run of Han or
kana letters (the standard index terms of CJK retrieval; before vector version 3 a whole run, a
phrase or sentence, was one term and two reports of one event shared almost none).  Title terms
count ``title_weight`` times, its capitalised names of several words (and their words)
``title_name_weight`` times: a place named in two headlines is no event of its own.  A term
weighs ``(1 + ln tf) × w(term)``: ``w`` for a word is
``8 − zipf``, where ``zipf`` is the word's frequency in the reference corpus that the
``wordfreq`` package ships (pinned in pyproject: "the" ≈ 7.7 → 0.5 (the floor), "minister"
≈ 4.6 → 3.4, "hydrogen" ≈ 3.6 → 4.4, an unseen word 8), in the page's language where
``wordfreq`` has it, else English, read from a per-language table precomputed once from
``wordfreq``'s lists (``weights``); names and numbers weigh ``name_weight`` / ``number_weight``.
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
today's never merge on shared words alone, and long chains need ever closer wording.  A pair
over the bar is linked only when each one's *lead* (headline and opening) gives
``lead_similarity_share`` of the cosine (:mod:`clipper.stories.leads`): what a company or a site
prints under many of its articles is not what two reports of one event share.  Two issues of
one dated series of different days (a headline or first sentence the same words with another
date: a weekly communiqué, briefing or monthly release) are linked only when their cosine
without those dated lines' terms clears ``series_similarity_share`` of their bar
(:mod:`clipper.stories.series`): the formula is no event.  Two instances of one template
without a date (a site's death notices, a feed's match reports: their headlines and sentences
one frame with other names, scores and figures) are linked only when their cosine without
the template's lines clears ``instance_similarity_share`` of their bar
(:mod:`clipper.stories.instances`).  Two clusters of one day sharing ``event_names`` rare
names, which give ``event_name_share`` of their cosine, are linked, and join a story, at
``event_similarity_share`` of the bar (:mod:`clipper.stories.eventnames`): a report and a
feature opening with an anecdote share the event's places and little else.

**Candidates (bounded fan-out).**  Only pairs sharing ``min_shared_anchors`` of their
``anchor_terms`` heaviest terms (their *anchors*) are scored at all: at cosine 0.24 nearly
every pair of news articles shares some term.  On a day when thousands of pages share the same
heavy terms (one big story, wire copy) that alone does not bound the work, so candidates come
from a sorted neighbourhood (``linking.AnchorIndex``): the clusters holding an anchor are
listed in canonical order (below), and a pair is scored only when it is at most
``anchor_cap`` places apart on the lists of ``near_anchors`` anchors it shares.  Each cluster
is therefore compared with at most ``2 × anchor_terms × anchor_cap / near_anchors`` clusters,
however many share its day or terms (with one list enough, the partners a cluster met grew
with a one-topic night toward that bound: 175 pairs scored a cluster at 2k one-day records,
276 at 10k; with two, 86 and 109).  Whether a pair is a candidate depends on the clusters
dated between the two, never on what arrived first; tonight's clusters come after the stored
ones on their lists, so they change no stored pair, and a cluster added or removed in the
middle of a list (a late page, a new canonical) changes only pairs straddling it exactly
``anchor_cap`` apart on some list, which a batch finds and rescores
(``AnchorIndex.changed_pairs``) instead of recomputing stored links.  The labelled sets'
stories figures are the same as with the old per-day cap (and with one list).  Each pair is scored
in one orientation (``scoring.score``), so (a, b) and (b, a) never differ in the last bit at
the threshold.

**Assignment (the chaining guard).**  Clusters are walked in a canonical order: day, then
time of day (of publication, else of fetch; none for a page dated by when it was seen), then the
canonical page's source key and content hash, so a day's reports are met in the order they
appeared.  A cluster joins the story it is most similar to among the stories holding a cluster
it is linked to, provided its similarity to that story's *centroid* (the sum of the unit
vectors of its first ``centroid_clusters`` members) clears the same bar, measured from the
story's latest day, and its similarity to the story's *opening* (the centroid of its first
``opening_clusters`` members) clears ``opening_similarity_share`` of that bar; otherwise it
starts a new story.  A→B and B→C therefore never glue C to A unless C is close to what A and B
share, and a run of daily reports each close to the day before cannot walk a story away from
what it opened with (the centroid alone moves with every member: newcomer 32, F19).  The
labelled sets' stories are all smaller than ``centroid_clusters``, so for them the centroid is
that of every member.

**Determinism and bounded work.** Vectors, days, links and the order are pure functions of the
clusters' canonical pages, and canonicals are order-independent (``clipper.cluster``), so the
walk over all clusters is too (``group``). The pipeline runs the story stage once per run, at
its end, over everything the run stored (``pipeline.Deduper.finish_stories``; per batch, each
batch re-decided every later cluster of the day its own moved).  A run does not re-walk the
archive: ``regroup`` keeps every
stored decision that cannot have changed and re-decides, in the same order, only the new,
re-vectorised and re-linked clusters, the later clusters linked to a cluster that changed
story, and the later clusters meeting a story whose state (first ``centroid_clusters`` members,
latest day) changed; a re-decided cluster now offered only stories it was offered before (it
chose its own among them), all unchanged, keeps its story without being compared. The result
is, cluster for cluster, the walk over everything (tests check it against ``group`` over
chained inputs split into batches in any order, with clusters re-vectorised and vanishing), so
the same pages give the same stories in any order, batch size or number of runs. A run of
later reports joining a big story costs its own clusters; a story past ``centroid_clusters``
members changes state only when a member joins on a later day, so a report filed mid-day does
not re-walk the day's big story.  Links are stored (``stored_links``, table ``story_links``):
a run scores only its new and re-vectorised clusters' candidates and the pairs their arrival
flips, and reads the links of every other cluster the walk meets.
**Story ids** (``identity``): a regrouped story keeps the stored id it shares most members
with (largest overlaps served first, ties by the smaller id, each id given once), so links and
notes people keep to ``story:ID`` stay valid from night to night: a story that grows keeps its
id, a merge keeps one of the two, a split leaves it with the larger part; only a story with no
member of a free stored one gets a new id.  Undated pages are the exception by nature: their
day is the day they were seen.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clipper.stories.assignment import group
    from clipper.stories.bars import threshold, thresholds
    from clipper.stories.identity import keep_ids
    from clipper.stories.linking import AnchorIndex, Item, anchors
    from clipper.stories.pool import StoryPool
    from clipper.stories.queries import (
        StoryCluster,
        StoryDetail,
        StorySummary,
        list_stories,
        stories_for_clusters,
        story_detail,
    )
    from clipper.stories.regrouping import Change, Regrouped, StoredStories, regroup
    from clipper.stories.scoring import components, link_graph, score
    from clipper.stories.storage import SCHEME_KEY, StoryOutcome, scheme, update_stories
    from clipper.stories.termweights import word_weight
    from clipper.stories.tokens import terms
    from clipper.stories.vectors import Vector, event_day, vectorize

# Where each public name lives.  They are imported on first use (PEP 562), so that the commands
# that only read stories (``clipper stories``, ``show story:ID``: :mod:`.queries`) do not import
# the scoring's SciPy and the vectors' scikit-learn, which only ``dedupe`` needs.
_HOMES = {
    "assignment": ("group",),
    "bars": ("threshold", "thresholds"),
    "identity": ("keep_ids",),
    "linking": ("AnchorIndex", "Item", "anchors"),
    "pool": ("StoryPool",),
    "queries": (
        "StoryCluster",
        "StoryDetail",
        "StorySummary",
        "list_stories",
        "stories_for_clusters",
        "story_detail",
    ),
    "regrouping": ("Change", "Regrouped", "StoredStories", "regroup"),
    "scoring": ("components", "link_graph", "score"),
    "storage": ("SCHEME_KEY", "StoryOutcome", "scheme", "update_stories"),
    "termweights": ("word_weight",),
    "tokens": ("terms",),
    "vectors": ("Vector", "event_day", "vectorize"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "SCHEME_KEY",
    "AnchorIndex",
    "Change",
    "Item",
    "Regrouped",
    "StoredStories",
    "StoryCluster",
    "StoryDetail",
    "StoryOutcome",
    "StoryPool",
    "StorySummary",
    "Vector",
    "anchors",
    "components",
    "event_day",
    "group",
    "keep_ids",
    "link_graph",
    "list_stories",
    "regroup",
    "scheme",
    "score",
    "stories_for_clusters",
    "story_detail",
    "terms",
    "threshold",
    "thresholds",
    "update_stories",
    "vectorize",
    "word_weight",
]
