"""Settings for Eenouderpunt: one module, driven by environment variables.

Every variable is listed in `.env.example`. Defaults are safe: debug off, SQLite file,
database cache, console e-mail in development (production refuses to start without a
real e-mail backend). Production differs from development only by values.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {
        "1",
        "true",
        "yes",
        "on",
    }


def env_list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=true for development)."
        )
    SECRET_KEY = "development-only-not-secret"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# The public address of the site, used in e-mails and the Wagtail admin.
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    # Our apps, listed top layer first (DESIGN.md §3); templates of ours win.
    "professionals",
    "opendata",
    "regelingen",
    "lotgenoten",
    "gemeenten",
    "feedback",
    "plan",
    "vragen",
    "content",
    "eenouderpunt",
    "core",
    "core.outbox",
    "django_tasks",
    "django_tasks_db",
    # Wagtail
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    # Translation of pages and snippets (issue #16): synchronised trees, PO export
    # and import. Replaces wagtail.locales (its Locale admin).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts (django-allauth with two-factor)
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "django.forms",  # Django's widget templates, for FORM_RENDERER
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # 304s for the open-data API, also for answers from the page cache below.
    "opendata.middleware.ApiConditionalGetMiddleware",
    "core.demand.DemandCountMiddleware",  # counts cached searches too: first
    # The language from the URL prefix only (no cookie, no Accept-Language), before
    # the page cache, which keys on it.
    "core.middleware.PathLanguageMiddleware",
    "core.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "professionals.middleware.EditorsNeedTwoFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.middleware.DatabaseUnavailableMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "core.middleware.SiteCacheMiddleware",
]

ROOT_URLCONF = "eenouderpunt.urls"
WSGI_APPLICATION = "eenouderpunt.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.site",
                "professionals.context_processors.error_report_link",
            ],
        },
    },
]

# The one form layer: every form and field renders through core/templates/core/forms/.
FORM_RENDERER = "core.forms.FormRenderer"

# Database: SQLite file by default (zero set-up); PostgreSQL via DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast when the database is down, so parents get a 503 page within seconds.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 3
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: shared by all processes (cached pages, rate limits; docs/caching.md). The
# database cache is the single-machine default; set REDIS_URL to use Redis. Both fail
# open (core/cache.py): a cache that is down or hangs is treated as empty. Redis on
# the same network answers in a millisecond: a quarter second to connect means it is
# not there; half a second to answer leaves room for a busy app server (0.25 s was
# exceeded on a loopback Redis with the machine at load 12, which would needlessly
# switch the cache off for a few seconds and add load).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "core.cache.FailOpenRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.FailOpenDatabaseCache",
            "LOCATION": "cache_table",
        }
    }

# Anonymous HTML pages are served from the cache above for this many seconds (0: off).
# Publishing anything starts a new generation at once; the limit bounds "nu open".
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0" if DEBUG else "60"))
# Each app process keeps the pages it served last in memory (at most this many bytes)
# and rereads the shared generation at most every PAGE_CACHE_LOCAL_SECONDS: a cache
# hit then needs no round trip, and a publish reaches every process within that time.
PAGE_CACHE_LOCAL_SECONDS = float(os.environ.get("PAGE_CACHE_LOCAL_SECONDS", "1"))
PAGE_CACHE_LOCAL_BYTES = int(os.environ.get("PAGE_CACHE_LOCAL_BYTES", str(16 * 2**20)))
# Seconds each process keeps the Wagtail Site of a host (core.middleware.SiteCacheMiddleware);
# 0: looked up on every request.
SITE_CACHE_SECONDS = float(os.environ.get("SITE_CACHE_SECONDS", "60"))

# A CDN or caching proxy in front of the portal, purged when content is published
# (wagtail.contrib.frontend_cache; core/frontend_cache.py). Off when unset.
FRONTEND_CACHE = os.environ.get("FRONTEND_CACHE", "")  # "http" or "cloudflare"
if FRONTEND_CACHE == "http":  # Varnish, Squid, nginx: HTTP PURGE to each location
    WAGTAILFRONTENDCACHE = {
        f"proxy{number}": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
        for number, location in enumerate(env_list("FRONTEND_CACHE_LOCATIONS"))
    }
elif FRONTEND_CACHE == "cloudflare":
    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
            "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
        }
    }
elif FRONTEND_CACHE:
    raise ImproperlyConfigured("FRONTEND_CACHE must be 'http' or 'cloudflare'.")

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Dutch (B1) is the source; English and Arabic follow it. The language comes only
# from the URL (/en/…, /ar/…; Dutch without prefix): core.middleware.PathLanguageMiddleware.
# Each name is in its own language: the language links show them as they are.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English"), ("ar", "العربية")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Attachments of practices: never public, served by an access-checked view.
    "private": {"BACKEND": "professionals.models.practices.PrivateStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# With several app servers, media go to S3-compatible object storage (django-storages):
# editors' images and documents to MEDIA_S3_BUCKET, attachments to a second, private
# bucket. Credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
if os.environ.get("MEDIA_S3_BUCKET"):
    _s3 = {
        "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("MEDIA_S3_REGION") or None,
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            "custom_domain": os.environ.get("MEDIA_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
        },
    }
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "bucket_name": os.environ["PRIVATE_MEDIA_S3_BUCKET"],
            "default_acl": "private",
            "querystring_auth": True,
        },
    }

# E-mail goes through the outbox (core.outbox): stored in the transaction of the data
# it reports, delivered by the worker `manage.py db_worker --backend outbox` with
# retries. Django's EMAIL_BACKEND queues; the environment's EMAIL_BACKEND is the one
# that really sends. The console backend would write parents' names, messages and
# password-reset links to the log: development only.
EMAIL_BACKEND = "core.outbox.backends.OutboxEmailBackend"
_CONSOLE_EMAIL = "django.core.mail.backends.console.EmailBackend"
OUTBOX_EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "").strip() or (
    _CONSOLE_EMAIL if DEBUG else ""
)
if not DEBUG and OUTBOX_EMAIL_BACKEND in {"", _CONSOLE_EMAIL}:
    raise ImproperlyConfigured(
        "Set EMAIL_BACKEND to a real e-mail backend, e.g. "
        "django.core.mail.backends.smtp.EmailBackend with EMAIL_HOST (see "
        "docs/deployment.md, 'E-mail'). Without it, or with the console backend, "
        "e-mails with personal data would end up in the log. "
        "(DJANGO_DEBUG=true for development.)"
    )
if OUTBOX_EMAIL_BACKEND == EMAIL_BACKEND:
    raise ImproperlyConfigured("EMAIL_BACKEND must be a backend that sends.")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# Seconds before an SMTP connection attempt gives up (the worker then retries).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
# Retries: after 1, 2, 4 … minutes, at most 2 hours apart; 12 attempts cover about
# 12 hours. Then the mail shows as failed to editors; `outbox_retry` sends it again.
OUTBOX_MAX_ATTEMPTS = int(os.environ.get("OUTBOX_MAX_ATTEMPTS", "12"))
OUTBOX_RETRY_BASE_SECONDS = int(os.environ.get("OUTBOX_RETRY_BASE_SECONDS", "60"))
OUTBOX_RETRY_MAX_SECONDS = int(os.environ.get("OUTBOX_RETRY_MAX_SECONDS", "7200"))
# Failed mail holds personal data: `outbox_prune` deletes it after this many days.
OUTBOX_FAILED_RETENTION_DAYS = int(os.environ.get("OUTBOX_FAILED_RETENTION_DAYS", "30"))
# Background tasks (django-tasks). Wagtail's own tasks run at once ("default"); the
# outbox queues in the database for its worker.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "outbox": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Eenouderpunt <noreply@eenouderpunt.nl>"
)

# Privacy: sessions and CSRF only where a form or login needs them; never for reading.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool(
    "DJANGO_SECURE_COOKIES", not DEBUG
)
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("DJANGO_BEHIND_PROXY") else None
)
SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", False)
# How many reverse proxies of ours add to X-Forwarded-For (0: use REMOTE_ADDR).
# Rate limits (ours and allauth's) count per client address.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Browser features no page of ours needs (sent by SecurityHeadersMiddleware).
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "interest-cohort=(), browsing-topics=()"
)
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy: self only, no inline script or style on public pages.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# The admin needs inline script and style; it gets what does not break it
# (core.middleware.SecurityHeadersMiddleware).
ADMIN_CSP_PREFIXES = tuple(CONTENT_SECURITY_POLICY["EXCLUDE_URL_PREFIXES"])
ADMIN_CONTENT_SECURITY_POLICY = (
    "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
)

# The open-data API (opendata/, docs/api.md) documents itself with drf-spectacular.
REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema"}

# Wagtail
WAGTAIL_SITE_NAME = "Eenouderpunt"
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_I18N_ENABLED = True
# The demo loaders also load the English and Arabic translation files and synchronise
# the language trees (content/seed/translations/, about a minute); the tests switch it
# off and load them only where a test is about translations (demo_site_translated).
SEED_TRANSLATIONS = env_bool("SEED_TRANSLATIONS", default=True)
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin and the secure area stay Dutch, whatever languages the site offers.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands")]
# No avatars from gravatar.com: the admin loads nothing from another host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"}
}
# Days the search counts (query text and daily hits, never who) are kept; the daily
# command search_queries_delete_expired removes older ones. Wagtail's own
# searchpromotions_garbage_collect uses the same period.
# "Stel je vraag": the answer target in working days (shown to parents), how long a
# closed question is kept, and completed questions per client address per hour.
QUESTION_ANSWER_WORKING_DAYS = int(os.environ.get("QUESTION_ANSWER_WORKING_DAYS", "2"))
QUESTION_RETENTION_DAYS = int(os.environ.get("QUESTION_RETENTION_DAYS", "180"))
QUESTION_RATE_LIMIT_PER_HOUR = int(os.environ.get("QUESTION_RATE_LIMIT_PER_HOUR", "5"))
SEARCH_QUERY_RETENTION_DAYS = int(os.environ.get("SEARCH_QUERY_RETENTION_DAYS", "90"))
WAGTAILSEARCH_HITS_MAX_AGE = SEARCH_QUERY_RETENTION_DAYS
# Each app process counts site searches and postcode searches in memory and writes
# them at most this often, or once a tally holds this many different keys, and when
# it stops (core/tally.py); 0 seconds: every count at once.
COUNT_FLUSH_SECONDS = float(
    os.environ.get("COUNT_FLUSH_SECONDS", "0" if DEBUG else "60")
)
COUNT_FLUSH_SIZE = int(os.environ.get("COUNT_FLUSH_SIZE", "500"))
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_COMMENTS_ENABLED = True

# Accounts (django-allauth). Rate limits use the shared cache above.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/professionals/"
ACCOUNT_SIGNUP_FORM_CLASS = "professionals.forms.SignupExtraForm"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Eenouderpunt] "
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_TOTP_ISSUER = "Eenouderpunt"
# Attachments of practices live outside MEDIA_ROOT and are served only by a view
# that checks access (professionals.views.attachments).
PRIVATE_MEDIA_ROOT = Path(
    os.environ.get("PRIVATE_MEDIA_ROOT", "") or BASE_DIR / "private-media"
)
PROFESSIONALS_MAX_UPLOAD_BYTES = 10 * 1024 * 1024

# Request bodies larger than these are refused with 413 before they are read
# (core/request_limits.py; the reverse proxy has the same limits, docs/deployment.md).
# Forms that take a file (and the Wagtail admin) accept an attachment plus the form.
REQUEST_UPLOAD_PATHS = [
    r"/professionals/praktijkvoorbeelden/(?:nieuw|\d+/bewerken)/$",
    r"/admin/",
]
REQUEST_UPLOAD_MAX_BYTES = int(
    os.environ.get("REQUEST_UPLOAD_MAX_BYTES", PROFESSIONALS_MAX_UPLOAD_BYTES + 2**19)
)
REQUEST_BODY_MAX_BYTES = int(os.environ.get("REQUEST_BODY_MAX_BYTES", 256 * 1024))

# Where "Snel weg" (quick exit) sends a visitor: a neutral site.
QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.google.nl/")

# Anonymous searches (/zoeken/) and Regelcheck steps per client address per minute:
# a parent never gets near it, a script does (core/ratelimit.py).
SEARCH_RATE_LIMIT_PER_MINUTE = int(os.environ.get("SEARCH_RATE_LIMIT_PER_MINUTE", "60"))

# Logs: secret path segments (reset keys, one-click tokens) redacted everywhere, and
# client errors (bad Host, too many fields, 4xx) on one line (core/log_redaction.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "redact_secret_paths": {"()": "core.log_redaction.RedactSecretPaths"},
        "one_line_client_errors": {"()": "core.log_redaction.OneLineClientErrors"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["redact_secret_paths", "one_line_client_errors"],
        }
    },
    "root": {
        "handlers": ["console"],
        "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING"),
    },
}
