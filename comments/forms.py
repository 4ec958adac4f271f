from django import forms
from django.utils.translation import gettext_lazy as _

from newsroom.params import positive_int

from .models import Comment, CommentReport
from .protection import TokenProblem, TokenUsed, check_form_token, make_form_token, use_form_token


class CommentForm(forms.ModelForm):
    """A reader's comment, with a signed timestamp token and a honeypot against bots.

    The honeypot and the token are checked apart from the reader's fields, so the view can treat a
    bot (pretend success) differently from a person (show the errors).
    """

    # Hidden by CSS and labelled for screen readers: people leave it empty, form-filling bots do not.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    token = forms.CharField(widget=forms.HiddenInput, required=False)
    body = forms.CharField(
        label=_("Your comment"),
        min_length=2,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Please write your comment."),
            "min_length": _("Your comment is too short (at least %(limit_value)d characters)."),
            "max_length": _("Keep your comment under %(limit_value)d characters."),
        },
    )

    class Meta:
        model = Comment
        fields = ["name", "email", "body", "parent"]
        labels = {"name": _("Your name"), "email": _("Email")}
        help_texts = {"email": _("Never shown publicly.")}
        widgets = {"parent": forms.HiddenInput}
        error_messages = {
            "name": {"required": _("Please enter your name.")},
            "email": {
                "required": _("Please enter your email."),
                "invalid": _("Please enter a valid email address."),
            },
        }

    def __init__(self, *args, article, **kwargs):
        super().__init__(*args, **kwargs)
        # Several reply forms may sit in one article page: ids name the comment they answer.
        parent = self.data.get("parent") or getattr(self.initial.get("parent"), "pk", "")
        self.auto_id = f"comment-{positive_int(str(parent)) or 'new'}-%s"
        self.article = article
        self.fields["email"].required = True
        self.fields["parent"].queryset = Comment.objects.approved().filter(article=article)
        self.fields["parent"].error_messages["invalid_choice"] = _(
            "The comment you are replying to is no longer available."
        )
        self.fields["token"].initial = make_form_token(article.pk)
        self.fields["website"].widget.attrs.update(tabindex="-1", autocomplete="off")

    def is_bot(self):
        return bool(self.data.get("website"))

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_parent(self):
        parent = self.cleaned_data.get("parent")
        # One level of replies: answering a reply joins its thread.
        return parent.parent if parent and parent.parent_id else parent

    def clean_token(self):
        token = self.cleaned_data.get("token", "")
        try:
            check_form_token(token, self.article.pk)
        except TokenProblem as problem:
            # The same words for every token problem: a bot learns nothing; a person sends again.
            self.offer_new_token()
            raise forms.ValidationError(
                _("Your comment was not sent yet. Please check it and press “Send” again."),
                code="token",
            ) from problem
        return token

    def spend_token(self):
        """Mark this valid form's token used; False, with an error for the reader, if it was.

        Spent only once the comment is about to be stored (valid, within the rate limits), so a
        reader who fixes a typo, or waits out a limit, may send the same form again.
        """
        try:
            use_form_token(self.cleaned_data["token"])
        except TokenUsed:
            self.offer_new_token()
            self.add_error(
                None,
                forms.ValidationError(
                    _(
                        "This form has already been sent once, so it was not sent again. "
                        "To write another comment, use the new form below."
                    ),
                    code="token_used",
                ),
            )
            return False
        return True

    def offer_new_token(self):
        self.data = self.data.copy()
        self.data["token"] = make_form_token(self.article.pk)


class ReportForm(forms.Form):
    """Why a reader reports a comment: the moderators filter and weigh reports by it."""

    reason = forms.ChoiceField(
        label=_("Why are you reporting it?"),
        choices=CommentReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose why you report this comment.")},
    )
