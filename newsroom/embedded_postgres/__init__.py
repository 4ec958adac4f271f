"""The embedded PostgreSQL, used when DATABASE_URL is unset (see base.py)."""


def hold_default_server():
    """Start the default database's embedded server, if it is one, and hold it until this process exits.

    For long-lived parent processes (gunicorn's master, runserver's autoreloader): the server then
    outlives the children they restart. Importing pgserver is left to base.py, so this is harmless
    with DATABASE_URL on a Python that pgserver has no wheels for.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == __name__:
        from .base import embedded_server

        embedded_server(database["PGDATA"])
