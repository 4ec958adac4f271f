from django.db import models
from django.utils.translation import gettext_lazy as _


class CommentMode(models.TextChoices):
    """How reader comments are moderated, chosen for the site and overridden per article."""

    PRE = "pre", _("Pre-moderation: shown after a moderator approves")
    POST = "post", _("Post-moderation: shown at once, reviewed afterwards")
    CLOSED = "closed", _("Closed: no new comments")
