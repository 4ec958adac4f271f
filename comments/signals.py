from django.dispatch import Signal

# What readers see under some articles changed: a decision, a report that hid a comment, a newsroom
# reply, a comment shown at once under post-moderation. Approved comments are part of the cached
# article HTML, so the page cache connects here to purge those articles. Argument: article_ids.
comments_changed = Signal()
