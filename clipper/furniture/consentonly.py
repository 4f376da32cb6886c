"""Consent-banner phrases of languages that have no furniture table yet (Slovak,
Croatian with Bosnian and Serbian in Latin letters, Serbian in Cyrillic, Slovenian,
Belarusian): a :class:`~clipper.furniture.Table` each holding only the ``consent_*``
fields (and Slovak's ``promo``: its follow and newsletter prompts), compiled with
:data:`clipper.furniture.TABLES` into :func:`clipper.furniture.compiled.matchers`
but not one of them (a table of :data:`~clipper.furniture.TABLES` names error pages, a site's own
pages and the rest in its language).  A crawler in the EU is served their consent and
consent-or-pay walls at an article's address as it is the other languages' (newcomer 29)."""

from clipper.furniture import NETWORKS, Table

# What a Slovak follow or newsletter prompt promises after it: "a nič vám neujde".
_SK_PURPOSE = r"(?:,? (?:a|aby|nech) [^.!?]{1,80})?"

CONSENT_TABLES: tuple[Table, ...] = (
    Table(
        language="sk",
        consent_terms=(r"\bcookies?\b", r"\bsúbor\w* cookie\w*"),
        consent_weak=(r"\bosobn\w* údaj\w*", r"\bsúhlas\w*", r"\bsúkromi\w*"),
        consent_context=(
            r"\b(?:my|naš\w*|používame|táto stránka|tejto stránk\w*|tento web|vy|vaš\w*|váš\w*|vám"
            r"|môžete|súhlasíte)\b",
            r"\b(?:súhlasím|prijať|odmietnuť|nastaven\w*|partner\w*|kliknutím)\b",
        ),
        consent_buttons=(
            r"(?:súhlasím|prijať všetko|prijať|odmietnuť|nastavenia)(?: a pokračovať)?",
        ),
        consent_pay=(r"\bbez reklám\b",),
        # the site's channel, newsletter or app offered under the text, as Czech's are
        # ("Prihláste sa na odber newslettera", "Pridajte sa do nášho kanála na WhatsAppe":
        # newcomer 40, finding 6); "Sledujte nás na …" is Czech's too
        promo=(
            r"(?:prihláste sa (?:na |k )?odber\w*|odoberajte|objednajte si|prihláste sa do)"
            rf" (?:nášho |náš |našich )?(?:[\w-]+ )?newslett\w*(?: [\w-]+){{0,3}}{_SK_PURPOSE}",
            r"(?:pridajte sa|pripojte sa|odoberajte|sledujte) (?:k |do )?(?:nášmu|nášho|náš|našu"
            rf"|naše|našej) (?:{NETWORKS}[- ])?(?:kanál\w*|skupin\w*|profil\w*|účt\w*|účet"
            rf"|stránk\w*|stránke)(?: (?:na|v) {NETWORKS}\w{{0,4}})?{_SK_PURPOSE}",
            r"stiahnite si (?:našu |mobilnú |bezplatnú )*aplikáciu(?: [\w .&-]{1,40}?)?",
        ),
    ),
    Table(
        language="hr",
        consent_terms=(r"\bkolačić\w*", r"\bcookie\w*"),
        # Bosnian and Serbian "lični podaci", "saglasnost"
        consent_weak=(
            r"\b(?:osobn|lič)\w* podat\w*",
            r"\bprivol\w*|\b[sz]aglasnost\w*",
            r"\bprivatnost\w*",
        ),
        consent_context=(
            r"\b(?:mi|naš\w*|koristimo|ova stranica|vi|vaš\w*|vam|možete)\b",
            r"\b(?:prihvaćam|prihvati\w*|odbij\w*|postavk\w*|partner\w*|klikom)\b",
        ),
        consent_buttons=(
            r"(?:prihvaćam|prihvati sve|prihvati|odbij|postavke)(?: i nastavljam| i nastavi)?",
        ),
        consent_pay=(r"\bbez (?:oglasa|reklama)\b",),
    ),
    Table(
        language="sl",
        consent_terms=(r"\bpiškot\w*", r"\bcookie\w*"),
        consent_weak=(r"\bosebn\w* podat\w*", r"\bsoglas\w*", r"\bzasebnost\w*"),
        consent_context=(
            r"\b(?:mi|naš\w*|uporabljamo|ta stran|vi|vaš\w*|vam)\b",
            r"\b(?:sprejmi\w*|sprejemam|zavrni\w*|nastavitve|partner\w*|s klikom)\b",
        ),
        consent_buttons=(r"(?:sprejmi vse|sprejmi|sprejemam|zavrni|nastavitve)(?: in nadaljuj)?",),
        consent_pay=(r"\bbrez (?:oglasov|reklam)\b",),
    ),
    # Serbian in Cyrillic ("Користимо колачиће …", "Прихвати све"): in Latin letters it is
    # the Croatian table's
    Table(
        language="sr",
        consent_terms=(r"\bколачић\w*", r"\bcookie\w*"),
        consent_weak=(r"\bличн\w* подат\w*", r"\bпристан\w*|\bсагласност\w*", r"\bприватност\w*"),
        consent_context=(
            r"\b(?:ми|наш\w*|користимо|овај сајт|ви|ваш\w*|вам|можете)\b",
            r"\b(?:прихватам|прихвати\w*|одбиј\w*|подешавањ\w*|партнер\w*|кликом)\b",
        ),
        consent_buttons=(r"(?:прихватам|прихвати све|прихвати|одбиј|подешавања)(?: и настави)?",),
        consent_pay=(r"\bбез (?:огласа|реклама)\b",),
    ),
    # Belarusian ("Мы выкарыстоўваем файлы cookie …", "Прыняць усе")
    Table(
        language="be",
        consent_terms=(r"\bcookies?\b", r"\bкукі\b"),
        consent_weak=(r"\bперсанальн\w* дадзен\w*|\bасабіст\w* дадзен\w*", r"\bзгод\w*",
                      r"\bпрыватнасц\w*|\bканфідэнцыяльн\w*"),
        consent_context=(
            r"\b(?:мы|наш\w*|выкарыстоўваем|гэты сайт|сайт выкарыстоўвае|вы|ваш\w*|вам|можаце)\b",
            r"\b(?:прыняць|адхіліць|налад\w*|партнёр\w*|націскаючы|працягваючы)\b",
        ),
        consent_buttons=(r"(?:прыняць|дазволіць|адхіліць)(?: усе| усё)?|налады|зразумела",),
        consent_pay=(r"\bбез рэкламы\b",),
    ),
)
