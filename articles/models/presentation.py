"""How an article is laid out for readers: a standard story, an E-magazine long read, an
infographic. One field on Article; this module holds what each choice implies."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..body_images import body_image_ids

# An infographic is a picture of text: its alt text is what a screen reader, a search engine
# and a reader on a slow connection get instead, so it must carry the figures, not a label.
INFOGRAPHIC_MIN_ALT_LENGTH = 80


class Presentation(models.TextChoices):
    STANDARD = "standard", _("Standard")
    EMAGAZINE = "emagazine", _("E-magazine")
    INFOGRAPHIC = "infographic", _("Infographic")

    @property
    def template_name(self):
        if self == Presentation.STANDARD:
            return "articles/article_detail.html"
        return f"articles/article_{self.value}.html"

    @property
    def figure_sizes(self):
        """The width body photos take (the `sizes` of their srcset): full-bleed in a long read,
        the whole page column in an infographic, the reading column otherwise (the default)."""
        return {
            Presentation.EMAGAZINE: "100vw",
            Presentation.INFOGRAPHIC: "(max-width: 760px) 100vw, 760px",
        }.get(self, "")


def infographic_problems(body):
    """Why a body cannot be an infographic's (no picture, alt text too short), or []."""
    ids = body_image_ids(body)
    if not ids:
        return [_("An infographic needs at least one picture from the media library in its body.")]
    images = apps.get_model("multimedia", "Image").objects.in_bulk(set(ids))
    return [
        _(
            "The alt text of picture “%(name)s” has %(length)d characters; an infographic needs "
            "at least %(minimum)d that tell its content. Edit the picture in the media library."
        )
        % {
            "name": image,
            "length": len(image.alt_text.strip()),
            "minimum": INFOGRAPHIC_MIN_ALT_LENGTH,
        }
        for image in images.values()
        if len(image.alt_text.strip()) < INFOGRAPHIC_MIN_ALT_LENGTH
    ]


def parse_credits(text):
    """[(role, names)] from the credits field's lines "Role: names"; blank lines are skipped."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return [tuple(part.strip() for part in line.split(":", 1)) for line in lines]


def validate_credits(text):
    for line in (text or "").splitlines():
        role, colon, names = line.partition(":")
        if line.strip() and not (colon and role.strip() and names.strip()):
            raise ValidationError(
                _(
                    "Write each credit on its own line as “Role: names”, e.g. “Ảnh: Duy Tiến”; "
                    "“%(line)s” is not."
                ),
                code="credits",
                params={"line": line.strip()},
            )
