"""The OpenAPI 3.1 description of the read API, served at /api/v1/openapi.json."""

from django.conf import settings
from django.urls import reverse

TEXT_ITEM = {
    "type": "object",
    "required": ["value"],
    "properties": {
        "role": {"type": "string"},
        "contenttype": {"type": "string"},
        "value": {"type": "string"},
    },
}

NINJS_ARTICLE = {
    "type": "object",
    "description": "A published article as an IPTC ninjs 2.1 news item.",
    "required": ["uri", "type", "version", "firstcreated", "versioncreated", "headlines"],
    "properties": {
        "uri": {"type": "string", "format": "uri", "description": "Stable id of the article."},
        "type": {"type": "string", "enum": ["text"]},
        "representationtype": {"type": "string", "enum": ["full"]},
        "profile": {"type": "string", "enum": ["text-only", "text-photo"]},
        "version": {"type": "string", "description": "Changes whenever the article changes."},
        "firstcreated": {"type": "string", "format": "date-time", "description": "Published."},
        "versioncreated": {"type": "string", "format": "date-time", "description": "Modified."},
        "pubstatus": {"type": "string", "enum": ["usable"]},
        "language": {"type": "string", "example": "vi"},
        "copyrightholder": {"type": "string"},
        "slugline": {"type": "string"},
        "headlines": {"type": "array", "items": TEXT_ITEM},
        "descriptions": {"type": "array", "items": TEXT_ITEM},
        "bodies": {
            "type": "array",
            "items": {
                **TEXT_ITEM,
                "properties": {**TEXT_ITEM["properties"], "charcount": {"type": "number"}},
            },
        },
        "by": {"type": "string"},
        "subjects": {
            "type": "array",
            "description": "The article's section, its tags, and the events (dòng sự kiện) it belongs to.",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "rel": {"type": "string", "enum": ["section", "tag", "event"]},
                    "literal": {"type": "string"},
                    "uri": {"type": "string", "format": "uri"},
                },
            },
        },
        "genres": {
            "type": "array",
            "description": "How the article is presented, when not a standard story.",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "literal": {"type": "string", "enum": ["emagazine", "infographic"]},
                },
            },
        },
        "renditions": {"type": "array", "items": {"$ref": "#/components/schemas/Rendition"}},
        "associations": {
            "type": "array",
            "items": {
                "type": "object",
                "description": (
                    "The featured photo (featureimage), then a live coverage's updates "
                    "(liveupdate-<id>, text items, the key update first; on the single article)."
                ),
                "required": ["name", "uri"],
                "properties": {
                    "name": {"type": "string", "pattern": "^(featureimage|liveupdate-[0-9]+)$"},
                    "uri": {"type": "string", "format": "uri"},
                    "type": {"type": "string", "enum": ["picture", "text"]},
                    "firstcreated": {"type": "string", "format": "date-time"},
                    "versioncreated": {"type": "string", "format": "date-time"},
                    "headlines": {"type": "array", "items": TEXT_ITEM},
                    "bodies": {"type": "array", "items": TEXT_ITEM},
                    "associations": {"type": "array", "items": {"type": "object"}},
                    "by": {"type": "string"},
                    "descriptions": {"type": "array", "items": TEXT_ITEM},
                    "renditions": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/Rendition"},
                    },
                },
            },
        },
        "standard": {"type": "object"},
    },
}

RENDITION = {
    "type": "object",
    "required": ["name"],
    "properties": {
        "name": {"type": "string"},
        "href": {"type": "string", "format": "uri"},
        "contenttype": {"type": "string"},
        "width": {"type": "number"},
        "height": {"type": "number"},
    },
}

SECTION = {
    "type": "object",
    "required": ["name", "slug", "url"],
    "properties": {
        "name": {"type": "string"},
        "slug": {"type": "string"},
        "parent": {"type": ["string", "null"]},
        "position": {"type": "integer"},
        "url": {"type": "string", "format": "uri"},
        "feed": {"type": "string", "format": "uri"},
        "articles": {"type": "string", "format": "uri"},
    },
}

