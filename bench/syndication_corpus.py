"""The labelled syndication corpora of ``bench/syndication.py``: base articles from real text
sets, and every kind of copy of issue 11 made of them in every input form.

Base articles of ≥ 120 words and 3 paragraphs holding an article sentence
(:func:`article_paragraphs`); bases that are copies of one another (5-shingle containment
≥ 0.5) are dropped first, so one label = one text.  Each base is published once as the wire
original (HTML, wire site) and copied 1 to 8 times on invented sites (``*.example``, each with
its own template).  The kinds of copy (``KINDS``) go round-robin over the corpus, each holding
article text (:func:`make_copy`, :func:`copyable`); the input forms (``FORMS``) round-robin on
another stride, so every kind arrives in every form.  Then roundups of briefs
(:func:`add_roundups`), with their own generator: the pages before them are the same with or
without them.  The publishers' texts are only ever written under the corpus folder the caller
gives (``bench/.work/``, git-ignored).
"""

from __future__ import annotations

import io
import json
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import synth
from _common import SHARED_DATA

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
    # a third confirmation, other languages: the expected bodies of fundus-news-pages (258
    # pages of 181 publishers in 41 countries: German, French, Spanish, Polish, Turkish...),
    # never used for copies before this set was added; Chinese and Japanese bodies fall to the
    # word-count filter (no spaces between words), Korean and Thai-free scripts stay
    "languages": ("fundus",),
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
    if "fundus" in sources:
        for path in sorted((SHARED_DATA / "fundus-news-pages" / "expected").glob("*/*.json")):
            versions = json.loads(path.read_text(encoding="utf-8"))
            for name, r in sorted(versions.items()):
                body = r.get("body") or {}
                parts = list(body.get("summary") or [])
                for section in body.get("sections") or []:
                    parts.extend(section.get("paragraphs") or [])
                paragraphs = _paragraphs("\n".join(parts))
                if paragraphs and r.get("title"):
                    bases.append(Base(f"fundus/{path.parent.name}/{path.stem}/{name}", "fundus",
                                      " ".join(str(r["title"]).split()), paragraphs))
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


def _copy_date(date: str, rng: random.Random | None) -> str:
    """A copy's publication time: its original's, or with ``rng`` (``--copy-times``) up to
    3 hours before or after it (a zoneless time west of UTC read as UTC, a late re-post)."""
    if rng is None:
        return date
    moved = datetime.fromisoformat(date) + timedelta(minutes=rng.randint(-180, 180))
    return moved.isoformat()


def _day_only(date: str, rng: random.Random | None) -> str:
    """``date``, or with ``rng`` (``--day-only``) for one page in three its day alone, as
    trafilatura's output and a crawler that keeps no time write it."""
    return date[:10] if rng is not None and rng.random() < 1 / 3 else date


def build_corpus(bases: list[Base], root: Path, seed: int = 7,
                 copy_times: bool = False, day_only: bool = False) -> dict[str, PageInfo]:
    """Write the corpus under ``root``; return page id → info (keys to match both systems).

    Each base article is published once as the wire original (HTML on the wire's site) and
    copied 1 to 8 times; copy kinds go round-robin over the corpus, and each round of kinds
    arrives in the next input form, so every kind arrives in every form equally often.
    ``copy_times``: each copy published up to 3 hours before or after its original (its own
    random sequence: the texts are the same), so rule 6 chooses the page shown by date.
    ``day_only``: one page in three (originals too) dated by its day alone."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    times = random.Random(seed + 5) if copy_times else None
    days = random.Random(seed + 11) if day_only else None
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
        original_date = f"2024-0{1 + n % 9}-{10 + n % 18}T{8 + n % 10:02d}:15:00+00:00"
        date = _day_only(original_date, days)
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
            date = _day_only(_copy_date(original_date, times), days)
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
    add_roundups(bases, root, pages, jsonl_lines, headlines, seed)
    add_versions(bases, root, pages, jsonl_lines, headlines, seed)
    jsonl_path.write_text("\n".join(jsonl_lines) + "\n")
    (root / "feeds" / "crawl.warc.gz").write_bytes(warc_buffer.getvalue())
    return pages


# Roundups ("news in brief": standalone briefs one after another), one per ROUNDUP_EVERY bases,
# made after every other page with a generator of their own, so the pages above are the same
# with or without them.  Each carries ROUNDUP_ITEMS briefs of consecutive bases (a base's
# paragraphs up to its second article paragraph, under its headline) and one invented brief
# (synthetic sentences: a story with no page of its own), is published on the wire's site and
# copied once as a JSONL text record.  Which items are also published on their own, as a
# brief on a site of their own (kind ``item-brief``, the base's label: it belongs with its
# story's original, which holds it at its opening), goes by the roundup's number:
ROUNDUP_EVERY = 10
ROUNDUP_ITEMS = 5
ROUNDUP_SEEN: tuple[tuple[int | str, ...], ...] = (
    (3,),  # one base item below the opening: contained in the roundup and in its own story
    (0, 1),  # the first item (at the roundup's opening) and the one after it
    (2, 3),  # two items side by side below the opening
    ("invented",),  # the invented brief, alone: its only other page is the roundup
)
ROUNDUP_KINDS = ("roundup", "roundup-copy", "item-brief", "lone-item")


def roundup_item(paragraphs: list[str]) -> list[str]:
    """A base's brief as a roundup carries it: up to its second article paragraph."""
    article = article_paragraphs(paragraphs)
    return paragraphs[: article[min(2, len(article)) - 1] + 1]


