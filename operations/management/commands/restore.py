"""`manage.py restore <folder>` (`make restore BACKUP=…`): a backup back into an empty site."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, OperationalError, connections

from operations.backups import BackupError, restore_backup, unapplied_migrations
from operations.postgres_tools import ToolError


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into the database and MEDIA_ROOT, which must "
        "be empty unless --force is given."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("backup", type=Path, help="The backup's folder, e.g. var/backups/…")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Drop everything in the database and MEDIA_ROOT first. What is there is lost.",
        )
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, choices=tuple(settings.DATABASES)
        )

    def handle(self, *args, backup, force, database, **options):
        connection = connections[database]
        try:
            manifest = restore_backup(backup, connection, Path(settings.MEDIA_ROOT), force=force)
        except (BackupError, ToolError, OperationalError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the backup of {manifest['created_at']} from {backup}")
        missing = unapplied_migrations(connection)
        if missing:
            self.stdout.write(
                f"This code has {len(missing)} migrations the backup predates: "
                "run `manage.py migrate`."
            )
