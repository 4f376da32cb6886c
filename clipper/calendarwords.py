"""The names of the months and weekdays, in the words :func:`clipper.words.words` makes of them:
what a template fills besides its figures (``clipper.templatefills``: "Sept. 2" in one
quarter's dividend release, "Dec. 3" in the next; "Friday night's scores", "Saturday's").

From CLDR (babel 2.19): each language's month names, wide and abbreviated (an abbreviation of
three letters or more: "Sept.", "déc.", "Okt."), in the format and stand-alone forms (the
genitive "декабря", "grudnia" and the nominative), and its weekday names, wide only (the short
ones are words of other languages: "Di", "Do", "So", "mar").  Languages written with month
numbers ("12月", "12월", "tháng 12") need none: the number is a figure.

Many of these words are words of some language too: CLDR's abbreviations ("dic", "set", "out",
"tem", "sub", "mar"), a name that is a common word of its own language or another ("may",
Romanian "mai" 'more', Italian "mai" 'never', Dutch "leden" 'members' = Czech January), the
particles and pieces of names written as several words (Catalan "de gener", "d'abril";
Albanian "e hënë"; Portuguese "segunda-feira"; Hebrew "יום שני" 'day second'; Hausa
"Jummaʼa" and Ukrainian "пʼятниця" split at the apostrophe).  So a word fills a slot
(:data:`CALENDAR_FILLS`) as:

* :data:`ALONE`, a name that is no other frequent word ("décembre", "Friday", "diciembre"):
  the one word of a wide name that names it (not a word several names of its language share,
  as "de", "feira", "יום"; the longest of the name's words, not "a" of "Jummaʼa"), of three
  letters or more, that no wordfreq list of another language (Serbo-Croatian's for Croatian,
  Bosnian and Serbian, Bokmål's for Nynorsk being their own) writes as often as the median
  name is written in its own language (zipf 4.89), and that its own language's list does not
  write far more often than that language's other names of its kind (beyond Tukey's far-out
  fence: ``clipper.config.CALENDAR_NAME_FENCE``);
* :data:`BESIDE_A_FIGURE`, any other name or abbreviation: a fill only where the word next to
  it, a particle between them skipped, opens with a digit ("3 dic", "dic. 2026", "mai 2026",
  "3 de dic."), which "de", "out", "set" or "may" in a sentence seldom are;
* no fill, a particle or a name's lesser piece (:data:`CALENDAR_PARTICLES`).

On a page whose language is known, a word of the table that is one of that language's common
words (its wordfreq list's zipf at least ``clipper.config.CALENDAR_COMMON_ZIPF``: its articles
and prepositions) and neither one of its names' words nor a word its dates are written with in
CLDR's patterns (:func:`common_words`: French "des", "de", "a", "d"; Spanish "a" but not "de",
of "d 'de' MMMM 'de' y") fills no slot and stands between no name and its figure: French "des
27 pays" is no Norwegian December, Spanish "mar a 5 km" no March (calendar33's note).

A table, made by ``python -m clipper.calendarwords --write`` from babel's CLDR and the pinned
wordfreq's lists (looked up at run time, CLDR's names cost 0.7 s a process and change with
babel's version, wordfreq's lists 10 s).
"""

from __future__ import annotations

from clipper.madetables import END, begin, write_or_print

__all__ = [
    "ALONE", "BESIDE_A_FIGURE", "CALENDAR_FILLS", "CALENDAR_PARTICLES", "CALENDAR_WORDS",
    "calendar_words", "common_words",
]

