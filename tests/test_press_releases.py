"""A press release's closing boilerplate links no two stories (newcomer 21, finding 20).

A company ends every release with the same "About COMPANY" portrait and press-contact
paragraphs, carried word for word by every site that prints the release (so no site's
template).  Two releases of one company about different events (its quarter's results, a new
plant) shared them and became one story.  A story vector leaves them out
(clipper.pressreleases, clipper.stories.sitetext.without_furniture); the stored text keeps
them.  Every fixture is invented: a toolmaker in the Allgäu.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.pressreleases import boilerplate_start, company_name
from clipper.stories.sitetext import without_furniture
from tests.storyevents import night_stories

ABOUT = (
    "Über die Kaltenbrunn Werkzeugbau AG: Die 1958 in Kempten gegründete Kaltenbrunn "
    "Werkzeugbau AG fertigt Präzisionswerkzeuge für die Automobil- und Medizintechnik. Das "
    "Unternehmen beschäftigt 2.100 Mitarbeiterinnen und Mitarbeiter an sechs Standorten und "
    "erzielte 2025 einen Umsatz von 640 Millionen Euro."
)
CONTACT = (
    "Pressekontakt: Unternehmenskommunikation der Kaltenbrunn Werkzeugbau AG, "
    "presse@kaltenbrunn.example, +49 831 000000."
)
RESULTS = (
    "Kaltenbrunn Werkzeugbau steigert Umsatz im dritten Quartal um sechs Prozent",
    "Kempten, 29. Oktober 2026 – Die Kaltenbrunn Werkzeugbau AG hat im dritten Quartal "
    "einen Umsatz von 168 Millionen Euro erzielt, sechs Prozent mehr als im Vorjahr.\n"
    "Das operative Ergebnis stieg auf 21 Millionen Euro, getragen vom Geschäft mit "
    "Medizintechnikkunden in Nordamerika, während die Nachfrage der Autozulieferer schwach blieb.\n"
    "„Wir bestätigen unsere Jahresprognose und rechnen mit einem Umsatzplus zwischen vier und "
    "sechs Prozent“, sagte Finanzvorständin Birgit Oberstaller bei der Vorlage der Zahlen.",
)
PLANT = (
    "Kaltenbrunn eröffnet neues Werk für Implantatwerkzeuge in Pilsen",
    "Kempten, 16. November 2026 – Die Kaltenbrunn Werkzeugbau AG nimmt in Pilsen ein neues "
    "Werk für Werkzeuge der Implantatfertigung in Betrieb und schafft dort 180 Stellen.\n"
    "Der Bau der Halle mit 14.000 Quadratmetern hat 38 Millionen Euro gekostet; die ersten "
    "Schleifmaschinen laufen seit September im Probebetrieb, die Serienfertigung beginnt "
    "im Januar.\n"
    "„Pilsen liegt nah an unseren Kunden in Tschechien und Bayern“, sagte Werksleiter Tomáš "
    "Dvořák bei der Eröffnung, zu der auch der Bürgermeister der Stadt gekommen war.",
)


def _release(site: str, day: str, n: int, title: str, lead: str) -> dict[str, Any]:
    return {
        "url": f"https://{site}/pressemitteilungen/{day}/{n}", "title": title,
        "text": "\n".join([lead, ABOUT, CONTACT]), "language": "de",
        "published": f"{day}T09:00:00+01:00",
    }  # fmt: skip


def test_two_releases_of_one_company_are_two_stories(tmp_path: Path) -> None:
    records = [
        _release("wirtschaft-allgaeu.example", "2026-10-29", 1, *RESULTS),
        _release("presseportal-sued.example", "2026-10-29", 1, *RESULTS),
        _release("wirtschaft-allgaeu.example", "2026-11-16", 2, *PLANT),
        _release("industrie-news.example", "2026-11-16", 2, *PLANT),
    ]
    story = night_stories(tmp_path, records)
    by_release = {url.rsplit("/", 1)[1]: s for url, s in story.items()}
    assert len(set(story.values())) == 2, story
    assert {s for url, s in story.items() if url.endswith("/1")} != {
        s for url, s in story.items() if url.endswith("/2")
    }, by_release
    # the stored text keeps the portrait and the contact
    exported = CliRunner().invoke(cli, ["export", "--with-text", "--db", str(tmp_path / "s.db")])
    texts = [json.loads(line)["text"] for line in exported.stdout.splitlines()]
    assert all("Pressekontakt:" in t and "Über die Kaltenbrunn" in t for t in texts)


# An Indonesian water company's two releases (newcomer 22, finding 1): the portrait and the
# press contact as Indonesian releases close, "Tentang PT …:" and "Kontak media:".
ID_ABOUT = (
    "Tentang PT Kaliandra Tirta Lestari Tbk: Kaliandra adalah perusahaan pengelola air bersih "
    "yang melayani 1,2 juta pelanggan di Jawa Tengah dan tercatat di bursa sejak 2016."
)
ID_CONTACT = "Kontak media: Ratna Wulandari, Sekretaris Perusahaan, telepon (024) 000-1122."
ID_PLANT = (
    "Instalasi Pengolahan Air Baru di Kendal Mulai Beroperasi",
    "KENDAL - PT Kaliandra Tirta Lestari Tbk meresmikan instalasi pengolahan air berkapasitas "
    "800 liter per detik di Kabupaten Kendal pada Selasa pagi.\n"
    "Instalasi itu akan memasok air bersih bagi 90 ribu rumah tangga dan kawasan industri di "
    "pesisir utara, kata Direktur Operasi Hendra Saputra dalam peresmian.\n"
    "Pembangunan berlangsung delapan belas bulan dengan biaya Rp640 miliar, sebagian dibiayai "
    "pinjaman bank pembangunan daerah.",
)
ID_BONDS = (
    "Obligasi Hijau Rp1 Triliun Diminati Dana Pensiun",
    "SEMARANG - PT Kaliandra Tirta Lestari Tbk menerbitkan obligasi berwawasan lingkungan "
    "senilai Rp1 triliun dengan tenor lima tahun dan kupon 6,8 persen.\n"
    "Dana hasil penerbitan akan dipakai untuk mengganti pipa distribusi tua yang membuat "
    "sepertiga air hilang sebelum sampai ke pelanggan, ujar Direktur Keuangan Lestiani Putri.\n"
    "Permintaan investor mencapai 2,4 kali nilai penawaran, terutama dari dana pensiun dan "
    "perusahaan asuransi jiwa.",
)


def test_two_indonesian_releases_of_one_company_are_two_stories(tmp_path: Path) -> None:
    def release(site: str, day: str, n: int, title: str, lead: str) -> dict[str, Any]:
        return {"url": f"https://{site}/siaran-pers/{day}/{n}", "title": title,
                "text": "\n".join([lead, ID_ABOUT, ID_CONTACT]), "language": "id",
                "published": f"{day}T10:00:00+07:00"}  # fmt: skip

    story = night_stories(tmp_path, [
        release("kaliandra.example", "2026-11-24", 1, *ID_PLANT),
        release("kabar-jateng.example", "2026-11-24", 1, *ID_PLANT),
        release("kaliandra.example", "2026-11-27", 2, *ID_BONDS),
        release("bursa-harian.example", "2026-11-27", 2, *ID_BONDS),
    ])  # fmt: skip
    plant = {s for url, s in story.items() if url.endswith("/1")}
    bonds = {s for url, s in story.items() if url.endswith("/2")}
    assert len(plant) == len(bonds) == 1 and plant != bonds, story


@pytest.mark.parametrize(
    "closing",
    [
        ["About Northwind Robotics", "Founded in 2009, Northwind Robotics builds robots."],
        ["About Northwind Robotics: founded in 2009, the company builds warehouse robots."],
        ["Media contact: Jane Doe, press@northwind.example"],
        ["À propos des Laboratoires Sérénité : groupe pharmaceutique fondé en 1962 à Lyon.",
         "Contact presse : presse@serenite.example"],
        ["Über die Weißhaupt AG", "Die Weißhaupt AG ist ein Familienunternehmen."],
        ["Acerca de Bodegas Almendral: fundada en 1921 en La Rioja."],
        ["Contacto de prensa: prensa@almendral.example"],
        ["Informazioni su Ferrovie Alpine: fondata nel 1911, gestisce 400 km di linee."],
        ["Ufficio stampa: stampa@ferrovie-alpine.example"],
        ["Over Van Dijk Logistiek: opgericht in 1974 in Venlo."],
        ["Perscontact: pers@vandijk.example"],
        ["O firmie Polmleko: spółdzielnia mleczarska założona w 1956 roku."],
        ["Kontakt dla mediów: biuro@polmleko.example"],
        # an "about" label before the name, in more languages (newcomer 22, finding 1)
        ["Tentang PT Kaliandra Tirta Lestari Tbk: perusahaan air bersih di Jawa Tengah."],
        ["Sobre a Cervejaria Serra Azul: fundada em 1938 em Petrópolis."],
        ["Sobre a empresa:", "A Serra Azul produz cervejas artesanais."],
        ["نبذة عن شركة الواحة للأسمنت: تأسست الشركة عام 1979 في الزرقاء."],
        ["О компании", "АО «Северный кабель» основано в 1951 году."],
        ["Om Fjordkraft Industri: konsernet ble grunnlagt i 1946."],
        ["Về Tập đoàn Sao Mai: thành lập năm 1997 tại An Giang."],
        ["אודות גלבוע מערכות: החברה נוסדה ב-1985."],
        ["Σχετικά με την Aigaion Foods: ιδρύθηκε το 1972."],
        ["关于星河精密：星河精密成立于2003年，总部位于苏州。"],
        # after the name (hi, bn, ur, tr, ja, ko)
        ["कालिंदी ऊर्जा के बारे में: कालिंदी ऊर्जा 1995 में स्थापित कंपनी है।"],
        ["মেঘনা সিমেন্ট সম্পর্কে: মেঘনা সিমেন্ট ১৯৯২ সালে প্রতিষ্ঠিত।"],
        ["سندھ ٹیکسٹائل کے بارے میں: سندھ ٹیکسٹائل ۱۹۸۰ میں قائم ہوئی۔"],
        ["Ege Tekstil Hakkında", "Ege Tekstil 1968 yılında İzmir'de kuruldu."],
        ["株式会社ミナト精機について", "当社は1961年に横浜で創業しました。"],
        ["한빛정밀 소개", "한빛정밀은 1984년 창원에서 설립되었다."],
        # press contacts
        ["Kontak media: Ratna Wulandari, telepon (024) 000-1122."],
        ["Narahubung: Ratna Wulandari"],
        ["Informasi lebih lanjut: humas@kaliandra.example"],
        ["Contato para imprensa: imprensa@serraazul.example"],
        ["Assessoria de Imprensa", "imprensa@serraazul.example"],
        ["للتواصل الإعلامي: إدارة الاتصال المؤسسي"],
        ["मीडिया संपर्क: अनुराधा मेहता, 98000 00000"],
        ["মিডিয়া যোগাযোগ: তানভীর হাসান"],
        ["میڈیا رابطہ: عمران قریشی"],
        ["Lisätietoja antaa toimitusjohtaja Aino Virtanen, puh. 040 000 0000"],
        ["Presskontakt: Karin Lund, karin@lund.example"],
        ["Basın iletişim: Ayşe Demir"],
        ["媒体联系人：王芳"],
        ["報道関係者からのお問い合わせ先：広報部"],
        ["보도 문의: 홍보팀 김민지"],
        # headings in brackets, and "for more information, contact" (newcomer 26, finding 15)
        ["【株式会社アオバ精工について】", "1972年に仙台で創業しました。"],
        ["【会社概要】", "会社名：株式会社アオバ精工"],
        ["【本件に関する報道関係者からのお問い合わせ先】", "広報部　鈴木美咲"],
        ["【お問い合わせ先】", "広報部　鈴木美咲"],
        ["Untuk informasi lebih lanjut, silakan hubungi:", "Dewi Anggraini"],
        ["अधिक जानकारी के लिए संपर्क करें:", "राहुल वर्मा"],
        ["For more information, please contact:", "Anna Pike"],
        ["Pour plus d'informations, contactez :", "Claire Martin"],
        ["Para más información, contacte con:", "Lucía Gómez"],
        ["Para mais informações, entre em contato:", "Ana Souza"],
        ["如需更多信息，请联系：", "王芳"],
    ],
)
def test_the_closing_boilerplate_is_found(closing: list[str]) -> None:
    body = ["The company said on Tuesday that its new plant would open in March next year.",
            "It expects the plant to employ 300 people once it runs at full capacity."]  # fmt: skip
    assert boilerplate_start([*body, *closing]) == len(body)
    assert without_furniture("\n".join([*body, *closing])) == "\n".join(body)


@pytest.mark.parametrize(
    "line",
    [
        "About 300 people gathered outside the town hall on Monday evening.",
        "Über Nacht stieg der Kurs der Aktie um fünf Prozent, sagte ein Händler in Frankfurt.",
        "Over twee weken opent de nieuwe brug over de Maas voor fietsers.",
        "About the plan, the mayor said little: she would wait for the council's report.",
        "Tentang Gubernur, ia mengatakan bahwa pemerintah akan segera bertindak.",
        "Informasi lebih lanjut akan disampaikan pemerintah pekan depan.",
        "Sobre a mesa, o ministro deixou o relatório final da comissão.",
        "Para más información sobre el plan, el ministerio abrió una web.",
        "इस फैसले के बारे में मंत्री ने कहा कि सरकार जल्द कदम उठाएगी।",
        "عن شركة الكهرباء قال الوزير إن الأسعار لن ترتفع هذا العام.",
        "Om regeringen beslutar så, höjs skatten nästa år.",
        "Kaza hakkında savcılık soruşturma başlattı.",
    ],
)
def test_a_report_paragraph_is_no_boilerplate(line: str) -> None:
    body = ["The company said on Tuesday that its new plant would open in March next year.", line]
    assert boilerplate_start(body) is None


# One company's two releases of one day, a product launch and a new finance chief (newcomer
# 26, finding 15): the company's name in both headlines and leads, its portrait and its contact
# block shared.  Invented companies in Sendai, Surabaya, Kanpur and Leeds.
SAME_DAY: dict[str, tuple[str, str, list[str], tuple[str, str], tuple[str, str]]] = {
    "ja": (
        "ja", "+09:00",
        ["【株式会社アオバ精工について】",
         "株式会社アオバ精工は1972年に仙台で創業した精密部品メーカーです。半導体製造装置向けの"
         "部品を中心に、国内外の顧客に製品を供給しています。",
         "【本件に関する報道関係者からのお問い合わせ先】",
         "株式会社アオバ精工　広報部　担当：鈴木美咲", "TEL：022-000-0000"],
        ("アオバ精工、半導体検査用の新型プローブを発売",
         "株式会社アオバ精工（本社：宮城県仙台市）は、半導体ウエハー検査用の新型プローブ「AP-900」"
         "を発売しました。\n新製品は従来品に比べて接触抵抗を30％低減し、最大2万回の検査に耐え"
         "ます。初年度に5億円の売上を見込んでいます。"),
        ("アオバ精工、新たな最高財務責任者に山本玲子氏を任命",
         "株式会社アオバ精工（本社：宮城県仙台市）は、2027年1月1日付で山本玲子氏を取締役兼最高"
         "財務責任者に任命することを決定しました。\n山本氏は大手監査法人で15年間勤務した後、"
         "上場企業の財務部長を務めました。前任の田中浩二氏は顧問に就任します。"),
    ),
    "id": (
        "id", "+07:00",
        ["Tentang PT Samudra Pangan Nusantara Tbk",
         "PT Samudra Pangan Nusantara Tbk adalah produsen makanan olahan laut yang berdiri sejak "
         "1988 di Surabaya dan mengekspor produknya ke 14 negara.",
         "Untuk informasi lebih lanjut, silakan hubungi:", "Dewi Anggraini, Sekretaris Perusahaan",
         "Telepon: (031) 000-4455"],
        ("Samudra Pangan Luncurkan Abon Tuna Siap Saji",
         "SURABAYA – PT Samudra Pangan Nusantara Tbk meluncurkan abon tuna siap saji dalam "
         "kemasan sachet di Surabaya, Jumat (4/12).\nProduk baru ini dijual seharga Rp12.500 per "
         "kemasan dan tersedia di 3.000 minimarket di Jawa Timur mulai pekan depan."),
        ("Samudra Pangan Tunjuk Direktur Keuangan Baru",
         "SURABAYA – PT Samudra Pangan Nusantara Tbk menunjuk Bambang Wijaya sebagai Direktur "
         "Keuangan menggantikan Lestari Handayani yang mengundurkan diri.\nPenunjukan itu "
         "diputuskan dalam rapat pemegang saham di Surabaya, Jumat (4/12)."),
    ),
    "hi": (
        "hi", "+05:30",
        ["गंगा फूड्स लिमिटेड के बारे में",
         "गंगा फूड्स लिमिटेड की स्थापना 1994 में कानपुर में हुई थी। कंपनी पैकेटबंद नमकीन और "
         "मिठाइयाँ बनाती है और देश के 18 राज्यों में अपने उत्पाद बेचती है।",
         "अधिक जानकारी के लिए संपर्क करें:", "राहुल वर्मा, कॉर्पोरेट संचार प्रमुख",
         "फोन: 0512-0000000"],
        ("गंगा फूड्स ने बाजरे के नए बिस्कुट बाजार में उतारे",
         "कानपुर, 4 दिसंबर: गंगा फूड्स लिमिटेड ने शुक्रवार को बाजरे से बने बिस्कुट की नई श्रृंखला "
         "बाजार में उतारी।\nकंपनी के अनुसार 100 ग्राम का पैकेट 20 रुपये में मिलेगा और पहले चरण "
         "में उत्तर प्रदेश और बिहार में बिक्री शुरू होगी।"),
        ("गंगा फूड्स ने सुनीता अग्रवाल को मुख्य वित्त अधिकारी नियुक्त किया",
         "कानपुर, 4 दिसंबर: गंगा फूड्स लिमिटेड के निदेशक मंडल ने सुनीता अग्रवाल को मुख्य वित्त "
         "अधिकारी नियुक्त करने की मंजूरी दी है।\nसुनीता अग्रवाल इससे पहले एक दवा कंपनी में वित्त "
         "नियंत्रक थीं और वे 1 जनवरी से कार्यभार संभालेंगी।"),
    ),
    "en": (
        "en", "+00:00",
        ["About Harrowgate Mills Ltd",
         "Harrowgate Mills Ltd was founded in Leeds in 1921. The company weaves upholstery "
         "fabrics and sells them in 30 countries.",
         "For more information, please contact:", "Anna Pike, Harrowgate Mills Ltd",
         "Phone: 0113 000 0000"],
        ("Harrowgate Mills launches recycled wool upholstery range",
         "LEEDS, Dec 4: Harrowgate Mills Ltd on Friday launched a range of upholstery fabrics "
         "woven from recycled wool.\nThe company said the range would cost 48 pounds a metre "
         "and reach furniture makers in January."),
        ("Harrowgate Mills appoints Priya Shah as chief financial officer",
         "LEEDS, Dec 4: Harrowgate Mills Ltd has appointed Priya Shah as chief financial "
         "officer.\nShah was previously finance director of a building supplies group and will "
         "take charge on January 1."),
    ),
}


@pytest.mark.parametrize("case", sorted(SAME_DAY))
def test_one_companys_two_releases_of_one_day_are_two_stories(
    tmp_path: Path, case: str
) -> None:
    language, zone, closing, launch, officer = SAME_DAY[case]
    records = [
        {"url": f"https://{site}/pr/2026-12-04/{n}", "title": title,
         "text": "\n".join([lead, *closing]), "language": language,
         "published": f"2026-12-04T10:00:00{zone}"}
        for n, (title, lead) in enumerate([launch, officer])
        for site in ("prwire-asia.example", "kabar-bisnis.example")
    ]  # fmt: skip
    story = night_stories(tmp_path, records)
    first = {s for url, s in story.items() if url.endswith("/0")}
    second = {s for url, s in story.items() if url.endswith("/1")}
    assert len(first) == len(second) == 1 and first != second, story


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        (["About Harrowgate Mills Ltd", "Founded in Leeds in 1921."], "Harrowgate Mills Ltd"),
        (["About Northwind Robotics: founded in 2009, it builds robots."], "Northwind Robotics"),
        (["गंगा फूड्स लिमिटेड के बारे में", "स्थापना 1994 में हुई।"], "गंगा फूड्स लिमिटेड"),
        (["【株式会社アオバ精工について】", "1972年に創業しました。"], "株式会社アオバ精工"),
        (["Tentang PT Samudra Pangan Nusantara Tbk:", "Berdiri 1988."],
         "PT Samudra Pangan Nusantara Tbk"),
        (["关于星河精密：星河精密成立于2003年。"], "星河精密"),
        (["한빛정밀 소개", "1984년 설립."], "한빛정밀"),
        (["Sobre a empresa:", "A Serra Azul produz cervejas."], None),
        (["Media contact: Jane Doe"], None),
    ],
)
def test_the_portrait_names_the_company(closing: list[str], name: str | None) -> None:
    body = ["The company said on Friday that its new plant would open in March next year."]
    assert company_name([*body, *closing]) == name
