"""Punjabi (Gurmukhi) page furniture (see :mod:`clipper.furniture`).

Phrases of Indian Punjab's Gurmukhi news sites as they print them: "ਇਹ ਵੀ ਪੜ੍ਹੋ" (read also)
over a teaser or a box of headlines, "ਸਬੰਧਤ ਖ਼ਬਰਾਂ" (related news), share bars ("ਸ਼ੇਅਰ ਕਰੋ"),
cookie notices ("ਕੂਕੀਜ਼"), WhatsApp-channel prompts (newcomer 28, finding 7: no table read
them, and a dump kept them).  ਸ਼, ਖ਼ and ਜ਼ are written as one character or as a letter and its
nukta (NFC gives the latter: they are composition exclusions), ਖ਼ and ਜ਼ often without the
nukta at all, so each is matched every way (:data:`SHA`, :data:`KHA`, :data:`ZA`).
"""

from clipper.furniture import Table, counted, credited

SHA = "(?:\u0a36|\u0a38\u0a3c)"  # ਸ਼
KHA = "(?:\u0a59|\u0a16\u0a3c|\u0a16)"  # ਖ਼, ਖ
ZA = "(?:\u0a5b|\u0a1c\u0a3c|\u0a1c)"  # ਜ਼, ਜ
_WHATSAPP = r"(?:ਵ(?:੍ਹ)?ਟਸ ?ਐਪ|whatsapp)"

TABLE = Table(
    language="pa",
    byline_roles=(
        "ਪੱਤਰਕਾਰ",
        "ਪ੍ਰਤੀਨਿਧ",
    ),
    byline_staff=(
        "ਪੱਤਰਕਾਰ",
    ),
    skip=(r"(?:ਮੁੱਖ )?ਸਮੱਗਰੀ (?:ਤੇ|'ਤੇ|ਤੱਕ) ਜਾਓ",),
    share=(
        counted(r"ਟਿੱਪਣੀਆਂ|ਟਿੱਪਣੀ"),
        rf"{SHA}ੇਅਰ(?: ਕਰੋ)?|ਲਿੰਕ ਕਾਪੀ ਕਰੋ|ਪ੍ਰਿੰਟ(?: ਕਰੋ)?",
        rf"(?:ਫੇਸਬੁੱਕ|ਟਵਿੱਟਰ|{_WHATSAPP}) (?:ਤੇ|'ਤੇ) {SHA}ੇਅਰ ਕਰੋ",
    ),
    promo=(rf"(?:ਸਾਡੇ )?ਨਿਊ{ZA}ਲੈਟਰ (?:ਲਈ )?(?:ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ|ਸਾਈਨ ਅੱਪ ਕਰੋ)",),
    paywall=(r"(?:ਲੌਗ ?ਇਨ|ਲੌਗਇਨ|ਸਾਈਨ ਇਨ|ਰਜਿਸਟਰ|ਸਬਸਕ੍ਰਾਈਬ) ਕਰੋ",),
    ads=(rf"ਇ{SHA}ਤਿਹਾਰ",),
    credits=(credited(r"ਫੋਟੋ|ਤਸਵੀਰ"),),
    notices=(
        # a prompt to follow the site on a messaging channel ("ਸਾਡੇ ਵਟਸਐਪ ਚੈਨਲ ਨੂੰ ਫਾਲੋ
        # ਕਰੋ", "ਟੈਲੀਗ੍ਰਾਮ ਗਰੁੱਪ ਨਾਲ ਜੁੜੋ")
        rf"(?:{_WHATSAPP}|ਟੈਲੀਗ੍ਰਾਮ|telegram)(?: ਚੈਨਲ| ਗਰੁੱਪ)?(?: (?:ਤੇ|'ਤੇ|ਨੂੰ|ਨਾਲ))?"
        r" (?:\S+ ){0,3}?(?:ਫਾਲੋ ਕਰੋ|ਜੁੜੋ|ਜੌਇਨ ਕਰੋ)",
    ),
    related=(
        r"ਇਹ ਵੀ ਪੜ੍ਹੋ|ਹੋਰ ਪੜ੍ਹੋ",
        rf"(?:ਸੰਬੰਧਿਤ|ਸਬੰਧਤ|ਤਾ{ZA}ਾ|ਹੋਰ) {KHA}ਬਰਾਂ",
    ),
    consent_terms=(r"ਕੂਕੀ|ਕੁਕੀ", r"\bcookies?\b"),
    consent_weak=(r"ਨਿੱਜਤਾ|ਗੋਪਨੀਯਤਾ", r"ਸਹਿਮਤੀ"),
    consent_context=(
        r"ਅਸੀਂ|ਸਾਡੀ|ਸਾਡੇ|ਤੁਹਾਡੀ|ਤੁਹਾਡੇ|ਵੈੱਬਸਾਈਟ|ਵੈਬਸਾਈਟ",
        r"ਸਵੀਕਾਰ|ਅਸਵੀਕਾਰ|ਸੈਟਿੰਗ",
    ),
    consent_buttons=(
        r"(?:ਸਭ |ਸਾਰੇ )?ਸਵੀਕਾਰ ਕਰੋ|ਅਸਵੀਕਾਰ ਕਰੋ|ਮੈਂ ਸਹਿਮਤ ਹਾਂ|ਠੀਕ ਹੈ|ਬੰਦ ਕਰੋ",
        r"(?:ਕੂਕੀ )?ਸੈਟਿੰਗਾਂ|ਹੋਰ ਜਾਣੋ|(?:ਨਿੱਜਤਾ|ਕੂਕੀ) ਨੀਤੀ",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"ਸਮਝ ਗਿਆ|ਸਮਝ ਗਈ",
    ),
    dateline=(rf"ਪ੍ਰਕਾ{SHA}ਿਤ",),
    updated=(r"(?:ਅੱਪਡੇਟ|ਅਪਡੇਟ)(?: ਕੀਤਾ)?",),
    errors=(
        r"(?:ਪੰਨਾ|ਪੇਜ) ਨਹੀਂ ਮਿਲਿਆ",
        # a soft 404's body sentence: the page sought, removed or moved
        r"ਜੋ (?:ਪੰਨਾ|ਪੇਜ) (?:ਤੁਸੀਂ )?ਲੱਭ ਰਹੇ|(?:ਪੰਨਾ|ਪੇਜ) (?:ਹਟਾ|ਮਿਟਾ) ਦਿੱਤਾ ਗਿਆ",
    ),
    rights=(r"ਸਾਰੇ (?:ਹੱਕ|ਅਧਿਕਾਰ) (?:ਰਾਖਵੇਂ|ਸੁਰੱਖਿਅਤ)|ਸਰਬ ਅਧਿਕਾਰ ਸੁਰੱਖਿਅਤ",),
    site_pages=(
        rf"(?:ਨਿੱਜਤਾ|ਗੋਪਨੀਯਤਾ) ਨੀਤੀ|ਵਰਤੋਂ ਦੀਆਂ {SHA}ਰਤਾਂ|ਸਾਡੇ ਬਾਰੇ|ਸੰਪਰਕ ਕਰੋ",
    ),
    source_labels=("ਸਰੋਤ",),
)
