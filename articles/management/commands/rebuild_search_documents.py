from django.core.management.base import BaseCommand

from articles.models import Article, TaggedArticle
from articles.search import rebuild_documents


class Command(BaseCommand):
    help = (
        "Recompute the stored search documents of all articles (after a bulk import, or a tag "
        "renamed on many articles). Saving an article already keeps its own document current."
    )

    def add_arguments(self, parser):
        parser.add_argument("--missing", action="store_true", help="Only articles without one.")
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, missing=False, batch_size=500, **options):
        count = rebuild_documents(
            Article, TaggedArticle, batch_size=batch_size, only_missing=missing
        )
        self.stdout.write(f"Rebuilt {count} search documents.")
