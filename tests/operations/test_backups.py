"""`make backup` / `make restore`: a site restored from a backup serves the same articles and photos."""

import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from operations import postgres_tools
from tests.deploy.conftest import (
    REPO,
    database_url_of_tests,
    fetch,
    free_port,
    stop,
    wait_for_port,
)
from tests.factories import make_article, make_image


@pytest.fixture
def empty_database(transactional_db):
    name = f"newsroom_restored_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    yield name
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def site_environment(dbname, media_root):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DEBUG": "1",
        "DATABASE_URL": database_url_of_tests(dbname),
        "MEDIA_ROOT": str(media_root),
        "PAGE_CACHE": "0",
    }


def backup(output):
    stdout = StringIO()
    call_command("backup", output=output, stdout=stdout)
    return Path(stdout.getvalue().split(" to ")[-1].strip())


def test_a_restored_backup_serves_the_same_article_with_its_photo(
    empty_database, media_root, tmp_path
):
    photo = make_image(caption="Nước lũ tràn qua")
    article = make_article(title="Lũ quét ở Mù Cang Chải", featured_image=photo)
    folder = backup(tmp_path / "backups")
    photos = {path.relative_to(media_root): path.read_bytes() for path in media_root.rglob("*.*")}
    shutil.rmtree(media_root)  # what the restored site shows must come from the backup
    environment = site_environment(empty_database, tmp_path / "restored-media")

    make = ["make", "--no-print-directory", "restore", f"BACKUP={folder}"]
    restored = subprocess.run(make, cwd=REPO, env=environment, capture_output=True, text=True)
    assert restored.returncode == 0, restored.stderr
    port = free_port()
    log = tmp_path / "runserver.log"
    with log.open("wb") as output:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=REPO,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for_port(port, server, log=log, seconds=60)
        base_url = f"http://127.0.0.1:{port}"
        status, _headers, page = fetch(base_url, article.get_absolute_url())
        # The rendition in the page's <img> and the photo as uploaded.
        photo_urls = [*re.findall(r'src="(/media/[^"]+)"', page.decode()), photo.file.url]
        answers = {url: fetch(base_url, url) for url in photo_urls}
    finally:
        stop(server)

    assert status == 200
    assert "Lũ quét ở Mù Cang Chải" in page.decode()
    assert len(photo_urls) >= 2
    for url, (photo_status, _headers, body) in answers.items():
        assert photo_status == 200
        assert body == photos[Path(url.removeprefix("/media/"))]


def test_restore_replaces_a_site_only_when_forced(empty_database, media_root, tmp_path):
    make_article(title="Bài trước khi sao lưu", featured_image=make_image())
    folder = backup(tmp_path / "backups")
    environment = site_environment(empty_database, tmp_path / "restored-media")
    make = ["make", "--no-print-directory", "restore", f"BACKUP={folder}"]
    subprocess.run(make, cwd=REPO, env=environment, check=True, capture_output=True)

    refused = subprocess.run(make, cwd=REPO, env=environment, capture_output=True, text=True)
    forced = subprocess.run(
        [*make, "FORCE=1"], cwd=REPO, env=environment, capture_output=True, text=True
    )

    assert refused.returncode != 0
    assert "Not restoring: the database" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert forced.returncode == 0, forced.stderr


def test_a_backup_holds_the_dump_the_media_and_a_manifest(db, media_root, tmp_path):
    make_image()

    folder = backup(tmp_path / "backups")

    manifest = json.loads((folder / "manifest.json").read_text())
    assert re.fullmatch(r"\d{8}-\d{6}", folder.name)
    assert (folder / "database.dump").read_bytes().startswith(b"PGDMP")
    assert manifest["media"]["files"] >= 1
    assert manifest["migrations"]["articles"]


def test_backup_of_a_database_without_tables_is_refused(empty_database, tmp_path):
    """As from a cron job without the site's DATABASE_URL: the embedded database, new and empty."""
    environment = site_environment(empty_database, tmp_path / "media")

    result = subprocess.run(
        [sys.executable, "manage.py", "backup", f"--output={tmp_path / 'backups'}"],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
    )

    assert result.returncode == 1
    assert "holds no tables" in result.stderr and "Traceback" not in result.stderr
    assert not list((tmp_path / "backups").glob("*"))


def test_restore_without_a_backup_folder_says_what_to_give():
    result = subprocess.run(
        ["make", "--no-print-directory", "restore"], cwd=REPO, capture_output=True, text=True
    )

    assert result.returncode != 0
    assert "make restore BACKUP=var/backups/" in result.stderr


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda folder: shutil.rmtree(folder), "No backup at"),
        (lambda folder: (folder / "manifest.json").unlink(), "has no manifest.json"),
        (lambda folder: (folder / "manifest.json").write_text("{"), "damaged (not JSON)"),
        (lambda folder: (folder / "database.dump").unlink(), "database.dump is missing"),
        (lambda folder: (folder / "media.tar.gz").write_bytes(b"x"), "media.tar.gz is damaged"),
    ],
)
def test_restore_of_a_missing_or_damaged_backup_says_why(damage, message, tmp_path):
    folder = tmp_path / "20261129-173005"
    folder.mkdir()
    (folder / "database.dump").write_bytes(b"PGDMP")
    (folder / "media.tar.gz").write_bytes(b"")
    summary = manifest_for(folder)
    (folder / "manifest.json").write_text(json.dumps(summary))
    damage(folder)

    with pytest.raises(CommandError, match=re.escape(message)):
        call_command("restore", folder)


def manifest_for(folder):
    from operations.backups import file_summary

    return {
        "format": 1,
        "created_at": "2026-11-29T17:30:05+00:00",
        "database": {
            "file": "database.dump",
            "pg_dump_major_version": 16,
            **file_summary(folder / "database.dump"),
        },
        "media": {"file": "media.tar.gz", "files": 0, **file_summary(folder / "media.tar.gz")},
    }


def fake_tool(directory, name, version):
    directory.mkdir(parents=True)
    program = directory / name
    program.write_text(f"#!/bin/sh\necho '{name} (PostgreSQL) {version}'\n")
    program.chmod(0o755)
    return program


def test_the_pg_dump_of_the_servers_version_is_chosen_over_newer_ones(monkeypatch, tmp_path):
    newer = fake_tool(tmp_path / "17", "pg_dump", "17.1")
    same = fake_tool(tmp_path / "15", "pg_dump", "15.20")
    older = fake_tool(tmp_path / "14", "pg_dump", "14.9")
    monkeypatch.setattr(postgres_tools, "tool_candidates", lambda name: [newer, same, older])

    assert postgres_tools.find_tool("pg_dump", 15) == same
    assert postgres_tools.find_tool("pg_dump", 16) == newer
    with pytest.raises(postgres_tools.ToolError, match="postgresql-client-18"):
        postgres_tools.find_tool("pg_dump", 18)
