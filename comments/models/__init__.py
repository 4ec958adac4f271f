from .comments import Comment, CommentQuerySet
from .reports import CommentReport
from .words import WordRule

__all__ = ["Comment", "CommentQuerySet", "CommentReport", "WordRule"]
