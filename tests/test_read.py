"""Tests of clipper.read on the fixtures, on generated hostile input and on real crawler WARCs."""

from __future__ import annotations

import gzip
import importlib.util
import itertools
import json
import os
import random
import sys
import tracemalloc
import zlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest
from warcio.archiveiterator import ArchiveIterator

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection, digest
from clipper.read import REASONS, read_pages

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text())
SHARED_WARCS = ROOT.parent / "shared" / "data" / "crawler-warcs"

DAILYHARBOR_STRIKE = (
    "https://dailyharbor.example/news/2025/03/11/aldermouth-dockworkers-strike-automated-cranes"
)


def read(
    paths: Iterable[str | Path], limits: ReadLimits | None = None
) -> tuple[list[RawPage], list[Rejection]]:
    rejections: list[Rejection] = []
    pages = list(read_pages(paths, limits or ReadLimits(), rejections.append))
    return pages, rejections


def rel(origin: str) -> str:
    return os.path.relpath(origin, FIXTURES) if os.path.isabs(origin) else origin


def by_origin(pages: list[RawPage]) -> dict[str, RawPage]:
    return {rel(p.origin): p for p in pages}


def reasons(rejections: list[Rejection]) -> Counter[str]:
    return Counter(r.reason for r in rejections)


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def load_script(name: str) -> ModuleType:
    sys.path.insert(0, str(FIXTURES))  # make_warc imports make_fixtures
    try:
        spec = importlib.util.spec_from_file_location(name, FIXTURES / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while being built
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(FIXTURES))


@pytest.fixture(scope="module")
def fixture_run() -> tuple[dict[str, RawPage], dict[str, str]]:
    pages, rejections = read([FIXTURES])
    origins = [rel(r.origin) for r in rejections]
    assert len(origins) == len(set(origins)), "one rejection per origin"
    return by_origin(pages), {rel(r.origin): r.reason for r in rejections}


# --- the fixtures, as documented in fixtures/README.md and expected.json ---------------------


def test_fixture_folder_yields_the_documented_pages(fixture_run) -> None:
    pages, _ = fixture_run
    assert sorted(pages) == EXPECTED["reader"]["page_origins"]
    assert len(pages) == EXPECTED["reader"]["pages"]


def test_fixture_folder_rejects_exactly_the_documented_inputs(fixture_run) -> None:
    _, rejected = fixture_run
    assert rejected == {**EXPECTED["rejected_files"], **EXPECTED["rejected_records"]}
    assert set(rejected.values()) <= REASONS


def test_every_expected_source_key_is_read(fixture_run) -> None:
    """The clustering expectations only name pages the reader actually produces."""
    pages, _ = fixture_run
    keys = {p.url or rel(p.origin) for p in pages.values()}
    named = {k for group in EXPECTED["variant_groups"].values() for k in group}
    named |= {k for group in EXPECTED["distinct_articles"] for k in group}
    named |= set(EXPECTED["no_article"]) | set(EXPECTED["singletons"])
    named |= {u["url"] for u in EXPECTED["updates"]}
    assert named <= keys
    assert [p.url for p in pages.values()].count(DAILYHARBOR_STRIKE) == 2


def test_html_page_decoded_with_its_declared_charset_and_its_canonical_url(fixture_run) -> None:
    pages, _ = fixture_run
    page = pages["html/coastal-courier-port-strike.html"]
    raw = (FIXTURES / "html/coastal-courier-port-strike.html").read_bytes()
    assert page.kind == "html"
    assert b"Caf\xe9" in raw and b'<meta charset="windows-1252">' in raw
    # decoded with the page's own <meta charset> (trafilatura would only guess from the bytes)
    assert page.body == raw.decode("cp1252")
    assert page.raw_hash == digest(raw)  # the input as read, whatever the decoding
    assert page.url == (
        "https://coastal-courier.example/coast/2025/mar/11/port-aldermouth-standstill-crane-row"
    )
    assert page.site == "coastal-courier.example"
    assert page.origin == str(FIXTURES / "html/coastal-courier-port-strike.html")


def test_gzipped_html_and_htm_are_read(fixture_run) -> None:
    pages, _ = fixture_run
    page = pages["html/ferryport-post-port-strike.html.gz"]
    assert page.body == gzip.decompress(
        (FIXTURES / "html/ferryport-post-port-strike.html.gz").read_bytes()
    )
    assert page.site == "ferryport-post.example"
    assert pages["html/metro-ledger-rail-bridge.htm"].kind == "html"


def test_text_dumps_are_text_without_provenance_they_do_not_have(fixture_run) -> None:
    pages, _ = fixture_run
    dump = pages["text/harbor-strike-dump.txt"]
    assert dump.kind == "text" and isinstance(dump.body, str)
    assert dump.body.startswith("Skip to content\n")
    assert dump.url is None and dump.site is None
    analysis = pages["text/dockers-analysis.txt.gz"]
    assert isinstance(analysis.body, str) and "Read also:" in analysis.body


def test_windows_1252_text_is_decoded_as_windows_1252(fixture_run) -> None:
    body = fixture_run[0]["text/lighthouse-restoration.txt"].body
    assert isinstance(body, str)
    assert "summer fête" in body and "€310,000" in body and "town’s 1871" in body


def test_news_please_record_provenance(fixture_run) -> None:
    page = fixture_run[0]["jsonl/news-please.jsonl:1"]
    assert page.kind == "text"
    assert page.url == "https://harbourlight.example/news/aldermouth-dockworkers-walk-out"
    assert page.site == "harbourlight.example"
    assert page.fetched_at == "2025-03-11 10:14:37"
    assert page.published == "2025-03-11 09:02:00"
    assert page.title == "Aldermouth dockworkers walk out over automated cranes, stranding 14 ships"
    assert isinstance(page.body, str) and page.body.startswith("Thousands of dockworkers")


def test_cc_news_record_is_a_later_version_of_an_html_page(fixture_run) -> None:
    pages, _ = fixture_run
    first = pages["html/dailyharbor-port-strike.html"]
    later = pages["jsonl/cc-news.jsonl.gz:3"]
    assert first.url == later.url == DAILYHARBOR_STRIKE
    assert later.kind == "html" and isinstance(later.body, bytes)
    assert later.fetched_at == "2025-03-12T06:05:44Z"
    assert b"Harbour pilots in Greyhaven" in later.body
    assert b"Harbour pilots in Greyhaven" not in first.body
    assert first.raw_hash != later.raw_hash


def test_warc_pages_carry_offsets_that_find_the_record_again(fixture_run) -> None:
    pages, _ = fixture_run
    warc = FIXTURES / "warc/bayside-gazette.warc.gz"
    found = {o: p for o, p in pages.items() if o.startswith("warc/")}
    assert len(found) == 3
    for page in found.values():
        offset = int(page.origin.rsplit("@", 1)[1])
        with open(warc, "rb") as f:
            f.seek(offset)
            record = next(iter(ArchiveIterator(f)))
            assert record.rec_headers.get_header("WARC-Target-URI") == page.url
            assert record.content_stream().read() == page.body
        assert page.site == "bayside-gazette.example"
        assert page.fetched_at and page.fetched_at.startswith("2025-03-11T09:")


