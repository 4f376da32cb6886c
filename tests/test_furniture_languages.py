"""Text-dump furniture in every language of the furniture tables: one invented dump per language.

Each dump has the shape crawlers produce: a skip link, a cookie-consent banner (a sentence or
heading and a button), the headline, a body paragraph, an inline "read also" teaser, a second
paragraph, a "more on this" box of link titles and a share bar.  The cleaner must give back the
headline as the title and exactly the two paragraphs as the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture import TABLES
from clipper.furniture.compiled import compile_tables
from clipper.page import Article, RawPage, Rejection
from clipper.postclean import post_clean
from clipper.scripts import count_words
from clipper.templates import is_furniture_shaped
from clipper.textdump import clean_text_dump


@dataclass(frozen=True)
class Dump:
    skip: str
    banner: tuple[str, ...]
    title: str
    body: tuple[str, str]
    teaser: str
    related: str
    links: tuple[str, str]
    share: str

    def text(self) -> str:
        lines = [self.skip, *self.banner, self.title, self.body[0], self.teaser, self.body[1]]
        lines += [self.related, *self.links, self.share]
        return "\n".join(lines)


DUMPS: dict[str, Dump] = {
    "en": Dump(
        "Skip to main content",
        ("We use cookies to improve your experience on our site and to show you relevant ads.",
         "Accept all", "Manage preferences"),
        "Harbour ferry returns to service after winter repairs",
        ("The passenger ferry between Westquay and Holm Point will run again from Monday after "
         "three months in dry dock, the harbour board said.",
         "Engineers replaced both engines and the ramp, and the timetable will offer a sailing "
         "every forty minutes during the summer season."),
        "Read more: Holm Point pier to get new lighting",
        "More on this story",
        ("Harbour board sets new fares", "Coastal bus route extended"),
        "Share this article",
    ),
    "de": Dump(
        "Zum Inhalt springen",
        ("Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis auf unserer Website zu "
         "bieten.", "Alle akzeptieren", "Einstellungen"),
        "Fähre nach Holmspitze fährt nach Reparatur wieder",
        ("Die Personenfähre zwischen Westkai und Holmspitze fährt ab Montag wieder nach drei "
         "Monaten in der Werft, teilte die Hafenverwaltung mit.",
         "Techniker haben beide Motoren und die Rampe ersetzt, im Sommer legt die Fähre alle "
         "vierzig Minuten ab und fährt bis spät am Abend."),
        "Lesen Sie auch: Neue Beleuchtung für den Anleger",
        "Mehr zum Thema",
        ("Hafenverwaltung erhöht die Preise", "Buslinie an der Küste verlängert"),
        "Artikel teilen",
    ),
    "fr": Dump(
        "Aller au contenu principal",
        ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience de "
         "notre site.", "Tout accepter", "Paramétrer les cookies"),
        "Le bac de Pointe-Holm reprend du service après l'hiver",
        ("Le bac entre le quai ouest et Pointe-Holm circulera de nouveau dès lundi après trois "
         "mois en cale sèche, a indiqué le port.",
         "Les techniciens ont remplacé les deux moteurs et la rampe, et le bac partira toutes "
         "les quarante minutes pendant tout l'été."),
        "À lire aussi : Un nouvel éclairage pour la jetée",
        "Sur le même sujet",
        ("Le port augmente ses tarifs", "La ligne de bus côtière prolongée"),
        "Partager l'article",
    ),
    "es": Dump(
        "Saltar al contenido",
        ("Utilizamos cookies propias y de terceros para mejorar tu experiencia y mostrarte "
         "publicidad personalizada.", "Aceptar todo", "Configurar"),
        "El ferry de Punta Holm vuelve tras las reparaciones de invierno",
        ("El ferry de pasajeros entre el muelle oeste y Punta Holm volverá a navegar el lunes "
         "tras tres meses en dique seco, según el puerto.",
         "Los técnicos cambiaron los dos motores y la rampa, y habrá una salida cada cuarenta "
         "minutos durante toda la temporada de verano."),
        "Lee también: Nueva iluminación para el muelle",
        "Noticias relacionadas",
        ("El puerto sube las tarifas", "Se amplía la línea de autobús costera"),
        "Compartir",
    ),
    "it": Dump(
        "Vai al contenuto principale",
        ("Utilizziamo cookie tecnici e di profilazione per migliorare la tua esperienza sul "
         "nostro sito.", "Accetta tutto", "Rifiuta"),
        "Il traghetto per Punta Holm torna in servizio dopo l'inverno",
        ("Il traghetto tra il molo ovest e Punta Holm tornerà a navigare da lunedì dopo tre "
         "mesi in bacino di carenaggio, ha detto il porto.",
         "I tecnici hanno sostituito entrambi i motori e la rampa, e ci sarà una corsa ogni "
         "quaranta minuti per tutta l'estate."),
        "Leggi anche: Nuove luci per il pontile",
        "Articoli correlati",
        ("Il porto aumenta le tariffe", "Prolungata la linea di autobus costiera"),
        "Condividi",
    ),
    "nl": Dump(
        "Naar de inhoud",
        ("Wij gebruiken cookies om onze website te verbeteren en om advertenties af te "
         "stemmen op jouw interesses.", "Accepteren", "Instellingen aanpassen"),
        "Veerboot naar Holmpunt vaart weer na reparaties",
        ("De veerboot tussen de westkade en Holmpunt vaart vanaf maandag weer na drie maanden "
         "in het droogdok, meldt het havenbedrijf.",
         "Monteurs vervingen beide motoren en de klep, en in de zomer vertrekt er elke veertig "
         "minuten een boot naar de overkant."),
        "Lees ook: Nieuwe verlichting voor de steiger",
        "Meer over dit onderwerp",
        ("Havenbedrijf verhoogt tarieven", "Buslijn langs de kust verlengd"),
        "Deel dit artikel",
    ),
    "pt": Dump(
        "Ir para o conteúdo",
        ("Utilizamos cookies para melhorar a sua experiência e personalizar publicidade no "
         "nosso site.", "Aceitar todos", "Configurações de cookies"),
        "Balsa de Ponta Holm volta a operar após reparos de inverno",
        ("A balsa de passageiros entre o cais oeste e Ponta Holm volta a operar na segunda-"
         "feira após três meses em doca seca, disse o porto.",
         "Os técnicos trocaram os dois motores e a rampa, e haverá uma saída a cada quarenta "
         "minutos durante todo o verão."),
        "Leia também: Nova iluminação para o píer",
        "Notícias relacionadas",
        ("Porto aumenta as tarifas", "Linha de ônibus costeira ampliada"),
        "Compartilhar",
    ),
    "sv": Dump(
        "Hoppa till innehållet",
        ("Vi använder cookies för att ge dig en bättre upplevelse och för att visa relevanta "
         "annonser på webbplatsen.", "Godkänn alla", "Inställningar"),
        "Färjan till Holmudden i trafik igen efter vinterns reparationer",
        ("Passagerarfärjan mellan Västkajen och Holmudden går igen från måndag efter tre "
         "månader i torrdocka, meddelar hamnbolaget.",
         "Tekniker har bytt båda motorerna och rampen, och i sommar avgår färjan var fyrtionde "
         "minut hela dagen fram till sent på kvällen."),
        "Läs också: Ny belysning på bryggan",
        "Mer om Holmudden",
        ("Hamnbolaget höjer priserna", "Busslinjen längs kusten förlängs"),
        "Dela artikeln",
    ),
    "da": Dump(
        "Gå til indhold",
        ("Vi bruger cookies til at forbedre din oplevelse og til at vise dig relevante "
         "annoncer på vores hjemmeside.", "Accepter alle", "Tilpas valg"),
        "Færgen til Holmpynten sejler igen efter vinterens reparationer",
        ("Passagerfærgen mellem Vestkajen og Holmpynten sejler igen fra mandag efter tre "
         "måneder i tørdok, oplyser havnen.",
         "Teknikere har udskiftet begge motorer og rampen, og om sommeren afgår færgen hvert "
         "fyrretyvende minut hele dagen."),
        "Læs også: Ny belysning på molen",
        "Relaterede artikler",
        ("Havnen hæver priserne", "Buslinjen langs kysten forlænges"),
        "Del artiklen",
    ),
    "no": Dump(
        "Hopp til innhold",
        ("Vi bruker informasjonskapsler for å gi deg en bedre opplevelse og for å vise "
         "relevante annonser.", "Godta alle", "Innstillinger"),
        "Ferja til Holmodden går igjen etter vinterens reparasjoner",
        ("Passasjerferja mellom Vestkaia og Holmodden går igjen fra mandag etter tre måneder "
         "i tørrdokk, opplyser havnevesenet.",
         "Teknikere har byttet begge motorene og rampen, og i sommer går ferja hvert førtiende "
         "minutt hele dagen og til sent på kvelden."),
        "Les også: Ny belysning på brygga",
        "Relaterte saker",
        ("Havnevesenet øker prisene", "Busslinjen langs kysten forlenges"),
        "Del saken",
    ),
    "is": Dump(
        "Fara í efni",
        ("Við notum vafrakökur til að bæta upplifun þína á vefnum okkar og til að birta "
         "viðeigandi auglýsingar.", "Samþykkja allt", "Stillingar"),
        "Ferjan til Hólmsodda siglir á ný eftir viðgerðir vetrarins",
        ("Farþegaferjan milli Vesturbryggju og Hólmsodda siglir á ný frá mánudegi eftir þrjá "
         "mánuði í þurrkví, segir hafnarstjórn.",
         "Tæknimenn skiptu um báðar vélar og brúna og í sumar fer ferjan á fjörutíu mínútna "
         "fresti allan daginn fram á kvöld."),
        "Lestu einnig: Ný lýsing á bryggjunni",
        "Tengdar fréttir",
        ("Hafnarstjórn hækkar gjöldin", "Strætóleið með ströndinni lengd"),
        "Deila frétt",
    ),
    "pl": Dump(
        "Przejdź do treści",
        ("Używamy plików cookies, aby zapewnić najlepszą jakość korzystania z naszego serwisu "
         "i dopasować reklamy.", "Akceptuję wszystkie", "Ustawienia"),
        "Prom na Cypel Holm znów kursuje po zimowych naprawach",
        ("Prom pasażerski między Zachodnim Nabrzeżem a Cyplem Holm znów popłynie od poniedziałku "
         "po trzech miesiącach w suchym doku, poinformował zarząd portu.",
         "Technicy wymienili oba silniki i rampę, a latem prom będzie odpływał co czterdzieści "
         "minut przez cały dzień aż do wieczora."),
        "Czytaj też: Nowe oświetlenie na pomoście",
        "Polecane artykuły",
        ("Port podnosi opłaty", "Nadmorska linia autobusowa wydłużona"),
        "Udostępnij",
    ),
    "cs": Dump(
        "Přejít na obsah",
        ("Tento web používá soubory cookies, abychom vám mohli nabídnout lepší služby a "
         "relevantní reklamu.", "Přijmout vše", "Nastavení"),
        "Přívoz na Holmský mys znovu jezdí po zimních opravách",
        ("Osobní přívoz mezi Západním nábřežím a Holmským mysem bude od pondělí znovu jezdit po "
         "třech měsících v suchém doku, uvedla správa přístavu.",
         "Technici vyměnili oba motory i rampu a v létě bude přívoz vyplouvat každých čtyřicet "
         "minut po celý den až do večera."),
        "Čtěte také: Nové osvětlení mola",
        "Související články",
        ("Přístav zdražuje poplatky", "Pobřežní autobusová linka prodloužena"),
        "Sdílet článek",
    ),
    "lt": Dump(
        "Pereiti prie turinio",
        ("Mes naudojame slapukus, kad pagerintume jūsų naršymo patirtį ir rodytume jums "
         "aktualią reklamą.", "Sutinku", "Slapukų nustatymai"),
        "Keltas į Holmo ragą vėl kursuoja po žiemos remonto",
        ("Keleivinis keltas tarp Vakarų krantinės ir Holmo rago vėl plauks nuo pirmadienio po "
         "trijų mėnesių sausajame doke, pranešė uosto direkcija.",
         "Technikai pakeitė abu variklius ir rampą, o vasarą keltas išplauks kas keturiasdešimt "
         "minučių visą dieną iki vakaro."),
        "Taip pat skaitykite: Nauji žibintai prieplaukoje",
        "Susiję straipsniai",
        ("Uostas didina mokesčius", "Pakrantės autobusų maršrutas pratęstas"),
        "Dalintis",
    ),
    "et": Dump(
        "Liigu sisu juurde",
        ("Kasutame küpsiseid, et parandada teie kogemust meie veebilehel ja näidata teile "
         "asjakohaseid reklaame.", "Nõustun", "Küpsiste seaded"),
        "Praam Holmi neemele sõidab taas pärast talvist remonti",
        ("Reisiparvlaev Läänesadama ja Holmi neeme vahel sõidab taas alates esmaspäevast pärast "
         "kolme kuud kuivdokis, teatas sadama juhatus.",
         "Tehnikud vahetasid välja mõlemad mootorid ja kaldtee, ning suvel väljub praam iga "
         "neljakümne minuti järel hommikust õhtuni."),
        "Loe ka: Holmi neeme kai saab uued tuled",
        "Seotud artiklid",
        ("Sadam tõstab hindu", "Rannikubussi liini pikendatakse"),
        "Jaga artiklit",
    ),
    "ru": Dump(
        "Перейти к содержанию",
        ("Мы используем файлы cookie, чтобы сделать сайт удобнее и показывать вам интересную "
         "рекламу.", "Принять все", "Настройки"),
        "Паром на мыс Холм снова ходит после зимнего ремонта",
        ("Пассажирский паром между Западной пристанью и мысом Холм снова выйдет в рейс в "
         "понедельник после трёх месяцев в сухом доке, сообщила администрация порта.",
         "Техники заменили оба двигателя и рампу, а летом паром будет отправляться каждые "
         "сорок минут в течение всего дня."),
        "Читайте также: Новое освещение на причале",
        "Похожие новости",
        ("Порт повышает тарифы", "Прибрежный автобусный маршрут продлён"),
        "Поделиться",
    ),
    "uk": Dump(
        "Перейти до вмісту",
        ("Ми використовуємо файли cookie, щоб сайт працював краще і щоб показувати вам "
         "цікаву рекламу.", "Прийняти всі", "Налаштування"),
        "Пором на мис Холм знову курсує після зимового ремонту",
        ("Пасажирський пором між Західною пристанню і мисом Холм знову вийде в рейс у "
         "понеділок після трьох місяців у сухому доці, повідомила адміністрація порту.",
         "Техніки замінили обидва двигуни та рампу, а влітку пором відправлятиметься кожні "
         "сорок хвилин упродовж усього дня."),
        "Читайте також: Нове освітлення на причалі",
        "Новини за темою",
        ("Порт підвищує тарифи", "Прибережний автобусний маршрут подовжено"),
        "Поділитися",
    ),
    "tr": Dump(
        "İçeriğe geç",
        ("Sitemizde size daha iyi bir deneyim sunmak için çerezler kullanıyoruz ve reklamları "
         "ilgi alanlarınıza göre gösteriyoruz.", "Kabul et", "Çerez ayarları"),
        "Holm Burnu feribotu kış bakımının ardından yeniden seferde",
        ("Batı rıhtımı ile Holm Burnu arasındaki yolcu feribotu kuru havuzda geçen üç ayın "
         "ardından pazartesi günü yeniden sefere başlayacak, liman idaresi açıkladı.",
         "Teknisyenler iki motoru ve rampayı değiştirdi, yaz boyunca feribot gün boyunca her "
         "kırk dakikada bir kalkacak."),
        "Bunu da okuyun: İskeleye yeni aydınlatma",
        "İlgili haberler",
        ("Liman ücretleri artırıyor", "Sahil otobüs hattı uzatıldı"),
        "Paylaş",
    ),
    "ar": Dump(
        "انتقل إلى المحتوى",
        ("نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا ولعرض إعلانات تناسب "
         "اهتماماتك.", "قبول الكل", "الإعدادات"),
        "عودة عبارة رأس هولم إلى العمل بعد إصلاحات الشتاء",
        ("تعود العبارة بين الرصيف الغربي ورأس هولم إلى الإبحار يوم الاثنين بعد ثلاثة أشهر "
         "في الحوض الجاف، وفق ما أعلنت إدارة الميناء اليوم.",
         "استبدل الفنيون المحركين والمنصة، وستبحر العبارة كل أربعين دقيقة طوال اليوم خلال "
         "فصل الصيف كله حتى المساء."),
        "اقرأ أيضا: إنارة جديدة للرصيف",
        "أخبار ذات صلة",
        ("الميناء يرفع الرسوم", "تمديد خط الحافلات الساحلي"),
        "شارك",
    ),
    "fa": Dump(
        "پرش به محتوا",
        ("ما از کوکی\u200cها برای بهبود تجربه شما در این وب\u200cسایت و نمایش تبلیغات مرتبط "
         "استفاده می\u200cکنیم.", "قبول همه", "تنظیمات"),
        "بازگشت کشتی مسافربری هولم پوینت پس از تعمیرات زمستانی",
        ("کشتی مسافربری میان اسکله غربی و هولم پوینت از روز دوشنبه پس از سه ماه تعمیر در "
         "حوضچه خشک دوباره به کار می\u200cافتد، به گفته اداره بندر.",
         "تکنسین\u200cها هر دو موتور و سکوی سوار شدن را عوض کردند و در تابستان هر چهل دقیقه "
         "یک سفر انجام می\u200cشود."),
        "بیشتر بخوانید: نصب چراغ\u200cهای تازه در اسکله",
        "اخبار مرتبط",
        ("افزایش عوارض بندر", "تمدید خط اتوبوس ساحلی"),
        "اشتراک\u200cگذاری",
    ),
    "hi": Dump(
        "मुख्य सामग्री पर जाएं",
        ("हम आपके अनुभव को बेहतर बनाने और आपको प्रासंगिक विज्ञापन दिखाने के लिए कुकीज़ का "
         "उपयोग करते हैं।", "स्वीकार करें", "सेटिंग्स"),
        "सर्दियों की मरम्मत के बाद होल्म पॉइंट की फेरी फिर शुरू",
        ("पश्चिमी घाट और होल्म पॉइंट के बीच चलने वाली यात्री फेरी तीन महीने ड्राई डॉक में "
         "रहने के बाद सोमवार से फिर चलेगी, बंदरगाह बोर्ड ने बताया।",
         "तकनीशियनों ने दोनों इंजन और रैंप बदल दिए हैं और गर्मियों में फेरी हर चालीस मिनट पर "
         "पूरे दिन चलेगी।"),
        "ये भी पढ़ें: घाट पर नई रोशनी",
        "संबंधित खबरें",
        ("बंदरगाह ने किराया बढ़ाया", "तटीय बस मार्ग का विस्तार"),
        "शेयर करें",
    ),
    "id": Dump(
        "Langsung ke konten",
        ("Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs kami dan "
         "menampilkan iklan yang relevan.", "Terima semua", "Pengaturan"),
        "Feri ke Tanjung Holm kembali beroperasi setelah perbaikan",
        ("Kapal feri penumpang antara dermaga barat dan Tanjung Holm kembali berlayar mulai "
         "Senin setelah tiga bulan di dok kering, kata otoritas pelabuhan.",
         "Teknisi mengganti kedua mesin dan ramp, dan selama musim panas feri akan berangkat "
         "setiap empat puluh menit sepanjang hari."),
        "Baca juga: Lampu baru untuk dermaga",
        "Berita terkait",
        ("Pelabuhan menaikkan tarif", "Rute bus pesisir diperpanjang"),
        "Bagikan",
    ),
    "vi": Dump(
        "Chuyển đến nội dung",
        ("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web và hiển "
         "thị quảng cáo phù hợp.", "Chấp nhận tất cả", "Cài đặt"),
        "Phà ra mũi Holm hoạt động trở lại sau đợt sửa chữa mùa đông",
        ("Chuyến phà chở khách giữa bến phía tây và mũi Holm sẽ chạy lại từ thứ Hai sau ba "
         "tháng nằm ụ khô, ban quản lý cảng cho biết.",
         "Các kỹ thuật viên đã thay cả hai động cơ và cầu dẫn, mùa hè phà sẽ chạy bốn mươi "
         "phút một chuyến suốt cả ngày."),
        "Xem thêm: Đèn mới cho cầu tàu",
        "Tin liên quan",
        ("Cảng tăng phí", "Tuyến xe buýt ven biển được kéo dài"),
        "Chia sẻ",
    ),
    "el": Dump(
        "Μετάβαση στο περιεχόμενο",
        ("Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας στον ιστότοπό μας και να "
         "σας δείχνουμε σχετικές διαφημίσεις.", "Αποδοχή όλων", "Ρυθμίσεις"),
        "Το πλοίο για το ακρωτήρι Χολμ επιστρέφει μετά τις χειμερινές επισκευές",
        ("Το επιβατηγό πλοίο ανάμεσα στη δυτική προβλήτα και το ακρωτήρι Χολμ θα ξεκινήσει "
         "ξανά τα δρομολόγιά του από τη Δευτέρα μετά από τρεις μήνες στη δεξαμενή, ανακοίνωσε "
         "το λιμενικό ταμείο.",
         "Οι τεχνικοί αντικατέστησαν και τις δύο μηχανές και τον καταπέλτη, και το καλοκαίρι "
         "το πλοίο θα αναχωρεί κάθε σαράντα λεπτά όλη τη μέρα."),
        "Διαβάστε επίσης: Νέος φωτισμός για την προβλήτα",
        "Σχετικά άρθρα",
        ("Το λιμάνι αυξάνει τα τέλη", "Επεκτείνεται η παραλιακή γραμμή λεωφορείων"),
        "Κοινοποίηση",
    ),
    "ca": Dump(
        "Salta al contingut",
        ("Utilitzem galetes pròpies i de tercers per millorar la teva experiència al nostre web i "
         "mostrar-te publicitat relacionada.", "Accepta-les totes", "Configuració"),
        "El transbordador al cap de Holm torna després de les reparacions d'hivern",
        ("El transbordador entre el moll de ponent i el cap de Holm tornarà a fer el trajecte "
         "dilluns, després de tres mesos al dic sec, segons ha anunciat l'autoritat portuària.",
         "Els mecànics han canviat els dos motors i la rampa, i a l'estiu hi haurà una sortida "
         "cada quaranta minuts durant tot el dia."),
        "Llegeix també: Nous llums per al moll de Holm",
        "Notícies relacionades",
        ("El port apuja les tarifes", "La línia d'autobús de la costa s'allarga"),
        "Comparteix",
    ),
    "ro": Dump(
        "Sari la conținut",
        ("Acest site folosește cookie-uri pentru a-ți îmbunătăți experiența și pentru a-ți "
         "arăta reclame relevante.", "Accept toate", "Setări"),
        "Feribotul spre Capul Holm revine după reparațiile de iarnă",
        ("Feribotul dintre cheiul de vest și Capul Holm își va relua cursele de luni, după trei "
         "luni petrecute în docul uscat, a anunțat administrația portului.",
         "Mecanicii au înlocuit ambele motoare și rampa, iar vara feribotul va pleca la fiecare "
         "patruzeci de minute pe tot parcursul zilei."),
        "Citește și: Lumini noi pentru cheiul din Holm",
        "Articole similare",
        ("Portul scumpește taxele", "Linia de autobuz de pe coastă se prelungește"),
        "Distribuie",
    ),
    "he": Dump(
        "דלג לתוכן",
        ("אנו משתמשים בעוגיות כדי לשפר את חוויית הגלישה שלך באתר ולהציג לך פרסומות "
         "רלוונטיות.", "אישור הכל", "הגדרות"),
        "המעבורת לכף הולם חוזרת לשירות אחרי תיקוני החורף",
        ("מעבורת הנוסעים בין הרציף המערבי לכף הולם תחזור להפליג מיום שני אחרי שלושה חודשים "
         "במספנה, כך הודיעה רשות הנמל.",
         "הטכנאים החליפו את שני המנועים ואת הרמפה, ובקיץ המעבורת תצא כל ארבעים דקות לאורך כל "
         "היום."),
        "קראו גם: תאורה חדשה למזח",
        "כתבות קשורות",
        ("הנמל מעלה את האגרות", "קו האוטובוס לאורך החוף מוארך"),
        "שתפו",
    ),
    "th": Dump(
        "ข้ามไปยังเนื้อหา",
        ("เว็บไซต์นี้ใช้คุกกี้เพื่อปรับปรุงประสบการณ์ของคุณและแสดงโฆษณาที่เกี่ยวข้อง",
         "ยอมรับทั้งหมด", "ตั้งค่าคุกกี้"),
        "เรือข้ามฟากไปแหลมโฮล์มกลับมาให้บริการหลังซ่อมบำรุงช่วงฤดูหนาว",
        ("เรือโดยสารระหว่างท่าเรือฝั่งตะวันตกกับแหลมโฮล์มจะกลับมาให้บริการตั้งแต่วันจันทร์ "
         "หลังจากเข้าอู่แห้งนานสามเดือน การท่าเรือแจ้ง",
         "ช่างได้เปลี่ยนเครื่องยนต์ทั้งสองเครื่องและทางลาดขึ้นเรือ "
         "ในช่วงฤดูร้อนเรือจะออกทุกสี่สิบนาทีตลอดทั้งวัน"),
        "อ่านเพิ่มเติม: ไฟส่องสว่างใหม่ที่ท่าเทียบเรือ",
        "ข่าวที่เกี่ยวข้อง",
        ("การท่าเรือขึ้นค่าธรรมเนียม", "ขยายเส้นทางรถโดยสารริมชายฝั่ง"),
        "แชร์",
    ),
    "fi": Dump(
        "Siirry sisältöön",
        ("Käytämme evästeitä parantaaksemme käyttökokemustasi sivustollamme ja näyttääksemme "
         "sinulle kiinnostavia mainoksia.", "Hyväksy kaikki", "Asetukset"),
        "Holmin niemen lautta palaa liikenteeseen talven korjausten jälkeen",
        ("Länsilaiturin ja Holmin niemen välinen matkustajalautta palaa liikenteeseen "
         "maanantaina kolmen kuukauden telakkajakson jälkeen, satamalaitos kertoi.",
         "Asentajat vaihtoivat molemmat moottorit ja lastausrampin, ja kesällä lautta lähtee "
         "neljänkymmenen minuutin välein koko päivän."),
        "Lue myös: Laituri saa uuden valaistuksen",
        "Aiheesta lisää",
        ("Satama nostaa maksujaan", "Rannikon bussilinjaa jatketaan"),
        "Jaa",
    ),
    "ja": Dump(
        "本文へ移動",
        ("当サイトではサービス向上と広告配信のためにCookieを使用しています。", "同意する",
         "設定"),
        "ホルム岬行きフェリー、冬の修理終え運航再開",
        ("西埠頭とホルム岬を結ぶ旅客フェリーが、三か月のドック入りを終えて月曜日から運航を"
         "再開すると港湾局が発表した。",
         "技術者が二基のエンジンと乗降用の傾斜路を交換し、夏の間は四十分ごとに一日中運航する"
         "予定だという。"),
        "【関連記事】桟橋に新しい照明",
        "関連記事",
        ("港湾局が料金を値上げ", "海沿いのバス路線を延長"),
        "この記事をシェアする",
    ),
    "ko": Dump(
        "본문 바로가기",
        ("당사는 서비스 개선과 맞춤형 광고를 위해 쿠키를 사용합니다.", "모두 동의", "설정"),
        "홀름곶 여객선, 겨울 수리 마치고 운항 재개",
        ("서부 부두와 홀름곶을 오가는 여객선이 세 달 동안의 건조 작업을 마치고 월요일부터 "
         "다시 운항한다고 항만청이 밝혔다.",
         "기술자들은 엔진 두 대와 승하선 경사로를 교체했으며 여름에는 하루 종일 사십 분마다 "
         "배가 출발할 예정이다."),
        "[관련기사] 부두에 새 조명 설치",
        "관련 기사",
        ("항만청 요금 인상", "해안 버스 노선 연장"),
        "공유하기",
    ),
    "zh": Dump(
        "跳到主要内容",
        ("本网站使用cookie以改善您的浏览体验并提供个性化广告。", "全部接受", "设置"),
        "霍尔姆角渡轮冬季维修后恢复运营",
        ("往返西码头和霍尔姆角的客运渡轮在船坞停留三个月后将于周一恢复航行，港务局表示。",
         "技术人员更换了两台发动机和登船坡道，夏季渡轮将全天每四十分钟发一班。"),
        "延伸阅读：码头将安装新路灯",
        "相关新闻",
        ("港务局上调收费", "沿海公交线路延长"),
        "分享到微信",
    ),
    # newcomer 22 (findings 2, 33, 35): Urdu and Bengali, tables of their own since findings23b
    "ur": Dump(
        "مواد پر جائیں",
        ("ہم اپنی ویب سائٹ پر آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتے ہیں۔",
         "قبول کریں", "مسترد کریں"),
        "ہولم پوائنٹ کی فیری سردیوں کی مرمت کے بعد دوبارہ چلنے لگی",
        ("ویسٹ کوے اور ہولم پوائنٹ کے درمیان مسافر فیری تین ماہ ڈرائی ڈاک میں رہنے کے بعد پیر سے "
         "دوبارہ چلے گی، ہاربر بورڈ نے بتایا۔",
         "انجینئروں نے دونوں انجن اور ریمپ تبدیل کر دیے ہیں، اور گرمیوں میں ہر چالیس منٹ بعد ایک "
         "فیری روانہ ہوگی۔"),
        "یہ بھی پڑھیں: ہولم پوائنٹ کی جیٹی پر نئی روشنیاں لگیں گی",
        "متعلقہ خبریں",
        ("ہاربر بورڈ نے نئے کرائے مقرر کر دیے", "ساحلی بس روٹ میں توسیع"),
        "فیس بک پر شیئر کریں",
    ),
    "bn": Dump(
        "বিষয়বস্তুতে যান",
        ("আপনার অভিজ্ঞতা উন্নত করতে আমরা আমাদের ওয়েবসাইটে কুকি ব্যবহার করি।",
         "সব গ্রহণ করুন", "প্রত্যাখ্যান করুন"),
        "শীতকালীন মেরামতের পর আবার চালু হলো হোলম পয়েন্টের ফেরি",
        ("তিন মাস ডকে থাকার পর ওয়েস্টকি ও হোলম পয়েন্টের মধ্যে যাত্রীবাহী ফেরি সোমবার থেকে "
         "আবার চলবে বলে জানিয়েছে বন্দর কর্তৃপক্ষ।",
         "প্রকৌশলীরা দুটি ইঞ্জিনই বদলেছেন, আর গ্রীষ্মে প্রতি চল্লিশ মিনিট পরপর একটি ফেরি "
         "ছাড়বে।"),
        "আরও পড়ুন: হোলম পয়েন্টের জেটিতে বসছে নতুন বাতি",
        "সম্পর্কিত খবর",
        ("বন্দর কর্তৃপক্ষ নতুন ভাড়া নির্ধারণ করল", "উপকূলীয় বাস রুট সম্প্রসারিত"),
        "ফেসবুকে শেয়ার করুন",
    ),
    "sw": Dump(
        "Ruka hadi maudhui",
        ("Tunatumia vidakuzi kuboresha uzoefu wako kwenye tovuti yetu na kukuonyesha matangazo.",
         "Kubali zote", "Kataa"),
        "Feri ya Holm Point yarejea kazini baada ya matengenezo ya miezi mitatu",
        ("Feri ya abiria kati ya Westquay na Holm Point itaanza tena safari zake Jumatatu baada "
         "ya kukaa kwenye gati kwa miezi mitatu, bodi ya bandari ilisema.",
         "Mafundi wamebadilisha injini zote mbili na njia ya kupandia, na wakati wa kiangazi "
         "feri itaondoka kila baada ya dakika arobaini."),
        "Soma pia: Taa mpya kuwekwa kwenye gati la Holm Point",
        "Habari zaidi",
        ("Bodi ya bandari yatangaza nauli mpya", "Njia ya basi ya pwani yapanuliwa"),
        "Shiriki kwenye Facebook",
    ),
    "ha": Dump(
        "Tsallake zuwa abubuwan da ke ciki",
        ("Muna amfani da kukis domin inganta kwarewarku a shafinmu da kuma nuna muku "
         "tallace-tallace.",
         "Amince duka", "Ƙi amincewa"),
        "Jirgin ruwan Holm Point ya koma aiki bayan gyaran watanni uku",
        ("Jirgin ruwan fasinja tsakanin Westquay da Holm Point zai sake fara tafiye-tafiye ranar "
         "Litinin bayan ya shafe watanni uku ana gyara shi, in ji hukumar tashar jiragen ruwa.",
         "Injiniyoyi sun sauya injunan biyu da kuma hanyar hawa, kuma a lokacin rani jirgin zai "
         "riƙa tashi bayan kowane minti arba'in."),
        "Karanta kuma: Za a sanya sababbin fitilu a tashar Holm Point",
        "Labarai masu alaƙa",
        ("Hukumar tashar jiragen ruwa ta sanar da sabon kudin mota",
         "An faɗaɗa hanyar bas ta bakin teku"),
        "Raba a Facebook",
    ),
    "am": Dump(
        "ወደ ዋናው ይዘት ይለፉ",
        ("ተሞክሮዎን ለማሻሻል እና ተዛማጅ ማስታወቂያዎችን ለማሳየት በድረ ገጻችን ላይ ኩኪዎችን እንጠቀማለን።",
         "ሁሉንም ተቀበል", "አልቀበልም"),
        "የሆልም ፖይንት ጀልባ ከሦስት ወር ጥገና በኋላ ወደ ሥራ ተመለሰ",
        ("በዌስትኪ እና በሆልም ፖይንት መካከል የሚጓዘው የመንገደኞች ጀልባ ለሦስት ወራት ከቆየበት ጥገና በኋላ ከሰኞ "
         "ጀምሮ ጉዞውን እንደሚቀጥል የወደቡ ቦርድ አስታውቋል።",
         "መሐንዲሶቹ ሁለቱንም ሞተሮችና የመሳፈሪያ መወጣጫውን የቀየሩ ሲሆን በበጋው ወቅት ጀልባው በየአርባ ደቂቃው "
         "ይነሳል።"),
        "ይህንንም ያንብቡ: በሆልም ፖይንት ወደብ አዳዲስ መብራቶች ሊተከሉ ነው",
        "ተዛማጅ ዜናዎች",
        ("የወደቡ ቦርድ አዲስ የጉዞ ዋጋ አወጣ", "የባሕር ዳርቻው የአውቶቡስ መስመር ተራዘመ"),
        "በፌስቡክ ያጋሩ",
    ),
    # Marathi, Tamil, Gujarati, Punjabi (newcomer 28, finding 7)
    "mr": Dump(
        "मुख्य मजकुराकडे जा",
        ("तुमचा अनुभव सुधारण्यासाठी आणि संबंधित जाहिराती दाखवण्यासाठी आम्ही आमच्या वेबसाइटवर "
         "कुकीज वापरतो.", "सर्व स्वीकारा", "सेटिंग्ज"),
        "हिवाळ्यातील दुरुस्तीनंतर होल्म पॉइंटची फेरी पुन्हा सुरू",
        ("पश्चिम धक्का आणि होल्म पॉइंट दरम्यान धावणारी प्रवासी फेरी तीन महिने गोदीत "
         "राहिल्यानंतर सोमवारपासून पुन्हा सुरू होईल, असे बंदर मंडळाने सांगितले.",
         "तंत्रज्ञांनी दोन्ही इंजिने आणि रॅम्प बदलले असून उन्हाळ्यात फेरी दर चाळीस मिनिटांनी "
         "दिवसभर धावेल."),
        "हेही वाचा: धक्क्यावर नवे दिवे",
        "ताज्या बातम्या",
        ("बंदराने भाडे वाढवले", "किनारी बस मार्गाचा विस्तार"),
        "फेसबुकवर शेअर करा",
    ),
    "ta": Dump(
        "உள்ளடக்கத்திற்குச் செல்",
        ("உங்கள் அனுபவத்தை மேம்படுத்தவும் தொடர்புடைய விளம்பரங்களைக் காட்டவும் எங்கள் "
         "இணையதளத்தில் குக்கீகளைப் பயன்படுத்துகிறோம்.", "அனைத்தையும் ஏற்கவும்", "அமைப்புகள்"),
        "குளிர்கால பழுதுபார்ப்புக்குப் பின் ஹோல்ம் பாயிண்ட் படகு மீண்டும் இயக்கம்",
        ("மேற்குத் துறைமுகத்துக்கும் ஹோல்ம் பாயிண்டுக்கும் இடையே இயங்கும் பயணிகள் படகு மூன்று "
         "மாதங்கள் உலர் கப்பல்துறையில் இருந்த பின் திங்கள்கிழமை முதல் மீண்டும் இயங்கும் என்று "
         "துறைமுக வாரியம் தெரிவித்தது.",
         "தொழில்நுட்பப் பணியாளர்கள் இரண்டு இயந்திரங்களையும் சாய்வுப் பாதையையும் மாற்றியுள்ளனர், "
         "கோடையில் படகு நாள் முழுவதும் நாற்பது நிமிடங்களுக்கு ஒருமுறை புறப்படும்."),
        "இதையும் படிக்க: படகுத் துறையில் புதிய விளக்குகள்",
        "தொடர்புடைய செய்திகள்",
        ("துறைமுகம் கட்டணத்தை உயர்த்தியது", "கடலோரப் பேருந்து வழித்தடம் நீட்டிப்பு"),
        "பகிர்க",
    ),
    "gu": Dump(
        "મુખ્ય સામગ્રી પર જાઓ",
        ("તમારો અનુભવ સુધારવા અને સંબંધિત જાહેરાતો બતાવવા માટે અમે અમારી વેબસાઇટ પર કૂકીઝનો "
         "ઉપયોગ કરીએ છીએ.", "બધું સ્વીકારો", "સેટિંગ્સ"),
        "શિયાળાના સમારકામ પછી હોલ્મ પોઇન્ટની ફેરી ફરી શરૂ",
        ("પશ્ચિમ ધક્કા અને હોલ્મ પોઇન્ટ વચ્ચે ચાલતી મુસાફર ફેરી ત્રણ મહિના ડ્રાય ડૉકમાં રહ્યા "
         "પછી સોમવારથી ફરી ચાલશે, એમ બંદર બોર્ડે જણાવ્યું હતું.",
         "ટેકનિશિયનોએ બંને એન્જિન અને રેમ્પ બદલી નાખ્યા છે અને ઉનાળામાં ફેરી આખો દિવસ દર ચાલીસ "
         "મિનિટે ઊપડશે."),
        "આ પણ વાંચો: ધક્કા પર નવી લાઇટો",
        "સંબંધિત સમાચાર",
        ("બંદરે ભાડું વધાર્યું", "દરિયાકાંઠાના બસ રૂટનો વિસ્તાર"),
        "વૉટ્સએપ પર શેર કરો",
    ),
    "pa": Dump(
        "ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ",
        ("ਤੁਹਾਡੇ ਤਜਰਬੇ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਅਤੇ ਢੁਕਵੇਂ ਇਸ਼ਤਿਹਾਰ ਦਿਖਾਉਣ ਲਈ ਅਸੀਂ ਆਪਣੀ ਵੈੱਬਸਾਈਟ 'ਤੇ "
         "ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਕਰਦੇ ਹਾਂ।", "ਸਭ ਸਵੀਕਾਰ ਕਰੋ", "ਸੈਟਿੰਗਾਂ"),
        "ਸਰਦੀਆਂ ਦੀ ਮੁਰੰਮਤ ਮਗਰੋਂ ਹੋਲਮ ਪੁਆਇੰਟ ਦੀ ਬੇੜੀ ਮੁੜ ਸ਼ੁਰੂ",
        ("ਪੱਛਮੀ ਘਾਟ ਅਤੇ ਹੋਲਮ ਪੁਆਇੰਟ ਵਿਚਕਾਰ ਚੱਲਣ ਵਾਲੀ ਯਾਤਰੀ ਬੇੜੀ ਤਿੰਨ ਮਹੀਨੇ ਸੁੱਕੀ ਗੋਦੀ ਵਿੱਚ "
         "ਰਹਿਣ ਮਗਰੋਂ ਸੋਮਵਾਰ ਤੋਂ ਮੁੜ ਚੱਲੇਗੀ, ਬੰਦਰਗਾਹ ਬੋਰਡ ਨੇ ਦੱਸਿਆ।",
         "ਤਕਨੀਸ਼ੀਅਨਾਂ ਨੇ ਦੋਵੇਂ ਇੰਜਣ ਅਤੇ ਰੈਂਪ ਬਦਲ ਦਿੱਤੇ ਹਨ ਅਤੇ ਗਰਮੀਆਂ ਵਿੱਚ ਬੇੜੀ ਸਾਰਾ ਦਿਨ ਹਰ "
         "ਚਾਲੀ ਮਿੰਟ ਬਾਅਦ ਚੱਲੇਗੀ।"),
        "ਇਹ ਵੀ ਪੜ੍ਹੋ: ਘਾਟ 'ਤੇ ਨਵੀਆਂ ਲਾਈਟਾਂ",
        "ਸਬੰਧਤ ਖ਼ਬਰਾਂ",
        ("ਬੰਦਰਗਾਹ ਨੇ ਕਿਰਾਇਆ ਵਧਾਇਆ", "ਤੱਟੀ ਬੱਸ ਰੂਟ ਦਾ ਵਿਸਤਾਰ"),
        "ਸ਼ੇਅਰ ਕਰੋ",
    ),
    # Latvian (datesnc29's note), Telugu, Kannada, Malayalam (Known limits since session 29)
    "hu": Dump(
        "Ugrás a tartalomhoz",
        ("Weboldalunk sütiket használ, hogy jobb élményt nyújtson Önnek és releváns "
         "hirdetéseket mutasson.", "Elfogadom", "Beállítások"),
        "Újra közlekedik a Holm-foki komp a téli javítás után",
        ("A Nyugati rakpart és a Holm-fok közötti személykomp hétfőtől újra közlekedik, miután "
         "három hónapot töltött szárazdokkban, közölte a kikötői hatóság.",
         "A szerelők kicserélték mindkét motort és a rámpát, nyáron pedig negyven percenként "
         "indul járat egész nap estig."),
        "Kapcsolódó: Új világítás a mólón",
        "Kapcsolódó cikkek",
        ("Drágulnak a kikötői díjak", "Meghosszabbítják a part menti buszjáratot"),
        "Megosztás",
    ),
    "lv": Dump(
        "Pāriet uz galveno saturu",
        ("Mēs izmantojam sīkdatnes, lai uzlabotu jūsu pieredzi mūsu vietnē un rādītu jums "
         "atbilstošas reklāmas.", "Piekrītu", "Sīkdatņu iestatījumi"),
        "Holmpointas prāmis pēc ziemas remonta atsāk kursēt",
        ("Pasažieru prāmis starp Rietumkrastmalu un Holmpointu no pirmdienas atkal kursēs pēc "
         "trim mēnešiem sausajā dokā, paziņoja ostas valde.",
         "Inženieri nomainīja abus dzinējus un rampu, un vasarā prāmis visu dienu atiet ik pēc "
         "četrdesmit minūtēm."),
        "Lasi arī: Piestātnē uzstādīs jaunas laternas",
        "Saistītie raksti",
        ("Osta paaugstina maksu", "Piekrastes autobusa maršruts pagarināts"),
        "Dalīties",
    ),
    "te": Dump(
        "ప్రధాన కంటెంట్‌కు వెళ్లండి",
        ("మీ అనుభవాన్ని మెరుగుపరచడానికి మరియు సంబంధిత ప్రకటనలను చూపించడానికి మేము మా "
         "వెబ్‌సైట్‌లో కుకీలను ఉపయోగిస్తాము.", "అన్నీ అంగీకరించండి", "సెట్టింగ్‌లు"),
        "శీతాకాల మరమ్మతుల తర్వాత హోల్మ్ పాయింట్ ఫెర్రీ తిరిగి ప్రారంభం",
        ("పశ్చిమ రేవు మరియు హోల్మ్ పాయింట్ మధ్య నడిచే ప్రయాణికుల ఫెర్రీ మూడు నెలలు డ్రై "
         "డాక్‌లో ఉన్న తర్వాత సోమవారం నుంచి మళ్లీ నడుస్తుందని ఓడరేవు బోర్డు తెలిపింది.",
         "సాంకేతిక నిపుణులు రెండు ఇంజిన్లను మరియు ర్యాంప్‌ను మార్చారు, వేసవిలో ఫెర్రీ రోజంతా "
         "ప్రతి నలభై నిమిషాలకు బయలుదేరుతుంది."),
        "ఇది కూడా చదవండి: రేవులో కొత్త దీపాలు",
        "సంబంధిత వార్తలు",
        ("ఓడరేవు ఛార్జీలు పెంచింది", "తీర బస్సు మార్గం పొడిగింపు"),
        "షేర్ చేయండి",
    ),
    "kn": Dump(
        "ಮುಖ್ಯ ವಿಷಯಕ್ಕೆ ತೆರಳಿ",
        ("ನಿಮ್ಮ ಅನುಭವವನ್ನು ಸುಧಾರಿಸಲು ಮತ್ತು ಸಂಬಂಧಿತ ಜಾಹೀರಾತುಗಳನ್ನು ತೋರಿಸಲು ನಾವು ನಮ್ಮ "
         "ವೆಬ್‌ಸೈಟ್‌ನಲ್ಲಿ ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತೇವೆ.", "ಎಲ್ಲವನ್ನೂ ಸ್ವೀಕರಿಸಿ", "ಸೆಟ್ಟಿಂಗ್‌ಗಳು"),
        "ಚಳಿಗಾಲದ ದುರಸ್ತಿಯ ಬಳಿಕ ಹೋಲ್ಮ್ ಪಾಯಿಂಟ್ ದೋಣಿ ಮತ್ತೆ ಆರಂಭ",
        ("ಪಶ್ಚಿಮ ಬಂದರು ಮತ್ತು ಹೋಲ್ಮ್ ಪಾಯಿಂಟ್ ನಡುವೆ ಸಂಚರಿಸುವ ಪ್ರಯಾಣಿಕರ ದೋಣಿ ಮೂರು ತಿಂಗಳು "
         "ಒಣ ಹಡಗುಕಟ್ಟೆಯಲ್ಲಿ ಇದ್ದ ಬಳಿಕ ಸೋಮವಾರದಿಂದ ಮತ್ತೆ ಸಂಚರಿಸಲಿದೆ ಎಂದು ಬಂದರು ಮಂಡಳಿ ತಿಳಿಸಿದೆ.",
         "ತಂತ್ರಜ್ಞರು ಎರಡೂ ಎಂಜಿನ್‌ಗಳನ್ನು ಮತ್ತು ಇಳಿಜಾರನ್ನು ಬದಲಿಸಿದ್ದಾರೆ, ಬೇಸಿಗೆಯಲ್ಲಿ ದೋಣಿ ದಿನವಿಡೀ "
         "ಪ್ರತಿ ನಲವತ್ತು ನಿಮಿಷಕ್ಕೊಮ್ಮೆ ಹೊರಡಲಿದೆ."),
        "ಇದನ್ನೂ ಓದಿ: ಬಂದರಿನಲ್ಲಿ ಹೊಸ ದೀಪಗಳು",
        "ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು",
        ("ಬಂದರು ಶುಲ್ಕ ಏರಿಕೆ", "ಕರಾವಳಿ ಬಸ್ ಮಾರ್ಗ ವಿಸ್ತರಣೆ"),
        "ಹಂಚಿಕೊಳ್ಳಿ",
    ),
    "ml": Dump(
        "പ്രധാന ഉള്ളടക്കത്തിലേക്ക് പോകുക",
        ("നിങ്ങളുടെ അനുഭവം മെച്ചപ്പെടുത്താനും ബന്ധപ്പെട്ട പരസ്യങ്ങൾ കാണിക്കാനും ഞങ്ങൾ ഞങ്ങളുടെ "
         "വെബ്സൈറ്റിൽ കുക്കികൾ ഉപയോഗിക്കുന്നു.", "എല്ലാം അംഗീകരിക്കുക", "ക്രമീകരണങ്ങൾ"),
        "ശൈത്യകാല അറ്റകുറ്റപ്പണിക്ക് ശേഷം ഹോം പോയിന്റ് ഫെറി വീണ്ടും ഓടിത്തുടങ്ങി",
        ("പടിഞ്ഞാറൻ കടവിനും ഹോം പോയിന്റിനും ഇടയിൽ ഓടുന്ന യാത്രാ ഫെറി മൂന്ന് മാസം ഡ്രൈ "
         "ഡോക്കിൽ കിടന്ന ശേഷം തിങ്കളാഴ്ച മുതൽ വീണ്ടും സർവീസ് നടത്തുമെന്ന് തുറമുഖ ബോർഡ് അറിയിച്ചു.",
         "സാങ്കേതിക വിദഗ്ധർ രണ്ട് എഞ്ചിനുകളും റാമ്പും മാറ്റിസ്ഥാപിച്ചു, വേനൽക്കാലത്ത് ഫെറി ദിവസം "
         "മുഴുവൻ ഓരോ നാൽപ്പത് മിനിറ്റിലും പുറപ്പെടും."),
        "ഇതുകൂടി വായിക്കൂ: കടവിൽ പുതിയ വിളക്കുകൾ",
        "ബന്ധപ്പെട്ട വാർത്തകൾ",
        ("തുറമുഖം നിരക്ക് കൂട്ടി", "തീരദേശ ബസ് റൂട്ട് നീട്ടി"),
        "ഷെയർ ചെയ്യുക",
    ),
    # Afrikaans, isiZulu, isiXhosa, Yoruba, Igbo, Somali, Nepali, Odia, Sinhala, Burmese
    # (session 47: Known limits since session 46, "Furniture of languages without a table")
    "af": Dump(
        "Gaan na inhoud",
        ("Ons gebruik koekies om jou ervaring op ons webwerf te verbeter en relevante "
         "advertensies te wys.", "Aanvaar alles", "Instellings"),
        "Holmpunt-veerboot vaar weer ná winterherstelwerk",
        ("Die passasiersveerboot tussen Wes-kaai en Holmpunt sal vanaf Maandag weer vaar ná "
         "drie maande in die droogdok, het die hawenraad gesê.",
         "Tegnici het albei enjins en die oprit vervang, en in die somer sal die veerboot elke "
         "veertig minute die hele dag lank vertrek."),
        "Lees ook: Nuwe ligte vir die Holmpunt-pier",
        "Verwante artikels",
        ("Hawenraad stel nuwe tariewe vas", "Kusbusroete verleng"),
        "Deel hierdie artikel",
    ),
    "zu": Dump(
        "Yeqela kokuqukethwe",
        ("Sisebenzisa amakhukhi ukuthuthukisa ulwazi lwakho kuwebhusayithi yethu nokukhombisa "
         "izikhangiso ezifanele.", "Yamukela konke", "Izilungiselelo"),
        "Isikebhe sase-Holm Point sibuyela emsebenzini ngemuva kokulungiswa",
        ("Isikebhe sabagibeli phakathi kwe-Westquay ne-Holm Point sizophinde sihambe kusukela "
         "ngoMsombuluko ngemuva kwezinyanga ezintathu silungiswa, kusho ibhodi lethekwini.",
         "Onjiniyela bashintshe zombili izinjini kanye nerempu, kanti ehlobo isikebhe sizosuka "
         "njalo emizuzwini engamashumi amane usuku lonke."),
        "Funda futhi: Amalambu amasha azofakwa echwebeni lase-Holm Point",
        "Izindaba ezihlobene",
        ("Ibhodi lethekwini limemezela izindleko ezintsha", "Umzila webhasi ogwini unwetshiwe"),
        "Yabelana ku-Facebook",
    ),
    "xh": Dump(
        "Tsibela kumxholo",
        ("Sisebenzisa iikuki ukuphucula amava akho kwiwebhusayithi yethu nokukubonisa "
         "iintengiso ezifanelekileyo.", "Yamkela konke", "Iisetingi"),
        "Isikhephe saseHolm Point sibuyela emsebenzini emva kokulungiswa",
        ("Isikhephe sabakhweli phakathi kweWestquay neHolm Point siza kuphinda sihambe "
         "ukususela ngoMvulo emva kweenyanga ezintathu silungiswa, itsho ibhodi yezibuko.",
         "Iinjineli zitshintshe zombini iinjini kunye nerempu, yaye ehlotyeni isikhephe siza "
         "kumka rhoqo emva kwemizuzu engamashumi amane imini yonke."),
        "Funda ngakumbi: Izibane ezitsha ziza kufakwa kwizibuko laseHolm Point",
        "Iindaba ezinxulumeneyo",
        ("Ibhodi yezibuko ibhengeza amaxabiso amatsha", "Indlela yebhasi elunxwemeni yandisiwe"),
        "Yabelana ku-Facebook",
    ),
    "yo": Dump(
        "Fò kọjá sí àkóónú",
        ("A máa ń lò kúkì láti mú ìrírí yín dára sí i lórí ìkànnì wa àti láti fi ìpolówó tó bá "
         "yín mu hàn yín.", "Gba gbogbo rẹ̀", "Ètò kúkì"),
        "Ọkọ̀ ojú omi Holm Point padà sẹ́nu iṣẹ́ lẹ́yìn oṣù mẹ́ta",
        ("Ọkọ̀ ojú omi tó ń gbé èrò láàárín Westquay àti Holm Point yóò tún bẹ̀rẹ̀ iṣẹ́ láti ọjọ́ "
         "Ajé lẹ́yìn oṣù mẹ́ta tó fi wà níbi tí wọ́n ti ń tún un ṣe, gẹ́gẹ́ bí àjọ èbúté ṣe sọ.",
         "Àwọn onímọ̀ ẹ̀rọ ti pààrọ̀ ẹ́ńjìnnì méjèèjì ọkọ̀ náà, ní ìgbà ẹ̀rùn ọkọ̀ náà yóò máa "
         "gbéra ní ìṣẹ́jú ogójì-ogójì láti àárọ̀ títí di alẹ́."),
        "Ẹ tún lè ka: Wọ́n fẹ́ fi iná tuntun sí èbúté Holm Point",
        "Àwọn ìròyìn mìíràn",
        ("Àjọ èbúté kéde owó ọkọ̀ tuntun", "Wọ́n fa ọ̀nà bọ́ọ̀sì etí òkun gùn"),
        "Pín ìròyìn yìí",
    ),
    "ig": Dump(
        "Gaa n'ọdịnaya",
        ("Anyị na-eji kuki iji mee ka ahụmịhe gị ka mma na weebụsaịtị anyị ma gosi gị ozi "
         "dabara adaba.", "Nabata ha niile", "Ntọala kuki"),
        "Ụgbọ mmiri Holm Point alaghachila ọrụ mgbe a rụzichara ya",
        ("Ụgbọ mmiri na-ebu ndị njem n'etiti Westquay na Holm Point ga-amalite ọzọ site na "
         "Mọnde mgbe ọ nọrọ ọnwa atọ ebe a na-arụzi ya, ka ndị isi ọdụ ụgbọ mmiri kwuru.",
         "Ndị injinia gbanwere igwe abụọ ahụ, n'oge okpomọkụ ụgbọ ahụ ga-apụ kwa nkeji iri anọ "
         "site n'ụtụtụ ruo n'abalị."),
        "Gụọ kwa: A ga-etinye ọkụ ọhụrụ n'ọdụ ụgbọ mmiri Holm Point",
        "Akụkọ ndị ọzọ",
        ("Ọdụ ụgbọ mmiri ekwupụta ego ọhụrụ", "A gbatịkwuola ụzọ bọs dị n'akụkụ osimiri"),
        "Kesaa na Facebook",
    ),
    "so": Dump(
        "U gudub qoraalka",
        ("Waxaan isticmaalnaa kukiyada si aan u hagaajino khibradaada boggayaga oo aan kuu tusno "
         "xayaysiisyo kugu habboon.", "Aqbal dhammaan", "Diid"),
        "Doonta Holm Point oo dib u shaqo gashay kadib dayactir saddex bilood ah",
        ("Doonta rakaabka ee u dhaxaysa Westquay iyo Holm Point ayaa dib u bilaabi doonta "
         "safarradeeda laga bilaabo Isniinta kadib saddex bilood oo dayactir ah, ayuu yiri "
         "guddiga dekedda.",
         "Farsamoyaqaannada ayaa beddelay labada matoor, xilliga kulaylaha doontu waxay dhoofi "
         "doontaa afartankii daqiiqoba mar maalinta oo dhan."),
        "Akhri sidoo kale: Nalal cusub oo la dhigayo dekedda Holm Point",
        "Wararka la xiriira",
        ("Guddiga dekedda oo ku dhawaaqay qiimo cusub", "Waddada baska xeebta oo la dheereeyay"),
        "La wadaag Facebook",
    ),
    "ne": Dump(
        "मुख्य सामग्रीमा जानुहोस्",
        ("तपाईंको अनुभव सुधार गर्न र सान्दर्भिक विज्ञापन देखाउन हामी हाम्रो वेबसाइटमा कुकीज "
         "प्रयोग गर्छौं।", "सबै स्वीकार गर्नुहोस्", "सेटिङ"),
        "हिउँदे मर्मतपछि होल्म प्वाइन्टको डुंगा सेवा फेरि सुरु",
        ("पश्चिमी घाट र होल्म प्वाइन्टबीच चल्ने यात्रुवाहक डुंगा तीन महिना मर्मतमा रहेपछि "
         "सोमबारदेखि फेरि चल्ने बन्दरगाह बोर्डले जनाएको छ।",
         "प्राविधिकहरूले दुवै इन्जिन फेरेका छन् र गर्मीमा डुंगा दिनभर हरेक चालीस मिनेटमा "
         "छुट्नेछ।"),
        "यो पनि पढ्नुहोस्: घाटमा नयाँ बत्ती जडान हुने",
        "सम्बन्धित खबर",
        ("बन्दरगाहले भाडा बढायो", "तटीय बस रुट विस्तार"),
        "सेयर गर्नुहोस्",
    ),
    "or": Dump(
        "ମୁଖ୍ୟ ବିଷୟବସ୍ତୁକୁ ଯାଆନ୍ତୁ",
        ("ଆପଣଙ୍କ ଅଭିଜ୍ଞତାକୁ ଉନ୍ନତ କରିବା ଏବଂ ସମ୍ପୃକ୍ତ ବିଜ୍ଞାପନ ଦେଖାଇବା ପାଇଁ ଆମେ ଆମର "
         "ୱେବସାଇଟରେ କୁକିଜ୍ ବ୍ୟବହାର କରୁ।", "ସବୁ ଗ୍ରହଣ କରନ୍ତୁ", "ସେଟିଂସ"),
        "ଶୀତଦିନିଆ ମରାମତି ପରେ ହୋଲମ ପଏଣ୍ଟ ଡଙ୍ଗା ପୁଣି ଚାଲୁ",
        ("ପଶ୍ଚିମ ଘାଟ ଓ ହୋଲମ ପଏଣ୍ଟ ମଧ୍ୟରେ ଚାଲୁଥିବା ଯାତ୍ରୀବାହୀ ଡଙ୍ଗା ତିନି ମାସ ମରାମତି ପରେ "
         "ସୋମବାରଠାରୁ ପୁଣି ଚାଲିବ ବୋଲି ବନ୍ଦର ବୋର୍ଡ କହିଛି।",
         "ବୈଷୟିକ କର୍ମଚାରୀମାନେ ଦୁଇଟି ଇଞ୍ଜିନ ବଦଳାଇଛନ୍ତି ଏବଂ ଖରାଦିନେ ଡଙ୍ଗା ଦିନସାରା ପ୍ରତି ଚାଳିଶ "
         "ମିନିଟରେ ଛାଡିବ।"),
        "ଆହୁରି ପଢ଼ନ୍ତୁ: ଘାଟରେ ନୂଆ ଆଲୁଅ ଲାଗିବ",
        "ସମ୍ବନ୍ଧିତ ଖବର",
        ("ବନ୍ଦର ଭଡା ବଢାଇଲା", "ଉପକୂଳ ବସ ରୁଟ ସମ୍ପ୍ରସାରିତ"),
        "ସେୟାର କରନ୍ତୁ",
    ),
    "si": Dump(
        "ප්\u200dරධාන අන්තර්ගතයට යන්න",
        ("ඔබේ අත්දැකීම වැඩිදියුණු කිරීමට සහ අදාළ දැන්වීම් පෙන්වීමට අපි අපගේ වෙබ් අඩවියේ කුකී "
         "භාවිත කරමු.", "සියල්ල පිළිගන්න", "සැකසුම්"),
        "ශීත සෘතුවේ අලුත්වැඩියාවෙන් පසු හෝල්ම් පොයින්ට් බෝට්ටුව යළි සේවයට",
        ("බටහිර තොටුපළ සහ හෝල්ම් පොයින්ට් අතර ධාවනය වන මගී බෝට්ටුව මාස තුනක අලුත්වැඩියාවෙන් "
         "පසු සඳුදා සිට යළි ධාවනය වන බව වරාය මණ්ඩලය පැවසීය.",
         "කාර්මිකයින් එන්ජින් දෙකම වෙනස් කර ඇති අතර ගිම්හානයේදී බෝට්ටුව දවස පුරා සෑම විනාඩි "
         "හතළිහකට වරක් පිටත් වේ."),
        "මෙයත් කියවන්න: තොටුපළට නව විදුලි පහන්",
        "ආශ්\u200dරිත පුවත්",
        ("වරාය ගාස්තු ඉහළට", "වෙරළබඩ බස් මාර්ගය දීර්ඝ කෙරේ"),
        "බෙදාගන්න",
    ),
    "my": Dump(
        "အဓိကအကြောင်းအရာသို့ ကျော်သွားရန်",
        ("သင်၏ အတွေ့အကြုံကို ပိုမိုကောင်းမွန်စေရန်နှင့် သက်ဆိုင်သော ကြော်ငြာများ ပြသရန် "
         "ကျွန်ုပ်တို့၏ ဝက်ဘ်ဆိုက်တွင် ကွတ်ကီးများကို အသုံးပြုပါသည်။", "အားလုံးလက်ခံမည်",
         "ဆက်တင်များ"),
        "ဆောင်းရာသီ ပြုပြင်မှုအပြီး ဟိုးလ်မ်ပွိုင့် ကူးတို့သင်္ဘော ပြန်လည်ပြေးဆွဲ",
        ("အနောက်ဆိပ်ကမ်းနှင့်ဟိုးလ်မ်ပွိုင့်ကြား ပြေးဆွဲသည့်ခရီးသည်တင်ကူးတို့သင်္ဘောသည် "
         "သုံးလကြာပြုပြင်ပြီးနောက် တနင်္လာနေ့မှစ၍ ပြန်လည်ပြေးဆွဲမည်ဖြစ်ကြောင်း "
         "ဆိပ်ကမ်းဘုတ်အဖွဲ့က ပြောသည်။",
         "စက်ပြင်ဆရာများက အင်ဂျင်နှစ်လုံးစလုံးကို လဲလှယ်ခဲ့ပြီး နွေရာသီတွင် ကူးတို့သင်္ဘောသည် "
         "တစ်နေ့လုံး မိနစ်လေးဆယ်တိုင်း ထွက်ခွာမည်ဖြစ်သည်။"),
        "ဒါလည်းဖတ်ပါ: ဆိပ်ကမ်းတွင် မီးအသစ်များ တပ်ဆင်မည်",
        "ဆက်စပ်သတင်းများ",
        ("ဆိပ်ကမ်းက ခရီးစရိတ် မြှင့်", "ကမ်းရိုးတန်း ဘတ်စ်ကားလမ်းကြောင်း တိုးချဲ့"),
        "မျှဝေရန်",
    ),
    # ... Azerbaijani, Kazakh, Uzbek, Georgian, Armenian, Mongolian, Khmer, Lao
    "az": Dump(
        "Məzmuna keç",
        ("Saytımızda təcrübənizi yaxşılaşdırmaq və sizə uyğun reklamlar göstərmək üçün "
         "kukilərdən istifadə edirik.", "Hamısını qəbul et", "Ayarlar"),
        "Holm Point bərəsi qış təmirindən sonra yenidən işləyir",
        ("Vestki ilə Holm Point arasında işləyən sərnişin bərəsi üç ay quru dokda qaldıqdan "
         "sonra bazar ertəsindən yenidən reysə çıxacaq, liman şurası bildirib.",
         "Texniklər hər iki mühərriki və enişi dəyişiblər, yayda bərə bütün gün ərzində hər qırx "
         "dəqiqədən bir yola düşəcək."),
        "Həmçinin oxuyun: Holm Point körpüsünə yeni işıqlar quraşdırılır",
        "Oxşar xəbərlər",
        ("Liman şurası yeni tarifləri açıqladı", "Sahil avtobus xətti uzadıldı"),
        "Paylaş",
    ),
    "kk": Dump(
        "Мазмұнға өту",
        ("Біз сайтымызда сіздің тәжірибеңізді жақсарту және сізге лайықты жарнама көрсету үшін "
         "cookie файлдарын қолданамыз.", "Барлығын қабылдау", "Баптаулар"),
        "Холм-Пойнт паромы қысқы жөндеуден кейін қайта қатынай бастады",
        ("Вестки мен Холм-Пойнт арасында қатынайтын жолаушылар паромы үш ай құрғақ докта "
         "болғаннан кейін дүйсенбіден бастап қайта жүзеді, деп хабарлады порт басқармасы.",
         "Техниктер екі қозғалтқышты да және трапты ауыстырды, жазда паром күні бойы әр қырық "
         "минут сайын жүзіп шығады."),
        "Сондай-ақ оқыңыз: Айлаққа жаңа шамдар орнатылады",
        "Қатысты жаңалықтар",
        ("Порт басқармасы жаңа тарифтерді жариялады", "Жағалау автобус бағыты ұзартылды"),
        "Бөлісу",
    ),
    "uz": Dump(
        "Kontentga o‘tish",
        ("Biz saytimizda tajribangizni yaxshilash va sizga mos reklamalarni ko‘rsatish uchun "
         "cookie fayllaridan foydalanamiz.", "Hammasini qabul qilish", "Sozlamalar"),
        "Xolm-Poynt paromi qishki ta’mirdan so‘ng yana qatnovni boshladi",
        ("Uestki va Xolm-Poynt o‘rtasida qatnaydigan yo‘lovchi paromi uch oy quruq dokda "
         "turganidan so‘ng dushanbadan boshlab yana qatnaydi, deb xabar berdi port kengashi.",
         "Texniklar ikkala dvigatel va trapni almashtirdi, yozda parom kun bo‘yi har qirq "
         "daqiqada jo‘nab ketadi."),
        "Shuningdek o‘qing: Bandargohga yangi chiroqlar o‘rnatiladi",
        "O‘xshash yangiliklar",
        ("Port kengashi yangi tariflarni e’lon qildi", "Sohil avtobus yo‘nalishi uzaytirildi"),
        "Ulashish",
    ),
    "ka": Dump(
        "კონტენტზე გადასვლა",
        ("ჩვენ ვიყენებთ ქუქი-ფაილებს, რათა გავაუმჯობესოთ თქვენი გამოცდილება ჩვენს ვებგვერდზე და "
         "გაჩვენოთ შესაბამისი რეკლამა.", "ყველას მიღება", "პარამეტრები"),
        "ჰოლმ-პოინტის ბორანი ზამთრის შეკეთების შემდეგ კვლავ დადის",
        ("ვესტკისა და ჰოლმ-პოინტს შორის მოძრავი სამგზავრო ბორანი სამთვიანი შეკეთების შემდეგ "
         "ორშაბათიდან კვლავ იმოძრავებს, განაცხადა პორტის საბჭომ.",
         "ტექნიკოსებმა ორივე ძრავა და ტრაპი შეცვალეს, ზაფხულში კი ბორანი მთელი დღის განმავლობაში "
         "ყოველ ორმოც წუთში გავა."),
        "ასევე წაიკითხეთ: პორტში ახალი განათება დამონტაჟდება",
        "მსგავსი სიახლეები",
        ("პორტის საბჭომ ახალი ტარიფები გამოაცხადა", "სანაპირო ავტობუსის ხაზი გაგრძელდა"),
        "გაზიარება",
    ),
    "hy": Dump(
        "Անցնել բովանդակությանը",
        ("Մենք օգտագործում ենք թխուկներ՝ ձեր փորձառությունը մեր կայքում բարելավելու և ձեզ "
         "համապատասխան գովազդ ցուցադրելու համար։", "Ընդունել բոլորը", "Կարգավորումներ"),
        "Հոլմ Փոյնթի լաստանավը ձմեռային վերանորոգումից հետո կրկին երթևեկում է",
        ("Ուեսթքիի և Հոլմ Փոյնթի միջև երթևեկող ուղևորատար լաստանավը երեք ամիս չոր նավահանգստում "
         "մնալուց հետո երկուշաբթիից կրկին կերթևեկի, հայտնել է նավահանգստի խորհուրդը։",
         "Տեխնիկները փոխարինել են երկու շարժիչներն ու սանդուղքը, իսկ ամռանը լաստանավը ողջ օրը "
         "կմեկնի յուրաքանչյուր քառասուն րոպեն մեկ։"),
        "Կարդացեք նաև: Նավամատույցում նոր լուսավորություն կտեղադրվի",
        "Առնչվող նորություններ",
        ("Նավահանգիստը հրապարակել է նոր սակագները", "Ափամերձ ավտոբուսային երթուղին երկարացվել է"),
        "Կիսվել",
    ),
    "mn": Dump(
        "Үндсэн агуулга руу шилжих",
        ("Бид таны туршлагыг сайжруулах болон танд тохирох сурталчилгаа харуулахын тулд манай "
         "сайтад күүки ашигладаг.", "Бүгдийг зөвшөөрөх", "Тохиргоо"),
        "Холм Пойнтын гатлага онгоц өвлийн засварын дараа дахин явж эхэллээ",
        ("Вестки болон Холм Пойнтын хооронд явдаг зорчигчийн гатлага онгоц гурван сар засварт "
         "байсны дараа даваа гарагаас дахин явна гэж боомтын зөвлөл мэдээлэв.",
         "Техникчид хоёр хөдөлгүүр болон шатыг сольсон бөгөөд зуны улиралд гатлага онгоц өдөржин "
         "дөчин минут тутамд хөдөлнө."),
        "Мөн уншаарай: Боомтод шинэ гэрэлтүүлэг суурилуулна",
        "Холбоотой мэдээ",
        ("Боомтын зөвлөл шинэ үнэ тарифыг зарлалаа", "Эргийн автобусны чиглэл уртаслаа"),
        "Хуваалцах",
    ),
    "km": Dump(
        "រំលងទៅមាតិកា",
        ("យើងប្រើខូគីដើម្បីកែលម្អបទពិសោធន៍របស់អ្នកនៅលើគេហទំព័ររបស់យើង "
         "និងបង្ហាញពាណិជ្ជកម្មដែលពាក់ព័ន្ធ។", "ទទួលយកទាំងអស់", "ការកំណត់"),
        "សាឡាងហូមផញ ចាប់ផ្តើមដំណើរការឡើងវិញ ក្រោយការជួសជុលរដូវរងា",
        ("សាឡាងដឹកអ្នកដំណើររវាងវេស្ទឃី និងហូមផញ នឹងចាប់ផ្តើមធ្វើដំណើរឡើងវិញចាប់ពីថ្ងៃចន្ទ "
         "ក្រោយពីជួសជុលអស់រយៈពេលបីខែ នេះបើតាមក្រុមប្រឹក្សាកំពង់ផែ។",
         "អ្នកបច្ចេកទេសបានផ្លាស់ប្តូរម៉ាស៊ីនទាំងពីរ ហើយនៅរដូវក្តៅ "
         "សាឡាងនឹងចេញដំណើររៀងរាល់សែសិបនាទីម្តង ពេញមួយថ្ងៃ។"),
        "អានបន្ថែម: កំពង់ផែនឹងដំឡើងភ្លើងថ្មី",
        "អត្ថបទពាក់ព័ន្ធ",
        ("កំពង់ផែប្រកាសតម្លៃសំបុត្រថ្មី", "ផ្លូវឡានក្រុងតាមឆ្នេរត្រូវបានពង្រីក"),
        "ចែករំលែក",
    ),
    "lo": Dump(
        "ຂ້າມໄປຫາເນື້ອຫາ",
        ("ພວກເຮົາໃຊ້ຄຸກກີ້ເພື່ອປັບປຸງປະສົບການຂອງທ່ານໃນເວັບໄຊຂອງພວກເຮົາ ແລະ ສະແດງໂຄສະນາທີ່ກ່ຽວຂ້ອງ.",
         "ຍອມຮັບທັງໝົດ", "ການຕັ້ງຄ່າ"),
        "ເຮືອຂ້າມຟາກໂຮມພອຍ ກັບມາໃຫ້ບໍລິການຄືນ ຫຼັງການສ້ອມແປງ",
        ("ເຮືອຂ້າມຟາກໂດຍສານລະຫວ່າງເວສຄີ ແລະ ໂຮມພອຍ ຈະກັບມາແລ່ນຄືນແຕ່ວັນຈັນເປັນຕົ້ນໄປ "
         "ຫຼັງຈາກສ້ອມແປງເປັນເວລາສາມເດືອນ ຄະນະກຳມະການທ່າເຮືອກ່າວ.",
         "ຊ່າງເຕັກນິກໄດ້ປ່ຽນເຄື່ອງຈັກທັງສອງ ແລະ ໃນລະດູຮ້ອນ ເຮືອຈະອອກທຸກໆສີ່ສິບນາທີ ຕະຫຼອດມື້."),
        "ອ່ານເພີ່ມເຕີມ: ທ່າເຮືອຈະຕິດຕັ້ງໄຟໃໝ່",
        "ຂ່າວທີ່ກ່ຽວຂ້ອງ",
        ("ທ່າເຮືອປະກາດລາຄາປີ້ໃໝ່", "ເສັ້ນທາງລົດເມແຄມທະເລຂະຫຍາຍອອກ"),
        "ແບ່ງປັນ",
    ),
}


def test_every_table_has_a_dump_and_every_dump_a_table() -> None:
    assert set(DUMPS) == set(TABLES)


@pytest.mark.parametrize("language", sorted(DUMPS))
def test_dump_cleaned_to_headline_and_body(language: str) -> None:
    dump = DUMPS[language]
    cleaned = clean_text_dump(dump.text())
    assert cleaned.title == dump.title
    assert cleaned.paragraphs == list(dump.body)


@pytest.mark.parametrize("language", sorted(DUMPS))
def test_banner_heading_is_never_the_title(language: str) -> None:
    """Without the skip link, the banner opens the dump: its first line must not be taken as
    the headline, and no banner line may stay in the text."""
    dump = DUMPS[language]
    text = "\n".join([*dump.banner, dump.title, *dump.body])
    cleaned = clean_text_dump(text)
    assert cleaned.title == dump.title
    assert cleaned.paragraphs == list(dump.body)


def test_consent_pre_scan_never_rejects_a_line_the_phrases_match() -> None:
    """The literal pre-scan (``Matchers.consent_hint``) and the phrases tried only on lines
    holding their own literals (``consent_term_gate``, ``consent_weak_gate``) are only
    shortcuts: with and without them every line gets the same verdict, and each phrase set
    finds what its alternation finds, in any case (upper-case, Turkish dotted I, CJK)."""
    from dataclasses import replace

    from clipper.furniture.compiled import matchers
    from clipper.furniture.consent import _is_consent_line

    fast = matchers()
    assert fast.consent_hint is not None  # every phrase has a required literal
    assert fast.consent_term_gate is not None and fast.consent_weak_gate is not None
    # nor are the phrases' own literals (clipper.furniture.literals.GatedSearch)
    slow = replace(fast, consent_hint=None, consent_term_gate=None, consent_weak_gate=None)
    lines = [line for dump in DUMPS.values() for line in (*dump.banner, *dump.body, dump.title)]
    lines += [
        "WE USE COOKIES AND SIMILAR TECHNOLOGIES ON THIS SITE",
        "ÇEREZLERİ KULLANIYORUZ, GİZLİLİK POLİTİKAMIZI OKUYUN",
        "Your privacy: we and our partners process personal data",
        "本网站使用cookie，请阅读隐私政策",
        "Datenschutz-Einstellungen: Wir verwenden Tracking",
        "The minister said the consent of parliament was needed for the harbour deal.",
    ]
    shouted = [line.upper() for line in lines]
    for line in lines + shouted:
        n_words = len(line.split())
        assert _is_consent_line(fast, line, n_words) == _is_consent_line(slow, line, n_words), line
    assert any(_is_consent_line(slow, line, len(line.split())) for line in shouted)
    for gate, alternation in (
        (fast.consent_term_gate, fast.consent_term),
        (fast.consent_weak_gate, fast.consent_weak),
    ):
        found = [alternation.search(line) is not None for line in lines + shouted]
        assert [gate.search(line) for line in lines + shouted] == found
        assert any(found)


def test_whole_page_pre_scan_finds_the_same_banners_as_testing_every_line() -> None:
    """``consent_lines`` scans a whole page once for the literals (an Aho-Corasick automaton),
    then tests only the lines of a page that holds one: every dump, upper-cased too, with a
    literal elsewhere on the page (an article line naming privacy) and with none, gives the
    banners that testing every line against every phrase gives."""
    from dataclasses import replace

    from clipper.furniture.compiled import matchers
    from clipper.furniture.consent import consent_lines

    fast = matchers()
    assert fast.consent_hint_finder is not None
    slow = replace(
        fast,
        consent_hint=None,
        consent_hint_finder=None,
        consent_term_gate=None,
        consent_weak_gate=None,
    )
    pages = [dump.text().split("\n") for dump in DUMPS.values()]
    pages += [[line.upper() for line in page] for page in pages]
    pages += [[line for line in page if "ookie" not in line] for page in pages]
    pages.append(["Harbor council approves a ferry schedule", "Privacy was not discussed."])
    pages.append(["WE USE COOKIES", "ACCEPT", "The harbour council met on Tuesday."])
    pages.append([  # a banner of two lines, each with its own literal
        "The harbour council met on Tuesday.",
        "We use cookies on this site.",
        "Your privacy matters to us: we and our partners use your data to personalise ads.",
    ])
    pages.append([])
    found_any = False
    for page in pages:
        words = [len(line.split()) for line in page]
        expected = consent_lines(page, words, slow)
        assert consent_lines(page, words, fast) == expected, page
        found_any = found_any or bool(expected)
    assert found_any


def folding_misses(literals: Iterable[str], engine: Any = None) -> list[tuple[str, str]]:
    """(character of one of ``literals``, a character of all of Unicode that ``engine``'s
    case-insensitive matching takes for it, ``re`` or ``regex``) of each pair that folds
    (:func:`clipper.furniture.literals.fold`) to two forms: where a pre-scan's substring test
    of folded literals could miss what a phrase matches."""
    import re

    from clipper.furniture.literals import fold

    engine = engine or re
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    return [
        (p, found.group())
        for p in sorted(set("".join(literals)))
        for found in engine.finditer(engine.escape(p), everything, engine.IGNORECASE)
        if fold(found.group()) != fold(p)
    ]


def test_folding_matches_case_insensitive_regex_for_every_consent_literal() -> None:
    """Every character that ``re.IGNORECASE`` matches to a character of a consent literal folds
    to the same form: the pre-scan's substring test can never miss what the phrase matches."""
    from clipper.furniture.compiled import matchers

    hint = matchers().consent_hint
    assert hint is not None
    assert folding_misses(hint) == []


