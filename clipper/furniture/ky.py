"""Kyrgyz page furniture (Kyrgyzstan's sites, in Cyrillic): a line table
(:data:`clipper.furniture.LINE_TABLES`, see :mod:`clipper.furniture`).

Follow and subscribe prompts ("Telegram каналыбызга жазылыңыз", "24.kg Telegram каналына
жазылыңыз"), the reprint notice ("Материалдарды колдонууда шилтеме милдеттүү") and reservations of
rights ("Бардык укуктар корголгон"): newcomer 51b's Central Asian pages kept such lines."""

from clipper.furniture import NETWORKS, Table

TABLE = Table(
    language="ky",
    promo=(
        rf"(?:[\w .&«»-]{{1,40}}? )?{NETWORKS}\S{{0,4}} (?:канал|барак|топ)\w* (?:жазылыңыз"
        r"|кошулуңуз|катталыңыз)",
        rf"бизди {NETWORKS}\S{{0,4}} (?:окуңуз|ээрчиңиз|көз салыңыз)",
        r"(?:[^\n]{1,80}? )?шилтеме(?: берүү| жасоо)? (?:милдеттүү|шарт)",
    ),
    rights=(r"бардык укуктар (?:корголгон|сакталган)",),
)
