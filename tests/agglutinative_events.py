"""Invented events in Korean, Turkish, Azerbaijani and Kazakh for the story tests of
:mod:`clipper.stories.agglutinative`: each a wire's report, a second reporter's account of the
same event (its company and places with other particles and case suffixes), and another event
of the same company.  Korean and Turkish were tuned on; Azerbaijani and Kazakh confirm."""

from __future__ import annotations

# language → (report, account, another event of the company), each (title, text)
EVENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "ko": (
        (
            "한빛전자, 청주에 3조 원 들여 배터리 공장 짓는다",
            "한빛전자가 충북 청주에 3조 원을 투자해 차세대 배터리 공장을 짓는다고 4일 밝혔다.\n"
            "한빛전자는 청주 오창산업단지에 연간 20기가와트시 규모의 생산라인을 세울 계획이다.\n"
            "공장은 2028년 가동을 목표로 하며 일자리 1천200개가 생길 것으로 회사는 내다봤다.\n"
            "청주시는 한빛전자의 투자에 맞춰 도로와 용수 시설을 지원하기로 했다.",
        ),
        (
            "[분석] 한빛전자는 왜 청주를 택했나",
            "배터리 시장이 주춤한 가운데 한빛전자의 청주 투자 결정은 업계를 놀라게 했다.\n"
            "업계는 오창산업단지가 지닌 전력과 용수 여건이 한빛전자를 끌어들였다고 본다.\n"
            "3조 원에 이르는 투자금은 한빛전자에게도 적지 않은 부담이다.\n"
            "차세대 배터리의 생산라인이 2028년에 돌아가면 청주는 배터리 생산 거점이 된다.\n"
            "한 증권사 연구원은 공장의 일자리 효과가 지역 경제에 클 것이라고 말했다.",
        ),
        (
            "한빛전자, 3분기 영업이익 18% 감소",
            "한빛전자의 3분기 영업이익이 작년 같은 기간보다 18% 줄었다.\n"
            "한빛전자는 스마트폰 부품 수요가 약해지고 환율이 불리하게 움직였다고 설명했다.\n"
            "매출은 12조 원으로 시장 전망을 조금 밑돌았다.\n"
            "회사는 4분기에 원가 절감으로 수익성을 되살리겠다고 밝혔다.",
        ),
    ),
    "tr": (
        (
            "Karadeniz Enerji Sinop'ta rüzgâr santrali kuruyor",
            "Karadeniz Enerji, Sinop'ta 400 megavatlık bir rüzgâr santrali kuracağını açıkladı.\n"
            "Şirketin yatırımı 18 milyar lira olacak ve santral 2028'de elektrik üretecek.\n"
            "Santralde 60 türbin yer alacak; inşaat sırasında 900 kişi çalışacak.\n"
            "Sinop Valiliği, projenin ilçedeki istihdama katkı sağlayacağını belirtti.",
        ),
        (
            "Sinop rüzgârına 18 milyar liralık yatırım",
            "Karadeniz Enerji'nin Sinop yatırımı, bölgenin en büyük enerji projesi olacak.\n"
            "Şirket, santralin türbinlerini Gerze ile Sinop arasındaki tepelere dikecek.\n"
            "Yatırımın 18 milyar lirayı bulması sektörde dikkat çekti.\n"
            "Türbinler 2028'de üretime başlayınca santral, kentin elektriğinin katını sağlayacak.\n"
            "Valilik, inşaatta çalışacak 900 kişinin çoğunun Sinoplu olacağını söyledi.",
        ),
        (
            "Karadeniz Enerji 2 milyar liralık tahvil ihraç edecek",
            "Karadeniz Enerji, 2 milyar liralık tahvil ihracı için SPK'ya başvurdu.\n"
            "Şirketin tahvilleri iki yıl vadeli olacak ve nitelikli yatırımcılara satılacak.\n"
            "Karadeniz Enerji, gelirin mevcut kredilerin ödenmesinde kullanılacağını bildirdi.\n"
            "Şirketin hisseleri borsada güne yüzde 1,2 yükselişle başladı.",
        ),
    ),
    "az": (
        (
            "Xəzər Telekom Gəncədə fiber şəbəkə qurur",
            "Xəzər Telekom Gəncədə 120 min evə fiber şəbəkə çəkəcəyini açıqlayıb.\n"
            "Şirkətin investisiyası 90 milyon manat olacaq və layihə 2027-ci ildə bitəcək.\n"
            "Şəbəkə Gəncənin bütün rayonlarını əhatə edəcək.\n"
            "Gəncə İcra Hakimiyyəti layihəyə dəstək verəcəyini bildirib.",
        ),
        (
            "Gəncəyə sürətli internet gəlir",
            "Xəzər Telekomun Gəncə layihəsi şəhərin internet xəritəsini dəyişəcək.\n"
            "Şirkət fiber şəbəkəsini 120 min evə 2027-ci ilədək çatdıracaq.\n"
            "Layihənin 90 milyon manatlıq investisiyasını Xəzər Telekomun səhmdarları "
            "təsdiqləyib.\n"
            "Gəncənin icra hakimiyyəti şəbəkənin çəkilməsinə dəstəyini açıqlayıb.",
        ),
        (
            "Xəzər Telekom tariflərini artırır",
            "Xəzər Telekom yanvardan mobil tarifləri orta hesabla 8 faiz artıracaq.\n"
            "Şirkət bunu enerji və avadanlıq xərclərinin yüksəlməsi ilə izah edib.\n"
            "Abunəçilər yeni paketlərə dekabr ayında keçə biləcəklər.\n"
            "Xəzər Telekomun rəqibləri hələ qiymət dəyişikliyi elan etməyib.",
        ),
    ),
    "kk": (
        (
            "«Сарыарқа Мыс» Жезқазғандағы кенішін кеңейтеді",
            "«Сарыарқа Мыс» компаниясы Жезқазған кенішін кеңейтуге 80 млрд теңге салады.\n"
            "Компания кеніште жаңа байыту фабрикасын 2028 жылы іске қосады.\n"
            "Жоба Жезқазғанда 600 жұмыс орнын ашады.\n"
            "Ұлытау облысының әкімдігі жобаға жер бөлгенін хабарлады.",
        ),
        (
            "Жезқазған кеніші жаңа фабрика алады",
            "«Сарыарқа Мыс» Жезқазғандағы кенішке 80 млрд теңге инвестиция құяды.\n"
            "Жаңа байыту фабрикасы кеніштің өнімін екі есе арттырады.\n"
            "Жезқазған тұрғындары үшін 600 жұмыс орны ашылады.\n"
            "Облыс әкімдігі компанияға жер телімін берді.",
        ),
        (
            "«Сарыарқа Мыс» акционерлеріне дивиденд төлейді",
            "Директорлар кеңесі сейсенбіде әр акцияға 140 теңге дивиденд бекітті.\n"
            "Төлемдер желтоқсанның соңына дейін акционерлердің шотына түседі.\n"
            "Былтыр компания дивиденд төлемеген еді.\n"
            "Биржада акциялар 2 пайызға қымбаттады.",
        ),
    ),
}
