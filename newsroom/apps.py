from axes.apps import AppConfig as AxesConfig
from django.utils.translation import gettext_lazy as _


class LoginProtectionConfig(AxesConfig):
    """django-axes under a name the desk reads in the admin (its lock-outs are unlocked there)."""

    verbose_name = _("Login protection")
