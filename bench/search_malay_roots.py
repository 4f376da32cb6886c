"""Does an Indonesian or Malay root find the sentences writing its derived forms
(clipper.malayroots), and no sentence of another word?  Misses and wrong hits on labelled
invented sentences for this tree and another checkout in the same command, Snowball's
Indonesian stemmer beside them, and the words real Indonesian and Malay text merges.

Each case is a word (the query: a root, or a derived form a reader types), an invented sentence
writing a form of it, the sentence's language, and (a fourth item on) other words the sentence
is relevant to.  Every word is a query; it should find every sentence of its word or labelled
with it (relevant pairs) and no other (a wrong hit: ``masa``, "time", finding ``Masalah
banjir…``, "problem"; ``perintah``, "order", finding ``Pemerintah…``, "government").  The
``tune`` set holds newcomer 47b's words and was the one the Malay roots
(``clipper.malayroots.MALAY_ROOTS``) were chosen on; the ``confirm`` set, other words, was
written before clipper.malayroots was run on it.  Both hold decoys: words whose own last or
first letters look like an affix (``sekolah``, ``masalah``, ``pemerintah``, ``kelahiran``).

Sentences and queries go through each tree's ``search_text`` and query compiler
(``clipper.backends.sqlite.fts5_expression``) into an in-memory FTS5 table, in a child process
per tree.  Snowball's line is simulated in this process: a query finds a sentence holding a
word of its Snowball stem (``snowballstemmer``'s ``indonesian``), as a stemming index would.

Real text: the Indonesian and Malay fundus pages of ``../shared/data`` (by clipper's language
identification), and the HTML, text or JSONL pages under each ``--pages DIR`` (read by
trafilatura): their words merged with another by this tree's roots and by Snowball's stems, as
counts (``--show`` lists each merge, to be read for wrong ones); and the CPU of their search texts
in each tree (caches cold, Sastrawi's dictionary read, then warm) and their size.

    python bench/search_malay_roots.py --against DIR [--pages DIR ...] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import fundus_pages, in_tree, search_in_tree

# (word, a sentence writing a form of it, its language[, other words it is relevant to])
Case = tuple[str, ...]
TUNE: list[Case] = [
    ("tambang", "Izin pertambangan nikel dicabut gubernur.", "id"),
    ("tambang", "Bijih yang ditambang di Morowali dikirim ke smelter.", "id"),
    ("tambang", "Penambangan pasir liar di sungai ditutup.", "id"),
    ("biaya", "Bank daerah membiayai proyek jalan tol.", "id", "bank"),
    ("biaya", "Pembiayaan rumah subsidi naik tahun ini.", "id"),
    ("biaya", "Projek itu dibiayai sepenuhnya oleh kerajaan negeri.", "ms"),
    ("salur", "Pemerintah menyalurkan bantuan beras ke desa.", "id", "pemerintah"),
    ("salur", "Penyaluran kredit usaha melambat.", "id"),
    ("olah", "Pengolahan limbah dimulai pekan depan.", "id"),
    ("olah", "Nikel itu diolah di dalam negeri.", "id"),
    ("jana", "Loji solar itu menjana 500 megawatt elektrik.", "ms"),
    ("laksana", "Program itu dilaksanakan bulan depan.", "id"),
    ("laksana", "Pelaksanaan pemilu berjalan lancar.", "id"),
    ("peruntukkan", "Syarikat tenaga memperuntukkan RM2 bilion untuk projek itu.", "ms"),
    ("peruntukkan", "Dana itu diperuntukkan bagi sekolah daerah.", "ms", "sekolah"),
    ("kelola", "Pengelola pasar menaikkan sewa kios.", "id"),
    ("kelola", "Dana desa dikelola oleh koperasi.", "id"),
    ("bangun", "Kontraktor membangun jembatan baru di kota.", "id"),
    ("bangun", "Pembangunan bandara tertunda lagi.", "id"),
    # decoys: a word's own letters that look like an affix
    ("sekolah", "Sekolah itu diliburkan selama seminggu.", "id"),
    ("masa", "Masa jabatan bupati berakhir bulan ini.", "id"),
    ("masalah", "Masalah banjir di utara belum selesai.", "id"),
    ("bank", "Bank sentral menahan suku bunga.", "id"),
    ("bank", "Sektor perbankan tumbuh pesat.", "id"),
    ("perintah", "Presiden memberi perintah evakuasi.", "id"),
    ("pemerintah", "Pemerintah menaikkan harga bahan bakar.", "id"),
    ("pemerintah", "Pemerintahan baru dilantik pekan lalu.", "id"),
]
CONFIRM: list[Case] = [
    ("tanam", "Petani menanam padi di lahan kering.", "id", "lahan"),
    ("tanam", "Penanaman pohon di lereng gunung dimulai.", "id"),
    ("kirim", "Pabrik itu mengirim nikel ke luar negeri.", "id"),
    ("kirim", "Pengiriman barang ke pulau terlambat.", "id"),
    ("tulis", "Wartawan itu menulis laporan panjang.", "id", "lapor"),
    ("tulis", "Penulisan ulang undang-undang dibahas.", "id"),
    ("jual", "Pedagang menjual beras di pasar.", "id"),
    ("jual", "Penjualan mobil naik bulan lalu.", "id"),
    ("periksa", "Polisi memeriksa tiga saksi.", "id"),
    ("periksa", "Pemeriksaan berlangsung tujuh jam.", "id"),
    ("lapor", "Warga melaporkan banjir kepada lurah.", "id"),
    ("lapor", "Pelaporan pajak dibuka hari ini.", "id"),
    ("labur", "Syarikat itu melabur RM500 juta di Johor.", "ms"),
    ("labur", "Pelaburan asing meningkat tahun ini.", "ms"),
    ("kuat", "Kerajaan akan memperkuatkan kawalan sempadan.", "ms"),
    ("rancang", "Kerajaan merancang projek perumahan baharu.", "ms"),
    ("rancang", "Perancangan bandar itu diluluskan.", "ms"),
    # decoys
    ("lahan", "Lahan sawit terbakar lagi.", "id"),
    ("lahir", "Bayi itu lahir di atas kapal.", "id"),
    ("lahir", "Angka kelahiran turun tajam.", "id"),
    ("bijak", "Langkah itu dinilai bijak.", "id"),
    ("kebijakan", "Kebijakan baru diumumkan menteri.", "id"),
    ("makin", "Harga cabai makin mahal.", "id"),
    ("makan", "Warga makan bersama di balai desa.", "id"),
    ("kalah", "Tim tuan rumah kalah tipis.", "id"),
    ("berkah", "Hujan itu membawa berkah bagi petani.", "id"),
]
SETS = (("tune", TUNE), ("confirm", CONFIRM))

# The CPU seconds of the search texts of (language, text) pages as a tree makes them: the first
# pass (caches cold: Sastrawi's dictionary read), then the best of three more with warm caches
_COST_CHILD = r"""
import json, sys, time
from clipper.searchtext import search_text
pages = json.load(sys.stdin)["pages"]
def once():
    start = time.process_time()
    size = sum(len(search_text(text, language)) for language, text in pages)
    return time.process_time() - start, size
