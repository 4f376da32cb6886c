"""Near-duplicate quality: clipper vs the glue script on a labelled syndication corpus.

    python bench/syndication.py [--quick] [--full] [--bases N] [--set tune|confirm|holdout|all]
                                [--no-real] [--workers N] [--misses]    (--set all: the default)

1. **Labelled corpora, built at run time** under ``bench/.work/syndication/`` (git-ignored; the
   publishers' texts are never written anywhere else), one per text set: ``tune`` (the
   expected bodies of the Zyte and newspaper4k extraction benchmarks: what clipper's rules were
   tuned on) and ``confirm`` (story-chains-energy and same-story-pairs texts, never tuned on;
   same-story-pairs keeps both independent reports of each event, which must stay apart) and
   ``holdout`` (wire-syndication-texts, furniture left in; added after one rule was changed on
   seeing the confirm set's misses).
   Base articles of ≥ 120 words and 3 paragraphs; bases that are copies of one another
   (5-shingle containment ≥ 0.5) are dropped first, so one label = one text.  Each base is
   published once as the wire original (HTML, wire site) and copied 1 to 8 times on invented
   sites (``*.example``, each with its own template: navigation, cookie banner, related and
   "Latest" boxes with other stories' headlines, newsletter / "Read more" / advertisement
   blocks inside the article on some).  Every kind of copy of issue 11, round-robin, each
   holding article text (a paragraph with a sentence of ≥ 12 words: ``article_paragraphs``;
   a base without one is dropped, and a kind a base cannot make is skipped for the next):
   ``full``; ``brief`` (the story up to its 2nd-3rd article paragraph: a wire text can open
   with its scraper's headline, byline and captions); ``update`` (a new update paragraph at the
   top); ``trimmed`` (last 1-3 paragraphs cut, never into the first article paragraph);
   ``edited`` (0.5-3 % of the words: typos, two words swapped, a word dropped or replaced);
   ``copyright`` (an agency copyright line appended); ``dateline`` ("LONDON (Wire) — ");
   ``dropped`` (a paragraph dropped mid-story, never the only article paragraph); ``rewrite``
   (an intro line of its own, then 4-5 paragraphs from the middle, ≥ 90 % of the copy's words;
   bases of 7+ paragraphs only).  Input forms, round-robin on another stride so every kind
   arrives in every form: ``html`` files, ``text-dump`` (seed-shaped .txt: "Skip to content",
   headlines repeated, "Read also:" / "Latest" trailers, numbered SEO blurbs), ``jsonl-text``
   (text field with "Advertisement" lines and a photo caption), ``jsonl-html``, ``warc``.
2. **Systems, same files, same command**: (a) clipper: ``dedupe`` into a fresh archive with the
   default config, clusters read back with ``clipper.export.records`` and matched to labels by
   URL (HTML canonical link, JSONL url, WARC target URI) or origin (text dumps); a page clipper
   rejects counts as a singleton.  (b) the glue script (``bench/glue.py``): trafilatura (clipper's
   exact call) for HTML, raw text for text dumps and JSONL text, word 5-shingles + MinHash(128)
   + MinHashLSH at threshold 0.8, 0.5 and 0.3, union-find.
   Metrics: pairwise precision, recall, F1; adjusted Rand index; recall per kind of copy and
   per input form (share of same-label pairs involving such a page that end up in one
   cluster); share of each kind's copies in their original's cluster; false merges (same event
   / unrelated); briefs found by length ratio.
3. **Real copies** (``wire-syndication-texts``, 680 texts, no labels): clusters found by clipper
   and by the glue script at 0.8 and 0.3, and every pair the glue script at 0.3 put in one
   cluster that clipper did not, with its Jaccard, containment and word coverage on the raw
   texts (a copy clipper missed, or two texts the glue script chained through a third).
4. ``--misses``: every pair clipper missed, charged to the copy outside its label's main
   cluster, with why (rejected by the cleaner, not a candidate, rejected in verification,
   joined elsewhere) and the figures verification decides on; every false pair
   (``bench/syndication_misses.py``).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import glue
import synth
from _common import SHARED_DATA, Run, figure, fmt, fresh_dir, progress, table
from sklearn.metrics import adjusted_rand_score

# What was done to a copy (issue 11's list), and the input form it arrives in: independent.
KINDS = (
    "full",  # the story as it is, on another site's template
    "brief",  # the first 2-3 paragraphs
    "update",  # a new update paragraph at the top
    "trimmed",  # the last 1-3 paragraphs cut
    "edited",  # 0.5-3 % of the words edited: typos, a word swapped, dropped or replaced
    "copyright",  # an agency copyright line appended
    "dateline",  # "CITY (Wire) — " before the first paragraph
    "dropped",  # one paragraph dropped mid-story
    "rewrite",  # an intro line of its own, then a run of 4-5 paragraphs from the middle
)
FORMS = ("html", "text-dump", "jsonl-text", "jsonl-html", "warc")
MAX_COPIES = 8
WIRE_SITE = "harborwire.example"
SITES = [
    ("dailyharbor.example", "The Daily Harbor"),
    ("metroledger.example", "Metro Ledger"),
    ("coastalcourier.example", "Coastal Courier"),
    ("northgate-tribune.example", "Northgate Tribune"),
    ("valleysentinel.example", "Valley Sentinel"),
    ("ferryport-post.example", "Ferryport Post"),
    ("baysidegazette.example", "Bayside Gazette"),
    ("kettleby-times.example", "Kettleby Times"),
    ("upland-herald.example", "Upland Herald"),
    ("morning-signal.example", "Morning Signal"),
]
CITIES = ["LONDON", "NEW YORK", "BRUSSELS", "TOKYO", "SYDNEY", "NAIROBI", "OTTAWA", "BERLIN"]
SUBSTITUTES = ["reportedly", "significant", "officials", "major", "recently", "several", "key"]
_WORD = re.compile(r"\w+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])|(?<=[.!?][\"”’)])\s+(?=[A-Z“\"])")


# --------------------------------------------------------------------------- base articles


@dataclass
class Base:
    id: str
    source: str
    headline: str
    paragraphs: list[str]
    story: str | None = None  # same-story-pairs story group: independent reports of one event


def _paragraphs(text: str) -> list[str]:
    out: list[str] = []
    for block in re.split(r"\n+", text):
        block = " ".join(block.split())
        if not block:
            continue
        if len(block.split()) <= 120:
            out.append(block)
            continue
        sentences = _SENTENCE_SPLIT.split(block)
        for i in range(0, len(sentences), 3):
            out.append(" ".join(sentences[i : i + 3]))
    # merge one-line stubs ("Yikes!") into the previous paragraph
    merged: list[str] = []
    for p in out:
        if merged and len(p.split()) < 8:
            merged[-1] += " " + p
        else:
            merged.append(p)
    return merged


def _shingles(text: str) -> set[str]:
    t = _WORD.findall(text.lower())
    return {" ".join(t[i : i + 5]) for i in range(max(1, len(t) - 4))}


TEXT_SETS = {
    # tuned on: extraction benchmarks' expected bodies (no relation to the confirmation texts)
    "tune": ("zyte", "newspaper"),
    # confirmed on, never tuned on: the two labelled news sets (same-story-pairs keeps both
    # independent reports of each event, which must stay apart)
    "confirm": ("story-chains-energy", "same-story-pairs"),
    # a second confirmation, built after one rule (brief_head) was changed on seeing the
    # confirm set's misses: real wire texts with their furniture left in, copies among them
    # dropped (one text per label), mostly one event (the Helsinki summit)
    "holdout": ("wire-syndication-texts",),
}


def load_bases(sources: tuple[str, ...]) -> tuple[list[Base], dict[str, int]]:
    bases: list[Base] = []
    if "story-chains-energy" in sources:
        with open(SHARED_DATA / "story-chains-energy" / "articles.jsonl") as f:
            for line in f:
                r = json.loads(line)
                bases.append(Base(f"sce/{r['doc_id']}", "story-chains-energy", r["title"],
                                  _paragraphs(r["text"])))
    if "same-story-pairs" in sources:
        with open(SHARED_DATA / "same-story-pairs" / "articles.jsonl") as f:
            for line in f:
                r = json.loads(line)
                bases.append(Base(f"ssp/{r['doc_id']}", "same-story-pairs", r["title"],
                                  _paragraphs(r["text"]), story=str(r["story_group"])))
    if "wire-syndication-texts" in sources:
        with open(SHARED_DATA / "wire-syndication-texts" / "articles.jsonl") as f:
            for line in f:
                r = json.loads(line)
                paragraphs = _paragraphs(r["text"])
                if paragraphs:
                    headline = " ".join(paragraphs[0].split()[:9]).rstrip(".,;:")
                    bases.append(Base(f"wire/{r['id']}", "wire-syndication-texts", headline,
                                      paragraphs))
    if "zyte" in sources:
        truth = json.loads(
            (SHARED_DATA / "zyte-article-extraction" / "ground-truth.json").read_text())
        for key, r in sorted(truth.items()):
            paragraphs = _paragraphs(r["articleBody"])
            if paragraphs:
                headline = " ".join(paragraphs[0].split()[:9]).rstrip(".,;:")
                bases.append(Base(f"zyte/{key[:12]}", "zyte", headline, paragraphs))
    if "newspaper" in sources:
        for path in sorted((SHARED_DATA / "newspaper-article-pages" / "text").glob("*.txt")):
            paragraphs = _paragraphs(path.read_text(errors="replace"))
            if paragraphs:
                headline = " ".join(paragraphs[0].split()[:9]).rstrip(".,;:")
                bases.append(Base(f"np/{path.stem}", "newspaper", headline, paragraphs))
    stats: Counter[str] = Counter()
    kept: list[Base] = []
    index: dict[str, list[int]] = defaultdict(list)
    kept_sizes: list[int] = []
    for base in bases:
        n_words = sum(len(p.split()) for p in base.paragraphs)
        if n_words < 120 or len(base.paragraphs) < 3:
            stats["dropped: < 120 words or < 3 paragraphs"] += 1
            continue
        if not article_paragraphs(base.paragraphs):
            stats["dropped: no article sentence"] += 1
            continue
        grams = _shingles(" ".join(base.paragraphs))
        common: Counter[int] = Counter()
        for g in grams:
            common.update(index.get(g, ()))
        if any(c / min(len(grams), kept_sizes[k]) >= 0.5 for k, c in common.items()):
            stats["dropped: copy of an earlier base (containment ≥ 0.5)"] += 1
            continue
        for g in grams:
            index[g].append(len(kept))
        kept_sizes.append(len(grams))
        kept.append(base)
        stats[f"kept: {base.source}"] += 1
    return kept, dict(stats)


# --------------------------------------------------------------------------- page makers


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html_page(
    site: tuple[str, str], site_no: int, url: str, headline: str, paragraphs: list[str],
    others: list[str], date: str,
) -> str:
    name = site[1]
    nav = "".join(
        f'<li><a href="/{s.lower()}">{s}</a></li>'
        for s in ("News", "World", "Business", "Energy", "Politics", "Sport", "Opinion")
    )
    body: list[str] = []
    for i, p in enumerate(paragraphs):
        body.append(f"<p>{_esc(p)}</p>")
        if i == 1 and site_no % 3 == 0:
            body.append(f'<p class="read-more"><strong>Read more:</strong> '
                        f'<a href="/news/r{i}">{_esc(others[0])}</a></p>')
        if i == 2 and site_no % 3 == 1:
            body.append('<div class="ad"><p>Advertisement</p></div>')
        if i == 3 and site_no % 4 == 2:
            body.append('<div class="newsletter"><p>Sign up for our daily newsletter to get the '
                        'top stories in your inbox.</p><form><input type="email"><button>'
                        'Subscribe</button></form></div>')
    related = "".join(f'<li><a href="/news/{abs(hash(o)) % 10**6}">{_esc(o)}</a></li>'
                      for o in others[1:4])
    latest = "".join(f'<li><a href="/latest/{k}">{_esc(o)}</a></li>'
                     for k, o in enumerate(others[4:7]))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{_esc(headline)} | {_esc(name)}</title>
<link rel="canonical" href="{url}">
<meta property="og:type" content="article"><meta property="og:site_name" content="{_esc(name)}">
<meta property="og:title" content="{_esc(headline)}">
<meta property="article:published_time" content="{date}">
</head><body>
<div class="cookie-banner"><p>We use cookies to give you the best experience on {_esc(name)}.
By continuing to browse the site you agree to our use of cookies.</p><button>Accept all</button>
<a href="/privacy">Privacy policy</a></div>
<header class="site-header"><a class="logo" href="/">{_esc(name)}</a><nav><ul>{nav}</ul></nav>
<form class="search"><input name="q" placeholder="Search"></form></header>
<div class="breaking"><a href="/latest/0">Breaking: {_esc(others[7])}</a></div>
<main><article class="story">
<h1 class="headline">{_esc(headline)}</h1>
<p class="byline">By Wire staff · <time datetime="{date}">{date[:10]}</time></p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="tags">Topics: <a href="/t/1">News</a> <a href="/t/2">World</a></div>
</article>
<aside class="related"><h3>Related stories</h3><ul>{related}</ul></aside>
<section class="latest"><h3>Latest</h3><ul>{latest}</ul></section>
</main>
<footer><p>© 2024 {_esc(name)}. All rights reserved.</p><ul><li><a href="/about">About us</a></li>
<li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li></ul></footer>
</body></html>
"""


