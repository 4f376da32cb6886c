"""An article's mobile and AMP renditions are one address (clipper.urls.url_key,
article_parts; migration 0056): ``https://www.example.com/a/b``, ``m.``, ``amp.``,
``/amp/a/b``, ``?amp=1`` were five pages of the archive, four "copies" of the article in its
own cluster, when a record, a text dump or a page without a canonical link named them.
Invented articles of invented outlets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from clipper import browse, urls
from clipper.archive import current_revision, open_archive
from clipper.cli import cli
from clipper.config import Config
from clipper.pipeline import dedupe

FERRY = (
    "The harbour board of Eskmouth approved a second ferry berth on Friday after two years of "
    "talks with the island's ferry company and its hauliers.\n\n"
    "Work on the berth starts in March and should take eighteen months, the board's chair, "
    "Ane Holm, told the council in a packed meeting at the town hall.\n\n"
    "The ferry company welcomed the decision and said it would add a third daily crossing "
    "once the berth opens, cutting the queues that build up on summer weekends."
)
BRUECKE = (
    "Die Stadt Lindenau sperrt die alte Flussbrücke ab Montag für sechs Wochen, teilte die "
    "Bauverwaltung am Donnerstag mit.\n\n"
    "Busse fahren in dieser Zeit über die Umgehungsstraße, Fußgänger und Radfahrer nutzen eine "
    "Behelfsbrücke neben dem Wehr, die am Wochenende aufgebaut wird.\n\n"
    "Die Sanierung kostet nach Angaben der Stadt rund vier Millionen Euro und soll die Brücke "
    "für weitere dreißig Jahre tragfähig machen."
)
MATSURI = (
    "港町の夏祭りが三年ぶりに開かれ、二日間で約五万人が訪れたと実行委員会が発表した。"
    "花火大会には家族連れが多く集まり、海岸沿いの道路は夜遅くまでにぎわった。\n\n"
    "実行委員会は来年以降も規模を広げて開催する方針で、駐車場の増設も検討している。"
    "地元の商店街では売り上げが例年の二倍になった店もあるという。"
)

# Each article's desktop address, then how news sites spell its renditions.
RENDITIONS = {
    "https://www.esk-courier.example/news/2026/berth": [
        "https://m.esk-courier.example/news/2026/berth",
        "https://amp.esk-courier.example/news/2026/berth",
        "https://www.esk-courier.example/amp/news/2026/berth",
        "https://esk-courier.example/news/2026/berth?amp=1",
        "https://www.esk-courier.example/news/2026/berth/amp",
    ],
    "https://www.lindenau-bote.example/lokales/bruecke-gesperrt.html": [
        "https://mobile.lindenau-bote.example/lokales/bruecke-gesperrt.html",
        "https://www.lindenau-bote.example/lokales/bruecke-gesperrt.amp.html",
        "https://lindenau-bote.example/lokales/bruecke-gesperrt.html?outputType=amp",
    ],
    "https://www.minato-shimbun.example.jp/articles/20261203-01": [
        "https://m.minato-shimbun.example.jp/articles/20261203-01",
        "https://www.minato-shimbun.example.jp/articles/20261203-01?amp",
        "https://amp.minato-shimbun.example.jp/articles/20261203-01?amp=true",
    ],
}
TEXTS = dict(zip(RENDITIONS, (FERRY, BRUECKE, MATSURI), strict=True))


@pytest.mark.parametrize(
    ("rendition", "article"),
    [(r, a) for a, spellings in RENDITIONS.items() for r in spellings]
    + [
        ("HTTPS://M.Esk-Courier.example:443/news/x?utm_source=rss", "https://esk-courier.example/news/x"),
        ("https://wap.harbour.example.co.uk/a", "https://www.harbour.example.co.uk/a"),
        ("https://www.bbc-like.example/news/amp/world-123", "https://bbc-like.example/news/world-123"),
        ("https://m.esk.example:8443/a?id=5&amp=1", "https://esk.example:8443/a?id=5"),
    ],
)
def test_a_renditions_address_is_its_articles_key(rendition: str, article: str) -> None:
    assert urls.url_key(rendition) == urls.url_key(article)
    assert urls.is_rendition(rendition) and not urls.is_rendition(article)


@pytest.mark.parametrize(
    "other",
    [
        "https://news.esk.example/a/b",  # another host of the publisher: maybe another page
        "https://esk.example/a/b/c",
        "https://esk.example/a/B",
        "https://esk.example/a/lamp",
        "https://esk.example/amp-news/a/b",
        "https://esk.example/a/b?amp=0",
        "https://esk.example/a/b?id=amp",
        "https://esk.example:8443/a/b",
    ],
)
def test_addresses_that_are_no_rendition_keep_their_own_keys(other: str) -> None:
    assert urls.url_key(other) != urls.url_key("https://m.esk.example/a/b")
    assert not urls.is_rendition(other)


def test_a_mobile_label_before_a_public_suffix_is_no_rendition() -> None:
    assert urls.url_key("https://m.co.uk/a") != urls.url_key("https://co.uk/a")
    assert not urls.is_rendition("https://m.co.uk/a")


def _records(urls_: list[str]) -> str:
    lines = []
    for n, url in enumerate(urls_):
        article = next(a for a, spellings in RENDITIONS.items() if url in (a, *spellings))
        body = TEXTS[article]
        lines.append(json.dumps({
            "url": url, "title": body.split("\n")[0][:50], "text": body,
            "date_publish": "2026-12-03T08:00:00Z",
            "date_download": f"2026-12-03T{9 + n:02d}:00:00Z",
        }, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def _every_spelling() -> list[str]:
    return [u for article, spellings in RENDITIONS.items() for u in (article, *spellings)]


@pytest.mark.parametrize("reverse", [False, True])
def test_one_article_read_at_its_renditions_is_one_page(tmp_path: Path, reverse: bool) -> None:
    """Every rendition of each article, read in either order: one page an article, shown
    under its desktop address, found by `show` from any spelling."""
    spellings = _every_spelling()
    dump = tmp_path / "night.jsonl"
    dump.write_text(_records(spellings[::-1] if reverse else spellings), encoding="utf-8")
    archive = open_archive(str(tmp_path / "clipper.db"))
    try:
        dedupe(archive, [str(dump)], Config(workers=1))
        with archive.engine.connect() as connection:
            stored = connection.execute(text("SELECT url FROM pages ORDER BY url")).scalars().all()
        assert stored == sorted(RENDITIONS)
        for article, renditions in RENDITIONS.items():
            page = browse.show(archive, article).requested_page_id
            assert page is not None
            for spelling in (*renditions, spelling_over_http(renditions[0])):
                view = browse.show(archive, spelling)
                assert view.requested_page_id == page, spelling
                assert len(view.variants) == 0, spelling
    finally:
        archive.close()


def spelling_over_http(url: str) -> str:
    """``url`` as a link copied with ``http`` and a trailing slash."""
    return url.replace("https://", "http://", 1) + "/"


def stored_as_of(
    revision: str, db: str, dump: Path, monkeypatch: pytest.MonkeyPatch, query: str
) -> list[tuple[Any, ...]]:
    """``dump`` stored in the archive ``db`` with the keys of before (the caller's
    ``monkeypatch`` of :mod:`clipper.urls` in place), the archive then marked as of
    ``revision``; the rows of ``query`` at that point.  The patch is undone: the archive's next
    opening upgrades it with today's keys."""
    urls.url_key.cache_clear()
    archive = open_archive(db)
    try:
        dedupe(archive, [str(dump)], Config(workers=1))
        with archive.engine.begin() as connection:
            rows = [tuple(row) for row in connection.execute(text(query))]
            connection.execute(
                text("UPDATE alembic_version SET version_num = :v"), {"v": revision}
            )
    finally:
        archive.close()
    monkeypatch.undo()
    urls.url_key.cache_clear()
    return rows


