"""A backup restored into a fresh database holds the same rows and the same media bytes."""

import io
import sqlite3
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from practices.models import Document, Photo
from tests.factories import image_file, make_practice, make_theme, pdf_file


def every_row(conn, table):
    """All rows of `table` in one order whatever the storage's: a table whose first column
    repeats (the facet counts by period) would otherwise come back in any order."""
    return sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)


def sqlite_rows(conn):
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {t: every_row(conn, t) for t in tables}


def pg_rows(conn):
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema='public' "
            "AND table_type='BASE TABLE' ORDER BY 1"
        )
    ]
    return {t: every_row(conn, t) for t in tables}


def media_bytes(root):
    root = Path(root)
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture
def content(transactional_db, admin_units):
    theme = make_theme()
    practice = make_practice(
        themes=[theme], units=[admin_units.get(code="020101")], title_km="ការគ្រប់គ្រងសំណល់"
    )
    Photo.objects.create(practice=practice, image=image_file(), caption_km="រូបថត")
    Document.objects.create(practice=practice, file=pdf_file())
    return practice


@pytest.fixture
def fresh_postgres():
    import psycopg

    db = connection.settings_dict
    name = f"{db['NAME']}_restored"
    params = {
        "host": db["HOST"] or None,
        "port": db["PORT"] or None,
        "user": db["USER"] or None,
        "dbname": "postgres",
    }
    params = {k: v for k, v in params.items() if v}
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    yield name, params
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_backup_and_restore_round_trip(content, tmp_path, request):
    archive = tmp_path / "backup.tar"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    restored_media = tmp_path / "restored-media"
    if connection.vendor == "postgresql":
        import psycopg

        name, params = request.getfixturevalue("fresh_postgres")
        url = "postgres://{user}@{host}:{port}/{name}".format(
            user=params.get("user", ""),
            host=params.get("host", "localhost"),
            port=params.get("port", 5432),
            name=name,
        )
        call_command("restore", str(archive), database_url=url, media_root=str(restored_media))
        with (
            psycopg.connect(**{**params, "dbname": connection.settings_dict["NAME"]}) as a,
            psycopg.connect(**{**params, "dbname": name}) as b,
        ):
            original, restored = pg_rows(a), pg_rows(b)
    else:
        target = tmp_path / "restored.sqlite3"
        call_command(
            "restore",
            str(archive),
            database_url=f"sqlite:///{target}",
            media_root=str(restored_media),
        )
        connection.ensure_connection()
        with (
            sqlite3.connect(connection.settings_dict["NAME"], uri=True) as a,
            sqlite3.connect(target) as b,
        ):
            original, restored = sqlite_rows(a), sqlite_rows(b)
    assert restored == original
    assert len(original["practices_adminunit"]) == 1896
    assert len(original["practices_practice"]) == 1
    assert media_bytes(restored_media) == media_bytes(settings.MEDIA_ROOT)
    assert len(media_bytes(restored_media)) == 2


def test_restore_refuses_a_database_that_is_not_empty(content, tmp_path):
    archive = tmp_path / "backup.tar"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(archive), media_root=str(tmp_path / "m"))


def mode(path):
    return Path(path).stat().st_mode & 0o777


def test_backups_are_readable_by_their_owner_only(content, settings, tmp_path):
    settings.VAR_DIR = tmp_path / "var"
    folder = tmp_path / "var" / "backups"
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)  # as an older portal or a umask left it

    call_command("backup", stdout=io.StringIO())

    [archive] = folder.iterdir()
    assert (mode(folder), mode(archive)) == (0o700, 0o600)


def test_a_backup_written_elsewhere_is_private_too(content, tmp_path):
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir(mode=0o755)
    elsewhere.chmod(0o755)
    archive = elsewhere / "backup.tar"
    archive.write_bytes(b"an older file, readable by all")
    archive.chmod(0o644)

    call_command("backup", output=str(archive), stdout=io.StringIO())

    assert (mode(elsewhere), mode(archive)) == (0o755, 0o600)
    with tarfile.open(archive) as tar:
        assert tar.getnames()[:2] == ["manifest.json", "database"]
