from django.contrib.admin.widgets import ForeignKeyRawIdWidget
from django.urls import reverse

from newsroom.params import positive_int

from .models import Image


class PhotoChooserWidget(ForeignKeyRawIdWidget):
    """A library photo picked in the photo list's popup and shown as a thumbnail.

    The popup is the admin's own changelist of photos: thumbnails, search, newest first, print
    front pages hidden unless asked (ImageAdmin). static/js/photo-chooser.js redraws the preview
    when the popup (or the Remove button) changes the value.
    """

    template_name = "admin/widgets/photo_chooser.html"

    class Media:
        js = ["admin/js/vendor/jquery/jquery.js", "admin/js/jquery.init.js", "js/photo-chooser.js"]
        css = {"all": ["css/photo-chooser.css"]}

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        photo_id = positive_int(str(value or ""))
        context["photo"] = Image.objects.filter(pk=photo_id).first() if photo_id else None
        context["lookup_url"] = reverse("body-editor-images")
        return context

    def label_and_url_for_value(self, value):
        return "", ""  # the preview says which photo it is
