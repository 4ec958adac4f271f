"""`manage.py backup` (`make backup`): the database and the uploaded media in var/backups/<time>/."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, OperationalError, connections

from operations.backups import BackupError, create_backup
from operations.postgres_tools import ToolError


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump, custom format) and MEDIA_ROOT into a new folder named "
        "after the time, with a manifest of what it holds."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            default=settings.BASE_DIR / "var" / "backups",
            help="Folder in which the backup's own folder is made (default: var/backups).",
        )
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, choices=tuple(settings.DATABASES)
        )

    def handle(self, *args, output, database, **options):
        try:
            folder, manifest = create_backup(
                connections[database], Path(settings.MEDIA_ROOT), output
            )
        except (BackupError, ToolError, OperationalError, OSError) as error:
            raise CommandError(str(error)) from error
        media = manifest["media"]
        self.stdout.write(
            f"Backed up the database {manifest['database']['name']} "
            f"(PostgreSQL {manifest['database']['server_major_version']}) and "
            + (f"{media['files']} files of {settings.MEDIA_ROOT}" if media else "no media (S3)")
            + f" to {folder}"
        )
