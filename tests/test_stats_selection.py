"""``clipper stats`` given a filter counts what it selects, for a monthly report to a client
(newcomer 36, finding 7: nothing gave "pages / outlets / stories per watchlist for a month" in
one line, and export's rows count older versions twice): pages by address, articles
(clusters), stories, outlets, the days, the outlets with most pages; the same pages
``clipper export`` writes for the same options.  Every record is invented."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli
from tests.conftest import records_archive

WIRE = [
    "The regional savings bank Vistula Mutual will pay a fine of 4.2 million zloty after the "
    "regulator found that it had charged customers for accounts they never opened.",
    "The regulator said the bank had repaid every customer affected and had changed the way "
    "new accounts are confirmed, so the fine was lower than the maximum allowed.",
    "A spokesman for Vistula Mutual said the bank accepted the decision and would not "
    "appeal, adding that the errors came from a software change made in 2024.",
]
OTHER = [
    "Vistula Mutual opened its first branch in the port city of Elbląg on Monday, with a "
    "cash machine that accepts coins and a room for small business customers.",
    "The branch will be open on Saturdays until noon, the bank said, and six of its twelve "
    "staff were hired from the town's closed post office.",
]
UNRELATED = [
    "The city's tram depot will close for a week in February while engineers replace the "
    "points at the northern junction, the transport authority said on Tuesday.",
    "Replacement buses will run every ten minutes between the depot and the central station "
    "during the works, and night trams will not be affected by the closure.",
]


def _record(url: str, title: str, paragraphs: list[str], published: str) -> dict[str, str]:
    return {
        "url": url,
        "title": title,
        "maintext": "\n\n".join(paragraphs),
        "date_publish": published,
        "language": "en",
    }


RECORDS = [
    _record("https://wire.example/pl/fine", "Bank fined 4.2m zloty", WIRE, "2026-11-03 09:15:00"),
    _record("https://news.portal-a.example/biz/1", "Vistula Mutual fined", WIRE,
            "2026-11-03 10:02:00"),
    _record("https://finance.portal-a.example/x/2", "Regulator fines bank", WIRE,
            "2026-11-03 11:20:00"),
    _record("https://daily-b.example/a/3", "Regulator fines Vistula Mutual", WIRE[:2],
            "2026-11-04 07:00:00"),
    _record("https://coast-c.example/elblag", "New bank branch in Elbląg", OTHER,
            "2026-11-10 12:00:00"),
    _record("https://coast-c.example/trams", "Tram depot to close", UNRELATED,
            "2026-11-11 08:00:00"),
    _record("https://wire.example/pl/older", "Vistula Mutual results", OTHER[:1] + WIRE[2:],
            "2026-10-20 08:00:00"),
]


def _cli(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_watchlists_month_is_counted_as_export_selects_it(tmp_path: Path) -> None:
    db = str(records_archive(tmp_path, RECORDS))
    _cli("watch", "add", "--db", db, "Vistula", '"Vistula Mutual" OR bank')
    month = ("--watch", "Vistula", "--since", "2026-11-01", "--until", "2026-11-30")
    counted = json.loads(_cli("stats", "--db", db, *month, "--json"))
    rows = [json.loads(line) for line in _cli("export", "--db", db, *month).splitlines()]
    # the fine's four pages (one article: the wire's and its copies) and the branch's page;
    # the tram page matches no query, the October page is outside the month
    assert counted["pages"] == len({row["url"] for row in rows}) == 5
    assert counted["stored_pages"] == len(rows)
    assert counted["articles"] == len({row["cluster_id"] for row in rows}) == 2
    assert counted["stories"] == len({row["story_id"] for row in rows})
    # news.portal-a and finance.portal-a are one outlet
    assert counted["outlets"] == 4
    assert counted["top_outlets"][0] == {"outlet": "portal-a.example", "pages": 2, "articles": 1}
    assert (counted["first_day"], counted["last_day"]) == ("2026-11-03", "2026-11-10")
    assert counted["selection"] == "watchlist Vistula; 2026-11-01 – 2026-11-30"
    shown = _cli("stats", "--db", db, *month)
    assert shown.startswith("Selection: watchlist Vistula; 2026-11-01 – 2026-11-30")
    assert "articles (clusters)            2" in shown
    assert "portal-a.example" in shown
    # without a filter: the whole archive's summary, as before
    assert _cli("stats", "--db", db).startswith("Archive ")


def test_an_unknown_watchlist_says_so(tmp_path: Path) -> None:
    db = str(records_archive(tmp_path, RECORDS[:2]))
    result = CliRunner().invoke(cli, ["stats", "--db", db, "--watch", "Nope"])
    assert result.exit_code == 4
    assert "no watchlist 'Nope'" in result.output
