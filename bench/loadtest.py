"""Drive gunicorn with production settings over HTTP with wrk, each target beside a static file.

gunicorn serves newsroom.wsgi (DEBUG off, a SECRET_KEY made for the run, 4 sync workers) on a
free port against the bench database; wrk runs rounds of "static file, page, static file, page…",
so noise on the shared machine hits a page and its reference alike. Each target's req/s is its
total over the rounds; p50 and p99 are the medians of the rounds' (wrk's HdrHistogram) figures.
"""

import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

from django.db import connection

from articles.models import Article

ROOT = Path(__file__).resolve().parent.parent
WRK_SCRIPT = Path(__file__).resolve().parent / "wrk.lua"
SECONDS = int(os.environ.get("BENCH_HTTP_SECONDS", "5"))
ROUNDS = int(os.environ.get("BENCH_HTTP_ROUNDS", "3"))
CONNECTIONS = int(os.environ.get("BENCH_HTTP_CONNECTIONS", "16"))
UNCACHED_URLS_PER_ROUND = 20_000
GUNICORN_CONFIGS = [ROOT / "deploy" / "gunicorn.conf.py", ROOT / "gunicorn.conf.py"]
# Targets over HTTP (issue 9): a page's req/s as a share of the static file's, at least.
TARGET_RATIOS = {"article, cached, 64 conn.": 0.5, "article, uncached": 0.1}


def run(report=print):
    if not shutil.which("wrk"):
        report("\nwrk is not installed (apt-get install wrk): no HTTP figures.")
        return {}
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-") as tmp:
        env = production_env(Path(tmp))
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        port = free_port()
        # The access log (stdout, as deployed) is written, then dropped.
        command = gunicorn_command(port)
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_for(base + "/robots.txt")
            return measure(base, Path(tmp), report)
        finally:
            server.terminate()
            server.wait(timeout=30)


def gunicorn_config():
    """The repository's gunicorn settings (`make serve`), if it has them."""
    return next((path for path in GUNICORN_CONFIGS if path.exists()), None)


def gunicorn_command(port):
    """gunicorn as deployed: the repository's config when there is one, else 4 sync workers; on
    our own port either way."""
    command = [str(Path(sys.executable).parent / "gunicorn"), "newsroom.wsgi"]
    config = gunicorn_config()
    command += ["--config", str(config)] if config else ["--workers", "4"]
    # Warnings only: at 1,000 req/s workers recycle (max_requests) every few seconds.
    return command + ["--bind", f"127.0.0.1:{port}", "--log-level", "warning"]


def production_env(tmp):
    """The environment of a production deployment, on the bench database."""
    params = connection.get_connection_params()
    host = quote(str(params.get("host") or "127.0.0.1"), safe="")
    port = f":{params['port']}" if params.get("port") else ""
    user = quote(params.get("user") or "postgres", safe="")
    password = f":{quote(params['password'], safe='')}" if params.get("password") else ""
    database_url = f"postgres://{user}{password}@{host}{port}/{params['dbname']}"
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    env.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(tmp / "media"),
        # A page cache of its own for the run: an "uncached" article was never requested before.
        PAGE_CACHE_DIR=str(tmp / "pagecache"),
    )
    env.pop("REDIS_URL", None)
    return env


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def stylesheet_path(base):
    """The hashed /static/ path of the site's CSS, as the home page links it."""
    with urllib.request.urlopen(base + "/") as response:
        html = response.read().decode()
    start = html.index('href="/static/css/site')
    return html[start + 6 : html.index('"', start + 6)]


