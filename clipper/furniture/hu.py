"""Hungarian page furniture (see :mod:`clipper.furniture`).

Its consent phrases were a consent-only table (:mod:`clipper.furniture.consentonly`) until
fieldprobe35 found a Hungarian dump's "Kapcsolódó: <headline>" teaser, its "Kapcsolódó cikkek"
box, its "Megosztás" share label and its "Ugrás a tartalomhoz" skip link kept in the text."""

from clipper.furniture import GOOGLE_NEWS, Table, counted, credited, newsroom, share_bar

TABLE = Table(
    language="hu",
    byline_roles=(
        "tudósító",
        "riporter",
        "újságíró",
        r"\w*szerkesztő",
    ),
    byline_staff=(
        newsroom(r"szerkesztőség"),
        "tudósítónk",
        "munkatársunk",
    ),
    skip=(
        r"ugrás (?:a |az )?(?:tartalomhoz|fő ?tartalomhoz|navigációhoz|kereséshez|menühöz)",
        r"tovább a tartalomhoz",
    ),
    share=(
        counted(r"hozzászólás(?:ok)?|komment(?:ek)?|megosztás"),
        r"megosztás(?: (?:facebookon|a facebookon|twitteren|x-en|e-?mailben))?"
        r"|(?:cikk )?megosztása|oszd meg|ossza meg",
        r"link másolása|link(?:et)? kimásoltuk|nyomtatás|küldés e-?mailben",
        # "Megosztás: Facebook Twitter" (newcomer 47a)
        share_bar(r"megosztás|oszd meg|ossza meg"),
    ),
    promo=(
        r"(?:iratkozzon|iratkozz) fel (?:a |az )?(?:\w+ )?hírlevel\w*",
        r"kövess(?:en)? minket (?:a |az )?(?:facebookon|instagramon|youtube-on|tiktokon|x-en)",
        # "Kövesse az Indexet a Google Hírekben", "Kövess minket a Google News-on"
        rf"kövess(?:e|en)? (?:minket|[\w .&-]{{1,40}}?) (?:a |az )?(?:google hírek\w*|{GOOGLE_NEWS}"
        r"(?:-on|-ben)?)",
    ),
    paywall=(
        r"(?:ez a )?(?:cikk|tartalom) (?:csak|kizárólag) előfizetők\w* számára.*",
        r"bejelentkezés|belépés|regisztráció|kijelentkezés|előfizetés|fiókom",
    ),
    ads=(r"hirdetés|reklám",),
    credits=(credited(r"fotó|kép|forrás"),),
    reading_time=(r"olvasási idő",),
    related=(
        r"kapcsolódó(?: (?:cikk(?:ek|ünk)?|hírek|tartalmak))?|ezt is ajánljuk"
        r"|(?:ez is )?érdekelheti|olvassa el ezt is|olvasd el ezt is|ajánlott cikkek",
        r"(?:további|legfrissebb|legolvasottabb) (?:cikkek|hírek)|még több (?:a témában|hír)",
    ),
    consent_terms=(r"\bsüti\w*", r"\bcookie\w*"),
    consent_weak=(r"\bszemélyes adat\w*", r"\bhozzájárul\w*", r"\badatvédelm\w*"),
    consent_context=(
        r"\b(?:mi|ön|önnek|önt|az ön|weboldalunk\w*|oldalunk\w*|partnereink\w*"
        r"|partnerünk)\b",
        r"\b(?:elfogad\w*|elutasít\w*|beállítás\w*|partner\w*|kattint\w*)\b",
    ),
    consent_buttons=(
        r"(?:elfogadom|mindet elfogadom|elutasítom|beállítások)(?: és tovább(?:lépek)?)?",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"értem|rendben|bezárás|(?:további|több) információ",
    ),
    consent_pay=(r"\breklámmentes\w*", r"\bhirdetések nélkül\b"),
    dateline=(r"\bközzétéve\b|\bmegjelent\b",),
    updated=(r"frissítve|frissítés",),
    errors=(
        r"\b(?:az )?oldal nem található\b|\bhozzáférés megtagadva\b"
        r"|\bengedélyezze a javascriptet\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\ba keresett oldal\b|\b(?:törölve lett|törölték|áthelyezték|áthelyezésre került"
        r"|nem létezik)\b",
    ),
    rights=(r"minden jog fenntartva",),
    notices=(
        # an agency's or paper's legal notice ("A cikkek átvétele csak a kiadó írásos
        # engedélyével lehetséges", "… engedély nélküli felhasználása tilos")
        r"^\W{0,3}(?:a )?(?:cikkek|tartalmak|hírek|anyagok|szövegek)\w* (?:bármilyen |részleges "
        r"|teljes )?(?:átvétele|másolása|többszörözése|felhasználása)\b[^.]{0,120}\b(?:(?:írásos "
        r"|előzetes )*engedély(?:ével|e nélkül| nélkül)|tilos)\b",
    ),
    site_pages=(
        r"adatvédelmi (?:tájékoztató|nyilatkozat|irányelvek)|süti(?:kezelési)? tájékoztató"
        r"|felhasználási feltételek|impresszum|rólunk|kapcsolat",
    ),
    source_labels=("Forrás",),
    truncated=(
        # a wall's label alone ("Csak előfizetőknek"): it stayed as the text's last line,
        # the page not partial (newcomer 43)
        r"(?:csak|kizárólag) előfizetők(?:nek| számára)",
        # a wall's statement: the text is for subscribers only (session 37, after newcomer 37
        # finding 3)
        r"(?:ez a|a) (?:cikk|tartalom|írás) (?:csak|kizárólag) (?:\w+ )?előfizető\w* (?:érhető el"
        r"|olvasható|szól)\b.*",
    ),
    wall_calls=(
        r"(?:fizessen elő|fizess elő|jelentkezzen be|lépjen be|regisztráljon)(?![\w-])",
    ),
    tag_labels=(r"c(?:í|i)mk(?:é|e)k",),
)
