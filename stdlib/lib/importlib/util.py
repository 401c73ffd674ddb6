"""importlib.util: finding specs, making modules from them, resolving relative names."""

import sys
from _frozen_importlib import module_from_spec, spec_from_file_location
from _frozen_importlib import _find_spec


def resolve_name(name, package):
    """The absolute name of `name` ('.mod', '..mod', or already absolute) inside `package`."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name[level:]) if name[level:] else base


def find_spec(name, package=None):
    """The spec of a module, or None: an imported module's __spec__, else what import would find.

    The parent package of a dotted name is imported first, to search its __path__.
    """
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError('{}.__spec__ is not set'.format(name)) from None
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    from _frozen_importlib import ModuleSpec
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            is_package = loader.is_package(name)
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def decode_source(source_bytes):
    """Source bytes as text, with universal newlines (as the import system reads them)."""
    return source_bytes.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')
