"""Furniture a newcomer found kept in stored HTML texts (session 20): photo credit lines naming a
web address or the source's own files ("Foto: Kompas.com/Dian Erika", "Foto: Dok. Humas
Pemkot"), Indonesian staff credits under a story ("Editor: …", "Penulis: …", "Reporter: …"),
an Arabic "read also" teaser spelled without hamza or with tanween ("اقرا ايضا", "اقرأ ايضاً"),
and prompts to follow the site on WhatsApp or Telegram in Spanish, Portuguese, Indonesian,
Arabic and Hindi.  Each is a line of its own in an invented article page; the article's
sentences, some with the same words, stay.  All pages here are invented."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture.compiled import matchers
from clipper.page import Article, RawPage

BODIES = {
    "id": [
        f"Pemerintah Kota Bandar Lestari mengumumkan rencana pembangunan jembatan ke-{n} yang "
        "akan menghubungkan dua kecamatan di tepi sungai, kata wali kota kepada wartawan."
        for n in range(1, 5)
    ],
    "ar": [
        f"أعلنت بلدية المدينة الساحلية اليوم عن المرحلة {n} من خطة لتطوير شبكة النقل العام وربط"
        " الأحياء الشمالية بوسط المدينة خلال العامين المقبلين، وفق ما قال رئيس البلدية."
        for n in range(1, 5)
    ],
    "es": [
        f"El ayuntamiento de Villaserena aprobó la fase {n} del plan para renovar la red de "
        "autobuses urbanos y conectar los barrios del norte con el centro en dos años."
        for n in range(1, 5)
    ],
    "pt": [
        f"A prefeitura de Vila Serena aprovou a fase {n} do plano para renovar a rede de ônibus "
        "urbanos e ligar os bairros do norte ao centro da cidade em dois anos."
        for n in range(1, 5)
    ],
    "hi": [
        f"नगर निगम ने सोमवार को शहर की बस सेवा सुधारने की योजना के चरण {n} की घोषणा की, जिससे "
        "उत्तरी इलाकों को शहर के केंद्र से जोड़ा जाएगा, महापौर ने पत्रकारों से कहा।"
        for n in range(1, 5)
    ],
}

# (language, lines placed after the first paragraph, lines placed after the last)
FURNITURE = [
    ("id", ["Foto: Kompas.com/Dian Erika", "(FOTO: Dok. Humas Pemkot Bandar Lestari)",
            "Foto: Antara/Rivan Awal Lingga/tom."],
     ["Editor: Budi Santoso", "Penulis: Siti Rahma", "Reporter: Andi Wijaya | Pewarta: Rudi",
      "Ikuti saluran WhatsApp Warta Lestari untuk berita terbaru"]),
    ("ar", ["اقرا ايضا: وزير المالية يعلن عن ميزانية جديدة",
            "اقرأ ايضاً: المطر يعود إلى المدينة"],
     ["تابعوا قناتنا على واتساب", "انضموا إلى قناتنا على تيليجرام"]),
    ("es", ["(Foto: REUTERS/Juan Medina)"],
     ["Síguenos en WhatsApp", "Sigue a Diario Serena en WhatsApp"]),
    ("pt", ["Foto: g1.example/Ana Souza"],
     ["Siga o canal do Diário Serena no WhatsApp", "Siga o canal no WhatsApp"]),
    ("hi", ["फोटो: पीटीआई"],
     ["हमारे व्हाट्सएप चैनल को फॉलो करें", "व्हाट्सएप चैनल से जुड़ें"]),
]


def _clean(lang: str, lines: list[str]) -> Article:
    body = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        f'<html lang="{lang}"><head><title>{lines[0][:40]}</title></head><body><article>'
        f"<h1>{lines[0][:40]}</h1>{body}</article></body></html>"
    ).encode()
    raw = RawPage(origin="test", kind="html", body=html, url=f"https://warta.example/{lang}/1")
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(("lang", "after_first", "after_last"), FURNITURE)
def test_credit_teaser_and_channel_lines_go_from_an_html_page(
    lang: str, after_first: list[str], after_last: list[str]
) -> None:
    body = BODIES[lang]
    article = _clean(lang, [body[0], *after_first, *body[1:], *after_last])
    assert article.text.splitlines() == body


@pytest.mark.parametrize(
    "line",
    [
        # a caption's sentence with its credit, and a sentence about a credit
        "Presiden meresmikan jembatan itu pada hari Senin. (Foto: Antara/Arif Lubis)",
        "Foto: Wali kota mengatakan jembatan akan dibuka tahun depan. Warga menyambut baik.",
        # the same words in the article's sentences
        "Warga diminta mengikuti saluran resmi pemerintah kota untuk informasi banjir.",
        "وقال الوزير إن الحكومة تابعت الأمر عبر واتساب مع السكان طوال الأسبوع الماضي.",
        "El alcalde sigue en contacto con los vecinos y responderá a sus preguntas el lunes.",
        "A prefeitura disse que o canal de atendimento no WhatsApp funciona desde março.",
        "महापौर ने कहा कि शिकायतें व्हाट्सएप पर भेजी जा सकती हैं और जल्द जवाब दिया जाएगा।",
        "The editor said the report would be published on Monday.",
    ],
)
def test_sentences_with_the_same_words_stay(line: str) -> None:
    m = matchers()
    assert not m.is_furniture(line)
    assert not m.is_site_notice(line)
    assert not m.is_photo_credit(line)
