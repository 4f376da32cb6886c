"""An agency's constant sign-off, credit or copyright line makes no two different briefs
copies: matching leaves such lines out (``clipper.fingerprint.match_view`` over
``clipper.signoffs.signs_off`` and the language tables' copyright notices), so two
two-sentence briefs ending with the same notice, longer than either report, stay apart, while
a brief and its copy, with or without the notice, stay one cluster.

Every text is invented: briefs of an agency on a ferry, a silo, a central bank and a shipyard,
and their notices written in the agencies' shapes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from clipper.archive import open_archive
from clipper.config import Config, FingerprintConfig, MatchConfig
from clipper.fingerprint import fingerprint_texts
from clipper.match import Candidate, verify
from clipper.minhash import MinHasher
from clipper.pipeline import dedupe
from clipper.signoffs import run_in_sign_off

AP_NOTICE = (
    "Copyright 2026 The Northern Press Agency. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed without permission. The Northern Press "
    "Agency is an independent news cooperative dedicated to factual reporting. Founded in "
    "1871, it remains the most trusted source of fast, accurate, unbiased news in all "
    "formats."
)
WIRE_CREDIT = (
    "(Reporting by Anna Lindqvist in Stockholm and Piotr Nowak in Gdansk; Additional reporting "
    "by Maria Fernandes in Lisbon and Jan de Vries in Amsterdam; Writing by Thomas Becker; "
    "Editing by Susan Fenton, Alexandra Hudson, Mark Potter, Jonathan Oatis, Kirsten Donovan "
    "and Hugh Lawson; Graphics by Sumanta Sen and Vijdan Mohammad Kawoosa)"
)
ES_NOTICE = (
    "© 2026 Agencia Meridiana de Noticias. Todos los derechos reservados. Queda prohibida su "
    "reproducción total o parcial sin autorización previa y por escrito de la agencia."
)
BRIEFS = {
    "ferry": (
        "HOLLIN VALE, England (NPA) — A ferry ran aground off Hollin Vale on Tuesday. No one "
        "was hurt.", AP_NOTICE, "en",
    ),
    "silo": (
        "MARLOW, Texas (NPA) — A grain silo collapsed in Marlow after a fire. Nearby homes "
        "were spared.", AP_NOTICE, "en",
    ),
    "bank": (
        "STOCKHOLM (Wire) - Sweden's central bank held its key rate at 2.25% on Wednesday. "
        "It said inflation was close to target.", WIRE_CREDIT, "en",
    ),
    "yard": (
        "GDANSK (Wire) - Poland's shipyard workers voted to end a three-day strike on "
        "Wednesday. Work resumes on Thursday.", WIRE_CREDIT, "en",
    ),
    "puerto": (
        "VALPARAÍSO (AMN) - El puerto cerró el martes por un temporal. Las grúas volverán a "
        "operar el jueves.", ES_NOTICE, "es",
    ),
    "tren": (
        "SEVILLA (AMN) - Un tren de cercanías descarriló el lunes sin heridos. La línea sigue "
        "cortada.", ES_NOTICE, "es",
    ),
}  # fmt: skip


def _record(url: str, body: str, lang: str) -> str:
    return json.dumps(
        {"url": url, "title": url.rsplit("/", 1)[-1], "text": body,
         "fetched_at": "2026-12-01T08:00:00+00:00", "language": lang},
        ensure_ascii=False,
    ) + "\n"  # fmt: skip


def _clusters(db: str, records: str, folder: Path) -> dict[str, int]:
    path = folder / "night.jsonl"
    path.write_text(records, encoding="utf-8")
    archive = open_archive(db)
    try:
        dedupe(archive, [str(path)], Config(workers=1))
        with archive.engine.connect() as connection:
            rows = connection.execute(text("SELECT url, cluster_id FROM pages")).all()
    finally:
        archive.close()
    return {str(url).rsplit("/", 1)[-1]: int(cluster) for url, cluster in rows}


def test_different_briefs_under_one_long_sign_off_are_no_copies(tmp_path: Path) -> None:
    """Each brief its own cluster, whichever notice (an agency's copyright notice of 45
    words, a wire's reporting credit, a Spanish reservation of rights) ends it."""
    records = "".join(
        _record(f"https://site-{name}.example/{name}", f"{report}\n\n{notice}", lang)
        for name, (report, notice, lang) in BRIEFS.items()
    )
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert len(set(clusters.values())) == len(BRIEFS), clusters


def test_a_notice_run_into_the_report_s_line_makes_no_copies_either(tmp_path: Path) -> None:
    """A scraper that ran the notice into the report's last line: the same."""
    records = "".join(
        _record(f"https://site-{name}.example/{name}", f"{report} {notice}", lang)
        for name, (report, notice, lang) in BRIEFS.items()
    )
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert len(set(clusters.values())) == len(BRIEFS), clusters


def test_a_brief_and_its_copies_stay_one_cluster(tmp_path: Path) -> None:
    """A brief's copy with the notice, and one without it, are still its copies."""
    records = ""
    for name, (report, notice, lang) in BRIEFS.items():
        records += _record(f"https://site-a.example/{name}", f"{report}\n\n{notice}", lang)
        records += _record(f"https://site-b.example/{name}", f"{report}\n\n{notice}", lang)
        records += _record(f"https://site-c.example/{name}", report, lang)
        records += _record(f"https://site-d.example/{name}", f"{report} {notice}", lang)
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert len(set(clusters.values())) == len(BRIEFS), clusters


def _candidate(page_id: int, body: str) -> Candidate:
    fingerprint = fingerprint_texts([body], MinHasher(FingerprintConfig()))[0]
    assert fingerprint is not None
    return Candidate.of(page_id, fingerprint.match, (-fingerprint.word_count, page_id))


@pytest.mark.parametrize("pair", [("ferry", "silo"), ("bank", "yard"), ("puerto", "tren")])
def test_verification_finds_no_match_in_a_shared_notice(pair: tuple[str, str]) -> None:
    first, second = (
        _candidate(i, f"{BRIEFS[name][0]}\n{BRIEFS[name][1]}") for i, name in enumerate(pair)
    )
    assert verify([(first, second)], MatchConfig()) == []
    # the same brief under the notice: a copy (Jaccard 1)
    same = _candidate(3, f"{BRIEFS[pair[0]][0]}\n{BRIEFS[pair[0]][1]}")
    edges = verify([(first, same)], MatchConfig())
    assert len(edges) == 1 and edges[0].jaccard == 1.0


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("No one was hurt. Copyright 2026 The Northern Press Agency. All rights reserved.",
         "No one was hurt. "),
        ("Work resumes on Thursday. (Reporting by Anna Lindqvist; Editing by Sue Fenton)",
         "Work resumes on Thursday. "),
        ("La línea sigue cortada. © 2026 Agencia Meridiana. Todos los derechos reservados.",
         "La línea sigue cortada. "),
        # a sentence of the report that opens like a notice, or a credit inside it, stays
        ("He said so. Copyright holders disagree with the ruling, he added.", None),
        ("Prices rose 3% (Wire) on Tuesday, traders said.", None),
        ("Copyright 2026 The Northern Press Agency. All rights reserved.", None),  # a line
    ],
)  # fmt: skip
def test_a_sign_off_run_into_a_line_is_told_from_the_report(line: str, kept: str | None) -> None:
    at = run_in_sign_off(line)
    assert (line[:at] if at is not None else None) == kept


