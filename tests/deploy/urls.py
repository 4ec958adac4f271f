"""The site's URLs plus one page that asks nginx to micro-cache it, as public pages will."""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.http import require_safe

from newsroom.urls import urlpatterns as site_urlpatterns


@require_safe
def micro_cached(request):
    return HttpResponse("micro-cached page", headers={"X-Accel-Expires": "2"})


urlpatterns = [path("micro-cached/", micro_cached), *site_urlpatterns]
