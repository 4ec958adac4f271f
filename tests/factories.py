"""Small builders for test data: real rows in PostgreSQL, real image files made with Pillow."""

import io
from datetime import timedelta
from itertools import count

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image as PillowImage

from articles.models import Article, ArticleAuthor, Event, Placement, Section, Zone
from authors.models import Author
from multimedia.models import Image

_sequence = count(1)


def jpeg_bytes(width=640, height=360, color=(180, 40, 40)):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), color).save(buffer, "JPEG")
    return buffer.getvalue()


def make_user(username=None, **overrides):
    username = username or f"user{next(_sequence)}"
    fields = {"is_staff": True, **overrides}
    password = fields.pop("password", "password")
    user = get_user_model().objects.create_user(username=username, password=password, **fields)
    return user


def make_section(**overrides):
    number = next(_sequence)
    fields = {"name": f"Chuyên mục {number}", "position": number, **overrides}
    return Section.objects.create(**fields)


def make_author(**overrides):
    fields = {"name": f"Tác giả {next(_sequence)}", **overrides}
    return Author.objects.create(**fields)


def make_image(**overrides):
    fields = {
        "alt_text": "Nông dân hái cà phê trên đồi",
        "caption": "Vụ thu hoạch cà phê năm nay được mùa",
        "credit": "Duy Tiến",
        **overrides,
    }
    image = Image(**fields)
    image.file.save(f"test-{next(_sequence)}.jpg", ContentFile(jpeg_bytes()), save=False)
    image.save()
    return image


def make_article(authors=(), tags=(), **overrides):
    """A published article (one hour old) unless overridden."""
    fields = {
        "title": f"Bài viết số {next(_sequence)}",
        "lead": "Sapo của bài viết.",
        "body": "<p>Nội dung bài viết.</p>",
        "status": Article.Status.PUBLISHED,
        "published_at": timezone.now() - timedelta(hours=1),
        **overrides,
    }
    if "section" not in fields:
        fields["section"] = make_section()
    article = Article.objects.create(**fields)
    for position, author in enumerate(authors):
        ArticleAuthor.objects.create(article=article, author=author, position=position)
    if tags:
        article.tags.add(*tags)
    return article


def make_zone(section=None, kind=Zone.Kind.LEAD, size=None):
    """The page's zone of that kind (the home page's come with the migrations)."""
    size = size or (1 if kind == Zone.Kind.LEAD else 4)
    zone, _ = Zone.objects.get_or_create(section=section, kind=kind, defaults={"size": size})
    if zone.size != size:
        zone.size = size
        zone.save()
    return zone


def place(article, zone=None, **overrides):
    """Place article in zone (the home page's lead by default), from now on, until removed."""
    zone = zone or make_zone()
    fields = {"position": zone.placements.count(), **overrides}
    return Placement.objects.create(zone=zone, article=article, **fields)


def make_event(articles=(), **overrides):
    fields = {"name": f"Sự kiện {next(_sequence)}", **overrides}
    event = Event.objects.create(**fields)
    for article in articles:
        event.links.create(article=article)
    return event
