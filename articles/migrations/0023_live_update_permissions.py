from django.contrib.auth.management import create_permissions
from django.db import migrations

# Journalists and editors post live updates; the admin narrows journalists to the articles whose
# byline they are on (Article.may_post_live_updates).
CODENAMES = ["add_liveupdate", "change_liveupdate", "delete_liveupdate", "view_liveupdate"]
GRANTS = {"Journalist": CODENAMES, "Editor": CODENAMES}


def grant(apps, schema_editor):
    # Permissions are made after migrate on a fresh database; make them now (historical apps).
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
            *Permission.objects.filter(
                codename__in=GRANTS[group.name], content_type__app_label="articles"
            )
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0022_live_coverage")]

    operations = [migrations.RunPython(grant, revoke)]
