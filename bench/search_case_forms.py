"""Does a word's base form find its case forms (clipper.caseforms)?  Recall of invented
base/case-form pairs, wrong hits, index bytes a page and query p50/p95, for this tree and
another checkout in the same command.

Each pair is a base form (a city, a person, an organisation, a common noun), an inflected form
and an invented sentence in its language holding that form: a page of that sentence is sought
by the base form (``Helsinki`` for "Myrsky kaatoi puita Helsingissä"), as a watchlist on the
city seeks it.  The ``tune`` set (fi, et, lt, lv, ru, uk, pl, cs, hu, tr, he, ar) is the one
the rules were built on; the ``confirm`` set, other words of the same languages, was written
before the rules but looked at while they were made (Liberec's mobile ``e``, Lahti's ``ht``);
the ``holdout`` set was written after the rules were set (session 32 fixed three of its
misses: see :data:`FRESH`, written after session 32's rules, never tuned on).  Wrong hits:
every query runs over all the pages of the sets plus the decoy
pages (look-alike words of the same language and pages of other languages that must not be
found: ``Vaasa`` is no ``vaasi``, "vase"); a hit on a page other than the query's own pairs'
is wrong, unless that page writes the query word itself (accents aside) or one of its forms
:data:`ALSO_FORMS` lists.

Pages and queries go through each tree's own ``search_text`` and query compiler
(``clipper.backends.sqlite.fts5_expression``, given the languages of the pages as an archive
notes them, :mod:`clipper.caselanguages`, where it takes them) into an in-memory FTS5 table of
clipper's tokenizer, in a child process per tree.  Index bytes a page: the fundus pages of
``../shared/data`` in these languages (by clipper's language identification; skipped without
it), and the invented pages; time a page: CPU of ``search_text`` over those pages.

    python bench/search_case_forms.py --against DIR [--rounds 5]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED_DATA, fundus_pages, in_tree

# The languages clipper.caseforms keys (Hebrew and Arabic are clipper.prefixes')
CASED = {
    "fi", "et", "lt", "lv", "ru", "uk", "pl", "cs", "hu", "tr", "sk", "sl", "hr", "sr", "bs", "el",
    "az", "tk", "uz", "kk", "ky", "ka", "hy",
}  # fmt: skip

# (language, base form, case form, sentence holding the case form)
TUNE: list[tuple[str, str, str, str]] = [
    ("fi", "Helsinki", "Helsingissä", "Myrsky kaatoi puita Helsingissä yöllä."),
    ("fi", "Helsinki", "Helsingin", "Helsingin kaupunki avasi uuden sillan."),
    ("fi", "Tampere", "Tampereella", "Tampereella järjestettiin suuri konsertti."),
    ("fi", "Turku", "Turussa", "Turussa satoi lunta koko päivän."),
    ("fi", "Espoo", "Espoossa", "Espoossa rakennetaan uutta metrolinjaa."),
    ("fi", "Marin", "Marinin", "Marinin hallitus erosi keväällä."),
    ("fi", "Nokia", "Nokian", "Nokian osakkeet nousivat pörssissä."),
    ("fi", "hallitus", "hallituksen", "Oppositio arvosteli hallituksen budjettia."),
    ("fi", "sairaala", "sairaalassa", "Potilas hoidettiin sairaalassa viikon."),
    ("fi", "kaupunki", "kaupungissa", "Kaupungissa oli hiljaista koko yön."),
    ("et", "Tallinn", "Tallinnas", "Tallinnas avati uus raamatukogu."),
    ("et", "Tartu", "Tartus", "Tartus toimus suur kontsert."),
    ("et", "Pärnu", "Pärnusse", "Turistid sõitsid Pärnusse puhkama."),
    ("et", "Narva", "Narvas", "Narvas suleti piiripunkt ööseks."),
    ("et", "Riigikogu", "Riigikogus", "Riigikogus arutati eelarvet."),
    ("et", "valitsus", "valitsuse", "Valitsuse otsus tekitas pahameelt."),
    ("et", "Kallas", "Kallase", "Kallase valitsus kinnitas eelarve."),
    ("et", "haigla", "haiglasse", "Patsient viidi kiiresti haiglasse."),
    ("lt", "Vilnius", "Vilniuje", "Vilniuje vyko didelis protestas."),
    ("lt", "Vilnius", "Vilniaus", "Vilniaus meras pasirašė sutartį."),
    ("lt", "Kaunas", "Kaune", "Kaune atidarytas naujas tiltas."),
    ("lt", "Klaipėda", "Klaipėdoje", "Klaipėdoje uoste stovi laivai."),
    ("lt", "Lietuva", "Lietuvos", "Lietuvos prezidentas lankėsi Lenkijoje."),
    ("lt", "Seimas", "Seime", "Seime svarstomas biudžetas."),
    ("lt", "vyriausybė", "vyriausybės", "Vyriausybės posėdis truko ilgai."),
    ("lt", "Nausėda", "Nausėdos", "Nausėdos patarėjas atsistatydino."),
    ("lv", "Rīga", "Rīgā", "Rīgā atklāts jauns tilts."),
    ("lv", "Daugavpils", "Daugavpilī", "Daugavpilī notika koncerts."),
    ("lv", "Liepāja", "Liepājā", "Liepājā ostā ienāca kuģis."),
    ("lv", "Jelgava", "Jelgavas", "Jelgavas dome pieņēma lēmumu."),
    ("lv", "Saeima", "Saeimā", "Saeimā apspriež budžetu."),
    ("lv", "valdība", "valdības", "Valdības sēde ilga trīs stundas."),
    ("lv", "Latvija", "Latvijā", "Latvijā sākas apkures sezona."),
    ("ru", "Рига", "Риге", "В Риге открылся новый мост."),
    ("ru", "Москва", "Москве", "В Москве прошёл большой митинг."),
    ("ru", "Петербург", "Петербурге", "В Петербурге выпал первый снег."),
    ("ru", "Новосибирск", "Новосибирске", "В Новосибирске закрыли аэропорт."),
    ("ru", "Газпром", "Газпрома", "Акции Газпрома упали на бирже."),
    ("ru", "правительство", "правительства", "Решение правительства вызвало споры."),
    ("ru", "больница", "больницу", "Пострадавших доставили в больницу."),
    ("ru", "Путин", "Путина", "Пресс-секретарь Путина сделал заявление."),
    ("uk", "Одеса", "Одесі", "В Одесі вирував шторм."),
    ("uk", "Харків", "Харкова", "Мер Харкова оголосив тривогу."),
    ("uk", "Україна", "України", "Президент України виступив у парламенті."),
    ("uk", "уряд", "уряду", "Рішення уряду оскаржила опозиція."),
    ("uk", "лікарня", "лікарні", "Постраждалого доправили до лікарні."),
    ("uk", "Зеленський", "Зеленського", "Радник Зеленського дав інтерв'ю."),
    ("uk", "Дніпро", "Дніпрі", "У Дніпрі відкрили новий міст."),
    ("pl", "Warszawa", "Warszawie", "W Warszawie odbył się protest."),
    ("pl", "Kraków", "Krakowie", "W Krakowie otwarto nowe muzeum."),
    ("pl", "Gdańsk", "Gdańsku", "W Gdańsku zacumował duży statek."),
    ("pl", "Wrocław", "Wrocławiu", "We Wrocławiu zamknięto most."),
    ("pl", "rząd", "rządu", "Decyzja rządu wywołała protesty."),
    ("pl", "szpital", "szpitalu", "Ranny trafił do szpitalu w nocy."),
    ("pl", "Tusk", "Tuska", "Rząd Tuska przyjął budżet."),
    ("pl", "Orlen", "Orlenu", "Zysk Orlenu wzrósł o połowę."),
    ("cs", "Brno", "Brně", "V Brně otevřeli nový most."),
    ("cs", "Ostrava", "Ostravě", "V Ostravě hořela hala."),
    ("cs", "Plzeň", "Plzni", "V Plzni se vaří pivo."),
    ("cs", "vláda", "vlády", "Rozhodnutí vlády kritizovala opozice."),
    ("cs", "nemocnice", "nemocnici", "Zraněného převezli do nemocnici."),
    ("cs", "Babiš", "Babiše", "Hnutí Babiše vyhrálo volby."),
    ("cs", "Škoda", "Škody", "Zisk Škody klesl."),
    ("hu", "Budapest", "Budapesten", "Budapesten tüntetést tartottak."),
    ("hu", "Debrecen", "Debrecenben", "Debrecenben új gyár nyílt."),
    ("hu", "Szeged", "Szegeden", "Szegeden áradt a Tisza."),
    ("hu", "kormány", "kormányt", "Az ellenzék bírálta a kormányt."),
    ("hu", "kórház", "kórházban", "A sérültet kórházban ápolják."),
    ("hu", "Orbán", "Orbánnak", "Orbánnak levelet írt a bizottság."),
    ("hu", "Magyarország", "Magyarországon", "Magyarországon esett a hó."),
    ("tr", "Ankara", "Ankara'da", "Ankara'da kar yağdı."),
    ("tr", "hükümet", "hükümetin", "Muhalefet hükümetin bütçesini eleştirdi."),
    ("tr", "hastane", "hastaneye", "Yaralılar hastaneye kaldırıldı."),
    ("tr", "belediye", "belediyesi", "İzmir belediyesi yeni park açtı."),
    ("tr", "meclis", "meclisi", "Kent meclisi toplandı."),
    ("tr", "ekonomi", "ekonomisi", "Ülke ekonomisi büyüdü."),
    ("he", "ירושלים", "בירושלים", "הפגנה גדולה נערכה בירושלים."),
    ("he", "ממשלה", "הממשלה", "הממשלה אישרה את התקציב."),
    ("he", "בית", "ביתם", "הם חזרו לביתם בלילה."),
    ("he", "משטרה", "המשטרה", "המשטרה פתחה בחקירה."),
    ("he", "עיר", "בעיר", "בעיר נפתח גן חדש."),
    ("ar", "معلومة", "معلومات", "نشرت الوزارة معلومات جديدة."),
    ("ar", "مدينة", "المدينة", "افتتح جسر جديد في المدينة."),
    ("ar", "حكومة", "والحكومة", "اجتمع البرلمان والحكومة أمس."),
    ("ar", "بيروت", "ببيروت", "وقع انفجار ببيروت ليلا."),
    ("ar", "شركة", "شركات", "أعلنت شركات النفط أرباحها."),
]

CONFIRM: list[tuple[str, str, str, str]] = [
    ("fi", "Oulu", "Oulussa", "Oulussa avattiin uusi kirjasto."),
    ("fi", "Vantaa", "Vantaalla", "Vantaalla sattui liikenneonnettomuus."),
    ("fi", "Lahti", "Lahdessa", "Lahdessa kisattiin hiihdossa."),
    ("fi", "Kuopio", "Kuopion", "Kuopion tuomiokirkko remontoidaan."),
    ("fi", "Orpo", "Orpon", "Orpon hallitus esitteli budjetin."),
    ("fi", "eduskunta", "eduskunnassa", "Eduskunnassa äänestettiin laista."),
    ("fi", "poliisi", "poliisin", "Poliisin mukaan tilanne on rauhallinen."),
    ("fi", "yliopisto", "yliopistossa", "Yliopistossa aloitti uusi rehtori."),
    ("et", "Viljandi", "Viljandis", "Viljandis toimub folgifestival."),
    ("et", "Haapsalu", "Haapsalus", "Haapsalus avati uus promenaad."),
    ("et", "Eesti", "Eestis", "Eestis tõusid elektri hinnad."),
    ("et", "kohus", "kohtus", "Kohtus arutati kaebust."),
    ("et", "politsei", "politseile", "Juhtumist teatati politseile."),
    ("et", "ülikool", "ülikoolis", "Ülikoolis algas uus semester."),
    ("lt", "Šiauliai", "Šiauliuose", "Šiauliuose vyko koncertas."),
    ("lt", "Panevėžys", "Panevėžyje", "Panevėžyje atidaryta mokykla."),
    ("lt", "Landsbergis", "Landsbergio", "Landsbergio pareiškimas sukėlė diskusiją."),
    ("lt", "policija", "policijos", "Policijos pareigūnai sulaikė vairuotoją."),
    ("lt", "ligoninė", "ligoninėje", "Sužeistasis gydomas ligoninėje."),
    ("lt", "universitetas", "universitete", "Universitete prasidėjo konferencija."),
    ("lv", "Ventspils", "Ventspilī", "Ventspilī notika regate."),
    ("lv", "Valmiera", "Valmierā", "Valmierā atvērta jauna skola."),
    ("lv", "policija", "policijā", "Par zādzību ziņoja policijā."),
    ("lv", "slimnīca", "slimnīcā", "Cietušo nogādāja slimnīcā."),
    ("lv", "universitāte", "universitātē", "Universitātē sākās konference."),
    ("lv", "Kariņš", "Kariņa", "Kariņa valdība atkāpās."),
    ("ru", "Казань", "Казани", "В Казани прошёл фестиваль."),
    ("ru", "Екатеринбург", "Екатеринбурге", "В Екатеринбурге открыли метро."),
    ("ru", "Сбербанк", "Сбербанка", "Клиенты Сбербанка пожаловались на сбой."),
    ("ru", "полиция", "полиции", "По данным полиции, никто не пострадал."),
    ("ru", "университет", "университете", "В университете началась конференция."),
    ("ru", "Шойгу", "Шойгу", "Министр Шойгу посетил завод."),
    ("ru", "суд", "суде", "Дело рассмотрят в суде."),
    ("uk", "Полтава", "Полтаві", "У Полтаві відкрили бібліотеку."),
    ("uk", "Чернігів", "Чернігова", "Мешканці Чернігова прибирали парк."),
    ("uk", "поліція", "поліції", "За даними поліції, ніхто не постраждав."),
    ("uk", "університет", "університеті", "В університеті почалася конференція."),
    ("uk", "Кличко", "Кличка", "Заява Кличка викликала суперечки."),
    ("pl", "Poznań", "Poznaniu", "W Poznaniu otwarto targi."),
    ("pl", "Lublin", "Lublinie", "W Lublinie padał śnieg."),
    ("pl", "Sejm", "Sejmie", "W Sejmie głosowano ustawę."),
    ("pl", "policja", "policji", "Według policji nikt nie ucierpiał."),
    ("pl", "uniwersytet", "uniwersytecie", "Na uniwersytecie zaczęła się konferencja."),
    ("pl", "Duda", "Dudy", "Weto Dudy zablokowało ustawę."),
    ("cs", "Olomouc", "Olomouci", "V Olomouci se konal festival."),
    ("cs", "Liberec", "Liberci", "V Liberci napadl sníh."),
    ("cs", "policie", "policii", "Nehodu šetří policie a událost ohlásili policii."),
    ("cs", "soud", "soudu", "Případ se vrátil k soudu."),
    ("cs", "Fiala", "Fialy", "Vláda Fialy schválila rozpočet."),
    ("cs", "univerzita", "univerzitě", "Na univerzitě začala konference."),
    ("hu", "Győr", "Győrben", "Győrben új hidat avattak."),
    ("hu", "Miskolc", "Miskolcon", "Miskolcon leállt a villamos."),
    ("hu", "rendőrség", "rendőrséget", "A szomszédok értesítették a rendőrséget."),
    ("hu", "egyetem", "egyetemen", "Az egyetemen konferencia kezdődött."),
    ("hu", "parlament", "parlamentben", "A parlamentben vita volt."),
    ("tr", "İzmir", "İzmir'de", "İzmir'de deprem oldu."),
    ("tr", "polis", "polisin", "Polisin açıklamasına göre kimse yaralanmadı."),
    ("tr", "üniversite", "üniversitede", "Üniversitede konferans başladı."),
    ("tr", "mahkeme", "mahkemeye", "Dava mahkemeye taşındı."),
    ("tr", "şirket", "şirketin", "Şirketin kârı arttı."),
    ("he", "חיפה", "בחיפה", "בחיפה נפתח נמל חדש."),
    ("he", "משפחה", "משפחתם", "הם ביקרו את משפחתם."),
    ("he", "נמל", "בנמל", "ספינה גדולה עגנה בנמל."),
    ("he", "אוניברסיטה", "באוניברסיטה", "באוניברסיטה החל כנס."),
    ("ar", "دمشق", "بدمشق", "عقد مؤتمر بدمشق أمس."),
    ("ar", "جامعة", "الجامعة", "بدأ مؤتمر في الجامعة."),
    ("ar", "شرطة", "للشرطة", "قدم بلاغا للشرطة."),
    ("ar", "سيارة", "سيارات", "احترقت سيارات في الشارع."),
]

# Written after the rules were set (session 31): other words, never tuned on.
HOLDOUT: list[tuple[str, str, str, str]] = [
    ("fi", "Jyväskylä", "Jyväskylässä", "Jyväskylässä järjestettiin ralli."),
    ("fi", "Rovaniemi", "Rovaniemelle", "Joulupukki palasi Rovaniemelle."),
    ("fi", "Stubb", "Stubbin", "Stubbin vierailu Ruotsiin alkoi."),
    ("fi", "ministeriö", "ministeriössä", "Ministeriössä valmistellaan lakia."),
    ("fi", "satama", "satamassa", "Satamassa odotti kolme laivaa."),
    ("fi", "Kotka", "Kotkassa", "Kotkassa myrsky katkaisi sähköt."),
    ("et", "Rakvere", "Rakveres", "Rakveres avati uus kaubanduskeskus."),
    ("et", "Saaremaa", "Saaremaal", "Saaremaal tormas terve öö."),
    ("et", "Karis", "Karise", "Karise kõne pälvis tähelepanu."),
    ("et", "sadam", "sadamas", "Sadamas seisis kolm laeva."),
    ("et", "ministeerium", "ministeeriumis", "Ministeeriumis valmistatakse seadust."),
    ("lt", "Alytus", "Alytuje", "Alytuje užsidarė gamykla."),
    ("lt", "Marijampolė", "Marijampolėje", "Marijampolėje vyko mugė."),
    ("lt", "Šimonytė", "Šimonytės", "Šimonytės vyriausybė atsistatydino."),
    ("lt", "ministerija", "ministerijoje", "Ministerijoje rengiamas įstatymas."),
    ("lt", "uostas", "uoste", "Uoste stovėjo trys laivai."),
    ("lv", "Jūrmala", "Jūrmalā", "Jūrmalā notika festivāls."),
    ("lv", "Rēzekne", "Rēzeknē", "Rēzeknē atvērta jauna bibliotēka."),
    ("lv", "ministrija", "ministrijā", "Ministrijā gatavo likumprojektu."),
    ("lv", "osta", "ostas", "Ostas valde pieņēma lēmumu."),
    ("lv", "Siliņa", "Siliņas", "Siliņas valdība apstiprināja budžetu."),
    ("ru", "Владивосток", "Владивостоке", "Во Владивостоке прошёл тайфун."),
    ("ru", "Самара", "Самаре", "В Самаре открыли новый стадион."),
    ("ru", "министерство", "министерстве", "В министерстве готовят закон."),
    ("ru", "Лавров", "Лаврова", "Заявление Лаврова вызвало споры."),
    ("ru", "порт", "порту", "В порту стояли три корабля."),
    ("ru", "Роснефть", "Роснефти", "Акции Роснефти выросли."),
    ("uk", "Житомир", "Житомирі", "У Житомирі відкрили ринок."),
    ("uk", "Ужгород", "Ужгороді", "В Ужгороді випав сніг."),
    ("uk", "міністерство", "міністерстві", "У міністерстві готують закон."),
    ("uk", "порт", "порту", "У порту стояли три кораблі."),
    ("uk", "Шмигаль", "Шмигаля", "Заява Шмигаля викликала суперечки."),
    ("pl", "Szczecin", "Szczecinie", "W Szczecinie otwarto nowy port."),
    ("pl", "Katowice", "Katowicach", "W Katowicach odbył się szczyt klimatyczny."),
    ("pl", "ministerstwo", "ministerstwie", "W ministerstwie przygotowano ustawę."),
    ("pl", "port", "porcie", "W porcie stały trzy statki."),
    ("pl", "Nawrocki", "Nawrockiego", "Weto Nawrockiego zablokowało ustawę."),
    ("cs", "Pardubice", "Pardubicích", "V Pardubicích se jela Velká pardubická."),
    ("cs", "České Budějovice", "Českých Budějovicích", "V Českých Budějovicích otevřeli most."),
    ("cs", "ministerstvo", "ministerstvu", "Ministerstvu chybí peníze."),
    ("cs", "přístav", "přístavu", "V přístavu kotvily tři lodě."),
    ("cs", "Pavel", "Pavla", "Projev prezidenta Pavla zaujal."),
    ("hu", "Eger", "Egerben", "Egerben bort kóstoltak."),
    ("hu", "Sopron", "Sopronban", "Sopronban fesztivált rendeztek."),
    ("hu", "minisztérium", "minisztériumban", "A minisztériumban törvényt készítenek."),
    ("hu", "kikötő", "kikötőben", "A kikötőben három hajó állt."),
    ("hu", "Magyar Péter", "Magyar Péternek", "Magyar Péternek levelet küldtek."),
    ("tr", "Bursa", "Bursa'da", "Bursa'da sel oldu."),
    ("tr", "bakanlık", "bakanlığı", "Sağlık bakanlığı açıklama yaptı."),
    ("tr", "liman", "limanda", "Limanda üç gemi bekliyordu."),
    ("tr", "okul", "okulda", "Okulda yangın çıktı."),
    ("tr", "köprü", "köprüden", "Araçlar köprüden geçemedi."),
    ("he", "נמל", "בנמל", "שלוש ספינות עגנו בנמל."),
    ("he", "ספר", "ספרם", "הם פרסמו את ספרם."),
    ("ar", "ميناء", "الميناء", "رست ثلاث سفن في الميناء."),
    ("ar", "وزارة", "بالوزارة", "عقد اجتماع بالوزارة."),
]

# Written in session 32 after its rules were set (genders, Turkish n and voicing, Hebrew
# prefixes before a word written with the article and "their", the Arabic plural of a noun in
# ة), other words of the same kinds, never tuned on (the holdout's misses Pavel>Pavla,
# liman>limanda and bakanlık>bakanlığı were what session 32 fixed: the holdout is no longer
# untouched for those kinds).
FRESH: list[tuple[str, str, str, str]] = [
    ("cs", "Karel", "Karla", "Návrh Karla Vondráčka prošel."),
    ("cs", "Jana", "Janou", "Rozhovor s Janou Vlčkovou vyšel."),
    ("cs", "Jan", "Janovi", "Cenu předali Janovi Kubíčkovi."),
    ("pl", "Paweł", "Pawłem", "Rozmowa z Pawłem Zającem trwała długo."),
    ("pl", "Stanisława", "Stanisławy", "Dom Stanisławy Mazur spłonął."),
    ("ru", "Евгений", "Евгением", "Встреча с Евгением Орловым прошла."),
    ("ru", "Ярослава", "Ярославой", "Интервью с Ярославой Беловой вышло."),
    ("uk", "Олександр", "Олександром", "Зустріч з Олександром Ковалем відбулася."),
    ("uk", "Олена", "Олени", "Книга Олени Савчук вийшла."),
    ("tr", "kitap", "kitabı", "Yazarın son kitabı çok sattı."),
    ("tr", "renk", "rengi", "Duvarın rengi değişti."),
    ("tr", "meydan", "meydanda", "Meydanda binlerce kişi toplandı."),
    ("he", "שוק", "בשוק", "המחירים בשוק עלו השבוע."),
    ("he", "כפר", "כפרם", "הם חזרו לכפרם אחרי המלחמה."),
    ("ar", "طائرة", "طائرات", "هبطت طائرات في المطار."),
    ("ar", "مدرسة", "بالمدرسة", "عقد لقاء بالمدرسة."),
]

# Session 36: an inflected query form (the first word: what a watchlist written in a sentence's
# case holds, "Banku Nadwiślańskiego") and a page holding another form of the word, its base
# form too (newcomer 36, finding 3: "bankiem" missed the pages writing "bank" and "banku",
# "nadwiślańskim" found nothing).  Polish and Czech nouns of each gender and adjectives; the
# endings were fixed on INFLECTED_TUNE, INFLECTED_CONFIRM (other words, written with it) was
# not tuned on.  Session 37 adds the eight other keyed languages (fi, et, lt, lv, ru, uk, hu,
# tr), five pairs a language in each half (a place in a case, a person's name, newsroom nouns:
# court, government, hospital, company), written before any of their rules changed; their
# rules were tuned on INFLECTED_TUNE's pairs only.
INFLECTED_TUNE: list[tuple[str, str, str, str]] = [
    ("pl", "bankiem", "bank", "Bank obniżył oprocentowanie kredytów."),
    ("pl", "bankach", "banku", "W banku ustawiła się kolejka."),
    ("pl", "Nowakiem", "Nowak", "Minister Nowak podał się do dymisji."),
    ("pl", "szpitalem", "szpital", "Szpital wstrzymał przyjęcia."),
    ("pl", "Gdańskiem", "Gdańsk", "Gdańsk przyjął tysiące turystów."),
    ("pl", "ustawy", "ustawą", "Sejm zajmie się ustawą w piątek."),
    ("pl", "spółką", "spółki", "Akcje spółki spadły o połowę."),
    ("pl", "miastem", "miasto", "Miasto ogłosiło przetarg na most."),
    ("pl", "ministerstwem", "ministerstwa", "Rzecznik ministerstwa zabrał głos."),
    ("pl", "Nadwiślańskiego", "Nadwiślański", "Bank Nadwiślański wypłaci dywidendę."),
    ("pl", "nadwiślańskim", "Nadwiślańskiego", "Zarząd Banku Nadwiślańskiego zebrał się rano."),
    ("pl", "Polskiej", "Polska", "Polska wygrała mecz w Oslo."),
    ("pl", "miejskich", "miejskie", "Miejskie autobusy stanęły w korkach."),
    ("cs", "bankou", "banka", "Banka zvýšila úroky."),
    ("cs", "soudem", "soud", "Soud rozhodl o vazbě."),
    ("cs", "Babišem", "Babiš", "Babiš odmítl obvinění."),
    ("cs", "Vltavského", "Vltavská", "Vltavská energetika zvýší ceny."),
    ("cs", "městem", "město", "Město opraví lávku přes řeku."),
    ("cs", "elektřinou", "elektřina", "Elektřina od ledna zdraží."),
    ("cs", "Pražského", "Pražský", "Pražský magistrát schválil rozpočet."),
    ("cs", "nemocnicím", "nemocnice", "Nemocnice přijala zraněné."),
    ("cs", "hradem", "hrad", "Hrad otevřel zahrady."),
    ("cs", "českých", "české", "České dráhy zdraží jízdenky."),
    # session 37: the eight other keyed languages (written before any rule was changed)
    ("fi", "Porissa", "Porin", "Porin jazzfestivaali myi loppuun."),
    ("fi", "Häkkiselle", "Häkkinen", "Ministeri Häkkinen vastasi kysymyksiin."),
    ("fi", "oikeudessa", "oikeus", "Oikeus tuomitsi miehen vankeuteen."),
    ("fi", "yhtiön", "yhtiöllä", "Yhtiöllä on velkaa miljardi euroa."),
    ("fi", "Kajaanista", "Kajaaniin", "Juna saapui Kajaaniin myöhässä."),
    ("et", "Kuressaares", "Kuressaare", "Kuressaare linnus avati külastajatele."),
    ("et", "Michaliga", "Michal", "Peaminister Michal andis intervjuu."),
    ("et", "kohtust", "kohus", "Kohus mõistis mehe süüdi."),
    ("et", "parlamendis", "parlament", "Parlament kiitis eelarve heaks."),
    ("et", "Jõhvis", "Jõhvi", "Jõhvi kontserdimaja ootab külalisi."),
    ("lt", "Utenoje", "Utenos", "Utenos alus brangsta."),
    ("lt", "Palucko", "Paluckas", "Premjeras Paluckas atsistatydino."),
    ("lt", "teismo", "teismas", "Teismas paskelbė nuosprendį."),
    ("lt", "bendrovei", "bendrovė", "Bendrovė atleido darbuotojus."),
    ("lt", "ministrui", "ministras", "Ministras pateikė projektą."),
    ("lv", "Cēsīs", "Cēsu", "Cēsu pils atvērta apmeklētājiem."),
    ("lv", "Rinkēviča", "Rinkēvičs", "Prezidents Rinkēvičs apmeklēja rūpnīcu."),
    ("lv", "tiesā", "tiesa", "Tiesa attaisnoja deputātu."),
    ("lv", "uzņēmumam", "uzņēmums", "Uzņēmums slēdz rūpnīcu."),
    ("lv", "ministram", "ministrs", "Ministrs iesniedza likumprojektu."),
    ("ru", "Новосибирске", "Новосибирска", "Мэр Новосибирска открыл мост."),
    ("ru", "Мишустиным", "Мишустина", "Заявление Мишустина опубликовали утром."),
    ("ru", "правительству", "правительство", "Правительство утвердило бюджет."),
    ("ru", "больнице", "больница", "Больница приняла пострадавших."),
    ("ru", "прокуратуры", "прокуратура", "Прокуратура начала проверку."),
    ("uk", "Одесі", "Одеса", "Одеса прийняла фестиваль."),
    ("uk", "Зеленського", "Зеленський", "Президент Зеленський підписав закон."),
    ("uk", "уряду", "уряд", "Уряд ухвалив постанову."),
    ("uk", "лікарні", "лікарня", "Лікарня прийняла постраждалих."),
    ("uk", "прокуратури", "прокуратура", "Прокуратура відкрила провадження."),
    ("hu", "Pécsre", "Pécs", "Pécs új uszodát épít."),
    ("hu", "Lázárnak", "Lázár", "Lázár János bejelentette a beruházást."),
    ("hu", "bíróságon", "bíróság", "A bíróság felmentette a vádlottat."),
    ("hu", "vállalatnál", "vállalat", "A vállalat bezárta a gyárat."),
    ("hu", "iskolában", "iskola", "Az iskola bezárt a járvány miatt."),
    ("tr", "Antalya'ya", "Antalya'da", "Antalya'da orman yangını çıktı."),
    ("tr", "Erdoğan'ın", "Erdoğan", "Cumhurbaşkanı Erdoğan konuştu."),
    ("tr", "fabrikada", "fabrika", "Fabrika üretimi durdurdu."),
    ("tr", "valiliğe", "valilik", "Valilik yasak kararı aldı."),
    ("tr", "ordunun", "ordu", "Ordu tatbikat yaptı."),
]
INFLECTED_CONFIRM: list[tuple[str, str, str, str]] = [
    ("pl", "rządem", "rząd", "Rząd przyjął projekt budżetu."),
    ("pl", "Orlenem", "Orlen", "Orlen podniósł ceny paliw."),
    ("pl", "Tuskiem", "Tusk", "Tusk spotkał się z rolnikami."),
    ("pl", "Wrocławskiego", "wrocławski", "Wrocławski ratusz odnowiono."),
    ("pl", "Lubelskiej", "Lubelska", "Ulica Lubelska jest zamknięta."),
    ("pl", "dzieckiem", "dziecko", "Dziecko trafiło do szpitala."),
    ("pl", "Nawrockim", "Nawrocki", "Prezydent Nawrocki zawetował ustawę."),
    ("pl", "portem", "port", "Port w Gdyni wstrzymał pracę."),
    ("pl", "gminami", "gminy", "Wójt gminy ogłosił żałobę."),
    ("pl", "kolejowymi", "kolejowe", "Spółki kolejowe podpisały umowę."),
    ("cs", "Fialou", "Fiala", "Premiér Fiala jednal s odbory."),
    ("cs", "zákonem", "zákon", "Zákon vstoupí v platnost v lednu."),
    ("cs", "Brněnského", "Brněnský", "Brněnský deník otiskl rozhovor."),
    ("cs", "ministrem", "ministr", "Ministr odstoupil z funkce."),
    ("cs", "krajských", "krajské", "Krajské volby se blíží."),
    ("cs", "Moravskému", "Moravská", "Moravská galerie otevřela výstavu."),
    ("cs", "vlakem", "vlak", "Vlak vykolejil u Kolína."),
    ("cs", "policistům", "policisté", "Policisté zadrželi řidiče."),
    ("cs", "obcemi", "obce", "Starosta obce svolal zastupitelstvo."),
    ("cs", "státními", "státní", "Státní rozpočet skončil schodkem."),
    # session 37: the eight other keyed languages (never tuned on)
    ("fi", "Lappeenrannassa", "Lappeenranta", "Lappeenranta sai uuden rautatieaseman."),
    ("fi", "Purralle", "Purran", "Purran puhe herätti keskustelua."),
    ("fi", "tehtaalla", "tehdas", "Tehdas lopetti toimintansa."),
    ("fi", "ministeriöstä", "ministeriön", "Ministeriön tiedote julkaistiin aamulla."),
    ("fi", "Seinäjoella", "Seinäjoen", "Seinäjoen kaupunki palkkasi uuden johtajan."),
    ("et", "Võrus", "Võru", "Võru linnapea astus tagasi."),
    ("et", "Tsahknaga", "Tsahkna", "Minister Tsahkna esines kõnega."),
    ("et", "pangale", "pank", "Pank tõstis intresse."),
    ("et", "ministrile", "minister", "Minister esitas eelnõu."),
    ("et", "tehases", "tehas", "Tehas peatas tootmise."),
    ("lt", "Telšiuose", "Telšių", "Telšių gimnazija laimėjo konkursą."),
    ("lt", "Skvernelio", "Skvernelis", "Saulius Skvernelis davė interviu."),
    ("lt", "savivaldybėje", "savivaldybės", "Savivaldybės taryba posėdžiavo ilgai."),
    ("lt", "gamyklos", "gamykla", "Gamykla sustabdė darbą."),
    ("lt", "prokuratūrai", "prokuratūra", "Prokuratūra pradėjo tyrimą."),
    ("lv", "Ogrē", "Ogres", "Ogres novada dome pieņēma lēmumu."),
    ("lv", "Šlesera", "Šlesers", "Šlesers iesniedza prasību."),
    ("lv", "bankai", "banka", "Banka paaugstināja procentu likmes."),
    ("lv", "skolā", "skolas", "Skolas direktors atkāpās."),
    ("lv", "prokuratūrai", "prokuratūra", "Prokuratūra sāka izmeklēšanu."),
    ("ru", "Екатеринбурге", "Екатеринбург", "Екатеринбург принял форум."),
    ("ru", "Собяниным", "Собянин", "Мэр Собянин открыл станцию."),
    ("ru", "заводе", "завода", "Рабочие завода вышли на митинг."),
    ("ru", "Госдумы", "Госдуме", "В Госдуме обсудили закон."),
    ("ru", "компанией", "компания", "Компания объявила о сокращениях."),
    ("uk", "Львові", "Львів", "Львів прийняв біженців."),
    ("uk", "Сибігою", "Сибіга", "Міністр Сибіга провів переговори."),
    ("uk", "Дніпрі", "Дніпра", "Мер Дніпра відкрив міст."),
    ("uk", "заводі", "завод", "Завод зупинив виробництво."),
    ("uk", "компанією", "компанії", "Акції компанії подешевшали."),
    ("hu", "Nyíregyházán", "Nyíregyháza", "Nyíregyháza új stadiont kapott."),
    ("hu", "Karácsonnyal", "Karácsony", "Karácsony Gergely sajtótájékoztatót tartott."),
    ("hu", "minisztertől", "miniszter", "A miniszter lemondott."),
    ("hu", "bankban", "bank", "A bank emelte a kamatot."),
    ("hu", "polgármesterrel", "polgármester", "A polgármester lemondott."),
    ("tr", "İstanbul'da", "İstanbul'un", "İstanbul'un valisi açıklama yaptı."),
    ("tr", "İmamoğlu'nu", "İmamoğlu", "Başkan İmamoğlu gözaltına alındı."),
    ("tr", "havalimanında", "havalimanı", "Havalimanı sis nedeniyle kapandı."),
    ("tr", "borsada", "borsa", "Borsa günü yükselişle kapattı."),
    ("tr", "ülkeye", "ülke", "Ülke seçime gidiyor."),
]

# Session 41 (a Warsaw/Kyiv desk found Slovak case forms unsearched, newcomer 40, finding 11):
# Slovak, Slovenian, Croatian, Serbian (Latin letters) and Bosnian, written before their rules;
# the rules were made on SLAVIC_TUNE alone, SLAVIC_CONFIRM (other words, other sentences) was
# not looked at until they were set.
SLAVIC_TUNE: list[tuple[str, str, str, str]] = [
    ("sk", "Bratislava", "Bratislave", "V Bratislave otvorili nový most."),
    ("sk", "Košice", "Košiciach", "V Košiciach sa konal festival."),
    ("sk", "Žilina", "Žiline", "V Žiline horí sklad."),
    ("sk", "Fico", "Ficom", "Rokovanie s Ficom trvalo dve hodiny."),
    ("sk", "vláda", "vlády", "Rozhodnutie vlády kritizovala opozícia."),
    ("sk", "nemocnica", "nemocnice", "Zraneného previezli do nemocnice."),
    ("sk", "starosta", "starostu", "Obyvatelia kritizovali starostu."),
    ("sk", "Trnava", "Trnavou", "Medzi Trnavou a Nitrou stojí kolóna."),
    ("sk", "polícia", "polícii", "Nehodu nahlásili polícii."),
    ("sk", "Prešov", "Prešove", "V Prešove napadol sneh."),
    ("sk", "parlament", "parlamente", "V parlamente sa hlasovalo o rozpočte."),
    ("sl", "Ljubljana", "Ljubljani", "V Ljubljani so odprli nov most."),
    ("sl", "Maribor", "Mariboru", "V Mariboru je zapadel sneg."),
    ("sl", "vlada", "vlade", "Odločitev vlade je razburila opozicijo."),
    ("sl", "Golob", "Golobom", "Sestanek z Golobom je trajal dve uri."),
    ("sl", "bolnišnica", "bolnišnico", "Ranjenca so odpeljali v bolnišnico."),
    ("sl", "Koper", "Kopru", "V Kopru je pristala velika ladja."),
    ("sl", "policija", "policiji", "Nesrečo so prijavili policiji."),
    ("sl", "župan", "županom", "Pogovor z županom je trajal eno uro."),
    ("hr", "Zagreb", "Zagrebu", "U Zagrebu je otvoren novi most."),
    ("hr", "Split", "Splitu", "U Splitu je pristao veliki brod."),
    ("hr", "Plenković", "Plenkovića", "Vlada Plenkovića usvojila je proračun."),
    ("hr", "vlada", "vlade", "Odluka vlade izazvala je prosvjede."),
    ("hr", "bolnica", "bolnicu", "Ozlijeđenog su prevezli u bolnicu."),
    ("hr", "Rijeka", "Rijeci", "U Rijeci je pao snijeg."),
    ("hr", "Hrvatska", "Hrvatskoj", "U Hrvatskoj raste broj turista."),
    ("hr", "sabor", "saboru", "U saboru se raspravljalo o proračunu."),
    ("sr", "Beograd", "Beogradu", "U Beogradu je održan veliki protest."),
    ("sr", "Vučić", "Vučića", "Saradnik Vučića dao je izjavu."),
    ("sr", "Novi Sad", "Novom Sadu", "U Novom Sadu je pala nadstrešnica."),
    ("sr", "Srbija", "Srbiji", "U Srbiji počinje grejna sezona."),
    ("sr", "skupština", "skupštini", "U skupštini se raspravlja o budžetu."),
    ("bs", "Sarajevo", "Sarajevu", "U Sarajevu je otvoren novi tunel."),
    ("bs", "Mostar", "Mostaru", "U Mostaru je pao snijeg."),
    ("bs", "vijeće", "vijeća", "Odluka vijeća izazvala je proteste."),
]
SLAVIC_CONFIRM: list[tuple[str, str, str, str]] = [
    ("sk", "Nitra", "Nitre", "V Nitre otvorili novú knižnicu."),
    ("sk", "Banská Bystrica", "Banskej Bystrici", "V Banskej Bystrici sa konal koncert."),
    ("sk", "prezident", "prezidentom", "Stretnutie s prezidentom bolo krátke."),
    ("sk", "Pellegrini", "Pellegriniho", "Návrh Pellegriniho prešiel."),
    ("sk", "mesto", "mestách", "V mestách chýba voda."),
    ("sk", "Slovensko", "Slovenska", "Prezident Slovenska navštívil Prahu."),
    ("sk", "súd", "súdom", "Pred súdom stál bývalý starosta."),
    ("sl", "Celje", "Celju", "V Celju je gorelo skladišče."),
    ("sl", "Janša", "Janšo", "Srečanje z Janšo je bilo kratko."),
    ("sl", "sodišče", "sodišču", "Na sodišču je pričal nekdanji župan."),
    ("sl", "Slovenija", "Slovenije", "Predsednica Slovenije je obiskala Zagreb."),
    ("hr", "Osijek", "Osijeku", "U Osijeku je održan koncert."),
    ("hr", "Dubrovnik", "Dubrovniku", "U Dubrovniku je pristao kruzer."),
    ("hr", "ministar", "ministrom", "Sastanak s ministrom trajao je sat vremena."),
    ("hr", "Milanović", "Milanovićem", "Razgovor s Milanovićem bio je kratak."),
    ("sr", "Niš", "Nišu", "U Nišu je otvorena nova bolnica."),
    ("sr", "vlada", "vladom", "Sastanak s vladom je odložen."),
    ("bs", "Tuzla", "Tuzli", "U Tuzli je održan festival."),
    ("bs", "Bosna", "Bosni", "U Bosni raste nezaposlenost."),
]

# Session 47 (an Athens desk's client names in the genitive went unfound, newcomer 47a): Greek,
# the table (clipper.caseforms' "el") written from the grammar's declensions and checked on
# GREEK_TUNE (the newcomer's names and the table comment's words); GREEK_CONFIRM, other words,
# was written after the table and before it was run on them.
GREEK_TUNE: list[tuple[str, str, str, str]] = [
    ("el", "Εθνική", "Εθνικής", "Τα κέρδη της Εθνικής αυξήθηκαν."),
    ("el", "Τράπεζα", "Τράπεζας", "Η διοίκηση της Τράπεζας άλλαξε."),
    ("el", "Ευρωπαϊκή", "Ευρωπαϊκής", "Δάνειο της Ευρωπαϊκής Ένωσης εγκρίθηκε."),
    ("el", "επένδυση", "επενδύσεων", "Το πρόγραμμα επενδύσεων ανακοινώθηκε."),
    ("el", "επένδυση", "επενδύσεις", "Οι επενδύσεις αυξήθηκαν φέτος."),
    ("el", "υπουργός", "υπουργού", "Η δήλωση του υπουργού προκάλεσε αντιδράσεις."),
    ("el", "υπουργός", "υπουργοί", "Οι υπουργοί συναντήθηκαν χθες."),
    ("el", "πρόγραμμα", "προγράμματος", "Η εφαρμογή του προγράμματος καθυστερεί."),
    ("el", "Αθήνα", "Αθηνών", "Το Χρηματιστήριο Αθηνών έκλεισε με άνοδο."),
    ("el", "κυβέρνηση", "κυβέρνησης", "Ο εκπρόσωπος της κυβέρνησης μίλησε."),
]
GREEK_CONFIRM: list[tuple[str, str, str, str]] = [
    ("el", "Θεσσαλονίκη", "Θεσσαλονίκης", "Το λιμάνι της Θεσσαλονίκης επεκτείνεται."),
    ("el", "Πειραιάς", "Πειραιά", "Το πλοίο έφτασε στον Πειραιά."),
    ("el", "δήμαρχος", "δημάρχου", "Η απόφαση του δημάρχου ανακοινώθηκε."),
    ("el", "λιμάνι", "λιμανιού", "Οι εργαζόμενοι του λιμανιού απεργούν."),
    ("el", "εταιρεία", "εταιρείας", "Οι μετοχές της εταιρείας έπεσαν."),
    ("el", "νοσοκομείο", "νοσοκομεία", "Τα νοσοκομεία δέχονται ασθενείς."),
    ("el", "Βουλή", "Βουλής", "Η ολομέλεια της Βουλής συνεδρίασε."),
    ("el", "πρωθυπουργός", "πρωθυπουργό", "Οι δημοσιογράφοι ρώτησαν τον πρωθυπουργό."),
    ("el", "Κρήτη", "Κρήτης", "Οι αγρότες της Κρήτης διαμαρτυρήθηκαν."),
    ("el", "σεισμός", "σεισμού", "Τα θύματα του σεισμού αυξάνονται."),
    ("el", "δάνειο", "δανείων", "Η αναδιάρθρωση των δανείων συνεχίζεται."),
    ("el", "Μητσοτάκης", "Μητσοτάκη", "Συνάντηση με τον Μητσοτάκη έγινε χθες."),
]

# Session 48 (newcomer 48a): Azerbaijani, Turkmen, Uzbek, Kazakh, Kyrgyz, Georgian and
# Armenian, base forms and words typed plainly (``Gence``, ``Ganca`` for ``Gəncə``,
# ``Ozbekiston``, ``Караганды``).  CAUCASUS_TUNE holds the newcomer's words and those the tables
# were checked on while made; CAUCASUS_CONFIRM, other words, was written with them and never
# tuned on (the tables were not changed after it ran).
CAUCASUS_TUNE: list[tuple[str, str, str, str]] = [
    ("az", "şəbəkə", "şəbəkəsinin", "Operator şəbəkəsinin genişləndirilməsinə başlayıb."),
    ("az", "Türkiyə", "Türkiyənin", "Türkiyənin xarici işlər naziri Bakıya gəlib."),
    ("az", "Gəncə", "Gəncədə", "Gəncədə yeni körpü tikilir."),
    ("az", "Gence", "Gəncəyə", "Nazir sabah Gəncəyə gedəcək."),
    ("az", "Ganca", "Gəncə", "Gəncə şəhərində qar yağıb."),
    ("az", "abunəçi", "abunəçilərə", "Şirkət abunəçilərə endirim təklif edir."),
    ("az", "Azərbaycan", "Azərbaycanın", "Azərbaycanın neft hasilatı artıb."),
    ("tk", "Aşgabat", "Aşgabatda", "Aşgabatda täze myhmanhana açyldy."),
    ("tk", "Türkmenistan", "Türkmenistanyň", "Türkmenistanyň prezidenti çykyş etdi."),
    ("uz", "Toshkent", "Toshkentda", "Toshkentda yangi metro bekati ochildi."),
    ("uz", "Oʻzbekiston", "Oʻzbekistonning", "Oʻzbekistonning eksporti oʻsdi."),
    ("uz", "Ozbekiston", "Oʻzbekistonda", "Oʻzbekistonda paxta terimi boshlandi."),
    ("uz", "hukumat", "hukumatga", "Fermerlar hukumatga murojaat qildi."),
    ("kk", "Қарағанды", "Қарағандыда", "Қарағандыда жаңа зауыт ашылды."),
    ("kk", "Караганды", "Қарағанды", "Қарағанды облысы әкімі мәлімдеді."),
    ("kk", "Астана", "Астанадағы", "Астанадағы көрме аяқталды."),
    ("kk", "компания", "компанияның", "Компанияның табысы өсті."),
    ("kk", "кениш", "кенішке", "Жұмысшылар кенішке түсті."),
    ("ky", "Бишкек", "Бишкекте", "Бишкекте жаңы мектеп ачылды."),
    ("ky", "өкмөт", "өкмөттүн", "Өкмөттүн чечими кабыл алынды."),
    ("ka", "მილსადენი", "მილსადენის", "მილსადენის მშენებლობა დასრულდა."),
    ("ka", "საქართველო", "საქართველოს", "საქართველოს მთავრობამ განცხადება გაავრცელა."),
    ("ka", "თბილისი", "თბილისში", "თბილისში ახალი ხიდი გაიხსნა."),
    ("ka", "ბათუმი", "ბათუმიდან", "ბათუმიდან გემი გავიდა."),
    ("ka", "მთავრობა", "მთავრობამ", "მთავრობამ ბიუჯეტი დაამტკიცა."),
    ("hy", "ավիաուղի", "ավիաուղիները", "Ավիաուղիները չեղարկել են չվերթները։"),
    ("hy", "Երևան", "Երևանում", "Երևանում բացվել է նոր դպրոց։"),
    ("hy", "Հայաստան", "Հայաստանի", "Հայաստանի կառավարությունը որոշում է ընդունել։"),
    ("hy", "կառավարություն", "կառավարության", "Կառավարության նիստը հետաձգվեց։"),
    ("hy", "քաղաք", "քաղաքից", "Զբոսաշրջիկները մեկնեցին քաղաքից։"),
]
CAUCASUS_CONFIRM: list[tuple[str, str, str, str]] = [
    ("az", "bank", "bankın", "Bankın mənfəəti azalıb."),
    ("az", "Bakı", "Bakıda", "Bakıda güclü külək əsir."),
    ("az", "hökumət", "hökumətə", "Həmkarlar hökumətə müraciət edib."),
    ("az", "Sumqayit", "Sumqayıtdan", "Qatar Sumqayıtdan yola düşüb."),
    ("az", "neft", "neftin", "Neftin qiyməti bahalaşıb."),
    ("az", "seher", "şəhərlərdə", "Bir çox şəhərlərdə işıq kəsilib."),
    ("tk", "Mary", "Marynyň", "Marynyň häkimi çykyş etdi."),
    ("tk", "bank", "banklarda", "Banklarda nobat uzaldy."),
    ("uz", "Samarqand", "Samarqandga", "Turistlar Samarqandga yetib keldi."),
    ("uz", "bozor", "bozorlarda", "Bozorlarda narxlar oshdi."),
    ("uz", "Fargona", "Fargʻonada", "Fargʻonada yomgʻir yogʻdi."),
    ("kk", "Алматы", "Алматыда", "Алматыда жер сілкінді."),
    ("kk", "мұнай", "мұнайдың", "Мұнайдың бағасы түсті."),
    ("kk", "Ақтау", "Ақтаудан", "Кеме Ақтаудан шықты."),
    ("ky", "парламент", "парламентте", "Парламентте талкуу болду."),
    ("ka", "ბაქო", "ბაქოში", "ბაქოში კონფერენცია გაიმართა."),
    ("ka", "ქუთაისი", "ქუთაისის", "ქუთაისის მერმა განაცხადა."),
    ("ka", "ბანკი", "ბანკებმა", "ბანკებმა საპროცენტო განაკვეთი გაზარდეს."),
    ("ka", "პარლამენტი", "პარლამენტში", "პარლამენტში კანონპროექტი განიხილეს."),
    ("hy", "Գյումրի", "Գյումրիում", "Գյումրիում ձյուն է տեղացել։"),
    ("hy", "բանկ", "բանկերը", "Բանկերը բարձրացրել են տոկոսադրույքը։"),
    ("hy", "խորհրդարան", "խորհրդարանում", "Խորհրդարանում քննարկվեց օրինագիծը։"),
    ("hy", "դպրոց", "դպրոցներից", "Դպրոցներից մեկը փակվեց։"),
]

SETS = (
    ("tune", TUNE), ("confirm", CONFIRM), ("holdout", HOLDOUT), ("fresh", FRESH),
    ("inflected-tune", INFLECTED_TUNE), ("inflected-confirm", INFLECTED_CONFIRM),
    ("slavic-tune", SLAVIC_TUNE), ("slavic-confirm", SLAVIC_CONFIRM),
    ("greek-tune", GREEK_TUNE), ("greek-confirm", GREEK_CONFIRM),
    ("caucasus-tune", CAUCASUS_TUNE), ("caucasus-confirm", CAUCASUS_CONFIRM),
)  # fmt: skip
ALL_PAIRS = (
    TUNE + CONFIRM + HOLDOUT + FRESH + INFLECTED_TUNE + INFLECTED_CONFIRM
    + SLAVIC_TUNE + SLAVIC_CONFIRM + GREEK_TUNE + GREEK_CONFIRM
    + CAUCASUS_TUNE + CAUCASUS_CONFIRM
)  # fmt: skip

# (language, query, sentence): pages a query must NOT find, look-alikes of the same language
# and of other languages (each query's own pairs aside, every hit is counted wrong anyway).
DECOYS: list[tuple[str, str, str]] = [
    ("fi", "Vaasa", "Hän osti kauniin vaasin kirpputorilta."),
    ("fi", "Turku", "Turkin presidentti vieraili Suomessa."),
    ("fi", "Oulu", "Olut ja oluen hinta nousivat."),
    ("fi", "Lahti", "Lahtinen voitti kisan helposti."),
    ("et", "Tartu", "Ta tarttus kinni käsipuust."),
    ("et", "Narva", "Narvik on Norra linn."),
    ("lt", "Kaunas", "Kaunietis laimėjo lenktynes."),
    ("lv", "Rīga", "Rīgots kuģis stāvēja ostā."),
    ("ru", "Рига", "Ригель — звезда в созвездии Ориона."),
    ("ru", "суд", "Судно вышло из порта."),
    ("ru", "Путин", "Путина на берегу озера была тихой."),
    ("uk", "уряд", "Урядовий квартал закрили."),
    ("pl", "Tusk", "Tuskulum było miastem starożytnym."),
    ("pl", "rząd", "Rządek drzew rósł przy drodze."),
    ("cs", "soud", "Soudek piva stál v rohu."),
    ("cs", "Brno", "Brnění rytíře bylo těžké."),
    ("hu", "kormány", "A kormánykerék eltört."),
    ("tr", "polis", "Polisaj işlemi tamamlandı."),
    ("en", "Helsinki", "The Helsingør ferry was late."),
    ("en", "Turku", "A turkey farm in Norfolk."),
    ("de", "Tallinn", "Die Tallinna-Straße in Kiel."),
    ("en", "Budapest", "Budapests are not a thing."),
    ("sv", "Kaunas", "Kaunasvägen är stängd."),
    ("en", "Orlen", "Orleans is a city in France."),
    ("de", "Nokia", "Nokias Konkurrent Samsung."),
    ("en", "Duda", "Dudas made a new album."),
    # a man's name is not a woman's (session 32): their own case forms only
    ("cs", "Pavel", "Rozhovor s Pavlou Horákovou vyšel v sobotu."),
    ("cs", "Jana", "Ministr se sešel s Janem Horákem."),
    ("pl", "Aleksander", "Mąż Aleksandry otworzył sklep."),
    ("ru", "Александр", "Выставка Александры открылась."),
    ("ru", "Александра", "Беседа с Александром прошла."),
    ("uk", "Олександр", "Книга Олександри вийшла."),
    # a word that ends in its own letters is no word with "their" on it
    ("he", "אות", "השכנים ראו אותם בבוקר."),
    ("he", "עול", "העולם השתנה מאז."),
    # an inflected query's stem is no other word of its language, nor of another (session 36)
    ("pl", "bankiem", "Bankiet odbył się w ratuszu."),
    ("cs", "soudem", "Soudek piva stál v rohu."),
    ("pl", "Kowalskiego", "Kowalewski wygrał wybory w Płocku."),
    ("cs", "hradem", "Hradec Králové hostí festival."),
    ("en", "portem", "The port of Dover closed for the night."),
    ("de", "bankiem", "Die Bank erhöht die Zinsen."),
    # session 37: an inflected query of the eight other languages finds no look-alike
    ("fi", "Porissa", "Poro juoksi tien yli."),
    ("fi", "yhtiön", "Yhtye soitti keikan."),
    ("et", "kohtust", "Kohvik avati kesklinnas."),
    ("et", "Jõhvis", "Jõhvikad valmivad sügisel."),
    ("lt", "teismo", "Teisėjas paskelbė pertrauką."),
    ("lt", "Utenoje", "Utėlės plito mokykloje."),
    ("lv", "tiesā", "Tiešraide sākās vakarā."),
    ("lv", "bankai", "Banketā piedalījās viesi."),
    ("ru", "заводе", "Заводной механизм сломался."),
    ("ru", "больнице", "Больничный лист продлили."),
    ("uk", "уряду", "Урядовий квартал закрили."),
    ("uk", "заводі", "Заводчик продав цуценят."),
    ("hu", "bíróságon", "A bírót elismerték."),
    ("hu", "bankban", "A bankett jól sikerült."),
    ("tr", "fabrikada", "Fabrikasyon hatası bulundu."),
    ("tr", "borsada", "Borsalino şapka giydi."),
    # session 41: Slovak, Slovenian, Croatian, Serbian, Bosnian look-alikes
    ("sk", "Fico", "Fikus rastie v kvetináči."),
    ("sk", "súd", "Súdok vína stál v pivnici."),
    ("sk", "starosta", "Starostlivosť o deti je drahá."),
    ("sl", "vlada", "Vladar je obiskal mesto."),
    ("hr", "Split", "Splitski gradonačelnik podnio je ostavku."),
    ("hr", "sabor", "Saborski zastupnik je odstupio."),
    ("sr", "Niš", "Nišan je bio podešen."),
    ("bs", "Bosna", "Bosanski jezik se uči u školama."),
    # session 47: Greek look-alikes
    ("el", "κράτος", "Οι κρατήσεις στα ξενοδοχεία αυξήθηκαν."),
    ("el", "πόλη", "Η πολιτική αντιπαράθεση συνεχίζεται."),
    ("el", "Κρήτη", "Ο κριτής αποφάσισε υπέρ της ομάδας."),
    ("el", "λιμάνι", "Η λίμνη πάγωσε τον χειμώνα."),
    # session 48: a long query word's stem cut reaches no shorter word (Türkiye is no Türk,
    # Gəncə no gənc, "young"), and the Turkic, Georgian and Armenian look-alikes
    ("tr", "Türkiye", "Türk Hava Yolları yeni uçak aldı."),
    ("tr", "Türkiye", "Türkçe kurslarına ilgi arttı."),
    ("tr", "Antalya", "Antal Bey toplantıya katıldı."),
    ("tr", "Konya", "Konyak fiyatları yükseldi."),
    ("tr", "İzmir", "İzmit körfezinde balıkçılar çalıştı."),
    ("az", "Türkiyə", "Türk tacirləri yarmarkaya gəlib."),
    ("az", "Gəncə", "Gənc idmançılar yarışda qalib gəlib."),
    ("az", "Gence", "Gənclər festivalı başa çatıb."),
    ("az", "Şəki", "Şəkil sərgisi açılıb."),
    ("uz", "Buxoro", "Buxgalterlar yigʻilishi boʻldi."),
    ("kk", "Астана", "Астар жаңа көйлек тікті."),
    ("ka", "ბათუმი", "ბათუ ჩამოვიდა გუშინ."),
    ("hy", "Երևան", "Երեկ անձրև էր։"),
    ("ru", "Караганды", "Карагач растёт у дороги."),
]

# Case forms that the sentences of the sets hold besides their own pair's (a hit on them is
# right): "Klaipėdoje uoste" is in the port (uostas), "из порта" of the port.
ALSO_FORMS: dict[str, tuple[str, ...]] = {
    "uostas": ("uoste",),
    "порт": ("порта",),
    "وزارة": ("الوزارة",),
    # the decoys of the other gender hold these (session 32)
    "Jan": ("Janem",),
    "Nitra": ("Nitrou",),
    "Александр": ("Александром",),
    "Александра": ("Александры",),
    # session 48: the same language's pages of the sets writing the word (a plain query's too;
    # a Turkish query finding Azerbaijani "Türkiyənin", "Şirkət" is counted wrong, as above)
    "Bakı": ("Bakıya",),
    "Ganca": ("Gəncədə", "Gəncəyə"),
    "Gence": ("Gəncədə", "Gəncə"),
    "Gəncə": ("Gəncəyə",),
    "Ozbekiston": ("Oʻzbekistonning",),
    "Oʻzbekiston": ("Oʻzbekistonda",),
    "seher": ("şəhərində",),
    "Караганды": ("Қарағандыда",),
    "կառավարություն": ("Կառավարությունը",),
    "მთავრობა": ("მთავრობამ",),
}

# The same word's other forms that pages of the sets in the query's language hold (session 36:
# an inflected query finds them, right; a Czech query finding a Polish "bank" or an English
# "port" is counted wrong): query -> (language, forms).
ALSO_FORMS_IN: dict[str, tuple[str, tuple[str, ...]]] = {
    "bankiem": ("pl", ("bank", "banku")),
    "bankach": ("pl", ("bank", "banku")),
    "nadwiślańskim": ("pl", ("Nadwiślański",)),
    "Babišem": ("cs", ("Babiše",)),
    "Fialou": ("cs", ("Fialy",)),
    "Gdańskiem": ("pl", ("Gdańsku",)),
    "Nawrockim": ("pl", ("Nawrockiego",)),
    "Orlenem": ("pl", ("Orlenu",)),
    "Tuskiem": ("pl", ("Tuska",)),
    "ministerstwem": ("pl", ("ministerstwie",)),
    "ministerstwo": ("pl", ("ministerstwa",)),
    "ministrem": ("cs", ("Ministr",)),
    "nemocnicím": ("cs", ("nemocnici",)),
    "portem": ("pl", ("port", "porcie")),
    "rządem": ("pl", ("rządu", "Rząd")),
    "soudem": ("cs", ("soudu",)),
    "spółką": ("pl", ("spółki",)),
    "szpital": ("pl", ("szpitala",)),
    "szpitalem": ("pl", ("szpitala", "szpitalu")),
    "ustawy": ("pl", ("ustawę",)),
    # session 37
    "gamyklos": ("lt", ("gamykla",)),
    "kohtust": ("et", ("Kohtus",)),
    "ministeriö": ("fi", ("Ministeriön",)),
    "ministeriöstä": ("fi", ("Ministeriössä",)),
    "ülkeye": ("tr", ("Ülke",)),
    "заводе": ("ru", ("завод",)),
    "Дніпро": ("uk", ("Дніпра",)),
    "Новосибирск": ("ru", ("Новосибирска",)),
    "больнице": ("ru", ("больницу",)),
    "правительству": ("ru", ("правительства",)),
}


def _pages() -> list[tuple[str, str, str]]:
    """(id, language, text) of every invented page."""
    pages = [(f"tune{n}", p[0], p[3]) for n, p in enumerate(TUNE)]
    pages += [(f"confirm{n}", p[0], p[3]) for n, p in enumerate(CONFIRM)]
    pages += [(f"holdout{n}", p[0], p[3]) for n, p in enumerate(HOLDOUT)]
    pages += [(f"fresh{n}", p[0], p[3]) for n, p in enumerate(FRESH)]
    pages += [(f"inflected-tune{n}", p[0], p[3]) for n, p in enumerate(INFLECTED_TUNE)]
    pages += [(f"inflected-confirm{n}", p[0], p[3]) for n, p in enumerate(INFLECTED_CONFIRM)]
    pages += [(f"slavic-tune{n}", p[0], p[3]) for n, p in enumerate(SLAVIC_TUNE)]
    pages += [(f"slavic-confirm{n}", p[0], p[3]) for n, p in enumerate(SLAVIC_CONFIRM)]
    pages += [(f"greek-tune{n}", p[0], p[3]) for n, p in enumerate(GREEK_TUNE)]
    pages += [(f"greek-confirm{n}", p[0], p[3]) for n, p in enumerate(GREEK_CONFIRM)]
    pages += [(f"caucasus-tune{n}", p[0], p[3]) for n, p in enumerate(CAUCASUS_TUNE)]
    pages += [(f"caucasus-confirm{n}", p[0], p[3]) for n, p in enumerate(CAUCASUS_CONFIRM)]
    pages += [(f"decoy{n}", d[0], d[2]) for n, d in enumerate(DECOYS)]
    return pages


def _fundus() -> list[tuple[str, str]]:
    """(language, title + body) of the fundus pages in the pair languages."""
    if not SHARED_DATA.exists():
        return []
    return [(lang, f"{title}\n{body}") for lang, title, body in fundus_pages(CASED | {"he", "ar"})]


# Run in a child process with the tree's clipper first on sys.path: the search texts of the
# pages, the FTS5 table, each query's hits and time.
_CHILD = r"""
import json, sqlite3, sys, time, inspect
from clipper.searchtext import search_text
from clipper.searchquery import parse_query
from clipper.backends.sqlite import FTS5_TOKENIZER, fts5_expression
job = json.load(sys.stdin)
takes = "language" in inspect.signature(search_text).parameters
# a query is keyed in the languages of clipper.caseforms the pages are in, as an archive keeps
# them (clipper.caselanguages), where the tree's compiler takes them
held = "case_languages" in inspect.signature(fts5_expression).parameters
if held:
    from clipper.caseforms import keyed
    held = frozenset(k for k in map(keyed, {l for _, l, _ in job["pages"]}) if k)
