"""An agency's dateline whose credit is a name, not an acronym ("WASHINGTON, Dec 3 (Reuters) -
", "BEIJING, Dec. 3 (Xinhua) -- ", "KUALA LUMPUR, Dec 3 (Bernama) -- "), is read as the acronym
ones are (agency33's note): it dates an HTML page, a record and a text dump that give no other
date, and verification leaves it out of two copies' texts.  A capitalised word in parentheses
after a place not in capitals and a figure is an ordinary sentence's, not a credit.  Every text
is invented."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clipper.agencydatelines import agency_dateline, dateline_date
from clipper.clean import clean_page
from clipper.config import CleanConfig, FingerprintConfig, MatchConfig, ReadLimits
from clipper.fingerprint import fingerprint_texts
from clipper.match import Candidate, verify
from clipper.minhash import MinHasher
from clipper.page import Article, RawPage
from clipper.read import read_pages

CONFIG = CleanConfig()
FETCHED = "2026-12-05T02:00:00+00:00"
HEADLINE = "Harbour authority clears container backlog after dock strike"
REPORT = [
    "The harbour authority said on Thursday that the container backlog left by a two-day "
    "strike of dock workers had been cleared, and vessels waiting at anchor would berth.",
    "Shipping lines had warned that the delays would raise freight costs for importers across "
    "the region if the terminals did not reopen before the weekend.",
    "Union leaders said talks on pay would resume next week with the terminal operators.",
]
DATELINES = [
    ("WASHINGTON, Dec 3 (Reuters) - ", "WASHINGTON", "Reuters"),
    ("BEIJING, Dec. 3 (Xinhua) -- ", "BEIJING", "Xinhua"),
    ("KUALA LUMPUR, Dec 3 (Bernama) -- ", "KUALA LUMPUR", "Bernama"),
    ("ANKARA, Dec 3 (Anadolu) - ", "ANKARA", "Anadolu"),
    ("NEW YORK, Dec 3 (Reuters Breakingviews) - ", "NEW YORK", "Reuters Breakingviews"),
    # a listed agency's name after a place written as a sentence writes it
    ("Lisboa, 3 dez (Lusa) - ", "Lisboa", "Lusa"),
]


@pytest.mark.parametrize(("dateline", "place", "agency"), DATELINES)
def test_a_named_agency_s_dateline_is_read(dateline: str, place: str, agency: str) -> None:
    found = agency_dateline(dateline + REPORT[0])
    assert found is not None
    assert (found.place, found.agency, found.end) == (place, agency, len(dateline))
    fetched = datetime(2026, 12, 5, 2, tzinfo=UTC)
    assert dateline_date(dateline + REPORT[0], fetched) == "2026-12-03"


@pytest.mark.parametrize(
    "sentence",
    [
        # a place as a sentence writes it, a figure, a capitalised word: no credit
        "Paris, 3 000 manifestants (Estimation) - selon la préfecture, le cortège a grossi.",
        "Madrid, 12 de los 20 distritos (Centro) - el ayuntamiento cortará el tráfico.",
        # a place in capitals and a parenthesis of three words
        "WASHINGTON, Dec 3 (Reuters Breakingviews Daily) - Donald Smith writes on banks.",
    ],
)
def test_an_ordinary_sentence_is_no_dateline(sentence: str) -> None:
    assert agency_dateline(sentence) is None
    # while the same sentence under a named agency's dateline reads
    read = agency_dateline("WASHINGTON, Dec 3 (Reuters) - " + sentence)
    assert read is not None and read.agency == "Reuters"


def _html(body: str) -> bytes:
    return (
        '<html lang="en"><head><meta charset="utf-8">'
        f"<title>{HEADLINE}</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>'
        f"<article><h1>{HEADLINE}</h1>{body}</article>"
        "<footer>All rights reserved</footer></body></html>"
    ).encode()


@pytest.mark.parametrize(("dateline", "place", "agency"), DATELINES[:4])
def test_a_named_agency_s_dateline_dates_the_page(dateline: str, place: str, agency: str) -> None:
    body = f"<p>{dateline}{REPORT[0]}</p>" + "".join(f"<p>{p}</p>" for p in REPORT[1:])
    raw = RawPage(
        origin="t/page.html",
        kind="html",
        body=_html(body),
        url="https://wire.example/world/harbour",
        fetched_at=FETCHED,
    )
    article = clean_page(raw, CONFIG)
    assert isinstance(article, Article), article
    assert (article.published, article.date_source) == ("2026-12-03", "guessed")


def test_a_named_agency_s_dateline_dates_a_record_and_a_text_dump(tmp_path: Path) -> None:
    text = "\n\n".join(["BEIJING, Dec. 3 (Xinhua) -- " + REPORT[0], *REPORT[1:]])
    record = {
        "url": "https://wire.example/world/harbour",
        "title": HEADLINE,
        "text": text,
        "fetched_at": FETCHED,
        "language": "en",
    }
    (tmp_path / "night.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    # a wire client's text dump, its file named for the day it was saved
    dump = "wire_service_20261205_0200.txt"
    (tmp_path / dump).write_text(f"{HEADLINE}\n\n{text}\n", encoding="utf-8")
    for name in ("night.jsonl", dump):
        raw = next(iter(read_pages([str(tmp_path / name)], ReadLimits(), on_reject=print)))
        article = clean_page(raw, CONFIG)
        assert isinstance(article, Article), article
        assert article.published == "2026-12-03", name


def _candidate(page_id: int, text: str) -> Candidate:
    fingerprint = fingerprint_texts([text], MinHasher(FingerprintConfig()))[0]
    assert fingerprint is not None
    return Candidate.of(page_id, fingerprint.match, (-fingerprint.word_count, page_id))


def test_two_copies_differ_by_no_named_dateline() -> None:
    """Xinhua's report and a copy under its English service's dateline: one text."""
    brief = " ".join(REPORT[:2])
    wire = f"BEIJING, Dec. 3 (Xinhua) -- {brief}"
    copy = f"BEIJING, Dec 3 (Reuters) - {brief}"
    edges = verify([(_candidate(0, wire), _candidate(1, copy))], MatchConfig())
    assert len(edges) == 1 and edges[0].jaccard == 1.0
