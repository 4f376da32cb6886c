"""Nepali page furniture (see :mod:`clipper.furniture`).

Phrases of Nepal's news sites (Onlinekhabar, Kantipur, Setopati, Ratopati and the like) as they
print them: "यो पनि पढ्नुहोस्" (read this too), "सम्बन्धित खबर" (related news), "सेयर गर्नुहोस्"
(share), cookie notices ("कुकीज"), "सर्वाधिकार सुरक्षित".  Hindi writes some of the same
words ("प्रकाशित", "विज्ञापन"): the Hindi table has its own.  Left out where no one form is
settled: paywall wording (Nepali sites do not meter).
"""

from clipper.furniture import Table, credited

_NETWORKS = r"(?:फेसबुक|ट्विटर|युट्युब|ह्वाट्सएप|facebook|twitter|x|youtube|whatsapp)"

TABLE = Table(
    language="ne",
    byline_roles=("संवाददाता", "पत्रकार"),
    byline_staff=("(?:हाम्रा |हाम्रो )?संवाददाता", "(?:निजी |विशेष )संवाददाता"),
    skip=(r"मुख्य (?:सामग्री|विषयवस्तु)मा (?:जानुहोस्|जानुस्)",),
    share=(
        rf"(?:{_NETWORKS}मा )?(?:सेयर|शेयर) (?:गर्नुहोस्|गर्नुस्)",
        r"लिङ्क कपी (?:गर्नुहोस्|गर्नुस्)|लिंक कपी (?:गर्नुहोस्|गर्नुस्)",
    ),
    promo=(rf"(?:हामीलाई )?{_NETWORKS}मा (?:फलो|पछ्याउनुहोस्)(?: गर्नुहोस्| गर्नुस्)?",),
    paywall=(r"लगइन|लग इन|लगआउट|लग आउट|दर्ता (?:गर्नुहोस्|गर्नुस्)",),
    ads=(r"विज्ञापन",),
    credits=(credited(r"तस्बिर|तस्वीर|फोटो"),),
    related=(
        r"यो पनि (?:पढ्नुहोस्|पढ्नुस्|हेर्नुहोस्)|थप (?:पढ्नुहोस्|पढ्नुस्)|धेरै पढिएको",
        r"(?:सम्बन्धित|थप|ताजा) (?:खबर|समाचार)(?:हरू)?",
    ),
    consent_terms=(r"कुकीज|कुकी", r"\bcookies?\b"),
    consent_weak=(r"गोपनीयता", r"सहमति"),
    consent_context=(r"हामी|हाम्रो वेबसाइट|तपाईंको|तपाईँको", r"स्वीकार|अस्वीकार|सेटिङ|क्लिक"),
    consent_buttons=(
        r"(?:सबै )?(?:स्वीकार|अस्वीकार) (?:गर्नुहोस्|गर्नुस्)|(?:कुकी )?सेटिङ(?:हरू)?",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"बुझेँ|बुझें|ठिक छ|ठीक छ",
    ),
    dateline=(r"प्रकाशित",),
    updated=(r"अपडेट|अद्यावधिक",),
    errors=(
        r"पृष्ठ (?:फेला परेन|भेटिएन)|पेज (?:फेला परेन|भेटिएन)|त्रुटि",
        # a soft 404's body sentence: the page sought, removed or moved
        r"तपाईं(?:ले|ँले) खोज्नु(?:भएको|हुने) (?:पृष्ठ|पेज)|हटाइएको हुन सक्छ",
    ),
    rights=(r"सर्वाधिकार सुरक्षित",),
    site_pages=(r"गोपनीयता नीति|हाम्रो बारेमा|सम्पर्क|प्रयोगका सर्तहरू",),
    source_labels=("स्रोत",),
)
