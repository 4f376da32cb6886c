"""A headless-browser scraper's metadata beside its saved pages (an Asia-Pacific PR desk's
finding 1, session 26): ``NAME.json`` sidecars and a folder's ``manifest.json`` give the page's
URL, site, fetch time and status; they are never input records nor bad input, and a manifest
row naming a missing file or a page without a row is counted.  Invented pages and metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.config import ReadLimits
from clipper.models import Page, Rejected
from clipper.page import RawPage, Rejection
from clipper.read import read_pages, sidecars
from tests.conftest import build

SENTENCES = {
    "en": "The harbour authority announced new ferry timetables for the coming season, with "
    "extra sailings on weekends and a later last boat from the city wharf.",
    "ta": "ஒரு புதிய பாலம் கட்டப்படும் என்று நகராட்சி அறிவித்துள்ளது, இது நகர மையத்தில் "
    "போக்குவரத்து நெரிசலைக் குறைக்கும் என்று அதிகாரிகள் தெரிவித்தனர்.",
    "ja": "市は来年度から中心部の路面電車の運行本数を増やすと発表し、朝夕の混雑が緩和される"
    "見通しだと説明した。",
    "id": "Pemerintah kota mengumumkan jadwal baru kapal feri untuk musim mendatang, dengan "
    "pelayaran tambahan pada akhir pekan dan kapal terakhir yang lebih malam.",
}


def _page(folder: Path, name: str, lang: str, title: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = "".join(f"<p>{SENTENCES[lang]} ({n})</p>" for n in range(6))
    path = folder / name
    path.write_text(
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    return path


def _read(*paths: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    pages = list(read_pages(paths, ReadLimits(), rejected.append))
    return pages, rejected


def _meta(path: Path, fields: object) -> None:
    path.write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")


def test_sidecars_give_url_site_fetch_time_and_are_no_records(tmp_path: Path) -> None:
    dump = tmp_path / "playwright"
    _page(dump, "ferry.html", "en", "Ferry timetable changes")
    _meta(dump / "ferry.json", {
        "url": "https://harbourpost.example.com.au/local/ferry?utm_source=x",
        "loadedUrl": "https://www.harbourpost.com.au/local/ferry-times",
        "title": "Ferry timetable changes", "loadedAt": "2026-12-03T08:15:00.000Z",
        "statusCode": 200,
    })
    _page(dump, "bridge.html", "ta", "புதிய பாலம்")
    _meta(dump / "bridge.json", {
        "requestUrl": "https://tamil.example.in/news/bridge", "title": "புதிய பாலம்",
        "fetchedAt": 1764750000000, "status": 200,
    })
    _page(dump, "tram.htm", "ja", "路面電車を増便")
    _meta(dump / "tram.meta.json", {
        "finalUrl": "https://www.shimbun.example.jp/articles/tram", "crawledAt": 1764750000,
    })
    _page(dump, "feri.html", "id", "Jadwal feri baru")
    _meta(dump / "feri.html.json", {
        "url": "https://kabar.example.co.id/feri", "retrievedAt": "2026-12-03 09:00:00+07:00",
        "timestamp": "2026-12-03T02:00:00Z",
    })
    pages, rejected = _read(dump)
    got = {Path(p.origin).name: (p.url, p.site, p.fetched_at) for p in pages}
    assert got == {
        "ferry.html": (
            "https://www.harbourpost.com.au/local/ferry-times", "harbourpost.com.au",
            "2026-12-03T08:15:00.000Z",
        ),
        "bridge.html": (
            "https://tamil.example.in/news/bridge", "tamil.example.in",
            "2025-12-03T08:20:00+00:00",
        ),
        "tram.htm": (
            "https://www.shimbun.example.jp/articles/tram", "shimbun.example.jp",
            "2025-12-03T08:20:00+00:00",
        ),
        "feri.html": ("https://kabar.example.co.id/feri", "kabar.example.co.id",
                      "2026-12-03 09:00:00+07:00"),
    }
    # the sidecars are the crawl's housekeeping, not records without a body
    assert sorted((Path(r.origin).name, r.reason) for r in rejected) == [
        ("bridge.json", "crawl-file"), ("feri.html.json", "crawl-file"),
        ("ferry.json", "crawl-file"), ("tram.meta.json", "crawl-file"),
    ]


def test_a_sidecar_stating_an_http_error_rejects_its_page(tmp_path: Path) -> None:
    dump = tmp_path / "d"
    _page(dump, "gone.html", "en", "Page not found")
    _meta(dump / "gone.json", {"url": "https://www.harbourpost.com.au/x", "status": 404})
    pages, rejected = _read(dump)
    assert pages == []
    assert [(Path(r.origin).name, r.reason) for r in rejected] == [
        ("gone.html", "http-error"), ("gone.json", "crawl-file"),
    ]
    assert "HTTP 404" in rejected[0].detail and rejected[0].url == "https://www.harbourpost.com.au/x"


def test_a_record_beside_a_page_is_still_a_record(tmp_path: Path) -> None:
    """A JSON holding the article beside a page of its name (news-please's, or any scraper
    keeping both) is read as the record it is, not passed over as metadata."""
    dump = tmp_path / "d"
    _page(dump, "a.html", "en", "Ferry timetable changes")
    _meta(dump / "a.json", {
        "url": "https://www.harbourpost.com.au/local/ferry-times",
        "text": "\n".join([SENTENCES["id"]] * 4),
    })
    pages, rejected = _read(dump)
    assert sorted(Path(p.origin).name for p in pages) == ["a.html", "a.json"]
    assert rejected == []


def _manifest_dump(tmp_path: Path, shape: str) -> Path:
    dump = tmp_path / shape
    _page(dump / "pages", "ferry.html", "en", "Ferry timetable changes")
    _page(dump / "pages", "bridge.html", "ta", "புதிய பாலம்")
    _page(dump / "pages", "stray.html", "id", "Jadwal feri baru")
    rows: list[dict[str, object]] = [
        {"file": "pages/ferry.html", "url": "https://www.harbourpost.com.au/local/ferry-times",
         "fetchedAt": "2026-12-03T08:15:00Z", "title": "Ferry timetable changes"},
        # a path on the scraper's Windows machine
        {"path": "C:\\crawl\\out\\pages\\bridge.html",
         "loadedUrl": "https://tamil.example.in/news/bridge",
         "timestamp": 1764750000000},
        {"savedAs": "pages/tram.html", "url": "https://www.shimbun.example.jp/articles/tram",
         "crawledAt": "2026-12-03T08:00:00Z"},
    ]
    if shape == "array":
        _meta(dump / "manifest.json", rows)
    elif shape == "lines":
        (dump / "manifest.jsonl").write_text(
            "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
        )
    elif shape == "object":
        _meta(dump / "results.json", {"crawler": "playwright", "pages": rows})
    else:  # keyed by file name, one folder down: index.json inside pages/
        keyed: dict[str, object] = {}
        for row in rows:
            name = next(v for k, v in row.items() if k in ("file", "path", "savedAs"))
            keyed[str(name).replace("\\", "/").rsplit("/", 1)[-1]] = {
                k: v for k, v in row.items() if k not in ("file", "path", "savedAs")
            }
        _meta(dump / "pages" / "index.json", keyed)
    return dump


def test_a_manifest_gives_each_listed_page_its_metadata(tmp_path: Path) -> None:
    for shape, name in (("array", "manifest.json"), ("lines", "manifest.jsonl"),
                        ("object", "results.json"), ("keyed", "index.json")):
        dump = _manifest_dump(tmp_path, shape)
        pages, rejected = _read(dump)
        got = {Path(p.origin).name: (p.url, p.fetched_at, p.metadata_problem) for p in pages}
        assert got["ferry.html"] == (
            "https://www.harbourpost.com.au/local/ferry-times", "2026-12-03T08:15:00Z", None
        ), shape
        assert got["bridge.html"] == (
            "https://tamil.example.in/news/bridge", "2025-12-03T08:20:00+00:00", None
        ), shape
        # a page the manifest does not list: kept, saying so
        assert got["stray.html"][:2] == (None, None), shape
        assert f"not listed in {dump}" in (got["stray.html"][2] or ""), shape
        reasons = sorted((Path(r.origin.split(":")[0]).name, r.reason) for r in rejected)
        assert reasons == [(name, "crawl-file"), (name, "missing-file")], shape
        missing = next(r for r in rejected if r.reason == "missing-file")
        assert missing.origin == f"{dump / name if shape != 'keyed' else dump / 'pages' / name}:3"
        assert "tram.html, which is not in the dump" in missing.detail
        assert missing.url == "https://www.shimbun.example.jp/articles/tram"


def test_a_manifest_is_parsed_once_a_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder's manifest is parsed once a read, for its pages' rows and for its own
    crawl-file and missing-file rejections, whichever the walk meets first (its folder's
    pages or, one folder down, itself); it was parsed twice (a large crawl's manifest of
    thousands of rows, read whole each time)."""
    parsed: list[str] = []
    real = sidecars._json

    def counting(path: Path, limits: ReadLimits) -> object:
        parsed.append(path.name)
        return real(path, limits)

    monkeypatch.setattr(sidecars, "_json", counting)
    for shape, name in (("array", "manifest.json"), ("lines", "manifest.jsonl"),
                        ("object", "results.json"), ("keyed", "index.json")):
        parsed.clear()
        pages, rejected = _read(_manifest_dump(tmp_path, shape))
        assert len(pages) == 3 and len(rejected) == 2, shape
        assert parsed == [name], (shape, parsed)


