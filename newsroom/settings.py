"""Settings for newsroom, read from environment variables and safe by default.

DEBUG is off unless DEBUG=1; SECRET_KEY is then required. With DATABASE_URL unset the site uses an
embedded PostgreSQL (pgserver) whose data lives in ./var/pgdata.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP
from django_prose_editor.config import html_tags
from js_asset import static_lazy

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise SystemExit(
            "newsroom: SECRET_KEY is not set. Set SECRET_KEY to a long random string, "
            "or DEBUG=1 for local development."
        )
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Before whitenoise and staticfiles: its runserver wraps theirs.
    "operations",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.forms",  # its widget templates, for FORM_RENDERER below
    "django_prose_editor",
    "taggit",
    "articles",
    "authors",
    "multimedia",
    "comments",
    "notifications",
    "api",
    "pagecache",
    "demo",  # seed_demo: the demo newspaper `make run` shows
    "newsroom.apps.LoginProtectionConfig",  # django-axes
]

MIDDLEWARE = [
    # /healthz and /readyz, before host checks, HTTPS redirects and caches (newsroom/health.py).
    "newsroom.health.HealthCheckMiddleware",
    # Which database this request reads from (newsroom.db_router); before anything reads one.
    "newsroom.db_router.ReplicaRoutingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Oversized bodies and NUL parameters refused before anything reads them (before CSRF).
    "newsroom.middleware.RequestLimitsMiddleware",
    # Outside the page cache: stored pages get the header too, and never store it.
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "newsroom.csp.AdminPolicyMiddleware",
    # Stored pages are served from here, before sessions, auth and the database.
    "pagecache.middleware.PageCacheMiddleware",
    "newsroom.outage.DatabaseOutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers logins refused by a lock-out.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

# Widgets render through TEMPLATES like pages, so a widget of ours keeps its template in
# templates/ (templates/admin/widgets/photo_chooser.html).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.site",
                "multimedia.context_processors.print_edition",
            ],
        },
    },
]

# PostgreSQL only. Without DATABASE_URL, an embedded server from pgserver starts on first use.
# Connections stay open between requests (DB_CONN_MAX_AGE seconds) and are checked at the start
# of each request, so a restarted primary or replica costs a reconnect, not an error page.
DATABASE_CONNECTION_OPTIONS = {
    "conn_max_age": int(os.environ.get("DB_CONN_MAX_AGE", 600)),
    "conn_health_checks": True,
}
# While the database is unreachable, pages answer 503 (newsroom/outage.py).
if os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.parse(os.environ["DATABASE_URL"], **DATABASE_CONNECTION_OPTIONS)
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "newsroom.embedded_postgres",
            "NAME": "postgres",
            "USER": "postgres",
            "PGDATA": Path(os.environ.get("PGDATA_DIR", BASE_DIR / "var" / "pgdata")),
        }
    }

# Read-only replicas (DATABASE_REPLICA_URLS=postgresql://…,postgresql://…) become "replica1",
# "replica2"…; newsroom.db_router sends reads there and keeps writes, and the reads that follow
# them, on the primary. Tests use the primary's test database for them (MIRROR).
DATABASE_REPLICAS = []
if env_list("DATABASE_REPLICA_URLS"):
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit(
            "newsroom: DATABASE_REPLICA_URLS needs DATABASE_URL: the embedded PostgreSQL has no replicas."
        )
    for number, url in enumerate(env_list("DATABASE_REPLICA_URLS"), start=1):
        DATABASES[f"replica{number}"] = {
            **dj_database_url.parse(url, **DATABASE_CONNECTION_OPTIONS),
            "TEST": {"MIRROR": "default"},
        }
        DATABASE_REPLICAS.append(f"replica{number}")
DATABASE_ROUTERS = ["newsroom.db_router.ReplicaRouter"] if DATABASE_REPLICAS else []
# Seconds a replica may lag behind the primary. The page cache serves a page rendered this soon
# after a purge but does not store it: it may have read a replica that had not seen the change
# yet (pagecache.store). Keep replay_lag in pg_stat_replication well below it.
DATABASE_REPLICA_MAX_LAG = float(
    os.environ.get("DATABASE_REPLICA_MAX_LAG", 1 if DATABASE_REPLICAS else 0)
)
# Every query of a web process (gunicorn, newsroom/wsgi.py) ends after this many seconds;
# migrations and management commands are not bounded. 0 turns it off.
DB_STATEMENT_TIMEOUT = float(os.environ.get("DB_STATEMENT_TIMEOUT", 5))
# What a page answers while the database is unreachable: 503, come back after this many seconds.
DATABASE_OUTAGE_RETRY_AFTER = 30

# "default" holds counters, rate limits and small shared values; "pages" the page cache
# (pagecache/). Both must be shared by every process: Redis when REDIS_URL is set, else the
# process's memory and files on this host. A Redis outage must not take pages down: short
# timeouts, Redis left alone for REDIS_RETRY_SECONDS after an error, the "default" cache falls
# back to each process's memory meanwhile and the page cache answers its errors as misses
# (newsroom/cache.py).
REDIS_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
REDIS_RETRY_SECONDS = float(os.environ.get("REDIS_RETRY_SECONDS", 5))
if os.environ.get("REDIS_URL"):
    CACHES = {
        alias: {
            "BACKEND": "newsroom.cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "newsroom") + suffix,
            "OPTIONS": REDIS_OPTIONS,
            "FALLBACK_TO_MEMORY": alias == "default",
        }
        for alias, suffix in (("default", ""), ("pages", "-pages"))
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("PAGE_CACHE_DIR", BASE_DIR / "var" / "pagecache"),
            "OPTIONS": {"MAX_ENTRIES": 50_000},
        },
    }

# The page cache (pagecache/): anonymous reads of public pages stored whole, purged exactly.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 3600))  # purges make it exact
PAGE_CACHE_NOT_FOUND_SECONDS = 30
# What others may keep: browsers briefly (they cannot be purged), CDNs longer (they are purged
# through PAGE_CACHE_PURGE_HOOKS when configured), nginx's micro-cache a moment (X-Accel-Expires).
PAGE_CACHE_BROWSER_SECONDS = 60
PAGE_CACHE_SHARED_SECONDS = int(os.environ.get("PAGE_CACHE_SHARED_SECONDS", 300))
PAGE_CACHE_PROXY_SECONDS = int(os.environ.get("PAGE_CACHE_PROXY_SECONDS", 2))
PAGE_CACHE_STALE_WHILE_REVALIDATE = 60
PAGE_CACHE_STALE_IF_ERROR = 24 * 3600
# Pages and fragments each worker remembers checking (they skip the shared check while nothing
# was purged): about 40 KB each.
PAGE_CACHE_LOCAL_ENTRIES = int(os.environ.get("PAGE_CACHE_LOCAL_ENTRIES", 500))
# Seconds the servers' clocks may disagree (NTP keeps it to milliseconds); see pagecache.store.
PAGE_CACHE_MAX_CLOCK_SKEW = 0.1
# Called with the purged tags after each purge: "pagecache.cdn.varnish_xkey",
# "pagecache.cdn.cloudflare" or "pagecache.cdn.fastly" (see pagecache/cdn.py for their settings).
PAGE_CACHE_PURGE_HOOKS = env_list("PAGE_CACHE_PURGE_HOOKS")
VARNISH_PURGE_URL = os.environ.get("VARNISH_PURGE_URL", "http://127.0.0.1:6081/")
CLOUDFLARE_API_URL = os.environ.get("CLOUDFLARE_API_URL", "https://api.cloudflare.com/client/v4")
CLOUDFLARE_ZONE_ID = os.environ.get("CLOUDFLARE_ZONE_ID", "")
CLOUDFLARE_API_TOKEN = os.environ.get("CLOUDFLARE_API_TOKEN", "")
FASTLY_API_URL = os.environ.get("FASTLY_API_URL", "https://api.fastly.com")
FASTLY_SERVICE_ID = os.environ.get("FASTLY_SERVICE_ID", "")
FASTLY_API_TOKEN = os.environ.get("FASTLY_API_TOKEN", "")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
# Our own catalogue first (makemessages writes there, and it wins on conflicts); then the
# Vietnamese for Django's own strings that Django's vi catalogue still lacks. That directory
# is deliberately not named "locale": makemessages would adopt any "locale" directory it
# walks into as the catalogue for the files next to it (newsroom/*.py) and overwrite it.
FORMAT_MODULE_PATH = ["newsroom.formats"]
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "newsroom" / "django_locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files browsers and feed readers ask for at the site's root (/favicon.ico), served by whitenoise.
WHITENOISE_ROOT = BASE_DIR / "public"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Media on an S3-compatible store (AWS, MinIO, DigitalOcean Spaces…) when S3_BUCKET is set, so that
# several app servers share one library. Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
if os.environ.get("S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["S3_BUCKET"],
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            "custom_domain": os.environ.get("S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("S3_LOCATION", ""),
            "querystring_auth": env_bool("S3_QUERYSTRING_AUTH"),
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }

# Uploads (multimedia): limits on what editors may upload, and the widths of resized photos.
MULTIMEDIA_MAX_IMAGE_BYTES = int(os.environ.get("MULTIMEDIA_MAX_IMAGE_BYTES", 20 * 1024 * 1024))
MULTIMEDIA_MAX_IMAGE_PIXELS = int(os.environ.get("MULTIMEDIA_MAX_IMAGE_PIXELS", 50_000_000))
MULTIMEDIA_MAX_PDF_BYTES = int(os.environ.get("MULTIMEDIA_MAX_PDF_BYTES", 200 * 1024 * 1024))
MULTIMEDIA_MAX_VIDEO_BYTES = int(os.environ.get("MULTIMEDIA_MAX_VIDEO_BYTES", 1024 * 1024 * 1024))
# Request bodies: form fields (all but files) at most DATA_UPLOAD_MAX_MEMORY_SIZE; files above
# FILE_UPLOAD_MAX_MEMORY_SIZE go to a temporary file. A body larger than its view accepts (form
# fields plus the largest upload of that admin page, newsroom/middleware.py) is refused with 413
# before it is read; REQUEST_MAX_BODY_BYTES caps every request (nginx's client_max_body_size).
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
REQUEST_MAX_BODY_BYTES = (
    max(MULTIMEDIA_MAX_IMAGE_BYTES, MULTIMEDIA_MAX_PDF_BYTES, MULTIMEDIA_MAX_VIDEO_BYTES)
    + DATA_UPLOAD_MAX_MEMORY_SIZE
)
MULTIMEDIA_RENDITION_WIDTHS = (320, 640, 960, 1280, 1920)
MULTIMEDIA_PER_PAGE = 24

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGIN_URL = "admin:login"
# Where the admin (the CMS) lives; another path keeps it away from scripts that try /admin/.
ADMIN_URL = (os.environ.get("ADMIN_URL", "").strip("/") or "admin") + "/"

# Only staff have sessions (readers never log in): a desk's session ends after a working day.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", 8 * 60 * 60))

# Admin logins (django-axes): after LOGIN_FAILURE_LIMIT wrong passwords for one account, or from
# one address, that account or address is refused for LOGIN_LOCKOUT_HOURS or until an admin
# deletes the lock-out ("Access attempts" in the admin, or `manage.py axes_reset_username NAME`,
# `axes_reset_ip ADDRESS`, `axes_reset`).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", 10))
AXES_COOLOFF_TIME = float(os.environ.get("LOGIN_LOCKOUT_HOURS", 1))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Counted by the same address as readers (behind proxies: TRUSTED_PROXY_COUNT).
AXES_CLIENT_IP_CALLABLE = "newsroom.clients.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if env_bool("HTTPS"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    # Browsers then refuse plain HTTP for the site (and its subdomains) for a year. The preload
    # flag consents to the browsers' built-in list (submitted by hand at hstspreload.org; hard
    # to undo): HSTS_PRELOAD=0 withholds it, a deliberate choice the deploy check then accepts.
    SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", 365 * 24 * 60 * 60))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", True)
    if not SECURE_HSTS_PRELOAD:
        SILENCED_SYSTEM_CHECKS = ["security.W021"]

# Content-Security-Policy on every page. Public pages are cached and shared, so they cannot carry
# a per-request nonce: their templates have no inline code (tests/test_csp_ready.py) and scripts
# and styles come from our own origin only. Videos play from the two hosts we embed.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", "blob:", "https:"],
    "media-src": [CSP.SELF, "https:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-src": ["https://www.youtube-nocookie.com", "https://www.facebook.com"],
    "frame-ancestors": [CSP.NONE],
    # The print edition shows its PDF in an <object>; no plugins from elsewhere.
    "object-src": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
}
# The admin (staff only, never cached; newsroom/csp.py): a per-request nonce for the scripts
# Django's admin and the body editor put inline (constants, the editor's import map), and inline
# <style>, which the body editor (tiptap) adds without a nonce. (With a nonce in style-src,
# browsers would ignore 'unsafe-inline'.)
SECURE_CSP_ADMIN = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
}
# Where browsers report what the policy blocked (a report collector's address), when set.
if os.environ.get("CSP_REPORT_URI"):
    SECURE_CSP["report-uri"] = SECURE_CSP_ADMIN["report-uri"] = [os.environ["CSP_REPORT_URI"]]

# The article body editor's own extensions: a photo or a photo gallery from the media library
# inside the body.
# See articles/sanitize.py for the editor's configuration and allow-list.
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {
        "js": [static_lazy("js/article-body-editor.js")],
        "extensions": {
            "ArticleImage": html_tags(["figure", "figcaption"], {"figure": ["data-image-id"]}),
            "ArticleGallery": html_tags(["figure"], {"figure": ["data-gallery-id"]}),
        },
    }
]

# Pages of lists (section, author, tag, …): how many items a page, and how many pages a list offers.
ARTICLES_PER_PAGE = 20
LIST_MAX_PAGES = 100
# Search ranks the newest matches only, as many as its result pages can show. Finding them reads
# each candidate's search document, newest first: at a million articles a word in one story of
# ten costs ~2.5 µs per story read, so 25 pages (500 matches) keep it within 50 ms where 100 took
# over 100 ms.
SEARCH_MAX_PAGES = 25
SEARCH_RANKED_MATCHES = ARTICLES_PER_PAGE * SEARCH_MAX_PAGES
# URLs in each page of a month's sitemap (the sitemaps protocol allows 50,000).
SITEMAP_ITEMS_PER_PAGE = 5000
# Items in each RSS feed.
FEED_ITEMS = 30
# Articles per page of the read API, by default and at most.
API_PAGE_SIZE = 20
API_MAX_PAGE_SIZE = 100

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Reader comments (comments app). Each can be overridden here; the site settings and each article
# choose the moderation mode in the admin, COMMENTS_MODERATION is the default when neither does.
COMMENTS_MODERATION = os.environ.get("COMMENTS_MODERATION", "pre")  # "pre", "post" or "closed"
# An open live coverage page looks for new updates this often, and backs off to the maximum
# while nothing new comes (static/js/live.js).
LIVE_POLL_SECONDS = 15
LIVE_POLL_MAX_SECONDS = 120

COMMENTS_MIN_SUBMIT_SECONDS = 3  # a form sent faster than this after it was served is a bot's
COMMENTS_MAX_TOKEN_AGE = 2 * 60 * 60  # seconds a served form stays valid
COMMENTS_RATE_LIMIT = (5, 10 * 60)  # at most 5 comments per 10 minutes per IP hash and per email
COMMENTS_CLOSE_AFTER_DAYS = 30  # comments close this long after publication; None keeps them open
COMMENTS_REPORT_THRESHOLD = 3  # reader reports that send an approved comment back to the queue
COMMENTS_MAX_LINKS = 2  # more links than this hold a comment for review
COMMENTS_DUPLICATE_WINDOW = (
    60 * 60
)  # seconds in which the same text from the same sender is refused
COMMENTS_PER_PAGE = 50  # top-level comments per page under an article

# Reverse proxies of ours in front of the app, each appending to X-Forwarded-For: 0 (no proxy)
# uses REMOTE_ADDR; 1 for nginx → gunicorn; 2 for CDN → nginx → gunicorn (newsroom/clients.py).
# The older COMMENTS_CLIENT_IP_HEADER=HTTP_X_FORWARDED_FOR meant one proxy.
TRUSTED_PROXY_COUNT = int(
    os.environ.get(
        "TRUSTED_PROXY_COUNT",
        1 if os.environ.get("COMMENTS_CLIENT_IP_HEADER") == "HTTP_X_FORWARDED_FOR" else 0,
    )
)

# Mail for the desk's notifications (notifications app), sent only when EMAIL_HOST is set.
if os.environ.get("EMAIL_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ["EMAIL_HOST"],
                "port": int(os.environ.get("EMAIL_PORT", 587)),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": os.environ.get("EMAIL_USE_TLS", "1") == "1",
                "timeout": 10,
            },
        }
    }
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
NOTIFY_BY_EMAIL = bool(os.environ.get("EMAIL_HOST"))
SITE_URL = os.environ.get("SITE_URL", "").rstrip(
    "/"
)  # for links in mail, e.g. https://baodaklak.vn

# The article change page (articles/admin): drafts are autosaved after this many seconds without
# typing (and at least every DESK_AUTOSAVE_MAX_SECONDS); someone's open page counts as editing
# until DESK_EDITING_STALE_SECONDS after its last heartbeat.
DESK_AUTOSAVE_PAUSE_SECONDS = 5
DESK_AUTOSAVE_MAX_SECONDS = 30
DESK_HEARTBEAT_SECONDS = 30
DESK_EDITING_STALE_SECONDS = 120
