"""Which candidate rule bounds the fan-out of passage and opening keys without losing matches:
measured offline on finished archives (issue 10's "choose by measurement").

    python bench/candidate_rules.py [--archive DB ...] [--caps 16 32 64] [--window 1000] [--lead]

A pair found only through passage or opening keys is verified when the two pages share
``MatchConfig.passage_share`` of the smaller page's keys (``clipper.match.shares_passages``).
On a day of pages reusing wire paragraphs a key is held by hundreds of pages, and every one of
them is a candidate of every other.  Three rules for which of a key's holders count as
sharing it, each a function of the archive's final pages (what a run would give once every
displaced pair is taken back, so the same for any order and any split into nights):

* ``every holder`` (clipper now): every two pages holding the key share it;
* ``cap T``: a key held by more than T pages counts for no pair (a document-frequency cap);
* ``T representatives``: two pages share a key when one of them is among the key's T
  longest holders (most words, then content hash: a total order that is a property of each
  page), so every page is compared with at most T holders of each key, and the longest texts,
  which become canonicals, with all of them.

Full-text band keys (Jaccard) are left as they are by all three; lead-band keys (shared
openings) too, unless ``--lead``.

For each archive: every page's keys are made again from its stored text (``Config``'s
defaults, as the archive's run used), and for the last ``--window`` pages by id (the last
batch of a run: ids follow arrival) it prints the candidate pairs each has with pages before
it under each rule (the fan-out: mean, 99th percentile, largest), and how many of the
archive's matches whose later page is in the window each rule would no longer verify: all,
those inside one cluster, and those with their cluster's canonical (a copy that would no
longer join its cluster unless another match brings it).

Archives: by default every one that ``bench/oneday.py`` (``run-N``) and
``bench/syndication.py`` left under ``bench/.work``.  On a syndication archive stories have
3-10 copies, so small T (``--caps 4 8``) stands in for a widely syndicated story whose keys
are held by more pages than T.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import WORK, Run, figure, fmt, progress, table

from clipper.config import Config
from clipper.fingerprint import fingerprint_texts
from clipper.minhash import MinHasher, index_keys
from clipper.templates import restore_lines

KINDS = ("band", "lead", "passage", "opening")
Array = npt.NDArray[np.int64]


def page_keys(db: Path) -> dict[str, Any]:
    """Every page's keys by kind, remade from its stored text: ``{kind: (keys, ids)}`` flat and
    parallel, each (key, page) once; and per page its place in the holders' order."""
    config = Config()
    hasher = MinHasher(config.fingerprint)
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT id, text, template_lines, word_count, content_hash, source_key FROM pages "
        "ORDER BY id"
    ).fetchall()
    parts: dict[str, tuple[list[Array], list[Array]]] = {kind: ([], []) for kind in KINDS}
    bands = config.fingerprint.lsh_bands
    for start in range(0, len(rows), 1000):
        chunk = rows[start : start + 1000]
        texts = [restore_lines(text, json.loads(cut or "[]")) for _, text, cut, *_ in chunk]
        prints = fingerprint_texts(texts, hasher)
        present = [(row, fp) for row, fp in zip(chunk, prints, strict=True) if fp is not None]
        both = index_keys(
            np.vstack([fp.signature for _, fp in present]),
            np.vstack([fp.lead_signature for _, fp in present]),
            config.fingerprint,
        )
        for (row, fp), banded in zip(present, both, strict=True):
            for kind, keys in (
                ("band", banded[:bands]),  # full-text bands: never capped by any rule
                ("lead", banded[bands:]),  # lead bands: capped only with --lead
                ("passage", fp.passage_keys),
                ("opening", fp.opening_index_keys()),
            ):
                keys = np.unique(keys)
                parts[kind][0].append(keys)
                parts[kind][1].append(np.full(len(keys), row[0], dtype=np.int64))
    ids = np.array([row[0] for row in rows], dtype=np.int64)
    # the order of a key's holders: most words first, then content hash, then source key
    ranked = sorted(range(len(rows)), key=lambda i: (-rows[i][3], rows[i][4], rows[i][5]))
    order = np.empty(len(rows), dtype=np.int64)
    order[ranked] = np.arange(len(rows))
    return {
        "keys": {kind: (np.concatenate(k), np.concatenate(i)) for kind, (k, i) in parts.items()},
        "ids": ids,
        "order": dict(zip(ids.tolist(), order.tolist(), strict=True)),
    }


def groups(keys: Array, ids: Array, order: Array) -> Iterator[Array]:
    """Each key's holders (page ids, best order first), keys held by two pages or more."""
    sort = np.lexsort((order, keys))
    keys, ids = keys[sort], ids[sort]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.diff(np.r_[starts, len(keys)])
    for start, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist(), strict=True):
        yield ids[start : start + size]


def shared_counts(
    keys: Array, ids: Array, order: Array, first: int, rule: str, cap: int
) -> tuple[Array, Array]:
    """``(codes, n)``: each pair (a, b), ``a < b``, ``b ≥ first`` (a window page and a page
    before it) as ``a · 2^32 + b``, and how many keys they share under ``rule``."""
    codes: list[Array] = []
    for members in groups(keys, ids, order):
        late = members[members >= first]
        if not len(late):
            continue
        if rule == "cap" and len(members) > cap:
            continue
        for b in late.tolist():
            if rule == "reps" and len(members) > cap and b not in members[:cap]:
                others = members[:cap]
            else:
                others = members
            before = others[others < b]
            codes.append(before << 32 | b)
    if not codes:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    return np.unique(np.concatenate(codes), return_counts=True)


