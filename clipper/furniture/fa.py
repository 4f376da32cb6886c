"""Persian page furniture (see :mod:`clipper.furniture`).

Persian writes a zero-width non-joiner between a word's parts ("بیشتر بخوانید" needs none,
"اشتراک‌گذاری" does); sites also type a space there or nothing, and in an HTML page's text the
non-joiner stands as clipper's stand-in while the post-clean reads it (:mod:`clipper.joiners`):
:data:`_ZW` takes any of them.  Every phrase matches a line typed with an Arabic keyboard's
yeh and kaf (``ي ك``), any digits and a non-joiner, a space or nothing where the phrase has one
(:mod:`clipper.furniture.keyboards`).  Dari's phrases (Afghan sites: "شریک سازید", Pajhwok's
"پایان/") are here: its pages are stored as Persian.
"""

from clipper.furniture import Table, credited

# a word's parts: a non-joiner, clipper's stand-in for it, a space or nothing
_ZW = "[\u200c\u034f ]?"

TABLE = Table(
    language="fa",
    # "به قلم …" (by the pen of), "نوشته: …", "نویسنده: …" (written by, writer: only with
    # the colon, else words of a sentence)
    # "خبرنگار: …", "گزارشگر: …" (reporter, Iran's and Afghanistan's word), "ترجمه: …",
    # "مترجم: …" (translation, translator: the writer of the Persian text a site publishes),
    # only with the colon (newcomer 49a: ISNA's "خبرنگار: علی رضایی" stayed as the first
    # paragraph, the author unread); not "گزارش: …" (report: a headline's opening too)
    bylines=(
        "به قلم",
        r"نوشته\s*:",
        r"نویسنده\s*:",
        r"خبرنگار\s*:",
        r"گزارشگر\s*:",
        r"ترجمه\s*:",
        r"مترجم\s*:",
    ),
    # "ویراستار: …" (editor) in a byline's part: an editor is no author
    byline_editors=("ویراستار",),
    byline_roles=(
        "خبرنگار",
        "روزنامه\u200cنگار",
    ),
    byline_staff=("خبرنگار(?: ما)?",),
    skip=(r"(?:پرش|رفتن) به (?:محتوا|محتوای اصلی|منو)",),
    share=(
        rf"اشتراک{_ZW}گذاری(?: (?:خبر|مطلب|در (?:تلگرام|واتس{_ZW}اپ|توییتر|ایکس)))?",
        r"کپی (?:لینک|پیوند)|لینک کوتاه|نسخه چاپی|چاپ(?: خبر)?|ارسال به دوستان",
        # Dari's "share" (Afghan sites)
        r"شریک (?:ساختن|سازید|کنید)",
    ),
    paywall=(rf"ورود|خروج|ثبت{_ZW}نام|اشتراک ویژه",),
    ads=(r"آگهی|تبلیغات|رپرتاژ آگهی",),
    credits=(credited(r"عکس|عکاس|تصویر|منبع عکس"),),
    related=(
        r"بیشتر بخوانید|(?:اخبار|مطالب|خبرهای) (?:مرتبط|مشابه)|بخوانید",
        rf"پربازدیدترین{_ZW}ها|پربازدید{_ZW}ترین{_ZW}ها|(?:آخرین|تازه{_ZW}ترین) (?:اخبار|خبرها)",
        r"پیشنهاد (?:سردبیر|ما)|از دست ندهید",
        # BBC Persian's related-links heading; Dari sites' "related news" (newcomer 49a)
        r"در همین زمینه|(?:مطالب|اخبار) پیشنهادی|خبرهای (?:مربوط|پیوسته)",
    ),
    notices=(
        # a page's trailer asking the reader to keep following the site for the latest news
        # ("برای اطلاع از آخرین اخبار ما را دنبال کنید", "با ما همراه باشید")
        r"\bما را [^\n]{0,40}?دنبال کنید|^\W{0,3}(?:[^\n]{0,60}? )?با ما همراه باشید"
        r"|(?:آخرین|جدیدترین) (?:اخبار|خبرها|تحولات)[^\n]{0,30}? را (?:در|از) (?:سایت|صفحه|کانال)"
        r" [^\n]{0,30}?دنبال کنید",
        # a prompt, opening its line, to follow the site on a messaging channel ("کانال ما را
        # در تلگرام دنبال کنید", "به کانال تلگرام … بپیوندید")
        rf"^\W{{0,3}}(?:[^\n]{{0,40}}? )?(?:در|به) (?:کانال )?(?:تلگرام|واتس{_ZW}اپ|ایتا|بله"
        rf"|روبیکا|اینستاگرام)[^\n]{{0,40}}? (?:دنبال کنید|بپیوندید|عضو شوید)",
    ),
    consent_terms=(rf"کوکی{_ZW}ها|کوکی", r"\bcookies?\b"),
    consent_weak=(r"حریم خصوصی", r"اطلاعات شخصی"),
    consent_context=(rf"ما |این (?:سایت|وب{_ZW}سایت)|شما", r"پذیرش|تنظیمات"),
    consent_buttons=(
        rf"(?:می{_ZW})?پذیرم|قبول(?: همه)?|رد کردن|تنظیمات",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"متوجه شدم|فهمیدم|پذیرفتن|پذیرش(?: همه)?|قبول دارم|موافقم|باشه|تأیید|تایید|بستن",
        rf"اطلاعات بیشتر|سیاست (?:حفظ )?حریم خصوصی|(?:سیاست|تنظیمات) کوکی(?:{_ZW}ها)?",
    ),
    # "تاریخ خبر" (the news's date), after the agency's news code on one line, as Tasnim, Mehr
    # and ISNA print it ("کد خبر: ۸۵۰۰۰۰۱ | تاریخ خبر: ۱۳ آذر ۱۴۰۵"): the code is the label's
    dateline=(
        r"(?:(?:کد|شناسه) خبر\s*:?\s*[0-9۰-۹]+\s*[|،\-–]\s*)?"
        r"(?:تاریخ (?:انتشار|خبر)|منتشر شده(?: در)?)",
    ),
    updated=(rf"(?:آخرین )?به{_ZW}روز{_ZW}رسانی",),
    errors=(
        r"صفحه (?:مورد نظر )?(?:یافت نشد|پیدا نشد)|خطای ۴۰۴",
        # a soft 404's body sentence: the page sought, removed or moved
        rf"صفحه{_ZW}ای که (?:به )?دنبال (?:آن|اش) (?:هستید|می{_ZW}گردید)"
        r"|ممکن است (?:حذف|منتقل) شده باشد",
    ),
    rights=(
        r"(?:کلیه|تمامی|همه)(?: ی)? حقوق[^\n]{0,60}?محفوظ(?: است)?",
        r"استفاده از (?:مطالب|اخبار)[^\n]{0,40}?(?:با ذکر منبع|بدون ذکر منبع)[^\n]{0,30}",
    ),
    site_pages=(r"درباره ما|تماس با ما|حریم خصوصی|قوانین و مقررات",),
    sign_offs=(
        # IRNA's, ISNA's, Tasnim's end mark and the item's news code under it
        r"انتهای (?:پیام|خبر)\s*(?:/\s*\w{0,4})?\W*",
        # Pajhwok's Dari end mark ("پایان/")
        r"پایان\s*/\s*\w{0,4}\W*",
        r"کد\s*خبر\s*[:：]?\s*[\d۰-۹]{3,20}",
    ),
    source_labels=("منبع",),
    promo=(
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        r"ما را در (?:اینستاگرام|تلگرام|توییتر|ایکس|فیسبوک|روبیکا|بله|ایتا|instagram|telegram"
        r"|twitter|x) دنبال کنید",
    ),
    tag_labels=(
        r"برچسب(?:\u200c| )?ها",
        r"کلیدواژه(?:\u200c| )?ها",
    ),
)
