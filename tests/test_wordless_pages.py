"""A page whose text holds no word, one 5,000-letter "word" (``<html><body>`` and "x" 5,000
times, plain or gzipped), is rejected ``not-text`` saying so; it was stored as an article,
"(untitled)", "1 words", a whole-page note, and made a story of its own (newcomer 34,
finding 10).  The longest words of languages stay words.  Invented pages."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.page import Article, RawPage, Rejection

CONFIG = CleanConfig()
DEBRIS = b"<html><body>" + b"x" * 5000


def _cleaned(body: bytes, origin: str = "shortsite.example/page.html") -> Article | Rejection:
    return clean_page(RawPage(origin=origin, kind="html", body=body), CONFIG)


def test_a_page_of_one_5000_letter_word_is_no_text() -> None:
    result = _cleaned(DEBRIS)
    assert isinstance(result, Rejection), result
    assert result.reason == "not-text"
    assert "no word" in result.detail and "5,000 letters" in result.detail


def test_a_few_overlong_runs_are_no_text_either() -> None:
    body = b"<html><body><p>" + b" ".join([b"Q" * 300, b"7" * 400, b"zz" * 200]) + b"</p>"
    result = _cleaned(body)
    assert isinstance(result, Rejection) and result.reason == "not-text", result


def test_the_longest_words_of_languages_stay_words() -> None:
    """A whole-page note made of a German law's 63-letter name and a Thai one (Thai is written
    without spaces: its runs are sentences) is kept as before."""
    german = (
        '<html lang="de"><head><title>Hinweis</title></head><body><p>Das '
        "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz wurde aufgehoben."
        "</p></body></html>"
    )
    thai = (
        '<html lang="th"><head><title>ประกาศ</title></head><body><p>'
        "สำนักงานเขตปิดให้บริการชั่วคราวเนื่องจากน้ำท่วมถนนหน้าสำนักงานตั้งแต่เช้าวันนี้"
        "</p></body></html>"
    )
    for page in (german, thai):
        assert isinstance(_cleaned(page.encode()), Article), page


def test_dedupe_stores_no_debris_and_says_why(tmp_path: Path) -> None:
    dump = tmp_path / "shortsite.example"
    dump.mkdir()
    (dump / "xs.html").write_bytes(DEBRIS)
    (dump / "broken-page.html.gz").write_bytes(gzip.compress(DEBRIS))
    db = str(tmp_path / "desk.db")
    stored = CliRunner().invoke(cli, ["dedupe", "--db", db, "--workers", "1", "--json",
                                      str(dump)])
    assert stored.exit_code == 0, stored.output
    listed = CliRunner().invoke(cli, ["rejections", "--db", db, "--json"])
    rejections = [json.loads(line) for line in listed.stdout.splitlines() if line.strip()]
    assert sorted((Path(r["origin"]).name, r["reason"]) for r in rejections) == [
        ("broken-page.html.gz", "not-text"), ("xs.html", "not-text")
    ]
    assert all("no word" in r["detail"] for r in rejections)
    stats = json.loads(CliRunner().invoke(cli, ["stats", "--db", db, "--json"]).stdout)
    assert stats["pages"] == 0
