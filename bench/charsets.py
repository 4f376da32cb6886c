"""Legacy charsets: real UTF-8 pages re-encoded in their languages' legacy code pages, declared
three ways, decoded as clipper decodes them; how many come back exactly as they were.

    python bench/charsets.py [--sets fundus,zyte,newspaper,readability] [--against TREE]

Each page of a set is re-encoded in every legacy code page its language was written in on the
web before UTF-8 (:data:`LEGACY`: Korean EUC-KR (as Windows writes it, CP949), Japanese
Shift_JIS (CP932) and EUC-JP, Chinese GBK and Big5 (Big5-HKSCS, as WHATWG decodes "big5"),
Russian Windows-1251 and KOI8-R, Ukrainian KOI8-U, Western and Central European Windows code
pages ...; the language is the page's ``<html lang>``, else py3langid on its text); a character
the code page lacks becomes a numeric reference (``&#8364;``), as a legacy CMS writes it.  A
code page that lacks more than 5 % of the page's non-ASCII characters (occurrences) is not
tried (Big5 for a simplified-Chinese page).  Every ``<meta charset>`` / ``http-equiv``
declaration is removed, then the page is declared

* ``none``: not at all (an old saved page, a WARC record without a charset);
* ``utf8-meta``: ``<meta charset="utf-8">`` (a template's default over a legacy body);
* ``utf8-http``: UTF-8 in the HTTP ``Content-Type`` only (a WARC record);
* ``latin1-http``: ISO-8859-1 in the HTTP ``Content-Type`` only (a server's default label over
  a legacy body: browsers read it as Windows-1252, right for Western pages only);
* ``right``: ``<meta charset>`` naming the code page (the control: must stay right).

A case is right when :func:`clipper.read.decoding.decode_html`'s text (or, where it hands back
bytes, trafilatura's ``decode_file`` of them: what clipper's cleaning then reads) equals the
re-encoded page decoded with its own code page, character for character.  With ``--against
TREE`` the same cases are decoded by that checkout's clipper in a child process (its tree
first on ``sys.path``), so before and after come from one command on one machine.  Tuned on
``fundus``; ``zyte``, ``newspaper`` and ``readability`` confirm.  Writes
``bench/results/charsets.json``.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PYTHON, SHARED_DATA, WORK, Run, figure, progress, shared_missing, table

# Legacy code pages per language: (Python codec, the label a page declares).
_WESTERN = [("cp1252", "windows-1252")]
_CENTRAL = [("cp1250", "windows-1250"), ("iso8859_2", "iso-8859-2")]
LEGACY: dict[str, list[tuple[str, str]]] = {
    "ko": [("cp949", "euc-kr")],
    "ja": [("cp932", "shift_jis"), ("euc_jp", "euc-jp")],
    "zh": [("gbk", "gbk"), ("big5hkscs", "big5")],
    "ru": [("cp1251", "windows-1251"), ("koi8_r", "koi8-r")],
    "uk": [("cp1251", "windows-1251"), ("koi8_u", "koi8-u")],
    "bg": [("cp1251", "windows-1251")],
    "el": [("cp1253", "windows-1253")],
    "tr": [("cp1254", "windows-1254")],
    "he": [("cp1255", "windows-1255")],
    "ar": [("cp1256", "windows-1256")],
    "lt": [("cp1257", "windows-1257")],
    "lv": [("cp1257", "windows-1257")],
    "et": [("cp1257", "windows-1257")],
    "vi": [("cp1258", "windows-1258")],
    **{
        lang: _WESTERN
        for lang in (
            "en",
            "de",
            "fr",
            "es",
            "it",
            "pt",
            "nl",
            "da",
            "nb",
            "sv",
            "fi",
            "is",
            "ca",
            "id",
        )
    },
    **{lang: _CENTRAL for lang in ("pl", "cs", "sk", "hu", "sl", "hr")},
}
FAMILIES = {
    "ko": "CJK",
    "ja": "CJK",
    "zh": "CJK",
    "ru": "Cyrillic",
    "uk": "Cyrillic",
    "bg": "Cyrillic",
}
VARIANTS = ("none", "utf8-meta", "utf8-http", "latin1-http", "right")
HTTP_DECLARED = {
    "utf8-http": "text/html; charset=utf-8",
    "latin1-http": "text/html; charset=iso-8859-1",
}
_MAX_UNENCODABLE = 0.05
_DECLARATION = re.compile(r"<meta\b[^>]*charset[^>]*>", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<script\b.*?</script>|<style\b.*?</style>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def pages(name: str) -> Iterator[tuple[str, bytes]]:
    if name == "fundus":
        with gzip.open(SHARED_DATA / "fundus-news-pages" / "pages.jsonl.gz", "rt") as f:
            for line in f:
                page = json.loads(line)
                yield f"fundus/{page['id']}", page["html"].encode("utf-8")
        return
    folders = {
        "zyte": ("zyte-article-extraction", "html/*.html.gz"),
        "newspaper": ("newspaper-article-pages", "html/*.html.gz"),
        "readability": ("readability-test-pages", "*/source.html.gz"),
    }
    folder, pattern = folders[name]
    for path in sorted((SHARED_DATA / folder).glob(pattern)):
        yield f"{name}/{path.relative_to(SHARED_DATA / folder)}", gzip.decompress(path.read_bytes())


def language(html: str) -> str | None:
    from clipper.declaredlanguage import declared_language
    from clipper.language import detect_language

    declared = declared_language(html[:65536].encode("utf-8", "replace"))
    if declared in LEGACY:
        return declared
    body = html[html.lower().find("<body") :]
    return detect_language(" ".join(_TAGS.sub(" ", body).split())[:5000]) or declared


def declare(html: str, label: str | None) -> str:
    html = _DECLARATION.sub("", html)
    if label is None:
        return html
    meta = f'<meta charset="{label}">'
    head = _HEAD.search(html)
    return html[: head.end()] + meta + html[head.end() :] if head else meta + html


def cases(sets: list[str]) -> tuple[list[dict[str, Any]], Counter[str]]:
    """Every (page, code page, variant) case of ``sets``, and counts of the pages left out."""
    out: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    for name in sets:
        for page_id, data in pages(name):
            try:
                html = data.decode("utf-8")
            except UnicodeDecodeError:
                skipped["source not UTF-8"] += 1
                continue
            lang = language(html)
            if lang not in LEGACY:
                skipped[f"no legacy code page for {lang}"] += 1
                continue
            non_ascii = sum(not c.isascii() for c in html)
            for codec, label in LEGACY[lang]:
                lost = sum(
                    n
                    for c, n in Counter(html).items()
                    if not c.isascii() and not _encodes(c, codec)
                )
                if non_ascii == 0 or lost > _MAX_UNENCODABLE * non_ascii:
                    skipped[f"{lang} not in {codec}"] += 1
                    continue
                for variant in VARIANTS:
                    text = declare(
                        html,
                        {
                            "none": None,
                            "utf8-http": None,
                            "latin1-http": None,
                            "utf8-meta": "utf-8",
                            "right": label,
                        }[variant],
                    )
                    encoded = text.encode(codec, errors="xmlcharrefreplace")
                    out.append(
                        {
                            "set": name,
                            "page": page_id,
                            "lang": lang,
                            "codec": codec,
                            "variant": variant,
                            "declared": HTTP_DECLARED.get(variant),
                            "data": base64.b64encode(encoded).decode("ascii"),
                        }
                    )
    return out, skipped


def _encodes(char: str, codec: str) -> bool:
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def decode_all(path: Path) -> list[bool]:
    """Whether each case of the cases file at ``path`` decodes back to its page (this process's
    clipper), and the CPU seconds the decoding took."""
    from trafilatura.utils import decode_file

    from clipper.read.decoding import decode_html

    right = []
    with gzip.open(path, "rt") as f:
        for line in f:
            case = json.loads(line)
            data = base64.b64decode(case["data"])
            expected = data.decode(case["codec"])
            body = decode_html(data, case["declared"])
            right.append((decode_file(body) if isinstance(body, bytes) else body) == expected)
    return right


def child(tree: Path | None, path: Path) -> tuple[list[bool], float]:
    """:func:`decode_all` in a fresh process running ``tree``'s clipper (this tree's: None)."""
    code = (
        "import sys, json, time; sys.path.insert(0, sys.argv[2]); import charsets;"
        "sys.path.insert(0, sys.argv[1]); t = time.process_time();"
        "r = charsets.decode_all(__import__('pathlib').Path(sys.argv[3]));"
        "import clipper; assert clipper.__file__.startswith(sys.argv[1]), clipper.__file__;"
        "print(json.dumps([r, time.process_time() - t]))"
    )
    tree_root = str(tree or Path(__file__).resolve().parent.parent)
    bench = str(Path(__file__).resolve().parent)
    proc = subprocess.run(
        [PYTHON, "-c", code, tree_root, bench, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
    )
    right, seconds = json.loads(proc.stdout.strip().splitlines()[-1])
    return right, seconds


def summarise(
    all_cases: list[dict[str, Any]], right: list[bool]
) -> dict[str, dict[str, list[int]]]:
    """``{set: {"<family> <variant>": [right, cases]}}``."""
    out: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for case, ok in zip(all_cases, right, strict=True):
        family = FAMILIES.get(case["lang"], "Latin/other")
        for key in (f"{family} {case['variant']}", f"all {case['variant']}"):
            out[case["set"]][key][0] += ok
            out[case["set"]][key][1] += 1
    return {k: dict(v) for k, v in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="fundus,zyte,newspaper,readability")
    parser.add_argument(
        "--against",
        type=Path,
        default=None,
        help="another checkout (e.g. /work/main) decoding the same cases",
    )
    args = parser.parse_args()
    if not SHARED_DATA.exists():
        raise SystemExit(shared_missing(SHARED_DATA))
    run = Run("charsets")
    progress("building the re-encoded cases ...")
    all_cases, skipped = cases(args.sets.split(","))
    path = WORK / "charsets" / "cases.jsonl.gz"
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt") as f:
        for case in all_cases:
            f.write(json.dumps(case) + "\n")
    trees: list[tuple[str, Path | None]] = [("this tree", None)]
    if args.against:
        trees.insert(0, (str(args.against), args.against))
    results: dict[str, Any] = {}
    for label, tree in trees:
        progress(f"decoding {len(all_cases)} cases with {label} ...")
        started = time.monotonic()
        right, cpu = child(tree, path)
        results[label] = {
            "summary": summarise(all_cases, right),
            "cpu_seconds": round(cpu, 2),
            "wall_seconds": round(time.monotonic() - started, 2),
            "wrong": [
                f"{c['page']} {c['codec']} {c['variant']}"
                for c, ok in zip(all_cases, right, strict=True)
                if not ok
            ],
        }
    rows = []
    labels = [label for label, _ in trees]
    for name in args.sets.split(","):
        keys = sorted(results[labels[-1]]["summary"].get(name, {}))
        for key in keys:
            cells = [results[label]["summary"][name][key] for label in labels]
            rows.append([name, key, *(f"{r}/{n}" for r, n in cells)])
            if key.startswith(("CJK", "Cyrillic", "all")):
                run.add(
                    figure(
                        f"charsets {name} {key} right ({labels[-1]})", cells[-1][0] / cells[-1][1]
                    )
                )
    print(table(rows, ["set", "family, declared", *labels]))
    for label in labels:
        print(f"{label}: decoding CPU {results[label]['cpu_seconds']} s for {len(all_cases)} cases")
    print("pages left out:", dict(skipped))
    run.data.update({"cases": len(all_cases), "skipped": dict(skipped), "results": results})
    print(f"wrote {run.write()}")


if __name__ == "__main__":
    main()
