"""contextvars: context variables (PEP 567); see _contextvars."""

from _contextvars import *

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
