"""What the full-text index costs per page: the search text built in Python, and the FTS5 insert.

    python bench/search_index.py [--records 3000] [--rounds 3] [--baseline REV]

Pages (built at run time from ``../shared/data``, never committed): the first ``--records``
records of the one-day stream (``bench/oneday.py``: English wire copy recombined, ~3,300
characters) and the expected title and body of every ``fundus-news-pages`` page (258 pages, 23
languages, Chinese, Japanese and Korean among them).  For each set, seconds per 1,000 pages of:

* ``search_text`` of title and body (:mod:`clipper.searchtext`), best of ``--rounds``;
* ``index_pages`` of the SQLite backend (search text + one FTS5 ``executemany`` per 500-page
  batch, as ``clipper dedupe`` writes it) into a fresh archive;
* the FTS5 insert of the raw title and body (what the index cost when FTS5's own tokenizer
  read the raw text, before the search text): the floor the Python part adds to.

``--baseline REV`` also times ``search_text`` of ``clipper/searchtext.py`` as it was at git
revision ``REV``, in the same process (a ratio measured in one command), and checks that both
give the same search text for every page; and the CPU seconds of the two, rounds interleaved
(the better of each's rounds), for a loaded machine.  ``--language TAG`` reads every page as
stored in that language (``en-GB``: its British spellings, clipper.englishspelling); by
default as of no language.  Writes ``bench/results/search_index.json``.
Without ``../shared/data`` the script prints "skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, SHARED_DATA, Run, figure, progress, shared_missing

from clipper.archive import open_archive
from clipper.backends import PageText
from clipper.searchtext import search_text

Page = tuple[str | None, str]
BATCH = 500


def one_day(n: int) -> list[Page]:
    import oneday

    return [(None, record["text"]) for record in oneday.records(n)]


def fundus() -> list[Page]:
    pages = []
    for path in sorted((SHARED_DATA / "fundus-news-pages" / "expected").glob("*/*.json")):
        for version in json.loads(path.read_text(encoding="utf-8")).values():
            sections = (version.get("body") or {}).get("sections") or []
            body = "\n".join(p for s in sections for p in s["headline"] + s["paragraphs"])
            pages.append((version.get("title"), body))
    return pages


def baseline_module(revision: str) -> ModuleType:
    """``clipper/searchtext.py`` as it was at ``revision``, imported under another name."""
    source = subprocess.run(
        ["git", "-C", str(REPO), "show", f"{revision}:clipper/searchtext.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "searchtext_baseline.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("searchtext_baseline", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def per_1000(pages: list[Page], work: Callable[[list[Page]], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        work(pages)
        best = min(best, time.perf_counter() - started)
    return best / len(pages) * 1000


def build_text(
    function: Callable[[str | None, str | None], str], language: str | None = None
) -> Callable[[list[Page]], object]:
    return lambda pages: [
        (function(title, language), function(body, language)) for title, body in pages
    ]


def interleaved_cpu(
    pages: list[Page], works: tuple[Callable[[list[Page]], object], ...], rounds: int
) -> list[float]:
    """CPU seconds per 1,000 pages of each of ``works``, each round running them one after
    the other, the best round of each."""
    best = [float("inf")] * len(works)
    for _ in range(rounds):
        for i, work in enumerate(works):
            started = time.process_time()
            work(pages)
            best[i] = min(best[i], time.process_time() - started)
    return [seconds / len(pages) * 1000 for seconds in best]


def index_into_archive(raw: bool) -> Callable[[list[Page]], object]:
    def run(pages: list[Page]) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            archive = open_archive(str(Path(tmp) / "index.db"))
            with archive.engine.begin() as connection:
                for start in range(0, len(pages), BATCH):
                    batch = pages[start : start + BATCH]
                    if raw:
                        connection.exec_driver_sql(
                            "INSERT INTO pages_fts (rowid, title, text) VALUES (?, ?, ?)",
                            [(start + i + 1, t, b) for i, (t, b) in enumerate(batch)],
                        )
                    else:
                        archive.backend.index_pages(
                            connection,
                            [PageText(start + i + 1, t, b, None) for i, (t, b) in enumerate(batch)],
                        )
            archive.close()

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", metavar="REV", help="git revision to compare with")
    parser.add_argument("--language", metavar="TAG", help="the pages' stored language")
    args = parser.parse_args()
    if not SHARED_DATA.exists():
        print(shared_missing(SHARED_DATA))
        return
    run = Run("search_index")
    baseline = baseline_module(args.baseline) if args.baseline else None
    sets = {"one-day records": one_day(args.records), "fundus pages": fundus()}
    for name, pages in sets.items():
        chars = sum(len(body) + len(title or "") for title, body in pages) / len(pages)
        progress(f"{name}: {len(pages):,} pages, {chars:,.0f} characters a page")
        rows = {
            "search_text": per_1000(pages, build_text(search_text, args.language), args.rounds),
            "index_pages (SQLite FTS5)": per_1000(pages, index_into_archive(False), args.rounds),
            "FTS5 insert of the raw text": per_1000(pages, index_into_archive(True), args.rounds),
        }
        if baseline is not None:
            rows[f"search_text at {args.baseline}"] = per_1000(
                pages, build_text(baseline.search_text, args.language), args.rounds
            )
            now, before = (
                build_text(search_text, args.language),
                build_text(baseline.search_text, args.language),
            )
            cpu_now, cpu_before = interleaved_cpu(pages, (now, before), args.rounds)
            rows["search_text, CPU, interleaved"] = cpu_now
            rows[f"search_text at {args.baseline}, CPU, interleaved"] = cpu_before
            same = now(pages) == before(pages)
            run.add(figure(f"{name}: same search text as {args.baseline}", str(same)))
            print(f"{name}: same search text as {args.baseline}: {same}")
        for label, seconds in rows.items():
            print(f"{name:<16} {label:<32} {seconds:6.3f} s per 1,000 pages")
            run.add(figure(f"{name}: {label}", seconds, "s per 1,000 pages"))
        if baseline is not None:
            ratio = rows[f"search_text at {args.baseline}"] / rows["search_text"]
            print(f"{name:<16} search_text speed-up over {args.baseline}: {ratio:.2f}x")
            run.add(figure(f"{name}: search_text speed-up over {args.baseline}", ratio, "x"))
            cpu = rows[f"search_text at {args.baseline}, CPU, interleaved"] / cpu_now
            print(f"{name:<16} search_text CPU speed-up over {args.baseline}: {cpu:.2f}x")
            run.add(figure(f"{name}: search_text CPU speed-up over {args.baseline}", cpu, "x"))
    print(f"wrote {run.write().relative_to(REPO)}")


if __name__ == "__main__":
    main()