def test_fixture_generators_are_deterministic(tmp_path: Path) -> None:
    """The committed fixtures are exactly what the scripts build (so editing a story means
    re-running them, and expected.json can be trusted)."""
    written = load_script("make_fixtures").build(tmp_path)
    for relpath, data in written.items():
        assert (FIXTURES / relpath).read_bytes() == data, relpath
    warc = load_script("make_warc").build(tmp_path / "out.warc.gz")
    assert warc == (FIXTURES / "warc/bayside-gazette.warc.gz").read_bytes()


# --- JSONL --------------------------------------------------------------------------------


BAD_LINES = [
    (b'{"url": "https://a.example/x", "html": "<p>cut', "bad-json"),
    (b"[" * 100_000, "bad-json"),  # nesting that would blow the recursion limit
    # not UTF-8, and cut: a Windows-1252 line is read as such (its test below), a cut one not
    (b'{"text": "caf\xe9', "bad-json"),
    (b'"just a string"', "bad-record"),
    (b'{"html": 5, "url": "https://a.example/x"}', "bad-record"),
    (b'{"url": [], "text": "some text"}', "bad-record"),
    (b'{"text": ["para", 3], "url": "https://a.example/x"}', "bad-record"),
    (b'{"url": "https://a.example/x", "title": "no body"}', "no-body"),
    (b'{"html": "   ", "text": null}', "no-body"),
]


@pytest.mark.parametrize(("line", "reason"), BAD_LINES)
def test_a_bad_jsonl_line_is_rejected_and_the_next_line_still_read(
    tmp_path: Path, line: bytes, reason: str
) -> None:
    good = json.dumps({"url": "https://www.Example.org/ok", "text": "fine"}).encode()
    path = tmp_path / "dump.jsonl"
    path.write_bytes(good + b"\n" + line + b"\n" + good + b"\n")
    pages, rejections = read([path])
    assert [p.origin for p in pages] == [f"{path}:1", f"{path}:3"]
    assert [(r.origin, r.reason) for r in rejections] == [(f"{path}:2", reason)]
    assert "Traceback" not in rejections[0].detail and len(rejections[0].detail) < 250


def test_a_jsonl_line_of_nul_bytes_is_said_to_be_one(tmp_path: Path) -> None:
    """A spider killed while writing leaves NUL bytes in a line of its UTF-8 feed: the line is
    rejected saying so, not as a UTF-32 or UTF-16 decoding error (``json`` takes two leading
    NULs for UTF-32), and the other lines are read."""
    good = [
        json.dumps({"url": f"https://a.example/{n}", "text": "the ferry runs again " * 40})
        for n in range(8)
    ]
    cut = [b"\x00\x00garbage", b"\x00" * 6, b'{"url": "https://a.example/x", "te\x00\x00']
    path = tmp_path / "items.jl"
    lines = [g.encode() for g in good[:4]] + cut + [g.encode() for g in good[4:]]
    path.write_bytes(b"\n".join(lines))
    pages, rejections = read([path])
    assert len(pages) == 8
    assert [(r.origin, r.reason, r.detail) for r in rejections] == [
        (f"{path}:5", "bad-json", "not JSON: starts with NUL bytes (2 of its 9 bytes)"),
        (f"{path}:6", "bad-json", "not JSON: only NUL bytes (6)"),
        (f"{path}:7", "bad-json", "not JSON: holds NUL bytes (2 of its 36 bytes)"),
    ]


def test_json_lines_written_in_windows_1252_are_read(tmp_path: Path) -> None:
    """newcomer 20, finding 16: a lab's scraper on Windows writes JSON Lines with
    ``ensure_ascii=False`` in Windows-1252 (Python's ``open(path, "w")`` there); every line was
    ``bad-json UnicodeDecodeError`` and its article lost.  Read as a text dump is: a
    Windows-1252 line as itself, a UTF-8 line with one stray byte as UTF-8; a news-please
    ``.json`` file alike.  A cut line is still bad JSON."""
    records = [
        {"url": "https://levante.example/valencia/plaza", "title": "València peatonaliza la "
         "plaza de la Reina", "maintext": "El pleno aprobó la peatonalización de la plaza "
         "de la Reina y de sus calles adyacentes, según el Ayuntamiento. " * 3},
        {"url": "https://sevilla.example/metro/l3", "title": "La Junta adjudica la línea 3",
         "maintext": "La Junta de Andalucía adjudicó este martes las obras del tramo norte "
         "de la línea 3 del metro de Sevilla. " * 3},
    ]
    lines = [json.dumps(r, ensure_ascii=False).encode("cp1252") for r in records]
    (tmp_path / "latin.jsonl").write_bytes(b"\n".join([*lines, lines[0][:60]]) + b"\n")
    stray = json.dumps(records[1], ensure_ascii=False).encode()
    stray = stray.replace("Andalucía".encode(), b"Andaluc\xed", 1)
    (tmp_path / "stray.jsonl").write_bytes(stray + b"\n")
    (tmp_path / "one.json").write_bytes(json.dumps(records[0], ensure_ascii=False).encode("cp1252"))
    pages, rejections = read([tmp_path])
    by_name = {rel_to(p.origin, tmp_path): p for p in pages}
    assert sorted(by_name) == ["latin.jsonl:1", "latin.jsonl:2", "one.json", "stray.jsonl:1"]
    assert by_name["latin.jsonl:1"].title == "València peatonaliza la plaza de la Reina"
    assert by_name["one.json"].title == "València peatonaliza la plaza de la Reina"
    assert "Andalucía adjudicó" in str(by_name["latin.jsonl:2"].body)
    assert "Andalucía adjudicó" in str(by_name["stray.jsonl:1"].body)
    assert [(rel_to(r.origin, tmp_path), r.reason) for r in rejections] == [
        ("latin.jsonl:3", "bad-json")
    ]


def test_jsonl_field_aliases_and_site_rules(tmp_path: Path) -> None:
    records = [
        {
            "url": "https://WWW.Metro-Ledger.example:8443/a",
            "maintext": "x",
            "scrape_time": "2025-03-11T10:00:00Z",
            "published": "2025-03-11",
        },
        {"text": "y", "site": "www.DailyHarbor.example", "fetched_at": "yesterday"},
        {"text": "z", "publisher": "The Daily Harbor"},
        {"text": "w"},
        {"html": "<p>h</p>", "text": "ignored when html is there", "title": "  A \n title "},
    ]
    path = tmp_path / "mixed.ndjson"
    path.write_text("\ufeff" + "\n".join(json.dumps(r) for r in records) + "\n\n")
    pages, rejections = read([path])
    assert rejections == []
    first, second, third, fourth, fifth = pages
    assert (first.site, first.fetched_at, first.published) == (
        "metro-ledger.example",
        "2025-03-11T10:00:00Z",
        "2025-03-11",
    )
    assert second.site == "dailyharbor.example"
    assert second.fetched_at is None  # not ISO 8601: dropped rather than mis-sorted
    assert third.site == "the daily harbor"  # a name, one spelling (clipper.sites)
    assert fourth.site is None and fourth.url is None
    assert (fifth.kind, fifth.body, fifth.title) == ("html", b"<p>h</p>", "A title")


