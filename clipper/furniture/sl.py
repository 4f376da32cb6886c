"""Slovenian page furniture: a line table (:data:`clipper.furniture.LINE_TABLES`, see
:mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, counted, credited, share_bar

TABLE = Table(
    language="sl",
    share=(
        share_bar(r"deli|delite|deli članek"),
        r"deli(?:te)?(?: članek| na (?:facebooku|twitterju|x))?",
        counted(r"komentarji|komentar(?:jev|ja)?"),
        r"(?:dodaj|oddaj|napiši) komentar|komentiraj|prikaži komentarje",
    ),
    promo=(
        rf"sledite (?:nam|[\w .&-]{{1,40}}?) (?:tudi )?(?:na|v) {NETWORKS}\w{{0,3}}"
        r"(?: (?:za|in|da) [^.!?]{1,60})?",
        r"(?:prijavite se|naročite se) na (?:naše |naš )?(?:e-novice|novičnik|newsletter)\w*",
    ),
    related=(
        r"preberite (?:še|tudi|več)|preberi (?:še|tudi)|poglejte (?:še|tudi)",
        r"(?:sorodne|povezane|zadnje) (?:novice|vsebine)|sorodni članki|najbolj brano"
        r"|priporočamo|več novic|morda vas zanima",
    ),
    notices=(
        # "Kopiranje ali povzemanje vsebin brez pisnega dovoljenja je prepovedano"
        # (opening its line, its object the site's content: "Uporaba dronov brez dovoljenja
        # je prepovedana" is an article's sentence)
        r"^\W{0,3}(?:kopiranje|razmnoževanje|povzemanje|objavljanje|uporaba) (?:\w+ ){0,2}?"
        r"(?:vsebin\w*|člank\w*|besedil\w*|gradiv\w*|fotografij\w*)\b[^.]{0,100}\bbrez "
        r"(?:pisnega |predhodnega |izrecnega )*(?:dovoljenja|soglasja)\b",
    ),
    rights=(r"vse pravice (?:so )?pridržane",),
    updated=(r"posodobljeno|posodobljena|zadnja posodobitev",),
    credits=(credited(r"foto|fotografija|vir fotografije"),),
    tag_labels=(r"oznake|ključne besede",),
    consent_terms=(r"\bpiškot\w*", r"\bcookie\w*"),
    consent_weak=(r"\bosebn\w* podat\w*", r"\bsoglas\w*", r"\bzasebnost\w*"),
    consent_context=(
        r"\b(?:mi|naš\w*|uporabljamo|ta stran|vi|vaš\w*|vam)\b",
        r"\b(?:sprejmi\w*|sprejemam|zavrni\w*|nastavitve|partner\w*|s klikom)\b",
    ),
    consent_buttons=(r"(?:sprejmi vse|sprejmi|sprejemam|zavrni|nastavitve)(?: in nadaljuj)?",),
    consent_pay=(r"\bbrez (?:oglasov|reklam)\b",),
)
