"""Tamil page furniture (see :mod:`clipper.furniture`).

Phrases of Tamil Nadu's and Sri Lanka's Tamil news sites as they print them: "இதையும்
படிக்க" / "மேலும் படிக்க" (read also) over a teaser or a box of headlines, "தொடர்புடைய
செய்திகள்" (related news), share bars ("பகிர்"), cookie notices ("குக்கீகள்"), WhatsApp-channel
prompts (newcomer 28, finding 7: no table read them, and a dump kept them).  A dateline's
"பதிவு" (posted) only with its colon: the word is "registration" in a news sentence; not
"வெளியீடு" (publication), a film's or a book's release in a short news line with its date.
Error words are "page not found" only: "access denied" (அணுகல் மறுக்கப்பட்டது, and the other
Indic tables' like it) is a news headline's "entry refused" too, and a brief under it would be
an error page.
"""

from clipper.furniture import SHARE_NETWORKS, Table, counted, credited, share_row

_WHATSAPP = r"(?:வாட்ஸ் ?அப்|whatsapp)"

TABLE = Table(
    language="ta",
    byline_roles=(
        "செய்தியாளர்",
        "நிருபர்",
    ),
    byline_staff=(
        "(?:நமது |சிறப்பு )?(?:செய்தியாளர்|நிருபர்)",
    ),
    skip=(r"(?:முதன்மை )?(?:உள்ளடக்கத்திற்குச்|உள்ளடக்கத்திற்கு) (?:செல்|செல்லவும்)",),
    share=(
        counted(r"கருத்துகள்|கருத்துக்கள்"),
        r"பகிர்(?:க|வும்|ந்து கொள்ளுங்கள்)?|அச்சிடு(?:க)?",
        # a share bar's label alone or its row ("WhatsApp-இல் பகிர்க | Facebook-இல் பகிர்க":
        # newcomer 38b F3)
        share_row(rf"(?:ஃபேஸ்புக்கில்|ட்விட்டரில்|{_WHATSAPP}பில்|{SHARE_NETWORKS}[- ]?இல்)"
                  r" பகிர்(?:க|வும்)?|இணைப்பை நகலெடு(?:க்கவும்)?"),
    ),
    promo=(
        r"(?:எங்கள் )?(?:செய்தி மடலுக்கு|நியூஸ்லெட்டருக்கு) (?:பதிவு செய்யுங்கள்|பதிவு செய்யவும்"
        r"|சந்தா செலுத்துங்கள்)",
    ),
    paywall=(r"உள்நுழை(?:க|யவும்)?|பதிவு செய்(?:க|யவும்)|சந்தா செலுத்து(?:ங்கள்|க)",),
    ads=(r"விளம்பரம்",),
    credits=(credited(r"படம்|புகைப்படம்|கோப்புப் படம்"),),
    notices=(
        # a prompt to follow the site on a messaging channel ("எங்கள் வாட்ஸ்அப் சேனலில்
        # இணையுங்கள்", "டெலிகிராம் குழுவில் இணையவும்")
        # and on Google News ("Google News-இல் எங்களைப் பின்தொடருங்கள்": newcomer 38b F3)
        rf"(?:{_WHATSAPP}|டெலிகிராம்|telegram|google news|கூகுள் நியூஸ்)\S* (?:\S+ ){{0,3}}?"
        r"(?:இணையுங்கள்|இணையவும்"
        r"|பின்தொடருங்கள்|பின்தொடரவும்)",
    ),
    related=(
        r"இதையும் (?:படிக்க|படிக்கவும்|படியுங்கள்)|மேலும் (?:படிக்க|படிக்கவும்)",
        r"(?:தொடர்புடைய|சமீபத்திய) செய்திகள்|அதிகம் படிக்கப்பட்டவை",
    ),
    consent_terms=(r"குக்கீகள்|குக்கீ", r"\bcookies?\b"),
    consent_weak=(r"தனியுரிமை", r"ஒப்புதல்"),
    consent_context=(r"நாங்கள்|எங்கள்|உங்கள்|இணையதள", r"ஏற்க|நிராகரி|அமைப்புகள்"),
    consent_buttons=(
        r"(?:அனைத்தையும் )?ஏற்கவும்|ஏற்கிறேன்|ஏற்றுக்கொள்கிறேன்|நிராகரி(?:க்கவும்)?|சரி|மூடு",
        r"(?:குக்கீ )?அமைப்புகள்|மேலும் அறிக|(?:தனியுரிமை|குக்கீ) கொள்கை",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"புரிந்தது|புரிந்துகொண்டேன்",
    ),
    dateline=(r"வெளியிடப்பட்டது|பதிவு\s*:",),
    updated=(r"புதுப்பிக்கப்பட்டது|அப்டேட் செய்யப்பட்டது",),
    errors=(
        r"பக்கம் கிடைக்கவில்லை|பக்கத்தைக் காணவில்லை",
        # a soft 404's body sentence: the page sought, removed or moved
        r"நீங்கள் தேடும் பக்கம்|(?:பக்கம்|பக்கத்தை) (?:நீக்கப்பட்டிருக்கலாம்|நகர்த்தப்பட்டிருக்கலாம்)",
    ),
    rights=(r"அனைத்து உரிமைகளும் (?:பாதுகாக்கப்பட்டவை|பாதுகாக்கப்பட்டுள்ளன)",),
    site_pages=(
        r"தனியுரிமைக் கொள்கை|தனியுரிமை கொள்கை|பயன்பாட்டு விதிமுறைகள்|எங்களைப் பற்றி"
        r"|எங்களைத் தொடர்பு கொள்ள",
    ),
    source_labels=("ஆதாரம்", "மூலம்",),
)
