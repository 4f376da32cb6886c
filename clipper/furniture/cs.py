"""Czech page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, credited, newsroom, wall_buttons

# What a follow or newsletter prompt promises after it: "a nic vám neunikne".
_PURPOSE = r"(?:,? (?:a|abyste|ať) [^.!?]{1,80})?"

TABLE = Table(
    language="cs",
    # "Autor: Jan Novák", "Text: …"
    bylines=("autor(?:ka)?", r"text\s*:"),
    byline_roles=(
        "zpravodaj(?:ka)?",
        "reportér(?:ka)?",
        "redaktor(?:ka)?",
        "novinář(?:ka)?",
        "komentátor(?:ka)?",
    ),
    byline_staff=(
        newsroom(r"redakce"),
        "(?:náš |naše )?(?:zpravodaj(?:ka)?|reportér(?:ka)?)",
    ),
    skip=(
        r"(?:přejít|přeskočit) (?:na|k) (?:obsah(?:u)?|hlavní(?:mu)? obsah(?:u)?|navigaci|menu"
        r"|vyhledávání)",
    ),
    share=(
        r"sdílet(?: (?:článek|na (?:facebooku|facebook|twitteru|x|whatsapp|linkedin)))?",
        r"(?:z)?kopírovat odkaz|odkaz zkopírován|tisk(?:nout)?|poslat e-?mailem",
    ),
    paywall=(
        r"(?:tento )?(?:článek|obsah) je (?:dostupný )?(?:pouze |jen )?pro (?:předplatitele"
        r"|přihlášené|členy).*",
        r"(?:už|již) (?:jste|máte) (?:předplatitel\w*|předplatné|účet)\s*\??.*",
        r"přihlásit se|přihlášení|odhlásit(?: se)?|registrace|můj účet|předplatné"
        r"|koupit předplatné",
        # a registration wall's buttons ("Vytvořit účet | Předplatné | Přihlásit se")
        r"vytvořte si (?:zdarma |bezplatný )?účet|vytvořit účet|zaregistrujte se zdarma",
        wall_buttons(r"vytvořit účet|přihlásit(?: se)?|registrace|zaregistrovat(?: se)?",
                     r"předplatné|koupit předplatné|můj účet"),
    ),
    truncated=(
        # a wall's label alone ("Len pre predplatiteľov"): it stayed as the text's last line,
        # the page not partial (newcomer 43)
        r"(?:len|iba|výhradne) pre predplatiteľov"
        r"|(?:jen|pouze|výhradně) pro předplatitele",
        # a registration or sign-in wall's prompt ("Vytvořte si zdarma účet a čtěte dál",
        # "Přihlaste se pro pokračování ve čtení")
        r"(?:vytvořte si (?:zdarma |bezplatný )?účet|zaregistrujte se(?: zdarma)?|přihlaste se)"
        r" (?:a čtěte dál|a přečtěte si|pro pokračování|abyste mohli číst|a pokračujte).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:tento|tenhle) (?:článek|obsah|text) je (?:dostupný |určen |k dispozici )?(?:pouze"
        r"|jen|výhradně) (?:pro předplatitele|předplatitelům)\b.*",
        # "only subscribers have access" as a statement of its own, bounded at its sentence's
        # end (session 38: a report's sentence opening so runs on and stays)
        r"(?:přístup |obsah )?(?:(?:je )?(?:dostupný|určen) )?(?:pouze|jen|výhradně)"
        r" (?:pro předplatitele|předplatitelům)(?:[.!:]\s.*)?",
        r"(?:přístup mají (?:pouze|jen|výhradně) předplatitelé|(?:pouze|jen|výhradně)"
        r" předplatitelé mají přístup)(?: k (?:tomuto|celému) (?:článku|obsahu|textu))?"
        r"(?:[.!:]\s.*)?",
        # how much of the text is left ("Zbývá vám ještě 75 % článku"), the whole text
        # offered to subscribers ("Článek je v plném znění dostupný pouze předplatitelům",
        # "Celý článek si přečtete s předplatným": a Warsaw/Kyiv desk's finding 7)
        r"(?:(?:vám|ti) )?(?:zbývá|zbývají|zbylo)(?: (?:vám|ti))?(?: ještě)?(?: přečíst)?"
        r" \d+(?:[.,]\d+)?\s?% (?:článku|textu|obsahu).*",
        r"(?:(?:tento|tenhle|celý) )?(?:článek|obsah|text) je (?:v plném znění |celý |kompletně )"
        r"(?:dostupný |určen |k dispozici )?(?:pouze |jen |výhradně )?(?:pro předplatitele"
        r"|předplatitelům)\b.*",
        r"(?:(?:celý|tento) )?(?:článek|text) si (?:celý )?přečtete (?:(?:pouze|jen) )?(?:s|v)"
        r" (?:předplatným|předplatném)\b.*",
        # Slovak sites' walls: "Zostáva 80 % článku", "Tento článok je dostupný len pre
        # predplatiteľov", "Zvyšok článku je dostupný len predplatiteľom", "Celý článok si
        # prečítate s predplatným"
        r"(?:(?:vám|ti) )?(?:zostáva|zostávajú|ostáva)(?: (?:vám|ti))?(?: ešte)?(?: prečítať)?"
        r" \d+(?:[.,]\d+)?\s?% (?:článku|textu|obsahu).*",
        r"(?:(?:tento|celý) )?(?:článok|obsah|text) je (?:v plnom znení |celý )?(?:dostupný "
        r"|určený |k dispozícii )?(?:len|iba|výhradne) (?:pre predplatiteľov|predplatiteľom)"
        r"\b.*",
        r"(?:zvyšok|pokračovanie) (?:článku|textu) je (?:dostupný |dostupné |určený )?(?:len"
        r"|iba|výhradne) (?:pre predplatiteľov|predplatiteľom)\b.*",
        r"(?:(?:celý|tento) )?(?:článok|text) si (?:celý )?prečítate (?:(?:len|iba) )?(?:s|v)"
        r" (?:predplatným|predplatnom)\b.*",
    ),
    ads=(r"reklama|komerční sdělení",),
    credits=(
        credited(r"foto|ilustrační foto|zdroj fotografie|fotografie"),
    ),
    labels=(
        r"článek",
    ),
    reading_time=(
        r"doba čtení",
        r"(?<=min )čtení|(?<=minut )čtení|(?<=minuty )čtení",
    ),
    notices=(
        r"\b(?:váš|vašeho) prohlížeč\w*\b",
        r"^podpořte (?:nás|nezávislou žurnalistiku)\b",
    ),
    related=(
        r"(?:čtěte|přečtěte si) (?:také|též|více|dále)|mohlo by vás zajímat|doporučujeme",
        r"(?:související|další|nejnovější|nejčtenější) (?:články|zprávy|témata)"
        r"(?: k tématu| na (?:toto )?téma| z rubriky)?",
        r"(?:více|víc) (?:o|z|k tématu) ?.{0,40}|(?:taky|také) vás může zajímat",
    ),
    consent_terms=(r"\bcookies?\b",),
    consent_weak=(r"\bosobní\w* údaj\w*", r"\bsoukromí\b", r"\bsouhlas\w*"),
    consent_context=(
        r"\b(?:my|naš\w*|používáme|tento web|tyto stránky|vy|vaš\w*|váš|vám|vás|můžete"
        r"|souhlasíte)\b",
        r"\b(?:přijmout|odmítnout|nastavení|spravovat|partne\w*|kliknutím)\b",
    ),
    consent_buttons=(
        r"(?:přijmout|povolit|odmítnout|souhlasím)(?: vše| všechny| všechny cookies)?",
        r"(?:nastavení|přizpůsobit|spravovat)(?: cookies| předvolby| souhlas)?",
        r"uložit (?:nastavení|volby|předvolby)|více informací|zjistit více|zavřít|ok|rozumím",
        r"souhlasím a pokračovat|(?:zásady|ochrana) (?:ochrany )?(?:soukromí|osobních údajů"
        r"|cookies)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"chápu",
    ),
    consent_pay=(
        r"\bbez reklam\b",
    ),
    dateline=(r"\bpublikováno\b",),
    updated=(r"aktualizováno|aktualizace",),
    errors=(
        r"\bstránka (?:nenalezena|nebyla nalezena|neexistuje)\b|\bpřístup odepřen\b"
        r"|\bchyba\b|\bpovolte javascript\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bstránk[ay],? (?:kterou|jíž) (?:hledáte|jste hledal[ia]?)\b|\b(?:hledaná"
        r"|požadovaná) stránka\b|\b(?:byla|mohla být) (?:pravděpodobně |nejspíš "
        r"|možná )?(?:odstraněna|přesunuta|smazána)\b|\bnic nebylo nalezeno\b"
        r"|\bnebylo nic nalezeno\b",
    ),
    rights=(r"všechna práva vyhrazena",),
    site_pages=(
        r"(?:z[aá]sady )?ochran[ay] osobn[ií]ch [uú]daj[uů]|z[aá]sady cookies",
        r"podm[ií]nky (?:u[zž]it[ií]|pou[zž]it[ií])|o n[aá]s|kontakty?",
    ),
    source_labels=("Zdroj",),
    wall_calls=(
        r"(?:předplaťte si|předplať si|přihlaste se|přihlas se|zaregistrujte se|vytvořte si "
        r"(?:zdarma |bezplatný )?účet|už (?:jste|máte) (?:předplatitel|předplatné)|kupte si"
        r" předplatné|staňte se předplatitelem)(?![\w-])",
    ),
    promo=(
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        rf"(?:sledujte|sleduj) (?:nás|[\w .&-]{{1,40}}?) (?:na|v) {NETWORKS}\w{{0,4}}",
        r"(?:přihlaste se k odběru|odebírejte|objednejte si|přihlas(?:te|) se k) (?:našeho |náš "
        rf"|našemu )?(?:[\w-]+ )?newsletter\w*(?: [\w-]+){{0,3}}{_PURPOSE}",
        # its channel, group or page offered: "Sledujte náš kanál na Telegramu", "Přidejte se
        # k našemu kanálu na WhatsAppu" (newcomer 40, finding 6)
        r"(?:přidejte se|připojte se|odebírejte|sledujte) (?:k |do )?(?:našemu|našeho|náš|naši"
        rf"|naší|naše|našich) (?:{NETWORKS}[- ])?(?:kanál\w*|skupin\w*|profil\w*|účt\w*|účet"
        rf"|stránk\w*|stránce)(?: (?:na|v) {NETWORKS}\w{{0,4}})?{_PURPOSE}",
        r"stáhněte si (?:naši |mobilní |bezplatnou )*aplikaci(?: [\w .&-]{1,40}?)?",
    ),
    tag_labels=(
        r"(?:š|s)t(?:í|i)tky",
        r"kl(?:í|i)(?:č|c)ov(?:á|a) slova",
    ),
)
