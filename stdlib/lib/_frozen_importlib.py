"""The objects behind importlib: ModuleSpec, the loaders, and the specs tpy's import gives modules.

tpy's import statement (vm/import.ts) does the searching and loading; this module only
describes what it found (vm/module_spec.ts calls _spec_for_import for each module it imports)
and runs loaders over the same native machinery (_tpy_import).
"""

import sys
import _tpy_import


class ModuleSpec:
    """What is known about a module before it is loaded: its name, loader and origin."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            parts.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(parts))

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    # tpy writes no bytecode files next to sources, so a spec has no cached file unless given one.
    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """The loader of tpy's native modules (those written in TypeScript)."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _tpy_import.find(fullname, None) == 'built-in':
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        _tpy_import.exec_builtin(module)


class SourceFileLoader:
    """Loads a module from a source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        return self.get_data(self.get_filename(fullname)).decode('utf-8')

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def get_code(self, fullname):
        return _tpy_import.source_to_code(self.get_data(self.path), self.path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        _tpy_import.exec_source(module, self.path)

    def load_module(self, fullname):
        spec = spec_from_file_location(fullname, self.path, loader=self)
        if fullname in sys.modules:
            module = sys.modules[fullname]
            _init_module_attrs(spec, module, override=True)
            self.exec_module(module)
            return sys.modules[fullname]
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            del sys.modules[fullname]
            raise
        return sys.modules[fullname]


SourceFileLoader.__module__ = '_frozen_importlib_external'

SOURCE_SUFFIXES = ['.py']
_POPULATE = object()


def _spec_for_import(name, origin, path):
    """The spec of a module tpy's import statement loaded: native (origin None) or from a file."""
    if origin is None:
        return ModuleSpec(name, BuiltinImporter, origin=BuiltinImporter._ORIGIN)
    spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin)
    spec._set_fileattr = True
    spec.submodule_search_locations = path
    return spec


def _find_spec(name, path):
    """The spec for `name`, searched as tpy's import searches (path: the parent's __path__)."""
    found = _tpy_import.find(name, path)
    if found is None:
        return None
    if found == 'built-in':
        return ModuleSpec(name, BuiltinImporter, origin=BuiltinImporter._ORIGIN)
    file, is_package = found
    spec = _spec_for_import(name, file, [file.rpartition('/')[0]] if is_package else None)
    return spec


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    if location is None:
        if loader is None:
            return None
        # A loader that knows its file (spec_from_loader passes one) gives the location.
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        import os
        # CPython's _path_abspath: the working directory joined on, not normalised ('./m.py'
        # stays '/cwd/./m.py').
        location = os.fspath(location)
        if not os.path.isabs(location):
            location = os.path.join(os.getcwd(), location)
    if loader is None:
        if not any(location.endswith(s) for s in SOURCE_SUFFIXES):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None and is_package(name):
            spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec


def _init_module_attrs(spec, module, override=False):
    if override or getattr(module, '__name__', None) is None:
        module.__name__ = spec.name
    if override or getattr(module, '__loader__', None) is None:
        module.__loader__ = spec.loader
    if override or getattr(module, '__package__', None) is None:
        module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        if override or getattr(module, '__path__', None) is None:
            module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            module.__file__ = spec.origin
        if spec.cached is not None and (override or getattr(module, '__cached__', None) is None):
            module.__cached__ = spec.cached
    return module


def module_from_spec(spec):
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _exec(spec, module):
    """Runs a spec's loader over an existing module (reload)."""
    _init_module_attrs(spec, module, override=True)
    spec.loader.exec_module(module)
    # The module moves to the end of sys.modules, as after a fresh import.
    module = sys.modules.pop(spec.name)
    sys.modules[spec.name] = module
    return module
