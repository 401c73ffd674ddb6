"""faulthandler for tpy: dump the Python stack on demand.

tpy cannot crash with a fatal signal (a JavaScript error becomes SystemError), so enable()
records the choice and the file, and dump_traceback() writes the current thread's stack in
CPython's format. tpy cannot read the stack of another thread, so dump_traceback_later()
and register() raise NotImplementedError.
"""

import sys

_enabled = False
_MAX_FRAMES = 100
_MAX_STRING = 500


def _output(file):
    """The stream or file descriptor to write to, checked (and flushed) as CPython does."""
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            # sic: CPython's message
            raise ValueError("file is not a valid file descripter")
        return file
    fd = file.fileno()
    if fd < 0:
        raise ValueError("file is not a valid file descripter")
    try:
        file.flush()
    except Exception:
        pass   # CPython ignores a failing flush()
    return file


def _ascii(text):
    """Text as faulthandler writes it: ASCII, other characters as escapes, cut at 500."""
    out = []
    for ch in text[:_MAX_STRING]:
        cp = ord(ch)
        if cp < 0x80:
            out.append(ch)
        elif cp < 0x100:
            out.append('\\x%02x' % cp)
        elif cp < 0x10000:
            out.append('\\u%04x' % cp)
        else:
            out.append('\\U%08x' % cp)
    if len(text) > _MAX_STRING:
        out.append('...')
    return ''.join(out)


def _stack_lines(frame):
    lines = []
    depth = 0
    while frame is not None:
        if depth >= _MAX_FRAMES:
            lines.append('  ...\n')
            break
        code = frame.f_code
        lineno = frame.f_lineno
        lines.append('  File "%s", line %s in %s\n' % (
            _ascii(code.co_filename), '???' if lineno is None else lineno, _ascii(code.co_name)))
        frame = frame.f_back
        depth += 1
    return lines


def _write(target, text):
    if isinstance(target, int):
        import os
        os.write(target, text.encode('ascii', 'backslashreplace'))
    else:
        target.write(text)
        target.flush()


def enable(file=None, all_threads=True):
    """Remembers that faulthandler is on (tpy has no fatal signals to catch)."""
    global _enabled
    _output(sys.stderr if file is None else file)
    _enabled = True


def disable():
    """Turns faulthandler off; whether it was on."""
    global _enabled
    was, _enabled = _enabled, False
    return was


def is_enabled():
    return _enabled


def dump_traceback(file=None, all_threads=True):
    """Writes the current thread's stack, most recent call first."""
    target = _output(sys.stderr if file is None else file)
    if all_threads:
        import threading
        header = 'Current thread 0x%016x (most recent call first):\n' % threading.get_ident()
    else:
        header = 'Stack (most recent call first):\n'
    _write(target, header + ''.join(_stack_lines(sys._getframe(1))))


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    _output(sys.stderr if file is None else file)
    raise NotImplementedError("faulthandler.dump_traceback_later is not supported by tpy "
                              "(it cannot read the stack of another thread)")


def cancel_dump_traceback_later():
    """Nothing to cancel: dump_traceback_later is not supported."""


def register(signum, file=None, all_threads=True, chain=False):
    raise NotImplementedError("faulthandler.register is not supported by tpy")


def unregister(signum):
    """False: register() is not supported, so no signal is ever registered."""
    return False


# CPython's faulthandler is C: tracebacks show none of this module's frames.
from _c_type_names import as_c_module as _as_c_module
_as_c_module(globals())
del _as_c_module
