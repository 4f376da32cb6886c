"""Credits, datelines and bylines a Bangkok and a Tel Aviv desk found left in the text
(credits51; newcomers 50a and 50b): a Thai source line "(ที่มา: รอยเตอร์)" and Vietnamese "Theo
TTXVN", "(Nguồn: TTXVN)" close a report and credit its agency, whose names in every script are
one agency (``--agency รอยเตอร์`` finds what ``--agency Reuters`` does, ``--agency "Thông tấn xã
Việt Nam"`` what ``--agency TTXVN`` does); a paper's or an agency's dateline in Thai, Vietnamese,
Hebrew, Arabic and Persian ("กรุงเทพฯ 7 ธ.ค. -", "HÀ NỘI -", "ירושלים (רויטרס) -", "رام الله
7-12-2026 وفا-", "تهران (ایرنا) -") is cut and credits the agency it names; a Thai or a
Vietnamese byline's word is no part of the name ("โดย", "เรื่อง:", "Tác giả:"), a source label
before an agency's credit gives the agency ("Nguồn: TTXVN"), and a name and its agency in
parentheses keeps both ("Hoàng Ngọc (TTXVN)"); an agency's own site is that agency's
(``--agency ISNA`` finds isna.ir's page, whose byline names its writer alone), in a new archive
and after migration 0109.  Each on an HTML page and a text dump alike where both apply.
Invented texts, names, places and sites."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.agencycredits import credited_agencies
from clipper.agencysites import site_agency
from clipper.bylinekeys import agency_keys, credit_keys
from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from tests.conftest import build

FETCHED = "2026-12-07T10:00:00Z"

# A headline and two paragraphs in each language (a city adds tram services)
REPORTS = {
    "th": (
        "เทศบาลเพิ่มรถรางสายใหม่",
        "เทศบาลนครประกาศเมื่อวันจันทร์ว่าจะเพิ่มเที่ยวรถรางสายใหม่อีกวันละสองเที่ยวตั้งแต่สัปดาห์หน้า "
        "เนื่องจากจำนวนผู้โดยสารเพิ่มขึ้นหนึ่งในสาม",
        "ตารางเวลาใหม่จะเริ่มใช้ในวันจันทร์ และเที่ยวกลางคืนจะให้บริการเฉพาะวันหยุดสุดสัปดาห์เท่านั้น",
    ),
    "vi": (
        "Thành phố tăng chuyến tàu điện",
        "Ủy ban nhân dân thành phố cho biết từ tuần sau sẽ tăng thêm hai chuyến tàu điện mỗi ngày "
        "trên tuyến mới vì lượng hành khách đã tăng một phần ba.",
        "Lịch chạy mới áp dụng từ thứ Hai và chuyến đêm chỉ chạy vào cuối tuần.",
    ),
    "en": (
        "City adds tram services",
        "The city council said on Monday it would add two extra tram services a day on the new "
        "line from next week because passenger numbers had risen by a third.",
        "The new timetable starts on Monday, and the night service will run only at weekends.",
    ),
    "he": (
        "העירייה מוסיפה נסיעות רכבת קלה",
        "העירייה הודיעה ביום שני כי תוסיף שתי נסיעות ביום בקו הרכבת הקלה החדש החל מהשבוע הבא, "
        "משום שמספר הנוסעים גדל בשליש.",
        "לוח הזמנים החדש ייכנס לתוקף ביום שני, והנסיעה הלילית תפעל רק בסופי שבוע.",
    ),
    "ar": (
        "خط ترام جديد في المدينة",
        "أعلنت بلدية المدينة يوم الاثنين أنها ستضيف رحلتين إضافيتين للترام يوميا على الخط الجديد "
        "اعتبارا من الأسبوع المقبل بسبب زيادة عدد الركاب بمقدار الثلث.",
        "وسيبدأ العمل بالجدول الجديد يوم الاثنين، على أن تقتصر الرحلة الليلية على عطلات نهاية "
        "الأسبوع.",
    ),
    "fa": (
        "توسعه خط تراموا در شهر",
        "شورای شهر روز دوشنبه اعلام کرد که از هفته آینده دو سفر اضافی در روز به خط جدید تراموا "
        "افزوده می‌شود، زیرا شمار مسافران یک سوم بیشتر شده است.",
        "جدول زمانی تازه از دوشنبه اجرا می‌شود و سفر شبانه تنها در روزهای تعطیل خواهد بود.",
    ),
}


def _html(language: str, paragraphs: tuple[str, ...], byline: str = "") -> Article:
    title = REPORTS[language][0]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    meta = f'<div class="meta"><span class="author">{byline}</span></div>' if byline else ""
    page = (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{meta}{body}</article></body></html>"
    )
    raw = RawPage(origin="tram.html", kind="html", body=page, fetched_at=FETCHED,
                  url="https://www.tram-news.example/a/1")  # fmt: skip
    got = clean_page(raw, CleanConfig())
    assert isinstance(got, Article), got
    return got


def _dump(language: str, paragraphs: tuple[str, ...]) -> Article:
    body = REPORTS[language][0] + "\n\n" + "\n\n".join(paragraphs) + "\n"
    raw = RawPage(origin="dumps/tram.txt", kind="text", body=body, fetched_at=FETCHED,
                  language=language)  # fmt: skip
    got = clean_page(raw, CleanConfig())
    assert isinstance(got, Article), got
    return got


def _read(kind: str, language: str, paragraphs: tuple[str, ...]) -> Article:
    return _html(language, paragraphs) if kind == "html" else _dump(language, paragraphs)


def _agencies(page: Article) -> list[str]:
    return [key for kind, key, _ in credit_keys(page.author, page.text) if kind == "agency"]


def test_an_agencys_names_in_every_script_are_one_agency() -> None:
    assert agency_keys("รอยเตอร์") == agency_keys("Reuters") == ("reuters",)
    assert agency_keys("สำนักข่าวรอยเตอร์") == ("reuters",)  # "news agency Reuters"
    assert agency_keys("Thông tấn xã Việt Nam") == agency_keys("TTXVN") == ("vna",)
    assert agency_keys("hãng tin AFP") == agency_keys("เอเอฟพี") == ("afp",)
    assert agency_keys("סוכנות הידיעות רויטרס") == ("reuters",)
    assert credited_agencies("สำนักข่าวไทย") == ("TNA",)  # Thai News Agency, not "Thai"
    assert credited_agencies("وفا") == ("WAFA",)
    # a person's name Wafaa, and "news agency" alone, are no credit
    assert credited_agencies("وفاء") == ()
    assert credited_agencies("สำนักข่าว") == credited_agencies("hãng tin") == ()


# (language, the report's closing line, the agency's key, the author it gives)
CLOSINGS = [
    ("th", "(ที่มา: รอยเตอร์)", "reuters", "รอยเตอร์"),
    ("th", "ที่มา : สำนักข่าวไทย", "tna", "สำนักข่าวไทย"),
    ("th", "ที่มา: สำนักข่าวรอยเตอร์", "reuters", "สำนักข่าวรอยเตอร์"),
    ("vi", "Theo TTXVN", "vna", "TTXVN"),
    ("vi", "(Nguồn: TTXVN)", "vna", "TTXVN"),
    ("vi", "Thông tấn xã Việt Nam", "vna", "Thông tấn xã Việt Nam"),
    ("vi", "Theo hãng tin AFP", "afp", "hãng tin AFP"),
]  # fmt: skip


@pytest.mark.parametrize("kind", ["html", "dump"])
@pytest.mark.parametrize(("language", "closing", "key", "author"), CLOSINGS)
def test_a_source_line_closing_a_report_credits_its_agency_and_goes(
    kind: str, language: str, closing: str, key: str, author: str
) -> None:
    _, first, second = REPORTS[language]
    got = _read(kind, language, (first, second, closing))
    assert got.text.split("\n") == [first, second]
    assert got.author == author
    assert _agencies(got) == [key]


def test_a_sentence_according_to_someone_stays() -> None:
    """Vietnamese "Theo" ("according to") before no agency is a sentence's or a person's: kept."""
    _, first, second = REPORTS["vi"]
    said = "Theo ông Lê Văn Bình, giám đốc công ty, lịch chạy mới sẽ giúp giảm tải giờ cao điểm."
    got = _dump("vi", (first, second, said))
    assert got.text.split("\n")[-1] == said
    assert _agencies(got) == []


# (language, the dateline opening the report, the author it gives: its agency or none)
DATELINES = [
    ("th", "กรุงเทพฯ - ", None),
    ("th", "กรุงเทพฯ 7 ธ.ค. - ", None),
    ("th", "กรุงเทพฯ ๗ ธ.ค. - ", None),
    ("th", "กรุงเทพฯ (รอยเตอร์) - ", "รอยเตอร์"),
    ("en", "HANOI: ", None),
    ("en", "HANOI, Dec 7 (Reuters) - ", "Reuters"),
    ("vi", "HÀ NỘI - ", None),
    ("vi", "Hà Nội (TTXVN) - ", "TTXVN"),
    ("he", "ירושלים (רויטרס) - ", "רויטרס"),
    ("he", "תל אביב (TPS) - ", "TPS"),
    ("he", "תל אביב - ", None),
    ("ar", "رام الله 7-12-2026 وفا- ", "وفا"),
    ("ar", "رام الله - وفا - ", "وفا"),
    ("ar", "القاهرة (رويترز) - ", "رويترز"),
    ("fa", "تهران (ایرنا) - ", "ایرنا"),
]  # fmt: skip


@pytest.mark.parametrize("kind", ["html", "dump"])
@pytest.mark.parametrize(("language", "dateline", "author"), DATELINES)
def test_a_dateline_opening_the_report_is_cut_and_credits_its_agency(
    kind: str, language: str, dateline: str, author: str | None
) -> None:
    _, first, second = REPORTS[language]
    got = _read(kind, language, (dateline + first, second))
    assert got.text.split("\n") == [first, second]
    assert got.author == author


# (language, a report's opening that is no dateline)
NOT_DATELINES = [
    ("en", "MELBOURNE 3 December 2026 -- "),  # a press release's place and date, a year
    ("he", "ירושלים (העיר העתיקה) - "),  # no agency in the parenthesis
    ("ar", "رام الله 7-12-2026 "),  # a place and a date, no credit
    ("th", "เชียงราย (ภาคเหนือ) - "),  # a province and its region
]  # fmt: skip


@pytest.mark.parametrize(("language", "opening"), NOT_DATELINES)
def test_an_opening_that_is_no_dateline_stays(language: str, opening: str) -> None:
    _, first, second = REPORTS[language]
    got = _dump(language, (opening + first, second))
    assert got.text.split("\n")[0] == opening + first


# (language, the byline element, the author stored)
BYLINES = [
    ("th", "โดย สมชาย ใจดี", "สมชาย ใจดี"),
    ("th", "เรื่อง: สมชาย ใจดี", "สมชาย ใจดี"),  # its vowel kept: "ใจดี", not "ใจด"
    ("th", "ข่าวโดย สมชาย ใจดี", "สมชาย ใจดี"),
    ("th", "ที่มา: รอยเตอร์", "รอยเตอร์"),
    ("vi", "Nguồn: TTXVN", "TTXVN"),
    ("vi", "Theo TTXVN", "TTXVN"),
    ("vi", "Tác giả: Nguyễn Văn An", "Nguyễn Văn An"),
    ("vi", "Hoàng Ngọc (TTXVN)", "Hoàng Ngọc; TTXVN"),
    ("vi", "PV (Theo TTXVN)", "TTXVN"),  # a designation, then "according to" the agency
    ("en", "Jane Roe (Reuters)", "Jane Roe; Reuters"),
    ("en", "Theo Marsh", "Theo Marsh"),  # a first name, no label
]  # fmt: skip


@pytest.mark.parametrize(("language", "byline", "author"), BYLINES)
def test_a_byline_s_word_or_source_label_is_no_part_of_the_name(
    language: str, byline: str, author: str
) -> None:
    _, first, second = REPORTS[language]
    assert _html(language, (first, second), byline).author == author


def test_an_agencys_own_site_is_that_agencys() -> None:
    assert site_agency("www.isna.ir") == "ISNA"
    assert site_agency("apnews.com") == "AP"  # a listed domain
    assert site_agency("www.efe.com") == "EFE"
    # a paper, a state's site and an airline whose names are a two-letter agency's letters
    assert site_agency("www.tt.com") is None
    assert site_agency("www.pa.gov") is None
    assert site_agency("news.tram-times.example") is None
    keys = credit_keys("علی رضایی", "متن گزارش.", "https://www.isna.ir/news/1405091601/")
    assert ("agency", "isna", 0) in keys


def _paragraphs(template: str, count: int = 5) -> str:
    return "\n".join(template.format(i) for i in range(count))


TRAM_TH = _paragraphs(
    "ย่อหน้าที่ {} เทศบาลนครประกาศเพิ่มเที่ยวรถรางสายใหม่อีกวันละสองเที่ยว เนื่องจากจำนวนผู้โดยสาร"
    "เพิ่มขึ้นอย่างต่อเนื่องในช่วงสามเดือนที่ผ่านมา"
)
TRAM_VI = _paragraphs(
    "Đoạn {}: thành phố sẽ tăng thêm hai chuyến tàu điện mỗi ngày trên tuyến mới vì lượng hành "
    "khách tăng mạnh trong ba tháng qua, theo sở giao thông."
)
TRAM_VI_OTHER = _paragraphs(
    "Đoạn {}: cảng biển của tỉnh sẽ mở thêm một bến container mới vào năm sau để đón tàu lớn, "
    "ban quản lý cảng cho biết hôm thứ Hai."
)
TRAM_FA = _paragraphs(
    "بند {}: شورای شهر اعلام کرد که دو سفر اضافی در روز به خط جدید تراموا افزوده می‌شود زیرا "
    "شمار مسافران در سه ماه گذشته بیشتر شده است."
)


def _record(url: str, title: str, text: str, language: str, **more: Any) -> dict[str, Any]:
    return {"url": url, "title": title, "maintext": text, "language": language,
            "date_publish": "2026-12-07T08:00:00Z", **more}  # fmt: skip


RECORDS = [
    _record("https://thai-tram.example/a/1", "รถรางสายใหม่", TRAM_TH + "\n(ที่มา: รอยเตอร์)", "th"),
    _record("https://tin-tram.example/a/1", "Tàu điện tăng chuyến", TRAM_VI + "\nTheo TTXVN", "vi"),
    _record("https://cang-bien.example/a/1", "Cảng mở bến mới",
            TRAM_VI_OTHER + "\nThông tấn xã Việt Nam", "vi"),
    _record("https://www.isna.ir/news/1405091601/", "تراموا", TRAM_FA, "fa",
            authors=["علی رضایی"]),
]  # fmt: skip


def _write(directory: Path, records: list[dict[str, Any]]) -> Path:
    dump = directory / "night.jsonl"
    dump.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    return dump


def _sites(db: str, *args: str) -> list[str]:
    found = CliRunner().invoke(cli, [*args, "--db", db, "--json"])
    assert found.exit_code == 0, found.output
    return sorted(str(json.loads(line)["site"]) for line in found.stdout.splitlines())


@pytest.fixture(scope="module")
def archive_db(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    build(module_db_url, [_write(tmp_path_factory.mktemp("night"), RECORDS)])[0].close()  # type: ignore[arg-type]
    return module_db_url


def test_search_finds_an_agency_by_any_of_its_names(archive_db: str) -> None:
    assert _sites(archive_db, "clusters", "--agency", "รอยเตอร์") == ["thai-tram.example"]
    assert _sites(archive_db, "clusters", "--agency", "Reuters") == ["thai-tram.example"]
    vna = ["cang-bien.example", "tin-tram.example"]
    assert _sites(archive_db, "clusters", "--agency", "TTXVN") == vna
    assert _sites(archive_db, "clusters", "--agency", "Thông tấn xã Việt Nam") == vna
    assert _sites(archive_db, "clusters", "--agency", "ISNA") == ["isna.ir"]
    assert _sites(archive_db, "clusters", "--agency", "ایسنا") == ["isna.ir"]
    # the writer is the author, the agency no person
    assert _sites(archive_db, "clusters", "--author", "علی رضایی") == ["isna.ir"]


def test_an_archive_of_before_is_keyed_again_by_the_upgrade(
    db_url: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """An archive at 0106 whose credits were keyed before (no site's agency, no Thai or
    Vietnamese spelling of an agency) opened by a command: migration 0109 keys every stored
    page again from its author, text and address."""
    from sqlalchemy import text

    archive = build(db_url, [_write(tmp_path_factory.mktemp("before"), RECORDS)])[0]  # type: ignore[arg-type]
    try:
        with archive.engine.begin() as connection:
            connection.execute(text("DELETE FROM page_credits WHERE kind = 'agency'"))
            connection.execute(text("UPDATE alembic_version SET version_num = '0106'"))
    finally:
        archive.close()
    assert _sites(db_url, "clusters", "--agency", "ISNA") == ["isna.ir"]
    assert _sites(db_url, "clusters", "--agency", "Reuters") == ["thai-tram.example"]
