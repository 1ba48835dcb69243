import ast
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


def settings_value(expr, **env):
    """Evaluate `expr` on glgp.settings imported in a fresh process with `env`."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "HTTPS"}
    }
    clean.update(env)
    code = f"import glgp.settings as s; print(repr(({expr})))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode, result.stdout.strip(), result.stderr


def test_refuses_to_start_without_secret_key_when_debug_off():
    code, _, err = settings_value("s.SECRET_KEY", DEBUG="0")
    assert code == 1
    assert "SECRET_KEY is not set" in err


def test_reads_secret_hosts_and_database_from_environment(tmp_path):
    code, out, _ = settings_value(
        "s.SECRET_KEY, s.ALLOWED_HOSTS, s.DATABASES['default']['NAME'], s.DEBUG",
        SECRET_KEY="k" * 60,
        ALLOWED_HOSTS="glgp.example.org,www.glgp.example.org",
        DATABASE_URL="postgres://u:p@db.internal:5432/glgp",
        DEBUG="0",
    )
    assert code == 0
    assert out == (
        "('" + "k" * 60 + "', ['glgp.example.org', 'www.glgp.example.org'], 'glgp', False)"
    )


def test_sqlite_is_the_default_database():
    code, out, _ = settings_value("s.DATABASES['default']['ENGINE']", DEBUG="1")
    assert (code, out) == (0, "'django.db.backends.sqlite3'")


def test_https_settings_on_in_production():
    code, out, _ = settings_value(
        "s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.SECURE_SSL_REDIRECT",
        SECRET_KEY="k" * 60,
        DEBUG="0",
    )
    assert (code, out) == (0, "(31536000, True, True)")


def test_proxy_terminating_tls_turns_off_the_redirect_only():
    code, out, _ = settings_value(
        "s.SECURE_SSL_REDIRECT, s.SECURE_PROXY_SSL_HEADER, s.SESSION_COOKIE_SECURE",
        SECRET_KEY="k" * 60,
        DEBUG="0",
        TLS_TERMINATED_BY_PROXY="1",
    )
    assert (code, out) == (0, "(False, ('HTTP_X_FORWARDED_PROTO', 'https'), True)")


def test_check_deploy_reports_nothing_in_production():
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DATABASE_URL", "HTTPS"}}
    env.update(DEBUG="0", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="glgp.example.org")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout.strip()) == (
        0,
        "System check identified no issues (0 silenced).",
    )


def test_migrations_can_be_checked_without_a_secret():
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout.strip()) == (0, "No changes detected")


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL setting")
def test_postgresql_sessions_start_no_parallel_workers():
    # A worker costs ~10 ms to start: more than a public page's whole query.
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone() == ("0",)


def test_database_url_options_override_the_parallel_setting():
    options = "-c max_parallel_workers_per_gather=2"
    code, out, _ = settings_value(
        "s.DATABASES['default']['OPTIONS']['options']",
        DEBUG="1",
        DATABASE_URL="postgres://u@db:5432/glgp?options=" + options.replace(" ", "%20"),
    )
    assert (code, out) == (0, repr(options))


@pytest.mark.parametrize(
    ("env", "cache", "tasks"),
    [
        ({"DEBUG": "1"}, "locmem.LocMemCache", "immediate.ImmediateBackend"),
        ({"DEBUG": "0", "SECRET_KEY": "k" * 60}, "db.DatabaseCache", "DatabaseBackend"),
        (
            {"DEBUG": "0", "SECRET_KEY": "k" * 60, "REDIS_URL": "redis://127.0.0.1:6379/0"},
            "redis.RedisCache",
            "DatabaseBackend",
        ),
        (
            {"DEBUG": "0", "SECRET_KEY": "k" * 60, "BACKGROUND_TASKS": "immediate"},
            "db.DatabaseCache",
            "immediate.ImmediateBackend",
        ),
    ],
)
def test_cache_and_task_queue_follow_the_environment(env, cache, tasks):
    code, out, err = settings_value(
        "s.CACHES['default']['BACKEND'], s.TASKS['default']['BACKEND']", **env
    )
    assert code == 0, err
    backend, queue = ast.literal_eval(out)
    assert (backend.split(".")[-2:], queue.split(".")[-len(tasks.split(".")) :]) == (
        cache.split("."),
        tasks.split("."),
    )
