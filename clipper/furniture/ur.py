"""Urdu page furniture (see :mod:`clipper.furniture`).

Phrases of Pakistani and Indian Urdu news sites as they print them, in Urdu's own letters (ی ک
ہ; a text typed with the Arabic keyboard's ي ك ه is matched too:
:mod:`clipper.furniture.keyboards`).  Left out where no one form is settled: paywall wording
(Urdu sites seldom meter), "updated" labels beyond "اپ ڈیٹ".
"""

from clipper.furniture import SHARE_NETWORKS, Table, credited, share_row

TABLE = Table(
    language="ur",
    # "تحریر: …" (written by), "رپورٹ: …" (report by)
    bylines=(r"تحریر\s*:", r"رپورٹ\s*:"),
    # "ترمیم: …", "ایڈیٹر: …", "ادارت: …" (edited, editor, editing)
    byline_editors=("ترمیم", "ایڈیٹر", "ادارت"),
    byline_roles=(
        "نامہ نگار",
        "رپورٹر",
        "صحافی",
    ),
    byline_staff=(
        "(?:ہمارے )?(?:نامہ نگار|رپورٹر|اسٹاف رپورٹر|سٹاف رپورٹر|نمائندہ(?: خصوصی)?)",
        "(?:ویب|نیوز) ڈیسک",
    ),
    # BBC Urdu's skip link, "go to the content"
    skip=(r"(?:مواد|مرکزی مواد) پر جائیں",),
    share=(
        r"شیئر(?: کریں)?|لنک کاپی ہو گیا|پرنٹ(?: کریں)?",
        # a share bar's label alone or its row ("واٹس ایپ پر شیئر کریں | فیس بک پر شیئر کریں":
        # newcomer 38b F3)
        share_row(
            rf"(?:فیس ?بک|ٹوئٹر|واٹس ?ایپ|ایکس|{SHARE_NETWORKS}) پر شیئر کریں"
            r"|لنک کاپی کریں"
        ),
    ),
    paywall=(r"لاگ ?ان(?: کریں)?|سائن ?ان(?: کریں)?|رجسٹر کریں|سبسکرائب کریں",),
    ads=(
        r"اشتہار",
        # the line an ad slot leaves: "the story continues" (below the advertisement)
        r"(?:خبر|کہانی|مضمون) (?:اشتہار کے (?:بعد|نیچے) )?جاری ہے",
    ),
    credits=(credited(r"تصویر|فوٹو|فائل فوٹو"),),
    notices=(
        # a prompt to follow the site on a messaging channel ("ہمارے واٹس ایپ چینل کو فالو کریں",
        # "ہمیں واٹس ایپ پر فالو کریں", "ٹیلی گرام چینل جوائن کریں")
        # and on Google News ("ہمیں گوگل نیوز پر فالو کریں": newcomer 38b F3)
        r"(?:واٹس ?ایپ|واٹس ?اپ|ٹیلی ?گرام|whatsapp|telegram|google news|گوگل نیوز)(?: چینل| گروپ)?"
        r"(?: (?:کو|پر|سے|میں))? (?:\S+ ){0,3}?(?:فالو|جوائن) کریں",
    ),
    related=(
        r"یہ بھی پڑھیں|مزید پڑھیں|یہ بھی دیکھیں",
        r"(?:متعلقہ|مزید|تازہ ترین) خبریں|سب سے زیادہ پڑھی جانے والی(?: خبریں)?",
    ),
    consent_terms=(r"کوکیز|کوکی", r"\bcookies?\b"),
    consent_weak=(r"رازداری|پرائیویسی", r"رضامندی"),
    consent_context=(r"ہم |ہماری|ہمارے|آپ|ویب ?سائٹ", r"قبول|مسترد|سیٹنگز|ترتیبات"),
    consent_buttons=(
        r"(?:سب )?قبول کریں|مسترد کریں|میں متفق ہوں|ٹھیک ہے|بند کریں",
        r"(?:رازداری|کوکیز?) (?:کی )?پالیسی|پرائیویسی پالیسی",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"سمجھ گیا|سمجھ گئی|منظور ہے|مزید معلومات",
    ),
    # "شائع شدہ", "شائع ہوا" (published); the dump header label "شائع" is clipper.read.headers'
    dateline=(r"شائع(?: شدہ| ہوا| ہوئی| کیا گیا)?",),
    updated=(r"(?:آخری )?اپ ?ڈیٹ(?: شدہ| ہوا)?",),
    errors=(
        r"صفحہ نہیں ملا|صفحہ موجود نہیں|صفحہ دستیاب نہیں",
        # a soft 404's body sentence: the page sought, removed or moved
        r"(?:جو|جس) صفحہ (?:کو )?(?:آپ )?(?:تلاش کر|ڈھونڈ) رہے|(?:ہٹا|حذف کر|مٹا) دیا گیا ہے"
        r"|(?:منتقل|حذف) (?:ہو|کر دیا) گیا ہے",
    ),
    rights=(r"(?:جملہ|تمام) حقوق (?:\S+ ){0,4}?محفوظ",),
    site_pages=(r"رازداری کی پالیسی|پرائیویسی پالیسی|ہمارے بارے میں|ہم سے رابطہ|رابطہ کریں",),
    source_labels=(
        "ذریعہ",
        "ماخذ",
    ),
)
