"""Does a Persian word holding a half-space find pages writing it with the half-space, typed on
an Arabic keyboard (``ي ك``, a space for the half-space) or joined (no half-space), whichever
way the query types it (clipper.scripts.persian_affixes_half_spaced, clipper.spelling
.half_space_spellings, clipper.searchterms.half_spaced_ways), and which pages does it find
wrongly?  Pairs found and wrong hits on invented paragraphs, and query p50, for this tree and
another checkout in the same command.

Each set is a few invented paragraphs written three ways (three pages).  Every word of it
holding a half-space is a query in four forms (with it, without it, with a space, a quoted
phrase with a space), each typed with Persian or with Arabic-keyboard letters: eight queries a
word, each against the set's three pages.  A hit on a page of the other set is wrong unless
that set writes the word too.  The ``tune`` set is the text the change was made and tested on
(newcomer 39's metro story, tests/test_search_persian_keyboard.py's); ``confirm``, written
before the change was run on it, was not tuned on.

Pages and queries go through each tree's own ``search_text`` and query compiler
(``clipper.backends.sqlite.fts5_expression``) into an in-memory FTS5 table of clipper's
tokenizer, in a child process per tree.

    python bench/search_persian_keyboard.py --against DIR [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import search_in_tree

HALF = "\u200c"
TUNE = [
    "به گزارش خبرنگار شهری، معاون حمل‌ونقل شهرداری تهران اعلام کرد سه ایستگاه جدید خط هفت "
    "مترو از روز شنبه هفته آینده به روی مسافران باز می‌شود و فاصله حرکت قطارها در ساعات اوج "
    "به شش دقیقه کاهش می‌یابد.",
    "محمدرضا کیانی‌پور در نشست خبری روز پنجشنبه گفت با بهره‌برداری از این ایستگاه‌ها روزانه "
    "حدود ۸۵ هزار مسافر به جمع استفاده‌کنندگان خط هفت اضافه خواهند شد و بخشی از بار ترافیکی "
    "بزرگراه‌های غرب شهر کاهش پیدا می‌کند.",
    "مهندس علیرضا صادقی‌پور در گفت‌وگو با خبرنگاران افزود ایستگاه‌ها با پله‌های برقی تازه "
    "تجهیز شده‌اند و سامانه حمل‌ونقل عمومی شهر پس از این بزرگ‌تر می‌شود.",
]
CONFIRM = [
    "سازمان آب منطقه‌ای اصفهان اعلام کرد سد تازه‌ساز شهرستان سمیرم از هفته‌ی آینده آب‌گیری "
    "می‌شود و کشاورزان پایین‌دست می‌توانند از بهار آب بیشتری دریافت کنند.",
    "مدیرعامل این سازمان، مهندس حمیدرضا نوروزی‌فر، گفت ظرفیت مخزن سد بیش از چهل میلیون "
    "مترمکعب است و لوله‌های انتقال آب به روستاهای اطراف در ماه‌های گذشته نصب شده‌اند.",
    "به گفته‌ی او هزینه‌ی ساخت این طرح از محل اعتبارات ملی و کمک‌های استانی تأمین شده و "
    "بهره‌برداری کامل از آن تا پایان سال انجام نمی‌شود.",
    "برخی از اهالی روستاهای بالادست نگران‌اند که با آب‌گیری سد، زمین‌های کشاورزی آن‌ها زیر "
    "آب برود و خواستار پرداخت خسارت شده‌اند.",
]
SETS = (("tune", TUNE), ("confirm", CONFIRM))


def arabic_letters(value: str) -> str:
    return value.replace("ی", "ي").replace("ک", "ك")


# a page's three spellings
PAGE_FORMS = {
    "half-space": lambda text: text,
    "arabic-keyboard": lambda text: arabic_letters(text.replace(HALF, " ")),
    "joined": lambda text: text.replace(HALF, ""),
}


def half_space_words(paragraphs: list[str]) -> list[str]:
    """The set's words holding a half-space, each once, in order."""
    found: list[str] = []
    for paragraph in paragraphs:
        for word in paragraph.replace("،", " ").replace(".", " ").split():
            if HALF in word and word not in found:
                found.append(word)
    return found


def query_forms(word: str) -> list[str]:
    forms = [word, word.replace(HALF, ""), word.replace(HALF, " "),
             '"' + word.replace(HALF, " ") + '"']
    return forms + [arabic_letters(form) for form in forms]




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", metavar="DIR", required=True)
    parser.add_argument("--show", action="store_true", help="list each miss and wrong hit")
    args = parser.parse_args()
    here = str(Path(__file__).resolve().parent.parent)
    pages = [
        (f"{set_name}:{form}", "\n\n".join(spell(p) for p in paragraphs))
        for set_name, paragraphs in SETS
        for form, spell in PAGE_FORMS.items()
    ]
    queries = {
        set_name: {form: word for word in half_space_words(paragraphs)
                   for form in query_forms(word)}
        for set_name, paragraphs in SETS
    }
    everything = sorted({q for by_set in queries.values() for q in by_set})
    for name, tree in (("against", args.against), ("this tree", here)):
        print(f"{name} ({tree}):")
        result = search_in_tree(tree, [(i, "fa", text) for i, text in pages], everything)
        for set_name, _ in SETS:
            other = " ".join(" ".join(p) for s, p in SETS if s != set_name).replace(HALF, "")
            found = total = 0
            by_form = dict.fromkeys(PAGE_FORMS, 0)
            missed: list[str] = []
            wrong: list[str] = []
            for query, word in queries[set_name].items():
                got = set(result["hits"][query])
                for form in PAGE_FORMS:
                    total += 1
                    if f"{set_name}:{form}" in got:
                        found += 1
                        by_form[form] += 1
                    else:
                        missed.append(f"{query}→{form}")
                if word.replace(HALF, "") not in other:
                    wrong += [f"{query}→{page}" for page in got if not page.startswith(set_name)]
            forms = ", ".join(f"{form} {n}/{total // 3}" for form, n in by_form.items())
            print(f"  {set_name}: {found}/{total} pairs found ({forms}), {len(wrong)} wrong hits"
                  f" over {len(queries[set_name])} queries")
            if args.show:
                print("    missed:", ", ".join(missed))
                print("    wrong:", ", ".join(wrong))
        spent = result["spent"]
        p50, p95 = spent[len(spent) // 2], spent[int(len(spent) * 0.95)]
        print(f"  query p50 {p50:.0f} us, p95 {p95:.0f} us; search text of the six pages"
              f" {result['size']} characters")


if __name__ == "__main__":
    main()
