"""Extraction quality of clipper's cleaning stage against trafilatura alone, on four sets.

    python bench/extraction.py [--limit N] [--processes 2] [--sets zyte,fundus,...] [--reuse]

Sets (``../shared/data``, see its README): ``zyte`` (Zyte article-extraction benchmark, 181
pages), ``fundus`` (258 news pages, 41 countries), ``readability`` (Mozilla Readability's 130
test pages; the truth is the text of ``expected.html``), ``newspaper`` (newspaper4k's 145 test
pages).  One metric for all (the Zyte benchmark's, ``../shared/data/README.md``): tokens are
``\\w+`` runs (case kept) of the NFC-normalised text (two Fundus truths are decomposed
Unicode, whose combining marks ``\\w`` would split words at; clipper writes NFC), 4-gram
shingles, per page TP/FP/FN counted on shingle multisets and normalised to sum to 1;
precision averaged over pages with a non-empty prediction, recall over pages with a non-empty
truth (as the benchmark's evaluate.py does), F1 from the two averages.

Systems, each on the very same page bytes and URL:

(a) ``traf-default``: ``trafilatura.extract(html, url=url)`` with trafilatura's default settings;
(b) ``traf-clipper``: trafilatura alone with the settings clipper uses
    (:func:`clipper.clean.extract_html`, :data:`clipper.clean.TRAFILATURA_OPTIONS`), its text as
    is;
(b') ``traf-recall``: the same call with ``favor_recall`` instead of ``favor_precision``
    (trafilatura's recall settings; the best setting of trafilatura alone on Readability's pages);
(c) ``clipper``: :func:`clipper.clean.clean_page` (HTML pruning, recall retry, post-clean, index
    guard; a rejected page is an empty prediction).

Titles are not added to any system's text (the truths do not start with the headline).

**Tuned and confirming sets.**  clipper's cleaning rules were tuned on ``zyte`` and
``readability`` (:data:`TUNED`); ``fundus`` and ``newspaper`` confirm them.  The per-rule table
shows each post-clean rule's F1 effect on every set (alone on top of trafilatura's text, and the
full post-clean minus that rule, computed on (b)'s output): a rule stays only if it does not
lower F1 on the confirming sets.

**Measured and left out** (simulated on cached precision/default/recall texts of all 714 pages,
tuned on Readability + newspaper4k, confirmed on Zyte + Fundus): choosing the default or recall
text per page by its word ratio to the precision text (Readability up to +0.003, Zyte and Fundus
−0.0005); adding the recall text's extra sentences (Readability −0.0003, Zyte −0.002); the
retry's thresholds at 150-600 words and 1.2-3× (no gain on the tuning sets); keeping every page
however short (Readability 0.9348, still below trafilatura's recall settings, 0.9350).  Adding
the sentences the default settings find *between* two paragraphs the precision settings kept
helped all four sets (+0.0008 / +0.0004 / +0.0005 / +0.0010) but costs a second extraction on
43 % of pages (issue 10's time budget), so it is not in clipper either.

**Where clipper loses, page by page** (printed: each page's clipper text swapped for the text of
trafilatura's best setting on the set, the set's F1 change; and the oracle that swaps every page
that scores better).  Readability against its recall settings (clipper 0.9151), grouped by kind,
each kind's pages swapped at once: the five rejected unit pages whose whole expected text is
1-16 words ("ol", "lazy-image-3", "js-link-replacement", "invalid-attributes",
"005-unescape-html-entities") +0.0214, more than the whole gap (a 1-word threshold would keep
error pages too; each of these pages holds nothing but its text, and is now kept as a
whole-page note, 0.9184 -> 0.9397, the other sets unchanged, newspaper4k's 403 page rejected
as an error page: :func:`clipper.htmlclean._not_a_whole_page_note`); a section of
bare text in a ``<div>`` (embedded-videos) +0.0019 (now read: :mod:`clipper.htmlprune` rule 5,
0.9151 -> 0.9184); product-page sections in ``<header>`` and tab lists
(mozilla-1, mozilla-2) +0.0012; the headline, which the truth keeps and clipper drops as a
repeat (title-and-h1-discrepancy, three metadata unit cases, title-en-dash, tmz-1) +0.0011;
lists inside table cells, which trafilatura keeps only with its recall settings
(table-style-attributes) +0.0007; "Related:", "[Read: …]", "Lire aussi :" link teasers that
the truth keeps (cnn, wapo-1, lemonde-1: dropped on purpose) +0.0007; sidebar and related-story
lists the truth keeps (daringfireball-1, yahoo-3, gitlab-blog) +0.0006; 16 other pages +0.0010
together.  Swapping every page where trafilatura's text is better gives 0.9433 (0.9446 from
0.9184 after rule 5; 0.9231 without the five unit pages), so no rule short of keeping 1-word
pages reaches trafilatura's recall settings + 0.005 (0.9400); with the whole-page notes the
oracle is 0.9446 from 0.9397 (mozilla-1 +0.0008, table-style-attributes +0.0006, then the
kinds above at ≤ 0.0004 a page).  Fixed
in :mod:`clipper.htmlprune` (0.9134 -> 0.9151): headings with permalinks, words of spans inside
sentences, list items headed by links.  newspaper4k: the top swaps are truth artefacts
("theroot.com1" expects "MISSED LAST PARAGRAPH", "usnews.com2" expects "Terms of Use Privacy
Policy" and the headline; "pixable.com1"/"pixable.com2" expect "MISSED ENTIRE ARTICLE BECAUSE
IT'S LOADED DYNAMICALLY BY JAVASCRIPT" where clipper reads that article from the page's
script, :mod:`clipper.embedded`).

**Held out.**  The sets clipper's rules were not tuned on (Fundus, newspaper4k) are also scored
pooled, page by page as one set.  They are confirming sets: a rule was kept only if it did not
lower F1 on them, so they are not unseen in the strict sense.

**Metadata.**  Fundus: how often clipper's title and publication date match the expected ones.
``expected/<cc>/<Publisher>.json`` holds one entry per parser version (``V1``, ``V1_1``, ...): a
publisher's pages sorted by crawl date pair with its versions in version order.  Title rule:
equal after NFKC, removing soft hyphens and zero-width spaces, folding typographic quotes
(‘’“”„) to ASCII ones, case folding and whitespace collapsing (the rate without quote folding
is printed beside it).  Date rule: the first 10 characters of the expected
``publishing_date`` equal the first 10 of clipper's ``published``.  Readability: the same
title rule against ``expected-metadata.json`` (a set the title rules were not tuned on).

**Time.**  Each page is extracted by (b) and (c) in alternating order (by page hash) inside one
worker; the ratio is clipper's summed time ÷ (b)'s summed time on the same pages.

``--reuse`` takes (a) and (b) from the cache ``bench/.work/extraction-cache.json`` (keyed by the
page's bytes, trafilatura's version and clipper's options) and only runs clipper: for quick
iteration; no time ratio is reported then.

Writes ``bench/results/extraction.json``.  Skips (exit 0) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import multiprocessing
import os
import platform
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from clipper.clean import TRAFILATURA_OPTIONS, clean_page, extract_html  # noqa: E402
from clipper.config import CleanConfig  # noqa: E402
from clipper.dumplines import normalise_line  # noqa: E402
from clipper.page import Article, RawPage  # noqa: E402
from clipper.postclean import CANDIDATE_RULES, DROPPED_RULES, POST_RULES, post_clean  # noqa: E402
from clipper.read.provenance import declared_url  # noqa: E402
from clipper.read.sniffing import page_head  # noqa: E402

SHARED = REPO.parent / "shared"
DATA = SHARED / "data"
ZYTE = DATA / "zyte-article-extraction"
FUNDUS = DATA / "fundus-news-pages"
READABILITY = DATA / "readability-test-pages"
NEWSPAPER = DATA / "newspaper-article-pages"
RESULTS = REPO / "bench" / "results" / "extraction.json"
CACHE = REPO / "bench" / ".work" / "extraction-cache.json"
PAGE_LOG = REPO / "bench" / ".work" / "extraction-pages.json"

SETS = ("zyte", "fundus", "readability", "newspaper")
TUNED = ("zyte", "readability")
SYSTEMS = ("traf-default", "traf-clipper", "traf-recall", "clipper")
# trafilatura alone, each setting; clipper's target is the best of them on every set.
TRAF_SYSTEMS = SYSTEMS[:-1]

# --------------------------------------------------------------------------- the Zyte metric

_TOKEN = re.compile(r"\w+")
Triple = tuple[float, float, float]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of ``n``-token shingles of ``text`` in Unicode NFC; a text shorter than ``n``
    tokens is one shingle.  NFC first: Python's ``\\w`` does not match combining marks, so a
    decomposed "Su\\u0308dtirol" would be two tokens and never equal the composed "Südtirol"
    that clipper writes (canonically equivalent texts must score as equal)."""
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", text or ""))
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
    return score_triples([tp_fp_fn(t, p) for t, p in pairs])


