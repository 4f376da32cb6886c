"""A record's title is stored without the segment naming its outlet (newcomer 21 finding 18):
a Scrapy spider that takes ``response.css("title::text")`` writes "Headline | Site" or "Site -
Headline"; cleaning cuts that segment from an HTML page's ``<title>``, and now from a record's
``title`` too, by the names the record gives its outlet (its URL's host, ``source``, a site
field, a publisher object).  Records invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.config import ReadLimits
from clipper.models import Page
from clipper.read import read_pages
from tests.conftest import build

HEADLINE = "Kreistag beschließt neuen Busfahrplan für Wellenbach"
TEXT = (
    "Der Kreistag von Wellenbach hat am Mittwoch den neuen Busfahrplan beschlossen. Ab Januar "
    "fahren die Linien 4 und 7 im Halbstundentakt, am Wochenende bis Mitternacht. Die "
    "Mehrkosten von 1,2 Millionen Euro teilen sich der Kreis und die Gemeinden. Die Opposition "
    "hatte einen Stundentakt auf den Dörfern gefordert und stimmte gegen den Plan. "
)


@pytest.mark.parametrize(
    ("fields", "title"),
    [
        # the URL's host names the outlet
        (
            {"url": "https://www.kreisbote-wellenbach.example/a/1"},
            f"{HEADLINE} | Kreisbote Wellenbach",
        ),
        (
            {"url": "https://www.kreisbote-wellenbach.example/a/2"},
            f"Kreisbote Wellenbach - {HEADLINE}",
        ),
        # another host (a syndication partner's), the outlet named by "source"
        (
            {"url": "https://www.kbw-online.example/a/3", "source": "Kreisbote Wellenbach"},
            f"Kreisbote Wellenbach – {HEADLINE}",
        ),
        # a site name field, a colon label
        (
            {"url": "https://www.kbw-online.example/a/4", "site_name": "Kreisbote"},
            f"Kreisbote: {HEADLINE}",
        ),
        # a publisher object (NewsAPI's source), with a date segment after the name
        (
            {
                "url": "https://www.kbw-online.example/a/5",
                "source": {"id": None, "name": "Kreisbote Wellenbach"},
            },
            f"{HEADLINE} | Kreisbote Wellenbach | 03.12.2026",
        ),
        # no URL: the site field's host
        ({"domain": "kreisbote-wellenbach.example"}, f"{HEADLINE} » Kreisbote Wellenbach"),
    ],
)
def test_a_record_title_loses_the_segment_naming_its_outlet(
    tmp_path: Path, fields: dict[str, object], title: str
) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({**fields, "title": title, "text": TEXT}, ensure_ascii=False) + "\n")
    (page,) = list(read_pages([path], ReadLimits(), lambda r: None))
    assert page.title == HEADLINE


@pytest.mark.parametrize(
    "title",
    [
        "Kreisbote Wellenbach",  # only the site's name: kept whole
        "Busfahrplan: Was sich ab Januar ändert",  # a colon label that is no site name
        "Wellenbach - Kreistag beschließt Busfahrplan",  # a place, not the outlet
        "Der Kreisbote der Zukunft fährt elektrisch",  # the name inside the headline
    ],
)
def test_a_record_title_that_names_no_outlet_at_its_ends_is_kept(
    tmp_path: Path, title: str
) -> None:
    path = tmp_path / "items.jsonl"
    record = {"url": "https://www.kreisbote-wellenbach.example/a/9", "title": title, "text": TEXT}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n")
    (page,) = list(read_pages([path], ReadLimits(), lambda r: None))
    assert page.title == title


def test_the_stored_headline_of_html_and_text_records_has_no_site_name(tmp_path: Path) -> None:
    """What export, search and the digest show: an HTML fragment's record (no <title> of its
    own) and a text record alike."""
    path = tmp_path / "items.jsonl"
    html = "".join(f"<p>{s}.</p>" for s in TEXT.split(". ") if s.strip())
    records = [
        {
            "url": "https://www.kreisbote-wellenbach.example/a/10",
            "title": f"{HEADLINE} | Kreisbote Wellenbach",
            "body_html": html,
        },
        {
            "url": "https://www.kbw-online.example/a/11",
            "source": "Kreisbote Wellenbach",
            "title": f"Kreisbote Wellenbach - {HEADLINE} (2)",
            "text": TEXT + "Zweite Fassung.",
        },
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    archive, summary = build(tmp_path / "a.db", [path])
    with archive.sessions() as session:
        titles = sorted(str(t) for t in session.scalars(select(Page.title)))
    archive.close()
    assert summary.stored == 2
    assert titles == [HEADLINE, f"{HEADLINE} (2)"]
