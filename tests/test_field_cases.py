"""The field cases of ``../shared/field-cases`` (small inputs from real reports, each with the
value clipper must give), run as their README runs them: each command in a fresh archive, the
right value checked as a user reads it.  Skipped when ``../shared`` is not beside the repo; the
kinds of fault they show are also tested on the repo's own fixtures (test_textdump_*,
test_title_*, test_warc_*, test_search_languages, test_templates, test_read_fields,
test_extract, test_copies)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clicommands import dedupe, exported, found_sites
from tests.conftest import SHARED

CASES = SHARED / "field-cases"

# the folder these tests read, not ../shared alone: a ../shared holding only data/ (a
# benchmark's link) has no field cases
pytestmark = pytest.mark.skipif(
    not CASES.is_dir(), reason="../shared/field-cases is not beside the repo"
)


def test_textdump_consent_banner(tmp_path: Path) -> None:
    case = CASES / "textdump-consent-banner"
    dedupe(tmp_path / "a.db", case / "council-grants.txt")
    (page,) = exported(tmp_path / "a.db", "--with-text")
    assert page["title"] == "Eastvale council opens grants for village hall repairs"
    assert page["text"].startswith("Village halls across Eastvale can now apply for grants")
    assert "cookie" not in page["text"].lower()
    assert len(page["text"].splitlines()) == 5

    dedupe(tmp_path / "b.db", case / "minimal.txt")
    (page,) = exported(tmp_path / "b.db", "--with-text")
    assert len(page["text"].splitlines()) == 2
    assert "cookies" not in page["text"].lower()


def test_title_site_name_h1(tmp_path: Path) -> None:
    case = CASES / "title-site-name-h1"
    dedupe(tmp_path / "a.db", case / "lifeboat.html", case / "library.html")
    titles = {page["title"]: page["story_id"] for page in exported(tmp_path / "a.db")}
    assert set(titles) == {
        "Lifeboat crew rescue walkers cut off by tide at Shelly Bay",
        "Headland library to open on Sundays after volunteer drive",
    }
    assert len(set(titles.values())) == 2


def test_warc_http_charset(tmp_path: Path) -> None:
    case = CASES / "warc-http-charset"
    db = tmp_path / "a.db"
    dedupe(db, case / "charset-header-only.warc")
    pages = {page["site"]: page for page in exported(db, "--with-text")}
    assert "A typical band D bill will rise by £94 to £2,012." in pages["brackley-bugle.example"][
        "text"
    ]
    polish = pages["gazeta-miasta.example"]
    assert polish["title"] == "Nowy most na Wiśle otwarty dla pieszych i rowerzystów"
    assert "na Wiśle, którego budowa trwała prawie trzy lata" in polish["text"]
    assert "Prezydent miasta powiedział, że" in polish["text"]
    for word in ("Wiśle", "powiedział"):
        assert found_sites(db, word) == ["gazeta-miasta.example"]


def test_search_cjk_words(tmp_path: Path) -> None:
    case = CASES / "search-cjk-words"
    db = tmp_path / "a.db"
    dedupe(db, case / "zh-metro.html", case / "ja-library.html")
    for word in ("地铁", "三号线"):
        assert found_sites(db, word) == ["binjiang-ribao.example"]
    for word in ("図書館", "ボランティア"):
        assert found_sites(db, word) == ["minato-shimbun.example"]


def test_template_cuts_real_sentences(tmp_path: Path) -> None:
    case = CASES / "template-cuts-real-sentences"
    db = tmp_path / "a.db"
    dedupe(db, case / "carbridge-citizen.jsonl")
    pages = exported(db, "--with-text")
    assert len(pages) == 5
    for page in pages:
        lines = page["text"].splitlines()
        assert lines[1] == "No one was injured."
        assert lines[3] == "The cause is being investigated."
    assert len(found_sites(db, '"no one was injured"')) == 5

    dedupe(tmp_path / "b.db", case / "minimal.jsonl")
    pages = exported(tmp_path / "b.db", "--with-text")
    assert len(pages) == 4
    assert all(page["text"].endswith("No one was injured.") for page in pages)


def test_jsonl_cc_news_fields(tmp_path: Path) -> None:
    """A time the record gives without a zone is written as the record wrote it: clipper does
    not make up an offset."""
    db = tmp_path / "a.db"
    dedupe(db, CASES / "jsonl-cc-news-fields" / "cc_news-hf.jsonl")
    (page,) = exported(db)
    assert page["published"] == "2017-12-01T19:38:11"
    assert found_sites(db, "sewage", "--since", "2017-12-01", "--until", "2017-12-31") == [
        page["site"]
    ]


def test_german_furniture(tmp_path: Path) -> None:
    case = CASES / "german-furniture"
    for name in ("niedriglohn.html", "niedriglohn-dump.txt"):
        db = tmp_path / f"{name}.db"
        dedupe(db, case / name)
        (page,) = exported(db, "--with-text")
        assert page["title"] == (
            "Studie: Jeder fünfte Beschäftigte im Kreis arbeitet im Niedriglohnsektor"
        ), name
        lines = page["text"].splitlines()
        assert len(lines) == 4, name
        assert lines[0].startswith("Fast jeder fünfte Vollzeitbeschäftigte im Landkreis"), name
        assert lines[-1].endswith("den Vorschlag prüfen zu lassen."), name
        for furniture in ("Mehr zum Thema", "Lesen Sie auch", "Artikel teilen",
                          "Zum Inhalt springen"):
            assert furniture not in page["text"], (name, furniture)


COPIES = CASES / "contained-copies-new-opening" / "copies"


@pytest.mark.parametrize("copy", sorted(p.name for p in COPIES.glob("*.txt")))
def test_contained_copy_with_a_new_opening(tmp_path: Path, copy: str) -> None:
    case = CASES / "contained-copies-new-opening"
    db = tmp_path / "a.db"
    dedupe(db, case / "wire.txt", case / "copies" / copy)
    assert len({page["cluster_id"] for page in exported(db)}) == 1


def test_contained_copies_all_together(tmp_path: Path) -> None:
    case = CASES / "contained-copies-new-opening"
    db = tmp_path / "a.db"
    dedupe(db, case / "wire.txt", case / "copies")
    pages = exported(db)
    assert len(pages) == 9
    assert len({page["cluster_id"] for page in pages}) == 1
    (canonical,) = [page for page in pages if page["is_canonical"]]
    assert canonical["origin"].endswith("wire.txt")
