"""A paywall teaser (the article's opening and "Allerede abonnent? Log ind") is one story with
its article, whether stored before it, with it or after it; alone, it is a story that says it
was read cut short in ``stories`` (its table and ``--json``), ``show story:N`` and the digest
(walls30's note, session 30: the teaser was listed as a whole story of its own).

Invented fixtures: a Danish town paper's article about a bridge, a wire service's copy of it,
and the paper's teaser of its opening paragraphs over its paywall box, as text records.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from clipper.cli import cli

URL = "https://havnsoe-avis.example/nyheder/2026/12/04/ny-bro"
WIRE_URL = "https://ritzau-feed.example/2026/12/04/havnsoe-bro"
TITLE = "Havnsø får ny bro over åen"
PARAGRAPHS = [
    "Byrådet i Havnsø besluttede tirsdag aften at bygge en ny bro over åen efter tre års strid "
    "om, hvor den skulle ligge, og hvem der skulle betale for den.",
    "Broen skal efter planen stå færdig i efteråret 2028 og koste omkring 240 millioner kroner, "
    "oplyser kommunen i en pressemeddelelse onsdag morgen.",
    "Borgmester Lene Kjærgaard kalder beslutningen historisk og siger, at pendlerne fra Nordby "
    "nu endelig slipper for den lange omvej gennem industrikvarteret.",
    "Oppositionen stemte imod og peger på, at prisen er steget med 60 millioner kroner siden det "
    "første overslag blev lagt frem for to år siden.",
    "Anlægsarbejdet begynder efter planen i marts, og i byggeperioden bliver den gamle "
    "færgeforbindelse holdt åben for cyklister og gående.",
    "Kommunen vil holde et borgermøde om trafikken i byggeperioden på rådhuset den 14. januar "
    "klokken 19.",
]
BOX = [
    "Allerede abonnent? Log ind",
    "Denne artikel er kun for abonnenter. Køb adgang for 1 kr. den første måned.",
]
CUT_SHORT = "Only its opening was read (paywall): the whole article is not in the archive."


def _record(url: str, paragraphs: list[str], published: str) -> dict[str, str]:
    return {
        "url": url,
        "title": TITLE,
        "text": "\n\n".join(paragraphs),
        "language": "da",
        "published": published,
    }


TEASER = _record(URL, [*PARAGRAPHS[:2], *BOX], "2026-12-04T08:00:00Z")
SHORT_TEASER = _record(URL, [PARAGRAPHS[0], *BOX], "2026-12-04T08:00:00Z")
WIRE = _record(WIRE_URL, PARAGRAPHS, "2026-12-04T07:30:00Z")


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "160"})
    assert "Traceback" not in result.output, result.output
    assert result.exit_code == 0, result.output
    return result


def night(folder: Path, *records: dict[str, str]) -> str:
    folder.mkdir(parents=True)
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(folder)


def stories(db: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in run(db, "stories", "--json").output.splitlines()]


def test_a_teaser_alone_is_a_story_read_cut_short(db_url: str, tmp_path: Path) -> None:
    run(db_url, "dedupe", night(tmp_path / "n1", TEASER))
    (story,) = stories(db_url)
    assert story["partial"] == "paywall"
    listed = run(db_url, "stories").output
    assert "[cut short: paywall] Havnsø" in listed, listed
    shown = run(db_url, "show", f"story:{story['story_id']}").output
    assert "read cut short: paywall" in shown.splitlines()[0], shown
    shown_json = json.loads(run(db_url, "show", f"story:{story['story_id']}", "--json").output)
    assert shown_json["story"]["partial"] == "paywall"
    digest = tmp_path / "digest.txt"
    run(db_url, "digest", "--since", "1000d", "--format", "text", "-o", str(digest))
    assert CUT_SHORT in " ".join(digest.read_text(encoding="utf-8").split())
    html = tmp_path / "digest.html"
    run(db_url, "digest", "--since", "1000d", "--format", "html", "-o", str(html))
    assert "the whole article is not in the archive" in html.read_text(encoding="utf-8")
    danish = tmp_path / "digest-da.txt"
    run(db_url, "digest", "--since", "1000d", "--format", "text", "--language", "da", "-o",
        str(danish))  # fmt: skip
    assert "hele artiklen er ikke i arkivet" in " ".join(danish.read_text("utf-8").split())


def _orders(teaser: dict[str, str]) -> dict[str, list[list[dict[str, str]]]]:
    return {
        "teaser first": [[teaser], [WIRE]],
        "together": [[teaser, WIRE]],
        "teaser after": [[WIRE], [teaser]],
    }


@pytest.mark.parametrize("order", list(_orders(TEASER)))
@pytest.mark.parametrize("teaser", [TEASER, SHORT_TEASER], ids=["two paragraphs", "one"])
def test_a_teaser_joins_the_story_of_its_article_in_any_order(
    db_url: str, tmp_path: Path, order: str, teaser: dict[str, str]
) -> None:
    for n, records in enumerate(_orders(teaser)[order]):
        run(db_url, "dedupe", night(tmp_path / f"n{n}", *records))
    (story,) = stories(db_url)
    assert story.get("partial") is None  # (a guard: main joined them too, without the field)
    assert story["pages"] == 2 and story["outlets"] == 2
    digest = tmp_path / "digest.txt"
    run(db_url, "digest", "--since", "1000d", "--format", "text", "-o", str(digest))
    text = " ".join(digest.read_text(encoding="utf-8").split())
    assert "1 story" in text and CUT_SHORT not in text
