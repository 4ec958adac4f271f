"""What each newsroom role may do in the admin.

Journalists write: they add articles (and their bylines, an inline needing its own permissions), change their own (the admin narrows "change" to articles
they created or carry the byline of, and turns edits of live articles into pending changes), may
delete their own never-published drafts, and upload photos. Editors run the desk: every article,
section, tag, author and photo, plus publishing, scheduling, unpublishing, review and corrections.
Moderators get their powers from the comments app.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLE_PERMISSIONS = {
    "Journalist": {
        "articles": [
            "add_article",
            "change_article",
            "delete_article",
            "view_article",
            "add_articleauthor",
            "change_articleauthor",
            "delete_articleauthor",
            "view_articleauthor",
            "view_section",
            "view_tag",
            "add_previewlink",
        ],
        "authors": ["view_author"],
        "multimedia": ["add_image", "view_image"],
    },
    "Editor": {
        "articles": [
            "add_article",
            "change_article",
            "delete_article",
            "view_article",
            "add_articleauthor",
            "change_articleauthor",
            "delete_articleauthor",
            "view_articleauthor",
            "change_any_article",
            "review_article",
            "publish_article",
            "schedule_article",
            "unpublish_article",
            "add_section",
            "change_section",
            "delete_section",
            "view_section",
            "add_tag",
            "change_tag",
            "delete_tag",
            "view_tag",
            "add_correction",
            "change_correction",
            "view_correction",
            "view_revision",
            "view_publishedversion",
            "add_previewlink",
        ],
        "authors": ["add_author", "change_author", "view_author"],
        "multimedia": ["add_image", "change_image", "delete_image", "view_image"],
    },
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # On a fresh database permissions are only created after migrate; make them now.
    for label in ["articles", "authors", "multimedia"]:
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    for role, by_app in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role)
        for app_label, codenames in by_app.items():
            permissions = Permission.objects.filter(
                content_type__app_label=app_label, codename__in=codenames
            )
            missing = set(codenames) - set(permissions.values_list("codename", flat=True))
            if missing:
                raise RuntimeError(f"Permissions not found for {role}: {sorted(missing)}")
            group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, by_app in ROLE_PERMISSIONS.items():
        group = Group.objects.filter(name=role).first()
        for app_label, codenames in by_app.items():
            if group:
                group.permissions.remove(
                    *Permission.objects.filter(
                        content_type__app_label=app_label, codename__in=codenames
                    )
                )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_workflow"),
        ("authors", "0001_initial"),
        ("multimedia", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
