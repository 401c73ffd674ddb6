"""pkgutil: list the modules and packages on sys.path or in given folders (iter_modules,
walk_packages), read a file shipped inside a package (get_data), and the other helpers
packages use (extend_path, resolve_name, get_importer, get_loader, find_loader)."""

import importlib
import importlib.machinery
import importlib.util
import inspect
import os
import re
import sys
from collections import namedtuple
from types import ModuleType

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data', 'read_code', 'extend_path',
    'ModuleInfo',
]

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'

# tpy has no sys.path_importer_cache: the finders made for path entries are kept here.
_finders = {}


def get_importer(path_item):
    """The finder for one sys.path entry: a FileFinder for a folder, None otherwise."""
    path_item = os.fspath(path_item)
    if isinstance(path_item, bytes):
        path_item = path_item.decode()
    if path_item in _finders:
        return _finders[path_item]
    finder = None
    if os.path.isdir(path_item or '.'):
        finder = importlib.machinery.FileFinder(path_item)
    _finders[path_item] = finder
    return finder


def iter_importers(fullname=""):
    """The finders that would be asked for fullname: those of its parent package's __path__,
    or of sys.path for a top-level name."""
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    if '.' in fullname:
        parent = fullname.rpartition('.')[0]
        package = importlib.import_module(parent)
        path = getattr(package, '__path__', None)
        if path is None:
            return
    else:
        path = sys.path
    for item in path:
        finder = get_importer(item)
        if finder is not None:
            yield finder


def _package_folder(path):
    # A folder is a package when it holds an __init__ module.
    try:
        names = os.listdir(path)
    except OSError:
        return False
    return any(inspect.getmodulename(n) == '__init__' for n in names)


def _finder_modules(finder, prefix=''):
    """(name, ispkg) for each module of the finder's folder, in sorted file-name order."""
    if not getattr(finder, 'path', None) or not os.path.isdir(finder.path):
        return
    try:
        names = sorted(os.listdir(finder.path))
    except OSError:
        return
    seen = set()
    for fname in names:
        name = inspect.getmodulename(fname)
        if name == '__init__' or name in seen:
            continue
        full = os.path.join(finder.path, fname)
        is_package = False
        if not name and os.path.isdir(full) and '.' not in fname:
            if not _package_folder(full):
                continue
            name = fname
            is_package = True
        if name and '.' not in name:
            seen.add(name)
            yield prefix + name, is_package


def iter_importer_modules(importer, prefix=''):
    return _finder_modules(importer, prefix)


def iter_modules(path=None, prefix=''):
    """ModuleInfo for each top-level module in the folders of path (sys.path by default);
    a name found in two folders is given once, from the first."""
    if path is None:
        finders = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        finders = map(get_importer, path)
    seen = set()
    for finder in finders:
        if finder is None:
            continue
        for name, is_package in _finder_modules(finder, prefix):
            if name not in seen:
                seen.add(name)
                yield ModuleInfo(finder, name, is_package)


def walk_packages(path=None, prefix='', onerror=None):
    """iter_modules, then recursively the modules of every package found (which are
    imported to read their __path__). An ImportError while importing one goes to
    onerror(name) if given, and is ignored otherwise; other exceptions go to onerror or
    propagate."""

    def visited(folder, memo={}):
        if folder in memo:
            return True
        memo[folder] = True
        return False

    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except ImportError:
            if onerror is not None:
                onerror(info.name)
        except Exception:
            if onerror is not None:
                onerror(info.name)
            else:
                raise
        else:
            sub = getattr(sys.modules[info.name], '__path__', None) or []
            sub = [p for p in sub if not visited(p)]
            yield from walk_packages(sub, info.name + '.', onerror)


def get_loader(module_or_name):
    """The loader of a module (or module name), None if it has none."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, ModuleType):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module, '__spec__', None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The loader import would use for fullname, or None."""
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError("Error while finding loader for {!r} ({}: {})".format(
            fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def get_data(package, resource):
    """The bytes of the file `resource` ('/'-separated, relative to the package's folder)
    of an importable package or module; None when its loader cannot read files."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    module = sys.modules.get(package) or importlib.import_module(package)
    if module is None or not hasattr(module, '__file__'):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(module.__file__))
    return loader.get_data(os.path.join(*parts))


def read_code(stream):
    raise NotImplementedError("pkgutil.read_code: tpy does not read CPython's .pyc files")


def extend_path(path, name):
    """For a package's __init__: its __path__ with the same-named folder of every other
    sys.path entry added (and the paths listed in NAME.pkg files there)."""
    if not isinstance(path, list):
        return path
    sname_pkg = name + ".pkg"
    path = path[:]
    parent, _, final = name.rpartition('.')
    if parent:
        try:
            search = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search = sys.path
    for folder in search:
        if not isinstance(folder, str):
            continue
        candidate = os.path.join(folder, final)
        if os.path.isdir(candidate) and candidate not in path:
            path.append(candidate)
        listing = os.path.join(folder, sname_pkg)
        if os.path.isfile(listing):
            try:
                f = open(listing)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (listing, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if not line or line.startswith('#'):
                            continue
                        path.append(line)
    return path


_NAME_PATTERN = None


def resolve_name(name):
    """The object named 'pkg.mod:attr.attr' or 'pkg.mod.attr' (the longest importable
    prefix is the module)."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        dotted = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{dotted})(?P<cln>:(?P<obj>{dotted})?)?$', 32)  # re.UNICODE, as an int: re's flags would import enum
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    groups = m.groupdict()
    if groups.get('cln'):
        obj = importlib.import_module(groups['pkg'])
        rest = groups.get('obj')
        parts = rest.split('.') if rest else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        obj = importlib.import_module(modname)
        while parts:
            candidate = modname + '.' + parts[0]
            try:
                obj = importlib.import_module(candidate)
            except ImportError:
                break
            parts.pop(0)
            modname = candidate
    for part in parts:
        obj = getattr(obj, part)
    return obj
