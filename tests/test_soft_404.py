"""A "soft 404" (a site's "page not found" page answered with HTTP 200) in every language of the
furniture tables is an ``error-page``, not an article: its body sentences ("the page you are
looking for may have been removed or moved") are notice lines of its language's table, so they
hold the text's sentences (clipper.notices.error_page).  One invented page per table, in the
shape CMSs serve: a header link, an apology heading, one paragraph, a footer.
"""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture import TABLES
from clipper.furniture.compiled import compile_tables
from clipper.page import Article, RawPage, Rejection
from tests.test_furniture_languages import ERROR_HEADINGS

# language: (the page's apology heading, its one paragraph).  The heading says nothing a table
# knows (what carries the page is its body); the <title> is the table's error heading.
SOFT_404: dict[str, tuple[str, str]] = {
    "ar": ("عذرا، لا يوجد شيء هنا",
           "ربما تم حذف الصفحة التي تبحث عنها أو نقلها إلى عنوان آخر. استخدم البحث أو عد إلى "
           "الصفحة الرئيسية للموقع."),
    "cs": ("Jejda, tady nic není",
           "Stránka, kterou hledáte, byla pravděpodobně odstraněna nebo přesunuta. Zkuste "
           "vyhledávání nebo se vraťte na hlavní stránku."),
    "da": ("Ups, her er ingenting",
           "Siden, du leder efter, kan være blevet flyttet eller slettet. Brug søgefeltet eller "
           "gå tilbage til forsiden."),
    "de": ("Hoppla, hier ist nichts",
           "Die von Ihnen gesuchte Seite wurde möglicherweise verschoben oder gelöscht. Nutzen "
           "Sie unsere Suche oder kehren Sie zur Startseite zurück."),
    "ca": ("Vaja, aquí no hi ha res",
           "La pàgina que busques pot haver estat eliminada o traslladada. Fes servir el "
           "cercador o torna a la portada."),
    "ro": ("Hopa, aici nu e nimic",
           "Pagina pe care o căutați a fost ștearsă sau mutată. Folosiți căutarea sau reveniți "
           "pe prima pagină."),
    "el": ("Ωχ, δεν υπάρχει τίποτα εδώ",
           "Η σελίδα που αναζητάτε μπορεί να έχει διαγραφεί ή μετακινηθεί. Χρησιμοποιήστε την "
           "αναζήτηση ή επιστρέψτε στην αρχική σελίδα."),
    "fi": ("Hups, täällä ei ole mitään",
           "Sivu, jota etsit, on ehkä poistettu tai siirretty. Käytä hakua tai palaa "
           "etusivulle."),
    "he": ("אופס, אין כאן כלום",
           "הדף שאתם מחפשים לא קיים. ייתכן שהוסר או הועבר לכתובת אחרת. השתמשו בחיפוש או חזרו "
           "לדף הבית."),
    "th": ("ขออภัย ไม่มีอะไรที่นี่",
           "หน้าที่คุณกำลังค้นหาอาจถูกลบหรือย้ายไปแล้ว กรุณาใช้การค้นหาหรือกลับไปที่หน้าแรก"),
    "en": ("Oops! That page can’t be found.",
           "It looks like nothing was found at this location. Maybe try one of the links in "
           "the menu or a search of the archive?"),
    "es": ("Vaya, aquí no hay nada",
           "Es posible que la página que estás buscando haya sido eliminada o trasladada. Prueba "
           "con el buscador o vuelve a la portada."),
    "fr": ("Oups, rien par ici",
           "La page que vous cherchez a peut-être été déplacée ou supprimée. Essayez notre "
           "moteur de recherche ou retournez à la page d’accueil."),
    "fa": ("متأسفیم، اینجا چیزی نیست",
           "صفحه‌ای که دنبال آن هستید ممکن است حذف شده باشد یا به نشانی دیگری منتقل شده "
           "باشد. از جستجو استفاده کنید یا به صفحه اصلی بازگردید."),
    "ur": ("معاف کیجیے، یہاں کچھ نہیں ہے",
           "آپ جو صفحہ تلاش کر رہے ہیں وہ ہٹا دیا گیا ہے یا کسی دوسرے پتے پر منتقل ہو گیا ہے۔ "
           "تلاش استعمال کریں یا ہوم پیج پر واپس جائیں۔"),
    "sw": ("Samahani, hakuna kitu hapa",
           "Ukurasa unaoutafuta huenda umeondolewa au umehamishwa kwenda anwani nyingine. Tumia "
           "kisanduku cha kutafuta au rudi kwenye ukurasa wa mwanzo."),
    "ha": ("Yi haƙuri, babu komai a nan",
           "Shafin da kuke nema an cire shi ko an matsar da shi zuwa wani adireshi. Yi amfani "
           "da akwatin bincike ko ku koma shafin farko."),
    "am": ("ይቅርታ፣ እዚህ ምንም የለም",
           "የሚፈልጉት ገጽ ተወግዶ ወይም ወደ ሌላ አድራሻ ተዛውሮ ሊሆን ይችላል። ፍለጋውን ይጠቀሙ ወይም ወደ መነሻ "
           "ገጹ ይመለሱ።"),
    "mr": ("क्षमस्व, येथे काहीही नाही",
           "तुम्ही शोधत असलेले पान हटवले गेले आहे किंवा दुसऱ्या पत्त्यावर हलवले गेले आहे. शोध "
           "वापरा किंवा मुख्य पानावर परत जा."),
    "ta": ("மன்னிக்கவும், இங்கே எதுவும் இல்லை",
           "நீங்கள் தேடும் பக்கம் நீக்கப்பட்டிருக்கலாம் அல்லது வேறு முகவரிக்கு "
           "நகர்த்தப்பட்டிருக்கலாம். தேடலைப் பயன்படுத்தவும் அல்லது முகப்புப் பக்கத்துக்குத் "
           "திரும்பவும்."),
    "gu": ("માફ કરશો, અહીં કંઈ નથી",
           "તમે જે પેજ શોધી રહ્યા છો તે દૂર કરવામાં આવ્યું છે અથવા બીજા સરનામે ખસેડવામાં આવ્યું "
           "છે. શોધનો ઉપયોગ કરો અથવા હોમ પેજ પર પાછા જાઓ."),
    "pa": ("ਮਾਫ਼ ਕਰਨਾ, ਇੱਥੇ ਕੁਝ ਨਹੀਂ ਹੈ",
           "ਤੁਸੀਂ ਜੋ ਪੰਨਾ ਲੱਭ ਰਹੇ ਹੋ ਉਹ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ ਜਾਂ ਕਿਸੇ ਹੋਰ ਪਤੇ 'ਤੇ ਚਲਾ ਗਿਆ ਹੈ। ਖੋਜ "
           "ਦੀ ਵਰਤੋਂ ਕਰੋ ਜਾਂ ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਵਾਪਸ ਜਾਓ।"),
    "hu": ("Hoppá, itt nincs semmi",
           "A keresett oldal törölve lett vagy áthelyezték. Használja a keresőt, vagy térjen "
           "vissza a főoldalra."),
    "lv": ("Atvainojiet, šeit nekā nav",
           "Lapa, kuru meklējat, ir dzēsta vai pārvietota uz citu adresi. Izmantojiet meklēšanu "
           "vai atgriezieties sākumlapā."),
    "te": ("క్షమించండి, ఇక్కడ ఏమీ లేదు",
           "మీరు వెతుకుతున్న పేజీ తొలగించబడి ఉండవచ్చు లేదా వేరే చిరునామాకు తరలించబడి ఉండవచ్చు. "
           "శోధనను ఉపయోగించండి లేదా హోమ్ పేజీకి తిరిగి వెళ్లండి."),
    "kn": ("ಕ್ಷಮಿಸಿ, ಇಲ್ಲಿ ಏನೂ ಇಲ್ಲ",
           "ನೀವು ಹುಡುಕುತ್ತಿರುವ ಪುಟವನ್ನು ತೆಗೆದುಹಾಕಲಾಗಿದೆ ಅಥವಾ ಬೇರೆ ವಿಳಾಸಕ್ಕೆ ಸ್ಥಳಾಂತರಿಸಲಾಗಿದೆ. "
           "ಹುಡುಕಾಟವನ್ನು ಬಳಸಿ ಅಥವಾ ಮುಖಪುಟಕ್ಕೆ ಹಿಂತಿರುಗಿ."),
    "ml": ("ക്ഷമിക്കണം, ഇവിടെ ഒന്നുമില്ല",
           "നിങ്ങൾ തിരയുന്ന പേജ് നീക്കം ചെയ്തിരിക്കാം അല്ലെങ്കിൽ മറ്റൊരു വിലാസത്തിലേക്ക് "
           "മാറ്റിയിരിക്കാം. തിരയൽ ഉപയോഗിക്കുക അല്ലെങ്കിൽ ഹോം പേജിലേക്ക് മടങ്ങുക."),
    "bn": ("দুঃখিত, এখানে কিছু নেই",
           "আপনি যে পৃষ্ঠাটি খুঁজছেন সেটি সরিয়ে ফেলা হয়েছে বা অন্য ঠিকানায় চলে গেছে। খোঁজ "
           "ব্যবহার করুন বা প্রথম পাতায় ফিরে যান।"),
    "hi": ("माफ़ कीजिए, यहाँ कुछ नहीं है",
           "आप जिस पेज को ढूंढ रहे हैं, वह हटा दिया गया है या किसी दूसरे पते पर चला गया है। खोज का "
           "इस्तेमाल करें या होम पेज पर लौटें।"),
    "id": ("Ups, tidak ada apa-apa di sini",
           "Halaman yang Anda cari mungkin telah dihapus atau dipindahkan. Gunakan kotak "
           "pencarian atau kembali ke beranda."),
    "is": ("Úps, hér er ekkert",
           "Síðan sem þú ert að leita að gæti hafa verið færð eða eytt. Notaðu leitina eða "
           "farðu aftur á forsíðuna."),
    "it": ("Ops, qui non c'è niente",
           "La pagina che stai cercando potrebbe essere stata rimossa o spostata. Prova a usare "
           "la ricerca oppure torna alla home page."),
    "ja": ("申し訳ありません",
           "お探しの記事は掲載期間が終了したか、削除された可能性があります。トップページから"
           "改めてお探しください。"),
    "ko": ("죄송합니다",
           "찾으시는 페이지가 삭제되었거나 주소가 변경되었을 수 있습니다. 검색을 이용하거나 첫 "
           "화면으로 돌아가 주세요."),
    "lt": ("Oi, čia nieko nėra",
           "Puslapis, kurio ieškote, galėjo būti pašalintas arba perkeltas. Pasinaudokite "
           "paieška arba grįžkite į pagrindinį puslapį."),
    "et": ("Oih, siin pole midagi",
           "Lehte, mida otsite, võib olla eemaldatud või teisaldatud. Kasutage otsingut või "
           "minge tagasi avalehele."),
    "nl": ("Oeps, hier is niets",
           "De pagina die je zoekt is mogelijk verwijderd of verplaatst. Gebruik de zoekfunctie "
           "of ga terug naar de voorpagina."),
    "no": ("Oi, her var det tomt",
           "Siden du leter etter kan ha blitt slettet eller flyttet. Bruk søket eller gå "
           "tilbake til forsiden."),
    "pl": ("Ups, nic tu nie ma",
           "Strona, której szukasz, mogła zostać usunięta lub przeniesiona. Skorzystaj z "
           "wyszukiwarki albo wróć na stronę główną."),
    "pt": ("Ops, nada por aqui",
           "A página que você está procurando pode ter sido removida ou movida. Use a busca ou "
           "volte para a página inicial."),
    "ru": ("Упс, здесь ничего нет",
           "Страница, которую вы ищете, могла быть удалена или перемещена. Воспользуйтесь "
           "поиском или вернитесь на главную страницу."),
    "sv": ("Hoppsan, här finns inget",
           "Sidan du letar efter kan ha tagits bort eller flyttats. Använd sökfunktionen eller "
           "gå tillbaka till startsidan."),
    "tr": ("Hay aksi, burada bir şey yok",
           "Aradığınız sayfa kaldırılmış ya da taşınmış olabilir. Arama kutusunu kullanın veya "
           "ana sayfaya dönün."),
    "uk": ("Ой, тут нічого немає",
           "Сторінка, яку ви шукаєте, могла бути видалена або переміщена. Скористайтеся "
           "пошуком або поверніться на головну сторінку."),
    "vi": ("Rất tiếc, không có gì ở đây",
           "Trang bạn đang tìm có thể đã bị xóa hoặc di chuyển. Hãy dùng ô tìm kiếm hoặc quay "
           "lại trang chủ."),
    "zh": ("抱歉",
           "您访问的页面可能已被删除或移动，请使用搜索功能或返回首页查看最新新闻。"),
    "af": ("Jammer, hier is niks nie",
           "Die bladsy wat jy soek is moontlik verwyder of geskuif. Gebruik die soekfunksie of "
           "gaan terug na die tuisblad."),
    "zu": ("Uxolo, akukho lutho lapha",
           "Ikhasi olifunayo kungenzeka lisusiwe noma lihanjisiwe. Sebenzisa ukusesha noma "
           "ubuyele ekhasini lokuqala."),
    "xh": ("Uxolo, akukho nto apha",
           "Iphepha olikhangelayo kusenokwenzeka ukuba lisusiwe. Sebenzisa ukukhangela okanye "
           "ubuyele kwiphepha lokuqala."),
    "yo": ("Ẹ má bínú",
           "Ojú ewé tí ẹ ń wá kò sí mọ́, ó ṣeé ṣe kí wọ́n ti yọ ọ́. Ẹ lo ìwádìí tàbí kí ẹ padà sí "
           "ojú ewé àkọ́kọ́."),
    "ig": ("Ndo, ọ nweghị ihe ebe a",
           "Peeji ị na-achọ nwere ike ịbụ na ewepụla ya. Jiri nchọta ma ọ bụ laghachi na peeji "
           "mbụ."),
    "so": ("Waan ka xunnahay",
           "Bogga aad raadinayso waa la tirtiray ama waa la wareejiyay. Isticmaal raadinta ama "
           "ku noqo bogga hore."),
    "ne": ("माफ गर्नुहोस्",
           "तपाईंले खोज्नुभएको पृष्ठ हटाइएको हुन सक्छ। खोज प्रयोग गर्नुहोस् वा गृहपृष्ठमा "
           "फर्कनुहोस्।"),
    "or": ("କ୍ଷମା କରନ୍ତୁ",
           "ଆପଣ ଖୋଜୁଥିବା ପୃଷ୍ଠା ହଟାଯାଇଥାଇପାରେ। ସନ୍ଧାନ ବ୍ୟବହାର କରନ୍ତୁ କିମ୍ବା ମୁଖ୍ୟ ପୃଷ୍ଠାକୁ "
           "ଫେରନ୍ତୁ।"),
    "si": ("සමාවන්න",
           "ඔබ සොයන පිටුව ඉවත් කර ඇති විය හැක. සෙවුම භාවිත කරන්න හෝ මුල් පිටුවට ආපසු යන්න."),
    "my": ("စိတ်မကောင်းပါ",
           "သင်ရှာနေသော စာမျက်နှာကို မတွေ့ပါ။ ရှာဖွေမှုကို အသုံးပြုပါ သို့မဟုတ် ပင်မစာမျက်နှာသို့ "
           "ပြန်သွားပါ။"),
    "az": ("Üzr istəyirik",
           "Axtardığınız səhifə silinmiş və ya köçürülmüş ola bilər. Axtarışdan istifadə edin və "
           "ya ana səhifəyə qayıdın."),
    "kk": ("Кешіріңіз",
           "Сіз іздеген бет жойылған немесе көшірілген болуы мүмкін. Іздеуді пайдаланыңыз немесе "
           "басты бетке оралыңыз."),
    "uz": ("Kechirasiz",
           "Siz qidirayotgan sahifa o‘chirilgan yoki ko‘chirilgan bo‘lishi mumkin. Qidiruvdan "
           "foydalaning yoki bosh sahifaga qayting."),
    "ka": ("ბოდიში",
           "გვერდი, რომელსაც ეძებთ, შესაძლოა წაშლილია ან გადატანილია. გამოიყენეთ ძიება ან "
           "დაბრუნდით მთავარ გვერდზე."),
    "hy": ("Ներողություն",
           "Ձեր փնտրած էջը հնարավոր է ջնջվել կամ տեղափոխվել է։ Օգտվեք որոնումից կամ վերադարձեք "
           "գլխավոր էջ։"),
    "mn": ("Уучлаарай",
           "Таны хайж буй хуудас устгагдсан эсвэл шилжсэн байж магадгүй. Хайлтыг ашиглах эсвэл "
           "нүүр хуудас руу буцна уу."),
    "km": ("សូមអភ័យទោស",
           "ទំព័រដែលអ្នកកំពុងស្វែងរក ប្រហែលជាត្រូវបានលុប ឬផ្លាស់ទី។ សូមប្រើការស្វែងរក "
           "ឬត្រឡប់ទៅទំព័រដើម។"),
    "lo": ("ຂໍອະໄພ",
           "ໜ້າທີ່ທ່ານກຳລັງຊອກຫາອາດຖືກລຶບ ຫຼື ຍ້າຍອອກແລ້ວ. ກະລຸນາໃຊ້ການຄົ້ນຫາ ຫຼື ກັບໄປໜ້າຫຼັກ."),
}


