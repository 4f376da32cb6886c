"""The fingerprint's words join Persian's prefix می/نمی and suffixes ها/های/تر/ترین typed apart
by a space, as the non-joiner's removal joins them when written with a half-space (migration
0043; hazm's affix spacing).  Before, a Persian copy typing spaces for half-spaces had other
words in every such place (copies23's probe).  The texts are invented: a Persian report of a
new bridge."""

from __future__ import annotations

from pathlib import Path

from clipper.words import persian_variant, words
from tests.test_devanagari_variants import refetched_rows

BRIDGE = (
    "پل تازه شهر ساحلی تا پایان سال ساخته می‌شود\n\n"
    "شورای شهر روز دوشنبه اعلام کرد که کار ساخت پل‌ها از ماه آینده آغاز می‌شود و ماشین‌ها "
    "پس از دو سال از مسیر کوتاه‌تر می‌گذرند. مسئولان می‌گویند هزینه‌ها بیشتر از برآورد نخستین "
    "نمی‌شود.\n\n"
    "به گفته مهندسان، این بزرگ‌ترین پروژه شهر در ده سال گذشته است و خانواده‌ها می‌توانند از "
    "اسفند از آن استفاده کنند."
)
HEADLINE = BRIDGE.split("\n")[0]
URL = "https://khabar-fa.example/pol"


def _spaced(text: str) -> str:
    return text.replace("\u200c", " ")


def test_persian_affixes_typed_apart_are_the_same_words() -> None:
    assert words(_spaced(BRIDGE)) == words(BRIDGE) == words(BRIDGE.replace("\u200c", ""))
    assert words("می شود نمی شود کتاب ها بزرگ ترین") == words("میشود نمیشود کتابها بزرگترین")
    # a word ending in the same letters, and Urdu's "میں", are left as they are
    assert words("تماشا و میں") == ["تماشا", "و", "ميں"]
    assert persian_variant(_spaced(BRIDGE)) and not persian_variant(BRIDGE)
    assert not persian_variant("The bridge opens in March.")


def test_a_refetch_typing_spaces_for_half_spaces_is_no_new_version(
    db_url: str, tmp_path: Path
) -> None:
    bodies = (BRIDGE, _spaced(BRIDGE))
    # the page read again, no version 2
    assert len(refetched_rows(db_url, tmp_path, URL, bodies, HEADLINE, "fa")) == 1
