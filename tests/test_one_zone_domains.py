"""A site under the country-code domain of a country on one clock has its zoneless times read on
that clock: a Malian paper's "16:45" on a ``.ml`` address is 16:45 UTC (Africa/Bamako, UTC+0
all year), shown 19:45 EAT under ``--tz Africa/Nairobi``, never as written beside EAT times.
Newcomer 46 asked why maliweb was not read on Mali's clock: its address was ``.net``, which
names no country (its page, ``lang="fr"``, neither: French is written on many clocks).  The
whole kind: every country zone.tab gives one zone, under its own domain.  Invented pages."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from clipper.sitezones import _GENERIC, _table, offsets, site_country
from tests.conftest import cli_ok
from tests.test_copies import invented_paragraphs

WALL = datetime(2026, 12, 6, 16, 45)


def test_every_one_zone_country_s_domain_names_its_one_clock() -> None:
    # every country zone.tab lists with one zone (a country of several, the US's, is not here)
    one_zone = sorted(country for country, zones in _table().items() if len(zones) == 1)
    assert "ML" in one_zone and "KE" in one_zone  # zone.tab on the machine
    for country in one_zone:
        code = country.lower()
        if code in _GENERIC:  # sold as a generic name: checked below
            continue
        assert site_country(f"www.journal-example.{code}") == country, country
        assert site_country(f"www.journal-example.co.{code}") == country, country
        earliest, latest = offsets(country, WALL)
        assert earliest == latest, country  # one offset: the time is pinned
    # a country-code domain sold as a generic name names none, unless under a registry's level
    assert "so" in _GENERIC and site_country("www.radio-example.so") is None
    assert site_country("www.radio-example.com.so") == "SO"


def test_a_zoneless_time_on_a_one_zone_domain_is_on_that_clock(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    record = {
        "url": "https://www.journal-example.ml/economie/riz-credits",
        "title": "Des credits pour les riziculteurs de l'Office du Niger",
        "text": "\n\n".join(invented_paragraphs(4601, 5)),
        "published": "2026-12-06 16:45",
    }
    (inputs / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = str(tmp_path / "a.db")
    cli_ok(db, "dedupe", "--workers", "1", str(inputs))
    (row,) = [json.loads(line) for line in cli_ok(db, "clusters", "--json").output.splitlines()]
    assert row["last_seen_zoneless"] is False
    table = cli_ok(db, "clusters", "--tz", "Africa/Nairobi").output
    assert "19:45" in table and " ? " not in table and "no time zone given" not in table