# A dateline in each language, in a spelling its sites use (dots, "de", spaced Czech dots...).
DATELINES = {
    "ar": "تاريخ النشر: 2026-11-28 10:30",
    "cs": "Publikováno 28. 11. 2026 10:30",
    "da": "Publiceret 28. november 2026 kl. 10.30",
    "de": "Veröffentlicht am 28. November 2026 um 10:30 Uhr",
    "el": "Δημοσιεύθηκε: 28.11.2026, 10:30",
    "ca": "Publicat: 28.11.2026, 10:30",
    "ro": "Publicat: 28.11.2026, 10:30",
    "en": "Published November 28, 2026 at 10:30 a.m.",
    "es": "Publicado el 28 de noviembre de 2026, 10:30",
    "fa": "تاریخ انتشار: 28.11.2026 10:30",
    "fi": "Julkaistu 28.11.2026 10:30",
    "fr": "Publié le 28 novembre 2026 à 10h30",
    "he": "פורסם: 28.11.2026 10:30",
    "hi": "प्रकाशित: 28.11.2026, 10:30",
    "id": "Diterbitkan 28/11/2026, 10:30 WIB",
    "is": "Birt 28.11.2026 kl. 10:30",
    "it": "Pubblicato il 28 novembre 2026 alle 10:30",
    "ja": "公開日：2026-11-28 10:30",
    "ko": "입력 2026.11.28 10:30",
    "lt": "Publikuota 2026-11-28 10:30",
    "et": "Avaldatud 28.11.2026 10:30",
    "nl": "Gepubliceerd op 28 november 2026 om 10:30",
    "no": "Publisert 28.11.2026 10:30",
    "pl": "Opublikowano 28.11.2026, 10:30",
    "pt": "Publicado em 28 de novembro de 2026 às 10h30",
    "ru": "Опубликовано 28.11.2026 10:30",
    "uk": "Опубліковано 28.11.2026 10:30",
    "sv": "Publicerad 28 november 2026 kl 10.30",
    "th": "เผยแพร่: 28/11/2026 10:30",
    "tr": "Yayınlanma: 28.11.2026 10:30",
    "vi": "Đăng lúc 10:30 ngày 28/11/2026",
    "zh": "发布时间：2026-11-28 10:30",
    "ur": "شائع شدہ: 28 نومبر 2026، 10:30",
    "bn": "প্রকাশ: ২৮ নভেম্বর ২০২৬, ১০:৩০",
    "sw": "Imechapishwa: Novemba 28, 2026 saa 10:30",
    "ha": "An wallafa: 28 Nuwamba, 2026",
    "am": "የታተመበት: ኖቬምበር 28, 2026 10:30",
    "mr": "प्रकाशित: 28.11.2026, 10:30",
    "ta": "வெளியிடப்பட்டது: 28.11.2026, 10:30",
    "gu": "પ્રકાશિત: 28.11.2026, 10:30",
    "pa": "ਪ੍ਰਕਾਸ਼ਿਤ: 28.11.2026, 10:30",
    "lv": "Publicēts: 28.11.2026 10:30",
    "hu": "Közzétéve: 2026.11.28. 10:30",
    "te": "ప్రచురించబడింది: 28.11.2026, 10:30",
    "kn": "ಪ್ರಕಟಿಸಲಾಗಿದೆ: 28.11.2026, 10:30",
    "ml": "പ്രസിദ്ധീകരിച്ചത്: 28.11.2026, 10:30",
    "af": "Gepubliseer: 28.11.2026 10:30",
    "zu": "Kushicilelwe: 28.11.2026 10:30",
    "xh": "Ipapashwe: 28.11.2026 10:30",
    "yo": "A tẹ̀ ẹ́ jáde: 28.11.2026 10:30",
    "ig": "E bipụtara: 28.11.2026 10:30",
    "so": "La daabacay: 28.11.2026 10:30",
    "ne": "प्रकाशित: 28.11.2026, 10:30",
    "or": "ପ୍ରକାଶିତ: 28.11.2026, 10:30",
    "si": "ප්\u200dරකාශිත: 28.11.2026, 10:30",
    "my": "ထုတ်ဝေသည့်ရက်: 28.11.2026 10:30",
    "az": "Dərc edilib: 28.11.2026 10:30",
    "kk": "Жарияланды: 28.11.2026 10:30",
    "uz": "Chop etildi: 28.11.2026 10:30",
    "ka": "გამოქვეყნებულია: 28.11.2026 10:30",
    "hy": "Հրապարակված: 28.11.2026 10:30",
    "mn": "Нийтэлсэн: 28.11.2026 10:30",
    "km": "ចុះផ្សាយ: 28.11.2026 10:30",
    "lo": "ເຜີຍແຜ່: 28.11.2026 10:30",
}


