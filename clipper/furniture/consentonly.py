"""Consent-banner phrases of languages that have neither a furniture table nor a line table
(Belarusian): a :class:`~clipper.furniture.Table` each holding only the ``consent_*`` fields,
compiled with :data:`clipper.furniture.TABLES` and :data:`clipper.furniture.LINE_TABLES` into
:func:`clipper.furniture.compiled.matchers` but not one of them (a table of
:data:`~clipper.furniture.TABLES` names error pages, a site's own pages and the rest in its
language).  A crawler in the EU is served their consent and consent-or-pay walls at an
article's address as it is the other languages' (newcomer 29).  Slovak's, Croatian's,
Slovenian's and Serbian's were here until their line tables (session 47)."""

from clipper.furniture import Table

CONSENT_TABLES: tuple[Table, ...] = (
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
