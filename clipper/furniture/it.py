"""Italian page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import (
    NETWORKS,
    Table,
    addressed,
    counted,
    credited,
    newsroom,
    offer,
    paged,
    wall_buttons,
)

TABLE = Table(
    language="it",
    title_labels=(
        # "ULTIM'ORA: …", "URGENTE: …", "DIRETTA | …", "AGGIORNAMENTO: …"
        r"ultim['’]ora|ultima ora|urgente|(?:in )?diretta|aggiornamento|aggiornato|breaking",
    ),
    bylines=(
        "di",
        "autore",
        r"testo\s*:",
    ),
    byline_roles=(
        "corrispondente",
        "inviat[oa](?: speciale)?",
        "giornalista",
        "redat(?:tore|trice)",
        "cronista",
    ),
    byline_staff=(
        newsroom(r"redazione", r"(?:la|dalla) "),
        "(?:(?:dal |dalla )?nostr[oa] )?(?:corrispondente|inviat[oa](?: speciale)?)",
    ),
    skip=(r"(?:vai|salta|passa) (?:al|ai|alla) (?:contenuto|contenuti|navigazione|menu)"
          r"(?: principale)?",),
    share=(
        addressed(r"fonte|url|link|indirizzo"),
        counted(r"commenti|commento"),
        r"condividi(?: (?:l['’]articolo|questo articolo|su (?:facebook|twitter|x|whatsapp"
        r"|linkedin)))?",
        r"invia per e-?mail|stampa|copia (?:il )?link|link copiato",
    ),
    promo=(
        # "Seguici su X", "Segui Il Corriere su Instagram e ricevi le notizie su WhatsApp"
        rf"(?:seguici|segui [\w .&'’-]{{1,40}}?) su {NETWORKS}(?:,? e (?:ricevi|resta)"
        rf"[\w ,'’-]{{1,60}})?",
        r"iscriviti alla (?:nostra )?newsletter",
        # the newsletter, the news by e-mail or the app offered under the text ("Ricevi la
        # nostra newsletter", "Scarica l'app della Gazzetta": newcomer 39b, finding 2)
        r"(?:ricevi|ricevere)(?: gratis| gratuitamente| ogni (?:giorno|mattina))? (?:la nostra |la "
        r"|le )?newsletter(?: [\w'’-]+){0,4}",
        r"(?:ricevi|ricevere)(?: gratis| gratuitamente| ogni (?:giorno|mattina))? (?:le nostre |le "
        r"|tutte le )?(?:notizie|ultime notizie|news)(?: [\w'’-]+){0,3}? (?:(?:sulla|nella|via"
        r"|per|su) (?:tua |la )?(?:e-?mail|posta(?: elettronica)?|casella|whatsapp|telegram))",
        r"iscriviti (?:gratis |gratuitamente )?alla (?:nostra )?newsletter(?: [\w'’-]+){1,3}",
        r"scarica (?:gratis )?(?:la nostra |l['’])(?:app|applicazione)(?: (?:di |del |della "
        r"|de )?[\w .&'’-]{1,40}?)?",
    ),
    paywall=(
        offer(r"abbonati|abbonarsi", r"ora|subito|adesso"),
        r"(?:questo )?(?:articolo|contenuto) (?:è )?riservato (?:agli|ai) (?:abbonati|iscritti"
        r"|utenti registrati).*",
        r"sei già (?:abbonato|registrato|iscritto)\s*\??.*",
        r"(?:abbonati|accedi|registrati) per (?:continuare a leggere|leggere).*",
        r"per continuare a leggere.*",
        r"accedi|registrati|abbonati|esci|il mio account|area riservata"
        r"|iscriviti(?: gratis| gratuitamente| ora)?",
        # a registration wall's buttons ("Accedi | Registrati", "Registrati gratis": newcomer 31)
        r"registrati (?:gratis|gratuitamente)|crea (?:un |il tuo )?account(?: gratuito)?",
        wall_buttons(
            r"crea (?:un |il tuo )?account(?: gratuito)?|accedi|registrati|entra|login",
            r"abbonati|il mio account",
        ),
    ),
    truncated=(
        # the page stops here for a reader who does not subscribe ("Questo articolo è riservato
        # agli abbonati", "Abbonati per continuare a leggere"): the mark of a reading cut short
        r"(?:questo )?(?:articolo|contenuto) (?:è )?riservato (?:agli|ai) (?:abbonati|iscritti"
        r"|utenti registrati).*",
        r"(?:abbonati|accedi|registrati|crea (?:un |il tuo )?account(?: gratuito)?)(?: gratis"
        r"| gratuitamente| ora)? per (?:continuare a leggere|leggere|continuare).*",
        # a wall's label ("Riservato agli abbonati") and its statement worded after the reading
        # ("Per continuare a leggere, abbonati"): kept or cut without the page marked partial
        # (newcomer 41)
        r"(?:riservato|riservata|esclusiva|esclusivo|solo) (?:agli|ai|per gli|per) abbonati",
        r"per continuare a leggere,? (?:abbonati|accedi|registrati|crea (?:un |il tuo )?account)"
        r"\b.*",
        r"(?:ti resta|ti rimane|rimane) (?:da leggere )?(?:il )?\d+(?:[.,]\d+)?\s?%"
        r" (?:dell['’]articolo|di questo articolo).*",
        r"(?:il resto|la parte restante|il seguito) (?:dell['’]articolo|di questo articolo) è"
        r" riservat[oa] (?:agli|ai) (?:abbonati|iscritti|utenti registrati).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:questo )?(?:articolo|contenuto) (?:è )?(?:riservato|disponibile|accessibile"
        r"|dedicato) (?:solo |soltanto |esclusivamente |unicamente )?(?:agli|ai|per gli|per i) "
        r"(?:abbonati|iscritti|utenti registrati)\b.*",
    ),
    ads=(
        r"pubblicità|contenuto sponsorizzato",
        # "continue reading after the advertisement", the line an ad slot leaves
        r"continua a leggere(?: dopo la pubblicità)?|l['’]articolo continua dopo la pubblicità",
    ),
    credits=(
        credited(r"foto|immagine|credit(?:s| foto)?|crediti(?: foto)?"),
        credited(r"foto di", r"\s+"),
    ),
    labels=(
        r"articolo",
    ),
    reading_time=(
        r"tempo di lettura",
        r"lettura(?=\s*:?\s*\d)",
        r"(?<=min )di lettura|(?<=minuti )di lettura",
    ),
    notices=(
        # a comment section's disclaimer ("I commenti sono sotto la responsabilità dei loro
        # autori", "… si riserva il diritto di rimuovere i commenti …")
        r"\bi commenti (?:sono|pubblicati sono) (?:sotto la |di )?(?:esclusiva |piena )?"
        r"responsabilità (?:esclusiva )?de(?:i|gli|l)\b|\bsi riserva il diritto di (?:rimuovere"
        r"|cancellare|moderare|non pubblicare)\b[^\n]{0,40}\bcommenti?\b",
        # a prompt to report an error ("Hai trovato un errore?", "Segnala un errore")
        r"^(?:[-–•] )?(?:hai|avete|ha) (?:trovato|notato|visto) un errore\b[^\n?]{0,30}\?"
        r"|^(?:[-–•] )?segnala(?:ci)? un errore$",
        # an embed's placeholder: the site asks before it loads a third party's content
        # ("Contenuto esterno", "Per visualizzare questo contenuto accetta i cookie")
        r"^contenut[oi] estern[oi]$|^per (?:visualizzare|vedere) (?:questo|il) contenuto\b"
        r"[^\n]{0,80}\b(?:accett|cookie|consenso|clicca)",
        # a newsletter's unsubscribe line under its article (an .eml's footer)
        r"\bper (?:annullare l['’]iscrizione|cancellarti|disiscriverti|non ricevere più)\b"
        r"|^(?:annulla l['’]iscrizione|disiscriviti)\b",
        # the site's own newsletter, as a whole prompt line
        r"^(?:[-–•] )?iscriviti (?:gratuitamente |gratis |subito )?alla (?:nostra )?"
        r"(?:[\w-]+ )?newsletter\b",
        r"\bil tuo browser (?:è|non)\b|\baggiorna il tuo browser\b",
        r"^sostieni (?:il nostro|il) giornalismo\b|\bcanale whatsapp\b"
        r"|\bseguici su (?:whatsapp|telegram|google (?:news|notizie))\b",
        # a prompt to follow a topic or an author (a site's feature, not the article's)
        r"^(?:[-–•] )?segui(?:re)? (?:questo|questa) (?:argomento|autore|autrice|tema|rubrica"
        r"|giornalista)\b",
        # a rating prompt under the text ("Questo articolo ti è stato utile?")
        r"^(?:[-–•] )?(?:questo articolo|questa notizia|questo contenuto) (?:ti|vi|le) "
        r"(?:è stat[oa]|è sembrat[oa]) utile\s*\?",
    ),
    related=(
        r"leggi anche|(?:ti )?potrebbe(?:ro)? interessarti(?: anche)?|(?:vedi|guarda) anche",
        r"(?:articoli|notizie) correlat[ie]|(?:i )?più lett[ie]|altre notizie|ultime notizie",
        r"dalla stessa sezione|(?:leggi|scopri) di più",
        r"approfondimenti|approfondisci|per saperne di più",
        r"altri articoli(?: sull['’]argomento| sul(?:lo stesso)? tema"
        r"| su questo (?:tema|argomento))?",
    ),
    consent_terms=(
        r"\bcookies?\b",
        # the IAB Transparency & Consent Framework's standard text, the same on every site
        # using it ("We and our partners store and/or access information on a device…",
        # "With your permission we and our partners may use … device scanning": newcomer 20)
        r"\bnoi e i nostri (?:\d+ )?(?:partner|fornitori)\b[^.]{0,160}\b(?:informazioni|dati)\b"
        r"[^.]{0,120}\bdispositiv[oi]\b",
    ),
    # the Framework's purpose as its consent tools name it in their purposes lists (newcomer
    # 32: a French list stayed as an article)
    consent_purposes=(
        r"\barchiviare e/o accedere a informazioni su un dispositivo\b",
    ),
    consent_weak=(
        r"\bprivacy\b", r"\bdati personali\b", r"\bconsenso\b",
        # a "pay or okay" wall ("accetta i cookie o abbonati senza pubblicità")
        r"\bsenza pubblicità\b", r"\bpubblicità personalizzata\b",
    ),
    consent_context=(
        r"\b(?:noi|nostr[oaie]|utilizziamo|usiamo|questo sito|tu|tuo|tuoi|tua|tue|puoi"
        r"|acconsenti|accetti)\b",
        r"\b(?:accetta|accettare|rifiuta|rifiutare|gestisci|impostazioni|partner|cliccando)\b",
    ),
    consent_buttons=(
        r"accetta(?: tutto| tutti| e chiudi| e continua)?|rifiuta(?: tutto| tutti)?",
        r"(?:gestisci|personalizza)(?: (?:le )?(?:preferenze|opzioni|impostazioni|cookie))?",
        r"impostazioni(?: cookie)?|(?:più|maggiori) (?:informazioni|opzioni)",
        r"ok|ho capito|accetto|chiudi|salva(?: (?:le )?(?:preferenze|impostazioni))?",
        r"continua senza accettare|informativa (?:sulla privacy|sui cookie|cookie)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"capito|va bene",
    ),
    consent_pay=(
        r"\bsenza (?:pubblicità|tracciamento pubblicitario)",
    ),
    author_box=(
        r"(?:informazioni )?sull['’]autor[ei]",
    ),
    tools=(
        paged(r"pagina|foto|immagine", r"di"),
        r"[«‹<]?\s*(?:pagina|foto|immagine) (?:successiva|precedente)\s*[»›>]?",
        r"(?:guarda|vedi|sfoglia) (?:la )?(?:gallery|galleria|fotogallery)|\d+ foto",
        r"(?:mostra|vedi|leggi|nascondi) (?:i )?(?:\d+ )?commenti|(?:lascia|aggiungi|scrivi)"
        r" un commento|rispondi",
        # a comment section's heading alone, no count (the counted form is ``share``'s)
        r"commenti",
        r"versione (?:stampabile|per la stampa)",
    ),
    dateline=(r"\bpubblicato\b",),
    updated=(r"aggiornat[oa](?: il| alle)?|ultimo aggiornamento",),
    more_links=(r"[.!?…][\"”’»)]?\s+(?:continua a leggere|leggi tutto|leggi di più)",),
    errors=(
        # un sito chiuso al paese del lettore ("Questo contenuto non è disponibile nel tuo
        # paese": newcomer 31's F-T)
        r"\bnon (?:è|e['’]) (?:disponibile|accessibile) (?:nel|dal) (?:tuo|suo) (?:paese"
        r"|territorio)\b|\bnon disponibile per motivi legali\b",
        r"\bpagina non (?:trovata|disponibile|esiste)\b|\baccesso negato\b|\berrore\b"
        r"|\babilita(?:re)? javascript\b|\bin manutenzione\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bla pagina che (?:stai cercando|cerchi|hai cercato|hai richiesto|stavi cercando)\b"
        r"|\b(?:potrebbe essere|può essere|è) stat[ao] (?:rimoss|spostat|eliminat"
        r"|cancellat)[ao]\b|\bnon (?:è stato possibile|siamo riusciti a) trovare (?:la"
        r"|questa) pagina\b|\b(?:la|questa) pagina non esiste più\b",
        # an expired or withdrawn story's notice ("Questo contenuto non è più disponibile":
        # newcomer 20), and the masculine and "contenuto" forms of the soft 404's
        r"\b(?:contenuto|articolo|pagina|video) non (?:è )?più disponibile\b|^\W*(?:contenuto"
        r"|articolo) non disponibile\W*$"
        r"|\b(?:il contenuto|l['’]articolo) che (?:stai cercando|cerchi|hai cercato|hai"
        r" richiesto|stavi cercando)\b|\b(?:è|e['’]) stat[ao] rimoss[ao] dal (?:nostro )?sito\b"
        r"|\b(?:contenuto|articolo|link) (?:è )?scadut[oa]\b",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"\bserver (?:è |sono )?(?:al momento |momentaneamente )?(?:sovraccaric[oi]"
        r"|occupat[oi])\b|\btroppe richieste\b|\bripro(?:va|vare|vi) (?:più tardi"
        r"|tra qualche minuto|tra poco)\b",
    ),
    error_help=(
        r"\btorna(?:re)? (?:alla|in|all['’]) ?(?:home ?page|pagina principale|prima pagina"
        r"|home)\b|\b(?:usa|utilizza) (?:la|il) (?:ricerca|motore di ricerca)\b",
    ),
    # "© RIPRODUZIONE RISERVATA" under (or inside) nearly every Italian paper's story
    rights=(r"tutti i diritti (?:sono )?riservati", r"riproduzione (?:riservata|vietata)"),
    site_pages=(
        r"(?:informativa|politica) (?:sulla |per la )?(?:privacy|cookie)|note legali",
        r"termini (?:e condizioni|di (?:uso|servizio))|condizioni (?:d'uso|generali)",
        r"chi siamo|contatti|contattaci",
    ),
    source_labels=("Fonte",),
    wall_calls=(
        r"(?:abbonati (?:ora|oggi|subito|adesso|a)|abbonatevi|accedi|registrati|iscriviti|(?:crea"
        r"|creare) (?:un |il tuo )?account|sei già abbonat[oa])(?![\w-])",
    ),
    tag_labels=(
        r"tag",
        r"parole chiave",
    ),
)
