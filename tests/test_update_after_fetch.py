"""An update time is held to the publication date's rule (one rule for every date reader): an
"Updated" line later, on every clock of the page's country (else UTC+14's), than its fetch, or a
time with its zone more than a day after it, is not kept as the page's ``updated``, and the run
counts it as it counts a publication date after the fetch; an update surely before the
publication date is dropped and counted too.  Records ("(uppdaterad …)" in a date field),
HTML pages and text dumps alike (dates44: "Uppdaterad 6 dec. 2026 kl. 08.00" 17 hours after
the fetch was kept).  Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.pubwindows import before_on_one_clock
from clipper.verdict import plausible_update

# 17 hours before "6 dec. 2026 kl. 08.00" on Sweden's clock (07:00 UTC)
_FETCHED = "2026-12-05T14:00:00+00:00"
_SV = (
    "Regeringen presenterade på fredagen ett nytt förslag om elstöd till hushållen inför julen,"
    " meddelade finansministern i en intervju.",
    "Förslaget ska behandlas i riksdagen nästa vecka och flera partier har aviserat ändringar i"
    " stödets utformning.",
)
_OTHER_SV = (
    "Elnätsbolagen varnar för att stödet kan dröja till februari, eftersom utbetalningarna"
    " ska gå via Försäkringskassan och kräver nya system.",
    "Oppositionen kräver att regeringen redovisar kostnaden innan riksdagen röstar om"
    " förslaget i nästa vecka.",
)
_LINES = [
    ("sv", "5 dec. 2026 kl. 10.30 Uppdaterad 6 dec. 2026 kl. 08.00"),
    ("en", "December 5, 2026 10:30 AM Updated December 6, 2026 8:00 AM"),
    ("de", "5. Dezember 2026, 10:30 Uhr Aktualisiert am 6. Dezember 2026, 08:00 Uhr"),
]


def _html(lang: str, line: str, fetched: str = _FETCHED) -> Article:
    body = "".join(f"<p>{p}</p>" for p in _SV)
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Nytt elstöd'
        f'</title></head><body><article><h1>Nytt elstöd före jul</h1><p class="date">{line}</p>'
        f"{body}</article></body></html>"
    )
    raw = RawPage(
        origin="t", kind="html", body=html.encode(), url="https://tidning.example/a/1",
        fetched_at=fetched,
    )  # fmt: skip
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


def _dump(lang: str, line: str, fetched: str = _FETCHED) -> Article:
    text = "Nytt elstöd före jul\n\n" + line + "\n\n" + "\n\n".join(_SV) + "\n"
    raw = RawPage(origin="d.txt", kind="text", body=text, fetched_at=fetched, language=lang)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(("lang", "line"), _LINES)
def test_an_update_after_the_fetch_is_not_kept(lang: str, line: str) -> None:
    for article in (_html(lang, line), _dump(lang, line)):
        assert article.published is not None and article.published.startswith("2026-12-05T10:30")
        assert article.updated is None
        assert article.update_ignored is not None
        assert article.update_ignored.startswith("2026-12-06T08:00")


@pytest.mark.parametrize(("lang", "line"), _LINES)
def test_an_update_before_the_fetch_is_kept(lang: str, line: str) -> None:
    later = "2026-12-06T09:00:00+00:00"
    for article in (_html(lang, line, later), _dump(lang, line, later)):
        assert (article.updated or "").startswith("2026-12-06T08:00")
        assert article.update_ignored is None


def test_the_rule_is_the_publication_dates() -> None:
    # a zoneless time at its earliest (UTC+14), a zoned one up to a day after the fetch
    assert plausible_update("2026-12-06T03:00:00", None, "2026-12-05T14:00:00Z") == (
        "2026-12-06T03:00:00",
        None,
    )
    assert plausible_update("2026-12-06T05:00:00", None, "2026-12-05T14:00:00Z") == (
        None,
        "2026-12-06T05:00:00",
    )
    assert plausible_update("2026-12-06T10:00:00+00:00", None, "2026-12-05T14:00:00Z")[0]
    assert not plausible_update("2026-12-06T15:00:00+00:00", None, "2026-12-05T14:00:00Z")[0]
    # on Sweden's clock (a .se address) 06:00 is 05:00 UTC, 15 hours after
    assert not plausible_update(
        "2026-12-06T06:00:00", None, "2026-12-05T14:00:00Z", host="tidning.se"
    )[0]


def test_an_update_before_the_publication_is_not_kept() -> None:
    assert before_on_one_clock("2026-12-04T08:00:00", "2026-12-05T14:30:00", None)
    assert before_on_one_clock("2026-12-04", "2026-12-05T14:30:00+01:00", None)
    assert not before_on_one_clock("2026-12-05", "2026-12-05T14:30:00", None)
    assert not before_on_one_clock("2026-12-05T14:30:00", "2026-12-05T14:30:00", None)
    # a zoned update and a zoneless publication on any clock: surely before only by a day
    assert not before_on_one_clock("2026-12-05T10:00:00+00:00", "2026-12-05T14:30:00", None)
    assert plausible_update("2026-12-04T08:00:00", "2026-12-05T14:30:00", _FETCHED) == (
        None,
        "2026-12-04T08:00:00",
    )


def _run(tmp_path: Path, records: list[dict[str, str]]) -> dict[str, object]:
    path = tmp_path / "night.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    result = CliRunner().invoke(
        cli, ["dedupe", "--db", str(tmp_path / "a.db"), "--json", str(path)]
    )
    assert result.exit_code == 0, result.output
    summary: dict[str, object] = json.loads(result.output)
    return summary


def test_a_records_update_is_counted_with_the_publication_dates_reason(tmp_path: Path) -> None:
    text = "\n\n".join(_SV)
    records = [
        {
            "url": "https://tidning.example/a/1", "title": "Nytt elstöd före jul", "text": text,
            "language": "sv", "fetched_at": _FETCHED,
            "published": "5 dec. 2026 kl. 10.30 (uppdaterad 6 dec. 2026 kl. 08.00)",
        },
        {
            "url": "https://tidning.example/a/2", "title": "Elstödet klart",
            "text": "\n\n".join(_OTHER_SV), "language": "sv", "fetched_at": _FETCHED,
            "published": "5 dec. 2026 kl. 10.30 (uppdaterad 4 dec. 2026 kl. 08.00)",
        },
    ]  # fmt: skip
    summary = _run(tmp_path, records)
    assert summary["dates_unread"] == 2
    examples = summary["examples"]
    assert isinstance(examples, list)
    notes = {x["origin"][-1]: x["detail"] for x in examples if x["reason"] == "date-unread"}
    assert notes == {
        "1": 'update "2026-12-06T08:00:00" is after the page was fetched '
        '2026-12-05T14:00:00+00:00; page kept without it',
        "2": 'update "2026-12-04T08:00:00" is before its publication date 2026-12-05T10:30:00;'
        " page kept without it",
    }
    exported = CliRunner().invoke(
        cli, ["export", "--db", str(tmp_path / "a.db"), "--format", "jsonl"]
    )
    rows = [json.loads(line) for line in exported.output.splitlines()]
    assert [(r["published"], r["updated"]) for r in rows] == [
        ("2026-12-05T10:30:00", None),
        ("2026-12-05T10:30:00", None),
    ]
