"""What ``clipper export`` can write: its formats and text encodings (:mod:`clipper.export`
writes them).  A module of its own, light, so the command line's ``--format`` option and help
name them without loading the archive (SQLAlchemy)."""

FORMATS = ("jsonl", "csv", "xlsx")
ENCODING = "utf-8"
EXCEL_ENCODING = "utf-8-sig"  # UTF-8 with a byte-order mark, which Excel needs to read UTF-8
