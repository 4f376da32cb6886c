"""A page's date line written with East Asian hour units or a Thai clock ("2026年12月3日 14時30分",
"令和８年１２月３日　午後２時３０分", "3 ธ.ค. 2569 14:30 น.") dates the page and leaves its text, as
an English or German one does; an update's label closing its line ("2026年12月3日 18時05分 更新")
or opening a yearless stamp ("最終更新:12/3(木) 15:10", under the article as Yahoo!ニュース
prints it) gives the page's update, not its posting.  Newcomer 49b: NHK's ``<p class="date">``
and the era date lines stayed as the text's first paragraph, and Yahoo's update was not stored.
Invented pages: a city library's new opening hours."""

from __future__ import annotations

import pytest

from clipper.linedates import closing_update
from clipper.page import Article
from clipper.textedges import date_words, is_date_alone, is_dateline

_TEXTS = {
    "ja": (
        "市立図書館は3日、来月から平日の開館時間を午後九時まで延ばすと発表した。仕事帰りの"
        "利用者が増えていることに応えるためだという。",
        "延長する時間帯には閲覧室と自習室を開け、貸し出しの窓口も通常どおり受け付けると"
        "館長は説明した。",
        "市は職員を二人増やし、必要な費用を来年度の予算案に盛り込む方針だとしている。",
    ),
    "zh": (
        "市立圖書館三日宣布，下個月起平日開館時間延長到晚上九點，以回應下班後前來借書的"
        "讀者越來越多的需求。",
        "館長表示，延長的時段將開放閱覽室與自習室，借還書櫃台也照常受理，不另收費。",
        "市府將增聘兩名館員，相關經費會編入明年度的預算案中，送交議會審議。",
    ),
    "ko": (
        "시립도서관은 3일 다음 달부터 평일 개관 시간을 오후 아홉 시까지 늘린다고 밝혔다. 퇴근 "
        "후 도서관을 찾는 이용자가 늘어난 데 따른 조치다.",
        "연장 시간에는 열람실과 자습실을 열고 대출 창구도 평소처럼 운영한다고 관장은 설명했다.",
        "시는 직원 두 명을 더 뽑고 필요한 비용을 내년 예산안에 반영할 계획이다.",
    ),
    "th": (
        "ห้องสมุดเมืองประกาศเมื่อวันพฤหัสบดีว่าจะขยายเวลาเปิดในวันธรรมดาไปจนถึงสามทุ่มตั้งแต่"
        "เดือนหน้า เพื่อรองรับผู้ใช้ที่มาหลังเลิกงานซึ่งมีจำนวนเพิ่มขึ้นเรื่อยๆ",
        "ผู้อำนวยการห้องสมุดกล่าวว่าในช่วงเวลาที่ขยายจะเปิดห้องอ่านหนังสือและห้องศึกษาด้วยตนเอง "
        "และเคาน์เตอร์ยืมคืนหนังสือจะให้บริการตามปกติ",
        "เมืองจะจ้างเจ้าหน้าที่เพิ่มอีกสองคนและจะใส่ค่าใช้จ่ายที่จำเป็นไว้ในงบประมาณปีหน้า",
    ),
    "vi": (
        "Thư viện thành phố hôm thứ Năm thông báo sẽ kéo dài giờ mở cửa các ngày trong tuần "
        "đến chín giờ tối từ tháng sau, vì ngày càng nhiều người đến sau giờ làm.",
        "Giám đốc thư viện cho biết trong khung giờ kéo dài, phòng đọc và phòng tự học vẫn mở "
        "và quầy mượn trả sách hoạt động như thường lệ.",
        "Thành phố sẽ tuyển thêm hai nhân viên và đưa chi phí cần thiết vào dự toán năm tới.",
    ),
}


