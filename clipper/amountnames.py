"""Currency names of Japanese, Korean, Persian (Iran's and Dari), Arabic, Hebrew and Pashto as
CLDR gives them through Babel (:func:`from_cldr`), keyed as :mod:`clipper.searchamounts` keys a
currency: each currency's display name (``米ドル``, ``미국 달러``, ``دلار آمریکا``, ``韓国ウォン``,
``דולר אמריקאי``, ``امريکايي ډالر``), the word the name is built on, which news writes alone
after a number (``36億ドル``, ``100억 달러``, ``۵۰۰ میلیون دلار``, ``5兆ウォン``, ``1조2천억 엔``,
``۲۰ میلیون دالر``, ``300 מיליון אירו``, ``۵ میلیارده افغانۍ``), and the abbreviations of
letters CLDR gives as Arabic's symbols (``ر.س``, ``د.إ``, ``ج.م``).

The word alone is the currency whose name it heads in the language (:func:`_head`: Japanese's
last katakana run, Korean's last word without ``화``, Pashto's last word, Persian's, Arabic's
and Hebrew's first word; not a word that is the language's "gold" too, :data:`_NOT_HEADS`), and
where several currencies' names share it, the one of the countries the language is official
in (Persian's ``ریال`` is Iran's rial), else the one :data:`UNMARKED` names, which a language
none of whose countries writes any of them means by the bare word (Japanese ``ドル``, Korean
``달러``, Persian ``دلار`` the US dollar, ``پوند`` the pound sterling); where the countries
of the language write several (Arabic's ``درهم``: Morocco's and the Emirates'), the family
they share.  A currency of a family (:data:`clipper.amountcodes.FAMILIES`) is keyed under it
too, so ``$3.6 billion`` finds ``36億ドル`` and ``USD 500m`` finds ``۵۰۰ میلیون دلار``; an
:data:`UNMARKED` currency of a family is keyed under the family first, so a query's bare
``ドル``, ``달러`` or ``دلار`` seeks any dollar, as ``$`` does.

:data:`NAMES` is :func:`from_cldr`'s answer written into this module by ``python -m
clipper.amountnames --write`` (:mod:`clipper.madetables`; Babel's locales cost every search
their loading); ``tests/test_search_amounts_cldr_names.py`` fails when Babel's data no longer
gives it or the module's table is not what the script writes.  A form written the same in two of the
languages with other keys (Persian's and Arabic's ``درهم``) is each language's by the letters
and digits its text writes (:func:`clipper.searchamounts.amounts`).
"""

from __future__ import annotations

import re

from clipper.madetables import END, begin, write_or_print

__all__ = ["LANGUAGES", "NAMES", "UNMARKED", "from_cldr", "is_abbreviation"]

# The languages whose currency names are read from CLDR, first given first kept (Iran's Persian
# before Afghanistan's Dari, whose own currency is the afghani; Arabic before Hebrew and Pashto,
# whose names of the euro and the riyal it writes alike).
LANGUAGES = ("ja", "ko", "fa", "fa_AF", "ar", "he", "ps")

# The languages whose names put the currency's word last (Pashto ``امريکايي ډالر``, ``سعودي
# ريال``: the adjective first), as Japanese and Korean do; the others' name starts with it.
_HEAD_LAST = ("ps",)

# Head words that are also a language's common word beside a number, not read as a currency:
# Hebrew ``זהב`` and Pashto ``زر`` "gold" (Zimbabwe's ZWG, "Zimbabwe Gold"; Pashto ``زر`` is
# also "thousand": ``۵ زر ډالره``).
_NOT_HEADS = {"he": frozenset({"זהב"}), "ps": frozenset({"زر"})}

# An abbreviation of letters with its points, as CLDR writes the Arab countries' currencies'
# symbols (``ر.س.`` the Saudi riyal, ``د.إ.`` the Emirates' dirham, ``ج.م.`` the Egyptian
# pound): read without its last point (``500 ر.س``, ``500 ر.س.``).
_ABBREVIATION = re.compile(r"[^\W\d_a-zA-Z]+(?:\.[^\W\d_a-zA-Z]+)+\.?")


def is_abbreviation(form: str) -> bool:
    """Whether ``form`` (a key of :data:`NAMES`) is an abbreviation of letters with its points,
    as CLDR writes the Arab countries' currencies' symbols (``ر.س``, ``د.إ``, ``ج.م``,
    :data:`_ABBREVIATION`): a symbol, written before the number as after it (``ر.س 500``,
    ``500 ر.س``)."""
    return _ABBREVIATION.fullmatch(form) is not None


# The currency a bare shared name (by the last word of its English name) means in the news of a
# language none of whose countries writes any currency of that name: the US dollar, the pound
# sterling, South Korea's won, the Emirates' dirham (Gulf trade news), Russia's ruble.
UNMARKED = {"dollar": "USD", "pound": "GBP", "won": "KRW", "dirham": "AED", "ruble": "RUB"}

_KATAKANA_RUN = re.compile("[\u30a0-\u30ff]+$")


def _head(language: str, name: str) -> str:
    """The word a currency's display ``name`` in ``language`` is built on: ``米ドル`` →
    ``ドル``, ``일본 엔화`` → ``엔``, ``دلار آمریکا`` → ``دلار``, ``דולר אמריקאי`` → ``דולר``,
    Pashto ``امريکايي ډالر`` → ``ډالر``; ``name`` itself where it is one word of no such parts
    (``日本円``, ``유로``)."""
    words = name.split()
    if language == "ja":
        run = _KATAKANA_RUN.search(words[-1])
        return run[0] if run else words[-1]
    if language == "ko":
        last = words[-1]
        return last[:-1] if last.endswith("화") and len(last) > 1 else last
    return words[-1] if language in _HEAD_LAST else words[0]


def from_cldr() -> dict[str, dict[str, tuple[str, ...]]]:
    """``{language: {form: keys}}``: each current currency's (:data:`clipper.amountcodes.CODES`)
    display name in each of :data:`LANGUAGES` (Babel's ``Locale.currencies``), its symbol where
    that is an abbreviation of the language's letters (``Locale.currency_symbols``: Arabic's
    ``ر.س``, :data:`_ABBREVIATION`) and its head
    word (:func:`_head`; see the module for which currency a shared one is), each keyed as
    ``(code, family)`` folded to lower case, or ``(family,)`` for a head word several of a
    language's own countries' currencies share."""
    from babel import Locale, languages
    from babel.core import get_global

    from clipper.amountcodes import CODES

    holders: dict[str, set[str]] = {}
    for territory, held in get_global("territory_currencies").items():
        for code, _start, end, tender in held:
            if end is None and tender and code in CODES:
                holders.setdefault(territory, set()).add(code)
    english = Locale.parse("en")

    def keys(code: str) -> tuple[str, ...]:
        return (code.casefold(), CODES[code]) if CODES[code] else (code.casefold(),)

    found: dict[str, dict[str, tuple[str, ...]]] = {}
    for identifier in LANGUAGES:
        locale = Locale.parse(identifier)
        own = {
            code
            for territory, codes in holders.items()
            if locale.language in languages.get_official_languages(territory, de_facto=True)
            for code in codes
        }
        forms: dict[str, tuple[str, ...]] = {}
        heads: dict[str, set[str]] = {}
        for code in sorted(CODES):
            name = (locale.currencies.get(code) or "").replace("\u200f", "").strip()
            if not name or name == code:
                continue
            forms[name] = keys(code)
            heads.setdefault(_head(identifier, name), set()).add(code)
        for code in sorted(CODES):
            symbol = (locale.currency_symbols.get(code) or "").replace("\u200f", "").strip()
            if _ABBREVIATION.fullmatch(symbol):
                forms.setdefault(symbol.rstrip("."), keys(code))
        for head, codes in sorted(heads.items()):
            if head in _NOT_HEADS.get(identifier, ()):
                forms.pop(head, None)  # a one-word name ("זהב") is the common word too
                continue
            if head in forms and len(codes) == 1:
                continue
            mine = codes & own
            words = {(english.currencies.get(code) or "").split()[-1].casefold() for code in codes}
            unmarked = {UNMARKED[word] for word in words if word in UNMARKED} & codes
            families = {CODES[code] for code in (mine or codes)}
            if len(mine) == 1:
                forms[head] = keys(mine.pop())
            elif len(codes) == 1:
                forms[head] = keys(codes.pop())
            elif len(mine) > 1 and len(families) == 1 and "" not in families:
                forms[head] = (families.pop(),)
            elif len(unmarked) == 1 and (not mine or unmarked <= mine):
                # the family first where there is one: a query's bare ドル is any dollar, as
                # "$" is, while a page's is the US dollar's too
                code = unmarked.pop()
                forms[head] = (CODES[code], code.casefold()) if CODES[code] else keys(code)
            elif len(families) == 1 and "" not in families:
                forms[head] = (families.pop(),)
        found[identifier] = forms
    return found


