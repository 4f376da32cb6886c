"""The story stage's own-words rule on one night's links: a pair at a time against all at once.

    python bench/story_own_words.py [--docs 10000]

A link between two clusters that both quote a statement is kept only when it clears
``own_similarity_share`` of its bar over the reporters' own words
(:func:`clipper.stories.termvector.own_similarity`).  One in-process ``dedupe`` (default
config) of the first ``--docs`` records of ``bench/oneday.py``'s one-day corpus (built at run
time from ``../shared/data/wire-syndication-texts``, never committed); every call of
``clipper.stories.linkrules.own_words_kept`` is answered twice on the same links, in alternating
order: the way the stage asked before (a pair at a time: :func:`own_unit` of each end, the
bar, the bound, :func:`own_similarity`) and the stage's own (:func:`own_similarities`, the
pairs' shared terms looked up at once).  Prints the main thread's CPU seconds of each, their
ratio, the pairs asked, and how many decisions differ (must be 0).  Writes
``bench/results/story-own-words.json``.  Without ``../shared/data`` it prints "skipped".
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import oneday
from _common import WORK, Run, figure, progress, shared_missing

from clipper.archive import open_archive
from clipper.config import Config, StoryConfig
from clipper.run import dedupe
from clipper.stories import linkrules
from clipper.stories.bars import threshold
from clipper.stories.termvector import Vector, own_similarity, own_unit


def pair_at_a_time(
    sims: npt.NDArray[np.float64],
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
    vectors: list[Vector],
    days: npt.NDArray[np.int64],
    config: StoryConfig,
) -> npt.NDArray[np.bool_]:
    """The rule as the stage applied it before (main ``c4cbc0a``), a link at a time."""
    kept = np.zeros(len(first), np.bool_)
    units: dict[int, Any] = {}
    for k, (f, s) in enumerate(zip(first.tolist(), second.tolist(), strict=True)):
        for i in (f, s):
            if i not in units:
                units[i] = own_unit(vectors[i])
        pair = units[f], units[s]
        bar = config.own_similarity_share * threshold(abs(int(days[f]) - int(days[s])), config)
        if float(sims[k]) - sum(u[1] for u in pair if u is not None) >= bar:
            kept[k] = True
            continue
        own = own_similarity(vectors[f], vectors[s], pair)
        kept[k] = own is None or own >= bar
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    args = parser.parse_args()
    if not oneday.SOURCE.exists():
        print(shared_missing(oneday.SOURCE))
        return
    run = Run("story-own-words")
    path = oneday.corpus(args.docs)
    at_once = linkrules.own_words_kept
    spent = {"pair at a time": 0.0, "at once": 0.0}
    counts = {"calls": 0, "pairs": 0, "differ": 0}

    def both(*asked: Any) -> npt.NDArray[np.bool_]:
        ways = [("pair at a time", pair_at_a_time), ("at once", at_once)]
        if counts["calls"] % 2:
            ways.reverse()
        answers = {}
        for name, way in ways:
            started = time.thread_time()
            answers[name] = way(*asked)
            spent[name] += time.thread_time() - started
        counts["calls"] += 1
        counts["pairs"] += len(asked[1])
        counts["differ"] += int((answers["pair at a time"] != answers["at once"]).sum())
        return answers["at once"]

    linkrules.own_words_kept = both  # type: ignore[assignment]
    db = WORK / "oneday" / f"own-words-{args.docs}.db"
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    progress(f"dedupe of {args.docs:,} one-day records, the own-words rule answered twice ...")
    archive = open_archive(str(db))
    try:
        dedupe(archive, [str(path)], Config())
    finally:
        archive.close()
        linkrules.own_words_kept = at_once
    ratio = spent["at once"] / spent["pair at a time"] if spent["pair at a time"] else None
    run.data.update({"docs": args.docs, "cpu_s": spent, **counts})
    run.add(
        figure("own-words rule, a pair at a time: CPU", spent["pair at a time"], "s"),
        figure("own-words rule, at once: CPU", spent["at once"], "s"),
        figure("at once ÷ a pair at a time", ratio, "×"),
        figure("links asked", counts["pairs"], ""),
        figure("decisions that differ", counts["differ"], "", "0", counts["differ"] == 0),
    )
    print(
        f"{args.docs:,} one-day records: {counts['calls']} calls, {counts['pairs']:,} links "
        f"asked; CPU a pair at a time {spent['pair at a time']:.2f} s, at once "
        f"{spent['at once']:.2f} s ({fmt_ratio(ratio)}); decisions that differ: "
        f"{counts['differ']}"
    )
    print(f"→ {run.write()}")


def fmt_ratio(ratio: float | None) -> str:
    return "n/a" if ratio is None else f"{ratio:.3f}×"


if __name__ == "__main__":
    main()
