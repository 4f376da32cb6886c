"""Hostile and broken input (issue 6): nothing crashes, every bad input is reported and counted
by reason, every good page beside it is stored.

Two sources of input, all generated at test time under ``tmp_path`` (nothing big is committed):

- a hand-made corpus: good pages in every form, then truncated gzip (.html.gz, .txt.gz,
  .jsonl.gz) and WARC files (.warc, .warc.gz) cut at many offsets, binary files named .html/.txt,
  invalid UTF-8, cp1252 and Shift-JIS pages (the Japanese text must come out right), 50 MB pages
  (rejected by ``max_page_bytes`` in bounded time), 100,000 nested divs, deeply nested JSON,
  JSONL lines of every broken shape (bad JSON, wrong types, missing fields, lone surrogates),
  empty files, unreadable files (chmod 000; skipped as root, who can still read them), symlink
  loops, a FIFO, unsupported files;
- Hypothesis: random bytes under every extension, mutations (cuts, flipped and inserted bytes)
  of good files, random JSON records and random tag soup, many inputs per ``dedupe`` call.

Each input is checked against its own expectation (stored / rejected for one of these reasons
/ at least accounted for), and the run's summary counts must equal the rejections it recorded.
Guards: extraction time (a page built to be slow, and a tiny timeout → ``timeout``), and the
memory a gzip bomb can take (peak RSS of a subprocess, ``resource.getrusage``).

Quick default: ≥ 1,000 inputs (asserted; the total is printed with ``-s``), ~1 min on 2 cores.
``CLIPPER_LONG=1``: 20× the Hypothesis examples and more cut points.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from clipper.archive import open_archive
from clipper.cli import cli
from clipper.config import CleanConfig, Config, ReadLimits
from clipper.page import PIPELINE_REASONS
from clipper.pipeline import dedupe
from clipper.read import REASONS, read_pages
from clipper.summary import RunSummary
from tests._robust import LONG, REPO, _paragraph, _vocabulary

CLEAN_REASONS = {
    "no-article", "too-short", "timeout", "extraction-error", "not-text", "cut-short"
}
ALL_REASONS = set(REASONS) | CLEAN_REASONS | PIPELINE_REASONS
JUNK = frozenset({"binary", "not-text", "no-article", "too-short", "extraction-error"})
# Cuts of one file share their leading records, so all but the first copy of each are "duplicate".
CUT = frozenset(
    {"truncated", "corrupt", "empty", "too-short", "no-article", "not-text", "duplicate",
     "cut-short"}
)
EXAMPLES = 500 if LONG else 40
CUTS = 200 if LONG else 60
SEEN: Counter[str] = Counter()  # inputs tried, per test; the last test checks the total

RNG = random.Random(6)
VOCAB = _vocabulary(RNG, 3000)


def article(seed: int, paragraphs: int = 4) -> tuple[str, list[str]]:
    rng = random.Random(seed)
    title = " ".join(rng.choice(VOCAB) for _ in range(6)).capitalize()
    return title, [_paragraph(rng, VOCAB) for _ in range(paragraphs)]


def html_page(seed: int, url: str | None = None, charset: str = "utf-8") -> str:
    title, paras = article(seed)
    link = f'<link rel="canonical" href="{url}">' if url else ""
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="{charset}"><title>{title}</title>'
        f'{link}<meta property="og:type" content="article"></head><body><article><h1>{title}'
        f"</h1>\n{body}</article></body></html>"
    )


def text_page(seed: int) -> str:
    title, paras = article(seed)
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def warc_bytes(seeds: list[int], compress: bool) -> tuple[bytes, list[int]]:
    """A WARC of HTML responses; also the offsets where records start and the file ends."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for seed in seeds:
        payload = html_page(seed).encode()
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://warc.example/{seed}",
            "response",
            payload=io.BytesIO(payload),
            http_headers=http,
        )
        writer.write_record(record)
    data = out.getvalue()
    bounds = [rec_offset for rec_offset, _ in _record_offsets(data)] + [len(data)]
    return data, bounds


def _record_offsets(data: bytes) -> Iterator[tuple[int, Any]]:
    records = ArchiveIterator(io.BytesIO(data))
    for record in records:
        yield records.get_record_offset(), record


# ---------------------------------------------------------------------------- expectations


@dataclass
class Expect:
    """What one input must produce.  ``stored``: exact number of pages stored from it (None:
    any); ``reasons``: the rejection reasons allowed (None: any known reason); ``rejected``:
    whether at least one rejection is required."""

    stored: int | None = None
    reasons: frozenset[str] | None = None
    rejected: bool = False
    # at least one rejection, or a page the reader keeps marked partial (a cut WARC record)
    damaged: bool = False
    texts: tuple[str, ...] = ()  # substrings the stored text must contain