def score_triples(triples: list[Triple]) -> dict[str, float]:
    """F1, precision, recall from per-page normalised (TP, FP, FN) triples (:func:`tp_fp_fn`)."""
    precisions = [_precision(*x) for x in triples if x[0] + x[1] > 0]
    recalls = [_recall(*x) for x in triples if x[0] + x[2] > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall, "pages": len(triples)}


# --------------------------------------------------------------------------- the sets

Case = dict[str, Any]


def _zyte_cases() -> list[Case]:
    gt = json.loads((ZYTE / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        {
            "id": page_id,
            "body": gzip.decompress((ZYTE / "html" / f"{page_id}.html.gz").read_bytes()),
            "url": v["url"],
            "fetched_at": None,
            "truth": v["articleBody"],
        }
        for page_id, v in sorted(gt.items())
    ]


def _block_text(html: bytes) -> str:
    """The text of an expected-article HTML file, one line per block element."""
    import lxml.html

    # Readability writes its expected files in UTF-8 without a charset declaration (lxml would
    # read the bytes as Latin-1).
    root = lxml.html.fromstring(html.decode("utf-8", "replace"))
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
    return "\n".join(ln.strip() for ln in root.text_content().splitlines() if ln.strip())


_BLOCKS = frozenset(
    (
        *("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td"),
        *("th", "table", "blockquote", "pre", "section", "article", "header", "footer"),
        *("figure", "figcaption", "dd", "dt", "dl", "hr"),
    )
)


def _readability_cases() -> list[Case]:
    cases = []
    for case in sorted(p for p in READABILITY.iterdir() if p.is_dir()):
        meta_path = case / "expected-metadata.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        cases.append(
            {
                "id": case.name,
                "body": gzip.decompress((case / "source.html.gz").read_bytes()),
                "url": None,
                "fetched_at": None,
                "truth": _block_text(gzip.decompress((case / "expected.html.gz").read_bytes())),
                "title": meta.get("title"),
                "byline": meta.get("byline"),
            }
        )
    return cases


