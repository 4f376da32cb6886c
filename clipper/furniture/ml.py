"""Malayalam page furniture (see :mod:`clipper.furniture`).

Phrases of Kerala's Malayalam news sites as they print them: "ഇതുകൂടി വായിക്കൂ" (read this
too) over a teaser or a box of headlines, "ബന്ധപ്പെട്ട വാർത്തകൾ" (related news), share bars
("ഷെയർ ചെയ്യുക", "പങ്കിടുക"), cookie notices ("കുക്കികൾ"), WhatsApp-channel prompts (the
README's Known limits: a Malayalam dump kept them).  A chillu letter (ർ, ൽ, ൻ, ൾ, ൺ) is
written as one character or, in older text, as its consonant, a virama and a zero-width
joiner: every phrase takes both (:func:`_chillu`).  "പരസ്യം" (advertisement; also "public")
is an ad slot's whole line only.
"""

from clipper.furniture import Table, counted, credited

# a chillu letter → its consonant (the older spelling: consonant, virama, zero-width joiner)
_CHILLU = {"ൺ": "ണ", "ൻ": "ന", "ർ": "ര", "ൽ": "ല", "ൾ": "ള"}


def _chillu(pattern: str) -> str:
    """``pattern`` with each chillu letter matching its atomic and its older spelling."""
    return "".join(
        f"(?:{c}|{base}\u0d4d\u200d)" if (base := _CHILLU.get(c)) else c for c in pattern
    )


def _ml(*patterns: str) -> tuple[str, ...]:
    return tuple(_chillu(pattern) for pattern in patterns)


_WHATSAPP = r"(?:വാട്ട്?സ്\u200c?ആപ്പ്?|whatsapp)"

TABLE = Table(
    language="ml",
    byline_roles=(
        "ലേഖകൻ",
        "റിപ്പോർട്ടർ",
    ),
    byline_staff=(
        "(?:സ്വന്തം )?ലേഖകൻ",
    ),
    skip=_ml(r"(?:പ്രധാന )?(?:ഉള്ളടക്കത്തിലേക്ക്|കണ്ടന്റിലേക്ക്) (?:പോകുക|പോവുക)"),
    share=(
        counted(_chillu(r"കമന്റുകൾ|അഭിപ്രായങ്ങൾ")),
        *_ml(
            r"ഷെയർ(?: ചെയ്യുക)?|പങ്കിടുക|ലിങ്ക് പകർത്തുക|പ്രിന്റ്(?: ചെയ്യുക)?",
            rf"(?:ഫേസ്ബുക്കിൽ|ട്വിറ്ററിൽ|{_WHATSAPP}\S{{0,2}}ൽ) (?:ഷെയർ ചെയ്യുക|പങ്കിടുക)",
        ),
    ),
    promo=_ml(
        r"(?:ഞങ്ങളുടെ )?ന്യൂസ്\u200c?ലെറ്ററിന് (?:സബ്സ്ക്രൈബ് ചെയ്യുക|സൈൻ അപ്പ് ചെയ്യുക)"
    ),
    paywall=_ml(r"(?:ലോഗിൻ|സൈൻ ഇൻ|രജിസ്റ്റർ|സബ്സ്ക്രൈബ്) ചെയ്യുക"),
    ads=(r"പരസ്യം",),
    credits=(credited(_chillu(r"ചിത്രം|ഫോട്ടോ|ഫയൽ ചിത്രം")),),
    notices=_ml(
        # a prompt to follow the site on a messaging channel ("ഞങ്ങളുടെ വാട്സ്ആപ്പ് ചാനൽ ഫോളോ
        # ചെയ്യുക", "ടെലഗ്രാം ഗ്രൂപ്പിൽ ചേരുക")
        rf"(?:ഞങ്ങളുടെ )?(?:{_WHATSAPP}|ടെലഗ്രാം|ടെലിഗ്രാം|telegram)\S* (?:\S+ ){{0,3}}?"
        r"(?:ഫോളോ ചെയ്യുക|ജോയിൻ ചെയ്യുക|ചേരുക)",
    ),
    related=_ml(
        r"ഇതു ?കൂടി (?:വായിക്കൂ|വായിക്കുക)|ഇതും (?:വായിക്കൂ|വായിക്കുക)"
        r"|കൂടുതൽ (?:വായിക്കൂ|വായിക്കുക)",
        r"(?:ബന്ധപ്പെട്ട|ഏറ്റവും പുതിയ|പുതിയ) വാർത്തകൾ|ഏറ്റവും കൂടുതൽ വായിച്ചവ",
    ),
    consent_terms=(*_ml(r"കുക്കികൾ|കുക്കീസ്|കുക്കി"), r"\bcookies?\b"),
    consent_weak=(r"സ്വകാര്യത", r"സമ്മതം"),
    consent_context=_ml(
        r"ഞങ്ങൾ|ഞങ്ങളുടെ|നിങ്ങളുടെ|വെബ്\u200c?സൈറ്റ്", r"അംഗീകരി|സ്വീകരി|നിരസി|ക്രമീകരണങ്ങൾ"
    ),
    consent_buttons=_ml(
        r"(?:എല്ലാം )?(?:അംഗീകരിക്കുക|സ്വീകരിക്കുക)|ഞാൻ അംഗീകരിക്കുന്നു|നിരസിക്കുക|ശരി"
        r"|അടയ്ക്കുക",
        r"(?:കുക്കി )?ക്രമീകരണങ്ങൾ|കൂടുതലറിയുക|കൂടുതൽ അറിയുക|(?:സ്വകാര്യതാ|കുക്കി) നയം",
        # "got it" as its sites' banners write it (newcomer 39, finding 3)
        r"മനസ്സിലായി",
    ),
    dateline=(r"പ്രസിദ്ധീകരിച്ചത്|പ്രസിദ്ധീകരിച്ചു\s*:",),
    updated=_ml(r"അപ്ഡേറ്റ് ചെയ്തത്|പുതുക്കിയത്"),
    errors=_ml(
        r"പേജ് കണ്ടെത്താനായില്ല|പേജ് കണ്ടെത്തിയില്ല",
        # a soft 404's body sentence: the page sought, removed or moved
        r"നിങ്ങൾ തിരയുന്ന പേജ്|പേജ് (?:നീക്കം ചെയ്തിരിക്കാം|മാറ്റിയിരിക്കാം)",
    ),
    rights=_ml(r"എല്ലാ അവകാശങ്ങളും (?:സംരക്ഷിക്കപ്പെട്ടിരിക്കുന്നു|നിക്ഷിപ്തം)"),
    site_pages=_ml(r"സ്വകാര്യതാ നയം|ഉപയോഗ നിബന്ധനകൾ|ഞങ്ങളെക്കുറിച്ച്|ബന്ധപ്പെടുക"),
    source_labels=("ഉറവിടം",),
)
