from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    # As in 0003_roles: the permission does not exist yet during migrate; make it now.
    app_config = apps.get_app_config("multimedia")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _created = Group.objects.get_or_create(name="Editor")
    editors.permissions.add(
        Permission.objects.get(content_type__app_label="multimedia", codename="change_any_image")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("multimedia", "0003_roles"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="image",
            options={
                "ordering": ["-created_at"],
                "permissions": [("change_any_image", "Can change photos others uploaded")],
                "verbose_name": "image",
                "verbose_name_plural": "images",
            },
        ),
        # Going back leaves the permission row unused; nothing to undo.
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