def test_overlong_jsonl_line_is_skipped_without_holding_it(tmp_path: Path) -> None:
    limits = ReadLimits(max_line_bytes=1024 * 1024)
    long_line = b'{"text": "' + b"a" * (30 * 1024 * 1024) + b'"}'
    path = tmp_path / "long.jsonl.gz"
    path.write_bytes(gzip_bytes(long_line + b'\n{"text": "after"}\n'))
    tracemalloc.start()
    try:
        pages, rejections = read([path], limits)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(r.origin, r.reason) for r in rejections] == [(f"{path}:1", "too-large")]
    assert [(p.origin, p.body) for p in pages] == [(f"{path}:2", "after")]
    assert peak < 8 * 1024 * 1024


def test_truncated_jsonl_gz_keeps_the_whole_lines_before_the_damage(tmp_path: Path) -> None:
    lines = [
        json.dumps({"url": f"https://a.example/{i}", "text": f"story {i} " * 40})
        for i in range(400)
    ]
    data = gzip_bytes("\n".join(lines).encode() + b"\n")
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    pages, rejections = read([path])
    assert 0 < len(pages) < 400
    assert [p.url for p in pages] == [f"https://a.example/{i}" for i in range(len(pages))]
    assert all(p.body == f"story {i} " * 40 for i, p in enumerate(pages))
    assert [r.reason for r in rejections] == ["truncated"]  # no half line as bad-json
    assert rejections[0].origin == f"{path}:{len(pages) + 1}"


def test_empty_and_blank_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(b"\n\n")
    (tmp_path / "b.html.gz").write_bytes(gzip_bytes(b""))
    (tmp_path / "c.txt").write_bytes(b" \n\t\n")
    (tmp_path / "d.warc").write_bytes(b"")
    pages, rejections = read([tmp_path])
    assert pages == []
    assert [(Path(r.origin).name, r.reason) for r in rejections] == [
        ("a.jsonl", "empty"),
        ("b.html.gz", "empty"),
        ("c.txt", "empty"),
        ("d.warc", "empty"),
    ]


# --- single-page files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("pic.html", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40),
        ("doc.htm", b"%PDF-1.7\n..."),
        ("nul.txt", b"plain start\x00\x01\x02 then binary"),
        ("zip.txt", b"PK\x03\x04rest"),
        ("packed.html", gzip_bytes(gzip_bytes(b"<html></html>"))),  # compressed twice
        # random bytes named as JSON lines: one rejection, not a bad-json per newline byte
        ("junk.jsonl", random.Random(7).randbytes(20_000)),
        ("junk.jsonl.gz", gzip_bytes(random.Random(8).randbytes(9000))),
        ("pic.jsonl", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40 + b"\n" * 20),
        # the same for every other container of records: one rejection, and no bytes of the
        # junk quoted back (a header row of garbage "columns", warcio's "first line: [...]")
        ("junk.csv", random.Random(9).randbytes(20_000)),
        ("junk.tsv.gz", gzip_bytes(random.Random(10).randbytes(9000))),
        ("pic.csv", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40),
        ("junk.warc", random.Random(11).randbytes(20_000)),
        ("junk.warc.gz", random.Random(12).randbytes(20_000)),
        ("packed-junk.warc.gz", gzip_bytes(random.Random(13).randbytes(9000))),
        ("pic.warc.gz", gzip_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)),
        ("junk.arc", random.Random(14).randbytes(20_000)),
    ],
)
def test_binary_content_under_a_text_name_is_rejected(
    tmp_path: Path, name: str, data: bytes
) -> None:
    (tmp_path / name).write_bytes(data)
    pages, rejections = read([tmp_path / name])
    assert pages == [] and [r.reason for r in rejections] == ["binary"]
    assert rejections[0].detail.isascii() and rejections[0].detail.startswith("looks like ")


def test_utf16_html_is_not_mistaken_for_binary(tmp_path: Path) -> None:
    path = tmp_path / "wide.html"
    path.write_bytes("<html><body><p>Wide text</p></body></html>".encode("utf-16"))
    pages, rejections = read([path])
    assert rejections == [] and len(pages) == 1


NUL_PAGE = (
    "<html><head><title>Quay</title></head><body><h1>Quay to be widened</h1><p>The harbour "
    "board voted on Tuesday to widen the north quay for the winter ferries.</p></body></html>"
)


@pytest.mark.parametrize(
    ("name", "data", "body"),
    [
        # a writer's stray NUL, and a file preallocated then cut short by a crash
        ("stray.html", NUL_PAGE.replace("<p>", "<p>\x00").encode(), NUL_PAGE.encode()),
        ("padded.html", NUL_PAGE.encode() + b"\x00" * 3000, NUL_PAGE.encode()),
        ("padded.txt", b"Quay to be widened\n\nThe board voted." + b"\x00" * 900, None),
        # UTF-16 without a byte-order mark (Windows tools), both byte orders
        ("wide-le.txt", "Quay to be widened\n\nThe board voted.".encode("utf-16-le"), None),
        ("wide-be.html", NUL_PAGE.encode("utf-16-be"), NUL_PAGE),
    ],
)
def test_nul_bytes_in_text_are_dropped_not_a_binary_file(
    tmp_path: Path, name: str, data: bytes, body: bytes | str | None
) -> None:
    (tmp_path / name).write_bytes(data)
    (page,), rejections = read([tmp_path / name])
    assert rejections == []
    assert page.body == (body if body is not None else "Quay to be widened\n\nThe board voted.")
    if page.kind == "html":
        assert page.raw_hash == digest(data)  # the file as it is, NULs and all


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,  # every byte value: compressed or encrypted data
        b"\x00" * 2000,  # a file of nothing but NULs
        b"<html>" + b"\x00\x00x" * 300,  # NULs all through, not UTF-16
    ],
)
def test_nul_bytes_with_binary_company_stay_binary(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "odd.html").write_bytes(data)
    pages, rejections = read([tmp_path / "odd.html"])
    assert pages == [] and [r.reason for r in rejections] == ["binary"]


def test_undecodable_text_falls_back_without_crashing(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Dockers’ strike: “We want guarantees”, said Quillon.".encode("cp1252"))
    (page,), rejections = read([path])
    assert rejections == []
    assert page.body == "Dockers’ strike: “We want guarantees”, said Quillon."


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Quay to be widened \u2018soon\u2019 for \u20ac5m\n\nThe harbour board voted.", "cp1252"),
        (
            "Caf\u00e9 owners say the f\u00eate \u2013 \u201cour best\u201d \u2013 returns.",
            "cp1252",
        ),
        (
            "\u0421\u043e\u0432\u0435\u0442 \u043f\u043e\u0440\u0442\u0430 "
            "\u043f\u0440\u043e\u0433\u043e\u043b\u043e\u0441\u043e\u0432\u0430\u043b "
            "\u0437\u0430 \u0440\u0430\u0441\u0448\u0438\u0440\u0435\u043d\u0438\u0435 "
            "\u0441\u0435\u0432\u0435\u0440\u043d\u043e\u0439 \u043f\u0440\u0438\u0441"
            "\u0442\u0430\u043d\u0438.",
            "cp1251",
        ),
    ],
)
def test_short_legacy_text_is_not_read_as_a_dos_code_page(
    tmp_path: Path, text: str, codec: str
) -> None:
    # charset_normalizer ranks cp775/cp850 first on a few Windows-1252 quotes and a euro sign
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode(codec))
    (page,), rejections = read([path])
    assert rejections == [] and page.body == text