def test_an_archive_keyed_before_moves_each_rendition_to_its_articles_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive of 0055 (keys as given, rendition and all): after the upgrade a rendition
    holding another text is a version of its article, one holding the same text stays a page
    of its own (one text twice is no version), a rejection at a mobile address is found by the
    article's, and the next reading of a rendition is the article already archived."""
    db = str(tmp_path / "clipper.db")
    night1 = tmp_path / "night1.jsonl"
    berth = "https://www.esk-courier.example/news/2026/berth"
    updated = FERRY + "\n\nThe island's council backed the plan on Saturday."
    night1.write_text(
        _records([berth])
        + json.dumps({"url": "https://m.esk-courier.example/news/2026/berth", "text": updated,
                      "title": "Eskmouth approves a second ferry berth",
                      "date_download": "2026-12-03T15:00:00Z"}) + "\n"
        + json.dumps({"url": "https://amp.esk-courier.example/news/2026/berth",
                      "text": FERRY, "title": "Eskmouth approves a second ferry berth",
                      "date_download": "2026-12-03T16:00:00Z", "id": "amp"}) + "\n"
        + json.dumps({"url": "https://m.esk-courier.example/news/2026/gone", "text": "Gone."})
        + "\n",
        encoding="utf-8",
    )
    # the key of before: no rendition folded
    monkeypatch.setattr(urls, "article_parts", lambda parts, desktop=False: None)
    before = stored_as_of("0055", db, night1, monkeypatch, "SELECT count(*) FROM pages")
    assert before == [(3,)]

    archive = open_archive(db)  # a user's next command: upgraded
    try:
        assert (current_revision(archive) or "") >= "0056"
        with archive.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT url, source_key, version FROM pages ORDER BY id")
            ).all()
            pages = connection.execute(text("SELECT pages FROM clusters")).scalars().all()
        key = urls.url_key(berth)
        assert [(r.source_key, r.version) for r in rows[:2]] == [(key, 1), (key, 2)]
        assert rows[2].source_key == "https://amp.esk-courier.example/news/2026/berth"
        assert pages == [2]  # the cluster: the article (two versions) and the AMP page
        result = CliRunner().invoke(
            cli, ["rejections", "--db", db, "--url", "https://www.esk-courier.example/news/2026/gone"]
        )
        assert result.exit_code == 0 and "/news/2026/gone" in result.output, result.output
        night2 = tmp_path / "night2.jsonl"
        night2.write_text(_records(["https://esk-courier.example/news/2026/berth?amp=1"]))
        dedupe(archive, [str(night2)], Config(workers=1))
        with archive.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM pages")).scalar() == 3
    finally:
        archive.close()
