"""importlib.abc: the abstract base classes of finders and loaders."""

import abc


class Loader(metaclass=abc.ABCMeta):
    """Loads modules: create_module(spec) makes the module (None: a default one), exec_module runs it."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if not hasattr(self, 'exec_module'):
            raise ImportError
        from _frozen_importlib import ModuleSpec, module_from_spec, _init_module_attrs
        import sys
        spec = ModuleSpec(fullname, self)
        if fullname in sys.modules:
            module = sys.modules[fullname]
            _init_module_attrs(spec, module, override=True)
        else:
            module = module_from_spec(spec)
            sys.modules[fullname] = module
        self.exec_module(module)
        return sys.modules[fullname]


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for sys.meta_path (tpy's import does not consult sys.meta_path)."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one sys.path entry."""

    def invalidate_caches(self):
        pass


class ResourceLoader(Loader):
    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return compile(source, '<string>', 'exec')

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() returns None'.format(module.__name__))
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError


class FileLoader(ResourceLoader, ExecutionLoader):
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()


class SourceLoader(ResourceLoader, ExecutionLoader):
    def get_source(self, fullname):
        return self.get_data(self.get_filename(fullname)).decode('utf-8')
