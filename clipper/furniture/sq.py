"""Albanian page furniture: a line table (:data:`clipper.furniture.LINE_TABLES`, see
:mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, counted, credited, share_bar

TABLE = Table(
    language="sq",
    share=(
        share_bar(r"shpërndaje|shpërndaj|shpërndani|shpërndajeni"),
        r"shpërndaje(?: artikullin| lajmin)?",
        counted(r"komente|koment"),
        r"komento|(?:lini|shkruani|shkruaj) (?:një )?koment",
    ),
    promo=(
        # "Na ndiqni në Facebook", "Ndiqni Top Channel në Instagram"
        rf"(?:na )?ndiqni (?:edhe )?(?:[\w .&-]{{1,40}}? )?(?:në|ne) {NETWORKS}"
        r"(?: (?:për|dhe) [^.!?]{1,60})?",
        r"(?:regjistrohu|abonohu|regjistrohuni|abonohuni) (?:në|ne|për) (?:buletinin|newsletter)"
        r"(?: tonë)?",
    ),
    related=(
        r"lexo (?:edhe|më shumë|gjithashtu|dhe)|lexoni (?:edhe|më shumë)|shiko (?:edhe|më shumë)",
        r"(?:lajme|artikuj) (?:të ngjashme|të ngjashëm|të lidhura|të fundit)|të ngjashme"
        r"|më të lexuarat|mund t['’]ju interesojë",
    ),
    notices=(
        # "Ndalohet riprodhimi i materialeve pa lejen me shkrim të redaksisë"
        r"^\W{0,3}ndalohet (?:rreptësisht )?(?:riprodhimi|kopjimi|marrja|publikimi|përdorimi)"
        r" (?:\w+ ){0,2}?(?:materialeve|materialit|përmbajtjes|artikujve|lajmeve|fotove|teksteve)"
        r"\b[^.]{0,100}\bpa (?:lejen|leje|autorizimin|miratimin)\b",
    ),
    rights=(r"të gjitha të drejtat (?:janë )?të rezervuara",),
    updated=(r"përditësuar|përditësimi i fundit|azhurnuar",),
    credits=(credited(r"foto|fotografia|burimi i fotos"),),
    tag_labels=(r"etiketa|fjalë kyçe",),
    # "Kjo faqe përdor cookies. Pranoj"
    consent_terms=(r"\bcookies?\b", r"\bbiskota\b"),
    consent_weak=(r"\btë dhënat personale\b", r"\bprivatësi\w*", r"\bpëlqim\w*"),
    consent_context=(
        r"\b(?:ne|ju|juaj|tuaj|kjo faqe|kjo uebfaqe|përdorim|përdor)\b",
        r"\b(?:pranoj|prano\w*|refuzo\w*|cilësime\w*|partner\w*|duke klikuar|duke vazhduar)\b",
    ),
    consent_buttons=(r"pranoj|prano(?: të gjitha)?|refuzo|cilësimet|në rregull|dakord|kuptova",),
    consent_pay=(r"\bpa reklama\b",),
)
