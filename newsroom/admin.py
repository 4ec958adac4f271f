"""Admin glue shared by the apps."""


class VietnameseSlugMixin:
    """For admins with prepopulated_fields: slugs typed from Vietnamese names fold like the server's."""

    class Media:
        # Listing Django's urlify.js first makes Media put ours after it.
        js = ["admin/js/urlify.js", "js/urlify-vi.js"]
