"""Invented article text for ``bench/page_kinds.py``: the town of Norvale reopens its public
library after flood repairs, written for this probe in fifteen languages (no publisher's text).

``STORY[lang]`` is ``(headline, [six paragraphs])``; ``SITE[lang]`` the invented site's name.
"""

from __future__ import annotations

SITE = {
    "en": "Norvale Herald",
    "es": "Diario de Norvale",
    "fr": "Le Courrier de Norvale",
    "de": "Norvaler Zeitung",
    "it": "Gazzetta di Norvale",
    "nl": "Norvaals Dagblad",
    "pt": "Jornal de Norvale",
    "ca": "Diari de Norvale",
    "el": "Εφημερίδα Νορβάλης",
    "ro": "Gazeta de Norvale",
    "ar": "صحيفة نورفال",
    "he": "חדשות נורבל",
    "hi": "नॉरवेल समाचार",
    "ja": "ノルヴェール日報",
    "zh": "诺瓦尔日报",
}

STORY: dict[str, tuple[str, list[str]]] = {}

STORY["en"] = (
    "Norvale library reopens after flood repairs",
    [
        "Norvale's public library reopened on Monday morning, fourteen months after the river "
        "flood "
        "filled its ground floor with a metre of muddy water and ruined more than nine thousand "
        "books.",
        "The repairs cost the town about two million euros. Most of the money came from the "
        "regional "
        "disaster fund, and the rest was raised by residents at concerts, markets and a long "
        "sponsored walk.",
        "The children's section has moved upstairs, where the water cannot reach it, and the "
        "ground floor "
        "now holds a reading café and a room for homework clubs that stays open until nine in the "
        "evening.",
        "Librarians spent the winter drying and sorting what could be saved. About two thousand "
        "old maps "
        "and parish registers were sent to a specialist workshop and will come back in the "
        "spring.",
        "Residents queued outside the doors before opening time. A retired teacher said she had "
        "missed "
        "the quiet of the reading room more than she had expected during the long months of "
        "closure.",
        "The mayor promised that flood barriers along the riverbank would be finished before next "
        "autumn, so that the library and the houses on the lower streets are protected from the "
        "water.",
    ],
)
STORY["es"] = (
    "La biblioteca de Norvale reabre tras las obras por la inundación",
    [
        "La biblioteca pública de Norvale volvió a abrir el lunes por la mañana, catorce meses "
        "después "
        "de que la crecida del río llenara su planta baja de barro y arruinara más de nueve mil "
        "libros.",
        "Las obras costaron unos dos millones de euros. La mayor parte llegó del fondo regional "
        "de "
        "catástrofes y el resto lo reunieron los vecinos con conciertos, mercadillos y una larga "
        "marcha solidaria.",
        "La sección infantil se ha trasladado al primer piso, donde el agua no puede llegar, y la "
        "planta "
        "baja acoge ahora una cafetería de lectura y una sala de deberes abierta hasta las nueve "
        "de la noche.",
        "Los bibliotecarios pasaron el invierno secando y clasificando lo que se podía salvar. "
        "Unos dos "
        "mil mapas antiguos y registros parroquiales se enviaron a un taller especializado.",
        "Los vecinos hicieron cola ante la puerta antes de la hora de apertura. Una maestra "
        "jubilada dijo "
        "que había echado de menos el silencio de la sala de lectura más de lo que esperaba.",
        "El alcalde prometió que las barreras contra las crecidas a lo largo de la orilla estarán "
        "terminadas antes del próximo otoño para proteger la biblioteca y las casas de las calles "
        "bajas.",
    ],
)
STORY["fr"] = (
    "La bibliothèque de Norvale rouvre après les travaux liés à la crue",
    [
        "La bibliothèque municipale de Norvale a rouvert lundi matin, quatorze mois après que la "
        "crue de "
        "la rivière a rempli son rez-de-chaussée d'un mètre d'eau boueuse et détruit plus de neuf "
        "mille livres.",
        "Les travaux ont coûté environ deux millions d'euros. L'essentiel est venu du fonds "
        "régional des "
        "catastrophes, le reste a été réuni par les habitants lors de concerts, de marchés et "
        "d'une longue marche.",
        "L'espace jeunesse a déménagé à l'étage, hors de portée de l'eau, et le rez-de-chaussée "
        "accueille "
        "désormais un café de lecture et une salle d'aide aux devoirs ouverte jusqu'à vingt et "
        "une heures.",
        "Les bibliothécaires ont passé l'hiver à sécher et trier ce qui pouvait être sauvé. "
        "Quelque deux "
        "mille cartes anciennes et registres paroissiaux ont été confiés à un atelier spécialisé.",
        "Les habitants faisaient la queue devant les portes avant l'heure d'ouverture. Une "
        "institutrice à "
        "la retraite a confié que le calme de la salle de lecture lui avait manqué plus qu'elle "
        "ne le pensait.",
        "Le maire a promis que les digues le long de la berge seraient achevées avant l'automne "
        "prochain, "
        "afin de protéger la bibliothèque et les maisons des rues basses.",
    ],
)
STORY["de"] = (
    "Norvaler Stadtbibliothek nach Hochwasserschäden wieder geöffnet",
    [
        "Die Stadtbibliothek von Norvale hat am Montagmorgen wieder geöffnet, vierzehn Monate "
        "nachdem das "
        "Hochwasser ihr Erdgeschoss einen Meter hoch mit Schlamm gefüllt und mehr als neuntausend "
        "Bücher zerstört hatte.",
        "Die Sanierung kostete rund zwei Millionen Euro. Den größten Teil zahlte der regionale "
        "Katastrophenfonds, den Rest sammelten die Bürger bei Konzerten, Märkten und einem langen "
        "Spendenlauf.",
        "Die Kinderabteilung ist in den ersten Stock gezogen, wo das Wasser sie nicht erreicht, "
        "und im "
        "Erdgeschoss gibt es nun ein Lesecafé und einen Raum für Hausaufgabengruppen, der bis "
        "einundzwanzig Uhr offen ist.",
        "Die Bibliothekarinnen verbrachten den Winter damit, zu trocknen und zu sortieren, was zu "
        "retten "
        "war. Rund zweitausend alte Karten und Kirchenbücher gingen an eine Fachwerkstatt.",
        "Schon vor der Öffnung standen die Menschen vor der Tür Schlange. Eine pensionierte "
        "Lehrerin sagte, "
        "die Ruhe des Lesesaals habe ihr in den Monaten der Schließung mehr gefehlt als gedacht.",
        "Der Bürgermeister versprach, die Hochwasserschutzwände am Ufer würden vor dem nächsten "
        "Herbst "
        "fertig, damit die Bibliothek und die Häuser in den unteren Straßen geschützt sind.",
    ],
)
STORY["it"] = (
    "Norvale, la biblioteca riapre dopo i lavori per l'alluvione",
    [
        "La biblioteca civica di Norvale ha riaperto lunedì mattina, quattordici mesi dopo che la "
        "piena "
        "del fiume aveva riempito il piano terra di un metro di fango e rovinato più di novemila "
        "libri.",
        "I lavori sono costati circa due milioni di euro. La maggior parte è arrivata dal fondo "
        "regionale "
        "per le calamità, il resto lo hanno raccolto i cittadini con concerti, mercatini e una "
        "lunga camminata.",
        "La sezione ragazzi si è spostata al primo piano, dove l'acqua non può arrivare, e al "
        "piano terra "
        "ora ci sono un caffè letterario e una sala per i compiti aperta fino alle nove di sera.",
        "I bibliotecari hanno passato l'inverno ad asciugare e ordinare ciò che si poteva "
        "salvare. Circa "
        "duemila mappe antiche e registri parrocchiali sono stati affidati a un laboratorio "
        "specializzato.",
        "I cittadini erano in fila davanti alle porte prima dell'apertura. Una maestra in "
        "pensione ha "
        "detto che il silenzio della sala di lettura le era mancato più di quanto si aspettasse.",
        "Il sindaco ha promesso che gli argini lungo la riva saranno finiti prima del prossimo "
        "autunno, "
        "per proteggere la biblioteca e le case delle vie più basse.",
    ],
)
STORY["nl"] = (
    "Bibliotheek van Norvale weer open na herstel van overstromingsschade",
    [
        "De openbare bibliotheek van Norvale is maandagochtend weer opengegaan, veertien maanden "
        "nadat de "
        "overstroming de benedenverdieping met een meter modderwater vulde en ruim negenduizend "
        "boeken vernielde.",
        "Het herstel kostte ongeveer twee miljoen euro. Het grootste deel kwam uit het regionale "
        "rampenfonds, "
        "de rest haalden inwoners op met concerten, markten en een lange sponsorloop.",
        "De jeugdafdeling is naar de eerste verdieping verhuisd, waar het water niet kan komen, "
        "en beneden "
        "zijn nu een leescafé en een huiswerkruimte die tot negen uur 's avonds open blijft.",
        "De bibliothecarissen waren de hele winter bezig met drogen en sorteren van wat te redden "
        "viel. "
        "Zo'n tweeduizend oude kaarten en kerkregisters gingen naar een gespecialiseerde "
        "werkplaats.",
        "Inwoners stonden al voor openingstijd in de rij. Een gepensioneerde lerares zei dat ze "
        "de rust "
        "van de leeszaal tijdens de sluiting meer had gemist dan ze had verwacht.",
        "De burgemeester beloofde dat de waterkering langs de oever voor volgend najaar klaar is, "
        "zodat de "
        "bibliotheek en de huizen in de lage straten beschermd zijn.",
    ],
)
STORY["pt"] = (
    "Biblioteca de Norvale reabre depois das obras da cheia",
    [
        "A biblioteca municipal de Norvale reabriu na segunda-feira de manhã, catorze meses "
        "depois de a "
        "cheia do rio ter enchido o rés-do-chão com um metro de lama e estragado mais de nove mil "
        "livros.",
        "As obras custaram cerca de dois milhões de euros. A maior parte veio do fundo regional "
        "de "
        "catástrofes e o resto foi angariado pelos moradores em concertos, feiras e uma longa "
        "caminhada solidária.",
        "A secção infantil passou para o primeiro andar, onde a água não chega, e o rés-do-chão "
        "tem agora "
        "um café de leitura e uma sala de estudo aberta até às nove da noite.",
        "Os bibliotecários passaram o inverno a secar e a separar o que se podia salvar. Cerca de "
        "dois mil "
        "mapas antigos e registos paroquiais foram enviados para uma oficina especializada.",
        "Os moradores fizeram fila à porta antes da hora de abertura. Uma professora reformada "
        "disse que "
        "sentiu mais falta do silêncio da sala de leitura do que esperava.",
        "O presidente da câmara prometeu que as barreiras contra cheias ao longo da margem "
        "estarão prontas "
        "antes do próximo outono, para proteger a biblioteca e as casas das ruas mais baixas.",
    ],
)
STORY["ca"] = (
    "La biblioteca de Norvale reobre després de les obres per la riuada",
    [
        "La biblioteca pública de Norvale va tornar a obrir dilluns al matí, catorze mesos "
        "després que la "
        "riuada omplís la planta baixa d'un metre de fang i fes malbé més de nou mil llibres.",
        "Les obres van costar uns dos milions d'euros. La major part va venir del fons regional "
        "de "
        "catàstrofes i la resta la van recollir els veïns amb concerts, mercats i una llarga "
        "caminada solidària.",
        "La secció infantil s'ha traslladat al primer pis, on l'aigua no hi pot arribar, i la "
        "planta "
        "baixa acull ara un cafè de lectura i una sala de deures oberta fins a les nou del "
        "vespre.",
        "Els bibliotecaris van passar l'hivern assecant i classificant el que es podia salvar. "
        "Uns dos "
        "mil mapes antics i registres parroquials es van enviar a un taller especialitzat.",
        "Els veïns feien cua davant la porta abans de l'hora d'obertura. Una mestra jubilada va "
        "dir que "
        "havia trobat a faltar el silenci de la sala de lectura més del que esperava.",
        "L'alcalde va prometre que les barreres contra les riuades al llarg de la riba estaran "
        "acabades "
        "abans de la tardor vinent, per protegir la biblioteca i les cases dels carrers baixos.",
    ],
)
STORY["el"] = (
    "Ξανανοίγει η βιβλιοθήκη της Νορβάλης μετά τις επισκευές από την πλημμύρα",
    [
        "Η δημοτική βιβλιοθήκη της Νορβάλης άνοιξε ξανά τη Δευτέρα το πρωί, δεκατέσσερις μήνες "
        "αφότου η "
        "πλημμύρα του ποταμού γέμισε το ισόγειο με λάσπη και κατέστρεψε περισσότερα από εννέα "
        "χιλιάδες βιβλία.",
        "Οι επισκευές κόστισαν περίπου δύο εκατομμύρια ευρώ. Τα περισσότερα χρήματα ήρθαν από το "
        "περιφερειακό ταμείο καταστροφών και τα υπόλοιπα τα συγκέντρωσαν οι κάτοικοι με συναυλίες "
        "και αγορές.",
        "Το παιδικό τμήμα μεταφέρθηκε στον πρώτο όροφο, όπου δεν φτάνει το νερό, και στο ισόγειο "
        "λειτουργούν τώρα ένα καφέ ανάγνωσης και μια αίθουσα μελέτης ανοιχτή ως τις εννέα το "
        "βράδυ.",
        "Οι βιβλιοθηκονόμοι πέρασαν τον χειμώνα στεγνώνοντας και ταξινομώντας ό,τι σώθηκε. "
        "Περίπου δύο "
        "χιλιάδες παλιοί χάρτες και ενοριακά βιβλία στάλθηκαν σε ειδικό εργαστήριο.",
        "Οι κάτοικοι περίμεναν στην ουρά πριν από την ώρα του ανοίγματος. Μια συνταξιούχος "
        "δασκάλα είπε "
        "ότι της έλειψε η ησυχία του αναγνωστηρίου περισσότερο απ' όσο περίμενε.",
        "Ο δήμαρχος υποσχέθηκε ότι τα αντιπλημμυρικά τείχη κατά μήκος της όχθης θα ολοκληρωθούν "
        "πριν από "
        "το επόμενο φθινόπωρο, για να προστατευτούν η βιβλιοθήκη και τα σπίτια των χαμηλών "
        "δρόμων.",
    ],
)
STORY["ro"] = (
    "Biblioteca din Norvale se redeschide după reparațiile de după inundație",
    [
        "Biblioteca publică din Norvale s-a redeschis luni dimineață, la paisprezece luni după ce "
        "viitura râului a umplut parterul cu un metru de noroi și a distrus peste nouă mii de "
        "cărți.",
        "Reparațiile au costat aproximativ două milioane de euro. Cea mai mare parte a venit din "
        "fondul "
        "regional pentru dezastre, iar restul l-au strâns locuitorii la concerte, târguri și un "
        "lung marș caritabil.",
        "Secția pentru copii s-a mutat la etaj, unde apa nu poate ajunge, iar la parter "
        "funcționează acum "
        "o cafenea de lectură și o sală pentru teme deschisă până la ora nouă seara.",
        "Bibliotecarii au petrecut iarna uscând și sortând ce se mai putea salva. Aproximativ "
        "două mii de "
        "hărți vechi și registre parohiale au fost trimise la un atelier specializat.",
        "Locuitorii stăteau la coadă la ușă înainte de ora deschiderii. O învățătoare pensionară "
        "a spus că "
        "i-a lipsit liniștea sălii de lectură mai mult decât se aștepta.",
        "Primarul a promis că digurile de pe mal vor fi gata înainte de toamna viitoare, pentru a "
        "proteja "
        "biblioteca și casele de pe străzile joase.",
    ],
)
STORY["ar"] = (
    "إعادة افتتاح مكتبة نورفال بعد إصلاح أضرار الفيضان",
    [
        "أعيد صباح الاثنين افتتاح المكتبة العامة في مدينة نورفال، بعد أربعة عشر شهرا من الفيضان "
        "الذي "
        "ملأ طابقها الأرضي بمتر من المياه الموحلة وأتلف أكثر من تسعة آلاف كتاب.",
        "بلغت تكلفة الإصلاحات نحو مليوني يورو، جاء معظمها من صندوق الكوارث الإقليمي، وجمع السكان "
        "الباقي "
        "من خلال حفلات موسيقية وأسواق خيرية ومسيرة طويلة لجمع التبرعات.",
        "انتقل قسم الأطفال إلى الطابق الأول حيث لا تصل المياه، وأصبح الطابق الأرضي يضم مقهى "
        "للقراءة "
        "وقاعة لمساعدة التلاميذ في واجباتهم تبقى مفتوحة حتى التاسعة مساء.",
        "أمضى أمناء المكتبة فصل الشتاء في تجفيف ما يمكن إنقاذه وفرزه، وأرسلت نحو ألفي خريطة قديمة "
        "وسجل كنسي إلى ورشة متخصصة في الترميم.",
        "اصطف السكان أمام الأبواب قبل موعد الافتتاح، وقالت معلمة متقاعدة إنها افتقدت هدوء قاعة "
        "المطالعة "
        "خلال أشهر الإغلاق أكثر مما كانت تتوقع.",
        "ووعد رئيس البلدية بأن تكتمل حواجز الفيضان على طول ضفة النهر قبل الخريف المقبل، لحماية "
        "المكتبة "
        "والمنازل في الشوارع المنخفضة.",
    ],
)
STORY["he"] = (
    "הספרייה של נורבל נפתחה מחדש אחרי תיקוני נזקי השיטפון",
    [
        "הספרייה העירונית של נורבל נפתחה מחדש ביום שני בבוקר, ארבעה עשר חודשים אחרי שהשיטפון מילא "
        "את "
        "הקומה התחתונה במטר של מים בוציים והרס יותר מתשעת אלפים ספרים.",
        "התיקונים עלו כשני מיליון אירו. רוב הכסף הגיע מקרן האסונות האזורית, ואת השאר גייסו "
        "התושבים "
        "בהופעות, בשווקים ובצעדה ארוכה למען הספרייה.",
        "אגף הילדים עבר לקומה הראשונה, שאליה המים לא יכולים להגיע, ובקומת הקרקע יש עכשיו בית קפה "
        "לקריאה וחדר שיעורי בית שפתוח עד תשע בערב.",
        "הספרנים בילו את החורף בייבוש ובמיון של מה שאפשר היה להציל. כאלפיים מפות עתיקות ופנקסי "
        "קהילה נשלחו לסדנה מיוחדת לשיקום.",
        "תושבים עמדו בתור מול הדלתות עוד לפני שעת הפתיחה. מורה בגמלאות אמרה שהשקט של אולם הקריאה "
        "חסר לה בחודשי הסגירה יותר ממה שציפתה.",
        "ראש העירייה הבטיח שקירות המגן לאורך גדת הנהר יושלמו לפני הסתיו הבא, כדי להגן על הספרייה "
        "ועל הבתים ברחובות הנמוכים.",
    ],
)
STORY["hi"] = (
    "बाढ़ की मरम्मत के बाद नॉरवेल का पुस्तकालय फिर खुला",
    [
        "नॉरवेल का सार्वजनिक पुस्तकालय सोमवार सुबह फिर से खुल गया, चौदह महीने पहले नदी की बाढ़ ने "
        "इसकी निचली मंज़िल को एक मीटर कीचड़ भरे पानी से भर दिया था और नौ हज़ार से अधिक किताबें "
        "बर्बाद कर दी थीं।",
        "मरम्मत पर लगभग दो करोड़ रुपये खर्च हुए। ज़्यादातर पैसा क्षेत्रीय आपदा कोष से आया और बाकी "
        "निवासियों ने संगीत कार्यक्रमों, मेलों और एक लंबी पदयात्रा से जुटाया।",
        "बच्चों का विभाग अब पहली मंज़िल पर चला गया है, जहाँ पानी नहीं पहुँच सकता, और नीचे अब एक "
        "पठन कैफ़े और गृहकार्य का कमरा है जो रात नौ बजे तक खुला रहता है।",
        "पुस्तकालय कर्मचारियों ने पूरी सर्दी बची हुई चीज़ों को सुखाने और छाँटने में लगाई। लगभग दो "
        "हज़ार पुराने नक्शे और अभिलेख एक विशेष कार्यशाला में भेजे गए।",
        "खुलने के समय से पहले ही लोग दरवाज़े के बाहर कतार में खड़े थे। एक सेवानिवृत्त शिक्षिका ने "
        "कहा "
        "कि बंद रहने के महीनों में उन्हें पठन कक्ष की शांति की सबसे अधिक याद आई।",
        "महापौर ने वादा किया कि नदी के किनारे बाढ़ रोकने की दीवारें अगली शरद ऋतु से पहले पूरी हो "
        "जाएँगी, ताकि पुस्तकालय और निचली गलियों के घर सुरक्षित रहें।",
    ],
)
STORY["ja"] = (
    "ノルヴェール市立図書館、水害の修復終え再開",
    [
        "ノルヴェール市立図書館が月曜日の朝、再開した。十四か月前の川の氾濫で一階が一メートルの泥水に"
        "つかり、九千冊以上の本が使えなくなっていた。",
        "修復費は約二百万ユーロに上った。大半は地域の災害基金から出され、残りは住民がコンサートや市場、"
        "長い距離を歩く募金行事で集めた。",
        "児童書コーナーは水の届かない二階に移り、一階には読書カフェと、夜九時まで開いている宿題部屋が"
        "新しく設けられた。",
        "司書たちは冬の間、救える資料を乾かして仕分ける作業を続けた。古い地図や教区の記録など約二千点は"
        "専門の工房に送られ、春に戻ってくる。",
        "開館前から入り口には住民の列ができた。退職した元教師の女性は「閉館中は閲覧室の静けさが思った"
        "以上に恋しかった」と話した。",
        "市長は、川岸の防水壁を来年の秋までに完成させ、図書館と低い通りの住宅を水から守ると約束した。",
    ],
)
STORY["zh"] = (
    "诺瓦尔图书馆水灾修复后重新开放",
    [
        "诺瓦尔公共图书馆周一上午重新开放。十四个月前，河水泛滥使图书馆一楼积满一米深的泥水，"
        "九千多册图书被毁。",
        "修复工程耗资约两百万欧元，大部分来自地区救灾基金，其余由居民通过音乐会、集市和长距离"
        "募捐徒步筹集。",
        "少儿阅览区已搬到洪水淹不到的二楼，一楼则新设了阅读咖啡馆和一间开放到晚上九点的作业辅导室。",
        "整个冬天，馆员们都在晾干和整理能够抢救的资料。约两千件旧地图和教区档案被送往专业修复工坊，"
        "预计明年春天送回。",
        "开馆前，门口已经排起长队。一位退休教师说，闭馆期间她比自己想象的更怀念阅览室的安静。",
        "市长承诺，沿河堤岸的防洪墙将在明年秋天之前完工，以保护图书馆和低洼街道的住宅。",
    ],
)
