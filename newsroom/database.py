"""A bound on each query of the web processes (DB_STATEMENT_TIMEOUT).

Set on each new connection of a process that serves requests (newsroom/wsgi.py, asgi.py), not in
DATABASES: migrations, backups and management commands share the settings and must not be cut
short. A query that runs longer is cancelled by PostgreSQL; the page answers 503 (outage.py).
"""

from django.conf import settings
from django.db.backends.signals import connection_created


def limit_statement_time(sender, connection, **kwargs):
    if connection.vendor == "postgresql" and settings.DB_STATEMENT_TIMEOUT:
        milliseconds = int(settings.DB_STATEMENT_TIMEOUT * 1000)
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('statement_timeout', %s, false)", [f"{milliseconds}"])


def bound_statements():
    connection_created.connect(limit_statement_time, dispatch_uid="newsroom-statement-timeout")