def compiled(query):
    tree = parse_query(query)
    return fts5_expression(tree, held) if held else fts5_expression(tree)
def text(value, language):
    return search_text(value, language) if takes else search_text(value)
def table(rows):
    con = sqlite3.connect(":memory:")
    tokenize = FTS5_TOKENIZER.replace('"', "'")
    con.execute(f'CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, text, tokenize="{tokenize}")')
    con.executemany("INSERT INTO t (id, text) VALUES (?, ?)", rows)
    con.commit()
    return con
def size(con):
    return con.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 't_%'").fetchone()[0]
con = table([(i, text(v, l)) for i, l, v in job["pages"]])
hits, spent = {}, []
for query in job["queries"]:
    best = None
    for _ in range(job["rounds"]):
        start = time.perf_counter()
        expression = compiled(query)
        found = [r[0] for r in con.execute("SELECT id FROM t WHERE t MATCH ?", (expression,))]
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    hits[query] = found
    spent.append(best * 1e6)
fundus = job["fundus"]
start = time.process_time()
rows = [(str(n), text(v, l)) for n, (l, v) in enumerate(fundus)]
cpu = time.process_time() - start
start = time.process_time()
for l, v in fundus:
    text(v, l)  # again: the words' caches warm, as in a night's run
warm = time.process_time() - start
out = {"hits": hits, "spent": sorted(spent), "invented_bytes": size(con) / len(job["pages"])}
if fundus:
    out["fundus_bytes"] = size(table(rows)) / len(rows)
    out["fundus_ms"] = cpu * 1000 / len(rows)
    out["fundus_warm_ms"] = warm * 1000 / len(rows)
    out["fundus_words"] = sum(len(t.split()) for _, t in rows) / len(rows)
