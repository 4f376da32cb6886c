"""Invented follow-up chains of ``bench/story_inflections.py``, in languages whose nouns and
names change form with their case (Polish, Ukrainian, Russian, Czech, a little Slovak and
Lithuanian), German, and Korean and Turkish, which write a particle or case suffix onto a noun
("누리바이오가 / 누리바이오의 / 누리바이오는", "İzmir Limanı'nda / İzmir'deki / limanın"): each story an event's first report and follow-ups on the next days,
written as another reporter would (the event's places and people in other cases: "Nysa /
Nysie / Nysy", "Харків / Харкова / Харкові"), beside single reports of other events of the
same places or people (which must stay other stories).

Two sets, written apart, on other topics and in other habits: ``tune`` (long sentences, people
named in full with their titles) and ``confirm`` (short sentences, surnames alone, quotes and
figures).  Written for this bench (no text of ``../shared``)."""

# ruff: noqa: E501  (one paragraph a line)

from __future__ import annotations

# A story: (language, label, [(day of November 2026, title, paragraphs), ...]).  Articles of
# one label are one story; every other pair of one language is two.
Story = tuple[str, str, list[tuple[int, str, list[str]]]]

# fmt: off
TUNE: list[Story] = [
    ("pl", "nysa-flood", [
        (3, "Wielka woda w Nysie. Mieszkańcy ewakuowani z zalanych osiedli",
         ["Nysa Kłodzka przerwała w nocy wał przeciwpowodziowy w Nysie i zalała dwa osiedla w północnej części miasta. Straż pożarna ewakuowała ponad 1800 mieszkańców do szkół i hal sportowych.",
          "Burmistrz Nysy Kordian Kolbiarz powiedział, że poziom rzeki przekroczył stan alarmowy o ponad metr. Wojewoda opolski ogłosił pogotowie przeciwpowodziowe w całym powiecie nyskim."]),
        (4, "Woda w Nysie opada. Trwa liczenie strat po przerwaniu wału",
         ["Poziom Nysy Kłodzkiej spada od rana, ale zalane osiedla w Nysie wciąż są bez prądu i wody pitnej. Strażacy wypompowują wodę z piwnic, a do miasta przyjechały wojskowe ciężarówki z pomocą.",
          "Burmistrz Kordian Kolbiarz szacuje straty na co najmniej 40 milionów złotych. Mieszkańcy ewakuowanych domów mogą na razie zostać w szkołach, w których gmina zorganizowała noclegi."]),
        (5, "Premier w zalanej Nysie: rząd wypłaci zasiłki powodzianom",
         ["Premier odwiedził w środę zalaną Nysę i zapowiedział wypłatę zasiłków po 8 tysięcy złotych dla rodzin, których domy zniszczyła powódź. Rozmawiał z mieszkańcami osiedli zalanych po przerwaniu wału na Nysie Kłodzkiej.",
          "Burmistrz Nysy Kordianowi Kolbiarzowi premier obiecał też pieniądze na odbudowę wału. Według wojewody opolskiego do domów wróciła już połowa ewakuowanych."]),
    ]),
    ("pl", "gdansk-strike", [
        (3, "Strajk w Stoczni Gdańskiej. Spawacze żądają podwyżek",
         ["Kilkuset pracowników Stoczni Gdańskiej rozpoczęło we wtorek strajk, domagając się podwyżek o 1200 złotych. Związek zawodowy Solidarność poinformował, że praca stanęła na trzech pochylniach.",
          "Przewodniczący komisji zakładowej Karol Guzikiewicz powiedział, że zarząd stoczni odrzucił wszystkie propozycje związkowców. Zarząd twierdzi, że na podwyżki w tej wysokości nie ma pieniędzy."]),
        (4, "Drugi dzień strajku w stoczni. Zarząd zaprasza związkowców na rozmowy",
         ["Zarząd Stoczni Gdańskiej zaprosił w środę związkowców na rozmowy, po tym jak strajk objął także dział kadłubów. Na pochylniach nadal nie pracują spawacze ani monterzy.",
          "Karol Guzikiewicz z Solidarności zapowiedział, że strajkujący nie zejdą z żądania podwyżki o 1200 złotych. Rozmowy mają się odbyć w czwartek w siedzibie stoczni."]),
        (5, "Porozumienie w Stoczni Gdańskiej. Strajk zawieszony",
         ["Po dwunastu godzinach negocjacji zarząd stoczni i związkowcy podpisali w nocy porozumienie: pracownicy dostaną podwyżki po 900 złotych od stycznia. Strajk w Stoczni Gdańskiej został zawieszony.",
          "Guzikiewicz powiedział, że to kompromis, a związek będzie pilnował wypłat. Praca na pochylniach ruszyła w piątek rano."]),
    ]),
    ("pl", "gdansk-tram", [
        (4, "Gdańsk buduje nową linię tramwajową na Południe",
         ["Rada Miasta Gdańska zgodziła się na budowę nowej linii tramwajowej łączącej Chełm z Orunią. Budowa ma kosztować 320 milionów złotych i potrwać do 2029 roku.",
          "Prezydent Gdańska powiedziała, że linia skróci dojazd do centrum o kwadrans. Przetarg na wykonawcę miasto ogłosi w styczniu."]),
    ]),
    ("pl", "nysa-bridge", [
        (5, "Nowy most na Nysie Kłodzkiej otwarty po dwóch latach budowy",
         ["W Głuchołazach otwarto nowy most drogowy na Nysie Kłodzkiej, który zastąpił przeprawę z lat sześćdziesiątych. Inwestycja kosztowała 27 milionów złotych.",
          "Starosta nyski powiedział, że most ma cztery pasy i ścieżkę rowerową. Objazdy przez centrum miasta zostały zniesione."]),
    ]),
    ("uk", "kharkiv-power", [
        (3, "Харків без світла: пошкоджено дві підстанції",
         ["У Харкові після нічної атаки пошкоджено дві підстанції, без електропостачання залишилися понад 200 тисяч абонентів. Частина міста також без водопостачання та опалення.",
          "Міський голова Харкова Ігор Терехов повідомив, що енергетики вже працюють на місці. За словами Укренерго, графіки відключень діятимуть у Харківській області щонайменше до вечора."]),
        (4, "У Харкові відновили живлення для більшості споживачів",
         ["Енергетики відновили електропостачання для більшості споживачів Харкова, однак у двох районах міста світла досі немає. Метро працює за звичайним графіком, тролейбуси замінили автобусами.",
          "Ігор Терехов заявив, що ремонт пошкоджених підстанцій триватиме кілька тижнів. Укренерго закликало мешканців Харківщини ощадливо споживати електроенергію ввечері."]),
        (5, "Харкову передали мобільні генератори від партнерів",
         ["До Харкова прибули 40 потужних мобільних генераторів, які передали міжнародні партнери після атаки на підстанції. Їх встановлять біля лікарень і котелень міста.",
          "Терехову, за його словами, пообіцяли ще одну партію обладнання до кінця місяця. У Харкові тим часом скасували погодинні відключення."]),
    ]),
    ("uk", "odesa-grain", [
        (3, "З портів Одеси вийшли перші судна з зерном після відновлення коридору",
         ["З портів Одеської області вийшли перші шість суден з кукурудзою та пшеницею після відновлення роботи морського коридору. Загалом вони везуть понад 190 тисяч тонн зерна.",
          "Віцепрем’єр з відновлення Олексій Кулеба повідомив, що рух суден супроводжують військові. Наступні судна чекають на завантаження в Чорноморську та Південному."]),
        (5, "Морський коридор: ще 11 суден покинули порти Одещини",
         ["Ще одинадцять суден із зерном вийшли з портів Одещини морським коридором, повідомив Олексій Кулеба. За тиждень експорт через коридор сягнув 540 тисяч тонн.",
          "Кулеба зазначив, що страхові компанії знизили ставки для суден, які заходять до портів Одеси, Чорноморська та Південного."]),
    ]),
    ("uk", "kharkiv-metro", [
        (4, "У Харкові відкриють нову станцію метро у 2027 році",
         ["Міська рада Харкова затвердила фінансування добудови станції метро «Державінська». Відкрити станцію планують у 2027 році.",
          "Ігор Терехов розповів, що на будівництво потрібно ще 900 мільйонів гривень, частину коштів надасть Європейський інвестиційний банк."]),
    ]),
    ("ru", "yakutia-fires", [
        (3, "В Якутии горят леса на площади 120 тысяч гектаров",
         ["В Якутии лесные пожары охватили более 120 тысяч гектаров, дым накрыл Якутск и несколько районов республики. В Якутске закрыты школы и детские сады.",
          "Глава Якутии Айсен Николаев ввёл режим чрезвычайной ситуации. По его словам, к тушению привлечены 1500 человек и авиация МЧС."]),
        (4, "Дым над Якутском: аэропорт отменил рейсы",
         ["Аэропорт Якутска отменил утренние рейсы из-за густого дыма от лесных пожаров. Площадь пожаров в республике выросла до 140 тысяч гектаров.",
          "Айсен Николаев заявил, что в Якутию прибудут дополнительные самолёты Бе-200. Жителям Якутска рекомендуют не выходить на улицу без необходимости."]),
        (5, "Пожарным в Якутии удалось остановить огонь у посёлков",
         ["Пожарные остановили огонь в двух километрах от посёлков Хангаласского района Якутии, сообщило МЧС. Дым над Якутском рассеялся, аэропорт возобновил работу.",
          "Николаеву доложили, что площадь пожаров впервые за неделю не выросла. Режим ЧС в республике пока сохраняется."]),
    ]),
    ("ru", "novosibirsk-bridge", [
        (3, "В Новосибирске закрыли Октябрьский мост из-за трещин",
         ["В Новосибирске закрыли движение по Октябрьскому мосту через Обь после того, как инженеры обнаружили трещины в опорах. Пробки в городе растянулись на десятки километров.",
          "Мэр Новосибирска Максим Кудрявцев сказал, что мост будет закрыт как минимум на две недели. Автобусы пустили в объезд через Бугринский мост."]),
        (4, "Октябрьский мост в Новосибирске откроют только для автобусов",
         ["Мэрия Новосибирска решила открыть Октябрьский мост для автобусов с понедельника, легковые машины по-прежнему поедут в объезд. Экспертиза опор продлится до конца месяца.",
          "Максим Кудрявцев попросил жителей пересесть на метро. Пробки у Бугринского моста в утренний час пик достигают двух часов."]),
    ]),
    ("ru", "yakutsk-airport", [
        (5, "В Якутске построят новый терминал аэропорта",
         ["Правительство Якутии подписало соглашение о строительстве нового пассажирского терминала аэропорта Якутска. Он будет обслуживать до 1,5 миллиона пассажиров в год.",
          "Айсен Николаев сказал, что стройка начнётся весной и займёт три года."]),
    ]),
    ("cs", "ostrava-floods", [
        (3, "Povodně na Ostravsku: Odra se vylila z břehů",
         ["Řeka Odra se v noci vylila z břehů v Ostravě a zaplavila část Přívozu a Muglinova. Hasiči evakuovali přes 700 lidí do škol a tělocvičen.",
          "Primátor Ostravy Jan Dohnal vyhlásil třetí stupeň povodňové aktivity. Podle hydrologů hladina Odry bude stoupat ještě do večera."]),
        (4, "V Ostravě opadá voda, zaplavené domy zůstávají bez proudu",
         ["Hladina Odry v Ostravě od rána klesá, ale zaplavené domy v Přívozu zůstávají bez elektřiny a pitné vody. Armáda pomáhá s odčerpáváním sklepů.",
          "Jan Dohnal odhaduje škody na stovky milionů korun. Evakuovaní lidé se do domovů zatím vrátit nemohou."]),
        (5, "Vláda pošle Ostravě peníze na obnovu po povodni",
         ["Vláda ve středu schválila 300 milionů korun na obnovu Ostravy a dalších obcí zasažených povodní na Odře. Peníze půjdou hlavně na opravy silnic a mostů.",
          "Primátorovi Dohnalovi premiér slíbil, že stát zaplatí i opravy protipovodňových hrází. Do zaplavených čtvrtí se vrátila většina obyvatel."]),
    ]),
    ("cs", "brno-strike", [
        (3, "Řidiči tramvají v Brně vstoupili do stávky",
         ["Řidiči tramvají a autobusů Dopravního podniku města Brna v úterý ráno zahájili stávku. Po městě nejezdí asi dvě třetiny spojů.",
          "Odborový předák Petr Holub řekl, že řidiči požadují zvýšení mezd o deset procent. Vedení dopravního podniku nabízí pět procent."]),
        (4, "Stávka v brněnské MHD skončila dohodou",
         ["Vedení Dopravního podniku města Brna a odboráři se ve středu dohodli na zvýšení mezd o osm procent. Tramvaje a autobusy v Brně jezdí od odpoledne podle běžného jízdního řádu.",
          "Petr Holub označil dohodu za úspěch řidičů. Dopravní podnik odhaduje ztráty ze stávky na několik milionů korun."]),
    ]),
    ("cs", "ostrava-steel", [
        (4, "Huť v Ostravě propustí čtyři sta zaměstnanců",
         ["Ocelárna Liberty Ostrava oznámila, že do konce roku propustí čtyři sta zaměstnanců kvůli nízké poptávce po oceli. Odbory chtějí jednat s vládou.",
          "Primátor Jan Dohnal uvedl, že město nabídne propuštěným pomoc s hledáním práce."]),
    ]),
    ("sk", "apollo-bridge", [
        (3, "Most Apollo v Bratislave zatvorili pre poškodené ložiská",
         ["Most Apollo v Bratislave je od pondelka uzavretý pre autá, statici našli poškodené ložiská. Doprava v meste kolabuje, kolóny na Prístavnom moste sú dlhé niekoľko kilometrov.",
          "Primátor Bratislavy Matúš Vallo povedal, že oprava potrvá najmenej mesiac."]),
        (4, "Mostom Apollo budú jazdiť aspoň autobusy",
         ["Magistrát Bratislavy povolil na most Apollo vjazd autobusom mestskej hromadnej dopravy. Osobné autá naďalej musia použiť Prístavný most.",
          "Matúš Vallo vyzval Bratislavčanov, aby nechali autá doma. Oprava ložísk sa začne v piatok."]),
    ]),
    ("sk", "bratislava-budget", [
        (5, "Bratislava schválila rozpočet na budúci rok",
         ["Mestské zastupiteľstvo Bratislavy schválilo rozpočet na rok 2027 s výdavkami 720 miliónov eur. Najviac peňazí pôjde na dopravu a školy.",
          "Primátor Matúš Vallo povedal, že mesto si nebude požičiavať."]),
    ]),
    ("lt", "vilnius-heating", [
        (3, "Vilniuje be šildymo liko 30 tūkstančių butų",
         ["Vilniuje dėl avarijos šilumos tinkluose be šildymo ir karšto vandens liko apie 30 tūkstančių butų Žirmūnuose ir Antakalnyje. Remonto darbai truks visą parą.",
          "Vilniaus meras Valdas Benkunskas sakė, kad mokyklos šiuose rajonuose bus uždarytos."]),
        (4, "Žirmūnuose ir Antakalnyje vėl tiekiama šiluma",
         ["Šilumos tiekimas Vilniaus Žirmūnų ir Antakalnio rajonuose atnaujintas, pranešė Vilniaus šilumos tinklai. Avarija įvyko dėl sprogusio vamzdžio.",
          "Benkunskas pažadėjo, kad gyventojams bus perskaičiuoti mokesčiai už šildymą."]),
    ]),
    ("lt", "vilnius-tram", [
        (5, "Vilniaus taryba pritarė tramvajaus projektui",
         ["Vilniaus miesto taryba pritarė tramvajaus linijos nuo stoties iki Santariškių projektui. Statybos kainuos apie 600 milijonų eurų.",
          "Meras Valdas Benkunskas teigė, kad pirmieji tramvajai važiuos 2030 metais."]),
    ]),
    ("de", "rail-strike", [
        (3, "Lokführer legen den Bahnverkehr in Sachsen lahm",
         ["Ein Streik der Lokführergewerkschaft GDL hat am Dienstag den Regionalverkehr in Sachsen weitgehend lahmgelegt. In Leipzig und Dresden fielen neun von zehn Zügen aus.",
          "Der GDL-Vorsitzende Mario Reiß sagte, der Streik werde bis Donnerstagmorgen dauern."]),
        (4, "Bahnstreik in Sachsen: Pendler steigen aufs Auto um",
         ["Am zweiten Streiktag der GDL staut sich der Verkehr rund um Leipzig und Dresden, viele Pendler sind aufs Auto umgestiegen. Die Bahn bietet einen Notfahrplan an.",
          "Mario Reiß lehnte ein neues Angebot der Bahn als unzureichend ab."]),
    ]),
    ("de", "leipzig-fair", [
        (5, "Leipziger Buchmesse meldet Besucherrekord",
         ["Die Leipziger Buchmesse hat mit 290.000 Besuchern einen Rekord erzielt. Viele Besucher reisten trotz des Bahnstreiks im Frühjahr an.",
          "Messechef Martin Buhl-Wagner zeigte sich zufrieden."]),
    ]),
    ("ko", "daejeon-plant", [
        (3, "누리바이오, 대전에 백신 공장 짓는다…2천억 원 투자",
         ["누리바이오가 대전 신동지구에 2천억 원을 들여 백신 공장을 짓는다고 3일 밝혔다. 누리바이오는 2028년까지 연간 1억 회분의 백신을 생산할 수 있는 설비를 갖출 계획이다.",
          "대전시는 누리바이오의 공장 건립을 위해 부지 조성과 인허가 절차를 돕기로 했다. 공장이 완공되면 일자리 400개가 새로 생길 것으로 시는 내다봤다."]),
        (4, "누리바이오 대전 공장, 지역 경제 기대감",
         ["누리바이오의 대전 백신 공장 소식에 신동지구 주변 상인들은 기대감을 나타냈다. 대전상공회의소는 누리바이오가 협력업체를 지역에서 찾기를 바란다고 말했다.",
          "업계는 2천억 원 규모의 투자로 누리바이오의 백신 생산 능력이 두 배가 될 것으로 본다. 공장에서 일할 인력 400명의 채용은 내년부터 시작된다."]),
        (5, "[분석] 누리바이오는 왜 대전을 택했나",
         ["누리바이오에게 대전은 연구 인력과 물류를 함께 얻을 수 있는 곳이었다. 신동지구는 연구단지와 가깝고 고속도로에서도 멀지 않다.",
          "백신 시장이 커지는 가운데 누리바이오의 공장 투자는 생산을 늘리려는 선택이라는 평가가 나온다. 대전시의 지원도 결정에 힘을 보탰다."]),
    ]),
    ("ko", "nuri-results", [
        (6, "누리바이오, 3분기 영업손실 120억 원",
         ["누리바이오가 3분기에 영업손실 120억 원을 냈다고 공시했다. 누리바이오는 독감 백신의 수출이 줄고 연구개발비가 늘었다고 설명했다.",
          "매출은 작년 같은 기간보다 9% 줄어든 850억 원이었다. 회사는 4분기에 흑자로 돌아설 것으로 기대한다고 밝혔다."]),
    ]),
    ("tr", "izmir-port", [
        (3, "Ege Lojistik, İzmir Limanı'nda yeni konteyner terminali kuruyor",
         ["Ege Lojistik, İzmir Limanı'nda 1,2 milyon konteyner kapasiteli yeni bir terminal kuracağını açıkladı. Şirketin yatırımı 9 milyar lira olacak ve terminal 2028'de hizmete girecek.",
          "İzmir Büyükşehir Belediyesi, terminalin kentteki kamyon trafiğini azaltacağını belirtti. İnşaatta 700 kişi çalışacak."]),
        (4, "İzmir'deki terminal yatırımına liman işçilerinden destek",
         ["Ege Lojistik'in İzmir'deki terminal yatırımı liman işçilerinin sendikasından destek aldı. Sendika, yeni terminalde çalışacak işçilerin limanın mevcut çalışanlarından seçilmesini istedi.",
          "Şirket, 9 milyar liralık yatırımın ilk aşamasının gelecek yıl tamamlanacağını söyledi. Belediye, terminale giden yolun genişletileceğini duyurdu."]),
        (5, "Ege Lojistik'in terminali İzmir'i nasıl değiştirecek?",
         ["Yeni terminalin kapasitesi, İzmir Limanı'nın bugünkü hacmini neredeyse ikiye katlayacak. Ege Lojistik'e göre terminalde otomatik vinçler kullanılacak.",
          "Kentin ihracatçıları, limandaki bekleme sürelerinin kısalmasını bekliyor. Belediyenin trafik planı da terminalin açılışına göre hazırlanıyor."]),
    ]),
    ("tr", "ege-bonds", [
        (6, "Ege Lojistik 1,5 milyar liralık tahvil ihraç edecek",
         ["Ege Lojistik, 1,5 milyar liralık tahvil ihracı için Sermaye Piyasası Kurulu'na başvurdu. Şirketin tahvilleri iki yıl vadeli olacak.",
          "Ege Lojistik, ihraçtan gelecek parayı mevcut kredilerini kapatmakta kullanacağını bildirdi. Şirketin hisseleri borsada yüzde 2 yükseldi."]),
    ]),
]

