"""RSS/Atom feeds saved as files and newsletters saved as ``.eml`` are read (newcomer 21
finding 13): each feed item a page (its link, title, date and full content), a newsletter its
HTML part under its Subject, Date and sender.  Feeds, mails and texts invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select

from clipper.config import ReadLimits
from clipper.models import Page
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from tests.conftest import build

PARAS = [
    "Die Stadtwerke Lindenau erhöhen zum 1. Februar die Preise für Fernwärme um elf Prozent. "
    "Betroffen sind rund 14.000 Haushalte im Norden der Stadt, die an das Netz angeschlossen "
    "sind. Die Stadtwerke begründen den Schritt mit gestiegenen Kosten für Erdgas und Personal.",
    "Der Mieterverein kritisierte die Erhöhung als zu hoch und kündigte an, die Berechnung "
    "prüfen zu lassen. Schon im vergangenen Winter waren die Preise um acht Prozent gestiegen. "
    "Ein Haushalt mit 80 Quadratmetern zahlt nun im Jahr etwa 190 Euro mehr als bisher.",
    "Oberbürgermeisterin Katrin Vossberg sagte, die Stadt prüfe einen Härtefallfonds für "
    "Familien mit geringem Einkommen. Der Stadtrat soll im Januar darüber beraten. Die "
    "Stadtwerke wollen zugleich bis 2030 ein Drittel der Wärme aus Abwärme und Solarthermie "
    "gewinnen, um unabhängiger vom Gaspreis zu werden.",
]
HTML = "".join(f"<p>{p}</p>" for p in PARAS)


def _body(page: RawPage) -> str:
    return page.body.decode() if isinstance(page.body, bytes) else page.body


def _read(*paths: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    pages = list(read_pages(list(paths), ReadLimits(), rejected.append))
    return pages, rejected


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Lindenauer Anzeiger</title><link>https://www.lindenauer-anzeiger.example/</link>
<language>de</language>
<item><title>Fernwärme wird teurer</title>
<link>https://www.lindenauer-anzeiger.example/lokales/fernwaerme-preise-123</link>
<pubDate>Thu, 03 Dec 2026 09:00:00 +0100</pubDate><dc:creator>Jana Ostrowski</dc:creator>
<description>Die Stadtwerke erhöhen die Preise.</description>
<content:encoded><![CDATA[{HTML}]]></content:encoded></item>
<item><title>Neue Buslinie nach Oberau</title>
<link>https://www.lindenauer-anzeiger.example/lokales/buslinie-oberau-124</link>
<pubDate>Thu, 03 Dec 2026 11:30:00 +0100</pubDate>
<description>Ab Januar fährt ein Bus stündlich nach Oberau.</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Heizblog</title>
<id>https://heizblog.example/feed</id><updated>2026-12-03T12:00:00Z</updated>
<entry><title>Lindenau: Fernwärme elf Prozent teurer</title>
<link href="https://heizblog.example/2026/12/lindenau-fernwaerme"/>
<id>https://heizblog.example/2026/12/lindenau-fernwaerme</id>
<updated>2026-12-03T12:05:00Z</updated><author><name>Till Brandt</name></author>
<content type="html">{HTML.replace("<", "&lt;").replace(">", "&gt;")}</content></entry>
</feed>"""


def test_an_rss_feed_s_items_are_pages_with_their_link_title_date_and_content(
    tmp_path: Path,
) -> None:
    path = tmp_path / "anzeiger-rss.xml"
    path.write_text(RSS, encoding="utf-8")
    pages, rejected = _read(path)
    assert rejected == []
    assert [p.origin for p in pages] == [f"{path}:1", f"{path}:2"]
    whole, teaser = pages
    assert whole.url == "https://www.lindenauer-anzeiger.example/lokales/fernwaerme-preise-123"
    assert (whole.title, whole.site, whole.author, whole.language) == (
        "Fernwärme wird teurer",
        "lindenauer-anzeiger.example",
        "Jana Ostrowski",
        "de",
    )
    assert whole.published and whole.published.startswith("2026-12-03T09:00:00")
    assert whole.fetched_at is None  # a feed does not say when it was fetched
    assert "Härtefallfonds" in _body(whole)  # content:encoded, not the description
    assert "stündlich" in _body(teaser)  # no content: its summary


def test_the_run_stores_full_items_and_rejects_a_teaser_as_too_short(tmp_path: Path) -> None:
    rss = tmp_path / "anzeiger.rss"
    rss.write_text(RSS, encoding="utf-8")
    atom = tmp_path / "heizblog.atom"
    atom.write_text(ATOM, encoding="utf-8")
    archive, summary = build(tmp_path / "a.db", [rss, atom])
    archive.close()
    assert summary.stored == 2 and summary.skipped == {"too-short": 1}


