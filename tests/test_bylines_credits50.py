"""Bylines and agency credits the last desks left unread (credits50; newcomers 49a, 49b): a
byline at the text's top and an agency's dateline below it are both kept, the reporter first
(ISNA's "خبرنگار: …" over "تهران- ایسنا-" credited the agency alone); Chinese and Korean
bylines standing alone on a line or a paper's own bracket and reporter ("文／記者陳小明",
"記者陳小明／台北報導", "[아시아경제 홍길동 기자]", "홍길동 기자 =") are cut and stored as the
author, so ``search --author`` finds them; a paper's own name in brackets naming its site
("【大紀元】") is cut and credits no one; credits joined by Arabic's or Persian's "و" ("رويترز
وأ ف ب") are read as a list, "رويترز" whole; an Arab agency's dateline of spaced fields
("الرياض 07 ديسمبر 2026 واس") is cut, credits its agency and dates the page.  Each on an HTML
page and a text dump alike.  Invented texts, names, places and sites."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.agencycredits import and_parts, credited_agencies
from clipper.clean import clean_page
from clipper.cli import cli
from clipper.closingcredits import closing_credits, cut_credits
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.stopdatelines import stop_dateline
from tests.conftest import build

FETCHED = "2026-12-07T10:00:00Z"

# A report's two paragraphs and a headline in each language (a city's new tram line)
REPORTS = {
    "fa": (
        "توسعه خط تراموا در شهر",
        "شورای شهر روز دوشنبه اعلام کرد که از هفته آینده دو سفر اضافی در روز به خط جدید تراموا "
        "افزوده می‌شود، زیرا شمار مسافران یک سوم بیشتر شده است.",
        "جدول زمانی تازه از دوشنبه اجرا می‌شود و سفر شبانه تنها در روزهای تعطیل خواهد بود.",
    ),
    "en": (
        "City adds tram services",
        "The city council said on Monday it would add two extra tram services a day on the new "
        "line from next week because passenger numbers had risen by a third.",
        "The new timetable starts on Monday, and the night service will run only at weekends.",
    ),
    "ar": (
        "خط ترام جديد في المدينة",
        "أعلنت بلدية المدينة يوم الاثنين أنها ستضيف رحلتين إضافيتين للترام يوميا على الخط الجديد "
        "اعتبارا من الأسبوع المقبل بسبب زيادة عدد الركاب بمقدار الثلث.",
        "وسيبدأ العمل بالجدول الجديد يوم الاثنين، على أن تقتصر الرحلة الليلية على عطلات نهاية "
        "الأسبوع.",
    ),
    "zh": (
        "市府宣布新增電車路線",
        "市政府昨日宣布，將於明年起增加三條電車路線，以應付乘客人數上升的需求，並會檢討票價。",
        "新路線將於下月通車，晚間班次只在週末行駛，市民可於網上查閱時間表及票價詳情。",
    ),
    "ko": (
        "시, 새 노면전차 노선 증편",
        "시는 6일 내년부터 새 노면전차 노선의 운행을 하루 두 차례 늘리고 요금도 재검토하겠다고 "
        "밝혔다.",
        "새 시간표는 다음 달부터 적용되며 야간 운행은 주말에만 한다. 시는 의견도 듣기로 했다.",
    ),
}


def _html(
    language: str, paragraphs: tuple[str, ...], url: str = "https://www.tram-news.example/a/1",
    site_name: str | None = None,
) -> Article:  # fmt: skip
    title = REPORTS[language][0]
    named = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        f'<html lang="{language}"><head><meta charset="utf-8">{named}<title>{title}</title>'
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )
    raw = RawPage(origin="tram.html", kind="html", body=page, fetched_at=FETCHED, url=url)
    got = clean_page(raw, CleanConfig())
    assert isinstance(got, Article), got
    return got


def _dump(
    language: str, paragraphs: tuple[str, ...], url: str | None = None, site: str | None = None
) -> Article:
    body = REPORTS[language][0] + "\n\n" + "\n\n".join(paragraphs) + "\n"
    raw = RawPage(origin="dumps/tram.txt", kind="text", body=body, fetched_at=FETCHED,
                  language=language, url=url, site=site)  # fmt: skip
    got = clean_page(raw, CleanConfig())
    assert isinstance(got, Article), got
    return got


def _read(kind: str, language: str, paragraphs: tuple[str, ...]) -> Article:
    return _html(language, paragraphs) if kind == "html" else _dump(language, paragraphs)


# (language, the byline line at the text's top, the agency's dateline opening the report, the
# author stored: the reporter first, then the agency)
BYLINE_OVER_DATELINE = [
    ("fa", "خبرنگار: علی رضایی", "تهران- ایسنا- ", "علی رضایی; ایسنا"),
    ("en", "By Jane Roe", "LONDON (Reuters) - ", "Jane Roe; Reuters"),
    ("ar", "بقلم: منى سعيد", "دبي - وام - ", "منى سعيد; وام"),
    ("ar", "كتب - محمد علي", "الرياض 07 ديسمبر 2026 واس ", "محمد علي; واس"),
    ("zh", "記者陳小明", "（中央社台北7日電）", "陳小明; 中央社"),
    ("ko", "홍길동 기자", "(서울=연합뉴스) ", "홍길동; 연합뉴스"),
]  # fmt: skip


@pytest.mark.parametrize("kind", ["html", "dump"])
@pytest.mark.parametrize(("language", "byline", "dateline", "author"), BYLINE_OVER_DATELINE)
def test_a_byline_over_an_agencys_dateline_keeps_the_reporter_and_the_agency(
    kind: str, language: str, byline: str, dateline: str, author: str
) -> None:
    _, first, second = REPORTS[language]
    got = _read(kind, language, (byline, dateline + first, second))
    assert got.author == author
    assert got.text.split("\n") == [first, second]


def test_the_agencys_own_page_names_its_reporter() -> None:
    """On the agency's own site the dateline's credit is the site's own name, which beside a
    writer is no author (as "Jane Roe; Reuters" on reuters.com is "Jane Roe"): ISNA's page
    stored "ایسنا" and lost its reporter."""
    _, first, second = REPORTS["fa"]
    got = _html(
        "fa", ("خبرنگار: علی رضایی", "خوزستان- ایسنا- " + first, second),
        url="https://www.isna.example/news/1405", site_name="ایسنا",
    )  # fmt: skip
    assert got.author == "علی رضایی"
    assert got.text.split("\n") == [first, second]
    # a paper's own name beside an agency is still no author
    _, first, second = REPORTS["en"]
    paper = _html("en", ("By Tram Times", "LONDON (Reuters) - " + first, second),
                  url="https://www.tramtimes.example/a/1", site_name="Tram Times")  # fmt: skip
    assert paper.author == "Reuters"


# (language, the byline as the text opens with it: a line of its own or run into the first
# paragraph, the author stored)
CJK_BYLINES = [
    ("zh", ("文／記者陳小明",), "陳小明"),
    ("zh", ("文/陈小明",), "陈小明"),
    ("zh", ("撰文：記者 林美華",), "林美華"),
    ("zh", ("記者陳小明／台北報導",), "陳小明"),
    ("zh", ("記者陳小明、林美華／綜合報導",), "陳小明; 林美華"),
    ("zh", ("记者 王小明",), "王小明"),
    ("ko", ("[아시아경제 홍길동 기자]",), "홍길동"),
    ("ko", ("[아시아경제 홍길동 기자] ",), "홍길동"),
    ("ko", ("【파이낸셜뉴스 김민수 이지은 기자】",), "김민수; 이지은"),
    ("ko", ("[이데일리 뉴욕=김민수 특파원] ",), "김민수"),
    ("ko", ("[뉴시스 홍길동 기자] ",), "홍길동; 뉴시스"),
    ("ko", ("홍길동 기자 = ",), "홍길동"),
    ("ko", ("홍길동 기자",), "홍길동"),
]  # fmt: skip


@pytest.mark.parametrize("kind", ["html", "dump"])
@pytest.mark.parametrize(("language", "byline", "author"), CJK_BYLINES)
def test_a_chinese_or_korean_byline_is_cut_and_names_the_author(
    kind: str, language: str, byline: tuple[str], author: str
) -> None:
    _, first, second = REPORTS[language]
    (written,) = byline
    paragraphs = (written + first, second) if written.endswith(" ") else (written, first, second)
    got = _read(kind, language, paragraphs)
    assert got.author == author
    assert got.text.split("\n") == [first, second]


@pytest.mark.parametrize("kind", ["html", "dump"])
@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        # the reporters' word opening another word: a news conference, the press corps
        ("zh", "記者會上，市長表示新路線將於下月通車，晚間班次只在週末行駛，市民可於網上查閱。"),
        ("zh", "記者團昨日參觀了新電車路線，並與司機及乘客交談，了解新班次的安排和票價。"),
        # a sentence naming a reporter, not a byline: it goes on after the title
        ("ko", "홍길동 기자는 6일 새 노면전차 노선을 직접 타 보고 승객들의 의견을 들었다."),
    ],
)  # fmt: skip
def test_a_sentence_about_reporters_stays(kind: str, language: str, paragraph: str) -> None:
    _, first, second = REPORTS[language]
    got = _read(kind, language, (paragraph, first, second))
    assert got.text.split("\n")[0] == paragraph
    assert got.author is None


@pytest.mark.parametrize("kind", ["html", "dump"])
def test_a_photographers_credit_names_no_author(kind: str) -> None:
    _, first, second = REPORTS["zh"]
    got = _read(kind, "zh", ("記者陳小明攝", first, second))
    assert got.author is None


def test_search_finds_a_text_dumps_chinese_and_korean_reporters(tmp_path: Path) -> None:
    """Newcomer 49b: a text dump's "文／記者陳小明" was cut and no author stored, so ``search
    --author 陳小明`` found nothing."""
    night = tmp_path / "night"
    night.mkdir()
    _, zh_first, zh_second = REPORTS["zh"]
    _, ko_first, ko_second = REPORTS["ko"]
    (night / "tram-zh.txt").write_text(
        f"{REPORTS['zh'][0]}\n\n文／記者陳小明\n\n{zh_first}\n\n{zh_second}\n", encoding="utf-8"
    )
    (night / "tram-ko.txt").write_text(
        f"{REPORTS['ko'][0]}\n\n[아시아경제 홍길동 기자] {ko_first}\n\n{ko_second}\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "night.db")
    build(Path(db), [night])[0].close()

    def found(query: str, name: str) -> list[dict[str, Any]]:
        result = CliRunner().invoke(cli, ["search", query, "--author", name, "--db", db, "--json"])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines()]

    for name in ("陳小明", "陈小明"):
        assert [hit["title"] for hit in found("電車", name)] == [REPORTS["zh"][0]]
    assert [hit["title"] for hit in found("노면전차", "홍길동")] == [REPORTS["ko"][0]]
    assert found("電車", "林美華") == []


@pytest.mark.parametrize(
    ("opening", "site_name", "cut"),
    [
        ("【大紀元】", "大紀元時報", True),  # the site's name opens with it
        ("【大紀元】", "大紀元", True),
        ("【快訊】", "大紀元時報", False),  # a label: no site's name
        ("【大紀元】", None, False),  # on a site of another name (the address's): not read
    ],
)  # fmt: skip
def test_a_papers_own_name_in_brackets_is_cut_on_its_own_page(
    opening: str, site_name: str | None, cut: bool
) -> None:
    _, first, second = REPORTS["zh"]
    got = _html("zh", (opening + first, second), url="https://www.daiji.example/b5/1",
                site_name=site_name)  # fmt: skip
    assert got.text.split("\n")[0] == (first if cut else opening + first)
    assert got.author is None  # a paper is no agency: it credits no one


def test_a_dumps_own_name_in_brackets_is_cut_by_its_records_site() -> None:
    _, first, second = REPORTS["zh"]
    got = _dump("zh", ("【大紀元】" + first, second), site="大紀元")
    assert got.text.split("\n") == [first, second]
    assert got.author is None


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        ("رويترز وأ ف ب", ("Reuters", "AFP")),
        ("أ ف ب ورويترز", ("AFP", "Reuters")),
        ("أ ف ب ورويترز ووام", ("AFP", "Reuters", "WAM")),
        ("وام وواس", ("WAM", "SPA")),
        ("رویترز و خبرگزاری فرانسه", ("Reuters", "AFP")),  # Persian's "و" a word of its own
        ("وام", ("WAM",)),
        ("رويترز", ("Reuters",)),
        ("أ ف ب، رويترز", ("AFP", "Reuters")),
        # no agency's credit: a verb, a byline's word
        ("وقال رويترز", ()),
        ("كتب ورويترز", ()),
    ],
)  # fmt: skip
def test_credits_joined_by_and_are_read_as_a_list(credit: str, agencies: tuple[str, ...]) -> None:
    assert credited_agencies(credit) == agencies
    closing = "أعلنت البلدية الخطة يوم الاثنين.\n"
    for line in (credit, f"({credit})", f"المصدر: {credit}"):
        assert closing_credits(closing + line) == frozenset(agencies), line


def test_a_list_keeps_each_credit_as_written() -> None:
    whole = lambda part: bool(credited_agencies(part, joined=False))  # noqa: E731
    assert and_parts("رويترز وأ ف ب", whole) == [
        "رويترز", "أ ف ب"
    ]  # fmt: skip
    read = ["أعلنت البلدية الخطة يوم الاثنين.", "المصدر: رويترز وأ ف ب"]
    assert cut_credits(read, read[:1], 300) == ("رويترز", "أ ف ب")


@pytest.mark.parametrize("kind", ["html", "dump"])
def test_a_closing_list_of_agencies_is_cut_and_credited(kind: str) -> None:
    _, first, second = REPORTS["ar"]
    got = _read(kind, "ar", (first, second, "رويترز وأ ف ب"))
    assert got.text.split("\n") == [first, second]
    assert got.author == "رويترز; أ ف ب"


# (the dateline, the author, the day)
ARAB_DATELINES = [
    ("الرياض 07 ديسمبر 2026 واس ", "واس", "2026-12-07"),
    ("الرياض 16 جمادى الآخرة 1448 هـ الموافق 07 ديسمبر 2026 م واس ", "واس", "2026-12-07"),
    ("دبي 6 ديسمبر 2026 وام - ", "وام", "2026-12-06"),
    ("القاهرة 6 ديسمبر 2026 أ ف ب ", "أ ف ب", "2026-12-06"),
    ("دبي في 7 ديسمبر/وام/ ", "وام", "2026-12-07"),
]  # fmt: skip


@pytest.mark.parametrize("kind", ["html", "dump"])
@pytest.mark.parametrize(("dateline", "author", "day"), ARAB_DATELINES)
def test_an_arab_agencys_spaced_dateline_is_cut_credits_it_and_dates_the_page(
    kind: str, dateline: str, author: str, day: str
) -> None:
    _, first, second = REPORTS["ar"]
    got = _read(kind, "ar", (dateline + first, second))
    assert got.text.split("\n") == [first, second]
    assert got.author == author
    assert got.published is not None and got.published[:10] == day


@pytest.mark.parametrize(
    "opening",
    [
        "الرياض 07 ديسمبر 2026 ",  # a place and a date, no credit
        "في 7 ديسمبر 2026 رويترز ",  # a sentence's date ("on 7 December Reuters …")
        "الرياض 07 جمادى الآخرة 1448 واس ",  # no month of the Gregorian calendar
    ],
)
def test_what_is_no_spaced_dateline_stays(opening: str) -> None:
    _, first, _ = REPORTS["ar"]
    assert stop_dateline(opening + first, "ar") is None