@pytest.mark.parametrize("language", sorted(TABLES))
def test_the_dateline_gives_an_undated_dump_its_day(language: str) -> None:
    """Under the headline, in the page's language, over a bare date at the top of the page;
    a bare date alone heading the dump, over its headline and text, is the dump's header date
    (tests/test_dump_header_dates.py)."""
    dump = DUMPS[language]
    text = "\n".join(["30.11.2026", dump.title, DATELINES[language], *dump.body])
    cleaned = clean_text_dump(text, latest=datetime(2026, 11, 30, 12, tzinfo=UTC))
    # the day, and its time of day where the line's date reads as a crawler's date field does
    assert cleaned.published is not None
    assert cleaned.published[:10] == "2026-11-28"
    assert cleaned.published[10:] in ("", "T10:30:00", "T10:30:00+07:00")
    assert cleaned.paragraphs == list(dump.body)
    assert clean_text_dump("\n".join(["30.11.2026", dump.title, *dump.body])).published == (
        "2026-11-30"
    )


@pytest.mark.parametrize("language", sorted(DUMPS))
def test_html_text_loses_the_furniture_lines_of_every_table(language: str) -> None:
    # trafilatura's text of an HTML page keeps a page's furniture as paragraphs of their own: an
    # inline teaser between two body paragraphs, a "more on this" heading with its link titles,
    # a share bar.  The HTML post-clean drops them with the same tables, and only them.
    dump = DUMPS[language]
    lines = [dump.body[0], dump.teaser, dump.body[1], dump.related, *dump.links, dump.share]
    assert post_clean(lines, None) == list(dump.body)
    assert post_clean(lines, None, furniture=False) == lines


