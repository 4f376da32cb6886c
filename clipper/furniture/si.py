"""Sinhala page furniture (see :mod:`clipper.furniture`).

Phrases of Sri Lanka's Sinhala news sites (Lankadeepa, Divaina, Ada Derana's and the
broadcasters' Sinhala pages) as they print them: "මෙයත් කියවන්න" (read this too), "ආශ්‍රිත
පුවත්" (related news), "බෙදාගන්න" (share), cookie notices ("කුකී"), "සියලු හිමිකම් ඇවිරිණි"
(all rights reserved).  Sinhala's touching letters ("ප්‍ර", "ශ්‍ර") are written with a zero-width
joiner after the virama, or without: matched both ways (``_ZWJ``).  Left out where no one form
is settled: paywall wording (Sinhala sites do not meter).
"""

from clipper.furniture import Table, credited

_ZWJ = "\u200d?"
_NETWORKS = r"(?:ෆේස්බුක්|facebook|twitter|x|whatsapp|youtube)"

TABLE = Table(
    language="si",
    byline_roles=("වාර්තාකරු", "මාධ්‍යවේදී".replace("\u200d", _ZWJ)),
    # our reporter, our correspondent: no person
    byline_staff=("අපේ වාර්තාකරු", "අපේ (?:ප්‍රාදේශීය )?විශේෂ වාර්තාකරු".replace("\u200d", _ZWJ)),
    skip=(f"ප්{_ZWJ}රධාන අන්තර්ගතයට (?:යන්න|පනින්න)",),
    share=(
        rf"(?:{_NETWORKS} (?:හි|හරහා) )?(?:බෙදාගන්න|බෙදා ගන්න|බෙදාහරින්න|ෂෙයාර් කරන්න)",
        r"සබැඳිය පිටපත් කරන්න",
    ),
    paywall=(r"ඇතුල් වන්න|ඇතුළු වන්න|පිටවන්න|ලියාපදිංචි වන්න",),
    ads=(r"දැන්වීම|දැන්වීම්",),
    credits=(credited(r"ඡායාරූපය|ඡායාරූප|රූපය"),),
    related=(
        r"මෙයත් කියවන්න|මේවාත් කියවන්න|තවත් කියවන්න|වැඩි(?:පුර)?ම කියවූ",
        f"(?:ආශ්{_ZWJ}රිත|සම්බන්ධිත|නවතම|තවත්) (?:පුවත්|ප්{_ZWJ}රවෘත්ති|ලිපි)",
    ),
    consent_terms=(r"කුකී", r"\bcookies?\b"),
    consent_weak=(r"පෞද්ගලිකත්වය|පෞද්ගලිකත්ව", r"කැමැත්ත"),
    consent_context=(
        r"අපි|අපගේ වෙබ් අඩවිය|මෙම වෙබ් අඩවිය|ඔබේ|ඔබගේ",
        f"පිළිගන්න|ප්{_ZWJ}රතික්ෂේප|සැකසුම්|ක්ලික්",
    ),
    consent_buttons=(
        f"(?:සියල්ල )?පිළිගන්න|ප්{_ZWJ}රතික්ෂේප කරන්න|(?:කුකී )?සැකසුම්",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"තේරුණා|හරි|එකඟයි",
    ),
    dateline=(f"ප්{_ZWJ}රකාශිත|පළ කළේ|පළ කළ දිනය",),
    updated=(r"යාවත්කාලීන කළේ|යාවත්කාලීන කරන ලදී|යාවත්කාලීන",),
    errors=(
        r"පිටුව (?:සොයාගත නොහැක|හමු නොවීය|නොමැත)|දෝෂයකි",
        # a soft 404's body sentence: the page sought, removed or moved
        r"ඔබ සොයන පිටුව|ඉවත් කර(?: ඇති)? විය හැක",
    ),
    rights=(r"සියලු(?:ම)? හිමිකම් ඇවිරිණි",),
    site_pages=(f"රහස්{_ZWJ}යතා ප්{_ZWJ}රතිපත්තිය|අප ගැන|අප අමතන්න|අප හා සම්බන්ධ වන්න",),
    source_labels=("මූලාශ්\u200dරය",),
)