def test_an_atom_entry_is_read_with_its_updated_date(tmp_path: Path) -> None:
    path = tmp_path / "heizblog.xml"
    path.write_text(ATOM, encoding="utf-8")
    (page,), rejected = _read(path)
    assert rejected == []
    assert page.url == "https://heizblog.example/2026/12/lindenau-fernwaerme"
    assert (page.title, page.author, page.language) == (
        "Lindenau: Fernwärme elf Prozent teurer",
        "Till Brandt",
        "de",
    )
    assert page.published == "2026-12-03T12:05:00Z"
    assert "<p>Der Mieterverein" in _body(page)


def test_xml_that_is_no_feed_an_empty_feed_and_a_mirror_s_feed(tmp_path: Path) -> None:
    other = tmp_path / "settings.xml"
    other.write_text('<?xml version="1.0"?><config><item key="a">1</item></config>')
    empty = tmp_path / "empty.rss"
    empty.write_text('<rss version="2.0"><channel><title>Leer</title></channel></rss>')
    mirror = tmp_path / "mirror" / "www.lindenauer-anzeiger.de" / "lokales"
    mirror.mkdir(parents=True)
    (mirror / "nachrichten.xml").write_text(RSS, encoding="utf-8")
    pages, rejected = _read(other, empty, tmp_path / "mirror")
    assert pages == []
    assert [(Path(r.origin).name, r.reason) for r in rejected] == [
        ("settings.xml", "unsupported-file"),
        ("empty.rss", "empty"),
        ("nachrichten.xml", "crawl-file"),  # its items are the mirror's pages
    ]