def add_roundups(bases: list[Base], root: Path, pages: dict[str, PageInfo],
                 jsonl_lines: list[str], headlines: list[str], seed: int) -> None:
    """Write the roundups and their items' own pages (see ``ROUNDUP_SEEN``) into ``root``'s
    folders, adding them to ``pages`` and JSONL text records to ``jsonl_lines``."""
    rng = random.Random(seed + 1)
    jsonl_path = root / "feeds" / "news.jsonl"
    for r, first in enumerate(range(0, len(bases) - ROUNDUP_ITEMS + 1, ROUNDUP_EVERY)):
        items = [(b.headline, roundup_item(b.paragraphs), n, b)
                 for n, b in enumerate(bases[first:first + ROUNDUP_ITEMS], first)]
        invented_headline = " ".join(_new_paragraph(rng, "", 1).split()[:8]).rstrip(".,")
        invented = [_new_paragraph(rng, "", 2), _new_paragraph(rng, "", 2)]
        pattern: tuple[int | str, ...] = ROUNDUP_SEEN[r % len(ROUNDUP_SEEN)]
        # the invented brief: last, or fourth below the opening when it is the one seen
        at = 4 if pattern == ("invented",) else ROUNDUP_ITEMS
        entries: list[tuple[str, list[str], int | None, Base | None]] = list(items)
        entries.insert(at, (invented_headline, invented, None, None))
        body: list[str] = []
        for headline, paragraphs, _, _ in entries:
            body += [headline, *paragraphs]
        others = rng.sample(headlines, 8)
        date = f"2024-0{1 + r % 9}-{10 + r % 18}T06:04:00+00:00"
        title = f"Harbor Wire news in brief at 6:04 a.m., roundup {r}"
        url = f"https://{WIRE_SITE}/brief/{r}"
        path = root / "html" / f"r{r:03d}-roundup.html"
        path.write_text(html_page((WIRE_SITE, "Harbor Wire"), 99, url, title, body, others, date))
        words = _n_words(body)
        pages[f"r{r}/original"] = PageInfo(f"roundup:{r}", "roundup", "html", (url, str(path)),
                                           words)
        site = SITES[rng.randrange(len(SITES))]
        copy_url = f"https://{site[0]}/news/brief-{r}"
        jsonl_lines.append(json.dumps({"url": copy_url, "title": title, "source_domain": site[0],
                                       "maintext": "\n".join(body), "date_publish": date[:19]},
                                      ensure_ascii=False))
        pages[f"r{r}/copy"] = PageInfo(f"roundup:{r}", "roundup-copy", "jsonl-text",
                                       (copy_url, f"{jsonl_path}:{len(jsonl_lines)}"), words)
        for seen in pattern:
            site_no = rng.randrange(len(SITES))
            headline, paragraphs, n, base = entries[at if seen == "invented" else int(seen)]
            if base is None or n is None:
                label, page_id, kind = f"item:{r}", f"r{r}/lone-item", "lone-item"
            else:
                label, page_id, kind = base.id, f"{n}/item-brief", "item-brief"
            item_url = f"https://{SITES[site_no][0]}/news/item-{r}-{seen}"
            item_path = root / "html" / f"r{r:03d}-item-{seen}.html"
            item_path.write_text(html_page(SITES[site_no], site_no, item_url, headline,
                                           paragraphs, others, date))
            pages[page_id] = PageInfo(label, kind, "html", (item_url, str(item_path)),
                                      _n_words(paragraphs))


