from django.core.management.base import BaseCommand

from multimedia.models import Image


class Command(BaseCommand):
    help = (
        "Clean and resize photos stored before renditions existed (or after the widths changed). "
        "Photos already processed are skipped; run it again at will."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Redo every photo's renditions.")

    def handle(self, *args, **options):
        images = Image.objects.all() if options["all"] else Image.objects.filter(renditions={})
        done = 0
        for image in images.iterator(chunk_size=100):
            if image.renditions:
                # Already cleaned: keep the file, redo only the renditions.
                image.renditions = {"source": image.file.name}
            # Never processed: save() also cleans the stored file of its metadata.
            image.save()
            done += 1
        self.stdout.write(f"{done} photo(s) processed.")
