"""``python -m clipper.cli``: the command line (as ``clipper``, without its Ctrl-C guard at
start-up: :mod:`clipper.__main__`)."""

from clipper.cli import cli

if __name__ == "__main__":
    cli()
