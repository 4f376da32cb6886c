"""An agency's source line and desk initials ending a report leave its text in every language
clipper has furniture tables for (newcomer 36, finding 5): PAP's desk initials ``pz/ mk/`` and
dpa's copies' ``Quelle: dpa`` stayed while ``Źródło: PAP`` and ``(PAP)`` went, so ``show``
called a full copy of PAP's text "trimmed (kept 7 of 8 paragraphs)".  The labels are the
tables' ``source_labels`` (clipper.furniture), the agencies
:func:`clipper.agencycredits.credit_spellings`.  All pages here are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.closings import drop_closing_lines, sign_off
from clipper.furniture import TABLES
from tests.conftest import cli_ok
from tests.test_closing_lines import _clean

# (language, headline, paragraphs, closing lines)
REPORTS = [
    (
        "pl",
        "Spółdzielnia z Opola buduje nowe osiedle",
        [
            "Spółdzielnia mieszkaniowa z Opola rozpoczęła budowę osiedla na dawnych terenach "
            "zakładów włókienniczych przy ulicy Wrocławskiej, poinformował jej prezes.",
            "W pierwszym etapie powstaną trzy budynki z łącznie stu dwudziestoma mieszkaniami, "
            "a pierwsi lokatorzy mają się wprowadzić za dwa lata.",
            "Miasto zobowiązało się przebudować drogę dojazdową i wydłużyć linię autobusową "
            "do nowego przystanku przy osiedlu.",
        ],
        ["pz/ mk/"],
    ),
    (
        "pl",
        "Sąd w Kielcach oddalił pozew przewoźnika",
        [
            "Sąd okręgowy w Kielcach oddalił w czwartek pozew prywatnego przewoźnika przeciwko "
            "województwu w sprawie dopłat do przejazdów ulgowych.",
            "Przewoźnik domagał się zwrotu kosztów za dwa lata, argumentując, że stawki ustalone "
            "przez urząd marszałkowski nie pokrywały jego wydatków.",
            "Wyrok jest nieprawomocny, a pełnomocnik firmy zapowiedział apelację.",
        ],
        ["Źródło: PAP", "mw/ pad/"],
    ),
    (
        "de",
        "Fährbetrieb auf der Elbe bei Pirna eingestellt",
        [
            "Wegen des niedrigen Wasserstands hat die Fähre zwischen Pirna und Copitz am "
            "Mittwoch ihren Betrieb bis auf Weiteres eingestellt, teilte der Betreiber mit.",
            "Pendler müssen nun einen Umweg von rund zwölf Kilometern über die Brücke im "
            "Stadtzentrum in Kauf nehmen, der Busverkehr wird verstärkt.",
            "Der Betreiber rechnet erst nach ergiebigen Niederschlägen im Erzgebirge mit einer "
            "Wiederaufnahme des Fährverkehrs.",
        ],
        ["Quelle: dpa"],
    ),
    (
        "cs",
        "V Jihlavě otevřeli nový plavecký bazén",
        [
            "Jihlava ve středu otevřela nový krytý plavecký bazén v areálu u zimního stadionu, "
            "stavba trvala dva roky a stála přes tři sta milionů korun.",
            "Bazén má osm drah, dětský bazének a saunový svět, veřejnost do něj může od pondělí "
            "do neděle od šesti ráno do desíti večer.",
            "Město chce, aby bazén sloužil také školám z celého kraje.",
        ],
        ["Zdroj: ČTK"],
    ),
    (
        "fr",
        "Le port de Sète accueille un nouveau terminal",
        [
            "Le port de Sète a inauguré mercredi un terminal destiné aux ferries vers le Maroc, "
            "après dix-huit mois de travaux sur le quai d'Alger.",
            "Selon la région, le nouveau bâtiment pourra accueillir jusqu'à deux mille passagers "
            "par jour pendant l'été.",
            "Les compagnies maritimes prévoient d'ajouter deux rotations hebdomadaires dès juin.",
        ],
        ["Source : AFP"],
    ),
    (
        "it",
        "Chiusa per lavori la statale tra Belluno e Feltre",
        [
            "La strada statale tra Belluno e Feltre resterà chiusa per tre settimane a partire "
            "da lunedì per il rifacimento di un ponte sul torrente.",
            "Il traffico sarà deviato sulla provinciale lungo la sinistra Piave, con tempi di "
            "percorrenza più lunghi di circa venti minuti.",
            "I sindaci della zona hanno chiesto di lavorare anche di notte.",
        ],
        ["Fonte: ANSA"],
    ),
]


@pytest.mark.parametrize(("language", "title", "paragraphs", "closing"), REPORTS)
def test_a_source_line_and_desk_initials_leave_the_text(
    language: str, title: str, paragraphs: list[str], closing: list[str]
) -> None:
    agency = _clean(language, title, [*paragraphs, *closing], "agency")
    copy = _clean(language, title, paragraphs, "copy")
    assert agency.text == copy.text
    assert agency.text.split("\n") == paragraphs


def test_every_table_drops_a_source_line_of_an_agency_and_keeps_others() -> None:
    for language, table in TABLES.items():
        assert table.source_labels, language
        for label in table.source_labels:
            for line in (f"{label}: Reuters", f"{label.upper()}: AFP/dpa.", f"{label}：共同通信"):
                assert sign_off(line) == (True, None), (language, line)
    # a source the line names that is no agency: the text's own
    assert sign_off("Quelle: eigene Recherche") == (False, None)
    assert sign_off("Źródło: Główny Urząd Statystyczny, obliczenia redakcji") == (False, None)
    # desk initials above the last paragraph, or within a sentence
    lines = ["Pierwszy akapit.", "pz/ mk/", "Ostatni akapit tekstu."]
    assert drop_closing_lines(lines) == (lines, None)
    assert sign_off("Zysk wyniósł 5 mln zł/ rok/ netto według spółki.") == (False, None)


WIRE = "https://pap-test.example/gospodarka/spoldzielnia-opole"
COPY = "https://wiadomosci-test.example/opole/nowe-osiedle"


def _html(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="pl"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def test_a_full_copy_of_a_wire_signed_with_desk_initials_is_no_trim(tmp_path: Path) -> None:
    """``show`` of a re-headlined full copy of a PAP-like wire ending ``pz/ mk/``: a headline
    change, not "trimmed (kept 6 of 7 paragraphs)"."""
    paragraphs = [
        f"{p} Na razie to plan na lata {2027 + i}–{2029 + i}."
        for i, p in enumerate([*REPORTS[0][2], *REPORTS[1][2]])
    ]
    records = [
        {"url": WIRE, "html": _html("Opole: spółdzielnia buduje osiedle", [*paragraphs,
                                                                            "pz/ mk/"]),
         "published": "2026-12-03T09:15:00+01:00", "fetched_at": "2026-12-03T10:00:00Z"},
        {"url": COPY, "html": _html("Nowe mieszkania w Opolu", paragraphs),
         "published": "2026-12-03T11:02:00+01:00", "fetched_at": "2026-12-03T12:00:00Z"},
    ]
    dump = tmp_path / "night.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    db = str(tmp_path / "a.db")
    cli_ok(db, "dedupe", "--workers", "1", str(dump))
    shown = json.loads(cli_ok(db, "show", "--json", COPY).output)
    assert shown["canonical"]["url"] == WIRE
    copy = next(v for v in shown["variants"] if v["url"] == COPY)
    assert not any("trimmed" in change for change in copy["changes"]["summary"]), copy
    assert copy["changes"]["summary"][0].startswith("headline changed"), copy
