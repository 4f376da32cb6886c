"""One publisher is one outlet however many of its hosts a page was read from (newcomer 25's
finding 2): the same report read by two scrapers, one recording the section's or server's
host (``news.``, ``www3.``, ``seksyen.``) and the other the desktop host with tracking
parameters, was "carried by 2 outlets" in show, clusters, stories, search, stats and the
digest.  An outlet is a site's registrable domain (:func:`clipper.sites.outlet_key`,
``pages.outlet``), counted the same way everywhere."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.sites import outlet_key
from tests.conftest import migrate


@pytest.mark.parametrize(
    ("site", "outlet"),
    [
        ("news.harbourpost.example", "harbourpost.example"),
        ("www3.nhk.or.jp", "nhk.or.jp"),
        ("news.yahoo.co.jp", "yahoo.co.jp"),
        ("politics.people.com.cn", "people.com.cn"),
        ("edition.cnn.com", "cnn.com"),
        ("english.kyodonews.net", "kyodonews.net"),
        ("seksyen.beritaharian.com.sg", "beritaharian.com.sg"),
        ("news.harbour.co.zz", "harbour.co.zz"),
        ("nhk.or.jp", "nhk.or.jp"),
        # a platform's subdomains are the public suffix list's private suffixes: blogs apart
        ("tidewatch.blogspot.com", "tidewatch.blogspot.com"),
        ("ferrynotes.github.io", "ferrynotes.github.io"),
        # no host: a site's name, an address, nothing
        ("the daily harbor", "the daily harbor"),
        ("192.168.4.20", "192.168.4.20"),
        ("localhost", "localhost"),
        (None, None),
    ],
)
def test_an_outlet_is_a_sites_registrable_domain(site: str | None, outlet: str | None) -> None:
    assert outlet_key(site) == outlet


PARAGRAPHS = {
    "en": [
        "Councillors in Port Averly approved a night ferry to the Saltmarsh islands on Monday, "
        "ending a decade in which islanders had to stay over on the mainland after 7 p.m.",
        "The service will cost 4.2 million crowns a year and start in March, the transport "
        "committee's chair, Ivo Brandt, said after a vote of nine to two.",
        "Two crews will be hired from the shipyard at Saltmarsh, and the last crossing will "
        "leave the mainland quay at half past eleven on weekdays.",
    ],
    "ms": [
        "Lembaga pelabuhan Tanjung Rimau bersetuju pada malam Khamis untuk membina semula "
        "jeti utara sebelum musim tengkujuh, selepas jurutera mendapati tiangnya reput.",
        "Kerja itu akan menelan belanja 4.2 juta ringgit dan menutup terminal feri selama "
        "sebelas minggu, kata pengerusi lembaga, Aminah Yusof, dalam satu mesyuarat awam.",
        "Penumpang feri akan menaiki bot di jeti ikan buat sementara waktu, di mana sebuah "
        "pontun sementara akan dibawa dari limbungan kapal di Kuala Sepat bulan depan.",
    ],
}


def _html(url: str, title: str, paragraphs: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<link rel="canonical" href="{url}">'
        '<meta property="article:published_time" content="2026-12-02T09:00:00Z"></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def _record(url: str, title: str, paragraphs: list[str], fetched: str) -> str:
    return json.dumps(
        {"url": url, "title": title, "text": "\n\n".join(paragraphs),
         "published": "2026-12-02T09:00:00Z", "fetched_at": fetched}
    ) + "\n"


@pytest.fixture(scope="module", params=sorted(PARAGRAPHS))
def archive(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """One report read by a saver (HTML, canonical on a section's or server's host) and by a
    scraper (JSONL, the desktop host with tracking parameters), on two publishers."""
    lang = request.param
    paragraphs = PARAGRAPHS[lang]
    title = paragraphs[0].split(",")[0]
    folder = tmp_path_factory.mktemp(f"outlets-{lang}")
    saved = folder / "saved"
    saved.mkdir()
    (saved / "a.html").write_text(
        _html("https://news.harbourpost.example/2026/12/02/pier", title, paragraphs, lang),
        encoding="utf-8",
    )
    (saved / "b.html").write_text(
        _html("https://www3.tidegazette.co.zz/local/pier-4471", title, paragraphs, lang),
        encoding="utf-8",
    )
    (folder / "scraper.jsonl").write_text(
        _record("https://www.harbourpost.example/2026/12/02/pier?utm_source=rss", title,
                paragraphs, "2026-12-02T10:00:00Z")
        + _record("https://tidegazette.co.zz/local/pier-4471?fbclid=x1", title, paragraphs,
                  "2026-12-02T10:30:00Z"),
        encoding="utf-8",
    )
    db = str(folder / "o.db")
    result = CliRunner().invoke(
        cli, ["dedupe", "--db", db, "--workers", "1", str(saved), str(folder / "scraper.jsonl")]
    )
    assert result.exit_code == 0, result.output
    return db


def _json(*args: str) -> Any:
    result = CliRunner().invoke(cli, [*args, "--json"])
    assert result.exit_code == 0, result.output
    try:
        return json.loads(result.stdout)  # one document (show, stats)
    except json.JSONDecodeError:  # JSON Lines: the one line a test expects
        (line,) = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        return line


def test_every_count_of_outlets_counts_a_publisher_once(archive: str) -> None:
    cluster = _json("clusters", "--db", archive)
    assert (cluster["size"], cluster["outlets"]) == (4, 2)
    assert _json("show", "--db", archive, str(cluster["cluster_id"]))["outlets"] == 2
    assert _json("stories", "--db", archive)["outlets"] == 2
    assert _json("search", "--db", archive, "Saltmarsh OR Sepat")["outlets"] == 2
    stats = _json("stats", "--db", archive)
    assert (stats["sites"], stats["outlets"]) == (4, 2)
    result = CliRunner().invoke(
        cli, ["digest", "--db", archive, "--since", "2020-01-01", "--no-record", "--format",
              "json"]
    )
    assert result.exit_code == 0, result.output
    (story,) = [s for g in json.loads(result.stdout)["groups"] for s in g["stories"]]
    assert story["outlets"] == 2
    assert sorted(o["site"] for o in story["outlet_links"]) == [
        "harbourpost.example", "tidegazette.co.zz",
    ]
    text = CliRunner().invoke(
        cli, ["digest", "--db", archive, "--since", "2020-01-01", "--no-record"]
    )
    assert "2 outlets" in text.output and "4 outlets" not in text.output


def test_an_archive_counted_by_sites_is_counted_by_outlets_after_the_upgrade(
    archive: str, tmp_path: Path
) -> None:
    db = tmp_path / "old.db"
    db.write_bytes(Path(archive).read_bytes())
    migrate(db, "downgrade", "0050")
    with sqlite3.connect(db) as connection:  # as the older clipper counted them
        connection.execute(
            "UPDATE stories SET outlets = (SELECT count(DISTINCT p.site) FROM pages AS p "
            "JOIN clusters AS c ON p.cluster_id = c.id WHERE c.story_id = stories.id)"
        )
        assert connection.execute("SELECT outlets FROM stories").fetchall() == [(4,)]
    assert _json("stories", "--db", str(db))["outlets"] == 2  # any command upgrades it
    with sqlite3.connect(db) as connection:
        assert sorted(connection.execute("SELECT DISTINCT site, outlet FROM pages")) == [
            ("harbourpost.example", "harbourpost.example"),
            ("news.harbourpost.example", "harbourpost.example"),
            ("tidegazette.co.zz", "tidegazette.co.zz"),
            ("www3.tidegazette.co.zz", "tidegazette.co.zz"),
        ]


def test_one_address_read_by_two_scrapers_and_fetched_twice_is_one_page(tmp_path: Path) -> None:
    """The same address after clipper's URL normalisation (tracking parameters, a fragment,
    the host's case) saved as HTML by one tool and read twice from another's JSONL is one page
    (that half of the finding did not reproduce on main) seen three times, on one outlet: its
    last fetch is the later record's (on main the second record, the same bytes as the first,
    was lost: last seen stayed 10:00)."""
    lang, paragraphs = "en", PARAGRAPHS["en"]
    url = "https://news.harbourpost.example/2026/12/02/ferry"
    saved = tmp_path / "saved"
    saved.mkdir()
    (saved / "ferry.html").write_text(_html(url, "Night ferry", paragraphs, lang), "utf-8")
    (tmp_path / "scraper.jsonl").write_text(
        _record(url.replace("news.", "NEWS.") + "?utm_source=rss&fbclid=x", "Night ferry",
                paragraphs, "2026-12-02T10:00:00Z")
        + _record(url + "#comments", "Night ferry", paragraphs, "2026-12-02T18:00:00Z"),
        encoding="utf-8",
    )
    db = str(tmp_path / "p.db")
    result = CliRunner().invoke(
        cli, ["dedupe", "--db", db, "--workers", "1", str(saved), str(tmp_path / "scraper.jsonl")]
    )
    assert result.exit_code == 0, result.output
    cluster = _json("clusters", "--db", db)
    assert (cluster["size"], cluster["outlets"]) == (1, 1)
    assert cluster["last_seen"].startswith("2026-12-02T18:00")
    assert _json("stats", "--db", db)["pages"] == 1
