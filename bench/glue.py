"""The glue script a user would write instead of clipper: the baseline of the bench scripts.

What a competent engineer puts together in an afternoon from the obvious parts:

1. read every input form clipper reads (HTML files, text dumps, JSON Lines, WARC via warcio);
2. HTML → text with trafilatura, *the same call clipper makes*
   (:func:`clipper.clean.extract_html`, i.e. ``bare_extraction`` with clipper's options);
   text dumps and JSONL ``text`` fields are taken as they are (raw text, no line cleaning);
3. word 5-shingles (``\\w+`` runs, lower-cased, joined by spaces, UTF-8), one
   ``datasketch.MinHash(num_perm=128)`` per document filled with ``update_batch`` (datasketch's
   default SHA-1 hash and default permutation scheme);
4. ``datasketch.MinHashLSH(threshold=t, num_perm=128)``: each document queries the index, then is
   inserted; every hit is a match (no verification step);
5. union-find over the matches → clusters;
6. (speed bench) store ``(key, site, text, cluster)`` rows into SQLite with ``executemany``.

Optionally the MinHash stage runs in a ``multiprocessing.Pool`` (``processes > 1``): the one
obvious parallelisation.
"""

from __future__ import annotations

import gzip
import json
import multiprocessing
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 5
SHINGLES = "word 5-shingles (\\w+ runs, lower-cased), SHA-1 (datasketch default), num_perm 128"

_WORD = re.compile(r"\w+")


def html_to_text(body: bytes | str, url: str | None = None) -> str:
    """trafilatura, exactly the call clipper makes; '' when it finds nothing."""
    from clipper.clean import extract_html

    try:
        doc = extract_html(body, url)
    except Exception:
        return ""
    return doc.text if doc is not None and doc.text else ""


def read_inputs(paths: Iterable[Path]) -> Iterator[tuple[str, str]]:
    """``(key, text)`` for every document: key is the file path, ``path:line`` for JSONL, the
    target URI for WARC records."""
    for root in paths:
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            name = path.name.lower()
            if name.endswith((".html", ".htm", ".html.gz")):
                data = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else None
                yield str(path), html_to_text(data or path.read_bytes())
            elif name.endswith((".txt", ".txt.gz")):
                data = path.read_bytes()
                if name.endswith(".gz"):
                    data = gzip.decompress(data)
                yield str(path), data.decode("utf-8", "replace")
            elif name.endswith((".jsonl", ".jsonl.gz")):
                opener = gzip.open if name.endswith(".gz") else open
                with opener(path, "rt", encoding="utf-8") as f:
                    for lineno, line in enumerate(f, 1):
                        if not line.strip():
                            continue
                        record = json.loads(line)
                        key = f"{path}:{lineno}"
                        if record.get("html"):
                            yield key, html_to_text(record["html"], record.get("url"))
                        else:
                            yield key, record.get("text") or record.get("maintext") or ""
            elif name.endswith((".warc", ".warc.gz")):
                from warcio.archiveiterator import ArchiveIterator

                with open(path, "rb") as f:
                    for record in ArchiveIterator(f):
                        if record.rec_type != "response":
                            continue
                        ctype = record.http_headers.get_header("Content-Type") or ""
                        if "html" not in ctype:
                            continue
                        url = record.rec_headers.get_header("WARC-Target-URI")
                        yield url, html_to_text(record.content_stream().read(), url)


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    tokens = _WORD.findall(text.lower())
    if len(tokens) < k:
        return {" ".join(tokens).encode("utf-8")} if tokens else set()
    return {" ".join(tokens[i : i + k]).encode("utf-8") for i in range(len(tokens) - k + 1)}


def minhash(text: str) -> MinHash | None:
    grams = shingles(text)
    if not grams:
        return None
    m = MinHash(num_perm=NUM_PERM)
    m.update_batch(grams)
    return m


def minhashes(texts: list[str], processes: int = 1) -> list[MinHash | None]:
    if processes <= 1:
        return [minhash(t) for t in texts]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        return pool.map(minhash, texts, chunksize=256)


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent.setdefault(x, x)
        while parent != x:
            grand = self.parent[parent]
            self.parent[x] = grand
            x, parent = parent, grand
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster(
    keys: list[str], sketches: list[MinHash | None], threshold: float
) -> dict[str, str]:
    """key → cluster representative.  Documents without any words stay singletons."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    uf = UnionFind()
    for key, m in zip(keys, sketches, strict=True):
        uf.find(key)
        if m is None:
            continue
        for hit in lsh.query(m):
            uf.union(key, hit)
        lsh.insert(key, m)
    return {key: uf.find(key) for key in keys}


def store(db: Path, rows: list[tuple[str, str, str, str]]) -> None:
    """``(key, site, text, cluster)`` rows into a fresh SQLite table, one executemany."""
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE docs (key TEXT PRIMARY KEY, site TEXT, text TEXT, cluster TEXT)")
    con.execute("CREATE INDEX docs_cluster ON docs (cluster)")
    con.executemany("INSERT INTO docs VALUES (?, ?, ?, ?)", rows)
    con.commit()
    con.close()


def run_on_jsonl_texts(
    files: list[Path], db: Path, threshold: float = 0.8, processes: int = 1
) -> dict[str, str]:
    """End to end over JSONL text records (the speed bench): read, MinHash, LSH, store."""
    keys: list[str] = []
    sites: list[str] = []
    texts: list[str] = []
    for path in files:
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                keys.append(record.get("url") or f"{path}:{len(keys)}")
                sites.append(record.get("site") or "")
                texts.append(record.get("text") or "")
    clusters = cluster(keys, minhashes(texts, processes), threshold)
    store(db, [(k, s, t, clusters[k]) for k, s, t in zip(keys, sites, texts, strict=True)])
    return clusters
