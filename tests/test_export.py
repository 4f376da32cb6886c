"""``clipper export`` as a PR team's archivist uses it: yesterday's clippings for a watchlist,
as CSV that Excel opens right (umlauts, Arabic, Chinese), and as plain CSV or JSON Lines for
programs.  The filters are search's and digest's; they select exactly the pages they name, on
SQLite and PostgreSQL alike.

Fixtures are invented news-please-style JSON records: a German ferry story carried by two
outlets (one cluster), an Arabic and a Chinese port story, English stories about a company, and
one very long page, stored by two runs (two nights).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from clipper import export as exporting
from clipper import spreadsheet
from clipper.archive import Archive, open_archive
from clipper.cli import cli
from clipper.config import Config
from clipper.digest import watchlists
from clipper.export import Filters, records
from clipper.pipeline import dedupe
from clipper.searchquery import QueryError

_FERRY = (
    "Die Fährverbindung zwischen Altwerder und Kirchsand wird zum Jahresende eingestellt, "
    "teilte die Reederei Elbtal am Freitag mit. Seit 1921 pendelte die Fähre über die Elbe.\n"
    "Pendler müssen künftig einen Umweg von zwölf Kilometern über die Brücke bei Nordheim "
    "fahren. Der Bürgermeister von Kirchsand nannte die Entscheidung einen schweren Schlag "
    "für die Gemeinde und kündigte Gespräche mit dem Landkreis an.\n"
    "Die Reederei begründet den Schritt mit gestiegenen Kosten für Personal und Treibstoff. "
    "Im vergangenen Jahr nutzten nur noch rund 40.000 Fahrgäste die Verbindung."
)
_PORT_AR = (
    "أعلنت هيئة ميناء الساحل الشرقي يوم الأحد عن افتتاح رصيف جديد لسفن الحاويات بطول أربعمئة "
    "متر، في خطوة تهدف إلى تقليل فترات انتظار السفن أمام الميناء.\n"
    "وقال مدير الهيئة إن الرصيف الجديد سيرفع الطاقة الاستيعابية للميناء بنحو الثلث، وإن "
    "أعمال التوسعة استغرقت ثلاث سنوات وكلفت أكثر من مئتي مليون دولار.\n"
    "ورحب اتحاد المصدرين بالمشروع، مشيرا إلى أن التأخير في تفريغ الشحنات كان يكلف التجار "
    "مبالغ كبيرة كل شهر."
)
_FERRY_ZH = (
    "东海市港务局周日宣布，连接老城码头与北岛的轮渡航线将于下月起增加夜间班次，每晚九点和十点"
    "各开出一班。\n港务局表示，夜间班次票价与日间相同，学生和老人仍可享受半价优惠。北岛居民"
    "王女士说，过去晚上只能绕行跨海大桥，现在下班后也能坐船回家了。\n据统计，这条航线去年共运送"
    "旅客一百二十万人次，其中近三成是通勤乘客。"
)
_ACME_1 = (
    "Acme Ferries said on Sunday it would order two battery-powered vessels for its harbour "
    "crossing, replacing diesel boats that have served the route since 1998.\n"
    "The company expects the new ferries to enter service in two years and to cut the "
    "route's fuel costs by half. Unions welcomed the order but asked for training for crews.\n"
    "Acme carries about two million passengers a year between the old town and the islands."
)
_ACME_2 = (
    "Shares in Acme Ferries fell sharply on Tuesday after the operator warned that storms had "
    "cancelled more crossings in November than in any month for a decade.\n"
    "The chief executive said bookings for the winter timetable remained strong and that the "
    "battery ferry order announced last week was not affected by the weather.\n"
    "Analysts cut their profit forecasts for the year by about a tenth."
)
_MARKET = (
    "The covered market on Tanner Street reopened on Monday after a two-year restoration of its "
    "iron roof, with forty traders back in their old stalls and six new ones waiting.\n"
    "The council said the work came in under budget. Traders said footfall on the first day "
    "was higher than before the closure, helped by a brass band and free coffee.\n"
    "A farmers' market will be held in the hall on the first Saturday of every month."
)


def _long_text() -> str:
    """A report of over 40,000 characters (Excel holds 32,767 a cell), with emoji (two UTF-16
    code units each, as Excel counts them) throughout."""
    paragraphs = [
        f"Paragraph {n} of the harbour commission's annual report 🚢 notes that berth {n % 17} "
        f"handled {1000 + n * 37} containers in week {n % 52}, and that dredging of channel "
        f"{n % 5} continued on schedule despite {n % 9} days of storms."
        for n in range(320)
    ]
    return "\n".join(paragraphs)


NIGHT_1 = [
    {"url": "https://elbtal-morgenpost.example/region/faehre-altwerder", "title":
     "Fähre nach Kirchsand wird eingestellt", "maintext": _FERRY, "language": "de",
     "date_publish": "2026-11-29 07:00:00"},
    {"url": "https://ueberland-tagblatt.example/nachrichten/faehre-kirchsand", "title":
     "+++ Eilmeldung +++ Fähre nach Kirchsand wird eingestellt", "maintext": _FERRY,
     "language": "de", "date_publish": "2026-11-29 09:30:00"},
    {"url": "https://sahil-news.example/economy/new-container-berth", "title":
     "افتتاح رصيف جديد لسفن الحاويات في ميناء الساحل الشرقي", "maintext": _PORT_AR,
     "language": "ar", "date_publish": "2026-11-30 08:00:00"},
    {"url": "https://donghai-ribao.example/city/night-ferry", "title":
     "东海轮渡将增开夜间班次", "maintext": _FERRY_ZH, "language": "zh-CN",
     "date_publish": "2026-11-30 10:00:00"},
    {"url": "https://harbour-courier.example/business/acme-battery-ferries", "title":
     "Acme Ferries orders battery boats", "maintext": _ACME_1, "language": "en",
     "date_publish": "2026-11-30 12:00:00"},
    {"url": "https://harbour-courier.example/local/tanner-street-market", "title":
     "=HYPERLINK(\"http://evil.example\",\"Market reopens\")", "maintext": _MARKET,
     "language": "en", "date_publish": "2026-11-30 14:00:00"},
]
NIGHT_2 = [
    {"url": "https://harbour-courier.example/business/acme-shares-fall", "title":
     "Acme Ferries shares fall after stormy November", "maintext": _ACME_2, "language": "en",
     "date_publish": "2026-12-01 06:00:00"},
    {"url": "https://port-gazette.example/reports/commission-annual", "title":
     "Harbour commission annual report", "maintext": _long_text(), "language": "en",
     "date_publish": "2026-12-01 07:00:00"},
]
FERRY_DE = {NIGHT_1[0]["url"], NIGHT_1[1]["url"]}
ARABIC, CHINESE, ACME_1, MARKET = (NIGHT_1[i]["url"] for i in (2, 3, 4, 5))
ACME_2, LONG = NIGHT_2[0]["url"], NIGHT_2[1]["url"]
EVERY = {record["url"] for record in NIGHT_1 + NIGHT_2}


def _dump(folder: Path, name: str, rows: list[dict[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    return path


def _build(location: str, folder: Path) -> Archive:
    archive = open_archive(location)
    for night, rows in (("night-1.jsonl", NIGHT_1), ("night-2.jsonl", NIGHT_2)):
        summary = dedupe(archive, [str(_dump(folder / night[:-6], night, rows))],
                         Config(workers=1))
        assert summary.stored == len(rows), summary.as_dict()
    for name, query, sites, languages in (
        ("elbe ferries", "fähre OR elbe", (), ("de",)),
        ("acme", "acme", ("harbour-courier.example",), ()),
        ("ports", "轮渡 OR ميناء", (), ()),
    ):
        watchlists.add(archive, watchlists.make_watch(name, query, sites, languages))
    return archive


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    opened = _build(module_db_url, tmp_path_factory.mktemp("export-dumps"))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same archive on SQLite, for the command line."""
    folder = tmp_path_factory.mktemp("export-cli")
    _build(str(folder / "clipper.db"), folder).close()
    return folder / "clipper.db"


