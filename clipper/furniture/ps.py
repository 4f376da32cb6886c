"""Pashto page furniture (Afghanistan's and Pakistan's Pashto sites): a line table
(:data:`clipper.furniture.LINE_TABLES`, see :mod:`clipper.furniture`).

Written in Pashto's own letters (``ی ې ۍ ک``); the sites' Arabic-keyboard typing (``ي ك``), the
non-joiner typed or not and their digits are matched by :mod:`clipper.furniture.keyboards`.
Share bars ("شریکول", "شریک یې کړئ"), "read also" headings ("دا هم ولولئ", "اړوند خبرونه"),
comment counts ("نظرونه (۳)"), follow prompts, tag labels ("ټګونه"), reservations of rights
("ټول حقونه خوندي دي") and photo credits ("انځور: …")."""

from clipper.furniture import NETWORKS, Table, counted, credited, share_bar

# the networks as Pashto sites spell them
_NETWORK_PS = r"(?:فېسبوک|فیسبوک|ټویټر|توییتر|واټساپ|واتساپ|ټېلېګرام|تلګرام|یوټیوب|انسټاګرام)"

TABLE = Table(
    language="ps",
    share=(
        share_bar(r"شریکول|شریک یې کړئ|شریکه یې کړئ"),
        r"شریکول|شریک(?:ه)? (?:یې )?کړئ|لینک کاپي کړئ|لینک کاپي شو|چاپ(?:ول)?",
        counted(r"نظرونه|نظریات|تبصرې"),
    ),
    promo=(
        rf"(?:موږ|زموږ پاڼه) (?:په|پر) (?:{_NETWORK_PS}|{NETWORKS}) (?:کې )?تعقیب کړئ",
        rf"زموږ (?:د )?(?:{_NETWORK_PS}|{NETWORKS}) (?:چینل|کانال)(?: ته)? (?:سبسکرایب|غړیتوب)"
        r"(?: یې)? کړئ",
    ),
    related=(
        r"دا هم (?:ولولئ|ولوله)|نور (?:ولولئ|لوستل)|اړوند (?:خبرونه|مطالب|لیکنې)",
        r"(?:وروستي|نور|تازه) خبرونه|تر ټولو (?:ډېر|زیات) لوستل شوي",
    ),
    rights=(r"ټول (?:حقونه|حقوق) (?:\S+ ){0,3}?خوندي(?: دي)?",),
    credits=(credited(r"انځور|عکس|فوټو"),),
    tag_labels=(r"ټګونه|ټګ|کلیدي کلمې",),
    consent_terms=(r"کوکیز|کوکي", r"\bcookies?\b"),
    consent_weak=(r"محرمیت|شخصي معلومات",),
    consent_context=(r"موږ |زموږ|تاسو|ستاسو", r"ومنئ|ردول|تنظیمات"),
    consent_buttons=(r"(?:ټول )?ومنئ|منل|ردول|تنظیمات|سمه ده",),
)