GOOD = Expect(stored=1, reasons=frozenset())


def bad(*reasons: str) -> Expect:
    return Expect(stored=0, reasons=frozenset(reasons), rejected=True)


@dataclass
class Corpus:
    root: Path
    expect: dict[str, Expect] = field(default_factory=dict)  # origin prefix → expectation
    count: int = 0  # inputs: files, JSONL lines, WARC records

    def add(self, name: str, data: bytes | str, expect: Expect, inputs: int = 1) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.expect[str(path)] = expect
        self.count += inputs
        return path


def _origin_file(origin: str, files: set[str]) -> str | None:
    """The input file an origin (path, path:LINE, path@OFFSET) belongs to."""
    if origin in files:
        return origin
    for sep in (":", "@"):
        head = origin.rsplit(sep, 1)[0]
        if head in files:
            return head
    return None


def _has_partial(path: Path) -> bool:
    """Whether the reader keeps a page of ``path`` marked partial (the run counts those)."""
    return any(p.partial for p in read_pages([path], ReadLimits(), lambda _: None))


def check_run(db: Path, summary: RunSummary, expect: dict[str, Expect]) -> None:
    """Every input accounted for as its expectation says; summary counts = recorded rows."""
    assert summary.status == "completed"
    con = sqlite3.connect(db)
    try:
        pages = con.execute(
            "SELECT origin, text FROM pages WHERE run_id = ?", (summary.run_id,)
        ).fetchall()
        rejected = con.execute(
            "SELECT origin, reason FROM rejections WHERE run_id = ?", (summary.run_id,)
        ).fetchall()
    finally:
        con.close()
    assert Counter(reason for _, reason in rejected) == Counter(summary.skipped) + Counter(
        summary.not_pages
    )
    assert summary.stored == len(pages)
    unknown = {reason for _, reason in rejected} - ALL_REASONS
    assert not unknown, f"reasons outside the documented vocabulary: {unknown}"
    files = set(expect)
    stored: dict[str, list[str]] = {f: [] for f in files}
    reasons: dict[str, list[str]] = {f: [] for f in files}
    for origin, text in pages:
        owner = _origin_file(origin, files)
        if owner is not None:
            stored[owner].append(text)
    for origin, reason in rejected:
        owner = _origin_file(origin, files)
        if owner is not None:
            reasons[owner].append(reason)
    failures = []
    for path, exp in expect.items():
        got_pages, got_reasons = stored[path], reasons[path]
        problem = None
        if not got_pages and not got_reasons:
            problem = "neither stored nor reported"
        elif exp.stored is not None and len(got_pages) != exp.stored:
            problem = f"stored {len(got_pages)}, expected {exp.stored}"
        elif exp.rejected and not got_reasons:
            problem = "expected a rejection"
        elif exp.damaged and not got_reasons and not _has_partial(Path(path)):
            problem = "expected a rejection or a partial page"
        elif exp.reasons is not None and not set(got_reasons) <= exp.reasons:
            problem = f"reasons {sorted(set(got_reasons))} not in {sorted(exp.reasons)}"
        else:
            for needle in exp.texts:
                if not any(needle in text for text in got_pages):
                    problem = f"{needle!r} not in the stored text"
        if problem:
            failures.append(f"{path}: {problem} (pages {len(got_pages)}, reasons {got_reasons})")
    assert not failures, "\n".join(failures[:20])


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty archive at the current schema, copied for each run (migrating is the slow
    part of opening a new one)."""
    db = tmp_path_factory.mktemp("template") / "empty.db"
    open_archive(str(db)).close()
    return db


def fresh_db(template: Path, where: Path) -> Path:
    db = where / "archive.db"
    shutil.copyfile(template, db)
    return db


def run(db: Path, paths: list[Path], config: Config | None = None) -> RunSummary:
    archive = open_archive(str(db))
    try:
        return dedupe(archive, [str(p) for p in paths], config or Config(workers=1))
    finally:
        archive.close()


# ---------------------------------------------------------------------------- hand-made corpus

SHIFT_JIS_PAGE = """<!DOCTYPE html><html lang="ja"><head><meta charset="Shift_JIS">
<title>旧桟橋、修理のため閉鎖へ</title></head><body><article><h1>旧桟橋、修理のため閉鎖へ</h1>
<p>港町アルダーマスの市議会は火曜日、老朽化した旧桟橋を来年春から修理のため閉鎖すると発表した。検査で四本の支柱に腐食が見つかったためである。</p>
<p>工事は約十一週間かかる見込みで、その間、島へ向かう朝の連絡船は漁港から出発する。地元の商店主たちは夏の観光客が減ることを心配している。</p>
<p>市は来月の最初の月曜日に図書館で説明会を開き、住民の意見を聞く予定だ。書面による意見は港湾事務所で受け付けている。</p>
</article></body></html>"""

CP1252_PARAGRAPHS = [
    "Après deux ans de travaux, le café de la gare de Saint-Aubin a rouvert ses "
    "portes samedi. « Nous avons gardé le comptoir d’origine », explique la gérante, "
    "Hélène Martel, qui propose désormais un menu du jour à 14 € et des crêpes le "
    "dimanche.",
    "Les habitués, venus nombreux, ont salué la rénovation : le plafond peint a été "
    "restauré, la terrasse agrandie et une salle réservée aux voyageurs pressés "
    "aménagée près des quais. “C’est comme avant, en mieux”, résume un cheminot "
    "retraité.",
    "La mairie espère que le café attirera de nouveau les promeneurs du canal, "
    "nombreux l’été, et soutiendra les commerces voisins fragilisés par la fermeture "
    "prolongée de la gare.",
]
CP1252_PAGE = (
    '<!DOCTYPE html><html lang="fr"><head><meta charset="windows-1252">'
    "<title>Le café de la gare rouvre</title></head><body><article>"
    "<h1>Le café de la gare rouvre</h1>\n"
    + "".join(f"<p>{p}</p>\n" for p in CP1252_PARAGRAPHS)
    + "</article></body></html>"
)

BROKEN_JSON_LINES: list[tuple[str, str]] = [
    ('{"url": "https://j.example/1", "text": "unterminated', "bad-json"),
    ('{"url": "https://j.example/2"} trailing', "bad-json"),
    ("{'single': 'quotes'}", "bad-json"),
    ("{", "bad-json"),
    ("]", "bad-json"),
    ("nul", "bad-json"),
    ('{"text": "a", }', "bad-json"),
    ("42", "bad-record"),
    ("null", "bad-record"),
    ('"just a string"', "bad-record"),
    ("true", "bad-record"),
    ('[42, {"html": 5}]', "bad-record"),  # a batch of records on a line: each rejected
    ('{"html": 5}', "bad-record"),
    ('{"text": ["a", "list"]}', "too-short"),  # paragraphs: read, then too short
    ('[{"text": "in a list"}]', "too-short"),  # a batch of records on a line: read
    ('{"maintext": {"nested": true}}', "bad-record"),
    ('{"text": "fine words", "url": {"host": "x"}}', "bad-record"),
    ('{"text": "fine words", "title": 7}', "bad-record"),
    ('{"text": "fine words", "date_download": []}', "bad-record"),
    ('{"text": "fine words", "source_domain": false}', "bad-record"),
    ('{"text": NaN}', "no-body"),  # pandas' missing value: an absent field
    ('{"text": Infinity}', "no-body"),
    ("{}", "no-body"),
    ('{"url": "https://j.example/3"}', "no-body"),
    ('{"html": "", "text": "   "}', "no-body"),
    ('{"html": null, "maintext": null, "title": "only a title"}', "no-body"),
    ('{"text": "too short"}', "too-short"),
    ('{"html": "<p>tiny</p>"}', "too-short"),  # a fragment: read as a page's body
    ('{"html": "no markup at all, just words"}', "not-text"),
    ('{"text": "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007"}', "not-text"),
    ("[" * 100_000 + "]" * 100_000, "bad-json"),
    ('{"a":' * 50_000 + "1" + "}" * 50_000, "bad-json"),
]


def build_corpus(root: Path) -> Corpus:
    c = Corpus(root)
    seed = iter(range(10_000, 20_000))

    # Good pages in every form, each checked to be stored.
    for i in range(12):
        c.add(f"good/page-{i}.html", html_page(next(seed), f"https://good.example/h{i}"), GOOD)
        c.add(f"good/dump-{i}.txt", text_page(next(seed)), GOOD)
    for i in range(4):
        c.add(f"good/page-{i}.html.gz", gzip.compress(html_page(next(seed)).encode()), GOOD)
        c.add(f"good/dump-{i}.txt.gz", gzip.compress(text_page(next(seed)).encode()), GOOD)
    lines = [
        json.dumps({"url": f"https://good.example/j{i}", "maintext": text_page(next(seed))})
        for i in range(20)
    ]
    c.add("good/feed.jsonl", "\n".join(lines) + "\n", Expect(stored=20, reasons=frozenset()), 20)
    warc, _ = warc_bytes([next(seed) for _ in range(6)], compress=True)
    c.add("good/crawl.warc.gz", warc, Expect(stored=6, reasons=frozenset()), 6)
    warc, _ = warc_bytes([next(seed) for _ in range(4)], compress=False)
    c.add("good/crawl.warc", warc, Expect(stored=4, reasons=frozenset()), 4)

    # Encodings.
    c.add(
        "enc/shift-jis.html",
        SHIFT_JIS_PAGE.encode("shift_jis"),
        Expect(
            stored=1,
            reasons=frozenset(),
            texts=("旧桟橋を来年春から修理のため閉鎖", "朝の連絡船は漁港から出発"),
        ),
    )
    c.add(
        "enc/euc-jp.html",
        SHIFT_JIS_PAGE.replace("Shift_JIS", "EUC-JP").encode("euc_jp"),
        Expect(stored=1, reasons=frozenset(), texts=("図書館で説明会",)),
    )
    c.add(
        "enc/cp1252.html",
        CP1252_PAGE.encode("cp1252"),
        Expect(stored=1, reasons=frozenset(), texts=("café", "14 €", "“C’est comme avant")),
    )
    cp_text = "\n\n".join(CP1252_PARAGRAPHS)
    c.add(
        "enc/cp1252.txt",
        ("Le café rouvre\n\n" + cp_text).encode("cp1252"),
        Expect(stored=1, reasons=frozenset(), texts=("Hélène", "crêpes")),
    )
    c.add(
        "enc/utf16.html",
        html_page(next(seed)).replace("utf-8", "utf-16").encode("utf-16"),
        Expect(reasons=JUNK),
    )
    bad_utf8 = text_page(next(seed)).encode().replace(b" ", b" \xff\xfe ", 3)
    c.add("enc/invalid-utf8.txt", bad_utf8, GOOD)
    bad_utf8 = html_page(next(seed)).encode().replace(b"</p>", b"\xc3\x28\xa0\xa1</p>")
    c.add("enc/invalid-utf8.html", bad_utf8, GOOD)
    mixed = (text_page(next(seed)) + "Déjà vu ").encode() + "naïve café".encode("cp1252")
    c.add("enc/mixed.txt", mixed + b"\n", Expect(stored=1, reasons=frozenset()))
    c.add("enc/bom.txt", b"\xef\xbb\xbf" + text_page(next(seed)).encode(), GOOD)

    # Binary content under page names.
    binaries = {
        "png": b"\x89PNG\r\n\x1a\n" + os.urandom(3000),
        "pdf": b"%PDF-1.7\n" + os.urandom(3000),
        "zip": b"PK\x03\x04" + os.urandom(3000),
        "gz": gzip.compress(gzip.compress(html_page(next(seed)).encode())),  # compressed twice
        "elf": b"\x7fELF" + os.urandom(3000),
        "nul": b"<html>\x00\x00\x00" + os.urandom(3000),
        "jpeg": b"\xff\xd8\xff\xe0" + os.urandom(3000),
    }
    for name, data in binaries.items():
        c.add(f"binary/{name}.html", data, bad("binary"))
        c.add(f"binary/{name}.txt", data, bad("binary"))
        c.add(f"binary/{name}.htm.gz", gzip.compress(data), bad("binary"))
    rng = random.Random(7)
    for i in range(10):  # random bytes: anything may happen, but it must be accounted for
        noise = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 5000)))
        c.add(f"binary/noise-{i}.html", noise, Expect())
        c.add(f"binary/noise-{i}.txt", noise, Expect())

    # Empty and blank.
    for name in (
        "empty.html",
        "empty.txt",
        "empty.jsonl",
        "empty.warc",
        "empty.warc.gz",
        "empty.html.gz",
    ):
        c.add(f"empty/{name}", b"", bad("empty"))
    c.add("empty/gz-of-nothing.txt.gz", gzip.compress(b""), bad("empty"))
    c.add("empty/blank.txt", " \n\t\r\n  ", bad("empty"))
    c.add("empty/blank.html", "\n\n", bad("empty"))
    c.add("empty/blank-lines.jsonl", "\n\n\n", bad("empty"))
    c.add(
        "empty/markup-only.html",
        "<html><body><div></div></body></html>",
        bad("no-article", "too-short"),
    )
    c.add("other/notes.pdf", b"%PDF-1.4", bad("unsupported-file"))
    c.add("other/readme.md", "# hello", bad("unsupported-file"))  # Markdown naming no source
    c.add("other/notes.docx", b"PK\x03\x04rest", bad("unsupported-file"))

    # JSONL of every broken shape, good lines between them.
    jsonl: list[str] = []
    good_lines = 0
    for i, (line, _) in enumerate(BROKEN_JSON_LINES):
        jsonl.append(line)
        if i % 3 == 0:
            jsonl.append(
                json.dumps({"url": f"https://j.example/g{i}", "maintext": text_page(next(seed))})
            )
            good_lines += 1
    jsonl.append('{"maintext": "' + text_page(next(seed)).replace("\n", " ") + ' \\ud800"}')
    good_lines += 1  # a lone surrogate is legal JSON: scrubbed, stored
    path = c.add(
        "jsonl/broken.jsonl",
        "\r\n".join(jsonl) + "\r\n",
        Expect(
            stored=good_lines, reasons=frozenset(r for _, r in BROKEN_JSON_LINES), rejected=True
        ),
        len(jsonl),
    )
    del c.expect[str(path)]
    for lineno, (_line, reason) in _numbered_broken(jsonl):
        c.expect[f"{path}:{lineno}"] = bad(reason)
    c.expect[str(path)] = Expect(stored=good_lines, reasons=frozenset(), rejected=False)
    # a stray Latin-1 byte in a UTF-8 line: read as Windows-1252 and kept (counted "not
    # UTF-8"), as a text dump's is
    c.add(
        "jsonl/invalid-utf8.jsonl",
        b'{"text": "caf\xe9 ' + text_page(next(seed)).replace("\n", " ").encode() + b'"}\n',
        GOOD,
    )
    c.add(
        "jsonl/bom.jsonl", "\ufeff" + json.dumps({"maintext": text_page(next(seed))}) + "\n", GOOD
    )

    # Truncated gzip at many offsets (whole lines before the damage are kept for JSONL).
    sources = {
        "html.gz": gzip.compress(html_page(next(seed)).encode()),
        "txt.gz": gzip.compress(text_page(next(seed)).encode()),
        "jsonl.gz": gzip.compress(
            "\n".join(json.dumps({"maintext": text_page(next(seed))}) for _ in range(5)).encode()
        ),
    }
    for ext, data in sources.items():
        for cut in sorted(rng.sample(range(1, len(data)), min(CUTS, len(data) - 1))):
            c.add(
                f"cut-gz/{cut}.{ext}",
                data[:cut],
                Expect(stored=None if ext == "jsonl.gz" else 0, reasons=CUT, rejected=True),
            )

    # Truncated WARC, gzip and plain, at many offsets; a cut on a record boundary is a valid,
    # shorter file, anything else must be reported.
    for compress, ext in ((True, "warc.gz"), (False, "warc")):
        data, bounds = warc_bytes([next(seed) for _ in range(3)], compress)
        for cut in sorted(rng.sample(range(1, len(data)), CUTS)):
            c.add(
                f"cut-warc/{cut}.{ext}", data[:cut], Expect(reasons=CUT, damaged=cut not in bounds)
            )

    # Symlink loops, dangling links, a FIFO, and the same file given twice.
    loops = root / "links"
    loops.mkdir()
    (loops / "self").symlink_to(".")
    (loops / "a").symlink_to("b")
    (loops / "b").symlink_to("a")
    (loops / "dangling.html").symlink_to("nowhere.html")
    (loops / "sub").mkdir()
    (loops / "sub" / "up").symlink_to("..")
    for name in ("self", "a", "b", "dangling.html", "sub/up"):
        c.expect[str(loops / name)] = bad("symlink")  # links inside a folder: not followed
        c.count += 1
    os.mkfifo(root / "links" / "pipe.html")
    c.expect[str(loops / "pipe.html")] = bad("unreadable")
    c.count += 1

    # Deeply nested HTML: 100,000 divs around a real article.
    nested = (
        "<html><body>"
        + "<div>" * 100_000
        + html_page(next(seed))
        + "</div>" * 100_000
        + "</body></html>"
    )
    c.add(
        "deep/nested-divs.html",
        nested,
        Expect(reasons=frozenset({"no-article", "too-short", "extraction-error", "timeout"})),
    )
    c.add(
        "deep/unclosed.html",
        "<div><p>" * 50_000 + text_page(next(seed)),
        # no closing tag: a download cut short (clipper.cutpages) is one more clear reason
        Expect(
            reasons=frozenset(
                {"no-article", "too-short", "extraction-error", "timeout", "cut-short"}
            )
        ),
    )
    return c


def _numbered_broken(lines: list[str]) -> Iterator[tuple[int, tuple[str, str]]]:
    reason_of = dict(BROKEN_JSON_LINES)
    for number, line in enumerate(lines, start=1):
        if line in reason_of:
            yield number, (line, reason_of[line])


def test_hand_made_corpus(template_db: Path, tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "in")
    unreadable = None
    locked = tmp_path / "in" / "locked" / "secret.html"
    locked.parent.mkdir()
    locked.write_text(html_page(1))
    locked.chmod(0)
    if not os.access(locked, os.R_OK):  # root reads it anyway: then it is just a good page
        corpus.expect[str(locked)] = bad("unreadable")
        unreadable = locked
    else:
        corpus.expect[str(locked)] = Expect()
    corpus.count += 1
    db = fresh_db(template_db, tmp_path)
    loop_twice = tmp_path / "in" / "good" / "page-0.html"
    started = time.monotonic()
    summary = run(db, [tmp_path / "in", loop_twice])
    elapsed = time.monotonic() - started
    # Stored once from the folder, and reported as already read for the repeated argument.
    corpus.expect[str(loop_twice)] = Expect(
        stored=1, reasons=frozenset({"already-read"}), rejected=True
    )
    check_run(db, summary, corpus.expect)
    assert summary.skipped["already-read"] == 1 and summary.skipped["symlink"] == 5
    SEEN["hand-made"] += corpus.count
    print(
        f"\nhand-made corpus: {corpus.count} inputs, {summary.stored} stored, "
        f"{summary.skipped_total} rejections {dict(sorted(summary.skipped.items()))}, "
        f"{elapsed:.1f}s; chmod 000 {'tested' if unreadable else 'skipped (root)'}"
    )
    assert corpus.count >= 450
    locked.chmod(0o600)


def test_fifty_megabyte_pages_are_rejected_in_bounded_time(
    template_db: Path, tmp_path: Path
) -> None:
    big = 50 * 1024 * 1024
    root = tmp_path / "big"
    c = Corpus(root)
    para = "<p>" + " ".join(VOCAB[:40]) + ".</p>\n"
    page = ("<html><body>" + para * (big // len(para) + 1) + "</body></html>").encode()
    c.add("page.html", page, bad("too-large"))
    c.add("page.txt", page.replace(b"<p>", b"").replace(b"</p>", b""), bad("too-large"))
    c.add("page.jsonl", json.dumps({"html": page.decode()}) + "\n", bad("too-large"))
    c.add("page.html.gz", gzip.compress(page, compresslevel=1), bad("too-large"))
    c.add("small.html", html_page(3, "https://big.example/ok"), GOOD)
    db = fresh_db(template_db, tmp_path)
    started = time.monotonic()
    summary = run(db, [root])
    elapsed = time.monotonic() - started
    check_run(db, summary, c.expect)
    assert elapsed < 30, f"50 MB pages took {elapsed:.1f}s"
    SEEN["big"] += c.count


def test_a_page_built_to_be_slow_and_a_tiny_timeout_are_rejected_as_timeout(
    template_db: Path, tmp_path: Path
) -> None:
    root = tmp_path / "slow"
    c = Corpus(root)
    slow = (
        "<html><body>"
        + "".join(
            f"<div><p>Paragraph {i} has a few words in it and more words follow.</p><span>x</span>"
            "</div>"
            for i in range(40_000)
        )
        + "</body></html>"
    )
    c.add("slow.html", slow, bad("timeout"))
    c.add("plain.txt", text_page(5), GOOD)  # text dumps are not extracted: no timeout
    for workers in (1, 2):  # in-process, and in pool worker processes
        db = fresh_db(template_db, tmp_path)
        started = time.monotonic()
        summary = run(
            db, [root], Config(workers=workers, clean=CleanConfig(extraction_timeout_s=0.3))
        )
        # The timeout reason (check_run) shows the extraction was cut at 0.3 s; the bound only
        # catches a run that waits for it anyway (27 s untimed at load 3-6).  Generous: the run
        # itself (set-up, worker start, reading 3 MB) took 47 s on a machine at load 11.
        assert time.monotonic() - started < 90
        check_run(db, summary, c.expect)
        db.unlink()
    tiny = Corpus(tmp_path / "tiny")
    for i in range(5):
        tiny.add(f"p{i}.html", html_page(40 + i), bad("timeout"))
    db = fresh_db(template_db, tmp_path)
    summary = run(db, [tiny.root], Config(workers=1, clean=CleanConfig(extraction_timeout_s=1e-6)))
    check_run(db, summary, tiny.expect)
    SEEN["timeout"] += c.count * 2 + tiny.count


def _member(chunk: bytes, times: int, head: bytes = b"") -> bytes:
    """One gzip member: ``head`` then ``chunk`` ``times`` times (compressed as it goes)."""
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    return b"".join([c.compress(head)] + [c.compress(chunk) for _ in range(times)] + [c.flush()])


def write_bombs(root: Path) -> tuple[list[Path], int]:
    """Gzip bombs of every form; their paths and total decompressed size."""
    mb = 1 << 20
    zeros = _member(b"\0" * mb, 64)  # 64 MB of zeros; members repeat (gzip allows it)
    warc_head = b"WARC/1.0\r\nWARC-Type: response\r\n"
    bombs = {
        "zeros.html.gz": (zeros * 64, 4096 * mb),
        "zeros.txt.gz": (zeros * 64, 4096 * mb),
        "one-line.jsonl.gz": (_member(b"a" * mb, 256), 256 * mb),
        # warcio reads header lines whole and keeps every one: one endless WARC header line,
        # and one endless HTTP header line inside a record claiming 3 GB.
        "header-line.warc.gz": (_member(b"a" * mb, 256, warc_head + b"X-Bomb: "), 256 * mb),
        "http-header.warc.gz": (
            _member(
                b"a" * mb,
                256,
                warc_head + b"WARC-Target-URI: http://b.example/\r\n"
                b"Content-Type: application/http; msgtype=response\r\n"
                b"Content-Length: 3000000000\r\n\r\nHTTP/1.1 200 OK\r\nX-Bomb: ",
            ),
            256 * mb,
        ),
    }
    paths = []
    for name, (data, _) in bombs.items():
        (root / name).write_bytes(data)
        paths.append(root / name)
    return paths, sum(size for _, size in bombs.values())


BOMB_SCRIPT = r"""
import json, resource, sys
from clipper.archive import open_archive
from clipper.config import Config, ReadLimits
from clipper.pipeline import dedupe