cold, size = once()
warm = min(once()[0] for _ in range(3))
json.dump({"cold": cold, "warm": warm, "size": size}, sys.stdout)
"""
_WORD = re.compile(r"[a-z]+")


def score(
    cases: list[Case], hits: dict[str, list[str]]
) -> tuple[int, int, int, list[str], list[str]]:
    """(relevant pairs found, relevant pairs, hits, misses, wrong hits) of one set: every query
    against every sentence of its word or labelled with it, and its hits on any other."""
    found = total = hit = 0
    missed: list[str] = []
    wrong: list[str] = []
    for query in sorted({case[0] for case in cases}):
        got = set(hits[query])
        for n, (word, sentence, _, *labels) in enumerate(cases):
            page = f"{id(cases)}:{n}"
            hit += page in got
            if word == query or query in labels:
                total += 1
                if page in got:
                    found += 1
                else:
                    missed.append(f"{query}→{sentence.split()[0]}")
            elif page in got:
                wrong.append(f"{query}→{' '.join(sentence.split()[:2])}")
    return found, total, hit, missed, wrong


def snowball_hits(cases: list[Case]) -> dict[str, list[str]]:
    """Each query's sentences by Snowball's Indonesian stems: those holding a word of the
    query's stem."""
    import snowballstemmer

    stemmer: Any = snowballstemmer.stemmer("indonesian")
    stems = [set(stemmer.stemWords(_WORD.findall(sentence.lower()))) for _, sentence, *_ in cases]
    return {
        query: [
            f"{id(cases)}:{n}" for n, held in enumerate(stems) if stemmer.stemWord(query) in held
        ]
        for query in {case[0] for case in cases}
    }


