"""tomllib for tpy: parse TOML 1.0 documents into Python values, as CPython 3.11's does
(the same values, and TOMLDecodeError with the same messages and positions)."""

__all__ = ('loads', 'load', 'TOMLDecodeError')

from ._parser import TOMLDecodeError, load, loads

# CPython shows the public name in tracebacks and reprs.
TOMLDecodeError.__module__ = __name__
