"""A news agency's credit as agencies write it, in any script and case: which agency a
parenthesised credit names.

Agencies print their credit their own way: Europa Press in capitals ("Madrid, 20 nov (EUROPA
PRESS) - "), with dots ("(E.F.E.)", "(أ.ف.ب)"), and their services in other scripts by their
own abbreviation or name: AFP's Arabic service "(أ ف ب)" (also typed "(ا ف ب)"), MENA "(أ ش
أ)", QNA "(قنا)", WAM "(وام)", SPA "(واس)", TASS "(ТАСС)", ANA-MPA "(ΑΠΕ-ΜΠΕ)", Xinhua
"(新华社)" (newcomer 37, finding 2: a re-post stamped earlier was shown in place of Europa
Press's and AFP's own pages).  A report closes with its agency's credit too
(:func:`clipper.closingcredits.closing_credits`: "… a-t-il déclaré. — AFP", "(Reporting by …;
Editing by …)", "Mit Material von dpa", "Con información de EFE", "/TT/", "…した。（共同）").

A spelling is read by its key (:func:`credit_key`: search's fold,
:func:`clipper.searchtext.fold`, so case, Latin and Greek accents, Arabic harakat, tatweel
and hamza forms aside; then its letters and digits alone, so dots, spaces and hyphens
aside) and looked up in :data:`AGENCY_SPELLINGS` (data, not rules: a line per agency), whose
agency names are spelled as :data:`clipper.agencydatelines.AGENCIES` spells them, the credit
:func:`clipper.agencysites.credited_site` compares with a site's name ("AFP" for
``afp-arabic.example``, "Europa Press" for ``europapress.es``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import regex

from clipper.agencydatelines import AGENCIES
from clipper.wrappeddatelines import CJK_WIRE_CREDITS, JOINT, dateline_credits, wrapped_dateline

__all__ = [
    "AGENCY_GROUPS", "AGENCY_SPELLINGS", "AGENCY_WORDS", "AND_JOIN", "CJK_WIRE_CREDITS",
    "CLOSING_SPELLINGS", "PARTS", "WIRE_WORDS", "acronym_credit", "and_parts", "credit_key",
    "credit_spellings", "credited_agencies", "dateline_credits", "in_credit_place",
    "parenthesised_credits", "placed_parentheses", "wire_credit", "wrapped_dateline",
]  # fmt: skip

# An agency (as AGENCIES spells it, or as its site names it) → how its services write its
# credit besides that spelling, in any case and with or without dots: each service's own
# abbreviation or name (Arabic, Persian, Cyrillic, Greek, Chinese, Japanese, Korean).
AGENCY_SPELLINGS: dict[str, tuple[str, ...]] = {
    "AFP": ("Agence France-Presse", "Agence France Presse", "أ ف ب", "فرانس برس", "خبرگزاری فرانسه",
            "АФП", "Франс Пресс", "Франс-Пресс", "法新社", "AFP通信", "เอเอฟพี",
            "סוכנות הידיעות הצרפתית"),
    "Reuters": ("رويترز", "رویترز", "רויטרס", "Рейтер", "Рейтерс", "Ρόιτερς", "路透社", "ロイター",
                "RTR", "รอยเตอร์", "รอยเตอร์ส"),
    "AP": ("Associated Press", "The Associated Press", "أ ب", "Ассошиэйтед Пресс", "美联社",
           "美聯社", "AP通信", "เอพี"),
    "dpa": ("د ب أ", "ДПА"),
    "EFE": ("Agencia EFE", "Agência EFE", "إفي", "ЭФЕ"),
    "ANSA": ("أنسا", "АНСА", "ΑΝΣΑ"),
    "Europa Press": ("Agencia Europa Press",),
    "Lusa": ("Agência Lusa", "Agencia Lusa"),
    # the Arab states' agencies by their abbreviations and their names, as a formula opening a
    # report names them ("وفقا لوكالة أنباء الإمارات (وام)": clipper.creditformulas)
    "MENA": ("أ ش أ", "وكالة أنباء الشرق الأوسط"),
    "QNA": ("قنا", "وكالة الأنباء القطرية"),
    "WAM": ("وام", "وكالة أنباء الإمارات"),
    "SPA": ("واس", "وكالة الأنباء السعودية"),
    "KUNA": ("كونا", "وكالة الأنباء الكويتية"),
    "BNA": ("بنا", "وكالة أنباء البحرين"),
    "Petra": ("بترا", "وكالة الأنباء الأردنية"),
    "SANA": ("سانا", "الوكالة العربية السورية للأنباء"),
    "IRNA": ("ایرنا", "إرنا", "ارنا"),
    "ISNA": ("ایسنا",),
    # Iran's broadcaster's news agency and Afghanistan's Pajhwok, as Persian and Dari write them
    "IRIB": ("صداوسیما", "صدا و سیما", "خبرگزاری صدا و سیما", "IRIB News"),
    "Pajhwok": ("پژواک", "Pajhwok Afghan News"),
    # Iran's other agencies, as their Persian services and papers credit them; "مهر" and
    # "فارس" are ordinary words too (a month, a province): a credit only as a credit's whole
    "Tasnim": ("تسنیم", "تسنيم", "Tasnim News Agency"),
    "Mehr": ("مهر", "Mehr News Agency"),
    "Fars": ("فارس", "Fars News Agency"),
    "ILNA": ("ایلنا",),
    "Anadolu": ("AA", "الأناضول", "Anadolu Ajansı", "آناتولی"),
    # Türkiye's other agencies (newcomer 39, finding 3: "(AA)" closing an Izmir paper's copy
    # stayed as its last paragraph)
    "DHA": ("Demirören Haber Ajansı",),
    "İHA": ("IHA", "İhlas Haber Ajansı"),
    "ANKA": ("ANKA Haber Ajansı",),
    "TASS": ("ТАСС", "ITAR-TASS", "ИТАР-ТАСС"),
    "RIA Novosti": ("RIA", "РИА Новости", "РИА"),
    "Interfax": ("Интерфакс", "Interfax.ru"),
    "Ukrinform": ("Укрінформ", "Укринформ"),
    "PAP": ("Polska Agencja Prasowa",),
    "ČTK": ("CTK",),  # as ČTK writes itself ("Zdroj: ČTK"), not its ASCII stand-in
    # Central Europe's and the Baltics' agencies beside PAP and ČTK (newcomer 40, finding 1:
    # "Autor: TASR" was a Slovak report's author): Slovakia's, Lithuania's, the Baltic News
    # Service, Latvia's, Ukraine's Interfax
    "TASR": (),
    "ELTA": (),
    "BNS": (),
    "LETA": (),
    "Interfax-Ukraine": ("Інтерфакс-Україна", "Интерфакс-Украина"),
    # Latin America's, Portugal's and Spain's agencies beside EFE, Europa Press, Lusa, Télam
    # and Notimex (newcomer 41, finding 6: "Com informações da Agência Brasil" stayed as the
    # last paragraph): the state agencies of Brazil (EBC's Agência Brasil), Cuba (Prensa
    # Latina, the Agencia Cubana de Noticias), Peru (Andina), Bolivia (ABI), Guatemala (AGN),
    # Angola (ANGOP) and Cabo Verde (Inforpress); the private Noticias Argentinas, Colprensa
    # (Colombia), Servimedia (Spain), Brazil's Estadão Conteúdo (Agência Estado), Folhapress
    # and Agência O Globo.  Ecuador's Andes and Argentina's DyN are closed (Télam and Notimex
    # too, kept for the archives they signed)
    "Agência Brasil": (),
    "Prensa Latina": (),
    "ACN": ("Agencia Cubana de Noticias",),
    "Andina": ("Agencia Andina", "Agencia Peruana de Noticias Andina"),
    "ABI": ("Agencia Boliviana de Información",),
    "AGN": ("Agencia Guatemalteca de Noticias",),
    "ANGOP": ("Agência Angola Press",),
    "Inforpress": (),
    "Noticias Argentinas": (),
    "Colprensa": (),
    "Servimedia": (),
    "Estadão Conteúdo": ("Agência Estado",),
    "Folhapress": (),
    "Agência O Globo": (),
    "BTA": ("БТА",),
    "Tanjug": ("Танјуг", "Танюг"),
    "ANA-MPA": ("ΑΠΕ-ΜΠΕ", "ΑΠΕ", "AMNA"),
    "Xinhua": ("Xinhua News Agency", "新华社", "新華社", "新华网", "新華網", "Синьхуа", "شينخوا",
               "ซินหัว", "Tân Hoa Xã"),
    # "KYODO" alone: the last line of Kyodo's English reports (newcomer 44, finding 3)
    "Kyodo": ("Kyodo News", "KYODO", "共同社", "共同通信", "共同", "เกียวโด"),
    "Jiji": ("Jiji Press", "時事通信", "時事通信社", "時事"),
    "Yonhap": ("Yonhap News Agency", "연합뉴스", "聯合", "ยอนฮัป"),
    "News1": ("뉴스1",),
    "Newsis": ("뉴시스",),
    "CNA": ("Central News Agency", "中央社"),
    "China News Service": ("中新社", "中新网", "中新網"),
    "People's Daily": ("People's Daily Online", "人民网", "人民網", "人民日报", "人民日報"),
    # India's agencies as their Hindi, Marathi, Bengali, Tamil, Gujarati, Telugu, Kannada,
    # Malayalam, Punjabi and Urdu clients print them, letter by letter: "(पीटीआई)", "(পিটিআই)",
    # "(பிடிஐ)", "(آئی اے این ایس)"; PTI's Hindi service, Bhasha, with its agency's name
    "PTI": ("पीटीआई", "पीटीआय", "পিটিআই", "பிடிஐ", "પીટીઆઈ", "పీటీఐ", "ಪಿಟಿಐ", "പിടിഐ",
            "ਪੀਟੀਆਈ", "पीटीआई-भाषा", "पीटीआई भाषा"),
    "IANS": ("आईएएनएस", "आयएएनएस", "আইএএনএস", "ஐஏஎன்எஸ்", "આઈએએનએસ", "ఐఏఎన్ఎస్",
             "ಐಎಎನ್ಎಸ್", "ഐഎഎൻഎസ്", "ਆਈਏਐਨਐਸ", "آئی اے این ایس"),
    "ANI": ("एएनआई", "एएनआय", "এএনআই", "ஏஎன்ஐ", "એએનઆઈ", "ఏఎన్ఐ", "ಎಎನ್ಐ", "എഎൻഐ",
            "ਏਐਨਆਈ", "اے این آئی"),
    "UNI": ("यूएनआई", "यूएनआय", "ইউএনআই", "யுஎன்ஐ", "یو این آئی", "यूनीवार्ता"),
    # Bangladesh's: Bangladesh Sangbad Sangstha ("(বাসস)") and United News of Bangladesh
    "BSS": ("বাসস",),
    "UNB": ("ইউএনবি",),
    # the agencies a source line or a trailer named before this table was the one list
    # (clipper.furniture's WIRE_SOURCES, clipper.signoffs' trailer codes: credits43): Polish
    # Radio's IAR, the Catholic KAI, Slovenia's STA, Russia's RBC and Regnum, Ukraine's UNIAN
    # and Suspilne, Indonesia's Antara, Malaysia's Bernama, Vietnam's VNA (TTXVN), Austria's
    # OTS (APA's press releases) and Kathpress, Switzerland's AWP, the evangelical idea
    "IAR": ("Informacyjna Agencja Radiowa",),
    "Polskie Radio": (),
    "KAI": ("Katolicka Agencja Informacyjna",),
    "STA": ("Slovenska tiskovna agencija",),
    "RBC": ("РБК",),
    # the state and private agencies of the South Caucasus, Central Asia, Belarus, Moldova and
    # Mongolia, whose datelines set their credit bare after a full stop, a comma or a dash
    # ("Bakı. 6 dekabr. REPORT.AZ.", "АСТАНА. KAZINFORM –", "МИНСК, 6 декабря. /БЕЛТА/.") or
    # in parentheses ("Tbilisi, 6 December (Trend) -"): clipper.stopdatelines (newcomer 48a).
    # Azerbaijan's APA writes "APA" as the Austria Presse Agentur does: one credit.  Names that
    # are ordinary words too are left out ("Kabar", "Dunyo", "Turan", "Арка": "news", "world")
    "Trend": ("Trend News Agency",),
    "Report.az": ("Report News Agency",),
    "AZERTAC": ("AZƏRTAC", "AzerTAc", "Азертадж", "АЗЕРТАДЖ"),
    "Kazinform": ("Казинформ", "Қазинформ", "ҚазАқпарат", "Kazinform News Agency"),
    "KazTAG": ("КазТАГ",),
    "AKIpress": ("АКИpress", "АКИпресс"),
    "UzA": ("УзА", "O'zA", "ЎзА"),
    "Khovar": ("Ховар",),
    "BelTA": ("БЕЛТА", "БелТА"),
    "Armenpress": ("Арменпресс", "Արմենպրես"),
    "Interpressnews": ("ინტერპრესნიუსი", "Интерпресньюс"),
    "Moldpres": ("Молдпрес",),
    "Montsame": ("Монцамэ", "МОНЦАМЭ"),
    "Regnum": ("Регнум",),
    "UNIAN": ("УНІАН", "УНИАН"),
    "Suspilne": ("Суспільне",),
    "Antara": ("ANTARA", "Antara News", "LKBN Antara"),
    "Bernama": ("เบอร์นามา",),
    # Vietnam's agency by its Vietnamese name and abbreviation ("Theo TTXVN", "Thông tấn xã Việt
    # Nam"), Thailand's MCOT agency ("ที่มา : สำนักข่าวไทย", "Thai News Agency": newcomer 50b,
    # `--agency TTXVN` and `--agency "Thông tấn xã Việt Nam"` found different pages, `--agency
    # รอยเตอร์` none), Israel's Tazpit Press Service ("תל אביב (TPS) -") and the Palestinian
    # WAFA ("رام الله 7-12-2026 وفا-": newcomer 50a); "وفا" is Persian's "loyalty" too, a
    # credit only where a credit stands, as "مهر" and "فارس" are
    "VNA": ("TTXVN", "Vietnam News Agency", "Thông tấn xã Việt Nam", "Thông tấn xã VN"),
    "TNA": ("สำนักข่าวไทย", "สำนักข่าวไทย อสมท", "Thai News Agency"),
    "TPS": ("Tazpit Press Service", "Tazpit", "תזפית"),
    "WAFA": ("وفا", "وكالة الأنباء والمعلومات الفلسطينية", "وكالة وفا"),
    # The national agencies a desk in Africa, Asia and the Americas meets in datelines, bylines
    # and closing credits ("ABUJA, Dec 7 (NAN) -", "Dakar, 4 déc (APS) -", "Accra, Dec. 7, GNA
    # -", "Par APS", "Source: GNA"; newcomers 51a and 51b: unlisted, "(NAN)" was stored as a
    # person, the author `NAN`, and `--agency NAN` found none of its pick-ups).  No maintained
    # list of news agencies is packaged (Wikidata's "news agency" class is not, nor is one on
    # PyPI): this table is the list, its members' names as their own sites write them.  An
    # acronym two agencies share is one credit, as APA's is: Senegal's and Algeria's APS,
    # the Netherlands' and Niger's ANP, Kenya's and Germany's Catholic KNA.  West and Central
    # Africa: Nigeria, Senegal, Ghana, Côte d'Ivoire, the DR Congo, Congo, Mali, Burkina Faso,
    # Togo, Guinea, Cameroon, Gabon, Benin, Dakar's Agence de Presse Africaine, the Pan-African
    # PANA; the Maghreb: Morocco, Tunisia, Algeria, Libya; Kenya and Sudan; the Philippines,
    # Laos, Cambodia, Myanmar; Canada's Canadian Press and Québecor's Agence QMI.  Acronyms
    # that are other words' too in a sentence's closing parenthesis are left out ("l'École
    # nationale d'administration (ENA)", "(RSS)", "(PC)"): Ethiopia's ENA, Nepal's RSS and the
    # Presse Canadienne's "PC" in a dateline are credited by their letters
    # (:func:`clipper.bylinekeys.credit_keys`).
    "NAN": ("News Agency of Nigeria",),
    "APS": ("Agence de Presse Sénégalaise", "Algérie Presse Service"),
    "GNA": ("Ghana News Agency",),
    "AIP": ("Agence Ivoirienne de Presse",),
    "ACP": ("Agence Congolaise de Presse",),
    "ACI": ("Agence Congolaise d'Information",),
    "AMAP": ("Agence Malienne de Presse et Publicité",),
    "AIB": ("Agence d'Information du Burkina",),
    "ATOP": ("Agence Togolaise de Presse",),
    "AGP": ("Agence Guinéenne de Presse", "Agence Gabonaise de Presse"),
    "ABP": ("Agence Bénin Presse",),
    "APA": ("Agence de Presse Africaine", "APAnews", "Austria Presse Agentur"),
    "PANA": ("Pan-African News Agency", "PANAPRESS", "Panapress"),
    "MAP": ("Maghreb Arabe Presse", "Agence Maghreb Arabe Presse", "و م ع",
            "وكالة المغرب العربي للأنباء"),
    "TAP": ("Tunis Afrique Presse", "وات", "وكالة تونس إفريقيا للأنباء"),
    "LANA": ("وكالة الأنباء الليبية",),
    "KNA": ("Kenya News Agency",),
    "SUNA": ("سونا", "Sudan News Agency"),
    "PNA": ("Philippine News Agency",),
    "KPL": ("Lao News Agency",),
    "AKP": ("Agence Kampuchea Presse",),
    "MNA": ("Myanmar News Agency",),
    "CP": ("Canadian Press", "The Canadian Press", "La Presse Canadienne"),
    # Québecor's agency (newcomer 52a: `--agency QMI` found nothing)
    "QMI": ("Agence QMI",),
    # Interfax's regional services, each its own credit whose pages are Interfax's too
    # (:data:`AGENCY_GROUPS`): newcomer 51b, `--agency 'Интерфакс-Казахстан'` found none
    "Interfax-Kazakhstan": ("Интерфакс-Казахстан", "Интерфакс-Қазақстан"),
    "OTS": ("APA-OTS",),
    "Kathpress": (),
    "AWP": (),
    "idea": (),
}  # fmt: skip
# An agency's regional service → the agency it is a service of: its pages are found by either
# credit (:func:`clipper.bylinekeys.credit_keys`), "Интерфакс-Казахстан" by its own alone.
AGENCY_GROUPS: dict[str, str] = {
    "Interfax-Kazakhstan": "Interfax",
    "Interfax-Ukraine": "Interfax",
}
# Credits that are also words, or another name's letters, read only where a report closes with them
# (:func:`clipper.closingcredits.closing_credits`), never in parentheses inside a sentence: PTI's
# Hindi service Bhasha ("(भाषा)": भाषा is "language", "मराठी (भाषा)") and UNI's, Varta ("(वार्ता)":
# "talks"); "(پی ٹی آئی)", the Urdu letters of PTI, which Pakistan's press writes for the party
# (Pakistan Tehreek-e-Insaf) far more often; the Associated Press of Pakistan ("APP", "(اے پی پی)":
# "(app)" is a word in English).
CLOSING_SPELLINGS: dict[str, tuple[str, ...]] = {
    "PTI": ("भाषा", "پی ٹی آئی"),
    "UNI": ("वार्ता",),
    "APP": ("APP", "اے پی پی"),
    # Kyrgyzstan's state agency, whose name is the word for "news" in Kyrgyz, Malay and
    # Indonesian ("Kabar Pelabuhan"): a credit where a report closes or its dateline credits it
    # ("БИШКЕК, 7 дек (Кабар) -"), never a word in a sentence's parentheses
    "Kabar": ("Kabar", "Кабар", "КАБАР"),
    # the BBC's services, as a copy's source line names them ("منبع: بی‌بی‌سی فارسی", newcomer
    # 49a: Radio Farda's copy was shown over BBC Persian's page): a broadcaster, no agency, and
    # "BBC" in parentheses is its own dateline's (clipper.agencydatelines.self_credit)
    "BBC": ("BBC News", "BBC Persian", "BBC News فارسی", "بی‌بی‌سی فارسی", "بی‌بی‌سی",
            "BBC Arabic", "بي بي سي عربي", "بي بي سي نيوز عربي", "BBC Urdu", "بی بی سی اردو"),
}  # fmt: skip
# A combining mark: part of a letter in a credit's key.
_MARK = regex.compile(r"\p{M}")
# Credits that name no one agency but the wires a report was put together from, as a report's
# closing line or source line writes them: "(وكالات)", "المصدر: وكالات", "(סוכנויות)",
# "(Agencies)", "Kaynak: Ajanslar", "منبع: خبرگزاری‌ها".  Read as a credit of a line of its own
# (:func:`wire_credit`), never as an agency: no one agency's copy is told apart by them.
WIRE_WORDS = (
    "agencies", "news agencies", "wires", "وكالات", "وكالات الأنباء", "وكالات الانباء",
    "סוכנויות", "סוכנויות הידיעות", "ajanslar", "خبرگزاری‌ها", "خبرگزاریها",
)  # fmt: skip


def wire_credit(part: str) -> bool:
    """Whether ``part`` (a credit line's text, or one of its parts) credits a news agency:
    an agency's credit (:func:`credited_agencies`: "AA", "وام", "تسنیم", "רויטרס") or the wires
    (:data:`WIRE_WORDS`: "وكالات", "סוכנויות"), case, accents, harakat and dots aside."""
    key = credit_key(part)
    return bool(key) and (key in _wire_keys() or bool(credited_agencies(part)))


@cache
def _wire_keys() -> frozenset[str]:
    return frozenset(credit_key(word) for word in WIRE_WORDS)


@cache
def credit_spellings() -> tuple[str, ...]:
    """Every spelling of a credit, as written, longest first: the agencies of
    :data:`AGENCIES` and :data:`AGENCY_SPELLINGS`, those of :data:`CLOSING_SPELLINGS` and
    :data:`WIRE_WORDS`; the one list of agencies a source line names ("Quelle: dpa", "المصدر:
    وام", "מקור: רויטרס", "स्रोत: भाषा": :mod:`clipper.closings`)."""
    spellings = {*AGENCIES, *WIRE_WORDS}
    for table in (AGENCY_SPELLINGS, CLOSING_SPELLINGS):
        for agency, others in table.items():
            spellings.update((agency, *others))
    return tuple(sorted(spellings, key=lambda s: (-len(s), s)))


# A parenthesis, ASCII or full-width ("（新华社）"), of at most 40 characters on one line.
_PAREN = re.compile(r"[(（]([^()（）\n]{1,40})[)）]")
# A credit of several agencies: "(dpa/AFP)", "(EFE, Reuters)", "(أ ف ب، رويترز)".
PARTS = re.compile(r"\s*[/,،&+]\s*")


def credit_key(credit: str) -> str:
    """``credit`` as credits are compared: search's fold (:func:`clipper.searchtext.fold`:
    case, accents, harakat, tatweel, hamza forms aside), then its letters, the marks folding
    leaves on them (an Indic vowel sign or virama: "पीटीआई" keeps its ``ी``) and digits alone
    ("EUROPA PRESS" → ``europapress``, "أ.ف.ب" and "ا ف ب" → ``افب``, "ΑΠΕ-ΜΠΕ" → ``απεμπε``)."""
    from clipper.searchtext import fold  # its tables: only when a credit is read

    return "".join(ch for ch in fold(credit) if ch.isalnum() or _MARK.match(ch))


@cache
def _agencies_by_key(closing: bool = False) -> dict[str, str]:
    """Each spelling's key → its agency: every credit of :data:`AGENCIES` as itself, then the
    spellings of :data:`AGENCY_SPELLINGS` as their agency (which wins for its own key); with
    ``closing``, those of :data:`CLOSING_SPELLINGS` too."""
    by_key = {key: credit for credit in AGENCIES if (key := credit_key(credit))}
    tables = (AGENCY_SPELLINGS, CLOSING_SPELLINGS) if closing else (AGENCY_SPELLINGS,)
    for table in tables:
        for agency, spellings in table.items():
            for spelling in (*((agency,) if table is AGENCY_SPELLINGS else ()), *spellings):
                by_key[credit_key(spelling)] = agency
    return by_key


# Arabic's and Persian's "و" ("and") before a credit of a list: opening its word ("رويترز وأ ف
# ب", "أ ف ب ووام") or a word of its own ("رویترز و آسوشیتدپرس"), never inside one: "رويترز"
# (Reuters) has one, and "وام" (WAM), "واس" (SPA), "وكالة" open with one (:func:`and_parts`).
AND_JOIN = re.compile(r"[^\S\n]+و[^\S\n]*(?=\S)")


def and_parts(text: str, is_credit: Callable[[str], bool]) -> list[str] | None:
    """``text`` as credits joined by Arabic's or Persian's "و" (:data:`AND_JOIN`), each one
    ``is_credit`` accepts, in order: ``[text]`` when it is one whole ("وام"), else split before
    a "و" that opens a word or stands alone ("رويترز وأ ف ب" → ``["رويترز", "أ ف ب"]``, "أ ف ب
    ووام" → ``["أ ف ب", "وام"]``); None when no such reading is credits alone.  Newcomer 49a:
    split at every "و", "رويترز وأ ف ب" was "ر", "يترز" and "أ ف ب" and credited no one."""
    if is_credit(text):
        return [text]
    for joined in AND_JOIN.finditer(text):
        head = text[: joined.start()]
        if is_credit(head) and (rest := and_parts(text[joined.end() :], is_credit)) is not None:
            return [head, *rest]
    return None


# The words for "news agency" a credit names its agency after, in the languages whose press
# writes them so ("ที่มา: สำนักข่าวรอยเตอร์", "Theo hãng tin Reuters", "סוכנות הידיעות רויטרס",
# "Theo Thông tấn xã Lào"): the agency is the credit after them (:func:`_agency_worded`).  An
# agency whose name holds such a word is a spelling of its own ("สำนักข่าวไทย", "Thông tấn xã
# Việt Nam": :data:`AGENCY_SPELLINGS`), found first.
AGENCY_WORDS = (
    "สำนักข่าว", "hãng tin", "hãng thông tấn", "thông tấn xã", "סוכנות הידיעות", "סוכנות החדשות",
)  # fmt: skip


@cache
def _agency_word_keys() -> tuple[str, ...]:
    return tuple(sorted({credit_key(word) for word in AGENCY_WORDS}, key=lambda k: (-len(k), k)))


def _agency_worded(key: str, by_key: dict[str, str]) -> str | None:
    """The agency a credit's ``key`` (:func:`credit_key`) names after a word for "news agency"
    (:data:`AGENCY_WORDS`: "สำนักข่าวรอยเตอร์" → "Reuters"); None when it opens with none or
    no listed credit follows it."""
    for word in _agency_word_keys():
        if key.startswith(word) and len(key) > len(word):
            return by_key.get(key[len(word) :])
    return None


def credited_agencies(inner: str, closing: bool = False, joined: bool = True) -> tuple[str, ...]:
    """The agencies a parenthesis's text ``inner`` credits when it is agencies' credits alone
    ("EUROPA PRESS" → ("Europa Press",), "أ ف ب" → ("AFP",), "dpa/AFP" → ("dpa", "AFP"),
    "رويترز وأ ف ب" → ("Reuters", "AFP"): :func:`and_parts`), each as :data:`AGENCY_SPELLINGS`
    or :data:`AGENCIES` names it; () when any part is not an agency's credit ("FMI", "POLL").
    ``closing``: ``inner`` closes a report, where the spellings of :data:`CLOSING_SPELLINGS`
    are credits too ("भाषा" → ("PTI",)); not ``joined``: no part is read as credits joined by
    "و" (each credit of such a list as written: :mod:`clipper.closingcredits`)."""
    by_key = _agencies_by_key(closing)
    agencies = []
    for part in PARTS.split(inner.strip()):
        key = credit_key(part)
        agency = by_key.get(key)
        if agency is None and key:
            agency = _agency_worded(key, by_key)  # "สำนักข่าวรอยเตอร์", "hãng tin AFP"
        if agency is not None:
            agencies.append(agency)
            continue
        listed = None
        if joined and "و" in part:
            listed = and_parts(part.strip(), lambda p: credit_key(p) in by_key)
        if listed is None:
            return ()
        agencies.extend(by_key[credit_key(p)] for p in listed)
    return tuple(agencies)


# A credit written as an agency's acronym: two to six capitals of a cased script and nothing
# else ("APS", "NAN", "ENA", "МИА"), as a dateline's parenthesis gives it.
_ACRONYM = regex.compile(r"\p{Lu}{2,6}")


def acronym_credit(name: str) -> bool:
    """Whether a byline's ``name`` is written as an agency's credit often is: an acronym alone
    (two to six capitals, no other letter: "APS", "XYZA", "МИА"; not "Jane Doe", "JSt",
    "Reuters").  It is the credit of an agency's dateline no table lists ("ABUJA, Dec 7 (XYZA)
    -", which the dateline's cut leaves as the page's byline: :func:`clipper.reportdatelines.
    with_credit`), and no person's name, which is not written so."""
    return _ACRONYM.fullmatch(name.strip()) is not None


def parenthesised_credits(text: str) -> frozenset[str]:
    """The agencies credited in parentheses (ASCII or full-width ones: :func:`credited_agencies`
    of each) standing in a credit's place in ``text`` (:func:`placed_parentheses`)."""
    found: set[str] = set()
    for inner in placed_parentheses(text):
        found.update(credited_agencies(inner))
    return frozenset(found)


# A dash or colon after a credit ("WASHINGTON (AP) —", "Berlin (dpa) - ", "(ANSA) - ").
_AFTER_DASH = re.compile(r"[^\S\n]*(?:\.?-+|[–—]+|:|：)")
# Before a credit opening a line: a dateline's place and date, short and no sentence.
_OPENING_CHARS = 60
# (a Latin place's abbreviation, "St. Louis", "Dec. 3", is no sentence's end: a Latin credit
# after a place needs its dash)
_SENTENCE_MARK = re.compile(r"[。！？]")
# What may follow a closing credit on its line.
_CLOSING_REST = " \t.。)）]】」』”\"'"
# A CJK character of a place or a text (not kana, whose hiragana is a particle after a word).
_CJK_WORD = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u30a0-\u30ff\uac00-\ud7a3]")


def in_credit_place(line: str, start: int, end: int) -> bool:
    """Whether the parenthesis ``line[start:end]`` stands where an agency's credit does: closing
    its line (only spaces and closing marks after it: "…した。（共同）", "… neue Regeln.
    (dpa/AFP)"), or opening it, alone or after a dateline's place and date (at most
    :data:`_OPENING_CHARS` characters, no sentence's end, no word "共同" compounds with:
    :data:`clipper.wrappeddatelines.JOINT`) and before a dash ("WASHINGTON (AP) — ",
    "(ANSA) - ") or, after a place in Chinese or Japanese, before the text's first word
    ("北京12月3日电（新华社）国务院…", "東京（共同）政府は…").  Not a word's gloss in a
    sentence: "両国（共同）は…" (a particle after it), "日米（共同）開発", "Harrisburg (PA)
    officials said", "Die Regierung plant
    (dpa/AFP) neue Regeln"."""
    if not line[end:].strip(_CLOSING_REST):
        return True
    before = line[:start].strip()
    if not before:
        return True
    if len(before) > _OPENING_CHARS or _SENTENCE_MARK.search(before) or "(" in before:
        return False
    if _AFTER_DASH.match(line, end):
        return JOINT.fullmatch(before) is None
    after = line[end:].lstrip()
    return (
        _CJK_WORD.match(before[-1]) is not None
        and _CJK_WORD.match(after) is not None
        and JOINT.fullmatch(before) is None
    )


def placed_parentheses(text: str) -> list[str]:
    """The texts of the parentheses (ASCII or full-width, at most 40 characters on one line) of
    ``text`` that stand where a credit does (:func:`in_credit_place`), in order: a credit's
    words in a sentence ("両国（共同）は…", "the Associated Press (AP) said") credit nothing
    (newcomer 39, F2)."""
    if "(" not in text and "（" not in text:
        return []
    found: list[str] = []
    for line in text.split("\n"):
        if "(" in line or "（" in line:
            found.extend(
                match.group(1)
                for match in _PAREN.finditer(line)
                if in_credit_place(line, match.start(), match.end())
            )
    return found
