"""Sessions in the database, whose failure to save says the database is down when it is.

Django's store turns any database error on saving a session into UpdateError, which the
session middleware answers with 400 ("the session was deleted"): a signed-in person whose
database connection dropped during the request got a bad-request page instead of the 503
that says "try again shortly". The database's own error is raised instead, and answered by
the 500 handler as a 503.
"""

from django.contrib.sessions.backends import db
from django.contrib.sessions.backends.base import UpdateError

from practices.views.errors import DATABASE_DOWN


class SessionStore(db.SessionStore):
    def save(self, must_create=False):
        try:
            super().save(must_create=must_create)
        except UpdateError as error:
            if isinstance(error.__context__, DATABASE_DOWN):
                raise error.__context__ from None
            raise