STRAY_TEXT = (
    "Le conseil du port de Saltm\u00e8re a vot\u00e9 mardi l\u2019\u00e9largissement du quai "
    "nord, afin que des ferries plus grands puissent y accoster en hiver."
)


@pytest.mark.parametrize(
    ("name", "prefix", "meta"),
    [
        ("declared.html", b"", '<meta charset="utf-8">'),
        ("undeclared.html", b"", ""),
        ("latin-default.html", b"", '<meta charset="iso-8859-1">'),  # a CMS default, wrong
        ("bom.html", b"\xef\xbb\xbf", '<meta charset="windows-1252">'),  # the BOM wins
        ("dump.txt", b"", None),
    ],
)
def test_utf8_with_a_stray_byte_is_utf8_not_mojibake(
    tmp_path: Path, name: str, prefix: bytes, meta: str | None
) -> None:
    # a Windows-1252 dash (0x96) pasted into a UTF-8 page: every "\u00e9" became "\u00c3\u00a9"
    text = f"{STRAY_TEXT} {STRAY_TEXT}"
    if meta is None:
        data = text.encode()
        want = text.replace("mardi", "mardi \u2013")
    else:
        data = f"<html><head>{meta}</head><body><p>{text}</p></body></html>".encode()
        want = data.decode().replace("mardi", "mardi \u2013")
    (tmp_path / name).write_bytes(prefix + data.replace(b"mardi", b"mardi \x96"))
    (page,), rejections = read([tmp_path / name])
    assert rejections == [] and page.body == want


@pytest.mark.parametrize("codec", ["cp1252", "shift_jis", "euc_kr", "gbk", "cp1251", "iso8859_2"])
def test_legacy_pages_are_never_taken_for_utf8_with_stray_bytes(tmp_path: Path, codec: str) -> None:
    texts = {
        "cp1252": STRAY_TEXT + " On dit \u00ab\u00c3\u00a9\u00bb.",  # "Ã©" written on purpose
        "shift_jis": "\u6771\u4eac\u90fd\u306f\u706b\u66dc\u65e5\u3001\u5cb8\u58c1\u3092"
        "\u62e1\u5f35\u3059\u308b\u8a08\u753b\u3092\u627f\u8a8d\u3057\u305f\u3002",
        "euc_kr": "\ud56d\ub9cc\uc704\uc6d0\ud68c\ub294 \ud654\uc694\uc77c \ubd81\ucabd "
        "\ubd80\ub450\ub97c \ud655\uc7a5\ud558\uae30\ub85c \uc758\uacb0\ud588\ub2e4.",
        "gbk": "\u6e2f\u52a1\u5c40\u5468\u4e8c\u6295\u7968\u51b3\u5b9a\u6269\u5efa\u5317"
        "\u7801\u5934\uff0c\u4ee5\u4fbf\u51ac\u5b63\u66f4\u5927\u7684\u6e21\u8f6e\u3002",
        "cp1251": "\u0421\u043e\u0432\u0435\u0442 \u043f\u043e\u0440\u0442\u0430 "
        "\u043f\u0440\u043e\u0433\u043e\u043b\u043e\u0441\u043e\u0432\u0430\u043b.",
        "iso8859_2": "Rada portu w \u0141odzi zag\u0142osowa\u0142a za rozbudow\u0105 "
        "p\u00f3\u0142nocnego nabrze\u017ca.",
    }
    page_text = f"<html><head><meta charset={codec}></head><body><p>{texts[codec] * 4}</p>"
    (tmp_path / "legacy.html").write_bytes(page_text.encode(codec))
    (page,), _ = read([tmp_path / "legacy.html"])
    assert page.body == page_text


def test_page_over_the_limit_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(b"<html>" + b"x" * 5000 + b"</html>")
    pages, rejections = read([path], ReadLimits(max_page_bytes=4096))
    assert pages == [] and [r.reason for r in rejections] == ["too-large"]


def write_bomb(path: Path, total: int, chunk: bytes) -> None:
    """A gzip file decompressing to ``total`` bytes, written quickly in streamed chunks."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = chunk * (1024 * 1024 // len(chunk))
    with open(path, "wb") as f:
        for _ in range(total // len(block)):
            f.write(compressor.compress(block))
        f.write(compressor.flush())


def test_html_gzip_bomb_is_rejected_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    write_bomb(path, 200 * 1024 * 1024, b"<p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>\n")
    assert path.stat().st_size < 2 * 1024 * 1024
    limits = ReadLimits()  # the defaults a user runs with: 20 MB pages
    tracemalloc.start()
    try:
        pages, rejections = read([path], limits)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert pages == [] and [r.reason for r in rejections] == ["too-large"]
    assert peak < limits.max_page_bytes + 16 * 1024 * 1024  # one page at most, not 200 MB


def test_jsonl_gzip_bomb_stops_at_max_decompressed_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    line = json.dumps({"url": "https://a.example/x", "text": "b" * 80}).encode() + b"\n"
    write_bomb(path, 200 * 1024 * 1024, line)
    limits = ReadLimits(max_decompressed_bytes=2 * 1024 * 1024)
    rejections: list[Rejection] = []
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_pages([path], limits, rejections.append))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [r.reason for r in rejections] == ["too-large"]
    assert 0 < count <= limits.max_decompressed_bytes // len(line)
    assert peak < 4 * 1024 * 1024  # streamed: pages are not accumulated


# --- WARC / ARC ------------------------------------------------------------------------------


def test_fixture_warc_record_handling(fixture_run) -> None:
    _, rejected = fixture_run
    warc = Counter(r for o, r in rejected.items() if o.startswith("warc/"))
    assert warc == Counter(
        {
            "warc-request": 3,
            "warc-info": 1,
            "warc-metadata": 1,
            "warc-dns": 1,
            "warc-redirect": 1,
            "warc-http-error": 1,
            "not-html": 1,
        }
    )


def test_a_crawlers_own_files_are_housekeeping_whatever_their_status(tmp_path: Path) -> None:
    """A site without robots.txt answers 404: that is the crawl's business, not a broken dump
    (counted with NOT_PAGES); a 404 on an article URL stays a problem."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from clipper.read import NOT_PAGES

    path = tmp_path / "crawl.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        for url, status in [
            ("https://tidewater-post.example/robots.txt", "404 Not Found"),
            ("https://tidewater-post.example/ROBOTS.TXT", "200 OK"),
            ("https://tidewater-post.example/favicon.ico", "500 Server Error"),
            ("https://tidewater-post.example/2026/ferry-strike", "404 Not Found"),
        ]:
            http = StatusAndHeaders(status, [("Content-Type", "text/plain")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(b"nothing"), http_headers=http
                )
            )
    _, rejections = read([path])
    assert [r.reason for r in rejections] == ["not-html", "not-html", "not-html", "warc-http-error"]
    assert "HTTP 404" in rejections[0].detail and "robots.txt" in rejections[0].detail
    assert {r.reason for r in rejections[:3]} <= NOT_PAGES
    assert "warc-http-error" not in NOT_PAGES and "ferry-strike" in rejections[3].detail


