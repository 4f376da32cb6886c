"""Copies without their accents and unrelated pairs, on real texts, under the fingerprint's
words before and after they left out Latin and Greek accents (``clipper.spelling
.accents_folded``, migration 0076; newcomer 32's finding 10).

    python bench/accent_fold.py

Two sets of real texts (``syndication_corpus.load_bases``, bases of >= 120 words, copies among
them dropped): ``languages`` (fundus-news-pages' expected bodies: German, French, Spanish,
Polish, Czech, Turkish, Portuguese, Vietnamese ... in 41 countries) and ``tune`` (the Zyte and
newspaper4k expected bodies, mostly English, some other). Each text holding an accented Latin
or Greek letter is copied as an ASCII-writing site prints it (NFKD, the combining marks after a
Latin or Greek letter dropped; ``đ`` as ``d``); its 5-word shingles' Jaccard with the original
is read under the words of before (``accents_folded`` as no fold) and of now: the share of such
copies at Jaccard >= 0.9. Every pair of two texts (of other publishers, since no copies are
left) is read under both too: the containment of the smaller text's 5-shingles in the other's,
the pairs past 0.1 and 0.3, and the largest rise: a false pair the fold would make would show
as a rise. No threshold is tuned here.  Writes ``bench/results/accent-fold.json``.  Without
``../shared/data`` it prints "skipped" and exits 0.
"""

from __future__ import annotations

import itertools
import sys
import unicodedata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED_DATA, Run, figure, progress, shared_missing, table

SETS = {"languages": ("fundus",), "tune": ("zyte", "newspaper")}


def stripped(text: str) -> str:
    """``text`` without its Latin and Greek letters' accents, as an ASCII-writing site prints
    it (NFKD, the combining marks after a Latin or Greek letter dropped; other scripts' marks,
    Cyrillic ``й``'s breve, kana's voicing marks, are kept)."""
    out: list[str] = []
    base = ""
    for c in unicodedata.normalize("NFKD", text):
        if not unicodedata.combining(c):
            base = unicodedata.name(c, "")
            out.append(c)
        elif not base.startswith(("LATIN", "GREEK")):
            out.append(c)
    return unicodedata.normalize("NFC", "".join(out)).replace("đ", "d").replace("Đ", "D")


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    from clipper.words import words

    w = words(text)
    return frozenset(tuple(w[i : i + 5]) for i in range(max(1, len(w) - 4)))


def read(texts: list[str], fold: bool) -> tuple[list[Any], list[Any]]:
    """Each text's shingles, and each accented text's stripped copy's (None where the text
    holds no accent), under the words of now (``fold``) or of before."""
    from clipper import paragraphs, spelling

    kept = spelling.accents_folded
    if not fold:
        spelling.accents_folded = lambda value: value
    paragraphs.forget()
    try:
        own = [shingles(t) for t in texts]
        copies = [shingles(stripped(t)) if stripped(t) != t else None for t in texts]
    finally:
        spelling.accents_folded = kept
        paragraphs.forget()
    return own, copies


def measure(texts: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"texts": len(texts)}
    pairs: dict[str, list[float]] = {}
    for rule, fold in (("before", False), ("after", True)):
        own, copies = read(texts, fold)
        found = [len(a & c) / len(a | c) for a, c in zip(own, copies, strict=True) if c]
        out[f"accented {rule}"] = len(found)
        out[f"stripped copies at J>=0.9 {rule}"] = sum(j >= 0.9 for j in found)
        out[f"stripped copies mean J {rule}"] = sum(found) / len(found) if found else None
        pairs[rule] = [len(a & b) / min(len(a), len(b)) for a, b in itertools.combinations(own, 2)]
        out[f"pairs {rule}"] = len(pairs[rule])
        out[f"pairs C>=0.1 {rule}"] = sum(c >= 0.1 for c in pairs[rule])
        out[f"pairs C>=0.3 {rule}"] = sum(c >= 0.3 for c in pairs[rule])
        out[f"max pair C {rule}"] = max(pairs[rule], default=0.0)
    rises = [b - a for a, b in zip(pairs["before"], pairs["after"], strict=True)]
    out["pairs whose C rose"] = sum(r > 0 for r in rises)
    out["largest rise"] = max(rises, default=0.0)
    return out


def main() -> None:
    if not SHARED_DATA.exists():
        print(shared_missing(SHARED_DATA))
        return
    from syndication_corpus import load_bases

    run = Run("accent-fold")
    results: dict[str, Any] = {}
    for name, sources in SETS.items():
        bases, _ = load_bases(sources)
        texts = ["\n\n".join([b.headline, *b.paragraphs]) for b in bases]
        progress(f"{name}: {len(texts)} texts")
        results[name] = measure(texts)
        r = results[name]
        run.add(
            figure(f"accent fold, {name}: stripped copies at J>=0.9 before",
                   r["stripped copies at J>=0.9 before"], f"of {r['accented before']}"),
            figure(f"accent fold, {name}: stripped copies at J>=0.9 after",
                   r["stripped copies at J>=0.9 after"], f"of {r['accented after']}"),
            figure(f"accent fold, {name}: unrelated pairs at C>=0.1 before / after",
                   f"{r['pairs C>=0.1 before']} / {r['pairs C>=0.1 after']}",
                   f"of {r['pairs after']}"),
            figure(f"accent fold, {name}: largest containment rise of a pair",
                   r["largest rise"]),
        )  # fmt: skip
    rows = [[key, *(fmt_value(results[name][key]) for name in SETS)] for key in results["tune"]]
    print(table(rows, ["", *SETS]))
    run.data["results"] = results
    run.write()


def fmt_value(value: Any) -> str:
    return f"{value:.4f}" if isinstance(value, float) else str(value)


if __name__ == "__main__":
    main()