def urls(archive: Archive, **filters: Any) -> set[str]:
    return {record["url"] for record in records(archive, filters=Filters(**filters))}


# --- filters select exactly the pages they name (both backends) -----------------------------


def test_no_filter_exports_every_page(archive: Archive) -> None:
    assert urls(archive) == EVERY


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"since": "2026-11-30", "until": "2026-11-30"}, {ARABIC, CHINESE, ACME_1, MARKET}),
        ({"until": "2026-11-29"}, FERRY_DE),
        ({"since": "2026-11-30T11:00:00", "until": "2026-12-01T06:00:00"},
         {ACME_1, MARKET, ACME_2}),
        ({"sites": ("sahil-news.example",)}, {ARABIC}),
        # any spelling of a site, repeatable
        ({"sites": ("https://www.Donghai-Ribao.example/x", "ueberland-tagblatt.example")},
         {CHINESE, NIGHT_1[1]["url"]}),
        ({"languages": ("de",)}, FERRY_DE),
        ({"languages": ("zh",)}, {CHINESE}),
        ({"languages": ("ar", "zh-TW")}, {ARABIC, CHINESE}),
        ({"query": "fahre"}, FERRY_DE),  # accents folded as search folds them
        ({"query": "轮渡"}, {CHINESE}),  # a Chinese word inside a sentence
        ({"query": "ميناء"}, {ARABIC}),
        ({"query": "acme NOT storms"}, {ACME_1}),
        ({"query": "acme", "since": "2026-12-01"}, {ACME_2}),
        ({"watches": ("elbe ferries",)}, FERRY_DE),
        ({"watches": ("acme",)}, {ACME_1, ACME_2}),
        ({"watches": ("acme", "ports")}, {ACME_1, ACME_2, ARABIC, CHINESE}),  # any of them
        ({"watches": ("acme",), "until": "2026-11-30"}, {ACME_1}),  # and the other filters
        ({"languages": ("de",), "sites": ("sahil-news.example",)}, set()),  # all must hold
    ],
    ids=repr,
)
def test_filters_select_exactly_the_pages_they_name(
    archive: Archive, filters: dict[str, Any], expected: set[str]
) -> None:
    assert urls(archive, **filters) == expected


