"""Settings of the GLGP portal.

Every deployment knob is an environment variable with a safe default; `.env.example` lists
them and the README explains each. SQLite is used unless DATABASE_URL is set.
"""

import json
import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("GLGP_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name, "")
    try:
        return int(value) if value.strip() else default
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from exc


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


## CORE

DEBUG = env_bool("DEBUG")
# Commands that only read the code, never sign or serve anything, need no secret either.
CODE_ONLY_COMMAND = sys.argv[1:2] in (["makemigrations"], ["makemessages"], ["compilemessages"])


def _development_secret_key():
    """A random key kept in var/ so that sessions survive a restart of `make run`."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if CODE_ONLY_COMMAND:
        SECRET_KEY = "not-for-signing-" + "x" * 50
    elif DEBUG:
        SECRET_KEY = _development_secret_key()
    else:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set it in the environment, or set DEBUG=1 for local work."
        )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "modeltranslation",  # must precede the admin to patch its forms
    "practices.admin_config.PortalAdminConfig",  # django.contrib.admin, landing on the desk
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",  # ArrayField of the facet keys (used on PostgreSQL only)
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "simple_history",
    "import_export",
    "axes",
    "django_tasks_db",  # the queue of background tasks in production (## BACKGROUND TASKS)
    "practices",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Compresses what every layer below has written (pages, feeds, the sitemap), so that the
    # portal is compressed behind any proxy: brotli or gzip (practices/middleware.py).
    "practices.middleware.Compress",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Early: no session, user or database is touched for an address no one could type.
    "practices.middleware.RefuseControlCharacters",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "glgp.urls"
WSGI_APPLICATION = "glgp.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "practices.context_processors.site",
            ],
        },
    },
]

## DATABASE

VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'glgp.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers and one writer work at once; a 20 s timeout rides out short locks.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
    }
else:
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env_int(
        "DB_CONNECT_TIMEOUT", 5
    )
    # The public pages run short queries, for which starting parallel workers costs more than
    # it saves; DATABASE_URL's ?options= may say otherwise.
    DATABASES["default"]["OPTIONS"].setdefault("options", "-c max_parallel_workers_per_gather=0")
    # Khmer search needs a UTF-8 database: pg_trgm finds no Khmer trigrams under LC_CTYPE=C.
    DATABASES["default"]["TEST"] = {"TEMPLATE": "template0", "CHARSET": "UTF8"}

## AUTHENTICATION

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"
# After signing in without a usable `next`: the role's home (admin for staff, site for partners).
LOGIN_REDIRECT_URL = "accounts:home"
# Invitation and password-reset links work this long, and only until the password is set.
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_LINK_DAYS", 3) * 24 * 3600
# Password-reset requests per hour and address (each sends an e-mail), then 429.
PASSWORD_RESET_RATE_LIMIT = env_int("PASSWORD_RESET_RATE_LIMIT", 5)

# Lock a username + address pair after 5 failures, for 15 minutes.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("LOGIN_COOLOFF_MINUTES", 15) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_CALLABLE = "practices.views.errors.login_locked"
AXES_RESET_ON_SUCCESS = True
# One client address for the lockout and every rate limit (see PROXY_COUNT below).
AXES_CLIENT_IP_CALLABLE = "practices.throttling.client_address"
AXES_ENABLE_ADMIN = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True  # every failed attempt is kept, not only the count

## I18N

LANGUAGE_CODE = "km"  # a visitor with no preference reads Khmer
# The Khmer number format (glgp/formats/km/formats.py): no-break space for thousands, point
# for decimals, in interface and content alike.
FORMAT_MODULE_PATH = ["glgp.formats"]
LANGUAGES = [("km", _("Khmer")), ("en", _("English"))]
# locale/ is the project's own catalogue (makemessages); upstream/locale/ translates strings of
# Django's admin and the admin's packages, which makemessages does not see. The first one wins.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "upstream" / "locale"]
TIME_ZONE = "Asia/Phnom_Penh"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "km"
MODELTRANSLATION_LANGUAGES = ("km", "en")
# Either language may be written first: an empty field reads the other language.
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("km", "en"), "km": ("en",), "en": ("km",)}
MODELTRANSLATION_AUTO_POPULATE = False

## STATIC AND MEDIA

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# The Chromium that prints the PDF case studies (Debian's package); without it there are none.
PDF_CHROMIUM = os.environ.get("PDF_CHROMIUM", "/usr/bin/chromium")
# Uploaded files: the local folder MEDIA_ROOT by default. Several servers need one store they
# all reach: MEDIA_STORAGE_BACKEND names a storage class (e.g. django-storages'
# "storages.backends.s3.S3Storage"), MEDIA_STORAGE_OPTIONS its options as JSON (README,
# "Several servers"). Either way every file is served by the portal (practices/storage.py).
MEDIA_STORAGE_BACKEND = os.environ.get("MEDIA_STORAGE_BACKEND", "")
try:
    MEDIA_STORAGE_OPTIONS = json.loads(os.environ.get("MEDIA_STORAGE_OPTIONS") or "{}")
except ValueError as exc:
    raise ImproperlyConfigured(f"MEDIA_STORAGE_OPTIONS is not JSON: {exc}") from exc
STORAGES = {
    "default": (
        {
            "BACKEND": "practices.storage.ServedByPortal",
            "OPTIONS": {"backend": MEDIA_STORAGE_BACKEND, "options": MEDIA_STORAGE_OPTIONS},
        }
        if MEDIA_STORAGE_BACKEND
        else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    ),
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Files a browser asks for at the site's root (favicon.ico), served by whitenoise.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
# In development files are served straight from their apps and static/.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
# Uploads: byte limits per file (the proxy in front must allow at least the larger one).
MAX_IMAGE_BYTES = env_int("MAX_IMAGE_MB", 10) * 1024 * 1024
MAX_DOCUMENT_BYTES = env_int("MAX_DOCUMENT_MB", 20) * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o644

## RATE LIMITS

# Trusted proxies in front of the portal (each appends to X-Forwarded-For): the client's
# address is read from that header only this far back, from REMOTE_ADDR when 0.
PROXY_COUNT = env_int("PROXY_COUNT", 0)

# Requests per minute and client address; beyond them the answer is 429.
SEARCH_RATE_LIMIT = env_int("SEARCH_RATE_LIMIT", 120)
EXPORT_RATE_LIMIT = env_int("EXPORT_RATE_LIMIT", 30)  # PDFs and feeds

# The API (practices/api/): requests per minute, per address without a token, per token with.
API_RATE_LIMIT = env_int("API_RATE_LIMIT", 120)
API_TOKEN_RATE_LIMIT = env_int("API_TOKEN_RATE_LIMIT", 600)

## OPEN DATA

# Where the open-data package of each public revision is built (practices/opendata/).
OPEN_DATA_ROOT = Path(os.environ.get("OPEN_DATA_ROOT", VAR_DIR / "opendata"))

## API

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["practices.api.tokens.TokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_THROTTLE_CLASSES": [
        "practices.api.throttles.AddressThrottle",
        "practices.api.throttles.TokenThrottle",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "GLGP portal API",
    "DESCRIPTION": (
        "Good local-government practices of Cambodia's communes and sangkats, read only. "
        "Without a token: public practices. With a DELGOSEA partner's personal token "
        '(`Authorization: Token <key>`, made on "My account"): also the practices shared '
        "with the network, marked `visibility: network`."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_GENERATE_CHOICE_DESCRIPTION": False,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "practices.api.schema.complete",
    ],
    "ENUM_NAME_OVERRIDES": {
        "PlaceKindEnum": "practices.models.reference.AdminUnit.Kind",
        "PartnerKindEnum": "practices.models.reference.Partner.Kind",
        "EventKindEnum": "practices.models.events.Event.Kind",
    },
}

## SECURITY

SESSION_COOKIE_AGE = env_int("SESSION_IDLE_MINUTES", 120) * 60
SESSION_ENGINE = "practices.sessions"  # the database's, with a lost connection as a 503
SESSION_SAVE_EVERY_REQUEST = True  # the age counts from the last request: an idle timeout
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
HTTPS = env_bool("HTTPS", default=not DEBUG)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS and not env_bool("TLS_TERMINATED_BY_PROXY")
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
if env_bool("TLS_TERMINATED_BY_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}

## E-MAIL

# Printed to the console in local work; in production SMTP, by default to a local relay.
if DEBUG and not os.environ.get("EMAIL_HOST"):
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
else:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ.get("EMAIL_HOST", "localhost"),
                "port": env_int("EMAIL_PORT", 587 if os.environ.get("EMAIL_HOST") else 25),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", default=bool(os.environ.get("EMAIL_HOST"))),
                "timeout": 20,
            },
        }
    }
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "GLGP portal <glgp@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
COORDINATOR_EMAILS = env_list("COORDINATOR_EMAILS")

## WORKFLOW

# A screening decision needs this many complete scorings (every active criterion, submitted).
SCREENING_MIN_COMPLETE_SCORINGS = env_int("SCREENING_MIN_COMPLETE_SCORINGS", 1)
# Days without a logbook entry after which the desk flags an active replication as quiet.
REPLICATION_QUIET_DAYS = env_int("REPLICATION_QUIET_DAYS", 90)
# Public nominations accepted per address and hour before the form refuses.
NOMINATION_RATE_LIMIT = env_int("NOMINATION_RATE_LIMIT", 5)
# The portal's address, for links in e-mail.
SITE_URL = os.environ.get("SITE_URL", "http://localhost:8000")

## CACHE

# Rate limits, cached fragments and pages and PDFs are kept here, so in production every
# worker of every server must share it: Redis when REDIS_URL is set, else the database
# (`manage.py createcachetable`, run by `make serve`). Memory of one process only for local
# work (and tests: glgp/test_settings.py).
REDIS_URL = os.environ.get("REDIS_URL", "")
if DEBUG and not REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "glgp",
        }
    }
elif REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "glgp",
            # An unreachable Redis fails a request within seconds instead of hanging it.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "glgp_cache",
        }
    }

## BACKGROUND TASKS

# Mail, the audiences' overviews and the open-data package after a publication run as tasks
# (django.tasks). In production they wait in a queue in the database for `make worker`
# (django-tasks-db's db_worker), so a request never waits for them and a restart loses none;
# in local work (and tests) they run at once, in the request, and `make run` needs no worker.
# BACKGROUND_TASKS=immediate runs them in the request in production too (one server, no worker).
BACKGROUND_TASKS = os.environ.get("BACKGROUND_TASKS", "immediate" if DEBUG else "database")
if BACKGROUND_TASKS not in {"immediate", "database"}:
    raise ImproperlyConfigured("BACKGROUND_TASKS must be 'immediate' or 'database'")
TASKS = {
    "default": {
        "BACKEND": (
            "django.tasks.backends.immediate.ImmediateBackend"
            if BACKGROUND_TASKS == "immediate"
            else "django_tasks_db.DatabaseBackend"
        ),
    }
}
# A mail that fails is tried again this many times in all, waiting MAIL_RETRY_SECONDS, then
# four times that, then sixteen times..., before it is listed on the coordinator's desk.
MAIL_ATTEMPTS = env_int("MAIL_ATTEMPTS", 5)
MAIL_RETRY_SECONDS = env_int("MAIL_RETRY_SECONDS", 60)

## LOGGING

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own console handler (DEBUG only) would print every line a second time.
        "django": {"handlers": [], "level": "INFO"},
        "django.request": {"level": "ERROR"},
        "axes": {"level": "WARNING"},
        # Each task's start and end, worth a line only from the worker.
        "django.tasks": {"level": "INFO" if BACKGROUND_TASKS == "database" else "WARNING"},
    },
}