db, label, bombs = sys.argv[1], sys.argv[2], sys.argv[3:]
mb = 1 << 20
small = ReadLimits(max_page_bytes=4 * mb, max_decompressed_bytes=32 * mb, max_line_bytes=4 * mb)
config = Config(workers=1, read=small if label == "small" else ReadLimits())
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
archive = open_archive(db)
before = peak()
summary = dedupe(archive, bombs, config)
archive.close()
print(json.dumps({"growth_mb": peak() - before, "peak_mb": peak(),
                  "skipped": summary.skipped, "stored": summary.stored}))
"""


LAUNCHER = (
    "import subprocess, sys; "
    "sys.exit(subprocess.call([sys.executable, '-c', sys.argv[1], *sys.argv[2:]]))"
)


def test_gzip_bombs_do_not_exhaust_memory(tmp_path: Path) -> None:
    """.html.gz/.txt.gz of 4 GB of zeros, a 256 MB JSONL line, endless WARC and HTTP header
    lines: each file is rejected as too-large, and the peak RSS (``ru_maxrss``, a high-water
    mark) of a fresh process grows by a bounded amount from opening the archive to the end of
    the run.  Once with small limits, once with the defaults."""
    bombs, decompressed = write_bombs(tmp_path)
    result = {}
    for label in ("small", "default"):
        # Through a tiny launcher: a process forked from pytest inherits pytest's ru_maxrss
        # (Linux keeps the pre-exec high-water mark), one forked from the launcher does not.
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                LAUNCHER,
                BOMB_SCRIPT,
                str(tmp_path / f"{label}.db"),
                label,
                *map(str, bombs),
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        result[label] = json.loads(proc.stdout.strip().splitlines()[-1])
    files = sum(p.stat().st_size for p in bombs)
    small, default = result["small"], result["default"]
    print(
        f"\ngzip bombs: {files / 1e6:.1f} MB of files, {decompressed / 2**30:.1f} GiB "
        f"decompressed; peak RSS growth {small['growth_mb']:.0f} MB with small limits "
        f"(4 MB page/line, 32 MB decompressed), {default['growth_mb']:.0f} MB with the "
        f"defaults (20 MB page, 64 MB line, 2 GiB decompressed)"
    )
    for r in (small, default):
        assert r["stored"] == 0
        assert r["skipped"] == {"too-large": len(bombs)}, r
    assert small["growth_mb"] < 64
    # Defaults: a 20 MB page and a 64 MB JSONL line may be held (and copied once or twice).
    assert default["growth_mb"] < 320
    SEEN["bombs"] += len(bombs) * 2


# ---------------------------------------------------------------------------- Hypothesis

EXTENSIONS = (
    ".html",
    ".htm",
    ".txt",
    ".jsonl",
    ".ndjson",
    ".warc",
    ".arc",
    ".html.gz",
    ".txt.gz",
    ".jsonl.gz",
    ".warc.gz",
)
_GOOD_FILES: dict[str, bytes] = {
    ".html": html_page(90).encode(),
    ".txt": text_page(91).encode(),
    ".jsonl": (
        "\n".join(
            json.dumps({"url": f"https://m.example/{i}", "maintext": text_page(i)})
            for i in range(92, 95)
        )
        + "\n"
    ).encode(),
    ".warc.gz": warc_bytes([95, 96], compress=True)[0],
    ".warc": warc_bytes([97], compress=False)[0],
}
_GOOD_FILES[".html.gz"] = gzip.compress(_GOOD_FILES[".html"])
_GOOD_FILES[".jsonl.gz"] = gzip.compress(_GOOD_FILES[".jsonl"])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)
record_keys = st.sampled_from(
    [
        "url",
        "html",
        "text",
        "maintext",
        "title",
        "fetched_at",
        "date_publish",
        "source_domain",
        "site",
        "published",
        "x",
    ]
)
records = st.dictionaries(record_keys, json_values | st.text(max_size=400), max_size=6)
tags = st.sampled_from(
    [
        "div",
        "p",
        "span",
        "article",
        "script",
        "style",
        "table",
        "td",
        "a",
        "meta",
        "html",
        "head",
        "body",
        "!--",
        "![CDATA[",
        "title",
    ]
)


@st.composite
def tag_soup(draw: st.DrawFn) -> bytes:
    parts = []
    for _ in range(draw(st.integers(1, 40))):
        tag = draw(tags)
        parts.append(
            draw(
                st.sampled_from(
                    [f"<{tag}>", f"</{tag}>", f"<{tag} x='", "&amp;", "&#0;", "&#xD800;"]
                )
            )
        )
        parts.append(draw(st.text(max_size=60)))
    encoding = draw(st.sampled_from(["utf-8", "cp1252", "shift_jis", "utf-16", "latin-1"]))
    return "".join(parts).encode(encoding, "replace")


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    ext = draw(st.sampled_from(sorted(_GOOD_FILES)))
    data = bytearray(_GOOD_FILES[ext])
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["cut", "flip", "insert", "repeat"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if op == "cut":
            del data[at:]
        elif op == "flip":
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=20))
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
    return ext, bytes(data)


inputs = st.one_of(
    st.tuples(st.sampled_from(EXTENSIONS), st.binary(max_size=3000)),
    mutated(),
    st.tuples(
        st.sampled_from((".jsonl", ".jsonl.gz")),
        st.lists(records.map(json.dumps) | st.text(max_size=80), min_size=1, max_size=8).map(
            lambda ls: "\n".join(ls).encode("utf-8", "replace")
        ),
    ),
    st.tuples(st.sampled_from((".html", ".htm", ".html.gz")), tag_soup()),
)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not LONG,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
@given(batch=st.lists(inputs, min_size=10, max_size=30))
def test_hypothesis_inputs_are_all_accounted_for(
    template_db: Path, batch: list[tuple[str, bytes]]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "in"
        c = Corpus(root)
        for i, (ext, data) in enumerate(batch):
            if ext.endswith(".gz") and not data.startswith(b"\x1f\x8b") and i % 2:
                data = gzip.compress(data)  # half the time, valid gzip around the junk
            c.add(f"f{i:03d}{ext}", data, Expect())
        c.add("anchor.txt", text_page(99), GOOD)  # a good page beside the junk is stored
        c.add("anchor.html", html_page(98, "https://anchor.example/p"), GOOD)
        db = fresh_db(template_db, Path(tmp))
        summary = run(db, [root])
        check_run(db, summary, c.expect)
        SEEN["hypothesis"] += c.count


# ---------------------------------------------------------------------------- CLI


def test_cli_reports_and_counts_bad_input_with_exit_code_0(
    template_db: Path, tmp_path: Path
) -> None:
    c = Corpus(tmp_path / "in")
    c.add("ja.html", SHIFT_JIS_PAGE.encode("shift_jis"), GOOD)
    c.add(
        "broken.jsonl",
        "\n".join(line for line, _ in BROKEN_JSON_LINES[:12]) + "\n",
        bad("bad-json", "bad-record"),
        12,
    )
    c.add("cut.html.gz", gzip.compress(html_page(7).encode())[:50], bad("truncated"))
    c.add("logo.html", b"\x89PNG\r\n\x1a\n" + bytes(200), bad("binary"))
    (c.root / "loop").symlink_to(".")
    c.expect[str(c.root / "loop")] = bad("symlink")
    c.count += 1
    db = fresh_db(template_db, tmp_path)
    result = CliRunner().invoke(
        cli, ["dedupe", "--db", str(db), "--workers", "1", "--json", str(c.root)]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["stored"] == 1
    assert summary["skipped"] == {
        "symlink": 1,
        "bad-json": 7,
        "bad-record": 6,  # the line holding a batch of two bad records counts both
        "binary": 1,
        "truncated": 1,
    }
    assert summary["skipped_total"] == 16
    result = CliRunner().invoke(
        cli, ["dedupe", "--db", str(db), "--workers", "1", str(tmp_path / "missing.html")]
    )
    assert result.exit_code == 2, result.output  # a missing PATH is a usage error
    assert "does not exist" in result.output
    SEEN["cli"] += c.count + 1


def test_at_least_a_thousand_inputs_were_tried() -> None:
    expected = {"hand-made", "big", "timeout", "bombs", "hypothesis", "cli"}
    if set(SEEN) != expected:
        pytest.skip(f"only part of the module ran: {sorted(SEEN)}")
    total = sum(SEEN.values())
    print(f"\nfuzz inputs tried: {total} {dict(SEEN)}; crashes: 0")
    assert total >= 1000
