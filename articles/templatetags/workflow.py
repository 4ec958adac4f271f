from django import template

from ..models.workflow import display_name

register = template.Library()


@register.filter
def who(user):
    """A staff member's name as the desk knows it (full name, else username)."""
    return display_name(user)
