"""`make loadtest`: readers and comment posters against gunicorn while PostgreSQL, then Redis, stop.

Everything runs on 127.0.0.1 and belongs to this run: a PostgreSQL cluster and a Redis of our own
(tests/servers.py, never the machine's shared servers), gunicorn with deploy/gunicorn.conf.py as
`make serve` starts it (DEBUG=0, a generated SECRET_KEY, static files collected into a temporary
directory), a migrated database with a few sections and articles. Readers open the home, section
and article pages; posters open a comment form, wait as a person typing would, and send it with a
body no one else sends. Mid-run PostgreSQL is stopped for a few seconds and started again, later
Redis. Afterwards every comment body answered "posted" is looked up in the database: each must be
stored exactly once.

Prints a table and writes the figures to loadtest/results/latest.json (or --output).
Usage: make loadtest, or .venv/bin/python loadtest/run.py --seconds 15 --readers 2 --posters 2.
"""

import argparse
import http.client
import json
import random
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.deploy.conftest import production_environment, running_gunicorn  # noqa: E402
from tests.servers import PG_BIN, OwnPostgres, OwnRedis  # noqa: E402

RESULTS = REPO / "loadtest" / "results" / "latest.json"
POSTED_MARK = 'class="comment-notice"'
# A person needs a moment to type; the form refuses anything sent faster (COMMENTS_MIN_SUBMIT_SECONDS).
TYPING_SECONDS = 3.2
REQUEST_TIMEOUT = 10

SEED = """
import json
from datetime import timedelta
from django.utils import timezone
from articles.models import Article, Section

now = timezone.now()
sections = [Section.objects.create(name=name, position=n)
            for n, name in enumerate(["Thời sự", "Kinh tế", "Văn hóa"])]
articles = [
    Article.objects.create(
        title=f"Đắk Lắk: tin số {n} về mùa cà phê", lead="Sapo ngắn.",
        body="<p>" + "Nội dung bài viết về mùa cà phê ở Tây Nguyên. " * 30 + "</p>",
        section=sections[n % len(sections)], status=Article.Status.PUBLISHED,
        published_at=now - timedelta(hours=n + 1),
    )
    for n in range(6)
]
print(json.dumps({
    "pages": ["/"] + [s.get_absolute_url() for s in sections]
             + [a.get_absolute_url() for a in articles],
    "articles": [a.pk for a in articles],
}))
"""


class Recorder:
    """Every request's start, end, kind and outcome, from all threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.requests = []
        self.posted = []

    def add(self, kind, started, status):
        with self.lock:
            self.requests.append((kind, started, time.monotonic(), status))


def request(base, method, path, headers=None, body=None):
    """(status, headers, text); status is the exception's name when no answer came."""
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=REQUEST_TIMEOUT)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode("utf-8", "replace")
    except (OSError, http.client.HTTPException) as error:
        return type(error).__name__, {}, ""
    finally:
        connection.close()


def reader(base, pages, recorder, stop):
    while not stop.is_set():
        started = time.monotonic()
        status, _headers, _text = request(base, "GET", random.choice(pages))
        recorder.add("read", started, status)
        time.sleep(0.05)


def poster(number, base, articles, recorder, stop):
    sent = 0
    while not stop.is_set():
        sent += 1
        article = random.choice(articles)
        path = f"/binh-luan/{article}/"
        # Each comment comes from a reader of its own (nginx's X-Forwarded-For), as on a busy
        # evening: the per-address and per-email limits are not what this run measures.
        address = f"10.{number}.{sent // 250}.{sent % 250 + 1}"
        headers = {"X-Forwarded-For": address}
        started = time.monotonic()
        status, answer_headers, form = request(base, "GET", path, headers)
        cookie = re.search(r"csrftoken=([^;]+)", answer_headers.get("Set-Cookie", ""))
        fields = dict(re.findall(r'name="(csrfmiddlewaretoken|token)" value="([^"]+)"', form))
        if status == 200 and not (cookie and len(fields) == 2):
            status = "no-form"
        recorder.add("form", started, status)
        if status != 200:
            time.sleep(0.5)
            continue
        if stop.wait(TYPING_SECONDS):
            break
        body = f"Bạn đọc {number} gửi ý kiến số {sent}: {secrets.token_hex(6)}"
        data = {
            **fields,
            "name": f"Bạn đọc {number}",
            "email": f"ban-doc-{number}-{sent}@example.com",
            "body": body,
            "parent": "",
            "website": "",
        }
        headers = {
            **headers,
            "Cookie": f"csrftoken={cookie.group(1)}",
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"{base}{path}",
        }
        started = time.monotonic()
        status, _headers, answer = request(base, "POST", path, headers, urlencode(data).encode())
        recorder.add("post", started, status)
        if status == 200 and POSTED_MARK in answer:
            with recorder.lock:
                recorder.posted.append(body)