def _page(language: str, title: str, heading: str, paragraph: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><header><a href=\"/\">Harbour</a></header>"
        f"<main><h1>{heading}</h1><p>{paragraph}</p></main><footer>© 2026</footer>"
        "</body></html>"
    ).encode()


def test_every_table_has_a_soft_404() -> None:
    assert set(SOFT_404) == set(TABLES)


@pytest.mark.parametrize("language", sorted(SOFT_404))
def test_a_soft_404_in_every_language_is_an_error_page(language: str) -> None:
    heading, paragraph = SOFT_404[language]
    # the body says it in the page's own language: its table alone knows the sentence
    assert compile_tables([TABLES[language]]).is_error_notice(paragraph)
    title = f"{ERROR_HEADINGS[language]} | Harbour"
    raw = RawPage(
        "gone.html", "html", _page(language, title, heading, paragraph),
        url="https://harbour.example/news/2026/ferry-fares-rise",
    )
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Rejection), result
    assert result.reason == "error-page", result


@pytest.mark.parametrize("language", ["fr", "es", "de"])
def test_a_brief_saying_something_was_removed_stays_an_article(language: str) -> None:
    """A short report using the same verbs ("a été supprimée", "ha sido eliminada", "wurde
    gelöscht") under a headline that is no notice is an article."""
    headline, text = {
        "fr": ("La ligne de bac de nuit supprimée",
               "La ligne de bac de nuit entre les deux quais a été supprimée lundi par le "
               "conseil portuaire. Les usagers devront prendre le bus de vingt-trois heures, "
               "a précisé la mairie."),
        "es": ("El ferry nocturno, suprimido",
               "La línea nocturna del ferry entre los dos muelles ha sido eliminada este lunes "
               "por la autoridad portuaria. Los usuarios deberán tomar el autobús de las once, "
               "según el ayuntamiento."),
        "de": ("Nachtfähre gestrichen",
               "Die Nachtfähre zwischen den beiden Kais wurde möglicherweise endgültig gestrichen"
               " und ihr Fahrplan gelöscht, teilte die Hafenverwaltung am Montag mit. Fahrgäste "
               "sollen den Bus um 23 Uhr nehmen."),
    }[language]
    raw = RawPage("brief.html", "html", _page(language, f"{headline} | Harbour", headline, text))
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result