CONFIRM: list[Story] = [
    ("pl", "tatra-avalanche", [
        (10, "Lawina w Tatrach. Dwóch turystów zasypanych",
         ["Lawina zeszła w poniedziałek w rejonie Kasprowego Wierchu. Zasypała dwóch turystów. Ratownicy TOPR wydobyli ich spod śniegu po godzinie.",
          "„Jeden z nich jest w ciężkim stanie” – powiedział naczelnik TOPR Andrzej Maciata. Obu przetransportowano śmigłowcem do szpitala w Zakopanem."]),
        (11, "Po lawinie na Kasprowym: TOPR ostrzega przed wyjściem w góry",
         ["TOPR ogłosił czwarty stopień zagrożenia lawinowego w Tatrach. Dzień wcześniej lawina na Kasprowym Wierchu porwała dwóch turystów.",
          "Maciata apeluje, by nie wychodzić powyżej schronisk. Stan rannego turysty w zakopiańskim szpitalu jest stabilny."]),
        (12, "Turysta zasypany przez lawinę w Tatrach wyszedł ze szpitala",
         ["Lżej ranny z dwóch turystów, których w poniedziałek zasypała lawina pod Kasprowym Wierchem, opuścił szpital w Zakopanem. Drugi wciąż jest na oddziale intensywnej terapii.",
          "Naczelnik Maciata podziękował ratownikom. „Liczyła się każda minuta” – mówił."]),
    ]),
    ("pl", "krakow-smog", [
        (10, "Kraków zaostrza strefę czystego transportu",
         ["Radni Krakowa przegłosowali zaostrzenie strefy czystego transportu. Od lipca do centrum nie wjadą diesle starsze niż z 2010 roku.",
          "Prezydent Aleksander Miszalski: „Smog zabija, musimy działać”. Przeciw było 14 radnych."]),
        (12, "Wojewoda zaskarży uchwałę o strefie w Krakowie?",
         ["Wojewoda małopolski analizuje uchwałę krakowskich radnych o strefie czystego transportu. Kierowcy starszych diesli zbierają podpisy pod protestem.",
          "Miszalski odpowiada, że uchwała jest zgodna z prawem. Strefa ma ruszyć w lipcu."]),
    ]),
    ("pl", "zakopane-lift", [
        (11, "Nowy wyciąg w Zakopanem. Ruszy w grudniu",
         ["Na Gubałówce w Zakopanem powstał nowy wyciąg krzesełkowy. Pierwsi narciarze wjadą nim w połowie grudnia.",
          "Inwestycja kosztowała 35 milionów złotych. Burmistrz Zakopanego mówi o „nowym rozdziale” dla miasta."]),
    ]),
    ("pl", "krakow-tram", [
        (12, "Tramwaj do Mistrzejowic coraz bliżej",
         ["Kraków podpisał umowę na budowę linii tramwajowej do Mistrzejowic. Koszt: 410 milionów złotych.",
          "Miszalski zapowiada, że pierwsze tramwaje pojadą w 2028 roku."]),
    ]),
    ("uk", "dnipro-gas", [
        (10, "У Дніпрі вибухнув газ у багатоповерхівці",
         ["У Дніпрі вранці стався вибух газу в дев’ятиповерховому будинку на вулиці Калинова. Зруйновано два під’їзди.",
          "«Під завалами можуть бути люди», — сказав начальник ОВА Сергій Лисак. Рятувальники ДСНС розбирають завали."]),
        (11, "Вибух у Дніпрі: рятувальники завершили розбір завалів",
         ["ДСНС завершила пошукову операцію на Калиновій. Загинули четверо мешканців, ще 11 поранено.",
          "Лисак повідомив, що причиною вибуху могла стати несправна газова колонка. Мешканців сусідніх під’їздів відселили."]),
        (12, "Мешканцям зруйнованого будинку на Калиновій дадуть житло",
         ["Міська рада Дніпра виділила 12 квартир мешканцям будинку, де стався вибух газу. Будинок на Калиновій знесуть.",
          "Лисаку доповіли, що поліція відкрила справу про порушення правил безпеки."]),
    ]),
    ("uk", "zaporizhzhia-npp", [
        (10, "ЗАЕС знову втратила зовнішнє живлення",
         ["Запорізька АЕС утретє за місяць втратила зв’язок з останньою зовнішньою лінією живлення. Станція працює на дизель-генераторах.",
          "У МАГАТЕ назвали ситуацію «вкрай небезпечною». Генгендиректор Рафаель Гроссі закликав до перемир’я навколо станції."]),
        (11, "Живлення ЗАЕС відновлено, заявили в МАГАТЕ",
         ["Лінію живлення Запорізької АЕС відновили після ремонту. Про це повідомив Гроссі.",
          "Дизель-генератори станції вимкнули. Пального для них вистачило б ще на десять днів."]),
    ]),
    ("uk", "dnipro-bridge", [
        (12, "У Дніпрі відремонтують Новий міст",
         ["Дніпро почне ремонт Нового мосту навесні. Роботи коштуватимуть 600 мільйонів гривень.",
          "Рух мостом частково обмежать до кінця року, сказав Лисак."]),
    ]),
    ("ru", "petersburg-flood", [
        (10, "В Петербурге закрыли дамбу из-за угрозы наводнения",
         ["В Петербурге закрыли затворы дамбы. Уровень воды в Неве поднялся на 190 сантиметров.",
          "«Угрозы для города нет», — заявил губернатор Александр Беглов. Движение по дамбе перекрыто."]),
        (11, "Наводнение в Петербурге удалось предотвратить",
         ["Вода в Финском заливе пошла на спад, дамбу открыли. Петербург не подтопило.",
          "Беглов поблагодарил службы. Затворы дамбы были закрыты 14 часов."]),
    ]),
    ("ru", "kazan-fire", [
        (10, "В Казани горит химический завод",
         ["В Казани на заводе «Оргсинтез» вспыхнул пожар. Над городом поднялся чёрный дым.",
          "Мэр Казани Ильсур Метшин призвал жителей закрыть окна. Площадь пожара 2000 квадратных метров."]),
        (11, "Пожар на «Оргсинтезе» в Казани потушен",
         ["Пожарные потушили огонь на заводе в Казани через девять часов. Пострадали трое рабочих.",
          "Метшин сказал, что вредных веществ в воздухе не обнаружено."]),
        (12, "Прокуратура проверит завод в Казани после пожара",
         ["Прокуратура Татарстана начала проверку на казанском «Оргсинтезе». Причиной пожара могла стать утечка газа.",
          "Метшину доложили, что пострадавшие рабочие идут на поправку."]),
    ]),
    ("ru", "petersburg-metro", [
        (12, "В Петербурге открыли две новые станции метро",
         ["В Петербурге открылись станции «Театральная» и «Горный институт». Их строили восемь лет.",
          "Беглов проехал по новому участку в первом поезде."]),
    ]),
    ("cs", "plzen-trams", [
        (10, "Škoda dodá Plzni dvacet nových tramvají",
         ["Plzeň podepsala se Škodou Transportation smlouvu na dvacet nízkopodlažních tramvají. Zakázka má hodnotu 1,6 miliardy korun.",
          "„Staré tramvaje vyřadíme do roku 2030,“ řekl primátor Plzně Roman Zarzycký."]),
        (11, "Konkurent napadl zakázku na plzeňské tramvaje",
         ["Polská Pesa podala námitky proti zakázce na tramvaje pro Plzeň. Tvrdí, že podmínky tendru zvýhodnily Škodu.",
          "Zarzycký námitky odmítá. Úřad pro ochranu hospodářské soutěže se jimi bude zabývat."]),
        (12, "Antimonopolní úřad zahájil řízení o plzeňských tramvajích",
         ["ÚOHS zahájil řízení o zakázce Plzně na dvacet tramvají Škody. Podpis dodávky se tím odkládá.",
          "Primátor Zarzycký věří, že úřad dá městu za pravdu."]),
    ]),
    ("cs", "libensky-bridge", [
        (10, "Libeňský most v Praze se zavírá",
         ["Libeňský most v Praze se od pondělí zavře kvůli rekonstrukci. Tramvaje pojedou odklonem přes Holešovice.",
          "Oprava potrvá dva roky a vyjde na 1,2 miliardy korun."]),
        (12, "Kolony u Libeňského mostu: Praha mění semafory",
         ["Po uzavření Libeňského mostu stojí auta v kolonách na Palmovce. Praha proto upraví semafory.",
          "Dopravní podnik posílí tramvaje přes Holešovice."]),
    ]),
    ("cs", "plzen-brewery", [
        (11, "Plzeňský pivovar otevřel nové návštěvnické centrum",
         ["Pivovar Plzeňský Prazdroj otevřel v Plzni nové návštěvnické centrum. Stálo 400 milionů korun.",
          "Primátor Zarzycký ocenil, že přiláká turisty."]),
    ]),
    ("sk", "kosice-hospital", [
        (10, "V Košiciach stavajú novú nemocnicu",
         ["Vláda schválila stavbu novej nemocnice v Košiciach. Bude stáť 400 miliónov eur.",
          "„Je to najväčšia investícia na východe,“ povedal minister zdravotníctva Kamil Šaško."]),
        (12, "Košická nemocnica: tender vyhlásia v januári",
         ["Ministerstvo vyhlási tender na košickú nemocnicu v januári. Šaško očakáva, že stavba začne v lete.",
          "Pôvodná nemocnica v Košiciach je z roku 1972."]),
    ]),
    ("sk", "kosice-airport", [
        (11, "Letisko Košice otvára linku do Londýna",
         ["Z Letiska Košice začne v marci lietať linka do Londýna. Lety budú trikrát týždenne.",
          "Letisko čaká 50 tisíc cestujúcich ročne."]),
    ]),
    ("lt", "kaunas-factory", [
        (10, "Kaune užsidaro baldų gamykla",
         ["Kauno baldų gamykla „Vilija“ skelbia bankrotą. Darbo neteks 350 žmonių.",
          "Kauno meras Visvaldas Matijošaitis žadėjo padėti atleistiesiems."]),
        (11, "„Vilijos“ darbuotojams – išeitinės išmokos",
         ["Bankrutuojančios „Vilijos“ darbuotojai gaus išeitines išmokas iš garantinio fondo. Gamykloje Kaune dirbo 350 žmonių.",
          "Matijošaitis susitiko su darbuotojais."]),
    ]),
    ("lt", "kaunas-arena", [
        (12, "Kaune atnaujinta „Žalgirio“ arena",
         ["„Žalgirio“ arena Kaune atnaujinta už 20 milijonų eurų. Ji talpins 16 tūkstančių žiūrovų.",
          "Meras Matijošaitis atidarė areną."]),
    ]),
    ("de", "hamburg-port", [
        (10, "Sturmflut in Hamburg: Fischmarkt unter Wasser",
         ["Eine Sturmflut hat den Hamburger Fischmarkt überflutet. Der Pegel in St. Pauli stieg auf 3,40 Meter über Normal.",
          "Innensenator Andy Grote: „Die Deiche halten.“"]),
        (11, "Nach der Sturmflut: Aufräumen am Fischmarkt",
         ["Am Hamburger Fischmarkt räumt die Stadtreinigung nach der Sturmflut auf. Schäden an Gebäuden gebe es kaum.",
          "Grote lobte die Feuerwehr."]),
    ]),
    ("de", "hamburg-elbtower", [
        (12, "Hamburg sucht neuen Investor für den Elbtower",
         ["Die Stadt Hamburg sucht einen neuen Investor für den halb fertigen Elbtower. Der Bau steht seit zwei Jahren still.",
          "Bürgermeister Peter Tschentscher bleibt zuversichtlich."]),
    ]),
    ("ko", "busan-ship", [
        (10, "바다중공업, 부산서 LNG선 4척 수주",
         ["바다중공업이 유럽 선사로부터 LNG 운반선 4척을 1조 원에 수주했다.",
          "배는 부산 영도조선소에서 2029년까지 건조된다. 바다중공업은 올해 수주 목표의 80%를 채웠다."]),
        (11, "바다중공업의 LNG선 수주에 영도조선소 활기",
         ["영도조선소는 바다중공업의 수주로 일감을 3년 치 확보했다.",
          "LNG 운반선 4척의 건조에는 협력업체 인력 1천 명이 필요하다. 부산시는 조선소의 인력 확보를 돕겠다고 했다."]),
    ]),
    ("ko", "bada-strike", [
        (12, "바다중공업 노조, 임금 협상 결렬로 부분 파업",
         ["바다중공업 노조가 임금 협상이 결렬되자 4시간 부분 파업에 들어갔다.",
          "노조는 기본급 7% 인상을 요구했고, 회사는 3%를 제시했다."]),
    ]),
    ("tr", "konya-solar", [
        (10, "Anadolu Güneş Konya'da 300 megavatlık santral açtı",
         ["Anadolu Güneş, Konya'daki 300 megavatlık güneş santralini açtı.",
          "Santral 110 bin konutun elektriğini karşılayacak. Yatırım 7 milyar lira."]),
        (11, "Konya'nın güneş santrali üretime başladı",
         ["Anadolu Güneş'in santralinde üretim başladı; ilk elektrik şebekeye verildi.",
          "Şirkete göre santralin 7 milyar liralık yatırımı beş yılda geri dönecek. Konyalı çiftçilere arazi kirası ödeniyor."]),
    ]),
    ("tr", "anadolu-ceo", [
        (12, "Anadolu Güneş'e yeni genel müdür",
         ["Anadolu Güneş'in yönetim kurulu, Selin Aydemir'i genel müdür olarak atadı.",
          "Aydemir daha önce şirketin finans direktörlüğünü yürütüyordu."]),
    ]),
]

# fmt: on

SETS: dict[str, list[Story]] = {"tune": TUNE, "confirm": CONFIRM}
