"""Gujarati page furniture (see :mod:`clipper.furniture`).

Phrases of Gujarat's Gujarati news sites as they print them: "આ પણ વાંચો" (read also) over a
teaser or a box of headlines, "સંબંધિત સમાચાર" (related news), share bars ("શેર કરો"), cookie
notices ("કૂકીઝ"), WhatsApp-channel prompts (newcomer 28, finding 7: no table read them, and a
dump kept them).  "કૂકી" is written with a long or a short u.
"""

from clipper.furniture import Table, counted, credited

_WHATSAPP = r"(?:વ(?:ૉ|ો|્હો)ટ્સ ?એપ|whatsapp)"

TABLE = Table(
    language="gu",
    byline_roles=(
        "સંવાદદાતા",
        "પત્રકાર",
    ),
    byline_staff=(
        "સંવાદદાતા",
    ),
    skip=(r"(?:મુખ્ય )?(?:સામગ્રી|કન્ટેન્ટ) પર જાઓ",),
    share=(
        counted(r"ટિપ્પણીઓ|કોમેન્ટ્સ|પ્રતિભાવો"),
        r"શેર(?: કરો)?|લિંક ક(?:ૉ|ો)પિ કરો|લિંક કોપી કરો|પ્રિન્ટ(?: કરો)?",
        rf"(?:ફેસબુક|ટ્વિટર|{_WHATSAPP}) પર શેર કરો",
    ),
    promo=(
        r"(?:અમારા )?ન્યૂઝલેટર(?:ને| માટે)? (?:સબ્સ્ક્રાઇબ કરો|સાઇન અપ કરો)",
    ),
    paywall=(r"(?:લ(?:ૉ|ો)ગ ?ઇન|સાઇન ઇન|રજિસ્ટર|સબ્સ્ક્રાઇબ)(?: કરો)?",),
    ads=(r"જાહેરાત",),
    credits=(credited(r"ફોટો|તસવીર|ફાઇલ ફોટો"),),
    notices=(
        # a prompt to follow the site on a messaging channel ("અમારી વૉટ્સએપ ચેનલને ફોલો
        # કરો", "ટેલિગ્રામ ગ્રુપમાં જોડાઓ")
        rf"(?:{_WHATSAPP}|ટેલિગ્રામ|telegram)(?: ચેનલ| ગ્રુપ)?(?:ને|માં|પર)? (?:\S+ ){{0,3}}?"
        r"(?:ફોલો કરો|જોડાઓ|જૉઇન કરો|જોઇન કરો)",
    ),
    related=(r"આ પણ વાંચો|વધુ વાંચો", r"(?:સંબંધિત|તાજા|તાજેતરના) સમાચાર"),
    consent_terms=(r"ક(?:ૂ|ુ)કીઝ|ક(?:ૂ|ુ)કી", r"\bcookies?\b"),
    consent_weak=(r"ગોપનીયતા", r"સંમતિ"),
    consent_context=(r"અમે |અમારી|અમારા|તમારી|તમારા|વેબસાઇટ", r"સ્વીકાર|અસ્વીકાર|સેટિંગ્સ"),
    consent_buttons=(
        r"(?:બધું |બધા )?સ્વીકારો|અસ્વીકાર કરો|નકારો|હું સંમત છું|ઠીક છે|બંધ કરો",
        r"(?:કૂકી )?સેટિંગ્સ|વધુ જાણો|(?:ગોપનીયતા|કૂકી) નીતિ",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"સમજાઈ ગયું|સમજી ગયો",
    ),
    dateline=(r"પ્રકાશિત(?: તારીખ)?",),
    updated=(r"અપડેટેડ|અપડેટ કર્યું|અપડેટ થયું",),
    errors=(
        r"(?:પેજ|પૃષ્ઠ|પાનું) મળ્યું નથી",
        # a soft 404's body sentence: the page sought, removed or moved
        r"તમે જે (?:પેજ|પૃષ્ઠ|પાનું) શોધી રહ્યા છો|(?:પેજ|પૃષ્ઠ|પાનું) (?:દૂર કરવામાં|ખસેડવામાં) આવ્યું",
    ),
    rights=(r"સર્વ (?:હક્ક|હક|અધિકાર) સુરક્ષિત|સર્વાધિકાર સુરક્ષિત",),
    site_pages=(r"ગોપનીયતા નીતિ|ઉપયોગની શરતો|અમારા વિશે|સંપર્ક કરો",),
    source_labels=("સ્રોત",),
)
