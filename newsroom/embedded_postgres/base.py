"""PostgreSQL backend that starts an embedded server (pgserver) on first connection.

Used when DATABASE_URL is unset, so a fresh checkout needs no database of its own. The server keeps
its data in settings.DATABASES["default"]["PGDATA"] and stops when the last process using it exits.

pgserver counts the processes using a server in PGDATA/.handle_pids.json and stops the server in an
atexit handler of the last one. Two things here make that survive unclean stops (SIGTERM, SIGHUP,
SIGKILL, a closed terminal): SIGTERM and SIGHUP exit through atexit instead of dying on the spot, and
the list of processes ignores dead ones and unreadable content (see ProcessList). A server left
running by a killed process is then reused by the next start and stopped by its clean exit; one
that died with the machine is started again, whatever its postmaster.pid says.
"""

import json
import signal
import sys
import threading
import warnings

from django.core.exceptions import ImproperlyConfigured
from django.db.backends.postgresql import base

# pgserver keeps its lock files in the user's runtime dir and warns when XDG_RUNTIME_DIR is unset
# (as under CI or cron); its fallback under /tmp is fine.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR", module="platformdirs")

try:
    import pgserver
    import psutil
    from pgserver import postgres_server, utils
except ImportError as error:  # pgserver has wheels only up to Python 3.12.
    raise ImproperlyConfigured(
        "The embedded PostgreSQL (pgserver) is not installed for this Python; "
        "use Python 3.12 or set DATABASE_URL=postgresql://…"
    ) from error


class ProcessList(utils.DiskList):
    """pgserver's on-disk list of the processes using a server, robust against unclean stops.

    pgserver takes a process off the list only when it exits cleanly. A killed process stayed on it,
    so the server was never stopped again, and one killed while writing left an empty file on which
    every later start failed with a JSONDecodeError. Here dead processes do not count, unreadable
    content counts as no process, and the file is replaced in one step, never half-written.
    """

    def get(self):
        try:
            pids = json.loads(self.path.read_text())
        except FileNotFoundError:
            return []
        except ValueError:
            pids = []
        if not isinstance(pids, list):
            pids = []
        return [pid for pid in pids if isinstance(pid, int) and is_alive(pid)]

    def put(self, values):
        partial = self.path.with_name(f"{self.path.name}.partial")
        partial.write_text(json.dumps(values))
        partial.replace(self.path)


# pgserver builds its list in PostgresServer.__init__, before any of our code could repair the file.
postgres_server.DiskList = ProcessList


def is_alive(pid):
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
    except psutil.AccessDenied:  # another user's process (macOS): it exists
        return True


def forget_postmaster_of_another_life(pgdata):
    """Remove a postmaster.pid whose process is not a postgres: its server died with the machine.

    After a power cut or a crash the file outlives its server, and once its pid belongs to another
    program, pgserver takes that program for the server and connects to a socket nobody serves.
    """
    pid_file = pgdata / "postmaster.pid"
    try:
        pid = int(pid_file.read_text().split()[0])
        is_postgres = psutil.Process(pid).name() == "postgres"
    except (FileNotFoundError, ValueError, IndexError, psutil.Error):
        return  # no file, or its process is gone (pgserver starts afresh) or not ours to judge
    if not is_postgres:
        pid_file.unlink(missing_ok=True)


def exit_cleanly(signum, frame):
    sys.exit(128 + signum)


def exit_cleanly_on_stop_signals():
    """SIGTERM and SIGHUP end this process through atexit, where pgserver stops the server.

    Only where nothing else handles them (gunicorn installs its own after on_starting; nohup's
    ignored SIGHUP stays ignored), and only from the main thread, the one Python delivers them to.
    """
    if threading.current_thread() is not threading.main_thread():
        return
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) == signal.SIG_DFL:
            signal.signal(signum, exit_cleanly)


_servers = {}


def embedded_server(pgdata):
    key = str(pgdata)
    if key not in _servers:
        pgdata.mkdir(parents=True, exist_ok=True)
        exit_cleanly_on_stop_signals()
        forget_postmaster_of_another_life(pgdata)
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
