"""Checks for values read from URLs and query strings, shared by every app's views.

str.isdigit() accepts "²" and "٣", which int() then refuses or PostgreSQL cannot store, and a NUL
character in a query string makes PostgreSQL refuse the whole query: both would be a 500.
"""

# The largest value of a PostgreSQL bigint: beyond it a lookup cannot match any row.
MAX_ID = 2**63 - 1


def positive_int(value):
    """value as an int if it is plain ASCII digits from 1 to MAX_ID, else None."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and 0 < int(value) <= MAX_ID:
        return int(value)
    return None


def has_nul(value):
    """True when a query string value carries a NUL character, which no database text may hold."""
    return "\x00" in value
