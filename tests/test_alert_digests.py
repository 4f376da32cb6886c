"""An alert or digest e-mail (a Google Alert, a Talkwalker alert, a Meltwater digest, a site's
daily newsletter of headlines) lists other pages' articles: it is rejected ``link-list``,
naming each listed headline and the address it leads to (a redirect unwrapped), never stored
as one article made of the list (newcomer 26, finding 4: four of five such e-mails were
stored).  A newsletter carrying an article, with a few links under it, is that article.  An
``.mbox`` (a mail folder's export) is read message by message (it was ``unsupported-file``).
Invented messages in the shapes those services send.
"""

from __future__ import annotations

import gzip
import html
import mailbox
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.config import ReadLimits
from clipper.models import Page
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from tests.conftest import build

# (address, headline, source, snippet) of each listed article, per language
ITEMS: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [
        ("https://harbourtimes.example/news/2026/12/03/ferry-fares-rise",
         "Ferry fares to rise 12 per cent from January", "Harbour Times",
         "The harbour authority said on Thursday that <b>ferry fares</b> on the three island "
         "routes will rise by 12 per cent from January, citing fuel costs and the new ..."),
        ("https://islandpost.example/2026/12/03/commuters-angry-at-fare-rise",
         "Commuters angry at <b>ferry fare</b> rise", "Island Post",
         "Commuters who cross the strait daily said the increase, the second this year, would "
         "cost them more than 300 dollars a year. The authority said ..."),
        ("https://coastnews.example/business/ferry-operator-profits",
         "Ferry operator posts record profit as fares climb", "Coast News Online",
         "The operator of the island <b>ferry</b> routes reported a record profit for the third "
         "quarter on Wednesday, a day before the authority announced ..."),
    ],
    "ja": [
        ("https://minato.example/news/20261203/ferry", "フェリー運賃、来年1月から12％値上げ",
         "港新聞", "港湾局は3日、島しょ航路3路線の<b>フェリー運賃</b>を来年1月から12％引き上げると"
         "発表した。燃料費の高騰を理由に挙げ ..."),
        ("https://shima.example/articles/12345", "通勤客から不満の声　フェリー値上げ", "島日報",
         "毎日海峡を渡って通勤する利用者からは、今年2度目となる値上げに不満の声が上がった。年間の負担"
         "は ..."),
        ("https://kaigan.example/economy/ferry-profit", "フェリー運航会社、過去最高益", "海岸経済",
         "島しょ航路を運航する会社は2日、第3四半期の決算で過去最高益を計上したと発表した ..."),
    ],
    "de": [
        ("https://nordkurier.example/wirtschaft/faehrpreise-steigen-1234",
         "Fährpreise steigen um zwölf Prozent", "nordkurier.example",
         "Die Hafenbehörde kündigte am Donnerstag an, dass die Fährpreise auf den drei "
         "Inselrouten ab Januar um zwölf Prozent steigen ..."),
        ("https://inselbote.example/lokales/pendler-aergern-sich",
         "Pendler ärgern sich über teurere Fähre", "inselbote.example",
         "Pendler, die täglich über den Sund fahren, kritisieren die zweite Erhöhung in diesem "
         "Jahr ..."),
        ("https://kuestenzeitung.example/a/reederei-rekordgewinn",
         "Reederei meldet Rekordgewinn im Quartal", "kuestenzeitung.example",
         "Die Reederei der Inselrouten meldete am Mittwoch einen Rekordgewinn für das dritte "
         "Quartal ..."),
    ],
    "id": [
        ("https://kabarpelabuhan.example/berita/tarif-feri-naik",
         "Tarif feri naik 12 persen mulai Januari", "Kabar Pelabuhan",
         "Otoritas pelabuhan pada Kamis mengumumkan tarif feri di tiga rute pulau akan naik 12 "
         "persen mulai Januari karena biaya bahan bakar ..."),
        ("https://warta-pulau.example/read/2026/12/03/penumpang-keluhkan",
         "Penumpang keluhkan kenaikan tarif feri", "Warta Pulau",
         "Penumpang yang setiap hari menyeberang selat mengeluhkan kenaikan kedua tahun ini yang "
         "dinilai memberatkan ..."),
        ("https://pesisir.example/ekonomi/operator-feri-untung",
         "Operator feri catat laba tertinggi", "Pesisir Online",
         "Operator rute feri antarpulau mencatat laba tertinggi pada kuartal ketiga, sehari "
         "sebelum pengumuman kenaikan tarif ..."),
    ],
    "zh": [
        ("https://gangwan.example/news/20261203/1", "轮渡票价明年1月起上涨12%", "港湾时报",
         "港湾局3日宣布，三条海岛航线的轮渡票价将自明年1月起上涨12%，理由是燃油成本上升……"),
        ("https://gangwan.example/news/20261203/2", "通勤乘客不满轮渡涨价", "港湾时报",
         "每天往返海峡的通勤乘客表示，这是今年第二次涨价，每年将多支出三百多元……"),
        ("https://gangwan.example/news/20261203/3", "轮渡公司第三季度利润创新高", "港湾时报",
         "运营海岛航线的轮渡公司2日公布第三季度业绩，利润创历史新高……"),
        ("https://gangwan.example/news/20261203/4", "港区新建停车场下月启用", "港湾时报",
         "港区新建的立体停车场将于下月启用，可提供八百个车位……"),
    ],
}


