"""One publisher is one outlet, whichever rendition of its site a source gave (newcomer 18:
``m.spiegel.de`` and ``amp.welt.de`` beside their desktop hosts counted 4 outlets for 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.sites import readable, site_key

TEXT = "\n\n".join(
    [
        "The harbour board of Tideland voted on Thursday evening to rebuild the north pier "
        "before the winter storms, after engineers found its timber supports rotten.",
        "The work will cost 4.2 million crowns and close the ferry landing for eleven weeks, "
        "the board's chair, Ann Reed, told a packed meeting at the town hall.",
        "Ferry passengers will board at the fish quay meanwhile, where a temporary pontoon "
        "is to be floated in from the shipyard at Saltmarsh next month.",
    ]
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://m.spiegel.de/wirtschaft/a-1.html", "spiegel.de"),
        ("amp.welt.de", "welt.de"),
        ("https://mobile.harbour-post.example/x", "harbour-post.example"),
        ("wap.gazette.example", "gazette.example"),
        ("https://amp.bbc.co.uk/news/1", "bbc.co.uk"),
        ("https://www.m.tideland.example/a", "tideland.example"),
        ("https://www.spiegel.de/x", "spiegel.de"),
        # a label before no site of its own stays
        ("m.co.uk", "m.co.uk"),
        ("https://m.example/x", "m.example"),
        ("amp.com.au", "amp.com.au"),
        # other subdomains are sites of their own, as before
        ("https://politics.people.com.cn/a", "politics.people.com.cn"),
        ("mail.harbour.example", "mail.harbour.example"),
    ],
)
def test_a_renditions_host_is_its_sites(value: str, expected: str) -> None:
    assert site_key(value) == expected


def test_mobile_and_amp_addresses_count_as_their_publishers_outlet(tmp_path: Path) -> None:
    urls = [
        "https://www.spiegel.de/wirtschaft/pier-a-900020.html",
        "https://m.spiegel.de/wirtschaft/pier-a-900020.html",
        "https://amp.welt.de/wirtschaft/article900021/pier.html",
        "https://www.welt.de/wirtschaft/article900021/pier.html",
    ]
    night = tmp_path / "night.jsonl"
    night.write_text(
        "".join(
            json.dumps({"url": url, "title": "Tideland to rebuild north pier", "text": TEXT,
                        "published": "2026-12-02T09:00:00Z"}) + "\n"
            for url in urls
        ),
        encoding="utf-8",
    )
    db = str(tmp_path / "o.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(night)]).exit_code == 0
    result = runner.invoke(
        cli, ["digest", "--db", db, "--since", "2020-01-01", "--no-record", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    (story,) = [s for g in json.loads(result.stdout)["groups"] for s in g["stories"]]
    assert story["outlets"] == 2
    assert sorted(o["site"] for o in story["outlet_links"]) == ["spiegel.de", "welt.de"]
    # a user typing the mobile host still finds the story (its cluster holds spiegel.de's pages)
    found = runner.invoke(cli, ["search", "--db", db, "--site", "m.spiegel.de", "--json", "pier"])
    assert found.exit_code == 0, found.output
    hits = [json.loads(line) for line in found.stdout.splitlines() if line.strip()]
    assert [hit["story_id"] for hit in hits] == [story["story_id"]]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("مثال.example", "xn--mgbh0fb.example"),
        ("https://مثال.example/news/1", "xn--mgbh0fb.example"),
        ("https://xn--mgbh0fb.example/news/1", "xn--mgbh0fb.example"),
        ("https://www.Bücher.de/a", "xn--bcher-kva.de"),
        ("straße.example", "xn--strae-oqa.example"),  # IDNA 2008: ß is a letter of its own
    ],
)
def test_a_host_in_its_letters_is_the_host_a_crawler_records(value: str, expected: str) -> None:
    assert site_key(value) == expected
    assert site_key(readable(expected)) == expected


def test_an_outlet_on_an_internationalised_host_is_found_as_show_prints_it(
    tmp_path: Path,
) -> None:
    # newcomer 19, finding 13: show printed the host in its letters, --site and site
    # watchlists took only its xn-- form (which they were never shown)
    night = tmp_path / "night.jsonl"
    night.write_text(
        json.dumps({"url": "https://xn--mgbh0fb.example/news/1", "published": "2026-12-02",
                    "title": "Tideland to rebuild north pier", "text": TEXT}) + "\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "idn.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(night)]).exit_code == 0
    shown = runner.invoke(cli, ["show", "--db", db, "1", "--no-text"])
    assert shown.exit_code == 0, shown.output
    assert "مثال.example · " in shown.output
    for typed in ("مثال.example", "xn--mgbh0fb.example", "https://مثال.example/"):
        found = runner.invoke(cli, ["search", "--db", db, "--site", typed, "--json", "pier"])
        assert found.exit_code == 0, found.output
        assert len([line for line in found.stdout.splitlines() if line.strip()]) == 1, typed
