"""``--site`` and ``--lang`` given several times keep the pages of any of them, in every
command that takes them (``search`` kept only the last one, silently: newcomer 34, finding
1), on both backends.  Invented pages: a Jakarta, a Kuala Lumpur and a Singapore outlet each
report the same fintech's office in its own language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from tests.searchpages import stored_archive

PUBLISHED = "2026-12-04T09:00:00+07:00"
PAGES = {
    "id.html": ("id", "https://kabarnusantara.example/ekonomi/merlion-jakarta",
                "Merlion Fintech membuka kantor regional di Jakarta", [
        "Perusahaan teknologi keuangan Merlion Fintech membuka kantor regional di Jakarta pada "
        "hari Kamis, kata direktur utamanya kepada wartawan.",
        "Kantor baru itu akan mempekerjakan sekitar seratus karyawan dan melayani nasabah "
        "perbankan di seluruh Indonesia mulai bulan depan.",
        "Menurut perusahaan, izin dari Otoritas Jasa Keuangan sudah diterima pekan lalu.",
    ]),
    "ms.html": ("ms", "https://beritasemenanjung.example/bisnes/merlion-kl",
                "Merlion Fintech buka pejabat serantau di Kuala Lumpur", [
        "Syarikat teknologi kewangan Merlion Fintech hari ini mengumumkan pembukaan pejabat "
        "serantau di Kuala Lumpur, kata ketua pegawai eksekutifnya.",
        "Pejabat itu dijangka menggaji kira-kira lima puluh pekerja tempatan dan akan "
        "berkhidmat kepada pelanggan di seluruh Semenanjung Malaysia.",
        "Syarikat itu berkata kelulusan Bank Negara Malaysia telah diperoleh minggu lalu.",
    ]),
    "en.html": ("en", "https://straitsdaily.example/business/merlion-expands",
                "Merlion Fintech expands across the region", [
        "Singapore's Merlion Fintech said on Thursday it would open offices in Jakarta and "
        "Kuala Lumpur this month, its chief executive told reporters.",
        "The company expects to hire about a hundred and fifty people across both cities "
        "and to serve banking customers from early next year.",
        "Regulators in both countries approved the plans last week, the company said.",
    ]),
}
SITE = {"id": "kabarnusantara.example", "ms": "beritasemenanjung.example",
        "en": "straitsdaily.example"}


@pytest.fixture(scope="module")
def db(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    for _archive in stored_archive(
        module_db_url, tmp_path_factory.mktemp("several"), PAGES, PUBLISHED
    ):
        yield module_db_url


def _json_lines(db: str, *args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(cli, [*args, "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.mark.parametrize("languages", [("id", "ms"), ("ms", "id")])
def test_search_with_two_languages_finds_the_articles_of_both(
    db: str, languages: tuple[str, str]
) -> None:
    """``search Merlion --lang id --lang ms``: the Indonesian and the Malay articles, in
    either order (it found only the last language's)."""
    asked = [arg for code in languages for arg in ("--lang", code)]
    hits = _json_lines(db, "search", "Merlion", *asked)
    assert {hit["site"] for hit in hits} == {SITE["id"], SITE["ms"]}


def test_search_with_two_sites_finds_the_articles_of_both(db: str) -> None:
    sites = _json_lines(
        db, "search", "Merlion", "--site", SITE["id"], "--site", SITE["en"]
    )
    assert {hit["site"] for hit in sites} == {SITE["id"], SITE["en"]}
    own = _json_lines(
        db, "search", "Merlion", "--variants", "--site", SITE["ms"], "--site", SITE["en"]
    )
    assert {hit["site"] for hit in own} == {SITE["ms"], SITE["en"]}


def test_clusters_with_two_sites_lists_the_clusters_of_both(db: str) -> None:
    rows = _json_lines(db, "clusters", "--site", SITE["ms"], "--site", SITE["en"])
    assert {row["site"] for row in rows} == {SITE["ms"], SITE["en"]}


def test_search_and_export_keep_the_same_pages_for_the_same_filters(db: str) -> None:
    """What a desk gets from search is what the sheet holds: the same --lang and --site."""
    filters = ["--lang", "id", "--lang", "ms", "--site", SITE["ms"], "--site", SITE["id"],
               "--site", SITE["en"]]
    searched = {hit["url"] for hit in _json_lines(db, "search", "Merlion", *filters)}
    exported = CliRunner().invoke(
        cli, ["export", "--query", "Merlion", "--canonical-only", *filters, "--db", db]
    )
    assert exported.exit_code == 0, exported.output
    rows = [json.loads(line) for line in exported.stdout.splitlines() if line.strip()]
    assert searched == {row["url"] for row in rows} and len(searched) == 2
