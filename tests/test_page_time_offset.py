"""A page's declared time without an offset takes the offset another of the page's own times
gives for the same wall time (newcomer 17, finding 12: n-tv.de's JSON-LD "2024-08-05
20:59:59.0" beside its ``<meta name="date" content="2024-08-05T20:59:59+02:00">`` was stored
as 20:59 UTC, two hours late); without such a twin the time stays as written (zone unknown)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.dates import offset_of_twin
from clipper.models import Page
from tests.conftest import build
from tests.test_copies import invented_paragraphs


def _page(folder: Path, name: str, head: str, seed: int) -> None:
    body = "\n".join(f"<p>{p}</p>" for p in invented_paragraphs(seed, 8))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.html").write_text(
        f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Fähre zur Insel fährt im Winter seltener {seed}</title>
<link rel="canonical" href="https://hafenblatt.example/insel/{name}.html">
{head}</head><body><main><article><h1>Fähre zur Insel {seed}</h1>{body}</article></main>
</body></html>"""
    )


def _jsonld(published: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        f'"NewsArticle", "headline": "Fähre zur Insel", "datePublished": "{published}"}}</script>'
    )


def test_a_naive_json_ld_time_takes_the_offset_of_its_twin_in_the_same_page(
    tmp_path: Path,
) -> None:
    night = tmp_path / "night"
    # the meta tag gives the very wall time with its offset: 20:59:59+02:00 is 18:59:59 UTC
    _page(night, "meta-twin", _jsonld("2024-08-05 20:59:59.0")
          + '<meta name="date" content="2024-08-05T20:59:59+02:00">', 1)
    # og:updated_time of the same minute (AFP's page: "15:44" beside "15:44:29+02:00")
    _page(night, "same-minute", _jsonld("2026-05-13 15:44")
          + '<meta property="og:updated_time" content="2026-05-13T15:44:29+02:00">', 2)
    # no time of the page gives that wall time with an offset: on the clock of its language,
    # German's one (Central European time, 20:59:59+02:00 in August; languageclocks'
    # languages of one clock, textdump48)
    _page(night, "no-twin", _jsonld("2024-08-05 20:59:59")
          + '<meta property="og:updated_time" content="2024-08-06T09:00:00+02:00">', 3)
    archive, _ = build(tmp_path / "a.db", [night])
    with archive.sessions() as session:
        got = {
            key.rsplit("/", 1)[1]: published
            for key, published in session.execute(select(Page.source_key, Page.published))
        }
    assert got == {
        "meta-twin.html": "2024-08-05T18:59:59",
        "same-minute.html": "2026-05-13T13:44:00",
        "no-twin.html": "2024-08-05T18:59:59",
    }


@pytest.mark.parametrize(
    ("value", "others", "expected"),
    [
        ("2024-08-05 20:59:59.0", ["2024-08-05T20:59:59+02:00"], "2024-08-05T20:59:59+02:00"),
        ("2024-08-05T20:59", ["x", "2024-08-05T20:59:30Z"], "2024-08-05T20:59:00+00:00"),
        # already with an offset, or a date alone: as it is
        ("2024-08-05T20:59:59-04:00", ["2024-08-05T20:59:59+02:00"], "2024-08-05T20:59:59-04:00"),
        ("2024-08-05", ["2024-08-05T00:00:00+02:00"], "2024-08-05"),
        # another minute, or a twin without an offset: zone unknown
        ("2024-08-05 20:59:59", ["2024-08-05T21:00:00+02:00"], "2024-08-05 20:59:59"),
        ("2024-08-05 20:59:59", ["2024-08-05T20:59:59"], "2024-08-05 20:59:59"),
        # two twins that disagree: no offset is taken
        (
            "2024-08-05 20:59:59",
            ["2024-08-05T20:59:59+02:00", "2024-08-05T20:59:59+00:00"],
            "2024-08-05 20:59:59",
        ),
    ],
)
def test_offset_of_twin(value: str, others: list[str], expected: str) -> None:
    assert offset_of_twin(value, others) == expected