# A wire story's page after the site's licence for it ran out: HTTP 200, the story's own
# address, a notice in its place (newcomer 20, finding 20; invented, in the shapes US, Mexican
# and Brazilian local sites serve).  (language, <title>, heading, paragraph)
EXPIRED = [
    ("en", "Content Unavailable | Courier Z", "This content is no longer available",
     "The content you are looking for has expired or has been removed by the publisher. Wire "
     "stories are available on our site for a limited time under our agreement with the news "
     "agency. Please use the search box above or return to our home page for the latest news."),
    ("en", "Article expired | Courier Z", "The article you requested has expired",
     "Stories from the Associated Press are removed from our website after 30 days in "
     "accordance with our licensing agreement. You can still find our own local coverage of "
     "schools, government, business and sports in the archive."),
    ("es", "Contenido no disponible | Diario Q", "Este contenido ya no está disponible",
     "La nota que intentas consultar fue retirada de nuestro sitio por vencimiento del convenio "
     "con la agencia de noticias. Te invitamos a visitar nuestra portada para conocer la "
     "información más reciente de tu ciudad."),
    ("pt", "Conteúdo indisponível | Jornal Q", "Este conteúdo não está mais disponível",
     "A matéria que você tentou acessar foi retirada do ar por determinação da agência de "
     "notícias responsável. Acesse a nossa página inicial para acompanhar as últimas notícias."),
    # finding 19: a Portuguese soft 404 whose body is masculine ("o conteúdo … removido")
    ("pt", "Erro 404 - Jornal Z", "Ops! Página não encontrada",
     "O conteúdo que você procura pode ter sido removido, ter mudado de endereço ou estar "
     "temporariamente indisponível. Volte para a página inicial ou use a nossa busca para "
     "encontrar as últimas notícias da sua cidade, do estado e do Brasil, com cobertura "
     "completa de política, economia e esportes.</p><p>Se você acredita que isso é um erro, "
     "entre em contato com a nossa central de atendimento ao leitor."),
]