NORTHWIND_ABOUT = (
    "About Northwind Pumps: Northwind Pumps is an independent maker of water meters, pumps and "
    "control software, founded in 1961 and based in Port Aldine, with 2,400 employees in 42 "
    "countries. Its products serve utilities, farms and city networks on four continents, and "
    "its shares are listed on the regional exchange."
)
NORTHWIND_CONTACT = "Media contact: Dana Whitfield, +1 555 0142, press@northwind.example"
NORTHWIND_RELEASES = {
    "results": "PORT ALDINE, October 29 - Northwind Pumps said third-quarter sales rose 6 "
    "percent to $168 million, helped by orders from utilities in the north.",
    "plant": "PORT ALDINE, November 16 - Northwind Pumps opened a meter plant in Vellmar that "
    "will employ 180 people when it reaches full output next year.",
}


def test_two_short_releases_of_one_company_are_no_copies_by_its_portrait() -> None:
    """copies22: a company's releases of two events, each shorter than the "About …"
    portrait and media contact closing both (clipper.pressreleases), were copies (Jaccard
    0.5 on the portrait); verification reads them without it, as a sign-off.  A copy of a
    release without the portrait is still its copy."""
    results, plant = (
        _candidate(i, f"{NORTHWIND_RELEASES[name]}\n{NORTHWIND_ABOUT}\n{NORTHWIND_CONTACT}")
        for i, name in enumerate(("results", "plant"))
    )
    assert verify([(results, plant)], MatchConfig()) == []
    bare = _candidate(3, NORTHWIND_RELEASES["results"])
    edges = verify([(results, bare)], MatchConfig())
    assert len(edges) == 1 and edges[0].jaccard == 1.0