# --- made by python -m clipper.calendarwords --write: do not edit by hand ---
_NAMES = {
    "en": (
        "apr april aug august dec december feb february friday jan january jul july jun june mar "
        "march may monday nov november oct october saturday sep september sunday thursday tuesday "
        "wednesday"
    ),
    "de": (
        "apr april aug august dez dezember dienstag donnerstag feb februar freitag jan januar jul "
        "juli jun juni mai mar marz mittwoch montag nov november okt oktober samstag sep sept "
        "september sonntag"
    ),
    "fr": (
        "aout avr avril dec decembre dimanche fevr fevrier janv janvier jeudi juil juillet juin "
        "lundi mai mardi mars mercredi nov novembre oct octobre samedi sept septembre vendredi"
    ),
    "es": (
        "abr abril ago agosto dic diciembre domingo ene enero feb febrero jueves jul julio jun "
        "junio lunes mar martes marzo may mayo miercoles nov noviembre oct octubre sabado sept "
        "septiembre viernes"
    ),
    "it": (
        "ago agosto apr aprile dic dicembre domenica feb febbraio gen gennaio giovedi giu giugno "
        "lug luglio lunedi mag maggio mar martedi marzo mercoledi nov novembre ott ottobre sabato "
        "set settembre venerdi"
    ),
    "pt": (
        "abr abril ago agosto dez dezembro domingo feira fev fevereiro jan janeiro jul julho jun "
        "junho mai maio mar marco nov novembro out outubro quarta quinta sabado segunda set "
        "setembro sexta terca"
    ),
    "nl": (
        "apr april aug augustus dec december dinsdag donderdag feb februari jan januari jul juli "
        "jun juni maandag maart mei mrt nov november okt oktober sep september vrijdag woensdag "
        "zaterdag zondag"
    ),
    "sv": (
        "apr april aug augusti dec december feb februari fredag jan januari juli juni lordag maj "
        "mandag mars nov november okt oktober onsdag sep september sondag tisdag torsdag"
    ),
    "da": (
        "apr april aug august dec december feb februar fredag jan januar jul juli jun juni lordag "
        "maj mandag mar marts nov november okt oktober onsdag sep september sondag tirsdag "
        "torsdag"
    ),
    "nb": (
        "apr april aug august des desember feb februar fredag jan januar jul juli jun juni lordag "
        "mai mandag mar mars nov november okt oktober onsdag sep september sondag tirsdag torsdag"
    ),
    "nn": (
        "apr april aug august des desember feb februar fredag jan januar jul juli jun juni "
        "laurdag mai mandag mar mars nov november okt oktober onsdag sep september sondag torsdag "
        "tysdag"
    ),
    "fi": (
        "elo elokuu elokuuta heina heinakuu heinakuuta helmi helmikuu helmikuuta huhti huhtikuu "
        "huhtikuuta joulu joulukuu joulukuuta kesa kesakuu kesakuuta keskiviikko keskiviikkona "
        "lauantai lauantaina loka lokakuu lokakuuta maalis maaliskuu maaliskuuta maanantai "
        "maanantaina marras marraskuu marraskuuta perjantai perjantaina sunnuntai sunnuntaina "
        "syys syyskuu syyskuuta tammi tammikuu tammikuuta tiistai tiistaina torstai torstaina "
        "touko toukokuu toukokuuta"
    ),
    "et": (
        "apr aprill aug august dets detsember esmaspaev jaan jaanuar juuli juuni kolmapaev "
        "laupaev mai marts neljapaev nov november okt oktoober puhapaev reede sept september "
        "teisipaev veebr veebruar"
    ),
    "lv": (
        "apr aprilis aug augusts ceturtdiena dec decembris febr februaris janv janvaris jul "
        "julijs jun junijs maijs marts nov novembris okt oktobris otrdiena piektdiena pirmdiena "
        "sept septembris sestdiena svetdiena tresdiena"
    ),
    "lt": (
        "antradienis bal balandis balandzio birz birzelio birzelis geg geguze geguzes gruod "
        "gruodis gruodzio ketvirtadienis kov kovas kovo lapkr lapkricio lapkritis liep liepa "
        "liepos penktadienis pirmadienis rugp rugpjucio rugpjutis rugs rugsejis rugsejo saus "
        "sausio sausis sekmadienis sestadienis spal spalio spalis treciadienis vas vasario "
        "vasaris"
    ),
    "is": (
        "agu agust apr april des desember feb februar fimmtudagur fostudagur jan januar jul juli "
        "jun juni laugardagur mai manudagur mar mars midvikudagur nov november okt oktober sep "
        "september sunnudagur thridjudagur"
    ),
    "pl": (
        "cze czerwca czerwiec czwartek gru grudnia grudzien kwi kwiecien kwietnia lip lipca "
        "lipiec lis listopad listopada lut lutego luty maj maja mar marca marzec niedziela paz "
        "pazdziernik pazdziernika piatek poniedzialek sie sierpien sierpnia sobota sroda sty "
        "styczen stycznia wrz wrzesien wrzesnia wtorek"
    ),
    "cs": (
        "bre brezen brezna cerven cervence cervenec cervna ctvrtek cvc cvn dub duben dubna kve "
        "kveten kvetna led leden ledna lis listopad listopadu nedele patek pondeli pro prosince "
        "prosinec rij rijen rijna sobota srp srpen srpna streda uno unor unora utery zar zari"
    ),
    "sk": (
        "apr april aprila aug august augusta dec december decembra feb februar februara jan "
        "januar januara jul jula jun juna maj maja mar marca marec nedela nov november novembra "
        "okt oktober oktobra piatok pondelok sep september septembra sobota streda stvrtok utorok"
    ),
    "sl": (
        "apr april avg avgust cetrtek dec december feb februar jan januar jul julij jun junij maj "
        "mar marec nedelja nov november okt oktober petek ponedeljek sep september sobota sreda "
        "torek"
    ),
    "hr": (
        "cetvrtak kol kolovoz kolovoza lip lipanj lipnja lis listopad listopada nedjelja ozu "
        "ozujak ozujka petak ponedjeljak pro prosinac prosinca ruj rujan rujna sij sijecanj "
        "sijecnja srijeda srp srpanj srpnja stu studeni studenoga subota svi svibanj svibnja tra "
        "travanj travnja utorak velj veljaca veljace"
    ),
    "sr": (
        "авг август апр април дец децембар мар март мај недеља нов новембар окт октобар петак "
        "понедељак сеп септембар среда субота уторак феб фебруар четвртак јан јануар јул јун"
    ),
    "bs": (
        "apr april aug august cetvrtak dec decembar feb februar jan januar jul juli jun juni maj "
        "mar mart nedjelja nov novembar okt oktobar petak ponedjeljak sep septembar srijeda "
        "subota utorak"
    ),
    "ro": (
        "apr aprilie aug august dec decembrie duminica feb februarie ian ianuarie iul iulie iun "
        "iunie joi luni mai mar marti martie miercuri noiembrie nov oct octombrie sambata sept "
        "septembrie vineri"
    ),
    "hu": (
        "apr aprilis aug augusztus csutortok dec december febr februar hetfo jan januar jul "
        "julius jun junius kedd maj majus marc marcius nov november okt oktober pentek szept "
        "szeptember szerda szombat vasarnap"
    ),
    "tr": (
        "agu agustos ara aralik carsamba cuma cumartesi eki ekim eyl eylul haz haziran kas kasim "
        "mar mart may mayis nis nisan oca ocak pazar pazartesi persembe sali sub subat tem temmuz"
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
        "divendres febr febrer gen gener jul juliol juny maig marc nov novembre oct octubre set "
        "setembre"
    ),
    "gl": (
        "abr abril ago agosto dec decembro domingo feb febreiro luns maio mar martes marzo "
        "mercores nov novembro out outubro sabado set setembro venres xan xaneiro xoves xul xullo "
        "xuno"
    ),
    "eu": (
        "abe abendua abu abuztua api apirila asteartea asteazkena astelehena aza azaroa eka "
        "ekaina igandea ira iraila larunbata mai maiatza mar martxoa osteguna ostirala ots "
        "otsaila urr urria urt urtarrila uzt uztaila"
    ),
    "el": (
        "απρ απριλιοσ απριλιου αυγ αυγουστοσ αυγουστου δεκ δεκεμβριοσ δεκεμβριου δευτερα ιαν "
        "ιανουαριοσ ιανουαριου ιουλ ιουλιοσ ιουλιου ιουν ιουνιοσ ιουνιου κυριακη μαι μαιοσ μαιου "
        "μαρ μαρτιοσ μαρτιου νοε νοεμβριοσ νοεμβριου οκτ οκτωβριοσ οκτωβριου παρασκευη πεμπτη "
        "σαββατο σεπ σεπτεμβριοσ σεπτεμβριου τεταρτη τριτη φεβ φεβρουαριοσ φεβρουαριου"
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
        "авг август апр април вторник дек декември май март неделя ное ноември окт октомври петък "
        "понеделник сеп септември сряда събота фев февруари четвъртък юли юни яну януари"
    ),
    "mk": (
        "авг август апр април вторник дек декември мар март мај недела ное ноември окт октомври "
        "петок понеделник сабота сеп септември среда фев февруари четврток јан јануари јул јули "
        "јун јуни"
    ),
    "be": (
        "аўторак вер верасень верасня жні жнівень жніўня кас кастрычнік кастрычніка кра красавік "
        "красавіка лют лютага люты ліп ліпень ліпеня ліс лістапад лістапада май мая нядзеля "
        "панядзелак пятніца сак сакавік сакавіка серада сне снежань снежня сту студзень студзеня "
        "субота чацвер чэр чэрвень чэрвеня"
    ),
    "sq": (
        "dhj dhjetor diel e enjte gush gusht hene jan janar korr korrik maj mar mars marte "
        "merkure nen nentor premte pri prill qer qershor shk shkurt sht shtator shtune tet tetor"
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
        "اتوار اكتوبر اپريل اگست بدھ جمعرات جمعه جنوري جولائي جون دسمبر ستمبر فروري مئي مارچ منگل "
        "نومبر هفته پير"
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
        "অক্টো অক্টোবর আগস্ট এপ্রি এপ্রিল জানু জানুয়ারি জুন জুল জুলাই ডিসে ডিসেম্বর নভে নভেম্বর "
        "ফেব ফেব্রুয়ারি বুধবার বৃহস্পতিবার মঙ্গলবার মার্চ মে রবিবার শনিবার শুক্রবার সেপ সেপ্ট "
        "সেপ্টেম্বর সোমবার"
    ),
    "gu": (
        "એપ્રિલ ઑક્ટો ઑક્ટોબર ઑગસ્ટ ગુરુવાર જાન્યુ જાન્યુઆરી જુલાઈ જૂન ડિસે ડિસેમ્બર નવે નવેમ્બર "
        "ફેબ્રુ ફેબ્રુઆરી બુધવાર મંગળવાર માર્ચ મે રવિવાર શનિવાર શુક્રવાર સપ્ટે સપ્ટેમ્બર સોમવાર"
    ),
    "pa": (
        "ਅਕਤੂ ਅਕਤੂਬਰ ਅਗਸਤ ਅਪ੍ਰੈ ਅਪ੍ਰੈਲ ਐਤਵਾਰ ਜਨਵਰੀ ਜੁਲਾ ਜੁਲਾਈ ਜੂਨ ਦਸੰ ਦਸੰਬਰ ਨਵੰ ਨਵੰਬਰ ਫ਼ਰ ਫ਼ਰਵਰੀ "
        "ਬੁੱਧਵਾਰ ਮਈ ਮਾਰਚ ਮੰਗਲਵਾਰ ਵੀਰਵਾਰ ਸਤੰ ਸਤੰਬਰ ਸ਼ਨੀਵਾਰ ਸ਼ੁੱਕਰਵਾਰ ਸੋਮਵਾਰ"
    ),
    "ta": (
        "அக் அக்டோபர் ஆகஸ்ட் ஏப் ஏப்ரல் சனி செப் செப்டம்பர் செவ்வாய் ஜனவரி ஜூன் ஜூலை ஞாயிறு டிச "
        "டிசம்பர் திங்கள் நவம்பர் பிப் பிப்ரவரி புதன் மார் மார்ச் மே வியாழன் வெள்ளி"
    ),
    "te": (
        "అక్టో అక్టోబర్ ఆగస్టు ఆదివారం ఏప్రి ఏప్రిల్ గురువారం జనవరి జులై జూన్ డిసెం డిసెంబర్ నవం "
        "నవంబర్ ఫిబ్ర ఫిబ్రవరి బుధవారం మంగళవారం మార్చి మే శనివారం శుక్రవారం సెప్టెం సెప్టెంబర్ "
        "సోమవారం"
    ),
    "kn": (
        "ಅಕ್ಟೋ ಅಕ್ಟೋಬರ್ ಆಗಸ್ಟ್ ಏಪ್ರಿ ಏಪ್ರಿಲ್ ಗುರುವಾರ ಜನವರಿ ಜುಲೈ ಜೂನ್ ಡಿಸೆಂ ಡಿಸೆಂಬರ್ ನವೆಂ ನವೆಂಬರ್ "
        "ಫೆಬ್ರ ಫೆಬ್ರವರಿ ಬುಧವಾರ ಭಾನುವಾರ ಮಂಗಳವಾರ ಮಾರ್ಚ್ ಮೇ ಶನಿವಾರ ಶುಕ್ರವಾರ ಸೆಪ್ಟೆಂ ಸೆಪ್ಟೆಂಬರ್ "
        "ಸೋಮವಾರ"
    ),
    "ml": (
        "ഏപ്രി ഏപ്രിൽ ഒക്ടോ ഒക്ടോബർ ഓഗസ്റ്റ് ചൊവ്വാഴ്ച ജനു ജനുവരി ജൂലൈ ജൂൺ ഞായറാഴ്ച ഡിസം ഡിസംബർ "
        "തിങ്കളാഴ്ച നവം നവംബർ ഫെബ്രു ഫെബ്രുവരി ബുധനാഴ്ച മാർ മാർച്ച് മേയ് വെള്ളിയാഴ്ച വ്യാഴാഴ്ച "
        "ശനിയാഴ്ച സെപ്റ്റം സെപ്റ്റംബർ"
    ),
    "am": (
        "ሐሙስ ማርች ማክሰኞ ሜይ ረቡዕ ሰኞ ሴፕቴ ሴፕቴምበር ቅዳሜ ኖቬም ኖቬምበር ኤፕሪ ኤፕሪል እሑድ ኦክቶ ኦክቶበር ኦገስ ኦገስት ዓርብ ዲሴም "
        "ዲሴምበር ጁላይ ጁን ጃንዋሪ ፌብሩዋሪ"
    ),
}
# the words of _NAMES that fill a slot only beside a figure (the module): the others
# stand at most the far-out fence, 0.545 zipf, above their list's median, and
# no other language writes them as often as the median name, zipf 4.890
_BESIDE_A_FIGURE = (
    "abe abr abu afi ago agu api apr aprila aprili ara aug augusta avg avr aza bal birz bre cuma "
    "cvc cvn cze dec decembra des dets dez dhj dic diel dis dub eka eki elo ene eyl fab feb febr "
    "februara februari fev fevr geg gen giu gru gruod gush haz heina helmi huhti ian ira iul iun "
    "jaan jan januara janv joulu juil jula juna kas kesa kol korr kov kovas kve kwi lapkr led "
    "leden liep lip lis loka lug luni lut maalis mac mag mai maja mar marca marco maris marras "
    "may mei minggu mrt nedela nen nis nov novembra nuw oca oct ogo okt oktobra ots ott out ozu "
    "paz petak pri pro qer rij rugp rugs ruj sali sat saus segunda senin sep sept septembra set "
    "shk sht sie sij spal srp stu sty sub svi syys szept tammi tem tet touko tra uno unor urr urt "
    "uzt vas veebr velj wrz xan xul yul yun zar zari απρ αυγ δεκ ιαν ιουλ ιουν μαι μαρ νοε οκτ "
    "σεπ φεβ авг апр бер вер груд дек дец жні жовт июл июн кас квіт кра лип лист лют ліп ліс мар "
    "недела нов ное нояб окт сак сент сеп серп сне среда сту січ трав феб фев февр черв чэр янв "
    "яну јан אוג אוק אפר דצמ ינו נוב ספט פבר שני جون مه هفته अक्टू एप्रि ऑक्टो जाने जुल डिसें दिस "
    "नोव्हें फेब्रु मई मे सप्टें सित অক্টো এপ্রি জানু জুল ডিসে নভে ফেব মে সেপ সেপ্ট ਅਕਤੂ ਅਪ੍ਰੈ "
    "ਜੁਲਾ ਦਸੰ ਨਵੰ ਫ਼ਰ ਮਈ ਸਤੰ ઑક્ટો જાન્યુ ડિસે નવે ફેબ્રુ મે સપ્ટે அக் ஏப் செப் டிச பிப் மார் மே "
    "అక్టో ఏప్రి డిసెం నవం ఫిబ్ర మే సెప్టెం ಅಕ್ಟೋ ಏಪ್ರಿ ಡಿಸೆಂ ನವೆಂ ಫೆಬ್ರ ಮೇ ಸೆಪ್ಟೆಂ ഏപ്രി ഒക്ടോ "
    "ജനു ഡിസം നവം ഫെബ്രു മാർ സെപ്റ്റം ሜይ ሰኞ ሴፕቴ ኖቬም ኤፕሪ ኦክቶ ኦገስ ዲሴም ጁን"
)
# the words of _NAMES that name no month or weekday of their own
_PARTICLES = (
    "a d de e feira п יום"
)
# each language's common words (wordfreq's zipf at least CALENDAR_COMMON_ZIPF) that
# the table spells and that name nothing in the language nor write its dates
_COMMON = {
    "en": (
        "a out"
    ),
    "de": (
        "des sie"
    ),
    "fr": (
        "a d de des"
    ),
    "es": (
        "a"
    ),
    "it": (
        "a d e mai tra uno"
    ),
    "pt": (
        "a e tem"
    ),
    "nl": (
        "de"
    ),
    "sv": (
        "de"
    ),
    "da": (
        "de"
    ),
    "nb": (
        "a de"
    ),
    "nn": (
        "a de"
    ),
    "lv": (
        "kas"
    ),
    "lt": (
        "a kas"
    ),
    "is": (
        "a"
    ),
    "pl": (
        "a"
    ),
    "cs": (
        "a pri"
    ),
    "sk": (
        "a pri vas"
    ),
    "sl": (
        "a pri tem"
    ),
    "hr": (
        "a"
    ),
    "sr": (
        "a"
    ),
    "bs": (
        "a"
    ),
    "ro": (
        "a de e"
    ),
    "hu": (
        "a de e mar"
    ),
    "tr": (
        "d de"
    ),
    "ca": (
        "a ara"
    ),
    "hi": (
        "मे"
    ),
}
# --- end of the table ---

