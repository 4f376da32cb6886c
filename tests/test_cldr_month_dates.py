"""Dates in the languages the identifier names that dateparser has no locale for, read on their
own pages by CLDR's month names (:mod:`clipper.cldrmonths`): newcomer 49a's Tajik page dated
"7 декабри соли 2026" was stored undated with the line as its text's first paragraph.  Invented
pages: a town's new bridge."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper import cldrmonths
from clipper.cldrmonths import _MONTHS, _source, cldr_date, cldr_languages
from clipper.madetables import begin
from clipper.page import Article

# Invented: a town's new footbridge over its river, in Tajik.
_TG = (
    "Мақомоти шаҳри Хуҷанд рӯзи душанбе пули нави пиёдагардро аз болои дарёи Сир ба истифода "
    "супурданд ва гуфтанд, ки он роҳи мактаббачагонро ду баробар кӯтоҳ мекунад.",
    "Сохтмони пул ҳашт моҳ идома ёфт ва барои он маблағи буҷети шаҳр ва кӯмаки як бонки "
    "байналмилалӣ сарф шуд, гуфт муовини раиси шаҳр.",
    "Сокинони маҳаллаҳои соҳилӣ мегӯянд, ки акнун ба бозор ва беморхона бе мошин рафта "
    "метавонанд ва шабона пул бо чароғҳо равшан мешавад.",
)


def _page(line: str, lang: str = "tg", url: str = "https://town-news.example.tj/a/7") -> Article:
    from clipper.clean import clean_page
    from clipper.config import CleanConfig
    from clipper.page import RawPage

    headline = "Пули нав дар Хуҷанд"
    body = "".join(f"<p>{p}</p>" for p in _TG)
    page = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title></head>"
        f"<body><article><h1>{headline}</h1><p class='date'>{line}</p>{body}</article>"
        "</body></html>"
    )
    raw = RawPage(
        origin="t/bridge",
        kind="html",
        body=page.encode(),
        url=url,
        fetched_at="2026-12-07T15:00:00Z",
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("7 декабри соли 2026", "2026-12-07"),  # the izafat on the month and on "year"
        ("7 декабри 2026, соати 14:30", "2026-12-07T14:30:00"),
        ("07 Декабр 2026", "2026-12-07"),  # CLDR's own form
    ],
)
def test_a_tajik_date_line_dates_the_page_and_leaves_its_text(line: str, published: str) -> None:
    article = _page(line)
    assert article.published == published
    assert article.text.split("\n")[0] == _TG[0]


@pytest.mark.parametrize(
    ("language", "text", "read"),
    [
        ("tg", "7 декабри соли 2026", "2026-12-07"),
        ("tg", "Душанбе, 7 декабри 2026, соати 14:30", "2026-12-07T14:30:00"),
        ("tg", "31 феврали соли 2026", None),  # no such day
        ("tg", "декабри соли 2026", None),  # no day
        ("tk", "7-nji dekabr 2026", "2026-12-07"),  # Turkmen
        ("tt", "7 декабрь, 2026 ел", "2026-12-07"),  # Tatar, CLDR's "ел" ('year')
        ("xh", "Disemba 7, 2026", "2026-12-07"),  # isiXhosa writes the month first
        ("jv", "7 Desember 2026", "2026-12-07"),  # Javanese
        ("ru", "7 декабри соли 2026", None),  # not a language of the table
        (None, "7 декабри соли 2026", None),
    ],
)
def test_cldr_months_read_in_the_pattern_s_order(
    language: str | None, text: str, read: str | None
) -> None:
    assert cldr_date(text, language) == read


def test_only_a_page_of_the_language_reads_them() -> None:
    from clipper.linedates import line_date
    from clipper.read.zones import written_in

    with written_in("tg", None):
        assert line_date("7 декабри 2026, соати 14:30") == "2026-12-07T14:30:00"
    with written_in("ru", None):
        assert line_date("7 декабри 2026, соати 14:30") is None


def test_the_table_holds_the_languages_dateparser_lacks_and_is_fresh() -> None:
    from dateparser.data.languages_info import language_order

    assert {"tg", "tk", "tt", "xh"} <= cldr_languages()
    assert not cldr_languages() & set(language_order)  # dateparser reads those itself
    assert _MONTHS["tg"][0].split("|")[11] == "дек декабр"
    written = Path(cldrmonths.__file__).read_text(encoding="utf-8")
    marker = begin("clipper.cldrmonths")
    assert marker + written.partition(marker)[2].partition("# --- end")[0] in _source()
