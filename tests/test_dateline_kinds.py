"""The datelines agencies and papers write that session 45 left in the text (datelines46): an
agency's with no dash after its credit ("Mumbai, Dec 6 (IANS) The …", "NEW DELHI (Reuters)The
…", "Berlin (dpa). Die …", "PARIS (AFP) La …"), ANI's country in brackets ("New Delhi [India],
December 6 (ANI): …"), places joined by a slash; a staff dateline naming no person ("Staff
Reporter, Karachi:", "নিজস্ব প্রতিবেদক, ঢাকা:", "संवाददाता, पटना:", "De notre correspondant à
Dakar", "Redacción, Madrid.-"), cut and naming no author; a Japanese paper's place and reporter
run together in lenticular brackets ("【ワシントン秋山信一】"), cut, the reporter the author.  A
copy keeping the dateline and one leaving it off store one text.  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.placeregion import dateline_region, place_region
from clipper.reportdatelines import drop_report_dateline
from clipper.staffdatelines import staff_dateline
from tests.conftest import build, exported

_EN = (
    "The provincial cabinet approved a plan on Sunday to build four new water treatment plants "
    "along the river before the next monsoon season begins.",
    "Officials said the plants would serve about two million people in the city's eastern "
    "districts, where supply has been cut twice this year.",
)
_DE = (
    "Die Landesregierung will im kommenden Jahr vier neue Klärwerke am Fluss bauen lassen, wie "
    "ein Sprecher am Sonntag mitteilte.",
    "Die Anlagen sollen rund zwei Millionen Menschen in den östlichen Bezirken der Stadt "
    "versorgen, wo das Wasser zweimal ausfiel.",
)
_FR = (
    "Le gouvernement régional a approuvé dimanche un plan pour construire quatre nouvelles "
    "stations d'épuration le long du fleuve avant la prochaine saison des pluies.",
    "Selon les autorités, ces stations desserviront environ deux millions d'habitants des "
    "quartiers est de la ville, privés d'eau deux fois cette année.",
)
_ES = (
    "El Gobierno regional aprobó el domingo un plan para construir cuatro nuevas depuradoras "
    "a lo largo del río antes de la próxima temporada de lluvias.",
    "Según las autoridades, las plantas darán servicio a unos dos millones de personas de los "
    "barrios del este de la ciudad, que se quedaron sin agua dos veces este año.",
)
_IT = (
    "Il governo regionale ha approvato domenica un piano per costruire quattro nuovi "
    "depuratori lungo il fiume prima della prossima stagione delle piogge.",
    "Secondo le autorità, gli impianti serviranno circa due milioni di persone nei quartieri "
    "orientali della città, rimasti senz'acqua due volte quest'anno.",
)
_HI = (
    "राज्य मंत्रिमंडल ने रविवार को नदी के किनारे चार नए जल शोधन संयंत्र बनाने की योजना को मंजूरी दी "
    "ताकि अगले मानसून से पहले काम पूरा हो सके।",
    "अधिकारियों ने कहा कि ये संयंत्र शहर के पूर्वी जिलों में लगभग बीस लाख लोगों को पानी देंगे जहां इस "
    "साल दो बार आपूर्ति बंद हुई।",
)
_BN = (
    "সরকার রবিবার নদীর তীরে চারটি নতুন পানি শোধনাগার নির্মাণের পরিকল্পনা অনুমোদন করেছে যাতে "
    "আগামী বর্ষার আগেই কাজ শেষ করা যায়।",
    "কর্মকর্তারা বলেছেন শোধনাগারগুলো শহরের পূর্বাঞ্চলের প্রায় বিশ লাখ মানুষকে পানি সরবরাহ করবে "
    "যেখানে এ বছর দুবার সরবরাহ বন্ধ ছিল।",
)
_UR = (
    "صوبائی کابینہ نے اتوار کو دریا کے کنارے پانی صاف کرنے کے چار نئے پلانٹ بنانے کے منصوبے کی "
    "منظوری دے دی تاکہ اگلے مون سون سے پہلے کام مکمل ہو سکے۔",
    "حکام نے کہا کہ یہ پلانٹ شہر کے مشرقی اضلاع میں تقریباً بیس لاکھ افراد کو پانی فراہم "
    "کریں گے جہاں اس سال دو بار فراہمی بند ہوئی۔",
)
_JA = (
    "米政府は6日、半導体の輸出規制を同盟国と共同で強化すると発表した。対象品目は来年から段階的"
    "に広げ、製造装置の部品も加える。",
    "業界団体は影響の見極めを求めており、政府は年内に詳しい運用指針を示す方針だ。",
)

# (language, top-level domain, dateline, the report's paragraphs, author)
AGENCY_DATELINES = [
    ("en", "in", "Mumbai, Dec 6 (IANS) ", _EN, "IANS"),
    ("en", "in", "Mumbai, Dec 6 (PTI) ", _EN, "PTI"),
    ("en", "com", "NEW DELHI (Reuters)", _EN, "Reuters"),
    ("en", "in", "New Delhi [India], December 6 (ANI): ", _EN, "ANI"),
    ("en", "com", "Kathmandu [Nepal], Dec 6 (ANI): ", _EN, "ANI"),
    ("en", "com", "SURABAYA, Indonesia/JAKARTA (Reuters) - ", _EN, "Reuters"),
    ("de", "de", "Berlin (dpa). ", _DE, "dpa"),
    ("fr", "fr", "PARIS (AFP) ", _FR, "AFP"),
    ("hi", "in", "मुंबई, 6 दिसंबर (आईएएनएस) ", _HI, "आईएएनएस"),
]
# (language, top-level domain, dateline, the report's paragraphs)
STAFF_DATELINES = [
    ("en", "com", "Staff Reporter, Karachi: ", _EN),
    ("en", "com", "Our Correspondent, Lahore — ", _EN),
    ("en", "com", "From our correspondent in Delhi — ", _EN),
    ("bn", "com", "নিজস্ব প্রতিবেদক, ঢাকা: ", _BN),
    ("hi", "com", "संवाददाता, पटना: ", _HI),
    ("ur", "com", "لاہور (نمائندہ خصوصی) ", _UR),
    ("es", "es", "Redacción, Madrid.- ", _ES),
    ("es", "es", "De nuestro corresponsal en Bruselas. ", _ES),
    ("en", "com", "Staff Reporter, St. Louis: ", _EN),
    ("it", "it", "DALLA NOSTRA CORRISPONDENTE NEW YORK - ", _IT),
    ("de", "de", "Von unserem Korrespondenten in Moskau - ", _DE),
]


def _html(folder: Path, name: str, language: str, url: str, paragraphs: tuple[str, ...],
          author: str | None = None) -> Path:  # fmt: skip
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    meta = f'<meta name="author" content="{author}">' if author else ""
    path = folder / name
    path.write_text(
        f'<html lang="{language}"><head><meta charset="utf-8"><title>Report</title>{meta}'
        f'<link rel="canonical" href="{url}"></head><body><article>'
        f"<h1>Report</h1><p>2026-12-06 14:30</p>{body}</article></body></html>",
        encoding="utf-8",
    )
    return path


def _record(folder: Path, language: str, url: str, paragraphs: tuple[str, ...], **fields: str
            ) -> Path:  # fmt: skip
    record = {
        "url": url,
        "title": "Report",
        "published": "2026-12-06T14:30:00",
        "language": language,
        "text": "\n".join(paragraphs),
        **fields,
    }
    path = folder / "records.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _stored(folder: Path, *paths: Path) -> list[dict]:
    archive, _summary = build(folder / "clipper.db", list(paths))
    archive.close()
    return list(exported(folder / "clipper.db").values())


def _page(folder: Path, kind: str, language: str, tld: str, paragraphs: tuple[str, ...]) -> dict:
    url = f"https://www.news-example.{tld}/a/1"
    if kind == "html":
        path = _html(folder, "page.html", language, url, paragraphs)
    else:
        path = _record(folder, language, url, paragraphs)
    [page] = _stored(folder, path)
    return page


@pytest.mark.parametrize("kind", ["html", "record"])
@pytest.mark.parametrize(("language", "tld", "dateline", "report", "author"), AGENCY_DATELINES)
def test_an_agency_dateline_without_a_dash_is_cut_and_credits_the_agency(
    tmp_path: Path, kind: str, language: str, tld: str, dateline: str,
    report: tuple[str, ...], author: str,
) -> None:  # fmt: skip
    page = _page(tmp_path, kind, language, tld, (dateline + report[0], *report[1:]))
    assert page["text"].split("\n") == list(report)
    assert page["author"] == author


@pytest.mark.parametrize("kind", ["html", "record"])
@pytest.mark.parametrize(("language", "tld", "dateline", "report"), STAFF_DATELINES)
def test_a_staff_dateline_is_cut_and_names_no_author(
    tmp_path: Path, kind: str, language: str, tld: str, dateline: str, report: tuple[str, ...]
) -> None:
    page = _page(tmp_path, kind, language, tld, (dateline + report[0], *report[1:]))
    assert page["text"].split("\n") == list(report)
    assert page["author"] is None


def test_a_staff_dateline_on_its_own_line_goes(tmp_path: Path) -> None:
    page = _page(tmp_path, "record", "fr", "fr", ("De notre correspondant à Dakar", *_FR))
    assert page["text"].split("\n") == list(_FR)
    assert page["author"] is None


def test_a_staff_dateline_leaves_the_pages_own_writer(tmp_path: Path) -> None:
    path = _html(tmp_path, "page.html", "en", "https://www.news-example.com/a/1",
                 ("Staff Reporter, Karachi: " + _EN[0], _EN[1]), author="Sana Mirza")  # fmt: skip
    [page] = _stored(tmp_path, path)
    assert page["text"].split("\n") == list(_EN)
    assert page["author"] == "Sana Mirza"


@pytest.mark.parametrize("kind", ["html", "record"])
@pytest.mark.parametrize(
    ("dateline", "author"),
    [
        ("【ワシントン秋山信一】", "秋山信一"),  # Mainichi's: place and reporter run together
        ("【北京坂本信博、河津啓介】", "坂本信博; 河津啓介"),  # a kanji place CLDR lacks
        ("【大阪中村敦】", "中村敦"),
        ("【ワシントン＝青山直篤】", "青山直篤"),  # Asahi's and Yomiuri's "＝"
    ],
)
def test_a_japanese_place_and_reporter_are_cut_and_the_reporter_is_the_author(
    tmp_path: Path, kind: str, dateline: str, author: str
) -> None:
    page = _page(tmp_path, kind, "ja", "co.jp", (dateline + _JA[0], _JA[1]))
    assert page["text"].split("\n") == list(_JA)
    assert page["author"] == author


def test_a_japanese_reporter_does_not_replace_the_pages_author(tmp_path: Path) -> None:
    path = _html(tmp_path, "page.html", "ja", "https://www.news-example.co.jp/a/1",
                 ("【ワシントン秋山信一】" + _JA[0], _JA[1]), author="山本 花子")  # fmt: skip
    [page] = _stored(tmp_path, path)
    assert page["text"].split("\n") == list(_JA)
    assert page["author"] == "山本 花子"


@pytest.mark.parametrize(
    "paragraph",
    [
        # a ticker's parenthesis, a person's name before an agency's (a caption run in), an
        # agency named in a sentence
        "Apple (AAPL) The company raised its forecast after strong phone sales.",
        "Apple, Dec 6 (AAPL) The company raised its forecast after strong phone sales.",
        "Carl Bernstein (AP) The reporter said the archive would open next year.",
        "The Senate (AP) said on Thursday that the vote would be delayed.",
        # a designation beside a person's name, a designation in a sentence
        "Staff reporter Jane Doe: The city council met on Sunday to vote on the plan.",
        "Jane Doe (Reporter): The city council met on Sunday to vote on the plan.",
        "Our correspondent, who lived in Paris for years, says: the vote was close.",
        "Reporters, editors and readers: all are invited to the open day on Sunday.",
        # labels in lenticular brackets: a place and an event, no reporter
        "【北京冬季五輪】日本選手団は6日、現地で練習を始めた。",
        "【東京都知事選】候補者が6日、第一声を上げた。",
        "【関連記事】半導体規制の行方",
        # a place of three kanji CLDR does not name: not split as "鹿児" and "島山田一郎"
        "【鹿児島山田一郎】県は6日、新しい計画を発表した。",
        # PTI's Hindi service's credit is a word in a sentence
        "मराठी (भाषा) में यह किताब अगले महीने छपेगी।",
    ],
)
def test_other_openings_stay(paragraph: str) -> None:
    assert drop_report_dateline([paragraph, _EN[1]]) == ([paragraph, _EN[1]], None)


def test_a_staff_datelines_place_says_the_pages_country() -> None:
    assert dateline_region("en", "Staff Reporter, Karachi: " + _EN[0]) == "PK"
    assert dateline_region("en", "Kathmandu [Nepal], Dec 6 (ANI): " + _EN[0]) == "NP"
    # read from the text as read, before cleaning cut the dateline
    assert place_region("bn", None, "\n".join(_BN), "নিজস্ব প্রতিবেদক, ঢাকা: " + _BN[0]) == "BD"
    assert place_region("ur", None, "\n".join(_UR), "لاہور (نمائندہ خصوصی) " + _UR[0]) == "PK"
    assert staff_dateline("Staff reporter Jane Doe: x") is None


def test_a_bengali_page_keeps_its_staff_datelines_country(tmp_path: Path) -> None:
    page = _page(tmp_path, "record", "bn", "com", ("নিজস্ব প্রতিবেদক, ঢাকা: " + _BN[0], _BN[1]))
    assert page["text"].split("\n") == list(_BN)
    assert page["region"] == "BD"


def test_a_dashless_datelines_day_still_dates_a_record(tmp_path: Path) -> None:
    path = _record(tmp_path, "en", "https://www.news-example.in/a/1",
                   ("Mumbai, Dec 4 (IANS) " + _EN[0], _EN[1]), published="",
                   fetched="2026-12-06T10:00:00+00:00")  # fmt: skip
    [page] = _stored(tmp_path, path)
    assert page["text"].split("\n") == list(_EN)
    assert (page["published"] or "")[:10] == "2026-12-04"


@pytest.mark.parametrize(
    ("language", "dateline", "report"),
    [
        ("en", "Mumbai, Dec 6 (IANS) ", _EN),
        ("bn", "নিজস্ব প্রতিবেদক, ঢাকা: ", _BN),
        ("ja", "【ワシントン秋山信一】", _JA),
    ],
)
@pytest.mark.parametrize("order", [1, -1])
def test_a_copy_without_the_dateline_is_the_same_text(
    tmp_path: Path, language: str, dateline: str, report: tuple[str, ...], order: int
) -> None:
    kept = _html(tmp_path, "a.html", language, "https://www.paper-a.example/a/1",
                 (dateline + report[0], *report[1:]))  # fmt: skip
    left = _html(tmp_path, "b.html", language, "https://www.paper-b.example/b/2", report)
    pages = _stored(tmp_path, *[kept, left][::order])
    assert len(pages) == 2
    assert len({page["cluster_id"] for page in pages}) == 1
    assert {page["text"] for page in pages} == {"\n".join(report)}
