"""Does a Vietnamese query typed with its marks find only that word on Vietnamese pages
(clipper.tonemarks), typed without them every form, and are other languages' pages indexed as
before?  For this tree and another checkout in the same command.

Labelled sentences: each case is a query, an invented sentence and whether the sentence writes
the query's word (``tỷ``, "billion", in "chi 5 tỷ đồng" yes, in "công ty", "company", no); a
query should find every sentence labelled with it and no other (a wrong hit).  The ``tune``
set holds newcomer 47b's two queries and was looked at while the rule was written; the
``confirm`` set was written before the rule ran on it.  Both hold queries of other languages
typed with accents on pages of those languages (``café``, ``São``): found as before.

Real text: the Vietnamese fundus pages of ``../shared/data`` (by clipper's language
identification): how many of their folded words stand for two or more marked words (the words
a folded query reads as one), and their search text's size in each tree; the fundus pages of
every other language: how many have another search text in this tree than in the other (none
expected).

    python bench/search_tone_marks.py --against DIR [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import fundus_pages, in_tree, search_in_tree

# (query, sentence, its language, whether the sentence writes the query's word)
Case = tuple[str, str, str, bool]
TUNE: list[Case] = [
    ("tỷ", "Thành phố chi 5 tỷ đồng để sửa cầu.", "vi", True),
    ("tỷ", "Một công ty may tuyển thêm công nhân.", "vi", False),
    ("Hà", "Hà Nội mở thêm tuyến xe buýt.", "vi", True),
    ("Hà", "Vịnh Hạ Long đón nhiều du khách.", "vi", False),
    ("Hạ", "Vịnh Hạ Long đón nhiều du khách.", "vi", True),
    ("Hạ", "Hà Nội mở thêm tuyến xe buýt.", "vi", False),
    ("ty", "Một công ty may tuyển thêm công nhân.", "vi", True),
    ("ty", "Thành phố chi 5 tỷ đồng để sửa cầu.", "vi", True),
    ("café", "Le café de la gare rouvre lundi.", "fr", True),
    ("café", "Le cafe du port ferme ses portes.", "fr", True),
]
CONFIRM: list[Case] = [
    ("Đà", "Đà Nẵng đón tàu du lịch quốc tế.", "vi", True),
    ("Đà", "Đa số cử tri ủng hộ kế hoạch.", "vi", False),
    ("đà", "Kinh tế giữ đà tăng trưởng.", "vi", True),
    ("bão", "Cơn bão số 9 đổ bộ vào miền Trung.", "vi", True),
    ("bão", "Giá cà phê bảo đảm ổn định.", "vi", False),
    ("bao", "Cơn bão số 9 đổ bộ vào miền Trung.", "vi", True),
    ("bao", "Giá cà phê bảo đảm ổn định.", "vi", True),
    ("bán", "Doanh nghiệp bán thêm điện cho lưới.", "vi", True),
    ("bán", "Bàn giao nhà cho cư dân mới.", "vi", False),
    ("São", "São Paulo recebe a cúpula do clima.", "pt", True),
    ("São", "Sao Paulo hosts the climate summit.", "en", True),
    ("Hà", "The city of Ha Noi approved the bridge.", "en", True),
]
SETS = (("tune", TUNE), ("confirm", CONFIRM))
# The fundus pages' languages read (clipper's language identification), and those whose search
# text session 47 changed on purpose (Vietnamese's keys, Indonesian's and Malay's roots, Greek's
# case forms)
_FUNDUS_LANGUAGES = (
    "vi id ms el en de fr es pt it nl pl cs sk tr ru uk ja ko zh sv da no nb fi et lt lv hu "
    "ro hr sr sl bg he ar fa hi bn ta th sw af is lb ca gl"
)
_KEYED_HERE = {"vi", "id", "ms", "el"}

# The search texts of (id, language, text) pages as a tree makes them
_TEXTS_CHILD = r"""
import json, sys
from clipper.searchtext import search_text
job = json.load(sys.stdin)
json.dump({i: search_text(text, language) for i, language, text in job["pages"]}, sys.stdout)
"""


def score(cases: list[Case], hits: dict[str, list[str]]) -> tuple[int, int, list[str], list[str]]:
    """(labelled pairs found, labelled pairs, misses, wrong hits) of one set: each query against
    every sentence it is labelled with (right or wrong)."""
    found = total = 0
    missed: list[str] = []
    wrong: list[str] = []
    for n, (query, sentence, _, relevant) in enumerate(cases):
        got = f"{id(cases)}:{n}" in hits[query]
        if relevant:
            total += 1
            found += got
            if not got:
                missed.append(f"{query}→{sentence.split()[0]}")
        elif got:
            wrong.append(f"{query}→{' '.join(sentence.split()[:3])}")
    return found, total, missed, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", metavar="DIR", required=True)
    parser.add_argument("--show", action="store_true", help="list each miss and wrong hit")
    args = parser.parse_args()
    here = str(Path(__file__).resolve().parent.parent)
    fundus = fundus_pages(set(_FUNDUS_LANGUAGES.split()))
    texts = [(f"f{n}", lang, f"{title}\n{body}") for n, (lang, title, body) in enumerate(fundus)]
    made: dict[str, dict[str, str]] = {}
    for name, tree in (("against", args.against), ("this tree", here)):
        print(f"{name} ({tree}):")
        for set_name, cases in SETS:
            pages = [(f"{id(cases)}:{n}", case[2], case[1]) for n, case in enumerate(cases)]
            queries = sorted({case[0] for case in cases})
            hits = search_in_tree(tree, pages, queries)["hits"]
            found, total, missed, wrong = score(cases, hits)
            print(f"  {set_name}: found {found}/{total} labelled pairs, {len(wrong)} wrong hits")
            if args.show:
                print("    missed:", ", ".join(missed))
                print("    wrong:", ", ".join(wrong))
        made[name] = in_tree(tree, _TEXTS_CHILD, {"pages": texts})
        vi = [i for i, language, _ in texts if language == "vi"]
        size = sum(len(made[name][i]) for i in vi)
        print(f"  Vietnamese fundus pages: {len(vi)}, search text {size} characters")
    from clipper.searchtext import fold, units

    marked: dict[str, set[str]] = {}
    for _, language, text in texts:
        if language == "vi":
            for unit in units(text):
                written = text[unit.start : unit.end].casefold()
                marked.setdefault(fold(written), set()).add(written)
    shared = {k: v for k, v in marked.items() if len(v) > 1}
    print(
        f"real Vietnamese text: {len(marked)} folded words, {len(shared)} of them two or more"
        f" marked words ({sum(len(v) for v in shared.values())} words a folded query met as one)"
    )
    if args.show:
        print("   ", "; ".join(f"{k}: {' '.join(sorted(v))}" for k, v in sorted(shared.items())))
    changed: dict[str, int] = {}
    for i, language, _ in texts:
        if language not in _KEYED_HERE and made["against"][i] != made["this tree"][i]:
            changed[language] = changed.get(language, 0) + 1
    others = sum(1 for _, language, _ in texts if language not in _KEYED_HERE)
    print(
        f"fundus pages of other languages (not vi, id, ms, el): {others}, search text changed:"
        f" {changed or 'none'}"
    )


if __name__ == "__main__":
    main()
