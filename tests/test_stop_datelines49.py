"""The datelines clipper left at the head of the text (datelines49, newcomer 48a): an agency's
dateline whose place, date and credit are set apart by full stops, commas or a dash, the credit
bare ("Bakı. 6 dekabr. REPORT.AZ.", "Bakı, 6 dekabr, APA.", "АСТАНА. KAZINFORM –", "МОСКВА, 6
дек — РИА Новости.", "ТАШКЕНТ, 6 дек — Sputnik."), a place and a date alone before a full stop
("Toshkent, 6 dekabr."), the region's agencies in parentheses ("Tbilisi, 6 December (Trend)
-"); the bracketed credits of Chinese papers ("【明報專訊】", "（本报讯）"), of Jiji in
tortoise-shell brackets ("〔時事〕") and of Newsis in square ones ("[서울=뉴시스]").  Each is cut
from an HTML page's text and a text dump's alike, an agency's credits it, its day dates a page
that has no other, its place names the page's country; a sentence opening with a city and a
full stop, a place and a count, and a company named by its web address before a dash
("Amazon.com — The retailer said …") stay.  Invented texts, places' news and site names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.placeregion import dateline_region
from clipper.read.zones import written_in
from clipper.reportdatelines import drop_report_dateline
from clipper.stopdatelines import stop_dateline
from tests.conftest import build, exported

FETCHED = "2026-12-07T10:00:00Z"

# A report's two paragraphs in each language (a city's new tram line)
REPORTS = {
    "az": (
        "Şəhər icra hakimiyyəti bazar ertəsi bildirib ki, gələn həftədən etibarən yeni tramvay "
        "xətti üzrə gündə iki əlavə reys açılacaq, çünki sərnişinlərin sayı üçdə bir artıb.",
        "Yeni cədvəl bazar ertəsindən qüvvəyə minir, gecə reysi isə yalnız həftə sonları olacaq.",
    ),
    "ru": (
        "Администрация города сообщила в понедельник, что со следующей недели запустит два "
        "дополнительных трамвайных рейса в день, поскольку число пассажиров выросло на треть.",
        "Новое расписание начнёт действовать в понедельник, ночной рейс будет только по выходным.",
    ),
    "uz": (
        "Shahar hokimligi dushanba kuni keyingi haftadan boshlab yangi tramvay yo'nalishida "
        "kuniga ikki qo'shimcha qatnov yo'lga qo'yilishini ma'lum qildi, chunki yo'lovchilar "
        "ko'paydi.",
        "Yangi jadval dushanbadan kuchga kiradi, tungi qatnov esa faqat dam olish kunlari bo'ladi.",
    ),
    "en": (
        "The city council said on Monday it would add two extra tram services a day on the new "
        "line from next week because passenger numbers had risen by a third.",
        "The new timetable starts on Monday, and the night service will run only at weekends.",
    ),
    "hy": (
        "Քաղաքապետարանը երկուշաբթի հայտարարեց, որ հաջորդ շաբաթվանից նոր տրամվայի գծով օրական "
        "երկու լրացուցիչ երթ կավելացնի, քանի որ ուղևորների թիվը մեկ երրորդով աճել է։",
        "Նոր ժամանակացույցը ուժի մեջ կմտնի երկուշաբթի, իսկ գիշերային երթը կլինի միայն "
        "հանգստյան օրերին։",
    ),
    "kk": (
        "Қала әкімдігі дүйсенбі күні келесі аптадан бастап жаңа трамвай желісінде күніне екі "
        "қосымша рейс ашылатынын хабарлады, себебі жолаушылар саны үштен бірге өскен.",
        "Жаңа кесте дүйсенбіден бастап күшіне енеді, ал түнгі рейс тек демалыс күндері болады.",
    ),
    "ka": (
        "ქალაქის მერიამ ორშაბათს განაცხადა, რომ მომავალი კვირიდან ახალ ტრამვაის ხაზზე დღეში "
        "ორ დამატებით რეისს დაამატებს, რადგან მგზავრების რიცხვი მესამედით გაიზარდა.",
        "ახალი განრიგი ორშაბათიდან შევა ძალაში, ღამის რეისი კი მხოლოდ შაბათ-კვირას იქნება.",
    ),
    "de": (
        "Die Stadtverwaltung hat am Montag angekündigt, ab der kommenden Woche zwei zusätzliche "
        "Fahrten pro Tag auf der neuen Straßenbahnlinie anzubieten, weil die Fahrgastzahlen "
        "stiegen.",
        "Der neue Fahrplan gilt ab Montag, die Nachtfahrt gibt es nur am Wochenende.",
    ),
}

# (the page's language, the dateline, the author stored, the day it gives a page of no other
# date, fetched on 7 December 2026, None for none; the country its place names)
DATELINES = [
    ("az", "Bakı. 6 dekabr. REPORT.AZ. ", "Report.az", "2026-12-06", "AZ"),
    ("az", "Bakı, 6 dekabr, APA. ", "APA", "2026-12-06", "AZ"),
    ("az", "Bakı, 6 dekabr (Trend) - ", "Trend", "2026-12-06", "AZ"),
    ("az", "Bakı, 6 dekabr. AZƏRTAC. ", "AZƏRTAC", "2026-12-06", "AZ"),
    ("ru", "АСТАНА. KAZINFORM – ", "Kazinform", None, "KZ"),  # no date
    ("ru", "МОСКВА. 6 декабря. INTERFAX.RU - ", "Interfax", "2026-12-06", "RU"),
    ("ru", "МОСКВА, 6 дек — РИА Новости. ", "РИА Новости", "2026-12-06", "RU"),
    ("ru", "ТАШКЕНТ, 6 дек — Sputnik. ", "Sputnik", "2026-12-06", "UZ"),
    ("ru", "БИШКЕК, 6 дек — АКИpress. ", "АКИpress", "2026-12-06", "KG"),
    ("ru", "МИНСК, 5 декабря. /БЕЛТА/. ", "БЕЛТА", "2026-12-05", "BY"),
    ("kk", "Астана, 6 желтоқсан. Қазинформ. ", "Қазинформ", "2026-12-06", "KZ"),
    ("hy", "Երևան, 6 դեկտեմբերի. Արմենպրես. ", "Արմենպրես", "2026-12-06", "AM"),
    ("en", "Tbilisi, 6 December (Trend) - ", "Trend", "2026-12-06", "GE"),
    # Georgian, whose letters Unicode files as small ones: its place and text are read
    ("ka", "თბილისი, 6 დეკემბერი. ინტერპრესნიუსი. ", "ინტერპრესნიუსი", "2026-12-06", "GE"),
    ("ka", "თბილისი, 6 დეკემბერი (ინტერპრესნიუსი) - ", "ინტერპრესნიუსი", "2026-12-06", "GE"),
    ("ka", "თბილისი — ", None, None, "GE"),  # a paper's place alone
    # a place and a date alone before a full stop: no credit
    ("uz", "Toshkent, 6 dekabr. ", None, "2026-12-06", "UZ"),
    ("de", "Berlin, 5. Dezember. ", None, "2026-12-05", "DE"),
]


def _html(language: str, paragraphs: tuple[str, ...]) -> Article:
    body = "".join(f"<p>{p}</p>" for p in (*paragraphs, *paragraphs))
    html = (
        f"<!DOCTYPE html><html lang='{language}'><head><meta charset='utf-8'><title>Tramvay</title>"
        f"</head><body><article><h1>Tramvay</h1>{body}</article></body></html>"
    )
    url = "https://www.tramvay-xeber.example/seher/tram"
    raw = RawPage(origin="crawl.warc@0", kind="html", body=html.encode(), url=url,
                  fetched_at=FETCHED)  # fmt: skip
    got = clean_page(raw, CleanConfig())
    assert isinstance(got, Article), got
    return got


def _dump(language: str, paragraphs: tuple[str, ...]) -> Article:
    body = "Tramvay\n\n" + "\n\n".join(paragraphs) + "\n"
    raw = RawPage(origin="dumps/tram.txt", kind="text", body=body, fetched_at=FETCHED,
                  language=language)  # fmt: skip
    got = clean_page(raw, CleanConfig())
    assert isinstance(got, Article), got
    return got


@pytest.mark.parametrize("kind", ["html", "dump"])
@pytest.mark.parametrize(("language", "dateline", "author", "day", "country"), DATELINES)
def test_a_dateline_of_full_stops_is_cut_credits_its_agency_and_dates_the_page(
    kind: str, language: str, dateline: str, author: str | None, day: str | None, country: str
) -> None:
    report = REPORTS[language]
    paragraphs = (dateline + report[0], report[1])
    got = _html(language, paragraphs) if kind == "html" else _dump(language, paragraphs)
    assert got.text.split("\n")[:2] == list(report)
    assert got.author == author
    if day is not None:
        assert got.published is not None and got.published[:10] == day


@pytest.mark.parametrize(("language", "dateline", "author", "day", "country"), DATELINES)
def test_a_dateline_of_full_stops_names_the_pages_country(
    language: str, dateline: str, author: str | None, day: str | None, country: str
) -> None:
    assert dateline_region(language, dateline + REPORTS[language][0]) == country


@pytest.mark.parametrize(
    ("language", "paragraph", "agency"),
    [
        ("ka", "თბილისი, 6 დეკემბერი. ინტერპრესნიუსი. " + REPORTS["ka"][0], "Interpressnews"),
        ("kk", "АСТАНА. ҚазАқпарат – " + REPORTS["kk"][0], "Kazinform"),
    ],
)  # fmt: skip
def test_the_regions_agencies_are_read_in_their_scripts(
    language: str, paragraph: str, agency: str
) -> None:
    found = stop_dateline(paragraph, language)
    assert found is not None and found.agency == agency


def test_the_longest_dateline_is_cut_and_its_parts_read() -> None:
    paragraph = "Bakı. 6 dekabr. REPORT.AZ. " + REPORTS["az"][0]
    found = stop_dateline(paragraph, "az")
    assert found is not None
    assert (found.place, found.date, found.credit, found.agency) == (
        "Bakı", "6 dekabr", "REPORT.AZ", "Report.az"
    )  # fmt: skip
    assert paragraph[found.end :] == REPORTS["az"][0]
    # a site's address no agency is listed as credits no one
    found = stop_dateline("Bakı, 6 dekabr, XEBERLER.AZ. " + REPORTS["az"][0], "az")
    assert found is not None and (found.credit, found.agency) == ("XEBERLER.AZ", None)


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        # a sentence opening with a city and a full stop; a Georgian sentence's first words
        ("ka", "ქალაქის მერიამ. " + REPORTS["ka"][0]),
        ("en", "Paris. The city said on Monday it would add two extra tram services a day on the "
               "new line from next week."),
        ("ru", "Москва. Город объявил в понедельник, что со следующей недели запустит два "
               "дополнительных трамвайных рейса."),
        # a place and a count, no date
        ("de", "Berlin, 6 Menschen wurden am Montag verletzt, als eine Straßenbahn in der "
               "Innenstadt mit einem Bus zusammenstieß."),
        # a place and a date with a year and no credit: a press release's, kept
        ("en", "London, 6 December 2026. Harbourline Energy Ltd today announced two new tram "
               "depots for the city and its suburbs."),
        # a place and a date and a comma: the sentence goes on
        ("az", "Bakı, 6 dekabr, səhər saatlarında şəhərin mərkəzində yeni tramvay xətti üzrə "
               "ilk sınaq reysi keçirilib."),
        # no place: a capitalised word before a credit with no date
        ("en", "Reuters. AP – The city council said on Monday it would add two extra tram "
               "services a day on the new line."),
        # a company named by its web address before a dash, or by its name
        ("en", "Amazon.com — The retailer said on Monday it would open three new warehouses in "
               "the region next year as demand grows."),
        ("en", "Booking.com – The travel site said on Monday it would cut its fees for small "
               "hotels in the region next year."),
        ("en", "Amazon. The retailer said on Monday it would open three new warehouses in the "
               "region next year as demand grows."),
        # labels in brackets: a news flash, a photo, Korean's "breaking"
        ("zh", "【快訊】香港政府昨日宣布，將於明年起增加三條電車路線，以應付乘客人數上升的需求。"),
        ("ja", "〔写真〕市は６日、新たな路面電車の路線を発表した。来年から本数を増やすという。"),
        ("ko", "[속보] 시는 6일 내년부터 새 노면전차 노선의 운행을 하루 두 번 늘린다고 밝혔다."),
    ],
)  # fmt: skip
def test_what_is_no_dateline_stays(language: str, paragraph: str) -> None:
    with written_in(language, None, None):
        lines, cut = drop_report_dateline([paragraph, "Second paragraph."])
    assert cut is None
    assert lines == [paragraph, "Second paragraph."]


ZH = "香港政府昨日宣布，將於明年起增加三條電車路線，以應付乘客人數上升的需求，並會檢討票價。"
ZH_HANS = "市政府昨日宣布，将于明年起增加三条电车线路，以应付乘客人数上升的需求，并会检讨票价。"
JA = "市は６日、新たな路面電車の路線を発表した。来年から運行本数を増やし、運賃も見直すという。"
SECOND = {
    "zh": "新路線將於下月通車，晚間班次只在週末行駛，市民可於網上查閱時間表及票價詳情。",
    "ja": "新しい時刻表は来月から適用され、夜間の便は週末だけ運行する。市は声も聞くという。",
    "ko": "새 시간표는 다음 달부터 적용되며 야간 운행은 주말에만 한다. 시는 의견도 듣기로 했다.",
}
KO = "시는 6일 내년부터 새 노면전차 노선의 운행을 하루 두 차례 늘리고 요금도 재검토하겠다고 밝혔다."


@pytest.mark.parametrize(
    ("language", "opening", "text", "author"),
    [
        # a Chinese paper's own credit: cut, no one credited
        ("zh", "【明報專訊】", ZH, None),
        ("zh", "【本報訊】", ZH, None),
        ("zh", "（本报讯）", ZH_HANS, None),
        ("zh", "【星島日報報道】", ZH, None),
        ("zh", "【大紀元2026年12月07日訊】", ZH, None),
        ("zh", "本报北京12月7日电 ", ZH_HANS, None),
        # its dispatch with a reporter: the reporter is the author
        ("zh", "本报北京12月7日电（记者 王小明）", ZH_HANS, "王小明"),
        # Jiji's and Kyodo's credits in tortoise-shell or full-width square brackets
        ("ja", "〔時事〕", JA, "時事"),
        ("ja", "〔ワシントン時事〕", JA, "時事"),
        ("ja", "［北京共同］", JA, "共同"),
        # Newsis's in square or lenticular brackets, a reporter after it or not
        ("ko", "[서울=뉴시스] 홍길동 기자 = ", KO, "홍길동; 뉴시스"),
        ("ko", "【서울=뉴시스】", KO, "뉴시스"),
    ],
)  # fmt: skip
def test_a_bracketed_credit_is_cut_and_credits_its_agency(
    language: str, opening: str, text: str, author: str | None
) -> None:
    got = _dump(language, (opening + text, SECOND[language]))
    assert got.text.split("\n")[0] == text
    assert got.author == author


@pytest.mark.parametrize(
    ("language", "dateline"),
    [("az", "Bakı. 6 dekabr. REPORT.AZ. "), ("ru", "МОСКВА, 6 дек — РИА Новости. "),
     ("ru", "АСТАНА. KAZINFORM – ")],
)  # fmt: skip
def test_copies_with_and_without_the_dateline_store_one_text(
    tmp_path: Path, language: str, dateline: str
) -> None:
    report = REPORTS[language]
    paths = []
    for name, url, lead in (
        ("a.jsonl", "https://www.xeber-tram.example/a/1", dateline + report[0]),
        ("b.jsonl", "https://www.tram-gundem.example/b/2", report[0]),
    ):
        record = {"url": url, "title": "Tram", "published": "2026-12-07T09:30:00",
                  "language": language, "text": f"{lead}\n{report[1]}"}  # fmt: skip
        path = tmp_path / name
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(path)
    archive, _summary = build(tmp_path / "clipper.db", paths)
    archive.close()
    pages = list(exported(tmp_path / "clipper.db").values())
    assert len(pages) == 2
    assert {page["text"] for page in pages} == {"\n".join(report)}
