"""Furniture the Athens desk (Balkans, newcomer 47a) and the Jakarta desk (Southeast Asia,
newcomer 47b) found kept in stored texts, by kind and language: share bars with the networks
they list ("Podeli: Facebook Twitter Viber", "Κοινοποίηση: Facebook Twitter Email", "Kongsi
artikel ini: Facebook WhatsApp Telegram"), "read also" teasers with their headline ("Pročitajte
još: …", "Прочетете още: …", "Lexo edhe: …"), follow, Google News and channel prompts, comment
prompts, an agency's legal notice ("Dilarang keras mengambil konten … tanpa izin tertulis …"),
editors' credit lines, "Updated" timestamps and closing agency credits ("-- BERNAMA").  Each is
a line of its own in an invented page, an HTML page and a text dump; the article's sentences,
some opening with the same words, stay.  All texts and sites here are invented."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture import LINE_TABLES, TABLES, table_for
from clipper.furniture.compiled import matchers
from clipper.page import Article, RawPage

# Three paragraphs of an invented report per language: a regional water utility's new pumping
# station, financed by a development bank.
BODIES = {
    "hr": [
        "Gradsko vodovodno poduzeće potpisalo je ugovor o izgradnji nove crpne stanice na "
        "istočnom rubu grada, vrijedan četrdeset milijuna eura.",
        "Radovi bi trebali početi u ožujku i trajati dvije godine, a stanica će opskrbljivati "
        "vodom oko sto tisuća stanovnika prigradskih naselja.",
        "Novac dolazi iz zajma razvojne banke s rokom otplate od dvadeset godina, rekao je "
        "direktor poduzeća na konferenciji za novinare.",
    ],
    "sr": [
        "Градско комунално предузеће потписало је уговор о изградњи нове пумпне станице на "
        "источном ободу града, вредан четрдесет милиона евра.",
        "Радови би требало да почну у марту и трају две године, а станица ће снабдевати водом "
        "око сто хиљада становника приградских насеља.",
        "Новац долази из зајма развојне банке са роком отплате од двадесет година, рекао је "
        "директор предузећа на конференцији за новинаре.",
    ],
    "bg": [
        "Общинското водоснабдително дружество подписа договор за изграждане на нова помпена "
        "станция в източната част на града на стойност четиридесет милиона евро.",
        "Работата трябва да започне през март и да продължи две години, като станцията ще "
        "снабдява с вода около сто хиляди жители на крайните квартали.",
        "Средствата идват от заем на банка за развитие със срок на погасяване двадесет години, "
        "каза изпълнителният директор на пресконференция.",
    ],
    "mk": [
        "Градското јавно претпријатие за водовод потпиша договор за изградба на нова пумпна "
        "станица во источниот дел на градот, вреден четириесет милиони евра.",
        "Работите треба да започнат во март и да траат две години, а станицата ќе снабдува со "
        "вода околу сто илјади жители на приградските населби.",
        "Парите доаѓаат од заем на развојна банка со рок на отплата од дваесет години, изјави "
        "директорот на претпријатието на прес-конференција.",
    ],
    "sq": [
        "Ndërmarrja e ujësjellësit të qytetit nënshkroi kontratën për ndërtimin e një stacioni "
        "të ri pompimi në skajin lindor të qytetit, me vlerë dyzet milionë euro.",
        "Punimet pritet të nisin në mars dhe të zgjasin dy vjet, ndërsa stacioni do të furnizojë "
        "me ujë rreth njëqind mijë banorë të lagjeve periferike.",
        "Paratë vijnë nga një kredi e një banke zhvillimi me afat shlyerjeje njëzet vjet, tha "
        "drejtori i ndërmarrjes në një konferencë për shtyp.",
    ],
    "sl": [
        "Mestno komunalno podjetje je podpisalo pogodbo za gradnjo nove črpalne postaje na "
        "vzhodnem robu mesta, vredno štirideset milijonov evrov.",
        "Dela naj bi se začela marca in trajala dve leti, postaja pa bo z vodo oskrbovala "
        "približno sto tisoč prebivalcev primestnih naselij.",
        "Denar prihaja iz posojila razvojne banke z rokom odplačila dvajset let, je na "
        "novinarski konferenci povedal direktor podjetja.",
    ],
    "sk": [
        "Mestská vodárenská spoločnosť podpísala zmluvu na výstavbu novej čerpacej stanice na "
        "východnom okraji mesta v hodnote štyridsať miliónov eur.",
        "Práce by sa mali začať v marci a potrvať dva roky, stanica bude zásobovať vodou "
        "približne stotisíc obyvateľov prímestských častí.",
        "Peniaze pochádzajú z úveru rozvojovej banky so splatnosťou dvadsať rokov, povedal "
        "riaditeľ spoločnosti na tlačovej konferencii.",
    ],
    "el": [
        "Η δημοτική επιχείρηση ύδρευσης υπέγραψε σύμβαση για την κατασκευή νέου αντλιοστασίου "
        "στο ανατολικό άκρο της πόλης, ύψους σαράντα εκατομμυρίων ευρώ.",
        "Οι εργασίες αναμένεται να ξεκινήσουν τον Μάρτιο και να διαρκέσουν δύο χρόνια, ενώ το "
        "αντλιοστάσιο θα υδροδοτεί περίπου εκατό χιλιάδες κατοίκους των προαστίων.",
        "Τα χρήματα προέρχονται από δάνειο αναπτυξιακής τράπεζας με διάρκεια αποπληρωμής "
        "είκοσι ετών, δήλωσε ο διευθυντής της επιχείρησης σε συνέντευξη Τύπου.",
    ],
    "ro": [
        "Compania municipală de apă a semnat contractul pentru construcția unei noi stații de "
        "pompare la marginea de est a orașului, în valoare de patruzeci de milioane de euro.",
        "Lucrările ar urma să înceapă în martie și să dureze doi ani, iar stația va alimenta cu "
        "apă aproximativ o sută de mii de locuitori din cartierele periferice.",
        "Banii provin dintr-un împrumut de la o bancă de dezvoltare cu o perioadă de rambursare "
        "de douăzeci de ani, a declarat directorul companiei într-o conferință de presă.",
    ],
    "hu": [
        "A városi vízmű szerződést írt alá egy új szivattyútelep megépítésére a város keleti "
        "szélén, negyvenmillió euró értékben.",
        "A munkálatok márciusban kezdődhetnek és két évig tartanak, a telep mintegy százezer "
        "külvárosi lakost lát majd el vízzel.",
        "A pénz egy fejlesztési bank húszéves futamidejű hiteléből származik, mondta a vállalat "
        "igazgatója egy sajtótájékoztatón.",
    ],
    "id": [
        "Perusahaan daerah air minum menandatangani kontrak pembangunan stasiun pompa baru di "
        "pinggiran timur kota senilai Rp650 miliar.",
        "Pekerjaan dijadwalkan dimulai pada Maret dan berlangsung dua tahun, dan stasiun itu "
        "akan memasok air bagi sekitar seratus ribu warga di kawasan pinggiran.",
        "Dananya berasal dari pinjaman bank pembangunan dengan tenor dua puluh tahun, kata "
        "direktur perusahaan dalam konferensi pers.",
    ],
    "ms": [
        "Syarikat bekalan air negeri menandatangani kontrak pembinaan stesen pam baharu di "
        "pinggir timur bandar bernilai RM180 juta.",
        "Kerja-kerja dijadual bermula pada Mac dan mengambil masa dua tahun, manakala stesen "
        "itu akan membekalkan air kepada kira-kira seratus ribu penduduk kawasan pinggir bandar.",
        "Dana itu diperoleh daripada pinjaman bank pembangunan dengan tempoh bayaran balik dua "
        "puluh tahun, kata pengarah syarikat itu pada sidang media.",
    ],
    "tl": [
        "Pumirma ang lokal na kompanya ng tubig ng kontrata para sa pagtatayo ng bagong "
        "pumping station sa silangang bahagi ng lungsod na nagkakahalaga ng ₱2 bilyon.",
        "Inaasahang magsisimula ang konstruksiyon sa Marso at tatagal ng dalawang taon, at "
        "magsusuplay ito ng tubig sa humigit-kumulang isang daang libong residente.",
        "Manggagaling ang pondo sa pautang ng isang development bank na babayaran sa loob ng "
        "dalawampung taon, ayon sa pinuno ng kompanya sa isang press conference.",
    ],
    "th": [
        "การประปาส่วนภูมิภาคลงนามสัญญาก่อสร้างสถานีสูบน้ำแห่งใหม่ทางฝั่งตะวันออกของเมือง มูลค่ากว่าหนึ่งพันห้าร้อยล้านบาท",
        "การก่อสร้างมีกำหนดเริ่มในเดือนมีนาคมและใช้เวลาสองปี โดยสถานีจะจ่ายน้ำให้ประชาชนราวหนึ่งแสนคนในพื้นที่ชานเมือง",
        "เงินทุนมาจากเงินกู้ของธนาคารเพื่อการพัฒนาซึ่งมีระยะเวลาชำระคืนยี่สิบปี ผู้อำนวยการกล่าวในการแถลงข่าว",
    ],
    "vi": [
        "Công ty cấp nước thành phố đã ký hợp đồng xây dựng trạm bơm mới ở rìa phía đông thành "
        "phố với tổng giá trị hơn một nghìn tỷ đồng.",
        "Công trình dự kiến khởi công vào tháng Ba và kéo dài hai năm, trạm bơm sẽ cấp nước cho "
        "khoảng một trăm nghìn người dân ở các khu vực ven đô.",
        "Nguồn vốn đến từ khoản vay của một ngân hàng phát triển với thời hạn hai mươi năm, "
        "giám đốc công ty cho biết tại buổi họp báo.",
    ],
    "en": [
        "The state water company signed a contract to build a new pumping station on the "
        "eastern edge of the city, worth RM180 million.",
        "Work is due to start in March and take two years, and the station will supply water "
        "to about 100,000 residents of the outlying suburbs.",
        "The money comes from a development bank loan repayable over 20 years, the company's "
        "managing director told a press conference.",
    ],
}

# (language, lines placed before the first paragraph, lines placed after the last): each kind
# as those sites print it (the headlines after "read also" are invented).
FURNITURE = [
    (
        "hr",
        ["Podijeli: Facebook Twitter Viber", "Ažurirano: 06.12.2026. u 14:25"],
        [
            "Pročitajte još: Zagreb: Nova linija tramvaja od proljeća",
            "Ostavite komentar",
            "Pratite nas na Google Newsu",
        ],
    ),
    (
        "hr",
        ["Podeli: Facebook Twitter Viber"],
        [
            "Pročitajte i: Beograd dobija novi most",
            "Komentari (14)",
            "Pratite nas i putem iOS i android aplikacije",
            "Zabranjeno je preuzimanje sadržaja bez pisane dozvole redakcije.",
            "Ovaj sajt koristi kolačiće. Nastavkom korišćenja sajta prihvatate upotrebu kolačića.",
            "U redu",
        ],
    ),
    (
        "sr",
        ["Подели: Facebook Twitter Viber", "Ажурирано: 06.12.2026. 11:35"],
        [
            "Прочитајте још: Нови аутобуси на линији 26",
            "Оставите коментар",
            "Пратите нас на друштвеним мрежама",
        ],
    ),
    (
        "bg",
        ["Сподели във Facebook", "Актуализирана: 06.12.2026 12:02"],
        [
            "Прочетете още: Нова автобусна линия до летището",
            "Последвайте ни във Facebook",
            "Този сайт използва бисквитки. Приемам",
        ],
    ),
    (
        "mk",
        ["Сподели: Facebook Twitter"],
        [
            "Прочитај повеќе: Нови автобуси во Скопје",
            "Поврзани вести: Нов тарифен систем",
            "Следете не на Facebook",
            "Оваа страница користи колачиња. Се согласувам",
        ],
    ),
    (
        "sq",
        ["Shpërndaje: Facebook Twitter"],
        [
            "Lexo edhe: Moti, reshje bore në veri",
            "Lexo më shumë: Rritet çmimi i bukës",
            "Na ndiqni në Facebook",
            "Kjo faqe përdor cookies. Pranoj",
        ],
    ),
    (
        "sl",
        ["Deli: Facebook Twitter E-mail"],
        ["Preberite še: Nova kolesarska steza ob Savi", "Sledite nam na Facebooku"],
    ),
    (
        "sk",
        ["Zdieľať: Facebook Twitter"],
        ["Prečítajte si aj: Nová linka električky od jari", "Pridať komentár"],
    ),
    (
        "el",
        ["Κοινοποίηση: Facebook Twitter Email"],
        [
            "Διαβάστε επίσης: Νέα γραμμή τραμ από την άνοιξη",
            "Ακολουθήστε το site στο Google News και μάθετε πρώτοι όλες τις ειδήσεις",
            "Απαγορεύεται η αναδημοσίευση του περιεχομένου χωρίς την έγγραφη άδεια του "
            "πρακτορείου.",
        ],
    ),
    (
        "ro",
        ["Distribuie: Facebook Twitter"],
        ["Citește și: Linie nouă de tramvai din primăvară", "Urmăriţi-ne pe Google News"],
    ),
    (
        "hu",
        ["Megosztás: Facebook Twitter"],
        ["Kapcsolódó: Új villamosvonal indul tavasszal", "Kövesse az Indexet a Google Hírekben"],
    ),
    (
        "id",
        ["Bagikan: Facebook Twitter WhatsApp"],
        [
            "Simak juga video: Banjir rob di pesisir utara",
            "Jangan Lewatkan Video Terbaru:",
            "Redaktur & Reporter : Sari Wulandari",
            "Simak berita Kabar Kota lainnya di Google News",
            "Dapatkan update berita pilihan dan breaking news setiap hari dari Kabarkota.example.",
            "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
            "andalanmu akses berita Kabarkota.example WhatsApp Channel",
            "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis "
            "untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita Kabar Kota.",
        ],
    ),
    (
        "ms",
        ["Kongsi artikel ini: Facebook WhatsApp Telegram"],
        [
            "Baca juga: Harga ayam naik menjelang cuti sekolah",
            "Ikuti juga kami di Telegram Berita Harian Contoh untuk berita terkini.",
        ],
    ),
    (
        "tl",
        ["Ibahagi: Facebook Twitter"],
        [
            "Basahin din: Bagong tulay sa Marikina bubuksan na",
            "I-follow ang Balita Ngayon sa Facebook para sa pinakabagong balita.",
        ],
    ),
    ("th", ["แชร์: Facebook Twitter"], ["ติดตามข่าวสารผ่านไลน์ @khaoexample"]),
    (
        "vi",
        ["Chia sẻ: Facebook Twitter Zalo"],
        [
            "Xem thêm: Tuyến xe buýt mới ra sân bay",
            "Theo dõi Báo Mẫu trên Google News để cập nhật tin tức nhanh nhất",
        ],
    ),
    (
        "en",
        ["Share: Facebook Twitter WhatsApp Telegram"],
        [
            "-- BERNAMA",
            "By providing an email address. I agree to the Terms of Use and acknowledge that I "
            "have read the Privacy Policy.",
        ],
    ),
]


def _html(lang: str, lines: list[str]) -> Article:
    body = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        f'<html lang="{lang}"><head><title>Pumping station</title></head><body><article>'
        f"<h1>Pumping station</h1>{body}</article></body></html>"
    ).encode()
    raw = RawPage(origin="test", kind="html", body=html, url=f"https://vijesti.example/{lang}/1")
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result


def _dump(lines: list[str]) -> Article:
    raw = RawPage(origin="dump.txt", kind="text", body="\n".join(["Pumping station", "", *lines]))
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(("lang", "before", "after"), FURNITURE)
def test_share_bars_teasers_prompts_and_notices_go_from_an_html_page(
    lang: str, before: list[str], after: list[str]
) -> None:
    body = BODIES[lang]
    assert _html(lang, [*before, *body, *after]).text.splitlines() == body


@pytest.mark.parametrize(("lang", "before", "after"), FURNITURE)
def test_they_go_from_a_text_dump(lang: str, before: list[str], after: list[str]) -> None:
    body = BODIES[lang]
    assert _dump([*before, *body, *after]).text.splitlines() == body


@pytest.mark.parametrize(
    ("lang", "notice"),
    [
        ("sr", "Забрањено је преузимање садржаја без писмене дозволе редакције."),
        ("bg", "Забранено е възпроизвеждането на материали от сайта без писмено разрешение."),
        ("mk", "Забрането е преземање на содржините без писмена дозвола од редакцијата."),
        ("sq", "Ndalohet riprodhimi i materialeve pa lejen me shkrim të redaksisë."),
        ("sl", "Kopiranje vsebin brez pisnega dovoljenja uredništva je prepovedano."),
        (
            "sk",
            "Publikovanie alebo ďalšie šírenie správ je bez predchádzajúceho písomného "
            "súhlasu redakcie zakázané.",
        ),
        (
            "ro",
            "Reproducerea integrală sau parțială a știrilor fără acordul scris al agenției "
            "este interzisă.",
        ),
        ("hu", "A cikkek átvétele csak a kiadó írásos engedélyével lehetséges."),
        ("ms", "Dilarang menyalin kandungan laman ini tanpa kebenaran bertulis."),
        ("vi", "Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."),
        ("th", "ห้ามคัดลอกเนื้อหาในเว็บไซต์นี้โดยไม่ได้รับอนุญาต"),
    ],
)
def test_an_agencys_legal_notice_goes(lang: str, notice: str) -> None:
    # "all rights reserved / reproduction forbidden without written permission": a whole copy
    # holding it under its text read as a trim of one without
    body = BODIES[lang]
    assert _html(lang, [*body, notice]).text.splitlines() == body
    assert _dump([*body, notice]).text.splitlines() == body


@pytest.mark.parametrize(
    ("lang", "footer"),
    [
        ("hr", "Sva prava zadržana."),
        ("sr", "© 2026 Вести Пример. Сва права задржана."),
        ("bg", "Всички права запазени."),
        ("mk", "Сите права се задржани."),
        ("sq", "Të gjitha të drejtat të rezervuara."),
        ("sl", "Vse pravice pridržane."),
        ("sk", "Všetky práva vyhradené."),
        ("el", "Με επιφύλαξη παντός δικαιώματος."),
        ("ms", "Hak cipta terpelihara."),
        ("tl", "Lahat ng karapatan ay nakalaan."),
        ("th", "สงวนลิขสิทธิ์ตามกฎหมาย"),
    ],
)
def test_a_reservation_of_rights_ends_no_text_dump(lang: str, footer: str) -> None:
    # an HTML page's footer is left out by extraction, a dump's stays a line (README, Clean)
    body = BODIES[lang]
    assert matchers().is_rights(footer)
    assert _dump([*body, footer]).text.splitlines() == body


@pytest.mark.parametrize(
    ("lang", "heading", "headline"),
    [
        ("hr", "Pročitajte još:", "Novi Sad: Počinje izgradnja mosta"),
        ("bg", "Прочетете още:", "Студено време и сняг в цялата страна"),
        ("el", "Ειδήσεις σήμερα:", "Σεισμός 4,1 Ρίχτερ στη Θεσσαλία"),
    ],
)
def test_a_read_also_heading_goes_with_the_headline_under_it(
    lang: str, heading: str, headline: str
) -> None:
    body = BODIES[lang]
    assert _dump([*body, heading, headline]).text.splitlines() == body


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # sentences opening with a phrase's words, or naming the networks and the notices
        ("hr", "Podijeli se mišljenje struke o tome koliko će nova stanica koštati građane."),
        ("hr", "Zabranjeno je korištenje vode za pranje automobila bez dozvole tijekom suše."),
        ("sr", "Пратите нас је позвао градоначелник, обраћајући се грађанима на скупу."),
        ("sl", "Uporaba dronov nad gradbiščem brez dovoljenja je prepovedana, so opozorili."),
        ("bg", "Прочетете още веднъж условията на договора, посъветва кметът съветниците."),
        ("sq", "Ndiqni në Facebook debatin e këshillit bashkiak, u bëri thirrje kryetari."),
        ("id", "Dilarang keras mengambil air dari hidran tanpa izin, kata direktur perusahaan."),
        ("bg", "Забранено е използването на телефони без разрешение в залата на съвета."),
        ("th", "ห้ามนำรถเข้าพื้นที่ก่อสร้างโดยไม่ได้รับอนุญาต ผู้อำนวยการกล่าว"),
        ("ro", "Preluarea apei din râu fără acordul autorităților este interzisă, a spus el."),
        ("ms", "Kongsi artikel ini dengan rakan anda, kata pengarah itu dalam satu kenyataan."),
        ("en", "Bernama reported that the station would be finished in 2028, the minister said."),
    ],
)
def test_sentences_with_the_same_words_stay(lang: str, line: str) -> None:
    body = BODIES[lang]
    lines = [*body, line]
    assert _html(lang, lines).text.splitlines() == [*body, line]
    assert _dump(lines).text.splitlines() == [*body, line]


def test_line_tables_are_compiled_but_give_no_language_a_full_table() -> None:
    languages = [table.language for table in LINE_TABLES]
    assert sorted(languages) == [
        "be", "bg", "hr", "ky", "mk", "ms", "ps", "sk", "sl", "sq", "sr", "tg", "tk", "tl"
    ]  # fmt: skip
    assert not set(languages) & set(TABLES)
    assert all(table_for(code) is None for code in languages)
    assert matchers().is_furniture("Podijeli: Facebook Twitter Viber")
