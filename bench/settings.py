"""Benchmark settings: the test settings on a database of its own, kept between runs."""

from tests.settings import *  # noqa: F403

DATABASES["default"]["NAME"] = "newsroom_bench"  # noqa: F405
DEBUG = False

import warnings  # noqa: E402

warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)