# An error page's heading in each table's language (invented wording of the usual kind).
ERROR_HEADINGS = {
    "ar": "الصفحة غير موجودة", "cs": "Stránka nenalezena", "da": "Siden blev ikke fundet",
    "de": "Seite nicht gefunden", "en": "Sorry, we couldn't find that page",
    "es": "Página no encontrada", "fr": "Page introuvable", "hi": "पृष्ठ नहीं मिला",
    "id": "Halaman tidak ditemukan", "is": "Síða fannst ekki", "it": "Pagina non trovata",
    "ja": "ページが見つかりません", "ko": "페이지를 찾을 수 없습니다", "lt": "Puslapis nerastas",
    "et": "Lehte ei leitud",
    "nl": "Pagina niet gevonden", "no": "Siden finnes ikke", "pl": "Nie znaleziono strony",
    "pt": "Página não encontrada", "ru": "Страница не найдена", "sv": "Sidan hittades inte",
    "tr": "Sayfa bulunamadı", "vi": "Không tìm thấy trang", "zh": "页面不存在",
    "el": "Η σελίδα δεν βρέθηκε", "fi": "Sivua ei löytynyt", "he": "הדף לא נמצא",
    "th": "ไม่พบหน้าที่คุณต้องการ", "uk": "Сторінку не знайдено", "fa": "صفحه مورد نظر یافت نشد",
    "ur": "صفحہ نہیں ملا", "bn": "পৃষ্ঠাটি খুঁজে পাওয়া যায়নি",
    "ca": "Pàgina no trobada", "ro": "Pagina nu a fost găsită", "sw": "Ukurasa haupatikani",
    "ha": "Ba a samu shafin ba", "am": "ገጹ አልተገኘም", "mr": "पान सापडले नाही",
    "ta": "பக்கம் கிடைக்கவில்லை", "gu": "પેજ મળ્યું નથી", "pa": "ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ",
    "hu": "Az oldal nem található",
    "lv": "Lapa nav atrasta", "te": "పేజీ కనుగొనబడలేదు", "kn": "ಪುಟ ಕಂಡುಬಂದಿಲ್ಲ",
    "ml": "പേജ് കണ്ടെത്താനായില്ല",
    "af": "Bladsy nie gevind nie", "zu": "Ikhasi alitholakalanga",
    "xh": "Iphepha alifumanekanga", "yo": "A kò rí ojú ewé yìí", "ig": "Ahụghị peeji a",
    "so": "Bogga lama helin", "ne": "पृष्ठ फेला परेन", "or": "ପୃଷ୍ଠା ମିଳିଲା ନାହିଁ",
    "si": "පිටුව සොයාගත නොහැක", "my": "စာမျက်နှာ ရှာမတွေ့ပါ",
    "az": "Səhifə tapılmadı",
    "kk": "Бет табылмады",
    "uz": "Sahifa topilmadi",
    "ka": "გვერდი ვერ მოიძებნა",
    "hy": "Էջը չի գտնվել",
    "mn": "Хуудас олдсонгүй",
    "km": "រកមិនឃើញទំព័រ",
    "lo": "ບໍ່ພົບໜ້າ",
}


