from django.conf import settings


def site(request):
    """Values every page template needs."""
    return {"DEBUG": settings.DEBUG}
