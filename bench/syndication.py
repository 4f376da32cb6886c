"""Near-duplicate quality: clipper vs the glue script on a labelled syndication corpus.

    python bench/syndication.py [--quick] [--full] [--bases N] [--set tune|confirm|holdout|all]
                                [--no-real] [--workers N] [--misses] [--copy-times]
                                [--day-only]
                                (--set all: the default)

1. **Labelled corpora, built at run time** (``bench/syndication_corpus.py``) under
   ``bench/.work/syndication/`` (git-ignored; the publishers' texts are never written
   anywhere else), one per text set: ``tune`` (the
   expected bodies of the Zyte and newspaper4k extraction benchmarks: what clipper's rules were
   tuned on) and ``confirm`` (story-chains-energy and same-story-pairs texts, never tuned on;
   same-story-pairs keeps both independent reports of each event, which must stay apart) and
   ``holdout`` (wire-syndication-texts, furniture left in; added after one rule was changed on
   seeing the confirm set's misses).
   Base articles of ≥ 120 words and 3 paragraphs; bases that are copies of one another
   (5-shingle containment ≥ 0.5) are dropped first, so one label = one text.  Each base is
   published once as the wire original (HTML, wire site) and copied 1 to 8 times on invented
   sites (``*.example``, each with its own template: navigation, cookie banner, related and
   "Latest" boxes with other stories' headlines, newsletter / "Read more" / advertisement
   blocks inside the article on some).  Every kind of copy of issue 11, round-robin, each
   holding article text (a paragraph with a sentence of ≥ 12 words: ``article_paragraphs``;
   a base without one is dropped, and a kind a base cannot make is skipped for the next):
   ``full``; ``brief`` (the story up to its 2nd-3rd article paragraph: a wire text can open
   with its scraper's headline, byline and captions); ``update`` (a new update paragraph at the
   top); ``trimmed`` (last 1-3 paragraphs cut, never into the first article paragraph);
   ``edited`` (0.5-3 % of the words: typos, two words swapped, a word dropped or replaced);
   ``copyright`` (an agency copyright line appended); ``dateline`` ("LONDON (Wire) — ");
   ``dropped`` (a paragraph dropped mid-story, never the only article paragraph); ``rewrite``
   (an intro line of its own, then 4-5 paragraphs from the middle, ≥ 90 % of the copy's words;
   bases of 7+ paragraphs only).  Input forms, round-robin on another stride so every kind
   arrives in every form: ``html`` files, ``text-dump`` (seed-shaped .txt: "Skip to content",
   headlines repeated, "Read also:" / "Latest" trailers, numbered SEO blurbs), ``jsonl-text``
   (text field with "Advertisement" lines and a photo caption), ``jsonl-html``, ``warc``.
   Roundups ("news in brief", ``syndication_corpus.add_roundups``): one per 10 bases, the
   briefs of 5 consecutive bases and one invented brief one after another, on the wire's
   site and copied once; some items also published on their own (``item-brief``: the base's
   label, it belongs with its original, which holds it at its opening; ``lone-item``: the
   invented brief, whose only other page is the roundup).  ``roundups`` in the results: roundup
   copies with their roundup, item briefs with their story, lone items apart from their
   roundup, and pages of other labels in a roundup's cluster.
   Versions (``syndication_corpus.add_versions``): one base in 4 also copied edited twice over
   (``version-5``, ``version-8``: 5 % and 8 % of its words, each a few words longer than the
   wire's page, so one of them walks first) and trimmed to ~70 % with 2 % edited
   (``version-trim``): versions that cover the wire's page whole, and it them, but not
   always each other.
2. **Systems, same files, same command**: (a) clipper: ``dedupe`` into a fresh archive with the
   default config, clusters read back with ``clipper.export.records`` and matched to labels by
   URL (HTML canonical link, JSONL url, WARC target URI) or origin (text dumps); a page clipper
   rejects counts as a singleton.  (b) the glue script (``bench/glue.py``): trafilatura (clipper's
   exact call) for HTML, raw text for text dumps and JSONL text, word 5-shingles + MinHash(128)
   + MinHashLSH at threshold 0.8, 0.5 and 0.3, union-find.
   Metrics: pairwise precision, recall, F1; adjusted Rand index; recall per kind of copy and
   per input form (share of same-label pairs involving such a page that end up in one
   cluster); share of each kind's copies in their original's cluster; false merges (same event
   / unrelated); briefs found by length ratio.
3. **Real copies** (``wire-syndication-texts``, 680 texts, no labels): clusters found by clipper
   and by the glue script at 0.8 and 0.3, and every pair the glue script at 0.3 put in one
   cluster that clipper did not, with its Jaccard, containment and word coverage on the raw
   texts (a copy clipper missed, or two texts the glue script chained through a third).
4. The pages shown (``shown_kinds``): the kind of each multi-page cluster's canonical, and how
   many are a part (a brief, a trim, a copy with a paragraph dropped) shown while the cluster
   holds a whole copy, and of those how many lack 20 % of its words.  Every copy is published
   when its original is, so rule 6 goes by the walk's order; ``--copy-times`` publishes each
   copy up to 3 hours before or after its original (the same texts), so it goes by date, and
   ``--day-only`` dates one page in three (originals too) by its day alone.
5. ``--misses``: every pair clipper missed, charged to the copy outside its label's main
   cluster, with why (rejected by the cleaner, not a candidate, rejected in verification,
   joined elsewhere) and the figures verification decides on; every false pair
   (``bench/syndication_misses.py``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import glue
from _common import SHARED_DATA, Run, figure, fmt, fresh_dir, progress, shared_missing, table
from sklearn.metrics import adjusted_rand_score
from syndication_corpus import (
    FORMS,
    KINDS,
    ROUNDUP_KINDS,
    TEXT_SETS,
    VERSION_KINDS,
    Base,
    PageInfo,
    _pick,
    build_corpus,
    load_bases,
)

# --------------------------------------------------------------------------- scoring


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def score(labels: list[str], predicted: list[str]) -> dict[str, float]:
    cells = Counter(zip(labels, predicted, strict=True))
    tp = sum(_pairs(c) for c in cells.values())
    pred = sum(_pairs(c) for c in Counter(predicted).values())
    true = sum(_pairs(c) for c in Counter(labels).values())
    precision = tp / pred if pred else 1.0
    recall = tp / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "ari": float(adjusted_rand_score(labels, predicted)),
        "true_pairs": true,
        "predicted_pairs": pred,
        "true_positive_pairs": tp,
        "clusters": len(set(predicted)),
    }


def recall_by(
    attr: str, page_ids: list[str], info: dict[str, PageInfo], predicted: list[str]
) -> dict[str, float]:
    """Share of same-label pairs involving a page of each ``attr`` value (kind or form) that
    end up in one cluster."""
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, pid in enumerate(page_ids):
        by_label[info[pid].label].append(i)
    hit: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for members in by_label.values():
        for a in members:
            for b in members:
                if a >= b:
                    continue
                together = predicted[a] == predicted[b]
                for value in {getattr(info[page_ids[a]], attr), getattr(info[page_ids[b]], attr)}:
                    total[value] += 1
                    hit[value] += together
    return {value: hit[value] / total[value] for value in sorted(total)}


def with_original(
    page_ids: list[str], info: dict[str, PageInfo], predicted: list[str]
) -> dict[str, float]:
    """Per kind: share of copies in the same cluster as their wire original."""
    cluster = dict(zip(page_ids, predicted, strict=True))
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for pid in page_ids:
        if info[pid].kind == "original":
            continue
        total[info[pid].kind] += 1
        found[info[pid].kind] += cluster[pid] == cluster[pid.split("/")[0] + "/original"]
    return {kind: found[kind] / total[kind] for kind in sorted(total)}


def briefs_by_length_ratio(
    page_ids: list[str], info: dict[str, PageInfo], predicted: list[str]
) -> dict[str, list[int]]:
    """Briefs found with their original / all, by brief words ÷ original words."""
    cluster = dict(zip(page_ids, predicted, strict=True))
    out: dict[str, list[int]] = {}
    for pid in page_ids:
        if info[pid].kind != "brief":
            continue
        original = pid.split("/")[0] + "/original"
        ratio = info[pid].words / max(1, info[original].words)
        bucket = "< 0.10" if ratio < 0.1 else "0.10-0.15" if ratio < 0.15 else "≥ 0.15"
        found, total = out.setdefault(bucket, [0, 0])
        out[bucket] = [found + (cluster[pid] == cluster[original]), total + 1]
    return dict(sorted(out.items()))


def roundup_figures(
    page_ids: list[str], info: dict[str, PageInfo], predicted: list[str]
) -> dict[str, list[int]]:
    """[found, total] for the roundups (syndication_corpus.add_roundups): roundup copies in
    their roundup's cluster; item briefs in their story's original's cluster; lone items (a
    brief whose only other page is the roundup) not in the roundup's cluster; and pages of
    other labels in a roundup's cluster (found: such pages, total: roundup pages)."""
    cluster = dict(zip(page_ids, predicted, strict=True))
    out = {
        "roundup copy with its roundup": [0, 0],
        "item brief with its story": [0, 0],
        "lone item apart from its roundup": [0, 0],
        "other pages in a roundup's cluster": [0, 0],
    }

    def add(key: str, hit: bool) -> None:
        out[key][0] += hit
        out[key][1] += 1

    for pid in page_ids:
        kind, head = info[pid].kind, pid.split("/")[0]
        if kind == "roundup-copy":
            add("roundup copy with its roundup", cluster[pid] == cluster[f"{head}/original"])
        elif kind == "item-brief":
            add("item brief with its story", cluster[pid] == cluster[f"{head}/original"])
        elif kind == "lone-item":
            add("lone item apart from its roundup", cluster[pid] != cluster[f"{head}/original"])
        elif kind == "roundup":
            label = info[pid].label
            out["other pages in a roundup's cluster"][1] += 1
            out["other pages in a roundup's cluster"][0] += sum(
                1 for q in page_ids if cluster[q] == cluster[pid] and info[q].label != label
            )
    return out


