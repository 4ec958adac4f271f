from django.contrib.postgres.expressions import ArraySubquery
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from newsroom.text import unique_slug

# First path segments the site uses itself; a section slug must not shadow them.
RESERVED_SLUGS = frozenset(
    {
        "admin",
        "static",
        "media",
        "tac-gia",
        "chu-de",
        "multimedia",
        "bao-in",
        "tim-kiem",
        "rss",
        "api",
        "sitemap.xml",
        "robots.txt",
        "binh-luan",
        "xem-truoc",
        "luot-doc",
        "emagazine",
        "su-kien",
        "cap-nhat",
    }
)


class SectionQuerySet(models.QuerySet):
    def top_level(self):
        return self.filter(parent__isnull=True)

    def with_latest_article_ids(self, limit, exclude=()):
        """Annotate each section with the ids of its `limit` newest published articles.

        One correlated subquery per section row, each walking the (section, published_at) index,
        so a home page with a block per section costs one query however large the archive.
        """
        from .articles import Article

        latest = (
            Article.objects.published()
            .filter(section=OuterRef("pk"))
            .exclude(pk__in=exclude)
            .order_by("-published_at")
            .values("pk")[:limit]
        )
        return self.annotate(latest_article_ids=ArraySubquery(latest))


class Section(models.Model):
    """A chuyên mục: Thời sự, Kinh tế, Văn hóa…"""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_(
            "The section's address, e.g. “thoi-su” for /thoi-su/. Made from the name when empty."
        ),
    )
    position = models.PositiveSmallIntegerField(
        _("position"),
        default=0,
        help_text=_("Order in the menu and on the home page; lower comes first."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent section"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Shown to search engines and at the top of the section page."),
    )

    objects = SectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["position", "name"]

    def __str__(self):
        return f"{self.parent} › {self.name}" if self.parent_id else self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})

    def clean(self):
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": _("This address is used by the site itself; choose another.")}
            )
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("A section cannot be its own parent.")})
        if self.pk and self.parent_id and self.pk in self.parent.ancestor_ids():
            raise ValidationError(
                {
                    "parent": _(
                        "“%(parent)s” is inside this section already: a section cannot sit inside "
                        "its own subsection."
                    )
                    % {"parent": self.parent.name}
                }
            )

    def ancestor_ids(self):
        """Ids of the sections above this one, nearest first (one query per level)."""
        ids, section = [], self
        while section.parent_id and section.parent_id not in ids:
            ids.append(section.parent_id)
            section = Section.objects.only("parent").get(pk=section.parent_id)
        return ids
