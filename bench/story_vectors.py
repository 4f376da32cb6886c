"""What building story vectors costs alone: :func:`clipper.stories.vectors.vectorize` over real
texts, CPU per 1,000 texts, and a digest of every vector (issue 10).

    python bench/story_vectors.py [--against DIR] [--rounds N] [--profile]

The texts (1,400 or so, read from ``../shared/data``): fundus-news-pages' expected bodies (title,
summary and paragraphs; 40 languages, each text's language as clipper's identification reads
it), wire-syndication-texts' texts (English, their first line as title), story-chains-energy's
and same-story-pairs' articles (English, their titles).  Each round is a fresh child process:
the weight tables of the languages met are loaded and one invented sentence is vectorized in
each language first (not timed), then every text once, in order, timed by CPU
(``time.process_time``: a shared machine's other work is not counted): what a worker pays for a
night's pages, its caches filling as they would.  The figure is the best round's.

``--against DIR`` runs the same rounds with the checkout ``DIR``'s clipper first
(:func:`_common.in_tree`), the same texts: the ratio of the two, and whether the digests of
every vector (:meth:`clipper.stories.termvector.Vector.to_bytes`, in order) are equal, which a
change of speed alone must keep.  ``--profile`` prints the 25 heaviest functions of one round
of this tree (cProfile, cumulative).  Writes ``bench/results/story_vectors.json``; without
``../shared/data`` it prints "skipped" and exits 0 (``make bench`` runs it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, SHARED_DATA, Run, figure, in_tree, loadavg, progress, shared_missing

# Run in each tree's child process: every text vectorized once, its CPU and a digest.
_ROUND = """
import cProfile, hashlib, io, json, pstats, sys, time
from clipper.config import StoryConfig
from clipper.stories.vectors import vectorize
payload = json.load(sys.stdin)
config = StoryConfig()
texts = payload["texts"]
for language in sorted({t[2] or "" for t in texts}):
    vectorize("Warm", "A sentence to load the tables with.", language or None, config)
profile = cProfile.Profile() if payload["profile"] else None
digest = hashlib.sha256()
started = time.process_time()
if profile is not None:
    profile.enable()
vectors = [vectorize(title, text, language, config) for title, text, language in texts]
if profile is not None:
    profile.disable()
cpu = time.process_time() - started
for vector in vectors:
    digest.update(vector.to_bytes())
out = {"cpu_seconds": cpu, "digest": digest.hexdigest()[:16],
       "terms": sum(len(v.keys) for v in vectors)}
if profile is not None:
    held = io.StringIO()
    pstats.Stats(profile, stream=held).sort_stats("cumulative").print_stats(25)
    out["profile"] = held.getvalue()
print(json.dumps(out))
"""


def texts() -> list[tuple[str, str, str | None]]:
    """(title, text, language) of every text read (see the module docstring), in a fixed
    order; none without ``../shared/data``."""
    from clipper.language import detect_language

    found: list[tuple[str, str, str | None]] = []
    for path in sorted((SHARED_DATA / "fundus-news-pages" / "expected").glob("*/*.json")):
        for _, record in sorted(json.loads(path.read_text(encoding="utf-8")).items()):
            body = record.get("body") or {}
            lines = [*body.get("summary", [])]
            for section in body.get("sections", []):
                lines += section.get("paragraphs", [])
            if lines:
                text = "\n".join(lines)
                found.append((record.get("title") or "", text, detect_language(text)))
    wire = SHARED_DATA / "wire-syndication-texts" / "articles.jsonl"
    for line in wire.read_text(encoding="utf-8").splitlines():
        first, _, rest = json.loads(line)["text"].partition("\n")
        found.append((first, rest or first, "en"))
    for name in ("story-chains-energy", "same-story-pairs"):
        held = (SHARED_DATA / name / "articles.jsonl").read_text(encoding="utf-8")
        for line in held.splitlines():
            record = json.loads(line)
            found.append((record.get("title") or "", record.get("text") or "", "en"))
    return found


def rounds(tree: Path, payload: dict[str, Any], count: int) -> dict[str, Any]:
    """The best of ``count`` rounds in ``tree`` (fresh processes), each round's CPU."""
    ran = [in_tree(str(tree), _ROUND, payload) for _ in range(count)]
    best = min(ran, key=lambda r: r["cpu_seconds"])
    return {**best, "rounds": [round(r["cpu_seconds"], 3) for r in ran],
            "digests": sorted({r["digest"] for r in ran})}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", help="another checkout whose clipper is timed too")
    parser.add_argument("--rounds", type=int, default=3, help="fresh processes a tree (3)")
    parser.add_argument("--profile", action="store_true", help="print one round's profile")
    args = parser.parse_args()
    if not SHARED_DATA.exists():
        print(shared_missing(SHARED_DATA))
        return
    run = Run("story_vectors")
    found = texts()
    progress(f"{len(found)} texts")
    payload = {"texts": found, "profile": False}
    per = 1000 / len(found)
    mine = rounds(REPO, payload, args.rounds)
    run.data["this"] = {k: v for k, v in mine.items() if k != "profile"}
    print(f"this tree  CPU {mine['cpu_seconds'] * per:.3f} s per 1,000 texts "
          f"(rounds {mine['rounds']} s over {len(found)}), digest {mine['digests']}")  # fmt: skip
    run.add(
        figure("story vectors: texts", len(found)),
        figure("story vectors: CPU per 1,000 texts", mine["cpu_seconds"] * per, "s"),
        figure("story vectors: digest", ",".join(mine["digests"])),
    )
    if args.against:
        theirs = rounds(Path(args.against).resolve(), payload, args.rounds)
        run.data["against"] = {"tree": args.against, **theirs}
        ratio = mine["cpu_seconds"] / theirs["cpu_seconds"]
        same = mine["digests"] == theirs["digests"]
        print(f"against    CPU {theirs['cpu_seconds'] * per:.3f} s per 1,000 texts "
              f"(rounds {theirs['rounds']} s), digest {theirs['digests']}")  # fmt: skip
        print(f"ratio this/against {ratio:.3f}; vectors identical: {same}")
        run.add(
            figure("story vectors: CPU ratio to --against", ratio, "x"),
            figure("story vectors: identical to --against", str(same)),
        )
    print(f"load {loadavg()}")
    if args.profile:
        print(in_tree(str(REPO), _ROUND, {**payload, "profile": True})["profile"])
    print(run.write())


if __name__ == "__main__":
    main()
