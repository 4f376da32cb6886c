"""Consent-banner phrases of languages that have no furniture table yet (Slovak, Hungarian,
Croatian, Slovenian): a :class:`~clipper.furniture.Table` each holding only the ``consent_*``
fields, compiled with :data:`clipper.furniture.TABLES` into
:func:`clipper.furniture.compiled.matchers`
but not one of them (a table of :data:`~clipper.furniture.TABLES` names error pages, a site's own
pages and the rest in its language).  A crawler in the EU is served their consent and
consent-or-pay walls at an article's address as it is the other languages' (newcomer 29)."""

from clipper.furniture import Table

CONSENT_TABLES: tuple[Table, ...] = (
    Table(
        language="sk",
        consent_terms=(r"\bcookies?\b", r"\bsúbor\w* cookie\w*"),
        consent_weak=(r"\bosobn\w* údaj\w*", r"\bsúhlas\w*", r"\bsúkromi\w*"),
        consent_context=(
            r"\b(?:my|naš\w*|používame|táto stránka|tento web|vy|vaš\w*|váš|vám)\b",
            r"\b(?:súhlasím|prijať|odmietnuť|nastavenia|partner\w*|kliknutím)\b",
        ),
        consent_buttons=(
            r"(?:súhlasím|prijať všetko|prijať|odmietnuť|nastavenia)(?: a pokračovať)?",
        ),
        consent_pay=(r"\bbez reklám\b",),
    ),
    Table(
        language="hu",
        consent_terms=(r"\bsüti\w*", r"\bcookie\w*"),
        consent_weak=(r"\bszemélyes adat\w*", r"\bhozzájárul\w*", r"\badatvédelm\w*"),
        consent_context=(
            r"\b(?:mi|ön|önnek|önt|az ön|weboldalunk\w*|oldalunk\w*|partnereink\w*"
            r"|partnerünk)\b",
            r"\b(?:elfogad\w*|elutasít\w*|beállítás\w*|partner\w*|kattint\w*)\b",
        ),
        consent_buttons=(
            r"(?:elfogadom|mindet elfogadom|elutasítom|beállítások)(?: és tovább(?:lépek)?)?",
        ),
        consent_pay=(r"\breklámmentes\w*", r"\bhirdetések nélkül\b"),
    ),
    Table(
        language="hr",
        consent_terms=(r"\bkolačić\w*", r"\bcookie\w*"),
        consent_weak=(r"\bosobn\w* podat\w*", r"\bprivol\w*", r"\bprivatnost\w*"),
        consent_context=(
            r"\b(?:mi|naš\w*|koristimo|ova stranica|vi|vaš\w*|vam)\b",
            r"\b(?:prihvaćam|prihvati\w*|odbij\w*|postavke|partner\w*|klikom)\b",
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
)
