"""The single pin (Article.pinned_until) moves into the home page's lead zone."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("articles", "0018_events_and_zones")]
AFTER = [("articles", "0019_pins_become_placements")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def latest_schema_afterwards():
    """Going back to 0018 unapplies what came after it in every app: the next tests need it."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_running_pins_become_lead_placements_until_their_time(latest_schema_afterwards):
    old = migrate(BEFORE)
    Section = old.get_model("articles", "Section")
    Article = old.get_model("articles", "Article")
    section = Section.objects.create(name="Thời sự", slug="thoi-su-cu")
    until = timezone.now() + timedelta(hours=6)
    pinned = Article.objects.create(
        title="Tin đang ghim",
        slug="tin-dang-ghim",
        section=section,
        status="published",
        published_at=timezone.now(),
        pinned_until=until,
    )
    Article.objects.create(
        title="Tin ghim đã hết",
        slug="tin-ghim-da-het",
        section=section,
        status="published",
        published_at=timezone.now(),
        pinned_until=timezone.now() - timedelta(hours=1),
    )

    new = migrate(AFTER)

    Placement = new.get_model("articles", "Placement")
    (placement,) = Placement.objects.select_related("zone")
    assert placement.article_id == pinned.pk
    assert placement.ends_at == until
    assert placement.zone.section_id is None and placement.zone.kind == "lead"
    assert "pinned_until" not in {
        field.name for field in new.get_model("articles", "Article")._meta.get_fields()
    }
