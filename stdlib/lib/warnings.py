"""warnings for tpy: warn() with CPython 3.11's filters, registries and stderr format."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
# Bumped at each change of the filters: a registry stamped with an older version is stale and
# is emptied at its next use, so a warning already shown may be shown again.
_filters_version = 0


class WarningMessage:
    """One warning: what showwarning() is given, and what catch_warnings(record=True) records."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = '%s:%s: %s: %s\n' % (msg.filename, msg.lineno, category, msg.message)
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        s += '  %s\n' % line.strip()
    # tpy has no tracemalloc: a warning about an object says what CPython says when it is off.
    if msg.source is not None:
        s += '%s: Enable tracemalloc to get the object allocation traceback\n' % category
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes: 'file:line: Category: message' and the source line."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (default sys.stderr)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    # A program may replace showwarning (and formatwarning): the replacement is called with
    # the old signature; otherwise _showwarnmsg_impl, which catch_warnings(record=True) swaps.
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Adds a filter: `action` for warnings matching message, category, module and line."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(category, type):
        raise AssertionError('category must be a class')
    if not issubclass(category, Warning):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter((action, message, category, module, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter matching every message of `category`."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter (the default action then applies)."""
    filters[:] = []
    _filters_mutated()


def _caller(stacklevel):
    # The frame `stacklevel` levels up from warn()'s caller (its caller itself for 1 or less).
    if not isinstance(stacklevel, int):
        stacklevel = stacklevel.__index__() if hasattr(type(stacklevel), '__index__') else _not_an_int(stacklevel)
    try:
        frame = sys._getframe(max(stacklevel, 1) + 1)
    except ValueError:
        return 'sys', 1, 'sys', sys.__dict__.setdefault('__warningregistry__', {})
    g = frame.f_globals
    registry = g.get('__warningregistry__')
    if registry is None:
        registry = g['__warningregistry__'] = {}
    return frame.f_code.co_filename, frame.f_lineno, g.get('__name__', '<string>'), registry


def _not_an_int(value):
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning, as the filters say: shown once per location by default."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    filename, lineno, module, registry = _caller(stacklevel)
    warn_explicit(message, category, filename, lineno, module, registry, source=source)


def _already_warned(registry, key, mark):
    # A registry remembers the warnings shown under the filters of one version (its 'version').
    version = registry.get('version')
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    else:
        seen = registry.get(key)
        if seen is not None and seen:
            return True
    if mark:
        registry[key] = True
    return False


def _matches(pattern, text):
    # A filter's message or module: None matches anything, a plain str (the default filters'
    # '__main__') only itself, anything else is a regex whose match() decides.
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _get_filter(category, text, lineno, module):
    if not isinstance(filters, list):
        raise ValueError('_warnings.filters must be a list')
    i = 0
    while i < len(filters):
        item = filters[i]
        if type(item) is not tuple or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        good_msg = _matches(msg, text)
        good_mod = _matches(mod, module)
        is_subclass = issubclass(category, cat)
        if not isinstance(ln, int):
            raise TypeError('an integer is required')
        if good_msg and is_subclass and good_mod and (ln == 0 or lineno == ln):
            return action, item
        i += 1
    action = defaultaction
    if not isinstance(action, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'" % type(action).__name__)
    return action, None


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if not isinstance(filename, str):
        raise TypeError('warn_explicit() argument 3 must be str, not %s' % type(filename).__name__)
    if not isinstance(lineno, int):
        lineno = lineno.__index__() if hasattr(type(lineno), '__index__') else _not_an_int(lineno)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'" % type(module_globals).__name__)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:] == '.py':
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _get_filter(category, text, lineno, module)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    if action != 'always':
        if registry is not None:
            registry[key] = True
        if action == 'once':
            if registry is None:
                registry = onceregistry
                if not isinstance(registry, dict):
                    raise TypeError("_warnings.onceregistry must be a dict, not '%s'" % type(registry).__name__)
            if _already_warned(registry, (text, category), True):
                return
        elif action == 'module':
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != 'default':
            raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %r' % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings:
    """Saves and restores the filters and showwarning around a with block."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % (self._module,))
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        m = self._module
        # The block works on a copy of the filters; the list itself comes back at the end.
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl


# ---------------------------------------------------------------- -W options

class _OptionError(Exception):
    """A -W option that cannot be used."""


def _getaction(action):
    if not action:
        return 'default'
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError('invalid action: %r' % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError('invalid module name: %r' % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError('unknown warning category: %r' % (category,)) from None
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError('invalid warning category: %r' % (category,))
    return cat


def _setoption(arg):
    """One -W option, action:message:category:module:lineno (trailing fields may be left out)."""
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError('too many fields (max 5): %r' % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError('invalid lineno %r' % (lineno,)) from None
    else:
        lineno = 0
    if message or module:
        import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r'\Z'
    filterwarnings(action, message, category, module, lineno)


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """A deprecated module's warning at import (the importer's line), or RuntimeError once it is past its removal."""
    version = f"{remove[0]}.{remove[1]}"
    past = _version[:2] > remove or (_version[:2] == remove and _version[3] != "alpha")
    if past:
        raise RuntimeError(f"{name!r} was slated for removal after Python {version} alpha")
    # _deprecated's caller is the module's body, whose caller is the import statement
    warn(message.format(name=name, remove=version), DeprecationWarning, stacklevel=3)


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print('Invalid -W option ignored:', msg, file=sys.stderr)


_processoptions(sys.warnoptions)

# These are C in CPython (_warnings): tracebacks show none of their frames.
from _c_type_names import as_c_function as _as_c_function
for _f in (warn, warn_explicit, _caller, _not_an_int, _already_warned, _matches, _get_filter):
    _as_c_function(_f)
del _as_c_function, _f


def _warn_unawaited_coroutine(coro, at_exit=False):
    # The VM calls this when a coroutine that never started is dropped (vm/generator_finalize.ts).
    msg = "coroutine '%s' was never awaited" % coro.__qualname__
    if at_exit:
        # CPython's warnings module is gone by then: its C fallback warns at sys:1, with no source.
        warn_explicit(msg, RuntimeWarning, 'sys', 1, 'sys', sys.__dict__.setdefault('__warningregistry__', {}))
        return
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)
