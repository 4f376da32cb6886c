"""Local briefs of one day sharing sentence frames: how many are wrongly joined into stories, a
language at a time, for this tree and another checkout in one command.

    python bench/local_briefs.py [--against DIR] [--items 24] [--seed 37]
                                 [--languages es,pt,ar,fa,he,ru,tr]

Each item is a local brief of one day: a headline and 7 sentences (3 paragraphs) drawn from
one pool of 12 sentence frames (``bench/local_briefs_texts.py``), a place (one of 8) and numbers
filled in, the same draws in every language (so the languages differ only in how they write
the same twelve events).  Every item is another report (no two are about one event: two items
of one place share at most some of their frames, never a report), so every pair joined in a
story is a wrong join.  Each language's items are read by :func:`clipper.pipeline.dedupe`
into a fresh archive (in a child process for each tree, ``--against`` an older checkout's
clipper), and its stories read back.  Prints per language and tree the pairs wrongly put in
one story, the largest story and the items sharing a story, and writes
``bench/results/local-briefs.json``.  Needs nothing of ``../shared``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, Run, figure, loadavg, stories_in_tree, table
from local_briefs_texts import FRAMES, PLACES


def briefs(language: str, items: int, seed: int = 37) -> list[dict[str, Any]]:
    """``items`` records of ``language``: the same places, frames and numbers drawn for every
    language (one generator a language, seeded alike)."""
    rng = random.Random(seed)
    frames, places = FRAMES[language], PLACES[language]
    records = []
    for i in range(items):
        place = places[rng.randrange(len(places))]
        order = rng.sample(range(len(frames)), 7)
        sentences = [frames[k].format(p=place, n=rng.randint(3, 900)) for k in order]
        paragraphs = [" ".join(sentences[:3]), " ".join(sentences[3:5]), " ".join(sentences[5:])]
        records.append({
            "url": f"https://local{i % 3}.example/{language}/brief-{i:03d}",
            "title": sentences[0].rstrip("."),
            "text": "\n\n".join(paragraphs),
            "date_publish": f"2026-11-20T{6 + i * 12 // items:02d}:{(i * 7) % 60:02d}:00+00:00",
            "site": f"local{i % 3}.example",
            "language": language,
        })  # fmt: skip
    return records


def scores(stories: list[int | None]) -> dict[str, int]:
    """Pairs put in one story (every one wrong here), the largest story's items, the items
    sharing a story with another."""
    sizes: dict[int, int] = {}
    for sid in stories:
        if sid is not None:
            sizes[sid] = sizes.get(sid, 0) + 1
    return {
        "wrong_pairs": sum(n * (n - 1) // 2 for n in sizes.values()),
        "largest_story": max(sizes.values(), default=0),
        "joined_items": sum(n for n in sizes.values() if n > 1),
        "unstored": stories.count(None),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", metavar="DIR", help="another checkout to compare with")
    parser.add_argument("--items", type=int, default=24)
    parser.add_argument("--seed", type=int, default=37, help="the draws (places, frames, numbers)")
    parser.add_argument("--languages", default=",".join(FRAMES))
    args = parser.parse_args()
    languages = args.languages.split(",")
    runs = {lang: briefs(lang, args.items, args.seed) for lang in languages}
    run = Run("local-briefs")
    trees = {"this": str(REPO)}
    if args.against:
        trees["against"] = os.path.abspath(args.against)
    results = {name: stories_in_tree(tree, runs) for name, tree in trees.items()}
    rows = []
    for lang in languages:
        row: list[Any] = [lang]
        for name in trees:
            got = scores(results[name][lang])
            row += [got["wrong_pairs"], got["largest_story"], got["joined_items"]]
            run.add(
                figure(f"local briefs {lang} ({name}): pairs wrongly in one story",
                       got["wrong_pairs"], "pairs", "0", got["wrong_pairs"] == 0),
                figure(f"local briefs {lang} ({name}): largest story", got["largest_story"],
                       "items"),
            )  # fmt: skip
        rows.append(row)
    headers = ["lang"]
    for name in trees:
        headers += [f"{name}: wrong pairs", "largest", "joined"]
    print(table(rows, headers))
    print(f"{args.items} items a language; load {loadavg()}")
    run.data["trees"] = trees
    print(f"wrote {run.write()}")


if __name__ == "__main__":
    main()
