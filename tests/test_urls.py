"""A page's address: one key for every spelling (clipper.urls.url_key) and the form a reader
sees in text output (readable_url), driven through dedupe, show and the digest."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.urls import is_listing_address, readable_url, site_page_address, url_key


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        ("https://Esk.example/a/b?utm_source=rss&utm_campaign=x", "https://esk.example/a/b"),
        ("HTTPS://esk.example:443/a/b#comments", "https://esk.example/a/b"),
        ("http://esk.example:80/a/b?fbclid=1&gclid=2&mc_cid=3", "https://esk.example/a/b"),
        ("https://esk.example/a?page=2&id=5&ns_mchannel=rss", "https://esk.example/a?id=5&page=2"),
        ("https://esk.example/%7Ejo/caf%c3%a9", "https://esk.example/~jo/caf%C3%A9"),
        ("https://esk.example/café", "https://esk.example/caf%C3%A9"),
        # the publisher's www. and its mobile and AMP renditions (tests/test_rendition_addresses)
        ("https://www.Esk.example/a/b", "https://esk.example/a/b"),
        ("https://m.esk.example/amp/a/b?amp=1", "https://esk.example/a/b"),
        # its http and trailing-slash twins (tests/test_twin_addresses)
        ("http://esk.example/a/b/", "https://esk.example/a/b"),
    ],
)
def test_spellings_of_one_address_share_a_key(spelling: str, key: str) -> None:
    assert url_key(spelling) == key


@pytest.mark.parametrize(
    "other",
    [
        "https://esk.example/a?id=6",  # another article of a CMS that numbers them
        "https://esk.example/A",  # a server may treat the path's case as another page
        "https://esk.example/a/index.html",  # a server's default document may be another page
        "https://esk.example/ab",
        "https://esk.example:8443/a",
        "https://esk.example/a?game=1",  # not a tracking parameter, though it opens with "ga"
        "https://esk.example/a?sourceid=3",
    ],
)
def test_addresses_a_server_may_tell_apart_keep_their_own_keys(other: str) -> None:
    assert url_key(other) != url_key("https://esk.example/a?id=5")
    assert url_key(other) != url_key("https://esk.example/a")


def test_a_path_or_other_scheme_is_its_own_key() -> None:
    assert url_key("/srv/dumps/night/a.html") == "/srv/dumps/night/a.html"
    assert url_key("urn:uuid:1234") == "urn:uuid:1234"
    assert url_key("https://[::1:80/a") == "https://[::1:80/a"  # unparseable: as given


ARABIC = "/news/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%A7%D9%84%D9%8A%D9%88%D9%85"


def test_readable_url_decodes_letters_and_keeps_what_changes_the_address() -> None:
    assert readable_url("https://al-mina.example" + ARABIC) == (
        "https://al-mina.example/news/سوريا-اليوم"
    )
    assert readable_url("https://xn--bcher-kva.example/a%20b%2Fc?q=%E4%B8%AD") == (
        "https://bücher.example/a%20b%2Fc?q=中"
    )
    for kept in ("https://e.example/%FF%FE", "https://e.example/%E2%80%AEx",
                 "https://e.example/a%C2%A0b"):  # invalid UTF-8, a bidi override, a space
        assert readable_url(kept) == kept


def test_digest_and_show_give_an_arabic_address_in_letters(tmp_path: Path) -> None:
    url = "https://al-mina.example" + ARABIC
    body = (
        "افتتحت البلدية اليوم الجسر الجديد فوق النهر بعد عامين من الأعمال، "
        "وقال رئيس البلدية إن الجسر سيخفف الازدحام في وسط المدينة خلال ساعات الذروة. "
    ) * 5
    dump = tmp_path / "night" / "feed.jsonl"
    dump.parent.mkdir()
    dump.write_text(json.dumps({"url": url + "?utm_source=rss", "title": "جسر جديد فوق النهر",
                                "text": body, "language": "ar"}) + "\n")
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", str(dump.parent), "--db", db]).exit_code == 0
    digest = runner.invoke(cli, ["digest", "--format", "text", "--db", db])
    assert digest.exit_code == 0, digest.output
    assert "https://al-mina.example/news/سوريا-اليوم" in digest.stdout
    assert "%D8" not in digest.stdout
    for spelling in (url, readable_url(url), url + "?utm_medium=email", quote(url, safe=":/%")):
        shown = runner.invoke(cli, ["show", spelling, "--db", db])
        assert shown.exit_code == 0, (spelling, shown.output)
        assert "https://al-mina.example/news/سوريا-اليوم" in shown.stdout


@pytest.mark.parametrize(
    "url",
    [
        "https://noticiasdelnorte.mx/",
        "https://noticiasdelnorte.mx",
        "http://www.jornaldoparana.com.br/index.html",
        "https://noticiasdelnorte.mx/?page=2",
        "https://noticiasdelnorte.mx/?utm_source=rss",
        "https://noticiasdelnorte.mx/tag/lluvias/",
        "https://noticiasdelnorte.mx/tag/lluvias/?page=2",
        "https://noticiasdelnorte.mx/etiqueta/lluvias/",
        "https://www.example.de/kategorie/politik/page/3/",
        "https://www.example.de/thema/ukraine/",
        "https://www.example.com.br/autor/joao-silva/",
        "https://www.example.com/news/page/2/",
        "https://www.example.com/topics/climate",
    ],
)
def test_front_pages_and_listings_are_listing_addresses(url: str) -> None:
    assert is_listing_address(url)


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "dumps/2026-11-04/page.html",
        "https://noticiasdelnorte.mx/2026/11/04/sube-el-precio-de-la-tortilla/",
        "https://noticiasdelnorte.mx/?p=123",  # WordPress without permalinks: an article
        "https://noticiasdelnorte.mx/?id=5512",
        "https://www.example.com/category/politics/council-votes-on-budget/2026/",
        "https://www.npr.org/sections/health-shots/2024/01/02/123/title",
        "https://www.israel-nachrichten.org/archive/63076",
        "https://www.example.com/tagesschau-bericht.html",
    ],
)
def test_articles_are_not_listing_addresses(url: str | None) -> None:
    assert not is_listing_address(url)


@pytest.mark.parametrize(
    ("url", "segment"),
    [
        ("https://noticiasdelnorte.mx/aviso-de-privacidad/", "aviso-de-privacidad"),
        ("https://jornaldoparana.com.br/pol%C3%ADtica-de-privacidade/", "política-de-privacidade"),
        ("https://kurier-nord.de/datenschutz", "datenschutz"),
        ("https://kurier-nord.de/impressum.html", "impressum.html"),
        ("https://pikecountynews.com/terms-of-use/", "terms-of-use"),
        ("https://pikecountynews.com/privacy_policy.php", "privacy_policy.php"),
        ("https://noticiasdelnorte.mx/quienes-somos/", "quienes-somos"),
        ("https://laprensaregia.mx/contacto/", "contacto"),
        ("https://www.example.fr/mentions-legales", "mentions-legales"),
    ],
)
def test_a_sites_own_pages_are_named_by_their_address(url: str, segment: str) -> None:
    assert site_page_address(url) == segment


@pytest.mark.parametrize(
    "url",
    [
        None,
        "https://noticiasdelnorte.mx/",
        "https://pikecountynews.com/2026/05/04/meta-changes-its-privacy-policy/",
        "https://pikecountynews.com/news/contact-tracing-ends/",
        "https://pikecountynews.com/privacy/2026/05/04/new-rules",
        "file:///dumps/privacy.html",
    ],
)
def test_news_addresses_name_no_site_page(url: str | None) -> None:
    assert site_page_address(url) is None
