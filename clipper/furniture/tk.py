"""Turkmen page furniture (in Latin letters): a line table (:data:`clipper.furniture.LINE_TABLES`,
see :mod:`clipper.furniture`).

Follow and subscribe prompts ("Telegram kanalymyza agza boluň"), the reprint notice
("Materiallar ulanylanda salgylanma hökmany") and reservations of rights ("Ähli hukuklar
goralan"): the kind newcomer 51b found on Central Asian pages."""

from clipper.furniture import NETWORKS, Table

TABLE = Table(
    language="tk",
    promo=(
        rf"(?:[\w .&-]{{1,40}}? )?{NETWORKS}\S{{0,4}} (?:kanal|sahypa)\w* (?:agza boluň|goşulyň"
        r"|ýazylyň)",
        rf"bizi {NETWORKS}\S{{0,4}} (?:yzarlaň|okaň)",
        r"(?:[^\n]{1,80}? )?salgylanma(?: bermek)? (?:hökmany|hökmandyr|zerur)",
    ),
    rights=(r"ähli hukuklar (?:goralan|goralandyr|goralýar)",),
)