def test_every_table_has_an_error_heading() -> None:
    assert set(ERROR_HEADINGS) == set(TABLES)


@pytest.mark.parametrize("language", sorted(ERROR_HEADINGS))
def test_a_whole_page_error_in_every_language_is_not_a_note(language: str) -> None:
    """A page holding only an error heading and a line under it is rejected, by its own
    language's table; a page holding only the dump's first paragraph is kept (a whole-page
    note, clipper.clean)."""
    heading = ERROR_HEADINGS[language]
    assert compile_tables([TABLES[language]]).is_error_notice(heading)
    dump = DUMPS[language]

    def page(title: str, text: str) -> bytes:
        return (
            f'<html lang="{language}"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><main><h1>{title}</h1><p>{text}</p></main></body></html>"
        ).encode()

    words = dump.body[0].split()  # a few words: under a brief's 15 (a script without spaces:
    short = " ".join(words[:8]) if len(words) > 8 else dump.body[0][:12]  # a few characters)
    assert count_words(short) < CleanConfig().min_prose_article_words
    error = clean_page(RawPage("e", "html", page(heading, short)), CleanConfig())
    assert isinstance(error, Rejection), error
    note = clean_page(RawPage("n", "html", page(dump.title, short)), CleanConfig())
    assert isinstance(note, Article), note


