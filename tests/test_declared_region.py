"""A country the page states (clipper.declaredregion: ``<html lang="es-MX">``, ``og:locale``, a
record's ``language``/``country``, an edition's ``/mx/``) narrows the clocks of a time written
without a zone where the address names no country, and never stands for the address's own
country.  Invented sites and pages.

Main read every zoneless time of a ``.com`` site on any clock from UTC-12 to UTC+14, whatever
the page said of its country.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from clipper.cli import cli
from clipper.declaredregion import declared_region, path_region
from clipper.models import Page
from tests.conftest import build, cli_ok, exported, records_archive, shown_url
from tests.test_copies import invented_paragraphs


@pytest.mark.parametrize(
    ("head", "tags", "country", "url", "expected"),
    [
        (b'<html lang="pt-BR"><head>', [], None, None, "BR"),
        (b'<meta property="og:locale" content="es_MX">', [], None, None, "MX"),
        (b'<meta content="en_IN" property="og:locale">', [], None, None, "IN"),
        (b'<meta http-equiv="Content-Language" content="fr-CA">', [], None, None, "CA"),
        (b'<html lang="zh-Hant-TW">', [], None, None, "TW"),
        (None, ["es-MX"], None, None, "MX"),  # a record's language tag
        (None, [], "mx", None, "MX"),  # a record's country code, either case
        (None, [], "UK", None, "GB"),
        (None, [], None, "https://noticias.example.com/mx/politica/a", "MX"),
        (None, [], None, "https://news.example.com/en-in/city/a", "IN"),
        # two statements of one country; an alternate edition is not the page's
        (b'<html lang="es-MX"><meta property="og:locale" content="es_MX">'
         b'<meta property="og:locale:alternate" content="es_AR">', [], None, None, "MX"),
        # nothing stated outright: a language alone, a region of no one country, a name
        (b'<html lang="es">', [], None, None, None),
        (None, ["es-419"], None, None, None),
        (None, [], "Mexico", None, None),
        # a publishing system's default for its language says the language only
        (b'<html lang="en-US">', [], None, None, None),
        (b'<meta property="og:locale" content="en_GB">', [], None, None, None),
        (b'<html lang="es-ES">', [], None, None, None),
        (b'<html lang="fr-FR">', [], None, None, None),
        # a bare segment that is also a language code names a language edition as often
        (None, [], None, "https://news.example.com/es/politica/a", None),
        (None, [], None, "https://news.example.com/ar/politica/a", None),
        # two countries stated: none
        (b'<html lang="es-MX">', [], "AR", None, None),
        (b'<html lang="pt-BR">', [], None, "https://news.example.com/pt-pt/a", None),
        # inside a comment (an old template's conditional comment): not the page's
        (b'<!--[if IE]><html lang="es-MX"><![endif]--><html lang="es">', [], None, None, None),
    ],
)
def test_the_country_a_page_states(
    head: bytes | None, tags: list[str], country: str | None, url: str | None,
    expected: str | None,
) -> None:
    assert declared_region(head, tags, country, url) == expected


WIRE = "https://agencia-continental.example/nota/puerto"  # states its time with its zone
PARAGRAPHS = invented_paragraphs(58, 6)


def _records(original: dict[str, Any]) -> list[dict[str, Any]]:
    """A Mexican outlet's page, 18:00 without a zone (Mexico: 23:00 to 02:00 UTC), and a
    longer copy stating 03:00 UTC the next day: published after it on Mexico's clocks, on any
    clock maybe before (UTC+14's 18:00 is 04:00 UTC), where the walk's order (the longer)
    decides."""
    return [
        {"title": "Reabren el puerto tras la tormenta", "date_publish": "2026-12-04 18:00:00",
         "date_download": "2026-12-05T06:00:00Z", **original},
        {"url": WIRE, "title": "Reabren el puerto tras la tormenta",
         "text": "\n\n".join([*PARAGRAPHS, "Con información de la agencia."]),
         "date_publish": "2026-12-05T03:00:00Z", "date_download": "2026-12-05T06:05:00Z"},
    ]


def _html(lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<html lang="{lang}"><head><title>Reabren el puerto tras la tormenta</title></head>'
            f"<body><article><h1>Reabren el puerto tras la tormenta</h1>{body}</article>"
            "</body></html>")


TEXT = "\n\n".join(PARAGRAPHS)


def _shown(folder: Path, records: list[dict[str, Any]]) -> str:
    """The page the one cluster of ``records``, stored in one run, shows."""
    return shown_url(folder, records)


OUTLET = "https://www.el-faro-del-golfo.com/nota/puerto"


@pytest.mark.parametrize(
    ("original", "shown"),
    [
        ({"url": OUTLET, "html": _html("es-MX")}, OUTLET),
        ({"url": OUTLET, "text": TEXT, "language": "es-MX"}, OUTLET),
        ({"url": OUTLET, "text": TEXT, "language": "es", "country": "MX"}, OUTLET),
        ({"url": "https://www.el-faro-del-golfo.com/mx/nota/puerto", "text": TEXT},
         "https://www.el-faro-del-golfo.com/mx/nota/puerto"),
        # guards: a default tag, two countries, no statement: any clock, the longer copy
        ({"url": OUTLET, "html": _html("es-ES")}, WIRE),
        ({"url": OUTLET, "text": TEXT, "language": "es-MX", "country": "AR"}, WIRE),
        ({"url": OUTLET, "text": TEXT, "language": "es"}, WIRE),
    ],
)
def test_a_stated_country_narrows_the_clock_of_a_zoneless_time(
    tmp_path: Path, original: dict[str, Any], shown: str
) -> None:
    assert _shown(tmp_path, _records(original)) == shown


def test_a_stated_country_never_stands_for_the_addresss(tmp_path: Path) -> None:
    """A ``.co.jp`` page tagged es-MX is on Japan's clock: its 18:00 is 09:00 UTC, before a
    copy stating 10:00 UTC (on Mexico's clocks it would be 23:00 UTC or later)."""
    japan = "https://www.minato-nippo.co.jp/articles/puerto"
    records = [
        {"url": japan, "title": "Port reopens after the storm", "text": TEXT,
         "language": "es-MX", "date_publish": "2026-12-04 18:00:00",
         "date_download": "2026-12-04T12:00:00Z"},
        {"url": WIRE, "title": "Port reopens after the storm",
         "text": "\n\n".join([*PARAGRAPHS, "With reporting by the agency."]),
         "date_publish": "2026-12-04T10:00:00Z", "date_download": "2026-12-04T12:05:00Z"},
    ]
    assert _shown(tmp_path, records) == japan


def test_since_reads_a_zoneless_time_on_the_stated_countrys_clock(tmp_path: Path) -> None:
    """A ``.com`` outlet stating es-MX: its "2026-12-03 20:00" is 01:00 to 04:00 UTC on the
    4th, a page of the 4th in UTC; untagged, it is read as written, a page of the 3rd."""
    records = [
        {"url": OUTLET, "title": "Reabren el puerto", "text": TEXT, "language": "es-MX",
         "date_publish": "2026-12-03 20:00:00", "date_download": "2026-12-04T09:00:00Z"},
        {"url": "https://www.otro-diario.com/nota/lluvias", "title": "Lluvias en la sierra",
         "text": "\n\n".join(invented_paragraphs(59, 4)), "language": "es",
         "date_publish": "2026-12-03 20:00:00", "date_download": "2026-12-04T09:00:00Z"},
    ]
    path = tmp_path / "night.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "a.db")
    archive, _ = build(tmp_path / "a.db", [path])
    try:
        with archive.sessions() as session:
            stored = {
                row.url: (row.region, row.published_from, row.published_to)
                for row in session.execute(
                    select(Page.url, Page.region, Page.published_from, Page.published_to)
                )
            }
    finally:
        archive.close()
    assert stored[OUTLET] == ("MX", "2026-12-04T01:00:00", "2026-12-04T04:00:00")
    result = CliRunner().invoke(cli, ["export", "--db", db, "--since", "2026-12-04", "--tz", "UTC"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["url"] for line in result.output.splitlines()] == [OUTLET]


@pytest.mark.parametrize(
    ("tags", "url", "expected"),
    [
        # a section's name is no country, whatever the page's language (newcomer 38, F1: a
        # Japanese site's press releases under /pr/ were Puerto Rico's, 13 hours off)
        (["ja"], "https://tokyo-keizai.example/pr/2026/12/04/item1", None),
        (["ja"], "https://tokyo-keizai.example/ai/2026/12/04/item3", None),
        (["ja"], "https://tokyo-keizai.example/tv/2026/12/04/item4", None),
        (["ja"], "https://tokyo-keizai.example/ad/2026/12/04/item5", None),
        ([], "https://harbour-news.example.com/tv/listings/a", None),
        (["en"], "https://harbour-news.example.com/tv/a", None),  # English is Tuvalu's too
        (["es"], "https://diario-del-sur.example.com/pr/comunicado", None),
        # a country where none of the page's languages is written is none
        (["sv"], "https://kvallsbladet.example/gt/nyheter/a", None),  # a local edition's name
        (["ru-RU"], "https://vechernyaya.example/lk/profile", None),
        (["ko"], "https://seoul-ilbo.example/jp/a", None),
        # a language and a country it is written in: the country
        (["pt"], "https://noticias.example.com/br/politica/a", "BR"),  # Breton's code too
        (["en"], "https://politics.example.com/uk/a", "GB"),  # Ukrainian's code too
        (["en"], "https://tech-weekly.example.com/hr/a", None),  # human resources
        (["es"], "https://diario.example.com/es/a", None),  # its Spanish edition
        (["pt-PT"], "https://noticias.example.com/ao/politica/a", "AO"),
        (["es"], "https://diario.example.com/mx/a", "MX"),
        (["es"], "https://diario.example.com/us/a", "US"),  # Spanish is written in the US
        (["en"], "https://tech-weekly.example.com/au/a", "AU"),
        (["ru"], "https://gazeta.example.com/ua/a", "UA"),
        ([], "https://diario.example.com/mx/a", "MX"),  # no language declared
        ([None], "https://diario.example.com/mx/a", "MX"),
    ],
)
def test_a_path_segment_names_a_country_only_where_credible(
    tags: list[str | None], url: str, expected: str | None
) -> None:
    assert path_region(url, tags) == expected


# Invented: a Tokyo distributor's press release and a portal's copy of it filed under /pr/,
# both zoneless 10:00 (newcomer 38, F1 and its generator pr_canonical.py, in our own words)
_RELEASE = [
    "みなと電機株式会社は十二月四日、港湾の倉庫向けに新しい自動仕分け装置を発売すると発表した。",
    "新装置は荷物の大きさと重さを読み取り、行き先ごとに分ける作業を一時間に三千件こなすという。",
    "同社は来年度に国内の物流会社五十社への導入を目指し、価格は一台あたり二千万円からとした。",
    "開発を担当した技術部長は、人手不足に悩む港の現場で夜間の作業を減らせると話している。",
    "同社は今後、海外の港湾事業者にも売り込みを広げ、三年後に売上高百億円を目指す方針だ。",
]


def test_a_japanese_press_release_under_pr_is_not_puerto_rico_s(tmp_path: Path) -> None:
    """A ``ja`` portal's copy at ``/pr/`` states no country: ``search --region PR`` finds
    nothing and its zoneless 10:00 is not put on Puerto Rico's clock (14:00 UTC)."""
    portal = "https://kabu-portal.example/pr/2026/12/04/minato"
    records = [
        {"url": "https://prwire-tokyo.example/release/2026/12/04/minato",
         "title": "みなと電機、自動仕分け装置を発売", "text": "\n\n".join(_RELEASE),
         "language": "ja", "date_publish": "2026-12-04 10:00:00",
         "date_download": "2026-12-04T03:00:00Z"},
        {"url": portal, "title": "みなと電機、自動仕分け装置を発売",
         "text": "\n\n".join(_RELEASE), "language": "ja",
         "date_publish": "2026-12-04 10:00:00", "date_download": "2026-12-04T04:00:00Z"},
    ]
    db = records_archive(tmp_path, records)
    rows = {row["url"]: row for row in exported(db).values()}
    assert rows[portal]["region"] != "PR"
    assert rows[portal]["published_utc"] != "2026-12-04T14:00:00+00:00"
    result = cli_ok(str(db), "search", "--region", "PR", "みなと電機")
    assert "no page of the archive states it is of PR" in result.output