def test_a_304_not_modified_is_a_revisit_not_a_redirect(tmp_path: Path) -> None:
    """A re-crawl with If-Modified-Since gets 304 for a page it already has: housekeeping, like
    a revisit record, never a redirect (there is no target) or a problem."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from clipper.read import NOT_PAGES

    path = tmp_path / "recrawl.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        for status, location in [("304 Not Modified", None), ("301 Moved", "/b")]:
            headers = [("ETag", '"x1"')] + ([("Location", location)] if location else [])
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    "https://tidewater-post.example/a", "response", payload=io.BytesIO(b""),
                    http_headers=http,
                )
            )
    _, rejections = read([path])
    assert [r.reason for r in rejections] == ["warc-revisit", "warc-redirect"]
    assert "Not Modified" in rejections[0].detail and "warc-revisit" in NOT_PAGES


def test_a_redirect_says_its_target_or_that_it_names_none(tmp_path: Path) -> None:
    """A 3xx answer is listed with where it sends the reader, or, when the server sent no
    Location (or an empty one), says so rather than printing a "?" that reads as a target."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "moves.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        for status, location in [
            ("301 Moved Permanently", "https://quarry-ledger.example/b"),
            ("302 Found", None),
            ("308 Permanent Redirect", " "),
        ]:
            headers = [("Location", location)] if location else []
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    "https://quarry-ledger.example/a", "response", payload=io.BytesIO(b""),
                    http_headers=http,
                )
            )
    _, rejections = read([path])
    assert [r.detail for r in rejections] == [
        "301 https://quarry-ledger.example/a -> https://quarry-ledger.example/b",
        "302 https://quarry-ledger.example/a (no Location header)",
        "308 https://quarry-ledger.example/a (no Location header)",
    ]


def offset_of(origin: str) -> int:
    return int(origin.rsplit("@", 1)[1])


def archive_events(path: Path) -> tuple[list[tuple[int, str]], list[Rejection | RawPage]]:
    """(offset, url-or-reason) of every record in file order, and the damage reports: the
    truncated/corrupt rejections and the pages kept partial (those are among the records too)."""
    pages, rejections = read([path])
    damage: list[Rejection | RawPage] = [
        r for r in rejections if r.reason in ("truncated", "corrupt")
    ]
    damage += [p for p in pages if p.partial]
    events = [(offset_of(p.origin), p.url or "") for p in pages]
    events += [(offset_of(r.origin), r.reason) for r in rejections if r not in damage]
    return sorted(events), damage


@pytest.mark.parametrize("compressed", [True, False])
def test_cut_warc_yields_a_prefix_then_one_rejection(tmp_path: Path, compressed: bool) -> None:
    """Wherever a WARC is cut, the reader keeps the records before the cut and reports the
    damage once (the page it cuts kept partial, else a rejection), never raising.  A cut
    strictly inside a record (not in the blank lines that end it) is always reported: silently
    dropping the tail of a crawl would hide data loss."""
    source = tmp_path / "full.warc"
    data = (FIXTURES / "warc/bayside-gazette.warc.gz").read_bytes()
    source.write_bytes(data if compressed else gzip.decompress(data))
    blob = source.read_bytes()
    full, no_damage = archive_events(source)
    assert no_damage == []
    starts = [o for o, _ in full] + [len(blob)]
    assert len(starts) == 13
    spans = list(itertools.pairwise(starts))
    cut = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    for n in range(7, len(blob), 89):
        cut.write_bytes(blob[:n])
        events, damage = archive_events(cut)
        assert events == full[: len(events)], n
        assert len(damage) <= 1, (n, damage)
        if any(start < n <= end - 5 for start, end in spans):
            assert len(damage) == 1, n
            assert max(s for s in starts if s < n) <= offset_of(damage[0].origin) <= n, n


