"""Long reads and infographics in the ninjs API: same item, with their form as a ninjs genre."""

import pytest

from tests.articles.helpers import make_emagazine, make_infographic
from tests.factories import make_article

from .test_api import get_json

pytestmark = pytest.mark.django_db

# ninjs 2.1: genres is an array of objects with name, uri and literal only.
NINJS_GENRE_KEYS = {"name", "uri", "literal"}


def test_a_long_read_and_an_infographic_say_their_form_as_a_genre(client):
    emagazine, infographic, standard = make_emagazine(), make_infographic(), make_article()

    items = {
        article.pk: get_json(client, f"/api/v1/articles/{article.pk}/")
        for article in (emagazine, infographic, standard)
    }

    assert items[emagazine.pk]["genres"] == [{"name": "E-magazine", "literal": "emagazine"}]
    assert items[infographic.pk]["genres"] == [{"name": "Infographic", "literal": "infographic"}]
    assert "genres" not in items[standard.pk]
    for item in items.values():
        assert item["type"] == "text"
        assert all(set(genre) <= NINJS_GENRE_KEYS for genre in item.get("genres", []))


def test_openapi_describes_the_genres(client):
    schema = get_json(client, "/api/v1/openapi.json")["components"]["schemas"]["NinjsArticle"]

    genre = schema["properties"]["genres"]["items"]
    assert set(genre["properties"]) <= NINJS_GENRE_KEYS
    assert genre["properties"]["literal"]["enum"] == ["emagazine", "infographic"]
