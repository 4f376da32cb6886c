"""A cluster's headline from its members' titles (clipper.headlines), on invented titles."""

from __future__ import annotations

import itertools

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
