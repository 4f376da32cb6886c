"""A company named by its online shop's address, a country's suffix after it, before a dash
("Amazon.de — Der Händler …") opens the report and stays: only Indonesia's and Vietnam's press
writes a site's bare credit with its name not in capitals ("Tuoitre.vn - …"), and a name in
capitals is a site's credit in any language ("SPIEGELNEWS.DE — …") (newcomer 49a;
:func:`clipper.sitedatelines.site_dateline`).

Fixtures: invented reports of warehouses and ferries.
"""

from __future__ import annotations

import pytest

from clipper.read.zones import written_in
from clipper.reportdatelines import drop_report_dateline


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        ("de", "Amazon.de — Der Händler hat am Montag angekündigt, im kommenden Jahr drei neue "
               "Logistikzentren in der Region zu eröffnen."),
        ("fr", "Zalando.fr – Le distributeur a annoncé lundi qu'il ouvrirait trois nouveaux "
               "entrepôts dans la région l'an prochain."),
        ("pl", "Allegro.pl – Serwis ogłosił w poniedziałek, że w przyszłym roku otworzy w "
               "regionie trzy nowe magazyny dla klientów."),
        ("en", "Amazon.co.uk — The retailer said on Monday it would open three new warehouses "
               "in the region next year as demand grows."),
        ("es", "Mercadolibre.ar — La empresa anunció el lunes que abrirá tres nuevos almacenes "
               "en la región el próximo año."),
    ],
)  # fmt: skip
def test_a_company_s_address_stays(language: str, paragraph: str) -> None:
    with written_in(language, None, None):
        lines, cut = drop_report_dateline([paragraph, "Second paragraph."])
    assert cut is None
    assert lines == [paragraph, "Second paragraph."]


@pytest.mark.parametrize(
    ("language", "paragraph", "text"),
    [
        ("vi", "Baomoi.vn - Thành phố cho biết sẽ mở thêm hai tuyến phà mới mỗi ngày từ tuần "
               "sau để đáp ứng nhu cầu.", "Thành phố cho biết"),
        ("id", "Beritanusa.id – Pemerintah kota mengumumkan dua rute kapal tambahan hari ini "
               "untuk para penumpang di pelabuhan.", "Pemerintah kota"),
        ("de", "SPIEGELNEWS.DE — Der Senat hat am Montag angekündigt, im kommenden Jahr drei "
               "neue Fährlinien in der Stadt einzurichten.", "Der Senat"),
    ],
)  # fmt: skip
def test_a_site_s_credit_is_still_cut(language: str, paragraph: str, text: str) -> None:
    with written_in(language, None, None):
        lines, cut = drop_report_dateline([paragraph, "Second paragraph."])
    assert cut is not None
    assert lines[0].startswith(text)
