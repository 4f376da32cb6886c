"""Kannada page furniture (see :mod:`clipper.furniture`).

Phrases of Karnataka's Kannada news sites as they print them: "ಇದನ್ನೂ ಓದಿ" (read this too)
over a teaser or a box of headlines, "ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು" (related news), share bars
("ಹಂಚಿಕೊಳ್ಳಿ", "ಶೇರ್ ಮಾಡಿ"), cookie notices ("ಕುಕೀಗಳು"), WhatsApp-channel prompts (the
README's Known limits: a Kannada dump kept them).  A loanword is written with or without a
zero-width non-joiner after its virama ("ವೆಬ್‌ಸೈಟ್", "ವೆಬ್ಸೈಟ್"): both.  "ಹೆಚ್ಚು ಓದಿ" (read
more) is a whole line or a teaser's label: "ಹೆಚ್ಚು ಓದಿದವರು …" (the better educated) opens a
sentence.
"""

from clipper.furniture import Table, counted, credited

_WHATSAPP = r"(?:ವಾಟ್ಸ್\u200c?ಆ್ಯಪ್|ವಾಟ್ಸಾಪ್|whatsapp)"
_J = "\u200c?"  # a zero-width non-joiner, or none

TABLE = Table(
    language="kn",
    byline_roles=(
        "ವರದಿಗಾರ",
        "ಪ್ರತಿನಿಧಿ",
    ),
    byline_staff=(
        "ವರದಿಗಾರ",
        "ಪ್ರತಿನಿಧಿ",
    ),
    skip=(rf"(?:ಮುಖ್ಯ )?(?:ವಿಷಯಕ್ಕೆ|ಕಂಟೆಂಟ್{_J}ಗೆ) (?:ತೆರಳಿ|ಹೋಗಿ)",),
    share=(
        counted(rf"ಪ್ರತಿಕ್ರಿಯೆಗಳು|ಕಾಮೆಂಟ್{_J}ಗಳು"),
        r"ಹಂಚಿಕೊಳ್ಳಿ|ಶೇರ್(?: ಮಾಡಿ)?|ಲಿಂಕ್ ನಕಲಿಸಿ|ಮುದ್ರಿಸಿ",
        rf"(?:ಫೇಸ್{_J}ಬುಕ್{_J}ನಲ್ಲಿ|ಟ್ವಿಟರ್{_J}ನಲ್ಲಿ|{_WHATSAPP}{_J}ನಲ್ಲಿ) (?:ಹಂಚಿಕೊಳ್ಳಿ"
        r"|ಶೇರ್ ಮಾಡಿ)",
    ),
    promo=(r"(?:ನಮ್ಮ )?ಸುದ್ದಿಪತ್ರಕ್ಕೆ (?:ಚಂದಾದಾರರಾಗಿ|ಸೈನ್ ಅಪ್ ಮಾಡಿ)",),
    paywall=(r"ಲಾಗಿನ್(?: ಆಗಿ| ಮಾಡಿ)?|ಸೈನ್ ಇನ್ ಮಾಡಿ|ನೋಂದಾಯಿಸಿ|ಚಂದಾದಾರರಾಗಿ",),
    ads=(r"ಜಾಹೀರಾತು",),
    credits=(credited(r"ಚಿತ್ರ|ಫೋಟೋ|ಸಂಗ್ರಹ ಚಿತ್ರ"),),
    notices=(
        # a prompt to follow the site on a messaging channel ("ನಮ್ಮ ವಾಟ್ಸಾಪ್ ಚಾನೆಲ್ ಫಾಲೋ ಮಾಡಿ",
        # "ಟೆಲಿಗ್ರಾಂ ಗುಂಪಿಗೆ ಸೇರಿ")
        rf"(?:ನಮ್ಮ )?(?:{_WHATSAPP}|ಟೆಲಿಗ್ರಾಂ|ಟೆಲಿಗ್ರಾಮ್|telegram)\S* (?:\S+ ){{0,3}}?"
        r"(?:ಫಾಲೋ ಮಾಡಿ|ಸೇರಿ|ಜಾಯಿನ್ ಆಗಿ)",
    ),
    related=(
        r"ಇದನ್ನೂ (?:ಓದಿ|ಓದಿರಿ)|ಇವುಗಳನ್ನೂ ಓದಿ|ಮತ್ತಷ್ಟು ಓದಿ|ಹೆಚ್ಚು ಓದಿ",
        r"(?:ಸಂಬಂಧಿತ|ಇತ್ತೀಚಿನ) ಸುದ್ದಿಗಳು|ಹೆಚ್ಚು ಓದಿದ ಸುದ್ದಿಗಳು",
    ),
    consent_terms=(r"ಕುಕೀಗಳು|ಕುಕೀಸ್|ಕುಕೀ", r"\bcookies?\b"),
    consent_weak=(r"ಗೌಪ್ಯತೆ", r"ಸಮ್ಮತಿ"),
    consent_context=(rf"ನಾವು|ನಮ್ಮ|ನಿಮ್ಮ|ವೆಬ್{_J}ಸೈಟ್", rf"ಸ್ವೀಕರಿಸ|ತಿರಸ್ಕರಿಸ|ಸೆಟ್ಟಿಂಗ್{_J}ಗಳು"),
    consent_buttons=(
        r"(?:ಎಲ್ಲವನ್ನೂ )?ಸ್ವೀಕರಿಸಿ|ನಾನು ಒಪ್ಪುತ್ತೇನೆ|ತಿರಸ್ಕರಿಸಿ|ಸರಿ|ಮುಚ್ಚಿ",
        rf"(?:ಕುಕೀ )?ಸೆಟ್ಟಿಂಗ್{_J}ಗಳು|ಇನ್ನಷ್ಟು ತಿಳಿಯಿರಿ|(?:ಗೌಪ್ಯತಾ|ಕುಕೀ) ನೀತಿ",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"ಅರ್ಥವಾಯಿತು",
    ),
    dateline=(r"ಪ್ರಕಟಿಸಲಾಗಿದೆ|ಪ್ರಕಟಣೆ\s*:|ಪ್ರಕಟ\s*:",),
    updated=(rf"ನವೀಕರಿಸಲಾಗಿದೆ|ಅಪ್{_J}ಡೇಟ್ ಮಾಡಲಾಗಿದೆ",),
    errors=(
        r"ಪುಟ ಕಂಡುಬಂದಿಲ್ಲ|ಪುಟ ಸಿಗಲಿಲ್ಲ",
        # a soft 404's body sentence: the page sought, removed or moved
        r"ನೀವು ಹುಡುಕುತ್ತಿರುವ ಪುಟ|ಪುಟವನ್ನು (?:ತೆಗೆದುಹಾಕಲಾಗಿದೆ|ಸ್ಥಳಾಂತರಿಸಲಾಗಿದೆ)",
    ),
    rights=(r"(?:ಎಲ್ಲಾ|ಎಲ್ಲ|ಸರ್ವ) ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ",),
    site_pages=(r"ಗೌಪ್ಯತಾ ನೀತಿ|ಬಳಕೆಯ ನಿಯಮಗಳು|ನಮ್ಮ ಬಗ್ಗೆ|ಸಂಪರ್ಕಿಸಿ",),
    source_labels=("ಮೂಲ",),
)