def candidates(
    data: dict[str, Any], first: int, rule: str, cap: int, share: float, lead: bool
) -> Array:
    """The window's candidate pairs (codes, sorted) under ``rule`` (for lead keys too with
    ``lead``)."""
    order_of = data["order"]
    per_kind: dict[str, tuple[Array, Array]] = {}
    held: dict[str, dict[int, int]] = {}
    for kind in KINDS:
        keys, ids = data["keys"][kind]
        order = np.array([order_of[i] for i in ids.tolist()], dtype=np.int64)
        ruled = kind in ("passage", "opening") or (kind == "lead" and lead)
        per_kind[kind] = shared_counts(keys, ids, order, first, rule if ruled else "all", cap)
        pages, counts = np.unique(ids, return_counts=True)
        held[kind] = dict(zip(pages.tolist(), counts.tolist(), strict=True))
    found = [per_kind["band"][0], per_kind["lead"][0]]
    for kind in ("passage", "opening"):
        codes, n = per_kind[kind]
        a, b = codes >> 32, codes & 0xFFFFFFFF
        size_a = np.array([held[kind].get(x, 0) for x in a.tolist()], dtype=np.int64)
        size_b = np.array([held[kind].get(x, 0) for x in b.tolist()], dtype=np.int64)
        found.append(codes[n >= share * np.minimum(size_a, size_b)])
    return np.unique(np.concatenate(found))


def measure(db: Path, caps: list[int], window: int, lead: bool) -> dict[str, Any]:
    progress(f"{db}: remaking every page's keys ...")
    data = page_keys(db)
    con = sqlite3.connect(db)
    first = int(data["ids"][-window]) if len(data["ids"]) > window else int(data["ids"][0])
    cluster = dict(con.execute("SELECT id, cluster_id FROM pages").fetchall())
    canonicals = {row[0] for row in con.execute("SELECT canonical_page_id FROM clusters")}
    edges = np.array(
        sorted(
            {
                min(a, b) << 32 | max(a, b)
                for a, b in con.execute("SELECT page_id, better_page_id FROM matches")
                if max(a, b) >= first
            }
        ),
        dtype=np.int64,
    )
    share = Config().match.passage_share
    out: dict[str, Any] = {"archive": str(db), "pages": len(data["ids"]),
                           "window_pages": int((data["ids"] >= first).sum()),
                           "window_edges": len(edges), "rules": []}
    rules = [("every holder", "all", 0)] + [
        (f"{name} {cap}", rule, cap) for cap in caps for name, rule in
        (("cap", "cap"), ("representatives", "reps"))
    ]
    for label, rule, cap in rules:
        found = candidates(data, first, rule, cap, share, lead)
        per_page = np.bincount((found & 0xFFFFFFFF) - first, minlength=out["window_pages"])
        lost = edges[~np.isin(edges, found)]
        same = [c for c in lost.tolist() if cluster[c >> 32] == cluster[c & 0xFFFFFFFF]]
        with_canonical = [c for c in same if (c >> 32) in canonicals
                          or (c & 0xFFFFFFFF) in canonicals]
        out["rules"].append({
            "rule": label, "pairs": len(found), "per_page_mean": float(per_page.mean()),
            "per_page_p99": float(np.percentile(per_page, 99)), "per_page_max": int(per_page.max()),
            "edges_lost": len(lost), "lost_in_one_cluster": len(same),
            "lost_with_canonical": len(with_canonical),
        })
        progress(f"  {label}: {len(found):,} pairs, {len(lost)} matches lost")
    return out


def default_archives() -> list[Path]:
    found = sorted((WORK / "oneday").glob("run-*/archive.db"), key=lambda p: int(p.parent.name[4:]))
    return found + sorted((WORK / "syndication").glob("*/clipper.db"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", type=Path, action="append", help="a finished SQLite archive")
    parser.add_argument("--caps", type=int, nargs="+", default=[16, 32, 64])
    parser.add_argument("--window", type=int, default=1000, help="the last pages by id")
    parser.add_argument("--lead", action="store_true",
                        help="apply the cap / representatives to lead-band keys too")
    args = parser.parse_args()
    archives = args.archive or default_archives()
    if not archives:
        print("skipped: no archive (run bench/oneday.py or bench/syndication.py first)")
        return
    run = Run("candidate_rules")
    results = [measure(db, args.caps, args.window, args.lead) for db in archives]
    for result in results:
        print(f"\n{result['archive']}: {result['pages']:,} pages; the last "
              f"{result['window_pages']:,} (window) with {result['window_edges']:,} matches")
        print(table(
            [[r["rule"], f"{r['pairs']:,}", fmt(r["per_page_mean"], 1), fmt(r["per_page_p99"], 0),
              r["per_page_max"], r["edges_lost"], r["lost_in_one_cluster"],
              r["lost_with_canonical"]] for r in result["rules"]],
            ["rule", "pairs", "per page", "p99", "max", "matches lost", "in one cluster",
             "with the canonical"],
        ))
        name = Path(result["archive"]).parent.name
        for r in result["rules"]:
            run.add(figure(f"{name}, {r['rule']}: candidate pairs per window page",
                           round(r["per_page_mean"], 1)),
                    figure(f"{name}, {r['rule']}: matches with the canonical lost",
                           r["lost_with_canonical"]))
    run.data["archives"] = results
    print(f"\nwrote {run.write()}")


if __name__ == "__main__":
    main()
