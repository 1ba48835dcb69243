"""Additions to the generated OpenAPI schema: the bounds of every parameter the views check,
and the errors every operation may answer, so that the schema says all the API does."""

from practices.filters import DISTRICT_CODE, PROVINCE_CODE, SLUG
from practices.search.text import MAX_QUERY_LENGTH


def optional(pattern):
    """An empty value means no filter, as on the browse page."""
    return f"^({pattern.removeprefix('^').removesuffix('$')})?$"


PARAMETERS = {
    "page": {"type": "integer", "minimum": 1},
    "page_size": {"type": "integer", "minimum": 1, "maximum": 100},
    # Control characters are refused before any view (practices/middleware.py).
    "q": {
        "type": "string",
        "maxLength": MAX_QUERY_LENGTH,
        "pattern": r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$",
    },
    "theme": {"type": "string", "pattern": optional(SLUG.regex.pattern)},
    "partner": {"type": "string", "pattern": optional(SLUG.regex.pattern)},
    "province": {"type": "string", "pattern": optional(PROVINCE_CODE.regex.pattern)},
    "district": {"type": "string", "pattern": optional(DISTRICT_CODE.regex.pattern)},
    "year_from": {"type": "integer", "minimum": 1950, "maximum": 2100},
    "year_to": {"type": "integer", "minimum": 1950, "maximum": 2100},
    "year": {"type": "integer", "minimum": 1990, "maximum": 2100},
    "parent": {"type": "string", "pattern": optional(r"\d{2}(\d{2})?")},
    "slug": {"type": "string", "pattern": SLUG.regex.pattern},
    "code": {"type": "string", "pattern": r"^(\d{2}|\d{4}|\d{6})$"},
}

ERRORS = {
    "400": "A parameter is malformed: each one named, with what is wrong.",
    "401": "The token is unknown or revoked.",
    "404": "Nothing at this address for this reader, or a page past the last.",
    "429": "Too many requests: wait the seconds the Retry-After header gives.",
}

ERROR_SCHEMA = {
    "type": "object",
    "additionalProperties": {
        "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
    },
}


def complete(result, generator, request, public):
    """drf-spectacular postprocessing hook (SPECTACULAR_SETTINGS)."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter["name"] in PARAMETERS:
                    parameter["schema"] = dict(PARAMETERS[parameter["name"]])
                choices = parameter.get("schema", {}).get("enum")
                if (
                    parameter["in"] == "query"
                    and choices
                    and "" not in choices
                    and all(isinstance(choice, str) for choice in choices)
                ):
                    choices.append("")  # an empty choice means no filter
            responses = operation.setdefault("responses", {})
            for status, description in ERRORS.items():
                responses.setdefault(status, _error(description))
    return result


def _error(description):
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    return {"description": description, "content": content}