def test_an_index_of_articles_is_read_as_records(tmp_path: Path) -> None:
    dump = tmp_path / "d"
    dump.mkdir()
    _meta(dump / "index.json", [
        {"url": "https://www.harbourpost.com.au/local/ferry-times", "title": "Ferries",
         "body": SENTENCES["en"] * 3, "path": "local/ferry-times.html"},
    ])
    pages, rejected = _read(dump)
    assert [p.url for p in pages] == ["https://www.harbourpost.com.au/local/ferry-times"]
    assert rejected == []


def test_the_run_counts_and_stores_them(tmp_path: Path) -> None:
    dump = _manifest_dump(tmp_path, "array")
    archive, summary = build(tmp_path / "a.db", [dump])
    with archive.sessions() as session:
        stored = dict(session.execute(select(Page.url, Page.site)).all())
        rejected = session.execute(select(Rejected.reason, Rejected.url)).all()
    assert stored == {
        "https://www.harbourpost.com.au/local/ferry-times": "harbourpost.com.au",
        "https://tamil.example.in/news/bridge": "tamil.example.in",
        None: None,
    }
    assert sorted(tuple(r) for r in rejected) == [
        # the rejection keeps the address's key (clipper.urls.url_key: www. folded)
        ("crawl-file", None), ("missing-file", "https://shimbun.example.jp/articles/tram")
    ]
    assert summary.metadata_unread == 1 and summary.skipped == {"missing-file": 1}
    assert summary.not_pages == {"crawl-file": 1}


def test_reading_a_folder_keeps_its_manifests_not_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Memory does not grow with a dump, nor a file's cost with the files read before it: what
    the walk keeps of a folder's metadata is the manifests of the folders it is in, never an
    entry a file.  An entry a file was kept, and each file's asking passed over them all
    (5,000 text dumps in one folder: ~22 CPU s to read, ~1.5 s without)."""
    dump = _manifest_dump(tmp_path, "array")
    for n in range(40):
        (dump / "pages" / f"brief-{n:02d}.txt").write_text(
            f"Ferry brief {n}\n\n{SENTENCES['en']}\n", encoding="utf-8"
        )
    held: list[set[str]] = []
    real = sidecars.Sidecars.manifest

    def holding(self: sidecars.Sidecars, path: Path) -> sidecars.Manifest | None:
        found = real(self, path)
        held.append({kept.name for kept in self._parsed})
        return found

    monkeypatch.setattr(sidecars.Sidecars, "manifest", holding)
    pages, rejected = _read(dump)
    assert len(pages) == 43 and len(rejected) == 2
    assert held and set().union(*held) == {"manifest.json"}
