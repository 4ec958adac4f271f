from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo newspaper (`manage.py seed_demo`), kept apart so that `articles` holds only the newsroom."""

    name = "demo"
    verbose_name = _("Demo content")
