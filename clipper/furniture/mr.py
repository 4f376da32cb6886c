"""Marathi page furniture (see :mod:`clipper.furniture`).

Phrases of Maharashtra's Marathi news sites as they print them: "हेही वाचा" / "हे पण वाचा"
(read also) over a teaser or a box of headlines, "ताज्या बातम्या" (latest news), share bars
("शेअर करा"), cookie notices ("कुकीज"), WhatsApp-channel prompts.  Marathi shares its script
and many loanwords with Hindi ("प्रकाशित", "अपडेट", "लॉग इन"); its own forms differ where the
grammar does ("करा", not "करें"; "बातम्या", not "खबरें"), which the Hindi table's phrases never
matched (newcomer 28, finding 7).  WhatsApp is spelled with ॲ or with अ, ॅ and a joiner.
"""

from clipper.furniture import SHARE_NETWORKS, Table, counted, credited, share_row

_WHATSAPP = r"(?:व्ह[ॉा]ट्स\S{0,3}प|whatsapp)"

TABLE = Table(
    language="mr",
    byline_editors=(r"संपादित(?: केले)?", "संपादन", "संपादक"),
    byline_roles=(
        "प्रतिनिधी",
        "वार्ताहर",
        "पत्रकार",
    ),
    byline_staff=(
        "(?:खास |विशेष )?प्रतिनिधी",
    ),
    skip=(r"(?:मुख्य )?(?:मजकुराकडे|मजकुरावर|सामग्रीकडे|सामग्रीवर|आशयाकडे) जा",),
    share=(
        counted(r"प्रतिक्रिया|कमेंट्स"),
        r"शेअर(?: करा)?|लिंक कॉपी झाली|प्रिंट(?: करा)?",
        # a share bar's label alone or its row ("WhatsApp वर शेअर करा | Facebook वर शेअर करा":
        # newcomer 38b F3)
        share_row(rf"(?:फेसबुकवर|ट्विटरवर|{_WHATSAPP}वर|{SHARE_NETWORKS} ?वर) शेअर करा"
                  r"|लिंक कॉपी करा"),
    ),
    promo=(
        r"(?:आमच्या )?(?:न्यूजलेटरसाठी|न्यूझलेटरसाठी) (?:नोंदणी करा|साइन अप करा|सबस्क्राइब करा)",
    ),
    paywall=(r"(?:लॉग ?इन|लॉगिन|साइन इन|नोंदणी|सबस्क्राइब) करा",),
    ads=(r"जाहिरात",),
    credits=(credited(r"फोटो|छायाचित्र|छाया"),),
    notices=(
        # a prompt to follow the site on a messaging channel ("आमच्या व्हॉट्सॲप चॅनेलला फॉलो
        # करा", "टेलिग्राम ग्रुपमध्ये सामील व्हा")
        # and on Google News ("Google News वर आम्हाला फॉलो करा": newcomer 38b F3)
        rf"(?:{_WHATSAPP}|टेलिग्राम|telegram|google news|(?:गूगल|गुगल) न्यू(?:ज|झ|ज़))"
        r"(?: चॅनेल| चॅनल| ग्रुप)?(?:ला|वर|मध्ये)?"
        r" (?:\S+ ){0,3}?(?:फॉलो करा|जॉइन करा|सामील व्हा)",
    ),
    related=(
        r"हेही वाचा|हे (?:पण|सुद्धा|देखील) वाचा|अधिक वाचा|आणखी वाचा",
        r"(?:संबंधित|ताज्या|इतर) बातम्या|सर्वाधिक वाचलेल्या(?: बातम्या)?",
    ),
    consent_terms=(r"कुकीज|कुकी", r"\bcookies?\b"),
    consent_weak=(r"गोपनीयता", r"संमती"),
    consent_context=(r"आम्ही|आमच्या|आपल्या|तुमच्या|वेबसाइट", r"स्वीकार|नाकार|सेटिंग्ज"),
    consent_buttons=(
        r"(?:सर्व )?(?:स्वीकारा|स्वीकार करा|नाकारा)|मला मान्य आहे|ठीक आहे|बंद करा",
        r"(?:कुकी )?सेटिंग्ज|अधिक जाणून घ्या|(?:गोपनीयता|कुकी) धोरण",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"समजले|समजलं",
    ),
    dateline=(r"प्रकाशित(?: दिनांक| तारीख)?",),
    updated=(r"अपडेटेड|अपडेट केले|अद्ययावत|अपडेट",),
    errors=(
        r"(?:पान|पृष्ठ|पेज) सापडले नाही",
        # a soft 404's body sentence: the page sought, removed or moved
        r"तुम्ही शोधत असलेले (?:पान|पृष्ठ|पेज)|(?:पान|पृष्ठ|पेज) (?:हटवले|काढून टाकले|हलवले) (?:गेले|आहे)",
    ),
    rights=(r"सर्व हक्क (?:राखीव|सुरक्षित)|सर्वाधिकार सुरक्षित",),
    site_pages=(r"गोपनीयता धोरण|वापराच्या अटी|आमच्याबद्दल|आमच्या विषयी|संपर्क साधा",),
    source_labels=("स्रोत",),
)