def false_merges(
    page_ids: list[str], info: dict[str, PageInfo], predicted: list[str], bases: dict[str, Base]
) -> dict[str, int]:
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for pid, c in zip(page_ids, predicted, strict=True):
        by_cluster[c].append(info[pid].label)
    out: Counter[str] = Counter()
    for labels in by_cluster.values():
        for i, a in enumerate(labels):
            for b in labels[i + 1 :]:
                if a == b:
                    continue
                # roundup and lone-item labels name no base: never the same event
                story_a = bases[a].story if a in bases else None
                same_story = story_a is not None and b in bases and story_a == bases[b].story
                out["same event, independent text" if same_story else "unrelated"] += 1
    return dict(out)


# --------------------------------------------------------------------------- systems


def run_clipper(inputs: list[Path], db: Path, workers: int | None) -> list[dict[str, Any]]:
    from clipper.archive import open_archive
    from clipper.config import Config
    from clipper.export import records
    from clipper.pipeline import dedupe

    archive = open_archive(str(db))
    config = Config() if workers is None else Config(workers=workers)
    summary = dedupe(archive, [str(p) for p in inputs], config)
    progress(
        f"  clipper: {summary.stored} stored, skipped {summary.skipped}, {summary.seconds:.1f}s"
    )
    rows = list(records(archive))
    archive.close()
    return rows


