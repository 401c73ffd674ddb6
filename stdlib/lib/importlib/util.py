"""importlib.util: finding specs, making modules from them, resolving relative names."""

import sys
from _frozen_importlib import module_from_spec, spec_from_file_location
from _frozen_importlib import _find_spec

_UNSET = object()


def _leading_dots(name):
    return len(name) - len(name.lstrip('.'))


def resolve_name(name, package):
    """The absolute name of `name` ('.mod', '..mod', or already absolute) inside `package`."""
    if name[:1] != '.':
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} (required for relative module names)')
    dots = _leading_dots(name)
    # One dot is the package itself; each further dot climbs one level, which must exist.
    pieces = package.rsplit('.', dots - 1)
    if len(pieces) < dots:
        raise ImportError('attempted relative import beyond top-level package')
    rest = name[dots:]
    return pieces[0] + '.' + rest if rest else pieces[0]


def _search_path_of_parent(fullname):
    """Where to look for fullname: its parent package's __path__ (the parent is imported), or None."""
    parent_name, _, _ = fullname.rpartition('.')
    if not parent_name:
        return None
    parent = __import__(parent_name, fromlist=['__path__'])
    try:
        return parent.__path__
    except AttributeError as e:
        raise ModuleNotFoundError(f'__path__ attribute not found on {parent_name!r} while trying to find '
                                  f'{fullname!r}', name=fullname) from e


def find_spec(name, package=None):
    """The spec of a module, or None: an imported module's __spec__, else what import would find.

    The parent package of a dotted name is imported first, to search its __path__.
    """
    fullname = resolve_name(name, package)
    module = sys.modules.get(fullname, _UNSET)
    if module is _UNSET:
        return _find_spec(fullname, _search_path_of_parent(fullname))
    if module is None:
        return None
    # The messages name the module as the caller wrote it (a relative name stays relative).
    spec = getattr(module, '__spec__', _UNSET)
    if spec is _UNSET:
        raise ValueError(f'{name}.__spec__ is not set')
    if spec is None:
        raise ValueError(f'{name}.__spec__ is None')
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A ModuleSpec for a module that `loader` provides; a file-backed loader gets a file spec."""
    from _frozen_importlib import ModuleSpec
    origin = origin if origin is not None else getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        # The loader knows the file: spec_from_file_location asks it for the location.
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=[] if is_package else None)
    if is_package is None:
        ask = getattr(loader, 'is_package', None)
        if ask is None:
            is_package = False
        else:
            try:
                is_package = ask(name)
            except ImportError:
                is_package = None       # the loader cannot tell
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def decode_source(source_bytes):
    """Source bytes as text, as the import system reads them: in the encoding that a BOM or a
    coding cookie declares (UTF-8 otherwise), with universal newlines."""
    import io
    import tokenize
    encoding, _ = tokenize.detect_encoding(io.BytesIO(source_bytes).readline)
    return source_bytes.decode(encoding).replace('\r\n', '\n').replace('\r', '\n')


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc path for a source file. tpy writes no bytecode caches: its
    sys.implementation.cache_tag is None, and then CPython raises this too."""
    import os
    os.fspath(path)
    raise NotImplementedError('sys.implementation.cache_tag is None')


def source_from_cache(path):
    """The source path for a .pyc path (NotImplementedError: see cache_from_source)."""
    import os
    os.fspath(path)
    raise NotImplementedError('sys.implementation.cache_tag is None')
