"""What the public pages show, computed lazily so that a page served from the cache runs no
query for it: cache keys and counts (cache), practice cards (cards), the browse page (browse),
the home, place and partner lists (home) and a practice's page (practice)."""
