import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from newsroom.text import fold_diacritics


def fold(text):
    """Text as the word rules compare it: no diacritics, no case, single spaces."""
    return " ".join(fold_diacritics(text).casefold().split())


class WordRuleQuerySet(models.QuerySet):
    def matching(self, text):
        """The rules whose phrase appears in text as whole words, ignoring case and diacritics."""
        folded = fold(text)
        return [rule for rule in self if rule.pattern().search(folded)]


class WordRule(models.Model):
    class Kind(models.TextChoices):
        BANNED = "banned", _("Banned: reject the comment")
        SUSPECT = "suspect", _("Suspect: hold the comment for a moderator")

    phrase = models.CharField(
        _("word or phrase"),
        max_length=100,
        help_text=_(
            "Matched as whole words, ignoring case and diacritics: “đồ ngu” also catches “Do ngu”. "
            "Prefer phrases to short single words, which match innocent words without their accents."
        ),
    )
    folded = models.CharField(max_length=100, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.SUSPECT)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = WordRuleQuerySet.as_manager()

    class Meta:
        verbose_name = _("word rule")
        verbose_name_plural = _("banned and suspect words")
        ordering = ["kind", "folded"]

    def __str__(self):
        return self.phrase

    def save(self, *args, **kwargs):
        self.folded = fold(self.phrase)
        super().save(*args, **kwargs)

    def clean(self):
        self.folded = fold(self.phrase)
        if not self.folded:
            raise ValidationError({"phrase": _("Enter a word or phrase.")})
        if WordRule.objects.exclude(pk=self.pk).filter(folded=self.folded).exists():
            raise ValidationError({"phrase": _("This word is already in the list.")})

    def pattern(self):
        return re.compile(rf"(?<!\w){re.escape(self.folded)}(?!\w)")
