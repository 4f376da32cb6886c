"""Invented news texts for ``bench/copy_kinds.py`` (no text of any real page): reports in
English, Korean, Turkish and German made from sentence frames whose slots stand every few
words (so two reports of different events share few 5-word runs, as two real reports do), and
the pieces copies and negatives are made of: a site's own intro, a "related coverage" block,
live-blog entries, a quoted statement and a background paragraph two stories share, reports of
one template, correction notices.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

FIRST = [
    "Maren",
    "Holt",
    "Idris",
    "Okonjo",
    "Talia",
    "Verhoeven",
    "Bastien",
    "Morel",
    "Luiza",
    "Prado",
    "Kwame",
    "Asante",
    "Lotte",
    "Brink",
    "Ruslan",
    "Tarkov",
    "Noor",
    "Haddad",
    "Pieter",
    "Dekker",
    "Yara",
    "Salim",
    "Callum",
    "Reid",
    "Eszter",
    "Varga",
    "Tobias",
    "Lind",
    "Chiara",
    "Benedetti",
    "Oluwaseun",
    "Bello",
    "Hanne",
    "Strand",
    "Marek",
    "Zielinski",
    "Farida",
    "Nasser",
    "Gideon",
    "Marsh",
    "Ines",
    "Carvalho",
    "Soren",
    "Aaberg",
    "Wren",
    "Castell",
    "Dmitri",
    "Volkov",
]
FIRSTS, LASTS = FIRST[0::2], FIRST[1::2]
TITLES = [
    ("Mayor", "mayor"),
    ("Minister", "minister"),
    ("Dr", "doctor"),
    ("Professor", "professor"),
    ("Inspector", "police inspector"),
    ("Senator", "senator"),
    ("Judge", "judge"),
    ("Commissioner", "commissioner"),
    ("Governor", "governor"),
    ("Captain", "harbour captain"),
]
ORGS = [
    "the Lakeshore Transit Board",
    "the Northfield water utility",
    "the dockworkers' guild",
    "the provincial audit office",
    "the Bellmoor school district",
    "the coastal rescue service",
    "the Granton chamber of commerce",
    "the national rail regulator",
    "the Ashcombe health trust",
    "the grain growers' association",
    "the Ridgeway housing cooperative",
    "the state broadcaster",
    "the Marlow district court",
    "the tenants' federation",
    "the river basin commission",
    "the Eastgate fire brigade",
    "the forestry institute",
    "the Wexley police department",
]
PLACES = [
    "Carrow Vale",
    "Easthaven",
    "Millbrook Quay",
    "Saint-Aurel",
    "Dunmere",
    "Kessington",
    "Norrland Heights",
    "Pellham",
    "Ravensby",
    "Tarnow Lake",
    "Vossberg",
    "Whitcombe",
    "Aldergrove",
    "Brenna Falls",
    "Cortland Bay",
    "Fennick",
    "Glassmoor",
    "Holloway Cross",
]
SUBJECTS = [
    "the ferry timetable",
    "a new desalination plant",
    "the winter road budget",
    "the school meals contract",
    "a dispute over grazing rights",
    "the harbour dredging",
    "the closure of two clinics",
    "a proposed wind farm",
    "the tram extension",
    "a shortage of night nurses",
    "the landfill expansion",
    "a rise in bus fares",
    "the restoration of the old mill",
    "the district heating scheme",
    "a ban on night flights",
    "the flood defence levy",
    "the sale of the municipal airport",
    "a strike by refuse collectors",
]
VERBS = [
    ("approved", "approve"),
    ("blocked", "block"),
    ("delayed", "delay"),
    ("defended", "defend"),
    ("attacked", "attack"),
    ("reopened", "reopen"),
    ("scaled back", "scale back"),
    ("welcomed", "welcome"),
    ("challenged", "challenge"),
    ("paused", "pause"),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
GROUPS = [
    "fishermen",
    "parents",
    "shop owners",
    "commuters",
    "pensioners",
    "farmers",
    "students",
    "night-shift workers",
    "landlords",
    "cyclists",
    "tour operators",
    "hauliers",
]
MOODS = ["angry", "relieved", "wary", "divided", "hopeful", "frustrated", "puzzled", "defiant"]
REASONS = [
    "rising costs",
    "a legal challenge",
    "missing paperwork",
    "a failed tender",
    "pressure from residents",
    "an engineering report",
    "a budget shortfall",
    "staff shortages",
    "an unexpected surplus",
    "a safety inspection",
    "a court ruling",
    "a funding pledge",
]
SAYS = [
    "said",
    "told reporters",
    "said in a statement",
    "told a packed hall",
    "wrote in a letter",
    "told local radio",
    "said at a briefing",
    "insisted",
]
QUOTES = [
    "we were promised answers months ago and we are still waiting for them",
    "nobody wants to close a service that families rely on every single week",
    "the figures we were shown last spring were simply wrong",
    "this town has been patient for long enough and the patience has run out",
    "every extra month of delay adds to the bill that taxpayers will pick up",
    "we will go to court if that is what it takes to be heard",
    "the engineers were clear that the old system would not survive another season",
    "I would rather be honest about the cost now than apologise for it later",
    "there is no version of this plan that pleases everyone",
    "our members voted by a wide margin and the message could not be clearer",
    "the money exists, it has just been spent on the wrong things",
    "we expect to publish the full report before the end of the year",
]
# Sentence frames: a slot every few words.  {P1}/{P2}: full name with title at first mention;
# {L1}/{L2}: surname; {T1}: the title word; {R1}: role noun.
FRAMES = [
    "{Org} {verb} {subject} in {place} on {day}, citing {reason}.",
    "The vote, {n1} to {n2}, followed {n3} hours of {mood} debate over {subject}.",
    "{P1}, who leads {org2}, {says} that {quote}.",
    '"{Quote}," {L1} {says}.',
    "About {big} {group} in {place} are affected, according to {org2}.",
    "Officials put the cost at {money} million, roughly {n1} percent above the {month} estimate.",
    "{P2} {says} the decision came after {reason} and {n1} months of talks.",
    "Critics including {group} from {place2} called the move {mood} and {adj}.",
    "{L2} added that {quote}.",
    "A review by {org2} is due in {month}, when {group} expect a further {n2} percent rise.",
    "{Group} gathered outside the offices of {org} on {day} evening, some carrying {thing}.",
    "The plan would {verb_base} {subject} until at least {month} {year}, {L1} {says}.",
    "In {year}, a similar proposal in {place2} collapsed amid {reason}.",
    "{Org2} said it had received {big} complaints since {month}, most of them about {reason}.",
    "Asked whether {subject} would survive, {L2} replied that {quote}.",
    "Local {group} told {paper} they felt {mood} about what comes next.",
    "The {T1} is expected to meet {group} from {place2} again on {day2}.",
    "{N1_word} of the {n3} members of {org2} abstained, saying {reason} had not been addressed.",
]
ADJ = ["rushed", "overdue", "reckless", "sensible", "premature", "costly", "cautious", "unfair"]
THING = ["placards", "candles", "petitions", "umbrellas", "children's drawings", "banners"]
PAPERS = ["the Evening Courier", "the Valley Ledger", "the Harbour Post", "the Morning Sentinel"]
NUM_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]


@dataclass
class Story:
    """One invented report: its headline, paragraphs, language and the names it uses."""

    title: str
    paras: list[str]
    lang: str = "en"
    place: str = ""
    # ((title, title as a noun), first name, surname)
    names: list[tuple[tuple[str, str], str, str]] = field(default_factory=list)
    subject: str = ""


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def english_story(rng: random.Random, sentences: int | None = None) -> Story:
    """A report of 12-18 sentences (two to a paragraph at most) about one event."""
    people = [(rng.choice(TITLES), rng.choice(FIRSTS), rng.choice(LASTS)) for _ in range(2)]
    org, org2 = rng.sample(ORGS, 2)
    place, place2 = rng.sample(PLACES, 2)
    subject = rng.choice(SUBJECTS)
    verb = rng.choice(VERBS)
    slots = {
        "org": org,
        "Org": _cap(org),
        "org2": org2,
        "Org2": _cap(org2),
        "place": place,
        "place2": place2,
        "subject": subject,
        "verb": verb[0],
        "verb_base": verb[1],
        "P1": f"{people[0][0][0]} {people[0][1]} {people[0][2]}",
        "P2": f"{people[1][0][0]} {people[1][1]} {people[1][2]}",
        "L1": people[0][2],
        "L2": people[1][2],
        "T1": people[0][0][1],
        "R1": people[0][0][1],
        "paper": rng.choice(PAPERS),
        "year": str(rng.randint(2009, 2024)),
    }
    n = sentences or rng.randint(12, 18)
    frames = rng.sample(FRAMES, min(n, len(FRAMES)))
    out = []
    for frame in frames:
        q = rng.choice(QUOTES)
        fill = dict(slots)
        fill.update(
            {
                "day": rng.choice(DAYS),
                "day2": rng.choice(DAYS),
                "reason": rng.choice(REASONS),
                "mood": rng.choice(MOODS),
                "adj": rng.choice(ADJ),
                "group": rng.choice(GROUPS),
                "Group": _cap(rng.choice(GROUPS)),
                "says": rng.choice(SAYS),
                "quote": q,
                "Quote": _cap(q),
                "n1": str(rng.randint(2, 19)),
                "n2": str(rng.randint(3, 14)),
                "n3": str(rng.randint(3, 18)),
                "big": f"{rng.randint(2, 48)},{rng.randint(100, 999)}",
                "money": f"{rng.randint(3, 95)}.{rng.randint(1, 9)}",
                "month": rng.choice(MONTHS),
                "thing": rng.choice(THING),
                "N1_word": _cap(rng.choice(NUM_WORDS[2:10])),
            }
        )
        out.append(frame.format(**fill))
    paras: list[str] = []
    i = 0
    while i < len(out):
        k = 1 if rng.random() < 0.55 else 2
        paras.append(" ".join(out[i : i + k]))
        i += k
    title = f"{_cap(org)} {verb[0]} {subject} in {place}"
    return Story(title, paras, "en", place, people, subject)


# --------------------------------------------------------------------------- other languages

KO = {
    "orgs": [
        "국토교통부",
        "부산시 교육청",
        "한국수자원공사",
        "전국택시노조",
        "경기도 의회",
        "해양경찰청",
        "서울시 버스운송조합",
        "대한간호협회",
        "산림청",
        "광주시 환경공단",
    ],
    "places": ["창원", "여수", "춘천", "목포", "안동", "제천", "통영", "군산", "속초", "김해"],
    "subjects": [
        "야간 버스 노선 개편안",
        "하수처리장 증설 계획",
        "공공병원 설립 계획",
        "항만 준설 사업",
        "학교 급식 단가 인상안",
        "풍력발전 단지 조성안",
        "도심 순환 트램 노선",
        "쓰레기 매립장 확장안",
    ],
    "names": [
        "김민재",
        "이서연",
        "박준호",
        "최유나",
        "정다은",
        "한도윤",
        "오세훈",
        "윤지민",
        "강태오",
        "서하린",
    ],
    "roles": ["위원장", "대변인", "국장", "시장", "교수", "본부장", "사무총장", "과장"],
    "reasons": [
        "예산 부족",
        "주민 반발",
        "안전 점검 결과",
        "법원 판결",
        "공사비 상승",
        "인력 부족",
    ],
    "groups": ["상인들", "학부모들", "어민들", "출퇴근 시민들", "노인들", "농민들", "운전기사들"],
    "frames": [
        "{org}는 {day} {place}에서 열린 회의에서 {subject}을 {verb}고 밝혔다.",
        "이번 결정은 {n1}시간 넘게 이어진 논의 끝에 찬성 {n2}표, 반대 {n3}표로 이뤄졌다.",
        '{name1} {role1}은 "{reason} 때문에 더는 미룰 수 없었다"고 말했다.',
        "{org2}에 따르면 {place} 지역 {group} 약 {big}명이 직접 영향을 받는다.",
        "총사업비는 {money}억 원으로 당초 계획보다 {n1}% 늘어났다.",
        '{name2} {role2}은 기자들과 만나 "{group}의 목소리를 충분히 듣겠다"고 강조했다.',
        "{place2}에서도 비슷한 사업이 {year}년 {reason}으로 무산된 바 있다.",
        "{group} 수십 명은 이날 저녁 {org} 앞에 모여 {subject} 재검토를 요구했다.",
        "{org2}는 {month}월까지 보완 대책을 마련해 다시 보고할 예정이다.",
        "일부 전문가들은 {reason}을 이유로 {subject}의 효과에 의문을 제기했다.",
        '{name1} {role1}은 "시민들의 불편을 최소화하는 방향으로 추진하겠다"고 덧붙였다.',
        "지난해 같은 기간 접수된 민원은 {big}건으로 대부분 {reason}과 관련된 내용이었다.",
    ],
    "verbs": ["승인했다", "보류했다", "철회했다", "확정했다", "연기했다"],
    "days": ["월요일", "화요일", "수요일", "목요일", "금요일", "3일", "14일", "27일"],
}
TR = {
    "orgs": [
        "İzmir Büyükşehir Belediyesi",
        "Karayolları Genel Müdürlüğü",
        "Türk Tabipleri Birliği",
        "Ticaret Odası",
        "Devlet Su İşleri",
        "Liman İşletmesi",
        "Öğretmenler Sendikası",
        "Çevre Bakanlığı",
        "Kıyı Emniyeti Müdürlüğü",
        "Ziraat Odası",
    ],
    "places": [
        "Muğla",
        "Çanakkale",
        "Eskişehir",
        "Giresun",
        "Kırşehir",
        "Ağrı",
        "Düzce",
        "Şırnak",
        "Balıkesir",
        "Uşak",
    ],
    "subjects": [
        "gece otobüsü hatlarının değiştirilmesi",
        "yeni arıtma tesisinin yapımı",
        "okul yemeği ihalesinin iptali",
        "rüzgâr santrali projesi",
        "liman genişletme çalışması",
        "su fiyatlarına yapılan zam",
        "şehir içi tramvay hattı",
        "çöp depolama alanının büyütülmesi",
    ],
    "names": [
        "Ayşe Yılmaz",
        "Mehmet Öztürk",
        "Şule Karagöz",
        "İsmail Doğan",
        "Gülşen Çelik",
        "Barış Aydın",
        "Ömer Şahin",
        "Çiğdem Arslan",
        "Uğur Kılıç",
        "Nurcan Güneş",
    ],
    "roles": [
        "başkanı",
        "sözcüsü",
        "müdürü",
        "genel sekreteri",
        "il müdürü",
        "yönetim kurulu üyesi",
    ],
    "reasons": [
        "bütçe açığı",
        "mahkeme kararı",
        "artan maliyetler",
        "güvenlik denetimi",
        "personel eksikliği",
        "vatandaşların şikâyetleri",
    ],
    "groups": [
        "esnaf",
        "veliler",
        "balıkçılar",
        "öğrenciler",
        "emekliler",
        "çiftçiler",
        "şoförler",
    ],
    "frames": [
        "{org}, {day} günü {place}'da yapılan toplantıda {subject} kararını {verb}.",
        "Karar, {n1} saatten uzun süren görüşmelerin ardından {n2} kabul ve {n3} ret oyuyla "
        "alındı.",
        '{org} {role1} {name1}, "{reason} nedeniyle daha fazla bekleyemezdik" dedi.',
        "{org2} verilerine göre {place} genelinde yaklaşık {big} kişi bu karardan doğrudan "
        "etkileniyor.",
        "Projenin toplam maliyeti {money} milyon lira olarak açıklandı; bu tutar ilk tahminin "
        "yüzde {n1} üzerinde.",
        '{name2}, gazetecilere yaptığı açıklamada "{group} ile görüşmeye devam edeceğiz" diye '
        "konuştu.",
        "Benzer bir proje {year} yılında {place2}'da {reason} gerekçesiyle rafa kaldırılmıştı.",
        "Akşam saatlerinde onlarca {group} belediye binası önünde toplanarak kararın geri "
        "çekilmesini istedi.",
        "{org2}, ek önlemlere ilişkin raporunu {month} ayında açıklayacağını duyurdu.",
        "Bazı uzmanlar ise {reason} yüzünden projenin işe yarayıp yaramayacağından şüpheli "
        "olduğunu söyledi.",
        "{name1}, vatandaşların mağduriyetini en aza indirmek için çalıştıklarını da sözlerine "
        "ekledi.",
        "Geçen yıl aynı dönemde {big} şikâyet başvurusu yapıldığı ve çoğunun {reason} ile ilgili "
        "olduğu öğrenildi.",
    ],
    "verbs": ["onayladı", "erteledi", "geri çekti", "kesinleştirdi", "askıya aldı"],
    "days": ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi"],
}
DE = {
    "orgs": [
        "die Stadtwerke Görlitz",
        "der Landesrechnungshof",
        "die Hafenbehörde",
        "der Elternbeirat",
        "die Straßenbaubehörde",
        "der Mieterverein",
        "die Kreisverwaltung",
        "der Fischereiverband",
    ],
    "places": [
        "Meißen",
        "Großenhain",
        "Fürstenwalde",
        "Weißenfels",
        "Straßkirchen",
        "Gießen",
        "Außernzell",
        "Rößing",
    ],
    "subjects": [
        "die Schließung der Fährstelle",
        "den Ausbau der Straßenbahn",
        "die Erhöhung der Wassergebühren",
        "den Neubau des Klärwerks",
        "die Sanierung der Schleuse",
        "das Nachtflugverbot",
        "die Verlegung des Wochenmarkts",
        "den Bau eines Windparks",
    ],
    "names": [
        "Jörg Weiß",
        "Grete Strauß",
        "Klaus Großmann",
        "Heike Süß",
        "Matthias Fußmann",
        "Sabine Meißner",
        "Uwe Preuß",
        "Renate Schließer",
    ],
    "roles": [
        "Bürgermeister",
        "Sprecherin",
        "Geschäftsführer",
        "Vorsitzende",
        "Stadtbaurat",
        "Landrat",
    ],
    "reasons": [
        "gestiegener Kosten",
        "eines Gerichtsurteils",
        "fehlender Fachkräfte",
        "heftiger Proteste",
        "eines Gutachtens",
        "leerer Kassen",
    ],
    "groups": ["Anwohner", "Pendler", "Landwirte", "Eltern", "Händler", "Fischer", "Rentner"],
    "frames": [
        "{Org} hat am {day} in {place} {subject} {verb}, wegen {reason}.",
        "Die Entscheidung fiel nach {n1} Stunden mit {n2} zu {n3} Stimmen.",
        "„Wegen {reason} konnten wir nicht länger warten“, sagte {role1} {name1}.",
        "Nach Angaben des Verbands sind in {place} rund {big} {group} direkt betroffen.",
        "Die Kosten liegen bei {money} Millionen Euro, gut {n1} Prozent über der ursprünglichen "
        "Schätzung.",
        "{name2} ({role2}) versprach, die Sorgen der {group} ernst zu nehmen und bis Ende "
        "{month} zu antworten.",
        "In {place2} war ein ähnliches Vorhaben {year} wegen {reason} gescheitert.",
        "Am Abend versammelten sich Dutzende {group} vor dem Rathaus, um gegen {subject} zu "
        "protestieren.",
        "Ein weiteres Gutachten soll im {month} vorgelegt werden, hieß es aus der Verwaltung.",
        "Kritiker bezweifeln angesichts {reason}, dass sich der große Aufwand auszahlen wird.",
        "{name1} betonte, man wolle die Belastungen für die {group} so gering wie möglich halten.",
        "Im vergangenen Jahr gingen dazu {big} Beschwerden ein, die meisten wegen {reason}.",
    ],
    "verbs": ["beschlossen", "gestoppt", "vertagt", "genehmigt", "abgelehnt"],
    "days": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
}
DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
FR = {
    "orgs": [
        "la mairie de Besançon",
        "le conseil départemental",
        "la préfecture maritime",
        "l'agence régionale de santé",
        "le syndicat des transports",
        "la chambre d'agriculture",
        "l'office public de l'habitat",
        "la fédération des pêcheurs",
    ],
    "places": [
        "Besançon",
        "Orléans",
        "Saint-Étienne",
        "Nîmes",
        "Périgueux",
        "Angoulême",
        "Épinal",
        "Châteauroux",
    ],
    "subjects": [
        "la fermeture de la maternité",
        "le prolongement du tramway",
        "la hausse des tarifs de l'eau",
        "la rénovation du pont de l'Écluse",
        "l'interdiction des vols de nuit",
        "le déménagement du marché couvert",
        "la création d'un parc éolien",
        "la suppression de la ligne de bus express",
    ],
    "names": [
        "Hélène Lefèvre",
        "Jérôme Bénard",
        "Cécile Mérieux",
        "François Dufrêne",
        "Amélie Gérôme",
        "Rémi Thévenet",
        "Agnès Pézeril",
        "Benoît Crémieux",
    ],
    "roles": [
        "la présidente",
        "le directeur général",
        "la porte-parole",
        "le secrétaire général",
        "l'adjointe au maire",
    ],
    "reasons": [
        "la hausse des coûts",
        "une décision du tribunal administratif",
        "la pénurie de personnel",
        "des manifestations répétées",
        "une expertise défavorable",
        "l'état des finances",
    ],
    "groups": ["riverains", "usagers", "agriculteurs", "parents d'élèves", "commerçants",
               "pêcheurs", "retraités"],
    "frames": [
        "{Org} a {verb} {day} à {place} {subject}, en raison de {reason}.",
        "La décision a été prise après {n1} heures de débat, par {n2} voix contre {n3}.",
        "« À cause de {reason}, nous ne pouvions plus attendre », a déclaré {role1}, {name1}.",
        "Selon {org2}, près de {big} {group} sont directement concernés à {place}.",
        "Le coût est évalué à {money} millions d'euros, soit {n1} % de plus que prévu.",
        "{name2} ({role2}) a promis de répondre aux inquiétudes des {group} avant le mois "
        "{month}.",
        "À {place2}, un projet semblable avait été abandonné en {year} à cause de {reason}.",
        "En fin de journée, des dizaines de {group} se sont réunis devant l'hôtel de ville pour "
        "protester contre {subject}.",
        "Une nouvelle étude sera présentée au mois {month}, a-t-on appris auprès de {org2}.",
        "Des critiques doutent, étant donné {reason}, que l'opération soit rentable.",
        "{name1} a souligné que l'on s'efforcerait de réduire au minimum la gêne pour les "
        "{group}.",
        "L'an dernier, {big} réclamations avaient été déposées, la plupart à cause de {reason}.",
    ],
    "verbs": ["approuvé", "suspendu", "reporté", "validé", "rejeté"],
    "days": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
}
# A French sub-editor's other prepositions (bench/copy_kinds.py's prepedit copies): "de",
# "des", "à" ("a" once folded) and "d'" are words of CLDR's month and weekday names of some
# language (Catalan "de gener", "d'abril"; Norwegian "des."; Hausa "Jummaʼa")
FR_PREPOSITION_EDITS = [
    ("aux inquiétudes des", "à l'inquiétude de ces"),
    ("devant l'hôtel de ville", "face à la mairie"),
    ("a été prise après", "est tombée au terme de"),
    ("Selon ", "D'après "),
    ("auprès de", "du côté de"),
    ("près de", "à peu près"),
]
FR_MONTHS = ["de janvier", "de février", "de mars", "d'avril", "de mai", "de juin",
             "de juillet", "d'août", "de septembre", "d'octobre", "de novembre", "de décembre"]
VI = {
    "orgs": [
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
        "Sở Giao thông vận tải",
        "Ban quản lý cảng Đà Nẵng",
        "Hội Nông dân huyện",
        "Sở Tài nguyên và Môi trường",
        "Công ty Cấp nước",
        "Sở Giáo dục và Đào tạo",
        "Hiệp hội Thủy sản",
    ],
    "places": [
        "Quảng Ngãi",
        "Đà Nẵng",
        "Huế",
        "Cần Thơ",
        "Nha Trang",
        "Hải Phòng",
        "Vinh",
        "Buôn Ma Thuột",
    ],
    "subjects": [
        "việc đóng cửa bến phà cũ",
        "dự án mở rộng tuyến đường ven biển",
        "việc tăng giá nước sinh hoạt",
        "việc xây dựng nhà máy xử lý rác",
        "việc cải tạo cầu Trường Tiền",
        "lệnh cấm xe tải vào nội thành",
        "việc di dời chợ đầu mối",
        "dự án điện gió ngoài khơi",
    ],
    "names": [
        "Nguyễn Văn Hùng",
        "Trần Thị Hương",
        "Lê Đức Thắng",
        "Phạm Thị Thủy",
        "Hoàng Minh Tuấn",
        "Võ Thị Ngọc Ánh",
        "Đặng Quốc Bảo",
        "Bùi Thị Lệ",
    ],
    "roles": ["Chủ tịch", "Giám đốc", "Phó Giám đốc", "người phát ngôn", "Bí thư"],
    "reasons": [
        "chi phí tăng cao",
        "phán quyết của tòa án",
        "thiếu nhân lực",
        "nhiều cuộc phản đối",
        "kết quả thẩm định",
        "ngân sách eo hẹp",
    ],
    "groups": ["người dân", "hành khách", "nông dân", "phụ huynh", "tiểu thương", "ngư dân",
               "người cao tuổi"],
    "frames": [
        "{Org} đã {verb} {subject} tại {place} vào ngày {day}, do {reason}.",
        "Quyết định được đưa ra sau {n1} giờ thảo luận, với {n2} phiếu thuận và {n3} phiếu "
        "chống.",
        "“Vì {reason}, chúng tôi không thể chờ thêm được nữa”, {role1} {name1} cho biết.",
        "Theo {org2}, khoảng {big} {group} ở {place} chịu ảnh hưởng trực tiếp.",
        "Tổng chi phí ước tính {money} tỷ đồng, cao hơn {n1} phần trăm so với dự toán ban đầu.",
        "{role2} {name2} hứa sẽ trả lời những băn khoăn của {group} trước tháng {month}.",
        "Tại {place2}, một dự án tương tự đã bị dừng vào năm {year} vì {reason}.",
        "Chiều cùng ngày, hàng chục {group} đã tập trung trước trụ sở để phản đối {subject}.",
        "Một báo cáo đánh giá mới sẽ được công bố vào tháng {month}, {org2} cho hay.",
        "Một số chuyên gia nghi ngờ, vì {reason}, rằng dự án sẽ mang lại hiệu quả.",
        "{name1} nhấn mạnh sẽ cố gắng giảm thiểu tối đa ảnh hưởng đối với {group}.",
        "Năm ngoái, cơ quan này đã nhận {big} đơn phản ánh, phần lớn liên quan đến {reason}.",
    ],
    "verbs": ["phê duyệt", "tạm dừng", "hoãn", "thông qua", "bác bỏ"],
    "days": ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu"],
}
LANG_TABLES = {"ko": KO, "tr": TR, "de": DE, "fr": FR, "vi": VI}


def foreign_story(rng: random.Random, lang: str) -> Story:
    """A report in ``lang`` (ko, tr, de, fr, vi) from :data:`LANG_TABLES`' frames, 10-12
    sentences."""
    t = LANG_TABLES[lang]
    org, org2 = rng.sample(t["orgs"], 2)
    place, place2 = rng.sample(t["places"], 2)
    name1, name2 = rng.sample(t["names"], 2)
    subject, verb = rng.choice(t["subjects"]), rng.choice(t["verbs"])
    frames = rng.sample(t["frames"], rng.randint(10, len(t["frames"])))
    out = []
    for frame in frames:
        out.append(
            frame.format(
                org=org,
                Org=_cap(org),
                org2=org2,
                place=place,
                place2=place2,
                name1=name1,
                name2=name2,
                role1=rng.choice(t["roles"]),
                role2=rng.choice(t["roles"]),
                subject=subject,
                verb=verb,
                reason=rng.choice(t["reasons"]),
                group=rng.choice(t["groups"]),
                day=rng.choice(t["days"]),
                n1=rng.randint(2, 19),
                n2=rng.randint(5, 30),
                n3=rng.randint(1, 12),
                big=f"{rng.randint(2, 90)}{rng.randint(100, 999)}",
                money=rng.randint(12, 980),
                year=rng.randint(2009, 2024),
                month=(
                    rng.choice(DE_MONTHS) if lang == "de"
                    else rng.choice(FR_MONTHS) if lang == "fr"
                    else rng.randint(1, 12)
                ),
            )
        )
    paras = [" ".join(out[i : i + 2]) for i in range(0, len(out), 2)]
    return Story(
        f"{place} {subject}" if lang != "de" else f"{place}: {_cap(subject)}",
        paras,
        lang,
        place,
        [],
        subject,
    )


# --------------------------------------------------------------------------- pieces

INTROS = [
    "For families in {place} the question is no longer whether {subject} goes ahead but who pays "
    "for it. Our reporter spent {day} at the {venue}, where {group} queued to read the notices "
    "pinned to the door, and found most of them {mood} and short of answers. Below is the full "
    "agency account of what was decided, with the figures as released.",
    "{Group} in {place} have written to this newspaper more often about {subject} than about any "
    "other issue this year, many of them {mood}. We asked {venue_owner} for a comment before "
    "publication and had no reply by our deadline on {day}. The agency's report follows.",
    "It took {n} years, three consultations and a change of leadership before {place} reached "
    "this point, and the {group} who fought the longest say they are {mood} rather than "
    "triumphant. Here is how the wire service reported the day's events.",
]
VENUES = ["community hall", "library annexe", "old fire station", "parish centre", "market square"]
RELATED_HEADS = ["Related coverage", "More on this story", "Also in the news", "Read next"]
LIVE_ENTRIES = [
    "{t} - Crews in {place} reported the {thing} cleared from the main road, though side streets "
    "remain shut.",
    "{t} - A reader in {place} sends this photo of {group} waiting outside the station.",
    "{t} - We are hearing that {org} will issue a fuller statement within the hour.",
    "{t} - Traffic update: expect delays of up to {n} minutes on the ring road around {place}.",
    "{t} - Recap for anyone just joining us: {org} met this morning and the session overran.",
    "{t} - Weather: showers clearing from the west by late afternoon, highs of {n} degrees.",
    "{t} - Our correspondent outside the building says the mood among {group} is {mood}.",
    "{t} - Schools in {place} say lessons will run as normal tomorrow.",
]
SHARED_QUOTES = [
    '"We are reviewing every option that is open to us, and until that review is finished I will '
    "not speculate about outcomes, timetables or costs, because people deserve facts rather than "
    'guesses from the people they elected to run this province," the regional premier said.',
    '"The safety of passengers and crew comes before any commercial consideration, and we will '
    "cooperate fully with the investigators wherever their inquiry leads, however long it takes "
    "and "
    "whatever it costs the company,\" the operator's chief executive said in a statement.",
]
SHARED_BACKGROUND = [
    "The province has been under a drought order since the spring of last year, when reservoir "
    "levels fell below a third of capacity for the first time since records began, and households "
    "have been asked to cut their water use by a fifth. Farmers say the restrictions have already "
    "cost them much of the season's fruit harvest.",
    "The port handles roughly a quarter of the country's container traffic and employs some "
    "eleven thousand people directly, most of them on contracts negotiated by the dockworkers' "
    "guild, whose last strike in the autumn of the previous year closed the terminals for nine "
    "days.",
]
TEMPLATE_REPORT = (
    "{force} police are appealing for witnesses after a {age}-year-old {person} was taken to "
    "{hospital} with {injury} injuries following a collision on the {road} near {place} at around "
    "{time} on {day}. The {vehicle} involved stopped at the scene. The road was closed for {hours} "
    "hours while collision investigators worked. Anyone who saw what happened, or who has dashcam "
    "footage, is asked to call {phone} quoting reference {ref}."
)
CORRECTION = (
    "Correction: An earlier version of this article, published on {day}, {wrong}. "
    "{right} We apologise for the error."
)


# --------------------------------------------------------------------------- shared closings

# A site's (or a site group's) closing paragraphs printed under every short local story, in
# three languages, and a company's release boilerplate without an "About" heading: what two
# pages share when they are no copies of each other (bench/copy_kinds.py kind ``closing``).
CLOSING_BLOCKS = {
    "en": [
        "Residents who want to weigh in can attend the next public session or send written "
        "comments to the clerk's office, which posts agendas online a week before each meeting.",
        "The matter has drawn interest from several neighborhood associations, and a number of "
        "speakers asked officials to schedule another hearing before anything is finalized.",
        "A spokesperson said additional information would be shared over the coming weeks as "
        "the process continues.",
        "Have a news tip or a question about this story? Our local desk reads every message "
        "sent through the contact form on this page and replies within two working days.",
    ],
    "es": [
        "Los vecinos que deseen opinar pueden asistir a la próxima sesión pública o enviar sus "
        "comentarios por escrito a la secretaría, que publica el orden del día una semana antes.",
        "El asunto ha despertado el interés de varias asociaciones de vecinos, y algunos "
        "oradores pidieron a las autoridades una nueva audiencia antes de cualquier decisión.",
        "Un portavoz indicó que se dará más información en las próximas semanas a medida que "
        "avance el proceso.",
        "¿Tiene una pista o una pregunta sobre esta noticia? Nuestra redacción local lee todos "
        "los mensajes enviados desde el formulario de contacto y responde en dos días hábiles.",
    ],
    "de": [
        "Wer sich äußern möchte, kann an der nächsten öffentlichen Sitzung teilnehmen oder "
        "schriftliche Hinweise an die Verwaltung schicken, die die Tagesordnung eine Woche vorher "
        "veröffentlicht.",
        "Das Thema beschäftigt mehrere Anwohnervereine, und einige Redner baten die Verwaltung, "
        "vor einer endgültigen Entscheidung eine weitere Anhörung anzusetzen.",
        "Ein Sprecher sagte, weitere Einzelheiten würden in den kommenden Wochen bekanntgegeben, "
        "während das Verfahren weiterläuft.",
        "Sie haben einen Hinweis oder eine Frage zu diesem Thema? Unsere Lokalredaktion liest "
        "jede Nachricht über das Kontaktformular auf dieser Seite und antwortet binnen zwei "
        "Werktagen.",
    ],
}
ES_LEADS = [
    "El ayuntamiento aplazó el jueves la votación sobre un nuevo almacén de 50.000 metros "
    "cuadrados junto a la autopista después de que decenas de vecinos protestaran por el tráfico "
    "de camiones y el ruido nocturno.",
    "La junta escolar aprobó retrasar la hora de entrada en los institutos a las 8.30 a partir "
    "del próximo curso, citando estudios sobre el sueño de los adolescentes y una encuesta entre "
    "las familias.",
    "Una rotura de una tubería principal inundó el jueves dos manzanas del centro y dejó sin "
    "agua a varios comercios durante gran parte de la mañana, según informaron las autoridades "
    "municipales.",
]
RELEASE_LEADS = [
    "{city}, {month} {d}, 2026 -- {company} today announced that its board of directors has "
    "appointed {person} as chief financial officer, effective {month2} 1, succeeding a finance "
    "chief who is retiring after eleven years with the company.",
    "{city}, {month} {d}, 2026 -- {company} today opened a regional distribution hub near "
    "{place}, adding about {n} jobs and cutting delivery times to customers in the region by a "
    "full day.",
    "{city}, {month} {d}, 2026 -- {company} said today that it will present at an investor "
    "conference in New York next week, and that a live webcast will be available on its investor "
    "relations website.",
]
RELEASE_BOILERPLATE = [
    "{company} operates {depots} depots and sorting centres in {countries} countries and employs "
    "roughly {staff} people. The company moves parcels and freight for retailers, manufacturers "
    "and public agencies, and has committed to electric vans for all urban routes by 2030.",
    "Cautionary statement. This release contains statements about future expectations, plans "
    "and prospects that involve risks and uncertainties, including fuel prices, labour costs, "
    "competition and regulation, which could cause actual results to differ materially. "
    "{company} undertakes no obligation to update these statements.",
    "SOURCE {company}",
]
NEW_LEADS = [
    "{PLACE} - People in {place} woke on {day} to find that {subject} had been decided without "
    "them, and many of the {group} we spoke to were {mood}.",
    "{PLACE} - The long argument over {subject} in {place} came to a head on {day}, leaving "
    "{group} {mood} and officials promising more detail.",
]
CLOSING_LEADS = {
    "en": [
        "The county planning board on Tuesday put off a decision on a 40-acre solar farm east of "
        "Millbrook after farmers crowded the meeting room to complain about lost cropland.",
        "Dunmore school trustees voted 5-2 to move elementary dismissal to 3:10 p.m. next fall so "
        "that buses can run one route instead of two, saving about $400,000 a year.",
        "A gas leak near the Harlan Street bridge forced crews to close four blocks and evacuate "
        "a day care center for three hours on Wednesday afternoon, fire officials said.",
        "The regional transit board approved two express buses between Carver Park and the "
        "airport, with service starting in March and fares matching the regular routes.",
    ],
    "de": [
        "Der Bauausschuss hat am Dienstag die Entscheidung über einen Solarpark am Ortsrand von "
        "Kellinghusen vertagt, nachdem Landwirte den Sitzungssaal gefüllt hatten.",
        "Der Schulrat beschloss mit fünf zu zwei Stimmen, den Unterricht an den Grundschulen ab "
        "dem kommenden Schuljahr zwanzig Minuten später beginnen zu lassen.",
        "Ein Wasserrohrbruch hat am Mittwochmorgen zwei Straßen in der Altstadt überflutet und "
        "mehrere Geschäfte bis zum Mittag ohne Wasser gelassen.",
    ],
}

# One template filled for several periods (``copy_kinds.template_kinds``): a company's dividend
# or quarterly-figures release each quarter (English, German, French, Spanish), the weekly
# jobless claims and a city's gas prices.  Each entry: paragraphs with slots ({m}: a month of
# the language's MONTH_NAMES, {d}: a day, {w}: a weekday, other slots figures), the
# boilerplate every instance carries, and the slots every instance fills alike (a company pays
# the same dividend quarter after quarter: the instances differ in their dates alone, as
# newcomer 31's two Acme releases did).
MONTH_NAMES = {
    "en": MONTHS,
    "de": DE_MONTHS,
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}
WEEKDAY_NAMES = {
    "en": DAYS,
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
TEMPLATES = [
    ("en", "Harrowgate Industries declares quarterly dividend", [
        "COLUMBUS, Ohio, {m1} {d1}, 2026 /PRNewswire/ -- The board of directors of Harrowgate "
        "Industries Inc. (NYSE: HWG) today declared a quarterly cash dividend of $0.{c} per "
        "share, payable {m2} 15, 2026, to shareholders of record at the close of business on "
        "{m1} {d3}, 2026.",
    ], [
        "About Harrowgate Industries. Harrowgate Industries Inc. makes valves, pumps and "
        "metering equipment for water utilities and food processors. Founded in 1931, it has 38 "
        "plants in 9 countries and about 11,000 employees. For more information, visit "
        "www.harrowgate.example.",
        "Forward-looking statements. This press release contains forward-looking statements "
        "within the meaning of the Private Securities Litigation Reform Act of 1995 that are "
        "subject to risks and uncertainties, including demand from utilities, steel prices and "
        "currency movements. Harrowgate undertakes no obligation to update them.",
        "SOURCE Harrowgate Industries Inc.",
        "Media contact: Dana Whitlow, 614-555-0177; investor contact: Raj Menon, 614-555-0123",
    ], ("c",)),
    ("en", "Jobless claims", [
        "WASHINGTON -- The number of Americans applying for unemployment benefits changed by "
        "{a},000 last week to {n},000, the Labor Department said {w}.",
        "Economists surveyed had expected {p},000 new applications for the week ending {m1} "
        "{d1}. The four-week average of claims, which evens out weekly swings, stood at "
        "{y},{c}00.",
        "The total number of people collecting jobless aid was 1.{c2} million for the week "
        "ending {m2} {d2}, the department said.",
    ], [
        "Weekly applications for jobless benefits are seen as a proxy for layoffs. They have "
        "stayed in a historically low range since the pandemic, even as the Federal Reserve "
        "raised interest rates to cool the economy and hiring slowed in several industries.",
    ], ()),
    ("en", "Gas prices in Carver Falls today", [
        "Gas prices in Carver Falls on {w}, {m1} {d1}: the average price for a gallon of "
        "regular unleaded gasoline in Carver Falls is $3.{c}, according to fuel price tracking "
        "services.",
        "That compares with $3.{c2} a day earlier and $3.{c3} a week ago. The statewide "
        "average is $3.{n} a gallon, and the national average stood at $3.{a}.",
    ], [
        "Drivers paying with cash may find lower prices at some stations. Prices for midgrade "
        "and premium gasoline are typically 40 to 80 cents higher than regular. This story was "
        "generated automatically from fuel price data and reviewed by an editor.",
    ], ()),
    ("de", "Quartalszahlen der Kellerwald Maschinenbau AG", [
        "Kassel, {d1}. {m1} 2026 – Die Kellerwald Maschinenbau AG hat im {a}. Quartal 2026 "
        "einen Umsatz von {n} Millionen Euro erzielt, {y} Prozent mehr als im "
        "Vorjahreszeitraum. Das operative Ergebnis (EBIT) stieg auf {p} Millionen Euro.",
        "Der Vorstand bestätigte die Prognose für das Gesamtjahr und erwartet einen Umsatz "
        "zwischen {c}0 und {c2}0 Millionen Euro. Die Zahl der Beschäftigten lag zum {d2}. {m2} "
        "bei 2.{c3}0.",
    ], [
        "Über die Kellerwald Maschinenbau AG: Das Unternehmen entwickelt und fertigt "
        "Verpackungsmaschinen für die Lebensmittel- und Pharmaindustrie und beschäftigt an vier "
        "Standorten in Hessen und Thüringen rund zweitausend Mitarbeiterinnen und Mitarbeiter.",
        "Diese Mitteilung enthält zukunftsbezogene Aussagen, die auf den gegenwärtigen "
        "Erwartungen des Vorstands beruhen und Risiken und Unsicherheiten unterliegen.",
    ], ()),
    ("fr", "Dividende de Maison Vernier", [
        "Lyon, le {d1} {m1} 2026 – Le conseil d'administration de Maison Vernier SA a décidé "
        "le versement d'un dividende trimestriel de 0,{c} euro par action. La date de "
        "détachement est fixée au {d2} {m2} et la mise en paiement interviendra le 15 {m2} "
        "2026.",
    ], [
        "À propos de Maison Vernier : fondée en 1898, Maison Vernier conçoit et distribue des "
        "articles de cuisine et de table dans 32 pays et emploie environ 3 100 personnes. Plus "
        "d'informations sur www.vernier.example.",
        "Contact presse : Claire Morel, +33 4 72 41 18 90",
    ], ("c",)),
    ("es", "Dividendo de Grupo Almenara", [
        "Madrid, {d1} de {m1} de 2026.- El consejo de administración de Grupo Almenara ha "
        "acordado el pago de un dividendo a cuenta de 0,{c} euros brutos por acción, que se "
        "abonará el próximo {d2} de {m2} a los accionistas inscritos el día {d3}.",
    ], [
        "Acerca de Grupo Almenara: fundado en 1964, Grupo Almenara gestiona autopistas, "
        "aparcamientos y servicios urbanos en 3 países y cuenta con una plantilla de unas "
        "9.200 personas. Más información en www.almenara.example.",
        "Contacto de prensa: Lucía Ferrer, +34 915 550 148",
    ], ("c",)),
]
PICKUP_HEADS = {
    "en": "This is a paid press release. Contact the press release distributor directly with "
    "any inquiries.",
    "de": "Dies ist eine Pressemitteilung. Für den Inhalt ist allein das Unternehmen "
    "verantwortlich.",
    "fr": "Communiqué diffusé par notre partenaire. Le contenu n'engage que son auteur.",
    "es": "Este es un comunicado de prensa. El contenido es responsabilidad de la empresa.",
}
UPDATE_PARAS = {
    "en": "Update: Shares rose {a}.{c} percent to ${p}.{c2} in early trading on {w}, after "
    "the figures were published.",
    "de": "Aktualisierung: Die Aktie legte am Vormittag um {a},{c} Prozent auf {p},{c2} Euro "
    "zu.",
    "fr": "Mise à jour : l'action gagnait {a},{c} % à {p},{c2} euros en début de séance.",
    "es": "Actualización: la acción subía un {a},{c} % hasta {p},{c2} euros en la apertura.",
}

# One site's notices (``copy_kinds.notice_kinds``): death notices and job offers, a template
# each, filled for several people or posts of one week (newcomer 32's finding 3: the template
# dominated the shingles, and two people's notices were one cluster).  Each entry: language,
# the site's heading, paragraphs with slots ({first} {last}: a person of NOTICE_NAMES, {town},
# {place}: NOTICE_PLACES, {d}: a day of the week's, {age}, {ref}, {years}: figures, {post}:
# NOTICE_POSTS, {kin}: another person), and the byline a copying site puts on top.  Every name
# and text invented.
NOTICE_NAMES = {
    "fr": (["Aimé", "Bintou", "Clémentine", "Daouda", "Estelle", "Fulgence", "Germaine",
            "Hyacinthe", "Innocent", "Judith", "Kader", "Léontine", "Marcellin", "Nadège"],
           ["Assémien", "Bamba", "Coulibaly", "Diabaté", "Ehui", "Fofana", "Gnagne", "Kacou",
            "Loukou", "Méité", "N'Dri", "Ouattara", "Séka", "Yapi"]),
    "en": (["Agnes", "Brendan", "Cora", "Desmond", "Edith", "Fergus", "Gwen", "Hector",
            "Imelda", "Jasper", "Kathleen", "Lorcan", "Maeve", "Niall"],
           ["Ashdown", "Blackwood", "Corrigan", "Dunleavy", "Ellery", "Fairbairn", "Garrity",
            "Hollis", "Kavanagh", "Lattimore", "Mulcahy", "Pennington", "Rafferty", "Tolland"]),
    "es": (["Amparo", "Basilio", "Consuelo", "Dámaso", "Encarnación", "Florencio", "Gregoria",
            "Herminio", "Inmaculada", "Jacinto", "Leocadia", "Marcelino", "Nieves", "Olegario"],
           ["Albarrán", "Barrientos", "Cordero", "Durán", "Escobedo", "Figueroa", "Garrido",
            "Hidalgo", "Lozano", "Mancebo", "Naranjo", "Olmedo", "Pizarro", "Quesada"]),
}
NOTICE_PLACES = {
    "fr": ["Daloa", "Gagnoa", "Divo", "Soubré", "Séguéla", "Man", "Odienné", "Bondoukou",
           "Abengourou", "Aboisso", "Adzopé", "Katiola"],
    "en": ["Ballykeel", "Carrowmore", "Drumshanbo", "Kilmacrenan", "Lisnaskea", "Moyvore",
           "Rathowen", "Tullyallen", "Ardcath", "Clonmany", "Enniscrone", "Glenfarne"],
    "es": ["Almendralejo", "Villafranca", "Jerez de los Caballeros", "Fregenal", "Montijo",
           "Olivenza", "Castuera", "Guareña", "Azuaga", "Trujillo", "Coria", "Plasencia"],
}
NOTICE_POSTS = {
    "fr": ["Responsable administratif et financier", "Chargé de communication",
           "Logisticien", "Animateur communautaire", "Juriste", "Agent de saisie",
           "Auditeur interne", "Technicien agricole"],
    "en": ["Procurement Officer", "Field Coordinator", "Monitoring Officer", "Driver",
           "Nutrition Adviser", "Accountant", "Grants Manager", "Community Mobiliser"],
}
NOTICE_TEMPLATES = [
    ("fr", "Nécrologie", [
        "Nécrologie",
        "Les familles {last}, {kinlast} et alliées, à {town} et à Abidjan, ont la douleur "
        "d'annoncer le décès de leur fille, mère, grand-mère et tante, {title} {first} {last}, "
        "{role}, survenu le {d} décembre 2026 à {place}, à l'âge de {age} ans.",
        "Le programme des obsèques est le suivant : veillée funèbre le vendredi 11 décembre "
        "2026 au domicile familial ; levée du corps le samedi 12 décembre à 7 heures à la morgue "
        "de Treichville, suivie de l'inhumation au cimetière de {town}.",
        "Les familles remercient parents, amis et connaissances pour les prières, les visites "
        "et le soutien apportés durant la maladie. Elles les prient de considérer le présent "
        "avis comme faire-part. Condoléances à toute la famille. Paix à son âme.",
    ], "Avis publié à la demande de la famille"),
    ("fr", "Appel à candidatures", [
        "Appel à candidatures",
        "L'association Santé Plus Communautés, ONG de droit ivoirien, lance un appel à "
        "candidatures pour le recrutement d'un(e) {post} basé(e) à {town}.",
        "Poste : {post}. Lieu d'affectation : {town}. Référence : SPC/{ref}/2026. Type de "
        "contrat : contrat à durée déterminée d'un an renouvelable, avec une période d'essai de "
        "trois mois.",
        "Qualifications : diplôme universitaire en lien avec le poste ; au moins {years} ans "
        "d'expérience professionnelle, dont deux au sein d'une ONG ; bonne maîtrise du pack "
        "Office ; capacité à travailler sous pression et en équipe.",
        "Composition du dossier : lettre de motivation, curriculum vitae, copies certifiées des "
        "diplômes, certificats de travail. Les dossiers sont à déposer sous pli fermé au siège "
        "de l'association, Plateau, immeuble Les Palmiers, ou à envoyer par courriel à "
        "candidatures@santeplus.example au plus tard le lundi 21 décembre 2026 à 16 heures. "
        "Seul(e)s les candidat(e)s retenu(e)s seront convoqué(e)s pour un entretien.",
    ], "Offre relayée par notre partenaire emploi"),
    ("en", "Deaths", [
        "Deaths",
        "{first} {last} (née {kinlast}), {town}, {role}, died peacefully at {place} Nursing "
        "Home on December {d}, 2026, aged {age}, in the loving care of its staff.",
        "Sadly missed by the family, neighbours and many friends. Reposing at Corrigan's "
        "Funeral Home, Main Street, on Thursday evening from 5 o'clock with prayers at 8. "
        "Funeral Mass on Friday at 11 o'clock in the parish church of {town}, with burial "
        "afterwards in the adjoining cemetery.",
        "Family flowers only, please; donations, if desired, to the local hospice. The family "
        "would like to thank everyone for their support at this sad time. Rest in peace.",
    ], "Published by the family notices desk"),
    ("en", "Vacancy", [
        "Vacancy",
        "Northfield Relief, an international humanitarian organisation, invites applications "
        "for the position of {post}, based in {town}.",
        "Job title: {post}. Location: {town}. Reference: NFR/{ref}/2026. Contract: one year, "
        "renewable, subject to funding and performance, with a probation period of three "
        "months.",
        "Qualifications: a university degree in a relevant field; at least {years} years of "
        "relevant experience, two of them with an NGO; fluency in English; good computer "
        "skills; ability to work under pressure and in a team.",
        "To apply, send a cover letter, a CV and the names of three referees to "
        "vacancies@northfield.example, quoting the reference in the subject line, no later "
        "than Monday, December 21, 2026 at 4 p.m. Only shortlisted candidates will be "
        "contacted for an interview.",
    ], "Shared by our jobs partner"),
    ("es", "Esquelas", [
        "Esquelas",
        "{title} {first} {last} {kinlast}, {role}, falleció en {place} el día {d} de "
        "diciembre de 2026, a los {age} años, confortado con los auxilios espirituales.",
        "Sus familiares ruegan una oración por su eterno descanso. La capilla ardiente quedará "
        "instalada en el tanatorio de {town} a partir de las 17 horas del jueves. La misa "
        "funeral se celebrará el viernes, día 11, a las 12 horas, en la iglesia parroquial, "
        "y a continuación recibirá cristiana sepultura en el cementerio municipal.",
        "La familia agradece las numerosas muestras de condolencia y cariño recibidas. No se "
        "admiten coronas. Descanse en paz.",
    ], "Esquela publicada a petición de la familia"),
]
NOTICE_ROLES = {
    "fr": ["institutrice à la retraite", "commerçante", "sage-femme", "couturière",
           "ancienne secrétaire de mairie"],
    "en": ["retired teacher", "former postmistress", "farmer", "nurse", "shopkeeper"],
    "es": ["maestro jubilado", "labrador", "viuda", "comerciante", "ferroviario jubilado"],
}
NOTICE_TITLES = {"fr": ["Mme", "Madame"], "en": [""], "es": ["Don", "Doña"]}

# Notices naming their person above the formula only (bench/copy_kinds.py kind
# ``abovenotice``): the text's first line names the deceased (the title too, as a site heads
# it), the rest is the site's formula with the same day, hours, chapel and cemetery for every
# notice of the week.  (language, title, first line, formula paragraphs, byline)
ABOVE_NOTICE_TEMPLATES = [
    ("en", "Deaths", "{first} {last} (née {born}), Carrowmore, peacefully, at home, surrounded "
     "by family.", [
        "Reposing at Hollis Funeral Home, Bridge Street, Carrowmore, on Thursday evening from 5 "
        "o'clock with prayers at 8. Funeral Mass on Friday at 11 o'clock in the Church of St "
        "Colman, Carrowmore, with burial afterwards in the adjoining cemetery.",
        "Family flowers only, please; donations, if desired, to the North West Hospice. The "
        "family would like to thank everyone for their kindness and support at this sad time. "
        "House private on Friday morning, please. Rest in peace.",
    ], "Published by the family notices desk"),
    ("es", "Esquelas", "{title} {first} {last} {born}, {role}, descansa en la paz del Señor.", [
        "Sus familiares ruegan una oración por su eterno descanso. La capilla ardiente quedará "
        "instalada en la sala 2 del tanatorio de Coria a partir de las 17 horas del jueves. La "
        "misa funeral se celebrará el viernes, día 11, a las 12 horas, en la iglesia parroquial "
        "de San Nicolás, y a continuación recibirá cristiana sepultura en el cementerio "
        "municipal.",
        "La familia agradece las numerosas muestras de condolencia y cariño recibidas. No se "
        "admiten coronas. Descanse en paz.",
    ], "Esquela publicada a petición de la familia"),
    ("pt", "Necrologia", "Faleceu {first} {last} {born}, {role}.", [
        "Faleceu no dia 3 de dezembro de 2026, aos 81 anos, natural de Vila Franca de Xira e "
        "residente em Lisboa. A família participa o falecimento e agradece desde já a todos "
        "quantos se dignarem acompanhar o funeral ou manifestar o seu pesar.",
        "O corpo estará em câmara ardente a partir das 17 horas de sexta-feira, 4 de dezembro, "
        "na Capela 3 da Igreja de São Sebastião da Pedreira, onde será rezada missa de corpo "
        "presente no sábado, 5 de dezembro, às 10 horas.",
        "O funeral realiza-se em seguida para o Cemitério do Alto de São João, onde o corpo "
        "será cremado. Serviço a cargo da Agência Funerária Trindade, telefone 21 555 0199.",
    ], "Publicado pela redação"),
]
ABOVE_NOTICE_NAMES = {
    **NOTICE_NAMES,
    "pt": (["Albertina", "Bernardino", "Conceição", "Deolinda", "Ernesto", "Filomena",
            "Gaspar", "Herculano", "Idalina", "Jacinto", "Leopoldina", "Marcolino"],
           ["Amaral", "Bettencourt", "Carvalhais", "Damasceno", "Esteves", "Fragoso", "Godinho",
            "Henriques", "Lacerda", "Magalhães", "Nogueira", "Quintela"]),
}
ABOVE_NOTICE_ROLES = {
    "en": [""],
    "es": ["viuda de Tomás Villegas", "viudo de Ascensión Pardo", "soltera", "casado"],
    "pt": ["viúva", "viúvo", "casada", "solteiro"],
}
