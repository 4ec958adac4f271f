"""Servers of our own for fault tests and `make loadtest`: a PostgreSQL cluster and a Redis that
can be stopped and started at will. Never the machine's shared servers: each is a throwaway on a
free port; PostgreSQL runs as an unprivileged user when we are root (initdb refuses root).
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import redis

from tests.deploy.conftest import free_port

REDIS_SERVER = shutil.which("redis-server")


def postgres_bin():
    try:
        import pgserver
    except ImportError:
        installed = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
        return Path(installed[-1]) if installed else None
    return Path(pgserver.__file__).parent / "pginstall" / "bin"


PG_BIN = postgres_bin()


def unprivileged_account():
    """pgserver's own account (made by the embedded server, or now as it would), else Debian's."""
    for name in ("pgserver", "postgres"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    try:
        from pgserver.utils import ensure_user_exists
    except ImportError:
        raise RuntimeError(
            "no unprivileged account to run initdb as (pgserver or postgres)"
        ) from None
    # The account the embedded server makes for itself when it first starts as root.
    return ensure_user_exists("pgserver").pw_name


class OwnPostgres:
    def __init__(self):
        self.port = free_port()
        self.directory = Path(tempfile.mkdtemp(prefix="newsroom-outage-pg-"))
        self.data = self.directory / "data"
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        self.user = unprivileged_account() if os.geteuid() == 0 else None

    def run(self, *args):
        subprocess.run(
            [PG_BIN / args[0], *args[1:]], user=self.user, check=True, capture_output=True
        )

    def create(self):
        if self.user:
            shutil.chown(self.directory, self.user)
        self.run("initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.start()

    def start(self):
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1"
        self.run(
            "pg_ctl", "-D", self.data, "-o", options, "-l", self.directory / "log", "-w", "start"
        )

    def stop(self):
        self.run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def destroy(self):
        subprocess.run(
            [PG_BIN / "pg_ctl", "-D", self.data, "-m", "immediate", "stop"],
            user=self.user,
            capture_output=True,
        )
        shutil.rmtree(self.directory, ignore_errors=True)


class OwnRedis:
    def __init__(self, directory):
        self.directory = directory
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", self.directory],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise TimeoutError("redis-server did not start")

    def stop(self):
        self.process.kill()
        self.process.wait()

    def stop_keeping_data(self):
        """Stopped as a Redis with persistence is: it comes back with what it held."""
        redis.Redis.from_url(self.url).save()
        self.stop()