def _newspaper_cases() -> list[Case]:
    cases = []
    for path in sorted((NEWSPAPER / "html").glob("*.html.gz")):
        name = path.name.removesuffix(".html.gz")
        truth = NEWSPAPER / "text" / f"{name}.txt"
        if truth.exists():
            cases.append(
                {
                    "id": name,
                    "body": gzip.decompress(path.read_bytes()),
                    "url": None,
                    "fetched_at": None,
                    "truth": truth.read_text(encoding="utf-8", errors="replace"),
                }
            )
    return cases


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", name))


def _expected_body(body: dict[str, Any]) -> str:
    parts: list[str] = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts.extend(section.get("headline") or [])
        parts.extend(section.get("paragraphs") or [])
    return "\n".join(parts)


def _fundus_cases() -> list[Case]:
    with gzip.open(FUNDUS / "pages.jsonl.gz", "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    by_publisher: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for rec in records:
        by_publisher.setdefault((rec["country"], rec["publisher"]), []).append(rec)
    cases = []
    for (country, publisher), recs in sorted(by_publisher.items()):
        path = FUNDUS / "expected" / country / f"{publisher}.json"
        if not path.exists():
            continue
        versions = json.loads(path.read_text(encoding="utf-8"))
        names = sorted(versions, key=_version_key)
        if len(names) != len(recs):
            continue
        for rec, name in zip(sorted(recs, key=lambda r: r["crawl_date"]), names, strict=True):
            exp = versions[name]
            cases.append(
                {
                    "id": rec["id"],
                    "body": rec["html"],
                    "url": rec["url"],
                    "fetched_at": rec["crawl_date"],
                    "truth": _expected_body(exp.get("body") or {}),
                    "title": exp.get("title"),
                    "authors": list(exp.get("authors") or []),
                    "date": str(exp["publishing_date"])[:10]
                    if exp.get("publishing_date")
                    else None,
                }
            )
    return cases


LOADERS: dict[str, Callable[[], list[Case]]] = {
    "zyte": _zyte_cases,
    "fundus": _fundus_cases,
    "readability": _readability_cases,
    "newspaper": _newspaper_cases,
}
DIRS = {"zyte": ZYTE, "fundus": FUNDUS, "readability": READABILITY, "newspaper": NEWSPAPER}


# --------------------------------------------------------------------------- workers

_CONFIG = CleanConfig()


def _traf_default(body: bytes | str, url: str | None) -> str:
    from trafilatura import extract

    return extract(body, url=url) or ""


def raw_page(case: Case) -> RawPage:
    """``case`` as clipper's reader gives a saved HTML page: a page saved without its address is
    known by its own canonical link or og:url (clipper.read.pages)."""
    body = case["body"]
    head = page_head(body if isinstance(body, bytes) else body.encode("utf-8"))
    return RawPage(
        origin=case["id"],
        kind="html",
        body=body,
        url=case["url"] or declared_url(head),
        fetched_at=case["fetched_at"],
    )


def _job(job: tuple[Case, bool]) -> dict[str, Any]:
    """(a), (b) and (c) on one page; (a) and (b) skipped when ``reuse``."""
    case, reuse = job
    raw = raw_page(case)
    out: dict[str, Any] = {"id": case["id"]}
    if not reuse:
        # trafilatura alone is given what the set gives (it finds a canonical link itself)
        out["traf-default"] = _traf_default(raw.body, case["url"])
        recall = extract_html(
            raw.body, case["url"], raw.fetched_at, favor_precision=False, favor_recall=True
        )
        out["traf-recall"] = recall.text if recall is not None and recall.text else ""
    first_traf = int(raw.raw_hash[-1], 16) % 2 == 0
    t_traf = t_clipper = 0.0
    if reuse or not first_traf:
        t0 = time.perf_counter()
        result = clean_page(raw, _CONFIG)
        t_clipper = time.perf_counter() - t0
    if not reuse:
        t0 = time.perf_counter()
        doc = extract_html(raw.body, case["url"], raw.fetched_at)
        t_traf = time.perf_counter() - t0
        out["traf-clipper"] = doc.text if doc is not None and doc.text else ""
        out["traf_title"] = doc.title if doc is not None else None
        if first_traf:
            t0 = time.perf_counter()
            result = clean_page(raw, _CONFIG)
            t_clipper = time.perf_counter() - t0
    article = result if isinstance(result, Article) else None
    out.update(
        {
            "clipper": article.text if article else "",
            "title": article.title if article else None,
            "published": article.published if article else None,
            "rejection": None
            if isinstance(result, Article)
            else f"{result.reason}: {result.detail}",
            "t_traf": t_traf,
            "t_clipper": t_clipper,
        }
    )
    return out


def _page_key(name: str, case: Case) -> str:
    body = case["body"] if isinstance(case["body"], bytes) else case["body"].encode()
    return f"{name}/{case['id']}/{hashlib.sha256(body).hexdigest()[:16]}"


def _cache_tag() -> str:
    import trafilatura

    return f"v2 {trafilatura.__version__} {json.dumps(TRAFILATURA_OPTIONS, sort_keys=True)}"


def _load_cache() -> dict[str, Any]:
    if CACHE.exists():
        cache = json.loads(CACHE.read_text(encoding="utf-8"))
        if cache.get("tag") == _cache_tag():
            return dict(cache["pages"])
    return {}


# --------------------------------------------------------------------------- scoring


def _rule_effects(cached: list[tuple[str, list[str], str | None]]) -> dict[str, Any]:
    """Each candidate post-clean rule's F1 effect on (b)'s output (``(truth, lines, title)`` per
    page): ``alone`` on top of trafilatura's text, and ``effect`` = F1 of clipper's kept rules
    with the rule minus F1 without it (for a kept rule: what leaving it out would cost; for a
    dropped one: what adding it back would bring)."""

    def f1(rules: tuple[Any, ...], drop_title: bool, furniture: bool = True) -> float:
        return score(
            (
                t,
                "\n".join(
                    post_clean(lines, title, rules, drop_title=drop_title, furniture=furniture)
                ),
            )
            for t, lines, title in cached
        )["f1"]

    base = f1((), False, furniture=False)
    full = f1(POST_RULES, True)
    effects: dict[str, Any] = {
        "title-repeat": {
            "alone": f1((), True, furniture=False) - base,
            "effect": full - f1(POST_RULES, False),
        },
        # the language tables' furniture lines and "read also" boxes (drop_furniture_lines)
        "furniture-lines": {
            "alone": f1((), False) - base,
            "effect": full - f1(POST_RULES, True, furniture=False),
        },
    }
    for rule in CANDIDATE_RULES:
        without = tuple(r for r in POST_RULES if r is not rule)
        with_rule = tuple(r for r in CANDIDATE_RULES if r is rule or r in without)
        effects[rule.name] = {
            "alone": f1((rule,), False) - base,
            "effect": f1(with_rule, True) - f1(without, True),
            "kept": rule.name not in DROPPED_RULES,
        }
    return {"base_f1": base, "full_f1": full, "rules": effects}


def _swaps(ids: list[str], triples: dict[str, list[Triple]], out: dict[str, Any]) -> dict[str, Any]:
    """Where clipper loses against trafilatura alone, page by page: for each page, the set's F1
    if that one page's clipper text were replaced by the best trafilatura setting's text (best
    on this set), minus clipper's F1; and the F1 of taking, on every page, whichever of the two
    scores better (an oracle no rule can reach)."""
    best = max(TRAF_SYSTEMS, key=lambda s: out[s]["f1"])
    mine, theirs = triples["clipper"], triples[best]
    base = score_triples(mine)["f1"]
    gains: list[tuple[float, str]] = []
    for i, page in enumerate(ids):
        if mine[i] == theirs[i]:
            continue
        swapped = [*mine[:i], theirs[i], *mine[i + 1 :]]
        gains.append((score_triples(swapped)["f1"] - base, page))
    gains.sort(key=lambda g: (-g[0], g[1]))
    better = {page for gain, page in gains if gain > 0}
    oracle = [theirs[i] if page in better else mine[i] for i, page in enumerate(ids)]
    return {
        "against": best,
        "pages": [{"id": page, "gain": gain} for gain, page in gains],
        "oracle_gain": score_triples(oracle)["f1"] - base,
    }


# Typographic quotes fold to ASCII ones in the title rule: "Swift’s" and "Swift's" are one title.
_QUOTES = str.maketrans("‘’‚‛′“”„‟″", "'''''\"\"\"\"\"")


def _norm_title(title: str | None, quotes: bool = True) -> str:
    text = unicodedata.normalize("NFKC", title or "").replace("\u00ad", "").replace("\u200b", "")
    if quotes:
        text = text.translate(_QUOTES)
    return " ".join(text.casefold().split())


def _words(text: str) -> int:
    return len(text.split())


def run_set(name: str, limit: int | None, processes: int, reuse: bool) -> dict[str, Any]:
    cases = LOADERS[name]()[:limit]
    cache = _load_cache() if reuse else {}
    keys = [_page_key(name, c) for c in cases]
    use_cache = reuse and all(k in cache for k in keys)
    t0 = time.perf_counter()
    with multiprocessing.Pool(processes) as pool:
        results = list(pool.imap(_job, [(c, use_cache) for c in cases], chunksize=1))
    wall = time.perf_counter() - t0
    if use_cache:
        for r, k in zip(results, keys, strict=True):
            r.update(cache[k])
    truth = {c["id"]: c["truth"] for c in cases}
    scored = [(c, r) for c, r in zip(cases, results, strict=True) if c["truth"].strip()]
    out: dict[str, Any] = {
        "pages": len(results),
        "scored_pages": len(scored),
        "tuned": name in TUNED,
    }
    for system in SYSTEMS:
        out[system] = score((c["truth"], r[system]) for c, r in scored)
    # Secondary figure: pages whose expected text is shorter than any article clipper keeps
    # (Readability's unit cases of 1-16 words) left out; the primary figure above keeps them.
    articles = [(c, r) for c, r in scored if _words(c["truth"]) >= _CONFIG.min_prose_article_words]
    out["short_truth_pages"] = len(scored) - len(articles)
    out["articles_only"] = {
        system: score((c["truth"], r[system]) for c, r in articles)["f1"] for system in SYSTEMS
    }
    # Per-page (TP, FP, FN) of every system: the held-out pool (sets not tuned on, together)
    # and the page-by-page swaps below are computed from them.
    triples = {s: [tp_fp_fn(c["truth"], r[s]) for c, r in scored] for s in SYSTEMS}
    out["triples"] = {s: [[round(x, 6) for x in t] for t in v] for s, v in triples.items()}
    out["swaps"] = _swaps([c["id"] for c, _ in scored], triples, out)
    # Page by page (bench/.work/, not results): clipper's text, its published date and F1, to
    # compare two runs page by page.
    out["page_log"] = {
        c["id"]: {
            "f1": score_triples([triple])["f1"],
            "text": r["clipper"],
            "published": r.get("published"),
        }
        for (c, r), triple in zip(scored, triples["clipper"], strict=True)
    }
    out["rejected"] = [
        {"id": r["id"], "reason": r["rejection"], "truth_words": _words(truth[r["id"]])}
        for r in results
        if r["rejection"]
    ]
    out["rule_effects"] = _rule_effects(
        [
            (
                c["truth"],
                [ln for ln in map(normalise_line, r["traf-clipper"].splitlines()) if ln],
                normalise_line(r["traf_title"] or "") or None,
            )
            for c, r in scored
        ]
    )
    titled = [(c, r) for c, r in zip(cases, results, strict=True) if c.get("title")]
    if titled:
        out["title_pages"] = len(titled)
        out["title_exact_rate"] = sum(
            _norm_title(c["title"]) == _norm_title(r["title"]) for c, r in titled
        ) / len(titled)
        out["title_exact_rate_strict_quotes"] = sum(
            _norm_title(c["title"], False) == _norm_title(r["title"], False) for c, r in titled
        ) / len(titled)
        out["title_misses"] = [
            {"id": c["id"], "expected": c["title"], "got": r["title"]}
            for c, r in titled
            if _norm_title(c["title"]) != _norm_title(r["title"])
        ]
    dated = [(c, r) for c, r in zip(cases, results, strict=True) if c.get("date")]
    if dated:
        out["date_pages"] = len(dated)
        out["date_match_rate"] = sum(
            (r["published"] or "")[:10] == c["date"] for c, r in dated
        ) / len(dated)
        out["date_misses"] = [
            {"id": c["id"], "expected": c["date"], "got": r["published"]}
            for c, r in dated
            if (r["published"] or "")[:10] != c["date"]
        ]
    if not use_cache:
        t_traf = sum(r["t_traf"] for r in results)
        t_clip = sum(r["t_clipper"] for r in results)
        out.update(
            seconds_trafilatura=t_traf,
            seconds_clipper=t_clip,
            time_ratio=t_clip / t_traf if t_traf else None,
        )
        cache = _load_cache()
        for r, k in zip(results, keys, strict=True):
            cache[k] = {s: r[s] for s in (*TRAF_SYSTEMS, "traf_title")}
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_text(json.dumps({"tag": _cache_tag(), "pages": cache}), encoding="utf-8")
    out["wall_seconds"] = wall
    out["per_page"] = [
        {
            "id": c["id"],
            **{
                s: round(score([(c["truth"], r[s])])["f1"], 4)
                for s in SYSTEMS
                if c["truth"].strip()
            },
        }
        for c, r in zip(cases, results, strict=True)
    ]
    return out


# --------------------------------------------------------------------------- main


def _versions() -> dict[str, Any]:
    import trafilatura

    return {
        "python": platform.python_version(),
        "trafilatura": trafilatura.__version__,
        "cpu_count": os.cpu_count(),
        "machine": platform.machine(),
    }


def _report(results: dict[str, dict[str, Any]]) -> None:
    print(
        f"{'set':<20}{'role':<9}{'traf-default':>13}{'traf-clipper':>13}{'traf-recall':>12}"
        f"{'clipper':>9}{'Δ vs best':>11}  target +0.005 over trafilatura's best setting"
    )
    for name, res in results.items():
        best = max(res[s]["f1"] for s in TRAF_SYSTEMS)
        delta = res["clipper"]["f1"] - best
        label = f"{name} ({res['scored_pages']})"
        role = "tuned" if res["tuned"] else "confirm"
        print(
            f"{label:<20}{role:<9}{res['traf-default']['f1']:>13.4f}"
            f"{res['traf-clipper']['f1']:>13.4f}{res['traf-recall']['f1']:>12.4f}"
            f"{res['clipper']['f1']:>9.4f}{delta:>+11.4f}"
            f"  {'met' if delta >= 0.005 else 'NOT met'}"
        )
    print(
        f"\nwithout pages whose expected text has < {_CONFIG.min_prose_article_words} words"
        " (not articles; secondary figure)"
    )
    for name, res in results.items():
        a = res["articles_only"]
        best = max(a[s] for s in TRAF_SYSTEMS)
        print(
            f"  {name:<12}{res['short_truth_pages']:>3} left out: "
            + ", ".join(f"{s} {a[s]:.4f}" for s in SYSTEMS)
            + f" ({a['clipper'] - best:+.4f})"
        )
    held_out = [n for n in results if not results[n]["tuned"]]
    if held_out:
        pooled = {
            s: score_triples([tuple(t) for n in held_out for t in results[n]["triples"][s]])["f1"]
            for s in SYSTEMS
        }
        best = max(pooled[s] for s in TRAF_SYSTEMS)
        print(
            f"\nheld out ({' + '.join(held_out)} pooled, sets clipper's rules were not tuned on,"
            f" {sum(results[n]['scored_pages'] for n in held_out)} pages): "
            + ", ".join(f"{s} {pooled[s]:.4f}" for s in SYSTEMS)
            + f" ({pooled['clipper'] - best:+.4f} vs trafilatura's best setting)"
        )
    print(
        "\nwhere clipper loses against trafilatura alone (its best setting on the set): F1 of the"
        " set with one page's text swapped for trafilatura's, minus clipper's (≥ 0.0005 shown)"
    )
    for name, res in results.items():
        sw = res["swaps"]
        shown = [g for g in sw["pages"] if g["gain"] >= 0.0005]
        rejected = {r["id"] for r in res["rejected"]}
        print(
            f"  {name} (vs {sw['against']}): {len(shown)} pages"
            f", every better page swapped at once (oracle) {sw['oracle_gain']:+.4f}"
        )
        for g in shown:
            note = " (rejected)" if g["id"] in rejected else ""
            print(f"    {g['id'][:40]:<40} {g['gain']:+.4f}{note}")
    print("\nprecision / recall")
    for name, res in results.items():
        cells = "  ".join(f"{s} {res[s]['precision']:.3f}/{res[s]['recall']:.3f}" for s in SYSTEMS)
        print(f"  {name:<12}{cells}")
    print("\nclipper rejections (reason: what was found; words of the expected text)")
    for name, res in results.items():
        for rej in res["rejected"]:
            print(f"  {name}/{rej['id']}: {rej['reason']} (truth {rej['truth_words']} words)")
    print(
        "\npost-clean rule effects on F1 (with − without the rule, among the kept rules);"
        " a rule tuned on Zyte stays if its sum over the other sets is ≥ 0"
    )
    names = list(results)
    print(f"  {'rule':<16}" + "".join(f"{n[:11]:>12}" for n in names) + "  others  kept")
    rules = next(iter(results.values()))["rule_effects"]["rules"]
    for rule in rules:
        effects = {n: results[n]["rule_effects"]["rules"][rule]["effect"] for n in names}
        others = sum(v for n, v in effects.items() if n != "zyte")
        kept = results[names[0]]["rule_effects"]["rules"][rule].get("kept", True)
        print(
            f"  {rule:<16}"
            + "".join(f"{effects[n]:>+12.4f}" for n in names)
            + f"{others:>+8.4f}  {'yes' if kept else 'no'}"
        )
    print("\nmetadata")
    for name, res in results.items():
        if "title_exact_rate" in res:
            print(
                f"  {name}: title exact {res['title_exact_rate']:.3f} of {res['title_pages']}"
                f" (quotes not folded {res['title_exact_rate_strict_quotes']:.3f})",
                end="",
            )
            if "date_match_rate" in res:
                print(f", date {res['date_match_rate']:.3f} of {res['date_pages']}", end="")
            print()
    ratios = {n: r["time_ratio"] for n, r in results.items() if r.get("time_ratio")}
    if ratios:
        # the sets timed (with --reuse, only those the cache lacked)
        t_traf = sum(results[n]["seconds_trafilatura"] for n in ratios)
        t_clip = sum(results[n]["seconds_clipper"] for n in ratios)
        print(
            "\ntime, clipper ÷ trafilatura alone (clipper's settings), same pages: "
            + ", ".join(f"{n} ×{v:.3f}" for n, v in ratios.items())
            + f"; all ×{t_clip / t_traf:.3f} ({t_clip:.1f}s / {t_traf:.1f}s)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="pages per data set")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated subset")
    parser.add_argument("--reuse", action="store_true", help="trafilatura outputs from cache")
    args = parser.parse_args(argv)
    names = [n for n in args.sets.split(",") if n]
    unknown = [n for n in names if n not in LOADERS]
    if unknown:
        parser.error(f"unknown set(s) {unknown}; known: {', '.join(SETS)}")
    present = [n for n in names if DIRS[n].is_dir()]
    if not present:
        from _common import shared_missing

        print(shared_missing(DATA))
        return 0
    t0 = time.perf_counter()
    results = {n: run_set(n, args.limit, args.processes, args.reuse) for n in present}
    wall = time.perf_counter() - t0
    _report(results)
    print(f"\nwall time {wall:.1f}s with {args.processes} processes")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
                "command": "python bench/extraction.py " + " ".join(argv or sys.argv[1:]),
                "processes": args.processes,
                "wall_seconds": wall,
                "tuned_sets": list(TUNED),
                "trafilatura_options": TRAFILATURA_OPTIONS,
                "versions": _versions(),
                "loadavg": list(os.getloadavg()),
                # per-page triples only feed the pooled figure printed above
                "sets": {
                    n: {k: v for k, v in r.items() if k not in ("triples", "page_log")}
                    for n, r in results.items()
                },
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {RESULTS.relative_to(REPO)}")
    PAGE_LOG.parent.mkdir(parents=True, exist_ok=True)
    PAGE_LOG.write_text(
        json.dumps({n: r["page_log"] for n, r in results.items()}, ensure_ascii=False),
        encoding="utf-8",
    )
    print(f"wrote {PAGE_LOG.relative_to(REPO)} (each page's clipper text and F1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
