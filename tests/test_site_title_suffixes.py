"""A site's name ending its titles in its own script is cut when the site's pages repeat it
(two pages or more, in the run or the archive) or when the page names its site
(application-name), whatever the input: a spider's records without a ``source`` field, HTML
pages; one page's last segment alone stays, it may be its headline's (newcomer 27's finding 14:
"… - اليوم السابع" on every title of a site stayed; only a ``source`` field or a Latin host's
name was cut).  Stored titles of pages that carried the segment before it became the site's are
cut too, so the titles are the same in any order and any batching.  Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

# Headlines and a text per site; every text is long enough for an article and unlike the others.
_BODY = (
    "{lead} The officials said the work would take several months and that residents would be "
    "told of every change in advance. Engineers visited the site on Tuesday and Wednesday, and "
    "a report on the costs is due before the end of the month, a spokesperson said."
)
SITES = {
    # Persian, a news agency's name after " | "
    "https://www.khabar-shahr.example/news/{n}": (" | خبرگزاری شهر", [
        "بازگشایی پل تازه در شمال شهر", "افزایش قیمت بلیت قطار شهری", "آغاز طرح کاشت درخت",
    ]),
    # Hebrew, a channel's name and number after " - "
    "https://www.galil-news.example/article/{n}": (" - חדשות הגליל 7", [
        "שביתה בנמל הצפון נמשכת", "בית ספר חדש נפתח בכפר", "הכביש לעיר ייסגר בלילה",
    ]),
    # Greek, after an en dash
    "https://www.kykladiki.example/{n}.html": (" – Κυκλαδική Ενημέρωση", [
        "Νέο δρομολόγιο πλοίου για τη Νάξο", "Έργα στο λιμάνι της Σύρου",
    ]),
}  # fmt: skip
# One page of a site: its last segment stays (it may be the headline's own)
SINGLE = ("https://www.nile-daily.example/s/1", "تقرير عن موسم القطن - النيل اليومي")


def _records(sites: dict[str, tuple[str, list[str]]]) -> list[dict[str, str]]:
    records = []
    for address, (suffix, headlines) in sites.items():
        for n, headline in enumerate(headlines):
            records.append({
                "url": address.format(n=n), "title": headline + suffix,
                "text": _BODY.format(lead=f"{headline} ({address.format(n=n)})."),
                "fetched_at": "2026-12-04T06:00:00Z",
            })  # fmt: skip
    return records


def _dedupe(db: Path, night: Path, records: list[dict[str, str]]) -> None:
    night.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    ran = CliRunner().invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", str(night)])
    assert ran.exit_code == 0, ran.output


def _titles(db: Path) -> dict[str, str]:
    out = CliRunner().invoke(cli, ["export", "--db", str(db)])
    assert out.exit_code == 0, out.output
    return {r["url"]: r["title"] for r in map(json.loads, out.stdout.splitlines())}


def _expected() -> dict[str, str]:
    titles = {
        address.format(n=n): headline
        for address, (_, headlines) in SITES.items()
        for n, headline in enumerate(headlines)
    }
    return {**titles, SINGLE[0]: SINGLE[1]}


def _single() -> dict[str, str]:
    return {"url": SINGLE[0], "title": SINGLE[1], "fetched_at": "2026-12-04T06:00:00Z",
            "text": _BODY.format(lead="تقرير عن موسم القطن في الدلتا هذا العام.")}  # fmt: skip


def test_a_suffix_repeated_on_one_sites_records_is_cut_in_any_script(tmp_path: Path) -> None:
    _dedupe(tmp_path / "a.db", tmp_path / "n.jsonl", [*_records(SITES), _single()])
    assert _titles(tmp_path / "a.db") == _expected()


@pytest.mark.parametrize("order", ["forward", "backward", "one a night"])
def test_titles_are_the_same_whatever_the_order_and_batches(tmp_path: Path, order: str) -> None:
    records = [*_records(SITES), _single()]
    db = tmp_path / "a.db"
    if order == "backward":
        _dedupe(db, tmp_path / "n.jsonl", records[::-1])
    elif order == "forward":
        _dedupe(db, tmp_path / "n.jsonl", records)
    else:  # each record a night of its own: the first page of a site is stored uncut, then cut
        for n, record in enumerate(records):
            _dedupe(db, tmp_path / f"n{n}.jsonl", [record])
    assert _titles(db) == _expected()
    found = CliRunner().invoke(cli, ["search", "--db", str(db), "--json", "Κυκλαδική"])
    assert found.exit_code == 0 and found.stdout == ""  # the index holds the cut title


def test_a_title_segment_of_one_page_that_names_no_site_stays(tmp_path: Path) -> None:
    # two pages of one site whose titles end differently: no segment is the site's
    records = [
        {"url": f"https://www.lakeside.example/a/{n}", "title": title,
         "text": _BODY.format(lead=f"{title} ({n}).")}
        for n, title in enumerate(["Budget 2027 - what changes", "Ferry fares - a guide"])
    ]  # fmt: skip
    _dedupe(tmp_path / "a.db", tmp_path / "n.jsonl", records)
    assert sorted(_titles(tmp_path / "a.db").values()) == [
        "Budget 2027 - what changes", "Ferry fares - a guide"
    ]


def test_an_html_pages_application_name_is_its_sites_name() -> None:
    headline = "שביתה בנמל הצפון נמשכת"
    paragraphs = "".join(
        f"<p>{_BODY.format(lead=f'{headline} {n}.')}</p>" for n in range(2)
    )
    html = (
        '<html lang="he"><head><meta charset="utf-8">'
        f"<title>{headline} - חדשות הגליל 7</title>"
        f'<meta property="og:title" content="{headline} - חדשות הגליל 7">'
        '<meta name="application-name" content="חדשות הגליל 7"></head><body><article>'
        f"{paragraphs}</article></body></html>"
    )
    got = clean_page(
        RawPage(origin="p.html", kind="html", body=html.encode(),
                url="https://www.galil-news.example/article/9"),
        CleanConfig(),
    )  # fmt: skip
    assert isinstance(got, Article), got
    assert got.title == headline  # og:title's " - חדשות הגליל 7" stayed without the name
