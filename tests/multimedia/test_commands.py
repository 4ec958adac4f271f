import io

import pytest
from django.core.management import call_command

from multimedia.models import Image
from tests.factories import make_image

pytestmark = pytest.mark.django_db


def test_make_renditions_processes_photos_without_renditions():
    image = make_image()
    Image.objects.filter(pk=image.pk).update(renditions={})  # as stored before renditions existed

    call_command("make_renditions", stdout=io.StringIO())

    image.refresh_from_db()
    assert image.renditions["shapes"]["original"]["sizes"] == [[320, 180], [640, 360]]