# A site's social and newsletter promotions under an article, in the languages whose tables
# name them: whole lines of furniture in a text dump, and template lines once they recur on a
# site's pages (an HTML page's text loses them too: tests/test_promotion_lines.py).
PROMOTIONS: dict[str, tuple[str, ...]] = {
    "en": ("Follow the Westquay Herald on Facebook, X and Instagram for the latest news",
           "Sign up for our free morning newsletter",
           "Get the day's top stories delivered to your inbox"),
    "de": ("Folgen Sie uns auf Facebook und Instagram", "Jetzt zum Newsletter anmelden"),
    "fr": ("Suivez-nous sur Facebook et Instagram", "Inscrivez-vous à notre newsletter"),
    "es": ("Síguenos en Facebook y X", "Suscríbete a nuestro boletín"),
    "it": ("Seguici su Facebook e Instagram", "Iscriviti alla nostra newsletter"),
    "nl": ("Volg ons op Facebook en Instagram", "Meld je aan voor onze nieuwsbrief"),
    "pt": ("Siga-nos no Instagram", "Assine nossa newsletter"),
    "sw": ("Tufuate kwenye Facebook na Instagram", "Jiandikishe kupokea jarida letu"),
    "ha": ("Ku bi mu a Facebook da Instagram", "Yi rajista domin karɓar wasiƙarmu ta imel"),
    "am": ("ቴሌግራም ላይ ይከተሉን", "የቴሌግራም ቻናላችንን ይቀላቀሉ"),
    "mr": ("आमच्या व्हॉट्सॲप चॅनेलला फॉलो करा", "आमच्या न्यूजलेटरसाठी नोंदणी करा"),
    "ta": ("எங்கள் வாட்ஸ்அப் சேனலில் இணையுங்கள்", "எங்கள் செய்தி மடலுக்கு பதிவு செய்யுங்கள்"),
    "gu": ("અમારી વૉટ્સએપ ચેનલને ફોલો કરો", "અમારા ન્યૂઝલેટરને સબ્સ્ક્રાઇબ કરો"),
    "pa": ("ਸਾਡੇ ਵਟਸਐਪ ਚੈਨਲ ਨੂੰ ਫਾਲੋ ਕਰੋ", "ਸਾਡੇ ਨਿਊਜ਼ਲੈਟਰ ਲਈ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ"),
}


