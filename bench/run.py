"""`make bench`: fill a large archive once, then time the reading pages in-process and over HTTP.

SCALE (default 100000; BENCH_ARTICLES is the older name) articles are made once in the database
BENCH_DATABASE (default newsroom_bench) and kept. BENCH_REPEAT sets the in-process requests per
page; BENCH_HTTP=0 skips the gunicorn + wrk part. Results go to bench/results/latest.json.
Usage: make bench SCALE=1000000.
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

import psycopg  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from articles.models import Article  # noqa: E402
from bench import fill, inprocess  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


def setting(name, default, alias=None):
    return int(os.environ.get(name) or (alias and os.environ.get(alias)) or default)


def ensure_database():
    """Create the benchmark database beside the configured one if it does not exist yet."""
    params = {**connection.get_connection_params(), "dbname": "postgres"}
    with psycopg.connect(**params, autocommit=True) as admin:
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [connection.settings_dict["NAME"]]
        ).fetchone()
        if not exists:
            admin.execute(f'CREATE DATABASE "{connection.settings_dict["NAME"]}"')


def main():
    scale = setting("SCALE", 100_000, alias="BENCH_ARTICLES")
    ensure_database()
    call_command("migrate", verbosity=0)
    seconds = fill.fill(scale, report=lambda line: print(line, flush=True))
    if seconds:
        print(f"Filled in {seconds:.0f} s", flush=True)
    published = Article.objects.published().count()
    repeat = setting("BENCH_REPEAT", 20)
    print(f"\n{published} published articles; {repeat} requests per page, after one warm-up")
    results = {"scale": scale, "published": published, "fill_seconds": round(seconds, 1)}
    results["inprocess"] = inprocess.run(repeat, report=lambda line: print(line, flush=True))
    # Timings on a shared machine mean little without its load: keep it beside them.
    results["load_average"] = os.getloadavg()
    print(f"Load average (1, 5, 15 min): {' '.join(f'{load:.1f}' for load in os.getloadavg())}")
    if setting("BENCH_HTTP", 1):
        from bench import loadtest

        results["http"] = loadtest.run(report=lambda line: print(line, flush=True))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"\nWritten to {RESULTS / 'latest.json'}")


if __name__ == "__main__":
    main()
