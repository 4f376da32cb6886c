"""The datelines clipper left at the head of the text (datelines48): an agency's credit between
slashes or in square brackets after the date ("СОФИЯ, 6 декември /БТА/.", "Bucureşti, 6 dec
/Agerpres/ -", "МОСКВА, 6 декабря. /ТАСС/.", "ZAGREB, 6. prosinca [Hina] -"), a site's own
credit before or after its place or alone ("KABARKOTA.COM, JAKARTA -", "SURABAYA,
WARTANUSA.com -", "BERITAKITA.co.id –", "WARTAPAGI, Jakarta -"), and a dateline's month in its
report's language where the page declares another ("KUALA LUMPUR, 6 Dis (Bernama) --" on a
page declaring English).  Each is cut from an HTML page's text and a text dump's alike, an
agency's credits it and dates a page that has no other date (the year of the fetch), a site's
credits no one; a sentence naming a site or an agency stays.  Invented texts and site names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.agencydatelines import agency_dateline, dateline_date
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.placeregion import dateline_region
from clipper.read.zones import written_in
from clipper.reportdatelines import drop_report_dateline
from clipper.sitedatelines import site_address, site_dateline
from tests.conftest import build, exported

FETCHED = "2026-12-07T10:00:00Z"

# A report's two paragraphs in each language (a city's new ferry routes)
REPORTS = {
    "bg": (
        "Общината обяви в понеделник, че от следващата седмица ще пусне две допълнителни "
        "фериботни линии на ден, защото резервациите са нараснали с една трета.",
        "Новото разписание влиза в сила от понеделник, а нощната линия ще се движи само в "
        "събота и неделя.",
    ),
    "ro": (
        "Primăria a anunțat luni că de săptămâna viitoare va introduce două curse suplimentare "
        "de feribot pe zi, deoarece rezervările au crescut cu o treime.",
        "Noul orar intră în vigoare de luni, iar cursa de noapte va circula doar în weekend.",
    ),
    "sr": (
        "Градска управа саопштила је у понедељак да ће од наредне недеље увести две додатне "
        "трајектне линије дневно јер су резервације порасле за трећину.",
        "Нови ред вожње почиње у понедељак, а ноћна линија саобраћа само викендом.",
    ),
    "sr-Latn": (
        "Gradska uprava saopštila je u ponedeljak da će od naredne nedelje uvesti dve dodatne "
        "trajektne linije dnevno jer su rezervacije porasle za trećinu.",
        "Novi red vožnje počinje u ponedeljak, a noćna linija saobraća samo vikendom.",
    ),
    "mk": (
        "Општината соопшти во понеделникот дека од следната недела ќе воведе две дополнителни "
        "траектни линии дневно бидејќи резервациите пораснаа за една третина.",
        "Новиот возен ред почнува во понеделник, а ноќната линија ќе сообраќа само за викенд.",
    ),
    "sq": (
        "Bashkia njoftoi të hënën se nga java e ardhshme do të shtojë dy linja trageti në ditë, "
        "sepse rezervimet janë rritur me një të tretën.",
        "Orari i ri hyn në fuqi të hënën, ndërsa linja e natës do të qarkullojë vetëm në fundjavë.",
    ),
    "ru": (
        "Администрация города сообщила в понедельник, что со следующей недели добавит два "
        "паромных рейса в день, поскольку число бронирований выросло на треть.",
        "Новое расписание начнёт действовать в понедельник, ночной рейс будет только по выходным.",
    ),
    "hr": (
        "Gradska uprava priopćila je u ponedjeljak da će od idućeg tjedna uvesti dvije dodatne "
        "trajektne linije dnevno jer su rezervacije porasle za trećinu.",
        "Novi red plovidbe počinje u ponedjeljak, a noćna linija vozi samo vikendom.",
    ),
    "ar": (
        "أعلنت البلدية يوم الاثنين أنها ستضيف رحلتين إضافيتين للعبارات يوميا اعتبارا من الأسبوع "
        "المقبل بعد أن ارتفعت الحجوزات بمقدار الثلث.",
        "ويبدأ الجدول الجديد يوم الاثنين وتقتصر الرحلة الليلية على عطلة نهاية الأسبوع.",
    ),
    "ms": (
        "Kerajaan negeri mengumumkan pada hari Isnin bahawa dua laluan feri tambahan akan "
        "beroperasi setiap hari sepanjang musim tengkujuh kerana tempahan meningkat.",
        "Jadual baharu mula berkuat kuasa minggu depan dan perkhidmatan malam hanya pada hujung "
        "minggu.",
    ),
    "id": (
        "Pemerintah kota mengumumkan pada hari Senin bahwa dua rute kapal feri tambahan akan "
        "berlayar setiap hari selama musim hujan karena pemesanan terus meningkat.",
        "Jadwal baru mulai berlaku minggu depan dan layanan malam hanya pada akhir pekan.",
    ),
    "vi": (
        "Thành phố thông báo hôm thứ Hai sẽ mở thêm hai chuyến phà mỗi ngày từ tuần tới vì số "
        "lượng đặt chỗ đã tăng một phần ba.",
        "Lịch chạy mới có hiệu lực từ tuần sau và chuyến đêm chỉ chạy vào cuối tuần.",
    ),
}

# (the page's language, an agency's dateline with its credit between slashes or in brackets,
# the author stored, the day it gives a page of no other date, fetched on 7 December 2026)
AGENCY_DATELINES = [
    ("bg", "СОФИЯ, 6 декември /БТА/. ", "БТА", "2026-12-06"),
    ("bg", "София, 6 дек. /БТА/ - ", "БТА", "2026-12-06"),
    ("bg", "РИМ, 5 декември /АНСА/. ", "АНСА", "2026-12-05"),  # another agency, quoted
    ("bg", "СОФИЯ, 6 декември /Фокус/ - ", "Фокус", "2026-12-06"),  # a name, no acronym
    ("ro", "Bucureşti, 6 dec /Agerpres/ - ", "Agerpres", "2026-12-06"),
    ("ro", "Bucureşti, 6 decembrie /Agerpres/ - ", "Agerpres", "2026-12-06"),
    ("sr", "БЕОГРАД, 6. децембра /Танјуг/ - ", "Танјуг", "2026-12-06"),
    ("sr-Latn", "Beograd, 6. decembra /Tanjug/ - ", "Tanjug", "2026-12-06"),
    ("mk", "СКОПЈЕ, 6 декември /МИА/ - ", "МИА", "2026-12-06"),  # a Cyrillic acronym
    ("sq", "Tiranë, 6 dhjetor /ATA/ - ", "ATA", "2026-12-06"),
    ("ru", "МОСКВА, 6 декабря. /ТАСС/. ", "ТАСС", "2026-12-06"),
    ("hr", "ZAGREB, 6. prosinca [Hina] - ", "Hina", "2026-12-06"),  # square brackets
    ("hr", "ZAGREB, 6. prosinca (Hina) - ", "Hina", "2026-12-06"),
    # the Gulf agencies' "في" ("on") between the place and the date, the credit in slashes
    ("ar", "أبوظبي في 6 ديسمبر / وام / ", "وام", "2026-12-06"),
    ("ar", "الدوحة في 6 ديسمبر /قنا/ ", "قنا", "2026-12-06"),
    ("ms", "KUALA LUMPUR, 6 Dis (Bernama) -- ", "Bernama", "2026-12-06"),
    ("ms", "KUALA LUMPUR, 6 Ogos (Bernama) -- ", "Bernama", "2026-08-06"),
    ("ms", "KUALA LUMPUR, 6 Mac (Bernama) -- ", "Bernama", "2026-03-06"),
    ("id", "Jakarta, 6 Des (Antara) - ", "Antara", "2026-12-06"),
    ("id", "Jakarta, 6 Agu (Antara) - ", "Antara", "2026-08-06"),
]

# (the page's language, a site's own dateline, its place as a dateline names it)
SITE_DATELINES = [
    ("id", "KABARKOTA.COM, JAKARTA - ", "JAKARTA"),
    ("id", "Liputan9.com, Jakarta - ", "Jakarta"),
    ("id", "SUARATIMUR.co.id, SURABAYA - ", "SURABAYA"),
    ("id", "WARTAHARIAN.CO.ID, JAKARTA -- ", "JAKARTA"),
    ("id", "KORANPAGI.CO.ID - JAKARTA. ", "JAKARTA"),  # a dash, the place, a full stop
    ("id", "JAKARTA, WARTANUSA.com - ", "JAKARTA"),  # the place first
    ("id", "CIREBON, WARTANUSA.com - ", "CIREBON"),  # a town clipper does not know
    ("id", "WARTAPAGI, Jakarta - ", "Jakarta"),  # a name in capitals before a known place
    ("id", "BERITAKITA.co.id – ", None),  # the site alone
    ("vi", "TINMOI.VN - ", None),
    ("id", "Jakarta (Beritanusa.com) - ", None),  # in parentheses: a site's, as a network's
    ("vi", "(Baophamoi.vn) - ", None),
]


def _html(language: str, paragraphs: tuple[str, ...], declared: str | None = None) -> Article:
    body = "".join(f"<p>{p}</p>" for p in (*paragraphs, *paragraphs))
    lang = declared or language
    html = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Feri</title>"
        f"</head><body><article><h1>Feri baharu dua kali sehari</h1>{body}</article></body></html>"
    )
    raw = RawPage(
        origin="crawl.warc@0",
        kind="html",
        body=html.encode(),
        url="https://www.berita-feri.example/kota/feri-baru",
        fetched_at=FETCHED,
    )
    got = clean_page(raw, CleanConfig())
    assert isinstance(got, Article), got
    return got


def _dump(language: str, paragraphs: tuple[str, ...]) -> Article:
    body = "Feri baharu dua kali sehari\n\n" + "\n\n".join(paragraphs) + "\n"
    raw = RawPage(origin="dumps/feri.txt", kind="text", body=body, fetched_at=FETCHED,
                  language=language)  # fmt: skip
    got = clean_page(raw, CleanConfig())
    assert isinstance(got, Article), got
    return got


def _cleaned(kind: str, language: str, paragraphs: tuple[str, ...]) -> Article:
    return _html(language, paragraphs) if kind == "html" else _dump(language, paragraphs)


@pytest.mark.parametrize("kind", ["html", "dump"])
@pytest.mark.parametrize(("language", "dateline", "author", "day"), AGENCY_DATELINES)
def test_an_agencys_wrapped_credit_is_cut_credits_it_and_dates_the_page(
    kind: str, language: str, dateline: str, author: str, day: str
) -> None:
    report = REPORTS[language.split("-")[0] if language != "sr-Latn" else language]
    got = _cleaned(kind, language.split("-")[0], (dateline + report[0], report[1]))
    assert got.text.split("\n")[:2] == list(report)
    assert got.author == author
    assert got.published is not None and got.published[:10] == day


@pytest.mark.parametrize("kind", ["html", "dump"])
@pytest.mark.parametrize(("language", "dateline", "place"), SITE_DATELINES)
def test_a_sites_own_dateline_is_cut_and_credits_no_one(
    kind: str, language: str, dateline: str, place: str | None
) -> None:
    report = REPORTS[language]
    got = _cleaned(kind, language, (dateline + report[0], report[1]))
    assert got.text.split("\n")[:2] == list(report)
    assert got.author is None


@pytest.mark.parametrize(("language", "dateline", "place"), SITE_DATELINES)
def test_a_sites_dateline_reads_its_place(language: str, dateline: str, place: str | None) -> None:
    paragraph = dateline + REPORTS[language][0]
    found = site_dateline(paragraph, language)
    if dateline.lstrip().startswith("(") or "(" in dateline:
        assert found is None  # a parenthesis: the agencies' credit opening reads it
        return
    assert found is not None
    assert (found.place, paragraph[found.end :]) == (place, REPORTS[language][0])


def test_a_sites_or_a_wrapped_credits_dateline_names_the_pages_country() -> None:
    text = "KABARKOTA.COM, JAKARTA - " + REPORTS["id"][0]
    assert dateline_region("id", text) == "ID"
    assert dateline_region("id", "JAKARTA, WARTANUSA.com - " + REPORTS["id"][0]) == "ID"
    assert dateline_region("bg", "СОФИЯ, 6 декември /БТА/. " + REPORTS["bg"][0]) == "BG"
    assert dateline_region("ro", "Bucureşti, 6 dec /Agerpres/ - " + REPORTS["ro"][0]) == "RO"
    assert dateline_region("mk", "СКОПЈЕ, 6 декември /МИА/ - " + REPORTS["mk"][0]) == "MK"
    assert dateline_region("ms", "KUALA LUMPUR, 6 Dis (Bernama) -- " + REPORTS["ms"][0]) == "MY"


def test_a_malay_month_is_read_on_a_page_declaring_english() -> None:
    # Bernama's Malay report on a page whose markup declares English: the dateline's month is
    # read in the report's language
    report = REPORTS["ms"]
    got = _html("ms", ("KUALA LUMPUR, 6 Dis (Bernama) -- " + report[0], report[1]), "en")
    assert got.published is not None and got.published[:10] == "2026-12-06"
    assert got.text.split("\n")[:2] == list(report)
    # and on a page declaring Indonesian, whose December is "Des"
    got = _html("ms", ("KUALA LUMPUR, 6 Dis (Bernama) -- " + report[0], report[1]), "id")
    assert got.published is not None and got.published[:10] == "2026-12-06"


def test_a_yearless_wrapped_dateline_takes_the_fetchs_year() -> None:
    from datetime import UTC, datetime

    paragraph = "СОФИЯ, 6 декември /БТА/. " + REPORTS["bg"][0]
    with written_in("bg", None, None):
        assert dateline_date(paragraph, datetime(2026, 12, 7, tzinfo=UTC)) == "2026-12-06"
        # fetched on 2 January: last year's December
        assert dateline_date(paragraph, datetime(2027, 1, 2, tzinfo=UTC)) == "2026-12-06"
        assert dateline_date(paragraph, None) is None
    found = agency_dateline(paragraph)
    assert found is not None and (found.place, found.date, found.agency) == (
        "СОФИЯ", "6 декември", "БТА"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        # a sentence naming a site or an agency
        ("en", "KABARKOTA.COM reported that the city would add two ferry crossings a day "
               "from next week."),
        ("bg", "/БТА/ е държавната агенция на страната и публикува новини всеки ден от "
               "седмицата."),
        ("id", "Liputan9.com - yang menyebut pemerintah kota mengumumkan dua rute kapal "
               "tambahan hari ini."),
        # a title after a site's name
        ("id", "BERITAKITA.co.id: Berita Terkini Hari Ini"),
        # an abbreviation with dots is no site
        ("en", "U.S. — The city said on Monday it would run two extra crossings a day through "
               "the winter."),
        # a figure and a word between slashes that names no month: no date, no credit
        ("fr", "Paris, 3 000 manifestants /Estimation/ - Le cortège est parti de la place de "
               "la République vers midi."),
        # an Arabic sentence's verb and subject before "في" ("on") and a date, no place
        (
            "ar",
            "أعلنت البلدية في 6 ديسمبر / وام / أنها ستضيف رحلتين إضافيتين للعبارات يوميا خلال "
            "الشتاء.",
        ),
        # a name in capitals before a place clipper does not know
        ("id", "WARTAPAGI, Kampung Melayu - Pemerintah kota mengumumkan dua rute kapal "
               "tambahan hari ini."),
        # a date of figures between slashes stays a date, its credit in parentheses read
    ],
)  # fmt: skip
def test_what_is_no_dateline_stays(language: str, paragraph: str) -> None:
    with written_in(language, None, None):
        lines, cut = drop_report_dateline([paragraph, "Second paragraph."])
    assert cut is None
    assert lines == [paragraph, "Second paragraph."]


def test_a_numeric_date_with_slashes_is_still_a_date() -> None:
    paragraph = "Rabat, 04/12/2026 (MAP) - " + REPORTS["ro"][0]
    found = agency_dateline(paragraph)
    assert found is not None and (found.date, found.agency) == ("04/12/2026", "MAP")


def test_a_site_address_is_a_public_suffixs_name() -> None:
    assert site_address("KABARKOTA.COM") and site_address("BERITAKITA.co.id")
    assert site_address("TINMOI.VN") and site_address("Liputan9.com")
    assert not site_address("U.S") and not site_address("St.Louis") and not site_address("D.C")
    assert not site_address("WARTAPAGI") and not site_address("feri.example")


@pytest.mark.parametrize(
    ("language", "dateline"),
    [("bg", "СОФИЯ, 6 декември /БТА/. "), ("id", "KABARKOTA.COM, JAKARTA - "),
     ("ro", "Bucureşti, 6 dec /Agerpres/ - ")],
)  # fmt: skip
def test_copies_with_and_without_the_dateline_store_one_text(
    tmp_path: Path, language: str, dateline: str
) -> None:
    report = REPORTS[language]
    paths = []
    for name, url, lead in (
        ("a.jsonl", "https://www.berita-feri.example/a/1", dateline + report[0]),
        ("b.jsonl", "https://www.cermin-feri.example/b/2", report[0]),
    ):
        record = {"url": url, "title": "Feri", "published": "2026-12-07T09:30:00",
                  "language": language, "text": f"{lead}\n{report[1]}"}  # fmt: skip
        path = tmp_path / name
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(path)
    archive, _summary = build(tmp_path / "clipper.db", paths)
    archive.close()
    pages = list(exported(tmp_path / "clipper.db").values())
    assert len(pages) == 2
    assert {page["text"] for page in pages} == {"\n".join(report)}