def clipper_assignment(rows: list[dict[str, Any]], info: dict[str, PageInfo]) -> dict[str, str]:
    by_key: dict[str, str] = {}
    for page_id, page in info.items():
        for key in page.keys:
            by_key[key] = page_id
    out: dict[str, str] = {}
    for row in rows:
        pid: str | None = by_key.get(row["url"] or "") or by_key.get(row["origin"] or "")
        if pid is None:
            # text dumps: the origin is the path as clipper walked it
            origin = row["origin"] or ""
            pid = next((p for k, p in by_key.items() if origin.endswith(k)), None)
        if pid is not None and pid not in out:
            out[pid] = f"c{row['cluster_id']}"
    return out


# Copies that lack part of their story: a cluster holding a whole copy should not show them
PART_KINDS = ("brief", "trimmed", "dropped", "version-trim", "item-brief")


def shown_kinds(
    rows: list[dict[str, Any]], info: dict[str, PageInfo], assignment: dict[str, str]
) -> dict[str, int]:
    """The kinds of the pages clipper's clusters of two or more labelled pages show, and
    ``part shown, whole copy in cluster``: those of :data:`PART_KINDS` whose cluster holds the
    original or a page of kind full, update, edited, copyright or dateline; ``… lacking 20 %
    of a whole copy``: those of them with fewer than 80 % of the longest such page's words (a
    trim a search of the canonicals loses a fifth of the story to)."""
    shown_ids = {f"c{row['cluster_id']}" for row in rows if row["is_canonical"]}
    members: dict[str, list[str]] = defaultdict(list)
    for pid, cluster in assignment.items():
        members[cluster].append(pid)
    canonical_of = {}
    for row in rows:
        if row["is_canonical"]:
            canonical_of[f"c{row['cluster_id']}"] = (row["url"] or "", row["origin"] or "")
    key_of = {k: pid for pid, p in info.items() for k in p.keys}
    out: Counter[str] = Counter()
    whole = {"original", "full", "update", "edited", "copyright", "dateline"}
    for cluster, pids in members.items():
        if len(pids) < 2 or cluster not in shown_ids:
            continue
        url, origin = canonical_of[cluster]
        shown = (
            key_of.get(url)
            or key_of.get(origin)
            or next((p for k, p in key_of.items() if origin.endswith(k)), None)
        )
        if shown is None or shown not in info:
            continue
        kind = info[shown].kind
        out[kind] += 1
        if kind in PART_KINDS and any(info[p].kind in whole for p in pids):
            out["part shown, whole copy in cluster"] += 1
            most = max(info[p].words for p in pids if info[p].kind in whole)
            if info[shown].words < 0.8 * most:
                out["part shown, lacking 20 % of a whole copy"] += 1
    return dict(sorted(out.items()))