def text_dump(headline: str, paragraphs: list[str], others: list[str]) -> str:
    alt = "Report: " + headline
    lines = ["Skip to content", "", alt, "", headline, headline, "", alt, ""]
    for p in paragraphs:
        lines += [p, ""]
    lines += ["Read also:", *others[:3], "", "Latest", *others[3:6], ""]
    for k, p in enumerate(paragraphs[:4], 1):
        lines.append(f"  {k}. " + " ".join(p.split()[:14]) + " …")
    return "\n".join(lines) + "\n"


def _dateline(paragraphs: list[str], rng: random.Random) -> list[str]:
    return [f"{rng.choice(CITIES)} (Wire) — {paragraphs[0]}", *paragraphs[1:]]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word + word[-1]
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _edit_words(paragraphs: list[str], rng: random.Random, share: float) -> list[str]:
    """Edit ``share`` of the words: typos (swapped letters), two words swapped, a word dropped
    or replaced, spread over the text."""
    out = [p.split(" ") for p in paragraphs]
    total = sum(len(p) for p in out)
    for _ in range(max(1, round(total * share))):
        words = out[rng.randrange(len(out))]
        if len(words) < 3:
            continue
        j = rng.randrange(len(words) - 1)
        action = rng.choice(("typo", "typo", "swap", "drop", "replace"))
        if action == "typo":
            words[j] = _typo(words[j], rng)
        elif action == "swap":
            words[j], words[j + 1] = words[j + 1], words[j]
        elif action == "drop":
            del words[j]
        else:
            words[j] = rng.choice(SUBSTITUTES)
    return [" ".join(w) for w in out]


