"""The admin's Content-Security-Policy (SECURE_CSP_ADMIN) for every page under ADMIN_URL.

The public policy (SECURE_CSP) applies everywhere else; see settings for both.
"""

from django.conf import settings


class AdminPolicyMiddleware:
    """Sits inside ContentSecurityPolicyMiddleware, which reads the policy a response asks for."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(f"/{settings.ADMIN_URL}"):
            # What django.views.decorators.csp.csp_override sets, for a whole URL prefix.
            response._csp_config = settings.SECURE_CSP_ADMIN
        return response