# The offsets in use on Earth (api/params.py refuses others): Z, -12:00 to +14:00.
UTC_OFFSET = r"(Z|z|\+(0\d|1[0-3]):[0-5]\d|\+14:00|-(0\d|1[01]):[0-5]\d|-12:00)$"

ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "string", "description": "In Vietnamese."}},
}


def json_response(description, schema_ref):
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": schema_ref}}},
    }


def query(name, description, schema):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
    }


def openapi_document(request, section_slugs):
    """The document; `section_slugs` are the values `section` takes."""

    def path(name, *args):
        return reverse(f"api:{name}", args=args)

    bad_request = json_response("A query parameter is not valid.", "#/components/schemas/Error")
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Newsroom read API",
            "version": "1",
            "description": (
                "Published articles (IPTC ninjs 2.1) and sections. Responses are public, cached "
                "for 60 seconds and carry an ETag; send If-None-Match to get 304. Any origin may "
                "read them (Access-Control-Allow-Origin: *). Every error is JSON, "
                '{"error": "…"} in Vietnamese: 400 for a parameter that is not valid (empty '
                "included), 404 for an address the API does not have, 405 for any method but "
                "GET, HEAD and OPTIONS."
            ),
        },
        "servers": [{"url": request.build_absolute_uri("/")[:-1]}],
        "paths": {
            path("articles"): {
                "get": {
                    "summary": "Published articles, newest first",
                    "operationId": "listArticles",
                    "parameters": [
                        query(
                            "section",
                            "Only this section (its slug, from /api/v1/sections/).",
                            {"type": "string", "enum": section_slugs},
                        ),
                        query(
                            "updated_since",
                            "Only articles changed at or after this ISO 8601 time; its offset "
                            "from -12:00 to +14:00.",
                            {"type": "string", "format": "date-time", "pattern": UTC_OFFSET},
                        ),
                        query(
                            "cursor",
                            "Continue after the previous page (from its `next` link).",
                            {"type": "string", "minLength": 1},
                        ),
                        query(
                            "limit",
                            "Articles per page.",
                            {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": settings.API_MAX_PAGE_SIZE,
                                "default": settings.API_PAGE_SIZE,
                            },
                        ),
                    ],
                    "responses": {
                        "200": json_response(
                            "A page of articles.", "#/components/schemas/ArticlePage"
                        ),
                        "304": {"description": "Not modified (If-None-Match)."},
                        "400": bad_request,
                    },
                }
            },
            path("article", 0).replace("/0/", "/{id}/"): {
                "get": {
                    "summary": "One published article",
                    "operationId": "getArticle",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        }
                    ],
                    "responses": {
                        "200": json_response("The article.", "#/components/schemas/NinjsArticle"),
                        "304": {"description": "Not modified (If-None-Match)."},
                        "404": json_response(
                            "No published article has this id.", "#/components/schemas/Error"
                        ),
                    },
                }
            },
            path("sections"): {
                "get": {
                    "summary": "All sections, in menu order",
                    "operationId": "listSections",
                    "responses": {
                        "200": json_response("The sections.", "#/components/schemas/SectionList"),
                        "304": {"description": "Not modified (If-None-Match)."},
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "NinjsArticle": NINJS_ARTICLE,
                "Rendition": RENDITION,
                "ArticlePage": {
                    "type": "object",
                    "required": ["items", "next"],
                    "properties": {
                        "items": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/NinjsArticle"},
                        },
                        "next": {"type": ["string", "null"], "format": "uri"},
                    },
                },
                "Section": SECTION,
                "SectionList": {
                    "type": "object",
                    "required": ["items"],
                    "properties": {
                        "items": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Section"},
                        }
                    },
                },
                "Error": ERROR,
            }
        },
    }
