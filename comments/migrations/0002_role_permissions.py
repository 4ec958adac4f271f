from django.contrib.auth.management import create_permissions
from django.db import migrations

# Moderators and editors run the moderation desk and keep the word lists; they reply as the
# newsroom (add_comment). Nobody but a superuser deletes a comment: the record stays.
PERMISSIONS = [
    "view_comment",
    "add_comment",
    "moderate_comment",
    "view_commentreport",
    "view_wordrule",
    "add_wordrule",
    "change_wordrule",
    "delete_wordrule",
]
ROLES = ["Moderator", "Editor"]


def grant(apps, schema_editor):
    # On a fresh database permissions are created after migrate; make ours exist now. A historical
    # app config has no models module, which create_permissions takes as "no models here".
    config = apps.get_app_config("comments")
    config.models_module = getattr(config, "models_module", None) or True
    create_permissions(config, verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="comments", codename__in=PERMISSIONS
    )
    for name in ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="comments", codename__in=PERMISSIONS
    )
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
        ("articles", "0002_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
