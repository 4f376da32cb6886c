"""A page that declares a language written on one country's clocks (``nb``, ``no``, ``fi``,
``lt``: clipper.languageclocks) and states no country is read on that country's clocks where
its address names none (newcomer 30's finding 15: NTB's own page on a ``.example`` host,
"07:32" without a zone, lost its cluster's canonical to a republisher's 06:40Z copy; on a
``.no`` host it was 06:32 UTC).  Languages of more than one clock stay on any clock.  One
table holds every language clipper reads, with its country or the reason it has none: Czech was
in it and Polish not, so a Polish page's zoneless time stayed on any clock and ``--region PL``
found nothing while the same page tagged ``cs`` was Czechia's (newcomer 36, finding 2).
Invented sites and pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper import langmodel
from clipper.declaredlanguage import known_language
from clipper.declaredregion import declared_region
from clipper.furniture import TABLES
from clipper.languageclocks import LANGUAGE_CLOCKS
from clipper.sitezones import country_zones
from tests.conftest import cli_ok, exported, records_archive, shown_url
from tests.test_copies import invented_paragraphs


@pytest.mark.parametrize(
    ("head", "tags", "country", "expected"),
    [
        (b'<html lang="no">', [], None, "NO"),  # what most Norwegian sites declare
        (b'<html lang="nn">', [], None, "NO"),
        (None, ["nb"], None, "NO"),  # a record's language
        (None, ["fi"], None, "FI"),
        (b'<meta http-equiv="Content-Language" content="et">', [], None, "EE"),
        (None, ["lv"], None, "LV"),
        (None, ["is"], None, "IS"),
        (b'<html lang="pl">', [], None, "PL"),  # as Czech is
        (b'<html lang="cs">', [], None, "CZ"),
        (None, ["pl"], None, "PL"),
        (None, ["tl"], None, "PH"),  # read as fil
        # Japanese and Korean: Japan's and (both Koreas on UTC+9) South Korea's (newcomer 38, F6)
        (b'<html lang="ja">', [], None, "JP"),
        (None, ["ja"], None, "JP"),
        (None, ["ko"], None, "KR"),
        (None, ["ko-US"], None, "US"),  # a stated country comes first
        (b'<html lang="nb">', ["nn"], None, "NO"),  # two languages of one country
        # a stated country comes first
        (b'<html lang="nb">', [], "SE", "SE"),
        (b'<html lang="fi-SE">', [], None, "SE"),
        # languages written on other clocks too, or two countries: none
        (b'<html lang="sv">', [], None, None),
        (None, ["da"], None, None),
        (None, ["zh"], None, None),
        (b'<html lang="zh-Hant">', [], None, None),
        (b'<html lang="nb">', ["en"], None, None),
        (None, ["fi", "et"], None, None),
    ],
)
def test_a_declared_language_of_one_clock_names_its_country(
    head: bytes | None, tags: list[str], country: str | None, expected: str | None
) -> None:
    assert declared_region(head, tags, country, None) == expected


def test_one_table_holds_every_language_clipper_reads_with_a_country_or_a_reason() -> None:
    read = {known_language(code) or code for code in (*langmodel.languages(), *TABLES)}
    assert sorted(read - set(LANGUAGE_CLOCKS)) == []
    for language, (country, reason) in LANGUAGE_CLOCKS.items():
        assert known_language(language) == language, language
        assert country is None or country_zones(country), (language, country)
        assert reason, language


AGENCY = "https://www.nordwire-test.example/politikk/forhandlinger"
COPY = "https://www.kveldsposten-test.example/nyheter/forhandlinger"
PARAGRAPHS = invented_paragraphs(61, 6)


def _canonical(folder: Path, language: str, local: str, copy_utc: str) -> str:
    """The page shown for an agency's own page (``local``: its time without a zone, in
    ``language``) and a republisher's longer copy stating ``copy_utc``."""
    records: list[dict[str, Any]] = [
        {"url": AGENCY, "title": "Forhandlingene er brutt", "text": "\n\n".join(PARAGRAPHS),
         "language": language, "date_publish": local,
         "date_download": "2026-12-04T09:00:00Z"},
        {"url": COPY, "title": "Forhandlingene er brutt",
         "text": "\n\n".join([*PARAGRAPHS, "Saken oppdateres."]),
         "date_publish": copy_utc, "date_download": "2026-12-04T09:05:00Z"},
    ]
    return shown_url(folder, records)


