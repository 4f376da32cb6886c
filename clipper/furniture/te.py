"""Telugu page furniture (see :mod:`clipper.furniture`).

Phrases of Andhra Pradesh's and Telangana's Telugu news sites as they print them: "ఇది కూడా
చదవండి" / "ఇవి కూడా చదవండి" (read this too) over a teaser or a box of headlines, "సంబంధిత
వార్తలు" (related news), share bars ("షేర్ చేయండి"), cookie notices ("కుకీలు"),
WhatsApp-channel prompts (the README's Known limits: a Telugu dump kept them).  A loanword is
written with or without a zero-width non-joiner after its virama ("కంటెంట్‌కు", "కంటెంట్కు"):
both.  "ప్రకటన" is an announcement as well as an advertisement: an ad slot's whole line only.
"""

from clipper.furniture import Table, counted, credited

_WHATSAPP = r"(?:వాట్సా?\u200c?ప్|వాట్సాప్|whatsapp)"
_J = "\u200c?"  # a zero-width non-joiner, or none

TABLE = Table(
    language="te",
    byline_roles=(
        "ప్రతినిధి",
        "విలేకరి",
    ),
    byline_staff=(
        "ప్రతినిధి",
        "విలేకరి",
    ),
    skip=(rf"(?:ప్రధాన )?(?:కంటెంట్{_J}కు|విషయానికి) (?:వెళ్లండి|వెళ్ళండి)",),
    share=(
        counted(r"వ్యాఖ్యలు|కామెంట్లు"),
        rf"షేర్(?: చేయండి)?|లింక్{_J} కాపీ చేయండి|ప్రింట్(?: చేయండి)?",
        rf"(?:ఫేస్{_J}బుక్{_J}లో|ట్విట్టర్{_J}లో|{_WHATSAPP}{_J}లో) షేర్ చేయండి",
    ),
    promo=(
        rf"(?:మా )?న్యూస్{_J}లెటర్{_J}కు (?:సబ్{_J}స్క్రైబ్ చేయండి|సైన్ అప్ చేయండి)",
    ),
    paywall=(rf"(?:లాగిన్|సైన్ ఇన్|రిజిస్టర్|సబ్{_J}స్క్రైబ్) చేయండి",),
    ads=(r"ప్రకటన",),
    credits=(credited(r"ఫోటో|చిత్రం|ఫైల్ ఫోటో"),),
    notices=(
        # a prompt to follow the site on a messaging channel ("మా వాట్సాప్ ఛానెల్‌ను ఫాలో
        # అవ్వండి", "టెలిగ్రామ్ గ్రూప్‌లో చేరండి")
        rf"(?:మా )?(?:{_WHATSAPP}|టెలిగ్రామ్|telegram)\S* (?:\S+ ){{0,3}}?(?:ఫాలో అవ్వండి"
        r"|ఫాలో చేయండి|జాయిన్ అవ్వండి|చేరండి)",
    ),
    related=(
        r"(?:ఇది|ఇవి) కూడా చదవండి|మరింత చదవండి|ఇంకా చదవండి",
        r"(?:సంబంధిత|తాజా) వార్తలు|ఎక్కువగా చదివినవి",
    ),
    consent_terms=(r"కుకీలు|కుకీ", r"\bcookies?\b"),
    consent_weak=(r"గోప్యత", r"సమ్మతి"),
    consent_context=(rf"మేము|మా |మీ |వెబ్{_J}సైట్", rf"అంగీకరించ|తిరస్కరించ|సెట్టింగ్{_J}లు"),
    consent_buttons=(
        r"(?:అన్నీ )?అంగీకరించండి|అంగీకరిస్తున్నాను|తిరస్కరించండి|సరే|మూసివేయండి",
        rf"(?:కుకీ )?సెట్టింగ్{_J}లు|మరింత తెలుసుకోండి|(?:గోప్యతా|కుకీ) విధానం",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"అర్థమైంది",
    ),
    dateline=(r"ప్రచురించబడింది|ప్రచురణ\s*:",),
    updated=(rf"అప్{_J}డేట్ చేయబడింది|నవీకరించబడింది",),
    errors=(
        r"పేజీ కనుగొనబడలేదు|పేజీ దొరకలేదు",
        # a soft 404's body sentence: the page sought, removed or moved
        r"మీరు వెతుకుతున్న పేజీ|పేజీ (?:తొలగించబడి|తరలించబడి)",
    ),
    rights=(r"(?:సర్వ|అన్ని) హక్కులు (?:ప్రత్యేకించబడ్డాయి|రిజర్వ్ చేయబడ్డాయి)",),
    site_pages=(r"గోప్యతా విధానం|వినియోగ నిబంధనలు|మా గురించి|మమ్మల్ని సంప్రదించండి",),
    source_labels=("మూలం",),
)
