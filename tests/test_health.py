import pytest
from django.db import connection


@pytest.mark.django_db
def test_healthz_answers_ok_with_the_database(client):
    response = client.get("/healthz")
    assert (response.status_code, response.content) == (200, b"ok\n")
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    from django.db.utils import OperationalError

    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert (response.status_code, response.content) == (503, b"database unreachable\n")


@pytest.mark.django_db
def test_readyz_checks_database_cache_and_migrations(client):
    response = client.get("/readyz")
    assert (response.status_code, response.content) == (
        200,
        b"database: ok\ncache: ok\nmigrations: ok\n",
    )
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_answers_503_when_the_cache_loses_what_it_is_given(client, monkeypatch):
    from django.core.cache import cache

    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    response = client.get("/readyz")
    assert (response.status_code, response.content) == (
        503,
        b"database: ok\ncache: failed (RuntimeError)\nmigrations: ok\n",
    )


@pytest.mark.django_db
def test_readyz_answers_503_while_a_migration_is_pending(client, monkeypatch):
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.recorder import MigrationRecorder

    from practices.views import health

    monkeypatch.setattr(health._Schema, "migrated", False)
    [(app, latest)] = MigrationLoader(connection).graph.leaf_nodes("practices")
    MigrationRecorder.Migration.objects.filter(app=app, name=latest).delete()
    response = client.get("/readyz")
    assert (response.status_code, response.content) == (
        503,
        b"database: ok\ncache: ok\nmigrations: failed (RuntimeError)\n",
    )
    # A healthy process stays alive: liveness does not depend on the schema.
    assert client.get("/healthz").status_code == 200


@pytest.mark.django_db
def test_readyz_answers_503_when_the_database_fails(client, monkeypatch):
    from django.db.utils import OperationalError

    from practices.views import health

    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection to db.internal refused")

    monkeypatch.setattr(health._Schema, "migrated", True)
    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.content.decode().splitlines()[0] == "database: failed (OperationalError)"
    assert b"db.internal" not in response.content