def test_rows_read_in_batches_come_whole_and_in_order(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ids are sorted and streamed, the rows read STREAM_ROWS at a time: with batches of 3
    the export is the same records in the same order (cluster by cluster, canonical first)."""
    whole = list(records(archive, with_text=True))
    monkeypatch.setattr(exporting, "STREAM_ROWS", 3)
    assert list(records(archive, with_text=True)) == whole
    assert len(whole) == len(EVERY)
    keys = [(r["cluster_id"], not r["is_canonical"], r["page_id"]) for r in whole]
    assert keys == sorted(keys)
    assert [r["url"] for r in records(archive, filters=Filters(watches=("acme", "ports")))] == [
        r["url"] for r in whole if r["url"] in {ACME_1, ACME_2, ARABIC, CHINESE}
    ]


def test_run_keeps_the_pages_that_night_stored(archive: Archive) -> None:
    runs = {record["url"]: record for record in records(archive)}
    assert len(runs) == len(EVERY)
    first, second = urls(archive, run=1), urls(archive, run=2)
    assert (first, second) == ({r["url"] for r in NIGHT_1}, {ACME_2, LONG})


def test_canonical_only_keeps_one_page_per_cluster(archive: Archive) -> None:
    every = list(records(archive))
    ferry = [r for r in every if r["url"] in FERRY_DE]
    assert len({r["cluster_id"] for r in ferry}) == 1  # the two outlets' copies: one cluster
    canonical = {r["url"] for r in every if r["is_canonical"]}
    assert urls(archive, canonical_only=True) == canonical
    assert len(canonical & FERRY_DE) == 1 and canonical >= EVERY - FERRY_DE
    # with --canonical-only, --site keeps the articles a site carried, as search does
    for site in ("elbtal-morgenpost.example", "ueberland-tagblatt.example"):
        assert urls(archive, canonical_only=True, sites=(site,)) == canonical & FERRY_DE


def test_bad_filter_values_are_refused_before_any_row(archive: Archive) -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({"since": "yesterdayish"}, "--since 'yesterdayish' is not a date or a span"),
        ({"since": "2026-12-01", "until": "2026-11-30"}, "after --until"),
        ({"sites": ("/",)}, "--site '/' is not a site name"),
        ({"languages": ("english!",)}, "--lang 'english!' is not a language code"),
        ({"query": "(acme"}, "--query: unbalanced parentheses"),
        ({"query": "NOT acme"}, "--query:"),
    ]
    for filters, message in cases:
        with pytest.raises(QueryError, match=message.replace("(", r"\(")):
            records(archive, filters=Filters(**filters))


# --- the command line ------------------------------------------------------------------------


def run(db: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, ["export", "--db", str(db), *args])
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def rows(data: bytes, encoding: str = "utf-8") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode(encoding), newline="")))


def test_yesterdays_clippings_for_a_watchlist_as_csv_for_excel(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "clippings.csv"
    result = run(db, "--excel", "--with-text", "--watch", "ports", "--watch", "elbe ferries",
                 "--since", "2026-11-29", "--until", "2026-11-30", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "4 pages written" in result.output
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfurl,origin,")  # UTF-8 with Excel's byte-order mark
    found = {row["url"]: row for row in rows(data, "utf-8-sig")}
    # every row ends CRLF (the texts' own line breaks stay inside their quoted cells)
    assert data.endswith(b"\r\n") and data.count(b"\r\n") == len(found) + 1
    assert set(found) == FERRY_DE | {ARABIC, CHINESE}
    assert found[ARABIC]["title"] == NIGHT_1[2]["title"]  # Arabic, CJK and umlauts intact
    assert found[CHINESE]["text"].startswith("东海市港务局周日宣布")
    assert "Fährverbindung" in found[NIGHT_1[0]["url"]]["text"]
    assert list(found[ARABIC])[-1] == "truncated" and found[ARABIC]["truncated"] == ""


def test_a_semicolon_separated_csv_for_the_excel_of_comma_decimal_locales(
    db: Path, tmp_path: Path
) -> None:
    """German, French or Polish Excel splits a CSV on ';' and opened the comma-separated export
    as one column (newcomer 21): --delimiter ';' writes the same rows with ';' between fields
    (a ';' inside a cell quoted), to a file and to standard output; tab too; refused for
    JSON Lines and workbooks, which have no separator."""
    comma = rows(run(db, "--excel", "--with-text").stdout_bytes, "utf-8-sig")
    out = tmp_path / "presseschau.csv"
    result = run(db, "--excel", "--with-text", "--delimiter", ";", "-o", str(out))
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfurl;origin;site;title;")
    text = data.decode("utf-8-sig")
    semicolon = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    # the same rows, their fractions with the decimal comma those locales read as numbers
    # (newcomer 24's finding 11: "0.73" was text in a Spanish or German LibreOffice)
    assert any("." in row["similarity"] for row in comma)
    assert semicolon == [
        {**row, "similarity": row["similarity"].replace(".", ",")} for row in comma
    ]
    tabbed = run(db, "--format", "csv", "--delimiter", "tab").stdout_bytes.decode()
    assert tabbed.startswith("url\torigin\tsite\t")
    plain = rows(run(db, "--format", "csv").stdout_bytes)
    assert list(csv.DictReader(io.StringIO(tabbed, newline=""), delimiter="\t")) == plain
    for fmt in ("jsonl", "xlsx"):
        refused = run(db, "--format", fmt, "--delimiter", ";", "-o", str(tmp_path / "x"))
        assert refused.exit_code == 2 and "--delimiter" in refused.output


def test_excel_cells_never_run_as_formulas_but_plain_csv_is_untouched(db: Path) -> None:
    excel = {r["url"]: r for r in rows(run(db, "--excel").stdout_bytes, "utf-8-sig")}
    assert excel[MARKET]["title"] == "'" + NIGHT_1[5]["title"]  # '=HYPERLINK(…): shown, not run
    ticker = excel[NIGHT_1[1]["url"]]["title"]  # a German news ticker's "+++ Eilmeldung +++"
    assert ticker == "'+++ Eilmeldung +++ Fähre nach Kirchsand wird eingestellt"
    assert excel[ACME_1]["title"] == "Acme Ferries orders battery boats"
    plain = run(db, "--format", "csv").stdout_bytes
    assert not plain.startswith(b"\xef\xbb\xbf") and b"\r" not in plain
    by_url = {r["url"]: r for r in rows(plain)}
    assert by_url[MARKET]["title"] == NIGHT_1[5]["title"]  # programs get the stored value
    assert "truncated" not in by_url[MARKET]
    # plain CSV is the JSON Lines export, field for field
    lines = [json.loads(line) for line in run(db).stdout.splitlines()]
    assert [r["url"] for r in rows(plain)] == [line["url"] for line in lines]
    assert rows(plain)[0] == {
        k: ("true" if v is True else "false" if v is False else "" if v is None else str(v))
        for k, v in lines[0].items()
    }


def test_a_cell_longer_than_excel_holds_is_cut_visibly_and_flagged(db: Path) -> None:
    found = {r["url"]: r for r in rows(run(db, "--excel", "--with-text").stdout_bytes,
                                          "utf-8-sig")}
    cut = found[LONG]["text"]
    assert cut.endswith(spreadsheet.CUT_MARK)
    assert spreadsheet.CELL_LIMIT - 1 <= spreadsheet.utf16_length(cut) <= spreadsheet.CELL_LIMIT
    assert _long_text().startswith(cut[: -len(spreadsheet.CUT_MARK)])
    assert found[LONG]["truncated"] == "text"
    assert all(row["truncated"] == "" for url, row in found.items() if url != LONG)
    whole = [json.loads(line) for line in run(db, "--with-text").stdout.splitlines()]
    assert [r["text"] for r in whole if r["url"] == LONG] == [_long_text()]  # JSON keeps it
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--excel", "--with-text"])
    assert "1 pages had a cell cut at Excel's 32,767 characters" in result.stderr


def test_a_workbook_opens_the_same_in_every_locale_with_typed_cells(
    db: Path, tmp_path: Path
) -> None:
    """``--format xlsx`` writes an Excel workbook (newcomer 18: a comma-separated file opens as
    one column where Windows' list separator is ";", as in German, French, Polish or Danish
    Excel): the CSV's fields plus ``truncated``, numbers, booleans and times as typed cells,
    text cells as text (a title "=HYPERLINK(…)" is no formula and keeps no "'"), a cell over
    Excel's limit cut and flagged; the same rows as CSV."""
    from openpyxl import load_workbook

    out = tmp_path / "clippings.xlsx"
    result = run(db, "--format", "xlsx", "--with-text", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f"{len(EVERY)} pages written to {out}" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clippings.xlsx"]  # no .partial left
    sheet = load_workbook(out)["pages"]
    header, *body = list(sheet.iter_rows(values_only=True))
    csv_rows = rows(run(db, "--excel", "--with-text").stdout_bytes, "utf-8-sig")
    assert list(header) == list(csv_rows[0])
    found = {row[0]: dict(zip(header, row, strict=True)) for row in body}
    assert list(found) == [r["url"] for r in csv_rows]
    market = found[MARKET]
    assert market["title"] == NIGHT_1[5]["title"]
    title_cell = next(c for c in sheet.iter_rows(min_row=2) if c[0].value == MARKET)[3]
    assert title_cell.data_type == "s"  # text, not a formula
    assert market["is_canonical"] is True and isinstance(market["cluster_id"], int)
    assert all(isinstance(r["similarity"], int | float) for r in found.values())
    # its source's own clock, no zone: a date cell as written, saying it is no UTC time
    assert market["published"] == datetime(2026, 11, 30, 14, 0)
    published = next(c for c in sheet.iter_rows(min_row=2) if c[0].value == MARKET)[
        list(header).index("published")
    ]
    assert published.number_format == spreadsheet.ZONELESS_TIME_FORMAT
    assert found[CHINESE]["text"].startswith("东海市港务局周日宣布")
    assert found[LONG]["truncated"] == "text"
    assert found[LONG]["text"].endswith(spreadsheet.CUT_MARK)
    assert sheet.freeze_panes == "A2"
    # a workbook is a file: standard output is refused before anything is read
    refused = run(db, "--format", "xlsx")
    assert refused.exit_code == 2 and "give -o FILE.xlsx" in refused.output


def test_fitting_a_cell_counts_as_excel_counts_and_never_splits_a_character() -> None:
    limit = spreadsheet.CELL_LIMIT
    assert spreadsheet.fit("a" * limit) == ("a" * limit, False)
    assert spreadsheet.fit("😀" * (limit // 2)) == ("😀" * (limit // 2), False)
    for value in ["a" * (limit + 1), "😀" * (limit // 2 + 1), "a" + "😀" * limit]:
        cell, cut = spreadsheet.fit(value)
        assert cut and cell.endswith(spreadsheet.CUT_MARK)
        assert limit - 1 <= spreadsheet.utf16_length(cell) <= limit
        assert value.startswith(cell[: -len(spreadsheet.CUT_MARK)])  # whole characters only
    for start in "=+-@\t\r":
        assert spreadsheet.defuse(start + "1+2") == "'" + start + "1+2"
    assert spreadsheet.defuse("Acme +5%") == "Acme +5%"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2026-13-01"], "--since '2026-13-01' is not a date or a span"),
        (["--until", "tomorrow"], "--until 'tomorrow' is not a date or a span"),
        (["--site", "/"], "--site '/' is not a site name"),
        (["--lang", "e n"], "--lang 'e n' is not a language code"),
        (["--query", "acme AND"], "--query: "),
        (["--run", "0"], "0 is too small"),
        (["--run", "x"], "'x' is not a valid integer"),
        (["--excel", "--format", "jsonl"], "--excel writes CSV"),
        (["--format", "xls"], "'xls': for Excel give --format xlsx"),
        (["--excel", "--format", "xlsx"], ".csv is csv, but --format xlsx writes xlsx"),
    ],
    ids=repr,
)
def test_a_bad_filter_is_exit_2_with_a_message_and_leaves_the_file(
    db: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "clippings.csv"
    out.write_text("yesterday's export\n")
    result = run(db, *args, "-o", str(out))
    assert result.exit_code == 2, result.output
    assert message in result.output.strip().splitlines()[-1]
    assert out.read_text() == "yesterday's export\n"  # untouched, no partial file left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clippings.csv"]


def test_an_unknown_watchlist_or_run_is_said_with_the_codes_of_digest_and_rejections(
    db: Path, tmp_path: Path
) -> None:
    watch = run(db, "--watch", "no-such-list", "-o", str(tmp_path / "a.csv"))
    assert watch.exit_code == 4  # as clipper digest --watch
    assert "no watchlist 'no-such-list'" in watch.output and "acme" in watch.output
    unknown_run = run(db, "--run", "99", "-o", str(tmp_path / "a.csv"))
    assert unknown_run.exit_code == 1  # as clipper rejections --run
    assert "no run 99 in this archive" in unknown_run.output
    assert list(tmp_path.iterdir()) == []


def test_stdout_is_utf8_whatever_the_terminal(db: Path) -> None:
    result = CliRunner(charset="latin-1").invoke(cli, ["export", "--db", str(db), "--lang", "ar"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout_bytes.decode("utf-8"))["title"] == NIGHT_1[2]["title"]


# --- times carry their zone ------------------------------------------------------------------

_TIMED = [
    {"url": "https://fenwick-echo.example/news/lock-gates", "title": "Lock gates replaced on the "
     "Fenwick canal", "date_publish": "2021-06-24 07:30:00",
     "date_download": "2021-06-24T09:15:00Z", "maintext":
     "Engineers lifted the last of four new oak lock gates into place at Fenwick on Wednesday, "
     "ending a six-week closure of the canal to boats.\nThe old gates had been in use since "
     "1974. Boaters queued at both ends of the flight for the first passage in the evening."},
    {"url": "https://fenwick-echo.example/news/school-garden", "title": "Pupils plant a school "
     "orchard", "date_publish": "2021-06-23", "date_download": "2021-06-24T09:20:00+02:00",
     "maintext": "Children at Marsh Lane primary planted twelve apple and pear trees on the "
     "playing field, donated by a local nursery.\nThe head teacher said each class would look "
     "after one tree and use the fruit in cookery lessons from next autumn onwards."},
    {"url": "https://fenwick-echo.example/news/bridge-paint", "title": "Swing bridge repainted",
     "date_publish": "2021-06-24T11:00:00+02:00", "date_download": "2021-06-24T09:30:00Z",
     "maintext": "Painters finished the swing bridge over the Fenwick cut on Thursday morning, "
     "three days early.\nThe bridge keeper said the new colour, a dark green, matched the one "
     "the bridge wore when it opened in 1891, and that boats could pass again from noon."},
]


@pytest.fixture(scope="module")
def timed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export-times")
    archive = open_archive(str(folder / "clipper.db"))
    try:
        summary = dedupe(archive, [str(_dump(folder, "timed.jsonl", _TIMED))], Config(workers=1))
        assert summary.stored == 3, summary.as_dict()
    finally:
        archive.close()
    return folder / "clipper.db"


def test_exported_times_carry_their_zone_and_dates_stay_dates(timed_db: Path) -> None:
    """pandas reads a time without an offset as naive (of no zone); with ``+00:00`` as UTC, and
    ``datetime.fromisoformat`` as aware on every Python (``Z`` only from 3.11): fetch times are
    written so.  A publication time the record gives without an offset is written as it gave
    it: its zone is unknown, and no offset is made up; one given with an offset is converted to
    UTC and written with ``+00:00``, as a fetch time is.  The same value in JSON Lines, plain CSV
    and CSV for Excel."""
    from datetime import date, datetime, timedelta

    lock, garden, bridge = (row["url"] for row in _TIMED)
    jsonl = {r["url"]: r for r in map(json.loads, run(timed_db).stdout.splitlines())}
    plain = {r["url"]: r for r in rows(run(timed_db, "--format", "csv").stdout_bytes)}
    excel = {r["url"]: r for r in rows(run(timed_db, "--excel").stdout_bytes, "utf-8-sig")}
    for found in (jsonl, plain, excel):
        assert found[lock]["published"] == "2021-06-24T07:30:00"  # as the record wrote it
        assert found[lock]["fetched_at"] == "2021-06-24T09:15:00+00:00"
        assert found[lock]["last_fetched_at"] == "2021-06-24T09:15:00+00:00"
        assert found[garden]["published"] == "2021-06-23"  # a date only: no time is made up
        assert found[bridge]["published"] == "2021-06-24T09:00:00+00:00"  # 11:00+02:00 in UTC
        assert found[garden]["fetched_at"] == "2021-06-24T07:20:00+00:00"  # +02:00 → UTC
        assert datetime.fromisoformat(found[lock]["fetched_at"]).utcoffset() == timedelta(0)
        assert date.fromisoformat(found[garden]["published"]) == date(2021, 6, 23)


def test_show_json_times_carry_their_zone(timed_db: Path) -> None:
    url = _TIMED[0]["url"]
    result = CliRunner().invoke(cli, ["show", "--db", str(timed_db), "--json", url])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    # the record gave its publication time without a zone: as written, no offset made up
    assert document["canonical"]["date"] == "2021-06-24T07:30:00"
    assert document["canonical"]["date_zoneless"] is True
    assert document["first_seen"] == document["last_seen"] == "2021-06-24T09:15:00+00:00"
    garden = CliRunner().invoke(cli, ["show", "--db", str(timed_db), "--json", _TIMED[1]["url"]])
    assert json.loads(garden.output)["canonical"]["date"] == "2021-06-23"


def test_excel_help_names_every_semicolon_locale() -> None:
    # newcomer 23's finding 32: a ru/uk/tr/vi desk read "German, French, Polish…" only, and got
    # a one-column file; the help names the rule (a decimal comma) and the locales, xlsx first
    out = CliRunner().invoke(cli, ["export", "--help"], terminal_width=400)
    assert out.exit_code == 0
    text = " ".join(out.output.split())
    start = text.index("--excel For Excel")
    excel = text[start : text.index("--delimiter [", start)]
    assert "decimal mark is a comma" in excel
    for language in ("Russian", "Ukrainian", "Polish", "Turkish", "Vietnamese"):
        assert language in excel
    assert excel.index("--format xlsx") < excel.index("--delimiter ';'")


def test_dash_as_output_file_writes_to_standard_output(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-o -`` is standard output, as for most tools: the same records as without ``-o``, and
    no file named ``-`` (it wrote one)."""
    monkeypatch.chdir(tmp_path)
    plain = run(db, "--watch", "ports")
    dashed = run(db, "--watch", "ports", "-o", "-")
    assert plain.exit_code == dashed.exit_code == 0, dashed.output
    assert dashed.stdout == plain.stdout and dashed.stdout.count("\n") >= 2
    assert not (tmp_path / "-").exists()