def evaluate(
    name: str, assignment: dict[str, str], info: dict[str, PageInfo], bases: dict[str, Base]
) -> dict[str, Any]:
    page_ids = sorted(info)
    predicted = [assignment.get(pid, f"missing:{pid}") for pid in page_ids]
    labels = [info[pid].label for pid in page_ids]
    result: dict[str, Any] = dict(score(labels, predicted))
    result["pages"] = len(page_ids)
    result["pages_missing"] = sum(1 for pid in page_ids if pid not in assignment)
    result["missing_by_form"] = dict(Counter(info[p].form for p in page_ids if p not in assignment))
    result["recall_by_kind"] = recall_by("kind", page_ids, info, predicted)
    result["recall_by_form"] = recall_by("form", page_ids, info, predicted)
    result["with_original_by_kind"] = with_original(page_ids, info, predicted)
    result["false_merge_pairs"] = false_merges(page_ids, info, predicted, bases)
    result["briefs_found_by_length_ratio"] = briefs_by_length_ratio(page_ids, info, predicted)
    result["roundups"] = roundup_figures(page_ids, info, predicted)
    # the same pairwise scores without the copies whose body holds no article sentence
    with_article = [i for i, pid in enumerate(page_ids) if info[pid].has_sentence]
    result["pages_without_article_sentence"] = len(page_ids) - len(with_article)
    result["with_article_sentence"] = score(
        [labels[i] for i in with_article], [predicted[i] for i in with_article]
    )
    progress(
        f"  {name}: P {result['precision']:.3f} R {result['recall']:.3f} "
        f"F1 {result['f1']:.3f} ARI {result['ari']:.3f}"
    )
    return result


# --------------------------------------------------------------------------- real copies


def cluster_stats(
    clusters: dict[str, list[int]], texts: list[dict[str, Any]], rng: random.Random
) -> dict[str, Any]:
    multi = [m for m in clusters.values() if len(m) > 1]
    sizes = Counter(len(m) for m in clusters.values())
    largest = max(multi, key=len) if multi else []
    samples = []
    pool = list(multi)
    rng.shuffle(pool)
    from clipper.shingles import shingle_hashes, similarity
    from clipper.words import words

    for members in pool[:10]:
        a, b = rng.sample(members, 2)
        jaccard, containment = similarity(
            *(shingle_hashes(words(texts[i]["text"]), 5) for i in (a, b))
        )
        samples.append(
            [
                {
                    "publisher": texts[a]["publisher"],
                    "start": " ".join(texts[a]["text"].split())[:100],
                },
                {
                    "publisher": texts[b]["publisher"],
                    "start": " ".join(texts[b]["text"].split())[:100],
                },
                {
                    "raw_text_jaccard": round(jaccard, 3),
                    "raw_text_containment": round(containment, 3),
                },
            ]
        )
    return {
        "documents": sum(len(m) for m in clusters.values()),
        "clusters": len(clusters),
        "clusters_with_copies": len(multi),
        "documents_in_copy_clusters": sum(len(m) for m in multi),
        "size_histogram": {str(k): v for k, v in sorted(sizes.items())},
        "largest": len(largest),
        "largest_publishers": sorted(Counter(texts[i]["publisher"] for i in largest))[:20],
        "sample_pairs": samples,
    }