@pytest.mark.parametrize("language", sorted(PROMOTIONS))
def test_social_and_newsletter_promotions_are_furniture(language: str) -> None:
    dump = DUMPS[language]
    promos = PROMOTIONS[language]
    cleaned = clean_text_dump("\n".join([dump.title, dump.body[0], dump.body[1], *promos]))
    assert cleaned.paragraphs == list(dump.body)
    assert all(is_furniture_shaped(line) for line in promos)


def test_a_sentence_about_following_on_a_network_is_not_furniture() -> None:
    body = [
        "Follow the money on Facebook, investigators said, and you find the shell companies.",
        "The police asked people to follow the advice on Facebook and stay indoors.",
    ]
    assert clean_text_dump("\n".join(["Shell companies traced", *body])).paragraphs == body
    assert not any(is_furniture_shaped(line) for line in body)


def test_furniture_line_pre_scan_drops_what_testing_every_line_drops() -> None:
    """``Matchers.hinted`` (the furniture and "read also" phrases' literals, one automaton
    each) only skips lines that cannot match: every dump's HTML lines, upper-cased too, lose
    the same lines with the pre-scan and without it (every line tried on every phrase)."""
    from dataclasses import replace

    import clipper.postclean as postclean
    from clipper.furniture.compiled import matchers

    fast = matchers()
    assert fast.line_hint is not None and fast.related_hint is not None
    slow = replace(fast, line_hint=None, line_hint_finder=None, related_hint=None,
                   related_hint_finder=None)
    pages = [
        [dump.skip, dump.title, dump.body[0], dump.teaser, dump.body[1], dump.related,
         *dump.links, dump.share]
        for dump in DUMPS.values()
    ]
    pages += [[line.upper() for line in page] for page in pages]
    dropped_any = False
    for page in pages:
        fast_kept = postclean.drop_furniture_lines(page)
        try:
            postclean.matchers = lambda: slow
            slow_kept = postclean.drop_furniture_lines(page)
        finally:
            postclean.matchers = matchers
        assert fast_kept == slow_kept, page
        dropped_any = dropped_any or len(slow_kept) < len(page)
    assert dropped_any


def test_post_rules_pre_scan_never_skips_a_line_the_rule_matches() -> None:
    """Each news post-clean rule's literal pre-scan (``PostRule.hint``) holds a literal of
    every line the rule matches: lines of every rule's kind, in any case."""
    from clipper.furniture.literals import fold
    from clipper.postclean import CANDIDATE_RULES

    lines = [
        "Sign up for our newsletter", "Get the best stories in your inbox every morning",
        "COMMENTS", "Advertisement", "ADVERTISING", "Copyright 2026 Hollin Vale Courier",
        "[VIDEO] Harbour ferry returns", "Read more: ferry fares rise", "READ ALSO",
        "Follow us on Twitter", "(Reporting by Maren Holt; Editing by Ola Berg)",
        "Click here to read more.", "Topics: harbour, ferries",
        "The ferry runs again. Click To Tweet",
    ]
    matched = 0
    for rule in CANDIDATE_RULES:
        assert rule.hint is not None, rule.name
        for line in lines + [line.upper() for line in lines]:
            if rule.pattern.search(line):
                matched += 1
                assert rule.may_match(fold(line)), (rule.name, line)
    assert matched >= len(lines)


# "Read more" / "more on this topic" headings of a related box, with the teaser under them (found
# trying each language's usual wording on invented dumps: these three were kept).
MORE_ON_THIS: dict[str, tuple[str, ...]] = {
    "fr": ("Lire la suite", "En savoir plus"),
    "it": ("Approfondimenti", "Per saperne di più"),
    "pt": ("Mais sobre o assunto", "Saiba mais"),
}


@pytest.mark.parametrize("language", sorted(MORE_ON_THIS))
def test_more_on_this_headings_go_with_their_teasers(language: str) -> None:
    dump = DUMPS[language]
    first, second = MORE_ON_THIS[language]
    lines = [dump.title, dump.body[0], first, "Nouvelle grille des horaires publiée",
             dump.body[1], second, "Dragueur attendu au port"]
    cleaned = clean_text_dump("\n".join(lines))
    assert cleaned.paragraphs == list(dump.body)


@pytest.mark.parametrize(
    ("language", "skip"),
    [("ru", "Перейти к содержимому"), ("ru", "Перейти к основному содержимому"),
     ("uk", "Перейти до змісту")],
)
def test_a_themes_own_skip_link_is_not_the_title(language: str, skip: str) -> None:
    """WordPress's Russian and Ukrainian "Skip to content" ("Перейти к содержимому"), over
    the dump's headline: furniture, not the title."""
    dump = DUMPS[language]
    text = "\n".join([skip, "", dump.title, "", *dump.body])
    cleaned = clean_text_dump(text)
    assert cleaned.title == dump.title
    assert cleaned.paragraphs == list(dump.body)


# A subscription offer under a paywall's prompt: the verb with "now", or with a price.
OFFERS: dict[str, tuple[str, ...]] = {
    "en": ("Subscribe now for just £1 a month", "Subscribe for $2 a week",
           # African papers' prices (newcomer 32, finding 11)
           "Subscribe for just ₦1,500 a month", "Subscribe from KSh 299 a month"),
    "de": ("Jetzt 4 Wochen für 0,99 € testen", "Einen Monat gratis lesen"),
    "es": ("Suscríbete por 1 € el primer mes", "Suscríbete ahora"),
    "pt": ("Assine agora", "Assine já por R$ 1,90"),
    "fr": ("Abonnez-vous pour 1 € le premier mois",
           # newcomer 32, finding 11: a Senegalese paper's offer, its thousands spaced
           "Abonnez-vous à partir de 2 000 FCFA par mois", "Abonnez-vous pour 30 DH par mois"),
    "it": ("Abbonati ora", "Abbonati a 1 € al mese"),
    "nl": ("Abonneer nu",),
    "pl": ("Zasubskrybuj teraz", "Subskrybuj za 1 zł"),
    "tr": ("Hemen abone ol",),
    "ru": ("Оформить подписку за 1 рубль",),
    "uk": ("Оформити передплату за 10 грн",),
    "vi": ("Đăng ký ngay",),
    "id": ("Berlangganan mulai Rp 49.000 per bulan",),
}


@pytest.mark.parametrize("language", sorted(OFFERS))
def test_a_paywalls_subscription_offer_is_furniture(language: str) -> None:
    dump = DUMPS[language]
    text = "\n".join([dump.title, "", *dump.body, *OFFERS[language]])
    cleaned = clean_text_dump(text)
    assert cleaned.paragraphs == list(dump.body)


