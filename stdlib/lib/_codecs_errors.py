"""codecs' error handlers as functions: what codecs.lookup_error gives for CPython's built-in
handler names ('strict', 'ignore', 'replace', ...), and the *_errors functions codecs exports.

tpy's codecs apply these handlers natively by name; the functions here are for programs that
call them (or a handler found with lookup_error) themselves; a name given to
codecs.register_error is found first (the natives call its handler for that name).
"""

from _codecs import _registered_error

_UNICODE_ERRORS = (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)


def _wrong(exc):
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _escaped(ch):
    code = ord(ch)
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    if isinstance(exc, _UNICODE_ERRORS):
        return '', exc.end
    raise _wrong(exc)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return '?' * (exc.end - exc.start), exc.end
    if isinstance(exc, UnicodeDecodeError):
        return '\ufffd', exc.end
    if isinstance(exc, UnicodeTranslateError):
        return '\ufffd' * (exc.end - exc.start), exc.end
    raise _wrong(exc)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end
    raise _wrong(exc)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return ''.join(_escaped(c) for c in exc.object[exc.start:exc.end]), exc.end
    raise _wrong(exc)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            name = unicodedata.name(c, None)
            out.append('\\N{%s}' % name if name is not None else _escaped(c))
        return ''.join(out), exc.end
    raise _wrong(exc)


def surrogateescape(exc):
    """Undecodable bytes 0x80-0xff as U+DC80-U+DCFF, and back when encoding."""
    if isinstance(exc, UnicodeDecodeError):
        chunk = exc.object[exc.start:exc.end]
        if any(b < 128 for b in chunk[:4]):
            raise exc
        return ''.join(chr(0xDC00 + b) for b in chunk[:4]), exc.start + min(len(chunk), 4)
    if isinstance(exc, UnicodeEncodeError):
        chunk = exc.object[exc.start:exc.end]
        if not all(0xDC80 <= ord(c) <= 0xDCFF for c in chunk):
            raise exc
        return bytes(ord(c) - 0xDC00 for c in chunk), exc.end
    raise _wrong(exc)


def surrogatepass(exc):
    raise NotImplementedError("tpy's codecs apply 'surrogatepass' natively only: "
                              "its handler function cannot be called")


_HANDLERS = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
             'xmlcharrefreplace': xmlcharrefreplace_errors,
             'backslashreplace': backslashreplace_errors, 'namereplace': namereplace_errors,
             'surrogateescape': surrogateescape, 'surrogatepass': surrogatepass}


def lookup_error(name):
    """The error handler registered under name (register_error's, else a built-in one)."""
    if not isinstance(name, str):
        raise TypeError('lookup_error() argument must be str, not %s' % type(name).__name__)
    handler = _registered_error(name)
    if handler is not None:
        return handler
    try:
        return _HANDLERS[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None
