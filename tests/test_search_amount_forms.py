"""Amounts in the scale words and currency names the Balkans', Central and Eastern Europe's,
the Philippines', Thailand's and South Asia's news writes, in their case forms (an Athens desk
and a Jakarta desk, session 47: ``€2bn`` missed "2 milijarde evra", ``BGN 500m`` "500 милиона
лева", ``€2.5bn`` "2,5 δισεκατομμυρίων ευρώ", ``€50m`` "50 milionë euro", ``THB 3bn`` "3
พันล้านบาท", ``PHP 2.5bn`` Inquirer's "P2.5 billion").  Every page and sentence is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper import searchtext
from clipper.archive import Archive
from clipper.searchamounts import AMOUNT, amounts
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

BELGRADE = "beogradski-dnevnik.example"
ZAGREB = "zagrebacki-list.example"
SOFIA = "sofiyski-vesti.example"
SKOPJE = "vardar-vesnik.example"
ATHENS = "athinaiki.example"
TIRANA = "tirana-sot.example"
PRAGUE = "vltava-denik.example"
WARSAW = "wisla-gazeta.example"
KYIV = "dnipro-visti.example"
MANILA = "pasig-ledger.example"
MANILA_TL = "balita-ngayon.example"
BANGKOK = "chao-phraya-news.example"
DELHI = "yamuna-samachar.example"
DHAKA = "padma-barta.example"
DECOY = "gadget-notes.example"
PUBLISHED = "2026-12-06T09:00:00+00:00"


def _page(lang: str, site: str, title: str, body: str) -> tuple[str, str, str, list[str]]:
    return (lang, f"https://{site}/vesti/{abs(hash(title)) % 10**6}", title, [body])


PAGES = {
    "belgrade.html": _page(
        "sr",
        BELGRADE,
        "Elektroprivreda dobija kredit od 2 milijarde evra",
        "Novac je namenjen obnovi hidroelektrana na Dunavu do kraja decenije.",
    ),
    "zagreb.html": _page(
        "hr",
        ZAGREB,
        "Vlada odobrila 800 milijuna eura za obnovu pruga",
        "Radovi na dionici prema obali počinju u proljeće, rekao je ministar.",
    ),
    "sofia.html": _page(
        "bg",
        SOFIA,
        "Общината отпуска 500 милиона лева за нов метролиния",
        "Строителството на новия участък ще започне през пролетта, съобщи кметът.",
    ),
    "skopje.html": _page(
        "mk",
        SKOPJE,
        "Владата ќе вложи 100 милиони евра во патната мрежа",
        "Првите делници ќе бидат готови до крајот на наредната година.",
    ),
    "athens.html": _page(
        "el",
        ATHENS,
        "Δάνειο 2,5 δισεκατομμυρίων ευρώ για τα νέα δίκτυα",
        "Η σύμβαση υπογράφηκε χθες στην Αθήνα παρουσία του υπουργού.",
    ),
    "tirana.html": _page(
        "sq",
        TIRANA,
        "Qeveria jep 50 milionë euro për portin e Durrësit",
        "Punimet do të nisin në pranverë dhe do të zgjasin dy vjet.",
    ),
    "prague.html": _page(
        "cs",
        PRAGUE,
        "Město dostane 5 milionů eur na tramvajové tratě",
        "Peníze pokryjí opravu kolejí v centru do konce příštího roku.",
    ),
    "kyiv.html": _page(
        "uk",
        KYIV,
        "Уряд виділив 3 мільярди гривень на ремонт мостів",
        "Роботи на перших об'єктах почнуться навесні, повідомили в міністерстві.",
    ),
    "manila.html": _page(
        "en",
        MANILA,
        "Airline orders P2.5 billion in new turboprops",
        "The carrier said deliveries would start in the third quarter of next year.",
    ),
    "manila-tl.html": _page(
        "tl",
        MANILA_TL,
        "Kompanya, naglaan ng P2.5 bilyon para sa bagong eroplano",
        "Sinabi ng kompanya na darating ang mga eroplano sa susunod na taon.",
    ),
    "bangkok.html": _page(
        "th",
        BANGKOK,
        "การบินไทยเตรียมลงทุน 3 พันล้านบาทซื้อเครื่องบินใหม่",
        "บริษัทระบุว่าจะรับมอบเครื่องบินลำแรกในไตรมาสที่สามของปีหน้า",
    ),
    "delhi.html": _page(
        "hi",
        DELHI,
        "सरकार ने पुलों के लिए ₹500 करोड़ मंजूर किए",
        "मंत्री ने कहा कि काम अगले महीने से शुरू होगा और दो साल में पूरा होगा।",
    ),
    "dhaka.html": _page(
        "bn",
        DHAKA,
        "সেতু সংস্কারে ৫০ কোটি টাকা বরাদ্দ",
        "মন্ত্রী জানান, আগামী মাসে কাজ শুরু হবে এবং দুই বছরে শেষ হবে।",
    ),
    "decoy.html": _page(
        "en",
        DECOY,
        "Model P500 projector and the P3 plan in the 2026 gadget round-up",
        "The Php 8 shop lists it; route P2 runs past the store.",
    ),
}


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("forms"), PAGES, PUBLISHED)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the euro in Serbian, Croatian, Macedonian, Greek, Albanian and Czech case forms
        ("€2bn", [BELGRADE]),
        ("2 billion euros", [BELGRADE]),
        ("EUR 800m", [ZAGREB]),
        ("€100m", [SKOPJE]),
        ("€2.5bn", [ATHENS]),
        ("2,5 δισ. ευρώ", [ATHENS]),
        ("€50m", [TIRANA]),
        ("€5m", [PRAGUE]),
        # the lev, the hryvnia
        ("BGN 500m", [SOFIA]),
        ("500 million лв", [SOFIA]),
        ("UAH 3bn", [KYIV]),
        # the Philippines' "P" in English and Tagalog
        ("PHP 2.5bn", [MANILA, MANILA_TL]),
        ("₱2,500,000,000", [MANILA, MANILA_TL]),
        ("2.5 billion pesos", [MANILA, MANILA_TL]),
        # Thai thousand millions
        ("THB 3bn", [BANGKOK]),
        ("฿3,000m", [BANGKOK]),
        # crore in Devanagari and Bengali
        ("Rs 500 crore", [DELHI]),
        ("INR 5bn", [DELHI]),
        ("Tk 50 crore", [DHAKA]),
        ("BDT 500m", [DHAKA]),
    ],
)
def test_an_amount_finds_its_case_forms(archive: Archive, query: str, expected: list[str]):
    assert hit_sites(archive, query) == sorted(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # a letter that is a model's, a plan's or a route's stays a word
        ("P500", [DECOY]),
        ("P3", [DECOY]),
        # Thai's thousand millions are not millions
        ("THB 3m", []),
    ],
)
def test_a_letter_or_a_scale_is_no_other_amount(archive: Archive, query: str, expected: list[str]):
    assert hit_sites(archive, query) == sorted(expected)


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("3 พันล้านบาท", "thb3000000000"),
        ("1.2 หมื่นล้านบาท", "thb12000000000"),
        ("5 แสนล้านบาท", "thb500000000000"),
        ("Php300 million", "php300000000"),
        ("500 milyong piso", "php500000000"),
        ("300 милиона евра", "eur300000000"),
        ("2 milijarde evra", "eur2000000000"),
        ("800 milijuna eura", "eur800000000"),
        ("5 miliardi de lei", ""),
        ("12 млрд гривень", "uah12000000000"),
        ("4 миллиарда рублей", "rub4000000000"),
        ("7 mln zł", "pln7000000"),
        ("1,5 miliardy eur", "eur1500000000"),
        ("50 کروڑ روپے", "rupee500000000"),
        ("10 கோடி ரூபாய்", "rupee100000000"),
    ],
)
def test_the_forms_read(written: str, key: str) -> None:
    found = [keys[0][len(AMOUNT) :] for _, _, keys in amounts(written)]
    assert found == ([key] if key else [])


def _as_before(value: str) -> str:
    """A search text as clipper indexed it before migration 0095: the amount tables without
    this session's forms (no keys for the Serbian page's)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(searchtext, "amount_keys_text", lambda text: "")
        return search_text(value)


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0095: an archive indexed before finds a page's amount in a case form once
    opened."""
    pages = {"belgrade.html": PAGES["belgrade.html"], "athens.html": PAGES["athens.html"]}
    with upgraded_archive(tmp_path, pages, PUBLISHED, _as_before, "0094") as upgraded:
        assert hit_sites(upgraded, "€2bn") == [BELGRADE]
        assert hit_sites(upgraded, "€2.5bn") == [ATHENS]
