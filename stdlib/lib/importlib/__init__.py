"""importlib: import_module, reload and invalidate_caches over tpy's import machinery."""

import sys
import _tpy_import
import _frozen_importlib as _bootstrap

_RELOADING = {}


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Imports a module; a relative name ('.mod', '..mod') is taken relative to `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    return _gcd_import(name[level:], package, level)


def _gcd_import(name, package=None, level=0):
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')
    if level > 0:
        name = _resolve_name(name, package, level)
    if name in sys.modules:
        module = sys.modules[name]
        if module is None:
            raise ModuleNotFoundError('import of {} halted; None in sys.modules'.format(name), name=name)
        return module
    return _tpy_import.import_absolute(name)


def invalidate_caches():
    """tpy's import keeps no finder caches: nothing to forget."""
    return None


def reload(module):
    """Runs a module's code again in the same module object, and returns it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError('parent {!r} not in sys.modules'.format(parent_name), name=parent_name) from None
            pkgpath = parent.__path__
        else:
            pkgpath = None
        spec = module.__spec__ = _bootstrap._find_spec(name, pkgpath)
        if spec is None:
            raise ModuleNotFoundError('spec not found for the module {!r}'.format(name), name=name)
        _bootstrap._exec(spec, module)
        return sys.modules[name]
    finally:
        del _RELOADING[name]

