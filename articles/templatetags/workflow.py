from django import template

from ..dashboard import desk
from ..models.workflow import display_name

register = template.Library()


@register.filter
def who(user):
    """A staff member's name as the desk knows it (full name, else username)."""
    return display_name(user)


@register.simple_tag(takes_context=True)
def desk_panels(context):
    """The admin index's dashboard for the logged-in user (articles/dashboard.py)."""
    return desk(context["request"].user)
