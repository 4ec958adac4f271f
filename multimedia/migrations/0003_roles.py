from django.contrib.auth.management import create_permissions
from django.db import migrations

# Journalists prepare media; editors publish it and own the print edition.
JOURNALIST = [
    "add_image",
    "change_image",
    "view_image",
    "add_video",
    "change_video",
    "view_video",
    "add_gallery",
    "change_gallery",
    "view_gallery",
    "add_galleryphoto",
    "change_galleryphoto",
    "delete_galleryphoto",
    "view_galleryphoto",
    "view_printissue",
]
EDITOR_MODELS = ["image", "video", "gallery", "galleryphoto", "printissue", "printpage"]
EDITOR = [
    f"{action}_{model}" for model in EDITOR_MODELS for action in ("add", "change", "delete", "view")
] + ["publish_video", "publish_gallery"]


def grant(apps, schema_editor):
    # Permissions are made after migrate; make them now. The migration's app stub lacks
    # models_module, which create_permissions only checks for truth.
    app_config = apps.get_app_config("multimedia")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in [("Journalist", JOURNALIST), ("Editor", EDITOR)]:
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="multimedia", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    media = Permission.objects.filter(content_type__app_label="multimedia")
    for group in Group.objects.filter(name__in=["Journalist", "Editor"]):
        group.permissions.remove(*media)


class Migration(migrations.Migration):
    dependencies = [
        ("multimedia", "0002_video_gallery_print_renditions"),
        ("articles", "0002_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