# --- made by python -m clipper.amountnames --write: do not edit by hand ---
# from_cldr() with Babel 2.19.0 (CLDR 49)
# fmt: off
NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "ar": {
        "أ.م": ("mru",), "أرياري": ("mga",), "أرياري مدغشقر": ("mga",), "أفغاني": ("afn",),
        "أوقية": ("mru",), "أوقية موريتانية": ("mru",), "اسكودو": ("cve",),
        "اسكودو الرأس الأخضر": ("cve",), "باتاكا": ("mop",), "باتاكا ماكاوي": ("mop",),
        "باخت": ("thb",), "باخت تايلاندي": ("thb",), "بالبوا": ("pab",), "بالبوا بنمي": ("pab",),
        "بانغا": ("top",), "بانغا تونغا": ("top",), "بولا": ("bwp",), "بولا بتسواني": ("bwp",),
        "بوليفار": ("ves",), "بوليفار فنزويلي": ("ves",), "بوليفيانو": ("bob",),
        "بوليفيانو بوليفي": ("bob",), "بير": ("etb",), "بير أثيوبي": ("etb",), "بيزو": ("peso",),
        "بيزو أرجنتيني": ("ars", "peso"), "بيزو الدومنيكان": ("dop", "peso"),
        "بيزو اوروغواي": ("uyu", "peso"), "بيزو تشيلي": ("clp", "peso"),
        "بيزو فلبيني": ("php", "peso"), "بيزو كوبي": ("cup", "peso"),
        "بيزو كولومبي": ("cop", "peso"), "بيزو مكسيكي": ("mxn", "peso"), "تاكا": ("bdt",),
        "تاكا بنغلاديشي": ("bdt",), "تالا": ("wst",), "تالا ساموا": ("wst",), "توغروغ": ("mnt",),
        "توغروغ منغولي": ("mnt",), "تينغ": ("kzt",), "تينغ كازاخستاني": ("kzt",), "ج.س": ("sdg",),
        "ج.م": ("egp",), "جنيه إسترليني": ("gbp",), "جنيه جبل طارق": ("gip",),
        "جنيه جزر فوكلاند": ("fkp",), "جنيه جنوب السودان": ("ssp",), "جنيه سانت هيلين": ("shp",),
        "جنيه سوداني": ("sdg",), "جنيه مصري": ("egp",), "جوردى": ("htg",), "جوردى هايتي": ("htg",),
        "د.أ": ("jod", "dinar"), "د.إ": ("aed", "dirham"), "د.ب": ("bhd", "dinar"),
        "د.ت": ("tnd", "dinar"), "د.ج": ("dzd", "dinar"), "د.ع": ("iqd", "dinar"),
        "د.ك": ("kwd", "dinar"), "د.ل": ("lyd", "dinar"), "د.م": ("mad", "dirham"),
        "درام": ("amd",), "درام أرميني": ("amd",), "درهم": ("dirham",),
        "درهم إماراتي": ("aed", "dirham"), "درهم مغربي": ("mad", "dirham"), "دلاسي": ("gmd",),
        "دلاسي غامبي": ("gmd",), "دوبرا": ("stn",), "دوبرا ساو تومي وبرينسيبي": ("stn",),
        "دولار": ("dollar", "usd"), "دولار أسترالي": ("aud", "dollar"),
        "دولار أمريكي": ("usd", "dollar"), "دولار باهامي": ("bsd", "dollar"),
        "دولار بربادوسي": ("bbd", "dollar"), "دولار برمودي": ("bmd", "dollar"),
        "دولار بروناي": ("bnd", "dollar"), "دولار بليزي": ("bzd", "dollar"),
        "دولار تايواني": ("twd", "dollar"), "دولار ترينداد وتوباغو": ("ttd", "dollar"),
        "دولار جامايكي": ("jmd", "dollar"), "دولار جزر سليمان": ("sbd", "dollar"),
        "دولار جزر كيمن": ("kyd", "dollar"), "دولار سنغافوري": ("sgd", "dollar"),
        "دولار سورينامي": ("srd", "dollar"), "دولار شرق الكاريبي": ("xcd", "dollar"),
        "دولار غيانا": ("gyd", "dollar"), "دولار فيجي": ("fjd", "dollar"),
        "دولار كندي": ("cad", "dollar"), "دولار ليبيري": ("lrd", "dollar"),
        "دولار ناميبي": ("nad", "dollar"), "دولار نيوزيلندي": ("nzd", "dollar"),
        "دولار هونغ كونغ": ("hkd", "dollar"), "دونج": ("vnd",), "دونج فيتنامي": ("vnd",),
        "دينار": ("dinar",), "دينار أردني": ("jod", "dinar"), "دينار بحريني": ("bhd", "dinar"),
        "دينار تونسي": ("tnd", "dinar"), "دينار جزائري": ("dzd", "dinar"),
        "دينار صربي": ("rsd", "dinar"), "دينار عراقي": ("iqd", "dinar"),
        "دينار كويتي": ("kwd", "dinar"), "دينار ليبي": ("lyd", "dinar"), "دينار مقدوني": ("mkd",),
        "ذهب": ("zwg",), "ذهب زيمبابوي": ("zwg",), "ر.إ": ("irr", "rial"), "ر.س": ("sar", "riyal"),
        "ر.ع": ("omr", "rial"), "ر.ق": ("qar", "riyal"), "ر.ي": ("yer", "rial"), "راند": ("zar",),
        "راند جنوب أفريقيا": ("zar",), "روبل": ("rub",), "روبل بيلاروسي": ("byn",),
        "روبل روسي": ("rub",), "روبية إندونيسية": ("idr",), "روبية باكستاني": ("pkr", "rupee"),
        "روبية سريلانكية": ("lkr", "rupee"), "روبية سيشيلية": ("scr", "rupee"),
        "روبية موريشيوسية": ("mur", "rupee"), "روبية نيبالي": ("npr", "rupee"),
        "روبية هندي": ("inr", "rupee"), "روفيه": ("mvr",), "روفيه جزر المالديف": ("mvr",),
        "ريال إيراني": ("irr", "rial"), "ريال برازيلي": ("brl",), "ريال سعودي": ("sar", "riyal"),
        "ريال عماني": ("omr", "rial"), "ريال قطري": ("qar", "riyal"), "ريال يمني": ("yer", "rial"),
        "رينغيت": ("myr",), "رينغيت ماليزي": ("myr",), "رييال": ("khr",), "رييال كمبودي": ("khr",),
        "زلوتي": ("pln",), "زلوتي بولندي": ("pln",), "سول": ("pen",), "سول بيروفي": ("pen",),
        "سوم": ("som",), "سوم أوزبكستاني": ("uzs", "som"), "سوم قيرغستاني": ("kgs", "som"),
        "سوموني": ("tjs",), "سوموني طاجيكستاني": ("tjs",), "سيدي": ("ghs",), "سيدي غانا": ("ghs",),
        "شلن": ("sos", "shilling"), "شلن أوغندي": ("ugx", "shilling"),
        "شلن تنزاني": ("tzs", "shilling"), "شلن صومالي": ("sos", "shilling"),
        "شلن كينيي": ("kes", "shilling"), "شيكل": ("ils",), "شيكل إسرائيلي جديد": ("ils",),
        "غواراني": ("pyg",), "غواراني باراغواي": ("pyg",), "غيلدر": ("xcg",),
        "غيلدر كاريبي": ("xcg",), "فاتو": ("vuv",), "فاتو فانواتو": ("vuv",), "فرنك": ("franc",),
        "فرنك بروندي": ("bif", "franc"), "فرنك جزر القمر": ("kmf", "franc"),
        "فرنك جيبوتي": ("djf", "franc"), "فرنك رواندي": ("rwf", "franc"),
        "فرنك سويسري": ("chf", "franc"), "فرنك سي إف بي": ("xpf", "franc"),
        "فرنك غرب أفريقي": ("xof", "franc"), "فرنك غينيا": ("gnf", "franc"),
        "فرنك كونغولي": ("cdf", "franc"), "فرنك وسط أفريقي": ("xaf", "franc"), "فلورن": ("awg",),
        "فلورن أروبي": ("awg",), "فورينت": ("huf",), "فورينت هنغاري": ("huf",), "قرطبة": ("nio",),
        "قرطبة نيكاراغوا": ("nio",), "كرونة أيسلندية": ("isk",), "كرونة تشيكية": ("czk",),
        "كرونة دنماركية": ("dkk", "krona"), "كرونة سويدية": ("sek", "krona"),
        "كرونة نرويجية": ("nok", "krona"), "كواشا زامبي": ("zmw",), "كواشا مالاوي": ("mwk",),
        "كوانزا": ("aoa",), "كوانزا أنغولي": ("aoa",), "كوتزال": ("gtq",),
        "كوتزال غواتيمالا": ("gtq",), "كولن": ("crc",), "كولن كوستاريكي": ("crc",),
        "كيات": ("mmk",), "كيات ميانمار": ("mmk",), "كيب": ("lak",), "كيب لاوسي": ("lak",),
        "كينا": ("pgk",), "كينا بابوا غينيا الجديدة": ("pgk",), "ل.س": ("syp",), "ل.ل": ("lbp",),
        "لارى": ("gel",), "لارى جورجي": ("gel",), "لوتي": ("lsl",), "لوتي ليسوتو": ("lsl",),
        "ليرة تركية": ("try",), "ليرة سورية": ("syp",), "ليرة لبنانية": ("lbp",), "ليك": ("all",),
        "ليك ألباني": ("all",), "ليلانجيني": ("szl",), "ليلانجيني سوازيلندي": ("szl",),
        "ليمبيرا": ("hnl",), "ليمبيرا هنداروس": ("hnl",), "ليو روماني": ("ron",),
        "ليو مولدوفي": ("mdl",), "ليون": ("sle",), "ليون سيراليوني": ("sle",), "مارك": ("bam",),
        "مارك البوسنة والهرسك قابل للتحويل": ("bam",), "مانات": ("manat",),
        "مانات أذربيجان": ("azn", "manat"), "مانات تركمانستان": ("tmt", "manat"), "متكال": ("mzn",),
        "متكال موزمبيقي": ("mzn",), "ناكفا": ("ern",), "ناكفا أريتري": ("ern",), "نايرا": ("ngn",),
        "نايرا نيجيري": ("ngn",), "نولتوم": ("btn",), "نولتوم بوتاني": ("btn",),
        "هريفنيا": ("uah",), "هريفنيا أوكراني": ("uah",), "وون": ("krw",),
        "وون كوريا الجنوبية": ("krw",), "وون كوريا الشمالية": ("kpw",), "ين": ("jpy",),
        "ين ياباني": ("jpy",), "يوان": ("cny",), "يوان صيني": ("cny",), "يورو": ("eur",),
    },
    "fa": {
        "آریاری": ("mga",), "آریاری مالاگاسی": ("mga",), "اسکودوی": ("cve",),
        "اسکودوی کیپ‌ورد": ("cve",), "افغانی": ("afn",), "افغانی افغانستان": ("afn",),
        "انگولتروم": ("btn",), "انگولتروم بوتان": ("btn",), "اوگوئیای": ("mru",),
        "اوگوئیای موریتانی": ("mru",), "بات": ("thb",), "بات تایلند": ("thb",), "بالبوای": ("pab",),
        "بالبوای پاناما": ("pab",), "بولیوار": ("ves",), "بولیوار ونزوئلا": ("ves",),
        "بولیویانوی": ("bob",), "بولیویانوی بولیوی": ("bob",), "بیر": ("etb",),
        "بیر اتیوپی": ("etb",), "تالای": ("wst",), "تالای ساموا": ("wst",), "تاکای": ("bdt",),
        "تاکای بنگلادش": ("bdt",), "تنگهٔ": ("kzt",), "تنگهٔ قزاقستان": ("kzt",),
        "توگریک": ("mnt",), "توگریک مغولستان": ("mnt",), "دالاسی": ("gmd",),
        "دالاسی گامبیا": ("gmd",), "دانگ": ("vnd",), "دانگ ویتنام": ("vnd",), "درام": ("amd",),
        "درام ارمنستان": ("amd",), "درهم": ("dirham", "aed"),
        "درهم امارات متحدهٔ عربی": ("aed", "dirham"), "درهم مراکش": ("mad", "dirham"),
        "دلار": ("dollar", "usd"), "دلار آمریکا": ("usd", "dollar"),
        "دلار استرالیا": ("aud", "dollar"), "دلار باربادوس": ("bbd", "dollar"),
        "دلار باهاما": ("bsd", "dollar"), "دلار برمودا": ("bmd", "dollar"),
        "دلار برونئی": ("bnd", "dollar"), "دلار بلیز": ("bzd", "dollar"),
        "دلار ترینیداد و توباگو": ("ttd", "dollar"), "دلار جامائیکا": ("jmd", "dollar"),
        "دلار جدید تایوان": ("twd", "dollar"), "دلار جزایر سلیمان": ("sbd", "dollar"),
        "دلار جزایر کِیمن": ("kyd", "dollar"), "دلار زلاند نو": ("nzd", "dollar"),
        "دلار سنگاپور": ("sgd", "dollar"), "دلار سورینام": ("srd", "dollar"),
        "دلار شرق کارائیب": ("xcd", "dollar"), "دلار فیجی": ("fjd", "dollar"),
        "دلار لیبریا": ("lrd", "dollar"), "دلار نامیبیا": ("nad", "dollar"),
        "دلار هنگ‌کنگ": ("hkd", "dollar"), "دلار کانادا": ("cad", "dollar"),
        "دلار گویانا": ("gyd", "dollar"), "دوبرای": ("stn",), "دوبرای سائوتومه و پرنسیپ": ("stn",),
        "دینار اردن": ("jod", "dinar"), "دینار الجزایر": ("dzd", "dinar"),
        "دینار بحرین": ("bhd", "dinar"), "دینار تونس": ("tnd", "dinar"),
        "دینار صربستان": ("rsd", "dinar"), "دینار عراق": ("iqd", "dinar"),
        "دینار لیبی": ("lyd", "dinar"), "دینار مقدونیه": ("mkd",), "دینار کویت": ("kwd", "dinar"),
        "رئال": ("brl",), "رئال برزیل": ("brl",), "راند": ("zar",), "راند افریقای جنوبی": ("zar",),
        "روبل": ("rub",), "روبل بلاروس": ("byn",), "روبل روسیه": ("rub",),
        "روپیهٔ اندونزی": ("idr",), "روپیهٔ سری‌لانکا": ("lkr", "rupee"),
        "روپیهٔ سیشل": ("scr", "rupee"), "روپیهٔ مالدیو": ("mvr",),
        "روپیهٔ موریس": ("mur", "rupee"), "روپیهٔ نپال": ("npr", "rupee"),
        "روپیهٔ هند": ("inr", "rupee"), "روپیهٔ پاکستان": ("pkr", "rupee"), "ریال": ("irr", "rial"),
        "ریال ایران": ("irr", "rial"), "ریال سعودی": ("sar", "riyal"), "ریال عمان": ("omr", "rial"),
        "ریال قطر": ("qar", "riyal"), "ریال یمن": ("yer", "rial"), "رینگیت": ("myr",),
        "رینگیت مالزی": ("myr",), "ری‌یل": ("khr",), "ری‌یل کامبوج": ("khr",), "زلوتی": ("pln",),
        "زلوتی لهستان": ("pln",), "سامانی": ("tjs",), "سامانی تاجیکستان": ("tjs",), "سدی": ("ghs",),
        "سدی غنا": ("ghs",), "سول": ("pen",), "سول پرو": ("pen",), "سوم": ("som",),
        "سوم ازبکستان": ("uzs", "som"), "سوم قرقیزستان": ("kgs", "som"), "شِکِل": ("ils",),
        "شِکِل جدید اسرائیل": ("ils",), "شیلینگ": ("shilling",),
        "شیلینگ اوگاندا": ("ugx", "shilling"), "شیلینگ تانزانیا": ("tzs", "shilling"),
        "شیلینگ سومالی": ("sos", "shilling"), "شیلینگ کنیا": ("kes", "shilling"), "طلای": ("zwg",),
        "طلای زیمبابوه": ("zwg",), "فرانک": ("franc",), "فرانک CFA غرب افریقا": ("xof", "franc"),
        "فرانک CFA مرکز افریقا": ("xaf", "franc"), "فرانک اقیانوسیه": ("xpf", "franc"),
        "فرانک بوروندی": ("bif", "franc"), "فرانک جیبوتی": ("djf", "franc"),
        "فرانک رواندا": ("rwf", "franc"), "فرانک سوئیس": ("chf", "franc"),
        "فرانک کنگو": ("cdf", "franc"), "فرانک کومورو": ("kmf", "franc"),
        "فرانک گینه": ("gnf", "franc"), "فلورین": ("awg",), "فلورین آروبا": ("awg",),
        "فورینت": ("huf",), "فورینت مجارستان": ("huf",), "لئون": ("sle",),
        "لئون سیرالئون": ("sle",), "لئوی رومانی": ("ron",), "لئوی مولداوی": ("mdl",),
        "لاری": ("gel",), "لاری گرجستان": ("gel",), "لمپیرای": ("hnl",),
        "لمپیرای هندوراس": ("hnl",), "لوتی": ("lsl",), "لوتی لسوتو": ("lsl",), "لک": ("all",),
        "لک آلبانی": ("all",), "لیرهٔ ترکیه": ("try",), "لیرهٔ سوریه": ("syp",),
        "لیرهٔ لبنان": ("lbp",), "لیلانگنی": ("szl",), "لیلانگنی سوازیلند": ("szl",),
        "مارک": ("bam",), "مارک تبدیل‌پذیر بوسنی و هرزگوین": ("bam",), "متیکال": ("mzn",),
        "متیکال موزامبیک": ("mzn",), "منات": ("manat",), "منات ترکمنستان": ("tmt", "manat"),
        "منات جمهوری آذربایجان": ("azn", "manat"), "ناکفای": ("ern",), "ناکفای اریتره": ("ern",),
        "نایرای": ("ngn",), "نایرای نیجریه": ("ngn",), "هریونیای": ("uah",),
        "هریونیای اوکراین": ("uah",), "واتوی": ("vuv",), "واتوی وانوواتو": ("vuv",),
        "وون": ("krw",), "وون کرهٔ جنوبی": ("krw",), "وون کرهٔ شمالی": ("kpw",),
        "پاآنگای": ("top",), "پاآنگای تونگا": ("top",), "پاتاکای": ("mop",),
        "پاتاکای ماکائو": ("mop",), "پزوی": ("peso",), "پزوی آرژانتین": ("ars", "peso"),
        "پزوی اوروگوئه": ("uyu", "peso"), "پزوی جمهوری دومینیکن": ("dop", "peso"),
        "پزوی شیلی": ("clp", "peso"), "پزوی فیلیپین": ("php", "peso"),
        "پزوی مکزیک": ("mxn", "peso"), "پزوی کلمبیا": ("cop", "peso"), "پزوی کوبا": ("cup", "peso"),
        "پولای": ("bwp",), "پولای بوتسوانا": ("bwp",), "پوند": ("gbp",), "پوند بریتانیا": ("gbp",),
        "پوند جبل‌الطارق": ("gip",), "پوند جزایر فالکلند": ("fkp",), "پوند سنت هلن": ("shp",),
        "پوند سودان": ("sdg",), "پوند سودان جنوبی": ("ssp",), "پوند مصر": ("egp",),
        "کتزال": ("gtq",), "کتزال گواتمالا": ("gtq",), "کرون": ("krona",),
        "کرون دانمارک": ("dkk", "krona"), "کرون سوئد": ("sek", "krona"),
        "کرون نروژ": ("nok", "krona"), "کرونای": ("isk",), "کرونای ایسلند": ("isk",),
        "کوانزای": ("aoa",), "کوانزای آنگولا": ("aoa",), "کواچای زامبیا": ("zmw",),
        "کواچای مالاوی": ("mwk",), "کوردوبای": ("nio",), "کوردوبای نیکاراگوئه": ("nio",),
        "کورونای": ("czk",), "کورونای جمهوری چک": ("czk",), "کولون": ("crc",),
        "کولون کاستاریکا": ("crc",), "کیات": ("mmk",), "کیات میانمار": ("mmk",), "کینای": ("pgk",),
        "کینای پاپوا گینهٔ نو": ("pgk",), "کیپ": ("lak",), "کیپ لائوس": ("lak",),
        "گوارانی": ("pyg",), "گوارانی پاراگوئه": ("pyg",), "گورد": ("htg",),
        "گورد هائیتی": ("htg",), "گیلدر": ("xcg",), "گیلدر کارائیب": ("xcg",), "ین": ("jpy",),
        "ین ژاپن": ("jpy",), "یوآن": ("cny",), "یوآن چین": ("cny",), "یورو": ("eur",),
    },
    "fa_AF": {
        "آریاری": ("mga",), "آریاری مالاگاسی": ("mga",), "اسکودوی": ("cve",),
        "اسکودوی کیپ‌ورد": ("cve",), "افغانی": ("afn",), "افغانی افغانستان": ("afn",),
        "انگولتروم": ("btn",), "انگولتروم بوتان": ("btn",), "اوگوئیای": ("mru",),
        "اوگوئیای موریتانی": ("mru",), "بات": ("thb",), "بات تایلند": ("thb",), "بالبوای": ("pab",),
        "بالبوای پاناما": ("pab",), "بولیوار": ("ves",), "بولیوار ونزوئلا": ("ves",),
        "بولیویانوی": ("bob",), "بولیویانوی بولیوی": ("bob",), "بیر": ("etb",),
        "بیر اتیوپی": ("etb",), "تالای": ("wst",), "تالای ساموا": ("wst",), "تاکای": ("bdt",),
        "تاکای بنگلادش": ("bdt",), "تنگهٔ": ("kzt",), "تنگهٔ قزاقستان": ("kzt",),
        "توگریک": ("mnt",), "توگریک مغولستان": ("mnt",), "دالاسی": ("gmd",),
        "دالاسی گامبیا": ("gmd",), "دالر": ("dollar", "usd"), "دالر آسترالیا": ("aud", "dollar"),
        "دالر امریکا": ("usd", "dollar"), "دالر برونی": ("bnd", "dollar"),
        "دالر سینگاپور": ("sgd", "dollar"), "دالر کانادا": ("cad", "dollar"), "دانگ": ("vnd",),
        "دانگ ویتنام": ("vnd",), "درام": ("amd",), "درام ارمنستان": ("amd",),
        "درهم": ("dirham", "aed"), "درهم امارات متحدهٔ عربی": ("aed", "dirham"),
        "درهم مراکش": ("mad", "dirham"), "دلار": ("dollar",), "دلار باربادوس": ("bbd", "dollar"),
        "دلار باهاما": ("bsd", "dollar"), "دلار برمودا": ("bmd", "dollar"),
        "دلار بلیز": ("bzd", "dollar"), "دلار ترینیداد و توباگو": ("ttd", "dollar"),
        "دلار جامائیکا": ("jmd", "dollar"), "دلار جدید تایوان": ("twd", "dollar"),
        "دلار جزایر سلیمان": ("sbd", "dollar"), "دلار جزایر کِیمن": ("kyd", "dollar"),
        "دلار زلاند نو": ("nzd", "dollar"), "دلار سورینام": ("srd", "dollar"),
        "دلار شرق کارائیب": ("xcd", "dollar"), "دلار فیجی": ("fjd", "dollar"),
        "دلار لیبریا": ("lrd", "dollar"), "دلار نامیبیا": ("nad", "dollar"),
        "دلار هنگ‌کنگ": ("hkd", "dollar"), "دلار گویانا": ("gyd", "dollar"), "دوبرای": ("stn",),
        "دوبرای سائوتومه و پرنسیپ": ("stn",), "دینار اردن": ("jod", "dinar"),
        "دینار الجزایر": ("dzd", "dinar"), "دینار بحرین": ("bhd", "dinar"),
        "دینار تونس": ("tnd", "dinar"), "دینار صربستان": ("rsd", "dinar"),
        "دینار عراق": ("iqd", "dinar"), "دینار لیبی": ("lyd", "dinar"), "دینار مقدونیه": ("mkd",),
        "دینار کویت": ("kwd", "dinar"), "رئال": ("brl",), "رئال برزیل": ("brl",), "راند": ("zar",),
        "راند افریقای جنوبی": ("zar",), "روبل": ("rub",), "روبل روسیه": ("rub",),
        "روبل روسیهٔ سفید": ("byn",), "روپیهٔ اندونزی": ("idr",),
        "روپیهٔ سری‌لانکا": ("lkr", "rupee"), "روپیهٔ سیشل": ("scr", "rupee"),
        "روپیهٔ مالدیو": ("mvr",), "روپیهٔ موریس": ("mur", "rupee"),
        "روپیهٔ نپال": ("npr", "rupee"), "روپیهٔ هند": ("inr", "rupee"),
        "روپیهٔ پاکستان": ("pkr", "rupee"), "ریال": ("irr", "rial"), "ریال ایران": ("irr", "rial"),
        "ریال سعودی": ("sar", "riyal"), "ریال عمان": ("omr", "rial"), "ریال قطر": ("qar", "riyal"),
        "ریال یمن": ("yer", "rial"), "رینگیت": ("myr",), "رینگیت مالزی": ("myr",),
        "ری‌یل": ("khr",), "ری‌یل کامبوج": ("khr",), "زلوتی": ("pln",), "زلوتی لهستان": ("pln",),
        "سامانی": ("tjs",), "سامانی تاجکستان": ("tjs",), "سدی": ("ghs",), "سدی غنا": ("ghs",),
        "سول": ("pen",), "سول پرو": ("pen",), "سوم": ("som",), "سوم ازبکستان": ("uzs", "som"),
        "سوم قرقیزستان": ("kgs", "som"), "شِکِل": ("ils",), "شِکِل جدید اسرائیل": ("ils",),
        "شیلینگ": ("shilling",), "شیلینگ اوگاندا": ("ugx", "shilling"),
        "شیلینگ تانزانیا": ("tzs", "shilling"), "شیلینگ سومالی": ("sos", "shilling"),
        "شیلینگ کنیا": ("kes", "shilling"), "طلای": ("zwg",), "طلای زیمبابوه": ("zwg",),
        "فرانک": ("franc",), "فرانک CFA غرب افریقا": ("xof", "franc"),
        "فرانک CFA مرکز افریقا": ("xaf", "franc"), "فرانک اقیانوسیه": ("xpf", "franc"),
        "فرانک بوروندی": ("bif", "franc"), "فرانک جیبوتی": ("djf", "franc"),
        "فرانک رواندا": ("rwf", "franc"), "فرانک سویس": ("chf", "franc"),
        "فرانک کنگو": ("cdf", "franc"), "فرانک کومورو": ("kmf", "franc"),
        "فرانک گینه": ("gnf", "franc"), "فلورین": ("awg",), "فلورین آروبا": ("awg",),
        "فورینت": ("huf",), "فورینت مجارستان": ("huf",), "لئون": ("sle",),
        "لئون سیرالئون": ("sle",), "لئوی رومانی": ("ron",), "لئوی مولداوی": ("mdl",),
        "لاری": ("gel",), "لاری گرجستان": ("gel",), "لمپیرای": ("hnl",),
        "لمپیرای هندوراس": ("hnl",), "لوتی": ("lsl",), "لوتی لسوتو": ("lsl",), "لک": ("all",),
        "لک آلبانی": ("all",), "لیرهٔ ترکیه": ("try",), "لیرهٔ سوریه": ("syp",),
        "لیرهٔ لبنان": ("lbp",), "لیلانگنی": ("szl",), "لیلانگنی سوازیلند": ("szl",),
        "مارک": ("bam",), "مارک تبدیل‌پذیر بوسنی و هرزگوین": ("bam",), "متیکال": ("mzn",),
        "متیکال موزامبیک": ("mzn",), "منات": ("manat",), "منات ترکمنستان": ("tmt", "manat"),
        "منات جمهوری آذربایجان": ("azn", "manat"), "ناکفای": ("ern",), "ناکفای اریتره": ("ern",),
        "نایرای": ("ngn",), "نایرای نیجریه": ("ngn",), "هریونیای": ("uah",),
        "هریونیای اوکراین": ("uah",), "واتوی": ("vuv",), "واتوی وانوواتو": ("vuv",),
        "وون": ("krw",), "وون کرهٔ جنوبی": ("krw",), "وون کرهٔ شمالی": ("kpw",),
        "پاآنگای": ("top",), "پاآنگای تونگا": ("top",), "پاتاکای": ("mop",),
        "پاتاکای ماکائو": ("mop",), "پزوی": ("peso",), "پزوی آرژانتین": ("ars", "peso"),
        "پزوی اوروگوئه": ("uyu", "peso"), "پزوی جمهوری دومینیکن": ("dop", "peso"),
        "پزوی شیلی": ("clp", "peso"), "پزوی فیلیپین": ("php", "peso"),
        "پزوی مکسیکو": ("mxn", "peso"), "پزوی کلمبیا": ("cop", "peso"),
        "پزوی کوبا": ("cup", "peso"), "پولای": ("bwp",), "پولای بوتسوانا": ("bwp",),
        "پوند": ("gbp",), "پوند بریتانیا": ("gbp",), "پوند جبل‌الطارق": ("gip",),
        "پوند جزایر فالکلند": ("fkp",), "پوند سنت هلن": ("shp",), "پوند سودان": ("sdg",),
        "پوند سودان جنوبی": ("ssp",), "پوند مصر": ("egp",), "کتزال": ("gtq",),
        "کتزال گواتمالا": ("gtq",), "کرون": ("krona",), "کرون دنمارک": ("dkk", "krona"),
        "کرون سویدن": ("sek", "krona"), "کرون ناروی": ("nok", "krona"), "کرونای": ("isk",),
        "کرونای ایسلند": ("isk",), "کوانزای": ("aoa",), "کوانزای آنگولا": ("aoa",),
        "کواچای زامبیا": ("zmw",), "کواچای مالاوی": ("mwk",), "کوردوبای": ("nio",),
        "کوردوبای نیکاراگوئه": ("nio",), "کورونای": ("czk",), "کورونای جمهوری چک": ("czk",),
        "کولون": ("crc",), "کولون کاستاریکا": ("crc",), "کیات": ("mmk",), "کیات میانمار": ("mmk",),
        "کینای": ("pgk",), "کینای پاپوا گینهٔ نو": ("pgk",), "کیپ": ("lak",), "کیپ لائوس": ("lak",),
        "گوارانی": ("pyg",), "گوارانی پاراگوئه": ("pyg",), "گورد": ("htg",),
        "گورد هائیتی": ("htg",), "گیلدر": ("xcg",), "گیلدر کارائیب": ("xcg",), "ین": ("jpy",),
        "ین جاپان": ("jpy",), "یوآن": ("cny",), "یوآن چین": ("cny",), "یورو": ("eur",),
    },
    "he": {
        "אואוגויה": ("mru",), "אואוגויה מאוריטני": ("mru",), "אירו": ("eur",), "אסקודו": ("cve",),
        "אסקודו כף ורדה": ("cve",), "אפגני": ("afn",), "אפגני אפגני": ("afn",), "אריארי": ("mga",),
        "אריארי מלגשי": ("mga",), "בהט": ("thb",), "בהט תאילנדי": ("thb",), "בוליביאנו": ("bob",),
        "בוליבר": ("ves",), "בוליבר ונצואלי": ("ves",), "ביר": ("etb",), "ביר אתיופי": ("etb",),
        "בלבואה": ("pab",), "בלבואה פנמי": ("pab",), "גוארני": ("pyg",), "גוארני פרגוואי": ("pyg",),
        "גורד": ("htg",), "גורד האיטי": ("htg",), "גילדר": ("xcg",), "גילדר של הקריביים": ("xcg",),
        "דוברה": ("stn",), "דוברה של סאו טומה ופרינסיפה": ("stn",), "דולר": ("dollar", "usd"),
        "דולר אוסטרלי": ("aud", "dollar"), "דולר איי שלמה": ("sbd", "dollar"),
        "דולר אמריקאי": ("usd", "dollar"), "דולר בהאמי": ("bsd", "dollar"),
        "דולר בליזי": ("bzd", "dollar"), "דולר ברבדיאני": ("bbd", "dollar"),
        "דולר ברוניי": ("bnd", "dollar"), "דולר ברמודה": ("bmd", "dollar"),
        "דולר גיאני": ("gyd", "dollar"), "דולר ג׳מייקני": ("jmd", "dollar"),
        "דולר הונג קונגי": ("hkd", "dollar"), "דולר טייוואני חדש": ("twd", "dollar"),
        "דולר טרינידדי": ("ttd", "dollar"), "דולר ליברי": ("lrd", "dollar"),
        "דולר מזרח קריבי": ("xcd", "dollar"), "דולר ניו זילנדי": ("nzd", "dollar"),
        "דולר נמיבי": ("nad", "dollar"), "דולר סורינאמי": ("srd", "dollar"),
        "דולר סינגפורי": ("sgd", "dollar"), "דולר פיג׳י": ("fjd", "dollar"),
        "דולר קיימני": ("kyd", "dollar"), "דולר קנדי": ("cad", "dollar"), "דונג": ("vnd",),
        "דונג וייטנאמי": ("vnd",), "דינר אלג׳ירי": ("dzd", "dinar"),
        "דינר בחרייני": ("bhd", "dinar"), "דינר טוניסאי": ("tnd", "dinar"),
        "דינר ירדני": ("jod", "dinar"), "דינר כוויתי": ("kwd", "dinar"),
        "דינר לובי": ("lyd", "dinar"), "דינר מקדוני": ("mkd",), "דינר סרבי": ("rsd", "dinar"),
        "דינר עיראקי": ("iqd", "dinar"), "דירהם": ("dirham", "aed"),
        "דירהם מרוקאי": ("mad", "dirham"), "דירהם של איחוד הנסיכויות הערביות": ("aed", "dirham"),
        "דלסי": ("gmd",), "דלסי גמבי": ("gmd",), "דראם": ("amd",), "דראם ארמני": ("amd",),
        "הריבנה": ("uah",), "הריבנה אוקראיני": ("uah",), "ואטו": ("vuv",),
        "ואטו של ונואטו": ("vuv",), "וון": ("krw",), "וון דרום קוריאני": ("krw",),
        "וון צפון קוריאני": ("kpw",), "זהב של זימבבואה": ("zwg",), "זלוטי": ("pln",),
        "זלוטי פולני": ("pln",), "טאלה": ("wst",), "טאלה סמואי": ("wst",), "טאקה": ("bdt",),
        "טאקה בנגלדשי": ("bdt",), "טוגרוג": ("mnt",), "טוגרוג מונגולי": ("mnt",), "טנגה": ("kzt",),
        "טנגה קזחסטני": ("kzt",), "יואן": ("cny",), "יואן סיני": ("cny",), "ין": ("jpy",),
        "ין יפני": ("jpy",), "כתר איסלנדי": ("isk",), "כתר דני": ("dkk", "krona"),
        "כתר נורווגי": ("nok", "krona"), "כתר שוודי": ("sek", "krona"), "לאו מולדובני": ("mdl",),
        "לאו רומני": ("ron",), "לארי": ("gel",), "לארי גאורגי": ("gel",), "לוטי": ("lsl",),
        "לוטי לסותי": ("lsl",), "ליאון": ("sle",), "ליאון סיירה לאוני": ("sle",),
        "לילנגני": ("szl",), "לילנגני סווזילנדי": ("szl",), "לירה": ("gbp",),
        "לירה דרום-סודנית": ("ssp",), "לירה טורקית חדשה": ("try",), "לירה לבנונית": ("lbp",),
        "לירה מצרית": ("egp",), "לירה סודנית": ("sdg",), "לירה סורית": ("syp",),
        "לירה שטרלינג": ("gbp",), "לירה של איי פוקלנד": ("fkp",), "למפירה": ("hnl",),
        "למפירה הונדורי": ("hnl",), "לק": ("all",), "לק אלבני": ("all",), "מאנאט": ("manat",),
        "מאנאט אזרבייג׳ני": ("azn", "manat"), "מאנאט טורקמני": ("tmt", "manat"), "מארק": ("bam",),
        "מארק סחיר של בוסניה והרצגובינה": ("bam",), "מטיקל": ("mzn",), "מטיקל מוזמביני": ("mzn",),
        "נאירה": ("ngn",), "נאירה ניגרי": ("ngn",), "נאקפה": ("ern",), "נאקפה אריתראי": ("ern",),
        "נגולטרום": ("btn",), "נגולטרום בהוטני": ("btn",), "סדי": ("ghs",), "סדי גאני": ("ghs",),
        "סול": ("pen",), "סול פרואני": ("pen",), "סום": ("som",), "סום אוזבקי": ("uzs", "som"),
        "סום קירגיזי": ("kgs", "som"), "סומוני": ("tjs",), "סומוני טג׳קיסטני": ("tjs",),
        "פאונד גיברלטר": ("gip",), "פאונד סנט הלני": ("shp",), "פאנגה": ("top",),
        "פאנגה טונגי": ("top",), "פולה": ("bwp",), "פולה בוטסואני": ("bwp",), "פורינט": ("huf",),
        "פורינט הונגרי": ("huf",), "פטקה": ("mop",), "פטקה של מקאו": ("mop",), "פלורין": ("awg",),
        "פלורין של ארובה": ("awg",), "פסו": ("peso",), "פסו אורוגוואי": ("uyu", "peso"),
        "פסו ארגנטינאי": ("ars", "peso"), "פסו דומיניקני": ("dop", "peso"),
        "פסו מקסיקני": ("mxn", "peso"), "פסו פיליפיני": ("php", "peso"),
        "פסו צ׳ילאני": ("clp", "peso"), "פסו קובני": ("cup", "peso"),
        "פסו קולומביאני": ("cop", "peso"), "פרנק": ("franc",),
        "פרנק CFA מערב אפריקני": ("xof", "franc"), "פרנק CFA מרכז אפריקני": ("xaf", "franc"),
        "פרנק בורונדי": ("bif", "franc"), "פרנק גינאי": ("gnf", "franc"),
        "פרנק ג׳יבוטי": ("djf", "franc"), "פרנק פולינזיה הצרפתית": ("xpf", "franc"),
        "פרנק קומורואי": ("kmf", "franc"), "פרנק קונגולזי": ("cdf", "franc"),
        "פרנק רואנדי": ("rwf", "franc"), "פרנק שוויצרי": ("chf", "franc"), "קואנזה": ("aoa",),
        "קואנזה אנגולי": ("aoa",), "קואצ׳ה": ("mwk",), "קואצ׳ה מלאווי": ("mwk",),
        "קוואצ׳ה": ("zmw",), "קוואצ׳ה זמבי": ("zmw",), "קולון": ("crc",),
        "קולון קוסטה־ריקני": ("crc",), "קורדובה": ("nio",), "קורדובה ניקרגואה": ("nio",),
        "קורונה": ("czk",), "קורונה צ׳כית": ("czk",), "קיאט": ("mmk",), "קיאט מיאנמרי": ("mmk",),
        "קינה": ("pgk",), "קינה של פפואה גינאה החדשה": ("pgk",), "קיפ": ("lak",),
        "קיפ לאי": ("lak",), "קצאל": ("gtq",), "קצאל גואטמלי": ("gtq",), "ראנד": ("zar",),
        "ראנד דרום אפריקאי": ("zar",), "רובל": ("rub",), "רובל בלרוסי": ("byn",),
        "רובל רוסי": ("rub",), "רופי": ("rupee",), "רופי הודי": ("inr", "rupee"),
        "רופי מאוריציני": ("mur", "rupee"), "רופי נפאלי": ("npr", "rupee"),
        "רופי סיישלי": ("scr", "rupee"), "רופי סרי לנקי": ("lkr", "rupee"),
        "רופי פקיסטני": ("pkr", "rupee"), "רופיה אינדונזית": ("idr",), "רופיה מלדיבית": ("mvr",),
        "ריאל איראני": ("irr", "rial"), "ריאל ברזילאי": ("brl",), "ריאל סעודי": ("sar", "riyal"),
        "ריאל עומאני": ("omr", "rial"), "ריאל קטארי": ("qar", "riyal"),
        "ריאל תימני": ("yer", "rial"), "ריל": ("khr",), "ריל קמבודי": ("khr",), "רינגיט": ("myr",),
        "רינגיט מלזי": ("myr",), "שילינג": ("shilling",), "שילינג אוגנדי": ("ugx", "shilling"),
        "שילינג טנזני": ("tzs", "shilling"), "שילינג סומלי": ("sos", "shilling"),
        "שילינג קנייתי": ("kes", "shilling"), "שקל": ("ils",), "שקל חדש": ("ils",),
    },
    "ja": {
        "(BAM)": ("bam",), "CFP フラン": ("xpf", "franc"), "アイスランド クローナ": ("isk",),
        "アゼルバイジャン マナト": ("azn", "manat"), "アフガニスタン アフガニー": ("afn",),
        "アフガニー": ("afn",), "アラブ首長国連邦ディルハム": ("aed", "dirham"),
        "アリアリ": ("mga",), "アルジェリア ディナール": ("dzd", "dinar"),
        "アルゼンチン ペソ": ("ars", "peso"), "アルバ フロリン": ("awg",),
        "アルバニア レク": ("all",), "アルメニア ドラム": ("amd",), "アンゴラ クワンザ": ("aoa",),
        "イエメン リアル": ("yer", "rial"), "イスラエル新シェケル": ("ils",),
        "イラク ディナール": ("iqd", "dinar"), "イラン リアル": ("irr", "rial"),
        "インド ルピー": ("inr", "rupee"), "インドネシア ルピア": ("idr",), "ウォン": ("krw",),
        "ウガンダ シリング": ("ugx", "shilling"), "ウギア": ("mru",),
        "ウクライナ フリヴニャ": ("uah",), "ウズベキスタン スム": ("uzs", "som"),
        "ウルグアイ ペソ": ("uyu", "peso"), "エジプト ポンド": ("egp",), "エスクード": ("cve",),
        "エチオピア ブル": ("etb",), "エリトリア ナクファ": ("ern",),
        "オマーン リアル": ("omr", "rial"), "オロ": ("nio",),
        "オーストラリア ドル": ("aud", "dollar"), "カザフスタン テンゲ": ("kzt",),
        "カタール リアル": ("qar", "riyal"), "カナダ ドル": ("cad", "dollar"),
        "カリブ ギルダー": ("xcg",), "カンボジア リエル": ("khr",),
        "カーボベルデ エスクード": ("cve",), "ガイアナ ドル": ("gyd", "dollar"),
        "ガンビア ダラシ": ("gmd",), "ガーナ セディ": ("ghs",), "キナ": ("pgk",),
        "キューバ ペソ": ("cup", "peso"), "キルギス ソム": ("kgs", "som"), "キープ": ("lak",),
        "ギニア フラン": ("gnf", "franc"), "ギルダー": ("xcg",),
        "クウェート ディナール": ("kwd", "dinar"), "クローネ": ("krona",), "クワンザ": ("aoa",),
        "グアテマラ ケツァル": ("gtq",), "グアラニ": ("pyg",), "グールド": ("htg",),
        "ケイマン諸島 ドル": ("kyd", "dollar"), "ケツァル": ("gtq",),
        "ケニア シリング": ("kes", "shilling"), "コスタリカ コロン": ("crc",),
        "コモロ フラン": ("kmf", "franc"), "コルナ": ("czk",), "コロン": ("crc",),
        "コロンビア ペソ": ("cop", "peso"), "コンゴ フラン": ("cdf", "franc"), "ゴールド": ("zwg",),
        "サウジ リヤル": ("sar", "riyal"), "サモア タラ": ("wst",),
        "サントメ・プリンシペ ドブラ": ("stn",), "ザンビア クワチャ": ("zmw",),
        "シェケル": ("ils",), "シエラレオネ レオン": ("sle",), "シリア ポンド": ("syp",),
        "シリング": ("shilling",), "シンガポール ドル": ("sgd", "dollar"),
        "ジブチ フラン": ("djf", "franc"), "ジブラルタル ポンド": ("gip",),
        "ジャマイカ ドル": ("jmd", "dollar"), "ジョージア ラリ": ("gel",),
        "ジンバブエ ゴールド": ("zwg",), "スイス フラン": ("chf", "franc"),
        "スウェーデン クローナ": ("sek", "krona"), "スム": ("uzs", "som"),
        "スリナム ドル": ("srd", "dollar"), "スリランカ ルピー": ("lkr", "rupee"),
        "スワジランド リランゲニ": ("szl",), "スーダン ポンド": ("sdg",), "ズウォティ": ("pln",),
        "セディ": ("ghs",), "セルビア ディナール": ("rsd", "dinar"),
        "セントヘレナ ポンド": ("shp",), "セーシェル ルピー": ("scr", "rupee"),
        "ソマリア シリング": ("sos", "shilling"), "ソム": ("kgs", "som"), "ソモニ": ("tjs",),
        "ソル": ("pen",), "ソロモン諸島 ドル": ("sbd", "dollar"), "タイ バーツ": ("thb",),
        "タカ": ("bdt",), "タジキスタン ソモニ": ("tjs",), "タラ": ("wst",),
        "タンザニア シリング": ("tzs", "shilling"), "ダラシ": ("gmd",), "チェコ コルナ": ("czk",),
        "チャット": ("mmk",), "チュニジア ディナール": ("tnd", "dinar"),
        "チリ ペソ": ("clp", "peso"), "テンゲ": ("kzt",), "ディナール": ("dinar",),
        "ディルハム": ("dirham", "aed"), "デナル": ("mkd",),
        "デンマーク クローネ": ("dkk", "krona"), "トグログ": ("mnt",),
        "トリニダード・トバゴ ドル": ("ttd", "dollar"), "トルクメニスタン マナト": ("tmt", "manat"),
        "トルコ リラ": ("try",), "トンガ パ・アンガ": ("top",), "ドブラ": ("stn",),
        "ドミニカ ペソ": ("dop", "peso"), "ドラム": ("amd",), "ドル": ("dollar", "usd"),
        "ドン": ("vnd",), "ナイジェリア ナイラ": ("ngn",), "ナイラ": ("ngn",), "ナクファ": ("ern",),
        "ナミビア ドル": ("nad", "dollar"), "ニカラグア コルドバ オロ": ("nio",),
        "ニュルタム": ("btn",), "ニュージーランド ドル": ("nzd", "dollar"),
        "ネパール ルピー": ("npr", "rupee"), "ノルウェー クローネ": ("nok", "krona"),
        "ハイチ グールド": ("htg",), "ハンガリー フォリント": ("huf",), "バツ": ("vuv",),
        "バヌアツ バツ": ("vuv",), "バハマ ドル": ("bsd", "dollar"),
        "バミューダ ドル": ("bmd", "dollar"), "バルバドス ドル": ("bbd", "dollar"),
        "バルボア": ("pab",), "バングラデシュ タカ": ("bdt",), "バーツ": ("thb",),
        "バーレーン ディナール": ("bhd", "dinar"), "パキスタン ルピー": ("pkr", "rupee"),
        "パタカ": ("mop",), "パナマ バルボア": ("pab",), "パプアニューギニア キナ": ("pgk",),
        "パラグアイ グアラニ": ("pyg",), "パ・アンガ": ("top",), "フィジー ドル": ("fjd", "dollar"),
        "フィリピン ペソ": ("php", "peso"), "フォリント": ("huf",),
        "フォークランド（マルビナス）諸島 ポンド": ("fkp",), "フラン": ("franc",),
        "フリヴニャ": ("uah",), "フロリン": ("awg",), "ブラジル レアル": ("brl",), "ブル": ("etb",),
        "ブルネイ ドル": ("bnd", "dollar"), "ブルンジ フラン": ("bif", "franc"),
        "ブータン ニュルタム": ("btn",), "プラ": ("bwp",), "ベトナム ドン": ("vnd",),
        "ベネズエラ ボリバル": ("ves",), "ベラルーシ ルーブル": ("byn",),
        "ベリーズ ドル": ("bzd", "dollar"), "ペソ": ("peso",), "ペルー ソル": ("pen",),
        "ホンジュラス レンピラ": ("hnl",), "ボスニア・ヘルツェゴビナ 兌換マルク (BAM)": ("bam",),
        "ボツワナ プラ": ("bwp",), "ボリバル": ("ves",), "ボリビア ボリビアーノ": ("bob",),
        "ボリビアーノ": ("bob",), "ポンド": ("gbp",), "ポーランド ズウォティ": ("pln",),
        "マカオ パタカ": ("mop",), "マケドニア デナル": ("mkd",), "マダガスカル アリアリ": ("mga",),
        "マナト": ("manat",), "マラウィ クワチャ": ("mwk",), "マレーシア リンギット": ("myr",),
        "ミャンマー チャット": ("mmk",), "メキシコ ペソ": ("mxn", "peso"), "メティカル": ("mzn",),
        "モザンビーク メティカル": ("mzn",), "モルディブ ルフィア": ("mvr",),
        "モルドバ レイ": ("mdl",), "モロッコ ディルハム": ("mad", "dirham"),
        "モンゴル トグログ": ("mnt",), "モーリシャス ルピー": ("mur", "rupee"),
        "モーリタニア ウギア": ("mru",), "ユーロ": ("eur",),
        "ヨルダン ディナール": ("jod", "dinar"), "ラオス キープ": ("lak",), "ラリ": ("gel",),
        "ランド": ("zar",), "リエル": ("khr",), "リビア ディナール": ("lyd", "dinar"),
        "リベリア ドル": ("lrd", "dollar"), "リヤル": ("sar", "riyal"), "リラ": ("try",),
        "リランゲニ": ("szl",), "リンギット": ("myr",), "ルピア": ("idr",), "ルピー": ("rupee",),
        "ルフィア": ("mvr",), "ルワンダ フラン": ("rwf", "franc"), "ルーブル": ("rub",),
        "ルーマニア レイ": ("ron",), "レアル": ("brl",), "レオン": ("sle",), "レク": ("all",),
        "レソト ロティ": ("lsl",), "レバノン ポンド": ("lbp",), "レンピラ": ("hnl",),
        "ロシア ルーブル": ("rub",), "ロティ": ("lsl",), "中国人民元": ("cny",),
        "中央アフリカ CFA フラン": ("xaf", "franc"), "北朝鮮ウォン": ("kpw",),
        "南アフリカ ランド": ("zar",), "南スーダン ポンド": ("ssp",),
        "新台湾ドル": ("twd", "dollar"), "日本円": ("jpy",), "東カリブ ドル": ("xcd", "dollar"),
        "米ドル": ("usd", "dollar"), "英国ポンド": ("gbp",),
        "西アフリカ CFA フラン": ("xof", "franc"), "韓国ウォン": ("krw",),
        "香港ドル": ("hkd", "dollar"),
    },
    "ko": {
        "CFP 프랑": ("xpf", "franc"), "가나 세디": ("ghs",), "가이아나 달러": ("gyd", "dollar"),
        "감비아 달라시": ("gmd",), "골드": ("zwg",), "과라니": ("pyg",),
        "과테말라 케트살": ("gtq",), "구르드": ("htg",), "그리브나": ("uah",),
        "기니 프랑": ("gnf", "franc"), "길더": ("xcg",), "나미비아 달러": ("nad", "dollar"),
        "나이라": ("ngn",), "나이지리아 나이라": ("ngn",), "낙파": ("ern",),
        "남수단 파운드": ("ssp",), "남아프리카 랜드": ("zar",), "네팔 루피": ("npr", "rupee"),
        "노르웨이 크로네": ("nok", "krona"), "눌투눔": ("btn",), "뉴질랜드 달러": ("nzd", "dollar"),
        "니카라과 코르도바": ("nio",), "달라시": ("gmd",), "달러": ("dollar", "usd"),
        "대한민국 원": ("krw",), "덴마크 크로네": ("dkk", "krona"),
        "도미니카 페소": ("dop", "peso"), "도브라": ("stn",), "동": ("vnd",),
        "동카리브 달러": ("xcd", "dollar"), "드람": ("amd",), "디르함": ("dirham", "aed"),
        "라리": ("gel",), "라오스 키프": ("lak",), "라이베리아 달러": ("lrd", "dollar"),
        "랜드": ("zar",), "러시아 루블": ("rub",), "레바논 파운드": ("lbp",),
        "레소토 로티": ("lsl",), "레알": ("brl",), "레우": ("ron",), "레이": ("mdl",),
        "레크": ("all",), "렘피라": ("hnl",), "로티": ("lsl",), "루마니아 레우": ("ron",),
        "루블": ("rub",), "루피": ("rupee",), "르완다 프랑": ("rwf", "franc"), "리라": ("try",),
        "리비아 디나르": ("lyd", "dinar"), "리알": ("rial",), "리엘": ("khr",), "리온": ("sle",),
        "릴랑게니": ("szl",), "링깃": ("myr",), "마나트": ("manat",),
        "마다가스카르 아리아리": ("mga",), "마르크": ("bam",), "마카오 파타카": ("mop",),
        "마케도니아 디나르": ("mkd",), "말라위 콰차": ("mwk",), "말레이시아 링깃": ("myr",),
        "메티칼": ("mzn",), "멕시코 페소": ("mxn", "peso"), "모로코 디르함": ("mad", "dirham"),
        "모리셔스 루피": ("mur", "rupee"), "모리타니 우기야": ("mru",), "모잠비크 메티칼": ("mzn",),
        "몰도바 레이": ("mdl",), "몰디브 제도 루피아": ("mvr",), "몽골 투그릭": ("mnt",),
        "미국 달러": ("usd", "dollar"), "미얀마 키얏": ("mmk",), "바누아투 바투": ("vuv",),
        "바레인 디나르": ("bhd", "dinar"), "바베이도스 달러": ("bbd", "dollar"), "바투": ("vuv",),
        "바트": ("thb",), "바하마 달러": ("bsd", "dollar"), "발보아": ("pab",),
        "방글라데시 타카": ("bdt",), "버뮤다 달러": ("bmd", "dollar"),
        "베네수엘라 볼리바르": ("ves",), "베트남 동": ("vnd",), "벨라루스 루블": ("byn",),
        "벨리즈 달러": ("bzd", "dollar"), "보스니아-헤르체고비나 태환 마르크": ("bam",),
        "보츠와나 풀라": ("bwp",), "볼리바르": ("ves",), "볼리비아 볼리비아노": ("bob",),
        "볼리비아노": ("bob",), "부루나이 달러": ("bnd", "dollar"), "부룬디 프랑": ("bif", "franc"),
        "부탄 눌투눔": ("btn",), "브라질 레알": ("brl",), "비르": ("etb",),
        "사우디아라비아 리얄": ("sar", "riyal"), "상투메 프린시페 도브라": ("stn",),
        "서 사모아 탈라": ("wst",), "서아프리카 CFA 프랑": ("xof", "franc"), "세디": ("ghs",),
        "세르비아 디나르": ("rsd", "dinar"), "세이셸 루피": ("scr", "rupee"),
        "세인트헬레나 파운드": ("shp",), "세켈": ("ils",), "소말리아 실링": ("sos", "shilling"),
        "소모니": ("tjs",), "솔": ("pen",), "솔로몬 제도 달러": ("sbd", "dollar"),
        "솜": ("kgs", "som"), "수단 파운드": ("sdg",), "수리남 달러": ("srd", "dollar"),
        "숨": ("uzs", "som"), "스리랑카 루피": ("lkr", "rupee"), "스와질란드 릴랑게니": ("szl",),
        "스웨덴 크로나": ("sek", "krona"), "스위스 프랑": ("chf", "franc"),
        "시리아 파운드": ("syp",), "시에라리온 리온": ("sle",), "신 타이완 달러": ("twd", "dollar"),
        "실링": ("shilling",), "싱가포르 달러": ("sgd", "dollar"),
        "아랍에미리트 디르함": ("aed", "dirham"), "아루바 플로린": ("awg",),
        "아르메니아 드람": ("amd",), "아르헨티나 페소": ("ars", "peso"), "아리아리": ("mga",),
        "아이슬란드 크로나": ("isk",), "아이티 구르드": ("htg",),
        "아제르바이잔 마나트": ("azn", "manat"), "아프가니": ("afn",),
        "아프가니스탄 아프가니": ("afn",), "알바니아 레크": ("all",),
        "알제리 디나르": ("dzd", "dinar"), "앙골라 콴자": ("aoa",), "에리트레아 낙파": ("ern",),
        "에스쿠도": ("cve",), "에티오피아 비르": ("etb",), "엔": ("jpy",), "영국 파운드": ("gbp",),
        "예멘 리알": ("yer", "rial"), "오만 리알": ("omr", "rial"), "온두라스 렘피라": ("hnl",),
        "요르단 디나르": ("jod", "dinar"), "우간다 실링": ("ugx", "shilling"), "우기야": ("mru",),
        "우루과이 페소": ("uyu", "peso"), "우즈베키스탄 숨": ("uzs", "som"),
        "우크라이나 그리브나": ("uah",), "원": ("krw",), "위안": ("cny",), "유로": ("eur",),
        "이라크 디나르": ("iqd", "dinar"), "이란 리얄": ("irr", "rial"),
        "이스라엘 신권 세켈": ("ils",), "이집트 파운드": ("egp",), "인도 루피": ("inr", "rupee"),
        "인도네시아 루피아": ("idr",), "일본 엔화": ("jpy",), "자메이카 달러": ("jmd", "dollar"),
        "잠비아 콰차": ("zmw",), "조선 민주주의 인민 공화국 원": ("kpw",), "조지아 라리": ("gel",),
        "중국 위안화": ("cny",), "중앙아프리카 CFA 프랑": ("xaf", "franc"), "즈워티": ("pln",),
        "지부티 프랑": ("djf", "franc"), "지브롤터 파운드": ("gip",), "짐바브웨 골드": ("zwg",),
        "체코 코루나": ("czk",), "칠레 페소": ("clp", "peso"), "카리브 길더": ("xcg",),
        "카보베르데 에스쿠도": ("cve",), "카자흐스탄 텡게": ("kzt",),
        "카타르 리얄": ("qar", "riyal"), "캄보디아 리엘": ("khr",),
        "캐나다 달러": ("cad", "dollar"), "케냐 실링": ("kes", "shilling"),
        "케이맨 제도 달러": ("kyd", "dollar"), "케트살": ("gtq",), "코루나": ("czk",),
        "코르도바": ("nio",), "코모르 프랑": ("kmf", "franc"), "코스타리카 콜론": ("crc",),
        "콜론": ("crc",), "콜롬비아 페소": ("cop", "peso"), "콩고 프랑": ("cdf", "franc"),
        "콴자": ("aoa",), "쿠바 페소": ("cup", "peso"), "쿠웨이트 디나르": ("kwd", "dinar"),
        "크로네": ("krona",), "키나": ("pgk",), "키르기스스탄 솜": ("kgs", "som"), "키얏": ("mmk",),
        "키프": ("lak",), "타지키스탄 소모니": ("tjs",), "타카": ("bdt",),
        "탄자니아 실링": ("tzs", "shilling"), "탈라": ("wst",), "태국 바트": ("thb",),
        "텡게": ("kzt",), "통가 파앙가": ("top",), "투그릭": ("mnt",),
        "투르크메니스탄 마나트": ("tmt", "manat"), "튀니지 디나르": ("tnd", "dinar"),
        "튀르키예 리라": ("try",), "트리니다드 토바고 달러": ("ttd", "dollar"),
        "파나마 발보아": ("pab",), "파라과이 과라니": ("pyg",), "파앙가": ("top",),
        "파운드": ("gbp",), "파키스탄 루피": ("pkr", "rupee"), "파타카": ("mop",),
        "파푸아뉴기니 키나": ("pgk",), "페루 솔": ("pen",), "페소": ("peso",), "포린트": ("huf",),
        "포클랜드제도 파운드": ("fkp",), "폴란드 즈워티": ("pln",), "풀라": ("bwp",),
        "프랑": ("franc",), "플로린": ("awg",), "피지 달러": ("fjd", "dollar"),
        "필리핀 페소": ("php", "peso"), "헝가리 포린트": ("huf",), "호주 달러": ("aud", "dollar"),
        "홍콩 달러": ("hkd", "dollar"),
    },
    "ps": {
        "CFP فرانک": ("xpf", "franc"), "Lesotho Loti": ("lsl",), "Loti": ("lsl",),
        "آزربايجاني منت": ("azn", "manat"), "آسترالوي ډالر": ("aud", "dollar"),
        "آيسلېنډي کرونا": ("isk",), "ارجنټاين پسو": ("ars", "peso"),
        "اردني دينار": ("jod", "dinar"), "ارمينيايي ډرام": ("amd",), "اروبايي فلورن": ("awg",),
        "ارياري": ("mga",), "ازبکستاني سوم": ("uzs", "som"), "اسرايلي نيو شيکل": ("ils",),
        "اسکوډو": ("cve",), "افغانۍ": ("afn",), "البانوي لک": ("all",),
        "الجيرين دينار": ("dzd", "dinar"), "امريکايي ډالر": ("usd", "dollar"),
        "انډونيشي روپيا": ("idr",), "انګولي کوانزا": ("aoa",), "انګولټرم": ("btn",),
        "اوکرايني هريونيا": ("uah",), "ايتهوپيايي بر": ("etb",), "ايراني ريال": ("irr", "rial"),
        "ايريټرين نکفا": ("ern",), "بات": ("thb",), "باربيډين ډالر": ("bbd", "dollar"),
        "بالبوا": ("pab",), "بحريني دينار": ("bhd", "dinar"), "بر": ("etb",),
        "برازيلي ريل": ("brl",), "برتانوې پونډ": ("gbp",), "برمودا ډالر": ("bmd", "dollar"),
        "برونايي ډالر": ("bnd", "dollar"), "برونډي فرانک": ("bif", "franc"),
        "بلاروسي روبل": ("byn",), "بليز ډالر": ("bzd", "dollar"), "بنګالۍ ټاکه": ("bdt",),
        "بهاماسي ډالر": ("bsd", "dollar"), "بهوټانۍ انګولټرم": ("btn",),
        "بوسنيا هرزګوينيايي بدلېدونکې مارک": ("bam",), "بوليوار": ("ves",),
        "بوليوي بوليويانو": ("bob",), "بوليويانو": ("bob",), "بوټسواني پولا": ("bwp",),
        "تاجکستاني سوموني": ("tjs",), "تالا": ("wst",), "ترکمانستاني منت": ("tmt", "manat"),
        "ترکي ليرا": ("try",), "تنزاني شيلنګ": ("tzs", "shilling"), "تهايي بات": ("thb",),
        "توګريک": ("mnt",), "تيونسې دينار": ("tnd", "dinar"), "جارجیاېي لارې": ("gel",),
        "جاپاني ين": ("jpy",), "جبل الطارقي پونډ": ("gip",), "جبوتي فرانک": ("djf", "franc"),
        "جمايکايي ډالر": ("jmd", "dollar"), "جنوب سوډاني پونډ": ("ssp",),
        "جنوبي افريقاېي رنډ": ("zar",), "جنوبي کوريايي وان": ("krw",),
        "ختيځ افريقايي CFA فرانک": ("xof", "franc"), "ختيځ کربين ډالر": ("xcd", "dollar"),
        "د زمبابوې سره زر": ("zwg",), "د کارابین ګیلډر": ("xcg",), "درهم": ("dirham", "aed"),
        "دلاسې": ("gmd",), "دومينيکا پسو": ("dop", "peso"), "رنډ": ("zar",), "رنګټ": ("myr",),
        "روانډي فرانک": ("rwf", "franc"), "روبل": ("rub",), "روسي روبل": ("rub",),
        "روماني ليو": ("ron",), "روپۍ": ("rupee",), "زلوټي": ("pln",), "زيمبي کواچا": ("zmw",),
        "ساو ټوم او پرينسپي ډوبرا": ("stn",), "سربيايي دينار": ("rsd", "dinar"),
        "سري لنکن روپۍ": ("lkr", "rupee"), "سعودي ريال": ("sar", "riyal"), "سموون تالا": ("wst",),
        "سنګاپور ډالر": ("sgd", "dollar"), "سوازي ليلانګيني": ("szl",), "سوريايي پونډ": ("syp",),
        "سورينيمي ډالر": ("srd", "dollar"), "سول": ("pen",),
        "سولومن ټاپوګانو ډالر": ("sbd", "dollar"), "سوم": ("som",),
        "سومالي شيلنګ": ("sos", "shilling"), "سوموني": ("tjs",), "سويسي فرانک": ("chf", "franc"),
        "سويډني کرونا": ("sek", "krona"), "سوډاني پونډ": ("sdg",), "سيرا ليوني ليون": ("sle",),
        "سينټ هيلينا پونډ": ("shp",), "سيچيليسي روپۍ": ("scr", "rupee"), "سيډي": ("ghs",),
        "شمالي کوريايي وان": ("kpw",), "شيلنګ": ("shilling",), "شيکل": ("ils",),
        "عراقي دينار": ("iqd", "dinar"), "عماني ريال": ("omr", "rial"),
        "فجي ډالر": ("fjd", "dollar"), "فرانک": ("franc",), "فلورن": ("awg",),
        "فلپاينۍ پیسو": ("php", "peso"), "فورنټ": ("huf",), "قازقستاني ټينج": ("kzt",),
        "قطري ريال": ("qar", "riyal"), "لارې": ("gel",), "لاشې کپ": ("lak",),
        "لايبيرين ډالر": ("lrd", "dollar"), "لبناني پونډ": ("lbp",),
        "ليبياېي دينار": ("lyd", "dinar"), "ليرا": ("try",), "ليلانګيني": ("szl",),
        "ليمپيرا": ("hnl",), "ليون": ("sle",), "لک": ("all",), "مارک": ("bam",),
        "مالديپي روپيا": ("mvr",), "مالډوي ليو": ("mdl",),
        "متحده عرب امارات درهم": ("aed", "dirham"), "مراکشي درهم": ("mad", "dirham"),
        "مرکزي افريقايي CFA فرانک": ("xaf", "franc"), "مسيډونايي دينار": ("mkd",),
        "مصري پونډ": ("egp",), "ملاوي کواچا": ("mwk",), "ملايشي رنګټ": ("myr",),
        "ملاګاسي ارياري": ("mga",), "منت": ("manat",), "منګوليايي توګريک": ("mnt",),
        "موريشيسي روپۍ": ("mur", "rupee"), "موريشيسي ډالر": ("mru",), "موزمبيقي ميټيکل": ("mzn",),
        "ميانماري کيات": ("mmk",), "ميټيکل": ("mzn",), "ميکسيکن پيسو": ("mxn", "peso"),
        "مکانيس پټاکا": ("mop",), "نارويجين کرون": ("nok", "krona"), "نايجيري نايرا": ("ngn",),
        "نايرا": ("ngn",), "نيميبيايي ډالر": ("nad", "dollar"),
        "نيو تائيواني ډالر": ("twd", "dollar"), "نيوزي لينډي ډالر": ("nzd", "dollar"),
        "نيپالي روپۍ": ("npr", "rupee"), "نيکاراګون کورډوبا": ("nio",), "نکفا": ("ern",),
        "هانګ کانګ ډالر": ("hkd", "dollar"), "هريونيا": ("uah",), "هندي روپۍ": ("inr", "rupee"),
        "هنګري فورنټ": ("huf",), "هونډوران ليمپيرا": ("hnl",), "هيټي ګورډ": ("htg",),
        "واتو": ("vuv",), "وان": ("krw",), "ونواتو واتو": ("vuv",), "ويتنامي ډونګ": ("vnd",),
        "وينزويلي بوليوار": ("ves",), "يمني ريال": ("yer", "rial"), "ين": ("jpy",),
        "يوان": ("cny",), "يوراګوي پسو": ("uyu", "peso"), "يورو": ("eur",),
        "يوګانډي شيلنګ": ("ugx", "shilling"), "ټاکه": ("bdt",),
        "ټرينيډاډ او ټوباګو ډالر": ("ttd", "dollar"), "ټونګن پانګا": ("top",), "ټينج": ("kzt",),
        "پانامۍ بالبوا": ("pab",), "پانګا": ("top",), "پاپوا نيوګاني کينا": ("pgk",),
        "پاکستانۍ کلداره": ("pkr", "rupee"), "پاکلېنډ ټاپوګانو پونډ": ("fkp",), "پسو": ("peso",),
        "پولا": ("bwp",), "پولينډي زلوټي": ("pln",), "پونډ": ("gbp",), "پيراګوين ګوراني": ("pyg",),
        "پيروين سول": ("pen",), "پيسو": ("mxn", "peso"), "پټاکا": ("mop",), "پیسو": ("php", "peso"),
        "چلي پسو": ("clp", "peso"), "چيني يوان": ("cny",), "چيک کرونا": ("czk",),
        "ډالر": ("dollar", "usd"), "ډرام": ("amd",), "ډنمارکي کرون": ("dkk", "krona"),
        "ډوبرا": ("stn",), "ډونګ": ("vnd",), "کاناډايي ډالر": ("cad", "dollar"),
        "کانګولي فرانک": ("cdf", "franc"), "کرغزستاني سوم": ("kgs", "som"), "کرون": ("krona",),
        "کلداره": ("pkr", "rupee"), "کمبوډي ريل": ("khr",), "کوانزا": ("aoa",), "کورډوبا": ("nio",),
        "کوسټا ريکن کولون": ("crc",), "کولمبين پسو": ("cop", "peso"), "کولون": ("crc",),
        "کوموري فرانک": ("kmf", "franc"), "کويتي دينار": ("kwd", "dinar"), "کوټزل": ("gtq",),
        "کيات": ("mmk",), "کيمن ټاپوګانو ډالر": ("kyd", "dollar"), "کينا": ("pgk",),
        "کينيايي شيلنګ": ("kes", "shilling"), "کيوبايي پسو": ("cup", "peso"),
        "کيپ وردين اسکوډو": ("cve",), "کپ": ("lak",), "ګانين سيډي": ("ghs",),
        "ګايانيز ډالر": ("gyd", "dollar"), "ګنې فرانک": ("gnf", "franc"), "ګوراني": ("pyg",),
        "ګورډ": ("htg",), "ګويټيمالن کوټزل": ("gtq",), "ګيمبين دلاسې": ("gmd",), "ګیلډر": ("xcg",),
    },
}
# fmt: on
# --- end of the table ---