def _new_paragraph(rng: random.Random, prefix: str, sentences: int = 3) -> str:
    nrng = synth.np.random.default_rng(rng.randrange(2**31))
    return prefix + " ".join(synth._sentence(nrng, int(nrng.integers(12, 22)))
                             for _ in range(sentences))


COPYRIGHT = ("Copyright 2024 Harbor Wire. All rights reserved. This material may not be "
             "published, broadcast, rewritten or redistributed.")


def make_copy(kind: str, paragraphs: list[str], rng: random.Random) -> list[str]:
    """The body of a copy of ``paragraphs`` made the way ``kind`` says (``copyable`` first).

    Every copy holds article text (:func:`article_paragraphs`): a brief is the story up to its
    second or third article paragraph (a base can open with its scraper's headline, byline and
    captions, which a brief of its first 2-3 paragraphs would be all of), a trimmed copy never
    cuts into its first article paragraph, a dropped paragraph is never the only one."""
    n = len(paragraphs)
    article = article_paragraphs(paragraphs)
    if kind == "brief":
        return paragraphs[: article[min(rng.randint(2, 3), len(article)) - 1] + 1]
    if kind == "update":
        return [_new_paragraph(rng, "Update: "), *paragraphs]
    if kind == "trimmed":
        cut = min(max(1, min(rng.randint(1, 3), n // 3)), n - 1 - article[0])
        return paragraphs[: n - cut]
    if kind == "edited":
        return _edit_words(paragraphs, rng, rng.uniform(0.005, 0.03))
    if kind == "copyright":
        return [*paragraphs, COPYRIGHT]
    if kind == "dateline":
        return _dateline(paragraphs, rng)
    if kind == "dropped":
        drop = rng.choice([i for i in range(1, n - 1) if set(article) - {i}])
        return paragraphs[:drop] + paragraphs[drop + 1 :]
    if kind == "rewrite":
        # an intro line of its own, then a middle run: 4-5 paragraphs, longer when they are
        # short, so that the wire's words are ≥ 90 % of the copy (issue 11: 0.91-0.93)
        intro = _new_paragraph(rng, "", 1)
        start = rng.randint(1, max(1, n - 5))
        stop = min(n, start + rng.randint(4, 5))
        while stop < n and _n_words(paragraphs[start:stop]) < 9 * _n_words([intro]):
            stop += 1
        return [intro, *paragraphs[start:stop]]
    return list(paragraphs)


def copyable(kind: str, paragraphs: list[str]) -> bool:
    """Whether ``make_copy`` can make a ``kind`` copy of ``paragraphs`` that holds article
    text: a rewrite needs a long story (:func:`rewritable`), a trimmed copy an article
    paragraph before the last paragraph, a dropped one a middle paragraph whose loss leaves
    one; a brief and the other kinds keep the story's first article paragraph."""
    article = article_paragraphs(paragraphs)
    n = len(paragraphs)
    if not article:
        return False
    if kind == "rewrite":
        return rewritable(paragraphs)
    if kind == "trimmed":
        return article[0] < n - 1
    if kind == "dropped":
        return any(set(article) - {i} for i in range(1, n - 1))
    return True


def rewritable(paragraphs: list[str]) -> bool:
    """Long enough for a rewrite: 7+ paragraphs, 300+ words after the first."""
    return len(paragraphs) >= 7 and _n_words(paragraphs[1:]) >= 300


def _n_words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


# A sentence ends in . ! or ? (a space before it in tokenised texts, closing quotes after it).
_SENTENCE_END = re.compile(r"(.) ?[.!?](?: ?[\"”’)])*$")


def _article_sentence(sentence: str) -> bool:
    """≥ 12 words ending in . ! or ? after a lower-case letter (any script), a digit or a
    closing quote or bracket: a byline's initials ("W.J.") end no sentence."""
    end = _SENTENCE_END.search(sentence.strip())
    if len(sentence.split()) < 12 or end is None:
        return False
    before = end.group(1)
    return (before.isalpha() and not before.isupper()) or before.isdigit() or before in "%\"”’)"


def article_paragraphs(paragraphs: list[str]) -> list[int]:
    """Indices of the paragraphs that hold an article sentence (:func:`_article_sentence`): a
    holdout base opens with its scraper's headline, "Updated 5:53 am PDT", a byline or photo
    captions, none of which is the story."""
    return [
        i for i, p in enumerate(paragraphs)
        if any(_article_sentence(sentence) for sentence in _SENTENCE_SPLIT.split(p))
    ]


@dataclass
class PageInfo:
    label: str
    kind: str  # what was done to it ("original" for the wire story)
    form: str  # how it arrived
    keys: tuple[str, ...]  # ways the systems name this page: url, origin, glue key
    words: int = 0  # body words as published (before any page furniture)
    # whether the body holds an article paragraph (article_paragraphs): every copy the
    # generator makes does (make_copy); the report counts the pages that do not
    has_sentence: bool = True


def build_corpus(bases: list[Base], root: Path, seed: int = 7) -> dict[str, PageInfo]:
    """Write the corpus under ``root``; return page id → info (keys to match both systems).

    Each base article is published once as the wire original (HTML on the wire's site) and
    copied 1 to 8 times; copy kinds go round-robin over the corpus, and each round of kinds
    arrives in the next input form, so every kind arrives in every form equally often."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    for folder in ("html", "text", "feeds"):
        (root / folder).mkdir()
    pages: dict[str, PageInfo] = {}
    headlines = [b.headline for b in bases]
    jsonl_lines: list[str] = []
    warc_buffer = io.BytesIO()
    writer = WARCWriter(warc_buffer, gzip=True)
    jsonl_path = root / "feeds" / "news.jsonl"
    copy_no = 0
    for n, base in enumerate(bases):
        others = rng.sample([h for h in headlines if h != base.headline], 8)
        date = f"2024-0{1 + n % 9}-{10 + n % 18}T{8 + n % 10:02d}:15:00+00:00"
        slug = re.sub(r"[^a-z0-9]+", "-", base.headline.lower())[:50].strip("-") or "story"
        url = f"https://{WIRE_SITE}/{n}/{slug}"
        path = root / "html" / f"{n:04d}-original.html"
        path.write_text(html_page((WIRE_SITE, "Harbor Wire"), 99, url, base.headline,
                                  base.paragraphs, others, date))
        pages[f"{n}/original"] = PageInfo(base.id, "original", "html", (url, str(path)),
                                          _n_words(base.paragraphs))
        copies = rng.randint(1, MAX_COPIES)
        site_numbers = [rng.randrange(len(SITES)) for _ in range(copies)]
        for k, site_no in enumerate(site_numbers):
            kind = KINDS[copy_no % len(KINDS)]
            while not copyable(kind, base.paragraphs):
                copy_no += 1  # e.g. a middle run needs a long story: the next kind instead
                kind = KINDS[copy_no % len(KINDS)]
            form = FORMS[(copy_no // len(KINDS)) % len(FORMS)]
            copy_no += 1
            site = SITES[site_no]
            url = f"https://{site[0]}/news/{n}-{k}-{kind}/{slug}"
            headline = base.headline
            if kind in ("edited", "rewrite"):
                headline = f"{rng.choice(['Exclusive', 'Analysis', 'Watch'])}: " + " ".join(
                    headline.split()[: max(4, len(headline.split()) - 2)])
            paragraphs = make_copy(kind, list(base.paragraphs), rng)
            page_id = f"{n}/{k}-{kind}"
            words = _n_words(paragraphs)
            sentence = bool(article_paragraphs(paragraphs))
            if form == "html":
                path = root / "html" / f"{n:04d}-{k}-{kind}.html"
                path.write_text(html_page(site, site_no, url, headline, paragraphs, others, date))
                pages[page_id] = PageInfo(base.id, kind, form, (url, str(path)), words, sentence)
            elif form == "text-dump":
                path = root / "text" / f"{n:04d}-{k}-{kind}.txt"
                path.write_text(text_dump(headline, paragraphs, others))
                pages[page_id] = PageInfo(base.id, kind, form, (str(path),), words, sentence)
            elif form == "jsonl-text":
                body = list(paragraphs)
                body.insert(min(2, len(body)), "Advertisement")
                body.insert(1, f"A view of the scene on {date[:10]}. (Photo: Wire/Staff)")
                record = {"url": url, "title": headline, "source_domain": site[0],
                          "maintext": "\n".join(body), "date_publish": date[:19]}
                jsonl_lines.append(json.dumps(record, ensure_ascii=False))
                key = f"{jsonl_path}:{len(jsonl_lines)}"
                pages[page_id] = PageInfo(base.id, kind, form, (url, key), words, sentence)
            elif form == "jsonl-html":
                record = {"url": url, "html": html_page(site, site_no, url, headline, paragraphs,
                                                         others, date)}
                jsonl_lines.append(json.dumps(record, ensure_ascii=False))
                key = f"{jsonl_path}:{len(jsonl_lines)}"
                pages[page_id] = PageInfo(base.id, kind, form, (url, key), words, sentence)
            else:
                payload = html_page(site, site_no, url, headline, paragraphs, others,
                                    date).encode("utf-8")
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                   ("Content-Length", str(len(payload)))],
                                        protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                   http_headers=http)
                writer.write_record(record)
                pages[page_id] = PageInfo(base.id, kind, form, (url,), words, sentence)
    jsonl_path.write_text("\n".join(jsonl_lines) + "\n")
    (root / "feeds" / "crawl.warc.gz").write_bytes(warc_buffer.getvalue())
    return pages


# --------------------------------------------------------------------------- scoring


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def score(labels: list[str], predicted: list[str]) -> dict[str, float]:
    cells = Counter(zip(labels, predicted, strict=True))
    tp = sum(_pairs(c) for c in cells.values())
    pred = sum(_pairs(c) for c in Counter(predicted).values())
    true = sum(_pairs(c) for c in Counter(labels).values())
    precision = tp / pred if pred else 1.0
    recall = tp / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "ari": float(adjusted_rand_score(labels, predicted)),
        "true_pairs": true,
        "predicted_pairs": pred,
        "true_positive_pairs": tp,
        "clusters": len(set(predicted)),
    }


def recall_by(attr: str, page_ids: list[str], info: dict[str, PageInfo], predicted: list[str]
              ) -> dict[str, float]:
    """Share of same-label pairs involving a page of each ``attr`` value (kind or form) that
    end up in one cluster."""
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, pid in enumerate(page_ids):
        by_label[info[pid].label].append(i)
    hit: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for members in by_label.values():
        for a in members:
            for b in members:
                if a >= b:
                    continue
                together = predicted[a] == predicted[b]
                for value in {getattr(info[page_ids[a]], attr), getattr(info[page_ids[b]], attr)}:
                    total[value] += 1
                    hit[value] += together
    return {value: hit[value] / total[value] for value in sorted(total)}


def with_original(page_ids: list[str], info: dict[str, PageInfo], predicted: list[str]
                  ) -> dict[str, float]:
    """Per kind: share of copies in the same cluster as their wire original."""
    cluster = dict(zip(page_ids, predicted, strict=True))
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for pid in page_ids:
        if info[pid].kind == "original":
            continue
        total[info[pid].kind] += 1
        found[info[pid].kind] += cluster[pid] == cluster[pid.split("/")[0] + "/original"]
    return {kind: found[kind] / total[kind] for kind in sorted(total)}


def briefs_by_length_ratio(page_ids: list[str], info: dict[str, PageInfo],
                           predicted: list[str]) -> dict[str, list[int]]:
    """Briefs found with their original / all, by brief words ÷ original words."""
    cluster = dict(zip(page_ids, predicted, strict=True))
    out: dict[str, list[int]] = {}
    for pid in page_ids:
        if info[pid].kind != "brief":
            continue
        original = pid.split("/")[0] + "/original"
        ratio = info[pid].words / max(1, info[original].words)
        bucket = "< 0.10" if ratio < 0.1 else "0.10-0.15" if ratio < 0.15 else "≥ 0.15"
        found, total = out.setdefault(bucket, [0, 0])
        out[bucket] = [found + (cluster[pid] == cluster[original]), total + 1]
    return dict(sorted(out.items()))


def false_merges(page_ids: list[str], info: dict[str, PageInfo], predicted: list[str],
                 bases: dict[str, Base]) -> dict[str, int]:
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for pid, c in zip(page_ids, predicted, strict=True):
        by_cluster[c].append(info[pid].label)
    out: Counter[str] = Counter()
    for labels in by_cluster.values():
        for i, a in enumerate(labels):
            for b in labels[i + 1 :]:
                if a == b:
                    continue
                same_story = bases[a].story is not None and bases[a].story == bases[b].story
                out["same event, independent text" if same_story else "unrelated"] += 1
    return dict(out)


# --------------------------------------------------------------------------- systems


def run_clipper(inputs: list[Path], db: Path, workers: int | None) -> list[dict[str, Any]]:
    from clipper.archive import open_archive
    from clipper.config import Config
    from clipper.export import records
    from clipper.pipeline import dedupe

    archive = open_archive(str(db))
    config = Config() if workers is None else Config(workers=workers)
    summary = dedupe(archive, [str(p) for p in inputs], config)
    progress(f"  clipper: {summary.stored} stored, skipped {summary.skipped}, "
             f"{summary.seconds:.1f}s")
    rows = list(records(archive))
    archive.close()
    return rows


def clipper_assignment(rows: list[dict[str, Any]], info: dict[str, PageInfo]
                       ) -> dict[str, str]:
    by_key: dict[str, str] = {}
    for page_id, page in info.items():
        for key in page.keys:
            by_key[key] = page_id
    out: dict[str, str] = {}
    for row in rows:
        pid: str | None = by_key.get(row["url"] or "") or by_key.get(row["origin"] or "")
        if pid is None:
            # text dumps: the origin is the path as clipper walked it
            origin = row["origin"] or ""
            pid = next((p for k, p in by_key.items() if origin.endswith(k)), None)
        if pid is not None and pid not in out:
            out[pid] = f"c{row['cluster_id']}"
    return out


def evaluate(name: str, assignment: dict[str, str], info: dict[str, PageInfo],
             bases: dict[str, Base]) -> dict[str, Any]:
    page_ids = sorted(info)
    predicted = [assignment.get(pid, f"missing:{pid}") for pid in page_ids]
    labels = [info[pid].label for pid in page_ids]
    result: dict[str, Any] = dict(score(labels, predicted))
    result["pages"] = len(page_ids)
    result["pages_missing"] = sum(1 for pid in page_ids if pid not in assignment)
    result["missing_by_form"] = dict(Counter(info[p].form for p in page_ids
                                             if p not in assignment))
    result["recall_by_kind"] = recall_by("kind", page_ids, info, predicted)
    result["recall_by_form"] = recall_by("form", page_ids, info, predicted)
    result["with_original_by_kind"] = with_original(page_ids, info, predicted)
    result["false_merge_pairs"] = false_merges(page_ids, info, predicted, bases)
    result["briefs_found_by_length_ratio"] = briefs_by_length_ratio(page_ids, info, predicted)
    # the same pairwise scores without the copies whose body holds no article sentence
    with_article = [i for i, pid in enumerate(page_ids) if info[pid].has_sentence]
    result["pages_without_article_sentence"] = len(page_ids) - len(with_article)
    result["with_article_sentence"] = score(
        [labels[i] for i in with_article], [predicted[i] for i in with_article]
    )
    progress(f"  {name}: P {result['precision']:.3f} R {result['recall']:.3f} "
             f"F1 {result['f1']:.3f} ARI {result['ari']:.3f}")
    return result


# --------------------------------------------------------------------------- real copies


def cluster_stats(clusters: dict[str, list[int]], texts: list[dict[str, Any]], rng: random.Random
                  ) -> dict[str, Any]:
    multi = [m for m in clusters.values() if len(m) > 1]
    sizes = Counter(len(m) for m in clusters.values())
    largest = max(multi, key=len) if multi else []
    samples = []
    pool = list(multi)
    rng.shuffle(pool)
    from clipper.fingerprint import shingle_hashes, similarity, words

    for members in pool[:10]:
        a, b = rng.sample(members, 2)
        jaccard, containment = similarity(*(shingle_hashes(words(texts[i]["text"]), 5)
                                            for i in (a, b)))
        samples.append([
            {"publisher": texts[a]["publisher"], "start": " ".join(texts[a]["text"].split())[:100]},
            {"publisher": texts[b]["publisher"], "start": " ".join(texts[b]["text"].split())[:100]},
            {"raw_text_jaccard": round(jaccard, 3), "raw_text_containment": round(containment, 3)},
        ])
    return {
        "documents": sum(len(m) for m in clusters.values()),
        "clusters": len(clusters),
        "clusters_with_copies": len(multi),
        "documents_in_copy_clusters": sum(len(m) for m in multi),
        "size_histogram": {str(k): v for k, v in sorted(sizes.items())},
        "largest": len(largest),
        "largest_publishers": sorted(Counter(texts[i]["publisher"] for i in largest))[:20],
        "sample_pairs": samples,
    }


def real_copies(work: Path, workers: int | None) -> dict[str, Any]:
    src = SHARED_DATA / "wire-syndication-texts" / "articles.jsonl"
    texts = [json.loads(line) for line in src.read_text().splitlines() if line.strip()]
    feed = work / "wire" / "articles.jsonl"
    feed.parent.mkdir()
    with open(feed, "w") as f:
        for r in texts:
            f.write(json.dumps({"text": r["text"], "publisher": r["publisher"],
                                "scrape_time": r["scrape_time"]}) + "\n")
    progress("real copies: clipper ...")
    rows = run_clipper([feed], work / "wire.db", workers)
    line_of = {}
    for row in rows:
        origin = row["origin"] or ""
        line_of[origin] = int(origin.rsplit(":", 1)[1]) - 1
    clipper_clusters: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        clipper_clusters[str(row["cluster_id"])].append(line_of[row["origin"]])
    stored = {i for m in clipper_clusters.values() for i in m}
    keys = [str(i) for i in range(len(texts))]
    sketches = glue.minhashes([r["text"] for r in texts])
    out: dict[str, Any] = {
        "documents": len(texts),
        "clipper": cluster_stats(clipper_clusters, texts, random.Random(1))
        | {"stored": len(stored), "not_stored": len(texts) - len(stored)},
    }
    cluster_of = {i: c for c, members in clipper_clusters.items() for i in members}
    for threshold in (0.8, 0.3):
        progress(f"real copies: glue {threshold} ...")
        glue_clusters: dict[str, list[int]] = defaultdict(list)
        for k, c in glue.cluster(keys, sketches, threshold).items():
            glue_clusters[c].append(int(k))
        out[f"glue_{threshold}"] = cluster_stats(glue_clusters, texts, random.Random(1))
        if threshold == 0.3:
            out["glue_0.3_pairs_clipper_split"] = glue_only_pairs(glue_clusters, cluster_of,
                                                                  texts)
    return out


def glue_only_pairs(glue_clusters: dict[str, list[int]], cluster_of: dict[int, str],
                    texts: list[dict[str, Any]]) -> dict[str, Any]:
    """Every pair the glue script put in one cluster that clipper did not, measured on the raw
    texts: Jaccard, shingle containment and word coverage of the shorter in the longer (the
    rule clipper verifies): a pair with low coverage is two different texts the glue script
    chained through a third."""
    from clipper.fingerprint import coverage, shingle_sequence, similarity, words

    seqs = {}

    def seq(i: int) -> Any:
        if i not in seqs:
            seqs[i] = shingle_sequence(words(texts[i]["text"]), 5)
        return seqs[i]

    pairs: list[dict[str, Any]] = []
    for members in glue_clusters.values():
        for x, a in enumerate(sorted(members)):
            for b in sorted(members)[x + 1 :]:
                if a in cluster_of and b in cluster_of and cluster_of[a] == cluster_of[b]:
                    continue
                sa, sb = seq(a), seq(b)
                if len(sa) > len(sb):
                    sa, sb = sb, sa
                jaccard, containment = similarity(np.unique(sa), np.unique(sb))
                pair: dict[str, Any] = {
                    "pair": [a, b],
                    "publishers": [texts[a]["publisher"], texts[b]["publisher"]],
                    "jaccard": round(jaccard, 3),
                    "containment": round(containment, 3),
                    "coverage": round(coverage(sa, np.unique(sb), 5), 3),
                    "stored": [a in cluster_of, b in cluster_of],
                }
                pairs.append(pair)
    buckets = Counter(
        "a page clipper did not store (cleaner: too short)"
        if not all(p["stored"])
        else "coverage ≥ 0.8 or J ≥ 0.5 (a copy clipper missed)"
        if p["coverage"] >= 0.8 or p["jaccard"] >= 0.5
        else "coverage 0.5-0.8 (partly shared text)" if p["coverage"] >= 0.5
        else "coverage < 0.5 (different texts: glue chained them)"
        for p in pairs
    )
    return {"pairs": len(pairs), "by_overlap": dict(buckets),
            "worst": sorted((p for p in pairs if all(p["stored"])),
                            key=lambda p: -p["coverage"])[:15]}


# --------------------------------------------------------------------------- main


def _pick(bases: list[Base], n: int | None) -> list[Base]:
    if n is None or n >= len(bases):
        return bases
    rng = random.Random(3)
    by_source: dict[str, list[Base]] = defaultdict(list)
    for b in bases:
        by_source[b.source].append(b)
    picked: list[Base] = []
    share = n // len(by_source)
    for source, items in sorted(by_source.items()):
        if source == "same-story-pairs":  # keep both reports of each picked story
            stories = sorted({b.story for b in items if b.story})
            chosen = set(rng.sample(stories, min(len(stories), share // 2)))
            picked += [b for b in items if b.story in chosen]
        else:
            picked += rng.sample(items, min(len(items), share))
    return picked


def _print_samples(title: str, stats: dict[str, Any]) -> None:
    print(f"\n{title}: {stats['clusters_with_copies']} clusters with copies "
          f"({stats['documents_in_copy_clusters']} docs), largest {stats['largest']}, "
          f"sizes {stats['size_histogram']}")
    for a, b, sim in stats["sample_pairs"]:
        print(f"  {a['publisher'][:22]:22} | {a['start']}")
        print(f"  {b['publisher'][:22]:22} | {b['start']}")
        print(f"  {'':22} | raw-text 5-shingle Jaccard {sim['raw_text_jaccard']}, "
              f"containment {sim['raw_text_containment']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 base articles (default)")
    parser.add_argument("--full", action="store_true", help="every base article of the set")
    parser.add_argument("--bases", type=int, default=None, help="number of base articles")
    parser.add_argument("--set", choices=[*TEXT_SETS, "all"], default="all",
                        help="texts the corpus is built from: tune (zyte + newspaper), confirm "
                             "(story-chains-energy + same-story-pairs), holdout "
                             "(wire-syndication-texts) or all three, one after the other "
                             "(default)")
    parser.add_argument("--no-real", action="store_true",
                        help="skip wire-syndication-texts (real copies)")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--misses", action="store_true",
                        help="explain every pair clipper missed and every false pair "
                             "(bench/syndication_misses.py)")
    args = parser.parse_args()
    if not SHARED_DATA.exists():
        print(f"skipped: {SHARED_DATA} is absent")
        return
    run = Run("syndication")
    run.data["sets"] = {}
    work = fresh_dir("syndication")
    for name in (TEXT_SETS if args.set == "all" else [args.set]):
        run.data["sets"][name] = corpus_run(name, args, work / name, run)
    real = None
    if not args.no_real and (SHARED_DATA / "wire-syndication-texts").exists():
        real = real_copies(work, args.workers)
    run.data.update({"glue_shingles": glue.SHINGLES, "real_copies": real})
    path = run.write()
    for name, data in run.data["sets"].items():
        print_set(name, data)
    if real:
        _print_samples("wire-syndication-texts, clipper", real["clipper"])
        _print_samples("wire-syndication-texts, glue 0.8", real["glue_0.8"])
        print(f"\nwire-syndication-texts multi-page clusters: clipper "
              f"{real['clipper']['clusters_with_copies']}, glue 0.8 "
              f"{real['glue_0.8']['clusters_with_copies']}, glue 0.3 "
              f"{real['glue_0.3']['clusters_with_copies']}")
        split = real["glue_0.3_pairs_clipper_split"]
        print(f"pairs glue 0.3 put together and clipper did not: {split['pairs']} "
              f"{split['by_overlap']}")
        for p in split["worst"][:8]:
            print(f"  {p['pair']} {p['publishers']} J {p['jaccard']} C {p['containment']} "
                  f"coverage {p['coverage']} stored {p['stored']}")
    print(f"loadavg start {run.data['loadavg_start']} end {run.data['loadavg_end']}; "
          f"wrote {path}")


def corpus_run(name: str, args: argparse.Namespace, work: Path, run: Run) -> dict[str, Any]:
    all_bases, base_stats = load_bases(TEXT_SETS[name])
    n_bases = args.bases if args.bases else (None if args.full else 100)
    bases = _pick(all_bases, n_bases)
    by_id = {b.id: b for b in bases}
    corpus = work / "corpus"
    corpus.mkdir(parents=True)
    info = build_corpus(bases, corpus)
    inputs = [corpus / "html", corpus / "text", corpus / "feeds"]
    progress(f"{name}: {len(bases)} base articles, {len(info)} pages under {corpus}")
    progress("clipper ...")
    rows = run_clipper(inputs, work / "clipper.db", args.workers)
    assignment = clipper_assignment(rows, info)
    results = {"clipper": evaluate("clipper", assignment, info, by_id)}
    if args.misses:
        import syndication_misses

        key_of = {k: pid for pid, p in info.items() for k in p.keys}
        misses = syndication_misses.explain(str(work / "clipper.db"), info, assignment, rows,
                                            key_of)
        results["clipper"]["misses"] = misses
        syndication_misses.print_misses(name, misses)
    progress("glue: extraction ...")
    docs = list(glue.read_inputs(inputs))
    by_key = {k: pid for pid, p in info.items() for k in p.keys}
    keys = [by_key[k] for k, _ in docs]
    sketches = glue.minhashes([t for _, t in docs])
    for threshold in (0.8, 0.5, 0.3):
        assignment = glue.cluster(keys, sketches, threshold)
        results[f"glue_{threshold}"] = evaluate(f"glue {threshold}", assignment, info, by_id)
        results[f"glue_{threshold}"]["empty_extractions"] = sum(1 for _, t in docs if not t)
    for system, r in results.items():
        for metric in ("precision", "recall", "f1", "ari"):
            run.add(figure(f"syndication ({name}) {metric}, {system}", r[metric]))
    c = results["clipper"]
    run.add(figure(f"syndication ({name}) precision, clipper", c["precision"], "", "≥ 0.995",
                   c["precision"] >= 0.995))
    run.add(figure(f"syndication ({name}) F1, clipper", c["f1"], "", "≥ 0.985",
                   c["f1"] >= 0.985))
    return {
        "corpus": {
            "texts": list(TEXT_SETS[name]),
            "base_articles": len(bases),
            "base_sources": dict(Counter(b.source for b in bases)),
            "base_selection": base_stats,
            "pages": len(info),
            "pages_by_kind": dict(Counter(p.kind for p in info.values())),
            "pages_by_form": dict(Counter(p.form for p in info.values())),
            "inputs": "HTML files, .txt dumps, one JSONL (text + html records), one WARC.gz",
        },
        "results": results,
    }


def print_set(name: str, data: dict[str, Any]) -> None:
    results = data["results"]
    corpus = data["corpus"]
    print(f"\n== {name}: {corpus['base_articles']} base articles ({', '.join(corpus['texts'])})"
          f" → {corpus['pages']} pages")
    print(table(
        [[system, fmt(r["precision"]), fmt(r["recall"]), fmt(r["f1"]), fmt(r["ari"]),
          r["clusters"], r["pages_missing"]] for system, r in results.items()],
        ["system", "precision", "recall", "F1", "ARI", "clusters", "pages not clustered"],
    ))
    print(f"\nwithout the {results['clipper']['pages_without_article_sentence']} copies that "
          "hold no article paragraph (article_paragraphs; make_copy makes none):")
    print(table(
        [[system, fmt(r["with_article_sentence"]["precision"]),
          fmt(r["with_article_sentence"]["recall"]), fmt(r["with_article_sentence"]["f1"])]
         for system, r in results.items()],
        ["system", "precision", "recall", "F1"],
    ))
    for what, values in (("kind of copy", ["original", *KINDS]), ("input form", list(FORMS))):
        key = "recall_by_kind" if what == "kind of copy" else "recall_by_form"
        print(f"\nrecall by {what} (same-label pairs involving a page of that {what}):")
        print(table(
            [[v, *(fmt(results[s][key].get(v, float("nan"))) for s in results)] for v in values],
            [what, *results],
        ))
    print("\ncopies in their original's cluster, by kind:")
    print(table(
        [[k, *(fmt(results[s]["with_original_by_kind"].get(k, float("nan"))) for s in results)]
         for k in KINDS],
        ["kind", *results],
    ))
    print("false-merge pairs:", {s: r["false_merge_pairs"] for s, r in results.items()})
    print("briefs found with their original [found, total] by brief/original length:",
          {s: r["briefs_found_by_length_ratio"] for s, r in results.items()})


if __name__ == "__main__":
    main()