def real_texts(folders: list[str]) -> list[tuple[str, str]]:
    """(language, text) of the Indonesian and Malay fundus pages and of the pages under
    ``folders`` (``.html`` read by trafilatura, ``.txt`` whole, ``.jsonl`` lines' ``text``),
    each read as clipper's language identification reads it."""
    from clipper.language import detect_language

    found = [(language, f"{title}\n{body}") for language, title, body in fundus_pages({"id", "ms"})]
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            texts: list[str] = []
            if path.suffix == ".html":
                import trafilatura

                texts = [trafilatura.extract(path.read_text("utf-8", "replace")) or ""]
            elif path.suffix == ".txt":
                texts = [path.read_text("utf-8", "replace")]
            elif path.suffix == ".jsonl":
                for line in path.read_text("utf-8").splitlines():
                    record = json.loads(line)
                    texts.append(f"{record.get('title') or ''}\n{record.get('text') or ''}")
            for text in texts:
                language = detect_language(text)
                if language in ("id", "ms"):
                    found.append((language, text))
    return found


def merges(texts: list[tuple[str, str]], show: bool) -> None:
    """Print how many of the texts' words this tree's roots and Snowball's stems merge with
    another word (and, with ``show``, each merged set)."""
    import snowballstemmer

    from clipper.malayroots import root
    from clipper.searchtext import fold

    snowball: Any = snowballstemmer.stemmer("indonesian")
    words = {(language, word) for language, text in texts for word in _WORD.findall(fold(text))}
    print(f"real text: {len(texts)} pages, {len(words)} words (id/ms)")
    for name, key in (
        ("this tree's roots", lambda language, word: root(word, language)),
        ("Snowball's stems", lambda language, word: snowball.stemWord(word)),
    ):
        classes: dict[str, set[str]] = defaultdict(set)
        for language, word in words:
            classes[key(language, word)].add(word)
        merged = {k: v for k, v in classes.items() if len(v) > 1}
        count = sum(len(v) for v in merged.values())
        print(f"  {name}: {count} words in {len(merged)} merged sets")
        if show:
            for k in sorted(merged):
                print(f"    {k}: {' '.join(sorted(merged[k]))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", metavar="DIR", required=True)
    parser.add_argument("--pages", metavar="DIR", action="append", default=[])
    parser.add_argument("--show", action="store_true", help="list each miss and wrong hit")
    args = parser.parse_args()
    here = str(Path(__file__).resolve().parent.parent)
    runs: list[tuple[str, Any]] = [("against", args.against), ("this tree", here)]
    for name, tree in [*runs, ("Snowball (simulated)", None)]:
        print(f"{name}{f' ({tree})' if tree else ''}:")
        for set_name, cases in SETS:
            if tree is None:
                hits = snowball_hits(cases)
            else:
                pages = [(f"{id(cases)}:{n}", case[2], case[1]) for n, case in enumerate(cases)]
                queries = sorted({case[0] for case in cases})
                hits = search_in_tree(tree, pages, queries)["hits"]
            found, total, hit, missed, wrong = score(cases, hits)
            print(
                f"  {set_name}: found {found}/{total} relevant pairs ({total - found} misses),"
                f" {len(wrong)} wrong hits of {hit}"
            )
            if args.show:
                print("    missed:", ", ".join(missed))
                print("    wrong:", ", ".join(wrong))
    texts = real_texts(args.pages)
    merges(texts, args.show)
    for name, tree in runs:
        cost = in_tree(tree, _COST_CHILD, {"pages": [list(text) for text in texts]})
        print(
            f"  search text in {name}: {cost['cold'] * 1000:.0f} ms CPU cold,"
            f" {cost['warm'] * 1000:.1f} ms warm over {len(texts)} pages,"
            f" {cost['size']} characters"
        )


if __name__ == "__main__":
    main()