#: every month or weekday name of :data:`_NAMES`' languages, as a word of ``words``
CALENDAR_WORDS: frozenset[str] = frozenset(w for names in _NAMES.values() for w in names.split())

#: how a word of :data:`CALENDAR_FILLS` fills a slot: wherever it stands
ALONE = 1
#: ... or only next to a word opening with a digit (a particle between them skipped)
BESIDE_A_FIGURE = 2

#: the words of :data:`CALENDAR_WORDS` that name no month or weekday of their own: particles
#: and names' lesser pieces (the module), skipped between a name and its figure
CALENDAR_PARTICLES: frozenset[str] = frozenset(_PARTICLES.split())

#: the words of :data:`CALENDAR_WORDS` that fill a template's slots, each :data:`ALONE` or
#: :data:`BESIDE_A_FIGURE` (one dictionary: ``clipper.templatefills.fill_words`` looks up every
#: word of every page)
CALENDAR_FILLS: dict[str, int] = dict.fromkeys(sorted(CALENDAR_WORDS - CALENDAR_PARTICLES), ALONE)
CALENDAR_FILLS.update(dict.fromkeys(_BESIDE_A_FIGURE.split(), BESIDE_A_FIGURE))

_BY_LANGUAGE: dict[str, frozenset[str]] = {}
_COMMON_BY_LANGUAGE: dict[str | None, frozenset[str]] = {}