def _mail(sender: str, subject: str, html_part: str | None, text: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "desk@pr.example"
    message["Subject"] = subject
    message["Date"] = "Thu, 03 Dec 2026 06:30:00 +0800"
    if text is not None:
        message.set_content(text)
    if html_part is not None:
        if text is None:
            message.set_content(html_part, subtype="html")
        else:
            message.add_alternative(html_part, subtype="html")
    return bytes(message)


def _google_link(url: str) -> str:
    return f"https://www.google.com/url?rct=j&sa=t&url={url}&ct=ga&cd=CAEYACoT&usg=AOvVaw1"


def google_alert(language: str, query: str) -> tuple[str, str]:
    """A Google Alert's HTML and plain-text parts: each result a redirect link, its source, its
    snippet and a "Flag as irrelevant" link; the alert's housekeeping links below."""
    rows, texts = [], [f"=== News - 3 new results for [{query}] ===", ""]
    for url, title, source, snippet in ITEMS[language]:
        link = html.escape(_google_link(url))
        rows.append(
            f'<tr><td><a href="{link}"><span>{title}</span></a><div>{source}</div>'
            f"<div>{snippet}</div><div><a href=\"https://www.google.com/alerts/feedback?ffu="
            f'{url}&amp;source=alertsmail">Flag as irrelevant</a></div></td></tr>'
        )
        plain = snippet.replace("<b>", "").replace("</b>", "")
        texts += [title.replace("<b>", "").replace("</b>", ""), source, plain,
                  f"<{_google_link(url)}>", ""]
    part = (
        '<html><body><table><tr><td><img alt="Google Alerts" src="logo.png"></td></tr>'
        f"<tr><td>{query}</td></tr><tr><td>Daily update ⋅ December 3, 2026</td></tr>"
        "<tr><td>NEWS</td></tr>" + "".join(rows)
        + '<tr><td><a href="https://www.google.com/alerts/remove?source=alertsmail">Unsubscribe'
        '</a> | <a href="https://www.google.com/alerts?source=alertsmail">View all your alerts'
        "</a></td></tr><tr><td>You have received this email because you have subscribed to "
        'Google Alerts.</td></tr><tr><td><a href="https://www.google.com/alerts/feeds/1/2">'
        "Receive this alert as RSS feed</a></td></tr></table></body></html>"
    )
    texts += ["Unsubscribe from this Google Alert:",
              "<https://www.google.com/alerts/remove?source=alertsmail>"]
    return part, "\n".join(texts)


def talkwalker(language: str) -> str:
    rows = "".join(
        f'<div class="result"><h3><a href="https://alerts.talkwalker.com/alerts/redirect?url='
        f'{url}&amp;id=99">{title}</a></h3><p class="src">{source} · 03.12.2026</p>'
        f"<p>{snippet}</p></div>"
        for url, title, source, snippet in ITEMS[language]
    )
    return (
        "<html><body><h1>Talkwalker Alerts</h1><p>Ihre Ergebnisse für „Fährpreise“</p>"
        f'{rows}<p><a href="https://alerts.talkwalker.com/unsubscribe">Abbestellen</a> · '
        '<a href="https://alerts.talkwalker.com/edit">Alert bearbeiten</a></p></body></html>'
    )


def meltwater(language: str) -> str:
    rows = "".join(
        f'<tr><td><p><a href="https://t.meltwater.example/c/{i}?u={url}">{title}</a></p>'
        f"<p>{source} | 3 Des 2026 | Jangkauan: 120.000</p><p>{snippet}</p></td></tr>"
        for i, (url, title, source, snippet) in enumerate(ITEMS[language])
    )
    return (
        "<html><body><table><tr><td><h2>Ringkasan Media Harian</h2><p>Pencarian: tarif feri"
        f"</p></td></tr>{rows}<tr><td>Anda menerima email ini karena berlangganan ringkasan "
        'Meltwater. <a href="https://meltwater.example/unsub">Berhenti berlangganan</a>'
        "</td></tr></table></body></html>"
    )


def site_newsletter(language: str) -> str:
    rows = "".join(
        f'<div><h3><a href="{url}">{title}</a></h3><p>{snippet}</p>'
        f'<p><a href="{url}">阅读全文</a></p></div>'
        for url, title, _, snippet in ITEMS[language]
    )
    return (
        f"<html><body><h1>港湾时报 每日早报</h1><p>2026年12月3日 星期四</p>{rows}"
        '<p>您收到此邮件是因为您订阅了港湾时报早报。<a href="https://gangwan.example/unsubscribe">'
        "退订</a></p></body></html>"
    )



def _digests() -> dict[str, tuple[str, bytes]]:
    """name: (language, the message)."""
    en_html, en_text = google_alert("en", "ferry fares")
    ja_html, ja_text = google_alert("ja", "フェリー運賃")
    google = "Google Alerts <googlealerts-noreply@google.com>"
    return {
        "google-en": ("en", _mail(google, "Google Alert - ferry fares", en_html, en_text)),
        "google-ja": ("ja", _mail(google, "Google アラート - フェリー運賃", ja_html, ja_text)),
        "google-en-text-only": ("en", _mail(google, "Google Alert - ferry fares", None, en_text)),
        "talkwalker-de": ("de", _mail("Talkwalker Alerts <alerts@talkwalker.com>",
                                      "Talkwalker Alert: Fährpreise", talkwalker("de"))),
        "meltwater-id": ("id", _mail("Meltwater <newsletter@meltwater.example>",
                                     "Ringkasan Media Harian: Tarif Feri", meltwater("id"))),
        "newsletter-zh": ("zh", _mail("港湾时报 <newsletter@gangwan.example>",
                                      "港湾时报每日早报 | 12月3日", site_newsletter("zh"))),
    }


def _read(*paths: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    pages = list(read_pages(list(paths), ReadLimits(), rejected.append))
    return pages, rejected


@pytest.mark.parametrize("name", sorted(_digests()))
def test_an_alert_or_digest_is_a_link_list_naming_its_articles(
    tmp_path: Path, name: str
) -> None:
    language, data = _digests()[name]
    path = tmp_path / f"{name}.eml"
    path.write_bytes(data)
    pages, rejected = _read(path)
    assert pages == []
    assert [(r.origin, r.reason) for r in rejected] == [(str(path), "link-list")]
    detail = rejected[0].detail
    assert f"listing {len(ITEMS[language])} articles, not an article" in detail
    for url, title, _, _ in ITEMS[language]:
        # the article's own address, not Google's or Talkwalker's redirect
        headline = " ".join(title.replace("<b>", "").replace("</b>", "").split())
        assert f"{headline!r} <{url}>" in detail


def test_a_run_over_digests_stores_none_and_counts_them(tmp_path: Path) -> None:
    for name, (_, data) in _digests().items():
        (tmp_path / f"{name}.eml").write_bytes(data)
    archive, summary = build(tmp_path / "a.db", [tmp_path])
    archive.close()
    assert summary.stored == 0
    assert summary.skipped == {"link-list": len(_digests())}


LEAD = {
    "en": ("Island ferries: what the fare rise means for you", [
        "The harbour authority will raise ferry fares on the three island routes by 12 per "
        "cent from January, the second increase this year, it said on Thursday.",
        "A single crossing to North Island will cost 6.70 dollars, up from 5.98. Monthly passes "
        "rise from 96 to 107.50 dollars, and the discount for students stays at half fare.",
        "The authority blamed fuel costs, which it said had risen by a fifth since spring, and "
        "the cost of the two new boats that enter service in March.",
        "Commuter groups said they would ask the council to cap the rise at the rate of "
        "inflation when it meets on 14 December.",
    ]),
    "ja": ("フェリー運賃値上げ、暮らしへの影響は", [
        "港湾局は3日、島しょ航路3路線のフェリー運賃を来年1月から12％引き上げると発表した。値上げは"
        "今年2度目となる。",
        "北島までの片道運賃は598円から670円に、通勤定期は月9600円から1万750円になる。学生割引は半額の"
        "まま据え置かれる。",
        "港湾局は、春以降に燃料費が約2割上昇したことと、3月に就航する新造船2隻の費用を理由に挙げた。",
        "通勤客の団体は、14日に開かれる議会で値上げ幅を物価上昇率までに抑えるよう求める方針だ。",
    ]),
}


@pytest.mark.parametrize("language", sorted(LEAD))
def test_a_newsletter_carrying_an_article_is_stored(tmp_path: Path, language: str) -> None:
    """Its lead story in full and three "more stories" links under it: the story is stored."""
    headline, paragraphs = LEAD[language]
    more = "".join(
        f'<li><a href="{url}">{title}</a></li>' for url, title, _, _ in ITEMS[language]
    )
    part = (
        f"<html><body><h1>{headline}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
        + f"<h2>More stories</h2><ul>{more}</ul></body></html>"
    )
    path = tmp_path / "lead.eml"
    path.write_bytes(_mail("Harbour Times <letters@harbourtimes.example>", headline, part))
    archive, summary = build(tmp_path / "a.db", [path])
    with archive.sessions() as session:
        texts = list(session.scalars(select(Page.text)))
    archive.close()
    assert summary.stored == 1, summary.skipped
    assert paragraphs[0] in texts[0] and paragraphs[-1] in texts[0]


@pytest.mark.parametrize("compressed", [False, True])
def test_an_mbox_is_read_message_by_message(tmp_path: Path, compressed: bool) -> None:
    headline, paragraphs = LEAD["en"]
    article = _mail(
        "Harbour Times <letters@harbourtimes.example>", headline,
        f"<html><body><h1>{headline}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</body></html>",
    )
    folder = tmp_path / "export"
    folder.mkdir()
    plain = folder / "Inbox.mbox"
    box = mailbox.mbox(plain)
    box.add(_digests()["google-en"][1])
    box.add(article)
    box.flush()
    box.close()
    path = plain
    if compressed:
        path = folder / "Inbox.mbox.gz"
        path.write_bytes(gzip.compress(plain.read_bytes()))
        plain.unlink()
    pages, rejected = _read(path)
    assert [(r.origin, r.reason) for r in rejected] == [(f"{path}:1", "link-list")]
    assert [(p.origin, p.title) for p in pages] == [(f"{path}:2", headline)]


def test_an_empty_mbox_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "Empty.mbox"
    path.write_bytes(b"")
    pages, rejected = _read(path)
    assert pages == [] and [r.reason for r in rejected] == ["empty"]
