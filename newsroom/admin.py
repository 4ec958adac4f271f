"""Admin glue shared by the apps."""

from django.contrib import admin


class VietnameseSlugMixin:
    """For admins with prepopulated_fields: slugs typed from Vietnamese names fold like the server's."""

    class Media:
        # Listing Django's urlify.js first makes Media put ours after it.
        js = ["admin/js/urlify.js", "js/urlify-vi.js"]


class DefaultChoiceFilter(admin.SimpleListFilter):
    """A list filter that starts on `default` (set in __init__ or on the class) and has no "All"."""

    default = None

    def value(self):
        return super().value() or self.default

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }
