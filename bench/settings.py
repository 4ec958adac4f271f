"""Benchmark settings: the test settings on a database of its own, kept between runs.

BENCH_DATABASE names it (default newsroom_bench), on the embedded server or DATABASE_URL's.
"""

import os

from tests.settings import *  # noqa: F403

DATABASES["default"]["NAME"] = os.environ.get("BENCH_DATABASE", "newsroom_bench")  # noqa: F405
DEBUG = False
# In-process timings are the server's rendering time: the page cache (pagecache/, when present)
# stays off here; the HTTP part measures it, as deployed ("article, cached").
PAGE_CACHE_ENABLED = False

import warnings  # noqa: E402

warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)
