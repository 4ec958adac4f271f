"""Property tests: generated input, shrunk to the smallest failing case when a property breaks.

Example counts are modest so that the whole set runs in well under a minute; hypothesis keeps
the failing examples it finds in .hypothesis/ and tries them first next time.
"""

import os

from hypothesis import HealthCheck, settings

# With the database: the db fixture is set up once per test, not once per example, which is what
# these tests want (each example reads and writes inside that test's transaction).
settings.register_profile(
    "newsroom",
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# HYPOTHESIS_PROFILE=thorough for a longer hunt after changing one of the checked modules.
settings.register_profile("thorough", parent=settings.get_profile("newsroom"), max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "newsroom"))