# Versions (one base in VERSIONS_EVERY, made after the roundups with a generator of their own,
# so every page above is the same with or without them): the wire's page edited twice over by
# two outlets, 5 % and 8 % of its words (typos, a word replaced, a word inserted: never one
# dropped, so each is a few words longer than the wire's page and one of them walks first),
# and a copy of the wire's page trimmed to its first ~70 % with 2 % of its words edited.  The
# two versions cover the wire's page whole and it them, but often not each other, nor the
# trimmed copy (copies21's probe, session 21: an edited copy as the walk's canonical left
# the others apart).
VERSIONS_EVERY = 4
VERSION_KINDS = ("version-5", "version-8", "version-trim")


def _reedit_words(paragraphs: list[str], rng: random.Random, share: float) -> list[str]:
    """Edit ``share`` of the words: typos (swapped letters), a word replaced, a word
    inserted (the copy gets longer, never shorter)."""
    out = [p.split(" ") for p in paragraphs]
    total = sum(len(p) for p in out)
    for _ in range(max(1, round(total * share))):
        words = out[rng.randrange(len(out))]
        if len(words) < 3:
            continue
        j = rng.randrange(len(words))
        action = rng.choice(("typo", "typo", "replace", "insert"))
        if action == "typo":
            words[j] = _typo(words[j], rng)
        elif action == "replace":
            words[j] = rng.choice(SUBSTITUTES)
        else:
            words.insert(j, rng.choice(SUBSTITUTES))
    return [" ".join(w) for w in out]


def add_versions(bases: list[Base], root: Path, pages: dict[str, PageInfo],
                 jsonl_lines: list[str], headlines: list[str], seed: int) -> None:
    """Write the versions (``VERSION_KINDS``) of one base in ``VERSIONS_EVERY`` into
    ``root``'s folders, adding them to ``pages`` and JSONL text records to ``jsonl_lines``."""
    rng = random.Random(seed + 2)
    jsonl_path = root / "feeds" / "news.jsonl"
    for n in range(1, len(bases), VERSIONS_EVERY):
        base = bases[n]
        article = article_paragraphs(base.paragraphs)
        total = _n_words(base.paragraphs)
        keep, words = 0, 0
        while keep < len(base.paragraphs) and words < 0.7 * total:
            words += len(base.paragraphs[keep].split())
            keep += 1
        keep = max(keep, article[0] + 1)
        bodies = {
            "version-5": _reedit_words(base.paragraphs, rng, 0.05),
            "version-8": _reedit_words(base.paragraphs, rng, 0.08),
            "version-trim": _reedit_words(base.paragraphs[:keep], rng, 0.02),
        }
        others = rng.sample([h for h in headlines if h != base.headline], 8)
        date = f"2024-0{1 + n % 9}-{10 + n % 18}T{9 + n % 10:02d}:40:00+00:00"
        for k, (kind, paragraphs) in enumerate(bodies.items()):
            site_no = rng.randrange(len(SITES))
            site = SITES[site_no]
            url = f"https://{site[0]}/news/{n}-{kind}"
            if k == 1:  # one of them a JSONL text record, the others HTML pages
                jsonl_lines.append(json.dumps(
                    {"url": url, "title": base.headline, "source_domain": site[0],
                     "maintext": "\n".join(paragraphs), "date_publish": date[:19]},
                    ensure_ascii=False))
                pages[f"{n}/{kind}"] = PageInfo(base.id, kind, "jsonl-text",
                                                (url, f"{jsonl_path}:{len(jsonl_lines)}"),
                                                _n_words(paragraphs))
            else:
                path = root / "html" / f"{n:04d}-{kind}.html"
                path.write_text(html_page(site, site_no, url, base.headline, paragraphs,
                                          others, date))
                pages[f"{n}/{kind}"] = PageInfo(base.id, kind, "html", (url, str(path)),
                                                _n_words(paragraphs))


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
