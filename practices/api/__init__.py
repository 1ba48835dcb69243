"""The read-only API at /api/v1/: practices, thematic areas, places and partners, with an
OpenAPI schema. Its readers are the public and, with a personal token, DELGOSEA partners; what
each reads comes from practices/audience.py."""