def test_a_sentence_with_a_price_is_not_an_offer() -> None:
    dump = DUMPS["en"]
    kept = (
        "Residents can now subscribe for 5 € to the new bike scheme, the council said.",
        "The council will charge €2 for parking from Monday.",
    )
    cleaned = clean_text_dump("\n".join([dump.title, "", *dump.body, *kept]))
    assert cleaned.paragraphs == [*dump.body, *kept]


def test_a_french_sentence_with_a_price_in_cfa_francs_is_not_an_offer() -> None:
    dump = DUMPS["fr"]
    kept = (
        "Le sac de riz de 50 kilos coûte désormais 22 500 FCFA sur les marchés de Dakar.",
        "Les abonnés de la fibre paient 5 000 F CFA par mois depuis janvier, selon l'opérateur.",
    )
    cleaned = clean_text_dump("\n".join([dump.title, "", *dump.body, *kept]))
    assert cleaned.paragraphs == [*dump.body, *kept]


# The line an ad slot leaves in a flattened page: "continue reading after the advertisement".
AFTER_THE_AD: dict[str, tuple[str, ...]] = {
    "de": ("Weiterlesen nach der Anzeige", "Artikel wird unter der Werbung fortgesetzt"),
    "fr": ("Lire la suite après cette publicité", "L'article continue sous la publicité"),
    "es": ("Sigue leyendo", "La noticia continúa tras la publicidad",
           # newcomer 22, finding 33: the same line with "leyendo", and after "el anuncio"
           "Continúa leyendo después de la publicidad", "Sigue leyendo tras el anuncio"),
    "it": ("Continua a leggere dopo la pubblicità",),
    "pl": ("Czytaj dalej pod reklamą", "Dalsza część artykułu pod reklamą"),
    "nl": ("Lees verder na de advertentie", "Het artikel gaat verder onder de advertentie"),
    "pt": ("Continua depois da publicidade", "Continue a ler após a publicidade"),
    "ru": ("Продолжение после рекламы",),
    "uk": ("Продовження після реклами",),
    # newcomer 22, finding 33: Arabic, Hindi and Indonesian sites' lines
    "ar": ("تابع القراءة بعد الإعلان", "يتبع بعد الإعلان"),
    "hi": ("विज्ञापन के बाद आगे पढ़ें", "खबर विज्ञापन के नीचे जारी है"),
    "id": ("Scroll untuk melanjutkan membaca", "Artikel berlanjut setelah iklan",
           "Lanjutkan membaca di bawah ini"),
    # Urdu and Bengali (finding 33): the ad marker, and Urdu's "the story continues"
    "ur": ("اشتہار", "خبر جاری ہے"),
    "sw": ("Tangazo", "Habari inaendelea chini ya tangazo"),
    "ha": ("Talla", "Labarin yana ci gaba a ƙasa"),
    "am": ("ማስታወቂያ", "ዜናው ከማስታወቂያው በኋላ ይቀጥላል"),
    "bn": ("বিজ্ঞাপন",),
    "mr": ("जाहिरात",),
    "ta": ("விளம்பரம்",),
    "gu": ("જાહેરાત",),
    "pa": ("ਇਸ਼ਤਿਹਾਰ",),
}


@pytest.mark.parametrize("language", sorted(AFTER_THE_AD))
def test_the_line_an_ad_slot_leaves_is_furniture(language: str) -> None:
    dump = DUMPS[language]
    lines = AFTER_THE_AD[language]
    text = "\n".join([dump.title, "", dump.body[0], *lines, dump.body[1]])
    assert clean_text_dump(text).paragraphs == list(dump.body)


def test_site_notices_are_found_as_their_alternation_finds_them() -> None:
    """``Matchers.is_site_notice`` tries each notice phrase only on a line holding one of its
    literals (``notice_gate``): every line of the dumps and of the notice and prompt tests,
    upper-cased too, is a notice exactly when the phrases' alternation finds one in it."""
    from clipper.furniture.compiled import matchers
    from tests.test_furniture_pitches import FURNITURE, PARAGRAPHS
    from tests.test_news_app_prompts import PROMPTS

    m = matchers()
    assert m.notice is not None and m.notice_gate is not None
    lines = [line for dump in DUMPS.values() for line in (*dump.banner, *dump.body, dump.title)]
    lines += [*FURNITURE, *PARAGRAPHS, *PROMPTS]
    lines += [line.upper() for line in lines]
    found = [m.notice.search(line) is not None for line in lines]
    assert [m.is_site_notice(line) for line in lines] == found
    assert any(found)


def test_whole_furniture_lines_are_found_as_their_alternation_finds_them() -> None:
    """``Matchers.is_line_furniture`` tries each ``line`` phrase only on a line holding one of
    its literals (``line_gate``): every line of the dumps and of the pitch and prompt tests,
    upper-cased too, is whole furniture exactly when the alternation matches all of it."""
    from clipper.furniture.compiled import matchers
    from tests.test_furniture_pitches import FURNITURE, PARAGRAPHS
    from tests.test_news_app_prompts import PROMPTS

    m = matchers()
    assert m.line_gate is not None
    lines = [line for dump in DUMPS.values() for line in (*dump.banner, *dump.body, dump.title)]
    lines += [*FURNITURE, *PARAGRAPHS, *PROMPTS, "Skip to content", "Read also: Bridge repairs"]
    # a list bullet before a phrase and punctuation after it, as the alternation allows
    lines += ["Teilen:", "- Share this article", "• Jetzt anmelden!", "Link kopiert!"]
    lines += [line.upper() for line in lines]
    found = [m.line.fullmatch(line) is not None for line in lines]
    assert [m.is_line_furniture(line) for line in lines] == found
    assert any(found)


def test_read_also_headings_are_found_as_their_alternation_finds_them() -> None:
    """``Matchers.is_related_heading`` tries the "read also" phrases only on a line holding
    one of their literals (``related_hint_finder``): every line of the dumps, their "read
    also" headings, and the pitch and prompt tests, upper-cased and title-cased too, is a
    heading exactly when the alternation matches all of it."""
    from clipper.furniture.compiled import matchers
    from tests.test_furniture_pitches import FURNITURE, PARAGRAPHS
    from tests.test_news_app_prompts import PROMPTS

    m = matchers()
    assert m.related_hint_finder is not None
    lines = [line for dump in DUMPS.values() for line in (*dump.banner, *dump.body, dump.title)]
    lines += [dump.related for dump in DUMPS.values()]
    lines += [*FURNITURE, *PARAGRAPHS, *PROMPTS, "Read also", "Lesen Sie auch:", "Czytaj więcej"]
    lines += [line.upper() for line in lines] + [line.title() for line in lines]
    found = [m.related.fullmatch(line) is not None for line in lines]
    assert [m.is_related_heading(line) for line in lines] == found
    assert sum(found) >= len(DUMPS)


# Article sentences opening with a word of the Marathi, Tamil, Gujarati and Punjabi phrases
# ("शेअर बाजार", the share market; "மேலும் படிக்க வேண்டிய", to be read further; "જાહેરાત
# બાદ", after the announcement): never furniture, in a dump or an HTML page's text.
SENTENCES_OPENING_AS_FURNITURE: dict[str, tuple[str, ...]] = {
    "mr": ("शेअर बाजारात आज मोठी घसरण झाली, असे तज्ज्ञांनी सांगितले.",
           "ताज्या बातम्यांनुसार शहरात रात्रभर मुसळधार पाऊस झाला.",
           "जाहिरात फलकांवरील कारवाई महापालिकेने सोमवारी सुरू केली."),
    "ta": ("மேலும் படிக்க வேண்டிய நூல்களின் பட்டியலை அமைச்சர் வெளியிட்டார்.",
           "பகிர்ந்து கொள்ளப்பட்ட தகவல்களின்படி விபத்தில் மூவர் காயமடைந்தனர்.",
           "விளம்பரம் செய்யும் நிறுவனங்களுக்கு புதிய விதிகள் அறிவிக்கப்பட்டன."),
    "gu": ("શેર બજારમાં આજે મોટો કડાકો બોલ્યો હતો, એમ નિષ્ણાતોએ જણાવ્યું.",
           "વધુ વાંચો અને વધુ શીખો, એમ શિક્ષણ મંત્રીએ વિદ્યાર્થીઓને કહ્યું.",
           "જાહેરાત બાદ શહેરમાં ઉજવણીનો માહોલ છવાઈ ગયો હતો."),
    "pa": ("ਸ਼ੇਅਰ ਬਾਜ਼ਾਰ ਵਿੱਚ ਅੱਜ ਵੱਡੀ ਗਿਰਾਵਟ ਦਰਜ ਕੀਤੀ ਗਈ, ਮਾਹਿਰਾਂ ਨੇ ਦੱਸਿਆ।",
           "ਹੋਰ ਪੜ੍ਹੋ ਅਤੇ ਹੋਰ ਸਿੱਖੋ, ਸਿੱਖਿਆ ਮੰਤਰੀ ਨੇ ਵਿਦਿਆਰਥੀਆਂ ਨੂੰ ਕਿਹਾ।",
           "ਇਸ਼ਤਿਹਾਰ ਲਗਾਉਣ ਵਾਲੀਆਂ ਕੰਪਨੀਆਂ ਲਈ ਨਵੇਂ ਨਿਯਮ ਜਾਰੀ ਕੀਤੇ ਗਏ।"),
    # Latvian, Telugu, Kannada, Malayalam: "Jaunākās ziņas liecina" (the latest news shows),
    # "Reklāma" the trade, "షేర్ మార్కెట్" (the share market), "ప్రకటన" (an announcement),
    # "ಹೆಚ್ಚು ಓದಿದ" (the better educated), "ಜಾಹೀರಾತು ಫಲಕ" (a hoarding), "പരസ്യം" (public),
    # "കൂടുതൽ വായിക്കുന്ന" (who read more)
    "lv": ("Jaunākās ziņas liecina, ka ostā strādā vairāk cilvēku nekā pērn.",
           "Reklāma internetā pērn auga par desmit procentiem, liecina pētījums.",
           "Dalīties ar pieredzi aicināti visi ostas darbinieki, sacīja valdes priekšsēdētājs."),
    "te": ("షేర్ మార్కెట్ ఈ రోజు భారీగా పడిపోయిందని నిపుణులు తెలిపారు.",
           "ప్రకటన వెలువడిన తర్వాత నగరంలో సంబరాలు మొదలయ్యాయి.",
           "తాజా వార్తల ప్రకారం నగరంలో రాత్రంతా భారీ వర్షం కురిసింది."),
    "kn": ("ಹೆಚ್ಚು ಓದಿದವರು ನಗರಗಳಿಗೆ ವಲಸೆ ಹೋಗುತ್ತಿದ್ದಾರೆ ಎಂದು ಸಮೀಕ್ಷೆ ಹೇಳಿದೆ.",
           "ಜಾಹೀರಾತು ಫಲಕಗಳ ವಿರುದ್ಧ ಮಹಾನಗರ ಪಾಲಿಕೆ ಸೋಮವಾರ ಕ್ರಮ ಆರಂಭಿಸಿತು.",
           "ಶೇರ್ ಮಾರುಕಟ್ಟೆಯಲ್ಲಿ ಇಂದು ಭಾರಿ ಕುಸಿತ ಕಂಡುಬಂದಿದೆ ಎಂದು ತಜ್ಞರು ತಿಳಿಸಿದ್ದಾರೆ."),
    "ml": ("പരസ്യം നൽകുന്ന കമ്പനികൾക്ക് പുതിയ ചട്ടങ്ങൾ പ്രഖ്യാപിച്ചു.",
           "കൂടുതൽ വായിക്കുന്ന കുട്ടികൾക്ക് സമ്മാനം നൽകുമെന്ന് മന്ത്രി പറഞ്ഞു.",
           "ഷെയർ വിപണിയിൽ ഇന്ന് വലിയ ഇടിവ് രേഖപ്പെടുത്തിയതായി വിദഗ്ധർ പറഞ്ഞു."),
}


@pytest.mark.parametrize("language", sorted(SENTENCES_OPENING_AS_FURNITURE))
def test_a_sentence_opening_with_a_phrase_s_word_stays(language: str) -> None:
    dump = DUMPS[language]
    kept = [dump.body[0], *SENTENCES_OPENING_AS_FURNITURE[language], dump.body[1]]
    assert clean_text_dump("\n".join([dump.title, *kept])).paragraphs == kept
    assert post_clean(kept, None) == kept


@pytest.mark.parametrize(
    "line",
    [
        "\u0a38\u0a3cੇਅਰ ਕਰੋ", "\u0a36ੇਅਰ ਕਰੋ", "ਸਬੰਧਤ ਖਬਰਾਂ", "ਸਬੰਧਤ \u0a16\u0a3cਬਰਾਂ",
        "ਤਾ\u0a1c\u0a3cਾ ਖ਼ਬਰਾਂ",
    ],
)
def test_gurmukhi_nukta_letters_are_matched_every_way_they_are_written(line: str) -> None:
    """ਸ਼, ਖ਼, ਜ਼ as one character, as a letter and its nukta (NFC's form), or ਖ, ਜ without it."""
    dump = DUMPS["pa"]
    lines = [dump.body[0], line, dump.body[1]]
    assert post_clean(lines, None) == list(dump.body)


@pytest.mark.parametrize(
    "line",
    [
        "ബന്ധപ്പെട്ട വാര\u0d4d\u200dത്തകള\u0d4d\u200d",  # chillu letters as consonant, virama, joiner
        "ഷെയര\u0d4d\u200d ചെയ്യുക",
        "ప్రధాన కంటెంట్కు వెళ్లండి",  # no zero-width non-joiner after the virama
        "ಸೆಟ್ಟಿಂಗ್ಗಳು",
    ],
)
def test_malayalam_chillus_and_zero_width_joiners_are_matched_both_ways(line: str) -> None:
    """An older Malayalam text writes a chillu letter as its consonant, a virama and a
    zero-width joiner; a Telugu or Kannada loanword's virama goes with or without a
    zero-width non-joiner: the same phrase either way."""
    from clipper.furniture.compiled import matchers

    m = matchers()
    assert m.is_furniture(line) or m.is_related_heading(line) or m.consent_button.fullmatch(line)