_BEGIN = begin("clipper.amountnames")


def _width(line: str) -> int:
    """How many columns ``line`` takes, a wide or full-width character (CJK) two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


def _source() -> str:
    """:data:`NAMES` as this module writes it (:func:`from_cldr`'s answer, between its markers:
    ``python -m clipper.amountnames --write``): the languages and each one's names sorted, the
    names packed on lines of at most 100 columns."""
    import json

    import babel
    from babel.core import get_cldr_version

    out = [
        _BEGIN,
        f"# from_cldr() with Babel {babel.__version__} (CLDR {get_cldr_version()})\n",
        "# fmt: off\n",
        "NAMES: dict[str, dict[str, tuple[str, ...]]] = {\n",
    ]
    for language, forms in sorted(from_cldr().items()):
        out.append(f"    {json.dumps(language)}: {{\n")
        line = "       "
        for form, keys in sorted(forms.items()):
            written = ", ".join(json.dumps(key) for key in keys)
            keyed = f"({written},)" if len(keys) == 1 else f"({written})"
            entry = f" {json.dumps(form, ensure_ascii=False)}: {keyed},"
            if _width(line + entry) > 100:
                out.append(line + "\n")
                line = "       "
            line += entry
        out.append(line + "\n    },\n")
    out.extend(["}\n", "# fmt: on\n", END])
    return "".join(out)


if __name__ == "__main__":
    write_or_print(__file__, _BEGIN, _source())