def test_a_warc_gzipped_whole_is_read_like_the_plain_file(tmp_path: Path) -> None:
    # `gzip crawl.warc`: one gzip member for every record, which warcio refuses after the first
    plain = tmp_path / "crawl.warc"
    plain.write_bytes(gzip.decompress((FIXTURES / "warc/bayside-gazette.warc.gz").read_bytes()))
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip_bytes(plain.read_bytes()))
    expected, no_damage = archive_events(plain)
    assert no_damage == [] and len(expected) == 12
    assert archive_events(whole) == (expected, [])  # offsets in the decompressed file
    pages, _ = read([whole])
    assert [p.raw_hash for p in pages] == [p.raw_hash for p in read([plain])[0]]
    # cut: the records before the cut, then the damage once (the record it cuts kept partial
    # when it is a page: tests/test_read_warc.py)
    blob = whole.read_bytes()
    for n in (len(blob) // 3, len(blob) - 20):
        cut = tmp_path / "cut.warc.gz"
        cut.write_bytes(blob[:n])
        events, damage = archive_events(cut)
        assert 1 <= len(events) < 12 and events == expected[: len(events)]
        assert len(damage) == 1
    # bounded like every .gz: the limit holds for what comes out of the one stream
    _, rejections = read([whole], ReadLimits(max_decompressed_bytes=8000))
    assert rejections[-1].reason == "too-large"
    # gzipped whole under a plain name: warcio finds the gzip, the same records come out
    misnamed = tmp_path / "misnamed.warc"
    misnamed.write_bytes(blob)
    assert archive_events(misnamed) == (expected, [])


def test_damaged_gzip_member_is_reported_once(tmp_path: Path) -> None:
    data = bytearray((FIXTURES / "warc/bayside-gazette.warc.gz").read_bytes())
    data[5000:5040] = b"\xff" * 40  # inside the rail-bridge response (offsets 4292..6408)
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(bytes(data))
    events, damage = archive_events(path)
    # the damaged member is lost; the records after it, members of their own, are read
    assert [url for _, url in events if url.startswith("https://")] == [
        "https://bayside-gazette.example/news/2025/03/11/aldermouth-dockers-strike",
        "https://bayside-gazette.example/community/2025/03/09/skate-park-approved",
    ]
    assert len(damage) == 1 and offset_of(damage[0].origin) == 4292


def test_warc_payload_over_the_page_limit_is_rejected_with_its_offset() -> None:
    pages, rejections = read(
        [FIXTURES / "warc/bayside-gazette.warc.gz"], ReadLimits(max_page_bytes=1000)
    )
    assert pages == []
    too_large = sorted(rel(r.origin) for r in rejections if r.reason == "too-large")
    assert too_large == sorted(
        o for o in EXPECTED["reader"]["page_origins"] if o.startswith("warc/")
    )


def test_arc_file_is_read_through_arc2warc(tmp_path: Path) -> None:
    def arc_record(url: str, date: str, ctype: str, body: bytes) -> bytes:
        return f"{url} 192.0.2.1 {date} {ctype} {len(body)}\n".encode() + body + b"\n"

    data = arc_record(
        "filedesc://t.arc",
        "20080430204825",
        "text/plain",
        b"1 1 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n",
    )
    page = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>Hi</p></html>"
    data += arc_record("http://www.example.org/a", "20080430204826", "text/html", page)
    data += arc_record(
        "http://www.example.org/i.gif",
        "20080430204827",
        "image/gif",
        b"HTTP/1.0 200 OK\r\nContent-Type: image/gif\r\n\r\nGIF89a",
    )
    path = tmp_path / "old.ARC.GZ"
    path.write_bytes(gzip_bytes(data))  # one gzip stream for the whole file, not per record
    pages, rejections = read([path])
    # warcio refuses such a file after its first record: it is read decompressed instead, its
    # records known by their offsets in the decompressed file
    (whole,) = pages
    assert whole.url == "http://www.example.org/a"
    assert whole.origin == f"{path}@{data.index(b'http://www.example.org/a')}"
    assert [(r.origin, r.reason) for r in rejections] == [
        (f"{path}@0", "warc-info"),
        (f"{path}@{data.index(b'http://www.example.org/i.gif')}", "not-html"),
    ]
    plain = tmp_path / "old.arc"
    plain.write_bytes(data)
    (page_,), rejections = read([plain])
    assert page_.url == "http://www.example.org/a" and page_.site == "example.org"
    assert page_.fetched_at == "2008-04-30T20:48:26Z"
    assert page_.body == b"<html><p>Hi</p></html>"
    assert [r.reason for r in rejections] == ["warc-info", "not-html"]


def test_not_an_archive_is_corrupt_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not a WARC file at all\n" * 10)
    pages, rejections = read([path])
    assert pages == [] and [r.reason for r in rejections] == ["corrupt"]


# --- walking ---------------------------------------------------------------------------------


def test_folders_are_walked_in_sorted_order_skipping_hidden_files(tmp_path: Path) -> None:
    for name in ["b/z.txt", "a/y.txt", "a/x.TXT", "c.txt", ".hidden/w.txt", "a/.v.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"text of {name}")
    pages, rejections = read([tmp_path])
    assert [rel_to(p.origin, tmp_path) for p in pages] == ["a/x.TXT", "a/y.txt", "b/z.txt", "c.txt"]
    assert rejections == []
    # An explicit path is read even when hidden.
    assert len(read([tmp_path / "a/.v.txt"])[0]) == 1


def rel_to(origin: str, base: Path) -> str:
    return Path(origin).relative_to(base).as_posix()


def test_unknown_extensions_are_reported(tmp_path: Path) -> None:
    for name in ["notes.docx", "data.parquet", "archive.7z"]:
        (tmp_path / name).write_bytes(b"x")
    pages, rejections = read([tmp_path])
    assert pages == [] and reasons(rejections) == Counter({"unsupported-file": 3})


def test_links_inside_folders_are_not_followed_and_files_are_read_once(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d/page.html").write_bytes(b"<html><p>once</p></html>")
    (tmp_path / "d/loop").symlink_to(tmp_path / "d")
    (tmp_path / "d/again.html").symlink_to(tmp_path / "d/page.html")
    (tmp_path / "self").symlink_to(tmp_path / "self")
    (tmp_path / "link").symlink_to(tmp_path / "d")
    pages, rejections = read([tmp_path, tmp_path / "d", tmp_path / "link"])
    assert [rel_to(p.origin, tmp_path) for p in pages] == ["d/page.html"]
    assert [(rel_to(r.origin, tmp_path), r.reason) for r in rejections] == [
        ("d/again.html", "symlink"),
        ("d/loop", "symlink"),
        ("link", "symlink"),
        ("self", "symlink"),
        ("d", "already-read"),
        ("link", "already-read"),  # named on the command line it is followed: the same folder
    ]


def test_missing_path_and_fifo_are_unreadable(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.html")  # opening it would block: must not be opened
    pages, rejections = read([tmp_path / "nope.html", tmp_path])
    assert pages == []
    assert [(Path(r.origin).name, r.reason) for r in rejections] == [
        ("nope.html", "unreadable"),
        ("pipe.html", "unreadable"),
    ]


def test_unreadable_file_and_folder_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked/x.txt").write_text("x")
    secret = tmp_path / "secret.txt"
    secret.write_text("secret")
    secret.chmod(0)
    (tmp_path / "locked").chmod(0)
    try:
        if os.access(secret, os.R_OK) or os.access(tmp_path / "locked", os.R_OK):
            pytest.skip("running with privileges that ignore file permissions")
        pages, rejections = read([tmp_path])
        assert pages == []
        assert sorted((Path(r.origin).name, r.reason) for r in rejections) == [
            ("locked", "unreadable"),
            ("secret.txt", "unreadable"),
        ]
    finally:
        (tmp_path / "locked").chmod(0o755)
        secret.chmod(0o644)


def test_errors_from_the_callers_callback_are_not_swallowed(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF")

    def explode(rejection: Rejection) -> None:
        raise RuntimeError("caller bug")

    with pytest.raises(RuntimeError, match="caller bug"):
        list(read_pages([tmp_path], ReadLimits(), explode))


# --- real crawler WARCs (skipped where ../shared is absent) ---------------------------------

needs_shared = pytest.mark.skipif(not SHARED_WARCS.is_dir(), reason="no ../shared/data")

# Measured with this reader; each file must be read to its end without an exception.
REAL_WARCS = {
    "IAH-20080430204825-00000-blackbook.warc.gz": (
        94,
        {
            "warc-request": 261,
            "warc-metadata": 261,
            "not-html": 125,  # 5 of them robots.txt answered 404
            "warc-http-error": 35,
            "warc-dns": 38,
            "warc-redirect": 7,
            "warc-info": 1,
        },
    ),
    "clipped.warc.gz": (1, {}),  # its one record is cut; the page is kept partial
    "clueweb-quirk.warc.gz": (29, {"warc-info": 1}),
    "warcfile.warc.gz": (16, {"warc-request": 17, "warc-metadata": 16, "warc-info": 1}),
}


@needs_shared
@pytest.mark.parametrize("name", sorted(REAL_WARCS))
def test_real_warcs_are_read_without_crashing(name: str) -> None:
    n_pages, expected = REAL_WARCS[name]
    pages, rejections = read([SHARED_WARCS / name])
    assert len(pages) == n_pages
    assert reasons(rejections) == Counter(expected)
    for page in pages:
        assert page.kind == "html" and page.url and page.site
        assert page.origin.startswith(f"{SHARED_WARCS / name}@")


@needs_shared
def test_clueweb_quirks_are_tolerated() -> None:
    pages, _ = read([SHARED_WARCS / "clueweb-quirk.warc.gz"])
    # Its "Content-Encoding: gzip" bodies are stored decoded; its WARC-Date is "2008-10-294T…",
    # day 294 of 2008 in the day's place: 20 October.
    # Their Japanese charset is declared, so the bodies arrive decoded (str), markup first.
    assert all(isinstance(p.body, str) and p.body.lstrip().startswith("<") for p in pages)
    assert any("ヘッドポーター" in p.body for p in pages if isinstance(p.body, str))
    assert {(p.fetched_at or "")[:10] for p in pages} == {"2008-10-20"}
    assert pages[0].site == "uraharajuku.st"


@pytest.mark.parametrize(
    ("written", "read_as"),
    [
        ("2008-10-294T05:21:46-0700", "2008-10-20T05:21:46-0700"),  # day 294 is in October
        ("2012-03-065", "2012-03-05"),  # a leap year's day 65
        ("2008-01-294T05:21:46Z", None),  # day 294 is not in January: garbage
        ("2008-10-400", None),
        ("2026-05-01T07:30:00", "2026-05-01T07:30:00"),
        ("Fri, 01 May 2026 07:30:00 GMT", "2026-05-01T07:30:00+00:00"),
        ("yesterday", None),
    ],
)
def test_a_crawler_date_is_read_or_dropped(written: str, read_as: str | None) -> None:
    """A crawler's date is ISO 8601 or RFC 2822; a day of the year written in the day's place
    (ClueWeb09's WARC-Date) is read when it falls in the month beside it; other garbage is no
    date at all (a wrong date would pick a wrong canonical)."""
    from clipper.read.declareddates import iso_or_none

    assert iso_or_none(written) == read_as


@needs_shared
def test_heritrix_skips_are_explained() -> None:
    _, rejections = read([SHARED_WARCS / "IAH-20080430204825-00000-blackbook.warc.gz"])
    dns = [r for r in rejections if r.reason == "warc-dns"]
    assert all(r.detail.startswith("dns:") for r in dns)
    redirect = next(r for r in rejections if r.reason == "warc-redirect")
    assert " -> " in redirect.detail
    assert any("image/" in r.detail for r in rejections if r.reason == "not-html")


def test_module_documents_every_reason() -> None:
    import clipper.read as module

    assert module.__doc__ is not None
    for reason in REASONS:
        assert f"``{reason}``" in module.__doc__, reason


def test_a_wget_mirror_s_pages_are_read_whatever_their_names(tmp_path: Path) -> None:
    # wget -r without --adjust-extension keeps the server's names, query strings and all
    page = b"<!DOCTYPE html>\n<html><head><title>Quay</title></head><body><p>Q.</p></body></html>"
    names = [
        "story.php?id=12",
        "index.html?page=2",
        "index.php@id=3",  # --restrict-file-names=windows
        "news/quay-widening",
        "news/2025/article.12345",
        "report.aspx",
        "special.shtml",
        "strict.xhtml",
    ]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(page)
    (tmp_path / "bom.asp").write_bytes(b"\xef\xbb\xbf" + page)
    (tmp_path / "zipped.jsp.gz").write_bytes(gzip_bytes(page))
    # what else a mirror holds stays unread
    (tmp_path / "style.css").write_bytes(b"body { color: #333 }")
    (tmp_path / "feed").write_bytes(b'<?xml version="1.0"?><rss version="2.0"></rss>')
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    (tmp_path / "broken.gz").write_bytes(b"not gzip at all")
    pages, rejections = read([tmp_path])
    assert sorted(rel_to(p.origin, tmp_path) for p in pages) == sorted(
        [*names, "bom.asp", "zipped.jsp.gz"]
    )
    assert all(p.kind == "html" for p in pages)
    assert sorted((rel_to(r.origin, tmp_path), r.reason) for r in rejections) == [
        ("broken.gz", "unsupported-file"),
        # a feed known by its root element (newcomer 26, finding 19): read, it holds no item
        ("feed", "empty"),
        ("logo.png", "unsupported-file"),
        ("style.css", "unsupported-file"),
    ]


def test_a_mirror_s_cms_files_are_crawl_files_not_problems(tmp_path: Path) -> None:
    # newcomer 20, finding 8: wget saved WordPress's REST index as "wp-json"; it was reported as
    # an unsupported file among the run's problems, and a feed saved as feed/index.html was
    # read as a page (its items' text a copy of the articles)
    from clipper.read import NOT_PAGES

    site = tmp_path / "mirror" / "www.ciudadnoticias.mx"
    rss = (
        b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Ciudad'
        b"</title><item><title>Sube el precio de la tortilla</title><description>El precio de"
        b" la tortilla subio en Monterrey por tercera vez.</description></item></channel></rss>"
    )
    files = {
        "wp-json/index.html": b'{"name":"Ciudad Noticias","namespaces":["wp/v2"],"routes":{}}',
        "wp-json/wp/v2/posts/5": b'{"id":5,"content":{"rendered":"<p>Sube el precio</p>"}}',
        "wp-json/oembed/1.0/embed?url=https:%2F%2Fwww.ciudadnoticias.mx%2Flocal%2Fsube%2F": (
            b'{"version":"1.0","type":"rich","html":"<blockquote>Sube</blockquote>"}'
        ),
        "xmlrpc.php": b"XML-RPC server accepts POST requests only.",
        "xmlrpc.php?rsd": b'<?xml version="1.0"?><rsd version="1.0"></rsd>',
        "wp-includes/wlwmanifest.xml": b'<?xml version="1.0"?><manifest></manifest>',
        "feed/index.html": rss,
        "comments/feed/index.html": rss,
        "local/sube/feed/index.html": rss,
        "index.html?feed=rss2": rss,
        "feed/atom": b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>',
        "rss.xml": rss,
    }
    for name, body in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(body)
    # another site's REST index, saved as wget saves it without --adjust-extension
    other = tmp_path / "mirror" / "laprensaregia.mx"
    other.mkdir()
    (other / "wp-json").write_bytes(b'{"name":"La Prensa","namespaces":["wp/v2"],"routes":{}}')
    article = b"<html><head><title>Sube</title></head><body><p>El precio subio.</p></body></html>"
    for name in ("local/sube/index.html", "local/feed-the-hungry/index.html"):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(article)
    pages, rejections = read([tmp_path / "mirror"])
    assert sorted(str(p.url) for p in pages) == [
        "https://www.ciudadnoticias.mx/local/feed-the-hungry/",
        "https://www.ciudadnoticias.mx/local/sube/",
    ]
    mirror = tmp_path / "mirror"
    assert sorted(rel_to(r.origin, mirror) for r in rejections) == sorted(
        [*(f"www.ciudadnoticias.mx/{name}" for name in files), "laprensaregia.mx/wp-json"]
    )
    assert {r.reason for r in rejections} == {"crawl-file"} and "crawl-file" in NOT_PAGES
    said = {rel_to(r.origin, mirror): r.detail for r in rejections}
    assert said["laprensaregia.mx/wp-json"].startswith("a WordPress REST API answer, saved by")
    assert said["www.ciudadnoticias.mx/feed/index.html"].startswith("a feed (RSS, Atom)")
    assert said["www.ciudadnoticias.mx/xmlrpc.php?rsd"].startswith("a WordPress XML-RPC")


def test_a_warc_s_cms_answers_are_housekeeping_whatever_their_content_type(
    tmp_path: Path,
) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc"
    page = b"<html><head><title>Sube</title></head><body><p>El precio subio.</p></body></html>"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        for url in (
            "https://ciudadnoticias.mx/feed/",  # a theme that serves its feed as text/html
            "https://ciudadnoticias.mx/wp-json/",
            "https://ciudadnoticias.mx/?rest_route=/wp/v2/posts/5",
            "https://ciudadnoticias.mx/local/sube/",
        ):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(page), http_headers=http
                )
            )
    pages, rejections = read([path])
    assert [p.url for p in pages] == ["https://ciudadnoticias.mx/local/sube/"]
    assert [r.reason for r in rejections] == ["not-html"] * 3
    assert all(r.detail.startswith("crawler file, HTTP 200") for r in rejections)


def test_bzip2_xz_and_zstandard_files_are_read_like_gzip(tmp_path: Path) -> None:
    import bz2
    import lzma

    import zstandard

    record = {"url": "https://tidewater-post.example/a", "maintext": "Quay to be widened."}
    lines = (json.dumps(record) + "\n").encode()
    (tmp_path / "a.jsonl.bz2").write_bytes(bz2.compress(lines))
    (tmp_path / "b.jsonl.xz").write_bytes(lzma.compress(lines))
    (tmp_path / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(lines))
    (tmp_path / "d.html.xz").write_bytes(lzma.compress(b"<html><body><p>Q</p></body></html>"))
    pages, rejections = read([tmp_path])
    assert rejections == []
    assert [(rel_to(p.origin, tmp_path), p.kind) for p in pages] == [
        ("a.jsonl.bz2:1", "text"),
        ("b.jsonl.xz:1", "text"),
        ("c.jsonl.zst:1", "text"),
        ("d.html.xz", "html"),
    ]
    # damaged and cut: one rejection each, never a traceback
    (tmp_path / "e.jsonl.bz2").write_bytes(b"BZh9" + b"\x00" * 64)
    (tmp_path / "f.jsonl.xz").write_bytes(lzma.compress(lines * 50)[:60])
    _, rejections = read([tmp_path / "e.jsonl.bz2", tmp_path / "f.jsonl.xz"])
    assert [(rel_to(r.origin, tmp_path).split(":")[0], r.reason) for r in rejections] == [
        ("e.jsonl.bz2", "corrupt"),
        ("f.jsonl.xz", "truncated"),
    ]


def test_compressed_bytes_are_read_whatever_the_file_is_named(tmp_path: Path) -> None:
    """A server that sends gzip whatever the client asked, saved by wget under the page's name
    (a query name, a .html, a slug), or a dump compressed without its suffix: read by what its
    first bytes show (gzip, bzip2, xz, Zstandard), like the same file named .gz."""
    import bz2
    import lzma

    import zstandard

    page = (
        b"<!DOCTYPE html><html><head><title>Quay</title><link rel=canonical "
        b'href="https://tidewater-post.example/news/quay"></head><body><p>Q.</p></body></html>'
    )
    record = {"url": "https://tidewater-post.example/a", "maintext": "Quay to be widened."}
    host = tmp_path / "www.tidewater-post.example" / "news"
    host.mkdir(parents=True)
    (host / "story.php?id=5").write_bytes(gzip_bytes(page))
    (host / "quay.html").write_bytes(gzip_bytes(page.replace(b"/news/quay", b"/news/q2")))
    (host / "ferry-times").write_bytes(bz2.compress(page.replace(b"/news/quay", b"/news/q3")))
    (tmp_path / "notes.txt").write_bytes(lzma.compress(b"Quay to be widened.\n\nThe board voted."))
    (tmp_path / "wire.jsonl").write_bytes(
        zstandard.ZstdCompressor().compress((json.dumps(record) + "\n").encode())
    )
    pages, rejections = read([tmp_path])
    assert rejections == []
    assert [(rel_to(p.origin, tmp_path), p.kind, p.url) for p in pages] == [
        ("notes.txt", "text", None),
        ("wire.jsonl:1", "text", "https://tidewater-post.example/a"),
        ("www.tidewater-post.example/news/ferry-times", "html",
         "https://tidewater-post.example/news/q3"),
        ("www.tidewater-post.example/news/quay.html", "html",
         "https://tidewater-post.example/news/q2"),
        ("www.tidewater-post.example/news/story.php?id=5", "html",
         "https://tidewater-post.example/news/quay"),
    ]
    assert pages[0].body == "Quay to be widened.\n\nThe board voted."


def test_a_zstandard_warc_with_its_dictionary_frame_is_read(tmp_path: Path) -> None:
    """Archive Team's .warc.zst: a skippable frame holding the (compressed) dictionary, then
    one frame per record compressed with it."""
    import zstandard

    plain = gzip.decompress((FIXTURES / "warc/bayside-gazette.warc.gz").read_bytes())
    (tmp_path / "crawl.warc").write_bytes(plain)
    expected, _ = archive_events(tmp_path / "crawl.warc")
    samples: list[bytes | bytearray | memoryview[int]] = []
    samples.extend(plain[i : i + 400] for i in range(0, len(plain), 400))
    samples *= 4
    dictionary = zstandard.train_dictionary(2048, samples)
    packed = zstandard.ZstdCompressor().compress(dictionary.as_bytes())
    out = b"\x5d\x2a\x4d\x18" + len(packed).to_bytes(4, "little") + packed
    compressor = zstandard.ZstdCompressor(dict_data=dictionary)
    starts = [offset for offset, _ in expected] + [len(plain)]
    for start, end in itertools.pairwise(starts):
        out += compressor.compress(plain[start:end])
    (tmp_path / "crawl.warc.zst").write_bytes(out)
    assert archive_events(tmp_path / "crawl.warc.zst") == (expected, [])
    (tmp_path / "crawl.warc.bz2").write_bytes(__import__("bz2").compress(plain))
    assert archive_events(tmp_path / "crawl.warc.bz2") == (expected, [])


def test_an_html_record_without_a_url_takes_its_own_canonical_link(tmp_path: Path) -> None:
    """A JSON record holding a page's HTML but not its address is known by the page's own
    canonical link (else og:url), as a saved page's file is; a ``<base href>`` names no page;
    a record whose address carries a feed's tracking takes the canonical link on its site."""
    head = (
        '<base href="https://harbour-gazette.example/news/">'
        '<link rel="canonical" href="https://harbour-gazette.example/news/2025/ferries">'
    )
    records = [
        {"html": f"<html><head>{head}</head><body><p>Ferries run every twenty minutes.</p>"
                 "</body></html>"},
        {"html": '<html><head><base href="https://harbour-gazette.example/news/"></head>'
                 "<body><p>Ferries run every twenty minutes.</p></body></html>"},
        # a feed's link to the page: its canonical link names it without the tracking
        {"url": "https://harbour-gazette.example/news/2025/ferries?source=rss&maca=en-feed",
         "html": f"<html><head>{head}</head><body><p>Ferries run every twenty minutes.</p>"
                 "</body></html>"},
    ]
    dump = tmp_path / "records.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records))
    pages, _ = read([dump])
    assert [p.url for p in pages] == [
        "https://harbour-gazette.example/news/2025/ferries",
        None,
        "https://harbour-gazette.example/news/2025/ferries",
    ]


def test_a_canonical_link_after_a_long_head_is_read(tmp_path: Path) -> None:
    """A head of inline styles and scripts can run past 64 KB before its canonical link (25 of
    539 real news pages with one): the reader reads a head to its end."""
    style = "<style>" + ".teaser{margin:0}\n" * 5000 + "</style>"
    assert len(style) > 64 * 1024
    page = (
        f"<html><head><title>Ferries</title>{style}"
        '<link rel="canonical" href="https://harbour-gazette.example/news/2025/ferries">'
        "</head><body><p>Ferries run every twenty minutes.</p></body></html>"
    )
    (tmp_path / "ferries.html").write_text(page)
    (tmp_path / "record.jsonl").write_text(json.dumps({"html": page}) + "\n")
    pages, _ = read([tmp_path / "ferries.html", tmp_path / "record.jsonl"])
    assert [p.url for p in pages] == ["https://harbour-gazette.example/news/2025/ferries"] * 2
