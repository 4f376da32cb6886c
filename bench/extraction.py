"""Extraction quality of clipper's cleaning stage against trafilatura alone.

    python bench/extraction.py [--limit N] [--processes 2]

1. Zyte article-extraction benchmark (``../shared/data/zyte-article-extraction``, 181 pages):
   the benchmark's own metric (``../shared/data/README.md``): tokens are ``\\w+`` runs (case
   kept), 4-gram shingles, per page TP/FP/FN counted on shingle multisets and normalised to sum
   to 1; precision averaged over pages with a non-empty prediction, recall over pages with a
   non-empty truth (as the benchmark's evaluate.py does), F1 from the two averages.
   (a) trafilatura alone: the very ``bare_extraction`` call clipper makes
       (:func:`clipper.clean.extract_html`), its ``text`` as is;
   (b) clipper: ``clean_page`` (post-clean, index guard, too-short → empty prediction).
   Titles: the ground-truth bodies never start with the page title, so both systems are scored
   on their body text without any title added; trafilatura alone keeps the headline when it puts
   it in its text (that is what it outputs), clipper removes it (rule ``title-repeat``).
   Per-rule effect: each post-clean rule alone on top of trafilatura's text, and the full
   post-clean minus that rule (F1 deltas), computed on trafilatura's cached output.
2. Fundus news pages (``../shared/data/fundus-news-pages``): how often clipper's title and
   publication date match the expected ones.  ``expected/<cc>/<Publisher>.json`` holds one
   entry per parser version (``V1``, ``V1_1``, ``V2``, ...), not per crawl date: a publisher's
   pages sorted by crawl date pair with its versions in version order (the counts agree for all
   181 publishers).  Title rule: equal after NFKC, removing soft hyphens and zero-width
   spaces, case folding and whitespace collapsing
   ("contains" also counts a clipper title that merely adds a " - Site" style suffix or prefix).
   Date rule: the date part (first 10 characters, the publisher's local date as written) of the
   expected ``publishing_date`` equals the first 10 characters of clipper's ``published``.
   Pages whose expected value is missing are left out of that rate's denominator.  The body is
   scored with the Zyte metric as well (expected body = summary + section headlines and
   paragraphs).

Writes ``bench/results/extraction.json``.  Skips (exit 0) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import platform
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from clipper.clean import (  # noqa: E402
    POST_RULES,
    TRAFILATURA_OPTIONS,
    clean_page,
    extract_html,
    post_clean,
)
from clipper.config import CleanConfig  # noqa: E402
from clipper.page import Article, RawPage  # noqa: E402
from clipper.textdump import normalise_line  # noqa: E402

SHARED = REPO.parent / "shared"
ZYTE = SHARED / "data" / "zyte-article-extraction"
FUNDUS = SHARED / "data" / "fundus-news-pages"
RESULTS = REPO / "bench" / "results" / "extraction.json"

# --------------------------------------------------------------------------- the Zyte metric

_TOKEN = re.compile(r"\w+")
Triple = tuple[float, float, float]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of ``n``-token shingles; a text shorter than ``n`` tokens is one shingle."""
    tokens = _TOKEN.findall(text or "")
    return Counter(
        tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def tp_fp_fn(truth: str, prediction: str) -> Triple:
    t, p = shingles(truth), shingles(prediction)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return (0.0, 0.0, 0.0)
    return (tp / total, fp / total, fn / total)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def score(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """F1, precision, recall of (truth, prediction) pairs under the benchmark's metric."""
    triples = [tp_fp_fn(t, p) for t, p in pairs]
    precisions = [_precision(*x) for x in triples if x[0] + x[1] > 0]
    recalls = [_recall(*x) for x in triples if x[0] + x[2] > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall, "pages": len(triples)}


# --------------------------------------------------------------------------- workers

_CONFIG = CleanConfig()


def _zyte_job(job: tuple[str, str]) -> dict[str, Any]:
    page_id, url = job
    html = gzip.decompress((ZYTE / "html" / f"{page_id}.html.gz").read_bytes())
    raw = RawPage(origin=f"zyte/{page_id}", kind="html", body=html, url=url)
    doc, result, t_traf, t_clipper = _timed_pair(raw)
    text = doc.text if doc is not None and doc.text else ""
    return {
        "id": page_id,
        "trafilatura": text,
        "traf_title": doc.title if doc is not None else None,
        "clipper": result.text if isinstance(result, Article) else "",
        "rejection": None if isinstance(result, Article) else result.reason,
        "t_traf": t_traf,
        "t_clipper": t_clipper,
    }


def _timed_pair(raw: RawPage) -> tuple[Any, Article | Any, float, float]:
    """trafilatura alone and clean_page on one page, in alternating order (by page hash) so
    that cache warmth favours neither."""
    first_traf = int(raw.raw_hash[-1], 16) % 2 == 0
    t_clipper = 0.0
    if not first_traf:
        t0 = time.perf_counter()
        result = clean_page(raw, _CONFIG)
        t_clipper = time.perf_counter() - t0
    t0 = time.perf_counter()
    doc = extract_html(raw.body, raw.url, raw.fetched_at)
    t_traf = time.perf_counter() - t0
    if first_traf:
        t0 = time.perf_counter()
        result = clean_page(raw, _CONFIG)
        t_clipper = time.perf_counter() - t0
    return doc, result, t_traf, t_clipper


def _fundus_job(record: dict[str, Any]) -> dict[str, Any]:
    raw = RawPage(
        origin=record["id"],
        kind="html",
        body=record["html"],
        url=record["url"],
        fetched_at=record["crawl_date"],
    )
    doc, result, t_traf, t_clipper = _timed_pair(raw)
    article = result if isinstance(result, Article) else None
    return {
        "id": record["id"],
        "trafilatura": doc.text if doc is not None and doc.text else "",
        "clipper": article.text if article else "",
        "title": article.title if article else (doc.title if doc is not None else None),
        "published": article.published if article else (doc.date if doc is not None else None),
        "rejection": None if article else getattr(result, "reason", None),
        "t_traf": t_traf,
        "t_clipper": t_clipper,
    }


# --------------------------------------------------------------------------- Zyte


def _rule_effects(results: list[dict[str, Any]], truth: dict[str, str]) -> dict[str, Any]:
    """F1 deltas of each post-clean rule, on trafilatura's cached output."""
    cached = [
        (
            truth[r["id"]],
            [ln for ln in map(normalise_line, r["trafilatura"].splitlines()) if ln],
            normalise_line(r["traf_title"] or "") or None,
        )
        for r in results
    ]

    def f1(rules: tuple[Any, ...], drop_title: bool) -> float:
        return score(
            (t, "\n".join(post_clean(lines, title, rules, drop_title=drop_title)))
            for t, lines, title in cached
        )["f1"]

    base = f1((), False)
    full = f1(POST_RULES, True)
    effects: dict[str, Any] = {
        "title-repeat": {"alone": f1((), True) - base, "leave_out": full - f1(POST_RULES, False)}
    }
    for rule in POST_RULES:
        rest = tuple(r for r in POST_RULES if r is not rule)
        effects[rule.name] = {
            "alone": f1((rule,), False) - base,
            "leave_out": full - f1(rest, True),
        }
    return {"base_f1": base, "full_f1": full, "rules": effects}


def run_zyte(limit: int | None, processes: int) -> dict[str, Any]:
    gt = json.loads((ZYTE / "ground-truth.json").read_text(encoding="utf-8"))
    jobs = [(k, v["url"]) for k, v in sorted(gt.items())][:limit]
    truth = {k: gt[k]["articleBody"] for k, _ in jobs}
    t0 = time.perf_counter()
    with multiprocessing.Pool(processes) as pool:
        results = list(pool.imap(_zyte_job, jobs, chunksize=1))
    wall = time.perf_counter() - t0
    traf = score((truth[r["id"]], r["trafilatura"]) for r in results)
    clip = score((truth[r["id"]], r["clipper"]) for r in results)
    t_traf = sum(r["t_traf"] for r in results)
    t_clip = sum(r["t_clipper"] for r in results)
    return {
        "pages": len(results),
        "trafilatura": traf,
        "clipper": clip,
        "clipper_rejections": dict(Counter(r["rejection"] for r in results if r["rejection"])),
        "rejected_ids": [r["id"] for r in results if r["rejection"]],
        "rule_effects": _rule_effects(results, truth),
        "seconds_trafilatura": t_traf,
        "seconds_clipper": t_clip,
        "time_ratio": t_clip / t_traf if t_traf else None,
        "wall_seconds": wall,
    }


# --------------------------------------------------------------------------- Fundus


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", name))


def _norm_title(title: str | None) -> str:
    text = unicodedata.normalize("NFKC", title or "").replace("\u00ad", "").replace("\u200b", "")
    return " ".join(text.casefold().split())


def _expected_body(body: dict[str, Any]) -> str:
    parts: list[str] = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts.extend(section.get("headline") or [])
        parts.extend(section.get("paragraphs") or [])
    return "\n".join(parts)


def _fundus_expectations(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    by_publisher: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for rec in records:
        by_publisher.setdefault((rec["country"], rec["publisher"]), []).append(rec)
    expected: dict[str, dict[str, Any]] = {}
    for (country, publisher), recs in by_publisher.items():
        path = FUNDUS / "expected" / country / f"{publisher}.json"
        if not path.exists():
            continue
        versions = json.loads(path.read_text(encoding="utf-8"))
        names = sorted(versions, key=_version_key)
        if len(names) != len(recs):
            continue
        for rec, name in zip(sorted(recs, key=lambda r: r["crawl_date"]), names, strict=True):
            expected[rec["id"]] = versions[name]
    return expected


def run_fundus(limit: int | None, processes: int) -> dict[str, Any]:
    with gzip.open(FUNDUS / "pages.jsonl.gz", "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    expected = _fundus_expectations(records)
    jobs = [r for r in records if r["id"] in expected][:limit]
    t0 = time.perf_counter()
    with multiprocessing.Pool(processes) as pool:
        results = list(pool.imap(_fundus_job, jobs, chunksize=1))
    wall = time.perf_counter() - t0
    title_n = title_exact = title_contains = date_n = date_ok = 0
    misses: list[dict[str, Any]] = []
    for r in results:
        exp = expected[r["id"]]
        if exp.get("title"):
            title_n += 1
            want, got = _norm_title(exp["title"]), _norm_title(r["title"])
            title_exact += want == got
            title_contains += bool(want) and want in got
        if exp.get("publishing_date"):
            date_n += 1
            ok = (r["published"] or "")[:10] == str(exp["publishing_date"])[:10]
            date_ok += ok
            if not ok:
                misses.append(
                    {
                        "id": r["id"],
                        "expected": str(exp["publishing_date"])[:10],
                        "got": r["published"],
                    }
                )
    bodies = [(_expected_body(expected[r["id"]].get("body") or {}), r) for r in results]
    return {
        "pages": len(results),
        "title_pages": title_n,
        "title_exact_rate": title_exact / title_n if title_n else None,
        "title_contains_rate": title_contains / title_n if title_n else None,
        "date_pages": date_n,
        "date_match_rate": date_ok / date_n if date_n else None,
        "date_misses": misses,
        "body_trafilatura": score((t, r["trafilatura"]) for t, r in bodies if t),
        "body_clipper": score((t, r["clipper"]) for t, r in bodies if t),
        "clipper_rejections": dict(Counter(r["rejection"] for r in results if r["rejection"])),
        "seconds_trafilatura": sum(r["t_traf"] for r in results),
        "seconds_clipper": sum(r["t_clipper"] for r in results),
        "time_ratio": sum(r["t_clipper"] for r in results) / sum(r["t_traf"] for r in results),
        "wall_seconds": wall,
    }


# --------------------------------------------------------------------------- main


def _versions() -> dict[str, Any]:
    import trafilatura

    return {
        "python": platform.python_version(),
        "trafilatura": trafilatura.__version__,
        "cpu_count": os.cpu_count(),
        "machine": platform.machine(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="pages per data set")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args(argv)
    if not ZYTE.is_dir() or not FUNDUS.is_dir():
        print(f"skipped: {SHARED / 'data'} is absent (benchmark data lives beside the repo)")
        return 0
    t0 = time.perf_counter()
    zyte = run_zyte(args.limit, args.processes)
    fundus = run_fundus(args.limit, args.processes)
    wall = time.perf_counter() - t0

    print(f"Zyte article extraction ({zyte['pages']} pages)")
    print(f"{'system':<14}{'F1':>8}{'precision':>11}{'recall':>8}")
    for name in ("trafilatura", "clipper"):
        m = zyte[name]
        print(f"{name:<14}{m['f1']:>8.4f}{m['precision']:>11.4f}{m['recall']:>8.4f}")
    print(f"clipper rejections: {zyte['clipper_rejections'] or 'none'}")
    print("post-clean rule effects on F1 (alone on trafilatura / left out of the full set):")
    for name, eff in zyte["rule_effects"]["rules"].items():
        print(f"  {name:<22}{eff['alone']:>+9.4f}{eff['leave_out']:>+9.4f}")
    print(
        f"time: trafilatura {zyte['seconds_trafilatura']:.1f}s, clipper "
        f"{zyte['seconds_clipper']:.1f}s (×{zyte['time_ratio']:.2f}), "
        f"wall {zyte['wall_seconds']:.1f}s"
    )
    print(f"\nFundus news pages ({fundus['pages']} pages)")
    print(
        f"title exact {fundus['title_exact_rate']:.3f}, contains "
        f"{fundus['title_contains_rate']:.3f} (of {fundus['title_pages']}); date "
        f"{fundus['date_match_rate']:.3f} (of {fundus['date_pages']})"
    )
    for name in ("body_trafilatura", "body_clipper"):
        m = fundus[name]
        print(f"{name:<18}F1 {m['f1']:.4f}  P {m['precision']:.4f}  R {m['recall']:.4f}")
    print(f"clipper rejections: {fundus['clipper_rejections'] or 'none'}")
    print(
        f"time: trafilatura {fundus['seconds_trafilatura']:.1f}s, clipper "
        f"{fundus['seconds_clipper']:.1f}s (×{fundus['time_ratio']:.2f})"
    )
    print(f"\nwall time {wall:.1f}s with {args.processes} processes")

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
                "command": "python bench/extraction.py"
                + (f" --limit {args.limit}" if args.limit else ""),
                "processes": args.processes,
                "wall_seconds": wall,
                "trafilatura_options": TRAFILATURA_OPTIONS,
                "versions": _versions(),
                "zyte": zyte,
                "fundus": fundus,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