def real_copies(work: Path, workers: int | None) -> dict[str, Any]:
    src = SHARED_DATA / "wire-syndication-texts" / "articles.jsonl"
    texts = [json.loads(line) for line in src.read_text().splitlines() if line.strip()]
    feed = work / "wire" / "articles.jsonl"
    feed.parent.mkdir()
    with open(feed, "w") as f:
        for r in texts:
            f.write(
                json.dumps(
                    {
                        "text": r["text"],
                        "publisher": r["publisher"],
                        "scrape_time": r["scrape_time"],
                    }
                )
                + "\n"
            )
    progress("real copies: clipper ...")
    rows = run_clipper([feed], work / "wire.db", workers)
    line_of = {}
    for row in rows:
        origin = row["origin"] or ""
        line_of[origin] = int(origin.rsplit(":", 1)[1]) - 1
    clipper_clusters: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        clipper_clusters[str(row["cluster_id"])].append(line_of[row["origin"]])
    stored = {i for m in clipper_clusters.values() for i in m}
    keys = [str(i) for i in range(len(texts))]
    sketches = glue.minhashes([r["text"] for r in texts])
    out: dict[str, Any] = {
        "documents": len(texts),
        "clipper": cluster_stats(clipper_clusters, texts, random.Random(1))
        | {"stored": len(stored), "not_stored": len(texts) - len(stored)},
    }
    cluster_of = {i: c for c, members in clipper_clusters.items() for i in members}
    for threshold in (0.8, 0.3):
        progress(f"real copies: glue {threshold} ...")
        glue_clusters: dict[str, list[int]] = defaultdict(list)
        for k, c in glue.cluster(keys, sketches, threshold).items():
            glue_clusters[c].append(int(k))
        out[f"glue_{threshold}"] = cluster_stats(glue_clusters, texts, random.Random(1))
        if threshold == 0.3:
            out["glue_0.3_pairs_clipper_split"] = glue_only_pairs(glue_clusters, cluster_of, texts)
    return out


def glue_only_pairs(
    glue_clusters: dict[str, list[int]], cluster_of: dict[int, str], texts: list[dict[str, Any]]
) -> dict[str, Any]:
    """Every pair the glue script put in one cluster that clipper did not, measured on the raw
    texts: Jaccard, shingle containment and word coverage of the shorter in the longer (the
    rule clipper verifies): a pair with low coverage is two different texts the glue script
    chained through a third."""
    from clipper.shingles import coverage, shingle_sequence, similarity
    from clipper.words import words

    seqs = {}

    def seq(i: int) -> Any:
        if i not in seqs:
            seqs[i] = shingle_sequence(words(texts[i]["text"]), 5)
        return seqs[i]

    pairs: list[dict[str, Any]] = []
    for members in glue_clusters.values():
        for x, a in enumerate(sorted(members)):
            for b in sorted(members)[x + 1 :]:
                if a in cluster_of and b in cluster_of and cluster_of[a] == cluster_of[b]:
                    continue
                sa, sb = seq(a), seq(b)
                if len(sa) > len(sb):
                    sa, sb = sb, sa
                jaccard, containment = similarity(np.unique(sa), np.unique(sb))
                pair: dict[str, Any] = {
                    "pair": [a, b],
                    "publishers": [texts[a]["publisher"], texts[b]["publisher"]],
                    "jaccard": round(jaccard, 3),
                    "containment": round(containment, 3),
                    "coverage": round(coverage(sa, np.unique(sb), 5), 3),
                    "stored": [a in cluster_of, b in cluster_of],
                }
                pairs.append(pair)
    buckets = Counter(
        "a page clipper did not store (cleaner: too short)"
        if not all(p["stored"])
        else "coverage ≥ 0.8 or J ≥ 0.5 (a copy clipper missed)"
        if p["coverage"] >= 0.8 or p["jaccard"] >= 0.5
        else "coverage 0.5-0.8 (partly shared text)"
        if p["coverage"] >= 0.5
        else "coverage < 0.5 (different texts: glue chained them)"
        for p in pairs
    )
    return {
        "pairs": len(pairs),
        "by_overlap": dict(buckets),
        "worst": sorted((p for p in pairs if all(p["stored"])), key=lambda p: -p["coverage"])[:15],
    }


# --------------------------------------------------------------------------- main


