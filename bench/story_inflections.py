"""Follow-ups in languages that inflect their nouns and names: do they join their stories?  For
this tree and another checkout in one command.

    python bench/story_inflections.py [--against DIR] [--sets tune,confirm] [--seed 41]

Each set of ``bench/story_inflections_texts.py`` (invented follow-up chains in Polish,
Ukrainian, Russian, Czech, Slovak, Lithuanian and German, beside single reports of other events
of the same places and people; ``tune`` and ``confirm`` written apart) is read by
:func:`clipper.pipeline.dedupe` into a fresh archive (in a child process for each tree,
``--against`` an older checkout's clipper), once in the sets' order and once shuffled
(``--seed``), and its stories read back.  Scored over the pairs of articles of one language
(two languages are never one story): pairwise precision, recall and F1 of "same story" against
the labels, a language at a time and over the set, and the adjusted Rand index of the set's
stories (scikit-learn's).  Prints whether the shuffled order gave the same stories, and writes
``bench/results/story-inflections.json``.  Needs nothing of ``../shared``.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, Run, figure, loadavg, stories_in_tree, table
from sklearn.metrics import adjusted_rand_score
from story_inflections_texts import SETS, Story


def records(stories: list[Story]) -> list[dict[str, Any]]:
    """The set's articles as JSONL records, each its own site and address."""
    out = []
    for language, label, articles in stories:
        for n, (day, title, paragraphs) in enumerate(articles):
            site = f"{label}-{n}.example"
            out.append({
                "url": f"https://{site}/{language}/{label}/{n}",
                "title": title,
                "text": "\n\n".join(paragraphs),
                "date_publish": f"2026-11-{day:02d}T{8 + 3 * n:02d}:{(7 * n) % 60:02d}:00+01:00",
                "site": site,
                "language": language,
            })  # fmt: skip
    return out


def prf(pairs: list[tuple[bool, bool]]) -> dict[str, float]:
    """Precision, recall, F1 of (labelled same, put in one story) pairs."""
    tp = sum(label and got for label, got in pairs)
    fp = sum(got and not label for label, got in pairs)
    fn = sum(label and not got for label, got in pairs)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def scores(stories: list[Story], got: dict[str, int | None]) -> dict[str, Any]:
    """The set's figures (module docstring) from each article's story id (by address)."""
    articles = [
        (language, label, got.get(r["url"]))
        for r, (language, label) in zip(
            records(stories),
            [(lang, label) for lang, label, arts in stories for _ in arts],
            strict=True,
        )
    ]
    # an article left unstored is a story of its own
    predicted = [sid if sid is not None else f"none-{i}" for i, (_, _, sid) in enumerate(articles)]
    by_language: dict[str, list[tuple[bool, bool]]] = {}
    for (i, (lang_a, label_a, _)), (j, (lang_b, label_b, _)) in itertools.combinations(
        enumerate(articles), 2
    ):
        if lang_a == lang_b:
            by_language.setdefault(lang_a, []).append(
                (label_a == label_b, predicted[i] == predicted[j])
            )
    every = [pair for pairs in by_language.values() for pair in pairs]
    labels = [f"{lang}:{label}" for lang, label, _ in articles]
    ari = adjusted_rand_score(labels, [str(p) for p in predicted])
    urls = [r["url"] for r in records(stories)]
    return {
        "all": prf(every) | {"ari": round(ari, 4),
                             "same_pairs": sum(label for label, _ in every)},
        "languages": {lang: prf(pairs) for lang, pairs in sorted(by_language.items())},
        "partition": sorted(
            sorted(url for url, p in zip(urls, predicted, strict=True) if p == sid)
            for sid in set(predicted)
        ),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", metavar="DIR", help="another checkout to compare with")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--seed", type=int, default=41, help="the shuffled order's")
    args = parser.parse_args()
    names = args.sets.split(",")
    runs: dict[str, list[dict[str, Any]]] = {}
    for name in names:
        runs[name] = records(SETS[name])
        shuffled = list(runs[name])
        random.Random(args.seed).shuffle(shuffled)
        runs[f"{name}-shuffled"] = shuffled
    run = Run("story-inflections")
    trees = {"this": str(REPO)}
    if args.against:
        trees["against"] = os.path.abspath(args.against)
    results = {
        tree: {
            name: {r["url"]: story for r, story in zip(runs[name], stories, strict=True)}
            for name, stories in stories_in_tree(path, runs).items()
        }
        for tree, path in trees.items()
    }
    rows = []
    for name in names:
        for tree in trees:
            got = scores(SETS[name], results[tree][name])
            again = scores(SETS[name], results[tree][f"{name}-shuffled"])
            same_order = got["partition"] == again["partition"]
            every = got["all"]
            rows.append([name, tree, "all", every["precision"], every["recall"], every["f1"],
                         every["ari"], "yes" if same_order else "NO"])  # fmt: skip
            rows += [[name, tree, lang, f["precision"], f["recall"], f["f1"], "", ""]
                     for lang, f in got["languages"].items()]  # fmt: skip
            run.add(
                figure(f"inflected follow-ups {name} ({tree}): pairwise F1", every["f1"]),
                figure(f"inflected follow-ups {name} ({tree}): precision", every["precision"]),
                figure(f"inflected follow-ups {name} ({tree}): recall", every["recall"]),
                figure(f"inflected follow-ups {name} ({tree}): ARI", every["ari"]),
                figure(f"inflected follow-ups {name} ({tree}): shuffled order, same stories",
                       same_order, "", "True", same_order),
            )  # fmt: skip
            run.data.setdefault("sets", {}).setdefault(name, {})[tree] = {
                "all": every, "languages": got["languages"], "same_in_shuffled_order": same_order,
            }  # fmt: skip
    print(table(rows, ["set", "tree", "lang", "precision", "recall", "F1", "ARI", "shuffled same"]))
    print(f"load {loadavg()}")
    run.data["trees"] = trees
    print(f"wrote {run.write()}")


if __name__ == "__main__":
    main()
