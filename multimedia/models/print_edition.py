import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import models
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

import pagecache
from articles.models import Article

from ..uploads import print_pdf_path, unguessable_name, validate_pdf_upload
from .publishing import Publishable, PublishableQuerySet, published_has_time

logger = logging.getLogger(__name__)


class PrintIssueQuerySet(PublishableQuerySet):
    def newest_first(self):
        return self.order_by("-issue_date", "-number")

    def in_month(self, year, month=None):
        issues = self.filter(issue_date__year=year)
        return issues.filter(issue_date__month=month) if month else issues


class PrintIssue(Publishable):
    """One day's printed newspaper as a PDF, readable and downloadable on the site."""

    number = models.PositiveIntegerField(_("issue number"), unique=True)
    issue_date = models.DateField(_("issue date"))
    pdf = models.FileField(
        _("PDF"),
        upload_to=print_pdf_path,
        validators=[validate_pdf_upload],
        help_text=_("The whole issue as one PDF file."),
    )
    cover = models.ForeignKey(
        "multimedia.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="print_covers",
        help_text=_(
            "The front page as a picture; made from the PDF's first page when left empty and the server can."
        ),
    )

    objects = PrintIssueQuerySet.as_manager()

    class Meta:
        verbose_name = _("print issue")
        verbose_name_plural = _("print issues")
        ordering = ["-issue_date", "-number"]
        indexes = [
            models.Index(
                fields=["-issue_date", "-number"],
                condition=models.Q(status="published"),
                name="printissue_published_idx",
            )
        ]
        constraints = [published_has_time("printissue")]

    def __str__(self):
        return _("Issue %(number)s, %(date)s") % {
            "number": self.number,
            "date": date_format(self.issue_date, "d/m/Y"),
        }

    def get_absolute_url(self):
        return reverse("multimedia:print-issue", kwargs={"number": self.number})

    def get_pdf_url(self):
        return reverse("multimedia:print-pdf", kwargs={"number": self.number})

    def make_cover_from_pdf(self, user=None):
        """Make the cover from the PDF's first page with poppler's pdftoppm, when installed.

        Returns the new cover Image, or None when there is a cover already or no pdftoppm.
        """
        from .images import Image

        pdftoppm = shutil.which("pdftoppm")
        if self.cover_id or not pdftoppm:
            return None
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "issue.pdf"
            with self.pdf.open("rb") as pdf:
                source.write_bytes(pdf.read())
            command = [pdftoppm, "-f", "1", "-l", "1", "-singlefile", "-jpeg", "-r", "120"]
            try:
                subprocess.run(
                    [*command, source, Path(folder) / "cover"],
                    check=True,
                    capture_output=True,
                    timeout=120,
                )
                page = (Path(folder) / "cover.jpg").read_bytes()
            except (OSError, subprocess.SubprocessError):
                # A PDF poppler cannot draw still makes an issue; the editor can add a cover.
                logger.warning("pdftoppm could not draw issue %s", self.number, exc_info=True)
                return None
        cover = Image(
            alt_text=_("Front page of print issue %(number)s") % {"number": self.number},
            uploaded_by=user,
        )
        cover.file.save(f"{unguessable_name(self)}.jpg", ContentFile(page), save=False)
        cover.save()
        self.cover = cover
        self.save(update_fields=["cover"])
        return cover

    @classmethod
    def latest_for_header(cls):
        """(number, address) of the newest published issue for every page's header, shared.

        Saving any issue purges it (list-printissue); an issue scheduled for later shows from
        its time on.
        """

        def load():
            pagecache.listing(cls)
            issue = cls.objects.published().newest_first().only("number").first()
            return (issue.number, issue.get_absolute_url()) if issue else ()

        return pagecache.fragment("print-edition-header", load) or None


class PrintPageQuerySet(models.QuerySet):
    def published(self):
        """Placements in published issues."""
        return self.filter(issue__in=PrintIssue.objects.published())

    def for_article(self, article):
        """Where an article ran in a published print issue, first issue first."""
        return (
            self.published()
            .filter(article=article)
            .select_related("issue")
            .order_by("issue__issue_date", "page_number")
        )

    def with_published_articles(self):
        """Placements whose web article readers may see, with its section for the address."""
        return (
            self.filter(article__in=Article.objects.published())
            .select_related("article__section")
            .defer("article__body", "article__search_document")
        )


class PrintPage(models.Model):
    """An article's place in a print issue: 'Đã đăng trên Báo in số N, trang P'."""

    issue = models.ForeignKey(PrintIssue, on_delete=models.CASCADE, related_name="pages")
    page_number = models.PositiveSmallIntegerField(_("page"))
    article = models.ForeignKey(
        "articles.Article",
        verbose_name=_("web article"),
        on_delete=models.CASCADE,
        related_name="print_pages",
    )

    objects = PrintPageQuerySet.as_manager()

    class Meta:
        verbose_name = _("article in print")
        verbose_name_plural = _("articles in print")
        ordering = ["page_number", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["issue", "article"], name="unique_print_issue_article"),
            models.CheckConstraint(
                condition=models.Q(page_number__gte=1), name="print_page_from_one"
            ),
        ]

    def __str__(self):
        return _("Page %(page)s: %(article)s") % {"page": self.page_number, "article": self.article}

    def schema_properties(self):
        """The schema.org NewsArticle properties for this placement, for the article's JSON-LD."""
        return {"printEdition": str(self.issue.number), "printPage": str(self.page_number)}


def first_print_placement(article):
    """Where the article first ran in print (PrintPage), or None; asked once per article object.

    The article page asks twice, for its JSON-LD and for the "published in print" line: the
    answer is kept on the article so the page still costs one query for it.
    """
    if not hasattr(article, "_first_print_placement"):
        # An article loaded with Article.objects.for_page() knows whether to look at all.
        in_print = getattr(article, "has_print_pages", True)
        placement = PrintPage.objects.for_article(article).first() if in_print else None
        article._first_print_placement = placement
    return article._first_print_placement


def print_schema_properties(article):
    """printEdition/printPage for the article's NewsArticle JSON-LD; empty when not in print."""
    placement = first_print_placement(article)
    return placement.schema_properties() if placement else {}
