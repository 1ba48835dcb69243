"""Settings of the test suite: production's (glgp/settings.py), DEBUG off as in production,
with only what a test run needs changed. pytest reads this module (pyproject.toml); servers
that tests start as separate processes run glgp.settings, as a deployment does."""

import os

# What production insists on reading from the environment, given for the import only, so that
# processes the tests start see the environment they were given.
_FOR_THE_IMPORT = {
    "SECRET_KEY": "not-for-signing-" + "x" * 50,
    "HTTPS": "0",
    "BACKGROUND_TASKS": "immediate",
}
_lent = {name: value for name, value in _FOR_THE_IMPORT.items() if name not in os.environ}
os.environ.update(_lent)
try:
    from glgp.settings import *  # noqa: F403
    from glgp.settings import ALLOWED_HOSTS, STORAGES
finally:
    for _name in _lent:
        del os.environ[_name]

ALLOWED_HOSTS = [*ALLOWED_HOSTS, "testserver", "localhost", "127.0.0.1"]

# Each test process keeps its own cache, emptied by every test (tests/conftest.py).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "glgp"}
}

# Static files straight from the source folders: a test run collects nothing.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# A fast hash keeps the sign-in tests quick; production keeps Django's default.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
