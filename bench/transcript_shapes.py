"""Text dumps that are not broadcast transcripts stay text dumps: real texts read as files.

    python bench/transcript_shapes.py [--against TREE]

A ``.txt`` shaped as a broadcast transcript is read as a bulletin's items
(:func:`clipper.read.transcripts.transcript_shaped`, :mod:`clipper.read.bulletins`); every
other text dump must be read as before, one page, its text whole.  This script writes 1,774
real texts as ``.txt`` files under ``bench/.work/transcript_shapes/`` (the pages of
fundus-news-pages, newspaper-article-pages and readability-test-pages flattened to text dumps
as ``bench/textdump.py`` makes them; the texts of wire-syndication-texts, story-chains-energy
and same-story-pairs; newspaper-article-pages' expected texts; the field cases' ``.txt``
dumps), counts those whose opening reads as a transcript (none should: no set holds one), and
reads the folder with :func:`clipper.read.read_pages`: pages, rejections, a digest of every
page's origin, kind, text, address, dates, title and site, and the reading's CPU seconds.
With ``--against TREE`` (another checkout, e.g. ``/work/main``) the same folder is read with
that tree's clipper first: the same digest says the same pages, to the byte; the CPU ratio
says what the transcript sniff costs a text dump.  Writes ``bench/results/transcript_shapes.json``.
Without ``../shared/data`` it prints "skipped" and exits 0 (``make bench`` runs it).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, SHARED_DATA, WORK, Run, figure, in_tree, progress, shared_missing
from textdump import fundus, newspaper, readability

FIELD_CASES = REPO.parent / "shared" / "field-cases"

# Run in each tree's child process: read the folder, a digest of what was read.
_READ = """
import hashlib, json, sys, time
from pathlib import Path
from clipper.config import ReadLimits
from clipper.read import read_pages
try:
    from clipper.read.transcripts import transcript_shaped
except ImportError:  # a tree that reads no transcript
    def transcript_shaped(text): return False
folder = Path(json.load(sys.stdin))
rows, rejected = [], []
started = time.process_time()
for p in read_pages([folder], ReadLimits(), rejected.append):
    rows.append([p.origin, p.kind, hashlib.sha1(str(p.body).encode()).hexdigest(), p.url,
                 p.published, p.title, p.site])
cpu = time.process_time() - started
rows += [[r.origin, r.reason] for r in rejected]
shaped = sorted(f.name for f in folder.iterdir()
                if transcript_shaped(f.read_bytes()[:8192].decode("utf-8", "replace")))
print(json.dumps({"pages": len(rows) - len(rejected), "rejected": len(rejected),
                  "digest": hashlib.sha1(json.dumps(rows).encode()).hexdigest()[:16],
                  "cpu_seconds": round(cpu, 2), "transcript_shaped": shaped}))
"""


def write_texts(folder: Path) -> int:
    """The real texts as ``.txt`` files in ``folder``; how many."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    texts: list[tuple[str, str]] = []
    for name, pairs in (("fundus", fundus), ("newspaper", newspaper), ("readability", readability)):
        texts += [(f"{name}-{i:04d}", dump) for i, (dump, _) in enumerate(pairs())]
    for name in ("wire-syndication-texts", "story-chains-energy", "same-story-pairs"):
        with (SHARED_DATA / name / "articles.jsonl").open(encoding="utf-8") as f:
            texts += [(f"{name}-{i:04d}", json.loads(line)["text"]) for i, line in enumerate(f)]
    for path in sorted((SHARED_DATA / "newspaper-article-pages" / "text").glob("*.txt")):
        texts.append((f"expected-{path.stem}", path.read_text(encoding="utf-8")))
    if FIELD_CASES.exists():
        for i, path in enumerate(sorted(FIELD_CASES.rglob("*.txt"))):
            texts.append((f"field-{i:03d}-{path.stem}", path.read_text(errors="replace")))
    for name, text in texts:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--against",
        type=Path,
        default=None,
        help="another checkout (e.g. /work/main) reading the same files first",
    )
    args = parser.parse_args()
    if not SHARED_DATA.exists():
        print(shared_missing(SHARED_DATA))
        return
    run = Run("transcript_shapes")
    folder = WORK / "transcript_shapes"
    progress("writing the real texts as .txt files ...")
    count = write_texts(folder)
    trees = [("this tree", REPO)]
    if args.against:
        trees.insert(0, (str(args.against), args.against.resolve()))
    results: dict[str, Any] = {}
    for label, tree in trees:
        progress(f"reading {count} files with {label} ...")
        results[label] = in_tree(str(tree), _READ, str(folder))
        print(
            f"{label}: {results[label]['pages']} pages, {results[label]['rejected']} "
            f"rejected, digest {results[label]['digest']}, "
            f"CPU {results[label]['cpu_seconds']} s, read as transcripts: "
            f"{len(results[label]['transcript_shaped'])} "
            f"{results[label]['transcript_shaped']}"
        )
    ours = results["this tree"]
    run.add(
        figure(
            "real text dumps read as transcripts",
            len(ours["transcript_shaped"]),
            f"of {count}",
            "0",
            not ours["transcript_shaped"],
        )
    )
    if args.against:
        theirs = results[str(args.against)]
        same = theirs["digest"] == ours["digest"]
        ratio = ours["cpu_seconds"] / max(theirs["cpu_seconds"], 0.01)
        print(
            f"same pages as {args.against}: {'yes' if same else 'NO'}; "
            f"CPU ratio {ratio:.2f} (this tree / {args.against})"
        )
        run.add(
            figure(f"same pages as {args.against}", "yes" if same else "no", "", "yes", same),
            figure("reading CPU ratio against the baseline", ratio, "x"),
        )
    run.data.update({"files": count, "results": results})
    print(f"wrote {run.write()}")


if __name__ == "__main__":
    main()
