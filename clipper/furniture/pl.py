"""Polish page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, SIGNED_NAME, Table, credited, newsroom, offer, wall_buttons

# What a follow or newsletter prompt promises after it: "i bądź na bieżąco".
_PURPOSE = r"(?:,? (?:i|aby|żeby|by) [^.!?]{1,80})?"

TABLE = Table(
    language="pl",
    bylines=(
        "przez",
        "autor",
        r"tekst\s*:",
    ),
    byline_roles=(
        "korespondent(?:ka)?",
        "reporter(?:ka)?",
        "dziennikar(?:z|ka)",
        "redaktor(?:ka)?(?: naczeln[ya])?",
        "publicyst(?:a|ka)",
    ),
    byline_staff=(
        newsroom(r"redakcja"),
        "(?:nasz(?:a)? )?(?:korespondent(?:ka)?|reporter(?:ka)?)",
    ),
    skip=(
        r"(?:przejdź|przeskocz) (?:do|na) (?:treści|głównej treści|zawartości|nawigacji|menu"
        r"|wyszukiwarki)",
    ),
    share=(
        r"udostępnij(?: (?:artykuł|na (?:facebooku|facebook|twitterze|x|whatsapp|linkedin)))?",
        r"(?:s)?kopiuj link|link skopiowany|drukuj|wyślij e-?mailem",
    ),
    paywall=(
        offer(
            r"zasubskrybuj|subskrybuj|zaprenumeruj|kup (?:prenumeratę|subskrypcję|dostęp)",
            r"teraz|już dziś|dziś",
        ),
        r"(?:ten )?(?:artykuł|tekst|materiał) (?:jest )?(?:dostępny )?(?:tylko |wyłącznie )?"
        r"dla (?:prenumeratorów|subskrybentów|abonentów|zalogowanych).*",
        r"masz już (?:prenumeratę|subskrypcję|konto)\s*\??.*",
        r"zaloguj(?: się)?|wyloguj(?: się)?|zarejestruj się|moje konto|czytaj dalej",
        r"(?:kup|wykup) (?:prenumeratę|subskrypcję|dostęp).*",
        # a registration wall's buttons ("Załóż konto | Subskrybuj | Zaloguj się")
        r"załóż (?:darmowe |bezpłatne )?konto|zarejestruj się (?:za darmo|bezpłatnie)",
        wall_buttons(r"załóż konto|zaloguj(?: się)?|zarejestruj(?: się)?",
                     r"subskrybuj|zasubskrybuj|zaprenumeruj|moje konto"),
    ),
    truncated=(
        r"(?:pozostało|zostało) (?:ci |wam )?(?:jeszcze )?\d+(?:[.,]\d+)?\s?% (?:artykułu"
        r"|tekstu|materiału|treści).*",
        r"(?:reszta|dalsza część|pozostała część) (?:artykułu|tekstu|materiału) (?:jest )?"
        r"(?:dostępna )?(?:jest )?(?:tylko |wyłącznie )?dla (?:prenumeratorów|subskrybentów"
        r"|abonentów).*",
        # the whole text offered to subscribers ("Ten artykuł jest dostępny w całości dla
        # subskrybentów", "Artykuł w całości dostępny dla prenumeratorów", "Ten tekst
        # przeczytasz w całości z subskrypcją": a Warsaw/Kyiv desk's finding 7)
        r"(?:(?:ten|ta|to|cały|cała|całe) )?(?:artykuł|tekst|materiał|treść)(?: jest)?"
        r" (?:w całości |w pełni )?dostępn[ya](?: jest)? (?:w całości |w pełni )"
        r"(?:tylko |wyłącznie )?dla (?:prenumeratorów|subskrybentów|abonentów)\b.*",
        r"(?:(?:ten|ta|to|cały|cała|całe) )?(?:artykuł|tekst|materiał|treść)(?: jest)?"
        r" w całości (?:jest )?dostępn[ya] (?:tylko |wyłącznie )?dla (?:prenumeratorów"
        r"|subskrybentów|abonentów)\b.*",
        r"(?:(?:ten|cały) )?(?:artykuł|tekst|materiał) przeczytasz (?:w całości )?(?:z|w ramach)"
        r" (?:subskrypcją|prenumeratą|subskrypcji|prenumeraty)\b.*",
        # a registration or sign-in wall's prompt ("Załóż darmowe konto, aby czytać dalej",
        # "Zaloguj się, aby kontynuować czytanie")
        r"(?:załóż (?:darmowe |bezpłatne )?konto|zarejestruj się(?: za darmo| bezpłatnie)?"
        r"|zaloguj się)(?: lub (?:załóż konto|zaloguj się|zarejestruj się))?,? (?:aby|żeby|by)"
        r" (?:czytać dalej|przeczytać|kontynuować|czytać).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:ten|ta|to) (?:artykuł|tekst|materiał|treść) jest (?:dostępn[ya]|przeznaczon[ya]) "
        r"(?:tylko|wyłącznie) dla (?:\w+ )?(?:prenumeratorów|subskrybentów|abonentów)\b.*",
        # "only subscribers have access" as a statement of its own, bounded at its sentence's
        # end (session 38: a report's sentence opening so runs on and stays)
        r"(?:dostęp |treść |materiał |artykuł )?(?:dostępn[ya] )?(?:tylko|wyłącznie) dla"
        r" (?:prenumeratorów|subskrybentów|abonentów)(?:[.!:]\s.*)?",
        r"(?:tylko|wyłącznie) (?:prenumeratorzy|subskrybenci|abonenci) mają (?:pełny )?dostęp"
        r"(?: do (?:tego|tej|całego|całej|pełnej) (?:artykułu|treści|materiału|tekstu"
        r"|wersji(?: artykułu)?))?(?:[.!:]\s.*)?",
    ),
    ads=(
        r"reklama|materiał sponsorowany|materiał partnera",
        # "continue reading after the advertisement", the line an ad slot leaves
        r"(?:czytaj|przeczytaj) dalej pod reklamą|dalsza część (?:artykułu|tekstu) pod reklamą",
    ),
    credits=(
        credited(r"fot(?:o|\.)?|zdjęcie|zdj\.|źródło zdjęcia|ilustracja"),
        credited(r"fot\.", r"\s+"),
    ),
    labels=(
        r"artykuł",
    ),
    reading_time=(
        r"czas (?:czytania|lektury)",
        r"(?<=min )(?:czytania|lektury)|(?<=minut )(?:czytania|lektury)"
        r"|(?<=minuty )(?:czytania|lektury)",
    ),
    notices=(
        # the site's own newsletter, as a whole prompt line
        r"^(?:[-–•] )?zapisz się (?:na|do) (?:nasz(?:ego)? )?newslett?era?\b",
        r"\b(?:twoja|twojej|twoją) przeglądark\w*\b",
        r"^wesprzyj (?:nas|niezależne dziennikarstwo)\b",
    ),
    related=(
        r"(?:czytaj|przeczytaj|zobacz) (?:też|także|również|więcej)|polecamy|najpopularniejsze",
        r"(?:polecane|podobne|powiązane|najnowsze|najczęściej czytane) (?:artykuły|teksty"
        r"|wiadomości|materiały)",
        r"więcej (?:na ten temat|o .{1,40}|z .{1,40}|wiadomości)",
        r"to może cię (?:też |także |również )?zainteresować",
    ),
    consent_terms=(r"\bcookies?\b", r"\bciasteczk\w*"),
    consent_weak=(r"\bdan\w+ osobow\w+", r"\bprywatności\b", r"\bzgod[aęyą]\b"),
    consent_context=(
        # the reader addressed by the verb too ("wyrażasz zgodę", "możesz"), and "Twoim", "nas"
        r"\b(?:my|nas|nasz\w*|używamy|korzystamy|ta strona|ten serwis|serwis|serwisu|twoj\w*"
        r"|twoi\w*|twym|państwa|wyrażasz|możesz|prosimy)\b",
        r"\b(?:akceptuj\w*|odrzuć|odrzucić|ustawienia|zarządzaj|partner\w*|klikając)\b",
    ),
    consent_buttons=(
        r"(?:akceptuj(?:ę)?|zaakceptuj|odrzuć|zezwól na)(?: wszystkie| wszystko)?"
        r"(?: (?:pliki )?cookies?)?",
        r"(?:ustawienia|zarządzaj)(?: (?:plikami )?cookies?| preferencjami| ustawieniami)?",
        r"zapisz (?:ustawienia|wybór|preferencje)|więcej informacji|dowiedz się więcej",
        r"zamknij|ok|rozumiem|zgadzam się|przejdź do serwisu|polityka (?:prywatności|cookies)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"zgoda",
    ),
    consent_pay=(
        r"\bbez reklam\b",
    ),
    dateline=(r"\bopublikowano\b",),
    updated=(r"aktualizacja|zaktualizowano",),
    more_links=(r"[.!?…][\"”’»)]?\s+(?:czytaj dalej|czytaj więcej)",),
    errors=(
        r"\b(?:nie znaleziono strony|strona nie (?:istnieje|została znaleziona))\b"
        r"|\bodmowa dostępu\b|\bbłąd\b|\bwłącz javascript\b|\bprzerwa techniczna\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bstron[ay],? (?:której|którą) (?:szukasz|szukałeś|szukałaś|próbujesz)\b|\b(?:szukana"
        r"|żądana) strona\b|\b(?:została|mogła zostać|mogła być) (?:prawdopodobnie )?(?:usunięta"
        r"|przeniesiona)\b|\bnie (?:można|udało się) (?:znaleźć|odnaleźć) (?:tej )?strony\b",
    ),
    rights=(r"wszelkie prawa zastrzeżone",),
    site_pages=(
        r"polityka (?:prywatno[sś]ci|cookies|plik[oó]w cookies)|regulamin(?: serwisu)?",
        r"o nas|kontakt",
    ),
    sign_offs=(
        # "autor: Jan Nowicki (PAP)" ("Źródło: PAP" is source_labels')
        rf"(?i:autor(?:ka)?)\s*:\s*{SIGNED_NAME}(?:\s*\((?:PAP|IAR|KAI)\))?\.?",
        # PAP's desk initials ending its report, the writer's then the editors', each closed by
        # a slash ("pz/ mk/", "mw/ pad/", "kzu/ mhr/ ap/"), 2 to 4 lower-case letters each
        # (newcomer 36, finding 5: it stayed as the last paragraph of PAP's page, whose full
        # copies then read as trims), the agency's credit after them or not ("pz/ mk/ (PAP)":
        # its credit read by clipper.closingcredits.closing_credits)
        r"\p{Ll}{2,4}/(?:[ \t]*\p{Ll}{2,4}/){1,3}(?:[ \t]*(?:\((?:PAP|IAR|KAI)\)|PAP|IAR|KAI))?",
    ),
    source_labels=("Źródło",),
    wall_calls=(
        r"(?:(?:wykup|zamów|kup) (?:prenumeratę|subskrypcję|dostęp|abonament)|zaloguj się"
        r"|zarejestruj się|załóż (?:darmowe |bezpłatne )?konto|masz już (?:prenumeratę"
        r"|subskrypcję|konto)|zostań (?:prenumeratorem|subskrybentem)|zaprenumeruj)(?![\w-])",
    ),
    promo=(
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        rf"(?:obserwuj|śledź|polub) (?:nas|[\w .&-]{{1,40}}?) (?:na|w) {NETWORKS}\w{{0,4}}",
        r"(?:zapisz się|zasubskrybuj)(?: do| na)? (?:naszego |nasz )?newslett\w*"
        rf"(?: [\w-]+){{0,3}}{_PURPOSE}",
        # its channel, group or profile offered: "Dołącz do naszego kanału na WhatsAppie",
        # "Subskrybuj nasz kanał na Telegramie" (newcomer 40, finding 6)
        r"(?:dołącz|dołączcie|subskrybuj|zasubskrybuj|obserwuj|śledź) (?:do )?(?:naszego|nasz"
        rf"|naszej|naszą|nasze) (?:{NETWORKS}[- ])?(?:kanał\w*|grup\w*|profil\w*|kont\w*"
        rf"|stron\w*|społeczności)(?: (?:na|w) {NETWORKS}\w{{0,4}})?{_PURPOSE}",
        r"pobierz (?:naszą |bezpłatną |darmową )*aplikację(?: [\w .&-]{1,40}?)?",
    ),
    tag_labels=(
        r"tagi",
        r"s(?:ł|l)owa kluczowe",
    ),
)