json.dump(out, sys.stdout)
"""


def _bare(text: str) -> str:
    """``text`` case-folded without its accents (``ostā`` is ``osta``)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def score(hits: dict[str, list[str]]) -> dict[str, object]:
    """Recall per set and language, and wrong hits, from each query's hit ids."""
    own: dict[str, set[str]] = {}
    for name, pairs in SETS:
        for n, pair in enumerate(pairs):
            own.setdefault(pair[1], set()).add(f"{name}{n}")
    figures: dict[str, object] = {}
    for name, pairs in SETS:
        by_language: dict[str, list[int]] = {}
        for n, pair in enumerate(pairs):
            if pair[1] not in hits:  # (a query of another archive's language)
                continue
            tally = by_language.setdefault(pair[0], [0, 0])
            tally[1] += 1
            tally[0] += f"{name}{n}" in hits[pair[1]]
        figures[name] = by_language
        figures[name + "_missed"] = [
            f"{p[0]} {p[1]}>{p[2]}"
            for n, p in enumerate(pairs)
            if p[1] in hits and f"{name}{n}" not in hits[p[1]]
        ]
    written = {page_id: _bare(text) for page_id, _, text in _pages()}
    language_of = {page_id: language for page_id, language, _ in _pages()}

    def writes(page: str, query: str) -> bool:
        also = ALSO_FORMS_IN.get(query)
        forms = [query, *ALSO_FORMS.get(query, ())]
        if also is not None and language_of[page] == also[0]:
            forms += also[1]
        return any(
            re.search(rf"(?<!\w){re.escape(_bare(word))}(?!\w)", written[page]) for word in forms
        )

    wrong = sorted(
        f"{query}>{page}"
        for query, found in hits.items()
        for page in found
        if page not in own.get(query, ()) and not writes(page, query)
    )
    figures["wrong"] = wrong
    languages_of: dict[str, set[str]] = {}
    for pair in ALL_PAIRS:
        languages_of.setdefault(pair[1], set()).add(pair[0])
    for decoy in DECOYS:
        languages_of.setdefault(decoy[1], set()).add(decoy[0])
    by_query_language: dict[str, int] = dict.fromkeys(sorted(CASED), 0)
    for hit in wrong:
        for language in languages_of.get(hit.partition(">")[0], ()):
            by_query_language[language] = by_query_language.get(language, 0) + 1
    figures["wrong_by_language"] = by_query_language
    return figures