def common_words(language: str | None) -> frozenset[str]:
    """The words of :data:`CALENDAR_WORDS` that are common words of ``language`` (its
    primary subtag: "fr"; None: no language) and name no month or weekday of it nor write its
    dates (:data:`_COMMON`: French "a", "d", "de", "des"; Spanish "a"): on its pages they
    fill no template slot and stand between no name and its figure
    (``clipper.templatefills.fill_words``).  Empty for a language the table lacks."""
    found = _COMMON_BY_LANGUAGE.get(language)
    if found is None:
        found = _COMMON_BY_LANGUAGE[language] = frozenset(_COMMON.get(language or "", "").split())
    return found


def calendar_words(language: str) -> frozenset[str]:
    """The month and weekday names of one language (its primary subtag: "fr"), as words of
    ``words``; none for a language the table lacks (one written with month numbers).  One
    language's, not :data:`CALENDAR_WORDS`: the union holds other languages' short names that
    are common words ("de", "a", "des", "d")."""
    found = _BY_LANGUAGE.get(language)
    if found is None:
        found = _BY_LANGUAGE[language] = frozenset(_NAMES.get(language, "").split())
    return found


def only_calendar_names(seq: list[str], language: str) -> bool:
    """Whether the words ``seq`` (as :func:`clipper.words.words` makes them) name a month or a
    weekday and nothing else: each a name of ``language`` (its primary subtag) or English
    (:func:`calendar_words`), a name of any language that is no other frequent word
    (:data:`ALONE`: "sábado" on an English page), or a particle between them ("feira" of
    "segunda-feira"), and one at least a name.  "Sunday", "Sábado", "Sonntag" are; "The Sunday
    Times", "Welt am Sonntag", "Le Journal du Dimanche" (a paper named after a weekday) are
    not."""
    own = calendar_words(language) | calendar_words("en")
    named = False
    for word in seq:
        if word in own or CALENDAR_FILLS.get(word) == ALONE:
            named = True
        elif word not in CALENDAR_PARTICLES:
            return False
    return named


