"""The pages the desk arranges: the home page and the top of each section's page.

Glue between the zones (models/zones.py decides what each zone shows) and the page cache: which
placements and articles to load in a fixed number of queries, what the page depends on, and when
it must expire by itself (a placement ends or starts with no save to purge it).
"""

from django.db.models import Q

import pagecache

from .models import Article, Event, Placement, Section, Zone
from .models.zones import arrange, ending_or_starting, fill, page_tag

HOME_LATEST_COUNT = 10
HOME_SECTION_BLOCK_SIZE = 4
HOME_HOT_EVENTS = 8
DEFAULT_SUBLEADS = 4


def with_defaults(zones, section=None):
    """The page's zones in page order; a page the desk never arranged gets a lead and sub-leads."""
    by_kind = {zone.kind: zone for zone in zones}
    lead = by_kind.get(Zone.Kind.LEAD) or Zone(section=section, kind=Zone.Kind.LEAD, size=1)
    subleads = by_kind.get(Zone.Kind.SUBLEADS) or Zone(
        section=section, kind=Zone.Kind.SUBLEADS, size=DEFAULT_SUBLEADS
    )
    return [lead, subleads]


def load_placements(zones, preview):
    """Placements not ended of these zones, with what arrange() asks of their article."""
    placements = Placement.objects.filter(zone__in=[zone for zone in zones if zone.pk]).not_ended()
    placements = placements.select_related("article").only(
        "zone_id", "position", "starts_at", "ends_at", "article__status", "article__published_at"
    )
    placements = list(placements.order_by())
    if not preview:
        pagecache.expire_by(ending_or_starting(placements))
    return placements


def cards(ids, preview):
    """Articles by id as cards; the staff preview shows placed articles readers cannot see yet."""
    articles = Article.objects.all() if preview else Article.objects.published()
    return articles.for_listing().in_bulk(ids)


def home_page(preview=False):
    """Everything the home page shows but its shared blocks: 6 queries, whatever is placed."""
    pagecache.listing(Article)
    pagecache.depends_on(pagecache.list_tag("event"))
    zones = list(
        Zone.objects.filter(
            Q(section__isnull=True) | Q(section__parent__isnull=True)
        ).in_page_order()
    )
    placements = load_placements(zones, preview)
    home_zones = with_defaults([zone for zone in zones if zone.section_id is None])
    pagecache.depends_on(page_tag(None))
    home = arrange(home_zones, placements, preview=preview)

    size = sum(zone.size for zone in home_zones) + HOME_LATEST_COUNT
    newest = list(
        Article.objects.published().newest_first().for_listing().exclude(pk__in=home.placed)[:size]
    )
    latest_ids = fill(home, home_zones, [article.pk for article in newest])

    section_placed = section_arrangements(zones, placements, home.shown, preview)
    excluded = home.shown | {pk for ids in section_placed.values() for pk in ids}
    sections = list(
        Section.objects.top_level().with_latest_article_ids(
            HOME_SECTION_BLOCK_SIZE, exclude=excluded
        )
    )
    # A section's first placement (or new zone) changes its block here.
    pagecache.depends_on(*(page_tag(section.pk) for section in sections))
    block_ids = {
        section.pk: (section_placed.get(section.pk, []) + section.latest_article_ids)[
            :HOME_SECTION_BLOCK_SIZE
        ]
        for section in sections
    }
    loaded = {article.pk: article for article in newest}
    wanted = (home.placed | {pk for ids in block_ids.values() for pk in ids}) - loaded.keys()
    loaded.update(cards(wanted, preview))

    def articles(ids):
        return [loaded[pk] for pk in ids if pk in loaded]

    shown = home.articles
    return {
        "lead_article": next(iter(articles(shown[Zone.Kind.LEAD])), None),
        "sublead_articles": articles(shown[Zone.Kind.SUBLEADS]),
        "latest_articles": articles(latest_ids[:HOME_LATEST_COUNT]),
        "section_blocks": [
            (section, articles(block_ids[section.pk]))
            for section in sections
            if articles(block_ids[section.pk])
        ],
        "hot_events": list(Event.objects.hot()[:HOME_HOT_EVENTS]),
    }


def section_arrangements(zones, placements, shown_above, preview):
    """Each top-level section's placed article ids for its home block, minus those shown above."""
    placed = {}
    for section_id in {zone.section_id for zone in zones if zone.section_id}:
        section_zones = [zone for zone in zones if zone.section_id == section_id]
        arrangement = arrange(section_zones, placements, preview=preview)
        placed[section_id] = [
            pk
            for zone in section_zones
            for pk in arrangement.articles.get(zone.kind, [])
            if pk not in shown_above
        ]
    return placed


def section_top(section, preview=False):
    """A section page's lead and sub-leads (placed, then its newest), and the ids they show."""
    pagecache.depends_on(page_tag(section.pk))
    zones = with_defaults(list(Zone.objects.of_page(section)), section)
    placements = load_placements(zones, preview)
    arrangement = arrange(zones, placements, preview=preview)
    size = sum(zone.size for zone in zones)
    newest = list(
        Article.objects.published()
        .in_section(section)
        .newest_first()
        .exclude(pk__in=arrangement.placed)
        .values_list("pk", flat=True)[:size]
    )
    fill(arrangement, zones, newest)
    loaded = cards(arrangement.shown, preview)
    shown = arrangement.articles
    return {
        "lead_article": loaded.get(next(iter(shown[Zone.Kind.LEAD]), None)),
        "sublead_articles": [loaded[pk] for pk in shown[Zone.Kind.SUBLEADS] if pk in loaded],
        "top_ids": arrangement.shown,
    }


def now_showing(zone):
    """What readers see in `zone` right now, in order: (article, placed by the desk or filled)."""
    zones = with_defaults(list(Zone.objects.of_page(zone.section)), zone.section)
    arrangement = arrange(zones, load_placements(zones, preview=False))
    newest = Article.objects.published().newest_first().exclude(pk__in=arrangement.placed)
    if zone.section_id:
        newest = newest.in_section(zone.section)
    size = sum(each.size for each in zones)
    fill(arrangement, zones, list(newest.values_list("pk", flat=True)[:size]))
    ids = arrangement.articles.get(zone.kind, [])
    articles = Article.objects.only("title").in_bulk(ids)
    return [(articles[pk], pk in arrangement.placed) for pk in ids if pk in articles]