def _print_samples(title: str, stats: dict[str, Any]) -> None:
    print(
        f"\n{title}: {stats['clusters_with_copies']} clusters with copies "
        f"({stats['documents_in_copy_clusters']} docs), largest {stats['largest']}, "
        f"sizes {stats['size_histogram']}"
    )
    for a, b, sim in stats["sample_pairs"]:
        print(f"  {a['publisher'][:22]:22} | {a['start']}")
        print(f"  {b['publisher'][:22]:22} | {b['start']}")
        print(
            f"  {'':22} | raw-text 5-shingle Jaccard {sim['raw_text_jaccard']}, "
            f"containment {sim['raw_text_containment']}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 base articles (default)")
    parser.add_argument("--full", action="store_true", help="every base article of the set")
    parser.add_argument("--bases", type=int, default=None, help="number of base articles")
    parser.add_argument(
        "--set",
        choices=[*TEXT_SETS, "all"],
        default="all",
        help="texts the corpus is built from: tune (zyte + newspaper), confirm "
        "(story-chains-energy + same-story-pairs), holdout "
        "(wire-syndication-texts), languages (fundus-news-pages' expected "
        "bodies, 41 countries) or all four, one after the other (default)",
    )
    parser.add_argument(
        "--no-real", action="store_true", help="skip wire-syndication-texts (real copies)"
    )
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument(
        "--day-only",
        action="store_true",
        help="one page in three dated by its day alone (with --copy-times)",
    )
    parser.add_argument(
        "--copy-times",
        action="store_true",
        help="publish each copy up to 3 hours before or after its original "
        "(the same texts), so the page shown is chosen by date",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="explain every pair clipper missed and every false pair (bench/syndication_misses.py)",
    )
    args = parser.parse_args()
    if not SHARED_DATA.exists():
        print(shared_missing(SHARED_DATA))
        return
    run = Run("syndication")
    run.data["sets"] = {}
    work = fresh_dir("syndication")
    for name in TEXT_SETS if args.set == "all" else [args.set]:
        run.data["sets"][name] = corpus_run(name, args, work / name, run)
    real = None
    if not args.no_real and (SHARED_DATA / "wire-syndication-texts").exists():
        real = real_copies(work, args.workers)
    run.data.update({"glue_shingles": glue.SHINGLES, "real_copies": real})
    path = run.write()
    for name, data in run.data["sets"].items():
        print_set(name, data)
    if real:
        _print_samples("wire-syndication-texts, clipper", real["clipper"])
        _print_samples("wire-syndication-texts, glue 0.8", real["glue_0.8"])
        print(
            f"\nwire-syndication-texts multi-page clusters: clipper "
            f"{real['clipper']['clusters_with_copies']}, glue 0.8 "
            f"{real['glue_0.8']['clusters_with_copies']}, glue 0.3 "
            f"{real['glue_0.3']['clusters_with_copies']}"
        )
        split = real["glue_0.3_pairs_clipper_split"]
        print(
            f"pairs glue 0.3 put together and clipper did not: {split['pairs']} "
            f"{split['by_overlap']}"
        )
        for p in split["worst"][:8]:
            print(
                f"  {p['pair']} {p['publishers']} J {p['jaccard']} C {p['containment']} "
                f"coverage {p['coverage']} stored {p['stored']}"
            )
    print(f"loadavg start {run.data['loadavg_start']} end {run.data['loadavg_end']}; wrote {path}")


