"""`make audit`: the demo newspaper served as in production, checked by tools nobody here wrote.

A PostgreSQL of our own (tests/servers.py, never the machine's), migrated and filled by
`seed_demo`; gunicorn with deploy/gunicorn.conf.py and DEBUG off, static files collected and served
by whitenoise, photos by multimedia/serving.py with the headers nginx sends (deploy/nginx.conf).
Then:

- the validators in VALIDATORS, each over the pages it knows (the Nu HTML Checker over one page of
  every kind); more validators (feeds, sitemaps, schemas) go into that list;
- Lighthouse (npm, var/npm; Debian's Chromium, CHROME_PATH) on a phone, all four categories, on
  the pages in LIGHTHOUSE_PAGES, with the configuration PageSpeed Insights runs (Lighthouse's own
  lr-mobile-config: the mobile defaults, with the CPU slowdown calibrated for a server's CPU
  rather than a fast laptop's; the 4x default on this shared 2-core box measures the box's load,
  not the page: "Unattributable" long tasks of 100 ms around pages with 3 kB of script).

Writes var/audit/scores.md and scores.json (Lighthouse's own reports beside them, as
lighthouse-<page>.json) and exits 1 when a score is under 100 or a validator
reports an error. Usage: make audit (about 3 minutes).
"""

import json
import os
import secrets
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from contextlib import ExitStack
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from audit.html_checker import html_errors  # noqa: E402
from tests.deploy.conftest import production_environment, running_gunicorn  # noqa: E402
from tests.servers import OwnPostgres  # noqa: E402

OUTPUT = REPO / "var" / "audit"
LIGHTHOUSE = REPO / "var" / "npm" / "node_modules" / ".bin" / "lighthouse"
PAGESPEED_CONFIG = REPO / "var/npm/node_modules/lighthouse/core/config/lr-mobile-config.js"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
LIGHTHOUSE_PAGES = ["home", "article", "gallery", "video", "emagazine"]

# One address per kind of page, from the seeded demo: printed as JSON by `manage.py shell`.
PAGES = """
import json
from articles.models import Article, Event, Section
from authors.models import Author
from multimedia.models import Gallery, PrintIssue, Video

article = (Article.objects.published().filter(featured_image__isnull=False, presentation="standard",
           body__contains="data-gallery-id", tags__isnull=False).order_by("-published_at").first())
print(json.dumps({
    "home": "/",
    "section": Section.objects.top_level().first().get_absolute_url(),
    "article": article.get_absolute_url(),
    "tag": article.tags.first().get_absolute_url(),
    "author": Author.objects.filter(bylines__isnull=False).first().get_absolute_url(),
    "search": "/tim-kiem/?q=c%C3%A0+ph%C3%AA",
    "multimedia": "/multimedia/",
    "gallery": Gallery.objects.published().filter(kind="photo_story").first().get_absolute_url(),
    "video": Video.objects.published().first().get_absolute_url(),
    "print archive": "/bao-in/",
    "print reader": PrintIssue.objects.published().first().get_absolute_url(),
    "comment form": f"/binh-luan/{article.pk}/",
    "comments": f"/binh-luan/{article.pk}/y-kien/",
    "missing": "/khong-co-trang-nay/",
    "event": Event.objects.first().get_absolute_url(),
    "live": Article.objects.published().filter(live_started_at__isnull=False).first().get_absolute_url(),
    "emagazine": Article.objects.published().filter(presentation="emagazine").first().get_absolute_url(),
    "emagazine list": "/emagazine/",
    "infographic": Article.objects.published().filter(presentation="infographic").first().get_absolute_url(),
    "infographics": "/multimedia/infographic/",
}))
"""


def nu_html_checker(base, pages, work):
    """Every page through the Nu HTML Checker, in one run."""
    files = []
    for name, path in pages.items():
        try:
            body = urllib.request.urlopen(base + path, timeout=30).read()
        except urllib.error.HTTPError as error:  # the 404 page is a page too
            body = error.read()
        files.append(work / f"{name.replace(' ', '-')}.html")
        files[-1].write_bytes(body)
    return html_errors(files)


