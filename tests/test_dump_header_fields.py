"""A text dump's header line of fields (clipper.dumpfields): "By NAME | Outlet | Updated: …",
"2026-12-06 14:30:00 来源：…" are read field by field, in every language clipper reads header
labels in: the author is NAME alone, the outlet or source label names the site when nothing
else does, an "Updated:" field gives the update.  Newcomer 48b: a China Daily dump's byline
became its site ("by wang xiaoli"), the whole line its author, and its 17:45 update was lost;
a Securities Times dump's "来源：" named no site, and its zoneless 14:30 stayed on no clock, so the
later Traditional copy (16:20 HKT) became the canonical.  A zoneless time on a page in a
language every country of which keeps one clock (Chinese: UTC+8) is on that clock whatever its
address (finding 6: a sohu.com record).  Invented outlets, people and text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from clipper.dumpfields import header_fields
from clipper.languageclocks import LANGUAGE_CLOCKS, ONE_CLOCK_ZONES, language_zones
from clipper.sitezones import country_zones
from clipper.textdump import clean_text_dump
from tests.conftest import build, cli_ok, exported, records_archive

FETCHED = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)

_EN_BODY = (
    "The harbour authority of Port Elsworth said on Sunday it had approved a new ferry pier "
    "for the northern district, the first such works in the town for twenty years.\n\n"
    "The pier is expected to open in the spring of 2028, and will serve about 4,000 "
    "passengers a day, officials said at a meeting with residents.\n\n"
    "Residents welcomed the plan but asked that the old fish market be kept open during the "
    "works, which will cost about 30 million pounds."
)
_ZH_BODY = (
    "青川港务局6日表示，已批准在北区兴建一座新的渡轮码头，这是该区二十年来首项同类工程。\n\n"
    "新码头预计于2028年春季启用，每日可服务约4000名乘客，官员在居民会上介绍了有关计划。\n\n"
    "居民欢迎有关计划，但要求在工程期间保留旧鱼市场继续营业，工程总费用约3亿元人民币。"
)
_DE_BODY = (
    "Die Hafenbehörde von Elsdorf hat am Sonntag den Bau eines neuen Fähranlegers im "
    "Norden der Stadt genehmigt, die erste solche Baustelle seit zwanzig Jahren.\n\n"
    "Der Anleger soll im Frühjahr 2028 eröffnet werden und täglich etwa 4000 Fahrgäste "
    "bedienen, sagten Vertreter der Behörde bei einer Versammlung mit Anwohnern.\n\n"
    "Die Anwohner begrüßten den Plan, baten aber darum, den alten Fischmarkt während der "
    "Arbeiten offen zu halten."
)
_RU_BODY = (
    "Портовое управление города Северск в воскресенье одобрило строительство нового "
    "паромного причала в северном районе, первого такого объекта за двадцать лет.\n\n"
    "Причал планируется открыть весной 2028 года, он будет обслуживать около 4000 "
    "пассажиров в день, сообщили представители управления на встрече с жителями.\n\n"
    "Жители поддержали план, но попросили сохранить работу старого рыбного рынка во время "
    "строительства."
)


@pytest.mark.parametrize(
    ("line", "author", "outlet", "published", "updated"),
    [
        (
            "By Mara Quill | The Elsworth Courier | Updated: 2026-12-06 17:45",
            "Mara Quill",
            "The Elsworth Courier",
            None,
            "2026-12-06T17:45:00",
        ),
        ("2026-12-06 14:30:00 来源：青川日报网", None, "青川日报网", "2026-12-06T14:30:00", None),
        ("2026年12月6日 16:20 來源：青川時報", None, "青川時報", "2026-12-06T16:20:00", None),
        ("出處：青川時報 | 2026-12-06 16:20", None, "青川時報", "2026-12-06T16:20:00", None),
        (
            "Par Léa Vornet · Le Courrier d'Elsdorf · 5 décembre 2026",
            "Léa Vornet",
            "Le Courrier d'Elsdorf",
            "2026-12-05",
            None,
        ),
        (
            "Von Nina Berghoff | Elsdorfer Bote | 06.12.2026, 14:30 Uhr",
            "Nina Berghoff",
            "Elsdorfer Bote",
            "2026-12-06T14:30:00",
            None,
        ),
        ("Kaynak: Elsa Haber - 06.12.2026 14:30", None, "Elsa Haber", "2026-12-06T14:30:00", None),
        (
            "Автор: Ирина Северова · Источник: Северск-Инфо · 06.12.2026 14:30",
            "Ирина Северова",
            "Северск-Инфо",
            "2026-12-06T14:30:00",
            None,
        ),
        ("Джерело: Сіверськ Медіа", None, "Сіверськ Медіа", None, None),
        ("Nguồn: Báo Cảng Bắc / 06/12/2026", None, "Báo Cảng Bắc", None, None),
        ("Sumber: Warta Pelabuhan • 6 Desember 2026", None, "Warta Pelabuhan", "2026-12-06", None),
        ("المصدر: صحيفة الميناء | 6 ديسمبر 2026", None, "صحيفة الميناء", "2026-12-06", None),
        ("출처: 항구일보 | 2026-12-06 14:30", None, "항구일보", "2026-12-06T14:30:00", None),
        (
            "Fuente: Diario del Puerto | Actualizado: 06/12/2026 14:30",
            None,
            "Diario del Puerto",
            None,
            "2026-12-06T14:30:00",
        ),
    ],
)
def test_a_header_line_is_read_field_by_field_in_every_language(
    line: str, author: str | None, outlet: str, published: str | None, updated: str | None
) -> None:
    fields = header_fields(line)
    assert fields is not None
    assert fields.author == author
    assert fields.outlet == outlet
    if published is not None:
        assert fields.published == published
    assert fields.updated == updated


@pytest.mark.parametrize(
    "line",
    [
        # prose with a bar, a dash or a slash in it: no fields
        "Sales rose 5% | the board met on Friday and agreed to sell the northern depot",
        "Port Elsworth - the town that never sleeps, and never stops building piers",
        "The pier will cost 30 million pounds / about 35 million euros, officials said.",
        # a photo credit's fields name no byline, date or source: a credit, not a header
        "Tom Reeve | Stone | Harbour Images",
        "Home | News | Business | Sport",
    ],
)
def test_a_line_of_prose_or_credits_with_separators_is_no_header(line: str) -> None:
    assert header_fields(line) is None


def test_the_china_daily_kind_of_header_gives_author_site_and_update(tmp_path: Path) -> None:
    dump = tmp_path / "courier-pier.txt"
    dump.write_text(
        "Port Elsworth approves northern ferry pier\n"
        "By Mara Quill | The Elsworth Courier | Updated: 2026-12-06 17:45\n\n" + _EN_BODY + "\n",
        encoding="utf-8",
    )
    archive, _ = build(tmp_path / "a.db", [dump])
    archive.close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["site"] == "the elsworth courier"
    assert row["author"] == "Mara Quill"
    assert row["title"] == "Port Elsworth approves northern ferry pier"
    assert row["updated"] == "2026-12-06T17:45:00"
    assert row["published"] == "2026-12-06T17:45:00"
    assert row["date_source"] == "updated"
    assert "Elsworth Courier" not in row["text"]


def test_a_crawler_site_or_address_comes_before_the_outlet_field(tmp_path: Path) -> None:
    folder = tmp_path / "www.harbourwire.example"
    folder.mkdir()
    dump = folder / "pier.txt"
    dump.write_text(
        "Port Elsworth approves northern ferry pier\n"
        "By Mara Quill | The Elsworth Courier | 6 December 2026\n\n" + _EN_BODY + "\n",
        encoding="utf-8",
    )
    archive, _ = build(tmp_path / "a.db", [dump])
    archive.close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["site"] == "harbourwire.example"
    assert row["author"] == "Mara Quill"


def test_a_source_label_after_the_date_names_the_site_and_utc8_places_the_time(
    tmp_path: Path,
) -> None:
    head = "青川港务局批准兴建北区渡轮码头\n2026-12-06 14:30:00 来源：青川日报网\n\n"
    (tmp_path / "sc.txt").write_text(head + _ZH_BODY + "\n", encoding="utf-8")
    archive, _ = build(tmp_path / "a.db", [tmp_path / "sc.txt"])
    archive.close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["site"] == "青川日报网"
    assert row["published_utc"] == "2026-12-06T06:30:00+00:00"
    assert "来源" not in row["text"]


def test_a_header_with_a_dateline_after_it_keeps_the_dateline_paragraph() -> None:
    cleaned = clean_text_dump(
        "Port Elsworth approves northern ferry pier\n"
        "By Mara Quill · The Elsworth Courier\n\n"
        "PORT ELSWORTH, Dec 6 — " + _EN_BODY,
        latest=FETCHED,
    )
    assert cleaned.author == "Mara Quill"
    assert cleaned.source == "The Elsworth Courier"
    assert cleaned.paragraphs[0].startswith("PORT ELSWORTH, Dec 6 — The harbour authority")


def test_german_and_russian_header_lines() -> None:
    de = clean_text_dump(
        "Elsdorf genehmigt neuen Fähranleger\n"
        "Von Nina Berghoff | Elsdorfer Bote | 06.12.2026, 14:30 Uhr\n\n" + _DE_BODY,
        latest=FETCHED,
    )
    assert (de.author, de.source, de.published) == (
        "Nina Berghoff",
        "Elsdorfer Bote",
        "2026-12-06T14:30:00",
    )
    ru = clean_text_dump(
        "Северск одобрил строительство нового причала\n"
        "Автор: Ирина Северова · Источник: Северск-Инфо · 06.12.2026 14:30\n\n" + _RU_BODY,
        latest=FETCHED,
    )
    assert (ru.author, ru.source, ru.published) == (
        "Ирина Северова",
        "Северск-Инфо",
        "2026-12-06T14:30:00",
    )


def test_a_line_of_two_dates_one_unread_by_a_field_is_the_date_reader_s() -> None:
    """A header line whose publication field the fields reader cannot read but whose update
    field it can is left to the date reader, which reads both: the publication, not the
    update, dates the dump; and a labelled writer's names are the byline reader's ("A; B")."""
    de = clean_text_dump(
        "Elsdorf genehmigt neuen Fähranleger\n"
        "Zuerst veröffentlicht am Freitag, 4. Dezember 2026 um 10:32 Uhr MEZ | Zuletzt "
        "aktualisiert am Samstag, 5. Dezember 2026 um 08:15 Uhr MEZ\n\n" + _DE_BODY,
        latest=FETCHED,
    )
    assert de.published == "2026-12-04"  # the publication's day, not the update's
    fields = header_fields("Penulis: Rina Wulandari, Agus Santoso | Editor: Dewi Lestari")
    assert fields is not None and fields.author == "Rina Wulandari; Agus Santoso"


def test_a_first_prose_line_with_a_bar_is_text_not_fields() -> None:
    first = (
        "Ferry fares rise 5% | the harbour board met on Friday and agreed that the northern "
        "pier will open in 2028, officials said."
    )
    cleaned = clean_text_dump(first + "\n\n" + _EN_BODY, latest=FETCHED)
    assert cleaned.source is None
    assert cleaned.paragraphs[0] == first


def test_a_bylined_header_names_no_site_from_its_byline(tmp_path: Path) -> None:
    """The byline is never the site: a header of a byline and a date alone names none."""
    cleaned = clean_text_dump(
        "Port Elsworth approves northern ferry pier\n"
        "By Mara Quill | 6 December 2026 17:45\n\n" + _EN_BODY,
        latest=FETCHED,
    )
    assert cleaned.author == "Mara Quill"
    assert cleaned.source is None


# The languages of several countries all on one clock (clipper.languageclocks.ONE_CLOCK_ZONES)


def test_every_one_clock_language_has_no_one_country_and_its_zones_keep_one_offset() -> None:
    for language, zones in ONE_CLOCK_ZONES.items():
        assert LANGUAGE_CLOCKS[language][0] is None, language
        known = {zone for country in _countries() for zone in country_zones(country)}
        assert set(zones) <= known, language
        for month in (1, 7):
            wall = datetime(2026, month, 15, 12)
            assert len({ZoneInfo(zone).utcoffset(wall) for zone in zones}) == 1, language
    assert language_zones("zh-Hant") == ONE_CLOCK_ZONES["zh"]
    assert language_zones("zh_HK") == ONE_CLOCK_ZONES["zh"]
    assert language_zones("en") == ()
    assert language_zones("ru") == ()


def _countries() -> list[str]:
    from clipper.sitezones import _table

    return list(_table())


def _record(url: str, language: str, published: str, **more: Any) -> dict[str, Any]:
    return {
        "url": url,
        "title": "青川港务局批准兴建北区渡轮码头",
        "text": _ZH_BODY,
        "published": published,
        "language": language,
        "fetched_at": "2026-12-06T22:10:00Z",
        **more,
    }


@pytest.mark.parametrize(
    ("url", "language", "expected"),
    [
        # a Chinese portal on .com: UTC+8, as .cn and .tw sites are (newcomer 48b, finding 6)
        ("https://www.qingchuan-portal.com/a/1001", "zh", "2026-12-06T08:10:00+00:00"),
        ("https://www.qingchuan-portal.com/a/1002", "zh-Hant", "2026-12-06T08:10:00+00:00"),
        ("https://www.qingchuan-portal.cn/a/1003", "zh", "2026-12-06T08:10:00+00:00"),
        # an address of another country's clocks comes first: New York's Chinese daily
        ("https://www.qingchuan-daily.us/a/1004", "zh", None),
    ],
)
def test_a_zoneless_time_on_a_chinese_record_is_on_utc8_whatever_its_address(
    tmp_path: Path, url: str, language: str, expected: str | None
) -> None:
    db = records_archive(tmp_path, [_record(url, language, "2026-12-06 16:10")])
    (row,) = exported(db).values()
    assert row["published_utc"] == expected
    if expected is None:
        assert row["published_from"] != row["published_to"]


def test_a_malay_record_on_com_is_on_utc8_and_a_russian_one_on_no_clock(tmp_path: Path) -> None:
    malay = _record("https://www.warta-pelabuhan.com/a/1", "ms", "2026-12-06 16:10")
    malay["text"] = (
        "Pihak berkuasa pelabuhan Kuala Elsa pada hari Ahad meluluskan pembinaan jeti feri baharu "
        "di daerah utara, kerja pertama seumpamanya dalam tempoh dua puluh tahun.\n\n"
        "Jeti itu dijangka dibuka pada musim bunga 2028 dan akan melayani kira-kira 4,000 "
        "penumpang sehari, kata pegawai dalam pertemuan bersama penduduk."
    )
    malay["title"] = "Jeti feri baharu diluluskan di Kuala Elsa"
    russian = _record("https://www.seversk-info.com/a/2", "ru", "2026-12-06 16:10")
    russian["text"] = _RU_BODY
    russian["title"] = "Северск одобрил строительство нового причала"
    db = records_archive(tmp_path, [malay, russian])
    rows = {row["url"]: row for row in exported(db).values()}
    assert rows[malay["url"]]["published_utc"] == "2026-12-06T08:10:00+00:00"
    assert rows[russian["url"]]["published_utc"] is None


def test_the_later_traditional_copy_is_no_longer_the_canonical(tmp_path: Path) -> None:
    """The Securities Times kind of dump (14:30, UTC+8: 06:30 UTC) came first; the Traditional
    copy of 16:20 HKT (08:20 UTC) is its later copy, in either order read."""
    trad = (
        "青川港務局批准興建北區渡輪碼頭\n2026年12月6日 16:20 HKT\n\n"
        "青川港務局6日表示，已批准在北區興建一座新的渡輪碼頭，這是該區二十年來首項同類工程。\n\n"
        "新碼頭預計於2028年春季啟用，每日可服務約4000名乘客，官員在居民會上介紹了有關計劃。\n\n"
        "居民歡迎有關計劃，但要求在工程期間保留舊魚市場繼續營業，工程總費用約3億元人民幣。\n"
    )
    simplified = (
        "青川港务局批准兴建北区渡轮码头\n2026-12-06 14:30:00 来源：青川日报网\n\n" + _ZH_BODY + "\n"
    )
    for name_sc, name_tc in (("a.txt", "b.txt"), ("b.txt", "a.txt")):
        folder = tmp_path / name_sc
        folder.mkdir()
        (folder / name_sc).write_text(simplified, encoding="utf-8")
        (folder / name_tc).write_text(trad, encoding="utf-8")
        archive, _ = build(folder / "a.db", [folder / name_sc, folder / name_tc])
        archive.close()
        rows = list(exported(folder / "a.db").values())
        canonical = [row for row in rows if row["is_canonical"]]
        assert len(rows) == 2 and len(canonical) == 1
        assert canonical[0]["site"] == "青川日报网"
        out = cli_ok(str(folder / "a.db"), "clusters").output
        assert "? P" not in out
