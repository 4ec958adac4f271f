"""gunicorn settings for production (`make serve`): sync workers behind nginx (deploy/nginx.conf).

Sync workers handle one request at a time and read it straight from the socket, so they must sit
behind a buffering proxy: without one, a few slow clients tie up every worker (see README).
Environment: WEB_CONCURRENCY (workers), BIND (address), GUNICORN_TIMEOUT (seconds).
"""

import os


def _cpu_count():
    # The CPUs this process may use (a container's share), not the host's.
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


bind = os.environ.get("BIND", "127.0.0.1:8000")
# 2 × cores + 1, the usual sync-worker count; capped because each worker holds a database connection.
workers = int(os.environ.get("WEB_CONCURRENCY") or min(2 * _cpu_count() + 1, 12))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
# nginx keeps connections to us open (upstream keepalive); a little longer than it reuses them.
keepalive = 5
# Recycle workers now and then so a slow leak never grows; the jitter keeps them from all restarting
# at once.
max_requests = 2000
max_requests_jitter = 200
# Load Django once in the master: workers start fast and share its memory.
preload_app = True
wsgi_app = "newsroom.wsgi:application"
# Heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# gunicorn's runtime control socket (gunicornc) is not used; by default it sits in $HOME, shared by
# every gunicorn of the same user.
control_socket_disable = True

accesslog = "-"
errorlog = "-"
# Client (from nginx's X-Forwarded-For when present), request, status, bytes, time in ms, referrer,
# user agent.
access_log_format = '%({x-forwarded-for}i)s %(h)s "%(r)s" %(s)s %(B)s %(M)sms "%(f)s" "%(a)s"'


def on_starting(server):
    """Start the embedded PostgreSQL (DATABASE_URL unset) in the master, so it outlives workers.

    pgserver stops its server when the last process that started it exits; held by the master,
    it is not stopped and restarted each time a worker is recycled.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "newsroom.embedded_postgres":
        from newsroom.embedded_postgres.base import embedded_server

        embedded_server(database["PGDATA"])


def pre_fork(server, worker):
    # A connection opened while loading the app must not be shared by the forked workers.
    from django.db import connections

    connections.close_all()