def stored_comments(postgres, bodies):
    """How many times each posted body is in the database."""
    query = "SELECT body, count(*) FROM comments_comment WHERE body LIKE 'Bạn đọc %' GROUP BY body"
    output = subprocess.run(
        [PG_BIN / "psql", "-At", "-F", "\t", "-c", query, postgres.url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    counts = {}
    for line in output.splitlines():
        body, count = line.rsplit("\t", 1)
        counts[body] = int(count)
    return counts


def median_ms(entries):
    durations = sorted(end - start for _kind, start, end, _status in entries)
    return round(durations[len(durations) // 2] * 1000) if durations else None


def summarise(recorder, outages, stored, started_at, ended_at):
    def in_outage(moment):
        return any(o["stopped_at"] <= moment <= o["restarted_at"] for o in outages)

    requests = recorder.requests

    def failed(entry):
        return not (isinstance(entry[3], int) and entry[3] < 400)

    ok = [r for r in requests if not failed(r)]
    errors = [r for r in requests if failed(r)]
    errors_during = sum(1 for r in errors if in_outage(r[1]))
    for outage in outages:
        after = [r for r in ok if r[1] >= outage["restarted_at"]]
        first = min((r[2] for r in after), default=None)
        outage["recovery_seconds"] = (
            round(first - outage["restarted_at"], 2) if first is not None else None
        )
        # Reads may come from the page cache; comment forms and posts always need the database.
        first = min((r[2] for r in after if r[0] != "read"), default=None)
        outage["recovery_seconds_comments"] = (
            round(first - outage["restarted_at"], 2) if first is not None else None
        )
        window = [r for r in requests if outage["stopped_at"] <= r[1] <= outage["restarted_at"]]
        outage["requests"] = len(window)
        outage["median_ms"] = median_ms(window)
        outage["errors"] = sum(1 for r in window if failed(r))
        outage["statuses"] = dict(Counter(str(r[3]) for r in window))
        outage["stopped_at"] = round(outage["stopped_at"] - started_at, 2)
        outage["restarted_at"] = round(outage["restarted_at"] - started_at, 2)
    posted = set(recorder.posted)
    statuses = Counter(str(r[3]) for r in requests)
    return {
        "seconds": round(ended_at - started_at, 1),
        "requests": len(requests),
        "by_kind": dict(Counter(r[0] for r in requests)),
        "statuses": dict(statuses),
        "median_ms_outside_outages": median_ms([r for r in requests if not in_outage(r[1])]),
        "errors_during_outages": errors_during,
        "errors_outside_outages": len(errors) - errors_during,
        "status_503": statuses.get("503", 0),
        "status_500": statuses.get("500", 0),
        "outages": outages,
        "comments_posted": len(recorder.posted),
        "comments_stored": sum(1 for body in posted if body in stored),
        "comments_lost": len(posted - set(stored)),
        "comments_doubled": sum(1 for count in stored.values() if count > 1),
        "comments_stored_without_posted_answer": len(set(stored) - posted),
    }


def print_table(figures):
    rows = [
        ("run (s)", figures["seconds"]),
        ("requests", figures["requests"]),
        ("  reads / forms / posts", " / ".join(str(figures["by_kind"].get(k, 0)) for k in ("read", "form", "post"))),
        ("statuses", ", ".join(f"{k}: {v}" for k, v in sorted(figures["statuses"].items()))),
        ("errors during outages", figures["errors_during_outages"]),
        ("errors outside outages", figures["errors_outside_outages"]),
        ("median time outside outages", f"{figures['median_ms_outside_outages']} ms"),
        ("503 answers", figures["status_503"]),
        ("500 answers", figures["status_500"]),
    ]  # fmt: skip
    for outage in figures["outages"]:
        rows.append(
            (
                f"{outage['server']} down {outage['stopped_at']}–{outage['restarted_at']} s",
                f"{outage['requests']} requests, {outage['errors']} errors, "
                f"median {outage['median_ms']} ms, "
                f"recovered in {outage['recovery_seconds']} s "
                f"(comments {outage['recovery_seconds_comments']} s)",
            )
        )
    rows += [
        ("comments answered posted", figures["comments_posted"]),
        ("  stored", figures["comments_stored"]),
        ("  lost", figures["comments_lost"]),
        ("  doubled", figures["comments_doubled"]),
        ("stored, answered otherwise", figures["comments_stored_without_posted_answer"]),
    ]
    width = max(len(label) for label, _value in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


def prepare(postgres, redis_server, static_root, media_root):
    """Migrate, collect static files, seed; the environment gunicorn and manage.py run with."""
    environment = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": postgres.url,
        "REDIS_URL": redis_server.url,
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(media_root),
        "TRUSTED_PROXY_COUNT": "1",
        "WEB_CONCURRENCY": "3",
    }
    manage = [sys.executable, "manage.py"]
    run_environment = production_environment(**environment)
    for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        if command[0] == "collectstatic" and (Path(static_root) / "staticfiles.json").exists():
            continue
        subprocess.run(
            manage + command + ["--verbosity", "0"], cwd=REPO, env=run_environment, check=True
        )
    seeded = subprocess.run(
        manage + ["shell", "--no-imports", "-c", SEED],
        cwd=REPO,
        env=run_environment,
        check=True,
        capture_output=True,
        text=True,
    )
    return environment, json.loads(seeded.stdout.strip().splitlines()[-1])


def run(args):
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="newsroom-loadtest-")))
        postgres = OwnPostgres()
        stack.callback(postgres.destroy)
        postgres.create()
        redis_server = OwnRedis(work)
        redis_server.start()
        stack.callback(lambda: redis_server.process.poll() is None and redis_server.stop())
        print("Preparing: migrate, collectstatic, seed…", flush=True)
        environment, site = prepare(
            postgres, redis_server, args.static_root or work / "static", work / "media"
        )
        base = stack.enter_context(running_gunicorn(work / "gunicorn.log", **environment))

        recorder, stop = Recorder(), threading.Event()
        threads = [
            threading.Thread(target=reader, args=(base, site["pages"], recorder, stop))
            for _ in range(args.readers)
        ] + [
            threading.Thread(target=poster, args=(n, base, site["articles"], recorder, stop))
            for n in range(1, args.posters + 1)
        ]
        print(f"Running {args.seconds} s against {base}…", flush=True)
        started_at = time.monotonic()
        for thread in threads:
            thread.start()
        outages = []
        plan = [
            ("postgresql", postgres.stop, postgres.start, args.seconds * 0.25),
            ("redis", redis_server.stop, redis_server.start, args.seconds * 0.6),
        ]
        for server, stop_server, start_server, at in plan:
            time.sleep(max(0, started_at + at - time.monotonic()))
            stopped_at = time.monotonic()
            stop_server()
            time.sleep(args.outage_seconds)
            start_server()
            outages.append(
                {"server": server, "stopped_at": stopped_at, "restarted_at": time.monotonic()}
            )
            print(f"  {server} stopped and started again", flush=True)
        time.sleep(max(0, started_at + args.seconds - time.monotonic()))
        stop.set()
        for thread in threads:
            thread.join(REQUEST_TIMEOUT + TYPING_SECONDS + 5)
        ended_at = time.monotonic()
        stored = stored_comments(postgres, recorder.posted)
        figures = summarise(recorder, outages, stored, started_at, ended_at)
        figures["settings"] = {
            "readers": args.readers,
            "posters": args.posters,
            "outage_seconds": args.outage_seconds,
            "gunicorn_workers": int(environment["WEB_CONCURRENCY"]),
        }
        return figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=75)
    parser.add_argument("--readers", type=int, default=6)
    parser.add_argument("--posters", type=int, default=4)
    parser.add_argument("--outage-seconds", type=float, default=5)
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument(
        "--static-root", type=Path, help="an already collected STATIC_ROOT to reuse"
    )
    args = parser.parse_args(argv)
    if PG_BIN is None:
        sys.exit("loadtest: no PostgreSQL binaries (pgserver or Debian's postgresql)")
    figures = run(args)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    print_table(figures)
    print(f"Figures written to {args.output}")


if __name__ == "__main__":
    main()
