"""clipper: a deduplicating news-clipping pipeline (see README.md)."""

import time

# When the package was first imported (the process's start-up, as near as Python can tell):
# `clipper dedupe` reports its wall time since then beside the run's own time.
STARTED = time.monotonic()
