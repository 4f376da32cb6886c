"""Belarusian page furniture (in Cyrillic): a line table (:data:`clipper.furniture.LINE_TABLES`,
see :mod:`clipper.furniture`).

Follow and subscribe prompts ("Падпісвайцеся на наш Telegram-канал", "Падпішыцеся на Нашу Ніву
ў Telegram"), the reprint notice ("Пры перадруку спасылка абавязковая") and reservations of
rights ("Усе правы абаронены"): the kind newcomer 51b found on Russian and Central Asian pages."""

from clipper.furniture import NETWORKS, Table

_JOIN = r"(?:падпісвайцеся|падпішыцеся|далучайцеся) (?:на|да)"

TABLE = Table(
    language="be",
    promo=(
        rf"{_JOIN} наш\w* (?:{NETWORKS}[- ]?)?(?:канал\w*|старонк\w*|суполк\w*)?"
        rf"(?: (?:у|ў|на) {NETWORKS})?",
        rf"{_JOIN} [\w .&«»\"-]{{1,40}}? (?:у|ў|на) {NETWORKS}(?:[- ]канал\w*)?",
        r"(?:[^\n]{1,80}? )?(?:гіпер)?спасылка (?:на [^\n]{1,60}? )?абавязковая",
    ),
    rights=(r"усе правы (?:абаронены|захаваны)",),
)
