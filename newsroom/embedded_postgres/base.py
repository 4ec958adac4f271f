"""PostgreSQL backend that starts an embedded server (pgserver) on first connection.

Used when DATABASE_URL is unset, so a fresh checkout needs no database of its own. The server keeps
its data in settings.DATABASES["default"]["PGDATA"] and stops when the last process using it exits.
"""

import warnings

from django.core.exceptions import ImproperlyConfigured
from django.db.backends.postgresql import base

# pgserver keeps its lock files in the user's runtime dir and warns when XDG_RUNTIME_DIR is unset
# (as under CI or cron); its fallback under /tmp is fine.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR", module="platformdirs")

try:
    import pgserver
except ImportError as error:  # pgserver has wheels only up to Python 3.12.
    raise ImproperlyConfigured(
        "The embedded PostgreSQL (pgserver) is not installed for this Python; "
        "use Python 3.12 or set DATABASE_URL=postgresql://…"
    ) from error

_servers = {}


def embedded_server(pgdata):
    key = str(pgdata)
    if key not in _servers:
        pgdata.mkdir(parents=True, exist_ok=True)
        _servers[key] = pgserver.get_server(pgdata)
    return _servers[key]


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        server = embedded_server(self.settings_dict["PGDATA"])
        params = super().get_connection_params()
        postmaster = server.get_postmaster_info()
        params["host"] = str(postmaster.socket_dir or postmaster.hostname)
        if postmaster.port:
            params["port"] = postmaster.port
        return params
