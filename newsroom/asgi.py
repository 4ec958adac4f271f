import os

from django.core.asgi import get_asgi_application

from newsroom.database import bound_statements

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

application = get_asgi_application()
# Requests only: migrations and management commands run without the bound.
bound_statements()
