"""Romanian page furniture (see :mod:`clipper.furniture`).  Written with the comma-below
letters (ș, ț) and, on older sites, the cedilla ones (ş, ţ): phrases take both, ``[șş]``."""

from clipper.furniture import (
    NETWORKS,
    Table,
    addressed,
    counted,
    credited,
    newsroom,
    offer,
    share_bar,
)

TABLE = Table(
    language="ro",
    byline_roles=(
        "corespondent(?:ă)?",
        "reporter(?:ă)?",
        "jurnalist(?:ă)?",
        "redactor(?:-șef)?",
    ),
    byline_staff=(
        newsroom(r"redac[țţ]ia"),
        "corespondent(?:ă)?",
    ),
    skip=(r"(?:sari|treci|mergi) (?:la|direct la) (?:con[țţ]inut(?:ul)?(?: principal)?|meniu"
          r"|naviga[țţ]ie)",),
    share=(
        addressed(r"sursa|sursă|url|link|adresa"),
        counted(r"comentarii|comentariu"),
        r"distribuie(?: (?:articolul|pe (?:facebook|twitter|x|whatsapp)))?|partajeaz[ăa]",
        # "Distribuie: Facebook Twitter" (newcomer 47a)
        share_bar(r"distribuie|distribui[țţ]i|partajeaz[ăa]"),
        r"copiaz[ăa] (?:link-ul|linkul)|link copiat|trimite pe e-?mail|printeaz[ăa]",
    ),
    promo=(
        # "Urmărește-ne pe X", "Urmărește Ziarul pe Instagram și primește știrile pe WhatsApp"
        rf"(?:urm[ăa]re[șş]te-ne|urm[ăa]re[șş]te [\w .&'’-]{{1,40}}?) pe {NETWORKS}(?:,?"
        rf" [șş]i (?:prime[șş]te|afl[ăa])[\w ,'’-]{{1,60}})?",
        r"(?:abonea|înscrie)(?:z[ăa]-te|-te) la (?:newsletter(?:ul)?|buletinul)(?: nostru)?",
        # the plural's "Urmăriţi-ne pe Google News" (newcomer 47a), cedilla or comma
        rf"urm[ăa]ri[țţ]i-ne (?:și |şi )?(?:pe|[îi]n) {NETWORKS}",
    ),
    paywall=(
        offer(r"abonea(?:z[ăa]-te|ză-te)|devino abonat", r"acum|azi"),
        r"(?:e[șş]ti|sunte[țţ]i) deja abonat\s*\??.*|ai deja cont\s*\??.*",
        r"autentificare|conectare|contul meu|deconectare|înregistrare",
    ),
    truncated=(
        # a wall's label alone ("Doar pentru abonați"): it stayed as the text's last line,
        # the page not partial (newcomer 43)
        r"(?:doar|numai|exclusiv) pentru abona[țţ]i",
        r"(?:acest|această) (?:articol|con[țţ]inut) (?:este )?(?:disponibil )?(?:doar|exclusiv)"
        r" pentru abona[țţ]i.*",
        r"abonea(?:z[ăa]-te|ză-te) pentru a continua (?:s[ăa] cite[șş]ti|lectura).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:acest|această) (?:articol|con[țţ]inut) (?:este )?rezervat abona[țţ]ilor.*",
    ),
    ads=(
        r"publicitate|reclam[ăa]|con[țţ]inut sponsorizat|articol sponsorizat",
        r"(?:articolul )?continu[ăa] (?:dup[ăa]|sub) reclam[ăa]",
    ),
    credits=(credited(r"foto|fotografie|sursa foto|imagine"),),
    labels=(r"articol",),
    reading_time=(r"timp (?:de|estimat de) citire|timp de lectur[ăa]",),
    related=(
        r"cite[șş]te [șş]i|cite[șş]te mai mult|v-ar putea interesa|s-ar putea s[ăa] te intereseze",
        r"articole (?:similare|recomandate|legate)|[șş]tiri (?:similare|legate)|mai multe [șş]tiri",
        r"cele mai (?:citite|noi)|ultimele [șş]tiri|mai multe despre .{1,40}",
    ),
    consent_terms=(r"\bcookie(?:-uri|urile|uri)?\b", r"\bmodule cookie\b"),
    consent_weak=(
        r"\bconfiden[țţ]ialitat\w*", r"\bdate(?:le)? personale\b", r"\bconsim[țţ][ăa]m[âa]nt\w*",
    ),
    consent_context=(
        r"\b(?:folosim|utiliz[ăa]m|acest site|site-ul nostru|no[șş]tri|noastre|tale|t[ăa]u|dvs"
        r"|puteți|poți|vă)\b",
        r"\b(?:accept\w*|refuz\w*|configur\w*|gestiona\w*|parteneri\w*|set[ăa]ri)\b",
    ),
    consent_buttons=(
        r"(?:accept|accept[ăa]|refuz|respinge)(?: (?:tot|toate|toate cookie-urile))?|sunt de acord",
        r"(?:set[ăa]ri|preferin[țţ]e|configurare)(?: cookie(?:-uri)?)?|mai multe (?:informa[țţ]ii"
        r"|op[țţ]iuni)|închide|salveaz[ăa] (?:set[ăa]rile|preferin[țţ]ele)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"am înțeles|am inteles|am ințeles|ok|de acord",
    ),
    consent_pay=(
        r"\bfără (?:reclame|publicitate)\b",
    ),
    author_box=(r"despre (?:autor|autoare)",),
    dateline=(r"\bpublicat\b",),
    updated=(r"actualizat(?: la| pe| în)?|ultima actualizare",),
    more_links=(r"[.!?…][\"”’»)]?\s+(?:cite[șş]te mai mult|cite[șş]te tot articolul)",),
    errors=(
        r"\bpagina nu (?:a fost g[ăa]sit[ăa]|exist[ăa])\b|\bpagin[ăa] neg[ăa]sit[ăa]\b",
        r"\bacces interzis\b|\beroare\b|\bactiva[țţ]i javascript\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bpagina pe care o (?:c[ăa]uta[țţ]i|cau[țţ]i|a[țţ]i solicitat)\b"
        r"|\b(?:a fost|ar fi putut fi) (?:[șş]tears[ăa]|mutat[ăa]|eliminat[ăa])\b",
    ),
    error_help=(
        r"\b(?:reveni[țţ]i|revino|merge[țţ]i|mergi) (?:pe|la) (?:prima pagin[ăa]"
        r"|pagina principal[ăa])\b"
        r"|\b(?:folosi[țţ]i|folose[șş]te) (?:motorul de )?c[ăa]utare(?:a)?\b",
    ),
    notices=(
        # a newsletter's unsubscribe line under its article (an .eml's footer)
        r"\bpentru (?:a te|a v[ăa]) dezabona\b|\bdezaboneaz[ăa]-te\b|\bdezabona[țţ]i-v[ăa]\b"
        r"|^dezabonare\b",
        # an agency's legal notice ("Reproducerea integrală sau parțială a știrilor fără acordul
        # scris al AGERPRES este interzisă")
        r"^\W{0,3}(?:reproducerea|preluarea|copierea|republicarea) (?:\w+ ){0,4}?(?:[șş]tirilor"
        r"|materialelor|con[țţ]inutului|articolelor|textelor|fotografiilor)\b[^.]{0,100}\bfără"
        r" (?:acordul|permisiunea|aprobarea|consim[țţ][ăa]m[âa]ntul)\b",
    ),
    rights=(r"toate drepturile (?:sunt )?rezervate",),
    site_pages=(
        r"politica de (?:confiden[țţ]ialitate|cookie(?:-uri)?)|confiden[țţ]ialitate",
        r"termeni [șş]i condi[țţ]ii|condi[țţ]ii de utilizare|despre noi|contact|publicitate",
    ),
    source_labels=("Sursa", "Sursă",),
    wall_calls=(
        r"(?:abonea(?:z[ăa]-te|z[ăa]-v[ăa])|autentific[ăa]-te|conectea(?:z[ăa]-te)|înregistrea"
        r"(?:z[ăa]-te)|e[șş]ti deja abonat)(?![\w-])",
    ),
    tag_labels=(
        r"etichete",
        r"cuvinte cheie",
    ),
)
