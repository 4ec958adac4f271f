import re
from datetime import timedelta
from urllib.parse import parse_qs, quote, urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..uploads import validate_video_upload
from .publishing import PublishableQuerySet, Story, published_has_time, published_index

_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")


def embed_for(url):
    """(provider name, player address) for a YouTube or Facebook video page, or None.

    YouTube plays from youtube-nocookie.com, which sets no cookie until the reader presses play.
    """
    parts = urlsplit(url or "")
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    video_id = None
    if host == "youtu.be":
        video_id = parts.path.strip("/")
    elif host in ("youtube.com", "youtube-nocookie.com"):
        if parts.path == "/watch":
            video_id = parse_qs(parts.query).get("v", [""])[0]
        elif parts.path.startswith(("/embed/", "/shorts/", "/live/")):
            video_id = parts.path.split("/")[2]
    if video_id is not None:
        if not _YOUTUBE_ID.match(video_id):
            return None
        return "YouTube", f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
    if host in ("facebook.com", "fb.watch") and parts.scheme == "https":
        return "Facebook", (
            "https://www.facebook.com/plugins/video.php?autoplay=1&href=" + quote(url, safe="")
        )
    return None


class VideoQuerySet(PublishableQuerySet):
    def for_listing(self):
        return self.select_related("poster", "section")

    def related_to(self, video):
        """The other videos of its section, newest first; all the others when it has none.

        One query either way: the fallback is a NOT EXISTS on the same rows, not a second query.
        """
        others = self.exclude(pk=video.pk)
        same_section = Q(section=video.section_id)
        return others.filter(same_section | ~Exists(others.filter(same_section))).newest_first()


class Video(Story):
    """A video story: an uploaded MP4/WebM file, or a YouTube/Facebook video played on click."""

    caption = models.TextField(
        _("caption"), blank=True, help_text=_("What the video shows; under the player.")
    )
    file = models.FileField(
        _("video file"),
        upload_to="videos/%Y/%m/",
        blank=True,
        validators=[validate_video_upload],
        help_text=_("An MP4 or WebM file. Leave empty when the video is on YouTube or Facebook."),
    )
    embed_url = models.URLField(
        _("YouTube or Facebook address"),
        blank=True,
        help_text=_(
            "The video's page, e.g. https://www.youtube.com/watch?v=…; readers load it only "
            "when they press play."
        ),
    )
    poster = models.ForeignKey(
        "multimedia.Image",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="video_posters",
        help_text=_("Shown before the video plays, and in lists."),
    )
    duration = models.DurationField(
        _("duration"),
        null=True,
        blank=True,
        help_text=_("Length, e.g. 3:25 for three minutes 25 seconds."),
    )
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_("What is said in the video, for readers who cannot hear it."),
    )

    media_kind = "video"

    objects = VideoQuerySet.as_manager()

    class Meta(Story.Meta):
        verbose_name = _("video")
        verbose_name_plural = _("videos")
        permissions = [("publish_video", _("Can publish videos"))]
        indexes = [published_index("video")]
        constraints = [
            published_has_time("video"),
            models.CheckConstraint(
                condition=(Q(file="") & ~Q(embed_url="")) | (~Q(file="") & Q(embed_url="")),
                name="video_has_one_source",
            ),
        ]

    def get_absolute_url(self):
        return reverse("multimedia:video", kwargs={"slug": self.slug, "pk": self.pk})

    def clean(self):
        super().clean()
        if bool(self.file) == bool(self.embed_url):
            raise ValidationError(
                _("Upload a video file or give a YouTube/Facebook address, one of the two.")
            )
        if self.embed_url and embed_for(self.embed_url) is None:
            raise ValidationError(
                {"embed_url": _("Only YouTube and Facebook video addresses can be embedded.")}
            )

    @property
    def list_image(self):
        return self.poster

    @property
    def media_label(self):
        """The marker after the title in lists."""
        return _("(Video)")

    @property
    def embed(self):
        return embed_for(self.embed_url) if self.embed_url else None

    @property
    def mime_type(self):
        return "video/webm" if self.file.name.lower().endswith(".webm") else "video/mp4"

    @property
    def duration_label(self):
        """3:25, or 1:02:05 past the hour."""
        if not self.duration:
            return ""
        seconds = int(self.duration / timedelta(seconds=1))
        hours, rest = divmod(seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"
