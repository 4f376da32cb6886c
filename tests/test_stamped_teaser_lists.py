"""A section page of headlines each followed by its date stamp ("瀬戸内の港で作業船が接触 12/04
10:12") is an index page, not an article (newcomer 38, F8: a Japanese "社会ニュース一覧" of 8 such
lines was stored as an article); a title naming a list ("一覧", "목록", "列表") needs fewer of
them.  A live blog, its entries each opening with their time, and an article with a box of
dated related stories under it stay articles.  Invented pages (clipper.teaserlists)."""

from __future__ import annotations

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage, Rejection

JA_TEASERS = [
    ("瀬戸内の港で作業船が岸壁に接触、けが人なし", "12/04 10:12"),
    ("港湾事務所が会見「風の予測が甘かった」", "12/04 18:45"),
    ("高松市で住宅火災、2人けが", "12/04 08:30"),
    ("県が新年度予算案を発表、港湾整備に重点", "12/03 17:00"),
    ("丸亀市で伝統の祭り、3万人でにぎわう", "12/03 12:10"),
    ("坂出港に新しいクレーンが完成", "12/02 15:20"),
    ("観音寺市の交差点で車3台が絡む事故", "12/02 09:05"),
    ("小豆島でオリーブの収穫始まる", "12/01 11:00"),
]
KO_TEASERS = [
    ("부산항 북항 재개발 2단계 착공", "12.05 15:20"),
    ("외국인 관광객 셔틀버스 이용객 1만명 넘어", "12.05 10:02"),
    ("해운대 해수욕장 겨울 축제 개막", "12.04 18:30"),
]


def _clean(title: str, paragraphs: list[str], lang: str) -> Article | Rejection:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<main><h1>{title}</h1>{body}</main></body></html>"
    )
    raw = RawPage(origin="p.html", kind="html", body=html.encode(),
                  url="https://minato-shimbun.example/news/society/20261205",
                  fetched_at="2026-12-05T01:00:00+00:00")  # fmt: skip
    return clean_page(raw, CleanConfig())


def test_a_japanese_section_index_of_stamped_headlines_is_an_index_page() -> None:
    result = _clean("社会ニュース一覧", [f"{h} {s}" for h, s in JA_TEASERS], "ja")
    assert isinstance(result, Rejection)
    assert result.reason == "no-article"
    assert result.detail == "index page: teaser list (8 teasers: headlines each with its date)"


def test_without_a_list_title_five_stamped_headlines_still_make_an_index() -> None:
    lines = [f"{h} {s}" for h, s in JA_TEASERS[:6]]
    result = _clean("社会", lines, "ja")
    assert isinstance(result, Rejection) and result.detail.startswith("index page: teaser list")


def test_a_korean_list_titled_so_needs_three() -> None:
    lines = [f"{h} {s}" for h, s in KO_TEASERS]
    result = _clean("사회 기사 목록", lines, "ko")
    assert isinstance(result, Rejection) and result.detail.startswith("index page: teaser list")


def test_a_live_blog_with_its_entry_times_stays_an_article() -> None:
    entries = [
        f"{stamp} {text}"
        for stamp, text in [
            ("12/04 10:12", "瀬戸内の港で作業船が岸壁に接触したとの情報が入りました。港湾事務所に"
                            "よるとけが人はいないということです。詳しい状況を確認しています。"),
            ("12/04 10:40", "港湾事務所は午後から北側の岸壁の使用を止めると発表しました。定期船の"
                            "発着に影響はないとしています。"),
            ("12/04 11:05", "現場の映像では、作業船の船首が岸壁の角にぶつかった跡が見えます。風は"
                            "午前中、最大で秒速十五メートルに達していました。"),
            ("12/04 12:30", "海上保安部が作業船の乗組員から話を聞いています。荷役の準備中に強い風に"
                            "あおられたとみられます。"),
            ("12/04 13:15", "港湾事務所の所長が会見し、風の予測が甘かったと述べました。再発防止策を"
                            "今月中にまとめるとしています。"),
            ("12/04 14:00", "このページの更新はここまでです。続報は港湾ニュースでお伝えします。"),
        ]
    ]
    result = _clean("【速報】港で作業船が接触　ライブ", entries, "ja")
    assert isinstance(result, Article)


def test_an_article_with_dated_related_stories_under_it_stays() -> None:
    article = [
        "香川県の港で４日朝、作業船が岸壁に接触する事故があり、港湾事務所は午後から一部の岸壁の"
        "使用を止めた。けが人はいなかった。",
        "事務所によると、作業船は荷役の準備中に強い風にあおられたとみられる。岸壁の損傷の程度を"
        "調べている。再開の時期は未定で、定期船の発着に影響はないとしている。",
        "港湾事務所の所長は会見で「風の予測が甘かった」と述べ、再発防止策を今月中にまとめる考えを"
        "示した。",
    ]
    related = [f"{h} {s}" for h, s in JA_TEASERS[2:6]]
    result = _clean("港で作業船が岸壁に接触", [*article, *related], "ja")
    assert isinstance(result, Article)
