import re
import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from newsroom.text import fold_diacritics

# A word spelled apart, one mark between letters: "l.ừ.a", "l-u-a" ("l u a" reads as words).
_SPELLED_APART = re.compile(r"(?<!\w)\w(?:[^\w\s]\w)+(?!\w)")
_NOT_A_LETTER = re.compile(r"[\W_]+")


def _is_invisible(char):
    # Format characters (zero-width spaces and joiners, soft hyphens, direction marks) draw
    # nothing: a word broken by one reads whole.
    return unicodedata.category(char) == "Cf"


def fold(text):
    """Text as the word rules compare it: letters and digits without diacritics or case, words
    separated by single spaces.

    Invisible characters vanish, a word spelled apart with dots or dashes is joined again, and
    any other punctuation (hyphens too) separates words.
    """
    text = "".join(char for char in unicodedata.normalize("NFKC", text) if not _is_invisible(char))
    text = fold_diacritics(text).casefold()
    text = _SPELLED_APART.sub(lambda match: _NOT_A_LETTER.sub("", match.group()), text)
    return " ".join(_NOT_A_LETTER.sub(" ", text).split())


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
        """Whole words of the phrase; the words may also be run together ("luadao")."""
        words = fold(self.phrase).split()
        return re.compile(r"(?<!\w)" + " ?".join(map(re.escape, words)) + r"(?!\w)")
