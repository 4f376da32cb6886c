"""Rule 6 shows the page written in its language's own letters before a copy typed with
another keyboard's letters, where publication does not decide (clipper.ownletters,
clipper.originals._stated_time_first; newcomer 39: the Persian copy typed on an Arabic
keyboard was shown, its spaces for half-spaces making it the longer).  Invented texts."""

from __future__ import annotations

import pytest

from clipper.canonical import Node, rank_key
from clipper.originals import originals_first
from clipper.ownletters import TURKISH_LETTERS_WITHIN, stand_in_letters

TURKISH = (
    "İzmir Büyükşehir Belediyesi, Karşıyaka ile Menemen arasındaki yeni hattın ihale "
    "tarihini açıkladı. Başkan yardımcısı, projenin iki yıl içinde bitirilmesinin "
    "planlandığını ve yolculuk süresinin yarıya ineceğini söyledi; ulaşım uzmanları ise "
    "hattın banliyö sistemiyle uyumlu olması gerektiğini belirtti."
)


@pytest.mark.parametrize(
    ("text", "language", "stand_ins"),
    [
        # Persian and Urdu: Arabic yeh and kaf for their own
        ("بازگشایی سه ایستگاه جدید در شهر کرمان", "fa", False),
        ("بازگشايي سه ايستگاه جديد در شهر كرمان", "fa", True),
        ("بازگشايي سه ايستگاه جديد در شهر كرمان", "fa-IR", True),
        ("کراچی میں نئی سڑک کھول دی گئی", "ur", False),
        ("كراچي ميں نئي سڑك كھول دي گئي", "ur", True),
        # a Persian page quoting an Arabic name keeps its own letters
        ("سخنرانی علي در کنفرانس تهران دیروز برگزار شد", "fa", False),
        # Arabic typed on a Persian keyboard
        ("أعلنت الهيئة عن مشروع جديد في الميناء", "ar", False),
        ("أعلنت الهیئة عن مشروع جدید فی المیناء", "ar", True),
        # Romanian's comma letters, and the cedilla ones of an old code page
        ("Primăria București anunță o stație nouă de tramvai", "ro", False),
        ("Primăria Bucureşti anunţă o staţie nouă de tramvai", "ro", True),
        # Cyrillic with Latin look-alikes typed inside its words
        ("Уряд виділив кошти на ремонт мостів і доріг", "uk", False),
        ("Уряд видiлив кошти на ремонт мостiв i дорiг", "uk", True),
        ("Правительство выделило средства на ремонт iPhone", "ru", False),
        # Turkish typed without ı ş ğ
        (TURKISH, "tr", False),
        (TURKISH.translate(str.maketrans("ışğİŞĞ", "isgISG")), "tr", True),
        ("Karsiyaka metro", "tr", False),  # too short to tell
        # no language, or one with no stand-ins known: no judgement
        ("بازگشايي سه ايستگاه جديد", None, False),
        ("Ein neuer Bahnhof für Köln", "de", False),
    ],
)
def test_stand_in_letters(text: str, language: str | None, stand_ins: bool) -> None:
    assert stand_in_letters(text, language) is stand_ins


def test_the_turkish_rule_needs_a_sentence_or_two() -> None:
    assert len(TURKISH) > TURKISH_LETTERS_WITHIN


def node(page_id: int, words: int, published: str, url: str, stand_ins: bool) -> Node:
    return Node(
        page_id, rank_key(words, published, url, url, f"hash{page_id}"), f"hash{page_id}",
        date_source="declared", zoneless=False, stand_ins=stand_ins,
    )


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_own_letters_before_more_words_where_publication_does_not_decide(
    order: tuple[int, int],
) -> None:
    retyped = node(1, 204, "2026-12-04T07:40:00+00:00", "https://b.example/x", True)
    persian = node(2, 196, "2026-12-04T07:40:00+00:00", "https://a.example/y", False)
    pages = [(retyped, persian)[i] for i in order]
    assert next(originals_first(pages, {})).page_id == 2


def test_publication_still_decides_first() -> None:
    """A copy in stand-in letters published surely earlier is still the original."""
    retyped = node(1, 204, "2026-12-04T06:00:00+00:00", "https://b.example/x", True)
    persian = node(2, 196, "2026-12-04T07:40:00+00:00", "https://a.example/y", False)
    assert next(originals_first([persian, retyped], {})).page_id == 1
