"""The names of the months and weekdays, in the words :func:`clipper.words.words` makes of them:
what a template fills besides its figures (``clipper.templatefills``: "Sept. 2" in one
quarter's dividend release, "Dec. 3" in the next; "Friday night's scores", "Saturday's").

From CLDR (babel 2.19): each language's month names, wide and abbreviated (an abbreviation of
three letters or more: "Sept.", "déc.", "Okt."), in the format and stand-alone forms (the
genitive "декабря", "grudnia" and the nominative), and its weekday names, wide only (the short
ones are words of other languages: "Di", "Do", "So", "mar").  Languages written with month
numbers ("12月", "12월", "tháng 12") need none: the number is a figure.  A table, made by
``python -m clipper.calendarwords`` (which needs babel, no dependency of clipper: looked up at
run time, CLDR's names cost 0.7 s a process).
"""

from __future__ import annotations

_NAMES = {
    "en": (
        "apr april aug august dec december feb february friday jan january jul july jun june "
        "mar march may monday nov november oct october saturday sep september sunday thursday "
        "tuesday wednesday"
    ),
    "de": (
        "apr april aug august dez dezember dienstag donnerstag feb februar freitag jan januar "
        "jul juli jun juni mai mittwoch montag mär märz nov november okt oktober samstag sep "
        "sept september sonntag"
    ),
    "fr": (
        "août avr avril dimanche déc décembre févr février janv janvier jeudi juil juillet juin "
        "lundi mai mardi mars mercredi nov novembre oct octobre samedi sept septembre vendredi"
    ),
    "es": (
        "abr abril ago agosto dic diciembre domingo ene enero feb febrero jueves jul julio jun "
        "junio lunes mar martes marzo may mayo miércoles nov noviembre oct octubre sept "
        "septiembre sábado viernes"
    ),
    "it": (
        "ago agosto apr aprile dic dicembre domenica feb febbraio gen gennaio giovedì giu "
        "giugno lug luglio lunedì mag maggio mar martedì marzo mercoledì nov novembre ott "
        "ottobre sabato set settembre venerdì"
    ),
    "pt": (
        "abr abril ago agosto dez dezembro domingo feira fev fevereiro jan janeiro jul julho "
        "jun junho mai maio mar março nov novembro out outubro quarta quinta segunda set "
        "setembro sexta sábado terça"
    ),
    "nl": (
        "apr april aug augustus dec december dinsdag donderdag feb februari jan januari jul "
        "juli jun juni maandag maart mei mrt nov november okt oktober sep september vrijdag "
        "woensdag zaterdag zondag"
    ),
    "sv": (
        "apr april aug augusti dec december feb februari fredag jan januari juli juni lördag "
        "maj mars måndag nov november okt oktober onsdag sep september söndag tisdag torsdag"
    ),
    "da": (
        "apr april aug august dec december feb februar fredag jan januar jul juli jun juni "
        "lørdag maj mandag mar marts nov november okt oktober onsdag sep september søndag "
        "tirsdag torsdag"
    ),
    "nb": (
        "apr april aug august des desember feb februar fredag jan januar jul juli jun juni "
        "lørdag mai mandag mar mars nov november okt oktober onsdag sep september søndag "
        "tirsdag torsdag"
    ),
    "nn": (
        "apr april aug august des desember feb februar fredag jan januar jul juli jun juni "
        "laurdag mai mar mars måndag nov november okt oktober onsdag sep september søndag "
        "torsdag tysdag"
    ),
    "fi": (
        "elo elokuu elokuuta heinä heinäkuu heinäkuuta helmi helmikuu helmikuuta huhti huhtikuu "
        "huhtikuuta joulu joulukuu joulukuuta keskiviikko keskiviikkona kesä kesäkuu kesäkuuta "
        "lauantai lauantaina loka lokakuu lokakuuta maalis maaliskuu maaliskuuta maanantai "
        "maanantaina marras marraskuu marraskuuta perjantai perjantaina sunnuntai sunnuntaina "
        "syys syyskuu syyskuuta tammi tammikuu tammikuuta tiistai tiistaina torstai torstaina "
        "touko toukokuu toukokuuta"
    ),
    "et": (
        "apr aprill aug august dets detsember esmaspäev jaan jaanuar juuli juuni kolmapäev "
        "laupäev mai märts neljapäev nov november okt oktoober pühapäev reede sept september "
        "teisipäev veebr veebruar"
    ),
    "lv": (
        "apr aprīlis aug augusts ceturtdiena dec decembris febr februāris janv janvāris jūl "
        "jūlijs jūn jūnijs maijs marts nov novembris okt oktobris otrdiena piektdiena pirmdiena "
        "sept septembris sestdiena svētdiena trešdiena"
    ),
    "lt": (
        "antradienis bal balandis balandžio birž birželio birželis geg gegužė gegužės gruod "
        "gruodis gruodžio ketvirtadienis kov kovas kovo lapkr lapkritis lapkričio liep liepa "
        "liepos penktadienis pirmadienis rugp rugpjūtis rugpjūčio rugs rugsėjis rugsėjo saus "
        "sausio sausis sekmadienis spal spalio spalis trečiadienis vas vasario vasaris "
        "šeštadienis"
    ),
    "is": (
        "apr apríl des desember feb febrúar fimmtudagur föstudagur jan janúar júl júlí jún júní "
        "laugardagur mar mars maí miðvikudagur mánudagur nóv nóvember okt október sep september "
        "sunnudagur ágú ágúst þriðjudagur"
    ),
    "pl": (
        "cze czerwca czerwiec czwartek gru grudnia grudzień kwi kwiecień kwietnia lip lipca "
        "lipiec lis listopad listopada lut lutego luty maj maja mar marca marzec niedziela paź "
        "październik października piątek poniedziałek sie sierpień sierpnia sobota sty styczeń "
        "stycznia wrz wrzesień września wtorek środa"
    ),
    "cs": (
        "bře březen března dub duben dubna kvě květen května led leden ledna lis listopad "
        "listopadu neděle pondělí pro prosince prosinec pátek sobota srp srpen srpna středa zář "
        "září úno únor února úterý červen července červenec června čtvrtek čvc čvn říj říjen "
        "října"
    ),
    "sk": (
        "apr apríl apríla aug august augusta dec december decembra feb február februára jan "
        "január januára júl júla jún júna mar marca marec máj mája nedeľa nov november novembra "
        "okt október októbra piatok pondelok sep september septembra sobota streda utorok "
        "štvrtok"
    ),
    "sl": (
        "apr april avg avgust dec december feb februar jan januar jul julij jun junij maj mar "
        "marec nedelja nov november okt oktober petek ponedeljek sep september sobota sreda "
        "torek četrtek"
    ),
    "hr": (
        "kol kolovoz kolovoza lip lipanj lipnja lis listopad listopada nedjelja ožu ožujak "
        "ožujka petak ponedjeljak pro prosinac prosinca ruj rujan rujna sij siječanj siječnja "
        "srijeda srp srpanj srpnja stu studeni studenoga subota svi svibanj svibnja tra travanj "
        "travnja utorak velj veljača veljače četvrtak"
    ),
    "sr": (
        "авг август апр април дец децембар мар март мај недеља нов новембар окт октобар петак "
        "понедељак сеп септембар среда субота уторак феб фебруар четвртак јан јануар јул јун"
    ),
    "bs": (
        "apr april aug august dec decembar feb februar jan januar jul juli jun juni maj mar "
        "mart nedjelja nov novembar okt oktobar petak ponedjeljak sep septembar srijeda subota "
        "utorak četvrtak"
    ),
    "ro": (
        "apr aprilie aug august dec decembrie duminică feb februarie ian ianuarie iul iulie iun "
        "iunie joi luni mai mar martie marţi miercuri noiembrie nov oct octombrie sept "
        "septembrie sâmbătă vineri"
    ),
    "hu": (
        "aug augusztus csütörtök dec december febr február hétfő jan január júl július jún "
        "június kedd máj május márc március nov november okt október péntek szept szeptember "
        "szerda szombat vasárnap ápr április"
    ),
    "tr": (
        "agu agustos ara aralik carsamba cuma cumartesi eki ekim eyl eylül haz haziran kas "
        "kasim mar mart may mayis nis nisan oca ocak pazar pazartesi persembe sali sub subat "
        "tem temmuz"
    ),
    "id": (
        "agu agustus apr april des desember feb februari jan januari jul juli jumat jun juni "
        "kamis mar maret mei minggu nov november okt oktober rabu sabtu selasa senin sep "
        "september"
    ),
    "ms": (
        "ahad apr april dis disember feb februari isnin jan januari jul julai jumaat jun khamis "
        "mac mei nov november ogo ogos okt oktober rabu sabtu selasa sep september"
    ),
    "ca": (
        "abr abril agost d de des desembre dijous dilluns dimarts dimecres dissabte diumenge "
        "divendres febr febrer gen gener jul juliol juny maig març nov novembre oct octubre set "
        "setembre"
    ),
    "gl": (
        "abr abril ago agosto dec decembro domingo feb febreiro luns maio mar martes marzo "
        "mércores nov novembro out outubro set setembro sábado venres xan xaneiro xoves xul "
        "xullo xuño"
    ),
    "eu": (
        "abe abendua abu abuztua api apirila asteartea asteazkena astelehena aza azaroa eka "
        "ekaina igandea ira iraila larunbata mai maiatza mar martxoa osteguna ostirala ots "
        "otsaila urr urria urt urtarrila uzt uztaila"
    ),
    "el": (
        "απρ απρίλιοσ απριλίου αυγ αυγούστου αύγ αύγουστοσ δεκ δεκέμβριοσ δεκεμβρίου δευτέρα "
        "ιαν ιανουάριοσ ιανουαρίου ιουλ ιουλίου ιουν ιουνίου ιούλ ιούλιοσ ιούν ιούνιοσ κυριακή "
        "μάι μάιοσ μάρ μάρτιοσ μαΐ μαΐου μαρ μαρτίου νοέ νοέμβριοσ νοε νοεμβρίου οκτ "
        "οκτωβρίου οκτώβριοσ πέμπτη παρασκευή σάββατο σεπ σεπτέμβριοσ σεπτεμβρίου τετάρτη τρίτη "
        "φεβ φεβρουάριοσ φεβρουαρίου"
    ),
    "ru": (
        "авг август августа апр апрель апреля воскресенье вторник дек декабрь декабря июл июль "
        "июля июн июнь июня май мар март марта мая нояб ноябрь ноября окт октябрь октября "
        "понедельник пятница сент сентябрь сентября среда суббота февр февраль февраля четверг "
        "янв январь января"
    ),
    "uk": (
        "бер березень березня вер вересень вересня вівторок груд грудень грудня жовт жовтень "
        "жовтня квіт квітень квітня лип липень липня лист листопад листопада лют лютий лютого "
        "неділя п понеділок середа серп серпень серпня субота січ січень січня трав травень "
        "травня черв червень червня четвер ятниця"
    ),
    "bg": (
        "авг август апр април вторник дек декември май март неделя ное ноември окт октомври "
        "петък понеделник сеп септември сряда събота фев февруари четвъртък юли юни яну януари"
    ),
    "mk": (
        "авг август апр април вторник дек декември мар март мај недела ное ноември окт октомври "
        "петок понеделник сабота сеп септември среда фев февруари четврток јан јануари јул јули "
        "јун јуни"
    ),
    "be": (
        "аўторак вер верасень верасня жні жнівень жніўня кас кастрычнік кастрычніка кра "
        "красавік красавіка лют лютага люты ліп ліпень ліпеня ліс лістапад лістапада май мая "
        "нядзеля панядзелак пятніца сак сакавік сакавіка серада сне снежань снежня сту студзень "
        "студзеня субота чацвер чэр чэрвень чэрвеня"
    ),
    "sq": (
        "dhj dhjetor diel e enjte gush gusht hënë jan janar korr korrik maj mar mars martë "
        "mërkurë nën nëntor premte pri prill qer qershor shk shkurt sht shtator shtunë tet "
        "tetor"
    ),
    "sw": (
        "ago agosti alhamisi apr aprili des desemba feb februari ijumaa jan januari jul julai "
        "jumamosi jumanne jumapili jumatano jumatatu jun juni mac machi mei nov novemba okt "
        "oktoba sep septemba"
    ),
    "ha": (
        "a afi afirilu agu agusta alhamis asabar dis disamba fab faburairu jan janairu jumma "
        "lahadi laraba litinin mar maris may mayu nuw nuwamba okt oktoba sat satumba talata yul "
        "yuli yun yuni"
    ),
    "ar": (
        "ابريل اغسطس اكتوبر الاثنين الاحد الاربعاء الثلاثاء الجمعه الخميس السبت ديسمبر سبتمبر "
        "فبراير مارس مايو نوفمبر يناير يوليو يونيو"
    ),
    "fa": (
        "اكتبر اوت اوريل جمعه دسامبر دوشنبه سهشنبه سپتامبر شنبه فوريه مارس مه نوامبر يكشنبه "
        "پنجشنبه چهارشنبه ژانويه ژوئن ژوئيه"
    ),
    "ur": (
        "اتوار اكتوبر اپريل اگست بدھ جمعرات جمعه جنوري جولائي جون دسمبر ستمبر فروري مئي مارچ "
        "منگل نومبر هفته پير"
    ),
    "he": (
        "אוג אוגוסט אוק אוקטובר אפר אפריל דצמ דצמבר חמישי יולי יום יוני ינו ינואר מאי מרץ נוב "
        "נובמבר ספט ספטמבר פבר פברואר ראשון רביעי שבת שישי שלישי שני"
    ),
    "hi": (
        "अक्टू अक्टूबर अगस्त अप्रैल गुरुवार जनवरी जुल जुलाई जून दिस दिसंबर नवंबर फरवरी बुधवार "
        "मंगलवार मई मार्च रविवार शनिवार शुक्रवार सित सितंबर सोमवार"
    ),
    "mr": (
        "एप्रि एप्रिल ऑक्टो ऑक्टोबर ऑगस्ट गुरुवार जाने जानेवारी जुलै जून डिसें डिसेंबर नोव्हें "
        "नोव्हेंबर फेब्रु फेब्रुवारी बुधवार मंगळवार मार्च मे रविवार शनिवार शुक्रवार सप्टें "
        "सप्टेंबर सोमवार"
    ),
    "bn": (
        "অক্টো অক্টোবর আগস্ট এপ্রি এপ্রিল জানু জানুয়ারি জুন জুল জুলাই ডিসে ডিসেম্বর নভে "
        "নভেম্বর ফেব ফেব্রুয়ারি বুধবার বৃহস্পতিবার মঙ্গলবার মার্চ মে রবিবার শনিবার শুক্রবার "
        "সেপ সেপ্ট সেপ্টেম্বর সোমবার"
    ),
    "gu": (
        "એપ્રિલ ઑક્ટો ઑક્ટોબર ઑગસ્ટ ગુરુવાર જાન્યુ જાન્યુઆરી જુલાઈ જૂન ડિસે ડિસેમ્બર નવે "
        "નવેમ્બર ફેબ્રુ ફેબ્રુઆરી બુધવાર મંગળવાર માર્ચ મે રવિવાર શનિવાર શુક્રવાર સપ્ટે "
        "સપ્ટેમ્બર સોમવાર"
    ),
    "pa": (
        "ਅਕਤੂ ਅਕਤੂਬਰ ਅਗਸਤ ਅਪ੍ਰੈ ਅਪ੍ਰੈਲ ਐਤਵਾਰ ਜਨਵਰੀ ਜੁਲਾ ਜੁਲਾਈ ਜੂਨ ਦਸੰ ਦਸੰਬਰ ਨਵੰ ਨਵੰਬਰ ਫ਼ਰ "
        "ਫ਼ਰਵਰੀ ਬੁੱਧਵਾਰ ਮਈ ਮਾਰਚ ਮੰਗਲਵਾਰ ਵੀਰਵਾਰ ਸਤੰ ਸਤੰਬਰ ਸ਼ਨੀਵਾਰ ਸ਼ੁੱਕਰਵਾਰ ਸੋਮਵਾਰ"
    ),
    "ta": (
        "அக் அக்டோபர் ஆகஸ்ட் ஏப் ஏப்ரல் சனி செப் செப்டம்பர் செவ்வாய் ஜனவரி ஜூன் ஜூலை ஞாயிறு டிச "
        "டிசம்பர் திங்கள் நவம்பர் பிப் பிப்ரவரி புதன் மார் மார்ச் மே வியாழன் வெள்ளி"
    ),
    "te": (
        "అక్టో అక్టోబర్ ఆగస్టు ఆదివారం ఏప్రి ఏప్రిల్ గురువారం జనవరి జులై జూన్ డిసెం డిసెంబర్ "
        "నవం నవంబర్ ఫిబ్ర ఫిబ్రవరి బుధవారం మంగళవారం మార్చి మే శనివారం శుక్రవారం సెప్టెం "
        "సెప్టెంబర్ సోమవారం"
    ),
    "kn": (
        "ಅಕ್ಟೋ ಅಕ್ಟೋಬರ್ ಆಗಸ್ಟ್ ಏಪ್ರಿ ಏಪ್ರಿಲ್ ಗುರುವಾರ ಜನವರಿ ಜುಲೈ ಜೂನ್ ಡಿಸೆಂ ಡಿಸೆಂಬರ್ ನವೆಂ "
        "ನವೆಂಬರ್ ಫೆಬ್ರ ಫೆಬ್ರವರಿ ಬುಧವಾರ ಭಾನುವಾರ ಮಂಗಳವಾರ ಮಾರ್ಚ್ ಮೇ ಶನಿವಾರ ಶುಕ್ರವಾರ ಸೆಪ್ಟೆಂ "
        "ಸೆಪ್ಟೆಂಬರ್ ಸೋಮವಾರ"
    ),
    "ml": (
        "ഏപ്രി ഏപ്രിൽ ഒക്ടോ ഒക്ടോബർ ഓഗസ്റ്റ് ചൊവ്വാഴ്ച ജനു ജനുവരി ജൂലൈ ജൂൺ ഞായറാഴ്ച ഡിസം ഡിസംബർ "
        "തിങ്കളാഴ്ച നവം നവംബർ ഫെബ്രു ഫെബ്രുവരി ബുധനാഴ്ച മാർ മാർച്ച് മേയ് വെള്ളിയാഴ്ച വ്യാഴാഴ്ച "
        "ശനിയാഴ്ച സെപ്റ്റം സെപ്റ്റംബർ"
    ),
    "am": (
        "ሐሙስ ማርች ማክሰኞ ሜይ ረቡዕ ሰኞ ሴፕቴ ሴፕቴምበር ቅዳሜ ኖቬም ኖቬምበር ኤፕሪ ኤፕሪል እሑድ ኦክቶ ኦክቶበር ኦገስ ኦገስት ዓርብ "
        "ዲሴም ዲሴምበር ጁላይ ጁን ጃንዋሪ ፌብሩዋሪ"
    ),
}

