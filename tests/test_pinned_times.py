"""A time written without a zone on a site whose country keeps one offset is a known moment
(``pages.published_from == published_to``: the clocks ``--since`` and rule 6 read it on), and
is never labelled as having no time zone: a francophone desk's French digest said "14:30 (sans
fuseau horaire)" of an Icelandic page's 14:30, which is 14:30 UTC, while ``export``'s
``published_utc`` pinned it.  Shown as a moment, in ``--tz``'s zone, as a time written with
its zone is; a time whose clocks are unknown or span offsets still says it had none.
Invented records."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner, Result

from clipper.cli import cli
from tests.conftest import records_archive

ATOM = "{http://www.w3.org/2005/Atom}"


# url → (title, text); every one dated 14:30 without a zone on 2 December 2026
PAGES = {
    # Iceland keeps UTC all year: 14:30 is 14:30 UTC
    "https://frettabref.example.is/innlent/ferja": (
        "Ferry to Grimsey gets a new engine",
        "The ferry that links Grimsey island to the mainland will be out of service for six "
        "weeks this winter while a new engine is fitted at the yard in Akureyri.\n\n"
        "Islanders will fly to the mainland twice a week instead, on a small plane whose "
        "seats the municipality pays for until the ferry sails again in February.\n\n"
        "The old engine, fitted in 1996, failed twice last summer and left forty tourists "
        "stranded on the island for a night in August.",
    ),
    # the United Kingdom in December: GMT, UTC itself
    "https://harbourgazette.example.co.uk/news/lighthouse": (
        "Lighthouse keeper's cottage to become a museum",
        "The old keeper's cottage beside the Penmorva lighthouse will open as a small museum "
        "next spring after the trust that owns it raised the money for a new roof.\n\n"
        "Volunteers have collected logbooks, oil lamps and a brass foghorn that were kept in "
        "a barn for decades after the light was automated in 1982.\n\n"
        "Entry will be free for children from the parish, and the trust hopes school classes "
        "will visit the tower on calm days.",
    ),
    # India keeps one offset, +05:30: 14:30 is 09:00 UTC
    "https://deshpatra.example.in/city/flyover": (
        "Flyover over the rail crossing opens in Nandpur",
        "The flyover over the busy rail crossing in Nandpur opened to traffic on Wednesday, "
        "three years after work began and two years later than first promised.\n\n"
        "Buses and lorries had waited up to forty minutes at the gates, which closed more "
        "than ninety times a day for passing goods trains.\n\n"
        "The state roads department said the cost rose by a third because the piers had to "
        "be moved away from an old water main under the road.",
    ),
    # a site of no country: the clock is unknown
    "https://kotapelabuhan.example/berita/dermaga": (
        "New pier opens at Kota Pelabuhan",
        "A new passenger pier opened at Kota Pelabuhan on Wednesday, letting the island "
        "ferries berth without waiting for the tide for the first time in decades.\n\n"
        "Fishermen welcomed the deeper channel dredged beside it, though some said the fees "
        "for mooring there are too high for the smaller boats.\n\n"
        "The regency plans a covered market at the landward end of the pier next year.",
    ),
}
ICELAND, BRITAIN, INDIA, NOWHERE = PAGES


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    records = [
        {"url": url, "title": title, "maintext": text, "date_publish": "2026-12-02 14:30:00"}
        for url, (title, text) in PAGES.items()
    ]
    return str(records_archive(tmp_path_factory.mktemp("pinned"), records))


def _cli(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result


def _entries(db: str, *args: str) -> dict[str, str]:
    """Each story's line of site and date in a text digest, by its site (the digest names a
    site as its outlet, its registrable domain: these hosts' are example.is, example.co.uk...)."""
    shown = _cli("digest", "--db", db, "--since", "30d", "--no-record", "--format", "text",
                 *args).stdout
    outlets = {"example.is": "frettabref.example.is",
               "example.co.uk": "harbourgazette.example.co.uk",
               "example.in": "deshpatra.example.in",
               "kotapelabuhan.example": "kotapelabuhan.example"}
    return {
        outlets[line.strip().split(" · ")[0]]: line.strip()
        for line in shown.splitlines()
        if " · " in line and line.strip().split(" · ")[0] in outlets
    }


def test_a_french_digest_never_says_a_pinned_time_has_no_zone(db: str) -> None:
    lines = _entries(db, "--language", "fr", "--tz", "UTC")
    assert len(lines) == 4, lines
    assert "2026-12-02 14:30 UTC" in lines["frettabref.example.is"]
    assert "2026-12-02 14:30 UTC" in lines["harbourgazette.example.co.uk"]
    assert "2026-12-02 09:00 UTC" in lines["deshpatra.example.in"]
    for site in ("frettabref.example.is", "harbourgazette.example.co.uk", "deshpatra.example.in"):
        assert "sans fuseau horaire" not in lines[site], lines[site]
    # the clock of a site of no country is unknown: said so, as written
    assert "2026-12-02 14:30 (sans fuseau horaire)" in lines["kotapelabuhan.example"]


def test_a_pinned_time_is_shown_in_the_readers_zone(db: str) -> None:
    lines = _entries(db, "--tz", "Europe/Paris")
    assert "2026-12-02 15:30 CET" in lines["frettabref.example.is"]
    assert "2026-12-02 10:00 CET" in lines["deshpatra.example.in"]
    assert "2026-12-02 14:30 (no time zone given)" in lines["kotapelabuhan.example"]


def test_show_search_and_clusters_call_a_pinned_time_a_moment(db: str) -> None:
    shown = _cli("show", "--db", db, "--no-text", "--tz", "UTC", ICELAND).output
    assert "2026-12-02 14:30 UTC" in shown and "no time zone given" not in shown
    document = json.loads(_cli("show", "--db", db, "--json", INDIA).output)
    assert (document["canonical"]["date"], document["canonical"]["date_zoneless"]) == (
        "2026-12-02T09:00:00+00:00", False,
    )
    hits = {h["url"]: h for h in map(json.loads, _cli(
        "search", "--db", db, "--json", "ferry OR flyover OR pier").output.splitlines())}
    assert (hits[ICELAND]["date"], hits[ICELAND]["date_zoneless"]) == (
        "2026-12-02T14:30:00+00:00", False,
    )
    assert (hits[NOWHERE]["date"], hits[NOWHERE]["date_zoneless"]) == (
        "2026-12-02T14:30:00", True,
    )
    rows = {r["url"]: r for r in map(json.loads, _cli(
        "clusters", "--db", db, "--json").output.splitlines())}
    assert (rows[BRITAIN]["date"], rows[BRITAIN]["date_zoneless"]) == (
        "2026-12-02T14:30:00+00:00", False,
    )
    assert (rows[NOWHERE]["date"], rows[NOWHERE]["date_zoneless"]) == (
        "2026-12-02T14:30:00", True,
    )


def test_an_atom_entry_of_a_pinned_time_says_when_it_was_published(db: str) -> None:
    """A feed's date must carry a zone: a zoneless entry has no ``published``; a pinned one
    has its moment."""
    feed = ElementTree.fromstring(_cli(
        "digest", "--db", db, "--since", "30d", "--no-record", "--format", "atom").stdout)
    published = {}
    for entry in feed.iter(f"{ATOM}entry"):
        link = entry.find(f"{ATOM}link")
        assert link is not None
        published[link.get("href")] = entry.find(f"{ATOM}published")
    iceland = published[ICELAND]
    assert iceland is not None and iceland.text == "2026-12-02T14:30:00+00:00"
    assert published[NOWHERE] is None
