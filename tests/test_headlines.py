"""A cluster's headline from its members' titles (clipper.headlines), on invented titles."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.headlines import Copy, choose_headline
from clipper.page import Article, RawPage


def _copies(*titles: str, words: int = 100) -> list[Copy]:
    return [Copy(t, words, f"https://site{i}.example/a") for i, t in enumerate(titles)]


def test_the_canonicals_title_stays_when_a_copy_shares_it_or_no_two_agree() -> None:
    own = "Harbour fees rise in spring"
    assert choose_headline(own, []) == own
    shared = _copies("harbour fees rise in spring!", "Fees up", "Fees up")
    assert choose_headline(own, shared) == own
    assert choose_headline(own, _copies("Fees up at the harbour", "Port charges climb")) == own


def test_an_outlier_gives_way_to_the_title_copies_agree_on() -> None:
    copies = _copies("Port charges climb", "Port charges climb", "Fees up at the harbour")
    assert choose_headline("Guest Commentary: a letter", copies) == "Port charges climb"


def test_a_wire_storys_own_headline_stays_above_copies_that_share_another() -> None:
    """Local papers ran the wire story under one headline of their own: the canonical's is
    still a headline of the article (they share its words), not an outlier line."""
    own = "Demolition begins on Tarrow swing bridge after 130 years"
    copies = _copies(*["Tarrow bridge: the end of an era"] * 4)
    assert choose_headline(own, copies) == own


def test_an_untitled_canonical_takes_its_copies_title() -> None:
    assert choose_headline(None, _copies("Port charges climb")) == "Port charges climb"
    assert choose_headline(None, []) is None
    assert choose_headline("", []) is None


def test_versions_of_one_page_count_once() -> None:
    same_page = [Copy("Port charges climb", 90, "https://one.example/a")] * 3
    assert choose_headline("Harbour fees rise", same_page) == "Harbour fees rise"


def test_the_choice_does_not_depend_on_the_order_of_the_copies() -> None:
    copies = [
        Copy("Port charges climb", 80, "https://a.example/1"),
        Copy("Fees up at the harbour", 120, "https://b.example/1"),
        Copy("Port Charges Climb", 120, "https://c.example/1"),
        Copy("Fees up at the harbour", 60, "https://d.example/1"),
    ]
    got = {choose_headline(None, list(p)) for p in itertools.permutations(copies)}
    # a tie of two sources each: the title of the longest copy, then the title's text
    assert got == {"Fees up at the harbour"}


STORY = (
    "The harbour board said on Friday that the passenger ferry will run again from Monday "
    "after three months in dry dock.\nSailings leave every forty minutes in summer, with late "
    "boats on Fridays and Saturdays, the operator said."
)


@pytest.mark.parametrize(
    ("title", "url", "site", "expected"),
    [
        ("Ferry runs again | Miami Herald", "https://www.miamiherald.com/news/a", None,
         "Ferry runs again"),
        ("Ferry runs again - Miami Herald", None, "miamiherald.com", "Ferry runs again"),
        ("Ferry runs again | Miami Herald", None, "Miami Herald", "Ferry runs again"),
        # nothing says which site it is: the segment stays
        ("Ferry runs again | Miami Herald", None, None, "Ferry runs again | Miami Herald"),
        # a headline that names the site is not a site segment
        ("Gaza: the view from the Miami Herald", "https://www.miamiherald.com/a", None,
         "Gaza: the view from the Miami Herald"),
    ],
)
def test_a_records_title_loses_its_sites_name(
    title: str, url: str | None, site: str | None, expected: str
) -> None:
    """A crawler's title field carries the <title> with the site's name on it; cleaned as the
    HTML <title> is, so copies from several sites agree on one headline."""
    cleaned = clean_page(RawPage("r.jsonl:1", "text", STORY, title=title, url=url, site=site),
                         CleanConfig())
    assert isinstance(cleaned, Article) and cleaned.title == expected


def test_a_copy_under_the_canonicals_own_text_makes_its_headline_the_articles() -> None:
    """The topic-word rule keeps a wire story's own headline above rewrites sharing another;
    it does not keep a re-headlined copy's title above copies that ran the same text under
    the wire's (newcomer 34, finding 5)."""
    wire = "Merlion Pay opens Jakarta office, eyes two million users"
    own = "Singapore's Merlion Pay lands in Sudirman"
    copies = [
        Copy(wire, 190, "https://a.example/1", same_text=True),
        Copy(wire, 120, "https://b.example/1"),
        Copy(wire.title(), 150, "https://c.example/1"),
    ]
    assert choose_headline(own, copies) == wire
    # the same titles over rewrites (none of them the canonical's text): the canonical's stays
    rewrites = [Copy(c.title, c.word_count, c.source_key) for c in copies]
    assert choose_headline(own, rewrites) == own


def test_a_clusters_headline_is_its_wires_when_the_canonical_re_headlined_it(
    tmp_path: Path,
) -> None:
    """End to end: an agency story on four portals under the agency's headline (one whole,
    three trims, one in Title Case), and whole on a fifth, the earliest, under a headline of
    its own: the cluster is named by the agency's headline wherever it is listed."""
    import json

    from click.testing import CliRunner

    from clipper.cli import cli

    paragraphs = [
        "JAKARTA - Harbour Pay, a Singapore payments company, opened a regional office in "
        "Jakarta on Friday and said it aims to reach two million users in Indonesia by 2027.",
        "The office in the Sudirman business district will employ eighty people, most of them "
        "engineers, the company's chief executive Lim Wei Ting told reporters at the opening.",
        "Harbour Pay lets small shops take payments by phone and plans to add loans for "
        "traders who sell through online market places, Lim said.",
        "Bank Indonesia granted the company a payment licence in October after a review that "
        "took more than a year, according to a statement on the central bank's website.",
        "The company said it would work with two regional banks to let users in Sumatra and "
        "Kalimantan open accounts without visiting a branch.",
    ]
    wire = "Harbour Pay opens Jakarta office, aims for two million users"
    own = "Singapore's Harbour Pay lands in Sudirman"

    def record(site: str, title: str, kept: int, minute: int) -> str:
        return json.dumps({
            "url": f"https://www.{site}.example/ekonomi/harbour-pay-jakarta",
            "title": title,
            "text": "\n\n".join(paragraphs[:kept]),
            "published": f"2026-12-04T07:{minute:02d}:00Z",
        })

    dump = tmp_path / "portals.jsonl"
    dump.write_text("\n".join([
        record("kabarkota", own, 5, 10),
        record("portalwarta", wire, 5, 20),
        record("beritasatu", wire, 3, 20),
        record("jurnalpagi", wire, 4, 20),
        record("sumaterakini", wire.title(), 4, 20),
    ]) + "\n", encoding="utf-8")
    db = str(tmp_path / "desk.db")
    runner = CliRunner()
    stored = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(dump)])
    assert stored.exit_code == 0, stored.output
    listed = runner.invoke(cli, ["clusters", "--db", db, "--json"]).output.splitlines()
    (cluster,) = [json.loads(line) for line in listed]
    assert cluster["url"].startswith("https://www.kabarkota.example/"), cluster
    assert cluster["outlets"] == 5 and cluster["title"] == wire, cluster
