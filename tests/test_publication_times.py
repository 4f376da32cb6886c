"""A publication time of exactly midnight is a day whose time the source did not know
(news-please's ``date_publish``, CC-News's ``date``: "2018-07-15 00:00:00"): it is stored as
the day, so a reprint dated so does not rank before the original it carries, published that
day at 11:32 (clipper.pipeline.publication_time)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from clipper.models import Cluster, Page
from tests.conftest import build

BODY = [
    "Harbour pilots at Kestrel Bay will work a four-day week from next month after the port "
    "authority agreed a new rota with their union, ending a dispute that began in the spring.",
    "The agreement keeps two pilots on call at night and adds a relief launch for the winter "
    "months, when storms close the outer channel for days at a time, the authority said.",
    "Shipping agents had warned that delays at the bar were costing the port business, with "
    "three container lines threatening to move their calls to Westhaven before the deal.",
    "The union said its members had voted by a large majority to accept the offer, which "
    "also raises the allowance paid for boarding ships in heavy weather by a fifth.",
    "The authority's chair said the rota would be reviewed after a year, and that two "
    "trainee pilots would join the service in the autumn once their licences are granted.",
]
# what the reprinting site adds around the wire text: more words, but not the original
REPRINT_EXTRA = [
    "Readers can send news tips to the Metro Weekly desk at any hour by phone or by letter.",
    "This story was first published by the Associated Wire service earlier in the day.",
]


def _record(url: str, published: str, paragraphs: list[str]) -> str:
    return json.dumps({
        "url": url, "title": "Harbour pilots agree four-day week", "date_publish": published,
        "maintext": "\n".join(paragraphs), "date_download": "2018-07-16T02:00:00Z",
    })


def test_a_reprint_dated_at_midnight_is_not_the_original(tmp_path: Path) -> None:
    wire = "https://apwire.example/article/harbour-pilots"
    reprint = "https://metroweekly.example/news/harbour-pilots"
    for order in (0, 1):
        lines = [
            _record(wire, "2018-07-15T11:32:00Z", BODY),
            _record(reprint, "2018-07-15 00:00:00", [*BODY, *REPRINT_EXTRA]),
        ]
        dump = tmp_path / f"night{order}.jsonl"
        dump.write_text("\n".join(lines[::-1] if order else lines) + "\n")
        archive, _ = build(tmp_path / f"a{order}.db", [dump])
        with archive.sessions() as session:
            published = dict(session.execute(select(Page.source_key, Page.published)).all())
            (canonical,) = session.execute(
                select(Page.source_key).join(Cluster, Cluster.canonical_page_id == Page.id)
            ).scalars()
        archive.close()
        assert published == {wire: "2018-07-15T11:32:00", reprint: "2018-07-15"}
        assert canonical == wire, order


def test_a_time_of_midnight_in_its_own_zone_is_its_day() -> None:
    from clipper.pipeline import publication_time

    assert publication_time("2018-07-15 00:00:00") == "2018-07-15"
    assert publication_time("2018-07-15T00:00:00+02:00") == "2018-07-15"  # its local day
    assert publication_time("2018-07-15T00:00:00Z") == "2018-07-15"
    assert publication_time("2018-07-15T22:00:00-04:00") == "2018-07-16T02:00:00"
    assert publication_time("2018-07-15T00:00:01") == "2018-07-15T00:00:01"
    assert publication_time("Sun, 15 Jul 2018 00:00:00 GMT") == "2018-07-15"
    assert publication_time(None) is None


def test_show_says_a_date_is_a_fetch_time(tmp_path: Path) -> None:
    """A page without a publication date shows its fetch time in the date's place: said so,
    not passed off as when it was published."""
    from click.testing import CliRunner

    from clipper.cli import cli

    url = "https://apwire.example/article/harbour-pilots"
    record = json.loads(_record(url, "", BODY))
    del record["date_publish"]
    dump = tmp_path / "night.jsonl"
    dump.write_text(json.dumps(record) + "\n")
    build(tmp_path / "a.db", [dump])[0].close()

    def show(*options: str) -> str:
        result = CliRunner().invoke(cli, ["show", "--db", str(tmp_path / "a.db"), url, *options])
        assert result.exit_code == 0, result.output
        return result.output

    assert "fetched 2018-07-16 02:00 UTC" in show("--no-text")
    canonical = json.loads(show("--json"))["canonical"]
    assert (canonical["date"], canonical["date_source"]) == ("2018-07-16T02:00:00+00:00", "fetched")
