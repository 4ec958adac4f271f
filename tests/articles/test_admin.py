import pytest

from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(make_user(is_superuser=True))
    return client


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        "/admin/articles/article/",
        "/admin/articles/article/add/",
        "/admin/articles/section/",
        "/admin/articles/tag/",
        "/admin/authors/author/",
        "/admin/multimedia/image/",
        "/admin/multimedia/image/add/",
    ],
)
def test_admin_pages_open_in_vietnamese(admin_client, url):
    response = admin_client.get(url)

    assert response.status_code == 200
    assert 'lang="vi"' in response.content.decode()


def test_article_change_page_opens(admin_client):
    article = make_article(title="Bài để sửa")

    response = admin_client.get(f"/admin/articles/article/{article.pk}/change/")

    assert response.status_code == 200
    assert "Bài để sửa" in response.content.decode()


def test_site_settings_menu_leads_to_the_single_row(admin_client):
    response = admin_client.get("/admin/articles/sitesettings/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/articles/sitesettings/add/"


def test_tags_field_suggests_existing_tags_without_diacritics(admin_client):
    make_article(tags=["Cà phê", "Cao su", "Giáo dục"])

    form = admin_client.get("/admin/articles/article/add/").content.decode()
    suggestions = admin_client.get(
        "/admin/autocomplete/",
        {"term": "ca phe", "app_label": "articles", "model_name": "article", "field_name": "tags"},
    ).json()

    assert 'data-autocomplete-url="/admin/autocomplete/"' in form
    assert "js/tag-autocomplete.js" in form
    assert [result["text"] for result in suggestions["results"]] == ["Cà phê"]


@pytest.mark.parametrize(
    "url",
    ["/admin/articles/section/add/", "/admin/articles/tag/add/", "/admin/authors/author/add/"],
)
def test_prepopulated_slugs_fold_vietnamese_after_djangos_urlify(admin_client, url):
    html = admin_client.get(url).content.decode()

    assert html.index("admin/js/urlify.js") < html.index("js/urlify-vi.js")


def test_article_slug_is_left_to_the_server_which_never_clashes(admin_client):
    html = admin_client.get("/admin/articles/article/add/").content.decode()

    assert 'data-prepopulated-fields="[]"' in html
