"""Does a query that is one amount find the same amount in Turkey's, the Caucasus' and Central
Asia's currencies and in their languages' suffixes and case endings, and in Chinese, Japanese and
Korean with the currency named before the number (``新台幣120億元``), no other currency's amount
of the same value, and does every real page keep the amount keys it had?  For this tree and
another checkout in the same command.

Labelled sentences: each case is a query, an invented sentence and whether the sentence writes
the query's amount (``$2.3bn`` in "2,3 milyar dolarlık" yes; ``₸2,3 млрд`` in "2,3 млрд
долларов" no: a wrong hit).  The ``tune`` set holds newcomer 48a's queries and was looked at
while the tables were written; the ``confirm`` set was written before they ran on it; the
``tune-zh`` and ``confirm-zh`` sets alike, of newcomer 48b's Chinese amounts, and ``tune-49``
and ``confirm-49`` of newcomers 49a's Persian and 49b's Japanese and Korean amounts, ``tune-50``
and ``confirm-50`` of the amounts the last users found wrong (Arabic's plurals, duals and
abbreviations, Pashto, a Korean or Japanese name before the number) and of two new desks'
(Tel Aviv's Hebrew, Bangkok's Thai and Vietnamese).

Real text: every text of ``../shared/data``'s fundus pages (their expected bodies),
wire-syndication, story-chains and same-story-pairs articles: the amount keys of each
(:func:`clipper.searchamounts.amount_keys_text`) in each tree, how many pages lost a key they
had (none expected) or gained one, and the CPU seconds of the keys of all texts in each tree,
the trees interleaved, ``--rounds`` times.

    python bench/search_amounts.py --against DIR [--data DIR] [--rounds 3] [--show]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED_DATA, in_tree, search_in_tree

# (query, sentence, whether the sentence writes the query's amount)
Case = tuple[str, str, bool]
TUNE: list[Case] = [
    ("$2.3bn", "Şirket bakım üssü için 2,3 milyar dolarlık yatırım yapacak.", True),
    ("$2.3bn", "Projenin toplam tutarı 2,3 milyar dolar olarak açıklandı.", True),
    ("$2.3bn", "კონსორციუმი 2,3 მილიარდ დოლარს დახარჯავს.", True),
    ("$2.3bn", "Bakım üssü 2,3 milyar liraya mal olacak.", False),
    ("1.5 billion lira", "Yatırımın bir kısmı 1,5 milyar liralık krediyle karşılanacak.", True),
    ("TRY 1.5bn", "Banka tahvil ihracını 1,5 milyar liraya çıkarmayı hedefliyor.", True),
    ("TRY 1.5bn", "Fon 1,5 milyar dolarlık bir kredi aldı.", False),
    ("AZN 1bn", "Şirkət 5G şəbəkəsinə 1 milyard manat investisiya yatıracaq.", True),
    ("1 billion manat", "Şirkət 1 milyard manatlıq layihəyə başlayır.", True),
    ("₼1 mlrd", "Şirkət 5G şəbəkəsinə 1 milyard manat investisiya yatıracaq.", True),
    ("KZT 100bn", "Компания вложит 100 млрд тенге в расширение рудника.", True),
    ("KZT 100bn", "Компания кенішті кеңейтуге 100 млрд теңге жұмсайды.", True),
    ("₸2,3 млрд", "Консорциум вложит 2,3 млрд долларов в насосные станции.", False),
    ("₸2,3 млрд", "Консорциум выделит 2,3 млрд тенге на социальные проекты.", True),
]
CONFIRM: list[Case] = [
    ("GEL 40m", "მერია სკოლების რემონტზე 40 მილიონ ლარს გამოყოფს.", True),
    ("₾40m", "Мэрия выделит 40 млн лари на ремонт школ.", True),
    ("₾40m", "Мэрия выделит 40 млн долларов на ремонт школ.", False),
    ("AMD 12bn", "Կառավարությունը ճանապարհների համար կհատկացնի 12 միլիարդ դրամ։", True),
    ("֏12 billion", "Ծրագիրը կֆինանսավորվի 12 մլրդ դրամով։", True),
    ("֏12 billion", "Ծրագիրը կարժենա 12 միլիարդ դոլար։", False),
    ("UZS 300bn", "Loyiha uchun 300 mlrd soʻm ajratildi.", True),
    ("UZS 300bn", "Loyihaga 300 mlrd so'mlik sarmoya kiritiladi.", True),
    ("UZS 300bn", "На проект выделено 300 млрд сумов.", True),
    ("$300bn", "Loyiha uchun 300 mlrd soʻm ajratildi.", False),
    ("5 billion rubles", "Завод получит 5 млрд рублей на модернизацию.", True),
    ("RUB 5bn", "Zavod modernizasiya üçün 5 milyard rubl alacaq.", True),
    ("$7m", "Мэрия выделила 7 млн долларов на новый мост.", True),
    ("$7m", "Мерія виділила 7 млн доларів на новий міст.", True),
    ("€250m", "Компанія інвестує 250 млн євро в завод.", True),
    ("€250m", "Şirket fabrikaya 250 milyon avroluk yatırım yapacak.", True),
    ("€250m", "Şirket fabrikaya 250 milyon dolarlık yatırım yapacak.", False),
    # a scale with no currency is no amount, its words found as before
    ("2,3 млрд", "Консорциум вложит 2,3 млрд долларов в насосные станции.", True),
]
# Chinese, Japanese and Korean amounts whose currency's name stands before the number, and the
# renminbi by any name (newcomer 48b, a Hong Kong desk: Taiwan's "新台幣120億元" was 12 billion
# yuan); the tune set holds the desk's queries, the confirm set was written before the code ran
TUNE_ZH: list[Case] = [
    ("NT$12 billion", "台芯半導體砸新台幣120億元，擴建南科先進封裝產能。", True),
    ("NT$12 billion", "台芯半导体砸新台币120亿元，扩建南科先进封装。", True),
    ("新台幣120億元", "TaiXin will spend NT$12 billion on packaging capacity.", True),
    ("12 billion yuan", "台芯半導體砸新台幣120億元，擴建南科先進封裝產能。", False),
    ("120亿新台币", "台芯半導體砸新台幣120億元，擴建南科先進封裝產能。", True),
    ("RMB 12 billion", "The developer spent 12 billion yuan on land this year.", True),
    ("CNY 12 billion", "公司今年在内地购地总额约120亿元人民币。", True),
    ("RMB 2.5 billion", "Jisu Motors will invest 2.5 billion yuan in the plant.", True),
    ("RMB 2.5 billion", "极速汽车将投资25亿元建设固态电池工厂。", True),
    ("人民币25亿元", "新鸿置业以25亿元人民币投得上海浦东住宅地。", True),
    ("人民币25亿元", "Sun Hung pays RMB 2.5 billion for a Shanghai site.", True),
    ("人民币25亿元", "港豐銀行斥25億港元推數碼化。", False),
]
CONFIRM_ZH: list[Case] = [
    ("MOP 800m", "政府撥款澳門幣8億元興建新圖書館。", True),
    ("MOP 800m", "政府撥款8億葡幣興建新圖書館。", True),
    ("S$300m", "政府拨款3亿新币提升巴士服务。", True),
    ("RMB 300m", "政府拨款3亿新币提升巴士服务。", False),
    ("KRW 2 trillion", "三星电子斥资韩元2兆建设新厂。", True),
    ("KRW 2 trillion", "삼성전자는 새 공장에 2조원을 투자한다.", True),
    ("RMB 4bn", "中国の自動車大手は40億人民元を投じる。", True),
    ("JPY 4bn", "中国の自動車大手は40億人民元を投じる。", False),
    ("JPY 30bn", "日本政府提供日幣300億元援助。", True),
    ("HK$6bn", "政府以港元60億元收購隧道。", True),
    ("NT$3bn", "市府編列新臺幣30億圓預算。", True),
    ("US$300m", "公司獲美金3億元貸款。", True),
    ("RMB 300m", "公司獲美金3億元貸款。", False),
    ("€2bn", "欧盟拨款欧元20亿支持电池产业。", True),
    ("2 billion yuan", "欧盟拨款欧元20亿支持电池产业。", False),
]
# newcomer 49a's Persian and 49b's Japanese and Korean queries (tune) and sentences written
# before the tables ran on them (confirm)
TUNE_49: list[Case] = [
    ("1.2 billion dirhams", "شرکت ۱٫۲ میلیارد درهم برای خرید کشتی پرداخت کرد.", True),
    ("AED 1.2bn", "شرکت ۱٫۲ میلیارد درهم برای خرید کشتی پرداخت کرد.", True),
    ("۱٫۲ میلیارد درهم", "The carrier paid AED 1.2bn for the vessels.", True),
    ("IRR 1.5bn", "بانک ۱٫۵ میلیارد ریال وام داد.", True),
    ("1.5 میلیارد ریال", "بانک ۱٫۵ میلیارد ریال وام داد.", True),
    ("IRR 800bn", "دولت ۸۰۰ میلیارد ریال اختصاص داد.", True),
    ("USD 500m", "صندوق ۵۰۰ میلیون دلار سرمایه‌گذاری کرد.", True),
    ("US$500m", "صندوق ۵۰۰ میلیون دلار سرمایه‌گذاری کرد.", True),
    ("۲۰۰۰ میلیارد تومان", "برای این طرح ۲ هزار میلیارد تومان هزینه شد.", True),
    ("20 million dollars", "بانک جهانی ۲۰ میلیون دالر کمک کرد.", True),
    ("35%", "سهم دولت ۳۵ درصد است.", True),
    ("5兆ウォン", "The group will invest 5 trillion won in chips.", True),
    ("5 trillion won", "同社は5兆ウォンを投資する。", True),
    ("5조 원", "同社は5兆ウォンを投資する。", True),
    ("36億ドル", "The maker will spend $3.6 billion in Ohio.", True),
    ("$3.6 billion", "同社は米国に36億ドルを投じる。", True),
    ("80億ドル", "The fund raised $8 billion.", True),
    ("1조2천억 엔", "政府は1兆2000億円を計上した。", True),
    ("1.2 trillion yen", "일본 정부는 1조2천억 엔을 편성했다.", True),
]
CONFIRM_49: list[Case] = [
    ("EUR 300m", "اتحادیه اروپا ۳۰۰ میلیون یورو کمک می‌کند.", True),
    ("£2bn", "شرکت ۲ میلیارد پوند بدهی دارد.", True),
    ("$40m", "قرارداد ۴۰ میلیون دلاری امضا شد.", True),
    ("A$40m", "قرارداد ۴۰ میلیون دلاری امضا شد.", False),
    ("$7.5m", "سرمایه ۷٫۵ میلیون دلار است.", True),
    ("$75m", "سرمایه ۷٫۵ میلیون دلار است.", False),
    ("SAR 2bn", "شرکت ۲ میلیارد درهم پرداخت.", False),
    ("EUR 1.5bn", "欧州委員会は15億ユーロを拠出する。", True),
    ("GBP 300m", "英銀は3億ポンドの損失を計上した。", True),
    ("RUB 2bn", "ロシア企業は20億ルーブルを支払った。", True),
    ("€500m", "유럽연합은 5억 유로를 지원한다.", True),
    ("RMB 3bn", "중국 업체는 30억 위안을 투자했다.", True),
    ("USD 10bn", "한국 기업은 100억 달러를 투자한다.", True),
    ("KRW 3 trillion", "한국 기업은 3조 원을 투자한다.", True),
    ("VND 1", "역삼1동 주민센터가 문을 열었다.", False),
    ("JPY 500", "입장료는 500엔이다.", False),
]
# Session 50: Arabic's plurals, accusatives, duals and abbreviations, Pashto's names and scales,
# a Korean or Japanese currency name before the number, Chinese names, and the Hebrew, Thai
# and Vietnamese amounts of two new desks (tune: the users' reports, looked at while the tables
# were written; confirm: written before the code ran on it)
TUNE_50: list[Case] = [
    ("$5m", "أعلنت الشركة استثمار 5 ملايين دولار في المصنع.", True),
    ("$2m", "رصدت البلدية مليوني دولار لإصلاح الطرق.", True),
    ("$2m", "قدّمت المنظمة مليونا دولار للمتضررين.", True),
    ("$2m", "رصدت البلدية ملياري دولار لإصلاح الطرق.", False),
    ("SAR 2bn", "خصصت الوزارة ملياري ريال سعودي للمشروع.", True),
    ("SAR 3bn", "بلغت قيمة الصفقة 3 مليارات ر.س", True),
    ("AED 1.2bn", "استحوذت المجموعة على الحصة مقابل 1.2 مليار د.إ", True),
    ("EGP 500m", "ضخت الحكومة 500 مليون ج.م في القطاع.", True),
    ("7 riyals", "يبلغ سعر التذكرة 7 ريالات فقط.", True),
    ("$40", "اشترى الكتاب بـ40 دولاراً.", True),
    ("USD 5m", "تبرع المصرف بـ5 ملايين دولار أمريكي.", True),
    ("8 dinars", "دفع المسافر 8 دنانير.", True),
    ("EGP 5", "ثمن الرغيف 5 جنيهات.", True),
    ("AFN 5bn", "حکومت د ښوونځيو لپاره ۵ میلیارده افغانۍ ځانګړې کړې.", True),
    ("5 billion afghanis", "حکومت د ښوونځيو لپاره ۵ میلیارده افغانۍ ځانګړې کړې.", True),
    ("$20m", "نړیوال بانک ۲۰ میلیونه ډالره مرسته وکړه.", True),
    ("USD 20m", "نړیوال بانک ۲۰ میلیونه ډالره مرسته وکړه.", True),
    ("AFN 20m", "نړیوال بانک ۲۰ میلیونه ډالره مرسته وکړه.", False),
    ("₩5조", "정부는 원화 5조를 투입한다.", True),
    ("5 trillion won", "₩5조 규모의 펀드가 조성된다.", True),
    ("US$500m", "회사는 미화 5억 달러를 조달했다.", True),
    ("$500m", "채권 발행 규모는 달러 5억 수준이다.", True),
    ("$500m", "同社は米ドル5億を調達した。", True),
    ("US$500m", "同社はUS$5億を調達した。", True),
    ("RMB 500m", "公司以人民幣5億元收購。", True),
    ("NT$5bn", "台電編列新台幣50億元。", True),
    ("HK$500m", "港鐵斥港幣5億翻新車站。", True),
    ("US$500m", "公司發行5億美元債券。", True),
    ("RMB 500m", "公司發行5億美元債券。", False),
    ("₩5만", "행사에 회원 5만 명이 참여했다.", False),
    ("NIS 2.5 billion", "הממשלה תשקיע 2.5 מיליארד שקל בתחבורה.", True),
    ("₪2.5 מיליארד", "The government will invest NIS 2.5 billion in transport.", True),
    ('2.5 מיליארד ש"ח', "המדינה תקצה ₪2.5 מיליארד.", True),
    ("€300m", "האיחוד יעביר 300 מיליון אירו.", True),
    ("$2.5bn", "החברה גייסה 2.5 מיליארד דולר.", True),
    ("NIS 2.5 billion", "החברה גייסה 2.5 מיליארד דולר.", False),
    ("VND 5,000 billion", "Tập đoàn đầu tư 5.000 tỷ đồng vào nhà máy.", True),
    ("$1.2bn", "Công ty huy động 1,2 tỷ USD.", True),
    ("$1.2bn", "Công ty vay 1,2 tỷ đô la Mỹ.", True),
    ("€500m", "EU hỗ trợ 500 triệu euro.", True),
    ("THB 5bn", "บริษัทลงทุน 5,000 ล้านบาท", True),
    ("$1.2bn", "บริษัทระดมทุน 1.2 พันล้านดอลลาร์", True),
    ("USD 1.2bn", "บริษัทระดมทุน 1.2 พันล้านดอลลาร์สหรัฐ", True),
    ("JPY 30bn", "บริษัทญี่ปุ่นลงทุน 3 หมื่นล้านเยน", True),
    ("THB 1.2bn", "บริษัทระดมทุน 1.2 พันล้านดอลลาร์", False),
]
CONFIRM_50: list[Case] = [
    ("SAR 4bn", "وقّعت الهيئة عقوداً بقيمة 4 مليارات ريال سعودي.", True),
    ("$3m", "تبرّع رجل الأعمال بـ3 ملايين دولار لبناء مدرسة.", True),
    ("KWD 2m", "خصص الصندوق مليوني دينار كويتي للمنح.", True),
    ("QAR 500m", "بلغت الإيرادات 500 مليون ر.ق", True),
    ("15 dinars", "سعر التذكرة 15 ديناراً.", True),
    ("EGP 3bn", "ضخّت الحكومة 3 مليارات جنيه مصري في البنوك.", True),
    ("$2bn", "خصصت الحكومة ملياري ريال للطرق.", False),
    ("AED 750m", "أعلنت الشركة أرباحاً بقيمة 750 مليون درهم إماراتي.", True),
    ("20 riyals", "تباع الوجبة بـ20 ريالاً.", True),
    ("$50m", "امریکا ۵۰ میلیونه ډالره بشري مرسته اعلان کړه.", True),
    ("AFN 3bn", "وزارت ۳ میلیارده افغانۍ ولګولې.", True),
    ("€10m", "اروپايي ټولنې ۱۰ میلیونه يورو ورکړل.", True),
    ("AFN 3bn", "وزارت ۳ میلیارده ډالره ولګول.", False),
    ("KRW 3 trillion", "정부는 원화 3조를 풀었다.", True),
    ("€2bn", "EU는 유로화 20억을 지원한다.", True),
    ("$800m", "同社は米ドル8億を借り入れた。", True),
    ("JPY 200bn", "政府は日本円2000億を拠出した。", True),
    ("US$800m", "該公司發行8億美元債券。", True),
    ("RMB 1bn", "公司以人民幣10億元收購。", True),
    ("NT$2bn", "市府編列新台幣20億元。", True),
    ("₩5만", "회사 직원 5만 명이 파업에 참여했다.", False),
    ("NIS 400m", "העירייה תשקיע 400 מיליון ש״ח בשיפוץ.", True),
    ("₪1.2bn", "החברה גייסה 1.2 מיליארד שקלים.", True),
    ("€50m", "הבנק יעביר 50 מיליון אירו.", True),
    ("$1.2bn", "החברה גייסה 1.2 מיליארד שקלים.", False),
    ("$300m", "הקרן גייסה ב-300 מיליון דולר.", True),
    ("$500m", "ธนาคารอนุมัติเงินกู้ 500 ล้านดอลลาร์", True),
    ("¥30bn", "บริษัทญี่ปุ่นลงทุน 3 หมื่นล้านเยน", True),
    ("€2bn", "สหภาพยุโรปให้เงิน 2 พันล้านยูโร", True),
    ("VND 3,000bn", "Dự án có tổng vốn 3.000 tỷ đồng.", True),
    ("$500m", "Ngân hàng giải ngân 500 triệu USD.", True),
    ("€1bn", "EU cam kết 1 tỷ euro.", True),
    ("JPY 10bn", "Nhật Bản cho vay 10 tỷ yên.", True),
    ("THB 500m", "ธนาคารอนุมัติเงินกู้ 500 ล้านดอลลาร์", False),
]
# Session 52: West and East Africa's papers (a Lagos desk's reports, newcomer 51a): the cedi
# typed GH¢, trillions abbreviated, the CFA francs and their zones, numbers grouped by plain
# spaces, Hausa's and Swahili's name and scale before the number, and other languages' scale
# abbreviations (tune: the reports, looked at while the tables were written; confirm: written
# before the code ran on it)
TUNE_52: list[Case] = [
    ("GHS 1.2 billion", "The firm will invest GH¢1.2 billion in kiosks.", True),
    ("1.2 billion cedis", "The firm will invest GH¢1.2 billion in kiosks.", True),
    ("GH¢1.2bn", "The firm will invest GH¢1.2 billion in kiosks.", True),
    ("GH¢500m", "The assembly approved GHS 500 million for the market.", True),
    ("₦2.5trn", "The lender unveiled a N2.5trn capital plan.", True),
    ("₦2.5 trillion", "The lender unveiled a N2.5tr capital plan.", True),
    ("₦2.5 trillion", "Gwamnati ta ware naira tiriliyan 2.5 domin hanyoyi.", True),
    ("₦2.5bn", "The lender unveiled a N2.5trn capital plan.", False),
    ("XOF 500bn", "DAKAR (APS) - Le groupe va investir 500 milliards de FCFA.", True),
    ("CFA 500bn", "DAKAR (APS) - Le groupe va investir 500 milliards de FCFA.", True),
    ("XAF 500bn", "DAKAR (APS) - Le groupe va investir 500 milliards de FCFA.", False),
    ("FCFA 3500", "Le sac est vendu autour de F CFA 3 500 à Dakar.", True),
    ("FCFA 500", "Le sac est vendu autour de F CFA 3 500 à Dakar.", False),
    ("Sh2.5bn", "Halmashauri imetenga shilingi bilioni 2.5 kwa soko.", True),
    ("$350m", "Kampuni itawekeza dola milioni 350 katika kiwanda.", True),
]
CONFIRM_52: list[Case] = [
    ("GHS 95", "A bag of cement sells for Gh¢95 in the capital.", True),
    ("GHS 2bn", "The ministry released GHC 2 billion for roads.", True),
    ("$2.5bn", "The ministry released GH¢2.5bn for roads.", False),
    ("NGN 1.8 trillion", "Banks have raised ₦1.8trn so far.", True),
    ("$1.2m", "Kamfanin ya kashe dala miliyan 1.2 a aikin.", True),
    ("NGN 350bn", "Majalisa ta amince da Naira biliyan 350 domin ilimi.", True),
    ("XAF 200bn", "YAOUNDÉ - La BEAC a injecté 200 milliards de FCFA.", True),
    ("XOF 200bn", "YAOUNDÉ - La BEAC a injecté 200 milliards de FCFA.", False),
    ("CFA 7,000bn", "Le budget est porté à 7 000 milliards de francs CFA.", True),
    ("TZS 500m", "Serikali imetoa TSh milioni 500 kwa shule.", True),
    ("BRL 5 trillion", "O PIB chegou a R$ 5 tri no ano passado.", True),
    ("BRL 5", "O PIB chegou a R$ 5 tri no ano passado.", False),
    ("$3m", "La empresa invertirá 3 mdd en la planta.", True),
    ("$2m", "El fondo recibió US$ 2 MM del gobierno.", True),
    ("ZAR 1200", "The permit costs R1 200 a year.", True),
]
SETS = (
    ("tune", TUNE),
    ("confirm", CONFIRM),
    ("tune-zh", TUNE_ZH),
    ("confirm-zh", CONFIRM_ZH),
    ("tune-49", TUNE_49),
    ("confirm-49", CONFIRM_49),
    ("tune-50", TUNE_50),
    ("confirm-50", CONFIRM_50),
    ("tune-52", TUNE_52),
    ("confirm-52", CONFIRM_52),
)

# The amount keys of (id, text) pages as a tree makes them, and the CPU seconds that took
_KEYS_CHILD = r"""
import json, sys, time
from clipper.searchamounts import amount_keys_text
job = json.load(sys.stdin)
amount_keys_text("warm the tables: 5 km")
start = time.process_time()
keys = {i: amount_keys_text(text) for i, text in job["pages"]}
json.dump({"keys": keys, "cpu": time.process_time() - start}, sys.stdout)
"""


def real_texts(data: Path) -> list[tuple[str, str]]:
    """(id, text) of every text of ``data`` (``../shared/data``) the bench reads; none where
    it is absent."""
    texts: list[tuple[str, str]] = []
    for path in sorted((data / "fundus-news-pages" / "expected").glob("*/*.json")):
        for n, version in enumerate(json.loads(path.read_text(encoding="utf-8")).values()):
            sections = (version.get("body") or {}).get("sections") or []
            body = "\n".join(p for s in sections for p in s["headline"] + s["paragraphs"])
            texts.append((f"fundus:{path.parent.name}/{path.stem}:{n}", body))
    for folder in ("wire-syndication-texts", "story-chains-energy", "same-story-pairs"):
        path = data / folder / "articles.jsonl"
        if not path.exists():
            continue
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for n, line in enumerate(lines):
                record = json.loads(line)
                texts.append((f"{folder}:{n}", f"{record.get('title') or ''}\n{record['text']}"))
    return texts


def score(cases: list[Case], hits: dict[str, list[str]]) -> tuple[int, int, list[str], list[str]]:
    """(labelled pairs found, labelled pairs, misses, wrong hits) of one set."""
    found = total = 0
    missed: list[str] = []
    wrong: list[str] = []
    for n, (query, sentence, relevant) in enumerate(cases):
        got = f"{id(cases)}:{n}" in hits[query]
        if relevant:
            total += 1
            found += got
            if not got:
                missed.append(f"{query} → {sentence}")
        elif got:
            wrong.append(f"{query} → {sentence}")
    return found, total, missed, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", metavar="DIR", required=True)
    parser.add_argument("--data", metavar="DIR", type=Path, default=SHARED_DATA)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--show", action="store_true", help="list misses, wrong hits, changes")
    args = parser.parse_args()
    here = str(Path(__file__).resolve().parent.parent)
    trees = (("against", args.against), ("this tree", here))
    for name, tree in trees:
        print(f"{name} ({tree}):")
        for set_name, cases in SETS:
            pages = [(f"{id(cases)}:{n}", None, case[1]) for n, case in enumerate(cases)]
            queries = sorted({case[0] for case in cases})
            hits = search_in_tree(tree, pages, queries)["hits"]
            found, total, missed, wrong = score(cases, hits)
            print(f"  {set_name}: found {found}/{total} labelled pairs, {len(wrong)} wrong hits")
            if args.show:
                for line in missed:
                    print("    missed:", line)
                for line in wrong:
                    print("    wrong:", line)
    texts = real_texts(args.data)
    if not texts:
        print(f"no texts under {args.data}: the real-text figures need ../shared/data")
        return
    keys: dict[str, dict[str, str]] = {}
    cpu: dict[str, list[float]] = {name: [] for name, _ in trees}
    for _ in range(args.rounds):
        for name, tree in trees:  # interleaved: the same load on both
            made = in_tree(tree, _KEYS_CHILD, {"pages": texts})
            keys[name] = made["keys"]
            cpu[name].append(made["cpu"])
    before, after = keys["against"], keys["this tree"]
    lost = [i for i, _ in texts if not set(before[i].split()) <= set(after[i].split())]
    gained = [i for i, _ in texts if set(after[i].split()) - set(before[i].split())]
    print(f"real texts: {len(texts)} ({args.data}); load {os.getloadavg()[0]:.1f}")
    for name, _ in trees:
        held = [i for i, _ in texts if keys[name][i]]
        count = sum(len(keys[name][i].split()) for i, _ in texts)
        times = " ".join(f"{t:.3f}" for t in cpu[name])
        print(f"  {name}: {count} amount keys on {len(held)} texts; CPU s of all keys: {times}")
    print(f"  texts that lost a key they had: {len(lost)}; texts that gained one: {len(gained)}")
    if args.show:
        for i in lost + gained:
            print(
                f"    {i}: -{set(before[i].split()) - set(after[i].split())}"
                f" +{set(after[i].split()) - set(before[i].split())}"
            )


if __name__ == "__main__":
    main()
