"""Refuses, before any view or database sees it, an address no person could have typed.

PostgreSQL cannot store or compare a NUL character in text: a NUL in a path segment or in an
admin filter reached the database and failed there with a 500. Control characters have no
place in an address; in the query string a form's tab or line break is still allowed (a
textarea sent by GET), the others are not.
"""

import re
from urllib.parse import unquote_plus

from django.http import JsonResponse

from practices.views.errors import bad_request

NOT_IN_A_PATH = re.compile(r"[\x00-\x1f\x7f]")
NOT_IN_A_QUERY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class RefuseControlCharacters:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = unquote_plus(request.META.get("QUERY_STRING", ""), errors="replace")
        if NOT_IN_A_PATH.search(request.path) or NOT_IN_A_QUERY.search(query):
            if request.path.startswith("/api/"):  # the API answers in JSON, as its schema says
                return JsonResponse({"detail": "Control characters in the address."}, status=400)
            return bad_request(request)
        return self.get_response(request)
