"""Generated seed-shaped text documents with realistic duplication (no publisher text at all).

Words are drawn with Zipf frequencies from real English word forms ranked by frequency
(``wordfreq.top_n_list("en", 40000)``, a clipper dependency; without it, invented syllable
words), plus 3 % invented capitalised names; the generator needs no data and scales to
millions of documents.  (Real word forms matter: clipper's story stage weighs terms by their
``wordfreq`` frequency, and an all-invented vocabulary makes every common word look rare.)
Sentences, paragraphs and page
furniture follow the shape of ``../shared/seeds``: "Skip to content", the headline (and an
alternative headline) repeated, the body, a "Read also:" / "Latest" trailer of other headlines,
a numbered SEO blurb list.

A story's text is a pure function of its id, so a copy can be made anywhere in a stream (or in
another stream: ``bench/incremental.py`` sends copies of archived stories).  A document is, with
probability ``dup_rate``, a copy of an earlier story (chosen among the last ``window`` stories,
or from ``copy_range``) in one of these forms: full copy, trimmed ending, brief (first 2-3
paragraphs), dateline added, update paragraph inserted, a few words substituted.  Otherwise it
is a new story.  Every document gets its own URL on one of ``SITES`` invented sites.

Each record is ``{"url", "site", "title", "text"}``; the copy's story id and form are returned
alongside (``story``, ``form``) by :func:`documents` and are not written to the files.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

VOCAB_SIZE = 40_000
NAMES_SIZE = 20_000
NAME_SHARE = 0.03
SITES = [f"{name}.example" for name in (
    "dailyharbor", "metroledger", "coastalcourier", "northgate-tribune", "valleysentinel",
    "ferryport-post", "baysidegazette", "riverside-chronicle", "kettleby-times", "saltmarsh-news",
    "aldermouth-echo", "upland-herald", "westbrook-wire", "the-lantern", "morning-signal",
    "eastfield-observer", "granite-journal", "lakeshore-daily", "summit-dispatch", "pinecrest-post",
)]
# The dated archive bench/memory.py --dated builds and bench/incremental.py starts from.
BASE_SEED = 1000
BASE_START = "2024-01-01"
BASE_PER_DAY = 1000
FORMS = ("new", "full", "trimmed", "brief", "dateline", "update", "edited")
_SYLLABLES = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]


def _invented(rng: np.random.Generator, n: int) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        k = int(rng.integers(1, 5))
        word = "".join(_SYLLABLES[i] for i in rng.integers(0, len(_SYLLABLES), k))
        if rng.random() < 0.3:
            word += "n"
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


def _zipf_cdf(n: int) -> np.ndarray:
    cdf = np.cumsum(1.0 / (np.arange(n) + 20.0))
    return cdf / cdf[-1]


def _vocabulary() -> tuple[list[str], list[str], str]:
    rng = np.random.default_rng(12345)
    names = [w.capitalize() for w in _invented(rng, NAMES_SIZE)]
    try:
        import wordfreq

        words = [w for w in wordfreq.top_n_list("en", VOCAB_SIZE) if w.isalpha()]
        return words, names, f"wordfreq en top {VOCAB_SIZE} (alphabetic), Zipf by rank"
    except ImportError:
        return _invented(rng, VOCAB_SIZE), names, "invented syllable words"


_VOCAB, _NAMES, VOCABULARY = _vocabulary()
_CDF = _zipf_cdf(len(_VOCAB))
_NAME_CDF = _zipf_cdf(len(_NAMES))


def _words(rng: np.random.Generator, n: int) -> list[str]:
    idx = np.searchsorted(_CDF, rng.random(n))
    out = [_VOCAB[i] for i in idx]
    slots = np.flatnonzero(rng.random(n) < NAME_SHARE)
    for j, k in zip(slots, np.searchsorted(_NAME_CDF, rng.random(len(slots))), strict=True):
        out[j] = _NAMES[k]
    return out


def _sentence(rng: np.random.Generator, n: int) -> str:
    w = _words(rng, n)
    w[0] = w[0].capitalize()
    if n > 8 and rng.random() < 0.4:
        w[n // 2] += ","
    return " ".join(w) + "."


@dataclass(slots=True)
class Story:
    headline: str
    alt_headline: str
    paragraphs: list[str]


def story(story_id: int) -> Story:
    """The text of story ``story_id`` (deterministic)."""
    rng = np.random.default_rng(story_id * 7919 + 17)
    headline = " ".join(_words(rng, int(rng.integers(6, 12)))).capitalize()
    alt = " ".join(_words(rng, int(rng.integers(6, 12)))).capitalize()
    paragraphs = []
    for _ in range(int(rng.integers(5, 11))):
        sentences = [_sentence(rng, int(rng.integers(10, 26))) for _ in range(rng.integers(2, 4))]
        paragraphs.append(" ".join(sentences))
    return Story(headline, alt, paragraphs)


def _variant(s: Story, form: str, rng: np.random.Generator) -> tuple[str, list[str]]:
    paragraphs = list(s.paragraphs)
    headline = s.headline
    if form == "trimmed":
        paragraphs = paragraphs[: max(3, len(paragraphs) - int(rng.integers(1, 3)))]
    elif form == "brief":
        paragraphs = paragraphs[: int(rng.integers(2, 4))]
    elif form == "dateline":
        city = _words(rng, 1)[0].upper()
        paragraphs[0] = f"{city} (Wire) — {paragraphs[0]}"
    elif form == "update":
        at = int(rng.integers(1, len(paragraphs)))
        update = " ".join(_sentence(rng, int(rng.integers(12, 24))) for _ in range(3))
        paragraphs.insert(at, f"Update: {update}")
    elif form == "edited":
        headline = s.alt_headline
        for _ in range(4):
            i = int(rng.integers(0, len(paragraphs)))
            w = paragraphs[i].split(" ")
            j = int(rng.integers(0, len(w)))
            w[j] = _words(rng, 1)[0]
            paragraphs[i] = " ".join(w)
    return headline, paragraphs


def seed_shaped(headline: str, alt: str, paragraphs: list[str], rng: np.random.Generator) -> str:
    """A text dump shaped like ../shared/seeds: furniture around the body."""
    lines = ["Skip to content", "", headline, "", alt, alt, "", headline, ""]
    for p in paragraphs:
        lines += [p, ""]
    trailer = "Read also:" if rng.random() < 0.5 else "Latest"
    lines.append(trailer)
    lines += [" ".join(_words(rng, int(rng.integers(5, 10)))).capitalize() for _ in range(3)]
    lines.append("")
    for k in range(1, int(rng.integers(3, 6))):
        lines.append(f"  {k}. " + _sentence(rng, int(rng.integers(10, 18))))
    return "\n".join(lines) + "\n"


def documents(
    n: int,
    *,
    seed: int = 0,
    first_story: int = 0,
    dup_rate: float = 0.3,
    window: int = 5000,
    copy_range: tuple[int, int] | None = None,
    start_day: str | None = None,
    per_day: int = 1000,
) -> Iterator[tuple[dict[str, str], int, str]]:
    """``n`` records ``(record, story_id, form)``; new stories are numbered from
    ``first_story``; copies come from ``copy_range`` (half-open) when given, else from the
    stream's own last ``window`` stories.  With ``start_day`` (ISO date) every record gets a
    ``fetched_at``, ``per_day`` records a day from that day on; without it records are undated
    (like ../shared/seeds), so clipper files them all under the day of the run."""
    rng = np.random.default_rng(seed)
    start = datetime.fromisoformat(start_day) if start_day else None
    next_story = first_story
    for i in range(n):
        made = next_story - first_story
        if rng.random() < dup_rate and (copy_range is not None or made > 0):
            if copy_range is not None:
                sid = int(rng.integers(copy_range[0], copy_range[1]))
            else:
                sid = next_story - 1 - int(rng.integers(0, min(window, made)))
            form = FORMS[1 + int(rng.integers(0, len(FORMS) - 1))]
        else:
            sid, form = next_story, "new"
            next_story += 1
        s = story(sid)
        headline, paragraphs = _variant(s, form, rng)
        site = SITES[int(rng.integers(0, len(SITES)))]
        record = {
            "url": f"https://{site}/news/{seed}-{i}",
            "site": site,
            "text": seed_shaped(headline, s.alt_headline, paragraphs, rng),
        }
        if start is not None:  # a crawler's fetch time: per_day documents a day
            moment = start + timedelta(days=i // per_day, seconds=(i % per_day) * 86_000 // per_day)
            record["fetched_at"] = moment.isoformat()
        yield record, sid, form


def write_jsonl(
    path: Path, n: int, *, gz: bool = False, per_file: int | None = None, **kwargs: object
) -> list[Path]:
    """Stream ``n`` documents to ``path`` (or ``path`` with ``-000`` ... suffixes, ``per_file``
    documents each); returns the files written."""
    files: list[Path] = []
    handle = None
    suffix = ".jsonl.gz" if gz else ".jsonl"
    stem = path.name.removesuffix(".gz").removesuffix(".jsonl")
    try:
        for i, (record, _, _) in enumerate(documents(n, **kwargs)):  # type: ignore[arg-type]
            if handle is None or (per_file and i % per_file == 0):
                if handle is not None:
                    handle.close()
                name = f"{stem}-{len(files):03d}{suffix}" if per_file else f"{stem}{suffix}"
                target = path.with_name(name)
                files.append(target)
                handle = (
                    gzip.open(target, "wt", encoding="utf-8", compresslevel=1)  # noqa: SIM115
                    if gz
                    else open(target, "w", encoding="utf-8")  # noqa: SIM115
                )
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if handle is not None:
            handle.close()
    return files