def _mail(
    html: str | None,
    text: str | None,
    sender: str = "Lindenau kompakt <newsletter@lindenauer-anzeiger.de>",
    list_id: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "desk@agentur.example"
    message["Subject"] = "Lindenau kompakt – Fernwärme wird teurer"
    message["Date"] = "Thu, 03 Dec 2026 06:30:00 +0100"
    if list_id:
        message["List-Id"] = list_id
    if text is not None:
        message.set_content(text)
    if html is not None:
        if text is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    return bytes(message)


def test_a_newsletter_is_read_from_its_html_part_under_its_subject_date_and_sender(
    tmp_path: Path,
) -> None:
    html = f"<html><body><h2>Fernwärme wird teurer</h2>{HTML}</body></html>"
    both = tmp_path / "kompakt.eml"
    both.write_bytes(_mail(html, "\n\n".join(PARAS)))
    plain = tmp_path / "plain.eml"
    plain.write_bytes(_mail(None, "\n\n".join(PARAS) + "\n\nNur Text."))
    (html_page, text_page), rejected = _read(both, plain)
    assert rejected == []
    assert html_page.kind == "html" and "<h2>Fernwärme" in _body(html_page)
    assert text_page.kind == "text" and _body(text_page).rstrip().endswith("Nur Text.")
    assert html_page.title == "Lindenau kompakt – Fernwärme wird teurer"
    assert html_page.published == "2026-12-03T06:30:00+01:00"
    assert html_page.site == "lindenauer-anzeiger.de"
    assert html_page.url is None and html_page.fetched_at is None


def test_a_newsletter_s_site_is_its_list_id_on_the_sender_s_domain_else_the_sender_s(
    tmp_path: Path,
) -> None:
    html = f"<html><body>{HTML}</body></html>"
    cases = {
        "own-list.eml": (
            "<kompakt.lindenauer-anzeiger.de>",
            "kompakt.lindenauer-anzeiger.de",
        ),
        # a mailing service's list id names the service, not the outlet
        "service.eml": (
            "Kompakt <a1b2c3.list-id.mailservice.com>",
            "lindenauer-anzeiger.de",
        ),
    }
    for name, (list_id, _) in cases.items():
        (tmp_path / name).write_bytes(_mail(html, None, list_id=list_id))
    pages, _ = _read(*(tmp_path / name for name in cases))
    assert [p.site for p in pages] == [site for _, site in cases.values()]


def test_an_e_mail_without_a_text_part_is_no_body(tmp_path: Path) -> None:
    message = EmailMessage()
    message["Subject"] = "Rechnung"
    message.set_content(b"%PDF-1.4 ...", maintype="application", subtype="pdf")
    path = tmp_path / "rechnung.eml"
    path.write_bytes(bytes(message))
    pages, rejected = _read(path)
    assert pages == [] and [r.reason for r in rejected] == ["no-body"]


def test_a_newsletter_of_one_article_is_stored(
    tmp_path: Path,
) -> None:
    article = tmp_path / "article.eml"
    article.write_bytes(
        _mail(f"<html><body><h2>Fernwärme wird teurer</h2>{HTML}</body></html>", None)
    )
    archive, summary = build(tmp_path / "a.db", [article])
    archive.close()
    assert summary.stored == 1 and summary.skipped_total == 0


def test_a_newsletter_s_name_as_its_heading_is_not_its_headline(tmp_path: Path) -> None:
    """The newsletter's name set as its <h1> ("Lindenau kompakt", the sender's name and domain)
    names its site, as a page's site name in its <title> does: the Subject, without that name,
    is the headline stored."""
    path = tmp_path / "kompakt.eml"
    page = f"<html><body><h1>Lindenauer Anzeiger</h1>{HTML}</body></html>"
    path.write_bytes(
        _mail(page, None, sender="Lindenauer Anzeiger <kompakt@lindenauer-anzeiger.de>")
    )
    archive, summary = build(tmp_path / "a.db", [path])
    with archive.sessions() as session:
        titles = list(session.scalars(select(Page.title)))
    archive.close()
    assert summary.stored == 1
    assert titles == ["Lindenau kompakt – Fernwärme wird teurer"]


def test_a_feed_cut_short_keeps_its_whole_items_and_counts_the_cut_one(tmp_path: Path) -> None:
    """A feed whose download stopped: every cut inside item 2 keeps item 1 and counts item 2
    as cut (its text may end anywhere: never stored as if whole); a cut after its last item's
    closing tag keeps both and says the feed's end is missing."""
    start = RSS.index("<item>", RSS.index("</item>"))
    end = RSS.index("</item>", start) + len("</item>")
    for cut in range(start + len("<item>"), end, 7):
        path = tmp_path / f"cut{cut}.rss"
        path.write_text(RSS[:cut], encoding="utf-8")
        pages, rejected = _read(path)
        assert [p.origin for p in pages] == [f"{path}:1"], RSS[cut - 20 : cut]
        assert [(r.origin, r.reason) for r in rejected] == [(f"{path}:2", "truncated")]
    path = tmp_path / "no-end.rss"
    path.write_text(RSS[:end] + "\n", encoding="utf-8")
    pages, rejected = _read(path)
    assert len(pages) == 2
    assert [(r.origin, r.reason, r.detail) for r in rejected] == [
        (
            str(path),
            "truncated",
            "file cut short after item 2 (no closing tag); the 2 whole items were read",
        )
    ]


# Yandex News' RSS (the feed Russian outlets publish, prefix as declared: "ya" here) and Yandex
# Turbo's: the whole text in <yandex:full-text> (plain) or <turbo:content> (HTML) beside a
# teaser <description>.  A feed holding content:encoded as well keeps that.
YANDEX = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:ya="http://news.yandex.ru" xmlns:turbo="http://turbo.yandex.ru"
     xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Lindenau</title><link>https://lindenau.example/</link>
<item><title>Fernwärme wird teurer</title><link>https://lindenau.example/a</link>
<pubDate>Thu, 03 Dec 2026 09:00:00 +0100</pubDate>
<ya:full-text>{chr(10).join(PARAS)}</ya:full-text>
<description>Die Stadtwerke erhöhen die Preise.</description></item>
<item turbo="true"><title>Fernwärme wird teurer (Turbo)</title><link>https://lindenau.example/b</link>
<turbo:content><![CDATA[<header><h1>Fernwärme wird teurer</h1></header>{HTML}]]></turbo:content>
<description>Die Stadtwerke erhöhen die Preise.</description></item>
<item><title>Beide</title><link>https://lindenau.example/c</link>
<ya:full-text>Nur ein Satz.</ya:full-text>
<content:encoded><![CDATA[{HTML}]]></content:encoded></item>
</channel></rss>"""


def test_a_yandex_feed_s_items_are_read_from_their_full_text(tmp_path: Path) -> None:
    (tmp_path / "yandex.rss").write_text(YANDEX)
    pages, rejected = _read(tmp_path / "yandex.rss")
    assert rejected == []
    assert [(p.url, p.kind) for p in pages] == [
        ("https://lindenau.example/a", "text"),
        ("https://lindenau.example/b", "html"),
        ("https://lindenau.example/c", "html"),
    ]
    assert _body(pages[0]).split("\n") == PARAS
    assert all(p in _body(pages[1]) and p in _body(pages[2]) for p in PARAS)
    _, summary = build(tmp_path / "a.db", [tmp_path / "yandex.rss"])
    assert summary.stored == 3 and summary.skipped == {}
