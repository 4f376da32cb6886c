"""An article's ``http`` and ``https`` addresses, with and without a trailing slash, are one
address (clipper.urls.url_key, _twin_parts; migration 0058): a feed's old ``http`` link, a
crawl from before the site moved to ``https`` and a CMS's slash made a page of each, "exact
copies" of the article in its own cluster.  What a server may tell apart keeps its key.
Invented articles of invented outlets."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from clipper import browse, urls
from clipper.archive import current_revision, open_archive
from clipper.config import Config
from clipper.pipeline import dedupe
from tests.test_address_updates import AR, EN, _nights, _record
from tests.test_digest import run
from tests.test_rendition_addresses import stored_as_of

SILO = (
    "The co-operative of Harlow Fen opened its new grain silo on Tuesday, two months after a "
    "storm tore the roof off the old one and spoiled a third of the winter's barley.\n\n"
    "The silo holds four thousand tonnes and was paid for by the co-operative's forty-one "
    "farms, its treasurer, Mara Quill, told members at the opening in the village hall.\n\n"
    "Farmers said the harvest could now be stored on the fen instead of being trucked to the "
    "port at Saltby, saving each farm about a week of haulage every autumn."
)
FEIRA = (
    "A feira do livro de Vila Serena recebeu mais de doze mil visitantes no fim de semana, "
    "segundo a organização, que já prepara uma edição maior para o próximo ano.\n\n"
    "Os editores locais venderam quase todo o estoque no sábado, e a prefeitura estuda "
    "manter a praça fechada aos carros durante os três dias do evento.\n\n"
    "A programação infantil, com oficinas de leitura e de ilustração, lotou todas as sessões "
    "e terá o dobro de vagas na próxima edição, disse a coordenadora Lívia Prado."
)
QIAO = (
    "江口县新建的跨江大桥于周五正式通车，两岸居民往返所需时间从一个小时缩短到十五分钟。"
    "县交通局表示，大桥全长一千二百米，双向四车道，并设有人行道和自行车道。\n\n"
    "通车当天，不少居民步行上桥参观，桥下的渡口也在同一天停止运营。"
    "交通局说，原来的渡船将改为旅游观光船，继续在江上航行。"
)

# Each article's address as a reader would pick it, then its twins as links spell them.
TWINS = {
    "https://harlow-fen-news.example/farming/new-grain-silo": [
        "http://harlow-fen-news.example/farming/new-grain-silo",
        "https://harlow-fen-news.example/farming/new-grain-silo/",
        "http://www.harlow-fen-news.example:80/farming/new-grain-silo/",
    ],
    "https://gazeta-serena.example/cultura/feira-do-livro?id=2207": [
        "http://gazeta-serena.example/cultura/feira-do-livro?id=2207",
        "https://gazeta-serena.example/cultura/feira-do-livro/?id=2207",
    ],
    "https://jiangkou-daily.example/news/大桥通车": [
        "http://jiangkou-daily.example/news/%E5%A4%A7%E6%A1%A5%E9%80%9A%E8%BD%A6/",
        "http://jiangkou-daily.example/news/大桥通车",
    ],
}
TEXTS = dict(zip(TWINS, (SILO, FEIRA, QIAO), strict=True))


@pytest.mark.parametrize(
    ("twin", "article"), [(t, a) for a, twins in TWINS.items() for t in twins]
    + [
        ("HTTP://Esk.example/a/b//?utm_source=rss", "https://esk.example/a/b"),
        ("http://esk.example:8443/a/", "https://esk.example:8443/a"),
        ("http://esk.example", "https://esk.example/"),
    ],
)
def test_an_articles_twins_share_its_key(twin: str, article: str) -> None:
    assert urls.url_key(twin) == urls.url_key(article)
    assert urls.preferred_spelling(twin, article) == article
    assert urls.preferred_spelling(article, twin) == article


@pytest.mark.parametrize(
    "other",
    [
        "https://esk.example/a/B",  # the path's case
        "https://esk.example/a/b/index.html",  # a server's default document may be another page
        "https://esk.example/a/b/c",
        "https://esk.example/a/bc",
        "https://esk.example:8443/a/b",
        "https://news.esk.example/a/b",
        "https://esk.example/a/b?id=2",
        "https://esk.example/",
        "ftp://esk.example/a/b",
    ],
)
def test_what_a_server_may_tell_apart_keeps_its_key(other: str) -> None:
    assert urls.url_key(other) != urls.url_key("http://esk.example/a/b/")


def _records(spellings: list[str]) -> str:
    article_of = {t: a for a, twins in TWINS.items() for t in (a, *twins)}
    return "".join(
        json.dumps({
            "url": url, "title": TEXTS[article_of[url]].split("\n")[0][:40],
            "text": TEXTS[article_of[url]], "date_publish": "2026-12-03T08:00:00Z",
            "date_download": f"2026-12-03T{9 + n:02d}:00:00Z",
        }, ensure_ascii=False) + "\n"
        for n, url in enumerate(spellings)
    )


@pytest.mark.parametrize("reverse", [False, True])
def test_one_article_read_at_its_twins_is_one_page(tmp_path: Path, reverse: bool) -> None:
    """Every twin of each article, read in either order: one page an article, shown under its
    https address without the slash, found by `show` from every twin."""
    spellings = [u for a, twins in TWINS.items() for u in (a, *twins)]
    dump = tmp_path / "night.jsonl"
    dump.write_text(_records(spellings[::-1] if reverse else spellings), encoding="utf-8")
    archive = open_archive(str(tmp_path / "clipper.db"))
    try:
        dedupe(archive, [str(dump)], Config(workers=1))
        with archive.engine.connect() as connection:
            stored = connection.execute(
                text("SELECT url, version FROM pages ORDER BY url")
            ).all()
            pages = connection.execute(text("SELECT pages FROM clusters")).scalars().all()
        assert [(r.url, r.version) for r in stored] == [(a, 1) for a in sorted(TWINS)]
        assert pages == [1, 1, 1]
        for article, twins in TWINS.items():
            page = browse.show(archive, article).requested_page_id
            assert page is not None
            for twin in twins:
                view = browse.show(archive, twin)
                assert view.requested_page_id == page, twin
                assert len(view.variants) == 0, twin
    finally:
        archive.close()


@pytest.mark.parametrize("story", [EN, AR], ids=["en", "ar"])
def test_a_twin_read_the_next_night_is_nothing_new(tmp_path: Path, story: dict) -> None:
    """The agency's article and a paper's copy on night 1; on night 2 the agency's page at its
    http address with a slash, the same text: no new page, no new outlet, nothing new in the
    digest; the story still counts two pages of two outlets."""
    twin = story["wire"].replace("https://", "http://", 1) + "/"
    db = _nights(
        tmp_path, story,
        [_record(twin, story["title"], story["body"], "2026-12-03T04:40:00Z")],
    )
    nothing = run(db, "digest", "--format", "json", "--since", "24h")
    assert nothing.exit_code == 3 and "nothing new" in nothing.output
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT url FROM pages ORDER BY id").fetchall() == [
            (story["wire"],), (story["paper"],)
        ]
        assert con.execute("SELECT pages, outlets FROM stories").fetchall() == [(2, 2)]
    finally:
        con.close()


_COUNTS = "SELECT c.pages, s.pages FROM clusters AS c JOIN stories AS s ON c.story_id = s.id"


def test_an_archive_keyed_before_moves_each_twin_to_its_articles_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive of 0057 (scheme and slash as given): after the upgrade the http twin holding
    a newer text is the article's version 2, the slash twin holding the same text stays a page
    of its own (one text twice is no version), the cluster and its story count two pages, a
    rejection at an http address is found by the https one, and the next reading of a twin is
    the article already archived."""
    db = str(tmp_path / "clipper.db")
    silo = "https://harlow-fen-news.example/farming/new-grain-silo"
    updated = SILO + "\n\nThe co-operative plans a second silo at Saltby Fen next year."
    night1 = tmp_path / "night1.jsonl"
    night1.write_text(
        _records([silo])
        + json.dumps({"url": silo.replace("https:", "http:"), "text": updated,
                      "title": "Harlow Fen opens its new grain silo",
                      "date_download": "2026-12-03T15:00:00Z"}) + "\n"
        + json.dumps({"url": silo + "/", "text": SILO, "id": "slash",
                      "title": "Harlow Fen opens its new grain silo",
                      "date_download": "2026-12-03T16:00:00Z"}) + "\n"
        + json.dumps({"url": "http://harlow-fen-news.example/farming/gone", "text": "Gone."})
        + "\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(urls, "_twin_parts", lambda parts: parts)  # the key of before
    before = stored_as_of("0057", db, night1, monkeypatch, _COUNTS)
    assert before == [(3, 3)]  # three pages of one article

    archive = open_archive(db)  # a user's next command: upgraded
    try:
        assert (current_revision(archive) or "") >= "0058"
        with archive.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT source_key, version FROM pages ORDER BY id")
            ).all()
            counts = connection.execute(text(_COUNTS)).all()
        key = urls.url_key(silo)
        assert [tuple(r) for r in rows] == [(key, 1), (key, 2), (silo + "/", 1)]
        assert [tuple(c) for c in counts] == [(2, 2)]
        result = run(db, "rejections", "--url", "https://harlow-fen-news.example/farming/gone")
        assert result.exit_code == 0 and "/farming/gone" in result.output, result.output
        night2 = tmp_path / "night2.jsonl"
        night2.write_text(_records([TWINS[silo][2]]), encoding="utf-8")
        dedupe(archive, [str(night2)], Config(workers=1))
        with archive.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM pages")).scalar() == 3
    finally:
        archive.close()