#: every month or weekday name of :data:`_NAMES`' languages, as a word of ``words``
CALENDAR_WORDS: frozenset[str] = frozenset(w for names in _NAMES.values() for w in names.split())

_BY_LANGUAGE: dict[str, frozenset[str]] = {}


def calendar_words(language: str) -> frozenset[str]:
    """The month and weekday names of one language (its primary subtag: "fr"), as words of
    ``words``; none for a language the table lacks (one written with month numbers).  One
    language's, not :data:`CALENDAR_WORDS`: the union holds other languages' short names that
    are common words ("de", "a", "des", "d")."""
    found = _BY_LANGUAGE.get(language)
    if found is None:
        found = _BY_LANGUAGE[language] = frozenset(_NAMES.get(language, "").split())
    return found


def _table() -> dict[str, str]:
    """:data:`_NAMES` made again from CLDR (babel): each language's names as ``words``."""
    from babel.dates import get_day_names, get_month_names

    from clipper.words import words

    table = {}
    for lang in _NAMES:
        names: set[str] = set()
        for context in ("format", "stand-alone"):
            for name in get_month_names("wide", context, locale=lang).values():
                names.update(words(name))
            for name in get_month_names("abbreviated", context, locale=lang).values():
                names.update(w for w in words(name) if len(w) >= 3)
            for name in get_day_names("wide", context, locale=lang).values():
                names.update(words(name))
        table[lang] = " ".join(sorted(n for n in names if not any(c.isdigit() for c in n)))
    return table


if __name__ == "__main__":
    for language, found in _table().items():
        print(f"{language}: {found}")