def _page(
    lang: str, before: str, after: str = "", fetched: str = "2026-12-03T12:00:00Z"
) -> Article:
    from clipper.clean import clean_page
    from clipper.config import CleanConfig
    from clipper.page import RawPage

    texts = _TEXTS[lang]
    headline = texts[0][:14]
    body = "".join(f"<p>{p}</p>" for p in texts)
    page = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title></head>"
        f"<body><article><h1>{headline}</h1>{before}{body}{after}</article></body></html>"
    )
    raw = RawPage(
        origin="t/library",
        kind="html",
        body=page.encode(),
        url="https://library-hours.example/news/3",
        fetched_at=fetched,
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(
    ("lang", "line", "published"),
    [
        ("ja", "2026年12月3日 14時30分", "2026-12-03T14:30:00"),  # NHK's
        ("ja", "令和８年１２月３日　午後２時３０分", "2026-12-03T14:30:00"),  # an era, full-width
        ("ja", "令和八年十二月三日 午後二時三十分", "2026-12-03T14:30:00"),  # kanji numerals
        ("ja", "２０２６年１２月３日　１４時３０分", "2026-12-03T14:30:00"),
        ("zh", "2026年12月03日 14:30 來源：中央社", "2026-12-03T14:30:00"),
        ("zh", "2026年12月3日 下午2點30分", "2026-12-03T14:30:00"),
        ("ko", "2026년 12월 3일 14시 30분", "2026-12-03T14:30:00"),
        ("ko", "입력 2026.12.03 14:30", "2026-12-03T14:30:00"),
        ("th", "3 ธ.ค. 2569 14:30 น.", "2026-12-03T14:30:00"),  # the Thai clock's dot
        ("th", "วันที่ 3 ธันวาคม 2569 เวลา 14:30 น.", "2026-12-03T14:30:00"),
        ("vi", "Thứ năm, 3/12/2026, 14:30 (GMT+7)", "2026-12-03T14:30:00+07:00"),
    ],
)
def test_a_date_line_under_the_headline_dates_the_page_and_leaves_its_text(
    lang: str, line: str, published: str
) -> None:
    article = _page(lang, f"<p class='date'>{line}</p>")
    assert article.published is not None
    assert article.published[:19] == published[:19]
    assert article.text.split("\n")[0] == _TEXTS[lang][0]  # the article's own first paragraph
    assert line not in article.text


def test_an_update_line_closed_by_its_label_is_the_update_not_the_posting() -> None:
    posted = "<p class='date'>2026年12月3日 14時30分</p>"
    updated = "<p class='date'>2026年12月3日 18時05分 更新</p>"
    article = _page("ja", posted + updated, fetched="2026-12-03T12:00:00Z")
    # 18:05 on Japan's clock is 09:05 UTC, before the fetch
    assert (article.published, article.updated) == ("2026-12-03T14:30:00", "2026-12-03T18:05:00")
    assert "更新" not in article.text and "14時30分" not in article.text
    # the only date the page shows: it was published by then (date source "updated")
    article = _page("ja", "<p class='date'>2026年12月3日 18時05分更新</p>")
    assert (article.published, article.date_source) == ("2026-12-03T18:05:00", "updated")
    assert article.updated == "2026-12-03T18:05:00"


@pytest.mark.parametrize(
    "update_html",
    [
        "<p>最終更新:12/3(木) 15:10</p>",  # ending the article, as Yahoo!ニュース prints it
        "",
    ],
)
def test_a_yahoo_update_ending_the_article_is_the_pages_update(update_html: str) -> None:
    article = _page("ja", "<p class='date'>12/3(木) 14:30配信</p>", update_html)
    assert (article.published, article.date_source) == ("2026-12-03T14:30:00", "guessed")
    assert article.updated == ("2026-12-03T15:10:00" if update_html else None)
    assert article.text.split("\n")[-1] == _TEXTS["ja"][-1]  # the line left the text


def test_a_yahoo_update_stamp_under_the_posting_stamp() -> None:
    stamps = "<p class='date'>12/3(木) 14:30配信</p><p class='date'>12/3(木) 15:10更新</p>"
    article = _page("ja", stamps)
    assert (article.published, article.updated) == ("2026-12-03T14:30:00", "2026-12-03T15:10:00")
    assert "配信" not in article.text and "更新" not in article.text


def test_east_asian_date_units_are_one_word_with_their_numbers() -> None:
    assert date_words("2026年12月3日 17時20分") == date_words("3.12.2026 17:20") + 3
    assert is_dateline("2026年12月3日 17時20分")
    assert is_dateline("2026년 12월 3일 14시 30분")
    assert not is_dateline("2026年12月3日から2時間延長")  # hours, not a time of day
    assert is_date_alone("令和八年十二月三日 午後二時三十分")
    assert not is_date_alone("2026年12月3日に図書館は開館時間を延ばすと発表した")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2026年12月3日 18時05分 更新", "2026年12月3日 18時05分"),
        ("2026年12月3日 18時05分更新", "2026年12月3日 18時05分"),
        ("2026-12-03 18:05 更新", "2026-12-03 18:05"),
        ("（2026年12月3日 18時05分最終更新）", "2026年12月3日 18時05分"),
        ("更新：2026年12月3日 18:05", None),  # the label before: an "Updated" line already
        ("Updated", None),
    ],
)
def test_an_updates_label_closing_its_line(line: str, date: str | None) -> None:
    assert closing_update(line) == date


def test_a_posting_with_its_update_in_brackets_is_no_update_line() -> None:
    from clipper.dumpdates import update_line

    assert update_line("2026年12月3日 18時05分 更新")
    assert not update_line("2026年12月3日 14時30分（12月3日 18時05分更新）")


def test_a_text_dumps_update_line_closed_by_its_label() -> None:
    from clipper.clean import clean_page
    from clipper.config import CleanConfig
    from clipper.page import RawPage

    def dump(head: str) -> Article:
        text = "図書館の開館時間延長\n\n" + head + "\n\n" + "\n\n".join(_TEXTS["ja"]) + "\n"
        raw = RawPage(origin="t/d.txt", kind="text", body=text, fetched_at="2026-12-03T12:00:00Z")
        article = clean_page(raw, CleanConfig())
        assert isinstance(article, Article), article
        return article

    both = dump("2026年12月3日 14時30分\n2026年12月3日 18時05分 更新")
    assert (both.published, both.updated) == (
        "2026-12-03T14:30:00+09:00",
        "2026-12-03T18:05:00+09:00",
    )
    alone = dump("2026年12月3日 18時05分 更新")
    assert (alone.published, alone.date_source) == ("2026-12-03T18:05:00+09:00", "updated")
