"""Malay, Indonesian and Filipino "Updated" lines: the page's update, its posting time kept
where a posting line goes before it.  Dates51: "Kemas kini terakhir …", "Terakhir diperbarui
…", "Huling na-update …" (a word before or after the label) were neither read nor counted as
updates, and a page declaring ``lang="fil"`` (Filipino, whose dates are Tagalog's) read no
Filipino date at all.  Invented pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

_MS = (
    "Majlis Perbandaran Kuala Selangor meluluskan peruntukan tambahan untuk membaiki jambatan"
    " kayu di Kampung Sungai Yu yang rosak akibat hujan lebat minggu lalu.",
    "Yang Dipertua majlis berkata kerja pembaikan dijangka bermula awal bulan depan dan siap"
    " dalam tempoh tiga minggu, manakala laluan alternatif disediakan untuk penduduk.",
    "Penduduk kampung berharap jambatan baharu itu lebih kukuh dan selamat digunakan oleh"
    " kanak-kanak sekolah setiap hari.",
)
_ID = (
    "Pemerintah Kabupaten Sleman menyiapkan anggaran tambahan untuk memperbaiki jembatan kayu"
    " di Desa Sumberrejo yang rusak akibat hujan deras pekan lalu.",
    "Kepala dinas pekerjaan umum mengatakan perbaikan diperkirakan dimulai awal bulan depan dan"
    " selesai dalam tiga minggu, sementara jalur alternatif disiapkan bagi warga.",
    "Warga desa berharap jembatan baru itu lebih kokoh dan aman dilalui anak-anak sekolah"
    " setiap hari.",
)
_TL = (
    "Naglaan ang pamahalaang bayan ng Malolos ng dagdag na pondo para ayusin ang tulay na kahoy"
    " sa Barangay Sumapang na nasira ng malakas na ulan noong nakaraang linggo.",
    "Sinabi ng inhinyero ng bayan na sisimulan ang pagkukumpuni sa susunod na buwan at"
    " matatapos sa loob ng tatlong linggo, habang may alternatibong daan para sa mga residente.",
    "Umaasa ang mga residente na mas matibay at ligtas ang bagong tulay para sa mga batang"
    " pumapasok sa paaralan araw-araw.",
)
_BODIES = {"ms": _MS, "id": _ID, "tl": _TL, "fil": _TL}
_FETCHED = "2026-12-07T23:00:00+00:00"


def _html(lines: tuple[str, ...], lang: str) -> Article:
    dates = "".join(f"<p class='date'>{line}</p>" for line in lines)
    body = "".join(f"<p>{p}</p>" for p in _BODIES[lang])
    html = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Tulay</title></head><body>"
        f"<article><h1>Jambatan kayu dibaiki</h1>{dates}{body}</article></body></html>"
    )
    return _cleaned(
        RawPage(
            origin="t/h",
            kind="html",
            body=html.encode(),
            url="https://www.berita-contoh.com/a",
            fetched_at=_FETCHED,
        )
    )


def _text(lines: tuple[str, ...], lang: str, declared: bool) -> Article:
    body = "\n\n".join(_BODIES[lang])
    dump = "Jambatan kayu dibaiki\n" + "\n".join(lines) + "\n\n" + body + "\n"
    return _cleaned(
        RawPage(
            origin="t/t",
            kind="text",
            body=dump.encode(),
            url="https://www.berita-contoh.com/b",
            fetched_at=_FETCHED,
            language=lang if declared else None,
        )
    )


def _cleaned(raw: RawPage) -> Article:
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    ("line", "lang", "update"),
    [
        ("Dikemas kini 7 Dis 2026 19:05", "ms", "2026-12-07T19:05:00+08:00"),
        ("Kemas kini terakhir: 7 Dis 2026, 19:05", "ms", "2026-12-07T19:05:00+08:00"),
        ("Terakhir dikemas kini pada 7 Disember 2026 19:05", "ms", "2026-12-07T19:05:00+08:00"),
        ("Terakhir diperbarui 7 Desember 2026 19:05 WIB", "id", "2026-12-07T19:05:00+07:00"),
        ("Diperbarui pada 7 Des 2026 19:05 WIB", "id", "2026-12-07T19:05:00+07:00"),
        ("Huling na-update Disyembre 7, 2026 7:05 PM", "tl", "2026-12-07T19:05:00"),
        ("Na-update Disyembre 7, 2026 7:05 PM", "fil", "2026-12-07T19:05:00"),
    ],
)  # fmt: skip
def test_an_updated_line_alone_dates_the_page_by_its_update(
    line: str, lang: str, update: str
) -> None:
    for article in (_html((line,), lang), _text((line,), lang, True), _text((line,), lang, False)):
        assert (article.published, article.date_source, article.updated) == (
            update,
            "updated",
            update,
        )


@pytest.mark.parametrize(
    ("lines", "lang", "posted", "update"),
    [
        (("Diterbitkan 7 Dis 2026 14:00", "Kemas kini terakhir 7 Dis 2026 19:05"), "ms",
         "2026-12-07T14:00:00+08:00", "2026-12-07T19:05:00+08:00"),
        (("Dipublikasikan 7 Desember 2026 14:00 WIB", "Terakhir diperbarui 7 Desember 2026"
          " 19:05 WIB"), "id", "2026-12-07T14:00:00+07:00", "2026-12-07T19:05:00+07:00"),
        (("Inilathala Disyembre 7, 2026 2:00 PM", "Huling na-update Disyembre 7, 2026 7:05 PM"),
         "tl", "2026-12-07T14:00:00", "2026-12-07T19:05:00"),
    ],
)  # fmt: skip
def test_a_dumps_posting_line_dates_it_and_its_update_is_kept(
    lines: tuple[str, ...], lang: str, posted: str, update: str
) -> None:
    for declared in (True, False):
        article = _text(lines, lang, declared)
        assert (article.published, article.updated) == (posted, update)
