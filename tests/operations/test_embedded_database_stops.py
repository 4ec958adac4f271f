"""However `make run` or `make serve` ends, the embedded PostgreSQL is stopped or reused next time.

Each test starts the site as `make run` does (runserver with its autoreloader, DEBUG=1, no
DATABASE_URL) on a data directory of its own, waits until it answers, ends it as a person or a
service manager would, and looks for a postgres still serving that directory.
"""

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

from tests.deploy.conftest import REPO, fetch, free_port, production_environment, wait_for_port

psutil = pytest.importorskip("psutil", reason="it comes with pgserver, the embedded PostgreSQL")
pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "newsroom.embedded_postgres",
    reason="the tests run against DATABASE_URL; the run on the embedded PostgreSQL covers this",
)


@pytest.fixture(scope="module")
def pgdata(tmp_path_factory):
    """One data directory for the module: initdb runs once; every test leaves no server behind."""
    path = tmp_path_factory.mktemp("embedded") / "pgdata"
    yield path
    for site in Site.started:  # left running by a failed test
        site.signal_group(signal.SIGKILL)
    for process in postgres_serving(path):
        process.terminate()


def postgres_serving(pgdata):
    found = []
    for process in psutil.process_iter(["name", "cmdline"]):
        if process.info["name"] == "postgres" and str(pgdata) in (process.info["cmdline"] or []):
            found.append(process)
    return found


def no_postgres_serving(pgdata, seconds=15):
    deadline = time.monotonic() + seconds
    while postgres_serving(pgdata):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


class Site:
    started = []

    def __init__(self, command, environment, port, log):
        self.port = port
        self.log = log
        with log.open("ab") as output:
            self.process = subprocess.Popen(
                command,
                cwd=REPO,
                env=environment,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, as a terminal's foreground job
            )
        self.started.append(self)
        try:
            wait_for_port(port, self.process, log=log, seconds=60)
            # Any answer will do: the database was started before the server listened.
            status, _headers, _body = fetch(f"http://127.0.0.1:{port}", "/robots.txt")
        except BaseException:
            self.signal_group(signal.SIGKILL)
            raise
        assert status in {200, 500}

    def signal_group(self, signum):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signum)

    def signal_main_process(self, signum):
        self.process.send_signal(signum)

    def wait(self):
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired as still_running:
            self.signal_group(signal.SIGKILL)
            message = f"still running 30 s after the signal:\n{self.log.read_text()}"
            raise AssertionError(message) from still_running
        deadline = time.monotonic() + 15
        while group_members(self.process.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not group_members(self.process.pid), "a child process outlived the site"


def group_members(pgid):
    members = []
    for process in psutil.process_iter():
        try:
            if os.getpgid(process.pid) == pgid:
                members.append(process)
        except (ProcessLookupError, psutil.NoSuchProcess):
            pass
    return members


def make_run(pgdata, tmp_path):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings", "DEBUG": "1"}
    environment["PGDATA_DIR"] = str(pgdata)
    environment.pop("DATABASE_URL", None)
    port = free_port()
    command = [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}"]
    return Site(command, environment, port, tmp_path / "runserver.log")


def make_serve(pgdata, tmp_path):
    port = free_port()
    environment = production_environment(
        BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY="1", PGDATA_DIR=str(pgdata)
    )
    environment.pop("DATABASE_URL", None)
    command = [Path(sys.executable).with_name("gunicorn"), "--config", "deploy/gunicorn.conf.py"]
    return Site(command, environment, port, tmp_path / "gunicorn.log")


def start_and_stop(pgdata, tmp_path):
    """`make run`, then Ctrl-C."""
    site = make_run(pgdata, tmp_path)
    site.signal_group(signal.SIGINT)
    site.wait()


STOPS = {
    "ctrl-c": lambda site: site.signal_group(signal.SIGINT),
    "kill": lambda site: site.signal_main_process(signal.SIGTERM),
    "service manager": lambda site: site.signal_group(signal.SIGTERM),
    "closed terminal": lambda site: site.signal_group(signal.SIGHUP),
}


@pytest.mark.parametrize("stop", STOPS.values(), ids=STOPS.keys())
def test_make_run_stops_its_database_and_starts_again(stop, pgdata, tmp_path):
    site = make_run(pgdata, tmp_path)
    stop(site)
    site.wait()

    assert no_postgres_serving(pgdata)
    start_and_stop(pgdata, tmp_path)
    assert no_postgres_serving(pgdata)


def test_make_run_starts_again_after_its_processes_were_killed(pgdata, tmp_path):
    """The server left running is reused, even with the emptied process list of the first report."""
    killed = make_run(pgdata, tmp_path)
    killed.signal_group(signal.SIGKILL)
    killed.wait()
    assert postgres_serving(pgdata), "nothing was left running: the test proves nothing"
    (pgdata / ".handle_pids.json").write_text("")

    start_and_stop(pgdata, tmp_path)

    assert no_postgres_serving(pgdata)


def test_make_run_starts_after_a_power_cut(pgdata, tmp_path):
    """The server's postmaster.pid outlived it, and its pid now belongs to another program."""
    start_and_stop(pgdata, tmp_path)
    assert no_postgres_serving(pgdata)
    (pgdata / "postmaster.pid").write_text(
        f"{os.getpid()}\n{pgdata}\n{int(time.time())}\n5432\n{pgdata}\n\n  5432001 0\nready\n"
    )

    start_and_stop(pgdata, tmp_path)

    assert no_postgres_serving(pgdata)


def test_make_run_stops_its_database_when_its_reloader_is_killed(pgdata, tmp_path):
    """The site's child process notices it was orphaned and ends cleanly."""
    site = make_run(pgdata, tmp_path)
    site.signal_main_process(signal.SIGKILL)
    site.wait()

    assert no_postgres_serving(pgdata)


def test_make_serve_stops_its_database_on_sigterm(pgdata, tmp_path):
    site = make_serve(pgdata, tmp_path)
    site.signal_main_process(signal.SIGTERM)
    site.wait()

    assert no_postgres_serving(pgdata)


def test_make_serve_starts_again_after_its_master_was_killed(pgdata, tmp_path):
    killed = make_serve(pgdata, tmp_path)
    killed.signal_group(signal.SIGKILL)  # a worker would take up to 15 s to notice
    killed.wait()
    assert postgres_serving(pgdata), "nothing was left running: the test proves nothing"

    site = make_serve(pgdata, tmp_path)
    site.signal_main_process(signal.SIGTERM)
    site.wait()

    assert no_postgres_serving(pgdata)
