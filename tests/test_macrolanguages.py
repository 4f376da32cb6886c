"""``--lang`` naming a macrolanguage whose members clipper stores apart takes every member
(newcomer 30 finding 6: ``--lang no`` took Bokmål only, and a Nynorsk page was silently left
out of export, search and a watchlist): Norwegian ``no``/``nor`` is ``nb`` and ``nn``,
Serbo-Croatian ``sh``/``hbs`` is ``bs``, ``hr`` and ``sr``; a member's own code still takes
that member alone.  The same for search, export and watch add.

Fixtures: invented ferry-news records in Bokmål, Nynorsk, Danish, Croatian, Serbian and
Bosnian, each declaring its language.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import records_archive
from tests.test_asked_languages import _exported, run

_PAGES = {
    "nb": (
        "https://fjordvika-tidende.example/2026/11/ferje",
        "Ferjesambandet mellom Skjeldvik og Holmøya får nye avganger fra januar, opplyser "
        "fylkeskommunen. Kveldsferja går også i helgene, og billettprisen blir den samme som om "
        "dagen. Pendlerne har bedt om dette i flere år.",
    ),
    "nn": (
        "https://fjordvika-dagblad.example/2026/11/ferje",
        "Ferjesambandet mellom Skjeldvik og Holmøya får nye avgangar frå januar, opplyser "
        "fylkeskommunen. Kveldsferja går òg i helgane, og billettprisen blir den same som om "
        "dagen. Pendlarane har bede om dette i fleire år.",
    ),
    "da": (
        "https://skaerbaek-posten.example/2026/11/faerge",
        "Færgeforbindelsen mellem Skjeldvik og Holmøya får nye afgange fra januar, oplyser "
        "regionen. Aftenfærgen sejler også i weekenden, og billetprisen bliver den samme som om "
        "dagen. Pendlerne har bedt om det i flere år.",
    ),
    "hr": (
        "https://obalni-list.example/2026/11/trajekt",
        "Trajektna linija između Skjeldvika i Holmøye od siječnja dobiva nove polaske, "
        "priopćila je županija. Večernji trajekt plovit će i vikendom, a cijena karte bit će "
        "ista kao danju. Putnici to traže već godinama.",
    ),
    "sr": (
        "https://rečni-glasnik.example/2026/11/trajekt",
        "Трајектна линија између Скјелдвика и Холмеје од јануара добија нове поласке, саопштила "
        "је покрајина. Вечерњи трајект ће пловити и викендом, а цена карте биће иста као током "
        "дана. Путници то траже годинама.",
    ),
    "bs": (
        "https://mostarski-vjesnik.example/2026/11/trajekt",
        "Trajektna linija između Skjeldvika i Holmøye od januara dobija nove polaske, saopćio "
        "je kanton. Večernji trajekt će ploviti i vikendom, a cijena karte bit će ista kao "
        "tokom dana. Putnici to traže godinama.",
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return records_archive(tmp_path_factory.mktemp("macro"), (
        {"url": url, "title": text[:24], "text": text, "language": lang,
         "date_publish": "2026-11-03"}
        for lang, (url, text) in _PAGES.items()
    ))  # fmt: skip


def _urls(*langs: str) -> set[str]:
    return {_PAGES[lang][0] for lang in langs}


@pytest.mark.parametrize(
    ("given", "members", "note"),
    [
        ("no", ("nb", "nn"), "--lang no takes nb (Norwegian Bokmål) and nn (Norwegian Nynorsk)"),
        ("NOR", ("nb", "nn"), "takes nb (Norwegian Bokmål) and nn"),
        ("no-NO", ("nb", "nn"), "takes nb"),
        ("sh", ("bs", "hr", "sr"), "--lang sh takes bs (Bosnian), hr (Croatian) and sr (Serbian)"),
        ("hbs", ("bs", "hr", "sr"), "takes bs (Bosnian), hr (Croatian) and sr"),
    ],
)
def test_a_macrolanguage_takes_every_member_with_a_note(
    db: Path, given: str, members: tuple[str, ...], note: str
) -> None:
    found, said = _exported(db, given)
    assert found == _urls(*members)
    assert said.count("note: ") == 1 and note in said


@pytest.mark.parametrize("member", ["nb", "nn", "hr", "sr", "bs", "da"])
def test_a_members_own_code_takes_it_alone_without_a_note(db: Path, member: str) -> None:
    found, said = _exported(db, member)
    assert found == _urls(member) and "note:" not in said


def test_search_and_a_watchlist_in_no_find_the_nynorsk_page(db: Path) -> None:
    hits = run(db, "search", "--lang", "no", "--json", "Skjeldvik")
    assert hits.exit_code == 0, hits.output
    assert {json.loads(line)["url"] for line in hits.stdout.splitlines()} == _urls("nb", "nn")
    saved = run(db, "watch", "add", "ferje", "Skjeldvik", "--lang", "no")
    assert saved.exit_code == 0, saved.output
    listed = run(db, "watch", "list", "--json")
    assert json.loads(listed.stdout.splitlines()[0])["languages"] == ["no"]
    digest = run(db, "digest", "--format", "json", "--since", "2026-01-01", "--no-record")
    assert digest.exit_code == 0, digest.output
    (group,) = (g for g in json.loads(digest.stdout)["groups"] if g["name"] == "ferje")
    assert {story["url"] for story in group["stories"]} == _urls("nb", "nn")
