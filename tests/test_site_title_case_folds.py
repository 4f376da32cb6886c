"""A site's name ending a title is cut whatever its letters' case forms (newcomer 39, finding 5):
"… - Ege Haber" was cut from a record's title on ege-haber.example, "… - İzmir Postası" was not
on izmir-postasi.example, because case folding leaves Turkish's dotless "ı" apart from "i"
(and writes "İ" as "i" and a combining dot); the Latin letters that hold their accent ("ø",
"ł") were kept apart from their hosts' ASCII likewise, and a Turkish host writes "ö" and "ü"
without the "e" a German one adds ("Hürriyet" of hurriyet.com.tr).  Titles compared with
lines are folded the same way: a Turkish headline printed in capitals above its text is the
headline, as "STRASSE" is "Straße" and a Greek final sigma its sigma.  Names invented, but for
the hosts' spelling conventions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.headlines import headline_key
from clipper.models import Page
from clipper.scripts import caseless
from clipper.sitenames import site_keys, strip_site_segments
from clipper.textdump import clean_text_dump
from tests.conftest import build


@pytest.mark.parametrize(
    ("title", "url", "site", "headline"),
    [
        ("Sanayi bölgesinde yol çalışması - İzmir Postası", "https://izmir-postasi.example/a",
         None, "Sanayi bölgesinde yol çalışması"),
        ("Sanayi bölgesinde yol çalışması - İZMİR POSTASI", "https://izmir-postasi.example/a",
         None, "Sanayi bölgesinde yol çalışması"),
        ("Sanayi bölgesinde yol çalışması - Ege Haber", "https://ege-haber.example/a",
         None, "Sanayi bölgesinde yol çalışması"),
        ("Körfez'de yeni dönem | Körfez Gündemi", "https://korfez-gundemi.example/a",
         None, "Körfez'de yeni dönem"),
        ("Schlagzeile des Tages - Börsen-Kurier", "https://boersen-kurier.example/a",
         None, "Schlagzeile des Tages"),
        ("Dagens overskrift - Østlandsbladet", "https://ostlandsbladet.example/a",
         None, "Dagens overskrift"),
        ("Nagłówek dnia | Głos Pomorza", "https://glospomorza.example/a",
         None, "Nagłówek dnia"),
        # a declared name in another case form: German ß, Greek final sigma
        ("Neue Radwege geplant - STRASSEN-ZEITUNG", None, "Straßen-Zeitung",
         "Neue Radwege geplant"),
        ("Νέοι ποδηλατόδρομοι - ΕΛΕΥΘΕΡΟΣ ΛΟΓΟΣ", None, "Ελεύθερος Λόγος",
         "Νέοι ποδηλατόδρομοι"),
    ],
)  # fmt: skip
def test_the_site_s_name_is_cut_whatever_its_case_forms(
    title: str, url: str | None, site: str | None, headline: str
) -> None:
    cut, _ = strip_site_segments(title, site_keys(url, site))
    assert cut == headline


def test_a_headline_ending_in_another_site_s_name_keeps_it() -> None:
    title = "Sanayi bölgesinde yol çalışması - İzmir Postası"
    cut, _ = strip_site_segments(title, site_keys("https://ege-haber.example/a", None))
    assert cut == title


def test_a_record_s_title_is_stored_without_its_site(tmp_path: Path) -> None:
    text = (
        "Belediye yetkilileri, sanayi bölgesindeki yol bakım çalışmalarının ay sonuna kadar "
        "süreceğini ve gece saatlerinde bazı şeritlerin trafiğe kapatılacağını açıkladı. "
        "Sürücülerden alternatif güzergahları kullanmaları istendi."
    )
    dump = tmp_path / "t.jsonl"
    records = [
        {"url": "https://izmir-postasi.example/a/2", "language": "tr", "date": "2026-12-04",
         "title": "Sanayi bölgesinde yol çalışması - İzmir Postası", "text": text},
        {"url": "https://ege-haber.example/a/3", "language": "tr", "date": "2026-12-04",
         "title": "Sanayi bölgesinde yol çalışması - Ege Haber", "text": text + " (2)"},
    ]  # fmt: skip
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    archive, _ = build(tmp_path / "a.db", [dump])
    with archive.sessions() as session:
        titles = set(session.scalars(select(Page.title)))
    archive.close()
    assert titles == {"Sanayi bölgesinde yol çalışması"}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("İZMİR'DE METRO İHALESİ ERTELENDİ", "İzmir'de metro ihalesi ertelendi"),
        ("IŞIK BAYRAMI İÇİN HAZIRLIK", "Işık bayramı için hazırlık"),
        ("STRASSENBAHN FÄHRT WIEDER", "Straßenbahn fährt wieder"),
        ("ΝΕΟΣ ΔΡΟΜΟΣ ΣΤΗΝ ΠΟΛΗ", "Νέος δρόμος στην πόλη"),
    ],
)
def test_two_case_forms_of_a_headline_are_one(one: str, other: str) -> None:
    assert headline_key(one) == headline_key(other.replace("έ", "ε").replace("ό", "ο"))
    assert caseless(one) == caseless(other).replace("έ", "ε").replace("ό", "ο")


def test_a_headline_printed_in_capitals_above_the_text_is_no_paragraph() -> None:
    title = "İzmir'de metro ihalesi ertelendi"
    body = [
        "Büyükşehir belediyesi, iki ilçe arasında yapılacak metro hattının yapım ihalesinin "
        "ocak ayına ertelendiğini açıkladı.",
        "Başkan yardımcısı, hattın 15 istasyondan oluşacağını ve günde 240 bin yolcuya hizmet "
        "vereceğini söyledi.",
    ]
    cleaned = clean_text_dump("\n".join(["İZMİR'DE METRO İHALESİ ERTELENDİ", *body]), title=title)
    assert cleaned.paragraphs == body
