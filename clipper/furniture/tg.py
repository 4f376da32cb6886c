"""Tajik page furniture (Tajikistan's sites, in Cyrillic): a line table
(:data:`clipper.furniture.LINE_TABLES`, see :mod:`clipper.furniture`).

Share bars ("Мубодила кардан", "Мубодила: Facebook Telegram"), "read also" headings
("Хабарҳои марбут", "Инчунин хонед", "Маводи марбут"), comment counts ("Шарҳҳо (3)"), follow
and subscribe prompts ("Моро дар Telegram пайгирӣ кунед"), tag labels ("Барчаспҳо"),
reservations of rights ("Ҳамаи ҳуқуқҳо ҳифз шудаанд") and photo credits ("Акс: …")."""

from clipper.furniture import NETWORKS, Table, counted, credited, share_bar

TABLE = Table(
    language="tg",
    share=(
        share_bar(r"мубодила(?: кардан| кунед)?|ба дӯстон фиристед"),
        r"мубодила(?: кардан| кунед)?|пайвандро нусхабардорӣ кунед|пайванд нусхабардорӣ шуд"
        r"|чоп кардан|версияи чопӣ",
        counted(r"шарҳҳо|шарҳ|назарҳо|фикрҳо"),
    ),
    promo=(
        rf"моро дар {NETWORKS} (?:пайгирӣ|пайравӣ) кунед",
        rf"ба канали мо дар {NETWORKS} (?:обуна|ҳамроҳ) шавед",
        r"ба (?:бюллетени|хабарномаи) мо обуна шавед",
        # the channel named with the site's name: "Ба канали Asia-Plus дар Telegram обуна
        # шавед" (newcomer 51b's kind)
        rf"ба (?:канали|саҳифаи) [\w .&«»-]{{1,40}}? (?:дар )?{NETWORKS} (?:обуна|ҳамроҳ) шавед",
        # the reprint notice: "Ҳангоми нашри такрорӣ истинод ҳатмист"
        r"(?:[^\n]{1,80}? )?(?:истинод|пайванд)(?: ба [^\n]{1,40}?)? (?:ҳатмист|ҳатмӣ аст|ҳатмӣ)",
    ),
    related=(
        r"хабарҳои (?:марбут|охирин|дигар|монанд)|маводи (?:марбут|монанд|дигар)",
        r"(?:инчунин|ҳамчунин|боз) хонед|бештар хонед|бештар хондашуда(?:ҳо)?",
    ),
    rights=(r"ҳамаи (?:ҳуқуқҳо|ҳуқуқ) ҳифз (?:шудаанд|шудааст|карда шудааст)",),
    credits=(credited(r"акс|сурат|суратгир"),),
    tag_labels=(r"барчаспҳо|калидвожаҳо|тегҳо",),
    updated=(r"навсозӣ шуд(?:ааст)?|охирин навсозӣ",),
    consent_terms=(r"\bкуки\w*", r"\bcookies?\b"),
    consent_weak=(r"\bмахфият\w*", r"\bмаълумоти шахсӣ\b"),
    consent_context=(r"\b(?:мо|сомонаи мо|шумо|шуморо)\b", r"\b(?:қабул|рад|танзимот\w*)\b"),
    consent_buttons=(r"(?:ҳамаро )?қабул кардан|рад кардан|танзимот|фаҳмидам",),
)