def targets(base, tmp):
    """{name: (path, connections, wrk script arguments)}; the uncached article walks a list."""
    articles = Article.objects.published().newest_first().select_related("section")
    cached = articles.first()
    section = cached.section
    others = articles.exclude(pk=cached.pk).only("pk", "slug", "section__slug")
    walks = []
    for round_number in range(ROUNDS):
        chunk = others[round_number * UNCACHED_URLS_PER_ROUND :][:UNCACHED_URLS_PER_ROUND]
        walk = tmp / f"uncached-{round_number}.txt"
        walk.write_text("".join(article.get_absolute_url() + "\n" for article in chunk))
        walks.append([str(walk)])
    return {
        "home": ("/", CONNECTIONS, None),
        "section": (section.get_absolute_url(), CONNECTIONS, None),
        "article, cached": (cached.get_absolute_url(), CONNECTIONS, None),
        "article, cached, 64 conn.": (cached.get_absolute_url(), 64, None),
        "article, uncached": ("/", CONNECTIONS, walks),
        "search": ("/tim-kiem/?q=c%C3%A0+ph%C3%AA", CONNECTIONS, None),
        "feed": ("/rss/", CONNECTIONS, None),
    }


def wrk(url, connections, arguments=()):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{SECONDS}s", "--timeout", "10s"]
    command += ["--latency", "-s", str(WRK_SCRIPT), url]
    if arguments:
        command += ["--", *arguments]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def measure(base, tmp, report):
    static_path = stylesheet_path(base)
    runs = {}
    plan = targets(base, tmp)
    for round_number in range(ROUNDS):
        for name, (path, connections, walks) in plan.items():
            static_name = f"static file, {connections} conn."
            runs.setdefault(static_name, []).append(wrk(base + static_path, connections))
            arguments = walks[round_number] if walks else ()
            runs.setdefault(name, []).append(wrk(base + path, connections, arguments))
    results = {name: summarise(rounds) for name, rounds in runs.items()}
    for name, (path, connections, walks) in plan.items():
        reference = results[f"static file, {connections} conn."]["requests_per_second"]
        results[name]["path"] = "distinct article URLs, each requested once" if walks else path
        results[name]["connections"] = connections
        results[name]["ratio_to_static"] = round(
            results[name]["requests_per_second"] / reference, 3
        )
        if name in TARGET_RATIOS:
            results[name]["target_ratio"] = TARGET_RATIOS[name]
    print_table(results, report)
    return {"seconds_per_run": SECONDS, "rounds": ROUNDS, "static_path": static_path, **results}


def summarise(rounds):
    seconds = sum(run["duration_us"] for run in rounds) / 1e6
    return {
        "requests_per_second": round(sum(run["requests"] for run in rounds) / seconds, 1),
        "p50_ms": round(statistics.median(run["p50_us"] for run in rounds) / 1000, 2),
        "p99_ms": round(statistics.median(run["p99_us"] for run in rounds) / 1000, 2),
        "non_2xx": sum(run["non2xx"] for run in rounds),
        "socket_errors": sum(run["socket_errors"] + run["timeouts"] for run in rounds),
        "repeated_urls": sum(run["wrapped"] for run in rounds),
    }


def print_table(results, report):
    config = gunicorn_config()
    config = config.relative_to(ROOT) if config else "4 sync workers"
    report(f"\nHTTP: gunicorn ({config}); wrk -t2, {ROUNDS} rounds of {SECONDS} s per target")
    report(f"{'target':<28}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'× static':>10}")
    for name, figures in results.items():
        errors = figures["non_2xx"] + figures["socket_errors"]
        ratio = figures.get("ratio_to_static")
        target = figures.get("target_ratio")
        verdict = "" if target is None else ("  ok" if ratio >= target else f"  < {target}")
        report(
            f"{name:<28}{figures['requests_per_second']:>9.0f}{figures['p50_ms']:>9.1f}"
            f"{figures['p99_ms']:>9.1f}{errors:>8}"
            + (f"{ratio:>10.2f}{verdict}" if ratio is not None else f"{'1':>10}")
        )
        if figures["repeated_urls"]:
            report(f"  ({figures['repeated_urls']} requests repeated a URL: the list ran out)")
