"""Exact-case terms (``=Total``): a PR firm follows a company whose name is a common word.

A watch, ``clipper search`` and ``clipper export --query`` take ``=Total``: the name as written,
capital included, not as a sentence's first word; the plain word still folds case.  Every
fixture is invented: an oil company's asset sale and a county bridge's repair bill.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from clipper.casematch import occurs
from clipper.cli import cli
from clipper.digest.matching import Document, matches
from clipper.searchquery import QueryError, parse_query
from tests.conftest import build

COMPANY = "TotalEnergies to sell its stake in two Nigerian oil fields"
BRIDGE = "Saltmarsh bridge repair bill doubles as inspectors find more corrosion"
SHOP = "Wickham high street loses its last shoe shop after forty years"

PAGES = [
    {
        "url": "https://energywire.example/2025/03/10/totalenergies-nigeria-sale",
        "title": COMPANY,
        "text": "\n".join([
            "TotalEnergies agreed on Monday to sell its minority stake in two onshore oil "
            "fields in the Niger Delta to a consortium of local producers, the French group "
            "said in a statement.",
            "The sale is the third this year for the company, known as Total until it changed "
            "its name in 2021, as it reduces its exposure to onshore production in Nigeria.",
            "Shares in Total rose by two per cent in Paris after the announcement, while "
            "analysts said the price paid was close to their estimates.",
        ]),
        "fetched_at": "2025-03-10T08:00:00Z",
    },
    {
        "url": "https://saltmarsh-gazette.example/news/bridge-repair-bill",
        "title": BRIDGE,
        "text": "\n".join([
            "The total cost of repairing the Saltmarsh rail bridge has doubled after "
            "inspectors found corrosion in a further six of its iron supports, the county "
            "council said on Monday.",
            "Total spending on the bridge is now expected to reach four million pounds, and "
            "the line will stay closed to trains until the end of the summer.",
            "Councillors asked engineers to explain why the damage had not been found during "
            "the first inspection in January.",
        ]),
        "fetched_at": "2025-03-10T09:00:00Z",
    },
    {
        "url": "https://wickham-news.example/high-street/shoe-shop-closes",
        "title": SHOP,
        "text": "\n".join([
            "Next month the last shoe shop on Wickham high street will close its doors after "
            "forty years, its owner said, blaming rents and online sales.",
            "The shop's window displays were a fixture of the town's Christmas lights evening, "
            "and the owner said she would keep the sign as a reminder of the family business.",
            "The council said it would talk to the landlord about letting the building to "
            "another independent trader rather than leaving it empty.",
        ]),
        "fetched_at": "2025-03-10T10:00:00Z",
    },
]


@pytest.fixture()
def archive_url(db_url: str, tmp_path: Path) -> str:
    source = tmp_path / "night.jsonl"
    source.write_text("".join(json.dumps(page) + "\n" for page in PAGES), encoding="utf-8")
    archive, _ = build(db_url, [source])  # type: ignore[arg-type]  # a path or a URL
    archive.close()
    return db_url


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db])
    assert "Traceback" not in result.output, result.output
    return result


def digest_headlines(db: str, *args: str) -> dict[str, list[str]]:
    result = run(db, "digest", "--since", "1h", "--no-record", "--format", "json", *args)
    assert result.exit_code in (0, 3), result.output
    if result.exit_code == 3:
        return {}
    document: dict[str, Any] = json.loads(result.stdout)
    return {g["name"]: [s["headline"] for s in g["stories"]] for g in document["groups"]}


def search_titles(db: str, query: str) -> list[str]:
    result = run(db, "search", query, "--json")
    assert result.exit_code in (0, 1), result.output
    return sorted(json.loads(line)["title"] for line in result.stdout.splitlines() if line)


def exported_titles(db: str, *args: str) -> list[str]:
    result = run(db, "export", "--format", "csv", *args)
    assert result.exit_code == 0, result.output
    return sorted(row["title"] for row in csv.DictReader(io.StringIO(result.stdout)))


def test_a_watch_follows_the_company_not_the_word(archive_url: str) -> None:
    assert run(archive_url, "watch", "add", "client", "=Total").exit_code == 0
    assert run(archive_url, "watch", "add", "word", "total").exit_code == 0
    groups = digest_headlines(archive_url)
    assert groups["client"] == [COMPANY]
    # the ordinary word folds case as before: the company and the bridge's total cost
    assert sorted(groups["word"]) == sorted([COMPANY, BRIDGE])
    # an ad-hoc digest query takes it too; "Next month" opens a sentence: not the retailer
    assert digest_headlines(archive_url, "--query", "=Total")["Search: =Total"] == [COMPANY]
    assert digest_headlines(archive_url, "--query", "=Next") == {}


def test_search_and_export_take_exact_case_terms(archive_url: str) -> None:
    assert search_titles(archive_url, "=Total") == [COMPANY]
    assert search_titles(archive_url, "total") == sorted([COMPANY, BRIDGE])
    # mixed with folded terms and operators, checked page by page
    assert search_titles(archive_url, "=Total OR shoe") == sorted([COMPANY, SHOP])
    assert search_titles(archive_url, "total NOT =Total") == [BRIDGE]
    assert search_titles(archive_url, "=TotalEnergies") == [COMPANY]
    assert search_titles(archive_url, "=Total*") == [COMPANY]
    assert exported_titles(archive_url, "--query", "=Total") == [COMPANY]
    run(archive_url, "watch", "add", "client", "=Total")
    assert exported_titles(archive_url, "--watch", "client") == [COMPANY]


@pytest.mark.parametrize(
    ("term", "text", "expected"),
    [
        ("Total", "Shares in Total rose.", True),
        ("Total", "The total cost rose.", False),
        ("Total", "Total costs rose. Spending rose.", False),  # a sentence's capital
        ("Total", 'Costs rose. "Total spending is up," he said.', False),
        ("Total", "Costs rose.\nTotal spending is up.", False),
        ("Total", "TOTAL COST", False),
        # a title's stop ends no sentence: the name after it is written so (digest 16)
        ("Total", "The bid by Mr. Total was refused.", True),
        ("Total", "Mrs. Total said no.", True),
        ("Total", "It was plan B. Total costs rose.", False),
        ("Total", "It was for Bush Sr. Total costs rose.", False),
        ("Total", "TotalEnergies said so", False),
        ("ASML", "ASML said on Monday.", True),  # its other capitals are evidence
        ("iPhone", "iPhone sales fell.", True),
        ("Royal Dutch Shell", "Royal Dutch-Shell said so.", True),
        ("Royal Dutch Shell", "A royal Dutch shell.", False),
    ],
)
def test_exact_case_occurrences(term: str, text: str, expected: bool) -> None:
    assert occurs(text, term) is expected


def test_exact_case_prefix_and_parsing() -> None:
    assert occurs("the TotalEnergies board", "Total", prefix=True)
    assert not occurs("the totalenergies board", "Total", prefix=True)
    exact = parse_query('="Royal Dutch Shell"')
    assert getattr(exact, "exact", False) and getattr(exact, "phrase", False)
    assert not getattr(parse_query("= Total"), "exact", True)  # a lone '=' is a separator
    with pytest.raises(QueryError, match="must start a word"):
        parse_query('"shell"=Total')
    # the headline is not read: it capitalises words at will
    document = Document.of("Total Cost Of Bridge Doubles", "The total cost doubled.")
    assert not matches(parse_query("=Total"), document)
    assert matches(parse_query("total"), document)
