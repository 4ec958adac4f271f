"""Backups of the site: the database (pg_dump's custom format) and the uploaded media, in one folder.

A backup is a folder named after the time it was made (UTC), written under another name and renamed
only when complete, so a folder with a timestamp is always a whole backup:

    var/backups/20261129-173005/
        database.dump    pg_dump --format=custom
        media.tar.gz     MEDIA_ROOT (local storage only; with S3 the bucket is backed up apart)
        manifest.json    when, from which server, the migrations it holds, checksums of the files

Restoring goes into an empty database and MEDIA_ROOT; both are emptied first only when forced.
"""

import hashlib
import json
import shutil
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.core.files.storage import FileSystemStorage, default_storage
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from .postgres_tools import (
    find_tool,
    libpq_environment,
    major_version,
    run_tool,
    server_major_version,
)

MANIFEST_FORMAT = 1
DATABASE_FILE = "database.dump"
MEDIA_FILE = "media.tar.gz"
SYSTEM_SCHEMAS = r"pg\_%"  # pg_catalog, pg_toast…: PostgreSQL's own


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


def create_backup(connection, media_root, backups_root):
    """Write a backup of the connection's database and of media_root; return folder and manifest."""
    if not database_contents(connection):
        name = connection.get_connection_params()["dbname"]
        raise BackupError(
            f"The database {name} holds no tables, so there is nothing to back up: is the "
            "environment (DATABASE_URL) the site's?"
        )
    backups_root.mkdir(parents=True, exist_ok=True)
    name = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    # Readable by its owner only (password hashes, readers' e-mail addresses).
    partial = Path(tempfile.mkdtemp(prefix=f".{name}-", suffix=".partial", dir=backups_root))
    try:
        manifest = {
            "format": MANIFEST_FORMAT,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "database": dump_database(connection, partial / DATABASE_FILE),
            "media": archive_media(media_root, partial / MEDIA_FILE),
            "migrations": applied_migrations(connection),
        }
        (partial / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
        destination = unused_name(backups_root / name)
        partial.rename(destination)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return destination, manifest


def restore_backup(folder, connection, media_root, force=False):
    """Restore a backup into the connection's database and media_root; return the manifest."""
    manifest = read_backup(folder)
    blockers = [
        blocker
        for blocker in (database_contents(connection), media_contents(media_root, manifest))
        if blocker
    ]
    if blockers and not force:
        raise BackupError(
            f"Not restoring: {' and '.join(blockers)}. Restore into an empty database and "
            "MEDIA_ROOT, or replace what is there with --force (make restore … FORCE=1)."
        )
    dump_version = manifest["database"]["pg_dump_major_version"]
    pg_restore = find_tool("pg_restore", max(server_major_version(connection), dump_version))
    if force:
        empty_database(connection)
    run_tool(
        [
            pg_restore,
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={connection.get_connection_params()['dbname']}",
            folder / DATABASE_FILE,
        ],
        libpq_environment(connection),
    )
    if manifest.get("media"):
        if force and media_root.exists():
            empty_folder(media_root)
        media_root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(folder / MEDIA_FILE) as archive:
            archive.extractall(media_root, filter="data")
    return manifest


def unapplied_migrations(connection):
    """Migrations of this code that the restored database lacks (a backup older than the code)."""
    executor = MigrationExecutor(connection)
    return executor.migration_plan(executor.loader.graph.leaf_nodes())


def dump_database(connection, path):
    server = server_major_version(connection)
    pg_dump = find_tool("pg_dump", server)
    run_tool(
        [pg_dump, "--format=custom", f"--file={path}"],
        libpq_environment(connection),
    )
    return {
        "file": path.name,
        "name": connection.get_connection_params()["dbname"],
        "server_major_version": server,
        "pg_dump_major_version": major_version(pg_dump),
        **file_summary(path),
    }


def archive_media(media_root, path):
    if not isinstance(default_storage, FileSystemStorage):
        return None  # S3: the bucket keeps the files (versioning, replication), not this backup
    count = 0
    with tarfile.open(path, "w:gz", compresslevel=1) as archive:  # photos do not compress
        if media_root.is_dir():
            for item in sorted(media_root.rglob("*")):
                archive.add(item, arcname=item.relative_to(media_root), recursive=False)
                count += item.is_file()
    return {"file": path.name, "files": count, **file_summary(path)}


def applied_migrations(connection):
    latest = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        latest[app] = max(latest.get(app, name), name)
    return latest


def read_backup(folder):
    if not folder.is_dir():
        raise BackupError(
            f"No backup at {folder}: give the folder `make backup` wrote, "
            "such as var/backups/20261129-173005."
        )
    try:
        manifest = json.loads((folder / "manifest.json").read_text())
    except FileNotFoundError:
        raise BackupError(f"{folder} is not a backup: it has no manifest.json.") from None
    except ValueError:
        raise BackupError(f"{folder}/manifest.json is damaged (not JSON).") from None
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        raise BackupError(f"{folder}/manifest.json is not a manifest this version can read.")
    database, media = manifest.get("database"), manifest.get("media")
    if not isinstance(database, dict) or not isinstance(database.get("pg_dump_major_version"), int):
        raise BackupError(f"{folder}/manifest.json is damaged (no database entry).")
    for part in (database, media):
        if part is not None:
            check_file(folder, part)
    return manifest


def check_file(folder, part):
    try:
        path = folder / part["file"]
        expected = part["sha256"]
    except (KeyError, TypeError):
        raise BackupError(
            f"{folder}/manifest.json is damaged (a file entry is incomplete)."
        ) from None
    if not path.is_file():
        raise BackupError(f"The backup in {folder} is incomplete: {part['file']} is missing.")
    if file_summary(path)["sha256"] != expected:
        raise BackupError(
            f"{path} is damaged: its checksum differs from the one recorded when it was made."
        )


def database_contents(connection):
    """'the database X already holds N tables', or '' for a database with no tables of its own."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
              AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE %s
              AND NOT EXISTS (
                SELECT FROM pg_depend d
                WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
              )
            """,
            [SYSTEM_SCHEMAS],
        )
        (tables,) = cursor.fetchone()
    name = connection.get_connection_params()["dbname"]
    return f"the database {name} already holds {tables} tables" if tables else ""


def media_contents(media_root, manifest):
    if not manifest.get("media") or not media_root.is_dir():
        return ""
    files = sum(1 for item in media_root.rglob("*") if item.is_file())
    return f"MEDIA_ROOT ({media_root}) already holds {files} files" if files else ""


def empty_database(connection):
    """Drop every schema of the database (with what it holds) and start again with `public`."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nspname FROM pg_namespace "
            "WHERE nspname <> 'information_schema' AND nspname NOT LIKE %s",
            [SYSTEM_SCHEMAS],
        )
        schemas = [name for (name,) in cursor.fetchall()]
        try:
            for schema in schemas:
                cursor.execute(f"DROP SCHEMA {connection.ops.quote_name(schema)} CASCADE")
            cursor.execute("CREATE SCHEMA public")
        except Exception as error:
            raise BackupError(
                f"Could not empty the database ({error}). Drop and create it again yourself, "
                "then restore without --force."
            ) from error


def empty_folder(folder):
    for item in folder.iterdir():
        if item.is_dir() and not item.is_symlink():
            shutil.rmtree(item)
        else:
            item.unlink()


def file_summary(path):
    with path.open("rb") as file:
        digest = hashlib.file_digest(file, "sha256").hexdigest()
    return {"bytes": path.stat().st_size, "sha256": digest}


def unused_name(path):
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate
