"""The live coverage's update feed: what an open article page polls for (static/js/live.js).

One small JSON document per cursor, the same for every reader, so the page cache stores it and
purges it with the article's page (tag "article-N") when an update is posted, changed or removed.
"""

from django.http import Http404, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

import pagecache

from .models import Article
from .models.live import LAST_CURSOR, UPDATES_PER_PAGE


def timeline_position(query):
    """("sau" or "truoc", cursor) from the query string; None unless exactly one is given and
    it is whole microseconds since 1970 (0: from the start) that a date can hold."""
    given = [(name, query[name]) for name in ("sau", "truoc") if name in query]
    if len(given) != 1:
        return None
    direction, value = given[0]
    if not (value.isascii() and value.isdigit() and int(value) <= LAST_CURSOR):
        return None
    return direction, int(value)


@require_safe
@pagecache.cached_page(params=("sau", "truoc"))
def live_updates(request, pk):
    """?sau=<cursor>: updates shown since, oldest first (an open page's new ones);
    ?truoc=<cursor>: the timeline's page before it, newest first ("see more")."""
    pagecache.depends_on(f"article-{pk}")
    position = timeline_position(request.GET)
    if position is None:
        message = _("Give one position in the timeline: ?sau=… or ?truoc=….")
        return JsonResponse({"error": message}, status=400)
    article = (
        Article.objects.published()
        .only("pk", "live_started_at", "live_ended_at")
        .filter(pk=pk, live_started_at__isnull=False)
        .first()
    )
    if article is None:
        raise Http404
    direction, cursor = position
    shown = article.live_updates.shown().for_display()
    if direction == "sau":
        updates, has_more = list(shown.newer_than(cursor)[:UPDATES_PER_PAGE]), False
    else:
        updates = list(shown.older_than(cursor)[: UPDATES_PER_PAGE + 1])
        has_more, updates = len(updates) > UPDATES_PER_PAGE, updates[:UPDATES_PER_PAGE]
    return JsonResponse(
        {
            "live": article.is_live(),
            "has_more": has_more,
            "updates": [
                {
                    "id": update.pk,
                    "cursor": update.cursor,
                    "html": render_to_string(
                        "articles/includes/live_update.html", {"update": update}, request
                    ),
                }
                for update in updates
            ],
        }
    )
