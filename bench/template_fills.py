"""CPU of ``clipper.fillwords.fill_words`` a page, and the calendar fills it finds, for this
tree and another checkout in the same command (the ratio of the two).

``fill_words`` reads every word of every page (``clipper.matchview.match_view``): a figure, a
month or weekday name (``clipper.calendarwords``) or a name.  The pages: the first ``--pages``
of ``../shared/data/wire-syndication-texts`` (skipped without it), their words and names made
beforehand; CPU (``time.process_time``) of ``fill_words`` over them, the best of ``--rounds``,
in a child process per tree, the two trees interleaved.

    python bench/template_fills.py --against DIR [--pages 300] [--rounds 5] [--language en]

The pages are read as of ``--language`` (``fill_words``' language: a language's common words
fill no slot, ``clipper.calendarwords.common_words``), in a tree whose ``fill_words`` takes one.
"""

from __future__ import annotations

import argparse
import json
import os
from itertools import islice
from pathlib import Path

from _common import REPO, SHARED_DATA, Run, figure, in_tree, loadavg, shared_missing

TEXTS = SHARED_DATA / "wire-syndication-texts" / "articles.jsonl"

_CHILD = r"""
import json, sys, time
from clipper.templatefills import fill_words, name_words
from clipper.words import words
job = json.load(sys.stdin)
language = job["language"]
try:  # a page's language (a tree of before 'des 27 pays' takes none)
    fill_words(["des", "27"], (), language)
    fill = lambda w, n: fill_words(w, n, language)
except TypeError:
    fill = fill_words
prepared = []
for text in job["texts"]:
    word_list = words(text)
    prepared.append((word_list, name_words(text, word_list)))
best = float("inf")
for _ in range(job["rounds"]):
    start = time.process_time()
    for word_list, names in prepared:
        fill(word_list, names)
    best = min(best, time.process_time() - start)
calendar = sum(
    int(((fill(w, n)[1::2] >> 30) == 1).sum()) for w, n in prepared
)
print(json.dumps({"ms_a_page": 1000 * best / len(prepared), "calendar_fills": calendar}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", metavar="DIR", required=True)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--language",
        default="en",
        help="the pages' language, as stored (the wire texts are English)",
    )
    args = parser.parse_args()
    if not TEXTS.exists():
        print(shared_missing(TEXTS))
        return
    with TEXTS.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in islice(lines, args.pages)]
    job = {"texts": texts, "rounds": args.rounds, "language": args.language}
    run = Run("template_fills")
    trees = (("against", os.path.abspath(args.against)), ("this tree", str(REPO)))
    results: dict[str, dict[str, float]] = {}
    for _ in range(2):  # interleaved: each tree's best of its two runs
        for name, tree in trees:
            got = in_tree(tree, _CHILD, job)
            if name not in results or got["ms_a_page"] < results[name]["ms_a_page"]:
                results[name] = got
    for name, got in results.items():
        print(
            f"{name:10} fill_words {got['ms_a_page']:.3f} ms a page, calendar fills "
            f"{got['calendar_fills']} ({got['calendar_fills'] / len(texts):.1f} a page)"
        )
        run.add(
            figure(f"fill_words CPU a page ({name})", got["ms_a_page"], "ms"),
            figure(f"calendar fills ({name})", got["calendar_fills"], "fills"),
        )
    ratio = results["this tree"]["ms_a_page"] / results["against"]["ms_a_page"]
    print(f"ratio this tree / against: {ratio:.2f} ({len(texts)} pages; load {loadavg()})")
    run.add(figure("fill_words CPU ratio (this tree / against)", ratio, "x"))
    print(f"wrote {Path(run.write()).relative_to(REPO)}")


if __name__ == "__main__":
    main()
