"""The read-only API at /api/v1/: practices, thematic areas, places, partners, replications and
events, with an OpenAPI schema. Its readers are the public and, with a personal token, DELGOSEA
partners; what each reads comes from practices/audience.py."""
