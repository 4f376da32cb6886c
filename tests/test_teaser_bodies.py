"""A truncated page: its visible body a teaser ending with a "Read more" / "続きを読む" / "阅读全文"
/ "Selengkapnya" / "더보기" link (the rest behind a click or a login), the whole article in its
metadata, JSON-LD ``articleBody`` or the framework's state JSON.  clipper stores the whole text
from the metadata when it opens with the teaser, for a short article too (newcomer 26, finding
24: a five-paragraph article under 150 words was stored as its teaser); a body that does not
open with the teaser leaves it; a teaser without metadata is stored without its label.
Invented pages in en, ja, zh, id and ko.
"""

from __future__ import annotations

import json

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

# language: (the read-more label, headline, the article's paragraphs)
ARTICLES: dict[str, tuple[str, str, list[str]]] = {
    "en": ("Read more", "Ferry fares to rise 12 per cent", [
    "The harbour authority will raise ferry fares on the three island routes by 12 per cent "
    "from January, the second increase this year, it said on Thursday.",
    "A single crossing to North Island will cost 6.70 dollars, up from 5.98. Monthly passes "
    "rise from 96 to 107.50 dollars, and the discount for students stays at half fare.",
    "The authority blamed fuel costs, which it said had risen by a fifth since spring, and the "
    "cost of the two new boats that enter service in March.",
    "Commuter groups said they would ask the council to cap the rise at the rate of inflation "
    "when it meets on 14 December.",
    "The council's transport committee chair said she had asked the authority for its "
    "accounts before the meeting."]),
    "ja": ("続きを読む", "フェリー運賃、来年1月から12％値上げ", [
    "港湾局は3日、島しょ航路3路線のフェリー運賃を来年1月から12％引き上げると発表した。値上げは今"
    "年2度目となる。",
    "北島までの片道運賃は598円から670円に、通勤定期は月9600円から1万750円になる。学生割引は半額"
    "のまま据え置かれる。",
    "港湾局は、春以降に燃料費が約2割上昇したことと、3月に就航する新造船2隻の費用を理由に挙げた。",
    "通勤客の団体は、14日に開かれる議会で値上げ幅を物価上昇率までに抑えるよう求める方針だ。",
    "議会の交通委員長は、会合までに港湾局に決算資料の提出を求めたと明らかにした。"]),
    "zh": ("阅读全文", "轮渡票价明年1月起上涨12%", [
    "港湾局3日宣布，三条海岛航线的轮渡票价将自明年1月起上涨12%，这是今年第二次上调。",
    "前往北岛的单程票价将从5.98元涨至6.70元，月票从96元涨至107.5元，学生优惠仍为半价。",
    "港湾局表示，自春季以来燃油成本上涨约两成，加上3月投入运营的两艘新船的费用，是此次涨价的原因。",
    "通勤者团体表示，将在12月14日的议会会议上要求把涨幅控制在通胀率以内。",
    "议会交通委员会主席说，她已要求港湾局在会议前提交账目。"]),
    "id": ("Selengkapnya", "Tarif feri naik 12 persen mulai Januari", [
    "Otoritas pelabuhan akan menaikkan tarif feri di tiga rute pulau sebesar 12 persen mulai "
    "Januari, kenaikan kedua tahun ini, kata otoritas itu pada Kamis.",
    "Tarif sekali jalan ke Pulau Utara menjadi Rp 67.000 dari Rp 59.800. Tiket bulanan naik "
    "dari Rp 960.000 menjadi Rp 1.075.000, sementara diskon pelajar tetap setengah harga.",
    "Otoritas menyebut biaya bahan bakar yang naik seperlima sejak musim semi serta biaya dua "
    "kapal baru yang mulai beroperasi pada Maret.",
    "Kelompok komuter mengatakan akan meminta dewan membatasi kenaikan sebesar laju inflasi "
    "saat bersidang pada 14 Desember.",
    "Ketua komisi transportasi dewan mengatakan ia telah meminta laporan keuangan otoritas "
    "sebelum sidang."]),
    "ko": ("더보기", "여객선 요금 내년 1월부터 12% 인상", [
    "항만청은 3일 섬 항로 3개 노선의 여객선 요금을 내년 1월부터 12% 인상한다고 발표했다. 올해 "
    "두 번째 인상이다.",
    "북섬까지 편도 요금은 5980원에서 6700원으로, 월 정기권은 9만6000원에서 10만7500원으로 "
    "오른다. 학생 할인은 반값으로 유지된다.",
    "항만청은 봄 이후 연료비가 약 20% 올랐고 3월 취항하는 신조선 2척의 비용이 들었다고 설명했다.",
    "통근자 단체는 14일 열리는 의회에서 인상 폭을 물가상승률 이내로 묶어 달라고 요구할 방침이다.",
    "의회 교통위원장은 회의 전까지 항만청에 결산 자료를 제출하라고 요구했다고 밝혔다."]),
}