@pytest.mark.parametrize(("language", "title", "heading", "paragraph"), EXPIRED)
def test_an_expired_wire_story_s_notice_is_an_error_page(
    language: str, title: str, heading: str, paragraph: str
) -> None:
    raw = RawPage(
        "ap.html", "html", _page(language, title, heading, paragraph),
        url="https://www.couriera.com/ap/broadband-bond",
    )
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Rejection), result
    assert result.reason == "error-page", result


@pytest.mark.parametrize(
    ("language", "headline", "text"),
    [
        ("en", "Flu drug no longer available",
         "A flu drug widely used in county clinics is no longer available after its maker "
         "halted production, the health department said Monday. Pharmacists said patients "
         "would be offered two other medicines, and that supplies of both were adequate."),
        ("es", "Contenido no disponible en la app",
         "La televisora local dijo que su contenido no disponible en la aplicación volverá en "
         "enero, cuando termine la renegociación con la plataforma. Los suscriptores recibirán "
         "un mes gratis, según la empresa, que no dio más detalles del acuerdo."),
    ],
)
def test_a_brief_about_something_no_longer_available_stays_an_article(
    language: str, headline: str, text: str
) -> None:
    raw = RawPage("brief.html", "html", _page(language, f"{headline} | Harbour", headline, text))
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