# (name, check(base_url, pages, work_dir) -> list of error lines). Add feed, sitemap and schema
# validators here: each runs against the same server and fails the audit with its errors.
VALIDATORS = [
    ("Nu HTML Checker", nu_html_checker),
]


def lighthouse(url, report):
    """Lighthouse's four scores (0-100) for url on an emulated phone, and the audits that fell short.

    A second try when Chromium's trace comes back broken (NO_NAVSTART happens under load).
    """
    command = [
        LIGHTHOUSE,
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--config-path={PAGESPEED_CONFIG}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ]
    environment = {**os.environ, "CHROME_PATH": CHROMIUM}
    for _attempt in range(2):
        report.unlink(missing_ok=True)
        subprocess.run(command, env=environment, check=False)
        result = json.loads(report.read_text()) if report.exists() else {}
        if "categories" in result and "runtimeError" not in result:
            break
    else:
        sys.exit(f"Lighthouse could not measure {url}: {result.get('runtimeError')}")
    failing = [
        f"{audit['id']}: {audit['title']} {audit.get('displayValue', '')}".rstrip()
        for audit in result["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
    ]
    scores = {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}
    return scores, failing


def prepare(postgres, work):
    environment = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": postgres.url,
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "PAGE_CACHE_DIR": str(work / "pagecache"),
        "WEB_CONCURRENCY": "2",
    }
    manage = [sys.executable, "manage.py"]
    production = production_environment(**environment)
    for command, extra in (
        (["migrate", "--noinput"], {}),
        (["collectstatic", "--noinput"], {}),
        (["seed_demo"], {"DEBUG": "1"}),  # it refuses to run without DEBUG: public passwords
    ):
        subprocess.run(
            manage + command + ["--verbosity", "0"],
            cwd=REPO,
            env={**production, **extra},
            check=True,
            stdout=subprocess.DEVNULL,
        )
    pages = subprocess.run(
        manage + ["shell", "--no-imports", "-c", PAGES],
        cwd=REPO,
        env=production,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return environment, json.loads(pages.stdout.strip().splitlines()[-1])


def report(scores, validator_errors, lighthouse_failing):
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / "scores.json").write_text(
        json.dumps(
            {
                "lighthouse": scores,
                "lighthouse_audits_below_full_marks": lighthouse_failing,
                "validators": validator_errors,
            },
            ensure_ascii=False,
            indent=2,
        )
    )
    lines = ["# make audit", "", "## Lighthouse (mobile)", ""]
    lines += ["| page | " + " | ".join(CATEGORIES) + " |", "|---" * (len(CATEGORIES) + 1) + "|"]
    for page, page_scores in scores.items():
        lines.append(f"| {page} | " + " | ".join(str(page_scores[c]) for c in CATEGORIES) + " |")
    for page, failing in lighthouse_failing.items():
        if failing:
            lines += ["", f"{page}, audits below full marks:", *(f"- {line}" for line in failing)]
    lines += ["", "## Validators", ""]
    for name, errors in validator_errors.items():
        lines.append(f"- {name}: {len(errors)} errors")
        lines += [f"  - {error}" for error in errors]
    (OUTPUT / "scores.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


def main():
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE} is missing: run `make browser-deps`.")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="newsroom-audit-")))
        postgres = OwnPostgres()
        stack.callback(postgres.destroy)
        postgres.create()
        print("Preparing: migrate, collectstatic, seed_demo…", flush=True)
        environment, pages = prepare(postgres, work)
        base = stack.enter_context(running_gunicorn(work / "gunicorn.log", **environment))
        validator_errors = {name: check(base, pages, work) for name, check in VALIDATORS}
        scores, failing = {}, {}
        for page in LIGHTHOUSE_PAGES:
            print(f"Lighthouse: {page} {pages[page]}", flush=True)
            scores[page], failing[page] = lighthouse(
                base + pages[page], OUTPUT / f"lighthouse-{page}.json"
            )
    report(scores, validator_errors, failing)
    below = [page for page, page_scores in scores.items() if min(page_scores.values()) < 100]
    if below or any(validator_errors.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
