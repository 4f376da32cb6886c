"""The ``clipper`` command (and ``python -m clipper``): the CLI, with Ctrl-C at any moment a
one-line message and exit code 130, not a traceback.

:mod:`clipper.cli` and what it imports load in about a second; an interrupt during that second
would otherwise print a traceback from deep inside an import.  Click turns an interrupt inside a
command into "Aborted!"; ``dedupe`` catches its own (committed batches are kept).
"""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130


def main() -> None:
    try:
        from clipper.cli import cli

        cli()
    except KeyboardInterrupt:
        sys.stderr.write("\ninterrupted\n")
        sys.exit(EXIT_INTERRUPTED)


if __name__ == "__main__":
    main()
