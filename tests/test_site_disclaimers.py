"""A site's disclaimer paragraph under every market or health brief makes no two of its briefs
copies, nor one story (newcomer 22, finding 17).

A finance desk ends each two-line brief with the same 40-60-word investment notice, longer than
the brief: two unrelated briefs shared it word for word and were copies (Jaccard ~0.5) and one
story.  Matching and story vectors leave the paragraph out (``clipper.signoffs.disclaims``,
through ``signs_off``); the stored text keeps it.  Every text is invented: the market desk of a
Surabaya site, a Madrid one, a Lucknow one and a Cairo one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.signoffs import disclaims, signs_off
from tests.storyevents import night_stories
from tests.test_wire_signoffs import _clusters, _record

ID_NOTICE = (
    "Disclaimer: Seluruh keputusan membeli atau menjual efek menjadi tanggung jawab pembaca "
    "sendiri. Redaksi Warta Surabaya tidak bertanggung jawab atas untung maupun rugi yang "
    "timbul dari keputusan tersebut. Pembaca sebaiknya mempelajari prospektus dan meminta "
    "nasihat perencana keuangan yang terdaftar di Otoritas Jasa Keuangan sebelum berinvestasi."
)
ES_NOTICE = (
    "Aviso legal: Este contenido tiene carácter exclusivamente informativo y no constituye una "
    "recomendación de compra o venta de valores. Gaceta Mercantil no se hace responsable de las "
    "decisiones de inversión que los lectores tomen a partir de esta información ni de sus "
    "resultados, y recomienda consultar con un asesor financiero autorizado por la CNMV."
)
HI_NOTICE = (
    "डिस्क्लेमर: यह खबर केवल जानकारी के लिए है और इसे निवेश की सलाह न माना जाए। शेयर बाजार में "
    "निवेश जोखिम के अधीन है। अवध समाचार किसी भी नुकसान या मुनाफे के लिए जिम्मेदार नहीं है, इसलिए "
    "निवेश करने से पहले किसी पंजीकृत वित्तीय सलाहकार से परामर्श अवश्य लें और अपनी जांच स्वयं करें।"
)
AR_NOTICE = (
    "إخلاء المسؤولية: هذا المحتوى لأغراض إعلامية فقط ولا يُعد توصية بشراء أو بيع أي ورقة مالية. "
    "لا تتحمل بوابة النيل الاقتصادية أي مسؤولية عن الخسائر أو الأرباح الناتجة عن قرارات "
    "الاستثمار، وننصح القراء بمراجعة مستشار مالي مرخص من الهيئة العامة للرقابة المالية قبل "
    "اتخاذ أي قرار."
)
# site → (language, notice, its briefs: each a line or two, shorter than the notice)
DESKS = {
    "wartasurabaya.example": ("id", ID_NOTICE, [
        "Saham PT Garam Timur Tbk naik 18 persen setelah perseroan meneken kontrak ekspor ke "
        "Vietnam senilai Rp900 miliar.",
        "Bank Pesisir membagikan dividen tunai Rp42 per saham kepada pemegang saham yang "
        "tercatat pada 14 Januari.",
        "Harga kopi robusta di Lampung turun ke Rp38.500 per kilogram karena panen raya di "
        "Tanggamus.",
    ]),
    "gacetamercantil.example": ("es", ES_NOTICE, [
        "Las acciones de Naviera Cantábrica subieron un 9 % tras anunciar la compra de cuatro "
        "buques portacontenedores.",
        "El Ibex cerró la sesión del martes con una caída del 1,2 % arrastrado por la banca.",
    ]),
    "awadhsamachar.example": ("hi", HI_NOTICE, [
        "गोमती सीमेंट के शेयर 12 प्रतिशत चढ़े, कंपनी ने गोरखपुर में नया संयंत्र लगाने की घोषणा की।",
        "सेंसेक्स बुधवार को 640 अंक गिरकर बंद हुआ, आईटी शेयरों में सबसे ज्यादा बिकवाली रही।",
    ]),
    "bawabatalnil.example": ("ar", AR_NOTICE, [
        "ارتفع سهم شركة الدلتا للأسمدة بنسبة 7 في المئة بعد إعلان أرباح الربع الثالث.",
        "تراجع الجنيه أمام الدولار في السوق الموازية مع تزايد الطلب على العملة الأجنبية.",
    ]),
}  # fmt: skip


def _briefs() -> list[tuple[str, str, str, str]]:
    """(site, language, brief, notice) of every brief."""
    return [
        (site, language, brief, notice)
        for site, (language, notice, briefs) in DESKS.items()
        for brief in briefs
    ]


def test_briefs_under_one_disclaimer_are_no_copies(tmp_path: Path) -> None:
    records = "".join(
        _record(f"https://{site}/pasar/{n}", f"{brief}\n{notice}", language)
        for n, (site, language, brief, notice) in enumerate(_briefs())
    )
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert len(set(clusters.values())) == len(_briefs()), clusters


def test_briefs_under_one_disclaimer_are_no_story(tmp_path: Path) -> None:
    records = [
        {"url": f"https://{site}/pasar/{n}", "title": brief[:40], "language": language,
         "text": f"{brief}\n{notice}", "published": "2026-11-26T10:00:00+07:00"}
        for n, (site, language, brief, notice) in enumerate(_briefs())
    ]  # fmt: skip
    stories = night_stories(tmp_path, records)
    assert len(set(stories.values())) == len(records), stories


def test_a_brief_and_its_copies_stay_one_cluster(tmp_path: Path) -> None:
    """Copies of a brief, with the notice, without it, or under another site's notice."""
    records = ""
    briefs = _briefs()
    for n, (_, language, brief, notice) in enumerate(briefs):
        other = briefs[(n + 1) % len(briefs)][3]
        records += _record(f"https://site-a.example/{n}", f"{brief}\n{notice}", language)
        records += _record(f"https://site-b.example/{n}", f"{brief}\n{notice}", language)
        records += _record(f"https://site-c.example/{n}", brief, language)
        records += _record(f"https://site-d.example/{n}", f"{brief}\n{other}", language)
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert len(set(clusters.values())) == len(briefs), clusters


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        *((notice, True) for _, notice, _ in DESKS.values()),
        ("[Disclaimer] Artikel ini bukan ajakan membeli saham.", True),
        ("Penafian: Kandungan ini bukan nasihat pelaburan.", True),
        ("Isenção de responsabilidade: este conteúdo não é recomendação de investimento.", True),
        ("দাবিত্যাগ: এই প্রতিবেদন বিনিয়োগের পরামর্শ নয়।", True),
        ("ڈس کلیمر: یہ خبر سرمایہ کاری کا مشورہ نہیں ہے۔", True),
        ("免责声明：本文不构成投资建议。", True),
        # the word inside a sentence of the report, or opening one, is the report
        ("The fund's disclaimer was too vague, the regulator said on Tuesday.", False),
        ("Disclaimers on crypto advertising become mandatory next year, the minister said.",
         False),
        ("El aviso legal de la web fue modificado tras la denuncia.", False),
    ],
)  # fmt: skip
def test_a_disclaimer_line_is_told_from_the_report(line: str, expected: bool) -> None:
    assert disclaims(line) is expected
    assert signs_off(line) is expected
