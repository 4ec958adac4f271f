"""`manage.py seed_demo`: an empty database becomes a small demo newspaper with one login per role."""

import time
from datetime import timedelta
from html import escape

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher, get_hasher, make_password
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from articles.models import (
    Article,
    ArticleAuthor,
    ArticleViewCount,
    LiveUpdate,
    Section,
    SiteSettings,
)
from authors.models import Author
from comments.models import Comment, WordRule
from demo import arrangement, content
from demo import seeding as extras
from demo.features import FOCAL_POINTS, LONG_READS
from demo.images import draw
from multimedia.models import Gallery, Image, PrintIssue, Video

DEV_SERVER = "http://127.0.0.1:8000"  # where `make run` serves the site


class Command(BaseCommand):
    help = (
        "Fill an empty database with Vietnamese demo content (sections, authors, photos, "
        "articles in every state with their workflow history, galleries, videos, print issues, "
        "reader comments, view counts) and one staff account per newsroom role."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="When articles already exist, say nothing about it (for `make run`).",
        )

    def handle(self, *args, if_empty=False, **options):
        # The accounts have passwords printed on screen; they must never reach a real server.
        if not settings.DEBUG:
            raise CommandError(
                "seed_demo creates accounts with public passwords; run it with DEBUG=1."
            )
        if Article.objects.exists():
            if not if_empty:
                self.stdout.write("The database already has articles; seed_demo added nothing.")
        else:
            started = time.monotonic()
            self.seed()
            self.stdout.write(
                self.style.SUCCESS(f"Demo content added in {time.monotonic() - started:.1f} s: ")
                + self.summary()
            )
        self.print_logins()

    def seed(self):
        # Files are written outside the transaction; remove them if the rows are rolled back.
        self.saved_files = []
        try:
            with transaction.atomic():
                users = self.seed_accounts()
                self.seed_site()
                sections = self.seed_sections()
                authors = self.seed_authors(users)
                images = self.seed_images(uploader=users["journalist"])
                now = timezone.now()
                galleries = extras.seed_galleries(sections, images, users["editor"], now)
                extras.seed_videos(sections, images, users["editor"], now)
                articles = self.seed_articles(sections, authors, images, galleries, users, now)
                extras.seed_corrections(articles, users["editor"])
                extras.seed_live_coverage(articles, images, users, now)
                extras.seed_word_rules()
                extras.seed_comments(articles, users, now)
                extras.seed_view_counts(articles, now)
                extras.seed_print_issues(articles, images, users["editor"], now, self.saved_files)
                arrangement.seed_events(articles, images)
                arrangement.seed_zones(articles, sections, users["editor"], now)
        except BaseException:
            for name in self.saved_files:
                Image._meta.get_field("file").storage.delete(name)
            raise

    def seed_accounts(self):
        User = get_user_model()
        users = {}
        for username, password, group_name, first_name, last_name, _author in content.ACCOUNTS:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create(
                    username=username,
                    email=f"{username}@example.com",
                    first_name=first_name,
                    last_name=last_name,
                    password=demo_password_hash(password),
                    is_staff=True,
                    is_superuser=username == "admin",
                )
            # The role groups come from a later data migration; until then there is nothing to join.
            group = Group.objects.filter(name=group_name).first() if group_name else None
            if group:
                user.groups.add(group)
            users[username] = user
        return users

    def seed_site(self):
        site = SiteSettings.load()
        default_name = SiteSettings._meta.get_field("name").default
        for field, value in content.SITE.items():
            current = getattr(site, field)
            if not current or (field == "name" and current == default_name):
                setattr(site, field, value)
        site.save()

    def seed_sections(self):
        sections = {}
        for name, slug, position, description, parent in content.SECTIONS:
            sections[slug], _created = Section.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "position": position,
                    "description": description,
                    "parent": sections.get(parent),
                },
            )
        return sections

    def seed_authors(self, users):
        user_of = {author: users[username] for username, *_, author in content.ACCOUNTS if author}
        authors = {}
        for name, bio in content.AUTHORS:
            author = Author.objects.filter(name=name).first() or Author(name=name, bio=bio)
            user = user_of.get(name)
            if user and not author.user_id and not Author.objects.filter(user=user).exists():
                author.user = user
            author.save()
            authors[name] = author
        return authors

    def seed_images(self, uploader):
        images = {}
        for key, (alt_text, caption) in content.IMAGES.items():
            image = Image.objects.filter(alt_text=alt_text).first()
            if image is None:
                focal_x, focal_y = FOCAL_POINTS.get(key, (None, None))
                image = Image(
                    alt_text=alt_text,
                    caption=caption,
                    credit=content.CREDIT,
                    uploaded_by=uploader,
                    focal_x=focal_x,
                    focal_y=focal_y,
                )
                image.file.save(f"demo-{key}.jpg", ContentFile(draw(key)), save=False)
                self.saved_files.append(image.file.name)
                image.save()
            images[key] = image
        return images

    def seed_articles(self, sections, authors, images, galleries, users, now):
        """Each article starts as a draft and reaches its state through the workflow methods."""
        articles = {}
        for index, data in enumerate([*content.ARTICLES, *LONG_READS]):
            hours = data.get("hours")
            article = Article.objects.create(
                title=data["title"],
                kicker=data.get("kicker", ""),
                lead=data["lead"],
                body=body_html(data["body"], images, galleries),
                section=sections[data["section"]],
                byline_text=data.get("byline", ""),
                featured_image=images.get(data["image"]),
                featured_image_caption=data.get("caption", ""),
                presentation=data.get("presentation", Article.Presentation.STANDARD),
                credits=data.get("credits", ""),
                status=Article.Status.DRAFT,
                # Spread the minutes too, so no two stories share a timestamp.
                published_at=None
                if hours is None
                else now - timedelta(hours=hours, minutes=index * 17 % 60),
                created_by=users["journalist"],
            )
            ArticleAuthor.objects.bulk_create(
                ArticleAuthor(article=article, author=authors[name], position=position)
                for position, name in enumerate(data["authors"])
            )
            # Adding tags rewrites the search document (articles.signals).
            article.tags.add(*data["tags"])
            target = data.get("status", Article.Status.PUBLISHED)
            extras.run_workflow(article, target, users, now)
            articles[article.title] = article
        return articles

    def summary(self):
        articles = Article.objects.all()
        return (
            f"{Section.objects.count()} sections, {Author.objects.count()} authors, "
            f"{Image.objects.count()} images, {articles.count()} articles "
            f"({articles.published().count()} published, {articles.scheduled().count()} scheduled, "
            f"{articles.drafts().count()} drafts, {articles.in_review().count()} in review, "
            f"{articles.filter(status=Article.Status.UNPUBLISHED).count()} unpublished), "
            f"{Gallery.objects.count()} galleries, {Video.objects.count()} videos, "
            f"{PrintIssue.objects.count()} print issues, {Comment.objects.count()} comments "
            f"({Comment.objects.approved().count()} approved, "
            f"{Comment.objects.needs_review().count()} awaiting moderation), "
            f"{WordRule.objects.count()} word rules, "
            f"{LiveUpdate.objects.count()} live updates, "
            f"{ArticleViewCount.objects.count()} hourly view counts."
        )

    def print_logins(self):
        existing = set(
            get_user_model()
            .objects.filter(username__in=[account[0] for account in content.ACCOUNTS])
            .values_list("username", flat=True)
        )
        accounts = [account for account in content.ACCOUNTS if account[0] in existing]
        if not accounts:
            return
        self.stdout.write(
            self.style.WARNING("\nDemo accounts, for local use only (their passwords are public):")
        )
        for username, password, group_name, *_ in accounts:
            role = group_name or "superuser"
            self.stdout.write(f"  {username:<12} {password:<22} {role}")
        self.stdout.write(f"Sign in at {DEV_SERVER}/{settings.ADMIN_URL}\n")


