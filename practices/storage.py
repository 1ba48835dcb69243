"""Uploaded files kept in any storage backend, their addresses always the portal's own.

Settings' ## STATIC AND MEDIA picks the backend (the local folder by default; an S3-compatible
store through django-storages for several servers). Whatever keeps the bytes, a file's URL is
MEDIA_URL + its name, served by practices/views/files.py, which alone decides who may read it:
the store itself stays private, and no link ever points at it.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.core.files.storage import Storage
from django.utils.encoding import filepath_to_uri
from django.utils.module_loading import import_string


class ServedByPortal(Storage):
    def __init__(self, backend, options=None):
        self.backend = import_string(backend)(**(options or {}))

    def url(self, name):
        return urljoin(settings.MEDIA_URL, filepath_to_uri(name))

    def _open(self, name, mode="rb"):
        return self.backend.open(name, mode)

    def _save(self, name, content):
        return self.backend.save(name, content)

    def get_available_name(self, name, max_length=None):
        return self.backend.get_available_name(name, max_length=max_length)

    def delete(self, name):
        self.backend.delete(name)

    def exists(self, name):
        return self.backend.exists(name)

    def listdir(self, path):
        return self.backend.listdir(path)

    def size(self, name):
        return self.backend.size(name)

    def get_modified_time(self, name):
        return self.backend.get_modified_time(name)