@pytest.mark.parametrize(
    ("language", "local", "copy_utc", "shown"),
    [
        # Norway in winter: 07:32 is 06:32 UTC, before the copy's 06:40
        ("no", "2026-12-04 07:32:00", "2026-12-04T06:40:00Z", AGENCY),
        ("nn", "2026-12-04 07:32:00", "2026-12-04T06:40:00Z", AGENCY),
        # Finland: 08:32 is 06:32 UTC
        ("fi", "2026-12-04 08:32:00", "2026-12-04T06:40:00Z", AGENCY),
        # Lithuania in summer: 09:32 is 06:32 UTC
        ("lt", "2026-07-04 09:32:00", "2026-07-04T06:40:00Z", AGENCY),
        # Swedish is written in Finland too: any clock, the longer copy
        ("sv", "2026-12-04 07:32:00", "2026-12-04T06:40:00Z", COPY),
    ],
)
def test_an_agency_page_dated_on_its_language_s_clock_keeps_its_canonical(
    tmp_path: Path, language: str, local: str, copy_utc: str, shown: str
) -> None:
    assert _canonical(tmp_path, language, local, copy_utc) == shown


def _page(site: str, language: str, title: str, paragraphs: list[str]) -> str:
    """An invented page in ``language`` whose date line ``3. 12. 2026 09:30`` has no zone."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        f'<link rel="canonical" href="https://{site}/miasto/{language}-1"></head><body>'
        f"<article><h1>{title}</h1><p class=\"date\">3. 12. 2026 09:30</p>{body}</article>"
        "</body></html>"
    )


def test_a_polish_page_is_read_on_warsaw_s_clock_as_a_czech_one_on_prague_s(
    tmp_path: Path,
) -> None:
    """Two pages alike but for ``lang`` (cs, pl), a zoneless date line, hosts naming no
    country: both are of their language's country, 09:30 is 08:30 UTC, ``--region PL`` finds
    the Polish one, and the note for a country no page is of names its own language tag."""
    folder = tmp_path / "pages"
    folder.mkdir()
    polish = [
        "Miejskie przedsiębiorstwo komunikacyjne w Sieradzu kupiło sześć nowych autobusów "
        "elektrycznych, które od poniedziałku wyjadą na linie do dzielnic przemysłowych.",
        "Zakup sfinansowano w większości z funduszy unijnych, a ładowarki stanęły w zajezdni "
        "przy ulicy Kolejowej, poinformował rzecznik przewoźnika.",
    ]
    czech = [
        "Dopravní podnik v Přerově koupil šest nových elektrických autobusů, které od pondělí "
        "vyjedou na linky do průmyslových čtvrtí města.",
        "Nákup byl z velké části financován z evropských fondů a nabíječky stojí v garážích "
        "v Železniční ulici, uvedl mluvčí dopravce.",
    ]
    (folder / "pl.html").write_text(
        _page("sieradz-test.example", "pl", "Sześć elektrycznych autobusów", polish),
        encoding="utf-8",
    )
    (folder / "cs.html").write_text(
        _page("prerov-test.example", "cs", "Šest elektrických autobusů", czech),
        encoding="utf-8",
    )
    db = tmp_path / "a.db"
    cli_ok(str(db), "dedupe", "--workers", "1", str(folder))
    rows = {row["language"]: row for row in exported(db).values()}
    assert {lang: rows[lang]["region"] for lang in ("pl", "cs")} == {"pl": "PL", "cs": "CZ"}
    for language in ("pl", "cs"):
        assert rows[language]["published_utc"] == "2026-12-03T08:30:00+00:00", rows[language]
    found = cli_ok(str(db), "search", "--region", "PL", "autobusów")
    assert "sieradz-test.example" in found.output
    absent = cli_ok(str(db), "search", "--region", "SK", "autobusów")
    assert "a language tag such as sk-SK" in absent.output
    assert 'a language only SK writes: lang="sk"' in absent.output


# Invented: a Tokyo wire's release (zoneless 10:00 JST) and a paper's longer copy stating its
# time with its zone, 11:15 JST (newcomer 38, F6)
_RELEASE = [
    "みなと電機株式会社は十二月四日、港湾の倉庫向けに新しい自動仕分け装置を発売すると発表した。",
    "新装置は荷物の大きさと重さを読み取り、行き先ごとに分ける作業を一時間に三千件こなすという。",
    "同社は来年度に国内の物流会社五十社への導入を目指し、価格は一台あたり二千万円からとした。",
    "開発を担当した技術部長は、人手不足に悩む港の現場で夜間の作業を減らせると話している。",
]
_HANGUL = [
    "항만 물류 기업 바다로지스는 4일 부산신항에 자동 분류 창고를 새로 열었다고 밝혔다.",
    "새 창고는 화물의 크기와 무게를 읽어 행선지별로 나누는 작업을 한 시간에 삼천 건 처리한다.",
    "회사는 내년까지 전국 물류 거점 열 곳에 같은 설비를 들여 야간 작업을 줄일 계획이다.",
    "개발을 맡은 기술 담당 임원은 인력난을 겪는 항만 현장의 부담을 덜 수 있다고 말했다.",
]
WIRE_JA = "https://prwire-tokyo.example/release/2026/12/04/minato"
PAPER_JA = "https://keizai-nippo.example/news/2026/12/04/minato"


@pytest.mark.parametrize(
    ("language", "paragraphs", "paper_time", "shown"),
    [
        # 10:00 JST is 01:00 UTC, before the paper's 11:15 JST (02:15 UTC)
        ("ja", _RELEASE, "2026-12-04T11:15:00+09:00", WIRE_JA),
        # Korean: UTC+9 too
        ("ko", _HANGUL, "2026-12-04T11:15:00+09:00", WIRE_JA),
        # a page tagged with another country stays on its clocks: 10:00 in Los Angeles is
        # 18:00 UTC, after the paper's 02:15 UTC
        ("ko-US", _HANGUL, "2026-12-04T11:15:00+09:00", PAPER_JA),
        # Chinese names no country but every country writing it keeps UTC+8 (textdump48:
        # clipper.languageclocks.ONE_CLOCK_ZONES): 10:00 is 02:00 UTC, before 02:15 UTC
        ("zh", _RELEASE, "2026-12-04T10:15:00+08:00", WIRE_JA),
    ],
)
def test_a_japanese_or_korean_wire_s_zoneless_time_is_a_moment_of_utc_9(
    tmp_path: Path, language: str, paragraphs: list[str], paper_time: str, shown: str
) -> None:
    records: list[dict[str, Any]] = [
        {"url": WIRE_JA, "title": "発表", "text": "\n\n".join(paragraphs),
         "language": language, "date_publish": "2026-12-04 10:00:00",
         "date_download": "2026-12-04T05:00:00Z"},
        {"url": PAPER_JA, "title": "発表", "text": "\n\n".join([*paragraphs, paragraphs[0]]),
         "language": language.split("-")[0], "date_publish": paper_time,
         "date_download": "2026-12-04T05:05:00Z"},
    ]
    assert shown_url(tmp_path, records) == shown


def test_a_japanese_page_s_zoneless_time_is_shown_as_japan_s(
    tmp_path: Path,
) -> None:
    """A ``ja`` record's "2026-12-04 10:00:00" on a ``.example`` host: 01:00 UTC in the export,
    shown 10:00 JST in Tokyo's zone, and of region JP."""
    db = records_archive(tmp_path, [
        {"url": WIRE_JA, "title": "みなと電機、自動仕分け装置を発売",
         "text": "\n\n".join(_RELEASE), "language": "ja",
         "date_publish": "2026-12-04 10:00:00", "date_download": "2026-12-04T05:00:00Z"},
    ])
    (row,) = exported(db).values()
    assert (row["region"], row["published_utc"]) == ("JP", "2026-12-04T01:00:00+00:00")
    shown = cli_ok(str(db), "show", "1", "--no-text", "--tz", "Asia/Tokyo")
    assert "2026-12-04 10:00 JST" in shown.output, shown.output
