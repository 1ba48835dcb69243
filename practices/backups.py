"""Consistent backups of the database and the uploaded media, in one tar file.

PostgreSQL is dumped with `pg_dump -Fc` (one snapshot); SQLite is copied with its online backup
API (a consistent copy while the portal runs). Media files are added as they are. A restore
goes into an empty database only: it never merges into, or overwrites, live data.

A backup holds password hashes, session keys, contacts and internal notes: it is written
readable by its owner only (0600), and the portal's backups folder is kept at 0700.
"""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

import dj_database_url
from django.conf import settings
from django.db import connection

FORMAT_VERSION = 1


class RestoreError(Exception):
    pass


def _pg_env(db):
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return env


def _pg_args(db):
    args = ["--dbname", db["NAME"]]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            args += [flag, str(db[key])]
    return args


def engine_of(db):
    """ "postgresql" or "sqlite": backups work on database settings (a restore targets a
    database named by its URL, not a configured connection), so they tell engines apart by
    the settings' ENGINE."""
    return "postgresql" if "postgresql" in db["ENGINE"] else "sqlite"


def dump_database(target):
    """Write the default database to `target`; return its engine."""
    db = connection.settings_dict
    if engine_of(db) == "postgresql":
        subprocess.run(
            ["pg_dump", "-Fc", "--no-owner", "--no-acl", "--file", str(target), *_pg_args(db)],
            check=True,
            env=_pg_env(db),
        )
    else:
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        copy.close()
    return engine_of(db)


def backups_folder():
    return Path(settings.VAR_DIR) / "backups"


def _private_folder(folder):
    """Create `folder` for its owner only; the portal's own backups folder is made so even if
    it exists (another folder, /tmp say, is left as it is)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if folder.resolve() == backups_folder().resolve():
        folder.chmod(0o700)


def _private_file(path):
    """`path` opened for writing, readable by its owner only, even if it existed before."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)
    return os.fdopen(descriptor, "wb")


def write_backup(output):
    """Write a backup tar (database + media + manifest) to `output`; return its path."""
    output = Path(output)
    _private_folder(output.parent)
    with tempfile.TemporaryDirectory() as work, _private_file(output) as handle:
        dump = Path(work) / "database"
        vendor = dump_database(dump)
        manifest = {
            "format": FORMAT_VERSION,
            "vendor": vendor,
            "created": datetime.datetime.now(datetime.UTC).isoformat(),
        }
        (Path(work) / "manifest.json").write_text(json.dumps(manifest))
        with tarfile.open(fileobj=handle, mode="w") as tar:
            tar.add(Path(work) / "manifest.json", "manifest.json")
            tar.add(dump, "database")
            if Path(settings.MEDIA_ROOT).is_dir():
                tar.add(settings.MEDIA_ROOT, "media")
    return output


def _target_is_empty(db, vendor):
    if vendor == "postgresql":
        import psycopg

        with psycopg.connect(**_psycopg_params(db)) as conn:
            row = conn.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            ).fetchone()
        return row[0] == 0
    name = str(db["NAME"])
    if not name.startswith("file:") and not Path(name).exists():
        return True
    with _sqlite(name) as conn:
        count = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
    conn.close()
    return count[0] == 0


def _sqlite(name):
    # An in-memory database shared between connections is named by a URI.
    return sqlite3.connect(name, uri=name.startswith("file:"))


def _psycopg_params(db):
    params = {
        "dbname": db["NAME"],
        "user": db.get("USER") or None,
        "host": db.get("HOST") or None,
        "port": db.get("PORT") or None,
        "password": db.get("PASSWORD") or None,
    }
    return {k: v for k, v in params.items() if v}


def restore_backup(archive, *, database_url=None, media_root=None):
    """Restore `archive` into an empty database and an empty media folder."""
    db = dj_database_url.parse(database_url) if database_url else connection.settings_dict
    vendor = engine_of(db)
    media_root = Path(media_root or settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive) as tar:
        tar.extractall(work, filter="data")
        manifest = json.loads((Path(work) / "manifest.json").read_text())
        if manifest["vendor"] != vendor:
            raise RestoreError(
                f"This backup is of a {manifest['vendor']} database; the target is {vendor}."
            )
        if not _target_is_empty(db, vendor):
            raise RestoreError("The target database is not empty; restore only into a new one.")
        if media_root.exists() and any(media_root.iterdir()):
            raise RestoreError(f"The media folder {media_root} is not empty.")
        _load_database(Path(work) / "database", db, vendor)
        if (Path(work) / "media").is_dir():
            shutil.copytree(Path(work) / "media", media_root, dirs_exist_ok=True)


def _load_database(dump, db, vendor):
    if vendor == "postgresql":
        subprocess.run(
            [
                "pg_restore",
                "--no-owner",
                "--no-acl",
                "--single-transaction",
                "--exit-on-error",
                *_pg_args(db),
                str(dump),
            ],
            check=True,
            env=_pg_env(db),
        )
        return
    with sqlite3.connect(dump) as source, _sqlite(str(db["NAME"])) as target:
        source.backup(target)
    source.close()
    target.close()
