from django.db import migrations

# What Article.save() stores from articles/body_images.py: body_image_ids(), for bodies saved
# before the column existed. One statement in PostgreSQL, so a million bodies never pass through
# Python; the pattern is a frozen copy of body_images.FIGURE (bodies are nh3-canonical).
BACKFILL = r"""
UPDATE articles_article
SET body_image_ids = ARRAY(
    SELECT DISTINCT match[1]::bigint
    FROM regexp_matches(body, '<figure data-image-id="(\d+)">', 'gi') AS match
    ORDER BY 1
)
WHERE position('data-image-id' in body) > 0
"""


class Migration(migrations.Migration):
    dependencies = [("articles", "0009_body_image_ids")]

    operations = [migrations.RunSQL(BACKFILL, reverse_sql=migrations.RunSQL.noop)]
