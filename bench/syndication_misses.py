"""Why clipper missed each copy of a labelled syndication corpus (``bench/syndication.py
--misses``).

For every label whose pages clipper spread over more than one cluster, the label's *main*
cluster is the one holding its wire original (else its largest); every page of the label
outside it is explained against the main cluster's canonical:

* ``rejected``: the page was never stored (the cleaner's reason is in ``clipper rejections``);
* ``not a candidate``: the two pages share no full-text or lead band key, and their passage
  and opening keys fail ``candidates.passage_shares`` (or they share none);
* ``rejected in verification``: a candidate that ``match.verify`` turns down, with the
  figures it decides on (Jaccard, word coverage, head coverage, opening offset, longest run);
* ``joined elsewhere``: verification accepts the pair (an edge is stored) but the cluster
  rule filed the page with another canonical, or kept it apart (rule 3 of
  ``clipper.cluster``).

Each off page is charged the missed pairs it takes part in (a pair of two off pages, once).
Every false pair (two labels in one cluster) is listed with both pages' start.  The pages'
figures are computed again from the stored text exactly as the pipeline does, so this is a
reading of the archive the run left, not a second implementation of the rules.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

import numpy as np
from sqlalchemy import select

from clipper.archive import open_archive
from clipper.candidates import passage_shares
from clipper.config import Config
from clipper.fingerprint import Fingerprint, fingerprint_texts
from clipper.match import Candidate, verify
from clipper.minhash import MinHasher, index_keys
from clipper.models import Cluster, Match, Page
from clipper.pairrules import opening_offset
from clipper.shingles import hits_coverage, shingle_hits, similarity
from clipper.templates import restore_lines


class Info(Protocol):
    label: str
    kind: str
    form: str
    has_sentence: bool


@dataclass
class Stored:
    page_id: int
    cluster_id: int | None
    text: str
    fingerprint: Fingerprint
    rank: tuple[object, ...]


def _longest_run(hit: np.ndarray, width: int) -> int:
    """Longest run of words inside shared shingles."""
    best = run = 0
    for h in hit.tolist():
        run = run + 1 if h else 0
        best = max(best, run)
    return best + width - 1 if best else 0


def explain(db: str, info: Mapping[str, Info], assignment: dict[str, str],
            rows: list[dict[str, Any]], key_of: dict[str, str]) -> dict[str, Any]:
    """The misses of one clipper run: ``info`` page id → label/kind/form, ``assignment`` page
    id → cluster (``c<id>``), ``rows`` the export records, ``key_of`` export origin → page id."""
    config = Config()
    hasher = MinHasher(config.fingerprint)
    archive = open_archive(db)
    with archive.sessions() as session:
        pages = session.execute(
            select(Page.id, Page.origin, Page.url, Page.text, Page.template_lines,
                   Page.cluster_id, Page.word_count)
        ).all()
        edges = {(m.page_id, m.better_page_id) for m in session.execute(select(Match)).scalars()}
        canonical_of = dict(session.execute(select(Cluster.id, Cluster.canonical_page_id)).all())
    archive.close()
    page_of_id: dict[int, str] = {}
    texts: dict[str, tuple[int, int | None, str, int]] = {}
    for pid, origin, url, text, template_lines, cluster_id, word_count in pages:
        page = key_of.get(url or "") or key_of.get(origin or "")
        if page is None:
            page = next((p for k, p in key_of.items() if (origin or "").endswith(k)), None)
        if page is None:
            continue
        page_of_id[pid] = page
        texts[page] = (pid, cluster_id, restore_lines(text, json.loads(template_lines or "[]")),
                       word_count)
    order = sorted(texts)
    prints = fingerprint_texts([texts[p][2] for p in order], hasher)
    stored: dict[str, Stored] = {}
    for page, fp in zip(order, prints, strict=True):
        if fp is None:
            continue
        pid, cid, text, wc = texts[page]
        stored[page] = Stored(pid, cid, text, fp, (-wc, page))

    def candidate(s: Stored) -> Candidate:
        f = s.fingerprint
        return replace(Candidate.of(s.page_id, f.match, s.rank), passage_keys=f.passage_keys,
                       opening_keys=f.opening_keys)

    def why(a: Stored, b: Stored) -> tuple[str, dict[str, Any]]:
        fa, fb = a.fingerprint, b.fingerprint
        bands = set(index_keys(fa.signature[None], fa.lead_signature[None], config.fingerprint)
                    [0].tolist()) & set(index_keys(fb.signature[None], fb.lead_signature[None],
                                                   config.fingerprint)[0].tolist())
        common_p = len(np.intersect1d(fa.passage_keys, fb.passage_keys))
        common_o = len(np.intersect1d(fa.opening_index_keys(), fb.opening_index_keys()))
        shares = bool(passage_shares(
            np.array([common_p]), np.array([common_o]),
            (np.array([len(fa.passage_keys)]), np.array([len(fb.passage_keys)])),
            (np.array([len(fa.opening_keys)]), np.array([len(fb.opening_keys)])),
            config.match.passage_share)[0])
        shorter, longer = sorted((a, b), key=lambda s: len(s.fingerprint.shingle_sequence))
        hit = shingle_hits(shorter.fingerprint.shingle_sequence, longer.fingerprint.shingles)
        width = config.fingerprint.shingle_words
        figures = {
            "jaccard": round(similarity(fa.shingles, fb.shingles)[0], 3),
            "coverage": round(hits_coverage(hit, width), 3),
            "head": round(hits_coverage(hit, width, config.match.brief_head), 3),
            "offset": opening_offset(shorter.fingerprint.shingle_sequence, hit,
                                     candidate(longer)),
            "run": _longest_run(hit, width),
            "words": [shorter.fingerprint.word_count, longer.fingerprint.word_count],
            "bands": len(bands),
            "passage_keys": [common_p, len(fa.passage_keys), len(fb.passage_keys)],
            "opening_keys": [common_o, len(fa.opening_keys), len(fb.opening_keys)],
        }
        if (a.page_id, b.page_id) in edges or (b.page_id, a.page_id) in edges:
            return "joined elsewhere", figures
        if not bands and not shares:
            return "not a candidate", figures
        if verify([(candidate(a), candidate(b))], config.match, width):
            return "verified now, no edge stored (?)", figures
        return "rejected in verification", figures

    by_label: dict[str, list[str]] = defaultdict(list)
    for page in sorted(info):
        by_label[info[page].label].append(page)
    misses: list[dict[str, Any]] = []
    for _label, members in sorted(by_label.items()):
        clusters = Counter(assignment.get(p, f"missing:{p}") for p in members)
        if len(clusters) == 1:
            continue
        original = next((p for p in members if info[p].kind == "original"), None)
        if original in stored:
            main = assignment[original]
        else:
            main = max(clusters, key=lambda c: (clusters[c], c))
        main_canonical_id = canonical_of.get(int(main[1:])) if main.startswith("c") else None
        main_canonical = page_of_id.get(main_canonical_id or -1)
        off = [p for p in members if assignment.get(p, f"missing:{p}") != main]
        charged: set[tuple[str, str]] = set()
        for page in off:
            pairs = 0
            for other in members:
                if other == page or assignment.get(other, "x" + other) == assignment.get(
                        page, "y" + page):
                    continue
                key = (min(page, other), max(page, other))
                if key in charged:
                    continue
                charged.add(key)
                pairs += 1
            row: dict[str, Any] = {
                "page": page, "kind": info[page].kind, "form": info[page].form,
                "has_sentence": info[page].has_sentence, "missed_pairs": pairs,
            }
            if page not in stored:
                row["reason"] = "rejected"
            elif main_canonical is None or main_canonical not in stored:
                row["reason"] = "main cluster has no stored canonical"
            else:
                reason, figures = why(stored[page], stored[main_canonical])
                row["reason"] = reason
                row["against"] = main_canonical
                row.update(figures)
                # the page of its label outside its cluster it shares most with, when not the
                # canonical: a copy of the wire's page can miss the canonical (a version of it)
                # and still match that page
                others = [o for o in members if o in stored and o != page
                          and o != main_canonical and assignment.get(o) != assignment.get(page)]
                if others:
                    this = stored[page]
                    nearest = max(
                        others, key=lambda o: (why(this, stored[o])[1]["coverage"], o)
                    )
                    near_reason, near = why(stored[page], stored[nearest])
                    row["nearest"] = (f"{nearest} {near_reason} coverage={near['coverage']} "
                                      f"jaccard={near['jaccard']} offset={near['offset']} "
                                      f"passage_keys={near['passage_keys']} "
                                      f"opening_keys={near['opening_keys']} bands={near['bands']}")
                here = canonical_of.get(stored[page].cluster_id or -1)
                if here is not None and here in page_of_id:
                    other = page_of_id[here]
                    row["in_cluster_of"] = f"{other} ({info[other].label})"
                row["start"] = " ".join(stored[page].text.split())[:160]
            misses.append(row)
    false_pairs: list[dict[str, Any]] = []
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for page, cluster in assignment.items():
        by_cluster[cluster].append(page)
    for cluster, members in sorted(by_cluster.items()):
        labels = Counter(info[p].label for p in members)
        if len(labels) < 2:
            continue
        minority = [p for p in members if labels[info[p].label] != max(labels.values())]
        false_pairs.append({
            "cluster": cluster,
            "labels": dict(labels),
            "pages": [{"page": p, "kind": info[p].kind, "form": info[p].form,
                       "start": " ".join(stored[p].text.split())[:160] if p in stored else None}
                      for p in sorted(members) if p in minority or info[p].kind == "original"],
        })
    summary: Counter[str] = Counter()
    for row in misses:
        sentence = "with a sentence" if row["has_sentence"] else "no article sentence"
        summary[f"{row['reason']} / {sentence}"] += row["missed_pairs"]
    return {"missed_pairs_by_reason": dict(summary.most_common()), "misses": misses,
            "false_pairs": false_pairs}


def print_misses(name: str, result: dict[str, Any]) -> None:
    print(f"\n== {name}: missed pairs by reason (each charged to a page outside its label's "
          "main cluster)")
    for reason, n in result["missed_pairs_by_reason"].items():
        print(f"  {n:5d}  {reason}")
    by_kind: Counter[tuple[str, str]] = Counter()
    for row in result["misses"]:
        by_kind[(row["kind"], row["reason"])] += row["missed_pairs"]
    print("  by kind:", {f"{k}/{r}": n for (k, r), n in sorted(by_kind.items())})
    for row in sorted(result["misses"], key=lambda r: (r["reason"], r["kind"], r["page"])):
        figures = " ".join(f"{k}={row[k]}" for k in ("jaccard", "coverage", "head", "offset",
                                                      "run", "words", "bands", "passage_keys",
                                                      "opening_keys") if k in row)
        print(f"- {row['page']} {row['kind']}/{row['form']} sentence={row['has_sentence']} "
              f"pairs={row['missed_pairs']} {row['reason']} vs {row.get('against')} {figures}")
        if "nearest" in row:
            print(f"    nearest page of its label: {row['nearest']}")
        if "in_cluster_of" in row:
            print(f"    in the cluster of {row['in_cluster_of']}")
        if row.get("start"):
            print(f"    | {row['start']}")
    for fp in result["false_pairs"]:
        print(f"false pairs in {fp['cluster']}: {fp['labels']}")
        for p in fp["pages"]:
            print(f"    {p['page']} {p['kind']}/{p['form']} | {p['start']}")
