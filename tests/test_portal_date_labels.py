"""Korean portals' labelled date lines of spaced dots ("입력 2026. 12. 3. 14:30", Daum's; "입력 :
…", "기사입력 …", "오후 2:30", "수정 …" the update) and Yahoo!ニュース's yearless stamp
("12/3(木) 14:30配信", the fetch's year): newcomer 49b's pages were left undated."""

from __future__ import annotations

import pytest

from clipper.page import Article
from clipper.yearlessdates import japanese_stamp, yearless_date

# Invented: a city's new night bus routes, in Korean and in Japanese.
_KO = (
    "시는 3일 심야버스 노선 세 개를 새로 만들어 다음 달부터 운행한다고 밝혔다. 늦은 시간 귀가하는 "
    "시민들의 불편을 줄이기 위한 조치다.",
    "새 노선은 도심과 외곽 주거지를 잇고 배차 간격은 이십 분이며 요금은 기존 버스와 같다고 "
    "담당자는 설명했다.",
)
_JA = (
    "市は3日、深夜バスの路線を三つ新設し、来月から運行すると発表した。遅い時間に帰宅する"
    "市民の不便を減らすための措置だという。",
    "新路線は中心部と郊外の住宅地を結び、運行間隔は二十分で、運賃は既存のバスと同じだと"
    "担当者は説明した。",
)


def _page(lang: str, date_html: str, paragraphs: tuple[str, ...], fetched: str | None) -> Article:
    from clipper.clean import clean_page
    from clipper.config import CleanConfig
    from clipper.page import RawPage

    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>심야버스</title></head><body>"
        f"<article><h1>{paragraphs[0][:12]}</h1>{date_html}{body}</article></body></html>"
    )
    raw = RawPage(
        origin="t/portal",
        kind="html",
        body=page.encode(),
        url="https://night-bus.example/news/3",
        fetched_at=fetched,
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    "line",
    [
        "입력 2026. 12. 3. 14:30",
        "입력 : 2026. 12. 3. 14:30",
        "기사입력 2026. 12. 03. 14:30",
        "입력 2026. 12. 3. 오후 2:30",
    ],
)
def test_a_korean_labelled_date_of_spaced_dots_dates_the_page(line: str) -> None:
    article = _page("ko", f"<p class='date'>{line}</p>", _KO, "2026-12-03T09:00:00Z")
    assert (article.published, article.date_source) == ("2026-12-03T14:30:00", "declared")
    assert "입력" not in article.text


def test_a_korean_posting_and_update_stamp() -> None:
    line = (
        "<p class='info'><span>입력 2026. 12. 3. 14:30</span>"
        "<span>수정 2026. 12. 3. 18:05</span></p>"
    )
    article = _page("ko", line, _KO, "2026-12-03T10:00:00Z")
    assert (article.published, article.updated) == ("2026-12-03T14:30:00", "2026-12-03T18:05:00")


def test_a_yahoo_japan_stamp_takes_the_fetch_s_year() -> None:
    article = _page("ja", "<p class='date'>12/3(木) 14:30配信</p>", _JA, "2026-12-03T09:00:00Z")
    assert (article.published, article.date_source) == ("2026-12-03T14:30:00", "guessed")
    assert "配信" not in article.text
    # no fetch time, no year: undated, the line counted
    article = _page("ja", "<p class='date'>12/3(木) 14:30配信</p>", _JA, None)
    assert (article.published, article.date_unread) == (None, "12/3(木) 14:30配信")


def test_a_japanese_stamp_s_label_and_year() -> None:
    assert japanese_stamp("12/3(木) 14:30配信") is False
    assert japanese_stamp("12/3（木） 15:10更新") is True
    assert japanese_stamp("12/3 14:30") is None  # no weekday: an order in doubt, no stamp
    # a "12/31" fetched on 2 January is of the year before; one days after the fetch, none
    assert yearless_date("12/31(木) 23:00配信", "2027-01-02T09:00:00Z") == "2026-12-31T23:00:00"
    assert yearless_date("12/9(水) 9:05配信", "2026-12-03T09:00:00Z") is None