def demo_password_hash(password):
    """Hash a demo password cheaply.

    These passwords are printed for everyone to read, so full-strength hashing protects nothing
    and would cost seconds per account. Django re-hashes at full strength on the first login.
    """
    hasher = get_hasher()
    if isinstance(hasher, PBKDF2PasswordHasher):
        return hasher.encode(password, hasher.salt(), iterations=1_000)
    return make_password(password)


def body_html(paragraphs, images, galleries):
    """Article body HTML from content's paragraphs ("## " heading, "> " quotation, figures)."""
    html = []
    for text in paragraphs:
        if isinstance(text, tuple) and text[0] == "photo":
            _kind, key, caption = text
            html.append(
                f'<figure data-image-id="{images[key].pk}">'
                f"<figcaption>{escape(caption, quote=False)}</figcaption></figure>"
            )
        elif isinstance(text, tuple):
            html.append(f'<figure data-gallery-id="{galleries[text[1]].pk}"></figure>')
        elif text.startswith("## "):
            html.append(f"<h2>{escape(text[3:], quote=False)}</h2>")
        elif text.startswith("> "):
            html.append(f"<blockquote><p>{escape(text[2:], quote=False)}</p></blockquote>")
        else:
            html.append(f"<p>{escape(text, quote=False)}</p>")
    return "\n".join(html)
