"""Slovak page furniture: a line table (:data:`clipper.furniture.LINE_TABLES`, see
:mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, counted, credited, share_bar

# What a Slovak follow or newsletter prompt promises after it: "a nič vám neujde".
_PURPOSE = r"(?:,? (?:a|aby|nech) [^.!?]{1,80})?"

TABLE = Table(
    language="sk",
    share=(
        share_bar(r"zdieľať|zdieľajte|zdieľaj|zdieľať článok"),
        r"zdieľa(?:ť|jte)(?: článok| na (?:facebooku|twitteri|x))?|skopírovať odkaz|tlačiť",
        counted(r"komentáre|komentár(?:ov|e)?|diskusia"),
        r"(?:pridať|napísať|pridajte) komentár|zobraziť diskusiu|vstúpiť do diskusie",
    ),
    # the site's channel, newsletter or app offered under the text, as Czech's are
    # ("Prihláste sa na odber newslettera", "Pridajte sa do nášho kanála na WhatsAppe":
    # newcomer 40, finding 6); "Sledujte nás na …" is Czech's too
    promo=(
        r"(?:prihláste sa (?:na |k )?odber\w*|odoberajte|objednajte si|prihláste sa do)"
        rf" (?:nášho |náš |našich )?(?:[\w-]+ )?newslett\w*(?: [\w-]+){{0,3}}{_PURPOSE}",
        r"(?:pridajte sa|pripojte sa|odoberajte|sledujte) (?:k |do )?(?:nášmu|nášho|náš|našu"
        rf"|naše|našej) (?:{NETWORKS}[- ])?(?:kanál\w*|skupin\w*|profil\w*|účt\w*|účet"
        rf"|stránk\w*|stránke)(?: (?:na|v) {NETWORKS}\w{{0,4}})?{_PURPOSE}",
        r"stiahnite si (?:našu |mobilnú |bezplatnú )*aplikáciu(?: [\w .&-]{1,40}?)?",
    ),
    related=(
        r"(?:prečítajte|čítajte) si (?:aj|tiež|viac)|prečítajte si|čítajte aj|pozrite si aj",
        r"(?:súvisiace|ďalšie|najnovšie|najčítanejšie) (?:články|správy|témy)"
        r"|mohlo by vás zaujímať|odporúčame|viac k téme",
    ),
    notices=(
        # an agency's legal notice ("Publikovanie alebo ďalšie šírenie správ … bez
        # predchádzajúceho písomného súhlasu TASR je porušením autorského zákona")
        r"^\W{0,3}(?:publikovanie|(?:ďalšie )?šírenie|kopírovanie|preberanie|rozmnožovanie)"
        r"(?: alebo (?:ďalšie )?(?:šírenie|publikovanie|kopírovanie))? (?:\w+ ){0,2}?"
        r"(?:správ\w*|obsah\w*|článk\w*|textov|materiálov)\b[^.]{0,100}\bbez (?:predchádzajúceho "
        r"|písomného |výslovného )*súhlasu\b",
    ),
    rights=(r"všetky práva vyhradené",),
    updated=(r"aktualizované|aktualizovaný|aktualizácia",),
    credits=(credited(r"foto|fotografia|zdroj fotografie"),),
    tag_labels=(r"štítky|tagy|kľúčové slová",),
    consent_terms=(r"\bcookies?\b", r"\bsúbor\w* cookie\w*"),
    consent_weak=(r"\bosobn\w* údaj\w*", r"\bsúhlas\w*", r"\bsúkromi\w*"),
    consent_context=(
        r"\b(?:my|naš\w*|používame|táto stránka|tejto stránk\w*|tento web|vy|vaš\w*|váš\w*|vám"
        r"|môžete|súhlasíte)\b",
        r"\b(?:súhlasím|prijať|odmietnuť|nastaven\w*|partner\w*|kliknutím)\b",
    ),
    consent_buttons=(r"(?:súhlasím|prijať všetko|prijať|odmietnuť|nastavenia)(?: a pokračovať)?",),
    consent_pay=(r"\bbez reklám\b",),
)
