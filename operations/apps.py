from django.apps import AppConfig


class OperationsConfig(AppConfig):
    # Commands only (backup, restore, runserver): no models, so nothing of it shows in the admin and
    # its name needs no translation.
    name = "operations"
