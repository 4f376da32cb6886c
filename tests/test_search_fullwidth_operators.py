"""A query typed on a Japanese, Chinese or Korean keyboard in full-width mode (newcomer 49b,
finding 1): ``トヨタ ＯＲ Toyota`` and ``トヨタ ＡＮＤ 電池`` found nothing and said nothing, and a
watchlist saved so was empty every morning.  The parser reads the operators and the syntax's
characters in their compatibility forms (NFKC: ＡＮＤ ＯＲ ＮＯＴ, （ ） ＊ ＝ ＂) as their ASCII
forms, in search, export, watch add and the digest alike; a full-width word that is no operator
(ＮＨＫ) stays a word.  Every page here is invented: a carmaker's battery plant, an English wire
story on it, a broadcaster's weather report and a bakery's new shop."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from clipper.cli import cli
from clipper.searchquery import BinaryOp, QueryError, Term, lowercase_operators, parse_query
from tests.conftest import build

BATTERY = "ミナト自動車、北海道に電池工場 2029年稼働へ"
WIRE = "Minato Motor to build battery plant in Hokkaido"
WEATHER = "ＮＨＫ気象班、週末の大雪に警戒呼びかけ"
BAKERY = "老舗パン店、駅前に2号店 ミナト通りに開業"

PAGES = [
    {
        "url": "https://kita-shinpo.example/economy/minato-battery",
        "title": BATTERY,
        "language": "ja",
        "text": "ミナト自動車は8日、北海道苫小牧市に車載用の電池工場を建設すると発表した。"
        "投資額は約2400億円で、2029年の稼働を目指す。",
        "fetched_at": "2026-12-07T08:00:00Z",
    },
    {
        "url": "https://asia-wire.example/business/minato-battery-plant",
        "title": WIRE,
        "language": "en",
        "text": "Minato Motor said on Tuesday it would build a battery plant in Hokkaido, "
        "investing about 240 billion yen before production starts in 2029.",
        "fetched_at": "2026-12-07T08:30:00Z",
    },
    {
        "url": "https://hoso-news.example/weather/snow-weekend",
        "title": WEATHER,
        "language": "ja",
        "text": "ＮＨＫ気象班によると、週末は日本海側を中心に大雪となるおそれがある。"
        "交通機関の乱れに注意が必要だという。",
        "fetched_at": "2026-12-07T09:00:00Z",
    },
    {
        "url": "https://machi-times.example/life/bakery-second-shop",
        "title": BAKERY,
        "language": "ja",
        "text": "創業60年のパン店が、駅前のミナト通りに2号店を開いた。"
        "初日は開店前から行列ができた。",
        "fetched_at": "2026-12-07T09:30:00Z",
    },
]


@pytest.fixture(scope="module")
def archive_url(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    source = tmp_path_factory.mktemp("fullwidth") / "desk.jsonl"
    source.write_text("".join(json.dumps(page) + "\n" for page in PAGES), encoding="utf-8")
    archive, _ = build(module_db_url, [source])  # type: ignore[arg-type]  # a path or a URL
    archive.close()
    return module_db_url


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db])
    assert "Traceback" not in result.output, result.output
    return result


def search_titles(db: str, query: str) -> list[str]:
    result = run(db, "search", query, "--json")
    assert result.exit_code in (0, 1), result.output
    return sorted(json.loads(line)["title"] for line in result.stdout.splitlines() if line)


@pytest.mark.parametrize(
    ("query", "typed"),
    [
        ("ミナト自動車 ＯＲ Minato", "ミナト自動車 OR Minato"),
        ("電池 ＡＮＤ 北海道", "電池 AND 北海道"),
        ("ミナト ＮＯＴ 電池", "ミナト NOT 電池"),
        ("ミナト ＡＮＤ ＮＯＴ 電池", "ミナト AND NOT 電池"),
        ("（ミナト自動車 ＯＲ Minato） 電池", "(ミナト自動車 OR Minato) 電池"),
        ("＂電池工場＂", '"電池工場"'),
        ("Mina＊", "Mina*"),
        ("＂battery pl＂＊", '"battery pl"*'),
    ],
)
def test_a_full_width_query_finds_what_its_ascii_form_finds(
    archive_url: str, query: str, typed: str
) -> None:
    found = search_titles(archive_url, query)
    assert found, query
    assert found == search_titles(archive_url, typed), query


def test_full_width_operators_search_as_operators(archive_url: str) -> None:
    assert search_titles(archive_url, "ミナト自動車 ＯＲ Minato") == sorted([BATTERY, WIRE])
    assert search_titles(archive_url, "電池 ＡＮＤ 北海道") == [BATTERY]
    # the bakery's street is "ミナト" too; NOT leaves the battery plant out
    assert search_titles(archive_url, "ミナト ＮＯＴ 電池") == [BAKERY]


def test_a_full_width_word_that_is_no_operator_stays_a_word(archive_url: str) -> None:
    assert search_titles(archive_url, "ＮＨＫ") == [WEATHER]
    assert search_titles(archive_url, "NHK") == [WEATHER]
    assert parse_query("ＮＨＫ ＯＲＢＩＴ") == BinaryOp("AND", Term("ＮＨＫ"), Term("ＯＲＢＩＴ"))
    # in quotes an operator is a word, full-width as in ASCII
    assert parse_query("＂ＯＲ＂") == Term("ＯＲ", phrase=True)


def test_full_width_operators_in_lower_case_get_the_hint(archive_url: str) -> None:
    result = run(archive_url, "search", "ミナト自動車 ｏｒ Minato")
    assert "No matches." in result.output
    assert 'note: "ｏｒ" in lower case is a word to find' in result.stderr
    assert lowercase_operators("a ａｎｄ b Ｎｏｔ c") == ["Ｎｏｔ", "ａｎｄ"]
    assert lowercase_operators("a ＡＮＤ b") == []


def test_a_misplaced_full_width_operator_is_refused_where_it_was_typed() -> None:
    with pytest.raises(QueryError, match="ＯＲ at character 1: OR needs a term"):
        parse_query("ＯＲ ミナト")
    with pytest.raises(QueryError, match="ＮＯＴ at character 5: NOT needs a term on each side"):
        parse_query("ミナト ＮＯＴ")
    with pytest.raises(QueryError, match="unbalanced parentheses: '\\(' at character 1"):
        parse_query("（ミナト OR 電池")
    with pytest.raises(QueryError, match="unclosed quote at character 1"):
        parse_query("＂ミナト 電池")


@pytest.mark.parametrize(
    ("query", "tree"),
    [
        # the small and vertical forms NFKC reads as brackets and an asterisk too
        ("﹙a OR b﹚ c", BinaryOp("AND", BinaryOp("OR", Term("a"), Term("b")), Term("c"))),
        ("︵a OR b︶ c", BinaryOp("AND", BinaryOp("OR", Term("a"), Term("b")), Term("c"))),
        ("stri﹡", Term("stri", prefix=True)),
        ("＝Ｍｉｎａｔｏ", Term("Ｍｉｎａｔｏ", exact=True)),
    ],
)
def test_compatibility_forms_of_the_syntax(query: str, tree: Any) -> None:
    assert parse_query(query) == tree


def test_a_watchlist_saved_full_width_follows_its_stories(archive_url: str, tmp_path: Path) -> None:
    added = run(archive_url, "watch", "add", "minato", "ミナト自動車 ＯＲ Minato")
    assert added.exit_code == 0, added.output
    result = run(archive_url, "digest", "--since", "30d", "--no-record", "--format", "json")
    assert result.exit_code == 0, result.output
    groups = {g["name"]: g for g in json.loads(result.stdout)["groups"]}
    headlines = sorted(s["headline"] for s in groups["minato"]["stories"])
    assert headlines == sorted([BATTERY, WIRE])
    exported = run(archive_url, "export", "--format", "jsonl", "--query", "電池 ＡＮＤ 北海道")
    assert exported.exit_code == 0, exported.output
    assert [json.loads(line)["title"] for line in exported.stdout.splitlines()] == [BATTERY]