def _page(language: str, where: str, body: list[str] | None = None) -> bytes:
    """The article's page showing its first paragraph and the read-more link; the whole
    ``body`` (default: the article's paragraphs) in its JSON-LD or its Next.js state."""
    label, title, paragraphs = ARTICLES[language]
    body = paragraphs if body is None else body
    meta = ""
    if where == "jsonld":
        meta = (
            '<script type="application/ld+json">'
            + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                          "headline": title, "articleBody": "\n".join(body)},
                         ensure_ascii=False)
            + "</script>"
        )
    elif where == "state":
        blocks = [{"type": "paragraph", "text": p} for p in body]
        meta = (
            '<script id="__NEXT_DATA__" type="application/json">'
            + json.dumps({"props": {"pageProps": {"article": {"title": title, "body": blocks}}}},
                         ensure_ascii=False)
            + "</script>"
        )
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f'<title>{title} | Harbour Times</title><meta property="og:type" content="article">'
        f'{meta}</head><body><header><a href="/">Harbour Times</a></header><main><article>'
        f"<h1>{title}</h1><p>{paragraphs[0]}</p><p class=\"more\"><a href=\"/login?next=/n/1\">"
        f"{label}</a></p></article></main><footer>© 2026 Harbour Times</footer></body></html>"
    ).encode()


def _clean(language: str, where: str, body: list[str] | None = None) -> Article:
    raw = RawPage(
        f"{language}.html", "html", _page(language, where, body),
        url=f"https://harbourtimes.example/news/2026/12/03/fares-{language}",
    )
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result


def _squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("where", ["jsonld", "state"])
@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_a_teaser_s_whole_article_is_read_from_the_page_s_metadata(
    language: str, where: str
) -> None:
    label, _, paragraphs = ARTICLES[language]
    article = _clean(language, where)
    for paragraph in paragraphs:
        assert _squeezed(paragraph) in _squeezed(article.text), paragraph
    assert label not in article.text


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_a_body_that_does_not_open_with_the_teaser_leaves_it(language: str) -> None:
    """Another article's body of the same size in the state JSON (a related story's): the
    page's text stays its teaser, without the label.  (In JSON-LD, trafilatura itself takes
    an ``articleBody`` longer than the page's text, whatever it holds: not clipper's rule.)"""
    label, _, paragraphs = ARTICLES[language]
    other = sorted(ARTICLES)[(sorted(ARTICLES).index(language) + 1) % len(ARTICLES)]
    article = _clean(language, "state", list(reversed(ARTICLES[other][2])))
    assert _squeezed(article.text) == _squeezed(paragraphs[0])
    assert label not in article.text


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_a_teaser_without_metadata_is_stored_without_its_label(language: str) -> None:
    label, _, paragraphs = ARTICLES[language]
    article = _clean(language, "none")
    assert _squeezed(article.text) == _squeezed(paragraphs[0])
    assert label not in article.text
