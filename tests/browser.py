"""A headless Chromium for the digest's browser tests, and a screenshot tool.

Playwright for Python drives the system's Chromium (Debian's ``chromium`` package, installed by
``.ci/run`` and ``make test`` when missing); it never downloads a browser of its own.  Each
launch gets a fresh profile folder and flags that keep it offline and quiet.

    python -m tests.browser demo/digest.html docs/digest-375.png 375

writes a full-page screenshot of an HTML file at a viewport width.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def unavailable() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not Path(CHROMIUM).exists():
        return (
            f"no Chromium at {CHROMIUM}: install Debian's chromium package "
            "(make test does it when run as root with apt-get)"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[dev]')"
    return None


@contextmanager
def chromium(width: int, height: int = 900) -> Iterator[Any]:
    """A Playwright page in a fresh headless Chromium profile at ``width``×``height`` px."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="clipper-chromium-")
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                profile,
                executable_path=CHROMIUM,
                headless=True,
                args=ARGS,
                viewport={"width": width, "height": height},
                offline=True,
            )
            try:
                yield context.pages[0] if context.pages else context.new_page()
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(html: Path, png: Path, width: int) -> None:
    """A full-page PNG of ``html`` at a viewport ``width`` px wide."""
    with chromium(width) as page:
        page.goto(html.resolve().as_uri())
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png), full_page=True)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: python -m tests.browser PAGE.html OUT.png WIDTH", file=sys.stderr)
        return 2
    reason = unavailable()
    if reason:
        print(f"cannot take a screenshot: {reason}", file=sys.stderr)
        return 1
    screenshot(Path(argv[0]), Path(argv[1]), int(argv[2]))
    print(f"wrote {argv[1]}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    sys.exit(main(sys.argv[1:]))
