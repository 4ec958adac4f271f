"""`manage.py runserver` that holds the embedded database for its whole run (`make run`).

Django's autoreloader runs the site in a child process and restarts it on every code change. Held
only by the child, the embedded PostgreSQL was stopped and started again on each restart, and a
SIGTERM to the parent killed the child with SIGKILL, leaving the server running with no process to
stop it. Held by the parent too, it lives as long as `make run` and is stopped when the parent ends,
however that happens short of SIGKILL; a child whose parent was killed ends by itself.
"""

import os
import signal
import threading
import time

from django.utils import autoreload
from whitenoise.runserver_nostatic.management.commands import runserver

from newsroom.embedded_postgres import hold_default_server


class Command(runserver.Command):
    def run(self, **options):
        hold_default_server()
        if os.environ.get(autoreload.DJANGO_AUTORELOAD_ENV) == "true":
            threading.Thread(
                target=stop_when_orphaned, args=(os.getppid(),), name="orphan-watch", daemon=True
            ).start()
        super().run(**options)


def stop_when_orphaned(parent_pid):
    """Without its reloader (killed), the child stops as on SIGTERM: cleanly, releasing the database."""
    while os.getppid() == parent_pid:
        time.sleep(1)
    os.kill(os.getpid(), signal.SIGTERM)