def corpus_run(name: str, args: argparse.Namespace, work: Path, run: Run) -> dict[str, Any]:
    all_bases, base_stats = load_bases(TEXT_SETS[name])
    n_bases = args.bases if args.bases else (None if args.full else 100)
    bases = _pick(all_bases, n_bases)
    by_id = {b.id: b for b in bases}
    corpus = work / "corpus"
    corpus.mkdir(parents=True)
    info = build_corpus(bases, corpus, copy_times=args.copy_times, day_only=args.day_only)
    inputs = [corpus / "html", corpus / "text", corpus / "feeds"]
    progress(f"{name}: {len(bases)} base articles, {len(info)} pages under {corpus}")
    progress("clipper ...")
    rows = run_clipper(inputs, work / "clipper.db", args.workers)
    assignment = clipper_assignment(rows, info)
    results = {"clipper": evaluate("clipper", assignment, info, by_id)}
    results["clipper"]["shown"] = shown_kinds(rows, info, assignment)
    progress(f"  pages shown, by kind: {results['clipper']['shown']}")
    if args.misses:
        import syndication_misses

        key_of = {k: pid for pid, p in info.items() for k in p.keys}
        misses = syndication_misses.explain(
            str(work / "clipper.db"), info, assignment, rows, key_of
        )
        results["clipper"]["misses"] = misses
        syndication_misses.print_misses(name, misses)
    progress("glue: extraction ...")
    docs = list(glue.read_inputs(inputs))
    by_key = {k: pid for pid, p in info.items() for k in p.keys}
    keys = [by_key[k] for k, _ in docs]
    sketches = glue.minhashes([t for _, t in docs])
    for threshold in (0.8, 0.5, 0.3):
        assignment = glue.cluster(keys, sketches, threshold)
        results[f"glue_{threshold}"] = evaluate(f"glue {threshold}", assignment, info, by_id)
        results[f"glue_{threshold}"]["empty_extractions"] = sum(1 for _, t in docs if not t)
    for system, r in results.items():
        for metric in ("precision", "recall", "f1", "ari"):
            run.add(figure(f"syndication ({name}) {metric}, {system}", r[metric]))
    c = results["clipper"]
    run.add(
        figure(
            f"syndication ({name}) precision, clipper",
            c["precision"],
            "",
            "≥ 0.995",
            c["precision"] >= 0.995,
        )
    )
    run.add(figure(f"syndication ({name}) F1, clipper", c["f1"], "", "≥ 0.985", c["f1"] >= 0.985))
    return {
        "corpus": {
            "texts": list(TEXT_SETS[name]),
            "base_articles": len(bases),
            "base_sources": dict(Counter(b.source for b in bases)),
            "base_selection": base_stats,
            "pages": len(info),
            "pages_by_kind": dict(Counter(p.kind for p in info.values())),
            "pages_by_form": dict(Counter(p.form for p in info.values())),
            "inputs": "HTML files, .txt dumps, one JSONL (text + html records), one WARC.gz",
        },
        "results": results,
    }


def print_set(name: str, data: dict[str, Any]) -> None:
    results = data["results"]
    corpus = data["corpus"]
    print(
        f"\n== {name}: {corpus['base_articles']} base articles ({', '.join(corpus['texts'])})"
        f" → {corpus['pages']} pages"
    )
    print(
        table(
            [
                [
                    system,
                    fmt(r["precision"]),
                    fmt(r["recall"]),
                    fmt(r["f1"]),
                    fmt(r["ari"]),
                    r["clusters"],
                    r["pages_missing"],
                ]
                for system, r in results.items()
            ],
            ["system", "precision", "recall", "F1", "ARI", "clusters", "pages not clustered"],
        )
    )
    print(
        f"\nwithout the {results['clipper']['pages_without_article_sentence']} copies that "
        "hold no article paragraph (article_paragraphs; make_copy makes none):"
    )
    print(
        table(
            [
                [
                    system,
                    fmt(r["with_article_sentence"]["precision"]),
                    fmt(r["with_article_sentence"]["recall"]),
                    fmt(r["with_article_sentence"]["f1"]),
                ]
                for system, r in results.items()
            ],
            ["system", "precision", "recall", "F1"],
        )
    )
    for what, values in (
        ("kind of copy", ["original", *KINDS, *ROUNDUP_KINDS, *VERSION_KINDS]),
        ("input form", list(FORMS)),
    ):
        key = "recall_by_kind" if what == "kind of copy" else "recall_by_form"
        print(f"\nrecall by {what} (same-label pairs involving a page of that {what}):")
        print(
            table(
                [
                    [v, *(fmt(results[s][key].get(v, float("nan"))) for s in results)]
                    for v in values
                ],
                [what, *results],
            )
        )
    print("\ncopies in their original's cluster, by kind:")
    print(
        table(
            [
                [
                    k,
                    *(
                        fmt(results[s]["with_original_by_kind"].get(k, float("nan")))
                        for s in results
                    ),
                ]
                for k in (*KINDS, *VERSION_KINDS)
            ],
            ["kind", *results],
        )
    )
    print("false-merge pairs:", {s: r["false_merge_pairs"] for s, r in results.items()})
    print("roundups [found, total]:", {s: r["roundups"] for s, r in results.items()})
    print(
        "briefs found with their original [found, total] by brief/original length:",
        {s: r["briefs_found_by_length_ratio"] for s, r in results.items()},
    )


if __name__ == "__main__":
    main()
