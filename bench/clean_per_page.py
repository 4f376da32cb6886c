"""Cleaning against trafilatura alone, page by page: where clipper's own work is out of line.

    python bench/clean_per_page.py [--top 20]

For each of ``bench/speed.py``'s 439 HTML pages (Zyte + Fundus), in one process: the CPU time
of ``clipper.clean.clean_page`` (what a worker does to clean a page) and of trafilatura alone
as ``speed.py`` times it (``extract_html`` on the page's bytes and URL, trafilatura with
metadata), the page's own two timings one after the other, so what one of them warms (a
language's stop-word list, the language model, parsed tables) is warm for the other.  Prints
the totals and their ratio, then the ``--top`` pages where clipper spends the most beyond
trafilatura: a page far out of line points at work that grows faster than its input (a JSON-LD
block read by a quadratic regular expression, 1.7 s of one page, was found so).  The first
page of each language pays one-off loads in clipper only; they show up at the top and say
nothing of cost per page.  Writes ``bench/results/clean-per-page.json``.  Without
``../shared/data`` it prints "skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import time

from _common import SHARED_DATA, Run, figure, fmt, progress, shared_missing, table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    if not (SHARED_DATA / "zyte-article-extraction").exists():
        print(shared_missing(SHARED_DATA))
        return
    import speed

    from clipper.clean import clean_page
    from clipper.config import Config
    from clipper.read import read_pages

    run = Run("clean-per-page")
    corpus = speed.html_corpus(None)
    config = Config(workers=1)
    pages = list(read_pages([str(corpus)], config.read, lambda rejection: None))
    records = speed._records(corpus)
    assert len(pages) == len(records)
    progress(f"{len(pages)} pages: clean_page and trafilatura alone, each page in turn")
    clean_page(pages[0], config.clean)  # imports and tables both sides load once
    speed._extract(records[0])
    rows = []
    for page, record in zip(pages, records, strict=True):
        began = time.process_time()
        clean_page(page, config.clean)
        ours = time.process_time() - began
        began = time.process_time()
        speed._extract(record)
        alone = time.process_time() - began
        rows.append((ours - alone, ours, alone, page.url or page.origin))
    ours_total = sum(row[1] for row in rows)
    alone_total = sum(row[2] for row in rows)
    rows.sort(key=lambda row: (-row[0], row[3]))
    print(
        table(
            [
                [fmt(d * 1000, 1), fmt(o * 1000, 1), fmt(a * 1000, 1), url[:90]]
                for d, o, a, url in rows[: args.top]
            ],
            ["beyond ms", "clipper ms", "alone ms", "page"],
        )
    )
    print(
        f"clean_page {ours_total:.2f} CPU s, trafilatura alone {alone_total:.2f} CPU s: "
        f"{ours_total / alone_total:.3f} ×"
    )
    run.add(
        figure(
            "HTML cleaning CPU ÷ trafilatura alone, page by page",
            round(ours_total / alone_total, 3),
            "×",
        ),
        figure("clean_page CPU seconds", round(ours_total, 2), "s"),
        figure("trafilatura alone CPU seconds", round(alone_total, 2), "s"),
    )
    run.data["top"] = [
        {"page": url, "clipper_ms": round(o * 1000, 1), "alone_ms": round(a * 1000, 1)}
        for _, o, a, url in rows[: args.top]
    ]
    print(f"wrote {run.write()}")


if __name__ == "__main__":
    main()
