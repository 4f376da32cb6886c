"""German page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import (
    NETWORKS,
    PRICE,
    Table,
    addressed,
    counted,
    credited,
    newsroom,
    paged,
    prompted,
    wall_buttons,
)

# A subscribers' story's badge beside its headline or byline ("Plus", "Abo", "Premium",
# "Abonnenten", "Exklusiv für Abonnenten": credits44, finding 4).
_BADGES = (
    r"plus|premium|abo|exklusiv für (?:abonnenten|abonnentinnen)",
    r"(?:für )?(?:abonnenten|abonnentinnen)",
)

TABLE = Table(
    language="de",
    title_labels=(
        # "EILMELDUNG: …", "LIVE: …", "Liveblog | …", "UPDATE: …"
        r"eilmeldung|breaking(?: news)?|live(?:blog|ticker)?|update|aktualisiert",
    ),
    bylines=(
        "von",
        "autor(?:in|en)?",
        r"text\s*:",
    ),
    byline_roles=(
        r"\w*korrespondent(?:in)?",
        r"\w*redakteur(?:in)?",
        r"\w*reporter(?:in)?",
        "journalist(?:in)?",
        "volontär(?:in)?",
        "kolumnist(?:in)?",
    ),
    byline_staff=(
        newsroom(r"(?:[\w-]+-)?redaktion", r"(?:die|von der) "),
        "(?:von )?(?:unser(?:e[mnr]?)? )?(?:korrespondent(?:en|in)?|reporter(?:in)?)",
    ),
    skip=(
        r"(?:direkt )?(?:zum|zur) (?:inhalt|hauptinhalt|seiteninhalt|artikel|menü|hauptmenü"
        r"|suche|navigation|hauptnavigation|footer|fußzeile)(?: springen| wechseln| gehen)?",
        r"springe? (?:direkt )?(?:zum|zur) (?:inhalt|hauptinhalt|navigation|suche|hauptmenü)",
        r"(?:inhalt|navigation|werbung) überspringen",
    ),
    share=(
        addressed(r"quelle|url|link|adresse|artikel-url|artikel-link"),
        counted(r"kommentare?"),
        r"(?:artikel|beitrag|seite|link|video) (?:teilen|versenden|drucken|kopieren|merken)",
        r"teilen|jetzt teilen|drucken|merken|link kopiert|link kopieren",
        r"(?:auf|via|per|bei) (?:facebook|twitter|x|whatsapp|linkedin|xing|threads|bluesky"
        r"|e-?mail) (?:teilen|versenden)",
        r"teilen (?:auf|via|per) (?:facebook|twitter|x|whatsapp|linkedin|xing|e-?mail)",
        r"(?:per )?e-?mail (?:versenden|senden|teilen)",
    ),
    promo=(
        rf"folgen sie (?:uns|[\w .&-]{{1,40}}?) (?:auf|bei) {NETWORKS}(?:,? und (?:erhalten sie"
        rf"|bleiben sie|verpassen sie)[\w ,'’-]{{1,60}})?",
        r"(?:jetzt )?(?:zum|für den|für unseren|unseren) (?:[\w-]+ )?newsletter"
        r" (?:anmelden|abonnieren)",
        r"newsletter (?:abonnieren|bestellen)",
        # its channel or account offered: "Folgen Sie unserem Telegram-Kanal", "Abonnieren Sie
        # unseren WhatsApp-Kanal" (newcomer 40, finding 6)
        r"(?:folgen sie|abonnieren sie|folge|abonniere|treten sie) (?:jetzt )?(?:unserem|unseren"
        rf"|unserer) (?:{NETWORKS}-?)?(?:kanal|channel|account|profil|seite)(?: (?:auf|bei)"
        rf" {NETWORKS})?(?: bei)?(?:,? (?:um|und) [^.!?]{{1,80}})?",
        r"melden sie sich (?:jetzt |hier |kostenlos )*(?:für|zu|zum) (?:unseren |unserem |den "
        r"|dem )?(?:[\w-]+ )?newsletter an",
        # the newsletter or the app offered under the text ("Abonnieren Sie unseren Newsletter",
        # "Laden Sie sich jetzt unsere App herunter": newcomer 39b, finding 2)
        r"abonnieren sie (?:jetzt |hier |kostenlos )*(?:unseren|den) (?:kostenlosen )?"
        r"(?:[\w-]+ )?newsletter(?: [\w-]+){0,3}",
        r"(?:jetzt )?(?:laden sie sich|laden sie|holen sie sich|hol dir|lade dir) (?:jetzt |hier "
        r"|kostenlos )*(?:unsere|die) (?:kostenlose |neue )?(?:[\w-]+-)?app(?: [\w .&-]{1,30}?)?"
        r"(?: herunter| aufs handy)?",
    ),
    paywall=(
        r"(?:jetzt|hier|gleich) (?:abonnieren|anmelden|registrieren|weiterlesen|testen"
        r"|freischalten|abo abschließen)",
        r"(?:sie sind )?(?:bereits|schon) "
        r"(?:abonnent|abonnentin|registriert|kunde|kundin)\s*\??.*",
        r"(?:sie haben|haben sie) (?:bereits|schon) ein (?:abo|abonnement|konto)\s*\??.*",
        # an offer: "Jetzt 4 Wochen für 0,99 € testen", "Einen Monat gratis lesen", "Jetzt für
        # 1 € testen"
        rf"(?:jetzt )?(?:(?:\d+|eine[nm]?|ersten|zwei|drei|vier|sechs) (?:monate?|wochen?) )?"
        rf"(?:(?:für|ab|nur) (?:{PRICE}|\d\S*) |gratis |kostenlos )+"
        r"(?:testen|lesen|abonnieren|weiterlesen).*",
        r"(?:mein )?(?:konto|profil)|abmelden|anmelden|einloggen|login|registrieren|abonnieren",
        r"abo (?:abschließen|wählen|sichern)",
        # a subscribers' story's badge as a line of its own
        *_BADGES,
        # what the subscription holds, after the label: "Exklusiv für Abonnenten: Alle Artikel,
        # das E-Paper und die App."
        r"exklusiv für (?:abonnenten|abonnentinnen)\s*[:–-]\s*.{1,120}",
        # a registration wall's buttons ("Jetzt kostenlos registrieren", "Konto erstellen |
        # Abonnieren | Anmelden": newcomer 31)
        r"(?:jetzt )?(?:kostenlos|gratis) (?:registrieren|anmelden|konto (?:anlegen|erstellen))"
        r"|registrieren sie sich(?: jetzt)? (?:kostenlos|gratis)",
        wall_buttons(
            r"(?:(?:ein )?(?:kostenloses )?(?:konto|kundenkonto|benutzerkonto)"
            r" (?:anlegen|erstellen))|anmelden|einloggen|registrieren|login|log ?in",
            r"abonnieren|abo abschließen|e-paper|mein konto",
        ),
    ),
    badges=_BADGES,
    truncated=prompted(
        r"(?:sie haben|haben sie) (?:bereits|schon) ein (?:abo|abonnement|konto)"
        r"|(?:sind sie |sie sind )?(?:bereits|schon)"
        r" (?:abonnent|abonnentin|registriert|kunde|kundin)",
        r"(?:(?:jetzt|hier) )?(?:anmelden|einloggen)",
        r"jetzt|hier|gleich",
        # the page stops here for a reader who does not subscribe ("Weiterlesen mit SZ Plus",
        # "Dieser Artikel ist nur für Abonnenten"): the mark of a reading cut short
        r"(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?(?:für|exklusiv für)"
        r" (?:abonnenten|abonnentinnen|abonnent\w*|\w*-?abonnenten|registrierte nutzer\w*"
        r"|mitglieder).*",
        r"(?:weiterlesen|lesen sie weiter|weiter lesen) mit .*",
        # "Lesen Sie den vollständigen Artikel mit Z+", "Den ganzen Beitrag lesen Sie mit Plus"
        r"(?:lesen sie|lies) (?:den|diesen) (?:ganzen |vollständigen |kompletten |gesamten )?"
        r"(?:artikel|beitrag|text) (?:mit|in|bei|als) .*",
        r"(?:den|diesen) (?:ganzen |vollständigen |kompletten |gesamten )?(?:artikel|beitrag"
        r"|text) lesen sie (?:mit|in|bei|als) .*",
        # "Mit SZ Plus weiterlesen", "Jetzt mit NordPlus weiterlesen", "Mit Z+ weiterlesen"
        r"mit (?:[\w.&-]+ )?[\w.&-]*(?:plus|\+|abo\w*|premium|digital\w*) weiterlesen.*",
        r"(?:um|zum) (?:den artikel )?weiter(?:zu)?lesen.*",
        # a registration wall's prompt ("Jetzt kostenlos registrieren und weiterlesen",
        # "Registrieren Sie sich kostenlos, um weiterzulesen": newcomer 31)
        r"(?:jetzt |hier )?(?:kostenlos |gratis )?(?:registrieren|anmelden|einloggen|abonnieren"
        r"|abo abschließen|(?:ein )?"
        r"(?:kostenloses )?(?:konto|benutzerkonto) (?:anlegen|erstellen))(?: sie sich)?(?: jetzt)?"
        r"(?: kostenlos| gratis)?,? (?:und|um) (?:(?:den|diesen) (?:ganzen |vollständigen )?"
        r"(?:artikel|beitrag) )?(?:weiter ?lesen|weiterzulesen|(?:zu )?lesen)\b.*",
        r"(?:sie haben|es fehlen(?: (?:noch|ihnen))?|noch) \d+(?:[.,]\d+)?\s?% (?:des|dieses)"
        r" (?:artikels|textes|beitrags).*",
        # a wall's label ("Nur für Abonnenten", "Exklusiv für Abonnenten"): kept before the
        # statement ("Nur für Abonnenten. Jetzt abonnieren und weiterlesen."), or cut without
        # the page marked partial (newcomer 41)
        r"(?:nur|exklusiv|ausschließlich) für (?:abonnenten|abonnentinnen|\w*-?abonnenten)",
        r"(?:es )?(?:bleiben|verbleiben)(?: ihnen)?(?: noch)? \d+(?:[.,]\d+)?\s?% (?:des|dieses)"
        r" (?:artikels|textes|beitrags).*",
        # the whole text offered to subscribers ("Der vollständige Artikel ist nur für
        # Abonnenten verfügbar", "Dieser Artikel ist vollständig nur für Abonnenten …")
        r"(?:dieser|der) (?:vollständige |ganze |komplette )?(?:artikel|beitrag|inhalt|text) ist"
        r" (?:vollständig |in voller länge |komplett )?(?:nur |exklusiv |ausschließlich )?"
        r"(?:für|exklusiv für) (?:unsere )?(?:abonnenten|abonnentinnen|\w*-?abonnenten"
        r"|registrierte nutzer\w*|mitglieder)\b.*",
        r"(?:der rest|der weitere text|die fortsetzung) (?:des|dieses) (?:artikels|textes"
        r"|beitrags) ist (?:nur |exklusiv )?für (?:abonnenten|abonnentinnen|\w*-?abonnenten).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:der )?zugang zu (?:diesem|dem) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv "
        r"|ausschließlich )?(?:für )?(?:unsere |den )?(?:abonnenten|abonnentinnen|\w*-?abonnenten"
        r"|mitglieder)\b.*",
        r"(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv |ausschließlich )?"
        r"(?:unseren |den )?(?:abonnenten|abonnentinnen|\w*-?abonnenten|mitgliedern)"
        r" vorbehalten\b.*",
        r"(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv |ausschließlich )?für "
        r"(?:unsere |alle )(?:abonnenten|abonnentinnen|\w*-?abonnenten)\b.*",
    ),
    ads=(
        r"anzeige|werbung|gesponsert|(?:\w+ )?anzeigen?|sponsored|partnerinhalt",
        # "continue reading after the advertisement", the line an ad slot leaves
        r"(?:weiterlesen|lesen sie|weiter) nach der (?:anzeige|werbung)(?: weiter)?",
        r"(?:der )?artikel (?:geht|wird) (?:unter|nach) (?:der|dieser) (?:anzeige|werbung)"
        r" (?:weiter|fortgesetzt)",
    ),
    credits=(
        credited(r"fotos?|bild(?:er)?|foto/grafik|grafik|symbolbild|titelbild|bildquelle|fotoquelle|bildnachweis"),
    ),
    labels=(
        r"artikel",
    ),
    reading_time=(
        r"lesezeit",
        r"lesedauer",
    ),
    notices=(
        # a page's trailer asking the reader to keep following the site for the latest news
        # ("Bleiben Sie auf dem Laufenden", "Alle Entwicklungen in unserem Liveblog")
        r"^\W{0,3}bleiben sie (?:auf dem laufenden|informiert|dran)\b"
        r"|^\W{0,3}(?:alle )?(?:aktuellen |weiteren )?(?:entwicklungen|neuigkeiten|infos)"
        r" (?:finden sie |lesen sie )?(?:in unserem|im) (?:liveblog|live-?ticker|newsblog"
        r"|newsticker)\b",
        # a newsletter's unsubscribe line under its article (an .eml's footer)
        r"\b(?:newsletter|e-?mails?) (?:abbestellen|abmelden)\b|\bvom newsletter abmelden\b"
        r"|\bum sich (?:vom newsletter )?abzumelden\b",
        # a gift-article prompt ("Artikel verschenken", "… jeden Monat 10 Artikel verschenken")
        r"^(?:[-–•] )?(?:diesen )?artikel verschenken\b|\bjeden monat \d+ artikel verschenken\b",
        # the site's own newsletter, as a whole prompt line: "Jetzt zum Newsletter anmelden",
        # "Melden Sie sich jetzt für unseren Newsletter an.", "Abonnieren Sie unseren Newsletter"
        r"^(?:[-–•] )?(?:jetzt )?(?:hier )?(?:kostenlos )?(?:zum|für den|für unseren|unseren)"
        r" (?:[\w-]+ )?newsletter (?:anmelden|abonnieren|bestellen)\b"
        r"|^(?:[-–•] )?melden sie sich (?:jetzt |hier |kostenlos )*(?:für|zu|zum)"
        r" (?:unseren |unserem |den |dem )?(?:[\w-]+ )?newsletter an\b"
        r"|^(?:[-–•] )?(?:jetzt )?(?:abonnieren sie|bestellen sie) (?:jetzt )?(?:hier )?"
        r"(?:kostenlos )?(?:unseren|den) (?:[\w-]+ )?newsletter\b"
        r"|^(?:[-–•] )?(?:jetzt )?newsletter (?:abonnieren|bestellen)\b",
        r"\b(?:ihr|dein) browser (?:ist|wird|unterstützt)\b|\bveraltete[nmr]? browser\b"
        r"|\baktuellere[nm]? browser\b",
        r"\bjetzt (?:unterstützen|spenden)\b|^unterstützen sie (?:uns|unseren|unabhängigen"
        r"|freien|kritischen) (?:journalismus|arbeit)?|\bfreiwillig (?:zahlen|unterstützen)\b"
        r"|\b(?:ihr|dein) freiwilliger (?:beitrag|betrag)\b",
        r"\b(?:folge|folgen sie|folgt) (?:uns|[\w .&-]{1,40}?) (?:auf|bei) (?:whatsapp"
        r"|telegram|google news)\b|\bwhatsapp-kanal\b",
        # the paper's app, newsletter and accounts, as a list of prompts under the article
        r"^(?:[-–•] )?aktuelle nachrichten aufs handy\b|\bhier geht es zur (?:neuen )?[\w-]*app\b"
        r"|\bbeim (?:täglichen |kostenlosen |wöchentlichen )?[\w-]*newsletter richtig\b"
        r"|^(?:[-–•] )?(?:die|der|das) [\w-]+ auch (?:bei|auf|in) (?:social media|den sozialen"
        r" medien)\b",
        # a prompt to follow a topic or an author (a site's feature, not the article's)
        r"^(?:[-–•] )?(?:(?:diesem|dem) )?(?:thema|autor|autorin|ressort|schlagwort) folgen\b"
        r"|^(?:[-–•] )?folgen sie (?:diesem|dem) (?:thema|autor|autorin|ressort)\b",
        # an appeal to pay for the site's journalism, a line of its own, and an article's rating
        # box under the text ("Unabhängiger Journalismus braucht deine Unterstützung.", "Hat
        # Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns …", "Durchschnittliche
        # Bewertung: 0,0")
        r"^(?:[-–•] )?(?:unabhängiger |freier |kritischer |guter )?journalismus braucht (?:deine"
        r"|ihre|eure) unterstützung\W{0,2}$|^(?:[-–•] )?(?:wie )?hat (?:ihnen|dir) (?:dieser"
        r"|der|unser) (?:artikel|beitrag|text) gefallen\?|^(?:[-–•] )?durchschnittliche"
        r" bewertung:? ?\d",
        # a prompt to report an error ("Fehler gefunden? Jetzt melden.", "Haben Sie einen Fehler
        # entdeckt?", "… Mit nur zwei Klicks melden Sie den Fehler der Redaktion.")
        r"^(?:[-–•] )?(?:fehler gefunden|(?:haben sie|hast du) einen fehler (?:gefunden"
        r"|entdeckt))\?|\bmelden sie (?:uns )?den fehler\b",
        # an embed's placeholder: the site asks before it loads a third party's post, video or
        # graphic ("Link zum YouTube-Inhalt", "Empfohlener redaktioneller Inhalt", "Ein Klick
        # für den Datenschutz", "Ich bin damit einverstanden, dass mir der externe Inhalt
        # angezeigt wird…", "Erst wenn Sie hier klicken, werden die Grafiken nachgeladen…")
        r"^link zum [\w.-]+-inhalt$|^ein klick für den datenschutz$|^(?:empfohlene[rn]? )?"
        r"(?:redaktionelle[rn]? )?externe[rn]? inhalte?$|^empfohlene[rn]? redaktionelle[rn]?"
        r" inhalte?$|\bdass mir (?:der |die |dieser |diese )?externen? inhalte? angezeigt\b"
        r"|\ban dieser stelle finden sie [^\n]{0,60}\bexterne[nr]? inhalt"
        r"|\berst wenn sie (?:hier )?klicken, werden [^\n]{0,40}\b(?:nachgeladen|geladen"
        r"|angezeigt)\b",
    ),
    related=(
        r"(?:lesen sie|lies) (?:auch|mehr|hier|dazu)(?: zum thema)?|auch interessant",
        r"mehr zum thema(?: .{1,40})?|mehr (?:zu|zum|aus|über|von) .{1,40}|zum thema",
        r"das könnte sie (?:auch )?interessieren|(?:das )?könnte sie auch interessieren",
        r"weitere (?:artikel|nachrichten|meldungen|themen|beiträge|news)(?: zum thema)?",
        r"(?:verwandte|ähnliche) (?:artikel|themen|beiträge)|siehe auch|passend (?:dazu|zum "
        r"thema)",
        r"meistgelesen(?:e artikel)?|am meisten gelesen|top-?themen|neueste artikel"
        r"|aktuelle nachrichten|(?:unsere )?empfehlung(?:en)?|empfohlene artikel",
    ),
    consent_terms=(
        r"\bcookies?\b", r"\bcookie-\w+",
        # the IAB Transparency & Consent Framework's standard text, the same on every site
        # using it ("We and our partners store and/or access information on a device…",
        # "With your permission we and our partners may use … device scanning": newcomer 20)
        r"\bwir und unsere (?:\d+ )?partner\b[^.]{0,160}\b(?:informationen|\w*daten)\b[^.]{0,120}"
        r"\bgerät",
    ),
    # the Framework's purpose as its consent tools name it in their purposes lists (newcomer
    # 32: a French list stayed as an article)
    consent_purposes=(
        r"\binformationen auf einem gerät speichern und/oder abrufen\b",
    ),
    consent_weak=(
        r"\bdatenschutz\w*",
        r"\beinwilligung\w*",
        r"\bprivatsphäre\b",
        r"\bpersonenbezogene\w* daten\b",
        r"\btracking\b",
        # a "pay or okay" wall: the site read with advertising and tracking, or bought without
        # ("Lesen Sie … mit Werbung oder im PUR-Abo", "ohne Werbetracking": newcomer 21)
        r"\bwerbe(?:tracking|frei\w*)\b", r"\bpur-?abo\w*", r"\b(?:mit|ohne) werbung\b",
        r"\bcontentpass\b",
    ),
    consent_context=(
        # the formal "Sie", "Ihre" capitalised ("sie", "ihre" are "they", "their" in a
        # report), and the informal "du", "deine"
        r"\b(?:wir|unsere?[nmrs]?|uns|diese (?:web)?seite|diese website)\b"
        r"|(?-i:\b(?:Sie|Ihre?[nmrs]?|Ihnen)\b)|\b(?:du|dich|dir|dein\w*|euch|euer\w*)\b",
        r"\b(?:akzeptieren|ablehnen|zustimmen|einstellungen|verwalten|widerrufen|partner"
        r"|klicken)\b",
    ),
    consent_buttons=(
        r"(?:alle |alles )?(?:cookies )?(?:akzeptieren|annehmen|zulassen|erlauben|ablehnen)",
        r"(?:nur )?(?:notwendige|essenzielle|erforderliche) (?:cookies "
        r")?(?:akzeptieren|zulassen)?",
        r"(?:einstellungen|auswahl|präferenzen)(?: verwalten| anpassen| speichern| bestätigen)?",
        r"zustimmen(?: und weiter)?|einverstanden|ich stimme zu",
        r"akzeptieren und (?:weiter|schließen)",
        r"mehr (?:erfahren|informationen|optionen)|datenschutz(?:erklärung|hinweise"
        r"|einstellungen)?|impressum|schließen|ok|weiter|details",
        # a "Pur-Abo" wall's choices, and its heading offering both ("Werbefrei lesen oder mit
        # Werbung weiterlesen": session 34, taken as a dump's headline)
        r"mit werbung (?:und tracking )?(?:weiterlesen|lesen|weiter|fortfahren)",
        r"werbefrei(?: lesen| weiterlesen)?(?: mit \w+)?|jetzt abonnieren",
        r"(?:werbefrei(?: lesen)?|abonnieren) oder mit werbung (?:und tracking )?(?:weiterlesen"
        r"|lesen|weiter)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"verstanden|alles klar",
    ),
    consent_pay=(
        r"\bwerbe(?:frei\w*|tracking)\b",
        r"\bpur-?abo\w*",
        r"\bohne (?:werbung|werbetracking|tracking)\b",
        r"\bcontentpass\b",
    ),
    author_box=(
        r"über (?:den|die) (?:autor|autorin|verfasser|verfasserin)",
    ),
    tools=(
        paged(r"seite|foto|bild", r"von"),
        r"[«‹<]?\s*(?:nächste|vorherige|zurück zur vorherigen) (?:seite|bild|foto)\s*[»›>]?",
        r"(?:zur )?(?:bildergalerie|fotostrecke|galerie)(?: ansehen| öffnen)?|\d+ bilder",
        r"kommentare (?:anzeigen|lesen|ausblenden|laden)|zu den kommentaren|zum "
        r"kommentarbereich|kommentar (?:schreiben|verfassen|hinzufügen)|antworten",
        # a comment section's heading alone, no count (the counted form is ``share``'s; the
        # singular "Kommentar" is an opinion piece's label and stays)
        r"kommentare|leserkommentare",
        r"(?:artikel|beitrag) (?:anhören|vorlesen lassen)|druckversion|druckansicht",
    ),
    dateline=(r"\b(?:veröffentlicht|publiziert|erstellt)\b",),
    updated=(r"stand|(?:zuletzt )?aktualisiert(?: am| um)?|letzte aktualisierung",),
    more_links=(r"[.!?…][\"“”’»)]?\s+(?:weiterlesen|mehr lesen|zum artikel)",),
    errors=(
        # ein für das Land des Lesers gesperrtes Angebot ("Dieser Inhalt ist in Ihrem Land
        # nicht verfügbar": newcomer 31's F-T)
        r"\b(?:in|aus) (?:Ihrem|deinem) (?:Land|Staat|Region) (?:leider )?(?:nicht|nicht mehr)"
        r" (?:verfügbar|abrufbar|erreichbar)\b|\baus rechtlichen Gründen nicht (?:verfügbar"
        r"|abrufbar)\b",
        r"\b(?:seite|datei|artikel|inhalt) (?:wurde )?nicht gefunden\b"
        r"|\bnicht (?:mehr )?verfügbar\b",
        r"\bexistiert nicht\b|\bzugriff verweigert\b|\bkein zugriff\b|\bfehler(?:seite"
        r"|meldung)?\b",
        r"\bjavascript (?:aktivieren|ist deaktiviert)\b"
        r"|\bbitte aktivieren sie javascript\b|\bwartungsarbeiten\b|\bbitte warten\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\b(?:die|diese) (?:von (?:ihnen|dir) )?(?:gesuchte|aufgerufene|angeforderte|angefragte"
        r"|gewünschte) (?:seite|adresse|url)\b|\b(?:die|diese) seite,? (?:die|nach der) (?:sie"
        r"|du) (?:suchen|suchst|gesucht|aufgerufen)\b|\bnicht (?:mehr )?gefunden werden\b"
        r"|\b(?:wurde|ist) (?:möglicherweise|vielleicht|eventuell|wohl|inzwischen) (?:gelöscht"
        r"|verschoben|entfernt|umbenannt)\b|\ban dieser stelle (?:wurde )?nichts gefunden\b",
        # an expired or withdrawn story's notice ("Dieser Inhalt ist nicht mehr verfügbar",
        # "Der Beitrag wurde depubliziert": newcomer 20), and the masculine and neuter forms of
        # the soft 404's
        r"\bnicht mehr abrufbar\b|\b(?:wurde|ist) depubliziert\b|\b(?:inhalt|artikel|beitrag"
        r"|link) (?:ist )?(?:leider )?abgelaufen\b|\b(?:der|dieser|das|dieses) (?:von (?:ihnen"
        r"|dir) )?(?:gesuchte|aufgerufene|angeforderte|angefragte|gewünschte) (?:inhalt|artikel"
        r"|beitrag|dokument)\b|\b(?:wurde|ist) (?:vom (?:verlag|herausgeber) |von (?:unserer"
        r"|dieser) (?:website|seite) )(?:entfernt|gelöscht)\b",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"\b(?:server|dienst|seite|website|webseite|system) (?:ist )?(?:derzeit |momentan "
        r"|zurzeit |gerade |vorübergehend )?(?:überlastet|ausgelastet|nicht erreichbar)\b"
        r"|\bzu viele (?:anfragen|zugriffe)\b|\b(?:versuchen sie"
        r"|versuche) es (?:bitte )?(?:später|in (?:ein paar|wenigen) (?:minuten"
        r"|augenblicken)) (?:noch einmal|erneut|nochmal)\b",
    ),
    error_help=(
        r"\b(?:zurück )?zur startseite\b|\bnutzen sie (?:unsere|die) suche\b"
        r"|\b(?:unsere|die) suchfunktion\b",
    ),
    rights=(r"alle rechte vorbehalten",),
    site_pages=(
        r"impressum|datenschutz(?:erkl[aä]rung|hinweise?|richtlinie|bestimmungen)?",
        r"cookie-?(?:richtlinie|hinweise?|einstellungen)|nutzungsbedingungen",
        r"agb|allgemeine gesch[aä]ftsbedingungen|[uü]ber uns|kontakt(?:formular)?",
        r"barrierefreiheit(?:serkl[aä]rung)?|mediadaten",
    ),
    source_labels=("Quelle",),
    wall_calls=(
        r"(?:(?:jetzt|hier|gleich) )?(?:abonnieren|abonnieren sie|(?:ein )?abo abschließen"
        r"|registrieren|anmelden|einloggen|(?:sie haben|haben sie) (?:bereits|schon) ein (?:abo"
        r"|abonnement|konto)|(?:sind sie )?(?:bereits|schon) (?:abonnent|abonnentin"
        r"|registriert))(?![\w-])",
    ),
    tag_labels=(
        r"schlagw(?:ö|oe)rter",
        r"schlagworte",
        r"stichw(?:ö|oe)rter",
        r"tags",
    ),
)
