"""The single pin (Article.pinned_until) becomes the home page's lead zone: each pin still running
is placed there until its time, and the field goes. Editors get the zones and events; journalists
may attach their articles to events."""

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.utils import timezone

GRANTS = {
    "Editor": [
        "add_zone",
        "change_zone",
        "view_zone",
        "add_placement",
        "change_placement",
        "delete_placement",
        "view_placement",
        "add_event",
        "change_event",
        "delete_event",
        "view_event",
        "add_eventarticle",
        "change_eventarticle",
        "delete_eventarticle",
        "view_eventarticle",
    ],
    "Journalist": [
        "view_event",
        "add_eventarticle",
        "change_eventarticle",
        "delete_eventarticle",
        "view_eventarticle",
    ],
}


def make_zones_and_move_pins(apps, schema_editor):
    Zone = apps.get_model("articles", "Zone")
    Placement = apps.get_model("articles", "Placement")
    Article = apps.get_model("articles", "Article")
    lead, _ = Zone.objects.get_or_create(section=None, kind="lead", defaults={"size": 1})
    Zone.objects.get_or_create(section=None, kind="subleads", defaults={"size": 4})
    if not any(field.name == "pinned_until" for field in Article._meta.get_fields()):
        return  # run again with the final models (tests/conftest.py): no pins left to move
    now = timezone.now()
    pinned = Article.objects.filter(pinned_until__gt=now).order_by("-pinned_until")
    Placement.objects.bulk_create(
        Placement(zone=lead, article=article, position=position, starts_at=now, ends_at=article.pinned_until)
        for position, article in enumerate(pinned)
    )


def move_placements_back(apps, schema_editor):
    Placement = apps.get_model("articles", "Placement")
    for placement in Placement.objects.filter(zone__section=None, zone__kind="lead", ends_at__isnull=False):
        placement.article.pinned_until = placement.ends_at
        placement.article.save(update_fields=["pinned_until"])


def grant(apps, schema_editor):
    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GRANTS):
        group.permissions.remove(
            *Permission.objects.filter(codename__in=GRANTS[group.name], content_type__app_label="articles")
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0018_events_and_zones")]

    operations = [
        migrations.RunPython(make_zones_and_move_pins, move_placements_back),
        migrations.RunPython(grant, revoke),
        migrations.RemoveIndex(model_name="article", name="article_pinned_idx"),
        migrations.RemoveField(model_name="article", name="pinned_until"),
    ]
