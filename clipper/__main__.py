"""The ``clipper`` command (and ``python -m clipper``): the CLI, with Ctrl-C at any moment a
one-line message and exit code 130, not a traceback; once the command has ended, a Ctrl-C
changes nothing (its exit code stands).

A command's imports (the archive, SQLAlchemy, the pipeline: loaded when it runs) take up to a
second; an interrupt during them would otherwise print a traceback from deep inside an import.
Click turns an interrupt inside a command into "Aborted!"; ``dedupe`` catches its own
(committed batches are kept).
"""

from __future__ import annotations

import signal
import sys

EXIT_INTERRUPTED = 130


def main() -> None:
    try:
        from clipper.cli import cli

        cli()
    except KeyboardInterrupt:
        sys.stderr.write("\ninterrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    except SystemExit:
        # The command has ended, its answer printed and its exit code chosen: a Ctrl-C while
        # the interpreter tears down (worker processes joined, files closed) would kill the
        # process by the signal, silently, a completed run's 0 lost.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise


if __name__ == "__main__":
    main()