# wordfreq's lists standing for a language of the table that has none of its own
_LIST_FOR = {"hr": "sh", "bs": "sh", "sr": "sh", "nn": "nb"}
# the lowest zipf value read from wordfreq's lists (far below any name's: 3.5-5.7)
_FLOOR = 2.5
_BEGIN = begin("clipper.calendarwords")
_END = END


def _table() -> tuple[
    dict[str, str], list[str], list[str], tuple[float, float], dict[str, list[str]]
]:
    """:data:`_NAMES`, the words that fill only beside a figure, the particles, the fence
    and the frequency (zipf) a name alone stays under, and each language's common words among
    the table's (:data:`_COMMON`), made again from CLDR (babel) and wordfreq's lists (the
    module's rules)."""
    import re
    import statistics

    import wordfreq
    from babel.dates import get_date_format, get_day_names, get_month_names

    from clipper.config import CALENDAR_COMMON_ZIPF, CALENDAR_NAME_FENCE
    from clipper.stories.weights import zipf_of_bin
    from clipper.words import words

    def named(name: str) -> list[str]:
        return [w for w in words(name) if not any(c.isdigit() for c in w)]

    table: dict[str, str] = {}
    # each wide name's words, by (language, months or weekdays, CLDR context)
    wide: dict[tuple[str, str, str], list[list[str]]] = {}
    for lang in _NAMES:
        found: set[str] = set()
        for context in ("format", "stand-alone"):
            months = [named(n) for n in get_month_names("wide", context, locale=lang).values()]
            days = [named(n) for n in get_day_names("wide", context, locale=lang).values()]
            wide[lang, "month", context], wide[lang, "day", context] = months, days
            for name in get_month_names("abbreviated", context, locale=lang).values():
                found.update(w for w in named(name) if len(w) >= 3)
            found.update(w for name in months + days for w in name)
        table[lang] = " ".join(sorted(found))
    everything = {w for found in table.values() for w in found.split()}

    # particles: a word several names of one language share, or a name's word shorter than
    # another of its words (the longest of a name's words names it)
    particles: set[str] = set()
    for names in wide.values():
        shared = {w for w in {w for name in names for w in name}
                  if sum(w in name for name in names) > 1}
        particles |= shared
        for name in names:
            own = [w for w in name if w not in shared]
            particles.update(w for w in own if len(w) < max(map(len, own), default=0))
    # each word's languages, its names' languages with their wordfreq lists' stand-ins
    languages: dict[str, set[str]] = {}
    for lang, spelled in table.items():
        for w in spelled.split():
            languages.setdefault(w, set()).update({lang, _LIST_FOR.get(lang, lang)})
    zipf: dict[str, dict[str, float]] = {}
    for listed in wordfreq.available_languages("best"):
        of_list = zipf[listed] = {}
        for index, spellings in enumerate(wordfreq.get_frequency_list(listed, "best")):
            value = zipf_of_bin(index)
            if value < _FLOOR:
                break  # the lists go from the most frequent down
            for spelling in spellings:
                made = words(spelling)
                if len(made) == 1 and made[0] in everything:
                    of_list[made[0]] = max(value, of_list.get(made[0], 0.0))
    # the names of one list (language, kind, context) against their median there
    above: dict[str, float] = {}
    own_values: list[float] = []
    deviations: list[float] = []
    for (lang, _, _), names in wide.items():
        values = zipf.get(_LIST_FOR.get(lang, lang), {})
        named_by = {w for name in names for w in name} - particles
        listed_values = {w: values[w] for w in named_by if w in values}
        if not listed_values:
            continue
        median = statistics.median(listed_values.values())
        own_values += listed_values.values()
        for w, value in listed_values.items():
            deviations.append(value - median)
            above[w] = max(value - median, above.get(w, -9.0))
    first, _, third = statistics.quantiles(deviations, n=4)
    fence = third + CALENDAR_NAME_FENCE * (third - first)
    frequent = statistics.median(own_values)
    alone = set()
    for w in {w for names in wide.values() for name in names for w in name} - particles:
        elsewhere = max(
            (values.get(w, 0.0) for listed, values in zipf.items() if listed not in languages[w]),
            default=0.0,
        )
        if len(w) >= 3 and elsewhere < frequent and above.get(w, 0.0) <= fence:
            alone.add(w)
    beside = sorted(everything - alone - particles)
    # each language's common words (its articles and prepositions) that the table spells but
    # that name nothing in it: not its own names' words, nor the words its dates are written
    # with in CLDR's patterns (Spanish "d 'de' MMMM 'de' y": "de")
    common: dict[str, list[str]] = {}
    for lang, spelled in table.items():
        values = zipf.get(_LIST_FOR.get(lang, lang), {})
        dating = set(spelled.split())
        for width in ("full", "long", "medium"):
            pattern = get_date_format(width, locale=lang).pattern
            dating.update(w for quoted in re.findall(r"'([^']+)'", pattern) for w in words(quoted))
        frequent_here = sorted(w for w, value in values.items() if value >= CALENDAR_COMMON_ZIPF
                               and w not in dating and w not in alone)
        if frequent_here:
            common[lang] = frequent_here
    return table, beside, sorted(particles), (fence, frequent), common


