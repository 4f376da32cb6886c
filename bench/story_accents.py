"""Story vectors of texts without their accents, on real texts (clipper.stories.accents).

    python bench/story_accents.py [--against DIR]

Two sets of real article texts, each text's language identified (clipper.language.identify),
those of a language written in Latin or Greek letters with accents (every language but English
and those of other scripts) kept: fundus-news-pages' expected bodies (title and paragraphs) and
zyte-article-extraction's ground-truth bodies (the first line as title).  For each set:

- stripped copies: each text against itself with every combining accent removed (NFD, the marks
  dropped: as a feed or a CMS without accents writes it): the mean cosine of their story
  vectors and how many are over ``StoryConfig.min_similarity``;
- unrelated pairs: every pair of two texts of one language (different articles of different
  dates and outlets: no two are one story), and every pair of a text and another's stripped
  copy: how many are over the bar, and their mean cosine (what folding may raise).

Vectors only (no days, anchors or leads): what a tokenizer or weighting change moves.
``--against DIR`` runs the script of DIR's tree too (a checkout to compare with) and prints its
figures first.  Quality figures, not timings.  Skips (exit 0) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import glob
import itertools
import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
# languages of other scripts, and English, whose texts hold no accent to strip
_OTHER_SCRIPTS = frozenset({"en", "ru", "uk", "bg", "sr", "zh", "ja", "ko", "ar", "he", "fa", "hi"})


def _stripped(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fundus() -> list[tuple[str, str]]:
    out = []
    for path in sorted(glob.glob(str(DATA / "fundus-news-pages" / "expected" / "*" / "*.json"))):
        with open(path, encoding="utf-8") as f:
            for _, record in sorted(json.load(f).items()):
                body = record.get("body") or {}
                lines = [*body.get("summary", [])]
                for section in body.get("sections", []):
                    lines += section.get("paragraphs", [])
                if lines:
                    out.append((record.get("title") or "", "\n".join(lines)))
    return out


def _zyte() -> list[tuple[str, str]]:
    with open(DATA / "zyte-article-extraction" / "ground-truth.json", encoding="utf-8") as f:
        truth = json.load(f)
    out = []
    for _, record in sorted(truth.items()):
        body = (record.get("articleBody") or "").strip()
        if body:
            first, _, rest = body.partition("\n")
            out.append((first, rest or first))
    return out


def _measure(texts: list[tuple[str, str]]) -> dict[str, Any]:
    sys.path.insert(0, str(REPO))
    from clipper.config import StoryConfig
    from clipper.language import identify
    from clipper.stories.vectors import vectorize

    def cosine(a: Any, b: Any) -> float:  # unit vectors: the products over shared terms
        _, ia, ib = np.intersect1d(a.keys, b.keys, return_indices=True)
        return float(np.dot(a.weights[ia].astype(np.float64), b.weights[ib].astype(np.float64)))

    config = StoryConfig()
    bar = config.min_similarity
    by_language: dict[str, list[tuple[Any, Any]]] = {}
    for title, text in texts:
        language = identify(text[:2000])[0]
        if language in _OTHER_SCRIPTS or _stripped(text) == text:
            continue
        plain = vectorize(title, text, language, config)
        bare = vectorize(_stripped(title), _stripped(text), language, config)
        by_language.setdefault(language, []).append((plain, bare))
    copies = [cosine(p, b) for pairs in by_language.values() for p, b in pairs]
    unrelated: list[float] = []
    crossed: list[float] = []
    for pairs in by_language.values():
        for (pa, ba), (pb, bb) in itertools.combinations(pairs, 2):
            unrelated.append(cosine(pa, pb))
            crossed += [cosine(pa, bb), cosine(ba, pb)]
    return {
        "texts": len(copies),
        "languages": len(by_language),
        "stripped copies mean cosine": round(sum(copies) / max(1, len(copies)), 4),
        "stripped copies over the bar": sum(c >= bar for c in copies),
        "unrelated pairs": len(unrelated),
        "unrelated pairs over the bar": sum(c >= bar for c in unrelated),
        "unrelated pairs mean cosine": round(sum(unrelated) / max(1, len(unrelated)), 4),
        "text/stripped other pairs over the bar": sum(c >= bar for c in crossed),
        "text/stripped other pairs mean cosine": round(sum(crossed) / max(1, len(crossed)), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", help="another tree whose script runs first")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    args = parser.parse_args()
    if not DATA.exists():
        from _common import shared_missing

        print(shared_missing(DATA))
        return
    if args.json:
        figures = {"fundus": _measure(_fundus()), "zyte": _measure(_zyte())}
        print(json.dumps(figures))
        return
    trees = [Path(args.against).resolve(), REPO] if args.against else [REPO]
    for tree in trees:
        ran = subprocess.run(
            [sys.executable, str(tree / "bench" / "story_accents.py"), "--json"],
            capture_output=True, text=True, check=True, cwd=tree,
        )  # fmt: skip
        figures = json.loads(ran.stdout.strip().splitlines()[-1])
        print(f"== {tree}")
        for name, found in figures.items():
            for figure, value in found.items():
                print(f"{name:8} {figure:42} {value}")


if __name__ == "__main__":
    main()
