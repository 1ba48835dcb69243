"""What the portal learns about a request once and reads many times, in one place.

Several layers ask the same questions of a request: whose audience the reader belongs to
(practices/audience.py; the API sets it from a token's holder), and the public revision with
its time and the uploaded logo (practices/pages/cache.py, read in one query). Each answer is
kept in one `Facts` object, the request's only attribute of the portal's, `request.glgp_facts`,
made on first use and gone with the request.
"""

import dataclasses
import datetime


@dataclasses.dataclass
class Facts:
    audience: str | None = None  # PUBLIC or NETWORK, once asked
    revision: int | None = None  # the public revision, once read
    changed_at: datetime.datetime | None = None  # when it rose
    logo: str = ""  # the uploaded logo's file name ("": the bundled one)


def of(request):
    """The facts kept for `request` (empty at first)."""
    try:
        return request.glgp_facts
    except AttributeError:
        request.glgp_facts = Facts()
        return request.glgp_facts
