"""National agencies in datelines, closing credits and bylines (newcomers 51a and 51b, a Lagos
and an Almaty desk): "ABUJA, Dec 7 (NAN) -", "Dakar, 4 déc (APS) -" were cut and stored as a
person's name (``--author APS`` found them, ``--agency APS`` none); NAN's own styles ("Abuja,
Dec. 7, 2026 (NAN) The …", a closing "(NAN)") and GNA's ("Accra, Dec. 7, GNA - ") stayed in
the text; a place after a reporter's name ("By Chinedu Okafor, Abuja") was a second author; a
label ("Par", "Source:", "Автор:", "Авторы:", "Muallif:", "Daga:") was a name's word; ``--agency
'Интерфакс-Казахстан'`` found nothing; a record's "Autor: Anna Kowalska (PAP)" lost the agency
an HTML byline kept; and a paper's own byline gave way to the agencies of its closing "(Quelle:
APA/sda/dpa)".  Every text and name here is invented."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.agencycredits import acronym_credit, credited_agencies
from clipper.bylinekeys import agency_keys, credit_keys
from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.datelineclocks import dateline_zones
from clipper.page import Article, RawPage
from tests.conftest import build

FETCHED = "2026-12-07T18:00:00Z"

# An invented report (a market hall rebuilt) in each language of the desks
REPORTS = {
    "en": (
        "Market hall to be rebuilt",
        "The city council approved a plan on Monday to rebuild the old market hall by the river, "
        "officials said after a long meeting of the works committee.",
        "Traders will move to a temporary site near the bus station while the work goes on for "
        "about two years, the council said in a statement.",
        "The plan also adds a car park and a covered square for the weekend fairs.",
    ),
    "fr": (
        "La halle du marché sera reconstruite",
        "Le conseil municipal a approuvé lundi un plan de reconstruction de l'ancienne halle du "
        "marché au bord du fleuve, ont indiqué les responsables après une longue réunion.",
        "Les commerçants seront installés sur un site provisoire près de la gare routière pendant "
        "les deux ans de travaux, selon un communiqué du conseil.",
        "Le plan prévoit aussi un parking et une place couverte pour les foires du week-end.",
    ),
    "ru": (
        "Старый рынок перестроят",
        "Городской совет в понедельник одобрил план реконструкции старого рынка у реки, сообщили "
        "чиновники после долгого заседания комиссии.",
        "Торговцы переедут на временную площадку у автовокзала на время работ, которые продлятся "
        "около двух лет, говорится в сообщении совета.",
        "План также предусматривает парковку и крытую площадь для ярмарок выходного дня.",
    ),
    "de": (
        "Markthalle wird neu gebaut",
        "Der Gemeinderat hat am Montag beschlossen, die alte Markthalle am Fluss neu zu bauen, "
        "teilte die Stadt nach einer langen Sitzung des Bauausschusses mit.",
        "Die Händler ziehen für die rund zwei Jahre dauernden Arbeiten auf ein Ausweichgelände "
        "beim Busbahnhof, hieß es in einer Mitteilung.",
        "Geplant sind auch eine Tiefgarage und ein überdachter Platz für die Wochenendmärkte.",
    ),
}


def _html(
    language: str,
    opening: str = "",
    closing: str = "",
    byline: str = "",
    url: str = "https://market-news.example/a/1",
    head: str = "",
) -> Article:
    title, *paragraphs = REPORTS[language]
    paragraphs[0] = opening + paragraphs[0]
    if closing:
        paragraphs.append(closing)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    meta = f'<div class="meta"><span class="author">{byline}</span></div>' if byline else ""
    page = (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>{title}</title>{head}'
        f"</head><body><article><h1>{title}</h1>{meta}{body}</article></body></html>"
    )
    raw = RawPage("market.html", "html", page.encode(), url=url, fetched_at=FETCHED)
    got = clean_page(raw, CleanConfig())
    assert isinstance(got, Article), got
    return got


def _record(language: str, author: str, url: str = "https://market-news.example/r/1") -> Article:
    title, *paragraphs = REPORTS[language]
    raw = RawPage("night.jsonl:1", "text", "\n".join(paragraphs), url=url, title=title,
                  language=language, author=author, fetched_at=FETCHED)  # fmt: skip
    got = clean_page(raw, CleanConfig())
    assert isinstance(got, Article), got
    return got


def _kinds(page: Article, kind: str) -> list[str]:
    return [key for found, key, _ in credit_keys(page.author, page.text, page.url) if found == kind]


# (language, a national agency's dateline, the agency's key)
DATELINES = [
    ("en", "ABUJA, Dec 7 (NAN) - ", "nan"),
    ("fr", "Dakar, 4 déc (APS) - ", "aps"),
    ("fr", "DAKAR, 4 déc (APS) - ", "aps"),
    ("en", "ACCRA, Dec 7 (GNA) - ", "gna"),
    ("fr", "Rabat, 7 déc (MAP) - ", "map"),
    ("fr", "Tunis, 7 déc (TAP) - ", "tap"),
    ("fr", "Abidjan, 7 déc 2026 (AIP)- ", "aip"),
    ("fr", "Kinshasa, 7 décembre 2026 (ACP).- ", "acp"),
    ("en", "MANILA, Dec 7 (PNA) -- ", "pna"),
    ("ru", "АЛМАТЫ, 7 декабря (Интерфакс-Казахстан) - ", "interfaxkazakhstan"),
    # an agency no table lists: its acronym is an agency's credit all the same
    ("en", "ADDIS ABABA, Dec 7 (ENA) - ", "ena"),
]


@pytest.mark.parametrize(("language", "dateline", "key"), DATELINES)
def test_a_national_agency_s_dateline_credits_the_agency_not_a_person(
    language: str, dateline: str, key: str
) -> None:
    page = _html(language, dateline)
    assert page.text.startswith(REPORTS[language][1][:20])  # the dateline is cut
    assert key in _kinds(page, "agency")
    assert _kinds(page, "author") == []


def test_an_agency_s_acronym_is_no_person_s_name() -> None:
    assert acronym_credit("XYZA") and acronym_credit("МИА")
    assert not acronym_credit("Jane Doe") and not acronym_credit("JSt")
    assert not acronym_credit("Reuters")
    assert credit_keys("XYZA", "Text.") == [("agency", "xyza", 0)]
    assert ("author", "jst", 0) in credit_keys("JSt", "Text.")


def test_nan_s_dateline_without_a_dash_and_its_year_after_a_comma_is_cut_and_dated() -> None:
    page = _html("en", "Abuja, Dec. 7, 2026 (NAN) ", url="https://lagos-paper.com/a/1")
    assert page.text.startswith("The city council approved")
    assert page.author == "NAN"
    assert page.published is not None and page.published.startswith("2026-12-07")


def test_a_closing_nan_credits_nan_and_leaves_the_text() -> None:
    page = _html("en", closing="(NAN)")
    assert not page.text.rstrip().endswith("(NAN)")
    assert "nan" in _kinds(page, "agency")


def test_gna_s_bare_credit_after_its_date_is_cut_and_credited() -> None:
    page = _html("en", "Accra, Dec. 7, GNA - ")
    assert page.text.startswith("The city council approved")
    assert _kinds(page, "agency") == ["gna"]
    assert _kinds(page, "author") == []


def test_a_west_african_dateline_names_the_page_s_clock() -> None:
    text = " The city council approved a plan on Monday to rebuild the old market hall."
    assert dateline_zones("en", "ABUJA, Dec 7 (NAN) -" + text) == ("Africa/Lagos",)
    assert dateline_zones("en", "Abuja, Dec. 7, 2026 (NAN)" + text) == ("Africa/Lagos",)
    assert dateline_zones("en", "Kumasi, Dec. 7, GNA -" + text) == ("Africa/Accra",)


# (language, the byline as a byline element or a record's author field writes it, the author)
BYLINES = [
    ("en", "By Chinedu Okafor, Abuja", "Chinedu Okafor"),
    ("en", "From Adewale Adeyemi, Ibadan", "Adewale Adeyemi"),
    ("en", "By Chinedu Okafor, Amaka Eze", "Chinedu Okafor; Amaka Eze"),  # two people stay
    ("fr", "Par APS", "APS"),
    ("en", "Source: GNA", "GNA"),
    ("ru", "Авторы: Нұрлан Қасымов", "Нұрлан Қасымов"),
    ("ru", "Автор: Айгерим Сапарова", "Айгерим Сапарова"),
    ("ru", "Автор: Ермеков", "Ермеков"),  # written with its colon: a label before one word
    ("en", "Anna Kowalska (PAP)", "Anna Kowalska; PAP"),
    ("en", "Par Lagerkvist", "Par Lagerkvist"),  # no colon, one word: a name
]


@pytest.mark.parametrize(("language", "written", "author"), BYLINES)
def test_a_byline_s_label_and_place_are_no_names_in_html_and_records(
    language: str, written: str, author: str
) -> None:
    assert _html(language, byline=written).author == author
    assert _record(language, written).author == author


def test_labels_of_other_languages_before_a_name() -> None:
    assert _record("ru", "Muallif: Aziz Karimov").author == "Aziz Karimov"
    assert _record("en", "Daga: Musa Ibrahim").author == "Musa Ibrahim"


def test_a_name_with_its_agency_in_brackets_is_read_one_way_in_both_paths() -> None:
    written = "Autor: Anna Kowalska (PAP)"
    assert _html("de", byline=written).author == "Anna Kowalska; PAP"
    assert _record("de", written).author == "Anna Kowalska; PAP"


def test_interfax_s_services_are_found_by_their_own_names_and_by_interfax() -> None:
    assert agency_keys("Интерфакс-Казахстан") == agency_keys("Interfax-Kazakhstan")
    assert agency_keys("Интерфакс-Казахстан") == ("interfaxkazakhstan",)
    page = credit_keys(None, "Текст.", "https://interfax.kz/?lang=rus&news_id=1")
    assert ("agency", "interfax", 0) in page
    assert ("agency", "interfaxkazakhstan", 0) in page
    assert credited_agencies("Interfax") == ("Interfax",)


def test_a_closing_source_line_of_agencies_credits_them_beside_the_site_s_own_byline() -> None:
    page = _html(
        "de",
        closing="(Quelle: APA/sda/dpa)",
        url="https://www.sb.example/politik/1",
        head='<meta property="og:site_name" content="Kärntner Stadtblatt">'
        '<meta name="author" content="Kärntner Stadtblatt"><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Markthalle", '
        '"author": {"@type": "Organization", "name": "Kärntner Stadtblatt"}}</script>',
    )
    assert page.author is not None and page.author.split("; ")[0] == "Kärntner Stadtblatt"
    assert {"apa", "sda", "dpa"} <= set(_kinds(page, "agency"))
    assert "(Quelle" not in page.text


# A night's records of the Lagos and Almaty desks, found by the agencies they credit
RECORDS = [
    {"url": "https://lagos-daily.example/a/1", "title": REPORTS["en"][0],
     "maintext": "ABUJA, Dec 7 (NAN) - " + "\n".join(REPORTS["en"][1:]), "language": "en",
     "date_publish": "2026-12-07T08:00:00Z"},
    {"url": "https://dakar-soir.example/a/1", "title": REPORTS["fr"][0],
     "maintext": "Dakar, 4 déc (APS) - " + "\n".join(REPORTS["fr"][1:]), "language": "fr",
     "date_publish": "2026-12-04T08:00:00Z"},
    {"url": "https://interfax.kz/?lang=rus&news_id=1", "title": REPORTS["ru"][0],
     "maintext": "\n".join(REPORTS["ru"][1:]), "language": "ru",
     "date_publish": "2026-12-07T08:00:00Z"},
]  # fmt: skip


def _sites(db: str, *args: str) -> list[str]:
    found = CliRunner().invoke(cli, [*args, "--db", db, "--json"])
    assert found.exit_code == 0, found.output
    return sorted(str(json.loads(line)["site"]) for line in found.stdout.splitlines())


@pytest.fixture(scope="module")
def archive_db(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    dump: Path = tmp_path_factory.mktemp("night") / "night.jsonl"
    lines: list[dict[str, Any]] = RECORDS
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), "utf-8")
    build(module_db_url, [dump])[0].close()  # type: ignore[arg-type]
    return module_db_url


def test_search_finds_a_national_agency_s_pick_ups_by_agency_not_author(archive_db: str) -> None:
    assert _sites(archive_db, "clusters", "--agency", "NAN") == ["lagos-daily.example"]
    assert _sites(archive_db, "clusters", "--agency", "News Agency of Nigeria") == [
        "lagos-daily.example"
    ]
    assert _sites(archive_db, "clusters", "--agency", "APS") == ["dakar-soir.example"]
    assert _sites(archive_db, "clusters", "--author", "APS") == []
    assert _sites(archive_db, "clusters", "--agency", "Интерфакс-Казахстан") == ["interfax.kz"]
    assert _sites(archive_db, "clusters", "--agency", "Interfax") == ["interfax.kz"]
