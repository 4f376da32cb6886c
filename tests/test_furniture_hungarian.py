"""Hungarian page furniture (clipper/furniture/hu.py; before fieldprobe35 Hungarian had consent
phrases only): a dump's skip link, its inline "Kapcsolódó: <headline>" teaser, its "Kapcsolódó
cikkek" box of headlines and its "Megosztás" share label leave the text, as do an HTML page's
share label and "Ezt is ajánljuk:" teaser; the paragraphs stay.  A Dutch share bar's count
("1.234 keer gedeeld") leaves a dump too.  Every page here is invented."""

from __future__ import annotations

from typing import Literal

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

TITLE = "Új bölcsőde épül Kisváron"
HU = [
    "Kisvár önkormányzata új bölcsődét épít a város keleti részén, ahol az elmúlt években több "
    "száz fiatal család költözött be az új lakóparkokba.",
    "Az épületben hat csoportszoba lesz, összesen 84 gyermek számára, és a tervek szerint jövő "
    "szeptemberben nyitja meg kapuit.",
    "A beruházás 1,1 milliárd forintba kerül, amelynek nagy részét uniós pályázatból fedezik.",
    "A polgármester szerint a bölcsőde megépítésével megszűnik a városban évek óta tartó "
    "várólista.",
]
NL_TITLE = "Waterveen krijgt nieuw zwembad"
NL = [
    "De gemeente Waterveen krijgt volgend jaar een nieuw zwembad aan de rand van het park, heeft "
    "het college dinsdag bekendgemaakt na maanden van overleg met omwonenden.",
    "Het oude bad uit 1972 is volgens een onderzoek van de gemeente niet meer rendabel te "
    "renoveren en moet eind dit jaar dicht.",
    "Het nieuwe bad krijgt twee bassins en een instructiebad voor zwemles, en moet ongeveer 14 "
    "miljoen euro gaan kosten.",
]


def _clean(body: str, kind: Literal["html", "text"]) -> Article:
    origin = "dump.txt" if kind == "text" else "https://kisvar-hirek.example/a/1"
    got = clean_page(RawPage(origin=origin, kind=kind, body=body), CleanConfig())
    assert isinstance(got, Article), got
    return got


def test_a_hungarian_dumps_furniture_leaves_its_text() -> None:
    lines = [
        "Ugrás a tartalomhoz", TITLE, HU[0], HU[1],
        "Kapcsolódó: Lezárják a főutat a hétvégén", HU[2], HU[3],
        "Kapcsolódó cikkek", "Lezárják a főutat a hétvégén", "Megújul a városi uszoda",
        "Megosztás",
    ]  # fmt: skip
    got = _clean("\n".join(lines) + "\n", "text")
    assert got.title == TITLE
    assert got.text.splitlines() == HU


def test_a_hungarian_pages_teaser_and_share_label_leave_its_text() -> None:
    paragraphs = [f"<p>{p}</p>" for p in HU]
    paragraphs.insert(2, '<p><strong>Ezt is ajánljuk:</strong> <a href="/e">Lezárják a főutat '
                         "a hétvégén</a></p>")
    page = (
        f'<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><title>{TITLE}</title>'
        f"</head><body><article><h1>{TITLE}</h1>{''.join(paragraphs)}<p>Megosztás</p>"
        "</article></body></html>"
    )
    got = _clean(page, "html")
    assert got.title == TITLE
    assert got.text.splitlines() == HU


def test_a_dutch_share_count_leaves_a_dump() -> None:
    lines = [NL_TITLE, *NL, "Delen", "1.234 keer gedeeld"]
    got = _clean("\n".join(lines) + "\n", "text")
    assert got.text.splitlines() == NL