def one_language_archives(tree: str, rounds: int) -> dict[str, object]:
    """Each keyed language's pages alone (its pairs of the sets, its decoys and those of
    languages not keyed: an archive of that language's outlets), sought by that language's
    base forms and decoy queries, in one child of ``tree`` each: recall a set and wrong hits,
    summed over the languages keyed (a query keyed in the archive's one language, where the
    compiler takes the archive's languages)."""
    pages = _pages()
    other_languages = {page[1] for page in pages} - CASED - {"he", "ar"}
    totals: dict[str, list[int]] = {name: [0, 0] for name, _ in SETS}
    wrong: list[str] = []
    for language in sorted(CASED):
        held = [page for page in pages if page[1] in {language, *other_languages}]
        queries = sorted(
            {p[1] for p in ALL_PAIRS if p[0] == language}
            | {d[1] for d in DECOYS if d[0] == language}
        )
        job = {"pages": held, "queries": queries, "rounds": rounds, "fundus": []}
        figures = score(in_tree(tree, _CHILD, job)["hits"])
        for name, tally in totals.items():
            by_language = figures[name]
            assert isinstance(by_language, dict)
            found, total = by_language.get(language, [0, 0])
            tally[0] += found
            tally[1] += total
        found_wrong = figures["wrong"]
        assert isinstance(found_wrong, list)
        wrong += found_wrong
    return {"sets": totals, "wrong": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", metavar="DIR", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--show", action="store_true", help="list each miss and wrong hit")
    args = parser.parse_args()
    queries = sorted({p[1] for p in ALL_PAIRS} | {d[1] for d in DECOYS})
    here = str(Path(__file__).resolve().parent.parent)
    fundus = _fundus()
    job = {"pages": _pages(), "queries": queries, "rounds": args.rounds, "fundus": fundus}
    for name, tree in (("against", args.against), ("this tree", here)):
        result = in_tree(tree, _CHILD, job)
        figures = score(result["hits"])
        spent = result["spent"]
        assert isinstance(spent, list)
        print(f"{name} ({tree}):")
        for set_name, _ in SETS:
            by_language = figures[set_name]
            assert isinstance(by_language, dict)
            found = sum(v[0] for v in by_language.values())
            total = sum(v[1] for v in by_language.values())
            detail = " ".join(f"{k} {v[0]}/{v[1]}" for k, v in by_language.items())
            cased = [v for k, v in by_language.items() if k in CASED]
            print(
                f"  {set_name}: {found}/{total} pairs found ({detail}; the languages keyed:"
                f" {sum(v[0] for v in cased)}/{sum(v[1] for v in cased)})"
            )
            if args.show:
                print("    missed:", ", ".join(figures[set_name + "_missed"]))  # type: ignore[arg-type]
        wrong = figures["wrong"]
        assert isinstance(wrong, list)
        print(
            f"  wrong hits: {len(wrong)} over {len(queries)} queries"
            + (f" ({', '.join(wrong)})" if args.show else "")
        )
        by_language = figures["wrong_by_language"]
        assert isinstance(by_language, dict)
        print(
            "  wrong hits by the query's language: "
            + " ".join(f"{k} {v}" for k, v in by_language.items())
        )
        p50, p95 = spent[len(spent) // 2], spent[int(len(spent) * 0.95)]
        line = f"  query p50 {p50:.0f} us, p95 {p95:.0f} us"
        line += f"; index bytes/page: invented {result['invented_bytes']:.0f}"
        if "fundus_bytes" in result:
            line += (
                f", fundus {result['fundus_bytes']:.0f} ({len(fundus)} pages,"
                f" {result['fundus_words']:.0f} index words a page),"
                f" search text {result['fundus_ms']:.2f} ms CPU a page"
                f", again {result['fundus_warm_ms']:.2f} ms (caches warm)"
            )
        print(line)
        alone = one_language_archives(tree, 1)
        sets, wrong_alone = alone["sets"], alone["wrong"]
        assert isinstance(sets, dict) and isinstance(wrong_alone, list)
        print(
            "  each language's pages alone: "
            + ", ".join(f"{name} {v[0]}/{v[1]}" for name, v in sets.items())
            + f"; wrong hits {len(wrong_alone)}"
            + (f" ({', '.join(wrong_alone)})" if args.show else "")
        )


if __name__ == "__main__":
    main()
