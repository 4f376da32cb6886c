"""Catalan page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, addressed, counted, credited, newsroom, offer

TABLE = Table(
    language="ca",
    byline_roles=(
        "corresponsal",
        "periodista",
        "redactor(?:a)?",
        "enviad[ae] especial",
    ),
    byline_staff=(
        newsroom(r"redacci[oó]", r"la "),
        "(?:el nostre |la nostra )?(?:corresponsal|enviat especial)",
    ),
    skip=(r"(?:salta|vés|anar|ves) (?:al|a la) (?:contingut(?: principal)?|navegació|menú)",),
    share=(
        addressed(r"font|url|enllaç|adreça"),
        counted(r"comentaris?"),
        r"comparteix(?: (?:aquest article|la notícia|a (?:facebook|twitter|x|whatsapp)))?"
        r"|compartir",
        r"copia (?:l['’])?enllaç|enllaç copiat|envia per (?:correu|e-?mail)|imprimeix",
    ),
    promo=(
        # "Segueix-nos a X", "Segueix El Diari a Instagram i rep les notícies a WhatsApp"
        rf"(?:segueix-nos|segueix [\w .&'’-]{{1,40}}?) (?:a|en) {NETWORKS}(?:,? i (?:rep"
        rf"|estigues)[\w ,'’-]{{1,60}})?",
        r"(?:subscriu-te|apunta['’]t|inscriu-te) (?:al|a la) (?:nostr[ae] )?(?:butlletí"
        r"|newsletter)",
        # the bulletin, the e-mail or the app offered under the text ("Subscriu-te al butlletí
        # diari.", "Rep les notícies al teu correu", "Descarrega't l'app": newcomer 39b, F2)
        r"(?:subscriu-te|apunta['’]t|inscriu-te) (?:al|a la) (?:nostr[ae] )?(?:butlletí"
        r"|newsletter)(?: [\w·-]+){1,3}",
        r"(?:rep|rebeu|rebi)(?: gratuïtament| cada (?:dia|matí))? (?:les |el |la |els )?"
        r"(?:nostres? )?(?:notícies|butlletí|newsletter|novetats)(?: [\w·-]+){0,3}? (?:al (?:teu"
        r"|vostre|seu) (?:correu(?: electrònic)?|mòbil|e-?mail)|per (?:correu(?: electrònic)?"
        r"|e-?mail|whatsapp))",
        r"(?:descarrega['’]t|descarrega-te|descarrega|baixa['’]t|baixa-te|instal·la) (?:l['’]|la )?"
        r"(?:nostra )?(?:app|aplicació)(?: (?:de |del |d['’])?[\w .&'’-]{1,40}?)?",
    ),
    paywall=(
        offer(r"subscriu-te|fes-te (?:subscriptor|subscriptora|soci|sòcia)", r"ara|ja"),
        r"ja (?:ets|en sou) (?:subscriptor|subscriptora|soci|sòcia)\s*\??.*",
        r"(?:inicia|tanca) (?:la )?sessió|el meu compte|registra['’]t|subscriu-te",
    ),
    truncated=(
        r"(?:aquest|aquesta) (?:article|contingut|notícia) (?:és|està) (?:exclusiu|exclusiva"
        r"|només|reservat|reservada) (?:per a|als) (?:subscriptors|socis|abonats).*",
        r"(?:subscriu-te|fes-te soci|registra['’]t) per (?:continuar|seguir) llegint.*",
    ),
    ads=(
        r"publicitat|anunci|contingut patrocinat",
        r"(?:la notícia |l['’]article )?(?:continua|segueix)(?: llegint)? (?:després de|sota)"
        r" (?:la|aquesta) publicitat",
    ),
    credits=(credited(r"fotos?|fotografia|imatge|il·lustració"),),
    labels=(r"article",),
    reading_time=(r"temps de lectura",),
    related=(
        # the imperative of "tu" and of "vosaltres" ("Llegiu també:", "Vegeu també")
        r"(?:llegeix|llegiu|vegeu|mireu) (?:també|més)|(?:també )?(?:et|us) pot interessar",
        r"(?:notícies|articles) relacionad[ae]s|relacionad[ae]s|més notícies|més sobre .{1,40}",
        r"(?:el )?més (?:llegit|vist)|últimes notícies",
    ),
    consent_terms=(r"\bcookies?\b", r"\bgaletes?\b"),
    consent_weak=(r"\bprivacitat\b", r"\bdades personals\b", r"\bconsentiment\b"),
    consent_context=(
        r"\b(?:nostr[ae]s?|utilitzem|fem servir|aquest (?:lloc|web)|teus?|teves?|vostr[ae]s?)\b",
        r"\b(?:acceptar|accepta|rebutjar|rebutja|configurar|configura|gestionar|socis)\b",
    ),
    consent_buttons=(
        r"(?:accepta|acceptar|rebutja|rebutjar)(?:-les)?(?: (?:tot|totes|totes les galetes))?",
        r"configura(?:r)?(?: (?:les )?galetes)?|configuració|més (?:informació|opcions)",
        r"d['’]acord|entesos|tanca|desa (?:la configuració|les preferències)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"ho entenc|d['’]acord,? gràcies",
    ),
    consent_pay=(
        r"\bsense (?:publicitat|anuncis)\b",
    ),
    author_box=(r"sobre (?:l['’]autor|l['’]autora)",),
    dateline=(r"\bpublicat\b",),
    updated=(r"actualitzat(?: el| a les)?|última actualització",),
    more_links=(r"[.!?…][\"”’»)]?\s+(?:llegeix més|continua llegint)",),
    errors=(
        r"\bpàgina no (?:trobada|existeix|disponible)\b|\bno s['’]ha (?:pogut )?trobat\b",
        r"\baccés denegat\b|\berror\b|\bactiva(?:r)? (?:el )?javascript\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bla pàgina que (?:busques|cerques|busqueu|cerqueu|has sol·licitat)\b"
        r"|\b(?:ha|pot haver) estat (?:eliminad|esborrad|traslladad|retirad)[ae]\b",
    ),
    error_help=(
        r"\b(?:torna|tornar|ves) a la (?:portada|pàgina (?:d['’])?inici)\b"
        r"|\b(?:utilitza|fes servir) el cercador\b",
    ),
    notices=(
        # a newsletter's unsubscribe line under its article (an .eml's footer)
        r"\bper (?:donar-te|donar-vos|donar-se) de baixa\b|\bcancel·lar la (?:subscripció"
        r"|inscripció)\b|^donar-se de baixa\b",
        # a rating prompt under the text ("T'ha estat útil aquest article?")
        r"^(?:[-–•] )?¿?(?:t['’]|us |li )ha (?:estat|resultat) útil (?:aquest|aquesta) (?:article"
        r"|notícia|contingut)\s*\?",
    ),
    rights=(r"tots els drets reservats",),
    site_pages=(
        r"avís legal|pol[ií]tica de (?:privacitat|galetes|cookies)|privacitat",
        r"condicions (?:d['’]ús|generals)|termes (?:i condicions|d['’]ús)",
        r"qui som|sobre nosaltres|contacte|contacta(?:['’]ns)?|publicitat",
    ),
    source_labels=("Font",),
    wall_calls=(
        r"(?:subscriu-te|subscriviu-vos|fes-te (?:soci|subscriptor)|registra['’]t|inicia (?:la"
        r" )?sessió|ja ets (?:subscriptor|soci))(?![\w-])",
    ),
    tag_labels=(
        r"etiquetes",
        r"paraules clau",
    ),
)