def _wrapped(words: list[str], indent: str) -> str:
    """``words`` as a parenthesised string literal of lines of at most 100 characters."""
    lines, line = [], ""
    for word in words:
        if line and len(indent) + len(line) + len(word) + 4 > 100:
            lines.append(line)
            line = ""
        line += word + " "
    lines.append(line)
    body = "\n".join(f'{indent}"{text.rstrip() if i == len(lines) - 1 else text}"'
                     for i, text in enumerate(lines))
    return f"(\n{body}\n{indent[4:]})"


def _source() -> str:
    """The table block of this module, made again (:func:`_table`)."""
    table, beside, particles, (fence, frequent), common = _table()
    out = [_BEGIN, "_NAMES = {\n"]
    for lang, found in table.items():
        out.append(f'    "{lang}": {_wrapped(found.split(), " " * 8)},\n')
    out.append("}\n")
    out.append(
        "# the words of _NAMES that fill a slot only beside a figure (the module): the others\n"
        f"# stand at most the far-out fence, {fence:.3f} zipf, above their list's median, and\n"
        f"# no other language writes them as often as the median name, zipf {frequent:.3f}\n"
    )
    out.append(f"_BESIDE_A_FIGURE = {_wrapped(beside, ' ' * 4)}\n")
    out.append("# the words of _NAMES that name no month or weekday of their own\n")
    out.append(f"_PARTICLES = {_wrapped(particles, ' ' * 4)}\n")
    out.append(
        "# each language's common words (wordfreq's zipf at least CALENDAR_COMMON_ZIPF) that\n"
        "# the table spells and that name nothing in the language nor write its dates\n"
        "_COMMON = {\n"
    )
    for lang, its_words in common.items():
        out.append(f'    "{lang}": {_wrapped(its_words, " " * 8)},\n')
    out.append("}\n")
    out.append(_END)
    return "".join(out)


if __name__ == "__main__":
    write_or_print(__file__, _BEGIN, _source())
