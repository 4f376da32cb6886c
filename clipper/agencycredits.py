"""A news agency's credit as agencies write it, in any script and case: which agency a
parenthesised credit names.

Agencies print their credit their own way: Europa Press in capitals ("Madrid, 20 nov (EUROPA
PRESS) - "), with dots ("(E.F.E.)", "(أ.ف.ب)"), and their services in other scripts by their
own abbreviation or name: AFP's Arabic service "(أ ف ب)" (also typed "(ا ف ب)"), MENA "(أ ش
أ)", QNA "(قنا)", WAM "(وام)", SPA "(واس)", TASS "(ТАСС)", ANA-MPA "(ΑΠΕ-ΜΠΕ)", Xinhua
"(新华社)" (newcomer 37, finding 2: a re-post stamped earlier was shown in place of Europa
Press's and AFP's own pages).  A report closes with its agency's credit too
(:func:`closing_credits`: "… a-t-il déclaré. — AFP", "(Reporting by …; Editing by …)",
"Mit Material von dpa", "Con información de EFE", "/TT/", "…した。（共同）").

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
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

import regex

from clipper.agencydatelines import AGENCIES
from clipper.paragraphs import LINES_KEPT, line_memo
from clipper.wrappeddatelines import CJK_WIRE_CREDITS, JOINT, dateline_credits, wrapped_dateline

if TYPE_CHECKING:
    from clipper.furniture.compiled import Matchers

__all__ = [
    "AGENCY_SPELLINGS", "CJK_WIRE_CREDITS", "CLOSING_SPELLINGS", "CREDIT_LABELS", "WIRE_WORDS",
    "bare_credits", "closing_credits", "credit_key", "credit_spellings", "credited_agencies",
    "cut_credits", "dateline_credits", "in_credit_place", "parenthesised_credits",
    "placed_parentheses", "wire_credit", "without_closing_credits", "wrapped_dateline",
]  # fmt: skip

# An agency (as AGENCIES spells it, or as its site names it) → how its services write its
# credit besides that spelling, in any case and with or without dots: each service's own
# abbreviation or name (Arabic, Persian, Cyrillic, Greek, Chinese, Japanese, Korean).
AGENCY_SPELLINGS: dict[str, tuple[str, ...]] = {
    "AFP": ("Agence France-Presse", "Agence France Presse", "أ ف ب", "فرانس برس", "خبرگزاری فرانسه",
            "АФП", "Франс Пресс", "Франс-Пресс", "法新社", "AFP通信"),
    "Reuters": ("رويترز", "رویترز", "רויטרס", "Рейтер", "Рейтерс", "Ρόιτερς", "路透社", "ロイター",
                "RTR"),
    "AP": ("Associated Press", "The Associated Press", "أ ب", "Ассошиэйтед Пресс", "美联社",
           "美聯社", "AP通信"),
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
    "Xinhua": ("Xinhua News Agency", "新华社", "新華社", "新华网", "新華網", "Синьхуа", "شينخوا"),
    # "KYODO" alone: the last line of Kyodo's English reports (newcomer 44, finding 3)
    "Kyodo": ("Kyodo News", "KYODO", "共同社", "共同通信", "共同"),
    "Jiji": ("Jiji Press", "時事通信", "時事通信社", "時事"),
    "Yonhap": ("Yonhap News Agency", "연합뉴스", "聯合"),
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
    "Antara": (),
    "Bernama": (),
    "VNA": ("TTXVN", "Vietnam News Agency"),
    "OTS": ("APA-OTS",),
    "Kathpress": (),
    "AWP": (),
    "idea": (),
}  # fmt: skip
# Credits that are also words, or another name's letters, read only where a report closes
# with them (:func:`closing_credits`), never in parentheses inside a sentence: PTI's Hindi
# service Bhasha ("(भाषा)": भाषा is "language", "मराठी (भाषा)") and UNI's, Varta ("(वार्ता)":
# "talks"); "(پی ٹی آئی)", the Urdu letters of PTI, which Pakistan's press writes for the
# party (Pakistan Tehreek-e-Insaf) far more often; the Associated Press of Pakistan ("APP",
# "(اے پی پی)": "(app)" is a word in English).
CLOSING_SPELLINGS: dict[str, tuple[str, ...]] = {
    "PTI": ("भाषा", "پی ٹی آئی"),
    "UNI": ("वार्ता",),
    "APP": ("APP", "اے پی پی"),
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
_PARTS = re.compile(r"\s*[/,،&+]\s*")


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


def credited_agencies(inner: str, closing: bool = False) -> tuple[str, ...]:
    """The agencies a parenthesis's text ``inner`` credits when it is agencies' credits alone
    ("EUROPA PRESS" → ("Europa Press",), "أ ف ب" → ("AFP",), "dpa/AFP" → ("dpa", "AFP")),
    each as :data:`AGENCY_SPELLINGS` or :data:`AGENCIES` names it; () when any part is not
    an agency's credit ("FMI", "POLL").  ``closing``: ``inner`` closes a report, where the
    spellings of :data:`CLOSING_SPELLINGS` are credits too ("भाषा" → ("PTI",))."""
    by_key = _agencies_by_key(closing)
    agencies = []
    for part in _PARTS.split(inner.strip()):
        agency = by_key.get(credit_key(part))
        if agency is None:
            return ()
        agencies.append(agency)
    return tuple(agencies)


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


# What a report's closing line says before its agency's credit, in the languages of the
# furniture tables: "Mit Material von dpa", "Con información de EFE", "Fuente: Europa Press",
# "(Avec AFP)", "Com Lusa", "Источник: ТАСС" (a colon may follow any).  Not a photo's label
# ("Photo: AFP", "Foto: dpa"): a photo's credit names who took it, not who wrote the report.
CREDIT_LABELS = (
    "mit material (?:von|der|des|aus)", "quelle", "sources?", "fuentes?", "fontes?",
    "con (?:información|informaciones|datos) de(?: la agencia| las agencias)?",
    "informaci[oó]n de", "com informaç(?:ão|ões) d[aeo]s?", "com", "avec", "with files from",
    "bron", "källa", "kilde", "lähde", "źródło", "zdroj", "forrás", "izvor", "sursa",
    "источник", "по материалам", "джерело", "за матеріалами", "πηγή", "kaynak", "المصدر",
    "来源", "來源", "出典", "출처",
)  # fmt: skip
# Persian's word for "news agency" after its source label, before the credit ("منبع: خبرگزاری
# ایسنا"), read as part of the label (first: the table's "منبع" alone would leave it over).
# An Arab agency's name is a spelling of its own ("المصدر: وكالة الأنباء القطرية").
_AGENCY_LABELS = ("منبع[^\\S\\n]*[:：][^\\S\\n]*(?:خبرگزاری|خبرگزاري)",)


@cache
def _labelled() -> re.Pattern[str]:
    """A credit's label opening a closing line: :data:`CREDIT_LABELS` (Persian's "منبع:
    خبرگزاری" before them), and each furniture
    table's source labels and byline words ("Šaltinis: ELTA", "Autor: PAP", "Автор: Укрінформ",
    "By AFP": :mod:`clipper.furniture`, newcomer 40, finding 5), then a colon or a space."""
    from clipper.furniture import TABLES  # its tables: only when a closing is read

    labels = [*_AGENCY_LABELS, *CREDIT_LABELS]
    for table in TABLES.values():
        labels += [*table.source_labels, *table.bylines]
    return re.compile(rf"(?:{'|'.join(labels)})(?:[^\S\n]*[:：][^\S\n]*|[^\S\n]+)", re.IGNORECASE)


# Credits a label joins: "AFP y EFE", "dpa und AFP", "AFP, Reuters e Lusa".
_JOINED = re.compile(
    r"[^\S\n]*(?:[/,،&+]|\b(?:and|und|y|e|et|en|og|och|ja|i|a|и|і|та|και|ve)\b|و)[^\S\n]*"
)
# Reuters's sign-off ("(Reporting by Jane Doe; Editing by Tom Roe)") and its German service's
# ("(Bericht von …; redigiert von …)"): a reporter's and an editor's names, Reuters's form.
_REUTERS_SIGN_OFF = re.compile(
    r"\(?[^\S\n]*(?:(?:additional|further)[^\S\n]+)?reporting[^\S\n]+by\b[^()\n]*?"
    r"\b(?:editing|writing)[^\S\n]+by\b[^()\n]*\)?\.?"
    r"|\(?[^\S\n]*bericht[^\S\n]+von\b[^()\n]*?\bredigiert[^\S\n]+von\b[^()\n]*\)?\.?",
    re.IGNORECASE,
)
# A copyright line's opening and closing: "© Agence France-Presse", "Copyright 2026 The
# Associated Press. All rights reserved.", "© AFP 2026".
_COPYRIGHT = re.compile(
    r"(?:copyright[^\S\n]*(?:©|\(c\))?|©|\(c\))[^\S\n]*(?:(?:19|20)\d\d[^\S\n]*)?", re.IGNORECASE
)
_RESERVED = re.compile(
    r"[^\S\n]*(?:(?:19|20)\d\d)?[.,]?[^\S\n]*(?:all rights reserved\b.*)?$", re.IGNORECASE
)
# A desk's initials after its agency's credit ("dpa/lby", "APA/dpa/red", "AFP/jm").
_DESK = re.compile(r"[a-zäöüé]{1,4}")
# A credit's wrapping: dashes, slashes and a parenthesis or bracket around it ("— AFP", "/TT/",
# "(dpa)", "（共同）", "[ANSA]").
_WRAP_START = "—–-/ \t([（【［"
_WRAP_END = "—–-/ \t.)]）】］"
_WRAPPING = "([（【［)]）】］"
# A sentence's end, then the rest of its line: where a credit runs into a paragraph's end
# ("… a-t-il déclaré. — AFP", "… said. (ANSA).", "…した。（共同）", "… said.(PTI)"); the
# danda of Hindi, Marathi and Bengali and Urdu's full stop and question mark with a space
# or none ("…कहा। (भाषा)", "…کہا۔(اے پی پی)").
_SENTENCE_END = re.compile(r"(?:[.!?…»”\"’'](?:[^\S\n]+|(?=[(（]))|[。！？」』।॥۔؟][^\S\n]*)(?=\S)")
# A credit line is short, its copyright's reservation of rights included ("Copyright 2026 The
# Associated Press. All rights reserved. This material may not be published, broadcast,
# rewritten or redistributed.": 131 characters).
_LINE_CHARS = 200
# A credit is short: a line's last characters of at most this many after a sentence's end.
_RUN_IN_CHARS = 80


# A credit read: (the agency, as :func:`credited_agencies` names it; the credit as written).
_Credit = tuple[str, str]


# Latin letters standing alone, spaced ("A A", "A\u00a0A A"): a page's text-size buttons,
# no agency's initials (its credit writes them together, "AA", or with dots, "A.P."), though
# :func:`credit_key` reads them as "aa" (the one-day bench's "Read also" trailers, session 41).
_SPACED_LETTERS = re.compile(r"[A-Za-z](?:\s+[A-Za-z])+")


def _credits(parts: list[str]) -> tuple[_Credit, ...]:
    """The agencies ``parts`` (a report's closing) credit, each with its part as written, when
    each is an agency's credit (:func:`credited_agencies`, :data:`CLOSING_SPELLINGS` among
    them) or, after one, a desk's initials ("dpa/lby"); or when the last is an agency's credit
    in parentheses or capitals after desk's initials alone, the first no agency's ("pz/ mk/
    (PAP)", "kzu/ mhr/ ap/ PAP": PAP's writer's and editors' initials, then its credit; "ap"
    there is an editor's; "dpa/AFP" is two agencies);
    () otherwise.  Latin letters standing alone and spaced (:data:`_SPACED_LETTERS`: "A A",
    text-size buttons) credit nothing."""
    *before, last = parts or [""]
    written = last.strip().strip(_WRAPPING)
    if (
        before
        and not credited_agencies(before[0], closing=True)  # "dpa/AFP": two agencies
        and (last.strip().startswith(("(", "（")) or written.isupper())
        and all(_DESK.fullmatch(part.strip()) for part in before)
        and (found := credited_agencies(written, closing=True))
    ):
        return tuple((agency, written) for agency in found)
    agencies: list[_Credit] = []
    for part in parts:
        if _SPACED_LETTERS.fullmatch(part.strip()):
            return ()
        found = credited_agencies(part, closing=True) if part else ()
        if found:
            agencies.extend((agency, part.strip()) for agency in found)
        elif not agencies or not _DESK.fullmatch(part):
            return ()
    return tuple(agencies)


def bare_credits(line: str) -> tuple[str, ...]:
    """The agencies ``line`` names when it is their names alone, bare, as a report's last line
    credits them ("ANSA", "Belga", "dpa", "AFP/Reuters", "EFE."; a desk's initials after them,
    "dpa/lby"; between slashes, after a dash or in brackets: "/ritzau/", "/TT/", "— AFP"), each
    as :func:`credited_agencies` names it; () for any other line: a sentence ending with an
    agency's name ("… ha riferito l'ANSA"), a label before it ("Foto: ANSA"), text-size
    buttons ("A A").  Newcomer 42, finding 2: a bare "ANSA" ending a dump stayed in
    its text and credited no one, where "(Belga)" was cut and credited."""
    text = line.strip().removesuffix(".").strip()
    if not text or len(text) > _RUN_IN_CHARS or _SENTENCE_END.search(text):
        return ()
    wrapped = _BARE_WRAPPING.fullmatch(text)
    inner = next(part for part in wrapped.groups() if part) if wrapped else text
    credits = _credits(_PARTS.split(inner))
    # with no slashes, dash or brackets to mark it, a credit as its agency writes it, case and
    # all: "Kai" or "Idea" signing a post is a writer, not KAI nor idea
    if not wrapped and not all(written in _spelled() for _, written in credits):
        return ()
    return tuple(dict.fromkeys(agency for agency, _ in credits))


# A bare credit's wrapping, which marks it a credit in any case: slashes around it ("/TT/",
# "/NTB/", Ritzau's own "/ritzau/"), a dash before it ("— AFP", "-- dpa") or square brackets
# ("[ANSA]"); a parenthesis is a trailer's (clipper.paywalltrailer and the closings' tables).
# Newcomer 43: "/ritzau/" ending six Danish copies stayed in their text.
_BARE_WRAPPING = re.compile(
    r"/\s*(?P<slashed>[^\n]+?)\s*/|(?:—|–|--?)\s*(?P<dashed>[^\n]+)"
    r"|\[\s*(?P<bracketed>[^\]\n]+?)\s*\]"
)


@cache
def _spelled() -> frozenset[str]:
    return frozenset(credit_spellings())


def _credit_line(line: str) -> tuple[_Credit, ...]:
    """The agencies ``line`` credits when it is a credit alone (see :func:`closing_credits`),
    each with its credit as written."""
    text = line.strip()
    if not text or len(text) > _LINE_CHARS:
        return ()
    if _REUTERS_SIGN_OFF.fullmatch(text):
        return (("Reuters", "Reuters"),)
    text = text.lstrip(_WRAP_START).rstrip(_WRAP_END)
    if (copyright := _COPYRIGHT.match(text)) is not None and copyright.end():
        text = _RESERVED.sub("", text[copyright.end() :]).strip().rstrip(_WRAP_END)
    if (label := _labelled().match(text)) is not None:
        # the credit whole before its parts joined by a conjunction: Arabic's "و" ("and") opens
        # a word, so "وام" (WAM) and "واس" (SPA) would read as "and" and "ام" (credits49)
        rest = text[label.end() :].strip()
        if labelled := _credits([rest]) or _credits(_JOINED.split(rest)):
            return labelled
    return _credits(_PARTS.split(text))


def closing_credits(closing: str, cut: bool = False) -> frozenset[str]:
    """The agencies the end of a report (``closing``: its last characters; ``cut``: its first
    line is the end of a longer one) credits, each as :func:`credited_agencies` names it: a
    line that is a credit alone, and a credit after a paragraph's last sentence.

    A credit alone: an agency's credit (any spelling of :data:`AGENCY_SPELLINGS` or
    :data:`clipper.agencydatelines.AGENCIES`, several joined by "/" or ",", a desk's initials
    after them: "dpa/lby"), bare or between dashes, slashes, parentheses or brackets ("— AFP",
    "/TT/", "(dpa)", "（新华社）", "NTB", "Lusa", "연합뉴스"); a copyright line naming it
    ("© Agence France-Presse", "© 2026 The Associated Press. All rights reserved."); a label
    of :data:`CREDIT_LABELS` and credits ("Mit Material von dpa", "Con información de EFE",
    "Fuente: Europa Press", "(Avec AFP)"); Reuters's sign-off ("(Reporting by …; Editing by
    …)": Reuters).  After a sentence's end (or where a sign-off runs into a line's end,
    :func:`clipper.signoffs.run_in_sign_off`), the rest of its line (at most
    :data:`_RUN_IN_CHARS` characters) read as a credit alone ("… a-t-il déclaré. — AFP",
    "… ha detto. (ANSA).", "…した。（共同）").

    Not a credit: an agency named in a sentence ("AFP reported that …", "… told AFP.", "the
    dpa survey"), a photo's credit ("Photo: AFP", "(AP Photo/Mel Evans)", "Pablo Martinez
    Monsivais/AP": a name among the credits), a site's copyright naming no agency."""
    found: set[str] = set()
    for _, _, credits in _closing_reads(closing, cut):
        found.update(agency for agency, _ in credits)
    return frozenset(found)


def _closing_reads(closing: str, cut: bool) -> Iterator[tuple[int, int, tuple[_Credit, ...]]]:
    """Each credit :func:`closing_credits` reads in ``closing``: (its start, its end, the
    agencies each with its credit as written), a line's credit alone before the credit run
    into its end."""
    from clipper.furniture.compiled import matchers  # its tables: only when a closing is read

    tables = matchers()
    start = 0
    for at, line in enumerate(closing.split("\n")):
        offset, start = start, start + len(line) + 1
        if line.strip() and (read := _line_read(line, not (cut and at == 0), tables)):
            yield offset + read[0], offset + read[1], read[2]


# A night's reports close with the same lines (an agency's credit, a copyright line, a wire
# story's last paragraph), and each closing is read three times (a page's closing as read and
# as kept, :func:`cut_credits`; its text's, :func:`without_closing_credits`): each line's reading
# is kept.
@line_memo(LINES_KEPT)
def _line_read(
    line: str, whole: bool, tables: Matchers
) -> tuple[int, int, tuple[_Credit, ...]] | None:
    """The credit :func:`_closing_reads` reads in ``line`` (one line of a closing, not blank;
    ``whole``: the line as written, not the end of a longer one cut off), with the ``tables``
    it is read by (:func:`clipper.furniture.compiled.matchers` at the asking: the photo
    credits): (its start, its end, the agencies each with its credit as written) in the line,
    the line's credit alone before the credit run into its end; None when it holds none."""
    from clipper.signoffs import run_in_sign_off

    photo = tables.is_photo_credit
    ends = list(_SENTENCE_END.finditer(line.rstrip().rstrip(".")))
    if photo(line.strip()) or any(photo(line[end.end() :].strip()) for end in ends):
        return None  # a photo's credit, on its line or after a caption: "Fot. PAP"
    if whole and (agencies := _credit_line(line)):
        return 0, len(line), agencies
    # "… said. Copyright 2026 The AP…", "… a-t-il déclaré. — AFP"
    signed = run_in_sign_off(line)
    last = ends[-1].end() if ends else None
    for after, reach in ((signed, _LINE_CHARS), (last, _RUN_IN_CHARS)):
        if after is None or len(line) - after > reach:
            continue
        if agencies := _credit_line(line[after:]):
            return after, len(line), agencies
    return None


def cut_credits(read: list[str], kept: list[str], chars: int) -> tuple[str, ...]:
    """The agencies, as written (in the agency's own capitals: "/ritzau/" is Ritzau), a page's
    closing credit lines name that cleaning cut: credited (:func:`closing_credits`) in the last
    ``chars`` characters of its lines as ``read`` (before cleaning) from its last ``kept`` line
    on ("Джерело: Укрінформ", "Źródło: PAP", "(PAP)", "Šaltinis: ELTA" under the text: the
    tables' source lines and agencies' trailers), and not in its ``kept`` text's; in the order
    read, once each. A sign-off the text keeps ("PAP/kk") is read from the text itself (rule 6
    of :mod:`clipper.canonical`); a photo's credit ("Fot. PAP") credits nothing (newcomer 40,
    finding 5)."""
    if not read or not kept:
        return ()
    last = kept[-1].strip()
    at = next((i for i in range(len(read) - 1, -1, -1) if read[i].strip() == last), None)
    tail = "\n".join(read if at is None else read[at:])
    closing = tail[-chars:]
    kept_closing = "\n".join(kept)[-chars:]
    own = closing_credits(kept_closing, len(kept_closing) >= chars)
    found: dict[str, str] = {}
    for _, _, credits in _closing_reads(closing, len(tail) > chars):
        for agency, written in credits:
            if agency not in own:
                # "/ritzau/" credits Ritzau: a spelling of the agency's name in other capitals
                # is its name; another script's or form's ("أ ف ب") stays as written
                same = written.casefold() == agency.casefold()
                found.setdefault(agency, agency if same else written)
    return tuple(found.values())


def without_closing_credits(text: str, chars: int) -> str:
    """``text`` without the credits its last ``chars`` characters close with
    (:func:`closing_credits`): a credit line left empty, a credit run into a paragraph's end
    cut after its last sentence ("… a-t-il déclaré." of "… a-t-il déclaré. — AFP")."""
    start = max(0, len(text) - chars)
    reads = list(_closing_reads(text[start:], start > 0))
    for begin, end, _ in reversed(reads):
        text = text[: start + begin].rstrip(" \t") + text[start + end :]
    return text
