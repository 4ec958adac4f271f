from django.core.management.base import BaseCommand

from articles.models.readership import flush_counts


class Command(BaseCommand):
    help = (
        "Copy the article view counters from the cache into the database, for the most-read "
        "lists. Run it every few minutes (cron); running it twice changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hours", type=int, default=48, help="How many recent hours of counters to copy."
        )

    def handle(self, *args, hours=48, **options):
        rows = flush_counts(hours=hours)
        self.stdout.write(f"Wrote {rows} hourly view counts.")
