"""A feed's excerpt of a page is a part of the page, not a version of it (newcomer 25's finding
25): an RSS item whose description is the article's first sentence or two, cut with "[…]" or
"…" and signed "The post X appeared first on Y." (Yoast's footer, in the site's language), read
with the page itself at the same address, was stored as a version of it, and the page shown as
"1 paragraph removed" or the excerpt as "4 paragraphs removed".  Invented texts, five
languages; the feed read before the page, after it, and in the same run."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

import pytest

from clipper.excerpts import excerpt_of, without_feed_footer
from tests.test_cut_short_readings import run
from tests.test_extraction_readings import CASES as READINGS
from tests.test_extraction_readings import page_html

URL = "https://www.harbourpost.example/news/2026/12/02/pier-rebuild"

# The excerpt's ellipsis and the feed's footer note, per language; the stories are those of
# tests/test_extraction_readings.py, and a Spanish one.
MARKS: dict[str, tuple[str, str | None]] = {
    "en": (" [&#8230;]", "The post {title} appeared first on Harbour Post."),
    "de": (" [...]", "Der Beitrag {title} erschien zuerst auf Hafenpost."),
    "es": ("…", "La entrada {title} se publicó primero en Diario del Puerto."),
    "id": (" […]", None),
    "zh": ("…", None),
}
SPANISH = {
    "title": "Tideland reconstruirá el muelle norte",
    "paragraphs": [
        "La junta del puerto de Tideland votó el jueves por la noche reconstruir el muelle "
        "norte antes de los temporales de invierno, tras hallar podridos sus pilotes.",
        "Las obras costarán 4,2 millones de coronas y cerrarán el embarcadero del ferri "
        "durante once semanas, dijo la presidenta de la junta, Ana Reyes, en el ayuntamiento.",
        "Los pasajeros embarcarán mientras tanto en el muelle pesquero, donde se instalará "
        "un pontón provisional traído el mes próximo del astillero de Salinas.",
        "Los pescadores dijeron que el cierre les costará las mejores semanas de la "
        "temporada del arenque y pidieron a la junta que pague un segundo pontón.",
    ],
}
CASES: dict[str, dict[str, Any]] = {
    lang: {
        "title": story["title"],
        "paragraphs": story["paragraphs"],
        "mark": MARKS[lang][0],
        "footer": MARKS[lang][1],
    }
    for lang, story in {**{k: READINGS[k] for k in ("en", "de", "id", "zh")}, "es": SPANISH}.items()
}


def _excerpt(case: dict[str, Any]) -> str:
    """The item's description: the first paragraph and the start of the second, run together
    and cut mid-word, then the ellipsis; the footer as a paragraph under it."""
    first, second = case["paragraphs"][:2]
    cut = second[: len(second) // 3]
    text = f"<p>{escape(first)} {escape(cut)}{case['mark']}</p>"
    if case["footer"]:
        text += f"<p>{escape(case['footer'].format(title=case['title']))}</p>"
    return text


def _feed(case: dict[str, Any], lang: str, body: str, element: str = "description") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Harbour Post</title><link>https://www.harbourpost.example</link>"
        f"<language>{lang}</language><item><title>{escape(case['title'])}</title>"
        f"<link>{URL}</link><pubDate>Wed, 02 Dec 2026 09:00:00 +0000</pubDate>"
        f"<{element}><![CDATA[{body}]]></{element}></item></channel></rss>"
    )


def _rows(db: str) -> list[dict[str, Any]]:
    lines = run(db, "export", "--format", "jsonl").output.splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _read(tmp_path: Path, feed: str, page: str, order: str) -> str:
    (tmp_path / "feed.rss").write_text(feed, encoding="utf-8")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    feed_path, page_path = str(tmp_path / "feed.rss"), str(tmp_path / "page.html")
    runs = {"feed first": [[feed_path], [page_path]], "page first": [[page_path], [feed_path]],
            "one run": [[feed_path, page_path]]}[order]
    db = str(tmp_path / "f.db")
    for paths in runs:
        assert run(db, "dedupe", "--workers", "1", *paths).exit_code == 0
    return db


@pytest.mark.parametrize("lang", sorted(CASES))
@pytest.mark.parametrize("order", ["feed first", "page first", "one run"])
def test_a_feeds_excerpt_is_a_part_of_its_page_not_a_version(
    lang: str, order: str, tmp_path: Path
) -> None:
    case = CASES[lang]
    db = _read(tmp_path, _feed(case, lang, _excerpt(case)), page_html(case, lang), order)
    versions = [row for row in _rows(db) if row["version"] >= 1]
    assert [row["origin"].rsplit("/", 1)[-1] for row in versions] == ["page.html"]
    shown = run(db, "show", URL).output
    assert "removed" not in shown and "version 2" not in shown, shown
    digest = run(db, "digest", "--since", "2020-01-01", "--no-record").output
    assert "removed" not in digest and "new version" not in digest, digest


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_full_feed_items_footer_is_no_line_of_the_article(lang: str, tmp_path: Path) -> None:
    """A feed giving the whole text (``content:encoded``) signs it with the same footer: the
    item and the page are one text, one version."""
    case = CASES[lang]
    body = "".join(f"<p>{escape(p)}</p>" for p in case["paragraphs"])
    body += f"<p>{escape(case['footer'].format(title=case['title']))}</p>"
    feed = _feed(case, lang, body, "content:encoded")
    db = _read(tmp_path, feed, page_html(case, lang), "one run")
    assert len([row for row in _rows(db) if row["version"] >= 1]) == 1


def test_what_is_an_excerpt() -> None:
    paragraphs = CASES["en"]["paragraphs"]
    footer = "The post Tideland to rebuild north pier appeared first on Harbour Post."
    assert without_feed_footer([*paragraphs, footer]) == (paragraphs, True)
    assert without_feed_footer(paragraphs) == (paragraphs, False)
    assert excerpt_of([paragraphs[0] + " [...]"], 60) == [paragraphs[0]]
    assert excerpt_of([paragraphs[0] + "…", footer], 60) == [paragraphs[0]]
    # an article whose last quote trails off is no excerpt; a short text so cut is
    trailing = [*paragraphs, '"We will see what the winter brings…"']
    assert excerpt_of(trailing, 60) is None
    assert excerpt_of([paragraphs[0] + "…"], 60) == [paragraphs[0]]
    assert excerpt_of(paragraphs, 60) is None
