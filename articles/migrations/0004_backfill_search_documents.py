from django.db import migrations

from articles.search import rebuild_documents


def backfill(apps, schema_editor):
    rebuild_documents(
        apps.get_model("articles", "Article"),
        apps.get_model("articles", "TaggedArticle"),
        only_missing=True,
    )


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_search_readership_slug_history")]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
