"""Croatian, Bosnian and Serbian (Latin letters) page furniture: a line table
(:data:`clipper.furniture.LINE_TABLES`, see :mod:`clipper.furniture`).  The three write
their sites' furniture in each other's words ("Pročitajte još", "Podijeli" and "Podeli",
"kolačići"); Serbian in Cyrillic is :mod:`clipper.furniture.sr`'s."""

from clipper.furniture import NETWORKS, Table, counted, credited, share_bar

TABLE = Table(
    language="hr",
    share=(
        # "Podeli: Facebook Twitter Viber", "Podijeli", "Podjeli članak"
        share_bar(r"podijeli|podeli|podjeli|podijelite|podelite|podjelite"),
        r"(?:podijeli|podeli|podjeli)(?:te)?(?: (?:članak|vijest|vest|na (?:facebooku|twitteru"
        r"|x-u|viberu|whatsappu)))?",
        # the comment section's prompt and count ("Ostavite komentar", "Komentari (12)")
        counted(r"komentar[ai]?|komentara"),
        r"(?:ostavite|ostavi|dodaj|dodajte|napišite|napiši|pošalji|pošaljite) komentar"
        r"|komentiraj|komentariši|prikaži komentare|pogledaj komentare",
    ),
    promo=(
        # "Pratite nas na Facebooku", "Pratite nas i putem iOS i android aplikacije",
        # "Pratite Index na Google Newsu"
        rf"pratite (?:nas|[\w .&-]{{1,40}}?) (?:i )?(?:na|putem|preko|u) (?:{NETWORKS}\w{{0,3}}"
        r"|društvenim mrežama|(?:našoj |našim )?(?:(?:ios|android)(?: i (?:ios|android))? )?"
        r"aplikacij\w*)(?: (?:za|i|kako biste|da biste|da) [^.!?]{1,60})?",
        r"(?:prijavite se|pretplatite se|preplatite se) (?:na|za) (?:naš |naše )?(?:newsletter"
        r"|bilten)\w*",
        r"(?:preuzmite|skinite) (?:našu )?(?:mobilnu )?aplikaciju(?: [\w .&-]{1,40}?)?",
    ),
    related=(
        r"pro[čc]itajte (?:još|i|također|takođe|takodjer|više)|pro[čc]itaj (?:još|i|više)"
        r"|pogledajte (?:još|i|također|takođe)",
        r"(?:povezane|vezane|srodne|najnovije) (?:vijesti|vesti|teme)|(?:povezani|vezani|srodni)"
        r" članci|povezano|izdvajamo|preporučujemo|možda vas zanima|najčitanije"
        r"|još (?:vijesti|vesti)(?: iz rubrike)?",
    ),
    notices=(
        # an agency's or paper's legal notice under every text ("Zabranjeno je preuzimanje
        # sadržaja bez pisane dozvole", "Nije dozvoljeno prenošenje … bez saglasnosti redakcije")
        # (opening its line, its object the site's content: "Zabranjeno je korištenje mobitela
        # bez dozvole" is an article's sentence)
        r"^\W{0,3}(?:zabranjeno|nije dozvoljeno|nije dopušteno) (?:je )?(?:svako )?(?:preuzimanje"
        r"|prenošenje|kopiranje|objavljivanje|korištenje|korišćenje|umnožavanje) (?:\w+ ){0,2}?"
        r"(?:sadržaj\w*|tekst\w*|član\w*|materijal\w*|vijesti|vesti|fotografij\w*)\b[^.]{0,100}"
        r"\bbez (?:pisane |pismene |prethodne |izričite )*(?:dozvole|dopuštenja|saglasnosti"
        r"|suglasnosti|odobrenja)\b",
    ),
    rights=(r"sva prava (?:su )?(?:zadržana|pridržana|zaštićena)",),
    updated=(r"a[žz]urirano|a[žz]urirana|izmijenjeno|izmenjeno",),
    credits=(credited(r"foto|fotografija|izvor fotografije|izvor foto"),),
    tag_labels=(r"tagovi|oznake|ključne (?:riječi|reči)",),
    # Bosnian and Serbian "lični podaci", "saglasnost"
    consent_terms=(r"\bkolačić\w*", r"\bcookie\w*"),
    consent_weak=(
        r"\b(?:osobn|lič)\w* podat\w*",
        r"\bprivol\w*|\b[sz]aglasnost\w*",
        r"\bprivatnost\w*",
    ),
    consent_context=(
        r"\b(?:mi|naš\w*|koristimo|koristi|ova stranica|ovaj sajt|ova web stranica|vi|vaš\w*"
        r"|vam|možete)\b",
        r"\b(?:prihvaćam|prihvatam|prihvati\w*|odbij\w*|postavk\w*|podešavanj\w*|partner\w*"
        r"|klikom|nastavkom)\b",
    ),
    consent_buttons=(
        r"(?:prihvaćam|prihvatam|prihvati sve|prihvati|odbij|postavke)(?: i nastavljam"
        r"| i nastavi)?|u redu|razumijem|razumem",
    ),
    consent_pay=(r"\bbez (?:oglasa|reklama)\b",),
)
