"""How far the labelled pairs of bench/stories.py's sets sit from the story bar.

    python bench/story_margins.py [--against DIR] [--band 0.04]

Each set (story-chains-energy: its coder-1 pair labels; same-story-pairs: every pair of its 304
articles, "same" when they share ``story_group``) goes through :func:`clipper.pipeline.dedupe`
as bench/stories.py runs it (one worker), and each pair of articles is scored by the cosine of
their clusters' stored story vectors over the reporters' own words
(:func:`clipper.stories.termvector.own_similarity`; the plain cosine when neither quotes a
statement) against ``StoryConfig.min_similarity``.  Days, anchors and centroids are left out:
this is the margin of the vectors alone, what a tokenizer or weighting change moves.  Two
articles of one cluster are left out (they are one story whatever their vectors say).

Prints, a set and a tree: same-story pairs under the bar and within ``--band`` above it (the
nearest five), different-story pairs at or over the bar and within ``--band`` under it (the
nearest five).  ``--against DIR`` runs the script of DIR's tree too (a checkout to compare
with) and prints its figures first.  Quality figures, not timings: no bench lock needed.
Skips (exit 0) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

# the tree whose clipper is measured: this script's, or --against's (set for the run of it)
REPO = Path(os.environ.get("STORY_MARGINS_TREE") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(REPO))

from sqlalchemy import select  # noqa: E402

from clipper.archive import open_archive  # noqa: E402
from clipper.config import Config, StoryConfig  # noqa: E402
from clipper.models import Page, StoryVector  # noqa: E402
from clipper.pipeline import dedupe  # noqa: E402
from clipper.stories.termvector import Vector, own_similarity  # noqa: E402

DATA = REPO.parent / "shared" / "data"


def _records(name: str) -> tuple[list[dict[str, Any]], list[tuple[int, int, bool]]]:
    """A set's records (as bench/stories.py writes them) and its labelled pairs."""
    folder = DATA / name
    articles = [json.loads(line) for line in (folder / "articles.jsonl").open(encoding="utf-8")]
    if name == "story-chains-energy":
        index = {a["doc_id"]: i for i, a in enumerate(articles)}
        pairs = []
        with (folder / "pairs.tsv").open(encoding="utf-8") as f:
            next(f)
            for line in f:
                a, b, _, _, coder1, _ = line.rstrip("\n").split("\t")
                pairs.append((index[int(a)], index[int(b)], coder1 == "1"))
        records = [
            {"url": a["url"], "title": a["title"], "text": a["text"],
             "date_publish": a["date"], "site": a["site"]}
            for a in articles
        ]  # fmt: skip
        return records, pairs
    records = [
        {"title": a["title"], "text": a["text"], "date_publish": a["date"] or None,
         "site": a["source"]}
        for a in articles
    ]  # fmt: skip
    n = len(articles)
    pairs = [
        (i, j, articles[i]["story_group"] == articles[j]["story_group"])
        for i in range(n)
        for j in range(i + 1, n)
    ]
    return records, pairs


def _vectors(records: list[dict[str, Any]], workdir: Path) -> list[tuple[int, Vector] | None]:
    """Each record's (cluster id, its cluster's story vector), by position; None if not stored."""
    source = workdir / "input.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    archive = open_archive(str(workdir / "archive.db"))
    try:
        dedupe(archive, [str(source)], Config(workers=1))
        with archive.sessions() as session:
            pages = session.execute(select(Page.origin, Page.cluster_id)).all()
            vectors = {
                row.cluster_id: Vector.from_bytes(row.terms)
                for row in session.execute(select(StoryVector.cluster_id, StoryVector.terms))
            }
    finally:
        archive.close()
    out_list: list[tuple[int, Vector] | None] = [None] * len(records)
    for origin, cluster in pages:
        line = int(origin.rsplit(":", 1)[1]) - 1
        if cluster is not None and cluster in vectors:
            out_list[line] = (cluster, vectors[cluster])
    return out_list


def margins(name: str, band: float, scores: dict[str, float] | None = None) -> dict[str, Any]:
    """The set's pairs near the bar (see the module docstring)."""
    bar = StoryConfig().min_similarity
    records, pairs = _records(name)
    with tempfile.TemporaryDirectory() as tmp:
        vectors = _vectors(records, Path(tmp))
    same: list[float] = []
    different: list[float] = []
    for a, b, label in pairs:
        one, other = vectors[a], vectors[b]
        if one is None or other is None or one[0] == other[0]:
            continue
        score = own_similarity(one[1], other[1])
        if score is None:
            score = float(one[1].weights.astype(float) @ _aligned(one[1], other[1]))
        (same if label else different).append(round(score, 4))
        if scores is not None:
            scores[f"{a} {b} {int(label)}"] = round(score, 4)
    return {
        "set": name,
        "bar": bar,
        "same_pairs": len(same),
        "same_under_bar": sum(s < bar for s in same),
        "same_within_band_over": sum(bar <= s < bar + band for s in same),
        "same_nearest_over": sorted(s for s in same if s >= bar)[:5],
        "different_pairs": len(different),
        "different_over_bar": sum(s >= bar for s in different),
        "different_within_band_under": sum(bar - band <= s < bar for s in different),
        "different_nearest_under": sorted((s for s in different if s < bar), reverse=True)[:5],
    }


def _aligned(first: Vector, second: Vector) -> Any:
    """``second``'s weights at ``first``'s keys (0 where it has none)."""
    import numpy as np

    out = np.zeros(len(first.keys))
    at = np.searchsorted(second.keys, first.keys)
    at[at == len(second.keys)] = 0
    shared = second.keys[at] == first.keys
    out[shared] = second.weights[at[shared]]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", help="another checkout's tree, run first")
    parser.add_argument("--band", type=float, default=0.04)
    parser.add_argument("--scores", help="write every pair's score to this JSON file")
    args = parser.parse_args()
    if not DATA.is_dir():
        from _common import shared_missing

        print(shared_missing(DATA))
        return 0
    if args.against:
        tree = str(Path(args.against).resolve())
        subprocess.run(
            [sys.executable, __file__, "--band", str(args.band)],
            check=True,
            env=os.environ | {"PYTHONPATH": tree, "STORY_MARGINS_TREE": tree},
            cwd=tree,
        )
    scores: dict[str, dict[str, float]] = {}
    for name in ("story-chains-energy", "same-story-pairs"):
        found = margins(name, args.band, scores.setdefault(name, {}))
        print(json.dumps(found | {"tree": str(REPO)}, ensure_ascii=False), flush=True)
    if args.scores:
        Path(args.scores).write_text(json.dumps(scores), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
